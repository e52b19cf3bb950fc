"""Compaction: fold the one-file-per-document layout into few large files per dataset,
without changing a row.

Publishing writes one file per document and dataset (``OUT/<dataset>/<doc_id>.parquet``):
replacing a document is then one file per dataset, but a query pays for every file it
opens (10,000 documents: seconds for a count). Compaction moves the rows of those
documents into groups, ``OUT/<dataset>/compacted/fy<year>-<n>.parquet``: up to
``documents_per_file`` documents of one fiscal year, the same group name in every dataset
(see datasets/layout.py). It runs after a run that leaves enough documents in their own
files (``compact_after_run``) and by ``cnbudget compact``.

A group is written like a publish: its files under temporary names first, then a journal
of the renames (and of the per-document files they replace), then the renames and the
removals; a compaction killed at any point leaves either the old files (temporary ones
are swept) or a journal that the next writer or reader finishes, so the rows read are
the same before, during recovery and after. A document already in a group that is
published again is rewritten inside its group (``replace_in_group``): one file per
dataset changes, by one rename, so the contract's glob never sees its rows twice or not
at all — where a list of deleted documents (tombstones) would leave the glob wrong until
the next compaction.

The files are written by DuckDB (``COPY``: multi-threaded, streaming) from exactly the
files they replace, read with the contract's ``union_by_name``; the rows are those
values unchanged. Two things DuckDB would change are kept: every column stays nullable
(DuckDB marks columns with no null in the input NOT NULL, from its statistics), and
datasets with timestamp columns (documents), whose unit DuckDB would change, are
written by pyarrow with the input files' types.
"""
from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from cnbudget.extractors.settings import DEFAULT_SETTINGS, CompactionSettings
from cnbudget.schemas.contract import DATASETS

from . import layout
from .layout import PER_DOCUMENT, Step

if TYPE_CHECKING:
    import duckdb

log = logging.getLogger(__name__)

# Documents last: a group's documents rows appear after its other rows, as in a publish.
ORDER = [n for n in PER_DOCUMENT if n != "documents"] + ["documents"]


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


# --------------------------------------------------------------------------- writing a group file


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def scan(paths: Iterable[Path]) -> str:
    """read_parquet over exactly these files, columns matched by name."""
    files = ", ".join(_literal(p) for p in paths)
    return f"read_parquet([{files}], union_by_name=true, hive_partitioning=false)"


def connection() -> duckdb.DuckDBPyConnection:
    import duckdb  # here: a run with too few documents to compact never loads DuckDB

    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    # without statistics propagation DuckDB writes every column as nullable, as the
    # per-document files have them (else a column with no null so far becomes NOT NULL)
    con.execute("SET disabled_optimizers = 'statistics_propagation'")
    con.execute("SET preserve_insertion_order = false")  # rows in any order: written in parallel
    return con


def _keeps_types(dataset: str) -> bool:
    """Whether DuckDB writes the dataset's columns back with the Arrow types of the
    published files: not for timestamps (pyarrow stores the contract's seconds as
    milliseconds, DuckDB would write microseconds)."""
    return not any(pa.types.is_timestamp(f.type) for f in DATASETS[dataset])


