"""Isolation and limits (issue 11): supervised document workers, all-or-nothing publish,
paths refused up front, decoded-size bounds."""
from __future__ import annotations

import json
import os
import signal
import time
import zlib
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from cnbudget.demo.broken import make_decompression_bomb, make_fifo, make_huge_grid
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.extractors.limits import (DecodedSizeExceeded, PageTimeLimit, bound_pdfminer, check_stream_sizes,
                                        inflate_bounded, inflate_corrupted, page_time_limit)
from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.flows import publish as publish_mod
from cnbudget.flows.pipeline import extract_to_parquet, process_file, publish_document
from cnbudget.flows.publish import JOURNAL_DIR, document_rows, publish, recover
from cnbudget.flows.supervise import DocumentLost, Supervisor
from cnbudget.schemas.contract import DATASETS
from cnbudget.schemas.model import Document

MIB = 1 << 20


def orphan_rows(out: Path) -> dict[str, int]:
    """Rows of every dataset whose doc_id has no documents row."""
    con = duckdb.connect()
    docs = f"read_parquet('{out}/documents/*.parquet', union_by_name=true)"
    found = {}
    for name in DATASETS:
        if name in ("documents", "sources") or not list((out / name).glob("*.parquet")):
            continue
        n = con.execute(f"SELECT count(*) FROM read_parquet('{out}/{name}/*.parquet', union_by_name=true) "
                        f"WHERE doc_id NOT IN (SELECT doc_id FROM {docs})").fetchone()[0]
        if n:
            found[name] = n
    return found


def leftovers(out: Path) -> list[Path]:
    """Temporary files and journals left under out."""
    return [p for p in out.rglob("*") if p.name.endswith(".tmp") or p.parent.name == JOURNAL_DIR]


# --------------------------------------------------------------------------- worker jobs (run in workers)


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def _allocate(mib: int) -> int:
    block = bytearray(mib * MIB)
    for i in range(0, len(block), 4096):  # touch every page: resident
        block[i] = 1
    time.sleep(1)
    return len(block)


def _segfault() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def _pid() -> int:
    return os.getpid()


def _limits(**kw):
    return DEFAULT_SETTINGS.limits.model_copy(update=kw)


def test_a_worker_past_the_document_time_limit_is_replaced_and_the_next_document_runs():
    with Supervisor(1, _limits(document_seconds=1)) as sup:
        first = sup.submit(_sleep, 30)
        second = sup.submit(_sleep, 0)
        started = time.monotonic()
        with pytest.raises(DocumentLost) as lost:
            sup.result(first)
        assert time.monotonic() - started < 10
        assert lost.value.stage == "limit" and str(lost.value).startswith("time limit: 1 s per document exceeded")
        assert sup.result(second) == "woke"


def test_a_worker_past_the_memory_limit_is_stopped_with_the_reason():
    with Supervisor(1, _limits(memory_mb=256)) as sup:
        with pytest.raises(DocumentLost) as lost:
            sup.result(sup.submit(_allocate, 600))
        assert lost.value.stage == "limit" and "memory limit: 256 MiB per document exceeded" in str(lost.value)
        assert sup.result(sup.submit(_allocate, 16)) == 16 * MIB


def test_a_worker_that_dies_fails_its_own_document_only():
    with Supervisor(2, DEFAULT_SETTINGS.limits) as sup:
        crash, fine = sup.submit(_segfault), sup.submit(_sleep, 0)
        with pytest.raises(DocumentLost) as lost:
            sup.result(crash)
        assert lost.value.stage == "crash" and "SIGSEGV" in str(lost.value)
        assert sup.result(fine) == "woke"


def test_documents_run_outside_the_calling_process_even_with_one_worker():
    with Supervisor(1, DEFAULT_SETTINGS.limits) as sup:
        assert sup.result(sup.submit(_pid)) != os.getpid()
    with Supervisor(0, DEFAULT_SETTINGS.limits) as sup:  # 0: in-process, for debugging
        assert sup.result(sup.submit(_pid)) == os.getpid()


# --------------------------------------------------------------------------- limits inside a document


def test_page_time_limit_interrupts_python_work_and_is_ignored_after_the_page():
    with pytest.raises(PageTimeLimit):
        with page_time_limit(0.2):
            while True:
                pass
    with page_time_limit(0.05):
        pass
    time.sleep(0.1)  # the alarm was disarmed: nothing is raised here


