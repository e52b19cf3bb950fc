"""The nightly harvest against fake portals on 127.0.0.1: registry validation, listing
parsing, polite fetching (retries, timeouts, redirects, size cap, PDF check), the
manifest's incrementality, crash safety and the Dask task runner.

Prefect runs against a temporary database (prefect_test_harness), with its home in a
temporary folder; nothing leaves the loopback interface."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Prefect reads its settings when first imported: keep it local, quiet and out of ~.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="cnbudget-prefect-"))

import pyarrow.parquet as pq  # noqa: E402
import pytest  # noqa: E402

from cnbudget.flows import nightly  # noqa: E402
from cnbudget.flows.harvest import (BlobStore, HostLimiter, Manifest, crawl, fetch, find_date,  # noqa: E402
                                    parse_listing)
from cnbudget.flows.portal import PortalServer, listing_page, sample_portal  # noqa: E402
from cnbudget.flows.samples import write_sample_set  # noqa: E402
from cnbudget.flows.sources import RegistryError, Source, dump_registry, load_registry  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory) -> dict[str, bytes]:
    d = tmp_path_factory.mktemp("samples")
    golds = [g for g in write_sample_set(d) if g.doc_type != "performance_targets"]  # 4 PDFs + junk
    return {g.file_name: (d / g.file_name).read_bytes() for g in golds}


def _good(files: dict[str, bytes]) -> list[tuple[str, bytes]]:
    return [(n, b) for n, b in sorted(files.items()) if b.startswith(b"%PDF")]


class FakePortal:
    """Three listing pages; four PDFs, one of them under two URLs; a 404; an HTML page
    served as .pdf; a slow PDF (times out); a PDF answering 500 once; a link to another
    host (a second server) that must never be fetched."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.server = PortalServer()
        self.foreign = PortalServer()
        good = _good(files)
        junk = next(b for b in files.values() if not b.startswith(b"%PDF"))
        self.pdfs = {f"docs/d{i}.pdf": body for i, (_, body) in enumerate(good)}
        for path, body in self.pdfs.items():
            self.server.add(path, body, "application/pdf")
        self.server.add("mirror/copy-of-d0.pdf", good[0][1], "application/pdf")
        self.server.add("docs/error.pdf", junk, "application/pdf")
        self.server.add("docs/slow.pdf", good[1][1], "application/pdf")
        self.server.slow("docs/slow.pdf", 2.0)
        self.server.add("docs/flaky.pdf", good[2][1], "application/pdf")  # same bytes as d2: a duplicate
        self.server.flaky("docs/flaky.pdf", 1)
        self.foreign.add("elsewhere.pdf", good[3][1], "application/pdf")
        p1 = [("/docs/d0.pdf", "示例局2025年部门预算", "2025-02-01"), ("/docs/d1.pdf", "司法局2025年部门预算", "2025-02-02")]
        p2 = [("/docs/d2.pdf", "示例中心2025年单位预算", "2025-02-03"), ("/mirror/copy-of-d0.pdf", "转载", "2025-02-04"),
              ("/docs/missing.pdf", "已删除", "2025-02-05")]
        p3 = [("/docs/d3.pdf", "示例局2024年度部门决算", "2025-02-06"), ("/docs/error.pdf", "坏文件", "2025-02-07"),
              ("/docs/slow.pdf", "慢文件", "2025-02-08"), ("/docs/flaky.pdf", "偶尔出错", "2025-02-09")]
        self.server.add("index.html", listing_page("公开目录", p1, "list_2.html", 1))
        self.server.add("list_2.html", listing_page("公开目录", p2, "list_3.html", 2))
        self.server.add("list_3.html", listing_page("公开目录", p3, None, 3,
                                                    f'<p><a href="{self.foreign.url("elsewhere.pdf")}">外站</a></p>'))

    def source(self, **kw) -> Source:
        base = dict(name="fake", region="上海市普陀区", start_urls=[self.server.url("index.html")],
                    follow=r"list_\d+\.html$", documents=r"\.pdf$", rate_limit=200, concurrency=4,
                    timeout=0.5, retries=1, backoff=0.01)
        base.update(kw)
        return Source(**base)

    def __enter__(self):
        self.server.start()
        self.foreign.start()
        return self

    def __exit__(self, *exc):
        self.server.stop()
        self.foreign.stop()


