"""BLIND60 performance forms: ten layouts as a city of 浙江 (义乌), a county-level city of 江苏
(江阴), a 街道 of 上海 杨浦, a city of 安徽 (六安), a city of 山东 (日照), a city of 福建 (宁德), a
city of 广东 (河源), a 海南 hospital (琼海), a city of 广西 (玉林) and a 江西 school (新余) print
their 项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表,
written by an author who had read neither the form reader nor the earlier blind sets (only the
gold helpers and page composer of ``form_layouts``, the page drawing of ``drawing`` / ``tables``
and the gold conventions of BLIND9's docstring). Each layout writes one PDF and its gold; the gold
is written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

zj_yw_budget_income_source_grid  浙江 义乌 部门预算 (rules "filled", header shaded): budget
        tables, then one 项目支出绩效目标表 per project whose money is a 资金来源 grid (合计 |
        财政拨款小计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 | 其他收入,
        万元); fiscal is the printed 小计, the sum of the …财政拨款收入 lines
js_jy_accounts_dept_and_project_self_evals_yuan  江苏 江阴 部门决算 (rules "cells"): accounts
        tables, a 部门整体支出绩效自评表 and two 项目支出绩效自评表, money columns 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 in 元 with separators
sh_yp_street_total_year_pairs_open  上海 杨浦 街道 standalone 项目绩效目标申报表 (rules "open"):
        项目总金额 | 本年度金额 | 其中：财政资金 label | value pairs (万元 in the label), targets in
        words (不低于 / 不高于 / 达到 / 控制在 … 以内)
ah_la_budget_dept_wide_stacked_money  安徽 六安 部门预算 (rules "filled", header shaded): a
        部门整体支出绩效目标表 (no project money) and two project forms whose money is stacked
        label | value rows (年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金, 元)
sd_rz_turned_list_direction_columns  山东 日照 list on landscape pages turned by /Rotate
        (rules "cells"): 项目名称 | 资金总额 | 财政资金 | 其他资金 | 一级 | 二级 | 三级 |
        指标方向 | 指标值 | 计量单位, project cells merged down their rows
fj_nd_landscape_self_evals_pairs_split_deviation  福建 宁德 项目支出绩效自评表 on landscape
        pages (rules "filled"): money as label | value pairs in 元 (全年预算数（元） | 全年执行数（元）
        | 执行率 | 得分), 偏差原因 | 改进措施 split, 自评得分 and 自评等级 at the foot
gd_hy_budget_two_forms_a_page_open  广东 河源 部门预算 (rules "open"): short forms, two a
        page, money 项目资金总额 | 财政资金 | 其他资金 as label | value pairs with the unit in a
        caption line, indicators with a 权重 column
hi_qh_hospital_column_numbers_central_subsidy  海南 琼海 hospital (二级单位) 项目支出绩效目标表
        (rules "cells"): money with 元 in the cell, 资金来源 中央补助 | 市级财政拨款 |
        单位自有资金 | 其他资金, three-row grid header (绩效指标 over levels over column numbers 1-5)
gx_yl_accounts_self_evals_reason_measure  广西 玉林 部门决算 (rules "filled", header shaded):
        accounts tables, two 项目支出绩效自评表 with 年初预算数 | 全年预算数 | 全年执行数 in 万元,
        其中：财政拨款 / 上年结转 / 其他资金 rows, a 0.00 上年结转, 偏差原因分析 | 改进措施
jx_xy_school_budget_total_year_weights_open  江西 新余 school 部门预算 (rules "open"): budget
        tables, then forms with 项目总额 | 年度金额 | 财政拨款 | 上年结转 heads over one amounts
        row (万元), 权重 column, ranges and deadlines

Gold conventions: BLIND9's (read in its docstring) and the round's money rulings: fiscal = the
财政拨款 / 财政资金 figure as printed, or the sum of the lines named …财政拨款收入 (never 中央补助,
自有资金 or 其他); a printed 0.00 上年结转 is 0.00; 达到 N reads >=; 控制在 N 以内 reads <=.
This set's rulings: a 资金来源 line 市级财政拨款 is the fiscal figure of a form that prints no
财政拨款 total (中央补助 is not); 项目总金额 of a multi-year project is
``total`` beside 本年度金额 ``year``; a 部门整体 form's money is no project's. 方向 words in a
split column (≥ / ≤ / = / 定性) are joined with value and unit as printed ("定性良好").
"""
from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _styled(spec: TableSpec, rules: str, shaded: tuple[int, ...] = ()) -> TableSpec:
    return dataclasses.replace(spec, rules=rules, shaded_rows=shaded)


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]], unit: str = "万元") -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表 and the 支出总表, a heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}按照本级党委、政府的决策部署，履行本领域行政管理和公共服务职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", f"单位：{unit}", None,
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    body = [plain_row([name, v, v, "0.00"]) for name, v in spending]
    body.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", "0.00"]))
    doc.pages.table(TableSpec("部门支出预算总表", "expenditure_summary", f"单位：{unit}", None,
                              f"编制单位：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, body, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照预算绩效管理要求，{year}年本部门重点项目均编制了绩效目标，现予公开。",
    ])


def _pct(executed: str, budget: str) -> tuple[str, Decimal]:
    """执行率 as printed and its score (10 points at most, two decimals)."""
    e, b = Decimal(executed.replace(",", "")), Decimal(budget.replace(",", ""))
    rate = e / b * 100
    return f"{rate:.2f}%", min(Decimal(10), (e / b * 10).quantize(Decimal("0.01")))


