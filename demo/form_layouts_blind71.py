"""BLIND71 performance forms: ten long 部门预算 / 部门决算 documents of 市直 bureaus and 区县
departments of 山东 菏泽, 河南 驻马店, 广西 贵港, 湖南 张家界, 陕西 商洛, 云南 临沧, 辽宁 抚顺,
甘肃 定西, 山西 阳泉 and 湖北 天门, each printed as a finance bureau prints it: cover, 目录,
部门概况, the budget or final-accounts tables, 情况说明, then the performance part
(部门整体支出绩效目标表, 项目支出绩效目标表, and in a 决算 the 部门整体 and 项目 自评表), written
by an author who had read neither the form reader nor the earlier blind sets (only the gold
helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring and
the real disclosures). Gold by hand with ``form_layouts._gold_ind`` and ``FileGold``.

sd_hz_budget_dept_wide_then_pairs_filled_shaded  山东 菏泽 市直 部门预算 ("filled", header
        shaded): 部门整体支出绩效目标表 (部门预算总额 | 其中：财政拨款 pairs, 年度履职目标, grid
        without weights), then 项目支出绩效目标表 with 项目总额 | 本年度资金 / 其中：财政拨款 |
        上年结转 label | value pairs in 万元 (unit in the title line), 权重
ha_zmd_budget_source_grid_yuan_split_cells  河南 驻马店 district 部门预算 ("cells"): money in a
        资金来源 | 金额（元） grid (一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 事业收入 /
        合计), two-row grid header 指标值 over 指标性质 | 目标值 | 计量单位
gx_gg_accounts_dept_and_project_self_evals_open  广西 贵港 district 部门决算 ("open", Word side
        borders off): 部门整体支出绩效自评表 with 年初预算数 | 全年预算数 | 全年执行数 columns, then
        项目支出绩效自评表 over 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金 rows, 总分, 自评等级
hun_zjj_budget_turned_stacked_money  湖南 张家界 市直 部门预算 ("filled", landscape pages turned
        by /Rotate): project forms whose money is stacked under a merged 项目资金（万元） cell
        (资金总额 / 其中：财政拨款 / 其他资金 / 上年结转), targets in words (不低于 / 不少于 / 达到)
sn_sl_accounts_self_eval_pairs_no_level1  陕西 商洛 district 部门决算 ("cells", header shaded):
        项目支出绩效自评表 with 年初预算数（万元） | … label | value pairs, a grid with 二级 | 三级 only
        (年度目标值 | 全年实际值 | 权重 | 自评得分 | 未完成原因), 自评得分 | 自评等级 at the foot
yn_lc_budget_heads_row_yuan_three_row_header  云南 临沧 市直 部门预算 ("filled"): money heads
        (年度预算总额 | 财政拨款 | 单位资金 | 上年结转) over one row of 元 amounts with separators,
        grid header of three rows (指标值 over 符号 | 数值 | 单位, then a column-number row)
ln_fs_budget_two_forms_a_page_words_open  辽宁 抚顺 district 部门预算 ("open"): two short forms
        a page, money labels carrying their unit (年度资金总额（元）), targets in words (不低于,
        不高于, 控制在…以内, 达到), a deadline
gs_dx_accounts_dept_self_eval_money_columns  甘肃 定西 市直 部门决算 ("filled", header shaded):
        部门整体支出绩效自评表 with the money columns over 年度资金总额 / 其中：财政拨款 / 其他资金,
        and a 项目支出绩效自评表, grades printed as words (优秀 / 良好)
sx_yq_budget_landscape_long_forms_unit_in_cell  山西 阳泉 district 部门预算 ("cells", landscape):
        long project forms over pages (指标值设定依据及数据来源, 评（扣）分标准), grid header repeated,
        money amounts printed with their unit in the cell (1,286.40万元), 权重 per indicator
hub_tm_accounts_self_eval_yuan_columns  湖北 天门 市直 部门决算 ("cells"): 项目支出绩效自评表 in 元
        (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), an empty 上年结转 row,
        偏差原因分析及改进措施

Gold conventions: BLIND9's docstring and its round addenda, unchanged. Rulings of this set:

- fiscal = the 财政拨款 figure as printed, or the sum of the 资金来源 lines named …财政拨款收入
  (事业收入 / 单位资金 / 其他资金 never fiscal); a printed 0.00 上年结转 reads 0.00, an empty one
  nothing; 项目总额 is ``total`` beside the year's 本年度资金.
- An amount printed with its unit in the cell ("128.50万元") reads in that unit.
- 达到 N reads ">="; 不少于 / 不低于 ">="; 不高于 / 控制在 N 以内 "<="; a deadline stays raw.
- A 部门整体 form's money is no project's. A self evaluation's 总分 / 自评得分 is printed with two
  decimals; grade words read one character.
"""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


# --------------------------------------------------------------------------- front matter


def _front(doc: FormDoc, dept: str, year: int, accounts: bool, duties: str,
           income: list[tuple[str, str]], spending: list[tuple[str, str, str]], part: str) -> None:
    """Cover is drawn by FormDoc; then 目录, 部门概况, two tables, 情况说明 and the heading of
    the performance part."""
    word = "决算" if accounts else "预算"
    doc.pages.text_page("目  录", [
        "第一部分  部门概况", "一、主要职能", "二、部门机构设置及" + word + "单位构成",
        f"第二部分  {year}年度部门{word}表", "一、收入支出" + word + "总表", "二、一般公共预算财政拨款支出" + word + "表",
        f"第三部分  {year}年度部门{word}情况说明", f"第四部分  {part}", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}{duties}",
        f"二、机构设置。纳入{year}年度部门{word}编制范围的单位包括部门本级及所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "", "")
        body.append(plain_row([a[0], a[1], b[0], b[2]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_in:,.2f}"]))
    doc.pages.table(TableSpec(f"收入支出{word}总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [160, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, f"{word}数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, f"{word}数")],
                              2, body, ["l", "r", "l", "r"]))
    rows = [plain_row([code, title, amount]) for title, code, amount in spending]
    doc.pages.table(TableSpec(f"一般公共预算财政拨款支出{word}表", "general_budget_expenditure", "单位：万元",
                              "wan_yuan", f"部门：{dept}", [90, 260, 110],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "金额")], 1,
                              rows, ["l", "l", "r"]))
    doc.pages.text_page(f"第三部分  {year}年度部门{word}情况说明", [
        f"一、收入支出{word}总体情况。{year}年度收入总计{total_in:,.2f}万元，支出总计{total_in:,.2f}万元。",
        "二、“三公”经费支出情况。严格控制一般性支出，“三公”经费较上年有所下降。",
        "三、机关运行经费、政府采购、国有资产占用情况详见附表。",
    ])
    doc.pages.text_page(f"第四部分  {part}", [
        f"按照全面实施预算绩效管理的要求，本部门{year}年度" + ("开展了部门整体和项目支出绩效自评，自评结果如下。"
                                                            if accounts else "编制了部门整体和项目支出绩效目标，详见下表。"),
    ])


