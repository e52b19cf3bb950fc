"""The sample Shanghai-style 区级部门预算 / 单位预算: cover, 编制说明 and six tables
(财务收支预算总表, 支出预算总表, 一般公共预算支出功能分类, 基本支出经济分类, 政府性基金,
“三公”经费). Amounts come from a seeded ``random.Random``: the same call gives the same
bytes."""
from __future__ import annotations

import io
import os
import random
from pathlib import Path

from .amounts import cn_ordinal, fmt_amount, split_amount
from .classification import ECONOMIC, FUNCTIONS, Leaf, code_rows, function_rows, pick_leaves, sum_vals
from .drawing import PdfWriter, draw_cover, draw_text_page
from .gold import GoldDocument, GoldTable
from .tables import TableSpec, draw_table, plain_row, spill_last_empty_row


def _budget_text(department: str, year: int, scope: str, unit_word: str,
                 leaves: list[Leaf]) -> list[str]:
    who = "本部门" if scope == "department" else "本单位"
    tot = sum(lf.total for lf in leaves)
    gp = sum(lf.basic + lf.project for lf in leaves)
    fund = sum(lf.fund for lf in leaves)
    other = sum(lf.other for lf in leaves)
    basic = sum(lf.basic for lf in leaves)
    paras = [
        f"{year}年，{department}收入预算{fmt_amount(tot, '0')}{unit_word}，其中：财政拨款收入"
        f"{fmt_amount(gp + fund, '0')}{unit_word}；事业收入0{unit_word}；事业单位经营收入0{unit_word}；"
        f"其他收入{fmt_amount(other, '0')}{unit_word}。",
        f"支出预算{fmt_amount(tot, '0')}{unit_word}，其中：基本支出{fmt_amount(basic, '0')}{unit_word}，"
        f"项目支出{fmt_amount(tot - basic, '0')}{unit_word}。财政拨款支出预算中，一般公共预算拨款支出预算"
        f"{fmt_amount(gp, '0')}{unit_word}；政府性基金拨款支出预算{fmt_amount(fund, '0')}{unit_word}；"
        f"国有资本经营预算拨款支出预算0{unit_word}。",
        f"{who}预算按照“零基预算”原则编制，财政拨款支出主要内容如下：",
    ]
    for i, lf in enumerate([lf for lf in leaves if lf.basic + lf.project][:6], 1):
        lname, kuans = FUNCTIONS[lf.code[:3]]
        kname = kuans[lf.code[3:5]][0]
        paras.append(f"{i}. “{lname}（类）{kname}（款）{lf.name}（项）”"
                     f"{fmt_amount(lf.basic + lf.project, '0')}{unit_word}，主要用于保障{who}"
                     f"履行职能和相关工作开展。")
    return paras


