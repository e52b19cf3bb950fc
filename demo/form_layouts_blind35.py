"""BLIND35 performance forms: ten layouts as districts and counties of 北京, 重庆, 宁夏, 江苏, 广东,
黑龙江, 云南, 甘肃, 山西 and 吉林 print their 项目支出绩效目标表, 部门（单位）整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``, the
gold conventions of BLIND9's docstring and the addendum's money rulings). The set leans on mixed
documents: a department-wide form beside several project forms, self evaluations whose money is a
资金来源 grid (年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 by 年初预算数 / 全年预算数 /
全年执行数), grades and total scores, free-text goals spanning the grid. Each layout writes one PDF
and its gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

bj_ft_budget_dept_wide_then_stacked_source_pairs  北京 丰台区 部门预算: budget tables, a
        部门（单位）整体支出绩效目标表 (部门预算资金 heads 资金总额 | 财政拨款 | 其他资金 over one
        row, 年度总体目标 spanning, weights), then three 项目支出绩效目标表 whose 项目资金（万元）
        label is merged down four stacked label | value rows (年度资金总额 / 其中：财政拨款 /
        上年结转 / 其他资金; one 上年结转 printed 0.00, one 其他资金 left blank)
cq_bn_accounts_dept_and_project_self_evals_source_grid  重庆 巴南区 部门决算: accounts tables,
        a 部门整体支出绩效自评表 and two 项目支出绩效自评表, each with the 资金来源 grid (rows
        年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金, columns 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), 预期目标 | 实际完成情况 spanning, 总分,
        自评等级 printed as words (优秀 / 良好)
nx_gy_two_forms_a_page_yuan_source_heads_split_target  宁夏 固原 原州区: project forms two a
        page, money in 元 with separators under a 项目资金（元） row, heads 资金总额 | 财政拨款 |
        上年结转 | 其他资金 over one amounts row, target split 指标方向 | 指标值 | 计量单位
js_tz_accounts_landscape_self_evals_yuan_cause_measure  江苏 泰州 海陵区 部门决算: accounts
        tables, three landscape 项目支出绩效自评表 in 元 (unit in each money head, 全年预算数（元）),
        资金来源 rows with a printed 0.00 上年结转资金, 偏差 split 原因分析 | 改进措施, 评价等级
gd_mz_budget_dept_wide_tasks_then_total_year_pairs  广东 梅州 梅江区 部门预算: budget tables, a
        部门整体支出绩效目标表 with 年度主要任务 rows carrying their own money, targets in words
        (不低于 / 不高于 / 达到), then three project forms with 项目总金额 | 本年度金额 | 其中：财政资金 |
        其他资金 as label | value pairs in two rows, the unit in each amount's cell (1,500.00万元)
hlj_mdj_self_evals_labels_above_yuan  黑龙江 牡丹江 爱民区: a 部门整体支出绩效自评表 and two
        项目支出绩效自评表 whose money labels sit above their values (部门: 年初预算数（元） |
        全年预算数（元） | 全年执行数（元） | 执行率 | 分值 | 得分; projects: 全年预算数（元） |
        其中：财政拨款（元） | 全年执行数（元） | …), 自评得分 and 自评等级 in one row
yn_bs_landscape_list_source_columns  云南 保山 隆阳区: one landscape list of projects, 项目资金
        merged over 资金总额 | 财政拨款 | 上年结转 | 其他资金, the unit in the title line, project,
        money and 年度绩效目标 cells merged down each project's indicators, header repeated
gs_jq_budget_income_source_lines_weights  甘肃 酒泉 肃州区 部门预算: budget tables, three
        project forms whose money is a 资金来源 list (资金总额 / 一般公共预算财政拨款收入 /
        政府性基金预算财政拨款收入 / 上年结转 / 事业收入), grid with 权重（%）, targets 不低于 / 不超过
sx_lf_self_evals_two_row_money_heads_grade_words  山西 临汾 尧都区: two 项目支出绩效自评表
        whose money heads are two rows (预算数 over 年初 | 全年, then 全年执行数 | 分值 | 执行率 |
        得分) over the 资金来源 rows, 评价等级 良好 / 优秀
jl_sp_forms_period_and_year_money_columns  吉林 四平 铁西区: project forms with money heads
        实施期资金总额 | 年度资金总额 over rows 资金总额 / 其中：财政拨款 / 其他资金, grid with
        实施期指标值 | 年度指标值

Gold conventions: BLIND9's docstring and the addendum, with this set's rulings:

- A self evaluation's project money: year = 全年预算数 of the 年度资金总额 row, fiscal = the
  当年财政拨款 / 财政拨款 row's 全年预算数, carried = the 上年结转资金 row's 全年预算数 (a printed
  0.00 is 0.00; a blank cell gives nothing). Where the money labels sit above their values, fiscal
  is the value under 其中：财政拨款.
- A 资金来源 list's fiscal is the sum of its …财政拨款收入 lines (a blank line adds nothing); 事业收入
  never. 实施期资金总额 / 项目总金额 are ``total``, the 年度 / 本年度 figure ``year``.
- score = the printed 总分 / 自评得分 (execution-rate score + indicator scores); grade words 优秀 /
  良好 read 优 / 良. A 部门整体 form's money (its tasks' included) is no project's.
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
TARGETS = "project_performance_targets"
DEPT_TARGETS = "dept_performance_targets"


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}负责贯彻落实本领域的方针政策和决策部署，统筹推进本行业各项工作。",
        f"二、机构设置。纳入{year}年部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    head = [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
            (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")]
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90], head, 2, body, ["l", "r", "l", "r"]))
    body2 = [plain_row([name, amount, amount, ""]) for name, amount in spending]
    body2.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", ""]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, body2, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年部门整体支出和重点项目支出均编制了绩效目标，"
        "具体如下表。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 and its score (out of 10) as printed, and the score as a number."""
    b = Decimal(budget.replace(",", ""))
    e = Decimal(executed.replace(",", ""))
    rate = e / b
    score = (rate * 10).quantize(Decimal("0.01"))
    return f"{rate * 100:.2f}%", f"{score}", float(score)


def _total(rate_score: float, inds: list[Ind]) -> float:
    return round(rate_score + sum(float(i.score) for i in inds), 2)


