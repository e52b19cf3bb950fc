"""The plain values the harvest's jobs hand each other and its callers: a document link
found on a listing page (``Link``), what one crawl found (``CrawlResult``), what one
fetch did (``FetchResult``), the counters of one run (``HarvestStats``), and the
timestamps they are stamped with (``utcnow``)."""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from .registry import Source


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass
class Link:
    """A document link found on a listing page, with what the portal says about it."""

    url: str
    source: Source
    link_text: str | None = None
    page_title: str | None = None
    published: str | None = None  # YYYY-MM-DD printed near the link
    referrer: str | None = None
    error: str | None = None  # why the link cannot be requested (a malformed href): recorded, never fetched

    @property
    def source_name(self) -> str:
        return self.source.name


@dataclass
class CrawlResult:
    source_name: str
    links: list[Link] = field(default_factory=list)
    pages: int = 0  # listing pages requested
    pages_not_modified: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason): listing pages that failed
    # (url or href, reason) never fetched: other hosts, malformed hrefs that are not documents,
    # links beyond max_links, documents beyond max_documents, pages beyond max_pages
    skipped: list[tuple[str, str]] = field(default_factory=list)
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
    """Counters shared by the threads of one run: requests made, answered 304, bytes
    downloaded, and documents not requested at all because their listing entry is
    unchanged and their last request is recent (``fresh``, see ``fetch.needs_request``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests = 0
        self.not_modified = 0
        self.bytes = 0
        self.fresh = 0

    def add(self, requests: int = 0, not_modified: int = 0, nbytes: int = 0, fresh: int = 0) -> None:
        with self._lock:
            self.requests += requests
            self.not_modified += not_modified
            self.bytes += nbytes
            self.fresh += fresh

    def as_dict(self) -> dict:
        return {"requests": self.requests, "not_modified": self.not_modified, "bytes": self.bytes,
                "fresh": self.fresh}
