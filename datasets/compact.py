"""Compaction: fold the one-file-per-document layout into few large files per dataset,
without changing a row.

Publishing writes one file per document and dataset (``OUT/<dataset>/<doc_id>.parquet``):
replacing a document is then one file per dataset, but a query pays for every file it
opens (10,000 documents: seconds for a count). Compaction moves the rows of those
documents into groups, ``OUT/<dataset>/compacted/fy<year>-<n>.parquet``: up to
``documents_per_file`` documents of one fiscal year, the same group name in every dataset
(see datasets/layout.py). It runs after a run that leaves enough documents in their own
files (``compact_after_run``) and by ``cnbudget compact``. Only the documents published
since the last compaction are read: a group is topped up (its file read once and
rewritten) only when its fiscal year has new documents, other groups are not touched.

A group is written like a publish: its files under temporary names first, then a journal
of the renames (and of the per-document files they replace), then the renames and the
removals; a compaction killed at any point leaves either the old files (temporary ones
are swept) or a journal that the next writer or reader finishes, so the rows read are
the same before, during recovery and after. A document already in a group that is
published again is rewritten inside its group (``replace_in_group``): one file per
dataset changes, by one rename, so the contract's glob never sees its rows twice or not
at all — where a list of deleted documents (tombstones) would leave the glob wrong until
the next compaction.

How the rows travel, and why:

- Read by DuckDB, all files of one group and dataset in one scan (columns matched by
  name, the contract's ``union_by_name``). Thousands of small files cost mostly per file
  (open, footer, a reader per column chunk), and DuckDB's per-file cost is a half to a
  third of pyarrow's (measured; polars' is about the same).
- Written by DuckDB straight from that scan (``COPY``, no Arrow in between: 15% less
  CPU), with every column nullable as published (statistics propagation off, else a
  column with no null so far would become NOT NULL) and the types it read.
- Two kinds of dataset go through Arrow and are written by pyarrow with the types of a
  published file: those with timestamps (documents: DuckDB would change their unit) and
  those that name columns in ``CLUSTER_BY`` (schemas/contract.py: budget_lines), whose
  rows are put in that order, in row groups of ``row_group_rows``, so that a query
  filtering on them reads few row groups. The order is computed on small integer ranks
  of the key values (few distinct ones) and applied by one take: a DuckDB ``ORDER BY``
  of all the columns costs about three times as much.
- Several group files at a time (``writers`` threads, each scan on one DuckDB thread;
  DuckDB and pyarrow release the GIL): a scan of many small files keeps one core busy,
  and DuckDB's own threads inside it only added scheduling. The journals and renames
  stay in the main thread, one group after the other, in a fixed order.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from cnbudget.extractors.settings import DEFAULT_SETTINGS, CompactionSettings
from cnbudget.schemas.contract import CLUSTER_BY, DATASETS

from . import layout
from .layout import COMPACTED_DIR, PER_DOCUMENT, Step

if TYPE_CHECKING:
    import duckdb

log = logging.getLogger(__name__)

# Documents last: a group's documents rows appear after its other rows, as in a publish.
ORDER = [n for n in PER_DOCUMENT if n != "documents"] + ["documents"]
_DEFAULTS = DEFAULT_SETTINGS.compaction


@dataclass
class CompactionReport:
    documents: int = 0  # documents moved from their own files into groups
    groups: list[str] = field(default_factory=list)  # groups written (new or topped up)
    files_before: int = 0  # Parquet files of the per-document datasets
    files_after: int = 0
    skipped: list[str] = field(default_factory=list)  # readable reasons
    seconds: float = 0.0

    def line(self) -> str:
        if not self.documents:
            return "compaction: nothing folded" + (f" ({'; '.join(self.skipped)})" if self.skipped else "")
        return (f"compaction: {self.documents} document(s) folded into {len(self.groups)} group(s); "
                f"{self.files_before} -> {self.files_after} files in {self.seconds:.1f} s"
                + (f"; skipped: {'; '.join(self.skipped)}" if self.skipped else ""))


# --------------------------------------------------------------------------- reading and writing rows


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def scan(paths: Iterable[Path | str]) -> str:
    """read_parquet over exactly these files, columns matched by name."""
    files = ", ".join(_literal(p) for p in paths)
    return f"read_parquet([{files}], union_by_name=true, hive_partitioning=false)"


def connection() -> duckdb.DuckDBPyConnection:
    import duckdb  # here: a run with too few documents to compact never loads DuckDB

    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET preserve_insertion_order = false")  # rows in any order
    # the compaction runs several scans at once (``writers``): DuckDB's own threads within
    # each, and its I/O threads that open files ahead, would only add scheduling (measured:
    # 10% and 14% more CPU for the same work)
    con.execute("SET threads = 1")
    con.execute("SET async_threads = 0")
    # without statistics propagation COPY writes every column nullable, as published (else
    # a column with no null so far becomes NOT NULL); join ordering would only read every
    # file's statistics for a query with no join
    con.execute("SET disabled_optimizers = 'statistics_propagation,join_order'")
    return con


_cursors = threading.Lock()


@contextmanager
def _cursor(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection of its own for a worker thread (one connection runs one query at a
    time); made and closed under a lock, as the connection it comes from is not
    thread-safe."""
    with _cursors:
        cur = con.cursor()
    try:
        yield cur
    finally:
        with _cursors:
            cur.close()


