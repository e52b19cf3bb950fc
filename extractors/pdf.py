"""A PDF file as the page strategies see it: checked, opened once, pages loaded once.

Expected bad input never raises past ``open_pdf``: a file that cannot be read, is not a
PDF, is encrypted or truncated comes back as ``PdfUnreadable`` with one readable line.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from cnbudget.schemas.identifiers import doc_id_hasher


class PdfUnreadable(Exception):
    """The file cannot be extracted; ``str(e)`` is the readable reason."""


def unreadable_id(path: str | os.PathLike) -> str:
    """A stable id for a file whose bytes cannot be read (so it can still be reported)."""
    h = doc_id_hasher()
    h.update(f"unreadable:{Path(path).resolve()}".encode())
    return h.hexdigest()


def why_not_pdf(path: str | os.PathLike) -> str | None:
    """Why the file is no PDF at all (empty, no %PDF- header), or None."""
    with open(path, "rb") as f:
        head = f.read(1024)
    if not head:
        return "empty file"
    if b"%PDF-" not in head:
        return f"not a PDF: the file does not start with %PDF- (it starts with {head[:16]!r})"
    return None


def readable_error(exc: BaseException) -> str:
    """A one-line reason for a PDF (or a page of one) that cannot be read."""
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


@dataclass
class OpenPdf:
    """An opened PDF: its path (strategies that render pages read it themselves), its
    page count, and its pdfplumber pages, each parsed at most once until released."""

    path: Path
    plumber: pdfplumber.PDF
    page_count: int
    _loaded: set[int] = field(default_factory=set)

    def page(self, number: int):
        """The pdfplumber page (1-based); parsed on first use, kept until released."""
        self._loaded.add(number)
        return self.plumber.pages[number - 1]

    def release(self, number: int) -> None:
        """Drop a page's parsed objects (pages are read one at a time to bound memory)."""
        if number in self._loaded:
            self._loaded.discard(number)
            self.plumber.pages[number - 1].close()

    def close(self) -> None:
        for n in list(self._loaded):
            self.release(n)
        self.plumber.close()

    def __enter__(self) -> "OpenPdf":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_pdf(path: str | os.PathLike) -> OpenPdf:
    """Open a PDF for reading, or raise PdfUnreadable with the reason."""
    path = Path(path)
    try:
        why = why_not_pdf(path)
    except OSError as e:
        raise PdfUnreadable(f"cannot read file: {e.strerror or e}") from None
    if why:
        raise PdfUnreadable(why)
    try:
        plumber = pdfplumber.open(path)
        n_pages = len(plumber.pages)
    except Exception as e:  # pdfminer raises many types for broken files
        raise PdfUnreadable(readable_error(e)) from None
    return OpenPdf(path, plumber, n_pages)
