# %% [markdown]
# # A first look at the extracted disclosures
#
# Runs against the Parquet outputs of `cnbudget portal-demo` (`data/portal-demo/parquet`)
# or `cnbudget extract` / `cnbudget demo` (`data/parquet`, the default). Open it as a
# notebook (VS Code / Jupytext "percent" cells) or run it:
# `.venv/bin/python notebooks/budget_overview.py [data/portal-demo/parquet]`.

# %%
import sys

import duckdb

OUT = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "data/parquet"
con = duckdb.connect()
for name in ("documents", "tables", "cells", "budget_lines", "projects", "indicators", "self_evaluations",
             "validations"):
    con.execute(f"""CREATE VIEW {name} AS SELECT * FROM read_parquet('{OUT}/{name}/**/*.parquet',
                    hive_partitioning=true, union_by_name=true)""")

# %% [markdown]
# Documents, and what happened to each.

# %%
print(con.sql("""SELECT department, fiscal_year, doc_type, budget_scope, page_count, status, error
                 FROM documents ORDER BY department, fiscal_year"""))

# %% [markdown]
# Tables per kind, with the pages they span and their unit.

# %%
print(con.sql("""SELECT d.department, t.seq, t.table_kind, t.title, t.page_first, t.page_last, t.unit, t.n_rows
                 FROM tables t JOIN documents d USING (doc_id)
                 ORDER BY d.department, t.seq"""))

# %% [markdown]
# One table back as a grid (merged cells at their top-left slot).

# %%
first = next(iter(con.execute("SELECT table_id FROM tables ORDER BY table_id LIMIT 1").fetchall()), None)
if first:
    grid = con.sql(f"""SELECT row, col, text FROM cells WHERE table_id = '{first[0]}' ORDER BY row, col""").df()
    print(grid.pivot(index="row", columns="col", values="text").fillna("").head(20).to_string())

# %% [markdown]
# Budget lines: 类-level expenditure by department, in yuan (exact decimals).

# %%
print(con.sql("""SELECT department, fiscal_year, subject_code, subject_name, amount_yuan
                 FROM budget_lines
                 WHERE table_kind = 'expenditure' AND measure = 'total' AND subject_level = 1
                 ORDER BY department, subject_code"""))

# %% [markdown]
# Checks: how many of each kind hold.

# %%
print(con.sql("""SELECT rule, count(*) FILTER (status = 'pass') AS pass, count(*) FILTER (status = 'fail') AS fail
                 FROM validations GROUP BY ALL ORDER BY 1"""))

# %% [markdown]
# Projects and their performance targets: the parse of each target beside what was printed.

# %%
print(con.sql("""SELECT p.project_name, p.amount_yuan, i.level1, i.name, i.target_raw, i.comparator, i.value, i.unit
                 FROM projects p JOIN indicators i USING (doc_id, project_name)
                 ORDER BY p.project_name, i.row LIMIT 30"""))
