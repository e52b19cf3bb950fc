"""The `cnbudget` command line (click for parsing, rich for progress and summaries)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.extractors.strategies import STRATEGIES

from . import __version__
from .pipeline import RunSummary, collect_pdfs, extract_to_parquet

DEFAULT_OUT = "data/parquet"


def _print_summary(console: Console, s: RunSummary, out: Path) -> None:
    console.print(
        f"[bold]{s.documents}[/] document(s): [green]{s.ok} ok[/], [yellow]{s.partial} partial[/], "
        f"[red]{s.failed} failed[/]; {s.tables} tables from {s.pages} pages"
        + (f"; {s.duplicates} duplicate file(s) skipped (same bytes)" if s.duplicates else "")
    )
    published = ", ".join(f"{s.rows[name]} {name.replace('_', ' ')}" for name in
                          ("budget_lines", "projects", "indicators", "self_evaluations") if s.rows.get(name))
    if published:
        console.print(f"normalized: {published}")
    if s.rows.get("validations"):
        console.print(f"checks: {s.rows['validations']} run, "
                      + (f"[red]{s.checks_failed} failed[/] (see the validations dataset)" if s.checks_failed
                         else "[green]all hold[/]"))
    if s.failures:
        t = RichTable("file", "problem", title="not fully extracted", title_justify="left")
        for name, why in s.failures:
            t.add_row(name, why)
        console.print(t)
    console.print(f"Parquet datasets in {out}/")


def run_extract(paths, out: Path, quiet: bool, workers: int, strategy: str) -> RunSummary:
    console = Console(stderr=True, quiet=quiet)
    settings = DEFAULT_SETTINGS if strategy == DEFAULT_SETTINGS.strategy else \
        type(DEFAULT_SETTINGS)(strategy=strategy)
    total = len(collect_pdfs(paths))
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=console, disable=quiet or total < 2,
                        transient=True)
    with progress:
        task = progress.add_task("", total=total)
        summary = extract_to_parquet(
            paths, out, settings=settings, workers=workers,
            on_document=lambda d: progress.update(task, advance=1, description=d.file_name[:40]))
    _print_summary(console, summary, out)
    return summary


@click.group()
@click.version_option(__version__, prog_name="cnbudget")
def main() -> None:
    """cnbudget: Chinese government budget disclosures from PDF to Parquet."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", default=DEFAULT_OUT, show_default=True, type=click.Path(path_type=Path),
              help="Output root: one folder per dataset.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--workers", default=min(4, os.cpu_count() or 1), show_default=True,
              help="Documents extracted in parallel (processes).")
@click.option("--strategy", type=click.Choice(sorted(STRATEGIES)), default=DEFAULT_SETTINGS.strategy,
              show_default=True, help="How ruled tables are found on a page.")
def extract(paths, out, quiet, workers, strategy) -> None:
    """Extract PDFs (files or folders of PDFs) into the Parquet datasets.

    Exits 1 when any document failed, 0 otherwise."""
    summary = run_extract(paths, out, quiet, workers, strategy)
    sys.exit(1 if summary.failed else 0)


@main.command()
@click.option("--out", default=DEFAULT_OUT, show_default=True, type=click.Path(path_type=Path))
@click.option("--samples", default="data/samples", show_default=True, type=click.Path(path_type=Path),
              help="Where the generated sample disclosures are written.")
@click.option("--quiet", is_flag=True)
def demo(out, samples, quiet) -> None:
    """The main job on the bundled default: generate sample disclosures (budgets, a final
    accounts report and a broken file) and extract them."""
    from .samples import write_sample_set

    console = Console(stderr=True, quiet=quiet)
    golds = write_sample_set(samples)
    console.print(f"generated {len(golds)} sample disclosure(s) in {samples}/")
    summary = run_extract([samples], out, quiet, 1, DEFAULT_SETTINGS.strategy)
    # the set includes a deliberately broken file: the job succeeds when exactly the
    # broken samples are reported failed
    expected_failures = sum(1 for g in golds if g.status == "failed")
    sys.exit(0 if summary.failed == expected_failures else 1)


# --------------------------------------------------------------------------- nightly harvest (Prefect)


def _nightly(data: Path):
    """Import the Prefect flows with Prefect's state in DATA/.prefect (unless PREFECT_HOME
    is set) and its local, telemetry-free defaults (see flows/nightly.py)."""
    os.environ.setdefault("PREFECT_HOME", str((Path(data) / ".prefect").resolve()))
    from . import nightly

    return nightly


