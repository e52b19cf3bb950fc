"""BLIND65 performance forms: ten layouts as 湖北 潜江, 湖南 娄底, 河南 焦作, 安徽 滁州, 江西 宜春,
山西 吕梁, 陕西 榆林, 四川 巴中, 重庆 荣昌 and 云南 昭通 print their 项目支出绩效目标表,
部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表 in 2025–2026 (the 2025 budget,
the 2024 final accounts), written by an author who had read neither the form reader nor the
earlier blind sets (only the gold helpers and page composer of ``form_layouts``, BLIND9's gold
conventions and the real disclosures). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

hub_qj_budget_nature_column_fund_grid  湖北 潜江 部门预算 (rules "filled", header rows shaded):
        budget tables, then one 项目支出绩效目标表 per project as the 湖北 预算管理一体化 system
        prints it: 项目名称 | 项目编码, 项目类别 | 项目期限, a 项目资金（万元） label merged over
        资金总额 | 财政拨款 | 上年结转 | 其他资金 heads and one amounts row, grid 一级 | 二级 |
        三级 | 指标性质 (≥ ≤ = 定性) | 指标值 | 度量单位 | 权重
hun_ld_standalone_yuan_label_pairs_open  湖南 娄底 standalone 项目支出绩效目标表 in 元 with
        separators (rules "open"): 项目总额（元） | 年度预算（元） and 其中：财政拨款（元） | 上年结转（元）
        label | value pairs, 实施期目标 beside 年度目标, grid 一级 | 二级 | 三级 | 指标值 (words
        不低于 / 不高于 / 达到 / 控制在…以内) | 指标值说明
ha_jz_accounts_self_evals_four_money_rows  河南 焦作 部门决算 (rules "cells", header shaded):
        accounts tables, two 项目支出绩效自评表 whose money block has 年初预算数 | 全年预算数 |
        全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 /
        其他资金 (0.00 printed), then a 部门整体支出绩效自评表, 总分 and 绩效等级 rows
ah_cz_budget_turned_stacked_money  安徽 滁州 部门预算, forms on landscape pages turned by
        /Rotate (rules "filled"): 项目资金（万元） merged down three stacked rows 年度资金总额 /
        其中：财政资金 / 其他资金, 年度绩效目标, grid 一级 | 二级 | 三级 | 指标值 | 指标值设定依据
jx_yc_budget_dept_wide_then_project  江西 宜春 部门预算 (rules "cells"): a 部门整体支出绩效目标表
        (预算资金 heads 合计 | 基本支出 | 项目支出, 年度主要任务 with their money, 年度总体目标, grid
        with 权重) then a 项目支出绩效目标表 (资金总额 | 财政拨款 | 其他资金 in label | value row)
sx_ll_self_evals_yuan_open_grade_words  山西 吕梁 standalone 2024 项目支出绩效自评表 in 元 (rules
        "open"): money columns 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 with the label in the
        first column (资金总额 / 其中：财政拨款 / 上年结转), grid 年度指标值 | 实际完成值 | 分值 | 得分 |
        偏差原因, 自评得分 and 评价等级 (words 优秀 / 良好)
sn_yl_budget_two_forms_a_page_income_lines  陕西 榆林 部门预算 (rules "filled", header shaded):
        short forms two to a page, 资金来源 as income lines (一般公共预算财政拨款收入 /
        政府性基金预算财政拨款收入 / 上年结转 / 其他收入, blank lines), 资金总额 on its own line
sc_bz_standalone_period_and_year_values  四川 巴中 standalone 项目支出绩效目标表 (rules "cells"):
        项目资金（万元） heads 中期资金总额 | 年度资金总额 | 其中：财政拨款 | 其他资金 over one row,
        实施期目标 | 年度目标 side by side, grid 一级 | 二级 | 三级 | 实施期指标值 | 年度指标值
cq_rc_street_self_evals_label_pairs  重庆 荣昌 街道办事处 2024 自评 (rules "filled"): a
        项目支出绩效自评表 whose money sits in label | value pairs (年初预算数（万元） | … | 全年执行数
        （万元） | …, 执行率 | 得分) and a 部门整体支出绩效自评表, grid with 分值 | 得分
yn_zt_hospital_budget_long_form_yuan_sources  云南 昭通 县人民医院 部门预算 (rules "open"):
        one long form per project over pages with its header repeated, money in 元 in a 资金来源
        grid (合计 | 财政拨款 | 事业收入 | 上年结转 | 其他), grid with 权重（%）

Gold conventions: BLIND9's docstring, with the round's money rulings — fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of the source lines named …财政拨款收入 (a blank line adds
nothing; never 一般公共预算 alone, 事业收入, 其他资金); a printed 0.00 上年结转 is no carried amount
(None); 项目总额 / 中期资金总额 is ``total`` beside the year; 达到 N reads ≥; 控制在 N 以内 reads ≤.
Where 实施期指标值 and 年度指标值 are both printed, target_raw is the 年度 one. 部门整体 money is no project's.
"""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表 and 一般公共预算支出表, the 说明
    heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", f"第二部分  {year}年部门预算表",
                                   f"第三部分  {year}年部门预算情况说明", "第四部分  名词解释",
                                   "附件  项目支出绩效目标表"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、省委省政府和市委市政府决策部署，依法履行本部门职责。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属二级预算单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = [plain_row([a, v, "", ""]) for a, v in income]
    for i, s in enumerate(spending):
        if i < len(body):
            body[i] = plain_row([income[i][0], income[i][1], s[0], s[1]])
        else:
            body.append(plain_row(["", "", s[0], s[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_in:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收  入"), (0, 2, 1, 2, "支  出"), (1, 0, 1, 1, "项  目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项  目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, [plain_row(list(s)) for s in spending],
                              ["l", "r", "r", "r"]))
    doc.pages.text_page(f"第三部分  {year}年部门预算情况说明", [
        f"绩效目标设置情况：按照全面实施预算绩效管理的要求，{year}年本部门项目支出全部编制了绩效目标，"
        "部门整体支出和项目支出绩效目标见附表。",
    ])


def _pct(executed: str, budget: str) -> tuple[str, str, Decimal]:
    """执行率 as printed, its score out of 10 as printed, and that score."""
    rate = Decimal(executed.replace(",", "")) / Decimal(budget.replace(",", ""))
    score = min(Decimal(10), (rate * 10).quantize(Decimal("0.01")))
    return f"{rate * 100:.2f}%", f"{score:.2f}", score


def _total(rate_score: Decimal, inds: list[Ind]) -> Decimal:
    return rate_score + sum(Decimal(i.score) for i in inds)


def layout_hub_qj_budget_nature_column_fund_grid(folder: Path, name: str) -> FileGold:
    """湖北 潜江: rules "filled", header rows shaded; 指标性质 | 指标值 | 度量单位 | 权重."""
    dept = "潜江市农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,842.30"), ("政府性基金预算拨款收入", "1,200.00"),
                                    ("上年结转", "315.50")],
                  [("农林水支出", "7,658.80", "1,126.40", "6,532.40"), ("社会保障和就业支出", "699.00", "699.00", "")])
    projects = [
        ("高标准农田建设项目", "42900525T000001836", "一般性项目", "2025-2025", "1,280.00", "1,000.00", "200.00", "80.00",
         "新建高标准农田2.5万亩，配套灌排设施，提升耕地质量等级。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", ("≥", "2.5", "万亩"), (">=", 2.5, "万亩"), "20"),
             Ind("产出指标", "数量指标", "新建改造灌排渠道", ("≥", "38", "公里"), (">=", 38, "公里"), "10"),
             Ind("产出指标", "质量指标", "项目工程验收合格率", ("=", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "项目完工时间", ("≤", "12", "月"), ("<=", 12, "月"), "5"),
             Ind("成本指标", "经济成本指标", "亩均建设成本", ("≤", "3000", "元/亩"), ("<=", 3000, "元/亩"), "10"),
             Ind("效益指标", "经济效益指标", "项目区粮食亩均增产", ("≥", "50", "公斤"), (">=", 50, "公斤"), "15"),
             Ind("效益指标", "可持续影响指标", "建后管护机制", ("定性", "健全", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("农村人居环境整治", "42900525T000002104", "一般性项目", "2025-2027", "460.00", "460.00", "0.00", "",
         "完成农村改厕及生活垃圾收运处置，改善村庄人居环境。", [
             Ind("产出指标", "数量指标", "农村户厕改造户数", ("≥", "3200", "户"), (">=", 3200, "户"), "20"),
             Ind("产出指标", "质量指标", "改厕验收合格率", ("≥", "95", "%"), (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "奖补资金拨付时限", ("≤", "30", "日"), ("<=", 30, "日"), "10"),
             Ind("成本指标", "经济成本指标", "户厕改造补助标准", ("=", "1000", "元/户"), ("=", 1000, "元/户"), "10"),
             Ind("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", ("≥", "90", "%"), (">=", 90, "%"), "20"),
             Ind("效益指标", "社会效益指标", "村庄环境面貌", ("定性", "明显改善", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "农村群众满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
         ]),
    ]
    widths = [52, 62, 112, 44, 60, 70, 55]
    heads = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重")
    for k, (project, code, kind, term, total, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 2, "潜江市农业技术推广中心"))
        rows.add((0, 2, "项目类别"), (2, 2, kind), (4, 1, "项目期限"), (5, 2, term))
        r = rows.n
        rows.put(r, 0, 2, 2, "项目资金（万元）")
        for j, (c, cs, head) in enumerate(((2, 1, "资金总额"), (3, 2, "财政拨款"), (5, 1, "上年结转"),
                                           (6, 1, "其他资金"))):
            rows.put(r, c, 1, cs, head)
        for c, cs, v in ((2, 1, total), (3, 2, fiscal), (5, 1, carried), (6, 1, other)):
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        hr = rows.add(*[(j, 1, h) for j, h in enumerate(heads)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位名称：{dept}",
                     unit_raw="金额单位：万元")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(hr,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal,
                         carried=carried if Decimal(carried) else None)
    return doc.save(folder)


def layout_hun_ld_standalone_yuan_label_pairs_open(folder: Path, name: str) -> FileGold:
    """湖南 娄底: rules "open"; money in 元 as label | value pairs; targets in words."""
    dept = "娄底市娄星区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("学前教育公用经费保障", "1,860,000.00", "620,000.00", "620,000.00", None,
         "三年内保障公办幼儿园正常运转，普惠性学前教育覆盖率稳步提高。", "保障全区公办幼儿园公用经费，提升保教质量。", [
             Ind("产出指标", "数量指标", "保障公办幼儿园在园幼儿数", "不低于4600人", (">=", 4600, "人")),
             Ind("产出指标", "质量指标", "普惠性幼儿园覆盖率", "达到90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "公用经费拨付时间", "2025年9月底前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "生均公用经费标准", "600元/生·年", ("=", 600, "元/生·年")),
             Ind("效益指标", "社会效益指标", "学前三年毛入园率", "不低于92%", (">=", 92, "%")),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("义务教育学校校舍维修改造", "3,500,000.00", "3,500,000.00", "2,800,000.00", "700,000.00",
         "完成义务教育薄弱学校校舍维修改造，消除校舍安全隐患。", "维修改造校舍12栋，消除D级危房。", [
             Ind("产出指标", "数量指标", "维修改造校舍栋数", "12栋", ("=", 12, "栋")),
             Ind("产出指标", "数量指标", "维修改造面积", "不少于8500平方米", (">=", 8500, "平方米")),
             Ind("产出指标", "质量指标", "工程质量验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "工程完工时限", "2025年8月31日前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "项目结算超预算比例", "控制在5%以内", ("<=", 5, "%")),
             Ind("效益指标", "社会效益指标", "校舍安全隐患", "全部消除", Q),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "不低于95%", (">=", 95, "%")),
         ]),
        ("教师培训经费", "400,000.00", "400,000.00", "400,000.00", "0.00",
         "持续提升教师专业能力。", "组织中小学教师全员培训，提升教师教学能力。", [
             Ind("产出指标", "数量指标", "培训教师人次", "不低于1500人次", (">=", 1500, "人次")),
             Ind("产出指标", "质量指标", "培训考核合格率", "不低于98%", (">=", 98, "%")),
             Ind("成本指标", "经济成本指标", "人均培训成本", "不高于260元", ("<=", 260, "元")),
             Ind("效益指标", "可持续影响指标", "教师专业发展", "持续提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "不低于90%", (">=", 90, "%")),
         ]),
    ]
    widths = [36, 60, 64, 120, 100, 115]
    for k, (project, total, year_amt, fiscal, carried, period_goal, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 3, "项目名称"), (3, 1, project), (4, 1, "项目属性"), (5, 1, "延续项目" if k != 1 else "新增项目"))
        rows.add((0, 3, "主管部门"), (3, 1, dept), (4, 1, "实施单位"), (5, 1, dept))
        rows.add((0, 3, "项目总额（元）"), (3, 1, total), (4, 1, "年度预算（元）"), (5, 1, year_amt))
        rows.add((0, 3, "其中：财政拨款（元）"), (3, 1, fiscal), (4, 1, "上年结转（元）"), (5, 1, carried or ""))
        rows.add((0, 3, "实施期目标"), (3, 3, period_goal))
        rows.add((0, 3, "年度目标"), (3, 3, goal))
        r = rows.add((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, "参照上年完成情况设定")])
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        spec = _spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表", editor=f"填报单位：{dept}")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=total, year=year_amt, fiscal=fiscal,
                         carried=carried if carried and Decimal(carried.replace(",", "")) else None)
    return doc.save(folder)


def _ha_self_eval(doc: FormDoc, project: str | None, dept: str, unit_name: str, money: list[tuple[str, str, str, str]],
                  goal: tuple[str, str], inds: list[Ind], grade: str) -> None:
    """The 河南 form: four money rows (年度资金总额 first) under 年初预算数 | 全年预算数 | 全年执行数 |
    分值 | 执行率 | 得分, the 年度总体目标 pair, the scored grid, 总分, 绩效等级."""
    title = "项目支出绩效自评表" if project else "部门整体支出绩效自评表"
    rows = _Rows()
    hr = [rows.add((0, 9, f"（{doc.gold.fiscal_year}年度）"))]
    if project:
        rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 2, "项目资金（万元）" if project else "部门预算资金（万元）")
    rows.put(r, 2, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    hr.append(r)
    rate, rate_txt, rate_score = _pct(money[0][3], money[0][2])
    for k, (label, initial, budget, executed) in enumerate(money, 1):
        rows.put(r + k, 2, 1, 1, label)
        tail = ("10", rate, rate_txt) if k == 1 else ("—", "—", "—")
        for j, v in enumerate((initial, budget, executed, *tail)):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 3, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 2, 1, 3, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    hr.append(r)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = _total(rate_score, inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "绩效等级"), (6, 3, grade))
    spec = _spec(rows.cells, rows.n, [28, 40, 56, 82, 58, 58, 34, 40, 99], title=title,
                 editor=f"填报单位：{dept}", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, rules="cells", shaded_rows=tuple(hr[1:])), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], float(total), grade)
    if project:
        doc.gold.project(project, "万元", year=money[0][2], fiscal=money[1][2],
                         carried=money[2][2] if Decimal(money[2][2]) else None)


