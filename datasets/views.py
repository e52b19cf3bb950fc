"""DuckDB views over the published datasets: one view per dataset, named as the dataset.

A view reads every Parquet file below ``OUT/<dataset>/``, recursively, with hive
partitions and columns matched by name (``read_parquet('OUT/<dataset>/**/*.parquet',
hive_partitioning=true, union_by_name=true)``, the read expression of the output
contract). It therefore reads the one-file-per-document layout, compacted files and
partition folders alike, and a view saved in a database file (``write_database``) keeps
working when the layout under it changes. Paths are absolute, so such a database opens
from any working directory. Where files lie beside partition folders (which DuckDB's hive
reading refuses), the view reads them all without hive partitioning: partitioned files
must then hold their partition columns themselves.

A dataset whose folder holds no file yet is an empty view with the contract's columns, so
every query of the contract binds on any output.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow as pa

from cnbudget.schemas.contract import COLUMN_DOCS, DATASET_DOCS, DATASETS

from .layout import settle


class DataError(Exception):
    """A readable one-line reason the datasets cannot be read or queried."""


def duckdb_types(schema: pa.Schema) -> list[tuple[str, str]]:
    """(column, DuckDB type) of an Arrow schema, as a view over its Parquet files reports them."""
    rel = duckdb.from_arrow(schema.empty_table())
    return list(zip(rel.columns, (str(t) for t in rel.types)))


def data_root(root: str | os.PathLike) -> Path:
    """The output root, absolute; DataError when it holds no dataset."""
    path = Path(root).expanduser().resolve()
    if not path.is_dir():
        raise DataError(f"{root}: no such directory (extract PDFs first: cnbudget extract PDF... --out {root})")
    if not any((path / name).is_dir() for name in DATASETS):
        raise DataError(f"{root}: no datasets here (expected folders such as documents/ and tables/; "
                        f"extract PDFs first: cnbudget extract PDF... --out {root})")
    return path


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def has_files(root: Path, name: str) -> bool:
    folder = root / name
    return folder.is_dir() and next(folder.rglob("*.parquet"), None) is not None


def scan_sql(root: Path, name: str, hive: bool = True) -> str:
    """The contract's read expression for one dataset under root (an absolute path)."""
    pattern = (root / name).as_posix() + "/**/*.parquet"
    return f"read_parquet({_literal(pattern)}, hive_partitioning={str(hive).lower()}, union_by_name=true)"


def _empty_sql(name: str) -> str:
    cols = ", ".join(f'CAST(NULL AS {typ}) AS "{col}"' for col, typ in duckdb_types(DATASETS[name]))
    return f"SELECT {cols} LIMIT 0"


def view_sql(root: Path, name: str, hive: bool = True) -> str:
    body = f"SELECT * FROM {scan_sql(root, name, hive)}" if has_files(root, name) else _empty_sql(name)
    return f'CREATE OR REPLACE VIEW "{name}" AS {body}'


def create_views(con: duckdb.DuckDBPyConnection, root: str | os.PathLike,
                 names: Iterable[str] | None = None, comments: bool = False) -> list[str]:
    """Create a view per dataset (or per name given) in con; the names created.

    Creating a view reads the schema of every file of its dataset, so a query creates
    only the views it uses (``query.referenced_datasets``)."""
    root = data_root(root)
    settle(root)  # a change a killed writer left half-done is finished first (datasets/layout.py)
    created = []
    for name in DATASETS if names is None else [n for n in DATASETS if n in set(names)]:
        try:
            try:
                con.execute(view_sql(root, name))
            except duckdb.BinderException as e:
                if "hive partition mismatch" not in str(e).lower():
                    raise
                # files beside partition folders (new documents next to compacted ones):
                # read them all without partition columns, which the files then must hold
                con.execute(view_sql(root, name, hive=False))
        except duckdb.Error as e:
            raise DataError(f"{name}: cannot read {root / name}: {first_line(e)}") from None
        if comments:
            _comment(con, name)
        created.append(name)
    return created


def _comment(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """The contract's meanings as view and column comments (shown by DBeaver and duckdb_columns())."""
    con.execute(f'COMMENT ON VIEW "{name}" IS {_literal(DATASET_DOCS[name])}')
    present = {col for col, _ in view_columns(con, name)}
    for col, doc in COLUMN_DOCS[name].items():
        if col in present:
            con.execute(f'COMMENT ON COLUMN "{name}"."{col}" IS {_literal(doc)}')


def view_columns(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    """(column, type) of a view (not DESCRIBE: `DESCRIBE tables` lists the tables)."""
    return [(d[0], str(d[1])) for d in con.execute(f'SELECT * FROM "{name}" LIMIT 0').description]


def connect(root: str | os.PathLike, names: Iterable[str] | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the views of the datasets under root."""
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")  # timestamps print as stored, whatever the machine's zone
    create_views(con, root, names)
    return con


def write_database(root: str | os.PathLike, out: str | os.PathLike) -> list[str]:
    """A DuckDB database file at out holding the views (absolute paths, with comments),
    for the DuckDB CLI, DBeaver, pandas and polars; existing views are replaced, anything
    else in the file is kept. Returns the views written."""
    root = data_root(root)
    out = Path(out)
    if out.is_dir():
        raise DataError(f"{out}: is a directory; give a file name such as budgets.duckdb")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(out))
    except duckdb.Error as e:
        raise DataError(f"{out}: cannot open as a DuckDB database: {first_line(e)}") from None
    try:
        return create_views(con, root, comments=True)
    finally:
        con.close()


def first_line(exc: BaseException) -> str:
    """DuckDB's message without its multi-line context (LINE 1: … ^)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
