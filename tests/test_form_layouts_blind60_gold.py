"""The BLIND60 layouts (cnbudget.demo.form_layouts_blind60: ten forms of 浙江, 江苏, 上海, 安徽,
山东, 福建, 广东, 海南, 广西 and 江西, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks run in
tests/test_form_layouts_blind_gold.py; this file checks the set's size, what it says it covers
and its own money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import (assert_apart, assert_golds_well_formed, assert_indicators_printed,
                               assert_money_scores_and_grades_printed, assert_no_figure_cut_by_a_wrap,
                               assert_pdfs_open, assert_weights_add_up, earlier_modules, printed_set, written_set)
from cnbudget.demo import form_layouts_blind60 as B60

EARLIER = earlier_modules("blind60")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind60", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind60", tmp_path_factory)


def test_blind60_set_is_registered_and_apart():
    """Its layouts' dict is the set registered, of the size it says, its names new."""
    assert B60.SETS["blind60"] is B60.BLIND60 and 10 <= len(B60.BLIND60) <= 12
    provinces = {name.split("_")[0] for name in B60.BLIND60}
    assert len(provinces) >= 8
    assert "form_layouts_blind59" in EARLIER and "form_layouts_blind9" in EARLIER
    assert_apart(B60.BLIND60, EARLIER)


def test_blind60_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape and turned
    pages; a 部门整体 target form and self evaluation; 中央补助 and …财政拨款收入 sources; ranges,
    deadlines, 达到 N, 控制在 N 以内, split direction columns."""
    folder, golds = written
    long_docs, landscape, turned = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any("中央补助" in r for r in rows) and any("政府性基金预算财政拨款收入" in r for r in rows)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 5
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不低于", "不高于", "不少于", "高于", "定性", "＞", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind60_rules_and_shading_are_mixed():
    """Most layouts "filled" or "cells", at least two "open", none "horizontal", shaded headers."""
    source = open(B60.__file__, encoding="utf-8").read()
    rules = re.findall(r'_styled\(spec, "(\w+)"', source)
    assert rules.count("open") >= 2 and "horizontal" not in rules
    assert rules.count("filled") + rules.count("cells") >= len(rules) / 2
    assert len(re.findall(r'_styled\(spec, "\w+", \(head_row,\)\)', source)) >= 2


def test_blind60_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B60.BLIND60) and {g["set"] for g in golds} == {"blind60"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_blind60_shared_checks(written, printed):
    """The checks tests/test_form_layouts_blind_gold.py runs on every set, run here too."""
    folder, golds = written
    assert_pdfs_open(folder, golds)
    assert_weights_add_up(golds)
    assert_indicators_printed(golds, printed)
    assert_money_scores_and_grades_printed(golds, printed)
    assert_no_figure_cut_by_a_wrap(folder, golds)


def test_blind60_money_rulings(written):
    """…财政拨款收入 lines summed, 中央补助 / 自有资金 never fiscal, a 0.00 上年结转 is 0.00, 项目总金额
    total beside the year, 部门整体 money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    zj = {p["project_name"]: p for p in by["zj_yw_budget_income_source_grid"]["projects"]}
    p = zj["高标准农田建设"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("18600000.00", "17000000.00", "1600000.00")
    assert zj["农业产业化龙头企业培育"]["carried_over_yuan"] is None
    hi = {p["project_name"]: p for p in by["hi_qh_hospital_column_numbers_central_subsidy"]["projects"]}
    assert (hi["急诊急救能力提升"]["year_yuan"], hi["急诊急救能力提升"]["fiscal_yuan"]) == ("3200000.00", "1700000.00")
    assert hi["重点专科建设"]["fiscal_yuan"] == "1600000.00"
    gx = by["gx_yl_accounts_self_evals_reason_measure"]["projects"]
    assert [p["carried_over_yuan"] for p in gx] == ["1200000.00", "0.00"]
    sh = {p["project_name"]: p for p in by["sh_yp_street_total_year_pairs_open"]["projects"]}
    p = sh["老旧小区综合治理（2024-2026年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("15000000.00", "5200000.00", "5200000.00")
    assert sh["城市网格化综合管理"]["total_yuan"] is None
    ah = by["ah_la_budget_dept_wide_stacked_money"]
    assert sum(g["project_name"] is None for g in ah["indicators"]) == 8 and len(ah["projects"]) == 2
    js = by["js_jy_accounts_dept_and_project_self_evals_yuan"]
    assert js["self_evaluations"][0]["project_name"] is None and js["self_evaluations"][0]["budget_yuan"] == "452800000.00"
    assert [s["grade"] for s in js["self_evaluations"]] == ["优", "良", "优"]
    reach = next(g for g in by["sh_yp_street_total_year_pairs_open"]["indicators"] if g["target_raw"] == "达到100%")
    assert reach["comparator"] == ">="
    split = next(g for g in by["sd_rz_turned_list_direction_columns"]["indicators"] if g["name"] == "河湖水质")
    assert (split["target_raw"], split["comparator"]) == ("定性良好", "qualitative")
