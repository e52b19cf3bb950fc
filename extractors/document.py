"""A PDF file -> the typed Document: metadata, logical tables, cells.

The page loop routes each page (extractors/routing.py) to a page strategy
(extractors/strategies.py): the text-layer strategy reads its page at once, OCR reads
all its pages together at the end (over worker processes when there are many). Their
fragments are then joined across pages, titled and classified (extractors/assemble.py),
and the document's metadata read (extractors/metadata.py).

Expected bad input (not a PDF, encrypted, truncated, unreadable) never raises: it comes
back as a Document with status "failed" and a readable error, so a batch goes on.
"""
from __future__ import annotations

import os
from pathlib import Path

from cnbudget.schemas.identifiers import doc_id_of_file
from cnbudget.schemas.model import Document, ProcessingError

from .assemble import build_table, group_fragments
from .classify import classify_table
from .metadata import document_metadata, form_fields
from .page import PageResult
from .pagescan import skippable_pages
from .pdf import OpenPdf, PdfUnreadable, open_pdf, readable_error, unreadable_id
from .routing import route_page
from .settings import DEFAULT_SETTINGS, ExtractionSettings
from .strategies import OcrStrategy, get_strategy

def extract_document(path: str | os.PathLike, settings: ExtractionSettings = DEFAULT_SETTINGS,
                     *, source_url: str | None = None, file_name: str | None = None,
                     doc_id: str | None = None) -> Document:
    path = Path(path)
    name = file_name or path.name
    try:
        if doc_id is None:
            doc_id, size = doc_id_of_file(path)
        else:
            size = path.stat().st_size
    except OSError as e:
        doc = Document(doc_id=unreadable_id(path), file_name=name, source_url=source_url)
        doc.fail("file", f"cannot read file: {e.strerror or e}")
        return doc
    doc = Document(doc_id=doc_id, file_name=name, source_url=source_url, file_size=size)
    try:
        pdf = open_pdf(path)
    except PdfUnreadable as e:
        doc.fail("file", str(e))
        return doc
    with pdf:
        doc.page_count = pdf.page_count
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


def _read_pages(pdf: OpenPdf, settings: ExtractionSettings, doc: Document) -> list[PageResult]:
    """Route every page and read it with its strategy (the routes go to doc.page_routes);
    one result per page read, in the order read, errors included."""
    text = get_strategy(settings.strategy)
    skip = skippable_pages(pdf.path, keep=set(range(1, settings.metadata_pages + 1))) \
        if settings.skip_text_only_pages else set()
    results: list[PageResult] = []
    to_ocr: list[int] = []
    for n in range(1, pdf.page_count + 1):
        doc.page_routes[n] = "text"
        if n in skip:
            continue
        try:
            why = route_page(pdf.page(n), settings)
        except Exception as e:  # one bad page must not lose the others
            pdf.release(n)
            results.append(PageResult(n, error=ProcessingError("page", readable_error(e), n)))
            continue
        if why:
            doc.page_routes[n] = f"ocr ({why})"
            to_ocr.append(n)
            pdf.release(n)
            continue
        results.extend(text.read_pages(pdf, [n], settings))
    if settings.ocr.enabled:
        results.extend(OcrStrategy().read_pages(pdf, to_ocr, settings) if to_ocr else ())
    else:
        results.extend(PageResult(n, error=ProcessingError("ocr", "not read: it needs OCR, which is turned off", n))
                       for n in to_ocr)
    return results
