"""Publish one document's rows as Parquet, all or nothing, replacing its earlier rows.

Layout (datasets/layout.py): a document's rows are in its own file per dataset,
``OUT/<dataset>/<doc_id>.parquet``, until a compaction moves them into a group file
``OUT/<dataset>/compacted/<group>.parquet``. Publishing replaces exactly the document's
rows wherever they are, so the same bytes met twice never yield duplicates. Read
everything with DuckDB:
``read_parquet('OUT/<dataset>/**/*.parquet', hive_partitioning=true, union_by_name=true)``.

A document is published in three steps, so that no dataset ever holds rows of a
document that the others lack (no orphan rows): (1) every dataset's rows are converted
to Arrow, so rows that do not fit the contract fail before anything is written; (2) each
file is written under a temporary name beside its final one — the document's own file,
or, for a document already compacted, its group's file rewritten with the document's
rows replaced (datasets/compact.py ``replace_in_group``) — and if any write fails the
temporary files written are removed; (3) a journal (``OUT/.publish/<doc_id>….json``)
lists the renames and removals, then they are done, the ``documents`` file last, and the
journal is deleted. Steps (2) and (3) hold the output's write lock, so a publish and a
compaction never interleave (publishes wait for it). A process killed during (3) leaves
the journal: the next writer into OUT, or the next reader, finishes it (``recover``).
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.parquet as pq

from cnbudget.datasets import layout
from cnbudget.datasets.layout import EMPTY_FILE, JOURNAL_DIR, PER_DOCUMENT  # noqa: F401 - the layout's names
from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.schemas.contract import DATASETS, to_table
from cnbudget.schemas.identifiers import table_id as table_id_of  # the one table id format
from cnbudget.schemas.model import Document, record

from . import __version__


def document_rows(doc: Document) -> dict[str, list[dict]]:
    """The documents, tables and cells rows of an extracted document."""
    doc_row = record(doc)
    doc_row.update(table_count=len(doc.tables), processed_at=datetime.now(timezone.utc).replace(microsecond=0),
                   cnbudget_version=__version__)
    tables, cells = [], []
    for t in doc.tables:
        table_id = table_id_of(doc.doc_id, t.seq)
        tables.append({**record(t), "table_id": table_id, "doc_id": doc.doc_id})
        for c in t.cells:
            cells.append({**record(c), "table_id": table_id, "doc_id": doc.doc_id})
    return {"documents": [doc_row], "tables": tables, "cells": cells}


_recovered: set[Path] = set()  # outputs whose leftovers this process has swept


def _write_atomic(table, path: Path) -> None:
    tmp = layout.tmp_name(path)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def ensure_layout(out: Path) -> None:
    for name in DATASETS:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / EMPTY_FILE).exists():
            _write_atomic(to_table(name, []), folder / EMPTY_FILE)


def _apply(plan: dict) -> None:
    """Do a journal's removals and renames (renames in order, documents last). Safe to
    repeat: a temporary file already renamed is skipped."""
    layout.apply_plan(plan)


def _prepare(out: Path) -> None:
    """With the lock held: the dataset folders, and what a killed writer left."""
    ensure_layout(out)
    layout.finish_journals(out)
    if out.resolve() not in _recovered:
        layout.sweep(out)
        _recovered.add(out.resolve())


def recover(out: Path) -> None:
    """Finish the publishes and compactions a killed process left half-done under OUT,
    and remove the temporary files of writers that are gone."""
    layout.recover(out, DEFAULT_SETTINGS.compaction.lock_wait_seconds)


def publish(out: Path, doc_id: str, rows: dict[str, list[dict]], *, lock_wait_seconds: float | None = None) -> None:
    """Replace the document's rows in every dataset with rows (datasets not given get
    none: a re-run that finds fewer tables leaves no stale rows behind), all or nothing.
    Raises (having changed nothing) when the rows do not fit the contract or a file
    cannot be written; DataDirLocked when another writer holds OUT past lock_wait_seconds
    (default: the compaction settings')."""
    if not rows.get("documents"):
        raise ValueError(f"publish {doc_id}: no documents row")
    out = Path(out)
    order = [n for n in PER_DOCUMENT if n != "documents"] + ["documents"]
    arrow = {name: to_table(name, rows[name]) for name in order if rows.get(name)}  # (1)
    wait = DEFAULT_SETTINGS.compaction.lock_wait_seconds if lock_wait_seconds is None else lock_wait_seconds
    with layout.writing(out, "publish", wait):
        _prepare(out)
        group = layout.grouped_documents(out).get(doc_id)
        if group is None:
            written, removed = _write_own_files(out, doc_id, arrow, order)
        else:
            from cnbudget.datasets.compact import replace_in_group  # only for compacted documents

            written, removed = replace_in_group(out, group, doc_id, arrow)
            removed += [p for n in order if (p := layout.document_file(out, n, doc_id)).exists()]
        written.sort(key=lambda w: w[1].parent.name == "documents")  # the documents file last
        plan = {"rename": [(str(t), str(f)) for t, f in written], "remove": [str(p) for p in removed]}
        journal = layout.write_journal(out, plan, doc_id)  # (3): from here on the publish completes, or recover does
        _apply(plan)
        journal.unlink()


def _write_own_files(out: Path, doc_id: str, arrow: dict, order: list[str]) -> tuple[list, list]:
    """(2) for a document in its own files: (temporary, final) pairs, and the files of
    datasets where it has no rows any more."""
    written: list[tuple[Path, Path]] = []
    try:
        for name, table in arrow.items():
            final = layout.document_file(out, name, doc_id)
            tmp = layout.tmp_name(final)
            written.append((tmp, final))
            pq.write_table(table, tmp, compression="zstd")
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    return written, [layout.document_file(out, n, doc_id) for n in order if n not in arrow]


def publish_sources(out: Path, source_name: str, rows: list[dict]) -> Path:
    """Replace ``OUT/sources/<source_name>.parquet`` with a source's rows (the manifest is
    the truth; this file is its snapshot, rewritten after every run)."""
    out = Path(out)
    with layout.writing(out, "publish", DEFAULT_SETTINGS.compaction.lock_wait_seconds):
        ensure_layout(out)
        path = out / "sources" / f"{source_name}.parquet"
        _write_atomic(to_table("sources", rows), path)
    return path