def layout_ha_jz_accounts_self_evals_four_money_rows(folder: Path, name: str) -> FileGold:
    """河南 焦作: rules "cells", money and grid headers shaded; two project and one 部门整体 self evaluation."""
    dept = "焦作市卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "12,436.80"), ("二、事业收入", "2,105.60")],
                    [("一、卫生健康支出", "13,902.15"), ("二、社会保障和就业支出", "640.25")])
    _ha_self_eval(doc, "基本公共卫生服务补助", dept, "焦作市疾病预防控制中心",
                  [("年度资金总额", "2,360.00", "2,480.00", "2,412.56"), ("其中：当年财政拨款", "2,360.00", "2,300.00", "2,232.56"),
                   ("上年结转资金", "0.00", "180.00", "180.00"), ("其他资金", "0.00", "0.00", "0.00")],
                  ("为城乡居民免费提供基本公共卫生服务，提高居民健康水平。",
                   "完成居民健康档案管理、重点人群健康管理等服务，目标基本实现。"), [
                      Ind("产出指标", "数量指标", "居民规范化电子健康档案覆盖率", "≥64%", (">=", 64, "%"), "10", "66.3%", "10"),
                      Ind("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%", (">=", 62, "%"), "10", "63.8%", "10"),
                      Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥60%", (">=", 60, "%"), "10", "58.2%", "8",
                          "部分患者随访依从性差，下年加强家庭医生随访"),
                      Ind("产出指标", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
                      Ind("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "94元", ("=", 94, "元"), "10", "94元", "10"),
                      Ind("效益指标", "社会效益指标", "城乡居民健康素养水平", "≥28%", (">=", 28, "%"), "20", "29.6%", "20"),
                      Ind("满意度指标", "服务对象满意度指标", "城乡居民对基本公共卫生服务满意度", "≥85%", (">=", 85, "%"),
                          "20", "91%", "20"),
                  ], "优")
    _ha_self_eval(doc, "医疗机构能力提升项目", dept, "焦作市第二人民医院",
                  [("年度资金总额", "800.00", "800.00", "652.40"), ("其中：当年财政拨款", "800.00", "800.00", "652.40"),
                   ("上年结转资金", "0.00", "0.00", "0.00"), ("其他资金", "0.00", "0.00", "0.00")],
                  ("购置医疗设备，提升县域医疗服务能力。", "完成设备采购28台（套），部分设备安装调试未完成。"), [
                      Ind("产出指标", "数量指标", "购置医疗设备数量", "≥30台（套）", (">=", 30, "台(套)"), "15", "28台（套）", "12",
                          "2台设备供货延迟，已督促供应商"),
                      Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
                      Ind("产出指标", "时效指标", "设备投入使用时间", "2024年10月底前", (None, None, None), "10", "2024年12月",
                          "6", "采购流程较长"),
                      Ind("效益指标", "社会效益指标", "县域内就诊率", "≥90%", (">=", 90, "%"), "20", "88.5%", "17",
                          "设备未全部投用"),
                      Ind("效益指标", "可持续影响指标", "设备使用年限", "≥8年", (">=", 8, "年"), "10", "8年", "10"),
                      Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
                  ], "良")
    _ha_self_eval(doc, None, dept, dept,
                  [("年度资金总额", "13,850.00", "14,620.30", "14,542.40"), ("其中：当年财政拨款", "12,050.00", "12,514.70", "12,436.80"),
                   ("上年结转资金", "0.00", "0.00", "0.00"), ("其他资金", "1,800.00", "2,105.60", "2,105.60")],
                  ("履行卫生健康管理职责，保障部门正常运转和重点项目实施。", "部门整体运转正常，重点任务全部完成。"), [
                      Ind("产出指标", "数量指标", "重点项目完成数", "≥12个", (">=", 12, "个"), "20", "12个", "20"),
                      Ind("产出指标", "质量指标", "预算执行率", "≥95%", (">=", 95, "%"), "15", "99.47%", "15"),
                      Ind("产出指标", "时效指标", "重点工作按时完成率", "100%", ("=", 100, "%"), "15", "100%", "15"),
                      Ind("效益指标", "社会效益指标", "人均预期寿命", "≥78.6岁", (">=", 78.6, "岁"), "20", "78.8岁", "20"),
                      Ind("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", (">=", 90, "%"), "20", "90.5%", "20"),
                  ], "优")
    return doc.save(folder)


def layout_ah_cz_budget_turned_stacked_money(folder: Path, name: str) -> FileGold:
    """安徽 滁州: forms on landscape pages turned by /Rotate, rules "filled"; stacked money rows."""
    dept = "滁州市城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "9,215.60"), ("政府性基金预算拨款收入", "2,600.00")],
                  [("城乡社区支出", "10,985.60", "1,452.30", "9,533.30"), ("住房保障支出", "830.00", "830.00", "")])
    projects = [
        ("城区道路桥梁维护", "3,260.00", "3,260.00", "",
         "对城区主次干道、桥梁进行日常养护和病害维修，道路完好率保持在95%以上。", [
             Ind("产出指标", "数量指标", "道路养护面积", "≥520万平方米", (">=", 520, "万平方米")),
             Ind("产出指标", "数量指标", "桥梁定期检测座数", "46座", ("=", 46, "座")),
             Ind("产出指标", "质量指标", "城市道路完好率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "道路病害处置时限", "≤48小时", ("<=", 48, "小时")),
             Ind("成本指标", "经济成本指标", "道路养护单价", "≤6元/平方米", ("<=", 6, "元/平方米")),
             Ind("效益指标", "社会效益指标", "市民出行条件", "持续改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("生活垃圾分类及清运处置", "4,150.00", "3,850.00", "300.00",
         "推进生活垃圾分类，实现城区生活垃圾日产日清、无害化处理。", [
             Ind("产出指标", "数量指标", "生活垃圾日均清运量", "≥650吨", (">=", 650, "吨")),
             Ind("产出指标", "数量指标", "新增垃圾分类示范小区", "≥20个", (">=", 20, "个")),
             Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "垃圾清运频次", "日产日清", Q),
             Ind("效益指标", "生态效益指标", "城区生活垃圾回收利用率", "≥35%", (">=", 35, "%")),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("数字化城市管理平台运维", "185.00", "185.00", "",
         "保障数字城管平台稳定运行，提升城市管理问题发现处置效率。", [
             Ind("产出指标", "数量指标", "城市管理问题立案数", "≥3万件", (">=", 3, "万件")),
             Ind("产出指标", "质量指标", "案件结案率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "质量指标", "平台系统正常运行率", "≥99%", (">=", 99, "%")),
             Ind("产出指标", "时效指标", "案件平均处置时长", "＜24小时", ("<", 24, "小时")),
             Ind("效益指标", "社会效益指标", "城市精细化管理水平", "有效提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "投诉市民回访满意度", "＞90%", (">", 90, "%")),
         ]),
    ]
    widths = [90, 90, 110, 190, 110, 150]
    for project, year_amt, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "预算单位"), (5, 1, dept))
        r = rows.n
        rows.put(r, 0, 3, 2, "项目资金（万元）")
        for k, (label, v) in enumerate((("年度资金总额", year_amt), ("其中：财政资金", fiscal), ("其他资金", other))):
            rows.put(r + k, 2, 1, 2, label)
            rows.put(r + k, 4, 1, 2, v)
        rows.add((0, 2, "年度绩效目标"), (2, 4, goal))
        hr = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值设定依据"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "行业标准及历史数据")])
        spec = _spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表", editor=f"部门名称：{dept}",
                     landscape=True)
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=True, turned=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


def layout_jx_yc_budget_dept_wide_then_project(folder: Path, name: str) -> FileGold:
    """江西 宜春: rules "cells"; a 部门整体支出绩效目标表 with weights, then one project form."""
    dept = "宜春市袁州区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,486.20")],
                  [("一般公共服务支出", "3,120.70", "2,415.70", "705.00"), ("社会保障和就业支出", "365.50", "365.50", "")])
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "年度预算资金（万元）")
    for k, (head, v) in enumerate((("合计", "3,486.20"), ("基本支出", "2,781.20"), ("项目支出", "705.00"))):
        rows.put(r, 2 + k, 1, 1 if k < 2 else 3, head)
        rows.put(r + 1, 2 + k, 1, 1 if k < 2 else 3, v)
    r = rows.n
    rows.put(r, 0, 4, 2, "年度主要任务")
    rows.put(r, 2, 1, 3, "任务名称")
    rows.put(r, 5, 1, 2, "预算金额（万元）")
    for k, (task, v) in enumerate((("食品药品安全监管", "320.00"), ("特种设备安全监察", "185.00"), ("市场主体登记及信用监管", "200.00")), 1):
        rows.put(r + k, 2, 1, 3, task)
        rows.put(r + k, 5, 1, 2, v)
    rows.add((0, 2, "年度总体目标"), (2, 5, "强化食品药品、特种设备等重点领域安全监管，守住不发生系统性区域性安全风险底线，优化营商环境。"))
    hr = rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重", "指标解释", "备注"))])
    inds = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "不少于2400批次", (">=", 2400, "批次"), "15"),
        Ind("产出指标", "数量指标", "特种设备监督检查台次", "不少于1800台次", (">=", 1800, "台次"), "10"),
        Ind("产出指标", "质量指标", "食品抽检不合格产品核查处置率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "企业开办时间", "不超过1个工作日", ("<=", 1, "个工作日"), "10"),
        Ind("效益指标", "社会效益指标", "重大食品药品安全事故", "0起", ("=", 0, "起"), "20"),
        Ind("效益指标", "经济效益指标", "新增市场主体户数", "高于上年", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "不低于90%", (">=", 90, "%"), "20"),
    ]
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "年度工作计划"),
                                            (6, 1, "")])
    spec = _spec(rows.cells, rows.n, [56, 62, 118, 92, 36, 70, 40], title=f"{year}年部门整体支出绩效目标表",
                 editor=f"填报单位（盖章）：{dept}", kind="department_performance_targets")
    doc.pages.grid(spec, fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    project = "食品安全抽检监测"
    pinds = [
        Ind("产出指标", "数量指标", "抽检样品批次", "2400批次", ("=", 2400, "批次"), "20"),
        Ind("产出指标", "质量指标", "抽检覆盖食品大类", "全覆盖", Q, "15"),
        Ind("产出指标", "时效指标", "检验报告出具时限", "不超过20个工作日", ("<=", 20, "个工作日"), "15"),
        Ind("成本指标", "经济成本指标", "单批次平均抽检费用", "不超过1100元", ("<=", 1100, "元"), "10"),
        Ind("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "不低于98%", (">=", 98, "%"), "25"),
        Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "不低于85%", (">=", 85, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 5, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 2, "宜春市袁州区食品检验检测中心"))
    rows.add((0, 2, "资金总额（万元）"), (2, 1, "264.00"), (3, 1, "财政拨款"), (4, 1, "264.00"), (5, 1, "其他资金"),
             (6, 1, "0.00"))
    rows.add((0, 2, "年度绩效目标"), (2, 5, "完成年度食品安全抽检任务，及时发现并处置食品安全风险隐患。"))
    rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重", "指标解释", "备注"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "省局下达任务"),
                                             (6, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 62, 118, 92, 36, 70, 40], title=f"{year}年项目支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", year="264.00", fiscal="264.00")
    return doc.save(folder)


def layout_sx_ll_self_evals_yuan_open_grade_words(folder: Path, name: str) -> FileGold:
    """山西 吕梁: rules "open"; money in 元 under 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分."""
    dept = "吕梁市离石区水利局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("农村饮水安全工程维修养护", "吕梁市离石区农村供水服务站",
         [("资金总额", "1,268,000.00", "1,215,360.00"), ("其中：财政拨款", "1,068,000.00", "1,015,360.00"),
          ("上年结转", "200,000.00", "200,000.00"), ("其他资金", "", "")],
         "对全区农村集中供水工程进行维修养护，保障农村群众饮水安全。", [
             Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥85处", (">=", 85, "处"), "15", "88处", "15"),
             Ind("产出指标", "质量指标", "农村集中供水率", "≥95%", (">=", 95, "%"), "15", "96.2%", "15"),
             Ind("产出指标", "质量指标", "水质检测达标率", "≥90%", (">=", 90, "%"), "10", "87%", "8", "个别水源受季节影响"),
             Ind("产出指标", "时效指标", "故障维修响应时间", "≤24小时", ("<=", 24, "小时"), "10", "20小时", "10"),
             Ind("效益指标", "社会效益指标", "受益农村人口", "≥6.2万人", (">=", 6.2, "万人"), "15", "6.4万人", "15"),
             Ind("效益指标", "可持续影响指标", "工程长效运行管护机制", "建立健全", Q, "10", "已建立", "10"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
         ], "优秀", "优"),
        ("河道清淤及堤防加固", "吕梁市离石区河道管理所",
         [("资金总额", "2,450,000.00", "1,987,500.00"), ("其中：财政拨款", "2,450,000.00", "1,987,500.00"),
          ("上年结转", "0.00", "0.00"), ("其他资金", "", "")],
         "完成重点河段清淤和堤防加固，提高汛期防洪能力。", [
             Ind("产出指标", "数量指标", "河道清淤长度", "≥12公里", (">=", 12, "公里"), "15", "10.5公里", "12",
                 "部分河段受汛期影响延后施工"),
             Ind("产出指标", "数量指标", "堤防加固长度", "≥3.5公里", (">=", 3.5, "公里"), "15", "3.5公里", "15"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "工程完工时间", "2024年10月31日前", (None, None, None), "10", "2024年12月20日",
                 "6", "汛期停工"),
             Ind("效益指标", "社会效益指标", "防洪标准", "达到20年一遇", (">=", 20, "年一遇"), "20", "20年一遇", "20"),
             Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
         ], "良好", "良"),
    ]
    widths = [28, 40, 52, 86, 62, 62, 40, 40, 85]
    for project, unit_name, money, goal, inds, grade_txt, grade in evals:
        rows = _Rows()
        rows.add((0, 3, "项目名称"), (3, 3, project), (6, 1, "项目类型"), (7, 2, "专项业务类"))
        rows.add((0, 3, "主管部门"), (3, 2, dept), (5, 1, "实施单位"), (6, 3, unit_name))
        rate, rate_txt, rate_score = _pct(money[0][2], money[0][1])
        rows.add((0, 3, "项目资金（元）"), (3, 1, "全年预算数"), (4, 2, "全年执行数"), (6, 1, "执行率"), (7, 1, "分值"),
                 (8, 1, "得分"))
        for k, (label, budget, executed) in enumerate(money):
            tail = (rate, "10", rate_txt) if k == 0 else ("—", "—", "—")
            rows.add((0, 3, label), (3, 1, budget), (4, 2, executed), (6, 1, tail[0]), (7, 1, tail[1]), (8, 1, tail[2]))
        rows.add((0, 3, "年度绩效目标完成情况"), (3, 6, goal + "目标基本完成。"))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 3, "自评得分"), (3, 1, f"{total:.2f}"), (4, 2, "评价等级"), (6, 2, grade_txt), (8, 1, ""))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                     unit_raw="单位：元", kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", money[0][1], money[0][2], float(total), grade)
        carried = money[2][1]
        doc.gold.project(project, "元", year=money[0][1], fiscal=money[1][1],
                         carried=carried if Decimal(carried.replace(",", "")) else None)
    return doc.save(folder)


