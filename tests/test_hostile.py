"""A batch of every hostile file kind (demo.broken.HOSTILE) beside good documents: every
good document ok, every hostile one failed/partial with a stage and a reason (or
refused up front), nothing published for a document that another dataset lacks. The
full-size figures (default limits, real PDFs, peak memory) are benchmarks/hostile_batch.py's."""
from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest

from cnbudget.demo.broken import HOSTILE
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.performance import make_performance_targets_pdf
from cnbudget.extractors.pdf import display_name
from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.flows.pipeline import extract_to_parquet

from test_isolation import leftovers, orphan_rows


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    inbox = root / "in"
    inbox.mkdir()
    made = {h.name: h.make(inbox) for h in HOSTILE}
    make_budget_pdf(inbox / "good_budget.pdf", department="上海市普陀区良好局")
    make_performance_targets_pdf(inbox / "good_targets.pdf")
    # a short page limit keeps the huge grid quick here; the benchmark uses the defaults
    settings = DEFAULT_SETTINGS.with_(limits={"page_seconds": 3, "document_seconds": 45})
    started = time.monotonic()
    summary = extract_to_parquet([inbox], root / "out", settings=settings, workers=2)
    wall = time.monotonic() - started
    con = duckdb.connect()
    rows = {r[0]: r[1:] for r in con.execute(
        f"SELECT file_name, status, error_stage, error, page_count FROM read_parquet('{root}/out/documents/*.parquet')"
    ).fetchall()}
    return root, made, summary, rows, wall


def test_good_documents_are_ok(batch):
    _, _, _, rows, _ = batch
    assert rows["good_budget.pdf"][:2] == ("ok", None) and rows["good_targets.pdf"][:2] == ("ok", None)


@pytest.mark.parametrize("kind", HOSTILE, ids=lambda h: h.name)
def test_each_hostile_file_gets_its_outcome(batch, kind):
    _, made, summary, rows, _ = batch
    name = display_name(made[kind.name])
    if kind.expect == "refused":
        assert dict(summary.failures)[name].startswith("refused: not a regular file")
        assert name not in rows
        return
    status, stage, error, pages = rows[name]
    if kind.expect == "kept":  # out-of-contract amounts: never a lost batch or a crash
        assert stage not in ("crash",), error
        return
    assert status in kind.expect.split("|"), (status, error)
    if status != "ok":
        assert stage in ("file", "page", "ocr", "limit") and error, (stage, error)
    else:
        assert pages and pages > 0  # never ok with 0 pages


def test_the_batch_ends_with_nothing_orphaned(batch):
    root, _, summary, rows, wall = batch
    out = root / "out"
    assert not orphan_rows(out) and not leftovers(out)
    assert summary.failed >= 8 and summary.refused == 2
    assert wall < 120
