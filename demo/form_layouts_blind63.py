"""BLIND63 performance forms: ten layouts as a 湖北 恩施州 county-level city, a 湖南 邵阳 county,
a district of 潮州, a district of 河池 (pages turned by /Rotate), a district of 抚州, a district of
商丘, a district of 宣城, a 重庆 街道, a 四川 广安 district hospital and a 贵州 黔西南州 school print their
项目支出绩效目标表, 部门（单位）整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表,
written by an author who had read neither the form reader nor the earlier blind sets (only the gold
helpers and page composer of ``form_layouts``, ``tables`` and ``drawing``, and BLIND9's gold
conventions). Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``;
the gold is written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the
normalizers. Each line below names the grid rules the layout prints with (drawing.RULES).

hub_es_budget_source_lines_weights  湖北 恩施州 利川市 部门预算 (rules "filled", grid header
        shaded): budget tables, then one 项目支出绩效目标表 per project whose money is a 资金来源
        grid (来源类别 | 金额（万元）) of 一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 上年结转 /
        其他资金 / 合计 lines, some left blank; grid 一级 | 二级 | 三级 | 指标值 | 分值 | 指标值说明
hun_sy_accounts_open_self_evals  湖南 邵阳 隆回县 部门决算 (rules "open": no outer sides; a
        merged 绩效指标 column on the left): a 部门整体支出绩效自评表 whose 年初预算数 | 全年预算数 |
        全年执行数 | 执行率 | 得分 heads sit over one values row, then two 项目支出绩效自评表 with money
        columns over 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金, a deadline target
gd_cz_two_forms_a_page_yuan_pairs  广东 潮州 湘桥区 standalone 项目支出绩效目标表 (rules
        "cells"), two short forms a page, money in 元 with separators as label | value pairs whose
        labels carry the unit (项目总金额（元）, 本年度金额（元）, 其中：财政资金（元）, 其他资金（元）),
        targets in words (不低于, 不高于)
gx_hc_turned_list_column_numbers_sources  广西 河池 金城江区 list on landscape pages turned by
        /Rotate (rules "filled", header and column-number rows shaded and repeated): 项目名称 |
        资金总额 | 财政拨款 | 其他资金 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值, 金额单位：万元 in the
        line above the grid, project cells merged and cut by the page breaks
jx_fz_budget_dept_wide_then_projects  江西 抚州 临川区 部门预算 (rules "cells"): budget tables, a
        部门（单位）整体支出绩效目标表 (年度预算资金 heads over values, 年度主要任务 with amounts), then
        two 项目支出绩效目标表 whose money heads (资金总额 | 当年财政拨款 | 上年结转 | 其他资金) sit
        over one values row, a blank 上年结转
ha_sq_open_direction_value_unit  河南 商丘 睢阳区 standalone 项目支出绩效目标表 (rules "open"):
        two-row grid header, 指标值 over 指标方向 | 数值 | 计量单位, qualitative targets with the
        direction left blank, full-width ＝, 分值, a 备注 column at the right
ah_xc_accounts_self_evals_yuan_pairs  安徽 宣城 宣州区 部门决算 (rules "filled", grid header
        shaded): two 项目支出绩效自评表 whose money is label | value pairs in 元 (年初预算数（元） |
        全年预算数（元） | 全年执行数（元） | 其中：财政拨款全年预算数（元）, 预算执行率, 执行率得分),
        总分 and 绩效等级 rows
cq_jj_street_landscape_heads_over_values  重庆 江津区 街道办事处 landscape 项目支出绩效目标表
        (rules "cells"), each form running over two pages with its grid header repeated: 项目资金
        （万元） heads 项目总额 | 当年预算 | 其中：财政拨款 | 上年结转 | 其他资金 over values, 指标内容
        column, targets 不少于 / 不超过 / 达到 / 控制在…以内, 权重（%）, 评分标准
sc_ga_hospital_self_eval_sources_total_last  四川 广安 广安区 hospital 项目支出绩效自评表 (rules
        "filled"): money grid by source (财政拨款 / 其他资金 / 合计 last) over 年初预算数 | 全年预算数 |
        全年执行数 | 分值 | 执行率 | 得分, 偏差 split into 偏差原因 | 改进措施, 自评等级 优秀
gz_qxn_school_budget_two_forms_transfer  贵州 黔西南州 兴义市 school 部门预算 (rules "cells"): budget
        tables, then three short forms two a page, money heads in 元 without separators (年度资金总额
        （元） | 财政拨款（元） | 其中：上级转移支付（元） | 其他资金（元）) over one row, 权重

Gold conventions: BLIND9's (target_raw as printed, split cells joined in reading order with empty
cells adding nothing; ≥ / 不低于 / 不少于 / 达到 read ">="; ≤ / 不高于 / 不超过 / 控制在…以内 read "<=";
＝ / = / a bare figure "="; a deadline stays raw with no comparator; a state is qualitative;
self-evaluation budget / executed / score / grade as BLIND9 says) and the round's money rulings:
fiscal = the 财政拨款 / 财政资金 figure as printed, or the sum of the lines named …财政拨款收入 (a
blank or 0.00 line adds nothing); a printed 0.00 上年结转 is 0.00, a blank one no amount; a 部门整体
form's money is not a project's. This set's rulings:

- A project self evaluation's carried = its 上年结转资金 line's 全年预算数 where printed (0.00
  included), beside year = the 年度资金总额 / 合计 line's 全年预算数 and fiscal = the 财政拨款 line's.
- 其中：上级转移支付 printed under 财政拨款 is part of it: fiscal stays the 财政拨款 figure.
- 项目总额 / 项目总金额 is total beside the year's 当年预算 / 本年度金额.
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

D = (None, None, None)  # a deadline: raw, no comparator


def _ruled(spec: TableSpec, rules: str, shaded: tuple[int, ...] = ()) -> TableSpec:
    return replace(spec, rules=rules, shaded_rows=shaded)


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表, 支出表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实上级决策部署，依法履行本行业管理和公共服务职责。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹做好各项重点工作和民生保障。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    basic = [plain_row([name, value, value, "0.00"]) for name, value in spending]
    basic.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", "0.00"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, basic, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"根据预算绩效管理要求，本部门{year}年实行绩效目标管理的项目绩效目标如下表所示。",
    ])


def _rate_score(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 and its score (up to 10) as a form prints them, and the score as a number."""
    rate = Decimal(executed.replace(",", "")) / Decimal(budget.replace(",", ""))
    score = min(Decimal(10), rate * 10).quantize(Decimal("0.01"))
    return f"{rate * 100:.2f}%", f"{score}", float(score)


