"""BLIND32 performance forms: eleven layouts as a district of 南宁, a district of 海口, a district
of 昆明, a district of 贵阳, a district of 绵阳, a district of 重庆 (渝北), a district of 兰州, a
district of 赣州, a district of 银川, a district of 桂林 and 重庆 万州 print their
项目支出绩效目标表, 部门（单位）整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表,
written by an author who had read neither the form reader nor the earlier blind sets (only the
gold helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring).
The set leans on money blocks printed in columns beside the project fields (a row of money
heads over one row of figures), units given once for the whole page, 中期 and 年度 targets side by
side, and split comparator / value / unit target columns.

gx_nn_budget_fields_money_heads_one_row  广西 南宁 district 部门预算 (landscape forms after the
        budget tables): a heads row 项目名称 | 主管部门 | 实施单位 | 年度资金总额 | 其中：财政拨款 |
        上年结转 | 其他资金 over one row of figures (单位：万元 in the unit line), grid
        一级 | 二级 | 三级 | 比较符 | 指标值 | 计量单位 | 分值; one project prints 上年结转 0.00
hi_hk_page_title_unit_two_forms_a_page  海南 海口 district: each page opens with the form title
        and one 金额单位：万元 line, then two short forms with no unit of their own; money heads
        项目名称 | 实施期限 | 项目总额 | 年度预算 | 其中：财政资金 over one row; targets glued (≥95%)
yn_km_mid_first_then_year_values  云南 昆明 district: 中期目标 | 年度目标 side by side, grid
        一级 | 二级 | 三级 | 中期指标值 | 年度指标值 | 分值 (中期 left of 年度), money as
        label | value pairs carrying their unit (中期资金总额（万元） …)
gz_gy_budget_yuan_heads_year_then_mid  贵州 贵阳 district 部门预算: forms in 元 with separators,
        heads 项目名称 | 项目类型 | 资金总额（元） | 财政拨款（元） | 上年结转（元） over one row,
        grid 年度指标值 | 中期指标值（2025-2027年） (年度 left), ranges and deadlines
sc_my_accounts_dept_and_project_self_eval_split  四川 绵阳 district 部门决算: landscape
        部门整体支出绩效自评表 and 项目支出绩效自评表, money columns 年初预算数 | 全年预算数 |
        全年执行数 | 分值 | 执行率 | 得分, grid 指标性质 | 指标值 | 计量单位 | 实际完成值 | 分值 | 得分
cq_yb_self_eval_yuan_heads_beside_name  重庆 渝北 district 项目支出绩效自评表 in 元: one heads row
        项目名称 | 年初预算数（元） | 全年预算数（元） | 全年执行数（元） | 预算执行率 | 执行率得分
        over one row of figures, 总分, 自评等级 as words (优秀 / 良好)
gs_lz_landscape_list_money_columns_direction  甘肃 兰州 district landscape list: 项目名称 |
        年度资金总额 | 财政拨款 | 其他资金 | 一级 | 二级 | 三级 | 指标方向 | 指标值 | 计量单位 | 权重（%）,
        project and money cells merged over the project's rows, unit once in the 金额单位 line
jx_gz_budget_dept_wide_mid_year_split  江西 赣州 district 部门预算 ending with a 部门整体支出
        绩效目标表: money heads 年度预算资金总额 | 财政拨款 | 其他资金 over one row, 中期目标 |
        年度目标 side by side, grid 指标性质 | 指标值 | 度量单位 | 权重
nx_yc_self_eval_direction_words_split  宁夏 银川 district 项目支出绩效自评表: money rows
        年度资金总额 / 其中：财政资金 / 其他资金 under 年初预算数 | 全年预算数 | 全年执行数 heads,
        target split 指标方向 (不低于 / 不高于 / 等于 / 定性) | 年度指标值 | 计量单位
gx_gl_budget_source_grid_sign_in_value  广西 桂林 district 部门预算: a 资金来源 | 金额（万元）
        grid (一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 财政拨款小计 where both are
        filled, 专项债券资金, 单位自有资金, 合计), grid 指标值 (sign glued: ≥95) | 计量单位 |
        指标值说明
cq_wz_cell_units_year_split_mid_cell  重庆 万州: money pairs with 万元 in the cell (项目总金额 |
        600.00万元 …), two-row grid head 年度目标值 over 符号 | 数值 | 单位 beside a 中期目标值 cell

Gold conventions: BLIND9's docstring, with the rulings of this round:

- target_raw is the 年度 value, never the 中期 / 实施期 one, whichever side it is printed on.
- fiscal = the 财政拨款 / 财政资金 figure as printed, or the sum of the source lines named
  …财政拨款收入 (never 专项债券 or 单位自有资金; where two such lines are filled the form prints
  their 财政拨款小计, which is that sum); a printed 0.00 上年结转 is "0.00"; 项目总额 /
  中期资金总额 / 项目总金额 is ``total`` beside the year's money.
- A unit given once on the page (title line or the 金额单位 line above the first form of the
  page) is the unit of every form on that page.
- 部门整体 forms' money is no project's; a 部门整体 self evaluation is the self evaluation with no
  project (budget = 全年预算数 of 年度资金总额).
- The words 不低于 read ">=", 不高于 "<=", 等于 "=", 定性 + state "qualitative"; 优秀 / 良好 read 优 / 良.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}负责贯彻执行本领域法律法规和方针政策，组织实施年度重点工作。",
        "二、部门预算单位构成。纳入本部门预算编制范围的包括部门本级及所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  预算绩效情况", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年预算项目全部编制了绩效目标，现将绩效目标表公开如下。",
    ])


def _rate_total(rate_score: str, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 广西 南宁


def layout_gx_nn_budget_fields_money_heads_one_row(folder: Path, name: str) -> FileGold:
    dept = "南宁市青秀区农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "3,420.60"), ("政府性基金预算拨款收入", "600.00")],
                  [("农林水支出", "3,760.60"), ("社会保障和就业支出", "260.00")])
    projects = [
        ("高标准农田建设管护", "南宁市青秀区农业技术推广中心", "860.00", "720.00", "100.00", "40.00",
         "完成高标准农田新建和提升改造，落实建后管护责任，提高耕地质量。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", ("≥", "1.2", "万亩"), (">=", 1.2, "万亩"), "15"),
             Ind("产出指标", "数量指标", "管护农田水利设施", ("≥", "45", "处"), (">=", 45, "处"), "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", ("=", "100", "%"), ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "项目完工时间", ("≤", "11", "月"), ("<=", 11, "月"), "10"),
             Ind("成本指标", "经济成本指标", "亩均建设成本", ("≤", "3000", "元"), ("<=", 3000, "元"), "15"),
             Ind("效益指标", "经济效益指标", "项目区粮食亩产提高", ("≥", "50", "公斤"), (">=", 50, "公斤"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("动物疫病强制免疫", "南宁市青秀区动物疫病预防控制中心", "146.50", "146.50", "0.00", "0.00",
         "开展重大动物疫病强制免疫和监测，确保不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", ("≥", "85", "万头（只）"), (">=", 85, "万头(只)"), "20"),
             Ind("产出指标", "质量指标", "免疫抗体合格率", ("≥", "70", "%"), (">=", 70, "%"), "20"),
             Ind("产出指标", "时效指标", "春秋两季集中免疫完成时限", ("≤", "45", "天"), ("<=", 45, "天"), "20"),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", ("定性", "不发生", ""), Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", ("≥", "88", "%"), (">=", 88, "%"), "15"),
         ]),
        ("农村人居环境整治", "南宁市青秀区农业农村局", "385.00", "300.00", "85.00", "0.00",
         "推进农村厕所革命和生活垃圾治理，改善农村人居环境。", [
             Ind("产出指标", "数量指标", "完成农村户厕改造", ("≥", "600", "户"), (">=", 600, "户"), "20"),
             Ind("产出指标", "质量指标", "改厕验收合格率", ("≥", "95", "%"), (">=", 95, "%"), "20"),
             Ind("产出指标", "时效指标", "整治任务完成时间", ("≤", "10", "月"), ("<=", 10, "月"), "15"),
             Ind("效益指标", "生态效益指标", "农村生活垃圾收运处置体系覆盖率", ("≥", "98", "%"), (">=", 98, "%"), "25"),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
    ]
    widths = [100, 100, 180, 84, 96, 84, 80]
    for project, unit_name, year, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add(*[(k, 1, t) for k, t in enumerate(("项目名称", "主管部门", "实施单位", "年度资金总额", "其中：财政拨款",
                                                     "上年结转", "其他资金"))])
        rows.add((0, 1, project), (1, 1, dept), (2, 1, unit_name), (3, 1, year), (4, 1, fiscal), (5, 1, carried),
                 (6, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位",
                                                     "分值"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"部门名称：{dept}",
                             unit_raw="单位：万元", landscape=True), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南 海口


def layout_hi_hk_page_title_unit_two_forms_a_page(folder: Path, name: str) -> FileGold:
    dept = "海口市美兰区卫生健康委员会"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("基本公共卫生服务补助", "2025年1月-12月", "1,280.00", "1,280.00", "1,150.00", [
            Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2.1万人", (">=", 2.1, "万人"), "30"),
            Ind("产出指标", "质量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%"), "30"),
            Ind("效益指标", "社会效益指标", "重点人群健康水平", "稳步提高", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "20"),
        ]),
        ("家庭医生签约服务", "2025年1月-12月", "320.00", "320.00", "320.00", [
            Ind("产出指标", "数量指标", "重点人群签约人数", "≥3.6万人", (">=", 3.6, "万人"), "30"),
            Ind("产出指标", "质量指标", "签约居民续约率", "≥80%", (">=", 80, "%"), "30"),
            Ind("产出指标", "时效指标", "签约服务经费拨付", "2025年12月底前", (None, None, None), "20"),
            Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("社区卫生服务中心能力提升（2025-2026年）", "2025年-2026年", "900.00", "450.00", "450.00", [
            Ind("产出指标", "数量指标", "购置诊疗设备", "≥36台（套）", (">=", 36, "台(套)"), "30"),
            Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "25"),
            Ind("效益指标", "社会效益指标", "基层首诊率", "≥55%", (">=", 55, "%"), "25"),
            Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("妇幼健康服务", "2025年1月-12月", "210.00", "210.00", "168.00", [
            Ind("产出指标", "数量指标", "孕产妇系统管理人数", "≥4200人", (">=", 4200, "人"), "30"),
            Ind("产出指标", "质量指标", "孕产妇死亡率", "≤10/10万", ("<=", 10, "/10万"), "30"),
            Ind("效益指标", "社会效益指标", "婴儿死亡率", "＜5‰", ("<", 5, "‰"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    widths = [70, 80, 150, 66, 66, 68]
    for k, (project, period, total, year, fiscal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 1, "实施期限"), (3, 1, "项目总额"), (4, 1, "年度预算"), (5, 1, "其中：财政资金"))
        rows.add((0, 2, project), (2, 1, period), (3, 1, total), (4, 1, year), (5, 1, fiscal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"), (5, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, i.weight)])
        first = k % 2 == 0
        doc.pages.grid(_spec(rows.cells, rows.n, widths,
                             title=f"{dept}2025年项目支出绩效目标表" if first else "",
                             editor="" if not first else f"填报单位：{dept}",
                             unit_raw="金额单位：万元" if first else None), fresh_page=first, gap=24)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 昆明


def layout_yn_km_mid_first_then_year_values(folder: Path, name: str) -> FileGold:
    dept = "昆明市盘龙区教育体育局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("义务教育学校校舍维修改造（2025-2027年）", "1,500.00", "520.00", "480.00", "40.00",
         "三年内完成全区老旧校舍维修改造，消除校舍安全隐患。", "完成12所学校校舍维修改造，校舍安全隐患整改到位。", [
             Ind("产出指标", "数量指标", "维修改造学校数", "12所", ("=", 12, "所"), "20", period="35所"),
             Ind("产出指标", "数量指标", "改造校舍面积", "≥2.4万平方米", (">=", 2.4, "万平方米"), "10",
                 period="≥7万平方米"),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "15", period="100%"),
             Ind("产出指标", "时效指标", "暑期施工完成时间", "2025年8月31日前", (None, None, None), "10",
                 period="每年8月31日前"),
             Ind("成本指标", "经济成本指标", "每平方米改造成本", "≤200元", ("<=", 200, "元"), "10", period="≤200元"),
             Ind("效益指标", "社会效益指标", "校舍安全隐患", "基本消除", Q, "20", period="全部消除"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "15", period="≥92%"),
         ]),
        ("青少年校园足球推广", "360.00", "120.00", "120.00", "0.00",
         "建成校园足球特色学校体系，提高青少年足球普及水平。", "新增校园足球特色学校，举办区级联赛。", [
             Ind("产出指标", "数量指标", "新增校园足球特色学校", "≥6所", (">=", 6, "所"), "20", period="≥18所"),
             Ind("产出指标", "数量指标", "区级校园足球联赛场次", "≥120场", (">=", 120, "场"), "15", period="≥360场"),
             Ind("产出指标", "质量指标", "足球教练员持证率", "≥85%", (">=", 85, "%"), "15", period="≥95%"),
             Ind("产出指标", "时效指标", "联赛完成时间", "≤11月", ("<=", 11, "月"), "10", period="每年11月前"),
             Ind("效益指标", "社会效益指标", "学生体质健康达标率", "≥92%", (">=", 92, "%"), "15", period="≥95%"),
             Ind("效益指标", "可持续影响指标", "校园足球长效机制", "逐步建立", Q, "10", period="健全完善"),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥88%", (">=", 88, "%"), "15", period="≥90%"),
         ]),
    ]
    widths = [70, 86, 130, 86, 86, 42]
    for project, total, year, fiscal, other, mid_goal, year_goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        rows.add((0, 1, "中期资金总额（万元）"), (1, 2, total), (3, 1, "年度资金总额（万元）"), (4, 2, year))
        rows.add((0, 1, "其中：财政拨款（万元）"), (1, 2, fiscal), (3, 1, "其他资金（万元）"), (4, 2, other))
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 2, "中期目标")
        rows.put(r, 3, 1, 3, "年度目标")
        rows.put(r + 1, 1, 1, 2, mid_goal)
        rows.put(r + 1, 3, 1, 3, year_goal)
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值",
                                                     "分值"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表（2025年度）",
                             editor=f"填报单位（盖章）：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 贵阳


def layout_gz_gy_budget_yuan_heads_year_then_mid(folder: Path, name: str) -> FileGold:
    dept = "贵阳市观山湖区城市管理局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "5,862.30"), ("事业收入", "120.00")],
                  [("城乡社区支出", "5,702.30"), ("住房保障支出", "280.00")])
    projects = [
        ("城市道路清扫保洁", "运转类项目", "8,600,000.00", "8,100,000.00", "500,000.00",
         "保持城区主次干道清扫保洁质量，提升市容环境。", [
             Ind("产出指标", "数量指标", "清扫保洁面积", "≥520万平方米", (">=", 520, "万平方米"), period="≥520万平方米"),
             Ind("产出指标", "质量指标", "道路机械化清扫率", "90%-95%", ("range", 90, "%", 95), period="≥95%"),
             Ind("产出指标", "时效指标", "生活垃圾日产日清率", "≥98%", (">=", 98, "%"), period="100%"),
             Ind("效益指标", "生态效益指标", "城区环境卫生状况", "明显改善", Q, period="持续改善"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", (">=", 85, "%"), period="≥90%"),
         ]),
        ("市政路灯运行维护", "运转类项目", "2,350,000.00", "2,350,000.00", "",
         "保障路灯设施正常运行，亮灯率达标。", [
             Ind("产出指标", "数量指标", "维护路灯盏数", "≥1.8万盏", (">=", 1.8, "万盏"), period="≥2万盏"),
             Ind("产出指标", "质量指标", "主干道亮灯率", "≥98%", (">=", 98, "%"), period="≥98%"),
             Ind("产出指标", "时效指标", "故障修复时限", "≤24小时", ("<=", 24, "小时"), period="≤24小时"),
             Ind("成本指标", "经济成本指标", "单灯年维护成本", "≤130元", ("<=", 130, "元"), period="≤130元"),
             Ind("满意度指标", "服务对象满意度指标", "市民夜间出行满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
        ("城市公园提质改造（2025-2027年）", "特定目标类项目", "12,000,000.00", "9,500,000.00", "2,000,000.00",
         "完成3个城市公园提质改造，增加市民休闲空间。", [
             Ind("产出指标", "数量指标", "改造公园数量", "1个", ("=", 1, "个"), period="3个"),
             Ind("产出指标", "质量指标", "改造工程验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "首个公园完工时间", "2025年12月底前", (None, None, None), period="2027年12月底前"),
             Ind("效益指标", "社会效益指标", "新增绿地面积", "≥3.5公顷", (">=", 3.5, "公顷"), period="≥10公顷"),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
    ]
    widths = [76, 84, 130, 110, 110]
    for project, kind, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 1, "项目类型"), (3, 1, "资金总额（元）"), (4, 1, "财政拨款（元）"))
        rows.add((0, 2, project), (2, 1, kind), (3, 1, year), (4, 1, fiscal))
        rows.add((0, 2, "上年结转（元）"), (2, 3, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值",
                                                     "中期指标值（2025-2027年）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.period)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表",
                             editor=f"部门：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 绵阳


def _sc_self_eval(doc: FormDoc, title: str, head: list[tuple[str, str]], money: list[tuple[str, ...]],
                  goals: tuple[str, str], inds: list[Ind], grade: str) -> float:
    """A landscape self evaluation: money columns, goals, split target grid, 总分 and 等级."""
    rows = _Rows()
    for label, value in head:
        rows.add((0, 2, label), (2, 8, value))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 2, "资金情况（万元）")
    for c, (col, span, text) in enumerate(((2, 1, ""), (3, 1, "年初预算数"), (4, 1, "全年预算数"), (5, 2, "全年执行数"),
                                          (7, 1, "分值"), (8, 1, "执行率"), (9, 1, "得分"))):
        rows.put(r, col, 1, span, text)
    for k, line in enumerate(money, 1):
        for (col, span), text in zip(((2, 1), (3, 1), (4, 1), (5, 2), (7, 1), (8, 1), (9, 1)), line):
            rows.put(r + k, col, 1, span, text)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 4, "预期目标")
    rows.put(r, 6, 1, 4, "实际完成情况")
    rows.put(r + 1, 2, 1, 4, goals[0])
    rows.put(r + 1, 6, 1, 4, goals[1])
    rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位",
                                                 "实际完成值", "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                            (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                            (8, 1, i.score), (9, 1, i.note)])
    total = _rate_total(money[0][6], inds)
    rows.add((0, 7, "总分"), (7, 1, "100"), (8, 2, f"{total:.2f}"))
    rows.add((0, 7, "自评等级"), (7, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [60, 66, 124, 56, 56, 50, 74, 44, 44, 150], title=title,
                         editor=f"（{doc.gold.fiscal_year}年度）", landscape=True,
                         kind="performance_self_evaluation"), fresh_page=True)
    return total


def layout_sc_my_accounts_dept_and_project_self_eval_split(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区市场监督管理局"
    doc = FormDoc(name, f"{dept}2024年部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "4,386.20"), ("其他收入", "52.00")],
                    [("一般公共服务支出", "4,120.40"), ("社会保障和就业支出", "317.80")])
    dept_inds = [
        Ind("产出指标", "数量指标", "市场主体日常检查户次", ("≥", "3200", "户次"), (">=", 3200, "户次"), "15", "3460户次", "15"),
        Ind("产出指标", "数量指标", "食品安全抽检批次", ("≥", "1500", "批次"), (">=", 1500, "批次"), "15", "1620批次", "15"),
        Ind("产出指标", "质量指标", "抽检不合格食品核查处置率", ("=", "100", "%"), ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "消费投诉处理时限", ("≤", "7", "个工作日"), ("<=", 7, "个工作日"), "10", "6个工作日",
            "10"),
        Ind("产出指标", "成本指标", "“三公”经费控制", ("≤", "18.5", "万元"), ("<=", 18.5, "万元"), "10", "16.2万元", "10"),
        Ind("效益指标", "社会效益指标", "区域食品安全状况", ("定性", "总体稳定", ""), Q, "10", "总体稳定", "10"),
        Ind("效益指标", "可持续影响指标", "信用监管机制", ("定性", "持续完善", ""), Q, "10", "基本完善", "8",
            "信用分级分类监管覆盖面仍需扩大"),
        Ind("满意度指标", "服务对象满意度指标", "经营主体满意度", ("≥", "90", "%"), (">=", 90, "%"), "10", "91%", "10"),
    ]
    total = _sc_self_eval(doc, "部门整体支出绩效自评表", [("部门（单位）名称", dept)], [
        ("年度资金总额", "4,380.00", "4,438.20", "4,296.50", "10", "96.81%", "9.68"),
        ("其中：财政拨款", "4,330.00", "4,386.20", "4,250.10", "—", "—", "—"),
        ("上年结转", "0.00", "0.00", "0.00", "—", "—", "—"),
        ("其他资金", "50.00", "52.00", "46.40", "—", "—", "—"),
    ], ("全面履行市场监管职责，守住食品药品安全底线。", "完成各项监管任务，未发生区域性食品安全事件。"), dept_inds, "优")
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "4,438.20", "4,296.50", total, "优")
    project = "食品安全抽检监测"
    inds = [
        Ind("产出指标", "数量指标", "抽检监测批次", ("≥", "1500", "批次"), (">=", 1500, "批次"), "20", "1620批次", "20"),
        Ind("产出指标", "质量指标", "检测报告出具准确率", ("≥", "99", "%"), (">=", 99, "%"), "15", "99.5%", "15"),
        Ind("产出指标", "时效指标", "不合格产品核查处置时限", ("≤", "15", "天"), ("<=", 15, "天"), "15", "18天", "12",
            "部分跨区核查耗时较长，将建立协查机制"),
        Ind("产出指标", "成本指标", "每批次平均检测费用", ("≤", "1200", "元"), ("<=", 1200, "元"), "10", "1150元", "10"),
        Ind("效益指标", "社会效益指标", "食品安全风险隐患发现率", ("定性", "有效提高", ""), Q, "15", "有效提高", "15"),
        Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", ("≥", "85", "%"), (">=", 85, "%"), "15", "87%", "15"),
    ]
    total = _sc_self_eval(doc, "项目支出绩效自评表", [("项目名称", project), ("主管部门", dept)], [
        ("年度资金总额", "185.00", "185.00", "176.30", "10", "95.30%", "9.53"),
        ("其中：财政拨款", "185.00", "185.00", "176.30", "—", "—", "—"),
        ("其他资金", "", "", "", "—", "—", "—"),
    ], ("完成食品安全抽检1500批次以上，及时处置不合格产品。", "完成抽检1620批次，不合格产品均已处置。"), inds, "优")
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", "185.00", "176.30", total, "优")
    doc.gold.project(project, "万元", year="185.00", fiscal="185.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 渝北


def layout_cq_yb_self_eval_yuan_heads_beside_name(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区民政局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    projects = [
        ("困难群众救助补助", "31,200,000.00", "33,600,000.00", "32,928,000.00", "98.00%", "9.80",
         "良好", "7,200,000.00", [
             Ind("产出指标", "数量指标", "城乡低保保障人数", "≥5200人", (">=", 5200, "人"), "15", "5380人", "15"),
             Ind("产出指标", "数量指标", "特困人员供养人数", "≥620人", (">=", 620, "人"), "10", "604人", "8",
                 "部分特困人员转入其他保障"),
             Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "救助资金发放时效", "按月足额发放", Q, "10", "按月足额发放", "10"),
             Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "20", "有效保障", "18",
                 "临时救助时效仍需提高"),
             Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "20", "88%", "16",
                 "政策宣传不够深入"),
         ]),
        ("养老服务体系建设", "4,500,000.00", "4,500,000.00", "4,230,000.00", "94.00%", "9.40", "优秀", "", [
            Ind("产出指标", "数量指标", "新建社区养老服务站", "≥8个", (">=", 8, "个"), "20", "9个", "20"),
            Ind("产出指标", "质量指标", "养老机构消防安全达标率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "建设任务完成时间", "≤12月", ("<=", 12, "月"), "10", "11月", "10"),
            Ind("效益指标", "社会效益指标", "社区养老服务覆盖率", "≥80%", (">=", 80, "%"), "20", "82%", "20"),
            Ind("效益指标", "可持续影响指标", "养老服务运营机制", "持续完善", Q, "10", "持续完善", "10"),
            Ind("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
        ]),
    ]
    widths = [58, 62, 108, 78, 78, 78, 50]
    for project, initial, budget, executed, rate, rate_score, grade, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 1, "年初预算数（元）"), (3, 1, "全年预算数（元）"), (4, 1, "全年执行数（元）"),
                 (5, 1, "预算执行率"), (6, 1, "执行率得分（10分）"))
        rows.add((0, 2, project), (2, 1, initial), (3, 1, budget), (4, 1, executed), (5, 1, rate), (6, 1, rate_score))
        if carried:
            rows.add((0, 2, "其中：上年结转（元）"), (2, 5, carried))
        rows.add((0, 1, "实施单位"), (1, 6, dept))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score)])
        total = _rate_total(rate_score, inds)
        notes = "；".join(f"{i.name}：{i.note}" for i in inds if i.note) or "无"
        rows.add((0, 2, "偏差原因及改进措施"), (2, 5, notes))
        rows.add((0, 5, "总分"), (5, 2, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor="（2024年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade[0])
        doc.gold.project(project, "元", year=budget, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 兰州


def layout_gs_lz_landscape_list_money_columns_direction(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区水务局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("河道清淤疏浚", "420.00", "420.00", "0.00", [
            Ind("产出指标", "数量指标", "清淤河道长度", ("大于等于", "18", "公里"), (">=", 18, "公里"), "30"),
            Ind("产出指标", "质量指标", "清淤工程验收合格率", ("等于", "100", "%"), ("=", 100, "%"), "30"),
            Ind("效益指标", "生态效益指标", "河道行洪能力", ("定性", "明显提升", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", ("大于等于", "90", "%"), (">=", 90, "%"), "20"),
        ]),
        ("农村饮水安全维修养护", "265.00", "230.00", "35.00", [
            Ind("产出指标", "数量指标", "维修养护供水工程", ("大于等于", "26", "处"), (">=", 26, "处"), "30"),
            Ind("产出指标", "质量指标", "农村集中供水水质达标率", ("大于", "92", "%"), (">", 92, "%"), "30"),
            Ind("效益指标", "社会效益指标", "农村自来水普及率", ("大于等于", "98", "%"), (">=", 98, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", ("大于等于", "90", "%"), (">=", 90, "%"), "20"),
        ]),
        ("水土保持监督管理", "58.00", "58.00", "0.00", [
            Ind("产出指标", "数量指标", "生产建设项目监督检查", ("大于等于", "60", "个"), (">=", 60, "个"), "30"),
            Ind("产出指标", "时效指标", "方案审批办结时限", ("小于", "20", "个工作日"), ("<", 20, "个工作日"), "30"),
            Ind("效益指标", "生态效益指标", "人为水土流失面积", ("小于等于", "0.5", "平方公里"), ("<=", 0.5, "平方公里"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "建设单位满意度", ("大于等于", "85", "%"), (">=", 85, "%"), "20"),
        ]),
        ("城区节水宣传及器具推广", "36.50", "36.50", "0.00", [
            Ind("产出指标", "数量指标", "开展节水宣传活动", ("大于等于", "24", "场次"), (">=", 24, "场次"), "30"),
            Ind("产出指标", "成本指标", "节水器具补贴标准", ("小于等于", "150", "元/套"), ("<=", 150, "元/套"), "30"),
            Ind("效益指标", "社会效益指标", "居民节水意识", ("定性", "普遍增强", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "社区居民满意度", ("大于等于", "88", "%"), (">=", 88, "%"), "20"),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(c, 1, t) for c, t in enumerate(("项目名称", "年度资金总额", "财政拨款", "其他资金", "一级指标", "二级指标",
                                                 "三级指标", "指标方向", "指标值", "计量单位", "权重（%）"))])
    for project, year, fiscal, other, inds in projects:
        r0 = rows.n
        for k, v in enumerate((project, year, fiscal, other)):
            rows.put(r0, k, len(inds), 1, v)
        rows.n = r0  # the grid rows run beside the merged project cells
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.target[0]), (8, 1, i.target[1]),
                                                (9, 1, i.target[2]), (10, 1, i.weight)])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [88, 62, 58, 54, 58, 74, 120, 54, 56, 50, 54],
                         title=f"{dept}2025年项目支出绩效目标表", editor=f"编制单位：{dept}",
                         unit_raw="金额单位：万元", landscape=True), repeat=(0, 1), fresh_page=True)
    doc.pages.text_page("填报说明", ["1. 本表金额单位为万元。", "2. 指标方向分为大于、大于等于、等于、小于、小于等于和定性。"])
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 赣州


def layout_jx_gz_budget_dept_wide_mid_year_split(folder: Path, name: str) -> FileGold:
    dept = "赣州市章贡区自然资源局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "2,846.00"), ("政府性基金预算拨款收入", "1,200.00")],
                  [("自然资源海洋气象等支出", "3,786.00"), ("城乡社区支出", "260.00")])
    inds = [
        Ind("产出指标", "数量指标", "完成国土变更调查图斑核查", ("≥", "4500", "个"), (">=", 4500, "个"), "10"),
        Ind("产出指标", "数量指标", "耕地保护巡查次数", ("≥", "48", "次"), (">=", 48, "次"), "10"),
        Ind("产出指标", "数量指标", "不动产登记办件量", ("≥", "2.5", "万件"), (">=", 2.5, "万件"), "10"),
        Ind("产出指标", "质量指标", "耕地保有量目标完成率", ("=", "100", "%"), ("=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "违法用地查处率", ("≥", "95", "%"), (">=", 95, "%"), "10"),
        Ind("产出指标", "时效指标", "不动产一般登记办结时限", ("≤", "3", "个工作日"), ("<=", 3, "个工作日"), "10"),
        Ind("成本指标", "经济成本指标", "部门公用经费控制", ("≤", "186", "万元"), ("<=", 186, "万元"), "5"),
        Ind("效益指标", "社会效益指标", "节约集约用地水平", ("定性", "稳步提高", ""), Q, "10"),
        Ind("效益指标", "生态效益指标", "历史遗留矿山生态修复面积", ("≥", "35", "公顷"), (">=", 35, "公顷"), "10"),
        Ind("效益指标", "可持续影响指标", "国土空间规划体系", ("定性", "基本建成", ""), Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", ("≥", "95", "%"), (">=", 95, "%"), "5"),
        Ind("满意度指标", "服务对象满意度指标", "企业用地服务满意度", ("≥", "90", "%"), (">=", 90, "%"), "5"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 5, dept))
    rows.add((0, 2, "年度预算资金总额"), (2, 2, "财政拨款"), (4, 3, "其他资金"))
    rows.add((0, 2, "4,046.00"), (2, 2, "3,926.00"), (4, 3, "120.00"))
    rows.add((0, 2, "中期目标（2025-2027年）"), (2, 5, "年度目标"))
    rows.add((0, 2, "严守耕地保护红线，建成国土空间规划体系，全面提升自然资源治理能力。"),
             (2, 5, "完成年度国土变更调查，耕地保有量不减少，不动产登记便民高效。"))
    rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                                 "权重"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                            (5, 1, i.target[2]), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 76, 150, 46, 50, 60, 40], title="部门整体支出绩效目标表",
                         editor=f"（2025年度）", unit_raw="单位：万元", kind="department_performance_targets"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 银川


def layout_nx_yc_self_eval_direction_words_split(folder: Path, name: str) -> FileGold:
    dept = "银川市金凤区文化旅游广电局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评报告", dept, 2024)
    projects = [
        ("公共文化场馆免费开放", {"initial": ("210.00", "210.00", ""), "budget": ("226.00", "210.00", "16.00"),
                                  "executed": ("219.50", "205.30", "14.20")}, "97.12%", "9.71", "优", [
            Ind("产出指标", "数量指标", "免费开放场馆数量", ("等于", "6", "个"), ("=", 6, "个"), "15", "6个", "15"),
            Ind("产出指标", "数量指标", "年接待群众人次", ("不低于", "35", "万人次"), (">=", 35, "万人次"), "15", "38.2万人次",
                "15"),
            Ind("产出指标", "质量指标", "场馆安全事故", ("不高于", "0", "起"), ("<=", 0, "起"), "15", "0起", "15"),
            Ind("产出指标", "时效指标", "每周开放时长", ("不低于", "56", "小时"), (">=", 56, "小时"), "10", "56小时", "10"),
            Ind("效益指标", "社会效益指标", "群众文化生活", ("定性", "更加丰富", ""), Q, "20", "更加丰富", "20"),
            Ind("满意度指标", "服务对象满意度指标", "参观群众满意度", ("不低于", "90", "%"), (">=", 90, "%"), "15", "94%", "15"),
        ]),
        ("旅游宣传推介", {"initial": ("80.00", "80.00", ""), "budget": ("80.00", "80.00", ""),
                          "executed": ("72.00", "72.00", "")}, "90.00%", "9.00", "良", [
            Ind("产出指标", "数量指标", "举办推介活动", ("不低于", "5", "场"), (">=", 5, "场"), "20", "4场", "16",
                "一场推介会因场地原因延期至次年"),
            Ind("产出指标", "质量指标", "新媒体宣传阅读量", ("不低于", "500", "万次"), (">=", 500, "万次"), "20", "620万次", "20"),
            Ind("效益指标", "经济效益指标", "接待游客人次同比增长", ("不低于", "8", "%"), (">=", 8, "%"), "25", "6.5%", "20",
                "外部客源市场恢复不及预期"),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("不低于", "85", "%"), (">=", 85, "%"), "25", "88%", "25"),
        ]),
    ]
    widths = [52, 60, 100, 44, 44, 44, 58, 36, 36]
    for project, money, rate, rate_score, grade, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, dept))
        r = rows.n
        rows.put(r, 0, 4, 2, "项目资金（万元）")
        heads = (("", 2, 1), ("年初预算数", 3, 1), ("全年预算数", 4, 1), ("全年执行数", 5, 1), ("分值", 6, 1),
                 ("执行率", 7, 1), ("得分", 8, 1))
        for text, col, span in heads:
            rows.put(r, col, 1, span, text)
        for k, label in enumerate(("年度资金总额", "其中：财政资金", "其他资金")):
            vals = [label, money["initial"][k], money["budget"][k], money["executed"][k]]
            vals += ["10", rate, rate_score] if k == 0 else ["—", "—", "—"]
            for (text, col, span), v in zip(heads, vals):
                rows.put(r + 1 + k, col, 1, span, v)
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "年度指标值",
                                                     "计量单位", "实际完成值", "分值", "得分"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                                (8, 1, i.score)])
        notes = "；".join(i.note for i in inds if i.note) or "无"
        rows.add((0, 2, "偏差原因分析"), (2, 7, notes))
        total = _rate_total(rate_score, inds)
        rows.add((0, 7, "总分"), (7, 2, f"{total:.2f}"))
        rows.add((0, 7, "自评等级"), (7, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor="（2024年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", money["budget"][0], money["executed"][0], total, grade)
        doc.gold.project(project, "万元", year=money["budget"][0], fiscal=money["budget"][1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 桂林


def layout_gx_gl_budget_source_grid_sign_in_value(folder: Path, name: str) -> FileGold:
    dept = "桂林市七星区住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "2,130.00"), ("政府性基金预算拨款收入", "1,560.00")],
                  [("城乡社区支出", "3,410.00"), ("住房保障支出", "280.00")])
    projects = [
        ("老旧小区改造配套设施", [("一般公共预算财政拨款收入", "350.00"), ("政府性基金预算财政拨款收入", "420.00"),
                                  ("财政拨款小计", "770.00"), ("专项债券资金", "1,200.00"), ("单位自有资金", "")],
         "1,970.00",
         "完成老旧小区水电气路等配套设施改造，改善居民居住条件。", [
             Ind("产出指标", "数量指标", "改造老旧小区个数", ("≥22", "个"), (">=", 22, "个"), note="年度改造计划"),
             Ind("产出指标", "数量指标", "惠及居民户数", ("≥3800", "户"), (">=", 3800, "户"), note="改造小区住户"),
             Ind("产出指标", "质量指标", "工程质量验收合格率", ("100", "%"), ("=", 100, "%"), note="竣工验收"),
             Ind("产出指标", "时效指标", "年度改造任务完成时间", ("≤11", "月"), ("<=", 11, "月"), note="月份"),
             Ind("成本指标", "经济成本指标", "户均改造成本", ("≤5.2", "万元"), ("<=", 5.2, "万元"), note="总投资/户数"),
             Ind("效益指标", "社会效益指标", "居民居住环境", ("明显改善", ""), Q, note="现场查看"),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ("≥90", "%"), (">=", 90, "%"), note="入户调查"),
         ]),
        ("建筑工地扬尘治理", [("一般公共预算财政拨款收入", "96.00"), ("政府性基金预算财政拨款收入", ""),
                              ("专项债券资金", ""), ("单位自有资金", "14.00")], "110.00",
         "落实建筑工地扬尘防治措施，降低施工扬尘污染。", [
             Ind("产出指标", "数量指标", "在建工地巡查", ("≥1200", "次"), (">=", 1200, "次"), note="全年巡查"),
             Ind("产出指标", "质量指标", "工地“六个百分百”落实率", ("≥95", "%"), (">=", 95, "%"), note="抽查"),
             Ind("产出指标", "时效指标", "问题整改时限", ("≤48", "小时"), ("<=", 48, "小时"), note="自发现起"),
             Ind("成本指标", "经济成本指标", "扬尘在线监测运维费", ("≤18", "万元"), ("<=", 18, "万元"), note="年度"),
             Ind("效益指标", "生态效益指标", "城区降尘量", ("≤5", "吨/平方公里·月"), ("<=", 5, "吨/平方公里·月"),
                 note="环境监测"),
             Ind("效益指标", "社会效益指标", "扬尘投诉件数同比", ("下降", ""), Q, note="12345热线"),
             Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", ("≥85", "%"), (">=", 85, "%"), note="问卷调查"),
         ]),
    ]
    widths = [70, 86, 140, 56, 80, 72]
    for project, sources, year, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "项目资金")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 2, "金额（万元）")
        for k, (label, value) in enumerate(sources + [("合计", year)], 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 2, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "计量单位",
                                                     "指标值说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位名称：{dept}"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = sum(Decimal(v.replace(",", "")) for label, v in sources if label.endswith("财政拨款收入") and v)
        doc.gold.project(project, "万元", year=year, fiscal=f"{fiscal:.2f}")
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 万州


def layout_cq_wz_cell_units_year_split_mid_cell(folder: Path, name: str) -> FileGold:
    dept = "重庆市万州区交通运输委员会"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标", dept, 2025)
    projects = [
        ("农村公路提档升级（2025-2027年）", "600.00", "200.00", "180.00", "0.00", [
            Ind("产出指标", "数量指标", "农村公路提档升级里程", ("≥", "45", "公里"), (">=", 45, "公里"), period="≥130公里"),
            Ind("产出指标", "质量指标", "交工验收合格率", ("＝", "100", "%"), ("=", 100, "%"), period="100%"),
            Ind("产出指标", "时效指标", "年度建设任务完成时间", ("≤", "12", "月"), ("<=", 12, "月"), period="2027年12月"),
            Ind("成本指标", "经济成本指标", "每公里补助标准", ("≤", "40", "万元"), ("<=", 40, "万元"), period="≤40万元"),
            Ind("效益指标", "社会效益指标", "群众出行条件", ("定性", "明显改善", ""), Q, period="明显改善"),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ("≥", "90", "%"), (">=", 90, "%"), period="≥90%"),
        ]),
        ("公交线路运营补贴", "1,050.00", "350.00", "310.00", "40.00", [
            Ind("产出指标", "数量指标", "补贴公交线路条数", ("≥", "38", "条"), (">=", 38, "条"), period="≥40条"),
            Ind("产出指标", "质量指标", "公交准点率", ("＞", "90", "%"), (">", 90, "%"), period="＞92%"),
            Ind("产出指标", "时效指标", "补贴资金拨付", ("", "按季度", ""), Q, period="按季度"),
            Ind("成本指标", "经济成本指标", "车公里补贴标准", ("≤", "1.8", "元"), ("<=", 1.8, "元"), period="≤1.8元"),
            Ind("效益指标", "社会效益指标", "公共交通分担率", ("≥", "45", "%"), (">=", 45, "%"), period="≥50%"),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", ("≥", "88", "%"), (">=", 88, "%"), period="≥90%"),
        ]),
    ]
    widths = [66, 86, 140, 38, 44, 50, 76]
    for project, total, year, fiscal, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "项目总金额"), (1, 2, f"{total}万元"), (3, 2, "本年度资金"), (5, 2, f"{year}万元"))
        rows.add((0, 1, "其中：财政拨款"), (1, 2, f"{fiscal}万元"), (3, 2, "上年结转"), (5, 2, f"{carried}万元"))
        r = rows.n
        for col, head in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (6, "中期目标值")):
            rows.put(r, col, 2, 1, head)
        rows.put(r, 3, 1, 3, "年度目标值")
        for c, head in ((3, "符号"), (4, "数值"), (5, "单位")):
            rows.put(r + 1, c, 1, 1, head)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.period)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{project}绩效目标表",
                             editor=f"主管部门：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


BLIND32: dict[str, Builder] = {
    "gx_nn_budget_fields_money_heads_one_row": layout_gx_nn_budget_fields_money_heads_one_row,
    "hi_hk_page_title_unit_two_forms_a_page": layout_hi_hk_page_title_unit_two_forms_a_page,
    "yn_km_mid_first_then_year_values": layout_yn_km_mid_first_then_year_values,
    "gz_gy_budget_yuan_heads_year_then_mid": layout_gz_gy_budget_yuan_heads_year_then_mid,
    "sc_my_accounts_dept_and_project_self_eval_split": layout_sc_my_accounts_dept_and_project_self_eval_split,
    "cq_yb_self_eval_yuan_heads_beside_name": layout_cq_yb_self_eval_yuan_heads_beside_name,
    "gs_lz_landscape_list_money_columns_direction": layout_gs_lz_landscape_list_money_columns_direction,
    "jx_gz_budget_dept_wide_mid_year_split": layout_jx_gz_budget_dept_wide_mid_year_split,
    "nx_yc_self_eval_direction_words_split": layout_nx_yc_self_eval_direction_words_split,
    "gx_gl_budget_source_grid_sign_in_value": layout_gx_gl_budget_source_grid_sign_in_value,
    "cq_wz_cell_units_year_split_mid_cell": layout_cq_wz_cell_units_year_split_mid_cell,
}
SETS: dict[str, dict[str, Builder]] = {"blind32": BLIND32}


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
    """Write every layout of ``which`` ("blind32") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
