"""Extract a batch of PDFs to the Parquet datasets: collect, refuse what is not a regular
file, de-duplicate, extract and normalize each document in a supervised worker process,
publish one document at a time, all or nothing. Orchestration only: the work is done by
cnbudget.extractors (and the normalizers), cnbudget.flows.supervise and
cnbudget.flows.publish.

Nothing a document contains can stop the batch: a worker past a limit, a worker that
dies, an exception, rows that cannot be published all become that document's
``failed`` row with the stage and the reason (``documents.error_stage``, ``error``)."""
from __future__ import annotations

import concurrent.futures as cf
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from cnbudget.extractors.document import extract_document
from cnbudget.extractors.pdf import display_name, file_refusal, unreadable_id
from cnbudget.extractors.settings import DEFAULT_SETTINGS, ExtractionSettings, LimitSettings
from cnbudget.normalizers.budget_lines import budget_lines
from cnbudget.normalizers.performance import indicators, projects, self_evaluations
from cnbudget.normalizers.privacy import redact_document
from cnbudget.normalizers.validate import validate, validate_indicators
from cnbudget.schemas.identifiers import doc_id_of_file, table_namer
from cnbudget.schemas.model import Document

from .publish import document_rows, publish
from .supervise import DocumentLost, Supervisor, shared_supervisor

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class RunSummary:
    documents: int = 0  # documents processed, plus paths refused
    ok: int = 0
    partial: int = 0
    failed: int = 0  # failed documents, plus paths refused
    duplicates: int = 0
    refused: int = 0  # paths that are not regular files, missing, too large: no row
    tables: int = 0
    pages: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # dataset -> rows published
    checks_failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    compaction: str | None = None  # what the compaction after the run did (datasets/compact.py)


def _is_candidate(p: Path) -> bool:
    """A .pdf entry below a folder: regular files, and anything else under that name
    (a FIFO, a link to a device), which is then refused with its reason."""
    return p.suffix.lower() == ".pdf" and not p.is_dir()


def collect_inputs(paths: Iterable[str | os.PathLike],
                   limits: LimitSettings = DEFAULT_SETTINGS.limits) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(files to extract, [(path, why refused)]): the files given, plus every *.pdf (any
    case) below the folders given, in a stable order. A path that is missing, not a
    regular file or over the size limit is refused before any byte of it is read."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*") if _is_candidate(q)))
        else:
            found.append(p)
    files, refused = [], []
    for p in found:
        why = file_refusal(p, limits)
        if why:
            refused.append((p, why))
        else:
            files.append(p)
    return files, refused


