"""Limits that hold inside one document's extraction: a time limit per page, and a bound
on how far a PDF stream may inflate.

- ``page_time_limit``: an alarm (SIGALRM) that raises ``PageTimeLimit`` in the page's
  Python work (pdfminer, pdfplumber's table finder, OCR post-processing), so one slow
  page is reported and the document goes on. It works in a process's main thread (the
  pipeline's document workers run there); elsewhere it is a no-op and only the
  document limit, which kills the worker, holds. Time spent in C (PDFium, zlib,
  OpenCV) is interrupted only when the call returns.
- ``check_stream_sizes``: before PDFium sees a file, every Flate stream is inflated
  in bounded chunks (nothing kept) to measure it. PDFium has no decode limit of its
  own: a 2 KB page stream that inflates to 1 GiB costs it 2 GB and 6 s.
- ``bound_pdfminer``: pdfminer's Flate decoder replaced by one that stops at the limit
  (``zlib.decompressobj`` with ``max_length``), and a check after every other filter.
"""
from __future__ import annotations

import base64
import binascii
import re
import signal
import threading
import zlib
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Iterable, Iterator

MIB = 1 << 20
_CHUNK = 1 << 20  # inflate output is produced and counted in 1 MiB pieces


class PageTimeLimit(BaseException):
    """A page ran past its time limit. A BaseException, like KeyboardInterrupt, so that
    the ``except Exception`` of a parser cannot swallow it and carry on."""


class DecodedSizeExceeded(Exception):
    """A PDF stream inflates past the configured limit; ``str(e)`` is the reason."""


# --------------------------------------------------------------------------- page time limit

_armed = False


def _on_alarm(signum, frame):
    if _armed:  # an alarm that arrives after the page ended is ignored
        raise PageTimeLimit()


@contextmanager
def page_time_limit(seconds: float | None) -> Iterator[bool]:
    """Raise PageTimeLimit in the body once ``seconds`` have passed; yields whether the
    limit is armed (False outside a main thread, or with no limit)."""
    global _armed
    usable = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield False
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _armed = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        _armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- bounded inflate


def _too_big(limit: int, what: str = "a stream") -> DecodedSizeExceeded:
    return DecodedSizeExceeded(f"decoded size limit: {what} inflates past {limit // MIB} MiB "
                               "(a decompression bomb?)")


