"""The BLIND65 layouts (cnbudget.demo.form_layouts_blind65: ten forms of 湖北, 湖南, 河南, 安徽,
江西, 山西, 陕西, 四川, 重庆 and 云南, written by an author who had read neither the form reader nor
the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (well
formed, printed as the gold says) run in tests/test_form_layouts_blind_gold.py; these are the
set's own.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind65 as B65

EARLIER = earlier_modules("blind65")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind65", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind65", tmp_path_factory)


def test_blind65_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, apart from every earlier set."""
    assert B65.SETS["blind65"] is B65.BLIND65 and 10 <= len(B65.BLIND65) <= 12
    provinces = {name.split("_")[0] for name in B65.BLIND65}
    assert len(provinces) >= 8
    assert_apart(B65.BLIND65, EARLIER)


def test_blind65_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; pages turned by /Rotate;
    a 部门整体 target form and self evaluation; 实施期 beside 年度 values; deadlines, ranges of
    comparators and the words 不低于 / 达到 / 控制在 / 不超过."""
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
    assert any("部门整体支出绩效目标表" in t for t in texts)
    assert sum("部门整体支出绩效自评表" in t for t in texts) >= 2
    assert any("实施期指标值" in t for t in texts) and any("政府性基金预算财政拨款收入" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "达到", "控制在", "不超过", "不高于", "＞", "＜"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert sum(len(g["projects"]) for g in golds) >= 18 and sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2


def test_rulings_are_what_the_docstring_says(written):
    """The money rulings spelled out: …财政拨款收入 lines summed (a blank line adds nothing, 上年结转
    and 其他收入 never fiscal), a printed 0.00 上年结转 no carried amount, 项目总额 / 中期资金总额 total
    beside the year, 部门整体 money no project, the 年度 value where 实施期 is printed too, grade
    words one character, a sign column joined before its figure."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    sn = {p["project_name"]: p for p in by["sn_yl_budget_two_forms_a_page_income_lines"]["projects"]}
    assert (sn["公共文化服务体系建设"]["fiscal_yuan"], sn["公共文化服务体系建设"]["carried_over_yuan"]) == (
        "3000000.00", "800000.00")
    assert sn["文物保护及考古调查"]["fiscal_yuan"] == "4200000.00" and sn["文物保护及考古调查"]["carried_over_yuan"] is None
    assert sn["全域旅游宣传推广"]["fiscal_yuan"] == "2500000.00"
    hun = {p["project_name"]: p for p in by["hun_ld_standalone_yuan_label_pairs_open"]["projects"]}
    p = hun["学前教育公用经费保障"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("1860000.00", "620000.00", "620000.00")
    assert hun["教师培训经费"]["carried_over_yuan"] is None
    assert hun["义务教育学校校舍维修改造"]["carried_over_yuan"] == "700000.00"
    ctl = next(g for g in by["hun_ld_standalone_yuan_label_pairs_open"]["indicators"] if g["target_raw"] == "控制在5%以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 5, "%")
    sc = by["sc_bz_standalone_period_and_year_values"]
    p = sc["projects"][0]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("60000000.00", "21500000.00", "16500000.00")
    assert next(g for g in sc["indicators"] if g["name"] == "新建错车道")["target_raw"] == "≥120处"
    hub = by["hub_qj_budget_nature_column_fund_grid"]
    assert [p["carried_over_yuan"] for p in hub["projects"]] == ["2000000.00", None]
    assert next(g for g in hub["indicators"] if g["name"] == "建后管护机制")["target_raw"] == "定性健全"
    assert next(g for g in hub["indicators"] if g["name"] == "亩均建设成本")["target_raw"] == "≤3000元/亩"
    jx = by["jx_yc_budget_dept_wide_then_project"]
    assert [p["project_name"] for p in jx["projects"]] == ["食品安全抽检监测"]
    assert sum(g["project_name"] is None for g in jx["indicators"]) == 7
    ha = by["ha_jz_accounts_self_evals_four_money_rows"]
    assert ha["projects"][0]["fiscal_yuan"] == "23000000.00" and ha["projects"][0]["carried_over_yuan"] == "1800000.00"
    assert ha["self_evaluations"][2]["project_name"] is None and ha["self_evaluations"][2]["budget_yuan"] == "146203000.00"
    sx = by["sx_ll_self_evals_yuan_open_grade_words"]
    assert [s["grade"] for s in sx["self_evaluations"]] == ["优", "良"]
    assert sx["projects"][0]["fiscal_yuan"] == "1068000.00" and sx["projects"][1]["carried_over_yuan"] is None
