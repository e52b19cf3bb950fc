"""The BLIND25 layouts (cnbudget.demo.form_layouts_blind25: eleven forms of 江苏, 浙江, 湖北, 四川,
山东, 河南, 辽宁, 山西, 吉林, 宁夏 and 青海, written by an author who had read neither the form
reader nor the earlier blind sets): their PDFs and gold only, never the reader. The gold is
checked to be well formed and to say what the PDFs print: every indicator's name and target in
one row of a ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind25 as B25


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind25", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind25", tmp_path_factory)


def test_blind25_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B25.SETS["blind25"] is B25.BLIND25 and 10 <= len(B25.BLIND25) <= 12
    assert len({name.split("_")[0] for name in B25.BLIND25}) >= 8  # provinces


def test_blind25_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape lists; several
    forms a page; source lists; 达到 targets, ranges, deadlines, grade words."""
    folder, golds = written
    long_docs, landscape, shared = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            shared += any((page.extract_text() or "").count("项目名称") >= 2 for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2 and shared >= 2
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("优秀" in t for t in texts) and any("1.一般公共预算财政拨款收入" in t for t in texts)
    assert any("地方政府专项债券" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["target_raw"].startswith("达到") for i in inds) >= 4
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 3
    assert {">", "<", "<=", ">=", "=", "qualitative"} <= {i["comparator"] for i in inds}


def test_blind25_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B25.BLIND25) and {g["set"] for g in golds} == {"blind25"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    evals = [s for g in golds for s in g["self_evaluations"]]
    assert len(evals) >= 5 and any(s["project_name"] is None for s in evals)
    assert sum(len(g["projects"]) for g in golds) >= 18
    dept_wide_targets = [g for g in golds if not g["self_evaluations"]
                         and any(i["project_name"] is None for i in g["indicators"])]
    assert len(dept_wide_targets) >= 2
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: 0.00 上年结转 no amount, fiscal the sum of
    the …财政拨款收入 lines, 专项债券 / 中央补助 never fiscal, list 合计 no project, 部门整体 money
    no project, 达到 read >=, grade words read as one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    money = {layout: {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                      for p in g["projects"]} for layout, g in by.items()}
    js = money["js_nj_budget_single_forms_zero_carried"]
    assert js["城市道路保洁作业服务"] == ("24000000.00", "8600000.00", "8000000.00", "600000.00")
    assert js["户外广告设施安全检测"][3] is None and js["生活垃圾分类宣传督导"][3] is None
    hub = money["hub_yc_budget_dept_wide_funds_then_source_list"]
    assert hub["社区居家养老服务补贴"] == ("3000000.00", "1200000.00", "1200000.00", None)
    assert hub["困难群众临时救助"] == ("1050000.00", "1050000.00", "800000.00", "100000.00")
    nx = money["nx_yc_long_form_bond_and_central_sources"]
    assert nx["四好农村路及配套设施建设"] == ("180000000.00", "56000000.00", "16000000.00", None)
    zj = by["zj_wz_budget_list_unit_project_amount"]
    assert len(zj["projects"]) == 4 and "合计" not in money["zj_wz_budget_list_unit_project_amount"]
    assert money["sc_my_accounts_project_self_evals_four_rows"]["高标准农田建设"] == (
        None, "13500000.00", "12000000.00", "1500000.00")
    for layout in ("ln_dl_dept_wide_source_rows_weights_words",):
        assert not by[layout]["projects"] and {g["project_name"] for g in by[layout]["indicators"]} == {None}
    sd = by["sd_yt_accounts_dept_self_eval_by_nature"]
    assert sd["self_evaluations"][0]["project_name"] is None and sd["self_evaluations"][0]["grade"] == "优"
    assert sd["self_evaluations"][0]["budget_yuan"] == "29000000.00"
    reached = [g for g in golds for g in g["indicators"] if g["target_raw"].startswith("达到")]
    assert {g["comparator"] for g in reached} == {">="}
    assert [s["grade"] for s in by["jl_cc_self_evals_heads_above_no_level1"]["self_evaluations"]] == ["良", "优"]
    assert {g["level1_raw"] for g in by["qh_xn_budget_two_forms_a_page_no_level1"]["indicators"]} == {None}
