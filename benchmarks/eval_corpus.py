"""The issue's accuracy figures over the real corpus folders, in one command.

    .venv/bin/python benchmarks/eval_corpus.py [FOLDER ...] [--json FILE]

With no FOLDER: ../shared/corpus (Shanghai Putuo district) and ../shared/corpus/cities
(other provinces), each skipped when absent. Each folder gets its own block: one line
per document, the five figures (one summary line each, with the issue's target), then
the misses behind them. ``--json FILE`` writes every figure and miss as JSON, for
comparing runs.

What is measured, per folder:

1. table kind, per table page (continuation pages counted).
   - With a ``kinds.tsv`` in the folder (file_name, page, table_kind, title, note: every
     page that holds a table, read by hand; two tables on a page = two rows): a row is
     right when the extracted tables covering that page (page_first <= page <= page_last)
     include one of that kind. Also listed: kinds.tsv pages with no extracted table, and
     extracted table pages that kinds.tsv does not list. Files kinds.tsv does not list
     are left out of the figure (their "other" pages are shown).
   - Without one: a table page is right when its kind is not "other".
2. document metadata (department, region, fiscal_year, doc_type, budget_scope), field by
   field, against ``labels.tsv`` in the folder (an empty column means null) or, for files
   it names, the hand-read ``EXPECTED`` below (Putuo).
3. page-level cell-text F1 of cnbudget's tables against a plain pdfplumber
   ``extract_tables()`` on the same pages (text per cell, whitespace ignored, cells
   matched as a multiset per page). pdfplumber's own artefacts are not counted against
   us: captions it swallows into its table (titles, 单位/部门/编制单位 lines, notes, drawn
   inside or touching the ruled frame; cnbudget keeps them as title and unit) and a label
   it cuts in two across a row line where we read it whole. Pages compared: every page holding one of our cells, plus the kinds.tsv
   pages where we found no table. Per document, and the minimum over documents.
4. share of subtotal identities (subtotal_lei, subtotal_kuan, total_of_classes) holding in
   the validations of budget_lines; and column-number rows published as amounts: a row of
   a table whose cells are a 栏次/行次/** marker or a run of column numbers 1, 2, 3 …
   (甲/乙 letters and "7=8+9" forms allowed) that still has budget lines with an amount.
   Budget lines taken from a 栏次/行次 column are counted beside them.
5. every failed check, with its document, table title, page, row, expected/actual numbers
   and the printed row, so a person can tell real inconsistencies from extraction errors.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pdfplumber

from cnbudget.extractors.document import extract_document
from cnbudget.flows.pipeline import normalized_rows
from cnbudget.normalizers.validate import identity_pass_rate
from cnbudget.schemas.identifiers import table_namer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_FOLDERS = (CORPUS, CORPUS / "cities")

PT = "上海市普陀区"
# Expected metadata: read by a person from each document's cover (not from its file name).
EXPECTED = {
    "上海市普陀区人民政府万里街道办事处24年预算.pdf": (f"{PT}人民政府万里街道办事处", PT, 2024, "budget", "department"),
    "上海市普陀区人民政府万里街道办事处25年预算.pdf": (f"{PT}人民政府万里街道办事处", PT, 2025, "budget", "department"),
    "上海市普陀区人民政府办公室25年预算.pdf": (f"{PT}人民政府办公室", PT, 2025, "budget", "department"),
    "上海市普陀区人民政府办公室单位25年预算.pdf": (f"{PT}人民政府办公室", PT, 2025, "budget", "unit"),
    "上海市普陀区商务委员会25年预算.pdf": (f"{PT}商务委员会", PT, 2025, "budget", "department"),
    "上海市普陀区商务委员会单位25年预算.pdf": (f"{PT}商务委员会", PT, 2025, "budget", "unit"),
    "上海市普陀区财政局2024年度部门决算.pdf": (f"{PT}财政局", PT, 2024, "final_accounts", "department"),
    "附件2：部门决算模板.pdf": ("上海市XX局", "上海市", 2024, "final_accounts", "department"),
}
FIELDS = ("department", "region", "fiscal_year", "doc_type", "budget_scope")

TARGET_KIND = 0.95
TARGET_META = 0.95
TARGET_F1 = 0.99
TARGET_SUBTOTAL = 0.995


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _ratio(a: int, n: int) -> float:
    return a / n if n else math.nan


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else math.nan


def _pct(x: float, digits: int = 1) -> str:
    return "n/a" if math.isnan(x) else f"{x:.{digits}%}"


def _short(s: str | None, n: int) -> str:
    s = re.sub(r"\s+", " ", s or "").strip()
    return s if len(s) <= n else s[:n - 1] + "…"


# ---------------------------------------------------------------- hand-read truth

def _read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f, delimiter="\t")]


def expected_metadata(folder: Path) -> tuple[dict[str, tuple], str]:
    """file name -> expected FIELDS values, and where they come from."""
    labels = folder / "labels.tsv"
    if labels.exists():
        out = {}
        for row in _read_tsv(labels):
            vals = [row.get(f) or None for f in FIELDS]
            year = vals[FIELDS.index("fiscal_year")]
            vals[FIELDS.index("fiscal_year")] = int(year) if year else None
            out[row["file_name"]] = tuple(vals)
        return out, "labels.tsv"
    names = {p.name for p in folder.glob("*.pdf")}
    return {k: v for k, v in EXPECTED.items() if k in names}, "EXPECTED in eval_corpus.py"


def hand_kinds(folder: Path) -> list[dict] | None:
    path = folder / "kinds.tsv"
    if not path.exists():
        return None
    rows = _read_tsv(path)
    for r in rows:
        r["page"] = int(r["page"])
    return rows


# ---------------------------------------------------------------- cell-text F1

# Captions: a table title (ends in 表, maybe with bracketed notes and the owner after it),
# a unit / owner line, a note under the table. pdfplumber's table swallows them when they
# are drawn inside the ruled frame or touch it; cnbudget keeps them as the table's title
# and unit instead of as cells, so they are not counted against it.
_CAPTION = re.compile(r"^(注[:：]|(金额)?单位[:：]|(编制|预算)?(部门|单位)(名称)?[:：])|"
                      r"表([（(][^）)]*[)）])*((编制|预算)?(部门|单位)(名称)?[:：].*)?$")


def _reference_artefacts_removed(ref: Counter, ours: Counter) -> Counter:
    """The reference cells of a page without pdfplumber's artefacts: captions (above), also
    when cut in two ("部门：" + "江苏省人民检察院"), and a label that overflows its cell
    and is cut in two across a row line ("2.政府性基金预" + "算"), which counts as the
    one cell we read when the two halves make it up."""
    extra = ref - ours
    missing = ours - ref
    ref = Counter(ref)
    for a in list(extra):
        for b in list(extra):
            if a != b and extra[a] and extra[b] and (missing[a + b] or _CAPTION.search(a + b)):
                for k in (a, b):
                    extra[k] -= 1
                    ref[k] -= 1
                if missing[a + b]:
                    ref[a + b] += 1
                    missing[a + b] -= 1
    for k, n in (+extra).items():
        if _CAPTION.search(k) and not re.search(r"\d[\d,]*\.\d{2}", k):
            ref[k] -= n
    return +ref


def cell_counts(doc, path: Path, extra_pages: set[int]) -> dict[int, dict]:
    """Per page: tp/fp/fn of our cell texts against pdfplumber's, and the differences."""
    ours: dict[int, Counter] = {p: Counter() for p in extra_pages}
    for t in doc.tables:
        for c in t.cells:
            if _norm(c.text):
                ours.setdefault(c.page, Counter())[_norm(c.text)] += 1
    out = {}
    with pdfplumber.open(path) as pdf:
        for page_no in sorted(ours):
            if not 1 <= page_no <= len(pdf.pages):
                continue
            o = ours[page_no]
            ref = Counter(_norm(x) for tb in pdf.pages[page_no - 1].extract_tables()
                          for row in tb for x in row if _norm(x))
            ref = _reference_artefacts_removed(ref, o)
            only_ours, only_ref = o - ref, ref - o
            out[page_no] = {
                "tp": sum((o & ref).values()), "fp": sum(only_ours.values()), "fn": sum(only_ref.values()),
                "only_ours": sorted(only_ours.elements())[:12], "only_pdfplumber": sorted(only_ref.elements())[:12],
            }
    return out


