"""The `cnbudget` command line (click for parsing, rich for progress and summaries).

Each command imports what it needs when it runs: importing this module, `cnbudget
--help`, `--version` and every command's `--help` load click and nothing heavy (no
pydantic settings, pandas, pyarrow, DuckDB, pdfplumber, jieba or Prefect;
tests/test_startup.py guards it, benchmarks/bench_startup.py times it). The
Prefect-based commands set up Prefect's runtime (flows/runtime.py) before the flows
are imported.

Every argument is checked before any work starts (paths, output folders, the registry,
the settings, the schedule), and a problem ends the command with one line on stderr
and exit code 2. Exit codes by class are in flows/report.ExitCode (README, "Exit
codes"). Ctrl-C and SIGTERM end the command cleanly (flows/runtime.py).
"""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from typing import TYPE_CHECKING

import click

from cnbudget.extractors.strategy_names import DEFAULT_TEXT_STRATEGY, TEXT_STRATEGIES

from . import __version__
from .report import DEFAULT_MAX_FAILED_SHARE, ExitCode

if TYPE_CHECKING:
    from cnbudget.extractors.settings import ExtractionSettings

DEFAULT_OUT = "data/parquet"
WORKERS = click.IntRange(1, 256)


class BadArgument(click.ClickException):
    """A bad argument or configuration, found before any work: exit code 2."""

    exit_code = ExitCode.BAD_ARGS


def check_inputs(paths) -> None:
    """Every path given exists, a file is a regular file (not a FIFO or a device, which
    would hang the reader), and a folder holds at least one PDF."""
    for p in map(Path, paths):
        try:
            st = os.stat(p)
        except FileNotFoundError:
            raise BadArgument(f"{p}: no such file or folder") from None
        except OSError as e:
            raise BadArgument(f"{p}: {e.strerror or e}") from None
        if stat.S_ISDIR(st.st_mode):
            if not any(q.suffix.lower() == ".pdf" and q.is_file() for q in p.rglob("*")):
                raise BadArgument(f"{p}: no PDF in this folder (or below it)")
        elif not stat.S_ISREG(st.st_mode):
            raise BadArgument(f"{p}: not a regular file")
        elif not os.access(p, os.R_OK):
            raise BadArgument(f"{p}: permission denied")


