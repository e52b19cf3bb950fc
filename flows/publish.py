"""Publish one document's rows as Parquet, atomically, replacing its earlier rows.

Layout: ``OUT/<dataset>/<doc_id>.parquet``, one file per document and dataset, so that
re-processing a document replaces exactly its rows and the same bytes met twice can
never yield duplicates. Each file is written to a temporary name and renamed into place;
the ``documents`` file is written last, so a document listed there has all its rows.
Read everything with DuckDB:
``read_parquet('OUT/<dataset>/**/*.parquet', hive_partitioning=true, union_by_name=true)``.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.parquet as pq

from cnbudget.schemas.contract import DATASETS, to_table
from cnbudget.schemas.identifiers import table_id as table_id_of  # the one table id format
from cnbudget.schemas.model import Document, record

from . import __version__

# Written once per dataset folder so that a glob over an output with no rows of that
# dataset yet still finds a file with the right columns.
EMPTY_FILE = "_empty.parquet"


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


def _write_atomic(table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def ensure_layout(out: Path) -> None:
    for name in DATASETS:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / EMPTY_FILE).exists():
            _write_atomic(to_table(name, []), folder / EMPTY_FILE)


def publish(out: Path, doc_id: str, rows: dict[str, list[dict]]) -> None:
    """Replace the document's rows in every dataset with rows (datasets not given get
    none: a re-run that finds fewer tables leaves no stale rows behind)."""
    ensure_layout(out)
    for name in DATASETS:
        if name == "documents":
            continue
        path = out / name / f"{doc_id}.parquet"
        data = rows.get(name) or []
        if data:
            _write_atomic(to_table(name, data), path)
        elif path.exists():
            path.unlink()
    _write_atomic(to_table("documents", rows["documents"]), out / "documents" / f"{doc_id}.parquet")


def publish_sources(out: Path, source_name: str, rows: list[dict]) -> Path:
    """Replace ``OUT/sources/<source_name>.parquet`` with a source's rows (the manifest is
    the truth; this file is its snapshot, rewritten after every run)."""
    out = Path(out)
    ensure_layout(out)
    path = out / "sources" / f"{source_name}.parquet"
    _write_atomic(to_table("sources", rows), path)
    return path
