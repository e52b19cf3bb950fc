"""The BLIND19 layouts (cnbudget.demo.form_layouts_blind19: eleven forms of 直辖市 districts and
计划单列市 / 省会 departments — 北京, 上海, 天津, 重庆, 大连, 青岛, 宁波, 厦门, 深圳, 杭州, 武汉 —
written by an author who had read neither the form reader nor the earlier blind sets): their PDFs
and gold only, never the reader. The gold is checked to be well formed and to say what the PDFs
print: every indicator's name and target in one row of a ruled table, its actual value there too,
every amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_golds_well_formed, printed_set, written_set
from cnbudget.demo import form_layouts_blind19 as B19


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind19", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind19", tmp_path_factory)


def test_blind19_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B19.SETS["blind19"] is B19.BLIND19 and 10 <= len(B19.BLIND19) <= 12


def test_blind19_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; landscape pages; a
    项目支出绩效表 list; a 资金来源 block; targets in words, a range, deadlines."""
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
    assert any("项目支出绩效表" in t for t in texts) and any("资金来源项目" in t for t in texts)
    assert any("良好" in t for t in texts) and any("优秀" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert 140 <= len(inds) <= 180
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 5
    assert {">", "=", "<=", ">=", "qualitative"} <= {i["comparator"] for i in inds}
    for word in ("不低于", "不少于", "不超过", "达到", "大于"):
        assert any(i["target_raw"].startswith(word) for i in inds), word
    assert any(i["level1_raw"] is None and i["level2_raw"] for i in inds)


def test_blind19_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B19.BLIND19) and {g["set"] for g in golds} == {"blind19"}
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """The set's money rulings spelled out on the gold: 财政拨款 row not re-added from its 其中
    lines, 0.00 上年结转 no amount, total vs year, a 部门整体 form no project, list 合计 no project."""
    _, golds = written
    by = {g["layout"]: {"g": g, "p": {p["project_name"]: p for p in g["projects"]}} for g in golds}
    money = lambda p: (p["total_yuan"], p["year_yuan"], p["fiscal_yuan"], p["carried_over_yuan"])
    bj = by["bj_xc_budget_source_rows_weights"]["p"]
    assert money(bj["背街小巷环境精细化整治"]) == (None, "8600000.00", "7600000.00", "1000000.00")
    assert bj["城市照明设施运行维护"]["carried_over_yuan"] is None
    tj = by["tj_hx_self_evals_carried_row"]
    assert money(tj["p"]["中小学校舍维修改造"]) == (None, "11000000.00", "9000000.00", "2000000.00")
    assert tj["p"]["学生营养午餐补助"]["carried_over_yuan"] is None
    assert [s["grade"] for s in tj["g"]["self_evaluations"]] == ["优", "良"]
    cq = by["cq_yz_dept_wide_landscape_then_projects"]
    assert set(cq["p"]) == {"社区养老服务站运营补贴", "困难群众临时救助"}
    assert sum(i["project_name"] is None for i in cq["g"]["indicators"]) == 9
    assert money(cq["p"]["社区养老服务站运营补贴"]) == (None, "6800000.00", "6200000.00", None)
    nb = by["nb_budget_yuan_three_row_header_total_invest"]["p"]
    assert money(nb["姚江流域防洪排涝提升工程"]) == ("48600000.00", "12800000.00", "10500000.00", "2300000.00")
    assert nb["山塘水库安全运行管护"]["carried_over_yuan"] is None
    wh = by["wh_wc_budget_declare_sources_block"]["p"]
    assert money(wh["社区卫生服务机构能力提升"]) == ("124800000.00", "18600000.00", "14600000.00", "1000000.00")
    qd = by["qd_sn_budget_list_then_indicator_tables"]
    assert len(qd["p"]) == 5 and "合计" not in qd["p"]
    sz = by["sz_ft_budget_total_year_pairs_unit_column"]["p"]["中小企业数字化转型扶持"]
    assert money(sz) == ("30000000.00", "12000000.00", None, None)
    dl = by["dl_zs_accounts_dept_and_project_self_eval"]["g"]["self_evaluations"]
    assert dl[0]["project_name"] is None and dl[0]["budget_yuan"] == "43500000.00"
    cq_words = {i["name"]: (i["comparator"], i["value"]) for i in cq["g"]["indicators"]}
    assert cq_words["社区养老服务站覆盖率"] == (">=", 100)
