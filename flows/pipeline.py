"""Extract a batch of PDFs to the Parquet datasets: collect, de-duplicate, extract in
worker processes, publish one document at a time. Orchestration only: the work is done
by cnbudget.extractors (and the normalizers) and cnbudget.flows.publish."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from cnbudget.extractors.document import extract_document
from cnbudget.extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from cnbudget.normalizers.budget_lines import budget_lines
from cnbudget.normalizers.performance import indicators, projects, self_evaluations
from cnbudget.normalizers.privacy import redact_document
from cnbudget.normalizers.validate import validate, validate_indicators
from cnbudget.schemas.identifiers import doc_id_of_file, table_namer
from cnbudget.schemas.model import Document

from .publish import document_rows, publish


@dataclass
class RunSummary:
    documents: int = 0
    ok: int = 0
    partial: int = 0
    failed: int = 0
    duplicates: int = 0
    tables: int = 0
    pages: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # dataset -> rows published
    checks_failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)


def collect_pdfs(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files given, plus every *.pdf (any case) below the folders given, in a stable order."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf"))
        else:
            found.append(p)  # a missing file is reported as a failed document
    return found


@dataclass
class _Job:
    path: Path
    doc_id: str | None  # None when the file cannot be read: extraction reports why


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


def _extract(job: _Job, settings: ExtractionSettings) -> Document:
    return extract_document(job.path, settings, doc_id=job.doc_id)


def _note_failure(doc: Document, what: str, exc: Exception) -> None:
    """A normalizer that fails on one document must not lose its tables: the document
    is published as partial with the reason, and the batch goes on."""
    doc.fail("normalize", f"{what} failed: {type(exc).__name__}: {exc}")


def normalized_rows(doc: Document) -> dict[str, list[dict]]:
    """budget_lines, validations, projects, indicators and self_evaluations of doc."""
    table_id = table_namer(doc.doc_id)
    rows: dict[str, list[dict]] = {}
    try:
        rows["budget_lines"] = budget_lines(doc, table_id=table_id)
        rows["validations"] = validate(doc, rows["budget_lines"], table_id=table_id)
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
    numbers …) is blanked in the document first, so no dataset can carry it."""
    if doc.tables:
        redact_document(doc)
    rows = normalized_rows(doc) if doc.status != "failed" else {}
    return {**rows, **document_rows(doc)}  # documents last: it records a normalizer's failure


def process_file(path: str | os.PathLike, out: str | os.PathLike, *, settings: ExtractionSettings = DEFAULT_SETTINGS,
                 source_url: str | None = None, file_name: str | None = None,
                 doc_id: str | None = None) -> Document:
    """Extract, normalize and publish one PDF; the unit of work of every flow."""
    doc = extract_document(path, settings, source_url=source_url, file_name=file_name, doc_id=doc_id)
    publish(Path(out), doc.doc_id, dataset_rows(doc))
    return doc


def _run_jobs(jobs: list[_Job], settings: ExtractionSettings, workers: int) -> Iterator[Document]:
    if workers <= 1 or len(jobs) <= 1:
        for j in jobs:
            yield _extract(j, settings)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_extract, jobs, [settings] * len(jobs))


def extract_to_parquet(paths: Iterable[str | os.PathLike], out: str | os.PathLike, *,
                       settings: ExtractionSettings = DEFAULT_SETTINGS, workers: int = 1,
                       on_document: Callable[[Document], None] | None = None) -> RunSummary:
    """Extract every PDF under paths into the datasets under out."""
    out = Path(out)
    jobs, dups = _plan(collect_pdfs(paths))
    summary = RunSummary(duplicates=dups)
    for doc in _run_jobs(jobs, settings, workers):
        rows = dataset_rows(doc)
        publish(out, doc.doc_id, rows)
        for name, data in rows.items():
            summary.rows[name] = summary.rows.get(name, 0) + len(data)
        summary.checks_failed += sum(1 for v in rows.get("validations", []) if v["status"] == "fail")
        summary.documents += 1
        summary.pages += doc.page_count or 0
        summary.tables += len(doc.tables)
        setattr(summary, doc.status, getattr(summary, doc.status) + 1)
        if doc.status != "ok":
            summary.failures.append((doc.file_name, doc.error or doc.status))
        if on_document:
            on_document(doc)
    return summary
