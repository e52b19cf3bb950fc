"""The BLIND58 layouts (cnbudget.demo.form_layouts_blind58: eleven forms of 河北, 山西, 内蒙古, 辽宁,
吉林, 黑龙江, 北京, 天津, 河南 and 山东 (two), written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (apart
from earlier sets, PDFs open, indicators / money / scores / grades printed, weights, no figure cut
by a wrap) run in tests/test_form_layouts_blind_gold.py; this file keeps the set's own.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind58 as B58


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind58", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind58", tmp_path_factory)


def test_blind58_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ten provinces."""
    assert B58.SETS["blind58"] is B58.BLIND58 and 10 <= len(B58.BLIND58) <= 12
    provinces = {name.split("_")[0] for name in B58.BLIND58}
    assert provinces == {"heb", "sx", "nmg", "ln", "jl", "hlj", "bj", "tj", "ha", "sd"}


def test_blind58_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluations; money printed as spaced labels, …财政拨款收入
    lines, a sentence, colon cells, 元 with separators; direction words, ranges, deadlines."""
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
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1
    assert sum("部门整体支出绩效自评表" in t for t in texts) >= 2
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any("资 金 总 额" in r for r in rows) and any("上 年 结 转" in r for r in rows)
    assert any("政府性基金预算财政拨款收入" in t for t in texts)
    assert any("项目资金：总额" in t for t in texts) and any("资金总额：320.00万元" in t for t in texts)
    assert any("1,280,000.00" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("不低于", "不少于", "不超过", "达到", "控制在", "高于", "大于", ">=", "<=", "＞", "＜", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind58_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B58.BLIND58) and {g["set"] for g in golds} == {"blind58"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines give fiscal (a "—" or
    0.00 line adds nothing), a printed 0.00 上年结转 is 0.00, "—" and "/" no amount, 项目总金额
    total beside 本年预算, 财政专户 / 单位资金 never fiscal, self evaluations' money from 全年预算数,
    部门整体 money no project, grade words one character, ASCII >= read ≥, a 资金来源 block's 合计
    year and its 财政拨款 line fiscal."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout: str) -> dict[str, tuple]:
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    heb = money("heb_qhd_budget_stacked_fiscal_income_lines")
    assert heb["基层医疗卫生机构能力提升"] == (None, "4600000.00", "4200000.00", "400000.00")
    assert heb["城区公共厕所提升改造"] == (None, "1855000.00", "1855000.00", None)
    sx = money("sx_jc_declare_spaced_labels_yuan_nature")
    assert sx["高标准农田建设管护"] == (None, "1280000.00", "1080000.00", None)
    assert sx["农村人居环境整治提升"] == (None, "2450000.00", "2000000.00", "450000.00")
    nmg = money("nmg_tl_banner_two_forms_money_sentence")
    assert nmg["乌兰牧骑惠民演出"][3] == "0.00" and nmg["文物保护单位日常巡查"][3] is None
    assert nmg["旅游宣传推介"] == (None, "458000.00", "400000.00", "58000.00")
    ln = by["ln_yk_final_accounts_dept_and_project_self_evals"]
    assert money(ln["layout"])["农村公路养护"] == (None, "7200000.00", "6500000.00", "700000.00")
    assert [(s["project_name"], s["grade"]) for s in ln["self_evaluations"]] == [
        (None, "优"), ("农村公路养护", "优"), ("城乡公交运营补贴", "良")]
    assert ln["self_evaluations"][0]["budget_yuan"] == "41805000.00"
    jl = by["jl_yb_budget_dept_wide_then_projects_heads_row"]
    assert money(jl["layout"])["中小学校舍维修改造"] == (None, "6800000.00", "5200000.00", None)
    assert sum(g["project_name"] is None for g in jl["indicators"]) == 8 and not jl["self_evaluations"]
    ge = next(g for g in jl["indicators"] if g["target_raw"] == ">=42000人")
    assert (ge["comparator"], ge["value"], ge["unit"]) == (">=", 42000, "人")
    hlj = money("hlj_dq_landscape_list_yuan_merged_projects")
    assert hlj["城镇燃气安全隐患排查整治"] == (None, "540000.00", None, None) and len(hlj) == 5
    tj = money("tj_nk_street_total_year_heads_yuan")
    assert tj["老旧小区长效管理"] == ("1800000.00", "600000.00", "600000.00", None)
    assert tj["网格化社会治理"][3] == "0.00"
    ctl = next(g for g in by["tj_nk_street_total_year_heads_yuan"]["indicators"] if g["target_raw"] == "控制在5%以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 5, "%")
    assert money("ha_zk_budget_colon_cells_form_cut_by_break")["养老机构运营补贴"] == (None, "1560000.00", "1560000.00", None)
    sd = by["sd_wh_final_accounts_dept_self_eval_yuan_projects"]
    assert sd["self_evaluations"][0]["project_name"] is None and sd["self_evaluations"][0]["budget_yuan"] == "26800000.00"
    assert money(sd["layout"])["特种设备安全监察"] == (None, "820000.00", "700000.00", None)
    assert [s["grade"] for s in by["bj_hd_self_eval_pairs_landscape_grade_words"]["self_evaluations"]] == ["优", "良"]
    dz = money("sd_dz_school_unit_source_rows_total_last")
    assert dz["校园安保服务购买"] == (None, "545000.00", "480000.00", "65000.00")
    assert dz["课后服务及校园设施维护"] == (None, "1350000.00", "1200000.00", "0.00")
