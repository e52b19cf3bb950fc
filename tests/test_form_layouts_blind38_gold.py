"""The BLIND38 layouts (cnbudget.demo.form_layouts_blind38: eleven forms of 甘肃, 江西, 贵州, 黑龙江,
辽宁, 吉林, 山西, 宁夏, 重庆, 新疆 and 青海, written by an author who had read neither the form
reader nor the earlier blind sets; the emphasis on 项目支出绩效自评表 of 部门决算 reports): their
PDFs and gold only, never the reader. The shared checks run in tests/test_form_layouts_blind_gold.py;
here the set's own: registered, its size, what it covers and its money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind38 as B38


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind38", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind38", tmp_path_factory)


def test_blind38_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, from eight provinces or more."""
    assert B38.SETS["blind38"] is B38.BLIND38 and 10 <= len(B38.BLIND38) <= 12
    provinces = {name.split("_")[0] for name in B38.BLIND38}
    assert len(provinces) >= 8


def test_blind38_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门决算 / 部门预算 documents; landscape pages; the
    central self-evaluation money block (年初预算数 … 得分 over 年度资金总额 / 当年财政拨款 /
    上年结转资金 / 其他资金) in 万元 and in 元; a money block after the grid; 成本指标 as a 一级
    level; weights in 一级 cells; 部门整体 target form and self evaluation; a 资金来源 grid."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1
    texts = {g["layout"]: printed[g["file_name"]][1] for g in golds}
    assert sum("项目支出绩效自评表" in t for t in texts.values()) >= 8
    assert any("部门整体支出绩效目标表" in t for t in texts.values())
    assert any("部门整体支出绩效自评表" in t for t in texts.values())
    central = [t for t in texts.values() if all(w in t for w in ("年初预算数", "全年预算数", "全年执行数", "执行率",
                                                              "当年财政拨款", "上年结转资金", "其他资金"))]
    assert len(central) >= 5
    rows = {g["layout"]: printed[g["file_name"]][0] for g in golds}
    assert any("年初预算数（元）" in r for r in rows["jx_nc_accounts_yuan_heads_self_eval_over_pages"])
    assert any("项目资金（元）" in r for r in rows["xj_wlmq_self_evals_fiscal_funds_label_unit"])
    assert "一般公共预算财政拨款收入" in texts["jl_cc_budget_dept_wide_then_source_grid"]
    gz = rows["gz_gy_self_evals_money_after_grid"]
    at = [next(k for k, r in enumerate(gz) if word in r) for word in ("三级指标", "年初预算数", "总分")]
    assert at == sorted(at) and len(set(at)) == 3
    inds = [i for g in golds for i in g["indicators"]]
    assert any(i["level1_raw"] == "成本指标" for i in inds)
    assert any(i["level1_raw"] and re.search(r"（\d+分）$", i["level1_raw"]) for i in inds)
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", ">=", "<=", "=", "range", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "不低于", "不少于", "高于"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind38_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B38.BLIND38) and {g["set"] for g in golds} == {"blind38"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 8
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings on the gold: a self evaluation's money is the 全年预算数 column
    (year, 当年财政拨款 / 财政资金 fiscal, 上年结转资金 carried, 0.00 kept, "—" none); a block
    after the grid is still the form's; 资金来源 fiscal is the 财政拨款 line, or the 合计 of
    …财政拨款收入 lines alone; 项目总额 total beside the year; 部门整体 money no project; 达到 N
    reads >=; grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout):
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    gs = money("gs_lz_accounts_two_self_evals_a_page")
    assert gs["高标准农田建设管护"] == (None, "3450000.00", "3250000.00", "200000.00")
    assert gs["动物疫病防控"] == (None, "860000.00", "860000.00", None)
    jx = money("jx_nc_accounts_yuan_heads_self_eval_over_pages")
    assert jx["家庭医生签约服务"] == (None, "1920000.00", "1800000.00", "120000.00")
    assert jx["基本公共卫生服务"][3] is None
    assert money("gz_gy_self_evals_money_after_grid")["生活垃圾分类推进"] == (None, "3800000.00", "3800000.00", "0.00")
    gz = by["gz_gy_self_evals_money_after_grid"]["self_evaluations"]
    assert [(s["budget_yuan"], s["executed_yuan"], s["grade"]) for s in gz] == [
        ("13125000.00", "12984000.00", "优"), ("3800000.00", "3256000.00", "良")]
    hlj = by["hlj_hrb_self_evals_cost_level_weights_in_levels"]
    assert {g["level1_raw"] for g in hlj["indicators"]} == {"产出指标（40分）", "成本指标（10分）", "效益指标（30分）",
                                                             "满意度指标（10分）"}
    assert {g["level1"] for g in hlj["indicators"] if g["level1_raw"].startswith("成本")} == {"input"}
    assert all(p[3] is None for p in money("hlj_hrb_self_evals_cost_level_weights_in_levels").values())
    ln = by["ln_dl_accounts_dept_self_eval_then_pairs"]
    assert ln["self_evaluations"][0]["project_name"] is None and ln["self_evaluations"][0]["budget_yuan"] == "99600000.00"
    assert [p["project_name"] for p in ln["projects"]] == ["困难群众救助补助", "居家社区养老服务"]
    assert money("ln_dl_accounts_dept_self_eval_then_pairs")["困难群众救助补助"] == (
        None, "34600000.00", "33800000.00", "800000.00")
    jl = by["jl_cc_budget_dept_wide_then_source_grid"]
    assert sum(g["project_name"] is None for g in jl["indicators"]) == 6
    jlm = money("jl_cc_budget_dept_wide_then_source_grid")
    assert set(jlm) == {"老旧小区改造", "城市桥梁检测维护", "保障性租赁住房运营补助"}
    assert jlm["老旧小区改造"] == (None, "18500000.00", "16500000.00", "2000000.00")
    assert jlm["保障性租赁住房运营补助"] == (None, "6163000.00", "6163000.00", None)
    sx = money("sx_ty_target_forms_stacked_yuan")
    assert sx["公共文化服务免费开放"] == (None, "1380000.00", "1280000.00", "0.00")
    assert sx["全域旅游宣传推广"] == (None, "800000.00", "800000.00", None)
    qh = money("qh_xn_target_forms_total_year_columns")
    assert qh["农村公路养护（2024-2026年）"] == ("15000000.00", "5200000.00", "4800000.00", "400000.00")
    assert qh["城市公交运营补贴"] == ("8600000.00", "8600000.00", "8600000.00", None)
    reach = [g for g in by["qh_xn_target_forms_total_year_columns"]["indicators"] if g["target_raw"].startswith("达到")]
    assert reach and {g["comparator"] for g in reach} == {">="}
    cq = by["cq_yz_accounts_long_self_eval_yuan_plain"]["self_evaluations"]
    assert (cq[0]["budget_yuan"], cq[0]["executed_yuan"]) == ("2480000.00", "2411800.00")
    xj = by["xj_wlmq_self_evals_fiscal_funds_label_unit"]
    assert [s["grade"] for s in xj["self_evaluations"]] == ["优", "良"]
    assert money("xj_wlmq_self_evals_fiscal_funds_label_unit")["劳动保障监察执法"] == (
        None, "380000.00", "380000.00", "0.00")
