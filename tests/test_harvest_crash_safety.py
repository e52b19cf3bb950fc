"""Nothing partial survives a fault: a harvest killed (SIGKILL) in the middle of a
download leaves a consistent manifest and a raw store holding only whole documents;
the temporary file it left is removed when the store is next opened, and never one a
live process is still writing (cnbudget.harvest.store, manifest, fetch)."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cnbudget.harvest.manifest import Manifest
from cnbudget.harvest.store import BlobStore
from misbehaving_server import MisbehavingServer

CHILD = """
import sys
from cnbudget.harvest import BlobStore, Manifest, Source, crawl, fetch
url, data = sys.argv[1], sys.argv[2]
src = Source(name="k", start_urls=[url], rate_limit=1000, deadline=600, timeout=60)
store, manifest = BlobStore(data), Manifest(data + "/manifest.sqlite")
for link in crawl(src, manifest=manifest).links:
    print(fetch(link, store, manifest).status, flush=True)
"""


@pytest.fixture
def bad_server():
    with MisbehavingServer() as server:
        yield server


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_stale_part_files_are_removed_when_the_store_opens(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    dead = tmp / f"{_dead_pid()}-abc.part"
    legacy = tmp / "tmpx1y2.part"  # named before parts carried their pid
    mine = tmp / f"{os.getpid()}-live.part"  # a download of this (live) process in progress
    old = tmp / f"{os.getppid()}-old.part"  # a live pid, but two days old: abandoned
    for f in (dead, legacy, mine, old):
        f.write_bytes(b"%PDF-partial")
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    other = tmp / "notes.txt"
    other.write_text("not ours")
    store = BlobStore(tmp_path)
    assert store.removed_parts == 3
    assert sorted(p.name for p in tmp.iterdir()) == sorted([mine.name, other.name])
    with store.writer() as (f, part):
        assert part.name.startswith(f"{os.getpid()}-") and part.name.endswith(".part")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_harvest_killed_mid_download_leaves_nothing_partial(bad_server, tmp_path):
    pdfs = {name: b"%PDF-1.4\n" + name.encode() * 4000 for name in ("a", "b", "c")}
    page = "".join(f'<p><a href="{n}.pdf">文件{n}</a> 2025-02-01</p>' for n in pdfs)
    bad_server.route("index.html", body=page.encode(), content_type="text/html; charset=utf-8")
    bad_server.route("a.pdf", body=pdfs["a"])
    bad_server.route("b.pdf", body=pdfs["b"])
    bad_server.route("c.pdf", body=pdfs["c"], body_rate=200)  # about a minute: killed long before
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parent),
                                                                      os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen([sys.executable, "-c", CHILD, bad_server.url("index.html"), str(data)],
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout.readline().strip() == "new" and child.stdout.readline().strip() == "new"
        deadline = time.monotonic() + 30
        while not list((data / "tmp").glob("*.part")) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # c is being received into its temporary file
        assert len(list((data / "tmp").glob("*.part"))) == 1
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with sqlite3.connect(data / "manifest.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = BlobStore(data)  # opening the store removes the dead process's temporary file
    assert store.removed_parts == 1 and not list(store.tmp.iterdir())
    with Manifest(data / "manifest.sqlite") as manifest:
        rows = {u["url"].rsplit("/", 1)[-1]: u for u in manifest.urls("k")}
        assert set(rows) == {"a.pdf", "b.pdf"}  # c was never recorded: no half of it anywhere
        assert {b["sha256"] for b in manifest.blobs()} == {r["sha256"] for r in rows.values()}
    stored = list(store.raw.rglob("*.pdf"))
    assert len(stored) == 2
    for f in stored:  # only whole documents, each under its own digest
        body = f.read_bytes()
        assert f.stem == hashlib.sha256(body).hexdigest() and body in (pdfs["a"], pdfs["b"])