# --------------------------------------------------------------------------- 湖北 恩施


def layout_hub_es_budget_source_lines_weights(folder: Path, name: str) -> FileGold:
    """湖北 恩施州 利川市 部门预算; rules "filled", grid header shaded."""
    dept = "利川市农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "5,326.40"), ("二、政府性基金预算拨款收入", "300.00"),
                                    ("三、上年结转", "150.00")],
                  [("一、农林水支出", "5,436.40"), ("二、社会保障和就业支出", "340.00")])
    projects = [
        ("高标准农田建设", "422802250000101", "利川市农田建设服务中心", "特定目标类",
         [("一般公共预算财政拨款收入", "1,500.00"), ("政府性基金预算财政拨款收入", "0.00"),
          ("上年结转", "150.00"), ("其他资金", ""), ("合计", "1,650.00")],
         ("1,650.00", "1,500.00", "150.00"),
         "新建高标准农田2.5万亩，完善田间灌排和道路设施，提升粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥2.5万亩", (">=", 2.5, "万亩"), "20", note="当年建成并验收面积"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", note="验收合格项目数/完工项目数"),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年12月底前", D, "10", note="以竣工验收时间为准"),
             Ind("产出指标", "成本指标", "亩均财政投入", "≤1500元", ("<=", 1500, "元"), "15", note="财政投入/建设面积"),
             Ind("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", (">=", 50, "公斤"), "15", note="与建设前比较"),
             Ind("效益指标", "可持续影响指标", "工程设施使用年限", "≥15年", (">=", 15, "年"), "15", note="按设计标准"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "10", note="抽样问卷"),
         ]),
        ("农村人居环境整治", "422802250000117", "利川市农业农村局", "特定目标类",
         [("一般公共预算财政拨款收入", "480.00"), ("政府性基金预算财政拨款收入", ""),
          ("上年结转", "0.00"), ("其他资金", "20.00"), ("合计", "500.00")],
         ("500.00", "480.00", "0.00"),
         "推进农村厕所革命和生活垃圾、污水治理，村容村貌明显改善。", [
             Ind("产出指标", "数量指标", "村庄清洁行动覆盖行政村", "≥120个", (">=", 120, "个"), "20", note="开展清洁行动的行政村数"),
             Ind("产出指标", "质量指标", "农村卫生厕所普及率", "≥92%", (">=", 92, "%"), "20", note="卫生厕所户数/总户数"),
             Ind("产出指标", "质量指标", "生活垃圾收运处置体系覆盖率", "100%", ("=", 100, "%"), "15", note="覆盖行政村比例"),
             Ind("效益指标", "生态效益指标", "村容村貌", "明显改善", Q, "20", note="与上年比较"),
             Ind("效益指标", "可持续影响指标", "长效管护机制", "健全", Q, "15", note="管护制度建立情况"),
             Ind("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥85%", (">=", 85, "%"), "10", note="抽样问卷"),
         ]),
        ("动物疫病防控", "422802250000125", "利川市动物疫病预防控制中心", "其他运转类",
         [("一般公共预算财政拨款收入", "86.50"), ("政府性基金预算财政拨款收入", ""),
          ("上年结转", ""), ("其他资金", ""), ("合计", "86.50")],
         ("86.50", "86.50", None),
         "落实重大动物疫病强制免疫，确保不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "强制免疫病种", "5种", ("=", 5, "种"), "20", note="国家规定强制免疫病种"),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%"), "20", note="免疫数/应免数"),
             Ind("产出指标", "时效指标", "疫情处置及时率", "100%", ("=", 100, "%"), "15", note="按规定时限处置"),
             Ind("产出指标", "成本指标", "免疫耗材采购成本", "≤86.5万元", ("<=", 86.5, "万元"), "15", note="年度采购合同金额"),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", Q, "20", note="全年监测情况"),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", (">=", 90, "%"), "10", note="抽样问卷"),
         ]),
    ]
    widths = [62, 70, 130, 80, 40, 108]
    for project, code, unit_name, kind, sources, (year_amt, fiscal, carried), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, unit_name))
        rows.add((0, 1, "项目类别"), (1, 3, kind), (4, 1, "项目期限"), (5, 1, "2025年1月-12月"))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "资金来源")
        rows.put(r, 1, 1, 3, "来源类别")
        rows.put(r, 4, 1, 2, "金额（万元）")
        for k, (label, value) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 2, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值",
                                                            "指标值说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, i.note)])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                                    editor=f"单位名称：{dept}", unit_raw="单位：万元"), "filled", (head,)),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 邵阳


