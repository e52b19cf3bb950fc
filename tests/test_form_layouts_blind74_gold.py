"""The BLIND74 layouts (cnbudget.demo.form_layouts_blind74: ten forms of 上海, 江苏, 浙江, 安徽,
湖北, 陕西, 甘肃, 青海, 宁夏 and 新疆, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks
(weights, indicators, money, scores, grades printed) run in tests/test_form_layouts_blind_gold.py;
this file keeps what is particular to the set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import (assert_apart, assert_every_project_has_indicators, assert_golds_well_formed,
                               assert_indicators_printed, assert_money_scores_and_grades_printed,
                               assert_no_figure_cut_by_a_wrap, assert_weights_add_up, earlier_modules,
                               printed_set, written_set)
from cnbudget.demo import form_layouts_blind74 as B74

EARLIER = earlier_modules("blind74")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind74", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind74", tmp_path_factory)


def test_blind74_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, named apart from earlier sets."""
    assert B74.SETS["blind74"] is B74.BLIND74 and 10 <= len(B74.BLIND74) <= 12
    provinces = {name.split("_")[0] for name in B74.BLIND74}
    assert len(provinces) >= 8
    assert "form_layouts_blind9" in EARLIER and "form_layouts_blind74" not in EARLIER
    assert_apart(B74.BLIND74, EARLIER)


def test_blind74_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; turned pages; 部门整体
    target form and self evaluation; 资金来源 lines named …财政拨款收入; words and signs."""
    folder, golds = written
    long_docs, turned = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 4 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门（单位）整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("一般公共预算财政拨款收入" in t and "事业收入" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">=", "<=", "=", ">", "<", "range", "qualitative", None} <= {i["comparator"] for i in inds}
    for start in ("不低于", "达到", "不少于", "不高于", "大于等于", "小于", "高于", "≥", "≤", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind74_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B74.BLIND74) and {g["set"] for g in golds} == {"blind74"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)
    assert_every_project_has_indicators(golds)
    # the shared checks, run here too so the set is seen whole before it is registered
    assert_weights_add_up(golds)
    assert_indicators_printed(golds, printed)
    assert_money_scores_and_grades_printed(golds, printed)
    assert_no_figure_cut_by_a_wrap(folder, golds)


def test_rulings_are_what_the_docstring_says(written):
    """Money rulings spelled out: 财政拨款收入 lines only (事业收入 / 上年结转 never), 0.00 上年结转
    kept, 项目总金额 beside the year, 部门整体 money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    ah = {p["project_name"]: p for p in by["ah_hn_budget_source_lines_yuan"]["projects"]}
    p = ah["农产品质量安全监测"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("1540000.00", "1360000.00", None)
    p = ah["高标准农田建设市级配套"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("13700000.00", "12500000.00", "1200000.00")
    qh = {p["project_name"]: p for p in by["qh_gem_two_forms_a_page_money_heads"]["projects"]}
    assert qh["全民健身赛事活动"]["carried_over_yuan"] == "0.00" and qh["公共文化服务体系建设"]["carried_over_yuan"] == "80000.00"
    sh = {p["project_name"]: p for p in by["sh_fx_budget_total_year_pairs_filled"]["projects"]}
    p = sh["海塘及沿江防汛设施维护（2024-2026年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("15600000.00", "5200000.00", "4800000.00")
    zj = by["zj_dq_dept_wide_open_task_money"]
    assert not zj["projects"] and {g["project_name"] for g in zj["indicators"]} == {None}
    sn = by["sn_hc_accounts_dept_and_project_self_eval"]["self_evaluations"]
    assert sn[0]["project_name"] is None and sn[0]["budget_yuan"] == "602800000.00" and sn[0]["grade"] == "优"
    assert [s["grade"] for s in by["js_dy_accounts_self_evals_three_columns"]["self_evaluations"]] == ["优", "良"]
    xj = {p["project_name"]: p for p in by["xj_tc_budget_long_form_repeated_head"]["projects"]}
    assert xj["农村公路养护工程（2025-2027年）"]["total_yuan"] == "60000000.00"
