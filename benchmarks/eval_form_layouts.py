"""Performance forms in layouts the reader was not written for: the figures of issue 10,
measured on the generated layout sets of cnbudget.demo.form_layouts (DEV, HELD-OUT, FRESH).

    .venv/bin/python benchmarks/eval_form_layouts.py [--set dev|held_out|fresh|blind|blind2|...|blindN|all]
                                                     [--json FILE] [--misses] [--keep DIR]

The sets are written into a temporary folder (``--keep DIR`` keeps them there) and run
through the real pipeline (cnbudget.flows.pipeline.extract_to_parquet); the published
Parquet is read back and compared with each layout's gold. The BLIND set
(cnbudget.demo.form_layouts_blind) was written by an author who had not read the reader
nor the other layouts; BLIND2 (cnbudget.demo.form_layouts_blind2) by another such author,
who had not read the earlier sets either; BLIND3 (cnbudget.demo.form_layouts_blind3) by a
third, on project money blocks and self-evaluations; BLIND4 (cnbudget.demo.form_layouts_blind4)
by a fourth, on twelve more provinces' layouts; BLIND5 onwards (form_layouts_blind5 …) by
one more author each, without the reader, the earlier sets or the README. Per set and
per layout:

- found:   indicators published with their project (null for department-wide forms), their
           name without numbering and their target_raw as printed (whitespace aside);
- parsed:  printed targets read to the gold's comparator, value, upper and unit (of all the
           gold's indicators: one not found counts as not parsed);
- levels:  level1 and level2 (canonical; null where the form prints none) right;
- scored:  self-evaluation indicators with their actual value and score right;
- money:   forms that print project money with every printed amount in ``projects``;
- selfev:  self-evaluation forms with budget, executed, score and grade right;
- dept:    documents whose department is the gold's.

The bars of issue 10 (checked on each set and printed): found >= 90 %, parsed >= 90 %, and
every form printing money has it in ``projects``.

``--scan`` reads the same layouts as scans: every page of each PDF rendered at 200 dpi,
rotated up to ±1°, blurred, noised and saved as JPEG quality 60 in a PDF of image pages
(tests/scan_fixtures.py, as benchmarks/bench_ocr.py makes them), so the OCR path reads
them, against the same gold. ``--sets a,b,…`` picks several sets.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq

from cnbudget.flows.pipeline import extract_to_parquet
from cnbudget.schemas.text import compact

BARS = {"found": 0.90, "parsed": 0.90, "money": 1.0}
MEASURES = ("found", "parsed", "levels", "scored", "money", "selfev", "dept")
# The modules that write the layout sets (cnbudget.demo.<name>), each with its SETS and
# write_set(name, folder); blind sets are numbered, and a new one is registered by raising
# the range's end.
LAYOUT_MODULE_NAMES = ("form_layouts", "form_layouts_blind", *(f"form_layouts_blind{n}" for n in range(2, 76)))
LAYOUT_MODULES = tuple(importlib.import_module(f"cnbudget.demo.{name}") for name in LAYOUT_MODULE_NAMES)
MODULE_OF = {which: module for module in LAYOUT_MODULES for which in module.SETS}
SETS = {which: layouts for module in LAYOUT_MODULES for which, layouts in module.SETS.items()}


def write_set(which: str, folder: Path) -> list[dict]:
    """Write set ``which`` with the module that holds it; its golds."""
    return MODULE_OF[which].write_set(which, folder)


def key(text) -> str:
    return compact(text or "")


def _num_eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def _amount_eq(published, gold: str | None) -> bool:
    if gold is None:
        return True
    return published is not None and Decimal(str(published)) == Decimal(gold)


def read_dataset(out: Path, name: str) -> list[dict]:
    rows: list[dict] = []
    for f in sorted((out / name).glob("**/*.parquet")):
        rows.extend(pq.read_table(f).to_pylist())
    return rows


def published(out: Path) -> dict[str, dict[str, list[dict]]]:
    """file_name -> dataset -> rows, from the Parquet under out."""
    docs = read_dataset(out, "documents")
    by_doc = {d["doc_id"]: d["file_name"] for d in docs}
    res: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for d in docs:
        res[d["file_name"]]["documents"].append(d)
    for name in ("indicators", "projects", "self_evaluations"):
        for r in read_dataset(out, name):
            res[by_doc.get(r["doc_id"], "?")][name].append(r)
    return res


# --------------------------------------------------------------------------- matching


def match_indicators(gold: list[dict], rows: list[dict]) -> list[tuple[dict, dict | None]]:
    """(gold, published row or None), on project (null = department-wide) and name; each
    published row used once."""
    pool: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        pool[(key(r.get("project_name")), key(r.get("name")))].append(r)
    return [(g, (pool.get((key(g["project_name"]), key(g["name"]))) or [None]).pop(0)) for g in gold]


def target_found(g: dict, r: dict | None) -> bool:
    return r is not None and key(r.get("target_raw")) == key(g["target_raw"])


def target_parsed(g: dict, r: dict | None) -> bool:
    return r is not None and (r.get("comparator") or None) == g["comparator"] \
        and _num_eq(r.get("value"), g["value"]) and _num_eq(r.get("upper"), g["upper"]) \
        and (r.get("unit") or None) == g["unit"]


def levels_right(g: dict, r: dict | None) -> bool:
    return r is not None and (r.get("level1") or None) == g["level1"] and (r.get("level2") or None) == g["level2"]


def scored_right(g: dict, r: dict | None) -> bool:
    return r is not None and key(r.get("actual_raw")) == key(g["actual_raw"]) and _num_eq(r.get("score"), g["score"])


def money_found(g: dict, rows: list[dict]) -> bool:
    cols = {"total_yuan": "total_amount_yuan", "year_yuan": "amount_yuan", "fiscal_yuan": "fiscal_amount_yuan",
            "carried_over_yuan": "carried_over_yuan"}
    return any(key(r.get("project_name")) == key(g["project_name"])
               and all(_amount_eq(r.get(pc), g[gc]) for gc, pc in cols.items()) for r in rows)


def self_evaluation_found(g: dict, rows: list[dict]) -> bool:
    return any(key(r.get("project_name")) == key(g["project_name"])
               and _amount_eq(r.get("budget_yuan"), g["budget_yuan"])
               and _amount_eq(r.get("executed_yuan"), g["executed_yuan"])
               and _num_eq(r.get("score"), g["score"]) and (r.get("grade") or None) == g["grade"] for r in rows)


# --------------------------------------------------------------------------- one layout


def _describe(r: dict | None, *cols: str) -> str:
    return "not found" if r is None else str(tuple(r.get(c) for c in cols))


def eval_layout(gold: dict, pub: dict[str, list[dict]]) -> dict:
    """Counts [ok, of] per measure and the misses, for one layout's file."""
    pairs = match_indicators(gold["indicators"], pub.get("indicators", []))
    scored = [(g, r) for g, r in pairs if g["score"] is not None]
    money = [g for g in gold["projects"] if any(g[k] for k in ("total_yuan", "year_yuan", "fiscal_yuan",
                                                                "carried_over_yuan"))]
    docs = pub.get("documents", [])
    res = {
        "found": [sum(target_found(g, r) for g, r in pairs), len(pairs)],
        "parsed": [sum(target_parsed(g, r) for g, r in pairs), len(pairs)],
        "levels": [sum(levels_right(g, r) for g, r in pairs), len(pairs)],
        "scored": [sum(scored_right(g, r) for g, r in scored), len(scored)],
        "money": [sum(money_found(g, pub.get("projects", [])) for g in money), len(money)],
        "selfev": [sum(self_evaluation_found(g, pub.get("self_evaluations", [])) for g in gold["self_evaluations"]),
                   len(gold["self_evaluations"])],
        "dept": [int(bool(docs) and docs[0].get("department") == gold["department"]), 1],
    }
    misses: list[str] = []
    if not docs:
        misses.append("document not published")
    elif docs[0].get("status") != "ok":
        misses.append(f"document {docs[0].get('status')}: {docs[0].get('error')}")
    for g, r in pairs:
        where = f"[{g['project_name'] or '(dept)'}] {g['name']}"
        if r is None:
            misses.append(f"indicator not found: {where} {g['target_raw']!r}")
            continue
        if not target_found(g, r):
            misses.append(f"target_raw: {where}: {g['target_raw']!r} vs {r.get('target_raw')!r}")
        if not target_parsed(g, r):
            misses.append(f"parse: {where}: {g['target_raw']!r} -> {_describe(r, 'comparator', 'value', 'upper', 'unit')}"
                          f" want {(g['comparator'], g['value'], g['upper'], g['unit'])}")
        if not levels_right(g, r):
            misses.append(f"levels: {where}: {_describe(r, 'level1', 'level2')} want {(g['level1'], g['level2'])}")
        if g["score"] is not None and not scored_right(g, r):
            misses.append(f"actual/score: {where}: {_describe(r, 'actual_raw', 'score')} want {(g['actual_raw'], g['score'])}")
    for g in money:
        if not money_found(g, pub.get("projects", [])):
            got = [_describe(r, "amount_yuan", "total_amount_yuan", "fiscal_amount_yuan", "carried_over_yuan")
                   for r in pub.get("projects", []) if key(r.get("project_name")) == key(g["project_name"])]
            misses.append(f"money: {g['project_name']}: want year {g['year_yuan']} total {g['total_yuan']} fiscal "
                          f"{g['fiscal_yuan']} carried {g['carried_over_yuan']}; got {got or 'no project of that name'}")
    for g in gold["self_evaluations"]:
        if not self_evaluation_found(g, pub.get("self_evaluations", [])):
            got = [_describe(r, "budget_yuan", "executed_yuan", "score", "grade")
                   for r in pub.get("self_evaluations", []) if key(r.get("project_name")) == key(g["project_name"])]
            misses.append(f"self-evaluation: {g['project_name'] or '(dept)'}: want {(g['budget_yuan'], g['executed_yuan'], g['score'], g['grade'])};"
                          f" got {got or 'none'}")
    if docs and docs[0].get("department") != gold["department"]:
        misses.append(f"department: {docs[0].get('department')!r} want {gold['department']!r}")
    extra = len(pub.get("indicators", [])) - sum(r is not None for _, r in pairs)
    if extra > 0:
        misses.append(f"{extra} published indicators match no gold row")
    res["misses"] = misses
    return res


