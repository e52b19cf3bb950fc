"""The `cnbudget` command line (click for parsing, rich for progress and summaries).

Each command imports what it needs when it runs, so that `cnbudget --help` stays quick;
the Prefect-based commands set up Prefect's runtime (flows/runtime.py) before the flows
are imported.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from cnbudget.extractors.settings import (DEFAULT_SETTINGS, TEXT_STRATEGIES, ExtractionSettings, SettingsError,
                                          load_settings)

from . import __version__

DEFAULT_OUT = "data/parquet"


def settings_options(f):
    """--settings FILE and --strategy, shared by every command that extracts."""
    f = click.option("--strategy", type=click.Choice(sorted(TEXT_STRATEGIES)), default=None,
                     help=f"How ruled tables are found on text pages [default: {DEFAULT_SETTINGS.strategy}]; "
                          "scanned pages are read by OCR either way.")(f)
    return click.option("--settings", "settings_file", type=click.Path(path_type=Path), default=None,
                        help="Extraction settings (YAML or JSON: only the fields to change, e.g. "
                             "'ocr: {dpi: 300}'); see extractors/settings.py.")(f)


def _settings_or_exit(settings_file: Path | None, strategy: str | None) -> ExtractionSettings:
    if settings_file is None and strategy is None:
        return DEFAULT_SETTINGS
    try:
        return load_settings(settings_file, strategy=strategy)
    except SettingsError as e:
        raise click.BadParameter(str(e), param_hint="--settings") from None


def run_extract(paths, out: Path, quiet: bool, workers: int, settings: ExtractionSettings = DEFAULT_SETTINGS):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import collect_pdfs, extract_to_parquet
    from .report import print_extract_summary

    console = Console(stderr=True, quiet=quiet)
    total = len(collect_pdfs(paths))
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=console, disable=quiet or total < 2,
                        transient=True)
    with progress:
        task = progress.add_task("", total=total)
        summary = extract_to_parquet(
            paths, out, settings=settings, workers=workers,
            on_document=lambda d: progress.update(task, advance=1, description=d.file_name[:40]))
    print_extract_summary(console, summary, out)
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
@settings_options
def extract(paths, out, quiet, workers, settings_file, strategy) -> None:
    """Extract PDFs (files or folders of PDFs) into the Parquet datasets.

    Exits 1 when any document failed, 0 otherwise."""
    summary = run_extract(paths, out, quiet, workers, _settings_or_exit(settings_file, strategy))
    sys.exit(1 if summary.failed else 0)


@main.command()
@click.option("--out", default=DEFAULT_OUT, show_default=True, type=click.Path(path_type=Path))
@click.option("--samples", default="data/samples", show_default=True, type=click.Path(path_type=Path),
              help="Where the generated sample disclosures are written.")
@click.option("--quiet", is_flag=True)
def demo(out, samples, quiet) -> None:
    """The offline demo: generate sample disclosures (budgets, a final accounts report,
    performance targets and a broken file) and extract them, with no portal."""
    from rich.console import Console

    from cnbudget.demo.samples import write_sample_set

    console = Console(stderr=True, quiet=quiet)
    golds = write_sample_set(samples)
    console.print(f"generated {len(golds)} sample disclosure(s) in {samples}/")
    summary = run_extract([samples], out, quiet, 1)
    # the set includes a deliberately broken file: the job succeeds when exactly the
    # broken samples are reported failed
    expected_failures = sum(1 for g in golds if g.status == "failed")
    sys.exit(0 if summary.failed == expected_failures else 1)


# --------------------------------------------------------------------------- nightly harvest (Prefect)


def _nightly(data: Path):
    """The Prefect flows, imported once Prefect's runtime is set up for DATA."""
    from .runtime import configure_prefect

    configure_prefect(data)
    from . import nightly

    return nightly


def _registry_or_exit(path: Path) -> None:
    from cnbudget.harvest import RegistryError, load_registry

    try:
        load_registry(path)
    except RegistryError as e:
        err = click.ClickException(str(e))
        err.exit_code = 2  # a usage error: 1 means a source could not be reached
        raise err from None


def _echo_summary(result: dict) -> None:
    from .report import summary_lines

    for line in summary_lines(result):
        click.echo(line, err=True)


@main.command()
@click.option("--sources", "sources_file", required=True, type=click.Path(path_type=Path),
              help="Source registry (YAML).")
@click.option("--data", default="data", show_default=True, type=click.Path(path_type=Path),
              help="Manifest, raw documents and Prefect state.")
@click.option("--out", default=None, type=click.Path(path_type=Path), help="Parquet root [default: DATA/parquet].")
@click.option("--workers", default=1, show_default=True, help="Documents extracted in parallel (processes).")
@click.option("--dask-address", default=None, help="Extract on this Dask scheduler (tcp://host:8786).")
@settings_options
def harvest(sources_file, data, out, workers, dask_address, settings_file, strategy) -> None:
    """Run the nightly flow once: crawl and fetch every source, extract what is new.

    Exits 1 only when a source itself could not be reached."""
    settings = _settings_or_exit(settings_file, strategy)
    _registry_or_exit(sources_file)
    result = _nightly(data).run_nightly(sources_file, data, out, workers=workers, dask_address=dask_address,
                                        settings=settings)
    _echo_summary(result)
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
@settings_options
def serve(sources_file, cron, data, out, workers, dask_address, name, api_port, settings_file, strategy) -> None:
    """Serve the nightly flow as a scheduled Prefect deployment (runs until stopped).

    Schedules need a Prefect server: the one at PREFECT_API_URL, or else one started on
    127.0.0.1:API_PORT for as long as this command runs."""
    settings = _settings_or_exit(settings_file, strategy)
    _registry_or_exit(sources_file)
    _nightly(data).serve_nightly(sources_file, data, out, cron=cron, workers=workers, dask_address=dask_address,
                                 name=name, api_port=api_port, settings=settings)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--data", default="data", show_default=True, type=click.Path(path_type=Path))
@click.option("--out", default=None, type=click.Path(path_type=Path))
@click.option("--workers", default=1, show_default=True)
@click.option("--dask-address", default=None)
@settings_options
def ingest(paths, data, out, workers, dask_address, settings_file, strategy) -> None:
    """Process PDFs already downloaded (files or folders) with the harvest's bookkeeping:
    stored content-addressed, extracted once per cnbudget version."""
    settings = _settings_or_exit(settings_file, strategy)
    result = _nightly(data).ingest_files(list(paths), data, out, workers=workers, dask_address=dask_address,
                                         settings=settings)
    click.echo(f"{result['added']} new file(s) stored", err=True)
    _echo_summary(result)


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
    _nightly(data)  # Prefect's runtime first
    from cnbudget.demo.runner import run_portal_demo

    results = run_portal_demo(data, runs=runs, workers=workers, echo=lambda m: click.echo(m, err=True), port=port)
    sys.exit(1 if any(r["unreachable"] for r in results) else 0)


if __name__ == "__main__":
    main()
