"""Text-layer backends side by side, on the same pages, in one run, in CPU seconds.

    .venv/bin/python benchmarks/bench_backends.py [PDF or folder ...] [--repeat N] [--methods a,b,...]
                                                  [--bytecode-cache]

Default input: ../shared/corpus and ../shared/corpus/cities (every PDF, every page).
Each method runs in a fresh process and is timed in CPU seconds (user + system, of the
process and of every process it starts), not wall time: the machine is shared, and
CPU time is what another run's load changes least. Methods:

  cli-pdfium       `cnbudget extract --strategy pdfium` (the default) end to end:
                   start-up, worker processes, extraction, normalization, Parquet
                   publishing
  cli-pdfplumber   the same with --strategy pdfplumber (the reference backend)
  pdfium           extract_document(strategy="pdfium") in one process: extraction alone
  pdfplumber       extract_document(strategy="pdfplumber")
  plain            a plain pdfplumber page.extract_tables() pass over every page
  camelot          camelot.read_pdf(flavor="lattice") over every page
  pymupdf          PyMuPDF page.find_tables() over every page; only when PyMuPDF is
                   installed (`pip install -e .[bench]`: AGPL, so a benchmark-only extra,
                   never a dependency of cnbudget)

It prints pages per CPU-second, the ratio to the plain pdfplumber pass, wall seconds,
peak resident memory (the largest single process) and the cells each method found.
The CLI's CPU is summed over its process tree, sampled every 10 ms with psutil (worker
processes are forked by a forkserver, which no parent waits for, so resource usage of
children misses them); what a process spends in its last 10 ms before exiting is lost,
well under 1% of a run.

cnbudget's own modules are compiled at every start of the command where
PYTHONDONTWRITEBYTECODE is set (an editable install; the libraries' modules were compiled
when they were installed). --bytecode-cache lets the command cache them in a temporary
folder, filled by one uncounted run first, as an installed cnbudget has them.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fresh_process import run_fresh

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_INPUTS = [SHARED / "corpus", SHARED / "corpus" / "cities"]


def pdfs(paths: list[Path]) -> list[Path]:
    """The PDFs named or found directly in the folders named (files that are not PDFs are
    left out: every method must read the same pages)."""
    out = []
    for p in paths:
        files = sorted(p.glob("*.pdf")) if p.is_dir() else [p]
        out += [f for f in files if f.read_bytes()[:1024].find(b"%PDF-") >= 0 and _page_count(f)]
    return out


def _page_count(path: Path) -> int:
    import pypdfium2

    try:
        return len(pypdfium2.PdfDocument(str(path)))
    except Exception:  # PdfiumError: not a PDF any method could read
        return 0


# --------------------------------------------------------------------------- methods (run in a fresh process)


def _extract(files, strategy: str) -> int:
    from cnbudget.extractors.document import extract_document
    from cnbudget.extractors.settings import DEFAULT_SETTINGS

    settings = DEFAULT_SETTINGS.with_(strategy=strategy)
    return sum(len(t.cells) for f in files for t in extract_document(f, settings).tables)


def _run_pdfium(files) -> int:
    return _extract(files, "pdfium")


def _run_pdfplumber(files) -> int:
    return _extract(files, "pdfplumber")


def _run_plain(files) -> int:
    import pdfplumber

    n = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                n += sum(len(r) for t in page.extract_tables() for r in t)
                page.close()
    return n


def _run_camelot(files) -> int:
    import camelot

    n = 0
    for f in files:
        for t in camelot.read_pdf(str(f), pages="all", flavor="lattice", suppress_stdout=True):
            n += t.shape[0] * t.shape[1]
    return n


def _run_pymupdf(files) -> int:
    import pymupdf

    n = 0
    for f in files:
        with pymupdf.open(f) as doc:
            for page in doc:
                n += sum(t.row_count * t.col_count for t in page.find_tables().tables)
    return n


IN_PROCESS = {"pdfium": _run_pdfium, "pdfplumber": _run_pdfplumber, "plain": _run_plain,
              "camelot": _run_camelot, "pymupdf": _run_pymupdf}
CLI = {"cli-pdfium": "pdfium", "cli-pdfplumber": "pdfplumber"}
METHODS = ["cli-pdfium", "cli-pdfplumber", "pdfium", "pdfplumber", "plain", "camelot", "pymupdf"]


def _cpu_self_and_children() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(method: str, files) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, cells) of one in-process method."""
    c0, t0 = _cpu_self_and_children(), time.perf_counter()
    cells = IN_PROCESS[method](files)
    return _cpu_self_and_children() - c0, time.perf_counter() - t0, cells


def available(method: str) -> bool:
    if method == "pymupdf":
        try:
            import pymupdf  # noqa: F401
        except ImportError:
            return False
    return True


