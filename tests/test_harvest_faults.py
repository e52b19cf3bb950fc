"""What a misbehaving server on 127.0.0.1 can do to a harvest, and what the harvest
makes of it: Retry-After honoured up to its cap, malformed hrefs, ``<base>`` and
redirect ``Location`` headers, unexpected statuses and broken responses each recorded
against their own link (never against the source, never a crash); listing pages
reached through a redirect; start URLs with a fragment (cnbudget.harvest)."""
from __future__ import annotations

import gzip
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from cnbudget.harvest.crawl import crawl
from cnbudget.harvest.fetch import fetch
from cnbudget.harvest.http import HostLimiter, make_client, request, retry_after_seconds
from cnbudget.harvest.manifest import Manifest
from cnbudget.harvest.records import Link
from cnbudget.harvest.registry import Source
from cnbudget.harvest.store import BlobStore
from misbehaving_server import Answer, MisbehavingServer

PDF = b"%PDF-1.4\n% a document\n"


@pytest.fixture
def bad_server():
    with MisbehavingServer() as server:
        yield server


def _source(server: MisbehavingServer, **kw) -> Source:
    return Source(**{"name": "bad", "start_urls": [server.url("index.html")], "rate_limit": 1000, "timeout": 5,
                     "deadline": 20, "retries": 2, "backoff": 0.01, **kw})


def _page(*hrefs: str, head: str = "") -> Answer:
    body = f"<html><head>{head}<title>目录</title></head><body><ul>" + "".join(
        f'<li><a href="{h}">链接{i}</a> 2025-02-0{i % 9 + 1}</li>' for i, h in enumerate(hrefs)) + "</ul></body></html>"
    return Answer(body=body.encode(), content_type="text/html; charset=utf-8", validators=True)


def _hit_gaps(server: MisbehavingServer, path: str) -> list[float]:
    at = [h.at for h in server.requests(path)]
    return [b - a for a, b in zip(at, at[1:])]


# --------------------------------------------------------------------------- Retry-After


@pytest.mark.parametrize("value, expected", [
    ("120", 120.0), ("0", 0.0), (" 7 ", 7.0), ("", None), (None, None), ("-5", None), ("soon", None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past: at once
    ("１２", None),  # full-width digits are not delta-seconds
    ("9" * 5000, float("inf")),  # beyond any cap (and beyond int()'s digit limit)
])
def test_retry_after_values(value, expected):
    assert retry_after_seconds(value) == expected


def test_retry_after_an_http_date_in_the_future():
    when = datetime.now(timezone.utc) + timedelta(seconds=90)
    assert 85 <= retry_after_seconds(format_datetime(when, usegmt=True)) <= 90


def test_429_and_503_retry_after_are_honoured(bad_server):
    bad_server.route("a.pdf", Answer(429, headers={"Retry-After": "1"}), Answer(body=PDF))
    bad_server.route("c.pdf", Answer(429), Answer(body=PDF))  # no Retry-After: the backoff
    src = _source(bad_server)
    with make_client(src) as client:
        for path in ("a.pdf", "b.pdf", "c.pdf"):
            if path == "b.pdf":  # an HTTP date, in whole seconds: 2 to 3 s from now
                date = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=3), usegmt=True)
                bad_server.route("b.pdf", Answer(503, headers={"Retry-After": date}), Answer(body=PDF))
            out = request(client, src, bad_server.url(path), {}, lambda r: r.read())
            assert (out.status, out.value, out.error) == (200, PDF, None), path
    assert _hit_gaps(bad_server, "a.pdf")[0] >= 0.95
    assert _hit_gaps(bad_server, "b.pdf")[0] >= 1.95
    assert len(bad_server.requests("c.pdf")) == 2


