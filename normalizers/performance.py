"""Performance forms (绩效目标表, 绩效自评表) -> indicators, projects, self_evaluations rows.

Plain functions over the typed Document: no I/O. Each public function takes the document
and optionally one table id (``None`` = every table of the document) and returns rows
keyed by the contract's column names (schemas/contract.py INDICATORS, PROJECTS,
SELF_EVALUATIONS), ready for ``to_table``.

How a form is read:
- A table may hold several forms: real disclosures print one form per project with the
  same title, and the extractor joins same-titled tables on consecutive pages. A row
  labelled 项目名称 starts a new form (project context, levels and column map reset).
- The indicator grid starts at the row holding 一级指标 and 二级指标; the header rows
  below it (指标值 / 近两年指标值 / 2019年 …) are read until a row holds anything else; a
  row numbering the columns (1 | 2 | 3 …) closes them.
  Columns are found by header words, merged header cells counting for every column they
  cover: name = 三级指标 | 指标内容 | 指标名称 | 具体指标 (else 绩效指标); target = 预期当年实现值 >
  年度目标值 > 年度指标值 > 目标值 > 指标值; priors = 近两年 / 前年 / 上年 / a year;
  actual = 全年完成值 | 实际完成值; score = 得分 | 自评分; basis = 指标值确定依据 |
  绩效标准 | 备注 | 评(计)分标准.
- 一级/二级 cells merged over several rows (or left blank, as OCR prints them) carry down.
- A target that does not parse is kept raw with parsed False: never guessed.
- Rows labelled 填报人, 联系人, 联系电话/方式, 项目负责人, 负责人 are skipped whole; names
  read from them and phone-number patterns are blanked from every free-text field
  (``redact``).
- Amounts are converted to yuan with the table's unit (a header "(万元)" overrides);
  execution_rate is a ratio (98.91% -> 0.9891).
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from cnbudget.normalizers.privacy import redact
from cnbudget.schemas import identifiers
from cnbudget.schemas.model import Document, Table
from cnbudget.schemas.text import compact
from cnbudget.normalizers.form_vocabulary import _TEXT_LABELS, _key, _label
from cnbudget.normalizers.form_grid import _Form, _Grid, _is_indicator_header
from cnbudget.normalizers.form_lists import _is_summary, _list_projects, _project_row, _summary_rows
from cnbudget.normalizers.form_read import _read_table

# the public face; the rest of the reader lives in the form_* modules
from cnbudget.normalizers.form_vocabulary import budget_stage, indicator_name

__all__ = ["PERFORMANCE_KINDS", "budget_stage", "indicator_name", "indicators", "projects",
           "self_evaluations", "redact", "_is_summary", "_same_project", "_table_id"]

PERFORMANCE_KINDS = ("dept_performance_targets", "project_performance_targets", "performance_self_evaluation")


# --------------------------------------------------------------------------- public API


def _table_id(doc: Document, table: Table) -> str:
    return identifiers.table_id(doc.doc_id, table.seq)


def _tables(doc: Document, table_id: str | None) -> list[tuple[str, Table]]:
    out = [(_table_id(doc, t), t) for t in doc.tables]
    return [x for x in out if table_id is None or x[0] == table_id]


def _is_indicator_table(table: Table) -> bool:
    if table.table_kind in PERFORMANCE_KINDS:
        return True
    words = {_label(c.text) for c in table.cells[:400]}
    if "一级指标" in words and "二级指标" in words:
        return True
    return table.table_kind == "other" and _has_form_labels(table)


def _has_form_labels(table: Table) -> bool:
    """An untitled part of a performance form, known by its labels wherever they sit: an
    indicator grid's header row (二级指标 | 三级指标 | 指标值), or a form's header block
    (项目名称 | <name> beside 资金来源 / 项目属性 / 绩效目标 labels)."""
    g = _Grid(table)
    if any(_is_indicator_header(g, r) for r in range(min(g.n_rows, 40))):
        return True
    keys = [_key(c.text) for c in table.cells[:200]]
    return "项目名称" in keys and any(
        re.match(r"^资金(来源|构成)$", x) or any(rx.match(x) for rx, _ in _TEXT_LABELS) for x in keys)


def _doc_forms(doc: Document) -> dict[int, list[_Form]]:
    """The forms of each performance table of doc (by table seq). A table without a title
    whose first rows name no project (the indicator part of a form printed as a separate
    grid below its header block) continues the form the table before it ended with. Forms
    printed one after another down the pages under one title and one 单位：万元 line: a
    form table with no title and no unit of its own, right after a form table (on its page
    or the next), is in that table's unit."""
    out: dict[int, list[_Form]] = {}
    last: _Form | None = None
    before: Table | None = None  # the form table printed right before, as read (its unit)
    for table in doc.tables:
        if not _is_indicator_table(table):
            before = None
            continue
        if before is not None and table.unit is None and not compact(table.title) \
                and table.page_first <= before.page_last + 1:
            table = replace(table, unit=before.unit, unit_raw=before.unit_raw)
        before = table
        forms = _read_table(doc, table).forms
        first = forms[0] if forms else None
        if first is not None and last is not None and not compact(table.title) \
                and not first.project_name and not first.dept_wide:
            first.project_name, first.dept_wide = last.project_name, last.dept_wide
        out[table.seq] = forms
        if forms:
            last = forms[-1]
    return out


