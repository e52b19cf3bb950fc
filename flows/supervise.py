"""Supervised worker processes for documents: whatever a document does, the batch goes on.

Each document is extracted and normalized in a worker process of a ``pebble.ProcessPool``
(``Supervisor``), with ``--workers 1`` too: only a process can be stopped at any point,
as no alarm interrupts C code (PDFium, zlib, OpenCV) and no memory limit can be put on
one document inside a shared process. pebble gives what ``concurrent.futures`` lacks: a
timeout per task after which the worker is killed and replaced (loky and the standard
pool have none, and one dead worker breaks their whole pool), and a worker that dies
fails only its own task.

- time: ``limits.document_seconds`` per document (pebble's task timeout);
- memory: a thread in each worker watches its resident memory every 50 ms and ends
  the process past ``limits.memory_mb`` (exit code ``MEMORY_EXIT``);
- page time: an alarm inside the worker (extractors/limits.py), so that one slow page
  costs that page only;
- a worker dies with its parent (PR_SET_PDEATHSIG on Linux), and is replaced after
  ``limits.documents_per_worker`` documents.

A worker is forked straight from this process when that is safe (``_fork_is_safe``: no
other Python thread, no Prefect, no OCR engine loaded): the pipeline this process has
already imported comes for free, which is most of what one `cnbudget extract` of a
single document costs. Otherwise (a progress bar, Prefect, the pool's own threads when
a worker is replaced) it is forked from a forkserver that has already imported the
pipeline, so a replacement costs a fork, not an interpreter start, and never inherits
the parent's threads. Where no worker process can be started (inside a
daemonic process such as a Dask worker) documents run in-process, under the page
limit only when that is the main thread.
"""
from __future__ import annotations

import atexit
import concurrent.futures as cf
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from typing import Any, Callable

from concurrent.futures.process import BrokenProcessPool

from cnbudget.extractors.settings import LimitSettings

log = logging.getLogger(__name__)

MEMORY_EXIT = 86  # a worker's exit code when its memory watch ended it
_WATCH_SECONDS = 0.05
_PRELOAD = ["cnbudget.flows.pipeline", "cnbudget.flows.dispatch", "psutil"]  # psutil: the memory watch


class DocumentLost(Exception):
    """The worker of a document was stopped or died; ``stage`` and ``str(e)`` say why."""

    def __init__(self, stage: str, reason: str):
        super().__init__(reason)
        self.stage = stage


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the worker ends when its task channel closes


def _watch_memory(limit_bytes: int) -> None:
    import psutil

    me = psutil.Process()
    while True:
        if me.memory_info().rss > limit_bytes:
            os._exit(MEMORY_EXIT)
        time.sleep(_WATCH_SECONDS)


def init_worker(memory_mb: int) -> None:
    """Initializer of every worker process: memory watch, death with the parent, and a
    garbage collector for a process that makes many short-lived objects (a page's
    characters are tens of thousands of dicts): what it inherited (the imported pipeline)
    is frozen out of collections, and the youngest objects are collected every 10,000
    allocations instead of 700. On the corpus that takes the collector's share of a
    worker's CPU from ~7% to ~2%."""
    _die_with_parent()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    threading.Thread(target=_watch_memory, args=(memory_mb << 20,), name="memory-watch", daemon=True).start()


# Libraries whose threads or state a forked worker would inherit and could use half-done
# (Prefect's log handlers and event loops, an OCR engine's thread pools): once one is
# loaded, workers start from the forkserver.
_NO_FORK_AFTER = ("prefect", "onnxruntime", "cv2")


def _fork_is_safe() -> bool:
    """Whether a worker may be forked from this process: the calling thread is its only
    Python thread and no library of _NO_FORK_AFTER is loaded. The threads numpy's
    OpenBLAS and pyarrow's jemalloc start are fork-aware (pthread_atfork), and a worker
    never uses Arrow."""
    return threading.active_count() == 1 and not any(m in sys.modules for m in _NO_FORK_AFTER)


class _WorkerContext:
    """The forkserver context (spawn where there is none), whose processes are forked
    straight from this process when that is safe (see the module's docstring).
    Pipes and locks always come from the forkserver context, so that a worker of either
    kind can use them."""

    def __init__(self):
        try:
            self._server = multiprocessing.get_context("forkserver")
            self._server.set_forkserver_preload(_PRELOAD)
        except ValueError:  # no forkserver on this platform
            self._server = multiprocessing.get_context("spawn")
        methods = multiprocessing.get_all_start_methods()
        self._fork = multiprocessing.get_context("fork") if "fork" in methods else None

    def Process(self, *args, **kwargs):  # noqa: N802 - multiprocessing's name
        ctx = self._fork if self._fork is not None and _fork_is_safe() else self._server
        return ctx.Process(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._server, name)


