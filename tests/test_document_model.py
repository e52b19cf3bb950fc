"""The document model: typed errors with a stage, status settled in one place, page
routes declared (schemas/model.py), and the router's choice of page strategy."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cnbudget.extractors.document import extract_document
from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.schemas.model import Document, ProcessingError, Table, record, settle_status

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _table() -> Table:
    return Table(seq=1, page_first=1, page_last=1, title=None, table_kind="other", unit_raw=None, unit=None,
                 method="text", n_rows=1, n_cols=2, header_rows=0, strategy="pdfplumber", whitespace=0.0,
                 unassigned_chars=0)


def test_status_is_settled_from_the_errors():
    page, ocr, norm, file = (ProcessingError("page", "bad", 3), ProcessingError("ocr", "OCR failed (x)", 4),
                             ProcessingError("normalize", "budget lines failed: KeyError: 'x'"),
                             ProcessingError("file", "encrypted PDF: it needs a password to open"))
    assert settle_status([], has_tables=False) == "ok"
    assert settle_status([page], has_tables=True) == "partial"
    assert settle_status([page, ocr], has_tables=False) == "failed"
    assert settle_status([norm], has_tables=False) == "partial"  # extraction lost nothing
    assert settle_status([file], has_tables=False) == "failed"


def test_errors_read_as_one_line_in_order_and_the_row_carries_them():
    doc = Document("0" * 64, "a.pdf")
    doc.tables.append(_table())
    doc.fail("page", "unreadable PDF (KeyError: 'x')", 2)
    doc.fail("normalize", "indicators failed: ValueError: y")
    assert doc.status == "partial"
    assert doc.error == "page 2: unreadable PDF (KeyError: 'x'); indicators failed: ValueError: y"
    row = record(doc)
    assert row["status"] == "partial" and row["error"] == doc.error
    assert "errors" not in row and "page_routes" not in row and "tables" not in row
    with pytest.raises(ValueError):
        ProcessingError("parse", "x")


def test_a_scan_is_routed_to_ocr_and_reported_when_ocr_is_off(tmp_path):
    from scan_fixtures import make_scan_pdf

    from cnbudget.demo.samples import write_sample_set

    write_sample_set(tmp_path / "s")
    src = sorted((tmp_path / "s").glob("*预算.pdf"))[0]
    make_scan_pdf(src, tmp_path / "scan.pdf", pages=[3])
    doc = extract_document(tmp_path / "scan.pdf", DEFAULT_SETTINGS.with_(ocr={"enabled": False}))
    assert doc.page_routes[1].startswith("ocr (scan")
    assert doc.status == "failed" and doc.ocr_page_count == 0
    assert doc.error == "page 1: not read: it needs OCR, which is turned off"
    assert [e.stage for e in doc.errors] == ["ocr"]


def test_unreadable_files_fail_at_the_file_stage(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n garbage")
    doc = extract_document(tmp_path / "x.pdf")
    assert doc.status == "failed" and [e.stage for e in doc.errors] == ["file"] and doc.page_routes == {}
    doc = extract_document(tmp_path / "missing.pdf")
    assert doc.status == "failed" and doc.error.startswith("cannot read file")