@pytest.fixture
def portal(sample_files):
    with FakePortal(sample_files) as p:
        yield p


def _rows(out: Path, dataset: str) -> list[dict]:
    files = [f for f in sorted((out / dataset).glob("*.parquet")) if f.name != "_empty.parquet"]
    return [r for f in files for r in pq.read_table(f).to_pylist()]


# --------------------------------------------------------------------------- registry


def test_registry_loads_and_validates(tmp_path):
    good = tmp_path / "ok.yaml"
    good.write_text('sources:\n  - name: putuo\n    region: 上海市普陀区\n'
                    '    start_urls: ["http://127.0.0.1:8765/index.html"]\n'
                    '    follow: "list_\\\\d+\\\\.html"\n    documents: "\\\\.pdf$"\n    rate_limit: 0.5\n',
                    encoding="utf-8")
    (src,) = load_registry(good)
    assert src.name == "putuo" and src.rate_limit == 0.5 and src.is_listing("http://x/list_2.html")
    assert src.host_allowed("http://127.0.0.1:8765/a.pdf") and not src.host_allowed("http://127.0.0.1:9999/a.pdf")
    assert not src.host_allowed("http://other.example/a.pdf")
    # round trip
    assert load_registry(dump_registry([src], tmp_path / "rt.yaml")) == [src]


@pytest.mark.parametrize("body, expected", [
    ("sources:\n  - name: a\n", "field start_urls: Field required"),
    ("sources:\n  - name: a\n    start_urls: [x]\n", "not an absolute http(s) URL"),
    ("sources:\n  - name: a\n    start_urls: ['http://h/']\n    follow: '('\n", "invalid regular expression"),
    ("sources:\n  - name: a\n    start_urls: ['http://h/']\n    rate_limt: 1\n", "rate_limt: unknown field"),
    ("sources:\n  - name: a\n    start_urls: ['http://h/']\n    rate_limit: 0\n", "greater than 0"),
    ("sources:\n  - {name: a, start_urls: ['http://h/']}\n  - {name: a, start_urls: ['http://h/']}\n", "used twice"),
    ("sources: [\n", "not valid YAML"),
    ("hello: 1\n", "'sources' list"),
])
def test_registry_errors_are_clear(tmp_path, body, expected):
    f = tmp_path / "bad.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(RegistryError) as e:
        load_registry(f)
    assert str(f) in str(e.value) and expected in str(e.value)
    if "name: a" in body and "used twice" not in expected:
        assert "source #1 ('a')" in str(e.value)


def test_registry_missing_file(tmp_path):
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "nope.yaml")


# --------------------------------------------------------------------------- listing pages


def test_listing_links_titles_and_dates():
    html = """<html><head><title> 预算公开 </title></head><body>
    <ul><li><a href="a.pdf">甲局2025年预算</a><span>2025-02-10</span></li>
        <li><span>[2024/3/5]</span> <a href="/b.pdf">乙局决算</a></li></ul>
    <table><tr><td><a href="c.pdf#page=2">丙</a></td><td>2024年12月1日</td></tr></table>
    <p><a href="d.pdf">丁</a> 2023.01.02 <a href="e.pdf">戊</a> 2023-13-40</p>
    <a href="javascript:void(0)">x</a></body></html>"""
    title, links = parse_listing(html, "http://h/list/index.html")
    assert title == "预算公开"
    got = {ln["url"]: (ln["text"], ln["date"]) for ln in links}
    assert got == {
        "http://h/list/a.pdf": ("甲局2025年预算", "2025-02-10"),
        "http://h/b.pdf": ("乙局决算", "2024-03-05"),
        "http://h/list/c.pdf": ("丙", "2024-12-01"),
        "http://h/list/d.pdf": ("丁", "2023-01-02"),
        "http://h/list/e.pdf": ("戊", None),  # an impossible date is no date
    }
    assert find_date("发布时间：2025年1月9日") == "2025-01-09"


