"""The BLIND68 layouts (cnbudget.demo.form_layouts_blind68: ten forms of 山东, 河南, 河北, 山西,
陕西, 甘肃, 宁夏, 内蒙古, 辽宁 and 吉林, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (weights,
indicators, money, scores, grades printed) run in tests/test_form_layouts_blind_gold.py; here the
set's own: registered apart, its size and provinces, what it covers and its rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind68 as B68

EARLIER = earlier_modules("blind68")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind68", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind68", tmp_path_factory)


def test_blind68_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, apart from every earlier set."""
    assert B68.SETS["blind68"] is B68.BLIND68 and 10 <= len(B68.BLIND68) <= 12
    provinces = {name.split("_")[0] for name in B68.BLIND68}
    assert len(provinces) >= 8
    assert "form_layouts_blind67" in EARLIER and "form_layouts_blind68" not in EARLIER
    assert_apart(B68.BLIND68, EARLIER)


def test_blind68_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a turned page; 中期
    projects with 实施期 money beside the year's; 项目编码; a 部门整体 target form and self
    evaluation; 偏差原因分析; targets in words."""
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
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert sum("实施期" in t for t in texts) >= 2 and sum("偏差原因分析" in t for t in texts) >= 2
    assert sum("项目编码" in t for t in texts) >= 6
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 8
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "不少于", "达到", "控制在", "不超过", "高于", "低于", "＞", "＜"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind68_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B68.BLIND68) and {g["set"] for g in golds} == {"blind68"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """中期 total beside the year, the year's 财政拨款 fiscal; …财政拨款收入 lines (one printed
    non-zero) fiscal, 上年结转 as printed (0.00 stays 0.00, a blank nothing); 部门整体 money no
    project; 达到 / 控制在 / 高于 / 低于 comparators; grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    sd = {p["project_name"]: p for p in by["sd_zz_budget_midterm_period_year_columns"]["projects"]}
    p = sd["高标准农田建设项目（2024-2026年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["project_code"]) == (
        "36000000.00", "12000000.00", "10000000.00", "37040325000000000318")
    nx = by["nx_pl_midterm_stacked_year_then_period"]["projects"]
    assert [(p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in nx] == [
        ("54000000.00", "21500000.00", "18500000.00", "3000000.00"),
        ("26000000.00", "14000000.00", "12500000.00", "1500000.00")]
    nmg = {p["project_name"]: p for p in by["nmg_bynr_budget_income_source_grid"]["projects"]}
    assert (nmg["城区园林绿化养护"]["fiscal_yuan"], nmg["城区园林绿化养护"]["carried_over_yuan"]) == ("1800000.00", "0.00")
    assert nmg["三北工程防沙治沙项目"]["fiscal_yuan"] == "10800000.00"
    ha = by["ha_hb_yitihua_export_symbol_columns"]["projects"]
    assert [p["carried_over_yuan"] for p in ha] == ["0.00", "0.00", "40000.00"]
    sn = by["sn_tc_budget_dept_wide_then_labels_above"]
    assert [p["project_name"] for p in sn["projects"]] == ["街道综合养老服务中心运营补贴", "困难群众临时救助资金"]
    assert sn["projects"][1]["carried_over_yuan"] is None
    assert sum(g["project_name"] is None for g in sn["indicators"]) == 8
    jl = {g["target_raw"]: g for g in by["jl_bc_hospital_word_targets_unit_row"]["indicators"]}
    assert (jl["控制在5%以内"]["comparator"], jl["控制在5%以内"]["value"]) == ("<=", 5)
    assert jl["达到160吨"]["comparator"] == ">=" and jl["高于25%"]["comparator"] == ">"
    assert jl["低于8%"]["comparator"] == "<"
    sx = by["sx_sz_final_accounts_dept_and_school_self_evals"]
    assert sx["self_evaluations"][0]["project_name"] is None and len(sx["projects"]) == 1
    assert [s["grade"] for s in by["heb_xa_self_eval_yuan_columns_deviation"]["self_evaluations"]] == ["优", "良"]
    assert [s["grade"] for s in by["ln_pj_accounts_project_self_eval_pairs"]["self_evaluations"]] == ["优", "良"]
