"""Page fragments -> logical tables: continuation across pages (rows carried on, or the
right-hand columns of a wide sheet), one column grid per table, header rows, title, unit
and kind. Each fragment's title and unit come from one function (page.find_heading),
used both to decide joins and to title the table."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from cnbudget.schemas.text import is_column_number_row
from cnbudget.schemas.model import Cell, Table
from cnbudget.schemas.text import compact

from .geometry import nearest_index
from .page import Fragment, Heading, find_heading, title_of_line, unit_from_header
from .settings import ExtractionSettings

# A cell that carries data rather than a heading: an amount, a percentage or a code.
_DATA = re.compile(r"^[-−－+]?[\d,，]+(\.\d+)?%?$|^[-−－]?\.\d+$")


def _is_data_row(texts: tuple[str, ...]) -> bool:
    """A row holding an amount or a code; a row numbering the columns (栏次 | 1 | 2 | 3,
    ** | 1 | 2) holds neither: it belongs to the header."""
    if is_column_number_row(texts):
        return False
    return any(_DATA.match(t.replace(" ", "")) for t in texts if t)


def header_row_count(fragment: Fragment, max_rows: int) -> int:
    """Leading rows without any amount or code; a row of column numbers closes the band
    (it is the band's last row, even when no data row follows it: an empty table). A
    form with no numbers up top (a performance-target sheet) has no header band."""
    rows = fragment.row_texts()
    n = 0
    for texts in rows:
        if is_column_number_row(texts) and n <= max_rows:
            return n + 1
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


# A caption line naming a form's subject: "项目名称：居家和社区养老服务" above the grid.
_SUBJECT_CAPTION = re.compile(r"^(项目|部门|单位|部门[（(]单位[)）])名称[:：]")


def _captions_new_form(table: Heading, h: Heading) -> bool:
    """h's caption names another subject (项目名称：…) than the table's heading did: the
    grid on this page is the next project's form, printed under its own caption line."""
    mine = {compact(l) for l in h.caption if _SUBJECT_CAPTION.match(compact(l))}
    return bool(mine) and not mine <= {compact(l) for l in table.caption}


# --------------------------------------------------------------------------- groups


@dataclass
class Part:
    """One fragment of a logical table, with its own heading and, for the right-hand part
    of a wide sheet printed on a later page, the fragment whose rows it carries on."""

    fragment: Fragment
    heading: Heading
    beside: Fragment | None = None  # None: the part continues the table's rows


@dataclass
class TableGroup:
    """The fragments of one logical table in reading order, and its heading."""

    parts: list[Part]
    heading: Heading

    @property
    def fragments(self) -> list[Fragment]:
        """The parts that run down the table (each continues the rows of the one before)."""
        return [p.fragment for p in self.parts if p.beside is None]

    @property
    def last(self) -> Fragment:
        return self.parts[-1].fragment


def _same_heading(h: Heading, table: Heading) -> bool:
    """A heading on a later page that names the same table: none, a 续表, the same title,
    or the same table number."""
    if h.title is None or "续" in h.title:
        return True
    mine = compact(h.title)
    return mine in {compact(table.title), compact(table.label)}


def _form_text(text: str) -> bool:
    """Text of a filled-in form rather than of a column header: a label with its value
    (自评时间：2020年5月) or a form label (项目名称 | 部门工作保障经费)."""
    return ":" in text or "：" in text or bool(_FORM_LABEL.match(text))


def _header_band(frag: Fragment, max_rows: int) -> list[tuple[str, ...]] | None:
    """The rows a fragment opens with before its first data row, when they read as a
    table header: at most max_rows rows of short texts, starting in the first column and
    naming most of the columns. None when it opens with data, with the remnant of a row
    split by the page break, or with the labels and values of a form."""
    rows = frag.row_texts()
    n = 0
    while n < len(rows) and not _is_data_row(rows[n]):
        n += 1
    if n == 0 or n > max_rows or n == len(rows):
        return None
    band = [c for c in frag.cells if c.grid.row < n and c.text]
    if any(len(compact(c.text)) > 30 or _form_text(compact(c.text)) for c in band):
        return None
    if not any(c.grid.row == 0 and c.grid.col == 0 for c in band):
        return None
    covered = {k for c in band for k in range(c.grid.col, c.grid.col + c.grid.col_span)}
    if len(covered) < 0.8 * frag.n_cols:
        return None
    return [_norm_row(r) for r in rows[:n]]


def _own_header_differs(group: TableGroup, frag: Fragment, settings: ExtractionSettings) -> bool:
    """frag opens with a header band of its own that the table's header does not hold:
    it is another table with other columns, not a page repeating the header."""
    band = _header_band(frag, settings.max_header_rows)
    first = group.fragments[0]
    mine = _header_band(first, settings.max_header_rows)
    if band is None or mine is None:
        return False
    n_header = header_row_count(first, settings.max_header_rows)
    known = {_norm_row(r) for r in first.row_texts()[:max(n_header, len(mine))]}
    return any(r and r not in known for r in band)


# A function (2xx) or economic (3xx, 5xx) classification code: 类, 款 or 项.
_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_TOTAL = re.compile(r"^(合计|总计|共计)")


def _row_code(texts: tuple[str, ...]) -> str | None:
    """The classification code a row opens with (in its first three cells)."""
    for t in texts[:3]:
        if _CODE.match(compact(t)):
            return compact(t)
    return None


def _restarts_codes(rows_before: list[tuple[str, ...]], frag: Fragment) -> bool:
    """frag starts a classification over: the table so far lists codes in order and ends
    on a coded row, and frag's first coded row (after at most a 合计 row) goes back to a
    lower 类 (5xx then 2xx, 229 then 201): a new table, not a continuation."""
    codes = [c for c in (_row_code(r) for r in rows_before) if c]
    filled = [r for r in rows_before if any(r)]
    if len(codes) < 2 or not filled or _row_code(filled[-1]) is None:
        return False
    classes = [int(c[:3]) for c in codes]
    if any(b < a for a, b in zip(classes, classes[1:])):
        return False  # not listed in code order (a project table): no evidence
    for texts in frag.row_texts():
        code = _row_code(texts)
        if code is not None:
            return int(code[:3]) < classes[-1]
        label = next((compact(t) for t in texts if t), "")
        if label and _is_data_row(texts) and not _TOTAL.match(label):
            return False
    return False


def _continues(group: TableGroup, frag: Fragment, heading: Heading, settings: ExtractionSettings) -> bool:
    """Whether frag (first table on its page) continues the rows of the table group:
    the next page, no heading of its other than the table's own, the same column lines,
    no header band of its own that differs from the table's, no classification starting
    over."""
    last = group.last
    if not (frag.first_on_page and last.last_on_page and frag.page == last.page + 1):
        return False
    rows_part = group.fragments
    if _starts_new_form(rows_part[0], frag) or _captions_new_form(group.heading, heading):
        return False
    if not _same_heading(heading, group.heading):
        return False
    tol = settings.join_x_tolerance
    ref = rows_part[-1]
    if abs(frag.xs[0] - ref.xs[0]) > tol or abs(frag.xs[-1] - ref.xs[-1]) > tol:
        return False
    known = sorted({x for f in rows_part for x in f.xs})
    matched = sum(1 for x in frag.xs if abs(known[nearest_index(known, x)] - x) <= tol)
    if matched / len(frag.xs) < settings.join_column_match:
        return False
    if _own_header_differs(group, frag, settings):
        return False
    if heading.title is None and _restarts_codes([r for f in rows_part for r in f.row_texts()], frag):
        return False
    return True


def _row_lines_within(outer: list[float], inner: list[float], tol: float) -> list[int] | None:
    """For each row line of inner, the index of the same line in outer (strictly
    increasing), or None when some line of inner is not a line of outer."""
    out: list[int] = []
    for y in inner:
        i = nearest_index(outer, y)
        if abs(outer[i] - y) > tol or (out and i <= out[-1]):
            return None
        out.append(i)
    return out


def _labels(texts) -> set[str]:
    return {compact(t) for t in texts if t and not _DATA.match(compact(t))}


def _beside_partner(group: TableGroup, frag: Fragment, heading: Heading,
                    settings: ExtractionSettings) -> Fragment | None:
    """The fragment whose rows frag carries on to the right, when frag is the next
    columns of a wide sheet printed on the following page (Excel prints a sheet too wide
    for the paper as pages of the same rows with the other columns): frag's row lines are
    those of a fragment of the table (ending on the same page break), its header names
    columns the table does not have, and its rows repeat that fragment's row labels or
    carry no labels at all."""
    last = group.last
    if not (frag.first_on_page and last.last_on_page and frag.page == last.page + 1):
        return None
    if not _same_heading(heading, group.heading) or frag.n_rows < 2:
        return None
    tol = settings.join_x_tolerance
    for partner in reversed(group.fragments):
        at = _row_lines_within(partner.ys, frag.ys, tol)
        if at is None or at[-1] != len(partner.ys) - 1:
            continue
        if _row_lines_within(partner.xs, frag.xs, tol) is not None and len(frag.xs) == len(partner.xs):
            continue  # the very same columns: a page of the same layout, not other columns
        p_rows = partner.row_texts()
        n_head = 0
        while n_head < len(p_rows) and not _is_data_row(p_rows[n_head]):
            n_head += 1
        head_texts = _labels(t for r in p_rows[:n_head] for t in r)
        new_columns = False
        fits = True
        for c in frag.cells:
            r0 = at[c.grid.row]
            if r0 < n_head:  # the header band: it must name other columns
                new_columns |= bool(_labels([c.text]) - head_texts)
            elif not _labels([c.text]) <= _labels(p_rows[r0]):
                fits = False  # a label the partner's row does not print: other rows
        has_header_cells = any(at[c.grid.row] < n_head and c.text for c in frag.cells)
        if fits and (new_columns or not has_header_cells):
            return partner
    return None


def _orphan_caption(group: TableGroup, frag: Fragment, footers: set[str]) -> list[str]:
    """The caption lines printed at the foot of frag's page after the table, when they
    name a table (a title page-broken away from its table): they head the next page's
    first table. Lines printed under tables on several pages (running footers) never do."""
    if not frag.last_on_page or group.heading.title is None:
        return []
    lines = [l for l in frag.lines_below if compact(l) not in footers]
    return lines if any(title_of_line(l) for l in lines) else []


def _running_footers(fragments: list[Fragment]) -> set[str]:
    """Title-like lines printed under the last table of two or more pages."""
    pages: dict[str, set[int]] = {}
    for f in fragments:
        if f.last_on_page:
            for line in f.lines_below:
                if title_of_line(line):
                    pages.setdefault(compact(line), set()).add(f.page)
    return {line for line, ps in pages.items() if len(ps) > 1}


def group_fragments(fragments: list[Fragment], settings: ExtractionSettings) -> list[TableGroup]:
    """Fragments in page order -> logical tables. Each fragment's heading is resolved
    once (page.find_heading) and drives both the joining and the table's title."""
    footers = _running_footers(fragments)
    groups: list[TableGroup] = []
    carried: list[str] = []
    prev: Fragment | None = None
    for f in fragments:
        after_prev_page = f.first_on_page and prev is not None and prev.page == f.page - 1
        heading = find_heading(f, carried if after_prev_page else [])
        g = groups[-1] if groups else None
        partner = _beside_partner(g, f, heading, settings) if g else None
        if partner is not None:
            g.parts.append(Part(f, heading, beside=partner))
        elif g is not None and _continues(g, f, heading, settings):
            g.parts.append(Part(f, heading))
        else:
            g = TableGroup([Part(f, heading)], heading)
            groups.append(g)
        if g.heading.title is None and f.last_on_page:
            below = find_heading(f, below=True)
            if below.where == "below" and compact(below.title) not in footers:
                g.heading = below  # a title printed under its table
        carried = _orphan_caption(g, f, footers)
        prev = f
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


def _beside_bands(group: TableGroup, tol: float) -> list[list[Part]]:
    """The right-hand parts of a wide sheet, in column bands: a part joins the band
    before it when it has the same column lines and carries on other rows; otherwise it
    opens the next band to the right."""
    bands: list[list[Part]] = []
    for p in group.parts:
        if p.beside is None:
            continue
        band = bands[-1] if bands else None
        if band is not None and all(q.beside is not p.beside for q in band) and \
                abs(band[0].fragment.xs[0] - p.fragment.xs[0]) <= tol and \
                abs(band[0].fragment.xs[-1] - p.fragment.xs[-1]) <= tol:
            band.append(p)
        else:
            bands.append([p])
    return bands


def _beside_cells(group: TableGroup, row_of: dict[int, int], header_at: set[int], first_col: int,
                  tol: float) -> tuple[list[Cell], int]:
    """Cells of the right-hand parts of a wide sheet, on the rows of the fragments they
    carry on, in columns appended after first_col; and the column after them."""
    cells: list[Cell] = []
    col0 = first_col
    for band in _beside_bands(group, tol):
        xs = _column_grid([p.fragment for p in band], tol)
        for p in band:
            f, partner = p.fragment, p.beside
            at = _row_lines_within(partner.ys, f.ys, tol) or []
            for fc in f.cells:
                g = fc.grid
                x0, top, x1, bottom = g.box
                r0, r1 = at[g.row], at[min(g.row + g.row_span, len(at) - 1)]
                c0, c1 = nearest_index(xs, x0), nearest_index(xs, x1)
                row = row_of[id(partner)] + r0
                cells.append(Cell(page=f.page, row=row, col=col0 + c0, row_span=max(r1 - r0, 1),
                                  col_span=max(c1 - c0, 1), text=fc.text, x0=x0, y0=top, x1=x1, y1=bottom,
                                  confidence=fc.confidence, is_header=row in header_at))
        col0 += len(xs) - 1
    return cells, col0


def build_table(group: TableGroup, seq: int, settings: ExtractionSettings,
                classify: Callable[[str | None, str], str]) -> Table:
    fragments = group.fragments
    xs = _column_grid(fragments, settings.join_x_tolerance)
    first = fragments[0]
    n_header = header_row_count(first, settings.max_header_rows)
    header_rows = first.row_texts()[:n_header]
    header_keys = {_norm_row(r) for r in header_rows if _norm_row(r)}
    cells: list[Cell] = []
    row_offset = 0
    row_of: dict[int, int] = {}  # id(fragment) -> the table row of its first row
    header_at: set[int] = set()  # table rows that are header rows
    for i, f in enumerate(fragments):
        repeated = 0
        if i > 0:  # a header repeated at the top of a continuation page
            for texts in f.row_texts():
                if _norm_row(texts) in header_keys or is_column_number_row(texts):
                    repeated += 1
                else:
                    break
        row_of[id(f)] = row_offset
        header_at.update(row_offset + r for r in range(n_header if i == 0 else repeated))
        for fc in f.cells:
            g = fc.grid
            x0, top, x1, bottom = g.box
            c0, c1 = nearest_index(xs, x0), nearest_index(xs, x1)
            is_header = g.row < (n_header if i == 0 else repeated)
            cells.append(Cell(page=f.page, row=g.row + row_offset, col=c0, row_span=g.row_span,
                              col_span=max(c1 - c0, 1), text=fc.text, x0=x0, y0=top, x1=x1, y1=bottom,
                              confidence=fc.confidence, is_header=is_header))
        row_offset += f.n_rows
    beside, n_cols = _beside_cells(group, row_of, header_at, len(xs) - 1, settings.join_x_tolerance)
    if beside:
        cells.extend(beside)
        cells.sort(key=lambda c: (c.row, c.col))
    title = group.heading.title
    # The unit: the table's caption, else any of its pages' (a wide sheet's last page
    # may print it), else a header such as 预算数（万元）.
    unit_raw, unit = next(((h.unit_raw, h.unit) for h in [group.heading] + [p.heading for p in group.parts]
                           if h.unit), (None, None))
    header_texts = [t for r in header_rows for t in r if t]
    if unit is None:
        unit_raw, unit = unit_from_header(header_texts)
    kind = classify(title, " ".join(header_texts))
    empty = sum(1 for c in cells if not c.text)
    every = [p.fragment for p in group.parts]
    ocr = any(f.method == "ocr" for f in every)
    return Table(
        seq=seq, page_first=first.page, page_last=max(f.page for f in every), title=title, table_kind=kind,
        unit_raw=unit_raw, unit=unit, method="ocr" if ocr else "text",
        n_rows=row_offset, n_cols=n_cols, header_rows=n_header,
        strategy="ocr" if ocr else first.strategy, whitespace=round(empty / len(cells), 4) if cells else 0.0,
        unassigned_chars=sum(f.unassigned_chars for f in every), cells=cells, caption=list(group.heading.caption),
    )
