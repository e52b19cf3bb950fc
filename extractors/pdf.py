"""A PDF file as the page strategies see it: checked, opened once, pages loaded once.

Expected bad input never raises past ``open_pdf``: a file that cannot be read, is not a
PDF, is encrypted or truncated, inflates past the stream limits or has no page that
can be read comes back as ``PdfUnreadable`` with one readable line. A path that is not
a regular file (a FIFO, a device, a directory) is refused before any byte is read
(``file_refusal``): reading one can block for ever.

When pdfminer finds fewer pages than PDFium (corrupt xref offsets: pdfminer trusts the
table, PDFium rebuilds it), pdfminer reads a copy that PDFium wrote out afresh.
"""
from __future__ import annotations

import io
import logging
import mmap
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber

from cnbudget.schemas.identifiers import doc_id_hasher

from .limits import MIB, DecodedSizeExceeded, bound_pdfminer, check_stream_sizes
from .settings import DEFAULT_SETTINGS, LimitSettings

log = logging.getLogger(__name__)


class PdfUnreadable(Exception):
    """The file cannot be extracted; ``str(e)`` is the readable reason and ``stage`` the
    error stage ("file", or "limit" when a configured limit refused it)."""

    def __init__(self, reason: str, stage: str = "file"):
        super().__init__(reason)
        self.stage = stage


_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def file_refusal(path: str | os.PathLike, limits: LimitSettings = DEFAULT_SETTINGS.limits) -> str | None:
    """Why a path is refused before any of its bytes is read (missing, not a regular
    file, larger than limits.max_file_mb), or None. Links are followed."""
    try:
        st = os.stat(path)
    except OSError as e:
        return f"cannot read file: {e.strerror or e}"
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
        return f"not a regular file: {kind}"
    if st.st_size > limits.max_file_mb * MIB:
        return (f"file size limit: {st.st_size / MIB:.0f} MiB is over limits.max_file_mb "
                f"({limits.max_file_mb} MiB)")
    return None


def check_path(path: str | os.PathLike, limits: LimitSettings = DEFAULT_SETTINGS.limits) -> None:
    """Raise PdfUnreadable with file_refusal's reason, if any (stage "limit" for size)."""
    why = file_refusal(path, limits)
    if why:
        raise PdfUnreadable(why, "limit" if why.startswith("file size limit") else "file")


def display_name(path: str | os.PathLike) -> str:
    """A file's base name as text that can be published: bytes that are not UTF-8 (a
    GBK name on a UTF-8 system) become U+FFFD instead of unencodable surrogates."""
    return os.fsencode(Path(path).name).decode("utf-8", errors="replace")


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
    if any(isinstance(x, DecodedSizeExceeded) for x in chain):
        return str(next(x for x in chain if isinstance(x, DecodedSizeExceeded)))
    if isinstance(exc, RecursionError) or "RecursionError" in names:
        return "unreadable PDF: objects nested too deeply"
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
    pdfium_page_count: int | None = None  # PDFium's count (None: it cannot open the file)
    _loaded: set[int] = field(default_factory=set)
    _pdfium: Any = None  # PDFium's handle on the same file: opened on first use, False if it cannot be
    _pdfium_pages: dict[int, Any] = field(default_factory=dict)

    @property
    def unread_pages(self) -> int:
        """Pages PDFium counts that pdfminer cannot reach (a damaged page tree)."""
        return max(0, (self.pdfium_page_count or 0) - self.page_count)

    def page(self, number: int):
        """The pdfplumber page (1-based); parsed on first use, kept until released."""
        self._loaded.add(number)
        return self.plumber.pages[number - 1]

    def pdfium_page(self, number: int):
        """PDFium's page (1-based, a pypdfium2 PdfPage), loaded on first use and kept
        until released: the page pre-scan and the PDFium text layer read one load. None
        when PDFium cannot open the file or the page, or numbers the pages otherwise
        than pdfminer does (then its page n may not be pdfminer's)."""
        page = self._pdfium_pages.get(number)
        if page is not None:
            return page
        if self._pdfium is None:
            self._pdfium = False
            if self.pdfium_page_count == self.page_count:
                import pypdfium2 as pdfium

                try:
                    self._pdfium = pdfium.PdfDocument(str(self.path))
                except Exception:  # PdfiumError and friends: pdfminer reads the file
                    pass
        if not self._pdfium:
            return None
        try:
            page = self._pdfium_pages[number] = self._pdfium[number - 1]
        except Exception:  # PDFium refuses some damaged pages that pdfminer reads
            return None
        return page

    def release(self, number: int) -> None:
        """Drop a page's parsed objects (pages are read one at a time to bound memory)."""
        if number in self._loaded:
            self._loaded.discard(number)
            self.plumber.pages[number - 1].close()
        page = self._pdfium_pages.pop(number, None)
        if page is not None:
            page.close()

    def close(self) -> None:
        for n in list(self._loaded) + list(self._pdfium_pages):
            self.release(n)
        if self._pdfium:
            self._pdfium.close()
        close_quietly(self.plumber)

    def __enter__(self) -> "OpenPdf":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check_streams(path: Path, limits: LimitSettings) -> None:
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        check_stream_sizes(data, limits.max_stream_mb * MIB, limits.max_decoded_mb * MIB)


