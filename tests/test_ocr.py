"""OCR fallback for scanned pages (extractors/ocr.py).

A generated budget disclosure (text PDF) gets two of its table pages replaced by
degraded 200 dpi scans (tests/scan_fixtures.py): the OCR'd tables must match what the
text layer of the original gives for the same pages. Only 2 pages are OCR'd here.
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scan_fixtures  # noqa: E402

from cnbudget.demo.budgets import make_budget_pdf  # noqa: E402
from cnbudget.extractors import ocr, routing  # noqa: E402
from cnbudget.extractors.document import extract_document  # noqa: E402
from cnbudget.extractors.ocr_numbers import column_style, normalise_number  # noqa: E402

SCANNED = [3, 4]  # the 收支总表 and the first page of the 支出预算总表 (continued as text on 5-6)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    d = tmp_path_factory.mktemp("scans")
    src = d / "budget.pdf"
    make_budget_pdf(src)
    out = d / "budget_scanned.pdf"
    scan_fixtures.make_scan_pdf(src, out, SCANNED, keep_text_pages=True, seed=7)
    # nothing may be downloaded: any attempt fails the extraction loudly
    from rapidocr.utils import download_file

    def no_download(*a, **k):
        raise AssertionError("rapidocr tried to download a model")

    before = ocr.ENGINE_CREATED
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(download_file.DownloadFile, "run", classmethod(lambda cls, *a, **k: no_download()))
        doc = extract_document(out)
    return SimpleNamespace(src=src, out=out, gold=extract_document(src), doc=doc,
                           engines_built=ocr.ENGINE_CREATED - before)


def test_routing_picks_ocr_for_scans_and_text_for_text_pages(mixed):
    routes = mixed.doc.page_routes
    assert {p for p, r in routes.items() if r.startswith("ocr")} == set(SCANNED)
    assert all(routes[p] == "text" for p in routes if p not in SCANNED)
    assert "scan" in routes[SCANNED[0]]
    assert mixed.doc.ocr_page_count == len(SCANNED)
    assert mixed.doc.status == "ok", mixed.doc.error


def test_ocr_tables_match_the_text_layer(mixed):
    score = scan_fixtures.score_ocr(mixed.gold, mixed.doc, {p: p for p in SCANNED})
    assert score["f1"] >= 0.95, score["misses"]
    assert score["numeric_exact_share"] >= 0.99, score["misses"]
    assert score["numeric_cells"] >= 50


def test_ocr_tables_are_marked_and_join_text_continuations(mixed):
    gold = {t.seq: t for t in mixed.gold.tables}
    assert len(mixed.doc.tables) == len(mixed.gold.tables)
    for t in mixed.doc.tables:
        g = gold[t.seq]
        assert (t.title, t.table_kind, t.unit, t.page_first, t.page_last, t.n_rows, t.n_cols, t.header_rows) == \
            (g.title, g.table_kind, g.unit, g.page_first, g.page_last, g.n_rows, g.n_cols, g.header_rows)
        ocr_cells = [c for c in t.cells if c.page in SCANNED]
        if ocr_cells:
            assert (t.method, t.strategy) == ("ocr", "ocr")
            assert all(0.0 <= c.confidence <= 1.0 for c in ocr_cells)
            assert any(c.confidence < 1.0 for c in ocr_cells)
        else:
            assert t.method == "text" and all(c.confidence == 1.0 for c in t.cells)
    # the 支出预算总表 starts on a scanned page and goes on as text: one logical table
    t = next(t for t in mixed.doc.tables if t.page_first == 4)
    assert t.page_last == 6 and {c.page for c in t.cells} == {4, 5, 6}


def test_engine_is_created_once_and_unparsed_amounts_are_reread(mixed, monkeypatch):
    assert mixed.engines_built <= 1
    built = ocr.ENGINE_CREATED
    engine = ocr.get_engine()
    # the first reading of the page garbles two amounts: they must be read again
    real, calls = ocr.recognize, []

    def garbling(images, settings=ocr.DEFAULT_OCR_SETTINGS):
        out = real(images, settings)
        calls.append(len(images))
        if len(calls) == 1:
            out = [(t.replace(".", ".x") if t.startswith(("46,271", "7,290")) else t, sc) for t, sc in out]
        return out

    monkeypatch.setattr(ocr, "recognize", garbling)
    page = ocr.ocr_page_fragments(mixed.out, SCANNED[0])
    assert page.fragments and ocr.get_engine() is engine and ocr.ENGINE_CREATED == built == 1
    cells = {(c.grid.row, c.grid.col): c for c in page.fragments[0].cells}
    assert cells[(0, 0)].text == "本年收入"
    assert len(calls) == 3  # cells, the re-read of the garbled ones, the title band
    assert cells[(2, 1)].text == "46,271,202.63" and cells[(3, 3)].text == "7,290,174.99"


def test_engine_sessions_take_one_thread_and_never_spin():
    # the run's worker processes are the parallelism; an idle pool thread must not spin
    session = ocr._rec_model(ocr.DEFAULT_OCR_SETTINGS).session.session
    opts = session.get_session_options()
    assert (opts.intra_op_num_threads, opts.inter_op_num_threads) == (1, 1)
    assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert opts.get_session_config_entry("session.inter_op.allow_spinning") == "0"
    assert session.get_providers() == ["CPUExecutionProvider"]


class _Page(SimpleNamespace):
    width = 595.0
    height = 842.0
    images: list = []
    curves: list = []
    rects: list = []
    edges: list = []
    chars: list = []


def _chars(text):
    return [{"text": ch} for ch in text]


def test_needs_ocr_reasons_without_rendering():
    full_image = [{"x0": 0, "x1": 595, "top": 0, "bottom": 842}]
    assert routing.needs_ocr(_Page(images=full_image)).startswith("scan")
    assert routing.needs_ocr(_Page(curves=[{}] * 400)).startswith("outlines")
    assert routing.needs_ocr(_Page()) is None  # an empty page is just empty
    assert routing.needs_ocr(_Page(chars=[{"text": "(cid:12)"}] * 80)).startswith("garbage")
    assert routing.needs_ocr(_Page(chars=_chars("\ue001\ue002\ue003" * 20))).startswith("garbage")
    assert routing.needs_ocr(_Page(chars=_chars("\ufffd" * 40 + "部门预算"))).startswith("garbage")
    junk = _chars("ÃÆ¼Ð¿ÂÉÏ" * 10)
    assert routing.needs_ocr(_Page(chars=junk, images=full_image)).startswith("garbage")
    good = _chars("2025年部门财务收支预算总表 单位：元 46,271,202.63" * 3)
    assert routing.needs_ocr(_Page(chars=good)) is None
    assert routing.needs_ocr(_Page(chars=good, edges=[{}] * 40, images=full_image)) is None


@pytest.mark.parametrize("raw,grouping,decimals,want", [
    ("46,271,2O2.63", True, 2, "46,271,202.63"),
    ("46271202.63", True, 2, "46,271,202.63"),
    ("l,302,806.O8", True, 2, "1,302,806.08"),
    ("3，516，433。72", True, 2, "3,516,433.72"),
    ("3,516,433,72", True, 2, "3,516,433.72"),
    ("一", True, 2, "-"),
    ("2O1", None, None, "201"),
    ("16.09", None, 2, "16.09"),
    ("一般公共服务支出", True, 2, "一般公共服务支出"),
])
def test_numeric_cells_are_normalised(raw, grouping, decimals, want):
    assert normalise_number(raw, grouping, decimals) == want


def test_column_style():
    assert column_style(["1,234.00", "56.10", "-", "7,890,123.45"]) == (True, True, 2)
    assert column_style(["201", "20101", "2010101"])[0]
    assert not column_style(["人大事务", "一般行政管理事务", "12.00"])[0]


@pytest.mark.parametrize("rules", ["cells", "open"])
def test_scanned_form_printed_without_its_outer_sides_keeps_its_outer_columns(tmp_path, rules):
    """A scanned form whose table has no outer left and right rules (a Word table with its
    side borders off): the image grid ends where its rules end, so the row numbers on the
    left and the notes on the right stay cells, and the labels beside them stay whole."""
    from dataclasses import replace

    from cnbudget.demo.tables import TableSpec, write_tables_pdf
    from cnbudget.normalizers import performance as P

    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 3, "就业创业补贴"),
             (1, 0, 1, 2, "项目资金总额"), (1, 2, 1, 1, "420.00"), (1, 3, 1, 1, "其中：财政资金"), (1, 4, 1, 1, "420.00"),
             (2, 0, 1, 1, "序号"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
             (2, 4, 1, 1, "备注"),
             (3, 0, 1, 1, "1"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "城镇新增就业人数"), (3, 3, 1, 1, "≥3500人"),
             (3, 4, 1, 1, "按年统计")]
    spec = TableSpec("项目支出绩效目标表", "project_performance_targets", "单位：万元", "wan_yuan", "编制部门：示例局",
                     [40, 100, 150, 110, 90], cells, 4, [], ["c"] * 5, repeat_header=False)
    src = write_tables_pdf(tmp_path / "form.pdf", [replace(spec, rules=rules)], "示例局2025年项目支出绩效目标表")
    scan_fixtures.make_scan_pdf(src, tmp_path / "scan.pdf", seed=3)
    doc = extract_document(tmp_path / "scan.pdf")
    (table,) = [t for t in doc.tables if t.method == "ocr" and t.n_cols == 5]
    assert table.grid()[1][0] == "项目资金总额" and table.grid()[3][4] == "按年统计"
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (4200000, 4200000)


@pytest.mark.parametrize("raw, want", [("≤0.9%o", "≤0.9‰"), ("≤3 %o", "≤3‰"), ("< 5%0", "< 5‰"), ("5%", "5%"), ("%o", "%o"), ("5%05", "5%05"),
                                       ("每 千 人", "每千人")])
def test_per_mille_read_as_percent_and_o_is_per_mille(raw, want):
    # the recognizer reads a small ‰ as "%o" after a figure: per mille, as printed
    assert ocr._clean_text(raw) == want
