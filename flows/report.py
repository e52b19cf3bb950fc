"""What a run did, for a person: the summaries the CLI prints after `extract` and after
the nightly flows (`harvest`, `ingest`, `portal-demo`)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from .pipeline import RunSummary


def print_extract_summary(console, s: RunSummary, out: Path) -> None:
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
    if "wall_seconds" in result:
        lines.append(f"time: {result['wall_seconds']:.2f} s"
                     + (f" (flow {result['seconds']:.2f} s)" if "seconds" in result else ""))
    return lines
