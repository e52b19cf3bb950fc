"""A cheap first look at every page with PDFium: which pages need no parse at all.

Parsing a page with pdfminer (what pdfplumber does) is the dominant cost of text-layer
extraction. A page whose top-level objects are all text objects has no ruling line and
no image, so it can hold neither a ruled table nor a scan. PDFium answers that in C for
about 1.5 ms a page, against ~50 ms for a pdfminer parse. Form XObjects, paths, images
and shadings all count as "maybe a table" (never skipped), and so does a text-only page
whose characters are garbage (it goes to OCR, see routing.needs_ocr).
"""
from __future__ import annotations

import os

import pypdfium2 as pdfium

from .pdfium_text import draws_only_text
from .routing import garbage_text


def _only_text(page) -> bool:
    return draws_only_text(page)  # through handles as plain addresses: a WPS page has an object per glyph


def _usable_text(page) -> bool:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    glyphs = [ch for ch in text if not ch.isspace()]
    return garbage_text(glyphs) is None


def text_only_page(pdf, number: int) -> bool:
    """Whether page ``number`` of an open PDF (pdf.OpenPdf) draws nothing but usable
    text, judged on the PDFium page it keeps loaded for reading (the PDFium text layer
    reads the same load). False when PDFium cannot look at the page."""
    page = pdf.pdfium_page(number)
    if page is None:
        return False
    try:
        return _only_text(page) and _usable_text(page)
    except Exception:  # never skip a page PDFium cannot look at
        return False


def skippable_pages(path: str | os.PathLike, keep: set[int] = frozenset(), page_count: int | None = None) -> set[int]:
    """1-based numbers of the pages that draw nothing but usable text (pages in keep
    excepted). Empty when PDFium cannot read the file (the caller's own parser then
    reports the problem), or finds another number of pages than page_count (then its
    page numbers may not be the parser's)."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception:  # PdfiumError and friends: let pdfplumber tell the real story
        return set()
    out: set[int] = set()
    try:
        if page_count is not None and len(doc) != page_count:
            return out
        for i in range(len(doc)):
            if i + 1 in keep:
                continue
            try:
                page = doc[i]  # PDFium refuses some damaged pages that pdfminer reads
            except Exception:  # never skip a page PDFium cannot look at
                continue
            try:
                if _only_text(page) and _usable_text(page):
                    out.add(i + 1)
            except Exception:
                pass
            finally:
                page.close()
    except Exception:  # a document PDFium gives up on half-way: skip what was found
        pass
    finally:
        doc.close()
    return out
