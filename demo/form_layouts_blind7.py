"""BLIND7 performance forms: thirteen layouts as a county, a town, districts, a prefecture,
two 开发区, a 街道办事处 and a 乡镇 of 四川, 湖南, 湖北, 广东, 天津, 北京, 上海, 山东, 福建,
云南, 浙江, 安徽 and 陕西 print their 项目支出绩效目标表, 部门整体绩效目标表, 项目支出绩效自评表
and 部门整体支出绩效自评表, written by an author who had read neither the form reader nor the
earlier blind sets (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND6, the real disclosures in the corpus, the seeds and public templates).
Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold
is written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by calling the
normalizers.

sc_county_adjusted_budget_self_eval  四川 county 部门预算项目支出绩效自评表: 报表编号, project
        printed as "<code>-<name>", 预算执行情况（10分） block (年初预算 | 调整后预算数 |
        预算执行数 | 预算执行率 | 权重 | 得分 | 原因; 总额 / 其中：财政资金 / 财政专户管理资金 /
        单位资金 / 其他资金), 绩效指标（90分） grid split 指标性质 | 指标值 | 度量单位 | 完成值,
        合计 row, grade only in the 评价结论 prose
hn_town_long_term_and_annual  湖南 乡镇 项目绩效目标表: checkbox 项目属性, money as prose in one
        cell (总额 / 一、财政拨款 (上级 / 本级) / 二、自有资金 / 三、其他), 实施进度计划 sub-table,
        a 长期绩效指标 block then a 年度绩效指标 block with the same names
hb_dept_history_columns  湖北 部门整体绩效目标申报表: 收入构成 / 支出构成 with 近两年 columns,
        长期绩效指标 block, 年度绩效指标 with a three-row header (指标值 over 近两年指标值 over
        前年 | 上年, and 预期当年实现值), 指标值确定依据, 指标分类; 运行成本 / 管理效率 / 履职效能 /
        社会效应 / 满意度 levels
gd_sz_table15_not_applicable  深圳 district 表15-n forms flowing down pages: caption above the
        title, 资金总额（万元） | 其中：财政拨款 | 其他资金 in one row, 年度绩效指标 label merged
        down the grid, 投入指标 / 测算明细 prose rows and 不适用 rows, "指标1：" numbering
tj_kaifaqu_list_thousand_yuan  天津 开发区 landscape list: one table of six projects, money in
        千元 under 预算金额（千元） (合计 | 一般公共预算 | 政府性基金预算), a column-number row,
        header rows repeated on every page, project cells merged over their indicators, 分值
bj_district_midterm_money  北京 district 项目支出绩效目标申报表: 中期资金总额 and 年度资金总额
        columns (资金总额 / 其中：财政拨款 / 其他资金), 中期目标 | 年度目标, 中期指标值 before
        年度指标值, 权重, 指标解释
sh_street_money_in_title  上海 街道 short forms several to a page, the amount only in the title
        ("…项目绩效目标表（86.40万元）"), no 一级 column (指标类别 | 指标名称 | 指标值 | 指标值说明)
sd_final_accounts_summary_then_forms  山东 开发区 部门决算: ordinary accounts tables, a
        项目支出绩效自评结果汇总表 (the only place grades are printed), then per-project self
        evaluations whose money is one prose cell (资金情况：全年预算数…，其中财政拨款…；全年执行数…)
fj_district_fund_source_columns  福建 district form: 项目资金（万元） heads 资金总额 | 财政拨款小计 |
        一般公共预算 | 政府性基金预算 | 国有资本经营预算 | 财政专户管理资金 | 单位资金 over one row
        of amounts; comparator words inside 指标值 with 计量单位 beside; 填报说明 row
yn_prefecture_turned_self_eval_yuan  云南 自治州 self evaluations in 元 on pages turned by
        /Rotate: 自评等级 in the header block, 其中：当年财政拨款 / 上年结转资金 / 其他资金 rows,
        偏差原因 | 改进措施 columns
zj_budget_prose_goals_and_dept_targets  浙江 district 部门预算: ordinary budget tables, then
        表11 项目支出绩效表 (单位名称 | 项目名称 | 金额 | 项目总体绩效目标, a "**" row, goals in
        prose, header repeated) and 表12 部门整体支出绩效目标表
ah_town_dept_self_eval_one_level  安徽 乡镇 部门整体支出绩效自评表: header fields printed above
        the grid, 当年预算 | 调整后预算 | 执行数 | 执行率 | 分值 | 得分 over one row, a grid
        with 一级 only, 综合得分 and 评价等级 rows
sn_street_final_accounts_three_tables  陕西 街道 部门决算 ending with a 部门整体支出绩效自评表
        printed as three small tables (（一）预算执行情况 by 资金总额 / 基本支出 / 项目支出,
        （二）绩效指标完成情况 with a column-number row and a 填报说明 row, （三）自评结论)

Gold conventions (BLIND6's, repeated, with this set's rulings):

- target_raw is the 年度 value as printed; split columns (指标性质 + 指标值 + 度量单位, 指标值 +
  计量单位) are joined in reading order with no separator ("≥320公里", "定性有效改善",
  "不少于4200批次"); an empty unit cell adds nothing.
- Words are comparators: 不低于 / 不少于 / 大于等于 / 达到 / ≥ read ">=", 不超过 / 不高于 /
  小于等于 / ≤ read "<=", 低于 / ＜ read "<", 高于 / ＞ read ">", 等于 / ＝ and a bare figure
  "="; a frequency with a figure ("每周不少于2次", "每月不少于1次") reads its figure; "3-5个工作日"
  and "10-12元/亩" are ranges; a deadline ("2025年12月底前") stays raw; a state ("明显提升",
  "健全", "定性") and a benchmark without a figure ("高于全市平均水平") are qualitative.
- 长期绩效指标 blocks, 中期指标值 / 长期 values and the 近两年指标值 history (前年 | 上年) are not
  targets: a form's indicators are its 年度绩效指标 rows, their target the 年度指标值 or
  预期当年实现值. Rows reading 不适用 and 投入指标 / 测算明细 prose rows are not indicators; nor
  are 填报说明 rows or the prose goals of a 项目支出绩效表.
- Money: a single-period 资金总额 / 年度资金总额 / 总额 / 金额 (also one printed only in a form's
  title, "（86.40万元）") is the year amount; ``total`` only where a 中期资金总额 is printed
  beside the 年度 column (then year / fiscal are the 年度 column's). ``fiscal`` where 财政拨款,
  其中：财政拨款, 其中：财政资金, 当年财政拨款 or 财政拨款小计 is printed (上级 / 本级 parts,
  一般公共预算 / 政府性基金预算 columns are not summed into it); ``carried`` only where 上年结转
  is printed, 0.00 included. 千元 amounts are ×1000. Money in prose with its label counts as
  printed. A 项目支出绩效表 row (单位名称 | 项目名称 | 金额) gives the project its year amount
  though the project has no indicators. A 部门整体 form's money belongs to no project.
- Self evaluations: 调整后预算数 / 调整后预算 / 全年预算数 is the budget (and the project's year
  amount, its 财政拨款 / 财政资金 row the fiscal amount), 预算执行数 / 执行数 / 全年执行数 the
  executed; the score the printed 合计 / 总分 / 综合得分 (money score included); the grade where
  a 自评等级 / 评价等级 is printed: in its own cell, in the header block, in the 评价结论 prose
  ("自评等级为优") or in the 绩效自评结果汇总表 row of the project.
- weight is the 权重 / 分值 column of the row, score the 得分 column, actual_raw the 完成值 /
  实际完成值 cell; a project printed as "<code>-<name>" has that code and name.
- A table without a 一级 column has level1 None (指标类别 printing 二级 names gives level2);
  a table printing only 一级 has level2 None. 运行成本 is "input", 管理效率 "process", 履职效能
  "output" and 社会效应 "effect" (the Hubei 部门整体 framework); their 二级 公用经费控制 and
  项目支出成本控制 are "cost", 预算编制 / 绩效管理 / 核心业务产出 "other".

Entry points: ``write_layout(name, folder) -> dict`` and ``write_set("blind7", folder)``
(the gold also written as ``<name>.gold.json`` beside ``<name>.pdf``).
"""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .drawing import MARGIN, draw_text
from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _merged_levels, _Rows, _spec
from .tables import TableSpec, plain_row

DATE = (None, None, None)  # a deadline as target: left raw
SKIP = ("skip",)  # a printed row that is not an indicator (不适用, 测算明细)
CENT = Decimal("0.01")


def _amount(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _rate(budget: str, executed: str) -> tuple[str, Decimal]:
    """执行率 as printed ("95.85%") and its score out of 10."""
    rate = _amount(executed) / _amount(budget)
    pct = (rate * 100).quantize(CENT, ROUND_HALF_UP)
    return f"{pct}%", min(Decimal(10), (rate * 10).quantize(CENT, ROUND_HALF_UP))


def _total(rate_score: Decimal, inds: list[Ind]) -> Decimal:
    return rate_score + sum(Decimal(i.score) for i in inds)


def _grade(total: Decimal) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def _thousand(amount: str) -> str:
    """An amount printed in 千元 as yuan."""
    return str((_amount(amount) * 1000).quantize(CENT))


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        if ind.exp != SKIP:
            doc.gold.indicators.append(_gold_ind(project, ind))


def _caption(doc: FormDoc, text: str, *, landscape: bool = False, room: float = 220.0) -> None:
    """A line such as "表15-1" printed above a form's title (the grid follows with gap 0)."""
    pages = doc.pages
    if pages.y is None or pages.landscape != landscape or pages.turned:
        pages.new_page(landscape, False)
    elif pages.y + room > pages.ph - MARGIN:
        pages.new_page(landscape, False)
    else:
        pages.y += 14
    draw_text(pages.c, MARGIN, pages.ph - (pages.y + 10), text, 10, "l")
    pages.y += 14


def _budget_front(doc: FormDoc, dept: str, year: int, tables: list[str]) -> None:
    """The front of a 部门预算: contents, 部门概况, 部门收支总表 and 一般公共预算支出表."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  " + f"{year}年部门预算表",
                                   *[f"        {t}" for t in tables],
                                   "第三部分  部门预算情况说明", "第四部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责贯彻落实卫生健康工作方针政策，统筹规划辖区卫生健康资源配置，"
        "组织实施疾病预防控制、妇幼健康、基层卫生和医政医管等工作。",
        "二、部门构成。纳入本部门2025年部门预算编制范围的单位包括部门本级及所属疾病预防控制中心、"
        "卫生监督所、妇幼保健院、人民医院、中医院等单位。",
    ])
    income = [("一、一般公共预算拨款收入", "21,462.30"), ("二、政府性基金预算拨款收入", "0.00"),
              ("三、事业收入", "560.00"), ("四、其他收入", "100.00")]
    spending = [("一、社会保障和就业支出", "1,126.40"), ("二、卫生健康支出", "20,585.90"),
                ("三、住房保障支出", "410.00"), ("", "")]
    body = [plain_row([a, b, c, d]) for (a, b), (c, d) in zip(income, spending)]
    body.append(plain_row(["收入总计", "22,122.30", "支出总计", "22,122.30"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    lines = [("208", "社会保障和就业支出", "1,126.40", "1,126.40", "0.00"),
             ("20805", "行政事业单位养老支出", "1,126.40", "1,126.40", "0.00"),
             ("210", "卫生健康支出", "19,925.90", "7,499.75", "12,426.15"),
             ("21001", "卫生健康管理事务", "1,368.20", "1,368.20", "0.00"),
             ("2100101", "行政运行", "1,368.20", "1,368.20", "0.00"),
             ("21002", "公立医院", "10,140.30", "5,001.55", "5,138.75"),
             ("21004", "公共卫生", "8,231.20", "1,130.00", "7,101.20"),
             ("2100408", "基本公共卫生服务", "4,862.30", "0.00", "4,862.30"),
             ("21099", "其他卫生健康支出", "186.20", "0.00", "186.20"),
             ("221", "住房保障支出", "410.00", "410.00", "0.00"),
             ("22102", "住房改革支出", "410.00", "410.00", "0.00")]
    body = [plain_row(list(line)) for line in lines]
    body.append(plain_row(["", "合计", "21,462.30", "9,036.15", "12,426.15"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_public_function", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [70, 170, 90, 90, 90],
                              [(0, 0, 1, 2, "功能分类科目"), (0, 2, 2, 1, "合计"), (0, 3, 2, 1, "基本支出"),
                               (0, 4, 2, 1, "项目支出"), (1, 0, 1, 1, "科目编码"), (1, 1, 1, 1, "科目名称")],
                              2, body, ["l", "l", "r", "r", "r"]))
    doc.pages.text_page("第三部分  部门预算情况说明", [
        f"一、收支预算总体情况。{dept}{year}年收入预算22,122.30万元，支出预算22,122.30万元。",
        f"二、预算绩效情况说明。{year}年本部门实行绩效目标管理的项目12个，涉及项目资金12,426.15万元，"
        "项目支出绩效表和部门整体支出绩效目标表见表11、表12。",
    ])


def _accounts_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                    lines: list[tuple[str, str, str]], work: str, scope: str) -> None:
    """The front of a 部门决算: contents, 部门概况, 收入支出决算总表, 一般公共预算财政拨款支出决算表
    and the 说明 that announces the self evaluations."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  " + f"{year}年度部门决算表",
                                   "第三部分  " + f"{year}年度部门决算情况说明",
                                   "第四部分  其他重要事项的情况说明", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}{work}",
        "二、机构设置。本部门决算为部门本级决算，无下属预算单位。",
    ])
    total = sum(_amount(v) for _, v in income)
    classes = [(name, value) for code, name, value in lines if len(code) == 3]
    spent = sum(_amount(v) for _, v in classes)
    body = []
    for i in range(max(len(income), len(classes))):
        a = income[i] if i < len(income) else ("", "")
        b = classes[i] if i < len(classes) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["本年收入合计", f"{total:,.2f}", "本年支出合计", f"{spent:,.2f}"]))
    doc.pages.table(TableSpec("收入支出决算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "决算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "决算数")],
                              2, body, ["l", "r", "l", "r"]))
    body = [plain_row([code, name, value]) for code, name, value in lines]
    body.append(plain_row(["", "合计", f"{spent:,.2f}"]))
    doc.pages.table(TableSpec("一般公共预算财政拨款支出决算表", "general_public_function", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [90, 250, 120],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "决算数")],
                              1, body, ["l", "l", "r"]))
    doc.pages.text_page("第四部分  其他重要事项的情况说明", [
        f"（一）预算绩效管理工作开展情况。根据预算绩效管理要求，本部门组织对{year}年度{scope}开展绩效自评，"
        "自评结果见下表。",
    ])


