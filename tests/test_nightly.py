"""The nightly harvest flows against fake portals on 127.0.0.1: complete then
incremental runs, the cost of a quiet second run, crash safety, unreachable sources,
ingesting downloaded files and the Dask task runner.

Prefect runs against a temporary database (prefect_test_harness), with its home in a
temporary folder; nothing leaves the loopback interface."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from cnbudget.demo.portal import PortalServer, sample_portal
from cnbudget.flows.runtime import configure_prefect
from cnbudget.harvest import Manifest, Source, dump_registry

# Prefect reads its settings when first imported: keep it local, quiet and out of ~.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="cnbudget-prefect-"))
configure_prefect()
from cnbudget.flows import nightly  # noqa: E402

pytest_plugins = ["fake_portal"]  # the fake portal and its fixtures: portal, sample_files


@pytest.fixture(scope="module", autouse=True)
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def _rows(out: Path, dataset: str) -> list[dict]:
    files = [f for f in sorted((out / dataset).glob("*.parquet")) if f.name != "_empty.parquet"]
    return [r for f in files for r in pq.read_table(f).to_pylist()]


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
