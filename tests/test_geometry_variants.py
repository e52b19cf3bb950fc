"""Geometry that real PDFs use and the Putuo corpus does not: ruling in spot (Separation)
and DeviceN colours, pages and content turned sideways, fake bold at tiny sizes, space
glyphs drawn over the text, frames at the page edge or cut by the crop box, rules drawn
as thin filled rectangles or slightly skewed paths, and pages whose ruled grid yields no
table (reported, never silently ok).

Every fixture draws the same small ruled table (ROWS) with one thing varied, and the
extraction must give back exactly ROWS."""
from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
from reportlab.lib.colors import CMYKColorSep
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from cnbudget.demo.drawing import draw_text
from cnbudget.demo.fonts import register_font
from cnbudget.extractors.document import extract_document
from cnbudget.extractors.geometry import (axis_edge, draws_grid, edge_prints, glyph_turn, is_white, line_text,
                                          reading_turn, same_glyph_again, space_in_gap, turn_box)
from cnbudget.schemas.model import settle_status

from conftest import CORPUS

TITLE = "2025年部门支出预算表"
UNIT = "单位：万元"
ROWS = [
    ["科目编码", "科目名称", "本年预算", "上年预算"],
    ["201", "一般公共服务支出", "1,111.11", "11"],
    ["20101", "GDP per capita", "11", "111"],
    ["208", "社会保障和就业支出", "2,500.00", "1,100.00"],
    ["合计", "", "3,622.11", "1,222.00"],
]
WIDTHS = [80.0, 180.0, 110.0, 110.0]
ROW_H = 22.0
PAGE_W, PAGE_H = A4


# --------------------------------------------------------------------------- drawing


def stroke_rule(c, x0, y0, x1, y1):
    c.line(x0, y0, x1, y1)


def filled_rule(width):
    """Rules as filled rectangles `width` thick (no stroke), overlapping at the joints."""
    def draw(c, x0, y0, x1, y1):
        if y0 == y1:
            c.rect(x0 - width / 2, y0 - width / 2, x1 - x0 + width, width, stroke=0, fill=1)
        else:
            c.rect(x0 - width / 2, min(y0, y1) - width / 2, width, abs(y1 - y0) + width, stroke=0, fill=1)
    return draw


def noisy_filled_rule(c, x0, y0, x1, y1, width=0.4, skew=0.003):
    """A filled thin rule drawn as a four-point path whose long sides are not exactly
    level (float noise of a scaling transform, or a slight skew): pdfminer makes it a
    curve, not a rectangle."""
    p = c.beginPath()
    if y0 == y1:
        length = x1 - x0
        p.moveTo(x0, y0 - width / 2)
        p.lineTo(x1, y0 - width / 2 + skew * length)
        p.lineTo(x1, y0 + width / 2 + skew * length)
        p.lineTo(x0, y0 + width / 2)
    else:
        length = abs(y1 - y0)
        lo, hi = min(y0, y1), max(y0, y1)
        p.moveTo(x0 - width / 2, lo)
        p.lineTo(x0 - width / 2 + skew * length, hi)
        p.lineTo(x0 + width / 2 + skew * length, hi)
        p.lineTo(x0 + width / 2, lo)
    c.drawPath(p, stroke=0, fill=1)


def plain_text(c, x, y, text, size, align="l"):
    draw_text(c, x, y, text, size, align)


def table(c, page_h, left, top, rule=stroke_rule, size=9.0, text=plain_text, widths=WIDTHS,
          title=True, rows=ROWS, background=None):
    """TITLE, UNIT and the ruled table with its top-left corner at (left, top), in
    top-left coordinates on a page page_h high; background(c, x, y, w, h) paints behind
    each cell first."""
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top + i * ROW_H for i in range(len(rows) + 1)]
    if title:
        text(c, (xs[0] + xs[-1]) / 2, page_h - (top - 30), TITLE, 14, "c")
        text(c, xs[-1], page_h - (top - 8), UNIT, 9, "r")
    if background:
        for r in range(len(rows)):
            for k in range(len(widths)):
                background(c, xs[k], page_h - ys[r + 1], xs[k + 1] - xs[k], ROW_H)
    for y in ys:
        rule(c, xs[0], page_h - y, xs[-1], page_h - y)
    for x in xs:
        rule(c, x, page_h - ys[0], x, page_h - ys[-1])
    for r, row in enumerate(rows):
        for k, t in enumerate(row):
            if t:
                text(c, (xs[k] + xs[k + 1]) / 2, page_h - (ys[r] + ROW_H / 2 + size * 0.35), t, size, "c")
    return xs, ys


