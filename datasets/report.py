"""One static HTML page showing what was extracted (``cnbudget report``): plots of the
documents, tables, pages, checks, totals and indicators, and a table of every failed
check, each linked to a picture of its page with the checked row drawn on it.

The page is readable offline and alone: no script, no CDN, no web font. Plots are SVG
(matplotlib, object API with no pyplot and no GUI backend, so the same on a server as on
a laptop; glyphs drawn as paths, so the Chinese labels need no font where the page is
read) inlined as data URIs. Page pictures are PNG files next to the page
(``report_files/<doc_id>-p<N>.png``), rendered by PDFium from the raw PDF when it can be
found: in the harvest's raw store beside the datasets (``DATA/raw``), or by file name
under the folders given (``pdf_dirs``), checked against doc_id (the sha256 of its bytes).

Plain functions over an output root: ``load`` queries the views, ``plots`` draws,
``page_pictures`` renders, ``render_html`` writes the page; ``write_report`` does all.
"""
from __future__ import annotations

import base64
import html
import io
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import pandas as pd

from cnbudget.schemas.contract import LEVEL_1, RULE, STATUS

from .views import DataError, connect, data_root

PICTURE_SCALE = 1.5  # pixels per PDF point (108 dpi): a page stays readable, its PNG small
STATUS_COLOURS = {"ok": "#2ca02c", "partial": "#ff7f0e", "failed": "#d62728"}
METHOD_COLOURS = {"text": "#1f77b4", "ocr": "#ff7f0e"}


@dataclass
class ReportData:
    """What the report shows, as DataFrames read from the views."""

    documents: pd.DataFrame
    tables: pd.DataFrame  # table_kind, method, n
    checks: pd.DataFrame  # rule, passed, failed
    failed: pd.DataFrame  # one row per failed check, with its document and table
    totals: pd.DataFrame  # department, fiscal_year, doc_type, budget_scope, total_yuan
    indicators: pd.DataFrame  # level1, n


@dataclass
class Plot:
    key: str
    title: str
    caption: str
    svg: bytes | None  # None: nothing to plot (the caption says so)


@dataclass
class Picture:
    """The page picture of a failed check: its path relative to the report, or why there is none."""

    href: str | None = None
    missing: str | None = None


@dataclass
class ReportResult:
    path: Path
    documents: int
    failed_checks: int
    pictures: int
    seconds: float
    not_found: list[str] = field(default_factory=list)  # documents whose PDF was not found

    def line(self) -> str:
        s = (f"{self.path}: {self.documents} documents, {self.failed_checks} failed checks, "
             f"{self.pictures} page pictures, in {self.seconds:.1f} s")
        if self.not_found:
            s += f"; no PDF found for {len(self.not_found)} document(s): {', '.join(self.not_found[:3])}"
            s += " …" if len(self.not_found) > 3 else ""
        return s


# --------------------------------------------------------------------------- data

_TOTALS_SQL = """
-- per document: the largest 合计 of its expenditure table (支出预算总表 / 支出决算表) in the
-- figure of its own kind (预算 in a budget, 决算 in final accounts); per department-year
-- and kind: the department's consolidated figure, the unit's only where no department
-- figure exists (a department's budget includes its units': never added)
WITH per_doc AS (
    SELECT doc_id, department, fiscal_year, doc_type, budget_scope, max(amount_yuan) AS total_yuan
    FROM budget_lines
    WHERE table_kind = 'expenditure' AND is_total AND measure = 'total' AND amount_yuan IS NOT NULL
      AND department IS NOT NULL AND fiscal_year IS NOT NULL
      AND ((doc_type = 'budget' AND basis = 'budget') OR (doc_type = 'final_accounts' AND basis = 'final'))
    GROUP BY doc_id, department, fiscal_year, doc_type, budget_scope),
per_scope AS (
    SELECT department, fiscal_year, doc_type, budget_scope, max(total_yuan)::DOUBLE AS total_yuan
    FROM per_doc GROUP BY department, fiscal_year, doc_type, budget_scope)
SELECT * FROM per_scope
QUALIFY row_number() OVER (PARTITION BY department, fiscal_year, doc_type
                           ORDER BY budget_scope = 'department' DESC) = 1
ORDER BY department, fiscal_year, doc_type
"""

