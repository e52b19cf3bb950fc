"""Prefect's runtime for cnbudget: local and silent defaults, and a local server when a
schedule needs one.

Prefect reads most of its settings when it is first imported, so ``configure_prefect``
must run before anything imports ``prefect`` (the CLI calls it before importing
flows/nightly.py). Nothing here changes the environment at import time.

Defaults (an operator's own environment always wins): Prefect's state under
``<data>/.prefect`` unless ``PREFECT_HOME`` is set; with no ``PREFECT_API_URL``, an
ephemeral API on 127.0.0.1 started on demand; telemetry, analytics, the UI and logging
to the API off.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",  # client-side telemetry
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # server-side telemetry
    "PREFECT_SERVER_EPHEMERAL_ENABLED": "true",  # no PREFECT_API_URL: local API on 127.0.0.1
    "PREFECT_UI_ENABLED": "false",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def configure_prefect(data: str | os.PathLike | None = None) -> None:
    """Set Prefect's local defaults (and its home under DATA/.prefect when data is given)
    in this process's environment, where the operator has not set them. Call before
    Prefect is imported."""
    if data is not None:
        os.environ.setdefault("PREFECT_HOME", str((Path(data) / ".prefect").resolve()))
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    if os.environ.get("PREFECT_HOME"):  # Prefect creates the leaf folder only
        os.makedirs(os.path.expanduser(os.environ["PREFECT_HOME"]), exist_ok=True)


@contextmanager
def prefect_runtime() -> Iterator[None]:
    """Settings for one local run: with no API server configured, no flow-run heartbeats
    (they only serve a server's crash detection and cost a second per flow run)."""
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if PREFECT_API_URL.value():
        yield
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


@contextmanager
def local_prefect_server(port: int = 4200, timeout: float = 180) -> Iterator[str]:
    """A Prefect server (with its scheduler) on 127.0.0.1:port as a child process, for as
    long as the context lasts; its API URL. The ephemeral API cannot run schedules."""
    import httpx

    api = f"http://127.0.0.1:{port}/api"
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "WARNING"],
                            env={**os.environ, "PREFECT_API_URL": ""})
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the Prefect server exited with code {proc.returncode} (port {port} in use?)")
            try:
                if httpx.get(f"{api}/health", timeout=2, trust_env=False).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect server did not start within {timeout:.0f} s")
            time.sleep(0.5)

        def stop(signum, frame):  # the runner does not always give way to Ctrl-C / SIGTERM
            proc.terminate()
            try:
                proc.wait(timeout=15)
            finally:
                os._exit(128 + signum)

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield api
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
