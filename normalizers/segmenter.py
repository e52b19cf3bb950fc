"""Chinese word segmentation (jieba) with one dictionary per process.

jieba's dictionary costs ~0.7 s of CPU and ~100 MB to load, so it is loaded once per
process and only on first use: for the keywords of performance indicators
(normalizers/indicators.py), when a document has any, and for the place test of a
department name found in running text (extractors/metadata.py). Nothing imports jieba
otherwise. Each caller gets a tokenizer of its own over that one dictionary, so the
words one caller adds never reach another.
"""
from __future__ import annotations

import functools
import logging
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba


def _import_quietly(name: str):
    import importlib

    with warnings.catch_warnings():  # jieba imports pkg_resources (deprecation noise)
        warnings.simplefilter("ignore")
        module = importlib.import_module(name)
    logging.getLogger("jieba").setLevel(logging.ERROR)
    return module


@functools.lru_cache(maxsize=1)
def _dictionary() -> "jieba.Tokenizer":
    """jieba's default tokenizer with its dictionary loaded (from jieba's cache file):
    the process's one copy."""
    jieba = _import_quietly("jieba")
    jieba.dt.check_initialized()
    return jieba.dt


@functools.lru_cache(maxsize=None)
def tokenizer(words: tuple[str, ...] = ()) -> "jieba.Tokenizer":
    """A tokenizer over the process's dictionary with `words` added to it alone (a copy
    of the word table, ~30 ms, instead of a second load)."""
    base = _dictionary()
    tk = type(base)(base.dictionary)
    tk.FREQ, tk.total = dict(base.FREQ), base.total
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
