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

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind17 as B17


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind17", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind17", tmp_path_factory)


def test_blind17_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B17.SETS["blind17"] is B17.BLIND17 and 10 <= len(B17.BLIND17) <= 12


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
