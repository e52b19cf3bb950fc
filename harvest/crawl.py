"""Crawling a portal: ``crawl(source)`` walks its listing pages (the start URLs, then
every link whose URL matches ``follow``) breadth-first and collects the links whose URL
matches ``documents``, with the link text, the listing page's title and a publication
date printed near the link. Hosts other than the start URLs' are never fetched unless
in ``allowed_hosts``. Listing pages are revalidated against the copy kept in the
manifest (ETag / Last-Modified), and a page's links resolve against the URL that
finally answered (after redirects).

Nothing on a page stops the crawl: a malformed href is recorded against that link (a
document link becomes a ``Link`` with an ``error``, recorded as failed by ``fetch``;
another is listed in ``skipped``), an unusable ``<base href>`` is ignored and noted, a
page that fails is listed in ``errors``. Work is bounded: ``max_pages`` listing pages,
``max_links`` links read per page, and ``max_documents`` documents to request per run
(those the revalidation policy would not request do not count)."""
from __future__ import annotations

from collections import deque
from datetime import datetime, timezone
from typing import NamedTuple

import httpx

from .fetch import needs_request
from .http import CHUNK, HostLimiter, Reject, conditional_headers, make_client, request
from .listing import decode_page, parse_listing
from .manifest import Manifest
from .records import CrawlResult, HarvestStats, Link
from .registry import Source
from .urls import host_of


class _Page(NamedTuple):
    html: str | None
    error: str | None
    not_modified: bool = False
    url: str | None = None  # the URL that answered (after redirects)


def _get_page(url: str, source: Source, client: httpx.Client, manifest: Manifest | None,
              limiter: HostLimiter | None, stats: HarvestStats | None) -> _Page:
    """A listing page, revalidated against the copy kept in the manifest."""
    cached = manifest.page(url) if manifest else None
    has_copy = bool(cached and cached["body"] is not None)
    headers = conditional_headers(cached["etag"], cached["last_modified"]) if has_copy else {}

    def consume(resp: httpx.Response) -> tuple[bytes, str | None]:
        data = bytearray()
        for chunk in resp.iter_bytes(CHUNK):
            data += chunk
            if len(data) > source.max_page_bytes:
                raise Reject(f"listing page larger than {source.max_page_bytes} bytes (max_page_bytes)")
        if stats:
            stats.add(nbytes=len(data))
        return bytes(data), resp.headers.get("content-type")

    out = request(client, source, url, headers, consume, limiter=limiter, stats=stats)
    if out.error:
        return _Page(None, out.error)
    if out.status == 304:
        if not has_copy:  # a conditional request only goes out with a copy; kept for safety
            return _Page(None, "HTTP 304 Not Modified, but no copy of the page is kept")
        if manifest:
            manifest.record_page(url, source.name, None, None, None)
        return _Page(decode_page(cached["body"], None), None, True, out.url)
    body, ctype = out.value
    if manifest:
        manifest.record_page(url, source.name, out.headers.get("etag"), out.headers.get("last-modified"), body)
    return _Page(decode_page(body, ctype), None, False, out.url)


def _cap_documents(result: CrawlResult, source: Source, manifest: Manifest | None) -> None:
    """Keep at most ``max_documents`` links that this run must request; the others
    wait for a later run (listed in ``skipped``)."""
    known = {r["url"]: r for r in manifest.urls(source.name)} if manifest else {}
    now = datetime.now(timezone.utc)
    kept: list[Link] = []
    due = 0
    for ln in result.links:
        if ln.error or not needs_request(known.get(ln.url), ln, now):
            kept.append(ln)  # no request will be made for it
        elif due < source.max_documents:
            due += 1
            kept.append(ln)
        else:
            result.skipped.append((ln.url, f"max_documents ({source.max_documents}) reached: left for a later run"))
    result.links = kept


def crawl(source: Source, *, client: httpx.Client | None = None, manifest: Manifest | None = None,
          limiter: HostLimiter | None = None, stats: HarvestStats | None = None) -> CrawlResult:
    """Walk the source's listing pages breadth-first and collect its document links.

    Never raises for network trouble or malformed pages: unreachable pages are listed
    in ``errors``, and ``reachable`` is False when not one start URL could be fetched."""
    own_client = client is None
    client = client or make_client(source)
    limiter = limiter or HostLimiter()
    result = CrawlResult(source.name)
    starts = set(source.start_urls)  # validated: absolute, no fragment
    queue = deque(dict.fromkeys(source.start_urls))
    seen_pages = set(starts)
    seen_docs: dict[str, Link] = {}
    start_ok = 0

    def add_document(url: str, text: str | None, title: str | None, date: str | None, page_url: str,
                     error: str | None = None) -> None:
        known = seen_docs.get(url)
        if known is None:
            seen_docs[url] = Link(url, source, text, title, date, page_url, error)
            result.links.append(seen_docs[url])
        else:  # the same link twice: keep the richest description
            known.link_text = known.link_text or text
            known.published = known.published or date

    try:
        while queue and result.pages < source.max_pages:
            page_url = queue.popleft()
            if not source.host_allowed(page_url):
                result.skipped.append((page_url, f"host not allowed: {host_of(page_url)}"))
                continue
            page = _get_page(page_url, source, client, manifest, limiter, stats)
            result.pages += 1
            result.pages_not_modified += page.not_modified
            if page.error:
                result.errors.append((page_url, page.error))
                continue
            if page_url in starts:
                start_ok += 1
            answered = page.url or page_url
            seen_pages.add(answered)
            listing = parse_listing(page.html, answered, source.max_links)
            if listing.base_error:
                result.skipped.append((answered, listing.base_error))
            if listing.unread:
                result.skipped.append((answered, f"max_links ({source.max_links}) reached: {listing.unread} "
                                                 f"more link(s) on the page not read"))
            for bad in listing.problems:
                if source.is_document(bad["href"]):
                    add_document(bad["href"], bad["text"], listing.title, bad["date"], answered,
                                 f"{bad['error']} (href on {answered})")
                else:
                    result.skipped.append((bad["href"], f"{bad['error']} (href on {answered})"))
            for ln in listing.links:
                url = ln["url"]
                if source.is_document(url):
                    if source.host_allowed(url):
                        add_document(url, ln["text"], listing.title, ln["date"], answered)
                    else:
                        result.skipped.append((url, f"host not allowed: {host_of(url)}"))
                elif source.is_listing(url) and url not in seen_pages:
                    seen_pages.add(url)
                    if source.host_allowed(url):
                        queue.append(url)
                    else:
                        result.skipped.append((url, f"host not allowed: {host_of(url)}"))
        if queue:
            result.skipped.extend((u, f"max_pages ({source.max_pages}) reached") for u in queue)
        result.reachable = start_ok > 0
        _cap_documents(result, source, manifest)
    finally:
        if own_client:
            client.close()
    return result
