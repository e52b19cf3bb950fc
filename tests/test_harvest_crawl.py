"""Crawling a fake portal on 127.0.0.1: listing pages followed, document links with
their text, page title and date, other hosts never fetched, listing pages revalidated,
limits and unreachable sources (cnbudget.harvest.crawl)."""
from __future__ import annotations

from cnbudget.demo.portal import PortalServer
from cnbudget.harvest.crawl import crawl
from cnbudget.harvest.manifest import Manifest
from cnbudget.harvest.registry import Source

pytest_plugins = ["fake_portal"]  # the fake portal and its fixtures: portal, sample_files


def test_crawl_politely(portal, tmp_path):
    src = portal.source()
    cr = crawl(src, manifest=Manifest(tmp_path / "m.sqlite"))
    assert cr.reachable and cr.pages == 3 and not cr.errors
    assert {u for u, _ in cr.skipped} == {portal.foreign.url("elsewhere.pdf")}
    by_url = {ln.url: ln for ln in cr.links}
    assert len(by_url) == 9 and by_url[portal.server.url("docs/d0.pdf")].published == "2025-02-01"
    assert by_url[portal.server.url("docs/d0.pdf")].page_title == "公开目录"
    assert portal.foreign.requests() == []


def test_listing_pages_are_revalidated(portal, tmp_path):
    manifest = Manifest(tmp_path / "m.sqlite")
    first = crawl(portal.source(), manifest=manifest)
    portal.server.reset_log()
    again = crawl(portal.source(), manifest=manifest)
    assert again.pages == again.pages_not_modified == 3
    assert {r.status for r in portal.server.requests()} == {304}
    assert [(ln.url, ln.link_text, ln.published, ln.referrer) for ln in again.links] == \
           [(ln.url, ln.link_text, ln.published, ln.referrer) for ln in first.links]
    d1 = next(ln for ln in again.links if ln.url.endswith("/d1.pdf"))
    assert (d1.link_text, d1.referrer) == ("司法局2025年部门预算", portal.server.url("index.html"))


def test_max_pages_and_unreachable_sources(portal):
    capped = crawl(portal.source(max_pages=1))
    assert capped.pages == 1 and len(capped.links) == 2
    assert capped.skipped == [(portal.server.url("list_2.html"), "max_pages (1) reached")]
    with PortalServer() as dead:
        url = dead.url("index.html")
    down = crawl(Source(name="down", start_urls=[url], retries=0, timeout=0.5))
    assert not down.reachable and down.links == [] and down.errors[0][0] == url
    assert down.errors[0][1].startswith("connection failed")
