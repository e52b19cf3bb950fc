"""BLIND24 performance forms: ten layouts as a 四川 泸州 municipal bureau, a 河南 许昌 county, a
辽宁 沈阳 街道, an 安徽 蚌埠 事业单位, a 广东 惠州 镇, a 江西 鹰潭 municipal bureau, a 湖北 十堰
district, a 山西 运城 county, a 贵州 六盘水 municipal bureau and a 河北 张家口 事业单位 print their
项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表, written
by an author who had read neither the form reader nor the earlier blind sets (only the gold
helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the
real disclosures). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

sc_lz_budget_dept_wide_income_block_then_projects  四川 泸州 市直 部门预算: budget tables, then a
        部门（单位）整体支出绩效目标表 (收入 合计 | 财政拨款 | 其他资金 and 支出 基本支出 | 项目支出
        label rows under a merged 部门预算资金（万元）, 权重 column) and two 项目支出绩效目标表 whose money
        is one heads row 资金总额 | 当年财政拨款 | 上年结转 | 其他资金 over one amounts row.
        Money: year = 资金总额, fiscal = 当年财政拨款, carried = 上年结转 (0.00: none); the 部门整体
        form's money is no project's.
hen_xc_county_budget_source_lines_bonds  河南 许昌 county 部门预算: budget tables, then three
        forms whose money is a source list (label | value rows): 项目资金总额 = year; fiscal = the
        sum of the lines named …财政拨款收入 that print an amount (一般公共预算财政拨款收入,
        政府性基金预算财政拨款收入); 专项债券资金 / 上级补助收入 / 中央补助资金 / a bare 一般公共预算
        never count (the third form prints no …财政拨款收入 line: fiscal none). Targets in words
        (不低于 / 不高于 / 达到 N = ">=").
ln_sy_street_labels_above_two_forms_a_page  辽宁 沈阳 街道: three forms running down the pages (the
        third over the page break, its grid head not repeated), header fields as a
        labels row above a values row (项目名称 | 实施单位 | 项目总额（万元） | 本年预算（万元） |
        财政拨款（万元）): total = 项目总额, year = 本年预算, fiscal = 财政拨款; grid without 一级
        (二级 | 三级 | 指标值), level1 none.
ah_bb_cdc_self_evals_yuan_reason_measure  安徽 蚌埠 事业单位 two 项目支出绩效自评表 in 元 with
        separators: money heads 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over
        年度资金总额 / 其中：财政拨款 / 上年结转资金 (0.00), 偏差 split into 偏差原因 | 改进措施,
        综合得分 and 评价等级 words (优秀 / 良好). Budget = 年度资金总额's 全年预算数, executed = its
        全年执行数; project year = 全年预算数, fiscal = 其中：财政拨款's 全年预算数.
gd_hz_town_accounts_dept_and_project_self_eval  广东 惠州 镇 部门决算: accounts tables, then a
        部门整体支出绩效自评表 (money rows 年度资金总额 / 其中：财政拨款 / 其他资金 under 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; no project) and a 项目支出绩效自评表 with the same
        block; 总分 and 自评等级 below.
jx_yt_landscape_list_sign_value_unit_heads  江西 鹰潭 市直 landscape list of five projects:
        项目名称 | 资金总额 | 财政拨款 | 其他资金 (under a merged 项目资金（万元）) | 一级 | 二级 | 三级 |
        年度指标值 over 符号 | 值 | 单位, project and money cells merged down their indicator rows.
        The list runs over two pages with its two head rows repeated; the last project's merged
        cells are cut by the break (text on the first page) and own the rows on both pages. year = 资金总额, fiscal = 财政拨款.
hub_sy_district_long_form_break_repeated_head  湖北 十堰 district single long form: money as
        label | value pairs two a row (项目总投资 | 本年度资金, 其中：财政资金 | 上年结转):
        total = 项目总投资, year = 本年度资金, fiscal = 其中：财政资金, carried = 上年结转; twenty
        weighted indicators over a page break with the grid head repeated.
sx_yc_county_budget_level2_only_pairs  山西 运城 county 部门预算: budget tables, then three forms
        with header pairs four a row and money pairs 项目总额 | 本年预算 | 财政拨款 | 其他资金
        (total, year, fiscal); grid 二级 | 三级 | 指标值 | 评分标准 with no 一级 column; targets with
        不低于 / 不超过 / 大于 / 达到.
gz_lps_accounts_landscape_self_evals_money_pairs  贵州 六盘水 市直 部门决算: accounts tables, then
        two landscape 项目支出绩效自评表 whose money is one row of pairs (全年预算数 | … | 其中：财政拨款
        | … | 全年执行数 | … | 执行率 | … | 得分 | …): budget/year = 全年预算数, fiscal = 其中：财政拨款,
        executed = 全年执行数; 偏差原因 | 改进措施 columns; 自评得分 and 自评等级 as a pairs row.
heb_zjk_school_three_forms_yuan_plain  河北 张家口 事业单位 three short forms running down the
        pages in 元 without separators: 资金情况（元） merged over heads 合计 | 财政拨款 | 单位自有资金:
        year = 合计, fiscal = 财政拨款; grid 一级 | 二级 | 三级 | 指标值 (sign and figure) | 度量单位 |
        权重, the target the 指标值 and 度量单位 cells joined ("≥24间").

Gold conventions (BLIND9's), with these rulings:

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator; ≥ / 不低于 / 不少于 / 达到 N read ">="; ≤ / 不高于 / 不超过 read "<="; 大于 / ＞ read
  ">"; a bare figure reads "="; a state is qualitative; a deadline stays raw with no comparator.
- A printed 0.00 carried-over is no amount. fiscal is 财政拨款 / 财政资金 as printed; where a source
  list prints lines named …财政拨款收入, fiscal is the sum of those printing an amount; sources not
  named 财政拨款 never count.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or pair), executed = 全年执行数;
  score = the printed 总分 / 综合得分 / 自评得分; 优秀 / 良好 read 优 / 良. A project self evaluation
  gives the project's money (year = 全年预算数, fiscal = the 财政拨款 row's or pair's 全年预算数).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

P1, P2, S = "产出指标", "效益指标", "满意度指标"
C1 = "成本指标"


def _budget_tables(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                   spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表 and a 项目支出表, the heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}贯彻落实党中央关于本领域工作的方针政策和决策部署。",
        "二、机构设置。本部门预算包括部门本级及所属单位预算。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "budget_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec(f"{year}年一般公共预算基本支出表", "basic_expenditure", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [90, 200, 90, 90, 90],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "人员经费"), (0, 4, 1, 1, "公用经费")], 1,
                              [plain_row(["30101", "基本工资", "312.40", "312.40", ""]),
                               plain_row(["30201", "办公费", "18.60", "", "18.60"]),
                               plain_row(["30211", "差旅费", "9.20", "", "9.20"])], ["l", "l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年部门整体和重点项目绩效目标公开如下。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, float]:
    """执行率 as printed and the execution score (10 points, in proportion)."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    return f"{rate:.2f}%", round(min(10.0, float(e / b) * 10), 2)


