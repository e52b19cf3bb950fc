"""Extraction of generated disclosures against their gold tables (cnbudget.demo):
merged cells, headers repeated or not on continuation pages, an empty row spilling onto a
page of its own, wrapped cell text, 元 and 万元, Chinese in an embedded CJK font."""
from __future__ import annotations

import pytest

from cnbudget.demo.broken import make_encrypted_pdf, make_junk_pdf, make_truncated_pdf
from cnbudget.demo.final_accounts import make_final_accounts_pdf
from cnbudget.demo.samples import write_sample_set
from cnbudget.extractors.document import extract_document


@pytest.fixture(scope="module")
def sample_set(tmp_path_factory):
    d = tmp_path_factory.mktemp("samples")
    golds = write_sample_set(d)
    return [(g, extract_document(d / g.file_name)) for g in golds]


def _cells(table):
    return sorted((c.page, c.row, c.col, c.row_span, c.col_span, c.text) for c in table.cells)


def test_every_table_matches_its_gold_cell_for_cell(sample_set):
    for gold, doc in sample_set:
        if gold.status == "failed":
            continue
        assert doc.status == "ok", (gold.file_name, doc.error)
        assert len(doc.tables) == len(gold.tables), gold.file_name
        for g, t in zip(gold.tables, doc.tables):
            where = f"{gold.file_name}: {g.title}"
            assert (t.title, t.table_kind, t.unit_raw, t.unit) == (g.title, g.table_kind, g.unit_raw, g.unit), where
            assert (t.page_first, t.page_last, t.n_rows, t.n_cols) == (g.page_first, g.page_last, g.n_rows, g.n_cols), where
            assert t.header_rows == g.header_rows, where
            assert _cells(t) == sorted((c.page, c.row, c.col, c.row_span, c.col_span, c.text) for c in g.cells), where
            assert {(c.row, c.col) for c in t.cells if c.is_header} == \
                {(c.row, c.col) for c in g.cells if c.is_header}, where


def test_document_metadata_matches_gold(sample_set):
    for gold, doc in sample_set:
        if gold.status == "failed":
            assert doc.status == "failed" and doc.error
            continue
        got = (doc.title, doc.department, doc.region, doc.fiscal_year, doc.doc_type, doc.budget_scope, doc.page_count)
        want = (gold.title, gold.department, gold.region, gold.fiscal_year, gold.doc_type, gold.budget_scope, gold.page_count)
        assert got == want


@pytest.mark.parametrize("maker,reason", [
    (make_junk_pdf, "not a PDF"),
    (make_encrypted_pdf, "encrypted PDF"),
    (make_truncated_pdf, "truncated"),
])
def test_bad_files_fail_with_a_readable_reason(tmp_path, maker, reason):
    path = tmp_path / "bad.pdf"
    maker(path)
    doc = extract_document(path)
    assert doc.status == "failed", doc
    assert reason in doc.error
    assert "Traceback" not in doc.error and "\n" not in doc.error


def test_missing_file_fails_without_raising(tmp_path):
    doc = extract_document(tmp_path / "absent.pdf")
    assert doc.status == "failed" and "cannot read file" in doc.error


def test_camelot_strategy_gives_the_same_cells_behind_the_same_interface(tmp_path):
    """The second strategy (Camelot lattice) on a generated final-accounts report."""
    from cnbudget.extractors.settings import ExtractionSettings

    gold = make_final_accounts_pdf(tmp_path / "f.pdf", n_function_rows=8)
    doc = extract_document(tmp_path / "f.pdf", ExtractionSettings(strategy="camelot"))
    assert {t.strategy for t in doc.tables} == {"camelot"}
    assert [t.title for t in doc.tables] == [g.title for g in gold.tables]
    for g, t in zip(gold.tables, doc.tables):
        assert _cells(t) == sorted((c.page, c.row, c.col, c.row_span, c.col_span, c.text) for c in g.cells), g.title
