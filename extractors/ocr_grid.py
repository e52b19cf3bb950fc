"""Ruled-table structure in a page image with OpenCV: deskew, ruling lines, grid, merged
cells, and the text lines inside a cell.

Everything works in pixels of one page image (uint8 grayscale, white paper, dark ink);
``px_per_pt`` (render dpi / 72) turns the typographic sizes below into pixels, so the
same settings hold at any dpi. Ink masks are uint8 with 255 = ink.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from .settings import OcrGridSettings

# The typographic sizes (rule lengths, merge distance, border coverage, minimum table
# size) are OcrGridSettings in extractors/settings.py, where each is explained.
DEFAULT_GRID = OcrGridSettings()


@dataclass
class Grid:
    """One ruled table in the (deskewed) image, in pixels."""

    xs: list[float]  # column lines, left to right
    ys: list[float]  # row lines, top to bottom
    cells: list[tuple[int, int, int, int]]  # (row, col, row_span, col_span)
    clear: bool  # every border is clearly drawn or clearly absent
    ambiguous: float  # share of borders whose coverage is ambiguous

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink mask robust to uneven lighting, scanner noise and JPEG ringing: a pixel is ink
    when it is clearly darker than its neighbourhood (adaptive mean threshold on a
    lightly smoothed image)."""
    smooth = cv2.GaussianBlur(gray, (3, 3), 0)
    return cv2.adaptiveThreshold(smooth, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 18)


def components(mask: np.ndarray) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """cv2.connectedComponentsWithStats (8-connected) of a page-sized mask. The label
    image is most of its cost: 16-bit labels take a third of the time of 32-bit ones and
    give the same components, as long as there are fewer than 65535 of them (rule masks
    hold tens to hundreds); past that, 32-bit labels."""
    n, labels, stats, centroids = cv2.connectedComponentsWithStatsWithAlgorithm(mask, 8, cv2.CV_16U,
                                                                                cv2.CCL_DEFAULT)
    if n >= np.iinfo(np.uint16).max:
        n, labels, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return n, labels, stats, centroids


def _open_lines(bw: np.ndarray, length: int, horizontal: bool) -> np.ndarray:
    if horizontal:
        bridge = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 1))
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(length, 3), 1))
    else:
        bridge = cv2.getStructuringElement(cv2.MORPH_RECT, (1, 3))
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(length, 3)))
    closed = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, bridge)  # bridge breaks from noise/JPEG
    return cv2.morphologyEx(closed, cv2.MORPH_OPEN, kernel)


