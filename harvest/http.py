"""HTTP for the harvest, polite and bounded: one httpx client per source, GET with
retries (tenacity: exponential backoff on timeouts, connection errors and 5xx, never on
4xx), redirects followed by hand and only to allowed hosts, per-host rate limit and
concurrency (``HostLimiter``), and conditional request headers (ETag / Last-Modified).

What a response's body means is not decided here: the caller's ``consume`` reads it
and may refuse it (``Reject``) or give up on a slow one (``Deadline``)."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator
from urllib.parse import urldefrag, urljoin

import httpx
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from .records import HarvestStats
from .registry import Source, host_of

MAX_REDIRECTS = 5
CHUNK = 64 * 1024  # bytes read from a response body at a time


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


class _RetryableStatus(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


class Deadline(httpx.TimeoutException):
    """The whole response took too long (a server trickling bytes)."""


class Reject(Exception):
    """A response that must not be stored (not a PDF, too large); never retried."""

    def __init__(self, reason: str, headers: httpx.Headers | None = None) -> None:
        super().__init__(reason)
        self.headers = headers


RETRYABLE = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, _RetryableStatus)


@dataclass
class Outcome:
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


def request(client: httpx.Client, source: Source, url: str, headers: dict[str, str],
            consume: Callable[[httpx.Response], Any], *, limiter: HostLimiter | None = None,
            stats: HarvestStats | None = None) -> Outcome:
    """GET url with retries (tenacity: exponential backoff on timeouts, connection
    errors and 5xx) and redirects restricted to allowed hosts. ``consume`` reads a 200
    response's body (inside the attempt, so a reset mid-body is retried too)."""
    limiter = limiter or HostLimiter()
    for _hop in range(MAX_REDIRECTS + 1):
        attempts = 0

        def attempt() -> Outcome:
            nonlocal attempts
            attempts += 1
            with limiter.slot(url, source.rate_limit, source.concurrency):
                if stats:
                    stats.add(requests=1)
                with client.stream("GET", url, headers=headers) as resp:
                    if resp.status_code >= 500:
                        raise _RetryableStatus(resp.status_code)
                    if resp.status_code == 200:
                        return Outcome(200, url, resp.headers, consume(resp))
                    return Outcome(resp.status_code, url, resp.headers)

        retrying = Retrying(stop=stop_after_attempt(source.retries + 1),
                            wait=wait_exponential(multiplier=source.backoff, max=60),
                            retry=retry_if_exception_type(RETRYABLE), reraise=True)
        try:
            out = retrying(attempt)
        except RETRYABLE as e:
            return Outcome(getattr(e, "status", None), url,
                           error=f"{_describe(e)} after {attempts} attempt{'s' if attempts > 1 else ''}")
        except Reject as e:
            return Outcome(200, url, e.headers, error=str(e))
        if out.status in (301, 302, 303, 307, 308) and out.headers and out.headers.get("location"):
            target = urldefrag(urljoin(url, out.headers["location"]))[0]
            if not source.host_allowed(target):
                return Outcome(out.status, url, error=f"redirect to a host not allowed: {host_of(target)} "
                                                      f"({target})")
            url = target
            continue
        if out.status == 304 and stats:
            stats.add(not_modified=1)
        if out.status not in (200, 304) and out.error is None:
            reason = httpx.codes.get_reason_phrase(out.status or 0)
            out.error = f"HTTP {out.status}" + (f" {reason}" if reason else "")
        return out
    return Outcome(None, url, error=f"more than {MAX_REDIRECTS} redirects")


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The request headers that revalidate a copy described by these validators."""
    h = {}
    if etag:
        h["If-None-Match"] = etag
    if last_modified:
        h["If-Modified-Since"] = last_modified
    return h
