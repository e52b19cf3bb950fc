"""The `cnbudget extract` command end to end: Parquet out, no duplicates, failures kept."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from cnbudget.demo.broken import make_junk_pdf
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.final_accounts import make_final_accounts_pdf

CLI = [sys.executable, "-m", "cnbudget.flows.cli"]


def _q(out: Path, sql: str):
    con = duckdb.connect()
    for name in ("documents", "tables", "cells", "indicators"):
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{out}/{name}/**/*.parquet', "
                    "hive_partitioning=true, union_by_name=true)")
    return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    d = tmp_path_factory.mktemp("inbox")
    make_budget_pdf(d / "a.pdf")
    shutil.copy(d / "a.pdf", d / "a-copy.pdf")  # same bytes, another name
    (d / "sub").mkdir()
    make_final_accounts_pdf(d / "sub" / "b.pdf")
    make_junk_pdf(d / "junk.pdf")
    return d


def test_extract_writes_datasets_and_exits_1_on_a_failed_document(inbox, tmp_path):
    out = tmp_path / "out"
    r = subprocess.run(CLI + ["extract", str(inbox), "--out", str(out), "--quiet"], capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    docs = _q(out, "SELECT file_name, status, error FROM documents ORDER BY file_name")
    # a.pdf and a-copy.pdf hold the same bytes: one document, under the first name met
    assert [(n, s) for n, s, _ in docs] == [("a-copy.pdf", "ok"), ("b.pdf", "ok"), ("junk.pdf", "failed")]
    assert docs[2][2].startswith("not a PDF")
    # the same document twice in a row: rows replaced, never duplicated
    r2 = subprocess.run(CLI + ["extract", str(inbox), "--out", str(out), "--quiet"], capture_output=True, text=True)
    assert r2.returncode == 1
    assert _q(out, "SELECT count(*), count(DISTINCT doc_id) FROM documents") == [(3, 3)]
    n_cells = _q(out, "SELECT count(*) FROM cells")[0][0]
    assert n_cells == _q(out, "SELECT count(*) FROM (SELECT DISTINCT table_id, page, row, col FROM cells)")[0][0]
    assert _q(out, "SELECT count(*) FROM tables WHERE table_kind IS NULL OR n_rows = 0") == [(0,)]


def test_summary_names_failures_and_duplicates(inbox, tmp_path):
    r = subprocess.run(CLI + ["extract", str(inbox), "--out", str(tmp_path / "o")], capture_output=True, text=True)
    assert "1 failed" in r.stderr and "junk.pdf" in r.stderr and "not a PDF" in r.stderr
    assert "1 duplicate" in r.stderr


def test_all_good_documents_exit_0(inbox, tmp_path):
    r = subprocess.run(CLI + ["extract", str(inbox / "sub"), "--out", str(tmp_path / "o"), "--quiet"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_demo_runs_the_bundled_samples(tmp_path):
    r = subprocess.run(CLI + ["demo", "--out", str(tmp_path / "o"), "--samples", str(tmp_path / "s")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert _q(tmp_path / "o", "SELECT count(*) FROM documents WHERE status = 'ok'") == [(5,)]
    assert _q(tmp_path / "o", "SELECT count(*) FROM indicators")[0][0] > 0
    # the analyst notebook runs on what the demo wrote
    nb = Path(__file__).resolve().parents[1] / "notebooks" / "budget_overview.py"
    r = subprocess.run([sys.executable, str(nb), str(tmp_path / "o")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]


def test_portal_demo_is_the_main_job(tmp_path):
    """README's main command: the nightly flow against the bundled sample portal on
    127.0.0.1, twice; the second run fetches and extracts nothing."""
    r = subprocess.run(CLI + ["portal-demo", "--data", str(tmp_path / "d")], capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    out = r.stdout + r.stderr
    assert "Traceback" not in out, out[-4000:]
    assert "extracted: 5 document(s): 5 ok" in out and "extracted: 0 document(s)" in out
    assert "0 bytes downloaded" in out
    parquet = tmp_path / "d" / "parquet"
    assert _q(parquet, "SELECT count(*) FROM indicators")[0][0] > 0
    assert _q(parquet, "SELECT count(DISTINCT doc_type) FROM documents") == [(3,)]
