"""Published datasets from generated disclosures, for the report and notebook tests: one
department's budgets of two years, a unit budget, performance targets of two departments
in two cities, and, when asked, one amount changed after extraction so that checks fail
on a known page and row (its PDF is unchanged: the report's picture shows the page)."""
from __future__ import annotations

from pathlib import Path

from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.performance import make_performance_targets_pdf
from cnbudget.extractors.document import extract_document
from cnbudget.flows.pipeline import dataset_rows, publish_document

TAMPERED = "上海市普陀区示例局25年预算.pdf"


def write_sample_pdfs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    make_budget_pdf(folder / "上海市普陀区示例局24年预算.pdf", year=2024, n_function_rows=8)
    make_budget_pdf(folder / TAMPERED, year=2025, n_function_rows=8)
    make_budget_pdf(folder / "上海市普陀区示例中心单位25年预算.pdf", department="上海市普陀区示例中心", scope="unit",
                    n_function_rows=6)
    make_performance_targets_pdf(folder / "上海市普陀区示例局2025年项目支出绩效目标.pdf", n_projects=2)
    make_performance_targets_pdf(folder / "杭州市示例局2025年项目支出绩效目标.pdf", department="杭州市示例局",
                                 region="杭州市", n_projects=2)
    return sorted(folder.glob("*.pdf"))


def tamper(doc) -> tuple[str, int, int]:
    """Change the first amount of a 类 row of the expenditure table (支出预算总表): its
    subtotal and row checks fail. Returns (table seq, page, row) changed."""
    table = next(t for t in doc.tables if t.table_kind == "expenditure")
    total_col = next(c.col for c in table.cells if c.is_header and c.text == "合计")
    lei_rows = {c.row for c in table.cells if c.col == 0 and c.text.isdigit() and len(c.text) == 3}
    cell = next(c for c in table.cells if c.row in lei_rows and c.col == total_col)
    cell.text = "1.00"
    return table.seq, cell.page, cell.row


def publish_samples(pdfs: list[Path], out: Path, tampered: str | None = TAMPERED) -> dict:
    """Extract and publish each PDF in this process; the changed cell when one was changed."""
    changed = {}
    for p in pdfs:
        doc = extract_document(p)
        if p.name == tampered:
            seq, page, row = tamper(doc)
            changed = {"doc_id": doc.doc_id, "seq": seq, "page": page, "row": row, "file": p}
        publish_document(out, doc, dataset_rows(doc))
    return changed