def layout_sn_yl_budget_two_forms_a_page_income_lines(folder: Path, name: str) -> FileGold:
    """陕西 榆林: rules "filled", header shaded; two short forms a page, 资金来源 income lines."""
    dept = "榆林市榆阳区文化和旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,318.40"), ("政府性基金预算拨款收入", "450.00"),
                                    ("其他收入", "96.00")],
                  [("文化旅游体育与传媒支出", "2,698.40", "1,288.40", "1,410.00"), ("社会保障和就业支出", "166.00", "166.00", "")])
    projects = [
        ("公共文化服务体系建设", "380.00", "300.00", "", "80.00", "",
         "开展送戏下乡和公共文化场馆免费开放，丰富群众文化生活。", [
             Ind("产出指标", "数量指标", "送戏下乡场次", "≥120场", (">=", 120, "场")),
             Ind("产出指标", "数量指标", "免费开放场馆数", "6个", ("=", 6, "个")),
             Ind("产出指标", "质量指标", "演出安全事故发生数", "0次", ("=", 0, "次")),
             Ind("效益指标", "社会效益指标", "群众文化活动参与人次", "≥15万人次", (">=", 15, "万人次")),
             Ind("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("文物保护及考古调查", "520.00", "420.00", "", "", "100.00",
         "开展文物本体保护和田野考古调查，确保文物安全。", [
             Ind("产出指标", "数量指标", "文物保护维修项目数", "4个", ("=", 4, "个")),
             Ind("产出指标", "数量指标", "田野考古调查面积", "≥20平方公里", (">=", 20, "平方公里")),
             Ind("产出指标", "质量指标", "文物安全事故", "零发生", Q),
             Ind("效益指标", "可持续影响指标", "文物保护利用水平", "逐步提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("全域旅游宣传推广", "300.00", "", "250.00", "", "50.00",
         "多渠道宣传推介榆阳文旅资源，扩大旅游品牌影响力。", [
             Ind("产出指标", "数量指标", "举办文旅推介活动", "≥8场", (">=", 8, "场")),
             Ind("产出指标", "时效指标", "宣传活动完成时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "经济效益指标", "接待游客人次增长率", "≥8%", (">=", 8, "%")),
             Ind("效益指标", "社会效益指标", "旅游品牌知名度", "明显提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("图书馆数字资源建设", "165.00", "165.00", "", "", "",
         "购置数字资源并完善公共数字文化服务平台。", [
             Ind("产出指标", "数量指标", "新增数字资源容量", "≥20TB", (">=", 20, "TB")),
             Ind("产出指标", "质量指标", "平台正常运行率", "≥98%", (">=", 98, "%")),
             Ind("成本指标", "经济成本指标", "数字资源采购成本", "≤165万元", ("<=", 165, "万元")),
             Ind("效益指标", "社会效益指标", "数字资源年访问量", "≥50万人次", (">=", 50, "万人次")),
             Ind("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [60, 70, 90, 150, 120]
    for k, (project, total, general, fund, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept))
        r = rows.n
        rows.put(r, 0, 5, 2, "资金来源（万元）")
        for j, (label, v) in enumerate((("资金总额", total), ("一般公共预算财政拨款收入", general),
                                        ("政府性基金预算财政拨款收入", fund), ("上年结转", carried),
                                        ("其他收入", other))):
            rows.put(r + j, 2, 1, 2, label)
            rows.put(r + j, 4, 1, 1, v)
        rows.add((0, 2, "年度绩效目标"), (2, 3, goal))
        hr = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        spec = _spec(rows.cells, rows.n, widths, title=f"{project}绩效目标表", editor=f"单位：{dept}")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(hr,)), fresh_page=(k % 2 == 0), gap=26)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = sum(Decimal(v) for v in (general, fund) if v)
        doc.gold.project(project, "万元", year=total, fiscal=f"{fiscal:.2f}", carried=carried or None)
    return doc.save(folder)


def layout_sc_bz_standalone_period_and_year_values(folder: Path, name: str) -> FileGold:
    """四川 巴中: rules "cells"; 中期资金总额 beside the year; 实施期指标值 | 年度指标值 columns."""
    dept = "巴中市恩阳区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("农村公路提档升级工程（2024-2026年）", "512124000000000318", "6,000.00", "2,150.00", "1,650.00", "500.00",
         "三年完成农村公路提档升级180公里，构建便捷农村交通网络。", "完成农村公路提档升级65公里，新建错车道120处。", [
             Ind("产出指标", "数量指标", "提档升级农村公路里程", "≥65公里", (">=", 65, "公里"), period="≥180公里"),
             Ind("产出指标", "数量指标", "新建错车道", "≥120处", (">=", 120, "处"), period="≥350处"),
             Ind("产出指标", "质量指标", "交工验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "年度建设任务完成时间", "2025年11月30日前", (None, None, None),
                 period="2026年12月31日前"),
             Ind("成本指标", "经济成本指标", "每公里建设成本", "≤33万元", ("<=", 33, "万元"), period="≤33万元"),
             Ind("效益指标", "社会效益指标", "通硬化路建制村比例", "100%", ("=", 100, "%"), period="100%"),
             Ind("效益指标", "可持续影响指标", "公路使用年限", "≥10年", (">=", 10, "年"), period="≥10年"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
        ("城乡客运公交化改造补贴", "512124000000000402", "900.00", "300.00", "300.00", "",
         "推进城乡客运一体化，镇村公交开通率持续提高。", "补贴城乡客运线路运营，新开通镇村公交线路8条。", [
             Ind("产出指标", "数量指标", "新开通镇村公交线路", "≥8条", (">=", 8, "条"), period="≥20条"),
             Ind("产出指标", "数量指标", "补贴客运车辆数", "≥95辆", (">=", 95, "辆"), period="≥95辆"),
             Ind("产出指标", "质量指标", "车辆安全检测合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "补贴资金兑付时间", "2025年12月底前", (None, None, None), period="每年12月底前"),
             Ind("成本指标", "经济成本指标", "单车年均补贴", "≤3.2万元", ("<=", 3.2, "万元"), period="≤3.2万元"),
             Ind("效益指标", "社会效益指标", "镇村公交开通率", "≥85%", (">=", 85, "%"), period="≥95%"),
             Ind("效益指标", "经济效益指标", "群众出行成本", "有所降低", Q, period="有所降低"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
    ]
    widths = [60, 72, 130, 116, 117]
    for project, code, total, year_amt, fiscal, other, period_goal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project))
        rows.add((0, 2, "项目编码"), (2, 1, code), (3, 1, "项目单位"), (4, 1, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for j, (head, v) in enumerate((("中期资金总额", total), ("年度资金总额", year_amt), ("其中：财政拨款", fiscal),
                                       ("其他资金", other))):
            rows.put(r, 1 + j, 1, 1, head)
            rows.put(r + 1, 1 + j, 1, 1, v)
        rows.add((0, 1, "总体目标"), (1, 2, "实施期目标"), (3, 2, "年度目标"))
        rows.add((0, 1, ""), (1, 2, period_goal), (3, 2, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "实施期指标值"), (4, 1, "年度指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）",
                             unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=year_amt, fiscal=fiscal)
    return doc.save(folder)


def layout_cq_rc_street_self_evals_label_pairs(folder: Path, name: str) -> FileGold:
    """重庆 荣昌: rules "filled"; a 街道 project self evaluation with money in label | value pairs,
    then its 部门整体支出绩效自评表."""
    dept = "重庆市荣昌区昌元街道办事处"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度绩效自评报告", dept, year)
    doc.pages.text_page("一、绩效自评工作开展情况", [
        f"按照区财政局关于开展{year}年度预算绩效自评工作的通知要求，街道组织对部门整体支出及项目支出开展了绩效自评。",
        "自评结果详见附表。"])
    forms = [
        ("城市社区网格化治理", "185.00", "185.00", "176.30", "统筹推进社区网格化服务管理，提升基层治理水平。",
         "划分网格112个，配备专职网格员112名，化解矛盾纠纷436件。", [
             Ind("产出指标", "数量指标", "划分社区网格数", "≥110个", (">=", 110, "个"), "15", "112个", "15"),
             Ind("产出指标", "数量指标", "专职网格员配备人数", "≥110名", (">=", 110, "名"), "10", "112名", "10"),
             Ind("产出指标", "质量指标", "矛盾纠纷化解率", "≥95%", (">=", 95, "%"), "15", "96.8%", "15"),
             Ind("产出指标", "时效指标", "网格事件处置时限", "≤3个工作日", ("<=", 3, "个工作日"), "10", "2.5个工作日", "10"),
             Ind("效益指标", "社会效益指标", "社区治安案件发案率", "同比下降", Q, "15", "同比下降8%", "15"),
             Ind("效益指标", "可持续影响指标", "网格化管理长效机制", "健全完善", Q, "10", "基本健全", "8",
                 "制度仍需细化"),
             Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%"), "15", "92.5%", "15"),
         ], "优"),
        (None, "2,864.50", "3,126.80", "3,058.42", "保障街道机关正常运转，履行基层党建、社会治理和公共服务职能。",
         "部门运转有序，年度重点任务全部完成。", [
             Ind("产出指标", "数量指标", "重点民生实事完成件数", "≥10件", (">=", 10, "件"), "20", "11件", "20"),
             Ind("产出指标", "质量指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%"), "10", "86.4%", "10"),
             Ind("产出指标", "时效指标", "预算资金支付进度", "≥95%", (">=", 95, "%"), "15", "97.8%", "15"),
             Ind("效益指标", "社会效益指标", "安全生产事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
             Ind("效益指标", "可持续影响指标", "基层治理体系", "持续完善", Q, "10", "持续完善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "20", "91.3%", "20"),
         ], "优"),
    ]
    widths = [60, 60, 95, 80, 65, 40, 40, 55]
    for project, initial, budget, executed, goal, done, inds, grade in forms:
        rate, rate_txt, rate_score = _pct(executed, budget)
        rows = _Rows()
        rows.add((0, 2, "项目名称" if project else "单位名称"), (2, 6, project or dept))
        if project:
            rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 2, dept))
        rows.add((0, 2, "年初预算数（万元）"), (2, 1, initial), (3, 1, "全年预算数（万元）"), (4, 1, budget),
                 (5, 2, "全年执行数（万元）"), (7, 1, executed))
        rows.add((0, 2, "预算执行率"), (2, 1, rate), (3, 1, "分值"), (4, 1, "10"), (5, 2, "得分"), (7, 1, rate_txt))
        rows.add((0, 2, "年度目标"), (2, 3, goal), (5, 1, "实际完成情况"), (6, 2, done))
        hr = rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                         "分值", "得分", "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        title = "项目支出绩效自评表" if project else "部门整体支出绩效自评表"
        spec = _spec(rows.cells, rows.n, widths, title=f"{year}年度{title}", editor=f"填报单位：{dept}",
                     kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        if project:
            doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


def layout_yn_zt_hospital_budget_long_form_yuan_sources(folder: Path, name: str) -> FileGold:
    """云南 昭通: rules "open"; one long form per project, header repeated; 资金来源 grid in 元."""
    dept = "镇雄县人民医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "1,865.20"), ("事业收入", "42,680.00")],
                  [("卫生健康支出", "44,545.20", "39,830.20", "4,715.00")])
    projects = [
        ("县域医疗卫生次中心能力建设", "15,600,000.00", "9,600,000.00", "4,500,000.00", "1,500,000.00", "",
         "建设县域医疗卫生次中心，完善胸痛、卒中、创伤中心建设，提高县域内就诊率。", [
             Ind("产出指标", "数量指标", "购置医疗设备台数", "≥45台", (">=", 45, "台"), "8"),
             Ind("产出指标", "数量指标", "新增开放床位数", "≥120张", (">=", 120, "张"), "8"),
             Ind("产出指标", "数量指标", "建成五大中心个数", "5个", ("=", 5, "个"), "6"),
             Ind("产出指标", "数量指标", "培训专业技术人员", "≥300人次", (">=", 300, "人次"), "6"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "6"),
             Ind("产出指标", "质量指标", "三级医院评审标准达标率", "≥90%", (">=", 90, "%"), "6"),
             Ind("产出指标", "时效指标", "设备采购完成时间", "2025年10月31日前", (None, None, None), "5"),
             Ind("产出指标", "时效指标", "资金支付进度", "≥90%", (">=", 90, "%"), "5"),
             Ind("成本指标", "经济成本指标", "设备采购成本节约率", "≥5%", (">=", 5, "%"), "5"),
             Ind("效益指标", "社会效益指标", "县域内就诊率", "≥90%", (">=", 90, "%"), "10"),
             Ind("效益指标", "社会效益指标", "急危重症患者抢救成功率", "≥95%", (">=", 95, "%"), "10"),
             Ind("效益指标", "可持续影响指标", "医院综合服务能力", "持续提升", Q, "5"),
             Ind("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", (">=", 90, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
        ("乡村医生培训及对口帮扶", "860,000.00", "860,000.00", "", "", "",
         "开展乡村医生轮训和对口帮扶，提升基层医疗服务能力。", [
             Ind("产出指标", "数量指标", "乡村医生轮训人次", "≥400人次", (">=", 400, "人次"), "20"),
             Ind("产出指标", "数量指标", "下派帮扶医师人数", "≥24人", (">=", 24, "人"), "15"),
             Ind("产出指标", "质量指标", "培训考核合格率", "≥95%", (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "培训完成时间", "2025年11月底前", (None, None, None), "10"),
             Ind("效益指标", "社会效益指标", "基层医疗机构诊疗量占比", "≥65%", (">=", 65, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "逐步提升", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "参训乡村医生满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [30, 56, 84, 112, 84, 75, 54]
    for project, total, fiscal, business, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "项目期限"), (5, 2, "1年"))
        rows.add((0, 2, "主管部门"), (2, 1, "镇雄县卫生健康局"), (3, 1, "实施单位"), (4, 3, dept))
        r = rows.n
        rows.put(r, 0, 2, 2, "资金来源（元）")
        for j, (head, v) in enumerate((("合计", total), ("财政拨款", fiscal), ("事业收入", business), ("上年结转", carried),
                                       ("其他", other))):
            rows.put(r, 2 + j, 1, 1, head)
            rows.put(r + 1, 2 + j, 1, 1, v)
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        hr = rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重（%）",
                                                         "备注"), 1)])
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.weight), (6, 1, "")])
        rows.put(hr, 0, len(inds) + 1, 1, "绩效指标")
        spec = _spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标申报表", editor=f"单位名称：{dept}")
        doc.pages.grid(replace(spec, rules="open"), repeat=(hr, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


BLIND65: dict[str, Builder] = {
    "hub_qj_budget_nature_column_fund_grid": layout_hub_qj_budget_nature_column_fund_grid,
    "hun_ld_standalone_yuan_label_pairs_open": layout_hun_ld_standalone_yuan_label_pairs_open,
    "ha_jz_accounts_self_evals_four_money_rows": layout_ha_jz_accounts_self_evals_four_money_rows,
    "ah_cz_budget_turned_stacked_money": layout_ah_cz_budget_turned_stacked_money,
    "jx_yc_budget_dept_wide_then_project": layout_jx_yc_budget_dept_wide_then_project,
    "sx_ll_self_evals_yuan_open_grade_words": layout_sx_ll_self_evals_yuan_open_grade_words,
    "sn_yl_budget_two_forms_a_page_income_lines": layout_sn_yl_budget_two_forms_a_page_income_lines,
    "sc_bz_standalone_period_and_year_values": layout_sc_bz_standalone_period_and_year_values,
    "cq_rc_street_self_evals_label_pairs": layout_cq_rc_street_self_evals_label_pairs,
    "yn_zt_hospital_budget_long_form_yuan_sources": layout_yn_zt_hospital_budget_long_form_yuan_sources,
}
SETS: dict[str, dict[str, Builder]] = {"blind65": BLIND65}


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
    """Write every layout of ``which`` ("blind65") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
