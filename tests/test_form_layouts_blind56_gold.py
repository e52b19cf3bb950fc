"""The BLIND56 layouts (cnbudget.demo.form_layouts_blind56: ten forms of 陕西, 甘肃, 青海, 宁夏,
新疆, 贵州, 云南, 西藏, 四川 and 重庆, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (apart
from earlier sets, PDFs open, indicators / money / scores / grades printed) run in
tests/test_form_layouts_blind_gold.py; this module keeps the set's own counts, what it covers
and its rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind56 as B56

EARLIER = earlier_modules("blind56")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind56", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind56", tmp_path_factory)


def test_blind56_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, of ten provinces, named
    apart from every earlier set."""
    assert B56.SETS["blind56"] is B56.BLIND56 and 10 <= len(B56.BLIND56) <= 12
    provinces = {name.split("_")[0] for name in B56.BLIND56}
    assert provinces == {"sn", "gs", "qh", "nx", "xj", "gz", "yn", "xz", "sc", "cq"}
    assert "form_layouts_blind55" in EARLIER and "form_layouts_blind9" in EARLIER
    assert_apart(B56.BLIND56, EARLIER)


def test_blind56_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape list; a
    部门整体 target form and self evaluations; spaced money labels, a money sentence, …财政拨款收入
    source heads, 中央补助资金; ranges, a deadline, 达到 / 控制在 / 低于 / 高于 / words."""
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
    assert sum("部门整体支出绩效目标表" in t for t in texts) >= 1
    assert sum("部门整体支出绩效自评表" in t for t in texts) >= 2
    for words in ("资金总额", "一般公共预算财政拨款收入", "中央补助资金", "按收入性质分", "项目总额",
                  "全年执行数"):
        assert any(words in "".join(printed[g["file_name"]][0]) for g in golds), words
    assert any("资金总额45.00万元，其中：财政资金45.00万元" in t for t in texts)
    raw = {}
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            raw[gold["layout"]] = "".join(p.extract_text() or "" for p in pdf.pages)
    assert "资 金 总 额" in raw["sn_wn_budget_spaced_money_labels"]
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative", "range"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "低于", "高于", "不低于", "不少于", "不超过", "＞", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert any(i["level1"] is None for i in inds)


def test_blind56_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B56.BLIND56) and {g["set"] for g in golds} == {"blind56"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout: str) -> dict[str, tuple]:
        return {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
                for p in by[layout]["projects"]}

    sn = money("sn_wn_budget_spaced_money_labels")
    assert sn["高标准农田建设管护"] == (None, "3800000.00", "3000000.00", "800000.00")
    assert sn["重大动物疫病防控"] == (None, "1265000.00", "1265000.00", "0.00")  # printed 0.00 上年结转
    assert sn["农村人居环境整治提升"] == (None, "2100000.00", "1500000.00", None)  # "—", 其他资金 not fiscal
    qh = money("qh_hd_town_short_forms_money_sentence")
    assert qh["农村环境卫生保洁"] == (None, "864000.00", "600000.00", "264000.00")
    nx = by["nx_zw_budget_dept_wide_income_source_heads"]
    assert len(nx["projects"]) == 2 and sum(g["project_name"] is None for g in nx["indicators"]) == 8
    nxm = money("nx_zw_budget_dept_wide_income_source_heads")
    assert nxm["学校校舍维修改造"] == (None, "5200000.00", "4400000.00", "400000.00")  # 事业收入 not fiscal
    assert nxm["青少年体育赛事活动"] == (None, "960000.00", "960000.00", None)  # two …财政拨款收入 lines summed
    xz = money("xz_rkz_budget_central_subsidy_symbol_column")
    assert xz["包虫病综合防治"] == (None, "2680000.00", "880000.00", "0.00")  # 中央补助资金 never fiscal
    yn = money("yn_lj_hospital_declaration_total_year_yuan")
    assert yn["县域医疗卫生次中心建设（2025-2027年）"] == ("3600000.00", "1200000.00", "1000000.00", "200000.00")
    xj = money("xj_hm_budget_landscape_list_direction_column")
    assert xj["高效节水灌溉工程"] == (None, "26400000.00", "12000000.00", None)
    gs = by["gs_zy_accounts_self_evals_yuan_reason_split"]
    assert gs["self_evaluations"][0]["project_name"] is None and gs["self_evaluations"][0]["budget_yuan"] == "46820300.00"
    assert not any(p["project_name"] is None for p in gs["projects"])
    assert [s["grade"] for s in gs["self_evaluations"]] == ["优", "优", "良"]
    assert [s["grade"] for s in by["gz_as_school_self_eval_label_value_pairs"]["self_evaluations"]] == ["优", "良"]
    sc = by["sc_gy_accounts_dept_self_eval_income_kinds"]
    assert [s["grade"] for s in sc["self_evaluations"]] == ["良", "优"]
    assert sc["self_evaluations"][0]["executed_yuan"] == "89476400.00"
    cq = {g["target_raw"]: g for g in by["cq_fl_street_budget_two_forms_a_page_ranges"]["indicators"]}
    assert (cq["90%-95%"]["comparator"], cq["90%-95%"]["value"], cq["90%-95%"]["upper"]) == ("range", 90, 95)
    assert (cq["控制在120万元以内"]["comparator"], cq["控制在120万元以内"]["value"]) == ("<=", 120)
    assert cq["2025年10月底前"]["comparator"] is None and cq["达到48人"]["comparator"] == ">="
