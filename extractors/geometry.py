"""Geometry as plain functions: ruling edges, grid lines, cells, and text inside boxes.

Boxes are (x0, top, x1, bottom) in PDF points, origin top-left (pdfplumber's convention).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable, Sequence

from cnbudget.schemas.text import is_wide  # text that never takes a space

Box = tuple[float, float, float, float]

def is_white(color, threshold: float) -> bool:
    """Whether a fill/stroke colour prints as (near) white: gray or RGB at least
    threshold light, CMYK with at most 1 - threshold ink."""
    if color is None:
        return False
    if isinstance(color, (int, float)):
        return color >= threshold
    vals = tuple(color)
    if len(vals) == 1:
        return vals[0] >= threshold
    if len(vals) == 3:
        return all(v >= threshold for v in vals)
    if len(vals) == 4:  # CMYK: white is no ink
        return all(v <= 1 - threshold for v in vals)
    return False


def visible_edges(edges: Iterable[dict], min_length: float, white: float) -> list[dict]:
    """Edges that print: drops the borders of white, unstroked background rectangles
    (WPS draws one behind every cell) and ticks shorter than min_length."""
    out = []
    for e in edges:
        if e.get("object_type") == "rect_edge" or e.get("object_type") == "rect":
            if not e.get("stroke") and (not e.get("fill") or is_white(e.get("non_stroking_color"), white)):
                continue
        if e.get("stroke") and not e.get("fill") and is_white(e.get("stroking_color"), white):
            continue
        length = (e["x1"] - e["x0"]) if e["orientation"] == "h" else (e["bottom"] - e["top"])
        if length >= min_length:
            out.append(e)
    return out


def cluster(values: Iterable[float], tolerance: float) -> list[float]:
    """Sorted representative positions: values within tolerance of their neighbour
    collapse to their mean."""
    vals = sorted(values)
    if not vals:
        return []
    groups: list[list[float]] = [[vals[0]]]
    for v in vals[1:]:
        if v - groups[-1][-1] <= tolerance:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def nearest_index(lines: Sequence[float], v: float) -> int:
    """Index of the grid line nearest to v."""
    i = bisect.bisect_left(lines, v)
    if i == 0:
        return 0
    if i == len(lines):
        return len(lines) - 1
    return i if lines[i] - v < v - lines[i - 1] else i - 1


@dataclass
class GridCell:
    """A cell placed on a table's grid of column lines xs and row lines ys."""

    row: int
    col: int
    row_span: int
    col_span: int
    box: Box


def place_cells(boxes: Sequence[Box], tolerance: float) -> tuple[list[GridCell], list[float], list[float]]:
    """Row/column indices and spans of cell boxes on the grid their borders define.

    A merged cell is one box whose borders skip grid lines: its span is the number of
    grid intervals it covers."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes], tolerance)
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes], tolerance)
    cells = []
    for b in boxes:
        c0, c1 = nearest_index(xs, b[0]), nearest_index(xs, b[2])
        r0, r1 = nearest_index(ys, b[1]), nearest_index(ys, b[3])
        if c1 <= c0 or r1 <= r0:
            continue
        cells.append(GridCell(r0, c0, r1 - r0, c1 - c0, b))
    return cells, xs, ys


def slot_owner(cells: Sequence[GridCell], n_rows: int, n_cols: int) -> list[list[int]]:
    """For each grid slot, the index of the cell covering it (-1 where none)."""
    owner = [[-1] * n_cols for _ in range(n_rows)]
    for i, c in enumerate(cells):
        for r in range(c.row, min(c.row + c.row_span, n_rows)):
            for k in range(c.col, min(c.col + c.col_span, n_cols)):
                owner[r][k] = i
    return owner


def assign_chars(chars: Iterable[dict], cells: Sequence[GridCell], xs: Sequence[float],
                 ys: Sequence[float]) -> tuple[list[list[dict]], int]:
    """Chars grouped by the cell that holds their centre; also how many chars inside the
    table's outer box fell in no cell (a measure of a bad grid)."""
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    owner = slot_owner(cells, n_rows, n_cols)
    per_cell: list[list[dict]] = [[] for _ in cells]
    unassigned = 0
    x_lo, x_hi, y_lo, y_hi = xs[0], xs[-1], ys[0], ys[-1]
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        if not (x_lo <= cx <= x_hi and y_lo <= cy <= y_hi):
            continue
        col = min(max(bisect.bisect_right(xs, cx) - 1, 0), n_cols - 1)
        row = min(max(bisect.bisect_right(ys, cy) - 1, 0), n_rows - 1)
        i = owner[row][col]
        if i < 0:
            if ch["text"].strip():
                unassigned += 1
            continue
        per_cell[i].append(ch)
    return per_cell, unassigned


def text_lines(chars: Sequence[dict], overlap: float) -> list[list[dict]]:
    """Chars grouped into visual lines (top to bottom), each sorted left to right."""
    ordered = sorted(chars, key=lambda c: (c["top"], c["x0"]))
    lines: list[list[dict]] = []
    line_mid = line_h = 0.0
    for ch in ordered:
        h = max(ch["bottom"] - ch["top"], 0.1)
        mid = (ch["top"] + ch["bottom"]) / 2
        if lines and abs(mid - line_mid) < overlap * max(h, line_h):
            lines[-1].append(ch)
        else:
            lines.append([ch])
            line_mid, line_h = mid, h
    for line in lines:
        line.sort(key=lambda c: c["x0"])
    return lines


def join_parts(parts: Iterable[str]) -> str:
    """Join pieces of text: no separator between wide (CJK) characters, one space
    between narrow ones ("事业单位" + "经营收入", but "1." + "一般" keeps a space)."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out and not (is_wide(out[-1]) or is_wide(p[0])):
            out += " "
        out += p
    return out


def line_text(line: Sequence[dict], word_gap: float) -> str:
    """One visual line as text; duplicate glyphs (fake bold) dropped, spaces only where
    the PDF leaves a gap or a space between narrow characters."""
    out: list[str] = []
    pending_space = False
    prev = None
    for ch in line:
        t = ch["text"]
        if prev is not None and t == prev["text"] and abs(ch["x0"] - prev["x0"]) < 1 and abs(ch["top"] - prev["top"]) < 1:
            continue  # the same glyph drawn twice
        if not t.strip():
            pending_space = bool(out)
            prev = ch
            continue
        if prev is not None and ch["x0"] - prev["x1"] > word_gap:
            pending_space = True
        if pending_space and out and not (is_wide(out[-1][-1]) and is_wide(t[0])):
            out.append(" ")
        out.append(t)
        pending_space = False
        prev = ch
    return "".join(out).strip()


def box_text(chars: Sequence[dict], word_gap: float, overlap: float) -> str:
    """Text of the chars in one cell: lines joined the way a reader reads a wrapped cell."""
    return join_parts(line_text(line, word_gap) for line in text_lines(chars, overlap))


def inside(box: Box, outer: Box, slack: float = 1.0) -> bool:
    return (box[0] >= outer[0] - slack and box[1] >= outer[1] - slack
            and box[2] <= outer[2] + slack and box[3] <= outer[3] + slack)
