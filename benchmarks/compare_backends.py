"""The published datasets of the two text-layer backends, row by row, on every document.

    .venv/bin/python benchmarks/compare_backends.py [PDF or folder ...] [--strategies A,B]
                                                    [--tolerance PT] [--keep DIR]

Default input: ../shared/corpus (its cities/ folder included), every file as
`cnbudget extract` collects it (a file that is no PDF gives its failed documents row
under both). The command runs once per strategy (``pdfplumber``, the reference, and
``pdfium``), each into its own output folder; then every dataset is read back from
Parquet and, per document, its rows are matched:

  - a row equal in every column is *identical*;
  - a row equal but for float columns (cell boxes: PDFium keeps coordinates in 32-bit
    floats) that differ by at most --tolerance points is *within tolerance*; the largest
    difference is printed;
  - anything else (a row only one backend has, a text, a code, an amount, a float past
    the tolerance) is a *difference*, printed with the document and both rows.

Left out of the comparison: the run-dependent columns (processed_at, cnbudget_version)
and ``tables.strategy``, which names the backend. Exits 1 when any document differs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [ROOT.parent / "shared" / "corpus"]
IGNORED = {"processed_at", "cnbudget_version", "strategy"}


def run_extract(inputs: list[Path], out: Path, strategy: str) -> int:
    cmd = [str(ROOT / ".venv" / "bin" / "cnbudget"), "extract", *map(str, inputs), "--out", str(out), "--quiet",
           "--strategy", strategy]
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode


def read_datasets(out: Path) -> dict[str, dict[str, list[dict]]]:
    """dataset -> doc_id -> rows (the compared columns only), from every Parquet file."""
    found: dict[str, dict[str, list[dict]]] = {}
    for folder in sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")):
        docs: dict[str, list[dict]] = defaultdict(list)
        for f in sorted(folder.rglob("*.parquet")):
            for r in pq.read_table(f).to_pylist():
                docs[str(r.get("doc_id"))].append({k: v for k, v in r.items() if k not in IGNORED})
        found[folder.name] = dict(docs)
    return found


def _key(row: dict) -> str:
    """The row without its float values: what matches a row of the other backend."""
    return json.dumps({k: v for k, v in row.items() if not isinstance(v, float)}, sort_keys=True,
                      ensure_ascii=False, default=str)


def _float_gap(a: dict, b: dict) -> float | None:
    """The largest difference between the float columns of two rows matched by _key
    (so both hold floats in the same columns), or None when one is NaN and the other not."""
    gap = 0.0
    for k, x in a.items():
        if isinstance(x, float):
            y = b[k]
            if x != x or y != y:  # NaN
                if not (x != x and y != y):
                    return None
                continue
            gap = max(gap, abs(x - y))
    return gap


def compare_rows(a: list[dict], b: list[dict], tolerance: float) -> tuple[int, int, float, list, list]:
    """(identical, within tolerance, largest float gap, rows only in a, rows only in b)."""
    by_key_a, by_key_b = defaultdict(list), defaultdict(list)
    for r in a:
        by_key_a[_key(r)].append(r)
    for r in b:
        by_key_b[_key(r)].append(r)
    same = close = 0
    gap = 0.0
    only_a, only_b = [], []
    for key in by_key_a.keys() | by_key_b.keys():
        xs = sorted(by_key_a.get(key, []), key=lambda r: json.dumps(r, sort_keys=True, default=str))
        ys = sorted(by_key_b.get(key, []), key=lambda r: json.dumps(r, sort_keys=True, default=str))
        for x, y in zip(xs, ys):
            g = _float_gap(x, y)
            if g is None or g > tolerance:
                only_a.append(x)
                only_b.append(y)
            elif g == 0:
                same += 1
            else:
                close += 1
                gap = max(gap, g)
        only_a += xs[len(ys):]
        only_b += ys[len(xs):]
    return same, close, gap, only_a, only_b


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--strategies", default="pdfplumber,pdfium", help="reference,candidate")
    ap.add_argument("--tolerance", type=float, default=0.01, help="points a float column may differ by")
    ap.add_argument("--keep", type=Path, default=None, help="write the two outputs here (else a temporary folder)")
    args = ap.parse_args(argv)
    inputs = args.paths or [p for p in DEFAULT_INPUTS if p.is_dir()]
    if not inputs:
        print("no input (is ../shared/corpus there?)", file=sys.stderr)
        return 2
    ref, cand = args.strategies.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        outs = {}
        for s in (ref, cand):
            outs[s] = base / s
            code = run_extract(inputs, outs[s], s)
            if code not in (0, 1):
                print(f"cnbudget extract --strategy {s} exited {code}", file=sys.stderr)
                return 2
        data = {s: read_datasets(o) for s, o in outs.items()}
    names = {r["doc_id"]: r["file_name"] for rows in data[ref].get("documents", {}).values() for r in rows}
    print(f"{len(names)} documents; {ref} (reference) against {cand}, floats within {args.tolerance:g}\n")
    print(f"{'dataset':<18}{'documents':>10}{'rows':>9}{'identical':>11}{'in tol.':>9}{'max gap':>10}{'differ':>8}")
    differing: list[tuple[str, str, list, list]] = []
    for ds in sorted(set(data[ref]) | set(data[cand])):
        a, b = data[ref].get(ds, {}), data[cand].get(ds, {})
        n_rows = same = close = bad = 0
        gap = 0.0
        for doc in sorted(a.keys() | b.keys()):
            s, c, g, only_a, only_b = compare_rows(a.get(doc, []), b.get(doc, []), args.tolerance)
            n_rows += max(len(a.get(doc, [])), len(b.get(doc, [])))
            same, close, gap = same + s, close + c, max(gap, g)
            if only_a or only_b:
                bad += max(len(only_a), len(only_b))
                differing.append((ds, names.get(doc, doc), only_a, only_b))
        docs = len(a.keys() | b.keys())
        print(f"{ds:<18}{docs:>10}{n_rows:>9}{same:>11}{close:>9}{gap:>10.1e}{bad:>8}")
    for ds, name, only_a, only_b in differing:
        print(f"\nDIFF {ds} {name}: {len(only_a)} row(s) only under {ref}, {len(only_b)} only under {cand}")
        for r in only_a[:3]:
            print(f"  {ref}: " + json.dumps(r, ensure_ascii=False, sort_keys=True, default=str)[:400])
        for r in only_b[:3]:
            print(f"  {cand}: " + json.dumps(r, ensure_ascii=False, sort_keys=True, default=str)[:400])
    documents = {name for _, name, _, _ in differing}
    print(f"\n{len(names) - len(documents)} of {len(names)} documents alike in every dataset; {len(documents)} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
