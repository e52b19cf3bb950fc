"""Sample disclosure PDFs with known gold tables.

The generator draws Shanghai-style 区级部门预算 / 单位预算 and 部门决算 documents with
reportlab at canvas level (exact control over every ruled line and string) and returns,
for each document, the *gold* content: every printed ruled cell of every table with its
row/column in the logical table, its spans and its text as a reader reads it.

Used by the tests as fixtures and by the demo (``write_sample_set``).

Conventions of the gold (same as ``cnbudget.schemas.model``):

* pages are 1-based; rows and columns 0-based in the LOGICAL table: rows continue
  across pages, and a header repeated on a continuation page gets its own row numbers
  continuing the sequence; columns are the table's full column grid;
* a merged cell is one ``GoldCell`` at its top-left slot with ``row_span``/``col_span``;
* text wrapped on several lines inside one cell is joined with no separator (Chinese);
  an empty ruled cell has text "";
* ``header_rows`` is the number of header rows on the table's first page.

Output is deterministic: the same call gives the same bytes (reportlab ``invariant=1``,
numbers from a seeded ``random.Random``).
"""
from __future__ import annotations

import io
import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

# --------------------------------------------------------------------------- font

FONT_NAME = "DroidSansFallbackFull"
FONT_PACKAGE = "fonts-droid-fallback"
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
]


class FontNotFoundError(RuntimeError):
    """The CJK font needed to draw sample PDFs is not installed."""


def find_cjk_font() -> str:
    """Path of the CJK TrueType font used for the samples.

    ``CNBUDGET_CJK_FONT`` overrides the search. Raises ``FontNotFoundError`` naming the
    Debian package that provides the font when it is missing.
    """
    env = os.environ.get("CNBUDGET_CJK_FONT")
    candidates = ([env] if env else []) + FONT_CANDIDATES
    for p in candidates:
        if p and Path(p).is_file():
            return p
    raise FontNotFoundError(
        "CJK font DroidSansFallbackFull.ttf not found (looked in: "
        + ", ".join(candidates)
        + f"). Install the Debian package '{FONT_PACKAGE}' "
        f"(apt-get install {FONT_PACKAGE}) or set CNBUDGET_CJK_FONT to a CJK .ttf file."
    )


def _register_font() -> str:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, find_cjk_font()))
    return FONT_NAME


# --------------------------------------------------------------------------- gold model


@dataclass
class GoldCell:
    page: int
    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    is_header: bool = False


@dataclass
class GoldTable:
    title: str
    table_kind: str
    unit_raw: str | None
    unit: str | None
    page_first: int
    page_last: int
    n_rows: int
    n_cols: int
    header_rows: int
    cells: list[GoldCell] = field(default_factory=list)

    def grid(self) -> list[list[str | None]]:
        """Rows x cols of text; a merged cell's text at its top-left slot, None under it."""
        g: list[list[str | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            g[c.row][c.col] = c.text
        return g

    def pages(self) -> list[int]:
        return sorted({c.page for c in self.cells})


@dataclass
class GoldDocument:
    file_name: str
    department: str | None
    region: str | None
    fiscal_year: int | None
    doc_type: str | None
    budget_scope: str | None
    title: str | None
    page_count: int
    tables: list[GoldTable] = field(default_factory=list)
    status: str = "ok"  # expected processing status: ok | failed
    # performance forms: what each indicator row states (project_name, level1, level2,
    # name, target_raw)
    indicators: list[dict] = field(default_factory=list)

    def table(self, table_kind: str) -> GoldTable:
        for t in self.tables:
            if t.table_kind == table_kind:
                return t
        raise KeyError(table_kind)


# --------------------------------------------------------------------------- geometry

FONT_SIZE = 9.0
LINE_H = 11.0
PAD = 4.0
ROW_H = 20.0
MARGIN = 50.0
TABLE_TOP_FIRST = 108.0  # below the title and the 编制部门/单位 line
PORTRAIT = A4
LANDSCAPE = landscape(A4)


LATIN_FONT = "Helvetica"  # digits, Latin letters and punctuation the CJK font lacks
# The CJK font lacks ≤ ≥ and Helvetica's encoding has none either (they would print as
# "£" / "‡"); targets such as "≤100%" need them: DejaVu Sans (Debian fonts-dejavu-core)
# draws the symbols the other two lack, where it is installed.
SYMBOL_FONT = "DejaVuSans"
SYMBOL_FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _cjk_chars() -> dict[int, int]:
    return pdfmetrics.getFont(FONT_NAME).face.charToGlyph


def _symbol_font() -> str:
    if SYMBOL_FONT in pdfmetrics.getRegisteredFontNames():
        return SYMBOL_FONT
    if Path(SYMBOL_FONT_PATH).is_file():
        pdfmetrics.registerFont(TTFont(SYMBOL_FONT, SYMBOL_FONT_PATH))
        return SYMBOL_FONT
    return LATIN_FONT


def text_runs(text: str) -> list[tuple[str, str]]:
    """Split text into (font, run) pieces: CJK font where it has the glyph, else Latin
    (symbols beyond Latin-1 from the symbol font)."""
    cmap = _cjk_chars()
    runs: list[tuple[str, str]] = []
    for ch in text:
        if ord(ch) in cmap:
            font = FONT_NAME
        elif ord(ch) < 0x2000:
            font = LATIN_FONT
        else:
            font = _symbol_font()
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def text_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(r, f, size) for f, r in text_runs(text))


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


def draw_grid(c: rl_canvas.Canvas, page_h: float, cells: list[PlacedCell],
              size: float = FONT_SIZE, line_width: float = 0.6) -> None:
    """Draw ruled cells (each cell's rectangle stroked) and their wrapped text."""
    c.setLineWidth(line_width)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FONT_NAME, size)
    for pc in cells:
        c.rect(pc.x, page_h - pc.y - pc.h, pc.w, pc.h, stroke=1, fill=0)
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


# A table cell before layout: (row, col, row_span, col_span, text) for headers, and for
# body rows (col, col_span, text) triples.
HeaderCell = tuple[int, int, int, int, str]
BodyCell = tuple[int, int, str]


@dataclass
class TableSpec:
    title: str
    kind: str
    unit_raw: str | None
    unit: str | None
    editor: str  # "编制部门：…" line (left), unit shown right
    widths: list[float]
    header: list[HeaderCell]
    n_header: int
    body: list[list[BodyCell]]
    align: list[str]  # body alignment per column
    repeat_header: bool = True
    landscape: bool = False
    min_body_h: float = ROW_H


