"""A batch's documents as tasks on the supervised workers (flows/supervise.py), with the
pages of a long scan spread over every worker of the run.

A document is read in one task (``start``): the file opened, every page routed, the
text-layer pages read. When it has fewer than ``ocr.parallel_min_pages`` scanned pages,
or the run has one worker, that task reads them too and normalizes the document: one
task, as for a text PDF. Otherwise each scanned page goes out as a task of its own
(``read_ocr_page``) to whichever worker is free, and a last task (``finish``) joins, titles
and normalizes the document. A worker builds its OCR engine on its first scanned page
and keeps it for every page and document after (extractors/ocr.py): no process is ever
started for OCR, and a single scanned document uses every core of the run.

The parent decides the order: finishing a document first, then scanned pages (the
oldest document's first), then reading the next document; and it hands over only as
many tasks as there are workers, so a scan's pages never wait behind the rest of the
batch, and at most a few documents are half-read at a time.

Limits hold as when a document was one task. Every task runs under its worker's memory
limit; each page under ``limits.page_seconds`` (an alarm in the worker). A document may
take ``limits.document_seconds`` in the workers, counted while any of its tasks runs
(pages read side by side count once): each task is stopped past what is left, and a
document over it is lost with the time-limit reason. A task whose worker is stopped or
dies loses its document, and the document's other tasks are dropped.
"""
from __future__ import annotations

import concurrent.futures as cf
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Iterator

from cnbudget.extractors.document import DocumentDraft, finish_document, read_ocr_page, start_document
from cnbudget.extractors.page import PageResult
from cnbudget.extractors.settings import ExtractionSettings
from cnbudget.schemas.model import Document

from .pipeline import _Job, dataset_rows, extracted
from .supervise import DocumentLost, Supervisor, over_time

Rows = dict[str, list[dict]]

# --------------------------------------------------------------------------- worker side


@dataclass
class Started:
    """What reading a document gave: the finished document and its rows, or the draft
    whose scanned pages are still to read."""

    done: tuple[Document, Rows] | None = None
    draft: DocumentDraft | None = None


def start(job: _Job, settings: ExtractionSettings, spread_from: int) -> Started:
    """A document read up to its scanned pages; with fewer than spread_from of them,
    read to the end and normalized."""
    draft = extracted(job, lambda: start_document(job.path, settings, source_url=job.source_url,
                                                  file_name=job.file_name, doc_id=job.doc_id))
    if isinstance(draft, Document):  # a crash, already reported on its document
        return Started(done=(draft, dataset_rows(draft)))
    if len(draft.ocr_pages) >= spread_from:
        return Started(draft=draft)
    doc = extracted(job, lambda: finish_document(
        draft, [read_ocr_page(draft.path, n, settings) for n in draft.ocr_pages], settings))
    return Started(done=(doc, dataset_rows(doc)))


def finish(job: _Job, draft: DocumentDraft, pages: list[PageResult],
           settings: ExtractionSettings) -> tuple[Document, Rows]:
    """The document from its draft and its scanned pages, normalized."""
    doc = extracted(job, lambda: finish_document(draft, pages, settings))
    return doc, dataset_rows(doc)


# --------------------------------------------------------------------------- parent side


@dataclass
class _Doc:
    """A document of the batch while its tasks run."""

    job: _Job
    draft: DocumentDraft | None = None
    todo: deque[int] = field(default_factory=deque)  # scanned pages not handed over yet
    pages: list[PageResult] = field(default_factory=list)
    running: int = 0  # its tasks in flight
    since: float = 0.0  # when the current stretch with a task of it in flight began
    spent: float = 0.0  # seconds of the stretches before

    def used(self) -> float:
        """Seconds during which a task of this document was running."""
        return self.spent + (time.monotonic() - self.since if self.running else 0.0)

    def began(self) -> None:
        if not self.running:
            self.since = time.monotonic()
        self.running += 1

    def ended(self) -> None:
        self.running -= 1
        if not self.running:
            self.spent += time.monotonic() - self.since


def run_documents(sup: Supervisor, jobs: list[_Job], settings: ExtractionSettings
                  ) -> Iterator[tuple[_Job, Document, Rows]]:
    """Each job's document and rows, as documents complete (see the module's doc)."""
    limits = settings.limits
    workers = max(1, sup.workers)
    spread_from = settings.ocr.parallel_min_pages if sup.workers > 1 else 1 << 30
    per_document = settings.ocr.workers or workers
    unread = deque(_Doc(j) for j in jobs)
    scanning: deque[_Doc] = deque()  # documents with pages to hand over, oldest first
    finishing: deque[_Doc] = deque()
    inflight: dict[cf.Future, tuple[_Doc, str]] = {}

    def hand(d: _Doc, kind: str, fn, *args) -> None:
        left = limits.document_seconds - d.used()
        d.began()
        inflight[sup.submit(fn, *args, timeout=max(left, 1e-3))] = (d, kind)

    def hand_over() -> None:
        while len(inflight) < workers:
            if finishing:
                d = finishing.popleft()
                hand(d, "finish", finish, d.job, d.draft, sorted(d.pages, key=lambda r: r.page), settings)
                continue
            d = next((d for d in scanning if d.running < per_document), None)
            if d is not None:
                hand(d, "page", read_ocr_page, d.draft.path, d.todo.popleft(), settings)
                if not d.todo:
                    scanning.remove(d)
            elif unread:
                d = unread.popleft()
                hand(d, "start", start, d.job, settings, spread_from)
            else:
                return

    def drop(d: _Doc) -> None:
        """Stop a lost document's other tasks."""
        for fut, (other, _) in list(inflight.items()):
            if other is d:
                del inflight[fut]
                sup.cancel(fut)
        if d in scanning:
            scanning.remove(d)

    def lost(d: _Doc, why: DocumentLost) -> tuple[_Job, Document, Rows]:
        drop(d)
        doc = d.job.lost(why.stage, str(why))
        return d.job, doc, dataset_rows(doc)

    while True:
        hand_over()
        if not inflight:
            return
        done, _ = cf.wait(list(inflight), return_when=cf.FIRST_COMPLETED)
        for fut in done:
            if fut not in inflight:
                continue  # a task of a document lost meanwhile
            d, kind = inflight.pop(fut)
            d.ended()
            try:
                value = sup.result(fut)
            except DocumentLost as why:
                yield lost(d, why)
                continue
            if kind == "finish":
                yield (d.job, *value)
            elif kind == "start" and value.done:
                yield (d.job, *value.done)
            elif d.used() >= limits.document_seconds:
                yield lost(d, over_time(limits))
            elif kind == "start":
                d.draft = value.draft
                d.todo.extend(value.draft.ocr_pages)
                scanning.append(d)
            else:
                d.pages.append(value)
                if not d.todo and not d.running:
                    finishing.append(d)
