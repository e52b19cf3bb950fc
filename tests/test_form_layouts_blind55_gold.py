"""The BLIND55 layouts (cnbudget.demo.form_layouts_blind55: eleven sets of forms of 湖北, 广东, 四川,
河南, 江西, 北京, 湖南, 贵州, 甘肃, 福建 and 辽宁 as their 预算管理一体化 systems export them, written by
an author who had read neither the form reader nor the earlier blind sets): their PDFs and gold
only, never the reader. The shared checks (registered apart, PDFs open, weights, indicators,
money, scores and grades printed, no figure cut by a wrap) run in tests/test_form_layouts_blind_gold.py;
this file keeps the set's own: its size, what it covers and its money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind55 as B55


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind55", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind55", tmp_path_factory)


def test_blind55_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, from eleven provinces."""
    assert B55.SETS["blind55"] is B55.BLIND55 and 10 <= len(B55.BLIND55) <= 12
    provinces = {name.split("_")[0] for name in B55.BLIND55}
    assert len(provinces) >= 8


def test_blind55_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; 项目编码 and 中期 / 年度 money; 资金来源 lines;
    专项债券 / 中央补助 sources; 元 and 万元; ranges of comparators, deadlines, 达到 / 控制在."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("专项债券" in t and "中央补助" in t for t in texts)
    assert sum("中期资金总额" in t and "年度资金总额" in t for t in texts) >= 2
    assert sum("财政拨款收入" in t for t in texts) >= 2
    assert sum("项目编码" in t for t in texts) >= 6
    projects = [p for g in golds for p in g["projects"]]
    assert len(projects) >= 18 and sum(p["project_code"] is not None for p in projects) >= 15
    assert sum(p["total_yuan"] is not None for p in projects) >= 4
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 4
    assert {">", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不超过", "不低于", "高于", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind55_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B55.BLIND55) and {g["set"] for g in golds} == {"blind55"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_money_rulings_are_what_the_docstring_says(written):
    """中期资金总额 total beside the 年度 year and fiscal; …财政拨款收入 lines as fiscal, 专项债券 /
    中央补助 / 单位资金 / 一般公共预算 under 财政拨款 never; a printed 0.00 上年结转 is 0.00, a blank
    one none; 部门整体 money no project; self evaluations' money from 全年预算数."""
    _, golds = written
    by = {g["layout"]: {p["project_name"]: p for p in g["projects"]} for g in golds}
    money = lambda p: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])  # noqa: E731
    hb = by["hb_xg_yth_mid_year_money_columns"]
    assert money(hb["高标准农田建设项目（2024-2026年）"]) == ("18000000.00", "6500000.00", "5600000.00", None)
    assert money(hb["动物疫病防控"]) == ("3600000.00", "1200000.00", "1000000.00", None)
    gd = by["gd_sg_yth_income_source_lines_yuan"]
    assert money(gd["区人民医院医疗设备购置"]) == (None, "3250000.00", "2600000.00", None)
    assert money(gd["家庭医生签约服务"]) == (None, "960000.00", "800000.00", "160000.00")
    sc = by["sc_ms_budget_yth_pairs_four_a_row"]
    assert money(sc["学校安保服务购买"]) == (None, "6400000.00", "5600000.00", "0.00")
    assert money(sc["青少年体育赛事活动"])[3] == "250000.00"
    ha = by["ha_ly_budget_two_forms_a_page_stacked_money"]
    assert ha["特困人员救助供养"]["carried_over_yuan"] == "355000.00" and ha["城乡居民最低生活保障"]["carried_over_yuan"] is None
    jx = by["jx_gz_yth_landscape_mid_year_yuan_unit_column"]
    assert money(jx["城区环卫保洁市场化服务（2024-2026年）"]) == ("48600000.00", "16200000.00", "15000000.00", None)
    bj = by["bj_cy_yth_long_form_total_heads_repeated"]
    assert money(bj["城市绿地养护管理"]) == ("24600000.00", "8200000.00", "7800000.00", None)
    assert money(bj["平原生态林管护补助"]) == (None, "3150000.00", "3150000.00", None)
    gs = by["gs_ts_budget_dept_wide_then_source_grid"]
    assert money(gs["地质灾害综合防治"]) == (None, "17600000.00", "2600000.00", None)
    assert money(gs["全域土地综合整治"]) == (None, "6800000.00", None, None)
    hun = by["hun_cz_accounts_dept_and_project_self_evals"]
    assert money(hun["山洪灾害防治非工程措施运行维护"]) == (None, "1960000.00", "1800000.00", "160000.00")
    assert hun["小型水库维修养护"]["carried_over_yuan"] == "0.00"
    gz = by["gz_zy_yth_self_evals_yuan_stacked"]
    assert money(gz["农村公路养护工程"]) == (None, "6800000.00", "6000000.00", "800000.00")
    gold = {g["layout"]: g for g in golds}
    gs_dept = [i for i in gold["gs_ts_budget_dept_wide_then_source_grid"]["indicators"] if i["project_name"] is None]
    assert len(gs_dept) == 7 and list(gs) == ["地质灾害综合防治", "全域土地综合整治", "不动产登记信息平台运维"]
    hun_evals = gold["hun_cz_accounts_dept_and_project_self_evals"]["self_evaluations"]
    assert [(s["project_name"], s["budget_yuan"], s["grade"]) for s in hun_evals] == [
        (None, "49200000.00", "优"), ("山洪灾害防治非工程措施运行维护", "1960000.00", "优"), ("小型水库维修养护", "3000000.00", "良")]
    assert [s["score"] for s in gold["gz_zy_yth_self_evals_yuan_stacked"]["self_evaluations"]] == [98.58, 94.2]
    fj = {i["target_raw"]: i for i in gold["fj_np_yth_labels_above_targets_in_words"]["indicators"]}
    assert (fj["达到40场"]["comparator"], fj["控制在18万元以内"]["comparator"], fj["高于42%"]["comparator"]) == (">=", "<=", ">")