def _registry_or_exit(path: Path) -> None:
    from .sources import RegistryError, load_registry

    try:
        load_registry(path)
    except RegistryError as e:
        err = click.ClickException(str(e))
        err.exit_code = 2  # a usage error: 1 means a source could not be reached
        raise err from None


@main.command()
@click.option("--sources", "sources_file", required=True, type=click.Path(path_type=Path),
              help="Source registry (YAML).")
@click.option("--data", default="data", show_default=True, type=click.Path(path_type=Path),
              help="Manifest, raw documents and Prefect state.")
@click.option("--out", default=None, type=click.Path(path_type=Path), help="Parquet root [default: DATA/parquet].")
@click.option("--workers", default=1, show_default=True, help="Documents extracted in parallel (processes).")
@click.option("--dask-address", default=None, help="Extract on this Dask scheduler (tcp://host:8786).")
def harvest(sources_file, data, out, workers, dask_address) -> None:
    """Run the nightly flow once: crawl and fetch every source, extract what is new.

    Exits 1 only when a source itself could not be reached."""
    _registry_or_exit(sources_file)
    nightly = _nightly(data)
    result = nightly.run_nightly(sources_file, data, out, workers=workers, dask_address=dask_address)
    for line in nightly.summary_lines(result):
        click.echo(line, err=True)
    sys.exit(1 if result["unreachable"] else 0)


@main.command()
@click.option("--sources", "sources_file", required=True, type=click.Path(path_type=Path))
@click.option("--cron", default="0 2 * * *", show_default=True, help="Schedule (cron, server time zone).")
@click.option("--data", default="data", show_default=True, type=click.Path(path_type=Path))
@click.option("--out", default=None, type=click.Path(path_type=Path))
@click.option("--workers", default=1, show_default=True)
@click.option("--dask-address", default=None)
@click.option("--name", default="cnbudget-nightly", show_default=True, help="Deployment name.")
@click.option("--api-port", default=4200, show_default=True,
              help="Port of the local Prefect server started when PREFECT_API_URL is not set.")
def serve(sources_file, cron, data, out, workers, dask_address, name, api_port) -> None:
    """Serve the nightly flow as a scheduled Prefect deployment (runs until stopped).

    Schedules need a Prefect server: the one at PREFECT_API_URL, or else one started on
    127.0.0.1:API_PORT for as long as this command runs."""
    _registry_or_exit(sources_file)
    _nightly(data).serve_nightly(sources_file, data, out, cron=cron, workers=workers,
                                 dask_address=dask_address, name=name, api_port=api_port)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--data", default="data", show_default=True, type=click.Path(path_type=Path))
@click.option("--out", default=None, type=click.Path(path_type=Path))
@click.option("--workers", default=1, show_default=True)
@click.option("--dask-address", default=None)
def ingest(paths, data, out, workers, dask_address) -> None:
    """Process PDFs already downloaded (files or folders) with the harvest's bookkeeping:
    stored content-addressed, extracted once per cnbudget version."""
    nightly = _nightly(data)
    result = nightly.ingest_files(list(paths), data, out, workers=workers, dask_address=dask_address)
    click.echo(f"{result['added']} new file(s) stored", err=True)
    for line in nightly.summary_lines(result):
        click.echo(line, err=True)


@main.command("portal-demo")
@click.option("--data", default="data/portal-demo", show_default=True, type=click.Path(path_type=Path))
@click.option("--runs", default=2, show_default=True, help="Nightly runs against the portal.")
@click.option("--workers", default=1, show_default=True)
@click.option("--port", default=0, show_default=True,
              help="Port of the sample portal on 127.0.0.1 (0: any free port; fix it to re-run incrementally).")
def portal_demo(data, runs, workers, port) -> None:
    """Serve the bundled sample portal on 127.0.0.1, write a registry for it, run the
    nightly flow against it (twice: the second run fetches and extracts nothing) and
    print a summary."""
    nightly = _nightly(data)
    results = nightly.run_portal_demo(data, runs=runs, workers=workers, echo=lambda m: click.echo(m, err=True),
                                      port=port)
    sys.exit(1 if any(r["unreachable"] for r in results) else 0)


if __name__ == "__main__":
    main()
