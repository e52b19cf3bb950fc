"""Discover and fetch disclosures from portals: plain functions, no Prefect inside.

* ``crawl(source)`` walks a portal's listing pages (the start URLs, then every link
  whose URL matches ``follow``) and collects the links whose URL matches ``documents``,
  with the link text, the listing page's title and a publication date printed near the
  link. Hosts other than the start URLs' are never fetched unless in ``allowed_hosts``.
* ``fetch(link, store, manifest)`` downloads one document politely: per-host rate limit
  and concurrency, retries with exponential backoff on timeouts, connection errors and
  5xx (never on 4xx), conditional requests from the manifest (ETag / Last-Modified),
  redirects only to allowed hosts, a size cap, and a PDF signature check before
  anything is stored.
* ``BlobStore`` keeps the raw bytes content-addressed, ``raw/<sha[:2]>/<sha>.pdf``,
  written to a temporary file and renamed into place.
* ``Manifest`` (SQLite, WAL) remembers every URL, every blob, every listing page and
  which blobs were processed by which cnbudget version. It is updated only after the
  bytes are safely in the store, so a run killed anywhere loses nothing and a re-run
  duplicates nothing. The same bytes at two URLs are one blob with both URLs recorded.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import httpx
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from .sources import Source, host_of

PDF_MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024  # readers accept the header anywhere in the first KiB
MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 5 * 1024 * 1024
CHUNK = 64 * 1024


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------------- results


@dataclass
class Link:
    """A document link found on a listing page, with what the portal says about it."""

    url: str
    source: Source
    link_text: str | None = None
    page_title: str | None = None
    published: str | None = None  # YYYY-MM-DD printed near the link
    referrer: str | None = None

    @property
    def source_name(self) -> str:
        return self.source.name


@dataclass
class CrawlResult:
    source_name: str
    links: list[Link] = field(default_factory=list)
    pages: int = 0  # listing pages requested
    pages_not_modified: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason) never fetched
    reachable: bool = True  # False when no start URL could be fetched: the source is down


@dataclass
class FetchResult:
    url: str
    source_name: str
    status: str  # new | changed | unchanged | duplicate | failed
    sha256: str | None = None
    error: str | None = None
    http_status: int | None = None
    bytes: int = 0  # bytes downloaded by this call
    final_url: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def as_dict(self) -> dict:
        return asdict(self)


class HarvestStats:
    """Counters shared by the threads of one run (requests made, bytes downloaded)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests = 0
        self.not_modified = 0
        self.bytes = 0

    def add(self, requests: int = 0, not_modified: int = 0, nbytes: int = 0) -> None:
        with self._lock:
            self.requests += requests
            self.not_modified += not_modified
            self.bytes += nbytes

    def as_dict(self) -> dict:
        return {"requests": self.requests, "not_modified": self.not_modified, "bytes": self.bytes}


# --------------------------------------------------------------------------- politeness


class HostLimiter:
    """Per-host politeness shared by all threads: at most ``concurrency`` requests in
    flight and at most ``rate`` request starts per second per host."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.BoundedSemaphore, threading.Lock, list[float]]] = {}

    @contextmanager
    def slot(self, url: str, rate: float, concurrency: int) -> Iterator[None]:
        host = host_of(url)
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = (threading.BoundedSemaphore(concurrency), threading.Lock(), [0.0])
            sem, lock, next_at = self._hosts[host]
        with sem:
            with lock:
                now = time.monotonic()
                start = max(now, next_at[0])
                next_at[0] = start + 1.0 / rate
            if start > now:
                time.sleep(start - now)
            yield


# --------------------------------------------------------------------------- storage


class BlobStore:
    """Raw documents, content-addressed: ``ROOT/raw/<sha[:2]>/<sha>.pdf``."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.raw = self.root / "raw"
        self.tmp = self.root / "tmp"
        self.raw.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path(self, sha: str) -> Path:
        return self.raw / sha[:2] / f"{sha}.pdf"

    def has(self, sha: str | None) -> bool:
        return bool(sha) and self.path(sha).is_file()

    @contextmanager
    def writer(self) -> Iterator[tuple[Any, Path]]:
        """A temporary file in the store (same file system, so the rename is atomic);
        removed unless committed."""
        fd, name = tempfile.mkstemp(dir=self.tmp, suffix=".part")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as f:
                yield f, tmp
        finally:
            if tmp.exists():
                tmp.unlink()

    def commit(self, tmp: Path, sha: str) -> Path:
        """Move a fully written temporary file to its content address."""
        dest = self.path(sha)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():  # the same bytes are already stored
            tmp.unlink()
        else:
            os.replace(tmp, dest)
        return dest

    def add_file(self, path: str | os.PathLike) -> tuple[str, int]:
        """Copy a local file into the store (atomically); its sha256 and size."""
        h = hashlib.sha256()
        size = 0
        with self.writer() as (f, tmp), open(path, "rb") as src:
            while chunk := src.read(CHUNK):
                h.update(chunk)
                f.write(chunk)
                size += len(chunk)
            f.flush()
            os.fsync(f.fileno())
            sha = h.hexdigest()
            self.commit(tmp, sha)
        return sha, size


_SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY, source_name TEXT, sha256 TEXT, status TEXT, error TEXT,
    http_status INTEGER, etag TEXT, last_modified TEXT, final_url TEXT,
    link_text TEXT, page_title TEXT, published TEXT,
    first_seen TEXT, fetched_at TEXT, checked_at TEXT);
CREATE INDEX IF NOT EXISTS urls_sha ON urls(sha256);
CREATE TABLE IF NOT EXISTS blobs (
    sha256 TEXT PRIMARY KEY, size INTEGER, first_url TEXT, file_name TEXT, stored_at TEXT);
CREATE TABLE IF NOT EXISTS processed (
    sha256 TEXT PRIMARY KEY, version TEXT, status TEXT, error TEXT, title TEXT,
    department TEXT, region TEXT, fiscal_year INTEGER, doc_type TEXT, processed_at TEXT);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, source_name TEXT, etag TEXT, last_modified TEXT, body BLOB,
    fetched_at TEXT, checked_at TEXT);
"""

URL_FIELDS = ("url", "source_name", "sha256", "status", "error", "http_status", "etag", "last_modified",
              "final_url", "link_text", "page_title", "published", "first_seen", "fetched_at", "checked_at")


class Manifest:
    """What the harvest knows, in SQLite (WAL; every update is one transaction).
    Safe to share between the threads of one process."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Manifest":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _one(self, sql: str, args: tuple = ()) -> dict | None:
        with self._lock:
            row = self._db.execute(sql, args).fetchone()
        return dict(row) if row else None

    def _all(self, sql: str, args: tuple = ()) -> list[dict]:
        with self._lock:
            return [dict(r) for r in self._db.execute(sql, args).fetchall()]

    # urls -----------------------------------------------------------------
    def url(self, url: str) -> dict | None:
        return self._one("SELECT * FROM urls WHERE url = ?", (url,))

    def urls(self, source_name: str | None = None) -> list[dict]:
        if source_name is None:
            return self._all("SELECT * FROM urls ORDER BY url")
        return self._all("SELECT * FROM urls WHERE source_name = ? ORDER BY url", (source_name,))

    def record_fetch(self, row: dict, blob: dict | None = None) -> None:
        """Upsert a URL's row (and the blob it points at) in one transaction. Call only
        once the blob's bytes are in the store."""
        row = {k: row.get(k) for k in URL_FIELDS}
        with self._tx() as db:
            old = db.execute("SELECT first_seen FROM urls WHERE url = ?", (row["url"],)).fetchone()
            row["first_seen"] = (old["first_seen"] if old else None) or row["first_seen"] or utcnow()
            if blob is not None:
                db.execute("INSERT OR IGNORE INTO blobs(sha256, size, first_url, file_name, stored_at) "
                           "VALUES (:sha256, :size, :first_url, :file_name, :stored_at)", blob)
            cols = ", ".join(URL_FIELDS)
            db.execute(f"INSERT OR REPLACE INTO urls({cols}) VALUES ({', '.join(':' + c for c in URL_FIELDS)})",
                       row)

    # blobs ----------------------------------------------------------------
    def blob(self, sha: str) -> dict | None:
        return self._one("SELECT * FROM blobs WHERE sha256 = ?", (sha,))

    def add_blob(self, sha: str, size: int, first_url: str | None, file_name: str | None) -> None:
        with self._tx() as db:
            db.execute("INSERT OR IGNORE INTO blobs(sha256, size, first_url, file_name, stored_at) "
                       "VALUES (?, ?, ?, ?, ?)", (sha, size, first_url, file_name, utcnow()))

    def blobs(self) -> list[dict]:
        return self._all("SELECT * FROM blobs ORDER BY stored_at, sha256")

    # processing -----------------------------------------------------------
    def pending(self, version: str) -> list[dict]:
        """Blobs not yet processed by this cnbudget version, oldest first."""
        return self._all(
            "SELECT b.* FROM blobs b LEFT JOIN processed p ON p.sha256 = b.sha256 "
            "WHERE p.sha256 IS NULL OR p.version IS NOT ? ORDER BY b.stored_at, b.sha256", (version,))

    def mark_processed(self, sha: str, version: str, doc: dict) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO processed(sha256, version, status, error, title, department, region, "
                "fiscal_year, doc_type, processed_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (sha, version, doc.get("status"), doc.get("error"), doc.get("title"), doc.get("department"),
                 doc.get("region"), doc.get("fiscal_year"), doc.get("doc_type"), utcnow()))

    def processed(self, sha: str) -> dict | None:
        return self._one("SELECT * FROM processed WHERE sha256 = ?", (sha,))

    # listing pages --------------------------------------------------------
    def page(self, url: str) -> dict | None:
        return self._one("SELECT * FROM pages WHERE url = ?", (url,))

    def record_page(self, url: str, source_name: str, etag: str | None, last_modified: str | None,
                    body: bytes | None) -> None:
        now = utcnow()
        with self._tx() as db:
            if body is None:  # 304: the stored body is still current
                db.execute("UPDATE pages SET checked_at = ? WHERE url = ?", (now, url))
            else:
                db.execute("INSERT OR REPLACE INTO pages(url, source_name, etag, last_modified, body, fetched_at, "
                           "checked_at) VALUES (?,?,?,?,?,?,?)",
                           (url, source_name, etag, last_modified, body, now, now))


