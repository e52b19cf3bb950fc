"""What a run leaves behind for an operator, whoever started it (the command line, a
schedule, a Prefect deployment run): ``DATA/logs/<command>-<UTC time>-<pid>.log`` with
its log lines and summary, and ``…json`` beside it with its record (parameters, state,
exit code, reasons, summary). Log lines go to the logger ``cnbudget``; on the console
they are printed by this module (plain runs) or by Prefect's own handlers inside a
Prefect flow run (``PREFECT_LOGGING_EXTRA_LOGGERS=cnbudget``, see flows/runtime.py),
which also send them to the Prefect API."""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from .datadir import LOGS

LOGGER = "cnbudget"
FORMAT = "%(asctime)s %(levelname)-7s %(message)s"


def run_logger() -> logging.Logger:
    """The logger of the flows (its records reach the run's log file and console)."""
    return logging.getLogger(LOGGER + ".run")


def _utc(t: float) -> str:
    return datetime.fromtimestamp(t, timezone.utc).replace(microsecond=0).isoformat()


class RunLog:
    """One run's log file and record, for a ``with`` block. ``console``: also print the
    log lines on stderr (off inside a Prefect flow run, whose handlers print them).
    ``on_failure(record)`` is called when the run ends FAILED or CRASHED."""

    def __init__(self, data: str | os.PathLike, command: str, params: dict[str, Any] | None = None, *,
                 console: bool = True, on_failure: Callable[[dict], None] | None = None) -> None:
        self.command = command
        self.params = params or {}
        self.console = console
        self.on_failure = on_failure
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        self.folder = Path(data) / LOGS
        self.path = self.folder / f"{command}-{stamp}-{os.getpid()}.log"
        self.record_path = self.path.with_suffix(".json")
        self.started = time.time()
        self.record: dict[str, Any] | None = None
        self._handlers: list[logging.Handler] = []

    def __enter__(self) -> "RunLog":
        self.folder.mkdir(parents=True, exist_ok=True)
        logger = logging.getLogger(LOGGER)
        logger.setLevel(logging.INFO)
        fh = logging.FileHandler(self.path, encoding="utf-8")
        fh.setFormatter(logging.Formatter(FORMAT))
        self._handlers.append(fh)
        if self.console:
            ch = logging.StreamHandler(sys.stderr)
            ch.setFormatter(logging.Formatter("%(message)s"))
            self._handlers.append(ch)
        for h in self._handlers:
            logger.addHandler(h)
        run_logger().info("%s run started; log %s", self.command, self.path)
        return self

    def summary(self, lines: list[str]) -> None:
        """A run's closing summary: into its log file; on the console only inside a
        Prefect flow run (a plain run's caller prints it on stdout)."""
        if self.console:
            for line in lines:
                self._handlers[0].handle(logging.makeLogRecord(
                    {"name": LOGGER + ".run", "levelno": logging.INFO, "levelname": "INFO", "msg": line}))
        else:
            for line in lines:
                run_logger().info("%s", line)

    def finish(self, state: str, exit_code: int, reasons: list[str], summary: dict | None = None) -> dict:
        """Write the run's record (call once, at its end); the record."""
        ended = time.time()
        self.record = {"command": self.command, "state": state, "exit_code": exit_code, "reasons": reasons,
                       "started_at": _utc(self.started), "ended_at": _utc(ended),
                       "seconds": round(ended - self.started, 3), "pid": os.getpid(), "log": str(self.path),
                       "parameters": self.params, "summary": summary}
        tmp = self.record_path.with_name(f".{self.record_path.name}.tmp")
        tmp.write_text(json.dumps(self.record, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        os.replace(tmp, self.record_path)
        if state in ("FAILED", "CRASHED") and self.on_failure is not None:
            self.on_failure(self.record)
        return self.record

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if self.record is None:  # ended by an exception: still leave a record
                if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
                    from .report import ExitCode

                    code = getattr(exc, "exit_code", ExitCode.INTERRUPTED)
                    run_logger().warning("%s run interrupted", self.command)
                    self.finish("INTERRUPTED", int(code), ["interrupted"])
                elif exc_type is not None:
                    run_logger().error("%s run crashed: %s: %s", self.command, exc_type.__name__, exc)
                    self.finish("CRASHED", 1, [f"{exc_type.__name__}: {exc}"])
        finally:
            logger = logging.getLogger(LOGGER)
            for h in self._handlers:
                logger.removeHandler(h)
                h.close()
