"""The PDFium text-layer backend (strategy "pdfium") against the pdfplumber one.

PDFium's characters and path objects (extractors/pdfium_text.py) feed the same
geometry and table code as pdfminer's; every fixture here is read with both strategies
and must give the same document: tables, titles, units, cells with their spans and
boxes. The fixtures are the layouts of test_geometry_variants.py and test_titles.py
(turned pages, spot-colour and white ruling, thin filled rules, frames cut by the crop
box, titles inside the grid …) and the demo samples. Two layouts are read right only by
PDFium, which knows what pdfminer does not: rules cut away by a clip path and rules
painted at alpha 0; the test says so. The real corpus is compared document by document.
"""
from __future__ import annotations

import random
import subprocess
import sys

import pdfplumber
import pyarrow.parquet as pq
import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings as hsettings, strategies as st
from pdfplumber.table import edges_to_intersections, intersections_to_cells

from cnbudget.demo.broken import make_junk_pdf
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.samples import write_sample_set
from cnbudget.extractors.document import extract_document
from cnbudget.extractors.geometry import CLIP_SLACK, edge_prints, is_white, visible_edges
from cnbudget.extractors.pdfium_text import PdfiumPage
from cnbudget.extractors.routing import route_page
from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.extractors.strategies import STRATEGIES, PageView, smallest_cells

from conftest import CORPUS, extracted
from scan_fixtures import make_scan_pdf
from test_geometry_variants import (PAGE_H, PAGE_W, ROWS, SPOT_BLACK, SPOT_NONE, TITLE, _as_devicen,
                                    _inset_background, canvas, fake_bold_text, filled_rule, noisy_filled_rule,
                                    one_table_pdf, spaces_over_text, table)
from test_titles import FUNCTION_HEADER, FUNCTION_ROWS, _pdf, _table_page

PLUMBER = DEFAULT_SETTINGS.with_(strategy="pdfplumber")
PDFIUM = DEFAULT_SETTINGS.with_(strategy="pdfium")


def signature(doc) -> dict:
    """Everything a document's datasets are built from, but the cells' boxes."""
    return {
        "status": doc.status, "error": doc.error, "routes": doc.page_routes,
        "meta": (doc.title, doc.department, doc.region, doc.fiscal_year, doc.doc_type, doc.budget_scope),
        "tables": [(t.title, t.unit_raw, t.unit, t.table_kind, t.page_first, t.page_last, t.n_rows, t.n_cols,
                    t.header_rows, t.unassigned_chars, round(t.whitespace, 6),
                    [(c.page, c.row, c.col, c.row_span, c.col_span, c.text, c.is_header) for c in t.cells])
                   for t in doc.tables],
    }


def assert_alike(a, b, what: str = "") -> None:
    """The same document, cell boxes within 0.01 pt (PDFium keeps coordinates in 32-bit
    floats)."""
    assert signature(b) == signature(a), what
    for ta, tb in zip(a.tables, b.tables):
        for ca, cb in zip(ta.cells, tb.cells):
            assert all(abs(getattr(ca, k) - getattr(cb, k)) <= 0.01 for k in ("x0", "y0", "x1", "y1")), (what, ca, cb)


def both(path):
    """The document read by each strategy; each table says which read it."""
    a, b = extract_document(path, PLUMBER), extract_document(path, PDFIUM)
    assert {t.strategy for t in a.tables} <= {"pdfplumber"} and {t.strategy for t in b.tables} <= {"pdfium"}
    return a, b


def test_pdfium_is_a_registered_text_strategy():
    assert STRATEGIES["pdfium"].method == "text" and STRATEGIES["pdfium"].name == "pdfium"


# --------------------------------------------------------------------------- fixtures


def _rotated(turn):
    def make(tmp_path):
        src = one_table_pdf(tmp_path / "up.pdf")
        doc = pdfium.PdfDocument(str(src))
        doc[0].set_rotation(turn)
        doc.save(str(tmp_path / f"rot{turn}.pdf"))
        doc.close()
        return tmp_path / f"rot{turn}.pdf"
    return make


