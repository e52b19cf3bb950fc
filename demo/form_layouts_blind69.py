"""BLIND69 performance forms: ten layouts as 浙江, 江苏, 安徽, 福建, 江西, 湖北, 湖南, 广东, 广西 and
海南 finance bureaus' budget-management systems print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表 (2024 决算 / 2025 预算), written by an author who had
read neither the form reader nor the earlier blind sets (only the gold helpers and page composer of
``form_layouts``, the gold conventions of BLIND9's docstring and the real disclosures). Each layout
writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is written by
hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

zj_cx_budget_targets_fund_source_grid  浙江 慈溪 部门预算 (rules "filled", shaded heads): budget
        tables, then one 项目支出绩效目标表 per project, a 资金来源（万元） label merged over a
        heads row 资金总额 | 其中：财政拨款 | 上年结转 | 其他资金 and an amounts row, grid
        一级 | 二级 | 三级 | 指标值 | 指标值说明, targets glued (≥ ≤) and words (不低于)
js_zjg_final_accounts_dept_and_project_self_evals  江苏 张家港 部门决算 (rules "cells"): accounts
        tables, a 部门整体支出绩效自评表 with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
        over 年度资金总额 / 其中：基本支出 / 项目支出, then two 项目支出绩效自评表 whose heads carry
        the unit (年初预算数（万元）), rows 年度资金总额 / 其中：财政拨款 / 其他资金, 总分 with two
        decimals, 自评等级
ah_tl_budget_landscape_list_many_projects  安徽 铜陵 district 部门预算 (rules "filled", shaded
        header): budget tables, then one landscape 项目支出绩效目标表 listing four projects: 序号 |
        项目名称 | 资金总额 | 其中：财政拨款 | 其他资金 (万元 in the editor line) | 年度绩效目标 | 一级 |
        二级 | 三级 | 指标值, project cells merged over their indicators, a column-number row
fj_jj_split_nature_yuan_stacked_two_pages  福建 晋江 (rules "open"): standalone 项目支出绩效目标表
        in 元, money stacked (资金总额 / 其中：财政拨款 / 其他资金 / 上年结转) beside a merged 项目资金（元）
        label, grid 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重（%）, the second form running
        onto the next page with its grid header repeated
jx_rj_town_short_forms_label_pairs  江西 瑞金 镇 (rules "cells"): three short forms running down the
        pages, money as label | value pairs in 元 (年度资金总额（元） | … | 其中：财政拨款（元） | …),
        grid 一级 | 二级 | 三级 | 指标值, a deadline, 达到 N
hub_xt_budget_dept_wide_then_project_period_money  湖北 仙桃 部门预算 (rules "open"): budget
        tables, a 部门整体支出绩效目标表 in the 运行成本 / 管理效率 / 履职效能 / 社会效应 framework with
        its own money (no project), then project forms with 实施期资金总额 | 年度资金总额 | 其中：财政拨款 |
        其他资金, a 绩效指标 label merged down column 0
hun_hh_turned_self_evals_grade_words  湖南 怀化 district (pages turned by /Rotate, rules "filled",
        shaded heads): two 项目支出绩效自评表 on landscape pages, 项目资金（万元） merged over
        年度资金总额 / 其中：财政拨款 / 上年结转资金 (blank) / 其他资金, grade words 优秀 / 良好
gd_sw_budget_label_value_yuan_weights  广东 汕尾 district 部门预算 (rules "cells"): budget tables,
        then 项目绩效目标表 with label | value money in 元 with separators (项目总金额（元） /
        其中：财政资金（元） / 其他资金（元）), grid 一级 | 二级 | 三级 | 指标内容 | 指标值 | 权重（%）
gx_fcg_street_final_accounts_short_self_evals  广西 防城港 街道 部门决算 (rules "filled"): accounts
        tables, a short 部门整体支出绩效自评表 with money heads over one values row, then a
        项目支出绩效自评表 in 元 (年度资金总额 / 其中：财政拨款 rows), 自评等级 below its label
hi_cm_two_forms_a_page_ranges_deadlines  海南 澄迈 县 (rules "cells"): three 项目支出绩效目标表 two
        to a page, money heads 项目资金总额（万元） | 财政拨款（万元） | 上年结转（万元） | 其他资金（万元）
        over a values row (a printed 0.00 上年结转), ranges, a deadline, 控制在 N 以内

Gold conventions: BLIND9's docstring, and the money rulings of its addenda: fiscal = the
财政拨款 / 财政资金 figure as printed; carried = the 上年结转 figure printed (a printed 0.00 is
0.00; a blank prints nothing); 实施期资金总额 is ``total`` beside the year's 年度资金总额; 达到 N
reads ">="; 控制在 N 以内 reads "<="; 指标性质 / 指标值 / 度量单位 cells are joined in reading order
("≥95%", "定性有效提升"). A self evaluation's score is its printed 总分; its project's money is
year = 全年预算数 of 年度资金总额, fiscal = 全年预算数 of 其中：财政拨款, carried none.

Re-ruled after the set's first run, to the standing convention (BLIND9's docstring: a deadline
stays raw with no comparator; BLIND42 and BLIND46 likewise): the author had read "每学期结束前"
(资金发放时间) as a qualitative state; it is a deadline, the end of each school term.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支预算总表, 项目支出表 and the 说明 that
    heads the performance forms. lines: (收入项目, 预算数, 支出项目, 预算数) in 万元."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}贯彻落实党中央、国务院和省委、省政府决策部署，履行本部门法定职责。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属二级预算单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹安排资金，确保重点工作顺利推进。",
    ])
    body = [plain_row(list(line)) for line in lines]
    doc.pages.table(TableSpec("收支预算总表", "budget_summary", "单位：万元", "wan_yuan", f"编制部门：{dept}",
                              [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body,
                              ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("一般公共预算“三公”经费支出表", "three_public", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [110, 80, 110, 110, 110],
                              [(0, 0, 1, 1, "合计"), (0, 1, 1, 1, "因公出国（境）费"), (0, 2, 1, 1, "公务接待费"),
                               (0, 3, 1, 1, "公务用车购置费"), (0, 4, 1, 1, "公务用车运行维护费")], 1,
                              [plain_row(["18.60", "0.00", "3.20", "0.00", "15.40"])], ["r"] * 5))
    doc.pages.text_page("第四部分  绩效目标", [
        f"按照预算绩效管理工作要求，{dept}{year}年所有项目支出均编制了绩效目标，"
        "现将重点项目绩效目标公开如下。"])


def _self_eval_total(budget: str, executed: str, inds: list[Ind]) -> tuple[str, str, float]:
    """执行率, its score (10 at most) and the 总分 of a self evaluation, as printed."""
    rate = float(executed.replace(",", "")) / float(budget.replace(",", ""))
    rate_score = min(10.0, round(rate * 10, 2))
    total = round(rate_score + sum(float(i.score) for i in inds), 2)
    return f"{rate * 100:.2f}%", f"{rate_score:.2f}", total


def _ruled(spec: TableSpec, rules: str, shaded: tuple[int, ...] = ()) -> TableSpec:
    return dataclasses.replace(spec, rules=rules, shaded_rows=shaded)


# --------------------------------------------------------------------------- 浙江 慈溪


def layout_zj_cx_budget_targets_fund_source_grid(folder: Path, name: str) -> FileGold:
    """浙江 慈溪 部门预算, rules "filled", shaded money heads and grid header."""
    dept = "慈溪市农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "12,860.40", "一、农林水支出", "13,512.60"),
                                    ("二、政府性基金预算拨款收入", "420.00", "二、社会保障和就业支出", "186.30"),
                                    ("三、上年结转", "418.50", "", "")])
    projects = [
        ("高标准农田建设及管护", "330282250000000012", "慈溪市农田水利服务中心",
         ("1,280.00", "1,060.00", "180.00", "40.00"),
         "完成高标准农田建设1.2万亩，开展已建农田设施管护，提高粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), note="以验收面积为准"),
             Ind("产出指标", "数量指标", "农田设施管护面积", "≥8.5万亩", (">=", 8.5, "万亩")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度建设任务完成时间", "2025年11月底前", (None, None, None)),
             Ind("效益指标", "经济效益指标", "亩均粮食产能提升", "不低于50公斤", (">=", 50, "公斤")),
             Ind("效益指标", "可持续影响指标", "建后管护机制", "长效运行", Q),
             Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村生活污水处理设施运维", "330282250000000047", "慈溪市农业农村局",
         ("615.00", "615.00", "", "0.00"),
         "保障全市农村生活污水处理终端正常运行，出水达标率稳步提升。", [
             Ind("产出指标", "数量指标", "运维处理终端数量", "≥1260个", (">=", 1260, "个")),
             Ind("产出指标", "质量指标", "终端出水水质达标率", "≥95%", (">=", 95, "%"), note="按季度抽检"),
             Ind("产出指标", "时效指标", "故障设施修复时限", "≤72小时", ("<=", 72, "小时")),
             Ind("产出指标", "成本指标", "单个终端年均运维费用", "≤0.49万元", ("<=", 0.49, "万元")),
             Ind("效益指标", "生态效益指标", "农村水环境质量", "持续改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "不低于92%", (">=", 92, "%")),
             Ind("效益指标", "社会效益指标", "农村人居环境", "明显改善", Q),
         ]),
    ]
    first = True
    for project, code, unit_name, money, goal, inds in projects:
        inds = sorted(inds, key=lambda i: ["产出指标", "效益指标", "满意度指标"].index(i.l1))
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "项目属性"), (1, 3, "延续性项目"), (4, 1, "项目期限"), (5, 3, f"{year}年1月—{year}年12月"))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（万元）")
        rows.put(r, 1, 1, 2, "资金总额")
        rows.put(r, 3, 1, 2, "其中：财政拨款")
        rows.put(r, 5, 1, 1, "上年结转")
        rows.put(r, 6, 1, 2, "其他资金")
        rows.put(r + 1, 1, 1, 2, money[0])
        rows.put(r + 1, 3, 1, 2, money[1])
        rows.put(r + 1, 5, 1, 1, money[2])
        rows.put(r + 1, 6, 1, 2, money[3])
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"),
                        (6, 2, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 2, i.note)])
        spec = _spec(rows.cells, rows.n, [70, 62, 62, 62, 62, 62, 62, 70], title="项目支出绩效目标表",
                     editor=f"（{year}年度）")
        doc.pages.grid(_ruled(spec, "filled", (r, head)), fresh_page=first)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1], carried=money[2] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 张家港


def _js_project_self_eval(doc: FormDoc, project: str, unit_name: str, money: tuple[str, str, str, str, str, str],
                          goal: tuple[str, str], inds: list[Ind], grade: str) -> None:
    """money: 年初 / 全年预算 / 执行 of 年度资金总额, then 全年预算 / 执行 of 财政拨款 and 其他资金's 全年预算."""
    initial, budget, executed, fiscal, fiscal_exec, other = money
    rate, rate_score, total = _self_eval_total(budget, executed, inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, doc.gold.department), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    other_exec = f"{float(executed.replace(',', '')) - float(fiscal_exec.replace(',', '')):,.2f}"
    lines = (("年度资金总额", initial, budget, executed, "10", rate, rate_score),
             ("其中：财政拨款", initial, fiscal, fiscal_exec, "—", "—", "—"),
             ("其他资金", "0.00", other, other_exec, "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
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
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [40, 50, 58, 78, 60, 60, 40, 44, 96], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
    doc.gold.project(project, "万元", year=budget, fiscal=fiscal)


def layout_js_zjg_final_accounts_dept_and_project_self_evals(folder: Path, name: str) -> FileGold:
    """江苏 张家港 部门决算, rules "cells"."""
    dept = "张家港市教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "96,480.25"), ("二、事业收入", "3,216.80"),
                                      ("三、其他收入", "412.36")],
                    [("一、教育支出", "95,902.17"), ("二、社会保障和就业支出", "4,207.24")])
    inds = [
        Ind("产出指标", "数量指标", "新改扩建校舍面积", "≥3.6万平方米", (">=", 3.6, "万平方米"), "15", "3.8万平方米", "15"),
        Ind("产出指标", "数量指标", "教师培训人次", "≥5000人次", (">=", 5000, "人次"), "10", "5320人次", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥99%", (">=", 99, "%"), "10", "99.6%", "10"),
        Ind("产出指标", "时效指标", "资助资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "“三公”经费控制", "只减不增", Q, "5", "较上年下降4.2%", "5"),
        Ind("效益指标", "社会效益指标", "优质教育资源覆盖面", "持续扩大", Q, "15", "持续扩大", "14"),
        Ind("效益指标", "可持续影响指标", "集团化办学覆盖率", "≥80%", (">=", 80, "%"), "10", "76%", "8",
            "新建学校尚未纳入教育集团，下年度加快整合"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥92%", (">=", 92, "%"), "15", "94.3%", "15"),
    ]
    budget, executed = "101,360.00", "100,109.41"
    rate, rate_score, total = _self_eval_total(budget, executed, inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度预算执行情况（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    lines = (("年度资金总额", "98,250.00", budget, executed, "10", rate, rate_score),
             ("其中：基本支出", "61,420.00", "62,105.00", "62,098.36", "—", "—", "—"),
             ("项目支出", "36,830.00", "39,255.00", "38,011.05", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 2 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, "推进学前教育普惠发展和义务教育优质均衡，完成校舍建设和教师培训任务。")
    rows.put(r + 1, 5, 1, 4, "新增学位4200个，完成教师培训5320人次，义务教育优质均衡创建通过省级评估。")
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [40, 50, 58, 78, 60, 60, 40, 44, 96], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")
    _js_project_self_eval(
        doc, "学生资助资金", "张家港市学生资助管理中心",
        ("1,850.00", "1,920.00", "1,907.56", "1,920.00", "1,907.56", "0.00"),
        ("落实各学段学生资助政策，做到应助尽助。", "资助学生1.26万人次，资金全部按时足额发放。"), [
            Ind("产出指标", "数量指标", "资助学生人次", "≥1.2万人次", (">=", 1.2, "万人次"), "20", "1.26万人次", "20"),
            Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "资金发放时间", "每学期结束前", (None, None, None), "10", "按时发放", "10"),  # a deadline stays raw (re-ruled, see the docstring)
            Ind("效益指标", "社会效益指标", "家庭经济困难学生因贫失学率", "0%", ("=", 0, "%"), "20", "0%", "20"),
            Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", (">=", 95, "%"), "20", "96.1%", "20"),
        ], "优")
    _js_project_self_eval(
        doc, "校园安全技防设施改造", "张家港市教育装备与勤工俭学管理中心",
        ("680.00", "760.00", "702.15", "700.00", "651.80", "60.00"),
        ("完成62所学校安防监控和一键报警系统改造。", "完成58所学校改造，4所学校因施工窗口期顺延至2025年。"), [
            Ind("产出指标", "数量指标", "改造学校数量", "62所", ("=", 62, "所"), "20", "58所", "15",
                "暑期施工窗口不足，4所学校顺延实施"),
            Ind("产出指标", "质量指标", "系统联网接入率", "≥98%", (">=", 98, "%"), "20", "98.5%", "20"),
            Ind("产出指标", "时效指标", "项目完工时间", "2024年12月31日前", (None, None, None), "10", "部分顺延", "5",
                "加强项目前期谋划，提前锁定施工时段"),
            Ind("效益指标", "社会效益指标", "校园安全事件发生率", "同比下降", Q, "20", "同比下降18%", "20"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "20", "91.2%", "20"),
        ], "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 铜陵


def layout_ah_tl_budget_landscape_list_many_projects(folder: Path, name: str) -> FileGold:
    """安徽 铜陵 district 部门预算, one landscape list of four projects, rules "filled", shaded header."""
    dept = "铜陵市铜官区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "8,642.18", "一、城乡社区支出", "8,905.33"),
                                    ("二、其他收入", "263.15", "", "")])
    projects = [
        ("城区环卫保洁服务购买", ("3,260.00", "3,260.00", "0.00"),
         "保障城区道路、公厕日常保洁，道路机械化清扫率稳步提升。", [
             Ind("产出指标", "数量指标", "保洁道路面积", "不少于620万平方米", (">=", 620, "万平方米")),
             Ind("产出指标", "质量指标", "道路机械化清扫率", "不低于85%", (">=", 85, "%")),
             Ind("效益指标", "社会效益指标", "城区市容环境", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("城市照明设施维护", ("486.50", "436.50", "50.00"),
         "维护城区路灯及景观照明设施，亮灯率保持较高水平。", [
             Ind("产出指标", "数量指标", "维护路灯数量", "≥12800盏", (">=", 12800, "盏")),
             Ind("产出指标", "质量指标", "主干道亮灯率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "故障报修处理时限", "≤24小时", ("<=", 24, "小时")),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("生活垃圾分类运营补助", ("728.00", "728.00", "0.00"),
         "推进生活垃圾分类全覆盖，回收利用率达到既定目标。", [
             Ind("产出指标", "数量指标", "分类覆盖小区数", "≥168个", (">=", 168, "个")),
             Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", "高于38%", (">", 38, "%")),
             Ind("效益指标", "可持续影响指标", "分类长效机制", "逐步健全", Q),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "不低于88%", (">=", 88, "%")),
         ]),
        ("数字城管平台运行维护", ("215.00", "215.00", "0.00"),
         "保障数字城管平台稳定运行，案件按期结案率不低于95%。", [
             Ind("产出指标", "数量指标", "平台受理案件数", "≥4.5万件", (">=", 4.5, "万件")),
             Ind("产出指标", "质量指标", "案件按期结案率", "不低于95%", (">=", 95, "%")),
             Ind("产出指标", "成本指标", "平台运维成本", "不高于215万元", ("<=", 215, "万元")),
             Ind("效益指标", "社会效益指标", "城市管理精细化水平", "有效提升", Q),
         ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "资金总额", "其中：财政拨款", "其他资金",
                                                 "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"))])
    rows.add(*[(k, 1, str(k + 1)) for k in range(10)])
    for n, (project, money, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for col, text in enumerate((str(n), project, *money, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    spec = _spec(rows.cells, rows.n, [30, 90, 58, 62, 52, 118, 58, 82, 110, 94], title=f"{year}年项目支出绩效目标表",
                 editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True)
    doc.pages.grid(_ruled(spec, "filled", (0, 1)), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 晋江


def layout_fj_jj_split_nature_yuan_stacked_two_pages(folder: Path, name: str) -> FileGold:
    """福建 晋江 standalone 项目支出绩效目标表 in 元, rules "open", second form over two pages."""
    dept = "晋江市卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(f"{dept}", 24), (f"{year}年度项目支出绩效目标表", 20)])
    projects = [
        ("基本公共卫生服务补助", "350582-2025-0031", "晋江市疾病预防控制中心",
         ("18,600,000.00", "17,400,000.00", "1,200,000.00", ""),
         "为辖区常住居民免费提供国家基本公共卫生服务项目，重点人群健康管理率稳步提升。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", ("≥", "9.2", "万人"), (">=", 9.2, "万人"), "15"),
             Ind("产出指标", "数量指标", "高血压患者规范管理人数", ("≥", "6.8", "万人"), (">=", 6.8, "万人"), "10"),
             Ind("产出指标", "质量指标", "居民电子健康档案建档率", ("≥", "90", "%"), (">=", 90, "%"), "15"),
             Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", ("≥", "95", "%"), (">=", 95, "%"), "10"),
             Ind("产出指标", "时效指标", "补助资金拨付时间", ("≤", "30", "个工作日"), ("<=", 30, "个工作日"), "10"),
             Ind("产出指标", "成本指标", "人均基本公共卫生服务补助标准", ("＝", "94", "元"), ("=", 94, "元"), "10"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", ("定性", "有效提升", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "15"),
         ]),
        ("乡镇卫生院标准化建设", "350582-2025-0058", "晋江市卫生健康局",
         ("6,450,000.00", "5,000,000.00", "650,000.00", "800,000.00"),
         "完成4所乡镇卫生院业务用房改造和医疗设备配置，提升基层医疗服务能力，"
         "推动优质医疗资源下沉，群众在基层就医的获得感进一步增强。", [
             Ind("产出指标", "数量指标", "改造卫生院数量", ("＝", "4", "所"), ("=", 4, "所"), "10"),
             Ind("产出指标", "数量指标", "业务用房改造面积", ("≥", "5600", "平方米"), (">=", 5600, "平方米"), "10"),
             Ind("产出指标", "数量指标", "购置医疗设备台（套）数", ("≥", "120", "台（套）"), (">=", 120, "台(套)"), "10"),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
             Ind("产出指标", "质量指标", "设备安装调试合格率", ("＝", "100", "%"), ("=", 100, "%"), "5"),
             Ind("产出指标", "时效指标", "工程完工时间", ("≤", "10", "个月"), ("<=", 10, "个月"), "10"),
             Ind("产出指标", "成本指标", "单位面积改造成本", ("≤", "850", "元/平方米"), ("<=", 850, "元/平方米"), "5"),
             Ind("效益指标", "社会效益指标", "基层医疗卫生机构诊疗人次占比", ("≥", "60", "%"), (">=", 60, "%"), "10"),
             Ind("效益指标", "社会效益指标", "群众就近就医条件", ("定性", "明显改善", ""), Q, "5"),
             Ind("效益指标", "可持续影响指标", "设备使用年限", ("≥", "8", "年"), (">=", 8, "年"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "就诊患者满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", ("≥", "85", "%"), (">=", 85, "%"), "5"),
         ]),
    ]
    first = True
    for project, code, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目信息"), (1, 1, "项目名称"), (2, 3, project), (5, 1, "项目编码"), (6, 2, code))
        rows.add((0, 1, ""), (1, 1, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "")
        rows.put(r, 1, 4, 1, "项目资金（元）")
        for k, label in enumerate(("资金总额", "其中：财政拨款", "其他资金", "上年结转")):
            rows.put(r + k, 2, 1, 2, label)
            rows.put(r + k, 4, 1, 2, money[k])
            rows.put(r + k, 6, 1, 2, "")
        rows.add((0, 1, ""), (1, 1, "年度绩效目标"), (2, 6, goal))
        r0 = rows.n
        head = rows.add((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标性质"),
                        (5, 1, "指标值"), (6, 1, "度量单位"), (7, 1, "权重（%）"))
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight)])
        rows.put(r0, 0, len(inds) + 1, 1, "绩效指标")
        spec = _spec(rows.cells, rows.n, [36, 58, 62, 118, 48, 58, 62, 72], title="项目支出绩效目标表",
                     editor=f"填报单位：{unit_name}", unit_raw="金额单位：元")
        doc.pages.grid(_ruled(spec, "open"), repeat=(head, 1), fresh_page=first)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=money[1], carried=money[3] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 瑞金


def layout_jx_rj_town_short_forms_label_pairs(folder: Path, name: str) -> FileGold:
    """江西 瑞金 镇 short forms, rules "cells"."""
    dept = "瑞金市壬田镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("农村人居环境整治", ("850,000.00", "850,000.00"), "完成全镇18个行政村环境整治，村庄保洁常态化。", [
            Ind("产出指标", "数量指标", "整治行政村数量", "18个", ("=", 18, "个")),
            Ind("产出指标", "质量指标", "农村生活垃圾收运处置率", "达到95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "整治任务完成时间", "2025年11月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "村容村貌", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("红色旅游景点管护", ("320,000.00", "280,000.00"), "做好辖区红色旧址日常管护和讲解服务。", [
            Ind("产出指标", "数量指标", "管护旧址数量", "≥6处", (">=", 6, "处")),
            Ind("产出指标", "数量指标", "开展宣讲活动场次", "≥24场", (">=", 24, "场")),
            Ind("产出指标", "质量指标", "旧址完好率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "接待参观人次", "≥8万人次", (">=", 8, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%", (">=", 92, "%")),
        ]),
        ("防汛抗旱物资储备", ("150,000.00", "150,000.00"), "储备防汛抢险物资，保障汛期应急处置需要。", [
            Ind("产出指标", "数量指标", "储备物资品种", "≥12类", (">=", 12, "类")),
            Ind("产出指标", "数量指标", "开展防汛演练次数", "不少于2次", (">=", 2, "次")),
            Ind("产出指标", "时效指标", "物资调拨到位时间", "≤2小时", ("<=", 2, "小时")),
            Ind("效益指标", "社会效益指标", "汛期人员伤亡事故", "零发生", Q),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    first = True
    for project, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "实施单位"), (1, 5, dept))
        rows.add((0, 1, "年度资金总额（元）"), (1, 2, money[0]), (3, 1, "其中：财政拨款（元）"), (4, 2, money[1]))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [96, 80, 80, 80, 80, 80], title="项目支出绩效目标表"),
                       fresh_page=first, gap=26)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 仙桃


def layout_hub_xt_budget_dept_wide_then_project_period_money(folder: Path, name: str) -> FileGold:
    """湖北 仙桃 部门预算, rules "open": 部门整体 target form, then project forms."""
    dept = "仙桃市民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "21,356.72", "一、社会保障和就业支出", "21,908.10"),
                                    ("二、政府性基金预算拨款收入", "551.38", "", "")])
    dept_inds = [
        Ind("运行成本", "公用经费控制", "“三公”经费变动率", "≤0", ("<=", 0, None)),
        Ind("管理效率", "预算执行", "预算执行率", "≥95%", (">=", 95, "%")),
        Ind("管理效率", "预算管理", "结转结余率", "≤5%", ("<=", 5, "%")),
        Ind("管理效率", "资产管理", "固定资产利用率", "≥90%", (">=", 90, "%")),
        Ind("履职效能", "核心业务产出", "城乡低保对象保障人数", "≥2.1万人", (">=", 2.1, "万人")),
        Ind("履职效能", "核心业务产出", "特困人员集中供养率", "≥45%", (">=", 45, "%")),
        Ind("社会效应", "社会效益指标", "困难群众基本生活", "有效保障", Q),
        Ind("社会效应", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算（万元）")
    for k, head in enumerate(("资金总额", "一般公共预算", "政府性基金预算", "其他资金")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.put(r, 5, 1, 1, "")
    for k, v in enumerate(("21,908.10", "21,356.72", "551.38", "0.00")):
        rows.put(r + 1, 1 + k, 1, 1, v)
    rows.put(r + 1, 5, 1, 1, "")
    rows.add((0, 1, "年度总体目标"), (1, 5, "兜牢基本民生保障底线，健全分层分类社会救助体系，提升养老服务和基层治理水平。"))
    r0 = rows.n
    rows.add((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
    _grid_rows(rows, dept_inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, "")])
    rows.put(r0, 0, len(dept_inds) + 1, 1, "绩效指标")
    spec = _spec(rows.cells, rows.n, [60, 76, 96, 126, 86, 66], title="部门整体支出绩效目标表",
                 editor=f"（{year}年度）")
    doc.pages.grid(_ruled(spec, "open"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("社区养老服务设施建设（2024-2026年）", ("900.00", "300.00", "300.00", "0.00"), "2024-2026年",
         "年内新建社区养老服务中心6个，提升居家社区养老服务供给能力。", [
             Ind("产出指标", "数量指标", "新建社区养老服务中心", "6个", ("=", 6, "个")),
             Ind("产出指标", "质量指标", "建设项目验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度建设任务完成率", "≥90%", (">=", 90, "%")),
             Ind("效益指标", "社会效益指标", "老年人就近养老服务可及性", "明显提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("困难残疾人生活补贴和重度残疾人护理补贴", ("1,180.00", "1,180.00", "1,080.00", "100.00"), "2025年",
         "按标准足额发放两项补贴，保障残疾人基本生活。", [
             Ind("产出指标", "数量指标", "补贴发放人数", "≥1.5万人", (">=", 1.5, "万人")),
             Ind("产出指标", "质量指标", "补贴对象认定准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "补贴按月发放率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "护理补贴标准", "80元/人·月", ("=", 80, "元/人·月")),
             Ind("效益指标", "社会效益指标", "残疾人生活保障水平", "稳步提高", Q),
         ]),
    ]
    for project, money, period, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施期限"), (5, 1, period))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目类型"), (5, 1, "专项业务类"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, head in enumerate(("实施期资金总额", "年度资金总额", "其中：财政拨款", "其他资金")):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, money[k])
        rows.put(r, 5, 2, 1, "")
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        r0 = rows.n
        rows.add((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, "")])
        rows.put(r0, 0, len(inds) + 1, 1, "绩效指标")
        spec = _spec(rows.cells, rows.n, [60, 76, 96, 126, 86, 66], title="项目支出绩效目标表",
                     editor=f"（{year}年度）")
        doc.pages.grid(_ruled(spec, "open"), fresh_page=False)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=money[0], year=money[1], fiscal=money[2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 怀化


def layout_hun_hh_turned_self_evals_grade_words(folder: Path, name: str) -> FileGold:
    """湖南 怀化 district self evaluations on pages turned by /Rotate, rules "filled", shaded heads."""
    dept = "怀化市鹤城区交通运输局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("农村公路安全生命防护工程", "怀化市鹤城区公路建设养护中心",
         ("560.00", "640.00", "612.48", "600.00", "40.00"), "优秀", "优",
         ("完成农村公路安防工程85公里，消除一批安全隐患路段。", "完成安防工程88公里，整治隐患路段42处。"), [
             Ind("产出指标", "数量指标", "安防工程实施里程", "≥85公里", (">=", 85, "公里"), "20", "88公里", "20"),
             Ind("产出指标", "质量指标", "交工验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "工程完工时间", "2024年10月底前", (None, None, None), "10", "2024年10月25日", "10"),
             Ind("产出指标", "成本指标", "每公里建设成本", "≤7.5万元", ("<=", 7.5, "万元"), "10", "6.96万元", "10"),
             Ind("效益指标", "社会效益指标", "农村公路交通事故起数", "同比下降", Q, "15", "同比下降11.3%", "15"),
             Ind("效益指标", "可持续影响指标", "防护设施使用年限", "≥10年", (">=", 10, "年"), "10", "10年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
         ]),
        ("城乡客运公交化改造补助", "怀化市鹤城区道路运输服务中心",
         ("300.00", "300.00", "246.90", "300.00", ""), "良好", "良",
         ("完成6条城乡客运线路公交化改造，稳定城乡客运服务。", "完成5条线路改造，1条线路因车辆采购延迟未投运。"), [
             Ind("产出指标", "数量指标", "公交化改造线路", "6条", ("=", 6, "条"), "20", "5条", "14",
                 "新能源车辆采购延迟，已于次年一季度投运"),
             Ind("产出指标", "质量指标", "车辆准点率", "≥90%", (">=", 90, "%"), "15", "91.5%", "15"),
             Ind("产出指标", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("效益指标", "社会效益指标", "建制村通客车率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("效益指标", "经济效益指标", "群众出行成本", "有所降低", Q, "10", "票价下降20%", "10"),
             Ind("效益指标", "可持续影响指标", "线路持续运营", "稳定运营", Q, "10", "4条稳定运营", "6",
                 "客流偏少线路运营压力较大"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
         ]),
    ]
    for project, unit_name, money, grade_word, grade, goal, inds in projects:
        initial, budget, executed, fiscal, other = money
        rate, rate_score, total = _self_eval_total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金（万元）")
        rows.put(r, 2, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 4 + k, 1, 1, head)
        lines = (("年度资金总额", initial, budget, executed, "10", rate, rate_score),
                 ("其中：财政拨款", initial, fiscal, executed if not other else "590.20", "—", "—", "—"),
                 ("上年结转资金", "", "", "", "—", "—", "—"),
                 ("其他资金", "", other, "22.28" if other else "", "—", "—", "—"))
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
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"),
                        (5, 1, "实际完成值"), (6, 1, "分值"), (7, 1, "得分"), (8, 2, "偏差原因分析及改进措施"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 2, i.note)])
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, "自评等级"), (9, 1, grade_word))
        spec = _spec(rows.cells, rows.n, [60, 90, 80, 70, 84, 84, 60, 60, 76, 76], title="项目支出绩效自评表",
                     editor=f"（{year}年度）", landscape=True, kind="performance_self_evaluation")
        doc.pages.grid(_ruled(spec, "filled", (2, head)), repeat=(head, 1), fresh_page=True, turned=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 汕尾


def layout_gd_sw_budget_label_value_yuan_weights(folder: Path, name: str) -> FileGold:
    """广东 汕尾 district 部门预算, money label | value in 元, rules "cells"."""
    dept = "汕尾市城区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "5,318.26", "一、城乡社区支出", "4,972.40"),
                                    ("二、政府性基金预算拨款收入", "1,200.00", "二、住房保障支出", "1,545.86")])
    projects = [
        ("老旧小区改造配套基础设施建设", "440202250000000318",
         ("8,600,000.00", "7,200,000.00", "1,400,000.00"),
         "完成12个老旧小区配套基础设施改造，改善居民居住条件。", [
             Ind("产出指标", "数量指标", "改造小区数量", "12个", ("=", 12, "个"), "20", note="按年度改造计划"),
             Ind("产出指标", "数量指标", "惠及居民户数", "≥2600户", (">=", 2600, "户"), "10", note="改造小区居民户数"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", note="竣工验收一次合格"),
             Ind("产出指标", "时效指标", "项目开工率", "≥95%", (">=", 95, "%"), "10", note="当年开工项目占比"),
             Ind("效益指标", "社会效益指标", "小区配套设施完善程度", "显著提升", Q, "20", note="水电气路等设施"),
             Ind("效益指标", "可持续影响指标", "长效管理机制建立率", "≥80%", (">=", 80, "%"), "15", note="引入物业或自治管理"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "10", note="问卷调查"),
         ]),
        ("城镇燃气安全专项整治", "440202250000000342",
         ("1,350,000.00", "1,350,000.00", "0.00"),
         "开展城镇燃气安全隐患排查整治，老旧管道隐患全部消除。", [
             Ind("产出指标", "数量指标", "入户安全检查户数", "≥3.5万户", (">=", 3.5, "万户"), "20", note="全年累计"),
             Ind("产出指标", "数量指标", "更新老旧燃气管道长度", "≥8公里", (">=", 8, "公里"), "15", note="市政及庭院管道"),
             Ind("产出指标", "质量指标", "隐患整改率", "100%", ("=", 100, "%"), "15", note="排查发现隐患"),
             Ind("产出指标", "时效指标", "重大隐患整改时限", "≤15天", ("<=", 15, "天"), "10", note="发现至整改完成"),
             Ind("效益指标", "社会效益指标", "燃气安全事故起数", "0起", ("=", 0, "起"), "20", note="较大及以上事故"),
             Ind("效益指标", "可持续影响指标", "燃气安全监管机制", "持续完善", Q, "10", note="定性"),
             Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", (">=", 90, "%"), "10", note="抽样调查"),
         ]),
    ]
    first = True
    for project, code, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "项目编码"), (1, 2, code), (3, 1, "项目类别"), (4, 2, "一般性项目"))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目期限"), (4, 2, "1年"))
        rows.add((0, 1, "项目总金额（元）"), (1, 2, money[0]), (3, 1, "其中：财政资金（元）"), (4, 2, money[1]))
        rows.add((0, 1, "其他资金（元）"), (1, 2, money[2]), (3, 3, ""))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标内容"), (4, 1, "指标值"),
                 (5, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.note), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 86, 110, 96, 82, 70], title="项目绩效目标表",
                             editor=f"{year}年度"), fresh_page=first)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 防城港


def layout_gx_fcg_street_final_accounts_short_self_evals(folder: Path, name: str) -> FileGold:
    """广西 防城港 街道 部门决算, short self evaluations, rules "filled"."""
    dept = "防城港市港口区沙潭江街道办事处"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "1,862.47"), ("二、其他收入", "12.30")],
                    [("一、一般公共服务支出", "1,043.25"), ("二、城乡社区支出", "553.62"), ("三、农林水支出", "277.90")])
    inds = [
        Ind("产出指标", "数量指标", "开展网格化巡查次数", "≥1200次", (">=", 1200, "次"), "15", "1286次", "15"),
        Ind("产出指标", "数量指标", "矛盾纠纷排查调处件数", "≥150件", (">=", 150, "件"), "10", "163件", "10"),
        Ind("产出指标", "质量指标", "矛盾纠纷调处成功率", "≥95%", (">=", 95, "%"), "15", "96.3%", "15"),
        Ind("产出指标", "时效指标", "群众诉求办结时限", "≤7个工作日", ("<=", 7, "个工作日"), "10", "5个工作日", "10"),
        Ind("效益指标", "社会效益指标", "辖区社会治安", "持续稳定", Q, "15", "持续稳定", "15"),
        Ind("效益指标", "生态效益指标", "辖区环境卫生", "明显改善", Q, "10", "有所改善", "8", "背街小巷保洁仍有短板"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
    ]
    budget, executed = "1,902.00", "1,874.77"
    rate, rate_score, total = _self_eval_total(budget, executed, inds)
    rows = _Rows()
    rows.add((0, 1, "单位名称"), (1, 6, dept))
    rows.add((0, 1, "年初预算数（万元）"), (1, 1, "全年预算数（万元）"), (2, 1, "全年执行数（万元）"), (3, 1, "执行率"),
             (4, 1, "分值"), (5, 1, "得分"), (6, 1, "备注"))
    rows.add((0, 1, "1,780.50"), (1, 1, budget), (2, 1, executed), (3, 1, rate), (4, 1, "10"), (5, 1, rate_score),
             (6, 1, ""))
    rows.add((0, 1, "年度总体目标完成情况"), (1, 6, "完成网格化管理、矛盾纠纷化解和人居环境整治等年度任务，辖区社会大局和谐稳定。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score)])
    rows.add((0, 5, "总分"), (5, 2, f"{total:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 2, "优"))
    rows.add((0, 1, "偏差原因及改进措施"), (1, 6, "背街小巷保洁力量不足，下一年度将通过购买服务补充保洁人员。"))
    spec = _spec(rows.cells, rows.n, [80, 76, 100, 76, 70, 48, 64], title="部门整体支出绩效自评表",
                 editor=f"（{year}年度）", kind="performance_self_evaluation")
    doc.pages.grid(_ruled(spec, "filled"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")
    project = "城乡清洁工程"
    p_inds = [
        Ind("产出指标", "数量指标", "保洁覆盖社区（村）", "8个", ("=", 8, "个"), "20", "8个", "20"),
        Ind("产出指标", "数量指标", "清理卫生死角处数", "≥300处", (">=", 300, "处"), "15", "326处", "15"),
        Ind("产出指标", "质量指标", "垃圾日产日清率", "≥95%", (">=", 95, "%"), "15", "93%", "13", "旺季垃圾量激增"),
        Ind("产出指标", "时效指标", "资金支付时间", "2024年12月20日前", (None, None, None), "10", "2024年12月18日", "10"),
        Ind("效益指标", "社会效益指标", "群众环境卫生意识", "有所增强", Q, "15", "有所增强", "15"),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "15", "90%", "15"),
    ]
    p_budget, p_exec, p_fiscal = "536,000.00", "521,480.00", "500,000.00"
    rate, rate_score, p_total = _self_eval_total(p_budget, p_exec, p_inds)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 6, project))
    rows.add((0, 1, "主管部门"), (1, 3, "防城港市港口区人民政府"), (4, 1, "实施单位"), (5, 2, dept))
    rows.add((0, 1, "项目资金（元）"), (1, 1, "全年预算数"), (2, 1, "全年执行数"), (3, 1, "执行率"), (4, 1, "分值"),
             (5, 1, "得分"), (6, 1, ""))
    rows.add((0, 1, "年度资金总额"), (1, 1, p_budget), (2, 1, p_exec), (3, 1, rate), (4, 1, "10"), (5, 1, rate_score),
             (6, 1, ""))
    rows.add((0, 1, "其中：财政拨款"), (1, 1, p_fiscal), (2, 1, "497,650.00"), (3, 1, "—"), (4, 1, "—"), (5, 1, "—"),
             (6, 1, ""))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分"))])
    _grid_rows(rows, p_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                              (6, 1, i.score)])
    rows.add((0, 5, "总分"), (5, 2, f"{p_total:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 2, "优"))
    spec = _spec(rows.cells, rows.n, [80, 76, 100, 76, 70, 48, 64], title="项目支出绩效自评表",
                 editor=f"（{year}年度）", kind="performance_self_evaluation")
    doc.pages.grid(_ruled(spec, "filled"), fresh_page=True)
    for ind in p_inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", p_budget, p_exec, p_total, "优")
    doc.gold.project(project, "元", year=p_budget, fiscal=p_fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南 澄迈


def layout_hi_cm_two_forms_a_page_ranges_deadlines(folder: Path, name: str) -> FileGold:
    """海南 澄迈 县 target forms two to a page, rules "cells"."""
    dept = "澄迈县旅游和文化广电体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("全民健身赛事活动经费", ("180.00", "180.00", "0.00", "0.00"), "举办县级全民健身赛事，带动群众参与体育锻炼。", [
            Ind("产出指标", "数量指标", "举办赛事活动场次", "8-10场", ("range", 8, "场", 10)),
            Ind("产出指标", "数量指标", "参赛群众人次", "≥1.2万人次", (">=", 1.2, "万人次")),
            Ind("产出指标", "成本指标", "单场赛事平均成本", "控制在20万元以内", ("<=", 20, "万元")),
            Ind("效益指标", "社会效益指标", "群众体育健身氛围", "明显增强", Q),
            Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("乡村旅游点提质升级", ("420.00", "350.00", "70.00", "0.00"), "完成3个乡村旅游点提质升级，带动村民增收。", [
            Ind("产出指标", "数量指标", "提质升级旅游点", "3个", ("=", 3, "个")),
            Ind("产出指标", "时效指标", "项目完工时间", "2025年10月底前", (None, None, None)),
            Ind("效益指标", "经济效益指标", "旅游点接待游客人次增长率", "10%-15%", ("range", 10, "%", 15)),
            Ind("效益指标", "社会效益指标", "带动村民就业人数", "≥120人", (">=", 120, "人")),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("公共文化场馆免费开放", ("96.00", "96.00", "", ""), "保障县图书馆、文化馆、博物馆免费开放。", [
            Ind("产出指标", "数量指标", "场馆年开放天数", "≥300天", (">=", 300, "天")),
            Ind("产出指标", "数量指标", "开展公益文化活动", "≥60场", (">=", 60, "场")),
            Ind("产出指标", "质量指标", "场馆安全事故", "0起", ("=", 0, "起")),
            Ind("效益指标", "社会效益指标", "年接待读者及观众人次", "≥25万人次", (">=", 25, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    first = True
    for project, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept))
        rows.add((0, 1, "项目资金总额（万元）"), (1, 1, "财政拨款（万元）"), (2, 1, "上年结转（万元）"), (3, 1, "其他资金（万元）"),
                 (4, 1, "资金用途"))
        rows.add((0, 1, money[0]), (1, 1, money[1]), (2, 1, money[2]), (3, 1, money[3]), (4, 1, "专项业务费"))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [104, 100, 100, 104, 102], title="项目支出绩效目标表",
                             editor=f"（{year}年度）"), fresh_page=first, gap=30)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1], carried=money[2] or None)
    return doc.save(folder)


BLIND69: dict[str, Builder] = {
    "zj_cx_budget_targets_fund_source_grid": layout_zj_cx_budget_targets_fund_source_grid,
    "js_zjg_final_accounts_dept_and_project_self_evals": layout_js_zjg_final_accounts_dept_and_project_self_evals,
    "ah_tl_budget_landscape_list_many_projects": layout_ah_tl_budget_landscape_list_many_projects,
    "fj_jj_split_nature_yuan_stacked_two_pages": layout_fj_jj_split_nature_yuan_stacked_two_pages,
    "jx_rj_town_short_forms_label_pairs": layout_jx_rj_town_short_forms_label_pairs,
    "hub_xt_budget_dept_wide_then_project_period_money": layout_hub_xt_budget_dept_wide_then_project_period_money,
    "hun_hh_turned_self_evals_grade_words": layout_hun_hh_turned_self_evals_grade_words,
    "gd_sw_budget_label_value_yuan_weights": layout_gd_sw_budget_label_value_yuan_weights,
    "gx_fcg_street_final_accounts_short_self_evals": layout_gx_fcg_street_final_accounts_short_self_evals,
    "hi_cm_two_forms_a_page_ranges_deadlines": layout_hi_cm_two_forms_a_page_ranges_deadlines,
}
SETS: dict[str, dict[str, Builder]] = {"blind69": BLIND69}


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
    """Write every layout of ``which`` ("blind69") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