def _self_eval_gold(doc: FormDoc, project: str | None, unit: str, lines: list[tuple[str, str, str, str]],
                    inds: list[Ind], total: float, grade: str | None) -> None:
    """Gold of a self evaluation with 资金来源 rows (label, 年初, 全年预算, 全年执行)."""
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    year, executed = lines[0][2], lines[0][3]
    doc.gold.self_evaluation(project, unit, year, executed, total, grade)
    if project is not None:
        fiscal = next((ln[2] for ln in lines if "财政拨款" in ln[0] and ln[2]), None)
        carried = next((ln[2] for ln in lines if "上年结转" in ln[0] and ln[2]), None)
        doc.gold.project(project, unit, year=year, fiscal=fiscal, carried=carried)


def _source_grid_self_eval(doc: FormDoc, *, project: str | None, dept: str, unit_name: str | None, unit: str,
                           lines: list[tuple[str, str, str, str]], goal: tuple[str, str], inds: list[Ind],
                           grade_text: str | None, grade: str | None, landscape: bool = False,
                           unit_in_heads: bool = False, two_row_heads: bool = False, split_note: bool = False,
                           title: str = "项目支出绩效自评表", grade_label: str = "自评等级") -> None:
    """A self evaluation with the 资金来源 grid: rows lines[0] (年度资金总额) and its sources,
    columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; goals spanning; the
    scoring grid; 总分 and the grade."""
    n = 10 if split_note else 9
    rows = _Rows()
    if project is None:
        rows.add((0, 2, "部门（单位）名称"), (2, n - 2, dept))
    else:
        rows.add((0, 2, "项目名称"), (2, n - 2, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, n - 6, unit_name or dept))
    rate, rate_score, rate_num = _rate(lines[0][2], lines[0][3])
    r = rows.n
    u = f"（{unit}）" if unit_in_heads else ""
    label = "项目资金" if unit_in_heads else f"{'项目' if project else '部门'}资金（{unit}）"
    head_rows = 2 if two_row_heads else 1
    rows.put(r, 0, len(lines) + head_rows, 1, label)
    rows.put(r, 1, head_rows, 2, "资金来源" if two_row_heads else "")
    if two_row_heads:
        rows.put(r, 3, 1, 2, f"预算数{u}")
        rows.put(r + 1, 3, 1, 1, "年初")
        rows.put(r + 1, 4, 1, 1, "全年")
        rest = (f"全年执行数{u}", "分值", "执行率", "得分")
        for k, head in enumerate(rest):
            rows.put(r, 5 + k, 2, 1 if k < 3 else n - 8, head)
    else:
        heads = (f"年初预算数{u}", f"全年预算数{u}", f"全年执行数{u}", "分值", "执行率", "得分")
        for k, head in enumerate(heads):
            rows.put(r, 3 + k, 1, 1 if k < 5 else n - 8, head)
    for k, (name, initial, budget, executed) in enumerate(lines):
        rr = r + head_rows + k
        rows.put(rr, 1, 1, 2, name)
        rest = ("10", rate, rate_score) if k == 0 else ("—", "—", "—")
        for j, v in enumerate((initial, budget, executed, *rest)):
            rows.put(rr, 3 + j, 1, 1 if j < 5 else n - 8, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    half = (n - 1) // 2
    rows.put(r, 1, 1, half, "预期目标")
    rows.put(r, 1 + half, 1, n - 1 - half, "实际完成情况")
    rows.put(r + 1, 1, 1, half, goal[0])
    rows.put(r + 1, 1 + half, 1, n - 1 - half, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    heads += ["原因分析", "改进措施"] if split_note else ["偏差原因分析及改进措施"]
    for k, head in enumerate(heads):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1

    def cells(i: Ind) -> list[tuple[int, int, str]]:
        out = [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual or ""), (6, 1, i.weight or ""), (7, 1, i.score or "")]
        if split_note:
            cause, _, measure = i.note.partition("|")
            return out + [(8, 1, cause), (9, 1, measure)]
        return out + [(8, 1, i.note)]

    _grid_rows(rows, inds, 1, 2, cells)
    total = _total(rate_num, inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, n - 8, ""))
    if grade_text:
        rows.add((0, 6, grade_label), (6, n - 6, grade_text))
    if landscape:
        widths = [56, 70, 76, 130, 92, 92, 56, 56, 66, 66] if split_note else [56, 70, 80, 150, 96, 96, 56, 56, 120]
    else:
        widths = [40, 52, 60, 84, 76, 76, 40, 44, 48] + ([48] if split_note else [])
        if not split_note:
            widths[-1] = 72
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=title, editor=f"（{doc.gold.fiscal_year}年度）",
                         unit_raw=None if unit_in_heads else f"单位：{unit}", landscape=landscape, kind=SELF_EVAL),
                   fresh_page=True)
    _self_eval_gold(doc, project, unit, lines, inds, total, grade)


# --------------------------------------------------------------------------- 北京


