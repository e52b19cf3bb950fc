"""Publish one document's rows as Parquet, all or nothing, replacing its earlier rows.

Layout: ``OUT/<dataset>/<doc_id>.parquet``, one file per document and dataset, so that
re-processing a document replaces exactly its rows and the same bytes met twice can
never yield duplicates. Read everything with DuckDB:
``read_parquet('OUT/<dataset>/**/*.parquet', hive_partitioning=true, union_by_name=true)``.

A document is published in three steps, so that no dataset ever holds rows of a
document that the others lack (no orphan rows): (1) every dataset's rows are converted
to Arrow, so rows that do not fit the contract fail before anything is written; (2) each
file is written under a temporary name beside its final one, and if any write fails
the temporary files written are removed; (3) a journal (``OUT/.publish/<doc_id>….json``)
lists the renames and removals, then they are done, the ``documents`` file last, and
the journal is deleted. A process killed during (3) leaves the journal: the next
publish into OUT finishes it (``recover``); temporary files of a killed process that
no journal names are removed once an hour old.
"""
from __future__ import annotations

import json
import os
import time
import uuid
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


# Where the journals of publishes in progress are kept, under OUT.
JOURNAL_DIR = ".publish"
_TMP_SUFFIX = ".tmp"
STALE_TMP_SECONDS = 3600
_recovered: set[Path] = set()


def _tmp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{_TMP_SUFFIX}")


def _write_atomic(table, path: Path) -> None:
    tmp = _tmp_name(path)
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
    for path in plan["remove"]:
        Path(path).unlink(missing_ok=True)
    for tmp, final in plan["rename"]:
        if os.path.exists(tmp):
            os.replace(tmp, final)


def recover(out: Path) -> None:
    """Finish the publishes a killed process left half-done under OUT, and remove the
    temporary files of writers that are gone."""
    out = Path(out)
    journals = out / JOURNAL_DIR
    named: set[str] = set()
    for j in sorted(journals.glob("*.json")) if journals.is_dir() else ():
        try:
            plan = json.loads(j.read_text())
            _apply(plan)
            named.update(t for t, _ in plan["rename"])
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a journal cut short was never acted on: its temporary files go below
        j.unlink(missing_ok=True)
    now = time.time()
    for folder in [journals] + [out / name for name in DATASETS]:
        for tmp in folder.glob(f"*{_TMP_SUFFIX}") if folder.is_dir() else ():
            try:
                if str(tmp) not in named and now - tmp.stat().st_mtime > STALE_TMP_SECONDS:
                    tmp.unlink()
            except OSError:
                pass


def publish(out: Path, doc_id: str, rows: dict[str, list[dict]]) -> None:
    """Replace the document's rows in every dataset with rows (datasets not given get
    none: a re-run that finds fewer tables leaves no stale rows behind), all or nothing.
    Raises (having changed nothing) when the rows do not fit the contract or a file
    cannot be written."""
    if not rows.get("documents"):
        raise ValueError(f"publish {doc_id}: no documents row")
    out = Path(out)
    ensure_layout(out)
    if out.resolve() not in _recovered:
        recover(out)
        _recovered.add(out.resolve())
    order = [n for n in DATASETS if n not in ("documents", "sources")] + ["documents"]
    arrow = {name: to_table(name, rows[name]) for name in order if rows.get(name)}  # (1)
    written: list[tuple[Path, Path]] = []
    try:  # (2)
        for name, table in arrow.items():
            final = out / name / f"{doc_id}.parquet"
            tmp = _tmp_name(final)
            written.append((tmp, final))
            pq.write_table(table, tmp, compression="zstd")
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    written.sort(key=lambda w: w[1].parent.name == "documents")  # the documents file last
    plan = {"rename": [(str(t), str(f)) for t, f in written],
            "remove": [str(out / n / f"{doc_id}.parquet") for n in order if n not in arrow]}
    journal = out / JOURNAL_DIR / f"{doc_id}.{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
    journal.parent.mkdir(exist_ok=True)
    journal_tmp = journal.with_suffix(".json" + _TMP_SUFFIX)
    journal_tmp.write_text(json.dumps(plan))
    os.replace(journal_tmp, journal)  # (3): from here on the publish completes, or recover does
    _apply(plan)
    journal.unlink()


def publish_sources(out: Path, source_name: str, rows: list[dict]) -> Path:
    """Replace ``OUT/sources/<source_name>.parquet`` with a source's rows (the manifest is
    the truth; this file is its snapshot, rewritten after every run)."""
    out = Path(out)
    ensure_layout(out)
    path = out / "sources" / f"{source_name}.parquet"
    _write_atomic(to_table("sources", rows), path)
    return path