def _rate_score(budget: str, executed: str) -> Decimal:
    b, e = (Decimal(x.replace(",", "")) for x in (budget, executed))
    return min(Decimal(10), (e / b * 10).quantize(Decimal("0.01"), ROUND_HALF_UP))


def _rate(budget: str, executed: str) -> str:
    b, e = (Decimal(x.replace(",", "")) for x in (budget, executed))
    return f"{(e / b * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def _total(budget: str, executed: str, inds: list[Ind]) -> Decimal:
    return _rate_score(budget, executed) + sum(Decimal(i.score) for i in inds)


def _grid(spec: TableSpec, rules: str, shaded: tuple[int, ...] = ()) -> TableSpec:
    return replace(spec, rules=rules, shaded_rows=shaded)


# --------------------------------------------------------------------------- 山东 菏泽


def layout_sd_hz_budget_dept_wide_then_pairs_filled_shaded(folder: Path, name: str) -> FileGold:
    """"filled" rules, the grid header rows shaded."""
    dept = "菏泽市农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, False, "负责统筹研究和组织实施“三农”工作的发展战略、中长期规划和重大政策。",
           [("一般公共预算拨款收入", "12,486.30"), ("政府性基金预算拨款收入", "860.00"), ("事业收入", "215.40")],
           [("农林水支出", "213", "12,486.30"), ("社会保障和就业支出", "208", "575.40"), ("住房保障支出", "221", "500.00")],
           "部门预算绩效目标")
    dept_inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥12万亩", (">=", 12, "万亩")),
        Ind("产出指标", "数量指标", "农作物病虫害统防统治面积", "≥300万亩", (">=", 300, "万亩")),
        Ind("产出指标", "质量指标", "农产品质量安全例行监测合格率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "时效指标", "惠农补贴资金兑付时间", "2025年10月底前", (None, None, None)),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "＞6%", (">", 6, "%")),
        Ind("效益指标", "社会效益指标", "粮食综合生产能力", "稳定提升", Q),
        Ind("效益指标", "可持续影响指标", "耕地质量等级", "稳中有升", Q),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    rows.add((0, 1, "部门预算总额"), (1, 1, "13,561.70"), (2, 1, "其中：财政拨款"), (3, 2, "13,346.30"))
    rows.add((0, 1, "年度履职目标"), (1, 4, "落实粮食安全党政同责，推进高标准农田建设和农业社会化服务，"
                                         "保障重要农产品稳定供给，促进农民持续增收。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
    doc.pages.grid(_grid(_spec(rows.cells, rows.n, [80, 100, 110, 100, 110], title="部门整体支出绩效目标表",
                               editor=f"编制单位：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                         "filled", (head,)), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    projects = [
        ("高标准农田建设项目", "371700250000104", "菏泽市农田建设服务中心", "18,000.00", "6,500.00", "6,200.00", "300.00",
         "新建高标准农田12万亩，配套灌排和田间道路设施，提升耕地质量。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥12万亩", (">=", 12, "万亩"), "20"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年12月底前", (None, None, None), "10"),
             Ind("产出指标", "成本指标", "亩均财政投入", "≤1500元", ("<=", 1500, "元"), "5"),
             Ind("效益指标", "经济效益指标", "项目区亩均增产", "≥50公斤", (">=", 50, "公斤"), "15"),
             Ind("效益指标", "可持续影响指标", "工程设施使用年限", "≥15年", (">=", 15, "年"), "15"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("农业社会化服务补助", "371700250000117", "菏泽市农业技术推广中心", "1,200.00", "1,200.00", "1,200.00", "0.00",
         "支持服务组织开展托管服务，带动小农户发展现代农业。", [
             Ind("产出指标", "数量指标", "托管服务面积", "≥60万亩次", (">=", 60, "万亩次"), "25"),
             Ind("产出指标", "质量指标", "服务组织名录库入库率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "成本指标", "亩均补助标准", "≤20元", ("<=", 20, "元"), "10"),
             Ind("效益指标", "经济效益指标", "亩均节本增效", "≥80元", (">=", 80, "元"), "20"),
             Ind("效益指标", "社会效益指标", "带动小农户数量", "≥3万户", (">=", 3, "万户"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", (">=", 92, "%"), "10"),
         ]),
    ]
    for project, code, unit_name, total, year_amt, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "项目总额"), (1, 2, total), (3, 1, "本年度资金"), (4, 2, year_amt))
        rows.add((0, 1, "其中：财政拨款"), (1, 2, fiscal), (3, 1, "上年结转"), (4, 2, carried))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_grid(_spec(rows.cells, rows.n, [76, 96, 90, 56, 110, 72], title="项目支出绩效目标表",
                                   editor=f"（{year}年度）", unit_raw="单位：万元"), "filled", (head,)),
                       fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, total=total, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 驻马店


def layout_ha_zmd_budget_source_grid_yuan_split_cells(folder: Path, name: str) -> FileGold:
    """"cells" rules."""
    dept = "驻马店市驿城区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year,
                  cover=[(f"{year}年驿城区部门预算", 22), (f"部门名称：{dept}", 16), ("驻马店市驿城区财政局编", 14)])
    _front(doc, dept, year, False, "贯彻执行国家教育方针政策，统筹管理全区基础教育、职业教育和教师队伍建设。",
           [("一般公共预算拨款收入", "46,318.62"), ("政府性基金预算拨款收入", "1,200.00"), ("事业收入", "380.00")],
           [("教育支出", "205", "44,120.50"), ("社会保障和就业支出", "208", "2,198.12")], "项目支出绩效目标")
    projects = [
        ("义务教育学校公用经费保障", "411702-25-0031", "驿城区各公办中小学", [
            ("一般公共预算财政拨款收入", "8,640,000.00"), ("政府性基金预算财政拨款收入", ""), ("事业收入", ""),
            ("合计", "8,640,000.00")], "8,640,000.00", "8,640,000.00", [
             Ind("产出指标", "数量指标", "保障学生人数", ("≥", "12000", "人"), (">=", 12000, "人")),
             Ind("产出指标", "质量指标", "公用经费拨付准确率", ("=", "100", "%"), ("=", 100, "%")),
             Ind("产出指标", "成本指标", "小学生均公用经费标准", ("=", "720", "元"), ("=", 720, "元")),
             Ind("效益指标", "社会效益指标", "学校正常运转", ("定性", "有效保障", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
        ("薄弱学校改造工程", "411702-25-0047", "驿城区教育局", [
            ("一般公共预算财政拨款收入", "3,250,000.00"), ("政府性基金预算财政拨款收入", "12,000,000.00"),
            ("事业收入", "0.00"), ("合计", "15,250,000.00")], "15,250,000.00", "15,250,000.00", [
             Ind("产出指标", "数量指标", "改造校舍面积", ("≥", "18000", "平方米"), (">=", 18000, "平方米")),
             Ind("产出指标", "质量指标", "工程验收合格率", ("=", "100", "%"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "秋季开学前完工率", ("≥", "90", "%"), (">=", 90, "%")),
             Ind("效益指标", "社会效益指标", "办学条件达标学校比例", ("≥", "95", "%"), (">=", 95, "%")),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", ("≥", "92", "%"), (">=", 92, "%")),
         ]),
        ("中小学教师培训", "411702-25-0052", "驿城区教师发展中心", [
            ("一般公共预算财政拨款收入", "560,000.00"), ("政府性基金预算财政拨款收入", ""), ("事业收入", "80,000.00"),
            ("合计", "640,000.00")], "640,000.00", "560,000.00", [
             Ind("产出指标", "数量指标", "培训教师人次", ("≥", "3500", "人次"), (">=", 3500, "人次")),
             Ind("产出指标", "质量指标", "培训考核合格率", ("≥", "95", "%"), (">=", 95, "%")),
             Ind("产出指标", "成本指标", "人均培训费用", ("≤", "180", "元"), ("<=", 180, "元")),
             Ind("效益指标", "可持续影响指标", "教师专业能力", ("定性", "持续提升", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
    ]
    widths = [70, 80, 118, 48, 62, 56, 66]
    for project, code, unit_name, sources, total, fiscal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目代码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 3, "金额（元）")
        for k, (label, amount) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 3, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 6, "按标准保障资金，改善办学条件，促进全区义务教育优质均衡发展。"))
        r = rows.n
        for c, text in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (6, "备注")):
            rows.put(r, c, 2, 1, text)
        rows.put(r, 3, 1, 3, "指标值")
        for c, text in ((3, "指标性质"), (4, "目标值"), (5, "计量单位")):
            rows.put(r + 1, c, 1, 1, text)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                                   editor=f"单位名称：{dept}"), "cells"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", code=code, year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 贵港


def _money_column_self_eval(doc: FormDoc, project: str | None, dept: str, unit_name: str, unit: str,
                            lines: list[tuple[str, str, str, str]], goal: tuple[str, str], inds: list[Ind],
                            grade: str, *, rules: str, shaded: bool, widths: list[float], title: str) -> Decimal:
    """A 财政部-style self evaluation: money columns (年初预算数 | 全年预算数 | 全年执行数 | 分值 |
    执行率 | 得分) over ``lines`` (the first the 年度资金总额), goals, the scored grid, 总分, 等级."""
    rows = _Rows()
    if project:
        rows.add((0, 2, "项目名称"), (2, 4, project), (6, 1, "项目类别"), (7, 2, "专项业务类"))
    else:
        rows.add((0, 2, "部门（单位）名称"), (2, 4, dept), (6, 1, "评价年度"), (7, 2, f"{doc.gold.fiscal_year}年度"))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    budget, executed = lines[0][2], lines[0][3]
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, f"资金情况（{unit}）")
    rows.put(r, 1, 1, 2, "")
    heads = r
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (name_, initial, bud, exe) in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, name_)
        extra = ("10", _rate(budget, executed), f"{_rate_score(budget, executed):.2f}") if k == 1 else ("—", "—", "—")
        for j, v in enumerate((initial, bud, exe, *extra)):
            rows.put(r + k, 3 + j, 1, 1, v)
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
    grid_head = r
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = _total(budget, executed, inds)
    r = rows.n
    rows.put(r, 0, 2, 1, "综合评价")
    rows.put(r, 1, 1, 5, "总分")
    rows.put(r + 1, 1, 1, 5, "自评等级")
    rows.put(r, 6, 1, 1, "100")
    rows.put(r, 7, 1, 1, f"{total:.2f}")
    rows.put(r + 1, 6, 1, 2, grade)
    rows.put(r, 8, 2, 1, "")
    doc.pages.grid(_grid(_spec(rows.cells, rows.n, widths, title=title, editor=f"（{doc.gold.fiscal_year}年度）",
                               unit_raw=f"单位：{unit}", kind="performance_self_evaluation"),
                         rules, (heads, grid_head) if shaded else ()), fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    return total


_GRADE = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差", "优": "优", "良": "良", "中": "中", "差": "差"}


def layout_gx_gg_accounts_dept_and_project_self_evals_open(folder: Path, name: str) -> FileGold:
    """"open" rules (no outer left/right sides)."""
    dept = "贵港市港北区卫生健康局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}", 24), (f"{year}年度部门决算", 24)])
    _front(doc, dept, year, True, "负责全区卫生健康事业发展规划，组织实施基本公共卫生服务和疾病预防控制工作。",
           [("财政拨款收入", "9,845.27"), ("事业收入", "1,320.60"), ("其他收入", "42.18")],
           [("卫生健康支出", "210", "9,612.35"), ("社会保障和就业支出", "208", "232.92")], "部门绩效自评情况")
    widths = [44, 52, 60, 80, 62, 62, 40, 44, 90]
    dept_inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥12万人", (">=", 12, "万人"), "15", "12.8万人", "15"),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥90%", (">=", 90, "%"), "10", "96.5%", "10"),
        Ind("产出指标", "质量指标", "基层医疗机构标准化达标率", "≥85%", (">=", 85, "%"), "10", "82%", "8",
            "2所卫生院设备未配齐，2025年补齐"),
        Ind("产出指标", "时效指标", "传染病疫情报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "部门运行成本控制率", "≤100%", ("<=", 100, "%"), "5", "97.8%", "5"),
        Ind("效益指标", "社会效益指标", "婴儿死亡率", "≤5‰", ("<=", 5, "‰"), "10", "2.1‰", "10"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥25%", (">=", 25, "%"), "10", "26.3%", "10"),
        Ind("效益指标", "可持续影响指标", "分级诊疗制度", "逐步完善", Q, "10", "已建立医共体", "9"),
        Ind("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
    ]
    lines = [("年度资金总额", "9,600.00", "9,990.00", "9,845.27"), ("其中：财政拨款", "9,600.00", "9,990.00", "9,845.27"),
             ("其他资金", "", "", "")]
    dept_total = _money_column_self_eval(
        doc, None, dept, dept, "万元", lines, ("保障基本公共卫生服务和医疗卫生机构运转，提升群众健康水平。",
                                              "完成年度主要工作任务，家庭医生签约、免疫规划等指标达到预期。"),
        dept_inds, "优", rules="open", shaded=False, widths=widths, title="部门整体支出绩效自评表")
    doc.gold.self_evaluation(None, "万元", "9,990.00", "9,845.27", float(dept_total), "优")
    projects = [
        ("基本公共卫生服务补助", "港北区疾病预防控制中心", [("年度资金总额", "1,860.00", "1,920.00", "1,904.16"),
                                              ("其中：财政拨款", "1,860.00", "1,760.00", "1,744.16"),
                                              ("上年结转", "0.00", "160.00", "160.00"), ("其他资金", "", "", "")],
         ("按人均标准落实基本公共卫生服务，提高重点人群健康管理水平。", "重点人群健康管理率达到目标，资金按进度拨付。"), [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2.6万人", (">=", 2.6, "万人"), "15", "2.71万人", "15"),
             Ind("产出指标", "数量指标", "高血压患者规范管理人数", "≥1.8万人", (">=", 1.8, "万人"), "15", "1.75万人", "13",
                 "部分患者流动外出，加强随访"),
             Ind("产出指标", "质量指标", "电子健康档案建档率", "≥90%", (">=", 90, "%"), "15", "92.4%", "15"),
             Ind("产出指标", "时效指标", "资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("效益指标", "社会效益指标", "重点人群健康管理水平", "明显提高", Q, "20", "明显提高", "19"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%", (">=", 85, "%"), "15", "90%", "15"),
         ], "优秀"),
        ("乡镇卫生院能力提升", "港北区卫生健康局", [("年度资金总额", "650.00", "650.00", "583.20"),
                                         ("其中：财政拨款", "650.00", "650.00", "583.20"),
                                         ("上年结转", "", "", ""), ("其他资金", "", "", "")],
         ("为6所乡镇卫生院配置诊疗设备，提升基层诊疗能力。", "完成5所卫生院设备配置，1所在采购中。"), [
             Ind("产出指标", "数量指标", "配置设备卫生院数", "6所", ("=", 6, "所"), "20", "5所", "16", "1所采购流标，已重新招标"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "设备采购完成时间", "2024年10月底前", (None, None, None), "10", "2024年12月", "6",
                 "招标程序延长"),
             Ind("效益指标", "社会效益指标", "基层诊疗人次增长率", "≥5%", (">=", 5, "%"), "20", "6.2%", "20"),
             Ind("效益指标", "可持续影响指标", "设备使用年限", "≥8年", (">=", 8, "年"), "10", "8年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥85%", (">=", 85, "%"), "15", "87%", "15"),
         ], "良好"),
    ]
    for project, unit_name, lines, goal, inds, grade in projects:
        total = _money_column_self_eval(doc, project, dept, unit_name, "万元", lines, goal, inds, grade,
                                        rules="open", shaded=False, widths=widths, title="项目支出绩效自评表")
        doc.gold.self_evaluation(project, "万元", lines[0][2], lines[0][3], float(total), _GRADE[grade])
        carried = lines[2][2] if lines[2][0] == "上年结转" and lines[2][2] else None
        doc.gold.project(project, "万元", year=lines[0][2], fiscal=lines[1][2], carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 张家界


def layout_hun_zjj_budget_turned_stacked_money(folder: Path, name: str) -> FileGold:
    """"filled" rules, landscape forms drawn on portrait pages turned by /Rotate 90."""
    dept = "张家界市文化旅游广电体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year,
                  cover=[("张家界市文化旅游广电体育局", 22), (f"{year}年部门预算公开", 22), ("二〇二五年二月", 14)])
    _front(doc, dept, year, False, "负责全市文化、旅游、广播电视和体育事业发展，统筹推进文旅融合和全域旅游。",
           [("一般公共预算拨款收入", "7,842.15"), ("其他收入", "318.00")],
           [("文化旅游体育与传媒支出", "207", "7,402.15"), ("社会保障和就业支出", "208", "440.00")],
           "项目支出绩效目标表")
    projects = [
        ("全域旅游宣传推介", "张家界市旅游宣传推广中心", "860.00", "760.00", "100.00", "0.00",
         "开展境内外旅游宣传推介活动，提升张家界旅游品牌影响力，促进入境游客增长。", [
             Ind("产出指标", "数量指标", "境内外宣传推介活动场次", "不少于20场", (">=", 20, "场")),
             Ind("产出指标", "数量指标", "新媒体宣传作品发布数", "不少于300条", (">=", 300, "条")),
             Ind("产出指标", "质量指标", "推介活动签约率", "不低于60%", (">=", 60, "%")),
             Ind("产出指标", "时效指标", "年度推介计划完成时间", "2025年11月30日前", (None, None, None)),
             Ind("效益指标", "经济效益指标", "旅游总收入增长率", "不低于8%", (">=", 8, "%")),
             Ind("效益指标", "社会效益指标", "入境游客人次", "达到150万人次", (">=", 150, "万人次")),
             Ind("效益指标", "可持续影响指标", "旅游品牌影响力", "持续增强", Q),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("全民健身设施建设", "张家界市体育事业发展中心", "1,450.00", "1,050.00", "", "400.00",
         "新建和更新全民健身设施，完善城乡体育健身圈。", [
             Ind("产出指标", "数量指标", "新建社区多功能运动场", "不少于12个", (">=", 12, "个")),
             Ind("产出指标", "数量指标", "更新健身路径", "达到80条", (">=", 80, "条")),
             Ind("产出指标", "质量指标", "设施验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "单个运动场建设成本", "不超过60万元", ("<=", 60, "万元")),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "不低于40%", (">=", 40, "%")),
             Ind("满意度指标", "服务对象满意度指标", "健身群众满意度", "不低于90%", (">=", 90, "%")),
         ]),
    ]
    for project, unit_name, total, fiscal, other, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 2, unit_name))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目期限"), (5, 2, "1年"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, (label, value) in enumerate((("资金总额", total), ("其中：财政拨款", fiscal), ("其他资金", other),
                                            ("上年结转", carried))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 4, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"),
                        (5, 2, "指标值设定依据"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 2, "历史数据及年度计划")])
        doc.pages.grid(_grid(_spec(rows.cells, rows.n, [100, 120, 130, 100, 130, 90, 90],
                                   title=f"{year}年度项目支出绩效目标表", editor=f"单位：{dept}",
                                   unit_raw="金额单位：万元", landscape=True), "filled"),
                       fresh_page=True, turned=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 商洛


def layout_sn_sl_accounts_self_eval_pairs_no_level1(folder: Path, name: str) -> FileGold:
    """"cells" rules, the grid header row shaded."""
    dept = "商洛市商州区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year,
                  cover=[(f"{year}年度部门决算", 24), (f"单位名称：{dept}", 16)])
    _front(doc, dept, year, True, "负责全区社会救助、养老服务、社会事务和基层政权建设等工作。",
           [("财政拨款收入", "6,214.80"), ("其他收入", "25.60")],
           [("社会保障和就业支出", "208", "6,030.40"), ("卫生健康支出", "210", "210.00")], "项目支出绩效自评")
    projects = [
        ("城乡居民最低生活保障", "420.00", "436.50", "432.18", "优", [
            Ind(None, "数量指标", "城乡低保保障人数", "≥3200人", (">=", 3200, "人"), "20", "3286人", "20"),
            Ind(None, "质量指标", "低保资金发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind(None, "时效指标", "低保金按月发放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
            Ind(None, "成本指标", "城市低保月人均补助", "≥560元", (">=", 560, "元"), "10", "575元", "10"),
            Ind(None, "社会效益指标", "困难群众基本生活", "有效保障", Q, "15", "有效保障", "15"),
            Ind(None, "可持续影响指标", "动态管理机制", "持续完善", Q, "10", "已完善", "9"),
            Ind(None, "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
        ]),
        ("居家和社区养老服务改革", "180.00", "180.00", "151.20", "良", [
            Ind(None, "数量指标", "建设社区养老服务站", "6个", ("=", 6, "个"), "20", "5个", "16", "1个站点选址调整"),
            Ind(None, "数量指标", "家庭养老床位建设数", "≥100张", (">=", 100, "张"), "15", "104张", "15"),
            Ind(None, "质量指标", "服务站运营达标率", "≥90%", (">=", 90, "%"), "15", "85%", "12", "部分站点人员不足"),
            Ind(None, "时效指标", "项目完成时间", "2024年11月底前", (None, None, None), "10", "2024年12月", "7"),
            Ind(None, "社会效益指标", "老年人助餐服务覆盖率", "≥60%", (">=", 60, "%"), "20", "62%", "20"),
            Ind(None, "服务对象满意度指标", "服务对象满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
        ]),
    ]
    widths = [86, 130, 76, 72, 44, 50, 62]
    for project, initial, budget, executed, grade, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 2, "实施单位"), (5, 2, dept))
        rows.add((0, 1, "年初预算数（万元）"), (1, 1, initial), (2, 1, "全年预算数（万元）"), (3, 2, budget),
                 (5, 1, "全年执行数（万元）"), (6, 1, executed))
        rows.add((0, 1, "预算执行率"), (1, 1, _rate(budget, executed)), (2, 1, "分值"), (3, 2, "10"),
                 (5, 1, "得分"), (6, 1, f"{_rate_score(budget, executed):.2f}"))
        rows.add((0, 1, "年度目标"), (1, 6, "按标准保障困难群众和老年人基本生活及服务需求，资金按规定使用。"))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("二级指标", "三级指标", "年度目标值", "全年实际值",
                                                            "权重", "自评得分", "未完成原因"))])
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                                   (5, 1, i.score), (6, 1, i.note)])
        total = _total(budget, executed, inds)
        rows.add((0, 2, "自评得分"), (2, 1, f"{total:.2f}"), (3, 2, "自评等级"), (5, 2, grade))
        doc.pages.grid(_grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表",
                                   editor=f"填报单位：{dept}", kind="performance_self_evaluation"),
                             "cells", (head,)), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 临沧


def layout_yn_lc_budget_heads_row_yuan_three_row_header(folder: Path, name: str) -> FileGold:
    """"filled" rules."""
    dept = "临沧市林业和草原局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, False, "负责全州森林、草原、湿地资源保护管理和生态修复，组织森林草原防火工作。",
           [("一般公共预算拨款收入", "15,326.44"), ("政府性基金预算拨款收入", "420.00")],
           [("农林水支出", "213", "14,806.44"), ("住房保障支出", "221", "520.00")], "项目支出绩效目标")
    projects = [
        ("森林草原防火专项", "530900251100012", "3,860,000.00", "3,860,000.00", "", "",
         "加强森林草原火灾预防和扑救能力建设，森林火灾受害率控制在0.9‰以内。", [
             Ind("产出指标", "数量指标", "专业扑火队员培训人次", ("≥", "600", "人次"), (">=", 600, "人次")),
             Ind("产出指标", "数量指标", "防火物资储备库", ("＝", "10", "个"), ("=", 10, "个")),
             Ind("产出指标", "时效指标", "火情响应时间", ("≤", "30", "分钟"), ("<=", 30, "分钟")),
             Ind("效益指标", "生态效益指标", "森林火灾受害率", ("≤", "0.9", "‰"), ("<=", 0.9, "‰")),
             Ind("满意度指标", "服务对象满意度指标", "林区群众满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
        ("天然林保护修复", "530900251100027", "12,450,000.00", "11,200,000.00", "250,000.00", "1,000,000.00",
         "管护天然林和公益林，实施退化林修复，巩固生态保护成果。", [
             Ind("产出指标", "数量指标", "天然林管护面积", ("≥", "880", "万亩"), (">=", 880, "万亩")),
             Ind("产出指标", "数量指标", "退化林修复面积", ("≥", "3.5", "万亩"), (">=", 3.5, "万亩")),
             Ind("产出指标", "质量指标", "修复造林成活率", ("≥", "85", "%"), (">=", 85, "%")),
             Ind("效益指标", "生态效益指标", "森林覆盖率", ("≥", "70", "%"), (">=", 70, "%")),
             Ind("效益指标", "社会效益指标", "带动护林员就业人数", ("≥", "2600", "人"), (">=", 2600, "人")),
         ]),
        ("林草有害生物防治", "530900251100035", "980,000.00", "980,000.00", "", "0.00",
         "开展松材线虫病等林草有害生物监测和防治，成灾率控制在目标以内。", [
             Ind("产出指标", "数量指标", "有害生物监测面积", ("≥", "500", "万亩"), (">=", 500, "万亩")),
             Ind("产出指标", "质量指标", "无公害防治率", ("≥", "92", "%"), (">=", 92, "%")),
             Ind("产出指标", "成本指标", "亩均防治成本", ("≤", "35", "元"), ("<=", 35, "元")),
             Ind("效益指标", "生态效益指标", "有害生物成灾率", ("＜", "3", "‰"), ("<", 3, "‰")),
             Ind("满意度指标", "服务对象满意度指标", "林农满意度", ("≥", "88", "%"), (">=", 88, "%")),
         ]),
    ]
    widths = [64, 72, 118, 40, 50, 44, 118]
    for project, code, total, fiscal, own, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 2, "项目编码"), (6, 1, code))
        rows.add((0, 2, "主管部门"), (2, 5, dept))
        rows.add((0, 2, "年度预算总额"), (2, 1, "财政拨款"), (3, 3, "单位资金"), (6, 1, "上年结转"))
        rows.add((0, 2, total), (2, 1, fiscal), (3, 3, own), (6, 1, carried))
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        r = rows.n
        for c, text in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (6, "指标值说明")):
            rows.put(r, c, 2, 1, text)
        rows.put(r, 3, 1, 3, "指标值")
        for c, text in ((3, "符号"), (4, "数值"), (5, "单位")):
            rows.put(r + 1, c, 1, 1, text)
        rows.add(*[(k, 1, str(k + 1)) for k in range(7)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "按年度工作计划测算")])
        doc.pages.grid(_grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                                   editor=f"预算单位：{dept}", unit_raw="单位：元"), "filled"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", code=code, year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 抚顺


