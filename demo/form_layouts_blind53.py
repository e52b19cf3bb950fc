"""BLIND53 performance forms: ten layouts as 部门决算 and 部门预算 disclosures of 2024–2025 print
their 项目支出绩效自评表, 部门整体支出绩效自评表, 项目支出绩效目标表 and 部门整体支出绩效目标表 —
a district of 兰州, a district of 赣州, a 贵州 county, a district of 哈尔滨, a district of 长春,
a district of 太原, a district of 银川, 重庆 渝北区, a district of 大连 and a district of 西宁 —
written by an author who had read neither the form reader nor the earlier blind sets (only the
gold helpers and page composer of ``form_layouts``, BLIND9's gold conventions and the briefs).
Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is
written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

gs_lz_accounts_ministry_self_evals_blank_carried  甘肃 兰州 district 部门决算: accounts tables,
        then two 项目支出绩效自评表 in the 财政部 template (单位：万元 in the title line; 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：当年财政拨款 /
        上年结转资金 (cells left blank) / 其他资金), 2024 levels (一级 成本指标 / 经济成本指标), the
        second form running over a page break with its grid head repeated, 绩效自评等级 on one only
jx_gz_accounts_dept_income_spending_rows_yuan_zero_carried  江西 赣州 district 部门决算: a
        部门整体支出绩效自评表 whose money rows are 年度资金总额 / 按收入性质分：财政拨款 / 其他资金 /
        按支出性质分：基本支出 / 项目支出, then a project self evaluation in 元 (金额单位：元) with
        separators and a printed 0.00 上年结转
gz_zy_county_self_evals_yuan_heads  贵州 county standalone 项目支出绩效自评表 file: three forms,
        the unit in each money head (全年预算数（元）), 其中：财政资金 / 其他资金 rows, 评价等级
        written 优 / 优 / 良, ranges and a deadline among the targets
hlj_hrb_accounts_pairs_weighted_levels  黑龙江 哈尔滨 district 部门决算: self evaluations whose
        money is label | value pairs (全年预算数（万元） | v | 全年执行数（万元） | v | 执行率 | v, then
        the 其中：财政拨款 and 上年结转 pairs, 分值 / 得分 pairs), 一级 cells carrying their weight
        (产出指标（50分）), 自评得分 and 自评等级 in one row
jl_cc_budget_ministry_targets_period_and_year  吉林 长春 district 部门预算: budget tables, then
        three 项目支出绩效目标表 in the 财政部 申报 template: 项目资金（万元） over 实施期资金总额 |
        年度资金总额 columns and 资金总额 / 其中：财政拨款 / 其他资金 rows, 实施期目标 | 年度目标,
        a grid with 实施期指标值 | 年度指标值 columns
sx_ty_budget_dept_targets_then_yuan_pairs  山西 太原 district 部门预算: budget tables, a
        部门整体支出绩效目标表 (部门预算资金 合计 | 基本支出 | 项目支出, weighted grid), then two
        project target forms in 元 whose money is two rows of label | value pairs (年度资金总额 |
        其中：财政拨款, 上年结转 | 其他资金)
nx_yc_landscape_self_evals_nature_value_unit  宁夏 银川 district, landscape self evaluations:
        项目资金（万元） merged over 年度资金总额 / 其中：财政资金 / 其他资金 rows, targets split
        指标性质 | 指标值 | 度量单位 (定性 in the 性质 column), 评价等级
cq_yb_accounts_small_self_evals_two_a_page  重庆 渝北区 部门决算: four short self evaluations,
        two a page, money in 元 under 项目资金（元） with 其中：一般公共预算财政拨款 /
        政府性基金预算财政拨款 (0.00) / 其他资金 rows, 自评得分, 绩效等级 in words (优秀 / 良好)
ln_dl_budget_landscape_list_column_numbers  辽宁 大连 district 部门预算: budget tables, then a
        landscape list 序号 | 项目名称 | 项目资金（万元） over 合计 | 本年财政拨款 | 上年结转 | 一级 |
        二级 | 三级 | 指标值 | 权重（%） with a column-number row, project cells merged down
qh_xn_accounts_dept_pairs_project_rate_first  青海 西宁 district 部门决算: a 部门整体支出绩效
        自评表 with money as label | value pairs (unit in each label), then a project self
        evaluation whose money heads put 执行率 before 分值, 综合评价等级 written 优秀

Gold conventions: BLIND9's docstring (target_raw is the 年度 value as printed, split columns
joined in reading order, comparator words, deadlines raw, qualitative states; money year /
fiscal / carried; self evaluations' budget / executed / score / grade), with the briefs' money
rulings (fiscal = the 财政拨款 / 财政资金 figure as printed, or the sum of lines named
…财政拨款; never 一般公共预算 alone, 专项债券, 中央补助, 其他资金; a printed 0.00 上年结转 is 0.00;
达到 N reads >=). This set's rulings:

- A project self evaluation's carried is its 上年结转 row's 全年预算数 as printed (0.00 stays
  0.00); blank or "—" cells give none.
- A 财政部 申报 form's total is the 资金总额 row's 实施期资金总额, its year that row's 年度资金总额,
  its fiscal the 其中：财政拨款 row's 年度资金总额.
- 重庆's two lines 一般公共预算财政拨款 / 政府性基金预算财政拨款 are summed for fiscal (the second
  printed 0.00, so fiscal is the first figure as printed).
- A 部门整体 self evaluation's budget is its 年度资金总额 (or 全年预算数 pair), never the 基本支出 /
  项目支出 split; a 部门整体 form's money is no project's.
- "稳定在8.6万亩以上" reads >= 8.6 万亩; targets naming no figure ("较上年只减不增", "不超过年初预算",
  "按月足额发放") are qualitative.
- The 总分 / 自评得分 is printed with two decimals; the 执行率 得分 is min(10, 执行数 / 全年预算数 × 10)
  rounded to two decimals.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

GRID_HEADS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")


def _rate(budget: str, executed: str) -> tuple[str, float]:
    """执行率 as printed and its 得分 (of 10)."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b
    return f"{rate * 100:.2f}%", round(min(10.0, float(rate) * 10), 2)


def _total(rate_score: float, inds: list[Ind]) -> float:
    assert sum(Decimal(i.weight) for i in inds) == 90, [i.name for i in inds]
    return round(rate_score + sum(float(i.score) for i in inds), 2)


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, a 收支总表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责贯彻落实党中央、国务院和省委、省政府关于本领域工作的决策部署。",
        f"二、部门预算单位构成。纳入{dept}{year}年部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in lines)
    body = [plain_row([a, v, "", ""]) for a, v in lines]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body,
                              ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照预算绩效管理要求，{dept}对{year}年部门整体支出和重点项目支出编制了绩效目标，现公开如下。"])


