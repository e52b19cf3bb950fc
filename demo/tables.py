"""Tables of the sample PDFs: a ``TableSpec`` (header cells with spans, body rows,
column widths and alignment), its pagination into placed cells (``layout_table``) and
``draw_table``, which draws it from a fresh page and returns its gold table."""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from .drawing import (LANDSCAPE, MARGIN, PORTRAIT, ROW_H, PdfWriter, PlacedCell, bold_text, cell_height,
                      draw_cover, draw_grid, draw_text)
from .gold import GoldCell, GoldTable

TABLE_TOP_FIRST = 108.0  # below the title and the 编制部门/单位 line


# A table cell before layout: (row, col, row_span, col_span, text) for headers, and for
# body rows (col, col_span, text) triples.
HeaderCell = tuple[int, int, int, int, str]
BodyCell = tuple[int, int, str]


@dataclass
class TableSpec:
    title: str
    kind: str
    unit_raw: str | None
    unit: str | None
    editor: str  # "编制部门：…" line (left), unit shown right
    widths: list[float]
    header: list[HeaderCell]
    n_header: int
    body: list[list[BodyCell]]
    align: list[str]  # body alignment per column
    repeat_header: bool = True
    landscape: bool = False
    min_body_h: float = ROW_H
    rules: str = "cells"  # how the grid's rules are printed (drawing.RULES)
    shaded_rows: tuple[int, ...] = ()  # rows filled light grey (a system export's header)


def plain_row(texts: list[str]) -> list[BodyCell]:
    return [(i, 1, t) for i, t in enumerate(texts)]


def _header_heights(spec: TableSpec) -> list[float]:
    xs = _col_x(spec.widths, 0)
    hs = [ROW_H] * spec.n_header
    for r, col, rs, cs, text in spec.header:
        if rs == 1:
            w = xs[col + cs] - xs[col]
            hs[r] = max(hs[r], cell_height(text, w))
    for r, col, rs, cs, text in spec.header:
        if rs > 1:
            w = xs[col + cs] - xs[col]
            need = cell_height(text, w)
            have = sum(hs[r:r + rs])
            if need > have:
                hs[r + rs - 1] += need - have
    return hs


def _col_x(widths: list[float], x0: float) -> list[float]:
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    return xs


def _body_height(spec: TableSpec, row: list[BodyCell], xs: list[float]) -> float:
    return max(cell_height(t, xs[c + cs] - xs[c], spec.min_body_h) for c, cs, t in row)


def layout_table(spec: TableSpec) -> list[list[PlacedCell]]:
    """Paginate a table: one list of placed cells per page it occupies."""
    page_w, page_h = LANDSCAPE if spec.landscape else PORTRAIT
    total_w = sum(spec.widths)
    x0 = (page_w - total_w) / 2
    xs = _col_x(spec.widths, x0)
    hh = _header_heights(spec)
    bottom = page_h - MARGIN
    pages: list[list[PlacedCell]] = []
    row = 0
    y = 0.0

    def place_header(y_top: float) -> float:
        nonlocal row
        ys = [y_top]
        for h in hh:
            ys.append(ys[-1] + h)
        for r, col, rs, cs, text in spec.header:
            pages[-1].append(PlacedCell(row + r, col, rs, cs, text, xs[col], ys[r],
                                        xs[col + cs] - xs[col], ys[r + rs] - ys[r],
                                        "c", True))
        row += spec.n_header
        return ys[-1]

    pages.append([])
    y = place_header(TABLE_TOP_FIRST)
    for body in spec.body:
        h = _body_height(spec, body, xs)
        if y + h > bottom:
            pages.append([])
            y = MARGIN
            if spec.repeat_header:
                y = place_header(y)
        for col, cs, text in body:
            pages[-1].append(PlacedCell(row, col, 1, cs, text, xs[col], y,
                                        xs[col + cs] - xs[col], h, spec.align[col]))
        row += 1
        y += h
    return pages


def spill_last_empty_row(spec: TableSpec, limit: int = 200) -> TableSpec:
    """Append empty ruled rows until the last one lands alone on a new page."""
    empty = plain_row([""] * len(spec.widths))
    for _ in range(limit):
        spec.body.append(list(empty))
        pages = layout_table(spec)
        if len(pages) > 1 and {pc.row for pc in pages[-1]} == {pages[-1][0].row} \
                and not any(pc.text for pc in pages[-1]):
            return spec
    raise RuntimeError("could not make the last row spill")


def draw_table(w: PdfWriter, spec: TableSpec) -> GoldTable:
    """Draw a table from a fresh page (title, 编制部门/单位 line, ruled grid)."""
    pages = layout_table(spec)
    cells: list[GoldCell] = []
    first = None
    n_rows = 0
    for i, placed in enumerate(pages):
        pw, ph = w.new_page(spec.landscape)
        if first is None:
            first = w.page
        if i == 0:
            bold_text(w.c, pw / 2, ph - 72, spec.title, 15)
            xs = _col_x(spec.widths, (pw - sum(spec.widths)) / 2)
            draw_text(w.c, xs[0], ph - 98, spec.editor, 10, "l")
            if spec.unit_raw:
                draw_text(w.c, xs[-1], ph - 98, spec.unit_raw, 10, "r")
        draw_grid(w.c, ph, placed, rules=spec.rules, shaded_rows=spec.shaded_rows)
        for pc in placed:
            cells.append(GoldCell(w.page, pc.row, pc.col, pc.row_span, pc.col_span,
                                  pc.text.replace("\n", ""), pc.is_header))
            n_rows = max(n_rows, pc.row + pc.row_span)
    return GoldTable(spec.title, spec.kind, spec.unit_raw,
                     {"单位：元": "yuan", "单位：万元": "wan_yuan"}.get(spec.unit_raw or ""),
                     first, w.page, n_rows, len(spec.widths), spec.n_header, cells)


def write_tables_pdf(path: str | os.PathLike, specs: list[TableSpec], title: str,
                     cover: str | None = None, cover_size: float = 20) -> Path:
    """A PDF of a cover page (``cover``, default the title) and each table from a fresh
    page: the fixture the tests draw their layouts with."""
    buf = io.BytesIO()
    w = PdfWriter(buf, title)
    draw_cover(w, [(cover or title, cover_size)])
    for spec in specs:
        draw_table(w, spec)
    w.finish()
    path = Path(path)
    path.write_bytes(buf.getvalue())
    return path
