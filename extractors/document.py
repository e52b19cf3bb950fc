"""A PDF file -> the typed Document: metadata, logical tables, cells.

Expected bad input (not a PDF, encrypted, truncated, unreadable) never raises: it comes
back as a Document with status "failed" and a readable error, so a batch goes on.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import pdfplumber

from cnbudget.schemas.model import Document

from .assemble import build_table, group_fragments
from .classify import classify_table
from .geometry import line_text, text_lines
from .metadata import document_metadata, form_fields
from .ocr import DEFAULT_OCR_SETTINGS, needs_ocr, ocr_pages
from .page import Fragment, page_fragments
from .pagescan import skippable_pages
from .settings import DEFAULT_SETTINGS, ExtractionSettings
from .strategies import get_strategy

log = logging.getLogger(__name__)

# A page counts as a scan when images cover this share of it and it has almost no text.
_SCAN_IMAGE_COVER = 0.5
_SCAN_MAX_CHARS = 10


def sha256_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def _why_not_pdf(path: Path) -> str | None:
    with open(path, "rb") as f:
        head = f.read(1024)
    if not head:
        return "empty file"
    if b"%PDF-" not in head:
        return f"not a PDF: the file does not start with %PDF- (it starts with {head[:16]!r})"
    return None


def _readable_error(exc: BaseException) -> str:
    """A one-line reason for a PDF that cannot be opened."""
    chain = []
    e: BaseException | None = exc
    while e is not None:
        chain.append(e)
        e = e.__cause__ or e.__context__
    names = " ".join(type(x).__name__ for x in chain)
    text = " ".join(str(x) for x in chain)
    if "Password" in names or "Encryption" in names or "password" in text.lower() or "encrypt" in text.lower():
        return "encrypted PDF: it needs a password to open"
    if "PSEOF" in names or "Unexpected EOF" in text or "No /Root" in text or "startxref" in text.lower():
        return f"damaged or truncated PDF ({type(exc).__name__}: {text[:160]})"
    return f"unreadable PDF ({type(exc).__name__}: {str(exc)[:160]})"


def _page_text(page, settings: ExtractionSettings) -> str:
    lines = text_lines(page.chars, settings.line_overlap)
    return "\n".join(s for s in (line_text(l, settings.word_gap) for l in lines) if s)


def _is_scan(page) -> bool:
    if len(page.chars) > _SCAN_MAX_CHARS or not page.images:
        return False
    area = float(page.width * page.height) or 1.0
    covered = sum(abs((i["x1"] - i["x0"]) * (i["bottom"] - i["top"])) for i in page.images)
    return covered / area >= _SCAN_IMAGE_COVER


def extract_document(path: str | os.PathLike, settings: ExtractionSettings = DEFAULT_SETTINGS,
                     *, source_url: str | None = None, file_name: str | None = None,
                     doc_id: str | None = None) -> Document:
    path = Path(path)
    name = file_name or path.name
    try:
        if doc_id is None:
            doc_id, size = sha256_file(path)
        else:
            size = path.stat().st_size
        why = _why_not_pdf(path)
    except OSError as e:
        ident = hashlib.sha256(f"unreadable:{path.resolve()}".encode()).hexdigest()
        return Document(doc_id=ident, file_name=name, source_url=source_url, status="failed",
                        error=f"cannot read file: {e.strerror or e}")
    doc = Document(doc_id=doc_id, file_name=name, source_url=source_url, file_size=size)
    if why:
        doc.status, doc.error = "failed", why
        return doc
    try:
        pdf = pdfplumber.open(path)
        n_pages = len(pdf.pages)
    except Exception as e:  # pdfminer raises many types for broken files
        doc.status, doc.error = "failed", _readable_error(e)
        return doc
    strategy = get_strategy(settings.strategy)
    fragments: list[Fragment] = []
    cover_texts: list[str] = []
    page_errors: list[str] = []
    scan_pages: list[int] = []
    ocr_routes: dict[int, str] = {}  # page -> why it is OCR'd
    skip = skippable_pages(path, keep=set(range(1, settings.metadata_pages + 1))) \
        if settings.skip_text_only_pages else set()
    with pdf:
        doc.page_count = n_pages
        for page in pdf.pages:
            if page.page_number in skip:
                continue
            try:
                # --- OCR routing (extractors/ocr.py): scans, outlines, garbage text layers
                ocr_reason = needs_ocr(page)
                if ocr_reason:
                    ocr_routes[page.page_number] = ocr_reason
                    continue
                # --- end OCR routing
                if page.page_number <= settings.metadata_pages:
                    cover_texts.append(_page_text(page, settings))
                found = page_fragments(page, strategy, settings)
                if not found and settings.camelot_fallback_min_edges and \
                        len(page.edges) >= settings.camelot_fallback_min_edges:
                    found = page_fragments(page, get_strategy("camelot"), settings)
                fragments.extend(found)
                if _is_scan(page):
                    scan_pages.append(page.page_number)
            except Exception as e:  # one bad page must not lose the others
                log.debug("page %s of %s failed", page.page_number, name, exc_info=True)
                page_errors.append(f"page {page.page_number}: {_readable_error(e)}")
            finally:
                page.close()
    # --- OCR of the routed pages; their fragments join the text ones in page order
    doc.page_routes = {p: "text" for p in range(1, (doc.page_count or 0) + 1)}
    if ocr_routes:
        doc.page_routes.update({p: f"ocr ({why})" for p, why in ocr_routes.items()})
        ocr_cover: dict[int, str] = {}
        for res in ocr_pages(path, sorted(ocr_routes), getattr(settings, "ocr", None) or DEFAULT_OCR_SETTINGS,
                             text_pages=settings.metadata_pages):
            if res.error:
                page_errors.append(f"page {res.page}: OCR failed ({res.error})")
            else:
                doc.ocr_page_count += 1
                fragments.extend(res.fragments)
                if res.lines:
                    ocr_cover[res.page] = "\n".join(res.lines)
        if ocr_cover:  # cover texts in page order, OCR'd pages among the text ones
            text_iter = iter(cover_texts)
            cover_texts = [ocr_cover[p] if p in ocr_cover else next(text_iter, "")
                           for p in range(1, min(settings.metadata_pages, n_pages) + 1) if p in ocr_cover or p not in ocr_routes]
        fragments.sort(key=lambda f: f.page)  # stable: a page's own order is kept
    # --- end OCR
    groups = group_fragments(fragments, settings)
    doc.tables = [build_table(g, i + 1, settings, classify_table) for i, g in enumerate(groups)]
    for t in doc.tables:
        t.strategy = "ocr" if t.method == "ocr" else strategy.name
    meta = document_metadata(cover_texts, [t.title for t in doc.tables if t.title], form_fields(doc.tables))
    for key in ("title", "department", "region", "fiscal_year", "doc_type", "budget_scope"):
        setattr(doc, key, meta.get(key))
    problems = list(page_errors)
    if scan_pages:
        problems.append(f"{len(scan_pages)} scanned page(s) without a text layer not read: "
                        f"{_page_list(scan_pages)}")
    if problems:
        doc.status = "partial" if doc.tables else "failed"
        doc.error = "; ".join(problems)
    return doc


def _page_list(pages: list[int]) -> str:
    return ", ".join(str(p) for p in pages[:20]) + (" …" if len(pages) > 20 else "")