def test_a_retry_after_beyond_the_cap_is_recorded_not_waited_for(bad_server, tmp_path):
    bad_server.route("a.pdf", Answer(429, headers={"Retry-After": "3600"}))
    bad_server.route("b.pdf", Answer(503, headers={"Retry-After": "30"}))
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    t0 = time.monotonic()
    a = fetch(Link(bad_server.url("a.pdf"), _source(bad_server)), store, manifest)
    b = fetch(Link(bad_server.url("b.pdf"), _source(bad_server, deadline=5)), store, manifest)
    assert time.monotonic() - t0 < 2
    assert a.status == "failed" and a.http_status == 429
    assert a.error == "HTTP 429 Too Many Requests: Retry-After 3600 s is beyond retry_after_max (120 s)"
    assert b.error == "HTTP 503 after 1 attempt; Retry-After 30 s would pass the deadline of 5 s"
    assert len(bad_server.requests("a.pdf")) == len(bad_server.requests("b.pdf")) == 1
    assert manifest.url(bad_server.url("a.pdf"))["error"] == a.error  # recorded against the link


def test_a_retry_after_holds_back_the_whole_host():
    lim = HostLimiter()
    url = "http://127.0.0.1:1/x"
    with lim.slot(url, rate=1000, concurrency=2):
        pass
    lim.pause(url, 0.5, concurrency=2)
    t0 = time.monotonic()
    with lim.slot("http://127.0.0.1:1/other", rate=1000, concurrency=2):
        assert time.monotonic() - t0 >= 0.45
    with lim.slot("http://127.0.0.2:1/x", rate=1000, concurrency=2):  # another host is not held
        assert time.monotonic() - t0 < 0.6


# --------------------------------------------------------------------------- malformed links


def test_malformed_hrefs_and_base_are_recorded_against_their_links(bad_server, tmp_path):
    bad_server.route("index.html", _page("good.pdf", "http://[::1/v6.pdf", "http://127.0.0.1:99999/port.pdf",
                                         "http://exa mple.gov.cn/space.pdf", "list_2.html", "http://[::1/list_3.html",
                                         "C:\\预算\\win.pdf", "javascript:open('x.pdf')", "mailto:a@b.cn",
                                         head='<base href="http://[bad/">'))
    bad_server.route("list_2.html", _page("second.pdf"))
    bad_server.route("good.pdf", body=PDF)
    bad_server.route("second.pdf", body=PDF + b"2")
    src = _source(bad_server, follow=r"list_\d+\.html$")
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    cr = crawl(src, manifest=manifest)
    assert cr.reachable and cr.pages == 2 and not cr.errors
    skipped = dict(cr.skipped)
    assert "<base href> 'http://[bad/' ignored: Invalid IPv6 URL" in skipped[bad_server.url("index.html")]
    assert skipped["http://[::1/list_3.html"].startswith("malformed URL: Invalid IPv6 URL")
    by_url = {ln.url: ln for ln in cr.links}
    assert by_url[bad_server.url("good.pdf")].error is None  # resolved against the page (the base was ignored)
    assert by_url[bad_server.url("second.pdf")].error is None
    assert by_url["http://[::1/v6.pdf"].error.startswith("malformed URL: Invalid IPv6 URL")
    assert "Port out of range" in by_url["http://127.0.0.1:99999/port.pdf"].error
    assert "invalid host name" in by_url["http://exa mple.gov.cn/space.pdf"].error
    assert by_url["C:\\预算\\win.pdf"].error.startswith("malformed URL: not an http(s) URL (scheme 'c')")
    assert len(cr.links) == 6  # the script and mail links are no links at all
    results = {r.url: r for r in (fetch(ln, store, manifest) for ln in cr.links)}
    assert results[bad_server.url("good.pdf")].status == results[bad_server.url("second.pdf")].status == "new"
    bad = [r for r in results.values() if r.status == "failed"]
    assert len(bad) == 4 and all(r.error and r.http_status is None for r in bad)
    assert {manifest.url(r.url)["status"] for r in bad} == {"failed"}  # each recorded as the link's failure
    assert {h.path for h in bad_server.requests()} == {"/index.html", "/list_2.html", "/good.pdf", "/second.pdf"}


@pytest.mark.parametrize("location, reason", [
    ("http://[::1/x.pdf", "Invalid IPv6 URL"),
    ("http://127.0.0.1:99999/x.pdf", "Port out of range"),
    ("http://127.0.0.1:0/x.pdf", "port 0"),
    ("ftp://127.0.0.1/x.pdf", "not an http(s) URL"),
    ("http://exa mple.gov.cn/x.pdf", "invalid host name"),
])
def test_a_malformed_redirect_location_is_the_links_failure(bad_server, tmp_path, location, reason):
    bad_server.route("go.pdf", Answer(302, headers={"Location": location}))
    result = fetch(Link(bad_server.url("go.pdf"), _source(bad_server)), BlobStore(tmp_path),
                   Manifest(tmp_path / "m.sqlite"))
    assert result.status == "failed" and result.http_status == 302
    assert result.error.startswith(f"malformed redirect Location {location!r}") and reason in result.error


