"""BLIND49 performance forms: eleven layouts as departments of 河南 洛阳, 浙江 绍兴, 江苏 扬州,
广东 韶关, 四川 绵阳, 湖北 襄阳, 辽宁 鞍山, 北京 丰台, 江西 吉安, 贵州 遵义 and 山东 潍坊 print
them in 2024–2025 部门决算 / 部门预算 disclosures: mostly 项目支出绩效自评表 and 部门整体支出绩效
自评表 in the 财政部 template and its provincial variants, with their money blocks rearranged as
provinces rearrange them, written by an author who had read neither the form reader nor the
earlier blind sets (only the gold helpers of ``form_layouts``, BLIND9's docstring and
the real disclosures). Each layout writes one PDF and its gold; the gold is written by hand.

hen_ly_accounts_dept_eval_four_money_lines  河南 洛阳 district 部门决算: accounts tables, a
        部门整体支出绩效自评表 (年度资金总额 / 其中：基本支出 / 项目支出 × 年初 | 全年 | 执行 | 分值 |
        执行率 | 得分), then two 项目支出绩效自评表 with four money lines (年度资金总额 / 其中：当年
        财政拨款 / 上年结转资金 / 其他资金), one 上年结转 printed 0.00
zj_sx_accounts_sources_across_periods_down  浙江 绍兴 district 部门决算: the money block turned,
        资金来源 across (合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 单位资金)
        and 年初预算数 / 全年预算数 / 全年执行数 down, 执行率 | 分值 | 得分 on a row of their own
js_yz_accounts_yuan_separators_reason_measure  江苏 扬州 district 部门决算: two self evaluations in
        元 with separators (单位：元 on the title line), four money lines, 偏差原因分析 | 改进措施
gd_sg_self_eval_fiscal_level_lines  广东 韶关 county: standalone 自评表, 资金使用情况（万元）
        with 预算数 | 执行数 | 执行率 over 财政资金 (省级 / 市级 / 县级 lines) / 其他资金 / 合计,
        执行率 score printed in a 分值 | 得分 row under it, grade in words
sc_my_accounts_landscape_column_letters  四川 绵阳 district 部门决算, landscape self evaluations:
        全年预算数（A） | 全年执行数（B） | 执行率（B/A） heads, levels not merged (repeated per row)
hub_xy_accounts_dept_eval_pairs_then_project  湖北 襄阳 部门决算: 部门整体 self evaluation with
        money as label | value pairs on one row and 一级 运行成本 / 管理效率 / 履职效能 / 社会效应,
        then a project self evaluation with 一级 cells that carry their weight
ln_as_budget_dept_wide_then_stacked_sources  辽宁 鞍山 部门预算: budget tables, a 部门整体支出绩效
        目标表 with weights, then three 项目支出绩效目标表 whose 项目资金（万元） is merged down over
        stacked label | value rows (资金总额 / 其中：财政拨款 / 上年结转 / 其他资金)
bj_ft_accounts_short_evals_running_on  北京 丰台 部门决算: three short self evaluations running down
        the pages (项目负责人及电话 row), 评价等级 in words
jx_ja_budget_labels_above_unit_in_cell  江西 吉安 项目支出绩效目标表: money labels above values,
        the unit in the cell ("120.00万元"), targets in words (不低于, 达到, 控制在…以内)
gz_zy_landscape_eval_yuan_pairs  贵州 遵义 landscape self evaluations in 元: money as label | value
        pairs (年初预算数（元） | … | 全年执行数（元）, 其中：财政拨款 | 其他资金 | 预算执行率)
sd_wf_accounts_dept_eval_income_nature  山东 潍坊 部门决算: 部门整体 self evaluation with 按收入性质分
        / 按支出性质分 lines, then a project self evaluation of the 财政部 template

Gold conventions: BLIND9's docstring, with the rulings of this round:

- In a self evaluation the project's money is read from the 全年预算数 column (or row): year =
  年度资金总额 (合计), fiscal = the 财政拨款 / 财政资金 line, or the sum of lines named
  …财政拨款收入; carried = the 上年结转 line where one is printed (a printed 0.00 is 0.00).
  Lines 一般公共预算 alone, 省级 / 市级 / 县级 sub-lines, 单位资金 and 其他资金 are never fiscal.
- A 部门整体 form's money gives no project; its self evaluation's budget is the 年度资金总额
  (or 全年预算数 pair) and executed its 全年执行数.
- score = the printed 总分 (执行率 score + indicator scores); 优秀 / 良好 / 中 read 优 / 良 / 中.
- 达到 N reads ">="; 控制在 N 以内 reads "<=".
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

HEADS = {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "target": "年度指标值", "actual": "实际完成值",
         "weight": "分值", "score": "得分", "note": "偏差原因分析及改进措施", "reason": "偏差原因分析",
         "measure": "改进措施"}


def _num(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _rate(budget: str, executed: str) -> tuple[str, Decimal]:
    """执行率 as printed and its score (10 at most), two decimals."""
    b, e = _num(budget), _num(executed)
    return f"{(e / b * 100).quantize(Decimal('0.01'))}%", min(Decimal(10), e / b * 10).quantize(Decimal("0.01"))


def _total(rate_score: Decimal, inds: list[Ind]) -> Decimal:
    return rate_score + sum(Decimal(i.score) for i in inds)


def _value(ind: Ind, key: str) -> str:
    if key == "target":
        return ind.raw
    if key in ("t0", "t1", "t2"):
        return ind.target[int(key[1])]
    if key in ("reason", "measure"):
        parts = ind.note.split("|") if ind.note else ["", ""]
        return parts[0] if key == "reason" else parts[1]
    if key == "l1":
        return ind.l1 or ""
    if key == "l2":
        return ind.l2 or ""
    return {"name": ind.name, "actual": ind.actual or "", "weight": ind.weight or "", "score": ind.score or "",
            "note": ind.note}[key]


def _grid(rows: _Rows, inds: list[Ind], cols: list[tuple[str, int, str | None]], x0: int = 0,
          merge: bool = True, heads: bool = True) -> None:
    """Heads row (unless heads is False) and one row per indicator; cols = (key, span, head)."""
    xs, x = [], x0
    for _, span, _h in cols:
        xs.append(x)
        x += span
    if heads:
        rows.add(*[(xs[k], span, head or HEADS[key]) for k, (key, span, head) in enumerate(cols)])
    keys = [c[0] for c in cols]
    c1 = xs[keys.index("l1")] if merge and "l1" in keys else None
    c2 = xs[keys.index("l2")] if merge and "l2" in keys else None
    skip = {c1, c2}
    _grid_rows(rows, inds, c1, c2, lambda i: [(xs[k], span, _value(i, key)) for k, (key, span, _h) in enumerate(cols)
                                              if xs[k] not in skip])


def _money_block(rows: _Rows, label: str, heads: list[str], lines: list[list[str]], lab_col: int = 1,
                 lab_span: int = 2) -> None:
    """A label merged down (col 0), a heads row, then one row per money line."""
    r = rows.n
    rows.put(r, 0, len(lines) + 1, lab_col, label)
    rows.put(r, lab_col, 1, lab_span, "")
    for k, head in enumerate(heads):
        rows.put(r, lab_col + lab_span + k, 1, 1, head)
    for n, line in enumerate(lines, 1):
        rows.put(r + n, lab_col, 1, lab_span, line[0])
        for k, v in enumerate(line[1:]):
            rows.put(r + n, lab_col + lab_span + k, 1, 1, v)


def _ministry_eval(doc: FormDoc, project: str | None, head: list[list[tuple[int, int, str]]], money_label: str,
                   lines: list[list[str]], budget: str, executed: str, goal: tuple[str, str], inds: list[Ind], *,
                   title: str, unit_raw: str | None, unit: str, grade_label: str = "自评等级", grade_text: str | None = None,
                   grade: str | None = None, cols: list | None = None, widths: list[float] | None = None,
                   fresh: bool = True, landscape: bool = False, heads: list[str] | None = None,
                   editor: str | None = None, merge: bool = True) -> Decimal:
    """The 财政部 template on nine columns: head rows, the money block (line 0 is 年度资金总额 with
    its 分值 | 执行率 | 得分), goals, the 绩效指标 grid, 总分 and the grade row."""
    rows = _Rows()
    for cells in head:
        rows.add(*cells)
    rate_txt, rate_score = _rate(budget, executed)
    lines = [list(lines[0]) + ["10", rate_txt, f"{rate_score}"]] + [list(l) + ["—", "—", "—"] for l in lines[1:]]
    _money_block(rows, money_label, heads or ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], lines)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    rows.n = r  # the grid's heads and rows go beside the merged cell
    _grid(rows, inds, cols or [("l1", 1, None), ("l2", 1, None), ("name", 1, None), ("target", 1, None),
                               ("actual", 1, None), ("weight", 1, None), ("score", 1, None), ("note", 1, None)], x0=1,
          merge=merge)
    total = _total(rate_score, inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    if grade_text:
        rows.add((0, 6, grade_label), (6, 3, grade_text))
    doc.pages.grid(_spec(rows.cells, rows.n, widths or [42, 50, 58, 82, 56, 56, 34, 42, 95], title=title,
                         editor=editor if editor is not None else f"（{doc.gold.fiscal_year}年度）", unit_raw=unit_raw,
                         landscape=landscape, kind="performance_self_evaluation"), fresh_page=fresh)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, unit, budget, executed, float(total), grade)
    return total


def _accounts_doc(name: str, dept: str, year: int, income, spending) -> FormDoc:
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, income, spending)
    return doc


def _budget_front(doc: FormDoc, dept: str, year: int, rows_in: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表, the 绩效目标 heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实上级决策部署，依法履行本领域管理和服务职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。"])
    total = sum(_num(v) for _, v in rows_in)
    body = [plain_row([a, v, a.replace("收入", "支出") if "收入" in a else "", v]) for a, v in rows_in]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, f"{year}年预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, f"{year}年预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{year}年本部门部门整体和项目支出均编制了绩效目标，具体如下。"])


# --------------------------------------------------------------------------- layouts


def layout_hen_ly_accounts_dept_eval_four_money_lines(folder: Path, name: str) -> FileGold:
    dept = "洛阳市洛龙区卫生健康委员会"
    doc = _accounts_doc(name, dept, 2024, [("一、财政拨款收入", "6,842.30"), ("二、事业收入", "1,215.60")],
                        [("一、卫生健康支出", "7,620.45"), ("二、社会保障和就业支出", "437.45")])
    dept_inds = [
        Ind("产出指标", "数量指标", "家庭医生签约人数", "≥12万人", (">=", 12, "万人"), "15", "12.8万人", "15"),
        Ind("产出指标", "数量指标", "65岁以上老年人健康管理率", "≥62%", (">=", 62, "%"), "10", "63.5%", "10"),
        Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥90%", (">=", 90, "%"), "10", "96.2%", "10"),
        Ind("产出指标", "时效指标", "传染病疫情报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%"), "5", "92%", "5"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", (">=", 28, "%"), "15", "27.1%", "13",
            "健康教育覆盖面不足，下年加大宣传"),
        Ind("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "持续提升", Q, "15", "持续提升", "15"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%", (">=", 85, "%"), "10", "88.6%", "10"),
    ]
    _ministry_eval(doc, None, [[(0, 1, "部门名称"), (1, 8, dept)]], "部门预算资金（万元）",
                   [["年度资金总额", "7,650.00", "8,120.50", "8,058.05"], ["其中：基本支出", "3,210.00", "3,288.40", "3,288.40"],
                    ["项目支出", "4,440.00", "4,832.10", "4,769.65"]], "8,120.50", "8,058.05",
                   ("推进基本公共卫生服务均等化，提升基层医疗服务能力和疾病防控水平。",
                    "完成家庭医生签约12.8万人，免疫规划接种率96.2%，居民健康素养水平27.1%。"), dept_inds,
                   title="部门整体支出绩效自评表", unit_raw="单位：万元", unit="万元", grade_text="优", grade="优")
    p1 = "基本公共卫生服务补助资金"
    _ministry_eval(doc, p1, [[(0, 1, "项目名称"), (1, 8, p1)],
                             [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, "洛龙区各乡镇卫生院")]],
                   "项目资金（万元）",
                   [["年度资金总额", "1,860.00", "1,942.36", "1,898.20"], ["其中：当年财政拨款", "1,860.00", "1,860.00", "1,816.84"],
                    ["上年结转资金", "0.00", "82.36", "81.36"], ["其他资金", "", "", ""]], "1,942.36", "1,898.20",
                   ("按人均89元标准落实基本公共卫生服务经费，规范开展12类服务项目。",
                    "资金全部拨付至基层医疗机构，12类服务项目全面开展。"), [
                       Ind("产出指标", "数量指标", "高血压患者规范管理人数", "≥1.6万人", (">=", 1.6, "万人"), "15", "1.72万人", "15"),
                       Ind("产出指标", "数量指标", "孕产妇系统管理率", "≥90%", (">=", 90, "%"), "10", "92.4%", "10"),
                       Ind("产出指标", "质量指标", "电子健康档案建档率", "≥90%", (">=", 90, "%"), "15", "91.3%", "15"),
                       Ind("产出指标", "时效指标", "资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
                       Ind("效益指标", "社会效益指标", "城乡居民公共卫生差距", "不断缩小", Q, "15", "逐步缩小", "14",
                           "部分村卫生室人员不足"),
                       Ind("效益指标", "可持续影响指标", "基本公共卫生服务水平", "不断提高", Q, "15", "有所提高", "14"),
                       Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥80%", (">=", 80, "%"), "10", "86%", "10"),
                   ], title="项目支出绩效自评表", unit_raw="单位：万元", unit="万元", grade_text="优", grade="优")
    doc.gold.project(p1, "万元", year="1,942.36", fiscal="1,860.00", carried="82.36")
    p2 = "计划生育家庭奖励扶助资金"
    _ministry_eval(doc, p2, [[(0, 1, "项目名称"), (1, 8, p2)],
                             [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, dept)]],
                   "项目资金（万元）",
                   [["年度资金总额", "426.80", "426.80", "401.92"], ["其中：当年财政拨款", "426.80", "426.80", "401.92"],
                    ["上年结转资金", "0.00", "0.00", "0.00"], ["其他资金", "", "", ""]], "426.80", "401.92",
                   ("按标准足额发放奖励扶助金，保障计划生育家庭合法权益。", "奖励扶助对象3,556人，资金按季度发放到位。"), [
                       Ind("产出指标", "数量指标", "奖励扶助对象人数", "≥3500人", (">=", 3500, "人"), "20", "3556人", "20"),
                       Ind("产出指标", "质量指标", "资格确认准确率", "100%", ("=", 100, "%"), "15", "99.8%", "14",
                           "个别对象信息变更未及时更新"),
                       Ind("产出指标", "时效指标", "奖扶资金发放时间", "按季度发放", Q, "15", "按季度发放", "15"),
                       Ind("效益指标", "社会效益指标", "计划生育家庭生活水平", "有所改善", Q, "30", "有所改善", "28"),
                       Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥95%", (">=", 95, "%"), "10", "97%", "10"),
                   ], title="项目支出绩效自评表", unit_raw="单位：万元", unit="万元", grade_text="优", grade="优")
    doc.gold.project(p2, "万元", year="426.80", fiscal="426.80", carried="0.00")
    return doc.save(folder)


def layout_zj_sx_accounts_sources_across_periods_down(folder: Path, name: str) -> FileGold:
    dept = "绍兴市越城区住房和城乡建设局"
    doc = _accounts_doc(name, dept, 2024, [("一、一般公共预算财政拨款收入", "9,315.22"), ("二、政府性基金预算财政拨款收入", "4,120.00")],
                        [("一、城乡社区支出", "12,860.72"), ("二、住房保障支出", "574.50")])

    def form(project: str, code: str, unit_name: str, periods: list[list[str]], goal, inds, grade_word, grade) -> None:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project), (6, 1, "项目编码"), (7, 2, code))
        rows.add((0, 2, "主管部门"), (2, 4, dept), (6, 1, "实施单位"), (7, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 2, "项目资金（万元）")
        heads = [(2, 2, "资金来源"), (4, 1, "合计"), (5, 2, "一般公共预算财政拨款收入"), (7, 1, "政府性基金预算财政拨款收入"),
                 (8, 1, "单位资金")]
        for c, cs, head in heads:
            rows.put(r, c, 1, cs, head)
        for n, line in enumerate(periods, 1):
            for (c, cs, _h), v in zip(heads, line):
                rows.put(r + n, c, 1, cs, v)
        budget, executed = periods[1][1], periods[2][1]
        rate_txt, rate_score = _rate(budget, executed)
        rows.add((0, 2, "预算执行率"), (2, 2, rate_txt), (4, 1, "分值"), (5, 2, "10"), (7, 1, "得分"), (8, 1, f"{rate_score}"))
        rows.add((0, 2, "年度绩效目标"), (2, 7, goal))
        _grid(rows, inds, [("l1", 1, None), ("l2", 1, None), ("name", 2, None), ("target", 1, "年度目标值"),
                           ("actual", 1, None), ("weight", 1, None), ("score", 1, None), ("note", 1, "偏差原因")])
        total = _total(rate_score, inds)
        rows.add((0, 6, "合计"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
        rows.add((0, 2, "自评等级"), (2, 7, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [46, 52, 50, 46, 56, 56, 40, 64, 90], title="项目支出绩效自评表",
                             editor=f"评价年度：{doc.gold.fiscal_year}年", unit_raw="金额单位：万元",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        parts = [periods[1][2], periods[1][3]]
        fiscal = sum(_num(p) for p in parts if p)
        doc.gold.project(project, "万元", code=code, year=budget, fiscal=f"{fiscal:.2f}")

    form("老旧小区综合改造提升工程", "330602241000000012345", "越城区城市更新服务中心",
         [["年初预算数", "3,600.00", "1,200.00", "2,400.00", ""], ["全年预算数", "3,780.00", "1,380.00", "2,400.00", ""],
          ["全年执行数", "3,662.65", "1,342.65", "2,320.00", ""]],
         "完成28个老旧小区综合改造，惠及居民6,500户，改造后小区功能完善、环境整洁。", [
             Ind("产出指标", "数量指标", "改造小区数量", "28个", ("=", 28, "个"), "15", "28个", "15"),
             Ind("产出指标", "数量指标", "加装电梯数量", "≥40台", (">=", 40, "台"), "10", "43台", "10"),
             Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "年底前完工率", "≥90%", (">=", 90, "%"), "10", "85.7%", "8",
                 "4个小区因管线迁改延期"),
             Ind("效益指标", "社会效益指标", "受益居民户数", "≥6000户", (">=", 6000, "户"), "20", "6512户", "20"),
             Ind("效益指标", "可持续影响指标", "长效管理机制覆盖率", "≥80%", (">=", 80, "%"), "10", "82%", "10"),
             Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", (">=", 90, "%"), "10", "92.5%", "10"),
         ], "优秀", "优")
    form("城市燃气管道老化更新改造", "330602241000000013578", "越城区市政设施管理中心",
         [["年初预算数", "1,500.00", "1,500.00", "", ""], ["全年预算数", "1,500.00", "1,350.00", "", "150.00"],
          ["全年执行数", "1,226.40", "1,106.40", "", "120.00"]],
         "更新改造老化燃气管道42公里，消除燃气安全隐患。", [
             Ind("产出指标", "数量指标", "更新改造管道长度", "≥42公里", (">=", 42, "公里"), "20", "38.5公里", "16",
                 "部分路段道路开挖审批滞后"),
             Ind("产出指标", "质量指标", "管道气密性试验合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "项目完成时间", "2024年12月底前", (None, None, None), "15", "2025年3月完成", "10",
                 "冬季施工受限，延期完工"),
             Ind("效益指标", "社会效益指标", "燃气安全事故发生数", "0起", ("=", 0, "起"), "20", "0起", "20"),
             Ind("效益指标", "可持续影响指标", "管网安全运行水平", "明显提升", Q, "10", "明显提升", "10"),
             Ind("满意度指标", "服务对象满意度指标", "用户满意度", "≥85%", (">=", 85, "%"), "10", "90.2%", "10"),
         ], "良好", "良")
    return doc.save(folder)


def layout_js_yz_accounts_yuan_separators_reason_measure(folder: Path, name: str) -> FileGold:
    dept = "扬州市邗江区农业农村局"
    doc = _accounts_doc(name, dept, 2024, [("一、一般公共预算财政拨款收入", "5,406.18"), ("二、其他收入", "32.50")],
                        [("一、农林水支出", "5,218.68"), ("二、社会保障和就业支出", "220.00")])
    widths = [40, 46, 50, 76, 76, 76, 30, 44, 77]
    p1 = "高标准农田建设项目"
    _ministry_eval(doc, p1, [[(0, 1, "项目名称"), (1, 8, p1)],
                             [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, "邗江区农田建设管理中心")]],
                   "项目资金（元）",
                   [["年度资金总额", "12,000,000.00", "13,650,000.00", "13,012,480.00"],
                    ["其中：财政拨款", "12,000,000.00", "12,600,000.00", "11,962,480.00"],
                    ["上年结转", "", "1,050,000.00", "1,050,000.00"], ["其他资金", "", "", ""]],
                   "13,650,000.00", "13,012,480.00",
                   ("新建高标准农田1.2万亩，配套灌排、道路等基础设施。", "建成高标准农田1.2万亩，完成县级验收。"), [
                       Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), "20", "1.2万亩", "20"),
                       Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
                       Ind("产出指标", "时效指标", "项目建设完成时间", "2024年10月31日前", (None, None, None), "10",
                           "2024年11月20日", "8", "雨季影响施工进度"),
                       Ind("产出指标", "成本指标", "亩均财政投入", "≤3000元", ("<=", 3000, "元"), "5", "2960元", "5"),
                       Ind("效益指标", "经济效益指标", "粮食产能提升", "≥100斤/亩", (">=", 100, "斤/亩"), "15", "105斤/亩", "15"),
                       Ind("效益指标", "生态效益指标", "节水灌溉覆盖率", "≥60%", (">=", 60, "%"), "15", "62%", "15"),
                       Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
                   ], title="项目支出绩效自评表", unit_raw="单位：元", unit="元", grade_text="优", grade="优", widths=widths)
    doc.gold.project(p1, "元", year="13,650,000.00", fiscal="12,600,000.00", carried="1,050,000.00")
    p2 = "农村人居环境整治提升"
    _ministry_eval(doc, p2, [[(0, 1, "项目名称"), (1, 8, p2)],
                             [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, dept)]],
                   "项目资金（元）",
                   [["年度资金总额", "3,200,000.00", "2,980,000.00", "2,652,200.00"],
                    ["其中：财政拨款", "3,200,000.00", "2,980,000.00", "2,652,200.00"],
                    ["上年结转", "", "", ""], ["其他资金", "", "", ""]],
                   "2,980,000.00", "2,652,200.00",
                   ("完成农村户厕问题摸排整改，提升农村生活污水治理水平。", "整改问题户厕860户，部分污水设施未完工。"), [
                       Ind("产出指标", "数量指标", "问题户厕整改数", "≥800户", (">=", 800, "户"), "20", "860户", "20"),
                       Ind("产出指标", "数量指标", "新建村级污水处理设施", "≥12座", (">=", 12, "座"), "15", "9座", "11",
                           "3座设施选址调整，结转下年实施"),
                       Ind("产出指标", "质量指标", "设施正常运行率", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
                       Ind("效益指标", "生态效益指标", "农村生活污水治理率", "≥45%", (">=", 45, "%"), "20", "43%", "17",
                           "设施建设滞后"),
                       Ind("效益指标", "社会效益指标", "村庄环境面貌", "明显改善", Q, "10", "明显改善", "10"),
                       Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
                   ], title="项目支出绩效自评表", unit_raw="单位：元", unit="元", grade_text="优", grade="优", widths=widths)
    doc.gold.project(p2, "元", year="2,980,000.00", fiscal="2,980,000.00")
    return doc.save(folder)


def layout_gd_sg_self_eval_fiscal_level_lines(folder: Path, name: str) -> FileGold:
    dept = "韶关市曲江区交通运输局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024,
                  cover=[("2024年度项目支出绩效自评报告", 22), (f"自评单位：{dept}", 16)])

    def form(project: str, unit_name: str, money: list[list[str]], goal: tuple[str, str], inds: list[Ind],
             grade_word: str, grade: str) -> None:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 8, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, len(money) + 2, 1, "资金使用情况（万元）")
        heads = [(1, 2, "资金来源"), (3, 2, "预算数"), (5, 2, "执行数"), (7, 2, "执行率")]
        for c, cs, h in heads:
            rows.put(r, c, 1, cs, h)
        for n, line in enumerate(money, 1):
            rate = _rate(line[1], line[2])[0] if line[1] and line[2] else ""
            for (c, cs, _h), v in zip(heads, line + [rate]):
                rows.put(r + n, c, 1, cs, v)
        budget, executed = money[-1][1], money[-1][2]
        _, rate_score = _rate(budget, executed)
        rows.put(r + len(money) + 1, 1, 1, 2, "预算执行率")
        rows.put(r + len(money) + 1, 3, 1, 1, "分值")
        rows.put(r + len(money) + 1, 4, 1, 1, "10")
        rows.put(r + len(money) + 1, 5, 1, 2, "得分")
        rows.put(r + len(money) + 1, 7, 1, 2, f"{rate_score}")
        rows.add((0, 1, "年度总体目标"), (1, 4, goal[0]), (5, 4, goal[1]))
        _grid(rows, inds, [("l1", 1, None), ("l2", 1, None), ("name", 2, None), ("target", 1, "指标值"),
                           ("actual", 1, None), ("weight", 1, None), ("score", 1, None), ("note", 1, "未完成原因分析")])
        total = _total(rate_score, inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 2, f"{total:.2f}"))
        rows.add((0, 6, "自评等级"), (6, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [56, 50, 56, 40, 52, 56, 34, 44, 95], title="项目支出绩效自评表",
                             editor="", unit_raw="", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget, fiscal=money[0][1])

    form("农村公路安全生命防护工程", "曲江区公路事务中心",
         [["财政资金", "680.00", "652.40"], ["其中：省级", "400.00", "400.00"], ["市级", "120.00", "110.00"],
          ["区级", "160.00", "142.40"], ["其他资金", "", ""], ["合计", "680.00", "652.40"]],
         ("完成农村公路安防工程86公里，消除临水临崖路段安全隐患。", "完成安防工程86公里，通过交工验收。"), [
             Ind("产出指标", "数量指标", "安防工程实施里程", "≥86公里", (">=", 86, "公里"), "20", "86公里", "20"),
             Ind("产出指标", "质量指标", "交工验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "工程完工及时率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
             Ind("产出指标", "成本指标", "每公里建设成本", "≤8万元", ("<=", 8, "万元"), "5", "7.6万元", "5"),
             Ind("效益指标", "社会效益指标", "农村公路交通事故起数", "同比下降", Q, "20", "同比下降8%", "20"),
             Ind("效益指标", "可持续影响指标", "安防设施使用年限", "≥10年", (">=", 10, "年"), "10", "10年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
         ], "优秀", "优")
    form("城乡客运一体化运营补贴", "韶关市曲江区交通运输局",
         [["财政资金", "350.00", "315.80"], ["其中：省级", "200.00", "200.00"], ["市级", "", ""],
          ["区级", "150.00", "115.80"], ["其他资金", "50.00", "50.00"], ["合计", "400.00", "365.80"]],
         ("保障城乡客运线路稳定运营，建制村通客车率保持100%。", "补贴客运线路32条，建制村通客车率100%。"), [
             Ind("产出指标", "数量指标", "补贴客运线路数", "≥30条", (">=", 30, "条"), "20", "32条", "20"),
             Ind("产出指标", "质量指标", "建制村通客车率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "补贴资金拨付时间", "2024年12月31日前", (None, None, None), "10", "2025年1月拨付", "7",
                 "区级资金到位较晚"),
             Ind("效益指标", "社会效益指标", "群众出行便利程度", "明显提高", Q, "30", "明显提高", "28"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%"), "10", "89%", "10"),
         ], "优秀", "优")
    return doc.save(folder)


def layout_sc_my_accounts_landscape_column_letters(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区文化广播电视和旅游局"
    doc = _accounts_doc(name, dept, 2024, [("一、财政拨款收入", "2,615.44"), ("二、事业收入", "86.00")],
                        [("一、文化旅游体育与传媒支出", "2,510.24"), ("二、社会保障和就业支出", "191.20")])
    heads = ["年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"]
    widths = [50, 80, 86, 110, 80, 80, 46, 56, 150]
    cols = [("l1", 1, None), ("l2", 1, None), ("name", 1, None), ("target", 1, "年度指标值（A）"),
            ("actual", 1, "实际完成值（B）"), ("weight", 1, None), ("score", 1, None), ("note", 1, None)]
    p1 = "公共文化服务体系建设"
    _ministry_eval(doc, p1, [[(0, 1, "项目名称"), (1, 8, p1)],
                             [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, "涪城区文化馆、图书馆")]],
                   "项目资金（万元）",
                   [["年度资金总额", "210.00", "236.50", "229.74"], ["其中：财政拨款", "210.00", "216.50", "209.74"],
                    ["上年结转", "", "20.00", "20.00"], ["其他资金", "", "", ""]], "236.50", "229.74",
                   ("开展送文化下乡、公益培训和全民阅读活动，推动公共文化服务提质增效。",
                    "开展文化下乡演出126场、公益培训98期，图书馆接待读者22万人次。"), [
                       Ind("产出指标", "数量指标", "文化下乡演出场次", "≥120场", (">=", 120, "场"), "15", "126场", "15"),
                       Ind("产出指标", "数量指标", "公益培训期数", "≥90期", (">=", 90, "期"), "10", "98期", "10"),
                       Ind("产出指标", "数量指标", "图书馆接待读者人次", "≥20万人次", (">=", 20, "万人次"), "10", "22万人次", "10"),
                       Ind("产出指标", "质量指标", "活动安全事故发生率", "0", ("=", 0, None), "10", "0", "10"),
                       Ind("产出指标", "时效指标", "活动按计划完成率", "≥95%", (">=", 95, "%"), "5", "98%", "5"),
                       Ind("效益指标", "社会效益指标", "群众文化获得感", "显著增强", Q, "20", "显著增强", "19"),
                       Ind("效益指标", "可持续影响指标", "公共文化设施免费开放", "长期", Q, "10", "长期开放", "10"),
                       Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10", "95%", "10"),
                   ], title="项目支出绩效自评表", unit_raw="单位：万元", unit="万元", grade_text="优", grade="优",
                   heads=heads, widths=widths, cols=cols, landscape=True, merge=False)
    doc.gold.project(p1, "万元", year="236.50", fiscal="216.50", carried="20.00")
    p2 = "文物保护单位修缮"
    _ministry_eval(doc, p2, [[(0, 1, "项目名称"), (1, 8, p2)],
                             [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, "涪城区文物保护中心")]],
                   "项目资金（万元）",
                   [["年度资金总额", "150.00", "150.00", "118.20"], ["其中：财政拨款", "150.00", "150.00", "118.20"],
                    ["上年结转", "0.00", "0.00", "0.00"], ["其他资金", "", "", ""]], "150.00", "118.20",
                   ("完成2处区级文物保护单位本体修缮，消除文物安全隐患。", "完成1处修缮，另1处进入施工收尾阶段。"), [
                       Ind("产出指标", "数量指标", "修缮文物保护单位数量", "2处", ("=", 2, "处"), "20", "1处", "10",
                           "方案报批周期长，开工推迟"),
                       Ind("产出指标", "质量指标", "修缮工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
                       Ind("产出指标", "时效指标", "修缮完成时间", "2024年11月底前", (None, None, None), "10", "未完成", "5",
                           "结转至2025年完工"),
                       Ind("效益指标", "社会效益指标", "文物安全隐患", "有效消除", Q, "20", "部分消除", "16"),
                       Ind("效益指标", "可持续影响指标", "文物保护利用水平", "持续提升", Q, "10", "有所提升", "9"),
                       Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", (">=", 85, "%"), "10", "87%", "10"),
                   ], title="项目支出绩效自评表", unit_raw="单位：万元", unit="万元", grade_text="中", grade="中",
                   heads=heads, widths=widths, cols=cols, landscape=True, merge=False)
    doc.gold.project(p2, "万元", year="150.00", fiscal="150.00", carried="0.00")
    return doc.save(folder)


def layout_hub_xy_accounts_dept_eval_pairs_then_project(folder: Path, name: str) -> FileGold:
    dept = "襄阳市樊城区教育局"
    doc = _accounts_doc(name, dept, 2024, [("一、一般公共预算财政拨款收入", "38,406.72"), ("二、事业收入", "1,860.00")],
                        [("一、教育支出", "36,214.30"), ("二、社会保障和就业支出", "4,052.42")])
    inds = [
        Ind("运行成本", "公用经费控制", "“三公”经费变动率", "≤0", ("<=", 0, None), "10", "-6.2%", "10"),
        Ind("管理效率", "预算执行", "预算执行率", "≥95%", (">=", 95, "%"), "10", "97.5%", "10"),
        Ind("管理效率", "预算管理", "结转结余率", "≤10%", ("<=", 10, "%"), "10", "2.5%", "10"),
        Ind("管理效率", "资产管理", "固定资产利用率", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
        Ind("履职效能", "核心业务产出", "义务教育巩固率", "≥99%", (">=", 99, "%"), "15", "99.6%", "15"),
        Ind("履职效能", "核心业务产出", "校舍安全达标率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("社会效应", "社会效益", "教育公平程度", "持续提升", Q, "10", "持续提升", "9"),
        Ind("社会效应", "服务对象满意度", "学生家长满意度", "≥90%", (">=", 90, "%"), "10", "91.4%", "10"),
    ]
    budget, executed = "41,350.00", "40,266.72"
    rate_txt, rate_score = _rate(budget, executed)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 1, "年初预算数（万元）"), (1, 1, "39,800.00"), (2, 1, "全年预算数（万元）"), (3, 2, budget),
             (5, 1, "全年执行数（万元）"), (6, 2, executed))
    rows.add((0, 1, "执行率"), (1, 1, rate_txt), (2, 1, "分值"), (3, 2, "10"), (5, 1, "得分"), (6, 2, f"{rate_score}"))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "巩固义务教育均衡发展成果，校舍安全达标，资助政策全面落实。"))
    _grid(rows, inds, [("l1", 1, None), ("l2", 1, None), ("name", 1, None), ("target", 1, "年度目标值"),
                       ("actual", 1, "实际完成值"), ("weight", 1, None), ("score", 1, None), ("note", 1, "偏差原因及改进措施")])
    total = _total(rate_score, inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 70, 84, 68, 66, 34, 42, 89], title="部门整体支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")
    p = "家庭经济困难学生资助经费"
    pinds = [
        Ind("产出指标（50分）", "数量指标", "资助学生人次", "≥8500人次", (">=", 8500, "人次"), "20", "8734人次", "20"),
        Ind("产出指标（50分）", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标（50分）", "时效指标", "资助资金发放时间", "按学期及时发放", Q, "15", "按时发放", "15"),
        Ind("效益指标（30分）", "社会效益指标", "因贫辍学学生人数", "0人", ("=", 0, "人"), "20", "0人", "20"),
        Ind("效益指标（30分）", "可持续影响指标", "资助政策知晓率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
        Ind("满意度指标（10分）", "服务对象满意度指标", "受助学生满意度", "≥90%", (">=", 90, "%"), "10", "95%", "10"),
    ]
    _ministry_eval(doc, p, [[(0, 1, "项目名称"), (1, 8, p)],
                            [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, "樊城区学生资助管理中心")]],
                   "项目资金（万元）",
                   [["年度资金总额", "1,120.00", "1,185.60", "1,185.60"], ["其中：财政拨款", "1,120.00", "1,185.60", "1,185.60"],
                    ["其他资金", "", "", ""]], "1,185.60", "1,185.60",
                   ("落实学前教育至高中阶段学生资助政策，应助尽助。", "资助学生8,734人次，资金全部发放到位。"), pinds,
                   title="项目支出绩效自评表", unit_raw="单位：万元", unit="万元", grade_label="评价等级",
                   grade_text="优", grade="优")
    doc.gold.project(p, "万元", year="1,185.60", fiscal="1,185.60")
    return doc.save(folder)


def layout_ln_as_budget_dept_wide_then_stacked_sources(folder: Path, name: str) -> FileGold:
    dept = "鞍山市铁东区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,230.40"), ("政府性基金预算拨款收入", "380.00")])
    dinds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥4200人", (">=", 4200, "人"), "15"),
        Ind("产出指标", "数量指标", "社区居家养老服务站点", "≥24个", (">=", 24, "个"), "10"),
        Ind("产出指标", "质量指标", "低保资金社会化发放率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤10个工作日", ("<=", 10, "个工作日"), "10"),
        Ind("产出指标", "成本指标", "城市低保保障标准", "≥880元/人·月", (">=", 880, "元/人·月"), "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "20"),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "不断健全", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 5, dept))
    rows.add((0, 2, "年度预算资金（万元）"), (2, 1, "资金总额"), (3, 1, "6,610.40"), (4, 2, "其中：财政拨款"), (6, 1, "6,610.40"))
    rows.add((0, 2, "年度绩效目标"), (2, 5, "保障城乡困难群众基本生活，完善养老服务体系，提升基层社会治理和社区服务水平。"))
    _grid(rows, dinds, [("l1", 1, None), ("l2", 1, None), ("name", 2, None), ("target", 1, "指标值"),
                        ("weight", 1, "权重（%）"), ("note", 1, "备注")])
    doc.pages.grid(_spec(rows.cells, rows.n, [66, 80, 70, 90, 86, 50, 70], title="部门整体支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="", kind="department_performance_targets"), fresh_page=True)
    for ind in dinds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    def form(project: str, unit_name: str, money: list[str], goal: str, inds: list[Ind], first: bool) -> None:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for n, label in enumerate(("资金总额", "其中：财政拨款", "上年结转", "其他资金")):
            rows.put(r + n, 1, 1, 2, label)
            rows.put(r + n, 3, 1, 4, money[n])
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        rows.n = r
        _grid(rows, inds, [("l1", 1, None), ("l2", 1, None), ("name", 2, None), ("target", 1, "指标值"),
                           ("weight", 1, "权重")], x0=1)
        doc.pages.grid(_spec(rows.cells, rows.n, [64, 64, 84, 70, 70, 90, 50], title="项目支出绩效目标表",
                             editor=f"（{year}年度）", unit_raw=""), fresh_page=first)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1] or None, carried=money[2] or None)

    form("城乡最低生活保障资金", "铁东区社会救助服务中心", ["3,860.00", "3,600.00", "260.00", ""],
         "按时足额发放城乡低保金，保障低保对象基本生活。", [
             Ind("产出指标", "数量指标", "低保对象人数", "≥4200人", (">=", 4200, "人"), "30"),
             Ind("产出指标", "时效指标", "低保金发放时间", "每月10日前", (None, None, None), "20"),
             Ind("效益指标", "社会效益指标", "低保对象基本生活", "得到保障", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "20"),
         ], True)
    form("居家和社区养老服务提升", "铁东区养老服务指导中心", ["540.00", "540.00", "0.00", ""],
         "建设社区居家养老服务站点，为特困、高龄老人提供上门服务。", [
             Ind("产出指标", "数量指标", "新建养老服务站点", "≥6个", (">=", 6, "个"), "25"),
             Ind("产出指标", "数量指标", "上门服务人次", "≥1.5万人次", (">=", 1.5, "万人次"), "25"),
             Ind("产出指标", "质量指标", "服务站点运营达标率", "≥90%", (">=", 90, "%"), "20"),
             Ind("效益指标", "社会效益指标", "老年人养老服务可及性", "明显提升", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥92%", (">=", 92, "%"), "10"),
         ], True)
    form("殡葬惠民补助", "铁东区殡葬管理所", ["380.00", "380.00", "", ""],
         "落实基本殡葬服务费用减免政策。", [
             Ind("产出指标", "数量指标", "减免基本殡葬服务费用人数", "≥2000人", (">=", 2000, "人"), "40"),
             Ind("产出指标", "质量指标", "减免政策落实率", "100%", ("=", 100, "%"), "30"),
             Ind("效益指标", "社会效益指标", "群众丧葬负担", "有效减轻", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ], False)
    return doc.save(folder)


def layout_bj_ft_accounts_short_evals_running_on(folder: Path, name: str) -> FileGold:
    dept = "北京市丰台区园林绿化局"
    doc = _accounts_doc(name, dept, 2024, [("一、财政拨款收入", "21,384.65"), ("二、其他收入", "140.00")],
                        [("一、城乡社区支出", "14,260.15"), ("二、农林水支出", "7,264.50")])

    def form(project: str, leader: str, money: list[list[str]], goal: tuple[str, str], inds: list[Ind], grade_word: str,
             grade: str, first: bool) -> None:
        _ministry_eval(doc, project, [[(0, 1, "项目名称"), (1, 8, project)],
                                      [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, "丰台区园林绿化服务中心")],
                                      [(0, 1, "项目负责人及电话"), (1, 8, leader)]],
                       "项目资金（万元）", money, money[0][2], money[0][3], goal, inds, title="项目支出绩效自评表",
                       unit_raw="单位：万元", unit="万元", grade_label="评价等级", grade_text=grade_word, grade=grade,
                       fresh=first, editor="")
        doc.gold.project(project, "万元", year=money[0][2], fiscal=money[1][2])

    form("城市公园绿地养护管理", "刘晓明 63801234",
         [["年度资金总额", "2,460.00", "2,460.00", "2,431.18"], ["其中：财政拨款", "2,460.00", "2,460.00", "2,431.18"],
          ["其他资金", "", "", ""]],
         ("完成城市公园及绿地精细化养护386公顷。", "养护面积386公顷，养护质量达到一级标准。"), [
             Ind("产出指标", "数量指标", "养护绿地面积", "≥386公顷", (">=", 386, "公顷"), "30", "386公顷", "30"),
             Ind("产出指标", "质量指标", "养护质量考核合格率", "≥95%", (">=", 95, "%"), "20", "97%", "20"),
             Ind("效益指标", "生态效益指标", "城市绿化覆盖率", "大于50%", (">", 50, "%"), "20", "51.2%", "20"),
             Ind("效益指标", "社会效益指标", "市民休闲游憩条件", "持续改善", Q, "10", "持续改善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "游园市民满意度", "≥90%", (">=", 90, "%"), "10", "96%", "10"),
         ], "优秀", "优", True)
    form("林业有害生物防治", "王建 63805678",
         [["年度资金总额", "380.00", "412.00", "398.64"], ["其中：财政拨款", "380.00", "392.00", "378.64"],
          ["其他资金", "", "20.00", "20.00"]],
         ("开展美国白蛾等林业有害生物监测防治，成灾率控制在1‰以下。", "完成防治作业面积2.6万亩次，未发生成灾。"), [
             Ind("产出指标", "数量指标", "防治作业面积", "≥2.5万亩次", (">=", 2.5, "万亩次"), "30", "2.6万亩次", "30"),
             Ind("产出指标", "质量指标", "有害生物成灾率", "＜1‰", ("<", 1, "‰"), "20", "0", "20"),
             Ind("产出指标", "时效指标", "防治作业完成时间", "2024年9月30日前", (None, None, None), "10", "2024年9月25日", "10"),
             Ind("效益指标", "生态效益指标", "林木资源安全", "有效保护", Q, "20", "有效保护", "19"),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
         ], "优秀", "优", False)
    form("平原造林地块管护", "赵丽 63809012",
         [["年度资金总额", "1,050.00", "980.00", "851.62"], ["其中：财政拨款", "1,050.00", "980.00", "851.62"],
          ["其他资金", "", "", ""]],
         ("管护平原造林地块1.2万亩，林木保存率保持在95%以上。", "完成管护1.2万亩，部分地块补植未完成。"), [
             Ind("产出指标", "数量指标", "管护面积", "1.2万亩", ("=", 1.2, "万亩"), "25", "1.2万亩", "25"),
             Ind("产出指标", "质量指标", "林木保存率", "≥95%", (">=", 95, "%"), "25", "93%", "20", "受极端天气影响，补植延后"),
             Ind("效益指标", "生态效益指标", "森林覆盖率提升", "≥0.1个百分点", (">=", 0.1, "个百分点"), "20", "0.08个百分点", "15",
                 "补植未完成"),
             Ind("效益指标", "可持续影响指标", "管护长效机制", "健全", Q, "10", "健全", "10"),
             Ind("满意度指标", "服务对象满意度指标", "管护人员满意度", "≥85%", (">=", 85, "%"), "10", "90%", "10"),
         ], "良好", "良", False)
    return doc.save(folder)


def layout_jx_ja_budget_labels_above_unit_in_cell(folder: Path, name: str) -> FileGold:
    dept = "吉安市吉州区人力资源和社会保障局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(f"{year}年项目支出绩效目标表", 22), (f"单位：{dept}", 16)])

    def form(project: str, code: str, money: list[str], goal: str, inds: list[Ind]) -> None:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目属性"), (5, 2, "经常性项目"))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金情况")
        for (c, cs, head), v in zip(((1, 2, "资金总额"), (3, 1, "其中：财政拨款"), (4, 2, "其中：上年结转"),
                                     (6, 1, "其他资金")), money):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        _grid(rows, inds, [("l1", 1, None), ("l2", 1, None), ("name", 2, None), ("target", 2, "指标值"),
                           ("note", 1, "指标值说明")])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 76, 68, 76, 70, 70, 85], title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}", unit_raw=""), gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        amounts = [m.removesuffix("万元") for m in money]
        doc.gold.project(project, "万元", code=code, year=amounts[0], fiscal=amounts[1] or None,
                         carried=amounts[2] or None)

    form("就业创业补助资金", "36080225T000001", ["1,280.00万元", "1,150.00万元", "130.00万元", ""],
         "落实就业创业扶持政策，城镇新增就业不少于5,000人。", [
             Ind("产出指标", "数量指标", "城镇新增就业人数", "不低于5000人", (">=", 5000, "人")),
             Ind("产出指标", "数量指标", "职业技能培训人次", "达到3000人次", (">=", 3000, "人次")),
             Ind("产出指标", "质量指标", "培训合格率", "不低于85%", (">=", 85, "%")),
             Ind("效益指标", "社会效益指标", "城镇调查失业率", "控制在5.5%以内", ("<=", 5.5, "%")),
             Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "不低于90%", (">=", 90, "%")),
         ])
    form("劳动保障监察执法", "36080225T000007", ["86.00万元", "86.00万元", "", ""],
         "依法查处欠薪案件，根治拖欠农民工工资。", [
             Ind("产出指标", "数量指标", "开展专项执法检查次数", "达到4次", (">=", 4, "次")),
             Ind("产出指标", "质量指标", "欠薪案件结案率", "不低于96%", (">=", 96, "%")),
             Ind("产出指标", "时效指标", "举报投诉处理时限", "不超过60天", ("<=", 60, "天")),
             Ind("效益指标", "社会效益指标", "欠薪群体性事件", "有效遏制", Q),
             Ind("满意度指标", "服务对象满意度指标", "投诉人满意度", "不低于85%", (">=", 85, "%")),
         ])
    form("人事考试组织经费", "36080225T000012", ["64.50万元", "50.00万元", "", "14.50万元"],
         "安全平稳组织各类人事考试。", [
             Ind("产出指标", "数量指标", "组织考试场次", "达到12场", (">=", 12, "场")),
             Ind("产出指标", "质量指标", "考试安全责任事故", "0起", ("=", 0, "起")),
             Ind("效益指标", "社会效益指标", "人才选拔公平公正", "社会认可", Q),
             Ind("满意度指标", "服务对象满意度指标", "考生满意度", "不低于90%", (">=", 90, "%")),
         ])
    return doc.save(folder)


def layout_gz_zy_landscape_eval_yuan_pairs(folder: Path, name: str) -> FileGold:
    dept = "遵义市汇川区水务局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024,
                  cover=[(f"{dept}", 20), ("2024年度项目支出绩效自评结果", 20)])

    def form(project: str, unit_name: str, money: dict, goal: str, inds: list[Ind], grade_word: str, grade: str) -> None:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 2, dept), (7, 1, "实施单位"), (8, 2, unit_name))
        rate_txt, rate_score = _rate(money["budget"], money["executed"])
        rows.add((0, 1, "年初预算数（元）"), (1, 1, money["initial"]), (2, 1, "全年预算数（元）"), (3, 1, money["budget"]),
                 (4, 1, "全年执行数（元）"), (5, 1, money["executed"]), (6, 1, "预算执行率"), (7, 1, rate_txt),
                 (8, 1, "分值"), (9, 1, "10"))
        rows.add((0, 1, "其中：财政拨款（元）"), (1, 1, money["fiscal"]), (2, 1, "上年结转（元）"), (3, 1, money["carried"]),
                 (4, 1, "其他资金（元）"), (5, 1, money["other"]), (6, 1, "执行率得分"), (7, 1, f"{rate_score}"), (8, 2, ""))
        rows.add((0, 1, "年度总体目标"), (1, 9, goal))
        _grid(rows, inds, [("l1", 1, None), ("l2", 1, None), ("name", 2, None), ("target", 1, None), ("actual", 1, None),
                           ("weight", 1, None), ("score", 1, None), ("reason", 1, None), ("measure", 1, None)])
        total = _total(rate_score, inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 2, ""))
        rows.add((0, 6, "自评等级"), (6, 4, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [64, 96, 64, 96, 70, 96, 50, 46, 79, 79], title="项目支出绩效自评表",
                             editor=f"填报单位：{dept}", unit_raw="", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", money["budget"], money["executed"], float(total), grade)
        doc.gold.project(project, "元", year=money["budget"], fiscal=money["fiscal"] or None,
                         carried=money["carried"] or None)

    form("农村饮水安全巩固提升工程", "汇川区农村供水管理站",
         {"initial": "4,500,000.00", "budget": "5,320,000.00", "executed": "5,108,760.00", "fiscal": "4,500,000.00",
          "carried": "820,000.00", "other": ""},
         "巩固提升农村饮水安全保障水平，农村自来水普及率达到92%。", [
             Ind("产出指标", "数量指标", "新建改造供水工程处数", "≥15处", (">=", 15, "处"), "20", "16处", "20"),
             Ind("产出指标", "质量指标", "水质检测合格率", "≥95%", (">=", 95, "%"), "15", "96.5%", "15"),
             Ind("产出指标", "时效指标", "工程完工时间", "2024年10月底前", (None, None, None), "10", "2024年10月", "10"),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "达到92%", (">=", 92, "%"), "20", "91.2%", "18",
                 "部分偏远组管网延伸难度大|下年度继续实施管网延伸"),
             Ind("效益指标", "可持续影响指标", "工程运行管护机制", "建立健全", Q, "15", "已建立", "15"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
         ], "优", "优")
    form("河湖长制工作经费", "汇川区河湖长制工作站",
         {"initial": "600,000.00", "budget": "600,000.00", "executed": "512,340.00", "fiscal": "600,000.00",
          "carried": "0.00", "other": ""},
         "落实河湖长巡河制度，主要河流水质稳定达标。", [
             Ind("产出指标", "数量指标", "河长巡河次数", "≥1200次", (">=", 1200, "次"), "25", "1326次", "25"),
             Ind("产出指标", "质量指标", "问题整改销号率", "≥95%", (">=", 95, "%"), "20", "92%", "17",
                 "部分问题涉及跨区协调|建立跨区联动机制"),
             Ind("效益指标", "生态效益指标", "主要河流水质达标率", "100%", ("=", 100, "%"), "25", "100%", "25"),
             Ind("效益指标", "社会效益指标", "河湖管护公众参与度", "逐步提高", Q, "10", "有所提高", "9"),
             Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥85%", (">=", 85, "%"), "10", "89%", "10"),
         ], "优", "优")
    return doc.save(folder)


def layout_sd_wf_accounts_dept_eval_income_nature(folder: Path, name: str) -> FileGold:
    dept = "潍坊市奎文区市场监督管理局"
    doc = _accounts_doc(name, dept, 2024, [("一、一般公共预算财政拨款收入", "4,582.36"), ("二、其他收入", "18.40")],
                        [("一、一般公共服务支出", "4,120.76"), ("二、社会保障和就业支出", "480.00")])
    budget, executed = "4,736.50", "4,600.76"
    rate_txt, rate_score = _rate(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥2400批次", (">=", 2400, "批次"), "15", "2516批次", "15"),
        Ind("产出指标", "数量指标", "特种设备检验覆盖率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "质量指标", "抽检不合格产品核查处置率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "企业开办时间", "≤1个工作日", ("<=", 1, "个工作日"), "10", "0.5个工作日", "10"),
        Ind("效益指标", "社会效益指标", "重大食品安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
        Ind("效益指标", "经济效益指标", "新增市场主体数量", "≥8000户", (">=", 8000, "户"), "10", "7640户", "9",
            "经济下行影响市场主体登记"),
        Ind("效益指标", "可持续影响指标", "质量强区建设", "稳步推进", Q, "5", "稳步推进", "5"),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 7, dept))
    lines = [["年度资金总额", "4,650.00", budget, executed], ["按收入性质分：一般公共预算财政拨款收入", "4,630.00", "4,716.50", "4,582.36"],
             ["政府性基金预算财政拨款收入", "", "", ""], ["其他收入", "20.00", "20.00", "18.40"],
             ["按支出性质分：基本支出", "3,420.00", "3,466.80", "3,466.80"], ["项目支出", "1,230.00", "1,269.70", "1,133.96"]]
    r = rows.n
    rows.put(r, 0, len(lines) + 2, 1, "年度预算资金（万元）")
    heads = [(1, 2, ""), (3, 1, "年初预算数"), (4, 1, "全年预算数"), (5, 2, "全年执行数"), (7, 1, "执行率")]
    for c, cs, h in heads:
        rows.put(r, c, 1, cs, h)
    for n, line in enumerate(lines, 1):
        rate = _rate(line[2], line[3])[0] if line[2] else ""
        for (c, cs, _h), v in zip(heads, line + [rate]):
            rows.put(r + n, c, 1, cs, v)
    rows.put(r + len(lines) + 1, 1, 1, 2, "预算执行率分值")
    rows.put(r + len(lines) + 1, 3, 1, 1, "10")
    rows.put(r + len(lines) + 1, 4, 1, 1, "得分")
    rows.put(r + len(lines) + 1, 5, 1, 3, f"{rate_score}")
    rows.add((0, 1, "年度总体目标"), (1, 7, "强化食品药品和特种设备安全监管，优化营商环境，守牢安全底线。"))
    _grid(rows, inds, [("l1", 1, None), ("l2", 1, None), ("name", 1, None), ("target", 1, None), ("actual", 1, None),
                       ("weight", 1, None), ("score", 1, None), ("note", 1, "偏差原因分析及改进措施")])
    total = _total(rate_score, inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "绩效评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 60, 80, 70, 64, 40, 44, 101], title="部门整体支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")
    p = "食品安全抽检监测"
    _ministry_eval(doc, p, [[(0, 1, "项目名称"), (1, 8, p)],
                            [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, "奎文区食品药品检验检测中心")]],
                   "项目资金（万元）",
                   [["年度资金总额", "260.00", "276.00", "268.32"], ["其中：财政资金", "260.00", "276.00", "268.32"],
                    ["其他资金", "", "", ""]], "276.00", "268.32",
                   ("完成食品安全监督抽检2,400批次以上，问题产品处置率100%。", "完成抽检2,516批次，问题产品全部处置。"), [
                       Ind("产出指标", "数量指标", "抽检批次", "≥2400批次", (">=", 2400, "批次"), "20", "2516批次", "20"),
                       Ind("产出指标", "质量指标", "检验报告准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
                       Ind("产出指标", "时效指标", "检验报告出具时限", "≤20个工作日", ("<=", 20, "个工作日"), "15", "18个工作日", "15"),
                       Ind("效益指标", "社会效益指标", "食品安全状况", "持续向好", Q, "20", "持续向好", "20"),
                       Ind("效益指标", "可持续影响指标", "检验检测能力", "逐步提升", Q, "10", "有所提升", "9"),
                       Ind("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≥85%", (">=", 85, "%"), "10", "86.5%", "10"),
                   ], title="项目支出绩效自评表", unit_raw="单位：万元", unit="万元", grade_text="优", grade="优")
    doc.gold.project(p, "万元", year="276.00", fiscal="276.00")
    return doc.save(folder)


BLIND49: dict[str, Builder] = {
    "hen_ly_accounts_dept_eval_four_money_lines": layout_hen_ly_accounts_dept_eval_four_money_lines,
    "zj_sx_accounts_sources_across_periods_down": layout_zj_sx_accounts_sources_across_periods_down,
    "js_yz_accounts_yuan_separators_reason_measure": layout_js_yz_accounts_yuan_separators_reason_measure,
    "gd_sg_self_eval_fiscal_level_lines": layout_gd_sg_self_eval_fiscal_level_lines,
    "sc_my_accounts_landscape_column_letters": layout_sc_my_accounts_landscape_column_letters,
    "hub_xy_accounts_dept_eval_pairs_then_project": layout_hub_xy_accounts_dept_eval_pairs_then_project,
    "ln_as_budget_dept_wide_then_stacked_sources": layout_ln_as_budget_dept_wide_then_stacked_sources,
    "bj_ft_accounts_short_evals_running_on": layout_bj_ft_accounts_short_evals_running_on,
    "jx_ja_budget_labels_above_unit_in_cell": layout_jx_ja_budget_labels_above_unit_in_cell,
    "gz_zy_landscape_eval_yuan_pairs": layout_gz_zy_landscape_eval_yuan_pairs,
    "sd_wf_accounts_dept_eval_income_nature": layout_sd_wf_accounts_dept_eval_income_nature,
}
SETS: dict[str, dict[str, Builder]] = {"blind49": BLIND49}


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
    """Write every layout of ``which`` ("blind49") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
