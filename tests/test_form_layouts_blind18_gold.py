"""The BLIND18 layouts (cnbudget.demo.form_layouts_blind18: ten forms of 内蒙古, 辽宁, 吉林, 黑龙江,
陕西, 甘肃, 青海, 宁夏, 新疆 and 西藏, written by an author who had read neither the form reader nor
the earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be
well formed and to say what the PDFs print: every indicator's name and target in one row of a
ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind18 as B18


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind18", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind18", tmp_path_factory)


def test_blind18_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B18.SETS["blind18"] is B18.BLIND18 and 10 <= len(B18.BLIND18) <= 12


def test_blind18_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    column-number row; comparator words in their own column; ranges, deadlines, grade words."""
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
    assert any("良好" in t for t in texts) and any("优秀" in t for t in texts)
    assert any("12345" in r for g in golds for r in printed[g["file_name"]][0])
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 3
    for start in ("大于等于", "小于等于", "达到", "不少于", "控制在", "不高于", "定性", "≥", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind18_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B18.BLIND18) and {g["set"] for g in golds} == {"blind18"}
    assert sum(len(g["indicators"]) for g in golds) >= 140
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: total / year / fiscal / carried as the
    docstring names them, 0.00 no amount, sources never summed into fiscal, 部门整体 money no
    project, 达到 N as ">=", grade words read as one character, a missing 二级 kept missing."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    nmg = by["nmg_bt_budget_nature_value_measure_yuan"]["projects"]
    assert [(p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in nmg] == [
        ("4800000.00", "1600000.00", "1400000.00", "200000.00"), ("2350000.00", "2350000.00", "2350000.00", None)]
    ln = by["ln_as_district_self_eval_source_rows"]
    assert [p["fiscal_yuan"] for p in ln["projects"]] == [None, None]
    assert ln["projects"][0]["year_yuan"] == "3865000.00" and [s["grade"] for s in ln["self_evaluations"]] == ["良", "优"]
    jl = by["jl_th_county_dept_wide_words_fund_subheads"]
    assert [p["project_name"] for p in jl["projects"]] == ["高标准农田建设项目", "农业社会化服务补助"]
    assert (jl["projects"][0]["year_yuan"], jl["projects"][0]["fiscal_yuan"]) == ("18000000.00", "15000000.00")
    words = {g["name"]: g for g in jl["indicators"] if g["project_name"] is None}
    assert (words["农产品质量安全抽检合格率"]["comparator"], words["农产品质量安全抽检合格率"]["value"]) == (">=", 98)
    assert words["“三公”经费支出增长率"]["comparator"] == "<=" and words["春耕物资调运完成时间"]["comparator"] is None
    hlj = by["hlj_jms_accounts_dept_self_eval_nature_rows"]
    assert [(s["project_name"], s["budget_yuan"], s["grade"]) for s in hlj["self_evaluations"]] == [
        (None, "54802000.00", "良"), ("食品安全抽检监测", "3100000.00", "优")]
    assert [p["project_name"] for p in hlj["projects"]] == ["食品安全抽检监测"]
    sn = {g["name"]: g for g in by["sn_hz_budget_landscape_list_method_words"]["indicators"]}
    assert sn["新媒体宣传阅读量"]["target_raw"] == "大于等于500万次" and sn["全民阅读氛围"]["comparator"] == "qualitative"
    gs = by["gs_ts_district_two_forms_a_page_pairs"]
    assert all(g["level1"] for g in gs["indicators"])
    assert (gs["projects"][1]["total_yuan"], gs["projects"][1]["year_yuan"]) == ("4200000.00", "1400000.00")
    qh = by["qh_hx_county_self_eval_landscape_yuan"]["projects"]
    assert (qh[1]["year_yuan"], qh[1]["fiscal_yuan"]) == ("5600000.00", "4800000.00")
    nx = by["nx_szs_budget_money_label_rows_weights"]["projects"]
    assert [p["carried_over_yuan"] for p in nx] == ["500000.00", None, "350000.00"]
    xj = by["xj_ks_county_source_list_column_numbers"]["projects"]
    assert [(p["year_yuan"], p["fiscal_yuan"]) for p in xj] == [("3650000.00", None), ("2000000.00", None)]
    xz = by["xz_sn_accounts_self_evals_no_level2"]
    assert {g["level2"] for g in xz["indicators"]} == {None} and [s["grade"] for s in xz["self_evaluations"]] == ["优", "良"]
