"""The sample PDFs' grids can be ruled as the converters of real disclosures rule them
(demo.drawing.RULES), so that fixtures vary how a grid is printed, not only what it holds."""
from __future__ import annotations

import pdfplumber
import pytest

from cnbudget.demo.tables import TableSpec, write_tables_pdf

CELLS = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 2, "道路养护"),
         (1, 0, 1, 1, "三级指标"), (1, 1, 1, 1, "指标值"), (1, 2, 1, 1, "权重"),
         (2, 0, 1, 1, "养护里程"), (2, 1, 1, 1, "≥120公里"), (2, 2, 1, 1, "20")]


def _page(tmp_path, rules: str, shaded=()):
    spec = TableSpec("项目支出绩效目标表", "project_performance_targets", "单位：万元", "wan_yuan", "编制部门：示例局",
                     [100, 120, 80], CELLS, 3, [], ["c"] * 3, repeat_header=False, rules=rules, shaded_rows=shaded)
    pdf = pdfplumber.open(write_tables_pdf(tmp_path / f"{rules}.pdf", [spec], "示例局"))
    return pdf.pages[1] if len(pdf.pages) > 1 else pdf.pages[0]


def test_each_ruling_draws_what_it_says(tmp_path):
    cells = _page(tmp_path, "cells")
    assert len(cells.rects) == 8 and not cells.lines  # each cell's rectangle stroked
    filled = _page(tmp_path, "filled")
    assert not filled.lines and all(r["fill"] and not r["stroke"] for r in filled.rects)
    assert all(min(r["width"], r["height"]) < 1 for r in filled.rects)  # thin bars, one per edge
    open_sides = _page(tmp_path, "open")
    xs = [l["x0"] for l in open_sides.lines if l["x0"] == l["x1"]]
    left = min(l["x0"] for l in open_sides.lines)
    right = max(l["x1"] for l in open_sides.lines)
    assert xs and left not in xs and right not in xs  # no outer sides
    horizontal = _page(tmp_path, "horizontal")
    assert horizontal.lines and all(l["top"] == l["bottom"] for l in horizontal.lines)


def test_shaded_rows_and_unknown_rules(tmp_path):
    page = _page(tmp_path, "cells", shaded=(1,))
    assert sum(1 for r in page.rects if r["fill"] and not r["stroke"]) == 3  # the header row's cells
    with pytest.raises(ValueError, match="rules must be one of"):
        _page(tmp_path, "dotted")
