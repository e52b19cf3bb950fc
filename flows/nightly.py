"""The nightly harvest as Prefect 3 flows: ``harvest`` (crawl + fetch every source),
``process`` (extract + publish every new or changed document) and ``nightly`` (both).

Orchestration only: the work is done by plain functions in ``cnbudget.harvest`` and
``flows.pipeline``; this module adds tasks, retries, concurrency and schedules.

Prefect's runtime (local, silent defaults; a local server for schedules) is set up by
flows/runtime.py, which must run before this module is imported (the CLI does it).

Data directory layout (``--data DIR``)::

    DIR/manifest.sqlite          URLs, blobs, listing pages, processed versions
    DIR/raw/<sha[:2]>/<sha>.pdf  the documents, content-addressed
    DIR/parquet/                 the Parquet datasets (unless --out says otherwise)
    DIR/.prefect/                Prefect's own state (ephemeral API database)
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from cnbudget.extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from cnbudget.harvest import (BlobStore, CrawlResult, FetchResult, HarvestStats, HostLimiter, Link, Manifest,
                              Source, crawl, fetch, host_of, load_registry, make_client, source_rows)

from . import __version__
from .pipeline import collect_pdfs, process_file
from .publish import publish_sources
from .runtime import local_prefect_server, prefect_runtime

MANIFEST = "manifest.sqlite"


def data_paths(data: str | os.PathLike, out: str | os.PathLike | None = None) -> tuple[Path, Path, Path]:
    """(data dir, manifest path, Parquet output root)."""
    d = Path(data)
    return d, d / MANIFEST, Path(out) if out else d / "parquet"


# --------------------------------------------------------------------------- harvest


class HarvestContext:
    """What the fetch tasks of one run share (one process): store, manifest, per-host
    limits, HTTP clients and counters. Deliberately not a dataclass, so that Prefect
    does not walk into it."""

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


@task(name="crawl", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def crawl_task(source: Source, ctx: HarvestContext) -> CrawlResult:
    """Walk one source's listing pages (the requests themselves are retried inside)."""
    return crawl(source, client=ctx.client(source), manifest=ctx.manifest, limiter=ctx.limiter, stats=ctx.stats)


def fetch_links(links: list[Link], ctx: HarvestContext) -> list[FetchResult]:
    """Fetch links concurrently in threads; the per-host limits of each source hold."""
    if not links:
        return []
    hosts = {host_of(link.url) for link in links}
    width = min(32, max(link.source.concurrency for link in links) * len(hosts))

    def one(link: Link) -> FetchResult:
        return fetch(link, ctx.store, ctx.manifest, client=ctx.client(link.source), limiter=ctx.limiter,
                     stats=ctx.stats)

    with ThreadPoolExecutor(max_workers=width, thread_name_prefix="fetch") as pool:
        return list(pool.map(one, links))


