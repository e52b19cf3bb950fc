"""The BLIND50 layouts (cnbudget.demo.form_layouts_blind50: eleven forms of 贵州, 江西, 甘肃, 黑龙江,
吉林, 山西, 宁夏, 重庆, 辽宁, 广东 and 福建, written by an author who had read neither the form
reader nor the earlier blind sets): their PDFs and gold only, never the reader. The checks every
set shares run in tests/test_form_layouts_blind_gold.py; here: the set's registration and size,
what it says it covers, and its money rulings spelled out on the gold.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind50 as B50


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind50", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind50", tmp_path_factory)


def test_blind50_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, from eleven provinces."""
    assert B50.SETS["blind50"] is B50.BLIND50 and 10 <= len(B50.BLIND50) <= 12
    provinces = {name.split("_")[0] for name in B50.BLIND50}
    assert len(provinces) >= 8


def test_blind50_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages (one set
    turned by /Rotate); a 部门整体 target form and self evaluation; money in 元 and 万元, in a
    资金来源 grid, with the unit in the cell; a form running over pages with its header repeated;
    ranges, deadlines and direction words."""
    folder, golds = written
    long_docs, landscape, rotated = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            rotated += any(page.rotation for page in pdf.pages)
    assert long_docs >= 6 and landscape >= 3 and rotated >= 1
    texts = {g["layout"]: printed[g["file_name"]][1] for g in golds}
    assert sum("部门整体支出绩效目标表" in t for t in texts.values()) >= 1
    assert any("部门整体支出绩效自评表" in t for t in texts.values())
    def in_a_row(layout: str, *parts: str) -> bool:
        return any(all(p in r for p in parts) for r in printed[f"{layout}.pdf"][0])

    assert in_a_row("jx_gz_budget_income_source_grid_yuan", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入",
                    "单位资金")
    assert in_a_row("sx_ty_budget_dept_wide_stacked_unit_in_cell", "其中：财政资金", "300.00万元")
    assert in_a_row("nx_yc_two_forms_a_page_level1_weights", "中央补助资金", "60.00")
    assert in_a_row("jl_cc_self_evals_yuan_heads_split_deviation", "年初预算数（元）", "全年执行数（元）")
    with pdfplumber.open(folder / "ln_dl_accounts_long_self_evals_repeated_head.pdf") as pdf:
        heads = [p for p in pdf.pages if "偏差原因分析及改进措施" in (p.extract_text() or "")]
        assert len(heads) >= 3  # two forms, the first one's indicator header printed again
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 5
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不少于", "不低于", "达到", "控制在", "不超过", "大于", "小于", "＞", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert any(i["level1"] and i["level2"] is None for i in inds)
    assert any(i["level1"] is None and i["level2"] is None for i in inds)


def test_blind50_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B50.BLIND50) and {g["set"] for g in golds} == {"blind50"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings on the gold: …财政拨款收入 lines (a 0.00 line adds nothing), never
    单位资金 / 中央补助 / 其他资金; a printed 0.00 上年结转 is 0.00 and a — none; 项目总投资 total
    beside the year; 万元 printed in the cell; self evaluations' money from 全年预算数; 部门整体
    money no project; grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout):
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    jx = money("jx_gz_budget_income_source_grid_yuan")
    assert jx["城区环卫保洁服务"] == (None, "12680000.00", "12300000.00", None)
    assert jx["城市公园绿地养护"] == (None, "3450000.00", "3200000.00", None)
    gz = money("gz_gy_standalone_spaced_labels_money_pairs")
    assert gz["基本公共卫生服务补助经费"] == ("12600000.00", "4200000.00", "4000000.00", "200000.00")
    assert gz["家庭医生签约服务经费"][3] == "0.00" and gz["老年人意外伤害保险补助"][3] is None
    nx = money("nx_yc_two_forms_a_page_level1_weights")
    assert nx["非物质文化遗产保护传承"] == (None, "1500000.00", "900000.00", None)
    assert nx["A级旅游景区提升改造"] == (None, "3000000.00", "2000000.00", "600000.00")
    assert nx["文化惠民演出"][3] == "0.00" and nx["公共图书馆免费开放"][3] is None
    sx = by["sx_ty_budget_dept_wide_stacked_unit_in_cell"]
    assert money("sx_ty_budget_dept_wide_stacked_unit_in_cell")["食品安全抽检监测"] == (
        None, "3200000.00", "3000000.00", "200000.00")
    assert sum(g["project_name"] is None for g in sx["indicators"]) == 8 and len(sx["projects"]) == 2
    rng = next(g for g in sx["indicators"] if g["target_raw"] == "3%-5%")
    assert (rng["comparator"], rng["value"], rng["upper"], rng["unit"]) == ("range", 3, 5, "%")
    cq = money("cq_yb_budget_money_heads_value_unit_columns")
    assert cq["农村公路养护"] == (None, "24600000.00", "21000000.00", "3600000.00")
    assert cq["公交线网优化运营补贴"][3] == "0.00"
    gd = money("gd_zs_landscape_labels_above_total_investment")
    assert gd["岐江河水环境综合整治"] == ("186000000.00", "42000000.00", "38000000.00", None)
    gdi = {g["name"]: g for g in by["gd_zs_landscape_labels_above_total_investment"]["indicators"]}
    assert (gdi["新建截污管网长度"]["comparator"], gdi["新建截污管网长度"]["value"]) == (">=", 8.5)
    assert (gdi["管网漏损率"]["comparator"], gdi["管网漏损率"]["value"]) == ("<=", 10)
    fj = money("fj_qz_budget_key_projects_turned_list_yuan")
    assert fj["社会保险扩面征缴"] == (None, "1250000.00", "1100000.00", None)
    hlj = by["hlj_heb_accounts_dept_eval_then_project_pairs"]
    assert [(s["project_name"], s["budget_yuan"], s["grade"]) for s in hlj["self_evaluations"]] == [
        (None, "43265000.00", "优"), ("养老服务体系建设补助", "6120000.00", "优")]
    assert [p["project_name"] for p in hlj["projects"]] == ["养老服务体系建设补助"]
    assert hlj["projects"][0]["fiscal_yuan"] == "6000000.00"
    jl = by["jl_cc_self_evals_yuan_heads_split_deviation"]
    assert [s["grade"] for s in jl["self_evaluations"]] == ["优", "良"]
    assert jl["projects"][1]["year_yuan"] == "1820000.00" and jl["projects"][1]["fiscal_yuan"] == "1700000.00"
    ln = by["ln_dl_accounts_long_self_evals_repeated_head"]
    assert [(p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in ln["projects"]] == [
        ("21500000.00", "20000000.00", None), ("6400000.00", "6400000.00", None)]
