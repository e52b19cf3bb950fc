"""The BLIND14 layouts (cnbudget.demo.form_layouts_blind14: twelve 市直 departments of 江苏 徐州,
浙江 绍兴, 安徽 合肥, 福建 泉州, 江西 赣州, 山东 潍坊, 河南 郑州, 湖北 襄阳, 湖南 常德, 广东 汕头,
四川 宜宾 and 陕西 宝鸡, written by an author who had read neither the form reader nor the earlier
blind sets): their PDFs and gold only, never the reader. The gold is checked to be well formed and
to say what the PDFs print: every indicator's name and target in one row of a ruled table, its
actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind14 as B14


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind14", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind14", tmp_path_factory)


def test_blind14_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B14.SETS["blind14"] is B14.BLIND14 and 10 <= len(B14.BLIND14) <= 12


def test_blind14_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a 部门整体 target form and a
    部门整体 self evaluation; money in 元 with and without separators, in a caption line, by 资金来源,
    as 预算安排 | 本级财力 | 上级补助, 申请资金, 年度预算数; grade words; words and deadlines as targets."""
    folder, golds = written
    long_docs = 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
    assert long_docs >= 4
    texts = [printed[g["file_name"]][1] for g in golds]
    for word in ("部门整体支出绩效目标表", "部门整体支出绩效自评表", "资金来源", "本级财力", "上级补助", "申请资金",
                 "年度预算数", "项目资金：", "实施期资金总额", "上年结转", "优秀", "良好", "7,250,000.00", "1286000.00"):
        assert any(word in t for t in texts), word
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 8 and sum(i["comparator"] == "qualitative" for i in inds) >= 20
    assert {">=", "<=", ">", "="} <= {i["comparator"] for i in inds}
    for start in ("不少于", "不低于", "不超过", "大于", "高于", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start
    assert any(i["target_raw"].endswith("以上") for i in inds) and any(i["target_raw"].endswith("内") for i in inds)
    assert sum(not g["projects"] and not g["self_evaluations"] for g in golds) == 0
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) == 1


def test_blind14_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B14.BLIND14) and {g["set"] for g in golds} == {"blind14"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert_golds_well_formed(folder, golds, printed)


def test_money_rulings_are_what_the_docstring_says(written):
    """Which printed figure is total, year, fiscal and carried over, layout by layout."""
    _, golds = written
    by = {g["layout"]: g for g in golds}

    def money(layout: str, k: int = 0) -> tuple:
        p = by[layout]["projects"][k]
        return p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]

    # 合计 row's 资金总额, 当年预算 row's 财政拨款, 上年结转 row's 资金总额; "—" no carried
    assert money("js_xz_budget_money_current_carried_rows") == (None, "9800000.00", "7800000.00", "1200000.00")
    assert money("js_xz_budget_money_current_carried_rows", 1)[3] is None
    # 项目总投资 / 本年度资金合计 / 财政拨款 / 上年结转 of the 资金来源 block
    assert money("zj_sx_sources_block_total_investment") == ("12000000.00", "4200000.00", "3500000.00", "500000.00")
    # 元 with separators: 全年预算数 of 年度资金总额, 财政拨款 and 上年结转资金 rows
    assert money("ah_hf_self_eval_yuan_separators") == (None, "7250000.00", "6800000.00", "450000.00")
    assert by["ah_hf_self_eval_yuan_separators"]["self_evaluations"][0]["executed_yuan"] == "7036480.50"
    assert [money("fj_qz_budget_list_apply_amount", k)[1] for k in range(3)] == ["23600000.00", "6805000.00", "3150000.00"]
    assert money("jx_gz_money_in_caption_line") == (None, "3568000.00", "3200000.00", None)
    wf = by["sd_wf_budget_dept_wide_local_upper_funds"]
    assert [p["project_name"] for p in wf["projects"]] == ["校园安全技防设施建设"]
    assert sum(g["project_name"] is None for g in wf["indicators"]) == 8
    zz = by["ha_zz_accounts_dept_and_project_self_eval"]["self_evaluations"]
    assert (zz[0]["project_name"], zz[0]["budget_yuan"], zz[0]["executed_yuan"]) == (None, "126800000.00", "121347600.00")
    assert money("hub_xy_budget_total_and_year_pairs") == ("19500000.00", "6500000.00", "6000000.00", "500000.00")
    assert money("hun_cd_self_eval_money_by_period_rows") == (None, "6200000.00", "5200000.00", "1000000.00")
    assert [s["grade"] for s in by["hun_cd_self_eval_money_by_period_rows"]["self_evaluations"]] == ["优", "良"]
    assert money("gd_st_two_forms_a_page_yuan_plain", 1) == (None, "865400.00", "800000.00", None)
    assert {g["level1"] for g in by["gd_st_two_forms_a_page_yuan_plain"]["indicators"]} == {None}
    assert money("sc_yb_period_and_year_columns") == ("30000000.00", "10000000.00", "8000000.00", None)
    yb = {g["name"]: g["target_raw"] for g in by["sc_yb_period_and_year_columns"]["indicators"]}
    assert yb["引进培育配套企业"] == "≥10家"
    assert money("sn_bj_annual_budget_yuan_three_part_target") == (None, "1560000.00", "1200000.00", None)
    bj = {g["name"]: g["target_raw"] for g in by["sn_bj_annual_budget_yuan_three_part_target"]["indicators"]}
    assert bj["劳动者就业技能水平"] == "定性明显提高" and bj["补贴发放准确率"] == "=100%"


def test_no_target_is_cut_by_a_wrap(written):
    """This set also keeps a short target (up to 14 characters) on one printed line; the figures
    and amounts: tests/test_form_layouts_blind_gold.py."""
    folder, golds = written
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cells = [c for page in pdf.pages for table in page.extract_tables() for row in table for c in row if c]
        for g in gold["indicators"]:
            assert not [c for c in cells if g["target_raw"] in c.replace("\n", "") and g["target_raw"] not in c
                        and len(g["target_raw"]) <= 14], (gold["layout"], g["target_raw"])
