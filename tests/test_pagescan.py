"""Pages that draw only usable text are skipped without a parse; nothing else is."""
from __future__ import annotations


import pytest
from reportlab.pdfgen import canvas

from cnbudget.demo.broken import make_junk_pdf
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.extractors.document import extract_document
from cnbudget.extractors.pagescan import skippable_pages
from cnbudget.extractors.settings import DEFAULT_SETTINGS

from conftest import CORPUS


def _signature(doc):
    return [(t.title, t.table_kind, t.page_first, t.page_last, [(c.row, c.col, c.text) for c in t.cells])
            for t in doc.tables]


def test_text_pages_are_skipped_and_tables_unchanged(tmp_path):
    path = tmp_path / "b.pdf"
    gold = make_budget_pdf(path)
    table_pages = {p for t in gold.tables for p in range(t.page_first, t.page_last + 1)}
    skip = skippable_pages(path)
    assert skip and not (skip & table_pages)
    assert 2 in skip  # the 编制说明 page
    assert 1 not in skippable_pages(path, keep={1})
    slow = extract_document(path, DEFAULT_SETTINGS.with_(skip_text_only_pages=False))
    assert _signature(extract_document(path)) == _signature(slow)


def test_a_garbage_text_page_is_not_skipped(tmp_path):
    path = tmp_path / "g.pdf"
    c = canvas.Canvas(str(path))
    for i in range(30):
        c.drawString(40, 800 - 20 * i, "ÃÂÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞß" * 2)
    c.showPage()
    c.drawString(40, 800, "plain words on a page with plain text only, 2025")
    c.showPage()
    c.save()
    assert skippable_pages(path) == {2}


def test_unreadable_files_skip_nothing(tmp_path):
    p = tmp_path / "junk.pdf"
    make_junk_pdf(p)
    assert skippable_pages(p) == set()
    assert skippable_pages(tmp_path / "missing.pdf") == set()


@pytest.mark.corpus
def test_corpus_tables_identical_with_and_without_skipping():
    pdfs = sorted(CORPUS.glob("*.pdf")) if CORPUS.exists() else []
    if not pdfs:
        pytest.skip("real corpus not available")
    skipped = 0
    for p in pdfs:
        fast = extract_document(p)
        if fast.status == "failed":
            continue
        skipped += len(skippable_pages(p, keep={1, 2, 3}))
        assert _signature(fast) == _signature(extract_document(p, DEFAULT_SETTINGS.with_(skip_text_only_pages=False))), p.name
    assert skipped > 0
