"""One extracted table as printed (``cnbudget table TABLE_ID``): its cells laid out on the
table's grid with their spans, drawn as a text grid (a merged cell is one box across the
rows and columns it covers, as on the page) or given as CSV rows (a merged cell's text
in its top-left slot, the slots it covers empty).
"""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field

import duckdb
from rich.cells import get_character_cell_size

from cnbudget.schemas.text import nfkc

from .views import DataError, connect, first_line

# An amount as printed (right-aligned, as tables print them): 1,234.56 / -12 / (3.5) / 12.5%;
# not a code or an id (01, 31010725250002), which read left to right.
_NUMBER = re.compile(r"^[-−(（]?(0|[1-9]\d{0,5}|\d{1,3}(,\d{3})+|\d+\.\d+|\d{1,3}(,\d{3})*\.\d+)[)）%]?$")


@dataclass
class GridCell:
    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    is_header: bool = False


@dataclass
class TableGrid:
    table_id: str
    title: str | None
    table_kind: str | None
    unit_raw: str | None
    page_first: int | None
    page_last: int | None
    file_name: str | None
    n_rows: int
    n_cols: int
    cells: list[GridCell] = field(default_factory=list)

    def rows(self) -> list[list[str]]:
        """n_rows x n_cols texts: a merged cell's text in its top-left slot, "" elsewhere."""
        g = [[""] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            g[c.row][c.col] = c.text or ""
        return g

    def to_csv(self) -> str:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(self.rows())
        return buf.getvalue()

    def caption(self) -> str:
        pages = (f"p. {self.page_first}" if self.page_first == self.page_last
                 else f"pp. {self.page_first}-{self.page_last}")
        head = " ".join(x for x in (self.title or "(no title)", self.unit_raw or "") if x)
        where = ", ".join(x for x in (self.file_name, pages) if x)
        return f"{head}\n{self.table_id} ({self.table_kind}): {where}, {self.n_rows} rows x {self.n_cols} columns"

    def render(self, max_col_width: int = 24, ascii_only: bool = False) -> str:
        return render_grid(self.n_rows, self.n_cols, self.cells, max_col_width, ascii_only)


def load_table(root: str | os.PathLike, table_id: str) -> TableGrid:
    """The table table_id of the datasets under root; DataError when there is none."""
    con = connect(root, ["documents", "tables", "cells"])
    try:
        meta = con.execute(
            "SELECT t.title, t.table_kind, t.unit_raw, t.page_first, t.page_last, d.file_name, t.n_rows, t.n_cols "
            "FROM tables t LEFT JOIN documents d USING (doc_id) WHERE t.table_id = ?", [table_id]).fetchone()
        if meta is None:
            raise DataError(f"no table {table_id!r} in {root} (table ids look like 3fa2c01d9be47a10-t007; "
                            "list them with: cnbudget query \"SELECT table_id, title FROM tables\")")
        cells = [GridCell(*r) for r in con.execute(
            "SELECT row, col, greatest(row_span, 1), greatest(col_span, 1), coalesce(text, ''), coalesce(is_header, false) "
            "FROM cells WHERE table_id = ? ORDER BY row, col", [table_id]).fetchall()]
    except duckdb.Error as e:
        raise DataError(f"cannot read table {table_id}: {first_line(e)}") from None
    finally:
        con.close()
    title, kind, unit_raw, p0, p1, file_name, n_rows, n_cols = meta
    n_rows = max([n_rows or 0] + [c.row + c.row_span for c in cells])
    n_cols = max([n_cols or 0] + [c.col + c.col_span for c in cells])
    return TableGrid(table_id, title, kind, unit_raw, p0, p1, file_name, n_rows, n_cols, cells)


# --------------------------------------------------------------------------- drawing


def _is_number(text: str | None) -> bool:
    return bool(_NUMBER.match(nfkc(text or "").strip()))


def _width(ch: str) -> int:
    return get_character_cell_size(ch)


def text_width(text: str) -> int:
    return sum(_width(ch) for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most width terminal cells (CJK characters take two), broken anywhere:
    Chinese has no spaces to break at; a printed line break is kept."""
    lines: list[str] = []
    for para in (text or "").split("\n"):
        line, w = "", 0
        for ch in para:
            cw = _width(ch)
            if w + cw > width and line:
                lines.append(line)
                line, w = "", 0
            line += ch
            w += cw
        lines.append(line)
    return lines or [""]


# Box-drawing junctions by the lines meeting there: (up, down, left, right).
_BOX = {
    (False, True, False, True): "┌", (False, True, True, False): "┐", (True, False, False, True): "└",
    (True, False, True, False): "┘", (True, True, False, True): "├", (True, True, True, False): "┤",
    (False, True, True, True): "┬", (True, False, True, True): "┴", (True, True, True, True): "┼",
}


def render_grid(n_rows: int, n_cols: int, cells: list[GridCell], max_col_width: int = 24,
                ascii_only: bool = False) -> str:
    """The cells drawn as boxes on the table's grid: a merged cell is one box spanning the
    slots it covers; a slot no cell covers is an empty box; amounts right-aligned."""
    if n_rows == 0 or n_cols == 0:
        return ""
    owner: dict[tuple[int, int], GridCell] = {}
    for c in cells:
        for r in range(c.row, min(n_rows, c.row + c.row_span)):
            for k in range(c.col, min(n_cols, c.col + c.col_span)):
                owner.setdefault((r, k), c)
    boxes = list(cells) + [GridCell(r, k, 1, 1, "") for r in range(n_rows) for k in range(n_cols)
                           if (r, k) not in owner]
    for b in boxes:  # spans clipped to the grid
        b.row_span = min(b.row_span, n_rows - b.row)
        b.col_span = min(b.col_span, n_cols - b.col)

    # column widths: single-column cells first, then widen for spanning cells
    def wanted(b: GridCell) -> int:  # an amount is never wrapped
        cap = None if _is_number(b.text) else max_col_width * b.col_span
        return text_width(b.text) if cap is None else min(text_width(b.text), cap)

    widths = [1] * n_cols
    for b in boxes:
        if b.col_span == 1:
            widths[b.col] = max(widths[b.col], wanted(b))
    for b in sorted((b for b in boxes if b.col_span > 1), key=lambda b: b.col_span):
        want = wanted(b)
        have = sum(widths[b.col:b.col + b.col_span]) + 3 * (b.col_span - 1)
        for i in range(max(0, want - have)):
            widths[b.col + i % b.col_span] += 1
    xb = [0]
    for w in widths:
        xb.append(xb[-1] + w + 3)

    def content_width(b: GridCell) -> int:
        return xb[b.col + b.col_span] - xb[b.col] - 3

    lines = {id(b): wrap(b.text, content_width(b)) for b in boxes}
    heights = [1] * n_rows
    for b in boxes:
        if b.row_span == 1:
            heights[b.row] = max(heights[b.row], len(lines[id(b)]))
    for b in (b for b in boxes if b.row_span > 1):
        have = sum(heights[b.row:b.row + b.row_span]) + b.row_span - 1
        if len(lines[id(b)]) > have:
            heights[b.row + b.row_span - 1] += len(lines[id(b)]) - have
    yb = [0]
    for h in heights:
        yb.append(yb[-1] + h + 1)

    canvas = [[" "] * (xb[-1] + 1) for _ in range(yb[-1] + 1)]
    horiz: set[tuple[int, int]] = set()
    vert: set[tuple[int, int]] = set()
    for b in boxes:
        x0, x1 = xb[b.col], xb[b.col + b.col_span]
        y0, y1 = yb[b.row], yb[b.row + b.row_span]
        for x in range(x0, x1 + 1):
            horiz.update({(y0, x), (y1, x)})
        for y in range(y0, y1 + 1):
            vert.update({(y, x0), (y, x1)})
        width = content_width(b)
        right = _is_number(b.text)
        for i, line in enumerate(lines[id(b)]):
            x = x0 + 2 + (width - text_width(line) if right else 0)
            for ch in line:
                cw = _width(ch)
                if cw == 0:
                    canvas[y0 + 1 + i][max(x - 1, 0)] += ch
                    continue
                canvas[y0 + 1 + i][x] = ch
                for k in range(1, cw):
                    canvas[y0 + 1 + i][x + k] = ""  # the second half of a wide character
                x += cw
    for (y, x) in horiz | vert:
        h, v = (y, x) in horiz, (y, x) in vert
        if ascii_only:
            canvas[y][x] = "+" if h and v else "-" if h else "|"
            continue
        if h and v:
            key = ((y - 1, x) in vert, (y + 1, x) in vert, (y, x - 1) in horiz, (y, x + 1) in horiz)
            canvas[y][x] = _BOX.get(key, "┼" if all(key) else "│" if key[0] or key[1] else "─")
        else:
            canvas[y][x] = "─" if h else "│"
    return "\n".join("".join(row).rstrip() for row in canvas) + "\n"
