"""Geometry as plain functions: ruling edges, grid lines, cells, and text inside boxes.

Boxes are (x0, top, x1, bottom) in PDF points, origin top-left (pdfplumber's convention).
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from pdfplumber.utils import cluster_objects

from cnbudget.schemas.text import is_wide  # text that never takes a space

Box = tuple[float, float, float, float]

# Colour spaces whose components are amounts of ink (0 = none, 1 = full), not light.
TINT_SPACES = frozenset({"Separation", "DeviceN"})
# Colour spaces whose value says nothing about lightness by itself: a palette index, a
# pattern (the value is its name). Paint in them is taken to print.
OPAQUE_SPACES = frozenset({"Indexed", "Pattern"})


def is_white(color, threshold: float, space: str | None = None) -> bool:
    """Whether paint in a colour prints as (near) white on white paper: gray or RGB at
    least threshold light, CMYK or a spot/DeviceN tint with at most 1 - threshold ink,
    Lab at least threshold of full lightness. ``space`` is the colour-space family as
    pdfminer names it; None means the value's component count says it (1 gray, 3 RGB,
    4 CMYK). A pattern or palette index is never taken for white."""
    if color is None or isinstance(color, str) or space in OPAQUE_SPACES:
        return False
    vals = (color,) if isinstance(color, (int, float)) else tuple(color)
    if not vals or not all(isinstance(v, (int, float)) for v in vals):
        return False  # an uncoloured pattern: (base colour, pattern name)
    if space in TINT_SPACES:
        return all(v <= 1 - threshold for v in vals)
    if space == "Lab" and len(vals) == 3:  # L in 0..100, a and b about 0 for white
        tint = 100 * (1 - threshold)
        return vals[0] >= 100 * threshold and abs(vals[1]) <= tint and abs(vals[2]) <= tint
    if len(vals) == 1:
        return vals[0] >= threshold
    if len(vals) == 3:
        return all(v >= threshold for v in vals)
    if len(vals) == 4:  # CMYK: white is no ink
        return all(v <= 1 - threshold for v in vals)
    return False


# A rule this close to its clip still shows: one drawn along the clip's edge shows half
# its width, and rules overshoot their joints by about their width.
CLIP_SLACK = 1.0


def edge_prints(e: dict, white: float) -> bool:
    """Whether a ruling segment shows on paper: the one place that decides it, for
    every text-layer backend. A segment prints when it is stroked in a colour that is
    not white, or when it borders an area filled in such a colour, and it is not clipped
    away. Paint whose colour space is known (``scs``/``ncs``, see
    strategies.colour_spaces_known) is read in that space: a spot colour at full tint is
    ink, not white gray (PDFium hands over the RGB it paints, which needs no space).
    Paint at alpha 0 (``stroking_alpha``/``non_stroking_alpha``, where the backend knows
    it) is invisible. A segment whose ``clip`` box (where the backend knows it) lies
    wholly beside it does not show (``clipped``). A segment that carries no paint at all
    is taken to print."""
    if "stroke" not in e and "fill" not in e:
        return True
    stroked = bool(e.get("stroke")) and e.get("stroking_alpha", 1.0) > 0 \
        and not is_white(e.get("stroking_color"), white, e.get("scs"))
    filled = bool(e.get("fill")) and e.get("non_stroking_alpha", 1.0) > 0 \
        and not is_white(e.get("non_stroking_color"), white, e.get("ncs"))
    return (stroked or filled) and not ("clip" in e and "x0" in e and clipped(e, e["clip"]) is None)


def clipped(e: dict, clip: Box) -> dict | None:
    """The part of a segment its clip box shows (the segment itself when all of it
    shows), or None when none of it does; CLIP_SLACK points of grace on each side."""
    cx0, ctop, cx1, cbottom = clip[0] - CLIP_SLACK, clip[1] - CLIP_SLACK, clip[2] + CLIP_SLACK, clip[3] + CLIP_SLACK
    x0, top, x1, bottom = e["x0"], e["top"], e["x1"], e["bottom"]
    if x1 < cx0 or x0 > cx1 or bottom < ctop or top > cbottom:
        return None
    if x0 >= cx0 and x1 <= cx1 and top >= ctop and bottom <= cbottom:
        return e
    x0, x1, top, bottom = max(x0, cx0), min(x1, cx1), max(top, ctop), min(bottom, cbottom)
    return {**e, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top}


def axis_edge(e: dict, max_slope: float) -> dict | None:
    """The segment as a horizontal or vertical rule at its mean position, or None when
    it is neither (a diagonal). Rules drawn through a transform carry float noise, and a
    vectorised scan a slight skew: a segment rising at most max_slope per unit length
    is still a rule."""
    dx, dy = e["x1"] - e["x0"], e["bottom"] - e["top"]
    if dy <= max_slope * dx or (dx == 0 and dy == 0):
        if dy == 0 and e.get("orientation") == "h":
            return e
        mid = (e["top"] + e["bottom"]) / 2
        return {**e, "orientation": "h", "top": mid, "bottom": mid, "height": 0, "width": dx}
    if dx <= max_slope * dy:
        if dx == 0 and e.get("orientation") == "v":
            return e
        mid = (e["x0"] + e["x1"]) / 2
        return {**e, "orientation": "v", "x0": mid, "x1": mid, "width": 0, "height": dy}
    return None


_PAINT_KEYS = ("stroke", "fill", "stroking_color", "non_stroking_color", "scs", "ncs", "linewidth",
               "stroking_alpha", "non_stroking_alpha", "clip")  # the last three where the backend knows them


def curve_segments(curve: dict) -> list[dict]:
    """A painted path's straight pieces as edges that keep its paint (pdfplumber's curve
    edges drop it), the closing piece of a filled path included (filling closes it)."""
    pts = list(curve["pts"])
    if curve.get("fill") and len(pts) > 2 and pts[0] != pts[-1]:
        pts.append(pts[0])
    paint = {k: curve[k] for k in _PAINT_KEYS if k in curve}
    out = []
    for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
        x0, x1, top, bottom = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
        orientation = "v" if xa == xb else ("h" if ya == yb else None)
        out.append({**paint, "object_type": "curve_edge", "x0": x0, "x1": x1, "top": top,
                    "bottom": bottom, "width": x1 - x0, "height": bottom - top,
                    "orientation": orientation, "page_number": curve.get("page_number")})
    return out


def visible_edges(edges: Iterable[dict], min_length: float, white: float,
                  max_slope: float = 0.0) -> list[dict]:
    """Ruling segments that print (edge_prints), as horizontal or vertical rules
    (axis_edge), cut to their clip where it is known, at least min_length long. This
    drops the borders of white, unstroked background rectangles (WPS draws one behind
    every cell), diagonals and ticks."""
    out = []
    for e in edges:
        if not edge_prints(e, white):
            continue
        rule = axis_edge(e, max_slope)
        if rule is None:
            continue
        if "clip" in rule:  # the part of the rule its clip shows
            rule = clipped(rule, rule["clip"])
            if rule is None:
                continue
        length = (rule["x1"] - rule["x0"]) if rule["orientation"] == "h" else (rule["bottom"] - rule["top"])
        if length >= min_length:
            out.append(rule)
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


# A glyph drawn again less than this share of its font size away is the same glyph
# (fake bold, overprinted a few tenths of a point aside); a real repeated letter is an
# advance further on, rarely under a quarter of the size even in condensed print. A
# definition, not a tunable: it only has to scale with the print ("11" at 2pt is 1pt
# apart, the old fixed 1pt test merged it).
DUPLICATE_SHARE = 0.15


def same_glyph_again(prev: dict, ch: dict, share: float = DUPLICATE_SHARE) -> bool:
    """Whether ch is prev drawn again over itself (fake bold): the same text, offset by at
    most ``share`` of the font size across and down."""
    if ch["text"] != prev["text"]:
        return False
    size = min(_font_size(prev), _font_size(ch))
    return abs(ch["x0"] - prev["x0"]) <= share * size and abs(ch["top"] - prev["top"]) <= share * size


def _font_size(ch: dict) -> float:
    return float(ch.get("size") or (ch["bottom"] - ch["top"]))


def _next_visible(line: Sequence[dict]) -> list[dict | None]:
    """For each glyph of a line, the next glyph after it that is not a space."""
    out: list[dict | None] = [None] * len(line)
    nxt = None
    for i in range(len(line) - 1, -1, -1):
        out[i] = nxt
        if line[i]["text"].strip():
            nxt = line[i]
    return out


def space_in_gap(space: dict, before: dict | None, after: dict | None) -> bool:
    """Whether a space glyph separates words: the glyphs on either side leave room for
    at least half of it. Runs of spaces drawn over the text (letter-spaced words in some
    exports) sit where there is no gap, and separate nothing."""
    if before is None or after is None:
        return False
    gap = after["x0"] - before["x1"]
    return gap > 0 and gap >= 0.5 * (space["x1"] - space["x0"])


def line_text(line: Sequence[dict], word_gap: float, duplicate_share: float = DUPLICATE_SHARE) -> str:
    """One visual line as text; duplicate glyphs (fake bold) dropped, spaces only where
    the PDF leaves a gap or a space glyph in a gap between narrow characters."""
    out: list[str] = []
    pending_space = False
    prev = None  # the last glyph kept that is not a space
    following = _next_visible(line)
    for ch, after in zip(line, following):
        t = ch["text"]
        if not t.strip():
            if space_in_gap(ch, prev, after):
                pending_space = bool(out)
            continue
        if prev is not None and same_glyph_again(prev, ch, duplicate_share):
            continue
        if prev is not None and ch["x0"] - prev["x1"] > word_gap:
            pending_space = True
        if pending_space and out and not (is_wide(out[-1][-1]) and is_wide(t[0])):
            out.append(" ")
        out.append(t)
        pending_space = False
        prev = ch
    return "".join(out).strip()


def box_text(chars: Sequence[dict], word_gap: float, overlap: float,
             duplicate_share: float = DUPLICATE_SHARE) -> str:
    """Text of the chars in one cell: lines joined the way a reader reads a wrapped cell.
    Text turned inside its cell (a narrow header written sideways) is read upright."""
    turn = reading_turn(chars, 0.5)
    if turn:
        box = (min(c["x0"] for c in chars), min(c["top"] for c in chars),
               max(c["x1"] for c in chars), max(c["bottom"] for c in chars))
        chars = [turn_object(c, turn, box) for c in chars]
    return join_parts(line_text(line, word_gap, duplicate_share) for line in text_lines(chars, overlap))


def inside(box: Box, outer: Box, slack: float = 1.0) -> bool:
    return (box[0] >= outer[0] - slack and box[1] >= outer[1] - slack
            and box[2] <= outer[2] + slack and box[3] <= outer[3] + slack)


# --------------------------------------------------------------------------- reading orientation


def glyph_turn(ch: dict) -> int:
    """Degrees (0, 90, 180 or 270) a glyph's baseline is turned counter-clockwise from
    upright, read from its text matrix (the page's /Rotate included: pdfminer applies it)."""
    m = ch.get("matrix")
    if not m:
        return 0
    a, b = m[0], m[1]
    if abs(a) >= abs(b):
        return 0 if a >= 0 else 180
    return 90 if b > 0 else 270


def reading_turn(chars: Iterable[dict], min_share: float) -> int:
    """How far the page's text is turned: the turn of most of its glyphs when they are
    at least min_share of them, else 0. A landscape table drawn sideways on a portrait
    page, or an upright page given /Rotate 90, reads this way."""
    # Cheap first: most pages have no glyph that is not upright.
    turned = [c for c in chars if (m := c.get("matrix")) and m[0] < abs(m[1]) and c["text"].strip()]
    if not turned:
        return 0
    glyphs = [c for c in chars if c["text"].strip()]
    if len(turned) < min_share * len(glyphs):
        return 0
    turn, n = Counter(glyph_turn(c) for c in turned).most_common(1)[0]
    return turn if n >= min_share * len(glyphs) else 0


def turn_box(box: Box, turn: int, page: Box) -> Box:
    """A box of a page (top-left coordinates, page = the page's own box) in the frame
    where text turned by ``turn`` reads upright; that frame's origin is its top-left."""
    x0, top, x1, bottom = box
    px0, ptop, px1, pbottom = page
    if turn == 90:
        return (pbottom - bottom, x0 - px0, pbottom - top, x1 - px0)
    if turn == 270:
        return (top - ptop, px1 - x1, bottom - ptop, px1 - x0)
    if turn == 180:
        return (px1 - x1, pbottom - bottom, px1 - x0, pbottom - top)
    return box


def turned_size(turn: int, page: Box) -> tuple[float, float]:
    """Width and height of the page in the upright frame."""
    w, h = page[2] - page[0], page[3] - page[1]
    return (h, w) if turn in (90, 270) else (w, h)


def turn_object(obj: dict, turn: int, page: Box) -> dict:
    """A char or ruling edge moved into the upright frame (a copy); edges swap their
    orientation on a quarter turn."""
    if not turn:
        return obj
    x0, top, x1, bottom = turn_box((obj["x0"], obj["top"], obj["x1"], obj["bottom"]), turn, page)
    out = {**obj, "x0": x0, "top": top, "x1": x1, "bottom": bottom,
           "width": x1 - x0, "height": bottom - top, "doctop": top}
    if turn in (90, 270) and obj.get("orientation") in ("h", "v"):
        out["orientation"] = "v" if obj["orientation"] == "h" else "h"
    if obj.get("matrix"):  # a glyph's text matrix (and pdfminer's upright flag) turned with it
        a, b, c, d, _, _ = out["matrix"] = _turn_matrix(obj["matrix"], turn)
        out["upright"] = a * d > 0 and b * c <= 0
    return out


def _turn_matrix(m, turn: int) -> tuple:
    """A text matrix (a, b, c, d, e, f) with its direction turned clockwise by ``turn``
    degrees (the translation is left as it was: only the direction is read)."""
    a, b, c, d, e, f = m
    if turn == 90:
        return (b, -a, d, -c, e, f)
    if turn == 270:
        return (-b, a, -d, c, e, f)
    if turn == 180:
        return (-a, -b, -c, -d, e, f)
    return tuple(m)


# --------------------------------------------------------------------------- page edges


def _reaches(value: float, bound: float, tolerance: float, beyond: int) -> bool:
    """Whether a rule's end at value runs to the page boundary at bound (or past it);
    beyond is -1 for a low boundary (left, top), +1 for a high one."""
    return (value - bound) * beyond >= -tolerance


def close_at_page_edge(rules: list[dict], page: Box, tolerance: float) -> list[dict]:
    """Rules as the page shows them: those lying outside the page's visible box (its crop
    box) dropped, and on each side of the box a rule added along it where two or more
    rules of a table run into it with no rule drawn across their ends. The page edge is
    then the table's border: a frame cut off by the crop box, or a sheet printed wider
    than its page, keeps its outer cells."""
    x0, top, x1, bottom = page
    kept = [r for r in rules
            if (r["orientation"] == "h" and top - tolerance <= r["top"] <= bottom + tolerance)
            or (r["orientation"] == "v" and x0 - tolerance <= r["x0"] <= x1 + tolerance)]
    h = [r for r in kept if r["orientation"] == "h"]
    v = [r for r in kept if r["orientation"] == "v"]
    added = []
    for along, across, bound, beyond in (("v", h, x0, -1), ("v", h, x1, 1), ("h", v, top, -1), ("h", v, bottom, 1)):
        others = v if along == "v" else h
        added.extend(_closing_rule(across, others, along, bound, beyond, tolerance))
    return kept + added


def _closing_rule(across: list[dict], others: list[dict], along: str, bound: float, beyond: int,
                  tolerance: float) -> list[dict]:
    """The rule along one page boundary that closes the table rules running into it
    (at most one), or nothing when they are closed already or fewer than two."""
    lo_key, hi_key, pos_key = ("x0", "x1", "top") if along == "v" else ("top", "bottom", "x0")
    end_key = hi_key if beyond > 0 else lo_key
    ends = [r for r in across if _reaches(r[end_key], bound, tolerance, beyond)
            and any(_meets(r, o, tolerance) for o in others)]
    if len(ends) < 2:
        return []
    span = (min(r[pos_key] for r in ends), max(r[pos_key] for r in ends))
    # Where the rules end on the page: the boundary, or their own end when it is inside.
    stop = min(bound, min(r[end_key] for r in ends)) if beyond > 0 else max(bound, max(r[end_key] for r in ends))
    olo, ohi, opos = ("top", "bottom", "x0") if along == "v" else ("x0", "x1", "top")
    for o in others:  # a rule drawn across their ends already closes them
        if (o[opos] - stop) * beyond >= -tolerance and o[olo] <= span[1] + tolerance and o[ohi] >= span[0] - tolerance:
            return []
    return [_added_rule("page_edge", along, stop, *span)]


def _added_rule(kind: str, along: str, at: float, lo: float, hi: float) -> dict:
    """A rule the page does not draw but a reader sees, as pdfplumber's edges are spelled:
    along "v" (a vertical at x = at from top lo to hi) or "h" (at y = at from x lo to hi).
    ``kind`` ends in "_edge", so pdfplumber's table finder takes it as an edge as it is."""
    if along == "v":
        return {"object_type": kind, "orientation": "v", "x0": at, "x1": at, "top": lo, "bottom": hi,
                "width": 0, "height": hi - lo, "doctop": lo}
    return {"object_type": kind, "orientation": "h", "x0": lo, "x1": hi, "top": at, "bottom": at,
            "width": hi - lo, "height": 0, "doctop": at}


def close_open_sides(rules: list[dict], chars: Sequence[dict], tolerance: float, min_width: float) -> list[dict]:
    """Rules as a reader sees a table printed without its outer sides (a Word table with its
    side borders off, a sheet with no top and bottom rule): where rules that cross the
    table's inner rules end together at least ``min_width`` past the last rule crossing
    them, as the outermost thing of the table there, with no rule drawn along their ends, a
    rule is added there. Their ends are the table's edge, and the strip between them and the
    first inner rule its outer column (or row). Rules are read as a reader sees them, pieces
    drawn cell by cell joined (a merged cell's missing piece is no end). So that lines
    which are no table (a chart's bars, an organisation chart's connectors) gain no side,
    the rules crossing them must be a grid (two or more inner rules at distinct places), or
    three or more rules end there and the strip holds text."""
    h = _runs([r for r in rules if r["orientation"] == "h"], tolerance, tolerance)
    v = _runs([r for r in rules if r["orientation"] == "v"], tolerance, tolerance)
    added: list[dict] = []
    for across, others, along in ((h, v, "v"), (v, h, "h")):
        lo_key, hi_key, pos_key = ("x0", "x1", "top") if along == "v" else ("top", "bottom", "x0")
        opos, olo, ohi = ("x0", "top", "bottom") if along == "v" else ("top", "x0", "x1")
        crossing = [(r, [o for o in others if _meets(r, o, tolerance)]) for r in across]
        crossing = [(r, met) for r, met in crossing if met]
        for end_key, beyond in ((lo_key, -1), (hi_key, 1)):
            for group in cluster_objects(crossing, lambda rm: rm[0][end_key], tolerance):
                if len(group) < 2:
                    continue
                stop = sum(r[end_key] for r, _ in group) / len(group)
                span = (min(r[pos_key] for r, _ in group), max(r[pos_key] for r, _ in group))
                # the table's outermost thing on that side: nothing of it runs further
                if any((r[end_key] - stop) * beyond > tolerance for r in across
                       if span[0] - tolerance <= r[pos_key] <= span[1] + tolerance) \
                        or any((o[opos] - stop) * beyond > tolerance for o in others
                               if o[olo] <= span[1] + tolerance and o[ohi] >= span[0] - tolerance):
                    continue
                # the rules crossing them short of their ends
                inner = cluster([o[opos] for _, met in group for o in met if abs(o[opos] - stop) > tolerance],
                                tolerance)
                edge = (inner[0] if beyond < 0 else inner[-1]) if inner else None
                if edge is None or (edge - stop) * -beyond < min_width:
                    continue  # closed (or nearly) by a rule of their own
                strip = (min(stop, edge), max(stop, edge))
                if len(inner) < 2 and not (len(group) >= 3 and _text_in(chars, along, strip, span)):
                    continue
                # closed between each two of them that an inner rule runs between (rows of
                # one table, not two tables one above the other), where nothing closes it;
                # where the side is drawn along part of them, only a piece whose strip holds
                # text (a shaded header's edge leaves the rows below it open; an empty notch
                # beside a shorter row is no cell)
                drawn = [(o[olo], o[ohi]) for o in others if abs(o[opos] - stop) <= tolerance]
                side_drawn = any(lo <= span[1] and hi >= span[0] for lo, hi in drawn)
                ats = sorted(r[pos_key] for r, _ in group)
                for a, b in zip(ats, ats[1:]):
                    # the inner rules running between the two: the row's (column's) own cells
                    between = [o[opos] for _, met in group for o in met
                               if abs(o[opos] - stop) > tolerance and o[olo] <= a + tolerance
                               and o[ohi] >= b - tolerance]
                    if _covered((a, b), drawn, tolerance) or not between:
                        continue
                    # its outer cells' inner side: the nearest inner rule reaching into it
                    inside = [o[opos] for _, met in group for o in met
                              if abs(o[opos] - stop) > tolerance and o[olo] < b - tolerance and o[ohi] > a + tolerance
                              ] or between
                    near = min(inside) if beyond < 0 else max(inside)
                    if side_drawn and not _text_in(chars, along, (min(stop, near), max(stop, near)), (a, b)):
                        continue
                    added.append(_added_rule("open_side_edge", along, stop, a, b))
    return rules + added


def _text_in(chars: Sequence[dict], along: str, strip: tuple[float, float], span: tuple[float, float]) -> bool:
    """Whether a char's centre lies in the strip (x range for a side, y range for a top or
    bottom) within the span across it."""
    for ch in chars:
        x, y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        a, b = (x, y) if along == "v" else (y, x)
        if strip[0] < a < strip[1] and span[0] < b < span[1] and ch["text"].strip():
            return True
    return False


def _covered(span: tuple[float, float], pieces: list[tuple[float, float]], gap: float) -> bool:
    """Whether pieces (lo, hi) cover span, stopping at most gap apart."""
    at = span[0]
    for lo, hi in sorted(pieces):
        if at >= span[1] - gap or lo > at + gap:
            break
        at = max(at, hi)
    return at >= span[1] - gap


def _meets(a: dict, b: dict, gap: float) -> bool:
    """Whether two perpendicular rules cross or nearly touch (within gap)."""
    h, v = (a, b) if a["orientation"] == "h" else (b, a)
    return (h["x0"] - gap <= v["x0"] <= h["x1"] + gap) and (v["top"] - gap <= h["top"] <= v["bottom"] + gap)


# --------------------------------------------------------------------------- ruled grids


def _runs(rules: Sequence[dict], gap: float, tolerance: float) -> list[dict]:
    """Collinear rules (positions within tolerance of each other) joined into runs where
    they overlap or stop at most gap apart: a rule drawn cell by cell is one rule."""
    if not rules:
        return []
    horizontal = rules[0]["orientation"] == "h"
    pos, lo, hi = ("top", "x0", "x1") if horizontal else ("x0", "top", "bottom")
    lines: list[list[dict]] = []
    for r in sorted(rules, key=lambda r: r[pos]):
        if lines and r[pos] - lines[-1][-1][pos] <= tolerance:
            lines[-1].append(r)
        else:
            lines.append([r])
    runs: list[dict] = []
    for line in lines:
        at = sum(r[pos] for r in line) / len(line)
        start = len(runs)
        for r in sorted(line, key=lambda r: r[lo]):
            if len(runs) > start and r[lo] <= runs[-1][hi] + gap:
                runs[-1][hi] = max(runs[-1][hi], r[hi])
            else:
                other = "bottom" if horizontal else "x1"
                runs.append({"orientation": r["orientation"], pos: at, other: at, lo: r[lo], hi: r[hi]})
    return runs


def draws_grid(rules: Sequence[dict], min_lines: int, gap: float, tolerance: float) -> bool:
    """Whether visible rules draw a table grid: at least min_lines horizontal rules (at
    distinct heights) each meeting min_lines distinct vertical ones, and the same the
    other way round. Rules that stop up to ``gap`` short of each other still meet, and
    pieces of one rule drawn cell by cell are one rule: this asks what a reader sees, not
    what the table finder could join. A boxed paragraph, underlines, a chart's bars on
    their axis are no grid."""
    # Pieces of one rule leave a gap on both sides of each rule they stop short of.
    h = _runs([r for r in rules if r["orientation"] == "h"], 2 * gap, tolerance)
    v = _runs([r for r in rules if r["orientation"] == "v"], 2 * gap, tolerance)
    if len(h) < min_lines or len(v) < min_lines:
        return False
    h_met = [r["top"] for r in h if len(cluster([o["x0"] for o in v if _meets(r, o, gap)], tolerance)) >= min_lines]
    v_met = [r["x0"] for r in v if len(cluster([o["top"] for o in h if _meets(o, r, gap)], tolerance)) >= min_lines]
    return len(cluster(h_met, tolerance)) >= min_lines and len(cluster(v_met, tolerance)) >= min_lines