def _as_types(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """table with each column cast to its type in schema where that cast is exact."""
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


@functools.cache
def published_schema(dataset: str) -> pa.Schema:
    """The dataset's columns as pyarrow reads them back from a published file (a
    timestamp in seconds comes back in milliseconds: Parquet has no seconds)."""
    buf = pa.BufferOutputStream()
    pq.write_table(DATASETS[dataset].empty_table(), buf)
    return pq.read_schema(pa.BufferReader(buf.getvalue()))


def write_rows(con: duckdb.DuckDBPyConnection, select_sql: str, dataset: str, dest: Path) -> None:
    """Write the rows of select_sql to dest (Parquet, zstd), with the column types the
    published files have."""
    if _keeps_types(dataset):
        con.execute(f"COPY ({select_sql}) TO {_literal(dest)} (FORMAT parquet, COMPRESSION zstd)")
        return
    table = _as_types(con.sql(select_sql).to_arrow_table(), published_schema(dataset))
    pq.write_table(table, dest, compression="zstd")


# --------------------------------------------------------------------------- a document published again


def replace_in_group(out: Path, group: str, doc_id: str, tables: dict[str, pa.Table],
                     ) -> tuple[list[tuple[Path, Path]], list[Path]]:
    """Write, under temporary names, the group's files with the document's rows replaced
    by tables (datasets not in tables: its rows dropped). Returns (temporary, final) pairs,
    documents last, and the group files left with no row, to be removed: the caller's
    journal carries them out."""
    con = connection()
    written: list[tuple[Path, Path]] = []
    removed: list[Path] = []
    try:
        for name in ORDER:
            final = layout.group_file(out, name, group)
            new = tables.get(name)
            sources: list[str] = []
            left = new.num_rows if new else 0
            if final.exists():
                old = scan([final])
                [(had,)] = con.execute(f"SELECT count(*) FROM {old} WHERE doc_id = ?", [doc_id]).fetchall()
                if not new and not had:
                    continue  # the document has no rows here, before or after
                sources.append(f"SELECT * FROM {old} WHERE doc_id IS DISTINCT FROM {_literal(doc_id)}")
                left += pq.read_metadata(final).num_rows - had
            if new:
                con.register(f"new_{name}", new)
                sources.append(f"SELECT * FROM new_{name}")
            if not sources:
                continue
            if not left:
                removed.append(final)
                continue
            select = " UNION ALL BY NAME ".join(sources)
            final.parent.mkdir(exist_ok=True)
            tmp = layout.tmp_name(final)
            written.append((tmp, final))
            write_rows(con, select, name, tmp)
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    finally:
        con.close()
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


def _fold(out: Path, con: duckdb.DuckDBPyConnection, batch: _Batch, files: dict[str, dict[str, Path]],
          documents: pa.Table, step: Step | None) -> None:
    """Write one group from its documents' own files (and its existing file), then swap
    them by a journal. The documents rows come from ``documents``, read once for all
    groups (they also gave the fiscal years)."""
    import pyarrow.compute as pc  # here: a run with too few documents to compact never loads it

    written: list[tuple[Path, Path]] = []
    replaced: list[Path] = []
    try:
        for name in ORDER:
            final = layout.group_file(out, name, batch.group)
            old = [final] if batch.merge and final.exists() else []
            own = [files[name][d] for d in batch.documents if d in files[name]]
            if not old and not own:
                continue
            if name == "documents":
                con.register("batch_documents", documents.filter(pc.is_in(documents.column("doc_id"),
                                                                          pa.array(batch.documents))))
                select = "SELECT * FROM batch_documents" + "".join(
                    f" UNION ALL BY NAME SELECT * FROM {scan([p])}" for p in old)
            else:
                select = f"SELECT * FROM {scan(old + own)}"
            final.parent.mkdir(exist_ok=True)
            tmp = layout.tmp_name(final)
            written.append((tmp, final))
            write_rows(con, select, name, tmp)
            if step:
                step("write", str(tmp))
            replaced += own
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    plan = {"rename": [(str(t), str(f)) for t, f in written], "then_remove": [str(p) for p in replaced]}
    journal = layout.write_journal(out, plan, f"compact-{batch.group}")
    if step:
        step("journal", str(journal))
    layout.apply_plan(plan, step)
    journal.unlink()


def _file_count(out: Path) -> int:
    return sum(1 for name in PER_DOCUMENT if (out / name).is_dir() for _ in (out / name).rglob("*.parquet"))


def _years(documents: pa.Table) -> dict[str, int | None]:
    """doc_id -> fiscal_year."""
    ids = documents.column("doc_id").to_pylist()
    if "fiscal_year" not in documents.column_names:  # files older than the column: no year
        return dict.fromkeys(ids)
    return dict(zip(ids, documents.column("fiscal_year").to_pylist()))


def compact(out: str | Path, *, documents_per_file: int = DEFAULT_SETTINGS.compaction.documents_per_file,
            wait_seconds: float = DEFAULT_SETTINGS.compaction.lock_wait_seconds, min_documents: int = 1,
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
        if len(fresh) < min_documents:
            report.seconds = time.monotonic() - t0
            return report
        report.files_before = _file_count(out)
        con = connection()
        try:
            # one read of the documents' files: their years plan the groups, their rows fill them
            own_documents = scan([files["documents"][d] for d in sorted(fresh)])
            documents = con.sql(f"SELECT * FROM {own_documents}").to_arrow_table()
            years = _years(documents)
            by_year: dict[int | None, list[str]] = {}
            for d in fresh:
                by_year.setdefault(years.get(d), []).append(d)
            sizes = {g: pq.read_metadata(p).num_rows for g, p in layout.group_files(out, "documents").items()}
            for batch in plan_batches(by_year, sizes, documents_per_file):
                _fold(out, con, batch, files, documents, step)
                report.groups.append(batch.group)
                report.documents += len(batch.documents)
        finally:
            con.close()
        report.files_after = _file_count(out)
    report.seconds = time.monotonic() - t0
    return report


def compact_after_run(out: str | Path, settings: CompactionSettings = DEFAULT_SETTINGS.compaction
                      ) -> CompactionReport | None:
    """The compaction at the end of a run: when enabled and at least min_documents are in
    their own files; None when it did not run. Never raises: the rows are right without
    it, so a failure (the lock held past the wait, a full disk) is a one-line reason in
    the report's ``skipped`` and the run goes on."""
    if not settings.auto:
        return None
    try:
        return compact(out, documents_per_file=settings.documents_per_file,
                       wait_seconds=settings.lock_wait_seconds, min_documents=settings.min_documents)
    except Exception as exc:  # noqa: BLE001 - an optimisation: the layout stays correct without it
        log.warning("compaction of %s skipped: %s: %s", out, type(exc).__name__, str(exc)[:200])
        return CompactionReport(skipped=[f"failed: {type(exc).__name__}: {str(exc)[:200]}"])
