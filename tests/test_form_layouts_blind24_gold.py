"""The BLIND24 layouts (cnbudget.demo.form_layouts_blind24: ten forms of 四川, 河南, 辽宁, 安徽, 广东,
江西, 湖北, 山西, 贵州 and 河北, written by an author who had read neither the form reader nor the
earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be well
formed and to say what the PDFs print: every indicator's name and target in one row of a ruled
table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind24 as B24


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind24", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind24", tmp_path_factory)


def test_blind24_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B24.SETS["blind24"] is B24.BLIND24 and 10 <= len(B24.BLIND24) <= 12


def test_blind24_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    department-wide target form and self evaluation; several forms a page; words and signs."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门（单位）整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("优秀" in t for t in texts) and any("良好" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 4 and sum(i["comparator"] == "qualitative" for i in inds) >= 10
    assert {">=", "<=", ">", "="} <= {i["comparator"] for i in inds}
    for word in ("不低于", "不高于", "不超过", "达到", "大于", "定性"):
        assert any(i["target_raw"].startswith(word) for i in inds), word
    assert sum(i["level1"] is None for i in inds) >= 20


def test_blind24_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B24.BLIND24) and {g["set"] for g in golds} == {"blind24"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 1
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines summed, bonds and
    sources not named 财政拨款 left out, a 0.00 上年结转 no amount, 部门整体 money no project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    hen = {p["project_name"]: p for p in by["hen_xc_county_budget_source_lines_bonds"]["projects"]}
    assert (hen["农村公路提质改造工程"]["year_yuan"], hen["农村公路提质改造工程"]["fiscal_yuan"]) == ("15600000.00", "5600000.00")
    assert hen["农村客运班线运营补贴"]["fiscal_yuan"] == "1500000.00"
    assert hen["公路安全生命防护工程"]["fiscal_yuan"] is None and hen["公路安全生命防护工程"]["year_yuan"] == "1200000.00"
    sc = by["sc_lz_budget_dept_wide_income_block_then_projects"]
    assert [p["carried_over_yuan"] for p in sc["projects"]] == ["660000.00", None]
    assert sum(g["project_name"] is None for g in sc["indicators"]) == 11
    hub = by["hub_sy_district_long_form_break_repeated_head"]["projects"][0]
    assert (hub["total_yuan"], hub["year_yuan"], hub["fiscal_yuan"], hub["carried_over_yuan"]) == (
        "58000000.00", "16500000.00", "12000000.00", "4500000.00")
    gd = by["gd_hz_town_accounts_dept_and_project_self_eval"]
    assert gd["self_evaluations"][0]["project_name"] is None and len(gd["projects"]) == 1
    assert [s["grade"] for s in by["ah_bb_cdc_self_evals_yuan_reason_measure"]["self_evaluations"]] == ["优", "良"]
    ln = by["ln_sy_street_labels_above_two_forms_a_page"]
    assert {g["level1"] for g in ln["indicators"]} == {None} and ln["projects"][1]["total_yuan"] == "2600000.00"
    heb = by["heb_zjk_school_three_forms_yuan_plain"]["projects"]
    assert heb[1]["year_yuan"] == heb[1]["fiscal_yuan"] == "1256400.00"
