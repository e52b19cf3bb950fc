"""The BLIND17 layouts (cnbudget.demo.form_layouts_blind17: eleven forms of 乡镇 / 街道 and 事业单位
of 浙江, 广东, 福建, 四川, 重庆 and 江西, written by an author who had read neither the form reader
nor the earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be
well formed and to say what the PDFs print: every indicator's name and target in one row of a
ruled table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import (assert_apart, assert_golds_well_formed, assert_indicators_printed,
                               assert_money_scores_and_grades_printed, assert_pdfs_open,
                               assert_weights_add_up, printed_forms, printed_text)
from cnbudget.demo import form_layouts_blind17 as B17

EARLIER = ("form_layouts", "form_layouts_blind", "form_layouts_blind2", "form_layouts_blind3", "form_layouts_blind4",
           "form_layouts_blind5", "form_layouts_blind6", "form_layouts_blind7", "form_layouts_blind8",
           "form_layouts_blind9", "form_layouts_blind10", "form_layouts_blind11", "form_layouts_blind12",
           "form_layouts_blind13", "form_layouts_blind14", "form_layouts_blind15", "form_layouts_blind16")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blind17")
    return folder, B17.write_set("blind17", folder)


@pytest.fixture(scope="module")
def printed(written) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_text(*written)


def test_blind17_set_is_registered_and_apart():
    assert list(B17.SETS) == ["blind17"] and B17.SETS["blind17"] is B17.BLIND17 and 10 <= len(B17.BLIND17) <= 12
    assert_apart(B17.BLIND17, EARLIER)


def test_blind17_pdfs_open(written):
    assert_pdfs_open(*written)


def test_blind17_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; a landscape form; a
    form over pages with its header repeated; 浙江's 部门项目支出绩效表 list; money lines in
    one cell; ranges, deadlines, word comparators, grade words."""
    folder, golds = written
    long_docs, landscape = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            landscape += any(page.width > page.height for page in pdf.pages)
    assert long_docs >= 4 and landscape >= 1
    texts = {g["layout"]: printed[g["file_name"]][1] for g in golds}
    assert "部门项目支出绩效表" in texts["zj_jx_town_list_then_pair_money"]
    assert any("良好" in t for t in texts.values()) and any("优秀" in t for t in texts.values())
    with pdfplumber.open(folder / "jx_nc_school_no_level1_weights_repeat.pdf") as pdf:
        heads = [p.extract_text().count("评分标准") for p in pdf.pages[1:]]
    assert heads[:2] == [1, 1], heads  # the long form's header printed again on its second page
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 2 and sum(i["comparator"] is None for i in inds) >= 5
    assert {">", "<", "=", ">=", "<=", "qualitative"} <= {i["comparator"] for i in inds}
    assert any(i["target_raw"].startswith("不低于") for i in inds) and any(i["target_raw"].startswith("低于") for i in inds)
    assert len(inds) >= 140


def test_blind17_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B17.BLIND17) and {g["set"] for g in golds} == {"blind17"}
    assert sum(len(g["indicators"]) for g in golds) >= 140
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert sum(len(g["projects"]) for g in golds) >= 15
    assert_golds_well_formed(folder, golds, printed)


def test_weights_add_up(written):
    """Where a form prints a 分值 / 权重 per indicator, a form's weights make 100 (targets)
    or 90 (self-evaluations, whose money line carries the other 10)."""
    assert_weights_add_up(written[1])


def test_indicators_are_printed_as_in_the_gold(written, printed):
    """Each indicator's name, target (split cells joined) and actual value in one table row."""
    assert_indicators_printed(written[1], printed)


def test_money_scores_and_grades_are_printed(written, printed):
    assert_money_scores_and_grades_printed(written[1], printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: which printed figure is total, year,
    fiscal and carried; 部门整体 money no project; list-only projects; grade words."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    money = lambda layout: {p["project_name"]: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"],
                                                p["carried_over_yuan"]) for p in by[layout]["projects"]}
    zj = money("zj_jx_town_list_then_pair_money")
    assert zj["农村生活污水治理设施运维"] == (None, "1860000.00", "1600000.00", None)
    assert zj["村级组织运转保障"] == (None, "2456000.00", None, None) and len(zj) == 4
    hz = money("zj_hz_street_clinic_self_eval_split_yuan")
    assert hz["家庭医生签约服务"] == (None, "1286400.00", "1086400.00", "200000.00")
    assert hz["基本公共卫生服务"][3] is None
    gd = money("gd_zs_town_period_year_heads_above")
    assert gd["小榄镇河涌综合整治工程"] == ("28000000.00", "9000000.00", "8500000.00", None)
    gdi = {g["name"]: g["target_raw"] for g in by["gd_zs_town_period_year_heads_above"]["indicators"]}
    assert gdi["河涌清淤长度"] == "≥6.5公里"  # the 年度指标值, not the 实施期 one
    qz = money("fj_qz_county_hospital_source_list_yuan")
    assert qz["县域医疗次中心能力建设"] == (None, "3460000.00", "2600000.00", "300000.00")
    sc = money("sc_cd_street_money_lines_in_one_cell")
    assert sc["老旧院落物业管理补助"] == (None, "1264000.00", "1100000.00", None)
    ja = money("jx_ja_town_dept_wide_then_project_carried")
    assert ja == {"乡村振兴衔接项目管护": (None, "1560000.00", "1200000.00", "360000.00")}
    nc = money("jx_nc_school_no_level1_weights_repeat")
    assert nc["智慧校园建设"] == ("6000000.00", "2000000.00", "1500000.00", "500000.00")
    assert all(g["level1"] is None for g in by["jx_nc_school_no_level1_weights_repeat"]["indicators"])
    for layout in ("cq_yb_town_accounts_self_eval_two_row_head", "sc_ms_county_hospital_self_eval_landscape_words"):
        assert all(p["fiscal_yuan"] is None for p in by[layout]["projects"])
    assert not by["gd_sz_street_dept_wide_source_rows"]["projects"]
    assert {g["project_name"] for g in by["gd_sz_street_dept_wide_source_rows"]["indicators"]} == {None}
    fj = by["fj_xm_street_accounts_dept_and_project_self_eval"]
    assert fj["self_evaluations"][0]["project_name"] is None and fj["self_evaluations"][0]["budget_yuan"] == "54120000.00"
    assert all(g["level2"] is None for g in fj["indicators"] if g["project_name"])
    assert [s["grade"] for s in by["sc_ms_county_hospital_self_eval_landscape_words"]["self_evaluations"]] == ["优", "良"]


def test_no_figure_is_cut_by_a_wrap(written):
    """A target's figure and a gold amount each sit on one printed line (a wrap inside a
    number would test the wrapping, not the reading)."""
    folder, golds = written
    for gold in golds:
        cells, lines = [], []
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            for page in pdf.pages:
                lines += (page.extract_text() or "").split("\n")
                cells += [c for table in page.extract_tables() for row in table for c in row if c]
        for g in gold["indicators"]:
            if g["value"] is not None:
                figure = re.sub(r"\.0$", "", str(g["value"]))
                assert not [c for c in cells if figure in c.replace("\n", "") and figure not in c], (gold["layout"], g)
        amounts = [p[k] for p in gold["projects"] for k in ("total_yuan", "year_yuan", "fiscal_yuan", "carried_over_yuan")]
        amounts += [s[k] for s in gold["self_evaluations"] for k in ("budget_yuan", "executed_yuan")]
        for yuan in filter(None, amounts):
            assert any(t in line for line in lines for t in printed_forms(yuan)), (gold["layout"], yuan)
