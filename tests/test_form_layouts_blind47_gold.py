"""The BLIND47 layouts (cnbudget.demo.form_layouts_blind47: eleven layouts of 北京, 天津, 河北,
上海, 江苏, 辽宁, 黑龙江, 广西, 重庆, 吉林 and 山西 printed as large cities' departments print
them, written by an author who had read neither the form reader nor the earlier blind sets'
bodies): their PDFs and gold only, never the reader. The shared checks (weights, indicators,
money, scores and grades printed, no figure cut by a wrap) run in
tests/test_form_layouts_blind_gold.py; this file keeps what is particular to the set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind47 as B47


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind47", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind47", tmp_path_factory)


def test_blind47_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ≥8 provinces."""
    assert B47.SETS["blind47"] is B47.BLIND47 and 10 <= len(B47.BLIND47) <= 12
    provinces = {name.split("_")[0] for name in B47.BLIND47}
    assert len(provinces) >= 8


def test_blind47_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages;
    部门整体 target forms and a 部门整体 self evaluation; "—" and "/" in empty money cells; the
    unit in the title line and in the cell; spaced labels; full-width ％; ranges of comparators,
    deadlines and word targets (不低于, 达到, 控制在, 不超过)."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 6 and landscape >= 3
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 2 and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("（金额单位：万元）" in t for t in texts) and any("1,860.00万元" in t for t in texts)
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any("一般公共预算财政拨款收入政府性基金预算财政拨款收入" in r for r in rows)
    assert any("上年结转资金///" in r for r in rows) and any("其他资金—" in r for r in rows)
    assert any("项 目 名 称" in r for r in rows)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 5
    assert {">", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "达到", "控制在", "不超过", "＝", "＞"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert any("％" in i["target_raw"] and i["unit"] == "%" for i in inds)


def test_blind47_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B47.BLIND47) and {g["set"] for g in golds} == {"blind47"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_money_rulings_are_what_the_docstring_says(written):
    """total beside year (实施期资金总额 / 项目总额 / 资金总额), fiscal as printed or the
    …财政拨款收入 line, a printed 0.00 上年结转 is 0.00, "—" / "/" no amount, self evaluations'
    money from 全年预算数, 部门整体 money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: {p["project_name"]: p for p in g["projects"]} for g in golds}
    money = lambda p: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])  # noqa: E731
    bj = by["bj_cy_budget_period_and_year_money_pairs"]
    assert money(bj["背街小巷环境精细化整治提升"]) == ("24500000.00", "11200000.00", "8600000.00", None)
    tj = by["tj_hx_budget_landscape_income_source_grid"]
    assert money(tj["中小学校舍维修改造"]) == (None, "12680000.00", "8450000.00", "1030000.00")
    assert money(tj["学前教育生均公用经费补助"]) == (None, "5742000.00", "5742000.00", "0.00")
    heb = next(g for g in golds if g["layout"] == "heb_sjz_budget_dept_wide_stacked_funds_word_targets")
    assert [p["project_name"] for p in heb["projects"]] == ["基本公共卫生服务项目"]
    assert money(heb["projects"][0]) == (None, "18600000.00", "18600000.00", None)
    ctl = next(g for g in heb["indicators"] if g["target_raw"] == "控制在12万元以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 12, "万元")
    reach = next(g for g in heb["indicators"] if g["target_raw"] == "达到100%")
    assert (reach["comparator"], reach["value"]) == (">=", 100)
    sh = by["sh_pt_accounts_project_self_evals_slash_cells"]
    assert money(sh["公园绿地养护"]) == (None, "38200000.00", "36500000.00", "1700000.00")
    assert sh["生活垃圾末端处置"]["carried_over_yuan"] is None
    ln = by["ln_sy_budget_two_forms_a_page_labels_above"]
    assert money(ln["高标准农田建设管护"]) == ("6500000.00", "2800000.00", "2300000.00", "500000.00")
    assert [ln[p]["carried_over_yuan"] for p in ("动物疫病强制免疫", "农村人居环境整治")] == ["0.00", None]
    sx = by["sx_ty_budget_dept_wide_then_projects_percent_weights"]
    assert money(sx["食品安全抽检监测"]) == ("2160000.00", "720000.00", "720000.00", None)
    cq = by["cq_yb_budget_spaced_labels_yuan_stacked"]
    assert cq["旅游宣传推广"]["carried_over_yuan"] == "0.00"
    grades = {g["layout"]: [s["grade"] for s in g["self_evaluations"]] for g in golds if g["self_evaluations"]}
    assert grades["sh_pt_accounts_project_self_evals_slash_cells"] == ["优", "良"]
    assert grades["jl_cc_accounts_self_evals_total_line_wan"] == ["优", "优"]
    js = next(g for g in golds if g["layout"] == "js_nj_accounts_dept_self_eval_landscape_yuan")
    assert js["self_evaluations"][0]["project_name"] is None
    assert js["self_evaluations"][0]["budget_yuan"] == "215486300.00"
    for layout in ("heb_sjz_budget_dept_wide_stacked_funds_word_targets",
                   "sx_ty_budget_dept_wide_then_projects_percent_weights"):
        g = next(g for g in golds if g["layout"] == layout)
        assert any(i["project_name"] is None for i in g["indicators"]) and None not in {p["project_name"] for p in g["projects"]}
    bj_year = next(g for g in golds if g["layout"] == "bj_cy_budget_period_and_year_money_pairs")
    assert {i["target_raw"] for i in bj_year["indicators"] if i["name"] == "整治背街小巷条数"} == {"100条"}
