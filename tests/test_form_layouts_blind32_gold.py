"""The BLIND32 layouts (cnbudget.demo.form_layouts_blind32: eleven forms of 广西, 海南, 云南, 贵州,
四川, 重庆, 甘肃, 江西 and 宁夏, written by an author who had read neither the form reader nor the
earlier blind sets): their PDFs and gold only, never the reader. The shared checks (registered
apart, PDFs open, weights, indicators, money, scores and grades printed, no figure cut by a wrap)
run in tests/test_form_layouts_blind_gold.py; here what is particular to this set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind32 as B32


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind32", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind32", tmp_path_factory)


def test_blind32_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B32.SETS["blind32"] is B32.BLIND32 and 10 <= len(B32.BLIND32) <= 12
    provinces = {name.split("_")[0] for name in B32.BLIND32}
    assert len(provinces) >= 8 and {"gx", "hi", "yn", "gz", "sc", "cq"} <= provinces


def test_blind32_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; 中期 and 年度 values side by side; split
    comparator / value / unit columns; ranges, deadlines and every comparator."""
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
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    assert sum("中期指标值" in t or "中期目标值" in t for t in texts) >= 3
    assert any("财政拨款收入" in t and "专项债券资金" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 3
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "不高于", "大于等于", "小于", "定性", "＞", "＜"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind32_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B32.BLIND32) and {g["set"] for g in golds} == {"blind32"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def _page_texts(folder, gold) -> list[str]:
    with pdfplumber.open(folder / gold["file_name"]) as pdf:
        return [re.sub(r"\s+", "", page.extract_text() or "") for page in pdf.pages]


def test_unit_given_once_sits_on_every_page_of_its_amounts(written):
    """Where a page gives its unit once (海口: title and 金额单位 line over two forms), every page
    printing a project's amounts carries that line, once."""
    folder, golds = written
    gold = next(g for g in golds if g["layout"] == "hi_hk_page_title_unit_two_forms_a_page")
    pages = _page_texts(folder, gold)
    for p in gold["projects"]:
        on = [t for t in pages if p["project_name"][:6] in t]
        assert on and all(t.count("金额单位：万元") == 1 for t in on), p["project_name"]
    assert sum("金额单位：万元" in t for t in pages) == 2


def test_rulings_are_what_the_docstring_says(written):
    """年度 values (not 中期) in target_raw, …财政拨款收入 lines summed (专项债券 never fiscal), a
    printed 0.00 上年结转 is 0.00, 中期 / 项目总额 money total, 部门整体 money no project, grade
    words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    yn = {g["name"]: g["target_raw"] for g in by["yn_km_mid_first_then_year_values"]["indicators"]}
    assert yn["维修改造学校数"] == "12所" and yn["新增校园足球特色学校"] == "≥6所"
    p = by["yn_km_mid_first_then_year_values"]["projects"][0]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("15000000.00", "5200000.00", "4800000.00")
    gz = {g["name"]: g for g in by["gz_gy_budget_yuan_heads_year_then_mid"]["indicators"]}
    assert gz["改造公园数量"]["target_raw"] == "1个" and gz["道路机械化清扫率"]["upper"] == 95
    assert by["gz_gy_budget_yuan_heads_year_then_mid"]["projects"][1]["carried_over_yuan"] is None
    gl = {p["project_name"]: p for p in by["gx_gl_budget_source_grid_sign_in_value"]["projects"]}
    assert (gl["老旧小区改造配套设施"]["year_yuan"], gl["老旧小区改造配套设施"]["fiscal_yuan"]) == ("19700000.00", "7700000.00")
    assert gl["建筑工地扬尘治理"]["fiscal_yuan"] == "960000.00"
    nn = {p["project_name"]: p for p in by["gx_nn_budget_fields_money_heads_one_row"]["projects"]}
    assert nn["动物疫病强制免疫"]["carried_over_yuan"] == "0.00"
    assert nn["农村人居环境整治"]["carried_over_yuan"] == "850000.00"
    wz = {p["project_name"]: p for p in by["cq_wz_cell_units_year_split_mid_cell"]["projects"]}
    p = wz["农村公路提档升级（2025-2027年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "6000000.00", "2000000.00", "1800000.00", "0.00")
    jx = by["jx_gz_budget_dept_wide_mid_year_split"]
    assert not jx["projects"] and {g["project_name"] for g in jx["indicators"]} == {None}
    sc = by["sc_my_accounts_dept_and_project_self_eval_split"]
    assert sc["self_evaluations"][0]["project_name"] is None and sc["self_evaluations"][0]["budget_yuan"] == "44382000.00"
    assert [p["project_name"] for p in sc["projects"]] == ["食品安全抽检监测"]
    assert [s["grade"] for s in by["cq_yb_self_eval_yuan_heads_beside_name"]["self_evaluations"]] == ["良", "优"]
    hk = by["hi_hk_page_title_unit_two_forms_a_page"]["projects"]
    assert hk[2]["total_yuan"] == "9000000.00" and hk[2]["year_yuan"] == "4500000.00"