def measure_in_process(method: str, files) -> tuple[float, float, int, int]:
    """(CPU s, wall s, cells, peak KiB) of one method in a fresh interpreter."""
    (cpu, wall, cells), peak_kib = run_fresh(_timed, method, files)
    return cpu, wall, cells, peak_kib


def measure_cli(strategy: str, files, env: dict[str, str] | None = None) -> tuple[float, float, int, int]:
    """(CPU s of the process tree, wall s, cells published, peak KiB of one process) of
    `cnbudget extract --strategy STRATEGY` over the files, in the environment env."""
    import psutil
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        cmd = [str(ROOT / ".venv" / "bin" / "cnbudget"), "extract", *map(str, files), "--out", str(out),
               "--quiet", "--strategy", strategy]
        cpu: dict[tuple[int, float], float] = {}
        peak = 0
        t0 = time.perf_counter()
        root = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        while True:
            done = root.poll() is not None
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.Error:
                procs = [root]
            for p in procs:
                try:
                    with p.oneshot():
                        t = p.cpu_times()
                        key = (p.pid, p.create_time())
                        cpu[key] = max(cpu.get(key, 0.0), t.user + t.system)
                        peak = max(peak, p.memory_info().rss // 1024)
                except psutil.Error:
                    pass
            if done:
                break
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        cells = sum(pq.read_metadata(f).num_rows for f in (out / "cells").glob("*.parquet"))
    return sum(cpu.values()), wall, cells, peak


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=1, help="rounds over all methods; each method's least CPU counts")
    ap.add_argument("--methods", default=",".join(METHODS), help="comma-separated subset of " + ",".join(METHODS))
    ap.add_argument("--bytecode-cache", action="store_true",
                    help="let the command cache compiled modules (in a temporary folder), as an install does")
    args = ap.parse_args(argv)
    files = pdfs(args.paths or [p for p in DEFAULT_INPUTS if p.is_dir()])
    if not files:
        print("no PDFs found (is ../shared/corpus there?)", file=sys.stderr)
        return 2
    pages = sum(_page_count(f) for f in files)
    methods = [m for m in args.methods.split(",") if m]
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        print(f"unknown method(s) {unknown}; choose from {METHODS}", file=sys.stderr)
        return 2
    print(f"{len(files)} PDFs, {pages} pages; least CPU of {args.repeat} round(s), methods taken in turn; "
          f"load average {os.getloadavg()[0]:.1f}; cnbudget's compiled modules "
          f"{'cached' if args.bytecode_cache else 'as the environment says'}\n")
    for m in [m for m in methods if not available(m)]:
        print(f"{m}: not installed, left out")
    methods = [m for m in methods if available(m)]
    runs: dict[str, list] = {m: [] for m in methods}
    with tempfile.TemporaryDirectory() as pycache:
        env = None
        if args.bytecode_cache:
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            env["PYTHONPYCACHEPREFIX"] = pycache
            for m in methods:  # uncounted: compiles what each command imports
                if m in CLI:
                    measure_cli(CLI[m], files[:1], env)
        for _ in range(args.repeat):  # rounds: a load that comes and goes weighs on every method alike
            for m in methods:
                runs[m].append(measure_cli(CLI[m], files, env) if m in CLI else measure_in_process(m, files))
    results = {}
    for m, rs in runs.items():
        best = min(rs, key=lambda r: r[0])
        results[m] = (best[0], best[1], best[2], max(r[3] for r in rs))
    if "plain" in runs and args.repeat > 1:
        for m in methods:
            if m != "plain":
                ratios = sorted(p[0] / r[0] for p, r in zip(runs["plain"], runs[m]))
                print(f"{m}: pages per CPU-second over plain's, round by round: "
                      + ", ".join(f"{x:.2f}x" for x in ratios))
        print()
    base = results.get("plain", (None,))[0]
    print(f"{'method':<16}{'CPU s':>8}{'pages/CPU-s':>13}{'vs plain':>10}{'wall s':>9}{'peak MiB':>10}{'cells':>9}")
    for m, (cpu, wall, cells, peak) in results.items():
        rel = f"{base / cpu:.2f}x" if base else "-"
        print(f"{m:<16}{cpu:>8.2f}{pages / cpu:>13.1f}{rel:>10}{wall:>9.1f}{peak / 1024:>10.0f}{cells:>9}")
    for a, b in (("cli-pdfium", "cli-pdfplumber"), ("pdfium", "pdfplumber"), ("pdfium", "camelot"),
                 ("pdfium", "pymupdf")):
        if a in results and b in results:
            print(f"{a} uses {results[a][0] / results[b][0]:.2f}x the CPU of {b}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
