"""The BLIND8 layouts (cnbudget.demo.form_layouts_blind8: eleven forms of 吉林, 江苏, 广西, 黑龙江,
甘肃, 重庆, 新疆, 河南, 江西, 贵州 and 河北, written by an author who had read neither the form
reader nor the earlier blind sets): their PDFs and gold only, never the reader. The gold is
checked to be well formed and to say what the PDFs print: every indicator's name and target in
one row of a ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind8 as B8


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind8", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind8", tmp_path_factory)


def test_blind8_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B8.SETS["blind8"] is B8.BLIND8 and 10 <= len(B8.BLIND8) <= 12


def test_blind8_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; pages turned by
    /Rotate; a column-number row; 填报说明; ranges and deadlines; comparator words."""
    folder, golds = written
    long_docs, turned = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation for page in pdf.pages)
    assert long_docs >= 4 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("填报说明" in t for t in texts) and any("实施期指标值" in t for t in texts)
    assert any("123456789" in r for g in golds for r in printed[g["file_name"]][0])
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 3 and sum(i["comparator"] is None for i in inds) >= 4
    assert any(i["target_raw"].startswith("大于等于") for i in inds) and any(i["target_raw"].startswith("不低于") for i in inds)


def test_blind8_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B8.BLIND8) and {g["set"] for g in golds} == {"blind8"}
    assert sum(len(g["indicators"]) for g in golds) >= 140
    assert sum(len(g["self_evaluations"]) for g in golds) >= 6
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """A few of the set's rulings spelled out on the gold: 实施期 money as total and 实施期
    targets dropped, blank repeated cells inherit, money prose read, 部门整体 money no project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    hen = by["hen_year_before_period_money_total"]
    assert (hen["projects"][0]["total_yuan"], hen["projects"][0]["year_yuan"], hen["projects"][0]["fiscal_yuan"]) == (
        "12000000.00", "4200000.00", "4000000.00")
    assert {g["name"]: g["target_raw"] for g in hen["indicators"]}["开展公益培训场次"] == "≥150场"
    cq = [g for g in by["cq_turned_list_blank_repeats"]["indicators"] if g["project_name"] == "城市公交运营补贴"]
    assert len(cq) == 6 and [g["level2_raw"] for g in cq][:2] == ["数量指标", "数量指标"]
    gs = by["gs_town_small_forms_ranges_dates"]["projects"][0]
    assert (gs["year_yuan"], gs["fiscal_yuan"], gs["carried_over_yuan"]) == ("480000.00", "400000.00", "80000.00")
    assert not by["js_wx_dept_direction_words"]["projects"] and not by["gz_dept_self_eval_weight_first"]["projects"]
    gx = by["gx_county_self_eval_yuan_scores_first"]["self_evaluations"]
    assert [s["grade"] for s in gx] == ["优", "良"] and gx[0]["budget_yuan"] == "1850000.00"
    jl = by["jl_cc_budget_table11_list"]["indicators"]
    assert {g["target_raw"]: g["unit"] for g in jl}[">=90百分比"] == "%"
