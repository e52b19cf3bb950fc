"""HTTP for the harvest, polite and bounded: one httpx client per source, GET with
retries (tenacity), redirects followed by hand and only to allowed hosts, per-host rate
limit and concurrency (``HostLimiter``), and conditional request headers.

Bounds, all from the source's registry entry:

* ``timeout``: the longest silence accepted (connecting, and between bytes), httpx's
  own timeouts.
* ``deadline``: the whole of one URL, headers and body, every attempt, redirect and
  retry wait included. httpx has no total timeout (encode/httpx#1450: a server that
  trickles bytes never trips a read timeout, and checking a clock between body chunks
  cannot end trickled headers), so the client's transport (httpx's custom-transport
  API) sends through an httpcore connection pool whose network backend (httpcore's
  ``network_backend``) gives every socket operation at most what is left of the running
  request's deadline. The clock starts when the first attempt gets its slot
  from the ``HostLimiter`` (waiting for one's turn under the rate limit is not the
  server's fault); a retry whose wait would pass the deadline is not made.
* ``retries`` and ``backoff``: timeouts, connection errors, 429 and 5xx are retried with
  exponential backoff; other 4xx never. A ``Retry-After`` (seconds or an HTTP date) on
  429/503 replaces the backoff when it is at most ``retry_after_max`` and holds back the
  whole host meanwhile; a longer one is not waited for: the URL fails with the reason.

Every answer becomes an ``Outcome``: a status and a value, or an ``error`` saying why,
so a malformed URL or ``Location``, an unexpected status or a broken response is
recorded against its URL and never raised. What a body means is decided by the
caller's ``consume``, which may refuse it (``Reject``)."""
from __future__ import annotations

import ssl
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Callable, Iterator

import httpcore
import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt, stop_any, wait_exponential

from .records import HarvestStats
from .registry import Source
from .urls import BadURL, clean_url, host_of

MAX_REDIRECTS = 5
MAX_BACKOFF = 60.0  # seconds: the exponential backoff stops growing here
CHUNK = 64 * 1024  # bytes read from a response body at a time
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
# httpx parses a Location header even when it follows no redirect, and raises on a
# malformed one; the client's response hook moves it here, where only ``request`` reads it
LOCATION = "x-cnbudget-location"
CONDITIONAL_HEADERS = ("if-none-match", "if-modified-since")


# --------------------------------------------------------------------------- deadline


class Deadline(httpx.TimeoutException):
    """The request's deadline passed (a server trickling bytes, a long stall)."""

    def __init__(self, message: str = "deadline passed") -> None:
        super().__init__(message)


# the monotonic time by which the request running in this thread must be done
_deadline_at: ContextVar[float | None] = ContextVar("cnbudget_harvest_deadline_at", default=None)


