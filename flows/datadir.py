"""The data directory of the nightly harvest: where things live in it, the lock that
keeps two cnbudget processes from writing into it together, and the clean-up of what a
killed process may have left half-written.

Layout (``--data DIR``)::

    DIR/manifest.sqlite          URLs, blobs, listing pages, processed versions
    DIR/raw/<sha[:2]>/<sha>.pdf  the documents, content-addressed
    DIR/parquet/                 the Parquet datasets (unless --out says otherwise)
    DIR/logs/                    one log and one JSON record per run
    DIR/.lock                    held by the process harvesting or ingesting into DIR
    DIR/.prefect/                Prefect's own state (only when `serve` starts a server)

What a killed process leaves half-written is cleaned by its owners under the lock: a
download's ``.part`` files by harvest/store.py, a publish by flows/publish.py (journal).

The lock (``DataDirLock``, an advisory ``flock`` that the kernel releases whenever its
holder exits, even killed) is datasets/lock.py's, shared with the datasets' own write lock
and imported here for the flows; where the raw store keeps a document is harvest/store.py's
``raw_path``.
"""
from __future__ import annotations

import os
from pathlib import Path

from cnbudget.datasets.lock import LOCK_FILE, DataDirLock, DataDirLocked

__all__ = ["MANIFEST", "LOCK_FILE", "LOGS", "data_paths", "DataDirLock", "DataDirLocked"]

MANIFEST = "manifest.sqlite"
LOGS = "logs"


def data_paths(data: str | os.PathLike, out: str | os.PathLike | None = None) -> tuple[Path, Path, Path]:
    """(data dir, manifest path, Parquet output root)."""
    d = Path(data)
    return d, d / MANIFEST, Path(out) if out else d / "parquet"