def _sideways(turn):
    def make(tmp_path):
        path = tmp_path / f"side{turn}.pdf"
        c = canvas(path)
        if turn == 90:
            c.translate(PAGE_W, 0)
            c.rotate(90)
        elif turn == 270:
            c.translate(0, PAGE_H)
            c.rotate(-90)
        else:
            c.translate(PAGE_W, PAGE_H)
            c.rotate(180)
        table(c, PAGE_W if turn in (90, 270) else PAGE_H, 120, 120)
        c.showPage()
        c.save()
        return path
    return make


def _drawn(name, **kw):
    def make(tmp_path):
        c = canvas(tmp_path / name)
        for k, v in kw.items():
            getattr(c, k)(v)
        table(c, PAGE_H, 57, 120)
        c.showPage()
        c.save()
        return tmp_path / name
    return make


def _spot_fills(tmp_path):
    def spot_rule(c, *a):
        c.setFillColor(SPOT_BLACK)
        filled_rule(0.5)(c, *a)
        c.setFillColorRGB(0, 0, 0)
    return one_table_pdf(tmp_path / "sepfill.pdf", rule=spot_rule, background=_inset_background(SPOT_NONE))


def _devicen(tmp_path):
    c = canvas(tmp_path / "sep.pdf")
    c.setStrokeColor(SPOT_BLACK)
    table(c, PAGE_H, 57, 120, background=_inset_background(SPOT_NONE))
    c.showPage()
    c.save()
    return _as_devicen(tmp_path / "sep.pdf", tmp_path / "devicen.pdf")


def _white_backgrounds(tmp_path):
    def white(c, x, y, w, h):
        c.setFillGray(1)
        c.rect(x + 6, y + 6, w - 12, h - 12, stroke=0, fill=1)
        c.setFillGray(0)
    return one_table_pdf(tmp_path / "gray.pdf", background=white)


def _white_strokes(tmp_path):
    """White stroked rules through every row and column: they print nothing."""
    def white(c, x, y, w, h):
        c.setStrokeColorRGB(1, 1, 1)
        c.line(x + w / 2, y + 2, x + w / 2, y + h - 2)
        c.line(x + 2, y + h / 2, x + w - 2, y + h / 2)
        c.setStrokeColorRGB(0, 0, 0)
    return one_table_pdf(tmp_path / "whitelines.pdf", background=white)


def _boxes(turn, media, crop):
    def make(tmp_path):
        doc = pdfium.PdfDocument(str(one_table_pdf(tmp_path / "src.pdf")))
        page = doc[0]
        page.set_mediabox(*media)
        if crop:
            page.set_cropbox(*crop)
        page.set_rotation(turn)
        doc.save(str(tmp_path / "boxes.pdf"))
        doc.close()
        return tmp_path / "boxes.pdf"
    return make


def _crop_cut(tmp_path):
    c = canvas(tmp_path / "crop.pdf", (480, 300))
    c.setCropBox((20, 0, 460, 300))
    table(c, 300, 0, 190)
    c.showPage()
    c.save()
    return tmp_path / "crop.pdf"


def _grid_title(tmp_path):
    rows = [["收支总表（预算表1）"], ["预算单位：示例局", "", "单位：万元"], FUNCTION_HEADER] + FUNCTION_ROWS
    return _pdf(tmp_path / "grid.pdf", [_table_page([(90, "第二部分 2026年度部门预算表")], rows)])


def _title_after_table(tmp_path):
    lines = [(80, "一般公共预算支出表"), (110, "编制单位：示例局    单位：元")]
    return _pdf(tmp_path / "excel.pdf", [_table_page(lines, [FUNCTION_HEADER] + FUNCTION_ROWS, table_first=True)])


