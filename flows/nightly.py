"""The nightly harvest: crawl and fetch every source (``harvest``), extract every new or
changed document (``process``), both in one run (``nightly_run``), and PDFs already
downloaded put through the same bookkeeping (``ingest_run``).

Orchestration only: the work is done by plain functions in ``cnbudget.harvest`` and
``flows.pipeline``. This module is plain Python and never imports Prefect, so a run
with no Prefect API to report to (``cnbudget harvest`` on its own) pays for no server
and no API calls. flows/prefect_flows.py runs the very same functions as Prefect flows
when there is an API to report to: ``PREFECT_API_URL`` set, or a run of the deployment
that ``cnbudget serve`` schedules. ``run_nightly`` and ``ingest_files`` choose.

Every run holds the data directory's lock (flows/datadir.py), writes its log and its
record under ``DATA/logs`` (flows/runlog.py), ends in a state and an exit code
(flows/report.py: FAILED when a source is unreachable or too many documents failed) and,
when it failed, notifies the registry's ``notify`` URLs (flows/notify.py).
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterator

from cnbudget.extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from cnbudget.harvest import (BlobStore, CrawlResult, FetchResult, HarvestStats, HostLimiter, Link, Manifest,
                              Source, crawl, fetch, host_of, make_client, read_registry, source_rows)

from . import __version__
from .datadir import MANIFEST, DataDirLock, data_paths
from .report import DEFAULT_MAX_FAILED_SHARE, run_outcome, summary_lines
from .runlog import RunLog, run_logger

__all__ = ["MANIFEST", "data_paths", "nightly_run", "ingest_run", "run_nightly", "ingest_files",
           "serve_nightly", "settings_parameter"]


# --------------------------------------------------------------------------- harvest


class HarvestContext:
    """What the fetches of one run share (one process): store, manifest, per-host
    limits, HTTP clients and counters."""

    def __init__(self, data: str | os.PathLike) -> None:
        d, manifest, _ = data_paths(data)
        self.store = BlobStore(d)
        self.manifest = Manifest(manifest)
        self.limiter = HostLimiter()
        self.stats = HarvestStats()
        self._clients: dict[str, Any] = {}

    def client(self, source: Source):
        if source.name not in self._clients:
            self._clients[source.name] = make_client(source)
        return self._clients[source.name]

    def close(self) -> None:
        for c in self._clients.values():
            c.close()
        self.manifest.close()


def fetch_links(links: list[Link], ctx: HarvestContext) -> list[FetchResult]:
    """Fetch links concurrently in threads; the per-host limits of each source hold. A
    link whose fetch raises (a bug, not the network: fetch records network trouble
    itself) is that link's failure, never the source's."""
    if not links:
        return []
    hosts = {host_of(link.url) for link in links}
    width = min(32, max(link.source.concurrency for link in links) * len(hosts))

    def one(link: Link) -> FetchResult:
        try:
            return fetch(link, ctx.store, ctx.manifest, client=ctx.client(link.source), limiter=ctx.limiter,
                         stats=ctx.stats)
        except Exception as e:  # noqa: BLE001 - see the docstring
            return FetchResult(link.url, link.source_name, "failed", error=f"{type(e).__name__}: {e}")

    with ThreadPoolExecutor(max_workers=width, thread_name_prefix="fetch") as pool:
        return list(pool.map(one, links))


def harvest_source(source: Source, ctx: HarvestContext) -> tuple[CrawlResult, list[FetchResult]]:
    """Crawl one source's listing pages, then fetch its documents."""
    try:
        cr = crawl(source, client=ctx.client(source), manifest=ctx.manifest, limiter=ctx.limiter, stats=ctx.stats)
    except Exception as e:  # noqa: BLE001 - a bug in the crawl: the source is reported, the others go on
        cr = CrawlResult(source.name, reachable=False,
                         errors=[(source.start_urls[0], f"crawl failed: {type(e).__name__}: {e}")])
    return cr, fetch_links(cr.links, ctx)


