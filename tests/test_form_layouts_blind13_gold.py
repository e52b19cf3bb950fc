"""The BLIND13 layouts (cnbudget.demo.form_layouts_blind13: twelve forms of counties and a town of
河南, 湖北, 安徽, 江西, 贵州, 四川, 甘肃, 新疆, 宁夏, 西藏, 广西 and 湖南, written by an author who had read
neither the form reader nor the earlier blind sets): their PDFs and gold only, never the reader.
The gold is checked to be well formed and to say what the PDFs print: every indicator's name and
target in one row of a ruled table, its actual value there too, every amount, score and grade on
the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind13 as B13


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind13", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind13", tmp_path_factory)


def test_blind13_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B13.SETS["blind13"] is B13.BLIND13 and 10 <= len(B13.BLIND13) <= 12


def test_blind13_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents (a 乡镇's among them);
    landscape pages; 资金来源 heads with 政府性基金 and 专项债券; heads carrying 万元; 年度总体目标
    完成情况 prose; a 预算执行偏差原因; a merged 二级 cell cut by a page break; words, 0起 / 0次."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2
    by = {g["layout"]: printed[g["file_name"]][1] for g in golds}
    assert "专项债券资金" in by["ha_sx_county_budget_bond_fund_sources"]
    assert "政府性基金预算" in by["ha_sx_county_budget_bond_fund_sources"]
    assert "年度总体目标完成情况" in by["hb_yx_county_accounts_dept_self_eval_prose"]
    assert "预算执行偏差原因" in by["ah_hs_county_self_eval_yuan_shortfall"]
    assert "资金总额（万元）" in by["gs_hn_county_heads_wan_per_column"]
    assert "乡镇基本情况" in by["hun_ly_town_budget_forms_after_tables"]
    # the town's forms come after its budget tables
    with pdfplumber.open(folder / "hun_ly_town_budget_forms_after_tables.pdf") as pdf:
        texts = [p.extract_text() or "" for p in pdf.pages]
    table_page = next(i for i, t in enumerate(texts) if "支出预算表" in t)
    form_page = next(i for i, t in enumerate(texts) if "项目支出绩效目标表" in t.replace(" ", "") and "三级指标" in t)
    assert form_page > table_page
    # 贵州: the 数量指标 rows of one merged 二级 cell run over two pages
    with pdfplumber.open(folder / "gz_mt_county_long_form_level2_cut.pdf") as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    gz = [g for g in golds if g["layout"] == "gz_mt_county_long_form_level2_cut"][0]
    quantity = [g["name"] for g in gz["indicators"] if g["level2_raw"] == "数量指标"]
    on = {next(i for i, t in enumerate(pages) if n in t) for n in quantity}
    assert len(quantity) >= 12 and len(on) == 2
    inds = [i for g in golds for i in g["indicators"]]
    for word in ("不低于", "不高于", "不少于", "≥", "≤"):
        assert any(i["target_raw"].startswith(word) for i in inds), word
    assert sum(i["value"] == 0 and i["target_raw"] in ("0起", "0次") for i in inds) >= 4
    assert sum(i["target_raw"] == "100%" for i in inds) >= 5
    assert sum(i["comparator"] == "qualitative" for i in inds) >= 10
    assert sum(i["comparator"] is None for i in inds) >= 2
    scores = [i["score"] for i in inds if i["score"] is not None]
    assert any(s != int(s) for s in scores)


def test_blind13_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B13.BLIND13) and {g["set"] for g in golds} == {"blind13"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's rulings spelled out on the gold: money by 资金来源 gives the year's sum and no
    fiscal part (none is printed), 部门整体 money no project, 实施期 total, summary rows as self evaluations, no 一级."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    ha = {p["project_name"]: p for p in by["ha_sx_county_budget_bond_fund_sources"]["projects"]}
    bond, fund = ha["老城区雨污分流改造工程"], ha["城市基础设施配套建设"]
    assert (bond["year_yuan"], bond["fiscal_yuan"]) == ("23000000.00", None)
    assert (fund["year_yuan"], fund["fiscal_yuan"]) == ("5800000.00", None)
    for layout in ("hb_yx_county_accounts_dept_self_eval_prose", "xj_mns_county_budget_dept_wide_weights"):
        assert not by[layout]["projects"]
        assert {g["project_name"] for g in by[layout]["indicators"]} == {None}
    hb = by["hb_yx_county_accounts_dept_self_eval_prose"]["self_evaluations"]
    assert hb == [{"project_name": None, "budget_yuan": "32000000.00", "executed_yuan": "30400000.00",
                   "score": 92.5, "grade": "优"}]
    ah = by["ah_hs_county_self_eval_yuan_shortfall"]["self_evaluations"][0]
    assert (ah["budget_yuan"], ah["executed_yuan"], ah["grade"]) == ("1286400.00", "1045320.00", "良")
    assert not by["xj_mns_county_budget_dept_wide_weights"]["self_evaluations"]
    jx = by["jx_ay_county_summary_then_indicator_tables"]
    assert [s["grade"] for s in jx["self_evaluations"]] == ["优", "良", "优"]
    assert all(p["fiscal_yuan"] is None and p["year_yuan"] for p in jx["projects"])
    nx = by["nx_ld_county_level2_only_label_money"]
    assert {g["level1_raw"] for g in nx["indicators"]} == {None}
    assert (nx["projects"][0]["total_yuan"], nx["projects"][0]["year_yuan"]) == ("12000000.00", "4000000.00")
    gs = {g["name"]: g for g in by["gs_hn_county_heads_wan_per_column"]["indicators"]}
    assert (gs["特种设备万台死亡率"]["comparator"], gs["特种设备万台死亡率"]["value"]) == ("<=", 0.2)
    assert gs["奖补资金兑现时间"]["comparator"] is None
    gx = by["gx_rs_county_title_in_grid_direction_words"]
    assert [(p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in gx["projects"]] == [
        ("860000.00", "700000.00", "160000.00"), ("325000.00", "325000.00", None)]
    gxi = {g["name"]: g for g in gx["indicators"]}
    assert gxi["油茶低产林改造面积"]["target_raw"] == "大于等于8000亩" and gxi["群众防火意识"]["target_raw"] == "定性明显增强"
    assert not any(g["name"].isdigit() for g in gx["indicators"])
    sc = {g["name"]: g["target_raw"] for g in by["sc_yl_county_budget_goal_lines_value_unit"]["indicators"]}
    assert sc["更换老旧管网"] == "≥45公里" and sc["工程长效管护机制"] == "健全"
