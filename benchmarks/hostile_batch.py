"""A batch of hostile files beside good documents, through `cnbudget extract` as a user
runs it (issue 11's figure). One command:

    .venv/bin/python benchmarks/hostile_batch.py [--workers 2] [--real 3] [--no-each]

It builds, in a temporary folder, every hostile kind of cnbudget.demo.broken.HOSTILE
(junk, empty, truncated, encrypted, byte-flipped, decompression bomb, corrupt xref,
400x400 grid, deep nesting, amounts beyond decimal128(20,2), a non-UTF-8 name, a FIFO,
a link to /dev/zero) beside generated good documents and, when ../shared/corpus is
there, the smallest few real PDFs (linked, not copied). Then it runs `cnbudget extract`
on the folder as a subprocess, sampling the resident memory of its whole process tree
every 50 ms (psutil), and checks: every good document ok; every hostile one failed or
partial with a stage and a reason (refused up front for the FIFO and the device; the
corrupt-xref file read in full from PDFium's repaired copy; the amounts kept as rows);
no traceback on stderr; no orphan row and no temporary file left; exit code 1; the
peak memory of the tree under 2.5 GB. With --each (default) every hostile file is also
run alone, to time it against the per-document limit (that wall includes the
command's start, ~2 s).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import psutil

from cnbudget.demo.broken import HOSTILE
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.final_accounts import make_final_accounts_pdf
from cnbudget.demo.performance import make_performance_targets_pdf
from cnbudget.extractors.pdf import display_name
from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.flows.publish import JOURNAL_DIR
from cnbudget.schemas.contract import DATASETS

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PEAK_LIMIT = 2.5e9


def cnbudget_command() -> list[str]:
    script = Path(sys.executable).with_name("cnbudget")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cnbudget.flows.cli"]


def run_measured(cmd: list[str]) -> tuple[int, str, float, int, int]:
    """(exit code, stderr, wall seconds, peak RSS of the process tree in bytes, most
    processes seen at once)."""
    started = time.monotonic()
    env = {**os.environ, "COLUMNS": "400"}  # the summary's lines unwrapped
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace",
                            env=env)
    peak, most = 0, 0
    done = threading.Event()

    def sample():
        nonlocal peak, most
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            total = 0
            for p in tree:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            peak, most = max(peak, total), max(most, len(tree))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    return proc.returncode, err, time.monotonic() - started, peak, most


def build(inbox: Path, real: int) -> tuple[list[str], dict[str, Path]]:
    inbox.mkdir(parents=True)
    make_budget_pdf(inbox / "good_budget.pdf")
    make_budget_pdf(inbox / "good_unit_budget.pdf", department="上海市普陀区司法局", scope="unit", seed=1)
    make_final_accounts_pdf(inbox / "good_final_accounts.pdf")
    make_performance_targets_pdf(inbox / "good_targets.pdf")
    good = ["good_budget.pdf", "good_unit_budget.pdf", "good_final_accounts.pdf", "good_targets.pdf"]
    if CORPUS.is_dir():
        pdfs = [p for p in CORPUS.glob("*.pdf") if p.read_bytes()[:5] == b"%PDF-"]
        for p in sorted(pdfs, key=lambda p: p.stat().st_size)[:real]:
            os.symlink(p, inbox / f"real_{p.name}")
            good.append(f"real_{p.name}")
    hostile = {h.name: h.make(inbox) for h in HOSTILE}
    return good, hostile


def orphans(out: Path) -> int:
    con = duckdb.connect()
    docs = f"SELECT doc_id FROM read_parquet('{out}/documents/*.parquet', union_by_name=true)"
    n = 0
    for name in DATASETS:
        if name not in ("documents", "sources") and list((out / name).glob("*.parquet")):
            n += con.execute(f"SELECT count(*) FROM read_parquet('{out}/{name}/*.parquet', union_by_name=true) "
                             f"WHERE doc_id NOT IN ({docs})").fetchone()[0]
    return n


def verdict(kind, row, refusal: str | None, lines: int) -> tuple[bool, str]:
    """Whether a hostile file got what it must get, and what it got."""
    if kind.expect == "refused":
        return bool(refusal), refusal or "no refusal reported"
    if row is None:
        return False, "no documents row"
    status, stage, error, pages = row
    got = f"{status}" + (f" [{stage}] {error}" if error else f", {pages} pages")
    if kind.expect == "kept":
        return stage not in ("crash",) and lines >= 3, got + f"; {lines} budget lines"
    if kind.expect == "ok":
        return status == "ok" and (pages or 0) > 0, got
    return status in kind.expect.split("|") and bool(error) and stage not in ("crash", "publish"), got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--real", type=int, default=3, help="smallest real PDFs from ../shared/corpus to add")
    ap.add_argument("--each", action=argparse.BooleanOptionalAction, default=True,
                    help="also run every hostile file alone, to time it")
    ap.add_argument("--keep", type=Path, default=None, help="build the batch here and keep it")
    args = ap.parse_args()
    limits = DEFAULT_SETTINGS.limits
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        inbox, out = root / "in", root / "out"
        good, hostile = build(inbox, args.real)
        cmd = cnbudget_command() + ["extract", str(inbox), "--out", str(out), "--workers", str(args.workers)]
        code, err, wall, peak, most = run_measured(cmd)
        con = duckdb.connect()
        rows = {r[0]: r[1:] for r in con.execute(
            f"SELECT file_name, status, error_stage, error, page_count FROM read_parquet('{out}/documents/*.parquet', "
            "union_by_name=true)").fetchall()}
        lines = dict(con.execute(
            f"SELECT d.file_name, count(*) FROM read_parquet('{out}/budget_lines/*.parquet', union_by_name=true) b "
            f"JOIN read_parquet('{out}/documents/*.parquet', union_by_name=true) d USING (doc_id) GROUP BY 1").fetchall())

        def refusal(name: str) -> str | None:  # the summary's line for a refused path
            return next((ln.strip(" │") for ln in err.splitlines() if name in ln and "refused" in ln), None)
        each: dict[str, float] = {}
        if args.each:
            for name, path in hostile.items():
                single = root / f"alone-{name}"
                c = cnbudget_command() + ["extract", str(path), "--out", str(single), "--workers", "1", "--quiet"]
                started = time.monotonic()
                subprocess.run(c, capture_output=True, timeout=limits.document_seconds * 3)
                each[name] = time.monotonic() - started

        print(f"{'kind':18} {'result':5} {'alone s':>7}  what it got")
        passed = 0
        for kind in HOSTILE:
            kind_file = display_name(hostile[kind.name])
            ok, got = verdict(kind, rows.get(kind_file), refusal(kind_file), lines.get(kind_file, 0))
            passed += ok
            alone = f"{each[kind.name]:7.1f}" if kind.name in each else "      -"
            print(f"{kind.name:18} {'pass' if ok else 'FAIL':5} {alone}  {got[:110]}")
        good_ok = sum(1 for g in good if rows.get(g, ("?",))[0] == "ok")
        leftover = [p for p in out.rglob("*") if p.name.endswith(".tmp") or p.parent.name == JOURNAL_DIR]
        n_orphans = orphans(out)
        checks = {
            f"good documents ok: {good_ok}/{len(good)}": good_ok == len(good),
            f"hostile files as required: {passed}/{len(HOSTILE)}": passed == len(HOSTILE),
            f"traceback on stderr: {'yes' if 'Traceback' in err else 'none'}": "Traceback" not in err,
            f"orphan rows: {n_orphans}, temporary files left: {len(leftover)}": not n_orphans and not leftover,
            f"exit code: {code} (1 expected: documents failed)": code == 1,
            f"peak RSS of the process tree: {peak / 1e9:.2f} GB (<= 2.5 GB; {most} processes at most)":
                peak <= PEAK_LIMIT,
            f"slowest hostile file alone: {max(each.values(), default=0):.1f} s "
            f"(limit {limits.document_seconds:g} s + start)": max(each.values(), default=0) <= limits.document_seconds + 10,
        }
        print(f"\nbatch: {len(good)} good + {len(HOSTILE)} hostile files, --workers {args.workers}: "
              f"{wall:.1f} s wall")
        for what, ok in checks.items():
            print(f"  [{'ok' if ok else 'FAIL'}] {what}")
        return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