def _total(rate_score: float, inds: list[Ind]) -> float:
    return round(rate_score + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 四川 泸州


def layout_sc_lz_budget_dept_wide_income_block_then_projects(folder: Path, name: str) -> FileGold:
    dept = "泸州市自然资源和规划局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("一、一般公共预算拨款收入", "4,862.30"), ("二、事业收入", "215.00")],
                   [("一、自然资源海洋气象等支出", "4,610.30"), ("二、住房保障支出", "467.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "国土空间规划编制完成数", "≥3个", (">=", 3, "个"), "10"),
        Ind("产出指标", "数量指标", "耕地保护动态巡查面积", "≥45万亩", (">=", 45, "万亩"), "10"),
        Ind("产出指标", "数量指标", "不动产登记办件量", "≥6.5万件", (">=", 6.5, "万件"), "10"),
        Ind("产出指标", "质量指标", "耕地保有量目标完成率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "地质灾害隐患点监测覆盖率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "时效指标", "不动产一般登记办结时限", "≤5个工作日", ("<=", 5, "个工作日"), "10"),
        Ind("成本指标", "经济成本指标", "公用经费控制数", "≤156万元", ("<=", 156, "万元"), "5"),
        Ind("效益指标", "社会效益指标", "自然资源要素保障能力", "持续增强", Q, "10"),
        Ind("效益指标", "生态效益指标", "历史遗留矿山生态修复面积", "≥800亩", (">=", 800, "亩"), "10"),
        Ind("效益指标", "可持续影响指标", "耕地保护长效机制", "健全完善", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", (">=", 95, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 5, 1, "部门预算资金（万元）")
    for k, (label, value) in enumerate((("收入合计", "5,077.30"), ("其中：财政拨款", "4,862.30"),
                                        ("其他资金", "215.00"), ("支出：基本支出", "3,318.90"),
                                        ("支出：项目支出", "1,758.40"))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 3, value)
    rows.add((0, 1, "年度总体目标"), (1, 5, "严守耕地保护红线，完成国土空间规划编制，提升不动产登记服务效能，"
                                              "推进矿山生态修复。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重（%）",
                                                 "备注"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 80, 140, 80, 50, 83],
                         title="部门（单位）整体支出绩效目标表", editor=f"（{year}年度）", unit_raw="单位：万元",
                         kind="dept_performance_targets"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("耕地保护专项经费", "510500251100012", "泸州市耕地保护监测中心", ("386.00", "320.00", "66.00", "0.00"),
         "开展耕地动态巡查和永久基本农田监测，确保耕地数量不减少、质量有提升。", [
             Ind("产出指标", "数量指标", "耕地动态巡查次数", "≥12次", (">=", 12, "次")),
             Ind("产出指标", "数量指标", "卫片执法图斑核查数", "≥1500个", (">=", 1500, "个")),
             Ind("产出指标", "质量指标", "违法占用耕地整改率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "图斑核查完成时间", "2025年10月底前", (None, None, None)),
             Ind("效益指标", "生态效益指标", "耕地质量等级", "稳中有升", Q),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("不动产登记信息化运维", "510500251100027", "泸州市不动产登记中心", ("152.40", "152.40", "0.00", "0.00"),
         "保障不动产登记信息平台稳定运行，实现登记业务全程网办。", [
             Ind("产出指标", "数量指标", "运维服务器台数", "=36台", ("=", 36, "台")),
             Ind("产出指标", "质量指标", "系统正常运行率", "≥99.5%", (">=", 99.5, "%")),
             Ind("产出指标", "时效指标", "故障响应时间", "≤2小时", ("<=", 2, "小时")),
             Ind("效益指标", "社会效益指标", "不动产登记全程网办率", "≥85%", (">=", 85, "%")),
             Ind("满意度指标", "服务对象满意度指标", "登记申请人满意度", "≥95%", (">=", 95, "%")),
         ]),
    ]
    widths = [64, 76, 120, 70, 60, 105]
    for project, code, unit_name, (yr, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, (head, value) in enumerate((("资金总额", yr), ("当年财政拨款", fiscal), ("上年结转", carried),
                                           ("其他资金", other))):
            span = 2 if k == 0 else 1
            c = 1 if k == 0 else 2 + k
            rows.put(r, c, 1, span, head)
            rows.put(r + 1, c, 1, span, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"))][:4],
                 (4, 2, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）",
                             unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=yr, fiscal=fiscal,
                         carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 许昌


def layout_hen_xc_county_budget_source_lines_bonds(folder: Path, name: str) -> FileGold:
    dept = "鄢陵县交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{year}年部门预算", 24), (dept, 18)])
    _budget_tables(doc, dept, year, [("一、一般公共预算拨款收入", "2,318.00"), ("二、政府性基金预算拨款收入", "420.00")],
                   [("一、交通运输支出", "2,598.00"), ("二、社会保障和就业支出", "140.00")])
    projects = [
        ("农村公路提质改造工程", "1,560.00",
         [("一般公共预算财政拨款收入", "360.00"), ("政府性基金预算财政拨款收入", "200.00"), ("专项债券资金", "1,000.00")],
         "560.00", "完成农村公路提质改造45公里，提升农村公路通行能力。", [
             Ind("产出指标", "数量指标", "农村公路改造里程", "不低于45公里", (">=", 45, "公里")),
             Ind("产出指标", "质量指标", "工程交工验收合格率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年11月30日前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "每公里改造成本", "不高于34万元", ("<=", 34, "万元")),
             Ind("效益指标", "社会效益指标", "沿线群众出行条件", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("农村客运班线运营补贴", "200.00",
         [("一般公共预算财政拨款收入", "150.00"), ("政府性基金预算财政拨款收入", ""), ("上级补助收入", "50.00")],
         "150.00", "保障农村客运班线持续运营，建制村通客车率保持100%。", [
             Ind("产出指标", "数量指标", "补贴客运班线条数", "不少于28条", (">=", 28, "条")),
             Ind("产出指标", "质量指标", "建制村通客车率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "时效指标", "补贴资金拨付时限", "不超过30日", ("<=", 30, "日")),
             Ind("效益指标", "社会效益指标", "农村群众出行便利程度", "有效提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "不低于88%", (">=", 88, "%")),
         ]),
        ("公路安全生命防护工程", "120.00",
         [("中央补助资金", "80.00"), ("一般公共预算", "40.00")],
         None, "完善县乡道路安全防护设施，消除重点路段安全隐患。", [
             Ind("产出指标", "数量指标", "新增波形护栏长度", "不低于12公里", (">=", 12, "公里")),
             Ind("产出指标", "数量指标", "隐患路段整治处数", "不少于20处", (">=", 20, "处")),
             Ind("产出指标", "质量指标", "防护设施验收合格率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "道路交通事故发生率", "同比下降", Q),
         ]),
    ]
    widths = [74, 84, 150, 90, 97]
    for project, total, sources, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "资金来源（万元）")
        rows.put(r, 1, 1, 2, "项目资金总额")
        rows.put(r, 3, 1, 2, total)
        for k, (label, value) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, value)
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 沈阳


def layout_ln_sy_street_labels_above_two_forms_a_page(folder: Path, name: str) -> FileGold:
    dept = "沈阳市和平区南市场街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("社区网格化管理经费", "120.00", "96.00", "96.00", "完成网格化管理全覆盖，及时处置网格事件。", [
            Ind(None, "数量指标", "网格员配备人数", "≥42人", (">=", 42, "人")),
            Ind(None, "质量指标", "网格事件处置率", "≥98%", (">=", 98, "%")),
            Ind(None, "时效指标", "网格事件响应时间", "≤30分钟", ("<=", 30, "分钟")),
            Ind(None, "社会效益指标", "基层治理水平", "有效提升", Q),
            Ind(None, "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("老旧小区环境整治", "260.00", "180.00", "150.00", "整治老旧小区环境卫生和公共设施，改善居住环境。", [
            Ind(None, "数量指标", "整治小区个数", "≥8个", (">=", 8, "个")),
            Ind(None, "数量指标", "清运积存垃圾量", "≥600吨", (">=", 600, "吨")),
            Ind(None, "质量指标", "整治验收合格率", "100%", ("=", 100, "%")),
            Ind(None, "社会效益指标", "小区居住环境", "明显改善", Q),
            Ind(None, "服务对象满意度指标", "小区居民满意度", "≥92%", (">=", 92, "%")),
        ]),
        ("辖区困难群众帮扶", "45.50", "45.50", "45.50", "对辖区困难群众开展节日慰问和临时帮扶。", [
            Ind(None, "数量指标", "帮扶困难群众户数", "≥350户", (">=", 350, "户")),
            Ind(None, "质量指标", "帮扶对象认定准确率", "100%", ("=", 100, "%")),
            Ind(None, "时效指标", "慰问金发放时间", "2025年2月10日前", (None, None, None)),
            Ind(None, "社会效益指标", "困难群众基本生活", "得到保障", Q),
            Ind(None, "服务对象满意度指标", "帮扶对象满意度", "≥95%", (">=", 95, "%")),
        ]),
    ]
    widths = [100, 95, 80, 80, 70, 70]
    for n, (project, total, yr, fiscal, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, "实施单位"), (3, 1, "项目总额（万元）"), (4, 1, "本年预算（万元）"),
                 (5, 1, "财政拨款（万元）"))
        rows.add((0, 1, project), (1, 2, dept), (3, 1, total), (4, 1, yr), (5, 1, fiscal))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "指标值"), (4, 2, "指标说明"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw), (4, 2, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"单位：{dept}"), fresh_page=(n == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 蚌埠


def layout_ah_bb_cdc_self_evals_yuan_reason_measure(folder: Path, name: str) -> FileGold:
    dept = "蚌埠市疾病预防控制中心"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    evals = [
        ("免疫规划疫苗冷链运转", "1,280,000.00", "1,350,000.00", "1,312,460.50", "1,350,000.00",
         ("确保疫苗冷链全程运转正常，适龄儿童免疫规划疫苗接种率保持在90%以上。",
          "冷链运转正常，接种率96.2%。"), [
             Ind("产出指标", "数量指标", "冷链设备巡检次数", "≥12次", (">=", 12, "次"), "15", "12次", "15"),
             Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥90%", (">=", 90, "%"), "15", "96.2%", "15"),
             Ind("产出指标", "质量指标", "冷链温度监测合格率", "100%", ("=", 100, "%"), "10", "99.6%", "9",
                 "个别停电时段温度波动"),
             Ind("产出指标", "时效指标", "疫苗配送时限", "≤48小时", ("<=", 48, "小时"), "10", "36小时", "10"),
             Ind("效益指标", "社会效益指标", "疫苗针对传染病发病率", "持续下降", Q, "20", "持续下降", "20"),
             Ind("效益指标", "可持续影响指标", "冷链管理制度", "持续完善", Q, "10", "已完善", "9",
                 "制度修订未完全落地"),
             Ind("满意度指标", "服务对象满意度指标", "受种者家长满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
         ], "优秀", "优"),
        ("重点传染病监测", "860,000.00", "860,000.00", "702,150.00", "760,000.00",
         ("完成法定传染病和重点传染病监测任务，及时处置聚集性疫情。", "完成监测任务，聚集性疫情处置及时。"), [
             Ind("产出指标", "数量指标", "病原学监测样本数", "≥3000份", (">=", 3000, "份"), "15", "2860份", "11",
                 "门诊送检量下降"),
             Ind("产出指标", "质量指标", "传染病报告及时率", "≥99%", (">=", 99, "%"), "15", "99.3%", "15"),
             Ind("产出指标", "时效指标", "聚集性疫情到达现场时间", "≤2小时", ("<=", 2, "小时"), "15", "1.5小时", "15"),
             Ind("成本指标", "经济成本指标", "单份样本检测成本", "≤180元", ("<=", 180, "元"), "10", "176元", "10"),
             Ind("效益指标", "社会效益指标", "突发公共卫生事件处置能力", "有效提升", Q, "15", "有效提升", "12",
                 "实验室检测能力不足"),
             Ind("满意度指标", "服务对象满意度指标", "医疗机构满意度", "≥85%", (">=", 85, "%"), "20", "88%", "15",
                 "培训频次偏少"),
         ], "良好", "良"),
    ]
    widths = [26, 40, 44, 72, 64, 64, 64, 30, 46, 46]
    for project, initial, budget, executed, fiscal, goal, inds, grade_word, grade in evals:
        rate, rs = _rate(budget, executed)
        total = _total(rs, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, "蚌埠市卫生健康委员会"), (5, 2, "实施单位"), (7, 3, dept))
        r = rows.n
        rows.put(r, 0, 4, 2, "项目资金（元）")
        rows.put(r, 2, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 4 + k, 1, 1, head)
        lines = (("年度资金总额", initial, budget, executed, "10", rate, f"{rs:.2f}"),
                 ("其中：财政拨款", initial, fiscal, executed, "—", "—", "—"),
                 ("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 2, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 4 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 2, "年度总体目标")
        rows.put(r, 2, 1, 4, "预期目标")
        rows.put(r, 6, 1, 4, "实际完成情况")
        rows.put(r + 1, 2, 1, 4, goal[0])
        rows.put(r + 1, 6, 1, 4, goal[1])
        r = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                         "分值", "得分", "偏差原因", "改进措施"), 1)])
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual),
                                                (6, 1, i.weight), (7, 1, i.score), (8, 1, i.note),
                                                (9, 1, "加强管理" if i.note else "")])
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        rows.add((0, 6, "综合得分"), (6, 1, "100"), (7, 3, f"{total:.2f}"))
        rows.add((0, 6, "评价等级"), (6, 4, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：元", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 惠州


def _money_block(rows: _Rows, c0: int, label: str, lines: list[tuple[str, ...]]) -> None:
    r = rows.n
    rows.put(r, c0, len(lines) + 1, 1, label)
    rows.put(r, c0 + 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, c0 + 3 + k, 1, 1, head)
    for k, line in enumerate(lines, 1):
        rows.put(r + k, c0 + 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, c0 + 3 + j, 1, 1, v)


def layout_gd_hz_town_accounts_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "惠州市惠阳区新圩镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "3,426.80"), ("二、其他收入", "88.40")],
                    [("一、一般公共服务支出", "1,962.30"), ("二、农林水支出", "1,552.90")])
    widths = [46, 52, 62, 90, 58, 58, 34, 44, 56]
    d_inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥1200亩", (">=", 1200, "亩"), "15", "1260亩", "15"),
        Ind("产出指标", "数量指标", "村级道路硬底化里程", "≥8公里", (">=", 8, "公里"), "10", "8.5公里", "10"),
        Ind("产出指标", "质量指标", "农村生活污水治理率", "≥75%", (">=", 75, "%"), "10", "72%", "8", "部分村管网未接通"),
        Ind("产出指标", "时效指标", "民生实事按期完成率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("成本指标", "经济成本指标", "“三公”经费支出", "≤12万元", ("<=", 12, "万元"), "5", "10.6万元", "5"),
        Ind("效益指标", "经济效益指标", "村集体经济收入", "同比增长", Q, "15", "增长6.2%", "15"),
        Ind("效益指标", "社会效益指标", "人居环境整治成效", "明显提升", Q, "15", "明显提升", "14"),
        Ind("满意度指标", "服务对象满意度指标", "镇域群众满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
    ]
    d_budget, d_exec = "3,560.00", "3,515.20"
    rate, rs = _rate(d_budget, d_exec)
    d_total = _total(rs, d_inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    _money_block(rows, 0, "年度资金（万元）", [("年度资金总额", "3,300.00", d_budget, d_exec, "10", rate, f"{rs:.2f}"),
                                            ("其中：财政拨款", "3,220.00", "3,470.00", "3,426.80", "—", "—", "—"),
                                            ("其他资金", "80.00", "90.00", "88.40", "—", "—", "—")])
    rows.add((0, 1, "年度总体目标"), (1, 8, "统筹推进乡村振兴、人居环境整治和基层治理，完成年度民生实事。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
             (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因及改进措施"))
    _grid_rows(rows, d_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                              (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 2, f"{d_total:.2f}"))
    rows.add((0, 6, "自评等级"), (6, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in d_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", d_budget, d_exec, d_total, "优")

    project = "村级公益事业建设一事一议奖补"
    p_inds = [
        Ind("产出指标", "数量指标", "奖补项目个数", "≥15个", (">=", 15, "个"), "20", "16个", "20"),
        Ind("产出指标", "质量指标", "项目验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "奖补资金拨付及时率", "≥95%", (">=", 95, "%"), "15", "90%", "13", "部分村结算滞后"),
        Ind("效益指标", "社会效益指标", "村民生产生活条件", "有效改善", Q, "20", "有效改善", "20"),
        Ind("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", (">=", 90, "%"), "20", "94%", "20"),
    ]
    budget, executed = "420.00", "398.70"
    rate, rs = _rate(budget, executed)
    total = _total(rs, p_inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, "新圩镇农业农村办公室"))
    _money_block(rows, 0, "项目资金（万元）", [("年度资金总额", "400.00", budget, executed, "10", rate, f"{rs:.2f}"),
                                            ("其中：财政拨款", "400.00", "420.00", "398.70", "—", "—", "—"),
                                            ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")])
    rows.add((0, 1, "年度总体目标"), (1, 8, "实施村级公益事业奖补项目，改善村内道路、照明等基础设施。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
             (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因及改进措施"))
    _grid_rows(rows, p_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                              (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 2, f"{total:.2f}"))
    rows.add((0, 6, "自评等级"), (6, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in p_inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, total, "优")
    doc.gold.project(project, "万元", year=budget, fiscal="420.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 鹰潭


def layout_jx_yt_landscape_list_sign_value_unit_heads(folder: Path, name: str) -> FileGold:
    dept = "鹰潭市农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年重点项目绩效目标", dept, year)
    projects = [
        ("高标准农田建设", "2,400.00", "2,100.00", "300.00", [
            Ind("产出指标", "数量指标", "新建高标准农田面积", ("≥", "3.2", "万亩"), (">=", 3.2, "万亩")),
            Ind("产出指标", "质量指标", "工程验收合格率", ("=", "100", "%"), ("=", 100, "%")),
            Ind("效益指标", "经济效益指标", "亩均粮食产能提升", ("≥", "50", "公斤"), (">=", 50, "公斤")),
            Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("农业产业化龙头企业扶持", "600.00", "600.00", "0.00", [
            Ind("产出指标", "数量指标", "扶持龙头企业数量", ("≥", "20", "家"), (">=", 20, "家")),
            Ind("产出指标", "时效指标", "资金兑付时间", ("", "2025年9月底前", ""), (None, None, None)),
            Ind("效益指标", "经济效益指标", "带动农户增收", ("定性", "明显", ""), Q),
            Ind("效益指标", "社会效益指标", "联农带农户数", ("≥", "5000", "户"), (">=", 5000, "户")),
        ]),
        ("动物疫病强制免疫", "380.00", "350.00", "30.00", [
            Ind("产出指标", "数量指标", "重大动物疫病免疫数量", ("≥", "120", "万头只"), (">=", 120, "万头只")),
            Ind("产出指标", "质量指标", "免疫抗体合格率", ("≥", "70", "%"), (">=", 70, "%")),
            Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生数", ("=", "0", "起"), ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", ("≥", "85", "%"), (">=", 85, "%")),
        ]),
        ("农村人居环境整治", "520.00", "520.00", "0.00", [
            Ind("产出指标", "数量指标", "农村户厕改造数", ("≥", "3000", "户"), (">=", 3000, "户")),
            Ind("产出指标", "质量指标", "改厕验收合格率", ("≥", "95", "%"), (">=", 95, "%")),
            Ind("成本指标", "经济成本指标", "户均改厕补助", ("≤", "1500", "元"), ("<=", 1500, "元")),
            Ind("效益指标", "生态效益指标", "农村生活垃圾收运处置体系覆盖率", ("≥", "98", "%"), (">=", 98, "%")),
        ]),
        ("农产品质量安全监管", "150.00", "150.00", "0.00", [
            Ind("产出指标", "数量指标", "农产品质量安全抽检批次", ("≥", "1200", "批次"), (">=", 1200, "批次")),
            Ind("产出指标", "质量指标", "农产品质量安全监测合格率", ("≥", "98", "%"), (">=", 98, "%")),
            Ind("效益指标", "社会效益指标", "农资打假案件查处率", ("=", "100", "%"), ("=", 100, "%")),
            Ind("满意度指标", "服务对象满意度指标", "农产品生产经营主体满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for k, head in enumerate(("资金总额", "财政拨款", "其他资金")):
        rows.put(1, 2 + k, 1, 1, head)
    for k, head in enumerate(("一级指标", "二级指标", "三级指标")):
        rows.put(0, 5 + k, 2, 1, head)
    rows.put(0, 8, 1, 3, "年度指标值")
    for k, head in enumerate(("符号", "值", "单位")):
        rows.put(1, 8 + k, 1, 1, head)
    rows.n = 2
    for n, (project, total, fiscal, other, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.target[0]), (9, 1, i.target[1]),
                                                (10, 1, i.target[2])])
        for c, text in enumerate((str(n), project, total, fiscal, other)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 100, 60, 60, 56, 62, 84, 150, 34, 76, 50],
                         title=f"{year}年市级重点项目支出绩效目标表", editor=f"部门名称：{dept}",
                         unit_raw="单位：万元", landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 十堰


def layout_hub_sy_district_long_form_break_repeated_head(folder: Path, name: str) -> FileGold:
    dept = "十堰市郧阳区水利和湖泊局"
    year = 2025
    project = "汉江郧阳段水环境综合治理"
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "河道清淤疏浚长度", "≥18公里", (">=", 18, "公里"), "6"),
        Ind("产出指标", "数量指标", "新建生态护岸长度", "≥6.5公里", (">=", 6.5, "公里"), "6"),
        Ind("产出指标", "数量指标", "入河排污口整治个数", "≥24个", (">=", 24, "个"), "5"),
        Ind("产出指标", "数量指标", "水质自动监测站建设数", "=3座", ("=", 3, "座"), "4"),
        Ind("产出指标", "数量指标", "河湖巡查次数", "≥48次", (">=", 48, "次"), "4"),
        Ind("产出指标", "质量指标", "工程质量合格率", "100%", ("=", 100, "%"), "6"),
        Ind("产出指标", "质量指标", "出境断面水质达标率", "100%", ("=", 100, "%"), "6"),
        Ind("产出指标", "质量指标", "清淤底泥无害化处置率", "≥95%", (">=", 95, "%"), "4"),
        Ind("产出指标", "时效指标", "主体工程开工时间", "2025年3月底前", (None, None, None), "4"),
        Ind("产出指标", "时效指标", "年度投资计划完成率", "≥90%", (">=", 90, "%"), "5"),
        Ind("成本指标", "经济成本指标", "每公里清淤成本", "≤42万元", ("<=", 42, "万元"), "5"),
        Ind("成本指标", "经济成本指标", "监测站单站建设成本", "≤60万元", ("<=", 60, "万元"), "5"),
        Ind("效益指标", "生态效益指标", "汉江干流水质", "稳定保持Ⅱ类", Q, "6"),
        Ind("效益指标", "生态效益指标", "河道行洪能力", "明显提升", Q, "5"),
        Ind("效益指标", "生态效益指标", "水土流失治理面积", "≥12平方公里", (">=", 12, "平方公里"), "4"),
        Ind("效益指标", "社会效益指标", "受益人口", "≥8万人", (">=", 8, "万人"), "5"),
        Ind("效益指标", "社会效益指标", "防洪保护农田面积", "≥2.6万亩", (">=", 2.6, "万亩"), "4"),
        Ind("效益指标", "可持续影响指标", "工程设计使用年限", "≥30年", (">=", 30, "年"), "4"),
        Ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", (">=", 90, "%"), "6"),
        Ind("满意度指标", "服务对象满意度指标", "河长制工作满意度", "≥85%", (">=", 85, "%"), "6"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "郧阳区河湖保护中心"))
    rows.add((0, 1, "项目类型"), (1, 2, "跨年度支出项目"), (3, 1, "实施期限"), (4, 2, "2024年-2026年"))
    r = rows.n
    rows.put(r, 0, 2, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 1, "项目总投资")
    rows.put(r, 2, 1, 2, "5,800.00")
    rows.put(r, 4, 1, 1, "本年度资金")
    rows.put(r, 5, 1, 1, "1,650.00")
    rows.put(r + 1, 1, 1, 1, "其中：财政资金")
    rows.put(r + 1, 2, 1, 2, "1,200.00")
    rows.put(r + 1, 4, 1, 1, "上年结转")
    rows.put(r + 1, 5, 1, 1, "450.00")
    rows.add((0, 1, "项目概况"), (1, 5, "实施汉江郧阳段河道清淤疏浚、生态护岸、入河排污口整治和水质自动监测站建设，"
                                         "项目总工期三年，本年度完成清淤和护岸主体工程。"))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "完成河道清淤18公里、生态护岸6.5公里，出境断面水质稳定达标。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"),
                    (5, 1, "指标解释"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight),
                                            (5, 1, "以年度实施方案和验收资料为准，按完成比例计分")])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 84, 130, 86, 50, 80], title=f"{year}年项目支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", unit_raw="单位：万元"),
                   repeat=(head, 1), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", total="5,800.00", year="1,650.00", fiscal="1,200.00", carried="450.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 运城


def layout_sx_yc_county_budget_level2_only_pairs(folder: Path, name: str) -> FileGold:
    dept = "临猗县教育科技局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算公开", 24)])
    _budget_tables(doc, dept, year, [("一、一般公共预算拨款收入", "18,640.50"), ("二、事业收入", "356.00")],
                   [("一、教育支出", "17,920.50"), ("二、社会保障和就业支出", "1,076.00")])
    projects = [
        ("学前教育保教费补助", "1,280.00", "640.00", "640.00", "0.00", [
            Ind(None, "数量指标", "补助幼儿人数", "不低于9800人", (">=", 9800, "人")),
            Ind(None, "质量指标", "资助对象认定准确率", "达到100%", (">=", 100, "%")),
            Ind(None, "时效指标", "资金发放时间", "2025年12月20日前", (None, None, None)),
            Ind(None, "社会效益指标", "学前三年毛入园率", "大于92%", (">", 92, "%")),
            Ind(None, "服务对象满意度指标", "幼儿家长满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("义务教育薄弱环节改善", "3,600.00", "1,800.00", "1,500.00", "300.00", [
            Ind(None, "数量指标", "改造校舍面积", "不低于1.2万平方米", (">=", 1.2, "万平方米")),
            Ind(None, "数量指标", "购置教学设备台套数", "不低于860台套", (">=", 860, "台套")),
            Ind(None, "质量指标", "工程验收合格率", "达到100%", (">=", 100, "%")),
            Ind(None, "经济成本指标", "校舍改造单位面积成本", "不超过1800元", ("<=", 1800, "元")),
            Ind(None, "社会效益指标", "农村学校办学条件", "明显改善", Q),
        ]),
        ("乡村教师生活补助", "420.00", "420.00", "420.00", "0.00", [
            Ind(None, "数量指标", "享受补助乡村教师人数", "不低于1150人", (">=", 1150, "人")),
            Ind(None, "质量指标", "补助标准执行到位率", "达到100%", (">=", 100, "%")),
            Ind(None, "时效指标", "补助按月发放率", "100%", ("=", 100, "%")),
            Ind(None, "可持续影响指标", "乡村教师队伍稳定性", "持续增强", Q),
            Ind(None, "服务对象满意度指标", "乡村教师满意度", "不低于92%", (">=", 92, "%")),
        ]),
    ]
    widths = [64, 70, 64, 70, 64, 70, 98]
    for project, total, yr, fiscal, other, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 2, dept))
        rows.add((0, 1, "项目属性"), (1, 1, "延续项目"), (2, 1, "项目期限"), (3, 1, "1年"), (4, 1, "实施单位"),
                 (5, 2, dept))
        rows.add((0, 1, "项目总额"), (1, 1, total), (2, 1, "本年预算"), (3, 1, yr), (4, 1, "财政拨款"),
                 (5, 1, fiscal), (6, 1, f"其他资金：{other}"))
        rows.add((0, 1, "年度目标"), (1, 6, f"保障{project}按标准足额落实，发挥资金使用效益。"))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 2, "指标值"), (5, 2, "评分标准"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 2, i.raw), (5, 2, "完成得满分")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年）",
                             unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 六盘水


def layout_gz_lps_accounts_landscape_self_evals_money_pairs(folder: Path, name: str) -> FileGold:
    dept = "六盘水市生态环境局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{year}年度部门决算", 24), (dept, 18)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,904.60"), ("二、政府性基金预算财政拨款收入", "130.00")],
                    [("一、节能环保支出", "2,760.60"), ("二、一般公共服务支出", "274.00")])
    evals = [
        ("大气污染防治专项", "5,800,000.00", "6,100,000.00", "5,942,300.00", "元", "良", [
            Ind("产出指标", "数量指标", "空气自动监测站运维数", "≥11个", (">=", 11, "个"), "15", "11个", "15"),
            Ind("产出指标", "质量指标", "监测数据有效率", "≥90%", (">=", 90, "%"), "15", "93.5%", "15"),
            Ind("产出指标", "时效指标", "监测数据上传及时率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
            Ind("效益指标", "生态效益指标", "中心城区空气质量优良天数比率", "≥97%", (">=", 97, "%"), "20", "95.8%", "16",
                "受区域沙尘天气影响"),
            Ind("效益指标", "社会效益指标", "大气污染投诉办结率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("满意度指标", "服务对象满意度指标", "公众满意度", "≥85%", (">=", 85, "%"), "15", "82%", "12",
                "宣传覆盖面不足"),
        ]),
        ("土壤污染源头防控", "1,450,000.00", "1,450,000.00", "1,450,000.00", "元", "优", [
            Ind("产出指标", "数量指标", "重点监管单位隐患排查数", "≥42家", (">=", 42, "家"), "20", "45家", "20"),
            Ind("产出指标", "质量指标", "受污染耕地安全利用率", "≥93%", (">=", 93, "%"), "20", "94%", "20"),
            Ind("产出指标", "时效指标", "排查报告完成时间", "2024年10月底前", (None, None, None), "10", "2024年9月", "10"),
            Ind("效益指标", "生态效益指标", "重点建设用地安全利用", "有效保障", Q, "20", "有效保障", "20"),
            Ind("满意度指标", "服务对象满意度指标", "监管企业满意度", "≥90%", (">=", 90, "%"), "20", "95%", "20"),
        ]),
    ]
    widths = [70, 80, 130, 80, 80, 40, 40, 110, 110]
    for project, fiscal, budget, executed, unit, grade, inds in evals:
        rate, rs = _rate(budget, executed)
        total = _total(rs, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 2, "实施单位"), (7, 2, dept))
        rows.add((0, 1, "全年预算数"), (1, 1, budget), (2, 1, "其中：财政拨款"), (3, 1, fiscal),
                 (4, 1, "全年执行数"), (5, 2, executed), (7, 1, "执行率"), (8, 1, rate))
        rows.add((0, 1, "预算执行分值"), (1, 1, "10"), (2, 1, "预算执行得分"), (3, 1, f"{rs:.2f}"), (4, 1, "年度目标"),
                 (5, 4, "按计划完成年度任务，区域生态环境质量持续改善。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
                 (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因"), (8, 1, "改进措施"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note),
                                                (8, 1, "加强跟踪调度" if i.note else "")])
        rows.add((0, 1, "自评得分"), (1, 1, f"{total:.2f}"), (2, 1, "自评等级"), (3, 1, grade), (4, 5, ""))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"部门名称：{dept}", unit_raw="单位：元", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, unit, budget, executed, total, grade)
        doc.gold.project(project, unit, year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 张家口


def layout_heb_zjk_school_three_forms_yuan_plain(folder: Path, name: str) -> FileGold:
    dept = "张家口市第一中学"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("智慧校园建设", "860000.00", "800000.00", "60000.00", [
            Ind("产出指标", "数量指标", "新建智慧教室间数", ("≥24", "间"), (">=", 24, "间"), "30"),
            Ind("产出指标", "质量指标", "设备验收合格率", ("100", "%"), ("=", 100, "%"), "30"),
            Ind("效益指标", "社会效益指标", "信息化教学覆盖率", ("≥90", "%"), (">=", 90, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", ("≥90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("家庭经济困难学生资助", "1256400.00", "1256400.00", "0.00", [
            Ind("产出指标", "数量指标", "资助学生人数", ("≥628", "人"), (">=", 628, "人"), "30"),
            Ind("产出指标", "时效指标", "资助资金发放时限", ("≤15", "个工作日"), ("<=", 15, "个工作日"), "20"),
            Ind("效益指标", "社会效益指标", "因贫失学辍学学生数", ("=0", "人"), ("=", 0, "人"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", ("≥95", "%"), (">=", 95, "%"), "20"),
        ]),
        ("校舍维修改造", "540000.00", "450000.00", "90000.00", [
            Ind("产出指标", "数量指标", "维修校舍面积", ("≥3600", "平方米"), (">=", 3600, "平方米"), "30"),
            Ind("产出指标", "质量指标", "维修工程质量合格率", ("100", "%"), ("=", 100, "%"), "20"),
            Ind("成本指标", "经济成本指标", "单位面积维修成本", ("≤150", "元"), ("<=", 150, "元"), "20"),
            Ind("效益指标", "可持续影响指标", "校舍安全使用年限", ("≥10", "年"), (">=", 10, "年"), "30"),
        ]),
    ]
    widths = [66, 76, 120, 66, 46, 40, 81]
    for n, (project, total, fiscal, own, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "预算单位"), (1, 6, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金情况（元）")
        rows.put(r, 1, 1, 2, "合计")
        rows.put(r, 3, 1, 2, "财政拨款")
        rows.put(r, 5, 1, 2, "单位自有资金")
        rows.put(r + 1, 1, 1, 2, total)
        rows.put(r + 1, 3, 1, 2, fiscal)
        rows.put(r + 1, 5, 1, 2, own)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "度量单位"),
                 (5, 1, "权重"), (6, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.weight), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表（{n + 1}）",
                             editor=f"单位名称：{dept}", unit_raw="单位：元"), fresh_page=(n == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal)
    return doc.save(folder)


BLIND24: dict[str, Builder] = {
    "sc_lz_budget_dept_wide_income_block_then_projects": layout_sc_lz_budget_dept_wide_income_block_then_projects,
    "hen_xc_county_budget_source_lines_bonds": layout_hen_xc_county_budget_source_lines_bonds,
    "ln_sy_street_labels_above_two_forms_a_page": layout_ln_sy_street_labels_above_two_forms_a_page,
    "ah_bb_cdc_self_evals_yuan_reason_measure": layout_ah_bb_cdc_self_evals_yuan_reason_measure,
    "gd_hz_town_accounts_dept_and_project_self_eval": layout_gd_hz_town_accounts_dept_and_project_self_eval,
    "jx_yt_landscape_list_sign_value_unit_heads": layout_jx_yt_landscape_list_sign_value_unit_heads,
    "hub_sy_district_long_form_break_repeated_head": layout_hub_sy_district_long_form_break_repeated_head,
    "sx_yc_county_budget_level2_only_pairs": layout_sx_yc_county_budget_level2_only_pairs,
    "gz_lps_accounts_landscape_self_evals_money_pairs": layout_gz_lps_accounts_landscape_self_evals_money_pairs,
    "heb_zjk_school_three_forms_yuan_plain": layout_heb_zjk_school_three_forms_yuan_plain,
}
SETS: dict[str, dict[str, Builder]] = {"blind24": BLIND24}


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
    """Write every layout of ``which`` ("blind24") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