def _as_types(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """table with each column cast to its type in schema where that cast is exact; every
    column nullable, as published."""
    cols, fields = [], []
    for f, col in zip(table.schema, table.columns):
        want = schema.field(f.name).type if f.name in schema.names else f.type
        if want != f.type:
            try:
                col = col.cast(want, safe=True)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                want = f.type
        cols.append(col)
        fields.append(pa.field(f.name, want))
    return pa.Table.from_arrays(cols, schema=pa.schema(fields))


_published: dict[str, pa.Schema] = {}


def published_schema(dataset: str) -> pa.Schema:
    """The dataset's columns as pyarrow reads them back from a published file (a
    timestamp in seconds comes back in milliseconds: Parquet has no seconds)."""
    if dataset not in _published:
        buf = pa.BufferOutputStream()
        pq.write_table(DATASETS[dataset].empty_table(), buf)
        _published[dataset] = pq.read_schema(pa.BufferReader(buf.getvalue()))
    return _published[dataset]


def read_rows(con: duckdb.DuckDBPyConnection, paths: list[Path | str], dataset: str) -> pa.Table:
    """Every row of these files, with the types of a published file."""
    table = con.sql(f"SELECT * FROM {scan(paths)}").to_arrow_table()
    return _as_types(table, published_schema(dataset))


def clustered(table: pa.Table, keys: Iterable[str]) -> pa.Table:
    """The rows ordered by keys (nulls first, ties in their order), through dense ranks
    of each key's distinct values: cheap where keys have few distinct values."""
    import numpy as np
    import pyarrow.compute as pc

    keys = [k for k in keys if k in table.column_names]
    if not keys or table.num_rows < 2:
        return table
    table = table.combine_chunks()  # a take over several chunks is several times slower
    ranks = []
    for key in reversed(keys):  # np.lexsort sorts by its last key first
        codes = pc.dictionary_encode(table.column(key).chunk(0))
        rank = pc.rank(codes.dictionary, sort_keys="ascending", tiebreaker="dense")
        ranks.append(np.asarray(pc.take(rank, codes.indices).fill_null(0)))
    return table.take(pa.array(np.lexsort(ranks)))


def write_group_rows(table: pa.Table, dataset: str, dest: Path,
                     row_group_rows: int = _DEFAULTS.row_group_rows) -> None:
    """Write a group file: the rows in the dataset's cluster order, zstd."""
    table = clustered(table, CLUSTER_BY.get(dataset, ()))
    pq.write_table(table, dest, compression="zstd", row_group_size=row_group_rows)


def _copies_as_read(dataset: str) -> bool:
    """Whether DuckDB can write the dataset's group files straight from its scan (``COPY``,
    no round trip through Arrow): not when its rows are put in order (``CLUSTER_BY``), nor
    when it has timestamps (pyarrow stores the contract's seconds as milliseconds, DuckDB
    would write microseconds). DuckDB writes the other types back as it read them, every
    column nullable (statistics propagation is off)."""
    return dataset not in CLUSTER_BY and not any(pa.types.is_timestamp(f.type) for f in DATASETS[dataset])


def write_group_file(con: duckdb.DuckDBPyConnection, dataset: str, paths: list[Path | str], dest: Path,
                     row_group_rows: int = _DEFAULTS.row_group_rows, rows: pa.Table | None = None) -> None:
    """Write a group file from the rows of these files and rows (read already)."""
    if rows is None and _copies_as_read(dataset):
        con.execute(f"COPY (SELECT * FROM {scan(paths)}) TO {_literal(dest)} "
                    f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {int(row_group_rows)})")
        return
    parts = ([read_rows(con, paths, dataset)] if paths else []) + ([rows] if rows is not None else [])
    write_group_rows(_concat(parts), dataset, dest, row_group_rows)


def _without(table: pa.Table, doc_id: str) -> pa.Table:
    """table less the rows of doc_id (rows with no doc_id are kept)."""
    import pyarrow.compute as pc

    return table.filter(pc.fill_null(pc.not_equal(table.column("doc_id"), doc_id), True))


def _concat(tables: list[pa.Table]) -> pa.Table:
    return tables[0] if len(tables) == 1 else pa.concat_tables(tables, promote_options="permissive")


# --------------------------------------------------------------------------- a document published again


def replace_in_group(out: Path, group: str, doc_id: str, tables: dict[str, pa.Table],
                     ) -> tuple[list[tuple[Path, Path]], list[Path]]:
    """Write, under temporary names, the group's files with the document's rows replaced
    by tables (datasets not in tables: its rows dropped). Returns (temporary, final) pairs,
    documents last, and the group files left with no row, to be removed: the caller's
    journal carries them out."""
    written: list[tuple[Path, Path]] = []
    removed: list[Path] = []
    try:
        for name in ORDER:
            final = layout.group_file(out, name, group)
            new = tables.get(name)
            parts: list[pa.Table] = []
            if final.exists():
                old = _as_types(pq.read_table(final), published_schema(name))
                kept = _without(old, doc_id)
                if not new and kept.num_rows == old.num_rows:
                    continue  # the document has no rows here, before or after
                parts.append(kept)
            if new:
                parts.append(_as_types(new, published_schema(name)))
            if not parts:
                continue
            rows = _concat(parts)
            if not rows.num_rows:
                removed.append(final)
                continue
            final.parent.mkdir(exist_ok=True)
            tmp = layout.tmp_name(final)
            written.append((tmp, final))
            write_group_rows(rows, name, tmp)
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    return written, removed


# --------------------------------------------------------------------------- compaction


@dataclass
class _Batch:
    group: str  # the group file name written in every dataset
    documents: list[str]  # documents taken from their own files
    merge: bool  # the group exists: its rows are kept and the documents added


def plan_batches(fresh: dict[int | None, list[str]], groups: dict[str, int], per_file: int) -> list[_Batch]:
    """Which documents go into which group: per fiscal year, the smallest group that is not
    full is topped up first, then new groups of per_file documents are started."""
    numbers: dict[int | None, int] = {}
    partial: dict[int | None, tuple[int, str]] = {}
    for group, n in groups.items():
        parsed = layout.parse_group(group)
        if parsed is None:
            continue
        year, number = parsed
        numbers[year] = max(numbers.get(year, 0), number)
        if n < per_file and (year not in partial or n < partial[year][0]):
            partial[year] = (n, group)
    batches = []
    for year in sorted(fresh, key=lambda y: (y is None, y or 0)):
        docs = sorted(fresh[year])
        if year in partial:
            n, group = partial[year]
            batches.append(_Batch(group, docs[: per_file - n], merge=True))
            docs = docs[per_file - n:]
        for i in range(0, len(docs), per_file):
            numbers[year] = numbers.get(year, 0) + 1
            batches.append(_Batch(layout.group_name(year, numbers[year]), docs[i:i + per_file], merge=False))
    return batches


@dataclass
class _Written:
    tmp: Path
    final: Path
    replaced: list[str]  # the per-document files it holds the rows of


class _Folder:
    """Writes the group files of a compaction (in worker threads) from the documents' own
    files and the group's existing file."""

    def __init__(self, out: Path, con: duckdb.DuckDBPyConnection, files: dict[str, dict[str, Path]],
                 documents: pa.Table, row_group_rows: int):
        self.out, self.con, self.files, self.documents = out, con, files, documents
        self.row_group_rows = row_group_rows

    def write(self, batch: _Batch, name: str) -> _Written | None:
        final = layout.group_file(self.out, name, batch.group)
        old = [final] if batch.merge and final.exists() else []
        own = [self.files[name][d] for d in batch.documents if d in self.files[name]]
        if not old and not own:
            return None
        sources, rows = old + own, None
        if name == "documents":  # read once for all groups: they gave the fiscal years
            import pyarrow.compute as pc

            sources, rows = old, self.documents.filter(pc.is_in(self.documents.column("doc_id"),
                                                                pa.array(batch.documents)))
        final.parent.mkdir(exist_ok=True)
        tmp = layout.tmp_name(final)
        try:
            with _cursor(self.con) as cur:
                write_group_file(cur, name, sources, tmp, self.row_group_rows, rows)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return _Written(tmp, final, [str(p) for p in own])


def _journal(out: Path, batch: _Batch, written: list[_Written]) -> tuple[dict, Path]:
    """Save one group's change: its files renamed into place, then the per-document files
    they replace removed. From here on the change completes, or the next writer's does."""
    plan = {"rename": [(str(w.tmp), str(w.final)) for w in written],
            "then_remove": [p for w in written for p in w.replaced]}
    return plan, layout.write_journal(out, plan, f"compact-{batch.group}")


def _file_count(out: Path) -> int:
    """Parquet files of the per-document datasets."""
    n = 0
    for name in PER_DOCUMENT:
        for folder in (out / name, out / name / COMPACTED_DIR):
            try:
                with os.scandir(folder) as entries:
                    n += sum(1 for e in entries if e.name.endswith(".parquet"))
            except (FileNotFoundError, NotADirectoryError):
                pass
    return n


def _years(documents: pa.Table) -> dict[str, int | None]:
    """doc_id -> fiscal_year."""
    ids = documents.column("doc_id").to_pylist()
    if "fiscal_year" not in documents.column_names:  # files older than the column: no year
        return dict.fromkeys(ids)
    return dict(zip(ids, documents.column("fiscal_year").to_pylist()))


def _read_documents(pool: ThreadPoolExecutor, con: duckdb.DuckDBPyConnection, paths: list[Path],
                    parts: int) -> pa.Table:
    """The documents rows of these files, read in parts at once."""
    def read(chunk: list[Path]) -> pa.Table:
        with _cursor(con) as cur:
            return read_rows(cur, chunk, "documents")

    size = -(-len(paths) // parts)
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    return _concat(list(pool.map(read, chunks)))


def compact(out: str | Path, *, documents_per_file: int = _DEFAULTS.documents_per_file,
            wait_seconds: float = _DEFAULTS.lock_wait_seconds, min_documents: int = 1,
            row_group_rows: int = _DEFAULTS.row_group_rows, writers: int = _DEFAULTS.writers,
            step: Step | None = None) -> CompactionReport:
    """Fold every document still in its own files into groups, when there are at least
    min_documents of them. Holds the output's write lock (publishes wait; DataDirLocked
    after wait_seconds). ``step`` is called before each change (tests stop there)."""
    out = Path(out)
    report = CompactionReport()
    t0 = time.monotonic()
    with layout.writing(out, "compact", wait_seconds):
        layout.finish_journals(out)
        layout.sweep(out)
        files = {name: layout.document_files(out, name) for name in PER_DOCUMENT}
        grouped = layout.grouped_documents(out)
        fresh = set(files["documents"])
        strays = {d for name in PER_DOCUMENT for d in files[name]} - fresh
        if strays:  # rows without a documents row: never folded, so a publish still replaces them
            report.skipped.append(f"{len(strays)} document(s) with files but no documents row, left as they are")
        both = fresh & set(grouped)
        if both:  # cannot happen through publish; left for a person to look at rather than guessed
            report.skipped.append(f"{len(both)} document(s) both in a group and in their own files, left as they are")
            fresh -= both
        if not fresh or len(fresh) < min_documents:
            report.seconds = time.monotonic() - t0
            return report
        report.files_before = _file_count(out)
        con = connection()
        pool = ThreadPoolExecutor(max(1, writers), thread_name_prefix="compact")
        pending: list[tuple[_Batch, list[Future]]] = []
        try:
            # one read of the documents' files: their years plan the groups, their rows fill them
            documents = _read_documents(pool, con, [files["documents"][d] for d in sorted(fresh)], max(1, writers))
            years = _years(documents)
            by_year: dict[int | None, list[str]] = {}
            for d in fresh:
                by_year.setdefault(years.get(d), []).append(d)
            sizes = {g: pq.read_metadata(p).num_rows for g, p in layout.group_files(out, "documents").items()}
            folder = _Folder(out, con, files, documents, row_group_rows)
            # every group file is queued at once; the groups are swapped in in order as
            # their files are ready, while the workers go on with the next ones
            pending = [(batch, [pool.submit(folder.write, batch, name) for name in ORDER])
                       for batch in plan_batches(by_year, sizes, documents_per_file)]
            while pending:
                batch, futures = pending[0]
                written = []
                for future in futures:
                    w = future.result()
                    if w is not None:
                        written.append(w)
                        if step:
                            step("write", str(w.tmp))
                plan, journal = _journal(out, batch, written)
                pending.pop(0)  # its temporary files are the journal's now
                if step:
                    step("journal", str(journal))
                layout.apply_plan(plan, step)
                journal.unlink()
                report.groups.append(batch.group)
                report.documents += len(batch.documents)
        except BaseException:
            # the groups not swapped in: their temporary files go (a killed process leaves
            # them to the next writer's sweep)
            pool.shutdown(wait=True, cancel_futures=True)
            for _, futures in pending:
                for future in futures:
                    if future.done() and not future.cancelled() and future.exception() is None and future.result():
                        future.result().tmp.unlink(missing_ok=True)
            raise
        finally:
            pool.shutdown(wait=True)
            con.close()
        report.files_after = _file_count(out)
    report.seconds = time.monotonic() - t0
    return report


def compact_after_run(out: str | Path, settings: CompactionSettings = _DEFAULTS) -> CompactionReport | None:
    """The compaction at the end of a run: when enabled and at least min_documents are in
    their own files; None when it did not run. Never raises: the rows are right without
    it, so a failure (the lock held past the wait, a full disk) is a one-line reason in
    the report's ``skipped`` and the run goes on."""
    if not settings.auto:
        return None
    try:
        return compact(out, documents_per_file=settings.documents_per_file,
                       wait_seconds=settings.lock_wait_seconds, min_documents=settings.min_documents,
                       row_group_rows=settings.row_group_rows, writers=settings.writers)
    except Exception as exc:  # noqa: BLE001 - an optimisation: the layout stays correct without it
        log.warning("compaction of %s skipped: %s: %s", out, type(exc).__name__, str(exc)[:200])
        return CompactionReport(skipped=[f"failed: {type(exc).__name__}: {str(exc)[:200]}"])
