"""The BLIND10 layouts (cnbudget.demo.form_layouts_blind10: eleven forms of 河北, 山西, 辽宁, 吉林,
黑龙江, 江苏, 湖北, 广西, 贵州, 甘肃 and 青海, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be
well formed and to say what the PDFs print: every indicator's name and target in one row of a
ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind10 as B10


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind10", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind10", tmp_path_factory)


def test_blind10_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B10.SETS["blind10"] is B10.BLIND10 and 10 <= len(B10.BLIND10) <= 12


def test_blind10_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape list; the
    财政部 2021 money heads and 偏差原因分析及改进措施; a 单位名称 form; money in 元 with
    separators; several forms on one page; a grid with only 三级 names."""
    folder, golds = written
    long_docs, landscape, shared = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            shared += any(len(re.findall(r"绩效目标表", page.extract_text() or "")) >= 2 for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1 and shared >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    for words in ("年初预算数", "全年预算数", "全年执行数", "执行率", "偏差原因分析及改进措施", "单位名称", "部门整体支出绩效自评表",
                  "部门整体支出绩效目标表", "指标方向"):
        assert any(words in t for t in texts), words
    assert any("1,280,000.00" in r for g in golds for r in printed[g["file_name"]][0])
    by = {g["layout"]: g for g in golds}
    assert all(i["level1"] is None and i["level2"] is None for i in by["jl_cc_level3_only_weighted"]["indicators"])
    inds = [i for g in golds for i in g["indicators"]]
    assert {">=", "<=", "=", "<", "qualitative"} <= {i["comparator"] for i in inds}


def test_blind10_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B10.BLIND10) and {g["set"] for g in golds} == {"blind10"}
    assert sum(len(g["indicators"]) for g in golds) >= 140
    assert sum(len(g["self_evaluations"]) for g in golds) >= 6
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """A few of the set's rulings spelled out on the gold: comparator last in the split
    columns, 上年结转资金 of a self evaluation as carried, the school as the department, 部门整体
    money no project, money in 元, the turned money block."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    dl = {g["name"]: g for g in by["ln_dl_budget_value_unit_direction"]["indicators"]}
    assert (dl["出厂水水质合格率"]["target_raw"], dl["出厂水水质合格率"]["comparator"]) == ("95%≥", ">=")
    assert (dl["河道水环境"]["target_raw"], dl["河道水环境"]["comparator"]) == ("明显改善定性", "qualitative")
    assert by["ln_dl_budget_value_unit_direction"]["projects"][0]["fiscal_yuan"] == "3800000.00"
    sjz = by["heb_sjz_accounts_mof2021_self_eval"]["projects"]
    assert (sjz[0]["year_yuan"], sjz[0]["fiscal_yuan"], sjz[0]["carried_over_yuan"]) == ("16200000.00", "14800000.00", "800000.00")
    assert sjz[1]["carried_over_yuan"] is None
    assert by["js_nj_school_unit_heads_above"]["department"] == "南京市江宁区东山外国语学校"
    for layout in ("sx_ty_accounts_dept_self_eval_basic_project", "gz_gy_dept_wide_targets_sources"):
        assert not by[layout]["projects"] and {g["project_name"] for g in by[layout]["indicators"]} == {None}
    assert by["sx_ty_accounts_dept_self_eval_basic_project"]["self_evaluations"][0]["grade"] == "良"
    nn = by["gx_nn_budget_yuan_separators"]["projects"][0]
    assert (nn["year_yuan"], nn["fiscal_yuan"], nn["carried_over_yuan"]) == ("1280000.00", "1200000.00", "80000.00")
    lz = by["gs_lz_self_eval_transposed_money"]["self_evaluations"]
    assert [(s["budget_yuan"], s["executed_yuan"], s["grade"]) for s in lz] == [
        ("5600000.00", "5488000.00", "优"), ("13500000.00", "12150000.00", "良")]
    xn = by["qh_xn_hospital_self_eval_yuan"]
    assert xn["department"] == "西宁市城中区人民医院" and xn["self_evaluations"][0]["budget_yuan"] == "2360000.00"
    assert xn["projects"][0]["fiscal_yuan"] == "2000000.00"
    hrb = by["hlj_hrb_budget_landscape_list_merged"]
    assert len(hrb["projects"]) == 5 and len({g["project_name"] for g in hrb["indicators"]}) == 5
