"""The BLIND6 layouts (cnbudget.demo.form_layouts_blind6: fourteen forms of 黑龙江, 吉林, 辽宁,
内蒙古, 新疆, 青海, 西藏, 江苏, 浙江, 江西, 广西, 贵州, 海南, 甘肃, written by an author who had
read neither the form reader nor the earlier blind sets): their PDFs and gold only, never the
reader. Here the gold is checked to be well formed and to say what the PDFs print: every
indicator's name and target in one row of a ruled table, its actual value there too, every
amount, score and grade on the page.
"""
from __future__ import annotations

import re

import pdfplumber
import pytest

from blind_gold_checks import (assert_every_project_has_indicators, assert_golds_well_formed,
                               assert_money_scores_and_grades_printed, printed_set, written_set)
from cnbudget.demo import form_layouts_blind6 as B6


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return written_set("blind6", tmp_path_factory)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set("blind6", tmp_path_factory)


def test_blind6_set_is_registered():
    """Its layouts' dict is the set registered, of the size it says."""
    assert B6.SETS["blind6"] is B6.BLIND6 and 12 <= len(B6.BLIND6) <= 14


def test_blind6_covers_what_it_says(written):
    """At least two forms follow ordinary budget tables in a long 部门预算 / 部门决算; one
    layout's pages are turned by /Rotate; at least one form's title is printed inside its grid."""
    folder, golds = written
    long_docs, turned, titled = 0, 0, 0
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            cover = pdf.pages[0].extract_text() or ""
            if re.search(r"部门(预算|决算)", cover) and len(pdf.pages) >= 6:
                long_docs += 1
            turned += any(page.rotation for page in pdf.pages)
            titled += any(row and row[0] and row[0].endswith("绩效目标表")
                          for page in pdf.pages for table in page.extract_tables() for row in table)
    assert long_docs >= 2 and turned >= 1 and titled >= 1


def test_blind6_gold_is_well_formed(written, printed):
    folder, golds = written
    assert [g["layout"] for g in golds] == list(B6.BLIND6) and {g["set"] for g in golds} == {"blind6"}
    assert sum(len(g["indicators"]) for g in golds) >= 250
    assert sum(len(g["self_evaluations"]) for g in golds) >= 10
    assert sum(len(g["projects"]) for g in golds) >= 25
    assert_golds_well_formed(folder, golds, printed)
    assert_every_project_has_indicators(golds)


def test_blind6_money_is_printed_in_yuan_or_wan(written, printed):
    """Stricter than the shared check: every amount in 元 or 万元, every grade by its 等级 label."""
    assert_money_scores_and_grades_printed(written[1], printed, units=(1, 10000), grade_in_project_row=False)
