"""The revalidation policy, counted at a fake portal on 127.0.0.1: a document whose
listing entry is unchanged is not requested again until its last answer is
``revalidate_after_days`` old, so a second run of an unchanged portal requests its
listing pages (answered 304) and no document; a changed entry, an old answer, other
source settings or a transient failure make the link due again
(cnbudget.harvest.fetch.needs_request)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cnbudget.harvest.crawl import crawl
from cnbudget.harvest.fetch import fetch, needs_request
from cnbudget.harvest.manifest import Manifest
from cnbudget.harvest.records import HarvestStats, Link
from cnbudget.harvest.registry import Source
from cnbudget.harvest.store import BlobStore
from cnbudget.demo.portal import listing_page

pytest_plugins = ["fake_portal"]  # the fake portal and its fixtures: portal, sample_files

PAGES = {"/index.html", "/list_2.html", "/list_3.html"}


def _run(source: Source, store: BlobStore, manifest: Manifest, server) -> tuple[dict, HarvestStats]:
    stats = HarvestStats()
    cr = crawl(source, manifest=manifest, stats=stats)
    results = {r.url.rsplit("/", 1)[-1]: r for r in (fetch(ln, store, manifest, stats=stats) for ln in cr.links)}
    server.wait_idle()  # a timed-out slow answer is logged when the server ends it
    return results, stats


def test_a_second_run_of_an_unchanged_portal_requests_no_document(portal, tmp_path):
    portal.server.behaviours.pop("/docs/slow.pdf")  # every document answers: nothing transient is left
    # (and a timeout no busy machine reaches: a timed-out request would be retried next run)
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    first, _ = _run(portal.source(timeout=10), store, manifest, portal.server)
    assert sum(r.status == "new" for r in first.values()) == 4
    portal.server.reset_log()
    second, stats = _run(portal.source(timeout=10), store, manifest, portal.server)
    log = portal.server.requests()
    assert {r.path for r in log} == PAGES and {r.status for r in log} == {304}  # listing pages only
    assert stats.as_dict() == {"requests": 3, "not_modified": 3, "bytes": 0, "fresh": 9}
    assert {n: r.status for n, r in second.items()} == {
        "d0.pdf": "unchanged", "d1.pdf": "unchanged", "d2.pdf": "unchanged", "copy-of-d0.pdf": "unchanged",
        "d3.pdf": "unchanged", "slow.pdf": "unchanged", "flaky.pdf": "unchanged",
        "missing.pdf": "failed", "error.pdf": "failed"}  # what they were, reported again without a request
    assert "404" in second["missing.pdf"].error and "not a PDF" in second["error.pdf"].error
    row = manifest.url(portal.server.url("docs/d0.pdf"))
    assert row["listed_at"] >= row["checked_at"] and row["status"] == "unchanged"


def test_what_makes_a_link_due_again(portal, tmp_path):
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    first, _ = _run(portal.source(timeout=1.5), store, manifest, portal.server)
    assert "timeout" in first["slow.pdf"].error
    # a transient failure (the timeout) is tried every run; the rest are left alone
    portal.server.reset_log()
    _run(portal.source(timeout=1.5), store, manifest, portal.server)
    assert {r.path for r in portal.server.requests()} - PAGES == {"/docs/slow.pdf"}
    # the portal changes what it says about d0 (its listing page answers 200): d0 is asked (304)
    p1 = [("/docs/d0.pdf", "示例局2025年部门预算（更新）", "2025-03-01"), ("/docs/d1.pdf", "司法局2025年部门预算", "2025-02-02")]
    portal.server.add("index.html", listing_page("公开目录", p1, "list_2.html", 1))
    portal.server.reset_log()
    again, _ = _run(portal.source(timeout=1.5), store, manifest, portal.server)
    asked = {r.path: r.status for r in portal.server.requests()}
    assert asked["/index.html"] == 200 and asked["/docs/d0.pdf"] == 304 and "/docs/d1.pdf" not in asked
    assert again["d0.pdf"].status == "unchanged" and again["d0.pdf"].http_status == 304
    # a week after the last request, everything held is revalidated
    with manifest._tx() as db:
        db.execute("UPDATE urls SET checked_at = ?", ((datetime.now(timezone.utc) - timedelta(days=8)).isoformat(),))
    portal.server.reset_log()
    _run(portal.source(timeout=1.5), store, manifest, portal.server)
    docs = {r.path for r in portal.server.requests()} - PAGES
    assert len(docs) == 9 and all(r.conditional for r in portal.server.requests() if r.status == 304)
    # settings that decide what is accepted changed: asked again at once
    portal.server.reset_log()
    _run(portal.source(timeout=1.5, max_bytes=50 * 1024 ** 2), store, manifest, portal.server)
    assert len({r.path for r in portal.server.requests()} - PAGES) == 9
    # and revalidate_after_days: 0 asks every time
    portal.server.reset_log()
    _run(portal.source(timeout=1.5, max_bytes=50 * 1024 ** 2, revalidate_after_days=0), store, manifest, portal.server)
    assert len({r.path for r in portal.server.requests()} - PAGES) == 9


def test_needs_request():
    src = Source(name="s", start_urls=["http://h/"])
    now = datetime(2025, 3, 1, tzinfo=timezone.utc)
    link = Link("http://h/a.pdf", src, "甲局预算", None, "2025-02-01")
    held = {"link_text": "甲局预算", "published": "2025-02-01", "checked_at": "2025-02-27T00:00:00+00:00",
            "status": "new", "sha256": "ab" * 32, "http_status": 200, "fetch_config": src.fetch_fingerprint}
    assert not needs_request(held, link, now)
    assert needs_request(None, link, now)  # never asked
    assert needs_request(held, link, now, holds_copy=False)  # the stored copy is gone
    assert needs_request({**held, "published": "2025-02-02"}, link, now)
    assert needs_request({**held, "checked_at": "2025-02-20T00:00:00+00:00"}, link, now)  # 9 days old
    assert needs_request({**held, "checked_at": "not a date"}, link, now)
    assert needs_request({**held, "fetch_config": None}, link, now)  # asked before the setting existed
    gone = {**held, "status": "failed", "sha256": None, "http_status": 404}
    assert not needs_request(gone, link, now)  # a definite answer
    for transient in (None, 408, 429, 500, 503):
        assert needs_request({**gone, "http_status": transient}, link, now)
    always = Source(name="s", start_urls=["http://h/"], revalidate_after_days=0)
    assert needs_request(held, Link("http://h/a.pdf", always, "甲局预算", None, "2025-02-01"), now)
    assert needs_request(held, Link("http://h/a.pdf", src, "甲局预算", None, "2025-02-01", error="bad"), now)
