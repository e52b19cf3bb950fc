"""The BLIND44 layouts (cnbudget.demo.form_layouts_blind44: ten forms of 江西, 西藏, 青海, 内蒙古,
吉林, 广西, 山西, 贵州, 黑龙江 and 甘肃, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (gold
well formed, indicators, money, scores and grades printed) run in
tests/test_form_layouts_blind_gold.py; this file keeps what is particular to the set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind44 as B44


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind44", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind44", tmp_path_factory)


def test_blind44_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ≥ 8 provinces."""
    assert B44.SETS["blind44"] is B44.BLIND44 and 10 <= len(B44.BLIND44) <= 12
    provinces = {name.split("_")[0] for name in B44.BLIND44}
    assert len(provinces) >= 8


def test_blind44_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape lists; a
    部门整体 target form and self evaluation; money in 元 and 万元 with "—" / "/" in empty cells,
    units in the title line, the column heads and the cells; targets in words, ranges, deadlines."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2
    texts = [printed[g["file_name"]][1] + "".join(printed[g["file_name"]][0]) for g in golds]
    assert any("部门（单位）整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("政府性基金预算财政拨款收入" in t and "财政专户管理资金收入" in t for t in texts)
    assert any("金额单位：元" in t for t in texts) and any("年初预算数（万元）" in t for t in texts)
    assert any("260.00万元" in t for t in texts) and any("其中：财政拨款：150.00" in t for t in texts)
    assert any("—" in t for t in texts) and any("上年结转/" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">", "<=", ">=", "=", "qualitative", "range"} <= {i["comparator"] for i in inds}
    for start in ("不少于", "达到", "控制在", "不低于", "不高于", "＞", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])


def test_blind44_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B44.BLIND44) and {g["set"] for g in golds} == {"blind44"}
    assert_golds_well_formed(folder, golds, printed)


def test_blind44_money_rulings(written):
    """The money rulings of the docstring spelled out on the gold."""
    _, golds = written
    by = {g["layout"]: {p["project_name"]: p for p in g["projects"]} for g in golds}
    money = lambda p: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])  # noqa: E731
    jx = by["jx_gz_budget_receipt_source_columns"]
    # …财政拨款收入 columns summed (一般公共预算 480 + 政府性基金 800); 单位资金 never fiscal
    assert money(jx["高标准农田建设"]) == (None, "12800000.00", "12800000.00", None)
    assert money(jx["重大动物疫病防控"]) == (None, "3560000.00", "3400000.00", None)
    xz = by["xz_ls_split_target_unit_in_money_cells"]
    assert money(xz["基本公共卫生服务补助"]) == (None, "2600000.00", "2200000.00", None)  # 上年结转 "/"
    assert money(xz["包虫病综合防治"]) == (None, "965000.00", "845000.00", "120000.00")
    nmg = by["nmg_ordos_banner_list_money_lines_in_one_cell"]
    assert money(nmg["乌兰牧骑惠民演出"]) == (None, "1200000.00", "800000.00", "400000.00")
    gx = by["gx_bh_budget_period_total_year_pairs"]
    assert money(gx["老旧小区改造"]) == ("24000000.00", "8000000.00", "6500000.00", "0.00")  # printed 0.00
    assert money(gx["城镇燃气安全排查整治"]) == (None, "1200000.00", "1200000.00", None)  # 实施期 "—"
    assert money(gx["海绵城市建设"]) == ("36000000.00", "10500000.00", "6000000.00", "4500000.00")
    hlj = by["hlj_hrb_short_forms_colon_money_cells"]
    assert money(hlj["户外广告牌匾整治"]) == (None, "960000.00", "760000.00", None)
    qh = by["qh_xn_accounts_dept_then_project_self_eval_yuan"]
    assert money(qh["居家养老服务补贴"]) == (None, "1650000.00", "1350000.00", "300000.00")  # 全年预算数
    gz = by["gz_zy_accounts_self_eval_ab_columns_yuan"]
    assert money(gz["农村饮水安全巩固提升工程"]) == (None, "3850000.00", "3200000.00", "650000.00")
    sx = next(g for g in golds if g["layout"] == "sx_ty_dept_wide_tasks_then_project_yuan_heads")
    assert [p["project_name"] for p in sx["projects"]] == ["食品安全快检室运行"]  # 部门整体 money no project
    assert sum(i["project_name"] is None for i in sx["indicators"]) == 10


def test_blind44_target_rulings(written):
    """Split targets joined, the 年度 column read beside 实施期, words read as the docstring says,
    grade words one character, the 部门整体 self evaluation without a project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    xz = {i["name"]: i for i in by["xz_ls_split_target_unit_in_money_cells"]["indicators"]}
    assert (xz["补助村医人数"]["target_raw"], xz["补助村医人数"]["comparator"]) == ("=256人", "=")
    assert (xz["城乡居民健康水平"]["target_raw"], xz["城乡居民健康水平"]["comparator"]) == ("定性逐步提高", "qualitative")
    gx = {i["name"]: i for i in by["gx_bh_budget_period_total_year_pairs"]["indicators"]}
    assert gx["改造老旧小区数量"]["target_raw"] == "12个" and gx["惠及居民户数"]["value"] == 1500
    sx = {i["name"]: i for i in by["sx_ty_dept_wide_tasks_then_project_yuan_heads"]["indicators"]}
    assert (sx["问题食品处置时限"]["comparator"], sx["问题食品处置时限"]["value"]) == ("<=", 24)
    assert (sx["公用经费支出"]["comparator"], sx["公用经费支出"]["unit"]) == ("<=", "万元")
    qh = by["qh_xn_accounts_dept_then_project_self_eval_yuan"]["self_evaluations"]
    assert qh[0]["project_name"] is None and qh[0]["budget_yuan"] == "31254600.00" and qh[0]["grade"] == "优"
    assert [s["grade"] for s in by["jl_cc_self_eval_unit_in_money_heads"]["self_evaluations"]] == ["优", "良"]