def canvas(path, pagesize=A4):
    register_font()
    return rl_canvas.Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=0)


def one_table_pdf(path, pagesize=A4, **kw):
    c = canvas(path, pagesize)
    table(c, pagesize[1], 57, 120, **kw)
    c.showPage()
    c.save()
    return path


def grids(doc):
    return [t.grid() for t in doc.tables]


def assert_reads_rows(path, rows=ROWS, title=TITLE):
    doc = extract_document(path)
    assert doc.status == "ok", doc.error
    assert grids(doc) == [rows]
    if title:
        assert doc.tables[0].title == title and doc.tables[0].unit == "wan_yuan"
    return doc


# --------------------------------------------------------------------------- 1. colours


SPOT_BLACK = CMYKColorSep(0, 0, 0, 1, spotName="RULE", density=1)
SPOT_NONE = CMYKColorSep(0, 0, 0, 1, spotName="RULE", density=0)  # tint 0: no ink


def test_spot_colour_ruling_at_full_tint_prints(tmp_path):
    c = canvas(tmp_path / "sep.pdf")
    c.setStrokeColor(SPOT_BLACK)
    table(c, PAGE_H, 57, 120)
    c.showPage()
    c.save()
    assert b"/Separation" in (tmp_path / "sep.pdf").read_bytes()
    assert_reads_rows(tmp_path / "sep.pdf")


def _inset_background(colour, inset=6.0):
    """A background rectangle inset from its cell: were its borders taken for rules,
    they would split every row and column."""
    def paint(c, x, y, w, h):
        c.setFillColor(colour)
        c.rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    return paint


def test_spot_colour_fills_as_rules_and_as_blank_backgrounds(tmp_path):
    """Rules filled in a spot colour at full tint count; backgrounds filled at tint 0 (no
    ink, which as a gray value would read as black) do not."""
    def spot_rule(c, *a):
        c.setFillColor(SPOT_BLACK)
        filled_rule(0.5)(c, *a)
        c.setFillColorRGB(0, 0, 0)
    one_table_pdf(tmp_path / "sepfill.pdf", rule=spot_rule, background=_inset_background(SPOT_NONE))
    assert_reads_rows(tmp_path / "sepfill.pdf")


def _as_devicen(src, dst):
    """The same PDF with its Separation colour spaces written as one-colorant DeviceN
    (same byte length, so the cross-reference table stays right)."""
    data = src.read_bytes()

    def devicen(m):
        new = b"[/DeviceN[/" + m.group(1) + b"]/DeviceCMYK " + m.group(2) + b"]"
        assert len(new) <= len(m.group(0))
        return new + b" " * (len(m.group(0)) - len(new))
    out = re.sub(rb"\[ /Separation /(\w+) /DeviceCMYK (\d+ 0 R) \]", devicen, data)
    assert out != data and len(out) == len(data)
    dst.write_bytes(out)
    return dst


def test_devicen_ruling_prints(tmp_path):
    c = canvas(tmp_path / "sep.pdf")
    c.setStrokeColor(SPOT_BLACK)
    table(c, PAGE_H, 57, 120, background=_inset_background(SPOT_NONE))
    c.showPage()
    c.save()
    path = _as_devicen(tmp_path / "sep.pdf", tmp_path / "devicen.pdf")
    assert b"/DeviceN" in path.read_bytes()
    assert_reads_rows(path)


def test_gray_white_backgrounds_still_do_not_print(tmp_path):
    """The WPS case the white test exists for, in DeviceGray 1 (one component, like a
    tint): inset white backgrounds add no rules, on a page that also declares a spot
    colour space (so colour spaces are read)."""
    def white(c, x, y, w, h):
        c.setFillGray(1)
        c.rect(x + 6, y + 6, w - 12, h - 12, stroke=0, fill=1)
        c.setFillGray(0)
    c = canvas(tmp_path / "gray.pdf")
    c.setStrokeColor(SPOT_BLACK)
    table(c, PAGE_H, 57, 120, background=white)
    c.showPage()
    c.save()
    assert_reads_rows(tmp_path / "gray.pdf")


