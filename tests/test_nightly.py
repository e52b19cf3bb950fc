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
        distinct_pdfs = len({d.file for d in portal.docs if d.file is not None}) - 1  # less the junk
    assert first["process"]["processed"] == distinct_pdfs == 5 and second["process"]["processed"] == 0
    # listing pages answered 304: no document is requested again (revalidated only after an age)
    assert sorted(r.path.lstrip("/") for r in log) == sorted(portal.pages) and {r.status for r in log} == {304}
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


def _last_flow_run(flow_name: str):
    from prefect import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=[flow_name])),
                                     sort=FlowRunSort.START_TIME_DESC, limit=1)
    return runs[0]


def test_unreachable_source_ends_the_run_failed_in_prefect(tmp_path):
    with PortalServer() as dead:
        url = dead.url("index.html")
    reg = dump_registry([Source(name="down", start_urls=[url], retries=0, timeout=0.5)], tmp_path / "s.yaml")
    result = nightly.run_nightly(reg, tmp_path / "data")
    assert result["unreachable"] == ["down"] and result["outcome"]["exit_code"] == 3
    run = _last_flow_run("nightly")  # so that a Prefect automation can fire on it
    assert run.state.is_failed() and run.state.message == "source down unreachable"


def test_missed_scheduled_runs_are_cancelled_not_caught_up(tmp_path):
    from datetime import datetime, timedelta, timezone

    from prefect import get_client
    from prefect.states import Scheduled

    from cnbudget.flows import prefect_flows

    reg = dump_registry([Source(name="x", start_urls=["http://127.0.0.1:9/"])], tmp_path / "s.yaml")
    deployment_id = prefect_flows.nightly.to_deployment(name="missed", parameters={"sources": str(reg)}).apply()
    now = datetime.now(timezone.utc)
    with get_client(sync_client=True) as client:
        runs = [client.create_flow_run_from_deployment(deployment_id, state=Scheduled(scheduled_time=now - ago))
                for ago in (timedelta(days=2), timedelta(days=1), timedelta(minutes=5))]
        assert prefect_flows.cancel_missed_runs("nightly/missed", older_than=3600) == 2
        states = [client.read_flow_run(r.id).state for r in runs]
    assert [s.type.value for s in states] == ["CANCELLED", "CANCELLED", "SCHEDULED"]  # 5 min late: still run


def test_ingest_downloaded_files(sample_files, tmp_path):
    d = tmp_path / "dl"
    d.mkdir()
    for name, body in sample_files.items():
        (d / name).write_bytes(body)
    r = nightly.ingest_files([d], tmp_path / "data")
    assert r["added"] == 5 and r["processed"] == 5 and r["failed"] == 1  # the HTML page named .pdf
    assert nightly.ingest_files([d], tmp_path / "data")["processed"] == 0


def test_a_document_whose_rows_cannot_be_written_is_tried_again(sample_files, tmp_path, monkeypatch):
    # not even its documents row could be written (disk full): reported, not marked
    # processed, the other documents go on, and the next run extracts it again
    from cnbudget.flows import pipeline

    d = tmp_path / "dl"
    d.mkdir()
    for name, body in sample_files.items():
        (d / name).write_bytes(body)
    victim = sorted(n for n, b in sample_files.items() if b.startswith(b"%PDF"))[0]
    publish = pipeline.publish_document

    def disk_full(out, doc, rows):
        if doc.file_name == victim:
            raise OSError(28, "No space left on device")
        return publish(out, doc, rows)

    monkeypatch.setattr(pipeline, "publish_document", disk_full)
    first = nightly.ingest_run([d], tmp_path / "data", console=False)
    assert first["processed"] == 4 and len(first["errors"]) == 1, first["errors"]
    assert first["errors"][0].startswith(f"{victim}: OSError") and victim not in {
        r["file_name"] for r in first["documents"]}
    monkeypatch.undo()
    again = nightly.ingest_run([d], tmp_path / "data", console=False)
    assert again["processed"] == 1 and [r["file_name"] for r in again["documents"]] == [victim]
    assert victim in {r["file_name"] for r in _rows(tmp_path / "data" / "parquet", "documents")}


def test_dask_task_runner(portal, tmp_path):
    pytest.importorskip("distributed")
    reg = dump_registry([portal.source()], tmp_path / "sources.yaml")
    result = nightly.run_nightly(reg, tmp_path / "data",
                                 dask_cluster_kwargs={"processes": False, "n_workers": 1, "threads_per_worker": 2})
    assert result["process"]["processed"] == 4 and not result["process"]["errors"]
    assert len(_rows(tmp_path / "data" / "parquet", "documents")) == 4


def test_serving_stops_without_a_traceback_for_cancelled_connections():
    """Stopping `serve` cancels the runner's open control-channel connections; the loop's
    error handler while serving drops those CancelledErrors (Python 3.11's stream callback
    reports each with a traceback) and reports every other error as asyncio does."""
    import asyncio
    import logging

    from cnbudget.flows import prefect_flows

    async def stopped_connection():
        await asyncio.sleep(3600)

    async def main():
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(prefect_flows._quiet_cancelled)
        task = asyncio.ensure_future(stopped_connection())
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.sleep(0)

        def callback():  # what asyncio.streams' connection_made callback does
            task.exception()
        loop.call_soon(callback)
        await asyncio.sleep(0.01)
        loop.call_soon(lambda: 1 / 0)
        await asyncio.sleep(0.01)

    class Kept(logging.Handler):
        def emit(self, record):
            errors.append(record)

    errors: list[logging.LogRecord] = []
    log, kept = logging.getLogger("asyncio"), Kept(logging.ERROR)
    log.addHandler(kept)
    try:
        asyncio.run(main())
    finally:
        log.removeHandler(kept)
    assert len(errors) == 1 and errors[0].exc_info[0] is ZeroDivisionError
