"""The BLIND16 layouts (cnbudget.demo.form_layouts_blind16: eleven county and district forms of
河北, 山东, 河南, 江苏, 安徽 and 湖北 in their older templates, written by an author who had read
neither the form reader nor the earlier blind sets): their PDFs and gold only, never the reader.
The gold is checked to be well formed and to say what the PDFs print: every indicator's name and
target in one row of a ruled table, its actual value there too, every amount, score and grade on
the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind16 as B16


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind16", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind16", tmp_path_factory)


def test_blind16_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B16.SETS["blind16"] is B16.BLIND16 and 10 <= len(B16.BLIND16) <= 12


def test_blind16_covers_what_it_says(written, printed):
    """Forms after ordinary tables in ≥4 long 部门预算 / 部门决算 documents; a landscape list;
    a 资金来源 list; 元 with separators; a 部门整体 target form; deadlines, a range, words."""
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
    assert any("资金来源项目" in t for t in texts) and any("调整后预算数" in t for t in texts)
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("良好" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 4 and any(i["comparator"] == "range" for i in inds)
    assert any(i["target_raw"].startswith("不低于") for i in inds) and any(i["target_raw"].endswith("以上") for i in inds)
    assert sum(g["project_name"] is None for g in inds) >= 16


def test_blind16_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B16.BLIND16) and {g["set"] for g in golds} == {"blind16"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: total / year / fiscal / carried only
    where the form prints them as such; a 资金性质 or a source not named 财政拨款 is no fiscal
    part, a sources list's …财政拨款收入 lines are (the coordinator's ruling)."""
    _, golds = written
    by = {g["layout"]: g["projects"] for g in golds}

    def money(layout: str, k: int) -> tuple:
        p = by[layout][k]
        return p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]

    assert money("heb_xt_county_budget_total_year_pairs", 0) == ("12000000.00", "6000000.00", "5400000.00", None)
    assert money("sd_lc_district_source_list_apply", 1) == ("6200000.00", "3120000.00", "2640000.00", "480000.00")
    assert money("sd_lc_district_source_list_apply", 0)[2:] == ("18600000.00", None)
    assert money("ha_xx_county_accounts_dept_and_project_self_eval", 0) == (None, "11880000.00", None, None)
    assert money("js_yc_district_budget_yuan_fund_heads_two_per_page", 2) == (None, "1080000.00", "760000.00", "200000.00")
    assert money("js_yc_district_budget_yuan_fund_heads_two_per_page", 1)[3] is None
    assert money("ah_fy_county_self_eval_adjusted_budget_yuan", 1) == (None, "3200000.00", "2800000.00", None)
    assert money("hub_jz_district_budget_dept_wide_then_projects", 0) == (None, "4860000.00", "4560000.00", None)
    assert len(by["hub_jz_district_budget_dept_wide_then_projects"]) == 2  # the 部门整体 money is no project
    assert {p["fiscal_yuan"] for p in by["heb_hs_county_landscape_list_year_column"]} == {None}
    assert money("js_ha_county_period_and_year_rows_two_row_header", 0) == ("45000000.00", "15000000.00", "12000000.00", None)
    assert money("ha_ny_district_short_forms_money_sentence", 0) == (None, "1360000.00", "1200000.00", None)
    assert money("hub_hg_county_budget_weights_words_carried", 0) == (None, "3100000.00", "2600000.00", "500000.00")
    evals = {g["layout"]: g["self_evaluations"] for g in golds}
    ah = evals["ah_fy_county_self_eval_adjusted_budget_yuan"]
    assert [(s["budget_yuan"], s["grade"]) for s in ah] == [("10240000.00", "优"), ("3200000.00", "良")]
    assert evals["ha_xx_county_accounts_dept_and_project_self_eval"][0]["project_name"] is None