def harvest(registry: list[Source], data: str | os.PathLike) -> dict:
    """Crawl and fetch every source, sources in parallel (threads of this process: they
    share the manifest, the per-host limits and the HTTP clients)."""
    log = run_logger()
    ctx = HarvestContext(data)
    summary: dict[str, Any] = {"sources": {}, "unreachable": [], "failures": []}
    try:
        with ThreadPoolExecutor(max_workers=max(1, len(registry)), thread_name_prefix="source") as pool:
            done = dict(zip((s.name for s in registry), pool.map(lambda s: harvest_source(s, ctx), registry)))
        for s in registry:
            cr, fetched = done[s.name]
            row = summary["sources"][s.name] = {
                "pages": cr.pages, "pages_not_modified": cr.pages_not_modified, "links": len(cr.links),
                "page_errors": cr.errors, "skipped": len(cr.skipped), "reachable": cr.reachable,
                "new": 0, "changed": 0, "unchanged": 0, "duplicate": 0, "failed": 0}
            if not cr.reachable:
                summary["unreachable"].append(s.name)
                log.error("source %s could not be reached: %s", s.name, "; ".join(e for _, e in cr.errors))
            for r in fetched:
                row[r.status] += 1
                if r.status == "failed":
                    summary["failures"].append((s.name, r.url, r.error))
        summary["stats"] = ctx.stats.as_dict()
    finally:
        ctx.close()
    log.info("harvest: %s", summary.get("stats"))
    return summary


# --------------------------------------------------------------------------- process


def _document_summary(doc) -> dict:
    return {"doc_id": doc.doc_id, "file_name": doc.file_name, "status": doc.status, "error": doc.error,
            "title": doc.title, "department": doc.department, "region": doc.region,
            "fiscal_year": doc.fiscal_year, "doc_type": doc.doc_type, "tables": len(doc.tables)}


def process_document(path: str, out: str, source_url: str | None, file_name: str | None, doc_id: str,
                     settings: ExtractionSettings = DEFAULT_SETTINGS) -> dict:
    """Extract and publish one stored document where it runs (a Dask worker: only
    paths, the settings and this small dict travel)."""
    from .pipeline import process_file  # the extractors are imported only where documents are read

    return _document_summary(process_file(path, out, settings=settings, source_url=source_url,
                                          file_name=file_name, doc_id=doc_id))


def _record_processed(manifest: Manifest, result: dict) -> None:
    """Remember that a document's rows are published (called only after publish)."""
    manifest.mark_processed(result["doc_id"], __version__, result)


DocumentOutcome = tuple[dict, "dict | None", "Exception | None"]  # (job, document summary, crash)


def _extract_supervised(jobs: list[dict], out: Path, workers: int,
                        settings: ExtractionSettings) -> Iterator[DocumentOutcome]:
    """Documents extracted in supervised worker processes with their time and memory
    limits (the same pool as `extract`), published one by one as they complete
    (flows/pipeline.py). One not even its documents row could be written is not marked
    processed: the next run tries it again."""
    from .pipeline import extract_and_publish

    files = [(j["path"], j["doc_id"], j["file_name"], j["source_url"]) for j in jobs]
    for i, doc, err in extract_and_publish(files, out, workers=workers, settings=settings):
        yield jobs[i], None if err is not None else _document_summary(doc), err


