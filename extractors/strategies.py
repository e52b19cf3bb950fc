"""Table-finding strategies: each one class behind one interface.

A strategy looks at one page and returns the cell boxes of each ruled table on it.
Text assignment, spans, titles and joining across pages are shared by all strategies
(extractors/page.py, extractors/assemble.py), so strategies differ only where they
really differ: how the grid is found.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .geometry import Box, visible_edges
from .settings import ExtractionSettings


@dataclass
class FoundTable:
    bbox: Box
    cell_boxes: list[Box]


class TableStrategy(Protocol):
    name: str

    def find_tables(self, page, settings: ExtractionSettings) -> list[FoundTable]:
        """Ruled tables on a pdfplumber page, top to bottom."""


class PdfplumberLattice:
    """pdfplumber's table finder on the page's visible ruling lines only.

    Invisible white background rectangles (WPS draws one per cell) are dropped first:
    they would otherwise add phantom grid lines."""

    name = "pdfplumber"

    def find_tables(self, page, settings: ExtractionSettings) -> list[FoundTable]:
        edges = visible_edges(page.edges, settings.edge_min_length)
        v = [e for e in edges if e["orientation"] == "v"]
        h = [e for e in edges if e["orientation"] == "h"]
        if len(v) < 2 or len(h) < 2:
            return []
        tol = settings.snap_tolerance
        finder = page.debug_tablefinder({
            "vertical_strategy": "explicit",
            "horizontal_strategy": "explicit",
            "explicit_vertical_lines": v,
            "explicit_horizontal_lines": h,
            "snap_tolerance": tol,
            "join_tolerance": tol,
            "intersection_tolerance": tol,
            "edge_min_length": settings.edge_min_length,
        })
        found = [FoundTable(tuple(t.bbox), [tuple(c) for c in t.cells]) for t in finder.tables]
        return sorted(found, key=lambda t: (t.bbox[1], t.bbox[0]))


class CamelotLattice:
    """Camelot's lattice flavour: finds ruling lines in a rendering of the page.

    Camelot returns a full grid with a flag per cell side saying whether a line is
    drawn there; cells joined by a missing line are merged back into one box."""

    name = "camelot"

    def find_tables(self, page, settings: ExtractionSettings) -> list[FoundTable]:
        import camelot  # imported lazily: it is heavy and only this strategy needs it

        path = page.pdf.stream.name
        height = float(page.height)
        tables = camelot.read_pdf(path, pages=str(page.page_number), flavor="lattice",
                                  suppress_stdout=True)
        found = []
        for t in tables:
            boxes = _merge_camelot_cells(t.cells, height)
            if not boxes:
                continue
            x0 = min(b[0] for b in boxes); top = min(b[1] for b in boxes)
            x1 = max(b[2] for b in boxes); bottom = max(b[3] for b in boxes)
            found.append(FoundTable((x0, top, x1, bottom), boxes))
        return sorted(found, key=lambda t: (t.bbox[1], t.bbox[0]))


def _merge_camelot_cells(grid, page_height: float) -> list[Box]:
    """Union of Camelot grid cells not separated by a drawn line, as top-left boxes."""
    n_rows = len(grid)
    n_cols = len(grid[0]) if n_rows else 0
    parent = list(range(n_rows * n_cols))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        for c in range(n_cols):
            cell = grid[r][c]
            if c + 1 < n_cols and not cell.right:
                parent[find(r * n_cols + c + 1)] = find(r * n_cols + c)
            if r + 1 < n_rows and not cell.bottom:
                parent[find((r + 1) * n_cols + c)] = find(r * n_cols + c)
    groups: dict[int, list] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            groups.setdefault(find(r * n_cols + c), []).append(grid[r][c])
    boxes = []
    for cells in groups.values():
        x0 = min(c.x1 for c in cells); x1 = max(c.x2 for c in cells)
        # Camelot's y axis points up; which of y1/y2 is the top differs by version.
        y_lo = min(min(c.y1, c.y2) for c in cells); y_hi = max(max(c.y1, c.y2) for c in cells)
        boxes.append((x0, page_height - y_hi, x1, page_height - y_lo))
    return boxes


STRATEGIES: dict[str, type] = {"pdfplumber": PdfplumberLattice, "camelot": CamelotLattice}


def get_strategy(name: str) -> TableStrategy:
    try:
        return STRATEGIES[name]()
    except KeyError:
        raise ValueError(f"unknown table strategy {name!r}; choose one of {sorted(STRATEGIES)}") from None