# ---------------------------------------------------------------- column-number rows

_MARK = re.compile(r"栏次|行次|[*＊]+")
_LETTER = re.compile(r"[甲乙丙丁戊]")
_COLNUM = re.compile(r"(\d{1,3})(?:[=＝+＋\-－]\d{1,3})*")


def is_column_number_row(texts: list[str]) -> bool:
    """A row of column numbers: 栏次/行次/** markers, 甲/乙 letters and small integers,
    with either a marker or a run of >= 3 consecutive numbers (1, 2, 3 …)."""
    toks = [_norm(t) for t in texts if _norm(t)]
    if not toks:
        return False
    nums = []
    marked = False
    for t in toks:
        if _MARK.fullmatch(t):
            marked = True
        elif _LETTER.fullmatch(t):
            continue
        elif m := _COLNUM.fullmatch(t):
            nums.append(int(m.group(1)))
        else:
            return False
    if marked:
        return True
    return len(nums) >= 3 and all(b == a + 1 for a, b in zip(nums, nums[1:]))


# ---------------------------------------------------------------- one document

@dataclass
class DocResult:
    name: str
    status: str
    error: str | None = None
    n_tables: int = 0
    pages: dict[int, dict] = field(default_factory=dict)  # cell-text counts per page
    meta_got: tuple | None = None
    meta_want: tuple | None = None
    kind_rows: list[dict] = field(default_factory=list)  # kinds.tsv rows with the extracted kinds
    extra_pages: list[dict] = field(default_factory=list)  # extracted table pages not in kinds.tsv
    other_pages: list[dict] = field(default_factory=list)  # tables of kind "other"
    kind_pages: int = 0
    kind_not_other: int = 0
    lines: int = 0
    validations: list[dict] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)
    colnum_rows: list[dict] = field(default_factory=list)
    colnum_column_lines: int = 0

    @property
    def tp(self): return sum(p["tp"] for p in self.pages.values())
    @property
    def fp(self): return sum(p["fp"] for p in self.pages.values())
    @property
    def fn(self): return sum(p["fn"] for p in self.pages.values())
    @property
    def f1(self): return _f1(self.tp, self.fp, self.fn)

    def worst_page(self) -> tuple[int, float] | None:
        scored = [(p, _f1(c["tp"], c["fp"], c["fn"])) for p, c in self.pages.items()
                  if c["tp"] + c["fp"] + c["fn"]]
        return min(scored, key=lambda x: x[1]) if scored else None


