"""Fetching a document: ``fetch(link, store, manifest)`` downloads one document link
politely (through ``http.request``: per-host limits, retries, redirects only to allowed
hosts, the source's deadline), revalidates a copy already held (ETag / Last-Modified
from the manifest), enforces the source's size cap, checks the PDF signature before
anything is stored, puts the bytes in the ``BlobStore`` and only then records the URL
(and a new blob) in the ``Manifest``.

Revalidation policy (``needs_request``): a document whose listing entry is unchanged
(its link text and date are what they were; a listing page that answered 304 gives
exactly that) and whose last answer was definite is not requested again until that
answer is ``revalidate_after_days`` old (default 7), or until the source's settings
that decide what is accepted (allowed hosts, size cap, headers) change. A second nightly run of an
unchanged portal therefore requests its listing pages and nothing else. Transient
failures (timeouts, resets, 408/429/5xx) and links never answered are tried every run."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from urllib.parse import unquote, urlsplit

import httpx

from cnbudget.schemas.identifiers import doc_id_hasher

from .http import CHUNK, HostLimiter, Reject, conditional_headers, make_client, request
from .manifest import Manifest
from .records import FetchResult, HarvestStats, Link, utcnow
from .store import BlobStore
from .urls import host_of

PDF_MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024  # readers accept the header anywhere in the first KiB
TRANSIENT_STATUSES = frozenset({408, 425, 429})  # besides 5xx: a later try may well succeed


def file_name_of(url: str) -> str:
    """The base name of a URL's path, percent-decoded (the file name as downloaded)."""
    try:
        path = urlsplit(url).path
    except ValueError:  # a malformed link recorded as such
        path = url
    name = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    return name or host_of(url) or url


def _is_transient(http_status: int | None) -> bool:
    return http_status is None or http_status in TRANSIENT_STATUSES or http_status >= 500


def needs_request(prev: dict | None, link: Link, now: datetime, holds_copy: bool = True) -> bool:
    """Whether this run must request the link (the revalidation policy, see the module
    docstring). ``prev`` is the link's manifest row; ``holds_copy`` whether the store
    still holds the bytes that row names."""
    max_age = link.source.revalidate_after_days
    if prev is None or link.error or max_age <= 0:
        return True
    if (prev.get("link_text"), prev.get("published")) != (link.link_text, link.published):
        return True  # the portal changed what it says about the link
    if prev.get("fetch_config") != link.source.fetch_fingerprint:
        return True  # asked under other settings (hosts, size cap, headers): their answer may differ
    try:
        last = datetime.fromisoformat(prev.get("checked_at") or "")
    except ValueError:
        return True
    if last.tzinfo is None:
        last = last.replace(tzinfo=timezone.utc)
    if now - last >= timedelta(days=max_age):
        return True
    if prev.get("status") != "failed" and prev.get("sha256"):
        return not holds_copy
    return _is_transient(prev.get("http_status"))


def fetch(link: Link, store: BlobStore, manifest: Manifest, *, client: httpx.Client | None = None,
          limiter: HostLimiter | None = None, stats: HarvestStats | None = None) -> FetchResult:
    """Download one document into the store and record it in the manifest.

    Returns a FetchResult whose status is new (bytes never seen), changed (the URL
    now serves other bytes), unchanged (304, the same bytes again, or not requested
    under the revalidation policy), duplicate (bytes already stored from another URL:
    one document, both URLs recorded) or failed (with the reason). Network trouble and
    malformed links never raise."""
    source = link.source
    prev = manifest.url(link.url)
    now = utcnow()
    row = {"url": link.url, "source_name": source.name, "link_text": link.link_text,
           "page_title": link.page_title, "published": link.published, "checked_at": now,
           "fetch_config": source.fetch_fingerprint}
    if link.error:  # a malformed href: recorded against the link, never requested
        row.update(status="failed", error=link.error)
        manifest.record_fetch(row)
        return FetchResult(link.url, source.name, "failed", None, link.error)
    # revalidate when we still hold the bytes the validators describe, or when they
    # describe content already rejected (an error page served as .pdf stays rejected)
    holds_copy = prev is not None and bool(prev.get("sha256")) and store.has(prev["sha256"])
    if not needs_request(prev, link, datetime.fromisoformat(now), holds_copy):
        failed = prev["status"] == "failed"
        manifest.record_listed(link.url, link.page_title, "failed" if failed else "unchanged", now)
        if stats:
            stats.add(fresh=1)
        return FetchResult(link.url, source.name, "failed" if failed else "unchanged", prev.get("sha256"),
                           prev.get("error") if failed else None)
    rejected_before = (prev is not None and not prev.get("sha256") and prev.get("status") == "failed"
                       and prev.get("http_status") == 200)
    conditional = holds_copy or rejected_before
    headers = conditional_headers(prev.get("etag"), prev.get("last_modified")) if conditional else {}

    def consume(resp: httpx.Response) -> tuple[str, int]:
        length = resp.headers.get("content-length", "")
        if length.isascii() and length.isdigit() and int(length) > source.max_bytes:
            raise Reject(f"too large: {int(length)} bytes (max_bytes {source.max_bytes})", resp.headers)
        h = doc_id_hasher()
        size = 0
        head = b""
        with store.writer() as (f, tmp):
            for chunk in resp.iter_bytes(CHUNK):
                if len(head) < MAGIC_WINDOW:
                    head += chunk[: MAGIC_WINDOW - len(head)]
                    if len(head) >= MAGIC_WINDOW and PDF_MAGIC not in head:
                        break
                size += len(chunk)
                if size > source.max_bytes:
                    raise Reject(f"too large: more than {source.max_bytes} bytes (max_bytes)", resp.headers)
                h.update(chunk)
                f.write(chunk)
            if stats:
                stats.add(nbytes=size)
            if PDF_MAGIC not in head:
                ctype = resp.headers.get("content-type", "no content type")
                start = head[:40].decode("utf-8", "replace").strip().replace("\n", " ")
                raise Reject(f"not a PDF ({ctype}; starts with {start!r})" if head else "not a PDF (empty body)",
                             resp.headers)
            f.flush()
            os.fsync(f.fileno())
            sha = h.hexdigest()
            store.commit(tmp, sha)
        return sha, size

    own_client = client is None
    client = client or make_client(source)
    try:
        out = request(client, source, link.url, headers, consume, limiter=limiter, stats=stats)
    finally:
        if own_client:
            client.close()
    row["http_status"] = out.status
    row["final_url"] = out.url if out.url != link.url else None
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
    if out.status == 304 and not holds_copy:  # the content rejected last time, still the same
        row.update(status="failed", error=prev.get("error"), http_status=prev.get("http_status"),
                   etag=prev.get("etag"), last_modified=prev.get("last_modified"), fetched_at=prev.get("fetched_at"))
        manifest.record_fetch(row)
        return FetchResult(link.url, source.name, "failed", None, row["error"], 304, final_url=row["final_url"])
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