def _table_in_a_shifted_form(tmp_path, shift=300.0):
    """The table drawn in a form XObject placed `shift` points lower than its own
    space, clipped there to the table's box (a clip read in the wrong space would cut
    every rule away)."""
    c = canvas(tmp_path / "form.pdf")
    c.beginForm("table", lowerx=0, lowery=0, upperx=PAGE_W, uppery=PAGE_H + shift)
    top = 120 - shift
    p = c.beginPath()
    p.rect(50, PAGE_H - top - len(ROWS) * 22 - 5, 500, len(ROWS) * 22 + 10)
    c.clipPath(p, stroke=0, fill=0)
    table(c, PAGE_H, 57, top, title=False)
    c.endForm()
    c.saveState()
    c.translate(0, -shift)
    c.doForm("table")
    c.restoreState()
    c.showPage()
    c.save()
    return tmp_path / "form.pdf"


FIXTURES = {
    "plain": (lambda p: one_table_pdf(p / "plain.pdf"), ROWS),
    **{f"rotate{t}": (_rotated(t), ROWS) for t in (90, 180, 270)},
    **{f"sideways{t}": (_sideways(t), ROWS) for t in (90, 180, 270)},
    "spot-colour rules": (_drawn("sep.pdf", setStrokeColor=SPOT_BLACK), ROWS),
    "spot-colour fills, tint-0 backgrounds": (_spot_fills, ROWS),
    "DeviceN rules": (_devicen, ROWS),
    "white backgrounds": (_white_backgrounds, ROWS),
    "white stroked rules": (_white_strokes, ROWS),
    "thin filled rules": (lambda p: one_table_pdf(p / "thin.pdf", rule=filled_rule(0.1)), ROWS),
    "filled paths with float noise": (lambda p: one_table_pdf(p / "noisy.pdf", rule=noisy_filled_rule), ROWS),
    "fake bold, tiny": (lambda p: one_table_pdf(p / "tiny.pdf", size=1.6, text=fake_bold_text(0.04)), ROWS),
    "fake bold, large": (lambda p: one_table_pdf(p / "bold.pdf", text=fake_bold_text(0.08)), ROWS),
    "spaces over text": (lambda p: one_table_pdf(p / "spaces.pdf", text=spaces_over_text), ROWS),
    "frame cut by the crop box": (_crop_cut, ROWS),
    **{f"media/crop boxes, rotate {t}": (_boxes(t, (-100, -50, 700, 900), (20, 550, 580, 845)), ROWS)
       for t in (0, 90, 180, 270)},
    "table in a shifted form XObject, clipped to itself": (_table_in_a_shifted_form, ROWS, None),
    "title inside the grid": (_grid_title, None),
    "title after the table in text order": (_title_after_table, None),
}


@pytest.mark.parametrize("name", list(FIXTURES))
def test_both_backends_read_each_layout_alike(tmp_path, name):
    make, rows, *title = FIXTURES[name]
    path = make(tmp_path)
    a, b = both(path)
    assert_alike(a, b)
    assert a.status == "ok" and a.tables
    if rows is not None:
        assert [t.grid() for t in b.tables] == [rows]
        assert b.tables[0].title == (title[0] if title else TITLE)


def test_both_backends_read_the_demo_samples_alike(tmp_path):
    write_sample_set(tmp_path)
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert len(pdfs) >= 5
    for path in pdfs:
        a, b = both(path)
        assert_alike(a, b, path.name)


