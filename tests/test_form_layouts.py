"""Performance forms in many provinces' layouts (cnbudget.demo.form_layouts) through the real
pipeline (extract_to_parquet, read back from the published Parquet), measured with
benchmarks/eval_form_layouts.py: the DEV layouts are held to their gold, the HELD-OUT and
FRESH layouts to the bars of issue 10 (indicators found with project and printed target
>= 90 %, targets parsed >= 90 %, every form printing money has it in projects)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import eval_form_layouts as E  # noqa: E402

from cnbudget.demo import form_layouts as F  # noqa: E402
from cnbudget.normalizers.indicators import parse_target  # noqa: E402
from cnbudget.schemas.contract import COMPARATORS  # noqa: E402

_RESULTS: dict[str, dict] = {}


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """Each set written, extracted to Parquet and compared with its gold, once."""
    def get(which: str) -> dict:
        if which not in _RESULTS:
            _RESULTS[which] = E.eval_set(which, tmp_path_factory.mktemp(f"layouts_{which}"))
        return _RESULTS[which]
    return get


def test_sets_are_split_and_large_enough():
    assert not set(F.DEV) & set(F.HELD_OUT) and not set(F.FRESH) & (set(F.DEV) | set(F.HELD_OUT))
    assert len(F.DEV) + len(F.HELD_OUT) >= 14 and abs(len(F.DEV) - len(F.HELD_OUT)) <= 2


@pytest.mark.parametrize("which", list(F.SETS))
def test_gold_is_well_formed(tmp_path, which):
    for gold in F.write_set(which, tmp_path):
        assert (tmp_path / gold["file_name"]).is_file() and gold["department"]
        seen = set()
        for g in gold["indicators"]:
            assert g["target_raw"] and g["name"] and g["comparator"] in COMPARATORS, g
            assert (g["value"] is None) == (g["comparator"] == "qualitative"), g
            assert (g["level1"] is None) == (g["level1_raw"] is None), g
            seen.add((g["project_name"], g["name"]))
        assert len(seen) == len(gold["indicators"]), "a (project, name) pair printed twice in one file"
        for p in gold["projects"]:
            assert any(p[k] for k in ("total_yuan", "year_yuan", "fiscal_yuan", "carried_over_yuan")), p


@pytest.mark.parametrize("layout", list(F.DEV))
def test_dev_layout_matches_its_gold(measured, layout):
    res = measured("dev")["layouts"][layout]
    wrong = {m: res[m] for m in E.MEASURES if res[m][0] != res[m][1]}
    assert not wrong, f"{layout}: {wrong}\n" + "\n".join(res["misses"])


@pytest.mark.parametrize("which", ["held_out", "fresh"])
def test_unseen_sets_meet_the_issue_bars(measured, which):
    total = measured(which)["total"]
    found, parsed, money = total["found"], total["parsed"], total["money"]
    assert found[0] >= 0.9 * found[1], found
    assert parsed[0] >= 0.9 * parsed[1], parsed
    assert money[0] == money[1], money
    assert E.bars_met(total)


def test_matching_keeps_department_wide_rows_apart():
    gold = [{"project_name": None, "name": "群众满意度"}, {"project_name": "甲项目", "name": "群众满意度"}]
    rows = [{"project_name": "甲项目", "name": "群众 满意度"}, {"project_name": None, "name": "群众满意度"}]
    pairs = E.match_indicators(gold, rows)
    assert [r["project_name"] for _, r in pairs] == [None, "甲项目"]


def test_targets_the_layouts_print():
    cases = {
        "100%完成": ("=", 100.0, "%"),
        "≥85万羽（头）": (">=", 85.0, "万羽(头)"),
        "每季度至少1次": (">=", 1.0, "次"),
        "满意率不低于90%": (">=", 90.0, "%"),
        "\u2039=2万元": ("<=", 2.0, "万元"),
        "定性 优良中低差": ("qualitative", None, None),
    }
    for text, want in cases.items():
        t = parse_target(text)
        assert (t.comparator, t.value, t.unit) == want, text
    assert not parse_target("X完成率100%").parsed  # a share of a plan the cell does not print