def test_is_white_reads_each_colour_space():
    t = 0.95
    assert is_white((1.0,), t) and is_white(1.0, t) and not is_white(0, t)  # gray
    assert is_white((1.0, 1.0, 1.0), t) and not is_white((1.0, 0.0, 0.0), t)  # RGB
    assert is_white((0, 0, 0, 0), t) and not is_white((0, 0, 0, 1), t)  # CMYK
    assert not is_white((1.0,), t, "Separation") and is_white(0.0, t, "Separation")  # tint = ink
    assert not is_white((0.0, 1.0), t, "DeviceN") and is_white((0.0, 0.02), t, "DeviceN")
    assert not is_white((1.0, 1.0, 1.0), t, "DeviceN")  # three colorants at full ink, not white RGB
    assert is_white((1.0,), t, "ICCBased") and is_white((1.0,), t, "CalGray")  # gray by its count
    assert is_white((100.0, 0.0, 0.0), t, "Lab") and not is_white((30.0, 0.0, 0.0), t, "Lab")
    # A palette index or a pattern says nothing of its lightness: taken to print, never an error.
    assert not is_white((1.0,), t, "Indexed") and not is_white("P1", t, "Pattern")
    assert not is_white("P1a", t) and not is_white(((1.0,), "P2"), t) and not is_white(None, t)


def test_edge_prints_is_the_one_visibility_rule():
    base = {"x0": 0, "x1": 100, "top": 5, "bottom": 5, "orientation": "h"}
    assert edge_prints({**base, "object_type": "line", "stroke": True, "fill": False,
                        "stroking_color": (1.0,), "scs": "Separation"}, 0.95)
    assert not edge_prints({**base, "object_type": "line", "stroke": True, "fill": False,
                            "stroking_color": (1.0,)}, 0.95)  # white gray
    assert not edge_prints({**base, "object_type": "rect_edge", "stroke": False, "fill": True,
                            "non_stroking_color": (0.0,), "ncs": "Separation"}, 0.95)  # no ink
    assert edge_prints({**base, "object_type": "rect_edge", "stroke": False, "fill": True,
                        "non_stroking_color": (0.0,)}, 0.95)
    assert not edge_prints({**base, "object_type": "rect_edge", "stroke": True, "fill": True,
                            "stroking_color": (1, 1, 1), "non_stroking_color": (1, 1, 1)}, 0.95)
    assert edge_prints({**base, "object_type": "page_edge"}, 0.95)  # no paint: a rule we add


# --------------------------------------------------------------------------- 2. turned pages


def test_page_given_rotate_reads_upright(tmp_path):
    """An upright page given /Rotate 90, 180 or 270: pdfminer hands its glyphs over
    turned; they are read in the frame where they stand upright."""
    src = one_table_pdf(tmp_path / "up.pdf")
    for turn in (90, 180, 270):
        doc = pdfium.PdfDocument(str(src))
        doc[0].set_rotation(turn)
        doc.save(str(tmp_path / f"rot{turn}.pdf"))
        doc.close()
        assert_reads_rows(tmp_path / f"rot{turn}.pdf")


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_table_drawn_sideways_on_a_portrait_page_reads_upright(tmp_path, turn):
    """A landscape table drawn turned on a portrait page (text matrix and rules turned):
    not transposed, not reversed, not letter-spaced."""
    path = tmp_path / f"side{turn}.pdf"
    c = canvas(path)
    if turn == 90:
        c.translate(PAGE_W, 0)
        c.rotate(90)
        frame_h = PAGE_W
    elif turn == 270:
        c.translate(0, PAGE_H)
        c.rotate(-90)
        frame_h = PAGE_W
    else:
        c.translate(PAGE_W, PAGE_H)
        c.rotate(180)
        frame_h = PAGE_H
    table(c, frame_h, 120, 120)
    c.showPage()
    c.save()
    doc = assert_reads_rows(path)
    # Coordinates are those of the upright frame: the table's top-left cell is top-left.
    first = min(doc.tables[0].cells, key=lambda cell: (cell.row, cell.col))
    assert (first.row, first.col) == (0, 0) and first.x0 == pytest.approx(120, abs=1)