def test_extract_command_takes_the_pdfium_strategy(tmp_path):
    """`cnbudget extract --strategy pdfium` publishes what the pdfplumber strategy does."""
    (tmp_path / "in").mkdir()
    make_budget_pdf(tmp_path / "in" / "a.pdf")
    make_junk_pdf(tmp_path / "in" / "junk.pdf")
    rows = {}
    for strategy in ("pdfplumber", "pdfium"):
        out = tmp_path / strategy
        r = subprocess.run([sys.executable, "-m", "cnbudget.flows.cli", "extract", str(tmp_path / "in"), "--out",
                            str(out), "--quiet", "--strategy", strategy], capture_output=True, text=True)
        assert r.returncode == 1, r.stderr  # the junk file fails, in one line, the batch goes on
        tables = pq.read_table(out / "tables").to_pylist()
        assert {t["strategy"] for t in tables} == {strategy}
        rows[strategy] = sorted((c["table_id"][-4:], c["row"], c["col"], c["text"])
                                for c in pq.read_table(out / "cells").to_pylist())
    assert rows["pdfium"] == rows["pdfplumber"] and rows["pdfium"]


def _phantom_rules(tmp_path, name, hide):
    """The table, and rules drawn through the middle of every cell that ``hide`` makes
    invisible (a clip path elsewhere on the page, alpha 0)."""
    c = canvas(tmp_path / name)
    xs, ys = table(c, PAGE_H, 57, 120)
    c.saveState()
    hide(c)
    for x0, x1 in zip(xs, xs[1:]):
        c.line((x0 + x1) / 2, PAGE_H - ys[0], (x0 + x1) / 2, PAGE_H - ys[-1])
    for y0, y1 in zip(ys, ys[1:]):
        c.line(xs[0], PAGE_H - (y0 + y1) / 2, xs[-1], PAGE_H - (y0 + y1) / 2)
    c.restoreState()
    c.showPage()
    c.save()
    return tmp_path / name


def _clip_away(c):
    p = c.beginPath()
    p.rect(0, 0, 40, 40)  # the page's lower-left corner: nowhere near the table
    c.clipPath(p, stroke=0, fill=0)


def _phantom_rules_in_a_form(tmp_path, name, shift=300.0):
    """The same, the phantom rules inside a form XObject drawn `shift` points lower
    than its own space, with its clip given in that space (PDFium gives a form's clip
    paths in the form's space)."""
    c = canvas(tmp_path / name)
    xs, ys = table(c, PAGE_H, 57, 120)
    c.beginForm("phantoms", lowerx=0, lowery=0, upperx=PAGE_W, uppery=PAGE_H + shift)
    p = c.beginPath()
    p.rect(xs[0] - 2, PAGE_H - ys[0] + shift + 20, xs[-1] - xs[0] + 4, 30)  # above the table, once shifted
    c.clipPath(p, stroke=0, fill=0)
    for x0, x1 in zip(xs, xs[1:]):
        c.line((x0 + x1) / 2, PAGE_H - ys[0] + shift, (x0 + x1) / 2, PAGE_H - ys[-1] + shift)
    c.endForm()
    c.saveState()
    c.translate(0, -shift)
    c.doForm("phantoms")
    c.restoreState()
    c.showPage()
    c.save()
    return tmp_path / name


@pytest.mark.parametrize("name, make", [
    ("clipped.pdf", lambda p, n: _phantom_rules(p, n, _clip_away)),
    ("alpha0.pdf", lambda p, n: _phantom_rules(p, n, lambda c: c.setStrokeAlpha(0))),
    ("clipped-in-form.pdf", _phantom_rules_in_a_form),
])
def test_only_pdfium_sees_rules_hidden_by_a_clip_or_alpha(tmp_path, name, make):
    """pdfminer knows neither clip paths nor alpha: pdfplumber takes the hidden rules
    for grid lines and splits every cell; PDFium's reading is the printed table."""
    path = make(tmp_path, name)
    a, b = both(path)
    assert [t.grid() for t in b.tables] == [ROWS] and b.tables[0].title == TITLE
    assert [t.grid() for t in a.tables] != [ROWS]


# --------------------------------------------------------------------------- the objects themselves


def _close(x: dict, y: dict, keys=("x0", "top", "x1", "bottom"), tol=0.05) -> bool:
    """Within 0.05 pt: PDFium's coordinates are 32-bit floats, and for a standard font
    shown without /Widths (reportlab's Helvetica) PDFium advances by its built-in
    font's widths, pdfminer by Adobe's metrics (0.556 against 0.5555 em), which drifts
    ~0.001 pt a glyph along a line."""
    return all(abs(x[k] - y[k]) <= tol for k in keys)