def inflate_chunks(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """Flate-decode a stream given in pieces, yielding the output in pieces of at most
    1 MiB; raises DecodedSizeExceeded past ``limit`` bytes, zlib.error on bad data. Stops
    quietly at the end of the zlib stream or of the input (truncated data)."""
    d = zlib.decompressobj()
    total = 0
    for piece in chunks:
        while piece and not d.eof:
            out = d.decompress(piece, _CHUNK)
            piece = d.unconsumed_tail
            total += len(out)
            if total > limit:
                raise _too_big(limit)
            if out:
                yield out
        if d.eof:
            return


def inflate_bounded(data: bytes, limit: int) -> bytes:
    """zlib.decompress(data), refusing output over ``limit`` bytes (DecodedSizeExceeded)
    and raising zlib.error when nothing at all decodes."""
    d = zlib.decompressobj()
    out = d.decompress(data, limit + 1)
    if len(out) > limit:
        raise _too_big(limit)
    if not d.eof:
        out += d.flush()  # what zlib still holds for input already consumed: small
        if len(out) > limit:
            raise _too_big(limit)
        raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


def inflate_corrupted(data: bytes, limit: int) -> bytes:
    """pdfminer's ``decompress_corrupted`` (what decodes before a bad checksum at the end
    of a stream), linear and bounded: pdfminer feeds one byte at a time and appends to a
    bytes object, which is quadratic in the output."""
    d = zlib.decompressobj()
    parts: list[bytes] = []
    total = 0
    pos = 0
    step = 4096
    while pos < len(data):
        piece = data[pos:pos + step]
        saved = d.copy()
        try:
            out = d.decompress(piece, limit + 1 - total)
            if d.unconsumed_tail:
                raise _too_big(limit)
        except zlib.error:
            if step == 1:
                if pos < len(data) - 3:  # an error before the checksum: pdfminer's rule
                    raise
                break
            d, step = saved, 1  # find the failing byte, keeping what came before it
            continue
        total += len(out)
        if total > limit:
            raise _too_big(limit)
        parts.append(out)
        pos += len(piece)
        if d.eof:
            break
    return b"".join(parts)


# --------------------------------------------------------------------------- raw stream scan

# "stream" + EOL that starts a stream's data, and the dictionary keys that say how to
# decode it. "endstream" is skipped where it is found: a look-behind in the pattern would
# cost the scan its fast search for the literal (0.2 s of CPU on the corpus, 11 MB).
_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_FLATE = {b"FlateDecode", b"Fl"}
_DICT_LOOKBACK = 8192


def _decoders(filters: list[bytes]) -> list[bytes]:
    """The leading filters this scan can follow: Flate, and the hex/base-85 text
    encodings (which only shrink); it stops at any other filter."""
    out = []
    for f in filters:
        if f in _FLATE or f in (b"ASCIIHexDecode", b"AHx", b"ASCII85Decode", b"A85"):
            out.append(f)
        else:
            break
    return out


def _text_decode(name: bytes, data: bytes) -> bytes:
    try:
        if name in (b"ASCIIHexDecode", b"AHx"):
            hexits = re.sub(rb"[^0-9A-Fa-f]", b"", data.split(b">", 1)[0])
            return binascii.unhexlify(hexits + b"0" * (len(hexits) % 2))
        body = data.strip()
        body = body[2:] if body.startswith(b"<~") else body
        return base64.a85decode(body.split(b"~>", 1)[0])
    except (ValueError, binascii.Error):
        return b""


def _measure(data: bytes, filters: list[bytes], limit: int) -> int:
    """Decoded size of data through the filters (at most limit + 1)."""
    chunks: Iterable[bytes] = [data]
    for f in filters:
        if f in _FLATE:
            chunks = inflate_chunks(chunks, limit)
        else:
            chunks = [_text_decode(f, b"".join(chunks))]
    total = 0
    try:
        for c in chunks:
            total += len(c)
    except zlib.error:
        pass  # a damaged stream decodes to what it decodes; the parsers report the rest
    return total


def check_stream_sizes(data: bytes, max_stream: int, max_total: int) -> None:
    """Raise DecodedSizeExceeded when one Flate stream of the file inflates past
    max_stream bytes, or all of them together past max_total. A scan of the raw bytes
    (streams are never inside object streams), so it does not depend on a parser that
    the file may have broken."""
    total = 0
    for m in _STREAM.finditer(data):
        if data[max(0, m.start() - 3):m.start()] == b"end":
            continue
        start = m.end()
        head = data[max(0, m.start() - _DICT_LOOKBACK):m.start()]
        objs = list(_OBJ.finditer(head))
        if objs:
            head = head[objs[-1].end():]
        fm = _FILTER.search(head)
        if not fm:
            continue
        filters = _decoders(_NAME.findall(fm.group(1)))
        if not any(f in _FLATE for f in filters):
            continue
        lm = _LENGTH.search(head)
        end = start + int(lm.group(1)) if lm else -1
        if end < start or data[end:end + 32].lstrip()[:9] != b"endstream":
            end = data.find(b"endstream", start)
            end = len(data) if end < 0 else end
        what = f"stream of object {objs[-1].group(1).decode()}" if objs else "a stream"
        try:
            size = _measure(data[start:end], filters, min(max_stream, max_total - total))
        except DecodedSizeExceeded:
            if max_total - total < max_stream:
                raise _too_big(max_total, "the document's streams together") from None
            raise _too_big(max_stream, what) from None
        total += size


# --------------------------------------------------------------------------- pdfminer


_pdfminer_limit = 256 * MIB


def bound_pdfminer(max_stream: int) -> None:
    """Make pdfminer's stream decoding refuse output over max_stream bytes (process-wide;
    idempotent). Flate is decoded in bounded steps; other filters are checked after."""
    global _pdfminer_limit
    _pdfminer_limit = max_stream
    from pdfminer import pdftypes

    if getattr(pdftypes.PDFStream.decode, "_cnbudget_bounded", False):
        return
    pdftypes.zlib = SimpleNamespace(
        decompress=lambda data, *a, **k: inflate_bounded(data, _pdfminer_limit),
        decompressobj=zlib.decompressobj, error=zlib.error)
    pdftypes.decompress_corrupted = lambda data: inflate_corrupted(data, _pdfminer_limit)
    decode = pdftypes.PDFStream.decode

    def bounded_decode(self) -> None:
        decode(self)
        if self.data is not None and len(self.data) > _pdfminer_limit:
            self.data = b""
            raise _too_big(_pdfminer_limit, f"stream of object {self.objid}")

    bounded_decode._cnbudget_bounded = True
    pdftypes.PDFStream.decode = bounded_decode
