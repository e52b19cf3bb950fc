"""Page fragments -> logical tables: continuation across pages, one column grid per
table, header rows, title, unit and kind."""
from __future__ import annotations

import re
from typing import Callable

from cnbudget.schemas.model import Cell, Table

from .geometry import nearest_index
from .page import Fragment, title_from_lines, unit_from_header, unit_from_lines
from .settings import ExtractionSettings

# A cell that carries data rather than a heading: an amount, a percentage or a code.
_DATA = re.compile(r"^[-−－+]?[\d,，]+(\.\d+)?%?$|^[-−－]?\.\d+$")


def _is_data_row(texts: tuple[str, ...]) -> bool:
    return any(_DATA.match(t.replace(" ", "")) for t in texts if t)


def header_row_count(fragment: Fragment, max_rows: int) -> int:
    """Leading rows without any amount or code; a form with no numbers up top (a
    performance-target sheet) has no header band."""
    rows = fragment.row_texts()
    n = 0
    for texts in rows:
        if _is_data_row(texts):
            break
        n += 1
    if n <= max_rows:
        return n if n < len(rows) else min(n, 1)
    first = [t for t in rows[0] if t]
    return 1 if len(first) >= 3 and all(len(t) <= 12 for t in first) else 0


def _norm_row(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.replace(" ", "") for t in texts if t)


# The label that opens one filled-in form: several forms of one kind (a 项目支出绩效目标表
# per project) follow each other under the same title and ruling.
_FORM_LABEL = re.compile(r"^(项目|部门|单位|部门[（(]单位[)）])名称[:：]?$")


def _starts_new_form(table_first: Fragment, frag: Fragment) -> bool:
    """frag opens with the same form label as the table did, for another subject
    ("项目名称 | 办案费" then "项目名称 | 辅警经费"); a repeated header row is identical."""
    a, b = table_first.row_texts(), frag.row_texts()
    if not a or not b:
        return False
    a0, b0 = _norm_row(a[0]), _norm_row(b[0])
    return bool(a0 and b0) and a0[0] == b0[0] and bool(_FORM_LABEL.match(b0[0])) and a0 != b0


def _continues(prev: list[Fragment], frag: Fragment, title: str | None, settings: ExtractionSettings) -> bool:
    """Whether frag (first table on its page) continues the table whose fragments are prev."""
    last = prev[-1]
    if not (frag.first_on_page and last.last_on_page and frag.page == last.page + 1):
        return False
    if _starts_new_form(prev[0], frag):
        return False
    prev_title = title_from_lines(prev[0].lines_above)
    if title is not None and not ("续" in title or title == prev_title):
        return False
    tol = settings.join_x_tolerance
    if abs(frag.xs[0] - last.xs[0]) > tol or abs(frag.xs[-1] - last.xs[-1]) > tol:
        return False
    known = sorted({x for f in prev for x in f.xs})
    matched = sum(1 for x in frag.xs if abs(known[nearest_index(known, x)] - x) <= tol)
    return matched / len(frag.xs) >= settings.join_column_match


def group_fragments(fragments: list[Fragment], settings: ExtractionSettings) -> list[list[Fragment]]:
    groups: list[list[Fragment]] = []
    for f in fragments:
        title = title_from_lines(f.lines_above)
        if groups and _continues(groups[-1], f, title, settings):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def _column_grid(group: list[Fragment], tol: float) -> list[float]:
    """One set of column lines for the logical table: a later page's line within tol of
    a known one is the same line."""
    xs: list[float] = list(group[0].xs)
    for f in group[1:]:
        for x in f.xs:
            if min(abs(x - k) for k in xs) > tol:
                xs.append(x)
        xs.sort()
    return xs


def build_table(group: list[Fragment], seq: int, settings: ExtractionSettings,
                classify: Callable[[str | None, str], str]) -> Table:
    xs = _column_grid(group, settings.join_x_tolerance)
    first = group[0]
    n_header = header_row_count(first, settings.max_header_rows)
    header_rows = first.row_texts()[:n_header]
    header_keys = {_norm_row(r) for r in header_rows if _norm_row(r)}
    cells: list[Cell] = []
    row_offset = 0
    for i, f in enumerate(group):
        repeated = 0
        if i > 0:  # a header repeated at the top of a continuation page
            for texts in f.row_texts():
                if _norm_row(texts) in header_keys:
                    repeated += 1
                else:
                    break
        for fc in f.cells:
            g = fc.grid
            x0, top, x1, bottom = g.box
            c0, c1 = nearest_index(xs, x0), nearest_index(xs, x1)
            is_header = g.row < (n_header if i == 0 else repeated)
            cells.append(Cell(page=f.page, row=g.row + row_offset, col=c0, row_span=g.row_span,
                              col_span=max(c1 - c0, 1), text=fc.text, x0=x0, y0=top, x1=x1, y1=bottom,
                              confidence=fc.confidence, is_header=is_header))
        row_offset += f.n_rows
    n_cols = len(xs) - 1
    title = title_from_lines(first.lines_above)
    unit_raw, unit = unit_from_lines(first.lines_above)
    header_texts = [t for r in header_rows for t in r if t]
    if unit is None:
        unit_raw, unit = unit_from_header(header_texts)
    kind = classify(title, " ".join(header_texts))
    empty = sum(1 for c in cells if not c.text)
    ocr = any(f.method == "ocr" for f in group)
    return Table(
        seq=seq, page_first=first.page, page_last=group[-1].page, title=title, table_kind=kind,
        unit_raw=unit_raw, unit=unit, method="ocr" if ocr else "text",
        n_rows=row_offset, n_cols=n_cols, header_rows=n_header,
        strategy="ocr" if ocr else first.strategy, whitespace=round(empty / len(cells), 4) if cells else 0.0,
        unassigned_chars=sum(f.unassigned_chars for f in group), cells=cells,
    )
