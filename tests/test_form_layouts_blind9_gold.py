"""The BLIND9 layouts (cnbudget.demo.form_layouts_blind9: ten forms of 浙江, 山东, 四川, 湖南, 云南,
陕西, 内蒙古, 安徽, 海南 and 天津, written by an author who had read neither the form reader nor the
earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be well
formed and to say what the PDFs print: every indicator's name and target in one row of a ruled
table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind9 as B9


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind9", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind9", tmp_path_factory)


def test_blind9_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B9.SETS["blind9"] is B9.BLIND9 and 10 <= len(B9.BLIND9) <= 12


def test_blind9_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; pages turned by
    /Rotate; a column-number row; 填报说明; ranges, deadlines, full-width signs, grade words."""
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
    assert any("填报说明" in t for t in texts) and any("良好" in t for t in texts) and any("优秀" in t for t in texts)
    assert any("123456789" in r for g in golds for r in printed[g["file_name"]][0])
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 3 and sum(i["comparator"] is None for i in inds) >= 2
    assert {">", "<"} <= {i["comparator"] for i in inds}
    assert any(i["target_raw"].startswith("＞") for i in inds) and any(i["target_raw"].startswith("不低于") for i in inds)
    assert any(i["target_raw"].startswith("定性") for i in inds)


def test_blind9_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B9.BLIND9) and {g["set"] for g in golds} == {"blind9"}
    assert sum(len(g["indicators"]) for g in golds) >= 130
    assert sum(len(g["self_evaluations"]) for g in golds) >= 6
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """A few of the set's rulings spelled out on the gold: 上年结转 as carried, 部门整体 money
    (tasks included) no project, grade words read as one character, weighted levels kept."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    zj = by["zj_nb_budget_fund_heads_carried"]["projects"]
    assert (zj[0]["year_yuan"], zj[0]["fiscal_yuan"], zj[0]["carried_over_yuan"]) == ("1800000.00", "1500000.00", "300000.00")
    assert zj[1]["carried_over_yuan"] is None
    for layout in ("sc_cd_budget_dept_tasks_money", "tj_dept_wide_fullwidth_signs_deadline"):
        assert not by[layout]["projects"] and not by[layout]["self_evaluations"]
        assert {g["project_name"] for g in by[layout]["indicators"]} == {None}
    assert [s["grade"] for s in by["hun_county_self_eval_grade_words"]["self_evaluations"]] == ["优", "良"]
    sn = by["sn_xa_final_accounts_weighted_levels"]
    assert sn["self_evaluations"][0]["project_name"] is None and sn["indicators"][0]["level1_raw"] == "产出指标（50分）"
    assert sn["self_evaluations"][0]["budget_yuan"] == "96805000.00"
    nmg = by["nmg_banner_long_form_yuan_basis"]["projects"][0]
    assert (nmg["year_yuan"], nmg["fiscal_yuan"]) == ("2360000.00", "2360000.00")
    yn = {g["name"]: g for g in by["yn_km_turned_list_column_numbers"]["indicators"]}
    assert (yn["故障路灯修复时间"]["value"], yn["故障路灯修复时间"]["upper"]) == (3, 5)
    assert yn["老旧灯具节能改造完成时间"]["comparator"] is None
    sd = {g["name"]: g["target_raw"] for g in by["sd_qd_small_forms_comparator_column"]["indicators"]}
    assert sd["食品安全监督抽检批次"] == "≥2600批次" and sd["食品安全风险防控能力"] == "定性显著提升"
    ah = by["ah_wh_budget_list_two_row_money_notes"]
    assert not any("填报说明" in g["name"] for g in ah["indicators"]) and len(ah["projects"]) == 3
