"""Performance-form figures: indicators found with their project and printed target, targets
parsed right, project money read, measured against hand-read gold.

    .venv/bin/python benchmarks/eval_performance.py [FOLDER ...] [--json FILE] [--no-seeds]

FOLDER defaults to ../shared/corpus/cities and ../shared/corpus. A folder's gold is
benchmarks/gold/<folder name>_indicators.tsv and <folder name>_projects.tsv (the cities
folder: cities_indicators.tsv, cities_projects.tsv; see benchmarks/gold/README.md); a folder
without gold is reported as counts only (indicators and projects the normalizers publish per
file). The seeds (tests/seed_tables.py, rendered to ruled PDFs) are measured against their
own gold, as tests/test_performance.py does.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from cnbudget.schemas.text import compact

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "gold"
DEFAULT_FOLDERS = [ROOT.parent / "shared" / "corpus" / "cities", ROOT.parent / "shared" / "corpus"]


# --- gold ------------------------------------------------------------------------------

def read_gold(path: Path) -> list[dict]:
    """Rows of a gold TSV; lines starting with # are comments; empty cells become None."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v if v != "" else None) for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def gold_files(folder: Path) -> tuple[Path, Path]:
    name = folder.name
    return GOLD / f"{name}_indicators.tsv", GOLD / f"{name}_projects.tsv"


# --- matching --------------------------------------------------------------------------

def key(text: str | None) -> str:
    """Matching key: NFKC, no whitespace (names wrap over lines in cells)."""
    return compact(text or "")


def match_indicators(gold: list[dict], rows_by_file: dict[str, list[dict]]) -> list[tuple[dict, dict | None]]:
    """(gold row, output row or None): matched on file + project name + indicator name,
    each output row used once. A gold row with an empty project_name is department-wide and
    matches only output rows with project_name null."""
    pools: dict[tuple, list[dict]] = defaultdict(list)
    for file_name, rows in rows_by_file.items():
        for r in rows:
            pools[(file_name, key(r.get("project_name")), key(r.get("name")))].append(r)
    pairs = []
    for g in gold:
        lst = pools.get((g["file_name"], key(g.get("project_name")), key(g["name"])))
        pairs.append((g, lst.pop(0) if lst else None))
    return pairs


def target_as_printed(g: dict, r: dict | None) -> bool:
    return r is not None and key(r.get("target_raw")) == key(g.get("target_raw"))


def _num(v) -> float | None:
    return None if v in (None, "") else float(v)


def target_parsed_right(g: dict, r: dict | None) -> bool:
    """Comparator, value, upper and unit equal to the gold (values as numbers)."""
    if r is None:
        return False
    return (r.get("comparator") or None) == (g.get("comparator") or None) \
        and _num(r.get("value")) == _num(g.get("value")) \
        and _num(r.get("upper")) == _num(g.get("upper")) \
        and (r.get("unit") or None) == (g.get("unit") or None)


def project_money_found(g: dict, rows: list[dict]) -> bool:
    """A project of that name (same file) carries every amount the gold row prints."""
    cols = {"total_yuan": "total_amount_yuan", "year_yuan": "amount_yuan",
            "fiscal_yuan": "fiscal_amount_yuan", "carried_over_yuan": "carried_over_yuan"}
    for r in rows:
        if key(r.get("project_name")) != key(g["project_name"]):
            continue
        if all(g.get(gc) is None or _num(r.get(rc)) == _num(g[gc]) for gc, rc in cols.items()):
            return True
    return False


# --- extraction ------------------------------------------------------------------------

def normalize_file(path: Path) -> dict[str, list[dict]]:
    from cnbudget.extractors.document import extract_document
    from cnbudget.flows.pipeline import normalized_rows
    doc = extract_document(path)
    if doc.status == "failed":
        return {}
    rows = normalized_rows(doc)
    # a normalizer that raised is recorded on the document, not raised: show it
    for err in doc.errors:
        if err.stage == "normalize":
            print(f"  {path.name}: {err.reason}", file=sys.stderr)
    return rows


def pct(n: int, m: int) -> str:
    return f"{n}/{m} ({100.0 * n / m:.1f}%)" if m else "0/0"


# --- folders ---------------------------------------------------------------------------

