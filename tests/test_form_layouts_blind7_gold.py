"""The BLIND7 layouts (cnbudget.demo.form_layouts_blind7: thirteen forms of 四川, 湖南, 湖北, 广东,
天津, 北京, 上海, 山东, 福建, 云南, 浙江, 安徽 and 陕西, written by an author who had read neither
the form reader nor the earlier blind sets): their PDFs and gold only, never the reader. Here
the gold is checked to be well formed and to say what the PDFs print: every indicator's name
and target in one row of a ruled table, its actual value there too, every amount, score and
grade on the page.
"""
from __future__ import annotations

import importlib
import re
from collections import defaultdict
from decimal import Decimal

import pdfplumber
import pytest

from cnbudget.demo import form_layouts_blind7 as B7
from cnbudget.schemas.contract import COMPARATORS, LEVEL1, LEVEL2

EARLIER = ("form_layouts", "form_layouts_blind", "form_layouts_blind2", "form_layouts_blind3", "form_layouts_blind4",
           "form_layouts_blind5", "form_layouts_blind6")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blind7")
    return folder, B7.write_set("blind7", folder)


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


def test_blind7_set_is_registered_and_apart():
    assert list(B7.SETS) == ["blind7"] and B7.SETS["blind7"] is B7.BLIND7 and 12 <= len(B7.BLIND7) <= 14
    others: set[str] = set()
    for module in EARLIER:
        sets = importlib.import_module(f"cnbudget.demo.{module}").SETS
        for layouts in sets.values():
            others |= set(layouts)
    assert not set(B7.BLIND7) & others


def test_blind7_pdfs_open(written):
    folder, golds = written
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            assert len(pdf.pages) >= 2 and all(p.extract_text() for p in pdf.pages)


def test_blind7_covers_what_it_says(written, printed):
    """Forms after ordinary tables in long 部门预算 / 部门决算 documents; pages turned by
    /Rotate; 千元; 长期 blocks; 不适用 rows; an amount printed only in a form's title."""
    folder, golds = written
    long_docs, turned = 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation for page in pdf.pages)
    assert long_docs >= 3 and turned >= 1
    texts = [printed[g["file_name"]][1] for g in golds]
    assert sum("长期绩效指标" in t for t in texts) >= 2
    assert any("千元" in t for t in texts) and any("不适用" in t for t in texts)
    assert any(re.search(r"项目绩效目标表（[\d.,]+万元）", t) for t in texts)


def test_blind7_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B7.BLIND7) and {g["set"] for g in golds} == {"blind7"}
    assert sum(len(g["indicators"]) for g in golds) >= 240
    assert sum(len(g["self_evaluations"]) for g in golds) >= 10
    assert sum(len(g["projects"]) for g in golds) >= 30
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
    """A few of the set's rulings, spelled out on the gold: 千元 ×1000, 中期 money as total,
    the year's targets (not the 长期 / 中期 ones), no 不适用 rows, grades read from prose and
    summary tables."""
    _, golds = written
    by = {g["layout"]: g for g in golds}
    tj = by["tj_kaifaqu_list_thousand_yuan"]["projects"][0]
    assert tj["year_yuan"] == "36420000.00" and tj["fiscal_yuan"] is None
    bj = by["bj_district_midterm_money"]["projects"][1]
    assert (bj["total_yuan"], bj["year_yuan"], bj["fiscal_yuan"]) == ("23400000.00", "7800000.00", "7000000.00")
    hn = {g["name"]: g["target_raw"] for g in by["hn_town_long_term_and_annual"]["indicators"]
          if g["project_name"] == "村级道路提质改造"}
    assert hn["提质改造村道里程"] == "≥8.5公里" and len(hn) == 9
    hb = {g["name"]: g["target_raw"] for g in by["hb_dept_history_columns"]["indicators"]}
    assert hb["65岁及以上老年人健康管理率"] == "≥62%" and hb["孕产妇系统管理率"] == "≥90%"
    sz = by["gd_sz_table15_not_applicable"]["indicators"]
    assert len(sz) == 23 and all(g["level2_raw"] != "测算明细" for g in sz)
    sc = by["sc_county_adjusted_budget_self_eval"]
    assert [s["grade"] for s in sc["self_evaluations"]] == ["优", "优", "良"]
    assert sc["projects"][1]["fiscal_yuan"] == "2400000.00" and sc["projects"][1]["project_code"].startswith("5114")
    sd = by["sd_final_accounts_summary_then_forms"]["self_evaluations"]
    assert [s["grade"] for s in sd] == ["优", "优", "良"]
    yn = by["yn_prefecture_turned_self_eval_yuan"]["projects"]
    assert [p["carried_over_yuan"] for p in yn] == ["250000.00", "0.00"]
    zj = by["zj_budget_prose_goals_and_dept_targets"]
    assert len(zj["projects"]) == 12 and {g["project_name"] for g in zj["indicators"]} == {None}


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
