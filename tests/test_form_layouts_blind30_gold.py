"""The BLIND30 layouts (cnbudget.demo.form_layouts_blind30: ten forms of 西藏, 新疆, 青海, 宁夏,
内蒙古, 甘肃, 贵州, 黑龙江, 山西 and 吉林, mostly 乡镇 / 街道 and 事业单位, written by an author who
had read neither the form reader nor the earlier blind sets): their PDFs and gold only, never the
reader. The shared checks (registered apart, PDFs open, weights, indicators, money, scores, grades
printed) run in tests/test_form_layouts_blind_gold.py; here what this set says it covers and its
money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind30 as B30


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind30", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind30", tmp_path_factory)


def test_blind30_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, from ≥8 provinces, named
    apart from every earlier set."""
    assert B30.SETS == {"blind30": B30.BLIND30} and 10 <= len(B30.BLIND30) <= 12
    provinces = {name.split("_")[0] for name in B30.BLIND30}
    assert len(provinces) >= 8 and {"xz", "xj", "qh", "nx", "nmg", "gs"} <= provinces
    assert_apart(B30.BLIND30, earlier_modules("blind30"))


def test_blind30_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门/单位 预算 / 决算 documents; a landscape layout;
    乡镇 / 街道 and 事业单位 departments; a 部门整体 target form and self evaluation; 资金来源
    grids, stacked money rows, the self-evaluation money columns; the comparator kinds."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"(部门|单位)(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1
    depts = [g["department"] for g in golds]
    assert sum(bool(re.search(r"(镇|街道办事处)", d) and "人民政府" in d or "街道办事处" in d) for d in depts) >= 6
    assert any(d.endswith("中心") for d in depts)
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门（单位）整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert sum("资金来源" in t for t in texts) >= 2
    assert any("年初预算数全年预算数全年执行数分值执行率得分" in t for t in texts)
    assert any("年初预算数（元）" in t for t in texts) and any("万元" in t and "68.00万元" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "qualitative", "range", None} <= {i["comparator"] for i in inds}
    for start in ("达到", "不少于", "不超过", "控制在", "大于等于", "小于等于", "大于", "小于", "等于"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind30_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B30.BLIND30) and {g["set"] for g in golds} == {"blind30"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The money rulings spelled out on the gold: …财政拨款收入 lines summed, 中央补助 / 事业收入
    never fiscal, a printed 0.00 上年结转 is 0.00, 项目总金额 total beside the year, 财政资金 /
    财政拨款资金 fiscal, a self evaluation's money its 全年预算数, 部门整体 money no project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout: str) -> dict[str, tuple]:
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    xz = money("xz_lhs_street_budget_money_pairs_total_year")
    assert xz["街道环境卫生整治"] == ("2600000.00", "1300000.00", "1200000.00", "0.00")
    xj = money("xj_wlmq_cdc_source_grid_yuan_split_weights")
    assert xj["重大传染病防控"] == (None, "2500000.00", "1860000.00", None)
    assert xj["免疫规划疫苗接种"] == (None, "1100000.00", "1100000.00", None)
    assert xj["地方病监测"] == (None, "515000.00", "420000.00", "35000.00")
    qh = money("qh_xn_town_self_eval_yuan_unit_in_heads")
    assert qh["高原美丽乡村建设"] == (None, "1286000.00", "1086000.00", "200000.00")
    assert qh["农村饮水安全维修养护"][3] == "0.00"
    assert [s["grade"] for s in by["qh_xn_town_self_eval_yuan_unit_in_heads"]["self_evaluations"]] == ["优", "良"]
    nx = by["nx_yc_street_accounts_dept_and_project_self_evals"]
    assert [p["project_name"] for p in nx["projects"]] == ["社区居家养老服务"]
    assert nx["self_evaluations"][0]["project_name"] is None and nx["self_evaluations"][0]["budget_yuan"] == "14568000.00"
    assert money("nx_yc_street_accounts_dept_and_project_self_evals")["社区居家养老服务"] == (
        None, "865000.00", "800000.00", "65000.00")
    nmg = money("nmg_bt_town_stacked_money_three_forms_down")
    assert nmg["嘎查村级组织运转经费"] == (None, "920000.00", "800000.00", "120000.00")
    assert nmg["牧区人居环境整治"] == (None, "1450000.00", "1200000.00", "0.00")
    gs = by["gs_lz_street_budget_dept_wide_then_source_rows"]
    assert sum(g["project_name"] is None for g in gs["indicators"]) == 8 and len(gs["projects"]) == 2
    assert money("gs_lz_street_budget_dept_wide_then_source_rows")["辖区公共厕所运营维护"] == (
        None, "365000.00", "320000.00", "45000.00")
    ctl = next(g for g in gs["indicators"] if g["target_raw"] == "控制在86万元以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 86, "万元")
    gz = money("gz_gy_institution_self_eval_weighted_levels")
    assert gz["城市照明设施维护"] == (None, "2980000.00", "2980000.00", None)
    assert gz["市政道路挖掘修复"] == (None, "1760000.00", "1600000.00", "160000.00")
    assert [s["grade"] for s in by["gz_gy_institution_self_eval_weighted_levels"]["self_evaluations"]] == ["优", "中"]
    hlj = money("hlj_heb_street_budget_landscape_money_heads_yuan")
    assert hlj["老旧小区综合整治"] == ("3600000.00", "1800000.00", "1500000.00", "300000.00")
    sx = money("sx_ty_town_two_forms_a_page_unit_in_cell")
    assert sx["高标准农田管护"] == (None, "300000.00", "240000.00", "0.00")
    assert all(g["level1"] is None for g in by["sx_ty_town_two_forms_a_page_unit_in_cell"]["indicators"])
    jl = by["jl_cc_street_accounts_self_eval_stacked_money"]
    assert [(s["budget_yuan"], s["executed_yuan"]) for s in jl["self_evaluations"]] == [
        ("1260000.00", "1197000.00"), ("2318000.00", "2003600.00")]
    assert money("jl_cc_street_accounts_self_eval_stacked_money")["农村人居环境整治"] == (
        None, "2318000.00", "2150000.00", None)
    reach = next(g for g in jl["indicators"] if g["target_raw"] == "达到6000吨")
    assert (reach["comparator"], reach["value"]) == (">=", 6000)