def _extract_on_dask(jobs: list[dict], dask_address: str | None, dask_cluster_kwargs: dict | None,
                     settings: ExtractionSettings) -> Iterator[DocumentOutcome]:
    """Documents extracted and published on a Dask cluster: an existing scheduler at
    dask_address, or a LocalCluster with dask_cluster_kwargs."""
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if dask_address:
        client = Client(dask_address)
    else:
        # dashboard_address=None does not disable the dashboard (dask/distributed#8136):
        # a random port on loopback keeps it off the network and never collides
        kwargs = {"dashboard_address": "127.0.0.1:0", **(dask_cluster_kwargs or {})}
        if kwargs.get("processes", True):  # worker processes talk TCP: on loopback only
            kwargs.setdefault("host", "127.0.0.1")
        cluster = LocalCluster(**kwargs)
        client = Client(cluster)
    try:
        futures = {client.submit(process_document, **{**job, "settings": settings}, pure=False): job
                   for job in jobs}
        for fut in as_completed(futures):
            job = futures[fut]
            try:
                yield job, fut.result(), None
            except Exception as e:  # noqa: BLE001 - reported; not marked, so the next run tries again
                yield job, None, e
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def process(data: str | os.PathLike, out: str | os.PathLike | None, *, workers: int = 1,
            dask_address: str | None = None, dask_cluster_kwargs: dict | None = None,
            settings: ExtractionSettings = DEFAULT_SETTINGS) -> dict:
    """Extract every stored document not yet processed by this cnbudget version; record
    each one as processed as soon as its rows are published."""
    log = run_logger()
    _, manifest_path, out_dir = data_paths(data, out)
    store = BlobStore(data)
    summary: dict[str, Any] = {"processed": 0, "ok": 0, "partial": 0, "failed": 0, "errors": [], "documents": []}
    with Manifest(manifest_path) as manifest:
        pending = [b for b in manifest.pending(__version__) if store.has(b["sha256"])]
        if not pending:
            log.info("process: nothing new")
            return summary
        jobs = [{"path": str(store.path(b["sha256"])), "out": str(out_dir), "source_url": b["first_url"],
                 "file_name": b["file_name"], "doc_id": b["sha256"]} for b in pending]
        log.info("process: %d document(s) to extract", len(jobs))
        if dask_address or dask_cluster_kwargs is not None:
            outcomes = _extract_on_dask(jobs, dask_address, dask_cluster_kwargs, settings)
        else:
            outcomes = _extract_supervised(jobs, out_dir, workers, settings)
        for job, r, err in outcomes:
            if err is not None:
                summary["errors"].append(f"{job['file_name'] or job['doc_id']}: {type(err).__name__}: {err}")
                log.error("document %s not published: %s", job["file_name"] or job["doc_id"], err)
                continue
            _record_processed(manifest, r)
            summary["processed"] += 1
            summary[r["status"]] += 1
            summary["documents"].append({k: r[k] for k in ("doc_id", "file_name", "status", "error")})
            log.info("%s: %s%s", r["file_name"], r["status"], f" ({r['error']})" if r["error"] else "")
    log.info("process: %d document(s) extracted", summary["processed"])
    from cnbudget.datasets.compact import compact_after_run

    compacted = compact_after_run(out_dir, settings.compaction)  # few large files once enough documents are in
    if compacted and (compacted.documents or compacted.skipped):
        summary["compaction"] = compacted.line()
        log.info("%s", summary["compaction"])
    return summary


# --------------------------------------------------------------------------- whole runs


def settings_from(settings: ExtractionSettings | dict | None) -> ExtractionSettings:
    """Flow parameters are plain JSON (a deployment stores them): settings travel as the
    dict of the fields that differ from the defaults, validated here."""
    if isinstance(settings, ExtractionSettings):
        return settings
    return ExtractionSettings.model_validate(settings or {})


def settings_parameter(settings: ExtractionSettings | None) -> dict | None:
    """The flows' ``settings`` parameter for an ExtractionSettings (None: the defaults)."""
    return settings.model_dump(exclude_defaults=True) if settings is not None else None


def _finish(rl: RunLog, result: dict, max_failed_share: float) -> dict:
    """The run's outcome, its summary lines in its log, and its record (which notifies
    when the run failed)."""
    outcome = run_outcome(result, max_failed_share)
    result["outcome"] = {"state": outcome.state, "exit_code": int(outcome.exit_code), "reasons": outcome.reasons}
    result["log"] = str(rl.path)
    rl.summary(summary_lines(result))
    rl.finish(outcome.state, int(outcome.exit_code), outcome.reasons, summary=result)
    return result


def nightly_run(sources: str | os.PathLike, data: str | os.PathLike = "data", out: str | os.PathLike | None = None,
                *, workers: int = 1, dask_address: str | None = None, dask_cluster_kwargs: dict | None = None,
                settings: ExtractionSettings | dict | None = None,
                max_failed_share: float = DEFAULT_MAX_FAILED_SHARE, console: bool = True) -> dict:
    """One nightly run, plain: harvest every source, extract what is new or changed,
    then write the ``sources`` dataset (portal metadata beside the documents'). Holds
    the data directory's lock (DataDirLocked when another process has it)."""
    t0 = time.monotonic()
    reg = read_registry(sources)
    registry = reg.sources
    params = {"sources": str(sources), "data": str(data), "out": str(out) if out else None, "workers": workers,
              "dask_address": dask_address, "max_failed_share": max_failed_share}
    _, manifest_path, out_dir = data_paths(data, out)
    with DataDirLock(data, "harvest"), RunLog(data, "harvest", params, console=console,
                                              on_failure=lambda rec: _notify(reg.notify, rec)) as rl:
        h = harvest(registry, data)
        p = process(data, out, workers=workers, dask_address=dask_address, dask_cluster_kwargs=dask_cluster_kwargs,
                    settings=settings_from(settings))
        from .publish import publish_sources

        with Manifest(manifest_path) as manifest:
            for s in registry:
                publish_sources(out_dir, s.name, source_rows(manifest, s.name))
        result = {"harvest": h, "process": p, "seconds": round(time.monotonic() - t0, 3),
                  "unreachable": h["unreachable"]}
        return _finish(rl, result, max_failed_share)


