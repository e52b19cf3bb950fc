"""The batch run publishes every dataset of the contract, queryable with DuckDB: budget
lines and their checks for budgets and final accounts, indicators/projects/self-evaluations
for performance forms, with no personal data anywhere and no duplicate rows."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from cnbudget.demo.broken import make_junk_pdf
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.final_accounts import make_final_accounts_pdf
from cnbudget.demo.performance import SAMPLE_PERSONAL, make_performance_targets_pdf
from cnbudget.flows.pipeline import extract_to_parquet
from cnbudget.normalizers.privacy import redact_table
from cnbudget.normalizers.validate import IDENTITY_CHECKS
from cnbudget.schemas.contract import DATASETS
from cnbudget.schemas.model import Cell, Table

import seed_tables

KEYS = {  # what identifies one row of each dataset
    "documents": ["doc_id"],
    "tables": ["table_id"],
    "cells": ["table_id", "row", "col"],
    "budget_lines": ["table_id", "row", "col"],
    "indicators": ["table_id", "row"],
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    make_budget_pdf(inbox / "budget.pdf")
    make_final_accounts_pdf(inbox / "accounts.pdf")
    make_junk_pdf(inbox / "junk.pdf")
    perf = make_performance_targets_pdf(inbox / "targets.pdf")
    for n in range(5):
        seed_tables.render_seed(n, inbox / f"seed{n:03d}.pdf")
    shutil.copy(inbox / "seed002.pdf", inbox / "seed002-again.pdf")
    out = tmp_path_factory.mktemp("out")
    summary = extract_to_parquet([inbox], out)
    extract_to_parquet([inbox / "budget.pdf", inbox / "seed000.pdf"], out)  # a re-run replaces
    con = duckdb.connect()
    for name in DATASETS:
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{out}/{name}/*.parquet', union_by_name=true)")
    return summary, con, perf


def _rows(con, sql):
    return con.execute(sql).fetchall()


def test_every_dataset_gets_rows(run):
    summary, con, _ = run
    assert summary.documents == 9 and summary.duplicates == 1 and summary.failed == 1
    for name in ("documents", "tables", "cells", "budget_lines", "validations", "projects",
                 "indicators", "self_evaluations"):
        assert _rows(con, f"SELECT count(*) FROM {name}")[0][0] > 0, name


def test_no_duplicate_rows(run):
    _, con, _ = run
    for name, key in KEYS.items():
        cols = ", ".join(f'"{k}"' for k in key)
        dup = _rows(con, f"SELECT {cols}, count(*) FROM {name} GROUP BY ALL HAVING count(*) > 1 LIMIT 3")
        assert not dup, (name, dup)
    # the copy of seed 002 under another name added nothing
    assert _rows(con, "SELECT count(DISTINCT doc_id) FROM self_evaluations")[0][0] == 1


def test_budget_identities_hold_on_the_samples(run):
    _, con, _ = run
    checks = ", ".join(f"'{c}'" for c in IDENTITY_CHECKS)
    fails = _rows(con, "SELECT d.file_name, rule, v.detail FROM validations v JOIN documents d USING (doc_id) "
                       f"WHERE v.status = 'fail' AND rule IN ({checks}) LIMIT 5")
    assert not fails
    # the samples print a subset of Shanghai's standard tables: that is reported, per document
    missing = _rows(con, "SELECT d.file_name, v.status FROM validations v JOIN documents d USING (doc_id) "
                         "WHERE rule = 'required_tables' ORDER BY 1")
    assert missing == [("accounts.pdf", "fail"), ("budget.pdf", "fail")]
    assert _rows(con, "SELECT count(*) FROM validations WHERE rule = 'subtotal_kuan'")[0][0] > 0


def test_lines_and_indicators_join_back_to_their_tables_and_documents(run):
    _, con, _ = run
    for name in ("budget_lines", "indicators", "projects", "self_evaluations", "validations"):
        orphans = _rows(con, f"SELECT count(*) FROM {name} x LEFT JOIN documents d USING (doc_id) "
                             "WHERE d.doc_id IS NULL")[0][0]
        assert orphans == 0, name
    orphans = _rows(con, "SELECT count(*) FROM indicators i LEFT JOIN tables t USING (table_id) "
                         "WHERE t.table_id IS NULL")[0][0]
    assert orphans == 0


def test_no_personal_data_in_any_dataset(run):
    _, con, _ = run
    for name in DATASETS:
        cols = [f'"{r[0]}"' for r in _rows(con, "SELECT column_name FROM information_schema.columns "
                                                 f"WHERE table_name = '{name}' AND data_type = 'VARCHAR'")]
        if not cols:
            continue
        text = " ".join(str(v) for row in _rows(con, f"SELECT {', '.join(cols)} FROM {name}") for v in row)
        for secret in seed_tables.PERSONAL + SAMPLE_PERSONAL:
            assert secret not in text, f"{secret} published in {name}"
    # the labels stay: a reader sees that a value was withheld, not that none was printed
    assert _rows(con, "SELECT count(*) FROM cells WHERE text LIKE '%填报人%'")[0][0] > 0


def _table(texts: list[list[str]]) -> Table:
    cells = [Cell(page=1, row=r, col=c, row_span=1, col_span=1, text=t, x0=c, y0=r, x1=c + 1, y1=r + 1)
             for r, row in enumerate(texts) for c, t in enumerate(row)]
    return Table(seq=1, page_first=1, page_last=1, title="联系人", table_kind="other", unit_raw=None,
                 unit=None, method="text", n_rows=len(texts), n_cols=len(texts[0]), header_rows=0,
                 strategy="test", whitespace=0.0, unassigned_chars=0, cells=cells)


def test_redaction_keeps_amounts_and_line_names():
    t = _table([["项目负责人", "张三", "联系电话", "0711-3752722"],
                ["电话费", "13812345678", "经费", "85393899"],
                ["填报人：李四", "", "说明", "请联系张三，电话13603079710"]])
    redact_table(t, {"张三"})
    g = [[c.text for c in row] for row in t.rows_cells()]
    assert g[0] == ["项目负责人", "", "联系电话", ""]
    assert g[1] == ["电话费", "13812345678", "经费", "85393899"]  # numbers alone are amounts
    assert g[2][0] == "填报人" and "张三" not in g[2][3] and "13603079710" not in g[2][3]


def test_sample_performance_forms_give_their_indicators_exactly(run):
    _, con, perf = run
    got = _rows(con, "SELECT i.project_name, i.level1_raw, i.level2_raw, i.name, i.target_raw FROM indicators i "
                     "JOIN documents d USING (doc_id) WHERE d.file_name = 'targets.pdf'")
    want = [(g["project_name"], g["level1"], g["level2"], g["name"], g["target_raw"]) for g in perf.indicators]
    assert sorted(got) == sorted(want)
    # one table per project form although they share one title, each with its project
    tables = _rows(con, "SELECT count(*), count(DISTINCT p.project_name) FROM tables t JOIN documents d USING (doc_id) "
                        "JOIN projects p USING (table_id) WHERE d.file_name = 'targets.pdf'")
    assert tables == [(len(perf.tables), len(perf.tables))]


def test_a_normalizer_that_fails_leaves_the_document_partial_with_its_tables(tmp_path, monkeypatch):
    from cnbudget.flows import pipeline

    def broken(doc, **kw):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "budget_lines", broken)
    make_budget_pdf(tmp_path / "b.pdf")
    # workers=0: in this process, where the patch applies (workers run in fresh processes)
    summary = extract_to_parquet([tmp_path / "b.pdf"], tmp_path / "out", workers=0)
    assert summary.partial == 1 and summary.failed == 0
    con = duckdb.connect()
    [(status, error)] = con.execute(f"SELECT status, error FROM read_parquet('{tmp_path}/out/documents/*.parquet') "
                                    "WHERE file_name = 'b.pdf'").fetchall()
    assert status == "partial" and "budget lines failed: ValueError: boom" in error
    assert con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/out/cells/*.parquet')").fetchall()[0][0] > 0
