"""Drawing primitives for the sample PDFs, at reportlab canvas level (exact control over
every ruled line and string): page geometry, mixed CJK/Latin text, character wrapping,
ruled cells, and ``PdfWriter``, a canvas with a page counter.

``PdfWriter`` opens its canvas with reportlab ``invariant=1`` (no timestamps or random
document ids): the same drawing gives the same bytes.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as rl_canvas

from .fonts import FONT_NAME, register_font, text_runs, text_width


FONT_SIZE = 9.0
LINE_H = 11.0
PAD = 4.0
ROW_H = 20.0
MARGIN = 50.0
PORTRAIT = A4
LANDSCAPE = landscape(A4)


def draw_text(c: rl_canvas.Canvas, x: float, y: float, text: str, size: float,
              align: str = "l", bold: bool = False) -> None:
    """Draw mixed CJK/Latin text with its baseline at y; align l (x = left edge),
    c (x = centre) or r (x = right edge); bold = fake bold (fill + stroke)."""
    w = text_width(text, size)
    if align == "c":
        x -= w / 2
    elif align == "r":
        x -= w
    c.saveState()
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setTextRenderMode(2 if bold else 0)
    if bold:
        c.setLineWidth(0.3)
    for font, run in text_runs(text):
        t.setFont(font, size)
        t.textOut(run)
    c.drawText(t)
    c.restoreState()


def wrap_text(text: str, width: float, size: float = FONT_SIZE) -> list[str]:
    """Greedy character wrap of ``text`` (explicit "\\n" kept) into lines <= width."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if line and text_width(line + ch, size) > width:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


@dataclass
class PlacedCell:
    """A cell placed on a page: top-left coordinates (y grows downwards)."""

    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    x: float
    y: float
    w: float
    h: float
    align: str = "c"  # l | c | r
    is_header: bool = False


# How a grid's rules are printed, as the converters real disclosures come from print them:
#   cells       each cell's rectangle stroked (Word, most PDF printers);
#   filled      each cell edge a thin filled rectangle, no stroke at all (Excel and WPS
#               "export to PDF" draw borders so);
#   open        no outer left and right sides (Word tables whose side borders are off);
#   horizontal  horizontal rules only, the columns told apart by their text alone.
RULES = ("cells", "filled", "open", "horizontal")


def _rule_edges(pc: PlacedCell, page_h: float, left: float, right: float, rules: str):
    """The cell's edges to print under ``rules``: (x0, y0, x1, y1) in canvas space."""
    x0, x1, y0, y1 = pc.x, pc.x + pc.w, page_h - pc.y - pc.h, page_h - pc.y
    edges = [(x0, y1, x1, y1), (x0, y0, x1, y0)]  # top, bottom
    if rules != "horizontal":
        edges += [(x, y0, x, y1) for x in (x0, x1)
                  if not (rules == "open" and (abs(x - left) < 0.5 or abs(x - right) < 0.5))]
    return edges


def draw_grid(c: rl_canvas.Canvas, page_h: float, cells: list[PlacedCell],
              size: float = FONT_SIZE, line_width: float = 0.6, rules: str = "cells",
              shaded_rows: tuple[int, ...] = ()) -> None:
    """Draw ruled cells (their rules printed as ``rules`` says, see RULES; the cells of
    ``shaded_rows`` filled light grey, as system exports shade their header) and their
    wrapped text."""
    if rules not in RULES:
        raise ValueError(f"rules must be one of {RULES}, not {rules!r}")
    c.setLineWidth(line_width)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FONT_NAME, size)
    left = min((pc.x for pc in cells), default=0.0)
    right = max((pc.x + pc.w for pc in cells), default=0.0)
    if any(pc.row in shaded_rows for pc in cells):
        c.setFillColorRGB(0.85, 0.85, 0.85)
        for pc in cells:
            if pc.row in shaded_rows:
                c.rect(pc.x, page_h - pc.y - pc.h, pc.w, pc.h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    for pc in cells:
        if rules == "cells":
            c.rect(pc.x, page_h - pc.y - pc.h, pc.w, pc.h, stroke=1, fill=0)
        else:
            for ex0, ey0, ex1, ey1 in _rule_edges(pc, page_h, left, right, rules):
                if rules == "filled":
                    half = line_width / 2
                    c.rect(min(ex0, ex1) - half, min(ey0, ey1) - half, abs(ex1 - ex0) + line_width,
                           abs(ey1 - ey0) + line_width, stroke=0, fill=1)
                else:
                    c.line(ex0, ey0, ex1, ey1)
        if not pc.text:
            continue
        lines = wrap_text(pc.text, pc.w - 2 * PAD, size)
        block = len(lines) * LINE_H
        top = pc.y + (pc.h - block) / 2
        for i, ln in enumerate(lines):
            base = page_h - (top + i * LINE_H + LINE_H * 0.78)
            if pc.align == "l":
                draw_text(c, pc.x + PAD, base, ln, size, "l")
            elif pc.align == "r":
                draw_text(c, pc.x + pc.w - PAD, base, ln, size, "r")
            else:
                draw_text(c, pc.x + pc.w / 2, base, ln, size, "c")


def cell_height(text: str, width: float, min_h: float = ROW_H) -> float:
    n = len(wrap_text(text, width - 2 * PAD)) if text else 1
    return max(min_h, n * LINE_H + 9)


def bold_text(c: rl_canvas.Canvas, x: float, y: float, text: str, size: float,
              centred: bool = True) -> None:
    """Fake-bold (fill+stroke) text, as the fallback font has no bold face."""
    draw_text(c, x, y, text, size, "c" if centred else "l", bold=True)


class PdfWriter:
    """A canvas with a page counter and per-page orientation."""

    def __init__(self, buf: io.BytesIO, title: str):
        register_font()
        self.c = rl_canvas.Canvas(buf, pagesize=PORTRAIT, invariant=1,
                                  pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("cnbudget samples")
        self.c.setCreator("cnbudget")
        self.page = 1
        self.size = PORTRAIT
        self.started = False

    def new_page(self, land: bool = False) -> tuple[float, float]:
        if self.started:
            self.c.showPage()
            self.page += 1
        self.started = True
        self.size = LANDSCAPE if land else PORTRAIT
        self.c.setPageSize(self.size)
        return self.size

    def finish(self) -> int:
        self.c.showPage()
        self.c.save()
        return self.page


def _wrap_first_indent(para: str, width: float, indent: float, size: float) -> list[str]:
    first = wrap_text(para, width - indent, size)[0]
    rest = para[len(first):]
    return [first] + (wrap_text(rest, width, size) if rest else [])


def draw_text_page(w: PdfWriter, heading: str, paragraphs: list[str]) -> None:
    pw, ph = w.new_page(False)
    bold_text(w.c, pw / 2, ph - 80, heading, 16)
    size = 11.0
    width = pw - 2 * MARGIN
    y = 120.0
    for para in paragraphs:
        for j, ln in enumerate(_wrap_first_indent(para, width, 2 * size, size)):
            if y > ph - MARGIN:
                pw, ph = w.new_page(False)
                y = MARGIN + 20
            draw_text(w.c, MARGIN + (2 * size if j == 0 else 0), ph - y, ln, size)
            y += size * 1.9
        y += 4


def draw_cover(w: PdfWriter, lines: list[tuple[str, float]], land: bool = False) -> None:
    pw, ph = w.new_page(land)
    y = ph * 0.62
    for text, size in lines:
        bold_text(w.c, pw / 2, y, text, size)
        y -= size * 2.6
