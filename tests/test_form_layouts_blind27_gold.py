"""The BLIND27 layouts (cnbudget.demo.form_layouts_blind27: eleven forms of 河北, 湖北, 广东, 浙江,
江苏, 湖南, 山东, 福建, 广西, 陕西 and 安徽, written by an author who had read neither the form
reader nor the earlier blind sets): their PDFs and gold only, never the reader. The gold is
checked to be well formed and to say what the PDFs print: every indicator's name and target in
one row of a ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind27 as B27


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind27", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind27", tmp_path_factory)


def test_blind27_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B27.SETS["blind27"] is B27.BLIND27 and 10 <= len(B27.BLIND27) <= 12
    provinces = {name.split("_")[0] for name in B27.BLIND27}
    assert len(provinces) >= 8


def test_blind27_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; 专项债券 / 中央补助 sources; ranges, deadlines,
    direction words, 达到 N, 控制在 N 以内."""
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
    assert any("专项债券" in t and "中央补助" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", "<", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("大于等于", "达到", "控制在", "不超过", "低于", "高于", "＞"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind27_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B27.BLIND27) and {g["set"] for g in golds} == {"blind27"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines summed (a blank line
    adds nothing), 专项债券 / 中央补助 / 事业收入 never fiscal, 0.00 carried no amount, 项目总额 /
    项目总投资 total beside the year, 部门整体 money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    heb = {p["project_name"]: p for p in by["heb_lf_budget_single_forms_income_source_lines"]["projects"]}
    p = heb["基本公共卫生服务项目"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("8600000.00", "6200000.00", "2400000.00")
    p = heb["院前急救能力建设"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("4500000.00", "4200000.00", None)
    gx = {p["project_name"]: p for p in by["gx_lz_budget_two_forms_a_page_bond_central_sources"]["projects"]}
    assert (gx["中小河流治理"]["year_yuan"], gx["中小河流治理"]["fiscal_yuan"]) == ("15800000.00", "3800000.00")
    sd = {p["project_name"]: p for p in by["sd_ta_long_forms_yuan_weights_repeated_header"]["projects"]}
    p = sd["农村公路养护工程"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "12000000.00", "4800000.00", "4300000.00", "500000.00")
    assert sd["公交车辆购置补贴"]["carried_over_yuan"] is None
    hun = by["hun_xt_budget_dept_wide_then_project_total_year"]
    assert [p["project_name"] for p in hun["projects"]] == ["城乡低保资金", "养老服务体系建设（2024-2026年）"]
    assert hun["projects"][1]["total_yuan"] == "9000000.00" and hun["projects"][1]["year_yuan"] == "3000000.00"
    assert sum(g["project_name"] is None for g in hun["indicators"]) == 8
    ctl = next(g for g in hun["indicators"] if g["target_raw"] == "控制在5%以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 5, "%")
    sn = by["sn_xy_dept_wide_labels_above_income_lines"]
    assert not sn["projects"] and not sn["self_evaluations"] and {g["project_name"] for g in sn["indicators"]} == {None}
    zj = by["zj_jh_accounts_project_self_evals_rate_first"]
    assert [p["carried_over_yuan"] for p in zj["projects"]] == ["2000000.00", None]
    js = by["js_cz_accounts_dept_self_eval_then_project_pairs"]
    assert js["self_evaluations"][0]["project_name"] is None and js["self_evaluations"][0]["budget_yuan"] == "186500000.00"
    assert [s["grade"] for s in js["self_evaluations"]] == ["优", "良"]
    assert [s["grade"] for s in by["fj_sm_landscape_self_evals_pairs_row_split_target"]["self_evaluations"]] == ["优", "良"]
    hub = {g["name"]: g["target_raw"] for g in by["hub_hs_budget_landscape_list_direction_words"]["indicators"]}
    assert hub["道路机械化清扫率"] == "大于等于85%" and hub["城区市容环境"] == "定性显著改善"
