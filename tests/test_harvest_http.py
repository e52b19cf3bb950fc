"""HTTP for the harvest against a server on 127.0.0.1: per-host politeness, retries
on 5xx only, redirects (bounded, allowed hosts only), conditional requests and refused
bodies (cnbudget.harvest.http)."""
from __future__ import annotations

import threading
import time

import pytest

from cnbudget.demo.portal import PortalServer
from cnbudget.harvest.http import (MAX_REDIRECTS, HostLimiter, Reject, conditional_headers, make_client,
                                   request)
from cnbudget.harvest.records import HarvestStats
from cnbudget.harvest.registry import DEFAULT_USER_AGENT, Source


def test_host_limiter_spaces_requests():
    lim = HostLimiter()
    t0 = time.monotonic()
    for _ in range(5):
        with lim.slot("http://127.0.0.1:1/x", rate=20, concurrency=1):
            pass
    assert time.monotonic() - t0 >= 4 / 20 - 0.01


def test_host_limiter_caps_requests_in_flight_per_host():
    lim = HostLimiter()
    in_flight, peak, lock = {"a": 0, "b": 0}, {"a": 0, "b": 0}, threading.Lock()

    def work(host: str) -> None:
        with lim.slot(f"http://{host}.example/x", rate=1000, concurrency=2):
            with lock:
                in_flight[host] += 1
                peak[host] = max(peak[host], in_flight[host])
            time.sleep(0.05)
            with lock:
                in_flight[host] -= 1

    threads = [threading.Thread(target=work, args=(h,)) for h in "ab" * 4]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak == {"a": 2, "b": 2}


def test_conditional_headers():
    assert conditional_headers(None, None) == {}
    assert conditional_headers('"e1"', "Wed, 01 Jan 2025 00:00:00 GMT") == {
        "If-None-Match": '"e1"', "If-Modified-Since": "Wed, 01 Jan 2025 00:00:00 GMT"}


@pytest.fixture
def server():
    with PortalServer() as s:
        yield s


def _source(server: PortalServer, **kw) -> Source:
    return Source(**{"name": "t", "start_urls": [server.url("index.html")], "rate_limit": 500, "timeout": 2,
                     "retries": 2, "backoff": 0.01, "headers": {"X-Test": "1"}, **kw})


def _get(server: PortalServer, src: Source, path: str, headers: dict | None = None, consume=None,
         stats: HarvestStats | None = None):
    with make_client(src) as client:
        return request(client, src, server.url(path), headers or {}, consume or (lambda r: r.read()),
                       stats=stats)


def _statuses(server: PortalServer, path: str, expected: int) -> list[int]:
    """The statuses the server logged for path (it logs just after answering: wait for
    the expected count, then a moment more for any request beyond it)."""
    deadline = time.monotonic() + 5
    while len(server.requests(path)) < expected and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.05)
    return [r.status for r in server.requests(path)]


def test_client_sends_the_source_headers_and_follows_no_redirect_itself(server):
    src = _source(server)
    with make_client(src) as client:
        assert client.headers["User-Agent"] == DEFAULT_USER_AGENT and client.headers["X-Test"] == "1"
        assert not client.follow_redirects and not client.trust_env


def test_retries_5xx_but_not_4xx(server):
    server.add("a.pdf", b"%PDF-1.4 a")
    server.flaky("a.pdf", 2)
    stats = HarvestStats()
    out = _get(server, _source(server), "a.pdf", stats=stats)
    assert (out.status, out.value, out.error) == (200, b"%PDF-1.4 a", None)
    assert _statuses(server, "a.pdf", 3) == [500, 500, 200] and stats.requests == 3
    server.flaky("a.pdf", 5)
    out = _get(server, _source(server), "a.pdf")
    assert out.status == 500 and out.error == "HTTP 500 after 3 attempts"
    missing = _get(server, _source(server), "missing.pdf")
    assert missing.status == 404 and missing.error == "HTTP 404 Not Found"
    assert _statuses(server, "missing.pdf", 1) == [404]


def test_redirects_are_followed_by_hand_and_bounded(server):
    server.add("target.pdf", b"%PDF-1.4 t")
    server.redirect("hop.pdf", server.url("target.pdf"))
    out = _get(server, _source(server), "hop.pdf")
    assert out.status == 200 and out.url == server.url("target.pdf") and out.value == b"%PDF-1.4 t"
    server.redirect("loop.pdf", server.url("loop.pdf"))
    loop = _get(server, _source(server), "loop.pdf")
    assert loop.error == f"more than {MAX_REDIRECTS} redirects" and _statuses(server, "loop.pdf", 6) == [302] * 6
    server.redirect("away.pdf", "http://elsewhere.invalid/x.pdf")
    away = _get(server, _source(server), "away.pdf")
    assert away.status == 302 and away.error == "redirect to a host not allowed: elsewhere.invalid " \
                                                "(http://elsewhere.invalid/x.pdf)"


def test_not_modified_and_refused_bodies(server):
    server.add("a.pdf", b"%PDF-1.4 a")
    first = _get(server, _source(server), "a.pdf")
    stats = HarvestStats()
    again = _get(server, _source(server), "a.pdf",
                 conditional_headers(first.headers["etag"], first.headers["last-modified"]), stats=stats)
    assert again.status == 304 and again.error is None and stats.as_dict()["not_modified"] == 1

    def refuse(resp):
        raise Reject("not wanted", resp.headers)

    refused = _get(server, _source(server), "a.pdf", consume=refuse)
    assert (refused.status, refused.error) == (200, "not wanted") and refused.headers["etag"]
    assert _statuses(server, "a.pdf", 3) == [200, 304, 200]  # a refused body is not retried
