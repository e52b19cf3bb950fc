"""What every blind layout set's gold-only test checks (tests/test_form_layouts_blindN_gold.py):
the PDFs open, the gold is well formed and says what the PDFs print. Never the reader."""
from __future__ import annotations

import importlib
import pkgutil
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pdfplumber

import cnbudget.demo
from cnbudget.schemas.contract import COMPARATORS, LEVEL1, LEVEL2

_NUMBERED = re.compile(r"form_layouts_blind(\d+)")


def numbered_sets(first: int = 5) -> list[str]:
    """The blind sets with a numbered module cnbudget.demo.form_layouts_blindN, N >= first."""
    numbers = [int(m.group(1)) for info in pkgutil.iter_modules(cnbudget.demo.__path__)
               if (m := _NUMBERED.fullmatch(info.name))]
    return [f"blind{n}" for n in sorted(numbers) if n >= first]


def layouts_module(name: str):
    """The demo module that writes a blind set ("blind7" -> cnbudget.demo.form_layouts_blind7)."""
    return importlib.import_module(f"cnbudget.demo.form_layouts_{name}")


def earlier_modules(name: str) -> tuple[str, ...]:
    """Every layout module before a numbered set: form_layouts, form_layouts_blind (the first
    blind set) and every numbered one with a lower number."""
    number = int(name.removeprefix("blind"))
    return ("form_layouts", "form_layouts_blind",
            *(f"form_layouts_{other}" for other in numbered_sets(2) if int(other.removeprefix("blind")) < number))


# A set's PDFs, golds and printed text, made once a session: the per-set module and the shared
# one (tests/test_form_layouts_blind_gold.py) read the same files.
_WRITTEN: dict[str, tuple[Path, list[dict]]] = {}
_PRINTED: dict[str, dict[str, tuple[list[str], str]]] = {}


def written_set(name: str, tmp_path_factory) -> tuple[Path, list[dict]]:
    """The folder a set's PDFs were written into and their golds."""
    if name not in _WRITTEN:
        folder = tmp_path_factory.mktemp(name)
        _WRITTEN[name] = folder, layouts_module(name).write_set(name, folder)
    return _WRITTEN[name]


def printed_set(name: str, tmp_path_factory) -> dict[str, tuple[list[str], str]]:
    """printed_text of a set's PDFs."""
    if name not in _PRINTED:
        _PRINTED[name] = printed_text(*written_set(name, tmp_path_factory))
    return _PRINTED[name]


def printed_text(folder: Path, golds: list[dict]) -> dict[str, tuple[list[str], str]]:
    """Per file: the rows of its ruled tables (cells joined, line breaks dropped) and its
    whole text without white space."""
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


def assert_apart(names, earlier: tuple[str, ...]) -> None:
    """No layout name of a set is one of the earlier sets' (modules of cnbudget.demo): each
    registered set's entries and its module's layouts (form_layouts.DEV, form_layouts_blind5.BLIND5;
    blind5 registers its builders, not their names)."""
    others: set = set()
    for module_name in earlier:
        module = importlib.import_module(f"cnbudget.demo.{module_name}")
        for key, layouts in module.SETS.items():
            others |= set(layouts) | set(getattr(module, key.upper(), ()))
    assert not set(names) & others


def assert_pdfs_open(folder: Path, golds: list[dict]) -> None:
    for gold in golds:
        with pdfplumber.open(folder / gold["file_name"]) as pdf:
            assert len(pdf.pages) >= 2 and all(p.extract_text() for p in pdf.pages)


def assert_golds_well_formed(folder: Path, golds: list[dict], printed: dict, *, score_has_rate: bool = True) -> None:
    """Every file's gold: its indicators, projects and self-evaluations consistent. score_has_rate:
    a 总分 is the indicators' scores plus the execution rate's (up to 10); else only above them."""
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
            if score_has_rate:
                rate_score = min(10.0, float(Decimal(s["executed_yuan"]) / Decimal(s["budget_yuan"])) * 10)
                assert scored and abs(sum(scored) + rate_score - s["score"]) < 0.01, s
            else:
                assert scored and sum(scored) < s["score"], s


def assert_every_project_has_indicators(golds: list[dict]) -> None:
    """No project printed only in a 项目支出绩效表 list: each has indicators of its own."""
    for gold in golds:
        for p in gold["projects"]:
            assert any(g["project_name"] == p["project_name"] for g in gold["indicators"]), p


def assert_weights_add_up(golds: list[dict]) -> None:
    """Where a form prints a 分值 / 权重 per indicator, a form's weights make 100 (targets)
    or 90 (self-evaluations, whose money line carries the other 10)."""
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


def assert_indicators_printed(golds: list[dict], printed: dict) -> None:
    """Each indicator's name, target (split cells joined) and actual value in one table row."""
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


def assert_money_scores_and_grades_printed(golds: list[dict], printed: dict, *, units: tuple[int, ...] = (1, 10000, 1000),
                                           grade_in_project_row: bool = True) -> None:
    """Every amount (in one of units: 元, 万元, 千元), score and grade printed. A grade sits in
    its label's cell or beside it, in the cell below the label, or (grade_in_project_row) in the
    project's row of a summary table."""
    for gold in golds:
        rows, text = printed[gold["file_name"]]
        for p in gold["projects"]:
            for key in ("total_yuan", "year_yuan", "fiscal_yuan", "carried_over_yuan"):
                if p[key] is not None:
                    assert any(t in text for t in printed_forms(p[key], units)), (p, key)
        for s in gold["self_evaluations"]:
            for key in ("budget_yuan", "executed_yuan"):
                assert any(t in text for t in printed_forms(s[key], units)), (s, key)
            assert f"{s['score']:.2f}" in text, s
            if s["grade"]:
                near = [r + (rows[i + 1] if i + 1 < len(rows) else "") for i, r in enumerate(rows) if "等级" in r]
                if grade_in_project_row:
                    near += [r for r in rows if s["project_name"] and s["project_name"] in r]
                assert any(s["grade"] in r for r in near), s


def printed_forms(yuan: str, units: tuple[int, ...] = (1, 10000, 1000)) -> set[str]:
    """An amount as a form may print it: in 元, 万元 or 千元 (units), with or without separators."""
    v = Decimal(yuan)
    return {f"{v / unit:,.2f}" for unit in units} | {f"{v / unit:.2f}" for unit in units}


def assert_no_figure_cut_by_a_wrap(folder: Path, golds: list[dict]) -> None:
    """A target's figure and a gold amount each sit on one printed line (a wrap inside a
    number would test the wrapping, not the reading)."""
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
            assert any(t in line for line in lines for t in printed_forms(yuan)), (gold["layout"], yuan)