def eval_folder(folder: Path) -> dict:
    ind_path, proj_path = gold_files(folder)
    gold_ind = read_gold(ind_path) if ind_path.exists() else []
    gold_proj = read_gold(proj_path) if proj_path.exists() else []
    files = sorted({g["file_name"] for g in gold_ind + gold_proj}) if (gold_ind or gold_proj) \
        else sorted(p.name for p in folder.glob("*.pdf"))
    rows = {}
    for name in files:
        try:
            rows[name] = normalize_file(folder / name)
        except Exception as exc:  # noqa: BLE001 - a file that fails is a miss, not a crash
            print(f"  {name}: failed: {exc}", file=sys.stderr)
            rows[name] = {}
    res: dict = {"folder": str(folder), "files": len(files),
                 "published": {n: {"indicators": len(r.get("indicators", [])), "projects": len(r.get("projects", []))}
                               for n, r in rows.items()}}
    if gold_ind:
        pairs = match_indicators(gold_ind, {n: r.get("indicators", []) for n, r in rows.items()})
        found = [p for p in pairs if target_as_printed(*p)]
        parsed = [p for p in pairs if p[1] is not None and target_parsed_right(*p)]
        matched = [p for p in pairs if p[1] is not None]
        res["indicators_found"] = [len(found), len(pairs)]
        res["targets_parsed"] = [len(parsed), len(matched)]
        misses = defaultdict(list)
        for g, r in pairs:
            where = f"{g['file_name']} p{g['page']} [{g.get('project_name') or '-'}] {g['name']}"
            if r is None:
                misses["not found (file+project+name)"].append(where)
            elif not target_as_printed(g, r):
                misses["target_raw differs"].append(f"{where}: {g['target_raw']!r} vs {r.get('target_raw')!r}")
            if r is not None and not target_parsed_right(g, r):
                got = (r.get("comparator"), r.get("value"), r.get("upper"), r.get("unit"))
                misses["parse differs"].append(f"{where}: {g['target_raw']!r} -> {got}")
        res["indicator_misses"] = misses
    if gold_proj:
        ok = [g for g in gold_proj if project_money_found(g, rows.get(g["file_name"], {}).get("projects", []))]
        res["projects_money"] = [len(ok), len(gold_proj)]
        by_layout = defaultdict(list)
        for g in gold_proj:
            if g not in ok:
                names = [(r.get("project_name"), r.get("amount_yuan")) for r in rows.get(g["file_name"], {}).get("projects", [])
                         if key(r.get("project_name")) == key(g["project_name"])]
                by_layout[g["file_name"]].append(f"p{g['page']} {g['project_name']} {g['year_yuan']}: got {names or 'no project'}")
        res["project_misses"] = by_layout
    return res


def eval_seeds() -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    import seed_tables
    from cnbudget.extractors.document import extract_document
    from cnbudget.normalizers import performance as P
    from cnbudget.normalizers.indicators import parse_target
    if not seed_tables.SEEDS.is_dir():
        return {"skipped": "seed texts not available"}
    total = found = parsed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for gold in seed_tables.render_all(tmp):
            rows = P.indicators(extract_document(gold.path))
            pool: dict = defaultdict(list)
            for r in rows:
                pool[(key(r["project_name"]), key(r["name"]))].append(r)
            for form in gold.forms:
                project = None if form.kind == "dept_performance_targets" else form.project_name
                for ind in form.indicators:
                    # the seed gold keeps names as printed; published names drop numbering
                    lst = pool.get((key(project), key(P.indicator_name(ind.name))))
                    r = lst.pop(0) if lst else None
                    total += 1
                    if r is None:
                        continue
                    found += 1
                    e = parse_target(ind.target)
                    parsed += key(r["target_raw"]) == key(ind.target) and \
                        (r["comparator"], r["value"], r["upper"], r["unit"]) == (e.comparator, e.value, e.upper, e.unit)
    return {"indicators_found": [found, total], "targets_parsed": [parsed, found]}


def report(results: list[dict], seeds: dict | None) -> None:
    for res in results:
        print(f"== {res['folder']} ({res['files']} files)")
        if "indicators_found" in res:
            print(f"  indicators found with project and printed target: {pct(*res['indicators_found'])}")
            print(f"  targets parsed right (of matched):               {pct(*res['targets_parsed'])}")
        if "projects_money" in res:
            print(f"  forms/lists printing project money, in projects: {pct(*res['projects_money'])}")
        if "indicators_found" not in res:
            n_i = sum(v["indicators"] for v in res["published"].values())
            n_p = sum(v["projects"] for v in res["published"].values())
            print(f"  no gold: {n_i} indicators, {n_p} projects published")
        for cause, lst in res.get("indicator_misses", {}).items():
            print(f"  -- {cause}: {len(lst)}")
            for m in lst:
                print(f"     {m}")
        for file_name, lst in res.get("project_misses", {}).items():
            print(f"  -- project money missing, {file_name}: {len(lst)}")
            for m in lst:
                print(f"     {m}")
    if seeds is not None:
        print("== seeds")
        if "skipped" in seeds:
            print(f"  {seeds['skipped']}")
        else:
            print(f"  indicators found with project: {pct(*seeds['indicators_found'])}")
            print(f"  targets as printed and parsed: {pct(*seeds['targets_parsed'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--no-seeds", action="store_true")
    args = ap.parse_args(argv)
    folders = [f for f in (args.folders or DEFAULT_FOLDERS) if f.is_dir()]
    results = [eval_folder(f) for f in folders]
    seeds = None if args.no_seeds else eval_seeds()
    report(results, seeds)
    if args.json:
        args.json.write_text(json.dumps({"folders": results, "seeds": seeds}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
