"""Row-for-row snapshot of every dataset, to prove a refactor changed no output.

    .venv/bin/python benchmarks/dataset_snapshot.py take  SNAPSHOT.json [--no-ocr] [--strategy S] [--settings F]
    .venv/bin/python benchmarks/dataset_snapshot.py diff  OLD.json NEW.json [--places N] [--ignore COL ...]

``take`` extracts, normalizes and publishes (the same code path as ``cnbudget
extract``) the real corpus (../shared/corpus and ../shared/corpus/cities, when
present), the generated demo samples, the five seed performance disclosures and two
scanned fixtures (OCR path; ``--no-ocr`` leaves them out), then reads every dataset
back from Parquet and writes, per dataset and per document, a sha256 of its canonical
rows, plus the rows themselves. Canonical: rows sorted, the run-dependent columns
(processed_at, cnbudget_version) dropped, and doc ids replaced by the file's name, so
the samples' bytes may differ between versions without hiding a change.

``--strategy`` (or a ``--settings`` file) takes the snapshot with another text-layer
strategy, so that two backends can be compared row for row (issue 13: ``pdfium``
against ``pdfplumber``).

``diff`` prints every dataset/document whose rows differ, with the first differing
rows, and exits 1 if any do. ``--places N`` compares numbers rounded to N decimals
(PDFium keeps coordinates in 32-bit floats: cell boxes differ from pdfminer's in the
fifth decimal of a point); ``--ignore COL`` leaves a column out of the comparison
(``tables.strategy`` names the strategy itself).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RUN_DEPENDENT = {"processed_at", "cnbudget_version"}


def _inputs(tmp: Path, ocr: bool) -> list[Path]:
    sys.path.insert(0, str(ROOT / "tests"))
    from seed_tables import render_all

    from cnbudget.demo.samples import write_sample_set

    paths: list[Path] = []
    for folder in (SHARED / "corpus", SHARED / "corpus" / "cities"):
        if folder.is_dir():
            paths += sorted(folder.glob("*.pdf"))
    write_sample_set(tmp / "samples")
    paths += sorted((tmp / "samples").glob("*.pdf"))
    render_all(tmp / "seeds")
    paths += sorted((tmp / "seeds").glob("*.pdf"))
    if ocr:
        from scan_fixtures import make_scan_pdf

        # a mixed document (cover and one table page scanned, the rest text) and a scanned one
        budget = sorted((tmp / "samples").glob("*.pdf"))[0]
        make_scan_pdf(budget, tmp / "scan-a.pdf", pages=[1, 3], keep_text_pages=True)
        make_scan_pdf(sorted((tmp / "seeds").glob("*.pdf"))[0], tmp / "scan-b.pdf", pages=[1, 2])
        paths += [tmp / "scan-a.pdf", tmp / "scan-b.pdf"]
    return paths


def _canon(value):
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, (list, tuple)):
        return [_canon(v) for v in value]
    if isinstance(value, dict):
        return {k: _canon(v) for k, v in value.items()}
    if value is None or isinstance(value, (int, str, bool)):
        return value
    return str(value)


def take(out_file: Path, ocr: bool, settings_file: Path | None = None, strategy: str | None = None) -> None:
    from cnbudget.extractors.settings import load_settings
    from cnbudget.flows.pipeline import process_file

    settings = load_settings(settings_file, strategy=strategy)

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        out = tmp / "parquet"
        names: dict[str, str] = {}
        for p in _inputs(tmp, ocr):
            label = f"{'scans' if p.parent == tmp else p.parent.name}/{p.name}"
            doc = process_file(p, out, settings=settings)
            names[doc.doc_id] = label
            names[doc.doc_id[:16]] = label
            print(f"{doc.status:8} {len(doc.tables):3} tables  {label}", file=sys.stderr)
        snap: dict[str, dict[str, dict]] = {}
        for folder in sorted(q for q in out.iterdir() if q.is_dir()):
            for f in sorted(folder.glob("*.parquet")):
                rows = pq.read_table(f).to_pylist()
                if not rows:
                    continue
                canon = []
                for r in rows:
                    r = {k: _canon(v) for k, v in r.items() if k not in RUN_DEPENDENT}
                    for k in ("doc_id", "table_id"):
                        if isinstance(r.get(k), str):
                            head, _, tail = r[k].partition("-")
                            r[k] = names.get(r[k]) or (names.get(head, head) + ("-" + tail if tail else ""))
                    canon.append(r)
                canon.sort(key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
                key = names.get(f.stem, f.stem)
                blob = json.dumps(canon, sort_keys=True, ensure_ascii=False)
                snap.setdefault(folder.name, {})[key] = {
                    "sha256": hashlib.sha256(blob.encode()).hexdigest(), "n": len(canon), "rows": canon}
    out_file.write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True))
    for ds, docs in snap.items():
        print(f"{ds:18} {len(docs):3} documents {sum(d['n'] for d in docs.values()):7} rows", file=sys.stderr)


def _rounded(value, places: int):
    if isinstance(value, float):
        return round(value, places)
    if isinstance(value, list):
        return [_rounded(v, places) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v, places) for k, v in value.items()}
    return value


def diff(old_file: Path, new_file: Path, places: int | None = None, ignore: tuple[str, ...] = ()) -> int:
    old, new = json.loads(old_file.read_text()), json.loads(new_file.read_text())
    if places is not None or ignore:
        for snap in (old, new):
            for docs in snap.values():
                for entry in docs.values():
                    rows = ({k: v for k, v in r.items() if k not in ignore} for r in entry["rows"])
                    if places is not None:
                        rows = (_rounded(r, places) for r in rows)
                    entry["rows"] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
                    entry["sha256"] = None  # compare the rows as changed
    bad = 0
    for ds in sorted(set(old) | set(new)):
        a, b = old.get(ds, {}), new.get(ds, {})
        for doc in sorted(set(a) | set(b)):
            x, y = a.get(doc), b.get(doc)
            if x and y and ((x["sha256"] and x["sha256"] == y["sha256"]) or x["rows"] == y["rows"]):
                continue
            bad += 1
            print(f"DIFF {ds} {doc}: {x and x['n']} -> {y and y['n']} rows")
            xr = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in (x or {}).get("rows", [])]
            yr = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in (y or {}).get("rows", [])]
            only_x = [r for r in xr if r not in set(yr)][:3]
            only_y = [r for r in yr if r not in set(xr)][:3]
            for r in only_x:
                print("  - " + r[:400])
            for r in only_y:
                print("  + " + r[:400])
    total = sum(len(v) for v in new.values())
    print(f"{total - bad if bad <= total else 0} of {total} dataset files identical; {bad} differ")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("take")
    t.add_argument("out", type=Path)
    t.add_argument("--no-ocr", action="store_true")
    t.add_argument("--strategy", default=None, help="text-layer strategy (default: the settings' own)")
    t.add_argument("--settings", type=Path, default=None, help="extraction settings file (YAML or JSON)")
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--places", type=int, default=None, help="compare numbers rounded to this many decimals")
    d.add_argument("--ignore", nargs="*", default=(), help="columns left out of the comparison")
    a = ap.parse_args()
    if a.cmd == "take":
        take(a.out, not a.no_ocr, a.settings, a.strategy)
    else:
        sys.exit(diff(a.old, a.new, a.places, tuple(a.ignore)))


if __name__ == "__main__":
    main()
