"""Byte-level mutations of generated and real PDFs through the whole document entry point
(extract + normalize + publish, in supervised workers): never a traceback, always a
status and a reason, nothing orphaned. Bounded and seeded (about 30 files, < 60 s on two
cores). A mutation that once broke the pipeline stays in REGRESSIONS, re-made from its
seed.

More seeds, for a longer campaign: ``CNBUDGET_FUZZ_SEEDS=500 pytest tests/test_fuzz_pdf.py``.
"""
from __future__ import annotations

import os
import random
from pathlib import Path

import duckdb
import pytest

from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.flows.pipeline import extract_to_parquet

from test_isolation import leftovers, orphan_rows

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SEEDS = int(os.environ.get("CNBUDGET_FUZZ_SEEDS", "24"))
# (source, seed) pairs whose mutant once ended in a crash or a traceback
REGRESSIONS: list[tuple[str, int]] = []


def _flip_bits(rng: random.Random, b: bytearray) -> None:
    for _ in range(rng.randint(1, 16)):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)


def _overwrite_run(rng: random.Random, b: bytearray) -> None:
    i = rng.randrange(len(b))
    n = rng.randint(1, 64)
    b[i:i + n] = bytes(rng.randrange(256) for _ in range(n))


def _truncate(rng: random.Random, b: bytearray) -> None:
    del b[rng.randint(16, len(b) - 1):]


def _delete_range(rng: random.Random, b: bytearray) -> None:
    i = rng.randrange(len(b))
    del b[i:i + rng.randint(1, 2048)]


def _duplicate_range(rng: random.Random, b: bytearray) -> None:
    i = rng.randrange(len(b))
    n = rng.randint(1, 4096)
    b[i:i] = b[i:i + n]


def _tweak_numbers(rng: random.Random, b: bytearray) -> None:
    """Change a few digits: object numbers, lengths, offsets, coordinates."""
    digits = [i for i in range(len(b)) if 48 <= b[i] <= 57]
    for i in rng.sample(digits, min(len(digits), rng.randint(1, 12))):
        b[i] = rng.choice(b"0123456789")


def _tweak_keywords(rng: random.Random, b: bytearray) -> None:
    """Break a structural keyword or name: obj, endobj, stream, /Length, /Kids, /Filter …"""
    words = [b"obj", b"endobj", b"stream", b"endstream", b"/Length", b"/Kids", b"/Filter", b"/Type", b"xref",
             b"trailer", b"/Root", b"/Count", b"/Contents", b"/Font", b"<<", b">>", b"[", b"]"]
    word = rng.choice(words)
    places = [i for i in range(len(b)) if b.startswith(word, i)]
    if places:
        i = rng.choice(places)
        b[i:i + len(word)] = bytes(rng.randrange(256) for _ in word) if rng.random() < 0.5 else b""


MUTATIONS = [_flip_bits, _overwrite_run, _truncate, _delete_range, _duplicate_range, _tweak_numbers,
             _tweak_keywords]


def mutant(data: bytes, seed: int) -> bytes:
    """The seed's mutant of data: one to three mutations, chosen and applied by a
    generator seeded with it (the same seed always gives the same bytes)."""
    rng = random.Random(seed)
    b = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        rng.choice(MUTATIONS)(rng, b)
    return bytes(b)


def _sources(root: Path) -> dict[str, bytes]:
    make_budget_pdf(root / "budget.pdf", n_function_rows=6, seed=3)
    found = {"budget": (root / "budget.pdf").read_bytes()}
    real = sorted(CORPUS.glob("*.pdf"), key=lambda p: p.stat().st_size) if CORPUS.is_dir() else []
    real = [p for p in real if p.read_bytes()[:5] == b"%PDF-"]
    if real:
        found["corpus"] = real[0].read_bytes()
    return found


def _run(tmp_path: Path, cases: list[tuple[str, int]]) -> list[tuple]:
    sources = _sources(tmp_path)
    inbox = tmp_path / "in"
    inbox.mkdir()
    names = {}
    for source, seed in cases:
        if source in sources:
            name = f"{source}-{seed:05d}.pdf"
            (inbox / name).write_bytes(mutant(sources[source], seed))
            names[name] = (source, seed)
    settings = DEFAULT_SETTINGS.with_(limits={"page_seconds": 5, "document_seconds": 40})
    summary = extract_to_parquet([inbox], tmp_path / "out", settings=settings, workers=2)
    rows = duckdb.connect().execute(
        f"SELECT file_name, status, error_stage, error FROM read_parquet('{tmp_path}/out/documents/*.parquet')"
    ).fetchall()
    published = {r[0] for r in rows}
    # the same mutant bytes twice are one document; everything else has its row
    assert summary.documents + summary.duplicates == len(names)
    assert len(published) == summary.documents
    assert not orphan_rows(tmp_path / "out") and not leftovers(tmp_path / "out")
    return rows


def _check(rows: list[tuple]) -> None:
    bad = [(name, status, stage, error) for name, status, stage, error in rows
           if status not in ("ok", "partial", "failed")
           or (status != "ok" and not error)
           or stage in ("crash", "publish")  # an exception escaped, a worker died, rows did not fit
           or "Traceback" in (error or "")]
    assert not bad, bad


def test_mutated_pdfs_never_break_the_pipeline(tmp_path):
    cases = [("budget", s) for s in range(SEEDS)] + [("corpus", 10_000 + s) for s in range(max(2, SEEDS // 4))]
    _check(_run(tmp_path, cases))


@pytest.mark.skipif(not REGRESSIONS, reason="no crasher kept yet")
def test_kept_crashers_stay_fixed(tmp_path):
    _check(_run(tmp_path, REGRESSIONS))
