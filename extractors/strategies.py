"""Page strategies: each way of reading a page's tables is one class behind one interface.

A strategy reads the pages it is given from an opened PDF and returns one ``PageResult``
per page: the page's table fragments (cells with text, the lines printed above each
table), its text when the document's metadata wants it, or the reason it failed. The
router (extractors/routing.py) decides per page which strategy reads it: the text-layer
strategy chosen in the settings (``pdfplumber`` or ``camelot``) for pages with a usable
text layer, ``ocr`` for scans, outlines and garbage text layers. Joining pages, titles,
units and kinds are shared by all strategies (extractors/assemble.py), so strategies
differ only where they really differ: how a page becomes fragments.

The two text-layer strategies share the text assignment (extractors/page.py) and differ
in how they find the ruled grid: pdfplumber's table finder on the PDF's own ruling lines,
or Camelot's lattice on a rendering of the page.
"""
from __future__ import annotations

import logging
from typing import Iterator, Protocol, Sequence

from cnbudget.schemas.model import ProcessingError

from .geometry import Box, line_text, text_lines, visible_edges
from .page import FoundTable, PageResult, page_fragments
from .pdf import OpenPdf, readable_error
from .settings import ExtractionSettings

log = logging.getLogger(__name__)


class PageStrategy(Protocol):
    name: str  # as recorded in tables.strategy
    method: str  # "text" (text layer) or "ocr": tables.method

    def read_pages(self, pdf: OpenPdf, pages: Sequence[int], settings: ExtractionSettings) -> Iterator[PageResult]:
        """One PageResult per page, in the order given; a page that fails is a result
        with an error, never an exception."""


# --------------------------------------------------------------------------- text layer


def page_text(page, settings: ExtractionSettings) -> str:
    """A pdfplumber page's text, line by line, as a reader reads it."""
    lines = text_lines(page.chars, settings.line_overlap)
    return "\n".join(s for s in (line_text(l, settings.word_gap) for l in lines) if s)


class PdfplumberLattice:
    """pdfplumber's table finder on the page's visible ruling lines only.

    Invisible white background rectangles (WPS draws one per cell) are dropped first:
    they would otherwise add phantom grid lines."""

    name = "pdfplumber"
    method = "text"

    def find_tables(self, page, settings: ExtractionSettings) -> list[FoundTable]:
        """Ruled tables on a pdfplumber page, top to bottom."""
        edges = visible_edges(page.edges, settings.edge_min_length, settings.white_threshold)
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

    def read_page(self, page, settings: ExtractionSettings) -> list:
        """The fragments of one pdfplumber page (the Camelot fallback included)."""
        found = page_fragments(page, self.find_tables(page, settings), settings, self.name)
        if not found and self.name != "camelot" and settings.camelot_fallback_min_edges and \
                len(page.edges) >= settings.camelot_fallback_min_edges:
            fallback = STRATEGIES["camelot"]()
            found = page_fragments(page, fallback.find_tables(page, settings), settings, fallback.name)
        return found

    def read_pages(self, pdf: OpenPdf, pages: Sequence[int], settings: ExtractionSettings) -> Iterator[PageResult]:
        for n in pages:
            result = PageResult(n)
            try:
                page = pdf.page(n)
                if n <= settings.metadata_pages:
                    result.text = page_text(page, settings)
                result.fragments = self.read_page(page, settings)
            except Exception as e:  # one bad page must not lose the others
                log.debug("page %s of %s failed", n, pdf.path.name, exc_info=True)
                result.error = ProcessingError("page", readable_error(e), n)
            finally:
                pdf.release(n)
            yield result


class CamelotLattice(PdfplumberLattice):
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


# --------------------------------------------------------------------------- OCR


class OcrStrategy:
    """Pages without a usable text layer: rendered with PDFium, ruled grid found with
    OpenCV, each cell read by PP-OCR (extractors/ocr.py). Many pages are spread over
    worker processes, one engine each."""

    name = "ocr"
    method = "ocr"

    def read_pages(self, pdf: OpenPdf, pages: Sequence[int], settings: ExtractionSettings) -> Iterator[PageResult]:
        from . import ocr  # imported lazily: OpenCV and onnxruntime only when a page needs them

        for res in ocr.ocr_pages(pdf.path, list(pages), settings.ocr, text_pages=settings.metadata_pages):
            if res.error:
                yield PageResult(res.page, error=ProcessingError("ocr", f"OCR failed ({res.error})", res.page))
            else:
                for f in res.fragments:
                    f.strategy = self.name
                yield PageResult(res.page, res.fragments, "\n".join(res.lines) if res.lines else None)


STRATEGIES: dict[str, type] = {"pdfplumber": PdfplumberLattice, "camelot": CamelotLattice, "ocr": OcrStrategy}


def get_strategy(name: str) -> PageStrategy:
    try:
        return STRATEGIES[name]()
    except KeyError:
        raise ValueError(f"unknown page strategy {name!r}; choose one of {sorted(STRATEGIES)}") from None
