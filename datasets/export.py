"""Export the datasets for spreadsheets and other tools (``cnbudget export``): one file
(CSV, Parquet) or one sheet (XLSX) per dataset, read through the views, so the export is
the same whatever the layout on disk.

- csv: ``OUT/<dataset>.csv``, UTF-8 with a byte-order mark (Excel reads it as UTF-8 only
  with one), header row, written by DuckDB's CSV writer.
- parquet: ``OUT/<dataset>.parquet`` (zstd), one file per dataset with the contract's types.
- xlsx: one workbook, a sheet per dataset (openpyxl in write-only mode, streaming rows:
  nothing is downloaded, unlike DuckDB's excel extension); amounts as numbers formatted
  #,##0.00, timestamps in UTC; a dataset longer than Excel's 1,048,576 rows continues on
  sheets "<dataset> (2)", … .

Every file is written to a temporary name and renamed into place.
"""
from __future__ import annotations

import itertools
import math
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Iterable

import duckdb

from cnbudget.schemas.contract import DATASETS

from .query import csv_value
from .views import DataError, connect, first_line

FORMATS = ("csv", "xlsx", "parquet")
BOM = b"\xef\xbb\xbf"
EXCEL_MAX_ROWS = 1_048_576  # rows of a sheet, the header included
EXCEL_MAX_TEXT = 32_767  # characters of a cell
_BATCH = 10_000


@dataclass
class Exported:
    dataset: str
    rows: int
    path: Path


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _selected(names: Iterable[str] | None) -> list[str]:
    if not names:
        return list(DATASETS)
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        raise DataError(f"unknown dataset {', '.join(unknown)}; one of {', '.join(DATASETS)}")
    return [n for n in DATASETS if n in set(names)]


def export(root: str | os.PathLike, fmt: str, out: str | os.PathLike,
           datasets: Iterable[str] | None = None) -> list[Exported]:
    """Export the datasets under root to out (a folder for csv and parquet, a file for
    xlsx); what was written, one entry per dataset."""
    if fmt not in FORMATS:
        raise DataError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    names = _selected(datasets)
    con = connect(root, names)
    out = Path(out)
    try:
        if fmt == "xlsx":
            return _xlsx(con, names, out)
        if out.exists() and not out.is_dir():
            raise DataError(f"{out}: not a directory (csv and parquet write one file per dataset into a folder)")
        out.mkdir(parents=True, exist_ok=True)
        return [_copy(con, name, fmt, out) for name in names]
    except duckdb.Error as e:
        raise DataError(f"export failed: {first_line(e)}") from None
    finally:
        con.close()


def _copy(con: duckdb.DuckDBPyConnection, name: str, fmt: str, out: Path) -> Exported:
    path = out / f"{name}.{fmt}"
    tmp = _tmp(path)
    options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet, COMPRESSION zstd"
    body = tmp.with_name(tmp.name + ".body") if fmt == "csv" else tmp
    try:
        con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{body.as_posix().replace(chr(39), chr(39) * 2)}' ({options})")
        if fmt == "csv":
            with open(tmp, "wb") as dst, open(body, "rb") as src:
                dst.write(BOM)
                shutil.copyfileobj(src, dst, 1 << 20)
        os.replace(tmp, path)
    finally:
        for leftover in {body, tmp}:
            leftover.unlink(missing_ok=True)
    rows = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
    return Exported(name, rows, path)


# --------------------------------------------------------------------------- xlsx


def xlsx_value(v):
    """A value openpyxl writes and Excel reads: exact decimals stay Decimal (written as
    numbers), timestamps become naive UTC, lists are joined, text loses the control
    characters XML cannot hold and is cut at Excel's cell limit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if v is None or isinstance(v, (bool, int, Decimal)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, datetime):
        return v.astimezone(timezone.utc).replace(tzinfo=None) if v.tzinfo else v
    if isinstance(v, str):
        return ILLEGAL_CHARACTERS_RE.sub("", v)[:EXCEL_MAX_TEXT]
    if isinstance(v, (list, tuple)):
        return xlsx_value(", ".join(csv_value(x) for x in v))
    if isinstance(v, (dict, bytes, bytearray)):
        return xlsx_value(csv_value(v))
    return v  # date, time


def _sheet(wb, title: str, cols: list[str], sample: list[tuple]):
    """A write-only sheet with a bold, frozen header and columns as wide as their first
    rows need (a CJK character counts two)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from rich.cells import cell_len

    ws = wb.create_sheet(title=title)
    for i, col in enumerate(cols):
        width = max([cell_len(col)] + [cell_len(csv_value(r[i])) for r in sample[:200]])
        ws.column_dimensions[get_column_letter(i + 1)].width = min(60, max(8, width + 2))
    ws.freeze_panes = "A2"
    header = []
    for col in cols:
        c = WriteOnlyCell(ws, value=col)
        c.font = Font(bold=True)
        header.append(c)
    ws.append(header)
    return ws


def _finish(ws, n_cols: int, n_rows: int) -> None:
    from openpyxl.utils import get_column_letter

    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, n_cols))}{n_rows + 1}"


def _xlsx_row(ws, row: tuple, amounts: set[int]) -> list:
    from openpyxl.cell import WriteOnlyCell

    out = []
    for i, v in enumerate(row):
        v = xlsx_value(v)
        if i in amounts and v is not None:
            c = WriteOnlyCell(ws, value=v)
            c.number_format = "#,##0.00"
            v = c
        out.append(v)
    return out


def _xlsx(con: duckdb.DuckDBPyConnection, names: list[str], out: Path) -> list[Exported]:
    from openpyxl import Workbook

    if out.is_dir():
        raise DataError(f"{out}: is a directory; give a file name such as budgets.xlsx")
    if out.suffix.lower() != ".xlsx":
        raise DataError(f"{out}: an xlsx export needs a file name ending in .xlsx")
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook(write_only=True)
    done = []
    for name in names:
        cur = con.execute(f'SELECT * FROM "{name}"')
        cols = [d[0] for d in cur.description]
        amounts = {i for i, d in enumerate(cur.description) if str(d[1]).upper().startswith("DECIMAL")}
        first = cur.fetchmany(_BATCH)
        rows = itertools.chain(first, _rest(cur))
        part, in_sheet, n = 1, 0, 0
        ws = _sheet(wb, name, cols, first)
        for r in rows:
            if in_sheet == EXCEL_MAX_ROWS - 1:  # the header takes a row
                _finish(ws, len(cols), in_sheet)
                part, in_sheet = part + 1, 0
                ws = _sheet(wb, f"{name} ({part})", cols, first)
            ws.append(_xlsx_row(ws, r, amounts))
            in_sheet += 1
            n += 1
        _finish(ws, len(cols), in_sheet)
        done.append(Exported(name, n, out))
    tmp = _tmp(out)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return done


def _rest(cur):
    while batch := cur.fetchmany(_BATCH):
        yield from batch
