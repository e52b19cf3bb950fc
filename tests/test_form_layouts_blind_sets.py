"""The six blind layout sets (cnbudget.demo.form_layouts_blind, _blind2 … _blind6:
forms written by authors who had read neither the form reader nor the earlier sets) through
the real pipeline, held to the bars of issue 10 with benchmarks/eval_form_layouts.py:
indicators found with their project and printed target >= 90 %, targets parsed >= 90 %,
every form printing project money has it in ``projects``, every self-evaluation form in
``self_evaluations``; beyond the bars, actual values, scores and levels all right, and
nothing published that the gold lacks.

Each set's own module (tests/test_form_layouts_blind*.py) records its first-run figures
and checks that its gold is well formed.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import eval_form_layouts as E  # noqa: E402

BLIND_SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
              "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
              "blind17", "blind18", "blind19", "blind20",
              "blind21", "blind22", "blind23", "blind24",
              "blind25", "blind26", "blind27",
              "blind28", "blind29", "blind30", "blind31", "blind32", "blind34", "blind33", "blind35",
              "blind39", "blind37", "blind36", "blind38",
              "blind40", "blind41", "blind42", "blind43", "blind44", "blind45",
              "blind46", "blind47", "blind49", "blind50", "blind48", "blind51",
              "blind52", "blind54", "blind55", "blind53",
              "blind56", "blind57", "blind58", "blind59",
              "blind60", "blind61", "blind62", "blind63",
              "blind64", "blind65", "blind66", "blind67",
              "blind68", "blind69", "blind70", "blind71",
              "blind72", "blind73", "blind74", "blind75")


@pytest.fixture(scope="module", params=BLIND_SETS)
def result(request, tmp_path_factory) -> dict:
    """One blind set written, extracted to Parquet and compared with its gold, once."""
    return E.eval_set(request.param, tmp_path_factory.mktemp(f"layouts_{request.param}"))


def _misses(res: dict, prefix: str) -> str:
    return "\n".join(f"{layout}: {m}" for layout, v in res["layouts"].items() for m in v["misses"]
                     if m.startswith(prefix))


def test_indicators_found(result):
    ok, of = result["total"]["found"]
    assert ok >= E.BARS["found"] * of, f"{ok}/{of}\n" + _misses(result, "indicator not found") \
        + _misses(result, "target_raw")


def test_targets_parsed(result):
    ok, of = result["total"]["parsed"]
    assert ok >= E.BARS["parsed"] * of, f"{ok}/{of}\n" + _misses(result, "parse")


def test_forms_printing_money_have_it(result):
    ok, of = result["total"]["money"]
    assert ok == of, f"{ok}/{of}\n" + _misses(result, "money")


def test_self_evaluations(result):
    """Every self-evaluation form, project and department-wide, with budget, executed, score, grade."""
    ok, of = result["total"]["selfev"]
    assert ok == of, f"{ok}/{of}\n" + _misses(result, "self-evaluation")


def test_scored_and_levels(result):
    """Actual values and scores of the self-evaluations; levels from 指标类型 columns and from
    merged level cells cut by a page break."""
    for measure in ("scored", "levels"):
        ok, of = result["total"][measure]
        assert ok == of, f"{measure} {ok}/{of}\n" + _misses(result, "actual/score" if measure == "scored" else "levels")


def test_publishes_nothing_extra(result):
    """No row published that the gold lacks (a grade row read as an indicator named 优)."""
    extra = [m for m in _misses(result, "").splitlines() if m.endswith("match no gold row")]
    assert not extra, extra
