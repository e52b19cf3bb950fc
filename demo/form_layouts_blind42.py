"""BLIND42 performance forms: eleven layouts of 河南, 湖北, 湖南, 江西, 四川, 重庆, 贵州, 甘肃,
宁夏, 山西 and 青海 (central and western China weighted), printed the way 市/区/县 finance
bureaus print their 2024–2025 部门预算 and 部门决算 disclosures: the Ministry of Finance templates
and their common provincial variants, with the small imperfections of real PDFs (labels
wrapped in narrow cells, spaced labels such as 项 目 名 称, money cells left blank or holding
"—", "/", 0 or 0.00, full-width and half-width brackets and colons mixed, units in the title
line, a column head or the cell). Written by an author who had read neither the form reader nor
the earlier blind sets (only the gold helpers and page composer of ``form_layouts``, BLIND9's
gold conventions and the shared gold checks). Each layout writes one PDF and its gold in the
format of ``form_layouts.write_set``; the gold is written by hand with ``_gold_ind`` and
``FileGold``, never by the normalizers.

hen_zz_budget_spaced_labels_source_heads  河南 郑州 district 部门预算: budget tables, then one
        项目支出绩效目标表 per project, spaced labels (项 目 名 称 | 主 管 部 门), 项目资金(万元)
        merged over the 一体化 source heads 资金总额 | 财政拨款 | 其中:一般公共预算 | 政府性基金 |
        国有资本经营预算 | 财政专户管理资金 | 单位资金 and one amounts row ("—", blank, 0),
        glued targets (≥ / 达到 / 不低于 / ＞)
hub_yc_budget_two_forms_a_page_yuan_direction  湖北 宜昌 district 部门预算 in 元 (金额单位：元
        in the unit line): two forms a page, 项目总额 | 本年预算 and 其中:财政拨款 | 上年结转 pairs
        (上年结转 0.00 printed), grid 指标方向 (大于等于 / 小于等于 / 等于 / 定性) | 指标值 | 计量单位 | 权重
hun_cz_self_evals_ministry_money_columns  湖南 郴州 district 项目支出绩效自评表 (MoF template):
        年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：当年财政
        拨款 / 上年结转资金 / 其他资金 with "/" and "—" in empty cells, 总分, 自评等级 in words
jx_gz_accounts_dept_self_eval_stacked_pairs  江西 county 部门决算: accounts tables, a 部门整体
        支出绩效自评表 whose money lines are 年度资金总额 / 其中：基本支出 / 项目支出, then a project
        self evaluation with its money as stacked label | value rows (预算执行率 | 分值 | 得分 apart)
sc_my_budget_landscape_list_merged_money  四川 绵阳 district 部门预算: a landscape 项目支出绩效
        目标表 list, 项目名称 | 项目资金（万元） over 合计 | 财政拨款 | 其他资金 | 年度绩效目标 |
        levels | 指标值, project cells merged over their rows, header repeated over the pages
cq_yb_dept_wide_tasks_then_stacked_money  重庆 district: 部门整体支出绩效目标表 (资金总额 |
        财政拨款 | 其他资金, 年度主要任务 with amounts), then project forms whose money is stacked
        under a merged 项目资金（万元） cell: 年度资金总额： / 其中：财政资金 / 其他资金 — / 上年结转 /
gz_zy_self_evals_yuan_pairs_no_level1  贵州 遵义 district project self evaluations in 元 with
        separators, money as label | value pairs (年初预算数（元） …), grid without 一级 (二级 |
        三级 | 年度指标值 | 全年实际值 | 分值 | 得分), 自评得分 | 自评等级 in one row
gs_lz_short_forms_unit_in_money_heads  甘肃 兰州 district: three short forms running down the
        pages, money heads carrying their unit (资金总额（万元） | 财政拨款（万元） | 上年结转（万元） |
        其他资金（万元）), grid 指标性质 | 指标值 | 度量单位 | 权重(%)
nx_yc_budget_income_source_lines  宁夏 银川 district 部门预算: money as 资金来源 | 金额 lines
        (合计, 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 地方政府专项债券, 事业收入,
        上年结转), blank, "—" and 0.00 lines
sx_ty_multi_year_three_row_money_heads  山西 太原 district: multi-year projects, a three-row money
        block (项目总额 | 本年度资金 over 合计 | 财政拨款 | 其他资金 | 上年结转), grid 实施期指标值 |
        年度指标值
qh_xn_long_form_unit_in_cells_basis  青海 西宁 district: one long form over pages, money pairs
        with the unit in the cell (185.60万元), 项目概况 / 主要实施内容 prose rows, 指标值设定依据及数据
        来源 wrapping, grid header repeated, ranges (0.8～1.2万元, 85%-95%), a deadline, a 填报说明
        row at the foot (not an indicator)

Gold conventions: BLIND9's docstring, the addendum's money rulings (fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of source lines named …财政拨款收入, never 一般公共预算
alone, 专项债券, 其他资金 or 事业收入; a printed 0.00 上年结转 is 0.00; 达到 N reads ≥), and this
set's rulings:

- 项目总额 beside 本年预算 / 本年度资金: total is 项目总额, year the 本年 figure (also where both
  are equal).
- In the 一体化 source heads (hen_zz) fiscal is the 财政拨款 head's figure; 其中:一般公共预算
  under it is not read apart.
- "/", "—", blank or 0 in a 上年结转 cell: no carried amount. An amount printed with its unit in
  the cell ("185.60万元") is that amount in that unit.
- Self evaluations: score = the printed 总分 / 自评得分 (execution score + indicator scores,
  always printed with two decimals here); a project self evaluation printing no 财政拨款 line
  gives year only.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the page heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", f"第二部分  {year}年部门预算表",
                                   f"第三部分  {year}年部门预算情况说明", "第四部分  其他公开事项", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}是主管本行业工作的政府工作部门，负责贯彻执行有关法律法规和方针政策。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门机关和所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收 入 总 计", f"{total_in:,.2f}", "支 出 总 计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目(按功能分类)"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    rows = [plain_row([name, value, "", value]) for name, value in spending]
    rows.append(plain_row(["合计", f"{total_out:,.2f}", "", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("一般公共预算支出预算表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, rows, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  其他公开事项", [
        f"一、{year}年项目支出绩效目标。按照预算绩效管理要求，本部门对纳入{year}年部门预算的重点项目"
        "编制了绩效目标，现予公开，详见下表。",
    ])


def _rate_score(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 as printed (xx.xx%), its score as printed and the exact score."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    exact = min(10.0, float(e / b) * 10)
    return f"{float(e / b) * 100:.2f}%", f"{exact:.2f}", exact


def _total(exact_rate: float, inds: list[Ind]) -> float:
    return round(exact_rate + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 河南


def layout_hen_zz_budget_spaced_labels_source_heads(folder: Path, name: str) -> FileGold:
    dept = "郑州市金水区卫生健康委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,318.20"), ("二、政府性基金预算拨款收入", "150.00"),
                                    ("三、单位资金", "92.75")],
                  [("卫生健康支出", "6,410.95"), ("社会保障和就业支出", "150.00")])
    projects = [
        ("基本公共卫生服务补助", "41010525Y000012", "郑州市金水区疾病预防控制中心", "特定目标类",
         ("1,286.40", "1,236.40", "1,236.40", "—", "—", "", "50.00"),
         "落实国家基本公共卫生服务项目，为辖区常住居民免费提供12类基本公共卫生服务。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥4.2万人", (">=", 4.2, "万人")),
             Ind("产出指标", "质量指标", "居民电子健康档案建档率", "达到90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "每季度末前拨付", (None, None, None)),  # a deadline stays raw (blind9 ruling)
             Ind("效益指标", "社会效益指标", "高血压患者规范管理率", "不低于65%", (">=", 65, "%")),
             Ind("效益指标", "可持续影响指标", "基本公共卫生服务均等化水平", "稳步提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "＞85%", (">", 85, "%")),
         ]),
        ("家庭医生签约服务经费", "41010525Y000027", "郑州市金水区卫生健康委员会", "特定目标类",
         ("368.00", "368.00", "218.00", "150.00", "—", "", "0"),
         "推进家庭医生签约服务，重点人群签约覆盖率稳中有升。", [
             Ind("产出指标", "数量指标", "重点人群签约人数", "≥6.5万人", (">=", 6.5, "万人")),
             Ind("产出指标", "质量指标", "重点人群签约服务覆盖率", "达到75%", (">=", 75, "%")),
             Ind("产出指标", "成本指标", "签约服务费补助标准", "≤50元/人·年", ("<=", 50, "元/人·年")),
             Ind("效益指标", "社会效益指标", "签约居民基层首诊率", "逐年提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("院前急救体系运行经费", "41010525Y000031", "郑州市金水区急救站", "其他运转类",
         ("542.75", "500.00", "500.00", "", "", "—", "42.75"),
         "保障院前急救网络运行，急救反应时间控制在规定时限内。", [
             Ind("产出指标", "数量指标", "急救分站运行数量", "12个", ("=", 12, "个")),
             Ind("产出指标", "数量指标", "年出车次数", "≥2.8万车次", (">=", 2.8, "万车次")),
             Ind("产出指标", "质量指标", "急救病历书写合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "城区平均急救反应时间", "≤12分钟", ("<=", 12, "分钟")),
             Ind("效益指标", "社会效益指标", "急危重症患者抢救成功率", "不低于90%", (">=", 90, "%")),
             Ind("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [58, 58, 62, 62, 62, 62, 62, 69]
    for project, code, unit_name, kind, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主 管 部 门"), (1, 3, dept), (4, 1, "实 施 单 位"), (5, 3, unit_name))
        rows.add((0, 1, "项目类型"), (1, 3, kind), (4, 1, "项目期限"), (5, 3, "2025年1月-2025年12月"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金(万元)")
        for k, head in enumerate(("资金总额", "财政拨款", "其中:一般公共预算", "政府性基金", "国有资本经营预算",
                                  "财政专户管理资金", "单位资金")):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, money[k])
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 3, "备 注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 3, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称(盖章)：{dept}", unit_raw="单位:万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北


def layout_hub_yc_budget_two_forms_a_page_yuan_direction(folder: Path, name: str) -> FileGold:
    dept = "宜昌市夷陵区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款", "4,865.30"), ("二、上年结转", "8.50")],
                  [("农林水支出", "4,512.80"), ("社会保障和就业支出", "361.00")])
    projects = [
        ("高标准农田建设后期管护", "宜昌市夷陵区农田建设服务中心",
         ("3,600,000.00", "1,200,000.00", "1,200,000.00", "0.00"),
         "完成已建高标准农田设施管护，保障灌排设施正常运行。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", ("大于等于", "8.6", "万亩"), (">=", 8.6, "万亩"), "20"),
             Ind("产出指标", "质量指标", "灌排设施完好率", ("大于等于", "90", "%"), (">=", 90, "%"), "15"),
             Ind("产出指标", "时效指标", "设施损毁修复时限", ("小于等于", "30", "天"), ("<=", 30, "天"), "10"),
             Ind("产出指标", "成本指标", "亩均管护费用", ("小于等于", "14", "元/亩"), ("<=", 14, "元/亩"), "10"),
             Ind("效益指标", "经济效益指标", "项目区粮食综合生产能力", ("定性", "稳步提升", ""), Q, "20"),
             Ind("效益指标", "可持续影响指标", "农田管护长效机制", ("定性", "健全", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", ("大于等于", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("动物疫病强制免疫补助", "宜昌市夷陵区畜牧兽医服务中心",
         ("865,000.00", "865,000.00", "780,000.00", "85,000.00"),
         "开展重大动物疫病强制免疫，免疫密度常年保持在90%以上。", [
             Ind("产出指标", "数量指标", "畜禽强制免疫数量", ("大于等于", "120", "万头（羽）"), (">=", 120, "万头(羽)"), "20"),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", ("大于等于", "90", "%"), (">=", 90, "%"), "20"),
             Ind("产出指标", "时效指标", "春秋集中免疫完成时间", ("等于", "2", "个月"), ("=", 2, "个月"), "10"),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", ("等于", "0", "次"), ("=", 0, "次"), "25"),
             Ind("效益指标", "可持续影响指标", "畜牧业生产安全", ("定性", "有效保障", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", ("大于等于", "85", "%"), (">=", 85, "%"), "10"),
         ]),
        ("农村人居环境整治", "宜昌市夷陵区农业农村局",
         ("2,450,000.00", "2,450,000.00", "2,450,000.00", "0.00"),
         "推进农村厕所革命和生活垃圾治理，村庄环境持续改善。", [
             Ind("产出指标", "数量指标", "农村户厕改造数量", ("大于等于", "1500", "户"), (">=", 1500, "户"), "20"),
             Ind("产出指标", "质量指标", "改厕验收合格率", ("等于", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "成本指标", "户厕改造补助标准", ("小于等于", "1200", "元/户"), ("<=", 1200, "元/户"), "15"),
             Ind("效益指标", "生态效益指标", "农村生活垃圾收运处置体系覆盖率", ("大于等于", "95", "%"), (">=", 95, "%"), "20"),
             Ind("效益指标", "社会效益指标", "村容村貌", ("定性", "明显改善", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "农村群众满意度", ("大于等于", "90", "%"), (">=", 90, "%"), "10"),
         ]),
    ]
    widths = [62, 70, 110, 56, 60, 62, 75]
    for k, (project, unit_name, (total, yr, fiscal, carried), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "实施单位"), (1, 3, unit_name), (4, 1, "项目属性"), (5, 2, "延续项目"))
        rows.add((0, 1, "项目总额"), (1, 3, total), (4, 1, "本年预算"), (5, 2, yr))
        rows.add((0, 1, "其中:财政拨款"), (1, 3, fiscal), (4, 1, "上年结转"), (5, 2, carried))
        rows.add((0, 1, "绩效目标"), (1, 6, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                     "计量单位", "权重"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"部门名称：{dept}",
                             unit_raw="金额单位：元"), fresh_page=k % 2 == 0, gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=total, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南


def layout_hun_cz_self_evals_ministry_money_columns(folder: Path, name: str) -> FileGold:
    dept = "郴州市北湖区人力资源和社会保障局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("就业见习补贴", "郴州市北湖区就业服务中心",
         ("150.00", "168.00", "160.50"), ("150.00", "168.00", "160.50"), ("/", "/", "/"), ("", "", ""),
         ("组织离校未就业高校毕业生参加就业见习，提升就业能力。", "组织见习612人，留用率52%。"), [
             Ind("产出指标", "数量指标", "见习人数", "≥600人", (">=", 600, "人"), "20", "612人", "20"),
             Ind("产出指标", "质量指标", "见习补贴发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "补贴资金拨付方式", "按季度拨付", Q, "10", "按季度拨付", "10"),
             Ind("效益指标", "社会效益指标", "见习期满留用率", "≥50%", (">=", 50, "%"), "20", "52%", "20"),
             Ind("效益指标", "可持续影响指标", "见习基地数量", "稳中有增", Q, "10", "新增4家", "10"),
             Ind("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", (">=", 90, "%"), "15", "88%", "13",
                 "部分见习岗位专业匹配度不高；下年度扩大岗位征集"),
         ], "优秀", "优"),
        ("职业技能提升培训", "郴州市北湖区职业技能鉴定中心",
         ("320.00", "300.00", "261.30"), ("280.00", "260.00", "230.20"), ("—", "—", "—"), ("40.00", "40.00", "31.10"),
         ("开展重点群体职业技能培训，取证率不低于80%。", "培训4,120人次，取证率76%。"), [
             Ind("产出指标", "数量指标", "补贴性职业技能培训人次", "≥4000人次", (">=", 4000, "人次"), "20", "4120人次", "20"),
             Ind("产出指标", "质量指标", "培训合格取证率", "≥80%", (">=", 80, "%"), "20", "76%", "16",
                 "部分工种鉴定延至次年；加强培训过程管理"),
             Ind("产出指标", "成本指标", "人均培训补贴", "≤1500元", ("<=", 1500, "元"), "10", "1420元", "10"),
             Ind("效益指标", "社会效益指标", "培训后就业率", "≥60%", (">=", 60, "%"), "20", "58%", "17",
                 "就业跟踪服务不足；建立跟踪回访台账"),
             Ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
         ], "良好", "良"),
    ]
    widths = [36, 46, 56, 84, 56, 56, 34, 48, 79]
    for project, unit_name, total, fiscal, carried, other, goal, inds, grade_txt, grade in projects:
        rate, rate_txt, exact = _rate_score(total[1], total[2])
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金（万元）")
        for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 2 + k, 1, 1, head)
        lines = (("年度资金总额", *total, "10", rate, rate_txt),
                 ("其中：当年财政拨款", *fiscal, "—", "—", "—"),
                 ("上年结转资金", *carried, "—", "—", "—"),
                 ("其他资金", *other, "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            for j, v in enumerate(line):
                rows.put(r + k, 2 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        total_score = _total(exact, inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total_score:.2f}"), (8, 1, ""))
        rows.add((0, 6, "自评等级"), (6, 3, grade_txt))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", total[1], total[2], total_score, grade)
        doc.gold.project(project, "万元", year=total[1], fiscal=fiscal[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西


def layout_jx_gz_accounts_dept_self_eval_stacked_pairs(folder: Path, name: str) -> FileGold:
    dept = "信丰县水利局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,946.18"), ("二、政府性基金预算财政拨款收入", "310.00")],
                    [("一、农林水支出", "3,102.66"), ("二、社会保障和就业支出", "153.52")])
    inds = [
        Ind("产出指标", "数量指标", "水利工程日常巡查次数", "≥48次", (">=", 48, "次"), "10", "52次", "10"),
        Ind("产出指标", "数量指标", "农村饮水安全工程维修养护处数", "≥120处", (">=", 120, "处"), "10", "126处", "10"),
        Ind("产出指标", "质量指标", "水库安全度汛", "无垮坝事故", Q, "15", "无垮坝事故", "15"),
        Ind("产出指标", "时效指标", "汛前检查完成时间", "2024年4月底前", (None, None, None), "10", "4月25日完成", "10"),
        Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", (">=", 92, "%"), "15", "92.6%", "15"),
        Ind("效益指标", "生态效益指标", "水土流失治理面积", "≥18平方公里", (">=", 18, "平方公里"), "10", "16.5平方公里", "8",
            "部分治理项目受雨季影响延期"),
        Ind("效益指标", "可持续影响指标", "河湖长制工作机制", "持续完善", Q, "10", "持续完善", "10"),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ]
    rate, rate_txt, exact = _rate_score("3,380.00", "3,256.18")
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "年度预算资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 1 + k if k == 0 else 2 + k, 1, 2 if k == 0 else 1, head)
    for k, line in enumerate((("年度资金总额", "3,050.00", "3,380.00", "3,256.18", "10", rate, rate_txt),
                              ("其中：基本支出", "1,218.40", "1,262.50", "1,262.50", "—", "—", "—"),
                              ("　　　项目支出", "1,831.60", "2,117.50", "1,993.68", "—", "—", "—")), 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 4, "预期目标：保障水利工程安全运行和农村饮水安全，推进水土保持和河湖管护。"),
             (5, 4, "实际完成情况：全县水库安全度汛，农村自来水普及率达到92.6%。"))
    rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分"))], (7, 2, "偏差原因及改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 2, i.note)])
    dept_total = _total(exact, inds)
    rows.add((0, 5, "总  分"), (5, 1, "100"), (6, 1, f"{dept_total:.2f}"), (7, 2, "自评等级：优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 54, 80, 62, 62, 62, 36, 40, 49], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "3,380.00", "3,256.18", dept_total, "优")

    project = "小型水库除险加固"
    pinds = [
        Ind("产出指标", "数量指标", "除险加固小型水库座数", "8座", ("=", 8, "座"), "20", "8座", "20"),
        Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
        Ind("产出指标", "时效指标", "主体工程完工时间", "2024年5月底前", (None, None, None), "10", "2024年6月10日", "8",
            "个别工程受降雨影响延后"),
        Ind("效益指标", "社会效益指标", "下游受益人口", "≥2.3万人", (">=", 2.3, "万人"), "20", "2.4万人", "20"),
        Ind("效益指标", "可持续影响指标", "工程设计使用年限", "≥30年", (">=", 30, "年"), "10", "30年", "10"),
        Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "95%", "10"),
    ]
    rate, rate_txt, exact = _rate_score("1,120.00", "1,085.40")
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, "信丰县水利工程建设管理站"))
    for label, value in (("年初预算数（万元）", "1,000.00"), ("全年预算数（万元）", "1,120.00"),
                         ("全年执行数（万元）", "1,085.40")):
        rows.add((0, 2, label), (2, 6, value))
    rows.add((0, 2, "预算执行率"), (2, 2, rate), (4, 1, "分值"), (5, 1, "10"), (6, 1, "得分"), (7, 1, rate_txt))
    rows.add((0, 2, "年度绩效目标"), (2, 6, "完成8座小型水库除险加固，消除病险隐患。"))
    rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    ptotal = _total(exact, pinds)
    rows.add((0, 5, "自评总分"), (5, 1, "100"), (6, 1, f"{ptotal:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 56, 90, 62, 62, 34, 40, 95], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="", kind="performance_self_evaluation"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", "1,120.00", "1,085.40", ptotal, "优")
    doc.gold.project(project, "万元", year="1,120.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川


def layout_sc_my_budget_landscape_list_merged_money(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "5,212.60"), ("二、事业收入", "96.00")],
                  [("交通运输支出", "5,028.40"), ("城乡社区支出", "280.20")])
    projects = [
        ("农村公路养护", ("1,860.00", "1,860.00", "—"), "完成全区农村公路日常养护，优良中等路率不低于85%。", [
            Ind("产出指标", "数量指标", "农村公路日常养护里程", "≥1120公里", (">=", 1120, "公里")),
            Ind("产出指标", "质量指标", "农村公路优良中等路率", "≥85%", (">=", 85, "%")),
            Ind("产出指标", "成本指标", "每公里年均养护成本", "≤1.66万元", ("<=", 1.66, "万元")),
            Ind("效益指标", "社会效益指标", "农村群众出行条件", "持续改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("城乡客运公交运营补贴", ("1,250.00", "1,180.00", "70.00"), "保障城乡客运公交稳定运营，建制村通客车率保持100%。", [
            Ind("产出指标", "数量指标", "城乡公交运营线路", "≥46条", (">=", 46, "条")),
            Ind("产出指标", "数量指标", "年客运量", "≥1800万人次", (">=", 1800, "万人次")),
            Ind("产出指标", "质量指标", "建制村通客车率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "补贴资金拨付时间", "2025年12月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "公交出行分担率", "较上年提高", Q),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("交通运输执法装备购置", ("146.50", "146.50", "0"), "配备执法记录仪、执法车辆等装备，提升执法规范化水平。", [
            Ind("产出指标", "数量指标", "执法记录仪购置数量", "60台", ("=", 60, "台")),
            Ind("产出指标", "数量指标", "执法车辆更新数量", "3辆", ("=", 3, "辆")),
            Ind("产出指标", "质量指标", "装备验收合格率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "执法全过程记录覆盖率", "≥95%", (">=", 95, "%")),
            Ind("满意度指标", "服务对象满意度指标", "执法相对人满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("道路运输安全监管", ("88.00", "62.00", "26.00"), "开展道路运输企业安全检查，重大事故零发生。", [
            Ind("产出指标", "数量指标", "运输企业安全检查户次", "≥260户次", (">=", 260, "户次")),
            Ind("产出指标", "质量指标", "安全隐患整改率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "道路运输较大以上安全事故", "0起", ("=", 0, "起")),
            Ind("效益指标", "可持续影响指标", "企业安全生产主体责任", "有效落实", Q),
            Ind("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 3, "项目资金（万元）")
    for c, head in ((4, "年度绩效目标"), (5, "一级指标"), (6, "二级指标"), (7, "三级指标"), (8, "指标值")):
        rows.put(0, c, 2, 1, head)
    for c, head in ((1, "合计"), (2, "财政拨款"), (3, "其他资金")):
        rows.put(1, c, 1, 1, head)
    for project, money, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        rows.put(r0, 0, len(inds), 1, project)
        for k, v in enumerate(money):
            rows.put(r0, 1 + k, len(inds), 1, v)
        rows.put(r0, 4, len(inds), 1, goal)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    doc.pages.grid(_spec(rows.cells, rows.n, [110, 56, 56, 50, 150, 60, 72, 108, 80], title=f"{year}年项目支出绩效目标表",
                         editor=f"部门（单位）：{dept}", unit_raw="单位：万元", landscape=True),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆


def layout_cq_yb_dept_wide_tasks_then_stacked_money(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体及项目支出绩效目标", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥9800人", (">=", 9800, "人")),
        Ind("产出指标", "数量指标", "社区养老服务站点数", "≥120个", (">=", 120, "个")),
        Ind("产出指标", "质量指标", "低保资金发放准确率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日")),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q),
        Ind("效益指标", "社会效益指标", "养老机构护理型床位占比", "不低于55%", (">=", 55, "%")),
        Ind("效益指标", "可持续影响指标", "社会救助兜底保障机制", "持续健全", Q),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金(万元)")
    rows.put(r, 1, 1, 2, "资金总额")
    rows.put(r, 3, 1, 1, "财政拨款")
    rows.put(r, 4, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 2, "26,480.35")
    rows.put(r + 1, 3, 1, 1, "26,102.35")
    rows.put(r + 1, 4, 1, 2, "378.00")
    tasks = (("社会救助", "城乡低保、特困供养、临时救助资金发放", "18,620.00"),
             ("养老服务", "社区养老服务站点运营补贴和高龄津贴发放", "5,310.50"),
             ("基层治理和社会事务", "社区治理、婚姻登记、殡葬管理", "2,549.85"))
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额")
    for k, (task, content, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 3, content)
        rows.put(r + k, 5, 1, 1, amount)
    rows.add((0, 1, "年度总体目标"), (1, 5, "兜牢民生底线，提升养老服务水平，推进基层治理和社会事务管理规范化。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 90, 90, 80, 85], title=f"{year}年部门整体支出绩效目标表",
                         unit_raw="", kind="department_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    projects = [
        ("高龄失能老年人养老服务补贴", "重庆市渝北区养老服务指导中心", ("1,460.00", "1,460.00", "—", "/"),
         "按月足额发放高龄津贴和失能老年人护理补贴。", [
             Ind("产出指标", "数量指标", "补贴发放人数", "≥2.1万人", (">=", 2.1, "万人")),
             Ind("产出指标", "质量指标", "补贴对象认定准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "补贴按月发放率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "高龄失能老年人生活质量", "有所提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("社区治理创新试点", "重庆市渝北区民政局", ("320.00", "275.00", "—", "45.00"),
         "在试点社区推行“三事分流”治理机制，提升居民参与度。", [
             Ind("产出指标", "数量指标", "试点社区数量", "15个", ("=", 15, "个")),
             Ind("产出指标", "质量指标", "居民议事会规范运行率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "成本指标", "单个试点社区补助", "≤20万元", ("<=", 20, "万元")),
             Ind("效益指标", "社会效益指标", "居民参与社区事务比例", "稳步提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    for project, unit_name, (yr, fiscal, other, carried), goal, pinds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金\n（万元）")
        for k, (label, value) in enumerate((("年度资金总额：", yr), ("其中：财政资金", fiscal), ("其他资金", other),
                                            ("上年结转", carried))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, value)
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 90, 90, 80, 85], title=f"{year}年项目支出绩效目标表",
                             unit_raw=""), fresh_page=True)
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=None if carried == "/" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州


def layout_gz_zy_self_evals_yuan_pairs_no_level1(folder: Path, name: str) -> FileGold:
    dept = "遵义市汇川区文体旅游局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    projects = [
        ("公共文化场馆免费开放", "遵义市汇川区文化馆",
         ("1,250,000.00", "1,320,000.00", "1,288,320.00"),
         "保障文化馆、图书馆、美术馆免费开放，全年开展群众文化活动不少于120场。",
         "三馆全年免费开放，开展群众文化活动136场，接待群众32.6万人次。", [
             Ind(None, "数量指标", "群众文化活动场次", "≥120场", (">=", 120, "场"), "20", "136场", "20"),
             Ind(None, "数量指标", "年接待群众人次", "≥30万人次", (">=", 30, "万人次"), "15", "32.6万人次", "15"),
             Ind(None, "质量指标", "场馆年开放天数", "≥300天", (">=", 300, "天"), "15", "306天", "15"),
             Ind(None, "社会效益指标", "群众文化获得感", "明显增强", Q, "20", "明显增强", "18", "活动形式需进一步丰富"),
             Ind(None, "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "20", "94%", "20"),
         ], "良"),
        ("全民健身赛事活动", "遵义市汇川区体育事业发展中心",
         ("600,000.00", "560,000.00", "498,960.00"),
         "举办全民健身赛事，带动群众参与体育锻炼。",
         "举办赛事14项，参赛群众1.1万人次，部分赛事因场地调整取消。", [
             Ind(None, "数量指标", "举办全民健身赛事项数", "≥16项", (">=", 16, "项"), "20", "14项", "17",
                 "2项赛事因场地改造取消"),
             Ind(None, "数量指标", "参赛群众人次", "≥1万人次", (">=", 1, "万人次"), "15", "1.1万人次", "15"),
             Ind(None, "质量指标", "赛事安全事故发生率", "0", ("=", 0, None), "15", "0", "15"),
             Ind(None, "成本指标", "单项赛事平均成本", "≤3.5万元", ("<=", 3.5, "万元"), "10", "3.56万元", "9",
                 "物价上涨致成本略超"),
             Ind(None, "社会效益指标", "经常参加体育锻炼人数比例", "≥40%", (">=", 40, "%"), "20", "41%", "20"),
             Ind(None, "服务对象满意度指标", "参赛群众满意度", "≥85%", (">=", 85, "%"), "10", "90%", "10"),
         ], "良"),
    ]
    widths = [70, 110, 70, 70, 45, 45, 85]
    for project, unit_name, (initial, budget, executed), goal, done, inds, grade in projects:
        rate, rate_txt, exact = _rate_score(budget, executed)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 3, unit_name))
        rows.add((0, 2, "年初预算数（元）"), (2, 2, initial), (4, 2, "全年预算数（元）"), (6, 1, budget))
        rows.add((0, 2, "全年执行数（元）"), (2, 2, executed), (4, 2, "预算执行率"), (6, 1, rate))
        rows.add((0, 2, "执行率分值"), (2, 2, "10"), (4, 2, "执行率得分"), (6, 1, rate_txt))
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add((0, 1, "全年实际完成情况"), (1, 6, done))
        rows.add(*[(c, 1, t) for c, t in enumerate(("二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分",
                                                     "未完成原因及改进措施"))])
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                                   (5, 1, i.score), (6, 1, i.note)])
        total = _total(exact, inds)
        rows.add((0, 2, "自评得分"), (2, 2, f"{total:.2f}"), (4, 2, "自评等级"), (6, 1, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位（盖章）：{unit_name}", unit_raw="", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃


def layout_gs_lz_short_forms_unit_in_money_heads(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("食品安全抽检监测", ("186.00", "186.00", "—", "0"), "完成年度食品安全监督抽检任务，问题产品核查处置率100%。", [
            Ind("产出指标", "数量指标", "食品安全监督抽检批次", ("≥", "2400", "批次"), (">=", 2400, "批次"), "25"),
            Ind("产出指标", "质量指标", "不合格食品核查处置率", ("＝", "100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "抽检结果公布时限", ("≤", "20", "个工作日"), ("<=", 20, "个工作日"), "15"),
            Ind("效益指标", "社会效益指标", "区域性系统性食品安全风险", ("定性", "不发生", ""), Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "公众食品安全满意度", ("≥", "80", "%"), (">=", 80, "%"), "15"),
        ]),
        ("特种设备安全监察", ("72.50", "60.00", "12.50", ""), "开展特种设备安全监督检查，事故率低于控制指标。", [
            Ind("产出指标", "数量指标", "特种设备监督检查台次", ("≥", "1800", "台次"), (">=", 1800, "台次"), "25"),
            Ind("产出指标", "质量指标", "检查发现隐患整改率", ("≥", "98", "%"), (">=", 98, "%"), "20"),
            Ind("效益指标", "社会效益指标", "万台特种设备死亡率", ("＜", "0.3", ""), ("<", 0.3, None), "25"),
            Ind("效益指标", "可持续影响指标", "电梯应急处置平台覆盖率", ("≥", "95", "%"), (">=", 95, "%"), "15"),
            Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", ("≥", "85", "%"), (">=", 85, "%"), "15"),
        ]),
        ("12315投诉举报处置", ("45.00", "45.00", "—", "0"), "及时受理处置消费投诉举报，为消费者挽回经济损失。", [
            Ind("产出指标", "数量指标", "受理投诉举报件数", ("≥", "9000", "件"), (">=", 9000, "件"), "20"),
            Ind("产出指标", "时效指标", "投诉举报按时办结率", ("≥", "98", "%"), (">=", 98, "%"), "20"),
            Ind("产出指标", "成本指标", "平台运维费用", ("≤", "12", "万元"), ("<=", 12, "万元"), "15"),
            Ind("效益指标", "经济效益指标", "为消费者挽回经济损失", ("＞", "300", "万元"), (">", 300, "万元"), "25"),
            Ind("满意度指标", "服务对象满意度指标", "投诉人满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
        ]),
    ]
    widths = [56, 60, 100, 48, 50, 50, 40, 91]
    for k, (project, (yr, fiscal, carried, other), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "项目类型"), (6, 2, "延续性项目"))
        rows.add((0, 2, "实施单位"), (2, 6, dept))
        rows.add((0, 2, "资金总额（万元）"), (2, 1, "财政拨款（万元）"), (3, 2, "上年结转（万元）"), (5, 3, "其他资金（万元）"))
        rows.add((0, 2, yr), (2, 1, fiscal), (3, 2, carried), (5, 3, other))
        rows.add((0, 2, "年度绩效目标"), (2, 6, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                                     "权重(%)", "指标解释"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表" if k == 0 else "",
                             editor=f"单位：{dept}" if k == 0 else "", unit_raw=None), fresh_page=k == 0, gap=24)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏


def layout_nx_yc_budget_income_source_lines(folder: Path, name: str) -> FileGold:
    dept = "银川市兴庆区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "3,420.00"), ("二、政府性基金预算拨款收入", "200.00"),
                                    ("三、事业收入", "60.00")],
                  [("城乡社区支出", "3,380.00"), ("住房保障支出", "300.00")])
    lines_of = ("合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "地方政府专项债券", "事业收入", "上年结转")
    projects = [
        ("保障性租赁住房运营补助", ("620.00", "420.00", "200.00", "", "—", "0.00"), ("620.00", "620.00", "0.00"),
         "对保障性租赁住房运营主体给予补助，稳定租金水平。", [
             Ind("产出指标", "数量指标", "补助保障性租赁住房套数", "≥1500套", (">=", 1500, "套")),
             Ind("产出指标", "质量指标", "租金低于同地段市场租金比例", "≥10%", (">=", 10, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "≤30天", ("<=", 30, "天")),
             Ind("效益指标", "社会效益指标", "新市民青年人住房困难", "有效缓解", Q),
             Ind("满意度指标", "服务对象满意度指标", "承租人满意度", "≥88%", (">=", 88, "%")),
         ]),
        ("城市地下管网更新改造", ("2,350.00", "350.00", "", "2,000.00", "—", "—"), ("2,350.00", "350.00", None),
         "更新改造老化燃气、供排水管网，消除安全隐患。", [
             Ind("产出指标", "数量指标", "更新改造管网长度", "≥42公里", (">=", 42, "公里")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度改造任务完成时间", "2025年11月30日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "管网事故发生率", "同比下降", Q),
             Ind("效益指标", "可持续影响指标", "管网设计使用年限", "≥30年", (">=", 30, "年")),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("老旧小区改造配套", ("980.00", "780.00", "", "", "", "200.00"), ("980.00", "780.00", "200.00"),
         "完成老旧小区配套设施改造，改善居民居住条件。", [
             Ind("产出指标", "数量指标", "改造老旧小区个数", "16个", ("=", 16, "个")),
             Ind("产出指标", "数量指标", "惠及居民户数", "≥3200户", (">=", 3200, "户")),
             Ind("产出指标", "成本指标", "户均改造成本", "≤3万元", ("<=", 3, "万元")),
             Ind("效益指标", "社会效益指标", "小区居住环境", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [64, 60, 60, 60, 64, 60, 60, 67]
    for project, amounts, (yr, fiscal, carried), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "项目单位"), (1, 4, dept), (5, 1, "项目期限"), (6, 2, "1年"))
        r = rows.n
        rows.put(r, 0, len(lines_of) + 1, 1, "项目资金\n（万元）")
        rows.put(r, 1, 1, 4, "资金来源")
        rows.put(r, 5, 1, 3, "金额")
        for k, (label, value) in enumerate(zip(lines_of, amounts), 1):
            rows.put(r + k, 1, 1, 4, label)
            rows.put(r + k, 5, 1, 3, value)
        rows.add((0, 1, "年度目标"), (1, 7, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 2, "指标值"), (7, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 2, i.raw), (7, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"编制单位：{dept}",
                             unit_raw=""), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西


def layout_sx_ty_multi_year_three_row_money_heads(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("义务教育学校薄弱环节改善", "2024-2026年", ("3,200.00", "1,150.00", "1,000.00", "150.00", "—"),
         "改善义务教育学校办学条件，三年内完成24所学校薄弱环节改造。", [
             Ind("产出指标", "数量指标", "改造学校数量", "9所", ("=", 9, "所"), period="24所"),
             Ind("产出指标", "数量指标", "新增学位数", "≥1350个", (">=", 1350, "个"), period="≥3600个"),
             Ind("产出指标", "质量指标", "工程质量验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "当年改造项目完工率", "≥90%", (">=", 90, "%"), period="100%"),
             Ind("效益指标", "社会效益指标", "大班额比例", "≤5%", ("<=", 5, "%"), period="0"),
             Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
        ("中小学智慧校园建设", "2025-2026年", ("860.00", "500.00", "380.00", "0.00", "120.00"),
         "建设智慧校园基础环境，推进信息技术与教育教学融合。", [
             Ind("产出指标", "数量指标", "智慧教室建设间数", "≥80间", (">=", 80, "间"), period="≥150间"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "成本指标", "每间智慧教室建设成本", "≤6万元", ("<=", 6, "万元"), period="≤6万元"),
             Ind("效益指标", "社会效益指标", "教师信息化教学应用率", "≥85%", (">=", 85, "%"), period="≥95%"),
             Ind("效益指标", "可持续影响指标", "设备运维保障机制", "建立", Q, period="健全"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
    ]
    widths = [62, 60, 60, 60, 60, 60, 60, 73]
    for project, period, (total, yr, fiscal, other, carried), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施期限"), (5, 3, period))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金（万元）")
        rows.put(r, 1, 2, 2, "项目总额")
        rows.put(r, 3, 1, 3, "本年度资金")
        rows.put(r, 6, 2, 2, "上年结转")
        for c, head in ((3, "合计"), (4, "财政拨款"), (5, "其他资金")):
            rows.put(r + 1, c, 1, 1, head)
        for c, cs, v in ((1, 2, total), (3, 1, yr), (4, 1, fiscal), (5, 1, other), (6, 2, carried)):
            rows.put(r + 2, c, 1, cs, v)
        rows.add((0, 1, "总体目标"), (1, 7, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "实施期指标值"), (6, 2, "年度指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.period or ""), (6, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位名称：{dept}",
                             unit_raw=""), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海


def layout_qh_xn_long_form_unit_in_cells_basis(folder: Path, name: str) -> FileGold:
    dept = "西宁市城中区生态环境局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    project = "大气污染防治综合治理"
    basis = "依据《西宁市空气质量持续改善行动实施方案》及年度目标责任书，数据来源于生态环境部门监测统计"
    inds = [
        Ind("产出指标", "数量指标", "燃煤散烧治理户数", "≥1200户", (">=", 1200, "户"), note=basis),
        Ind("产出指标", "数量指标", "餐饮油烟净化设施安装户数", "≥300户", (">=", 300, "户"), note="依据年度工作计划，数据来源于项目验收台账"),
        Ind("产出指标", "数量指标", "扬尘污染专项检查次数", "≥60次", (">=", 60, "次"), note="依据扬尘治理工作方案，数据来源于检查记录"),
        Ind("产出指标", "数量指标", "机动车尾气遥感监测点位", "6个", ("=", 6, "个"), note="依据监测网络建设规划"),
        Ind("产出指标", "数量指标", "大气污染防治宣传活动场次", "≥12场", (">=", 12, "场"),
            note="依据年度宣传工作计划，每月不少于1场，数据来源于活动记录及影像资料"),
        Ind("产出指标", "质量指标", "治理设施验收合格率", "100%", ("=", 100, "%"), note="依据验收规范，数据来源于验收报告"),
        Ind("产出指标", "质量指标", "监测数据有效率", "≥90%", (">=", 90, "%"), note="依据环境空气质量监测技术规范"),
        Ind("产出指标", "时效指标", "治理任务完成时间", "2025年10月底前", (None, None, None), note="供暖季开始前完成"),
        Ind("产出指标", "成本指标", "户均燃煤散烧治理补助", "0.8～1.2万元", ("range", 0.8, "万元", 1.2),
            note="依据区级补助标准，按改造方式分档"),
        Ind("效益指标", "生态效益指标", "空气质量优良天数比例", "≥88%", (">=", 88, "%"), note=basis),
        Ind("效益指标", "生态效益指标", "细颗粒物（PM2.5）年均浓度", "≤30微克/立方米", ("<=", 30, "微克/立方米"),
            note="依据省级下达的年度考核目标"),
        Ind("效益指标", "生态效益指标", "重污染天气天数", "≤3天", ("<=", 3, "天"),
            note="依据省市下达的重污染天气削减目标，数据来源于国控、省控空气自动监测站"),
        Ind("效益指标", "社会效益指标", "群众大气环境投诉数量", "同比下降", Q, note="数据来源于12345热线和信访记录"),
        Ind("效益指标", "社会效益指标", "公众生态环境保护意识", "明显增强", Q,
            note="依据宣传覆盖面和问卷调查结果综合判断"),
        Ind("效益指标", "可持续影响指标", "大气污染联防联控机制", "持续有效运行", Q, note="依据区域联防联控工作制度"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "85%-95%", ("range", 85, "%", 95),
            note="第三方抽样调查，样本不少于500份"),
        Ind("满意度指标", "服务对象满意度指标", "治理户满意度", "≥90%", (">=", 90, "%"), note="入户回访"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目编码"), (6, 2, "63010325T000000108"))
    rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 1, "实施单位"), (6, 2, dept))
    rows.add((0, 1, "项目类别"), (1, 4, "特定目标类项目"), (5, 1, "实施期限"), (6, 2, "2025年"))
    rows.add((0, 1, "年度资金总额"), (1, 4, "185.60万元"), (5, 1, "其中：财政拨款"), (6, 2, "185.60万元"))
    rows.add((0, 1, "上年结转"), (1, 4, "—"), (5, 1, "其他资金"), (6, 2, "0.00万元"))
    rows.add((0, 1, "立项依据"), (1, 7, "《中华人民共和国大气污染防治法》《青海省大气污染防治条例》及区委区政府年度重点工作安排。"))
    rows.add((0, 1, "项目概况"), (1, 7, "城中区地处西宁市主城区南部，冬季供暖期长，燃煤散烧、餐饮油烟和施工扬尘是影响辖区"
                                          "空气质量的主要因素。近年来通过清洁能源替代和精细化管控，空气质量持续改善，但城中村"
                                          "及城乡结合部燃煤散烧问题仍较突出，餐饮油烟投诉占比较高，需持续加大治理力度。"))
    rows.add((0, 1, "主要实施内容"), (1, 7, "一是对城中村、城乡结合部燃煤散烧户实施清洁能源替代改造；二是督促餐饮服务单位安装"
                                            "油烟净化设施并定期清洗；三是开展建筑工地、道路扬尘专项检查；四是建设机动车尾气"
                                            "遥感监测点位，完善大气环境监测网络；五是开展大气污染防治宣传和第三方满意度调查。"))
    rows.add((0, 1, "年度绩效目标"), (1, 7, "完成燃煤散烧、餐饮油烟、扬尘污染等治理任务，空气质量优良天数比例不低于88%。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"),
                    (5, 3, "指标值设定依据及数据来源"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 3, i.note)])
    rows.add((0, 8, "填报说明：1.指标值按年度目标填写；2.定性指标以“明显增强”“持续有效运行”等表述；"
                    "3.指标值设定依据应注明政策文件或历史数据来源。"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 62, 60, 62, 80, 58, 52, 65], title=f"{year}年项目支出绩效目标表",
                         editor=f"单位：{dept}", unit_raw=""), repeat=(head, 1), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", code="63010325T000000108", year="185.60", fiscal="185.60")
    return doc.save(folder)


BLIND42: dict[str, Builder] = {
    "hen_zz_budget_spaced_labels_source_heads": layout_hen_zz_budget_spaced_labels_source_heads,
    "hub_yc_budget_two_forms_a_page_yuan_direction": layout_hub_yc_budget_two_forms_a_page_yuan_direction,
    "hun_cz_self_evals_ministry_money_columns": layout_hun_cz_self_evals_ministry_money_columns,
    "jx_gz_accounts_dept_self_eval_stacked_pairs": layout_jx_gz_accounts_dept_self_eval_stacked_pairs,
    "sc_my_budget_landscape_list_merged_money": layout_sc_my_budget_landscape_list_merged_money,
    "cq_yb_dept_wide_tasks_then_stacked_money": layout_cq_yb_dept_wide_tasks_then_stacked_money,
    "gz_zy_self_evals_yuan_pairs_no_level1": layout_gz_zy_self_evals_yuan_pairs_no_level1,
    "gs_lz_short_forms_unit_in_money_heads": layout_gs_lz_short_forms_unit_in_money_heads,
    "nx_yc_budget_income_source_lines": layout_nx_yc_budget_income_source_lines,
    "sx_ty_multi_year_three_row_money_heads": layout_sx_ty_multi_year_three_row_money_heads,
    "qh_xn_long_form_unit_in_cells_basis": layout_qh_xn_long_form_unit_in_cells_basis,
}
SETS: dict[str, dict[str, Builder]] = {"blind42": BLIND42}


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
    """Write every layout of ``which`` ("blind42") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
