"""The BLIND66 layouts (cnbudget.demo.form_layouts_blind66: ten forms of 贵州, 广西, 海南, 甘肃,
青海, 宁夏, 新疆, 西藏, 天津 and 北京, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be
well formed and to say what the PDFs print; the shared checks run in
tests/test_form_layouts_blind_gold.py, and are repeated here for this set alone.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import (assert_apart, assert_golds_well_formed, assert_indicators_printed,
                               assert_money_scores_and_grades_printed, assert_no_figure_cut_by_a_wrap,
                               assert_pdfs_open, assert_weights_add_up, earlier_modules, printed_set, written_set)
from cnbudget.demo import form_layouts_blind66 as B66

EARLIER = earlier_modules("blind66")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind66", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind66", tmp_path_factory)


def test_blind66_set_is_registered_and_apart():
    """Its layouts' dict is the set registered, of the size it says, named apart from earlier sets."""
    assert B66.SETS == {"blind66": B66.BLIND66} and 10 <= len(B66.BLIND66) <= 12
    assert len({name.split("_")[0] for name in B66.BLIND66}) >= 8
    assert "form_layouts_blind63" in EARLIER and "form_layouts_blind66" not in EARLIER
    assert_apart(B66.BLIND66, EARLIER)


def test_blind66_covers_what_it_says(written, printed):
    """Forms after budget / accounts tables in long documents; pages turned by /Rotate; a
    部门整体 target form and self evaluation; a 财政拨款收入 小计 over its source lines; 项目总金额 beside the
    year; ranges of comparators, deadlines, 达到 N, 控制在 N 以内, targets in words."""
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
    rows = [printed[g["file_name"]][0] for g in golds]
    assert any(any("小计一般公共预算政府性基金预算" in r for r in rs) for rs in rows)
    assert any(any("项目总金额" in r and "本年度金额" in r for r in rs) for rs in rows)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 4
    assert {">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不低于", "不高于", "不少于", "≥", "≤", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind66_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B66.BLIND66) and {g["set"] for g in golds} == {"blind66"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_blind66_shared_checks(written, printed):
    """The checks every set shares, for this set alone."""
    folder, golds = written
    assert_pdfs_open(folder, golds)
    assert_weights_add_up(golds)
    assert_indicators_printed(golds, printed)
    assert_money_scores_and_grades_printed(golds, printed)
    assert_no_figure_cut_by_a_wrap(folder, golds)


def test_rulings_are_what_the_docstring_says(written):
    """The money rulings spelled out on the gold: the 财政拨款收入 小计 (never its 一般公共预算
    part), a printed 0.00 上年结转 is 0.00 and a blank one no amount, 项目总金额 total beside
    the year, 部门整体 money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    gz = {p["project_name"]: p for p in by["gz_xy_budget_source_grid_income_lines"]["projects"]}
    p = gz["高标准农田建设项目"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("8600000.00", "8200000.00", "400000.00")
    p = gz["动物疫病强制免疫补助"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("1428000.00", "988000.00", "0.00")
    xj = {p["project_name"]: p for p in by["xj_kel_budget_stacked_yuan_rows"]["projects"]}
    assert xj["城区环境卫生保洁服务"]["carried_over_yuan"] is None and xj["园林绿化养护"]["carried_over_yuan"] == "0.00"
    tj = {p["project_name"]: p for p in by["tj_wq_budget_total_year_heads_weights"]["projects"]}
    p = tj["生活垃圾焚烧处理服务费"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "36000000.00", "12000000.00", "12000000.00", None)
    gs = by["gs_pl_dept_wide_tasks_weights_open"]
    assert not gs["projects"] and not gs["self_evaluations"] and {g["project_name"] for g in gs["indicators"]} == {None}
    ctl = next(g for g in gs["indicators"] if g["target_raw"] == "控制在3万元以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 3, "万元")
    qh = by["qh_gl_final_accounts_dept_self_eval"]
    assert qh["self_evaluations"][0]["project_name"] is None and qh["self_evaluations"][0]["budget_yuan"] == "43566200.00"
    assert [p["project_name"] for p in qh["projects"]] == ["城市供热管网改造"]
    assert [s["grade"] for s in by["xz_nq_self_eval_pairs_grade_words"]["self_evaluations"]] == ["优", "良"]
    gx = {p["project_name"]: p for p in by["gx_qz_self_eval_yuan_columns_open"]["projects"]}
    assert gx["校舍维修改造"]["carried_over_yuan"] == "250000.00" and gx["学生营养改善计划"]["carried_over_yuan"] is None
