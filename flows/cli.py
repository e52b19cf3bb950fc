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


if __name__ == "__main__":
    main()
