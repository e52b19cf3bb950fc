"""The BLIND39 layouts (cnbudget.demo.form_layouts_blind39: ten two-period 项目支出绩效目标表 and
self evaluations of 浙江, 江苏, 广东, 四川, 湖北, 河南, 山东, 福建, 贵州 and 江西, written by an author
who had read neither the form reader nor the earlier blind sets): their PDFs and gold only, never
the reader. The shared checks (registered apart, printed as in the gold, weights, money, no figure
cut by a wrap) run in tests/test_form_layouts_blind_gold.py; this file keeps the set's own.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind39 as B39


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind39", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind39", tmp_path_factory)


def test_blind39_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B39.SETS["blind39"] is B39.BLIND39 and 10 <= len(B39.BLIND39) <= 12
    provinces = {name.split("_")[0] for name in B39.BLIND39}
    assert len(provinces) >= 8


def test_blind39_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents (at least two of them
    two-period target forms); landscape pages; 中期 / 年度 money and targets in either order;
    经常性项目 / 一次性项目 / 特定目标类; a 部门整体 target form and self evaluation."""
    folder, golds = written
    long_docs, long_midterm, landscape = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
                long_midterm += "中期资金总额" in printed[gold["file_name"]][1] or "中期资金" in printed[gold["file_name"]][1]
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and long_midterm >= 2 and landscape >= 2
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("中期资金总额" in t for t in texts) >= 4 and sum("中期目标" in t for t in texts) >= 4
    assert any(t.find("中期指标值") < t.find("年度指标值") for t in texts if "中期指标值" in t)
    assert any(t.find("年度指标值") < t.find("中期指标值") for t in texts if "中期指标值" in t)
    for word in ("经常性项目", "一次性项目", "特定目标类", "项目期限", "项目属性"):
        assert sum(word in t for t in texts) >= 2, word
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "qualitative", "range"} <= {i["comparator"] for i in inds}
    assert sum(i["comparator"] is None for i in inds) >= 4


def test_blind39_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B39.BLIND39) and {g["set"] for g in golds} == {"blind39"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """中期资金总额 is the total, 年度资金总额 the year, the 年度 财政拨款 (never the 中期 one) the
    fiscal part, …财政拨款收入 lines summed (专项债券 and a blank line adding nothing), a printed
    0.00 上年结转 0.00, the 年度指标值 the target whichever side the 中期 column stands."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    zj = {p["project_name"]: p for p in by["zj_hz_budget_midterm_pairs_four_money"]["projects"]}
    p = zj["基层医疗卫生机构设备更新"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "12000000.00", "4000000.00", "3500000.00", None)
    zj_inds = {g["name"]: g for g in by["zj_hz_budget_midterm_pairs_four_money"]["indicators"]
               if g["project_name"] == "基层医疗卫生机构设备更新"}
    assert zj_inds["更新设备台（套）数"]["target_raw"] == "≥120台" and zj_inds["基层首诊率"]["value"] == 60
    js = {p["project_name"]: p for p in by["js_nj_budget_three_pairs_source_grid_year_first"]["projects"]}
    assert js["城市照明设施改造"]["fiscal_yuan"] == "5200000.00" and js["城市照明设施改造"]["project_code"] == "320102250003"
    gd = by["gd_sz_midterm_yuan_labels_above_weights"]["projects"][0]
    assert (gd["total_yuan"], gd["year_yuan"], gd["fiscal_yuan"]) == ("18600000.00", "9800000.00", "8500000.00")
    ha = {p["project_name"]: p for p in by["ha_zz_budget_dept_wide_then_stacked_midterm"]["projects"]}
    assert set(ha) == {"食品安全抽检监测", "特种设备安全监管"}
    assert ha["食品安全抽检监测"]["carried_over_yuan"] == "0.00"
    assert (ha["特种设备安全监管"]["fiscal_yuan"], ha["特种设备安全监管"]["carried_over_yuan"]) == ("1500000.00", "300000.00")
    assert sum(g["project_name"] is None for g in by["ha_zz_budget_dept_wide_then_stacked_midterm"]["indicators"]) == 6
    gz = {p["project_name"]: p for p in by["gz_gy_budget_long_form_income_lines_repeated"]["projects"]}
    assert (gz["城区排水管网维护"]["year_yuan"], gz["城区排水管网维护"]["fiscal_yuan"]) == ("8000000.00", "7000000.00")
    assert (gz["河道综合治理"]["total_yuan"], gz["河道综合治理"]["year_yuan"], gz["河道综合治理"]["fiscal_yuan"]) == (
        "32000000.00", "10000000.00", "4000000.00")
    sc = by["sc_my_final_accounts_self_evals_carried"]
    assert sc["self_evaluations"][0]["project_name"] is None and [s["grade"] for s in sc["self_evaluations"]] == ["优", "良", "优"]
    assert [p["carried_over_yuan"] for p in sc["projects"]] == ["1200000.00", "0.00"]
    sd = {g["name"]: g for g in by["sd_yt_landscape_midterm_direction_split"]["indicators"]}
    assert sd["群众出行条件"]["target_raw"] == "定性明显改善" and sd["公交分担率"]["target_raw"] == "＞30%"
    fj = by["fj_xm_two_forms_a_page_special_target_class"]
    assert {g["level1"] for g in fj["indicators"]} == {None} and len(fj["projects"]) == 4
    jx = {g["name"]: g for g in by["jx_nc_landscape_list_midterm_columns"]["indicators"]}
    assert (jx["欠薪案件结案率"]["comparator"], jx["欠薪案件结案率"]["upper"]) == ("range", 95)
    assert jx["城镇调查失业率"]["comparator"] == "<=" and jx["培训后就业率"]["target_raw"] == "高于60%"