def layout_bj_ft_budget_dept_wide_then_stacked_source_pairs(folder: Path, name: str) -> FileGold:
    dept = "北京市丰台区园林绿化局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "8,120.00"), ("二、其他收入", "530.00")],
                  [("一、城乡社区支出", "2,360.00"), ("二、农林水支出", "6,290.00")])
    inds = [
        Ind("产出指标", "数量指标", "新增造林绿化面积", "≥1200亩", (">=", 1200, "亩"), "15"),
        Ind("产出指标", "数量指标", "公园绿地养护面积", "≥860公顷", (">=", 860, "公顷"), "10"),
        Ind("产出指标", "质量指标", "新植苗木成活率", "≥95%", (">=", 95, "%"), "15"),
        Ind("产出指标", "时效指标", "春季植树完成时间", "2025年5月底前", (None, None, None), "10"),
        Ind("产出指标", "成本指标", "部门运行经费压减率", "≥5%", (">=", 5, "%"), "10"),
        Ind("效益指标", "生态效益指标", "森林覆盖率", "达到32.5%", (">=", 32.5, "%"), "15"),
        Ind("效益指标", "社会效益指标", "市民游园环境", "持续改善", Q, "15"),
        Ind("满意度指标", "服务对象满意度指标", "游园群众满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, head in enumerate(("资金总额", "财政拨款", "其他资金")):
        rows.put(r, 1 + k, 1, 1 if k < 2 else 2, head)
    for k, v in enumerate(("8,650.00", "8,120.00", "530.00")):
        rows.put(r + 1, 1 + k, 1, 1 if k < 2 else 2, v)
    rows.add((0, 1, "年度总体目标"), (1, 4, "完成新一轮百万亩造林绿化年度任务，加强公园绿地精细化养护，"
                                             "提升森林覆盖率和城市绿化水平，为市民提供优质生态产品。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 96, 150, 110, 74], title="部门（单位）整体支出绩效目标表",
                         editor=f"（{year}年度）", kind=DEPT_TARGETS), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    projects = [
        ("城市公园绿地精细化养护", "110106250000000012", "北京市丰台区公园管理中心",
         (("年度资金总额", "1,860.00"), ("其中：财政拨款", "1,860.00"), ("上年结转", "0.00"), ("其他资金", "")),
         "完成全区公园绿地日常养护，绿地养护达到一级标准。", [
             Ind("产出指标", "数量指标", "养护公园数量", "≥42个", (">=", 42, "个")),
             Ind("产出指标", "质量指标", "绿地养护一级标准达标率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "病虫害处置时限", "≤3天", ("<=", 3, "天")),
             Ind("效益指标", "社会效益指标", "公园环境秩序", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%", (">=", 92, "%")),
         ], dict(year="1,860.00", fiscal="1,860.00", carried="0.00")),
        ("平原生态林养护管理", "110106250000000027", "北京市丰台区林业工作站",
         (("年度资金总额", "2,430.50"), ("其中：财政拨款", "2,180.50"), ("上年结转", "250.00"), ("其他资金", "")),
         "做好平原生态林抚育养护和森林防火，林木保存率保持在95%以上。", [
             Ind("产出指标", "数量指标", "生态林养护面积", "≥3.6万亩", (">=", 3.6, "万亩")),
             Ind("产出指标", "质量指标", "林木保存率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "成本指标", "亩均养护成本", "≤650元", ("<=", 650, "元")),
             Ind("效益指标", "生态效益指标", "林地火灾受害率", "≤0.9‰", ("<=", 0.9, "‰")),
             Ind("效益指标", "可持续影响指标", "生态林管护机制", "长效运行", Q),
         ], dict(year="2,430.50", fiscal="2,180.50", carried="250.00")),
        ("古树名木保护复壮", "110106250000000031", "北京市丰台区园林绿化局",
         (("年度资金总额", "386.00"), ("其中：财政拨款", "326.00"), ("上年结转", ""), ("其他资金", "60.00")),
         "对全区古树名木开展体检和复壮，古树保护率100%。", [
             Ind("产出指标", "数量指标", "古树体检株数", "1350株", ("=", 1350, "株")),
             Ind("产出指标", "数量指标", "复壮古树株数", "≥80株", (">=", 80, "株")),
             Ind("产出指标", "质量指标", "古树名木保护率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "古树文化传承", "有效提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", (">=", 90, "%")),
         ], dict(year="386.00", fiscal="326.00")),
    ]
    for project, code, unit_name, money, goal, pinds, gold_money in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, len(money), 1, "项目资金（万元）")
        for k, (label, value) in enumerate(money):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, value)
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 150, 84, 110], title="项目支出绩效目标表",
                             editor=f"（{year}年度）"), fresh_page=True)
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆


def layout_cq_bn_accounts_dept_and_project_self_evals_source_grid(folder: Path, name: str) -> FileGold:
    dept = "重庆市巴南区水利局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "6,482.30"), ("二、其他收入", "215.70")],
                    [("一、农林水支出", "6,398.00"), ("二、灾害防治及应急管理支出", "300.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "水利工程运行维护座数", "≥126座", (">=", 126, "座"), "15", "131座", "15"),
        Ind("产出指标", "数量指标", "河道巡查里程", "≥2400公里", (">=", 2400, "公里"), "10", "2560公里", "10"),
        Ind("产出指标", "质量指标", "水利工程安全运行率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "防汛预警信息发布时限", "≤30分钟", ("<=", 30, "分钟"), "10", "25分钟", "10"),
        Ind("产出指标", "成本指标", "“三公”经费控制数", "≤18万元", ("<=", 18, "万元"), "5", "16.4万元", "5"),
        Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", (">=", 90, "%"), "15", "89.2%", "13",
            "部分偏远院落管网未覆盖，下年纳入改造"),
        Ind("效益指标", "生态效益指标", "河流水质达标率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ]
    _source_grid_self_eval(
        doc, project=None, dept=dept, unit_name=None, unit="万元",
        lines=[("年度资金总额", "6,100.00", "6,850.00", "6,698.00"),
               ("其中：当年财政拨款", "5,900.00", "6,520.00", "6,482.30"),
               ("上年结转资金", "", "110.00", "0.00"),
               ("其他资金", "200.00", "220.00", "215.70")],
        goal=("保障水利工程安全运行，推进农村供水保障和河长制工作，全面完成防汛抗旱任务。",
              "131座水利工程安全运行，新增农村供水受益人口1.2万人，安全度汛无人员伤亡。"),
        inds=dept_inds, grade_text="优秀", grade="优", title="部门整体支出绩效自评表")
    _source_grid_self_eval(
        doc, project="农村供水保障工程", dept=dept, unit_name="重庆市巴南区农村供水服务中心", unit="万元",
        lines=[("年度资金总额", "1,200.00", "1,350.00", "1,296.00"),
               ("其中：当年财政拨款", "1,200.00", "1,240.00", "1,190.40"),
               ("上年结转资金", "", "110.00", "105.60"),
               ("其他资金", "", "", "")],
        goal=("新建改造供水管网，提升农村集中供水率和水质达标率。",
              "新建改造管网86公里，农村集中供水率达到91%。"),
        inds=[
            Ind("产出指标", "数量指标", "新建改造供水管网", "≥80公里", (">=", 80, "公里"), "20", "86公里", "20"),
            Ind("产出指标", "质量指标", "出厂水水质达标率", "≥95%", (">=", 95, "%"), "15", "92%", "12",
                "部分水厂消毒设备老化，已申请更新"),
            Ind("产出指标", "时效指标", "工程完工时间", "2024年11月底前", (None, None, None), "10", "2024年12月",
                "8", "雨季施工受阻"),
            Ind("效益指标", "社会效益指标", "受益人口", "≥1.5万人", (">=", 1.5, "万人"), "20", "1.2万人", "16",
                "二期管网未完工，受益人口未达预期"),
            Ind("效益指标", "可持续影响指标", "工程运行管护机制", "健全", Q, "15", "健全", "15"),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
                "部分片区停水通知不及时"),
        ], grade_text="良好", grade="良")
    _source_grid_self_eval(
        doc, project="中小河流治理", dept=dept, unit_name="重庆市巴南区河道管理站", unit="万元",
        lines=[("年度资金总额", "2,600.00", "2,600.00", "2,574.00"),
               ("其中：当年财政拨款", "2,600.00", "2,600.00", "2,574.00"),
               ("上年结转资金", "0.00", "0.00", "0.00"),
               ("其他资金", "", "", "")],
        goal=("完成一品河等中小河流综合治理，提高河段防洪标准。",
              "治理河长12.5公里，护岸工程全部完工并通过验收。"),
        inds=[
            Ind("产出指标", "数量指标", "治理河道长度", "≥12公里", (">=", 12, "公里"), "20", "12.5公里", "20"),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "成本指标", "单位河长治理成本", "≤220万元/公里", ("<=", 220, "万元/公里"), "10",
                "206万元/公里", "10"),
            Ind("效益指标", "社会效益指标", "防洪标准", "达到20年一遇", (">=", 20, "年一遇"), "20", "20年一遇", "20"),
            Ind("效益指标", "生态效益指标", "河道生态环境", "明显改善", Q, "15", "明显改善", "14"),
            Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
        ], grade_text="优秀", grade="优")
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏


def layout_nx_gy_two_forms_a_page_yuan_source_heads_split_target(folder: Path, name: str) -> FileGold:
    dept = "固原市原州区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("高标准农田建设", "固原市原州区农业综合开发服务中心",
         ("18,500,000.00", "16,200,000.00", "2,300,000.00", ""),
         "建成高标准农田2.1万亩，配套灌溉设施，提升粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "建成高标准农田面积", ("≥", "2.1", "万亩"), (">=", 2.1, "万亩")),
             Ind("产出指标", "质量指标", "工程验收合格率", ("=", "100", "%"), ("=", 100, "%")),
             Ind("产出指标", "成本指标", "亩均财政投入", ("≤", "1500", "元"), ("<=", 1500, "元")),
             Ind("效益指标", "经济效益指标", "亩均粮食产能提高", ("≥", "50", "公斤"), (">=", 50, "公斤")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ], dict(year="18,500,000.00", fiscal="16,200,000.00", carried="2,300,000.00")),
        ("肉牛产业良种补贴", "固原市原州区畜牧技术推广服务中心",
         ("6,480,000.00", "6,000,000.00", "", "480,000.00"),
         "对养殖户购买良种母牛和冻精给予补贴，提高肉牛良种化水平。", [
             Ind("产出指标", "数量指标", "补贴良种母牛", ("≥", "3200", "头"), (">=", 3200, "头")),
             Ind("产出指标", "时效指标", "补贴资金兑付时限", ("≤", "60", "日"), ("<=", 60, "日")),
             Ind("效益指标", "经济效益指标", "养殖户户均增收", ("≥", "3000", "元"), (">=", 3000, "元")),
             Ind("效益指标", "可持续影响指标", "肉牛良种化水平", ("定性", "稳步提高", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", ("≥", "92", "%"), (">=", 92, "%")),
         ], dict(year="6,480,000.00", fiscal="6,000,000.00")),
        ("农村人居环境整治", "固原市原州区乡村振兴服务中心",
         ("3,960,000.00", "3,960,000.00", "0.00", ""),
         "开展农村改厕和生活垃圾治理，改善农村人居环境。", [
             Ind("产出指标", "数量指标", "完成农户改厕", ("≥", "1500", "户"), (">=", 1500, "户")),
             Ind("产出指标", "数量指标", "生活垃圾收运行政村", ("=", "148", "个"), ("=", 148, "个")),
             Ind("产出指标", "质量指标", "改厕验收合格率", ("≥", "95", "%"), (">=", 95, "%")),
             Ind("效益指标", "生态效益指标", "村容村貌", ("定性", "明显改善", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "农村群众满意度", ("＞", "85", "%"), (">", 85, "%")),
         ], dict(year="3,960,000.00", fiscal="3,960,000.00", carried="0.00")),
    ]
    for k, (project, unit_name, money, goal, inds, gold_money) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 2, "实施单位"), (5, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        for (col, span), head, value in zip(((1, 2), (3, 2), (5, 1), (6, 1)), ("资金总额", "财政拨款", "上年结转", "其他资金"),
                                            money):
            rows.put(r, col, 1, span, head)
            rows.put(r + 1, col, 1, span, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        r = rows.n
        for col, span, head in ((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (6, 1, "备注")):
            rows.put(r, col, 2, span, head)
        rows.put(r, 3, 1, 3, "年度指标值")
        for col, head in ((3, "指标方向"), (4, "指标值"), (5, "计量单位")):
            rows.put(r + 1, col, 1, 1, head)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [64, 76, 120, 50, 64, 70, 76],
                             title="项目支出绩效目标表",
                             editor=f"（{year}年度）"), fresh_page=(k % 2 == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏


def layout_js_tz_accounts_landscape_self_evals_yuan_cause_measure(folder: Path, name: str) -> FileGold:
    dept = "泰州市海陵区卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "9,864.20"), ("二、事业收入", "1,320.00")],
                    [("一、卫生健康支出", "10,934.20"), ("二、社会保障和就业支出", "250.00")])
    evals = [
        ("基本公共卫生服务", "泰州市海陵区疾病预防控制中心",
         [("年度资金总额", "4,200,000.00", "4,560,000.00", "4,423,200.00"),
          ("其中：当年财政拨款", "4,200,000.00", "4,560,000.00", "4,423,200.00"),
          ("上年结转资金", "0.00", "0.00", "0.00"),
          ("其他资金", "", "", "")],
         ("为辖区居民免费提供基本公共卫生服务，重点人群健康管理率达到国家要求。",
          "建立居民电子健康档案28.6万份，老年人健康管理率72.4%。"), [
             Ind("产出指标", "数量指标", "居民电子健康档案建档数", "≥28万份", (">=", 28, "万份"), "20", "28.6万份", "20"),
             Ind("产出指标", "质量指标", "老年人健康管理率", "≥70%", (">=", 70, "%"), "20", "72.4%", "20"),
             Ind("产出指标", "时效指标", "服务经费拨付时限", "按季度拨付", Q, "10", "按季度拨付", "10"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", (">=", 30, "%"), "20", "28.5%", "17",
                 "宣传覆盖不够|增加社区健康讲座频次"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "20", "90%", "20"),
         ], "优", "优"),
        ("家庭医生签约服务", "泰州市海陵区城东街道社区卫生服务中心",
         [("年度资金总额", "1,800,000.00", "1,800,000.00", "1,620,000.00"),
          ("其中：当年财政拨款", "1,500,000.00", "1,500,000.00", "1,380,000.00"),
          ("上年结转资金", "300,000.00", "300,000.00", "240,000.00"),
          ("其他资金", "", "", "")],
         ("推进家庭医生签约服务，重点人群签约率不低于75%。", "重点人群签约率76.2%，续约率82%。"), [
             Ind("产出指标", "数量指标", "重点人群签约率", "不低于75%", (">=", 75, "%"), "25", "76.2%", "25"),
             Ind("产出指标", "质量指标", "签约居民续约率", "≥80%", (">=", 80, "%"), "15", "82%", "15"),
             Ind("产出指标", "成本指标", "人均签约服务费", "≤120元", ("<=", 120, "元"), "10", "118元", "10"),
             Ind("效益指标", "社会效益指标", "基层就诊率", "明显提高", Q, "20", "有所提高", "16",
                 "签约服务内容吸引力不足|丰富个性化服务包"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
         ], "优", "优"),
        ("医疗卫生机构能力建设", "泰州市海陵区人民医院",
         [("年度资金总额", "3,000,000.00", "3,250,000.00", "2,925,000.00"),
          ("其中：当年财政拨款", "3,000,000.00", "3,000,000.00", "2,700,000.00"),
          ("上年结转资金", "", "", ""),
          ("其他资金", "", "250,000.00", "225,000.00")],
         ("购置医疗设备，提升区级医院诊疗能力。", "购置设备32台（套），设备已全部投入使用。"), [
             Ind("产出指标", "数量指标", "购置医疗设备", "≥30台（套）", (">=", 30, "台(套)"), "20", "32台（套）", "20"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "设备采购完成时间", "2024年9月底前", (None, None, None), "10",
                 "2024年11月", "7", "招标程序延长|提前启动采购程序"),
             Ind("效益指标", "社会效益指标", "门急诊人次增长率", "＞5%", (">", 5, "%"), "20", "6.3%", "20"),
             Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
         ], "优", "优"),
    ]
    for project, unit_name, lines, goal, inds, grade_text, grade in evals:
        _source_grid_self_eval(doc, project=project, dept=dept, unit_name=unit_name, unit="元", lines=lines, goal=goal,
                               inds=inds, grade_text=grade_text, grade=grade, landscape=True, unit_in_heads=True,
                               split_note=True, grade_label="评价等级")
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东


def layout_gd_mz_budget_dept_wide_tasks_then_total_year_pairs(folder: Path, name: str) -> FileGold:
    dept = "梅州市梅江区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "21,460.00"), ("二、事业收入", "1,840.00")],
                  [("一、教育支出", "21,980.00"), ("二、社会保障和就业支出", "1,320.00")])
    inds = [
        Ind("产出指标", "数量指标", "义务教育学校数", "达到48所", (">=", 48, "所")),
        Ind("产出指标", "数量指标", "教师培训人次", "不少于2600人次", (">=", 2600, "人次")),
        Ind("产出指标", "质量指标", "义务教育巩固率", "不低于99%", (">=", 99, "%")),
        Ind("产出指标", "时效指标", "学生资助资金发放时限", "不超过30个工作日", ("<=", 30, "个工作日")),
        Ind("产出指标", "成本指标", "公用经费支出增幅", "不高于3%", ("<=", 3, "%")),
        Ind("效益指标", "社会效益指标", "学前教育毛入园率", "高于95%", (">", 95, "%")),
        Ind("效益指标", "可持续影响指标", "区域教育均衡发展水平", "稳步提升", Q),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "不低于90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    tasks = [("义务教育保障", "落实义务教育经费保障机制", "15,600.00", "15,600.00", ""),
             ("学前教育发展", "扩充普惠性学前教育资源", "3,980.00", "3,120.00", "860.00"),
             ("教师队伍建设", "开展教师培训和人才引进", "640.00", "640.00", "")]
    rows.put(r, 0, len(tasks) + 2, 1, "年度主要任务")
    rows.put(r, 1, 2, 1, "任务名称")
    rows.put(r, 2, 2, 1, "主要内容")
    rows.put(r, 3, 1, 3, "预算金额（万元）")
    for k, head in enumerate(("总额", "财政拨款", "其他资金")):
        rows.put(r + 1, 3 + k, 1, 1, head)
    for k, task in enumerate(tasks, 2):
        for j, v in enumerate(task):
            rows.put(r + k, 1 + j, 1, 1, v)
    rows.n = r + len(tasks) + 2
    rows.add((0, 1, "年度总体目标"), (1, 5, "巩固义务教育基本均衡成果，扩大普惠性学前教育资源，加强教师队伍建设，"
                                             "落实学生资助政策，办好人民满意的教育。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"), (5, 1, "指标值说明"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [76, 90, 130, 64, 70, 90], title="部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", kind=DEPT_TARGETS), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    projects = [
        ("薄弱学校改善办学条件（2024-2026年）", "梅州市梅江区教育局",
         ("4,500.00万元", "1,500.00万元", "1,500.00万元", ""), "改造薄弱学校校舍，配齐教学设备。", [
             Ind("产出指标", "数量指标", "改造校舍面积", "≥1.2万平方米", (">=", 1.2, "万平方米")),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度改造任务完成时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "学校办学条件", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%")),
         ], dict(total="4,500.00", year="1,500.00", fiscal="1,500.00")),
        ("普惠性幼儿园生均补助", "梅州市梅江区学前教育指导中心",
         ("1,280.00万元", "1,280.00万元", "1,080.00万元", "200.00万元"), "对普惠性民办幼儿园按在园幼儿数给予补助。", [
             Ind("产出指标", "数量指标", "补助在园幼儿数", "≥8600人", (">=", 8600, "人")),
             Ind("产出指标", "成本指标", "生均补助标准", "1200元/生·年", ("=", 1200, "元/生·年")),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "≤45天", ("<=", 45, "天")),
             Ind("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥85%", (">=", 85, "%")),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥92%", (">=", 92, "%")),
         ], dict(total="1,280.00", year="1,280.00", fiscal="1,080.00")),
        ("中小学教师能力提升培训", "梅州市梅江区教师发展中心",
         ("360.00万元", "360.00万元", "360.00万元", "0.00万元"), "分层分类开展中小学教师培训，提升教师专业素质。", [
             Ind("产出指标", "数量指标", "培训教师人次", "≥2600人次", (">=", 2600, "人次")),
             Ind("产出指标", "质量指标", "培训考核合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "成本指标", "人均培训成本", "≤1300元", ("<=", 1300, "元")),
             Ind("效益指标", "可持续影响指标", "教师专业发展机制", "逐步完善", Q),
             Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", (">=", 90, "%")),
         ], dict(total="360.00", year="360.00", fiscal="360.00")),
    ]
    for k, (project, unit_name, money, goal, pinds, gold_money) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "项目总金额"), (1, 2, money[0]), (3, 1, "本年度金额"), (4, 1, money[1]))
        rows.add((0, 1, "其中：财政资金"), (1, 2, money[2]), (3, 1, "其他资金"), (4, 1, money[3]))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [86, 96, 80, 96, 150], title="项目支出绩效目标表",
                             editor=f"（{year}年）"), fresh_page=(k == 0))
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江


def _hlj_self_eval(doc: FormDoc, project: str | None, dept: str, money_heads: tuple[str, ...], money: tuple[str, ...],
                   goal: tuple[str, str], inds: list[Ind], grade_text: str, grade: str, title: str) -> tuple[str, float]:
    """Money labels above their values (the last three: 执行率 | 分值 | 得分); the target and
    what was done as two labelled rows; 自评得分 and 自评等级 in one row. Returns (budget, total)."""
    rows = _Rows()
    if project is None:
        rows.add((0, 2, "部门名称"), (2, 6, dept))
    else:
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "主管部门"), (6, 2, dept))
    budget = next(v for h, v in zip(money_heads, money) if h.startswith("全年预算数"))
    executed = money[-1]
    rate, rate_score, rate_num = _rate(budget, executed)
    spans = ((0, 2), (2, 1), (3, 2), (5, 1), (6, 1), (7, 1))
    heads = (*money_heads, "执行率", "分值", "得分")
    values = (*money, rate, "10", rate_score)
    r = rows.n
    for (col, span), head, value in zip(spans, heads, values):
        rows.put(r, col, 1, span, head)
        rows.put(r + 1, col, 1, span, value)
    rows.add((0, 2, "年度绩效目标"), (2, 6, goal[0]))
    rows.add((0, 2, "目标完成情况"), (2, 6, goal[1]))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分",
                                                 "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = _total(rate_num, inds)
    rows.add((0, 2, "自评得分"), (2, 2, f"{total:.2f}"), (4, 2, "自评等级"), (6, 2, grade_text))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 64, 92, 70, 70, 44, 44, 80], title=title,
                         editor=f"（{doc.gold.fiscal_year}年度）", kind=SELF_EVAL), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
    return budget, total