def plain_row(texts: list[str]) -> list[BodyCell]:
    return [(i, 1, t) for i, t in enumerate(texts)]


def _header_heights(spec: TableSpec) -> list[float]:
    xs = _col_x(spec.widths, 0)
    hs = [ROW_H] * spec.n_header
    for r, col, rs, cs, text in spec.header:
        if rs == 1:
            w = xs[col + cs] - xs[col]
            hs[r] = max(hs[r], cell_height(text, w))
    for r, col, rs, cs, text in spec.header:
        if rs > 1:
            w = xs[col + cs] - xs[col]
            need = cell_height(text, w)
            have = sum(hs[r:r + rs])
            if need > have:
                hs[r + rs - 1] += need - have
    return hs


def _col_x(widths: list[float], x0: float) -> list[float]:
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    return xs


def _body_height(spec: TableSpec, row: list[BodyCell], xs: list[float]) -> float:
    return max(cell_height(t, xs[c + cs] - xs[c], spec.min_body_h) for c, cs, t in row)


def layout_table(spec: TableSpec) -> list[list[PlacedCell]]:
    """Paginate a table: one list of placed cells per page it occupies."""
    page_w, page_h = LANDSCAPE if spec.landscape else PORTRAIT
    total_w = sum(spec.widths)
    x0 = (page_w - total_w) / 2
    xs = _col_x(spec.widths, x0)
    hh = _header_heights(spec)
    bottom = page_h - MARGIN
    pages: list[list[PlacedCell]] = []
    row = 0
    y = 0.0

    def place_header(y_top: float) -> float:
        nonlocal row
        ys = [y_top]
        for h in hh:
            ys.append(ys[-1] + h)
        for r, col, rs, cs, text in spec.header:
            pages[-1].append(PlacedCell(row + r, col, rs, cs, text, xs[col], ys[r],
                                        xs[col + cs] - xs[col], ys[r + rs] - ys[r],
                                        "c", True))
        row += spec.n_header
        return ys[-1]

    pages.append([])
    y = place_header(TABLE_TOP_FIRST)
    for body in spec.body:
        h = _body_height(spec, body, xs)
        if y + h > bottom:
            pages.append([])
            y = MARGIN
            if spec.repeat_header:
                y = place_header(y)
        for col, cs, text in body:
            pages[-1].append(PlacedCell(row, col, 1, cs, text, xs[col], y,
                                        xs[col + cs] - xs[col], h, spec.align[col]))
        row += 1
        y += h
    return pages


def _bold_text(c: rl_canvas.Canvas, x: float, y: float, text: str, size: float,
               centred: bool = True) -> None:
    """Fake-bold (fill+stroke) text, as the fallback font has no bold face."""
    draw_text(c, x, y, text, size, "c" if centred else "l", bold=True)


class _Writer:
    """A canvas with a page counter and per-page orientation."""

    def __init__(self, buf: io.BytesIO, title: str):
        _register_font()
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


def draw_table(w: _Writer, spec: TableSpec) -> GoldTable:
    """Draw a table from a fresh page (title, 编制部门/单位 line, ruled grid)."""
    pages = layout_table(spec)
    cells: list[GoldCell] = []
    first = None
    n_rows = 0
    for i, placed in enumerate(pages):
        pw, ph = w.new_page(spec.landscape)
        if first is None:
            first = w.page
        if i == 0:
            _bold_text(w.c, pw / 2, ph - 72, spec.title, 15)
            xs = _col_x(spec.widths, (pw - sum(spec.widths)) / 2)
            draw_text(w.c, xs[0], ph - 98, spec.editor, 10, "l")
            if spec.unit_raw:
                draw_text(w.c, xs[-1], ph - 98, spec.unit_raw, 10, "r")
        draw_grid(w.c, ph, placed)
        for pc in placed:
            cells.append(GoldCell(w.page, pc.row, pc.col, pc.row_span, pc.col_span,
                                  pc.text.replace("\n", ""), pc.is_header))
            n_rows = max(n_rows, pc.row + pc.row_span)
    return GoldTable(spec.title, spec.kind, spec.unit_raw,
                     {"单位：元": "yuan", "单位：万元": "wan_yuan"}.get(spec.unit_raw or ""),
                     first, w.page, n_rows, len(spec.widths), spec.n_header, cells)


def _wrap_first_indent(para: str, width: float, indent: float, size: float) -> list[str]:
    first = wrap_text(para, width - indent, size)[0]
    rest = para[len(first):]
    return [first] + (wrap_text(rest, width, size) if rest else [])


def draw_text_page(w: _Writer, heading: str, paragraphs: list[str]) -> None:
    pw, ph = w.new_page(False)
    _bold_text(w.c, pw / 2, ph - 80, heading, 16)
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


def draw_cover(w: _Writer, lines: list[tuple[str, float]], land: bool = False) -> None:
    pw, ph = w.new_page(land)
    y = ph * 0.62
    for text, size in lines:
        _bold_text(w.c, pw / 2, y, text, size)
        y -= size * 2.6


# --------------------------------------------------------------------------- numbers


def fmt_amount(cents: int, zero: str = "") -> str:
    """"1,097,073.43" from 109707343 cents; ``zero`` is printed for 0."""
    if cents == 0:
        return zero
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}"


def parse_amount(text: str | None) -> int:
    """Inverse of fmt_amount: cents; blank, "-" and "0" read as 0."""
    t = (text or "").replace(",", "").strip()
    if t in ("", "-", "0"):
        return 0
    neg = t.startswith("-")
    t = t.lstrip("-")
    whole, _, frac = t.partition(".")
    v = int(whole) * 100 + int((frac + "00")[:2])
    return -v if neg else v


def split_amount(rng: random.Random, total: int, n: int, min_share: float = 0.02) -> list[int]:
    """Split integer ``total`` into n non-negative integer parts summing to total."""
    if n <= 0:
        return []
    ws = [min_share + rng.random() for _ in range(n)]
    s = sum(ws)
    parts = [int(total * w / s) for w in ws]
    parts[0] += total - sum(parts)
    return parts


CN_NUM = "一二三四五六七八九十"


def cn_ordinal(i: int) -> str:
    """1 -> 一, 11 -> 十一, 20 -> 二十 (i < 100)."""
    if i <= 10:
        return CN_NUM[i - 1]
    if i < 20:
        return "十" + CN_NUM[i - 11]
    t, u = divmod(i, 10)
    return CN_NUM[t - 1] + "十" + (CN_NUM[u - 1] if u else "")


