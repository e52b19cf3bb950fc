"""The BLIND54 layouts (cnbudget.demo.form_layouts_blind54: eleven forms of 河南, 江西, 贵州,
甘肃, 河北, 浙江, 广东, 福建, 湖北, 山西 and 重庆 as 乡镇, 街道, schools, hospitals and other
事业单位 print them, written by an author who had read neither the form reader nor the earlier
blind sets): their PDFs and gold only, never the reader. The shared checks (registered apart,
PDFs open, weights, indicators, money, scores and grades printed, no figure cut by a wrap) run
in tests/test_form_layouts_blind_gold.py; this file keeps the set's own.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import printed_set, written_set
from cnbudget.demo import form_layouts_blind54 as B54


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind54", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind54", tmp_path_factory)


def test_blind54_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B54.SETS["blind54"] is B54.BLIND54 and 10 <= len(B54.BLIND54) <= 12
    provinces = {name.split("_")[0] for name in B54.BLIND54}
    assert len(provinces) >= 8


def test_blind54_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluations; small units (乡镇, 街道, schools, hospitals);
    money in 万元 and 元, with the unit in a title, a column head or the cell; several short
    forms to a page; direction words, deadlines, qualitative targets."""
    folder, golds = written
    long_docs, landscape, shared_pages = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            shared_pages += any(len(re.findall(r"项目支出绩效目标表", p.extract_text() or "")) >= 2 for p in pdf.pages)
    assert long_docs >= 4 and landscape >= 2 and shared_pages >= 2
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    for unit in ("镇人民政府", "街道办事处", "中学", "医院", "卫生院", "幼儿园", "服务站"):
        assert any(unit in g["department"] for g in golds), unit
    assert any("（金额单位：元）" in t for t in texts) and any("年初预算数（元）" in t for t in texts)
    assert any("万元其中：财政资金" in t for t in texts)  # the unit typed in the amount's cell
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert sum(i["comparator"] is None for i in inds) >= 4 and sum(i["comparator"] == "qualitative" for i in inds) >= 10
    assert {"=", ">=", "<=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "不高于", "等于", "定性", "≥", "≤"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind54_counts(written):
    _, golds = written
    assert sum(len(g["projects"]) for g in golds) >= 18
    evals = [s for g in golds for s in g["self_evaluations"]]
    assert len(evals) >= 5 and sum(s["project_name"] is None for s in evals) >= 2
    assert all(p["year_yuan"] for g in golds for p in g["projects"])  # every form prints its money


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings on the gold: …财政拨款收入 lines summed, 上级补助 / 自有资金 /
    其他资金 never fiscal, a printed 0.00 上年结转 is 0.00 and an empty one none, 项目总金额 is
    total, 万元 in the cell, self evaluations' money from the 全年预算数 column, 部门整体 money
    no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    jx = {p["project_name"]: p for p in by["jx_gz_street_source_lines_yuan_commas"]["projects"]}
    assert (jx["老旧小区微改造"]["year_yuan"], jx["老旧小区微改造"]["fiscal_yuan"]) == ("850000.00", "850000.00")
    p = jx["社区网格化管理服务"]
    assert (p["fiscal_yuan"], p["carried_over_yuan"]) == ("1150000.00", "130000.00")
    assert jx["辖区环境卫生保洁"]["carried_over_yuan"] == "0.00"
    gz = {p["project_name"]: p for p in by["gz_zy_hospital_stacked_sources_weights"]["projects"]}
    assert (gz["医疗设备购置"]["year_yuan"], gz["医疗设备购置"]["fiscal_yuan"]) == ("5600000.00", "3000000.00")
    assert gz["家庭医生签约服务"]["carried_over_yuan"] == "255000.00"
    ha = {p["project_name"]: p for p in by["ha_xc_town_budget_pairs_hand_labels"]["projects"]}
    p = ha["防汛抗旱应急物资储备"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "600000.00", "480000.00", "360000.00", "120000.00")
    gd = {p["project_name"]: p for p in by["gd_qy_street_three_forms_unit_in_cell"]["projects"]}
    assert (gd["垃圾分类宣传督导"]["year_yuan"], gd["垃圾分类宣传督导"]["carried_over_yuan"]) == ("260000.00", "40000.00")
    assert {i["level1"] for i in by["gd_qy_street_three_forms_unit_in_cell"]["indicators"]} == {None}
    hub = by["hub_xg_health_center_self_evals_yuan_heads"]
    assert [(p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in hub["projects"]] == [
        ("1256800.00", "1056800.00", "200000.00"), ("240000.00", "240000.00", "0.00")]
    assert [s["grade"] for s in hub["self_evaluations"]] == ["良", "优"]
    heb = by["heb_hd_cdc_budget_dept_wide_then_key_list"]
    assert [p["project_name"] for p in heb["projects"]] == ["艾滋病防治", "慢性病综合防控", "实验室检测设备运维"]
    assert sum(g["project_name"] is None for g in heb["indicators"]) == 8
    cq = by["cq_wz_kindergarten_self_evals_grade_beside_total"]
    assert [p["project_name"] for p in cq["projects"]] == ["保教设施设备更新"]
    assert cq["self_evaluations"][0]["project_name"] is None and cq["self_evaluations"][0]["budget_yuan"] == "11028000.00"
    fj = {g["name"]: g for g in by["fj_np_water_station_yuan_title_direction_words"]["indicators"]}
    assert fj["巡查记录完整率"]["target_raw"] == "等于100%" and fj["巡查记录完整率"]["comparator"] == "="