def _personal_names(doc: Document) -> set[str]:
    names: set[str] = set()
    for t in doc.tables:
        if _is_indicator_table(t):
            names |= _read_table(doc, t).names
    return names


def indicators(doc: Document, table_id: str | None = None) -> list[dict]:
    """INDICATORS rows of every performance table of doc (or of the one table given)."""
    rows: list[dict] = []
    names = _personal_names(doc)
    forms_of = _doc_forms(doc)
    for tid, table in _tables(doc, table_id):
        if not _is_indicator_table(table):
            continue
        dept_wide = table.table_kind == "dept_performance_targets"
        for form in forms_of.get(table.seq, []):
            for ind in form.indicators:
                row = {"doc_id": doc.doc_id, "table_id": tid, "department": doc.department,
                       "fiscal_year": doc.fiscal_year,
                       "project_name": None if dept_wide or form.dept_wide else form.project_name, **ind}
                for k in ("name", "basis", "target_raw", "actual_raw", "level1_raw", "level2_raw", "prior_values"):
                    row[k] = redact(row[k], names)
                rows.append(row)
    return rows


def _form_project(doc: Document, tid: str, table: Table, f: _Form) -> dict:
    row = _project_row(doc, tid, table, f.project_name, f.project_code, f.amount, f.total)
    row.update({"unit_name": f.unit_name, "fiscal_amount_yuan": f.fiscal, "carried_over_yuan": f.carried, "nature": f.nature,
                "category": f.category, "start_date": f.start_date, "end_date": f.end_date, "goal": f.goal})
    return row


# Amounts of one project read from two tables agree within the rounding of a 万元 figure
# printed to two decimals (a list in 万元, a form in 元).
_SAME_AMOUNT_YUAN = Decimal("50")
_AMOUNTS = ("amount_yuan", "total_amount_yuan", "fiscal_amount_yuan", "carried_over_yuan")


def _digits(amount: Decimal) -> int:
    """The significant digits of an amount in yuan: 1,580,012.00 has 7, 15,800,000.00
    (158.00 万元) 3."""
    return len(amount.normalize().as_tuple().digits)