# --------------------------------------------------------------------------- catalogues

# 功能分类: 类 -> (name, {款: (name, {项: name})}); codes of the government-fund budget
# are marked in FUND_KUAN.
FUNCTIONS: dict[str, tuple[str, dict[str, tuple[str, dict[str, str]]]]] = {
    "201": ("一般公共服务支出", {
        "01": ("人大事务", {"01": "行政运行", "02": "一般行政管理事务", "99": "其他人大事务支出"}),
        "03": ("政府办公厅（室）及相关机构事务", {
            "01": "行政运行", "02": "一般行政管理事务", "03": "机关服务", "50": "事业运行",
            "99": "其他政府办公厅（室）及相关机构事务支出"}),
        "05": ("统计信息事务", {"01": "行政运行", "07": "专项普查活动", "08": "统计抽样调查"}),
        "06": ("财政事务", {"01": "行政运行", "02": "一般行政管理事务", "08": "财政委托业务支出"}),
        "13": ("商贸事务", {"01": "行政运行", "08": "招商引资"}),
        "38": ("市场监督管理事务", {"01": "行政运行", "10": "质量基础", "16": "食品安全监管"}),
    }),
    "204": ("公共安全支出", {
        "02": ("公安", {"01": "行政运行", "19": "信息化建设", "20": "执法办案"}),
        "06": ("司法", {"01": "行政运行", "02": "一般行政管理事务", "04": "基层司法业务",
                       "05": "普法宣传", "07": "公共法律服务", "10": "社区矫正",
                       "99": "其他司法支出"}),
    }),
    "205": ("教育支出", {
        "01": ("教育管理事务", {"01": "行政运行", "02": "一般行政管理事务"}),
        "08": ("进修及培训", {"03": "培训支出"}),
    }),
    "206": ("科学技术支出", {
        "07": ("科学技术普及", {"01": "机构运行", "02": "科普活动"}),
    }),
    "207": ("文化旅游体育与传媒支出", {
        "01": ("文化和旅游", {"01": "行政运行", "09": "群众文化", "12": "文化和旅游市场管理"}),
        "03": ("体育", {"07": "群众体育"}),
    }),
    "208": ("社会保障和就业支出", {
        "01": ("人力资源和社会保障管理事务", {"01": "行政运行", "09": "社会保险经办机构"}),
        "02": ("民政管理事务", {"01": "行政运行", "08": "基层政权建设和社区治理"}),
        "05": ("行政事业单位养老支出", {
            "01": "行政单位离退休", "02": "事业单位离退休",
            "05": "机关事业单位基本养老保险缴费支出", "06": "机关事业单位职业年金缴费支出"}),
        "10": ("社会福利", {"02": "老年福利", "04": "殡葬"}),
    }),
    "210": ("卫生健康支出", {
        "04": ("公共卫生", {"01": "疾病预防控制机构", "08": "基本公共卫生服务"}),
        "11": ("行政事业单位医疗", {"01": "行政单位医疗", "02": "事业单位医疗",
                                    "03": "公务员医疗补助"}),
    }),
    "211": ("节能环保支出", {
        "01": ("环境保护管理事务", {"01": "行政运行", "04": "生态环境保护宣传"}),
    }),
    "212": ("城乡社区支出", {
        "01": ("城乡社区管理事务", {"01": "行政运行", "04": "城管执法"}),
        "05": ("城乡社区环境卫生", {"01": "城乡社区环境卫生"}),
        "08": ("国有土地使用权出让收入安排的支出", {"01": "征地和拆迁补偿支出",
                                                   "03": "城市建设支出"}),
    }),
    "221": ("住房保障支出", {
        "02": ("住房改革支出", {"01": "住房公积金", "03": "购房补贴"}),
    }),
    "229": ("其他支出", {
        "60": ("彩票公益金安排的支出", {"02": "用于社会福利的彩票公益金支出"}),
    }),
}
FUND_KUAN = {"21208", "22960"}
# Items every department has (staff costs): basic expenditure only.
PERSONNEL = {"2080501", "2080502", "2080505", "2080506", "2101101", "2101102",
             "2101103", "2210201", "2210203"}
ALWAYS = ["2010301", "2080505", "2080506", "2101101", "2210201"]

ECONOMIC: dict[str, tuple[str, dict[str, str]]] = {
    "301": ("工资福利支出", {
        "01": "基本工资", "02": "津贴补贴", "03": "奖金", "07": "绩效工资",
        "08": "机关事业单位基本养老保险缴费", "09": "职业年金缴费",
        "10": "职工基本医疗保险缴费", "12": "其他社会保障缴费", "13": "住房公积金",
        "99": "其他工资福利支出"}),
    "302": ("商品和服务支出", {
        "01": "办公费", "05": "水费", "06": "电费", "07": "邮电费", "11": "差旅费",
        "13": "维修（护）费", "16": "培训费", "17": "公务接待费", "28": "工会经费",
        "29": "福利费", "31": "公务用车运行维护费", "39": "其他交通费用",
        "99": "其他商品和服务支出"}),
    "303": ("对个人和家庭的补助", {"02": "退休费", "05": "生活补助"}),
}


@dataclass
class Leaf:
    code: str  # 7 digits
    name: str
    basic: int = 0  # cents of the print unit, general public budget
    project: int = 0  # general public budget projects
    fund: int = 0  # government fund budget (projects)
    other: int = 0  # other income (projects)

    @property
    def total(self) -> int:
        return self.basic + self.project + self.fund + self.other

    @property
    def is_fund(self) -> bool:
        return self.code[:5] in FUND_KUAN


def _all_leaves() -> list[tuple[str, str]]:
    out = []
    for lei, (_, kuans) in FUNCTIONS.items():
        for kuan, (_, xiangs) in kuans.items():
            for xiang, name in xiangs.items():
                out.append((lei + kuan + xiang, name))
    return out