def _open_self_eval(doc: FormDoc, project: str, code: str, unit_name: str, money: list[tuple[str, ...]],
                    goal: tuple[str, str], inds: list[Ind], grade: str) -> float:
    """A 项目支出绩效自评表 whose outer column on the left is a merged label (rules "open")."""
    dept = doc.gold.department
    budget, executed = money[0][2], money[0][3]
    rate, rate_score, rate_value = _rate_score(budget, executed)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project), (6, 1, "项目编码"), (7, 2, code))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, line in enumerate(money, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        tail = ("10", rate, rate_score) if k == 1 else ("—", "—", "—")
        for j, v in enumerate((*line[1:], *tail)):
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
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = rate_value + sum(float(i.score) for i in inds)
    r = rows.n
    rows.put(r, 0, 2, 1, "评价结论")
    rows.add((1, 5, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((1, 5, "自评等级"), (6, 2, grade), (8, 1, ""))
    doc.pages.grid(_ruled(_spec(rows.cells, rows.n, [44, 52, 60, 80, 58, 58, 40, 44, 54], title="项目支出绩效自评表",
                                editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元",
                                kind="performance_self_evaluation"), "open"), fresh_page=True)
    return round(total, 2)


def layout_hun_sy_accounts_open_self_evals(folder: Path, name: str) -> FileGold:
    """湖南 邵阳 隆回县 部门决算; rules "open"."""
    dept = "隆回县教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,912.75"), ("二、事业收入", "75.20")],
                    [("一、教育支出", "4,860.15"), ("二、社会保障和就业支出", "127.80")])
    inds = [
        Ind("产出指标", "数量指标", "义务教育阶段学生资助人数", "≥6500人", (">=", 6500, "人"), "20", "6820人", "20"),
        Ind("产出指标", "数量指标", "薄弱学校改造项目数", "≥12个", (">=", 12, "个"), "10", "12个", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥99%", (">=", 99, "%"), "10", "99.3%", "10"),
        Ind("产出指标", "时效指标", "资助资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("成本指标", "经济成本指标", "生均公用经费标准", "≥800元", (">=", 800, "元"), "10", "800元", "10"),
        Ind("效益指标", "社会效益指标", "适龄儿童入学率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "可持续影响指标", "教育均衡发展水平", "持续提升", Q, "10", "持续提升", "9",
            "城乡办学条件仍有差距，继续加大投入"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "10", "87.6%", "8",
            "部分乡镇学校寄宿条件仍需改善"),
    ]
    budget, executed = "5,126.40", "4,987.95"
    rate, rate_score, rate_value = _rate_score(budget, executed)
    total = rate_value + sum(float(i.score) for i in inds)
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 7, dept), (8, 1, ""))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for c, cs, head, value in ((1, 2, "年初预算数", "4,860.00"), (3, 1, "全年预算数", budget), (4, 2, "全年执行数", executed),
                               (6, 1, "执行率", rate), (7, 1, "分值", "10"), (8, 1, "得分", rate_score)):
        rows.put(r, c, 1, cs, head)
        rows.put(r + 1, c, 1, cs, value)
    rows.add((0, 1, "年度总体目标完成情况"), (1, 7, "全面落实学生资助政策，完成12个薄弱学校改造项目，义务教育巩固率99.3%。"),
             (8, 1, ""))
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    r = rows.n
    rows.put(r, 0, 2, 1, "评价结论")
    rows.add((1, 5, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((1, 5, "自评等级"), (6, 2, "优"), (8, 1, ""))
    doc.pages.grid(_ruled(_spec(rows.cells, rows.n, [44, 52, 60, 80, 58, 58, 40, 44, 54], title="部门整体支出绩效自评表",
                                editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                          "open"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, round(total, 2), "优")

    evals = [
        ("农村义务教育学生营养改善计划", "430524240000031", "隆回县学生资助管理中心",
         [("年度资金总额", "1,350.00", "1,382.60", "1,365.20"), ("其中：财政拨款", "1,350.00", "1,332.60", "1,315.20"),
          ("上年结转资金", "", "50.00", "50.00"), ("其他资金", "", "", "")],
         ("为农村义务教育学生提供营养膳食补助，改善学生营养健康状况。", "全年惠及学生28460人，供餐205天。"), [
             Ind("产出指标", "数量指标", "受益学生人数", "≥28000人", (">=", 28000, "人"), "20", "28460人", "20"),
             Ind("产出指标", "质量指标", "食品安全事故发生数", "0起", ("=", 0, "起"), "10", "0起", "10"),
             Ind("产出指标", "时效指标", "营养餐供应天数", "≥200天", (">=", 200, "天"), "10", "205天", "10"),
             Ind("产出指标", "成本指标", "每生每天补助标准", "5元", ("=", 5, "元"), "10", "5元", "10"),
             Ind("效益指标", "社会效益指标", "学生营养健康状况", "有所改善", Q, "20", "有所改善", "18",
                 "部分学校膳食搭配有待优化"),
             Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "20", "93%", "20"),
         ], "优", ("1,382.60", "1,332.60", "50.00")),
        ("学前教育发展资金", "430524240000048", "隆回县教育局",
         [("年度资金总额", "420.00", "460.00", "402.50"), ("其中：财政拨款", "420.00", "460.00", "402.50"),
          ("上年结转资金", "0.00", "0.00", "0.00"), ("其他资金", "", "", "")],
         ("扶持普惠性幼儿园发展，提高学前三年毛入园率。", "扶持普惠性幼儿园15所，毛入园率91.5%。"), [
             Ind("产出指标", "数量指标", "普惠性幼儿园扶持数", "≥15所", (">=", 15, "所"), "20", "15所", "20"),
             Ind("产出指标", "质量指标", "普惠性幼儿园覆盖率", "≥85%", (">=", 85, "%"), "15", "83.2%", "12",
                 "两所新建园未如期验收"),
             Ind("产出指标", "时效指标", "资金拨付时间", "2024年9月30日前", D, "10", "2024年10月15日", "7",
                 "上级资金下达较晚"),
             Ind("效益指标", "社会效益指标", "学前三年毛入园率", "≥90%", (">=", 90, "%"), "15", "91.5%", "15"),
             Ind("效益指标", "可持续影响指标", "普惠性学前教育保障机制", "逐步健全", Q, "10", "逐步健全", "10"),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
         ], "优秀", ("460.00", "460.00", "0.00")),
    ]
    for project, code, unit_name, money, goal, inds, grade, (year_amt, fiscal, carried) in evals:
        score = _open_self_eval(doc, project, code, unit_name, money, goal, inds, grade)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], score, grade[0])
        doc.gold.project(project, "万元", code=code, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 潮州


def layout_gd_cz_two_forms_a_page_yuan_pairs(folder: Path, name: str) -> FileGold:
    """广东 潮州 湘桥区 standalone forms, two a page; rules "cells"."""
    dept = "潮州市湘桥区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("基本公共卫生服务补助", "湘桥区各社区卫生服务中心", "6,850,000.00", "6,850,000.00", "6,850,000.00", "0.00",
         "为辖区常住居民免费提供国家基本公共卫生服务，提高重点人群健康管理水平。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2.1万人", (">=", 2.1, "万人"), note="年度体检并建档人数"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%"), note="规范管理人数/管理人数"),
             Ind("产出指标", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%"), note="按季度拨付"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", (">=", 30, "%"), note="年度监测结果"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "不低于85%", (">=", 85, "%"), note="第三方调查"),
         ]),
        ("家庭医生签约服务", "潮州市湘桥区卫生健康局", "3,600,000.00", "1,200,000.00", "1,000,000.00", "200,000.00",
         "推进家庭医生签约服务扩面提质，重点人群签约服务覆盖率不低于75%。", [
             Ind("产出指标", "数量指标", "家庭医生签约服务团队数", "≥40个", (">=", 40, "个"), note="在册团队数"),
             Ind("产出指标", "质量指标", "重点人群签约服务覆盖率", "≥75%", (">=", 75, "%"), note="签约人数/重点人群数"),
             Ind("产出指标", "成本指标", "每人每年签约服务费", "不高于120元", ("<=", 120, "元"), note="按协议标准"),
             Ind("效益指标", "社会效益指标", "基层首诊率", "较上年提高", Q, note="与上年比较"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), note="电话回访"),
         ]),
        ("院前急救体系建设", "潮州市湘桥区急救指挥中心", "2,480,000.00", "2,480,000.00", "2,180,000.00", "300,000.00",
         "新建急救站点4个，配置急救车辆，缩短急救呼叫响应时间。", [
             Ind("产出指标", "数量指标", "急救站点建设数", "4个", ("=", 4, "个"), note="新建站点"),
             Ind("产出指标", "数量指标", "急救车辆配置数", "≥6辆", (">=", 6, "辆"), note="负压救护车含在内"),
             Ind("产出指标", "时效指标", "急救呼叫响应时间", "≤12分钟", ("<=", 12, "分钟"), note="受理至出车"),
             Ind("效益指标", "社会效益指标", "院前急救服务能力", "明显提升", Q, note="与上年比较"),
             Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), note="回访调查"),
         ]),
    ]
    widths = [78, 78, 120, 86, 128]
    for k, (project, unit_name, total, year_amt, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "项目总金额（元）"), (1, 2, total), (3, 1, "本年度金额（元）"), (4, 1, year_amt))
        rows.add((0, 1, "其中：财政资金（元）"), (1, 2, fiscal), (3, 1, "其他资金（元）"), (4, 1, other))
        rows.add((0, 1, "项目绩效目标"), (1, 4, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                                    editor=f"填报单位（盖章）：{dept}"), "cells"), fresh_page=k % 2 == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=total, year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 河池


