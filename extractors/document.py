"""A PDF file -> the typed Document: metadata, logical tables, cells.

The page loop routes each page (extractors/routing.py) to a page strategy
(extractors/strategies.py): the text-layer strategy reads its page at once, OCR reads
all its pages together at the end (over worker processes when there are many). Their
fragments are then joined across pages, titled and classified (extractors/assemble.py),
and the document's metadata read (extractors/metadata.py).

Expected bad input (not a PDF, encrypted, truncated, unreadable, not a regular file,
a decompression bomb) never raises: it comes back as a Document with status "failed"
and a readable error, so a batch goes on. Each page is read under the page time limit
(extractors/limits.py): a page past it is reported and the others are still read.
"""
from __future__ import annotations

import multiprocessing
import os
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


def extract_document(path: str | os.PathLike, settings: ExtractionSettings = DEFAULT_SETTINGS,
                     *, source_url: str | None = None, file_name: str | None = None,
                     doc_id: str | None = None) -> Document:
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
        return doc
    doc = Document(doc_id=doc_id, file_name=name, source_url=source_url, file_size=size)
    try:
        pdf = open_pdf(path, settings.limits)
    except PdfUnreadable as e:
        doc.fail(e.stage, str(e))
        return doc
    with pdf:
        doc.page_count = pdf.page_count
        if pdf.unread_pages:
            doc.fail("page", f"{pdf.unread_pages} page(s) of the page tree cannot be read (PDFium counts "
                             f"{pdf.pdfium_page_count}, pdfminer reaches {pdf.page_count})")
        results = _read_pages(pdf, settings, doc)
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


def _read_pages(pdf: OpenPdf, settings: ExtractionSettings, doc: Document) -> list[PageResult]:
    """Route every page and read it with its strategy (the routes go to doc.page_routes);
    one result per page read, in the order read, errors included."""
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
    if not to_ocr:
        return results
    if not settings.ocr.enabled:
        results.extend(PageResult(n, error=ProcessingError("ocr", "not read: it needs OCR, which is turned off", n))
                       for n in to_ocr)
    elif multiprocessing.parent_process() is not None:
        # a worker process reads its OCR pages one by one anyway: one limit each
        for n in to_ocr:
            results.extend(_read_ocr(pdf, [n], settings, settings.limits.page_seconds))
    else:  # read together (over OCR worker processes when there are many): one limit for all
        results.extend(_read_ocr(pdf, to_ocr, settings, settings.limits.page_seconds * len(to_ocr)))
    return results


def _read_ocr(pdf: OpenPdf, pages: list[int], settings: ExtractionSettings, seconds: float) -> list[PageResult]:
    try:
        with page_time_limit(seconds):
            return list(OcrStrategy().read_pages(pdf, pages, settings))
    except PageTimeLimit:
        return [PageResult(n, error=_page_timeout(settings, n, "ocr")) for n in pages]
    except Exception as e:  # an OCR failure outside a page's own guard
        return [PageResult(n, error=ProcessingError("ocr", f"OCR failed ({type(e).__name__}: {str(e)[:160]})", n))
                for n in pages]