# --------------------------------------------------------------------------- HTTP


class _RetryableStatus(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


class _Deadline(httpx.TimeoutException):
    """The whole response took too long (a server trickling bytes)."""


class _Reject(Exception):
    """A response that must not be stored (not a PDF, too large); never retried."""

    def __init__(self, reason: str, headers: httpx.Headers | None = None) -> None:
        super().__init__(reason)
        self.headers = headers


RETRYABLE = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, _RetryableStatus)


@dataclass
class _Outcome:
    status: int | None
    url: str  # the URL finally answered (after redirects)
    headers: httpx.Headers | None = None
    value: Any = None
    error: str | None = None


def make_client(source: Source) -> httpx.Client:
    """An HTTP client for one source. Redirects are followed by hand (each hop's host
    is checked); proxies and other environment settings are ignored."""
    return httpx.Client(timeout=httpx.Timeout(source.timeout), headers=source.request_headers(),
                        follow_redirects=False, trust_env=False)


def _describe(e: BaseException) -> str:
    if isinstance(e, _RetryableStatus):
        return str(e)
    if isinstance(e, httpx.TimeoutException):
        return f"timeout ({type(e).__name__})"
    return f"connection failed ({type(e).__name__}: {e})"


def _request(client: httpx.Client, source: Source, url: str, headers: dict[str, str],
             consume: Callable[[httpx.Response], Any], *, limiter: HostLimiter | None = None,
             stats: HarvestStats | None = None) -> _Outcome:
    """GET url with retries (tenacity: exponential backoff on timeouts, connection
    errors and 5xx) and redirects restricted to allowed hosts. ``consume`` reads a 200
    response's body (inside the attempt, so a reset mid-body is retried too)."""
    limiter = limiter or HostLimiter()
    for _hop in range(MAX_REDIRECTS + 1):
        attempts = 0

        def attempt() -> _Outcome:
            nonlocal attempts
            attempts += 1
            with limiter.slot(url, source.rate_limit, source.concurrency):
                if stats:
                    stats.add(requests=1)
                with client.stream("GET", url, headers=headers) as resp:
                    if resp.status_code >= 500:
                        raise _RetryableStatus(resp.status_code)
                    if resp.status_code == 200:
                        return _Outcome(200, url, resp.headers, consume(resp))
                    return _Outcome(resp.status_code, url, resp.headers)

        retrying = Retrying(stop=stop_after_attempt(source.retries + 1),
                            wait=wait_exponential(multiplier=source.backoff, max=60),
                            retry=retry_if_exception_type(RETRYABLE), reraise=True)
        try:
            out = retrying(attempt)
        except RETRYABLE as e:
            return _Outcome(getattr(e, "status", None), url,
                            error=f"{_describe(e)} after {attempts} attempt{'s' if attempts > 1 else ''}")
        except _Reject as e:
            return _Outcome(200, url, e.headers, error=str(e))
        if out.status in (301, 302, 303, 307, 308) and out.headers and out.headers.get("location"):
            target = urldefrag(urljoin(url, out.headers["location"]))[0]
            if not source.host_allowed(target):
                return _Outcome(out.status, url, error=f"redirect to a host not allowed: {host_of(target)} "
                                                       f"({target})")
            url = target
            continue
        if out.status == 304 and stats:
            stats.add(not_modified=1)
        if out.status not in (200, 304) and out.error is None:
            reason = httpx.codes.get_reason_phrase(out.status or 0)
            out.error = f"HTTP {out.status}" + (f" {reason}" if reason else "")
        return out
    return _Outcome(None, url, error=f"more than {MAX_REDIRECTS} redirects")


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    h = {}
    if etag:
        h["If-None-Match"] = etag
    if last_modified:
        h["If-Modified-Since"] = last_modified
    return h