_ROW_IN_DETAIL = re.compile(r"^row (\d+)|\(row (\d+)")


def _row_of(v: dict) -> int | None:
    if v.get("row") is not None:
        return int(v["row"])
    m = _ROW_IN_DETAIL.search(v.get("detail") or "")
    return int(m.group(1) or m.group(2)) if m else None


def evaluate(path: Path, want_meta: tuple | None, kinds: list[dict] | None) -> DocResult:
    doc = extract_document(path)
    res = DocResult(path.name, doc.status, doc.error, len(doc.tables))
    if doc.status == "failed":
        return res
    res.meta_want = want_meta
    res.meta_got = tuple(getattr(doc, f) for f in FIELDS)

    # 1. kinds
    by_page: dict[int, list] = defaultdict(list)
    for t in doc.tables:
        n = t.page_last - t.page_first + 1
        res.kind_pages += n
        if t.table_kind != "other":
            res.kind_not_other += n
        else:
            res.other_pages.append({"pages": f"{t.page_first}-{t.page_last}", "n_pages": n, "title": t.title})
        for p in range(t.page_first, t.page_last + 1):
            by_page[p].append(t)
    hand_pages: set[int] = set()
    if kinds is not None:
        for k in kinds:
            hand_pages.add(k["page"])
            got = by_page.get(k["page"], [])
            res.kind_rows.append({
                "page": k["page"], "want": k["table_kind"], "printed_title": k.get("title"),
                "got": [t.table_kind for t in got], "got_titles": [t.title for t in got],
                "ok": any(t.table_kind == k["table_kind"] for t in got),
            })
        for p, ts in sorted(by_page.items()):
            if p not in hand_pages:
                res.extra_pages += [{"page": p, "kind": t.table_kind, "title": t.title} for t in ts]

    # 3. cell-text F1 (pages of ours, plus hand-listed table pages we missed)
    res.pages = cell_counts(doc, path, hand_pages - set(by_page))

    # 4./5. budget lines and checks
    rows = normalized_rows(doc)
    lines = rows.get("budget_lines", [])
    res.lines = len(lines)
    res.validations = rows.get("validations", [])
    tid = table_namer(doc.doc_id)
    tables = {tid(t): t for t in doc.tables}
    row_text: dict[tuple[str, int], list[str]] = {}
    row_page: dict[tuple[str, int], int] = {}
    for i, t in tables.items():
        for r, cells in enumerate(t.rows_cells()):
            row_text[(i, r)] = [c.text for c in cells]
            if cells:
                row_page[(i, r)] = min(c.page for c in cells)
    published: dict[tuple[str, int], int] = Counter(
        (x["table_id"], x["row"]) for x in lines
        if x.get("amount_yuan") is not None or _norm(x.get("amount_raw")))
    for key, n in sorted(published.items()):
        if is_column_number_row(row_text.get(key, [])):
            t = tables[key[0]]
            res.colnum_rows.append({"table_id": key[0], "title": t.title, "kind": t.table_kind,
                                    "page": row_page.get(key), "row": key[1], "lines": n,
                                    "text": " | ".join(_norm(s) for s in row_text[key] if _norm(s))})
    res.colnum_column_lines = sum(1 for x in lines if re.search(r"栏次|行次", x.get("measure_raw") or "")
                                  and (x.get("amount_yuan") is not None or _norm(x.get("amount_raw"))))
    colnum_keys = {(c["table_id"], c["row"]) for c in res.colnum_rows}
    for v in res.validations:
        if v["status"] != "fail":
            continue
        t = tables.get(v.get("table_id"))
        r = _row_of(v)
        key = (v.get("table_id"), r)
        res.failures.append({
            "document": path.name, "table_id": v.get("table_id"),
            "title": t.title if t else None, "kind": t.table_kind if t else None,
            "page": v.get("page") or row_page.get(key) or (t.page_first if t else None), "row": r,
            "rule": v["rule"], "expected": v.get("expected"), "actual": v.get("actual"),
            "detail": v.get("detail"),
            "printed_row": " | ".join(_norm(s) for s in row_text.get(key, []) if _norm(s)),
            "column_number_row": key in colnum_keys,
        })
    return res


