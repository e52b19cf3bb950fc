"""The BLIND11 layouts (cnbudget.demo.form_layouts_blind11: eleven forms of 福建, 江西, 广东, 浙江,
山东, 河南, 湖南, 重庆, 四川 and 云南, written by an author who had read neither the form reader nor
the earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be
well formed and to say what the PDFs print: every indicator's name and target in one row of a
ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind11 as B11


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind11", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind11", tmp_path_factory)


def test_blind11_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B11.SETS["blind11"] is B11.BLIND11 and 10 <= len(B11.BLIND11) <= 12


def test_blind11_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a page turned by
    /Rotate; a column-number row; 中期 and 年度 blocks; 部门职能 prose; targets in words."""
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
    assert any("中期绩效指标" in t and "年度绩效指标" in t for t in texts)
    assert any("部门职能" in t and "年度主要任务" in t for t in texts)
    assert any("123456789" in r for g in golds for r in printed[g["file_name"]][0])
    inds = [i for g in golds for i in g["indicators"]]
    for word in ("不低于", "不超过", "达到", "控制在", "不少于", "大于等于"):
        assert any(i["target_raw"].startswith(word) for i in inds), word
    assert any(i["target_raw"].startswith("≥") and i["unit"] in ("个", "人次", "万元") for i in inds)
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])


def test_blind11_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B11.BLIND11) and {g["set"] for g in golds} == {"blind11"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written, printed):
    """The set's rulings spelled out on the gold: 年度 targets and money of a two-period form,
    a 一级 weight column that is the level's, words read as comparators, a name above the grid
    and no money, a 部门整体 form's money no project, glued self-evaluations one per project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    fj = by["fj_xm_midterm_and_annual_blocks"]
    assert (fj["projects"][0]["total_yuan"], fj["projects"][0]["year_yuan"], fj["projects"][0]["fiscal_yuan"]) \
        == ("12600000.00", "4300000.00", "4100000.00")
    fj_t = {g["name"]: g["target_raw"] for g in fj["indicators"]}
    assert fj_t["安防设备升级学校数"] == "≥32所" and fj_t["课后服务覆盖学生数"] == "≥4.8万人"
    dg = by["gd_dg_town_level1_weight_column"]
    assert dg["indicators"][0]["level1_raw"] == "产出指标" and dg["indicators"][0]["name"] == "河涌清淤长度"
    assert dg["indicators"][0]["weight"] == 15.0 and dg["projects"][1]["carried_over_yuan"] is None
    wz = {g["name"]: g for g in by["zj_wz_county_words_targets_yuan"]["indicators"]}
    assert (wz["补助资金拨付时间"]["comparator"], wz["补助资金拨付时间"]["value"]) == ("<=", 30)
    assert (wz["礼堂星级评定达标率"]["comparator"], wz["单个礼堂补助金额"]["comparator"]) == (">=", "<=")
    ly = by["ha_ly_budget_name_above_grid"]
    assert not ly["projects"] and len({g["project_name"] for g in ly["indicators"]}) == 3
    rows = printed[ly["file_name"]][0]
    assert not any("困难群众救助补助" in r for r in rows) and "项目名称：困难群众救助补助" in printed[ly["file_name"]][1]
    fs = by["gd_fs_budget_dept_wide_functions_prose"]
    assert not fs["projects"] and {g["project_name"] for g in fs["indicators"]} == {None}
    nc = by["jx_nc_accounts_glued_project_self_evals"]
    assert [s["project_name"] for s in nc["self_evaluations"]] == [p["project_name"] for p in nc["projects"]]
    assert {g["level1"] for g in nc["indicators"]} == {None}
    zz = by["hun_zz_dept_and_project_self_eval"]["self_evaluations"]
    assert [(s["project_name"], s["grade"]) for s in zz] == [(None, "良"), ("城区公厕提质改造", "优")]