def layout_ln_fs_budget_two_forms_a_page_words_open(folder: Path, name: str) -> FileGold:
    """"open" rules (no outer left/right sides), two forms a page."""
    dept = "抚顺市顺城区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year,
                  cover=[("抚顺市顺城区", 20), (f"{year}年部门预算", 24), (f"（{dept}）", 16)])
    _front(doc, dept, year, False, "负责全区城乡建设、住房保障、建筑市场监管和市政公用设施管理工作。",
           [("一般公共预算拨款收入", "5,128.90"), ("政府性基金预算拨款收入", "2,300.00")],
           [("城乡社区支出", "212", "4,608.90"), ("住房保障支出", "221", "520.00")], "项目支出绩效目标")
    projects = [
        ("老旧小区改造", "4,500,000.00", "4,500,000.00", "", [
            Ind("产出指标", "数量指标", "改造小区个数", "不少于8个", (">=", 8, "个")),
            Ind("产出指标", "质量指标", "工程质量合格率", "达到100%", (">=", 100, "%")),
            Ind("产出指标", "时效指标", "改造完工时间", "2025年10月31日前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "受益居民户数", "不少于2400户", (">=", 2400, "户")),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("城市供热管网维修", "2,180,000.00", "1,980,000.00", "200,000.00", [
            Ind("产出指标", "数量指标", "维修改造供热管网长度", "不少于6.5公里", (">=", 6.5, "公里")),
            Ind("产出指标", "质量指标", "管网漏损率", "控制在2%以内", ("<=", 2, "%")),
            Ind("产出指标", "成本指标", "每公里维修成本", "不高于30万元", ("<=", 30, "万元")),
            Ind("效益指标", "社会效益指标", "供暖期室温达标率", "不低于98%", (">=", 98, "%")),
            Ind("满意度指标", "服务对象满意度指标", "供热用户满意度", "不低于85%", (">=", 85, "%")),
        ]),
        ("农村生活垃圾治理", "1,360,000.00", "1,360,000.00", "", [
            Ind("产出指标", "数量指标", "垃圾收运覆盖行政村", "达到68个", (">=", 68, "个")),
            Ind("产出指标", "质量指标", "垃圾无害化处理率", "不低于95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%")),
            Ind("效益指标", "生态效益指标", "村庄环境", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "农村居民满意度", "不低于90%", (">=", 90, "%")),
        ]),
    ]
    widths = [50, 66, 84, 120, 90, 90]
    for k, (project, year_amt, fiscal, carried, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, dept))
        rows.add((0, 2, "年度资金总额（元）"), (2, 2, year_amt), (4, 1, "其中：财政拨款（元）"), (5, 1, fiscal))
        rows.add((0, 2, "上年结转（元）"), (2, 2, carried), (4, 1, "其他资金（元）"), (5, 1, ""))
        rows.add((0, 1, "年度目标"), (1, 5, "按计划完成年度建设任务，改善城乡人居环境。"))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        rows.n = r
        rows.add((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, "")])
        doc.pages.grid(_grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                                   editor=f"部门名称：{dept}"), "open"), fresh_page=k == 0, gap=26)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 定西


