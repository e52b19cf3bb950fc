"""The BLIND59 layouts (cnbudget.demo.form_layouts_blind59: ten forms of 湖北, 湖南, 江西, 广西,
海南, 广东, 河南, 安徽, 重庆 and 福建, written by an author who had read neither the form reader nor
the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (printed
indicators, money, weights, wraps, apart from earlier sets) run in
tests/test_form_layouts_blind_gold.py; this file keeps what is particular to the set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind59 as B59


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind59", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind59", tmp_path_factory)


def test_blind59_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ten provinces."""
    assert B59.SETS["blind59"] is B59.BLIND59 and 10 <= len(B59.BLIND59) <= 12
    provinces = {name.split("_")[0] for name in B59.BLIND59}
    assert len(provinces) >= 8


def test_blind59_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape list; a
    部门整体 target form and self evaluation; spaced money labels, a 资金来源 grid with
    …财政拨款收入 lines and 专项债券, a money sentence, stage columns; ranges, deadlines, 达到 N,
    控制在 N 以内."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 2 and any("部门整体支出绩效自评表" in t for t in texts)
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any("政府性基金预算财政拨款收入" in r and "专项债券" in r for r in rows)
    assert any(re.search(r"年度资金总额[\d.,]+万元，其中：财政拨款", r) for r in rows)
    assert any("年初预算数" in r and "全年执行数" in r for r in rows)
    assert any("资 金 总 额" in r for r in rows)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">", "<", ">=", "<=", "=", "qualitative", "range"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不低于", "不少于", "不超过", "低于", "高于", "＞"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind59_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B59.BLIND59) and {g["set"] for g in golds} == {"blind59"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings on the gold: …财政拨款收入 lines summed (专项债券 and 其他资金
    not fiscal), a printed 0.00 上年结转 is 0.00 and a — or / one no amount, 部门整体 money no
    project, stage columns read 全年预算数, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    hun = {p["project_name"]: p for p in by["hun_hy_budget_source_grid_yuan_dept_wide"]["projects"]}
    assert (hun["小型水库除险加固"]["year_yuan"], hun["小型水库除险加固"]["fiscal_yuan"]) == ("3600000.00", "1800000.00")
    assert hun["农村饮水安全维修养护"]["fiscal_yuan"] == "720000.00" and len(hun) == 2
    hub = {p["project_name"]: p for p in by["hub_sz_budget_spaced_money_pairs"]["projects"]}
    p = hub["高标准农田建设管护"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("3200000.00", "3000000.00", "200000.00")
    assert hub["动物疫病强制免疫"]["carried_over_yuan"] is None
    ah = {p["project_name"]: p for p in by["ah_mas_budget_dept_wide_weights_heads_row"]["projects"]}
    assert ah["特困人员救助供养"]["carried_over_yuan"] == "0.00" and len(ah) == 2
    jx = by["jx_px_accounts_stage_columns_self_evals"]
    p = {p["project_name"]: p for p in jx["projects"]}
    assert (p["基本公共卫生服务补助"]["year_yuan"], p["基本公共卫生服务补助"]["fiscal_yuan"],
            p["基本公共卫生服务补助"]["carried_over_yuan"]) == ("13100000.00", "11800000.00", "1300000.00")
    assert p["计划生育家庭奖励扶助"]["carried_over_yuan"] is None
    assert [s["grade"] for s in jx["self_evaluations"]] == ["优", "优", "良"]
    assert jx["self_evaluations"][0]["project_name"] is None and jx["self_evaluations"][0]["budget_yuan"] == "67200000.00"
    ha = by["ha_kf_self_eval_yuan_pairs_grade_words"]
    assert [s["budget_yuan"] for s in ha["self_evaluations"]] == ["12860000.00", "1650000.00"]
    cq = by["cq_fl_street_form_cut_by_page_break"]
    assert [p["carried_over_yuan"] for p in cq["projects"]] == ["100000.00", "0.00"]
    hi = {g["name"]: g for g in by["hi_wc_hospital_money_sentence_ranges"]["indicators"]}
    assert (hi["设备购置成本"]["comparator"], hi["设备购置成本"]["value"]) == ("<=", 60)
    assert (hi["每人培训时长"]["value"], hi["每人培训时长"]["upper"]) == (3, 5)
    fj = by["fj_pt_school_self_evals_unit_title"]
    assert fj["projects"][0]["fiscal_yuan"] == "1200000.00"
    assert {g["target_raw"] for g in fj["indicators"] if g["comparator"] == "qualitative"} == {
        "定性稳步提升", "定性按学期发放", "定性有效缓解"}