def test_bounded_inflate_refuses_past_the_limit_and_matches_zlib_below():
    data = os.urandom(1000) + b"x" * 5000
    z = zlib.compress(data)
    assert inflate_bounded(z, 10_000) == data
    with pytest.raises(DecodedSizeExceeded):
        inflate_bounded(zlib.compress(b"\0" * 20_000), 10_000)
    with pytest.raises(zlib.error):
        inflate_bounded(z[:-10], 10_000)  # truncated: pdfminer then tries its fallback
    assert inflate_corrupted(z[:-2], 10_000) == data  # a bad checksum at the end: data kept
    with pytest.raises(zlib.error):
        inflate_corrupted(z[:20] + b"\xff" * 50 + z[70:], 10_000)


def test_a_decompression_bomb_fails_fast_without_using_memory(tmp_path):
    bomb = make_decompression_bomb(tmp_path / "bomb.pdf")
    assert bomb.stat().st_size < 3000
    with pytest.raises(DecodedSizeExceeded, match="inflates past 64 MiB"):
        check_stream_sizes(bomb.read_bytes(), 64 * MIB, 1024 * MIB)
    # pdfminer's own decoder is bounded too (for a stream the raw scan could not see)
    from pdfminer.pdftypes import PDFStream

    bound_pdfminer(8 * MIB)
    try:
        stream = PDFStream({"Filter": [_lit("FlateDecode")]}, zlib.compress(b" " * (16 * MIB)))
        with pytest.raises(DecodedSizeExceeded):
            stream.get_data()
    finally:
        bound_pdfminer(DEFAULT_SETTINGS.limits.max_stream_mb * MIB)


def _lit(name):
    from pdfminer.psparser import LIT

    return LIT(name)


# --------------------------------------------------------------------------- the batch


def test_workers_1_still_enforces_the_document_time_limit(tmp_path):
    grid = make_huge_grid(tmp_path / "grid.pdf")
    make_budget_pdf(tmp_path / "good.pdf")
    settings = DEFAULT_SETTINGS.with_(limits={"document_seconds": 4, "page_seconds": 600})
    started = time.monotonic()
    summary = extract_to_parquet([tmp_path], tmp_path / "out", settings=settings, workers=1)
    assert time.monotonic() - started < 60
    assert summary.ok == 1 and summary.failed == 1
    [(name, why)] = summary.failures
    assert name == grid.name and why.startswith("time limit: 4 s per document exceeded")
    con = duckdb.connect()
    rows = con.execute(f"SELECT file_name, status, error_stage FROM read_parquet('{tmp_path}/out/documents/*.parquet')"
                       " ORDER BY file_name").fetchall()
    assert rows == [("good.pdf", "ok", None), ("grid.pdf", "failed", "limit")]
    assert not orphan_rows(tmp_path / "out") and not leftovers(tmp_path / "out")


