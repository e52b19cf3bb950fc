"""`cnbudget inspect`: a page with what extraction found drawn over it, on generated
samples (text layer and scan), and the frame its coordinates are drawn in."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.extractors.document import extract_document
from cnbudget.extractors.geometry import turn_box
from cnbudget.datasets.page_picture import (HIGHLIGHT_COLOUR, METHOD_COLOURS, MERGED_COLOUR, TITLE_COLOUR,
                                           UNIT_COLOUR, upright, write_inspection)
from cnbudget.extractors.inspect import InspectError, inspect_page

from scan_fixtures import make_scan_pdf

CLI = [sys.executable, "-m", "cnbudget.flows.cli"]


@pytest.fixture(scope="module")
def budget(tmp_path_factory):
    path = tmp_path_factory.mktemp("inspect") / "上海市普陀区示例局25年预算.pdf"
    make_budget_pdf(path)
    return path


def _pixels(path) -> np.ndarray:
    with Image.open(path) as im:
        return np.asarray(im.convert("RGB")).astype(int)


def _near(px: np.ndarray, colour, tol: int = 12) -> np.ndarray:
    return np.abs(px - np.array(colour)).max(axis=2) < tol


def _table_page(path) -> tuple[int, object]:
    """The first page holding a table with merged cells, and that table as a run reads it."""
    doc = extract_document(path)
    table = next(t for t in doc.tables if any(c.row_span > 1 or c.col_span > 1 for c in t.cells) and t.unit)
    return table.page_first, table


def test_page_drawn_with_tables_grid_merged_cells_title_and_unit(budget, tmp_path):
    page, table = _table_page(budget)
    out = tmp_path / "page.png"
    insp = write_inspection(budget, page, out, scale=2.0)
    # what a run finds on the page: the same grid, title and unit
    [found] = [t for t in insp.tables if t.fragment.n_cols == table.n_cols]
    assert found.heading.title == table.title and found.heading.unit == table.unit
    assert found.title_box is not None and found.unit_box is not None
    assert sum(1 for c in found.fragment.cells if c.grid.row_span > 1 or c.grid.col_span > 1) > 0
    px = _pixels(out)
    assert abs(px.shape[1] - 2 * 595.3) < 3  # A4 at 2 px/pt
    # the table's outline in the text-method colour, along its top edge
    x0, y0, x1, _ = (v * 2 for v in found.fragment.bbox)
    edge = px[int(y0) - 1:int(y0) + 2, int(x0) + 20:int(x1) - 20]
    assert _near(edge, METHOD_COLOURS["text"]).mean() > 0.5
    # title and unit boxes where the heading was printed; merged cells outlined
    tx0, ty0, tx1, _ = (int(v * 2) for v in found.title_box)
    assert _near(px[ty0 - 1:ty0 + 2, tx0 + 2:tx1 - 2], TITLE_COLOUR).mean() > 0.5
    ux0, uy0, ux1, _ = (int(v * 2) for v in found.unit_box)
    assert _near(px[uy0 - 1:uy0 + 2, ux0 + 2:ux1 - 2], UNIT_COLOUR).mean() > 0.5
    assert _near(px, MERGED_COLOUR).sum() > 200
    # the legend and the summary under the page
    assert "table" in insp.summary() and table.title in insp.summary()


def test_cli_writes_the_picture_and_prints_the_summary(budget, tmp_path):
    out = tmp_path / "sub" / "p.png"
    r = subprocess.run(CLI + ["inspect", str(budget), "--page", "3", "--out", str(out), "--dpi", "72"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "page 3/" in r.stdout and "table 1:" in r.stdout
    with Image.open(out) as im:
        assert im.width in (595, 596)  # 72 dpi: one pixel per point


@pytest.mark.parametrize("args, words", [
    (["--page", "99"], "no page 99"),
    (["--page", "1", "--strategy", "camelot", "--settings", "/nonexistent.yaml"], "--settings"),
])
def test_cli_bad_arguments_are_one_line_and_exit_2(budget, tmp_path, args, words):
    r = subprocess.run(CLI + ["inspect", str(budget), "--out", str(tmp_path / "p.png"), *args],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr and words in r.stderr


def test_not_a_pdf_is_refused_in_one_line(tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"<!DOCTYPE html><html></html>")
    with pytest.raises(InspectError, match="not a PDF"):
        inspect_page(junk, 1)
    r = subprocess.run(CLI + ["inspect", str(junk), "--page", "1", "--out", str(tmp_path / "p.png")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_scanned_page_is_drawn_in_the_ocr_colour_with_confidence(budget, tmp_path):
    scan = tmp_path / "scan.pdf"
    page, _ = _table_page(budget)
    make_scan_pdf(budget, scan, pages=[page])
    out = tmp_path / "scan.png"
    insp = write_inspection(scan, 1, out, scale=1.5)
    assert insp.route.startswith("ocr") and insp.tables
    assert all(t.fragment.method == "ocr" for t in insp.tables)
    assert any(c.confidence < 1.0 for t in insp.tables for c in t.fragment.cells)
    px = _pixels(out)
    assert _near(px, METHOD_COLOURS["ocr"]).sum() > 1000


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_the_render_is_turned_into_the_frame_of_the_coordinates(turn):
    """A mark at a box of the page lands, once the render is turned upright, where
    geometry.turn_box puts that box (the frame cells and tables are published in)."""
    w, h = 60, 100
    image = Image.new("RGB", (w, h), "white")
    box = (5, 10, 15, 30)  # x0, top, x1, bottom in page units (1 px per unit)
    image.paste(HIGHLIGHT_COLOUR, box)
    turned = np.asarray(upright(image, turn))
    x0, top, x1, bottom = turn_box(box, turn, (0, 0, w, h))
    ys, xs = np.nonzero((turned == HIGHLIGHT_COLOUR).all(axis=2))
    assert (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1) == (x0, top, x1, bottom)
