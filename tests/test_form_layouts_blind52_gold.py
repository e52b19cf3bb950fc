"""The BLIND52 layouts (cnbudget.demo.form_layouts_blind52: ten 市直 and 区县 disclosures of 河南,
江西, 贵州, 重庆, 甘肃, 黑龙江, 辽宁, 山西, 吉林 and 新疆, written by an author who had read neither
the form reader nor the earlier blind sets): their PDFs and gold only, never the reader. The
shared checks (registered apart, PDFs open, weights, indicators, money, scores, grades, no figure
cut by a wrap) run in tests/test_form_layouts_blind_gold.py; here what this set says it covers
and its money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind52 as B52


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind52", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind52", tmp_path_factory)


def test_blind52_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ten provinces."""
    assert B52.SETS["blind52"] is B52.BLIND52 and 10 <= len(B52.BLIND52) <= 12
    provinces = {name.split("_")[0] for name in B52.BLIND52}
    assert len(provinces) >= 8


def test_blind52_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; two
    provinces' 部门整体支出绩效目标表 and a 部门整体 self evaluation; a 资金来源 grid naming
    …财政拨款收入 lines beside 专项债券; money in 元 and in 万元; ranges of comparators, deadlines,
    达到 N, 控制在 N 以内, 不高于."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2
    texts = {g["layout"]: printed[g["file_name"]][1] for g in golds}
    dept_wide = [name for name, t in texts.items() if "部门整体支出绩效目标表" in t]
    assert len({name.split("_")[0] for name in dept_wide}) >= 2
    assert sum("部门整体支出绩效自评表" in t for t in texts.values()) >= 2
    rows = {g["layout"]: "|".join(printed[g["file_name"]][0]) for g in golds}
    assert any("政府性基金预算财政拨款收入" in r and "专项债券" in r for r in rows.values())
    assert any("单位：元" in t or "（元）" in t for t in texts.values())
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 6
    assert {">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不高于", "不低于", "不少于"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind52_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B52.BLIND52) and {g["set"] for g in golds} == {"blind52"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_money_rulings_are_what_the_docstring_says(written):
    """…财政拨款收入 lines summed (a blank line adds nothing), 专项债券 / 单位资金 never fiscal,
    项目总投资 / 项目总额 total, a printed 0.00 上年结转 0.00, 万元 in the cell, 元 forms, a
    self evaluation's 上年结转 row carried, 部门整体 money no project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout: str) -> dict[str, tuple]:
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    gz = money("gz_zy_income_source_grid_fiscal_lines")
    assert gz["农村饮水安全巩固提升工程"] == (None, "18600000.00", "12600000.00", None)
    assert gz["水旱灾害防御经费"] == (None, "4265000.00", "4265000.00", None)
    assert gz["中型灌区续建配套与节水改造"] == ("48000000.00", "16000000.00", "9000000.00", None)
    jx = money("jx_gz_budget_dept_wide_then_project_yuan_heads")
    assert jx["耕地地力保护补贴"] == (None, "18653200.00", "18653200.00", "0.00")
    assert jx["动物疫病防控经费"] == (None, "1350000.00", "1150000.00", "200000.00")
    ln = money("ln_dl_labels_above_unit_in_cell_weights")
    assert ln["老旧小区改造配套设施"] == ("12000000.00", "4500000.00", "4000000.00", "500000.00")
    assert ln["市政道路维修养护"][3] is None
    hen = money("hen_ly_budget_fund_label_pairs_blank_other")
    assert hen["家庭医生签约服务经费"] == (None, "2450000.00", "2000000.00", None)
    gs = by["gs_lz_accounts_self_evals_carried_row"]
    assert money("gs_lz_accounts_self_evals_carried_row")["城乡最低生活保障资金"] == (
        None, "63500000.00", "61500000.00", "2000000.00")
    assert gs["self_evaluations"][0]["project_name"] is None and gs["self_evaluations"][0]["budget_yuan"] == "99800000.00"
    sx = by["sx_ty_self_eval_yuan_pairs_dept_and_projects"]
    assert [s["grade"] for s in sx["self_evaluations"]] == ["优", "优", "良"]
    assert sx["self_evaluations"][2]["budget_yuan"] == "720000.00" and sx["projects"][1]["fiscal_yuan"] is None
    hlj = by["hlj_heb_dept_wide_stacked_income_nature_then_pairs"]
    assert [p["project_name"] for p in hlj["projects"]] == ["中小学校舍维修改造", "学前教育普惠性补助"]
    assert sum(g["project_name"] is None for g in hlj["indicators"]) == 10
    ctl = next(g for g in hlj["indicators"] if g["target_raw"] == "控制在45%以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 45, "%")
    assert money("jl_cc_budget_short_forms_money_row_dash")["文物保护单位修缮"] == (None, "2100000.00", "1800000.00", None)