@pytest.mark.parametrize("name", ["plain", "rotate90", "rotate270", "sideways90", "sideways180",
                                  "media/crop boxes, rotate 180", "spot-colour fills, tint-0 backgrounds"])
def test_pdfium_page_gives_pdfplumbers_chars_and_rules(tmp_path, name):
    """Character boxes, sizes and turns, and the visible rules of the page view, as
    pdfplumber gives them."""
    path = FIXTURES[name][0](tmp_path)
    with pdfplumber.open(path) as pl:
        doc = pdfium.PdfDocument(str(path))
        frame = pl.pages[0]
        mine = PdfiumPage(doc[0], frame, 1)
        theirs = [c for c in frame.chars if c["text"].strip()]
        ours = [c for c in mine.chars if c["text"].strip()]
        assert [c["text"] for c in sorted(ours, key=lambda c: (round(c["top"]), c["x0"]))] == \
            [c["text"] for c in sorted(theirs, key=lambda c: (round(c["top"]), c["x0"]))]
        key = lambda c: (c["text"], round(c["top"], 1), round(c["x0"], 1))  # noqa: E731
        for x, y in zip(sorted(ours, key=key), sorted(theirs, key=key)):
            assert _close(x, y) and abs(x["size"] - y["size"]) < 0.01 and x["upright"] == y["upright"], (x, y)
        view_a = PageView.of(frame, DEFAULT_SETTINGS)
        white = DEFAULT_SETTINGS.white_threshold
        view_b = PageView.build(mine, mine.ruling_edges(lambda paint: edge_prints(paint, white)), DEFAULT_SETTINGS)
        assert view_b.turn == view_a.turn and (view_b.width, view_b.height) == (view_a.width, view_a.height)
        rk = lambda r: (r["orientation"], round(r["top"], 1), round(r["x0"], 1), round(r["x1"], 1))  # noqa: E731
        ra, rb = sorted(view_a.rules, key=rk), sorted(view_b.rules, key=rk)
        assert len(ra) == len(rb) and all(_close(x, y) and x["orientation"] == y["orientation"]
                                          for x, y in zip(ra, rb))
        doc.close()


def test_pdfium_page_routes_like_pdfplumber(tmp_path):
    """The router reads images, curves and rectangles off either page alike."""
    src = one_table_pdf(tmp_path / "t.pdf")
    make_scan_pdf(src, tmp_path / "scan.pdf", pages=[1])
    for path in (src, tmp_path / "scan.pdf"):
        with pdfplumber.open(path) as pl:
            doc = pdfium.PdfDocument(str(path))
            mine = PdfiumPage(doc[0], pl.pages[0], 1)
            assert route_page(mine, DEFAULT_SETTINGS) == route_page(pl.pages[0], DEFAULT_SETTINGS)
            assert len(mine.images) == len(pl.pages[0].images)
            assert len(mine.edges) == len(pl.pages[0].edges)
            doc.close()


def test_a_pdfplumber_page_reads_the_layout_put_in_its_place(tmp_path):
    """strategies._replace_layout relies on pdfplumber caching Page.layout in _layout, a
    cached property that flush_cache() and close() drop; a pdfplumber that stops doing
    so fails here, not silently on spot-colour pages."""
    from cnbudget.extractors.strategies import _replace_layout

    path = FIXTURES["spot-colour fills, tint-0 backgrounds"][0](tmp_path)
    with pdfplumber.open(path) as pl, pdfplumber.open(path) as other:
        page = pl.pages[0]
        assert "_layout" in type(page).cached_properties
        first = page.layout
        n_rects = len(page.rects)
        fresh = other.pages[0].layout
        _replace_layout(page, fresh)
        assert page.layout is fresh and page.layout is not first and len(page.rects) == n_rects
        page.close()
        assert page.layout is not fresh  # read afresh after close


