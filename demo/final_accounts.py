"""The sample 部门决算: cover, 决算说明, and 收入支出决算总表, 收入决算表 and 支出决算表
in 万元 on landscape pages. Amounts come from a seeded ``random.Random``: the same call
gives the same bytes."""
from __future__ import annotations

import io
import os
import random
from pathlib import Path

from .amounts import cn_ordinal, fmt_amount
from .classification import Leaf, code_rows, function_rows, pick_leaves, sum_vals
from .drawing import PdfWriter, draw_cover, draw_text_page
from .gold import GoldDocument
from .tables import TableSpec, draw_table, plain_row


def make_final_accounts_pdf(
    path: str | os.PathLike,
    *,
    department: str = "上海市示例局",
    region: str = "上海市",
    year: int = 2024,
    n_function_rows: int = 20,
    seed: int = 0,
) -> GoldDocument:
    """Write a 部门决算 (cover "<department>\\n<year> 年度部门决算") with 收入支出决算总表,
    收入决算表 and 支出决算表 in 万元 on landscape pages. Returns the gold document."""
    rng = random.Random(f"final|{seed}|{department}|{year}")
    leaves = pick_leaves(rng, n_function_rows, 30_000, with_fund=False)
    editor = f"编制部门：{department}"
    unit_raw = "单位：万元"
    doc_title = f"{department}{year}年度部门决算"

    # income per leaf, by source; expenditure per leaf (basic, project)
    inc_cols = ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
    income: dict[str, list[int]] = {}
    for lf in leaves:
        e = lf.total
        fiscal = int(e * rng.uniform(0.9, 1.05))
        other = lf.other
        income[lf.code] = [fiscal, 0, 0, 0, 0, other]
    exp_cols = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]

    def inc_val(lf: Leaf) -> list[int]:
        v = income[lf.code]
        return [sum(v)] + v

    def exp_val(lf: Leaf) -> list[int]:
        return [lf.total, lf.basic, lf.total - lf.basic, 0, 0, 0]

    inc_tot = sum_vals(leaves, inc_val)
    exp_tot = sum_vals(leaves, exp_val)
    opening = int(exp_tot[0] * rng.uniform(0.05, 0.15))
    closing = inc_tot[0] + opening - exp_tot[0]
    if closing < 0:
        opening -= closing
        closing = 0

    buf = io.BytesIO()
    w = PdfWriter(buf, doc_title)
    draw_cover(w, [(department, 24), (f"{year} 年度部门决算", 24)])
    draw_text_page(w, f"{year}年度部门决算说明", [
        f"{year}年度收入总计{fmt_amount(inc_tot[0] + opening, '0')}万元，支出总计"
        f"{fmt_amount(exp_tot[0] + closing, '0')}万元。",
        f"{year}年度本年收入合计{fmt_amount(inc_tot[0], '0')}万元，本年支出合计"
        f"{fmt_amount(exp_tot[0], '0')}万元，其中：基本支出{fmt_amount(exp_tot[1], '0')}万元，"
        f"项目支出{fmt_amount(exp_tot[2], '0')}万元。",
    ])

    # 收入支出决算总表 (6 cols: 项目/行次/金额 | 项目/行次/金额)
    inc_items = [("一、一般公共预算财政拨款收入", inc_tot[1]),
                 ("二、政府性基金预算财政拨款收入", 0),
                 ("三、国有资本经营预算财政拨款收入", 0),
                 ("四、上级补助收入", inc_tot[2]), ("五、事业收入", inc_tot[3]),
                 ("六、经营收入", inc_tot[4]), ("七、附属单位上缴收入", inc_tot[5]),
                 ("八、其他收入", inc_tot[6])]
    exp_items = [(f"{cn_ordinal(i)}、{name}", vals[0]) for i, (lei, kuan, _x, name, vals)
                 in enumerate([r for r in function_rows(leaves, exp_val) if not r[1]], 1)]
    n = max(len(inc_items), len(exp_items))
    body = []
    for i in range(n):
        a = inc_items[i] if i < len(inc_items) else None
        b = exp_items[i] if i < len(exp_items) else None
        body.append(plain_row([
            a[0] if a else "", str(i + 1) if a else "", fmt_amount(a[1], "0") if a else "",
            b[0] if b else "", str(n + i + 1) if b else "", fmt_amount(b[1], "0") if b else ""]))
    k = 2 * n
    body.append(plain_row(["本年收入合计", str(k + 1), fmt_amount(inc_tot[0], "0"),
                           "本年支出合计", str(k + 4), fmt_amount(exp_tot[0], "0")]))
    body.append(plain_row(["年初结转和结余", str(k + 2), fmt_amount(opening, "0"),
                           "年末结转和结余", str(k + 5), fmt_amount(closing, "0")]))
    body.append(plain_row(["总计", str(k + 3), fmt_amount(inc_tot[0] + opening, "0"),
                           "总计", str(k + 6), fmt_amount(exp_tot[0] + closing, "0")]))
    tables = [draw_table(w, TableSpec(
        "收入支出决算总表", "income_expenditure_summary", unit_raw, None, editor,
        [231, 40, 100, 231, 40, 100],
        [(0, 0, 1, 3, "收入"), (0, 3, 1, 3, "支出"),
         (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "行次"), (1, 2, 1, 1, "金额"),
         (1, 3, 1, 1, "项目"), (1, 4, 1, 1, "行次"), (1, 5, 1, 1, "金额")],
        2, body, ["l", "c", "r", "l", "c", "r"], landscape=True))]

    def code_table(title, kind, cols, val, tot, name_w, amt_w):
        rows = function_rows(leaves, val)
        b = [[(0, 4, "合计")] + [(4 + i, 1, fmt_amount(v)) for i, v in enumerate(tot)]]
        b += code_rows(rows)
        header = [(0, 0, 1, 4, "项目"),
                  (1, 0, 1, 3, "功能分类科目编码"), (1, 3, 2, 1, "科目名称"),
                  (2, 0, 1, 1, "类"), (2, 1, 1, 1, "款"), (2, 2, 1, 1, "项")]
        header += [(0, 4 + i, 3, 1, name) for i, name in enumerate(cols)]
        return TableSpec(title, kind, unit_raw, None, editor,
                         [32, 32, 32, name_w] + [amt_w] * len(cols), header, 3, b,
                         ["c", "c", "c", "l"] + ["r"] * len(cols), landscape=True)

    tables.append(draw_table(w, code_table("收入决算表", "income", ["本年收入合计"] + inc_cols,
                                           inc_val, inc_tot, 142, 72)))
    tables.append(draw_table(w, code_table("支出决算表", "expenditure",
                                           ["本年支出合计"] + exp_cols, exp_val, exp_tot,
                                           160, 81)))
    pages = w.finish()
    Path(path).write_bytes(buf.getvalue())
    return GoldDocument(Path(path).name, department, region, year, "final_accounts",
                        "department", doc_title, pages, tables)
