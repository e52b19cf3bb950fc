"""The BLIND23 layouts (cnbudget.demo.form_layouts_blind23: eleven forms of 山西, 湖北, 河南, 湖南,
广东, 四川, 吉林, 云南, 江西, 浙江 and 贵州, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be
well formed and to say what the PDFs print: every indicator's name and target in one row of a
ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind23 as B23


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind23", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind23", tmp_path_factory)


def test_blind23_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B23.SETS["blind23"] is B23.BLIND23 and 10 <= len(B23.BLIND23) <= 12


def test_blind23_covers_what_it_says(written, printed):
    """Forms after ordinary tables in ≥4 long 部门预算 / 部门决算 documents; landscape pages;
    a 资金支出计划 row; source lines …财政拨款收入; grade words; varied target wording."""
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
    assert any("资金支出计划" in t for t in texts) and any("政府性基金预算财政拨款收入" in t for t in texts)
    assert any("良好" in t for t in texts) and any("优秀" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 3
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for word in ("不少于", "不低于", "达到", "不超过", "不高于", "大于", "小于", "≧"):
        assert any(i["target_raw"].startswith(word) for i in inds), word
    assert any(i["target_raw"].startswith("定性") for i in inds)


def test_blind23_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B23.BLIND23) and {g["set"] for g in golds} == {"blind23"}
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 1
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert sum(1 for g in golds if any(i["project_name"] is None for i in g["indicators"])
               and not g["self_evaluations"]) >= 1  # a department-wide target form
    provinces = {name.split("_")[0] for name in B23.BLIND23}
    assert len(provinces) >= 8
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout: str, project: str) -> tuple:
        p = next(p for p in by[layout]["projects"] if p["project_name"] == project)
        return p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]

    # 预算数 is year, 财政资金 fiscal; 资金支出计划 percentages are no money
    assert money("sx_cz_budget_fund_use_spend_plan", "耕地保护专项经费") == (None, "2600000.00", "2000000.00", None)
    # 金额 of a list is year; its 合计 row is no project
    jm = by["hub_jm_budget_unit_list_total_goal"]["projects"]
    assert len(jm) == 4 and not any(p["project_name"] == "合计" for p in jm)
    # fiscal sums the lines named …财政拨款收入 that print an amount, never 中央补助 / 专项债券
    sg = "gd_sg_budget_two_per_page_income_lines"
    assert money(sg, "农村公路养护工程") == (None, "2300000.00", "1800000.00", "300000.00")
    assert money(sg, "城乡客运一体化补贴") == (None, "6500000.00", "3500000.00", None)
    assert money(sg, "道路运输安全监管") == (None, "1480000.00", "1200000.00", None)
    assert money("gz_zy_budget_dept_wide_tasks_then_project", "森林防火专项经费")[2] == "1600000.00"
    # 专项债券资金 is not fiscal; amounts in 元
    assert money("yn_qj_small_forms_labels_above_yuan", "城镇老旧小区改造配套") == (None, "5000000.00", "1200000.00", None)
    # 项目总额 is total, 本年度预算 year
    assert money("jl_sp_three_row_head_weights_total_invest", "义务教育学校校舍改造") == (
        "12000000.00", "4000000.00", "3500000.00", "500000.00")
    # self evaluations: year = 全年预算数, carried = 上年结转资金 where it prints an amount (0.00 is none)
    xy = "ha_xy_accounts_dept_then_project_self_evals"
    assert money(xy, "农村饮水安全工程维修养护") == (None, "3200000.00", "2700000.00", "400000.00")
    assert money(xy, "中小河流治理项目")[3] is None
    dept = by[xy]["self_evaluations"][0]
    assert dept["project_name"] is None and dept["budget_yuan"] == "52964000.00" and dept["grade"] == "优"
    assert [s["grade"] for s in by["hun_yy_self_eval_landscape_split_target"]["self_evaluations"]] == ["优", "良"]
    # 部门整体 forms: no project, their task money included
    for layout in ("sc_dy_dept_wide_funds_composition",):
        assert not by[layout]["projects"] and {g["project_name"] for g in by[layout]["indicators"]} == {None}
    gz = by["gz_zy_budget_dept_wide_tasks_then_project"]["projects"]
    assert [p["project_name"] for p in gz] == ["森林防火专项经费"]
    # wording: 达到 reads >=, ≧ reads >=, a deadline stays raw
    inds = {(g["project_name"], g["name"]): g for gold in golds for g in gold["indicators"]}
    assert inds[("道路运输安全监管", "安全隐患整改率")]["comparator"] == ">="
    assert inds[(None, "小型水库安全鉴定座数")]["comparator"] == ">="
    assert inds[("食品安全抽检监测", "抽检任务完成时间")]["comparator"] is None
    assert inds[("高标准农田建设", "工程管护机制")]["target_raw"] == "定性逐步完善"
    assert by["yn_qj_small_forms_labels_above_yuan"]["indicators"][0]["level1"] is None
