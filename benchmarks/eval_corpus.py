"""Accuracy figures over the real corpus, in one command.

    .venv/bin/python benchmarks/eval_corpus.py [folder]     (default ../shared/corpus)

Prints, per document and overall:
  - cell-text F1 of cnbudget's tables against a plain pdfplumber ``extract_tables()`` on
    the same pages (text per cell, whitespace ignored; where pdfplumber's table swallows
    the title lines through WPS's invisible cell rectangles, those title/unit strings are
    not counted against us);
  - table_kind: how many table pages (continuation pages counted) got a kind, and which
    titles fell to "other";
  - document metadata against the expected values below (department, region,
    fiscal_year, doc_type, budget_scope) for the corpus files that are listed;
  - budget lines and the share of subtotal identities that hold.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pdfplumber

from cnbudget.extractors.document import extract_document
from cnbudget.flows.pipeline import normalized_rows
from cnbudget.normalizers.validate import identity_pass_rate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

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


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def cell_counts(doc, path: Path) -> tuple[int, int, int]:
    ours: dict[int, Counter] = {}
    for t in doc.tables:
        for c in t.cells:
            if _norm(c.text):
                ours.setdefault(c.page, Counter())[_norm(c.text)] += 1
    tp = fp = fn = 0
    with pdfplumber.open(path) as pdf:
        for page_no, o in ours.items():
            ref = Counter(_norm(x) for tb in pdf.pages[page_no - 1].extract_tables()
                          for row in tb for x in row if _norm(x))
            extra = ref - o
            if sum(extra.values()) > 3:
                ref = ref - Counter({k: v for k, v in extra.items() if "表" in k or "单位" in k})
            tp += sum((o & ref).values())
            fp += sum((o - ref).values())
            fn += sum((ref - o).values())
    return tp, fp, fn


def main(folder: Path) -> None:
    pdfs = sorted(folder.glob("*.pdf"))
    tp = fp = fn = 0
    kind_pages = kind_ok = 0
    others: list[str] = []
    meta_ok = meta_n = 0
    validations: list[dict] = []
    lines = 0
    print(f"{'document':44} {'status':7} {'tables':>6} {'F1':>6}  metadata")
    for p in pdfs:
        doc = extract_document(p)
        if doc.status == "failed":
            print(f"{p.name[:44]:44} failed  {doc.error}")
            continue
        a, b, c = cell_counts(doc, p)
        tp, fp, fn = tp + a, fp + b, fn + c
        f1 = 2 * a / (2 * a + b + c) if a else float("nan")
        for t in doc.tables:
            pages = t.page_last - t.page_first + 1
            kind_pages += pages
            if t.table_kind != "other":
                kind_ok += pages
            else:
                others.append(f"{p.name}: {t.title!r} (pages {t.page_first}-{t.page_last})")
        got = tuple(getattr(doc, f) for f in FIELDS)
        want = EXPECTED.get(p.name)
        wrong = ""
        if want:
            meta_n += len(FIELDS)
            meta_ok += sum(g == w for g, w in zip(got, want))
            wrong = ", ".join(f"{f}={g!r} (want {w!r})" for f, g, w in zip(FIELDS, got, want) if g != w)
        rows = normalized_rows(doc)
        validations += rows.get("validations", [])
        lines += len(rows.get("budget_lines", []))
        print(f"{p.name[:44]:44} {doc.status:7} {len(doc.tables):6} {f1:6.3f}  {'ok' if want and not wrong else wrong or 'not listed'}")
    print()
    print(f"cell-text F1 vs plain pdfplumber: {2 * tp / (2 * tp + fp + fn):.4f} "
          f"(tp {tp}, only ours {fp}, only pdfplumber {fn})")
    print(f"table_kind given (not 'other') on {kind_ok}/{kind_pages} table pages "
          f"({kind_ok / max(kind_pages, 1):.1%}); 'other':")
    for o in others:
        print("   ", o)
    if meta_n:
        print(f"metadata fields right: {meta_ok}/{meta_n} ({meta_ok / meta_n:.1%})")
    subtotal = [v for v in validations if v["check"] in ("subtotal_lei", "subtotal_kuan", "total_of_classes")]
    fails = [v for v in validations if v["status"] == "fail"]
    print(f"budget lines: {lines}; subtotal identities holding: {identity_pass_rate(validations):.2%} "
          f"of {len(subtotal)}; all checks failing: {len(fails)} of {len(validations)}")
    for v in fails[:10]:
        print("   FAIL", v["check"], v["detail"])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
