"""Text-layer extraction throughput, side by side, in one run.

    .venv/bin/python benchmarks/bench_extract.py [PDF or folder ...]   (default ../shared/corpus)

Over the same pages of the same PDFs it times
  - cnbudget:   extract_document() (tables, cells, spans, titles, joins, metadata)
  - pdfplumber: a plain page.extract_tables() pass
  - camelot:    camelot.read_pdf(flavor="lattice")
each in a fresh process (so peak memory is that method's own), and prints pages per
second, the speed relative to plain pdfplumber and peak RSS. Files that are not PDFs
are skipped. Runs are repeated (--repeat, best of) because shared machines are noisy.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from fresh_process import run_fresh

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _pdfs(paths: list[str]) -> list[Path]:
    out = []
    for p in map(Path, paths or [CORPUS]):
        files = sorted(p.rglob("*.pdf")) if p.is_dir() else [p]
        out += [f for f in files if f.read_bytes()[:1024].find(b"%PDF-") >= 0]
    return out


def _page_count(path: Path) -> int:
    import pypdfium2
    return len(pypdfium2.PdfDocument(str(path)))


def _run_cnbudget(files):
    from cnbudget.extractors.document import extract_document
    n = 0
    for f in files:
        n += sum(len(t.cells) for t in extract_document(f).tables)
    return n


def _run_pdfplumber(files):
    import pdfplumber
    n = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                n += sum(len(r) for t in page.extract_tables() for r in t)
                page.close()
    return n


def _run_camelot(files):
    import camelot
    n = 0
    for f in files:
        for t in camelot.read_pdf(str(f), pages="all", flavor="lattice", suppress_stdout=True):
            n += t.shape[0] * t.shape[1]
    return n


METHODS = {"cnbudget": _run_cnbudget, "pdfplumber": _run_pdfplumber, "camelot": _run_camelot}


def _timed(method: str, files) -> tuple[float, int]:
    t0 = time.perf_counter()
    cells = METHODS[method](files)
    return time.perf_counter() - t0, cells


def measure(method: str, files) -> tuple[float, int, int]:
    """(seconds, cells, peak KiB) of one method in a fresh interpreter."""
    (seconds, cells), peak_kib = run_fresh(_timed, method, files)
    return seconds, cells, peak_kib


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=3, help="runs per method; the fastest counts")
    ap.add_argument("--methods", default=",".join(METHODS), help="comma-separated subset of " + ",".join(METHODS))
    args = ap.parse_args(argv)
    files = _pdfs(args.paths)
    if not files:
        print("no PDFs found (is ../shared/corpus there?)", file=sys.stderr)
        return 2
    pages = sum(_page_count(f) for f in files)
    print(f"{len(files)} PDFs, {pages} pages; best of {args.repeat} run(s) per method\n")
    results = {}
    for m in args.methods.split(","):
        runs = [measure(m, files) for _ in range(args.repeat)]
        best = min(runs, key=lambda r: r[0])
        results[m] = (best[0], best[1], max(r[2] for r in runs))
    base = results.get("pdfplumber", (None,))[0]
    print(f"{'method':<12}{'seconds':>9}{'pages/s':>10}{'vs pdfplumber':>15}{'peak MiB':>10}{'cells':>9}")
    for m, (sec, cells, peak) in results.items():
        rel = f"{base / sec:.2f}x" if base else "-"
        print(f"{m:<12}{sec:>9.2f}{pages / sec:>10.1f}{rel:>15}{peak / 1024:>10.0f}{cells:>9}")
    if "cnbudget" in results and "camelot" in results:
        print(f"\ncnbudget is {results['camelot'][0] / results['cnbudget'][0]:.1f}x Camelot lattice")
    return 0


if __name__ == "__main__":
    sys.exit(main())
