"""Where the published rows lie under an output root, and how that changes safely.

Every dataset keyed by document (``PER_DOCUMENT``: all but ``sources``) is a folder of
plain Parquet files, read with the contract's expression
``read_parquet('OUT/<dataset>/**/*.parquet', hive_partitioning=true, union_by_name=true)``::

    OUT/<dataset>/_empty.parquet                    no rows: the dataset's columns
    OUT/<dataset>/<doc_id>.parquet                  a document published since the last compaction
    OUT/<dataset>/compacted/fy2024-0001.parquet     a compacted group: up to N documents of one
                                                    fiscal year (fyunknown-…: no year)

A document's rows are in exactly one place at a time: its own file, or the compacted group
that ``documents/compacted/<group>.parquet`` puts it in. The group files are plain files
in a plain folder, not ``fiscal_year=2024/`` hive folders: hive folders beside
per-document files make DuckDB's hive reading fail, and a hive value would add a column to
datasets that have none (cells) and retype fiscal_year; each group file holds its
fiscal_year column itself, and DuckDB skips the files of other years by their statistics.

Every change is made by one writer at a time (``writing``: an flock on
``OUT/.write.lock``, waited for), as a *plan* of removals and renames of files written
beforehand under temporary names (``.<name>.<pid>-<random>.tmp``, which no ``*.parquet``
glob matches). The plan is saved as a journal (``OUT/.publish/*.json``) before it is
carried out and deleted after; a writer killed half-way leaves the journal, and the next
writer — or reader, through ``settle`` — carries it out again (``recover``). Temporary
files no journal names are then removed: every writer holds the lock, so their writer is
gone.
"""
from __future__ import annotations

import json
import os
import re
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pyarrow.parquet as pq

from cnbudget.schemas.contract import DATASETS

from .lock import DataDirLock, DataDirLocked

# The datasets whose rows belong to one document each (sources are per portal).
PER_DOCUMENT: tuple[str, ...] = tuple(n for n in DATASETS if n != "sources")
# Written once per dataset folder, so that a glob over a dataset with no rows yet still
# finds a file with its columns.
EMPTY_FILE = "_empty.parquet"
COMPACTED_DIR = "compacted"
JOURNAL_DIR = ".publish"
LOCK_FILE = ".write.lock"
TMP_SUFFIX = ".tmp"
_GROUP = re.compile(r"^fy(-?\d+|unknown)-(\d+)$")

Step = Callable[[str, str], None]  # (what, path): called before each change of a plan


# --------------------------------------------------------------------------- names


def document_file(out: Path, dataset: str, doc_id: str) -> Path:
    return out / dataset / f"{doc_id}.parquet"


def group_file(out: Path, dataset: str, group: str) -> Path:
    return out / dataset / COMPACTED_DIR / f"{group}.parquet"


def group_name(fiscal_year: int | None, number: int) -> str:
    return f"fy{'unknown' if fiscal_year is None else int(fiscal_year)}-{number:04d}"


def parse_group(name: str) -> tuple[int | None, int] | None:
    """(fiscal year, number) of a group name; None for another name."""
    m = _GROUP.match(name)
    if not m:
        return None
    return (None if m[1] == "unknown" else int(m[1])), int(m[2])


def tmp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{TMP_SUFFIX}")


def document_files(out: Path, dataset: str) -> dict[str, Path]:
    """doc_id -> its own file, for the documents of a dataset not yet compacted."""
    folder = out / dataset
    found = {}
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return found
    for e in entries:
        if e.name.endswith(".parquet") and e.name[0] not in "_." and e.is_file():
            found[e.name[: -len(".parquet")]] = Path(e.path)
    return found


def group_files(out: Path, dataset: str) -> dict[str, Path]:
    """group -> its file in one dataset."""
    folder = out / dataset / COMPACTED_DIR
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in folder.glob("*.parquet") if parse_group(p.stem)}


# --------------------------------------------------------------------------- which group holds a document

_members: dict[Path, tuple[tuple, list[str]]] = {}  # group file -> (its stat, its doc_ids)
_members_guard = threading.Lock()


