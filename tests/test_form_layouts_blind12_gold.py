"""The BLIND12 layouts (cnbudget.demo.form_layouts_blind12: eleven forms of big-city districts —
北京, 上海, 天津 滨海新区, 苏州, 杭州, 广州, 深圳, 武汉, 延安, 雄安新区 and 福州 — written by an
author who had read neither the form reader nor the earlier blind sets): their PDFs and gold
only, never the reader. The gold is checked to be well formed and to say what the PDFs print:
every indicator's name and target in one row of a ruled table, its actual value there too,
every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind12 as B12


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind12", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind12", tmp_path_factory)


def test_blind12_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B12.SETS["blind12"] is B12.BLIND12 and 10 <= len(B12.BLIND12) <= 12


def test_blind12_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; the MOF-style columns;
    the 项目期限 / 项目类别 / 项目性质 header fields; numbered 预算表 titles; a 栏次 row; a
    form over two pages with its header printed once; ranges, deadlines, ＞, 不低于, words."""
    folder, golds = written
    long_docs = 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
    assert long_docs >= 4
    texts = {g["layout"]: "".join(printed[g["file_name"]][0]) for g in golds}  # table cells, wraps joined
    assert all(h in texts["bj_cy_budget_mof_type_criteria"] for h in ("指标值类型", "评（扣）分标准", "指标解释", "权重"))
    assert all(h in texts["sh_jd_header_fields_labels_above"]
               for h in ("项目期限", "项目类别", "项目性质", "项目概况", "立项依据", "特定目标类", "经常性", "一次性"))
    assert "预算表9" in printed["gd_gz_budget_list_numbered_title.pdf"][1]
    assert any("栏次" in r for r in printed["he_xa_new_area_serial_flat_levels.pdf"][0])
    with pdfplumber.open(folder / "tj_bh_budget_two_pages_no_repeat.pdf") as pdf:
        heads = [p.page_number for p in pdf.pages if "指标值设定依据" in re.sub(r"\s+", "", p.extract_text() or "")]
        form_pages = [p.page_number for p in pdf.pages if "项目支出绩效目标表" in (p.extract_text() or "")]
        assert len(heads) == 1 and pdf.pages[-1].page_number > form_pages[0]
    tj_rows = printed["tj_bh_budget_two_pages_no_repeat.pdf"]
    assert texts["zj_hz_dept_wide_cost_level1"].count("成本指标") >= 1 and tj_rows
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 5 and sum(i["comparator"] is None for i in inds) >= 5
    assert {">", "<=", ">=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    assert any(i["target_raw"].startswith("＞") for i in inds) and any(i["target_raw"].startswith("不低于") for i in inds)
    assert any("%-" in i["target_raw"] for i in inds) and any("～" in i["target_raw"] for i in inds)


def test_blind12_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B12.BLIND12) and {g["set"] for g in golds} == {"blind12"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """A few of the set's rulings spelled out on the gold: 指标值类型 left out of the target,
    项目总金额 as total, 上年结转 as carried, 资金来源 giving only the 合计, 部门整体 money no
    project, 成本指标 as a 一级 read input, grade words read as one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    bj = {g["name"]: g for g in by["bj_cy_budget_mof_type_criteria"]["indicators"]}
    assert bj["签约居民满意度"]["target_raw"] == "90%-95%" and bj["居民健康素养水平"]["target_raw"] == "有效提升"
    assert bj["补助资金拨付时限"]["comparator"] is None
    sh = by["sh_jd_header_fields_labels_above"]["projects"][0]
    assert (sh["total_yuan"], sh["year_yuan"], sh["fiscal_yuan"]) == ("8600000.00", "4300000.00", "4000000.00")
    tj = by["tj_bh_budget_two_pages_no_repeat"]["projects"][0]
    assert (tj["year_yuan"], tj["fiscal_yuan"], tj["carried_over_yuan"]) == ("30200000.00", "28000000.00", "2200000.00")
    sn = by["sn_ya_source_breakdown_varied_targets"]["projects"]
    assert [(p["year_yuan"], p["fiscal_yuan"]) for p in sn] == [("7000000.00", None), ("7500000.00", None)]
    zj = by["zj_hz_dept_wide_cost_level1"]
    assert not zj["projects"] and {g["project_name"] for g in zj["indicators"]} == {None}
    assert {g["level1"] for g in zj["indicators"] if g["level1_raw"] == "成本指标"} == {"input"}
    sz = by["gd_sz_ft_dept_and_project_self_eval"]["self_evaluations"]
    assert [s["grade"] for s in sz] == ["优", "优"] and sz[0]["project_name"] is None
    js = by["js_sz_final_accounts_self_eval_deviation"]["self_evaluations"]
    assert [s["grade"] for s in js] == ["优", "良"]
