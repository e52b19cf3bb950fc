"""The commands that read the published datasets: query, datasets, db, export, table,
dictionary, compact, report (the work is in cnbudget.datasets), and inspect (one page of
a PDF as extraction sees it: extractors/inspect.py, drawn by datasets/page_picture.py). Registered on the main group by
``register``; each imports DuckDB and the rest when it runs, so `cnbudget --help` stays
quick.

Expected problems (no data, bad SQL, an unknown table id) end in one line on stderr and
exit status 2.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from cnbudget.extractors.strategy_names import DEFAULT_TEXT_STRATEGY, TEXT_STRATEGIES  # names only, no pydantic

DEFAULT_DATA = "data/parquet"


class DataUsageError(click.ClickException):
    exit_code = 2


def _data_option(f):
    return click.option("--data", "data", default=DEFAULT_DATA, show_default=True,
                        type=click.Path(path_type=Path), help="Output root of `extract` (one folder per dataset).")(f)


def _fail(e: Exception):
    raise DataUsageError(str(e)) from None


@click.command()
@click.argument("sql")
@_data_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table for a person; csv or json (exact decimals) for a program.")
@click.option("--max-rows", default=40, show_default=True, help="Rows shown by --format table.")
def query(sql, data, fmt, max_rows) -> None:
    """Run SQL over the datasets: one view per dataset, named as the dataset.

    \b
    cnbudget query "SELECT doc_type, count(*) FROM documents GROUP BY ALL"
    """
    from cnbudget.datasets.query import open_query, write_csv, write_json, write_table
    from cnbudget.datasets.views import DataError

    try:
        con = open_query(data, sql)
        try:
            if fmt == "table":
                write_table(con, sql, max_rows=max_rows, max_width=shutil.get_terminal_size((160, 40)).columns)
            elif fmt == "csv":
                write_csv(con, sql, sys.stdout)
            else:
                write_json(con, sql, sys.stdout)
        finally:
            con.close()
    except DataError as e:
        _fail(e)


@click.command()
@_data_option
def datasets(data) -> None:
    """List the datasets: rows, files and columns."""
    import textwrap

    from cnbudget.datasets.views import DataError, connect, data_root, view_columns
    from cnbudget.schemas.contract import DATASET_DOCS

    try:
        root = data_root(data)
        con = connect(root)
        for name in DATASET_DOCS:
            rows = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            cols = view_columns(con, name)
            files = sum(1 for _ in (root / name).rglob("*.parquet")) if (root / name).is_dir() else 0
            click.echo(f"{name}: {rows} rows in {files} file(s); one row per {DATASET_DOCS[name]}")
            click.echo(textwrap.fill(", ".join(f"{c[0]} {c[1]}" for c in cols), width=100,
                                     initial_indent="  ", subsequent_indent="  "))
        con.close()
    except DataError as e:
        _fail(e)


@click.command()
@_data_option
@click.option("--out", required=True, type=click.Path(path_type=Path), help="The DuckDB database file to write.")
def db(data, out) -> None:
    """Write a DuckDB database holding the views (absolute paths: it opens from anywhere),
    for the DuckDB CLI, DBeaver, pandas and polars."""
    from cnbudget.datasets.views import DataError, write_database

    try:
        names = write_database(data, out)
    except DataError as e:
        _fail(e)
    click.echo(f"{out}: {len(names)} views ({', '.join(names)}) over {Path(data).resolve()}", err=True)


@click.command()
@_data_option
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "parquet"]), required=True)
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="A folder (csv, parquet: one file per dataset) or a .xlsx file (one sheet per dataset).")
@click.option("--dataset", "names", multiple=True, help="Export only this dataset (repeatable).")
def export(data, fmt, out, names) -> None:
    """Export the datasets as CSV (UTF-8 with BOM, for Excel), XLSX or Parquet."""
    from cnbudget.datasets.export import export as run_export
    from cnbudget.datasets.views import DataError

    try:
        done = run_export(data, fmt, out, names or None)
    except DataError as e:
        _fail(e)
    for x in done:
        click.echo(f"{x.dataset}: {x.rows} rows -> {x.path}", err=True)


@click.command()
@click.argument("table_id")
@_data_option
@click.option("--csv", "as_csv", is_flag=True, help="CSV rows (a merged cell's text in its top-left slot).")
@click.option("--max-col-width", default=24, show_default=True, help="Wrap cell text beyond this many columns.")
@click.option("--ascii", "ascii_only", is_flag=True, help="Draw the grid with +, - and | only.")
def table(table_id, data, as_csv, max_col_width, ascii_only) -> None:
    """Print one extracted table as printed: its grid with merged cells."""
    from cnbudget.datasets.table_grid import load_table
    from cnbudget.datasets.views import DataError

    try:
        t = load_table(data, table_id)
    except DataError as e:
        _fail(e)
    if as_csv:
        click.echo(t.to_csv(), nl=False)
    else:
        click.echo(t.caption())
        click.echo(t.render(max_col_width=max_col_width, ascii_only=ascii_only), nl=False)


@click.command()
@_data_option
@click.option("--documents-per-file", type=click.IntRange(min=1), default=None,
              help="Documents per compacted file [default: the settings' compaction.documents_per_file].")
@click.option("--wait", "wait_seconds", type=click.FloatRange(min=0), default=None,
              help="Seconds to wait for a run writing into the same output [default: the settings'].")
def compact(data, documents_per_file, wait_seconds) -> None:
    """Fold the documents published since the last compaction into few large files per
    dataset (per fiscal year), without changing a row. Runs also after each run that
    leaves enough of them; safe to interrupt, and waits for a run writing the same output."""
    from cnbudget.datasets.compact import compact as run_compact
    from cnbudget.datasets.views import DataError, data_root
    from cnbudget.extractors.settings import DEFAULT_SETTINGS

    defaults = DEFAULT_SETTINGS.compaction
    try:
        root = data_root(data)
    except DataError as e:
        _fail(e)
    import duckdb

    try:
        report = run_compact(root, documents_per_file=documents_per_file or defaults.documents_per_file,
                             wait_seconds=defaults.lock_wait_seconds if wait_seconds is None else wait_seconds)
    except (OSError, duckdb.Error) as e:  # a read-only folder, a full disk: nothing changed (see compact.py)
        _fail(f"{data}: cannot compact: {getattr(e, 'strerror', None) or str(e).splitlines()[0]}")
    click.echo(report.line(), err=True)


@click.command()
@click.option("--out", default="docs/data-dictionary.md", show_default=True, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Exit 1 when the file is not what would be written.")
def dictionary(out, check) -> None:
    """Write the data dictionary (every dataset, column, type, meaning and vocabulary)
    from schemas/contract.py."""
    from cnbudget.datasets.dictionary import render

    text = render()
    if check:
        current = out.read_text(encoding="utf-8") if out.exists() else None
        if current != text:
            click.echo(f"{out} is stale: run cnbudget dictionary --out {out}", err=True)
            sys.exit(1)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    click.echo(f"wrote {out}", err=True)


@click.command()
@_data_option
@click.option("--out", default="report.html", show_default=True, type=click.Path(path_type=Path),
              help="The HTML file to write; page pictures go to <name>_files/ beside it.")
@click.option("--pdfs", "pdf_dirs", multiple=True, type=click.Path(path_type=Path),
              help="A folder holding the extracted PDFs (repeatable), for the page pictures of documents "
                   "that are not in the harvest's raw store (DATA/raw).")
def report(data, out, pdf_dirs) -> None:
    """Write one static HTML page, readable offline: plots of documents, tables, pages,
    checks, totals and indicators, and every failed check linked to a picture of its page."""
    from cnbudget.datasets.report import write_report
    from cnbudget.datasets.views import DataError

    try:
        result = write_report(data, out, pdf_dirs)
    except DataError as e:
        _fail(e)
    click.echo(result.line(), err=True)


@click.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--page", "page", required=True, type=click.IntRange(min=1), help="1-based page number.")
@click.option("--out", required=True, type=click.Path(path_type=Path), help="The PNG file to write.")
@click.option("--dpi", default=144, show_default=True, type=click.IntRange(36, 600), help="Resolution of the picture.")
@click.option("--strategy", type=click.Choice(TEXT_STRATEGIES), default=None,
              help=f"How ruled tables are found on text pages [default: {DEFAULT_TEXT_STRATEGY}].")
@click.option("--settings", "settings_file", type=click.Path(path_type=Path), default=None,
              help="Extraction settings (YAML or JSON), as for `extract`.")
def inspect(pdf, page, out, dpi, strategy, settings_file) -> None:
    """Draw what extraction finds on one page: tables (coloured by method), grid, merged
    cells, cell confidence, title and unit, over the rendered page."""
    from cnbudget.datasets.page_picture import write_inspection
    from cnbudget.extractors.inspect import InspectError
    from cnbudget.extractors.settings import DEFAULT_SETTINGS, SettingsError, load_settings

    try:
        settings = DEFAULT_SETTINGS if settings_file is None and strategy is None else \
            load_settings(settings_file, strategy=strategy)
    except SettingsError as e:
        raise click.BadParameter(str(e), param_hint="--settings") from None
    if out.is_dir():
        _fail(ValueError(f"{out}: is a directory; give a file name such as page.png"))
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        insp = write_inspection(pdf, page, out, settings, scale=dpi / 72)
    except InspectError as e:
        _fail(e)
    click.echo(insp.summary())
    click.echo(f"wrote {out}", err=True)


def register(group: click.Group) -> None:
    for cmd in (query, datasets, db, export, table, dictionary, compact, report, inspect):
        group.add_command(cmd)
