"""The BLIND64 layouts (cnbudget.demo.form_layouts_blind64: ten forms of 广东, 福建, 浙江, 江苏,
山东, 河北, 辽宁, 吉林, 黑龙江 and 内蒙古, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (printed
indicators, money, weights, wraps) run in tests/test_form_layouts_blind_gold.py; this file keeps
what is particular to the set.
"""
from __future__ import annotations

import importlib
import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind64 as B64

# every layout module before this set: form_layouts, the first blind set and blind2 … blind63
EARLIER = earlier_modules("blind64")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind64", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind64", tmp_path_factory)


def test_blind64_set_is_registered_and_apart():
    """Its layouts' dict is the set registered, of the size it says, over ten provinces, every
    layout name and province_city prefix new."""
    assert B64.SETS["blind64"] is B64.BLIND64 and 10 <= len(B64.BLIND64) <= 12
    provinces = {name.split("_")[0] for name in B64.BLIND64}
    assert len(provinces) >= 8
    assert "form_layouts_blind63" in EARLIER and "form_layouts_blind64" not in EARLIER
    assert_apart(B64.BLIND64, EARLIER)
    earlier_prefixes = set()
    for module_name in EARLIER:
        module = importlib.import_module(f"cnbudget.demo.{module_name}")
        for layouts in module.SETS.values():
            earlier_prefixes |= {"_".join(str(n).split("_")[:2]) for n in layouts if isinstance(n, str)}
    assert not {"_".join(n.split("_")[:2]) for n in B64.BLIND64} & earlier_prefixes


def test_blind64_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape and turned pages;
    a 部门整体 target form and self evaluation; a 资金来源 grid, money in 元 with and without
    separators; ranges, deadlines, 达到 N, direction words, ＜ and 大于."""
    folder, golds = written
    long_docs, landscape, turned = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 5 and landscape >= 2 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any(r.startswith("资金来源项目资金总额本年度资金") for r in rows)
    assert any("项目总金额（元）28,600,000.00" in r for r in rows) and any("3860000.00" in r for r in rows)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 8 and sum(i["comparator"] == "range" for i in inds) == 2
    assert {">", "<", ">=", "<=", "=", "qualitative", "range"} <= {i["comparator"] for i in inds}
    for start in ("达到", "不低于", "不少于", "不超过", "大于", "＜", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind64_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B64.BLIND64) and {g["set"] for g in golds} == {"blind64"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: the 资金来源 grid's 财政拨款 line (not its
    一般公共预算 part), 项目资金总额 total beside 本年度资金 year, 0.00 上年结转 is 0.00 and a blank
    one nothing, a self evaluation's 上年结转资金 line its carried, 部门整体 money no project, grade
    words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    gd = by["gd_zq_budget_source_grid_total_year"]["projects"]
    assert [(p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in gd] == [
        ("18600000.00", "6200000.00", "5800000.00", None), ("3560000.00", "3560000.00", "3560000.00", None)]
    fj = by["fj_zz_county_yuan_pairs_direction_column"]["projects"]
    assert [p["carried_over_yuan"] for p in fj] == ["500000.00", "0.00", "300000.00"]
    assert fj[0]["total_yuan"] == "28600000.00" and fj[0]["year_yuan"] == "9800000.00"
    zj = by["zj_hu_accounts_dept_and_project_self_eval_open"]
    assert [s["project_name"] for s in zj["self_evaluations"]] == [None, "就业创业补贴"]
    assert zj["self_evaluations"][0]["budget_yuan"] == "22864000.00" and [s["grade"] for s in zj["self_evaluations"]] == ["优", "优"]
    assert [p["project_name"] for p in zj["projects"]] == ["就业创业补贴"] and zj["projects"][0]["fiscal_yuan"] == "8800000.00"
    js = by["js_ks_budget_dept_wide_then_stacked_money"]
    assert sum(g["project_name"] is None for g in js["indicators"]) == 10 and len(js["projects"]) == 2
    assert [(p["fiscal_yuan"], p["carried_over_yuan"]) for p in js["projects"]] == [
        ("36800000.00", None), ("3656000.00", "500000.00")]
    heb = by["heb_cz_self_evals_yuan_columns_filled"]
    assert [s["grade"] for s in heb["self_evaluations"]] == ["优", "良"]
    assert (heb["projects"][1]["fiscal_yuan"], heb["projects"][1]["carried_over_yuan"]) == ("1500000.00", "150000.00")
    ln = {p["project_name"]: p for p in by["ln_dd_budget_heads_over_values_open"]["projects"]}
    p = ln["养老服务体系建设（2025-2027年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "15000000.00", "5000000.00", "4500000.00", None)
    nmg = by["nmg_hlbe_hospital_landscape_yuan_heads"]["projects"]
    assert [p["carried_over_yuan"] for p in nmg] == ["660000.00", None, "0.00"]
    ind = {g["name"]: g for g in by["nmg_hlbe_hospital_landscape_yuan_heads"]["indicators"]}
    assert (ind["病床使用率"]["comparator"], ind["病床使用率"]["value"], ind["病床使用率"]["upper"]) == ("range", 85, 95)
    assert ind["设备安装调试合格率"]["comparator"] == ">=" and ind["设备采购完成时间"]["comparator"] is None
