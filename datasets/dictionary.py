"""The data dictionary (docs/data-dictionary.md), generated from schemas/contract.py: every
dataset, column, type and meaning, and every vocabulary of an enumerated column.
``cnbudget dictionary`` writes it; tests/test_data_dictionary.py fails when it is stale."""
from __future__ import annotations

from cnbudget.schemas.contract import (COLUMN_DOCS, DATASET_DOCS, DATASETS, ENUM_VOCABULARY, REQUIRED,
                                       VOCABULARIES)

from .views import duckdb_types

DEFAULT_PATH = "docs/data-dictionary.md"

INTRO = """\
# Data dictionary

Generated from `schemas/contract.py` by `cnbudget dictionary`: do not edit by hand (a test
fails when this file is stale). The design's contract is v1 of ../shared/DESIGN.md.

Each dataset is a folder of Parquet files under the output root (`data/parquet` by
default). Read them through DuckDB views named as the datasets (`cnbudget query`,
`cnbudget db`) or directly:
`read_parquet('OUT/<dataset>/**/*.parquet', hive_partitioning=true, union_by_name=true)`.

Conventions:

- Amounts are yuan as DECIMAL(20,2), exact (万元 and 千元 converted); a blank or dash is
  null, never 0.
- Pages are 1-based; table rows and columns 0-based (rows continue across pages).
- `doc_id` (sha256 of the file's bytes) joins every dataset to `documents`; `table_id`
  joins `tables`, `cells` and the normalized datasets. `department` and `fiscal_year` are
  repeated on the normalized datasets so that most questions need no join.
- No column is named with an SQL keyword: no quoting needed.
- *required*: the column is in the design's contract (v1); the others are extras that
  cnbudget adds.
"""

BUDGET_LINES_NOTE = """\
Summing budget_lines safely: a department's budget (`budget_scope = 'department'`)
includes its units' budgets, and a document prints the same money in several tables and
columns. Pick one scope, one doc_type and one basis, one table_kind, and either the
totals (`measure = 'total'`) or the components of one total (`measure_role =
'component'`), and a subject level (`subject_level = 1` for 类), for example:

```sql
SELECT department, fiscal_year, subject_name, sum(amount_yuan) AS yuan
FROM budget_lines
WHERE doc_type = 'budget' AND budget_scope = 'department' AND basis = 'budget'
  AND table_kind = 'expenditure' AND measure = 'total' AND subject_level = 1
GROUP BY ALL ORDER BY department, yuan DESC;
```
"""


VOCABULARY_NOTES = {
    "measure": "The canonical name of what an amount column holds, from its header path read from "
               "the leaf up (normalizers/budget_lines.py). A header that names only the basis of its "
               "figures (预算数, 决算数, 金额) gives a generic measure (`budget`, `final`, `amount`): "
               "the figure of the row's subject, as in the one amount column per side of a summary "
               "table (收支总表). `basis` says which figure of the year any column holds, and "
               "`measure_role` how it adds up, whatever its measure.",
}


def _cell(text: str) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def _users(vocab: str) -> list[str]:
    return [f"{ds}.{col}" for (ds, col), v in ENUM_VOCABULARY.items() if v == vocab]


def render() -> str:
    """The data dictionary as Markdown."""
    out = [INTRO, "## Datasets\n", "| dataset | one row per | columns |", "|---|---|---|"]
    for name, schema in DATASETS.items():
        out.append(f"| [{name}](#{name}) | {_cell(DATASET_DOCS[name])} | {len(schema)} |")
    out.append("")
    for name, schema in DATASETS.items():
        out += [f"## {name}\n", f"One row per {DATASET_DOCS[name]}.\n"]
        if name == "budget_lines":
            out.append(BUDGET_LINES_NOTE)
        out += ["| column | type | Arrow type | meaning | values | required |", "|---|---|---|---|---|---|"]
        arrow = {f.name: str(f.type) for f in schema}
        for col, sql_type in duckdb_types(schema):
            vocab = ENUM_VOCABULARY.get((name, col))
            values = f"[{vocab}](#{vocab})" if vocab else ""
            req = "yes" if col in REQUIRED[name] else ""
            out.append(f"| {col} | {sql_type} | {arrow[col]} | {_cell(COLUMN_DOCS[name][col])} | {values} | {req} |")
        out.append("")
    out.append("## Vocabularies\n")
    out.append("The values an enumerated column takes; any other value is refused when the datasets "
               "are written.\n")
    for vocab, values in VOCABULARIES.items():
        out += [f"### {vocab}\n"] + ([VOCABULARY_NOTES[vocab] + "\n"] if vocab in VOCABULARY_NOTES else [])
        out += ["Used by " + ", ".join(f"`{u}`" for u in _users(vocab)) + ".\n",
                "| value | meaning |", "|---|---|"]
        out += [f"| `{_cell(v)}` | {_cell(meaning)} |" for v, meaning in values.items()]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