def _same_project(a: dict, b: dict) -> bool:
    """Two rows of one name are one project unless what both print disagrees: the unit,
    the code or an amount (two units' projects often share a name: 教学及学生管理经费)."""
    code_a, code_b = compact(a.get("project_code")), compact(b.get("project_code"))
    if code_a and code_b and code_a != code_b:
        return False
    unit_a, unit_b = compact(a.get("unit_name")), compact(b.get("unit_name"))
    if unit_a and unit_b and not (unit_a.startswith(unit_b) or unit_b.startswith(unit_a)):
        return False  # (a unit's name cut at a cell's edge is still that unit)
    for k in _AMOUNTS:
        if a.get(k) is not None and b.get(k) is not None and abs(a[k] - b[k]) > _SAME_AMOUNT_YUAN:
            return False
    return True


def projects(doc: Document, table_id: str | None = None) -> list[dict]:
    """PROJECTS rows: one per project of the document, from project/procurement/performance
    tables. Rows of one name merge (each filling the other's blanks, the fuller figure of an
    amount both print winning) unless their unit, code or amounts conflict (``_same_project``)."""
    rows: list[dict] = []
    forms_of = _doc_forms(doc)
    for tid, table in _tables(doc, table_id):
        kind = table.table_kind
        if kind in ("project_expenditure", "procurement", "performance_management_projects") or \
                (kind == "performance_self_evaluation" and _is_summary(table)):
            rows.extend(_list_projects(doc, tid, table))
        elif _is_indicator_table(table) and kind != "dept_performance_targets":
            for f in forms_of.get(table.seq, []):
                if f.project_name:
                    rows.append(_form_project(doc, tid, table, f))
    by_name: dict[str, list[dict]] = {}
    out: list[dict] = []
    for r in rows:
        seen = by_name.setdefault(compact(r["project_name"]), [])
        cur = next((s for s in seen if _same_project(s, r)), None)
        if cur is None:
            seen.append(r)
            out.append(r)
            continue
        for k, v in r.items():
            if cur.get(k) is None and v is not None:
                cur[k] = r[k]
            elif k in _AMOUNTS and v is not None and _digits(v) > _digits(cur[k]):
                cur[k] = v  # (one amount both print, the fuller figure: a form's 元 over a list's 万元)
        if len(r.get("unit_name") or "") > len(cur.get("unit_name") or ""):
            cur["unit_name"] = r["unit_name"]  # the whole name over one cut at a cell's edge
    return out


def self_evaluations(doc: Document, table_id: str | None = None) -> list[dict]:
    """SELF_EVALUATIONS rows from 项目支出绩效自评表 forms and 自评结果 summary tables.

    With table_id None, one row per project of the document: a form's values win, the
    summary fills what the form lacks."""
    rows: list[dict] = []
    forms_of = _doc_forms(doc)
    for tid, table in _tables(doc, table_id):
        if table.table_kind != "performance_self_evaluation":
            continue
        if _is_summary(table):
            rows.extend(_summary_rows(doc, tid, table))
            continue
        for f in forms_of.get(table.seq, []):
            if not (f.project_name or f.dept_wide) or (f.amount is None and f.score is None and f.grade is None):
                continue  # a department-wide form publishes project_name null
            rate = f.rate
            if rate is None and f.amount and f.executed is not None:
                rate = float((f.executed / f.amount).quantize(Decimal("0.0001")))
            rows.append({"doc_id": doc.doc_id, "department": doc.department, "fiscal_year": doc.fiscal_year,
                         "project_name": None if f.dept_wide else f.project_name,
                         "budget_yuan": f.amount, "executed_yuan": f.executed,
                         "execution_rate": rate, "score": f.score, "grade": f.grade, "table_id": tid})
    if table_id is not None:
        return rows
    best: dict[str, dict] = {}
    for r in sorted(rows, key=lambda r: _is_summary_row(doc, r)):
        key = compact(r["project_name"] or "")  # one department-wide row per document
        if key not in best:
            best[key] = dict(r)
        else:
            for k, v in r.items():
                if best[key].get(k) is None and v is not None:
                    best[key][k] = v
    return list(best.values())


def _is_summary_row(doc: Document, row: dict) -> bool:
    t = next((t for t in doc.tables if _table_id(doc, t) == row["table_id"]), None)
    return bool(t is not None and _is_summary(t))
