"""One page's ruled tables as fragments: cells with text, plus the text printed around
each table (above, below, and caption rows drawn inside its grid), and the one function
that reads a table's title and unit from that text (``find_heading``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from cnbudget.schemas.model import ProcessingError
from cnbudget.schemas.text import BARE_CAPTION_UNIT, HEADER_UNIT, UNIT_ANNOUNCEMENT, UNIT_CODES, cjk_spaces, compact, nfkc

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
    lines_below: list[str] = field(default_factory=list)  # text lines between this table and the next one (or the page bottom)
    grid_lines: list[str] = field(default_factory=list)  # caption rows lifted from the top of the grid (lift_caption_rows)
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
        _attach_lines_around(chars, fragments, float(page.height), settings)
        for f in fragments:
            lift_caption_rows(f)
    return fragments


def _attach_lines_around(chars, fragments: list[Fragment], page_height: float,
                         settings: ExtractionSettings) -> None:
    """Text lines printed between consecutive tables (or the page top) and each table,
    and below each table down to the next one (or the page bottom). Lines are found by
    position, so a title written after the table in the PDF's text stream (Excel
    exports) is still above it."""
    def band_lines(upper: float, lower: float) -> list[str]:
        band = [c for c in chars if upper - 1 <= c["top"] and c["bottom"] <= lower + 1]
        return [s for s in (line_text(l, settings.word_gap) for l in text_lines(band, settings.line_overlap)) if s]

    upper = 0.0
    for i, f in enumerate(fragments):
        f.lines_above = band_lines(upper, f.bbox[1])
        lower = fragments[i + 1].bbox[1] if i + 1 < len(fragments) else page_height
        f.lines_below = band_lines(f.bbox[3], lower)
        upper = f.bbox[3]


# --------------------------------------------------------------------------- titles

_PART_HEADING = re.compile(r"^第.{1,3}部分")
# A bracketed note closing a title: （按功能分类） （功能科目） （预算表1） (2023年度) 【续】.
_BRACKET_TAIL = re.compile(r"[（(【\[［〔][^（()）【】\[\]［］〔〕]{1,24}[)）】\]］〕]$")
_NUMBER = r"[0-9一二三四五六七八九十]+(?:[-—.][0-9]+)*"
# A table-number label printed beside, above or below a title (matched in compact NFKC
# form, so （） are ()), optionally marked 续.
_LABEL_FORMS = (
    rf"(?:附件{_NUMBER}:?)?(?:部门|单位)?(?:公开|预算|决算)?附?表[.:]?{_NUMBER}:?",  # 表7 附表3 部门公开表9 表.15-2
    rf"(?:部门|单位)?(?:公开|预算|决算){_NUMBER}表",  # 公开05表 预算01表
    rf"附件{_NUMBER}:?",  # 附件2
)
_TABLE_LABEL = re.compile("^(?:" + "|".join(_LABEL_FORMS) + r")(?:\(续\))?$")
# Lines that are sentences about a table, not its title: notes, "本表…", "详见下表。".
_NOT_A_TITLE = re.compile(r"^(?:注|备注|说明):|[。;]|本表|此表|下表|上表|附表:?$")
# 部门：…, 编制单位：…, 预算单位：…, 单位名称：… (the owner line beside the unit).
_OWNER_LINE = re.compile(r"^(?:编制|预算|填报|主管)?(?:单位|部门)(?:名称)?(?:\(单位\))?:")
_YEAR_LINE = re.compile(r"^\(?(?:19|20)\d{2}年度?\)?$")
# Spaces between ideographs or quotes: titles print "“ 三 公 ” 经 费" letter-spaced.
_SPACES_IN_CJK = cjk_spaces('“”"')


def clean_title(line: str) -> str:
    return _SPACES_IN_CJK.sub("", line).strip()


def is_table_label(line: str) -> bool:
    """A table-number label alone: 公开05表, 表7, 附表3, 预算01表 (it carries no kind)."""
    return bool(_TABLE_LABEL.match(compact(line)))


# Where a caption line goes on from its title to the owner or the unit:
# "收入预算总表 部门：中共江苏省委办公厅", "收支总表 单位：万元".
_CAPTION_TAIL = re.compile(r"(?:编制|预算|填报|主管)?(?:单位|部门)(?:名称)?[:：]|(?:金额)?单位[:：]")


def title_of_line(line: str) -> str | None:
    """The title a line prints, or None: a line reads as a table title when it ends in
    表 once bracketed notes such as （按功能分类）, （经济科目）, （预算表1）, (2023年度)
    and an owner or unit printed after it on the same line are set aside. A bare table
    number (公开05表), a part heading (第二部分 … 预算表), a table of contents and a
    sentence about a table (注：本表…) are not titles."""
    text = clean_title(line)
    m = _CAPTION_TAIL.search(text)
    if m and m.start() > 0:
        text = text[:m.start()].rstrip(" （(")  # 收支总表（单位：万元） -> 收支总表
    t = compact(text)
    if len(t) < 3 or len(t) > 80 or _PART_HEADING.match(t) or "目录" in t:
        return None
    if is_table_label(t) or _NOT_A_TITLE.search(t) or UNIT_ANNOUNCEMENT.search(t) or _CAPTION_TAIL.match(t):
        return None
    while _BRACKET_TAIL.search(t):
        t = _BRACKET_TAIL.sub("", t)
    return text if t.endswith("表") and not is_table_label(t) else None


def is_title_line(line: str) -> bool:
    return title_of_line(line) is not None


def is_caption_line(line: str) -> bool:
    """A line of a table's caption block other than its title: the unit, the owner
    (编制单位：…), a year, a table number."""
    t = compact(line)
    return bool(UNIT_ANNOUNCEMENT.search(t) or _OWNER_LINE.match(t) or _YEAR_LINE.match(t)
                or is_table_label(t))


def unit_from_lines(lines: list[str]) -> tuple[str | None, str | None]:
    """("单位：万元", "wan_yuan") from a table's caption lines (the last one that says),
    else (None, None)."""
    for line in reversed(lines):
        m = UNIT_ANNOUNCEMENT.search(line)
        if m:
            return m.group(0), UNIT_CODES[m.group(1)]
    # No announcement: a unit word printed bare after the owner or title (… 万元).
    for line in reversed(lines):
        m = BARE_CAPTION_UNIT.match(nfkc(line).strip())
        if m:
            return m.group(1), UNIT_CODES[m.group(1)]
    return None, None


def unit_from_header(texts: list[str]) -> tuple[str | None, str | None]:
    """A unit declared in a column header, e.g. 预算数（万元）."""
    for t in texts:
        m = HEADER_UNIT.search(t)
        if m:
            return m.group(0), UNIT_CODES[m.group(1)]
    return None, None


# --------------------------------------------------------------------------- title rows in the grid


def _caption_row(texts: list[str]) -> bool:
    """A grid row holding only a table's caption: its title, unit, owner or number."""
    return bool(texts) and all(is_title_line(t) or is_caption_line(t) for t in texts)