def test_paths_that_are_not_regular_files_are_refused_up_front(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    make_fifo(inbox / "pipe.pdf")
    os.symlink("/dev/zero", inbox / "zero.pdf")
    make_budget_pdf(inbox / "good.pdf")
    started = time.monotonic()
    summary = extract_to_parquet([inbox, "/dev/zero", tmp_path / "missing.pdf"], tmp_path / "out", workers=1)
    assert time.monotonic() - started < 60
    assert (summary.ok, summary.refused, summary.failed) == (1, 4, 4)
    reasons = dict(summary.failures)
    assert reasons["pipe.pdf"] == "refused: not a regular file: a FIFO (named pipe)"
    assert reasons["zero.pdf"] == reasons["zero"] == "refused: not a regular file: a character device"
    assert reasons["missing.pdf"].startswith("refused: cannot read file")
    # refused paths have no content, so no row: only the good document is published
    assert len(list((tmp_path / "out" / "documents").glob("*.parquet"))) == 2  # + _empty.parquet


def test_process_file_refuses_a_directory_and_a_fifo_with_a_row(tmp_path):
    (tmp_path / "dir.pdf").mkdir()
    make_fifo(tmp_path / "pipe.pdf")
    a = process_file(tmp_path / "dir.pdf", tmp_path / "out", doc_id="a" * 64)
    b = process_file(tmp_path / "pipe.pdf", tmp_path / "out", doc_id="b" * 64)
    assert (a.status, a.error, a.error_stage) == ("failed", "not a regular file: a directory", "file")
    assert b.error == "not a regular file: a FIFO (named pipe)"


def test_a_file_name_that_is_not_utf8_is_published(tmp_path):
    name = os.fsdecode(b"\xd4\xa4\xcb\xe3.pdf")  # 预算.pdf in GBK
    make_budget_pdf(tmp_path / name)
    summary = extract_to_parquet([tmp_path], tmp_path / "out", workers=1)
    assert summary.ok == 1
    [(file_name,)] = duckdb.connect().execute(
        f"SELECT file_name FROM read_parquet('{tmp_path}/out/documents/*.parquet')").fetchall()
    assert file_name == "\u0524\ufffd\ufffd.pdf"  # what decodes as UTF-8 is kept, the rest marked


# --------------------------------------------------------------------------- publish, all or nothing


def _doc_rows(doc_id: str, n_cells: int = 2) -> dict[str, list[dict]]:
    doc = Document(doc_id=doc_id, file_name="x.pdf", page_count=1)
    rows = document_rows(doc)
    rows["cells"] = [{"table_id": doc_id[:16] + "-t001", "doc_id": doc_id, "page": 1, "row": i, "col": 0,
                      "row_span": 1, "col_span": 1, "text": str(i), "x0": 0.0, "y0": 0.0, "x1": 1.0, "y1": 1.0}
                     for i in range(n_cells)]
    return rows


def test_rows_that_do_not_fit_the_contract_change_nothing(tmp_path):
    out, doc_id = tmp_path / "out", "c" * 64
    publish(out, doc_id, _doc_rows(doc_id, 3))
    before = {p: p.read_bytes() for p in out.rglob("*.parquet")}
    bad = _doc_rows(doc_id, 5)
    bad["budget_lines"] = [{"doc_id": doc_id, "amount_yuan": Decimal("1000000000000000000.00")}]  # > decimal128(20,2)
    with pytest.raises(Exception):
        publish(out, doc_id, bad)
    assert {p: p.read_bytes() for p in out.rglob("*.parquet")} == before and not leftovers(out)


def test_a_write_that_fails_half_way_removes_what_it_wrote(tmp_path, monkeypatch):
    out, doc_id = tmp_path / "out", "d" * 64
    real = pq.write_table
    calls = []

    def failing(table, where, **kw):
        calls.append(where)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(table, where, **kw)

    publish(out, "e" * 64, _doc_rows("e" * 64))  # layout written first
    monkeypatch.setattr(publish_mod.pq, "write_table", failing)
    rows = _doc_rows(doc_id)
    rows["tables"] = [{"table_id": doc_id[:16] + "-t001", "doc_id": doc_id, "seq": 1}]
    with pytest.raises(OSError):
        publish(out, doc_id, rows)
    assert not list(out.rglob(f"{doc_id}.parquet")) and not leftovers(out) and not orphan_rows(out)


def test_a_publish_killed_during_its_renames_is_finished_by_the_next(tmp_path, monkeypatch):
    out, doc_id = tmp_path / "out", "f" * 64
    class Killed(BaseException):
        pass

    def killed(plan):
        raise Killed()

    monkeypatch.setattr(publish_mod, "_apply", killed)  # killed right after writing its journal
    with pytest.raises(Killed):
        publish(out, doc_id, _doc_rows(doc_id))
    assert list((out / JOURNAL_DIR).glob("*.json")) and not list(out.rglob(f"{doc_id}.parquet"))
    plan = json.loads(next((out / JOURNAL_DIR).glob("*.json")).read_text())
    assert plan["rename"][-1][1].endswith(f"documents/{doc_id}.parquet")  # the documents file last
    monkeypatch.undo()
    recover(out)
    assert len(list(out.rglob(f"{doc_id}.parquet"))) == 2 and not leftovers(out) and not orphan_rows(out)


def test_a_document_whose_rows_cannot_be_published_is_failed_with_its_documents_row(tmp_path):
    out, doc_id = tmp_path / "out", "9" * 64
    doc = Document(doc_id=doc_id, file_name="big.pdf", page_count=1)
    rows = _doc_rows(doc_id)
    rows["budget_lines"] = [{"doc_id": doc_id, "amount_yuan": Decimal("1e18")}]
    published = publish_document(out, doc, rows)
    assert list(published) == ["documents"] and doc.status == "failed" and doc.error_stage == "publish"
    [(status, stage, error)] = duckdb.connect().execute(
        f"SELECT status, error_stage, error FROM read_parquet('{out}/documents/*.parquet')").fetchall()
    assert (status, stage) == ("failed", "publish") and error.startswith("rows not published")
    assert not list((out / "cells").glob(f"{doc_id}.parquet"))