def pick_leaves(rng: random.Random, n: int, scale: int, with_fund: bool = True) -> list[Leaf]:
    """n function-classification 项 with amounts (integer cents of the print unit;
    ``scale`` is the typical size of one item in cents)."""
    allv = dict(_all_leaves())
    chosen = [c for c in ALWAYS if c in allv][:n]
    rest = [c for c in allv if c not in chosen and (with_fund or c[:5] not in FUND_KUAN)]
    rng.shuffle(rest)
    if with_fund:  # make sure one fund item is there
        fund = [c for c in rest if c[:5] in FUND_KUAN][:1]
        rest = fund + [c for c in rest if c not in fund]
    chosen += rest[: max(0, n - len(chosen))]
    leaves = []
    for code in sorted(chosen):
        lf = Leaf(code, allv[code])

        def amt(k: float = 1.0) -> int:
            return int(rng.uniform(0.05, 1.0) * scale * k)

        if lf.is_fund:
            lf.fund = amt(2)
        elif code in PERSONNEL:
            lf.basic = amt(0.4)
        elif lf.name in ("行政运行", "机构运行", "事业运行"):
            lf.basic = amt(1.5)
        else:
            r = rng.random()
            if r < 0.3:
                lf.basic, lf.project = amt(0.5), amt()
            else:
                lf.project = amt()
            if rng.random() < 0.15:
                lf.other = amt(0.2)
        # round amounts to whole yuan-ish numbers sometimes, like real tables
        for f in ("basic", "project", "fund", "other"):
            v = getattr(lf, f)
            if v and rng.random() < 0.5:
                setattr(lf, f, v - v % 100)
        leaves.append(lf)
    return leaves


def function_rows(leaves: list[Leaf], value: Callable[[Leaf], list[int]]
                  ) -> list[tuple[str, str, str, str, list[int]]]:
    """(类, 款, 项, name, values) rows with 类/款 subtotals, skipping all-zero leaves."""
    rows = []
    used = [lf for lf in leaves if any(value(lf))]
    leis = sorted({lf.code[:3] for lf in used})
    for lei in leis:
        in_lei = [lf for lf in used if lf.code[:3] == lei]
        lname, kuans = FUNCTIONS[lei]
        rows.append((lei, "", "", lname, _sum_vals(in_lei, value)))
        for kuan in sorted({lf.code[3:5] for lf in in_lei}):
            in_kuan = [lf for lf in in_lei if lf.code[3:5] == kuan]
            rows.append((lei, kuan, "", kuans[kuan][0], _sum_vals(in_kuan, value)))
            for lf in in_kuan:
                rows.append((lei, kuan, lf.code[5:], lf.name, value(lf)))
    return rows


def _sum_vals(leaves: list[Leaf], value: Callable[[Leaf], list[int]]) -> list[int]:
    vals = [value(lf) for lf in leaves]
    return [sum(v[i] for v in vals) for i in range(len(vals[0]))]


# --------------------------------------------------------------------------- budget


def _budget_text(department: str, year: int, scope: str, unit_word: str,
                 leaves: list[Leaf]) -> list[str]:
    who = "本部门" if scope == "department" else "本单位"
    tot = sum(lf.total for lf in leaves)
    gp = sum(lf.basic + lf.project for lf in leaves)
    fund = sum(lf.fund for lf in leaves)
    other = sum(lf.other for lf in leaves)
    basic = sum(lf.basic for lf in leaves)
    paras = [
        f"{year}年，{department}收入预算{fmt_amount(tot, '0')}{unit_word}，其中：财政拨款收入"
        f"{fmt_amount(gp + fund, '0')}{unit_word}；事业收入0{unit_word}；事业单位经营收入0{unit_word}；"
        f"其他收入{fmt_amount(other, '0')}{unit_word}。",
        f"支出预算{fmt_amount(tot, '0')}{unit_word}，其中：基本支出{fmt_amount(basic, '0')}{unit_word}，"
        f"项目支出{fmt_amount(tot - basic, '0')}{unit_word}。财政拨款支出预算中，一般公共预算拨款支出预算"
        f"{fmt_amount(gp, '0')}{unit_word}；政府性基金拨款支出预算{fmt_amount(fund, '0')}{unit_word}；"
        f"国有资本经营预算拨款支出预算0{unit_word}。",
        f"{who}预算按照“零基预算”原则编制，财政拨款支出主要内容如下：",
    ]
    for i, lf in enumerate([lf for lf in leaves if lf.basic + lf.project][:6], 1):
        lname, kuans = FUNCTIONS[lf.code[:3]]
        kname = kuans[lf.code[3:5]][0]
        paras.append(f"{i}. “{lname}（类）{kname}（款）{lf.name}（项）”"
                     f"{fmt_amount(lf.basic + lf.project, '0')}{unit_word}，主要用于保障{who}"
                     f"履行职能和相关工作开展。")
    return paras


