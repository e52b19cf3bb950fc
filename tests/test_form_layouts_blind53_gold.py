"""The BLIND53 layouts (cnbudget.demo.form_layouts_blind53: ten 2024 部门决算 / 2025 部门预算
disclosures of 甘肃, 江西, 贵州, 黑龙江, 吉林, 山西, 宁夏, 重庆, 辽宁 and 青海, written by an author
who had read neither the form reader nor the earlier blind sets): their PDFs and gold only, never
the reader. The shared checks (registered apart, PDFs open, weights, indicators, money, scores and
grades printed, no figure cut by a wrap) run in tests/test_form_layouts_blind_gold.py; this file
keeps the set's own: its size and provinces, what it covers, and its rulings spelled out.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind53 as B53


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind53", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind53", tmp_path_factory)


def test_blind53_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, from at least eight provinces."""
    assert B53.SETS["blind53"] is B53.BLIND53 and 10 <= len(B53.BLIND53) <= 12
    provinces = {name.split("_")[0] for name in B53.BLIND53}
    assert len(provinces) >= 8


def test_blind53_covers_what_it_says(written, printed):
    """Long 部门决算 / 部门预算 documents with the forms after accounts tables; landscape pages; at
    least ten self evaluations, two of them 部门整体; a 部门整体 target form; money in 元 and 万元;
    the 财政部 申报 template's 实施期 / 年度 columns; split 指标性质 | 指标值 | 度量单位 targets;
    ranges, deadlines, 达到 N, 不低于 / 不超过, ＞ ＜."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 6 and landscape >= 2
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1
    assert sum("部门整体支出绩效自评表" in t for t in texts) >= 2
    assert sum("项目支出绩效自评表" in t for t in texts) >= 6
    assert any("单位：元" in t for t in texts)
    assert any("全年预算数（元）" in r for g in golds for r in printed[g["file_name"]][0])
    assert any("实施期资金总额" in t and "实施期指标值" in t for t in texts)
    assert any("指标性质" in r and "度量单位" in r for g in golds for r in printed[g["file_name"]][0])
    assert any("政府性基金预算财政拨款" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "不低于", "不超过", "＞", "＜", "="):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    evals = [s for g in golds for s in g["self_evaluations"]]
    assert len(evals) >= 10 and sum(s["project_name"] is None for s in evals) >= 2
    assert {s["grade"] for s in evals} >= {"优", "良", None}


def test_blind53_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B53.BLIND53) and {g["set"] for g in golds} == {"blind53"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_blind53_rulings_are_what_the_docstring_says(written):
    """Carried from a self evaluation's 上年结转 row (0.00 stays 0.00, blank or — none); the 申报
    template's total / year / fiscal; 重庆's two …财政拨款 lines; a 部门整体 form's money no
    project's; grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    jx = by["jx_gz_accounts_dept_income_spending_rows_yuan_zero_carried"]
    assert jx["self_evaluations"][0]["project_name"] is None
    assert jx["self_evaluations"][0]["budget_yuan"] == "47825000.00"
    p = jx["projects"][0]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("2650000.00", "2650000.00", "0.00")
    gs = by["gs_lz_accounts_ministry_self_evals_blank_carried"]
    assert [p["carried_over_yuan"] for p in gs["projects"]] == [None, None]
    assert [s["grade"] for s in gs["self_evaluations"]] == ["优", None]
    hlj = {p["project_name"]: p for p in by["hlj_hrb_accounts_pairs_weighted_levels"]["projects"]}
    p = hlj["冬季清冰雪作业经费"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("23600000.00", "18600000.00", "5000000.00")
    assert hlj["城市照明设施维护"]["carried_over_yuan"] is None
    assert by["hlj_hrb_accounts_pairs_weighted_levels"]["indicators"][0]["level1_raw"] == "产出指标（50分）"
    jl = {p["project_name"]: p for p in by["jl_cc_budget_ministry_targets_period_and_year"]["projects"]}
    p = jl["老旧小区改造配套基础设施建设"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("48000000.00", "16000000.00", "14000000.00")
    jl_inds = {g["name"]: g["target_raw"] for g in by["jl_cc_budget_ministry_targets_period_and_year"]["indicators"]}
    assert jl_inds["改造老旧小区个数"] == "14个" and jl_inds["用户满意度"] == "达到90%"
    cq = {p["project_name"]: p for p in by["cq_yb_accounts_small_self_evals_two_a_page"]["projects"]}
    assert cq["社区矫正教育帮扶"]["fiscal_yuan"] == "120000.00" and cq["社区矫正教育帮扶"]["year_yuan"] == "180000.00"
    assert [s["grade"] for s in by["cq_yb_accounts_small_self_evals_two_a_page"]["self_evaluations"]] == ["优", "良", "优", "优"]
    sx = by["sx_ty_budget_dept_targets_then_yuan_pairs"]
    assert [p["project_name"] for p in sx["projects"]] == ["特困人员救助供养", "社区居家养老服务补贴"]
    assert sum(g["project_name"] is None for g in sx["indicators"]) == 8
    assert [p["carried_over_yuan"] for p in sx["projects"]] == ["500000.00", None]
    ln = {p["project_name"]: p for p in by["ln_dl_budget_landscape_list_column_numbers"]["projects"]}
    assert ln["学前教育普惠性幼儿园补助"]["carried_over_yuan"] == "0.00"
    nx = {g["name"]: g["target_raw"] for g in by["nx_yc_landscape_self_evals_nature_value_unit"]["indicators"]}
    assert nx["群众文化参与度"] == "定性显著提升" and nx["开展文化惠民活动场次"] == "≥180场"
    qh = by["qh_xn_accounts_dept_pairs_project_rate_first"]
    assert [s["grade"] for s in qh["self_evaluations"]] == ["优", "优"] and qh["self_evaluations"][0]["project_name"] is None
