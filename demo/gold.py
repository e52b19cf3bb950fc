"""The gold content of a sample document: every printed ruled cell of every table with
its row/column in the logical table, its spans and its text as a reader reads it.

Conventions of the gold (same as ``cnbudget.schemas.model``):

* pages are 1-based; rows and columns 0-based in the LOGICAL table: rows continue
  across pages, and a header repeated on a continuation page gets its own row numbers
  continuing the sequence; columns are the table's full column grid;
* a merged cell is one ``GoldCell`` at its top-left slot with ``row_span``/``col_span``;
* text wrapped on several lines inside one cell is joined with no separator (Chinese);
  an empty ruled cell has text "";
* ``header_rows`` is the number of header rows on the table's first page.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class GoldCell:
    page: int
    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    is_header: bool = False


@dataclass
class GoldTable:
    title: str
    table_kind: str
    unit_raw: str | None
    unit: str | None
    page_first: int
    page_last: int
    n_rows: int
    n_cols: int
    header_rows: int
    cells: list[GoldCell] = field(default_factory=list)

    def grid(self) -> list[list[str | None]]:
        """Rows x cols of text; a merged cell's text at its top-left slot, None under it."""
        g: list[list[str | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            g[c.row][c.col] = c.text
        return g

    def pages(self) -> list[int]:
        return sorted({c.page for c in self.cells})


@dataclass
class GoldDocument:
    file_name: str
    department: str | None
    region: str | None
    fiscal_year: int | None
    doc_type: str | None
    budget_scope: str | None
    title: str | None
    page_count: int
    tables: list[GoldTable] = field(default_factory=list)
    status: str = "ok"  # expected processing status: ok | failed
    # performance forms: what each indicator row states (project_name, level1, level2,
    # name, target_raw)
    indicators: list[dict] = field(default_factory=list)

    def table(self, table_kind: str) -> GoldTable:
        for t in self.tables:
            if t.table_kind == table_kind:
                return t
        raise KeyError(table_kind)