def _bounded(timeout: float | None, timeout_error: type[Exception]) -> float | None:
    """``timeout`` cut to what is left of the running request's deadline."""
    at = _deadline_at.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise timeout_error("deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the running request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     _bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, with connections bounded by the running deadline."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_tcp(host, port, _bounded(timeout, httpcore.ConnectTimeout),
                                                       local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _bounded(timeout, httpcore.ConnectTimeout),
                                                               socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


@lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    """One TLS context for every client (loading the CA bundle takes tens of ms)."""
    return httpx.create_ssl_context(trust_env=False)


# httpcore's exceptions as httpx's, subclasses before their bases (the first match wins)
_HTTPX_ERROR = ((httpcore.ConnectTimeout, httpx.ConnectTimeout), (httpcore.ReadTimeout, httpx.ReadTimeout),
                (httpcore.WriteTimeout, httpx.WriteTimeout), (httpcore.PoolTimeout, httpx.PoolTimeout),
                (httpcore.TimeoutException, httpx.TimeoutException), (httpcore.ConnectError, httpx.ConnectError),
                (httpcore.ReadError, httpx.ReadError), (httpcore.WriteError, httpx.WriteError),
                (httpcore.NetworkError, httpx.NetworkError), (httpcore.ProxyError, httpx.ProxyError),
                (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
                (httpcore.LocalProtocolError, httpx.LocalProtocolError),
                (httpcore.RemoteProtocolError, httpx.RemoteProtocolError), (httpcore.ProtocolError, httpx.ProtocolError))


@contextmanager
def _as_httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as e:
        mapped = next((theirs for ours, theirs in _HTTPX_ERROR if isinstance(e, ours)), None)
        if mapped is None:
            raise
        raise mapped(str(e)) from e


class _Body(httpx.SyncByteStream):
    """A response body read from httpcore, its errors raised as httpx's."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors():
            yield from self._stream

    def close(self) -> None:
        self._stream.close()


class _DeadlineTransport(httpx.BaseTransport):
    """An httpx transport (httpx's documented custom-transport API) over an httpcore
    connection pool whose network backend is ``_DeadlineBackend`` (httpcore's documented
    ``network_backend``): what ``httpx.HTTPTransport`` does, with connections bounded by
    the running request's deadline. HTTP/1.1, no proxy, the default pool limits."""

    def __init__(self) -> None:
        limits = httpx.Limits()
        self._connections = httpcore.ConnectionPool(
            ssl_context=_ssl_context(), max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections, keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        core = httpcore.Request(method=request.method,
                                url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port,
                                                 target=url.raw_path),
                                headers=request.headers.raw, content=request.stream, extensions=request.extensions)
        with _as_httpx_errors():
            resp = self._connections.handle_request(core)
        return httpx.Response(status_code=resp.status, headers=resp.headers, stream=_Body(resp.stream),
                              extensions=resp.extensions)

    def close(self) -> None:
        self._connections.close()


class _Clock:
    """The deadline of one URL: started when its first attempt may start."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at: float | None = None

    def start(self) -> None:
        if self.at is None:
            self.at = time.monotonic() + self.seconds

    def left(self) -> float:
        return self.seconds if self.at is None else self.at - time.monotonic()

    @property
    def passed(self) -> bool:
        return self.left() <= 0


# --------------------------------------------------------------------------- politeness


class HostLimiter:
    """Per-host politeness shared by all threads: at most ``concurrency`` requests in
    flight and at most ``rate`` request starts per second per host; a host that asked
    for a pause (Retry-After) gets no request before it ends."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.BoundedSemaphore, threading.Lock, list[float]]] = {}

    def _host(self, url: str, concurrency: int) -> tuple[threading.BoundedSemaphore, threading.Lock, list[float]]:
        host = host_of(url)
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = (threading.BoundedSemaphore(concurrency), threading.Lock(), [0.0])
            return self._hosts[host]

    @contextmanager
    def slot(self, url: str, rate: float, concurrency: int, until: float | None = None) -> Iterator[None]:
        """Wait for this host's turn. With ``until`` (a monotonic time), a turn that
        would come later raises ``Deadline`` instead of waiting for it."""
        sem, lock, next_at = self._host(url, concurrency)
        if not sem.acquire(timeout=None if until is None else max(0.0, until - time.monotonic())):
            raise Deadline("deadline passed waiting for a connection slot")
        try:
            with lock:
                now = time.monotonic()
                start = max(now, next_at[0])
                if until is not None and start >= until:
                    raise Deadline("deadline passed waiting for the host's rate limit")
                next_at[0] = start + 1.0 / rate
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            sem.release()

    def pause(self, url: str, seconds: float, concurrency: int) -> None:
        """No request starts on this URL's host for ``seconds`` (a Retry-After)."""
        _, lock, next_at = self._host(url, concurrency)
        with lock:
            next_at[0] = max(next_at[0], time.monotonic() + seconds)


# --------------------------------------------------------------------------- answers


class _RetryableStatus(Exception):
    def __init__(self, status: int, retry_after: float | None = None) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


class _Refused(Exception):
    """An answer that ends the request at once with a reason (a Retry-After beyond the cap)."""

    def __init__(self, status: int, reason: str, headers: httpx.Headers | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.headers = headers


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


def _take_location(response: httpx.Response) -> None:
    if "location" in response.headers:
        response.headers[LOCATION] = response.headers["location"]
        del response.headers["location"]


def make_client(source: Source) -> httpx.Client:
    """An HTTP client for one source: its headers, its timeout as the longest silence
    accepted, connections bounded by the running request's deadline. Redirects are
    followed by hand (each hop's host is checked); proxies and other environment
    settings are ignored."""
    return httpx.Client(timeout=httpx.Timeout(source.timeout), headers=source.request_headers(),
                        follow_redirects=False, trust_env=False, transport=_DeadlineTransport(),
                        event_hooks={"response": [_take_location]})


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header in seconds from now: delta-seconds or an HTTP date (a date
    in the past is 0); None when absent or unreadable."""
    v = (value or "").strip()
    if not v:
        return None
    if v.isascii() and v.isdigit():
        return float(v)  # 5,000 digits give inf, beyond any cap
    try:
        when = parsedate_to_datetime(v)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _describe(e: BaseException) -> str:
    if isinstance(e, _RetryableStatus):
        return str(e)
    if isinstance(e, httpx.TimeoutException):
        return f"timeout ({type(e).__name__})"
    return f"connection failed ({type(e).__name__}: {e})"


def _seconds(x: float) -> str:
    return f"{round(x, 1):g} s"


def _get(client: httpx.Client, source: Source, url: str, headers: dict[str, str],
         consume: Callable[[httpx.Response], Any], limiter: HostLimiter, stats: HarvestStats | None,
         clock: _Clock) -> Outcome:
    """One URL (no redirect followed), with retries, within the clock's deadline."""
    attempts = 0

    def attempt() -> Outcome:
        nonlocal attempts
        attempts += 1
        with limiter.slot(url, source.rate_limit, source.concurrency, until=clock.at):
            clock.start()
            if stats:
                stats.add(requests=1)
            token = _deadline_at.set(clock.at)
            try:
                with client.stream("GET", url, headers=headers) as resp:
                    status = resp.status_code
                    if status == 429 or status >= 500:
                        wait = retry_after_seconds(resp.headers.get("retry-after"))
                        if wait is not None and wait > source.retry_after_max:
                            raise _Refused(status, f"HTTP {status} {httpx.codes.get_reason_phrase(status)}: "
                                                   f"Retry-After {_seconds(wait)} is beyond retry_after_max "
                                                   f"({_seconds(source.retry_after_max)})", resp.headers)
                        if wait is not None:
                            limiter.pause(url, wait, source.concurrency)
                        raise _RetryableStatus(status, wait)
                    if status == 200:
                        return Outcome(200, url, resp.headers, consume(resp))
                    return Outcome(status, url, resp.headers)
            finally:
                _deadline_at.reset(token)

    def wait(state: RetryCallState) -> float:
        e = state.outcome.exception() if state.outcome else None
        asked = getattr(e, "retry_after", None)
        if asked is not None:
            return asked
        return wait_exponential(multiplier=source.backoff, max=MAX_BACKOFF)(state)

    def past_deadline(state: RetryCallState) -> bool:
        return clock.left() <= (state.upcoming_sleep or 0.0)

    retrying = Retrying(stop=stop_any(stop_after_attempt(source.retries + 1), past_deadline), wait=wait,
                        retry=retry_if_exception_type(RETRYABLE), reraise=True)
    try:
        return retrying(attempt)
    except RETRYABLE as e:
        tries = f"after {attempts} attempt{'s' if attempts > 1 else ''}"
        if clock.passed:
            why = f"deadline of {_seconds(source.deadline)} passed: {_describe(e)} {tries}"
        elif attempts < source.retries + 1:  # stopped early: the next try would have come too late
            asked = getattr(e, "retry_after", None)
            later = f"Retry-After {_seconds(asked)}" if asked is not None else "the next try"
            why = f"{_describe(e)} {tries}; {later} would pass the deadline of {_seconds(source.deadline)}"
        else:
            why = f"{_describe(e)} {tries}"
        return Outcome(getattr(e, "status", None), url, error=why)
    except _Refused as e:
        return Outcome(e.status, url, e.headers, error=str(e))
    except Reject as e:
        return Outcome(200, url, e.headers, error=str(e))
    except (httpx.HTTPError, httpx.InvalidURL) as e:  # a broken response (bad gzip, bad header), a refused URL
        return Outcome(None, url, error=f"invalid response ({type(e).__name__}: {e})")


def request(client: httpx.Client, source: Source, url: str, headers: dict[str, str],
            consume: Callable[[httpx.Response], Any], *, limiter: HostLimiter | None = None,
            stats: HarvestStats | None = None) -> Outcome:
    """GET url within the source's deadline: retries (timeouts, connection errors, 429
    and 5xx, Retry-After honoured up to its cap), redirects restricted to allowed hosts.
    ``consume`` reads a 200 response's body (inside the attempt, so a reset mid-body is
    retried too). Never raises for what a server does: the Outcome says why."""
    limiter = limiter or HostLimiter()
    try:
        url = clean_url(url)
    except BadURL as e:
        return Outcome(None, url, error=f"malformed URL: {e}")
    conditional = any(k.lower() in CONDITIONAL_HEADERS for k in headers)
    clock = _Clock(source.deadline)
    for _hop in range(MAX_REDIRECTS + 1):
        out = _get(client, source, url, headers, consume, limiter, stats, clock)
        location = out.headers.get(LOCATION, out.headers.get("location")) if out.headers else None
        if out.error is None and out.status in REDIRECT_STATUSES and location is not None:
            try:
                target = clean_url(location, base=url)
            except BadURL as e:
                out.error = f"malformed redirect Location {location[:200]!r}: {e}"
                return out
            if not source.host_allowed(target):
                out.error = f"redirect to a host not allowed: {host_of(target)} ({target})"
                return out
            url = target
            continue
        if out.error is None:
            if out.status == 304 and not conditional:
                out.error = "HTTP 304 Not Modified to a request that was not conditional"
            elif out.status == 304:
                if stats:
                    stats.add(not_modified=1)
            elif out.status != 200:
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
