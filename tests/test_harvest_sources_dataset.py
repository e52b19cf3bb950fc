"""The ``sources`` dataset: what the portal said beside what the document says, written
from the manifest (cnbudget.harvest.sources_dataset)."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pyarrow.parquet as pq
import pytest

from cnbudget.harvest.manifest import Manifest
from cnbudget.flows.publish import publish_sources
from cnbudget.harvest.sources_dataset import disagreement, portal_doc_type, portal_year, source_rows

SHA = "ab" * 32


@pytest.mark.parametrize("text, year, kind", [
    ("上海市普陀区示例局2025年部门预算", 2025, "budget"),
    ("示例局25年部门决算", 2025, "final_accounts"),
    ("2024 年度项目支出绩效自评", 2024, "performance_self_evaluation"),
    ("2025年项目支出绩效目标", 2025, "performance_targets"),
    ("第125年", None, None),
    (None, None, None),
])
def test_what_the_link_text_says(text, year, kind):
    assert portal_year(text) == year and portal_doc_type(text) == kind


def test_disagreement():
    doc = {"status": "ok", "fiscal_year": 2025, "doc_type": "final_accounts"}
    assert disagreement("示例局2024年部门预算", doc) == \
        "fiscal_year: portal 2024, document 2025; doc_type: portal budget, document final_accounts"
    assert disagreement("示例局2025年部门决算", doc) is None
    assert disagreement("示例局2024年部门预算", {**doc, "status": "failed"}) is None  # a failed document says nothing
    assert disagreement("示例局2024年部门预算", None) is None
    assert disagreement("示例局部门预算", {**doc, "doc_type": "other"}) is None


def test_rows_from_the_manifest(tmp_path):
    with Manifest(tmp_path / "m.sqlite") as m:
        m.record_fetch({"url": "http://h/f/%E9%A2%84%E7%AE%97.pdf", "source_name": "s", "sha256": SHA,
                        "status": "new", "http_status": 200, "link_text": "示例局2024年部门预算", "page_title": "目录",
                        "published": "2025-02-10", "fetched_at": "2025-02-11T01:02:03+00:00",
                        "checked_at": "2025-02-11T01:02:03+00:00"},
                       {"sha256": SHA, "size": 1, "first_url": "http://h/a.pdf", "file_name": "a.pdf",
                        "stored_at": "2025-02-11T01:02:03+00:00"})
        m.record_fetch({"url": "http://h/gone.pdf", "source_name": "s", "status": "failed", "http_status": 404,
                        "error": "HTTP 404 Not Found", "checked_at": "2025-02-11T01:02:03+00:00"})
        m.record_fetch({"url": "http://h/other.pdf", "source_name": "t", "status": "failed"})
        m.mark_processed(SHA, "1.0", {"status": "ok", "title": "示例局2025年部门预算", "fiscal_year": 2025,
                                      "doc_type": "budget"})
        got = {r["url"]: r for r in source_rows(m, "s")}
        path = publish_sources(tmp_path / "out", "s", source_rows(m, "s"))
    assert set(got) == {"http://h/f/%E9%A2%84%E7%AE%97.pdf", "http://h/gone.pdf"}
    ok = got["http://h/f/%E9%A2%84%E7%AE%97.pdf"]
    assert ok["doc_id"] == SHA and ok["file_name"] == "预算.pdf" and ok["published"] == date(2025, 2, 10)
    assert ok["fetched_at"] == datetime(2025, 2, 11, 1, 2, 3, tzinfo=timezone.utc)
    assert (ok["portal_fiscal_year"], ok["portal_doc_type"], ok["doc_fiscal_year"], ok["doc_title"]) == \
           (2024, "budget", 2025, "示例局2025年部门预算")
    assert ok["disagreement"] == "fiscal_year: portal 2024, document 2025"
    gone = got["http://h/gone.pdf"]
    assert gone["doc_id"] is None and gone["doc_type"] is None and gone["error"] == "HTTP 404 Not Found"
    assert path == tmp_path / "out" / "sources" / "s.parquet"
    written = {r["url"]: r for r in pq.read_table(path).to_pylist()}
    assert written == got