# ---------------------------------------------------------------- one folder

def run_folder(folder: Path) -> dict:
    pdfs = sorted(folder.glob("*.pdf"))
    want_meta, meta_src = expected_metadata(folder)
    kinds = hand_kinds(folder)
    kinds_by_file: dict[str, list[dict]] = defaultdict(list)
    for k in kinds or []:
        kinds_by_file[k["file_name"]].append(k)
    print(f"== {folder}  ({len(pdfs)} PDFs; metadata from {meta_src}; kinds from "
          f"{'kinds.tsv' if kinds is not None else 'not other'})")
    print(f"{'document':46} {'status':7} {'tbl':>3} {'F1':>6} {'worst pg':>12} {'kinds':>7}  metadata")
    docs: list[DocResult] = []
    for p in pdfs:
        k = kinds_by_file.get(p.name) if kinds is not None else None
        d = evaluate(p, want_meta.get(p.name), k)
        docs.append(d)
        if d.status == "failed":
            print(f"{p.name[:46]:46} failed  {_short(d.error, 80)}")
            continue
        wp = d.worst_page()
        worst = f"p{wp[0]} {wp[1]:.3f}" if wp else "-"
        if kinds is not None:
            kind_s = f"{sum(r['ok'] for r in d.kind_rows)}/{len(d.kind_rows)}" if k else "unlisted"
        else:
            kind_s = f"{d.kind_not_other}/{d.kind_pages}"
        if d.meta_want:
            wrong = [f"{f}={g!r} (want {w!r})" for f, g, w in zip(FIELDS, d.meta_got, d.meta_want) if g != w]
            meta_s = ", ".join(wrong) or "ok"
        else:
            meta_s = "not listed"
        f1 = "n/a" if math.isnan(d.f1) else f"{d.f1:.3f}"
        print(f"{p.name[:46]:46} {d.status:7} {d.n_tables:3} {f1:>6} {worst:>12} {kind_s:>7}  {meta_s}")
    for name in sorted(set(want_meta) | set(kinds_by_file)):
        if not (folder / name).exists():
            print(f"   (listed in the hand-read files but not in the folder: {name})")
    ok_docs = [d for d in docs if d.status != "failed"]

    # -- figures
    fig: dict = {}
    if kinds is not None:
        krows = [dict(r, file=d.name) for d in ok_docs for r in d.kind_rows]
        n_ok = sum(r["ok"] for r in krows)
        fig["kind"] = {"right": n_ok, "pages": len(krows), "rate": _ratio(n_ok, len(krows)),
                       "basis": "kinds.tsv",
                       "pages_without_table": sum(not r["got"] for r in krows),
                       "extracted_pages_not_listed": sum(len(d.extra_pages) for d in ok_docs)}
    else:
        n_ok = sum(d.kind_not_other for d in ok_docs)
        n = sum(d.kind_pages for d in ok_docs)
        fig["kind"] = {"right": n_ok, "pages": n, "rate": _ratio(n_ok, n), "basis": "not other"}
    meta_docs = [d for d in ok_docs if d.meta_want]
    m_ok = sum(g == w for d in meta_docs for g, w in zip(d.meta_got, d.meta_want))
    m_n = len(FIELDS) * len([d for d in docs if want_meta.get(d.name)])  # a failed doc counts as wrong
    fig["metadata"] = {"right": m_ok, "fields": m_n, "rate": _ratio(m_ok, m_n),
                       "documents": len([d for d in docs if want_meta.get(d.name)])}
    scored = [d for d in ok_docs if not math.isnan(d.f1)]
    worst = min(scored, key=lambda d: d.f1) if scored else None
    tp, fp, fn = (sum(getattr(d, a) for d in ok_docs) for a in ("tp", "fp", "fn"))
    fig["cell_f1"] = {"min": worst.f1 if worst else math.nan, "min_document": worst.name if worst else None,
                      "overall": _f1(tp, fp, fn), "tp": tp, "only_ours": fp, "only_pdfplumber": fn,
                      "documents": len(scored),
                      "below_target": [d.name for d in scored if d.f1 < TARGET_F1],
                      "no_table": [d.name for d in ok_docs if math.isnan(d.f1)],
                      "per_document": {d.name: d.f1 for d in scored}}
    vals = [v for d in ok_docs for v in d.validations]
    sub = [v for v in vals if v["rule"] in ("subtotal_lei", "subtotal_kuan", "total_of_classes")]
    fig["subtotals"] = {"rate": identity_pass_rate(vals), "checks": len(sub),
                        "failing": sum(v["status"] == "fail" for v in sub),
                        "budget_lines": sum(d.lines for d in ok_docs)}
    cn = [dict(c, document=d.name) for d in ok_docs for c in d.colnum_rows]
    fig["column_number_rows"] = {"rows": len(cn), "lines": sum(c["lines"] for c in cn),
                                 "files": sorted({c["document"] for c in cn}),
                                 "lines_from_number_columns": sum(d.colnum_column_lines for d in ok_docs)}
    fails = [f for d in ok_docs for f in d.failures]
    fig["failed_checks"] = {"failed": len(fails), "checks": len(vals),
                            "tables": len({(f["document"], f["table_id"]) for f in fails}),
                            "on_column_number_rows": sum(f["column_number_row"] for f in fails),
                            "by_rule": dict(Counter(f["rule"] for f in fails))}

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT MET"

    print("\nfigures")
    k = fig["kind"]
    extra = (f"; {k['pages_without_table']} listed pages with no extracted table, "
             f"{k['extracted_pages_not_listed']} extracted table pages not in kinds.tsv"
             if k["basis"] == "kinds.tsv" else " (right = not 'other')")
    print(f" 1 table kind        {k['right']}/{k['pages']} table pages right ({_pct(k['rate'])}){extra}"
          f"   target >= 95%: {verdict(k['rate'] >= TARGET_KIND)}")
    m = fig["metadata"]
    print(f" 2 metadata          {m['right']}/{m['fields']} fields right ({_pct(m['rate'])}) over "
          f"{m['documents']} listed documents   target >= 95%: {verdict(m['rate'] >= TARGET_META)}")
    c = fig["cell_f1"]
    print(f" 3 cell-text F1      min {c['min']:.4f} ({c['min_document']}) over {c['documents']} documents; "
          f"overall {c['overall']:.4f}; {len(c['below_target'])} below 0.99"
          f"   target >= 0.99 on every document: {verdict(not c['below_target'] and c['documents'] > 0)}")
    s = fig["subtotals"]
    n_cn = fig["column_number_rows"]
    print(f" 4 subtotals         {_pct(s['rate'], 2)} of {s['checks']} subtotal identities hold "
          f"({s['failing']} fail; {s['budget_lines']} budget lines)   target >= 99.5%: "
          f"{verdict(s['checks'] > 0 and s['rate'] >= TARGET_SUBTOTAL)}")
    print(f"   column-numbers    {n_cn['rows']} column-number rows published as amounts ({n_cn['lines']} lines"
          f"{', in ' + ', '.join(n_cn['files']) if n_cn['files'] else ''}); {n_cn['lines_from_number_columns']}"
          f" lines from 栏次/行次 columns   target 0: {verdict(n_cn['rows'] == 0)}")
    f = fig["failed_checks"]
    by_rule = ", ".join(f"{k} {v}" for k, v in sorted(f["by_rule"].items()))
    print(f" 5 failed checks     {f['failed']} of {f['checks']} checks fail, on {f['tables']} tables"
          + (f" ({f['on_column_number_rows']} on column-number rows; {by_rule})" if f["failed"] else "")
          + "   target: none on a table whose printed numbers satisfy it (read the list below)")

    # -- misses
    misses: dict = {}
    if kinds is not None:
        krows = [dict(r, file=d.name) for d in ok_docs for r in d.kind_rows]
        groups: dict[tuple, list] = defaultdict(list)
        for r in krows:
            if not r["ok"]:
                groups[(r["want"], "+".join(r["got"]) or "(no table)")].append(r)
        misses["kind"] = [{"want": w, "got": g, "pages": rs} for (w, g), rs in sorted(groups.items())]
        if groups:
            print("\n1. kind misses, by (hand kind <- extracted kind):")
            for (w, g), rs in sorted(groups.items(), key=lambda x: (-len(x[1]), x[0])):
                print(f"  {w} <- {g}: {len(rs)} pages")
                for r in rs:
                    got_t = "; ".join(repr(_short(t, 40)) for t in r["got_titles"]) or "-"
                    print(f"     {r['file'][:40]} p{r['page']}: printed {r['printed_title']!r}; extracted title {got_t}")
        extra_pages = [dict(e, file=d.name) for d in ok_docs for e in d.extra_pages]
        misses["extracted_pages_not_listed"] = extra_pages
        if extra_pages:
            print("   extracted table pages not in kinds.tsv:")
            for e in extra_pages:
                print(f"     {e['file'][:40]} p{e['page']}: {e['kind']} {_short(e['title'], 50)!r}")
        unlisted = [d for d in ok_docs if d.name not in kinds_by_file and d.n_tables]
        if unlisted:
            print("   files not in kinds.tsv (not in the figure): " + "; ".join(
                f"{d.name[:30]} {d.kind_not_other}/{d.kind_pages} pages not 'other'" for d in unlisted))
    others = [dict(o, file=d.name) for d in ok_docs for o in d.other_pages]
    misses["other"] = others
    if others:
        print("   tables of kind 'other':")
        for o in others:
            print(f"     {o['file'][:40]} pages {o['pages']}: {_short(o['title'], 60)!r}")

    meta_miss = [{"file": d.name, "field": fl, "got": g, "want": w}
                 for d in meta_docs for fl, g, w in zip(FIELDS, d.meta_got, d.meta_want) if g != w]
    misses["metadata"] = meta_miss
    if meta_miss:
        print("\n2. metadata misses:")
        for mm in meta_miss:
            print(f"     {mm['file'][:40]} {mm['field']}: got {mm['got']!r}, want {mm['want']!r}")

    low = []
    for d in scored:
        for p, cc in sorted(d.pages.items()):
            pf = _f1(cc["tp"], cc["fp"], cc["fn"])
            if cc["tp"] + cc["fp"] + cc["fn"] and pf < TARGET_F1:
                low.append({"file": d.name, "page": p, "f1": pf, **cc})
    misses["cell_f1_pages"] = low
    if low:
        print(f"\n3. pages with cell-text F1 below {TARGET_F1} (a few strings found only by us / only by pdfplumber):")
        for r in low:
            print(f"     {r['file'][:40]} p{r['page']}: F1 {r['f1']:.3f} (tp {r['tp']}, ours {r['fp']}, "
                  f"pdfplumber {r['fn']}); ours {[_short(x, 16) for x in r['only_ours'][:3]]} "
                  f"pdfplumber {[_short(x, 16) for x in r['only_pdfplumber'][:3]]}")

    misses["column_number_rows"] = cn
    if cn:
        print("\n4. column-number rows published as amounts:")
        for r in cn:
            print(f"     {r['document'][:40]} p{r['page']} row {r['row']} {_short(r['title'], 40)!r}: "
                  f"{r['lines']} lines  [{_short(r['text'], 60)}]")

    misses["failed_checks"] = fails
    if fails:
        print("\n5. failed checks (document / table / page / row: check expected -> actual; printed row):")
        cur = None
        for x in fails:
            head = (x["document"], x["title"])
            if head != cur:
                cur = head
                label = x["title"] or ("(untitled table)" if x["table_id"] else "(whole document)")
                print(f"   {x['document'][:40]} — {label} [{x['kind'] or '-'}]")
            tag = " [column-number row]" if x["column_number_row"] else ""
            print(f"     p{x['page']} row {x['row']}: {x['rule']} expected {x['expected']} actual {x['actual']}{tag}")
            print(f"        {_short(x['detail'], 150)}")
            if x["printed_row"]:
                print(f"        printed: {_short(x['printed_row'], 150)}")
    print()
    return {"folder": str(folder), "documents": [
        {"file": d.name, "status": d.status, "error": d.error, "tables": d.n_tables,
         "f1": d.f1, "budget_lines": d.lines,
         "metadata": dict(zip(FIELDS, d.meta_got)) if d.meta_got else None}
        for d in docs], "figures": fig, "misses": misses}


