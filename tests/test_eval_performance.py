"""benchmarks/eval_performance.py: the gold files parse, and the matching rules hold."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_performance as E  # noqa: E402

IND_COLS = ["file_name", "page", "project_name", "level1_raw", "level2_raw", "name", "target_raw",
            "comparator", "value", "upper", "unit"]
PROJ_COLS = ["file_name", "page", "project_name", "total_yuan", "year_yuan", "fiscal_yuan", "carried_over_yuan"]


def test_indicator_gold_parses():
    rows = E.read_gold(E.GOLD / "cities_indicators.tsv")
    assert rows and list(rows[0]) == IND_COLS
    for r in rows:
        assert r["file_name"].endswith(".pdf") and int(r["page"]) > 0 and r["name"] and r["target_raw"]
        assert r["comparator"] in (">=", "<=", ">", "<", "=", "range", "qualitative", None)
        if r["value"] is not None:
            float(r["value"])


def test_project_gold_parses():
    rows = E.read_gold(E.GOLD / "cities_projects.tsv")
    assert rows and list(rows[0]) == PROJ_COLS
    for r in rows:
        amounts = [r[c] for c in PROJ_COLS[3:] if r[c] is not None]
        assert amounts and all(int(a) >= 0 for a in amounts), r


def _gold(**kw):
    base = dict.fromkeys(IND_COLS)
    base.update(file_name="a.pdf", page="1", name="满意度", target_raw="≥95%", comparator=">=", value="95", unit="%")
    base.update(kw)
    return base


def test_match_on_file_project_and_name_ignoring_spaces():
    out = {"a.pdf": [{"project_name": "办 案费", "name": "满意\n度", "target_raw": "≥ 95%",
                      "comparator": ">=", "value": 95.0, "upper": None, "unit": "%"}]}
    (g, r), = E.match_indicators([_gold(project_name="办案费")], out)
    assert r is not None and E.target_as_printed(g, r) and E.target_parsed_right(g, r)


def test_department_wide_does_not_match_a_project_row():
    out = {"a.pdf": [{"project_name": "办案费", "name": "满意度", "target_raw": "≥95%"}]}
    (_, r), = E.match_indicators([_gold()], out)
    assert r is None
    (_, r), = E.match_indicators([_gold(project_name="办案费")], {"b.pdf": out["a.pdf"]})
    assert r is None  # another file


def test_each_output_row_used_once():
    out = {"a.pdf": [{"project_name": None, "name": "满意度", "target_raw": "≥95%"}]}
    pairs = E.match_indicators([_gold(), _gold()], out)
    assert [r is not None for _, r in pairs] == [True, False]


def test_parse_compare_needs_value_and_unit():
    g = _gold()
    assert not E.target_parsed_right(g, {"comparator": ">=", "value": 95.0, "upper": None, "unit": None})
    assert not E.target_parsed_right(g, {"comparator": "=", "value": 95.0, "upper": None, "unit": "%"})
    assert not E.target_parsed_right(g, None)


def test_project_money():
    g = {"project_name": "专项经费", "total_yuan": None, "year_yuan": "300000", "fiscal_yuan": None,
         "carried_over_yuan": None}
    assert E.project_money_found(g, [{"project_name": "专项 经费", "amount_yuan": 300000}])
    assert not E.project_money_found(g, [{"project_name": "专项经费", "amount_yuan": None}])
    assert not E.project_money_found(g, [{"project_name": "别的", "amount_yuan": 300000}])
