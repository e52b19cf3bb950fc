"""The BLIND26 layouts (cnbudget.demo.form_layouts_blind26: eleven forms of 广西, 贵州, 湖北, 江苏,
山西, 河北, 福建, 江西, 辽宁, 河南 and 重庆 — 市直 bureaus, 区县, 乡镇 / 街道 and a 事业单位 — written
by an author who had read neither the form reader nor the earlier blind sets): their PDFs and
gold only, never the reader. The gold is checked to be well formed and to say what the PDFs
print: every indicator's name and target in one row of a ruled table, its actual value there
too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind26 as B26


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind26", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind26", tmp_path_factory)


def test_blind26_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B26.SETS["blind26"] is B26.BLIND26 and 10 <= len(B26.BLIND26) <= 12


def test_blind26_covers_what_it_says(written, printed):
    """Forms after ordinary tables in ≥4 long 部门预算 / 部门决算 documents; landscape pages;
    at least eight provinces; 乡镇 / 街道 and 事业单位 forms; a repeated grid header; words
    (达到, 不少于, 不超过), ranges, deadlines, grade words."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2
    assert len({name.split("_")[0] for name in B26.BLIND26}) >= 8
    depts = [g["department"] for g in golds]
    assert any(d.endswith("镇人民政府") for d in depts) and any(d.endswith("街道办事处") for d in depts)
    assert any(d.endswith("中心") for d in depts) and any("县" in d for d in depts)
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("优秀" in t for t in texts) and any("良好" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 3 and sum(i["comparator"] is None for i in inds) >= 4
    assert any(i["target_raw"].startswith("达到") for i in inds) and any(i["target_raw"].startswith("不超过") for i in inds)
    assert any(i["level1"] is None and i["level2"] for i in inds) and any(i["level2"] is None and i["level1"] for i in inds)


def test_blind26_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B26.BLIND26) and {g["set"] for g in golds} == {"blind26"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 1
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's rulings spelled out on the gold: fiscal as the sum of the …财政拨款收入 lines
    (专项债券 not summed), 0.00 / — 上年结转 no amount, 项目总金额 as total beside 本年度资金,
    a 部门整体 target form without projects, grade words read as one character, 达到 as >=."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    gx = by["gx_nn_budget_fund_source_lines_bond"]["projects"]
    assert (gx[0]["year_yuan"], gx[0]["fiscal_yuan"], gx[0]["carried_over_yuan"]) == ("8600000.00", "6600000.00", None)
    assert (gx[1]["fiscal_yuan"], gx[1]["carried_over_yuan"]) == ("3000000.00", "1155000.00")
    js = by["js_xz_county_landscape_list_no_repeat"]["projects"][0]
    assert (js["total_yuan"], js["year_yuan"]) == ("36000000.00", "12000000.00")
    he = by["he_sjz_budget_dept_wide_levels_every_row"]
    assert not he["projects"] and not he["self_evaluations"] and {g["project_name"] for g in he["indicators"]} == {None}
    assert [s["grade"] for s in by["sx_ty_cdc_self_eval_three_row_money_yuan"]["self_evaluations"]] == ["优", "良"]
    jx = by["jx_nc_budget_heads_row_score_rule"]["projects"]
    assert [p["carried_over_yuan"] for p in jx] == ["800000.00", None, None]
    gz = {g["name"]: g for g in by["gz_gy_township_short_forms_no_level2"]["indicators"]}
    assert (gz["消防巡查次数"]["comparator"], gz["消防巡查次数"]["value"]) == (">=", 48)
    assert gz["改厕工程完工时间"]["comparator"] is None
    hb = by["hb_yc_accounts_dept_self_eval_basic_project_rows"]
    assert hb["self_evaluations"][0]["project_name"] is None and hb["self_evaluations"][0]["budget_yuan"] == "102000000.00"
    assert (hb["projects"][0]["year_yuan"], hb["projects"][0]["fiscal_yuan"]) == ("3800000.00", "3300000.00")
    ln = by["ln_dl_accounts_landscape_self_evals_split_cause"]["projects"]
    assert [p["carried_over_yuan"] for p in ln] == ["1200000.00", None]
