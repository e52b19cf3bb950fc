"""The nightly runs as Prefect 3 flows, for when there is a Prefect API to report to:
``PREFECT_API_URL`` set by the operator, or the deployment that ``cnbudget serve``
schedules. Each flow runs the same plain function as a run without Prefect
(flows/nightly.py), and ends in the run's honest state: FAILED when a source was
unreachable or too many documents failed (so that Prefect automations can fire on it),
CANCELLED when a scheduled run was skipped because it was late.

Only the run's own process talks to the API: documents are extracted in plain worker
processes (or on Dask) that never import Prefect, so ``--workers N`` adds no API and no
Prefect start-up per worker.

Import only after flows/runtime.configure_prefect.
"""
from __future__ import annotations

import asyncio
import logging
import os
import signal
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.runner import Runner
from prefect.states import Cancelled, Completed, Failed, State

from cnbudget.flows import nightly as core
from cnbudget.flows.report import DEFAULT_MAX_FAILED_SHARE

# A scheduled run that starts more than this late is skipped (CANCELLED), not caught
# up: after a pause, the next night's run covers everything, and a burst of missed runs
# would only harvest the same portals several times over.
DEFAULT_SKIP_LATE_AFTER = 3600.0
DEPLOYMENT_NAME = "cnbudget-nightly"


class RunFailed(Exception):
    """A run that ended FAILED (a FAILED state carries an exception); its result kept."""

    def __init__(self, message: str, result: dict) -> None:
        super().__init__(message)
        self.result = result


class _FailedRunWithoutTraceback(logging.Filter):
    """Prefect's engine logs a failed flow run's exception with its traceback. A run
    that ended FAILED on its own terms (RunFailed: a source down, documents failed) is
    expected, not a crash: its reasons are the message, and its log says the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], RunFailed):
            record.msg, record.args = f"run FAILED: {record.exc_info[1]}", ()
            record.exc_info = record.exc_text = None
        return True


for _name in ("prefect.flow_runs", "prefect.engine", "prefect.flow_engine"):
    logging.getLogger(_name).addFilter(_FailedRunWithoutTraceback())


def _state(result: dict) -> State:
    o = result["outcome"]
    if o["state"] == "FAILED":
        why = "; ".join(o["reasons"])
        return Failed(message=why, data=RunFailed(why, result))
    return Completed(message=f"exit code {o['exit_code']}", data=result)


def lateness() -> float:
    """Seconds between this flow run's scheduled start and now (0 for an ad-hoc run)."""
    from prefect.runtime import flow_run

    scheduled = flow_run.scheduled_start_time
    if scheduled is None:
        return 0.0
    return max(0.0, (datetime.now(timezone.utc) - scheduled).total_seconds())


@flow(name="nightly", persist_result=False)
def nightly(sources: str, data: str = "data", out: str | None = None, workers: int = 1,
            dask_address: str | None = None, dask_cluster_kwargs: dict | None = None,
            settings: dict | None = None, max_failed_share: float = DEFAULT_MAX_FAILED_SHARE,
            skip_late_after: float | None = None) -> State:
    """Harvest every source, extract what is new or changed, write the ``sources``
    dataset (flows/nightly.py, nightly_run)."""
    late = lateness()
    if skip_late_after is not None and late > skip_late_after:
        why = f"skipped: started {late / 60:.0f} min after its scheduled time (more than {skip_late_after:.0f} s)"
        get_run_logger().warning(why)
        return Cancelled(message=why)
    return _state(core.nightly_run(sources, data, out, workers=workers, dask_address=dask_address,
                                   dask_cluster_kwargs=dask_cluster_kwargs, settings=settings,
                                   max_failed_share=max_failed_share, console=False))


@flow(name="ingest", persist_result=False)
def ingest(paths: list[str], data: str = "data", out: str | None = None, workers: int = 1,
           dask_address: str | None = None, settings: dict | None = None,
           max_failed_share: float = DEFAULT_MAX_FAILED_SHARE) -> State:
    """Store PDFs already downloaded and extract what is pending (ingest_run)."""
    return _state(core.ingest_run(paths, data, out, workers=workers, dask_address=dask_address, settings=settings,
                                  max_failed_share=max_failed_share, console=False))


FLOWS = {"nightly": nightly, "ingest": ingest}