def make_budget_pdf(
    path: str | os.PathLike,
    *,
    department: str = "上海市普陀区示例局",
    region: str = "上海市普陀区",
    year: int = 2025,
    scope: str = "department",
    unit: str = "yuan",
    n_function_rows: int = 24,
    seed: int = 0,
) -> GoldDocument:
    """Write a Shanghai-style 区级部门预算 (scope "department") or 单位预算 ("unit").

    ``unit`` is "yuan" (单位：元) or "wan_yuan" (单位：万元) for the main tables (the
    “三公” table is always in 万元); ``n_function_rows`` is the number of 功能分类 项
    rows (类 and 款 subtotal rows come on top). Returns the gold document.
    """
    if scope not in ("department", "unit"):
        raise ValueError("scope must be 'department' or 'unit'")
    if unit not in ("yuan", "wan_yuan"):
        raise ValueError("unit must be 'yuan' or 'wan_yuan'")
    rng = random.Random(f"budget|{seed}|{department}|{year}|{scope}|{unit}")
    unit_raw = "单位：元" if unit == "yuan" else "单位：万元"
    unit_word = "元" if unit == "yuan" else "万元"
    scale = 300_000_000 if unit == "yuan" else 30_000  # one item ~ 3,000,000.00 元
    leaves = pick_leaves(rng, n_function_rows, scale)
    p = "部门" if scope == "department" else "单位"
    editor = f"编制{p}：{department}"
    doc_title = f"{region}{year}年区级{p}预算"

    buf = io.BytesIO()
    w = PdfWriter(buf, doc_title)
    draw_cover(w, [(doc_title, 24),
                   (f"{'预算主管部门' if scope == 'department' else '预算单位'}：{department}", 16)])
    draw_text_page(w, f"{year}年{p}预算编制说明",
                   _budget_text(department, year, scope, unit_word, leaves))

    tables: list[GoldTable] = []
    tables.append(draw_table(w, _summary_spec(year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _expenditure_spec(year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _gp_function_spec(year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _economic_spec(rng, year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _fund_spec(year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _three_public_spec(rng, year, p, editor)))
    pages = w.finish()
    Path(path).write_bytes(buf.getvalue())
    return GoldDocument(Path(path).name, department, region, year, "budget", scope,
                        doc_title, pages, tables)


def _summary_spec(year, p, editor, unit_raw, leaves) -> TableSpec:
    gp = sum(lf.basic + lf.project for lf in leaves)
    fund = sum(lf.fund for lf in leaves)
    other = sum(lf.other for lf in leaves)
    total = gp + fund + other
    income = [
        ("一、财政拨款收入", fmt_amount(gp + fund)),
        ("1. 一般公共预算资金", fmt_amount(gp)),
        ("2. 政府性基金", fmt_amount(fund)),
        ("3. 国有资本经营预算", "-"),
        ("二、事业收入", ""),
        ("三、事业单位经营收入", ""),
        ("四、其他收入", fmt_amount(other)),
    ]
    exp = [(f"{cn_ordinal(i)}、{name}", fmt_amount(vals[0]))
           for i, (lei, kuan, _x, name, vals) in enumerate(
               [r for r in function_rows(leaves, lambda lf: [lf.total]) if not r[1]], 1)]
    n = max(len(income), len(exp))
    income += [("", "")] * (n - len(income))
    exp += [("", "")] * (n - len(exp))
    body = [plain_row([a, b, c, d]) for (a, b), (c, d) in zip(income, exp)]
    body.append(plain_row(["收入总计", fmt_amount(total), "支出总计", fmt_amount(total)]))
    return TableSpec(
        f"{year}年{p}财务收支预算总表", "income_expenditure_summary", unit_raw, None, editor,
        [150, 97, 150, 97],
        [(0, 0, 1, 2, "本年收入"), (0, 2, 1, 2, "本年支出"),
         (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"),
         (1, 3, 1, 1, "预算数")],
        2, body, ["l", "r", "l", "r"])


def _expenditure_spec(year, p, editor, unit_raw, leaves) -> TableSpec:
    def val(lf: Leaf) -> list[int]:
        return [lf.total, lf.basic, lf.total - lf.basic]

    rows = function_rows(leaves, val)
    tot = sum_vals(leaves, val)
    body = [[(0, 4, "合计")] + [(4 + i, 1, fmt_amount(v)) for i, v in enumerate(tot)]]
    body += code_rows(rows)
    return TableSpec(
        f"{year}年{p}支出预算总表", "expenditure", unit_raw, None, editor,
        [40, 40, 40, 250, 124, 124, 124],
        [(0, 0, 1, 4, "项目"), (0, 4, 1, 3, "支出预算"),
         (1, 0, 1, 3, "功能分类科目编码"), (1, 3, 2, 1, "功能分类科目名称"),
         (1, 4, 2, 1, "合计"), (1, 5, 2, 1, "基本支出"), (1, 6, 2, 1, "项目支出"),
         (2, 0, 1, 1, "类"), (2, 1, 1, 1, "款"), (2, 2, 1, 1, "项")],
        3, body, ["c", "c", "c", "l", "r", "r", "r"], repeat_header=True, landscape=True)


def _gp_function_spec(year, p, editor, unit_raw, leaves) -> TableSpec:
    def val(lf: Leaf) -> list[int]:
        return [lf.basic + lf.project, lf.basic, lf.project]

    rows = function_rows(leaves, val)
    tot = sum_vals(leaves, val)
    body = code_rows(rows)
    body.append([(0, 4, "合计")] + [(4 + i, 1, fmt_amount(v)) for i, v in enumerate(tot)])
    return TableSpec(
        f"{year}年{p}一般公共预算支出功能分类预算表", "general_public_function", unit_raw,
        None, editor,
        [40, 40, 40, 120, 167, 167, 168],  # narrow name column: long names wrap
        [(0, 0, 1, 3, "功能分类科目编码"), (0, 3, 2, 1, "功能分类科目名称"),
         (0, 4, 1, 3, "一般公共预算支出"),
         (1, 0, 1, 1, "类"), (1, 1, 1, 1, "款"), (1, 2, 1, 1, "项"),
         (1, 4, 1, 1, "合计"), (1, 5, 1, 1, "基本支出"), (1, 6, 1, 1, "项目支出")],
        2, body, ["c", "c", "c", "l", "r", "r", "r"], repeat_header=False, landscape=True)


def _economic_spec(rng, year, p, editor, unit_raw, leaves) -> TableSpec:
    """基本支出 by economic classification; narrow name column (names wrap on two
    lines) and trailing empty rows, the last of which spills alone onto a new page."""
    basic = sum(lf.basic for lf in leaves)
    items = [(lei + kuan, name) for lei, (_, ks) in ECONOMIC.items() for kuan, name in ks.items()]
    amounts = split_amount(rng, basic, len(items))
    amounts = [a - a % 100 for a in amounts]
    amounts[0] += basic - sum(amounts)
    body_rows = []
    grand = [0, 0, 0]
    for lei, (lname, ks) in ECONOMIC.items():
        sub = [(c, n, a) for (c, n), a in zip(items, amounts) if c[:3] == lei]
        s = sum(a for _, _, a in sub)
        personnel = lei != "302"
        vals = [s, s if personnel else 0, 0 if personnel else s]
        grand = [g + v for g, v in zip(grand, vals)]
        body_rows.append(plain_row([lei, "", lname] + [fmt_amount(v) for v in vals]))
        for c, n, a in sub:
            v = [a, a if personnel else 0, 0 if personnel else a]
            body_rows.append(plain_row([lei, c[3:], n] + [fmt_amount(x) for x in v]))
    body = [[(0, 3, "合计")] + [(3 + i, 1, fmt_amount(v)) for i, v in enumerate(grand)]]
    body += body_rows
    spec = TableSpec(
        f"{year}年{p}一般公共预算基本支出部门预算经济分类预算表",
        "general_public_basic_economic", unit_raw, None, editor,
        [45, 45, 116, 96, 96, 97],
        [(0, 0, 1, 2, "经济分类科目编码"), (0, 2, 2, 1, "经济分类科目名称"),
         (0, 3, 1, 3, "一般公共预算基本支出"),
         (1, 0, 1, 1, "类"), (1, 1, 1, 1, "款"),
         (1, 3, 1, 1, "合计"), (1, 4, 1, 1, "人员经费"), (1, 5, 1, 1, "公用经费")],
        2, body, ["c", "c", "l", "r", "r", "r"], repeat_header=False)
    return spill_last_empty_row(spec)


def _fund_spec(year, p, editor, unit_raw, leaves) -> TableSpec:
    def val(lf: Leaf) -> list[int]:
        return [lf.fund, 0, lf.fund]

    rows = function_rows(leaves, val)
    tot = sum_vals(leaves, val)
    body = code_rows(rows)
    body.append([(0, 4, "合计")] + [(4 + i, 1, fmt_amount(v)) for i, v in enumerate(tot)])
    return TableSpec(
        f"{year}年{p}政府性基金预算支出功能分类预算表", "government_fund", unit_raw, None,
        editor, [40, 40, 40, 250, 124, 124, 124],
        [(0, 0, 1, 3, "功能分类科目编码"), (0, 3, 2, 1, "功能分类科目名称"),
         (0, 4, 1, 3, "政府性基金预算支出"),
         (1, 0, 1, 1, "类"), (1, 1, 1, 1, "款"), (1, 2, 1, 1, "项"),
         (1, 4, 1, 1, "合计"), (1, 5, 1, 1, "基本支出"), (1, 6, 1, 1, "项目支出")],
        2, body, ["c", "c", "c", "l", "r", "r", "r"], repeat_header=True, landscape=True)


def _three_public_spec(rng, year, p, editor) -> TableSpec:
    """“三公”经费 in 万元: 合计 = 出国 + 接待 + 用车小计; 小计 = 购置 + 运行."""
    abroad = 0
    reception = rng.randint(50, 900)  # cents of 万元
    buy = 0
    run = rng.randint(300, 3000)
    car = buy + run
    total = abroad + reception + car
    operating = rng.randint(5000, 40000)
    vals = [total, abroad, reception, car, buy, run, operating]
    body = [plain_row([fmt_amount(v, "0") for v in vals])]
    return TableSpec(
        f"{year}年{p}“三公”经费和机关运行经费预算表", "three_public", "单位：万元", None,
        editor, [106] * 7,
        [(0, 0, 1, 6, "“三公”经费预算数"), (0, 6, 3, 1, "机关运行经费预算数"),
         (1, 0, 2, 1, "合计"), (1, 1, 2, 1, "因公出国（境）费"), (1, 2, 2, 1, "公务接待费"),
         (1, 3, 1, 3, "公务用车购置及运行费"),
         (2, 3, 1, 1, "小计"), (2, 4, 1, 1, "购置费"), (2, 5, 1, 1, "运行费")],
        3, body, ["r"] * 7, repeat_header=False, landscape=True, min_body_h=40)