_FAILED_SQL = """
SELECT v.doc_id, d.file_name, d.department, d.fiscal_year, d.file_size, v.table_id, t.title AS table_title,
       t.table_kind, v.page, v."row", v.rule, v.expected, v.actual, v.detail
FROM validations v
JOIN documents d ON d.doc_id = v.doc_id
LEFT JOIN tables t ON t.table_id = v.table_id
WHERE v.status = 'fail'
ORDER BY d.file_name, v.table_id, v.page, v."row", v.rule
"""


def load(root: str | os.PathLike) -> ReportData:
    """Everything the report shows, from the datasets under root (DataError when none)."""
    con = connect(root, ["documents", "tables", "budget_lines", "indicators", "validations"])
    try:
        q = lambda sql: con.sql(sql).df()  # noqa: E731
        return ReportData(
            documents=q("""SELECT doc_id, file_name, department, region, fiscal_year, doc_type, budget_scope,
                                  page_count, ocr_page_count, status, error, file_size
                           FROM documents ORDER BY file_name"""),
            tables=q("SELECT table_kind, method, count(*) AS n FROM tables GROUP BY ALL ORDER BY n DESC"),
            checks=q("""SELECT rule, count(*) FILTER (status = 'pass') AS passed,
                               count(*) FILTER (status = 'fail') AS failed
                        FROM validations GROUP BY ALL ORDER BY rule"""),
            failed=q(_FAILED_SQL),
            totals=q(_TOTALS_SQL),
            indicators=q("""SELECT coalesce(level1, '(none printed)') AS level1, count(*) AS n
                            FROM indicators GROUP BY ALL ORDER BY n DESC"""),
        )
    finally:
        con.close()


# --------------------------------------------------------------------------- plots


def plot_fonts() -> list[str]:
    """matplotlib's font.family for Chinese labels: DejaVu Sans (matplotlib's own) for
    Latin, then the CJK font (demo/fonts.py finds it) for what DejaVu lacks. The
    notebooks use it too."""
    from matplotlib import font_manager

    from cnbudget.demo.fonts import FontNotFoundError, find_cjk_font

    try:
        path = find_cjk_font()
    except FontNotFoundError:
        return ["DejaVu Sans"]  # Chinese labels would show as boxes: the README says to install it
    font_manager.fontManager.addfont(path)
    return ["DejaVu Sans", font_manager.FontProperties(fname=path).get_name()]


