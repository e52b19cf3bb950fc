"""The process around a run: Prefect's settings, the local Prefect server that `serve`
starts, and what Ctrl-C and SIGTERM do.

Prefect is used only where there is an API to report to: ``PREFECT_API_URL`` set by the
operator, or the server that ``cnbudget serve`` starts (schedules need one). A plain
``cnbudget harvest`` does not import Prefect at all (flows/nightly.py), so it pays for
no server start-up. Prefect reads most of its settings when it is first imported, so
``configure_prefect`` must run before anything imports ``prefect``. Nothing here changes
the environment at import time.

Defaults (an operator's own environment always wins): Prefect's state under
``<data>/.prefect`` unless ``PREFECT_HOME`` is set; telemetry and analytics off; log
lines at INFO, the ``cnbudget`` logger's included, sent to the API inside flow runs; no
ephemeral server started behind anyone's back (``PREFECT_SERVER_EPHEMERAL_ENABLED`` off:
a Prefect call without an API is a bug to see, not 10 s to pay).
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",  # client-side telemetry
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # server-side telemetry
    "PREFECT_SERVER_EPHEMERAL_ENABLED": "false",
    "PREFECT_UI_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "INFO",
    "PREFECT_LOGGING_TO_API_ENABLED": "true",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "cnbudget",  # the runs' own log lines reach the API and the console
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
}


def configure_prefect(data: str | os.PathLike | None = None) -> None:
    """Set Prefect's defaults (and its home under DATA/.prefect when data is given) in
    this process's environment, where the operator has not set them. Call before
    Prefect is imported."""
    if data is not None:
        os.environ.setdefault("PREFECT_HOME", str((Path(data) / ".prefect").resolve()))
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    if os.environ.get("PREFECT_HOME"):  # Prefect creates the leaf folder only
        os.makedirs(os.path.expanduser(os.environ["PREFECT_HOME"]), exist_ok=True)


def prefect_api_url() -> str | None:
    """The Prefect API runs report to, or None: Prefect's own setting once Prefect is
    imported (a test harness sets it there), else the environment's."""
    if "prefect.settings" in sys.modules:
        from prefect.settings import PREFECT_API_URL

        return PREFECT_API_URL.value() or None
    return os.environ.get("PREFECT_API_URL") or None


# --------------------------------------------------------------------------- signals


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread like Ctrl-C so that the same clean-up runs
    (workers stopped, child servers stopped, the data directory unlocked, the run's
    record written); exit_code says which signal it was."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.exit_code = 128 + signum


_children: list[subprocess.Popen] = []
server_pids: set[int] = set()  # child servers, stopped last (the runs report to them)


def _stop_children() -> None:
    for proc in _children:
        if proc.poll() is None:
            proc.terminate()


def install_signal_handlers() -> None:
    """Ctrl-C and SIGTERM end the command cleanly: the first raises (Terminated, a
    KeyboardInterrupt) in the main thread, so every ``with`` block unwinds; a second one
    while that clean-up runs stops the child servers and exits at once, quietly, with
    the code of the signal."""

    def first(signum, frame):
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, again)
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated(signum)

    def again(signum, frame):
        _stop_children()
        stop_descendants(timeout=3)
        try:
            sys.stderr.write("cnbudget: stopped\n")
            sys.stderr.flush()
        finally:
            os._exit(128 + signum)

    signal.signal(signal.SIGINT, first)
    signal.signal(signal.SIGTERM, first)


def _child_pids(pid: int) -> list[int]:
    """The processes whose parent is pid (Linux /proc; none elsewhere)."""
    kids = []
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(entry.parent.name))
    return kids


def stop_descendants(keep: set[int] = frozenset(), timeout: float = 10.0) -> int:
    """Terminate this process's children and theirs (flow runs a runner started, their
    extraction workers), except those in keep and below them; then kill what is left
    after timeout. How many were signalled."""
    todo, found = [os.getpid()], []
    while todo:
        for kid in _child_pids(todo.pop()):
            if kid not in keep:
                found.append(kid)
                todo.append(kid)
    for pid in found:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + timeout
    alive = list(found)
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in alive if Path(f"/proc/{p}").exists() and not _is_zombie(p)]
    for pid in alive:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return len(found)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def _die_with_parent() -> None:  # in the child, before exec
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops it, in order
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


# --------------------------------------------------------------------------- local server


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers bind: TIME_WAIT is no conflict
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


@contextmanager
def local_prefect_server(port: int = 4200, *, ui: bool = False, log: Path, timeout: float = 180) -> Iterator[str]:
    """A Prefect server (with its scheduler, and its UI when ui) on 127.0.0.1:port as a
    child process, for as long as the context lasts; its API URL. Its own output goes to
    the file log. The child is stopped on the way out, and by the kernel if this process
    dies first."""
    import httpx

    if not port_is_free(port):
        raise RuntimeError(f"port {port} on 127.0.0.1 is in use (choose another with --api-port)")
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_API_URL": "", "PREFECT_UI_ENABLED": "true" if ui else "false",
           # the API the UI's page calls: this server's (Prefect's default is port 4200, whatever --port says)
           "PREFECT_UI_API_URL": os.environ.get("PREFECT_UI_API_URL") or api,
           "PREFECT_SERVER_LOGGING_LEVEL": os.environ.get("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")}
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:  # its banner and warnings, out of the operator's console
        proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                 "--port", str(port), "--log-level", "WARNING"] + ([] if ui else ["--no-ui"]),
                                env=env, preexec_fn=_die_with_parent, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT)
    _children.append(proc)
    server_pids.add(proc.pid)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the Prefect server exited with code {proc.returncode} (see {log})")
            try:
                if httpx.get(f"{api}/health", timeout=2, trust_env=False).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect server did not start within {timeout:.0f} s (see {log})")
            time.sleep(0.3)
        yield api
    finally:
        server_pids.discard(proc.pid)
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        _children.remove(proc)
