"""The content-addressed store of raw documents (cnbudget.harvest.store)."""
from __future__ import annotations

import hashlib

import pytest

from cnbudget.harvest.store import BlobStore


def test_add_file_is_content_addressed_and_stores_bytes_once(tmp_path):
    store = BlobStore(tmp_path / "data")
    body = b"%PDF-1.4 " + bytes(range(256)) * 1000  # several read chunks
    (tmp_path / "a.pdf").write_bytes(body)
    (tmp_path / "b.pdf").write_bytes(body)
    sha, size = store.add_file(tmp_path / "a.pdf")
    assert sha == hashlib.sha256(body).hexdigest() and size == len(body)
    assert store.path(sha) == tmp_path / "data" / "raw" / sha[:2] / f"{sha}.pdf"
    assert store.path(sha).read_bytes() == body and store.has(sha)
    assert store.add_file(tmp_path / "b.pdf") == (sha, size)  # the same bytes again: one blob
    assert list(store.raw.rglob("*.pdf")) == [store.path(sha)] and not list(store.tmp.iterdir())
    assert not store.has(None) and not store.has("0" * 64)


def test_writer_leaves_nothing_unless_committed(tmp_path):
    store = BlobStore(tmp_path)
    with store.writer() as (f, tmp):
        f.write(b"partial")
        assert tmp.parent == store.tmp and tmp.exists()
    assert not list(store.tmp.iterdir()) and not list(store.raw.rglob("*"))
    with pytest.raises(RuntimeError), store.writer() as (f, tmp):
        f.write(b"partial")
        raise RuntimeError("killed mid-download")
    assert not list(store.tmp.iterdir())
    with store.writer() as (f, tmp):
        f.write(b"%PDF-1.4 whole")
        f.flush()
        dest = store.commit(tmp, "ab" * 32)
    assert dest == store.path("ab" * 32) and dest.read_bytes() == b"%PDF-1.4 whole"
    assert not list(store.tmp.iterdir())
