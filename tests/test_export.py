"""`cnbudget export`: one file (CSV with a byte-order mark for Excel, Parquet) or one sheet
(XLSX) per dataset, every row and column of the views, amounts exact."""
from __future__ import annotations

import csv
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import cnbudget.datasets.export as export_mod
from cnbudget.datasets.export import BOM, export
from cnbudget.datasets.views import DataError, connect
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.performance import make_performance_targets_pdf
from cnbudget.flows.cli import main
from cnbudget.flows.pipeline import extract_to_parquet
from cnbudget.schemas.contract import DATASETS


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    make_budget_pdf(inbox / "budget.pdf", n_function_rows=10)
    make_performance_targets_pdf(inbox / "targets.pdf")
    out = tmp_path_factory.mktemp("out")
    extract_to_parquet([inbox], out)
    con = connect(out)
    counts = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in DATASETS}
    total = con.execute("SELECT sum(amount_yuan) FROM budget_lines").fetchone()[0]
    return out, counts, total


def test_csv_one_file_per_dataset_with_bom(data, tmp_path):
    out, counts, total = data
    r = CliRunner().invoke(main, ["export", "--data", str(out), "--format", "csv", "--out", str(tmp_path / "csv")])
    assert r.exit_code == 0, r.stderr
    for name, schema in DATASETS.items():
        path = tmp_path / "csv" / f"{name}.csv"
        assert path.read_bytes().startswith(BOM), name
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == schema.names, name
        assert len(rows) - 1 == counts[name], name
    with open(tmp_path / "csv" / "budget_lines.csv", encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f))
    assert sum(Decimal(x["amount_yuan"]) for x in lines if x["amount_yuan"]) == total
    assert any("支出" in (x["subject_name"] or "") for x in lines)  # Chinese intact
    assert not list((tmp_path / "csv").glob(".*"))  # no temporary file left


def test_parquet_one_file_per_dataset_with_the_contract_types(data, tmp_path):
    out, counts, total = data
    done = export(out, "parquet", tmp_path / "pq")
    assert [d.dataset for d in done] == list(DATASETS)
    for name, schema in DATASETS.items():
        t = pq.read_table(tmp_path / "pq" / f"{name}.parquet")
        assert t.num_rows == counts[name] and t.schema.names == schema.names, name
    lines = pq.read_table(tmp_path / "pq" / "budget_lines.parquet")
    assert lines.schema.field("amount_yuan").type == pa.decimal128(20, 2)
    assert sum(v for v in lines.column("amount_yuan").to_pylist() if v is not None) == total


def test_xlsx_one_sheet_per_dataset(data, tmp_path):
    from openpyxl import load_workbook

    out, counts, total = data
    path = tmp_path / "budgets.xlsx"
    r = CliRunner().invoke(main, ["export", "--data", str(out), "--format", "xlsx", "--out", str(path)])
    assert r.exit_code == 0, r.stderr
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == list(DATASETS)
    for name, schema in DATASETS.items():
        rows = list(wb[name].iter_rows(values_only=True))
        assert list(rows[0]) == schema.names, name
        assert len(rows) - 1 == counts[name], name
    rows = list(wb["budget_lines"].iter_rows(values_only=True))
    i = rows[0].index("amount_yuan")
    assert sum(Decimal(str(r[i])) for r in rows[1:] if r[i] is not None) == total  # numbers, not text
    docs = load_workbook(path)["documents"]
    assert docs.freeze_panes == "A2" and docs["A1"].font.bold


def test_xlsx_continues_a_long_dataset_on_more_sheets(data, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    out, counts, _ = data
    monkeypatch.setattr(export_mod, "EXCEL_MAX_ROWS", 101)  # 100 rows and the header per sheet
    path = tmp_path / "cells.xlsx"
    export(out, "xlsx", path, ["cells"])
    wb = load_workbook(path, read_only=True)
    n = counts["cells"]
    assert wb.sheetnames == ["cells"] + [f"cells ({k})" for k in range(2, (n + 99) // 100 + 1)]
    assert sum(len(list(wb[s].iter_rows())) - 1 for s in wb.sheetnames) == n


def test_export_refuses_what_it_cannot_write(data, tmp_path):
    out, _, _ = data
    (tmp_path / "file.csv").write_text("x")
    with pytest.raises(DataError, match="not a directory"):
        export(out, "csv", tmp_path / "file.csv")
    with pytest.raises(DataError, match=".xlsx"):
        export(out, "xlsx", tmp_path / "book.xls")
    with pytest.raises(DataError, match="is a directory"):
        export(out, "xlsx", tmp_path)
    with pytest.raises(DataError, match="unknown dataset"):
        export(out, "parquet", tmp_path / "p", ["budget_line"])
