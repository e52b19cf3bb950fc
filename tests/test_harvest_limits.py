"""The work one run may do for a source is bounded: links read per listing page
(``max_links``), documents requested per run (``max_documents``, the rest left for a
later run), and link extraction that stays linear in the size of the page
(cnbudget.harvest.crawl, listing)."""
from __future__ import annotations

import time

import pytest

from cnbudget.harvest.crawl import crawl
from cnbudget.harvest.fetch import fetch
from cnbudget.harvest.manifest import Manifest
from cnbudget.harvest.registry import Source
from cnbudget.harvest.store import BlobStore
from misbehaving_server import Answer, MisbehavingServer


@pytest.fixture
def bad_server():
    with MisbehavingServer() as server:
        yield server


def _listing(n: int, prefix: str = "d") -> Answer:
    page = "<html><body><ul>" + "".join(f'<li><a href="/{prefix}/{i}.pdf">文件{i}</a> 2025-02-{i % 28 + 1:02d}</li>'
                                        for i in range(n)) + "</ul></body></html>"
    return Answer(body=page.encode(), content_type="text/html; charset=utf-8", validators=True)


def _source(server: MisbehavingServer, **kw) -> Source:
    return Source(**{"name": "big", "start_urls": [server.url("index.html")], "rate_limit": 1000, **kw})


def test_links_per_page_are_capped(bad_server):
    bad_server.route("index.html", _listing(50))
    cr = crawl(_source(bad_server, max_links=10))
    assert [ln.url for ln in cr.links] == [bad_server.url(f"d/{i}.pdf") for i in range(10)]
    assert cr.skipped == [(bad_server.url("index.html"), "max_links (10) reached: 40 more link(s) on the page not read")]


def test_documents_per_run_are_capped_and_the_rest_come_next_run(bad_server, tmp_path):
    bad_server.route("index.html", _listing(12))
    for i in range(12):
        bad_server.route(f"d/{i}.pdf", body=b"%PDF-1.4 " + str(i).encode(), validators=True)
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    src = _source(bad_server, max_documents=5)
    fetched: list[str] = []
    for run in range(3):
        cr = crawl(src, manifest=manifest)
        deferred = [u for u, why in cr.skipped if why.startswith("max_documents (5) reached")]
        assert len(deferred) == max(0, 12 - 5 * (run + 1)), run
        bad_server.reset_log()
        results = [fetch(ln, store, manifest) for ln in cr.links]
        new = [r.url for r in results if r.status == "new"]
        assert len(new) == min(5, 12 - len(fetched)) and not set(new) & set(fetched)
        assert len([h for h in bad_server.requests() if h.path.endswith(".pdf")]) == len(new)  # the rest: not asked
        fetched += new
    assert len(fetched) == 12 and len(manifest.blobs()) == 12


def test_link_extraction_stays_linear(bad_server):
    # 150,000 links on one page, against 15,000: ten times the work, not a hundred
    sizes = (15_000, 150_000)
    cpu = {}
    for n in sizes:
        bad_server.route(f"p{n}.html", _listing(n))
        src = Source(name="big", start_urls=[bad_server.url(f"p{n}.html")], rate_limit=1000,
                     max_page_bytes=64 * 1024 ** 2, max_links=n, max_documents=n)
        t0 = time.process_time()
        cr = crawl(src)
        cpu[n] = time.process_time() - t0
        assert len(cr.links) == n and cr.links[-1].published == f"2025-02-{(n - 1) % 28 + 1:02d}"
    assert cpu[150_000] / cpu[15_000] < 20, cpu  # 10 when linear; about 100 when quadratic
