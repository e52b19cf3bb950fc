"""What every blind layout set from blind5 on shares in its gold-only checks: the set is
registered apart from every earlier one, its PDFs open, and its gold says what the PDFs print
(weights, indicators, money, scores, grades, no figure cut by a wrap). Never the reader. The
sets are the numbered modules cnbudget.demo.form_layouts_blindN; what is particular to a set
(what it covers, its rulings, its counts, the history of who wrote it) stays in its own
tests/test_form_layouts_blindN_gold.py.
"""
from __future__ import annotations

import pytest

from blind_gold_checks import (assert_apart, assert_indicators_printed, assert_money_scores_and_grades_printed,
                               assert_no_figure_cut_by_a_wrap, assert_pdfs_open, assert_weights_add_up,
                               earlier_modules, layouts_module, numbered_sets, printed_set, written_set)


@pytest.fixture(scope="module", params=numbered_sets())
def blind(request) -> str:
    """The set's name ("blind7")."""
    return request.param


@pytest.fixture(scope="module")
def written(blind, tmp_path_factory):
    return written_set(blind, tmp_path_factory)


@pytest.fixture(scope="module")
def printed(blind, tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables and its whole text without white space."""
    return printed_set(blind, tmp_path_factory)


def test_set_is_registered_and_apart(blind):
    """The module registers the one set, its layouts in order, none named as an earlier set's."""
    module = layouts_module(blind)
    layouts = getattr(module, blind.upper())
    assert list(module.SETS) == [blind] and len(module.SETS[blind]) == len(layouts)
    assert_apart(layouts, earlier_modules(blind))


def test_pdfs_open(written):
    assert_pdfs_open(*written)


def test_weights_add_up(written):
    """Where a form prints a 分值 / 权重 per indicator, a form's weights make 100 (targets)
    or 90 (self-evaluations, whose money line carries the other 10)."""
    assert_weights_add_up(written[1])


def test_indicators_are_printed_as_in_the_gold(written, printed):
    """Each indicator's name, target (split cells joined) and actual value in one table row."""
    assert_indicators_printed(written[1], printed)


def test_money_scores_and_grades_are_printed(written, printed):
    assert_money_scores_and_grades_printed(written[1], printed)


def test_no_figure_is_cut_by_a_wrap(written):
    assert_no_figure_cut_by_a_wrap(*written)
