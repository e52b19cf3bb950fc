"""The BLIND57 layouts (cnbudget.demo.form_layouts_blind57: ten forms of 山东, 江苏, 浙江, 安徽,
福建, 江西, 上海, 广东 and 海南, written by an author who had read neither the form reader nor the
earlier blind sets): their PDFs and gold only, never the reader. The shared checks (registered
apart, PDFs open, weights, indicators / money / scores printed, no figure cut by a wrap) run in
tests/test_form_layouts_blind_gold.py; here what is particular to this set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind57 as B57


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind57", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind57", tmp_path_factory)


def test_blind57_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over eight provinces or more."""
    assert B57.SETS["blind57"] is B57.BLIND57 and 10 <= len(B57.BLIND57) <= 12
    provinces = {name.split("_")[0] for name in B57.BLIND57}
    assert len(provinces) >= 8 and provinces <= {"sd", "js", "zj", "ah", "fj", "jx", "sh", "gd", "hi"}


def test_blind57_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; spaced money labels, 资金来源 lines, "/" and "—"
    cells, units in cells; ranges, deadlines, direction words, 达到 N, 控制在 N 以内."""
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
    assert any("资金总额" in t for t in texts)  # the spaced label 资 金 总 额, its spaces dropped
    assert any("一般公共预算财政拨款收入" in t and "政府性基金预算财政拨款收入" in t for t in texts)
    assert any("86.40万元" in t for t in texts) and any("财政专户管理资金" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">=", "<=", "=", "qualitative", "range"} <= {i["comparator"] for i in inds}
    for start in ("大于等于", "小于等于", "等于", "定性", "达到", "控制在", "不超过", "不低于", "不少于", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind57_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B57.BLIND57) and {g["set"] for g in golds} == {"blind57"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines summed, a printed 0.00
    上年结转 is 0.00, "—" / "/" no amount, 单位资金 / 财政专户 never fiscal, a money sentence read
    by its labels, a 部门整体 form's money no project, units in cells, 达到 / 控制在 / direction
    words, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout):
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    sd = money("sd_dz_budget_spaced_money_unit_in_title")
    assert sd["高标准农田建设"] == (None, "12800000.00", "12000000.00", "0.00")
    assert sd["农业社会化服务"] == (None, "3600000.00", "3600000.00", None)
    assert sd["动物疫病防控"][3] == "255000.00"
    js = money("js_sq_source_grid_yuan_split_nature")
    assert js["基层医疗卫生机构能力提升"] == (None, "6850000.00", "6200000.00", "300000.00")
    zj = money("zj_zs_budget_two_forms_a_page_heads_row")
    assert zj["海岛文化惠民演出（2025-2027年）"] == ("2400000.00", "800000.00", "800000.00", None)
    ah = by["ah_mas_final_accounts_stage_columns_slash"]
    assert ah["self_evaluations"][0]["project_name"] is None and ah["self_evaluations"][0]["budget_yuan"] == "43200000.00"
    assert money("ah_mas_final_accounts_stage_columns_slash")["居家养老服务补贴"] == (None, "2720000.00", "2600000.00",
                                                                                   "120000.00")
    assert {s["grade"] for s in ah["self_evaluations"]} == {None}
    jx = by["jx_px_budget_dept_wide_money_sentence"]
    assert [p["project_name"] for p in jx["projects"]] == ["学生营养改善计划"]
    assert money("jx_px_budget_dept_wide_money_sentence")["学生营养改善计划"] == (None, "4200000.00", "4000000.00",
                                                                               "200000.00")
    assert sum(g["project_name"] is None for g in jx["indicators"]) == 11
    sh = money("sh_mh_street_short_forms_units_in_cells")
    assert sh["社区综合帮扶"] == (None, "864000.00", "800000.00", None)
    sh_inds = {g["name"]: g for g in by["sh_mh_street_short_forms_units_in_cells"]["indicators"]}
    assert sh_inds["帮扶困难家庭户数"]["target_raw"] == "大于等于420户" and sh_inds["帮扶困难家庭户数"]["comparator"] == ">="
    assert sh_inds["困难家庭生活状况"]["comparator"] == "qualitative"
    gd = by["gd_jy_landscape_self_evals_yuan_pairs_words"]
    assert [s["grade"] for s in gd["self_evaluations"]] == ["优", "良", "优"]
    assert money("gd_jy_landscape_self_evals_yuan_pairs_words")["户外广告招牌整治"] == (None, "750000.00", "700000.00",
                                                                                       None)
    hi = money("hi_dz_hospital_long_forms_labels_above")
    assert hi["医院信息化升级改造"] == (None, "3200000.00", "3200000.00", "0.00")
    zjj = by["js_zj_unit_budget_source_heads_words"]
    assert money("js_zj_unit_budget_source_heads_words")["公厕运行维护"] == (None, "2650000.00", "2200000.00", "200000.00")
    words = {g["target_raw"]: (g["comparator"], g["value"], g["unit"]) for g in zjj["indicators"]}
    assert words["控制在2.2万元以内"] == ("<=", 2.2, "万元") and words["达到12辆"] == (">=", 12, "辆")