# --------------------------------------------------------------------------- 四川: county self evaluation


def layout_sc_county_adjusted_budget_self_eval(folder: Path, name: str) -> FileGold:
    dept = "眉山市丹棱县交通运输局"
    year = 2024
    doc = FormDoc(name, f"丹棱县交通运输局{year}年度部门预算项目支出绩效自评表", dept, year)
    # (code, name, unit, goal, done, process, money rows {label: (年初, 调整后, 执行)}, problems, inds)
    projects = [
        ("51142424R000000031207", "农村公路日常养护", "丹棱县公路养护服务中心",
         "完成全县农村公路日常养护，及时处治路面病害，保障农村公路安全畅通。",
         "完成农村公路养护326公里，处治路面病害1.26万平方米，汛期水毁路段均在24小时内抢通。",
         "按月拨付养护经费，实行养护质量季度考核，考核结果与经费拨付挂钩。",
         {"总额": ("180.00", "196.50", "188.34"), "其中：财政资金": ("180.00", "196.50", "188.34"),
          "财政专户管理资金": ("0.00", "0.00", "0.00"), "单位资金": ("0.00", "0.00", "0.00")},
         "部分路段受汛期水毁影响，优良中等路率未达目标。", "加强汛前排查和预防性养护。", [
             Ind("产出指标", "数量指标", "农村公路养护里程", ("≥", "320", "公里"), (">=", 320, "公里"), "15", "326", "15"),
             Ind("产出指标", "数量指标", "路面病害处治面积", ("≥", "1.2", "万平方米"), (">=", 1.2, "万平方米"), "10",
                 "1.26", "10"),
             Ind("产出指标", "质量指标", "农村公路优良中等路率", ("≥", "85", "%"), (">=", 85, "%"), "10", "83.6", "8.5",
                 "部分路段受汛期水毁影响"),
             Ind("产出指标", "时效指标", "水毁路段抢通时间", ("≤", "24", "小时"), ("<=", 24, "小时"), "10", "18", "10"),
             Ind("产出指标", "成本指标", "每公里年均养护成本", ("≤", "6000", "元"), ("<=", 6000, "元"), "10", "5780", "10"),
             Ind("效益指标", "社会效益指标", "群众出行条件", ("定性", "有效改善", ""), Q, "15", "有效改善", "14"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "20", "92", "20"),
         ]),
        ("51142424R000000031315", "城乡客运公交化改造补贴", "丹棱县交通运输局",
         "推进城乡客运公交化改造，新增公交候车亭30个，实现建制村通客车率100%。",
         "12条线路完成公交化改造，新建候车亭26个，建制村通客车率100%。",
         "按季度考核运营企业服务质量，依据考核结果拨付补贴资金。",
         {"总额": ("260.00", "260.00", "241.80"), "其中：财政资金": ("240.00", "240.00", "221.80"),
          "财政专户管理资金": ("0.00", "0.00", "0.00"), "单位资金": ("20.00", "20.00", "20.00")},
         "2个候车亭站点用地协调未完成。", "提前开展站点选址和用地协调。", [
             Ind("产出指标", "数量指标", "公交化运营线路条数", ("≥", "12", "条"), (">=", 12, "条"), "15", "12", "15"),
             Ind("产出指标", "数量指标", "新增公交候车亭", ("≥", "30", "个"), (">=", 30, "个"), "10", "26", "8",
                 "2个站点用地协调未完成"),
             Ind("产出指标", "质量指标", "车辆准点率", ("≥", "90", "%"), (">=", 90, "%"), "10", "91.5", "10"),
             Ind("产出指标", "时效指标", "补贴资金拨付时限", ("≤", "30", "天"), ("<=", 30, "天"), "10", "25", "10"),
             Ind("效益指标", "经济效益指标", "群众出行成本", ("定性", "有所降低", ""), Q, "10", "有所降低", "9"),
             Ind("效益指标", "社会效益指标", "建制村通客车率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100", "15"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", ("≥", "85", "%"), (">=", 85, "%"), "20", "88", "20"),
         ]),
        ("51142424R000000031422", "交通安全隐患整治", "丹棱县交通运输局",
         "整治农村公路交通安全隐患点40处，道路交通事故起数同比下降。",
         "完成隐患点整治35处，其余5处纳入下年度计划；交通事故起数同比下降8%。",
         "对排查出的隐患点建立台账，实行销号管理。",
         {"总额": ("85.00", "70.00", "58.66"), "其中：财政资金": ("85.00", "70.00", "58.66"),
          "财政专户管理资金": ("0.00", "0.00", "0.00"), "单位资金": ("0.00", "0.00", "0.00")},
         "部分隐患点涉及跨部门协调，整治进度偏慢。", "建立联席会议机制，加快推进剩余隐患点整治。", [
             Ind("产出指标", "数量指标", "整治隐患点", ("≥", "40", "处"), (">=", 40, "处"), "20", "35", "17.5",
                 "5处隐患点纳入下年度计划"),
             Ind("产出指标", "质量指标", "整治工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100", "15"),
             Ind("产出指标", "时效指标", "隐患整改平均时长", ("≤", "30", "天"), ("<=", 30, "天"), "15", "28", "15"),
             Ind("效益指标", "社会效益指标", "道路交通事故起数", ("定性", "同比下降", ""), Q, "15", "同比下降8%", "12"),
             Ind("效益指标", "可持续影响指标", "隐患排查长效机制", ("定性", "健全", ""), Q, "10", "基本健全", "8"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "15", "86", "12",
                 "施工期间通行不便"),
         ]),
    ]
    widths = [48, 52, 90, 46, 46, 46, 50, 32, 34, 51]
    for code, project, unit_name, goal, done, process, money, problems, fixes, inds in projects:
        budget, executed = money["总额"][1], money["总额"][2]
        rate, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        grade = _grade(total)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, f"{code}-{project}"))
        rows.add((0, 2, "主管部门"), (2, 3, "丹棱县交通运输局本级"), (5, 2, "实施单位（盖章）"), (7, 3, unit_name))
        rows.add((0, 10, "项目基本情况"))
        rows.add((0, 5, "1.项目年度目标"), (5, 5, "年度目标完成情况"))
        rows.add((0, 5, goal), (5, 5, done))
        rows.add((0, 10, "2.项目实施内容及过程概述"))
        rows.add((0, 10, process))
        r = rows.n
        lines = list(money.items()) + [("其他资金", ("", "", ""))]
        rows.put(r, 0, len(lines) + 1, 1, "预算执行情况（10分）")
        for col, cs, head in ((1, 2, "年度预算数（万元）"), (3, 1, "年初预算"), (4, 1, "调整后预算数"),
                              (5, 1, "预算执行数"), (6, 1, "预算执行率"), (7, 1, "权重"), (8, 1, "得分"), (9, 1, "原因")):
            rows.put(r, col, 1, cs, head)
        for k, (label, (initial, adjusted, spent)) in enumerate(lines, 1):
            if k == 1:
                line_rate, weight, score = rate, "10", f"{rate_score}"
                why = "部分工程款未到结算期" if rate_score < Decimal("9.5") else ""
            else:
                if adjusted:  # a line budgeted at 0.00 prints 0.00%, an empty line nothing
                    line_rate = _rate(adjusted, spent)[0] if _amount(adjusted) else "0.00%"
                else:
                    line_rate = ""
                weight = score = why = "/"
            for col, cs, text in ((1, 2, label), (3, 1, initial), (4, 1, adjusted), (5, 1, spent), (6, 1, line_rate),
                                  (7, 1, weight), (8, 1, score), (9, 1, why)):
                rows.put(r + k, col, 1, cs, text)
        rows.add((0, 10, "绩效指标（90分）"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                                     "完成值", "权重", "得分", "未完成原因分析"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                                (8, 1, i.score), (9, 1, i.note)])
        rows.add((0, 7, "合计"), (7, 1, "100"), (8, 1, f"{total:.2f}"), (9, 1, ""))
        rows.add((0, 2, "评价结论"), (2, 8, f"项目自评得分{total:.2f}分，自评等级为{grade}。\n项目按计划组织实施，"
                                              "资金使用规范，年度绩效目标基本实现。"))
        rows.add((0, 2, "存在问题"), (2, 8, problems))
        rows.add((0, 2, "改进措施"), (2, 8, fixes))
        rows.add((0, 5, "项目负责人："), (5, 5, "财务负责人："))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"部门预算项目支出绩效自评表（{year}年度）",
                             editor="报表编号：511424_0013zp", kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", code=code, year=budget, fiscal=money["其中：财政资金"][1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南: town, long-term and annual blocks


