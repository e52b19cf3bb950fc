"""Page strategies: each way of reading a page's tables is one class behind one interface.

A strategy reads the pages it is given from an opened PDF and returns one ``PageResult``
per page: the page's table fragments (cells with text, the lines printed above each
table), its text when the document's metadata wants it, or the reason it failed. The
router (extractors/routing.py) decides per page which strategy reads it: the text-layer
strategy chosen in the settings (``pdfplumber``, ``pdfium`` or ``camelot``) for pages
with a usable text layer, ``ocr`` for scans, outlines and garbage text layers. Joining pages, titles,
units and kinds are shared by all strategies (extractors/assemble.py), so strategies
differ only where they really differ: how a page becomes fragments.

The text-layer strategies share the text assignment (extractors/page.py) and differ in
how they read the page or find the ruled grid: pdfplumber's table finder on the PDF's own
ruling lines and characters as pdfminer reads them (``pdfplumber``) or as PDFium reads
them (``pdfium``, extractors/pdfium_text.py: the same dicts, several times faster), or
Camelot's lattice on a rendering of the page.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Iterator, Protocol, Sequence

from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import literal_name
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

from cnbudget.schemas.model import ProcessingError

from .geometry import (Box, close_at_page_edge, close_open_sides, curve_segments, draws_grid, edge_prints, line_text, reading_turn,
                       text_lines, turn_box, turn_object, turned_size, visible_edges)
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
    """A page's text (a pdfplumber page or its PageView), line by line, as a reader reads it."""
    lines = text_lines(page.chars, settings.line_overlap)
    return "\n".join(s for s in (line_text(l, settings.word_gap) for l in lines) if s)


# Colour-space families whose values do not read as device gray, RGB or CMYK by their
# count: a spot colour's or DeviceN's tint (1 = full ink), a palette index, Lab.
_NON_DEVICE_FAMILIES = frozenset({"Separation", "DeviceN", "Indexed", "Lab"})


def _declares_non_device_spaces(resources, seen: set[int] | None = None) -> bool:
    """Whether a resource dictionary (its form XObjects' included) names a Separation,
    DeviceN, Indexed or Lab colour space."""
    seen = set() if seen is None else seen
    resources = resolve1(resources)
    if not isinstance(resources, dict) or id(resources) in seen:
        return False
    seen.add(id(resources))
    spaces = resolve1(resources.get("ColorSpace"))
    for spec in (spaces.values() if isinstance(spaces, dict) else ()):
        spec = resolve1(spec)
        if isinstance(spec, list) and spec and literal_name(resolve1(spec[0])) in _NON_DEVICE_FAMILIES:
            return True
    xobjects = resolve1(resources.get("XObject"))
    for xobj in (xobjects.values() if isinstance(xobjects, dict) else ()):
        attrs = getattr(resolve1(xobj), "attrs", None)
        if attrs and _declares_non_device_spaces(attrs.get("Resources"), seen):
            return True
    return False


