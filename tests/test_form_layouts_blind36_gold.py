"""The BLIND36 layouts (cnbudget.demo.form_layouts_blind36: ten sets of forms of 浙江, 江苏, 广东,
福建, 河南, 四川, 湖北, 山东, 江西 and 重庆 as printed from Excel / WPS sheets, written by an author
who had read neither the form reader nor the earlier blind sets): their PDFs and gold only,
never the reader. The gold is checked to be well formed and to say what the PDFs print."""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind36 as B36


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind36", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind36", tmp_path_factory)


def test_blind36_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B36.SETS["blind36"] is B36.BLIND36 and 10 <= len(B36.BLIND36) <= 12
    provinces = {name.split("_")[0] for name in B36.BLIND36}
    assert len(provinces) >= 8


def test_blind36_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; 项目代码 codes; column letters and 栏次; 万元 with
    four decimals; targets with the comparator and unit in words."""
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
    assert sum("项目代码" in t for t in texts) >= 8
    assert sum(r == "ABCDEFG" or r.startswith("ABCDEF") for r in rows) >= 3 and any(r.startswith("栏次12345") for r in rows)
    assert sum(bool(re.search(r"\d\.\d{4}", t)) for t in texts) >= 5
    codes = [p["project_code"] for g in golds for p in g["projects"] if p["project_code"]]
    assert len(codes) >= 25 and all(c.isdigit() and len(c) >= 21 for c in codes)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">=", "<=", "=", "range", "qualitative"} <= {i["comparator"] for i in inds}
    for word in ("不少于", "不超过", "不低于", "达到"):
        assert any(i["target_raw"].startswith(word) for i in inds), word
    for word, comparator in (("以上", ">="), ("以内", "<=")):
        hits = [i for i in inds if i["target_raw"].endswith(word)]
        assert len(hits) >= 3 and {i["comparator"] for i in hits} == {comparator}, word


def test_blind36_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B36.BLIND36) and {g["set"] for g in golds} == {"blind36"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """Four-decimal 万元 read exactly, 0.0000 上年结转 is 0.00, …财政拨款收入 lines summed (a blank
    line adds nothing, 其他资金 never fiscal), words read as comparators, 部门整体 money no project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    zj = {p["project_name"]: p for p in by["zj_hz_budget_stacked_forms_wan4_pairs"]["projects"]}
    p = zj["家庭医生签约服务经费"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("1286420.00", "1162310.00", "124110.00")
    assert zj["基层医疗机构设备更新"]["carried_over_yuan"] == "0.00"
    hub = {p["project_name"]: p for p in by["hub_yc_budget_compare_word_column_yuan"]["projects"]}
    assert hub["福利彩票公益金养老服务项目"]["fiscal_yuan"] == "1200000.00"
    assert hub["殡葬服务惠民补贴"]["fiscal_yuan"] == "860000.00" and hub["殡葬服务惠民补贴"]["year_yuan"] == "980000.00"
    sd = {p["project_name"]: p for p in by["sd_wf_landscape_two_forms_total_year_wan4"]["projects"]}
    p = sd["农村公路安全生命防护工程"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "8600000.00", "3204000.00", "3000000.00", "204000.00")
    sc = by["sc_my_dept_wide_then_projects_letters"]
    assert [p["project_name"] for p in sc["projects"]] == ["非物质文化遗产保护传承", "公共文化场馆免费开放"]
    assert sum(g["project_name"] is None for g in sc["indicators"]) == 10
    ha = by["ha_zz_final_accounts_dept_and_project_self_evals"]
    assert ha["self_evaluations"][0]["project_name"] is None and ha["self_evaluations"][0]["budget_yuan"] == "43805000.00"
    assert [s["grade"] for s in ha["self_evaluations"]] == ["优", "良"]
    assert [s["grade"] for s in by["jx_gz_self_evals_yuan_pairs_grade_words"]["self_evaluations"]] == ["优", "良"]
    inds = {g["target_raw"]: g for g in by["fj_xm_self_evals_wan4_columns_words"]["indicators"]}
    assert (inds["20个工作日以内"]["comparator"], inds["20个工作日以内"]["value"], inds["20个工作日以内"]["unit"]) == (
        "<=", 20, "个工作日")
    assert (inds["98%以上"]["comparator"], inds["98%以上"]["value"], inds["98%以上"]["unit"]) == (">=", 98, "%")
    split = {g["name"]: g["target_raw"] for g in by["hub_yc_budget_compare_word_column_yuan"]["indicators"]}
    assert split["城乡低保保障人数"] == "不少于3200人" and split["困难群众基本生活"] == "定性有效保障"
