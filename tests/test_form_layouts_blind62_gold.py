"""The BLIND62 layouts (cnbudget.demo.form_layouts_blind62: ten forms of 北京, 天津, 河北, 山西,
内蒙古, 辽宁, 吉林, 黑龙江, 河南 and 山东, written by an author who had read neither the form
reader nor the earlier blind sets): their PDFs and gold only, never the reader. The checks every
set shares run in tests/test_form_layouts_blind_gold.py; here, what this set says it covers and
its rulings spelled out on the gold.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_every_project_has_indicators, printed_set, written_set
from cnbudget.demo import form_layouts_blind62 as B62

# Every layout module written before this set (the first blind set and blind2 … blind59).
EARLIER = ("form_layouts", "form_layouts_blind", *(f"form_layouts_blind{n}" for n in range(2, 60)))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind62", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind62", tmp_path_factory)


def test_blind62_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, apart from earlier sets."""
    assert B62.SETS["blind62"] is B62.BLIND62 and 10 <= len(B62.BLIND62) <= 12
    provinces = {name.split("_")[0] for name in B62.BLIND62}
    assert len(provinces) >= 8
    assert_apart(B62.BLIND62, EARLIER)


def test_blind62_size(written):
    _, golds = written
    assert [g["layout"] for g in golds] == list(B62.BLIND62) and {g["set"] for g in golds} == {"blind62"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert any(s["project_name"] for g in golds for s in g["self_evaluations"])
    assert_every_project_has_indicators(golds)


def test_blind62_covers_what_it_says(written, printed):
    """Forms after ordinary tables in ≥4 long 部门预算 / 部门决算 documents; pages turned by
    /Rotate; a 部门整体 target form and self evaluation; 资金来源 lines; the round's rulings in
    the layouts' docstrings; comparators, ranges of target words."""
    folder, golds = written
    long_docs, turned = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 4 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("一般公共预算财政拨款收入" in t and "政府性基金预算财政拨款收入" in t and "资金来源" in t for t in texts)
    rulings = [getattr(B62, f"layout_{name}").__doc__ for name in B62.BLIND62]
    assert sum("filled" in d or "cells" in d for d in rulings) >= 6
    assert sum("open" in d for d in rulings) >= 2 and not any("horizontal" in d for d in rulings)
    assert sum("shaded" in d for d in rulings) >= 2 and any("/Rotate" in d for d in rulings)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    assert sum(i["comparator"] is None for i in inds) >= 4
    for start in ("不低于", "不少于", "不高于", "达到", "控制在", "≥", "≤", "＝", "＜"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines (a blank line adds
    nothing), 事业收入 / 其他资金 never fiscal, a printed 0.00 上年结转 is 0.00 and a blank one none,
    a unit in the cell, 部门整体 money no project, grade words one character, 达到 / 控制在."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    bj = {p["project_name"]: p for p in by["bj_sjs_budget_source_lines_shaded"]["projects"]}
    p = bj["背街小巷环境精细化整治提升"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("15000000.00", "13600000.00", "1400000.00")
    p = bj["生活垃圾分类运营补助"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("24600000.00", "21500000.00", None)
    assert bj["城市照明设施运行维护"]["carried_over_yuan"] == "0.00"
    jl = {p["project_name"]: p for p in by["jl_bs_hospital_two_forms_a_page"]["projects"]}
    assert (jl["胸痛中心能力建设"]["year_yuan"], jl["胸痛中心能力建设"]["fiscal_yuan"]) == ("3800000.00", "3000000.00")
    assert jl["住院医师规范化培训"]["carried_over_yuan"] == "300000.00"
    tj = {p["project_name"]: p for p in by["tj_jn_standalone_yuan_pairs_open"]["projects"]}
    p = tj["家庭医生签约服务补助"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "5400000.00", "1800000.00", "1650000.00", "150000.00")
    assert tj["妇幼健康服务项目"]["carried_over_yuan"] is None
    nmg = by["nmg_wh_budget_dept_wide_then_stacked_money"]
    assert [p["project_name"] for p in nmg["projects"]] == ["城乡低保资金", "居家社区养老服务"]
    assert nmg["projects"][0]["fiscal_yuan"] == "39800000.00" and nmg["projects"][0]["carried_over_yuan"] is None
    assert sum(g["project_name"] is None for g in nmg["indicators"]) == 9
    heb = by["heb_ts_accounts_dept_and_project_self_evals"]
    assert heb["self_evaluations"][0]["project_name"] is None and heb["self_evaluations"][0]["budget_yuan"] == "51200000.00"
    assert [s["grade"] for s in heb["self_evaluations"]] == ["优", "优", "良"]
    assert heb["projects"][0]["fiscal_yuan"] == "1800000.00" and heb["projects"][0]["year_yuan"] == "2100000.00"
    hlj = by["hlj_jx_accounts_self_evals_yuan_columns"]
    assert [p["carried_over_yuan"] for p in hlj["projects"]] == ["0.00", "0.00"]
    assert [s["grade"] for s in hlj["self_evaluations"]] == [None, None]
    ln = by["ln_tl_school_self_eval_yuan_pairs_open"]
    assert [s["grade"] for s in ln["self_evaluations"]] == ["良", "良"]
    assert {p["fiscal_yuan"] for p in ln["projects"]} == {None}
    ha = {g["target_raw"]: g for g in by["ha_lh_town_budget_long_form_repeated_header"]["indicators"]}
    assert (ha["达到100%"]["comparator"], ha["达到100%"]["value"]) == (">=", 100)
    assert (ha["控制在2次以内"]["comparator"], ha["控制在2次以内"]["value"], ha["控制在2次以内"]["unit"]) == ("<=", 2, "次")
    sd = {g["name"]: g["target_raw"] for g in by["sd_rz_street_cells_direction_columns"]["indicators"]}
    assert sd["游客投诉次数"] == "＜5次" and sd["近岸海域环境"] == "定性明显改善"
