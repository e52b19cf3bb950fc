"""The BLIND61 layouts (cnbudget.demo.form_layouts_blind61: eleven forms of 四川, 重庆, 贵州, 云南,
陕西, 甘肃, 宁夏, 青海, 新疆 and 西藏, written by an author who had read neither the form reader nor
the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (printed
indicators, money, weights, wraps, apart from earlier sets) run in
tests/test_form_layouts_blind_gold.py; this file keeps what is particular to the set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind61 as B61

# every layout module written before this set (the task's list: form_layouts, blind … blind59)
EARLIER = ("form_layouts", "form_layouts_blind", *(f"form_layouts_blind{n}" for n in range(2, 60)))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind61", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind61", tmp_path_factory)


def test_blind61_set_is_registered_apart():
    """Its layouts' dict is the set registered, of the size it says, over ten provinces, named
    apart from every earlier set's layouts."""
    assert B61.SETS == {"blind61": B61.BLIND61} and 10 <= len(B61.BLIND61) <= 12
    provinces = {name.split("_")[0] for name in B61.BLIND61}
    assert provinces == {"sc", "cq", "gz", "yn", "sn", "gs", "nx", "qh", "xj", "xz"}
    assert_apart(B61.BLIND61, EARLIER)


def test_blind61_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape and turned
    pages; a 部门整体 target form and self evaluation; a 资金来源 grid with …财政拨款收入 lines,
    专项债券 and 中央补助 beside 财政拨款; ranges, deadlines, direction words, 达到 N."""
    folder, golds = written
    long_docs, landscape, turned = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("政府性基金预算财政拨款收入" in t for t in texts)
    assert any("专项债券" in t for t in texts) and any("中央补助" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "不少于", "不高于", "达到", "大于", "小于", "＞", "＜"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind61_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B61.BLIND61) and {g["set"] for g in golds} == {"blind61"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_blind61_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines summed (a blank line
    adds nothing, 事业收入 / 其他收入 never fiscal), 专项债券 / 中央补助 never fiscal, a printed 0.00
    上年结转 is 0.00, 项目总额 total beside the year, 部门整体 money no project, grade words one
    character."""
    _, golds = written
    by = {g["layout"]: {p["project_name"]: p for p in g["projects"]} for g in golds}
    money = lambda p: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])  # noqa: E731
    cq = by["cq_hc_street_source_grid_yuan_open"]
    assert money(cq["老旧小区改造配套基础设施"]) == (None, "1580000.00", "1580000.00", None)
    assert money(cq["社区网格化治理服务"]) == (None, "476500.00", "426500.00", None)
    dz = by["sc_dz_town_budget_income_heads_two_a_page"]
    assert money(dz["农村公益性公墓建设"]) == (None, "3100000.00", "3100000.00", None)
    assert money(dz["场镇环境卫生保洁"]) == (None, "1680000.00", "1280000.00", "400000.00")
    xz = by["xz_cd_long_forms_yuan_total_year_repeat"]
    assert money(xz["农村供水保障巩固提升工程（2025-2026年）"]) == (
        "18600000.00", "9800000.00", "3200000.00", "600000.00")
    xj = by["xj_klmy_landscape_three_forms_a_page"]
    assert money(xj["城镇老旧小区供热管网改造"]) == (None, "23600000.00", "8600000.00", None)
    assert by["sc_sn_budget_money_pairs_shaded_head"]["院前急救体系运行保障"]["carried_over_yuan"] == "0.00"
    assert by["gz_tr_accounts_self_evals_yuan_cells"]["高标准农田建设"]["carried_over_yuan"] == "0.00"
    g = {x["layout"]: x for x in golds}
    sn = g["sn_ak_budget_dept_wide_stacked_yuan"]
    assert sum(i["project_name"] is None for i in sn["indicators"]) == 8 and len(sn["projects"]) == 2
    qh = g["qh_hb_accounts_dept_and_project_self_eval"]
    assert [p["project_name"] for p in qh["projects"]] == ["退化草原生态修复治理"]
    assert qh["self_evaluations"][0]["project_name"] is None and qh["self_evaluations"][0]["budget_yuan"] == "27960000.00"
    assert [s["grade"] for s in g["gz_tr_accounts_self_evals_yuan_cells"]["self_evaluations"]] == ["优", "良"]
    reach = next(i for i in g["xj_klmy_landscape_three_forms_a_page"]["indicators"] if i["target_raw"] == "达到10%")
    assert (reach["comparator"], reach["value"], reach["unit"]) == (">=", 10, "%")