def collect_pdfs(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The files collect_inputs accepts (what can safely be read)."""
    return collect_inputs(paths)[0]


@dataclass
class _Job:
    path: Path
    doc_id: str | None  # None when the file cannot be read: extraction reports why
    file_name: str | None = None
    source_url: str | None = None

    def lost(self, stage: str, reason: str) -> Document:
        """The failed document of a job whose worker was stopped or died."""
        doc = Document(doc_id=self.doc_id or unreadable_id(self.path),
                       file_name=self.file_name or display_name(self.path), source_url=self.source_url)
        try:
            doc.file_size = self.path.stat().st_size
        except OSError:
            pass
        doc.fail(stage, reason)
        return doc


def _plan(paths: list[Path]) -> tuple[list[_Job], int]:
    """One job per distinct content: the same bytes under two names are one document."""
    jobs: dict[str, _Job] = {}
    unreadable: list[_Job] = []
    dups = 0
    for p in paths:
        try:
            digest, _ = doc_id_of_file(p)
        except OSError:
            unreadable.append(_Job(p, None))
            continue
        if digest in jobs:
            dups += 1
        else:
            jobs[digest] = _Job(p, digest)
    return list(jobs.values()) + unreadable, dups


def _note_failure(doc: Document, what: str, exc: Exception) -> None:
    """A normalizer that fails on one document must not lose its tables: the document
    is published as partial with the reason, and the batch goes on."""
    doc.fail("normalize", f"{what} failed: {type(exc).__name__}: {exc}")


def normalized_rows(doc: Document) -> dict[str, list[dict]]:
    """budget_lines, validations, projects, indicators and self_evaluations of doc."""
    table_id = table_namer(doc.doc_id)
    rows: dict[str, list[dict]] = {}
    layouts: dict = {}  # each table read once, by budget_lines, and checked as read
    try:
        rows["budget_lines"] = budget_lines(doc, table_id=table_id, layouts=layouts)
        rows["validations"] = validate(doc, rows["budget_lines"], table_id=table_id, layouts=layouts)
    except Exception as exc:  # noqa: BLE001 - reported on the document, see _note_failure
        rows.pop("budget_lines", None)
        _note_failure(doc, "budget lines", exc)
    for name, normalize in (("projects", projects), ("indicators", indicators),
                            ("self_evaluations", self_evaluations)):
        try:
            rows[name] = normalize(doc)
        except Exception as exc:  # noqa: BLE001
            _note_failure(doc, name.replace("_", " "), exc)
    if rows.get("indicators"):
        rows.setdefault("validations", []).extend(validate_indicators(doc, rows["indicators"]))
    return rows


def dataset_rows(doc: Document) -> dict[str, list[dict]]:
    """Every dataset's rows for one extracted document. Personal data (填报人, phone
    numbers …) is blanked in the document first, so no dataset can carry it; a document
    whose redaction fails is published without its tables."""
    if doc.tables:
        try:
            redact_document(doc)
        except Exception as exc:  # noqa: BLE001 - nothing unredacted may be published
            doc.tables = []
            _note_failure(doc, "redaction (tables withheld)", exc)
    rows = normalized_rows(doc) if doc.status != "failed" else {}
    return {**rows, **document_rows(doc)}  # documents last: it records a normalizer's failure


def extracted(job: _Job, step: Callable[[], T]) -> T | Document:
    """step() (a step of extracting job's document), or the failed document when it
    raises: a bug on this input; the batch goes on."""
    try:
        return step()
    except Exception as exc:  # noqa: BLE001 - reported on the document
        log.debug("extraction of %s failed", job.path, exc_info=True)
        return job.lost("crash", f"extraction failed: {type(exc).__name__}: {str(exc)[:160]}")


def extract_and_normalize(job: _Job, settings: ExtractionSettings) -> tuple[Document, dict[str, list[dict]]]:
    """A document's work in its worker: the Document and every dataset's rows."""
    doc = extracted(job, lambda: extract_document(job.path, settings, source_url=job.source_url,
                                                  file_name=job.file_name, doc_id=job.doc_id))
    return doc, dataset_rows(doc)


def publish_document(out: Path, doc: Document, rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Publish a document's rows, all or nothing; rows that cannot be published leave
    the document failed with only its documents row. Returns what was published."""
    try:
        publish(out, doc.doc_id, rows)
        return rows
    except Exception as exc:  # noqa: BLE001 - e.g. a value the contract cannot hold
        doc.tables = []
        doc.fail("publish", f"rows not published: {type(exc).__name__}: {str(exc)[:160]}")
    try:
        rows = {"documents": document_rows(doc)["documents"]}
        publish(out, doc.doc_id, rows)
        return rows
    except Exception:  # noqa: BLE001 - its metadata itself: keep only what is certain
        bare = Document(doc_id=doc.doc_id, file_name=doc.file_name, source_url=doc.source_url,
                        file_size=doc.file_size, page_count=doc.page_count, errors=doc.errors)
        rows = {"documents": document_rows(bare)["documents"]}
        publish(out, doc.doc_id, rows)
        return rows


def _outcome(sup: Supervisor, job: _Job, fut: cf.Future) -> tuple[Document, dict[str, list[dict]]]:
    try:
        return sup.result(fut)
    except DocumentLost as lost:
        doc = job.lost(lost.stage, str(lost))
        return doc, dataset_rows(doc)


def process_file(path: str | os.PathLike, out: str | os.PathLike, *, settings: ExtractionSettings = DEFAULT_SETTINGS,
                 source_url: str | None = None, file_name: str | None = None,
                 doc_id: str | None = None) -> Document:
    """Extract, normalize and publish one PDF; the unit of work of every flow. The
    document runs in a supervised worker (see flows/supervise.py) and is published by
    this process."""
    job = _Job(Path(path), doc_id, file_name, source_url)
    sup = shared_supervisor(settings.limits)
    doc, rows = _outcome(sup, job, sup.submit(extract_and_normalize, job, settings))
    publish_document(Path(out), doc, rows)
    return doc


def extract_and_publish(files: Sequence[tuple[str | os.PathLike, str, str | None, str | None]],
                        out: str | os.PathLike, *, workers: int = 1, settings: ExtractionSettings = DEFAULT_SETTINGS,
                        ) -> Iterator[tuple[int, Document, Exception | None]]:
    """Extract files already identified, each ``(path, doc_id, file_name, source_url)``
    (doc_id: the sha256 its caller knows, as in a content-addressed store), in
    ``workers`` supervised worker processes with the document limits (the pool of
    ``extract_to_parquet``, long scans' pages shared), and publish each under ``out`` as
    it completes. Yields ``(index in files, document, None)`` once its rows are
    published, or ``(index, document, exception)`` when not even its documents row could
    be written (disk full …), for the caller to try again later. Ctrl-C or SIGTERM stops
    the workers at once."""
    jobs = [_Job(Path(path), doc_id, file_name, source_url) for path, doc_id, file_name, source_url in files]
    index = {id(job): i for i, job in enumerate(jobs)}
    for job, doc, _, exc in _run_and_publish(jobs, Path(out), max(1, workers), settings):
        yield index[id(job)], doc, exc


def _run_and_publish(jobs: list[_Job], out: Path, workers: int, settings: ExtractionSettings,
                     ) -> Iterator[tuple[_Job, Document, dict[str, list[dict]], Exception | None]]:
    """Each job as it completes in a pool of ``workers`` supervised processes (0: in this
    process), published under out: ``(job, document, rows published, None)``, or
    ``(job, document, {}, exception)`` when not even its documents row could be written."""
    from .dispatch import run_documents  # it imports this module (its worker tasks build on it)

    with Supervisor(workers, settings.limits) as sup:
        for job, doc, rows in run_documents(sup, jobs, settings):
            try:
                published, error = publish_document(out, doc, rows), None
            except Exception as exc:  # noqa: BLE001 - the caller's to report (disk full …); the batch goes on
                published, error = {}, exc
            yield job, doc, published, error


def extract_to_parquet(paths: Iterable[str | os.PathLike], out: str | os.PathLike, *,
                       settings: ExtractionSettings = DEFAULT_SETTINGS, workers: int = 1,
                       on_document: Callable[[Document], None] | None = None) -> RunSummary:
    """Extract every PDF under paths into the datasets under out, each document in a
    supervised worker process (``workers`` of them, which also share the pages of long
    scans, flows/dispatch.py; 0: in this process, without the document time and memory
    limits)."""
    out = Path(out)
    files, refused = collect_inputs(paths, settings.limits)
    jobs, dups = _plan(files)
    summary = RunSummary(duplicates=dups)
    for p, why in refused:
        summary.documents += 1
        summary.failed += 1
        summary.refused += 1
        summary.failures.append((display_name(p), f"refused: {why}"))
    order = {id(j): i for i, j in enumerate(jobs)}
    done: list[tuple[int, Document]] = []
    for job, doc, rows, exc in _run_and_publish(jobs, out, max(1, workers) if workers > 0 else 0, settings):
        if exc is not None:  # not even its documents row (disk full …)
            doc.fail("publish", f"not published: {type(exc).__name__}: {str(exc)[:160]}")
        _count(summary, doc, rows)
        done.append((order[id(job)], doc))
        if on_document:
            on_document(doc)
    from cnbudget.datasets.compact import compact_after_run  # DuckDB: not in the worker processes

    compacted = compact_after_run(out, settings.compaction)  # few large files once enough documents are in
    summary.compaction = compacted.line() if compacted and (compacted.documents or compacted.skipped) else None
    summary.failures += [(d.file_name, d.error or d.status) for _, d in sorted(done, key=lambda x: x[0])
                         if d.status != "ok"]
    return summary


def _count(summary: RunSummary, doc: Document, rows: dict[str, list[dict]]) -> None:
    for name, data in rows.items():
        summary.rows[name] = summary.rows.get(name, 0) + len(data)
    summary.checks_failed += sum(1 for v in rows.get("validations", []) if v["status"] == "fail")
    summary.documents += 1
    summary.pages += doc.page_count or 0
    summary.tables += len(doc.tables)
    setattr(summary, doc.status, getattr(summary, doc.status) + 1)
