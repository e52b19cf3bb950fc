"""The BLIND69 layouts (cnbudget.demo.form_layouts_blind69: ten layouts of 浙江, 江苏, 安徽, 福建,
江西, 湖北, 湖南, 广东, 广西 and 海南 finance bureaus' 项目支出绩效目标表 / 绩效自评表 / 部门整体
forms, written by an author who had read neither the form reader nor the earlier blind sets): their
PDFs and gold only, never the reader. The shared checks (well formed, printed) run in
tests/test_form_layouts_blind_gold.py; here the set's own: registered, apart from the earlier sets,
covers what its docstring says, and its money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind69 as B69

EARLIER = earlier_modules("blind69")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind69", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind69", tmp_path_factory)


def test_blind69_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ≥8 provinces, with
    names no earlier set used."""
    assert B69.SETS["blind69"] is B69.BLIND69 and 10 <= len(B69.BLIND69) <= 12
    assert len({name.split("_")[0] for name in B69.BLIND69}) >= 8
    assert "form_layouts_blind67" in EARLIER and "form_layouts_blind69" not in EARLIER
    assert_apart(B69.BLIND69, EARLIER)


def test_blind69_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B69.BLIND69) and {g["set"] for g in golds} == {"blind69"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(s["project_name"] is None for g in golds for s in g["self_evaluations"]) >= 2
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_blind69_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages (one
    layout turned by /Rotate); a list of several projects in one table; a form running over
    two pages; 部门整体 target and self-evaluation forms; 年初预算数 / 全年预算数 / 全年执行数; a
    街道 and a 镇; ranges, deadlines, direction words, 达到 N, 控制在 N 以内."""
    folder, golds = written
    long_docs, landscape, turned = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height or page.rotation in (90, 270) for page in pdf.pages)
            turned += any(page.rotation in (90, 270) for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 2 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and sum("部门整体支出绩效自评表" in t for t in texts) >= 2
    assert sum("年初预算数" in t and "全年执行数" in t for t in texts) >= 3
    assert any("街道办事处" in t for t in texts) and any("镇人民政府" in t for t in texts)
    by = {g["layout"]: g for g in golds}
    assert len(by["ah_tl_budget_landscape_list_many_projects"]["projects"]) == 4
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 4
    assert {">", ">=", "<=", "=", "qualitative", "range"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不低于", "不少于", "不高于", "高于", "定性"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind69_form_runs_over_two_pages(written):
    """The 晋江 file's second form continues on the next page, its grid header repeated."""
    folder, golds = written
    with pdfplumber.open(folder / "fj_jj_split_nature_yuan_stacked_two_pages.pdf") as pdf:
        texts = [re.sub(r"\s+", "", p.extract_text() or "") for p in pdf.pages]
    first = next(k for k, t in enumerate(texts) if "乡镇卫生院标准化建设" in t)
    assert "改造卫生院数量" in texts[first] and "医务人员满意度" in texts[first + 1]
    assert "指标性质" in texts[first + 1] and "乡镇卫生院标准化建设" not in texts[first + 1]


def test_rulings_are_what_the_docstring_says(written):
    """Money rulings on the gold: 财政拨款 / 财政资金 as printed, 上年结转 where printed (0.00 is
    0.00, blank is none), 实施期资金总额 total beside the year, 部门整体 money no project, self
    evaluations' money from 全年预算数, grade words one character."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    zj = {p["project_name"]: p for p in by["zj_cx_budget_targets_fund_source_grid"]["projects"]}
    p = zj["高标准农田建设及管护"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("12800000.00", "10600000.00", "1800000.00")
    assert zj["农村生活污水处理设施运维"]["carried_over_yuan"] is None
    hi = [p["carried_over_yuan"] for p in by["hi_cm_two_forms_a_page_ranges_deadlines"]["projects"]]
    assert hi == ["0.00", "700000.00", None]
    hub = by["hub_xt_budget_dept_wide_then_project_period_money"]
    assert [p["project_name"] for p in hub["projects"]] == ["社区养老服务设施建设（2024-2026年）",
                                                             "困难残疾人生活补贴和重度残疾人护理补贴"]
    assert (hub["projects"][0]["total_yuan"], hub["projects"][0]["year_yuan"]) == ("9000000.00", "3000000.00")
    assert sum(g["project_name"] is None for g in hub["indicators"]) == 8
    fj = by["fj_jj_split_nature_yuan_stacked_two_pages"]["projects"]
    assert [(p["fiscal_yuan"], p["carried_over_yuan"]) for p in fj] == [("17400000.00", None),
                                                                         ("5000000.00", "800000.00")]
    js = by["js_zjg_final_accounts_dept_and_project_self_evals"]
    dept_eval = js["self_evaluations"][0]
    assert dept_eval["project_name"] is None and dept_eval["budget_yuan"] == "1013600000.00"
    assert [s["grade"] for s in js["self_evaluations"]] == ["优", "优", "良"]
    assert js["projects"][1]["fiscal_yuan"] == "7000000.00" and js["projects"][1]["year_yuan"] == "7600000.00"
    assert [s["grade"] for s in by["hun_hh_turned_self_evals_grade_words"]["self_evaluations"]] == ["优", "良"]
    gx = by["gx_fcg_street_final_accounts_short_self_evals"]
    assert gx["projects"] == [{"project_name": "城乡清洁工程", "project_code": None, "total_yuan": None,
                               "year_yuan": "536000.00", "fiscal_yuan": "500000.00", "carried_over_yuan": None}]
    hi_inds = by["hi_cm_two_forms_a_page_ranges_deadlines"]["indicators"]
    ctl = next(g for g in hi_inds if g["target_raw"].startswith("控制在"))
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 20, "万元")
    reach = next(g for g in by["jx_rj_town_short_forms_label_pairs"]["indicators"] if g["target_raw"] == "达到95%")
    assert (reach["comparator"], reach["value"], reach["unit"]) == (">=", 95, "%")
