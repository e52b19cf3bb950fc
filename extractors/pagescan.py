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
import pypdfium2.raw as pdfium_c

from .routing import garbage_text


def _only_text(page) -> bool:
    raw = page.raw
    n = pdfium_c.FPDFPage_CountObjects(raw)
    return bool(n) and all(
        pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, j)) == pdfium_c.FPDF_PAGEOBJ_TEXT
        for j in range(n))


def _usable_text(page) -> bool:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    glyphs = [ch for ch in text if not ch.isspace()]
    return garbage_text(glyphs) is None


def skippable_pages(path: str | os.PathLike, keep: set[int] = frozenset()) -> set[int]:
    """1-based numbers of the pages that draw nothing but usable text (pages in keep
    excepted). Empty when PDFium cannot read the file: the caller's own parser then
    reports the problem."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception:  # PdfiumError and friends: let pdfplumber tell the real story
        return set()
    out: set[int] = set()
    try:
        for i in range(len(doc)):
            if i + 1 in keep:
                continue
            page = doc[i]
            try:
                if _only_text(page) and _usable_text(page):
                    out.add(i + 1)
            except Exception:  # never skip a page PDFium cannot look at
                pass
            finally:
                page.close()
    finally:
        doc.close()
    return out