def layout_hn_town_long_term_and_annual(folder: Path, name: str) -> FileGold:
    dept = "株洲市渌口区南洲镇人民政府"
    doc = FormDoc(name, "南洲镇人民政府2025年项目绩效目标表", dept, 2025)
    P, E, S = "产出指标", "效益指标", "满意度指标"
    SAT = "社会公众或服务对象满意度指标"
    # (一级, 二级, 指标内容, 年度指标值, reading, 长期指标值)
    projects = [
        ("村级道路提质改造", "南洲镇人民政府", "延续", ("356.80", "320.00", "200.00", "120.00", "0", "36.80"),
         "对全镇通组公路和村道实施提质改造，3年内完成25公里，改善群众出行条件。",
         "2025年完成8.5公里村道提质改造和12处错车道建设，工程质量合格率100%。", [
             ("依据", "《湖南省农村公路提质改造三年行动方案》和渌口区年度交通建设计划。"),
             ("可行性", "项目已完成路线勘察和施工图设计，沿线村组群众支持。"),
             ("必要性", "现有村道路面窄、破损严重，农产品运输和群众出行不便。")],
         [("施工图设计及招标", "2025年2月", "2025年4月"), ("路基路面施工", "2025年5月", "2025年10月"),
          ("交工验收", "2025年11月", "2025年11月")], [
             (P, "数量指标", "提质改造村道里程", "≥8.5公里", (">=", 8.5, "公里"), "≥25公里"),
             (P, "数量指标", "新建错车道", "不少于12处", (">=", 12, "处"), "不少于36处"),
             (P, "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "100%"),
             (P, "时效指标", "工程完工时间", "2025年11月底前", DATE, "2027年11月底前"),
             (P, "成本指标", "每公里改造成本", "≤42万元", ("<=", 42, "万元"), "≤42万元"),
             (E, "经济效益指标", "沿线农产品运输成本", "明显降低", Q, "明显降低"),
             (E, "社会效益指标", "受益群众人数", "≥6800人", (">=", 6800, "人"), "≥2万人"),
             (E, "可持续影响指标", "道路使用年限", "≥10年", (">=", 10, "年"), "≥10年"),
             (S, SAT, "受益群众满意度", "≥90%", (">=", 90, "%"), "≥90%"),
         ]),
        ("农村人居环境整治提升", "南洲镇农业综合服务中心", "新增", ("128.50", "118.50", "60.00", "58.50", "0", "10.00"),
         "持续推进农村厕所革命和生活垃圾治理，建成美丽宜居村庄。",
         "改造农村户厕150户，配置垃圾分类收集桶600个以上，村庄环境明显改善。", [
             ("依据", "《农村人居环境整治提升五年行动方案（2021—2025年）》。"),
             ("可行性", "各村已摸底登记改厕需求，群众参与意愿较高。"),
             ("必要性", "部分村组仍存在旱厕和垃圾乱堆乱放现象。")],
         [("改厕农户摸底登记", "2025年3月", "2025年4月"), ("户厕改造及收集桶配置", "2025年5月", "2025年10月")], [
             (P, "数量指标", "改造农村户厕", "150户", ("=", 150, "户"), "450户"),
             (P, "数量指标", "配置垃圾分类收集桶", "≥600个", (">=", 600, "个"), "≥1500个"),
             (P, "质量指标", "户厕改造验收合格率", "≥98%", (">=", 98, "%"), "≥98%"),
             (P, "时效指标", "垃圾清运频次", "每周不少于2次", (">=", 2, "次"), "每周不少于2次"),
             (P, "成本指标", "户厕改造补助标准", "不超过1800元/户", ("<=", 1800, "元/户"), "不超过1800元/户"),
             (E, "社会效益指标", "村庄环境面貌", "明显改善", Q, "根本改善"),
             (E, "生态效益指标", "农村生活垃圾无害化处理率", "≥90%", (">=", 90, "%"), "≥95%"),
             (S, SAT, "村民满意度", "≥92%", (">=", 92, "%"), "≥92%"),
         ]),
        ("高标准农田建设", "南洲镇农业综合服务中心", "延续", ("486.00", "486.00", "420.00", "66.00", "0", "0"),
         "3年建成高标准农田9000亩，提升耕地质量和粮食综合生产能力。",
         "2025年新建高标准农田3000亩，亩均粮食产能提高50公斤以上。", [
             ("依据", "《全国高标准农田建设规划（2021—2030年）》和省市年度建设任务。"),
             ("可行性", "项目区土地平整、水源条件较好，已完成规划设计。"),
             ("必要性", "项目区灌排设施老化，耕地质量等级偏低。")],
         [("规划设计及评审", "2025年1月", "2025年3月"), ("田间工程施工", "2025年4月", "2025年11月"),
          ("竣工验收", "2025年12月", "2025年12月")], [
             (P, "数量指标", "新建高标准农田面积", "≥3000亩", (">=", 3000, "亩"), "≥9000亩"),
             (P, "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "100%"),
             (P, "时效指标", "项目竣工验收时间", "2025年12月底前", DATE, "2027年12月底前"),
             (P, "成本指标", "亩均投资标准", "≤1620元", ("<=", 1620, "元"), "≤1620元"),
             (E, "经济效益指标", "亩均粮食产能提高", "≥50公斤", (">=", 50, "公斤"), "≥100公斤"),
             (E, "可持续影响指标", "工程设计使用年限", "≥15年", (">=", 15, "年"), "≥15年"),
             (S, SAT, "项目区农户满意度", "≥90%", (">=", 90, "%"), "≥90%"),
         ]),
    ]
    widths = [62, 62, 80, 130, 90, 71]
    for project, unit_name, nature, money, long_goal, year_goal, basis, plan, table in projects:
        total, fiscal, upper, local, own, other = money
        annual = [Ind(l1, l2, n, t, exp) for l1, l2, n, t, exp, _ in table]
        longer = [Ind(l1, l2, n, lt, SKIP) for l1, l2, n, _, _, lt in table]
        rows = _Rows()
        ticks = "新增项目√　延续项目□" if nature == "新增" else "新增项目□　延续项目√"
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目属性"), (4, 2, ticks))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "主管部门编码"), (4, 2, "418009"))
        rows.add((0, 1, "项目单位"), (1, 2, unit_name), (3, 1, "项目负责人"), (4, 2, "周立新"))
        rows.add((0, 1, "联系电话"), (1, 2, "0731-22681035"), (3, 1, "项目起止时间"), (4, 2, "2025年1月至2027年12月"))
        rows.add((0, 1, "年度资金总额及构成"),
                 (1, 5, f"总额：{total}万元；\n一、财政拨款：{fiscal}万元（其中：上级财政资金：{upper}万元；"
                        f"本级财政：{local}万元）；\n二、自有资金：{own}万元；三、其他：{other}万元"))
        rows.add((0, 1, "项目概况"), (1, 5, long_goal))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目立项情况")
        for k, (label, text) in enumerate(basis):
            rows.put(r + k, 1, 1, 2, f"项目申报的{label}" if label != "依据" else "项目立项的依据")
            rows.put(r + k, 3, 1, 3, text)
        r = rows.n
        rows.put(r, 0, len(plan) + 1, 1, "项目实施进度计划")
        rows.put(r, 1, 1, 3, "项目实施内容")
        rows.put(r, 4, 1, 1, "开始时间")
        rows.put(r, 5, 1, 1, "完成时间")
        for k, (task, start, end) in enumerate(plan, 1):
            rows.put(r + k, 1, 1, 3, task)
            rows.put(r + k, 4, 1, 1, start)
            rows.put(r + k, 5, 1, 1, end)
        r = rows.n
        rows.put(r, 0, 2, 1, "项目绩效目标")
        rows.put(r, 1, 1, 3, "长期目标")
        rows.put(r, 4, 1, 2, "年度目标")
        rows.put(r + 1, 1, 1, 3, long_goal)
        rows.put(r + 1, 4, 1, 2, year_goal)
        for label, inds in (("长期绩效指标", longer), ("年度绩效指标", annual)):
            r = rows.n
            rows.put(r, 0, len(inds) + 1, 1, label)
            for col, head in enumerate(("一级指标", "二级指标", "指标内容", "指标值", "备注"), 1):
                rows.put(r, col, 1, 1, head)
            r0 = r + 1
            for k, ind in enumerate(inds):
                rows.put(r0 + k, 3, 1, 1, ind.name)
                rows.put(r0 + k, 4, 1, 1, ind.raw)
                rows.put(r0 + k, 5, 1, 1, "")
            _merged_levels(rows, r0, inds, 1, 2)
        rows.add((0, 2, "主管部门审核意见"), (2, 4, ""))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目绩效目标表（2025年度）",
                             editor=f"填报单位（盖章）：{dept}"), fresh_page=True)
        _add(doc, project, annual)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北: department, history columns