# --------------------------------------------------------------------------- 浙江 义乌


def layout_zj_yw_budget_income_source_grid(folder: Path, name: str) -> FileGold:
    dept = "义乌市农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "8,620.40"), ("政府性基金预算拨款收入", "1,200.00"),
                                    ("上年结转", "310.00")],
                  [("农林水支出", "9,540.40"), ("城乡社区支出", "590.00")])
    projects = [
        ("高标准农田建设", "330782250000000101", ("1,860.00", "1,700.00", "1,200.00", "500.00", "160.00", "0.00"), "1,700.00", "160.00", [
            Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩")),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "项目完工时间", "2025年11月底前", (None, None, None)),
            Ind("效益指标", "经济效益指标", "亩均粮食产能提高", "≥50公斤", (">=", 50, "公斤")),
            Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("农村生活污水治理设施运维", "330782250000000117", ("640.00", "420.00", "420.00", "0.00", "150.00", "70.00"), "420.00", "150.00", [
            Ind("产出指标", "数量指标", "运维处理终端数", "≥480个", (">=", 480, "个")),
            Ind("产出指标", "质量指标", "出水水质达标率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "成本指标", "单个终端年运维费", "≤1.3万元", ("<=", 1.3, "万元")),
            Ind("效益指标", "生态效益指标", "农村水环境", "持续改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("农业产业化龙头企业培育", "330782250000000123", ("300.00", "300.00", "300.00", "", "", ""), "300.00", None, [
            Ind("产出指标", "数量指标", "扶持龙头企业数", "≥12家", (">=", 12, "家")),
            Ind("产出指标", "时效指标", "补助资金兑付时间", "2025年9月30日前", (None, None, None)),
            Ind("效益指标", "经济效益指标", "带动农户增收", "≥3000户", (">=", 3000, "户")),
            Ind("效益指标", "可持续影响指标", "产业链带动能力", "明显增强", Q),
            Ind("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    heads = ("合计", "财政拨款小计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上年结转", "其他收入")
    first = True
    for project, code, money, fiscal, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, dept))
        r = rows.add((0, 1, "资金来源（万元）"), height=2)
        for k, head in enumerate(heads):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, money[k])
        rows.add((0, 1, "年度绩效目标"), (1, 6, f"按计划完成{project}年度任务，资金使用规范，发挥预期效益。"))
        head_row = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))], (3, 2, "指标值"),
                            (5, 2, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 2, "")])
        spec = _spec(rows.cells, rows.n, [62, 62, 96, 80, 80, 62, 62], title="项目支出绩效目标表",
                     editor=f"编制单位：{dept}", unit_raw="金额单位：万元")
        doc.pages.grid(_styled(spec, "filled", (head_row,)), fresh_page=first)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 江阴


