"""Identifiers shared by every dataset.

- A document's id (``doc_id``) is the sha256 hex digest of its file's bytes:
  ``doc_id_of_file`` for a file, ``doc_id_hasher`` where the bytes stream past (a
  download, a copy into the store).
- A table's id (``table_id``) is the first 16 hex digits of its document's id and the
  table's 1-based sequence number in the document: ``"3fa2…9c01-t007"``. The tables,
  cells, budget_lines, validations and performance datasets all name tables this way, so
  their rows join on it.
"""
from __future__ import annotations

import hashlib
import os
from typing import Callable, Protocol


class _Sequenced(Protocol):
    seq: int


def table_id(doc_id: str, seq: int) -> str:
    """The id of table number ``seq`` of document ``doc_id``: "<doc_id[:16]>-t<seq:03d>"."""
    return f"{doc_id[:16]}-t{seq:03d}"


def table_namer(doc_id: str) -> Callable[[_Sequenced], str]:
    """A function naming the tables of document ``doc_id`` by their ``seq``."""
    return lambda table: table_id(doc_id, table.seq)


def doc_id_hasher():
    """A running hash: feed it a document's bytes (``update``); ``hexdigest()`` is its doc_id."""
    return hashlib.sha256()


def doc_id_of_file(path: str | os.PathLike) -> tuple[str, int]:
    """(doc_id, size in bytes) of a file, read in 1 MiB blocks."""
    h = doc_id_hasher()
    size = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size
