"""The BLIND21 layouts (cnbudget.demo.form_layouts_blind21: eleven 2024–2025 forms of 河北, 山西,
辽宁, 江苏, 福建, 广西, 广东, 河南, 湖北, 贵州 and 宁夏 inside 部门预算 / 部门决算 reports and
绩效自评报告 attachments, written by an author who had read neither the form reader nor the
earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be well
formed and to say what the PDFs print: every indicator's name and target in one row of a ruled
table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind21 as B21


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind21", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind21", tmp_path_factory)


def test_blind21_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B21.SETS["blind21"] is B21.BLIND21 and 10 <= len(B21.BLIND21) <= 12


def test_blind21_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents, a 自评报告 attachment,
    landscape pages, eight provinces or more, …财政拨款收入 source lines, 达到 targets, a range,
    deadlines, grade words."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2
    assert len({name.split("_")[0] for name in B21.BLIND21}) >= 8
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("自评报告" in t for t in texts) and any("政府性基金预算财政拨款收入" in t for t in texts)
    assert any("良好" in t for t in texts) and any("优秀" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    assert sum(i["target_raw"].startswith("达到") for i in inds) >= 4
    assert all(i["comparator"] == ">=" for i in inds if i["target_raw"].startswith("达到"))


def test_blind21_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B21.BLIND21) and {g["set"] for g in golds} == {"blind21"}
    assert {g["fiscal_year"] for g in golds} == {2024, 2025}
    assert sum(len(g["self_evaluations"]) for g in golds) >= 6
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: fiscal as the sum of the …财政拨款收入
    lines printing an amount (bonds, 上级补助 never), a printed 0.00 上年结转 no amount, 部门整体
    money no project's, 达到 as >=, grade words read as one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    heb = {p["project_name"]: p for p in by["heb_cd_accounts_self_evals_fiscal_income_lines"]["projects"]}
    assert (heb["高标准农田建设管护"]["year_yuan"], heb["高标准农田建设管护"]["fiscal_yuan"],
            heb["高标准农田建设管护"]["carried_over_yuan"]) == ("5600000.00", "5000000.00", "600000.00")
    assert (heb["动物疫病防控"]["fiscal_yuan"], heb["动物疫病防控"]["carried_over_yuan"]) == ("1450000.00", None)
    sx = {p["project_name"]: p for p in by["sx_jz_budget_targets_source_lines_bonds"]["projects"]}
    assert (sx["潇河灌区节水改造工程"]["total_yuan"], sx["潇河灌区节水改造工程"]["year_yuan"],
            sx["潇河灌区节水改造工程"]["fiscal_yuan"]) == ("36000000.00", "12000000.00", "5000000.00")
    assert (sx["河道防汛抢险物资储备"]["fiscal_yuan"], sx["河道防汛抢险物资储备"]["carried_over_yuan"]) == (None, "800000.00")
    js = {p["project_name"]: p["carried_over_yuan"] for p in by["js_lyg_budget_two_forms_a_page_money_row"]["projects"]}
    assert js == {"城区环卫作业市场化服务": None, "城市照明设施维护": "340000.00", "违法建设治理": "200000.00",
                  "公共厕所运行管理": None}
    gx = by["gx_bs_budget_dept_wide_income_heads_then_projects"]
    assert len(gx["projects"]) == 2 and sum(i["project_name"] is None for i in gx["indicators"]) == 12
    for layout in ("hen_kf_accounts_dept_self_eval_spending_rows", "nx_wz_accounts_dept_self_eval_pairs_row_level2_missing"):
        dept = by[layout]["self_evaluations"][0]
        assert dept["project_name"] is None
    assert by["hen_kf_accounts_dept_self_eval_spending_rows"]["self_evaluations"][0]["grade"] == "良"
    assert by["hen_kf_accounts_dept_self_eval_spending_rows"]["self_evaluations"][0]["budget_yuan"] == "46200000.00"
    assert by["nx_wz_accounts_dept_self_eval_pairs_row_level2_missing"]["self_evaluations"][0]["grade"] == "优"
    assert {i["level1"] for i in by["gd_zj_town_landscape_self_evals_no_level1"]["indicators"]} == {None}
    assert {i["level2"] for i in by["nx_wz_accounts_dept_self_eval_pairs_row_level2_missing"]["indicators"]} == {None}
    gz = {i["name"]: i["target_raw"] for i in by["gz_zy_three_row_head_sign_number_unit"]["indicators"]}
    assert gz["参赛群众人次"] == "≥15000人次" and gz["免费开放场馆个数"] == "＝5个"
    fj = by["fj_np_self_eval_report_yuan_levels_repeated"]["self_evaluations"][0]
    assert (fj["budget_yuan"], fj["executed_yuan"]) == ("10120000.00", "9978320.00")
