"""The BLIND3 layouts (cnbudget.demo.form_layouts_blind3: thirteen forms of 福建, 山东, 河南, 湖南,
四川, 云南, 陕西, 河北, 安徽, 浙江, 重庆, 吉林, 天津, written by an author who had read neither the
form reader nor the earlier layout sets; emphasis on project money blocks and
self-evaluations) through the real pipeline, held to the bars of issue 10 with
benchmarks/eval_form_layouts.py: indicators found with their project and printed target
>= 90 %, targets parsed >= 90 %, every form printing project money has it in ``projects``,
every self-evaluation form in ``self_evaluations``.

The set was written and its gold checked for form only; the extractor had not been run on
it when these bars were set.
"""
from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import eval_form_layouts as E  # noqa: E402

from cnbudget.demo import form_layouts as F  # noqa: E402
from cnbudget.demo import form_layouts_blind as B1  # noqa: E402
from cnbudget.demo import form_layouts_blind2 as B2  # noqa: E402
from cnbudget.demo import form_layouts_blind3 as B3  # noqa: E402
from cnbudget.schemas.contract import COMPARATORS  # noqa: E402



def test_blind3_set_is_registered_and_apart():
    assert "blind3" in E.SETS and len(B3.BLIND3) >= 10
    others = set(F.DEV) | set(F.HELD_OUT) | set(F.FRESH) | set(B1.BLIND) | set(B2.BLIND2)
    assert not set(B3.BLIND3) & others


def test_blind3_gold_is_well_formed(tmp_path):
    golds = B3.write_set("blind3", tmp_path)
    assert sum(len(g["indicators"]) for g in golds) >= 150
    assert sum(len(g["self_evaluations"]) for g in golds) >= 7
    assert sum(len(g["projects"]) for g in golds) >= 15
    for gold in golds:
        assert (tmp_path / gold["file_name"]).is_file() and gold["department"]
        seen = set()
        for g in gold["indicators"]:
            # comparator None: a deadline date, which the contract leaves raw
            assert g["target_raw"] and g["name"] and (g["comparator"] is None or g["comparator"] in COMPARATORS), g
            assert (g["value"] is None) == (g["comparator"] in (None, "qualitative")), g
            assert (g["upper"] is not None) == (g["comparator"] == "range"), g
            assert (g["level1"] is None) == (g["level1_raw"] is None), g
            assert (g["level2"] is None) == (g["level2_raw"] is None), g
            assert (g["actual_raw"] is None) == (g["score"] is None), g
            seen.add((g["project_name"], g["name"]))
        assert len(seen) == len(gold["indicators"]), "a (project, name) pair printed twice in one file"
        for p in gold["projects"]:
            assert any(p[k] for k in ("total_yuan", "year_yuan", "fiscal_yuan", "carried_over_yuan")), p
        for s in gold["self_evaluations"]:
            assert s["budget_yuan"] and s["executed_yuan"] and 0 < s["score"] <= 100, s
            # the 总分 is the execution score plus the indicators' scores
            scored = [g["score"] for g in gold["indicators"] if g["project_name"] == s["project_name"]]
            assert scored and sum(scored) < s["score"], s
