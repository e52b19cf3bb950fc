"""10,000 documents' worth of rows: queries on the one-file-per-document layout beside
the compacted one, and the compaction itself (issue 12).

    .venv/bin/python benchmarks/bench_dataset_scale.py [--documents 10000] [--work DIR]
                                                      [--source OUT] [--refresh] [--workers N] [--repeat N]

Rows come from real outputs: the generated samples and, when present, ../shared/corpus
(with its cities) are extracted once into data/bench-scale/source (reused by later runs;
--refresh extracts again; --source takes an output root you already have). Each of the N
documents is one of those again (in turn) under a new doc_id (its tables renamed to
match), one of 400 departments and a fiscal year 2015-2025, written as publish writes a
document (OUT/<dataset>/<doc_id>.parquet, zstd).

Each query runs as `cnbudget query` runs it: a fresh DuckDB connection with the views
it names (datasets/query.py), executed and fetched; the median of --repeat runs (5) on
the compacted files, of --repeat-per-document runs (1: they take seconds) on the
per-document ones. The queries run on the per-document layout, then the output is
compacted (timed: the default documents_per_file), then they run again and must give
the same result. A compacted document published again (its group files rewritten) is
timed last. Wall seconds are shown with this process's CPU seconds (DuckDB's threads
included): on a shared machine the wall time also measures the other processes. Bars:
each query < 0.2 s after compaction; compaction of the 10,000 documents < 60 s.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_WORK = ROOT / "data" / "bench-scale"

QUERIES = {
    "count documents": "SELECT count(*) FROM documents",
    "join indicators to documents": (
        "SELECT d.department, d.fiscal_year, count(*) AS n, avg(i.value) AS mean_target "
        "FROM indicators i JOIN documents d USING (doc_id) GROUP BY ALL ORDER BY ALL"),
    "sum budget_lines by department": (
        "SELECT department, sum(amount_yuan) AS yuan FROM budget_lines "
        "WHERE doc_type = 'budget' AND budget_scope = 'department' AND basis = 'budget' AND measure = 'total' "
        "GROUP BY department ORDER BY department"),
}
QUERY_BAR_S = 0.2
COMPACTION_BAR_S = 60.0


def source_output(work: Path, refresh: bool) -> Path:
    """The real outputs the rows are copied from: extracted once, then reused."""
    from cnbudget.demo.samples import write_sample_set
    from cnbudget.extractors.settings import DEFAULT_SETTINGS
    from cnbudget.flows.pipeline import extract_to_parquet

    out = work / "source"
    if out.is_dir() and not refresh and any((out / "documents").glob("*.parquet")):
        return out
    shutil.rmtree(out, ignore_errors=True)
    inputs = []
    with tempfile.TemporaryDirectory() as tmp:
        write_sample_set(Path(tmp) / "samples")
        inputs.append(Path(tmp) / "samples")
        if (SHARED / "corpus").is_dir():
            inputs.append(SHARED / "corpus")  # with corpus/cities: folders are searched recursively
        print(f"extracting {', '.join(map(str, inputs))} into {out} (once) ...", file=sys.stderr)
        settings = DEFAULT_SETTINGS.with_(compaction={"auto": False})
        extract_to_parquet(inputs, out, settings=settings, workers=min(4, os.cpu_count() or 1))
    return out


def _write_documents(source: str, out: str, numbers: list[int]) -> int:
    """Write replicas numbers into out in the per-document layout (in a worker process)."""
    from cnbudget.datasets import layout
    from cnbudget.demo.replicate import load_templates, replica, replica_id

    templates = load_templates(source)
    files = 0
    for n in numbers:
        doc_id = replica_id(n, "bench")
        rows = replica(templates[n % len(templates)], doc_id, f"上海市示例区部门{n % 400:03d}", 2015 + n % 11)
        for name, table in rows.items():
            pq.write_table(table, layout.document_file(Path(out), name, doc_id), compression="zstd")
            files += 1
    return files


def generate(source: Path, out: Path, documents: int, workers: int) -> int:
    from cnbudget.flows.publish import ensure_layout

    shutil.rmtree(out, ignore_errors=True)
    ensure_layout(out)
    chunks = [list(range(i, documents, workers)) for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        return sum(pool.map(_write_documents, [str(source)] * workers, [str(out)] * workers, chunks))


def cpu_seconds() -> float:
    """CPU time of this process, DuckDB's threads included."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_query(root: Path, sql: str) -> tuple[float, float, list]:
    """(wall s, CPU s, rows) of one query as `cnbudget query` runs it."""
    from cnbudget.datasets.query import open_query

    t0, c0 = time.perf_counter(), cpu_seconds()
    con = open_query(root, sql)
    rows = con.execute(sql).fetchall()
    con.close()
    return time.perf_counter() - t0, cpu_seconds() - c0, rows


