"""The BLIND29 layouts (cnbudget.demo.form_layouts_blind29: ten forms of 江西, 山东, 湖北, 广东,
河南, 四川, 浙江, 云南, 海南 and 内蒙古, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks run
from tests/test_form_layouts_blind_gold.py; what is particular to this set is checked here.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind29 as B29


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind29", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind29", tmp_path_factory)


def test_blind29_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B29.SETS["blind29"] is B29.BLIND29 and 10 <= len(B29.BLIND29) <= 12
    assert len({name.split("_")[0] for name in B29.BLIND29}) >= 8


def test_blind29_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape list; a
    部门整体 target form and self evaluation; 专项债券 / 中央补助 sources; ranges, deadlines,
    direction words, 达到 N, 控制在 N 以内."""
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
    assert any("专项债券" in t for t in texts) and any("中央补助" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不超过", "不低于", "不少于", "大于", "＞"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind29_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B29.BLIND29) and {g["set"] for g in golds} == {"blind29"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The money rulings on the gold: 0.00 carried no amount; …财政拨款收入 lines summed, 专项债券
    never fiscal; 一般公共预算 / 中央补助 alone no fiscal; 项目总金额 total beside 本年度预算;
    部门整体 money no project; grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    jx = {p["project_name"]: p for p in by["jx_sr_county_budget_single_forms_heads_zero_carried"]["projects"]}
    p = jx["高标准农田建设管护"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("4600000.00", "3400000.00", "1200000.00")
    assert jx["农产品质量安全监管"]["carried_over_yuan"] is None
    sd = {p["project_name"]: p for p in by["sd_ly_budget_income_source_lines_bonds"]["projects"]}
    p = sd["老旧小区改造提升"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("8500000.00", "7500000.00", "1000000.00")
    p = sd["城市排水管网更新"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("12000000.00", "5000000.00", None)
    nmg = by["nmg_hhht_two_forms_a_page_yuan_sources"]["projects"]
    assert [p["fiscal_yuan"] for p in nmg] == [None, None, "2000000.00"]
    assert nmg[2]["carried_over_yuan"] == "600000.00"
    hi = by["hi_hk_long_form_total_and_year_repeated_header"]["projects"][0]
    assert (hi["total_yuan"], hi["year_yuan"], hi["fiscal_yuan"], hi["carried_over_yuan"]) == (
        "126000000.00", "43000000.00", "39000000.00", "4000000.00")
    zj = by["zj_qz_budget_dept_wide_targets_words"]
    assert not zj["projects"] and {g["project_name"] for g in zj["indicators"]} == {None}
    ctl = next(g for g in zj["indicators"] if g["target_raw"] == "控制在3%以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 3, "%")
    sc = by["sc_zg_accounts_dept_self_eval_then_project"]
    assert sc["self_evaluations"][0]["project_name"] is None and sc["self_evaluations"][0]["budget_yuan"] == "16000000.00"
    assert [p["project_name"] for p in sc["projects"]] == ["非遗保护传承"]
    assert [s["grade"] for s in by["ha_ay_accounts_project_self_evals_grade_words"]["self_evaluations"]] == ["优", "良"]
    assert all(p["fiscal_yuan"] is None for p in by["yn_yx_county_self_evals_yuan_pairs_split_target"]["projects"])
