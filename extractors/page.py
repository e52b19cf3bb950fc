"""One page's ruled tables as fragments: cells with text, plus the text printed above
each table (where its title and unit are)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from cnbudget.schemas.model import ProcessingError
from cnbudget.schemas.text import HEADER_UNIT, UNIT_ANNOUNCEMENT, UNIT_CODES, cjk_spaces

from .geometry import Box, GridCell, assign_chars, box_text, line_text, place_cells, text_lines
from .settings import ExtractionSettings


@dataclass
class FoundTable:
    """A ruled table a grid finder located on a page: its box and its cells' boxes."""

    bbox: Box
    cell_boxes: list[Box]


@dataclass
class FragmentCell:
    grid: GridCell
    text: str
    confidence: float = 1.0  # 1.0 from the text layer; the recognition score from OCR


@dataclass
class Fragment:
    """A ruled table as printed on one page (a logical table may span several)."""

    page: int  # 1-based
    bbox: Box
    xs: list[float]
    ys: list[float]
    cells: list[FragmentCell]
    unassigned_chars: int
    lines_above: list[str] = field(default_factory=list)  # text lines between the previous table (or page top) and this one
    first_on_page: bool = False
    last_on_page: bool = False
    page_height: float = 0.0
    method: str = "text"  # "text" (text layer) | "ocr" (extractors/ocr.py)
    strategy: str = ""  # the page strategy that read it (extractors/strategies.py)

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def row_texts(self) -> list[tuple[str, ...]]:
        rows: list[list[tuple[int, str]]] = [[] for _ in range(self.n_rows)]
        for c in self.cells:
            rows[c.grid.row].append((c.grid.col, c.text))
        return [tuple(t for _, t in sorted(r)) for r in rows]


@dataclass
class PageResult:
    """What a page strategy made of one page: its table fragments, its text when the
    document's metadata wants it, and the error when the page could not be read."""

    page: int  # 1-based
    fragments: list[Fragment] = field(default_factory=list)
    text: str | None = None  # the page's text lines (cover and first pages only)
    error: ProcessingError | None = None


def page_fragments(page, found: list[FoundTable], settings: ExtractionSettings,
                   strategy: str = "") -> list[Fragment]:
    """The ruled tables found on a pdfplumber page, with each cell's text."""
    chars = page.chars
    fragments: list[Fragment] = []
    for t in found:
        cells, xs, ys = place_cells(t.cell_boxes, settings.snap_tolerance)
        if len(xs) - 1 < settings.min_cols or len(ys) - 1 < settings.min_rows or not cells:
            continue
        per_cell, unassigned = assign_chars(chars, cells, xs, ys)
        fcells = [FragmentCell(g, box_text(cs, settings.word_gap, settings.line_overlap))
                  for g, cs in zip(cells, per_cell)]
        fcells.sort(key=lambda c: (c.grid.row, c.grid.col))
        fragments.append(Fragment(page.page_number, (xs[0], ys[0], xs[-1], ys[-1]), xs, ys, fcells,
                                  unassigned, page_height=float(page.height), strategy=strategy))
    if fragments:
        fragments[0].first_on_page = True
        fragments[-1].last_on_page = True
        _attach_lines_above(chars, fragments, settings)
    return fragments


def _attach_lines_above(chars, fragments: list[Fragment], settings: ExtractionSettings) -> None:
    """Text lines printed between consecutive tables (or the page top) and each table."""
    upper = 0.0
    for f in fragments:
        top = f.bbox[1]
        band = [c for c in chars if upper - 1 <= c["top"] and c["bottom"] <= top + 1]
        f.lines_above = [s for s in (line_text(l, settings.word_gap) for l in text_lines(band, settings.line_overlap)) if s]
        upper = f.bbox[3]


_PART_HEADING = re.compile(r"^第.{1,3}部分")
_TITLE_END = re.compile(r"表[）)]?$")
# Spaces between ideographs or quotes: titles print "“ 三 公 ” 经 费" letter-spaced.
_SPACES_IN_CJK = cjk_spaces('“”"')


def clean_title(line: str) -> str:
    return _SPACES_IN_CJK.sub("", line).strip()


def title_from_lines(lines: list[str]) -> str | None:
    """The table's title: the last line above it that reads as a table title (ends in
    表), skipping part headings such as "第二部分 … 决算表"."""
    for line in reversed(lines):
        t = clean_title(line)
        if len(t) < 3 or _PART_HEADING.match(t) or "目录" in t or "目 录" in line:
            continue
        if _TITLE_END.search(t):
            return t
    return None


def unit_from_lines(lines: list[str]) -> tuple[str | None, str | None]:
    """("单位：万元", "wan_yuan") from the lines above a table, else (None, None)."""
    for line in reversed(lines):
        m = UNIT_ANNOUNCEMENT.search(line)
        if m:
            return m.group(0), UNIT_CODES[m.group(1)]
    return None, None


def unit_from_header(texts: list[str]) -> tuple[str | None, str | None]:
    """A unit declared in a column header, e.g. 预算数（万元）."""
    for t in texts:
        m = HEADER_UNIT.search(t)
        if m:
            return m.group(0), UNIT_CODES[m.group(1)]
    return None, None
