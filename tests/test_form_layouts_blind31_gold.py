"""The BLIND31 layouts (cnbudget.demo.form_layouts_blind31: eleven forms of 黑龙江, 吉林, 辽宁,
天津, 河北, 山西, 江西, 甘肃, 重庆 and 贵州, written by an author who had read neither the form
reader nor the earlier blind sets' modules): their PDFs and gold only, never the reader. Checks
special to this set: forms inside long 部门决算 reports, money in 元 with separators, column-number
rows, and the money rulings of its docstring spelled out on the gold.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind31 as B31


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind31", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind31", tmp_path_factory)


def test_blind31_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B31.SETS["blind31"] is B31.BLIND31 and 10 <= len(B31.BLIND31) <= 12
    provinces = {name.split("_")[0] for name in B31.BLIND31}
    assert len(provinces) >= 8
    assert {"hlj", "jl", "ln", "tj", "heb", "sx"} <= provinces


def test_blind31_covers_what_it_says(written, printed):
    """Self-evaluations inside long 部门决算 reports, several a page; forms after ordinary tables;
    money in 元 with thousands separators; column-number rows; a 部门整体 target form and self
    evaluation; landscape pages."""
    folder, golds = written
    long_docs, accounts_evals, landscape, several_a_page = 0, 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
                accounts_evals += "部门决算" in cover and len(gold["self_evaluations"]) >= 2
            landscape += any(page.width > page.height for page in pdf.pages)
            several_a_page += any(len(re.findall(r"绩效(自评|目标)表", page.extract_text() or "")) >= 2
                                  for page in pdf.pages)
    assert long_docs >= 6 and accounts_evals >= 4 and landscape >= 2 and several_a_page >= 4
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1
    assert sum("部门整体支出绩效自评表" in t for t in texts) >= 2
    # amounts in 元 with separators (1,234,567.00) and column-number rows
    assert sum(bool(re.search(r"\d{1,3},\d{3},\d{3}\.\d{2}", t)) for t in texts) >= 9
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert sum(r in ("栏次123456", "12345", "123456", "12345678", "12345678910") for r in rows) >= 6
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "达到", "控制在", "＞", "＜", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind31_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B31.BLIND31) and {g["set"] for g in golds} == {"blind31"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """…财政拨款收入 lines summed (上级补助收入 / 事业收入 never fiscal), a printed 0.00 上年结转 is
    0.00 and a blank one none, 元 in the cell read as the figure, 调整预算数 not the budget,
    中央补助 not fiscal, 部门整体 money no project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    ln = {p["project_name"]: p for p in by["ln_sy_heping_accounts_self_eval_source_grid_long"]["projects"]}
    assert (ln["基层医疗卫生机构能力提升"]["year_yuan"], ln["基层医疗卫生机构能力提升"]["fiscal_yuan"]) == (
        "10350000.00", "9350000.00")
    assert ln["重大传染病防控"]["fiscal_yuan"] == "2100000.00"
    gz = {p["project_name"]: p for p in by["gz_zy_huichuan_budget_source_list_two_a_page"]["projects"]}
    assert (gz["公办幼儿园建设"]["fiscal_yuan"], gz["公办幼儿园建设"]["carried_over_yuan"]) == ("3200000.00", None)
    assert gz["教育信息化设备更新"]["carried_over_yuan"] == "0.00"
    jl = by["jl_cc_chaoyang_accounts_self_eval_pairs_zero_carried"]
    assert [p["carried_over_yuan"] for p in jl["projects"]] == ["450000.00", "0.00", None]
    assert [s["grade"] for s in jl["self_evaluations"]] == ["优", "优", "良"]
    tj = {p["project_name"]: p for p in by["tj_bc_budget_targets_yuan_heads_colnums"]["projects"]}
    p = tj["道路桥梁设施养护"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "36000000.00", "12000000.00", "11200000.00", "0.00")
    jx = by["jx_jj_xunyang_self_evals_yuan_in_cell"]
    assert [s["budget_yuan"] for s in jx["self_evaluations"]] == ["3450000.00", "1850000.00"]
    dt = by["sx_dt_accounts_self_eval_adjusted_reason_split"]
    assert [s["budget_yuan"] for s in dt["self_evaluations"]] == ["43500000.00", "2200000.00"]
    cq = by["cq_ddk_accounts_dept_self_eval_sources_central"]
    assert cq["self_evaluations"][0]["project_name"] is None and cq["projects"][0]["fiscal_yuan"] == "2860000.00"
    heb = by["heb_bd_lianchi_budget_dept_wide_stacked_money"]
    assert sum(g["project_name"] is None for g in heb["indicators"]) == 8 and len(heb["projects"]) == 2
    gs = {p["project_name"]: p for p in by["gs_tw_qinzhou_targets_labels_above_wan_title_unit"]["projects"]}
    assert (gs["农村公路安全生命防护工程"]["total_yuan"], gs["农村公路安全生命防护工程"]["year_yuan"]) == (
        "12600000.00", "4200000.00")
    hlj = by["hlj_hrb_nangang_accounts_dept_then_projects_colnums"]
    assert [s["grade"] for s in hlj["self_evaluations"]] == ["优", "优", "良"]
    assert hlj["self_evaluations"][0]["budget_yuan"] == "49807500.00"
