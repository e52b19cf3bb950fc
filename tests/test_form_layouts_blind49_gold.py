"""The BLIND49 layouts (cnbudget.demo.form_layouts_blind49: eleven documents of 河南, 浙江, 江苏,
广东, 四川, 湖北, 辽宁, 北京, 江西, 贵州 and 山东, mostly 部门决算 self evaluations, written by an
author who had read neither the form reader nor the earlier blind sets): their PDFs and gold
only, never the reader. The shared checks (weights, printed names, targets, money, scores,
grades) run in tests/test_form_layouts_blind_gold.py; here the set's own counts and rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind49 as B49


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind49", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind49", tmp_path_factory)


def test_blind49_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least eight provinces."""
    assert B49.SETS["blind49"] is B49.BLIND49 and 10 <= len(B49.BLIND49) <= 12
    provinces = {name.split("_")[0] for name in B49.BLIND49}
    assert len(provinces) >= 8


def test_blind49_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门决算 / 部门预算 documents; landscape pages; a
    部门整体 target form and self evaluations; money in 元 and 万元; 执行率 column letters,
    …财政拨款收入 source columns, 省级 / 市级 lines; 偏差原因分析 | 改进措施 split."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 6 and landscape >= 2
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1
    assert sum("部门整体支出绩效自评表" in t for t in texts) >= 3
    assert sum("项目支出绩效自评表" in t for t in texts) >= 8
    assert any("单位：元" in t for t in texts) and any("（元）" in t for t in texts)
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any("全年预算数（A）" in r and "执行率（B/A）" in r for r in rows)
    assert any("政府性基金预算财政拨款收入" in t and "单位资金" in t for t in texts)
    assert any("其中：省级" in t and "市级" in t for t in texts)
    assert any("偏差原因分析" in t and "改进措施" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    assert sum(i["comparator"] is None for i in inds) >= 4
    for start in ("不低于", "达到", "控制在", "不超过", "＜", "≤"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind49_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B49.BLIND49) and {g["set"] for g in golds} == {"blind49"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 3
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """Money read from the 全年预算数 column / row; …财政拨款收入 columns summed; 省级 / 市级 / 县级
    lines and 单位资金 / 其他资金 never fiscal; a printed 0.00 上年结转 is 0.00; 部门整体 money no
    project; unit in the cell; 达到 N reads >=; grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout):
        return {p["project_name"]: (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in by[layout]["projects"]}

    hen = money("hen_ly_accounts_dept_eval_four_money_lines")
    assert hen["基本公共卫生服务补助资金"] == ("19423600.00", "18600000.00", "823600.00")
    assert hen["计划生育家庭奖励扶助资金"] == ("4268000.00", "4268000.00", "0.00")
    assert by["hen_ly_accounts_dept_eval_four_money_lines"]["self_evaluations"][0]["budget_yuan"] == "81205000.00"
    zj = money("zj_sx_accounts_sources_across_periods_down")
    assert zj["老旧小区综合改造提升工程"] == ("37800000.00", "37800000.00", None)
    assert zj["城市燃气管道老化更新改造"] == ("15000000.00", "13500000.00", None)
    js = money("js_yz_accounts_yuan_separators_reason_measure")
    assert js["高标准农田建设项目"] == ("13650000.00", "12600000.00", "1050000.00")
    gd = money("gd_sg_self_eval_fiscal_level_lines")
    assert gd["城乡客运一体化运营补贴"] == ("4000000.00", "3500000.00", None)
    ln = by["ln_as_budget_dept_wide_then_stacked_sources"]
    assert [p["project_name"] for p in ln["projects"]] == ["城乡最低生活保障资金", "居家和社区养老服务提升", "殡葬惠民补助"]
    assert [p["carried_over_yuan"] for p in ln["projects"]] == ["2600000.00", "0.00", None]
    assert sum(g["project_name"] is None for g in ln["indicators"]) == 8 and not ln["self_evaluations"]
    jx = money("jx_ja_budget_labels_above_unit_in_cell")
    assert jx["人事考试组织经费"] == ("645000.00", "500000.00", None)
    gz = money("gz_zy_landscape_eval_yuan_pairs")
    assert gz["农村饮水安全巩固提升工程"] == ("5320000.00", "4500000.00", "820000.00")
    assert gz["河湖长制工作经费"][2] == "0.00"
    hub = by["hub_xy_accounts_dept_eval_pairs_then_project"]
    assert hub["self_evaluations"][0]["project_name"] is None and len(hub["projects"]) == 1
    assert {g["level1"] for g in hub["indicators"] if g["project_name"] is None} == {"input", "process", "output", "effect"}
    assert {g["level1_raw"] for g in hub["indicators"] if g["project_name"]} >= {"产出指标（50分）"}
    ind = {g["target_raw"]: g for g in by["jx_ja_budget_labels_above_unit_in_cell"]["indicators"]}
    assert (ind["达到3000人次"]["comparator"], ind["控制在5.5%以内"]["comparator"]) == (">=", "<=")
    grades = [s["grade"] for g in golds for s in g["self_evaluations"]]
    assert set(grades) == {"优", "良", "中"}
