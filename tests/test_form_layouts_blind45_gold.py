"""The BLIND45 layouts (cnbudget.demo.form_layouts_blind45: eleven forms of 浙江, 福建, 广东, 湖南,
湖北, 安徽, 河南, 山东, 江西, 四川 and 江苏 市直 departments and their 二级单位, written by an author
who had read neither the form reader nor the earlier blind sets): their PDFs and gold only, never
the reader. The shared checks (registered apart, PDFs open, weights, indicators, money, scores and
grades printed, no figure cut by a wrap) run in tests/test_form_layouts_blind_gold.py; this file
keeps the set's own: its size and provinces, what it says it covers, and its money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind45 as B45


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind45", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind45", tmp_path_factory)


def test_blind45_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B45.SETS["blind45"] is B45.BLIND45 and 10 <= len(B45.BLIND45) <= 12
    provinces = {name.split("_")[0] for name in B45.BLIND45}
    assert len(provinces) >= 8


def test_blind45_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; 资金来源 lines named …财政拨款收入; 专项债券 / 中央补助
    sources; 实施期资金总额; "—" and "/" in empty money cells; spaced labels; ranges, deadlines,
    direction words, 达到 N, 控制在 N 以内."""
    folder, golds = written
    long_docs, landscape, spaced = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            spaced += any(re.search(r"项 +目 +名 +称", page.extract_text() or "") for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2 and spaced >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("专项债券" in t and "中央补助" in t for t in texts)
    assert any("政府性基金预算财政拨款收入" in t for t in texts) and any("实施期资金总额" in t for t in texts)
    assert any("/" in t for t in texts) and any("—" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不少于", "达到", "控制在", "不超过", "低于", "高于", "大于", "不低于", "＞", "＜", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert any(i["level1"] is None for i in inds) and any(i["level1_raw"] != i["level1_raw"].rstrip("）") for i in inds
                                                          if i["level1_raw"])


def test_blind45_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B45.BLIND45) and {g["set"] for g in golds} == {"blind45"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines summed (a blank, "—"
    or "/" line adds nothing), a printed 0.00 上年结转 is 0.00, 专项债券 / 中央补助 never fiscal,
    项目总金额 / 实施期资金总额 total beside the year, a self evaluation's 上年结转 row read in its
    全年预算数 column, 部门整体 money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    zj = {p["project_name"]: p for p in by["zj_sx_budget_source_lines_income_named"]["projects"]}
    p = zj["曹娥江堤防工程运行维护"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("5800000.00", "5200000.00", "600000.00")
    p = zj["水资源监测站网运维"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("2365000.00", "2365000.00", "0.00")
    assert p["project_code"] == "33060025A00031"
    fj = {p["project_name"]: p for p in by["fj_xm_label_value_yuan_total_and_year"]["projects"]}
    assert (fj["园林绿地养护管理"]["total_yuan"], fj["园林绿地养护管理"]["year_yuan"]) == ("12600000.00", "4200000.00")
    assert fj["市政道路设施维修"]["fiscal_yuan"] == "7850000.00"
    gd = by["gd_zh_accounts_self_eval_source_rows_words"]
    assert [s["grade"] for s in gd["self_evaluations"]] == ["优", "良"]
    assert [p["carried_over_yuan"] for p in gd["projects"]] == ["200000.00", None]
    hun = by["hun_cs_budget_dept_wide_then_stacked_money"]
    assert [p["project_name"] for p in hun["projects"]] == ["城乡低保资金（市本级）", "社区居家养老服务运营补贴"]
    assert sum(g["project_name"] is None for g in hun["indicators"]) == 8
    assert [p["carried_over_yuan"] for p in hun["projects"]] == [None, "1500000.00"]
    sd = {p["project_name"]: p for p in by["sd_yt_targets_value_unit_columns_zero_carry"]["projects"]}
    assert sd["普通国省道日常养护"]["carried_over_yuan"] == "0.00"
    jx = {p["project_name"]: p for p in by["jx_gz_two_forms_a_page_period_and_year"]["projects"]}
    p = jx["基层医疗卫生机构能力提升（2024-2026年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"]) == ("15000000.00", "5000000.00", "5000000.00")
    js = {p["project_name"]: p for p in by["js_sz_spaced_labels_bond_central_sources"]["projects"]}
    assert (js["老旧小区改造提升工程"]["year_yuan"], js["老旧小区改造提升工程"]["fiscal_yuan"]) == ("20000000.00", "3000000.00")
    hen = by["hen_zz_accounts_dept_self_eval_then_level_free_project"]
    assert hen["self_evaluations"][0]["project_name"] is None and hen["self_evaluations"][0]["budget_yuan"] == "99284500.00"
    assert [p["project_name"] for p in hen["projects"]] == ["计量器具强制检定"]
    sc = by["sc_my_accounts_self_eval_yuan_weighted_levels"]
    assert [s["grade"] for s in sc["self_evaluations"]] == ["优", "良"]
    assert sc["self_evaluations"][0]["budget_yuan"] == "19250000.00"
    targets = {g["name"]: g for g in by["js_sz_spaced_labels_bond_central_sources"]["indicators"]}
    assert (targets["户均改造成本"]["comparator"], targets["户均改造成本"]["value"]) == ("<=", 3.5)
    assert targets["加装电梯数量"]["comparator"] == ">="