def test_header_written_sideways_in_its_cell_reads_upright(tmp_path):
    """One header cell's text turned 90 degrees inside an upright table (a narrow
    column's header written sideways) reads as written, not reversed or spaced."""
    path = tmp_path / "sideways_cell.pdf"
    c = canvas(path)
    rows = [["", *ROWS[0][1:]], *ROWS[1:]]
    xs, ys = table(c, PAGE_H, 57, 120, rows=rows)
    c.saveState()
    c.translate((xs[0] + xs[1]) / 2 + 3, PAGE_H - (ys[0] + ys[1]) / 2)
    c.rotate(90)
    draw_text(c, 0, 0, "编码", 9, "c")
    c.restoreState()
    c.showPage()
    c.save()
    assert_reads_rows(path, rows=[["编码", *ROWS[0][1:]], *ROWS[1:]])


def test_reading_turn_and_turn_box():
    def glyph(a, b, text="字"):
        return {"text": text, "matrix": (a, b, -b, a, 0, 0)}
    assert [glyph_turn(glyph(*m)) for m in ((9, 0), (0, 9), (-9, 0), (0, -9))] == [0, 90, 180, 270]
    upright, turned = [glyph(9, 0)] * 3, [glyph(0, 9)] * 7
    assert reading_turn(upright + turned, 0.5) == 90
    assert reading_turn(upright * 3 + turned, 0.5) == 0  # a turned stamp on an upright page
    page = (0, 0, 100, 200)
    assert turn_box((10, 20, 30, 40), 90, page) == (160, 10, 180, 30)
    assert turn_box((10, 20, 30, 40), 270, page) == (20, 70, 40, 90)
    assert turn_box((10, 20, 30, 40), 180, page) == (70, 160, 90, 180)


# --------------------------------------------------------------------------- 3. fake bold


def fake_bold_text(offset_share):
    """Text drawn twice, the copy offset_share of the size to the right and down."""
    def draw(c, x, y, text, size, align="l"):
        draw_text(c, x, y, text, size, align)
        draw_text(c, x + offset_share * size, y - offset_share * size / 2, text, size, align)
    return draw


def test_fake_bold_at_tiny_size_keeps_repeated_letters(tmp_path):
    """At 1.6pt "11" is under 1pt apart: a real repeated letter, not a duplicate."""
    path = one_table_pdf(tmp_path / "tiny.pdf", size=1.6, text=fake_bold_text(0.04))
    doc = extract_document(path)
    assert grids(doc) == [ROWS]
    assert doc.tables[0].title == TITLE


def test_fake_bold_at_large_size_is_one_glyph(tmp_path):
    """A 14pt title and 9pt cells overprinted 0.08 of the size aside (over 1pt at 14pt)."""
    assert_reads_rows(one_table_pdf(tmp_path / "bold.pdf", text=fake_bold_text(0.08)))


def test_same_glyph_again_scales_with_the_size():
    def ch(x, size, text="1"):
        return {"text": text, "x0": x, "x1": x + 0.55 * size, "top": 0, "bottom": size, "size": size}
    assert not same_glyph_again(ch(0, 1.6), ch(0.88, 1.6))  # "11" at 1.6pt
    assert same_glyph_again(ch(0, 1.6), ch(0.05, 1.6))
    assert same_glyph_again(ch(0, 16), ch(1.2, 16))  # fake bold at 16pt
    assert not same_glyph_again(ch(0, 15, "。"), ch(7.4, 15, "。"))  # condensed "。。"
    assert line_text([ch(0, 1.6), ch(0.05, 1.6), ch(0.88, 1.6), ch(0.93, 1.6)], 3.0) == "11"


# --------------------------------------------------------------------------- 4. space glyphs


def spaces_over_text(c, x, y, text, size, align="l"):
    """The text, then a run of as many space glyphs drawn over it from just after its
    start (an export that pads every string with spaces)."""
    from cnbudget.demo.fonts import text_width
    draw_text(c, x, y, text, size, align)
    left = x - (text_width(text, size) / 2 if align == "c" else text_width(text, size) if align == "r" else 0)
    c.setFont("Helvetica", size)
    c.drawString(left + 0.3, y, " " * (2 * len(text)))


