"""BLIND50 performance forms: eleven layouts as districts and counties of 贵州, 江西, 甘肃, 黑龙江,
吉林, 山西, 宁夏, 重庆, 辽宁, 广东 and 福建 print, in 2024–2025, the standalone 项目支出绩效目标表 /
绩效目标申报表 published beside their budgets and the 重点项目绩效目标 / 绩效自评 forms of their
部门预算 and 部门决算, every form printing its money, written by an author who had read neither
the form reader nor the earlier blind sets (only the gold helpers and page composer of
``form_layouts``, BLIND9's docstring and the real disclosures). Each layout writes one PDF and its
gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

gz_gy_standalone_spaced_labels_money_pairs  贵州 贵阳 district 项目支出绩效目标申报表, one project a
        page: labels printed with spaces (项 目 名 称), 项目资金（万元） merged beside label | value
        pairs (资金总额 | 年度资金, 其中：财政拨款 | 其中：上年结转, 其他资金), a 0.00 and a — carried,
        glued targets, a deadline, 填报人 row at the foot
jx_gz_budget_income_source_grid_yuan  江西 赣州 district 部门预算: budget tables, then one form a
        project whose 项目资金（元） is a 资金来源 grid (资金总额 | 一般公共预算财政拨款收入 |
        政府性基金预算财政拨款收入 | 财政专户管理资金收入 | 单位资金), 元 with separators
gs_lz_landscape_list_direction_split  甘肃 兰州 district standalone landscape list: 项目名称 | 预算金额
        （万元） over 合计 | 其中：财政拨款 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值 over 指标方向 |
        数值 | 计量单位, project cells merged down, two header rows repeated, a 注 row at the foot
hlj_heb_accounts_dept_eval_then_project_pairs  黑龙江 哈尔滨 district 部门决算: accounts tables, a
        部门整体支出绩效自评表 (money rows 年度资金总额 / 其中：基本支出 / 项目支出 under 年初预算数 …
        得分, grade 优秀), then a project self evaluation whose money is label | value pairs
jl_cc_self_evals_yuan_heads_split_deviation  吉林 长春 district standalone 项目支出绩效自评表: 元 in
        the money heads (年初预算数（元） …), 其中:财政拨款 with a half-width colon, — for empty
        lines, 偏差 split into 偏差原因分析 | 改进措施, deadlines, grades 优秀 / 良好
sx_ty_budget_dept_wide_stacked_unit_in_cell  山西 太原 district 部门预算: 部门整体支出绩效目标表
        (年度预算资金总额 | 其中：财政资金 | 其他资金 pairs, 年度主要任务 with amounts, a range), then
        project forms whose money rows stack under a merged 项目资金 cell with 万元 in each value
        (320.00万元), 上年结转资金 indented under 其中：财政资金
nx_yc_two_forms_a_page_level1_weights  宁夏 银川 district standalone short forms two a page: 资金总额
        （万元） | 其中：财政资金 pairs, 中央补助资金 / 其他资金 / 上年结转 lines, 一级 merged with no
        二级 column, 权重（%）
cq_yb_budget_money_heads_value_unit_columns  重庆 渝北 district 部门预算: per project 项目资金（万元）
        heads 资金总额 | 本年财政拨款 | 上年结转 | 其他资金 over one row of amounts; grid 指标值 (sign and
        figure) | 度量单位 | 权重 | 备注, qualitative targets with an empty unit
ln_dl_accounts_long_self_evals_repeated_head  辽宁 大连 district 部门决算: project self evaluations
        running over pages, indicator header repeated, money rows 年度资金总额 / 其中：本年财政拨款 /
        上年结转资金 / 其他资金, long 偏差 notes
gd_zs_landscape_labels_above_total_investment  广东 中山 standalone landscape 项目绩效目标申报表:
        money labels above values (项目总投资 | 本年度预算安排 | 其中：财政资金 | 其他资金 |
        上年结转资金), unit only in the title line (金额单位：万元), 实施期目标 beside 年度目标,
        targets in words (不少于 / 不低于 / 达到 / 大于 / 小于 / 不超过 / 控制在…以内)
fj_qz_budget_key_projects_turned_list_yuan  福建 泉州 district 部门预算 ending with a
        重点项目绩效目标表 on pages turned by /Rotate: 序号 | 项目名称 | 项目金额（元） | 其中：财政拨款
        （元） | 项目绩效目标 | 绩效指标 | 指标值, no level columns, a range, 填报说明 row

Gold conventions: BLIND9's docstring, with the addendum's money rulings: fiscal = the
财政拨款 / 财政资金 / 本年财政拨款 figure as printed, or the sum of source lines named …财政拨款收入
(never 一般公共预算 alone, 中央补助, 单位资金, 其他资金); a printed 0.00 上年结转 is "0.00", a — is
none; 达到 N reads ">="; 控制在 N 以内 reads "<="; 项目总投资 is the total beside 本年度预算安排 (the
year). This set's rulings:

- Money printed in a cell with its unit ("320.00万元") is that amount in that unit.
- A project self evaluation gives year = 全年预算数 of 年度资金总额 and fiscal = the 财政拨款 row's
  全年预算数; its 上年结转资金 row, printed —, gives none.
- A 部门整体 form's money (its 年度主要任务 and 基本支出 / 项目支出 lines included) is no project's.
- A state ("较上年下降", "不发生", "明显改善") is qualitative; "0起" reads "=" 0.
- A 注 / 填报说明 / 填报人 row is no indicator.
"""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]], heading: str) -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the part heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  重点项目绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责贯彻执行国家、省、市有关方针政策和法律法规，统筹推进本行业领域各项工作。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年度重点工作。围绕区委、区政府中心工作，做好各项民生保障和公共服务。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    n = max(len(income), len(spending))
    body = []
    for i in range(n):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    rows = [plain_row(["", name, value, "", value]) for name, value in spending]
    rows.append(plain_row(["", "合计", f"{total_out:,.2f}", "", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年一般公共预算支出预算表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [70, 170, 90, 90, 90],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "基本支出"), (0, 4, 1, 1, "项目支出")], 1, rows,
                              ["l", "l", "r", "r", "r"]))
    doc.pages.text_page(heading, [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年度重点项目编制了绩效目标，现将项目支出绩效目标表公开如下。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, float]:
    """执行率 as printed ("96.82%") and its score out of 10, rounded to the cent."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = (e / b * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    score = min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{rate}%", float(score)


def _total(rate_score: float, inds: list[Ind]) -> float:
    return round(rate_score + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 贵州 贵阳


def layout_gz_gy_standalone_spaced_labels_money_pairs(folder: Path, name: str) -> FileGold:
    dept = "贵阳市云岩区卫生健康局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("基本公共卫生服务补助经费", "贵阳市云岩区疾病预防控制中心", "1,260.00", "420.00", "400.00", "20.00", "0.00",
         "为辖区常住居民免费提供基本公共卫生服务，提高居民健康素养和健康管理水平。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2.6万人", (">=", 2.6, "万人")),
             Ind("产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "质量指标", "居民电子健康档案规范化建档率", "≥65%", (">=", 65, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "≤30日", ("<=", 30, "日")),
             Ind("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "逐步缩小", Q),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("家庭医生签约服务经费", "贵阳市云岩区各社区卫生服务中心", "300.00", "300.00", "300.00", "0.00", "0.00",
         "做实家庭医生签约服务，重点人群签约服务覆盖率稳步提高。", [
             Ind("产出指标", "数量指标", "重点人群签约服务覆盖率", "≥75%", (">=", 75, "%")),
             Ind("产出指标", "数量指标", "签约居民续约率", "＞60%", (">", 60, "%")),
             Ind("产出指标", "质量指标", "履约服务记录完整率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "人均签约服务费", "≤120元", ("<=", 120, "元")),
             Ind("效益指标", "社会效益指标", "签约居民就医获得感", "明显增强", Q),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("老年人意外伤害保险补助", "贵阳市云岩区卫生健康局", "86.40", "86.40", "86.40", "—", "—",
         "为辖区60周岁及以上老年人购买意外伤害保险，降低老年人意外伤害风险。", [
             Ind("产出指标", "数量指标", "参保老年人人数", "≥1.2万人", (">=", 1.2, "万人")),
             Ind("产出指标", "成本指标", "保费补助标准", "36元/人", ("=", 36, "元/人")),
             Ind("产出指标", "质量指标", "理赔案件结案率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "保险费拨付完成时间", "2025年6月30日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "老年人意外风险保障水平", "有效提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "参保老年人满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [72, 98, 100, 98, 100]
    for project, unit_name, total, year, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 4, project))
        rows.add((0, 1, "主 管 部 门"), (1, 2, dept), (3, 1, "实 施 单 位"), (4, 1, unit_name))
        rows.add((0, 1, "项 目 属 性"), (1, 2, "经常性项目"), (3, 1, "项 目 期 限"), (4, 1, "1年"))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金\n（万元）")
        rows.put(r, 1, 1, 1, "资金总额")
        rows.put(r, 2, 1, 1, total)
        rows.put(r, 3, 1, 1, "年度资金")
        rows.put(r, 4, 1, 1, year)
        rows.put(r + 1, 1, 1, 1, "其中：财政拨款")
        rows.put(r + 1, 2, 1, 1, fiscal)
        rows.put(r + 1, 3, 1, 1, "其中：上年结转")
        rows.put(r + 1, 4, 1, 1, carried)
        rows.put(r + 2, 1, 1, 1, "其他资金")
        rows.put(r + 2, 2, 1, 1, other)
        rows.put(r + 2, 3, 1, 2, "")
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        rows.add((0, 1, "填报人"), (1, 1, "杨  敏"), (2, 1, "联系电话"), (3, 2, "0851-86821035"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标申报表", editor=f"（2025年度）",
                             unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 赣州


def layout_jx_gz_budget_income_source_grid_yuan(folder: Path, name: str) -> FileGold:
    dept = "赣州市章贡区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "4,816.30"), ("二、政府性基金预算拨款收入", "320.00"),
                                    ("三、单位资金", "63.00")],
                  [("城乡社区支出", "4,950.30"), ("社会保障和就业支出", "249.00")], "第四部分  重点项目绩效目标")
    heads = ("资金总额", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "财政专户管理资金收入", "单位资金")
    projects = [
        ("城区环卫保洁服务", "360702250010023", "赣州市章贡区环境卫生服务中心",
         ("12,680,000.00", "12,300,000.00", "0.00", "0.00", "380,000.00"), "12,300,000.00",
         "完成城区主次干道及背街小巷日常清扫保洁，生活垃圾日产日清，城区市容环境明显改善。", [
             Ind("产出指标", "数量指标", "道路清扫保洁面积", "≥420万平方米", (">=", 420, "万平方米"), note="含背街小巷"),
             Ind("产出指标", "数量指标", "主次干道机械化作业率", "≥85%", (">=", 85, "%"), note="机扫面积/主次干道面积"),
             Ind("产出指标", "质量指标", "生活垃圾日产日清率", "100%", ("=", 100, "%"), note="日常巡查"),
             Ind("产出指标", "质量指标", "保洁作业质量考核合格率", "≥95%", (">=", 95, "%"), note="月度考核"),
             Ind("产出指标", "成本指标", "每平方米年保洁成本", "≤3.02元", ("<=", 3.02, "元"), note="合同单价"),
             Ind("效益指标", "社会效益指标", "城区市容环境", "明显改善", Q, note=""),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), note="问卷调查"),
         ]),
        ("城市公园绿地养护", "360702250010031", "赣州市章贡区园林绿化所",
         ("3,450,000.00", "0.00", "3,200,000.00", "0.00", "250,000.00"), "3,200,000.00",
         "做好城区公园及道路绿地日常养护，苗木成活率不低于95%，人居环境持续改善。", [
             Ind("产出指标", "数量指标", "养护绿地面积", "≥186公顷", (">=", 186, "公顷"), note="含道路绿地"),
             Ind("产出指标", "数量指标", "养护公园数量", "12个", ("=", 12, "个"), note=""),
             Ind("产出指标", "质量指标", "苗木成活率", "≥95%", (">=", 95, "%"), note="季度抽查"),
             Ind("产出指标", "时效指标", "病虫害防治及时率", "≥98%", (">=", 98, "%"), note=""),
             Ind("产出指标", "成本指标", "绿化养护单价", "≤1.85元/平方米", ("<=", 1.85, "元/平方米"), note="合同单价"),
             Ind("效益指标", "生态效益指标", "城市人居环境", "持续改善", Q, note=""),
             Ind("满意度指标", "服务对象满意度指标", "游园群众满意度", "≥88%", (">=", 88, "%"), note="问卷调查"),
         ]),
    ]
    widths = [60, 86, 86, 86, 84, 92]
    for project, code, unit_name, money, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "项目类型"), (1, 2, "其他运转类项目"), (3, 1, "项目期限"), (4, 2, f"{year}年1月-{year}年12月"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金\n（元）")
        for k, (head, value) in enumerate(zip(heads, money)):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 兰州


def layout_gs_lz_landscape_list_direction_split(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区农业农村局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("高标准农田建设管护", "256.80", "256.80", "完成已建高标准农田管护，灌溉设施完好率不低于90%，耕地质量稳中有升。", [
            Ind("产出指标", "数量指标", "管护高标准农田面积", ("≥", "3.5", "万亩"), (">=", 3.5, "万亩")),
            Ind("产出指标", "质量指标", "灌溉设施完好率", ("≥", "90", "%"), (">=", 90, "%")),
            Ind("产出指标", "时效指标", "管护巡查频次", ("≥", "2", "次/月"), (">=", 2, "次/月")),
            Ind("效益指标", "可持续影响指标", "耕地质量等级", ("定性", "稳中有升", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "农户满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("农村人居环境整治", "1,120.00", "980.00", "完成农村户厕改造，健全生活垃圾收运处置体系，村容村貌明显改善。", [
            Ind("产出指标", "数量指标", "农村户厕改造户数", ("≥", "1500", "户"), (">=", 1500, "户")),
            Ind("产出指标", "质量指标", "生活垃圾收运处置体系覆盖率", ("≥", "95", "%"), (">=", 95, "%")),
            Ind("产出指标", "时效指标", "整治任务完成时限", ("≤", "10", "个月"), ("<=", 10, "个月")),
            Ind("效益指标", "社会效益指标", "村容村貌", ("定性", "明显改善", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "农村群众满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("动物防疫物资采购", "48.50", "48.50", "及时采购强制免疫疫苗和防疫物资，确保不发生区域性重大动物疫情。", [
            Ind("产出指标", "数量指标", "强制免疫疫苗采购量", ("≥", "60", "万毫升"), (">=", 60, "万毫升")),
            Ind("产出指标", "质量指标", "应免畜禽免疫密度", ("≥", "90", "%"), (">=", 90, "%")),
            Ind("产出指标", "成本指标", "疫苗采购单价", ("≤", "0.32", "元/毫升"), ("<=", 0.32, "元/毫升")),
            Ind("效益指标", "社会效益指标", "重大动物疫情发生数", ("＝", "0", "起"), ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", ("≥", "85", "%"), (">=", 85, "%")),
        ]),
        ("基层农技推广服务", "36.00", "36.00", "开展农业技术培训和示范推广，提升农民科学种养水平。", [
            Ind("产出指标", "数量指标", "农民技术培训人次", ("≥", "1200", "人次"), (">=", 1200, "人次")),
            Ind("产出指标", "数量指标", "建设农业科技示范基地", ("≥", "3", "个"), (">=", 3, "个")),
            Ind("产出指标", "质量指标", "主推技术到位率", ("≥", "95", "%"), (">=", 95, "%")),
            Ind("效益指标", "经济效益指标", "示范户亩均增收", ("≥", "150", "元"), (">=", 150, "元")),
            Ind("满意度指标", "服务对象满意度指标", "参训农民满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 2, "预算金额（万元）")
    rows.put(0, 3, 2, 1, "年度绩效目标")
    rows.put(0, 4, 2, 1, "一级指标")
    rows.put(0, 5, 2, 1, "二级指标")
    rows.put(0, 6, 2, 1, "三级指标")
    rows.put(0, 7, 1, 3, "指标值")
    for k, t in enumerate(("合计", "其中：财政拨款")):
        rows.put(1, 1 + k, 1, 1, t)
    for k, t in enumerate(("指标方向", "数值", "计量单位")):
        rows.put(1, 7 + k, 1, 1, t)
    for project, total, fiscal, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.target[0]), (8, 1, i.target[1]),
                                                (9, 1, i.target[2])])
        for col, text in ((0, project), (1, total), (2, fiscal), (3, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    rows.add((0, 10, "注：指标方向“定性”表示该指标以文字描述，“＝”表示等于指标值。"))
    doc.pages.grid(_spec(rows.cells, rows.n, [92, 62, 70, 130, 58, 70, 126, 46, 46, 50],
                         title="2025年项目支出绩效目标表", editor=f"部门名称：{dept}", landscape=True),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 哈尔滨


def layout_hlj_heb_accounts_dept_eval_then_project_pairs(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市南岗区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,160.52"), ("二、其他收入", "28.20")],
                    [("一、社会保障和就业支出", "3,922.40"), ("二、卫生健康支出", "266.32")])
    budget, executed = "4,326.50", "4,188.72"
    rate, rate_score = _rate(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥8500人", (">=", 8500, "人"), "15", "8712人", "15"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥620人", (">=", 620, "人"), "10", "636人", "10"),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        Ind("产出指标", "成本指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%"), "10", "82%", "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "15", "有效保障", "15"),
        Ind("效益指标", "可持续影响指标", "社会救助长效机制", "逐步健全", Q, "10", "逐步健全", "9",
            "部分制度尚在修订"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ]
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "年度预算执行情况（万元）")
    rows.put(r, 1, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    lines = (("年度资金总额", "3,980.00", budget, executed, "10", rate, f"{rate_score:.2f}"),
             ("其中：基本支出", "1,150.00", "1,162.30", "1,160.85", "—", "—", "—"),
             ("项目支出", "2,830.00", "3,164.20", "3,027.87", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 1 + j, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 7, "保障城乡困难群众基本生活，落实特困供养和临时救助政策，健全社会救助体系。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 66, 90, 62, 58, 40, 44, 78], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")

    project = "养老服务体系建设补助"
    p_budget, p_exec = "612.00", "578.34"
    p_rate, p_score = _rate(p_budget, p_exec)
    pinds = [
        Ind("产出指标", "数量指标", "新增社区养老服务站", "≥6个", (">=", 6, "个"), "20", "6个", "20"),
        Ind("产出指标", "数量指标", "居家养老上门服务人次", "≥3万人次", (">=", 3, "万人次"), "15", "3.2万人次", "15"),
        Ind("产出指标", "质量指标", "养老机构等级评定达标率", "≥80%", (">=", 80, "%"), "15", "76%", "12",
            "2家机构消防整改未完成，下年督促整改"),
        Ind("产出指标", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "老年人生活质量", "逐步提高", Q, "15", "逐步提高", "14"),
        Ind("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
    ]
    p_total = _total(p_score, pinds)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, "230103241000125"))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, "哈尔滨市南岗区养老服务中心"))
    rows.add((0, 1, "年初预算数（万元）"), (1, 1, "560.00"), (2, 1, "全年预算数（万元）"), (3, 1, p_budget),
             (4, 1, "全年执行数（万元）"), (5, 1, p_exec), (6, 1, "执行率"), (7, 1, p_rate))
    rows.add((0, 1, "其中：财政拨款（万元）"), (1, 1, "600.00"), (2, 1, "其他资金（万元）"), (3, 1, "12.00"),
             (4, 1, "分值"), (5, 1, "10"), (6, 1, "得分"), (7, 1, f"{p_score:.2f}"))
    rows.add((0, 1, "年度目标"), (1, 7, "新建社区养老服务站6个，提供居家养老上门服务3万人次以上，提升养老服务质量。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{p_total:.2f}"), (7, 1, "自评等级：优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 62, 90, 60, 66, 40, 44, 78], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", p_budget, p_exec, p_total, "优")
    doc.gold.project(project, "万元", code="230103241000125", year=p_budget, fiscal="600.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 长春


def layout_jl_cc_self_evals_yuan_heads_split_deviation(folder: Path, name: str) -> FileGold:
    dept = "长春市朝阳区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("学前教育普惠性幼儿园补助", "长春市朝阳区教育局",
         [("年度资金总额", "2,400,000.00", "2,650,000.00", "2,518,200.00"),
          ("其中:财政拨款", "2,400,000.00", "2,650,000.00", "2,518,200.00"),
          ("上年结转资金", "—", "—", "—"), ("其他资金", "—", "—", "—")], "2,650,000.00",
         ("对普惠性民办幼儿园给予生均补助，扩大普惠性学前教育资源。", "补助普惠性幼儿园44所，惠及在园幼儿7015人。"), [
             Ind("产出指标", "数量指标", "补助普惠性幼儿园数", "≥42所", (">=", 42, "所"), "20", "44所", "20"),
             Ind("产出指标", "数量指标", "惠及在园幼儿数", "≥6800人", (">=", 6800, "人"), "15", "7015人", "15"),
             Ind("产出指标", "质量指标", "补助资金足额拨付率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "补助资金拨付时间", "2024年10月底前", (None, None, None), "10", "2024年9月完成",
                 "10"),
             Ind("效益指标", "社会效益指标", "普惠性学前教育覆盖率", "≥85%", (">=", 85, "%"), "15", "83.6%", "12",
                 ("新建小区配套园未全部移交", "加快配套园治理")),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
         ], "优秀", "优"),
        ("中小学校舍维修改造", "长春市朝阳区教育基建服务中心",
         [("年度资金总额", "1,500,000.00", "1,820,000.00", "1,603,400.00"),
          ("其中:财政拨款", "1,500,000.00", "1,700,000.00", "1,483,400.00"),
          ("上年结转资金", "—", "—", "—"), ("其他资金", "—", "120,000.00", "120,000.00")], "1,700,000.00",
         ("完成15所中小学校舍维修改造，消除校舍安全隐患。", "完成15所学校维修，部分项目9月完工。"), [
             Ind("产出指标", "数量指标", "维修改造校舍面积", "≥1.2万平方米", (">=", 1.2, "万平方米"), "20", "1.26万平方米",
                 "20"),
             Ind("产出指标", "数量指标", "维修学校数", "15所", ("=", 15, "所"), "10", "15所", "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "项目完工时间", "2024年8月25日前", (None, None, None), "15", "部分项目9月完工",
                 "10", ("2所学校施工受雨季影响", "合理安排工期")),
             Ind("效益指标", "社会效益指标", "校园安全隐患", "有效消除", Q, "15", "基本消除", "12",
                 ("部分隐患需大修解决", "纳入下年计划")),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "15", "89%", "13",
                 ("施工期间影响教学", "避开教学时段施工")),
         ], "良好", "良"),
    ]
    widths = [40, 50, 70, 74, 74, 70, 34, 34, 50]
    for project, unit_name, money, fiscal, goal, inds, grade_printed, grade in evals:
        budget, executed = money[0][2], money[0][3]
        rate, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金")
        rows.put(r, 2, 1, 1, "")
        for k, head in enumerate(("年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        for k, (label, *vals) in enumerate(money, 1):
            rows.put(r + k, 2, 1, 1, label)
            for j, v in enumerate(vals):
                rows.put(r + k, 3 + j, 1, 1, v)
            tail = ("10", rate, f"{rate_score:.2f}") if k == 1 else ("—", "—", "—")
            for j, v in enumerate(tail):
                rows.put(r + k, 6 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 2, "年度总体目标")
        rows.put(r, 2, 1, 3, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 2, 1, 3, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
                 (5, 1, "偏差原因分析"), (6, 1, "分值"), (7, 1, "得分"), (8, 1, "改进措施"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual),
                                                (5, 1, i.note[0] if i.note else ""), (6, 1, i.weight), (7, 1, i.score),
                                                (8, 1, i.note[1] if i.note else "")])
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
        rows.add((0, 6, "自评等级"), (6, 3, grade_printed))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_sx_ty_budget_dept_wide_stacked_unit_in_cell(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "5,100.00"), ("二、其他收入", "136.80")],
                  [("一般公共服务支出", "4,456.80"), ("卫生健康支出", "780.00")], "第四部分  部门整体及项目支出绩效目标")
    dinds = [
        Ind("产出指标", "数量指标", "食品安全抽检批次", "≥4800批次", (">=", 4800, "批次")),
        Ind("产出指标", "数量指标", "特种设备定期检验率", "≥99%", (">=", 99, "%")),
        Ind("产出指标", "质量指标", "食品抽检问题发现率", "3%-5%", ("range", 3, "%", 5)),
        Ind("产出指标", "时效指标", "投诉举报处理时限", "≤7个工作日", ("<=", 7, "个工作日")),
        Ind("效益指标", "社会效益指标", "区域性系统性食品安全风险", "不发生", Q),
        Ind("效益指标", "经济效益指标", "新增经营主体户数", "≥1.5万户", (">=", 1.5, "万户")),
        Ind("效益指标", "可持续影响指标", "辖区营商环境", "持续优化", Q),
        Ind("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", (">=", 90, "%")),
    ]
    widths = [70, 90, 130, 100, 100]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 3, 1, "部门预算资金（万元）")
    for k, (label, value) in enumerate((("年度预算资金总额", "5,236.80"), ("其中：财政资金", "5,100.00"),
                                        ("其他资金", "136.80"))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 2, value)
    r = rows.n
    tasks = (("食品安全监管", "开展食品抽检监测和风险排查，守牢食品安全底线。", "860.00"),
             ("特种设备安全监察", "开展特种设备定期检验和隐患排查治理。", "420.00"),
             ("市场主体登记和综合执法", "优化登记服务，开展市场秩序综合执法。", "3,956.80"))
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 2, "主要内容")
    rows.put(r, 4, 1, 1, "预算金额（万元）")
    for k, (task, content, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 2, content)
        rows.put(r + k, 4, 1, 1, amount)
    rows.add((0, 1, "年度总体目标"), (1, 4, "守住不发生区域性系统性食品安全风险底线，特种设备安全形势稳定，营商环境持续优化。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
    _grid_rows(rows, dinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年部门整体支出绩效目标表",
                         editor=f"部门（单位）名称：{dept}", kind="department_performance_targets"), fresh_page=True)
    for ind in dinds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    projects = [
        ("食品安全抽检监测", "太原市小店区食品药品检验所", ("320.00", "300.00", "20.00", "0.00"),
         "完成各类食品抽检监测3200批次以上，及时核查处置不合格食品。", [
             Ind("产出指标", "数量指标", "抽检检测样品数", "≥3200批次", (">=", 3200, "批次")),
             Ind("产出指标", "时效指标", "检测报告出具时限", "≤20个工作日", ("<=", 20, "个工作日")),
             Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "单批次检测费用", "≤1000元", ("<=", 1000, "元")),
             Ind("效益指标", "社会效益指标", "群众食品安全感", "明显提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("特种设备安全隐患排查治理", "太原市小店区市场监督管理局", ("85.60", "85.60", None, None),
         "排查在用特种设备6000台以上，隐患整改完成率不低于95%。", [
             Ind("产出指标", "数量指标", "排查特种设备台数", "≥6000台", (">=", 6000, "台")),
             Ind("产出指标", "质量指标", "隐患整改完成率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "电梯困人救援到场时间", "≤30分钟", ("<=", 30, "分钟")),
             Ind("效益指标", "社会效益指标", "特种设备安全事故起数", "0起", ("=", 0, "起")),
             Ind("效益指标", "可持续影响指标", "使用单位安全主体责任", "有效落实", Q),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, unit_name, (year_amt, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金")
        for k, (label, value) in enumerate((("年度资金总额", year_amt), ("其中：财政资金", fiscal),
                                            ("　　　上年结转资金", carried), ("其他资金", other))):
            rows.put(r + k, 1, 1, 1, label)
            rows.put(r + k, 2, 1, 3, f"{value}万元" if value else "")
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 银川


def layout_nx_yc_two_forms_a_page_level1_weights(folder: Path, name: str) -> FileGold:
    dept = "银川市兴庆区文化旅游广电局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("文化惠民演出", "银川市兴庆区文化馆", (("其中：财政资金", "85.00"), ("其他资金", "0.00"), ("上年结转", "0.00")),
         "85.00", "85.00", "0.00", "开展送戏下乡、广场文化惠民演出，丰富群众精神文化生活。", [
             Ind("产出指标", None, "送戏下乡演出场次", "≥60场", (">=", 60, "场"), "30"),
             Ind("产出指标", None, "观众人次", "≥3万人次", (">=", 3, "万人次"), "20"),
             Ind("效益指标", None, "群众文化生活", "更加丰富", Q, "30"),
             Ind("满意度指标", None, "群众满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("公共图书馆免费开放", "银川市兴庆区图书馆", (("其中：财政资金", "46.00"), ("其他资金", "0.00"), ("上年结转", "—")),
         "46.00", "46.00", None, "保障图书馆免费开放，开展全民阅读活动。", [
             Ind("产出指标", None, "年接待读者人次", "≥25万人次", (">=", 25, "万人次"), "30"),
             Ind("产出指标", None, "图书外借册次", "＞12万册次", (">", 12, "万册次"), "20"),
             Ind("效益指标", None, "全民阅读氛围", "持续提升", Q, "30"),
             Ind("满意度指标", None, "读者满意度", "≥92%", (">=", 92, "%"), "20"),
         ]),
        ("A级旅游景区提升改造", "银川市兴庆区文化旅游广电局",
         (("其中：财政资金", "200.00"), ("其他资金", "40.00"), ("上年结转", "60.00")),
         "300.00", "200.00", "60.00", "完成3个A级旅游景区基础设施提升改造，带动旅游接待人次增长。", [
             Ind("产出指标", None, "改造提升景区数", "3个", ("=", 3, "个"), "30"),
             Ind("产出指标", None, "工程完工时间", "2025年10月底前", (None, None, None), "20"),
             Ind("效益指标", None, "旅游接待人次增长率", "≥8%", (">=", 8, "%"), "30"),
             Ind("满意度指标", None, "游客满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("非物质文化遗产保护传承", "银川市兴庆区非物质文化遗产保护中心",
         (("其中：财政资金", "90.00"), ("中央补助资金", "60.00"), ("上年结转", "—")),
         "150.00", "90.00", None, "开展非遗传承人培训和展演活动，增强非遗保护传承能力。", [
             Ind("产出指标", None, "非遗传承人培训人次", "≥200人次", (">=", 200, "人次"), "30"),
             Ind("产出指标", None, "非遗展演活动场次", "≥12场", (">=", 12, "场"), "20"),
             Ind("效益指标", None, "非遗保护传承能力", "进一步增强", Q, "30"),
             Ind("满意度指标", None, "传承人满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
    ]
    widths = [80, 100, 110, 100, 100]
    for n, (project, unit_name, lines, year, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "实施单位"), (1, 2, unit_name), (3, 1, "项目期限"), (4, 1, "2025年"))
        rows.add((0, 1, "资金总额（万元）"), (1, 1, year), (2, 1, lines[0][0]), (3, 2, lines[0][1]))
        rows.add((0, 1, lines[1][0]), (1, 1, lines[1][1]), (2, 1, lines[2][0]), (3, 2, lines[2][1]))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 2, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, None, lambda i: [(1, 2, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"主管部门：{dept}", unit_raw="（2025年度）"), fresh_page=n % 2 == 0, gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 渝北


def layout_cq_yb_budget_money_heads_value_unit_columns(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区交通局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "9,860.00"), ("二、上年结转", "360.00")],
                  [("交通运输支出", "9,642.00"), ("城乡社区支出", "578.00")], "第四部分  项目支出绩效目标")
    projects = [
        ("农村公路养护", "500112250000012", ("2,460.00", "2,100.00", "360.00", "0.00"),
         "完成1860公里农村公路日常养护，优良中等路率不低于85%，保障群众安全便捷出行。", [
             Ind("产出指标", "数量指标", "养护农村公路里程", ("≥1860", "公里"), (">=", 1860, "公里"), "20"),
             Ind("产出指标", "数量指标", "路面病害处治面积", ("≥4.5", "万平方米"), (">=", 4.5, "万平方米"), "15"),
             Ind("产出指标", "质量指标", "优良中等路率", ("≥85", "%"), (">=", 85, "%"), "15"),
             Ind("产出指标", "时效指标", "病害处治时限", ("≤15", "天"), ("<=", 15, "天"), "10"),
             Ind("产出指标", "成本指标", "每公里养护成本", ("≤1.32", "万元"), ("<=", 1.32, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "群众出行条件", ("明显改善", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ("≥90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("公交线网优化运营补贴", "500112250000027", ("5,800.00", "5,800.00", "0.00", "0.00"),
         "对公交企业运营给予补贴，优化公交线网，提高公交准点率和服务水平。", [
             Ind("产出指标", "数量指标", "补贴公交线路条数", ("≥120", "条"), (">=", 120, "条"), "15"),
             Ind("产出指标", "数量指标", "新开优化线路", ("≥8", "条"), (">=", 8, "条"), "15"),
             Ind("产出指标", "质量指标", "公交准点率", ("≥92", "%"), (">=", 92, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴资金拨付时限", ("≤20", "个工作日"), ("<=", 20, "个工作日"), "10"),
             Ind("效益指标", "社会效益指标", "公交出行分担率", ("＞35", "%"), (">", 35, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "城市公共交通服务水平", ("持续提升", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", ("≥88", "%"), (">=", 88, "%"), "15"),
         ]),
    ]
    widths = [58, 70, 120, 64, 56, 40, 62]
    for project, code, (total, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目期限"), (5, 2, "1年"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for col, cs, head, value in ((1, 2, "资金总额", total), (3, 1, "本年财政拨款", fiscal),
                                     (4, 2, "上年结转", carried), (6, 1, "其他资金", other)):
            rows.put(r, col, 1, cs, head)
            rows.put(r + 1, col, 1, cs, value)
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "度量单位"),
                 (5, 1, "权重"), (6, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.weight), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位：{dept}"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 大连


def layout_ln_dl_accounts_long_self_evals_repeated_head(folder: Path, name: str) -> FileGold:
    dept = "大连市甘井子区住房和城乡建设局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,986.85"), ("二、其他收入", "150.00")],
                    [("一、城乡社区支出", "2,676.85"), ("二、住房保障支出", "460.00")])
    evals = [
        ("老旧小区改造配套基础设施", "大连市甘井子区城市更新服务中心",
         [("年度资金总额", "1,800.00", "2,150.00", "2,036.85"), ("其中：本年财政拨款", "1,800.00", "2,000.00", "1,886.85"),
          ("上年结转资金", "—", "—", "—"), ("其他资金", "—", "150.00", "150.00")], "2,000.00",
         ("完成28个老旧小区改造，同步实施雨污分流、供水供热燃气管网更新、道路及停车设施改造、绿化照明提升和既有住宅加装电梯，"
          "完善养老托育、便民商业等配套服务设施，建立健全小区长效管理机制，切实改善居民居住条件和生活品质。",
          "全年完成28个小区改造，惠及居民9850户，加装电梯14部；其中2个小区因燃气、电力、通信管线迁改协调时间较长，"
          "开工时间推迟，已于年内全部开工，工程质量验收全部合格，居民满意度92%。"), [
             Ind("产出指标", "数量指标", "改造老旧小区数量", "≥28个", (">=", 28, "个"), "20", "28个", "20"),
             Ind("产出指标", "数量指标", "改造惠及居民户数", "≥9600户", (">=", 9600, "户"), "5", "9850户", "5"),
             Ind("产出指标", "数量指标", "既有住宅加装电梯数量", "≥12部", (">=", 12, "部"), "5", "14部", "5"),
             Ind("产出指标", "数量指标", "雨污分流改造管网长度", "≥18公里", (">=", 18, "公里"), "5", "16.5公里", "4",
                 "1个小区地下管线产权复杂，雨污分流需与市政管网同步接驳，部分管段顺延施工；下一步与市政排水部门联合制定接驳计划，明年一季度完成剩余管段。"),
             Ind("产出指标", "质量指标", "工程质量验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "项目按期开工率", "≥95%", (">=", 95, "%"), "10", "92.9%", "8",
                 "2个小区涉及燃气、电力、通信管线迁改，产权单位协调时间较长，开工推迟；下一步提前开展管线摸排，建立联合会商机制。"),
             Ind("效益指标", "社会效益指标", "居民居住环境", "显著改善", Q, "15", "显著改善", "15"),
             Ind("效益指标", "可持续影响指标", "小区长效管理机制", "建立健全", Q, "10", "基本建立", "8",
                 "部分小区业主委员会尚未成立，物业服务覆盖不全；下一步指导街道社区推动成立业委会，引入专业化物业服务。"),
             Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ], "优"),
        ("城市燃气安全隐患整治", "大连市甘井子区燃气安全管理站",
         [("年度资金总额", "600.00", "640.00", "640.00"), ("其中：本年财政拨款", "600.00", "640.00", "640.00"),
          ("上年结转资金", "—", "—", "—"), ("其他资金", "—", "—", "—")], "640.00",
         ("开展城镇燃气入户安检和老化管道更新改造，全面排查整治餐饮场所、老旧小区、燃气管网等重点领域安全隐患，"
          "隐患整改率不低于98%，健全燃气安全监管长效机制，坚决遏制燃气安全事故发生。",
          "全年入户安检12.4万户，更新老化管道31公里，排查餐饮场所燃气隐患并督促整改，隐患整改率98.6%；"
          "受道路开挖许可和施工窗口期影响，管道更新未全部完成，剩余任务已列入下年计划。"), [
             Ind("产出指标", "数量指标", "燃气入户安检户数", "≥12万户", (">=", 12, "万户"), "15", "12.4万户", "15"),
             Ind("产出指标", "数量指标", "老化燃气管道更新长度", "≥35公里", (">=", 35, "公里"), "15", "31公里", "12",
                 "部分路段涉及道路开挖许可和交通导改，施工窗口期短；剩余4公里已列入下年计划并提前办理许可。"),
             Ind("产出指标", "质量指标", "安检隐患整改率", "≥98%", (">=", 98, "%"), "15", "98.6%", "15"),
             Ind("产出指标", "时效指标", "整治任务完成时间", "2024年11月30日前", (None, None, None), "10", "已按期完成",
                 "10"),
             Ind("效益指标", "社会效益指标", "燃气安全事故起数", "较上年下降", Q, "15", "下降25%", "15"),
             Ind("效益指标", "可持续影响指标", "燃气用户安全意识", "明显提高", Q, "10", "明显提高", "9",
                 "老年用户安全知识掌握不够；下一步联合社区开展入户宣传。"),
             Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", (">=", 90, "%"), "10", "90.5%", "10"),
         ], "优"),
    ]
    widths = [42, 50, 70, 62, 62, 56, 36, 50, 66]
    for project, unit_name, money, fiscal, goal, inds, grade in evals:
        budget, executed = money[0][2], money[0][3]
        rate, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金（万元）")
        rows.put(r, 2, 1, 1, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        for k, (label, *vals) in enumerate(money, 1):
            rows.put(r + k, 2, 1, 1, label)
            for j, v in enumerate(vals):
                rows.put(r + k, 3 + j, 1, 1, v)
            tail = ("10", rate, f"{rate_score:.2f}") if k == 1 else ("—", "—", "—")
            for j, v in enumerate(tail):
                rows.put(r + k, 6 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 2, "年度总体目标")
        rows.put(r, 2, 1, 3, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 2, 1, 3, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"),
                        (4, 1, "实际完成值"), (5, 1, "分值"), (6, 1, "得分"), (7, 2, "偏差原因分析及改进措施"))
        # the score columns of this template: 分值 in col 5 is narrow; keep 得分 beside it
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 2, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
        rows.add((0, 5, "自评等级"), (5, 4, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：万元", kind="performance_self_evaluation"),
                       repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 中山


def layout_gd_zs_landscape_labels_above_total_investment(folder: Path, name: str) -> FileGold:
    dept = "中山市水务局"
    doc = FormDoc(name, f"{dept}2025年项目绩效目标申报表", dept, 2025)
    projects = [
        ("岐江河水环境综合整治", "中山市水务工程建设中心", "2024-2026年",
         ("18,600.00", "4,200.00", "3,800.00", "400.00", "—"),
         ("整治河道12公里，新建截污管网8.5公里，消除黑臭水体，岐江河水质稳定达标。",
          "年内完成截污管网8.5公里和河道整治12公里，水质达标率不低于90%。"), [
             Ind("产出指标", "数量指标", "整治河道长度", "不少于12公里", (">=", 12, "公里")),
             Ind("产出指标", "数量指标", "新建截污管网长度", "达到8.5公里", (">=", 8.5, "公里")),
             Ind("产出指标", "质量指标", "断面水质达标率", "不低于90%", (">=", 90, "%")),
             Ind("产出指标", "质量指标", "工程质量合格率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "时效指标", "年度投资完成率", "大于95%", (">", 95, "%")),
             Ind("效益指标", "生态效益指标", "河道黑臭水体", "基本消除", Q),
             Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "不低于85%", (">=", 85, "%")),
         ]),
        ("农村饮水安全巩固提升", "中山市供水事务中心", "2025年",
         ("2,380.00", "2,380.00", "2,380.00", "—", "—"),
         ("改造农村供水管网46公里，提升农村供水保障水平。", "完成供水管网改造46公里，受益人口3.2万人。"), [
             Ind("产出指标", "数量指标", "供水管网改造长度", "不少于46公里", (">=", 46, "公里")),
             Ind("产出指标", "数量指标", "受益人口", "达到3.2万人", (">=", 3.2, "万人")),
             Ind("产出指标", "质量指标", "供水水质合格率", "不低于95%", (">=", 95, "%")),
             Ind("产出指标", "质量指标", "管网漏损率", "控制在10%以内", ("<=", 10, "%")),
             Ind("产出指标", "成本指标", "每公里管网改造成本", "不超过48万元", ("<=", 48, "万元")),
             Ind("效益指标", "社会效益指标", "爆管应急抢修到场时间", "小于2小时", ("<", 2, "小时")),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "不低于90%", (">=", 90, "%")),
         ]),
    ]
    widths = [96, 126, 170, 116, 130, 102]
    for project, unit_name, term, money, goals, inds in projects:
        total, year, fiscal, other, carried = money
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目实施期限"), (5, 1, term))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金")
        for k, (head, value) in enumerate(zip(("项目总投资", "本年度预算安排", "其中：财政资金", "其他资金", "上年结转资金"),
                                              money)):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, value)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 3, "实施期目标")
        rows.put(r, 4, 1, 2, "年度目标")
        rows.put(r + 1, 1, 1, 3, goals[0])
        rows.put(r + 1, 4, 1, 2, goals[1])
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"),
                 (4, 2, "指标值确定依据"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, "项目实施方案及行业标准")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目绩效目标申报表",
                             editor=f"填报单位（盖章）：{dept}", unit_raw="金额单位：万元", landscape=True),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 泉州


def layout_fj_qz_budget_key_projects_turned_list_yuan(folder: Path, name: str) -> FileGold:
    dept = "泉州市鲤城区人力资源和社会保障局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "1,264.00"), ("二、事业收入", "15.00")],
                  [("社会保障和就业支出", "1,279.00")], "第四部分  重点项目绩效目标")
    projects = [
        ("就业创业补贴", "4,860,000.00", "4,860,000.00", "落实各项就业创业补贴政策，城镇新增就业3500人以上，城镇调查失业率控制在5.5%以内。", [
            Ind(None, None, "城镇新增就业人数", "≥3500人", (">=", 3500, "人")),
            Ind(None, None, "职业技能培训人次", "≥2800人次", (">=", 2800, "人次")),
            Ind(None, None, "城镇调查失业率", "控制在5.5%以内", ("<=", 5.5, "%")),
            Ind(None, None, "补贴资金发放准确率", "100%", ("=", 100, "%")),
        ]),
        ("劳动保障监察执法", "680,000.00", "680,000.00", "开展用人单位书面审查和欠薪专项治理，维护劳动者合法权益。", [
            Ind(None, None, "书面审查用人单位户数", "1200-1500户", ("range", 1200, "户", 1500)),
            Ind(None, None, "劳动保障监察案件结案率", "≥95%", (">=", 95, "%")),
            Ind(None, None, "欠薪案件办结时限", "≤30个工作日", ("<=", 30, "个工作日")),
            Ind(None, None, "重大欠薪群体性事件", "不发生", Q),
        ]),
        ("社会保险扩面征缴", "1,250,000.00", "1,100,000.00", "推进全民参保计划，扩大社会保险覆盖面，确保待遇按时足额发放。", [
            Ind(None, None, "企业职工养老保险参保人数", "＞18万人", (">", 18, "万人")),
            Ind(None, None, "城乡居民养老保险参保率", "≥95%", (">=", 95, "%")),
            Ind(None, None, "社保待遇按时足额发放率", "100%", ("=", 100, "%")),
            Ind(None, None, "参保群众满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "项目金额（元）", "其中：财政拨款（元）",
                                                 "项目绩效目标", "绩效指标", "指标值"))])
    for n, (project, amount, fiscal, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        for ind in inds:
            rows.add((5, 1, ind.name), (6, 1, ind.raw))
            doc.gold.indicators.append(_gold_ind(project, ind))
        for col, text in ((0, str(n)), (1, project), (2, amount), (3, fiscal), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        doc.gold.project(project, "元", year=amount, fiscal=fiscal)
    rows.add((0, 7, "填报说明：项目金额为年度预算安排数，绩效指标为该项目主要绩效指标，完整指标详见项目绩效目标申报表。"))
    doc.pages.grid(_spec(rows.cells, rows.n, [36, 96, 92, 100, 200, 150, 86], title=f"{year}年重点项目绩效目标表",
                         editor=f"部门名称：{dept}", landscape=True), repeat=(0, 1), fresh_page=True, turned=True)
    return doc.save(folder)


BLIND50: dict[str, Builder] = {
    "gz_gy_standalone_spaced_labels_money_pairs": layout_gz_gy_standalone_spaced_labels_money_pairs,
    "jx_gz_budget_income_source_grid_yuan": layout_jx_gz_budget_income_source_grid_yuan,
    "gs_lz_landscape_list_direction_split": layout_gs_lz_landscape_list_direction_split,
    "hlj_heb_accounts_dept_eval_then_project_pairs": layout_hlj_heb_accounts_dept_eval_then_project_pairs,
    "jl_cc_self_evals_yuan_heads_split_deviation": layout_jl_cc_self_evals_yuan_heads_split_deviation,
    "sx_ty_budget_dept_wide_stacked_unit_in_cell": layout_sx_ty_budget_dept_wide_stacked_unit_in_cell,
    "nx_yc_two_forms_a_page_level1_weights": layout_nx_yc_two_forms_a_page_level1_weights,
    "cq_yb_budget_money_heads_value_unit_columns": layout_cq_yb_budget_money_heads_value_unit_columns,
    "ln_dl_accounts_long_self_evals_repeated_head": layout_ln_dl_accounts_long_self_evals_repeated_head,
    "gd_zs_landscape_labels_above_total_investment": layout_gd_zs_landscape_labels_above_total_investment,
    "fj_qz_budget_key_projects_turned_list_yuan": layout_fj_qz_budget_key_projects_turned_list_yuan,
}
SETS: dict[str, dict[str, Builder]] = {"blind50": BLIND50}


def write_layout(name: str, folder: str | Path) -> dict:
    """Write layout ``name`` as ``<name>.pdf`` with its gold ``<name>.gold.json`` in folder;
    returns the gold (as ``form_layouts.write_layout``)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    which = next(k for k, layouts in SETS.items() if name in layouts)
    gold = SETS[which][name](folder, name)
    out = {"layout": name, "set": which, **gold.__dict__}
    (folder / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def write_set(which: str, folder: str | Path) -> list[dict]:
    """Write every layout of ``which`` ("blind50") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
