"""The BLIND48 layouts (cnbudget.demo.form_layouts_blind48: ten forms of 贵州, 江西, 河南, 辽宁,
甘肃, 重庆, 吉林, 山西, 黑龙江 and 宁夏, written by an author who had read neither the form reader
nor the earlier blind sets, the weight on the money block): their PDFs and gold only, never the
reader. The shared checks (weights, indicators, money, scores, grades printed) run in
tests/test_form_layouts_blind_gold.py; here what is particular to this set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind48 as B48


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind48", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind48", tmp_path_factory)


def test_blind48_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, from ten provinces."""
    assert B48.SETS["blind48"] is B48.BLIND48 and 10 <= len(B48.BLIND48) <= 12
    provinces = {name.split("_")[0] for name in B48.BLIND48}
    assert len(provinces) >= 8


def test_blind48_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; money in 万元 and 元, a 资金来源 grid with 专项债券
    and 中央补助; ranges, deadlines, 达到 N, 控制在 N 以内."""
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
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("专项债券" in t and "中央补助" in t and "资金来源" in t for t in texts)
    assert sum("单位：元" in t for t in texts) >= 2 and sum("万元" in t for t in texts) >= 6
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind48_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B48.BLIND48) and {g["set"] for g in golds} == {"blind48"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_every_project_form_prints_its_money(written):
    """Each project has indicators of its own and a year amount; 部门整体 money is no project."""
    _, golds = written
    for gold in golds:
        names = {g["project_name"] for g in gold["indicators"]} - {None}
        assert names == {p["project_name"] for p in gold["projects"]}, gold["layout"]
        assert all(p["year_yuan"] for p in gold["projects"]), gold["layout"]


def test_rulings_are_what_the_docstring_says(written):
    """…财政拨款收入 lines summed (专项债券 / 中央补助 / 其他资金 never fiscal), 本年财政资金 fiscal,
    a printed 0.00 上年结转 kept as 0.00, 元 in the cell, self evaluations' money from 全年预算数."""
    _, golds = written
    by = {g["layout"]: {p["project_name"]: p for p in g["projects"]} for g in golds}
    hen = by["hen_zz_budget_source_grid_income_lines"]
    assert (hen["城区道路清扫保洁"]["year_yuan"], hen["城区道路清扫保洁"]["fiscal_yuan"]) == ("16500000.00", "16000000.00")
    assert (hen["老旧排水管网改造"]["year_yuan"], hen["老旧排水管网改造"]["fiscal_yuan"]) == ("20800000.00", "4800000.00")
    ln = by["ln_sy_stacked_money_rows_unit_in_cell"]
    p = ln["中小学校舍维修改造"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("2360000.00", "2000000.00", "360000.00")
    assert ln["学前教育普惠性资助"]["carried_over_yuan"] == "0.00"
    gz = by["gz_gy_budget_money_label_value_pairs"]["动物疫病防控经费"]
    assert (gz["year_yuan"], gz["fiscal_yuan"], gz["carried_over_yuan"]) == ("968000.00", "900000.00", "0.00")
    gs = by["gs_lz_accounts_self_evals_money_columns"]["基本公共卫生服务补助"]
    assert (gs["year_yuan"], gs["fiscal_yuan"], gs["carried_over_yuan"]) == ("25600000.00", "23800000.00", "1800000.00")
    jx = by["jx_nc_money_heads_one_row_yuan_split_unit"]["食品安全抽检经费"]
    assert (jx["year_yuan"], jx["fiscal_yuan"], jx["carried_over_yuan"]) == ("1250000.00", "1100000.00", "150000.00")
    evals = {g["layout"]: g["self_evaluations"] for g in golds}
    assert [s["grade"] for s in evals["sx_ty_self_eval_label_pairs_yuan_grade_words"]] == ["良", "优"]
    assert [s["grade"] for s in evals["gs_lz_accounts_self_evals_money_columns"]] == ["优", "优", "良"]
    assert evals["gs_lz_accounts_self_evals_money_columns"][0]["project_name"] is None