def layout_hb_dept_history_columns(folder: Path, name: str) -> FileGold:
    dept = "黄石市下陆区卫生健康局"
    doc = FormDoc(name, f"{dept}2025年部门整体绩效目标申报表", dept, 2025)
    C, M, D, X, S = "运行成本", "管理效率", "履职效能", "社会效应", "满意度"
    core = "核心业务产出"
    # (一级, 二级, 三级, 预期当年实现值, reading, 前年, 上年, 长期指标值, 确定依据, 分类)
    table = [
        (C, "公用经费控制", "公用经费控制率", "≤100%", ("<=", 100, "%"), "≤100%", "≤100%", "≤100%", "计划标准", "绩效基本型"),
        (C, "公用经费控制", "“三公”经费变动率", "≤0%", ("<=", 0, "%"), "≤0%", "≤0%", "≤0%", "计划标准", "绩效基本型"),
        (C, "项目支出成本控制", "会议费控制率", "≤100%", ("<=", 100, "%"), "≤100%", "≤100%", "≤100%", "计划标准",
         "绩效基本型"),
        (M, "预算编制", "预算编制科学性", "科学", Q, "科学", "科学", "科学", "计划标准", "绩效基本型"),
        (M, "预算执行", "预算执行率", "≥95%", (">=", 95, "%"), "≥92%", "≥95%", "≥95%", "计划标准", "绩效基本型"),
        (M, "预算执行", "结转结余率", "≤5%", ("<=", 5, "%"), "≤8%", "≤5%", "≤3%", "历史标准", "绩效基本型"),
        (M, "绩效管理", "绩效评价覆盖率", "=100%", ("=", 100, "%"), "=100%", "=100%", "=100%", "计划标准", "绩效基本型"),
        (M, "资产管理", "资产管理规范性", "规范", Q, "规范", "规范", "规范", "计划标准", "绩效基本型"),
        (D, core, "65岁及以上老年人健康管理率", "≥62%", (">=", 62, "%"), "≥60%", "≥61%", "≥65%", "行业标准", "绩效提升型"),
        (D, core, "适龄儿童免疫规划疫苗接种率", "≥90%", (">=", 90, "%"), "≥90%", "≥90%", "≥95%", "行业标准", "绩效基本型"),
        (D, core, "孕产妇系统管理率", "≥90%", (">=", 90, "%"), "", "≥88%", "≥92%", "行业标准", "绩效提升型"),
        (D, core, "家庭医生签约服务覆盖率", "≥35%", (">=", 35, "%"), "", "", "≥40%", "计划标准", "绩效提升型"),
        (D, core, "卫生监督检查户次", "≥1200户次", (">=", 1200, "户次"), "1100户次", "1150户次", "≥3600户次",
         "历史标准", "绩效基本型"),
        (X, "经济效益", "群众就医费用负担", "有所减轻", Q, "有所减轻", "有所减轻", "明显减轻", "计划标准", "绩效基本型"),
        (X, "社会效益", "居民健康素养水平", "≥30%", (">=", 30, "%"), "≥26%", "≥28%", "≥32%", "行业标准", "绩效提升型"),
        (X, "社会效益", "甲乙类传染病报告发病率", "低于全省平均水平", Q, "低于全省平均水平", "低于全省平均水平",
         "低于全省平均水平", "行业标准", "绩效基本型"),
        (S, "服务对象满意度", "群众满意度", "≥90%", (">=", 90, "%"), "≥88%", "≥90%", "≥92%", "计划标准", "绩效基本型"),
        (S, "服务对象满意度", "医务人员满意度", "≥85%", (">=", 85, "%"), "", "≥85%", "≥88%", "计划标准", "绩效基本型"),
    ]
    annual = [Ind(l1, l2, n, t, exp) for l1, l2, n, t, exp, *_ in table]
    longer = [Ind(row[0], row[1], row[2], row[7], SKIP) for row in table]
    history = {row[2]: row[5:7] for row in table}  # 前年, 上年
    basis = {row[2]: row[8:10] for row in table}  # 指标值确定依据, 指标分类
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 3, dept), (4, 1, "填报人"), (5, 1, "陈晓燕"), (6, 1, "联系电话"),
             (7, 2, "0714-6512308"))
    r = rows.n
    rows.put(r, 0, 10, 1, "部门总体资金情况")
    rows.put(r, 1, 2, 3, "总体资金情况")
    rows.put(r, 4, 2, 1, "当年金额")
    rows.put(r, 5, 2, 1, "占比")
    rows.put(r, 6, 1, 3, "近两年收支金额")
    rows.put(r + 1, 6, 1, 1, "2024年")
    rows.put(r + 1, 7, 1, 2, "2023年")
    money = (("收入构成", [("财政拨款", "6,842.60", "96.53%", "6,510.20", "6,236.85"),
                           ("财政专户管理资金", "0.00", "0.00%", "0.00", "0.00"),
                           ("单位资金", "246.00", "3.47%", "230.00", "218.00"),
                           ("合  计", "7,088.60", "100%", "6,740.20", "6,454.85")]),
             ("支出构成", [("人员类项目支出", "2,936.40", "41.42%", "2,810.35", "2,702.16"),
                           ("运转类项目支出", "486.20", "6.86%", "472.50", "455.30"),
                           ("特定目标类项目支出", "3,666.00", "51.72%", "3,457.35", "3,297.39"),
                           ("合  计", "7,088.60", "100%", "6,740.20", "6,454.85")]))
    k = r + 2
    for group, lines in money:
        rows.put(k, 1, len(lines), 1, group)
        for label, now, share, last, before in lines:
            for col, cs, text in ((2, 2, label), (4, 1, now), (5, 1, share), (6, 1, last), (7, 2, before)):
                rows.put(k, col, 1, cs, text)
            k += 1
    rows.add((0, 1, "部门职能概述"), (1, 8, "贯彻执行卫生健康法律法规和方针政策，统筹规划全区卫生健康服务资源配置；"
                                            "负责疾病预防控制、妇幼健康、基层卫生、卫生应急和卫生监督工作；"
                                            "组织实施国家基本公共卫生服务项目和家庭医生签约服务。"))
    rows.add((0, 1, "年度工作任务"), (1, 8, "一是深化医共体建设，提升基层医疗卫生服务能力；二是做实基本公共卫生服务，"
                                            "重点人群健康管理率稳步提高；三是加强传染病防控和卫生监督执法；"
                                            "四是推进健康下陆建设，提高居民健康素养水平。"))
    r = rows.n
    rows.put(r, 0, 2, 1, "整体绩效总目标")
    rows.put(r, 1, 1, 4, "长期目标（截止2027年）")
    rows.put(r, 5, 1, 4, "年度目标")
    rows.put(r + 1, 1, 1, 4, "目标1：基层医疗卫生服务能力显著增强；目标2：居民主要健康指标达到全省平均水平以上。")
    rows.put(r + 1, 5, 1, 4, "目标1：保障卫生健康机构正常运转；目标2：完成基本公共卫生服务和卫生监督年度任务。")
    r = rows.n
    rows.put(r, 0, len(longer) + 1, 1, "长期绩效指标")
    for col, cs, head in ((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 3, "指标值"),
                          (7, 1, "指标值确定依据"), (8, 1, "指标分类")):
        rows.put(r, col, 1, cs, head)
    rows.n = r + 1
    _grid_rows(rows, longer, 1, 2, lambda i: [(3, 1, i.name), (4, 3, i.raw), (7, 1, basis[i.name][0]),
                                             (8, 1, basis[i.name][1])])
    r = rows.n
    rows.put(r, 0, len(annual) + 3, 1, "年度绩效指标")
    for col, head in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (7, "指标值确定依据"), (8, "指标分类")):
        rows.put(r, col, 3, 1, head)
    rows.put(r, 4, 1, 3, "指标值")
    rows.put(r + 1, 4, 1, 2, "近两年指标值")
    rows.put(r + 1, 6, 2, 1, "预期当年实现值")
    rows.put(r + 2, 4, 1, 1, "前年")
    rows.put(r + 2, 5, 1, 1, "上年")
    rows.n = r + 3
    _grid_rows(rows, annual, 1, 2, lambda i: [(3, 1, i.name), (4, 1, history[i.name][0]), (5, 1, history[i.name][1]),
                                             (6, 1, i.raw), (7, 1, basis[i.name][0]), (8, 1, basis[i.name][1])])
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 52, 62, 92, 46, 46, 52, 48, 41], title="部门整体绩效目标申报表",
                         editor="填报日期：2025年1月20日", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    _add(doc, None, annual)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东: 表15-n with 不适用 rows


