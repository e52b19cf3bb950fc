"""What a run did, for a person and for a machine: the summaries the CLI prints after
`extract` and after the nightly flows (`harvest`, `ingest`, `portal-demo`), and a run's
outcome: its final state (what Prefect records, so that automations can fire on it) and
the exit code by class (README, "Exit codes")."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING
from urllib.parse import unquote

if TYPE_CHECKING:  # the nightly commands print summaries without importing the extractors
    from pathlib import Path

    from .pipeline import RunSummary

# A run ends FAILED when more than this share of its documents failed (links that could
# not be fetched, documents whose extraction failed). Not lower: a portal's few dead links
# stay dead every night and must not page anyone; a systematic break (every link answering
# an error page, every document unreadable after a layout change) crosses it at once.
DEFAULT_MAX_FAILED_SHARE = 0.5


class ExitCode(IntEnum):
    """The command line's exit codes, by class (the OCRmyPDF manner)."""

    OK = 0
    DOCUMENTS_FAILED = 1  # the run completed; some documents or links failed (listed)
    BAD_ARGS = 2  # bad arguments or configuration: nothing was done
    SOURCE_UNREACHABLE = 3  # a source's start URLs all failed
    DATA_LOCKED = 4  # another cnbudget process is harvesting into the data directory
    INTERRUPTED = 130  # Ctrl-C (SIGINT)
    TERMINATED = 143  # SIGTERM


@dataclass
class Outcome:
    state: str  # COMPLETED | FAILED (Prefect's state names)
    exit_code: ExitCode
    reasons: list[str] = field(default_factory=list)


def run_outcome(result: dict, max_failed_share: float = DEFAULT_MAX_FAILED_SHARE) -> Outcome:
    """A nightly (or process-only) result's final state and exit code: FAILED when a
    source is unreachable or more than max_failed_share of the documents failed."""
    h, p = result.get("harvest"), result.get("process", result)
    reasons: list[str] = []
    state, code = "COMPLETED", ExitCode.OK
    failed = p["failed"] + len(p["errors"])
    total = p["processed"] + len(p["errors"])
    if h:
        failed += len(h["failures"])
        total += sum(s["links"] for s in h["sources"].values())
        for name in h["unreachable"]:
            reasons.append(f"source {name} unreachable")
    if failed:
        code = ExitCode.DOCUMENTS_FAILED
        share = failed / max(total, 1)
        if share > max_failed_share:
            state = "FAILED"
            reasons.append(f"{failed} of {total} documents failed ({share:.0%}, more than {max_failed_share:.0%})")
    if h and h["unreachable"]:
        state, code = "FAILED", ExitCode.SOURCE_UNREACHABLE
    return Outcome(state, code, reasons)


def print_extract_summary(console, s: "RunSummary", out: "Path") -> None:
    """An `extract` run's summary on a rich Console: documents by status, rows published,
    checks, and what was not fully extracted and why."""
    from rich.table import Table as RichTable

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
    if getattr(s, "compaction", None):
        console.print(s.compaction)
    console.print(f"Parquet datasets in {out}/")


def summary_lines(result: dict) -> list[str]:
    """A human summary of a nightly (or process-only) result."""
    lines = []
    h, p = result.get("harvest"), result.get("process", result)
    if h:
        for name, s in h["sources"].items():
            state = "reachable" if s["reachable"] else "UNREACHABLE"
            lines.append(f"{name}: {state}; {s['pages']} listing page(s) ({s['pages_not_modified']} not modified), "
                         f"{s['links']} document link(s): {s['new']} new, {s['changed']} changed, "
                         f"{s['unchanged']} unchanged, {s['duplicate']} duplicate, {s['failed']} failed")
        st = h.get("stats") or {}
        lines.append(f"requests: {st.get('requests', 0)} ({st.get('not_modified', 0)} answered 304), "
                     f"{st.get('bytes', 0)} bytes downloaded")
        for name, url, why in h["failures"]:
            lines.append(f"  failed: [{name}] {unquote(url or '?')}: {why}")
    lines.append(f"extracted: {p['processed']} document(s): {p['ok']} ok, {p['partial']} partial, "
                 f"{p['failed']} failed" + (f"; {len(p['errors'])} crashed (retried next run)" if p["errors"] else ""))
    for d in p.get("documents", []):
        if d["status"] != "ok":
            lines.append(f"  {d['status']}: {d['file_name']}: {d['error']}")
    if p.get("compaction"):
        lines.append(p["compaction"])
    if "outcome" in result:
        o = result["outcome"]
        lines.append(f"state: {o['state']}" + (f" ({'; '.join(o['reasons'])})" if o["reasons"] else "")
                     + f"; exit code {o['exit_code']}")
    if result.get("log"):
        lines.append(f"log: {result['log']}")
    if "wall_seconds" in result:
        lines.append(f"time: {result['wall_seconds']:.2f} s"
                     + (f" (flow {result['seconds']:.2f} s)" if "seconds" in result else ""))
    return lines