def _json_default(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, float) and math.isnan(o):
        return None
    return str(o)


def _clean_nan(o):
    if isinstance(o, float) and math.isnan(o):
        return None
    if isinstance(o, dict):
        return {k: _clean_nan(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_clean_nan(v) for v in o]
    return o


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, help="corpus folders (default: Putuo and cities)")
    ap.add_argument("--json", type=Path, help="write every figure and miss to this file")
    args = ap.parse_args(argv)
    folders = args.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    results = []
    for folder in folders:
        if not folder.is_dir():
            print(f"== {folder}: absent, skipped\n")
            continue
        results.append(run_folder(folder))
    if len(results) > 1:
        print("== summary")
        for r in results:
            fg = r["figures"]
            print(f"  {Path(r['folder']).name:8} kind {_pct(fg['kind']['rate'])}  metadata "
                  f"{_pct(fg['metadata']['rate'])}  min F1 {fg['cell_f1']['min']:.4f}  subtotals "
                  f"{_pct(fg['subtotals']['rate'], 2)}  column-number rows {fg['column_number_rows']['rows']}  "
                  f"failed checks {fg['failed_checks']['failed']}")
    if args.json:
        args.json.write_text(json.dumps(_clean_nan({"folders": results}), ensure_ascii=False, indent=1,
                                        default=_json_default), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