def test_edge_prints_reads_alpha_and_clip_where_the_backend_knows_them():
    rule = {"x0": 0.0, "x1": 100.0, "top": 5.0, "bottom": 5.0, "orientation": "h", "object_type": "line",
            "stroke": True, "fill": False, "stroking_color": (0.0, 0.0, 0.0)}
    assert edge_prints(rule, 0.95)
    assert not edge_prints({**rule, "stroking_alpha": 0.0}, 0.95)
    assert not edge_prints({**rule, "clip": (0.0, 50.0, 100.0, 80.0)}, 0.95)  # the clip is below it
    [cut] = visible_edges([{**rule, "clip": (50.0, 0.0, 200.0, 10.0)}], 3.0, 0.95)
    assert (cut["x0"], cut["x1"]) == (50.0 - CLIP_SLACK, 100.0)
    # PDFium's 8-bit gray at the white threshold (0.95 -> 242) is read as pdfminer reads 0.95
    assert is_white(((242 + 0.5) / 255,) * 3, 0.95) and not is_white(((241 + 0.5) / 255,) * 3, 0.95)


# --------------------------------------------------------------------------- the table finder's cells


@st.composite
def _ruling(draw):
    """Rules on a coarse lattice (so that they meet), some pieces of one line."""
    n = draw(st.integers(2, 14))
    edges = []
    for _ in range(n):
        pos = draw(st.integers(0, 8)) * 10.0
        lo = draw(st.integers(0, 7)) * 10.0
        hi = lo + draw(st.integers(1, 8)) * 10.0
        if draw(st.booleans()):
            edges.append({"x0": lo, "x1": hi, "top": pos, "bottom": pos, "width": hi - lo, "height": 0,
                          "orientation": "h"})
        else:
            edges.append({"x0": pos, "x1": pos, "top": lo, "bottom": hi, "width": 0, "height": hi - lo,
                          "orientation": "v"})
    return edges


@hsettings(max_examples=300, deadline=None)
@given(_ruling(), st.sampled_from([0.0, 1.0, 3.0]))
def test_smallest_cells_are_pdfplumbers_cells(edges, tolerance):
    inter = edges_to_intersections(edges, tolerance, tolerance)
    assert smallest_cells(inter) == intersections_to_cells(inter)


def test_smallest_cells_on_a_merged_grid():
    rng = random.Random(7)
    xs, ys = [0, 50, 120, 200, 260], [0, 20, 40, 60, 80, 100]
    edges = [{"x0": xs[0], "x1": xs[-1], "top": y, "bottom": y, "orientation": "h"} for y in ys]
    for x in xs:  # vertical rules broken at random rows: merged cells
        for y0, y1 in zip(ys, ys[1:]):
            if x in (xs[0], xs[-1]) or rng.random() < 0.7:
                edges.append({"x0": x, "x1": x, "top": y0, "bottom": y1, "orientation": "v"})
    inter = edges_to_intersections(edges, 3, 3)
    assert smallest_cells(inter) == intersections_to_cells(inter)


# --------------------------------------------------------------------------- the real corpus


@pytest.mark.corpus
def test_corpus_documents_alike_under_both_backends():
    pdfs = sorted(CORPUS.glob("*.pdf")) + sorted((CORPUS / "cities").glob("*.pdf")) if CORPUS.exists() else []
    if not pdfs:
        pytest.skip("real corpus not available")
    compared = 0
    for p in pdfs:
        # the pdfplumber reading is the session's cached one where the defaults are pdfplumber's
        a = extracted(str(p.relative_to(CORPUS))) if DEFAULT_SETTINGS.strategy == "pdfplumber" \
            else extract_document(p, PLUMBER)
        b = extract_document(p, PDFIUM)
        assert_alike(a, b, p.name)
        compared += a.status != "failed"
    assert compared >= 20