def layout_hlj_mdj_self_evals_labels_above_yuan(folder: Path, name: str) -> FileGold:
    dept = "牡丹江市爱民区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度绩效自评报告", dept, year)
    doc.pages.text_page("绩效自评工作开展情况", [
        f"{dept}按照区财政局部署，对{year}年度部门整体支出和重点项目开展了绩效自评，自评表附后。",
    ])
    _hlj_self_eval(doc, None, dept, ("年初预算数（元）", "全年预算数（元）", "全年执行数（元）"),
                   ("12,650,000.00", "13,480,000.00", "13,075,600.00"),
                   ("兜牢民生底线，做好低保、特困供养和养老服务等工作。",
                    "全年保障低保对象3860人、特困人员420人，新建社区养老服务站4个。"), [
                       Ind("产出指标", "数量指标", "城乡低保保障人数", "≥3800人", (">=", 3800, "人"), "15", "3860人", "15"),
                       Ind("产出指标", "数量指标", "新建社区养老服务站", "4个", ("=", 4, "个"), "10", "4个", "10"),
                       Ind("产出指标", "质量指标", "低保资金发放准确率", "100%", ("=", 100, "%"), "10", "100%", "10"),
                       Ind("产出指标", "时效指标", "救助资金发放时间", "每月10日前", (None, None, None), "10", "每月10日前", "10"),
                       Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "15", "有效保障", "15"),
                       Ind("效益指标", "可持续影响指标", "社会救助体系", "持续完善", Q, "10", "持续完善", "9",
                           "信息共享机制待完善"),
                       Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "95%",
                           "10"),
                       Ind("成本指标", "经济成本指标", "特困供养人均标准", "≤1350元/月", ("<=", 1350, "元/月"), "10",
                           "1320元/月", "10"),
                   ], "优秀", "优", "部门整体支出绩效自评表")
    evals = [
        ("城乡低保资金", ("全年预算数（元）", "其中：财政拨款（元）", "全年执行数（元）"),
         ("8,600,000.00", "8,600,000.00", "8,428,000.00"), [
             Ind("产出指标", "数量指标", "保障人数", "≥3800人", (">=", 3800, "人"), "20", "3860人", "20"),
             Ind("产出指标", "质量指标", "动态管理率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "按月足额发放率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("效益指标", "社会效益指标", "低保对象基本生活", "得到保障", Q, "20", "得到保障", "20"),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
         ], "优秀", "优"),
        ("社区居家养老服务", ("全年预算数（元）", "其中：财政拨款（元）", "全年执行数（元）"),
         ("1,450,000.00", "1,200,000.00", "1,232,500.00"), [
             Ind("产出指标", "数量指标", "服务老年人人次", "≥2.5万人次", (">=", 2.5, "万人次"), "20", "2.1万人次",
                 "16", "冬季上门服务减少"),
             Ind("产出指标", "质量指标", "服务站星级评定达标率", "≥80%", (">=", 80, "%"), "20", "75%", "15",
                 "两处站点设施未达标"),
             Ind("产出指标", "成本指标", "人次服务补贴", "≤50元", ("<=", 50, "元"), "15", "48元", "15"),
             Ind("效益指标", "社会效益指标", "老年人生活质量", "有所提高", Q, "20", "有所提高", "18"),
             Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥85%", (">=", 85, "%"), "15", "86%", "14"),
         ], "良好", "良"),
    ]
    for project, heads, money, inds, grade_text, grade in evals:
        goal = (f"{project}按计划实施，资金使用规范。", "年度任务基本完成，资金按规定拨付使用。")
        _hlj_self_eval(doc, project, dept, heads, money, goal, inds, grade_text, grade, "项目支出绩效自评表")
        doc.gold.project(project, "元", year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南


def layout_yn_bs_landscape_list_source_columns(folder: Path, name: str) -> FileGold:
    dept = "保山市隆阳区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("农村公路养护", ("1,650.00", "1,420.00", "230.00", ""), "完成农村公路日常养护，优良中等路率稳步提高。", [
            Ind("产出指标", "数量指标", "养护农村公路里程", "≥2100公里", (">=", 2100, "公里")),
            Ind("产出指标", "质量指标", "优良中等路率", "≥75%", (">=", 75, "%")),
            Ind("效益指标", "社会效益指标", "群众出行条件", "持续改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%")),
        ], dict(year="1,650.00", fiscal="1,420.00", carried="230.00")),
        ("城乡客运补贴", ("520.00", "520.00", "", ""), "对城乡客运线路给予运营补贴，保障建制村通客车。", [
            Ind("产出指标", "数量指标", "补贴客运线路", "36条", ("=", 36, "条")),
            Ind("产出指标", "质量指标", "建制村通客车率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "补贴发放时间", "2025年10月底前", (None, None, None)),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%")),
        ], dict(year="520.00", fiscal="520.00")),
        ("危桥改造", ("2,380.00", "1,980.00", "0.00", "400.00"), "完成危桥加固改造，消除通行安全隐患。", [
            Ind("产出指标", "数量指标", "改造危桥座数", "≥9座", (">=", 9, "座")),
            Ind("产出指标", "质量指标", "交工验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "成本指标", "单座桥梁平均造价", "≤265万元", ("<=", 265, "万元")),
            Ind("效益指标", "社会效益指标", "桥梁通行安全", "有效保障", Q),
        ], dict(year="2,380.00", fiscal="1,980.00", carried="0.00")),
        ("交通运输安全监管", ("168.50", "168.50", "", ""), "开展道路运输安全检查和隐患排查整治。", [
            Ind("产出指标", "数量指标", "安全检查企业户次", "≥450户次", (">=", 450, "户次")),
            Ind("产出指标", "质量指标", "隐患整改率", "≥98%", (">=", 98, "%")),
            Ind("效益指标", "社会效益指标", "较大以上道路运输事故", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥90%", (">=", 90, "%")),
        ], dict(year="168.50", fiscal="168.50")),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 4, "项目资金")
    rows.put(0, 5, 2, 1, "年度绩效目标")
    rows.put(0, 6, 1, 4, "绩效指标")
    for k, head in enumerate(("资金总额", "财政拨款", "上年结转", "其他资金")):
        rows.put(1, 1 + k, 1, 1, head)
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(1, 6 + k, 1, 1, head)
    for project, money, goal, inds, gold_money in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        rows.put(r0, 0, len(inds), 1, project)
        for k, v in enumerate(money):
            rows.put(r0, 1 + k, len(inds), 1, v)
        rows.put(r0, 5, len(inds), 1, goal)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", **gold_money)
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 62, 62, 56, 56, 130, 56, 80, 120, 78],
                         title=f"{year}年项目支出绩效目标表", editor=f"部门：{dept}", unit_raw="单位：万元",
                         landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃


def layout_gs_jq_budget_income_source_lines_weights(folder: Path, name: str) -> FileGold:
    dept = "酒泉市肃州区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算公开", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "7,860.00"), ("二、政府性基金预算拨款收入", "420.00"),
                                    ("三、事业收入", "980.00")],
                  [("一、卫生健康支出", "8,840.00"), ("二、其他支出", "420.00")])
    projects = [
        ("基层医疗卫生机构运行补助", "620902250000000101",
         (("资金总额", "1,460.00"), ("一般公共预算财政拨款收入", "1,260.00"), ("政府性基金预算财政拨款收入", ""),
          ("上年结转", "200.00"), ("事业收入", "")),
         "保障乡镇卫生院和村卫生室正常运转，提升基层医疗服务能力。", [
             Ind("产出指标", "数量指标", "补助乡镇卫生院数", "15所", ("=", 15, "所"), "15"),
             Ind("产出指标", "数量指标", "补助村卫生室数", "不少于180个", (">=", 180, "个"), "15"),
             Ind("产出指标", "质量指标", "乡村医生执业资格持证率", "不低于90%", (">=", 90, "%"), "20"),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "不超过2个月", ("<=", 2, "个月"), "10"),
             Ind("效益指标", "社会效益指标", "基层诊疗量占比", "不低于60%", (">=", 60, "%"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "不低于90%", (">=", 90, "%"), "10"),
         ], dict(year="1,460.00", fiscal="1,260.00", carried="200.00")),
        ("公立医院基础设施建设", "620902250000000115",
         (("资金总额", "1,200.00"), ("一般公共预算财政拨款收入", ""), ("政府性基金预算财政拨款收入", "420.00"),
          ("上年结转", ""), ("事业收入", "780.00")),
         "实施区医院门诊楼改扩建，改善就医环境。", [
             Ind("产出指标", "数量指标", "改扩建面积", "不少于6800平方米", (">=", 6800, "平方米"), "20"),
             Ind("产出指标", "质量指标", "工程质量合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "主体工程完工时间", "2025年10月31日前", (None, None, None), "15"),
             Ind("产出指标", "成本指标", "工程造价控制", "不超过1200万元", ("<=", 1200, "万元"), "15"),
             Ind("效益指标", "社会效益指标", "门诊接诊能力", "显著提升", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "患者满意度", "不低于88%", (">=", 88, "%"), "10"),
         ], dict(year="1,200.00", fiscal="420.00")),
        ("重大传染病防控", "620902250000000123",
         (("资金总额", "356.00"), ("一般公共预算财政拨款收入", "356.00"), ("政府性基金预算财政拨款收入", "0.00"),
          ("上年结转", "0.00"), ("事业收入", "")),
         "做好结核病、艾滋病等重大传染病防控，报告发病率控制在省定目标以内。", [
             Ind("产出指标", "数量指标", "重点人群筛查人数", "不少于1.8万人", (">=", 1.8, "万人"), "20"),
             Ind("产出指标", "质量指标", "传染病报告及时率", "不低于98%", (">=", 98, "%"), "20"),
             Ind("产出指标", "时效指标", "疫情处置响应时间", "不超过2小时", ("<=", 2, "小时"), "15"),
             Ind("效益指标", "社会效益指标", "甲乙类传染病报告发病率", "低于250/10万", ("<", 250, "/10万"), "25"),
             Ind("效益指标", "可持续影响指标", "传染病监测预警体系", "健全完善", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "社会公众满意度", "不低于85%", (">=", 85, "%"), "10"),
         ], dict(year="356.00", fiscal="356.00", carried="0.00")),
    ]
    for k, (project, code, money, goal, inds, gold_money) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目代码"), (4, 1, code))
        rows.add((0, 1, "预算单位"), (1, 4, dept))
        r = rows.n
        rows.put(r, 0, len(money), 1, "资金来源（万元）")
        for j, (label, value) in enumerate(money):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 2, value)
        rows.add((0, 1, "绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 130, 100, 114], title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西


def layout_sx_lf_self_evals_two_row_money_heads_grade_words(folder: Path, name: str) -> FileGold:
    dept = "临汾市尧都区文化和旅游局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    _source_grid_self_eval(
        doc, project="公共文化服务体系建设", dept=dept, unit_name="临汾市尧都区文化馆", unit="万元",
        lines=[("年度资金总额", "260.00", "285.00", "270.75"),
               ("其中：当年财政拨款", "260.00", "260.00", "247.00"),
               ("上年结转资金", "", "25.00", "23.75"),
               ("其他资金", "", "", "")],
        goal=("开展送戏下乡和群众文化活动，提升公共文化服务效能。", "送戏下乡320场，举办群众文化活动86场。"),
        inds=[
            Ind("产出指标", "数量指标", "送戏下乡场次", "≥300场", (">=", 300, "场"), "20", "320场", "20"),
            Ind("产出指标", "数量指标", "群众文化活动场次", "≥80场", (">=", 80, "场"), "10", "86场", "10"),
            Ind("产出指标", "质量指标", "演出节目合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
            Ind("产出指标", "时效指标", "活动按计划完成率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
            Ind("效益指标", "社会效益指标", "群众文化生活", "日益丰富", Q, "20", "日益丰富", "18"),
            Ind("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
        ], grade_text="优秀", grade="优", two_row_heads=True, grade_label="评价等级")
    _source_grid_self_eval(
        doc, project="文物保护修缮", dept=dept, unit_name="临汾市尧都区文物保护中心", unit="万元",
        lines=[("年度资金总额", "480.00", "480.00", "384.00"),
               ("其中：当年财政拨款", "400.00", "400.00", "320.00"),
               ("上年结转资金", "0.00", "0.00", "0.00"),
               ("其他资金", "80.00", "80.00", "64.00")],
        goal=("完成县级文物保护单位修缮，消除文物安全隐患。", "完成修缮5处，另1处因设计变更顺延。"),
        inds=[
            Ind("产出指标", "数量指标", "修缮文物保护单位", "6处", ("=", 6, "处"), "20", "5处", "15",
                "一处设计方案变更"),
            Ind("产出指标", "质量指标", "修缮工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "修缮工程完工时间", "2024年10月底前", (None, None, None), "10",
                "2025年3月", "5", "审批周期较长"),
            Ind("效益指标", "社会效益指标", "文物安全隐患", "基本消除", Q, "20", "大部分消除", "16",
                "剩余隐患待续建"),
            Ind("效益指标", "可持续影响指标", "文物保护管理水平", "持续提升", Q, "15", "有所提升", "12"),
            Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", (">=", 85, "%"), "10", "87%", "10"),
        ], grade_text="良好", grade="良", two_row_heads=True, grade_label="评价等级")
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林


def layout_jl_sp_forms_period_and_year_money_columns(folder: Path, name: str) -> FileGold:
    dept = "四平市铁西区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("老旧小区改造（2025-2026年）", "四平市铁西区城市更新服务中心",
         (("资金总额", "6,800.00", "3,600.00"), ("其中：财政拨款", "5,200.00", "2,800.00"), ("其他资金", "1,600.00", "800.00")),
         ("两年内完成23个老旧小区改造。", "年内完成12个老旧小区改造。"), [
             Ind("产出指标", "数量指标", "改造老旧小区个数", "12个", ("=", 12, "个"), period="23个"),
             Ind("产出指标", "数量指标", "改造惠及居民户数", "≥4200户", (">=", 4200, "户"), period="≥8100户"),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "成本指标", "户均改造成本", "≤8500元", ("<=", 8500, "元"), period="≤8500元"),
             Ind("效益指标", "社会效益指标", "小区居住环境", "明显改善", Q, period="明显改善"),
             Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ], dict(total="6,800.00", year="3,600.00", fiscal="2,800.00")),
        ("城市排水管网改造（2024-2025年）", "四平市铁西区市政设施维护中心",
         (("资金总额", "2,950.00", "1,150.00"), ("其中：财政拨款", "2,950.00", "1,150.00"), ("其他资金", "", "")),
         ("改造雨污合流管网38公里，消除城区易涝点。", "年内完成剩余15公里管网改造。"), [
             Ind("产出指标", "数量指标", "改造排水管网长度", "≥15公里", (">=", 15, "公里"), period="≥38公里"),
             Ind("产出指标", "质量指标", "管网闭水试验合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "工程完工时间", "2025年9月底前", (None, None, None), period="2025年9月底前"),
             Ind("效益指标", "生态效益指标", "城区污水集中收集率", "≥70%", (">=", 70, "%"), period="≥70%"),
             Ind("效益指标", "社会效益指标", "城区易涝点", "基本消除", Q, period="基本消除"),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%"), period="≥85%"),
         ], dict(total="2,950.00", year="1,150.00", fiscal="1,150.00")),
    ]
    for k, (project, unit_name, money, goals, inds, gold_money) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        rows.put(r, 3, 1, 1, "实施期资金总额")
        rows.put(r, 4, 1, 2, "年度资金总额")
        for j, (label, period, annual) in enumerate(money, 1):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 1, period)
            rows.put(r + j, 4, 1, 2, annual)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 3, "实施期目标")
        rows.put(r, 4, 1, 2, "年度目标")
        rows.put(r + 1, 1, 1, 3, goals[0])
        rows.put(r + 1, 4, 1, 2, goals[1])
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "实施期指标值"), (4, 2, "年度指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 90, 130, 96, 64, 64], title="项目支出绩效目标表",
                             editor=f"（{year}年度）"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", **gold_money)
    return doc.save(folder)


BLIND35: dict[str, Builder] = {
    "bj_ft_budget_dept_wide_then_stacked_source_pairs": layout_bj_ft_budget_dept_wide_then_stacked_source_pairs,
    "cq_bn_accounts_dept_and_project_self_evals_source_grid":
        layout_cq_bn_accounts_dept_and_project_self_evals_source_grid,
    "nx_gy_two_forms_a_page_yuan_source_heads_split_target": layout_nx_gy_two_forms_a_page_yuan_source_heads_split_target,
    "js_tz_accounts_landscape_self_evals_yuan_cause_measure": layout_js_tz_accounts_landscape_self_evals_yuan_cause_measure,
    "gd_mz_budget_dept_wide_tasks_then_total_year_pairs": layout_gd_mz_budget_dept_wide_tasks_then_total_year_pairs,
    "hlj_mdj_self_evals_labels_above_yuan": layout_hlj_mdj_self_evals_labels_above_yuan,
    "yn_bs_landscape_list_source_columns": layout_yn_bs_landscape_list_source_columns,
    "gs_jq_budget_income_source_lines_weights": layout_gs_jq_budget_income_source_lines_weights,
    "sx_lf_self_evals_two_row_money_heads_grade_words": layout_sx_lf_self_evals_two_row_money_heads_grade_words,
    "jl_sp_forms_period_and_year_money_columns": layout_jl_sp_forms_period_and_year_money_columns,
}
SETS: dict[str, dict[str, Builder]] = {"blind35": BLIND35}


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
    """Write every layout of ``which`` ("blind35") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