def make_budget_pdf(
    path: str | os.PathLike,
    *,
    department: str = "上海市普陀区示例局",
    region: str = "上海市普陀区",
    year: int = 2025,
    scope: str = "department",
    unit: str = "yuan",
    n_function_rows: int = 24,
    seed: int = 0,
) -> GoldDocument:
    """Write a Shanghai-style 区级部门预算 (scope "department") or 单位预算 ("unit").

    ``unit`` is "yuan" (单位：元) or "wan_yuan" (单位：万元) for the main tables (the
    “三公” table is always in 万元); ``n_function_rows`` is the number of 功能分类 项
    rows (类 and 款 subtotal rows come on top). Returns the gold document.
    """
    if scope not in ("department", "unit"):
        raise ValueError("scope must be 'department' or 'unit'")
    if unit not in ("yuan", "wan_yuan"):
        raise ValueError("unit must be 'yuan' or 'wan_yuan'")
    rng = random.Random(f"budget|{seed}|{department}|{year}|{scope}|{unit}")
    unit_raw = "单位：元" if unit == "yuan" else "单位：万元"
    unit_word = "元" if unit == "yuan" else "万元"
    scale = 300_000_000 if unit == "yuan" else 30_000  # one item ~ 3,000,000.00 元
    leaves = pick_leaves(rng, n_function_rows, scale)
    p = "部门" if scope == "department" else "单位"
    editor = f"编制{p}：{department}"
    doc_title = f"{region}{year}年区级{p}预算"

    buf = io.BytesIO()
    w = _Writer(buf, doc_title)
    draw_cover(w, [(doc_title, 24),
                   (f"{'预算主管部门' if scope == 'department' else '预算单位'}：{department}", 16)])
    draw_text_page(w, f"{year}年{p}预算编制说明",
                   _budget_text(department, year, scope, unit_word, leaves))

    tables: list[GoldTable] = []
    tables.append(draw_table(w, _summary_spec(year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _expenditure_spec(year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _gp_function_spec(year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _economic_spec(rng, year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _fund_spec(year, p, editor, unit_raw, leaves)))
    tables.append(draw_table(w, _three_public_spec(rng, year, p, editor)))
    pages = w.finish()
    Path(path).write_bytes(buf.getvalue())
    return GoldDocument(Path(path).name, department, region, year, "budget", scope,
                        doc_title, pages, tables)


def _summary_spec(year, p, editor, unit_raw, leaves) -> TableSpec:
    gp = sum(lf.basic + lf.project for lf in leaves)
    fund = sum(lf.fund for lf in leaves)
    other = sum(lf.other for lf in leaves)
    total = gp + fund + other
    income = [
        ("一、财政拨款收入", fmt_amount(gp + fund)),
        ("1. 一般公共预算资金", fmt_amount(gp)),
        ("2. 政府性基金", fmt_amount(fund)),
        ("3. 国有资本经营预算", "-"),
        ("二、事业收入", ""),
        ("三、事业单位经营收入", ""),
        ("四、其他收入", fmt_amount(other)),
    ]
    exp = [(f"{cn_ordinal(i)}、{name}", fmt_amount(vals[0]))
           for i, (lei, kuan, _x, name, vals) in enumerate(
               [r for r in function_rows(leaves, lambda lf: [lf.total]) if not r[1]], 1)]
    n = max(len(income), len(exp))
    income += [("", "")] * (n - len(income))
    exp += [("", "")] * (n - len(exp))
    body = [plain_row([a, b, c, d]) for (a, b), (c, d) in zip(income, exp)]
    body.append(plain_row(["收入总计", fmt_amount(total), "支出总计", fmt_amount(total)]))
    return TableSpec(
        f"{year}年{p}财务收支预算总表", "income_expenditure_summary", unit_raw, None, editor,
        [150, 97, 150, 97],
        [(0, 0, 1, 2, "本年收入"), (0, 2, 1, 2, "本年支出"),
         (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"),
         (1, 3, 1, 1, "预算数")],
        2, body, ["l", "r", "l", "r"])


def _code_rows(rows, zero: str = "") -> list[list[BodyCell]]:
    return [plain_row([lei, kuan, xiang, name] + [fmt_amount(v, zero) for v in vals])
            for lei, kuan, xiang, name, vals in rows]


def _expenditure_spec(year, p, editor, unit_raw, leaves) -> TableSpec:
    def val(lf: Leaf) -> list[int]:
        return [lf.total, lf.basic, lf.total - lf.basic]

    rows = function_rows(leaves, val)
    tot = _sum_vals(leaves, val)
    body = [[(0, 4, "合计")] + [(4 + i, 1, fmt_amount(v)) for i, v in enumerate(tot)]]
    body += _code_rows(rows)
    return TableSpec(
        f"{year}年{p}支出预算总表", "expenditure", unit_raw, None, editor,
        [40, 40, 40, 250, 124, 124, 124],
        [(0, 0, 1, 4, "项目"), (0, 4, 1, 3, "支出预算"),
         (1, 0, 1, 3, "功能分类科目编码"), (1, 3, 2, 1, "功能分类科目名称"),
         (1, 4, 2, 1, "合计"), (1, 5, 2, 1, "基本支出"), (1, 6, 2, 1, "项目支出"),
         (2, 0, 1, 1, "类"), (2, 1, 1, 1, "款"), (2, 2, 1, 1, "项")],
        3, body, ["c", "c", "c", "l", "r", "r", "r"], repeat_header=True, landscape=True)


def _gp_function_spec(year, p, editor, unit_raw, leaves) -> TableSpec:
    def val(lf: Leaf) -> list[int]:
        return [lf.basic + lf.project, lf.basic, lf.project]

    rows = function_rows(leaves, val)
    tot = _sum_vals(leaves, val)
    body = _code_rows(rows)
    body.append([(0, 4, "合计")] + [(4 + i, 1, fmt_amount(v)) for i, v in enumerate(tot)])
    return TableSpec(
        f"{year}年{p}一般公共预算支出功能分类预算表", "general_public_function", unit_raw,
        None, editor,
        [40, 40, 40, 120, 167, 167, 168],  # narrow name column: long names wrap
        [(0, 0, 1, 3, "功能分类科目编码"), (0, 3, 2, 1, "功能分类科目名称"),
         (0, 4, 1, 3, "一般公共预算支出"),
         (1, 0, 1, 1, "类"), (1, 1, 1, 1, "款"), (1, 2, 1, 1, "项"),
         (1, 4, 1, 1, "合计"), (1, 5, 1, 1, "基本支出"), (1, 6, 1, 1, "项目支出")],
        2, body, ["c", "c", "c", "l", "r", "r", "r"], repeat_header=False, landscape=True)


def _economic_spec(rng, year, p, editor, unit_raw, leaves) -> TableSpec:
    """基本支出 by economic classification; narrow name column (names wrap on two
    lines) and trailing empty rows, the last of which spills alone onto a new page."""
    basic = sum(lf.basic for lf in leaves)
    items = [(lei + kuan, name) for lei, (_, ks) in ECONOMIC.items() for kuan, name in ks.items()]
    amounts = split_amount(rng, basic, len(items))
    amounts = [a - a % 100 for a in amounts]
    amounts[0] += basic - sum(amounts)
    body_rows = []
    grand = [0, 0, 0]
    for lei, (lname, ks) in ECONOMIC.items():
        sub = [(c, n, a) for (c, n), a in zip(items, amounts) if c[:3] == lei]
        s = sum(a for _, _, a in sub)
        personnel = lei != "302"
        vals = [s, s if personnel else 0, 0 if personnel else s]
        grand = [g + v for g, v in zip(grand, vals)]
        body_rows.append(plain_row([lei, "", lname] + [fmt_amount(v) for v in vals]))
        for c, n, a in sub:
            v = [a, a if personnel else 0, 0 if personnel else a]
            body_rows.append(plain_row([lei, c[3:], n] + [fmt_amount(x) for x in v]))
    body = [[(0, 3, "合计")] + [(3 + i, 1, fmt_amount(v)) for i, v in enumerate(grand)]]
    body += body_rows
    spec = TableSpec(
        f"{year}年{p}一般公共预算基本支出部门预算经济分类预算表",
        "general_public_basic_economic", unit_raw, None, editor,
        [45, 45, 116, 96, 96, 97],
        [(0, 0, 1, 2, "经济分类科目编码"), (0, 2, 2, 1, "经济分类科目名称"),
         (0, 3, 1, 3, "一般公共预算基本支出"),
         (1, 0, 1, 1, "类"), (1, 1, 1, 1, "款"),
         (1, 3, 1, 1, "合计"), (1, 4, 1, 1, "人员经费"), (1, 5, 1, 1, "公用经费")],
        2, body, ["c", "c", "l", "r", "r", "r"], repeat_header=False)
    return spill_last_empty_row(spec)


def spill_last_empty_row(spec: TableSpec, limit: int = 200) -> TableSpec:
    """Append empty ruled rows until the last one lands alone on a new page."""
    empty = plain_row([""] * len(spec.widths))
    for _ in range(limit):
        spec.body.append(list(empty))
        pages = layout_table(spec)
        if len(pages) > 1 and {pc.row for pc in pages[-1]} == {pages[-1][0].row} \
                and not any(pc.text for pc in pages[-1]):
            return spec
    raise RuntimeError("could not make the last row spill")


def _fund_spec(year, p, editor, unit_raw, leaves) -> TableSpec:
    def val(lf: Leaf) -> list[int]:
        return [lf.fund, 0, lf.fund]

    rows = function_rows(leaves, val)
    tot = _sum_vals(leaves, val)
    body = _code_rows(rows)
    body.append([(0, 4, "合计")] + [(4 + i, 1, fmt_amount(v)) for i, v in enumerate(tot)])
    return TableSpec(
        f"{year}年{p}政府性基金预算支出功能分类预算表", "government_fund", unit_raw, None,
        editor, [40, 40, 40, 250, 124, 124, 124],
        [(0, 0, 1, 3, "功能分类科目编码"), (0, 3, 2, 1, "功能分类科目名称"),
         (0, 4, 1, 3, "政府性基金预算支出"),
         (1, 0, 1, 1, "类"), (1, 1, 1, 1, "款"), (1, 2, 1, 1, "项"),
         (1, 4, 1, 1, "合计"), (1, 5, 1, 1, "基本支出"), (1, 6, 1, 1, "项目支出")],
        2, body, ["c", "c", "c", "l", "r", "r", "r"], repeat_header=True, landscape=True)


def _three_public_spec(rng, year, p, editor) -> TableSpec:
    """“三公”经费 in 万元: 合计 = 出国 + 接待 + 用车小计; 小计 = 购置 + 运行."""
    abroad = 0
    reception = rng.randint(50, 900)  # cents of 万元
    buy = 0
    run = rng.randint(300, 3000)
    car = buy + run
    total = abroad + reception + car
    operating = rng.randint(5000, 40000)
    vals = [total, abroad, reception, car, buy, run, operating]
    body = [plain_row([fmt_amount(v, "0") for v in vals])]
    return TableSpec(
        f"{year}年{p}“三公”经费和机关运行经费预算表", "three_public", "单位：万元", None,
        editor, [106] * 7,
        [(0, 0, 1, 6, "“三公”经费预算数"), (0, 6, 3, 1, "机关运行经费预算数"),
         (1, 0, 2, 1, "合计"), (1, 1, 2, 1, "因公出国（境）费"), (1, 2, 2, 1, "公务接待费"),
         (1, 3, 1, 3, "公务用车购置及运行费"),
         (2, 3, 1, 1, "小计"), (2, 4, 1, 1, "购置费"), (2, 5, 1, 1, "运行费")],
        3, body, ["r"] * 7, repeat_header=False, landscape=True, min_body_h=40)


# --------------------------------------------------------------------------- final accounts


def make_final_accounts_pdf(
    path: str | os.PathLike,
    *,
    department: str = "上海市示例局",
    region: str = "上海市",
    year: int = 2024,
    n_function_rows: int = 20,
    seed: int = 0,
) -> GoldDocument:
    """Write a 部门决算 (cover "<department>\\n<year> 年度部门决算") with 收入支出决算总表,
    收入决算表 and 支出决算表 in 万元 on landscape pages. Returns the gold document."""
    rng = random.Random(f"final|{seed}|{department}|{year}")
    leaves = pick_leaves(rng, n_function_rows, 30_000, with_fund=False)
    editor = f"编制部门：{department}"
    unit_raw = "单位：万元"
    doc_title = f"{department}{year}年度部门决算"

    # income per leaf, by source; expenditure per leaf (basic, project)
    inc_cols = ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]
    income: dict[str, list[int]] = {}
    for lf in leaves:
        e = lf.total
        fiscal = int(e * rng.uniform(0.9, 1.05))
        other = lf.other
        income[lf.code] = [fiscal, 0, 0, 0, 0, other]
    exp_cols = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]

    def inc_val(lf: Leaf) -> list[int]:
        v = income[lf.code]
        return [sum(v)] + v

    def exp_val(lf: Leaf) -> list[int]:
        return [lf.total, lf.basic, lf.total - lf.basic, 0, 0, 0]

    inc_tot = _sum_vals(leaves, inc_val)
    exp_tot = _sum_vals(leaves, exp_val)
    opening = int(exp_tot[0] * rng.uniform(0.05, 0.15))
    closing = inc_tot[0] + opening - exp_tot[0]
    if closing < 0:
        opening -= closing
        closing = 0

    buf = io.BytesIO()
    w = _Writer(buf, doc_title)
    draw_cover(w, [(department, 24), (f"{year} 年度部门决算", 24)])
    draw_text_page(w, f"{year}年度部门决算说明", [
        f"{year}年度收入总计{fmt_amount(inc_tot[0] + opening, '0')}万元，支出总计"
        f"{fmt_amount(exp_tot[0] + closing, '0')}万元。",
        f"{year}年度本年收入合计{fmt_amount(inc_tot[0], '0')}万元，本年支出合计"
        f"{fmt_amount(exp_tot[0], '0')}万元，其中：基本支出{fmt_amount(exp_tot[1], '0')}万元，"
        f"项目支出{fmt_amount(exp_tot[2], '0')}万元。",
    ])

    # 收入支出决算总表 (6 cols: 项目/行次/金额 | 项目/行次/金额)
    inc_items = [("一、一般公共预算财政拨款收入", inc_tot[1]),
                 ("二、政府性基金预算财政拨款收入", 0),
                 ("三、国有资本经营预算财政拨款收入", 0),
                 ("四、上级补助收入", inc_tot[2]), ("五、事业收入", inc_tot[3]),
                 ("六、经营收入", inc_tot[4]), ("七、附属单位上缴收入", inc_tot[5]),
                 ("八、其他收入", inc_tot[6])]
    exp_items = [(f"{cn_ordinal(i)}、{name}", vals[0]) for i, (lei, kuan, _x, name, vals)
                 in enumerate([r for r in function_rows(leaves, exp_val) if not r[1]], 1)]
    n = max(len(inc_items), len(exp_items))
    body = []
    for i in range(n):
        a = inc_items[i] if i < len(inc_items) else None
        b = exp_items[i] if i < len(exp_items) else None
        body.append(plain_row([
            a[0] if a else "", str(i + 1) if a else "", fmt_amount(a[1], "0") if a else "",
            b[0] if b else "", str(n + i + 1) if b else "", fmt_amount(b[1], "0") if b else ""]))
    k = 2 * n
    body.append(plain_row(["本年收入合计", str(k + 1), fmt_amount(inc_tot[0], "0"),
                           "本年支出合计", str(k + 4), fmt_amount(exp_tot[0], "0")]))
    body.append(plain_row(["年初结转和结余", str(k + 2), fmt_amount(opening, "0"),
                           "年末结转和结余", str(k + 5), fmt_amount(closing, "0")]))
    body.append(plain_row(["总计", str(k + 3), fmt_amount(inc_tot[0] + opening, "0"),
                           "总计", str(k + 6), fmt_amount(exp_tot[0] + closing, "0")]))
    tables = [draw_table(w, TableSpec(
        "收入支出决算总表", "income_expenditure_summary", unit_raw, None, editor,
        [231, 40, 100, 231, 40, 100],
        [(0, 0, 1, 3, "收入"), (0, 3, 1, 3, "支出"),
         (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "行次"), (1, 2, 1, 1, "金额"),
         (1, 3, 1, 1, "项目"), (1, 4, 1, 1, "行次"), (1, 5, 1, 1, "金额")],
        2, body, ["l", "c", "r", "l", "c", "r"], landscape=True))]

    def code_table(title, kind, cols, val, tot, name_w, amt_w):
        rows = function_rows(leaves, val)
        b = [[(0, 4, "合计")] + [(4 + i, 1, fmt_amount(v)) for i, v in enumerate(tot)]]
        b += _code_rows(rows)
        header = [(0, 0, 1, 4, "项目"),
                  (1, 0, 1, 3, "功能分类科目编码"), (1, 3, 2, 1, "科目名称"),
                  (2, 0, 1, 1, "类"), (2, 1, 1, 1, "款"), (2, 2, 1, 1, "项")]
        header += [(0, 4 + i, 3, 1, name) for i, name in enumerate(cols)]
        return TableSpec(title, kind, unit_raw, None, editor,
                         [32, 32, 32, name_w] + [amt_w] * len(cols), header, 3, b,
                         ["c", "c", "c", "l"] + ["r"] * len(cols), landscape=True)

    tables.append(draw_table(w, code_table("收入决算表", "income", ["本年收入合计"] + inc_cols,
                                           inc_val, inc_tot, 142, 72)))
    tables.append(draw_table(w, code_table("支出决算表", "expenditure",
                                           ["本年支出合计"] + exp_cols, exp_val, exp_tot,
                                           160, 81)))
    pages = w.finish()
    Path(path).write_bytes(buf.getvalue())
    return GoldDocument(Path(path).name, department, region, year, "final_accounts",
                        "department", doc_title, pages, tables)


# --------------------------------------------------------------------------- performance targets

# (level1, level2, indicator, target as printed, basis) rows of a project's form; the
# target wording covers the comparators real forms print.
_INDICATOR_POOL: list[tuple[str, str, str, str, str]] = [
    ("产出指标", "数量指标", "完成培训人次", "不少于{n}人次", "年度工作计划"),
    ("产出指标", "数量指标", "设备购置数量", "{n}台", "采购计划"),
    ("产出指标", "数量指标", "档案数字化页数", "≥{n}万页", "上年完成情况"),
    ("产出指标", "质量指标", "验收合格率", "≥95%", "行业标准"),
    ("产出指标", "质量指标", "系统可用率", "≥99.5%", "运维合同"),
    ("产出指标", "质量指标", "差错率", "≤3%", "历史数据"),
    ("产出指标", "时效指标", "按时完成率", "=100%", "年度工作计划"),
    ("产出指标", "时效指标", "故障响应时间", "≤{d}小时", "运维合同"),
    ("产出指标", "成本指标", "项目成本控制率", "≤100%", "预算批复"),
    ("效益指标", "社会效益指标", "群众办事便利度", "有效提升", "社会调查"),
    ("效益指标", "社会效益指标", "案件办结率", "大于90%", "上年完成情况"),
    ("效益指标", "可持续影响指标", "长效管理机制", "建立健全", "部门规划"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "满意度调查"),
    ("满意度指标", "服务对象满意度指标", "投诉率", "小于2%", "信访记录"),
]
_PROJECTS = ["信息化系统运行维护", "档案数字化加工", "执法装备购置", "业务培训",
             "社区矫正工作经费", "法律援助服务", "公共法律服务平台运营"]
# Names and numbers printed in the contact rows of the sample forms: the pipeline must
# never publish them (see cnbudget.normalizers.privacy).
SAMPLE_PERSONAL = ("王晓明", "李红梅", "021-52564588", "13912345678")


def _performance_form(rng: random.Random, year: int, department: str, project: str,
                      code: str, amount: int, k: int) -> tuple[TableSpec, list[dict]]:
    picks = sorted(rng.sample(range(len(_INDICATOR_POOL)), 7))
    picks = sorted(set(picks) | {12})  # every form has a satisfaction indicator
    rows = [_INDICATOR_POOL[i] for i in picks]
    header: list[HeaderCell] = [
        (0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, project), (0, 3, 1, 1, "项目代码"), (0, 4, 1, 1, code),
        (1, 0, 1, 2, "项目主管部门"), (1, 2, 1, 3, department),
        (2, 0, 1, 2, "项目负责人"), (2, 2, 1, 1, SAMPLE_PERSONAL[k % 2]),
        (2, 3, 1, 1, "联系电话"), (2, 4, 1, 1, SAMPLE_PERSONAL[2 + k % 2]),
        (3, 0, 1, 2, "项目当年预算"), (3, 2, 1, 1, fmt_amount(amount)),
        (3, 3, 1, 1, "其中：财政拨款"), (3, 4, 1, 1, fmt_amount(amount)),
        (4, 0, 1, 2, "年度绩效目标"),
        (4, 2, 1, 3, f"保障{project}工作按计划实施，提升{department[-4:]}履职能力和服务质量。"),
        (5, 0, 1, 1, "一级指标"), (5, 1, 1, 1, "二级指标"), (5, 2, 1, 1, "三级指标"),
        (5, 3, 1, 1, "指标值"), (5, 4, 1, 1, "指标值确定依据"),
    ]
    gold: list[dict] = []
    r = 6
    i = 0
    while i < len(rows):
        l1 = rows[i][0]
        j = i
        while j < len(rows) and rows[j][0] == l1:
            j += 1
        header.append((r, 0, j - i, 1, l1))
        k2 = i
        while k2 < j:
            l2 = rows[k2][1]
            m = k2
            while m < j and rows[m][1] == l2:
                m += 1
            header.append((r + k2 - i, 1, m - k2, 1, l2))
            k2 = m
        for q in range(i, j):
            _, l2, name, target, basis = rows[q]
            target = target.format(n=rng.choice([20, 50, 120, 300]), d=rng.choice([2, 4, 24]))
            header += [(r + q - i, 2, 1, 1, name), (r + q - i, 3, 1, 1, target),
                       (r + q - i, 4, 1, 1, basis)]
            gold.append({"project_name": project, "level1": l1, "level2": l2, "name": name,
                         "target_raw": target})
        r += j - i
        i = j
    header += [(r, 0, 1, 2, "填报人"), (r, 2, 1, 1, SAMPLE_PERSONAL[(k + 1) % 2]),
               (r, 3, 1, 1, "联系电话"), (r, 4, 1, 1, SAMPLE_PERSONAL[2 + (k + 1) % 2])]
    spec = TableSpec(f"{year}年项目支出绩效目标表", "project_performance_targets", "单位：元",
                     "yuan", f"编制部门：{department}", [62, 80, 150, 96, 110], header, r + 1, [],
                     ["c"] * 5, repeat_header=False)
    return spec, gold


def make_performance_targets_pdf(
    path: str | os.PathLike,
    *,
    department: str = "上海市普陀区示例局",
    region: str = "上海市普陀区",
    year: int = 2025,
    n_projects: int = 4,
    seed: int = 0,
) -> GoldDocument:
    """Write a 项目支出绩效目标 disclosure: one form per project under the same title
    (as departments print them), each with merged 一级/二级 cells, targets in every
    comparator wording, and contact rows that must never be published. The gold
    document's ``indicators`` lists what each form states."""
    rng = random.Random(f"performance|{seed}|{department}|{year}")
    doc_title = f"{department}{year}年项目支出绩效目标"
    buf = io.BytesIO()
    w = _Writer(buf, doc_title)
    draw_cover(w, [(doc_title, 22), (f"预算主管部门：{department}", 16)])
    tables: list[GoldTable] = []
    indicators: list[dict] = []
    for k, project in enumerate(rng.sample(_PROJECTS, n_projects)):
        code = f"31010725{year % 100:02d}{k + 1:04d}"
        amount = rng.randrange(20_000_000, 900_000_000, 100)
        spec, gold = _performance_form(rng, year, department, project, code, amount, k)
        t = draw_table(w, spec)
        t.header_rows = 0  # a form has no header band: its first row holds the code
        for c in t.cells:
            c.is_header = False
        tables.append(t)
        indicators += gold
    pages = w.finish()
    Path(path).write_bytes(buf.getvalue())
    # budget_scope None: a targets disclosure does not say 部门 or 单位
    doc = GoldDocument(Path(path).name, department, region, year, "performance_targets",
                       None, doc_title, pages, tables)
    doc.indicators = indicators
    return doc


# --------------------------------------------------------------------------- broken files


def make_junk_pdf(path: str | os.PathLike) -> GoldDocument:
    """Non-PDF bytes (an HTML error page) under a .pdf name."""
    Path(path).write_bytes(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head>"
        "<body><h1>页面不存在</h1><p>您访问的页面已删除或不存在。</p></body></html>\n"
        .encode("utf-8"))
    return GoldDocument(Path(path).name, None, None, None, None, None, None, 0, [],
                        status="failed")


def make_truncated_pdf(path: str | os.PathLike, **kw) -> GoldDocument:
    """A real sample budget cut in half (starts with %PDF, no xref/trailer)."""
    p = Path(path)
    full = p.with_name(p.name + ".full.tmp")
    try:
        make_budget_pdf(full, **kw)
        data = full.read_bytes()
    finally:
        if full.exists():
            full.unlink()
    p.write_bytes(data[: len(data) // 2])
    return GoldDocument(p.name, None, None, None, None, None, None, 0, [], status="failed")


def make_encrypted_pdf(path: str | os.PathLike, user_password: str = "secret",
                       owner_password: str = "owner") -> GoldDocument:
    """A one-page disclosure encrypted with a user password (cannot be opened without)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    _register_font()
    enc = StandardEncryption(user_password, ownerPassword=owner_password, strength=128)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=PORTRAIT, invariant=1, encrypt=enc)
    pw, ph = PORTRAIT
    _bold_text(c, pw / 2, ph * 0.62, "上海市普陀区2025年区级部门预算", 24)
    c.showPage()
    c.save()
    Path(path).write_bytes(buf.getvalue())
    return GoldDocument(Path(path).name, None, None, None, None, None, None, 1, [],
                        status="failed")


# --------------------------------------------------------------------------- sample set


def write_sample_set(directory: str | os.PathLike) -> list[GoldDocument]:
    """The demo set: two 部门预算 (元), one 单位预算 (万元), one 决算, one set of
    项目支出绩效目标表, one junk file."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    return [
        make_budget_pdf(d / "上海市普陀区示例局25年预算.pdf"),
        make_budget_pdf(d / "上海市普陀区司法局25年预算.pdf", department="上海市普陀区司法局",
                        n_function_rows=26, seed=1),
        make_budget_pdf(d / "上海市普陀区示例中心单位25年预算.pdf",
                        department="上海市普陀区示例中心", scope="unit", unit="wan_yuan",
                        n_function_rows=14, seed=2),
        make_final_accounts_pdf(d / "上海市示例局2024年度部门决算.pdf"),
        make_performance_targets_pdf(d / "上海市普陀区示例局2025年项目支出绩效目标.pdf"),
        make_junk_pdf(d / "上海市普陀区损坏文件25年预算.pdf"),
    ]


if __name__ == "__main__":  # pragma: no cover
    import sys

    out = sys.argv[1] if len(sys.argv) > 1 else "data/samples"
    for g in write_sample_set(out):
        print(g.file_name, g.page_count, len(g.tables))
