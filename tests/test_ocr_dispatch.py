"""The pages of a long scan spread over the run's warm worker processes (flows/dispatch.py).

One real run: a 3-page scan through two supervised workers must give the very document
extract_document gives in one process, with each worker building its OCR engine once
and no process started for OCR. The scheduling itself (which task goes out when, the
document's time budget, a lost page) is checked with a supervisor stand-in that runs
stand-in tasks on threads.
"""
from __future__ import annotations

import concurrent.futures as cf
import os
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scan_fixtures  # noqa: E402

from cnbudget.demo.budgets import make_budget_pdf  # noqa: E402
from cnbudget.extractors.document import DocumentDraft, extract_document  # noqa: E402
from cnbudget.extractors.page import PageResult  # noqa: E402
from cnbudget.extractors.settings import DEFAULT_SETTINGS  # noqa: E402
from cnbudget.flows import dispatch  # noqa: E402
from cnbudget.flows.pipeline import _Job  # noqa: E402
from cnbudget.flows.supervise import DocumentLost, Supervisor  # noqa: E402
from cnbudget.schemas.model import Document  # noqa: E402


def _engines_here(wait: float) -> tuple[int, int]:
    """(pid, OCR engines built) of the worker that runs it."""
    from cnbudget.extractors import ocr

    time.sleep(wait)  # both workers get one when two are handed over together
    return os.getpid(), ocr.ENGINE_CREATED


def _cells(doc: Document) -> list[tuple]:
    return [(t.seq, c.page, c.row, c.col, c.row_span, c.col_span, c.text, c.confidence, c.x0, c.y0, c.x1, c.y1)
            for t in doc.tables for c in t.cells]


def test_a_scan_is_read_page_by_page_by_the_warm_workers_with_the_same_result(tmp_path):
    src = tmp_path / "budget.pdf"
    make_budget_pdf(src)
    scan = tmp_path / "scan.pdf"
    scan_fixtures.make_scan_pdf(src, scan, [3, 4, 5], seed=3)  # 3 pages: spread (ocr.parallel_min_pages)
    job = _Job(scan, None)

    import psutil

    seen: set[str] = set()
    running = True

    def watch() -> None:  # every process under this one while the run lasts
        me = psutil.Process()
        while running:
            for p in me.children(recursive=True):
                try:
                    seen.add(" ".join(p.cmdline()))
                except psutil.Error:
                    pass
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        with Supervisor(2, DEFAULT_SETTINGS.limits) as sup:
            [(_, doc, rows)] = list(dispatch.run_documents(sup, [job], DEFAULT_SETTINGS))
            probes = [sup.submit(_engines_here, 0.5) for _ in range(2)]
            engines = dict(sup.result(f) for f in probes)
    finally:
        running = False
        watcher.join()
    assert doc.status == "ok" and doc.ocr_page_count == 3, doc.error
    assert rows["cells"] and rows["documents"]
    # both workers read pages, each with the one engine it built
    assert len(engines) == 2 and set(engines.values()) == {1}, engines
    assert not any("spawn_main" in cmd for cmd in seen), seen  # no process started for OCR
    alone = extract_document(scan)
    assert _cells(doc) == _cells(alone) and doc.page_routes == alone.page_routes


# --------------------------------------------------------------------------- scheduling


class _Supervisor:
    """Supervisor stand-in: tasks on threads; counts what is handed over and not yet taken
    back (the dispatcher must never hand over more than there are workers)."""

    def __init__(self, workers: int, limits=DEFAULT_SETTINGS.limits):
        self.workers, self.limits = workers, limits
        self._pool = cf.ThreadPoolExecutor(workers)
        self._lock = threading.Lock()
        self.outstanding = self.most_outstanding = 0
        self.calls: list[tuple[str, tuple]] = []
        self.cancelled = 0

    def submit(self, fn, *args, timeout=None):
        with self._lock:
            self.calls.append((fn.__name__, args))
            self.outstanding += 1
            self.most_outstanding = max(self.most_outstanding, self.outstanding)
        return self._pool.submit(fn, *args)

    def result(self, fut):
        with self._lock:
            self.outstanding -= 1
        value = fut.result()
        if isinstance(value, DocumentLost):
            raise value
        return value

    def cancel(self, fut):
        with self._lock:
            self.outstanding -= 1
            self.cancelled += 1
        fut.cancel()