def layout_gs_dx_accounts_dept_self_eval_money_columns(folder: Path, name: str) -> FileGold:
    """"filled" rules, the money heads and grid header rows shaded."""
    dept = "定西市水务局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year,
                  cover=[("定西市水务局", 24), (f"{year}年度部门决算", 24), ("二〇二五年八月", 14)])
    _front(doc, dept, year, True, "负责全市水资源合理开发利用、水利工程建设管理、农村饮水安全和水土保持工作。",
           [("财政拨款收入", "21,036.58"), ("事业收入", "612.40"), ("其他收入", "88.02")],
           [("农林水支出", "213", "20,516.58"), ("住房保障支出", "221", "520.00")], "部门整体及项目绩效自评")
    widths = [44, 52, 62, 82, 62, 62, 40, 44, 86]
    dept_inds = [
        Ind("产出指标", "数量指标", "新增农村供水保障人口", "≥3.2万人", (">=", 3.2, "万人"), "15", "3.36万人", "15"),
        Ind("产出指标", "数量指标", "新增水土流失治理面积", "≥180平方公里", (">=", 180, "平方公里"), "10", "186平方公里", "10"),
        Ind("产出指标", "质量指标", "农村集中供水率", "≥92%", (">=", 92, "%"), "10", "93.5%", "10"),
        Ind("产出指标", "时效指标", "重点水利工程开工率", "100%", ("=", 100, "%"), "10", "90%", "8", "1项工程用地报批滞后"),
        Ind("产出指标", "成本指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%"), "5", "86.4%", "5"),
        Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", (">=", 90, "%"), "15", "91.2%", "15"),
        Ind("效益指标", "生态效益指标", "水土保持率", "≥62%", (">=", 62, "%"), "10", "62.4%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
    ]
    lines = [("年度资金总额", "19,800.00", "21,450.00", "21,036.58"), ("其中：财政拨款", "19,200.00", "20,750.00", "20,336.58"),
             ("其他资金", "600.00", "700.00", "700.00")]
    total = _money_column_self_eval(
        doc, None, dept, dept, "万元", lines, ("巩固提升农村供水保障水平，推进水土流失综合治理和重点水利工程建设。",
                                              "完成农村供水、水土保持年度任务，重点工程按计划推进。"),
        dept_inds, "优秀", rules="filled", shaded=True, widths=widths, title="部门整体支出绩效自评表")
    doc.gold.self_evaluation(None, "万元", "21,450.00", "21,036.58", float(total), "优")
    inds = [
        Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥45处", (">=", 45, "处"), "20", "47处", "20"),
        Ind("产出指标", "质量指标", "水质检测达标率", "≥95%", (">=", 95, "%"), "15", "93%", "13", "个别小型工程消毒设施老化"),
        Ind("产出指标", "时效指标", "维修养护完成时限", "2024年11月底前", (None, None, None), "10", "2024年11月", "10"),
        Ind("产出指标", "成本指标", "单处工程平均维修费用", "≤9万元", ("<=", 9, "万元"), "10", "8.6万元", "10"),
        Ind("效益指标", "社会效益指标", "受益人口", "≥12万人", (">=", 12, "万人"), "20", "12.4万人", "20"),
        Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥85%", (">=", 85, "%"), "15", "86%", "15"),
    ]
    lines = [("年度资金总额", "420.00", "420.00", "398.52"), ("其中：财政拨款", "420.00", "420.00", "398.52"),
             ("其他资金", "", "", "")]
    total = _money_column_self_eval(
        doc, "农村供水工程维修养护", dept, "定西市农村供水管理站", "万元", lines,
        ("完成农村供水工程维修养护，保障农村群众饮水安全。", "维修养护47处，水质达标率93%。"),
        inds, "良好", rules="filled", shaded=True, widths=widths, title="项目支出绩效自评表")
    doc.gold.self_evaluation("农村供水工程维修养护", "万元", "420.00", "398.52", float(total), "良")
    doc.gold.project("农村供水工程维修养护", "万元", year="420.00", fiscal="420.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 阳泉


def layout_sx_yq_budget_landscape_long_forms_unit_in_cell(folder: Path, name: str) -> FileGold:
    """"cells" rules, landscape pages, grid header repeated over the pages."""
    dept = "阳泉市郊区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, False, "负责全区公路、水路、城乡客运和物流发展的规划、建设、养护和管理。",
           [("一般公共预算拨款收入", "3,986.20"), ("政府性基金预算拨款收入", "1,500.00")],
           [("交通运输支出", "214", "3,706.20"), ("社会保障和就业支出", "208", "280.00")], "项目支出绩效目标")
    basis = "依据《阳泉市郊区农村公路养护管理办法》及年度工作计划测算，数据来源于行业统计报表和第三方检测报告"
    projects = [
        ("农村公路养护工程", "140311-2025-006", "阳泉市郊区公路管理站", "1,286.40万元", "1,086.40万元", "200.00万元",
         "1,286.40", "1,086.40", "200.00", [
             Ind("产出指标", "数量指标", "农村公路日常养护里程", "≥680公里", (">=", 680, "公里"), "15"),
             Ind("产出指标", "数量指标", "危桥改造座数", "≥4座", (">=", 4, "座"), "10"),
             Ind("产出指标", "数量指标", "安防工程实施里程", "≥45公里", (">=", 45, "公里"), "5"),
             Ind("产出指标", "质量指标", "优良中等路率", "≥85%", (">=", 85, "%"), "10"),
             Ind("产出指标", "时效指标", "水毁路段抢通时限", "≤24小时", ("<=", 24, "小时"), "10"),
             Ind("产出指标", "成本指标", "每公里日常养护成本", "≤1.2万元", ("<=", 1.2, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "农村公路通行条件", "明显改善", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("城乡客运一体化补贴", "140311-2025-011", "阳泉市郊区交通运输局", "326.00万元", "326.00万元", "",
         "326.00", "326.00", None, [
             Ind("产出指标", "数量指标", "通客车建制村覆盖率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "数量指标", "城乡公交线路条数", "≥18条", (">=", 18, "条"), "10"),
             Ind("产出指标", "质量指标", "客运车辆安全检查合格率", "100%", ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "补贴资金拨付时间", "2025年12月20日前", (None, None, None), "10"),
             Ind("产出指标", "成本指标", "线路平均补贴标准", "≤18.2万元/条", ("<=", 18.2, "万元/条"), "10"),
             Ind("效益指标", "社会效益指标", "群众出行便利程度", "有效提升", Q, "15"),
             Ind("效益指标", "可持续影响指标", "城乡客运运营机制", "长效稳定", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
    ]
    rule = "完成目标值得满分；每低于目标值1个百分点扣0.5分，扣完为止；未开展不得分"
    widths = [66, 88, 120, 86, 40, 190, 150]
    for project, code, unit_name, year_txt, fiscal_txt, carried_txt, year_amt, fiscal, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编号"), (4, 3, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金")
        for k, (label, value) in enumerate((("年度资金总额", year_txt), ("其中：财政拨款", fiscal_txt),
                                            ("上年结转资金", carried_txt))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 4, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, "完成年度养护和运营补贴任务，保障农村公路安全畅通和城乡客运稳定运行。"))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"),
                        (5, 1, "指标值设定依据及数据来源"), (6, 1, "评（扣）分标准"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, basis),
                                                (6, 1, rule)])
        doc.pages.grid(_grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                                   editor=f"编制单位：{dept}", landscape=True), "cells"),
                       fresh_page=True, repeat=(head, 1))
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 天门


def layout_hub_tm_accounts_self_eval_yuan_columns(folder: Path, name: str) -> FileGold:
    """"cells" rules."""
    dept = "天门市市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年度部门决算公开", 22)])
    _front(doc, dept, year, True, "负责全市市场综合监督管理，组织实施质量强市、食品安全和知识产权战略。",
           [("财政拨款收入", "8,126.74"), ("其他收入", "64.30")],
           [("一般公共服务支出", "201", "7,526.74"), ("卫生健康支出", "210", "600.00")], "项目绩效自评")
    widths = [40, 44, 56, 80, 78, 78, 34, 44, 72]
    projects = [
        ("食品安全抽检监测", "天门市食品药品检验检测中心", [
            ("年度资金总额", "1,500,000.00", "1,620,000.00", "1,598,400.00"),
            ("其中：财政拨款", "1,500,000.00", "1,620,000.00", "1,598,400.00"), ("上年结转", "", "", ""),
            ("其他资金", "", "", "")],
         ("完成食品安全抽检4000批次，问题产品核查处置率100%。", "完成抽检4126批次，核查处置率100%。"), [
             Ind("产出指标", "数量指标", "食品安全抽检批次", "≥4000批次", (">=", 4000, "批次"), "20", "4126批次", "20"),
             Ind("产出指标", "质量指标", "不合格产品核查处置率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "检验报告出具时限", "≤20个工作日", ("<=", 20, "个工作日"), "10", "16个工作日", "10"),
             Ind("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98%", (">=", 98, "%"), "20", "98.6%", "20"),
             Ind("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≥80%", (">=", 80, "%"), "20", "83.5%", "19"),
         ], "优"),
        ("特种设备安全监察", "天门市特种设备安全监察中心", [
            ("年度资金总额", "600,000.00", "600,000.00", "522,000.00"),
            ("其中：财政拨款", "600,000.00", "560,000.00", "482,000.00"), ("上年结转", "", "40,000.00", "40,000.00"),
            ("其他资金", "", "", "")],
         ("开展特种设备监督检查，隐患整改率100%。", "检查使用单位1180家，隐患整改率97%。"), [
             Ind("产出指标", "数量指标", "特种设备使用单位检查家数", "≥1100家", (">=", 1100, "家"), "20", "1180家", "20"),
             Ind("产出指标", "质量指标", "安全隐患整改率", "100%", ("=", 100, "%"), "20", "97%", "17", "3处隐患整改跨年度"),
             Ind("产出指标", "成本指标", "单家检查成本", "≤500元", ("<=", 500, "元"), "10", "442元", "10"),
             Ind("效益指标", "社会效益指标", "特种设备万台事故率", "≤0.2", ("<=", 0.2, None), "20", "0", "20"),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥85%", (">=", 85, "%"), "20", "90%", "20"),
         ], "良"),
    ]
    for project, unit_name, lines, goal, inds, grade in projects:
        total = _money_column_self_eval(doc, project, dept, unit_name, "元", lines, goal, inds, grade,
                                        rules="cells", shaded=False, widths=widths, title="项目支出绩效自评表")
        doc.gold.self_evaluation(project, "元", lines[0][2], lines[0][3], float(total), grade)
        doc.gold.project(project, "元", year=lines[0][2], fiscal=lines[1][2], carried=lines[2][2] or None)
    return doc.save(folder)


BLIND71: dict[str, Builder] = {
    "sd_hz_budget_dept_wide_then_pairs_filled_shaded": layout_sd_hz_budget_dept_wide_then_pairs_filled_shaded,
    "ha_zmd_budget_source_grid_yuan_split_cells": layout_ha_zmd_budget_source_grid_yuan_split_cells,
    "gx_gg_accounts_dept_and_project_self_evals_open": layout_gx_gg_accounts_dept_and_project_self_evals_open,
    "hun_zjj_budget_turned_stacked_money": layout_hun_zjj_budget_turned_stacked_money,
    "sn_sl_accounts_self_eval_pairs_no_level1": layout_sn_sl_accounts_self_eval_pairs_no_level1,
    "yn_lc_budget_heads_row_yuan_three_row_header": layout_yn_lc_budget_heads_row_yuan_three_row_header,
    "ln_fs_budget_two_forms_a_page_words_open": layout_ln_fs_budget_two_forms_a_page_words_open,
    "gs_dx_accounts_dept_self_eval_money_columns": layout_gs_dx_accounts_dept_self_eval_money_columns,
    "sx_yq_budget_landscape_long_forms_unit_in_cell": layout_sx_yq_budget_landscape_long_forms_unit_in_cell,
    "hub_tm_accounts_self_eval_yuan_columns": layout_hub_tm_accounts_self_eval_yuan_columns,
}
SETS: dict[str, dict[str, Builder]] = {"blind71": BLIND71}


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
    """Write every layout of ``which`` ("blind71") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
