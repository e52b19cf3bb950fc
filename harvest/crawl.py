"""Crawling a portal: ``crawl(source)`` walks its listing pages (the start URLs, then
every link whose URL matches ``follow``) breadth-first and collects the links whose URL
matches ``documents``, with the link text, the listing page's title and a publication
date printed near the link. Hosts other than the start URLs' are never fetched unless
in ``allowed_hosts``. Listing pages are revalidated against the copy kept in the
manifest (ETag / Last-Modified)."""
from __future__ import annotations

from urllib.parse import urldefrag

import httpx

from .http import CHUNK, HostLimiter, Reject, conditional_headers, make_client, request
from .listing import decode_page, parse_listing
from .manifest import Manifest
from .records import CrawlResult, HarvestStats, Link
from .registry import Source, host_of

MAX_PAGE_BYTES = 5 * 1024 * 1024


def _get_page(url: str, source: Source, client: httpx.Client, manifest: Manifest | None,
              limiter: HostLimiter | None, stats: HarvestStats | None) -> tuple[str | None, str | None, bool]:
    """(html, error, not_modified) of a listing page, revalidated against the copy kept
    in the manifest."""
    cached = manifest.page(url) if manifest else None
    headers = conditional_headers(cached["etag"], cached["last_modified"]) if cached and cached["body"] else {}

    def consume(resp: httpx.Response) -> tuple[bytes, str | None]:
        data = bytearray()
        for chunk in resp.iter_bytes(CHUNK):
            data += chunk
            if len(data) > MAX_PAGE_BYTES:
                raise Reject(f"listing page larger than {MAX_PAGE_BYTES} bytes")
        if stats:
            stats.add(nbytes=len(data))
        return bytes(data), resp.headers.get("content-type")

    out = request(client, source, url, headers, consume, limiter=limiter, stats=stats)
    if out.error:
        return None, out.error, False
    if out.status == 304 and cached and cached["body"] is not None:
        if manifest:
            manifest.record_page(url, source.name, None, None, None)
        return decode_page(cached["body"], None), None, True
    body, ctype = out.value
    if manifest:
        manifest.record_page(url, source.name, out.headers.get("etag"), out.headers.get("last-modified"), body)
    return decode_page(body, ctype), None, False


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
