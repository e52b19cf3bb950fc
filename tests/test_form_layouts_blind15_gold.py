"""The BLIND15 layouts (cnbudget.demo.form_layouts_blind15: eleven forms of 省直 departments and
二级单位 of 河北, 山西, 辽宁, 吉林, 黑龙江, 江苏, 浙江, 广东, 广西, 海南 and 甘肃, written by an author who
had read neither the form reader nor the earlier blind sets): their PDFs and gold only, never the
reader. The gold is checked to be well formed and to say what the PDFs print: every indicator's
name and target in one row of a ruled table, its actual value there too, every amount, score and
grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind15 as B15


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind15", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind15", tmp_path_factory)


def test_blind15_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B15.SETS["blind15"] is B15.BLIND15 and 10 <= len(B15.BLIND15) <= 12


def test_blind15_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; 中期 beside 年度; a
    column-number row repeated; letter grades with their key; grade words; landscape pages;
    ranges, deadlines, zero targets, word comparators."""
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
    assert any("中期指标值" in t and "年度指标值" in t for t in texts)
    assert any("年初预算数" in t and "全年预算数" in t and "全年执行数" in t for t in texts)
    assert any("良好" in t for t in texts) and any("优秀" in t for t in texts) and any("A为优" in t for t in texts)
    assert sum("123456" in r for g in golds for r in printed[g["file_name"]][0]) >= 2  # repeated on the next page
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert sum(i["comparator"] == "range" for i in inds) >= 5 and sum(i["comparator"] is None for i in inds) >= 5
    assert sum(i["comparator"] == "qualitative" for i in inds) >= 8 and sum(i["value"] == 0 for i in inds) >= 4
    assert {">=", "<=", "=", ">", "<"} <= {i["comparator"] for i in inds}
    for word in ("不低于", "不超过", "不少于", "大于等于", "小于等于", "≥", "≤"):
        assert any(i["target_raw"].startswith(word) for i in inds), word
    assert any(isinstance(i["score"], float) and i["score"] % 1 for i in inds)


def test_blind15_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B15.BLIND15) and {g["set"] for g in golds} == {"blind15"}
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert any(not g["projects"] and not g["self_evaluations"] and g["indicators"] for g in golds)  # 部门整体 targets
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: 中期资金总额 as total and 年度 as year,
    0.00 上年结转 not carried, 部门整体 money (tasks included) no project, letter grades read
    through their key, 年度指标值 (not 中期) as the target, split 指标性质 joined."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    heb = by["heb_edu_budget_midterm_annual_side_by_side"]
    p = heb["projects"][0]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "150000000.00", "50000000.00", "48000000.00", None)
    heb_inds = {g["name"]: g for g in heb["indicators"]}
    assert heb_inds["引进高层次人才"]["target_raw"] == "≥60人" and heb_inds["资金下达时间"]["comparator"] is None
    sx = by["sx_health_budget_dept_tasks_weighted"]
    assert not sx["projects"] and not sx["self_evaluations"] and {g["project_name"] for g in sx["indicators"]} == {None}
    ln = by["ln_transport_accounts_self_evals_yuan_letters"]
    assert [s["grade"] for s in ln["self_evaluations"]] == ["优", "良"]
    assert [p["carried_over_yuan"] for p in ln["projects"]] == ["260000.00", None]
    assert ln["self_evaluations"][0]["budget_yuan"] == "4120000.00"
    jl = by["jl_cdc_unit_self_eval_label_rows_no_level1"]
    assert jl["department"] == "吉林省疾病预防控制中心" and {g["level1"] for g in jl["indicators"]} == {None}
    hlj = {g["name"]: g for g in by["hlj_agri_budget_landscape_list_nature_columns"]["indicators"]}
    assert hlj["保护性耕作实施面积"]["target_raw"] == "大于等于3000万亩" and hlj["耕地土壤有机质含量"]["target_raw"] == "定性稳中有升"
    zj = by["zj_ecology_dept_self_eval_grade_word"]
    assert zj["self_evaluations"][0]["project_name"] is None and not zj["projects"]
    gx = by["gx_water_self_evals_transposed_money"]
    assert [(p["year_yuan"], p["fiscal_yuan"]) for p in gx["projects"]] == [("72500000.00", "64500000.00"),
                                                                            ("32000000.00", "32000000.00")]
    hi = by["hi_tourism_budget_fiscal_subheads_yuan"]["projects"][0]
    assert (hi["year_yuan"], hi["fiscal_yuan"]) == ("32000000.00", "30000000.00")
    gs = {g["name"]: g for g in by["gs_civil_affairs_long_form_colnums_repeated"]["indicators"]}
    assert (gs["临时救助审批时限"]["value"], gs["临时救助审批时限"]["upper"]) == (3, 5)