def _quiet_cancelled(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    """The event loop's error handler while serving: stopping (SIGTERM, Ctrl-C) cancels the
    runner's open control-channel connections, and Python 3.11's stream callback then reports
    each CancelledError as an error with a traceback. A cancelled task is the stop itself, not
    a fault; everything else is reported as asyncio always does."""
    if isinstance(context.get("exception"), asyncio.CancelledError):
        return
    loop.default_exception_handler(context)


async def _run_runner(runner: Runner) -> None:
    asyncio.get_running_loop().set_exception_handler(_quiet_cancelled)
    await runner.start()


class _Runner(Runner):
    """Prefect's runner, whose SIGTERM handler is cnbudget's: the same clean exit as
    Ctrl-C (runs stopped, the server stopped, exit code 0), not its own sys.exit."""

    def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
        from .runtime import Terminated

        raise Terminated(signal.SIGTERM)


def run_flow(name: str, **parameters: Any) -> dict:
    """Run a flow in this process; the run's result (whatever its final state), or the
    exception that ended it."""
    state = FLOWS[name](**parameters, return_state=True)
    result = state.result(raise_on_failure=False)
    if isinstance(result, RunFailed):
        return result.result
    if isinstance(result, BaseException):
        raise result
    return result


def cancel_missed_runs(deployment: str, older_than: float) -> int:
    """Cancel the deployment's scheduled runs due more than older_than seconds ago (runs
    missed while `serve` was not running), before its runner can start them all at
    once; how many."""
    from prefect import get_client
    from prefect.client.schemas.filters import (FlowRunFilter, FlowRunFilterDeploymentId,
                                                FlowRunFilterExpectedStartTime, FlowRunFilterState,
                                                FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType
    from prefect.exceptions import ObjectNotFound

    cutoff = datetime.now(timezone.utc) - timedelta(seconds=older_than)
    with get_client(sync_client=True) as client:
        try:
            dep = client.read_deployment_by_name(deployment)
        except ObjectNotFound:
            return 0
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(
            deployment_id=FlowRunFilterDeploymentId(any_=[dep.id]),
            state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED])),
            expected_start_time=FlowRunFilterExpectedStartTime(before_=cutoff)))
        for run in runs:
            client.set_flow_run_state(run.id, Cancelled(message="skipped: missed while cnbudget serve was not running"),
                                      force=True)
    return len(runs)


def serve(sources: str | os.PathLike, data: str | os.PathLike = "data", out: str | os.PathLike | None = None, *,
          cron: str = "0 2 * * *", workers: int = 1, dask_address: str | None = None, name: str = DEPLOYMENT_NAME,
          api_port: int = 4200, ui: bool = False, settings: dict | None = None,
          max_failed_share: float = DEFAULT_MAX_FAILED_SHARE, skip_late_after: float = DEFAULT_SKIP_LATE_AFTER,
          echo=print) -> None:
    """Serve the nightly flow as a scheduled deployment (blocks until stopped): at most
    one run at a time (deployment concurrency limit 1, a colliding run cancelled), late
    runs skipped. Schedules need a Prefect server: PREFECT_API_URL's, or else one started
    here on 127.0.0.1:api_port (with its UI when ui) with its state in PREFECT_HOME."""
    from contextlib import nullcontext

    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.deployments.runner import EntrypointType
    from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL, temporary_settings

    from .runtime import local_prefect_server, prefect_api_url, server_pids, stop_descendants

    params = {"sources": str(Path(sources).resolve()), "data": str(Path(data).resolve()),
              "out": str(Path(out).resolve()) if out else None, "workers": workers, "dask_address": dask_address,
              "settings": settings, "max_failed_share": max_failed_share, "skip_late_after": skip_late_after}
    own = prefect_api_url()
    with (nullcontext(own) if own else local_prefect_server(api_port, ui=ui, log=Path(data) / "logs" / "prefect-server.log")) as api:
        updates: dict = {PREFECT_API_URL: api}
        if not own and not ui:  # no UI: no "View at" links to a page that does not exist
            updates[PREFECT_UI_URL] = ""
            os.environ["PREFECT_UI_URL"] = ""
        os.environ["PREFECT_API_URL"] = api  # the runs' processes report to this one API
        with temporary_settings(updates=updates):
            deployment = nightly.to_deployment(
                name=name, cron=cron, parameters=params, entrypoint_type=EntrypointType.MODULE_PATH,
                concurrency_limit=ConcurrencyLimitConfig(limit=1,
                                                         collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW))
            skipped = cancel_missed_runs(f"nightly/{name}", skip_late_after)
            echo(f"serving deployment 'nightly/{name}' on schedule '{cron}' (at most one run at a time"
                 + (f"; {skipped} missed run(s) skipped" if skipped else "") + ")")
            echo(f"Prefect API: {api}" + (f"; UI: {api.removesuffix('/api')}" if ui and not own else ""))
            echo(f"run it now: PREFECT_API_URL={api} prefect deployment run 'nightly/{name}'")
            echo(f"run logs and records: {Path(data).resolve() / 'logs'}/")
            runner = _Runner(limit=1, pause_on_shutdown=False)
            runner.add_deployment(deployment)
            try:
                asyncio.run(_run_runner(runner))
            finally:  # a run still going (SIGTERM, Ctrl-C): its process and workers end before the server
                stop_descendants(keep=set(server_pids))
