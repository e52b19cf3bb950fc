"""A project's identity in `projects`: the implementing unit a list prints per row
(单位名称 | 项目名称 | 金额 | 绩效目标) is part of it, so two units' projects of one name
stay two rows, while one project seen in its 项目支出预算表 and in its performance list
still merges. Also the bare unit word printed after a list's owner line (… 万元).
Generated ruled PDFs, plus the real 杭州/湖州 files (skipped when absent)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cnbudget.demo.tables import TableSpec, write_tables_pdf
from cnbudget.extractors.document import extract_document
from cnbudget.extractors.page import unit_from_lines
from cnbudget.normalizers import performance as P
from cnbudget.schemas.contract import to_table

from conftest import extracted

UNIT_A, UNIT_B = "示例技师学院", "示例汽车技工学校"


def _doc(path: Path, specs: list[TableSpec]):
    return extract_document(write_tables_pdf(path, specs, "示例局2026年部门预算"))


def _perf_list(rows: list[tuple[str, str, str, str]], merged_units: bool) -> TableSpec:
    """单位名称 | 项目名称 | 金额 | 项目总体绩效目标, the unit merged over its projects or
    printed on every row."""
    cells = [(0, 0, 1, 1, "单位名称"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "金额"), (0, 3, 1, 1, "项目总体绩效目标")]
    r = 1
    i = 0
    while i < len(rows):
        unit = rows[i][0]
        n = sum(1 for x in rows[i:] if x[0] == unit) if merged_units else 1
        cells.append((r, 0, n, 1, unit))
        for k in range(n):
            _, name, amount, goal = rows[i + k]
            cells += [(r + k, 1, 1, 1, name), (r + k, 2, 1, 1, amount), (r + k, 3, 1, 1, goal)]
        r += n
        i += n
    return TableSpec("2026年部门项目支出绩效表", "project_performance_targets", "单位：万元", "wan_yuan",
                     "编制部门：示例局", [110, 110, 60, 200], cells, r, [], ["c"] * 4, repeat_header=False)


def _budget_list(rows: list[tuple[str, str, str]]) -> TableSpec:
    cells = [(0, 0, 1, 1, "单位名称"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "总计"), (0, 3, 1, 1, "一般公共预算")]
    for r, (unit, name, amount) in enumerate(rows, start=1):
        cells += [(r, 0, 1, 1, unit), (r, 1, 1, 1, name), (r, 2, 1, 1, amount), (r, 3, 1, 1, amount)]
    return TableSpec("2026年部门项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                     "编制部门：示例局", [110, 110, 80, 80], cells, len(rows) + 1, [], ["c"] * 4,
                     repeat_header=False)


ROWS = [(UNIT_A, "日常保障运行", "210.00", "保障学校正常运转。"),
        (UNIT_A, "教学及学生管理经费", "842.00", "完成全年教学任务。"),
        (UNIT_B, "日常保障运行", "215.36", "保障学校正常运转。"),
        (UNIT_B, "教学及学生管理经费", "300.18", "完成学生管理工作。")]


@pytest.mark.parametrize("merged_units", [True, False])
def test_two_units_same_project_name_stay_two_rows(tmp_path, merged_units):
    doc = _doc(tmp_path / "list.pdf", [_perf_list(ROWS, merged_units)])
    rows = P.projects(doc)
    got = {(r["unit_name"], r["project_name"]): r["amount_yuan"] for r in rows}
    assert got == {(UNIT_A, "日常保障运行"): Decimal("2100000"), (UNIT_A, "教学及学生管理经费"): Decimal("8420000"),
                   (UNIT_B, "日常保障运行"): Decimal("2153600"), (UNIT_B, "教学及学生管理经费"): Decimal("3001800")}
    to_table("projects", rows)  # unit_name is a contract column


def test_budget_list_and_performance_list_merge_per_unit(tmp_path):
    budget = _budget_list([(u, n, a) for u, n, a, _ in ROWS])
    doc = _doc(tmp_path / "both.pdf", [budget, _perf_list(ROWS, True)])
    rows = P.projects(doc)
    assert len(rows) == 4
    by = {(r["unit_name"], r["project_name"]): r for r in rows}
    r = by[(UNIT_B, "教学及学生管理经费")]
    assert r["amount_yuan"] == Decimal("3001800") and r["goal"] == "完成学生管理工作。"


def test_conflicting_amounts_or_codes_never_merge():
    base = {"project_name": "培训经费", "unit_name": None, "project_code": None, "amount_yuan": Decimal("100"),
            "total_amount_yuan": None, "fiscal_amount_yuan": None, "carried_over_yuan": None}
    assert P._same_project(base, {**base, "amount_yuan": Decimal("120")})  # within 万元 rounding
    assert not P._same_project(base, {**base, "amount_yuan": Decimal("10000")})
    assert not P._same_project({**base, "project_code": "001"}, {**base, "project_code": "002"})
    assert not P._same_project({**base, "unit_name": "甲单位"}, {**base, "unit_name": "乙单位"})
    assert P._same_project({**base, "unit_name": "甲单位"}, {**base, "amount_yuan": None})
    assert P._same_project({**base, "unit_name": "示例分局（水上"}, {**base, "unit_name": "示例分局（水上治安分局）"})


def test_hangzhou_police_unit_cut_at_cell_edge_merges():
    rows = P.projects(extracted("cities/杭州_杭州市公安局_2026_部门预算.pdf"))
    keys = [(r["unit_name"], r["project_name"]) for r in rows]
    assert len(keys) == len(set(keys))
    water = [r for r in rows if (r["unit_name"] or "").startswith("杭州市公安局交通治安分局")
             and r["project_name"] == "日常保障运行"]
    assert len(water) == 1 and water[0]["amount_yuan"] == Decimal("3568800")


def test_bare_unit_after_owner_line():
    assert unit_from_lines(["2026年市级部门项目支出绩效表", "507-示例市卫生健康委员会 万元"])[1] == "wan_yuan"
    assert unit_from_lines(["单位：元", "507-示例市卫生健康委员会 万元"])[1] == "yuan"  # an announcement wins
    assert unit_from_lines(["本年安排经费共计 5.00 万元"]) == (None, None)  # a figure, not a unit line
    assert unit_from_lines(["说明：本表金额 万元"]) == (None, None)


# --------------------------------------------------------------------------- real files

HANGZHOU = "cities/杭州_杭州市交通运输局_2026_部门预算.pdf"
HUZHOU = "cities/湖州_湖州市卫生健康委员会_2026_部门预算.pdf"


def test_hangzhou_units_keep_their_own_amounts():
    rows = P.projects(extracted(HANGZHOU))
    got = {(r["unit_name"], r["project_name"]): r["amount_yuan"] for r in rows}
    assert got[("杭州汽车高级技工学校", "教学及学生管理经费")] == Decimal("3001800")
    assert got[("杭州技师学院（杭州交通高级技工学校）", "教学及学生管理经费")] == Decimal("8420000")
    names = [r["project_name"] for r in rows]
    assert names.count("日常保障运行") >= 5  # one per unit, not one for the department


def test_huzhou_list_read_in_wan_yuan():
    doc = extracted(HUZHOU)
    lists = [t for t in doc.tables if t.table_kind == "project_performance_targets"]
    assert lists and all(t.unit == "wan_yuan" for t in lists)
    rows = P.projects(doc)
    got = {(r["unit_name"], r["project_name"]): r["amount_yuan"] for r in rows}
    assert got[("湖州市卫生健康发展中心", "公立医院改革与高质量发展示范项目")] == Decimal("22609500")
    # one row per unit and project: the budget table and the performance list merge
    assert len(got) == len(rows)
