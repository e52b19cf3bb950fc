"""What the harvest knows, in SQLite (WAL; every update is one transaction): every URL
a portal listed and what fetching it gave, every blob in the store, every listing page
(with its validators and body) and which blobs were processed by which cnbudget
version. It is updated only after the bytes are safely in the store, so a run killed
anywhere loses nothing and a re-run duplicates nothing. The same bytes at two URLs are
one blob with both URLs recorded."""
from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .records import utcnow

_SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY, source_name TEXT, sha256 TEXT, status TEXT, error TEXT,
    http_status INTEGER, etag TEXT, last_modified TEXT, final_url TEXT,
    link_text TEXT, page_title TEXT, published TEXT,
    first_seen TEXT, fetched_at TEXT, checked_at TEXT, listed_at TEXT, fetch_config TEXT);
CREATE INDEX IF NOT EXISTS urls_sha ON urls(sha256);
CREATE TABLE IF NOT EXISTS blobs (
    sha256 TEXT PRIMARY KEY, size INTEGER, first_url TEXT, file_name TEXT, stored_at TEXT);
CREATE TABLE IF NOT EXISTS processed (
    sha256 TEXT PRIMARY KEY, version TEXT, status TEXT, error TEXT, title TEXT,
    department TEXT, region TEXT, fiscal_year INTEGER, doc_type TEXT, processed_at TEXT);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, source_name TEXT, etag TEXT, last_modified TEXT, body BLOB,
    fetched_at TEXT, checked_at TEXT);
"""

URL_FIELDS = ("url", "source_name", "sha256", "status", "error", "http_status", "etag", "last_modified",
              "final_url", "link_text", "page_title", "published", "first_seen", "fetched_at", "checked_at",
              "listed_at", "fetch_config")
# columns added after the first release: added to an older manifest when it is opened
_ADDED_COLUMNS = {"urls": {"listed_at": "TEXT", "fetch_config": "TEXT"}}


class Manifest:
    """What the harvest knows, in SQLite (WAL; every update is one transaction).
    Safe to share between the threads of one process."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._upgrade()

    def _upgrade(self) -> None:
        with self._tx() as db:
            for table, columns in _ADDED_COLUMNS.items():
                have = {r["name"] for r in db.execute(f"PRAGMA table_info({table})")}
                for name, kind in columns.items():
                    if name not in have:
                        db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Manifest":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _one(self, sql: str, args: tuple = ()) -> dict | None:
        with self._lock:
            row = self._db.execute(sql, args).fetchone()
        return dict(row) if row else None

    def _all(self, sql: str, args: tuple = ()) -> list[dict]:
        with self._lock:
            return [dict(r) for r in self._db.execute(sql, args).fetchall()]

    # urls -----------------------------------------------------------------
    def url(self, url: str) -> dict | None:
        return self._one("SELECT * FROM urls WHERE url = ?", (url,))

    def urls(self, source_name: str | None = None) -> list[dict]:
        if source_name is None:
            return self._all("SELECT * FROM urls ORDER BY url")
        return self._all("SELECT * FROM urls WHERE source_name = ? ORDER BY url", (source_name,))

    def record_fetch(self, row: dict, blob: dict | None = None) -> None:
        """Upsert a URL's row (and the blob it points at) in one transaction. Call only
        once the blob's bytes are in the store."""
        row = {k: row.get(k) for k in URL_FIELDS}
        row["listed_at"] = row["listed_at"] or row["checked_at"]
        with self._tx() as db:
            old = db.execute("SELECT first_seen FROM urls WHERE url = ?", (row["url"],)).fetchone()
            row["first_seen"] = (old["first_seen"] if old else None) or row["first_seen"] or utcnow()
            if blob is not None:
                db.execute("INSERT OR IGNORE INTO blobs(sha256, size, first_url, file_name, stored_at) "
                           "VALUES (:sha256, :size, :first_url, :file_name, :stored_at)", blob)
            cols = ", ".join(URL_FIELDS)
            db.execute(f"INSERT OR REPLACE INTO urls({cols}) VALUES ({', '.join(':' + c for c in URL_FIELDS)})",
                       row)

    def record_listed(self, url: str, page_title: str | None, status: str, listed_at: str) -> None:
        """A URL listed again and not requested (the revalidation policy): when it was
        listed, under which page title, and its status for this run; what the last
        request gave (validators, checked_at) is kept."""
        with self._tx() as db:
            db.execute("UPDATE urls SET page_title = ?, status = ?, listed_at = ? WHERE url = ?",
                       (page_title, status, listed_at, url))

    # blobs ----------------------------------------------------------------
    def blob(self, sha: str) -> dict | None:
        return self._one("SELECT * FROM blobs WHERE sha256 = ?", (sha,))

    def add_blob(self, sha: str, size: int, first_url: str | None, file_name: str | None) -> None:
        with self._tx() as db:
            db.execute("INSERT OR IGNORE INTO blobs(sha256, size, first_url, file_name, stored_at) "
                       "VALUES (?, ?, ?, ?, ?)", (sha, size, first_url, file_name, utcnow()))

    def blobs(self) -> list[dict]:
        return self._all("SELECT * FROM blobs ORDER BY stored_at, sha256")

    # processing -----------------------------------------------------------
    def pending(self, version: str) -> list[dict]:
        """Blobs not yet processed by this cnbudget version, oldest first."""
        return self._all(
            "SELECT b.* FROM blobs b LEFT JOIN processed p ON p.sha256 = b.sha256 "
            "WHERE p.sha256 IS NULL OR p.version IS NOT ? ORDER BY b.stored_at, b.sha256", (version,))

    def mark_processed(self, sha: str, version: str, doc: dict) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO processed(sha256, version, status, error, title, department, region, "
                "fiscal_year, doc_type, processed_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (sha, version, doc.get("status"), doc.get("error"), doc.get("title"), doc.get("department"),
                 doc.get("region"), doc.get("fiscal_year"), doc.get("doc_type"), utcnow()))

    def processed(self, sha: str) -> dict | None:
        return self._one("SELECT * FROM processed WHERE sha256 = ?", (sha,))

    # listing pages --------------------------------------------------------
    def page(self, url: str) -> dict | None:
        return self._one("SELECT * FROM pages WHERE url = ?", (url,))

    def record_page(self, url: str, source_name: str, etag: str | None, last_modified: str | None,
                    body: bytes | None) -> None:
        now = utcnow()
        with self._tx() as db:
            if body is None:  # 304: the stored body is still current
                db.execute("UPDATE pages SET checked_at = ? WHERE url = ?", (now, url))
            else:
                db.execute("INSERT OR REPLACE INTO pages(url, source_name, etag, last_modified, body, fetched_at, "
                           "checked_at) VALUES (?,?,?,?,?,?,?)",
                           (url, source_name, etag, last_modified, body, now, now))
