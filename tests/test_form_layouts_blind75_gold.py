"""The BLIND75 layouts (cnbudget.demo.form_layouts_blind75: ten self-evaluation documents of 湖北,
江西, 河南, 山东, 四川, 广西, 云南, 甘肃, 黑龙江 and 吉林, written by an author who had read neither
the form reader nor the earlier blind sets): their PDFs and gold only, never the reader. Shared
checks run in tests/test_form_layouts_blind_gold.py; here what is particular to this set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind75 as B75

EARLIER = earlier_modules("blind75")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind75", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind75", tmp_path_factory)


def test_blind75_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, named apart from earlier sets."""
    assert B75.SETS["blind75"] is B75.BLIND75 and 10 <= len(B75.BLIND75) <= 12
    provinces = {name.split("_")[0] for name in B75.BLIND75}
    assert len(provinces) >= 8
    assert_apart(B75.BLIND75, EARLIER)


def test_blind75_covers_what_it_says(written, printed):
    """部门决算 documents ending with self evaluations; landscape and turned pages; 部门整体 and
    project self evaluations; money in 万元 and 元; the 财政部 money heads."""
    folder, golds = written
    long_docs, landscape, turned = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门决算", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效自评表" in t for t in texts) >= 3
    assert sum("项目支出绩效自评表" in t for t in texts) >= 9
    for head in ("年初预算数", "全年预算数", "全年执行数", "执行率", "偏差原因", "实际完成值"):
        assert all(head in t for t in texts), head
    assert any("单位：元" in t for t in texts) and any("（元）" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 8 and sum(i["comparator"] == "qualitative" for i in inds) >= 15
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    assert all(i["actual_raw"] and i["score"] is not None for i in inds)


def test_blind75_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B75.BLIND75) and {g["set"] for g in golds} == {"blind75"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    evals = [s for g in golds for s in g["self_evaluations"]]
    assert len(evals) >= 18 and sum(s["project_name"] is None for s in evals) >= 3
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """Project money from 全年预算数 (never 年初预算数), 上年结转 0.00 kept, a blank 上年结转 none,
    部门整体 money no project, weights in 一级 cells kept raw, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    hub = {p["project_name"]: p for p in by["hub_snj_accounts_ministry_filled"]["projects"]}
    p = hub["旅游厕所建设补助"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("3200000.00", "3000000.00", "200000.00")
    assert hub["非物质文化遗产保护"]["carried_over_yuan"] == "0.00" and len(hub) == 2
    assert by["hub_snj_accounts_ministry_filled"]["self_evaluations"][0]["project_name"] is None
    jx = by["jx_gqc_report_yuan_cause_fix_shaded"]
    assert [s["grade"] for s in jx["self_evaluations"]] == ["良", "良"]
    assert jx["projects"][0]["year_yuan"] == "5260000.00" and jx["projects"][1]["carried_over_yuan"] is None
    gx = {p["project_name"]: p for p in by["gx_cz_label_value_money_open_shaded"]["projects"]}
    assert (gx["农村饮水安全巩固提升"]["fiscal_yuan"], gx["农村饮水安全巩固提升"]["carried_over_yuan"]) == (
        "4060000.00", "800000.00")
    yn = by["yn_dh_dept_income_nature_lines"]
    assert [p["project_name"] for p in yn["projects"]] == ["天然林资源保护"]
    hlj = by["hlj_qth_accounts_no_level2_weights_in_l1"]
    assert {g["level2_raw"] for g in hlj["indicators"]} == {None}
    assert "产出指标（50分）" in {g["level1_raw"] for g in hlj["indicators"]}
    sd = by["sd_lk_school_landscape_split_target"]
    assert {s["grade"] for s in sd["self_evaluations"]} == {None}
    assert next(g for g in sd["indicators"] if g["name"] == "设备验收合格率")["target_raw"] == "＝100%"