def _doc(job: _Job) -> Document:
    return Document(doc_id=job.path.stem, file_name=job.path.name)


@pytest.fixture
def stand_in_tasks(monkeypatch):
    """Tasks that take (almost) no time: 'scanN.pdf' has N scanned pages, anything else
    is text; a page listed in ``lose`` loses its worker, each page takes ``page_seconds``."""
    plan = {"lose": set(), "page_seconds": 0.01, "finished": []}

    def start(job, settings, spread_from):
        pages = int(job.path.stem[4:]) if job.path.stem.startswith("scan") else 0
        if pages >= spread_from:
            return dispatch.Started(draft=DocumentDraft(_doc(job), job.path, [], list(range(1, pages + 1))))
        return dispatch.Started(done=(_doc(job), {"pages": []}))

    def read_ocr_page(path, page, settings):
        time.sleep(plan["page_seconds"])
        if (path.stem, page) in plan["lose"]:
            return DocumentLost("crash", "the worker process reading it died (signal SIGKILL)")
        return PageResult(page)

    def finish(job, draft, pages, settings):
        plan["finished"].append(job.path.stem)
        return draft.doc, {"pages": [p.page for p in pages]}

    monkeypatch.setattr(dispatch, "start", start)
    monkeypatch.setattr(dispatch, "read_ocr_page", read_ocr_page)
    monkeypatch.setattr(dispatch, "finish", finish)
    return plan


def _jobs(*names: str) -> list[_Job]:
    return [_Job(Path(f"/in/{n}.pdf"), None) for n in names]


def test_pages_go_out_one_task_each_never_more_than_the_workers(stand_in_tasks):
    sup = _Supervisor(2)
    out = {job.path.stem: rows for job, _, rows in dispatch.run_documents(sup, _jobs("scan7", "text", "scan2"),
                                                                            DEFAULT_SETTINGS)}
    assert out == {"scan7": {"pages": list(range(1, 8))}, "text": {"pages": []}, "scan2": {"pages": []}}
    pages = [args[1] for name, args in sup.calls if name == "read_ocr_page"]
    assert sorted(pages) == list(range(1, 8))  # scan2 (under parallel_min_pages) read in its own task
    assert sup.most_outstanding <= 2 and sup.outstanding == 0
    assert stand_in_tasks["finished"] == ["scan7"]


def test_one_worker_reads_a_scan_in_its_own_task(stand_in_tasks):
    sup = _Supervisor(1)
    [(_, _, rows)] = dispatch.run_documents(sup, _jobs("scan9"), DEFAULT_SETTINGS)
    assert [name for name, _ in sup.calls] == ["start"] and rows == {"pages": []}


def test_a_lost_page_loses_its_document_only(stand_in_tasks):
    stand_in_tasks["lose"].add(("scan6", 2))
    sup = _Supervisor(2)
    docs = {job.path.stem: doc for job, doc, _ in dispatch.run_documents(sup, _jobs("scan6", "scan4"),
                                                                            DEFAULT_SETTINGS)}
    assert docs["scan6"].status == "failed" and docs["scan6"].error_stage == "crash"
    assert "died" in docs["scan6"].error
    assert docs["scan4"].status == "ok" and stand_in_tasks["finished"] == ["scan4"]
    assert sup.outstanding == 0


def test_a_documents_tasks_share_its_time_limit(stand_in_tasks):
    stand_in_tasks["page_seconds"] = 0.2  # 6 pages two at a time: 0.6 s, past the document's 0.3 s
    settings = DEFAULT_SETTINGS.with_(limits={"document_seconds": 0.3})
    sup = _Supervisor(2, settings.limits)
    [(_, doc, _)] = dispatch.run_documents(sup, _jobs("scan6"), settings)
    assert doc.status == "failed" and doc.error_stage == "limit"
    assert "0.3 s per document" in doc.error and not stand_in_tasks["finished"]
