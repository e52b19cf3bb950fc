"""The harvest against a misbehaving server on 127.0.0.1: how far past its deadline a
request can be pushed, per fault kind; how long link extraction takes on a listing
page of 150,000 links (and 15,000, to show it is linear); and what a second run of an
unchanged portal requests.

    .venv/bin/python benchmarks/bench_network_faults.py [--deadline 2] [--repeat 3]

1. Deadlines: each fault kind is served by tests/misbehaving_server.py and fetched
   (documents) or crawled (listing pages) --repeat times with ``deadline`` set and a
   ``timeout`` far above it; the figure is the worst elapsed time over the deadline,
   in percent (the requirement: at most 10%).
2. Link extraction: one listing page of N links with a date beside each, crawled
   (request, decode, parse, resolve, check hosts); CPU seconds and wall seconds.
3. Revalidation: the bundled sample portal (demo/portal.py: 3 listing pages, 5 PDFs, a
   mirror copy, a 404 and an HTML page served as .pdf) crawled and fetched twice into
   one data directory; the requests the second run makes, by kind.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from misbehaving_server import Answer, MisbehavingServer  # noqa: E402

from cnbudget.demo.portal import sample_portal  # noqa: E402
from cnbudget.harvest import BlobStore, HarvestStats, Link, Manifest, Source, crawl, fetch  # noqa: E402

PDF = b"%PDF-1.4\n" + b"x" * 50_000


def fault_kinds() -> dict[str, dict[str, list[Answer]]]:
    """Fault kind -> the script of each path ('doc.pdf' is requested, or 'index.html'
    crawled)."""
    page = ("<html><body>" + "".join(f'<a href="d{i}.pdf">文件{i}</a>' for i in range(500)) + "</body></html>").encode()
    return {
        "document body at 100 B/s": {"doc.pdf": [Answer(body=PDF, body_rate=100)]},
        "document headers at 20 B/s": {"doc.pdf": [Answer(body=PDF, headers={"X-Pad": "p" * 4000},
                                                          header_rate=20)]},
        "silence (timeout 60 s)": {"doc.pdf": [Answer(body=PDF, delay=60)]},
        "redirect to a trickle": {"doc.pdf": [Answer(302, headers={"Location": "/t/target.pdf"})],
                                  "t/target.pdf": [Answer(body=PDF, body_rate=100)]},
        "reset mid-body, then a trickle": {"doc.pdf": [Answer(body=PDF, reset_after=1000),
                                                       Answer(body=PDF, body_rate=100)]},
        "503 with backoff until the deadline": {"doc.pdf": [Answer(503, b"busy")]},
        "429 Retry-After 1 s, again and again": {"doc.pdf": [Answer(429, headers={"Retry-After": "1"})]},
        "listing page at 100 B/s": {"index.html": [Answer(body=page, content_type="text/html", body_rate=100)]},
        "listing page silent (timeout 60 s)": {"index.html": [Answer(body=page, delay=60)]},
    }


def measure_deadlines(deadline: float, repeat: int) -> list[tuple[str, float, str]]:
    rows = []
    for kind, script in fault_kinds().items():
        worst, error = 0.0, ""
        for _ in range(repeat):
            with MisbehavingServer() as server, tempfile.TemporaryDirectory() as tmp:
                for path, answers in script.items():
                    server.route(path, *answers)
                src = Source(name="bad", start_urls=[server.url("index.html")], rate_limit=1000, timeout=60,
                             deadline=deadline, retries=10, backoff=0.3)
                store, manifest = BlobStore(tmp), Manifest(Path(tmp) / "m.sqlite")
                t0 = time.monotonic()  # the fetch or crawl call, client creation included
                if "doc.pdf" in script:
                    r = fetch(Link(server.url("doc.pdf"), src), store, manifest)
                    error = r.error or r.status
                else:
                    cr = crawl(src, manifest=manifest)
                    error = cr.errors[0][1] if cr.errors else "no error"
                worst = max(worst, time.monotonic() - t0)
                manifest.close()
        rows.append((kind, worst, error))
    return rows


def measure_links(sizes=(15_000, 150_000)) -> list[tuple[int, float, float]]:
    rows = []
    with MisbehavingServer() as server:
        for n in sizes:
            page = "<html><body><ul>" + "".join(f'<li><a href="/d/{i}.pdf">文件{i}</a> 2025-02-{i % 28 + 1:02d}</li>'
                                                for i in range(n)) + "</ul></body></html>"
            server.route(f"p{n}.html", body=page.encode(), content_type="text/html; charset=utf-8")
            src = Source(name="big", start_urls=[server.url(f"p{n}.html")], rate_limit=1000,
                         max_page_bytes=64 * 1024 ** 2, max_links=n, max_documents=n)
            c0, t0 = time.process_time(), time.perf_counter()
            cr = crawl(src)
            assert len(cr.links) == n
            rows.append((n, time.process_time() - c0, time.perf_counter() - t0))
    return rows


def measure_second_run() -> dict:
    with tempfile.TemporaryDirectory() as tmp, sample_portal(Path(tmp) / "portal") as portal:
        store, manifest = BlobStore(Path(tmp) / "data"), Manifest(Path(tmp) / "data" / "manifest.sqlite")
        src = portal.source()

        def run() -> HarvestStats:
            stats = HarvestStats()
            for link in crawl(src, manifest=manifest, stats=stats).links:
                fetch(link, store, manifest, stats=stats)
            return stats

        first = run()
        time.sleep(0.3)  # the server logs just after answering
        portal.server.reset_log()
        second = run()
        time.sleep(0.3)
        log = portal.server.requests()
        pages = {"/" + p for p in portal.pages}
        return {"first_requests": first.requests, "second": second.as_dict(),
                "listing_requests": sum(r.path in pages for r in log),
                "document_requests": sum(r.path not in pages for r in log)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--deadline", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"1. deadline {args.deadline:g} s, worst of {args.repeat} (timeout 60 s, retries 10, backoff 0.3 s)")
    for kind, worst, error in measure_deadlines(args.deadline, args.repeat):
        over = 100 * (worst - args.deadline) / args.deadline
        print(f"   {kind:40s} {worst:6.3f} s  {over:+6.1f}%  {error[:90]}")
    print("2. link extraction (crawl of one listing page: request, parse, resolve, hosts)")
    rows = measure_links()
    for n, cpu, wall in rows:
        print(f"   {n:>7} links: {cpu:6.2f} s CPU, {wall:6.2f} s wall")
    print(f"   ratio 150k/15k CPU: {rows[1][1] / rows[0][1]:.1f} (10 when linear)")
    r = measure_second_run()
    print(f"3. second run of the unchanged sample portal: {r['listing_requests']} listing page request(s), "
          f"{r['document_requests']} document request(s) (first run: {r['first_requests']}); stats {r['second']}")


if __name__ == "__main__":
    main()
