"""The BLIND70 layouts (cnbudget.demo.form_layouts_blind70: ten forms of 四川, 重庆, 贵州, 云南,
西藏, 青海, 新疆, 黑龙江, 天津 and 北京, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks
(weights, indicators, money, scores, grades printed) run in tests/test_form_layouts_blind_gold.py;
this file keeps what is particular to the set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import (assert_apart, assert_every_project_has_indicators, assert_golds_well_formed,
                               assert_indicators_printed, assert_money_scores_and_grades_printed,
                               assert_no_figure_cut_by_a_wrap, assert_weights_add_up, earlier_modules,
                               printed_set, written_set)
from cnbudget.demo import form_layouts_blind70 as B70

EARLIER = earlier_modules("blind70")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind70", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind70", tmp_path_factory)


def test_blind70_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, named apart from earlier sets."""
    assert B70.SETS["blind70"] is B70.BLIND70 and 10 <= len(B70.BLIND70) <= 12
    provinces = {name.split("_")[0] for name in B70.BLIND70}
    assert len(provinces) >= 8
    assert "form_layouts_blind9" in EARLIER and "form_layouts_blind70" not in EARLIER
    assert_apart(B70.BLIND70, EARLIER)


def test_blind70_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; turned and landscape
    pages; rulings filled / cells / open with shaded heads; 部门整体 target forms and a 部门整体
    self evaluation; 资金来源 lines named …财政拨款收入; split targets in either order; words."""
    folder, golds = written
    long_docs, turned, landscape = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation == 90 for page in pdf.pages)
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and turned >= 1 and landscape >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 2 and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("政府性基金预算财政拨款收入" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">=", "<=", "=", "qualitative", None} <= {i["comparator"] for i in inds}
    for start in ("不低于", "达到", "控制在", "不超过", "不少于", "定性", "≥%", "≤"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert sum(i["level1"] == "input" for i in inds) >= 8
    assert sum(i["level1_raw"] is None and i["level2_raw"] is not None for i in inds) >= 8
    assert sum(bool(i["level1_raw"] and "分）" in i["level1_raw"]) for i in inds) >= 10


def test_blind70_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B70.BLIND70) and {g["set"] for g in golds} == {"blind70"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)
    assert_every_project_has_indicators(golds)
    # the shared checks, run here too so the set is seen whole before it is registered
    assert_weights_add_up(golds)
    assert_indicators_printed(golds, printed)
    assert_money_scores_and_grades_printed(golds, printed)
    assert_no_figure_cut_by_a_wrap(folder, golds)


def test_rulings_are_what_the_docstring_says(written):
    """Money rulings spelled out: …财政拨款收入 lines summed (事业收入 / 其他收入 never), 0.00
    上年结转 kept, 部门整体 money no project, the project total beside the year, grade words."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    sc = {p["project_name"]: p for p in by["sc_pzh_budget_source_grid_yuan"]["projects"]}
    assert (sc["校园安全保障经费"]["year_yuan"], sc["校园安全保障经费"]["fiscal_yuan"]) == ("1240000.00", "1240000.00")
    assert sc["公共体育场馆免费低收费开放补助"]["fiscal_yuan"] == "560000.00"
    gz = {p["project_name"]: p for p in by["gz_kl_turned_self_evals_four_money_rows"]["projects"]}
    assert gz["计划生育家庭奖励扶助资金"]["carried_over_yuan"] == "0.00"
    assert gz["基本公共卫生服务补助资金"]["carried_over_yuan"] == "3600000.00"
    assert [s["grade"] for s in by["gz_kl_turned_self_evals_four_money_rows"]["self_evaluations"]] == ["优", "良"]
    for layout in ("cq_qj_budget_pairs_dept_wide_no_level1", "qh_ys_dept_wide_weighted_levels_cost"):
        assert all(p["project_name"] for p in by[layout]["projects"])
        assert sum(g["project_name"] is None for g in by[layout]["indicators"]) >= 8
    bj = by["bj_cp_school_money_sentence_words"]["projects"][0]
    assert (bj["total_yuan"], bj["year_yuan"], bj["fiscal_yuan"], bj["carried_over_yuan"]) == (
        "9800000.00", "3265000.00", "3000000.00", "265000.00")
    tj = {g["name"]: g for g in by["tj_xq_budget_direction_unit_value"]["indicators"]}
    assert tj["基层诊疗量占比"]["target_raw"] == "≥%62" and tj["基层诊疗量占比"]["value"] == 62
    yn = by["yn_cx_accounts_dept_and_project_self_eval"]["self_evaluations"]
    assert yn[0]["project_name"] is None and yn[0]["budget_yuan"] == "104126000.00"
