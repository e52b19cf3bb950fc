"""Many documents' worth of rows from a few real outputs, for scale tests and benchmarks.

``load_templates`` reads the published rows of every document under an output root;
``replica`` gives one document's rows again under a new doc_id (tables renamed to match),
department and fiscal year, everything else as extracted. Rows are Arrow tables with
the types they were published with.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cnbudget.datasets.layout import PER_DOCUMENT
from cnbudget.datasets.views import connect
from cnbudget.schemas.identifiers import table_id

Template = dict[str, pa.Table]  # dataset -> one document's rows


def load_templates(root: str | Path) -> list[Template]:
    """Every document's rows under an output root (any layout), in doc_id order."""
    con = connect(root, PER_DOCUMENT)
    tables = {name: _published_types(con.sql(f'SELECT * FROM "{name}"').to_arrow_table(), Path(root) / name)
              for name in PER_DOCUMENT}
    con.close()
    ids = sorted(tables["documents"].column("doc_id").to_pylist())
    out: list[Template] = []
    for doc_id in ids:
        rows = {}
        for name, t in tables.items():
            part = t.filter(pc.equal(t.column("doc_id"), doc_id))
            if part.num_rows:
                rows[name] = part
        out.append(rows)
    return out


def _published_types(table: pa.Table, folder: Path) -> pa.Table:
    """The rows with the types pyarrow reads from the dataset's files (DuckDB's Arrow
    export differs for timestamps and list field names)."""
    schema = pa.unify_schemas([pq.read_schema(p) for p in folder.rglob("*.parquet")], promote_options="permissive")
    fields = [schema.field(f.name) if f.name in schema.names else f for f in table.schema]
    return table.cast(pa.schema(fields))


def replica_id(n: int, salt: str = "replica") -> str:
    """A doc_id (sha256 hex) for replica number n."""
    return hashlib.sha256(f"{salt}-{n}".encode()).hexdigest()


def replica(template: Template, doc_id: str, department: str | None, fiscal_year: int | None) -> Template:
    """The template document's rows as document doc_id of department and fiscal_year."""
    out = {}
    for name, t in template.items():
        n = t.num_rows
        for col, value in (("doc_id", doc_id), ("department", department), ("fiscal_year", fiscal_year)):
            if col in t.column_names:
                i = t.column_names.index(col)
                t = t.set_column(i, t.schema.field(i), pa.array([value] * n, t.schema.field(i).type))
        if "table_id" in t.column_names:
            i = t.column_names.index("table_id")
            prefix = table_id(doc_id, 0)[: -len("-t000")]
            renamed = pc.binary_join_element_wise(pa.array([prefix] * n, pa.string()),
                                                  pc.utf8_slice_codeunits(t.column(i), len(prefix)), "")
            t = t.set_column(i, t.schema.field(i), renamed.cast(t.schema.field(i).type))
        out[name] = t
    return out
