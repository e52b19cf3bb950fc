"""The raw documents, content-addressed: ``ROOT/raw/<sha[:2]>/<sha>.pdf``. Bytes are
written to a temporary file in ``ROOT/tmp`` (the same file system) and renamed into
place once complete, so a reader never sees a partial document and the same bytes are
stored once.

A temporary file is named after the process writing it (``<pid>-….part``). A process
killed mid-download leaves one behind: opening the store removes every ``.part`` file
whose process is gone (or that is older than a day, should its pid have been reused),
and never one that a live process is still writing."""
from __future__ import annotations

import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from cnbudget.schemas.identifiers import doc_id_hasher

CHUNK = 64 * 1024  # bytes copied at a time
PART_SUFFIX = ".part"
STALE_PART_SECONDS = 24 * 3600  # a .part file this old is abandoned whatever its pid says


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def raw_path(root: str | os.PathLike, sha: str) -> Path:
    """Where the store under ``root`` keeps the document ``sha`` (it may not be there): the
    report finds the PDF of a page this way, without opening the store."""
    return Path(root) / "raw" / sha[:2] / f"{sha}.pdf"


class BlobStore:
    """Raw documents, content-addressed: ``ROOT/raw/<sha[:2]>/<sha>.pdf``."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.raw = self.root / "raw"
        self.tmp = self.root / "tmp"
        self.raw.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.removed_parts = self.clean_partial()

    def clean_partial(self) -> int:
        """Remove the temporary files of downloads that will never finish (their process
        is gone); the number removed."""
        removed = 0
        now = time.time()
        for part in self.tmp.glob(f"*{PART_SUFFIX}"):
            pid = part.name.split("-", 1)[0]
            try:
                abandoned = (not pid.isdigit() or not _alive(int(pid))
                             or now - part.stat().st_mtime > STALE_PART_SECONDS)
                if abandoned:
                    part.unlink()
                    removed += 1
            except FileNotFoundError:  # its writer just finished or removed it
                continue
        return removed

    def path(self, sha: str) -> Path:
        return raw_path(self.root, sha)

    def has(self, sha: str | None) -> bool:
        return bool(sha) and self.path(sha).is_file()

    @contextmanager
    def writer(self) -> Iterator[tuple[Any, Path]]:
        """A temporary file in the store (same file system, so the rename is atomic);
        removed unless committed."""
        fd, name = tempfile.mkstemp(dir=self.tmp, prefix=f"{os.getpid()}-", suffix=PART_SUFFIX)
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as f:
                yield f, tmp
        finally:
            if tmp.exists():
                tmp.unlink()

    def commit(self, tmp: Path, sha: str) -> Path:
        """Move a fully written temporary file to its content address."""
        dest = self.path(sha)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():  # the same bytes are already stored
            tmp.unlink()
        else:
            os.replace(tmp, dest)
        return dest

    def add_file(self, path: str | os.PathLike) -> tuple[str, int]:
        """Copy a local file into the store (atomically); its sha256 and size."""
        h = doc_id_hasher()
        size = 0
        with self.writer() as (f, tmp), open(path, "rb") as src:
            while chunk := src.read(CHUNK):
                h.update(chunk)
                f.write(chunk)
                size += len(chunk)
            f.flush()
            os.fsync(f.fileno())
            sha = h.hexdigest()
            self.commit(tmp, sha)
        return sha, size