# --------------------------------------------------------------------------- listing pages

DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\d)")
BLOCK_TAGS = {"li", "tr", "p", "div", "dd", "dt", "table", "ul", "ol", "br", "hr", "section", "article",
              "h1", "h2", "h3", "h4", "h5", "h6", "body", "tbody", "thead"}


def find_date(text: str | None) -> str | None:
    """The first valid date printed in text, as YYYY-MM-DD (2024-03-05, 2024/3/5,
    2024.03.05, 2024年3月5日)."""
    for m in DATE_RE.finditer(text or ""):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            continue
    return None


class _ListingParser(HTMLParser):
    """Links, their text, the page title, <base href>, and a token stream used to find
    the date printed next to each link."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title_parts: list[str] = []
        self.base: str | None = None
        self.links: list[dict] = []  # {"href", "text"}
        self.tokens: list[tuple[str, Any]] = []  # ("t", text) | ("a", index) | ("b", None)
        self._in_title = False
        self._skip = 0
        self._open_link: dict | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "base" and a.get("href"):
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self._open_link = {"href": a["href"].strip(), "text": [], "title": a.get("title")}
            self.links.append(self._open_link)
            self.tokens.append(("a", len(self.links) - 1))
        if tag in BLOCK_TAGS:
            self.tokens.append(("b", None))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag == "a":
            self._open_link = None
        if tag in BLOCK_TAGS:
            self.tokens.append(("b", None))

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title_parts.append(data)
        elif self._open_link is not None:
            self._open_link["text"].append(data)
        elif data.strip():
            self.tokens.append(("t", data))

    def dates(self) -> dict[int, str]:
        """Link index -> date printed beside it: the text after the link (up to the
        next link or block boundary), else the text opening the block before the first
        link, else the link's own text."""
        out: dict[int, str] = {}
        seg: list[tuple[str, Any]] = []

        def flush() -> None:
            for i, (kind, idx) in enumerate(seg):
                if kind != "a":
                    continue
                after = []
                for k, v in seg[i + 1:]:
                    if k == "a":
                        break
                    after.append(v)
                before = []  # only text opening the segment: text after a link is that link's
                for k, v in reversed(seg[:i]):
                    if k == "a":
                        before = []
                        break
                    before.append(v)
                d = (find_date(" ".join(after)) or find_date(" ".join(reversed(before)))
                     or find_date("".join(self.links[idx]["text"])))
                if d:
                    out[idx] = d
            seg.clear()

        for tok in self.tokens:
            if tok[0] == "b":
                flush()
            else:
                seg.append(tok)
        flush()
        return out


