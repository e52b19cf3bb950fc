"""BLIND22 performance forms: eleven layouts as a 吉林 city bureau, a 河北 town, a 江西 district,
a 山西 city hospital, a 广东 street office, a 四川 district, a 湖北 county, a 浙江 city bureau, a
福建 town, a 贵州 county-level city and a 辽宁 district's disease-control centre print their
项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效表 lists, 项目支出绩效自评表 and
部门整体支出绩效自评表, written by an author who had read neither the form reader nor the earlier
blind sets (only the gold helpers and page composer of ``form_layouts``, the gold conventions of
BLIND9's docstring and the real disclosures). Each layout writes one PDF and its gold in the
format of ``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind``
and ``FileGold``, never by the normalizers.

jl_jl_water_budget_source_income_lines  吉林 吉林市水利局 (市直) 部门预算: budget tables, then one
        项目支出绩效目标表 per project whose money is a 资金来源（万元） list merged down the left
        (合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 专项债券资金 | 上年结转), one
        财政拨款 line printing no amount; grid 一级 | 二级 | 三级 | 指标方向 | 指标值 | 计量单位 | 备注
heb_bd_town_stacked_forms_heads_row_no_level1  河北 保定 a 镇人民政府: three short forms stacked
        down the pages (two a page), money heads in one row (项目名称 | 实施单位 | 年度资金总额 |
        其中：财政资金 | 上年结转) with the values in the row below, no 一级 column, 权重（%）
jx_jdz_district_accounts_self_evals_reason_measure  江西 景德镇 district 部门决算: accounts tables,
        then a 部门整体支出绩效自评表 (资金情况 rows 年度资金总额 / 其中：基本支出 / 项目支出 under
        年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分) and a 项目支出绩效自评表, 偏差 split
        into 偏差原因 | 改进措施, grade words 优秀 / 良好
sx_cz_hospital_landscape_list_public_budget_heads  山西 长治 a city hospital (事业单位) 单位预算
        list on landscape pages: 项目名称 | 年度预算（万元） over 合计 | 一般公共预算 | 事业收入 |
        年度绩效目标 | 一级 | 二级 | 三级 | 指标值 | 权重, two-row header repeated, project cells
        merged and cut by the page break
gd_zh_street_dept_wide_three_row_grid_head  广东 珠海 a 街道办事处 部门整体支出绩效目标表:
        部门预算资金 heads (合计 | 财政拨款 | 其他资金), a three-row grid head (绩效指标 | 年度目标值
        over 指标值 (符号 | 数值) and 计量单位 | 权重（%）), 定性 in the 符号 column
sc_nc_district_budget_yuan_total_and_year_pairs  四川 南充 district 部门预算: budget tables, then
        forms in 元 with separators, money as label | value pairs (项目总金额（元） | 本年度资金（元） /
        本年度资金中：财政拨款 | 上年结转), 一级 repeated on every row, 二级 merged, targets written
        in words, a long form over the page break with its grid head repeated
hub_xn_county_self_evals_value_unit_columns  湖北 咸宁 county 项目支出绩效自评表: money rows
        年度资金总额 / 其中：财政拨款 / 其他资金 under 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
        得分, 年度指标值 and 单位 in two columns, 实际完成值 with its unit, 总分, 自评等级
zj_tz_culture_budget_performance_list_then_grid  浙江 台州 市级 bureau 部门预算: budget tables, a
        项目支出绩效表 (单位名称 | 项目名称 | 金额 | 项目总体绩效目标, 合计 first) of four projects,
        then one 项目绩效指标表 for two of them (项目名称 merged down | 一级 | 二级 | 三级 | 指标值),
        targets in words (不低于 / 不高于 / 达到 / 不少于)
fj_ly_town_long_form_period_and_year_no_repeat  福建 龙岩 a 镇人民政府: one long form over two
        pages with no repeated head, money under 实施期资金总额 | 年度资金总额 (资金总额 / 其中：
        财政资金 / 其他资金), 实施期目标 | 年度目标, grid 实施期指标值 | 年度指标值 | 指标解释
gz_ps_city_accounts_self_evals_no_level2  贵州 盘州市 (county-level) 部门决算: accounts tables, then
        project self evaluations whose money is one row of label | value pairs (全年预算数（万元） |
        全年执行数（万元） | 执行率 | 得分), grid 一级 | 三级 (no 二级) | 年度指标值 | 实际完成值 | 分值
        | 得分 | 偏差原因, 自评等级 printed as a word
ln_fx_cdc_landscape_weighted_levels_words  辽宁 阜新 a district's 疾病预防控制中心 (事业单位):
        landscape forms, money as label | value pairs two to a row (年度资金总额 | 其中：财政资金 /
        上年结转 | 其他资金), 一级 cells carrying their weight, 权重 | 评分标准 columns, comparator words

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "定性明显提升"); an empty unit cell adds nothing. Where a form prints
  实施期指标值 and 年度指标值, the target is the 年度 one.
- ≥ / 不低于 / 不少于 / 达到 read ">="; ≤ / 不高于 / 不超过 read "<="; ＝ / = and a bare figure
  read "="; a state is qualitative. 填报说明 rows are not indicators.
- A project cell cut by a page break belongs to the rows it spans on both pages.
- Money, exactly which printed figure is which:
  total   = 项目总金额 / 实施期资金总额 (the whole life of the project), only where printed;
  year    = 年度资金总额 / 本年度资金 / 合计 of the 资金来源 list / 年度预算 合计 / the 金额 of a
            项目支出绩效表 row / 全年预算数 of a self evaluation;
  fiscal  = 财政拨款 / 财政资金 as printed (年度 column where a form prints both periods); where a
            source list prints lines named …财政拨款收入, the sum of those lines printing an amount;
            sources not named 财政拨款 (一般公共预算 alone, 专项债券资金, 事业收入, 上级补助) are never
            summed into it, and a form whose only source head is 一般公共预算 has no fiscal;
  carried = 上年结转 where it prints an amount; a printed 0.00 (or an empty cell) is no amount.
  A 部门整体 form's money is not a project's: no project row.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or its label | value pair),
  executed = its 全年执行数; score = the printed 总分 / 自评得分; grade as printed, the words
  优秀 / 良好 / 中等 / 较差 read 优 / 良 / 中 / 差.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

SELF_EVAL = "performance_self_evaluation"
DEPT_TARGETS = "dept_performance_targets"


def _front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
           projects: list[tuple[str, str, str]], forms_heading: str) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表, the 项目支出预算表
    (项目名称 | 合计 | 其中：财政拨款) and the heading page of the performance forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}贯彻落实上级关于本领域工作的方针政策和决策部署，承担本级相关行政管理职能。",
        f"二、机构设置。纳入{year}年部门预算编制范围的单位包括部门本级和所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in income)
    basic = (total * Decimal("0.62")).quantize(Decimal("0.01"))
    body = [plain_row([k, v, s, a]) for (k, v), (s, a) in zip(
        income, [("一、基本支出", f"{basic:,.2f}"), ("二、项目支出", f"{total - basic:,.2f}")] + [("", "")] * 6)]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec(f"{year}年部门项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [50, 230, 100, 110],
                              [(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "其中：财政拨款")],
                              1, [plain_row([str(k), p, a, f]) for k, (p, a, f) in enumerate(projects, 1)],
                              ["c", "l", "r", "r"]))
    doc.pages.text_page(forms_heading, [
        f"根据预算绩效管理有关规定，{dept}对{year}年项目支出编制了绩效目标，现予公开。"])


def _rate(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 and its score (10 at most) as printed, and the exact score the 总分 adds."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    exact = min(Decimal(10), e / b * 10)
    return f"{e / b * 100:.2f}%", f"{exact:.2f}", float(exact)


def _total(inds: list[Ind], exact: float) -> float:
    return round(sum(float(i.score) for i in inds) + exact, 2)


# --------------------------------------------------------------------------- 吉林 吉林市 市直


def layout_jl_jl_water_budget_source_income_lines(folder: Path, name: str) -> FileGold:
    dept = "吉林市水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一般公共预算拨款收入", "2,860.40"), ("政府性基金预算拨款收入", "330.00"),
                             ("事业收入", "120.00")],
           [("中小河流治理", "250.00", "150.00"), ("水土保持综合治理", "105.00", "80.00")], "第四部分  项目支出绩效目标表")
    projects = [
        ("中小河流治理", "吉林市水利工程管理中心", [
            ("合计", "250.00"), ("一般公共预算财政拨款收入", "120.00"), ("政府性基金预算财政拨款收入", "30.00"),
            ("专项债券资金", "100.00"), ("上年结转", "0.00")],
         "完成温德河城区段堤防加固和河道清淤，提升河道防洪能力。", [
             Ind("产出指标", "数量指标", "堤防加固长度", ("≥", "4.5", "公里"), (">=", 4.5, "公里")),
             Ind("产出指标", "数量指标", "河道清淤量", ("≥", "12", "万立方米"), (">=", 12, "万立方米")),
             Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "汛前主体工程完工率", ("≥", "90", "%"), (">=", 90, "%")),
             Ind("效益指标", "社会效益指标", "防洪标准", ("≥", "20", "年一遇"), (">=", 20, "年一遇")),
             Ind("效益指标", "生态效益指标", "河道水环境", ("定性", "明显改善", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "沿河居民满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ], ("250.00", "150.00", None)),
        ("水土保持综合治理", "吉林市水土保持工作站", [
            ("合计", "105.00"), ("一般公共预算财政拨款收入", "80.00"), ("政府性基金预算财政拨款收入", ""),
            ("上年结转", "25.00")],
         "治理水土流失面积，减少坡耕地土壤侵蚀。", [
             Ind("产出指标", "数量指标", "治理水土流失面积", ("≥", "18", "平方公里"), (">=", 18, "平方公里")),
             Ind("产出指标", "数量指标", "新修梯田面积", ("≥", "1500", "亩"), (">=", 1500, "亩")),
             Ind("产出指标", "质量指标", "林草措施成活率", ("≥", "85", "%"), (">=", 85, "%")),
             Ind("产出指标", "时效指标", "年度治理任务完成时限", ("≤", "11", "月"), ("<=", 11, "月")),
             Ind("成本指标", "经济成本指标", "单位面积治理成本", ("≤", "5.8", "万元/平方公里"),
                 ("<=", 5.8, "万元/平方公里")),
             Ind("效益指标", "生态效益指标", "年减少土壤流失量", ("≥", "3.2", "万吨"), (">=", 3.2, "万吨")),
             Ind("满意度指标", "服务对象满意度指标", "项目区群众满意度", ("≥", "88", "%"), (">=", 88, "%")),
         ], ("105.00", "80.00", "25.00")),
    ]
    widths = [60, 62, 110, 46, 50, 80, 88]
    for project, unit_name, sources, goal, inds, (yr, fiscal, carried) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 2, "实施单位"), (5, 2, unit_name))
        r = rows.n
        rows.put(r, 0, len(sources), 1, "资金来源（万元）")
        for k, (label, amount) in enumerate(sources):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 3, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                     "计量单位", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 保定 镇


def layout_heb_bd_town_stacked_forms_heads_row_no_level1(folder: Path, name: str) -> FileGold:
    dept = "保定市清苑区冉庄镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("农村人居环境整治", "冉庄镇农业综合服务中心", "68.00", "60.00", "8.00",
         "完成全镇村庄清洁行动和农村厕所改造后续管护，村容村貌持续改善。", [
             Ind(None, "数量指标", "改造农村户厕数", "≥320户", (">=", 320, "户"), "25"),
             Ind(None, "数量指标", "清运生活垃圾量", "≥4800吨", (">=", 4800, "吨"), "20"),
             Ind(None, "质量指标", "垃圾无害化处理率", "100%", ("=", 100, "%"), "20"),
             Ind(None, "社会效益指标", "村容村貌", "持续改善", Q, "20"),
             Ind(None, "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "15"),
         ], ("68.00", "60.00", "8.00")),
        ("高标准农田管护", "冉庄镇农业综合服务中心", "45.50", "45.50", "0.00",
         "做好已建高标准农田设施管护，保障灌溉排水设施正常运行。", [
             Ind(None, "数量指标", "管护高标准农田面积", "≥2.6万亩", (">=", 2.6, "万亩"), "30"),
             Ind(None, "质量指标", "灌排设施完好率", "≥95%", (">=", 95, "%"), "25"),
             Ind(None, "时效指标", "设施损毁修复时限", "≤15天", ("<=", 15, "天"), "15"),
             Ind(None, "经济效益指标", "粮食亩均增产", "≥30公斤", (">=", 30, "公斤"), "20"),
             Ind(None, "服务对象满意度指标", "种植户满意度", "≥90%", (">=", 90, "%"), "10"),
         ], ("45.50", "45.50", None)),
        ("乡村振兴示范村建设", "冉庄镇人民政府", "120.00", "100.00", "",
         "建设2个乡村振兴示范村，完善村内道路、照明和公共服务设施。", [
             Ind(None, "数量指标", "建设示范村数量", "2个", ("=", 2, "个"), "20"),
             Ind(None, "数量指标", "新建村内道路长度", "≥3.5公里", (">=", 3.5, "公里"), "20"),
             Ind(None, "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind(None, "时效指标", "项目完工时间", "≤12月", ("<=", 12, "月"), "10"),
             Ind(None, "社会效益指标", "村民生产生活条件", "明显改善", Q, "20"),
             Ind(None, "服务对象满意度指标", "示范村村民满意度", "≥92%", (">=", 92, "%"), "15"),
         ], ("120.00", "100.00", None)),
    ]
    widths = [120, 116, 90, 90, 80]
    for project, unit_name, total, fiscal_txt, carried_txt, goal, inds, (yr, fiscal, carried) in projects:
        rows = _Rows()
        rows.add(*[(k, 1, t) for k, t in enumerate(("项目名称", "实施单位", "年度资金总额", "其中：财政资金", "上年结转"))])
        rows.add((0, 1, project), (1, 1, unit_name), (2, 1, total), (3, 1, fiscal_txt), (4, 1, carried_txt))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "二级指标"), (1, 1, "三级指标"), (2, 2, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 2, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), gap=26)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 景德镇 区


def _self_eval_reason_measure(doc: FormDoc, project: str | None, head: list[tuple[int, int, str]],
                              money: list[tuple[str, str, str, str]], budget: str, executed: str,
                              goal: tuple[str, str], inds: list[Ind], grade_word: str, title: str) -> float:
    """A self evaluation whose 偏差 is split into 偏差原因 | 改进措施; returns its 总分."""
    rate_txt, rate_score, exact = _rate(budget, executed)
    rows = _Rows()
    rows.add(*head)
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, "资金情况（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 3 + k, 1, 1, h)
    for k, (label, initial, bud, exe) in enumerate(money, 1):
        rows.put(r + k, 1, 1, 2, label)
        for j, v in enumerate((initial, bud, exe)):
            rows.put(r + k, 3 + j, 1, 1, v)
        for j, v in enumerate((rate_txt, "10", rate_score) if k == 1 else ("—", "—", "—")):
            rows.put(r + k, 6 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因", "改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "加强跟踪管理" if i.note else "")])
    total = _total(inds, exact)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, grade_word))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 54, 80, 58, 58, 58, 44, 48, 46], title=title,
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元", kind=SELF_EVAL),
                   fresh_page=True)
    return total


def layout_jx_jdz_district_accounts_self_evals_reason_measure(folder: Path, name: str) -> FileGold:
    dept = "景德镇市珠山区城市管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,780.30"), ("二、其他收入", "91.00")],
                    [("一、城乡社区支出", "2,640.70"), ("二、节能环保支出", "230.60")])
    dept_inds = [
        Ind("产出指标", "数量指标", "道路清扫保洁面积", "≥560万平方米", (">=", 560, "万平方米"), "15", "572万平方米", "15"),
        Ind("产出指标", "数量指标", "违法建设查处宗数", "≥120宗", (">=", 120, "宗"), "10", "134宗", "10"),
        Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "数字城管案件按期结案率", "≥95%", (">=", 95, "%"), "10", "93.6%", "8",
            "部分案件涉及多部门协调"),
        Ind("产出指标", "成本指标", "公用经费控制率", "≤100%", ("<=", 100, "%"), "5", "98.2%", "5"),
        Ind("效益指标", "社会效益指标", "市容环境秩序", "明显改善", Q, "15", "明显改善", "14"),
        Ind("效益指标", "可持续影响指标", "城市管理长效机制", "逐步健全", Q, "10", "基本健全", "9"),
        Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "15", "91.5%", "15"),
    ]
    head = [(0, 1, "部门名称"), (1, 8, dept)]
    money = [("年度资金总额", "2,860.00", "2,945.60", "2,871.30"), ("其中：基本支出", "1,720.00", "1,742.10", "1,742.10"),
             ("项目支出", "1,140.00", "1,203.50", "1,129.20")]
    total = _self_eval_reason_measure(doc, None, head, money, "2,945.60", "2,871.30",
                                      ("保障城市环境卫生和市容秩序，提升城市精细化管理水平。",
                                       "完成道路保洁、违建查处等年度任务，城市面貌持续改善。"),
                                      dept_inds, "优秀", "部门整体支出绩效自评表")
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "2,945.60", "2,871.30", total, "优")
    project = "城市照明设施维护"
    inds = [
        Ind("产出指标", "数量指标", "维护路灯盏数", "≥16000盏", (">=", 16000, "盏"), "20", "16350盏", "20"),
        Ind("产出指标", "质量指标", "路灯亮灯率", "≥98%", (">=", 98, "%"), "15", "97.2%", "12",
            "部分老旧线路故障频发"),
        Ind("产出指标", "时效指标", "故障修复时限", "≤24小时", ("<=", 24, "小时"), "15", "20小时", "15"),
        Ind("产出指标", "成本指标", "单灯年维护成本", "≤180元", ("<=", 180, "元"), "10", "172元", "10"),
        Ind("效益指标", "社会效益指标", "夜间出行安全", "有效保障", Q, "15", "有效保障", "15"),
        Ind("效益指标", "生态效益指标", "节能灯具替换率", "≥40%", (">=", 40, "%"), "5", "36%", "3",
            "资金到位较晚"),
        Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥88%", (">=", 88, "%"), "10", "90%", "10"),
    ]
    head = [(0, 1, "项目名称"), (1, 4, project), (5, 2, "实施单位"), (7, 2, "珠山区市政设施管理所")]
    money = [("年度资金总额", "180.00", "196.40", "181.25"), ("其中：财政拨款", "180.00", "186.40", "175.25"),
             ("其他资金", "", "10.00", "6.00")]
    total = _self_eval_reason_measure(doc, project, head, money, "196.40", "181.25",
                                      ("保障城区路灯正常运行，亮灯率不低于98%。", "维护路灯16350盏，亮灯率97.2%。"),
                                      inds, "良好", "项目支出绩效自评表")
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", "196.40", "181.25", total, "良")
    doc.gold.project(project, "万元", year="196.40", fiscal="186.40")
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 长治 医院


def layout_sx_cz_hospital_landscape_list_public_budget_heads(folder: Path, name: str) -> FileGold:
    dept = "长治市人民医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年单位预算", dept, year, cover=[(dept, 24), (f"{year}年单位预算", 24)])
    projects = [
        ("医疗设备购置", "860.00", "500.00", "360.00",
         "购置CT、彩超等诊疗设备，提升医院诊断能力和服务效率。", [
             Ind("产出指标", "数量指标", "购置医疗设备台（套）数", "≥26台（套）", (">=", 26, "台(套)"), "20"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "设备安装调试完成时间", "≤10月", ("<=", 10, "月"), "10"),
             Ind("成本指标", "经济成本指标", "设备采购成本", "≤860万元", ("<=", 860, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "检查平均等候时间", "≤2天", ("<=", 2, "天"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥92%", (">=", 92, "%"), "10"),
         ]),
        ("重点专科建设", "240.00", "240.00", "0.00",
         "建设心血管内科、重症医学科省级重点专科，提升疑难危重症诊治水平。", [
             Ind("产出指标", "数量指标", "培养专科骨干人才", "≥15人", (">=", 15, "人"), "20"),
             Ind("产出指标", "数量指标", "开展新技术新项目", "≥8项", (">=", 8, "项"), "15"),
             Ind("产出指标", "质量指标", "危重症抢救成功率", "≥90%", (">=", 90, "%"), "20"),
             Ind("效益指标", "社会效益指标", "县域外转诊率", "≤8%", ("<=", 8, "%"), "20"),
             Ind("效益指标", "可持续影响指标", "专科服务能力", "持续提升", Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("公共卫生服务", "156.80", "156.80", "",
         "承担突发公共卫生事件医疗救治和健康教育任务。", [
             Ind("产出指标", "数量指标", "健康教育讲座场次", "≥40场", (">=", 40, "场"), "20"),
             Ind("产出指标", "数量指标", "应急医疗救治演练", "≥4次", (">=", 4, "次"), "20"),
             Ind("产出指标", "时效指标", "传染病网络直报及时率", "100%", ("=", 100, "%"), "20"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", (">=", 30, "%"), "20"),
             Ind("效益指标", "社会效益指标", "突发事件医疗救治能力", "有效提升", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("智慧医院信息化建设", "420.00", "300.00", "120.00",
         "建设互联网医院和电子病历系统，电子病历系统应用水平达到五级，实现检查检验结果互认。", [
             Ind("产出指标", "数量指标", "上线互联网诊疗科室", "≥20个", (">=", 20, "个"), "20"),
             Ind("产出指标", "质量指标", "电子病历系统应用水平分级", "≥5级", (">=", 5, "级"), "30"),
             Ind("产出指标", "时效指标", "系统上线运行时间", "≤9月", ("<=", 9, "月"), "10"),
             Ind("效益指标", "社会效益指标", "检查检验结果互认率", "≥80%", (">=", 80, "%"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "线上就诊患者满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 3, "年度预算（万元）")
    for c, h in ((4, "年度绩效目标"), (5, "一级指标"), (6, "二级指标"), (7, "三级指标"), (8, "指标值"), (9, "权重")):
        rows.put(0, c, 2, 1, h)
    for c, h in ((1, "合计"), (2, "一般公共预算"), (3, "事业收入")):
        rows.put(1, c, 1, 1, h)
    for project, total, public, own, goal, inds in projects:
        r = rows.n
        for c, text in ((0, project), (1, total), (2, public), (3, own), (4, goal)):
            rows.put(r, c, len(inds), 1, text)
        rows.n = r
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw), (9, 1, i.weight)])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total)
    doc.pages.grid(_spec(rows.cells, rows.n, [92, 56, 66, 56, 130, 58, 72, 120, 74, 38], landscape=True,
                         title=f"{year}年项目支出绩效目标表", editor=f"单位名称：{dept}", unit_raw="金额单位：万元"),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 珠海 街道


def layout_gd_zh_street_dept_wide_three_row_grid_head(folder: Path, name: str) -> FileGold:
    dept = "珠海市香洲区翠香街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出绩效目标", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "开展社区网格巡查次数", ("≥", "3600", "次"), (">=", 3600, "次"), "10"),
        Ind("产出指标", "数量指标", "老旧小区微改造数量", ("≥", "6", "个"), (">=", 6, "个"), "10"),
        Ind("产出指标", "数量指标", "社区长者饭堂服务人次", ("≥", "5.2", "万人次"), (">=", 5.2, "万人次"), "10"),
        Ind("产出指标", "质量指标", "矛盾纠纷调解成功率", ("≥", "95", "%"), (">=", 95, "%"), "10"),
        Ind("产出指标", "质量指标", "安全隐患整改率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
        Ind("产出指标", "时效指标", "民生诉求办结时限", ("≤", "5", "个工作日"), ("<=", 5, "个工作日"), "5"),
        Ind("产出指标", "成本指标", "“三公”经费控制率", ("≤", "100", "%"), ("<=", 100, "%"), "5"),
        Ind("效益指标", "社会效益指标", "辖区治安秩序", ("定性", "持续稳定", ""), Q, "10"),
        Ind("效益指标", "社会效益指标", "辖区重大安全事故", ("＝", "0", "起"), ("=", 0, "起"), "10"),
        Ind("效益指标", "可持续影响指标", "基层治理能力", ("定性", "明显提升", ""), Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "企业商户满意度", ("≥", "85", "%"), (">=", 85, "%"), "5"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 6, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    rows.put(r, 1, 1, 2, "合计")
    rows.put(r, 3, 1, 2, "财政拨款")
    rows.put(r, 5, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 2, "4,382.60")
    rows.put(r + 1, 3, 1, 2, "4,296.60")
    rows.put(r + 1, 5, 1, 2, "86.00")
    rows.add((0, 1, "年度绩效目标"), (1, 6, "围绕基层治理、民生服务和安全稳定，完成网格化管理、老旧小区改造和"
                                           "为老服务等年度任务，提升辖区群众获得感。"))
    r = rows.n
    rows.put(r, 0, 1, 3, "绩效指标")
    rows.put(r, 3, 1, 3, "年度目标值")
    rows.put(r, 6, 3, 1, "权重（%）")
    rows.put(r + 1, 0, 2, 1, "一级指标")
    rows.put(r + 1, 1, 2, 1, "二级指标")
    rows.put(r + 1, 2, 2, 1, "三级指标")
    rows.put(r + 1, 3, 1, 2, "指标值")
    rows.put(r + 1, 5, 2, 1, "计量单位")
    rows.put(r + 2, 3, 1, 1, "符号")
    rows.put(r + 2, 4, 1, 1, "数值")
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                            (5, 1, i.target[2]), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 84, 132, 44, 62, 62, 46], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", unit_raw="单位：万元", kind=DEPT_TARGETS),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 南充 区


def layout_sc_nc_district_budget_yuan_total_and_year_pairs(folder: Path, name: str) -> FileGold:
    dept = "南充市顺庆区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一般公共预算拨款收入", "1,686.20"), ("政府性基金预算拨款收入", "240.00")],
           [("城区公交线网优化", "125.00", "100.00"), ("农村公路养护", "86.00", "86.00")], "第三部分  项目支出绩效目标表")
    projects = [
        ("城区公交线网优化", "510702250000112", "南充市顺庆区交通运输局", "2024年—2026年",
         ("3,600,000.00", "1,250,000.00", "1,000,000.00", "250,000.00"),
         "优化城区公交线路和站点布局，提升公交出行分担率。", [
             Ind("产出指标", "数量指标", "新辟优化公交线路", "不少于6条", (">=", 6, "条")),
             Ind("产出指标", "数量指标", "新建改造港湾式站台", "不少于20个", (">=", 20, "个")),
             Ind("产出指标", "数量指标", "新增新能源公交车辆", "不少于15辆", (">=", 15, "辆")),
             Ind("产出指标", "质量指标", "站台建设验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "质量指标", "公交准点率", "不低于90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "线路调整公示时间", "不超过15天", ("<=", 15, "天")),
             Ind("成本指标", "经济成本指标", "单个站台改造成本", "不高于3.5万元", ("<=", 3.5, "万元")),
             Ind("效益指标", "社会效益指标", "公交出行分担率", "不低于32%", (">=", 32, "%")),
             Ind("效益指标", "生态效益指标", "公交车辆碳排放", "逐年下降", Q),
             Ind("效益指标", "可持续影响指标", "公交线网动态调整机制", "建立并运行", Q),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "不低于90%", (">=", 90, "%")),
         ], ("3,600,000.00", "1,250,000.00", "1,000,000.00", "250,000.00")),
        ("农村公路养护", "510702250000127", "顺庆区农村公路养护中心", "2025年",
         ("860,000.00", "860,000.00", "860,000.00", "0.00"),
         "完成农村公路日常养护和危旧桥梁检测，保障农村群众安全便捷出行。", [
             Ind("产出指标", "数量指标", "日常养护农村公路里程", "不少于420公里", (">=", 420, "公里")),
             Ind("产出指标", "数量指标", "危旧桥梁定期检测", "12座", ("=", 12, "座")),
             Ind("产出指标", "质量指标", "农村公路优良中等路率", "不低于80%", (">=", 80, "%")),
             Ind("产出指标", "时效指标", "水毁路段抢通时限", "不超过48小时", ("<=", 48, "小时")),
             Ind("效益指标", "社会效益指标", "农村群众出行条件", "持续改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "不低于90%", (">=", 90, "%")),
         ], ("860,000.00", "860,000.00", "860,000.00", None)),
    ]
    widths = [70, 76, 132, 96, 122]
    basis = "依据行业规划、年度工作计划和上年度实际完成情况测算，数据来源于行业主管部门统计台账"
    for project, code, unit_name, period, money, goal, inds, (total, yr, fiscal, carried) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "项目单位"), (1, 2, unit_name), (3, 1, "项目期限"), (4, 1, period))
        rows.add((0, 2, "项目总金额（元）"), (2, 1, money[0]), (3, 1, "本年度资金（元）"), (4, 1, money[1]))
        rows.add((0, 2, "本年度资金中：财政拨款"), (2, 1, money[2]), (3, 1, "上年结转"), (4, 1, money[3]))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"),
                        (4, 1, "指标值设定依据"))
        r0 = rows.n
        for ind in inds:
            rows.add((0, 1, ind.l1), (2, 1, ind.name), (3, 1, ind.raw), (4, 1, basis))
        k = 0
        while k < len(inds):
            j = k
            while j < len(inds) and inds[j].l2 == inds[k].l2:
                j += 1
            rows.put(r0 + k, 1, j - k, 1, inds[k].l2)
            k = j
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="金额单位：元"), repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, total=total, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 咸宁 县


def _vu(l1: str, l2: str, name: str, target: tuple[str, str], exp: tuple, weight: str, actual: str, score: str,
        note: str = "", *, unit: str) -> Ind:
    """An indicator whose 年度指标值 (sign and figure) and 单位 sit in two cells."""
    return Ind(l1, l2, name, (*target, unit), exp, weight, actual, score, note)


def layout_hub_xn_county_self_evals_value_unit_columns(folder: Path, name: str) -> FileGold:
    dept = "嘉鱼县农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("耕地地力保护补贴发放", "嘉鱼县农村经营服务中心", ("1,326.00", "1,326.00", "1,318.42"),
         ("1,326.00", "1,326.00", "1,318.42"), ("", "", ""),
         ("按时足额发放耕地地力保护补贴，稳定粮食播种面积。", "补贴发放到户率100%，粮食播种面积稳定。"), [
             _vu("产出指标", "数量指标", "补贴发放面积", ("≥", "42.5"), (">=", 42.5, "万亩"), "20", "42.8万亩", "20",
                 unit="万亩"),
             _vu("产出指标", "数量指标", "补贴发放户数", ("≥", "3.1"), (">=", 3.1, "万户"), "10", "3.12万户", "10",
                 unit="万户"),
             _vu("产出指标", "质量指标", "补贴资金兑付准确率", ("", "100"), ("=", 100, "%"), "15", "100%", "15",
                 unit="%"),
             _vu("产出指标", "时效指标", "补贴发放完成时间", ("≤", "6"), ("<=", 6, "月"), "10", "5月", "10",
                 unit="月"),
             _vu("效益指标", "经济效益指标", "种粮农民收入", ("", "稳中有增"), Q, "15", "稳中有增", "15", unit=""),
             _vu("效益指标", "可持续影响指标", "粮食播种面积", ("≥", "60"), (">=", 60, "万亩"), "10", "60.4万亩", "10",
                 unit="万亩"),
             _vu("满意度指标", "服务对象满意度指标", "补贴对象满意度", ("≥", "90"), (">=", 90, "%"), "10", "95%", "10",
                 unit="%"),
         ], "优"),
        ("农村人居环境整治提升", "嘉鱼县乡村振兴服务中心", ("300.00", "420.00", "386.70"),
         ("300.00", "380.00", "352.70"), ("", "40.00", "34.00"),
         ("完成农村厕所改造和生活污水治理，改善农村人居环境。", "改造户厕1850户，治理自然村32个。"), [
             _vu("产出指标", "数量指标", "改造农村户厕数量", ("≥", "2000"), (">=", 2000, "户"), "15", "1850户", "12",
                 note="部分农户改厕意愿不强", unit="户"),
             _vu("产出指标", "数量指标", "生活污水治理自然村", ("≥", "30"), (">=", 30, "个"), "15", "32个", "15",
                 unit="个"),
             _vu("产出指标", "质量指标", "户厕改造验收合格率", ("≥", "95"), (">=", 95, "%"), "10", "96%", "10", unit="%"),
             _vu("产出指标", "时效指标", "项目完工时间", ("≤", "11"), ("<=", 11, "月"), "10", "12月", "8",
                 note="雨季影响施工进度", unit="月"),
             _vu("效益指标", "生态效益指标", "农村生活污水治理率", ("≥", "45"), (">=", 45, "%"), "15", "46%", "15",
                 unit="%"),
             _vu("效益指标", "社会效益指标", "村容村貌", ("", "明显改善"), Q, "10", "明显改善", "10", unit=""),
             _vu("满意度指标", "服务对象满意度指标", "农户满意度", ("≥", "90"), (">=", 90, "%"), "15", "89%", "13",
                 note="部分农户对管护不满意", unit="%"),
         ], "良"),
    ]
    widths = [46, 50, 84, 50, 34, 52, 32, 34, 50, 64]
    for project, unit_name, whole, fiscal, other, goal, inds, grade in evals:
        budget, executed = whole[1], whole[2]
        rate_txt, rate_score, exact = _rate(budget, executed)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        for c, cs, h in ((3, 2, "年初预算数"), (5, 1, "全年预算数"), (6, 2, "全年执行数"), (8, 1, "执行率"), (9, 1, "得分")):
            rows.put(r, c, 1, cs, h)
        for k, (label, line) in enumerate((("年度资金总额", whole), ("其中：财政拨款", fiscal), ("其他资金", other)), 1):
            rows.put(r + k, 1, 1, 2, label)
            for (c, cs), v in zip(((3, 2), (5, 1), (6, 2)), line):
                rows.put(r + k, c, 1, cs, v)
            rows.put(r + k, 8, 1, 1, rate_txt if k == 1 else "—")
            rows.put(r + k, 9, 1, 1, rate_score if k == 1 else "—")
        rows.add((0, 2, "年度目标"), (2, 4, goal[0]), (6, 1, "完成情况"), (7, 3, goal[1]))
        rows.add(*[(c, cs, t) for c, cs, t in ((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"),
                                                (3, 1, "年度指标值"), (4, 1, "单位"), (5, 1, "实际完成值"),
                                                (6, 1, "分值"), (7, 1, "得分"), (8, 2, "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0] + i.target[1]), (4, 1, i.target[2]),
                                                (5, 1, i.actual), (6, 1, i.weight), (7, 1, i.score), (8, 2, i.note)])
        total = _total(inds, exact)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 2, ""))
        rows.add((0, 6, "自评等级"), (6, 4, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"主管部门：{dept}", unit_raw="单位：万元", kind=SELF_EVAL), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 台州 市级


def layout_zj_tz_culture_budget_performance_list_then_grid(folder: Path, name: str) -> FileGold:
    dept = "台州市文化广电旅游体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    listed = [
        ("台州市图书馆", "公共图书馆免费开放", "286.50", "全年免费开放不少于300天，举办阅读推广活动，提升全民阅读水平。"),
        ("台州市文化馆", "群众文化活动", "168.00", "组织开展群众文化品牌活动和文艺培训，丰富群众精神文化生活。"),
        ("台州市博物馆", "文物保护与陈列展览", "342.20", "完成馆藏文物预防性保护，推出临时展览，提高观众参观体验。"),
        ("台州市体育中心", "全民健身设施维护", "95.00", "维护全民健身设施，保障场馆安全开放。"),
    ]
    _front(doc, dept, year, [("一般公共预算拨款收入", "6,905.30"), ("其他收入", "210.00")],
           [(p, a, a) for _, p, a, _ in listed], "第四部分  项目支出绩效")
    rows = _Rows()
    rows.add((0, 1, "单位名称"), (1, 1, "项目名称"), (2, 1, "金额"), (3, 1, "项目总体绩效目标"))
    rows.add((0, 1, "合计"), (1, 1, ""), (2, 1, "891.70"), (3, 1, ""))
    for unit_name, project, amount, goal in listed:
        rows.add((0, 1, unit_name), (1, 1, project), (2, 1, amount), (3, 1, goal))
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [96, 110, 60, 230], title=f"{year}年市级部门项目支出绩效表",
                         unit_raw="单位：万元"), fresh_page=True)
    graded = {
        "公共图书馆免费开放": [
            Ind("产出指标", "数量指标", "全年开放天数", "不少于300天", (">=", 300, "天")),
            Ind("产出指标", "数量指标", "阅读推广活动场次", "不少于120场", (">=", 120, "场")),
            Ind("产出指标", "质量指标", "图书外借册次", "达到85万册次", (">=", 85, "万册次")),
            Ind("产出指标", "时效指标", "新书上架周期", "不超过30天", ("<=", 30, "天")),
            Ind("效益指标", "社会效益指标", "持证读者增长率", "不低于5%", (">=", 5, "%")),
            Ind("满意度指标", "服务对象满意度指标", "读者满意度", "不低于95%", (">=", 95, "%")),
        ],
        "文物保护与陈列展览": [
            Ind("产出指标", "数量指标", "文物预防性保护件数", "不少于1200件", (">=", 1200, "件")),
            Ind("产出指标", "数量指标", "举办临时展览", "不少于6个", (">=", 6, "个")),
            Ind("产出指标", "质量指标", "馆藏文物完好率", "达到100%", (">=", 100, "%")),
            Ind("成本指标", "经济成本指标", "单个临展布展成本", "不高于30万元", ("<=", 30, "万元")),
            Ind("效益指标", "社会效益指标", "年接待观众人次", "不少于45万人次", (">=", 45, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "观众满意度", "不低于92%", (">=", 92, "%")),
        ],
    }
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"))
    for project, inds in graded.items():
        r = rows.n
        rows.put(r, 0, len(inds), 1, project)
        rows.n = r
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw)])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
    doc.pages.grid(_spec(rows.cells, rows.n, [104, 74, 100, 130, 88], title="重点项目绩效指标表"), gap=30)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 龙岩 镇


def layout_fj_ly_town_long_form_period_and_year_no_repeat(folder: Path, name: str) -> FileGold:
    dept = "上杭县古田镇人民政府"
    year = 2025
    project = "古田镇红色文旅融合发展"
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    basis = "依据镇党委政府年度工作要点及县文旅发展规划确定，数据来源于项目实施台账"
    inds = [
        Ind("产出指标", "数量指标", "修缮红色旧址", "≥8处", (">=", 8, "处"), period="≥20处"),
        Ind("产出指标", "数量指标", "建设研学步道", "≥3.2公里", (">=", 3.2, "公里"), period="≥9公里"),
        Ind("产出指标", "数量指标", "培训红色讲解员", "≥40人", (">=", 40, "人"), period="≥120人"),
        Ind("产出指标", "数量指标", "举办文旅推介活动", "≥4场", (">=", 4, "场"), period="≥12场"),
        Ind("产出指标", "质量指标", "修缮工程验收合格率", "100%", ("=", 100, "%"), period="100%"),
        Ind("产出指标", "质量指标", "讲解员持证上岗率", "≥95%", (">=", 95, "%"), period="100%"),
        Ind("产出指标", "时效指标", "年度修缮任务完成时间", "≤11月", ("<=", 11, "月"), period="≤36个月"),
        Ind("产出指标", "成本指标", "旧址修缮平均成本", "≤18万元", ("<=", 18, "万元"), period="≤18万元"),
        Ind("效益指标", "经济效益指标", "带动旅游综合收入", "≥2600万元", (">=", 2600, "万元"), period="≥9000万元"),
        Ind("效益指标", "经济效益指标", "带动村民就业人数", "≥150人", (">=", 150, "人"), period="≥400人"),
        Ind("效益指标", "社会效益指标", "接待研学游客人次", "≥18万人次", (">=", 18, "万人次"), period="≥60万人次"),
        Ind("效益指标", "社会效益指标", "红色文化传播影响力", "显著提升", Q, period="显著提升"),
        Ind("效益指标", "生态效益指标", "景区环境卫生", "持续改善", Q, period="持续改善"),
        Ind("效益指标", "可持续影响指标", "文旅融合长效运营机制", "初步建立", Q, period="健全完善"),
        Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%", (">=", 92, "%"), period="≥95%"),
        Ind("满意度指标", "服务对象满意度指标", "当地村民满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "主管部门"), (1, 2, "上杭县人民政府"), (3, 1, "实施单位"), (4, 2, dept))
    rows.add((0, 1, "项目属性"), (1, 2, "新增项目"), (3, 1, "项目期限"), (4, 2, "2025年1月至2027年12月"))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 3, "")
    rows.put(r, 4, 1, 1, "实施期资金总额")
    rows.put(r, 5, 1, 1, "年度资金总额")
    for k, (label, period, annual) in enumerate((("资金总额", "600.00", "200.00"), ("其中：财政资金", "520.00", "180.00"),
                                                 ("其他资金", "80.00", "20.00")), 1):
        rows.put(r + k, 1, 1, 3, label)
        rows.put(r + k, 4, 1, 1, period)
        rows.put(r + k, 5, 1, 1, annual)
    r = rows.n
    rows.put(r, 0, 2, 1, "总体目标")
    rows.put(r, 1, 1, 3, "实施期目标")
    rows.put(r, 4, 1, 2, "年度目标")
    rows.put(r + 1, 1, 1, 3, "用三年时间完成古田会议旧址周边红色旧址修缮和研学线路建设，打造红色文旅融合示范镇，"
                             "带动村民增收。")
    rows.put(r + 1, 4, 1, 2, "修缮红色旧址8处，建成研学步道3.2公里，培训讲解员40人。")
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "实施期指标值"), (4, 1, "年度指标值"),
             (5, 1, "指标解释"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw), (5, 1, basis)])
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 70, 110, 72, 72, 110], title="项目支出绩效目标表",
                         editor=f"填报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", total="600.00", year="200.00", fiscal="180.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 盘州市


def layout_gz_ps_city_accounts_self_evals_no_level2(folder: Path, name: str) -> FileGold:
    dept = "盘州市教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "68,420.15"), ("二、事业收入", "1,206.00")],
                    [("一、教育支出", "66,830.45"), ("二、社会保障和就业支出", "2,795.70")])
    evals = [
        ("学生营养改善计划", "420.00", "406.80",
         ("为农村义务教育学生提供营养膳食补助，改善学生营养健康状况。", "惠及学生3.46万人，按时足额拨付补助。"), [
             Ind("产出指标", None, "受益学生人数", "≥3.4万人", (">=", 3.4, "万人"), "20", "3.46万人", "20"),
             Ind("产出指标", None, "营养餐供餐天数", "≥200天", (">=", 200, "天"), "15", "198天", "13",
                 note="部分学校放假调整"),
             Ind("产出指标", None, "食品安全抽检合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", None, "补助标准", "5元/生·天", ("=", 5, "元/生·天"), "10", "5元/生·天", "10"),
             Ind("效益指标", None, "学生营养健康状况", "持续改善", Q, "20", "持续改善", "18"),
             Ind("满意度指标", None, "家长满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
         ], "良好"),
        ("乡村教师生活补助", "1,150.00", "1,150.00",
         ("按标准发放乡村教师生活补助，稳定乡村教师队伍。", "发放乡村教师补助3210人，发放率100%。"), [
             Ind("产出指标", None, "补助发放人数", "≥3200人", (">=", 3200, "人"), "20", "3210人", "20"),
             Ind("产出指标", None, "补助发放准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", None, "补助按月发放率", "≥95%", (">=", 95, "%"), "10", "100%", "10"),
             Ind("效益指标", None, "乡村教师流失率", "≤3%", ("<=", 3, "%"), "20", "2.1%", "20"),
             Ind("效益指标", None, "乡村教师队伍稳定性", "有效增强", Q, "10", "有效增强", "10"),
             Ind("满意度指标", None, "乡村教师满意度", "≥90%", (">=", 90, "%"), "10", "96%", "10"),
         ], "优秀"),
    ]
    widths = [60, 110, 66, 66, 40, 40, 114]
    for project, budget, executed, goal, inds, grade_word in evals:
        rate_txt, rate_score, exact = _rate(budget, executed)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 2, "实施单位"), (6, 1, dept))
        rows.add((0, 1, "全年预算数（万元）"), (1, 1, budget), (2, 1, "全年执行数（万元）"), (3, 1, executed),
                 (4, 1, "执行率"), (5, 1, rate_txt), (6, 1, f"得分：{rate_score}"))
        rows.add((0, 1, "绩效目标"), (1, 3, goal[0]), (4, 2, "实际完成情况"), (6, 1, goal[1]))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                                     "偏差原因"))])
        _grid_rows(rows, inds, 0, None, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                                   (5, 1, i.score), (6, 1, i.note)])
        total = _total(inds, exact)
        rows.add((0, 4, "总分"), (4, 1, "100"), (5, 1, f"{total:.2f}"), (6, 1, ""))
        rows.add((0, 4, "自评等级"), (4, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：万元", kind=SELF_EVAL), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        grade = {"优秀": "优", "良好": "良"}[grade_word]
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 阜新 疾控中心


def layout_ln_fx_cdc_landscape_weighted_levels_words(folder: Path, name: str) -> FileGold:
    dept = "阜新市海州区疾病预防控制中心"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    rule = "完成目标值得满分，未完成按比例扣分"
    projects = [
        ("免疫规划疫苗接种", ("85.00", "85.00", "0.00", "0.00"),
         "完成国家免疫规划疫苗接种任务，适龄儿童免疫规划疫苗接种率保持较高水平。", [
             Ind("产出指标（50分）", "数量指标", "免疫规划疫苗接种剂次", "不少于4.2万剂次", (">=", 4.2, "万剂次"), "20"),
             Ind("产出指标（50分）", "质量指标", "适龄儿童免疫规划疫苗接种率", "不低于90%", (">=", 90, "%"), "15"),
             Ind("产出指标（50分）", "时效指标", "疑似预防接种异常反应报告及时率", "达到100%", (">=", 100, "%"), "15"),
             Ind("成本指标（10分）", "经济成本指标", "冷链运转维护费用", "不高于12万元", ("<=", 12, "万元"), "10"),
             Ind("效益指标（30分）", "社会效益指标", "疫苗针对传染病暴发疫情", "0起", ("=", 0, "起"), "20"),
             Ind("效益指标（30分）", "可持续影响指标", "免疫屏障", "持续巩固", Q, "10"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "受种者监护人满意度", "不低于90%", (">=", 90, "%"), "10"),
         ], ("85.00", "85.00", None)),
        ("重点传染病监测", ("62.40", "50.40", "12.00", "0.00"),
         "开展重点传染病监测和病原学检测，及时发现和处置疫情。", [
             Ind("产出指标（50分）", "数量指标", "病原学检测样本数", "不少于3000份", (">=", 3000, "份"), "20"),
             Ind("产出指标（50分）", "质量指标", "实验室室间质评合格率", "达到100%", (">=", 100, "%"), "15"),
             Ind("产出指标（50分）", "时效指标", "聚集性疫情处置响应时间", "不超过2小时", ("<=", 2, "小时"), "15"),
             Ind("效益指标（40分）", "社会效益指标", "突发公共卫生事件报告率", "达到100%", (">=", 100, "%"), "25"),
             Ind("效益指标（40分）", "可持续影响指标", "传染病监测预警能力", "有效提升", Q, "15"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "辖区群众满意度", "不低于85%", (">=", 85, "%"), "10"),
         ], ("62.40", "50.40", "12.00")),
    ]
    widths = [92, 118, 180, 120, 50, 182]
    for project, (yr_txt, fiscal_txt, carried_txt, other_txt), goal, inds, (yr, fiscal, carried) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 1, "年度资金总额")
        rows.put(r, 2, 1, 1, yr_txt)
        rows.put(r, 3, 1, 1, "其中：财政资金")
        rows.put(r, 4, 1, 2, fiscal_txt)
        rows.put(r + 1, 1, 1, 1, "上年结转")
        rows.put(r + 1, 2, 1, 1, carried_txt)
        rows.put(r + 1, 3, 1, 1, "其他资金")
        rows.put(r + 1, 4, 1, 2, other_txt)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"),
                 (5, 1, "评分标准"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, rule)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, landscape=True, title=f"{year}年度项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


BLIND22: dict[str, Builder] = {
    "jl_jl_water_budget_source_income_lines": layout_jl_jl_water_budget_source_income_lines,
    "heb_bd_town_stacked_forms_heads_row_no_level1": layout_heb_bd_town_stacked_forms_heads_row_no_level1,
    "jx_jdz_district_accounts_self_evals_reason_measure": layout_jx_jdz_district_accounts_self_evals_reason_measure,
    "sx_cz_hospital_landscape_list_public_budget_heads": layout_sx_cz_hospital_landscape_list_public_budget_heads,
    "gd_zh_street_dept_wide_three_row_grid_head": layout_gd_zh_street_dept_wide_three_row_grid_head,
    "sc_nc_district_budget_yuan_total_and_year_pairs": layout_sc_nc_district_budget_yuan_total_and_year_pairs,
    "hub_xn_county_self_evals_value_unit_columns": layout_hub_xn_county_self_evals_value_unit_columns,
    "zj_tz_culture_budget_performance_list_then_grid": layout_zj_tz_culture_budget_performance_list_then_grid,
    "fj_ly_town_long_form_period_and_year_no_repeat": layout_fj_ly_town_long_form_period_and_year_no_repeat,
    "gz_ps_city_accounts_self_evals_no_level2": layout_gz_ps_city_accounts_self_evals_no_level2,
    "ln_fx_cdc_landscape_weighted_levels_words": layout_ln_fx_cdc_landscape_weighted_levels_words,
}
SETS: dict[str, dict[str, Builder]] = {"blind22": BLIND22}


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
    """Write every layout of ``which`` ("blind22") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