# --------------------------------------------------------------------------- fetching


def test_crawl_and_fetch_politely(portal, tmp_path):
    src = portal.source()
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    cr = crawl(src, manifest=manifest)
    assert cr.reachable and cr.pages == 3 and not cr.errors
    assert {u for u, _ in cr.skipped} == {portal.foreign.url("elsewhere.pdf")}
    by_url = {ln.url: ln for ln in cr.links}
    assert len(by_url) == 9 and by_url[portal.server.url("docs/d0.pdf")].published == "2025-02-01"
    assert by_url[portal.server.url("docs/d0.pdf")].page_title == "公开目录"
    results = {r.url.rsplit("/", 1)[-1]: r for r in (fetch(ln, store, manifest) for ln in cr.links)}
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
    # second pass: everything revalidated, nothing downloaded again
    portal.server.reset_log()
    again = [fetch(ln, store, manifest) for ln in cr.links if "slow" not in ln.url]
    assert {r.status for r in again if r.sha256} == {"unchanged"}
    assert all(r.status in (304, 404) for r in portal.server.requests())
    assert portal.server.bytes_sent() < 200  # only the 404 page's body


def test_redirects_only_to_allowed_hosts_and_size_cap(portal, tmp_path):
    store, manifest = BlobStore(tmp_path), Manifest(tmp_path / "m.sqlite")
    portal.server.redirect("go/inside.pdf", portal.server.url("docs/d0.pdf"))
    portal.server.redirect("go/outside.pdf", portal.foreign.url("elsewhere.pdf"))
    src = portal.source()
    from cnbudget.flows.harvest import Link

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


def test_host_limiter_spaces_requests():
    import time

    lim = HostLimiter()
    t0 = time.monotonic()
    for _ in range(5):
        with lim.slot("http://127.0.0.1:1/x", rate=20, concurrency=1):
            pass
    assert time.monotonic() - t0 >= 4 / 20 - 0.01


# --------------------------------------------------------------------------- flows


def test_nightly_is_complete_then_incremental(portal, tmp_path):
    reg = dump_registry([portal.source()], tmp_path / "sources.yaml")
    data = tmp_path / "data"
    first = nightly.run_nightly(reg, data)
    out = data / "parquet"
    docs = _rows(out, "documents")
    assert len(docs) == 4 and len({d["doc_id"] for d in docs}) == 4  # every reachable PDF, once
    assert all(d["source_url"] and d["file_name"].startswith("d") for d in docs)
    assert first["process"]["processed"] == 4 and not first["unreachable"]
    sources = {r["url"].rsplit("/", 1)[-1]: r for r in _rows(out, "sources")}
    assert len(sources) == 9
    assert sources["missing.pdf"]["status"] == "failed" and "404" in sources["missing.pdf"]["error"]
    assert "not a PDF" in sources["error.pdf"]["error"]
    assert "timeout" in sources["slow.pdf"]["error"]
    assert sources["flaky.pdf"]["doc_id"] == sources["d2.pdf"]["doc_id"]
    assert sources["copy-of-d0.pdf"]["doc_id"] == sources["d0.pdf"]["doc_id"]
    assert str(sources["d0.pdf"]["published"]) == "2025-02-01" and sources["d0.pdf"]["page_title"] == "公开目录"
    assert portal.foreign.requests() == []

    portal.server.reset_log()
    second = nightly.run_nightly(reg, data)
    log = portal.server.requests()
    assert not [r for r in log if r.status == 200 and r.path != "/docs/slow.pdf"], "bytes fetched again"
    assert all(r.conditional for r in log if r.status == 304)
    assert second["harvest"]["stats"]["bytes"] == 0
    assert second["process"]["processed"] == 0  # nothing re-extracted
    assert [d["processed_at"] for d in _rows(out, "documents")] == [d["processed_at"] for d in docs]
    assert len(_rows(out, "documents")) == 4