def pdfium_page_count(path: Path) -> int | None:
    """PDFium's page count (it rebuilds a broken xref table), or None when it cannot
    open the file."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception:  # PdfiumError and friends
        return None
    try:
        return len(doc)
    finally:
        doc.close()


def _pdfium_copy(path: Path) -> io.BytesIO | None:
    """The file as PDFium writes it out again: a fresh xref table, every object it found."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
        try:
            buf = io.BytesIO()
            doc.save(buf)
        finally:
            doc.close()
    except Exception:
        return None
    buf.seek(0)
    return buf


def close_quietly(plumber: pdfplumber.PDF) -> None:
    """Close a pdfplumber PDF whose page tree may be broken (its close() walks the pages)."""
    try:
        plumber.close()
    except Exception:
        try:
            plumber.stream.close()
        except Exception:
            pass


def _open_plumber(source) -> tuple[pdfplumber.PDF, int]:
    try:
        plumber = pdfplumber.open(source)
    except Exception as e:  # pdfminer raises many types for broken files
        raise PdfUnreadable(readable_error(e)) from None
    try:
        return plumber, len(plumber.pages)
    except Exception as e:
        close_quietly(plumber)
        raise PdfUnreadable(readable_error(e)) from None


def open_pdf(path: str | os.PathLike, limits: LimitSettings = DEFAULT_SETTINGS.limits) -> OpenPdf:
    """Open a PDF for reading, or raise PdfUnreadable with the reason."""
    path = Path(path)
    check_path(path, limits)
    try:
        why = why_not_pdf(path)
        if not why:
            _check_streams(path, limits)
    except OSError as e:
        raise PdfUnreadable(f"cannot read file: {e.strerror or e}") from None
    except DecodedSizeExceeded as e:
        raise PdfUnreadable(str(e), "limit") from None
    if why:
        raise PdfUnreadable(why)
    bound_pdfminer(limits.max_stream_mb * MIB)
    try:
        plumber, n_pages = _open_plumber(path)
    except PdfUnreadable as e:
        plumber, n_pages, unreadable = None, 0, e
    else:
        unreadable = None
    n_pdfium = pdfium_page_count(path)
    if n_pdfium and n_pages < n_pdfium:  # a second opinion: pdfminer missed pages
        copy = _pdfium_copy(path)
        try:
            repaired, n_repaired = _open_plumber(copy) if copy else (None, 0)
        except PdfUnreadable:
            repaired, n_repaired = None, 0
        if repaired is not None and n_repaired > n_pages:
            log.info("%s: pdfminer finds %d pages, PDFium %d; reading PDFium's copy", path.name, n_pages, n_pdfium)
            if plumber is not None:
                close_quietly(plumber)
            plumber, n_pages, unreadable = repaired, n_repaired, None
        elif repaired is not None:
            close_quietly(repaired)
    if unreadable is not None:
        raise unreadable
    if n_pages == 0:
        close_quietly(plumber)
        raise PdfUnreadable("no page can be read: the page tree is empty or broken"
                            + (" and PDFium finds none either" if not n_pdfium else ""))
    return OpenPdf(path, plumber, n_pages, n_pdfium)
