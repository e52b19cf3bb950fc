"""Reading the published datasets: one DuckDB view per dataset (per-document files,
compacted files and hive partitions alike), `cnbudget query` in three formats, `datasets`,
a `db` file that opens from anywhere, `table` giving a table back as printed, and one-line
errors with exit status 2."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from cnbudget.datasets.table_grid import GridCell, load_table, render_grid
from cnbudget.datasets.views import DataError, connect, write_database
from cnbudget.demo.broken import make_junk_pdf
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.final_accounts import make_final_accounts_pdf
from cnbudget.demo.performance import make_performance_targets_pdf
from cnbudget.flows.cli import main
from cnbudget.flows.pipeline import extract_to_parquet
from cnbudget.schemas.contract import DATASETS


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    gold = make_budget_pdf(inbox / "budget.pdf")
    make_budget_pdf(inbox / "unit.pdf", department="上海市普陀区示例中心", scope="unit", unit="wan_yuan",
                    n_function_rows=8, seed=2)
    make_final_accounts_pdf(inbox / "accounts.pdf", n_function_rows=8)
    make_performance_targets_pdf(inbox / "targets.pdf")
    make_junk_pdf(inbox / "junk.pdf")
    out = tmp_path_factory.mktemp("out")
    extract_to_parquet([inbox], out)
    return out, gold


def _parquet_rows(root: Path, name: str) -> int:
    return sum(pq.read_metadata(p).num_rows for p in (root / name).rglob("*.parquet"))


def _cli(*args):
    r = CliRunner().invoke(main, list(map(str, args)))
    return r.exit_code, r.stdout, r.stderr


def test_one_view_per_dataset_named_as_the_dataset(data):
    out, _ = data
    con = connect(out)
    for name, schema in DATASETS.items():
        assert con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == _parquet_rows(out, name), name
        cols = [d[0] for d in con.execute(f"SELECT * FROM {name} LIMIT 0").description]
        assert cols == schema.names, name
        con.execute(f"SELECT {', '.join(schema.names)} FROM {name} LIMIT 1")  # no column needs quoting


def test_budget_lines_carry_doc_type_scope_and_basis(data):
    out, _ = data
    con = connect(out)
    mixed = con.execute("""SELECT count(*) FROM budget_lines b JOIN documents d USING (doc_id)
                           WHERE b.doc_type IS DISTINCT FROM d.doc_type
                              OR b.budget_scope IS DISTINCT FROM d.budget_scope""").fetchone()[0]
    assert mixed == 0
    got = set(con.execute("SELECT DISTINCT doc_type, budget_scope, basis FROM budget_lines").fetchall())
    assert {("budget", "department", "budget"), ("budget", "unit", "budget"),
            ("final_accounts", "department", "final")} <= got


def test_validations_name_the_rule_with_page_and_row(data):
    out, _ = data
    con = connect(out)
    rules = dict(con.execute("SELECT rule, count(*) FROM validations GROUP BY ALL").fetchall())
    assert rules.get("subtotal_kuan", 0) > 0 and rules.get("required_tables", 0) > 0
    # an identity check points at the printed total a person verifies
    assert con.execute("SELECT count(*) FROM validations WHERE rule = 'subtotal_lei' "
                       "AND (page IS NULL OR row IS NULL)").fetchone()[0] == 0


def test_views_read_compacted_and_partitioned_layouts_alike(data, tmp_path):
    """The same rows whether a dataset is one file per document, one file, or hive
    partitions by fiscal year (what compaction may write)."""
    out, _ = data
    compacted = tmp_path / "compacted"
    shutil.copytree(out, compacted)
    con = duckdb.connect()
    for name in DATASETS:
        src = f"read_parquet('{out}/{name}/**/*.parquet', union_by_name=true)"
        shutil.rmtree(compacted / name)
        (compacted / name).mkdir()
        if name == "budget_lines":
            con.execute(f"COPY (SELECT * FROM {src}) TO '{compacted / name}' (FORMAT parquet, PARTITION_BY (fiscal_year))")
        else:
            con.execute(f"COPY (SELECT * FROM {src}) TO '{compacted / name / 'part-0.parquet'}' (FORMAT parquet)")
    assert any(p.name.startswith("fiscal_year=") for p in (compacted / "budget_lines").iterdir())
    sql = {
        "documents": "SELECT doc_id, status, fiscal_year FROM documents ORDER BY ALL",
        "budget_lines": "SELECT fiscal_year, doc_type, measure, count(*), sum(amount_yuan) FROM budget_lines "
                        "GROUP BY ALL ORDER BY ALL",
        "join": "SELECT d.department, count(*) FROM indicators i JOIN documents d USING (doc_id) GROUP BY ALL",
    }
    before, after = connect(out), connect(compacted)
    for what, q in sql.items():
        assert before.execute(q).fetchall() == after.execute(q).fetchall(), what


def test_views_read_files_beside_partition_folders(data, tmp_path):
    """New per-document files next to compacted partitions (whose files keep the
    partition column) are read together, without duplicates or loss."""
    out, _ = data
    mixed = tmp_path / "mixed"
    shutil.copytree(out, mixed)
    con = duckdb.connect()
    files = sorted(p for p in (mixed / "budget_lines").glob("*.parquet") if not p.name.startswith("_"))
    old, new = files[:-1], files[-1:]
    src = ", ".join(f"'{p}'" for p in old)
    con.execute(f"COPY (SELECT * FROM read_parquet([{src}], union_by_name=true)) TO '{mixed / 'budget_lines'}' "
                "(FORMAT parquet, PARTITION_BY (fiscal_year), WRITE_PARTITION_COLUMNS true, OVERWRITE_OR_IGNORE)")
    for p in old:
        p.unlink()
    assert new[0].exists() and any(p.is_dir() for p in (mixed / "budget_lines").iterdir())
    q = "SELECT table_id, row, col, fiscal_year, amount_yuan FROM budget_lines ORDER BY ALL"
    assert connect(mixed).execute(q).fetchall() == connect(out).execute(q).fetchall()


def test_query_formats(data):
    out, _ = data
    code, text, _ = _cli("query", "SELECT doc_type, count(*) AS n FROM documents GROUP BY ALL ORDER BY 1",
                         "--data", out)
    assert code == 0 and "budget" in text and "final_accounts" in text and "│" in text

    sql = "SELECT table_id, row, col, amount_yuan FROM budget_lines WHERE amount_yuan IS NOT NULL ORDER BY ALL"
    code, text, _ = _cli("query", sql, "--data", out, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    code, text, _ = _cli("query", sql, "--data", out, "--format", "json")
    assert code == 0
    objs = json.loads(text, parse_float=Decimal)
    want = connect(out).execute(f"SELECT count(*), sum(amount_yuan) FROM ({sql})").fetchone()
    assert len(rows) == len(objs) == want[0]
    # exact decimals both ways, never through a float
    assert sum(Decimal(r["amount_yuan"]) for r in rows) == want[1]
    assert sum(o["amount_yuan"] for o in objs) == want[1]
    assert set(objs[0]) == {"table_id", "row", "col", "amount_yuan"}


def test_query_creates_only_the_views_it_uses(data, tmp_path):
    """A query reads only its datasets: a damaged cells file breaks only queries of cells,
    with a one-line reason."""
    out, _ = data
    broken = tmp_path / "broken"
    shutil.copytree(out, broken)
    (broken / "cells" / "zz-damaged.parquet").write_bytes(b"not parquet")
    code, text, _ = _cli("query", "SELECT count(*) FROM documents", "--data", broken, "--format", "csv")
    assert code == 0 and text.splitlines()[1] == "5"
    code, _, err = _cli("query", "SELECT count(*) FROM cells", "--data", broken)
    assert code == 2 and "cells" in err and "Traceback" not in err


@pytest.mark.parametrize("args,says", [
    (["query", "SELEC * FROM documents"], "syntax error"),
    (["query", "SELECT * FROM no_such_dataset"], "no_such_dataset"),
    (["query", "SELECT CAST(file_name AS INTEGER) FROM documents", "--format", "json"], "Conversion Error"),
    (["table", "0000000000000000-t001"], "no table"),
    (["export", "--format", "csv", "--out", "OUTDIR", "--dataset", "nope"], "unknown dataset"),
])
def test_expected_errors_are_one_line_with_exit_2(data, tmp_path, args, says):
    out, _ = data
    args = [str(tmp_path / "x") if a == "OUTDIR" else a for a in args]
    code, _, err = _cli(*args, "--data", out)
    assert code == 2, err
    assert says in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("command", [["query", "SELECT 1"], ["datasets"], ["table", "x-t001"],
                                     ["export", "--format", "csv", "--out", "OUTDIR"], ["db", "--out", "OUTDIR/x.duckdb"]])
def test_missing_data_dir_is_one_line_with_exit_2(tmp_path, command):
    command = [a.replace("OUTDIR", str(tmp_path / "o")) for a in command]
    code, _, err = _cli(*command, "--data", tmp_path / "absent")
    assert code == 2 and "no such directory" in err and len(err.strip().splitlines()) == 1


def test_datasets_lists_rows_and_columns(data):
    out, _ = data
    code, text, _ = _cli("datasets", "--data", out)
    assert code == 0
    n = connect(out).execute("SELECT count(*) FROM budget_lines").fetchone()[0]
    assert f"budget_lines: {n} rows" in text
    assert "amount_yuan DECIMAL(20,2)" in text and "rule VARCHAR" in text
    for name in DATASETS:
        assert f"\n{name}: " in "\n" + text, name


def test_db_file_opens_from_another_directory(data, tmp_path):
    out, _ = data
    db = tmp_path / "db" / "budgets.duckdb"
    code, _, err = _cli("db", "--data", out, "--out", db)
    assert code == 0, err
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = ("import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
              "print(con.execute('SELECT count(*) FROM budget_lines').fetchone()[0]); "
              "print(con.execute(\"SELECT comment FROM duckdb_columns() WHERE table_name = 'budget_lines' "
              "AND column_name = 'basis'\").fetchone()[0])")
    r = subprocess.run([sys.executable, "-c", script, str(db.relative_to(tmp_path).as_posix())],
                       cwd=tmp_path, capture_output=True, text=True)
    r2 = subprocess.run([sys.executable, "-c", script, "../db/budgets.duckdb"], cwd=elsewhere,
                        capture_output=True, text=True)
    n = connect(out).execute("SELECT count(*) FROM budget_lines").fetchone()[0]
    assert r.returncode == 0 and r2.returncode == 0, r2.stderr
    assert r.stdout.splitlines()[0] == r2.stdout.splitlines()[0] == str(n)
    assert "figure of the year" in r2.stdout  # the contract's meaning as a column comment
    # written again: views replaced, nothing duplicated
    write_database(out, db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM budget_lines").fetchone()[0] == n


def test_db_refuses_a_directory(data, tmp_path):
    out, _ = data
    with pytest.raises(DataError, match="is a directory"):
        write_database(out, tmp_path)


def _table_id(out: Path, file_name: str, seq: int) -> str:
    return connect(out).execute("SELECT t.table_id FROM tables t JOIN documents d USING (doc_id) "
                                "WHERE d.file_name = ? AND t.seq = ?", [file_name, seq]).fetchone()[0]


def test_table_comes_back_as_printed(data):
    """Every table of the generated budget, as CSV rows, equals its gold grid (a merged
    cell's text at its top-left slot), and the drawn grid shows merged cells as one box."""
    out, gold = data
    for seq, g in enumerate(gold.tables, 1):
        t = load_table(out, _table_id(out, "budget.pdf", seq))
        assert t.rows() == [[x or "" for x in r] for r in g.grid()], g.title
        code, text, _ = _cli("table", t.table_id, "--data", out, "--csv")
        assert code == 0 and list(csv.reader(io.StringIO(text))) == t.rows()
    tid = _table_id(out, "budget.pdf", 1)
    code, text, _ = _cli("table", tid, "--data", out)
    lines = text.splitlines()
    assert code == 0 and gold.tables[0].title in lines[0] and tid in lines[1]
    assert lines[2].startswith("┌") and lines[-1].startswith("└")
    code, ascii_text, _ = _cli("table", tid, "--data", out, "--ascii")
    assert code == 0 and ascii_text.splitlines()[2].startswith("+") and "│" not in ascii_text


def test_grid_draws_merged_cells_as_one_box():
    """A cell spanning columns or rows is one box; an empty slot is an empty box; amounts
    are right-aligned and never wrapped; long text wraps (CJK characters count two)."""
    cells = [GridCell(0, 0, 1, 2, "收入"), GridCell(0, 2, 2, 1, "合计"), GridCell(1, 0, 1, 1, "项目"),
             GridCell(1, 1, 1, 1, "金额"), GridCell(2, 0, 1, 1, "一、A"), GridCell(2, 1, 1, 1, "1,234.50"),
             GridCell(2, 2, 1, 1, "9"), GridCell(3, 0, 1, 1, "很长的名称需要换行")]
    assert render_grid(4, 3, cells, max_col_width=6) == """\
┌───────────────────┬──────┐
│ 收入              │ 合计 │
├────────┬──────────┤      │
│ 项目   │ 金额     │      │
├────────┼──────────┼──────┤
│ 一、A  │ 1,234.50 │    9 │
├────────┼──────────┼──────┤
│ 很长的 │          │      │
│ 名称需 │          │      │
│ 要换行 │          │      │
└────────┴──────────┴──────┘
"""
