"""The deadline of a request, against a misbehaving server on 127.0.0.1: whatever the
server does (trickling the body or the headers, staying silent, redirecting to a
trickle, failing until retries run out), a document or a listing page is given up
within its deadline plus 10%, with the reason recorded and nothing partial stored
(cnbudget.harvest.http, fetch, crawl).

The deadline is the source's ``deadline`` (seconds for one URL, every attempt and
wait included); ``timeout`` is only the longest silence, set far above the deadline
here so that only the deadline can end these requests."""
from __future__ import annotations

import time

import pytest

from cnbudget.harvest.crawl import crawl
from cnbudget.harvest.fetch import fetch
from cnbudget.harvest.manifest import Manifest
from cnbudget.harvest.records import Link
from cnbudget.harvest.registry import Source
from cnbudget.harvest.store import BlobStore
from misbehaving_server import Answer, MisbehavingServer

DEADLINE = 1.5
PDF = b"%PDF-1.4\n" + b"x" * 20_000  # 200 s at 100 B/s


@pytest.fixture
def bad_server():
    with MisbehavingServer() as server:
        yield server


def _source(server: MisbehavingServer, **kw) -> Source:
    return Source(**{"name": "bad", "start_urls": [server.url("index.html")], "rate_limit": 1000,
                     "timeout": 60, "deadline": DEADLINE, "retries": 3, "backoff": 0.05, **kw})


def _fetch(server: MisbehavingServer, path: str, tmp_path, **kw):
    store, manifest = BlobStore(tmp_path / "data"), Manifest(tmp_path / "data" / "m.sqlite")
    t0 = time.monotonic()
    result = fetch(Link(server.url(path), _source(server, **kw)), store, manifest)
    elapsed = time.monotonic() - t0
    # nothing partial anywhere: no temporary file, no stored blob, no blob row
    assert not list(store.tmp.iterdir()) and not list(store.raw.rglob("*.pdf")) and manifest.blobs() == []
    return result, elapsed, manifest


# fault kind -> the script of the document's path (and of a redirect's target)
FAULTS = {
    "body at 100 B/s": {"doc.pdf": [Answer(body=PDF, content_type="application/pdf", body_rate=100)]},
    "headers at 20 B/s": {"doc.pdf": [Answer(body=PDF, headers={"X-Padding": "p" * 2000}, header_rate=20)]},
    "silence longer than the deadline": {"doc.pdf": [Answer(body=PDF, delay=30)]},
    "redirect to a trickle": {"doc.pdf": [Answer(302, headers={"Location": "/slow/target.pdf"})],
                              "slow/target.pdf": [Answer(body=PDF, body_rate=100)]},
    "reset mid-body, then a trickle": {"doc.pdf": [Answer(body=PDF, reset_after=1000),
                                                   Answer(body=PDF, body_rate=100)]},
    "503 until retries run out": {"doc.pdf": [Answer(503, b"busy")]},
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_document_requests_end_by_their_deadline(bad_server, tmp_path, fault):
    for path, script in FAULTS[fault].items():
        bad_server.route(path, *script)
    kw = {"retries": 10, "backoff": 0.4} if fault.startswith("503") else {}
    result, elapsed, manifest = _fetch(bad_server, "doc.pdf", tmp_path, **kw)
    assert result.status == "failed" and result.sha256 is None
    assert elapsed <= DEADLINE * 1.1, (fault, elapsed)
    if fault.startswith("503"):  # retries stop when the next one would come after the deadline
        assert "would pass the deadline" in result.error and len(bad_server.requests("doc.pdf")) < 11
    else:
        assert result.error.startswith(f"deadline of {DEADLINE:g} s passed"), result.error
    row = manifest.url(bad_server.url("doc.pdf"))
    assert row["status"] == "failed" and row["sha256"] is None and row["error"] == result.error


def test_a_listing_page_ends_by_its_deadline(bad_server, tmp_path):
    page = "<html><body>" + "".join(f'<a href="d{i}.pdf">文件{i}</a>' for i in range(200)) + "</body></html>"
    bad_server.route("index.html", body=page.encode(), content_type="text/html; charset=utf-8", body_rate=100)
    t0 = time.monotonic()
    result = crawl(_source(bad_server, retries=0), manifest=Manifest(tmp_path / "m.sqlite"))
    elapsed = time.monotonic() - t0
    assert elapsed <= DEADLINE * 1.1, elapsed
    assert not result.reachable and result.links == []
    assert result.errors[0][1].startswith(f"deadline of {DEADLINE:g} s passed")


def test_the_deadline_counts_from_the_hosts_turn_not_from_the_queue(bad_server, tmp_path):
    # at 2 requests per second the third document waits ~1 s for its turn: that wait is
    # the rate limit's, not the server's, and does not eat its deadline
    for i in range(3):
        bad_server.route(f"d{i}.pdf", body=PDF + bytes([i]), content_type="application/pdf")
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    src = _source(bad_server, rate_limit=2, deadline=0.8)
    from cnbudget.harvest.http import HostLimiter

    limiter = HostLimiter()
    results = [fetch(Link(bad_server.url(f"d{i}.pdf"), src), store, manifest, limiter=limiter) for i in range(3)]
    assert [r.status for r in results] == ["new"] * 3


def test_a_fast_document_is_unaffected(bad_server, tmp_path):
    bad_server.route("doc.pdf", body=PDF, content_type="application/pdf")
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    result = fetch(Link(bad_server.url("doc.pdf"), _source(bad_server)), store, manifest)
    assert result.status == "new" and store.path(result.sha256).read_bytes() == PDF