def test_space_glyphs_over_the_text_do_not_letter_space_it(tmp_path):
    assert_reads_rows(one_table_pdf(tmp_path / "spaces.pdf", text=spaces_over_text))


def test_space_glyph_counts_only_in_a_gap():
    def g(t, x0, x1):
        return {"text": t, "x0": x0, "x1": x1, "top": 0, "bottom": 9, "size": 9}
    a, b = g("1", 0, 5), g("2", 7.5, 12.5)
    assert space_in_gap(g(" ", 5, 7.5), a, b)
    assert not space_in_gap(g(" ", 0.3, 2.8), a, g("2", 5, 10))  # drawn over the digits
    assert line_text([a, g(" ", 5, 7.5), b], 3.0) == "1 2"
    assert line_text([g("1", 0, 5), g(" ", 0.3, 2.8), g("2", 5, 10), g(" ", 5.3, 7.8)], 3.0) == "12"


# --------------------------------------------------------------------------- 5. page edges


def test_frame_on_the_page_edges(tmp_path):
    """The frame's outer rules lie on x = 0, on the page's width, top and bottom."""
    w, h = sum(WIDTHS), ROW_H * len(ROWS)
    c = canvas(tmp_path / "edge.pdf", (w, h))
    table(c, h, 0, 0, title=False)
    c.showPage()
    c.save()
    assert_reads_rows(tmp_path / "edge.pdf", title=None)


def test_frame_cut_by_the_crop_box_is_closed_by_the_page_edge(tmp_path):
    """A crop box hides the frame's left and right borders: the page edge borders the
    table, and its outer columns keep their visible text."""
    path = tmp_path / "crop.pdf"
    c = canvas(path, (480, 300))
    c.setCropBox((20, 0, 460, 300))
    table(c, 300, 0, 190)
    c.showPage()
    c.save()
    doc = assert_reads_rows(path)
    cells = doc.tables[0].cells
    assert min(x.x0 for x in cells) == pytest.approx(20) and max(x.x1 for x in cells) == pytest.approx(460)


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
@pytest.mark.parametrize("media, crop", [
    ((0, 0, 595, 842), None),
    ((-100, -50, 700, 900), (20, 550, 580, 845)),  # media box off the origin, crop around the table
    ((0, 0, 595, 842), (70, 0, 520, 842)),  # crop cutting the frame's left and right borders
    ((-20, -30, 600, 850), (70, 560, 520, 800)),
])
def test_media_and_crop_boxes_on_turned_pages(tmp_path, turn, media, crop):
    """Whatever the media box's origin, the crop box and /Rotate, the table reads the
    same: the visible box is placed in the objects' own frame (pdfplumber's cropbox is
    off on pages turned 180 or 270), and a frame cut by it is closed by the page edge."""
    doc = pdfium.PdfDocument(str(one_table_pdf(tmp_path / "src.pdf")))
    page = doc[0]
    page.set_mediabox(*media)
    if crop:
        page.set_cropbox(*crop)
    page.set_rotation(turn)
    doc.save(str(tmp_path / "boxes.pdf"))
    doc.close()
    assert_reads_rows(tmp_path / "boxes.pdf")


def test_sheet_wider_than_its_page_keeps_its_last_column(tmp_path):
    """Rows ruled to the page's right edge with no rule drawn there (an Excel sheet
    printed wider than its page, its last column cut by the edge but its text on the
    page): the page edge closes the last column."""
    def open_right(c, x0, y0, x1, y1):
        if x0 >= 480:  # the right border is off the page: not drawn
            return
        c.line(x0, y0, min(x1, 480), y1)
    path = tmp_path / "wide.pdf"
    c = canvas(path, (480, 300))
    table(c, 300, 0, 190, rule=open_right, widths=[80.0, 180.0, 110.0, 130.0], title=False)
    c.showPage()
    c.save()
    doc = extract_document(path)
    assert grids(doc) == [ROWS] and doc.status == "ok"
    assert max(x.x1 for x in doc.tables[0].cells) == pytest.approx(480)


def test_page_edge_adds_nothing_to_tables_inside_the_page(tmp_path):
    doc = extract_document(one_table_pdf(tmp_path / "mid.pdf"))
    xs = sorted({c.x0 for c in doc.tables[0].cells} | {c.x1 for c in doc.tables[0].cells})
    assert xs == pytest.approx([57, 137, 317, 427, 537])


