"""The BLIND72 layouts (cnbudget.demo.form_layouts_blind72: ten forms of 广东, 广西, 福建, 海南, 江西,
湖南, 贵州, 云南, 四川 and 重庆, written by an author who had read neither the form reader nor the
earlier blind sets): their PDFs and gold only, never the reader. The shared checks (gold well
formed, what it says printed) run in tests/test_form_layouts_blind_gold.py; here the set's own.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import (assert_apart, assert_golds_well_formed, earlier_modules, printed_set,
                               written_set)
from cnbudget.demo import form_layouts_blind72 as B72

EARLIER = earlier_modules("blind72")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind72", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind72", tmp_path_factory)


def test_blind72_set_is_registered_and_new():
    """Its layouts' dict is the set registered, of the size it says, over ≥8 provinces, with
    names no earlier set used."""
    assert B72.SETS["blind72"] is B72.BLIND72 and 10 <= len(B72.BLIND72) <= 12
    assert len({name.split("_")[0] for name in B72.BLIND72}) >= 8
    assert_apart(B72.BLIND72, EARLIER)


def test_blind72_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; turned pages; a 部门整体
    target form and self evaluation; a 资金来源 block; ranges, deadlines, direction words, 达到 N,
    控制在 N 以内; money in 元 and 万元."""
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
    assert any("政府性基金预算财政拨款收入" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("大于等于", "达到", "控制在", "不高于", "小于", "＞", "＜", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind72_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B72.BLIND72) and {g["set"] for g in golds} == {"blind72"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_blind72_rulings_are_what_the_docstring_says(written):
    """Money rulings on the gold: …财政拨款收入 lines (a blank one adds nothing), 0.00 上年结转
    0.00 and a blank one none, 项目总金额 total beside 本年度金额, 部门整体 money no project,
    grade words one character, 达到 N ≥ and 控制在 N 以内 ≤."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    gx = {p["project_name"]: p for p in by["gx_lb_budget_source_lines_open"]["projects"]}
    assert (gx["高标准农田建设"]["year_yuan"], gx["高标准农田建设"]["fiscal_yuan"],
            gx["高标准农田建设"]["carried_over_yuan"]) == ("18500000.00", "15000000.00", "3500000.00")
    assert gx["耕地地力保护补贴"]["carried_over_yuan"] == "0.00"
    assert gx["农村人居环境整治"]["fiscal_yuan"] == "3800000.00"
    hun = {p["project_name"]: p for p in by["hun_xx_budget_heads_direction_unit_shaded"]["projects"]}
    assert hun["非物质文化遗产保护传承"]["carried_over_yuan"] is None
    assert hun["送戏下乡公共文化服务"]["carried_over_yuan"] == "0.00"
    gz = {p["project_name"]: p for p in by["gz_dy_standalone_yuan_in_cells_weights_filled"]["projects"]}
    p = gz["农村公路养护工程（2024-2026年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("3600000.00", "1200000.00", "1000000.00")
    hi = by["hi_df_town_dept_wide_then_projects_cells"]
    assert [p["project_name"] for p in hi["projects"]] == ["八所镇乡村振兴示范村建设", "镇级垃圾转运站运维"]
    assert sum(g["project_name"] is None for g in hi["indicators"]) == 8
    jx = by["jx_fc_final_accounts_dept_and_project_self_evals_filled"]
    assert jx["self_evaluations"][0]["project_name"] is None and jx["self_evaluations"][0]["budget_yuan"] == "51206600.00"
    assert [s["grade"] for s in by["fj_ya_self_evals_money_columns_cells"]["self_evaluations"]] == ["优", "良", "优"]
    fj = {p["project_name"]: p for p in by["fj_ya_self_evals_money_columns_cells"]["projects"]}
    assert fj["农村义务教育学生营养改善计划"]["fiscal_yuan"] == "7800000.00"
    targets = {g["target_raw"]: g for g in by["gz_dy_standalone_yuan_in_cells_weights_filled"]["indicators"]}
    assert (targets["达到85%"]["comparator"], targets["达到85%"]["value"]) == (">=", 85)
    assert (targets["控制在5%以内"]["comparator"], targets["控制在5%以内"]["value"]) == ("<=", 5)