def _notify(urls: list[str], record: dict) -> None:
    if urls:
        from .notify import send_notifications

        send_notifications(urls, record)


def ingest_run(paths: list[str | os.PathLike], data: str | os.PathLike = "data",
               out: str | os.PathLike | None = None, *, workers: int = 1, dask_address: str | None = None,
               settings: ExtractionSettings | dict | None = None,
               max_failed_share: float = DEFAULT_MAX_FAILED_SHARE, console: bool = True) -> dict:
    """Put PDFs already downloaded into the store and manifest, then extract what is
    pending: the same incremental bookkeeping as harvested documents (same bytes twice =
    one document; processed once per cnbudget version)."""
    from .pipeline import collect_pdfs

    t0 = time.monotonic()
    d, manifest_path, out_dir = data_paths(data, out)
    params = {"paths": [str(p) for p in paths], "data": str(data), "out": str(out) if out else None,
              "workers": workers, "dask_address": dask_address, "max_failed_share": max_failed_share}
    with DataDirLock(d, "ingest"), RunLog(d, "ingest", params, console=console) as rl:
        store = BlobStore(d)
        added, unreadable = 0, []
        with Manifest(manifest_path) as manifest:
            for p in collect_pdfs(paths):
                try:
                    sha, size = store.add_file(p)
                except OSError as e:
                    unreadable.append(f"{p}: {e.strerror or e}")
                    run_logger().error("cannot read %s: %s", p, e.strerror or e)
                    continue
                if manifest.blob(sha) is None:
                    manifest.add_blob(sha, size, None, Path(p).name)
                    added += 1
        run_logger().info("ingest: %d new file(s) stored", added)
        result = process(d, out, workers=workers, dask_address=dask_address, settings=settings_from(settings))
        result["errors"].extend(unreadable)
        result.update(added=added, seconds=round(time.monotonic() - t0, 3))
        return _finish(rl, result, max_failed_share)


# --------------------------------------------------------------------------- entry points


def run_nightly(sources: str | os.PathLike, data: str | os.PathLike = "data", out: str | os.PathLike | None = None,
                *, workers: int = 1, dask_address: str | None = None,
                dask_cluster_kwargs: dict | None = None, settings: ExtractionSettings | None = None,
                max_failed_share: float = DEFAULT_MAX_FAILED_SHARE) -> dict:
    """Run the nightly flow once (the CLI's `harvest`); its summary, with wall seconds.
    As a Prefect flow run when a Prefect API is configured, else plain."""
    from .runtime import prefect_api_url

    t0 = time.monotonic()
    if prefect_api_url():
        from .prefect_flows import run_flow

        result = run_flow("nightly", sources=str(sources), data=str(data), out=str(out) if out else None,
                          workers=workers, dask_address=dask_address, dask_cluster_kwargs=dask_cluster_kwargs,
                          settings=settings_parameter(settings), max_failed_share=max_failed_share)
    else:
        result = nightly_run(sources, data, out, workers=workers, dask_address=dask_address,
                             dask_cluster_kwargs=dask_cluster_kwargs, settings=settings,
                             max_failed_share=max_failed_share)
    result["wall_seconds"] = round(time.monotonic() - t0, 3)
    return result


def ingest_files(paths: list[str | os.PathLike], data: str | os.PathLike = "data",
                 out: str | os.PathLike | None = None, *, workers: int = 1,
                 dask_address: str | None = None, settings: ExtractionSettings | None = None,
                 max_failed_share: float = DEFAULT_MAX_FAILED_SHARE) -> dict:
    """Ingest PDFs already downloaded (see ingest_run); as a Prefect flow run when a
    Prefect API is configured, else plain."""
    from .runtime import prefect_api_url

    if prefect_api_url():
        from .prefect_flows import run_flow

        return run_flow("ingest", paths=[str(p) for p in paths], data=str(data), out=str(out) if out else None,
                        workers=workers, dask_address=dask_address, settings=settings_parameter(settings),
                        max_failed_share=max_failed_share)
    return ingest_run(paths, data, out, workers=workers, dask_address=dask_address, settings=settings,
                      max_failed_share=max_failed_share)


def serve_nightly(sources: str | os.PathLike, data: str | os.PathLike = "data", out: str | os.PathLike | None = None,
                  **kwargs) -> None:
    """Serve the nightly run as a scheduled Prefect deployment (see prefect_flows.serve)."""
    from .prefect_flows import serve

    serve(sources, data, out, **kwargs)
