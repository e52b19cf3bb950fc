"""The BLIND67 layouts (cnbudget.demo.form_layouts_blind67: ten forms of schools, hospitals, a 街道,
a 镇, 二级单位 and 部门整体 units of 浙江, 江苏, 山东, 湖北, 湖南, 四川, 广东, 河南, 广西 and 云南,
written by an author who had read neither the form reader nor the earlier blind sets): their PDFs
and gold only, never the reader. The shared checks (well formed, printed) run in
tests/test_form_layouts_blind_gold.py; here the set's own: registered, apart from the earlier
sets, covers what its docstring says, and its money rulings.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import assert_apart, assert_golds_well_formed, earlier_modules, printed_set, written_set
from cnbudget.demo import form_layouts_blind67 as B67

EARLIER = earlier_modules("blind67")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind67", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind67", tmp_path_factory)


def test_blind67_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says, over ≥8 provinces, with
    names no earlier set used."""
    assert B67.SETS["blind67"] is B67.BLIND67 and 10 <= len(B67.BLIND67) <= 12
    assert len({name.split("_")[0] for name in B67.BLIND67}) >= 8
    assert "form_layouts_blind63" in EARLIER and "form_layouts_blind67" not in EARLIER
    assert_apart(B67.BLIND67, EARLIER)


def test_blind67_covers_what_it_says(written, printed):
    """Forms after ordinary tables in ≥4 long 部门预算 / 部门决算 documents; turned pages; a
    部门整体 target form and self evaluation; 资金来源 heads named …财政拨款收入; amounts in 元
    with separators; a range, deadlines, 达到 N, 控制在 N 以内, 定性 split targets."""
    folder, golds = written
    long_docs, turned = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation == 90 for page in pdf.pages)
    assert long_docs >= 6 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("部门整体支出绩效目标表" in t for t in texts) and any("部门整体支出绩效自评表" in t for t in texts)
    assert any("政府性基金预算财政拨款收入" in t for t in texts)
    assert any("1,360,000.00" in t for t in texts)
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 1 and sum(i["comparator"] is None for i in inds) >= 6
    assert {">=", "<=", "<", "=", "range", "qualitative"} <= {i["comparator"] for i in inds}
    for start in ("达到", "控制在", "不低于", "不少于", "不超过", "定性", "＜", "＝"):
        assert any(i["target_raw"].startswith(start) for i in inds), start


def test_blind67_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B67.BLIND67) and {g["set"] for g in golds} == {"blind67"}
    assert 140 <= sum(len(g["indicators"]) for g in golds) <= 180
    assert sum(len(g["self_evaluations"]) for g in golds) >= 5
    assert any(s["project_name"] is None for g in golds for s in g["self_evaluations"])
    assert sum(len(g["projects"]) for g in golds) >= 18
    assert_golds_well_formed(folder, golds, printed)


def test_rulings_are_what_the_docstring_says(written):
    """Money rulings on the gold: …财政拨款收入 heads summed (单位资金 never fiscal), a printed
    0.00 上年结转 is 0.00 and a blank one nothing, 元 and 万元 read to yuan, 财政专户管理资金 /
    事业收入 never fiscal, self evaluations give 全年预算数 and the 财政拨款 row, 部门整体 money
    no project."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    sd = {p["project_name"]: p for p in by["sd_dy_street_budget_source_heads_open"]["projects"]}
    assert (sd["社区网格化服务管理"]["year_yuan"], sd["社区网格化服务管理"]["fiscal_yuan"]) == ("2350000.00", "2150000.00")
    assert (sd["老旧小区环境整治"]["year_yuan"], sd["老旧小区环境整治"]["fiscal_yuan"]) == ("1680000.00", "1080000.00")
    zj = by["zj_huz_school_budget_pairs_filled"]["projects"]
    assert [p["carried_over_yuan"] for p in zj] == ["100000.00", "0.00", "250000.00"]
    assert zj[0]["project_code"] == "330502251000000123" and zj[0]["fiscal_yuan"] == "1500000.00"
    ha = {p["project_name"]: p for p in by["ha_jz_town_standalone_yuan_stacked"]["projects"]}
    assert (ha["农村人居环境整治"]["year_yuan"], ha["农村人居环境整治"]["fiscal_yuan"],
            ha["农村人居环境整治"]["carried_over_yuan"]) == ("1360000.00", "1200000.00", "160000.00")
    assert ha["村级公益事业一事一议奖补"]["carried_over_yuan"] is None
    gx = {p["project_name"]: p for p in by["gx_qz_secondary_budget_two_row_heads"]["projects"]}
    assert (gx["不动产登记信息平台运维"]["year_yuan"], gx["不动产登记信息平台运维"]["fiscal_yuan"]) == ("1860000.00", "1500000.00")
    gd = {p["project_name"]: p for p in by["gd_yf_hospital_budget_source_columns"]["projects"]}
    assert (gd["医疗设备购置"]["year_yuan"], gd["医疗设备购置"]["fiscal_yuan"]) == ("11500000.00", "4000000.00")
    js = by["js_cs_hospital_accounts_self_eval_yuan"]
    p = js["projects"][0]
    assert (p["year_yuan"], p["fiscal_yuan"]) == ("5200000.00", "4800000.00")
    assert [s["grade"] for s in js["self_evaluations"]] == ["优", "良", "优"]
    hun = by["hun_ld_dept_accounts_dept_self_eval_shaded"]
    assert not hun["projects"] and hun["self_evaluations"][0]["project_name"] is None
    assert hun["self_evaluations"][0]["budget_yuan"] == "59682000.00"
    yn = by["yn_pe_dept_budget_dept_wide_tasks"]
    assert not yn["projects"] and not yn["self_evaluations"] and {g["project_name"] for g in yn["indicators"]} == {None}
    sd_inds = {g["name"]: g for g in by["sd_dy_street_budget_source_heads_open"]["indicators"]}
    assert sd_inds["基层治理水平"]["target_raw"] == "定性明显提升" and sd_inds["网格事件办结率"]["target_raw"] == "≥98%"
