"""The BLIND34 layouts (cnbudget.demo.form_layouts_blind34: ten forms of 山东, 河南, 湖北, 湖南,
广东, 陕西, 江西 and 贵州 counties, districts and 市直 departments, written by an author who had
read neither the form reader nor the earlier blind sets): their PDFs and gold only, never the
reader. The shared checks (well formed, printed as the gold says) run in
tests/test_form_layouts_blind_gold.py; these are the set's own.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import printed_set, written_set
from cnbudget.demo import form_layouts_blind34 as B34


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind34", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind34", tmp_path_factory)


def test_blind34_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over eight provinces."""
    assert B34.SETS["blind34"] is B34.BLIND34 and 10 <= len(B34.BLIND34) <= 12
    provinces = {name.split("_")[0] for name in B34.BLIND34}
    assert len(provinces) >= 8 and {"sd", "ha", "hub", "hun", "gd", "sn"} <= provinces


def test_blind34_size(written):
    _, golds = written
    assert [g["layout"] for g in golds] == list(B34.BLIND34) and {g["set"] for g in golds} == {"blind34"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])


def test_blind34_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape list; a
    部门整体 target form; 项目总投资 / 本年度申请 / 一般公共预算财政拨款 / 政府性基金 / 上年结转
    money; weights in the 一级 cells; 指标解释 and 评分标准 columns; 元 and 万元."""
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
    cells = ["|".join(printed[g["file_name"]][0]) for g in golds]  # a label wrapped in its cell reads whole here
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any(all(w in t for w in ("项目总投资", "本年度申请", "其中：一般公共预算财政拨款", "政府性基金", "上年结转"))
               for t in cells)
    assert any("产出指标（50分）" in t for t in cells)
    assert sum("指标解释" in t and "评分标准" in t for t in cells) >= 3
    assert any("单位：元" in t for t in texts) and any("财政拨款收入" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<"} - {i["comparator"] for i in inds} == {">", "<"}  # none printed: not claimed
    assert {">=", "<=", "=", "range", "qualitative", None} <= {i["comparator"] for i in inds}
    for start in ("达到", "不少于", "不低于", "≥", "≤", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert sum(i["level1"] is None for i in inds) == 7  # the 湖北 project grid without 一级


def test_blind34_money_rulings(written):
    """The set's money rulings on the gold: 项目总投资 total beside 本年度申请 year, 其中：一般公共
    预算财政拨款 fiscal, 财政拨款小计 fiscal, …财政拨款收入 lines summed (blank adds nothing),
    printed 0.00 上年结转 carried 0.00, blank or — none, 部门整体 money no project."""
    _, golds = written
    by = {g["layout"]: {p["project_name"]: p for p in g["projects"]} for g in golds}
    money = lambda p: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])  # noqa: E731
    sd = by["sd_lc_county_budget_invest_apply_general_fund"]
    assert money(sd["高标准农田建设项目"]) == ("24000000.00", "8600000.00", "7200000.00", "1400000.00")
    assert money(sd["农村人居环境整治"]) == ("6500000.00", "6500000.00", "6000000.00", "0.00")
    ha = by["ha_zz_budget_source_grid_yuan_scoring_columns"]
    assert money(ha["基本公共卫生服务补助"]) == (None, "8650000.00", "7900000.00", "750000.00")
    hub = by["hub_xg_municipal_dept_wide_then_stacked_money"]
    assert list(hub) == ["大气污染防治专项", "生态环境监测能力建设"]
    assert hub["生态环境监测能力建设"]["carried_over_yuan"] is None
    gz = by["gz_zy_self_eval_income_source_lines"]
    assert money(gz["农村饮水安全巩固提升"]) == (None, "9600000.00", "6400000.00", "800000.00")
    assert money(gz["河湖管理保护"])[2:] == ("2500000.00", "0.00")
    sn = by["sn_hz_county_unit_in_cells_column_numbers"]
    assert sn["天然林保护管护"]["carried_over_yuan"] == "0.00" and sn["森林防火能力提升"]["carried_over_yuan"] is None
    bj = by["sn_bj_budget_landscape_list_merged_money"]
    assert [p["carried_over_yuan"] for p in bj.values()] == ["1700000.00", "0.00", None]
    grades = {g["layout"]: [s["grade"] for s in g["self_evaluations"]] for g in golds}
    assert grades["hun_cs_county_self_evals_money_columns_weights"] == ["优", "良"]
    assert grades["gd_sg_final_accounts_dept_self_eval_yuan_pairs"] == ["优", "良"]
