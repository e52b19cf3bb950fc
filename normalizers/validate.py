"""Accounting identities and required tables -> ``validations`` rows.

``validate(doc, lines)`` checks the budget_lines of a document (as built by
``normalizers.budget_lines.budget_lines``) and returns rows keyed by the VALIDATIONS
columns. Checks (``rule`` ids, described in ``schemas.contract.RULE``):

- ``subtotal_lei``     a 类 (3-digit code) = the sum of its 款 (5 digits) printed below it
                       (economic tables: 301 = Σ 301xx)
- ``subtotal_kuan``    a 款 = the sum of its 项 (7 digits)
- ``total_of_classes`` the table's 合计/总计 row = the sum of its 类 rows (one total row)
- ``basic_plus_project`` per row: 合计 = 基本支出 + 项目支出 (columns under one parent)
- ``row_components``   per row: a total column (合计/小计/本年收入合计 …) = the sum of its
                       components, as the measure model of ``budget_lines`` (``component_of``)
                       names them: 收入决算表: 财政拨款收入 + 上级补助收入 + …; a sibling
                       group without its own 小计 counts with its leaf columns; memo
                       (其中…, 政府采购), alternative (扣除…后), item and other-basis columns
                       are left out
- ``three_public_sum`` the same in the 三公 table: 合计 = 因公出国（境） + 公务接待 +
                       公务用车购置及运行; 公务用车 小计 = 购置 + 运行 (会议费 and 培训费
                       printed beside “三公”经费合计 are not in it)
- ``two_sided_totals`` two-sided summaries: 收入总计 = 支出总计
- ``required_tables``  Shanghai 预算/决算: the 9 standard tables are present (one row per
                       document, table_id null; detail lists the missing kinds)

Identities are checked per column (one measure of one table), so 预算数 and 决算数 columns
never mix. Blank cells count as 0; a check whose amounts are all blank/zero is not
emitted (it would pass trivially and inflate the pass rate).

Tolerance: printed figures are rounded, so a check passes when
``|expected - actual| <= n × q`` where n is the number of addends and q one unit in the
last printed place converted to yuan (the finest print among the check's cells): 0.01 元
for "1,234.56" in a 元 table, 0.01 万元 = 100 元 for "2,946.25" in a 万元 table, 1 元 for
tables printed in whole yuan. Comparisons are exact
Decimal arithmetic. ``expected`` is the sum of the addends, ``actual`` the printed
subtotal/total, both as yuan strings. ``page`` and ``row`` point at the printed total a
person checks (the first unread cell for amounts_parsed / indicator_targets_parsed; null
for required_tables).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from decimal import Decimal
from typing import Callable, Iterable

from cnbudget.schemas.identifiers import table_namer
from cnbudget.schemas.model import Document, Table
from cnbudget.schemas.text import nfkc

from .amounts import FACTORS
from .budget_lines import BUDGET_TABLE_KINDS, TWO_SIDED_KINDS, UNPARSED, Column, Layout, is_part_of, table_layout

# Kinds every Shanghai 部门/单位 预算 and 决算 publishes (9 tables).
SHANGHAI_REQUIRED = (
    "income_expenditure_summary", "income", "expenditure", "fiscal_appropriation_summary",
    "general_public_function", "general_public_basic_economic", "government_fund",
    "state_capital", "three_public",
)
SUBTOTAL_CHECKS = frozenset({"subtotal_lei", "subtotal_kuan", "total_of_classes"})
IDENTITY_CHECKS = SUBTOTAL_CHECKS | {"basic_plus_project", "row_components",
                                     "three_public_sum", "two_sided_totals"}

_GRAND = re.compile(r"^(合计|总计|总合计)$")


def _places(line: dict) -> int:
    raw = nfkc(line.get("amount_raw"))
    m = re.search(r"\.(\d+)", raw)
    return len(m.group(1)) if m else 0


def _quantum(lines: list[dict], unit: str | None) -> Decimal:
    """One unit in the last printed place, in yuan: the finest print among the cells of a
    check sets it ("15" beside "21.56" in a 万元 table is 15.00 with its zeros dropped)."""
    places = max(_places(x) for x in lines)
    return Decimal(1).scaleb(-places) * FACTORS.get(unit or "yuan", Decimal(1))


def _val(line: dict | None) -> Decimal:
    if line is None or line.get("amount_yuan") is None:
        return Decimal(0)
    return Decimal(line["amount_yuan"])


def _fmt(d: Decimal) -> str:
    return f"{d.quantize(Decimal('0.01'))}"


class _Checker:
    def __init__(self, doc: Document, table_id: str | None):
        self.doc = doc
        self.table_id = table_id
        self.rows: list[dict] = []

    def compare(self, check: str, total: dict, parts: list[dict], unit: str | None,
                detail: str) -> None:
        if any(x.get("blank") == UNPARSED for x in (total, *parts)):
            return  # reported once by amounts_parsed, not as a false identity failure
        vals = [_val(p) for p in parts]
        actual = _val(total)
        if actual == 0 and not any(vals):
            return
        expected = sum(vals, Decimal(0))
        q = _quantum([total, *parts], unit)
        tol = q * max(1, len(parts))
        ok = abs(expected - actual) <= tol
        self.rows.append({
            "doc_id": self.doc.doc_id, "table_id": self.table_id,
            "page": total.get("page"), "row": total.get("row"), "rule": check,
            "status": "pass" if ok else "fail", "expected": _fmt(expected),
            "actual": _fmt(actual),
            "detail": f"{detail}; tolerance {_fmt(tol)}"
                      + ("" if ok else f"; difference {_fmt(actual - expected)}"),
        })


def _name(line: dict) -> str:
    return f"{line.get('subject_code') or ''} {line.get('subject_name') or ''}".strip()


def _subtotals(ck: _Checker, col_lines: list[dict], unit: str | None) -> None:
    seq = sorted(col_lines, key=lambda x: x["row"])
    measure = seq[0].get("measure_raw") or seq[0].get("measure")
    for i, parent in enumerate(seq):
        code = parent.get("subject_code")
        if not code or len(code) not in (3, 5):
            continue
        children = []
        for child in seq[i + 1:]:
            c = child.get("subject_code")
            if not c:
                if child.get("is_total"):
                    break
                continue
            if not c.startswith(code) or len(c) <= len(code):
                break
            if len(c) == len(code) + 2:
                children.append(child)
        if not children:
            continue
        check = "subtotal_lei" if len(code) == 3 else "subtotal_kuan"
        ck.compare(check, parent, children, unit,
                   f"{_name(parent)} (row {parent['row']}) = Σ "
                   + ", ".join(c["subject_code"] for c in children)
                   + f" (rows {children[0]['row']}-{children[-1]['row']}); column "
                   f"{parent['col']} {measure}")
    totals = [x for x in seq if x.get("is_total") and not x.get("subject_code")
              and _GRAND.match(x.get("subject_name") or "")]
    if not totals:
        totals = [x for x in seq if x.get("is_total") and not x.get("subject_code")]
    classes = [x for x in seq if x.get("subject_code") and len(x["subject_code"]) == 3]
    if len(totals) == 1 and classes:
        t = totals[0]
        ck.compare("total_of_classes", t, classes, unit,
                   f"{t.get('subject_name')} (row {t['row']}) = Σ 类 "
                   + ", ".join(c["subject_code"] for c in classes)
                   + f"; column {t['col']} {measure}")


def _component_groups(amount: dict[int, Column]) -> list[tuple[int, list[int]]]:
    """(total col, component cols) from the measure model of one segment's amount columns
    (``budget_lines.measure_model``): only the components of a total are summed, never a
    memo, an alternative, an item or a figure of another basis."""
    groups: dict[int, list[int]] = defaultdict(list)
    for c in sorted(amount):
        if amount[c].component_of is not None:
            groups[amount[c].component_of].append(c)
    return sorted(groups.items())


def _row_checks(ck: _Checker, table: Table, lines: list[dict], layout: Layout) -> None:
    by_cell = {(x["row"], x["col"]): x for x in lines}
    rows = sorted({x["row"] for x in lines})
    for seg in layout.segments:
        amount = {c.col: c for c in seg.of_role("amount")}
        if len(amount) < 3:
            continue
        for total, comps in _component_groups(amount):
            if len(comps) < 2:
                continue
            measures = {amount[c].measure for c in comps}
            if any(is_part_of(a, b) for a in measures for b in measures):
                continue  # a flattened header: parent and its part side by side
            if table.table_kind == "three_public":
                check = "three_public_sum"
            elif measures == {"basic", "project"}:
                check = "basic_plus_project"
            else:
                check = "row_components"
            unit = amount[total].unit
            for r in rows:
                t = by_cell.get((r, total))
                parts = [by_cell.get((r, c)) for c in comps]
                if t is None or any(p is None for p in parts):
                    continue
                ck.compare(check, t, parts, unit,
                           f"row {r} {_name(t) or ''}: {amount[total].measure_raw} = "
                           + " + ".join(amount[c].measure_raw for c in comps))


def _two_sided(ck: _Checker, table: Table, lines: list[dict]) -> None:
    def grand(side: str, words: tuple[str, ...]) -> dict | None:
        cands = [x for x in lines if x.get("side") == side and x.get("is_total")
                 and (x.get("subject_name") or "") in words]
        if not cands:
            return None
        first_col = min(x["col"] for x in cands)
        totals = [x for x in cands if x.get("measure") == "total"]
        return min(totals or [x for x in cands if x["col"] == first_col],
                   key=lambda x: (x["col"], -x["row"]))

    inc = grand("income", ("收入总计", "总计", "收入合计总计"))
    exp = grand("expenditure", ("支出总计", "总计"))
    if inc is None or exp is None:
        return
    unit = table.unit
    ck.compare("two_sided_totals", exp, [inc], unit,
               f"{inc.get('subject_name')} (row {inc['row']}, col {inc['col']}) = "
               f"{exp.get('subject_name')} (row {exp['row']}, col {exp['col']})")


def _required(doc: Document) -> list[dict]:
    region = doc.region or doc.department or ""
    if doc.status == "failed" or doc.doc_type not in ("budget", "final_accounts") \
            or not region.startswith("上海"):
        return []
    kinds = {t.table_kind for t in doc.tables}
    missing = [k for k in SHANGHAI_REQUIRED if k not in kinds]
    return [{
        "doc_id": doc.doc_id, "table_id": None, "page": None, "row": None, "rule": "required_tables",
        "status": "fail" if missing else "pass",
        "expected": ",".join(SHANGHAI_REQUIRED),
        "actual": ",".join(k for k in SHANGHAI_REQUIRED if k in kinds),
        "detail": ("missing: " + ", ".join(missing)) if missing else
                  f"all {len(SHANGHAI_REQUIRED)} standard tables present",
    }]


def validate(doc: Document, lines: list[dict],
             table_id: Callable[[Table], str] | None = None, layouts: dict[int, Layout] | None = None) -> list[dict]:
    """validations rows for a document and its budget_lines.

    ``table_id`` must name tables as the lines do (the same callable given to
    ``budget_lines``); by default ``cnbudget.schemas.identifiers.table_id``, as there.
    ``layouts``: the tables' readings that ``budget_lines`` made (by seq), checked
    as they are instead of being made again.
    """
    tid = table_id or table_namer(doc.doc_id)
    by_table: dict[str, list[dict]] = defaultdict(list)
    for x in lines:
        by_table[x["table_id"]].append(x)
    out: list[dict] = []
    for table in doc.tables:
        if table.table_kind not in BUDGET_TABLE_KINDS:
            continue
        t_id = tid(table)
        t_lines = by_table.get(t_id, [])
        if not t_lines:
            continue
        ck = _Checker(doc, t_id)
        ck.rows.append(_parsed_check(doc.doc_id, t_id, "amounts_parsed", len(t_lines),
                                     [x for x in t_lines if x.get("blank") == UNPARSED],
                                     "amount_raw", "amount cells", table.page_first))
        layout = (layouts or {}).get(table.seq) or table_layout(table, doc.doc_type, doc.fiscal_year)
        units = {c.col: c.unit for s in layout.segments for c in s.of_role("amount")}
        by_col: dict[int, list[dict]] = defaultdict(list)
        for x in t_lines:
            by_col[x["col"]].append(x)
        for col, col_lines in sorted(by_col.items()):
            _subtotals(ck, col_lines, units.get(col, table.unit))
        _row_checks(ck, table, t_lines, layout)
        if table.table_kind in TWO_SIDED_KINDS:
            _two_sided(ck, table, t_lines)
        out.extend(ck.rows)
    out.extend(_required(doc))
    return out


def _parsed_check(doc_id: str, table_id: str | None, check: str, n: int, unparsed: list[dict],
                  raw_key: str, what: str, page: int | None = None) -> dict:
    """Share of cells read; a failure points at the first cell kept raw (page, row)."""
    first = unparsed[0] if unparsed else {}
    shown = "; ".join(repr(u[raw_key]) for u in unparsed[:10]) + (" …" if len(unparsed) > 10 else "")
    return {"doc_id": doc_id, "table_id": table_id, "page": first.get("page", page),
            "row": first.get("row"), "rule": check,
            "status": "fail" if unparsed else "pass", "expected": str(n),
            "actual": str(n - len(unparsed)),
            "detail": f"{len(unparsed)} of {n} {what} kept raw, not parsed: {shown}" if unparsed
                      else f"all {n} {what} parsed"}


def validate_indicators(doc: Document, indicators: list[dict]) -> list[dict]:
    """indicator_targets_parsed per performance table: a target that does not parse is
    kept raw (parsed false), never guessed, and counted here."""
    by_table: dict[str, list[dict]] = defaultdict(list)
    for x in indicators:
        by_table[x["table_id"]].append(x)
    tables = {table_namer(doc.doc_id)(t): t for t in doc.tables}
    out = []
    for tid, rows in by_table.items():
        table = tables.get(tid)
        unparsed = [dict(x, page=_row_page(table, x.get("row"))) for x in rows
                    if not x.get("parsed") and x.get("target_raw")]
        out.append(_parsed_check(doc.doc_id, tid, "indicator_targets_parsed", len(rows), unparsed,
                                 "target_raw", "indicator targets", table.page_first if table else None))
    return out


def _row_page(table: Table | None, row: int | None) -> int | None:
    """The page a table row is printed on."""
    if table is None or row is None:
        return None
    return min((c.page for c in table.cells if c.row == row), default=table.page_first)


def identity_pass_rate(validations: Iterable[dict],
                       checks: Iterable[str] = SUBTOTAL_CHECKS) -> float:
    """Share of passing rows among the given checks (default: the subtotal identities
    subtotal_lei, subtotal_kuan, total_of_classes); NaN when there are none."""
    wanted = set(checks)
    rows = [v for v in validations if v["rule"] in wanted]
    if not rows:
        return math.nan
    return sum(v["status"] == "pass" for v in rows) / len(rows)
