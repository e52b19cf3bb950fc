"""The BLIND9 layouts (cnbudget.demo.form_layouts_blind9: ten forms of 浙江, 山东, 四川, 湖南, 云南,
陕西, 内蒙古, 安徽, 海南 and 天津, written by an author who had read neither the form reader nor the
earlier blind sets): their PDFs and gold only, never the reader. The gold is checked to be well
formed and to say what the PDFs print: every indicator's name and target in one row of a ruled
table, its actual value there too, every amount, score and grade on the page.
"""
from __future__ import annotations

import importlib
import re
from collections import defaultdict
from decimal import Decimal

import pdfplumber
import pytest

from cnbudget.demo import form_layouts_blind9 as B9
from cnbudget.schemas.contract import COMPARATORS, LEVEL1, LEVEL2

EARLIER = ("form_layouts", "form_layouts_blind", "form_layouts_blind2", "form_layouts_blind3", "form_layouts_blind4",
           "form_layouts_blind5", "form_layouts_blind6", "form_layouts_blind7", "form_layouts_blind8")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blind9")
    return folder, B9.write_set("blind9", folder)


@pytest.fixture(scope="module")
def printed(written) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables (cells joined, line breaks dropped) and its
    whole text without white space."""
    folder, golds = written
    out = {}
    for gold in golds:
        rows, text = [], []
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            for page in pdf.pages:
                text.append(page.extract_text() or "")
                for table in page.extract_tables():
                    rows += ["".join(c.replace("\n", "") for c in row if c) for row in table]
        out[gold["file_name"]] = rows, re.sub(r"\s+", "", "".join(text))
    return out


def test_blind9_set_is_registered_and_apart():
    assert list(B9.SETS) == ["blind9"] and B9.SETS["blind9"] is B9.BLIND9 and 10 <= len(B9.BLIND9) <= 12
    others: set[str] = set()
    for module in EARLIER:
        sets = importlib.import_module(f"cnbudget.demo.{module}").SETS
        for layouts in sets.values():
            others |= set(layouts)
    assert not set(B9.BLIND9) & others


def test_blind9_pdfs_open(written):
    folder, golds = written
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            assert len(pdf.pages) >= 2 and all(p.extract_text() for p in pdf.pages)


def test_blind9_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; pages turned by
    /Rotate; a column-number row; 填报说明; ranges, deadlines, full-width signs, grade words."""
    folder, golds = written
    long_docs, turned = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation for page in pdf.pages)
    assert long_docs >= 4 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert any("填报说明" in t for t in texts) and any("良好" in t for t in texts) and any("优秀" in t for t in texts)
    assert any("123456789" in r for g in golds for r in printed[g["file_name"]][0])
    inds = [i for g in golds for i in g["indicators"]]
    assert sum(i["comparator"] == "range" for i in inds) >= 3 and sum(i["comparator"] is None for i in inds) >= 2
    assert {">", "<"} <= {i["comparator"] for i in inds}
    assert any(i["target_raw"].startswith("＞") for i in inds) and any(i["target_raw"].startswith("不低于") for i in inds)
    assert any(i["target_raw"].startswith("定性") for i in inds)


