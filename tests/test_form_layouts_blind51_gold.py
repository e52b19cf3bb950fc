"""The BLIND51 layouts (cnbudget.demo.form_layouts_blind51: eleven forms of 浙江, 江苏, 山东,
河南, 广东, 四川, 湖北, 福建, 江西, 贵州 and 河北 as 街道办事处, 乡镇人民政府, schools, a 幼儿园,
hospitals and 卫生院 print them, written by an author who had read neither the form reader nor
the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (apart,
PDFs open, weights, indicators/money/scores/grades printed, no wrap in a figure) run in
tests/test_form_layouts_blind_gold.py; here only what is particular to this set.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind51 as B51


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind51", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind51", tmp_path_factory)


def test_blind51_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over at least 8 provinces."""
    assert B51.SETS["blind51"] is B51.BLIND51 and 10 <= len(B51.BLIND51) <= 12
    provinces = {name.split("_")[0] for name in B51.BLIND51}
    assert len(provinces) >= 8


def test_blind51_covers_what_it_says(written, printed):
    """Small units (街道, 乡镇, schools, hospitals); forms after ordinary tables in long 部门预算 /
    部门决算 documents; a landscape list; a 部门整体 target form and self evaluation; hand-typed
    money labels; a form over pages; ranges, deadlines, direction words, 达到 N."""
    folder, golds = written
    long_docs, landscape, multi_page_forms = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1
    depts = [g["department"] for g in golds]
    for kind in ("街道办事处", "镇人民政府", "中学", "医院", "卫生院", "幼儿园"):
        assert any(kind in d for d in depts), kind
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    for label in ("项目金额", "资金合计", "本年安排", "财政资金", "自有资金", "上年结余", "资金来源", "项目名称"):
        assert any(label in t for t in texts), label
    inds = [i for g in golds for i in g["indicators"]]
    assert {">", "<", ">=", "<=", "=", "range", "qualitative", None} <= {i["comparator"] for i in inds}
    for start in ("达到", "不低于", "不超过", "控制在", "大于", "小于", "高于"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    heb = folder / "heb_bd_street_one_form_over_pages_hand_labels.pdf"
    with pdfplumber.open(heb) as pdf:
        heads = sum("三级指标" in (p.extract_text() or "") for p in pdf.pages)
    assert heads >= 2  # the grid header repeated on the next page


def test_blind51_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B51.BLIND51) and {g["set"] for g in golds} == {"blind51"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The money rulings on the gold: …财政拨款收入 lines as fiscal (never 其他收入), 上年结余 as
    carried (0.00 kept, a dash none), 本年安排 / 资金合计 / 项目金额 as year, 自有资金 never fiscal,
    部门整体 money no project, 达到 N as ≥, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout):
        return {p["project_name"]: (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in by[layout]["projects"]}

    zj = money("zj_hz_street_budget_pairs_unit_in_title")
    assert zj["社区微更新及公共设施维护"] == ("850000.00", "850000.00", "0.00")
    assert zj["辖区垃圾分类督导"] == ("468000.00", "400000.00", "68000.00")
    js = money("js_sz_town_source_grid_yuan")
    assert js["农村人居环境长效管护"] == ("1700000.00", "1280000.00", "100000.00")
    assert js["镇村公交运营补贴"] == ("1000000.00", "960000.00", None)
    gd = by["gd_fs_town_budget_dept_wide_then_stacked_heads"]
    assert [p["project_name"] for p in gd["projects"]] == ["乡村振兴示范村建设", "镇级河涌清淤整治"]
    assert money("gd_fs_town_budget_dept_wide_then_stacked_heads")["乡村振兴示范村建设"] == ("6800000.00", "6000000.00", None)
    assert sum(g["project_name"] is None for g in gd["indicators"]) == 8
    jx = money("jx_ga_town_accounts_three_self_evals_own_funds")
    assert jx["红色名村保护利用"] == ("1650000.00", "1500000.00", "150000.00")
    assert jx["村级组织运转经费"][2] == "0.00" and jx["油茶低产林改造"] == ("925000.00", "665000.00", None)
    fj = {g["name"]: g for g in by["fj_qz_health_center_budget_unit_in_cell"]["indicators"]}
    g = fj["65岁以上老年人健康管理人数"]
    assert (g["target_raw"], g["comparator"], g["value"], g["unit"]) == ("达到2600人", ">=", 2600, "人")
    assert money("fj_qz_health_center_budget_unit_in_cell")["基本公共卫生服务"] == ("450000.00", "450000.00", "0.00")
    ha = by["ha_zz_hospital_accounts_dept_and_project_eval"]
    assert [s["project_name"] for s in ha["self_evaluations"]] == [None, "家庭医生签约服务"]
    assert ha["self_evaluations"][0]["budget_yuan"] == "43862000.00"
    assert money("ha_zz_hospital_accounts_dept_and_project_eval") == {"家庭医生签约服务": ("1860000.00", "1560000.00", None)}
    assert [s["grade"] for s in by["sd_wf_school_self_eval_money_columns"]["self_evaluations"]] == ["优", "良"]
    heb = money("heb_bd_street_one_form_over_pages_hand_labels")
    assert heb == {"老旧小区综合整治及物业提升": ("13860000.00", "12860000.00", "1000000.00")}