def _decode(body: bytes, content_type: str | None) -> str:
    """HTML bytes to text: the charset of the header, else of a <meta>, else UTF-8,
    else GB18030 (common on Chinese portals)."""
    candidates = []
    m = re.search(r"charset=([\w-]+)", content_type or "", re.I)
    if m:
        candidates.append(m[1])
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.I)
    if m:
        candidates.append(m[1].decode("ascii", "ignore"))
    candidates += ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            return body.decode("gb18030" if enc.lower() in ("gb2312", "gbk") else enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace")


def _clean(text: str | None) -> str | None:
    t = re.sub(r"\s+", " ", text or "").strip()
    return t or None


def parse_listing(html: str, page_url: str) -> tuple[str | None, list[dict]]:
    """(page title, [{"url", "text", "date"}]) of a listing page; URLs absolute,
    fragments removed."""
    p = _ListingParser()
    p.feed(html)
    p.close()
    base = urljoin(page_url, p.base) if p.base else page_url
    dates = p.dates()
    links = []
    for i, ln in enumerate(p.links):
        href = ln["href"]
        if href.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = urldefrag(urljoin(base, href))[0]
        links.append({"url": url, "text": _clean("".join(ln["text"])) or _clean(ln.get("title")),
                      "date": dates.get(i)})
    return _clean("".join(p.title_parts)), links


def _get_page(url: str, source: Source, client: httpx.Client, manifest: Manifest | None,
              limiter: HostLimiter | None, stats: HarvestStats | None) -> tuple[str | None, str | None, bool]:
    """(html, error, not_modified) of a listing page, revalidated against the copy kept
    in the manifest."""
    cached = manifest.page(url) if manifest else None
    headers = _conditional_headers(cached["etag"], cached["last_modified"]) if cached and cached["body"] else {}

    def consume(resp: httpx.Response) -> tuple[bytes, str | None]:
        data = bytearray()
        for chunk in resp.iter_bytes(CHUNK):
            data += chunk
            if len(data) > MAX_PAGE_BYTES:
                raise _Reject(f"listing page larger than {MAX_PAGE_BYTES} bytes")
        if stats:
            stats.add(nbytes=len(data))
        return bytes(data), resp.headers.get("content-type")

    out = _request(client, source, url, headers, consume, limiter=limiter, stats=stats)
    if out.error:
        return None, out.error, False
    if out.status == 304 and cached and cached["body"] is not None:
        if manifest:
            manifest.record_page(url, source.name, None, None, None)
        return _decode(cached["body"], None), None, True
    body, ctype = out.value
    if manifest:
        manifest.record_page(url, source.name, out.headers.get("etag"), out.headers.get("last-modified"), body)
    return _decode(body, ctype), None, False


def crawl(source: Source, *, client: httpx.Client | None = None, manifest: Manifest | None = None,
          limiter: HostLimiter | None = None, stats: HarvestStats | None = None) -> CrawlResult:
    """Walk the source's listing pages breadth-first and collect its document links.

    Never raises for network trouble: unreachable pages are listed in ``errors``, and
    ``reachable`` is False when not one start URL could be fetched."""
    own_client = client is None
    client = client or make_client(source)
    limiter = limiter or HostLimiter()
    result = CrawlResult(source.name)
    queue = [urldefrag(u)[0] for u in source.start_urls]
    seen_pages = set(queue)
    seen_docs: dict[str, Link] = {}
    start_ok = 0
    try:
        while queue and result.pages < source.max_pages:
            page_url = queue.pop(0)
            if not source.host_allowed(page_url):
                result.skipped.append((page_url, f"host not allowed: {host_of(page_url)}"))
                continue
            html, err, not_modified = _get_page(page_url, source, client, manifest, limiter, stats)
            result.pages += 1
            result.pages_not_modified += not_modified
            if err:
                result.errors.append((page_url, err))
                continue
            if page_url in source.start_urls:
                start_ok += 1
            title, links = parse_listing(html, page_url)
            for ln in links:
                url = ln["url"]
                if source.is_document(url):
                    if not source.host_allowed(url):
                        result.skipped.append((url, f"host not allowed: {host_of(url)}"))
                        continue
                    known = seen_docs.get(url)
                    if known is None:
                        seen_docs[url] = Link(url, source, ln["text"], title, ln["date"], page_url)
                        result.links.append(seen_docs[url])
                    else:  # the same link twice: keep the richest description
                        known.link_text = known.link_text or ln["text"]
                        known.published = known.published or ln["date"]
                elif source.is_listing(url) and url not in seen_pages:
                    seen_pages.add(url)
                    if source.host_allowed(url):
                        queue.append(url)
                    else:
                        result.skipped.append((url, f"host not allowed: {host_of(url)}"))
        if queue:
            result.skipped.extend((u, f"max_pages ({source.max_pages}) reached") for u in queue)
        result.reachable = start_ok > 0
    finally:
        if own_client:
            client.close()
    return result


# --------------------------------------------------------------------------- documents


def file_name_of(url: str) -> str:
    """The base name of a URL's path, percent-decoded (the file name as downloaded)."""
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return name or host_of(url)


def fetch(link: Link, store: BlobStore, manifest: Manifest, *, client: httpx.Client | None = None,
          limiter: HostLimiter | None = None, stats: HarvestStats | None = None) -> FetchResult:
    """Download one document into the store and record it in the manifest.

    Returns a FetchResult whose status is new (bytes never seen), changed (the URL
    now serves other bytes), unchanged (304, or the same bytes again), duplicate (bytes
    already stored from another URL: one document, both URLs recorded) or failed (with
    the reason). Network trouble never raises."""
    source = link.source
    own_client = client is None
    client = client or make_client(source)
    prev = manifest.url(link.url)
    now = utcnow()
    row = {"url": link.url, "source_name": source.name, "link_text": link.link_text,
           "page_title": link.page_title, "published": link.published, "checked_at": now}
    # revalidate when we still hold the bytes the validators describe, or when they
    # describe content already rejected (an error page served as .pdf stays rejected)
    holds_copy = prev is not None and bool(prev.get("sha256")) and store.has(prev["sha256"])
    rejected_before = (prev is not None and not prev.get("sha256") and prev.get("status") == "failed"
                       and prev.get("http_status") == 200)
    conditional = holds_copy or rejected_before
    headers = _conditional_headers(prev.get("etag"), prev.get("last_modified")) if conditional else {}

    def consume(resp: httpx.Response) -> tuple[str, int]:
        length = resp.headers.get("content-length")
        if length and length.isdigit() and int(length) > source.max_bytes:
            raise _Reject(f"too large: {int(length)} bytes (max_bytes {source.max_bytes})", resp.headers)
        h = hashlib.sha256()
        size = 0
        head = b""
        deadline = time.monotonic() + source.timeout * 10
        with store.writer() as (f, tmp):
            for chunk in resp.iter_bytes(CHUNK):
                if len(head) < MAGIC_WINDOW:
                    head += chunk[: MAGIC_WINDOW - len(head)]
                    if len(head) >= MAGIC_WINDOW and PDF_MAGIC not in head:
                        break
                size += len(chunk)
                if size > source.max_bytes:
                    raise _Reject(f"too large: more than {source.max_bytes} bytes (max_bytes)", resp.headers)
                if time.monotonic() > deadline:
                    raise _Deadline(f"download slower than {source.timeout * 10:.0f} s")
                h.update(chunk)
                f.write(chunk)
            if stats:
                stats.add(nbytes=size)
            if PDF_MAGIC not in head:
                ctype = resp.headers.get("content-type", "no content type")
                start = head[:40].decode("utf-8", "replace").strip().replace("\n", " ")
                raise _Reject(f"not a PDF ({ctype}; starts with {start!r})" if head else "not a PDF (empty body)",
                              resp.headers)
            f.flush()
            os.fsync(f.fileno())
            sha = h.hexdigest()
            store.commit(tmp, sha)
        return sha, size

    try:
        out = _request(client, source, link.url, headers, consume, limiter=limiter, stats=stats)
    finally:
        if own_client:
            client.close()
    row["http_status"] = out.status
    row["final_url"] = out.url if out.url != link.url else None
    if out.status == 304 and not holds_copy:  # the content rejected last time, still the same
        row.update(status="failed", error=prev.get("error"), http_status=prev.get("http_status"),
                   etag=prev.get("etag"), last_modified=prev.get("last_modified"), fetched_at=prev.get("fetched_at"))
        manifest.record_fetch(row)
        return FetchResult(link.url, source.name, "failed", None, row["error"], 304, final_url=row["final_url"])
    if out.error or out.status not in (200, 304):
        # keep what we knew (sha, validators) so an earlier good copy is not forgotten
        row.update(status="failed", error=out.error or f"HTTP {out.status}",
                   sha256=prev.get("sha256") if prev else None,
                   etag=prev.get("etag") if prev else None,
                   last_modified=prev.get("last_modified") if prev else None,
                   fetched_at=prev.get("fetched_at") if prev else None)
        if out.status == 200 and out.headers is not None and not row["sha256"]:
            # validators of the rejected content: next time a 304 says it is still bad
            row.update(etag=out.headers.get("etag"), last_modified=out.headers.get("last-modified"), fetched_at=now)
        manifest.record_fetch(row)
        return FetchResult(link.url, source.name, "failed", row["sha256"], row["error"], out.status,
                           final_url=row["final_url"])
    if out.status == 304:
        row.update(status="unchanged", sha256=prev["sha256"], etag=out.headers.get("etag") or prev.get("etag"),
                   last_modified=out.headers.get("last-modified") or prev.get("last_modified"),
                   fetched_at=prev.get("fetched_at"))
        manifest.record_fetch(row)
        return FetchResult(link.url, source.name, "unchanged", prev["sha256"], None, 304,
                           final_url=row["final_url"])
    sha, size = out.value
    known_blob = manifest.blob(sha)
    if prev is not None and prev.get("sha256") == sha:
        status = "unchanged"
    elif known_blob is not None:
        status = "duplicate"
    elif prev is not None and prev.get("sha256"):
        status = "changed"
    else:
        status = "new"
    row.update(status=status, sha256=sha, etag=out.headers.get("etag"),
               last_modified=out.headers.get("last-modified"), fetched_at=now)
    blob = None if known_blob else {"sha256": sha, "size": size, "first_url": link.url,
                                    "file_name": file_name_of(link.url), "stored_at": now}
    manifest.record_fetch(row, blob)
    return FetchResult(link.url, source.name, status, sha, None, 200, size, final_url=row["final_url"])


# --------------------------------------------------------------------------- portal metadata

YEAR_RE = re.compile(r"(?<!\d)(20\d{2})\s*年|(?<![\d年])(\d{2})\s*年")
PORTAL_DOC_TYPES = (("决算", "final_accounts"), ("自评", "performance_self_evaluation"),
                    ("绩效目标", "performance_targets"), ("预算", "budget"))


def portal_year(text: str | None) -> int | None:
    """The fiscal year a link text names: '2025年', '25年'."""
    m = YEAR_RE.search(text or "")
    if not m:
        return None
    return int(m[1]) if m[1] else 2000 + int(m[2])


def portal_doc_type(text: str | None) -> str | None:
    for word, kind in PORTAL_DOC_TYPES:
        if word in (text or ""):
            return kind
    return None


def disagreement(link_text: str | None, doc: dict | None) -> str | None:
    """What the portal says that the document contradicts (the document wins)."""
    if not doc or doc.get("status") == "failed":
        return None
    notes = []
    py, dy = portal_year(link_text), doc.get("fiscal_year")
    if py and dy and py != dy:
        notes.append(f"fiscal_year: portal {py}, document {dy}")
    pt, dt = portal_doc_type(link_text), doc.get("doc_type")
    if pt and dt and dt != "other" and pt != dt:
        notes.append(f"doc_type: portal {pt}, document {dt}")
    return "; ".join(notes) or None


def _ts(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


def source_rows(manifest: Manifest, source_name: str) -> list[dict]:
    """The ``sources`` dataset rows of one source: one per URL seen, with what the
    portal said beside what the document says."""
    rows = []
    for u in manifest.urls(source_name):
        doc = manifest.processed(u["sha256"]) if u["sha256"] else None
        rows.append({
            "doc_id": u["sha256"], "source_name": source_name, "url": u["url"],
            "link_text": u["link_text"], "page_title": u["page_title"],
            "published": date.fromisoformat(u["published"]) if u["published"] else None,
            "fetched_at": _ts(u["fetched_at"]), "status": u["status"], "error": u["error"],
            "http_status": u["http_status"], "etag": u["etag"], "last_modified": u["last_modified"],
            "final_url": u["final_url"], "file_name": file_name_of(u["url"]),
            "checked_at": _ts(u["checked_at"]), "portal_fiscal_year": portal_year(u["link_text"]),
            "portal_doc_type": portal_doc_type(u["link_text"]),
            "doc_title": doc.get("title") if doc else None,
            "doc_fiscal_year": doc.get("fiscal_year") if doc else None,
            "doc_type": doc.get("doc_type") if doc else None,
            "disagreement": disagreement(u["link_text"], doc),
        })
    return rows


def write_sources_dataset(manifest: Manifest, out: str | os.PathLike, source_name: str) -> Path:
    """Write ``OUT/sources/<source_name>.parquet`` atomically from the manifest (the
    manifest is the truth; this file is its snapshot, rewritten after every run)."""
    from .publish import _write_atomic, ensure_layout
    from cnbudget.schemas.contract import to_table

    out = Path(out)
    ensure_layout(out)
    path = out / "sources" / f"{source_name}.parquet"
    _write_atomic(to_table("sources", source_rows(manifest, source_name)), path)
    return path