def check_writable_dir(path: Path, option: str) -> None:
    """An output folder that exists or can be created, and can be written into."""
    if path.exists() and not path.is_dir():
        raise BadArgument(f"{option} {path}: exists and is not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as e:
        raise BadArgument(f"{option} {path}: cannot write there ({e.strerror or e})") from None


def check_cron(cron: str) -> None:
    """A schedule Prefect accepts (checked before any server starts)."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron)
    except ValidationError as e:
        reason = e.errors()[0]["msg"].removeprefix("Value error, ")
        raise BadArgument(f"--cron {cron!r}: {reason}") from None


def _option_name(e: click.ClickException) -> str:
    ctx = getattr(e, "ctx", None)
    return f"cnbudget {ctx.info_name}" if ctx is not None and ctx.parent is not None else "cnbudget"


class Main(click.Group):
    """The command group, run so that every failure ends in one line and its exit code
    by class: usage errors 2, a locked data directory 4, Ctrl-C 130, SIGTERM 143."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        from .datadir import DataDirLocked
        from .runtime import install_signal_handlers

        install_signal_handlers()
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.Exit as e:
            sys.exit(e.exit_code)
        except click.ClickException as e:
            click.echo(f"{_option_name(e)}: {e.format_message()}"
                       + (" (see --help)" if isinstance(e, click.UsageError) else ""), err=True)
            sys.exit(e.exit_code)
        except DataDirLocked as e:
            click.echo(f"cnbudget: {e}", err=True)
            sys.exit(ExitCode.DATA_LOCKED)
        except (KeyboardInterrupt, click.exceptions.Abort) as e:
            from .runtime import stop_descendants

            # click turns KeyboardInterrupt (and so SIGTERM's Terminated) into Abort
            code = getattr(e, "exit_code", None) or getattr(e.__cause__, "exit_code", ExitCode.INTERRUPTED)
            stop_descendants(timeout=5)  # a worker pool's helpers (its forkserver) go with us
            sys.stderr.write("cnbudget: interrupted\n")
            sys.stderr.flush()
            os._exit(code)  # no waiting on threads still finishing a request: nothing half-written is kept
        if isinstance(rv, int):
            sys.exit(rv)


def settings_options(f):
    """--settings FILE and --strategy, shared by every command that extracts."""
    f = click.option("--strategy", type=click.Choice(sorted(TEXT_STRATEGIES)), default=None,
                     help=f"How ruled tables are found on text pages [default: {DEFAULT_TEXT_STRATEGY}]; "
                          "scanned pages are read by OCR either way.")(f)
    return click.option("--settings", "settings_file", type=click.Path(path_type=Path), default=None,
                        help="Extraction settings (YAML or JSON: only the fields to change, e.g. "
                             "'ocr: {dpi: 300}'); see extractors/settings.py.")(f)


def _settings_or_exit(settings_file: Path | None, strategy: str | None) -> ExtractionSettings:
    # pydantic and the settings models load here, when a command runs, not for --help
    from cnbudget.extractors.settings import DEFAULT_SETTINGS, SettingsError, load_settings

    if settings_file is None and strategy is None:
        return DEFAULT_SETTINGS
    try:
        return load_settings(settings_file, strategy=strategy)
    except SettingsError as e:
        raise click.BadParameter(str(e), param_hint="--settings") from None


def run_extract(paths, out: Path, quiet: bool, workers: int, settings: ExtractionSettings | None = None):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import collect_pdfs, extract_to_parquet
    from .report import print_extract_summary

    if settings is None:
        from cnbudget.extractors.settings import DEFAULT_SETTINGS

        settings = DEFAULT_SETTINGS
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


@click.group(cls=Main)
@click.version_option(__version__, prog_name="cnbudget")
def main() -> None:
    """cnbudget: Chinese government budget disclosures from PDF to Parquet."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", default=DEFAULT_OUT, show_default=True, type=click.Path(path_type=Path),
              help="Output root: one folder per dataset.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--workers", default=min(4, os.cpu_count() or 1), show_default=True, type=WORKERS,
              help="Documents extracted in parallel (processes).")
@settings_options
def extract(paths, out, quiet, workers, settings_file, strategy) -> None:
    """Extract PDFs (files or folders of PDFs) into the Parquet datasets.

    Exits 1 when any document failed, 0 otherwise; 2 on a bad argument."""
    settings = _settings_or_exit(settings_file, strategy)
    check_inputs(paths)
    check_writable_dir(out, "--out")
    summary = run_extract(paths, out, quiet, workers, settings)
    sys.exit(ExitCode.DOCUMENTS_FAILED if summary.failed else ExitCode.OK)


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

    check_writable_dir(out, "--out")
    check_writable_dir(samples, "--samples")
    console = Console(stderr=True, quiet=quiet)
    golds = write_sample_set(samples)
    console.print(f"generated {len(golds)} sample disclosure(s) in {samples}/")
    summary = run_extract([samples], out, quiet, 1)
    # the set includes a deliberately broken file: the job succeeds when exactly the
    # broken samples are reported failed
    expected_failures = sum(1 for g in golds if g.status == "failed")
    sys.exit(0 if summary.failed == expected_failures else 1)


# --------------------------------------------------------------------------- nightly harvest


def _nightly(data: Path):
    """The nightly flows, imported once Prefect's runtime is set up for DATA (Prefect
    itself is imported only when there is an API to report to)."""
    from .runtime import configure_prefect

    configure_prefect(data)
    from . import nightly

    return nightly


def _registry_or_exit(path: Path) -> None:
    from cnbudget.harvest import RegistryError, read_registry

    try:
        read_registry(path)
    except RegistryError as e:
        raise BadArgument(" ".join(str(e).split())) from None


def _echo_summary(result: dict) -> None:
    from .report import summary_lines

    for line in summary_lines(result):
        click.echo(line)


def _exit_with(result: dict) -> None:
    sys.exit(result["outcome"]["exit_code"])


def run_options(f):
    """--data, --out, --workers, --dask-address and --max-failed-share, shared by the
    commands that run the nightly flows."""
    f = click.option("--max-failed-share", default=DEFAULT_MAX_FAILED_SHARE, show_default=True,
                     type=click.FloatRange(0, 1),
                     help="The run ends FAILED (in Prefect, and its record) when more than this share of "
                          "its documents failed; a source unreachable always fails it.")(f)
    f = click.option("--dask-address", default=None, help="Extract on this Dask scheduler (tcp://host:8786).")(f)
    f = click.option("--workers", default=1, show_default=True, type=WORKERS,
                     help="Documents extracted in parallel (processes).")(f)
    f = click.option("--out", default=None, type=click.Path(path_type=Path),
                     help="Parquet root [default: DATA/parquet].")(f)
    return click.option("--data", default="data", show_default=True, type=click.Path(path_type=Path),
                        help="Manifest, raw documents, run logs (DATA/logs) and Prefect state.")(f)


def _check_run_dirs(data: Path, out: Path | None) -> None:
    check_writable_dir(data, "--data")
    if out is not None:
        check_writable_dir(out, "--out")


@main.command()
@click.option("--sources", "sources_file", required=True, type=click.Path(path_type=Path),
              help="Source registry (YAML).")
@run_options
@settings_options
def harvest(sources_file, data, out, workers, dask_address, max_failed_share, settings_file, strategy) -> None:
    """Run the nightly flow once: crawl and fetch every source, extract what is new.

    Exit codes: 0 all well, 1 some documents or links failed, 2 bad arguments,
    3 a source unreachable, 4 the data directory in use, 130 interrupted."""
    settings = _settings_or_exit(settings_file, strategy)
    _registry_or_exit(sources_file)
    _check_run_dirs(data, out)
    result = _nightly(data).run_nightly(sources_file, data, out, workers=workers, dask_address=dask_address,
                                        settings=settings, max_failed_share=max_failed_share)
    _echo_summary(result)
    _exit_with(result)


@main.command()
@click.option("--sources", "sources_file", required=True, type=click.Path(path_type=Path))
@click.option("--cron", default="0 2 * * *", show_default=True, help="Schedule (cron, server time zone).")
@run_options
@click.option("--name", default="cnbudget-nightly", show_default=True, help="Deployment name.")
@click.option("--api-port", default=4200, show_default=True, type=click.IntRange(1, 65535),
              help="Port of the local Prefect server started when PREFECT_API_URL is not set.")
@click.option("--ui/--no-ui", default=False, show_default=True,
              help="Serve Prefect's web UI with the local server.")
@click.option("--skip-late-after", default=3600.0, show_default=True, type=click.FloatRange(0),
              help="Seconds: a scheduled run that starts later than this is skipped, not caught up.")
@settings_options
def serve(sources_file, cron, data, out, workers, dask_address, max_failed_share, name, api_port, ui,
          skip_late_after, settings_file, strategy) -> None:
    """Serve the nightly flow as a scheduled Prefect deployment (runs until stopped).

    Schedules need a Prefect server: the one at PREFECT_API_URL, or else one started on
    127.0.0.1:API_PORT for as long as this command runs. At most one run at a time;
    runs missed while it was stopped are skipped."""
    settings = _settings_or_exit(settings_file, strategy)
    _registry_or_exit(sources_file)
    _check_run_dirs(data, out)
    nightly = _nightly(data)
    check_cron(cron)
    from .runtime import port_is_free, prefect_api_url

    if not prefect_api_url() and not port_is_free(api_port):
        raise BadArgument(f"--api-port {api_port}: in use on 127.0.0.1")
    try:
        nightly.serve_nightly(sources_file, data, out, cron=cron, workers=workers, dask_address=dask_address,
                              name=name, api_port=api_port, ui=ui, settings=nightly.settings_parameter(settings),
                              max_failed_share=max_failed_share, skip_late_after=skip_late_after, echo=click.echo)
    except KeyboardInterrupt:  # how a server is stopped: not an error
        click.echo("stopped", err=True)
    except RuntimeError as e:  # the local server would not start
        raise click.ClickException(str(e)) from None


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@run_options
@settings_options
def ingest(paths, data, out, workers, dask_address, max_failed_share, settings_file, strategy) -> None:
    """Process PDFs already downloaded (files or folders) with the harvest's bookkeeping:
    stored content-addressed, extracted once per cnbudget version.

    Exit codes: 0 all well, 1 some documents failed, 2 bad arguments, 4 the data
    directory in use, 130 interrupted."""
    settings = _settings_or_exit(settings_file, strategy)
    check_inputs(paths)
    _check_run_dirs(data, out)
    result = _nightly(data).ingest_files(list(paths), data, out, workers=workers, dask_address=dask_address,
                                         settings=settings, max_failed_share=max_failed_share)
    click.echo(f"{result['added']} new file(s) stored")
    _echo_summary(result)
    _exit_with(result)


@main.command()
@click.option("--dir", "directory", default="data/portal", show_default=True, type=click.Path(path_type=Path),
              help="Where the sample disclosures and the registry are written.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port on 127.0.0.1 (0: any free port).")
def portal(directory, port) -> None:
    """Serve the bundled sample portal on 127.0.0.1 until stopped, and write a source
    registry for it (DIR/sources.yaml) that `harvest` and `serve` can be pointed at."""
    from .runtime import port_is_free

    check_writable_dir(directory, "--dir")
    if port and not port_is_free(port):
        raise BadArgument(f"--port {port}: in use on 127.0.0.1")
    from cnbudget.demo.portal import sample_portal
    from cnbudget.harvest import dump_registry

    site = sample_portal(directory, port=port)
    try:
        with site:
            registry = dump_registry([site.source("sample-portal")], directory / "sources.yaml")
            click.echo(f"sample portal on {site.url('index.html')}; registry {registry}")
            click.echo(f"try: cnbudget harvest --sources {registry} --data data/portal-run   (Ctrl-C stops the portal)")
            import time

            while True:
                time.sleep(3600)
    except KeyboardInterrupt:  # how a server is stopped: not an error
        click.echo("portal stopped", err=True)


@main.command("portal-demo")
@click.option("--data", default="data/portal-demo", show_default=True, type=click.Path(path_type=Path))
@click.option("--runs", default=2, show_default=True, type=click.IntRange(1, 100),
              help="Nightly runs against the portal.")
@click.option("--workers", default=1, show_default=True, type=WORKERS)
@click.option("--port", default=0, show_default=True, type=click.IntRange(0, 65535),
              help="Port of the sample portal on 127.0.0.1 (0: any free port; fix it to re-run incrementally).")
def portal_demo(data, runs, workers, port) -> None:
    """Serve the bundled sample portal on 127.0.0.1, write a registry for it, run the
    nightly flow against it (twice: the second run fetches and extracts nothing) and
    print a summary. Its broken link and HTML page served as .pdf are there on purpose:
    exit code 0 unless the portal could not be reached (3)."""
    check_writable_dir(data, "--data")
    if port:
        from .runtime import port_is_free

        if not port_is_free(port):
            raise BadArgument(f"--port {port}: in use on 127.0.0.1")
    _nightly(data)  # Prefect's runtime first
    from cnbudget.demo.runner import run_portal_demo

    results = run_portal_demo(data, runs=runs, workers=workers, echo=click.echo, port=port)
    sys.exit(ExitCode.SOURCE_UNREACHABLE if any(r["unreachable"] for r in results) else ExitCode.OK)


# query, datasets, db, export, table, dictionary: reading the published datasets
from .cli_data import register as _register_data_commands  # noqa: E402  (click only; the rest loads per command)

_register_data_commands(main)

if __name__ == "__main__":
    main()