def test_blind9_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B9.BLIND9) and {g["set"] for g in golds} == {"blind9"}
    assert sum(len(g["indicators"]) for g in golds) >= 130
    assert sum(len(g["self_evaluations"]) for g in golds) >= 6
    assert sum(len(g["projects"]) for g in golds) >= 15
    for gold in golds:
        assert (folder / gold["file_name"]).is_file() and (folder / f"{gold['layout']}.gold.json").is_file()
        assert gold["department"] and gold["fiscal_year"] in (2024, 2025)
        seen = set()
        for g in gold["indicators"]:
            # comparator None: a deadline date, which the contract leaves raw
            assert g["target_raw"] and g["name"] and (g["comparator"] is None or g["comparator"] in COMPARATORS), g
            assert (g["value"] is None) == (g["comparator"] in (None, "qualitative")), g
            assert (g["upper"] is not None) == (g["comparator"] == "range"), g
            assert g["upper"] is None or g["upper"] > g["value"], g
            assert (g["level1"] is None) == (g["level1_raw"] is None) and g["level1"] in (None, *LEVEL1), g
            assert (g["level2"] is None) == (g["level2_raw"] is None) and g["level2"] in (None, *LEVEL2), g
            assert (g["actual_raw"] is None) == (g["score"] is None), g
            assert g["unit"] is None or "（" not in g["unit"], g  # units NFKC-normalised
            assert g["target_raw"] not in ("不适用",) and not g["name"].startswith("指标"), g
            if g["value"] is not None:  # the value is the figure printed in the target
                assert re.sub(r"\.0$", "", str(g["value"])) in g["target_raw"], g
            seen.add((g["project_name"], g["name"]))
        assert len(seen) == len(gold["indicators"]), "a (project, name) pair printed twice in one file"
        projects = [p["project_name"] for p in gold["projects"]]
        assert len(projects) == len(set(projects))
        text = printed[gold["file_name"]][1]
        for p in gold["projects"]:
            assert any(p[k] for k in ("total_yuan", "year_yuan", "fiscal_yuan", "carried_over_yuan")), p
            # a project without indicators only where a 项目支出绩效表 lists it with its amount
            assert any(g["project_name"] == p["project_name"] for g in gold["indicators"]) or "项目支出绩效表" in text, p
            if p["fiscal_yuan"] and p["year_yuan"]:
                assert Decimal(p["fiscal_yuan"]) <= Decimal(p["year_yuan"]), p
            if p["total_yuan"] and p["year_yuan"]:
                assert Decimal(p["year_yuan"]) <= Decimal(p["total_yuan"]), p
            if p["carried_over_yuan"] and p["fiscal_yuan"]:
                assert Decimal(p["fiscal_yuan"]) + Decimal(p["carried_over_yuan"]) <= Decimal(p["year_yuan"]), p
        for s in gold["self_evaluations"]:
            assert s["budget_yuan"] and s["executed_yuan"] and 0 < s["score"] <= 100, s
            assert s["grade"] in (None, "优", "良", "中", "差"), s
            # the 总分 is the execution score plus the indicators' scores
            scored = [g["score"] for g in gold["indicators"] if g["project_name"] == s["project_name"]]
            rate_score = min(10.0, float(Decimal(s["executed_yuan"]) / Decimal(s["budget_yuan"])) * 10)
            assert scored and abs(sum(scored) + rate_score - s["score"]) < 0.01, s


def test_weights_add_up(written):
    """Where a form prints a 分值 / 权重 per indicator, a form's weights make 100 (targets)
    or 90 (self-evaluations, whose money line carries the other 10)."""
    _, golds = written
    for gold in golds:
        groups = defaultdict(list)
        for g in gold["indicators"]:
            groups[g["project_name"]].append(g["weight"])
        evaluated = {s["project_name"] for s in gold["self_evaluations"]}
        for project, weights in groups.items():
            if None in weights:
                assert set(weights) == {None}, (gold["layout"], project)
                continue
            assert sum(weights) == (90 if project in evaluated else 100), (gold["layout"], project, sum(weights))


def test_indicators_are_printed_as_in_the_gold(written, printed):
    """Each indicator's name, target (split cells joined) and actual value in one table row."""
    _, golds = written
    for gold in golds:
        rows, text = printed[gold["file_name"]]
        assert gold["department"] in text
        for g in gold["indicators"]:
            hits = [r for r in rows if g["name"] in r and g["target_raw"] in r]
            assert hits, (gold["layout"], g["name"], g["target_raw"])
            if g["actual_raw"]:
                assert any(g["actual_raw"] in r for r in hits), (gold["layout"], g["name"], g["actual_raw"])
            for level in (g["level1_raw"], g["level2_raw"]):
                assert level is None or any(level in r for r in rows), (gold["layout"], level)
        for p in gold["projects"]:
            assert any(p["project_name"] in r for r in rows), p
            assert p["project_code"] is None or p["project_code"] in text, p


