"""The demo set of sample disclosure PDFs with known gold tables.

The generator draws Shanghai-style 区级部门预算 / 单位预算 and 部门决算 documents with
reportlab at canvas level (exact control over every ruled line and string) and returns,
for each document, the *gold* content: every printed ruled cell of every table with its
row/column in the logical table, its spans and its text as a reader reads it (see
``cnbudget.demo.gold`` for its conventions).

Used by the tests as fixtures and by the demo (``write_sample_set``);
``python -m cnbudget.demo.samples [DIR]`` writes the set into DIR (default data/samples).

Output is deterministic: the same call gives the same bytes (reportlab ``invariant=1``,
numbers from a seeded ``random.Random``).
"""
from __future__ import annotations

import os
from pathlib import Path

from .broken import make_junk_pdf
from .budgets import make_budget_pdf
from .final_accounts import make_final_accounts_pdf
from .gold import GoldDocument
from .performance import make_performance_targets_pdf


def write_sample_set(directory: str | os.PathLike) -> list[GoldDocument]:
    """The demo set: two 部门预算 (元), one 单位预算 (万元), one 决算, one set of
    项目支出绩效目标表, one junk file."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    return [
        make_budget_pdf(d / "上海市普陀区示例局25年预算.pdf"),
        make_budget_pdf(d / "上海市普陀区司法局25年预算.pdf", department="上海市普陀区司法局",
                        n_function_rows=26, seed=1),
        make_budget_pdf(d / "上海市普陀区示例中心单位25年预算.pdf",
                        department="上海市普陀区示例中心", scope="unit", unit="wan_yuan",
                        n_function_rows=14, seed=2),
        make_final_accounts_pdf(d / "上海市示例局2024年度部门决算.pdf"),
        make_performance_targets_pdf(d / "上海市普陀区示例局2025年项目支出绩效目标.pdf"),
        make_junk_pdf(d / "上海市普陀区损坏文件25年预算.pdf"),
    ]


if __name__ == "__main__":  # pragma: no cover
    import sys

    out = sys.argv[1] if len(sys.argv) > 1 else "data/samples"
    for g in write_sample_set(out):
        print(g.file_name, g.page_count, len(g.tables))
