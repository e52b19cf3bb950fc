"""The BLIND28 layouts (cnbudget.demo.form_layouts_blind28: eleven forms of 黑龙江, 四川, 江苏,
广东, 河南, 山东, 浙江, 安徽, 辽宁, 云南 and 甘肃, written by an author who had read neither the
form reader nor the earlier blind sets): their PDFs and gold only, never the reader. The shared
checks (registered apart, PDFs open, weights, indicators, money, scores, grades printed) run from
tests/test_form_layouts_blind_gold.py; this file keeps what is particular to the set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind28 as B28


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind28", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind28", tmp_path_factory)


def test_blind28_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B28.SETS["blind28"] is B28.BLIND28 and 10 <= len(B28.BLIND28) <= 12
    assert len({name.split("_")[0] for name in B28.BLIND28}) >= 8


def test_blind28_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; …财政拨款收入 lines, 专项债券 and 中央补助 sources;
    ranges, deadlines, 达到 N, 控制在 N 以内, direction words."""
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
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("财政拨款收入" in t and "专项债券" in t for t in texts) and any("中央补助" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">=", "<=", "=", "<", "range", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不超过", "不少于", "不低于", "不高于"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind28_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B28.BLIND28) and {g["set"] for g in golds} == {"blind28"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert {g["fiscal_year"] for g in golds} == {2024, 2025}
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings on the gold: 项目总额 / 项目总投资 total beside the year, 0.00
    carried no amount, …财政拨款收入 lines summed (a blank line adds nothing, 专项债券 never),
    一般公共预算 / 中央补助 never fiscal, 部门整体 money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout, project):
        p = next(p for p in by[layout]["projects"] if p["project_name"] == project)
        return p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]

    hl = "hl_hrb_budget_money_label_rows_total_year_weights"
    assert money(hl, "高标准农田建设管护") == ("36000000.00", "12000000.00", "9500000.00", "2500000.00")
    assert money(hl, "动物疫病强制免疫") == ("4800000.00", "4800000.00", "4800000.00", None)
    sc = "sc_ya_township_two_forms_fiscal_income_lines"
    assert money(sc, "茶园基础设施提升") == (None, "2600000.00", "1200000.00", None)
    assert money(sc, "场镇污水管网维护") == (None, "850000.00", "750000.00", None)
    assert money(sc, "村级公益事业一事一议") == (None, "420000.00", None, None)
    ah = by["ah_hf_school_budget_labels_above_sources_not_fiscal"]
    assert all(p["fiscal_yuan"] is None for p in ah["projects"])
    gs = "gs_ts_district_yuan_invest_year_three_row_money"
    assert money(gs, "农村饮水安全巩固提升") == ("12000000.00", "4500000.00", "3000000.00", "1000000.00")
    assert money(gs, "小型水库维修养护")[3] is None
    hen = by["hen_ly_budget_dept_wide_heads_then_project_heads"]
    assert "文物保护修缮" in {p["project_name"] for p in hen["projects"]} and len(hen["projects"]) == 2
    assert sum(g["project_name"] is None for g in hen["indicators"]) == 8
    gd = by["gd_st_street_accounts_dept_then_project_self_evals"]
    assert [s["grade"] for s in gd["self_evaluations"]] == ["良", "优", "良"]
    assert gd["self_evaluations"][0]["project_name"] is None
    assert money("gd_st_street_accounts_dept_then_project_self_evals", "社区居家养老服务") == (
        None, "1200000.00", "1000000.00", None)
    reach = next(g for g in by["js_sz_cdc_landscape_list_level2_only_reach"]["indicators"] if g["target_raw"] == "达到95%")
    assert (reach["comparator"], reach["value"], reach["level1"]) == (">=", 95, None)
    ctl = next(g for g in ah["indicators"] if g["target_raw"] == "控制在12万元以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 12, "万元")
