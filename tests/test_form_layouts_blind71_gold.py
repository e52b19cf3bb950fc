"""The BLIND71 layouts (cnbudget.demo.form_layouts_blind71: ten long 部门预算 / 部门决算 documents
of 山东, 河南, 广西, 湖南, 陕西, 云南, 辽宁, 甘肃, 山西 and 湖北 ending with their performance forms,
written by an author who had read neither the form reader nor the earlier blind sets): their
PDFs and gold only, never the reader. The gold is checked to be well formed and to say what the
PDFs print.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pdfplumber
import pytest

from blind_gold_checks import (assert_apart, assert_golds_well_formed, assert_indicators_printed,
                               assert_money_scores_and_grades_printed, assert_no_figure_cut_by_a_wrap,
                               assert_pdfs_open, assert_weights_add_up, earlier_modules, printed_set, written_set)
from cnbudget.demo import form_layouts_blind71 as B71

EARLIER = earlier_modules("blind71")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind71", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind71", tmp_path_factory)


def test_blind71_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, apart from earlier sets."""
    assert B71.SETS["blind71"] is B71.BLIND71 and 10 <= len(B71.BLIND71) <= 12
    assert len({name.split("_")[0] for name in B71.BLIND71}) >= 8
    assert_apart(B71.BLIND71, EARLIER)
    earlier_prefixes = set()
    for module_name in EARLIER:
        module = __import__(f"cnbudget.demo.{module_name}", fromlist=["SETS"])
        for layouts in module.SETS.values():
            earlier_prefixes |= {"_".join(str(n).split("_")[:2]) for n in layouts if isinstance(n, str)}
    assert not {"_".join(n.split("_")[:2]) for n in B71.BLIND71} & earlier_prefixes


def test_blind71_covers_what_it_says(written, printed):
    """Every layout a long 部门预算 / 部门决算 (cover, 目录, 部门概况, tables, 情况说明, forms);
    landscape and turned pages; a 部门整体 target form and self evaluations; a 资金来源 grid."""
    folder, golds = written
    turned = landscape = 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            assert re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 7, gold["layout"]
            turned += any(page.rotation for page in pdf.pages)
            landscape += any(page.width > page.height and not page.rotation for page in pdf.pages)
        text = printed[gold["file_name"]][1]
        for part in ("目录", "部门概况", "总表", "情况说明"):
            assert part in text, (gold["layout"], part)
    assert turned >= 1 and landscape >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1
    assert sum("部门整体支出绩效自评表" in t for t in texts) >= 2
    assert any("资金来源" in t and "政府性基金预算财政拨款收入" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "qualitative", None} <= {i["comparator"] for i in inds}
    for start in ("不少于", "不低于", "不高于", "达到", "控制在", "不超过"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind71_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B71.BLIND71) and {g["set"] for g in golds} == {"blind71"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_pdfs_open(folder, golds)
    assert_golds_well_formed(folder, golds, printed)
    assert_weights_add_up(golds)
    assert_indicators_printed(golds, printed)
    assert_money_scores_and_grades_printed(golds, printed)
    assert_no_figure_cut_by_a_wrap(folder, golds)


def test_blind71_rulings_are_what_the_docstring_says(written):
    """Money rulings on the gold: …财政拨款收入 lines summed (事业收入 never fiscal), 0.00 carried
    kept, an empty carried none, 项目总额 total beside the year, unit in the cell read, 部门整体
    money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    ha = {p["project_name"]: p for p in by["ha_zmd_budget_source_grid_yuan_split_cells"]["projects"]}
    assert (ha["薄弱学校改造工程"]["year_yuan"], ha["薄弱学校改造工程"]["fiscal_yuan"]) == ("15250000.00", "15250000.00")
    assert (ha["中小学教师培训"]["year_yuan"], ha["中小学教师培训"]["fiscal_yuan"]) == ("640000.00", "560000.00")
    sd = by["sd_hz_budget_dept_wide_then_pairs_filled_shaded"]
    assert sum(g["project_name"] is None for g in sd["indicators"]) == 8
    p = sd["projects"][0]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "180000000.00", "65000000.00", "62000000.00", "3000000.00")
    assert sd["projects"][1]["carried_over_yuan"] == "0.00"
    yn = {p["project_name"]: p for p in by["yn_lc_budget_heads_row_yuan_three_row_header"]["projects"]}
    assert yn["森林草原防火专项"]["carried_over_yuan"] is None and yn["林草有害生物防治"]["carried_over_yuan"] == "0.00"
    assert yn["天然林保护修复"]["fiscal_yuan"] == "11200000.00"
    sx = {p["project_name"]: p for p in by["sx_yq_budget_landscape_long_forms_unit_in_cell"]["projects"]}
    assert (sx["农村公路养护工程"]["year_yuan"], sx["农村公路养护工程"]["carried_over_yuan"]) == ("12864000.00", "2000000.00")
    gx = by["gx_gg_accounts_dept_and_project_self_evals_open"]
    assert [s["grade"] for s in gx["self_evaluations"]] == ["优", "优", "良"]
    assert [p["project_name"] for p in gx["projects"]] == ["基本公共卫生服务补助", "乡镇卫生院能力提升"]
    assert gx["projects"][0]["carried_over_yuan"] == "1600000.00" and gx["projects"][1]["carried_over_yuan"] is None
    gs = by["gs_dx_accounts_dept_self_eval_money_columns"]
    assert gs["self_evaluations"][0]["project_name"] is None and gs["self_evaluations"][0]["budget_yuan"] == "214500000.00"
    ln = {g["name"]: g for g in by["ln_fs_budget_two_forms_a_page_words_open"]["indicators"]}
    assert (ln["管网漏损率"]["comparator"], ln["管网漏损率"]["value"]) == ("<=", 2)
    assert ln["工程质量合格率"]["comparator"] == ">=" and ln["改造完工时间"]["comparator"] is None
    for gold in golds:
        for s in gold["self_evaluations"]:
            assert Decimal(s["executed_yuan"]) <= Decimal(s["budget_yuan"])
