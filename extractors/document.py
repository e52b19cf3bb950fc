"""A PDF file -> the typed Document: metadata, logical tables, cells.

The page loop routes each page (extractors/routing.py) to a page strategy
(extractors/strategies.py): the text-layer strategy reads its page at once, OCR reads
its pages after the others. Their fragments are then joined across pages, titled and
classified (extractors/assemble.py), and the document's metadata read
(extractors/metadata.py). ``extract_document`` does all of it in the calling process;
a batch runs the same three steps (``start_document``, ``read_ocr_page`` for each
scanned page, ``finish_document``) as tasks, so that the pages of a long scan are
spread over its worker processes (flows/dispatch.py).

Expected bad input (not a PDF, encrypted, truncated, unreadable, not a regular file,
a decompression bomb) never raises: it comes back as a Document with status "failed"
and a readable error, so a batch goes on. Each page is read under the page time limit
(extractors/limits.py): a page past it is reported and the others are still read.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from cnbudget.schemas.identifiers import doc_id_of_file
from cnbudget.schemas.model import Document, ProcessingError

from .assemble import build_table, group_fragments
from .classify import classify_table
from .metadata import document_metadata, form_fields
from .page import PageResult
from .limits import PageTimeLimit, page_time_limit
from .pagescan import text_only_page
from .pdf import OpenPdf, PdfUnreadable, check_path, display_name, open_pdf, readable_error, unreadable_id
from .routing import route_page
from .settings import DEFAULT_SETTINGS, ExtractionSettings
from .strategies import OcrStrategy, get_strategy


@dataclass
class DocumentDraft:
    """A document read up to its OCR: the file checked and opened, every page routed,
    the text-layer pages read (``results``); ``ocr_pages`` are the pages the router sent
    to OCR, for whoever reads them (``read_ocr_page``, here or in the workers of a batch)
    before ``finish_document``. ``path`` is None when the file could not be opened."""

    doc: Document
    path: Path | None = None
    results: list[PageResult] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)


def extract_document(path: str | os.PathLike, settings: ExtractionSettings = DEFAULT_SETTINGS,
                     *, source_url: str | None = None, file_name: str | None = None,
                     doc_id: str | None = None) -> Document:
    draft = start_document(path, settings, source_url=source_url, file_name=file_name, doc_id=doc_id)
    return finish_document(draft, [read_ocr_page(draft.path, n, settings) for n in draft.ocr_pages], settings)


def start_document(path: str | os.PathLike, settings: ExtractionSettings = DEFAULT_SETTINGS,
                   *, source_url: str | None = None, file_name: str | None = None,
                   doc_id: str | None = None) -> DocumentDraft:
    """Everything but the OCR (see DocumentDraft)."""
    path = Path(path)
    name = file_name or display_name(path)
    try:
        check_path(path, settings.limits)  # before hashing: reading a FIFO blocks
        if doc_id is None:
            doc_id, size = doc_id_of_file(path)
        else:
            size = path.stat().st_size
    except (OSError, PdfUnreadable) as e:
        doc = Document(doc_id=doc_id or unreadable_id(path), file_name=name, source_url=source_url)
        if isinstance(e, PdfUnreadable):
            doc.fail(e.stage, str(e))
        else:
            doc.fail("file", f"cannot read file: {e.strerror or e}")
        return DocumentDraft(doc)
    doc = Document(doc_id=doc_id, file_name=name, source_url=source_url, file_size=size)
    try:
        pdf = open_pdf(path, settings.limits)
    except PdfUnreadable as e:
        doc.fail(e.stage, str(e))
        return DocumentDraft(doc)
    with pdf:
        doc.page_count = pdf.page_count
        if pdf.unread_pages:
            doc.fail("page", f"{pdf.unread_pages} page(s) of the page tree cannot be read (PDFium counts "
                             f"{pdf.pdfium_page_count}, pdfminer reaches {pdf.page_count})")
        results, to_ocr = _read_pages(pdf, settings, doc)
    return DocumentDraft(doc, path, results, to_ocr)


def finish_document(draft: DocumentDraft, ocr_results: list[PageResult],
                    settings: ExtractionSettings = DEFAULT_SETTINGS) -> Document:
    """The document from its draft and the results of its OCR pages: tables joined
    across pages, titled and classified, and its metadata read."""
    doc = draft.doc
    if draft.path is None:
        return doc  # the file could not be opened: its error says why
    results = draft.results + ocr_results
    for r in results:
        if r.error:
            doc.errors.append(r.error)
    doc.ocr_page_count = sum(1 for r in results if doc.page_routes[r.page] != "text" and not r.error)
    results.sort(key=lambda r: r.page)  # stable: a page's own order is kept
    fragments = [f for r in results for f in r.fragments]
    cover_texts = [r.text for r in results if r.page <= settings.metadata_pages and r.text is not None]
    groups = group_fragments(fragments, settings)
    doc.tables = [build_table(g, i + 1, settings, classify_table) for i, g in enumerate(groups)]
    meta = document_metadata(cover_texts, [t.title for t in doc.tables if t.title], form_fields(doc.tables))
    for key in ("title", "department", "region", "fiscal_year", "doc_type", "budget_scope"):
        setattr(doc, key, meta.get(key))
    return doc


def _page_timeout(settings: ExtractionSettings, page: int, stage: str = "page") -> ProcessingError:
    return ProcessingError(stage, f"time limit: {settings.limits.page_seconds:g} s per page exceeded", page)


def _read_pages(pdf: OpenPdf, settings: ExtractionSettings, doc: Document) -> tuple[list[PageResult], list[int]]:
    """Route every page and read the text-layer ones (the routes go to doc.page_routes):
    one result per page read, in the order read, errors included; and the pages left to
    OCR."""
    text = get_strategy(settings.strategy)
    results: list[PageResult] = []
    to_ocr: list[int] = []
    for n in range(1, pdf.page_count + 1):
        doc.page_routes[n] = "text"
        if settings.skip_text_only_pages and n > settings.metadata_pages and text_only_page(pdf, n):
            pdf.release(n)  # no table and no scan on it (the covers are always read)
            continue
        try:
            with page_time_limit(settings.limits.page_seconds):
                why = route_page(text.page(pdf, n), settings)
                read = [] if why else list(text.read_pages(pdf, [n], settings))
        except PageTimeLimit:
            pdf.release(n)
            results.append(PageResult(n, error=_page_timeout(settings, n)))
            continue
        except Exception as e:  # one bad page must not lose the others
            pdf.release(n)
            results.append(PageResult(n, error=ProcessingError("page", readable_error(e), n)))
            continue
        if why:
            doc.page_routes[n] = f"ocr ({why})"
            to_ocr.append(n)
            pdf.release(n)
            continue
        results.extend(read)
    if to_ocr and not settings.ocr.enabled:
        results.extend(PageResult(n, error=ProcessingError("ocr", "not read: it needs OCR, which is turned off", n))
                       for n in to_ocr)
        return results, []
    return results, to_ocr


def read_ocr_page(path: str | os.PathLike, page: int, settings: ExtractionSettings = DEFAULT_SETTINGS) -> PageResult:
    """One page the router sent to OCR, read under the page time limit, with the
    process's OCR engine (built once per process, extractors/ocr.py)."""
    try:
        from .ocr import warm_engine  # OpenCV and onnxruntime only when a page needs them

        warm_engine(settings.ocr)  # a page's time is its own, not the engine's start-up
        with page_time_limit(settings.limits.page_seconds):
            return next(iter(OcrStrategy().read_file(Path(path), [page], settings)))
    except PageTimeLimit:
        return PageResult(page, error=_page_timeout(settings, page, "ocr"))
    except Exception as e:  # an OCR failure outside the page's own guard
        return PageResult(page, error=ProcessingError("ocr", f"OCR failed ({type(e).__name__}: {str(e)[:160]})", page))