def grouped_documents(out: Path) -> dict[str, str]:
    """doc_id -> the compacted group holding its rows (the documents group files say; each
    file's doc_ids are kept in memory until the file changes)."""
    found: dict[str, str] = {}
    for group, path in group_files(out, "documents").items():
        st = path.stat()
        key = (st.st_ino, st.st_size, st.st_mtime_ns)
        with _members_guard:
            cached = _members.get(path)
        if cached is None or cached[0] != key:
            ids = pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist()
            cached = (key, ids)
            with _members_guard:
                _members[path] = cached
        for doc_id in cached[1]:
            found[doc_id] = group
    return found


# --------------------------------------------------------------------------- the writers' lock

_held: dict[Path, list] = {}  # out -> [thread lock, depth, flock]
_held_guard = threading.Lock()


@contextmanager
def writing(out: str | os.PathLike, command: str, wait_seconds: float) -> Iterator[Path]:
    """Hold the output's write lock (waiting up to wait_seconds; DataDirLocked past that).
    Re-entrant in one thread; other threads of the process wait like other processes."""
    out = Path(out)
    key = out.resolve()
    with _held_guard:
        entry = _held.setdefault(key, [threading.RLock(), 0, None])
    if not entry[0].acquire(timeout=wait_seconds if wait_seconds > 0 else 0.001):
        raise DataDirLocked(f"output {out} is being written by another thread of this process")
    try:
        if entry[1] == 0:
            entry[2] = DataDirLock(out, command, lock_file=LOCK_FILE, wait_seconds=wait_seconds).acquire()
        entry[1] += 1
        try:
            yield out
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                entry[2].release()
                entry[2] = None
    finally:
        entry[0].release()


# --------------------------------------------------------------------------- plans and journals


def write_journal(out: Path, plan: dict, label: str) -> Path:
    """Save a plan before carrying it out; from then on it completes, or ``recover`` does."""
    folder = out / JOURNAL_DIR
    folder.mkdir(exist_ok=True)
    journal = folder / f"{label}.{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
    tmp = journal.with_suffix(".json" + TMP_SUFFIX)
    tmp.write_text(json.dumps(plan))
    os.replace(tmp, journal)
    return journal


def apply_plan(plan: dict, step: Step | None = None) -> None:
    """Carry out a plan: ``remove``, then ``rename`` (temporary -> final, in order), then
    ``then_remove``. Safe to repeat: what is done already is skipped."""
    for path in plan.get("remove", ()):
        if step:
            step("remove", path)
        _unlink(path)
    for tmp, final in plan["rename"]:
        if os.path.exists(tmp):
            if step:
                step("rename", final)
            os.replace(tmp, final)
    for path in plan.get("then_remove", ()):
        if step:
            step("remove", path)
        _unlink(path)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass  # done already (a plan carried out again)


def pending_journals(out: Path) -> list[Path]:
    folder = out / JOURNAL_DIR
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def finish_journals(out: Path, apply: Callable[[dict], None] = apply_plan) -> int:
    """Carry out the journals a killed writer left (the lock held); how many."""
    done = 0
    for journal in pending_journals(out):
        try:
            apply(json.loads(journal.read_text()))
            done += 1
        except (ValueError, KeyError, TypeError):
            pass  # not a plan this code wrote: its temporary files go with the others
        journal.unlink(missing_ok=True)
    return done


def sweep(out: Path) -> int:
    """Remove the temporary files of writers that are gone (the lock held, journals
    finished: no live writer owns one); how many."""
    removed = 0
    folders = [out / JOURNAL_DIR] + [out / n for n in DATASETS] + [out / n / COMPACTED_DIR for n in DATASETS]
    for folder in folders:
        for tmp in folder.glob(f"*{TMP_SUFFIX}") if folder.is_dir() else ():
            try:
                tmp.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def recover(out: str | os.PathLike, wait_seconds: float = 0) -> None:
    """Finish what killed writers left under out: their journals, then their temporary files."""
    out = Path(out)
    with writing(out, "recover", wait_seconds):
        finish_journals(out)
        sweep(out)


def settle(out: Path) -> None:
    """Called by readers before reading: a journal left by a killed writer is carried
    out now, so that the read sees every change of it or none. Skipped while a writer is
    at work (it finishes its own plan) and where the output cannot be written."""
    if not pending_journals(out):
        return
    try:
        with writing(out, "read", 0):
            finish_journals(out)
    except (DataDirLocked, OSError):
        pass
