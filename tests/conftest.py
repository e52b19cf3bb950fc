"""Shared fixtures: the real corpus (skipped cleanly when absent) and cached extractions."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SEEDS = SHARED / "seeds"


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"real corpus not available ({path})")
    return path


@functools.lru_cache(maxsize=None)
def _extract_cached(path: str):
    from cnbudget.extractors.document import extract_document
    return extract_document(path)


def extracted(name: str):
    """The extracted Document of a corpus file, extracted once per test session."""
    return _extract_cached(str(corpus_file(name)))