def lift_caption_rows(fragment: Fragment, max_rows: int = 3) -> None:
    """Move the caption rows drawn inside the top of a ruled grid (长春: row 1 收支总表
    （预算表1）, row 2 预算单位：… 单位：万元) out of the cells into fragment.grid_lines,
    so they are the table's title and unit rather than header cells. Only leading rows
    whose every text is caption text move, and only when one of them is a title or a
    unit; a grid is never emptied."""
    rows = fragment.row_texts()
    n = 0
    while n < min(max_rows, len(rows) - 1) and _caption_row([t for t in rows[n] if t]):
        n += 1
    lifted = [t for r in rows[:n] for t in r if t]
    if not any(is_title_line(t) or UNIT_ANNOUNCEMENT.search(compact(t)) for t in lifted):
        return
    # A caption cell spanning into the kept rows would be cut: keep the grid as it is.
    if any(c.grid.row < n < c.grid.row + c.grid.row_span for c in fragment.cells):
        return
    fragment.grid_lines = lifted
    kept = [c for c in fragment.cells if c.grid.row >= n]
    for c in kept:
        c.grid = GridCell(c.grid.row - n, c.grid.col, c.grid.row_span, c.grid.col_span, c.grid.box)
    fragment.cells = kept
    fragment.ys = fragment.ys[n:]
    fragment.bbox = (fragment.bbox[0], fragment.ys[0], fragment.bbox[2], fragment.bbox[3])


# --------------------------------------------------------------------------- heading


@dataclass
class Heading:
    """A table's title and unit and where they were printed: "grid" (caption rows inside
    the ruled grid), "above" (lines above the table), "previous page" (a caption left at
    the foot of the page before), "below" (under the table), "label" (only a table
    number such as 公开05表 was found: it is the title) or None (nothing). ``label`` is
    the table number printed beside or next to the title. ``caption``: the lines printed
    between a title above the table and its grid (the owner, a form's 项目名称：… line)."""

    title: str | None = None
    unit_raw: str | None = None
    unit: str | None = None
    where: str | None = None
    label: str | None = None
    caption: list[str] = field(default_factory=list)


def find_heading(fragment: Fragment, carried: Sequence[str] = (), below: bool = False) -> Heading:
    """The one place a table's title and unit are resolved.

    Sources, nearest the table first: caption rows inside the grid, the lines above it
    (scanning up past units, owner lines, years and table numbers), the caption lines
    carried from the foot of the previous page (``carried``), and, with ``below``, the
    lines under it. The unit is looked for in the same sources, up to the one that gave
    the title. A table number alone is the title only when nothing else is."""
    sources = [("grid", fragment.grid_lines), ("above", fragment.lines_above), ("previous page", list(carried))]
    if below:
        sources.append(("below", fragment.lines_below))
    label = None
    searched: list[list[str]] = []
    for where, lines in sources:
        searched.append(lines)
        order = range(len(lines)) if where == "below" else range(len(lines) - 1, -1, -1)
        for i in order:
            title = title_of_line(lines[i])
            if title:
                near = [l for l in lines[max(i - 1, 0):i + 2] if is_table_label(l)]
                caption = list(lines[i + 1:]) if where == "above" else []
                return _with_unit(Heading(title, where=where, label=clean_title(near[0]) if near else label,
                                          caption=caption), searched)
            if label is None and is_table_label(lines[i]):
                label = clean_title(lines[i])
    # No title: the unit from the table's own surroundings (not the previous page's).
    own = [fragment.grid_lines, fragment.lines_above] + ([fragment.lines_below] if below else [])
    return _with_unit(Heading(label, where="label" if label else None, label=label), own)


def _with_unit(h: Heading, sources: list[list[str]]) -> Heading:
    for lines in sources:
        h.unit_raw, h.unit = unit_from_lines(lines)
        if h.unit:
            break
    return h
