"""The BLIND43 layouts (cnbudget.demo.form_layouts_blind43: eleven forms of 贵州, 云南, 四川, 西藏,
广西, 宁夏, 新疆, 内蒙古 and 重庆 乡镇 / 街道, 事业单位 and 县级部门, written by an author who had
read neither the form reader nor the earlier blind sets): their PDFs and gold only, never the
reader. The shared checks (registered apart, PDFs open, weights, indicators, money, scores and
grades printed, no figure cut by a wrap) run in tests/test_form_layouts_blind_gold.py; this file
keeps what is particular to the set: its size, its provinces, what it covers and its rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind43 as B43


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind43", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind43", tmp_path_factory)


def test_blind43_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, from ≥8 provinces, south-west
    and autonomous regions weighted."""
    assert B43.SETS["blind43"] is B43.BLIND43 and 10 <= len(B43.BLIND43) <= 12
    provinces = {name.split("_")[0] for name in B43.BLIND43}
    assert len(provinces) >= 8
    assert len(provinces & {"gz", "yn", "sc", "xz", "cq", "gx", "nx", "xj", "nmg"}) >= 8


def test_blind43_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape list; a
    部门整体 target form and self evaluation; the small imperfections of real PDFs (spaced
    labels, "—" / "/" / "0" in money cells, 0.00 上年结转, units in the cell, 中央补助 source
    lines); ranges, deadlines, direction words, 达到 N."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any(r.startswith("项 目 名 称") for r in rows)
    assert any(r.startswith("其他资金") and r.endswith(("—", "/", "0")) for r in rows)
    assert any("一般公共预算财政拨款收入" in t and "中央补助资金" in t for t in texts)
    assert any("万元" in r and re.search(r"\d+\.\d{2}万元", r) for r in rows)
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">", "<", ">=", "<=", "=", "qualitative"} - {i["comparator"] for i in inds} <= {">", "<"}
    for start in ("不低于", "不超过", "达到", "≥", "≤", "＝", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind43_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B43.BLIND43) and {g["set"] for g in golds} == {"blind43"}
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    gz = {p["project_name"]: p for p in by["gz_bj_town_budget_spaced_labels_yuan"]["projects"]}
    assert gz["农村人居环境整治经费"]["carried_over_yuan"] == "0.00"  # 0.00 printed
    assert gz["防汛抗旱及地质灾害防治经费"]["carried_over_yuan"] is None  # cell left blank
    assert gz["村级组织运转经费"]["fiscal_yuan"] == "2156300.00"
    yn = {p["project_name"]: p for p in by["yn_qj_county_budget_income_source_lines"]["projects"]}
    p = yn["高标准农田建设项目"]  # 中央补助资金 and 其他资金 never fiscal
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("4865000.00", "3265000.00", None)
    p = yn["农作物病虫害绿色防控"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("2158000.00", "1758000.00", "400000.00")
    cq = {p["project_name"]: p for p in by["cq_wz_budget_two_forms_a_page_total_year"]["projects"]}
    assert (cq["农村公路养护"]["total_yuan"], cq["农村公路养护"]["year_yuan"]) == ("45000000.00", "15000000.00")
    assert cq["港口码头安全监管"]["carried_over_yuan"] is None
    qdn = {p["project_name"]: p for p in by["gz_qdn_health_centre_units_in_cells"]["projects"]}
    assert qdn["家庭医生签约服务"]["carried_over_yuan"] == "40000.00"
    xz = by["xz_ls_district_dept_wide_tasks_then_projects"]
    assert sum(g["project_name"] is None for g in xz["indicators"]) == 8
    assert [p["project_name"] for p in xz["projects"]] == ["困难群众临时救助", "农村互助幸福院运营补助"]
    sc = by["sc_ls_school_self_eval_yuan_slash_cells"]
    assert [s["grade"] for s in sc["self_evaluations"]] == ["优", "良"]
    assert [p["carried_over_yuan"] for p in sc["projects"]] == [None, "100000.00"]
    gx = by["gx_bs_accounts_dept_self_eval_then_project"]
    assert gx["self_evaluations"][0]["project_name"] is None and gx["self_evaluations"][0]["budget_yuan"] == "44021600.00"
    assert [p["project_name"] for p in gx["projects"]] == ["基层动物防疫体系建设"]
    words = {g["target_raw"]: g["comparator"] for g in by["cq_wz_budget_two_forms_a_page_total_year"]["indicators"]}
    assert words["达到80%"] == ">=" and words["不超过10分钟"] == "<="
    xj = {g["name"]: g["target_raw"] for g in by["xj_cj_bureau_heads_with_units_split_target"]["indicators"]}
    assert xj["管网热损失"] == "定性明显降低" and xj["工程质量验收合格率"] == "＝100%"
