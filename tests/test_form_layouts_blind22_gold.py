"""The BLIND22 layouts (cnbudget.demo.form_layouts_blind22: eleven forms of 吉林, 河北, 江西, 山西,
广东, 四川, 湖北, 浙江, 福建, 贵州 and 辽宁, written by an author who had read neither the form
reader nor the earlier blind sets): their PDFs and gold only, never the reader. The gold is
checked to be well formed and to say what the PDFs print: every indicator's name and target in
one row of a ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind22 as B22


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind22", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind22", tmp_path_factory)


def test_blind22_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B22.SETS["blind22"] is B22.BLIND22 and 10 <= len(B22.BLIND22) <= 12


def test_blind22_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages;
    forms over page breaks; several forms a page; grade words; 达到 / 不少于 words."""
    folder, golds = written
    long_docs, landscape, pages = 0, 0, {}
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            pages[gold["layout"]] = [page.extract_text() or "" for page in pdf.pages]
    assert long_docs >= 4 and landscape >= 2
    # one long form over two pages, its head not repeated; the hospital list repeats its head
    fj = pages["fj_ly_town_long_form_period_and_year_no_repeat"]
    assert len(fj) >= 3 and "三级指标" not in fj[-1] and "游客满意度" in fj[-1]
    sx = pages["sx_cz_hospital_landscape_list_public_budget_heads"]
    assert len(sx) >= 3 and all("一般公共预算" in p for p in sx[1:])
    sc = pages["sc_nc_district_budget_yuan_total_and_year_pairs"]
    assert len(sc) >= 9 and sum("指标值设定依据" in p for p in sc) >= 3
    # the town's three short forms: two on one page
    assert any(p.count("项目支出绩效目标表") >= 2 for p in pages["heb_bd_town_stacked_forms_heads_row_no_level1"])
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("良好" in t for t in texts) and any("优秀" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert any(i["target_raw"].startswith("达到") for i in inds) and any(i["target_raw"].startswith("不少于") for i in inds)
    assert sum(i["comparator"] == "qualitative" for i in inds) >= 10
    assert sum(i["level1_raw"] is None for i in inds) >= 10 and sum(i["level2_raw"] is None for i in inds) >= 10


def test_blind22_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B22.BLIND22) and {g["set"] for g in golds} == {"blind22"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines summed (专项债券 not),
    0.00 carried no amount, 一般公共预算 alone no fiscal, 项目总金额 total, 实施期 vs 年度,
    a 部门整体 form no project, grade words read as one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    jl = by["jl_jl_water_budget_source_income_lines"]["projects"]
    assert (jl[0]["year_yuan"], jl[0]["fiscal_yuan"], jl[0]["carried_over_yuan"]) == ("2500000.00", "1500000.00", None)
    assert (jl[1]["year_yuan"], jl[1]["fiscal_yuan"], jl[1]["carried_over_yuan"]) == ("1050000.00", "800000.00", "250000.00")
    heb = by["heb_bd_town_stacked_forms_heads_row_no_level1"]
    assert [p["carried_over_yuan"] for p in heb["projects"]] == ["80000.00", None, None]
    assert {g["level1_raw"] for g in heb["indicators"]} == {None}
    sx = by["sx_cz_hospital_landscape_list_public_budget_heads"]["projects"]
    assert [p["fiscal_yuan"] for p in sx] == [None] * 4 and sx[0]["year_yuan"] == "8600000.00"
    sc = by["sc_nc_district_budget_yuan_total_and_year_pairs"]["projects"]
    assert (sc[0]["total_yuan"], sc[0]["year_yuan"], sc[0]["fiscal_yuan"], sc[0]["carried_over_yuan"]) == (
        "3600000.00", "1250000.00", "1000000.00", "250000.00")
    assert sc[1]["carried_over_yuan"] is None
    fj = by["fj_ly_town_long_form_period_and_year_no_repeat"]
    assert (fj["projects"][0]["total_yuan"], fj["projects"][0]["year_yuan"], fj["projects"][0]["fiscal_yuan"]) == (
        "6000000.00", "2000000.00", "1800000.00")
    assert {g["name"]: g["target_raw"] for g in fj["indicators"]}["修缮红色旧址"] == "≥8处"
    gd = by["gd_zh_street_dept_wide_three_row_grid_head"]
    assert not gd["projects"] and {g["project_name"] for g in gd["indicators"]} == {None}
    assert {g["name"]: g["target_raw"] for g in gd["indicators"]}["基层治理能力"] == "定性明显提升"
    jx = by["jx_jdz_district_accounts_self_evals_reason_measure"]
    assert [s["grade"] for s in jx["self_evaluations"]] == ["优", "良"] and jx["self_evaluations"][0]["project_name"] is None
    assert jx["self_evaluations"][0]["budget_yuan"] == "29456000.00"
    hub = {g["name"]: g for g in by["hub_xn_county_self_evals_value_unit_columns"]["indicators"]}
    assert (hub["补贴发放面积"]["target_raw"], hub["补贴发放面积"]["unit"]) == ("≥42.5万亩", "万亩")
    ln = {g["name"]: g for g in by["ln_fx_cdc_landscape_weighted_levels_words"]["indicators"]}
    assert ln["实验室室间质评合格率"]["comparator"] == ">=" and ln["免疫规划疫苗接种剂次"]["level1_raw"] == "产出指标（50分）"
    zj = by["zj_tz_culture_budget_performance_list_then_grid"]
    assert len(zj["projects"]) == 4 and len({g["project_name"] for g in zj["indicators"]}) == 2
