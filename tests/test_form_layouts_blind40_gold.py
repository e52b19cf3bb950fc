"""The BLIND40 layouts (cnbudget.demo.form_layouts_blind40: eleven 项目支出绩效目标表, 部门整体
target and self-evaluation forms and 项目支出绩效自评表 of 黑龙江, 吉林, 辽宁, 河北, 山西, 内蒙古,
北京, 天津, 山东, 河南 and 甘肃, printed as county-level finance bureaus print them, written by an
author who had read neither the form reader nor the earlier blind sets): their PDFs and gold only,
never the reader. The shared checks (registered apart, printed as in the gold, weights, money, no
figure cut by a wrap) run in tests/test_form_layouts_blind_gold.py; this file keeps the set's own.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind40 as B40


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind40", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind40", tmp_path_factory)


def test_blind40_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces,
    most of them northern or north-eastern."""
    assert B40.SETS["blind40"] is B40.BLIND40 and 10 <= len(B40.BLIND40) <= 12
    provinces = {name.split("_")[0] for name in B40.BLIND40}
    assert len(provinces) >= 8
    assert len(provinces & {"hlj", "jl", "ln", "heb", "sx", "nmg", "bj", "tj"}) >= 6


def test_blind40_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a 部门整体
    target form and self evaluation; the imperfections of real prints (spaced labels, "—" and "/"
    in money cells, 0 beside 0.00, half-width brackets and colons); money in 万元 and 元, in the
    title line, a head and the cell; every comparator, ranges, deadlines, 达到 N."""
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
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    assert "项目名称" in rows or any("项目名称" in r for r in rows)
    assert any("项 目 名 称" in r for r in rows)
    assert any(r.endswith("—") or "—" in r for r in rows) and any("/" in r for r in rows)
    assert any("(万元)" in t for t in texts) and any("（万元）" in t for t in texts)
    assert any("单位：元" in t for t in texts) and any("（元）" in t for t in texts)
    assert any(re.search(r"：\d[\d,]*\.\d\d万元", t) for t in texts)
    assert any("一般公共预算财政拨款收入" in r and "政府性基金预算财政拨款收入" in r for r in rows)
    assert sum(len(g["projects"]) for g in golds) >= 18
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "qualitative", "range"} <= {i["comparator"] for i in inds}
    assert sum(i["comparator"] is None for i in inds) >= 4
    assert any(i["target_raw"].startswith("达到") and i["comparator"] == ">=" for i in inds)
    assert any(i["target_raw"].startswith(">=") for i in inds) and any(i["target_raw"].startswith("＝") for i in inds)


def test_blind40_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B40.BLIND40) and {g["set"] for g in golds} == {"blind40"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: one …财政拨款收入 line is fiscal, 其他收入
    never; a printed 0.00 上年结转 is 0.00, "—" / "/" / a blank none; 项目总额 beside the year;
    a self evaluation's 上年结转资金 carried; 百分比 is %; grade words one character; 部门整体 money
    no project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    sx = {p["project_name"]: p for p in by["sx_ty_budget_income_source_grid_yuan"]["projects"]}
    p = sx["校园安全防范设施建设"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("2150000.00", "950000.00", "0.00")
    p = sx["学前教育保育教育费补助"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("4860000.00", "3600000.00", "1260000.00")
    sd = {p["project_name"]: p for p in by["sd_yt_budget_labels_above_total_year"]["projects"]}
    p = sd["非物质文化遗产保护传承（2024-2026年）"]
    assert (p["total_yuan"], p["year_yuan"], p["carried_over_yuan"]) == ("4500000.00", "1500000.00", "0.00")
    assert sd["文旅消费季活动"]["carried_over_yuan"] is None
    hlj = {p["project_name"]: p for p in by["hlj_hrb_budget_forms_spaced_labels_pairs"]["projects"]}
    assert hlj["家庭医生签约服务经费"]["carried_over_yuan"] is None
    assert hlj["卫生健康监督执法经费"]["carried_over_yuan"] == "65000.00"
    ln = by["ln_sy_accounts_self_eval_mof_money_rows"]
    assert [p["carried_over_yuan"] for p in ln["projects"]] == ["800000.00", None]
    assert [s["grade"] for s in ln["self_evaluations"]] == ["优", "良"]
    tj = by["tj_bc_accounts_dept_self_eval_basic_project_rows"]
    assert tj["self_evaluations"][0]["project_name"] is None and tj["self_evaluations"][0]["budget_yuan"] == "68504000.00"
    assert [s["grade"] for s in tj["self_evaluations"]] == ["优", "优"]
    jl = [i for i in by["jl_cc_budget_list_table11_ascii_signs"]["indicators"] if "百分比" in i["target_raw"]]
    assert jl and {i["unit"] for i in jl} == {"%"}
    heb = by["heb_sjz_budget_dept_wide_then_stacked_money"]
    assert [p["project_name"] for p in heb["projects"]] == ["食品安全抽检经费"]
    assert sum(i["project_name"] is None for i in heb["indicators"]) == 10
    gs = {p["project_name"]: p for p in by["gs_lz_forms_label_and_value_in_one_cell"]["projects"]}
    assert (gs["就业见习补贴"]["fiscal_yuan"], gs["就业见习补贴"]["carried_over_yuan"]) == ("3200000.00", "300000.00")
