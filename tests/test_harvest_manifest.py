"""The harvest's SQLite manifest: URLs, blobs, listing pages and processed versions,
each update one transaction (cnbudget.harvest.manifest)."""
from __future__ import annotations

import sqlite3

import pytest

from cnbudget.harvest.manifest import Manifest

SHA = "ab" * 32


def _blob(sha: str = SHA, url: str = "http://h/a.pdf") -> dict:
    return {"sha256": sha, "size": 10, "first_url": url, "file_name": "a.pdf", "stored_at": "2025-01-01T00:00:00+00:00"}


def test_urls_and_blobs(tmp_path):
    with Manifest(tmp_path / "m" / "manifest.sqlite") as m:
        m.record_fetch({"url": "http://h/a.pdf", "source_name": "s", "sha256": SHA, "status": "new",
                        "link_text": "甲局"}, _blob())
        first_seen = m.url("http://h/a.pdf")["first_seen"]
        assert first_seen and m.url("http://h/a.pdf")["link_text"] == "甲局"
        # the same bytes at a second URL: one blob, both URLs
        m.record_fetch({"url": "http://h/copy.pdf", "source_name": "s", "sha256": SHA, "status": "duplicate"},
                       _blob(url="http://h/copy.pdf"))
        m.record_fetch({"url": "http://h/a.pdf", "source_name": "s", "sha256": SHA, "status": "unchanged",
                        "first_seen": "2030-01-01T00:00:00+00:00"})
        assert m.url("http://h/a.pdf")["status"] == "unchanged"
        assert m.url("http://h/a.pdf")["first_seen"] == first_seen  # kept across updates
        assert [b["first_url"] for b in m.blobs()] == ["http://h/a.pdf"]
        assert [u["url"] for u in m.urls("s")] == ["http://h/a.pdf", "http://h/copy.pdf"]
        assert m.urls("other") == [] and len(m.urls()) == 2 and m.url("http://h/none.pdf") is None
    with Manifest(tmp_path / "m" / "manifest.sqlite") as m:  # on disk
        assert m.blob(SHA)["size"] == 10


def test_an_update_is_all_or_nothing(tmp_path):
    with Manifest(tmp_path / "m.sqlite") as m:
        bad_blob = {k: v for k, v in _blob().items() if k != "size"}
        with pytest.raises(sqlite3.Error):
            m.record_fetch({"url": "http://h/a.pdf", "source_name": "s", "sha256": SHA}, bad_blob)
        assert m.url("http://h/a.pdf") is None and m.blobs() == []


def test_processing_versions(tmp_path):
    with Manifest(tmp_path / "m.sqlite") as m:
        m.add_blob(SHA, 10, "http://h/a.pdf", "a.pdf")
        m.add_blob("cd" * 32, 20, None, "b.pdf")
        assert [b["sha256"] for b in m.pending("1.0")] == sorted([SHA, "cd" * 32])
        m.mark_processed(SHA, "1.0", {"status": "ok", "title": "甲局预算", "fiscal_year": 2025, "doc_type": "budget"})
        assert [b["sha256"] for b in m.pending("1.0")] == ["cd" * 32]
        assert len(m.pending("1.1")) == 2  # a new version processes everything again
        assert m.processed(SHA)["fiscal_year"] == 2025 and m.processed("cd" * 32) is None


def test_listing_pages(tmp_path):
    with Manifest(tmp_path / "m.sqlite") as m:
        m.record_page("http://h/index.html", "s", '"e1"', "Wed, 01 Jan 2025 00:00:00 GMT", b"<html>1</html>")
        page = m.page("http://h/index.html")
        assert page["etag"] == '"e1"' and page["body"] == b"<html>1</html>"
        m.record_page("http://h/index.html", "s", None, None, None)  # 304: still current
        again = m.page("http://h/index.html")
        assert again["body"] == b"<html>1</html>" and again["etag"] == '"e1"'
        assert again["fetched_at"] == page["fetched_at"] and again["checked_at"] >= page["checked_at"]
        assert m.page("http://h/other.html") is None