def _exec_columns_self_eval(doc: FormDoc, title: str, lead: list[tuple[str, str]], project: str | None,
                            lines: list[tuple[str, str, str, str]], goal: tuple[str, str], inds: list[Ind],
                            grade_word: str, unit_word: str, widths: list[float], rules: str,
                            shaded: bool, split_note: bool) -> float:
    """A self evaluation: money columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分,
    goals, the scored grid, 总分 and 自评等级. Returns the 总分."""
    n = len(widths)
    rows = _Rows()
    for label, value in lead:
        rows.add((0, 2, label), (2, n - 2, value))
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 2, f"项目资金（{unit_word}）")
    rows.put(r, 2, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    rate, rate_score = _pct(lines[0][3], lines[0][2])
    for k, (label, a, b, c) in enumerate(lines, 1):
        rows.put(r + k, 2, 1, 1, label)
        vals = (a, b, c, "10", rate, f"{rate_score:.2f}") if k == 1 else (a, b, c, "—", "—", "—")
        for j, v in enumerate(vals):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 4, "预期目标")
    rows.put(r, 6, 1, n - 6, "实际完成情况")
    rows.put(r + 1, 2, 1, 4, goal[0])
    rows.put(r + 1, 6, 1, n - 6, goal[1])
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    heads += ["偏差原因", "改进措施"] if split_note else ["偏差原因分析及改进措施"]
    # the grid spans all n columns: 一级 and 二级 one column each, 三级 two
    cols = [(0, 1), (1, 1), (2, 2), (4, 1), (5, 1), (6, 1), (7, 1)]
    cols += [(8, 1), (9, n - 9)] if split_note else [(8, n - 8)]
    head_row = rows.add(*[(c, s, h) for (c, s), h in zip(cols, heads)])

    def cells(i: Ind) -> list[tuple[int, int, str]]:
        texts = [i.name, i.raw, i.actual or "", i.weight or "", i.score or ""]
        if split_note:
            reason, _, measure = i.note.partition("|")
            texts += [reason, measure]
        else:
            texts += [i.note.replace("|", "，")]
        return [(c, s, t) for (c, s), t in zip(cols[2:], texts)]

    _grid_rows(rows, inds, 0, 1, cells)
    total = rate_score + sum(Decimal(i.score) for i in inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, n - 8, ""))
    rows.add((0, 6, "自评等级"), (6, n - 6, grade_word))
    spec = _spec(rows.cells, rows.n, widths, title=title, editor=f"（{doc.gold.fiscal_year}年度）",
                 unit_raw=f"单位：{unit_word}", kind="performance_self_evaluation",
                 landscape=sum(widths) > 560)
    doc.pages.grid(_styled(spec, rules, (head_row,) if shaded else ()), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    return float(total)


_GRADE = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差", "优": "优", "良": "良"}


def layout_js_jy_accounts_dept_and_project_self_evals_yuan(folder: Path, name: str) -> FileGold:
    dept = "江阴市卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "41,236.80"), ("二、事业收入", "3,520.00")],
                    [("一、卫生健康支出", "43,910.50"), ("二、社会保障和就业支出", "846.30")])
    widths = [34, 44, 40, 80, 80, 80, 30, 40, 40, 40]
    dept_inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥38万人", (">=", 38, "万人"), "15", "39.2万人", "15"),
        Ind("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥9万人", (">=", 9, "万人"), "10", "9.4万人", "10"),
        Ind("产出指标", "质量指标", "孕产妇系统管理率", "≥95%", (">=", 95, "%"), "15", "96.1%", "15"),
        Ind("产出指标", "时效指标", "传染病报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥35%", (">=", 35, "%"), "15", "33.8%", "13", "部分人群宣教覆盖不足"),
        Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "持续提升", Q, "10", "持续提升", "10"),
        Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), "15", "92.5%", "15"),
    ]
    lines = [("年度资金总额", "452,800,000.00", "452,800,000.00", "447,568,000.00"),
             ("其中：财政拨款", "417,600,000.00", "417,600,000.00", "412,368,000.00"),
             ("其他资金", "35,200,000.00", "35,200,000.00", "35,200,000.00")]
    total = _exec_columns_self_eval(
        doc, "部门整体支出绩效自评表", [("部门名称", dept)], None, lines,
        ("推进健康江阴建设，提升基层医疗卫生服务能力。", "完成年度主要任务，家庭医生签约39.2万人。"),
        dept_inds, "优秀", "元", widths, "cells", False, False)
    doc.gold.self_evaluation(None, "元", "452,800,000.00", "447,568,000.00", total, "优")
    evals = [
        ("基本公共卫生服务补助", "江阴市疾病预防控制中心",
         [("年度资金总额", "86,400,000.00", "88,200,000.00", "85,937,400.00"),
          ("其中：财政拨款", "86,400,000.00", "88,200,000.00", "85,937,400.00"),
          ("上年结转资金", "", "", "")], "良好", [
             Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", (">=", 95, "%"), "20", "97.3%", "20"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%"), "15", "61.2%", "12", "随访不到位"),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "≤30日", ("<=", 30, "日"), "10", "25日", "10"),
             Ind("效益指标", "社会效益指标", "重大传染病疫情", "无暴发流行", Q, "20", "无暴发流行", "20"),
             Ind("效益指标", "可持续影响指标", "公共卫生服务均等化水平", "稳步提高", Q, "10", "稳步提高", "9", "城乡差距仍存在"),
             Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", (">=", 85, "%"), "15", "83%", "12", "宣传不够深入"),
         ]),
        ("医疗卫生人才引进", "江阴市人民医院",
         [("年度资金总额", "12,000,000.00", "15,600,000.00", "14,898,000.00"),
          ("其中：财政拨款", "10,000,000.00", "12,600,000.00", "11,898,000.00"),
          ("其他资金", "2,000,000.00", "3,000,000.00", "3,000,000.00")], "优秀", [
             Ind("产出指标", "数量指标", "引进高层次卫生人才", "≥25人", (">=", 25, "人"), "20", "27人", "20"),
             Ind("产出指标", "质量指标", "引进人才具有高级职称比例", "≥40%", (">=", 40, "%"), "15", "44%", "15"),
             Ind("产出指标", "时效指标", "安家补贴发放时间", "2024年12月底前", (None, None, None), "10", "2024年12月20日", "10"),
             Ind("效益指标", "社会效益指标", "新开展医疗技术项目", "≥10项", (">=", 10, "项"), "20", "12项", "20"),
             Ind("效益指标", "可持续影响指标", "人才留用率", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
             Ind("满意度指标", "服务对象满意度指标", "引进人才满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
         ]),
    ]
    for project, unit_name, lines, grade, inds in evals:
        total = _exec_columns_self_eval(
            doc, "项目支出绩效自评表", [("项目名称", project), ("主管部门", dept), ("实施单位", unit_name)], project,
            lines, (f"完成{project}年度目标。", "年度目标基本完成。"), inds, grade, "元", widths, "cells", False, False)
        doc.gold.self_evaluation(project, "元", lines[0][2], lines[0][3], total, _GRADE[grade])
        doc.gold.project(project, "元", year=lines[0][2], fiscal=lines[1][2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 上海 杨浦


def layout_sh_yp_street_total_year_pairs_open(folder: Path, name: str) -> FileGold:
    dept = "上海市杨浦区五角场街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目绩效目标", dept, year,
                  cover=[(f"{dept}", 20), (f"{year}年度项目绩效目标申报表", 20)])
    projects = [
        ("老旧小区综合治理（2024-2026年）", "2024-01至2026-12", "1,500.00", "520.00", "520.00", [
            Ind("产出指标", "数量指标", "综合治理小区数", "不少于6个", (">=", 6, "个")),
            Ind("产出指标", "质量指标", "工程质量合格率", "达到100%", (">=", 100, "%")),
            Ind("产出指标", "成本指标", "单位面积改造成本", "控制在180元/平方米以内", ("<=", 180, "元/平方米")),
            Ind("效益指标", "社会效益指标", "居住环境", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("社区养老服务综合体运营补贴", "2025-01至2025-12", "368.00", "368.00", "330.00", [
            Ind("产出指标", "数量指标", "日间照料服务人次", "不少于2.4万人次", (">=", 2.4, "万人次")),
            Ind("产出指标", "数量指标", "助餐服务老人数", "≥600人", (">=", 600, "人")),
            Ind("产出指标", "质量指标", "服务安全事故", "0起", ("=", 0, "起")),
            Ind("效益指标", "社会效益指标", "社区居家养老服务覆盖率", "不低于95%", (">=", 95, "%")),
            Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "不低于92%", (">=", 92, "%")),
        ]),
        ("城市网格化综合管理", "2025-01至2025-12", "245.60", "245.60", "245.60", [
            Ind("产出指标", "数量指标", "网格巡查覆盖率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "案件平均处置时长", "不高于2天", ("<=", 2, "天")),
            Ind("产出指标", "质量指标", "案件结案率", "高于95%", (">", 95, "%")),
            Ind("效益指标", "社会效益指标", "市容环境秩序", "持续向好", Q),
            Ind("效益指标", "可持续影响指标", "网格化管理机制", "长效运行", Q),
        ]),
    ]
    for k, (project, period, total, year_amt, fiscal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "项目期限"), (5, 1, period))
        rows.add((0, 2, "主管部门"), (2, 1, "杨浦区人民政府"), (3, 1, "实施单位"), (4, 2, dept))
        rows.add((0, 2, "项目总金额（万元）"), (2, 1, total), (3, 1, "本年度金额（万元）"), (4, 2, year_amt))
        rows.add((0, 2, "其中：财政资金（万元）"), (2, 1, fiscal), (3, 1, "资金性质"), (4, 2, "一般公共预算"))
        rows.add((0, 2, "项目概况"), (2, 4, f"{project}由街道组织实施，按年度计划推进。"))
        rows.add((0, 2, "年度目标"), (2, 4, "完成年度工作任务，提升社区治理和服务水平。"))
        rows.add((0, 1, "序号"), (1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        numbers = {id(i): str(n) for n, i in enumerate(inds, 1)}
        _grid_rows(rows, inds, 1, 2, lambda i: [(0, 1, numbers[id(i)]), (3, 1, i.name), (4, 1, i.raw), (5, 1, "")])
        spec = _spec(rows.cells, rows.n, [30, 70, 80, 120, 110, 70], title="项目绩效目标申报表",
                     editor=f"申报单位（盖章）：{dept}")
        doc.pages.grid(_styled(spec, "open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total if total != year_amt else None, year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 六安


def layout_ah_la_budget_dept_wide_stacked_money(folder: Path, name: str) -> FileGold:
    dept = "六安市交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,215.30"), ("事业收入", "420.00")],
                  [("交通运输支出", "6,035.30"), ("社会保障和就业支出", "600.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "农村公路养护里程", "≥3200公里", (">=", 3200, "公里")),
        Ind("产出指标", "数量指标", "危桥改造座数", "≥15座", (">=", 15, "座")),
        Ind("产出指标", "质量指标", "农村公路优良中等路率", "≥85%", (">=", 85, "%")),
        Ind("产出指标", "时效指标", "重点工程按期完工率", "≥90%", (">=", 90, "%")),
        Ind("产出指标", "成本指标", "公用经费控制", "不超过上年", Q),
        Ind("效益指标", "社会效益指标", "建制村通双车道比例", "≥60%", (">=", 60, "%")),
        Ind("效益指标", "可持续影响指标", "交通安全形势", "总体平稳", Q),
        Ind("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    rows.add((0, 1, "年度主要任务"), (1, 4, "农村公路养护、危桥改造、道路运输安全监管和交通项目建设。"))
    rows.add((0, 1, "年度总体目标"), (1, 4, "路网结构持续优化，农村公路养护水平稳步提升，交通运输安全形势平稳。"))
    head_row = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
    spec = _spec(rows.cells, rows.n, [80, 90, 110, 60, 110], title="部门整体支出绩效目标表",
                 editor=f"部门名称：{dept}")
    doc.pages.grid(_styled(spec, "filled", (head_row,)), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("农村公路养护工程", "交通运输局公路事业发展中心", ("18,600,000.00", "16,800,000.00", "1,800,000.00", ""), [
            Ind("产出指标", "数量指标", "日常养护里程", "≥1800公里", (">=", 1800, "公里")),
            Ind("产出指标", "质量指标", "养护工程验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "路面病害处置时限", "≤7天", ("<=", 7, "天")),
            Ind("效益指标", "社会效益指标", "公路通行条件", "有效改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("道路运输安全监管", "交通运输综合行政执法支队", ("3,450,000.00", "2,950,000.00", "", "500,000.00"), [
            Ind("产出指标", "数量指标", "运输企业安全检查家次", "≥600家次", (">=", 600, "家次")),
            Ind("产出指标", "数量指标", "两客一危车辆动态监控率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "隐患整改完成时限", "≤15天", ("<=", 15, "天")),
            Ind("效益指标", "社会效益指标", "较大以上道路运输事故", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    labels = ("年度资金总额", "其中：财政拨款", "上年结转", "其他资金")
    for project, unit_name, money, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（元）")
        for k, label in enumerate(labels):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, money[k])
        rows.add((0, 1, "年度目标"), (1, 4, f"{project}年度任务按期完成。"))
        head_row = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        spec = _spec(rows.cells, rows.n, [80, 90, 110, 60, 110], title="项目支出绩效目标表",
                     editor=f"编制单位：{dept}")
        doc.pages.grid(_styled(spec, "filled", (head_row,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=money[0], fiscal=money[1], carried=money[2] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 日照


def layout_sd_rz_turned_list_direction_columns(folder: Path, name: str) -> FileGold:
    dept = "日照市东港区水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("小型水库除险加固", ("1,280.00", "1,080.00", "200.00"), [
            Ind("产出指标", "数量指标", "除险加固水库座数", ("≥", "8", "座"), (">=", 8, "座")),
            Ind("产出指标", "质量指标", "工程验收合格率", ("=", "100", "%"), ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "下游受保护人口", ("≥", "2.6", "万人"), (">=", 2.6, "万人")),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("农村供水工程维修养护", ("356.00", "356.00", ""), [
            Ind("产出指标", "数量指标", "维修养护供水工程处数", ("≥", "45", "处"), (">=", 45, "处")),
            Ind("产出指标", "质量指标", "农村供水水质达标率", ("≥", "92", "%"), (">=", 92, "%")),
            Ind("效益指标", "社会效益指标", "农村供水保障水平", ("定性", "稳步提升", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "用水户满意度", ("≥", "85", "%"), (">=", 85, "%")),
        ]),
        ("河湖长制工作经费", ("96.50", "96.50", ""), [
            Ind("产出指标", "数量指标", "河湖巡查次数", ("≥", "1200", "次"), (">=", 1200, "次")),
            Ind("产出指标", "时效指标", "问题整改销号时限", ("≤", "30", "天"), ("<=", 30, "天")),
            Ind("效益指标", "生态效益指标", "河湖水质", ("定性", "良好", ""), Q),
            Ind("效益指标", "可持续影响指标", "河湖管护机制", ("定性", "长效运行", ""), Q),
        ]),
        ("水土流失综合治理", ("620.00", "420.00", "200.00"), [
            Ind("产出指标", "数量指标", "治理水土流失面积", ("≥", "12", "平方公里"), (">=", 12, "平方公里")),
            Ind("产出指标", "成本指标", "每平方公里治理成本", ("≤", "50", "万元"), ("<=", 50, "万元")),
            Ind("效益指标", "生态效益指标", "林草覆盖率提高", ("≥", "2", "个百分点"), (">=", 2, "个百分点")),
            Ind("满意度指标", "服务对象满意度指标", "项目区群众满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    heads = ("序号", "项目名称", "资金总额", "财政资金", "其他资金", "一级指标", "二级指标", "三级指标",
             "指标方向", "指标值", "计量单位")
    rows.add(*[(k, 1, h) for k, h in enumerate(heads)])
    for no, (project, money, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.target[0]), (9, 1, i.target[1]),
                                                (10, 1, i.target[2])])
        for col, text in ((0, str(no)), (1, project), (2, money[0]), (3, money[1]), (4, money[2])):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    spec = _spec(rows.cells, rows.n, [30, 92, 62, 62, 56, 62, 70, 120, 50, 56, 60],
                 title=f"{year}年度项目支出绩效目标表", editor=f"单位名称：{dept}", unit_raw="单位：万元",
                 landscape=True)
    doc.pages.grid(_styled(spec, "cells"), repeat=(0, 1), fresh_page=True, turned=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 宁德


def layout_fj_nd_landscape_self_evals_pairs_split_deviation(folder: Path, name: str) -> FileGold:
    dept = "宁德市蕉城区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    evals = [
        ("义务教育学校校舍维修改造", "1,280,000.00", "1,216,384.00", "良好", [
            Ind("产出指标", "数量指标", "维修改造校舍面积", "达到8000平方米", (">=", 8000, "平方米"), "20", "8150平方米", "20"),
            Ind("产出指标", "质量指标", "维修工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "工程完工时间", "2024年8月底前", (None, None, None), "10", "2024年9月15日", "7",
                "雨季影响工期|合理安排施工时段"),
            Ind("产出指标", "成本指标", "维修单价", "≤160元/平方米", ("<=", 160, "元/平方米"), "10", "149元/平方米", "10"),
            Ind("效益指标", "社会效益指标", "校舍安全隐患", "全部消除", Q, "15", "基本消除", "12",
                "个别校舍仍需加固|纳入下年计划"),
            Ind("效益指标", "可持续影响指标", "校舍使用年限延长", "≥10年", (">=", 10, "年"), "10", "10年", "10"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
        ]),
        ("学前教育幼儿资助", "2,360,000.00", "2,360,000.00", "优秀", [
            Ind("产出指标", "数量指标", "资助家庭经济困难幼儿人数", "≥1500人", (">=", 1500, "人"), "20", "1563人", "20"),
            Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "资助资金发放时限", "≤30个工作日", ("<=", 30, "个工作日"), "10", "20个工作日", "10"),
            Ind("产出指标", "成本指标", "生均资助标准", "＝1500元/年", ("=", 1500, "元/年"), "10", "1500元/年", "10"),
            Ind("效益指标", "社会效益指标", "困难家庭幼儿入园率", "＞98%", (">", 98, "%"), "15", "99.2%", "15"),
            Ind("效益指标", "可持续影响指标", "学前教育资助体系", "持续完善", Q, "10", "持续完善", "10"),
            Ind("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥95%", (">=", 95, "%"), "10", "97%", "10"),
        ]),
    ]
    for project, budget, executed, grade, inds in evals:
        rate, rate_score = _pct(executed, budget)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project), (6, 1, "主管部门"), (7, 3, dept))
        rows.add((0, 2, "全年预算数（元）"), (2, 2, budget), (4, 1, "全年执行数（元）"), (5, 2, executed),
                 (7, 1, "执行率"), (8, 2, rate))
        rows.add((0, 2, "其中：财政拨款（元）"), (2, 2, budget), (4, 1, "预算执行得分"), (5, 2, f"{rate_score:.2f}"),
                 (7, 1, "分值"), (8, 2, "10"))
        rows.add((0, 2, "年度目标完成情况"), (2, 8, f"{project}年度目标基本完成。"))
        head_row = rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值",
                                                                "实际完成值", "分值", "得分", "偏差原因", "改进措施"))],
                            (9, 1, "备注"))

        def cells(i: Ind) -> list[tuple[int, int, str]]:
            reason, _, measure = i.note.partition("|")
            return [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight), (6, 1, i.score),
                    (7, 1, reason), (8, 1, measure), (9, 1, "")]

        _grid_rows(rows, inds, 0, 1, cells)
        total = rate_score + sum(Decimal(i.score) for i in inds)
        rows.add((0, 2, "自评得分"), (2, 2, f"{total:.2f}"), (4, 1, "自评等级"), (5, 5, grade))
        spec = _spec(rows.cells, rows.n, [60, 76, 124, 92, 92, 40, 40, 96, 100, 40], title="项目支出绩效自评表",
                     editor=f"填报单位：{dept}", kind="performance_self_evaluation", landscape=True)
        doc.pages.grid(_styled(spec, "filled"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), _GRADE[grade])
        doc.gold.project(project, "元", year=budget, fiscal=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 河源


def layout_gd_hy_budget_two_forms_a_page_open(folder: Path, name: str) -> FileGold:
    dept = "河源市源城区人力资源和社会保障局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,318.60")],
                  [("社会保障和就业支出", "2,318.60")])
    projects = [
        ("就业创业补贴", ("420.00", "420.00", "0.00"), [
            Ind("产出指标", "数量指标", "城镇新增就业人数", "≥3500人", (">=", 3500, "人"), "30"),
            Ind("产出指标", "数量指标", "扶持创业人数", "≥300人", (">=", 300, "人"), "20"),
            Ind("效益指标", "社会效益指标", "城镇登记失业率", "≤3.5%", ("<=", 3.5, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("职业技能提升培训", ("286.00", "236.00", "50.00"), [
            Ind("产出指标", "数量指标", "补贴性职业技能培训人次", "≥4000人次", (">=", 4000, "人次"), "30"),
            Ind("产出指标", "质量指标", "培训合格率", "≥85%", (">=", 85, "%"), "25"),
            Ind("效益指标", "社会效益指标", "培训后就业率", "≥60%", (">=", 60, "%"), "25"),
            Ind("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("劳动保障监察执法", ("68.50", "68.50", "0.00"), [
            Ind("产出指标", "数量指标", "用人单位检查户数", "≥500户", (">=", 500, "户"), "30"),
            Ind("产出指标", "时效指标", "欠薪案件结案时限", "≤60日", ("<=", 60, "日"), "30"),
            Ind("效益指标", "社会效益指标", "欠薪群体性事件", "有效遏制", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "劳动者满意度", "≥85%", (">=", 85, "%"), "20"),
        ]),
        ("人事考试组织", ("45.00", "45.00", "0.00"), [
            Ind("产出指标", "数量指标", "组织考试场次", "≥12场", (">=", 12, "场"), "30"),
            Ind("产出指标", "质量指标", "考试安全事故", "0起", ("=", 0, "起"), "30"),
            Ind("效益指标", "社会效益指标", "考试公平公正", "有效保障", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "考生满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    for k, (project, money, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "项目类别"), (5, 2, "经常性项目"))
        rows.add((0, 2, "项目资金总额"), (2, 1, money[0]), (3, 1, "其中：财政资金"), (4, 1, money[1]), (5, 1, "其他资金"),
                 (6, 1, money[2]))
        rows.add((0, 1, "序号"), (1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"),
                 (5, 1, "权重（%）"), (6, 1, "备注"))
        numbers = {id(i): str(n) for n, i in enumerate(inds, 1)}
        _grid_rows(rows, inds, 1, 2, lambda i: [(0, 1, numbers[id(i)]), (3, 1, i.name), (4, 1, i.raw),
                                                (5, 1, i.weight), (6, 1, "")])
        spec = _spec(rows.cells, rows.n, [30, 70, 80, 120, 80, 50, 50], title="项目支出绩效目标表",
                     editor=f"单位名称：{dept}", unit_raw="金额单位：万元")
        doc.pages.grid(_styled(spec, "open"), fresh_page=(k % 2 == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南 琼海


def layout_hi_qh_hospital_column_numbers_central_subsidy(folder: Path, name: str) -> FileGold:
    dept = "琼海市人民医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(f"{year}年项目支出绩效目标表", 22), (f"单位：{dept}", 16), ("主管部门：琼海市卫生健康委员会", 16)])
    projects = [
        # name, total, (中央补助, 市级财政拨款, 单位自有资金, 其他资金); fiscal: 市级财政拨款
        ("急诊急救能力提升", "3,200,000.00", ("1,500,000.00", "1,700,000.00", "", ""), [
            Ind("产出指标", "数量指标", "购置急救设备台数", "≥20台", (">=", 20, "台")),
            Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "院前急救平均反应时间", "≤12分钟", ("<=", 12, "分钟")),
            Ind("效益指标", "社会效益指标", "急危重症抢救成功率", "≥95%", (">=", 95, "%")),
            Ind("满意度指标", "服务对象满意度指标", "急诊患者满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("重点专科建设", "1,800,000.00", ("", "1,600,000.00", "200,000.00", ""), [
            Ind("产出指标", "数量指标", "建设重点专科个数", "3个", ("=", 3, "个")),
            Ind("产出指标", "数量指标", "开展新技术新项目", "≥6项", (">=", 6, "项")),
            Ind("产出指标", "时效指标", "建设任务完成时间", "2025年12月31日前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "县域内就诊率", "≥90%", (">=", 90, "%")),
            Ind("效益指标", "可持续影响指标", "专科服务能力", "持续提升", Q),
        ]),
        ("公立医院改革补助", "2,450,000.00", ("", "2,450,000.00", "", ""), [
            Ind("产出指标", "数量指标", "参与医联体基层机构数", "≥12家", (">=", 12, "家")),
            Ind("产出指标", "质量指标", "药品耗材零差率执行率", "100%", ("=", 100, "%")),
            Ind("效益指标", "经济效益指标", "次均住院费用增幅", "≤5%", ("<=", 5, "%")),
            Ind("效益指标", "社会效益指标", "群众看病就医负担", "有所减轻", Q),
            Ind("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥92%", (">=", 92, "%")),
        ]),
    ]
    first = True
    for project, total, sources, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, "琼海市卫生健康委员会"), (3, 1, "实施单位"), (4, 2, dept))
        rows.add((0, 1, "项目资金"), (1, 5, f"{total}元"))
        r = rows.add((0, 1, "资金来源"), height=2)
        # four source heads over five columns: 市级财政拨款 two wide
        rows.put(r, 1, 1, 1, "中央补助")
        rows.put(r, 2, 1, 2, "市级财政拨款")
        rows.put(r, 4, 1, 1, "单位自有资金")
        rows.put(r, 5, 1, 1, "其他资金")
        for col, cs, v in ((1, 1, sources[0]), (2, 2, sources[1]), (4, 1, sources[2]), (5, 1, sources[3])):
            rows.put(r + 1, col, 1, cs, f"{v}元" if v else "")
        rows.add((0, 1, "年度绩效目标"), (1, 5, f"通过{project}，提升医院医疗服务能力和群众就医体验。"))
        r = rows.n
        rows.put(r, 0, 1, 6, "绩效指标")
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        rows.add((0, 1, "1"), (1, 1, "2"), (2, 2, "3"), (4, 1, "4"), (5, 1, "5"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
        spec = _spec(rows.cells, rows.n, [90, 90, 70, 70, 100, 80], title="项目支出绩效目标表",
                     editor=f"填报单位：{dept}")
        doc.pages.grid(_styled(spec, "cells"), fresh_page=first)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=sources[1] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 玉林


def layout_gx_yl_accounts_self_evals_reason_measure(folder: Path, name: str) -> FileGold:
    dept = "玉林市玉州区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "5,836.20"), ("二、上年结转", "120.00")],
                    [("一、社会保障和就业支出", "5,702.60"), ("二、城乡社区支出", "253.60")])
    widths = [36, 46, 40, 60, 70, 64, 40, 44, 44, 70]
    evals = [
        ("城乡居民最低生活保障", "良", [("年度资金总额", "3,600.00", "3,850.00", "3,812.40"),
                                 ("其中：财政拨款", "3,600.00", "3,730.00", "3,692.40"),
                                 ("上年结转", "0.00", "120.00", "120.00"),
                                 ("其他资金", "", "", "")], [
            Ind("产出指标", "数量指标", "城乡低保保障人数", "≥1.1万人", (">=", 1.1, "万人"), "20", "1.13万人", "20"),
            Ind("产出指标", "质量指标", "低保对象认定准确率", "≥98%", (">=", 98, "%"), "15", "96%", "12",
                "入户核查不够细致|加强动态核查"),
            Ind("产出指标", "时效指标", "低保金发放时间", "每月10日前", (None, None, None), "10", "每月10日前", "10"),
            Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到保障", Q, "20", "得到保障", "20"),
            Ind("效益指标", "可持续影响指标", "社会救助体系", "逐步完善", Q, "10", "逐步完善", "9",
                "救助信息共享不足|推进部门数据比对"),
            Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
        ]),
        ("特困人员供养", "优", [("年度资金总额", "980.00", "980.00", "956.30"),
                          ("其中：财政拨款", "980.00", "980.00", "956.30"),
                          ("上年结转", "0.00", "0.00", "0.00"),
                          ("其他资金", "", "", "")], [
            Ind("产出指标", "数量指标", "特困供养人数", "≥1600人", (">=", 1600, "人"), "20", "1642人", "20"),
            Ind("产出指标", "质量指标", "集中供养机构安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
            Ind("产出指标", "成本指标", "集中供养标准", "≥1040元/人·月", (">=", 1040, "元/人·月"), "10", "1040元/人·月", "10"),
            Ind("效益指标", "社会效益指标", "生活不能自理特困人员集中供养率", "≥60%", (">=", 60, "%"), "20", "63%", "20"),
            Ind("效益指标", "可持续影响指标", "供养服务机构运行", "平稳有序", Q, "10", "平稳有序", "10"),
            Ind("满意度指标", "服务对象满意度指标", "特困人员满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
        ]),
    ]
    for project, grade, lines, inds in evals:
        total = _exec_columns_self_eval(
            doc, "项目支出绩效自评表", [("项目名称", project), ("主管部门", dept), ("实施单位", dept)], project,
            lines, (f"保障{project}资金按时足额发放。", "年度目标基本完成。"), inds, grade, "万元", widths,
            "filled", True, True)
        doc.gold.self_evaluation(project, "万元", lines[0][2], lines[0][3], total, _GRADE[grade])
        doc.gold.project(project, "万元", year=lines[0][2], fiscal=lines[1][2], carried=lines[2][2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 新余


def layout_jx_xy_school_budget_total_year_weights_open(folder: Path, name: str) -> FileGold:
    dept = "新余市第一中学"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,840.00"), ("事业收入", "960.00")],
                  [("教育支出", "7,420.00"), ("住房保障支出", "380.00")])
    projects = [
        ("智慧校园建设（2025-2027年）", ("900.00", "300.00", "260.00", "40.00"), [
            Ind("产出指标", "数量指标", "建设智慧教室间数", "≥30间", (">=", 30, "间"), "20"),
            Ind("产出指标", "质量指标", "设备采购验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "一期工程完成时间", "2025年8月20日前", (None, None, None), "15"),
            Ind("效益指标", "社会效益指标", "信息化教学课时占比", "30%-40%", ("range", 30, "%", 40), "25"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("学生资助", ("186.00", "186.00", "186.00", ""), [
            Ind("产出指标", "数量指标", "国家助学金资助人数", "≥620人", (">=", 620, "人"), "25"),
            Ind("产出指标", "质量指标", "资助对象精准率", "100%", ("=", 100, "%"), "25"),
            Ind("产出指标", "时效指标", "资助资金发放周期", "3～6个月", ("range", 3, "个月", 6), "15"),
            Ind("效益指标", "社会效益指标", "家庭经济困难学生辍学率", "＜0.5%", ("<", 0.5, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", (">=", 95, "%"), "15"),
        ]),
        ("教师培训", ("75.00", "75.00", "60.00", "15.00"), [
            Ind("产出指标", "数量指标", "参训教师人次", "≥400人次", (">=", 400, "人次"), "25"),
            Ind("产出指标", "质量指标", "培训考核合格率", "≥95%", (">=", 95, "%"), "25"),
            Ind("产出指标", "成本指标", "人均培训费", "≤1500元", ("<=", 1500, "元"), "15"),
            Ind("效益指标", "可持续影响指标", "教师专业能力", "明显提升", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
    ]
    first = True
    for project, money, inds in projects:
        kind = "跨年度" if money[0] != money[1] else "经常性"
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "类型"), (6, 1, kind))
        rows.add((0, 2, "主管部门"), (2, 1, "新余市教育局"), (3, 1, "实施单位"), (4, 3, dept))
        r = rows.add((0, 2, "项目资金（万元）"), height=2)
        for k, head in enumerate(("项目总额", "年度金额", "其中：财政拨款", "上年结转")):
            rows.put(r, 2 + k, 1, 1 if k < 3 else 2, head)
            rows.put(r + 1, 2 + k, 1, 1 if k < 3 else 2, money[k])
        rows.add((0, 2, "年度目标"), (2, 5, f"{project}年度任务按计划推进，资金使用合规高效。"))
        rows.add((0, 1, "序号"), (1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"),
                 (5, 1, "权重"), (6, 1, "备注"))
        numbers = {id(i): str(n) for n, i in enumerate(inds, 1)}
        _grid_rows(rows, inds, 1, 2, lambda i: [(0, 1, numbers[id(i)]), (3, 1, i.name), (4, 1, i.raw),
                                                (5, 1, i.weight), (6, 1, "")])
        spec = _spec(rows.cells, rows.n, [30, 66, 76, 110, 90, 44, 60], title="项目支出绩效目标表",
                     editor=f"单位：{dept}")
        doc.pages.grid(_styled(spec, "open"), fresh_page=first)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=money[0] if money[0] != money[1] else None, year=money[1],
                         fiscal=money[2], carried=money[3] or None)
    return doc.save(folder)


BLIND60: dict[str, Builder] = {
    "zj_yw_budget_income_source_grid": layout_zj_yw_budget_income_source_grid,
    "js_jy_accounts_dept_and_project_self_evals_yuan": layout_js_jy_accounts_dept_and_project_self_evals_yuan,
    "sh_yp_street_total_year_pairs_open": layout_sh_yp_street_total_year_pairs_open,
    "ah_la_budget_dept_wide_stacked_money": layout_ah_la_budget_dept_wide_stacked_money,
    "sd_rz_turned_list_direction_columns": layout_sd_rz_turned_list_direction_columns,
    "fj_nd_landscape_self_evals_pairs_split_deviation": layout_fj_nd_landscape_self_evals_pairs_split_deviation,
    "gd_hy_budget_two_forms_a_page_open": layout_gd_hy_budget_two_forms_a_page_open,
    "hi_qh_hospital_column_numbers_central_subsidy": layout_hi_qh_hospital_column_numbers_central_subsidy,
    "gx_yl_accounts_self_evals_reason_measure": layout_gx_yl_accounts_self_evals_reason_measure,
    "jx_xy_school_budget_total_year_weights_open": layout_jx_xy_school_budget_total_year_weights_open,
}
SETS: dict[str, dict[str, Builder]] = {"blind60": BLIND60}


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
    """Write every layout of ``which`` ("blind60") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
