"""BLIND45 performance forms: eleven layouts as 市直 departments and their 二级单位 of 绍兴, 厦门,
珠海, 长沙, 武汉, 合肥, 郑州, 烟台, 赣州, 绵阳 and 苏州 print their 项目支出绩效目标表,
部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表 in 2024–2025 部门预算 and
部门决算 disclosures, written by an author who had read neither the form reader nor the earlier
blind sets (only the gold helpers and page composer of ``form_layouts``, the gold conventions of
BLIND9's docstring and the real disclosures). Realism over novelty: the Ministry of Finance
templates and their common provincial variants, with real PDFs' imperfections (spaced labels,
"—" and "/" in empty money cells, blanks, mixed full- and half-width colons, units in the title
line, a column head or the cell). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

zj_sx_budget_source_lines_income_named  浙江 绍兴 市直 部门预算: budget tables, then one
        项目支出绩效目标表 per project; 项目资金 as a 资金来源 | 金额（万元） grid whose lines are
        合计 / 财政拨款 over 其中：一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 (or the
        income lines alone) / 上年结转 / 事业收入 / 其他收入 (blank, "—", "/" and a printed 0.00
        among them); grid 一级 | 二级 | 三级 | 指标值 |
        指标值说明 | 权重
fj_xm_label_value_yuan_total_and_year  福建 厦门 市直 standalone targets in 元 with separators:
        项目总金额（元） | … | 本年度资金（元） | …, 其中：财政资金 | … | 其他资金 | —, three forms
        running down the pages, fields with full-width colons in the label cells, grid
        一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重（%）
gd_zh_accounts_self_eval_source_rows_words  广东 珠海 市直 部门决算: accounts tables, then two
        项目支出绩效自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
        其中：财政拨款 / 上年结转 / 其他资金, "/" in empty cells), 偏差 split into 偏差原因分析 |
        改进措施, 总分 and 自评等级 printed as words in one row
hun_cs_budget_dept_wide_then_stacked_money  湖南 长沙 市直 部门预算: budget tables, a
        部门整体支出绩效目标表 (部门预算资金 heads 合计 | 财政拨款 | 其他资金 over one row, 年度主要任务
        with amounts, weights), then 项目支出绩效目标表 whose money is stacked rows under a merged
        项目资金（万元） cell (年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金)
hub_wh_landscape_self_eval_unit_in_cells  湖北 武汉 二级单位 self evaluations on landscape pages:
        资金类别 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with 万元 written in each
        amount cell, 自评得分 | … | 自评等级 | … in one row
ah_hf_budget_landscape_list_fund_heads  安徽 合肥 市直 部门预算: budget tables, then a landscape
        list 序号 | 项目名称 | 项目资金（万元） over 资金总额 | 财政拨款 | 其他资金 | 年度绩效目标 |
        一级 | 二级 | 三级 | 指标值, project cells merged over their rows, header repeated
hen_zz_accounts_dept_self_eval_then_level_free_project  河南 郑州 市直 部门决算: a
        部门整体支出绩效自评表 (预算资金 columns over 年度资金总额 / 其中：基本支出 / 项目支出) and a
        project self evaluation whose money is label | value pairs and whose grid has no levels
        (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因)
sd_yt_targets_value_unit_columns_zero_carry  山东 烟台 二级单位 standalone targets: money pairs in
        元 without separators (资金总额（元） | 财政拨款（元） | 上年结转（元） 0.00 | 其他资金（元） /),
        grid 一级 | 二级 | 三级 | 指标值 | 计量单位 | 权重 | 指标值设定依据, a deadline
jx_gz_two_forms_a_page_period_and_year  江西 赣州 two forms a page, 金额单位：万元 in the title
        line, 资金来源 | 实施期资金总额 | 年度资金总额 columns, grid with 实施期指标值 | 年度指标值
sc_my_accounts_self_eval_yuan_weighted_levels  四川 绵阳 市直 部门决算: project self evaluations in
        元 with separators, money heads carrying （元）, 一级 cells with their weight
        (产出指标（50分）), 全年实际值 | 未完成原因, 自评得分 / 自评等级
js_sz_spaced_labels_bond_central_sources  江苏 苏州 standalone targets with spaced labels
        (项 目 名 称), money 年度资金总额 / 其中：财政拨款 / 中央补助 / 专项债券 as label | value rows,
        targets written in words (不低于, 不高于, 达到, 控制在…以内, 大于, 低于, 高于)

Gold conventions (BLIND9's docstring, and the addendum's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "定性显著提升"); an empty unit cell adds nothing. ≥ / 不低于 / 不少于 / 达到
  read ">="; ≤ / 不高于 / 不超过 / 控制在…以内 read "<="; ＞ / 大于 / 高于 read ">"; ＜ / 小于 /
  低于 read "<"; a bare figure reads "="; "90%-95%", "3～5天" are ranges; a deadline stays raw with
  no comparator; a state is qualitative.
- Money: 年度资金总额 / 本年度资金 / 资金总额 / 合计 of the year is ``year``; 项目总金额 and
  实施期资金总额 are ``total``; fiscal = the 财政拨款 / 财政资金 figure as printed, or the sum of
  the source lines named …财政拨款收入 (a blank, "—" or "/" line adds nothing; never 一般公共预算
  alone, 专项债券, 中央补助, 其他资金); ``carried`` where 上年结转 prints a figure, a printed 0.00
  being 0.00. A 部门整体 form's money (its 年度主要任务 amounts included) is no project's.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or its pair), executed = its
  全年执行数; score = the printed 总分 / 自评得分; grade as printed, 优秀 / 良好 read 优 / 良. A
  project self evaluation gives the project's money: year = 全年预算数, fiscal = the 财政拨款 row's
  全年预算数 where printed, carried = the 上年结转 row's 全年预算数 where it prints a figure.
- Department (coordinator ruling after the first run): a 二级单位's own document, its title
  naming the unit and a 主管部门：… line below, is the unit's: department is the unit named in
  the title, as for a 单位预算; the 主管部门 is its parent, which the contract does not carry.
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


def _rate(budget: str, executed: str) -> tuple[str, str, Decimal]:
    """执行率 as printed, its score (10 points at most) as printed, and the exact score."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    score = min(Decimal(10), e / b * 10)
    return f"{e / b * 100:.2f}%", f"{score:.2f}", score