@task(name="fetch", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def fetch_task(links: list[Link], ctx: HarvestContext) -> list[FetchResult]:
    """Fetch one source's documents. Safe to retry whole: what was stored is in the
    manifest, and is revalidated (304), not downloaded again."""
    return fetch_links(links, ctx)


def _harvest(registry: list[Source], data: str) -> dict:
    """Crawl and fetch every source, sources in parallel (threads of this process: the
    tasks share the manifest, the per-host limits and the HTTP clients)."""
    log = get_run_logger()
    ctx = HarvestContext(data)
    summary: dict[str, Any] = {"sources": {}, "unreachable": [], "failures": []}
    try:
        with ThreadPoolTaskRunner(max_workers=max(1, len(registry))) as runner:
            crawls = {s.name: runner.submit(crawl_task, {"source": s, "ctx": ctx}) for s in registry}
            fetches = {}
            for s in registry:
                fut = crawls[s.name]
                fut.wait()
                if fut.state.is_completed():
                    cr = fut.result()
                else:
                    cr = CrawlResult(s.name, reachable=False,
                                     errors=[(s.start_urls[0], f"crawl failed: {fut.state.message}")])
                summary["sources"][s.name] = {
                    "pages": cr.pages, "pages_not_modified": cr.pages_not_modified, "links": len(cr.links),
                    "page_errors": cr.errors, "skipped": len(cr.skipped), "reachable": cr.reachable,
                    "new": 0, "changed": 0, "unchanged": 0, "duplicate": 0, "failed": 0}
                if not cr.reachable:
                    summary["unreachable"].append(s.name)
                    log.error("source %s could not be reached: %s", s.name, "; ".join(e for _, e in cr.errors))
                if cr.links:
                    fetches[s.name] = runner.submit(fetch_task, {"links": cr.links, "ctx": ctx})
            for name, fut in fetches.items():
                fut.wait()
                if not fut.state.is_completed():  # a bug, not the network: reported, the run goes on
                    summary["failures"].append((name, None, f"fetch task failed: {fut.state.message}"))
                    continue
                for r in fut.result():
                    summary["sources"][name][r.status] += 1
                    if r.status == "failed":
                        summary["failures"].append((name, r.url, r.error))
        summary["stats"] = ctx.stats.as_dict()
    finally:
        ctx.close()
    log.info("harvest: %s", summary.get("stats"))
    return summary


@flow(name="harvest")
def harvest(sources: str, data: str = "data") -> dict:
    """Crawl every source of the registry and fetch its documents into DATA."""
    return _harvest(load_registry(sources), data)


# --------------------------------------------------------------------------- process


@task(name="extract", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def process_task(path: str, out: str, source_url: str | None, file_name: str | None, doc_id: str,
                 settings: ExtractionSettings = DEFAULT_SETTINGS) -> dict:
    """Extract and publish one stored document (runs in any worker: only paths and the
    settings travel)."""
    doc = process_file(path, out, settings=settings, source_url=source_url, file_name=file_name, doc_id=doc_id)
    return {"doc_id": doc.doc_id, "file_name": doc.file_name, "status": doc.status, "error": doc.error,
            "title": doc.title, "department": doc.department, "region": doc.region,
            "fiscal_year": doc.fiscal_year, "doc_type": doc.doc_type, "tables": len(doc.tables)}


def _record_processed(manifest: Manifest, result: dict) -> None:
    """Remember that a document's rows are published (called only after publish)."""
    manifest.mark_processed(result["doc_id"], __version__, result)


def task_runner(workers: int = 1, dask_address: str | None = None, dask_cluster_kwargs: dict | None = None):
    """The task runner of the process flow: a Dask cluster (an existing scheduler at
    dask_address, or a LocalCluster with dask_cluster_kwargs), else a process pool
    (workers > 1) or a thread."""
    if dask_address or dask_cluster_kwargs is not None:
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        # dashboard_address=None does not disable the dashboard (dask/distributed#8136):
        # a random port on loopback keeps it off the network and never collides
        kwargs = {"dashboard_address": "127.0.0.1:0", **dask_cluster_kwargs}
        if kwargs.get("processes", True):  # worker processes talk TCP: on loopback only
            kwargs.setdefault("host", "127.0.0.1")
        return DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=kwargs)
    if workers > 1:
        return ProcessPoolTaskRunner(max_workers=workers)
    return ThreadPoolTaskRunner(max_workers=1)


def _settings(settings: dict | None) -> ExtractionSettings:
    """Flow parameters are plain JSON (a deployment stores them): settings travel as the
    dict of the fields that differ from the defaults, validated here."""
    return ExtractionSettings.model_validate(settings or {})


def settings_parameter(settings: ExtractionSettings | None) -> dict | None:
    """The flows' ``settings`` parameter for an ExtractionSettings (None: the defaults)."""
    return settings.model_dump(exclude_defaults=True) if settings is not None else None


def _process(data: str, out: str | None, runner, settings: ExtractionSettings) -> dict:
    """Submit every pending document to the task runner; record each one as processed
    as soon as its rows are published."""
    log = get_run_logger()
    _, manifest_path, out_dir = data_paths(data, out)
    store = BlobStore(data)
    summary: dict[str, Any] = {"processed": 0, "ok": 0, "partial": 0, "failed": 0, "errors": [], "documents": []}
    with Manifest(manifest_path) as manifest:
        pending = [b for b in manifest.pending(__version__) if store.has(b["sha256"])]
        if not pending:
            log.info("process: nothing new")
            return summary
        with runner:
            futures = [runner.submit(process_task, {"path": str(store.path(b["sha256"])), "out": str(out_dir),
                                                    "source_url": b["first_url"], "file_name": b["file_name"],
                                                    "doc_id": b["sha256"], "settings": settings})
                       for b in pending]
            _collect(futures, manifest, summary)
    log.info("process: %d document(s) extracted", summary["processed"])
    return summary


def _collect(futures: list, manifest: Manifest, summary: dict) -> None:
    log = get_run_logger()
    for fut in as_completed(futures):
        try:
            r = fut.result()
        except Exception as e:  # noqa: BLE001 - reported; not marked, so the next run tries again
            summary["errors"].append(str(e))
            log.error("extraction crashed: %s", e)
            continue
        _record_processed(manifest, r)
        summary["processed"] += 1
        summary[r["status"]] += 1
        summary["documents"].append({k: r[k] for k in ("doc_id", "file_name", "status", "error")})


@flow(name="process")
def process(data: str = "data", out: str | None = None, workers: int = 1, dask_address: str | None = None,
            dask_cluster_kwargs: dict | None = None, settings: dict | None = None) -> dict:
    """Extract every stored document not yet processed by this cnbudget version, on a
    Dask cluster (dask_address), a process pool (workers > 1) or a thread."""
    return _process(data, out, task_runner(workers, dask_address, dask_cluster_kwargs), _settings(settings))


# --------------------------------------------------------------------------- nightly


@flow(name="nightly")
def nightly(sources: str, data: str = "data", out: str | None = None, workers: int = 1,
            dask_address: str | None = None, dask_cluster_kwargs: dict | None = None,
            settings: dict | None = None) -> dict:
    """Harvest every source, extract what is new or changed (see `process`), then write
    the ``sources`` dataset (portal metadata beside the documents')."""
    t0 = time.monotonic()
    registry = load_registry(sources)
    h = _harvest(registry, data)
    p = _process(data, out, task_runner(workers, dask_address, dask_cluster_kwargs), _settings(settings))
    _, manifest_path, out_dir = data_paths(data, out)
    with Manifest(manifest_path) as manifest:
        for s in registry:
            publish_sources(out_dir, s.name, source_rows(manifest, s.name))
    return {"harvest": h, "process": p, "seconds": round(time.monotonic() - t0, 3),
            "unreachable": h["unreachable"]}


def run_nightly(sources: str | os.PathLike, data: str | os.PathLike = "data", out: str | os.PathLike | None = None,
                *, workers: int = 1, dask_address: str | None = None,
                dask_cluster_kwargs: dict | None = None, settings: ExtractionSettings | None = None) -> dict:
    """Run the nightly flow once (the CLI's `harvest`); its summary, with wall seconds."""
    t0 = time.monotonic()
    with prefect_runtime():
        result = nightly(str(sources), str(data), str(out) if out else None, workers, dask_address,
                         dask_cluster_kwargs, settings_parameter(settings))
    result["wall_seconds"] = round(time.monotonic() - t0, 3)
    return result


def ingest_files(paths: list[str | os.PathLike], data: str | os.PathLike = "data",
                 out: str | os.PathLike | None = None, *, workers: int = 1,
                 dask_address: str | None = None, settings: ExtractionSettings | None = None) -> dict:
    """Put PDFs already downloaded into the store and manifest, then run the process
    flow: the same incremental bookkeeping as harvested documents (same bytes twice =
    one document; processed once per cnbudget version)."""
    d, manifest_path, _ = data_paths(data, out)
    store = BlobStore(d)
    added = 0
    with Manifest(manifest_path) as manifest:
        for p in collect_pdfs(paths):
            try:
                sha, size = store.add_file(p)
            except OSError:
                continue
            if manifest.blob(sha) is None:
                manifest.add_blob(sha, size, None, Path(p).name)
                added += 1
    with prefect_runtime():
        result = process(str(d), str(out) if out else None, workers, dask_address,
                         settings=settings_parameter(settings))
    result["added"] = added
    return result


def serve_nightly(sources: str | os.PathLike, data: str | os.PathLike = "data", out: str | os.PathLike | None = None,
                  *, cron: str = "0 2 * * *", workers: int = 1, dask_address: str | None = None,
                  name: str = "cnbudget-nightly", api_port: int = 4200,
                  settings: ExtractionSettings | None = None) -> None:
    """Serve the nightly flow as a scheduled deployment (blocks; Ctrl-C stops it).
    Schedules need a Prefect server: PREFECT_API_URL's, or else one started here on
    127.0.0.1:api_port with its state in PREFECT_HOME."""
    params = {"sources": str(Path(sources).resolve()), "data": str(Path(data).resolve()),
              "out": str(Path(out).resolve()) if out else None, "workers": workers, "dask_address": dask_address,
              "settings": settings_parameter(settings)}
    if PREFECT_API_URL.value():
        nightly.serve(name=name, cron=cron, parameters=params)
        return
    with local_prefect_server(api_port) as api, temporary_settings(updates={PREFECT_API_URL: api}):
        nightly.serve(name=name, cron=cron, parameters=params)
