"""The BLIND20 layouts (cnbudget.demo.form_layouts_blind20: eleven forms of 河北, 山西, 江苏, 浙江,
福建, 江西, 广东, 广西, 贵州, 甘肃 and 黑龙江 — 市直 departments, 区县 and 乡镇 — written by an author
who had read neither the form reader nor the earlier blind sets): their PDFs and gold only, never
the reader. The gold is checked to be well formed and to say what the PDFs print: every
indicator's name and target in one row of a ruled table, its actual value there too, every
amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind20 as B20


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind20", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind20", tmp_path_factory)


def test_blind20_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B20.SETS["blind20"] is B20.BLIND20 and 10 <= len(B20.BLIND20) <= 12
    assert len({name.split("_")[0] for name in B20.BLIND20}) >= 8  # provinces


def test_blind20_covers_what_it_says(written, printed):
    """Forms after ordinary tables in ≥4 long 部门预算 / 部门决算 documents; landscape pages;
    达到 targets; 财政拨款收入 source lines; grade words; a 部门整体 target form."""
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
    assert any("政府性基金预算财政拨款收入" in t for t in texts) and any("部门整体支出绩效目标表" in t for t in texts)
    assert any("良好" in t for t in texts) and any("优秀" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert any(i["target_raw"].startswith("达到") and i["comparator"] == ">=" for i in inds)
    assert sum(i["comparator"] is None for i in inds) >= 2 and {">", "<", "<=", "=", "qualitative"} <= {
        i["comparator"] for i in inds}


def test_blind20_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B20.BLIND20) and {g["set"] for g in golds} == {"blind20"}
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's rulings on the gold: fiscal as the sum of the …财政拨款收入 lines (专项债券 and
    中央补助 left out, none printed: no fiscal), 0.00 carried is no amount, 实施期 total,
    部门整体 money no project, grade words read as one character, 达到 as >=."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    heb = by["heb_cd_county_budget_fiscal_source_lines"]["projects"]
    assert (heb[0]["year_yuan"], heb[0]["fiscal_yuan"]) == ("4600000.00", "3400000.00")
    assert heb[2]["fiscal_yuan"] is None and heb[2]["year_yuan"] == "2100000.00"
    sx = by["sx_dt_town_stacked_forms_heads_above"]["projects"]
    assert sx[0]["carried_over_yuan"] is None and sx[1]["carried_over_yuan"] == "600000.00"
    gd = by["gd_zj_town_long_form_break_no_repeat"]["projects"][0]
    assert (gd["total_yuan"], gd["year_yuan"], gd["fiscal_yuan"]) == ("16800000.00", "6200000.00", "5600000.00")
    gx = by["gx_gl_city_budget_three_row_money_heads"]["projects"]
    assert (gx[0]["fiscal_yuan"], gx[0]["carried_over_yuan"]) == ("12000000.00", "1500000.00")
    fj = by["fj_np_budget_dept_wide_weighted_source_lines"]
    assert not fj["projects"] and {g["project_name"] for g in fj["indicators"]} == {None}
    jx = by["jx_sr_district_accounts_dept_then_project_yuan"]["self_evaluations"]
    assert [(s["project_name"], s["grade"]) for s in jx] == [(None, "优"), ("基本公共卫生服务项目", "良")]
    assert jx[0]["budget_yuan"] == "19205600.00"
    gz = by["gz_zy_county_self_evals_weight_before_target"]
    assert [s["grade"] for s in gz["self_evaluations"]] == ["良", "优"]
    assert all(p["fiscal_yuan"] is None for p in gz["projects"])
    gs = {g["name"]: g for g in by["gs_by_district_budget_landscape_level1_repeated"]["indicators"]}
    assert (gs["不合格食品核查处置率"]["comparator"], gs["不合格食品核查处置率"]["value"]) == (">=", 100)
    hlj = {g["name"]: g["target_raw"] for g in by["hlj_qqhr_township_two_row_grid_head_way_value_unit"]["indicators"]}
    assert hlj["秸秆综合利用率"] == "大于95%" and hlj["基层组织服务能力"] == "定性稳步提升"