def time_queries(root: Path, repeat: int) -> dict[str, tuple[float, float, list]]:
    """label -> (median wall s, median CPU s, rows)."""
    found = {}
    for label, sql in QUERIES.items():
        runs = [run_query(root, sql) for _ in range(repeat)]
        found[label] = (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), runs[0][2])
    return found


def republish_one(root: Path, source: Path) -> float:
    """Seconds to publish again a document that is in a compacted group (its group's
    file rewritten in every dataset)."""
    from cnbudget.datasets.layout import grouped_documents
    from cnbudget.demo.replicate import load_templates, replica, replica_id
    from cnbudget.flows.publish import publish

    n = 7
    doc_id = replica_id(n, "bench")
    assert doc_id in grouped_documents(root)
    templates = load_templates(source)
    rows = replica(templates[n % len(templates)], doc_id, f"上海市示例区部门{n % 400:03d}", 2015 + n % 11)
    rows = {name: t.to_pylist() for name, t in rows.items()}
    t0 = time.perf_counter()
    publish(root, doc_id, rows)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK, help="where the source and the generated output go")
    ap.add_argument("--source", type=Path, default=None, help="an output root to copy rows from")
    ap.add_argument("--refresh", action="store_true", help="extract the source outputs again")
    ap.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1), help="processes generating rows")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each query on the compacted files (median shown)")
    ap.add_argument("--repeat-per-document", type=int, default=1, help="the same on the per-document files")
    args = ap.parse_args()

    from cnbudget.datasets.compact import compact
    from cnbudget.datasets.layout import PER_DOCUMENT

    source = args.source or source_output(args.work, args.refresh)
    out = args.work / f"docs-{args.documents}"
    t0 = time.perf_counter()
    files = generate(source, out, args.documents, max(1, args.workers))
    gen_s = time.perf_counter() - t0
    rows = {name: sum(pq.read_metadata(p).num_rows for p in (out / name).glob("*.parquet")) for name in PER_DOCUMENT}
    print(f"generated {args.documents} documents from {source}: {files} files, "
          + ", ".join(f"{n} {r}" for n, r in rows.items()) + f" rows ({gen_s:.0f} s)", file=sys.stderr)

    per_document = time_queries(out, args.repeat_per_document)
    load_before = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), cpu_seconds()
    report = compact(out)
    compaction_s, compaction_cpu = time.perf_counter() - t0, cpu_seconds() - c0
    load_after = os.getloadavg()[0]
    compacted = time_queries(out, args.repeat)
    republish_s = republish_one(out, source)

    ok = True
    print(f"\n{args.documents} documents, {os.cpu_count()} CPU(s), load average {os.getloadavg()[0]:.1f} "
          "(wall seconds, CPU seconds of this process in brackets)")
    print(f"{'':34} {'per-document':>20} {'compacted':>18}  bar")
    print(f"{'files':34} {report.files_before:>20} {report.files_after:>18}")
    for label in QUERIES:
        a, a_cpu, ra = per_document[label]
        b, b_cpu, rb = compacted[label]
        same = ra == rb
        passed = b < QUERY_BAR_S and same
        ok &= passed
        print(f"{label:34} {a:>9.3f}s ({a_cpu:6.2f}s) {b:>7.3f}s ({b_cpu:5.3f}s)  < {QUERY_BAR_S} s "
              f"{'ok' if passed else 'MISSED'}" + ("" if same else "  (results differ!)"))
    passed = compaction_s < COMPACTION_BAR_S and report.documents == args.documents
    ok &= passed
    print(f"{'compaction (' + str(report.documents) + ' documents)':34} {'':>20} {compaction_s:>7.1f}s "
          f"({compaction_cpu:5.1f}s)  < {COMPACTION_BAR_S:.0f} s {'ok' if passed else 'MISSED'} "
          f"({len(report.groups)} groups; load average {load_before:.1f} before, {load_after:.1f} after)")
    print(f"{'publish a compacted document again':34} {'':>20} {republish_s:>7.2f}s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