def _svg(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    return buf.getvalue()


def _barh(labels: list[str], series: dict[str, list[float]], colours: dict[str, str] | None = None,
          xlabel: str = "", log: bool = False, annotate: bool = True, width: float = 7.5):
    """A horizontal bar chart, stacked when several series are given; first label on top."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, 0.9 + 0.3 * max(1, len(labels))))
    ax = fig.subplots()
    y = list(range(len(labels)))[::-1]
    left = [0.0] * len(labels)
    for name, values in series.items():
        bars = ax.barh(y, values, left=left, label=name, color=(colours or {}).get(name))
        if annotate and len(series) == 1:
            ax.bar_label(bars, labels=[_number(v) for v in values], padding=3, fontsize=8)
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(y, labels, fontsize=8)
    ax.set_xlabel(xlabel)
    if log:
        ax.set_xscale("log")
    if len(series) > 1:
        ax.legend(fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(x=0.12)
    return fig


def _number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


def _short(text: str | None, n: int = 34) -> str:
    text = text or "—"
    return text if len(text) <= n else text[:n - 1] + "…"


def plots(data: ReportData) -> list[Plot]:
    """The report's figures, as SVG."""
    import matplotlib

    out: list[Plot] = []
    with matplotlib.rc_context({"font.family": plot_fonts(), "svg.fonttype": "path",
                                "svg.hashsalt": "cnbudget", "axes.unicode_minus": False}):
        docs = data.documents
        counts = docs["status"].value_counts()
        statuses = [s for s in STATUS if s in counts]
        out.append(Plot("documents", "Documents by status",
                        f"{len(docs)} documents: " + ", ".join(f"{counts[s]} {s}" for s in statuses),
                        _svg(_barh(statuses, {"documents": [float(counts[s]) for s in statuses]},
                                   xlabel="documents", width=6)) if statuses else None))
        t = data.tables
        kinds = t.groupby("table_kind")["n"].sum().sort_values(ascending=False)
        methods = sorted(t["method"].dropna().unique())
        series = {m: [float(t[(t.table_kind == k) & (t.method == m)]["n"].sum()) for k in kinds.index]
                  for m in methods}
        out.append(Plot("tables", "Tables by kind",
                        f"{int(kinds.sum())} tables, coloured by how they were read (text layer or OCR)",
                        _svg(_barh([f"{k}" for k in kinds.index], series, METHOD_COLOURS, xlabel="tables"))
                        if len(kinds) else None))
        pages = docs[docs["page_count"].notna()]
        ocr = float(pages["ocr_page_count"].fillna(0).sum())
        text = float(pages["page_count"].sum()) - ocr
        out.append(Plot("pages", "Pages by method",
                        f"{int(text + ocr)} pages: {int(text)} read from the text layer (or skipped as text-only), "
                        f"{int(ocr)} by OCR",
                        _svg(_barh(["text layer", "OCR"], {"pages": [text, ocr]}, xlabel="pages", width=6))
                        if len(pages) else None))
        out.append(_failed_plot(data))
        out.append(_totals_plot(data.totals))
        ind = data.indicators
        out.append(Plot("indicators", "Indicators by level 1 (一级指标)",
                        f"{int(ind['n'].sum())} performance indicators",
                        _svg(_barh([f"{l} ({LEVEL_1[l].split(' ')[0]})" if l in LEVEL_1 else l for l in ind["level1"]],
                                   {"indicators": [float(n) for n in ind["n"]]}, xlabel="indicators", width=6))
                        if len(ind) else None))
    return out


def _failed_plot(data: ReportData) -> Plot:
    f = data.failed
    title = "Failed checks by rule and document"
    if f.empty:
        return Plot("failed", title, "no check failed", None)
    by = f.groupby(["file_name", "rule"]).size().unstack(fill_value=0)
    by = by.loc[by.sum(axis=1).sort_values(ascending=False).index]
    rules = [r for r in RULE if r in by.columns]
    series = {r: [float(v) for v in by[r]] for r in rules}
    caption = f"{len(f)} failed checks in {len(by)} documents; every one is listed below with its page"
    fig = _barh([_short(n) for n in by.index], series, xlabel="failed checks")
    return Plot("failed", title, caption, _svg(fig))


def _totals_plot(totals: pd.DataFrame) -> Plot:
    title = "Expenditure total by department and year"
    if totals.empty:
        return Plot("totals", title, "no expenditure table with a total (支出预算总表 / 支出决算表) was read", None)
    from matplotlib.figure import Figure

    kind = {"budget": "预算", "final_accounts": "决算"}
    totals = totals.assign(label=[f"{_short(d, 26)}{'（单位）' if s == 'unit' else ''}"
                                  for d, s in zip(totals.department, totals.budget_scope)],
                           series=[f"{y} {kind.get(t, t)}" for y, t in zip(totals.fiscal_year, totals.doc_type)])
    labels = list(dict.fromkeys(totals.label))
    names = sorted(totals.series.unique())
    present = {l: sorted(totals[totals.label == l].series) for l in labels}  # bars of each department
    most = max(len(v) for v in present.values())
    height = 0.8 / most
    fig = Figure(figsize=(7.5, 1.0 + 0.22 * len(labels) * (1 + 0.5 * (most - 1))))
    ax = fig.subplots()
    colours = dict(zip(names, ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                               "#e377c2", "#7f7f7f", "#bcbd22", "#17becf") * 4))
    for name in names:
        part = totals[totals.series == name]
        ys = [len(labels) - 1 - labels.index(l) + height * ((len(present[l]) - 1) / 2 - present[l].index(name))
              for l in part.label]
        bars = ax.barh(ys, [v / 1e4 for v in part.total_yuan], height=height * 0.9, label=name,
                       color=colours[name], hatch="//" if name.endswith("决算") else None)
        ax.bar_label(bars, labels=[f"{v / 1e4:,.0f}" for v in part.total_yuan], padding=2, fontsize=7)
    ax.set_yticks(range(len(labels))[::-1], labels, fontsize=8)
    ax.set_xscale("log")
    ax.set_xlabel("万元 (log scale)")
    ax.legend(fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(x=0.15)
    caption = ("the 合计 of each document's expenditure table (支出预算总表 / 支出决算表), in 万元; a department's "
               "consolidated figure, or its unit's (marked （单位）) where no department figure was read — the two "
               "are never added")
    return Plot("totals", title, caption, _svg(fig))


# --------------------------------------------------------------------------- page pictures


def find_pdf(root: Path, doc_id: str, file_name: str | None, size: int | None,
             by_name: dict[str, list[Path]]) -> Path | None:
    """The raw PDF of a document: in the harvest's raw store (beside the datasets, or
    under them), else a file of the same name and size under the folders searched whose
    sha256 is doc_id."""
    from cnbudget.harvest.store import raw_path
    from cnbudget.schemas.identifiers import doc_id_of_file

    for store in (root.parent, root):
        p = raw_path(store, doc_id)
        if p.is_file():
            return p
    for p in by_name.get(file_name or "", []):
        try:
            if (size is None or p.stat().st_size == size) and doc_id_of_file(p)[0] == doc_id:
                return p
        except OSError:
            continue
    return None


def index_pdfs(dirs: Iterable[str | os.PathLike]) -> dict[str, list[Path]]:
    """PDF files under the folders (recursively), by base name."""
    out: dict[str, list[Path]] = {}
    for d in dirs:
        for p in sorted(Path(d).rglob("*")):
            if p.suffix.lower() == ".pdf" and p.is_file():
                out.setdefault(p.name, []).append(p)
    return out


def picture_name(doc_id: str, page: int) -> str:
    return f"{doc_id}-p{page}.png"


def page_pictures(root: Path, data: ReportData, folder: Path, pdf_dirs: Iterable[str | os.PathLike] = (),
                  ) -> tuple[dict[tuple[str, int], Picture], list[str]]:
    """A PNG of each page a failed check points at, with the checked rows (or the table)
    drawn on it, in ``folder``; by (doc_id, page). Also the file names of documents whose
    PDF was not found."""
    from cnbudget.extractors.inspect import InspectError, page_turn

    from .page_picture import draw_boxes, render_page, upright

    f = data.failed[data.failed["page"].notna()]
    pictures: dict[tuple[str, int], Picture] = {}
    not_found: list[str] = []
    if f.empty:
        return pictures, not_found
    boxes = _row_boxes(root, f)
    by_name = index_pdfs(pdf_dirs)
    searched = "the raw store" + (" and " + ", ".join(str(d) for d in pdf_dirs) if pdf_dirs else "")
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, rows in f.groupby("doc_id", sort=False):
        first = rows.iloc[0]
        size = None if pd.isna(first.file_size) else int(first.file_size)
        pdf = find_pdf(root, doc_id, first.file_name, size, by_name)
        pages = sorted({int(p) for p in rows["page"]})
        if pdf is None:
            not_found.append(first.file_name)
            for p in pages:
                pictures[(doc_id, p)] = Picture(missing=f"no picture: the PDF was not found in {searched}")
            continue
        for p in pages:
            try:
                image = upright(render_page(pdf, p, PICTURE_SCALE), page_turn(pdf, p))
            except InspectError as e:
                pictures[(doc_id, p)] = Picture(missing=f"no picture: {e}")
                continue
            on_page = rows[rows["page"] == p]
            marks: dict[tuple, list[str]] = {}  # a row's box -> the rules that failed on it
            outline = None
            for r in on_page.itertuples():
                row = None if pd.isna(r.row) else int(r.row)
                box = boxes.get((r.table_id, p, row))
                if box is not None and r.rule not in marks.setdefault(box, []):
                    marks[box].append(r.rule)
                outline = boxes.get((r.table_id, p, None), outline)
            name = picture_name(doc_id, p)
            draw_boxes(image, [(b, " · ".join(rules)) for b, rules in marks.items()], PICTURE_SCALE, outline).save(folder / name, format="PNG",
                                                                               compress_level=3)
            pictures[(doc_id, p)] = Picture(href=f"{folder.name}/{name}")
    return pictures, not_found


def _row_boxes(root: Path, failed: pd.DataFrame) -> dict[tuple[str, int, int | None], tuple]:
    """(table_id, page, row) -> the row's box on that page, and (table_id, page, None) ->
    the table's box there, from the cells of the tables checked (PDF points)."""
    ids = sorted({t for t in failed["table_id"].dropna()})
    if not ids:
        return {}
    con = connect(root, ["cells"])
    try:
        con.execute("CREATE TEMP TABLE wanted AS SELECT unnest($1::VARCHAR[]) AS table_id", [ids])
        rows = con.execute("""
            SELECT table_id, page, "row", min(x0), min(y0), max(x1), max(y1) FROM cells
            WHERE table_id IN (SELECT table_id FROM wanted) GROUP BY GROUPING SETS ((table_id, page, "row"),
                                                                                   (table_id, page))""").fetchall()
    finally:
        con.close()
    return {(t, int(p), None if r is None else int(r)): (x0, y0, x1, y1) for t, p, r, x0, y0, x1, y1 in rows}


# --------------------------------------------------------------------------- HTML

_CSS = """
body { font-family: "Noto Sans CJK SC", "Droid Sans Fallback", "Microsoft YaHei", sans-serif; margin: 1.5em 2em;
       color: #222; }
h1 { margin-bottom: 0.2em; } .meta { color: #555; margin-top: 0; }
nav a { margin-right: 1em; }
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 1.2em; }
figure { margin: 0; border: 1px solid #ddd; padding: 0.6em; background: #fff; }
figure img { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 0.85em; color: #444; margin-top: 0.3em; }
table.data { border-collapse: collapse; font-size: 0.82em; width: 100%; }
table.data th, table.data td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }
table.data th { background: #f3f3f3; text-align: left; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.missing { color: #888; font-style: italic; }
.empty { color: #666; font-style: italic; }
"""


def _e(v) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    return html.escape(str(v))


def _amount(v) -> str:
    try:
        return f"{float(v):,.2f}"
    except (TypeError, ValueError):
        return _e(v)


def render_html(root: Path, data: ReportData, figures: list[Plot], pictures: dict[tuple[str, int], Picture],
                generated: datetime) -> str:
    docs = data.documents
    pages = int(docs["page_count"].fillna(0).sum())
    n_tables = int(data.tables["n"].sum()) if len(data.tables) else 0
    parts = [
        "<!DOCTYPE html>", '<html lang="zh-Hans"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>cnbudget report: {_e(root.name)}</title><style>{_CSS}</style></head><body>",
        "<h1>cnbudget report</h1>",
        f'<p class="meta">{_e(root)} · generated {generated:%Y-%m-%d %H:%M} UTC · {len(docs)} documents · '
        f"{n_tables} tables · {pages} pages · {len(data.failed)} failed checks</p>",
        '<nav><a href="#plots">Plots</a><a href="#failed-checks">Failed checks</a>'
        '<a href="#checks">Checks by rule</a><a href="#documents">Documents</a></nav>',
        '<h2 id="plots">Plots</h2><div class="plots">',
    ]
    for p in figures:
        body = (f'<img alt="{_e(p.title)}" src="data:image/svg+xml;base64,{base64.b64encode(p.svg).decode()}">'
                if p.svg else '<p class="empty">nothing to plot</p>')
        parts.append(f'<figure id="plot-{p.key}" class="plot"><h3>{_e(p.title)}</h3>{body}'
                     f"<figcaption>{_e(p.caption)}</figcaption></figure>")
    parts.append("</div>")
    parts.append(_failed_table(data.failed, pictures))
    parts.append(_checks_table(data.checks))
    parts.append(_documents_table(docs))
    parts.append("</body></html>")
    return "\n".join(parts)


def _failed_table(f: pd.DataFrame, pictures: dict[tuple[str, int], Picture]) -> str:
    out = ['<h2 id="failed-checks">Failed checks</h2>']
    if f.empty:
        out.append('<p class="empty">No check failed.</p>')
        return "\n".join(out)
    out.append("<p>Each row names the document, the table, the page and the 0-based table row of the total "
               "checked (as in <code>validations</code>); the picture shows the page with that row marked.</p>")
    out.append('<table class="data failed-checks"><thead><tr><th>document</th><th>table</th><th>page</th>'
               "<th>row</th><th>rule</th><th>expected</th><th>actual</th><th>detail</th><th>picture</th>"
               "</tr></thead><tbody>")
    for r in f.itertuples():
        page = None if pd.isna(r.page) else int(r.page)
        pic = pictures.get((r.doc_id, page)) if page is not None else None
        if pic and pic.href:
            cell = f'<td><a href="{_e(pic.href)}">page {page}</a></td>'
        elif pic:
            cell = f'<td class="missing">{_e(pic.missing)}</td>'
        else:
            cell = '<td class="missing">no picture: the check names no page</td>'
        table = _e(r.table_id) + (f"<br>{_e(r.table_title)}" if isinstance(r.table_title, str) else "")
        row = "" if pd.isna(r.row) else int(r.row)
        out.append(f'<tr class="failed-check"><td>{_e(r.file_name)}<br><small>{_e(r.department)}</small></td>'
                   f"<td>{table}</td><td class=\"num\">{_e(page)}</td><td class=\"num\">{row}</td>"
                   f'<td title="{_e(RULE.get(r.rule, ""))}">{_e(r.rule)}</td>'
                   f'<td class="num">{_amount(r.expected)}</td><td class="num">{_amount(r.actual)}</td>'
                   f"<td>{_e(r.detail)}</td>{cell}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _checks_table(c: pd.DataFrame) -> str:
    out = ['<h2 id="checks">Checks by rule</h2><table class="data"><thead><tr><th>rule</th><th>what it checks</th>'
           "<th>passed</th><th>failed</th></tr></thead><tbody>"]
    for r in c.itertuples():
        out.append(f"<tr><td>{_e(r.rule)}</td><td>{_e(RULE.get(r.rule, ''))}</td>"
                   f'<td class="num">{int(r.passed)}</td><td class="num">{int(r.failed)}</td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


def _documents_table(d: pd.DataFrame) -> str:
    out = ['<h2 id="documents">Documents</h2><table class="data documents"><thead><tr><th>file</th><th>department</th>'
           "<th>year</th><th>type</th><th>scope</th><th>pages</th><th>OCR pages</th><th>status</th><th>error</th>"
           "</tr></thead><tbody>"]
    for r in d.itertuples():
        out.append(f'<tr class="document {_e(r.status)}"><td>{_e(r.file_name)}</td><td>{_e(r.department)}</td>'
                   f'<td class="num">{_e(r.fiscal_year)}</td><td>{_e(r.doc_type)}</td><td>{_e(r.budget_scope)}</td>'
                   f'<td class="num">{_e(r.page_count)}</td><td class="num">{_e(r.ocr_page_count)}</td>'
                   f'<td style="color:{STATUS_COLOURS.get(r.status, "#222")}">{_e(r.status)}</td>'
                   f"<td>{_e(r.error)}</td></tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def files_folder(out: Path) -> Path:
    """Where the page pictures of the report at ``out`` go: ``<name>_files`` beside it."""
    return out.with_name(out.stem + "_files")


def write_report(data: str | os.PathLike, out: str | os.PathLike,
                 pdf_dirs: Iterable[str | os.PathLike] = ()) -> ReportResult:
    """The report of the datasets under ``data`` written to ``out`` (HTML) with its page
    pictures in ``<out stem>_files/``. DataError when there is no data or out is a folder."""
    start = time.perf_counter()
    root = data_root(data)
    out = Path(out)
    if out.is_dir():
        raise DataError(f"{out}: is a directory; give a file name such as report.html")
    pdf_dirs = list(pdf_dirs)
    for d in pdf_dirs:
        if not Path(d).is_dir():
            raise DataError(f"{d}: no such directory (--pdfs names folders holding the extracted PDFs)")
    out.parent.mkdir(parents=True, exist_ok=True)
    content = load(root)
    figures = plots(content)
    pictures, not_found = page_pictures(root, content, files_folder(out), pdf_dirs)
    page = render_html(root, content, figures, pictures, datetime.now(timezone.utc))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out)
    return ReportResult(out, len(content.documents), len(content.failed),
                        sum(1 for p in pictures.values() if p.href), time.perf_counter() - start, not_found)
