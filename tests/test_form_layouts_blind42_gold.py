"""The BLIND42 layouts (cnbudget.demo.form_layouts_blind42: eleven forms of 河南, 湖北, 湖南,
江西, 四川, 重庆, 贵州, 甘肃, 宁夏, 山西 and 青海, central and western China weighted, printed as
市/区/县 finance bureaus print their 2024–2025 部门预算 / 部门决算 forms, written by an author who
had read neither the form reader nor the earlier blind sets): their PDFs and gold only, never
the reader. The shared checks (apart, weights, indicators, money, scores, grades printed) run in
tests/test_form_layouts_blind_gold.py; here what is particular to this set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import (assert_apart, assert_golds_well_formed, assert_indicators_printed,
                               assert_money_scores_and_grades_printed, assert_no_figure_cut_by_a_wrap,
                               assert_weights_add_up, earlier_modules, printed_set, written_set)
from cnbudget.demo import form_layouts_blind42 as B42

EARLIER = ("form_layouts", "form_layouts_blind", *(f"form_layouts_blind{n}" for n in range(2, 42)))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind42", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind42", tmp_path_factory)


def test_blind42_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, central and west weighted,
    named apart from every earlier set."""
    assert B42.SETS["blind42"] is B42.BLIND42 and 10 <= len(B42.BLIND42) <= 12
    provinces = {name.split("_")[0] for name in B42.BLIND42}
    assert len(provinces) >= 8
    assert len(provinces & {"hen", "hub", "hun", "jx", "sc", "cq", "gz", "gs", "nx", "sx", "qh"}) >= 8
    present = tuple(m for m in EARLIER if m in earlier_modules("blind42"))
    assert present == earlier_modules("blind42")
    assert_apart(B42.BLIND42, present)


def test_blind42_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape list; a
    部门整体 target form and self evaluation; spaced labels, "—" and "/" in money cells, 0.00
    上年结转, units in the title line, a head or the cell; 专项债券 and 事业收入 source lines;
    ranges, deadlines, direction words, 达到 N."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any("项目资金(万元)" in r for r in rows) and any("项目资金（万元）" in r for r in rows)
    assert any("金额单位：元" in t for t in texts) and any("185.60万元" in t for t in texts)
    assert any("资金总额（万元）" in t for t in texts)
    assert any("地方政府专项债券" in t and "事业收入" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("大于等于", "小于等于", "达到", "不低于", "≥", "≤", "＞", "＜", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind42_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B42.BLIND42) and {g["set"] for g in golds} == {"blind42"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)
    assert_weights_add_up(golds)
    assert_indicators_printed(golds, printed)
    assert_money_scores_and_grades_printed(golds, printed)
    assert_no_figure_cut_by_a_wrap(folder, golds)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold."""
    _, golds = written
    by = {g["layout"]: {p["project_name"]: p for p in g["projects"]} for g in golds}
    money = lambda p: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])  # noqa: E731
    # 一体化 source heads: fiscal is the 财政拨款 head, not its 一般公共预算 part
    hen = by["hen_zz_budget_spaced_labels_source_heads"]
    assert money(hen["家庭医生签约服务经费"]) == (None, "3680000.00", "3680000.00", None)
    assert money(hen["基本公共卫生服务补助"]) == (None, "12864000.00", "12364000.00", None)
    # 项目总额 beside 本年预算; a printed 0.00 上年结转 is 0.00
    hub = by["hub_yc_budget_two_forms_a_page_yuan_direction"]
    assert money(hub["高标准农田建设后期管护"]) == ("3600000.00", "1200000.00", "1200000.00", "0.00")
    assert money(hub["动物疫病强制免疫补助"]) == ("865000.00", "865000.00", "780000.00", "85000.00")
    # …财政拨款收入 lines summed; 专项债券 and 事业收入 never fiscal
    nx = by["nx_yc_budget_income_source_lines"]
    assert money(nx["保障性租赁住房运营补助"]) == (None, "6200000.00", "6200000.00", "0.00")
    assert money(nx["城市地下管网更新改造"]) == (None, "23500000.00", "3500000.00", None)
    assert money(nx["老旧小区改造配套"]) == (None, "9800000.00", "7800000.00", "2000000.00")
    # "/" and "—" in a 上年结转 cell: none; 财政资金 is fiscal
    cq = by["cq_yb_dept_wide_tasks_then_stacked_money"]
    assert money(cq["高龄失能老年人养老服务补贴"]) == (None, "14600000.00", "14600000.00", None)
    assert money(cq["社区治理创新试点"]) == (None, "3200000.00", "2750000.00", "450000.00")
    sx = by["sx_ty_multi_year_three_row_money_heads"]
    assert money(sx["义务教育学校薄弱环节改善"]) == ("32000000.00", "11500000.00", "10000000.00", None)
    # the unit in the cell
    assert money(by["qh_xn_long_form_unit_in_cells_basis"]["大气污染防治综合治理"]) == (
        None, "1856000.00", "1856000.00", None)
    # self evaluations: no 财政拨款 line, year only; 元 read as printed; grade words one character
    gz = by["gz_zy_self_evals_yuan_pairs_no_level1"]
    assert money(gz["全民健身赛事活动"]) == (None, "560000.00", None, None)
    evals = {s["project_name"]: s for g in golds for s in g["self_evaluations"]}
    assert [evals[p]["grade"] for p in ("就业见习补贴", "职业技能提升培训")] == ["优", "良"]
    assert evals[None]["budget_yuan"] == "33800000.00" and evals[None]["executed_yuan"] == "32561800.00"
    dept_wide = next(g for g in golds if g["layout"] == "cq_yb_dept_wide_tasks_then_stacked_money")
    assert sum(i["project_name"] is None for i in dept_wide["indicators"]) == 8
    reach = next(i for g in golds for i in g["indicators"] if i["target_raw"] == "达到90%")
    assert (reach["comparator"], reach["value"], reach["unit"]) == (">=", 90, "%")