class _PaintSpaceAggregator(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's layout device, also noting on each painted path the colour spaces it
    was painted in (pdfminer keeps them for glyphs only; pdfplumber passes ``scs`` and
    ``ncs`` on when an object has them)."""

    def paint_path(self, gstate, stroke, fill, evenodd, path):
        before = len(self.cur_item._objs)
        super().paint_path(gstate, stroke, fill, evenodd, path)
        for obj in self.cur_item._objs[before:]:
            obj.scs, obj.ncs = gstate.scs, gstate.ncs


def colour_spaces_known(page) -> bool:
    """Make each painted path of a pdfplumber page carry its colour spaces (``scs`` for
    the stroke, ``ncs`` for the fill) wherever its colour cannot be read without them.

    pdfminer reports a path's colour as bare numbers, which the count of components
    reads as gray, RGB or CMYK: a spot colour at full tint, (1.0,), looks like white
    gray, its tint 0 like black, a three-colorant DeviceN at full ink like white RGB.
    Only a page that paints paths and declares a spot, DeviceN, palette or Lab colour
    space is ambiguous; such a page's layout is read again with a device that records
    the colour spaces. True when the page was re-read."""
    objects = page.objects
    if not (objects.get("line") or objects.get("rect") or objects.get("curve")):
        return False
    if not _declares_non_device_spaces(page.page_obj.resources):
        return False
    device = _PaintSpaceAggregator(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    _replace_layout(page, device.get_result())
    return True


def _replace_layout(page, layout) -> None:
    """Make ``layout`` the pdfplumber page's layout, from which its objects (chars,
    lines, rects, curves, edges) are then built.

    pdfplumber (0.11) has no public way to read a page through another pdfminer device:
    ``Page.layout`` builds its own PDFPageAggregatorWithMarkedContent and caches the
    result in the private ``_layout``, which it returns when set. This is the one place
    that relies on it: ``_layout`` is one of ``Page.cached_properties``, so
    ``flush_cache()`` (first, dropping the objects built from the old layout) and
    ``close()`` treat it as pdfplumber's own (tests/test_pdfium_backend.py checks both,
    and the spot-colour pages that only this re-read reads right)."""
    page.flush_cache()
    page._layout = layout


@dataclass
class PageView:
    """A text-layer page as the table finder reads it: its glyphs and its visible rules
    (lines, rectangle borders, the straight pieces of paths, each judged by
    geometry.edge_prints), in the frame where its text stands upright. ``turn`` is how
    far the page's text was turned (0: as drawn); ``page_box`` the page's own box, in
    which a grid found on the page itself (Camelot) is placed before turning."""

    page_number: int
    width: float
    height: float
    chars: list[dict]
    rules: list[dict]
    turn: int
    page_box: Box
    page: Any  # the pdfplumber page

    @classmethod
    def of(cls, page, settings: ExtractionSettings) -> "PageView":
        """The view of a pdfplumber page (its paths' colour spaces read where they matter)."""
        colour_spaces_known(page)
        edges = [e for e in page.edges if e["object_type"] != "curve_edge"]
        edges += [e for c in page.curves for e in curve_segments(c)]
        return cls.build(page, edges, settings)

    @classmethod
    def build(cls, page, edges: list[dict], settings: ExtractionSettings) -> "PageView":
        """The view of any page that hands over pdfplumber's chars and box (a pdfplumber
        page through ``of``, or a pdfium_text.PdfiumPage), given its ruling segments
        with their paint."""
        box = tuple(float(v) for v in page.bbox)
        rules = visible_edges(edges, settings.edge_min_length, settings.white_threshold, settings.rule_max_slope)
        chars = page.chars
        rules = close_open_sides(rules, chars, settings.snap_tolerance, settings.open_side_min_width)
        rules = close_at_page_edge(rules, _visible_box(page), settings.snap_tolerance)
        turn = reading_turn(chars, settings.upright_min_share)
        if turn:
            chars = [turn_object(c, turn, box) for c in chars]
            rules = [turn_object(r, turn, box) for r in rules]
        width, height = turned_size(turn, box)
        return cls(page.page_number, width, height, chars, rules, turn, box, page)


def _visible_box(page) -> Box:
    """The part of the page a viewer shows, its crop box within its media box, in the
    frame of the page's objects. Computed from the PDF's own boxes the way pdfminer
    places objects (relative to the media box, turned by /Rotate) and pdfplumber then
    moves them, since pdfplumber's ``cropbox`` is off on pages turned 180 or 270."""
    obj = page.page_obj
    mx0, my0, mx1, my1 = (float(v) for v in obj.mediabox)  # as pdfminer's process_page reads it
    cx0, cy0, cx1, cy1 = (float(v) for v in obj.cropbox)
    lo_x, hi_x = max(min(mx0, mx1), min(cx0, cx1)), min(max(mx0, mx1), max(cx0, cx1))
    lo_y, hi_y = max(min(my0, my1), min(cy0, cy1)), min(max(my0, my1), max(cy0, cy1))
    turn = obj.rotate % 360
    corners = []
    for x, y in ((lo_x, lo_y), (hi_x, hi_y)):
        if turn == 90:
            corners.append((y - my0, mx1 - x))
        elif turn == 180:
            corners.append((mx1 - x, my1 - y))
        elif turn == 270:
            corners.append((my1 - y, x - mx0))
        else:
            corners.append((x - mx0, y - my0))
    (xa, ya), (xb, yb) = corners
    left, top = float(page.mediabox[0]), float(page.mediabox[1])
    height = float(page.height)
    return (min(xa, xb) + left, height - max(ya, yb) + top, max(xa, xb) + left, height - min(ya, yb) + top)


class _RuledTableFinder(TableFinder):
    """pdfplumber's TableFinder, with its search for the smallest cell at each
    intersection (``smallest_cells``) done without pdfplumber's quadratic scans: the
    same cells in the same order, the same tables."""

    def __init__(self, page, settings: TableSettings):
        self.page = page
        self.settings = settings
        self.edges = self.get_edges()
        self.intersections = edges_to_intersections(self.edges, settings.intersection_x_tolerance,
                                                    settings.intersection_y_tolerance)
        self.cells = smallest_cells(self.intersections)
        self.tables = [Table(page, group) for group in cells_to_tables(self.cells)]


def smallest_cells(intersections: dict) -> list[Box]:
    """What pdfplumber's ``intersections_to_cells`` returns, in the same order: for each
    intersection point (sorted by x, then top), the smallest box whose four corners are
    intersections joined by shared edges, with that point as its top-left corner.

    pdfplumber scans every later point for each point (quadratic in the points) and
    rebuilds the sets of edges at each point for every pair it tests; here the points
    below and to the right of each one come from its column and its row, and each
    point's edges are collected once."""
    def boxes(edges) -> frozenset:
        return frozenset((e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges)

    v_at = {p: boxes(d["v"]) for p, d in intersections.items()}
    h_at = {p: boxes(d["h"]) for p, d in intersections.items()}

    def connects(p1, p2) -> bool:  # pdfplumber's edge_connects
        if p1[0] == p2[0] and not v_at[p1].isdisjoint(v_at[p2]):
            return True
        return p1[1] == p2[1] and not h_at[p1].isdisjoint(h_at[p2])

    points = sorted(intersections)
    columns: dict[float, list] = {}
    rows: dict[float, list] = {}
    for p in points:  # each column top to bottom, each row left to right, as in the sort
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    in_column = {p: i for col in columns.values() for i, p in enumerate(col)}
    in_row = {p: i for row in rows.values() for i, p in enumerate(row)}
    cells = []
    for pt in points:
        below = columns[pt[0]][in_column[pt] + 1:]
        right = rows[pt[1]][in_row[pt] + 1:]
        found = None
        for below_pt in below:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                corner = (right_pt[0], below_pt[1])
                if corner in intersections and connects(corner, right_pt) and connects(corner, below_pt):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


class PdfplumberLattice:
    """pdfplumber's table finder on the page's visible ruling lines only.

    Invisible white background rectangles (WPS draws one per cell) are dropped first:
    they would otherwise add phantom grid lines. The page is read upright (PageView)."""

    name = "pdfplumber"
    method = "text"

    def find_tables(self, view: PageView, settings: ExtractionSettings) -> list[FoundTable]:
        """Ruled tables on a page, top to bottom, in the view's frame."""
        v = [e for e in view.rules if e["orientation"] == "v"]
        h = [e for e in view.rules if e["orientation"] == "h"]
        if len(v) < 2 or len(h) < 2:
            return []
        tol = settings.snap_tolerance
        finder = _RuledTableFinder(view, TableSettings.resolve({
            "vertical_strategy": "explicit",
            "horizontal_strategy": "explicit",
            "explicit_vertical_lines": v,
            "explicit_horizontal_lines": h,
            "snap_tolerance": tol,
            "join_tolerance": tol,
            "intersection_tolerance": tol,
            "edge_min_length": settings.edge_min_length,
        }))
        found = [FoundTable(tuple(t.bbox), [tuple(c) for c in t.cells]) for t in finder.tables]
        return sorted(found, key=lambda t: (t.bbox[1], t.bbox[0]))

    def read_view(self, view: PageView, settings: ExtractionSettings) -> list:
        """The fragments of one page view (the Camelot fallback included)."""
        found = page_fragments(view, self.find_tables(view, settings), settings, self.name)
        if not found and self.name != "camelot" and settings.camelot_fallback_min_edges and \
                len(view.rules) >= settings.camelot_fallback_min_edges:
            fallback = STRATEGIES["camelot"]()
            found = page_fragments(view, fallback.find_tables(view, settings), settings, fallback.name)
        return found

    def read_page(self, page, settings: ExtractionSettings) -> list:
        """The fragments of one pdfplumber page."""
        return self.read_view(PageView.of(page, settings), settings)

    def page(self, pdf: OpenPdf, number: int):
        """Page ``number`` as this strategy reads it (the router looks at the same
        object): a pdfplumber page, parsed once until released."""
        return pdf.page(number)

    def view(self, pdf: OpenPdf, number: int, settings: ExtractionSettings) -> PageView:
        return PageView.of(self.page(pdf, number), settings)

    def read_pages(self, pdf: OpenPdf, pages: Sequence[int], settings: ExtractionSettings) -> Iterator[PageResult]:
        for n in pages:
            result = PageResult(n)
            try:
                view = self.view(pdf, n, settings)
                if n <= settings.metadata_pages:
                    result.text = page_text(view, settings)
                result.fragments = self.read_view(view, settings)
                if not result.fragments and draws_grid(view.rules, settings.ruled_grid_min_lines,
                                                       settings.ruled_grid_gap, settings.snap_tolerance):
                    result.error = ProcessingError("page", "draws ruled lines but no table was found", n)
            except Exception as e:  # one bad page must not lose the others
                log.debug("page %s of %s failed", n, pdf.path.name, exc_info=True)
                result.error = ProcessingError("page", readable_error(e), n)
            finally:
                pdf.release(n)
            yield result


class PdfiumLattice(PdfplumberLattice):
    """pdfplumber's table finder, and everything after it, fed by PDFium.

    The page's characters and path objects are read through PDFium (pdfium_text.PdfiumPage)
    instead of pdfminer, as the same dicts: the same visible rules, the same cells and
    text, at a fraction of the CPU. The page pre-scan's PDFium load is the one read. A
    file PDFium cannot open, or whose pages it numbers otherwise than pdfminer, is read
    through pdfplumber as before."""

    name = "pdfium"

    def __init__(self) -> None:
        self._held: tuple[OpenPdf, int, Any] | None = None  # the page the router just looked at

    def page(self, pdf: OpenPdf, number: int):
        held = self._held
        if held is not None and held[0] is pdf and held[1] == number:
            return held[2]
        loaded = pdf.pdfium_page(number)
        if loaded is None:
            page = pdf.page(number)
        else:
            from .pdfium_text import PdfiumPage  # ctypes bindings: only when this strategy reads

            page = PdfiumPage(loaded, pdf.plumber.pages[number - 1], number)
        self._held = (pdf, number, page)
        return page

    def view(self, pdf: OpenPdf, number: int, settings: ExtractionSettings) -> PageView:
        page = self.page(pdf, number)
        self._held = None  # read once: released with the page
        if page is pdf.plumber.pages[number - 1]:  # PDFium could not load it
            return PageView.of(page, settings)
        white = settings.white_threshold
        return PageView.build(page, page.ruling_edges(lambda paint: edge_prints(paint, white)), settings)


class CamelotLattice(PdfplumberLattice):
    """Camelot's lattice flavour: finds ruling lines in a rendering of the page.

    Camelot returns a full grid with a flag per cell side saying whether a line is
    drawn there; cells joined by a missing line are merged back into one box."""

    name = "camelot"

    def find_tables(self, view: PageView, settings: ExtractionSettings) -> list[FoundTable]:
        import camelot  # imported lazily: it is heavy and only this strategy needs it

        page = view.page
        path = page.pdf.stream.name
        height = float(page.height)
        tables = camelot.read_pdf(path, pages=str(page.page_number), flavor="lattice",
                                  suppress_stdout=True)
        found = []
        for t in tables:
            # Camelot reads the page as drawn: its cells are turned into the view's frame.
            boxes = [turn_box(b, view.turn, view.page_box) for b in _merge_camelot_cells(t.cells, height)]
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
    OpenCV, each cell read by PP-OCR (extractors/ocr.py), with the process's one engine
    (a batch spreads a long scan's pages over its warm workers, flows/dispatch.py)."""

    name = "ocr"
    method = "ocr"

    def read_pages(self, pdf: OpenPdf, pages: Sequence[int], settings: ExtractionSettings) -> Iterator[PageResult]:
        return self.read_file(pdf.path, pages, settings)

    def read_file(self, path, pages: Sequence[int], settings: ExtractionSettings) -> Iterator[PageResult]:
        """read_pages from the file's path alone (the page is rendered by PDFium)."""
        from . import ocr  # imported lazily: OpenCV and onnxruntime only when a page needs them

        for res in ocr.ocr_pages(path, list(pages), settings.ocr, text_pages=settings.metadata_pages):
            if res.error:
                yield PageResult(res.page, error=ProcessingError("ocr", f"OCR failed ({res.error})", res.page))
            else:
                for f in res.fragments:
                    f.strategy = self.name
                yield PageResult(res.page, res.fragments, "\n".join(res.lines) if res.lines else None)


STRATEGIES: dict[str, type] = {"pdfplumber": PdfplumberLattice, "pdfium": PdfiumLattice, "camelot": CamelotLattice,
                               "ocr": OcrStrategy}


def get_strategy(name: str) -> PageStrategy:
    try:
        return STRATEGIES[name]()
    except KeyError:
        raise ValueError(f"unknown page strategy {name!r}; choose one of {sorted(STRATEGIES)}") from None