# --------------------------------------------------------------------------- a set


def eval_set(which: str, folder: Path, scan: bool = False) -> dict:
    """Write the set's layouts into folder/<which>, extract them (as scans with ``scan``),
    compare with their gold."""
    src = folder / which
    out = folder / f"{which}{'_scans' if scan else ''}_parquet"
    golds = write_set(which, src)
    if scan:
        src = _scans_of(src, golds, folder / f"{which}_scans")
    extract_to_parquet([src], out, workers=(os.cpu_count() or 1) if scan else 1)
    pub = published(out)
    layouts = {g["layout"]: eval_layout(g, pub.get(g["file_name"], {})) for g in golds}
    total = {m: [sum(v[m][0] for v in layouts.values()), sum(v[m][1] for v in layouts.values())] for m in MEASURES}
    return {"set": which, "layouts": layouts, "total": total, "bars_met": bars_met(total)}


def _scans_of(src: Path, golds: list[dict], folder: Path) -> Path:
    """Each of the set's PDFs as a scan of every page, under the same file name."""
    tests = str(Path(__file__).resolve().parent.parent / "tests")
    if tests not in sys.path:  # (the fixtures' own degradation, as bench_ocr.py uses it)
        sys.path.insert(0, tests)
    from scan_fixtures import make_scan_pdf

    folder.mkdir(parents=True, exist_ok=True)
    for n, gold in enumerate(golds):
        make_scan_pdf(src / gold["file_name"], folder / gold["file_name"], seed=n)
    return folder