def _total(inds: list[Ind], rate_score: Decimal) -> float:
    return float((rate_score + sum(Decimal(i.score) for i in inds)).quantize(Decimal("0.01")))


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str, str, str]], heading: str) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支预算总表, 一般公共预算支出表, the heading of
    the forms' part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   f"第四部分  {heading}", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、省委和市委关于本领域工作的方针政策和决策部署，依法履行本部门职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年度主要任务。围绕市委、市政府中心工作，统筹安排预算资金，保障重点项目实施。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, _, v, _ in lines)
    basic = sum(Decimal(v.replace(",", "")) for _, _, _, v in lines)
    body = [plain_row(["一、一般公共预算拨款收入", f"{total:,.2f}", "一、基本支出", f"{basic:,.2f}"]),
            plain_row(["二、政府性基金预算拨款收入", "", "二、项目支出", f"{total - basic:,.2f}"]),
            plain_row(["收 入 总 计", f"{total:,.2f}", "支 出 总 计", f"{total:,.2f}"])]
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [160, 90, 160, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    body = [plain_row([code, name, v, b, f"{Decimal(v.replace(',', '')) - Decimal(b.replace(',', '')):,.2f}"])
            for code, name, v, b in lines]
    body.append(plain_row(["", "合    计", f"{total:,.2f}", f"{basic:,.2f}", f"{total - basic:,.2f}"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [80, 170, 80, 80, 80],
                              [(0, 0, 1, 2, "功能分类科目"), (0, 2, 2, 1, "合计"), (0, 3, 2, 1, "基本支出"),
                               (0, 4, 2, 1, "项目支出"), (1, 0, 1, 1, "科目编码"), (1, 1, 1, 1, "科目名称")],
                              2, body, ["l", "l", "r", "r", "r"]))
    doc.pages.text_page(f"第四部分  {heading}", [
        f"根据全面实施预算绩效管理的要求，{dept}{year}年度预算项目均编制了绩效目标，现将有关情况公开如下。",
    ])


# --------------------------------------------------------------------------- 浙江 绍兴


def layout_zj_sx_budget_source_lines_income_named(folder: Path, name: str) -> FileGold:
    dept, year = "绍兴市水利局", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("2130301", "行政运行", "1,236.40", "1,236.40"),
                                    ("2130306", "水利工程运行与维护", "816.50", "0.00"),
                                    ("2130314", "防汛", "420.00", "0.00")], "项目支出绩效目标表")
    forms = [
        ("曹娥江堤防工程运行维护", "33060025A00012", "绍兴市曹娥江管理中心",
         [("合计", "580.00"), ("财政拨款", "520.00"), ("其中：一般公共预算财政拨款收入", "420.00"),
          ("政府性基金预算财政拨款收入", "100.00"),
          ("上年结转", "60.00"), ("事业收入", "—"), ("其他收入", "/")], ("580.00", "520.00", "60.00"),
         "完成曹娥江干流堤防日常维修养护，确保堤防工程安全运行，汛期无重大险情。", [
             Ind("产出指标", "数量指标", "堤防维修养护长度", "≥42公里", (">=", 42, "公里"), "20", note="干流左右岸合计"),
             Ind("产出指标", "数量指标", "穿堤建筑物检查次数", "≥4次", (">=", 4, "次"), "10", note="汛前汛后各两次"),
             Ind("产出指标", "质量指标", "维修养护验收合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "汛前检查完成时间", "2025年4月30日前", (None, None, None), "10"),
             Ind("成本指标", "经济成本指标", "每公里年均养护成本", "≤9.5万元", ("<=", 9.5, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "堤防工程安全运行", "汛期无重大险情", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("水资源监测站网运维", "33060025A00031", "绍兴市水文管理中心",
         [("合计", "236.50"), ("一般公共预算财政拨款收入", "236.50"), ("政府性基金预算财政拨款收入", ""),
          ("上年结转", "0.00"), ("事业收入", "—"), ("其他收入", "—")], ("236.50", "236.50", "0.00"),
         "保障全市水文、水质监测站点正常运行，数据及时准确上报。", [
             Ind("产出指标", "数量指标", "运维监测站点数", "≥126个", (">=", 126, "个"), "20"),
             Ind("产出指标", "质量指标", "监测数据到报率", "≥95%", (">=", 95, "%"), "20"),
             Ind("产出指标", "质量指标", "设备故障修复率", "90%-95%", ("range", 90, "%", 95), "10", note="按季度统计"),
             Ind("产出指标", "时效指标", "故障响应时间", "≤24小时", ("<=", 24, "小时"), "10"),
             Ind("效益指标", "社会效益指标", "防汛决策数据支撑", "有效支撑", Q, "20"),
             Ind("效益指标", "可持续影响指标", "站网运维管理机制", "长效运行", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥92%", (">=", 92, "%"), "10"),
         ]),
    ]
    first = True
    for project, code, unit_name, sources, money, goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "项目属性"), (1, 3, "经常性项目"), (4, 1, "项目期限"), (5, 3, f"{year}年1月-{year}年12月"))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 4, "资金来源")
        rows.put(r, 5, 1, 3, "金额（万元）")
        for k, (label, amount) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 4, label)
            rows.put(r + k, 5, 1, 3, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 2, "指标值说明"),
                 (7, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 2, i.note), (7, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 62, 62, 62, 82, 56, 56, 38], title="项目支出绩效目标表",
                             editor=f"（{year}年度）", unit_raw="单位：万元"), fresh_page=first)
        first = False
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1], carried=money[2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 厦门


def layout_fj_xm_label_value_yuan_total_and_year(folder: Path, name: str) -> FileGold:
    dept, year = "厦门市市政园林局", 2025
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效目标表", dept, year)
    forms = [
        ("园林绿地养护管理", "厦门市园林植物园", ("12,600,000.00", "4,200,000.00", "4,200,000.00", "—"), "2024-2026年",
         "完成市管公园绿地养护，绿地完好率保持较高水平，提升城市园林景观品质。", [
             Ind("产出指标", "数量指标", "养护绿地面积", ("≥", "386", "万平方米"), (">=", 386, "万平方米"), "25"),
             Ind("产出指标", "质量指标", "绿地植物保存率", ("≥", "98", "%"), (">=", 98, "%"), "25"),
             Ind("产出指标", "时效指标", "病虫害处置时限", ("≤", "3", "天"), ("<=", 3, "天"), "15"),
             Ind("效益指标", "生态效益指标", "城市园林景观", ("定性", "明显提升", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("市政道路设施维修", "厦门市市政工程管理处", ("8,350,000.00", "8,350,000.00", "7,850,000.00", "500,000.00"),
         "2025年", "及时修复市政道路、人行道及附属设施病害，保障道路安全通行。", [
             Ind("产出指标", "数量指标", "道路病害修复面积", ("≥", "4.2", "万平方米"), (">=", 4.2, "万平方米"), "25"),
             Ind("产出指标", "质量指标", "维修工程合格率", ("＝", "100", "%"), ("=", 100, "%"), "25"),
             Ind("产出指标", "时效指标", "一般病害修复时限", ("≤", "72", "小时"), ("<=", 72, "小时"), "15"),
             Ind("效益指标", "社会效益指标", "道路通行安全", ("定性", "有效保障", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥", "85", "%"), (">=", 85, "%"), "15"),
         ]),
        ("城市照明设施运行", "厦门市城市照明中心", ("3,960,000.00", "3,960,000.00", "3,960,000.00", "—"), "2025年",
         "保障城市道路照明设施正常运行，亮灯率保持在98%以上。", [
             Ind("产出指标", "数量指标", "维护路灯数量", ("≥", "52000", "盏"), (">=", 52000, "盏"), "20"),
             Ind("产出指标", "质量指标", "主干道亮灯率", ("≥", "98", "%"), (">=", 98, "%"), "30"),
             Ind("产出指标", "时效指标", "故障修复时间", ("＜", "24", "小时"), ("<", 24, "小时"), "15"),
             Ind("效益指标", "社会效益指标", "夜间出行安全", ("定性", "有效改善", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
    ]
    first = True
    for project, unit_name, (total, yearly, fiscal, other), period, goal, inds in forms:
        rows = _Rows()
        rows.add((0, 2, "项目名称："), (2, 5, project))
        rows.add((0, 2, "主管部门："), (2, 2, dept), (4, 1, "实施单位："), (5, 2, unit_name))
        rows.add((0, 2, "项目总金额（元）"), (2, 2, total), (4, 1, "本年度资金（元）"), (5, 2, yearly))
        rows.add((0, 2, "其中：财政资金"), (2, 2, fiscal), (4, 1, "其他资金"), (5, 2, other))
        rows.add((0, 2, "项目实施期"), (2, 5, period))
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                                     "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 72, 100, 50, 70, 70, 50], title="项目支出绩效目标表",
                             unit_raw="金额单位：元"), fresh_page=first)
        first = False
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", total=total, year=yearly, fiscal=fiscal,
                         carried=None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 珠海


def _gd_self_eval(doc: FormDoc, project: str, unit_name: str, money: list[tuple[str, str, str, str]],
                  goal: tuple[str, str], inds: list[Ind], grade_word: str) -> tuple[float, str, str]:
    """A 项目支出绩效自评表: money rows with 年初 | 全年 | 执行 columns, 偏差 split in two."""
    year = doc.gold.fiscal_year
    _, _, budget, executed = money[0]
    rate, rate_score, exact = _rate(budget, executed)
    total = _total(inds, exact)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 8, project))
    rows.add((0, 2, "主管部门"), (2, 3, doc.gold.department), (5, 2, "实施单位"), (7, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 2, "项目资金")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + k + (1 if k else 0), 1, 2 if k == 0 else 1, head)
    for k, (label, initial, budget_k, executed_k) in enumerate(money, 1):
        tail = ("10", rate, rate_score) if k == 1 else ("/", "/", "/")
        rows.put(r + k, 2, 1, 2, label)
        for j, v in enumerate((initial, budget_k, executed_k) + tail):
            rows.put(r + k, 4 + j, 1, 1, v)
    rows.n = r + len(money) + 1
    rows.add((0, 2, "年度总体目标"), (2, 4, f"预期目标：{goal[0]}"), (6, 4, f"实际完成情况：{goal[1]}"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析", "改进措施"))])
    rows.cells = [c for c in rows.cells if not (c[0] == rows.n - 1 and c[1] in (2, 3))]
    rows.put(rows.n - 1, 2, 1, 2, "三级指标")
    notes = [(i.note.split("|") + [""])[:2] for i in inds]
    k = iter(notes)
    _grid_rows(rows, inds, 0, 1, lambda i: (lambda n: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual),
                                                        (6, 1, i.weight), (7, 1, i.score), (8, 1, n[0]),
                                                        (9, 1, n[1])])(next(k)))
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, "自评等级"), (9, 1, grade_word))
    doc.pages.grid(_spec(rows.cells, rows.n, [46, 52, 44, 44, 58, 60, 56, 34, 52, 52],
                         title=f"项目支出绩效自评表（{year}年度）", unit_raw="单位：万元",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    return total, budget, executed


def layout_gd_zh_accounts_self_eval_source_rows_words(folder: Path, name: str) -> FileGold:
    dept, year = "珠海市城市管理和综合执法局", 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "18,652.37"), ("二、事业收入", "420.00")],
                    [("一、城乡社区支出", "17,930.55"), ("二、社会保障和就业支出", "1,141.82")])
    inds1 = [
        Ind("产出指标", "数量指标", "生活垃圾分类督导小区数", "≥320个", (">=", 320, "个"), "15", "336个", "15"),
        Ind("产出指标", "数量指标", "分类收运车辆更新数", "12辆", ("=", 12, "辆"), "10", "12辆", "10"),
        Ind("产出指标", "质量指标", "生活垃圾回收利用率", "≥40%", (">=", 40, "%"), "15", "38.6%", "13",
            "厨余垃圾分出量低于预期|加强入户宣传和督导"),
        Ind("产出指标", "时效指标", "督导任务完成时限", "2024年12月底前", (None, None, None), "10", "2024年12月完成", "10"),
        Ind("效益指标", "生态效益指标", "原生垃圾填埋量", "持续下降", Q, "15", "同比下降6.2%", "15"),
        Ind("效益指标", "社会效益指标", "居民分类投放准确率", "＞85%", (">", 85, "%"), "15", "86.4%", "15"),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "10", "91.3%", "10"),
    ]
    t1, b1, e1 = _gd_self_eval(
        doc, "生活垃圾分类处理", "珠海市环境卫生管理处",
        [("年度资金总额", "380.00", "395.00", "386.20"), ("其中：财政拨款", "380.00", "375.00", "366.20"),
         ("上年结转", "/", "20.00", "20.00"), ("其他资金", "/", "/", "/")],
        ("推进全市生活垃圾分类，回收利用率达到40%。", "督导小区336个，回收利用率38.6%。"), inds1, "优秀")
    doc.gold.self_evaluation("生活垃圾分类处理", "万元", b1, e1, t1, "优")
    doc.gold.project("生活垃圾分类处理", "万元", year="395.00", fiscal="375.00", carried="20.00")
    inds2 = [
        Ind("产出指标", "数量指标", "违法建设巡查次数", "≥1200次", (">=", 1200, "次"), "15", "1316次", "15"),
        Ind("产出指标", "数量指标", "拆除违法建筑面积", "≥5万平方米", (">=", 5, "万平方米"), "15", "4.1万平方米", "11",
            "部分拆除项目涉法涉诉|提前开展法律风险评估"),
        Ind("产出指标", "质量指标", "案件查处合法率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "新增违建处置时限", "≤15个工作日", ("<=", 15, "个工作日"), "10", "12个工作日", "10"),
        Ind("效益指标", "社会效益指标", "新增违法建设", "零增长", Q, "20", "基本实现零增长", "17",
            "城乡结合部仍有零星新增|加强网格巡查"),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%"), "20", "87%", "20"),
    ]
    t2, b2, e2 = _gd_self_eval(
        doc, "违法建设治理专项", "珠海市城市管理综合执法支队",
        [("年度资金总额", "120.00", "120.00", "104.30"), ("其中：财政拨款", "120.00", "120.00", "104.30"),
         ("上年结转", "—", "—", "—"), ("其他资金", "—", "—", "—")],
        ("查处新增违法建设，巩固违建治理成果。", "巡查1316次，拆除违建4.1万平方米。"), inds2, "良好")
    doc.gold.self_evaluation("违法建设治理专项", "万元", b2, e2, t2, "良")
    doc.gold.project("违法建设治理专项", "万元", year="120.00", fiscal="120.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 长沙


def layout_hun_cs_budget_dept_wide_then_stacked_money(folder: Path, name: str) -> FileGold:
    dept, year = "长沙市民政局", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("2080201", "行政运行", "2,315.60", "2,315.60"),
                                    ("2081002", "老年福利", "1,460.00", "0.00"),
                                    ("2082001", "临时救助支出", "296.40", "0.00")], "绩效目标表")
    dept_inds = [
        Ind("产出指标", "数量指标", "特困人员集中供养人数", "≥1800人", (">=", 1800, "人"), "15"),
        Ind("产出指标", "数量指标", "社区居家养老服务中心覆盖率", "≥90%", (">=", 90, "%"), "10"),
        Ind("产出指标", "质量指标", "救助资金社会化发放率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10"),
        Ind("成本指标", "经济成本指标", "三公经费", "较上年只减不增", Q, "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "20"),
        Ind("效益指标", "可持续影响指标", "养老服务体系", "逐步完善", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "部门预算资金（万元）")
    rows.put(r, 2, 1, 2, "合计"), rows.put(r, 4, 1, 2, "财政拨款"), rows.put(r, 6, 1, 1, "其他资金")
    rows.put(r + 1, 2, 1, 2, "4,072.00"), rows.put(r + 1, 4, 1, 2, "4,072.00"), rows.put(r + 1, 6, 1, 1, "—")
    r = rows.n
    tasks = [("困难群众救助", "落实城乡低保、特困供养和临时救助政策", "1,756.40"),
             ("养老服务体系建设", "推进社区居家养老服务设施建设和运营补贴", "1,460.00"),
             ("基层治理与社会组织管理", "开展社区治理、社会组织登记和执法监管", "855.60")]
    rows.put(r, 0, len(tasks) + 1, 2, "年度主要任务")
    rows.put(r, 2, 1, 2, "任务名称"), rows.put(r, 4, 1, 2, "主要内容"), rows.put(r, 6, 1, 1, "预算金额（万元）")
    for k, (t, c, v) in enumerate(tasks, 1):
        rows.put(r + k, 2, 1, 2, t), rows.put(r + k, 4, 1, 2, c), rows.put(r + k, 6, 1, 1, v)
    rows.add((0, 2, "年度总体目标"), (2, 5, "兜牢民生底线，困难群众基本生活得到有效保障；完善养老服务体系，"
                                           "提升基层治理和社会服务水平。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"), (6, 1, "分值"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [64, 74, 70, 70, 70, 70, 72], title="部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    forms = [
        ("城乡低保资金（市本级）", "长沙市社会救助服务中心", ("860.00", "800.00", "—", "60.00"),
         "按时足额发放城乡低保金，保障低保对象基本生活。", [
             Ind("产出指标", "数量指标", "保障低保对象人数", "≥6500人", (">=", 6500, "人")),
             Ind("产出指标", "质量指标", "低保资金发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "低保金发放时间", "每月10日前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "城市低保月人均补差", "≥650元", (">=", 650, "元")),
             Ind("效益指标", "社会效益指标", "低保对象基本生活", "有效保障", Q),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥95%", (">=", 95, "%")),
         ]),
        ("社区居家养老服务运营补贴", "长沙市养老服务指导中心", ("600.00", "450.00", "150.00", ""),
         "对达标运营的社区居家养老服务中心给予运营补贴，提升服务质量。", [
             Ind("产出指标", "数量指标", "补贴服务中心数量", "≥120个", (">=", 120, "个")),
             Ind("产出指标", "质量指标", "星级评定达标率", "≥80%", (">=", 80, "%")),
             Ind("产出指标", "时效指标", "补贴资金拨付", "2025年11月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "老年人助餐服务覆盖面", "持续扩大", Q),
             Ind("效益指标", "可持续影响指标", "居家养老服务网络", "持续完善", Q),
             Ind("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, unit_name, (yearly, fiscal, carried, other), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 2, "项目资金（万元）")
        for k, (label, v) in enumerate((("年度资金总额", yearly), ("其中：财政拨款", fiscal), ("上年结转", carried),
                                        ("其他资金", other))):
            rows.put(r + k, 2, 1, 2, label), rows.put(r + k, 4, 1, 3, v)
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [64, 74, 70, 70, 70, 70, 72], title="项目支出绩效目标表",
                             unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=yearly, fiscal=fiscal, carried=None if carried in ("—", "") else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 武汉


def layout_hub_wh_landscape_self_eval_unit_in_cells(folder: Path, name: str) -> FileGold:
    dept, year = "武汉市园林和林业局", 2024
    unit_name = "武汉市园林科学研究院"
    doc = FormDoc(name, f"{unit_name}{year}年度项目支出绩效自评表", unit_name, year,  # the unit whose document it is (coordinator ruling)
                  cover=[(f"{unit_name}", 22), (f"{year}年度项目支出绩效自评报告", 20), (f"主管部门：{dept}", 14)])
    evals = [
        ("园林植物种质资源保护", ("150.00", "152.00", "148.36"), ("150.00", "152.00", "148.36"),
         ("建成种质资源圃，保存园林植物种质资源不少于800份。", "保存种质资源836份，完成新品种选育2个。"), [
             Ind("产出指标", "数量指标", "保存种质资源份数", "≥800份", (">=", 800, "份"), "20", "836份", "20"),
             Ind("产出指标", "数量指标", "新品种选育数量", "≥2个", (">=", 2, "个"), "10", "2个", "10"),
             Ind("产出指标", "质量指标", "种质资源成活率", "≥95%", (">=", 95, "%"), "15", "96.2%", "15"),
             Ind("产出指标", "时效指标", "资源圃建设完成时间", "2024年10月底前", (None, None, None), "5", "2024年10月", "5"),
             Ind("效益指标", "生态效益指标", "乡土植物应用比例", "≥70%", (">=", 70, "%"), "15", "68%", "13",
                 "部分品种尚处扩繁阶段，下年加大推广"),
             Ind("效益指标", "可持续影响指标", "种质资源保护体系", "基本建立", Q, "15", "基本建立", "14"),
             Ind("满意度指标", "服务对象满意度指标", "应用单位满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
         ], "优"),
        ("城市园林病虫害监测防治", ("80.00", "96.00", "96.00"), ("80.00", "96.00", "96.00"),
         ("监测全市主要园林病虫害，及时发布预警并指导防治。", "发布预警信息14期，防治面积达标。"), [
             Ind("产出指标", "数量指标", "监测点数量", "≥60个", (">=", 60, "个"), "15", "62个", "15"),
             Ind("产出指标", "数量指标", "发布预警信息期数", "≥12期", (">=", 12, "期"), "15", "14期", "15"),
             Ind("产出指标", "质量指标", "重大病虫害成灾率", "＜3‰", ("<", 3, "‰"), "15", "1.8‰", "15"),
             Ind("产出指标", "时效指标", "预警信息发布时限", "3～5天", ("range", 3, "天", 5), "10", "3天", "10"),
             Ind("效益指标", "生态效益指标", "园林植物健康状况", "明显改善", Q, "20", "有所改善", "16",
                 "极端天气导致部分区域虫口密度偏高，下年增加监测频次"),
             Ind("满意度指标", "服务对象满意度指标", "园林养护单位满意度", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
         ], "优"),
    ]
    for project, total_money, fiscal_money, goal, inds, grade in evals:
        rate, rate_score, exact = _rate(total_money[1], total_money[2])
        total = _total(inds, exact)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project), (6, 1, "实施单位"), (7, 3, unit_name))
        rows.add((0, 2, "资金类别"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"), (5, 1, "分值"),
                 (6, 1, "执行率"), (7, 1, "得分"), (8, 2, "备注"))
        rows.add((0, 2, "年度资金总额"), *[(2 + k, 1, f"{v}万元") for k, v in enumerate(total_money)],
                 (5, 1, "10"), (6, 1, rate), (7, 1, rate_score), (8, 2, ""))
        rows.add((0, 2, "其中：财政拨款"), *[(2 + k, 1, f"{v}万元") for k, v in enumerate(fiscal_money)],
                 (5, 1, "—"), (6, 1, "—"), (7, 1, "—"), (8, 2, ""))
        rows.add((0, 2, "其他资金"), (2, 1, "—"), (3, 1, "—"), (4, 1, "—"), (5, 1, "—"), (6, 1, "—"), (7, 1, "—"),
                 (8, 2, ""))
        rows.add((0, 2, "年度目标"), (2, 4, goal[0]), (6, 1, "全年实际完成情况"), (7, 3, goal[1]))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析及改进措施", ""))])
        rows.cells = [c for c in rows.cells if not (c[0] == rows.n - 1 and c[1] in (2, 3, 8, 9))]
        rows.put(rows.n - 1, 2, 1, 2, "三级指标"), rows.put(rows.n - 1, 8, 1, 2, "偏差原因分析及改进措施")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 2, i.note)])
        rows.add((0, 4, "自评得分"), (4, 2, f"{total:.2f}"), (6, 2, "自评等级"), (8, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 78, 90, 60, 80, 80, 70, 60, 80, 80],
                             title=f"{year}年度项目支出绩效自评表", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", total_money[1], total_money[2], total, grade)
        doc.gold.project(project, "万元", year=total_money[1], fiscal=fiscal_money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 合肥


def layout_ah_hf_budget_landscape_list_fund_heads(folder: Path, name: str) -> FileGold:
    dept, year = "合肥市农业农村局", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("2130101", "行政运行", "1,862.30", "1,862.30"),
                                    ("2130122", "农业生产发展", "1,636.80", "0.00"),
                                    ("2130153", "耕地建设与利用", "95.00", "0.00")], "项目支出绩效目标表")
    projects = [
        ("高标准农田建设", ("1,280.00", "1,280.00", "—"),
         "新建高标准农田2.5万亩，改善农田基础设施条件，提高粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥2.5万亩", (">=", 2.5, "万亩")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目竣工验收时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥100斤", (">=", 100, "斤")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农产品质量安全监测", ("356.80", "300.00", "56.80"),
         "开展农产品质量安全例行监测和监督抽检，守住不发生重大农产品质量安全事件底线。", [
             Ind("产出指标", "数量指标", "定量检测样品数", "≥3200批次", (">=", 3200, "批次")),
             Ind("产出指标", "质量指标", "例行监测合格率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "检测结果报送时限", "≤7个工作日", ("<=", 7, "个工作日")),
             Ind("效益指标", "社会效益指标", "重大农产品质量安全事件", "0起", ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("农村人居环境整治", ("95.00", "95.00", "0.00"),
         "推进农村厕所问题摸排整改和村庄清洁行动，农村人居环境持续改善。", [
             Ind("产出指标", "数量指标", "问题厕所整改数", "≥1500户", (">=", 1500, "户")),
             Ind("产出指标", "质量指标", "整改厕所验收合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "整改完成时间", "2025年10月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "村庄环境面貌", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    rows = _Rows()
    heads = ("序号", "项目名称")
    for k, h in enumerate(heads):
        rows.put(0, k, 2, 1, h)
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for k, h in enumerate(("资金总额", "财政拨款", "其他资金")):
        rows.put(1, 2 + k, 1, 1, h)
    for k, h in enumerate(("年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(0, 5 + k, 2, 1, h)
    rows.n = 2
    for n, (project, money, goal, inds) in enumerate(projects, 1):
        r = rows.n
        span = len(inds)
        rows.put(r, 0, span, 1, str(n)), rows.put(r, 1, span, 1, project)
        for k, v in enumerate(money):
            rows.put(r, 2 + k, span, 1, v)
        rows.put(r, 5, span, 1, goal)
        rows.n = r  # the indicator rows run beside the merged project cells
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 90, 62, 62, 56, 150, 60, 70, 90, 70], title="项目支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 郑州


def layout_hen_zz_accounts_dept_self_eval_then_level_free_project(folder: Path, name: str) -> FileGold:
    dept, year = "郑州市市场监督管理局", 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "9,846.72"), ("二、其他收入", "35.10")],
                    [("一、一般公共服务支出", "9,520.36"), ("二、社会保障和就业支出", "361.46")])
    dept_inds = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥2.6万批次", (">=", 2.6, "万批次"), "15", "2.73万批次", "15"),
        Ind("产出指标", "数量指标", "特种设备定期检验率", "≥99%", (">=", 99, "%"), "10", "99.4%", "10"),
        Ind("产出指标", "质量指标", "抽检不合格产品核查处置率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%"), "10", "97.2%", "9",
            "年末投诉量集中，部分件办结延后"),
        Ind("成本指标", "经济成本指标", "公用经费", "控制在年初预算以内", Q, "5", "控制在预算以内", "5"),
        Ind("效益指标", "社会效益指标", "较大以上食品安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
        Ind("效益指标", "社会效益指标", "新登记市场主体数", "较上年增长", Q, "10", "增长8.1%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%"), "15", "92.6%", "15"),
    ]
    money = [("年度资金总额", "9,652.00", "9,928.45", "9,846.72"), ("其中：基本支出", "6,140.00", "6,212.30", "6,212.30"),
             ("项目支出", "3,512.00", "3,716.15", "3,634.42")]
    rate, rate_score, exact = _rate(money[0][2], money[0][3])
    total = _total(dept_inds, exact)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 2, "预算资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        if k:
            rows.put(r, 2 + k, 1, 1, head)
    rows.put(r, 2, 1, 1, "")
    for k, (label, a, b, c) in enumerate(money, 1):
        tail = ("10", rate, rate_score) if k == 1 else ("—", "—", "—")
        for j, v in enumerate((label, a, b, c) + tail):
            rows.put(r + k, 2 + j, 1, 1, v)
    rows.n = r + len(money) + 1
    rows.add((0, 2, "年度总体目标"), (2, 7, "守住食品药品和特种设备安全底线，优化营商环境，市场监管效能持续提升。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分"))], (7, 2, "偏差原因分析及改进措施"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                 (6, 1, i.score), (7, 2, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 56, 80, 62, 62, 56, 40, 56, 36], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    doc.gold.self_evaluation(None, "万元", money[0][2], money[0][3], total, "优")
    project, unit_name = "计量器具强制检定", "郑州市计量测试研究院"
    inds = [
        Ind(None, None, "强制检定计量器具数量", "≥8.5万台件", (">=", 8.5, "万台件"), "20", "9.1万台件", "20"),
        Ind(None, None, "检定证书差错率", "＜0.5%", ("<", 0.5, "%"), "15", "0.2%", "15"),
        Ind(None, None, "检定周期", "≤10个工作日", ("<=", 10, "个工作日"), "15", "8个工作日", "15"),
        Ind(None, None, "民生计量器具受检率", "≥95%", (">=", 95, "%"), "15", "93.5%", "13",
            "集贸市场流动摊位较多，部分未能按期送检"),
        Ind(None, None, "计量纠纷", "明显减少", Q, "15", "同比减少21%", "15"),
        Ind(None, None, "受检单位满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
    ]
    budget, executed = "260.00", "241.80"
    rate, rate_score, exact = _rate(budget, executed)
    total2 = _total(inds, exact)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 5, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 2, unit_name))
    rows.add((0, 2, "年初预算数（万元）"), (2, 2, "260.00"), (4, 1, "全年预算数（万元）"), (5, 2, budget))
    rows.add((0, 2, "全年执行数（万元）"), (2, 2, executed), (4, 1, "预算执行率"), (5, 2, rate))
    rows.add((0, 2, "执行率分值"), (2, 2, "10"), (4, 1, "执行率得分"), (5, 2, rate_score))
    rows.add((0, 2, "年度目标完成情况"), (2, 5, "全年完成强制检定计量器具9.1万台件，民生计量监管有效加强。"))
    rows.add((0, 2, "绩效指标"), (2, 1, "年度指标值"), (3, 1, "实际完成值"), (4, 1, "分值"), (5, 1, "得分"),
             (6, 1, "偏差原因"))
    _grid_rows(rows, inds, None, None, lambda i: [(0, 2, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                                  (5, 1, i.score), (6, 1, i.note)])
    rows.add((0, 4, "自评得分"), (4, 1, f"{total2:.2f}"), (5, 1, "自评等级"), (6, 1, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [60, 80, 76, 76, 50, 50, 108], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    doc.gold.self_evaluation(project, "万元", budget, executed, total2, "优")
    doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 烟台


def layout_sd_yt_targets_value_unit_columns_zero_carry(folder: Path, name: str) -> FileGold:
    dept, year = "烟台市交通运输局", 2025
    unit_name = "烟台市公路事业发展中心"
    doc = FormDoc(name, f"{unit_name}{year}年度项目支出绩效目标", unit_name, year,  # the unit whose document it is (coordinator ruling)
                  cover=[(unit_name, 22), (f"{year}年度项目支出绩效目标", 20), (f"主管部门：{dept}", 14)])
    forms = [
        ("普通国省道日常养护", ("3560000.00", "3560000.00", "0.00", "/"),
         "完成普通国省道日常养护，路况水平保持稳定，公路安全畅通。", [
             Ind("产出指标", "数量指标", "日常养护里程", ("≥1280", "公里"), (">=", 1280, "公里"), "20", note="含国道、省道"),
             Ind("产出指标", "质量指标", "优良路率", ("≥85", "%"), (">=", 85, "%"), "20", note="以年度路况检测为准"),
             Ind("产出指标", "时效指标", "桥涵病害处治", ("2025年9月底前", ""), (None, None, None), "10"),
             Ind("成本指标", "经济成本指标", "每公里日常养护费用", ("≤2781", "元"), ("<=", 2781, "元"), "10",
                 note="按省定额标准测算"),
             Ind("效益指标", "社会效益指标", "公路安全通行", ("有效保障", ""), Q, "20"),
             Ind("效益指标", "可持续影响指标", "公路使用寿命", ("有效延长", ""), Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "公众出行满意度", ("≥90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("农村公路危桥改造", ("1850000.00", "1500000.00", "350000.00", "/"),
         "完成农村公路危桥改造8座，消除安全隐患。", [
             Ind("产出指标", "数量指标", "改造危桥数量", ("8", "座"), ("=", 8, "座"), "25"),
             Ind("产出指标", "质量指标", "交工验收合格率", ("100", "%"), ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "主体工程完工", ("2025年11月底前", ""), (None, None, None), "15"),
             Ind("效益指标", "社会效益指标", "群众出行条件", ("明显改善", ""), Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ("≥90", "%"), (">=", 90, "%"), "15"),
         ]),
    ]
    first = True
    for project, (total, fiscal, carried, other), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        rows.add((0, 2, "资金总额（元）"), (2, 2, total), (4, 2, "财政拨款（元）"), (6, 2, fiscal))
        rows.add((0, 2, "上年结转（元）"), (2, 2, carried), (4, 2, "其他资金（元）"), (6, 2, other))
        rows.add((0, 2, "年度绩效目标"), (2, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "", "指标值", "计量单位", "权重",
                                                     "指标值设定依据"))])
        rows.cells = [c for c in rows.cells if not (c[0] == rows.n - 1 and c[1] in (2, 3))]
        rows.put(rows.n - 1, 2, 1, 2, "三级指标")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.weight), (7, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [56, 66, 60, 50, 82, 50, 36, 96], title="项目支出绩效目标表",
                             editor=f"（{year}年度）"), fresh_page=first)
        first = False
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 赣州


def layout_jx_gz_two_forms_a_page_period_and_year(folder: Path, name: str) -> FileGold:
    dept, year = "赣州市卫生健康委员会", 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    forms = [
        ("基层医疗卫生机构能力提升（2024-2026年）", "赣州市基层卫生指导中心",
         (("资金总额", "1,500.00", "500.00"), ("其中：财政拨款", "1,500.00", "500.00"), ("其他资金", "—", "—")),
         "为乡镇卫生院配置医疗设备，提升基层诊疗能力。", [
             Ind("产出指标", "数量指标", "配置设备乡镇卫生院数", "≥40家", (">=", 40, "家"), period="≥120家"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "设备安装调试完成", "2025年12月底前", (None, None, None),
                 period="2026年12月底前"),
             Ind("效益指标", "社会效益指标", "县域内就诊率", "≥90%", (">=", 90, "%"), period="≥92%"),
             Ind("效益指标", "可持续影响指标", "设备使用年限", "≥8年", (">=", 8, "年"), period="≥8年"),
             Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
        ("重大传染病防控", "赣州市疾病预防控制中心",
         (("资金总额", "300.00", "300.00"), ("其中：财政拨款", "300.00", "300.00"), ("其他资金", "/", "/")),
         "落实重点传染病监测和防控措施，有效控制传染病流行。", [
             Ind("产出指标", "数量指标", "艾滋病检测人次", "≥45万人次", (">=", 45, "万人次"), period="≥45万人次"),
             Ind("产出指标", "质量指标", "传染病报告及时率", "≥95%", (">=", 95, "%"), period="≥95%"),
             Ind("产出指标", "时效指标", "疫情处置响应时间", "≤2小时", ("<=", 2, "小时"), period="≤2小时"),
             Ind("成本指标", "经济成本指标", "项目成本", "≤300万元", ("<=", 300, "万元"), period="≤300万元"),
             Ind("效益指标", "社会效益指标", "甲乙类传染病发病率", "低于全省平均水平", Q, period="低于全省平均水平"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%", (">=", 85, "%"), period="≥85%"),
         ]),
    ]
    for k, (project, unit_name, money, goal, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 3, "资金来源"), rows.put(r, 4, 1, 1, "实施期资金总额")
        rows.put(r, 5, 1, 1, "年度资金总额")
        for j, (label, period_amount, year_amount) in enumerate(money, 1):
            rows.put(r + j, 1, 1, 3, label), rows.put(r + j, 4, 1, 1, period_amount), rows.put(r + j, 5, 1, 1, year_amount)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "实施期指标值"), (5, 1, "年度指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.period), (5, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [66, 76, 76, 76, 96, 96], title="项目支出绩效目标表",
                             unit_raw="金额单位：万元"), fresh_page=k == 0, gap=26)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=money[0][1], year=money[0][2], fiscal=money[1][2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 绵阳


def layout_sc_my_accounts_self_eval_yuan_weighted_levels(folder: Path, name: str) -> FileGold:
    dept, year = "绵阳市教育和体育局", 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "42,816.25"), ("二、事业收入", "3,208.60")],
                    [("一、教育支出", "44,903.12"), ("二、文化旅游体育与传媒支出", "1,121.73")])
    evals = [
        ("学生资助补助经费", "绵阳市学生资助管理中心",
         [("年度资金总额", "18,600,000.00", "19,250,000.00", "19,018,400.00"),
          ("其中：财政拨款", "18,600,000.00", "19,250,000.00", "19,018,400.00"), ("其他资金", "—", "—", "—")],
         ("落实家庭经济困难学生资助政策，应助尽助。", "资助学生3.42万人次，资金足额发放。"), [
             Ind("产出指标（50分）", "数量指标", "资助学生人次", "≥3.3万人次", (">=", 3.3, "万人次"), "20", "3.42万人次", "20"),
             Ind("产出指标（50分）", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标（50分）", "时效指标", "资助资金发放及时率", "100%", ("=", 100, "%"), "15", "98%", "13",
                 "秋季学期部分资金因学籍核对延后发放"),
             Ind("效益指标（30分）", "社会效益指标", "因贫失学辍学学生", "0人", ("=", 0, "人"), "30", "0人", "30"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "受助学生及家长满意度", "≥95%", (">=", 95, "%"), "10", "96.5%", "10"),
         ], "优秀"),
        ("全民健身设施建设", "绵阳市体育场馆运营中心",
         [("年度资金总额", "6,000,000.00", "5,400,000.00", "4,968,000.00"),
          ("其中：财政拨款", "6,000,000.00", "5,400,000.00", "4,968,000.00"), ("其他资金", "/", "/", "/")],
         ("新建更新社区健身路径和多功能运动场，完善全民健身设施网络。", "新建健身路径42条、运动场5个。"), [
             Ind("产出指标（50分）", "数量指标", "新建更新健身路径", "≥40条", (">=", 40, "条"), "20", "42条", "20"),
             Ind("产出指标（50分）", "数量指标", "新建多功能运动场", "≥6个", (">=", 6, "个"), "10", "5个", "8",
                 "1个运动场选址调整，结转下年实施"),
             Ind("产出指标（50分）", "质量指标", "器材安装验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标（50分）", "时效指标", "项目完工时间", "2024年11月底前", (None, None, None), "10", "2024年12月", "8",
                 "雨季施工延误"),
             Ind("效益指标（30分）", "社会效益指标", "经常参加体育锻炼人数比例", "＞40%", (">", 40, "%"), "30", "41.2%", "30"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
         ], "良好"),
    ]
    for project, unit_name, money, goal, inds, grade_word in evals:
        _, _, budget, executed = money[0]
        rate, rate_score, exact = _rate(budget, executed)
        total = _total(inds, exact)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        for k, (label, a, b, c) in enumerate(money, 1):
            tail = ("10", rate, rate_score) if k == 1 else ("—", "—", "—")
            rows.put(r + k, 1, 1, 2, label)
            for j, v in enumerate((a, b, c) + tail):
                rows.put(r + k, 3 + j, 1, 1, v)
        rows.add((0, 1, "年度总体目标"), (1, 4, f"预期目标：{goal[0]}"), (5, 4, f"实际完成情况：{goal[1]}"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                     "分值", "得分", "未完成原因", ""))])
        rows.cells = [c for c in rows.cells if not (c[0] == rows.n - 1 and c[1] in (7, 8))]
        rows.put(rows.n - 1, 7, 1, 2, "未完成原因")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 2, i.note)])
        rows.add((0, 5, "自评得分"), (5, 4, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 4, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [50, 54, 80, 70, 70, 70, 30, 42, 34],
                             title="项目支出绩效自评表", editor=f"（{year}年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade_word[0])
        doc.gold.project(project, "元", year=budget, fiscal=money[1][2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 苏州


def layout_js_sz_spaced_labels_bond_central_sources(folder: Path, name: str) -> FileGold:
    dept, year = "苏州市住房和城乡建设局", 2025
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效目标申报表", dept, year)
    forms = [
        ("老旧小区改造提升工程", "苏州市城市更新服务中心",
         [("年度资金总额", "2,000.00"), ("其中：财政拨款", "300.00"), ("中央补助", "500.00"), ("专项债券", "1,200.00"),
          ("其他资金", "—")], ("2,000.00", "300.00"),
         "完成老旧小区改造32个，改善居民居住条件，补齐配套设施短板。", [
             Ind("产出指标", "数量指标", "改造老旧小区数量", "不少于32个", (">=", 32, "个"), "20"),
             Ind("产出指标", "数量指标", "加装电梯数量", "达到60部", (">=", 60, "部"), "10"),
             Ind("产出指标", "质量指标", "工程质量合格率", "达到100%", (">=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "年度开工率", "不低于95%", (">=", 95, "%"), "10"),
             Ind("成本指标", "经济成本指标", "户均改造成本", "控制在3.5万元以内", ("<=", 3.5, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "改造小区安全隐患发生率", "低于1%", ("<", 1, "%"), "15"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "大于90%", (">", 90, "%"), "20"),
         ]),
        ("建筑施工安全监督", "苏州市建设工程质量安全监督站",
         [("年度资金总额", "450.00"), ("其中：财政拨款", "450.00"), ("中央补助", ""), ("专项债券", ""),
          ("其他资金", "—")], ("450.00", "450.00"),
         "加强在建工程质量安全监督，遏制较大及以上生产安全事故。", [
             Ind("产出指标", "数量指标", "监督检查在建工程项次", "不少于2400项次", (">=", 2400, "项次"), "20"),
             Ind("产出指标", "质量指标", "隐患整改闭合率", "达到100%", (">=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "重大隐患整改时限", "不超过7天", ("<=", 7, "天"), "15"),
             Ind("效益指标", "社会效益指标", "较大及以上生产安全事故", "0起", ("=", 0, "起"), "20"),
             Ind("效益指标", "社会效益指标", "工程一次验收合格率", "高于98%", (">", 98, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "参建企业有效投诉率", "不高于2%", ("<=", 2, "%"), "15"),
         ]),
    ]
    for k, (project, unit_name, sources, (yearly, fiscal), goal, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 5, project))
        rows.add((0, 1, "主 管 部 门"), (1, 2, dept), (3, 1, "实 施 单 位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, len(sources), 1, "项目资金\n（万元）")
        for j, (label, v) in enumerate(sources):
            rows.put(r + j, 1, 1, 2, label), rows.put(r + j, 3, 1, 3, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [66, 82, 80, 70, 130, 56], title="项目支出绩效目标申报表",
                             editor=f"（{year}年度）"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=yearly, fiscal=fiscal)
    return doc.save(folder)


BLIND45: dict[str, Builder] = {
    "zj_sx_budget_source_lines_income_named": layout_zj_sx_budget_source_lines_income_named,
    "fj_xm_label_value_yuan_total_and_year": layout_fj_xm_label_value_yuan_total_and_year,
    "gd_zh_accounts_self_eval_source_rows_words": layout_gd_zh_accounts_self_eval_source_rows_words,
    "hun_cs_budget_dept_wide_then_stacked_money": layout_hun_cs_budget_dept_wide_then_stacked_money,
    "hub_wh_landscape_self_eval_unit_in_cells": layout_hub_wh_landscape_self_eval_unit_in_cells,
    "ah_hf_budget_landscape_list_fund_heads": layout_ah_hf_budget_landscape_list_fund_heads,
    "hen_zz_accounts_dept_self_eval_then_level_free_project":
        layout_hen_zz_accounts_dept_self_eval_then_level_free_project,
    "sd_yt_targets_value_unit_columns_zero_carry": layout_sd_yt_targets_value_unit_columns_zero_carry,
    "jx_gz_two_forms_a_page_period_and_year": layout_jx_gz_two_forms_a_page_period_and_year,
    "sc_my_accounts_self_eval_yuan_weighted_levels": layout_sc_my_accounts_self_eval_yuan_weighted_levels,
    "js_sz_spaced_labels_bond_central_sources": layout_js_sz_spaced_labels_bond_central_sources,
}
SETS: dict[str, dict[str, Builder]] = {"blind45": BLIND45}


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
    """Write every layout of ``which`` ("blind45") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
