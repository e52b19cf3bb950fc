"""The BLIND73 layouts (cnbudget.demo.form_layouts_blind73: ten forms of 北京, 天津, 河北, 山西,
内蒙古, 辽宁, 吉林, 黑龙江, 山东 and 河南, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks run in
tests/test_form_layouts_blind_gold.py; here the set's own: registered, its size and provinces,
what it says it covers and the money rulings its docstring states.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind73 as B73

EARLIER = earlier_modules("blind73")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind73", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    return printed_set("blind73", tmp_path_factory)


def test_blind73_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, apart from earlier sets."""
    assert B73.SETS["blind73"] is B73.BLIND73 and 10 <= len(B73.BLIND73) <= 12
    assert len({name.split("_")[0] for name in B73.BLIND73}) >= 8
    assert_apart(B73.BLIND73, EARLIER)


def test_blind73_covers_what_it_says(written, printed):
    """≥4 long 部门预算 / 部门决算 documents; landscape and turned pages; a 部门整体 target form and
    self evaluation; ≥18 projects with money; ≥5 self evaluations; ranges, deadlines, words."""
    folder, golds = written
    long_docs, landscape, turned = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "qualitative", "range", None} <= {i["comparator"] for i in inds}
    for start in ("不少于", "达到", "控制在", "不低于", "低于", "大于", "小于"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind73_rulings_are_what_the_docstring_says(written):
    """…财政拨款收入 lines summed; 上级补助 not fiscal; a printed 0.00 上年结转 is 0.00; 项目总额 beside
    当年金额; 部门整体 money no project; grade words one character; 达到 / 控制在 … 以内."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    heb = {p["project_name"]: p for p in by["heb_dz_budget_income_source_lines"]["projects"]}
    p = heb["城镇老旧小区改造配套"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("24600000.00", "20600000.00", None)
    ha = {p["project_name"]: p for p in by["ha_smx_town_forms_source_grid_yuan"]["projects"]}
    p = ha["农村道路提升改造"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("2850000.00", "1350000.00", "300000.00")
    ln = by["ln_hld_dept_wide_then_project_stacked"]
    assert [p["project_name"] for p in ln["projects"]] == ["农村客运补贴"]
    assert ln["projects"][0]["carried_over_yuan"] == "0.00"
    assert sum(g["project_name"] is None for g in ln["indicators"]) == 9
    sd = {p["project_name"]: p for p in by["sd_jn_budget_long_form_repeated_header"]["projects"]}
    p = sd["南四湖流域水环境综合治理"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("120000000.00", "45000000.00", "38000000.00")
    assert [s["grade"] for s in by["hlj_qth_final_accounts_landscape_self_evals"]["self_evaluations"]] == ["优", "良"]
    sx = by["sx_xiaoyi_final_accounts_dept_and_project_eval"]
    assert sx["self_evaluations"][0]["project_name"] is None and [s["grade"] for s in sx["self_evaluations"]] == ["优", "良"]
    heb_inds = {g["target_raw"]: g for g in by["heb_dz_budget_income_source_lines"]["indicators"]}
    assert (heb_inds["达到4200户"]["comparator"], heb_inds["控制在24小时以内"]["comparator"]) == (">=", "<=")