def _score_grid(rows: _Rows, inds: list[Ind], *, label: bool = True, heads: tuple[str, ...] = GRID_HEADS,
                split: bool = False) -> None:
    """The scoring grid: (绩效指标 merged down column 0) levels, target (one cell, or 指标性质 |
    指标值 | 度量单位), 实际完成值, 分值, 得分, 偏差."""
    c0 = 1 if label else 0
    r = rows.n
    if label:
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(heads):
        rows.put(r, c0 + k, 1, 1, head)
    rows.n = r + 1
    nt = 3 if split else 1

    def cells(i: Ind) -> list[tuple[int, int, str]]:
        parts = list(i.target) if split else [i.raw]
        out = [(c0 + 2, 1, i.name)] + [(c0 + 3 + k, 1, p) for k, p in enumerate(parts)]
        base = c0 + 3 + nt
        blank = [(c, 1, "") for c in range(base + 4, c0 + len(heads))]  # a split 偏差 column left empty
        return out + [(base, 1, i.actual), (base + 1, 1, i.weight), (base + 2, 1, i.score), (base + 3, 1, i.note)] + blank

    _grid_rows(rows, inds, c0, c0 + 1, cells)


def _ministry_money(rows: _Rows, money_rows: list[tuple[str, str, str, str]], budget: str, executed: str,
                    *, label: str = "项目资金（万元）", heads: tuple[str, ...] = ("年初预算数", "全年预算数", "全年执行数",
                                                                         "分值", "执行率", "得分"),
                    rate_first: bool = False) -> float:
    """Money heads over 年度资金总额 and its parts (label, 年初, 全年, 执行); returns the rate score."""
    rate_txt, rate_score = _rate(budget, executed)
    r = rows.n
    rows.put(r, 0, len(money_rows) + 1, 1, label)
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(heads):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (name, initial, year, done) in enumerate(money_rows, 1):
        rows.put(r + k, 1, 1, 2, name)
        tail = (rate_txt, "10", f"{rate_score:.2f}") if rate_first else ("10", rate_txt, f"{rate_score:.2f}")
        if k > 1:
            tail = ("—", "—", "—")
        for j, v in enumerate((initial, year, done, *tail)):
            rows.put(r + k, 3 + j, 1, 1, v)
    return rate_score


def _goals(rows: _Rows, planned: str, done: str, ncol: int = 9) -> None:
    r = rows.n
    half = (ncol - 1) // 2
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, half, "预期目标")
    rows.put(r, 1 + half, 1, ncol - 1 - half, "实际完成情况")
    rows.put(r + 1, 1, 1, half, planned)
    rows.put(r + 1, 1 + half, 1, ncol - 1 - half, done)


def _ministry_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, money_rows, goals, inds, *,
                        unit: str, unit_raw: str | None, grade: tuple[str, str] | None, fiscal: str | None,
                        carried: str | None, widths=(44, 52, 60, 80, 70, 64, 40, 44, 84), heads=None,
                        rate_first: bool = False, money_label: str = "项目资金（万元）", score_label: str = "总分",
                        fresh_page: bool = True, repeat: bool = False, title: str = "项目支出绩效自评表",
                        editor: str | None = None) -> None:
    """A 财政部-template project self evaluation; its gold (project money and self evaluation)."""
    budget, executed = money_rows[0][2], money_rows[0][3]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
    kw = {"heads": heads} if heads else {}
    rate_score = _ministry_money(rows, money_rows, budget, executed, label=money_label, rate_first=rate_first, **kw)
    _goals(rows, *goals)
    head_row = rows.n
    _score_grid(rows, inds)
    total = _total(rate_score, inds)
    rows.add((0, 6, score_label), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    if grade:
        rows.add((0, 6, grade[0]), (6, 3, grade[1]))
    doc.pages.grid(_spec(rows.cells, rows.n, list(widths), title=title,
                         editor=editor if editor is not None else f"（{doc.gold.fiscal_year}年度）",
                         unit_raw=unit_raw, kind="performance_self_evaluation"),
                   fresh_page=fresh_page, repeat=(head_row, 1) if repeat else None)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, unit, budget, executed, total, _grade(grade[1]) if grade else None)
    doc.gold.project(project, unit, year=budget, fiscal=fiscal, carried=carried)


def _grade(printed: str) -> str:
    return printed.strip()[0]


# --------------------------------------------------------------------------- layouts


def layout_gs_lz_accounts_ministry_self_evals_blank_carried(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区卫生健康局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "8,412.36"), ("二、事业收入", "1,206.50")],
                    [("一、卫生健康支出", "9,187.04"), ("二、社会保障和就业支出", "431.82")])
    _ministry_self_eval(
        doc, "基本公共卫生服务补助资金", dept, "兰州市城关区疾病预防控制中心",
        [("年度资金总额", "1,260.00", "1,318.40", "1,296.75"), ("其中：当年财政拨款", "1,260.00", "1,318.40", "1,296.75"),
         ("上年结转资金", "", "", ""), ("其他资金", "", "", "")],
        ("为辖区常住居民免费提供基本公共卫生服务，重点人群健康管理率达到国家标准。",
         "全年建立居民电子健康档案61.2万份，重点人群健康管理均达到年度目标。"), [
            Ind("产出指标", "数量指标", "居民电子健康档案建档人数", "≥60万人", (">=", 60, "万人"), "10", "61.2万人", "10"),
            Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥4.5万人", (">=", 4.5, "万人"), "10", "4.62万人", "10"),
            Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%"), "10", "66.8%", "10"),
            Ind("产出指标", "时效指标", "补助资金拨付时限", "2024年12月底前", (None, None, None), "10", "按期拨付", "10"),
            Ind("成本指标", "经济成本指标", "人均基本公共卫生服务补助标准", "=94元", ("=", 94, "元"), "10", "94元", "10"),
            Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", (">=", 28, "%"), "15", "27.1%", "13",
                "健康教育覆盖面不足，下年增加社区宣讲频次"),
            Ind("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "稳步提升", Q, "10", "稳步提升", "10"),
            Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", (">=", 85, "%"), "15", "88.6%", "15"),
        ], unit="万元", unit_raw="单位：万元", grade=("绩效自评等级", "优"), fiscal="1,318.40", carried=None)
    _ministry_self_eval(
        doc, "家庭医生签约服务经费", dept, "兰州市城关区卫生健康局",
        [("年度资金总额", "380.00", "380.00", "352.10"), ("其中：当年财政拨款", "380.00", "380.00", "352.10"),
         ("上年结转资金", "", "", ""), ("其他资金", "", "", "")],
        ("落实家庭医生签约服务，提高重点人群签约覆盖率和履约质量。",
         "重点人群签约率76.4%，履约服务按计划开展。"), [
            Ind("产出指标", "数量指标", "家庭医生团队数量", "≥120个", (">=", 120, "个"), "10", "126个", "10"),
            Ind("产出指标", "数量指标", "重点人群签约人数", "≥9.8万人", (">=", 9.8, "万人"), "10", "10.1万人", "10"),
            Ind("产出指标", "质量指标", "重点人群签约率", "≥75%", (">=", 75, "%"), "10", "76.4%", "10"),
            Ind("产出指标", "质量指标", "签约居民续约率", "≥80%", (">=", 80, "%"), "5", "78.2%", "4",
                "部分流动人口未续约"),
            Ind("产出指标", "时效指标", "签约服务经费兑付周期", "按季度", Q, "5", "按季度兑付", "5"),
            Ind("成本指标", "经济成本指标", "签约服务费人均补助", "≤30元", ("<=", 30, "元"), "10", "30元", "10"),
            Ind("效益指标", "社会效益指标", "签约居民基层首诊率", "有所提高", Q, "15", "有所提高", "14"),
            Ind("效益指标", "可持续影响指标", "分级诊疗制度", "逐步落实", Q, "10", "逐步落实", "9"),
            Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "不低于85%", (">=", 85, "%"), "15", "86.3%", "15"),
        ], unit="万元", unit_raw="单位：万元", grade=None, fiscal="380.00", carried=None, repeat=True, fresh_page=False)
    return doc.save(folder)


