"""The BLIND63 layouts (cnbudget.demo.form_layouts_blind63: ten forms of 湖北, 湖南, 广东, 广西,
江西, 河南, 安徽, 重庆, 四川 and 贵州, written by an author who had read neither the form reader nor
the earlier blind sets): their PDFs and gold only, never the reader. The shared checks (printed
indicators, money, weights, wraps) run in tests/test_form_layouts_blind_gold.py; this file keeps
what is particular to the set.
"""
from __future__ import annotations

import importlib
import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind63 as B63

# every layout module before this set: form_layouts, the first blind set and blind2 … blind62
EARLIER = earlier_modules("blind63")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind63", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind63", tmp_path_factory)


def test_blind63_set_is_registered_and_apart():
    """Its layouts' dict is the set registered, of the size it says, over ten provinces, every
    layout name and province_city prefix new."""
    assert B63.SETS["blind63"] is B63.BLIND63 and 10 <= len(B63.BLIND63) <= 12
    provinces = {name.split("_")[0] for name in B63.BLIND63}
    assert len(provinces) >= 8
    assert "form_layouts_blind59" in EARLIER and "form_layouts_blind63" not in EARLIER
    assert_apart(B63.BLIND63, EARLIER)
    earlier_prefixes = set()
    for module_name in EARLIER:
        module = importlib.import_module(f"cnbudget.demo.{module_name}")
        for layouts in module.SETS.values():
            earlier_prefixes |= {"_".join(str(n).split("_")[:2]) for n in layouts if isinstance(n, str)}
    assert not {"_".join(n.split("_")[:2]) for n in B63.BLIND63} & earlier_prefixes


def test_blind63_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape and turned pages;
    a 部门整体 target form and self evaluation; …财政拨款收入 source lines, money in 元 with and
    without separators, heads over values; deadlines, 达到 N, 控制在 N 以内, direction words."""
    folder, golds = written
    long_docs, landscape, turned = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 5 and landscape >= 2 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("部门（单位）整体支出绩效目标表" in t for t in texts) >= 1 and any("部门整体支出绩效自评表" in t for t in texts)
    rows = [r for g in golds for r in printed[g["file_name"]][0]]
    assert any("政府性基金预算财政拨款收入" in r for r in rows)
    assert any("其中：上级转移支付（元）" in r for r in rows) and any("项目总金额（元）" in r for r in rows)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] is None for i in inds) >= 8
    assert {">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不低于", "不少于", "不超过", "不高于", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind63_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B63.BLIND63) and {g["set"] for g in golds} == {"blind63"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: …财政拨款收入 lines summed (a blank line
    adds nothing), 0.00 上年结转 is 0.00 and a blank one nothing, a self evaluation's 上年结转资金
    line is its carried, 上级转移支付 inside 财政拨款, 项目总额 beside 当年预算, 部门整体 money no
    project, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    hub = {p["project_name"]: p for p in by["hub_es_budget_source_lines_weights"]["projects"]}
    assert [(p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in hub.values()] == [
        ("16500000.00", "15000000.00", "1500000.00"), ("5000000.00", "4800000.00", "0.00"),
        ("865000.00", "865000.00", None)]
    hun = by["hun_sy_accounts_open_self_evals"]
    assert [(p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) for p in hun["projects"]] == [
        ("13826000.00", "13326000.00", "500000.00"), ("4600000.00", "4600000.00", "0.00")]
    assert hun["self_evaluations"][0]["project_name"] is None and hun["self_evaluations"][0]["budget_yuan"] == "51264000.00"
    assert [s["grade"] for s in hun["self_evaluations"]] == ["优", "优", "优"]
    jx = by["jx_fz_budget_dept_wide_then_projects"]
    assert [p["project_name"] for p in jx["projects"]] == ["特困人员救助供养", "城乡居民最低生活保障"]
    assert sum(g["project_name"] is None for g in jx["indicators"]) == 8
    assert jx["projects"][1]["carried_over_yuan"] is None
    gz = {p["project_name"]: p for p in by["gz_qxn_school_budget_two_forms_transfer"]["projects"]}
    assert (gz["学生资助"]["year_yuan"], gz["学生资助"]["fiscal_yuan"]) == ("386000.00", "386000.00")
    cq = by["cq_jj_street_landscape_heads_over_values"]["projects"][0]
    assert (cq["total_yuan"], cq["year_yuan"], cq["fiscal_yuan"], cq["carried_over_yuan"]) == (
        "3600000.00", "1200000.00", "1000000.00", "200000.00")
    gd = by["gd_cz_two_forms_a_page_yuan_pairs"]["projects"][1]
    assert (gd["total_yuan"], gd["year_yuan"], gd["fiscal_yuan"]) == ("3600000.00", "1200000.00", "1000000.00")
    assert [s["grade"] for s in by["ah_xc_accounts_self_evals_yuan_pairs"]["self_evaluations"]] == ["优", "良"]
    assert by["sc_ga_hospital_self_eval_sources_total_last"]["self_evaluations"][0]["grade"] == "优"
    ctl = next(g for g in by["cq_jj_street_landscape_heads_over_values"]["indicators"] if g["target_raw"].startswith("控制在"))
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 120, "万元")
