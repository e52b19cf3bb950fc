"""Chinese word segmentation (jieba) with one dictionary per process.

jieba's word table is loaded once per process and only on first use: for the keywords
of performance indicators (normalizers/indicators.py), when a document has any, and for
the place test of a department name found in running text (extractors/metadata.py).
Nothing imports jieba otherwise. Each caller gets a tokenizer of its own over that one
table, so the words one caller adds never reach another.

jieba keeps its table (every word of its dictionary and every prefix of one, with its
count) as a dict of ~500,000 keys, marshalled in its cache file: ~0.65 s of CPU to load
in every worker process that meets an indicator. Here the same table is a sorted list
of its keys searched by bisection (``WordCounts``), read from a cache file of our own
(the keys as one text, the counts as one array: ~0.07 s). jieba's segmentation code
runs unchanged over it: it only asks whether a key is in the table and what its count
is, and gets the answers the dict gives.
"""
from __future__ import annotations

import array
import functools
import hashlib
import logging
import os
import tempfile
import warnings
from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba

log = logging.getLogger(__name__)

_MISSING = object()
_CACHE_FORMAT = b"cnbudget-jieba-words 1"


class WordCounts:
    """jieba's word table (a word, or a prefix of one, -> its count; 0 for a prefix
    alone) as the dict jieba reads it (``in``, ``[]``, ``get``, assignment), held as
    sorted keys and their counts. Words a tokenizer adds go to a dict of its own
    (``own_copy``), over the shared table."""

    __slots__ = ("_keys", "_counts", "_added")

    def __init__(self, keys: list[str], counts, added: dict[str, int] | None = None):
        self._keys, self._counts, self._added = keys, counts, {} if added is None else added

    def get(self, key: str, default=None):
        added = self._added
        if key in added:
            return added[key]
        keys = self._keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._counts[i]
        return default

    def __contains__(self, key: str) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __getitem__(self, key: str) -> int:
        found = self.get(key, _MISSING)
        if found is _MISSING:
            raise KeyError(key)
        return found

    def __setitem__(self, key: str, count: int) -> None:
        self._added[key] = count

    def own_copy(self) -> "WordCounts":
        """The same table, with the words added so far copied: later additions stay apart."""
        return WordCounts(self._keys, self._counts, dict(self._added))

    @classmethod
    def of(cls, table: dict[str, int]) -> "WordCounts":
        keys = sorted(table)
        return cls(keys, array.array("q", (table[k] for k in keys)))


def _cache_path(dictionary_file: str) -> str:
    """Our cache file for jieba's dictionary, named after the dictionary's identity (so a
    changed dictionary is never read through an old table) and the user."""
    st = os.stat(dictionary_file)
    ident = f"{dictionary_file}|{st.st_size}|{st.st_mtime_ns}|{_CACHE_FORMAT.decode()}"
    digest = hashlib.sha256(ident.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return os.path.join(tempfile.gettempdir(), f"cnbudget-jieba-{uid}-{digest}.cache")


def _read_cache(path: str) -> tuple[WordCounts, int] | None:
    """(table, total) from our cache file, or None when there is none or it does not
    read back whole (then it is written again)."""
    try:
        with open(path, "rb") as f:
            if hasattr(os, "getuid") and os.fstat(f.fileno()).st_uid != os.getuid():
                return None  # only a file this user wrote
            data = f.read()
        head, _, body = data.partition(b"\n")
        fmt, total, n_keys, n_text = head.rsplit(b" ", 3)
        total, n_keys, n_text = int(total), int(n_keys), int(n_text)
        if fmt != _CACHE_FORMAT:
            return None
        keys = body[:n_text].decode("utf-8").split("\n")
        counts = array.array("q")
        counts.frombytes(body[n_text:])
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if len(keys) != n_keys or len(counts) != n_keys:
        return None
    return WordCounts(keys, counts), total


def _write_cache(path: str, table: WordCounts, total: int) -> None:
    """Write the cache file atomically (workers may write it at the same time)."""
    keys = table._keys
    if any("\n" in k for k in keys):
        return  # not a table this format holds (jieba's own has no such word)
    text = "\n".join(keys).encode("utf-8")
    head = b"%s %d %d %d\n" % (_CACHE_FORMAT, total, len(keys), len(text))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".cnbudget-jieba-")
        with os.fdopen(fd, "wb") as f:
            f.write(head + text + table._counts.tobytes())
        os.replace(tmp, path)
    except OSError as e:  # a read-only or full temp folder: the table is still used in this process
        log.debug("jieba word table not cached: %s", e)
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _import_quietly(name: str):
    import importlib

    with warnings.catch_warnings():  # jieba imports pkg_resources (deprecation noise)
        warnings.simplefilter("ignore")
        module = importlib.import_module(name)
    logging.getLogger("jieba").setLevel(logging.ERROR)
    return module


@functools.lru_cache(maxsize=1)
def _dictionary() -> "jieba.Tokenizer":
    """jieba's default tokenizer over its dictionary's word table: the process's one copy,
    read from our cache file; the first time, jieba loads the dictionary as it does
    (its own cache, else its dict.txt) and the table is written to our cache."""
    jieba = _import_quietly("jieba")
    dt = jieba.dt
    source = dt.dictionary or os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    try:
        path = _cache_path(os.path.abspath(source))
    except OSError:
        path = None
    cached = _read_cache(path) if path else None
    if cached is None:
        dt.check_initialized()
        cached = WordCounts.of(dt.FREQ), dt.total
        if path:
            _write_cache(path, *cached)
    dt.FREQ, dt.total = cached
    dt.initialized = True
    return dt


@functools.lru_cache(maxsize=None)
def tokenizer(words: tuple[str, ...] = ()) -> "jieba.Tokenizer":
    """A tokenizer over the process's word table with `words` added to it alone (the
    table is shared, not copied)."""
    base = _dictionary()
    tk = type(base)(base.dictionary)
    tk.FREQ, tk.total = base.FREQ.own_copy(), base.total
    tk.initialized = True
    for word in words:
        tk.add_word(word)
    return tk


def tag_words(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) of each word of text, by jieba's tagger over the
    process's dictionary (its tag table, ~0.3 s more, loads on the first call)."""
    _dictionary()
    posseg = _import_quietly("jieba.posseg")
    return [(pair.word, pair.flag) for pair in posseg.cut(text)]
