"""The BLIND37 layouts (cnbudget.demo.form_layouts_blind37: eleven files of 贵州, 江西, 黑龙江,
甘肃, 辽宁, 重庆, 新疆, 宁夏, 吉林, 山西 and 青海, written by an author who had read neither the
form reader nor the earlier blind sets): their PDFs and gold only, never the reader. The set's
emphasis is the 部门整体 forms (部门预算资金 heads, 年度主要任务 | 对应项目 | 预算金额 blocks,
整体绩效目标, the 履职效能 / 管理效率 / 社会效应 framework) beside project forms whose money is a
sentence, a field line or label：value text in one cell.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind37 as B37


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind37", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind37", tmp_path_factory)


def test_blind37_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B37.SETS["blind37"] is B37.BLIND37 and 10 <= len(B37.BLIND37) <= 12
    provinces = {name.split("_")[0] for name in B37.BLIND37}
    assert len(provinces) >= 8


def test_blind37_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape file; four
    部门整体 target forms (部门预算资金, 年度主要任务 | 对应项目, 整体绩效目标) and a 部门整体 self
    evaluation; the 履职效能 framework; money sentences, label：value cells and a 资金来源 list."""
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
    dept_wide = [t for t in texts if "整体支出绩效目标表" in t]
    assert len(dept_wide) >= 4
    assert all("部门预算资金" in t or "资金总额（元）" in t for t in dept_wide)
    assert all("年度主要任务" in t and "对应项目" in t and "整体绩效目标" in t for t in dept_wide)
    assert any("部门整体支出绩效自评表" in t for t in texts)
    assert sum(t.count("本项目年度预算") for t in texts) >= 4
    assert any("年度资金总额：" in t for t in texts) and any("资金总额：1,250,000.00" in t for t in texts)
    assert any("一般公共预算财政拨款收入" in t and "专项债券资金" in t and "中央补助资金" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert {"履职效能", "管理效率", "运行成本", "社会效应"} <= {i["level1_raw"] for i in inds}
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "不低于", "不少于", "不超过", "控制在", "＜", "＞", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind37_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B37.BLIND37) and {g["set"] for g in golds} == {"blind37"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: sentences read into year / fiscal /
    carried (0.00 kept), 项目总金额 total, …财政拨款收入 lines summed (专项债券 / 中央补助 never),
    部门整体 money no project, one-cell self-evaluation money, 控制在…以内 and 达到."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout):
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    gz = money("gz_gy_budget_dept_wide_tasks_projects_money_sentence")
    assert gz == {"家庭医生签约服务补助": (None, "865000.00", "800000.00", None),
                  "重大传染病防控": (None, "1320000.00", "1200000.00", "120000.00")}
    nx = money("nx_yc_two_forms_a_page_money_sentences")
    assert nx["公共文化服务体系建设"] == (None, "450000.00", "450000.00", "0.00")
    assert nx["全民健身设施更新"] == ("2000000.00", "800000.00", "800000.00", None)
    xj = money("xj_wlmq_budget_source_lines_unit_in_title")
    assert xj["城区供水管网改造"][1:3] == ("3200000.00", "2400000.00")
    assert xj["河道综合治理"][1:3] == ("2100000.00", "1500000.00")
    assert xj["农村饮水安全维修养护"][3] == "0.00"
    qh = money("qh_xn_budget_stacked_money_unit_in_cell")
    assert qh["老旧小区改造"] == ("12000000.00", "4500000.00", "4000000.00", "500000.00")
    jl = money("jl_cc_accounts_project_self_evals_yuan_columns")
    assert jl["农村公路养护"] == (None, "1920000.00", "1700000.00", "220000.00")
    for layout in ("jx_nc_dept_wide_lvzhi_framework_stacked_funds", "sx_ty_dept_wide_labels_above_yuan_field_line",
                   "cq_yb_landscape_dept_wide_then_project_list", "gz_gy_budget_dept_wide_tasks_projects_money_sentence"):
        assert all(p["project_name"] for p in by[layout]["projects"]) and not by[layout]["self_evaluations"]
        assert sum(g["project_name"] is None for g in by[layout]["indicators"]) >= 8
    hlj = by["hlj_hrb_accounts_dept_self_eval_stage_rows_cell_money"]
    assert [(s["project_name"], s["budget_yuan"], s["grade"]) for s in hlj["self_evaluations"]] == [
        (None, "235600000.00", "优"), ("学生营养改善计划", "1260000.00", "良"), ("校舍维修改造", "2850000.00", "优")]
    assert all(p["fiscal_yuan"] is None for p in hlj["projects"])
    assert [s["grade"] for s in by["ln_sy_self_evals_pairs_two_a_row"]["self_evaluations"]] == ["良", "优"]
    ln = {g["target_raw"]: g for g in by["ln_sy_self_evals_pairs_two_a_row"]["indicators"]}
    assert (ln["控制在5%以内"]["comparator"], ln["控制在5%以内"]["value"]) == ("<=", 5)
    assert ln["达到100%"]["comparator"] == ">="

