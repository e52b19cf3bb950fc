"""The BLIND33 layouts (cnbudget.demo.form_layouts_blind33: ten forms of 福建, 江西, 安徽, 浙江,
江苏, 上海, 河南, 贵州 and 甘肃, written by an author who had read neither the form reader nor the
earlier blind sets): their PDFs and gold only, never the reader. The shared checks (apart from
earlier sets, PDFs open, weights, indicators / money / scores printed, no figure cut by a wrap)
run in tests/test_form_layouts_blind_gold.py; this file checks what is particular to the set:
list-style target tables, landscape pages, grids continued over page breaks with their header
repeated, targets written in words, and the set's money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind33 as B33


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind33", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind33", tmp_path_factory)


def test_blind33_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B33.SETS["blind33"] is B33.BLIND33 and 10 <= len(B33.BLIND33) <= 12
    provinces = {name.split("_")[0] for name in B33.BLIND33}
    assert len(provinces) >= 8 and {"fj", "jx", "ah", "zj", "js", "sh"} <= provinces


def test_blind33_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B33.BLIND33) and {g["set"] for g in golds} == {"blind33"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def _pages(folder, gold) -> list[tuple[bool, str]]:
    """Per page: landscape or not, and its text without white space."""
    with pdfplumber.open(folder / gold["file_name"]) as pdf:
        return [(p.width > p.height, re.sub(r"\s+", "", p.extract_text() or "")) for p in pdf.pages]


def test_blind33_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; grids whose header is printed again on the next
    page; targets in words (不低于, 不少于, 控制在…以内, 力争, 确保, 达到), signs, ranges, deadlines."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        pages = _pages(folder, gold)
        if re.search(r"部门(预算|决算)", pages[0][1]) and len(pages) >= 6:
            long_docs += 1
        landscape += any(land for land, _ in pages)
    assert long_docs >= 4 and landscape >= 3
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "qualitative", "range", None} <= {i["comparator"] for i in inds}
    for start in ("不低于", "不少于", "控制在", "力争", "确保", "达到", "等于", "大于", "小于", "不高于", "＞", "＜"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    by = {g["layout"]: g for g in golds}
    # list grids continued on the next page with their header rows printed again there
    for layout, heads in (("fj_xm_budget_list_project_row_then_indicator_rows", ("序号", "实施单位", "年度绩效目标", "三级指标")),
                          ("js_sz_banner_rows_list_weights_repeated_head", ("一级指标", "三级指标", "权重")),
                          ("gs_lz_landscape_self_eval_list_no_levels", ("序号", "执行率", "实际完成值", "偏差原因"))):
        pages = [t for _, t in _pages(folder, by[layout])]
        assert sum(all(h in t for h in heads) for t in pages) >= 2, layout
    # a project form of the 江西 county cut by the page break, its grid header on top of the next page
    pages = [t for _, t in _pages(folder, by["jx_county_budget_source_lines_yuan_forms_running_on"])]
    assert any(t.startswith("一级指标二级指标三级指标指标值") for t in pages)


def test_rulings_are_what_the_docstring_says(written):
    """The set's rulings spelled out on the gold: …财政拨款收入 lines summed (blank lines add
    nothing), 0.00 上年结转 is 0.00 and a blank one none, banner money, 上年结转 row of a self
    evaluation, 部门整体 money no project, list rows of projects not indicators, words read."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    jx = {p["project_name"]: p for p in by["jx_county_budget_source_lines_yuan_forms_running_on"]["projects"]}
    p = jx["高标准农田建设管护"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("3350000.00", "3000000.00", "350000.00")
    p = jx["农村人居环境整治"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("2000000.00", "1800000.00", "0.00")
    assert jx["动物疫病防控"]["carried_over_yuan"] is None
    fj = by["fj_xm_budget_list_project_row_then_indicator_rows"]
    assert [p["year_yuan"] for p in fj["projects"]] == ["6800000.00", "12500000.00", "9365000.00", "4150000.00"]
    assert [sum(g["project_name"] == p["project_name"] for g in fj["indicators"]) for p in fj["projects"]] == [5, 5, 5, 6]
    js = {p["project_name"]: p for p in by["js_sz_banner_rows_list_weights_repeated_head"]["projects"]}
    assert (js["教师培训"]["year_yuan"], js["教师培训"]["fiscal_yuan"]) == ("3800000.00", "3500000.00")
    ah = {p["project_name"]: p for p in by["ah_hf_accounts_landscape_self_eval_yuan_heads"]["projects"]}
    p = ah["基本公共卫生服务"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("7200000.00", "6500000.00", "500000.00")
    assert [s["grade"] for s in by["ah_hf_accounts_landscape_self_eval_yuan_heads"]["self_evaluations"]] == ["优", "良"]
    zj = by["zj_hz_budget_dept_wide_weights_then_label_pairs"]
    assert sum(g["project_name"] is None for g in zj["indicators"]) == 8 and len(zj["projects"]) == 2
    p = zj["projects"][0]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "9600000.00", "3200000.00", "3000000.00", "0.00")
    sh = by["sh_xh_accounts_dept_then_project_self_eval_pairs"]
    assert sh["self_evaluations"][0]["project_name"] is None and sh["self_evaluations"][0]["budget_yuan"] == "61240000.00"
    assert [p["project_name"] for p in sh["projects"]] == ["行道树养护"]
    gs = by["gs_lz_landscape_self_eval_list_no_levels"]
    assert [s["grade"] for s in gs["self_evaluations"]] == ["优", "良", "优"]
    assert {g["level1"] for g in gs["indicators"]} == {None}
    gz = {p["project_name"]: p for p in by["gz_gy_two_forms_a_page_yuan_money_heads"]["projects"]}
    assert (gz["旅游宣传推介"]["total_yuan"], gz["旅游宣传推介"]["year_yuan"]) == ("3600000.00", "1200000.00")
    sj = by["sh_jd_declaration_forms_value_unit_columns"]
    assert [p["carried_over_yuan"] for p in sj["projects"]] == ["0.00", "140000.00", None]
    reads = {g["target_raw"]: (g["comparator"], g["value"], g["unit"]) for g in golds for g in g["indicators"]}
    assert reads["力争达到95%"] == (">=", 95, "%") and reads["确保100%"] == ("=", 100, "%")
    assert reads["确保不低于98%"] == (">=", 98, "%") and reads["控制在48小时以内"] == ("<=", 48, "小时")
    assert reads["确保0起"] == ("=", 0, "起") and reads["确保不发生"][0] == "qualitative"
    assert reads["不少于4800批次"] == (">=", 4800, "批次") and reads["等于100%"] == ("=", 100, "%")
