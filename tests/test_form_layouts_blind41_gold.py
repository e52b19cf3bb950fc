"""The BLIND41 layouts (cnbudget.demo.form_layouts_blind41: eleven layouts of 浙江, 江苏, 广东,
福建, 山东, 安徽, 江西, 湖南, 湖北, 广西 and 四川, written by an author who had read neither the
form reader nor the earlier blind sets, printed as county and district finance bureaus print
their 部门预算 / 部门决算 forms): their PDFs and gold only, never the reader. The shared checks
(registered apart, PDFs open, weights, indicators, money, scores and grades printed, no figure
cut by a wrap, gold well formed) run in tests/test_form_layouts_blind_gold.py; this module keeps
the set's own: its size, what it covers and its rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import printed_set, written_set
from cnbudget.demo import form_layouts_blind41 as B41


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind41", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind41", tmp_path_factory)


def test_blind41_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ≥8 provinces."""
    assert B41.SETS["blind41"] is B41.BLIND41 and 10 <= len(B41.BLIND41) <= 12
    provinces = {name.split("_")[0] for name in B41.BLIND41}
    assert len(provinces) >= 8


def test_blind41_size(written):
    _, golds = written
    assert [g["layout"] for g in golds] == list(B41.BLIND41) and {g["set"] for g in golds} == {"blind41"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["projects"]) for g in golds) >= 18
    evals = [s for g in golds for s in g["self_evaluations"]]
    assert len(evals) >= 5 and any(s["project_name"] is None for s in evals)


def test_blind41_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    部门整体 target form and self evaluation; money in 万元 and 元, "—", "/" and 0 in empty
    money cells, the unit in a cell; targets with ≥ / 不少于 / 达到 / >= / ＝ / ＞, deadlines."""
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
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert sum(t.count("项目支出绩效自评表") for t in texts) >= 5
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any(r.startswith("上年结转—") for r in rows) and "上年结转资金///———" in rows
    assert "其他资金000———" in rows and any(r.startswith("上年结转0.00") for r in rows)
    assert any("万元" in r and re.search(r"\d\.\d\d万元", r) for r in rows)
    assert any("金额单位：元" in t for t in texts) and any("单位：万元" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 5
    assert {">", ">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("≥", "≤", "不少于", "不低于", "不超过", "达到", ">=", "<=", "＞", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_rulings_are_what_the_docstring_says(written):
    """Money as the docstring rules it: "—" / "/" / blank carried no amount, 0.00 carried zero,
    the single …财政拨款收入 line is fiscal, 项目总额 total beside 本年预算, a unit in the cell,
    部门整体 money no project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    zj = {p["project_name"]: p for p in by["zj_sx_budget_spaced_labels_pairs_title_unit"]["projects"]}
    assert zj["基层医疗机构能力提升"]["carried_over_yuan"] is None
    assert zj["家庭医生签约服务"]["carried_over_yuan"] == "200000.00"
    assert zj["院前急救体系运行"]["carried_over_yuan"] == "0.00"
    js = {p["project_name"]: p for p in by["js_nt_budget_source_heads_yuan_symbol_cols"]["projects"]}
    p = js["生活垃圾分类运营"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("12450000.00", "9800000.00", None)
    gd = by["gd_zs_dept_wide_tasks_then_project"]
    assert [p["project_name"] for p in gd["projects"]] == ["石岐河涌综合整治"]
    assert sum(g["project_name"] is None for g in gd["indicators"]) == 8
    sd = by["sd_wf_accounts_dept_self_eval_yuan_separators"]
    assert sd["self_evaluations"][0]["project_name"] is None
    assert sd["self_evaluations"][0]["budget_yuan"] == "481536200.00"
    assert [p["fiscal_yuan"] for p in sd["projects"]] == ["18650000.00"]
    assert [s["grade"] for s in by["fj_qz_accounts_self_evals_execution_cols"]["self_evaluations"]] == ["优", "良"]
    hub = {p["project_name"]: p for p in by["hub_yc_budget_labels_above_total_year"]["projects"]}
    p = hub["公共文化服务体系建设（2024-2026年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "24000000.00", "8000000.00", "6500000.00", "1500000.00")
    assert hub["A级旅游景区安全监管"]["total_yuan"] is None and hub["A级旅游景区安全监管"]["carried_over_yuan"] is None
    gx = {p["project_name"]: p for p in by["gx_nn_pairs_unit_in_cell"]["projects"]}
    assert (gx["食品安全抽检监测"]["year_yuan"], gx["食品安全抽检监测"]["carried_over_yuan"]) == ("1200000.00", "200000.00")
    jx = {p["project_name"]: p for p in by["jx_gz_two_forms_a_page_stacked_money_weights"]["projects"]}
    assert jx["就业创业服务补贴"]["carried_over_yuan"] is None
    reach = [g for g in by["sd_wf_accounts_dept_self_eval_yuan_separators"]["indicators"] if g["target_raw"] == "达到100%"]
    assert reach and reach[0]["comparator"] == ">="
