"""Run one benchmark method in a fresh interpreter (spawn: nothing imported, nothing
cached) and report its result with the process's peak resident memory."""
from __future__ import annotations

import multiprocessing as mp
import resource


def _child(fn, args, queue) -> None:
    result = fn(*args)
    queue.put((result, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def run_fresh(fn, *args):
    """(fn(*args), peak KiB) from a spawned process; fn must be importable by name."""
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_child, args=(fn, args, q))
    p.start()
    result = q.get()
    p.join()
    return result
