"""The BLIND7 layouts (cnbudget.demo.form_layouts_blind7: thirteen forms of 四川, 湖南, 湖北, 广东,
天津, 北京, 上海, 山东, 福建, 云南, 浙江, 安徽 and 陕西, written by an author who had read neither
the form reader nor the earlier blind sets): their PDFs and gold only, never the reader. Here
the gold is checked to be well formed and to say what the PDFs print: every indicator's name
and target in one row of a ruled table, its actual value there too, every amount, score and
grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind7 as B7


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind7", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind7", tmp_path_factory)


def test_blind7_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B7.SETS["blind7"] is B7.BLIND7 and 12 <= len(B7.BLIND7) <= 14


def test_blind7_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; pages turned by
    /Rotate; 千元; 长期 blocks; 不适用 rows; an amount printed only in a form's title."""
    folder, golds = written
    long_docs, turned = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation for page in pdf.pages)
    assert long_docs >= 3 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("长期绩效指标" in t for t in texts) >= 2
    assert any("千元" in t for t in texts) and any("不适用" in t for t in texts)
    assert any(re.search(r"项目绩效目标表（[\d.,]+万元）", t) for t in texts)


def test_blind7_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B7.BLIND7) and {g["set"] for g in golds} == {"blind7"}
    assert sum(len(g["indicators"]) for g in golds) >= 240
    assert sum(len(g["self_evaluations"]) for g in golds) >= 10
    assert sum(len(g["projects"]) for g in golds) >= 30
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """A few of the set's rulings, spelled out on the gold: 千元 ×1000, 中期 money as total,
    the year's targets (not the 长期 / 中期 ones), no 不适用 rows, grades read from prose and
    summary tables."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    tj = by["tj_kaifaqu_list_thousand_yuan"]["projects"][0]
    assert tj["year_yuan"] == "36420000.00" and tj["fiscal_yuan"] is None
    bj = by["bj_district_midterm_money"]["projects"][1]
    assert (bj["total_yuan"], bj["year_yuan"], bj["fiscal_yuan"]) == ("23400000.00", "7800000.00", "7000000.00")
    hn = {g["name"]: g["target_raw"] for g in by["hn_town_long_term_and_annual"]["indicators"]
          if g["project_name"] == "村级道路提质改造"}
    assert hn["提质改造村道里程"] == "≥8.5公里" and len(hn) == 9
    hb = {g["name"]: g["target_raw"] for g in by["hb_dept_history_columns"]["indicators"]}
    assert hb["65岁及以上老年人健康管理率"] == "≥62%" and hb["孕产妇系统管理率"] == "≥90%"
    sz = by["gd_sz_table15_not_applicable"]["indicators"]
    assert len(sz) == 23 and all(g["level2_raw"] != "测算明细" for g in sz)
    sc = by["sc_county_adjusted_budget_self_eval"]
    assert [s["grade"] for s in sc["self_evaluations"]] == ["优", "优", "良"]
    assert sc["projects"][1]["fiscal_yuan"] == "2400000.00" and sc["projects"][1]["project_code"].startswith("5114")
    sd = by["sd_final_accounts_summary_then_forms"]["self_evaluations"]
    assert [s["grade"] for s in sd] == ["优", "优", "良"]
    yn = by["yn_prefecture_turned_self_eval_yuan"]["projects"]
    assert [p["carried_over_yuan"] for p in yn] == ["250000.00", "0.00"]
    zj = by["zj_budget_prose_goals_and_dept_targets"]
    assert len(zj["projects"]) == 12 and {g["project_name"] for g in zj["indicators"]} == {None}
