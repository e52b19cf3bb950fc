"""Fetching documents from a fake portal on 127.0.0.1: retries, timeouts, 4xx, the
PDF check, duplicates, revalidation, redirects to allowed hosts only and the size cap
(cnbudget.harvest.fetch)."""
from __future__ import annotations

from dataclasses import replace

from cnbudget.harvest.crawl import crawl
from cnbudget.harvest.fetch import fetch, file_name_of
from cnbudget.harvest.manifest import Manifest
from cnbudget.harvest.records import Link
from cnbudget.harvest.store import BlobStore

pytest_plugins = ["fake_portal"]  # the fake portal and its fixtures: portal, sample_files


def test_fetch_politely(portal, tmp_path):
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    links = crawl(portal.source(), manifest=manifest).links
    results = {r.url.rsplit("/", 1)[-1]: r for r in (fetch(ln, store, manifest) for ln in links)}
    assert results["missing.pdf"].status == "failed" and "404" in results["missing.pdf"].error
    assert len(portal.server.requests("docs/missing.pdf")) == 1  # no retry on 4xx
    assert "not a PDF" in results["error.pdf"].error
    assert "timeout" in results["slow.pdf"].error and "2 attempts" in results["slow.pdf"].error
    assert results["flaky.pdf"].status == "duplicate"  # 500 once, then the bytes of d2
    assert [r.status for r in portal.server.requests("docs/flaky.pdf")] == [500, 200]
    assert results["copy-of-d0.pdf"].status == "duplicate" and results["copy-of-d0.pdf"].sha256 == results["d0.pdf"].sha256
    assert len(list(store.raw.rglob("*.pdf"))) == 4 and not list(store.tmp.iterdir())
    for r in results.values():
        if r.sha256:
            assert store.path(r.sha256).read_bytes()[:5] == b"%PDF-"
    assert portal.foreign.requests() == []
    # both URLs of the duplicated bytes are recorded against one blob
    urls = [u["url"] for u in manifest.urls("fake") if u["sha256"] == results["d0.pdf"].sha256]
    assert sorted(urls) == sorted([portal.server.url("docs/d0.pdf"), portal.server.url("mirror/copy-of-d0.pdf")])
    # second pass, every link revalidated (no revalidation age): nothing downloaded again
    portal.server.reset_log()
    always = portal.source(revalidate_after_days=0)
    again = [fetch(replace(ln, source=always), store, manifest) for ln in links if "slow" not in ln.url]
    assert {r.status for r in again if r.sha256} == {"unchanged"}
    assert all(r.status in (304, 404) for r in portal.server.requests())
    assert portal.server.bytes_sent() < 200  # only the 404 page's body


def test_redirects_only_to_allowed_hosts_and_size_cap(portal, tmp_path):
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    portal.server.redirect("go/inside.pdf", portal.server.url("docs/d0.pdf"))
    portal.server.redirect("go/outside.pdf", portal.foreign.url("elsewhere.pdf"))
    src = portal.source()

    inside = fetch(Link(portal.server.url("go/inside.pdf"), src), store, manifest)
    assert inside.status == "new" and inside.final_url == portal.server.url("docs/d0.pdf")
    outside = fetch(Link(portal.server.url("go/outside.pdf"), src), store, manifest)
    assert outside.status == "failed" and "host not allowed" in outside.error
    assert portal.foreign.requests() == []
    small = portal.source(max_bytes=2048)
    big = fetch(Link(portal.server.url("docs/d1.pdf"), small), store, manifest)
    assert big.status == "failed" and "too large" in big.error
    # allowed_hosts opens the other server
    opened = portal.source(allowed_hosts=[f"127.0.0.1:{portal.foreign.port}"])
    assert fetch(Link(portal.server.url("go/outside.pdf"), opened), store, manifest).status == "new"


def test_changed_bytes_and_the_blob_record(portal, tmp_path):
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    link = Link(portal.server.url("docs/d0.pdf"), portal.source(), "示例局2025年部门预算", "公开目录", "2025-02-01")
    first = fetch(link, store, manifest)
    assert first.status == "new" and first.bytes == len(portal.pdfs["docs/d0.pdf"]) and first.final_url is None
    blob = manifest.blob(first.sha256)
    assert blob["first_url"] == link.url and blob["file_name"] == "d0.pdf"
    row = manifest.url(link.url)
    assert (row["link_text"], row["page_title"], row["published"], row["etag"]) == \
           ("示例局2025年部门预算", "公开目录", "2025-02-01", portal.server.resources["/docs/d0.pdf"].etag)
    portal.server.add("docs/d0.pdf", portal.pdfs["docs/d1.pdf"], "application/pdf")  # the portal replaced it
    # under the same listing entry: not asked again before the revalidation age (policy)
    assert fetch(link, store, manifest).status == "unchanged" and len(portal.server.requests("docs/d0.pdf")) == 1
    changed = fetch(replace(link, source=portal.source(revalidate_after_days=0)), store, manifest)
    assert changed.status == "changed" and changed.sha256 != first.sha256 and store.has(first.sha256)


def test_file_name_of():
    assert file_name_of("http://h/files/2025/%E9%A2%84%E7%AE%97.pdf?x=1#p") == "预算.pdf"
    assert file_name_of("http://h/files/dir/") == "dir"
    assert file_name_of("http://h:8080") == "h:8080"