def layout_gx_hc_turned_list_column_numbers_sources(folder: Path, name: str) -> FileGold:
    """广西 河池 金城江区 list on turned pages; rules "filled", header rows shaded."""
    dept = "河池市金城江区水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("中小河流治理", "1,860.00", "1,560.00", "300.00", "完成龙江支流河道治理8公里，提升沿岸防洪标准。", [
            Ind("产出指标", "数量指标", "河道治理长度", "≥8公里", (">=", 8, "公里")),
            Ind("产出指标", "质量指标", "工程质量合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "主体工程完工时间", "2025年11月底前", D),
            Ind("效益指标", "社会效益指标", "防洪受益人口", "≥3.5万人", (">=", 3.5, "万人")),
            Ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("农村供水保障工程", "920.00", "920.00", "0.00", "新建改造农村供水工程25处，巩固提升农村供水保障水平。", [
            Ind("产出指标", "数量指标", "新建改造供水工程处数", "≥25处", (">=", 25, "处")),
            Ind("产出指标", "质量指标", "农村自来水普及率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "质量指标", "出厂水水质检测合格率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "社会效益指标", "巩固提升农村供水人口", "≥1.2万人", (">=", 1.2, "万人")),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("小型水库除险加固", "640.00", "600.00", "40.00", "完成3座小型水库除险加固，消除病险隐患。", [
            Ind("产出指标", "数量指标", "除险加固水库数量", "3座", ("=", 3, "座")),
            Ind("产出指标", "质量指标", "竣工验收", "通过验收", Q),
            Ind("产出指标", "成本指标", "单座水库平均投资", "≤220万元", ("<=", 220, "万元")),
            Ind("效益指标", "可持续影响指标", "水库安全运行年限", "≥20年", (">=", 20, "年")),
            Ind("满意度指标", "服务对象满意度指标", "库区群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("水土保持综合治理", "315.50", "315.50", "0.00", "综合治理水土流失面积12平方公里，改善生态环境。", [
            Ind("产出指标", "数量指标", "治理水土流失面积", "≥12平方公里", (">=", 12, "平方公里")),
            Ind("产出指标", "时效指标", "项目完成时间", "2025年12月31日前", D),
            Ind("效益指标", "生态效益指标", "林草植被覆盖率", "≥65%", (">=", 65, "%")),
            Ind("效益指标", "生态效益指标", "年减少土壤流失量", "≥1.5万吨", (">=", 1.5, "万吨")),
            Ind("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥88%", (">=", 88, "%")),
        ]),
    ]
    heads = ("项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    rows = _Rows()
    rows.add(*[(c, 1, t) for c, t in enumerate(heads)])
    rows.add(*[(c, 1, str(c + 1)) for c in range(len(heads))])
    for project, total, fiscal, other, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        for c, text in enumerate((project, total, fiscal, other, goal)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    spec = _spec(rows.cells, rows.n, [96, 64, 64, 58, 140, 62, 80, 112, 80], title=f"{year}年项目支出绩效目标表",
                 editor=f"编制单位：{dept}", unit_raw="金额单位：万元", landscape=True)
    doc.pages.grid(_ruled(spec, "filled", (0, 1)), repeat=(0, 2), fresh_page=True, turned=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 抚州


def layout_jx_fz_budget_dept_wide_then_projects(folder: Path, name: str) -> FileGold:
    """江西 抚州 临川区 部门预算 with a 部门整体 target form and two project forms; rules "cells"."""
    dept = "抚州市临川区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "3,296.80"), ("二、其他收入", "130.00")],
                  [("一、社会保障和就业支出", "3,186.80"), ("二、卫生健康支出", "240.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保保障对象人数", "≥1.8万人", (">=", 1.8, "万人")),
        Ind("产出指标", "数量指标", "养老服务设施建设数", "≥6个", (">=", 6, "个")),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "救助资金按月发放率", "100%", ("=", 100, "%")),
        Ind("成本指标", "经济成本指标", "特困人员集中供养标准", "≥1200元/月", (">=", 1200, "元/月")),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "不断完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%")),
    ]
    widths = [76, 84, 140, 100, 90]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    for c, cs, head, value in ((1, 2, "资金总额", "3,426.80"), (3, 1, "财政拨款", "3,296.80"), (4, 1, "其他资金", "130.00")):
        rows.put(r, c, 1, cs, head)
        rows.put(r + 1, c, 1, cs, value)
    tasks = [("社会救助", "城乡低保、特困供养、临时救助", "2,486.80"), ("养老服务", "居家和社区养老服务设施建设运营", "600.00"),
             ("基层治理", "城乡社区治理和社会组织培育", "340.00")]
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 2, "主要内容")
    rows.put(r, 4, 1, 1, "预算金额（万元）")
    for k, (task, content, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 2, content)
        rows.put(r + k, 4, 1, 1, amount)
    rows.add((0, 1, "年度总体目标"), (1, 4, "兜牢基本民生保障底线，完善养老服务体系，提升基层治理水平。"))
    rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
    doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title="部门（单位）整体支出绩效目标表",
                                editor=f"填报单位：{dept}", kind="dept_performance_targets"), "cells"),
                   fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    projects = [
        ("特困人员救助供养", "临川区社会福利院", ("1,280.00", "1,180.00", "100.00", "0.00"),
         "保障特困人员基本生活，集中供养和分散供养标准按时足额落实。", [
             Ind("产出指标", "数量指标", "集中供养特困人员人数", "≥850人", (">=", 850, "人")),
             Ind("产出指标", "数量指标", "分散供养特困人员人数", "≥2400人", (">=", 2400, "人")),
             Ind("产出指标", "时效指标", "供养资金发放及时率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "特困人员基本生活", "有效保障", Q),
             Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("城乡居民最低生活保障", "抚州市临川区民政局", ("2,016.80", "2,016.80", "", ""),
         "按标准发放城乡低保金，实行动态管理，应保尽保。", [
             Ind("产出指标", "数量指标", "城市低保月人均补助", "≥560元", (">=", 560, "元")),
             Ind("产出指标", "数量指标", "农村低保月人均补助", "≥430元", (">=", 430, "元")),
             Ind("产出指标", "质量指标", "低保动态管理覆盖率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "低保对象生活水平", "稳步提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, unit_name, (total, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for c, head, value in ((1, "资金总额", total), (2, "当年财政拨款", fiscal), (3, "上年结转", carried),
                               (4, "其他资金", other)):
            rows.put(r, c, 1, 1, head)
            rows.put(r + 1, c, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                                    editor=f"填报单位：{dept}"), "cells"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 商丘


def layout_ha_sq_open_direction_value_unit(folder: Path, name: str) -> FileGold:
    """河南 商丘 睢阳区 standalone forms; rules "open"."""
    dept = "商丘市睢阳区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效目标申报表", dept, year)
    projects = [
        ("农村公路养护", "411403250100012", ("860.00", "760.00", "100.00", "0.00"),
         "完成农村公路日常养护1260公里，优良中等路率不低于80%。", [
             Ind("产出指标", "数量指标", "农村公路养护里程", ("≥", "1260", "公里"), (">=", 1260, "公里"), "20"),
             Ind("产出指标", "质量指标", "优良中等路率", ("≥", "80", "%"), (">=", 80, "%"), "15"),
             Ind("产出指标", "时效指标", "水毁路段修复时限", ("≤", "30", "天"), ("<=", 30, "天"), "10"),
             Ind("产出指标", "成本指标", "每公里养护成本", ("≤", "7000", "元"), ("<=", 7000, "元"), "15"),
             Ind("效益指标", "社会效益指标", "农村群众出行条件", ("", "明显改善", ""), Q, "15"),
             Ind("效益指标", "可持续影响指标", "公路养护长效机制", ("", "持续健全", ""), Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("城市公交运营补贴", "411403250100029", ("1,500.00", "1,500.00", "0.00", "0.00"),
         "保障城市公交正常运营，提升公共交通服务水平。", [
             Ind("产出指标", "数量指标", "公交线路运营条数", ("≥", "28", "条"), (">=", 28, "条"), "20"),
             Ind("产出指标", "质量指标", "公交车辆准点率", ("≥", "92", "%"), (">=", 92, "%"), "20"),
             Ind("产出指标", "时效指标", "补贴资金拨付时限", ("≤", "20", "个工作日"), ("<=", 20, "个工作日"), "10"),
             Ind("产出指标", "成本指标", "每车公里补贴标准", ("≤", "3.5", "元"), ("<=", 3.5, "元"), "10"),
             Ind("效益指标", "社会效益指标", "公共交通出行分担率", ("≥", "25", "%"), (">=", 25, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("交通安全设施完善", "411403250100035", ("245.00", "245.00", "", ""),
         "完善农村公路交通标志标线和安全防护设施。", [
             Ind("产出指标", "数量指标", "新增交通标志标牌", ("≥", "320", "块"), (">=", 320, "块"), "25"),
             Ind("产出指标", "质量指标", "安全设施验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "设施安装完工时间", ("", "2025年10月底前", ""), D, "15"),
             Ind("效益指标", "社会效益指标", "道路交通事故起数", ("", "同比下降", ""), Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", ("≥", "88", "%"), (">=", 88, "%"), "15"),
         ]),
    ]
    widths = [36, 54, 64, 110, 44, 70, 50, 34, 28]
    for project, code, (total, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目"), (1, 1, "项目名称"), (2, 3, project), (5, 1, "项目编码"), (6, 3, code))
        rows.add((0, 1, ""), (1, 1, "主管部门"), (2, 3, dept), (5, 1, "项目期限"), (6, 3, "1年"))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金")
        rows.put(r, 1, 1, 2, "资金总额（万元）")
        rows.put(r, 3, 1, 1, total)
        rows.put(r, 4, 1, 2, "其中：财政资金")
        rows.put(r, 6, 1, 3, fiscal)
        rows.put(r + 1, 1, 1, 2, "上年结转（万元）")
        rows.put(r + 1, 3, 1, 1, carried)
        rows.put(r + 1, 4, 1, 2, "其他资金")
        rows.put(r + 1, 6, 1, 3, other)
        rows.add((0, 1, "目标"), (1, 1, "年度目标"), (2, 7, goal))
        r = rows.n
        rows.put(r, 0, len(inds) + 2, 1, "绩效指标")
        for c, head in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (7, "分值"), (8, "备注")):
            rows.put(r, c, 2, 1, head)
        rows.put(r, 4, 1, 3, "指标值")
        for c, head in ((4, "指标方向"), (5, "数值"), (6, "计量单位")):
            rows.put(r + 1, c, 1, 1, head)
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight), (8, 1, "")])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标申报表",
                                    editor=f"申报单位：{dept}", unit_raw="单位：万元"), "open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 宣城


def layout_ah_xc_accounts_self_evals_yuan_pairs(folder: Path, name: str) -> FileGold:
    """安徽 宣城 宣州区 部门决算 with self evaluations in 元; rules "filled", grid header shaded."""
    dept = "宣城市宣州区卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "8,426.35"), ("二、上级补助收入", "312.00")],
                    [("一、卫生健康支出", "8,530.15"), ("二、社会保障和就业支出", "208.20")])
    evals = [
        ("基本公共卫生服务", ("2,860,000.00", "3,120,000.00", "3,046,800.00", "2,920,000.00"),
         ("为辖区居民提供基本公共卫生服务，重点人群健康管理率稳步提高。",
          "建立电子健康档案31.2万份，高血压患者规范管理率64.5%。"), [
             Ind("产出指标", "数量指标", "居民电子健康档案建档人数", "≥30万人", (">=", 30, "万人"), "15", "31.2万人", "15"),
             Ind("产出指标", "数量指标", "孕产妇系统管理人数", "≥2600人", (">=", 2600, "人"), "10", "2580人", "9",
                 "辖区出生人口下降；据实调整目标"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥62%", (">=", 62, "%"), "15", "64.5%", "15"),
             Ind("产出指标", "时效指标", "资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", (">=", 28, "%"), "15", "29.1%", "15"),
             Ind("效益指标", "可持续影响指标", "基本公共卫生服务均等化水平", "持续提高", Q, "10", "持续提高", "10"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "15", "90.2%", "15"),
         ], "优"),
        ("计划生育家庭奖励扶助", ("980,000.00", "980,000.00", "842,800.00", "980,000.00"),
         ("按时足额发放计划生育家庭奖励扶助金。", "扶助对象1436人，资金于6月25日发放到位。"), [
             Ind("产出指标", "数量指标", "奖励扶助对象人数", "≥1500人", (">=", 1500, "人"), "20", "1436人", "17",
                 "部分对象年度资格审核未通过"),
             Ind("产出指标", "质量指标", "扶助资金发放准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "扶助资金发放时间", "2024年6月30日前", D, "15", "2024年6月25日", "15"),
             Ind("效益指标", "社会效益指标", "计划生育家庭生活保障", "有效改善", Q, "20", "有效改善", "16",
                 "扶助标准偏低；争取提标"),
             Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥90%", (">=", 90, "%"), "15", "88%", "13",
                 "政策宣传解读不够"),
         ], "良"),
    ]
    widths = [54, 62, 96, 64, 64, 34, 36, 80]
    for project, (initial, budget, executed, fiscal), goal, inds, grade in evals:
        rate, rate_score, rate_value = _rate_score(budget, executed)
        total = rate_value + sum(float(i.score) for i in inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, dept))
        rows.add((0, 2, "年初预算数（元）"), (2, 2, initial), (4, 3, "全年预算数（元）"), (7, 1, budget))
        rows.add((0, 2, "全年执行数（元）"), (2, 2, executed), (4, 3, "预算执行率"), (7, 1, rate))
        rows.add((0, 2, "其中：财政拨款全年预算数（元）"), (2, 2, fiscal), (4, 3, "执行率得分（10分）"), (7, 1, rate_score))
        rows.add((0, 2, "年度目标"), (2, 6, goal[0]))
        rows.add((0, 2, "实际完成情况"), (2, 6, goal[1]))
        head = rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                            "分值", "得分", "偏差原因及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
        rows.add((0, 5, "绩效等级"), (5, 3, grade))
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                                    editor=f"填报单位：{dept}", kind="performance_self_evaluation"), "filled", (head,)),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 江津


def layout_cq_jj_street_landscape_heads_over_values(folder: Path, name: str) -> FileGold:
    """重庆 江津区 街道 landscape forms over pages, header repeated; rules "cells"."""
    dept = "重庆市江津区几江街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    rule = "完成目标得满分，未完成按完成比例计分"
    projects = [
        ("城市社区治理提升", ("360.00", "120.00", "100.00", "20.00", "0.00"),
         "完善社区网格化治理，开展社区服务活动，提升居民参与度和社区治理能力。", [
             Ind("产出指标", "数量指标", "社区网格员培训", "不少于12次", (">=", 12, "次"), "15", note="全年组织网格员业务培训的次数"),
             Ind("产出指标", "数量指标", "社区服务活动场次", "不少于48场", (">=", 48, "场"), "15", note="各社区开展便民服务和文体活动"),
             Ind("产出指标", "质量指标", "矛盾纠纷调处成功率", "达到95%", (">=", 95, "%"), "15", note="调处成功件数/受理件数"),
             Ind("产出指标", "时效指标", "居民诉求响应时间", "不超过48小时", ("<=", 48, "小时"), "10", note="受理至首次回应"),
             Ind("产出指标", "成本指标", "年度项目支出", "控制在120万元以内", ("<=", 120, "万元"), "10", note="当年预算执行数"),
             Ind("效益指标", "社会效益指标", "社区治理水平", "明显提升", Q, "15", note="与上年比较"),
             Ind("效益指标", "可持续影响指标", "居民参与社区事务比例", "不低于30%", (">=", 30, "%"), "10", note="参与人数/常住人口"),
             Ind("满意度指标", "服务对象满意度指标", "社区居民满意度", "不低于90%", (">=", 90, "%"), "10", note="问卷调查"),
         ]),
        ("老旧小区改造配套", ("540.00", "280.00", "280.00", "0.00", "0.00"),
         "完成辖区7个老旧小区配套设施改造，改善居民居住环境。", [
             Ind("产出指标", "数量指标", "改造小区个数", "7个", ("=", 7, "个"), "20", note="当年完成改造的小区"),
             Ind("产出指标", "数量指标", "加装电梯部数", "不少于10部", (">=", 10, "部"), "10", note="当年投入使用"),
             Ind("产出指标", "质量指标", "工程验收合格率", "达到100%", (">=", 100, "%"), "15", note="验收合格工程/完工工程"),
             Ind("产出指标", "时效指标", "改造完工时间", "2025年11月30日前", D, "10", note="以竣工验收为准"),
             Ind("产出指标", "成本指标", "户均改造成本", "不超过1.2万元", ("<=", 1.2, "万元"), "10", note="改造投入/受益户数"),
             Ind("效益指标", "社会效益指标", "受益居民户数", "不少于2300户", (">=", 2300, "户"), "15", note="改造小区住户"),
             Ind("效益指标", "可持续影响指标", "小区物业管理覆盖率", "不低于80%", (">=", 80, "%"), "10", note="改造后引入物业管理"),
             Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "不低于90%", (">=", 90, "%"), "10", note="问卷调查"),
         ]),
    ]
    widths = [70, 92, 120, 170, 100, 56, 132]
    for project, (total, year_amt, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目单位"), (5, 2, dept))
        rows.add((0, 1, "项目类型"), (1, 3, "特定目标类"), (4, 1, "项目周期"), (5, 2, "2024年-2026年"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for c, cs, head, value in ((1, 1, "项目总额", total), (2, 1, "当年预算", year_amt), (3, 1, "其中：财政拨款", fiscal),
                                   (4, 1, "上年结转", carried), (5, 2, "其他资金", other)):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        head = rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标内容", "指标值",
                                                            "权重（%）", "评分标准"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.note), (4, 1, i.raw), (5, 1, i.weight),
                                                (6, 1, rule)])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                                    editor=f"单位名称：{dept}", unit_raw="单位：万元", landscape=True), "cells"),
                       repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 广安


def layout_sc_ga_hospital_self_eval_sources_total_last(folder: Path, name: str) -> FileGold:
    """四川 广安 广安区 hospital self evaluation; rules "filled"."""
    dept = "广安市广安区人民医院"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    project = "县域医疗卫生次中心建设"
    sources = [("财政拨款", "400.00", "440.00", "425.10"), ("其他资金", "80.00", "80.00", "73.20"),
               ("合计", "480.00", "520.00", "498.30")]
    budget, executed = "520.00", "498.30"
    rate, rate_score, rate_value = _rate_score(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "购置医疗设备数量", "不少于45台", (">=", 45, "台"), "15", "46台", "15"),
        Ind("产出指标", "数量指标", "新增开放床位数", "不少于30张", (">=", 30, "张"), "10", "30张", "10"),
        Ind("产出指标", "质量指标", "设备验收合格率", "达到100%", (">=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "设备安装调试完成时间", "2024年10月31日前", D, "10", "2024年11月20日", "6",
            note="设备厂家供货延迟|加强合同履约管理"),
        Ind("效益指标", "社会效益指标", "县域内就诊率", "不低于90%", (">=", 90, "%"), "15", "91.2%", "15"),
        Ind("效益指标", "可持续影响指标", "设备使用年限", "不少于8年", (">=", 8, "年"), "10", "8年", "10"),
        Ind("满意度指标", "服务对象满意度指标", "患者满意度", "不低于90%", (">=", 90, "%"), "15", "89.5%", "13",
            note="门诊候诊时间偏长|优化预约诊疗流程"),
    ]
    total = rate_value + sum(float(i.score) for i in inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, "广安市广安区卫生健康局"), (5, 2, "实施单位"), (7, 2, dept))
    r = rows.add((0, 2, "资金来源"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"), (5, 2, "分值"),
                 (7, 1, "执行率"), (8, 1, "得分"))
    for k, (label, initial, year_amt, done) in enumerate(sources):
        tail = ("10", rate, rate_score) if label == "合计" else ("—", "—", "—")
        rows.add((0, 2, label), (2, 1, initial), (3, 1, year_amt), (4, 1, done), (5, 2, tail[0]), (7, 1, tail[1]),
                 (8, 1, tail[2]))
    rows.add((0, 2, "年度目标"), (2, 7, "建成县域医疗卫生次中心，购置医疗设备45台，新增开放床位30张。"))
    rows.add((0, 2, "目标完成情况"), (2, 7, "购置设备46台，新增床位30张，设备于11月20日完成调试。"))
    head = rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                        "分值", "得分", "偏差原因", "改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note.split("|")[0]),
                                            (8, 1, i.note.split("|")[-1] if i.note else "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, "自评等级"), (8, 1, "优秀"))
    doc.pages.grid(_ruled(_spec(rows.cells, rows.n, [50, 54, 86, 80, 60, 30, 36, 47, 47], title="项目支出绩效自评表",
                                editor=f"（{year}年度）", unit_raw="金额单位：万元", kind="performance_self_evaluation"),
                          "filled", (r, head)), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, round(total, 2), "优")
    doc.gold.project(project, "万元", year=budget, fiscal="440.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 黔西南


def layout_gz_qxn_school_budget_two_forms_transfer(folder: Path, name: str) -> FileGold:
    """贵州 黔西南州 兴义市 school 部门预算, short forms two a page; rules "cells"."""
    dept = "兴义市第三中学"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "1,684.25"), ("二、事业收入", "70.00")],
                  [("一、教育支出", "1,612.45"), ("二、社会保障和就业支出", "141.80")])
    projects = [
        ("学生资助", ("386000.00", "386000.00", "316000.00", "0.00"),
         "落实家庭经济困难学生资助政策，确保应助尽助。", [
             Ind("产出指标", "数量指标", "资助学生人数", "≥420人", (">=", 420, "人"), "30"),
             Ind("产出指标", "质量指标", "资助资金发放准确率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "资助资金发放时间", "2025年11月30日前", D, "15"),
             Ind("效益指标", "社会效益指标", "家庭经济困难学生辍学率", "0%", ("=", 0, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", (">=", 95, "%"), "15"),
         ]),
        ("校舍维修改造", ("520000.00", "450000.00", "0.00", "70000.00"),
         "完成教学楼和学生宿舍维修改造，消除校舍安全隐患。", [
             Ind("产出指标", "数量指标", "维修改造面积", "≥1800平方米", (">=", 1800, "平方米"), "30"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "维修改造完工时间", "2025年8月25日前", D, "15"),
             Ind("效益指标", "社会效益指标", "校舍安全隐患", "全部消除", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("教学设备购置", ("248500.00", "248500.00", "0.00", "0.00"),
         "购置多媒体教学设备，提升课堂信息化教学水平。", [
             Ind("产出指标", "数量指标", "购置多媒体教学设备", "≥36套", (">=", 36, "套"), "30"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "设备采购完成时间", "2025年9月1日前", D, "15"),
             Ind("效益指标", "社会效益指标", "信息化教学覆盖率", "≥90%", (">=", 90, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [80, 92, 126, 112, 80]
    for k, (project, (year_amt, fiscal, transfer, other), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目单位"), (4, 1, dept))
        rows.add((0, 1, "年度资金总额（元）"), (1, 1, "财政拨款（元）"), (2, 1, "其中：上级转移支付（元）"),
                 (3, 1, "其他资金（元）"), (4, 1, "项目期限"))
        rows.add((0, 1, year_amt), (1, 1, fiscal), (2, 1, transfer), (3, 1, other), (4, 1, "2025年度"))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                                    editor=f"部门（单位）：{dept}"), "cells"), fresh_page=k % 2 == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


BLIND63: dict[str, Builder] = {
    "hub_es_budget_source_lines_weights": layout_hub_es_budget_source_lines_weights,
    "hun_sy_accounts_open_self_evals": layout_hun_sy_accounts_open_self_evals,
    "gd_cz_two_forms_a_page_yuan_pairs": layout_gd_cz_two_forms_a_page_yuan_pairs,
    "gx_hc_turned_list_column_numbers_sources": layout_gx_hc_turned_list_column_numbers_sources,
    "jx_fz_budget_dept_wide_then_projects": layout_jx_fz_budget_dept_wide_then_projects,
    "ha_sq_open_direction_value_unit": layout_ha_sq_open_direction_value_unit,
    "ah_xc_accounts_self_evals_yuan_pairs": layout_ah_xc_accounts_self_evals_yuan_pairs,
    "cq_jj_street_landscape_heads_over_values": layout_cq_jj_street_landscape_heads_over_values,
    "sc_ga_hospital_self_eval_sources_total_last": layout_sc_ga_hospital_self_eval_sources_total_last,
    "gz_qxn_school_budget_two_forms_transfer": layout_gz_qxn_school_budget_two_forms_transfer,
}
SETS: dict[str, dict[str, Builder]] = {"blind63": BLIND63}


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
    """Write every layout of ``which`` ("blind63") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