def test_second_run_of_unchanged_portal_is_cheap(tmp_path):
    with sample_portal(tmp_path / "portal") as portal:
        reg = dump_registry([portal.source()], tmp_path / "sources.yaml")
        first = nightly.run_nightly(reg, tmp_path / "data")
        portal.server.reset_log()
        second = nightly.run_nightly(reg, tmp_path / "data")
        log = portal.server.requests()
        served = len(portal.pages) + sum(d.file is not None for d in portal.docs)  # all but the 404
        distinct_pdfs = len({d.file for d in portal.docs if d.file is not None}) - 1  # less the junk
    assert first["process"]["processed"] == distinct_pdfs == 5 and second["process"]["processed"] == 0
    assert {r.status for r in log} <= {304, 404} and sum(r.status == 304 for r in log) == served
    # < 10% on a quiet machine (see README.md, "Nightly harvesting"); a margin for busy CI machines
    assert second["seconds"] < 0.3 * first["seconds"], (first["seconds"], second["seconds"])


def test_crash_midway_then_rerun_completes_without_duplicates(portal, tmp_path, monkeypatch):
    reg = dump_registry([portal.source()], tmp_path / "sources.yaml")
    data = tmp_path / "data"
    real = nightly._record_processed
    calls = {"n": 0}

    def crash_after_two(manifest, result):
        if calls["n"] == 2:
            raise RuntimeError("killed")  # as if the process died after two documents
        calls["n"] += 1
        real(manifest, result)

    monkeypatch.setattr(nightly, "_record_processed", crash_after_two)
    with pytest.raises(Exception, match="killed"):
        nightly.run_nightly(reg, data)
    monkeypatch.setattr(nightly, "_record_processed", real)
    with Manifest(data / "manifest.sqlite") as m:
        assert len(m.blobs()) == 4 and len(m.pending(nightly.__version__)) == 2
    again = nightly.run_nightly(reg, data)
    assert again["process"]["processed"] == 2  # only what the crash left undone
    docs = _rows(data / "parquet", "documents")
    assert len(docs) == 4 and len({d["doc_id"] for d in docs}) == 4
    tables = _rows(data / "parquet", "tables")
    assert len(tables) == len({t["table_id"] for t in tables})
    assert not list((data / "tmp").iterdir())


def test_unreachable_source_is_reported(tmp_path):
    with PortalServer() as dead:
        url = dead.url("index.html")
    reg = dump_registry([Source(name="down", start_urls=[url], retries=0, timeout=0.5)], tmp_path / "s.yaml")
    result = nightly.run_nightly(reg, tmp_path / "data")
    assert result["unreachable"] == ["down"]


def test_ingest_downloaded_files(sample_files, tmp_path):
    d = tmp_path / "dl"
    d.mkdir()
    for name, body in sample_files.items():
        (d / name).write_bytes(body)
    r = nightly.ingest_files([d], tmp_path / "data")
    assert r["added"] == 5 and r["processed"] == 5 and r["failed"] == 1  # the HTML page named .pdf
    assert nightly.ingest_files([d], tmp_path / "data")["processed"] == 0


def test_dask_task_runner(portal, tmp_path):
    pytest.importorskip("prefect_dask")
    reg = dump_registry([portal.source()], tmp_path / "sources.yaml")
    result = nightly.run_nightly(reg, tmp_path / "data",
                                 dask_cluster_kwargs={"processes": False, "n_workers": 1, "threads_per_worker": 2})
    assert result["process"]["processed"] == 4 and not result["process"]["errors"]
    assert len(_rows(tmp_path / "data" / "parquet", "documents")) == 4