def layout_jx_gz_accounts_dept_income_spending_rows_yuan_zero_carried(folder: Path, name: str) -> FileGold:
    dept = "赣州市章贡区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}", 22), (f"{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,025.18"), ("二、政府性基金预算财政拨款收入", "612.00")],
                    [("一、农林水支出", "4,420.63"), ("二、城乡社区支出", "216.55")])
    inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥1.2万亩", (">=", 1.2, "万亩"), "10", "1.25万亩", "10"),
        Ind("产出指标", "数量指标", "农业技术培训人次", "≥1500人次", (">=", 1500, "人次"), "10", "1620人次", "10"),
        Ind("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%"), "10", "99.2%", "10"),
        Ind("产出指标", "时效指标", "惠农补贴资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("成本指标", "经济成本指标", "“三公”经费支出", "较上年只减不增", Q, "10", "较上年下降", "10"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "≥6%", (">=", 6, "%"), "15", "5.6%", "13",
            "受农产品价格下行影响"),
        Ind("效益指标", "社会效益指标", "粮食播种面积", "稳定在8.6万亩以上", (">=", 8.6, "万亩"), "10", "8.7万亩", "10"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
    ]
    budget, executed = "4,782.50", "4,637.18"
    rate_txt, rate_score = _rate(budget, executed)
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 8, dept))
    r = rows.n
    lines = [("年度资金总额", "4,350.00", budget, executed, "10", rate_txt, f"{rate_score:.2f}"),
             ("按收入性质分：财政拨款", "4,350.00", "4,782.50", "4,637.18", "—", "—", "—"),
             ("其他资金", "", "", "", "—", "—", "—"),
             ("按支出性质分：基本支出", "1,468.20", "1,502.36", "1,502.36", "—", "—", "—"),
             ("项目支出", "2,881.80", "3,280.14", "3,134.82", "—", "—", "—")]
    rows.put(r, 0, len(lines) + 1, 1, "年度预算执行情况（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    _goals(rows, "保障粮食和重要农产品稳定安全供给，推进高标准农田建设，促进农民增收。",
           "建成高标准农田1.25万亩，粮食播种面积稳定，农产品抽检合格率99.2%。")
    _score_grid(rows, inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 56, 60, 80, 64, 64, 40, 44, 76], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")
    _ministry_self_eval(
        doc, "农村人居环境整治提升", dept, "赣州市章贡区农村人居环境服务中心",
        [("年度资金总额", "2,400,000.00", "2,650,000.00", "2,581,340.00"),
         ("其中：财政拨款", "2,400,000.00", "2,650,000.00", "2,581,340.00"),
         ("上年结转", "0.00", "0.00", "0.00"), ("其他资金", "0.00", "0.00", "0.00")],
        ("完成农村生活垃圾收运和户厕改造，村庄环境明显改善。", "收运垃圾1.86万吨，改造户厕612户。"), [
            Ind("产出指标", "数量指标", "农村户厕改造数量", "≥600户", (">=", 600, "户"), "15", "612户", "15"),
            Ind("产出指标", "数量指标", "生活垃圾收运量", "≥1.8万吨", (">=", 1.8, "万吨"), "10", "1.86万吨", "10"),
            Ind("产出指标", "质量指标", "改厕验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
            Ind("产出指标", "时效指标", "项目完工时间", "2024年10月31日前", (None, None, None), "10", "10月25日完工", "10"),
            Ind("成本指标", "经济成本指标", "户厕改造补助标准", "≤1200元/户", ("<=", 1200, "元/户"), "10", "1200元/户", "10"),
            Ind("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", (">=", 95, "%"), "20", "96.4%", "20"),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "15", "91.5%", "15"),
        ], unit="元", unit_raw="金额单位：元", grade=("自评等级", "优"), fiscal="2,650,000.00", carried="0.00",
        money_label="项目资金", widths=(40, 50, 56, 84, 84, 84, 38, 46, 56))
    return doc.save(folder)


