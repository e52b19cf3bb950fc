"""The BLIND46 layouts (cnbudget.demo.form_layouts_blind46: ten layouts of 四川, 重庆, 贵州, 云南,
陕西, 甘肃, 宁夏, 新疆, 青海 and 广西 县级部门, 乡镇 and 街道, written for realism by an author who
had read neither the form reader nor the earlier blind sets): their PDFs and gold only, never the
reader. The shared checks (registered apart, PDFs open, weights, indicators, money, scores and
grades printed, no figure cut by a wrap) run in tests/test_form_layouts_blind_gold.py; this file
keeps the set's own: its size, what it covers, and its money rulings spelled out on the gold.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind46 as B46


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind46", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind46", tmp_path_factory)


def test_blind46_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ≥8 provinces."""
    assert B46.SETS["blind46"] is B46.BLIND46 and 10 <= len(B46.BLIND46) <= 12
    provinces = {name.split("_")[0] for name in B46.BLIND46}
    assert len(provinces) >= 8


def test_blind46_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape list; a
    部门整体 target form and self evaluation; 乡镇 and 街道 forms; …财政拨款收入 source lines;
    money in 元 and 万元; "—" and "/" in empty money cells; several forms to a page; a form cut
    by a page break mid-grid; ranges, deadlines, 达到 N, 控制在 N 以内, 不少于 N."""
    folder, golds = written
    long_docs, landscape, shared_pages, split = 0, 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
            texts = [re.sub(r"\s+", "", p.extract_text() or "") for p in pdf.pages]
            shared_pages += any(t.count("绩效目标表") + t.count("绩效自评表") >= 2 for t in texts)
            # a page that opens on grid rows (no title, no 项目名称) continues a form cut mid-grid
            split += any(i > 1 and "指标" in t and not re.search(r"^\S{0,40}?(表|项目名称)", t[:60]) for i, t in enumerate(texts))
    assert long_docs >= 4 and landscape >= 1 and shared_pages >= 3 and split >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门（单位）整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("镇人民政府" in g["department"] for g in golds) and any("街道办事处" in g["department"] for g in golds)
    assert any("政府性基金预算财政拨款收入" in t and "单位资金" in t for t in texts)
    assert any("单位：元" in t or "单位:元" in t for t in texts) and any("万元" in t for t in texts)
    assert sum("—" in t for t in texts) >= 5 and sum("/" in t for t in texts) >= 4
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">=", "<=", "=", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不少于", "定性", "≥", "≤", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind46_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B46.BLIND46) and {g["set"] for g in golds} == {"blind46"}
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings on the gold: …财政拨款收入 lines summed (a "/" line adds
    nothing, 单位资金 never fiscal), 财政资金 fiscal, a printed 0.00 上年结转 is 0.00, a "—" 上年结转
    no amount, 项目总额 total beside 年度资金, 部门整体 money no project, grade words one
    character, 达到 N and 控制在 N 以内 read as bounds."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    sc = {p["project_name"]: p for p in by["sc_my_budget_income_source_lines_two_forms"]["projects"]}
    p = sc["高标准农田建设管护"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("5500000.00", "5200000.00", None)
    assert sc["动物疫病防控"]["fiscal_yuan"] == "1386000.00" and sc["动物疫病防控"]["project_code"] == "51072225R000000012388"
    cq = {p["project_name"]: p for p in by["cq_yb_town_three_short_forms_yuan_pairs"]["projects"]}
    assert cq["农村人居环境整治"]["carried_over_yuan"] == "0.00"
    p = cq["地质灾害隐患点监测"]
    assert (p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == ("236500.00", "200000.00", "36500.00")
    gx = {p["project_name"]: p for p in by["gx_bs_budget_two_forms_a_page_fiscal_named"]["projects"]}
    assert (gx["农村公路养护"]["fiscal_yuan"], gx["农村公路养护"]["carried_over_yuan"]) == ("4200000.00", "400000.00")
    assert gx["客运站运营补贴"]["carried_over_yuan"] == "0.00" and gx["交通安全隐患整治"]["carried_over_yuan"] is None
    qh = {p["project_name"]: p for p in by["qh_xn_multi_year_total_year_rows_yuan"]["projects"]}
    p = qh["公共文化服务体系建设（2024-2026年）"]
    assert (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"]) == (
        "3600000.00", "1200000.00", "1000000.00", None)
    assert qh["全民健身设施更新（2024-2026年）"]["carried_over_yuan"] == "300000.00"
    sn = by["sn_hz_budget_dept_wide_stacked_then_project"]
    assert [p["project_name"] for p in sn["projects"]] == ["农村供水工程维修养护"]
    assert sum(g["project_name"] is None for g in sn["indicators"]) == 12
    ctl = next(g for g in sn["indicators"] if g["target_raw"] == "控制在3万元以内")
    assert (ctl["comparator"], ctl["value"], ctl["unit"]) == ("<=", 3, "万元")
    reach = next(g for g in sn["indicators"] if g["target_raw"] == "达到45平方公里")
    assert (reach["comparator"], reach["value"]) == (">=", 45)
    yn = by["yn_qj_accounts_self_evals_grade_words"]
    assert [s["grade"] for s in yn["self_evaluations"]] == ["优", "良"]
    assert [s["score"] for s in yn["self_evaluations"]] == [96.76, 94.01]
    xj = by["xj_cj_accounts_dept_self_eval_then_project"]
    assert xj["self_evaluations"][0]["project_name"] is None and xj["self_evaluations"][0]["budget_yuan"] == "398200000.00"
    assert [p["project_name"] for p in xj["projects"]] == ["学生资助补助经费"]
    gs = by["gs_ts_self_evals_spaced_labels_yuan"]
    assert [(s["budget_yuan"], s["executed_yuan"]) for s in gs["self_evaluations"]] == [
        ("6820000.00", "6756300.00"), ("3960000.00", "3542800.00")]
    assert gs["projects"][0]["fiscal_yuan"] == "6500000.00"
    gz = {g["name"]: g for g in by["gz_zy_budget_landscape_list_money_columns"]["indicators"]}
    assert gz["奖励扶助标准"]["unit"] == "元/人·年" and gz["购置医疗设备台（套）数"]["unit"] == "台(套)"