def line_masks(bw: np.ndarray, px_per_pt: float, border: bool = False,
               sizes: OcrGridSettings = DEFAULT_GRID) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal, vertical) rule masks by morphological opening with long thin kernels
    (with ``border``, the shorter kernels used to read single cell borders)."""
    hl, vl = (sizes.h_border_min_pt, sizes.v_border_min_pt) if border else (sizes.h_rule_min_pt, sizes.v_rule_min_pt)
    h = _open_lines(bw, int(hl * px_per_pt), True)
    v = _open_lines(bw, int(vl * px_per_pt), False)
    return h, v


def estimate_skew(bw: np.ndarray, px_per_pt: float) -> float:
    """Page rotation in degrees (positive = counter-clockwise needed to straighten) from
    the long horizontal rules: each long rule's pixels get a least-squares slope, and the
    length-weighted median is the page's. 0.0 when no long rule is found."""
    # A short kernel so that a tilted rule still survives the opening as long pieces.
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (int(20 * px_per_pt), 1))
    h = cv2.morphologyEx(bw, cv2.MORPH_OPEN, kernel)
    h = cv2.dilate(h, cv2.getStructuringElement(cv2.MORPH_RECT, (int(6 * px_per_pt), 3)))
    n, labels, stats, _ = components(h)
    min_w = bw.shape[1] / 5
    angles: list[tuple[float, float]] = []
    for i in range(1, n):
        x, y, w, hh, _ = stats[i]
        if w < min_w or hh > w / 8:
            continue
        sub = labels[y:y + hh, x:x + w] == i
        cols = np.arange(w)
        # centre of ink per column: robust to the dilation's symmetric thickening
        counts = sub.sum(axis=0)
        ok = counts > 0
        if ok.sum() < w / 2:
            continue
        centres = (sub * np.arange(hh)[:, None]).sum(axis=0)[ok] / counts[ok]
        slope = np.polyfit(cols[ok], centres, 1)[0]
        angles.append((math.degrees(math.atan(slope)), float(w)))
    if not angles:
        return 0.0
    angles.sort()
    total = sum(w for _, w in angles)
    acc = 0.0
    for a, w in angles:
        acc += w
        if acc >= total / 2:
            return a
    return angles[-1][0]


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """The image rotated by angle degrees about its centre, new border white."""
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def _cluster(vals: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """(length-weighted mean position, total length) of positions within tol of their
    neighbour."""
    if not vals:
        return []
    vals = sorted(vals)
    groups = [[vals[0]]]
    for v in vals[1:]:
        if v[0] - groups[-1][-1][0] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [(sum(p * w for p, w in g) / sum(w for _, w in g), sum(w for _, w in g)) for g in groups]


def _segments(mask: np.ndarray, horizontal: bool) -> list[tuple[float, float, float, float]]:
    """Rule segments as (position, start, end, length): position is the y of a horizontal
    rule (x of a vertical one), start/end its extent along the rule."""
    n, labels, stats, cents = components(mask)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if horizontal:
            out.append((float(cents[i][1]), float(x), float(x + w), float(w)))
        else:
            out.append((float(cents[i][0]), float(y), float(y + h), float(h)))
    return out


def _coverage(mask: np.ndarray, pos: float, a: float, b: float, horizontal: bool, half: int, margin: int) -> float:
    """How much of the border from a to b at pos is covered by rule pixels (a band ±half
    wide): the least covered of its three thirds, so that a glyph stroke in the middle
    of a merged cell (text printed across where a border would be) does not pass for a
    border, which runs from one grid line to the next."""
    a, b = int(round(a)) + margin, int(round(b)) - margin
    if b <= a:
        return 1.0
    p = int(round(pos))
    if horizontal:
        band = mask[max(p - half, 0):p + half + 1, a:b]
        hit = band.max(axis=0) if band.size else np.zeros(0)
    else:
        band = mask[a:b, max(p - half, 0):p + half + 1]
        hit = band.max(axis=1) if band.size else np.zeros(0)
    if not hit.size:
        return 0.0
    hit = hit > 0
    if hit.size < 6:
        return float(hit.mean())
    return float(min(part.mean() for part in np.array_split(hit, 3)))


def find_grids(gray: np.ndarray, px_per_pt: float, bw: np.ndarray | None = None,
               sizes: OcrGridSettings = DEFAULT_GRID) -> list[Grid]:
    """Ruled tables in a deskewed page image, top to bottom."""
    if bw is None:
        bw = binarize(gray)
    hmask, vmask = line_masks(bw, px_per_pt, sizes=sizes)
    hborder, vborder = line_masks(bw, px_per_pt, border=True, sizes=sizes)
    union = cv2.dilate(cv2.bitwise_or(hmask, vmask), np.ones((5, 5), np.uint8))
    n, _, stats, _ = components(union)
    hsegs = _segments(hmask, True)
    vsegs = _segments(vmask, False)
    tol = sizes.line_merge_pt * px_per_pt
    half = max(2, int(round(1.2 * px_per_pt)))
    margin = max(2, int(round(2.0 * px_per_pt)))
    grids: list[Grid] = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if w < sizes.table_min_w_pt * px_per_pt or h < sizes.table_min_h_pt * px_per_pt:
            continue
        x1, y1 = x + w, y + h
        hs = [s for s in hsegs if y - 3 <= s[0] <= y1 + 3 and s[1] >= x - 3 and s[2] <= x1 + 3]
        vs = [s for s in vsegs if x - 3 <= s[0] <= x1 + 3 and s[1] >= y - 3 and s[2] <= y1 + 3]
        ys = [p for p, total in _cluster([(s[0], s[3]) for s in hs], tol)
              if total >= sizes.h_line_min_total_pt * px_per_pt]
        xs = [p for p, total in _cluster([(s[0], s[3]) for s in vs], tol)
              if total >= sizes.v_line_min_total_pt * px_per_pt]
        if len(xs) < 2 or len(ys) < 2:
            continue
        reach = sizes.open_side_min_pt * px_per_pt
        xs, open_x = _open_sides(xs, [(s[1], s[2]) for s in hs], reach, tol)
        ys, open_y = _open_sides(ys, [(s[1], s[2]) for s in vs], reach, tol)
        grid = _grid_cells(xs, ys, hborder, vborder, half, margin, sizes, open_x, open_y)
        if grid is not None:
            grids.append(grid)
    grids.sort(key=lambda g: g.ys[0])
    return grids


def _open_sides(lines: list[float], runs: list[tuple[float, float]], reach: float, tol: float
                ) -> tuple[list[float], tuple[bool, bool]]:
    """The grid lines of one direction with the open sides added: where two or more rules
    across them (their extents ``runs``) end together at least ``reach`` past the first
    (last) line, a table printed without that outer side (a Word table with its side
    borders off) ends there. Also says which side was added (no rule pixels to find there)."""
    added = [False, False]
    out = list(lines)
    for side, ends in ((0, [a for a, _ in runs if a < lines[0] - reach]),
                       (1, [b for _, b in runs if b > lines[-1] + reach])):
        groups = _cluster([(e, 1.0) for e in ends], tol)
        best = max(groups, key=lambda g: g[1], default=None)
        if best is not None and best[1] >= 2:
            out.insert(0 if side == 0 else len(out), best[0])
            added[side] = True
    return out, (added[0], added[1])


def _grid_cells(xs, ys, hmask, vmask, half, margin, sizes: OcrGridSettings,
                open_x: tuple[bool, bool] = (False, False), open_y: tuple[bool, bool] = (False, False)) -> Grid | None:
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    # vertical borders: v_border[r][c] for the line xs[c] between ys[r] and ys[r+1]
    vcov = [[_coverage(vmask, xs[c], ys[r], ys[r + 1], False, half, margin) for c in range(n_cols + 1)]
            for r in range(n_rows)]
    hcov = [[_coverage(hmask, ys[r], xs[c], xs[c + 1], True, half, margin) for c in range(n_cols)]
            for r in range(n_rows + 1)]
    inner = [v for row in vcov for v in row[1:-1]] + [v for row in hcov[1:-1] for v in row]
    lo, hi = sizes.border_ambiguous
    ambiguous = sum(1 for v in inner if lo < v < hi) / len(inner) if inner else 0.0
    # (a side the table is printed without is no border missing)
    outer = [row[0] for row in vcov if not open_x[0]] + [row[-1] for row in vcov if not open_x[1]] \
        + (hcov[0] if not open_y[0] else []) + (hcov[-1] if not open_y[1] else [])
    outer_ok = sum(1 for v in outer if v >= sizes.border_drawn) / len(outer) if outer else 1.0
    parent = list(range(n_rows * n_cols))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in range(n_rows):
        for c in range(1, n_cols):
            if vcov[r][c] < sizes.border_drawn:
                union(r * n_cols + c - 1, r * n_cols + c)
    for r in range(1, n_rows):
        for c in range(n_cols):
            if hcov[r][c] < sizes.border_drawn:
                union((r - 1) * n_cols + c, r * n_cols + c)
    # each group -> its bounding rectangle; overlapping rectangles merge until stable
    rects: dict[int, list[int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            g = find(r * n_cols + c)
            b = rects.setdefault(g, [r, c, r, c])
            b[0], b[1], b[2], b[3] = min(b[0], r), min(b[1], c), max(b[2], r), max(b[3], c)
    boxes = list(rects.values())
    changed = True
    while changed:
        changed = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                    boxes[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del boxes[j]
                    changed = True
                    break
            if changed:
                break
    if len(boxes) == 1 and n_rows * n_cols > 1:
        return None  # a frame around text, not a table
    cells = sorted((b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1) for b in boxes)
    clear = ambiguous <= 0.05 and outer_ok >= 0.9
    return Grid(list(xs), list(ys), cells, clear, round(ambiguous, 4))


def row_runs(ink: np.ndarray, px_per_pt: float) -> list[list[int]]:
    """[y0, y1) runs of rows holding ink (tiny gaps bridged, specks dropped)."""
    rows = (ink > 0).sum(axis=1)
    on = rows >= 1
    runs: list[list[int]] = []
    gap = max(1, int(round(0.6 * px_per_pt)))
    y, n = 0, len(on)
    while y < n:
        if on[y]:
            start = y
            while y < n and on[y]:
                y += 1
            if runs and start - runs[-1][1] <= gap:
                runs[-1][1] = y
            else:
                runs.append([start, y])
        else:
            y += 1
    return [r for r in runs if int(rows[r[0]:r[1]].sum()) >= max(6, int(1.5 * px_per_pt ** 2))]


def typical_line_height(all_runs: list[list[int]], px_per_pt: float) -> float:
    """The height of a full text line on the page: the upper quartile of run heights
    (runs include slivers and dashes, which are shorter); at least 5pt."""
    hs = sorted(r[1] - r[0] for r in all_runs)
    if not hs:
        return 9.0 * px_per_pt
    return max(float(hs[(3 * len(hs)) // 4]), 5.0 * px_per_pt)


def text_line_boxes(ink: np.ndarray, px_per_pt: float, typical: float | None = None,
                    runs: list[list[int]] | None = None) -> list[tuple[int, int, int, int]]:
    """Text lines in a cell's ink mask as (x0, y0, x1, y1) boxes, top to bottom, by
    horizontal projection: runs of rows that hold ink, small gaps bridged, pieces of one
    line (a glyph split by the threshold: the tail of a 9, the dots of a ：) merged while
    together they are no taller than a text line; a lone short mark (the "-" of an
    empty amount) stays its own line. ``typical``: the page's text line height."""
    if runs is None:
        runs = row_runs(ink, px_per_pt)
    if not runs:
        return []
    if typical is None:
        typical = typical_line_height(runs, px_per_pt)
    merged: list[list[int]] = []
    for r in runs:
        if merged:
            prev = merged[-1]
            if r[0] - prev[1] <= 0.4 * typical and (r[1] - prev[0]) <= 1.3 * typical:
                prev[1] = r[1]
                continue
        merged.append(list(r))
    out = []
    for y0, y1 in merged:
        cols = np.flatnonzero((ink[y0:y1] > 0).any(axis=0))
        if cols.size == 0:
            continue
        out.append((int(cols[0]), y0, int(cols[-1]) + 1, y1))
    return out