@pytest.mark.parametrize("answer, reason", [
    (Answer(304), "HTTP 304 Not Modified to a request that was not conditional"),
    (Answer(204), "HTTP 204 No Content"),
    (Answer(206, PDF), "HTTP 206 Partial Content"),
    (Answer(302), "HTTP 302 Found"),  # a redirect without Location
    (Answer(raw=b"garbage\r\n\r\n"), "connection failed (RemoteProtocolError"),
    (Answer(raw=b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n%PDF-"), "connection failed (RemoteProtocolError"),
    (Answer(body=b"\x1f\x8b not gzip at all", headers={"Content-Encoding": "gzip"}), "invalid response (DecodingError"),
    (Answer(body=gzip.compress(b"<html>error page</html>"), headers={"Content-Encoding": "gzip"}), "not a PDF"),
])
def test_unexpected_answers_are_the_links_failure(bad_server, tmp_path, answer, reason):
    bad_server.route("doc.pdf", answer)
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    result = fetch(Link(bad_server.url("doc.pdf"), _source(bad_server)), store, manifest)
    assert result.status == "failed" and result.error.startswith(reason), result.error
    assert manifest.url(bad_server.url("doc.pdf"))["error"] == result.error
    assert not list(store.tmp.iterdir()) and not list(store.raw.rglob("*.pdf"))


def test_a_304_for_a_listing_page_without_a_copy_is_that_pages_error(bad_server, tmp_path):
    bad_server.route("index.html", _page("a.pdf", "list_2.html"))
    bad_server.route("list_2.html", Answer(304))
    cr = crawl(_source(bad_server, follow=r"list_\d+\.html$"), manifest=Manifest(tmp_path / "m.sqlite"))
    assert cr.reachable and [ln.url for ln in cr.links] == [bad_server.url("a.pdf")]
    assert cr.errors == [(bad_server.url("list_2.html"), "HTTP 304 Not Modified to a request that was not conditional")]
    bad_server.route("index.html", Answer(304))  # even the start page: the source is unreachable, nothing raises
    down = crawl(_source(bad_server), manifest=Manifest(tmp_path / "other.sqlite"))
    assert not down.reachable and down.errors[0][1].startswith("HTTP 304")


# --------------------------------------------------------------------------- redirects, fragments


def test_a_listing_page_reached_through_a_redirect_resolves_against_the_final_url(bad_server, tmp_path):
    bad_server.route("index.html", Answer(301, headers={"Location": "/zwgk/2025/list.html#top"}))
    bad_server.route("zwgk/2025/list.html", _page("a.pdf", "../2024/b.pdf", "list_2.html"))
    bad_server.route("zwgk/2025/list_2.html", _page("c.pdf"))
    manifest = Manifest(tmp_path / "m.sqlite")
    src = _source(bad_server, follow=r"list_\d+\.html$")
    first = crawl(src, manifest=manifest)
    expected = [bad_server.url(p) for p in ("zwgk/2025/a.pdf", "zwgk/2024/b.pdf", "zwgk/2025/c.pdf")]
    assert first.reachable and [ln.url for ln in first.links] == expected
    assert first.links[0].referrer == bad_server.url("zwgk/2025/list.html")
    again = crawl(src, manifest=manifest)  # the copy kept answers 304: still resolved against the final URL
    assert again.pages_not_modified == 2 and [ln.url for ln in again.links] == expected


def test_a_start_url_with_a_fragment_is_reachable(bad_server, tmp_path):
    bad_server.route("index.html", _page("a.pdf"))
    src = Source(name="frag", start_urls=[bad_server.url("index.html") + "#content"], rate_limit=1000)
    assert src.start_urls == [bad_server.url("index.html")]
    cr = crawl(src)
    assert cr.reachable and not cr.errors and [ln.url for ln in cr.links] == [bad_server.url("a.pdf")]
