"""SQL over the datasets (``cnbudget query``): run a query against the views and write its
result as a table for a person, or as CSV or JSON for a program.

CSV and JSON keep amounts exact: a DECIMAL is written as its decimal digits, never
through a float; timestamps and dates are ISO 8601.
"""
from __future__ import annotations

import csv
import json
import math
import os
from datetime import date, datetime, time
from decimal import Decimal
from typing import Iterator, TextIO

import duckdb

from cnbudget.schemas.contract import DATASETS

from .views import DataError, connect, first_line

FORMATS = ("table", "csv", "json")
_BATCH = 10_000


def referenced_datasets(sql: str) -> list[str]:
    """The datasets a query names, so that only their views are created (each view reads
    the schema of every file of its dataset). All of them when the SQL cannot be
    analysed without binding (DuckDB's own error then says what is wrong)."""
    try:
        names = duckdb.get_table_names(sql)
    except duckdb.Error:
        return list(DATASETS)
    return [n for n in DATASETS if n in names]


def open_query(root: str | os.PathLike, sql: str) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the views sql uses (DataError when root holds no datasets)."""
    return connect(root, referenced_datasets(sql))


def _execute(con: duckdb.DuckDBPyConnection, sql: str):
    try:
        return con.execute(sql)
    except duckdb.Error as e:
        raise DataError(f"query failed: {first_line(e)}") from None


def _batches(cur) -> Iterator[list[tuple]]:
    try:
        while rows := cur.fetchmany(_BATCH):
            yield rows
    except duckdb.Error as e:
        raise DataError(f"query failed: {first_line(e)}") from None


def _columns(cur) -> list[str]:
    return [d[0] for d in cur.description or []]


def write_table(con: duckdb.DuckDBPyConnection, sql: str, max_rows: int, max_width: int) -> None:
    """DuckDB's box rendering on stdout (the first and last rows of a long result, the
    columns that fit the width)."""
    try:
        rel = con.sql(sql)
        if rel is not None:
            rel.show(max_rows=max_rows, max_width=max_width)
    except duckdb.Error as e:
        raise DataError(f"query failed: {first_line(e)}") from None


def csv_value(v) -> str:
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, (datetime, date, time)):
        return v.isoformat()
    if isinstance(v, (list, tuple, dict)):
        return json_value(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def write_csv(con: duckdb.DuckDBPyConnection, sql: str, out: TextIO) -> int:
    """The result of sql as CSV with a header row; the number of rows written."""
    cur = _execute(con, sql)
    w = csv.writer(out, lineterminator="\n")
    w.writerow(_columns(cur))
    n = 0
    for rows in _batches(cur):
        w.writerows([csv_value(v) for v in r] for r in rows)
        n += len(rows)
    return n


def json_value(v) -> str:
    """One value as JSON text: decimals as exact numbers, non-finite floats as null."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        return format(v, "f") if v.is_finite() else "null"
    if isinstance(v, float):
        return json.dumps(v) if math.isfinite(v) else "null"
    if isinstance(v, (datetime, date, time)):
        return json.dumps(v.isoformat())
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(json_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)}: {json_value(x)}"
                               for k, x in v.items()) + "}"
    if isinstance(v, (bytes, bytearray)):
        return json.dumps(bytes(v).hex())
    if isinstance(v, int):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)


def write_json(con: duckdb.DuckDBPyConnection, sql: str, out: TextIO) -> int:
    """The result of sql as a JSON array of objects, one per line; the number of rows written."""
    cur = _execute(con, sql)
    keys = [json.dumps(c, ensure_ascii=False) + ": " for c in _columns(cur)]
    out.write("[")
    n = 0
    for rows in _batches(cur):
        for r in rows:
            out.write(("\n" if n == 0 else ",\n") + "{" + ", ".join(k + json_value(v) for k, v in zip(keys, r)) + "}")
            n += 1
    out.write("\n]\n" if n else "]\n")
    return n