def _context():
    return _WorkerContext()


def over_time(limits: LimitSettings) -> DocumentLost:
    """A document past its time limit."""
    return DocumentLost("limit", f"time limit: {limits.document_seconds:g} s per document exceeded "
                                 "(its worker process was stopped)")


def _lost(exc: BaseException, limits: LimitSettings) -> DocumentLost:
    from pebble import ProcessExpired

    if isinstance(exc, cf.TimeoutError):
        return over_time(limits)
    if isinstance(exc, ProcessExpired):
        if exc.exitcode == MEMORY_EXIT:
            return DocumentLost("limit", f"memory limit: {limits.memory_mb} MiB per document exceeded "
                                         "(its worker process was stopped)")
        how = (f"signal {signal.Signals(-exc.exitcode).name}" if exc.exitcode and exc.exitcode < 0
               and -exc.exitcode in signal.Signals._value2member_map_ else f"exit code {exc.exitcode}")
        return DocumentLost("crash", f"the worker process reading it died ({how})")
    return DocumentLost("crash", f"worker failed: {type(exc).__name__}: {str(exc)[:160]}")


def _run_inline(fn: Callable, args: tuple) -> cf.Future:
    fut: cf.Future = cf.Future()
    try:
        fut.set_result(fn(*args))
    except Exception as e:  # noqa: BLE001 - becomes the document's crash
        fut.set_exception(e)
    return fut


class Supervisor:
    """Runs ``fn(*args)`` per document in supervised workers; ``result(future)`` returns
    its value or raises DocumentLost."""

    def __init__(self, workers: int, limits: LimitSettings):
        """workers = 0 runs every document in the calling process (debugging, tests that
        patch the pipeline): the page limit holds there in a main thread, the others not."""
        self.limits = limits
        self.pool = None
        self.workers = 0  # worker processes (0: documents run in this process)
        self._calls: dict[cf.Future, tuple[Callable, tuple]] = {}
        if workers <= 0 or multiprocessing.current_process().daemon:
            return  # daemonic processes cannot have children: run in-process
        self.workers = workers
        import psutil  # noqa: F401 - the workers' memory watch: imported once here, inherited by forked workers
        from pebble import ProcessPool

        self.pool = ProcessPool(max_workers=workers, max_tasks=limits.documents_per_worker,
                                initializer=init_worker, initargs=(limits.memory_mb,), context=_context())

    def submit(self, fn: Callable, *args: Any, timeout: float | None = None) -> cf.Future:
        """fn(*args) in a worker, stopped after ``timeout`` seconds (default: the
        document limit)."""
        if self.pool is not None:
            fut = self.pool.schedule(fn, args=args, timeout=timeout or self.limits.document_seconds)
            self._calls[fut] = (fn, args)
            return fut
        return _run_inline(fn, args)

    def cancel(self, fut: cf.Future) -> None:
        """Drop a task: never started, or its worker stopped (and replaced)."""
        self._calls.pop(fut, None)
        fut.cancel()

    def result(self, fut: cf.Future):
        call = self._calls.pop(fut, None)
        try:
            return fut.result()
        except BrokenProcessPool as e:
            # the pool itself broke (its workers cannot start: a __main__ that cannot be
            # imported again, a sandbox without fork); not this document's doing
            if self.pool is not None:
                log.warning("document worker processes unavailable (%s); documents run in-process, "
                            "without time and memory limits", e)
                self.pool.stop()
                self.pool = None
                self.workers = 0
            if call is None:
                raise _lost(e, self.limits) from None
            fut = _run_inline(*call)
        except Exception as e:  # noqa: BLE001 - every way a worker can fail, see _lost
            raise _lost(e, self.limits) from None
        try:
            return fut.result()
        except Exception as e:  # noqa: BLE001
            raise _lost(e, self.limits) from None

    def close(self, *, now: bool = False) -> None:
        if self.pool is not None:
            if now:
                self.pool.stop()
            else:
                self.pool.close()
            self.pool.join()
            self.pool = None

    def __enter__(self) -> "Supervisor":
        return self

    def __exit__(self, exc_type, *_) -> None:
        self.close(now=exc_type is not None)  # Ctrl-C or an error: stop the workers at once


_shared: dict[LimitSettings, Supervisor] = {}
_shared_lock = threading.Lock()


def shared_supervisor(limits: LimitSettings) -> Supervisor:
    """One single-worker supervisor per process and limits, for callers that hand over
    one document at a time (``pipeline.process_file`` in the nightly flow's tasks)."""
    with _shared_lock:
        sup = _shared.get(limits)
        if sup is None:
            if not _shared:
                atexit.register(_close_shared)
            sup = _shared[limits] = Supervisor(1, limits)
        return sup


def _close_shared() -> None:
    for sup in _shared.values():
        sup.close(now=True)
    _shared.clear()
