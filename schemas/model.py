"""The typed document model: the contract between extraction, normalization and publishing.

Field names here are the column names of the Parquet contract (schemas/contract.py builds
the Arrow schemas from the same names), so a record converts to a row without renaming.
Coordinates are PDF points with the origin at the page's top-left corner (pdfplumber's
``x0, top, x1, bottom``); pages and rows are 1-based for pages, 0-based for rows/cols.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields


@dataclass
class Cell:
    """One printed cell; a merged cell is one Cell with row_span/col_span > 1."""

    page: int  # 1-based page the cell is printed on
    row: int  # 0-based row in the logical table (continues across pages)
    col: int  # 0-based column in the logical table's column grid
    row_span: int
    col_span: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float = 1.0  # 1.0 for text-layer cells; OCR score for scanned ones
    is_header: bool = False  # header row (first page) or a header repeated on a later page


@dataclass
class Table:
    """A logical table: one or more page fragments joined into one grid."""

    seq: int  # 1-based order of the table in its document
    page_first: int
    page_last: int
    title: str | None
    table_kind: str
    unit_raw: str | None
    unit: str | None  # "yuan" | "wan_yuan" | "qian_yuan" | None
    method: str  # "text" | "ocr"
    n_rows: int
    n_cols: int
    header_rows: int  # leading rows of the first fragment that are headers
    strategy: str  # which extraction strategy produced it (pdfplumber, camelot, ocr)
    # Parsing report (after Camelot's): how much of the grid is empty, how much of the
    # text inside the table's box did not land in a cell.
    whitespace: float
    unassigned_chars: int
    cells: list[Cell] = field(default_factory=list)
    # Lines printed between a title above the table and its grid (the owner line, a form's
    # 项目名称：… line): not published as columns, read by the normalizers.
    caption: list[str] = field(default_factory=list)

    def grid(self) -> list[list[str | None]]:
        """Rows x cols of cell text; a merged cell's text sits at its top-left slot and
        the slots it covers hold None."""
        g: list[list[str | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            g[c.row][c.col] = c.text
        return g

    def rows_cells(self) -> list[list[Cell]]:
        """Cells grouped by their row, each row sorted by column."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for c in self.cells:
            out[c.row].append(c)
        for r in out:
            r.sort(key=lambda c: c.col)
        return out

    def header_row_indices(self) -> set[int]:
        return {c.row for c in self.cells if c.is_header}


# Stages a processing error can come from. "file": the file cannot be read or opened as a
# PDF (fatal: nothing else is known); "page": one page could not be read (routing or a
# text-layer strategy); "ocr": a page the router sent to OCR failed or was not read;
# "normalize": a normalizer failed on the document (its tables are still published);
# "limit": a configured limit stopped the document (time, memory, decoded stream size);
# "crash": the document's worker died or an unexpected error escaped extraction;
# "publish": its rows could not be written (only its documents row is).
ERROR_STAGES = ("file", "page", "ocr", "normalize", "limit", "crash", "publish")
# Stages whose errors lose the whole document: it is failed whatever else is known.
FATAL_STAGES = frozenset({"file", "limit", "crash", "publish"})
# Stages whose errors mean extraction itself lost something: without any table left, the
# document has failed.
EXTRACTION_STAGES = frozenset({"page", "ocr"})


@dataclass(frozen=True)
class ProcessingError:
    """One thing that went wrong with a document, typed: where, on which page, why."""

    stage: str  # one of ERROR_STAGES
    reason: str  # one readable line, never a traceback
    page: int | None = None  # 1-based, for page-level errors

    def __post_init__(self) -> None:
        if self.stage not in ERROR_STAGES:
            raise ValueError(f"unknown error stage {self.stage!r}; one of {ERROR_STAGES}")

    def __str__(self) -> str:
        return self.reason if self.page is None else f"page {self.page}: {self.reason}"


def settle_status(errors: list[ProcessingError], has_tables: bool) -> str:
    """The document status, decided here and nowhere else: failed when the file could
    not be read or the document was lost (a limit, a crash, a failed publish), or when
    extraction lost pages and no table is left; partial when anything else went wrong;
    ok otherwise."""
    if any(e.stage in FATAL_STAGES for e in errors):
        return "failed"
    if not has_tables and any(e.stage in EXTRACTION_STAGES for e in errors):
        return "failed"
    return "partial" if errors else "ok"


@dataclass
class Document:
    doc_id: str
    file_name: str
    source_url: str | None = None
    title: str | None = None
    department: str | None = None
    region: str | None = None
    fiscal_year: int | None = None
    doc_type: str | None = None
    budget_scope: str | None = None
    page_count: int | None = None
    ocr_page_count: int = 0
    file_size: int | None = None
    tables: list[Table] = field(default_factory=list)
    # How each page was read (1-based page -> "text", or "ocr (<why>)" for a page the
    # router sent to OCR); empty when the file could not be opened.
    page_routes: dict[int, str] = field(default_factory=dict)
    errors: list[ProcessingError] = field(default_factory=list)

    def fail(self, stage: str, reason: str, page: int | None = None) -> None:
        """Record what went wrong; the status follows from the errors (settle_status)."""
        self.errors.append(ProcessingError(stage, reason, page))

    @property
    def status(self) -> str:  # ok | partial | failed
        return settle_status(self.errors, bool(self.tables))

    @property
    def error_stage(self) -> str | None:
        """The stage of the error that decided the status: the first fatal one, else the
        first one (None when nothing went wrong)."""
        fatal = [e for e in self.errors if e.stage in FATAL_STAGES]
        return (fatal or self.errors)[0].stage if self.errors else None

    @property
    def error(self) -> str | None:
        """Every error in the order it happened, as one readable line."""
        return "; ".join(str(e) for e in self.errors) or None


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))  # once per class: record runs once per cell


def record(obj, exclude: tuple[str, ...] = ()) -> dict:
    """A dataclass as a flat dict of its scalar fields (lists and maps of children left
    out), with a Document's derived status and error."""
    row = {}
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if name not in exclude and not isinstance(value, (list, dict)):
            row[name] = value
    if isinstance(obj, Document):
        row.update(status=obj.status, error=obj.error, error_stage=obj.error_stage)
    return row