def _printed_forms(yuan: str) -> set[str]:
    """An amount as a form may print it: in 元, 万元 or 千元, with or without separators."""
    v = Decimal(yuan)
    return {f"{x:,.2f}" for x in (v, v / 10000, v / 1000)} | {f"{x:.2f}" for x in (v, v / 10000, v / 1000)}


def test_money_scores_and_grades_are_printed(written, printed):
    _, golds = written
    for gold in golds:
        rows, text = printed[gold["file_name"]]
        for p in gold["projects"]:
            for key in ("total_yuan", "year_yuan", "fiscal_yuan", "carried_over_yuan"):
                if p[key] is not None:
                    assert any(t in text for t in _printed_forms(p[key])), (p, key)
        for s in gold["self_evaluations"]:
            for key in ("budget_yuan", "executed_yuan"):
                assert any(t in text for t in _printed_forms(s[key])), (s, key)
            assert f"{s['score']:.2f}" in text, s
            if s["grade"]:
                # in its label's cell or beside it, in the cell below the label, or in the
                # project's row of a summary table
                near = [r + (rows[i + 1] if i + 1 < len(rows) else "") for i, r in enumerate(rows) if "等级" in r]
                near += [r for r in rows if s["project_name"] and s["project_name"] in r]
                assert any(s["grade"] in r for r in near), s


def test_rulings_are_what_the_docstring_says(written):
    """A few of the set's rulings spelled out on the gold: 上年结转 as carried, 部门整体 money
    (tasks included) no project, grade words read as one character, weighted levels kept."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    zj = by["zj_nb_budget_fund_heads_carried"]["projects"]
    assert (zj[0]["year_yuan"], zj[0]["fiscal_yuan"], zj[0]["carried_over_yuan"]) == ("1800000.00", "1500000.00", "300000.00")
    assert zj[1]["carried_over_yuan"] is None
    for layout in ("sc_cd_budget_dept_tasks_money", "tj_dept_wide_fullwidth_signs_deadline"):
        assert not by[layout]["projects"] and not by[layout]["self_evaluations"]
        assert {g["project_name"] for g in by[layout]["indicators"]} == {None}
    assert [s["grade"] for s in by["hun_county_self_eval_grade_words"]["self_evaluations"]] == ["优", "良"]
    sn = by["sn_xa_final_accounts_weighted_levels"]
    assert sn["self_evaluations"][0]["project_name"] is None and sn["indicators"][0]["level1_raw"] == "产出指标（50分）"
    assert sn["self_evaluations"][0]["budget_yuan"] == "96805000.00"
    nmg = by["nmg_banner_long_form_yuan_basis"]["projects"][0]
    assert (nmg["year_yuan"], nmg["fiscal_yuan"]) == ("2360000.00", "2360000.00")
    yn = {g["name"]: g for g in by["yn_km_turned_list_column_numbers"]["indicators"]}
    assert (yn["故障路灯修复时间"]["value"], yn["故障路灯修复时间"]["upper"]) == (3, 5)
    assert yn["老旧灯具节能改造完成时间"]["comparator"] is None
    sd = {g["name"]: g["target_raw"] for g in by["sd_qd_small_forms_comparator_column"]["indicators"]}
    assert sd["食品安全监督抽检批次"] == "≥2600批次" and sd["食品安全风险防控能力"] == "定性显著提升"
    ah = by["ah_wh_budget_list_two_row_money_notes"]
    assert not any("填报说明" in g["name"] for g in ah["indicators"]) and len(ah["projects"]) == 3


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
            assert any(t in line for line in lines for t in _printed_forms(yuan)), (gold["layout"], yuan)