def layout_gd_sz_table15_not_applicable(folder: Path, name: str) -> FileGold:
    dept = "深圳市光明区文化广电旅游体育局"
    doc = FormDoc(name, f"{dept}2025年部门预算项目支出绩效目标表", dept, 2025)
    P, E, S = "产出指标", "效益指标", "满意度指标"
    SAT = "服务对象满意度指标"

    def not_applicable(l2: str) -> Ind:
        return Ind(E, l2, "不适用", "不适用", SKIP)

    def costing(text: str) -> Ind:
        return Ind("投入指标", "测算明细", "", text, SKIP)

    projects = [
        ("公共文化服务体系运行保障", "深圳市光明区文化馆", "1,286.40", "1,286.40", "0.00",
         "目标1：保障区级公共文化场馆免费开放；目标2：全年举办公益性文化活动不少于360场；目标3：丰富群众精神文化生活。", [
             costing("1、场馆运行维护费612.40万元（按建筑面积3.2万平方米、191.4元/平方米测算）；"
                     "2、公益性文化活动经费504.00万元（360场，平均1.4万元/场）；3、新增图书购置费170.00万元。"),
             Ind(P, "数量指标", "指标1：举办公益性文化活动场次", "≥360场", (">=", 360, "场")),
             Ind(P, "数量指标", "指标2：公共图书馆年接待读者人次", "不少于45万人次", (">=", 45, "万人次")),
             Ind(P, "数量指标", "指标3：新增馆藏图书", "≥3万册", (">=", 3, "万册")),
             Ind(P, "质量指标", "指标1：文化场馆免费开放率", "100%", ("=", 100, "%")),
             Ind(P, "质量指标", "指标2：活动安全事故发生数", "0起", ("=", 0, "起")),
             Ind(P, "时效指标", "指标1：年度活动计划完成时间", "2025年12月底前", DATE),
             not_applicable("经济效益指标"),
             Ind(E, "社会效益指标", "指标1：群众文化生活", "明显丰富", Q),
             not_applicable("生态效益指标"),
             Ind(E, "可持续影响指标", "指标1：基层文化阵地长效运行机制", "持续健全", Q),
             Ind(S, SAT, "指标1：群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("全民健身赛事活动", "深圳市光明区体育中心", "520.00", "480.00", "40.00",
         "目标1：举办区级全民健身赛事不少于25项；目标2：带动群众广泛参与体育锻炼。", [
             costing("赛事组织费按25项、平均19.2万元/项测算，合计480.00万元；社会赞助资金40.00万元用于赛事奖品。"),
             Ind(P, "数量指标", "指标1：举办区级全民健身赛事", "≥25项", (">=", 25, "项")),
             Ind(P, "数量指标", "指标2：参赛群众人次", "≥1.8万人次", (">=", 1.8, "万人次")),
             Ind(P, "质量指标", "指标1：赛事安全事故", "0起", ("=", 0, "起")),
             Ind(P, "时效指标", "指标1：赛事报名审核时限", "3-5个工作日", ("range", 3, "个工作日", 5)),
             Ind(E, "经济效益指标", "指标1：带动体育消费", "≥600万元", (">=", 600, "万元")),
             Ind(E, "社会效益指标", "指标1：经常参加体育锻炼人数比例", "≥45%", (">=", 45, "%")),
             not_applicable("生态效益指标"),
             Ind(S, SAT, "指标1：参赛群众满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("文物保护与考古调查", "深圳市光明区文化广电旅游体育局", "210.00", "210.00", "0.00",
         "目标：做好辖区不可移动文物日常巡查和保护，完成重点地块考古调查勘探。", [
             costing("文物巡查及保养维护费58.00万元；考古调查勘探费按12万平方米、不超过8元/平方米测算，96.00万元；"
                     "文物保护宣传费56.00万元。"),
             Ind(P, "数量指标", "指标1：文物保护单位日常巡查", "每月不少于1次", (">=", 1, "次")),
             Ind(P, "数量指标", "指标2：考古调查勘探面积", "≥12万平方米", (">=", 12, "万平方米")),
             Ind(P, "质量指标", "指标1：文物安全事故", "0起", ("=", 0, "起")),
             Ind(P, "时效指标", "指标1：考古调查报告提交时间", "2025年10月31日前", DATE),
             Ind(P, "成本指标", "指标1：每平方米勘探费用", "不超过8元", ("<=", 8, "元")),
             not_applicable("经济效益指标"),
             Ind(E, "社会效益指标", "指标1：社会公众文物保护意识", "有效增强", Q),
             Ind(S, SAT, "指标1：社会公众满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    widths = [62, 62, 80, 120, 80, 91]
    for k, (project, unit_name, total, fiscal, other, goal, inds) in enumerate(projects, 1):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目单位"), (4, 2, unit_name))
        rows.add((0, 1, "资金总额（万元）"), (1, 1, total), (2, 1, "其中：财政拨款"), (3, 1, fiscal), (4, 1, "其他资金"),
                 (5, 1, other))
        rows.add((0, 1, "项目联系人"), (1, 2, "黄振宇"), (3, 1, "联系电话"), (4, 2, "0755-23401876"))
        rows.add((0, 1, "项目绩效目标"), (1, 5, goal))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "年度绩效指标")
        for col, cs, head in ((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 2, "指标内容"), (5, 1, "目标值")):
            rows.put(r, col, 1, cs, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 3, i.raw)] if i.l2 == "测算明细" else
                   [(3, 2, i.name), (5, 1, i.raw)])
        _caption(doc, f"表15-{k}")
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor="（2025年度）"), gap=0)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津: 开发区 list in 千元


def layout_tj_kaifaqu_list_thousand_yuan(folder: Path, name: str) -> FileGold:
    dept = "天津经济技术开发区社会发展局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    P, E, S = "产出指标", "效益指标", "满意度指标"
    SAT = "服务对象满意度指标"
    projects = [
        ("义务教育学校公用经费保障", "36,420.00", "36,420.00", "0.00",
         "足额保障区内义务教育学校公用经费，维持学校正常运转，巩固义务教育均衡发展成果。", [
             Ind(P, "数量指标", "保障义务教育学生人数", "≥4.6万人", (">=", 4.6, "万人"), "20"),
             Ind(P, "质量指标", "生均公用经费拨付到位率", "100%", ("=", 100, "%"), "20"),
             Ind(P, "时效指标", "经费拨付时限", "≤30天", ("<=", 30, "天"), "10"),
             Ind(P, "成本指标", "小学生均公用经费标准", "≥650元", (">=", 650, "元"), "10"),
             Ind(E, "社会效益指标", "义务教育巩固率", "≥99%", (">=", 99, "%"), "20"),
             Ind(S, SAT, "学生家长满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("社区卫生服务机构运行补助", "8,650.00", "8,650.00", "0.00",
         "保障社区卫生服务中心正常运行，做实家庭医生签约和慢病管理服务。", [
             Ind(P, "数量指标", "签约家庭医生服务人数", "≥5.2万人", (">=", 5.2, "万人"), "20"),
             Ind(P, "质量指标", "慢病患者规范管理率", "≥70%", (">=", 70, "%"), "20"),
             Ind(P, "时效指标", "补助资金拨付及时率", "≥95%", (">=", 95, "%"), "10"),
             Ind(P, "成本指标", "人均基本公共卫生服务补助标准", "不低于94元", (">=", 94, "元"), "10"),
             Ind(E, "社会效益指标", "居民健康素养水平", "高于全市平均水平", Q, "20"),
             Ind(S, SAT, "签约居民满意度", "≥85%", (">=", 85, "%"), "20"),
         ]),
        ("养老服务机构运营补贴", "5,280.00", "2,280.00", "3,000.00",
         "对区内养老机构和社区养老服务设施给予运营补贴，提升养老服务供给质量。", [
             Ind(P, "数量指标", "补贴养老床位数", "≥1800张", (">=", 1800, "张"), "20"),
             Ind(P, "数量指标", "居家养老上门服务人次", "≥2.4万人次", (">=", 2.4, "万人次"), "10"),
             Ind(P, "质量指标", "养老机构星级评定达标率", "≥80%", (">=", 80, "%"), "20"),
             Ind(P, "成本指标", "每张床位每月运营补贴", "200-300元", ("range", 200, "元", 300), "10"),
             Ind(E, "社会效益指标", "老年人生活质量", "明显提高", Q, "20"),
             Ind(S, SAT, "入住老人满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("公共文化场馆免费开放", "1,960.00", "1,960.00", "0.00",
         "保障图书馆、文化馆、美术馆免费开放，丰富园区居民和职工文化生活。", [
             Ind(P, "数量指标", "年接待群众人次", "≥60万人次", (">=", 60, "万人次"), "20"),
             Ind(P, "数量指标", "举办展览讲座场次", "≥80场", (">=", 80, "场"), "20"),
             Ind(P, "质量指标", "场馆免费开放时间", "每周不少于56小时", (">=", 56, "小时"), "20"),
             Ind(P, "时效指标", "场馆开放率", "100%", ("=", 100, "%"), "10"),
             Ind(E, "社会效益指标", "群众文化获得感", "持续增强", Q, "10"),
             Ind(S, SAT, "读者观众满意度", "≥92%", (">=", 92, "%"), "20"),
         ]),
        ("就业创业补贴", "3,105.50", "3,105.50", "0.00",
         "落实职业技能培训和创业扶持政策，稳定和扩大园区就业。", [
             Ind(P, "数量指标", "职业技能培训人次", "≥3000人次", (">=", 3000, "人次"), "20"),
             Ind(P, "数量指标", "发放一次性创业补贴户数", "≥150户", (">=", 150, "户"), "10"),
             Ind(P, "质量指标", "培训合格率", "≥90%", (">=", 90, "%"), "20"),
             Ind(P, "时效指标", "补贴发放时限", "≤20个工作日", ("<=", 20, "个工作日"), "10"),
             Ind(E, "社会效益指标", "城镇登记失业率", "低于3.5%", ("<", 3.5, "%"), "20"),
             Ind(S, SAT, "参训人员满意度", "≥88%", (">=", 88, "%"), "20"),
         ]),
        ("残疾人康复服务补贴", "1,268.40", "868.40", "400.00",
         "为残疾儿童和持证残疾人提供基本康复服务，改善残疾人功能状况。", [
             Ind(P, "数量指标", "残疾儿童康复救助人数", "≥260人", (">=", 260, "人"), "20"),
             Ind(P, "质量指标", "康复服务机构定点覆盖率", "100%", ("=", 100, "%"), "20"),
             Ind(P, "时效指标", "救助申请审核时限", "≤15个工作日", ("<=", 15, "个工作日"), "10"),
             Ind(P, "成本指标", "残疾儿童康复训练补助标准", "2-2.4万元/人", ("range", 2, "万元/人", 2.4), "10"),
             Ind(E, "社会效益指标", "残疾儿童功能改善率", "≥80%", (">=", 80, "%"), "20"),
             Ind(S, SAT, "残疾儿童家长满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "预算金额（千元）")
    rows.put(0, 5, 2, 1, "年度绩效目标")
    rows.put(0, 6, 1, 5, "绩效指标")
    for col, head in ((2, "合计"), (3, "一般公共预算"), (4, "政府性基金预算"), (6, "一级指标"), (7, "二级指标"),
                      (8, "三级指标"), (9, "指标值"), (10, "分值")):
        rows.put(1, col, 1, 1, head)
    rows.add(*[(k, 1, t) for k, t in enumerate(("1", "2", "3=4+5", "4", "5", "6", "7", "8", "9", "10", "11"))])
    for k, (project, total, general, fund, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw), (10, 1, i.weight)])
        for col, text in ((0, str(k)), (1, project), (2, total), (3, general), (4, fund), (5, goal)):
            rows.put(r0, col, len(inds), 1, text)
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=_thousand(total))
    doc.pages.grid(_spec(rows.cells, rows.n, [24, 80, 56, 56, 56, 120, 56, 66, 120, 76, 30],
                         title="2025年项目支出绩效目标表", editor=f"单位名称：{dept}", unit_raw="金额单位：千元",
                         landscape=True), repeat=(0, 3), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 北京: 中期 and 年度 money


def layout_bj_district_midterm_money(folder: Path, name: str) -> FileGold:
    dept = "北京市通州区园林绿化局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标申报表", dept, 2025)
    P, E, S = "产出指标", "效益指标", "满意度指标"
    SAT = "服务对象满意度指标"
    projects = [
        ("城市绿地养护管理", "11011225T000000406731", "北京市通州区绿化服务中心",
         (("资金总额", "15,600.00", "5,200.00"), ("其中：财政拨款", "15,600.00", "5,200.00"), ("其他资金", "0.00", "0.00")),
         "2025年—2027年持续做好城市绿地精细化养护，绿化覆盖率达到50%以上。",
         "2025年完成1200万平方米城市绿地养护，绿地养护质量一级标准达标率85%以上。", [
             Ind(P, "数量指标", "养护城市绿地面积", "≥1200万平方米", (">=", 1200, "万平方米"), "15", period="≥3600万平方米"),
             Ind(P, "数量指标", "行道树修剪株数", "≥4万株", (">=", 4, "万株"), "10", period="≥12万株"),
             Ind(P, "质量指标", "绿地养护质量一级标准达标率", "≥85%", (">=", 85, "%"), "15", period="≥90%"),
             Ind(P, "时效指标", "病虫害发现处置时限", "≤48小时", ("<=", 48, "小时"), "10", period="≤48小时"),
             Ind(P, "成本指标", "每平方米年养护成本", "≤4.5元", ("<=", 4.5, "元"), "10", period="≤4.5元"),
             Ind(E, "生态效益指标", "城市绿化覆盖率", "达到49.5%", (">=", 49.5, "%"), "15", period="≥50%"),
             Ind(E, "社会效益指标", "园林景观品质", "明显提升", Q, "10", period="持续提升"),
             Ind(S, SAT, "市民满意度", "≥90%", (">=", 90, "%"), "15", period="≥90%"),
         ]),
        ("林木有害生物防治", "11011225T000000406845", "北京市通州区林业保护站",
         (("资金总额", "2,340.00", "780.00"), ("其中：财政拨款", "2,100.00", "700.00"), ("其他资金", "240.00", "80.00")),
         "有效控制美国白蛾等重大林业有害生物，林业有害生物成灾率控制在1‰以下。",
         "2025年完成美国白蛾防治50万亩次，成灾率控制在0.8‰以下。", [
             Ind(P, "数量指标", "美国白蛾防治面积", "≥50万亩次", (">=", 50, "万亩次"), "20", period="≥150万亩次"),
             Ind(P, "数量指标", "监测测报点", "120个", ("=", 120, "个"), "10", period="120个"),
             Ind(P, "质量指标", "林业有害生物成灾率", "≤0.8‰", ("<=", 0.8, "‰"), "15", period="≤1‰"),
             Ind(P, "时效指标", "疫情处置响应时间", "≤24小时", ("<=", 24, "小时"), "10", period="≤24小时"),
             Ind(P, "成本指标", "飞防作业单价", "10-12元/亩", ("range", 10, "元/亩", 12), "10", period="≤12元/亩"),
             Ind(E, "生态效益指标", "林木资源", "有效保护", Q, "15", period="有效保护"),
             Ind(S, SAT, "林农满意度", "不低于90%", (">=", 90, "%"), "20", period="≥90%"),
         ]),
    ]
    widths = [52, 52, 62, 96, 66, 66, 34, 67]
    explain = {"数量指标": "年度工作计划任务量", "质量指标": "行业技术规范要求", "时效指标": "应急处置工作要求",
               "成本指标": "定额标准及市场询价", "生态效益指标": "园林绿化统计数据", "社会效益指标": "第三方评估",
               SAT: "问卷调查"}
    for project, code, unit_name, money, mid_goal, year_goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "项目类型"), (1, 3, "经常性项目"), (4, 1, "项目期限"), (5, 3, "2025年—2027年"))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 3, "")
        rows.put(r, 4, 1, 2, "中期资金总额")
        rows.put(r, 6, 1, 2, "年度资金总额")
        for k, (label, mid, year) in enumerate(money, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 2, mid)
            rows.put(r + k, 6, 1, 2, year)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 3, "中期目标（2025年—2027年）")
        rows.put(r, 4, 1, 4, "年度目标")
        rows.put(r + 1, 1, 1, 3, mid_goal)
        rows.put(r + 1, 4, 1, 4, year_goal)
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for col, head in enumerate(("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "权重", "指标解释"), 1):
            rows.put(r, col, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.period), (5, 1, i.raw), (6, 1, i.weight),
                                                (7, 1, explain[i.l2])])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标申报表", editor="（2025年度）",
                             unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, total=money[0][1], year=money[0][2], fiscal=money[1][2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 上海: street, money in the title


def layout_sh_street_money_in_title(folder: Path, name: str) -> FileGold:
    dept = "上海市静安区江宁路街道办事处"
    doc = FormDoc(name, f"{dept}2025年项目绩效目标表", dept, 2025)
    projects = [
        ("社区养老服务综合体运营", "86.40", "江宁路街道社区服务办公室",
         "为辖区老年人提供日间照料、助餐和康复护理服务，提升社区养老服务水平。", [
             Ind(None, "数量指标", "日间照料服务老人人数", "≥120人", (">=", 120, "人"), note="按床位和服务能力测算"),
             Ind(None, "数量指标", "助餐服务人次", "≥3.6万人次", (">=", 3.6, "万人次"), note="按日均助餐量测算"),
             Ind(None, "质量指标", "服务安全事故", "0起", ("=", 0, "起"), note="无安全责任事故"),
             Ind(None, "时效指标", "服务需求响应时间", "≤2小时", ("<=", 2, "小时"), note="接单至上门时间"),
             Ind(None, "社会效益指标", "老年人社会参与度", "明显提升", Q, note="与上年比较"),
             Ind(None, "服务对象满意度指标", "服务对象满意度", "≥95%", (">=", 95, "%"), note="第三方调查"),
         ]),
        ("社区事务受理服务中心运行", "132.75", "江宁路街道社区事务受理服务中心",
         "保障社区事务受理服务中心正常运行，推进“一网通办”，提高办事便利度。", [
             Ind(None, "数量指标", "年受理事项件数", "≥4.5万件", (">=", 4.5, "万件"), note="按上年受理量测算"),
             Ind(None, "质量指标", "事项办结率", "≥99%", (">=", 99, "%"), note="办结件数/受理件数"),
             Ind(None, "时效指标", "即办事项办理时限", "≤1个工作日", ("<=", 1, "个工作日"), note="服务承诺"),
             Ind(None, "成本指标", "窗口运行成本", "不高于132.75万元", ("<=", 132.75, "万元"), note="年度预算"),
             Ind(None, "社会效益指标", "一网通办线上办理率", "≥70%", (">=", 70, "%"), note="线上办件/全部办件"),
             Ind(None, "服务对象满意度指标", "办事群众好评率", "≥98%", (">=", 98, "%"), note="好差评系统"),
         ]),
        ("老旧小区综合治理", "245.00", "江宁路街道社区管理办公室",
         "完成6个老旧小区综合治理，推进加装电梯，改善居民居住条件。", [
             Ind(None, "数量指标", "治理小区数", "6个", ("=", 6, "个"), note="年度治理计划"),
             Ind(None, "数量指标", "加装电梯完工数", "≥10台", (">=", 10, "台"), note="已签约加梯项目"),
             Ind(None, "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), note="竣工验收"),
             Ind(None, "时效指标", "项目完工时间", "2025年11月30日前", DATE, note="施工计划"),
             Ind(None, "社会效益指标", "小区居住环境", "明显改善", Q, note="居民评议"),
             Ind(None, "服务对象满意度指标", "居民满意度", "不低于90%", (">=", 90, "%"), note="入户调查"),
         ]),
        ("平安社区建设", "58.20", "江宁路街道平安办",
         "加强群防群治和智能安防建设，提升辖区居民安全感。", [
             Ind(None, "数量指标", "开展治安巡逻", "≥730次", (">=", 730, "次"), note="每日巡逻2次"),
             Ind(None, "数量指标", "安装智能感知设备", "≥150套", (">=", 150, "套"), note="建设方案"),
             Ind(None, "质量指标", "设备完好率", "≥95%", (">=", 95, "%"), note="运维考核"),
             Ind(None, "社会效益指标", "辖区刑事警情数", "同比下降", Q, note="公安统计"),
             Ind(None, "服务对象满意度指标", "居民安全感满意度", "≥92%", (">=", 92, "%"), note="问卷调查"),
         ]),
    ]
    for k, (project, amount, unit_name, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 1, project), (2, 1, "实施单位"), (3, 1, unit_name))
        rows.add((0, 1, "项目总体目标"), (1, 3, goal))
        rows.add((0, 1, "指标类别"), (1, 1, "指标名称"), (2, 1, "指标值"), (3, 1, "指标值说明"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 150, 95, 170], title=f"{project}项目绩效目标表（{amount}万元）",
                             editor=f"主管部门：{dept}"), fresh_page=(k == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=amount)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东: 部门决算, summary then forms


def layout_sd_final_accounts_summary_then_forms(folder: Path, name: str) -> FileGold:
    dept = "烟台经济技术开发区城市管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year,
                    [("一、一般公共预算财政拨款收入", "5,836.20"), ("二、政府性基金预算财政拨款收入", "420.00"),
                     ("三、其他收入", "36.50")],
                    [("201", "一般公共服务支出", "186.40"), ("20103", "政府办公厅（室）及相关机构事务", "186.40"),
                     ("212", "城乡社区支出", "5,436.30"), ("21201", "城乡社区管理事务", "1,396.30"),
                     ("21205", "城乡社区环境卫生", "4,040.00"), ("221", "住房保障支出", "213.50"),
                     ("22102", "住房改革支出", "213.50")],
                    "负责辖区城市管理、市容环境卫生、市政设施维护和城市照明等工作。", "一般公共预算项目支出")
    P, E, S = "产出指标", "效益指标", "满意度指标"
    SAT = "服务对象满意度指标"
    projects = [
        ("市政道路维修养护", "烟台经济技术开发区市政设施维护中心", "1,260.00", "1,260.00", "1,213.38",
         "完成道路维修8.3万平方米、桥梁定期检测24座，道路通行条件明显改善。", [
             Ind(P, "数量指标", "道路维修面积", "≥8万平方米", (">=", 8, "万平方米"), "15", "8.3万平方米", "15"),
             Ind(P, "数量指标", "桥梁定期检测", "24座", ("=", 24, "座"), "10", "24座", "10"),
             Ind(P, "质量指标", "维修工程合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(P, "时效指标", "道路坑槽修复时限", "≤48小时", ("<=", 48, "小时"), "10", "36小时", "10"),
             Ind(E, "社会效益指标", "道路通行条件", "明显改善", Q, "15", "明显改善", "14"),
             Ind(E, "可持续影响指标", "道路设施完好率", "≥95%", (">=", 95, "%"), "10", "93.5%", "8", "部分老旧路段病害集中"),
             Ind(S, SAT, "市民满意度", "≥90%", (">=", 90, "%"), "15", "91.2%", "15"),
         ]),
        ("城市生活垃圾清运处置", "烟台经济技术开发区环境卫生服务中心", "2,480.00", "2,480.00", "2,480.00",
         "全年清运处置生活垃圾18.6万吨，无害化处理率100%。", [
             Ind(P, "数量指标", "生活垃圾清运量", "≥18万吨", (">=", 18, "万吨"), "20", "18.6万吨", "20"),
             Ind(P, "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind(P, "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%"), "10", "99.2%", "9", "节假日高峰期清运压力大"),
             Ind(P, "成本指标", "吨垃圾清运处置成本", "≤138元", ("<=", 138, "元"), "10", "135元", "10"),
             Ind(E, "生态效益指标", "城市环境卫生状况", "持续改善", Q, "15", "持续改善", "15"),
             Ind(S, SAT, "群众满意度", "≥90%", (">=", 90, "%"), "15", "88%", "12", "部分小区收集点设置不合理"),
         ]),
        ("城市照明设施维护", "烟台经济技术开发区市政设施维护中心", "560.00", "500.00", "468.72",
         "维护路灯2.25万盏，亮灯率97.6%，故障平均修复时间20小时。", [
             Ind(P, "数量指标", "维护路灯数量", "≥2.2万盏", (">=", 2.2, "万盏"), "20", "2.25万盏", "20"),
             Ind(P, "质量指标", "路灯亮灯率", "≥98%", (">=", 98, "%"), "20", "97.6%", "18", "部分线路老化故障频发"),
             Ind(P, "时效指标", "故障修复时限", "≤24小时", ("<=", 24, "小时"), "10", "20小时", "10"),
             Ind(P, "成本指标", "单灯年维护成本", "≤250元", ("<=", 250, "元"), "10", "208元", "10"),
             Ind(E, "社会效益指标", "夜间出行安全", "有效保障", Q, "15", "基本保障", "10", "老旧城区照明亮度不足"),
             Ind(S, SAT, "市民满意度", "≥90%", (">=", 90, "%"), "15", "85%", "11", "照明设施改造进度偏慢"),
         ]),
    ]
    scored = []
    for project, unit_name, budget, fiscal, executed, done, inds in projects:
        rate, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        scored.append((project, unit_name, budget, fiscal, executed, done, inds, rate, rate_score, total,
                       _grade(total)))
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "全年预算数", "全年执行数", "执行率", "自评得分",
                                                 "自评等级"))])
    for k, (project, _, budget, _, executed, _, _, rate, _, total, grade) in enumerate(scored, 1):
        rows.add((0, 1, str(k)), (1, 1, project), (2, 1, budget), (3, 1, executed), (4, 1, rate),
                 (5, 1, f"{total:.2f}"), (6, 1, grade))
    budgets = sum(_amount(s[2]) for s in scored)
    spent = sum(_amount(s[4]) for s in scored)
    rows.add((0, 2, "合计"), (2, 1, f"{budgets:,.2f}"), (3, 1, f"{spent:,.2f}"), (4, 1, "—"), (5, 1, "—"), (6, 1, "—"))
    doc.pages.grid(_spec(rows.cells, rows.n, [34, 150, 70, 70, 56, 56, 59], title="项目支出绩效自评结果汇总表",
                         editor=f"编制单位：{dept}", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for project, unit_name, budget, fiscal, executed, done, inds, rate, rate_score, total, grade in scored:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 2, "实施单位"), (7, 1, unit_name))
        rows.add((0, 2, "资金情况"), (2, 6, f"全年预算数{budget}万元，其中财政拨款{fiscal}万元；\n全年执行数{executed}万元；"
                                              f"预算执行率{rate}，得分{rate_score}分（分值10分）。"))
        rows.add((0, 2, "年度目标完成情况"), (2, 6, done))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        doc.pages.grid(_spec(rows.cells, rows.n, [52, 60, 92, 66, 62, 36, 40, 87], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建: money by fund source


def layout_fj_district_fund_source_columns(folder: Path, name: str) -> FileGold:
    dept = "厦门市思明区市场监督管理局"
    doc = FormDoc(name, f"{dept}2025年度项目支出绩效目标表", dept, 2025)
    P, E, S = "产出指标", "效益指标", "满意度指标"
    SAT = "服务对象满意度指标"
    heads = ("资金总额", "财政拨款小计", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金")
    projects = [
        ("食品安全抽检监测", "350203250000000112", "厦门市思明区市场监督管理局",
         ("386.00", "356.00", "356.00", "0.00", "0.00", "0.00", "30.00"),
         "完成食品安全监督抽检4200批次以上，及时核查处置不合格食品，守住不发生重大食品安全事故的底线。", [
             Ind(P, "数量指标", "食品安全抽检批次", ("不少于4200", "批次"), (">=", 4200, "批次"),
                 note="全年完成的监督抽检和风险监测批次"),
             Ind(P, "数量指标", "农贸市场快检批次", ("不少于3.6", "万批次"), (">=", 3.6, "万批次"), note="快检室检测批次"),
             Ind(P, "质量指标", "抽检不合格食品核查处置率", ("达到100", "%"), (">=", 100, "%"),
                 note="已核查处置批次/不合格批次"),
             Ind(P, "时效指标", "抽检结果报送时限", ("不超过20", "个工作日"), ("<=", 20, "个工作日"), note="抽样至报送"),
             Ind(P, "成本指标", "每批次抽检平均费用", ("不高于850", "元"), ("<=", 850, "元"), note="检验费/抽检批次"),
             Ind(E, "社会效益指标", "食品安全评价性抽检合格率", ("不低于98", "%"), (">=", 98, "%"), note="市级通报数据"),
             Ind(E, "可持续影响指标", "食品安全风险防控能力", ("持续提升", ""), Q, note="风险防控体系建设情况"),
             Ind(S, SAT, "群众食品安全满意度", ("不低于85", "%"), (">=", 85, "%"), note="第三方测评"),
         ]),
        ("特种设备安全监察", "350203250000000129", "厦门市思明区特种设备安全监察所",
         ("142.60", "142.60", "122.60", "20.00", "0.00", "0.00", "0.00"),
         "加强电梯等特种设备安全监察，隐患整改率100%，不发生较大及以上特种设备事故。", [
             Ind(P, "数量指标", "特种设备监督检查台次", ("不少于2600", "台次"), (">=", 2600, "台次"), note="年度检查计划"),
             Ind(P, "数量指标", "电梯应急处置演练", ("不少于12", "场"), (">=", 12, "场"), note="每月1场"),
             Ind(P, "质量指标", "隐患整改率", ("达到100", "%"), (">=", 100, "%"), note="已整改隐患/发现隐患"),
             Ind(P, "时效指标", "电梯困人救援到达时间", ("不超过30", "分钟"), ("<=", 30, "分钟"), note="接警至到达现场"),
             Ind(E, "社会效益指标", "特种设备万台死亡率", ("低于0.15", "人/万台"), ("<", 0.15, "人/万台"),
                 note="省级考核指标"),
             Ind(E, "可持续影响指标", "电梯安全责任保险覆盖率", ("不低于60", "%"), (">=", 60, "%"), note="投保电梯/在用电梯"),
             Ind(S, SAT, "使用单位满意度", ("不低于90", "%"), (">=", 90, "%"), note="问卷调查"),
         ]),
        ("计量器具强制检定", "350203250000000136", "厦门市思明区计量检定所",
         ("68.50", "68.50", "68.50", "0.00", "0.00", "0.00", "0.00"),
         "对辖区贸易结算、医疗卫生和安全防护类计量器具实施强制检定，保障量值准确可靠。", [
             Ind(P, "数量指标", "强制检定计量器具台件数", ("不少于1.8", "万台件"), (">=", 1.8, "万台件"), note="强检目录内器具"),
             Ind(P, "质量指标", "检定结果准确率", ("达到100", "%"), (">=", 100, "%"), note="比对核查结果"),
             Ind(P, "时效指标", "检定证书出具时限", ("不超过5", "个工作日"), ("<=", 5, "个工作日"), note="服务承诺"),
             Ind(E, "社会效益指标", "民生计量器具受检率", ("不低于95", "%"), (">=", 95, "%"), note="受检台件/在用台件"),
             Ind(S, SAT, "受检单位满意度", ("不低于90", "%"), (">=", 90, "%"), note="问卷调查"),
         ]),
    ]
    rule = "完成目标值得满分，未完成按完成比例计分"
    widths = [52, 56, 92, 66, 46, 80, 52, 51]
    for project, code, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 2, "项目编码"), (6, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, (head, value) in enumerate(zip(heads, money), 1):
            rows.put(r, k, 1, 1, head)
            rows.put(r + 1, k, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "计量单位",
                                                     "指标解释"))], (6, 2, "评分标准"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.note), (6, 2, rule)])
        rows.add((0, 8, "填报说明：1.定量指标的指标值填写比较词和数值，计量单位单独填列；2.定性指标的指标值填写预期达到的"
                        "状态，计量单位不填；3.评分标准用于年度绩效自评。"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年度项目支出绩效目标表", editor=f"预算单位：{dept}",
                             unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南: turned pages, 元


def layout_yn_prefecture_turned_self_eval_yuan(folder: Path, name: str) -> FileGold:
    dept = "红河哈尼族彝族自治州林业和草原局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    P, E, S = "产出指标", "效益指标", "满意度指标"
    SAT = "服务对象满意度指标"
    projects = [
        ("天然林保护修复", "53250024T000000056711", "红河州天然林保护中心",
         {"年度资金总额": ("3,200,000.00", "3,450,000.00", "3,312,000.00"),
          "其中：当年财政拨款": ("3,200,000.00", "3,200,000.00", "3,062,000.00"),
          "上年结转资金": ("", "250,000.00", "250,000.00"), "其他资金": ("", "", "")},
         "落实天然林管护责任，聘用生态护林员不少于420人，森林覆盖率稳定在58.9%以上。",
         "管护天然林185.6万亩，聘用生态护林员426人，森林覆盖率59.1%。", [
             Ind(P, "数量指标", "天然林管护面积", "≥185万亩", (">=", 185, "万亩"), "15", "185.6万亩", "15"),
             Ind(P, "数量指标", "聘用生态护林员", "≥420人", (">=", 420, "人"), "10", "426人", "10"),
             Ind(P, "质量指标", "管护责任落实率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(P, "时效指标", "管护补助兑现时间", "2024年12月底前", DATE, "10", "2024年12月20日", "10"),
             Ind(P, "成本指标", "每亩管护补助标准", "≤10元", ("<=", 10, "元"), "5", "10元", "5"),
             Ind(E, "生态效益指标", "森林覆盖率", "≥58.9%", (">=", 58.9, "%"), "15", "59.1%", "15"),
             Ind(E, "社会效益指标", "护林员人均增收", "≥1万元", (">=", 1, "万元"), "10", "1.02万元", "10"),
             Ind(S, SAT, "护林员满意度", "≥90%", (">=", 90, "%"), "15", "87%", "12", "补助发放时间偏晚"),
         ]),
        ("森林草原防灭火", "53250024T000000056728", "红河州森林草原防灭火指挥部办公室",
         {"年度资金总额": ("1,800,000.00", "1,800,000.00", "1,539,000.00"),
          "其中：当年财政拨款": ("1,800,000.00", "1,800,000.00", "1,539,000.00"),
          "上年结转资金": ("0.00", "0.00", "0.00"), "其他资金": ("", "", "")},
         "加强森林草原火灾防控，森林火灾受害率控制在0.9‰以内，不发生重特大森林火灾。",
         "开展防火巡查1.62万人次，森林火灾受害率0.95‰，未发生重特大森林火灾。", [
             Ind(P, "数量指标", "防火巡查人次", "≥1.5万人次", (">=", 1.5, "万人次"), "15", "1.62万人次", "15"),
             Ind(P, "数量指标", "购置扑火机具", "≥300台套", (">=", 300, "台套"), "10", "260台套", "8",
                 "政府采购流程延长"),
             Ind(P, "质量指标", "森林火灾受害率", "≤0.9‰", ("<=", 0.9, "‰"), "15", "0.95‰", "12",
                 "春季极端干旱火险等级高"),
             Ind(P, "时效指标", "火情处置响应时间", "≤30分钟", ("<=", 30, "分钟"), "10", "25分钟", "10"),
             Ind(E, "社会效益指标", "重特大森林火灾发生", "0起", ("=", 0, "起"), "15", "0起", "15"),
             Ind(E, "可持续影响指标", "群防群治机制", "持续完善", Q, "10", "基本完善", "6", "部分村组责任落实不到位"),
             Ind(S, SAT, "林区群众满意度", "≥90%", (">=", 90, "%"), "15", "88%", "13", "宣传覆盖不足"),
         ]),
    ]
    # 改进措施 printed beside each 偏差原因
    fixes = {"补助发放时间偏晚": "优化补助兑付流程",
             "政府采购流程延长": "提前启动采购程序",
             "春季极端干旱火险等级高": "加强高火险期巡护",
             "部分村组责任落实不到位": "压实网格责任",
             "宣传覆盖不足": "加强防火宣传"}
    widths = [60, 56, 80, 130, 70, 70, 70, 60, 70, 76]
    for project, code, unit_name, money, goal, done, inds in projects:
        budget, executed = money["年度资金总额"][1], money["年度资金总额"][2]
        rate, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        grade = _grade(total)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code), (7, 1, "自评等级"), (8, 2, grade))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 5, unit_name))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金（元）")
        rows.put(r, 1, 1, 3, "")
        for col, head in ((4, "年初预算数"), (5, "全年预算数"), (6, "全年执行数"), (7, "分值"), (8, "执行率"), (9, "得分")):
            rows.put(r, col, 1, 1, head)
        for k, (label, (initial, full, spent)) in enumerate(money.items(), 1):
            tail = ("10", rate, f"{rate_score}") if k == 1 else ("—", "—", "—")
            for col, cs, text in ((1, 3, label), (4, 1, initial), (5, 1, full), (6, 1, spent), (7, 1, tail[0]),
                                  (8, 1, tail[1]), (9, 1, tail[2])):
                rows.put(r + k, col, 1, cs, text)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 5, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal)
        rows.put(r + 1, 5, 1, 5, done)
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for col, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                    "偏差原因", "改进措施"), 1):
            rows.put(r, col, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note),
                                                (9, 1, fixes.get(i.note, ""))])
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 2, ""))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：元", landscape=True, kind="performance_self_evaluation"),
                       fresh_page=True, turned=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), grade)
        doc.gold.project(project, "元", code=code, year=budget, fiscal=money["其中：当年财政拨款"][1],
                         carried=money["上年结转资金"][1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江: 部门预算 with prose goals


def layout_zj_budget_prose_goals_and_dept_targets(folder: Path, name: str) -> FileGold:
    dept = "温州市鹿城区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, ["表1  部门收支总表", "表5  一般公共预算支出表", "表11  项目支出绩效表",
                                    "表12  部门整体支出绩效目标表"])
    projects = [
        ("温州市鹿城区卫生健康局", "基本公共卫生服务项目", "4,862.30",
         "为辖区常住居民免费提供基本公共卫生服务，65岁及以上老年人城乡社区规范健康管理服务率不低于65%，"
         "高血压、2型糖尿病患者基层规范管理服务率不低于65%，居民健康档案电子建档率保持在90%以上。"),
        ("温州市鹿城区卫生健康局", "家庭医生签约服务补助", "1,120.00",
         "推进家庭医生签约服务扩面提质，全年签约服务人数28万人以上，重点人群签约覆盖率不低于80%，"
         "签约居民续约率稳定在90%左右。"),
        ("温州市鹿城区疾病预防控制中心", "重大传染病防控", "386.50",
         "做好艾滋病、结核病等重大传染病监测和防治，法定传染病报告及时率100%，肺结核患者成功治疗率不低于90%，"
         "有效防止重大传染病疫情扩散蔓延。"),
        ("温州市鹿城区疾病预防控制中心", "免疫规划疫苗接种服务", "245.80",
         "规范开展预防接种服务，适龄儿童国家免疫规划疫苗接种率保持在95%以上，疫苗冷链设备运行正常率100%。"),
        ("温州市鹿城区卫生监督所", "卫生监督执法检查", "98.60",
         "对公共场所、医疗机构、学校和生活饮用水开展监督检查，年度监督覆盖率不低于95%，投诉举报按时办结率100%。"),
        ("温州市鹿城区妇幼保健院", "妇幼健康服务能力提升", "312.40",
         "开展孕产妇和0-6岁儿童健康管理，孕产妇系统管理率和3岁以下儿童系统管理率均不低于90%，婴儿死亡率控制在3‰以下。"),
        ("温州市鹿城区人民医院", "医院能力建设", "1,650.00",
         "加强重点专科建设和医疗设备更新，提升急危重症救治能力，县域就诊率达到90%以上，患者就医满意度持续提升。"),
        ("温州市鹿城区中医院", "中医药传承创新发展", "268.75",
         "建设中医优势专科，推广中医适宜技术不少于15项，开展中医药健康文化宣传活动，提高群众对中医药服务的获得感。"),
        ("温州市鹿城区人民医院", "重点专科建设", "420.00",
         "围绕心血管、呼吸、消化等专科开展市级重点专科建设，引进和培养学科骨干，新增市级重点专科不少于2个，"
         "三四级手术占比逐年提高，专科诊疗能力和区域影响力明显增强。"),
        ("温州市鹿城区中医院", "中医院迁建工程", "2,800.00",
         "中医院迁建工程总建筑面积约6.8万平方米，建设门急诊、医技、住院及中医特色诊疗用房，规划床位500张。"
         "年度内完成主体结构封顶和机电安装工程的60%，工程质量验收合格率100%，不发生较大及以上安全生产事故，"
         "为2026年投入使用奠定基础，项目建成后有效缓解城区中医医疗资源不足问题。"),
        ("温州市鹿城区卫生健康局", "卫生健康人才培养", "186.20",
         "实施基层卫生人才培养计划，开展全科医生转岗培训和乡村医生能力提升培训不少于300人次，"
         "引进高层次医学人才不少于5名，卫生人才队伍结构持续优化。"),
        ("温州市鹿城区疾病预防控制中心", "慢性病综合防控示范区建设", "75.60",
         "巩固国家级慢性病综合防控示范区建设成果，开展健康支持性环境建设和全民健康生活方式行动，"
         "重大慢性病过早死亡率控制在12%以下，居民慢性病防控知识知晓率不低于70%。"),
    ]
    rows = _Rows()
    rows.add((0, 1, "单位名称"), (1, 1, "项目名称"), (2, 1, "金额"), (3, 1, "项目总体绩效目标"))
    rows.add((0, 1, "**"), (1, 1, "**"), (2, 1, "**"), (3, 1, "**"))
    for unit_name, project, amount, goal in projects:
        rows.add((0, 1, unit_name), (1, 1, project), (2, 1, amount), (3, 1, goal))
        doc.gold.project(project, "万元", year=amount)
    _caption(doc, "表11", landscape=True)
    doc.pages.grid(_spec(rows.cells, rows.n, [150, 150, 70, 370], title=f"{year}年区级部门项目支出绩效表",
                         editor=f"536-{dept}", unit_raw="万元", landscape=True), repeat=(0, 2), gap=0)
    P, E, S = "产出指标", "效益指标", "满意度指标"
    SAT = "服务对象满意度指标"
    inds = [
        Ind(P, "数量指标", "65岁及以上老年人城乡社区规范健康管理服务率", "≥65%", (">=", 65, "%"), note="国家基本公共卫生服务规范"),
        Ind(P, "数量指标", "家庭医生签约人数", "≥28万人", (">=", 28, "万人"), note="年度工作计划"),
        Ind(P, "数量指标", "卫生监督检查户次", "≥3500户次", (">=", 3500, "户次"), note="双随机抽查计划"),
        Ind(P, "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%", (">=", 95, "%"), note="省级考核要求"),
        Ind(P, "质量指标", "高血压患者基层规范管理服务率", "≥65%", (">=", 65, "%"), note="国家基本公共卫生服务规范"),
        Ind(P, "时效指标", "传染病疫情报告及时率", "100%", ("=", 100, "%"), note="传染病防治法"),
        Ind(P, "成本指标", "部门公用经费控制率", "≤100%", ("<=", 100, "%"), note="年度预算"),
        Ind(E, "社会效益指标", "居民健康素养水平", "≥36%", (">=", 36, "%"), note="健康浙江考核"),
        Ind(E, "社会效益指标", "婴儿死亡率", "≤3‰", ("<=", 3, "‰"), note="妇幼卫生统计"),
        Ind(E, "社会效益指标", "甲乙类传染病暴发疫情", "有效控制", Q, note="疫情监测"),
        Ind(E, "可持续影响指标", "基层医疗卫生服务能力", "持续提升", Q, note="医共体建设评价"),
        Ind(E, "可持续影响指标", "县域就诊率", "≥90%", (">=", 90, "%"), note="医保结算数据"),
        Ind(S, SAT, "居民就医满意度", "≥90%", (">=", 90, "%"), note="第三方满意度测评"),
        Ind(S, SAT, "家庭医生签约居民满意度", "≥85%", (">=", 85, "%"), note="电话回访"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    rows.add((0, 1, "年度预算总额"), (1, 1, "22,122.30"), (2, 1, "其中：财政拨款"), (3, 2, "21,462.30"))
    rows.add((0, 1, "年度总体目标"), (1, 4, "以健康鹿城建设为统领，做实基本公共卫生服务，加强重大传染病防控和妇幼健康服务，"
                                            "持续提升基层医疗卫生服务能力和群众就医满意度。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
    _caption(doc, "表12")
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 170, 70, 105], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"), gap=0)
    _add(doc, None, inds)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽: town, one-level self evaluation


def layout_ah_town_dept_self_eval_one_level(folder: Path, name: str) -> FileGold:
    dept = "六安市霍山县衡山镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门整体支出绩效自评表", dept, year)
    P, E, S = "产出指标", "效益指标", "满意度指标"
    inds = [
        Ind(P, None, "农村道路日常养护里程", "≥86公里", (">=", 86, "公里"), "10", "88公里", "10"),
        Ind(P, None, "城乡居民医保参保率", "≥97%", (">=", 97, "%"), "10", "97.8%", "10"),
        Ind(P, None, "困难群众救助资金发放准确率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind(P, None, "森林防火巡查", "每月不少于4次", (">=", 4, "次"), "5", "每月4次", "5"),
        Ind(P, None, "惠民资金拨付时间", "2024年12月底前", DATE, "5", "2024年12月25日", "5"),
        Ind(P, None, "农村实用人才培训", "≥300人次", (">=", 300, "人次"), "5", "326人次", "5"),
        Ind(E, None, "村集体经济收入10万元以上村占比", "≥80%", (">=", 80, "%"), "10", "75%", "8",
            "2个村产业项目效益未达预期"),
        Ind(E, None, "农村人居环境", "持续改善", Q, "10", "持续改善", "10"),
        Ind(E, None, "安全生产事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
        Ind(E, None, "耕地保有量", "不低于上级下达任务", Q, "5", "完成上级下达任务", "5"),
        Ind(S, None, "群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ]
    initial, adjusted, spent = "2,860.00", "3,120.50", "3,046.20"
    rate, rate_score = _rate(adjusted, spent)
    total = _total(rate_score, inds)
    grade = _grade(total)
    rows = _Rows()
    rows.put(0, 0, 2, 1, "年度预算执行情况")
    for col, head, value in ((1, "当年预算", initial), (2, "调整后预算", adjusted), (3, "执行数", spent), (4, "执行率", rate),
                             (5, "分值", "10"), (6, "得分", f"{rate_score}")):
        rows.put(0, col, 1, 1, head)
        rows.put(1, col, 1, 1, value)
    rows.add((0, 1, "年度总体目标完成情况"), (1, 6, "全面完成年度重点工作任务，民生保障和乡村振兴各项资金及时足额拨付，"
                                                    "农村人居环境持续改善，全年未发生安全生产事故。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "指标名称", "年度目标值", "实际完成值", "分值", "得分",
                                                 "偏差原因"))])
    _grid_rows(rows, inds, 0, None, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                               (5, 1, i.score), (6, 1, i.note)])
    rows.add((0, 4, "综合得分"), (4, 1, "100"), (5, 1, f"{total:.2f}"), (6, 1, ""))
    rows.add((0, 4, "评价等级"), (4, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 150, 70, 70, 40, 40, 55], title=f"{year}年度部门整体支出绩效自评表",
                         editor=f"部门（单位）名称：{dept}", unit_raw="金额单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", adjusted, spent, float(total), grade)
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西: 街道 部门决算, three tables


def layout_sn_street_final_accounts_three_tables(folder: Path, name: str) -> FileGold:
    dept = "宝鸡市陈仓区虢镇街道办事处"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "1,790.91"), ("二、其他收入", "12.60")],
                    [("201", "一般公共服务支出", "1,024.51"), ("20101", "人大事务", "46.20"),
                     ("20103", "政府办公厅（室）及相关机构事务", "978.31"), ("208", "社会保障和就业支出", "412.60"),
                     ("20802", "民政管理事务", "412.60"), ("212", "城乡社区支出", "353.80"),
                     ("21205", "城乡社区环境卫生", "353.80")],
                    "负责辖区党的建设、经济发展、社会治理、民生保障和城乡环境卫生等工作。", "部门整体支出")
    P, E, S = "产出指标", "效益指标", "满意度指标"
    inds = [
        Ind(P, "数量指标", "城市道路清扫保洁面积", "≥120万平方米", (">=", 120, "万平方米"), "10", "122万平方米", "10"),
        Ind(P, "数量指标", "开展政策宣传活动", "≥24场", (">=", 24, "场"), "5", "26场", "5"),
        Ind(P, "数量指标", "社区网格化管理覆盖率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind(P, "质量指标", "信访事项按期办结率", "≥95%", (">=", 95, "%"), "10", "96.5%", "10"),
        Ind(P, "时效指标", "民生资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind(P, "成本指标", "公用经费控制率", "≤100%", ("<=", 100, "%"), "5", "98.6%", "5"),
        Ind(E, "社会效益指标", "辖区安全生产形势", "平稳", Q, "10", "平稳", "10"),
        Ind(E, "生态效益指标", "辖区空气质量优良天数", "≥260天", (">=", 260, "天"), "10", "248天", "7",
            "冬季不利气象条件影响"),
        Ind(E, "可持续影响指标", "基层治理机制", "不断健全", Q, "5", "不断健全", "5"),
        Ind(S, "服务对象满意度指标", "辖区群众满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
    ]
    money = [("资金总额", "1,846.30", "1,790.91"), ("其中：基本支出", "1,120.30", "1,118.40"),
             ("项目支出", "726.00", "672.51")]
    rate, rate_score = _rate(money[0][1], money[0][2])
    total = _total(rate_score, inds)
    grade = _grade(total)
    rows = _Rows()
    rows.add((0, 6, "一、预算执行情况"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("项目", "全年预算数", "全年执行数", "执行率", "分值", "得分"))])
    for k, (label, budget, spent) in enumerate(money):
        tail = ("10", f"{rate_score}") if k == 0 else ("—", "—")
        rows.add((0, 1, label), (1, 1, budget), (2, 1, spent), (3, 1, _rate(budget, spent)[0]), (4, 1, tail[0]),
                 (5, 1, tail[1]))
    doc.pages.grid(_spec(rows.cells, rows.n, [100, 80, 80, 80, 70, 85], title="部门整体支出绩效自评表",
                         editor=f"部门名称：{dept}（{year}年度）", unit_raw="单位：万元",
                         kind="performance_self_evaluation"), fresh_page=True)
    rows = _Rows()
    rows.add((0, 8, "二、绩效指标完成情况"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析"))])
    rows.add(*[(k, 1, str(k + 1)) for k in range(8)])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 8, "填报说明：1.绩效指标分值合计90分，预算执行率分值10分；2.实际完成值未达到年度指标值的，"
                    "应在偏差原因分析栏说明原因；3.定性指标按完成程度分档计分。"))
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 60, 100, 62, 62, 34, 34, 91], kind="performance_self_evaluation"),
                   gap=10)
    rows = _Rows()
    rows.add((0, 4, "三、自评结论"))
    rows.add((0, 1, "总分"), (1, 1, f"{total:.2f}"), (2, 1, "自评等级"), (3, 1, grade))
    rows.add((0, 1, "主要成效"), (1, 3, "全年预算执行率97.00%，各项绩效指标总体完成，辖区环境卫生和基层治理水平稳步提升。"))
    doc.pages.grid(_spec(rows.cells, rows.n, [100, 100, 100, 195], kind="performance_self_evaluation"), gap=10)
    _add(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", money[0][1], money[0][2], float(total), grade)
    return doc.save(folder)


# --------------------------------------------------------------------------- registry

Builder = Callable[[Path, str], FileGold]

BLIND7: dict[str, Builder] = {
    "sc_county_adjusted_budget_self_eval": layout_sc_county_adjusted_budget_self_eval,
    "hn_town_long_term_and_annual": layout_hn_town_long_term_and_annual,
    "hb_dept_history_columns": layout_hb_dept_history_columns,
    "gd_sz_table15_not_applicable": layout_gd_sz_table15_not_applicable,
    "tj_kaifaqu_list_thousand_yuan": layout_tj_kaifaqu_list_thousand_yuan,
    "bj_district_midterm_money": layout_bj_district_midterm_money,
    "sh_street_money_in_title": layout_sh_street_money_in_title,
    "sd_final_accounts_summary_then_forms": layout_sd_final_accounts_summary_then_forms,
    "fj_district_fund_source_columns": layout_fj_district_fund_source_columns,
    "yn_prefecture_turned_self_eval_yuan": layout_yn_prefecture_turned_self_eval_yuan,
    "zj_budget_prose_goals_and_dept_targets": layout_zj_budget_prose_goals_and_dept_targets,
    "ah_town_dept_self_eval_one_level": layout_ah_town_dept_self_eval_one_level,
    "sn_street_final_accounts_three_tables": layout_sn_street_final_accounts_three_tables,
}
SETS: dict[str, dict[str, Builder]] = {"blind7": BLIND7}


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
    """Write every layout of ``which`` ("blind7") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