def bars_met(total: dict) -> bool:
    return all(total[m][1] == 0 or total[m][0] / total[m][1] >= bar for m, bar in BARS.items())


def _cell(ok_of: list[int]) -> str:
    ok, of = ok_of
    return f"{ok}/{of} ({100.0 * ok / of:.0f}%)" if of else "-"


def report(res: dict, misses: bool) -> None:
    name = res["set"].upper().replace("_", "-")  # HELD-OUT, BLIND2 …
    print(f"== {name}: {len(res['layouts'])} layouts")
    print(f"  {'layout':<34}" + "".join(f"{m:>15}" for m in MEASURES))
    for layout, v in res["layouts"].items():
        print(f"  {layout:<34}" + "".join(f"{_cell(v[m]):>15}" for m in MEASURES))
    print(f"  {'TOTAL':<34}" + "".join(f"{_cell(res['total'][m]):>15}" for m in MEASURES))
    print(f"  issue bars (found >= 90%, parsed >= 90%, money n/n): {'met' if res['bars_met'] else 'NOT met'}")
    if misses:
        for layout, v in res["layouts"].items():
            if v["misses"]:
                print(f"  -- {layout}: {len(v['misses'])}")
                for m in v["misses"]:
                    print(f"     {m}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=(*SETS, "all"), default="all")
    ap.add_argument("--json", type=Path, help="write the figures (and misses) as JSON")
    ap.add_argument("--misses", action="store_true", help="list every miss per layout")
    ap.add_argument("--sets", help="several sets, comma-separated (instead of --set)")
    ap.add_argument("--scan", action="store_true", help="read every page as a degraded scan (OCR)")
    ap.add_argument("--keep", type=Path, help="write the PDFs and Parquet here instead of a temporary folder")
    args = ap.parse_args(argv)
    sets = tuple(args.sets.split(",")) if args.sets else tuple(SETS) if args.set == "all" else (args.set,)
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        ap.error(f"unknown set(s): {', '.join(unknown)}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        results = [eval_set(which, folder, args.scan) for which in sets]
    for res in results:
        report(res, args.misses)
    if len(results) > 1:
        total = {m: [sum(r["total"][m][0] for r in results), sum(r["total"][m][1] for r in results)] for m in MEASURES}
        print(f"== ALL {len(results)} sets{' (scans)' if args.scan else ''}: "
              + "  ".join(f"{m} {_cell(total[m])}" for m in MEASURES))
    if args.json:
        args.json.write_text(json.dumps({r["set"]: r for r in results}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