@pytest.mark.parametrize("open_sides", [("left", "right"), ("left",), ("top", "bottom")])
def test_table_printed_without_its_outer_sides_keeps_its_outer_cells(tmp_path, open_sides):
    """A Word table with its side borders off (or a sheet with no top and bottom rule): the
    rules' own ends are its edge, and its outer columns (rows) keep their text."""
    xs = [57.0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    ys = [PAGE_H - (120 + i * ROW_H) for i in range(len(ROWS) + 1)]
    off = {"left": ("v", xs[0]), "right": ("v", xs[-1]), "top": ("h", ys[0]), "bottom": ("h", ys[-1])}

    def open_rule(c, x0, y0, x1, y1):
        if any((kind == "v" and x0 == x1 == at) or (kind == "h" and y0 == y1 == at)
               for kind, at in (off[s] for s in open_sides)):
            return
        c.line(x0, y0, x1, y1)
    assert_reads_rows(one_table_pdf(tmp_path / "open.pdf", rule=open_rule))


def test_two_column_form_without_its_outer_sides_keeps_its_labels(tmp_path):
    """label | value rows with the side borders off: one inner rule only, so the labels'
    text between the rules' ends and it tells the strip is a column."""
    rows = [["项目名称", "道路养护"], ["年度资金总额", "120.00"], ["其中：财政拨款", "100.00"], ["其他资金", "20.00"]]

    def no_sides(c, x0, y0, x1, y1):
        if not (x0 == x1 and x0 in (57.0, 57.0 + 120 + 200)):
            c.line(x0, y0, x1, y1)
    doc = extract_document(one_table_pdf(tmp_path / "pairs.pdf", rule=no_sides, rows=rows, widths=[120.0, 200.0]))
    assert grids(doc) == [rows]


def test_rules_running_a_little_past_the_frame_add_no_column(tmp_path):
    """Rows ruled 2pt past the left and right borders (an overshoot, no open side): no
    sliver column is added."""
    def overshoot(c, x0, y0, x1, y1):
        c.line(x0 - 2, y0, x1 + 2, y1) if y0 == y1 else c.line(x0, y0, x1, y1)
    doc = assert_reads_rows(one_table_pdf(tmp_path / "over.pdf", rule=overshoot))
    assert doc.tables[0].n_cols == len(WIDTHS)


# --------------------------------------------------------------------------- 6. thin filled rules


@pytest.mark.parametrize("width", [0.1, 0.5, 1.4])
def test_thin_filled_rectangles_are_rules(tmp_path, width):
    assert_reads_rows(one_table_pdf(tmp_path / f"thin{width}.pdf", rule=filled_rule(width)))


def test_thin_filled_paths_with_float_noise_are_rules(tmp_path):
    assert_reads_rows(one_table_pdf(tmp_path / "noisy.pdf", rule=noisy_filled_rule))


def test_axis_edge_snaps_near_level_segments_and_drops_diagonals():
    e = {"x0": 0, "x1": 100, "top": 10, "bottom": 10.5, "orientation": None}
    h = axis_edge(e, 0.02)
    assert h["orientation"] == "h" and h["top"] == h["bottom"] == 10.25
    assert axis_edge({"x0": 0, "x1": 100, "top": 10, "bottom": 40, "orientation": "v"}, 0.02) is None
    v = axis_edge({"x0": 5, "x1": 5.2, "top": 0, "bottom": 50, "orientation": None}, 0.02)
    assert v["orientation"] == "v" and v["x0"] == v["x1"] == pytest.approx(5.1)


# --------------------------------------------------------------------------- 7. ruled page, no table


def gapped_rule(c, x0, y0, x1, y1, gap=4.0):
    """Rules that stop short of each other (4pt, more than the snap tolerance): a reader
    sees a grid, the table finder joins nothing."""
    if y0 == y1:
        c.line(x0 + gap, y0, x1 - gap, y1)
    else:
        lo, hi = min(y0, y1), max(y0, y1)
        for k in range(len(ROWS)):
            c.line(x0, lo + k * ROW_H + gap, x0, lo + (k + 1) * ROW_H - gap)


def _cell_gapped_rule(c, x0, y0, x1, y1, gap=4.0):
    if y0 == y1:
        xs = [x0]
        for w in WIDTHS:
            xs.append(xs[-1] + w)
        for a, b in zip(xs, xs[1:]):
            c.line(a + gap, y0, b - gap, y0)
    else:
        gapped_rule(c, x0, y0, x1, y1, gap)


def test_ruled_page_without_a_table_is_reported(tmp_path):
    """A document whose other page has a table is partial, with a readable reason."""
    path = tmp_path / "gapped.pdf"
    c = canvas(path)
    table(c, PAGE_H, 57, 120)
    c.showPage()
    table(c, PAGE_H, 57, 120, rule=_cell_gapped_rule)
    c.showPage()
    c.save()
    doc = extract_document(path)
    assert len(doc.tables) == 1 and doc.status == "partial"
    assert doc.error == "page 2: draws ruled lines but no table was found"
    assert [(e.stage, e.page) for e in doc.errors] == [("page", 2)]


def test_document_whose_only_ruled_page_gives_no_table_fails(tmp_path):
    """No table at all, and a page lost: settle_status calls that failed ("page" is an
    extraction stage), not ok."""
    path = one_table_pdf(tmp_path / "only.pdf", rule=_cell_gapped_rule)
    doc = extract_document(path)
    assert doc.tables == [] and doc.status == "failed"
    assert doc.error == "page 1: draws ruled lines but no table was found"
    assert settle_status(doc.errors, has_tables=True) == "partial"


def test_boxes_underlines_and_bar_charts_are_no_grid(tmp_path):
    """Pages that draw lines but no table stay ok: a boxed paragraph, signature lines,
    a bar chart with outlined bars on its axis, an organisation chart."""
    path = tmp_path / "nogrid.pdf"
    c = canvas(path)
    c.rect(60, 600, 470, 150, stroke=1, fill=0)  # a boxed note
    draw_text(c, 80, 700, "注：本表数据为预算数。", 10)
    for y in (500, 470, 440):  # signature lines
        c.line(300, y, 500, y)
    c.line(80, 100, 500, 100)  # a bar chart on its axis
    c.line(80, 100, 80, 380)
    for k, hgt in enumerate((120, 200, 90, 260, 150)):
        c.rect(100 + 80 * k, 100, 40, hgt, stroke=1, fill=0)
    c.showPage()
    c.rect(240, 700, 120, 40, stroke=1, fill=0)  # an organisation chart: boxes on a bus
    c.line(300, 700, 300, 660)
    c.line(100, 660, 500, 660)
    for k in range(5):
        c.line(100 + 100 * k, 660, 100 + 100 * k, 620)
        c.rect(70 + 100 * k, 560, 60, 60, stroke=1, fill=0)
    c.showPage()
    c.save()
    doc = extract_document(path)
    assert doc.status == "ok" and doc.tables == [] and doc.errors == []


def test_draws_grid_counts_rules_that_nearly_meet():
    def h(y, x0=0, x1=100):
        return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}

    def v(x, t=0, b=100):
        return {"orientation": "v", "x0": x, "x1": x, "top": t, "bottom": b}
    lattice = [h(0), h(50), h(100), v(0), v(50), v(100)]
    assert draws_grid(lattice, 3, 6.0, 3.0)
    gapped = [h(0, 5, 95), h(50, 5, 95), h(100, 5, 95), v(0, 5, 95), v(50, 5, 95), v(100, 5, 95)]
    assert draws_grid(gapped, 3, 6.0, 3.0) and not draws_grid(gapped, 3, 2.0, 3.0)
    assert not draws_grid([h(0), h(100), v(0), v(100)], 3, 6.0, 3.0)  # a box


# --------------------------------------------------------------------------- the real files


@pytest.mark.corpus
def test_real_documents_read_upright_and_report_no_ruled_page_without_a_table():
    """On the corpus and the cities every page is read as drawn (none is turned) and no
    ruled page goes without its table: neither new rule fires on them."""
    from conftest import extracted

    names = sorted(p.name for p in CORPUS.glob("*.pdf")) + sorted(
        f"cities/{p.name}" for p in (CORPUS / "cities").glob("*.pdf")) if CORPUS.exists() else []
    if not names:
        pytest.skip("real corpus not available")
    for name in names:
        doc = extracted(name)
        assert not any("ruled lines" in e.reason for e in doc.errors), (name, doc.error)
