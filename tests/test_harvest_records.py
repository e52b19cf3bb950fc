"""The values the harvest's jobs hand each other (cnbudget.harvest.records)."""
from __future__ import annotations

import threading
from datetime import datetime

from cnbudget.harvest.records import CrawlResult, FetchResult, HarvestStats, Link, utcnow
from cnbudget.harvest.registry import Source


def test_results():
    src = Source(name="s", start_urls=["http://h/"])
    assert Link("http://h/a.pdf", src).source_name == "s"
    assert CrawlResult("s").reachable and CrawlResult("s").links == []
    failed = FetchResult("http://h/a.pdf", "s", "failed", error="HTTP 404 Not Found", http_status=404)
    assert not failed.ok and FetchResult("http://h/a.pdf", "s", "duplicate").ok
    assert failed.as_dict() == {"url": "http://h/a.pdf", "source_name": "s", "status": "failed", "sha256": None,
                                "error": "HTTP 404 Not Found", "http_status": 404, "bytes": 0, "final_url": None}
    assert datetime.fromisoformat(utcnow()).utcoffset().total_seconds() == 0


def test_stats_are_shared_by_threads():
    stats = HarvestStats()

    def work() -> None:
        for _ in range(1000):
            stats.add(requests=1, nbytes=10)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stats.add(not_modified=2)
    assert stats.as_dict() == {"requests": 4000, "not_modified": 2, "bytes": 40000, "fresh": 0}
