"""An exclusive lock on a folder, for a ``with`` block: the data directory's lock that keeps
two cnbudget processes from harvesting or ingesting into one ``--data DIR`` together
(``DIR/.lock``, flows/datadir.py), and the write lock of a datasets folder (``OUT/.write.lock``,
layout.py). It lives here, beside the datasets' files, so that datasets/ needs nothing of flows/.

The lock is an advisory ``flock`` on a file in the folder (standard library, no dependency):
the kernel releases it when its holder exits in any way, even killed, so a stale lock can
never block the next night. The holder writes its pid and command into the file, for the
message the second process prints.
"""
from __future__ import annotations

import errno
import os
import time
from datetime import datetime, timezone
from pathlib import Path

LOCK_FILE = ".lock"


class DataDirLocked(RuntimeError):
    """Another process holds the data directory; the message says which."""


class DataDirLock:
    """An exclusive, non-blocking lock on a data directory, for a ``with`` block."""

    def __init__(self, data: str | os.PathLike, command: str = "cnbudget", *, lock_file: str = LOCK_FILE,
                 wait_seconds: float = 0) -> None:
        self.data = Path(data)
        self.path = self.data / lock_file  # another name: another lock in the same folder
        self.command = command
        self.wait_seconds = wait_seconds  # 0: refused at once while held; else retried this long
        self._fd: int | None = None

    def acquire(self) -> "DataDirLock":
        self.data.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            self._flock(fd)
        except OSError as e:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            os.close(fd)
            if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise DataDirLocked(f"data directory {self.data} is in use by another cnbudget process"
                                    + (f" ({holder})" if holder else "") + "; try again when it has finished") from None
            raise
        started = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, {self.command}, since {started}".encode(), 0)
        self._fd = fd
        return self

    def _flock(self, fd: int) -> None:
        import fcntl

        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                return fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                    raise
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None

    def __enter__(self) -> "DataDirLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
