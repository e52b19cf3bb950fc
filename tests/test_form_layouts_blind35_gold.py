"""The BLIND35 layouts (cnbudget.demo.form_layouts_blind35: ten documents of 北京, 重庆, 宁夏,
江苏, 广东, 黑龙江, 云南, 甘肃, 山西 and 吉林, written by an author who had read neither the form
reader nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks
(registered apart, PDFs open, weights, indicators, money, scores, grades, no figure cut) run in
tests/test_form_layouts_blind_gold.py; this file keeps what is particular to the set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind35 as B35


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind35", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind35", tmp_path_factory)


def test_blind35_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B35.SETS["blind35"] is B35.BLIND35 and 10 <= len(B35.BLIND35) <= 12
    provinces = {name.split("_")[0] for name in B35.BLIND35}
    assert len(provinces) >= 8 and {"bj", "cq", "nx", "js", "gd", "hlj", "yn"} <= provinces


def test_blind35_covers_what_it_says(written, printed):
    """Long 部门预算 / 部门决算 documents with the forms after ordinary tables; landscape pages;
    mixed documents (a 部门整体 form beside project forms); 资金来源 grids in self evaluations;
    amounts in 元 and 万元; grade words; deadlines, ranges of comparators."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2
    texts = {g["layout"]: printed[g["file_name"]][1] for g in golds}
    mixed = [g for g in golds if any(s["project_name"] is None for s in g["self_evaluations"])
             or re.search(r"部门(（单位）)?整体支出绩效目标表", texts[g["layout"]])]
    assert sum(bool(g["projects"]) for g in mixed) >= 4
    assert sum("部门整体支出绩效目标表" in t or "部门（单位）整体支出绩效目标表" in t for t in texts.values()) >= 2
    assert sum("部门整体支出绩效自评表" in t for t in texts.values()) >= 2
    grid = [t for t in texts.values() if all(w in t for w in ("年度资金总额", "其中：当年财政拨款", "上年结转资金",
                                                              "年初预算数", "全年预算数", "全年执行数"))]
    assert len(grid) >= 2
    assert any("（元）" in t for t in texts.values()) and any("单位：万元" in t for t in texts.values())
    assert any("优秀" in t for t in texts.values()) and any("良好" in t for t in texts.values())
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "不超过", "不高于", "达到", "高于", "低于", "＞"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind35_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B35.BLIND35) and {g["set"] for g in golds} == {"blind35"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: a self evaluation's project money from
    its 资金来源 grid's 全年预算数 column (0.00 carried is 0.00, a blank none); labels above values;
    …财政拨款收入 lines summed, 事业收入 never; 实施期 / 项目总金额 total beside the year; 部门整体
    money no project; grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout: str) -> dict[str, tuple]:
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    cq = by["cq_bn_accounts_dept_and_project_self_evals_source_grid"]
    assert [s["project_name"] for s in cq["self_evaluations"]] == [None, "农村供水保障工程", "中小河流治理"]
    assert cq["self_evaluations"][0]["budget_yuan"] == "68500000.00" and cq["self_evaluations"][0]["score"] == 97.78
    assert [s["grade"] for s in cq["self_evaluations"]] == ["优", "良", "优"]
    assert money("cq_bn_accounts_dept_and_project_self_evals_source_grid") == {
        "农村供水保障工程": (None, "13500000.00", "12400000.00", "1100000.00"),
        "中小河流治理": (None, "26000000.00", "26000000.00", "0.00")}
    bj = money("bj_ft_budget_dept_wide_then_stacked_source_pairs")
    assert bj["城市公园绿地精细化养护"][3] == "0.00" and bj["古树名木保护复壮"] == (None, "3860000.00", "3260000.00", None)
    assert sum(g["project_name"] is None for g in by["bj_ft_budget_dept_wide_then_stacked_source_pairs"]["indicators"]) == 8
    js = money("js_tz_accounts_landscape_self_evals_yuan_cause_measure")
    assert js["基本公共卫生服务"] == (None, "4560000.00", "4560000.00", "0.00")
    assert js["医疗卫生机构能力建设"] == (None, "3250000.00", "3000000.00", None)
    hlj = by["hlj_mdj_self_evals_labels_above_yuan"]
    assert money("hlj_mdj_self_evals_labels_above_yuan")["社区居家养老服务"] == (None, "1450000.00", "1200000.00", None)
    assert [(s["budget_yuan"], s["score"], s["grade"]) for s in hlj["self_evaluations"]] == [
        ("13480000.00", 98.7, "优"), ("8600000.00", 99.8, "优"), ("1450000.00", 86.5, "良")]
    gs = money("gs_jq_budget_income_source_lines_weights")
    assert gs["公立医院基础设施建设"] == (None, "12000000.00", "4200000.00", None)
    assert gs["重大传染病防控"] == (None, "3560000.00", "3560000.00", "0.00")
    gd = by["gd_mz_budget_dept_wide_tasks_then_total_year_pairs"]
    assert money(gd["layout"])["薄弱学校改善办学条件（2024-2026年）"] == (
        "45000000.00", "15000000.00", "15000000.00", None)
    assert len(gd["projects"]) == 3 and not gd["self_evaluations"]
    jl = money("jl_sp_forms_period_and_year_money_columns")
    assert jl["老旧小区改造（2025-2026年）"] == ("68000000.00", "36000000.00", "28000000.00", None)
    yn = money("yn_bs_landscape_list_source_columns")
    assert yn["危桥改造"] == (None, "23800000.00", "19800000.00", "0.00") and len(yn) == 4
    nx = money("nx_gy_two_forms_a_page_yuan_source_heads_split_target")
    assert nx["肉牛产业良种补贴"] == (None, "6480000.00", "6000000.00", None)
    sx = by["sx_lf_self_evals_two_row_money_heads_grade_words"]
    assert [(s["score"], s["grade"]) for s in sx["self_evaluations"]] == [(97.5, "优"), (81.0, "良")]
    split = {g["name"]: g["target_raw"] for g in by["nx_gy_two_forms_a_page_yuan_source_heads_split_target"]["indicators"]}
    assert split["建成高标准农田面积"] == "≥2.1万亩" and split["肉牛良种化水平"] == "定性稳步提高"
