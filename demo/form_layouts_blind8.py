"""BLIND8 performance forms: eleven layouts as a district of 长春, a district of 无锡, a 广西
county, a 黑龙江 district, a 甘肃 乡镇, a 重庆 district, a 新疆 county, a 河南 county, a 江西
district, a 贵州 district and a 河北 county print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``,
the gold conventions of BLIND7's docstring, the real disclosures in the corpus and the seeds).
Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold
is written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

jl_cc_budget_table11_list  吉林 长春 district 部门预算: ordinary budget tables, then
        "项目支出绩效目标表（预算表11）" as one landscape list (单位名称 | 项目名称 | 年度资金总额（万元）
        | 年度绩效目标 | 一级 | 二级 | 三级 | 指标解释 | 指标值 | 权重), unit, project, money and goal
        merged over the indicators, comparators glued into the value (>=2次, <=17万元,
        >=100百分比), header repeated on later pages
js_wx_dept_direction_words  江苏 无锡 district 部门整体支出绩效目标表: 部门名称 / 预算资金 block
        (资金总额 | 财政拨款 | 其他资金 heads over one row), 年度主要任务 rows, grid 一级 | 二级 |
        三级 | 指标方向 (words: 大于等于 / 小于等于 / 等于 / 定性) | 指标值 | 计量单位 | 权重
gx_county_self_eval_yuan_scores_first  广西 county 项目支出绩效自评表 in 元: 主管部门 printed above
        the grid, 项目资金（元） block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分),
        grid with 分值 | 得分 BEFORE 年度指标值 | 实际完成值, 总分 row, 自评等级 row
hlj_final_accounts_dept_self_eval_column_units  黑龙江 district 部门决算: accounts tables, then a
        部门整体支出绩效自评表 whose money heads carry their unit (全年预算数（万元） …), rows
        年度资金总额 / 按收入性质分：财政拨款 / 其他资金 / 按支出性质分：基本支出 / 项目支出, and
        总分 with 自评等级 in one bottom row
gs_town_small_forms_ranges_dates  甘肃 乡镇 short forms several to a page: the project name and
        unit printed in the line above each grid, money as prose in one cell (总额 / 其中：财政拨款 /
        上年结转), ranges (3-5个工作日, 10-12元/亩), deadlines (2025年10月底前), 每季度不少于1次
cq_turned_list_blank_repeats  重庆 district list on landscape pages turned by /Rotate: 项目名称 |
        资金总额 | 财政拨款 | 其他资金 | 一级 | 二级 | 三级 | 指标值 | 分值, a column-number row,
        header rows repeated on every page, repeated values (project, money, levels) printed once
        and left BLANK below (not merged)
xj_final_accounts_project_self_eval_grade_on_top  新疆 county 部门决算: accounts tables, then
        project self evaluations with 自评得分 | 自评等级 in the header block above the money, money
        rows 资金总额 / 其中：财政资金 / 其他资金 under 预算数 | 执行数 | 执行率 | 分值 | 得分, grid
        指标值 | 完成值 | 权重 | 得分 | 未完成原因
hen_year_before_period_money_total  河南 county 项目支出绩效目标表: 实施期资金总额 | 年度资金总额
        columns (资金总额 / 其中：财政资金 / 其他资金 rows), grid 年度指标值 BEFORE 实施期指标值, a
        填报说明 row at the foot
jx_budget_title_in_grid_split_words  江西 district 部门预算: budget tables, then forms whose title
        and 单位 line are inside the grid, money heads carrying units (资金总额（万元） | 财政拨款（万元）
        | 其他资金（万元）) over one row, target split 指标值 (comparator words: 不低于95) | 度量单位,
        long 三级 names wrapping over two lines
gz_dept_self_eval_weight_first  贵州 district landscape 部门整体支出绩效自评表: 分值 before
        年度指标值, 评价结论 prose row, then 总分 and 自评等级 rows
hb_long_form_no_repeat_yuan  河北 county single long project form in 元 running over pages
        WITHOUT a repeated header, money as a label row over an amount row (年度预算数 |
        其中：财政资金 | 其他资金), merged level cells cut by the page break

Gold conventions (BLIND7's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("大于等于95%", "不低于95%", "定性明显改善"); an empty unit cell adds nothing;
  "百分比" as a unit reads "%".
- Words are comparators as in BLIND7 (大于等于 / 不低于 / 不少于 / >= read ">=", 小于等于 /
  不超过 / <= read "<=", 等于 / = and a bare figure read "="); "每季度不少于1次" reads 1 次;
  "3-5个工作日", "10-12元/亩" are ranges; a deadline ("2025年10月底前") stays raw with no
  comparator; a state ("明显改善", "定性…") is qualitative.
- 实施期指标值 are not targets: a form's indicators are its 年度 rows. 填报说明 rows are not
  indicators. A level left blank under its first row (cq_…) belongs to the row above, as a
  human reads it.
- Money: 年度资金总额 / 资金总额 / 年度预算数 of a single-period form is ``year``; ``total`` only
  where an 实施期资金总额 is printed beside the 年度 column; ``fiscal`` where 财政拨款 /
  其中：财政资金 is printed; ``carried`` where 上年结转 is printed. A 部门整体 form's money is
  not a project's (no project row).
- Self evaluations: budget = 全年预算数 (预算数 where only one budget column is printed) of the
  年度资金总额 / 资金总额 row, executed = its 全年执行数 / 执行数; score = the printed 总分 /
  自评得分 (execution score + indicator scores); grade as printed (优 / 良 / 中 / 差) or None.
  A project self evaluation also gives the project's money (year = 全年预算数, fiscal = the
  财政拨款 / 财政资金 row's 全年预算数); a 部门整体 one has project None and no project row.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import (Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _merged_levels,
                           _Rows, _spec)
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表, 一般公共预算支出表."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责贯彻执行国家和省市有关方针政策和法律法规，承担本行业管理职责。",
        f"二、部门预算单位构成。纳入{dept}{year}年部门预算编制范围的单位包括部门本级及所属单位。",
    ])
    total = sum(Decimal(a.replace(",", "")) for _, a, _ in lines)
    body = [plain_row([k, a, b]) for k, a, b in lines]
    body.append(plain_row(["合计", f"{total:,.2f}", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [200, 120, 120],
                              [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "预算数"), (0, 2, 1, 1, "其中：财政拨款")], 1, body,
                              ["l", "r", "r"]))
    body2 = [plain_row(["201", "一般公共服务支出", lines[0][1]]), plain_row(["208", "社会保障和就业支出", lines[1][1]]),
             plain_row(["", "合计", lines[0][1] if len(lines) < 2 else f"{total:,.2f}"])]
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [80, 240, 120],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "金额")], 1, body2,
                              ["l", "l", "r"]))


def _rate_score(budget: str, executed: str) -> float:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return round(min(10.0, float(e / b) * 10), 2)


def _rate(budget: str, executed: str) -> str:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{e / b * 100:.2f}%"


def _f2(x: float) -> str:
    return f"{x:.2f}"


# --------------------------------------------------------------------------- layouts


def layout_jl_cc_budget_table11_list(folder: Path, name: str) -> FileGold:
    dept = "长春市绿园区农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025,
                  cover=[(f"{dept}2025年部门预算", 22), ("二〇二五年二月", 14)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "1,236.40", "1,236.40"), ("政府性基金预算拨款收入", "180.00", "180.00")])
    projects = [
        ("高标准农田建设管护经费", "86.00", "对已建成高标准农田开展日常管护，确保工程设施完好、正常发挥效益。", [
            Ind("产出指标", "数量指标", "管护高标准农田面积", ">=2.6万亩", (">=", 2.6, "万亩"), "30", note="年度管护面积"),
            Ind("产出指标", "质量指标", "工程设施完好率", ">=95百分比", (">=", 95, "%"), "20", note="完好设施数/设施总数"),
            Ind("成本指标", "经济成本指标", "每亩管护成本", "<=33元", ("<=", 33, "元"), "20", note="管护资金/管护面积"),
            Ind("效益指标", "经济效益指标", "粮食亩均增产", ">=50公斤", (">=", 50, "公斤"), "20", note="与未建设前比较"),
            Ind("满意度指标", "服务对象满意度指标", "农户满意度", ">=90百分比", (">=", 90, "%"), "10", note="抽样调查"),
        ]),
        ("动物疫病强制免疫补助", "42.50", "完成重大动物疫病强制免疫任务，群体免疫密度常年保持在90%以上。", [
            Ind("产出指标", "数量指标", "强制免疫畜禽数量", ">=35万头只", (">=", 35, "万头只"), "20", note="口蹄疫、禽流感等"),
            Ind("产出指标", "数量指标", "免疫效果监测次数", ">=2次", (">=", 2, "次"), "10", note="春秋两季"),
            Ind("产出指标", "质量指标", "畜禽免疫密度", ">=90百分比", (">=", 90, "%"), "20", note="应免畜禽免疫率"),
            Ind("成本指标", "经济成本指标", "疫苗采购成本", "<=17万元", ("<=", 17, "万元"), "20", note="年度疫苗采购"),
            Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生数", "=0起", ("=", 0, "起"), "20", note="年度发生数"),
            Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", ">=85百分比", (">=", 85, "%"), "10", note="问卷调查"),
        ]),
        ("农村人居环境整治", "120.00", "开展村庄清洁行动，农村生活垃圾收运处置体系覆盖所有行政村。", [
            Ind("产出指标", "数量指标", "清运农村生活垃圾量", ">=1.2万吨", (">=", 1.2, "万吨"), "20", note="年度清运量"),
            Ind("产出指标", "数量指标", "改造农村户厕数", ">=300户", (">=", 300, "户"), "10", note="年度任务"),
            Ind("产出指标", "时效指标", "垃圾日产日清率", "=100%", ("=", 100, "%"), "10", note="日清天数/总天数"),
            Ind("成本指标", "经济成本指标", "户厕改造补助标准", "<=1500元", ("<=", 1500, "元"), "20", note="每户补助"),
            Ind("效益指标", "生态效益指标", "村庄环境", "明显改善", Q, "20", note="定性评价"),
            Ind("效益指标", "可持续影响指标", "长效管护机制覆盖行政村比例", ">=100百分比", (">=", 100, "%"), "10", note="建立机制村数/行政村数"),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", ">=90百分比", (">=", 90, "%"), "10", note="抽样调查"),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("单位名称", "项目名称", "年度资金总额（万元）", "年度绩效目标", "一级指标",
                                                 "二级指标", "三级指标", "指标解释", "指标值", "权重"))])
    n_all = sum(len(p[3]) for p in projects)
    rows.put(1, 0, n_all, 1, dept)
    for project, year, goal, inds in projects:
        r0 = rows.n
        rows.put(r0, 1, len(inds), 1, project)
        rows.put(r0, 2, len(inds), 1, year)
        rows.put(r0, 3, len(inds), 1, goal)
        for k, ind in enumerate(inds):
            for c, t in ((6, ind.name), (7, ind.note), (8, ind.raw), (9, ind.weight)):
                rows.put(r0 + k, c, 1, 1, t)
        _merged_levels(rows, r0, inds, 4, 5)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year)
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 62, 50, 120, 50, 60, 90, 90, 60, 34], landscape=True,
                         title=f"{dept}2025年项目支出绩效目标表（预算表11）", unit_raw="单位：万元"),
                   repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


def layout_js_wx_dept_direction_words(folder: Path, name: str) -> FileGold:
    dept = "无锡市梁溪区城市管理局"
    doc = FormDoc(name, f"{dept}2025年部门整体支出绩效目标表", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "道路清扫保洁面积", ("大于等于", "860", "万平方米"), (">=", 860, "万平方米"), "10"),
        Ind("产出指标", "数量指标", "生活垃圾分类收运量", ("大于等于", "21", "万吨"), (">=", 21, "万吨"), "10"),
        Ind("产出指标", "数量指标", "违法建设查处件数", ("大于等于", "120", "件"), (">=", 120, "件"), "5"),
        Ind("产出指标", "质量指标", "生活垃圾无害化处理率", ("等于", "100", "%"), ("=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "市容环境卫生考核达标率", ("大于等于", "95", "%"), (">=", 95, "%"), "10"),
        Ind("产出指标", "时效指标", "数字城管案件按期结案率", ("大于等于", "98", "%"), (">=", 98, "%"), "10"),
        Ind("成本指标", "经济成本指标", "每平方米道路保洁成本", ("小于等于", "6.8", "元"), ("<=", 6.8, "元"), "10"),
        Ind("效益指标", "社会效益指标", "城市市容市貌", ("定性", "明显改善", ""), Q, "10"),
        Ind("效益指标", "生态效益指标", "道路扬尘污染投诉件数", ("小于等于", "30", "件"), ("<=", 30, "件"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "市民对市容环境满意度", ("大于等于", "90", "%"), (">=", 90, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "年度预算资金（万元）")
    rows.put(r, 2, 1, 2, "资金总额")
    rows.put(r, 4, 1, 2, "财政拨款")
    rows.put(r, 6, 1, 1, "其他资金")
    rows.put(r + 1, 2, 1, 2, "18,460.50")
    rows.put(r + 1, 4, 1, 2, "18,120.50")
    rows.put(r + 1, 6, 1, 1, "340.00")
    tasks = ["1.城市道路清扫保洁和公厕运行管理；", "2.生活垃圾分类收运和处置；", "3.城市管理综合执法和违法建设治理。"]
    r = rows.n
    rows.put(r, 0, len(tasks), 2, "年度主要任务")
    for k, t in enumerate(tasks):
        rows.put(r + k, 2, 1, 5, t)
    rows.add((0, 2, "年度总体目标"), (2, 5, "市容环境持续改善，生活垃圾分类全覆盖，城市精细化管理水平进一步提升。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "权重"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                            (5, 1, i.target[2]), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 72, 128, 52, 56, 60, 40], title="2025年部门整体支出绩效目标表",
                         editor="填报单位（盖章）：", unit_raw="金额单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


def _gx_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, money: tuple[str, ...],
                  goal: tuple[str, str], inds: list[Ind], grade: str | None) -> None:
    initial, budget, executed, f_initial, f_budget, f_exec = money
    rs = _rate_score(budget, executed)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "实施单位"), (2, 7, unit_name))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金（元）")
    spans = ((1, 1), (2, 1), (3, 2), (5, 1), (6, 1), (7, 1), (8, 1))  # (col, span) of label and six amounts
    rows.put(r, 1, 1, 1, "")
    for (c, cs), head in zip(spans[1:], ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, c, 1, cs, head)
    o_init = Decimal(initial.replace(",", "")) - Decimal(f_initial.replace(",", ""))
    o_bud = Decimal(budget.replace(",", "")) - Decimal(f_budget.replace(",", ""))
    o_exe = Decimal(executed.replace(",", "")) - Decimal(f_exec.replace(",", ""))
    lines = (("年度资金总额", initial, budget, executed, "10", _rate(budget, executed), _f2(rs)),
             ("其中：财政拨款", f_initial, f_budget, f_exec, "—", "—", "—"),
             ("其他资金", f"{o_init:,.2f}", f"{o_bud:,.2f}", f"{o_exe:,.2f}", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        for (c, cs), v in zip(spans, line):
            rows.put(r + k, c, 1, cs, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "分值", "得分", "年度指标值",
                                                 "实际完成值", "偏差原因分析及改进措施"))], (8, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.weight), (4, 1, i.score), (5, 1, i.raw),
                                            (6, 1, i.actual), (7, 1, i.note), (8, 1, "")])
    total = rs + sum(float(i.score) for i in inds)
    rows.add((0, 3, "总分"), (3, 1, "100"), (4, 1, _f2(total)), (5, 4, ""))
    rows.add((0, 3, "自评等级"), (3, 6, grade or ""))
    doc.pages.grid(_spec(rows.cells, rows.n, [40, 48, 80, 34, 40, 68, 68, 70, 52], title="项目支出绩效自评表",
                         editor=f"主管部门：{dept}", unit_raw="（2024年度）", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", budget, executed, round(total, 2), grade)
    doc.gold.project(project, "元", year=budget, fiscal=f_budget)


def layout_gx_county_self_eval_yuan_scores_first(folder: Path, name: str) -> FileGold:
    dept = "平果市水利局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评报告", dept, 2024)
    _gx_self_eval(doc, "农村饮水安全工程维修养护", dept, "平果市农村供水管理站",
                  ("1,800,000.00", "1,850,000.00", "1,796,300.00", "1,800,000.00", "1,800,000.00", "1,750,000.00"),
                  ("维修养护农村供水工程，保障农村群众饮水安全。", "完成46处工程维修养护，农村自来水普及率达91%。"), [
        Ind("产出指标", "数量指标", "维修养护供水工程数", "≥45处", (">=", 45, "处"), "15", "46处", "15"),
        Ind("产出指标", "质量指标", "维修养护工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "工程维修完成时间", "2024年11月底前", (None, None, None), "10", "2024年11月", "10"),
        Ind("产出指标", "成本指标", "单处工程维修平均成本", "≤4万元", ("<=", 4, "万元"), "10", "3.9万元", "10"),
        Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
        Ind("效益指标", "可持续影响指标", "工程长效运行机制", "健全", Q, "15", "基本健全", "12",
            "部分村级管水员未落实报酬"),
        Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ], "优")
    _gx_self_eval(doc, "水土保持监测", dept, "平果市水土保持监督站",
                  ("300,000.00", "300,000.00", "264,000.00", "300,000.00", "300,000.00", "264,000.00"),
                  ("完成年度水土流失动态监测，编制监测报告。", "完成监测点位12个，报告已提交。"), [
        Ind("产出指标", "数量指标", "监测点位数量", "≥12个", (">=", 12, "个"), "20", "12个", "20"),
        Ind("产出指标", "质量指标", "监测数据有效率", "≥95%", (">=", 95, "%"), "15", "92%", "12",
            "个别点位设备故障，已更换"),
        Ind("产出指标", "时效指标", "监测报告提交时限", "≤30天", ("<=", 30, "天"), "15", "28天", "15"),
        Ind("效益指标", "生态效益指标", "水土流失治理成效", "逐步提升", Q, "20", "有所提升", "16",
            "监测成果应用不足"),
        Ind("满意度指标", "服务对象满意度指标", "相关单位满意度", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
    ], "良")
    return doc.save(folder)


def layout_hlj_final_accounts_dept_self_eval_column_units(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市道里区卫生健康局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024,
                  cover=[(f"{dept}2024年度部门决算", 22), ("二〇二五年八月", 14)])
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "6,420.18"), ("事业收入", "1,210.00")],
                    [("卫生健康支出", "7,380.40"), ("社会保障和就业支出", "249.78")])
    budget, executed = "7,654.30", "7,311.86"
    rs = _rate_score(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约人数", "≥12万人", (">=", 12, "万人"), "10", "12.6万人", "10"),
        Ind("产出指标", "数量指标", "65岁以上老年人健康体检人数", "≥3.5万人", (">=", 3.5, "万人"), "10", "3.62万人", "10"),
        Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", (">=", 95, "%"), "10", "97.8%", "10"),
        Ind("产出指标", "质量指标", "传染病报告及时率", "100%", ("=", 100, "%"), "10", "99.6%", "9", "个别机构网报延迟"),
        Ind("产出指标", "时效指标", "卫生监督投诉处理时限", "≤15个工作日", ("<=", 15, "个工作日"), "10", "12个工作日", "10"),
        Ind("效益指标", "社会效益指标", "婴儿死亡率", "≤5‰", ("<=", 5, "‰"), "10", "2.1‰", "10"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", (">=", 30, "%"), "10", "28.5%", "8", "宣传覆盖面不足"),
        Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), "10", "92.3%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%"), "10", "86%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 3, ""), *[(3 + k, 1, t) for k, t in enumerate(("年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）",
                                                               "分值", "执行率"))], (8, 1, "得分"))
    money = [("年度资金总额", "7,120.00", budget, executed, "10", _rate(budget, executed), _f2(rs)),
             ("按收入性质分：财政拨款", "6,020.00", "6,444.30", "6,420.18", "—", "—", "—"),
             ("其他资金", "1,100.00", "1,210.00", "891.68", "—", "—", "—"),
             ("按支出性质分：基本支出", "3,860.00", "3,902.10", "3,880.25", "—", "—", "—"),
             ("项目支出", "3,260.00", "3,752.20", "3,431.61", "—", "—", "—")]
    for line in money:
        rows.add((0, 3, line[0]), *[(3 + k, 1, v) for k, v in enumerate(line[1:])])
    rows.add((0, 2, "年度总体目标"), (2, 3, "完善基本医疗卫生服务体系，提升公共卫生服务能力。"),
             (5, 4, "家庭医生签约、老年人体检等任务全面完成，健康素养水平略低于目标。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析"))], (8, 1, "改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "加强督导" if i.note else "")])
    total = rs + sum(float(i.score) for i in inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, _f2(total)), (7, 1, "自评等级"), (8, 1, "良"))
    doc.pages.grid(_spec(rows.cells, rows.n, [44, 52, 90, 58, 58, 44, 40, 70, 44],
                         title=f"{dept}2024年度部门整体支出绩效自评表", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, round(total, 2), "良")
    return doc.save(folder)


def layout_gs_town_small_forms_ranges_dates(folder: Path, name: str) -> FileGold:
    dept = "陇西县首阳镇人民政府"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("村级公益事业一事一议财政奖补", "48.00", "40.00", "8.00", [
            Ind("产出指标", "数量指标", "奖补村级公益项目数", "不少于6个", (">=", 6, "个")),
            Ind("产出指标", "时效指标", "项目完工时间", "2025年10月底前", (None, None, None)),
            Ind("产出指标", "成本指标", "村内道路硬化补助标准", "10-12元/平方米", ("range", 10, "元/平方米", 12)),
            Ind("效益指标", "社会效益指标", "受益群众人数", "≥3200人", (">=", 3200, "人")),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("耕地地力保护补贴发放", "126.30", "126.30", "0.00", [
            Ind("产出指标", "数量指标", "补贴耕地面积", "≥10.5万亩", (">=", 10.5, "万亩")),
            Ind("产出指标", "成本指标", "每亩补贴标准", "10-12元/亩", ("range", 10, "元/亩", 12)),
            Ind("产出指标", "时效指标", "补贴资金兑付时间", "2025年6月30日前", (None, None, None)),
            Ind("效益指标", "经济效益指标", "农户种粮收益", "稳步增加", Q),
            Ind("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥95%", (">=", 95, "%")),
        ]),
        ("农村公益性岗位补贴", "21.60", "21.60", "0.00", [
            Ind("产出指标", "数量指标", "开发公益性岗位数", "30个", ("=", 30, "个")),
            Ind("产出指标", "质量指标", "岗位人员在岗考勤", "每季度不少于1次", (">=", 1, "次")),
            Ind("产出指标", "时效指标", "补贴审核办结时限", "3-5个工作日", ("range", 3, "个工作日", 5)),
            Ind("效益指标", "社会效益指标", "脱贫劳动力就近就业", "有效带动", Q),
            Ind("满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for project, year, fiscal, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目资金"), (1, 3, f"总额{year}万元，其中：财政拨款{fiscal}万元，上年结转{carried}万元"))
        rows.add((0, 1, "年度绩效目标"), (1, 3, f"按期完成{project}各项任务，资金使用规范，群众受益。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 100, 180, 130], title="2025年项目支出绩效目标表",
                             editor=f"项目名称：{project}", unit_raw=f"实施单位：{dept}"))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_cq_turned_list_blank_repeats(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区交通运输委员会"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("农村公路养护补助", "2,680.00", "2,680.00", "0.00", [
            Ind("产出指标", "数量指标", "养护农村公路里程", "≥1850公里", (">=", 1850, "公里"), "20"),
            Ind("产出指标", "质量指标", "农村公路优良中等路率", "≥85%", (">=", 85, "%"), "20"),
            Ind("产出指标", "成本指标", "每公里养护补助", "≤1.45万元", ("<=", 1.45, "万元"), "20"),
            Ind("效益指标", "社会效益指标", "农村群众出行条件", "明显改善", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("城市公交运营补贴", "6,300.00", "5,800.00", "500.00", [
            Ind("产出指标", "数量指标", "补贴公交线路数", "≥96条", (">=", 96, "条"), "15"),
            Ind("产出指标", "数量指标", "年度公交客运量", "≥1.1亿人次", (">=", 1.1, "亿人次"), "15"),
            Ind("产出指标", "质量指标", "公交准点率", "≥92%", (">=", 92, "%"), "15"),
            Ind("产出指标", "时效指标", "补贴拨付时间", "2025年12月底前", (None, None, None), "15"),
            Ind("效益指标", "社会效益指标", "公共交通出行分担率", "≥55%", (">=", 55, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥88%", (">=", 88, "%"), "20"),
        ]),
        ("交通安全隐患整治", "450.00", "450.00", "0.00", [
            Ind("产出指标", "数量指标", "整治公路安全隐患点", "≥120处", (">=", 120, "处"), "25"),
            Ind("产出指标", "质量指标", "整治工程验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "隐患整治完成率", "100%", ("=", 100, "%"), "15"),
            Ind("效益指标", "社会效益指标", "道路交通事故死亡人数", "同比下降", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("客运站场运营维护", "380.00", "300.00", "80.00", [
            Ind("产出指标", "数量指标", "维护客运站场数", "8个", ("=", 8, "个"), "20"),
            Ind("产出指标", "质量指标", "站场设施完好率", "≥95%", (">=", 95, "%"), "20"),
            Ind("产出指标", "成本指标", "单站年均维护费", "≤47.5万元", ("<=", 47.5, "万元"), "20"),
            Ind("效益指标", "可持续影响指标", "站场安全运行", "持续保持", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("项目名称", "资金总额", "财政拨款", "其他资金", "一级指标", "二级指标",
                                                 "三级指标", "指标值", "分值"))])
    rows.add(*[(k, 1, str(k + 1)) for k in range(9)])
    for project, year, fiscal, other, inds in projects:
        prev1 = prev2 = None
        for k, ind in enumerate(inds):
            first = k == 0
            l1 = ind.l1 if ind.l1 != prev1 else ""
            l2 = ind.l2 if (ind.l1, ind.l2) != (prev1, prev2) else ""
            prev1, prev2 = ind.l1, ind.l2
            rows.add((0, 1, project if first else ""), (1, 1, year if first else ""), (2, 1, fiscal if first else ""),
                     (3, 1, other if first else ""), (4, 1, l1), (5, 1, l2), (6, 1, ind.name), (7, 1, ind.raw),
                     (8, 1, ind.weight))
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [100, 62, 62, 56, 62, 92, 130, 84, 36], landscape=True,
                         title="2025年项目支出绩效目标表", editor=f"单位：{dept}", unit_raw="金额单位：万元"),
                   repeat=(0, 2), fresh_page=True, turned=True)
    return doc.save(folder)


def layout_xj_final_accounts_project_self_eval_grade_on_top(folder: Path, name: str) -> FileGold:
    dept = "昌吉市教育局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024,
                  cover=[(f"{dept}2024年度部门决算", 22), ("二〇二五年九月", 14)])
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "38,210.60"), ("其他收入", "520.00")],
                    [("教育支出", "37,946.30"), ("社会保障和就业支出", "784.30")])
    evals = [
        ("学前教育保教费补助", "昌吉市各公办幼儿园", "1,260.00", "1,198.50", "1,260.00", "1,198.50", "优", [
            Ind("产出指标", "数量指标", "享受补助在园幼儿数", "≥8600人", (">=", 8600, "人"), "20", "8754人", "20"),
            Ind("产出指标", "质量指标", "补助资金发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "资金拨付时间", "2024年9月底前", (None, None, None), "10", "2024年9月", "10"),
            Ind("效益指标", "社会效益指标", "学前三年毛入园率", "≥95%", (">=", 95, "%"), "25", "96.2%", "25"),
            Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", (">=", 90, "%"), "20", "94%", "20"),
        ]),
        ("中小学校舍维修改造", "昌吉市教育局基建办", "850.00", "702.30", "800.00", "660.00", "良", [
            Ind("产出指标", "数量指标", "维修改造校舍面积", "≥2.4万平方米", (">=", 2.4, "万平方米"), "20", "2.1万平方米", "16",
                "两所学校工程延期"),
            Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "成本指标", "每平方米改造成本", "≤350元", ("<=", 350, "元"), "10", "334元", "10"),
            Ind("效益指标", "社会效益指标", "校舍安全状况", "明显改善", Q, "20", "明显改善", "20"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
        ]),
    ]
    for project, unit_name, budget, executed, fiscal, f_exec, grade, inds in evals:
        rs = _rate_score(budget, executed)
        total = rs + sum(float(i.score) for i in inds)
        o_bud = Decimal(budget.replace(",", "")) - Decimal(fiscal.replace(",", ""))
        o_exe = Decimal(executed.replace(",", "")) - Decimal(f_exec.replace(",", ""))
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 2, "自评得分"), (2, 2, _f2(total)), (4, 1, "自评等级"), (5, 3, grade))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, head in enumerate(("", "预算数", "执行数", "执行率", "分值", "得分")):
            rows.put(r, 1 + k + (1 if k else 0), 1, 2 if k == 0 else 1, head)
        lines = (("资金总额", budget, executed, _rate(budget, executed), "10", _f2(rs)),
                 ("其中：财政资金", fiscal, f_exec, "—", "—", "—"),
                 ("其他资金", f"{o_bud:,.2f}", f"{o_exe:,.2f}", "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 1, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 3 + j, 1, 1, v)
        rows.add((0, 2, "年度目标完成情况"), (2, 6, f"{project}各项年度任务已按计划实施，资金使用规范。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重",
                                                     "得分", "未完成原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [44, 52, 96, 74, 70, 38, 38, 88],
                             title="2024年度项目支出绩效自评表", editor=f"填报单位：{dept}",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


def layout_hen_year_before_period_money_total(folder: Path, name: str) -> FileGold:
    dept = "林州市文化广电和旅游局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("红旗渠精神文化传承展示提升", "410581250000017", ("1,200.00", "1,100.00", "100.00"),
         ("420.00", "400.00", "20.00"), [
             Ind("产出指标", "数量指标", "新建改造展陈面积", "≥1800平方米", (">=", 1800, "平方米"), period="≥5000平方米"),
             Ind("产出指标", "数量指标", "举办主题展演活动", "≥40场", (">=", 40, "场"), period="≥120场"),
             Ind("产出指标", "质量指标", "展陈工程验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "年度建设任务完成时间", "2025年12月底前", (None, None, None), period="2027年12月底前"),
             Ind("效益指标", "社会效益指标", "年接待参观人次", "≥60万人次", (">=", 60, "万人次"), period="≥200万人次"),
             Ind("效益指标", "可持续影响指标", "红旗渠精神传播影响力", "持续扩大", Q, period="显著扩大"),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%", (">=", 92, "%"), period="≥92%"),
         ]),
        ("公共文化场馆免费开放", "410581250000025", ("390.00", "390.00", "0.00"),
         ("130.00", "130.00", "0.00"), [
             Ind("产出指标", "数量指标", "免费开放场馆数", "12个", ("=", 12, "个"), period="12个"),
             Ind("产出指标", "数量指标", "开展公益培训场次", "≥150场", (">=", 150, "场"), period="≥450场"),
             Ind("产出指标", "质量指标", "场馆年开放时间", "≥300天", (">=", 300, "天"), period="≥300天"),
             Ind("效益指标", "社会效益指标", "基层群众文化参与度", "明显提高", Q, period="明显提高"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
    ]
    for project, code, period_money, year_money, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目期限"), (5, 1, "2025-2027年"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        rows.put(r, 3, 1, 2, "实施期资金总额")
        rows.put(r, 5, 1, 1, "年度资金总额")
        for k, label in enumerate(("资金总额", "其中：财政资金", "其他资金"), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, period_money[k - 1])
            rows.put(r + k, 5, 1, 1, year_money[k - 1])
        rows.add((0, 1, "总体目标"), (1, 3, "实施期目标：分三年完成项目建设，形成完善的服务体系。"),
                 (4, 2, "年度目标：完成本年度建设和服务任务。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实施期指标值",
                                                     "指标值设定依据"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.period), (5, 1, "计划标准")])
        rows.add((0, 6, "填报说明：1.年度指标值为本年度预期达到的目标值；2.实施期指标值为项目全周期目标值。"))
        doc.pages.grid(_spec(rows.cells, rows.n, [60, 72, 116, 76, 76, 100], title="项目支出绩效目标表",
                             editor=f"（2025年度）  预算单位：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=period_money[0], year=year_money[0], fiscal=year_money[1])
    return doc.save(folder)


def layout_jx_budget_title_in_grid_split_words(folder: Path, name: str) -> FileGold:
    dept = "南昌市青山湖区生态环境局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025,
                  cover=[(f"{dept}2025年部门预算", 22), ("二〇二五年一月", 14)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "1,864.20", "1,864.20"), ("政府性基金预算拨款收入", "95.00", "95.00")])
    projects = [
        ("大气污染防治专项", ("310.00", "300.00", "10.00"), [
            Ind("产出指标", "数量指标", "建成运行空气质量自动监测微站", ("不少于", "36", "个"), (">=", 36, "个")),
            Ind("产出指标", "数量指标", "涉气重点企业执法检查", ("不少于", "220", "家次"), (">=", 220, "家次")),
            Ind("产出指标", "质量指标", "监测数据有效传输率", ("不低于95", "%"), (">=", 95, "%")),
            Ind("效益指标", "生态效益指标", "全区环境空气质量优良天数比例", ("不低于88.5", "%"), (">=", 88.5, "%")),
            Ind("效益指标", "生态效益指标", "细颗粒物（PM2.5）年均浓度", ("不高于32", "微克/立方米"), ("<=", 32, "微克/立方米")),
            Ind("满意度指标", "服务对象满意度指标", "群众对大气环境质量满意度", ("不低于85", "%"), (">=", 85, "%")),
        ]),
        ("水污染防治及河湖水质监测", ("186.50", "186.50", "0.00"), [
            Ind("产出指标", "数量指标", "地表水水质监测断面数量", ("等于", "14", "个"), ("=", 14, "个")),
            Ind("产出指标", "质量指标", "国省控断面水质达标率", ("达到100", "%"), (">=", 100, "%")),
            Ind("产出指标", "时效指标", "水质异常处置响应时间", ("不超过24", "小时"), ("<=", 24, "小时")),
            Ind("效益指标", "生态效益指标", "城区黑臭水体", ("动态清零", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "沿河居民满意度", ("不低于90", "%"), (">=", 90, "%")),
        ]),
    ]
    for project, (year, fiscal, other), inds in projects:
        rows = _Rows()
        rows.add((0, 5, "2025年项目支出绩效目标表"))
        rows.add((0, 3, f"预算单位：{dept}"), (3, 2, "单位：万元"))
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "项目类型"), (1, 1, "其他运转类"), (2, 1, "资金总额（万元）"), (3, 1, "财政拨款（万元）"),
                 (4, 1, "其他资金（万元）"))
        rows.add((0, 2, "项目资金"), (2, 1, year), (3, 1, fiscal), (4, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 4, "持续改善区域生态环境质量，完成上级下达的污染防治约束性指标。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "度量单位"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0] if len(i.target) == 2 else
                                                                  i.target[0] + i.target[1]),
                                                (4, 1, i.target[-1])])
        doc.pages.grid(_spec(rows.cells, rows.n, [72, 86, 120, 90, 90]), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_gz_dept_self_eval_weight_first(folder: Path, name: str) -> FileGold:
    dept = "贵阳市观山湖区市场监督管理局"
    doc = FormDoc(name, f"{dept}2024年度部门整体支出绩效自评表", dept, 2024)
    budget, executed = "3,126.40", "3,058.72"
    rs = _rate_score(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥2600批次", (">=", 2600, "批次"), "10", "2718批次", "10"),
        Ind("产出指标", "数量指标", "双随机抽查市场主体户数", "≥1500户", (">=", 1500, "户"), "10", "1562户", "10"),
        Ind("产出指标", "质量指标", "抽检不合格食品核查处置率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "12315投诉按时办结率", "≥98%", (">=", 98, "%"), "10", "96.5%", "8", "节假日投诉量激增"),
        Ind("效益指标", "经济效益指标", "新登记市场主体", "≥6000户", (">=", 6000, "户"), "10", "6235户", "10"),
        Ind("效益指标", "社会效益指标", "重大食品安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
        Ind("效益指标", "可持续影响指标", "信用监管机制", "不断完善", Q, "10", "不断完善", "10"),
        Ind("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", (">=", 90, "%"), "15", "91.2%", "15"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 3, dept), (5, 1, "联系人"), (6, 2, "张敏"))
    rows.add((0, 4, "项目"), (4, 1, "全年预算数"), (5, 1, "全年执行数"), (6, 1, "执行率"), (7, 1, "得分"))
    for label, b, e, rate, sc in (("年度资金总额（万元）", budget, executed, _rate(budget, executed), _f2(rs)),
                                  ("其中：基本支出", "1,846.40", "1,840.12", "—", "—"),
                                  ("项目支出", "1,280.00", "1,218.60", "—", "—")):
        rows.add((0, 4, label), (4, 1, b), (5, 1, e), (6, 1, rate), (7, 1, sc))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.weight), (4, 1, i.raw), (5, 1, i.actual),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = rs + sum(float(i.score) for i in inds)
    rows.add((0, 2, "评价结论"), (2, 6, "部门整体支出绩效目标基本完成，预算执行较好，投诉办结效率仍需提高。"))
    rows.add((0, 6, "总分"), (6, 2, _f2(total)))
    rows.add((0, 6, "自评等级"), (6, 2, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 90, 170, 50, 90, 90, 50, 150], landscape=True,
                         title="2024年度部门整体支出绩效自评表", unit_raw="单位：万元",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, round(total, 2), "优")
    return doc.save(folder)


def layout_hb_long_form_no_repeat_yuan(folder: Path, name: str) -> FileGold:
    dept = "正定县住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    project = "老旧小区改造及配套基础设施建设"
    year, fiscal, other = "8,650,000.00", "8,000,000.00", "650,000.00"
    inds = [
        Ind("产出指标", "数量指标", "改造老旧小区个数", "≥14个", (">=", 14, "个"), "10"),
        Ind("产出指标", "数量指标", "惠及居民户数", "≥2300户", (">=", 2300, "户"), "5"),
        Ind("产出指标", "数量指标", "改造供水管网长度", "≥6.5公里", (">=", 6.5, "公里"), "4"),
        Ind("产出指标", "数量指标", "改造雨污管网长度", "≥5.2公里", (">=", 5.2, "公里"), "4"),
        Ind("产出指标", "数量指标", "新增停车位", "≥420个", (">=", 420, "个"), "4"),
        Ind("产出指标", "数量指标", "加装电梯部数", "≥12部", (">=", 12, "部"), "4"),
        Ind("产出指标", "数量指标", "新建改建充电桩", "≥80个", (">=", 80, "个"), "3"),
        Ind("产出指标", "质量指标", "工程质量验收合格率", "100%", ("=", 100, "%"), "6"),
        Ind("产出指标", "质量指标", "安全生产事故", "0起", ("=", 0, "起"), "4"),
        Ind("产出指标", "质量指标", "外墙保温节能改造达标率", "≥95%", (">=", 95, "%"), "4"),
        Ind("产出指标", "时效指标", "年度开工率", "100%", ("=", 100, "%"), "4"),
        Ind("产出指标", "时效指标", "主体工程完工时间", "2025年11月底前", (None, None, None), "4"),
        Ind("产出指标", "成本指标", "每平方米综合改造成本", "≤380元", ("<=", 380, "元"), "5"),
        Ind("产出指标", "成本指标", "单部电梯加装补助", "≤20万元", ("<=", 20, "万元"), "3"),
        Ind("效益指标", "社会效益指标", "居民居住条件", "明显改善", Q, "8"),
        Ind("效益指标", "社会效益指标", "小区物业管理覆盖率", "≥90%", (">=", 90, "%"), "5"),
        Ind("效益指标", "生态效益指标", "建筑能耗降低", "≥15%", (">=", 15, "%"), "5"),
        Ind("效益指标", "可持续影响指标", "长效管理机制", "建立健全", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%"), "9"),
        Ind("满意度指标", "服务对象满意度指标", "施工扰民投诉处理满意度", "≥85%", (">=", 85, "%"), "4"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目负责人"), (4, 2, "刘建华"))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "正定县城市更新服务中心"))
    rows.add((0, 1, "项目资金"), (1, 2, "年度预算数"), (3, 1, "其中：财政资金"), (4, 2, "其他资金"))
    rows.add((0, 1, "（元）"), (1, 2, year), (3, 1, fiscal), (4, 2, other))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "完成14个老旧小区综合改造，配套完善水电气暖及停车、充电、加装电梯等设施，"
                                          "居民居住条件明显改善。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"),
             (5, 1, "指标解释"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight),
                                            (5, 1, f"依据{i.name[:4]}年度计划和县政府工作报告确定")])
    rows.add((0, 1, "填表人"), (1, 2, "李娜"), (3, 1, "填报日期"), (4, 2, "2025年1月10日"))
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 78, 130, 84, 46, 110], title=f"{dept}2025年项目支出绩效目标表",
                         editor=f"预算单位：{dept}", unit_raw="金额单位：元"), fresh_page=True)
    doc.pages.grid(_spec([(0, 0, 1, 1, "备注"), (0, 1, 1, 1, "项目资金已纳入2025年县级预算，按工程进度拨付。")], 1,
                         [70, 434]))
    doc.gold.project(project, "元", year=year, fiscal=fiscal)
    return doc.save(folder)


BLIND8: dict[str, Builder] = {
    "jl_cc_budget_table11_list": layout_jl_cc_budget_table11_list,
    "js_wx_dept_direction_words": layout_js_wx_dept_direction_words,
    "gx_county_self_eval_yuan_scores_first": layout_gx_county_self_eval_yuan_scores_first,
    "hlj_final_accounts_dept_self_eval_column_units": layout_hlj_final_accounts_dept_self_eval_column_units,
    "gs_town_small_forms_ranges_dates": layout_gs_town_small_forms_ranges_dates,
    "cq_turned_list_blank_repeats": layout_cq_turned_list_blank_repeats,
    "xj_final_accounts_project_self_eval_grade_on_top": layout_xj_final_accounts_project_self_eval_grade_on_top,
    "hen_year_before_period_money_total": layout_hen_year_before_period_money_total,
    "jx_budget_title_in_grid_split_words": layout_jx_budget_title_in_grid_split_words,
    "gz_dept_self_eval_weight_first": layout_gz_dept_self_eval_weight_first,
    "hb_long_form_no_repeat_yuan": layout_hb_long_form_no_repeat_yuan,
}
SETS: dict[str, dict[str, Builder]] = {"blind8": BLIND8}


def write_layout(name: str, folder: str | Path) -> dict:
    """Write layout ``name`` as ``<name>.pdf`` with its gold ``<name>.gold.json`` in folder;
    returns the gold (file_name, department, fiscal_year, indicators, projects,
    self_evaluations, plus layout and set)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    which = next(k for k, layouts in SETS.items() if name in layouts)
    gold = SETS[which][name](folder, name)
    out = {"layout": name, "set": which, **gold.__dict__}
    (folder / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def write_set(which: str, folder: str | Path) -> list[dict]:
    """Write every layout of ``which`` ("blind8") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