def layout_gz_zy_county_self_evals_yuan_heads(folder: Path, name: str) -> FileGold:
    dept = "遵义市湄潭县教育体育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year,
                  cover=[(f"{dept}", 20), (f"{year}年度项目支出绩效自评报告", 20), ("（附表）", 14)])
    heads = ("年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "分值", "执行率", "得分")
    wid = (36, 46, 54, 80, 80, 80, 34, 46, 60)
    forms = [
        ("学生营养改善计划", "湄潭县学生资助管理中心",
         [("年度资金总额", "9,860,000.00", "10,240,000.00", "10,108,652.00"),
          ("其中：财政资金", "9,860,000.00", "10,240,000.00", "10,108,652.00"), ("其他资金", "", "", "")],
         ("为农村义务教育学生提供营养膳食补助，改善学生营养状况。", "受益学生2.56万人，补助按学期足额发放。"), [
             Ind("产出指标", "数量指标", "受益学生人数", "≥2.5万人", (">=", 2.5, "万人"), "15", "2.56万人", "15"),
             Ind("产出指标", "质量指标", "食品安全事故发生数", "0起", ("=", 0, "起"), "15", "0起", "15"),
             Ind("产出指标", "时效指标", "补助资金发放时间", "按学期发放", Q, "10", "按学期发放", "10"),
             Ind("成本指标", "经济成本指标", "生均每天补助标准", "5元", ("=", 5, "元"), "10", "5元", "10"),
             Ind("效益指标", "社会效益指标", "学生营养健康状况", "有所改善", Q, "15", "有所改善", "15"),
             Ind("效益指标", "可持续影响指标", "营养改善长效机制", "建立健全", Q, "10", "基本建立", "8",
                 "食堂管理制度需进一步细化"),
             Ind("满意度指标", "服务对象满意度指标", "学生及家长满意度", "90%-95%", ("range", 90, "%", 95), "15", "93%", "15"),
         ], ("评价等级", "优")),
        ("义务教育阶段公用经费保障", "湄潭县教育体育局",
         [("年度资金总额", "12,600,000.00", "12,600,000.00", "11,842,310.50"),
          ("其中：财政资金", "12,600,000.00", "12,600,000.00", "11,842,310.50"), ("其他资金", "", "", "")],
         ("按标准拨付义务教育学校公用经费，保障学校正常运转。", "公用经费按标准拨付，学校运转正常。"), [
             Ind("产出指标", "数量指标", "保障学校数", "86所", ("=", 86, "所"), "15", "86所", "15"),
             Ind("产出指标", "数量指标", "保障在校学生人数", "≥4.1万人", (">=", 4.1, "万人"), "10", "4.08万人", "9",
                 "生源外流，在校生略有减少"),
             Ind("产出指标", "质量指标", "学校正常运转率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "资金拨付完成时间", "2024年11月底前", (None, None, None), "10", "11月20日", "10"),
             Ind("成本指标", "经济成本指标", "小学生均公用经费标准", "≥720元", (">=", 720, "元"), "10", "720元", "10"),
             Ind("效益指标", "社会效益指标", "义务教育巩固率", "≥96%", (">=", 96, "%"), "15", "97.1%", "15"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "15", "89%", "13",
                 "部分学校设施老化"),
         ], ("评价等级", "优")),
        ("县级体育场馆免费低收费开放补助", "湄潭县全民健身服务中心",
         [("年度资金总额", "560,000.00", "560,000.00", "498,400.00"),
          ("其中：财政资金", "360,000.00", "360,000.00", "360,000.00"), ("其他资金", "200,000.00", "200,000.00", "138,400.00")],
         ("推动公共体育场馆向社会免费或低收费开放。", "场馆全年开放，接待健身群众16.2万人次。"), [
             Ind("产出指标", "数量指标", "年接待健身人次", "≥18万人次", (">=", 18, "万人次"), "20", "16.2万人次", "16",
                 "游泳馆维修停开两个月"),
             Ind("产出指标", "数量指标", "每周开放时长", "≥35小时", (">=", 35, "小时"), "10", "42小时", "10"),
             Ind("产出指标", "质量指标", "场馆安全事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
             Ind("产出指标", "时效指标", "公益开放时段", "全年", Q, "10", "全年开放", "10"),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥40%", (">=", 40, "%"), "15", "35.5%", "8",
                 "农村地区参与度偏低"),
             Ind("效益指标", "可持续影响指标", "场馆运营管理水平", "持续提升", Q, "10", "有所提升", "6",
                 "专业运营人员不足"),
             Ind("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥85%", (">=", 85, "%"), "15", "90.2%", "15"),
         ], ("评价等级", "良")),
    ]
    for project, unit_name, money_rows, goals, inds, grade in forms:
        _ministry_self_eval(doc, project, dept, unit_name, money_rows, goals, inds, unit="元", unit_raw=None,
                            grade=grade, fiscal=money_rows[1][2], carried=None, heads=heads, widths=wid,
                            money_label="项目资金")
    return doc.save(folder)


def _pairs_self_eval(doc: FormDoc, project: str, dept: str, money: dict, goals, inds, grade: str,
                     *, unit_word: str = "万元") -> None:
    """黑龙江: money as label | value pairs, weighted 一级 cells, 自评得分 | 自评等级 in one row."""
    budget, executed = money["budget"], money["executed"]
    rate_txt, rate_score = _rate(budget, executed)
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, money["unit_name"]))
    rows.add((0, 2, f"全年预算数（{unit_word}）"), (2, 1, budget), (3, 1, f"全年执行数（{unit_word}）"), (4, 1, executed),
             (5, 2, "预算执行率"), (7, 2, rate_txt))
    rows.add((0, 2, "其中：财政拨款"), (2, 1, money["fiscal"]), (3, 1, "其中：财政拨款"), (4, 1, money["fiscal_done"]),
             (5, 2, "分值"), (7, 2, "10"))
    rows.add((0, 2, "上年结转"), (2, 1, money["carried"]), (3, 1, "上年结转"), (4, 1, money["carried_done"]),
             (5, 2, "得分"), (7, 2, f"{rate_score:.2f}"))
    rows.add((0, 2, "年度目标"), (2, 7, goals[0]))
    rows.add((0, 2, "目标完成情况"), (2, 7, goals[1]))
    weights: dict[str, int] = {}
    for i in inds:
        weights[i.l1] = weights.get(i.l1, 0) + int(i.weight)
    shown = [Ind(f"{i.l1}（{weights[i.l1]}分）", i.l2, i.name, i.target, i.exp, i.weight, i.actual, i.score, i.note)
             for i in inds]
    _score_grid(rows, shown, label=False, heads=("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                   "分值", "得分", "偏差原因", "改进措施"))
    # the 偏差 column is split in two here; put the note in 偏差原因 and leave 改进措施 blank
    rows.add((0, 4, "自评得分"), (4, 1, f"{total:.2f}"), (5, 2, "自评等级"), (7, 2, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [54, 60, 76, 76, 70, 34, 36, 60, 54], title="项目支出绩效自评表",
                         editor=f"填报单位：{dept}", unit_raw=f"（{doc.gold.fiscal_year}年度）",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind, s in zip(inds, shown):
        doc.gold.indicators.append(_gold_ind(project, ind, l1=s.l1))
    doc.gold.self_evaluation(project, "万元", budget, executed, total, grade[0])
    doc.gold.project(project, "万元", year=budget, fiscal=money["fiscal"], carried=money["carried"] or None)


def layout_hlj_hrb_accounts_pairs_weighted_levels(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市道里区城市管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "15,230.66"), ("二、上年结转", "860.00")],
                    [("一、城乡社区支出", "15,664.21"), ("二、节能环保支出", "426.45")])
    _pairs_self_eval(doc, "冬季清冰雪作业经费", dept, {
        "unit_name": "哈尔滨市道里区环境卫生服务中心", "budget": "2,360.00", "executed": "2,312.48",
        "fiscal": "1,860.00", "fiscal_done": "1,812.48", "carried": "500.00", "carried_done": "500.00"},
        ("完成城区主次干道清冰雪作业，保障冬季道路安全通行。", "完成清冰雪作业面积1,260万平方米，雪停后主干道48小时内清净。"), [
            Ind("产出指标", "数量指标", "清冰雪作业面积", "≥1200万平方米", (">=", 1200, "万平方米"), "15", "1260万平方米", "15"),
            Ind("产出指标", "数量指标", "机械化作业车辆", "≥180台", (">=", 180, "台"), "10", "186台", "10"),
            Ind("产出指标", "质量指标", "主干道机械化清雪率", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
            Ind("产出指标", "时效指标", "主干道雪停清净时限", "≤48小时", ("<=", 48, "小时"), "15", "48小时", "15"),
            Ind("效益指标", "社会效益指标", "冰雪天气交通事故起数", "同比下降", Q, "10", "同比下降8%", "10"),
            Ind("效益指标", "生态效益指标", "融雪剂使用量", "不超过800吨", ("<=", 800, "吨"), "10", "760吨", "10"),
            Ind("效益指标", "可持续影响指标", "清冰雪应急保障机制", "持续完善", Q, "5", "持续完善", "5"),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", (">=", 85, "%"), "15", "87%", "15"),
        ], "优")
    _pairs_self_eval(doc, "城市照明设施维护", dept, {
        "unit_name": "哈尔滨市道里区市政设施维护中心", "budget": "640.00", "executed": "571.20",
        "fiscal": "640.00", "fiscal_done": "571.20", "carried": "", "carried_done": ""},
        ("维护城区路灯和景观照明设施，亮灯率保持在98%以上。", "维护路灯1.42万盏，亮灯率98.3%。"), [
            Ind("产出指标", "数量指标", "维护路灯数量", "≥1.4万盏", (">=", 1.4, "万盏"), "15", "1.42万盏", "15"),
            Ind("产出指标", "质量指标", "主次干道亮灯率", "≥98%", (">=", 98, "%"), "15", "98.3%", "15"),
            Ind("产出指标", "时效指标", "故障修复时限", "≤24小时", ("<=", 24, "小时"), "10", "36小时", "5",
                "冬季低温抢修困难"),
            Ind("产出指标", "成本指标", "单灯年维护成本", "≤420元", ("<=", 420, "元"), "10", "403元", "10"),
            Ind("效益指标", "社会效益指标", "夜间出行安全保障", "有效保障", Q, "15", "基本保障", "12"),
            Ind("效益指标", "生态效益指标", "LED节能灯具占比", "≥70%", (">=", 70, "%"), "10", "72%", "10"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%"), "15", "78%", "8",
                "老旧小区周边照明不足"),
        ], "良")
    return doc.save(folder)


def _declared_target(doc: FormDoc, project: str, dept: str, unit_name: str, money: tuple[str, str, str, str, str, str],
                     goals: tuple[str, str], inds: list[tuple[Ind, str]]) -> None:
    """The 财政部 项目支出绩效目标申报表: money columns 实施期资金总额 | 年度资金总额, targets per period."""
    total, year, fiscal_total, fiscal, other_total, other = money
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "主管部门及代码"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    rows.put(r, 3, 1, 1, "实施期资金总额")
    rows.put(r, 4, 1, 2, "年度资金总额")
    for k, (label, a, b) in enumerate((("资金总额", total, year), ("其中：财政拨款", fiscal_total, fiscal),
                                      ("其他资金", other_total, other)), 1):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 1, a)
        rows.put(r + k, 4, 1, 2, b)
    r = rows.n
    rows.put(r, 0, 2, 1, "总体目标")
    rows.put(r, 1, 1, 3, "实施期目标")
    rows.put(r, 4, 1, 2, "年度目标")
    rows.put(r + 1, 1, 1, 3, goals[0])
    rows.put(r + 1, 4, 1, 2, goals[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, [i for i, _ in inds], 1, 2,
               lambda i: [(3, 1, i.name), (4, 1, dict((id(a), p) for a, p in inds)[id(i)]), (5, 1, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 66, 80, 120, 82, 82], title="项目支出绩效目标表",
                         editor=f"（{doc.gold.fiscal_year}年度）"), fresh_page=True)
    for ind, _ in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal)


def layout_jl_cc_budget_ministry_targets_period_and_year(folder: Path, name: str) -> FileGold:
    dept = "长春市南关区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,218.40"), ("二、政府性基金预算拨款收入", "1,500.00"),
                                    ("三、上年结转", "326.00")])
    _declared_target(doc, "老旧小区改造配套基础设施建设", dept, "长春市南关区城市更新服务中心",
                     ("4,800.00", "1,600.00", "4,200.00", "1,400.00", "600.00", "200.00"),
                     ("三年内完成42个老旧小区配套基础设施改造，补齐设施短板。",
                      "完成14个老旧小区管网、道路和照明改造。"), [
        (Ind("产出指标", "数量指标", "改造老旧小区个数", "14个", ("=", 14, "个")), "42个"),
        (Ind("产出指标", "数量指标", "改造地下管网长度", "≥12公里", (">=", 12, "公里")), "≥36公里"),
        (Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%")), "100%"),
        (Ind("产出指标", "时效指标", "年度改造任务完成时间", "2025年11月30日前", (None, None, None)), "2027年11月30日前"),
        (Ind("效益指标", "社会效益指标", "受益居民户数", "≥5600户", (">=", 5600, "户")), "≥16800户"),
        (Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%")), "≥90%"),
    ])
    _declared_target(doc, "城镇燃气管道老化更新改造", dept, "长春市南关区燃气安全服务中心",
                     ("2,650.00", "2,650.00", "2,650.00", "2,650.00", "0.00", "0.00"),
                     ("完成城镇燃气老化管道更新改造，消除安全隐患。", "完成老化管道更新48公里。"), [
        (Ind("产出指标", "数量指标", "更新改造燃气管道长度", "48公里", ("=", 48, "公里")), "48公里"),
        (Ind("产出指标", "质量指标", "管道气密性试验合格率", "100%", ("=", 100, "%")), "100%"),
        (Ind("产出指标", "时效指标", "停气施工单次时长", "≤72小时", ("<=", 72, "小时")), "≤72小时"),
        (Ind("成本指标", "经济成本指标", "每公里改造成本", "≤55万元", ("<=", 55, "万元")), "≤55万元"),
        (Ind("效益指标", "社会效益指标", "燃气安全事故发生率", "较上年下降", Q), "较上年下降"),
        (Ind("满意度指标", "服务对象满意度指标", "用户满意度", "达到90%", (">=", 90, "%")), "达到90%"),
    ])
    _declared_target(doc, "建筑工地扬尘在线监测运维", dept, "长春市南关区建设工程质量安全监督站",
                     ("360.00", "120.00", "360.00", "120.00", "", ""),
                     ("三年内实现在建工地扬尘在线监测全覆盖并稳定运行。", "全年在线监测设备稳定运行。"), [
        (Ind("产出指标", "数量指标", "接入监测设备数量", "≥150套", (">=", 150, "套")), "≥150套"),
        (Ind("产出指标", "质量指标", "设备数据有效传输率", "≥95%", (">=", 95, "%")), "≥95%"),
        (Ind("产出指标", "时效指标", "超标预警处置时限", "≤2小时", ("<=", 2, "小时")), "≤2小时"),
        (Ind("效益指标", "生态效益指标", "施工扬尘投诉量同比下降率", "≥10%", (">=", 10, "%")), "逐年下降"),
        (Ind("效益指标", "可持续影响指标", "扬尘智能监管体系", "持续运行", Q), "长效运行"),
        (Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%")), "≥88%"),
    ])
    return doc.save(folder)


def layout_sx_ty_budget_dept_targets_then_yuan_pairs(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "9,864.30"), ("二、政府性基金预算拨款收入", "420.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥6800人", (">=", 6800, "人"), "15"),
        Ind("产出指标", "数量指标", "社区养老服务站点", "≥45个", (">=", 45, "个"), "10"),
        Ind("产出指标", "质量指标", "救助资金社会化发放率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10"),
        Ind("成本指标", "经济成本指标", "部门运行经费压减率", "≥5%", (">=", 5, "%"), "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "20"),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "持续健全", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（元）")
    for k, head in enumerate(("合计", "基本支出", "项目支出")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.put(r, 4, 1, 2, "其中：财政拨款")
    for k, v in enumerate(("102,843,000.00", "18,265,400.00", "84,577,600.00")):
        rows.put(r + 1, 1 + k, 1, 1, v)
    rows.put(r + 1, 4, 1, 2, "102,843,000.00")
    rows.add((0, 1, "年度总体目标"), (1, 5, "落实城乡低保、特困供养和临时救助政策，完善社区养老服务网络，兜牢民生底线。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [82, 96, 70, 70, 92, 92], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：元", kind="dept_performance_targets"),
                   fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("特困人员救助供养", "14010525T000000012345", ("12,480,000.00", "11,980,000.00", "500,000.00", "0.00"),
         "保障特困人员基本生活，集中供养率和照料护理达到规定标准。", [
             Ind("产出指标", "数量指标", "特困供养人数", "≥1150人", (">=", 1150, "人"), "20"),
             Ind("产出指标", "质量指标", "供养标准达标率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "供养金发放方式", "按月足额发放", Q, "15"),
             Ind("成本指标", "经济成本指标", "集中供养人均年标准", "≤15000元", ("<=", 15000, "元"), "10"),
             Ind("效益指标", "社会效益指标", "特困人员基本生活", "有效保障", Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("社区居家养老服务补贴", "14010525T000000012388", ("3,600,000.00", "3,600,000.00", "", "0.00"),
         "为经济困难高龄、失能老年人提供居家养老服务补贴。", [
             Ind("产出指标", "数量指标", "补贴老年人数", "≥2400人", (">=", 2400, "人"), "20"),
             Ind("产出指标", "质量指标", "服务质量抽查合格率", "≥95%", (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴按季度拨付率", "100%", ("=", 100, "%"), "15"),
             Ind("成本指标", "经济成本指标", "人均每月补贴标准", "=125元", ("=", 125, "元"), "10"),
             Ind("效益指标", "社会效益指标", "居家养老服务覆盖率", "＞60%", (">", 60, "%"), "25"),
             Ind("满意度指标", "服务对象满意度指标", "老年人满意度", "不低于90%", (">=", 90, "%"), "15"),
         ]),
    ]
    for project, code, (year_amt, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        rows.add((0, 1, "年度资金总额"), (1, 2, year_amt), (3, 1, "其中：财政拨款"), (4, 2, fiscal))
        rows.add((0, 1, "上年结转"), (1, 2, carried), (3, 1, "其他资金"), (4, 2, other))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [82, 96, 70, 84, 92, 78], title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=year_amt, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


def layout_nx_yc_landscape_self_evals_nature_value_unit(folder: Path, name: str) -> FileGold:
    dept = "银川市兴庆区文化旅游体育广电局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year,
                  cover=[(dept, 20), (f"{year}年度部门决算公开附表", 20), ("项目支出绩效自评表", 18)])
    heads = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施")
    forms = [
        ("公共文化服务体系建设", "银川市兴庆区文化馆", ("420.00", "436.00", "428.62"), "436.00",
         ("推进基层综合性文化服务中心建设，开展群众文化活动。", "开展文化惠民活动186场，建成服务中心12个。"), [
             Ind("产出指标", "数量指标", "开展文化惠民活动场次", ("≥", "180", "场"), (">=", 180, "场"), "15", "186场", "15"),
             Ind("产出指标", "数量指标", "新建基层综合文化服务中心", ("=", "12", "个"), ("=", 12, "个"), "10", "12个", "10"),
             Ind("产出指标", "质量指标", "文化设施验收合格率", ("=", "100", "%"), ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "活动按计划完成率", ("≥", "95", "%"), (">=", 95, "%"), "10", "97%", "10"),
             Ind("效益指标", "社会效益指标", "群众文化参与度", ("定性", "显著提升", ""), Q, "20", "明显提升", "18",
                 "社区活动宣传覆盖不足"),
             Ind("效益指标", "可持续影响指标", "公共文化服务运行机制", ("定性", "长效", ""), Q, "10", "长效运行", "10"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "15", "92%", "15"),
         ], "优"),
        ("全民健身赛事活动经费", "银川市兴庆区全民健身中心", ("150.00", "150.00", "126.30"), "150.00",
         ("举办全民健身赛事，带动群众体育参与。", "举办赛事20场，参赛6,800人次。"), [
             Ind("产出指标", "数量指标", "举办赛事场次", ("≥", "25", "场"), (">=", 25, "场"), "15", "20场", "9",
                 "部分赛事因天气和场地原因取消"),
             Ind("产出指标", "数量指标", "参赛人次", ("≥", "6000", "人次"), (">=", 6000, "人次"), "15", "6800人次", "15"),
             Ind("产出指标", "质量指标", "赛事安全事故", ("=", "0", "起"), ("=", 0, "起"), "10", "0起", "10"),
             Ind("产出指标", "成本指标", "单场赛事平均成本", ("≤", "6", "万元"), ("<=", 6, "万元"), "10", "5.26万元", "10"),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", ("≥", "42", "%"), (">=", 42, "%"), "15", "40.1%", "12"),
             Ind("效益指标", "可持续影响指标", "品牌赛事影响力", ("定性", "逐步扩大", ""), Q, "10", "影响有限", "6"),
             Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", ("≥", "85", "%"), (">=", 85, "%"), "15", "88%", "15"),
         ], "良"),
    ]
    widths = [46, 58, 64, 110, 44, 46, 44, 70, 34, 46, 110]
    for project, unit_name, (initial, budget, executed), fiscal, goals, inds, grade in forms:
        rate_txt, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 3, "实施单位"), (8, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        for k, (c, cs, head) in enumerate(((3, 1, "年初预算数"), (4, 2, "全年预算数"), (6, 2, "全年执行数"),
                                          (8, 1, "分值"), (9, 1, "执行率"), (10, 1, "得分"))):
            rows.put(r, c, 1, cs, head)
        for k, (label, vals) in enumerate((("年度资金总额", (initial, budget, executed, "10", rate_txt, f"{rate_score:.2f}")),
                                           ("其中：财政资金", (initial, fiscal, executed, "—", "—", "—")),
                                           ("其他资金", ("", "", "", "—", "—", "—"))), 1):
            rows.put(r + k, 1, 1, 2, label)
            for (c, cs), v in zip(((3, 1), (4, 2), (6, 2), (8, 1), (9, 1), (10, 1)), vals):
                rows.put(r + k, c, 1, cs, v)
        _goals(rows, *goals, ncol=11)
        _score_grid(rows, inds, heads=heads, split=True)
        rows.add((0, 8, "总分"), (8, 1, "100"), (9, 1, f"{total:.2f}"), (10, 1, ""))
        rows.add((0, 8, "评价等级"), (8, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"主管部门：{dept}",
                             unit_raw=f"（{year}年度）", landscape=True, kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


def layout_cq_yb_accounts_small_self_evals_two_a_page(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区司法局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}", 22), (f"{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "3,862.41"), ("二、其他收入", "18.60")],
                    [("一、公共安全支出", "3,604.37"), ("二、社会保障和就业支出", "276.64")])
    forms = [
        ("公共法律服务体系建设", ("860,000.00", "920,000.00", "905,360.00"), "920,000.00", "", "优秀", [
            Ind("产出指标", "数量指标", "提供法律咨询人次", "≥12000人次", (">=", 12000, "人次"), "20", "13560人次", "20"),
            Ind("产出指标", "质量指标", "法律援助案件结案率", "≥95%", (">=", 95, "%"), "20", "97%", "20"),
            Ind("产出指标", "时效指标", "援助申请审查时限", "≤7个工作日", ("<=", 7, "个工作日"), "15", "5个工作日", "15"),
            Ind("效益指标", "社会效益指标", "群众法律意识", "明显增强", Q, "20", "明显增强", "19"),
            Ind("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
        ]),
        ("人民调解以案定补", ("300,000.00", "300,000.00", "276,000.00"), "300,000.00", "", "良好", [
            Ind("产出指标", "数量指标", "调解纠纷件数", "≥2500件", (">=", 2500, "件"), "20", "2760件", "20"),
            Ind("产出指标", "质量指标", "调解成功率", "≥96%", (">=", 96, "%"), "20", "88.5%", "12", "疑难纠纷占比上升"),
            Ind("产出指标", "成本指标", "每件补贴标准", "≤100元", ("<=", 100, "元"), "15", "100元", "15"),
            Ind("效益指标", "社会效益指标", "矛盾纠纷化解", "就地化解", Q, "20", "部分纠纷上交", "13"),
            Ind("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
        ]),
        ("社区矫正教育帮扶", ("180,000.00", "180,000.00", "171,450.00"), "120,000.00", "60,000.00", "优秀", [
            Ind("产出指标", "数量指标", "集中教育学习人次", "≥1800人次", (">=", 1800, "人次"), "20", "1920人次", "20"),
            Ind("产出指标", "质量指标", "社区矫正对象重新犯罪率", "＜0.2%", ("<", 0.2, "%"), "20", "0.1%", "20"),
            Ind("产出指标", "时效指标", "入矫报到及时率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("效益指标", "社会效益指标", "社区矫正对象就业帮扶", "有效开展", Q, "20", "帮扶就业46人", "20"),
            Ind("满意度指标", "服务对象满意度指标", "矫正对象家属满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
        ]),
        ("普法宣传教育", ("450,000.00", "450,000.00", "438,120.00"), "450,000.00", "", "优秀", [
            Ind("产出指标", "数量指标", "开展普法宣传活动", "≥150场", (">=", 150, "场"), "20", "168场", "20"),
            Ind("产出指标", "数量指标", "发放宣传资料", "≥5万份", (">=", 5, "万份"), "15", "5.3万份", "15"),
            Ind("产出指标", "时效指标", "宪法宣传周活动", "2024年12月4日前", (None, None, None), "15", "按期开展", "15"),
            Ind("效益指标", "社会效益指标", "公民法治素养", "逐步提升", Q, "25", "逐步提升", "24"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
        ]),
    ]
    for k, (project, (initial, budget, executed), gen, other, grade, inds) in enumerate(forms):
        rate_txt, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金（元）")
        for j, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分")):
            rows.put(r, 1 + j + (1 if j else 0), 1, 2 if j == 0 else 1, head)
        lines = (("年度资金总额", initial, budget, executed, rate_txt, f"{rate_score:.2f}"),
                 ("其中：一般公共预算财政拨款", initial if gen == budget else gen, gen, executed if not other else
                  f"{Decimal(executed.replace(',', '')) - Decimal(other.replace(',', '')):,.2f}", "—", "—"),
                 ("政府性基金预算财政拨款", "0.00", "0.00", "0.00", "—", "—"),
                 ("其他资金", other, other, other, "—", "—"))
        for j, line in enumerate(lines, 1):
            rows.put(r + j, 1, 1, 2, line[0])
            for i, v in enumerate(line[1:]):
                rows.put(r + j, 3 + i, 1, 1, v)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
                 (6, 1, "分值"), (7, 1, "得分"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score)])
        rows.add((0, 4, "自评得分"), (4, 1, f"{total:.2f}"), (5, 2, "绩效等级"), (7, 1, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [50, 60, 74, 80, 80, 76, 48, 48], title="项目支出绩效自评表",
                             editor=f"单位名称：{dept}", unit_raw=f"（{year}年度）", kind="performance_self_evaluation"),
                       fresh_page=(k % 2 == 0), gap=26)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade[0])
        doc.gold.project(project, "元", year=budget, fiscal=gen)
    return doc.save(folder)


def layout_ln_dl_budget_landscape_list_column_numbers(folder: Path, name: str) -> FileGold:
    dept = "大连市中山区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "21,306.72"), ("二、事业收入", "1,180.00"),
                                    ("三、上年结转", "415.30")])
    projects = [
        ("中小学校舍维修改造", ("860.00", "700.00", "160.00"), [
            Ind("产出指标", "数量指标", "维修改造学校数", "≥9所", (">=", 9, "所"), "20"),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "暑期完工率", "≥90%", (">=", 90, "%"), "20"),
            Ind("效益指标", "社会效益指标", "校舍安全隐患", "全部消除", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("学前教育普惠性幼儿园补助", ("1,240.00", "1,240.00", "0.00"), [
            Ind("产出指标", "数量指标", "补助普惠性幼儿园数", "≥38所", (">=", 38, "所"), "20"),
            Ind("产出指标", "数量指标", "普惠性幼儿园在园幼儿", "≥9000人", (">=", 9000, "人"), "15"),
            Ind("产出指标", "成本指标", "生均补助标准", "=1200元/年", ("=", 1200, "元/年"), "15"),
            Ind("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥85%", (">=", 85, "%"), "35"),
            Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("教师培训专项", ("320.00", "285.00", "35.00"), [
            Ind("产出指标", "数量指标", "培训教师人次", "≥4200人次", (">=", 4200, "人次"), "20"),
            Ind("产出指标", "质量指标", "培训考核合格率", "≥98%", (">=", 98, "%"), "20"),
            Ind("产出指标", "时效指标", "培训完成时间", "2025年12月底前", (None, None, None), "15"),
            Ind("效益指标", "可持续影响指标", "教师专业能力", "持续提升", Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥92%", (">=", 92, "%"), "15"),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for k, head in enumerate(("合计", "本年财政拨款", "上年结转")):
        rows.put(1, 2 + k, 1, 1, head)
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")):
        rows.put(0, 5 + k, 2, 1, head)
    rows.add(*[(k, 1, str(k + 1)) for k in range(10)])
    for n, (project, (amount, fiscal, carried), inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw), (9, 1, i.weight)])
        for c, text in ((0, str(n)), (1, project), (2, amount), (3, fiscal), (4, carried)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount, fiscal=fiscal, carried=carried)
    doc.pages.grid(_spec(rows.cells, rows.n, [32, 110, 62, 72, 58, 60, 84, 150, 80, 56], title=f"{year}年项目支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True), fresh_page=True,
                   repeat=(0, 3))
    return doc.save(folder)


def layout_qh_xn_accounts_dept_pairs_project_rate_first(folder: Path, name: str) -> FileGold:
    dept = "西宁市城西区市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,946.83"), ("二、其他收入", "12.40")],
                    [("一、一般公共服务支出", "2,612.05"), ("二、卫生健康支出", "347.18")])
    inds = [
        Ind("产出指标", "数量指标", "双随机抽查市场主体户次", "≥1500户次", (">=", 1500, "户次"), "10", "1620户次", "10"),
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥1200批次", (">=", 1200, "批次"), "10", "1265批次", "10"),
        Ind("产出指标", "质量指标", "抽检不合格产品核查处置率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%"), "10", "99.1%", "10"),
        Ind("成本指标", "经济成本指标", "公用经费控制", "不超过年初预算", Q, "10", "未超预算", "10"),
        Ind("效益指标", "经济效益指标", "新登记市场主体", "≥3000户", (">=", 3000, "户"), "10", "3412户", "10"),
        Ind("效益指标", "社会效益指标", "区域性食品安全事件", "0起", ("=", 0, "起"), "15", "0起", "15"),
        Ind("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥85%", (">=", 85, "%"), "15", "83.6%", "13",
            "准入审批环节仍需压缩"),
    ]
    budget, executed = "3,120.00", "2,959.23"
    rate_txt, rate_score = _rate(budget, executed)
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 2, "年初预算数（万元）"), (2, 1, "2,980.00"), (3, 2, "全年预算数（万元）"), (5, 1, budget),
             (6, 1, "全年执行数（万元）"), (7, 1, executed))
    rows.add((0, 2, "预算执行率"), (2, 1, rate_txt), (3, 2, "分值"), (5, 1, "10"), (6, 1, "得分"), (7, 1, f"{rate_score:.2f}"))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "强化市场监管和食品安全监管，优化营商环境，全年未发生区域性食品安全事件。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(GRID_HEADS)])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "综合评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 62, 96, 66, 66, 64, 52, 78], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")
    _ministry_self_eval(
        doc, "食品安全抽检监测", dept, "西宁市城西区食品药品检验检测中心",
        [("年度资金总额", "260.00", "285.00", "279.45"), ("其中：财政拨款", "260.00", "285.00", "279.45"),
         ("上年结转资金", "—", "—", "—"), ("其他资金", "—", "—", "—")],
        ("完成食品安全监督抽检和风险监测任务，及时处置不合格食品。", "完成抽检1,265批次，不合格食品全部核查处置。"), [
            Ind("产出指标", "数量指标", "风险监测样品批次", "≥400批次", (">=", 400, "批次"), "15", "436批次", "15"),
            Ind("产出指标", "质量指标", "检验报告准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "检验报告出具时限", "≤20个工作日", ("<=", 20, "个工作日"), "10", "18个工作日", "10"),
            Ind("成本指标", "经济成本指标", "单批次平均检测费用", "≤2200元", ("<=", 2200, "元"), "10", "2150元", "10"),
            Ind("效益指标", "社会效益指标", "食品安全风险隐患发现能力", "有效提升", Q, "15", "有效提升", "14"),
            Ind("效益指标", "可持续影响指标", "抽检信息公开", "及时公开", Q, "10", "按月公开", "10"),
            Ind("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%", (">=", 85, "%"), "15", "86.2%", "15"),
        ], unit="万元", unit_raw="金额单位：万元", grade=("综合评价等级", "优秀"), fiscal="285.00", carried=None,
        heads=("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"), rate_first=True)
    return doc.save(folder)


BLIND53: dict[str, Builder] = {
    "gs_lz_accounts_ministry_self_evals_blank_carried": layout_gs_lz_accounts_ministry_self_evals_blank_carried,
    "jx_gz_accounts_dept_income_spending_rows_yuan_zero_carried":
        layout_jx_gz_accounts_dept_income_spending_rows_yuan_zero_carried,
    "gz_zy_county_self_evals_yuan_heads": layout_gz_zy_county_self_evals_yuan_heads,
    "hlj_hrb_accounts_pairs_weighted_levels": layout_hlj_hrb_accounts_pairs_weighted_levels,
    "jl_cc_budget_ministry_targets_period_and_year": layout_jl_cc_budget_ministry_targets_period_and_year,
    "sx_ty_budget_dept_targets_then_yuan_pairs": layout_sx_ty_budget_dept_targets_then_yuan_pairs,
    "nx_yc_landscape_self_evals_nature_value_unit": layout_nx_yc_landscape_self_evals_nature_value_unit,
    "cq_yb_accounts_small_self_evals_two_a_page": layout_cq_yb_accounts_small_self_evals_two_a_page,
    "ln_dl_budget_landscape_list_column_numbers": layout_ln_dl_budget_landscape_list_column_numbers,
    "qh_xn_accounts_dept_pairs_project_rate_first": layout_qh_xn_accounts_dept_pairs_project_rate_first,
}
SETS: dict[str, dict[str, Builder]] = {"blind53": BLIND53}


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
    """Write every layout of ``which`` ("blind53") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
