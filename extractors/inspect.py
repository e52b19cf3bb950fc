"""One page as extraction reads it, for a picture of it (``cnbudget inspect``): the route
and strategy, the ruling lines seen, each table fragment found with its grid, merged
cells and cell confidence, and the title and unit with the printed lines they came
from. The same router, strategy, grid and heading search as a run, so a person can see
why a table came out as it did; datasets/page_picture.py draws it.

Coordinates are PDF points from the page's top-left corner, in the frame where the
page's text stands upright (extractors/strategies.PageView; ``turn`` says how far that
frame is turned from the page as a viewer shows it).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .geometry import Box, line_text, text_lines
from .page import Fragment, Heading, find_heading, title_of_line, unit_from_lines
from .settings import DEFAULT_SETTINGS, ExtractionSettings


class InspectError(Exception):
    """A readable one-line reason the page cannot be inspected."""


@dataclass
class PlacedLine:
    """A line of text the page prints, with its box."""

    text: str
    box: Box
    chars: list[dict] = field(default_factory=list, repr=False)


@dataclass
class InspectedTable:
    """A table fragment found on the page, its heading and where the heading is printed."""

    fragment: Fragment
    heading: Heading
    title_box: Box | None = None
    unit_box: Box | None = None


@dataclass
class PageInspection:
    """What the extractor made of one page."""

    path: Path
    page: int  # 1-based
    page_count: int
    route: str  # "text", or "ocr (<why>)"
    strategy: str
    turn: int = 0  # degrees the page's text is turned (its tables are in the upright frame)
    rules: list[dict] = field(default_factory=list)  # visible ruling segments (text-layer pages)
    tables: list[InspectedTable] = field(default_factory=list)
    error: str | None = None  # why the page could not be read (the picture still shows it)

    def summary(self) -> str:
        """One line per table, for a terminal."""
        head = f"{self.path.name} page {self.page}/{self.page_count}: {self.route}, strategy {self.strategy}"
        if self.turn:
            head += f", text turned {self.turn}°"
        lines = [head + (f"; {self.error}" if self.error else f"; {len(self.tables)} table(s)")]
        for i, t in enumerate(self.tables, 1):
            f = t.fragment
            merged = sum(1 for c in f.cells if c.grid.row_span > 1 or c.grid.col_span > 1)
            low = min((c.confidence for c in f.cells), default=1.0)
            lines.append(f"  table {i}: {f.n_rows}x{f.n_cols} grid, {len(f.cells)} cells ({merged} merged), "
                         f"{f.method}/{f.strategy}, lowest confidence {low:.2f}; title "
                         f"{t.heading.title or '-'} ({t.heading.where or 'not found'}), unit {t.heading.unit_raw or '-'}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- reading


def inspect_page(path: str | os.PathLike, page: int, settings: ExtractionSettings = DEFAULT_SETTINGS) -> PageInspection:
    """Route and read one page as a run would, keeping what the picture needs.

    The page is read alone: a title a run would carry over from the foot of the previous
    page is not looked for, and the pre-scan that skips text-only pages is not applied.
    Raises InspectError for a file that cannot be opened or a page out of range."""
    from .document import read_ocr_page
    from .pdf import PdfUnreadable, open_pdf, readable_error
    from .routing import route_page
    from .strategies import get_strategy

    path = Path(path)
    try:
        pdf = open_pdf(path, settings.limits)
    except PdfUnreadable as e:
        raise InspectError(f"{path}: {e}") from None
    with pdf:
        if not 1 <= page <= pdf.page_count:
            raise InspectError(f"{path}: no page {page} (the document has {pdf.page_count})")
        strategy = get_strategy(settings.strategy)
        result = PageInspection(path, page, pdf.page_count, "text", strategy.name)
        try:
            why = route_page(strategy.page(pdf, page), settings)
            if not why:
                view = strategy.view(pdf, page, settings)
                result.turn, result.rules = view.turn, list(view.rules)
                fragments = strategy.read_view(view, settings)
                lines = [PlacedLine(t, _line_box(l), l) for l in text_lines(view.chars, settings.line_overlap)
                         if (t := line_text(l, settings.word_gap))]
                result.tables = [_headed(f, lines) for f in fragments]
                return result
        except Exception as e:  # a page that fails in a run fails here too, said in one line
            result.error = readable_error(e)
            return result
        finally:
            pdf.release(page)
    result.route, result.strategy = f"ocr ({why})", "ocr"
    read = read_ocr_page(path, page, settings)
    result.error = str(read.error) if read.error else None
    result.tables = [InspectedTable(f, find_heading(f)) for f in read.fragments]  # no glyph boxes to place it
    return result


def _line_box(chars: Sequence[dict]) -> Box:
    return (min(c["x0"] for c in chars), min(c["top"] for c in chars),
            max(c["x1"] for c in chars), max(c["bottom"] for c in chars))


def _headed(fragment: Fragment, lines: list[PlacedLine]) -> InspectedTable:
    """The fragment's heading as a run resolves it on this page (page.find_heading, the
    lines below when nothing is above), and the printed lines it came from, nearest the
    table first."""
    heading = find_heading(fragment)
    if heading.title is None and fragment.last_on_page:
        below = find_heading(fragment, below=True)
        if below.where == "below":
            heading = below
    table = InspectedTable(fragment, heading)
    top, bottom = fragment.bbox[1], fragment.bbox[3]

    def nearest(match) -> Box | None:
        found = [l for l in lines if match(l.text)]
        found.sort(key=lambda l: min(abs(l.box[3] - top), abs(l.box[1] - bottom)))
        return found[0].box if found else None

    if heading.title and heading.where != "label":
        table.title_box = nearest(lambda t: title_of_line(t) == heading.title)
    if heading.unit_raw:
        table.unit_box = nearest(lambda t: unit_from_lines([t])[0] == heading.unit_raw)
        if table.unit_box:  # the unit's own glyphs, not the whole line (编制单位：… 单位：元)
            line = next(l for l in lines if l.box == table.unit_box)
            table.unit_box = _span_box(line, heading.unit_raw) or table.unit_box
    return table


def _span_box(line: PlacedLine, text: str) -> Box | None:
    """The box of ``text`` inside a printed line, from its glyphs (spaces ignored)."""
    chars = [c for c in line.chars if c["text"].strip()]
    joined = "".join(c["text"] for c in chars)
    at = joined.find("".join(text.split()))
    if at < 0:
        return None
    return _line_box(chars[at:at + len("".join(text.split()))])


def page_turn(path: str | os.PathLike, page: int, settings: ExtractionSettings = DEFAULT_SETTINGS) -> int:
    """How far the text of a page is turned (0, 90, 180, 270), as a run reads it: the
    frame its tables' coordinates are in. Read through PDFium (milliseconds); 0 when the
    page cannot be read that way."""
    from .geometry import reading_turn
    from .pdf import open_pdf
    from .strategies import PdfiumLattice

    try:
        with open_pdf(path, settings.limits) as pdf:
            return reading_turn(PdfiumLattice().page(pdf, page).chars, settings.upright_min_share)
    except Exception:  # a picture is still worth having upright or not
        return 0
