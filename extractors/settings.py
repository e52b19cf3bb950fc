"""Every tunable of extraction, in one settings object with documented defaults.

``ExtractionSettings`` is the one object every entry point takes (``cnbudget extract``,
``ingest``, ``harvest``, ``serve`` and ``extract_document``); the page router's
thresholds (``routing``), the OCR strategy's options (``ocr``, with its OpenCV grid
finder's sizes in ``ocr.grid``) and the per-document limits (``limits``) are nested in it. The models validate themselves: a bad
value raises ``SettingsError`` with a readable message naming the field
("ocr.dpi: Input should be greater than or equal to 72 (got 10)"). They are frozen and
picklable, so they travel to worker processes and Prefect tasks unchanged.

Read settings from a YAML or JSON file with ``load_settings(path)``; only the fields
that differ from the defaults need to be written::

    strategy: pdfplumber    # the reference backend instead of pdfium
    ocr:
      dpi: 300
      workers: 2
"""
from __future__ import annotations

import os
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

# The text-layer page strategies (extractors/strategies.py registers a class for each) and
# the default: a module of their own, which the command line reads without pydantic.
from cnbudget.extractors.strategy_names import DEFAULT_TEXT_STRATEGY, TEXT_STRATEGIES  # noqa: F401 (re-exported)
from cnbudget.schemas.config_file import ConfigFileError, read_config_file


class SettingsError(ValueError):
    """Settings that do not validate; the message names each bad field."""


class _Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def with_(self, **changes: Any):
        """A validated copy with some fields changed (nested models take a dict of their
        own fields: ``settings.with_(ocr={"dpi": 300})``)."""
        data = self.model_dump()
        for key, value in changes.items():
            if isinstance(value, dict) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            elif isinstance(value, BaseModel):
                data[key] = value.model_dump()
            else:
                data[key] = value
        return validated(type(self), data)


class RoutingSettings(_Settings):
    """How the router decides that a page is read by OCR instead of its text layer
    (extractors/routing.py)."""

    scan_image_cover: float = Field(0.5, gt=0, le=1, description=(
        "A page is a scan when images cover at least this share of it ..."))
    scan_max_chars: int = Field(20, ge=0, description=(
        "... and it has at most this many characters (a page number stamped on a scan)."))
    outline_min_paths: int = Field(150, ge=1, description=(
        "Text drawn as outlines: no chars but at least this many curves or tiny filled paths."))
    garbage_min_chars: int = Field(30, ge=1, description=(
        "A text layer is judged garbage only from this many characters on ..."))
    garbage_share: float = Field(0.3, gt=0, le=1, description=(
        "... when at least this share of them is unusable (private-use, unmapped, (cid:N), "
        "or neither CJK nor common symbols)."))


class OcrGridSettings(_Settings):
    """Typographic sizes (points) of the OpenCV ruled-grid finder for page images
    (extractors/ocr_grid.py); ``px_per_pt`` turns them into pixels at any dpi."""

    h_rule_min_pt: float = Field(30.0, gt=0, description=(
        "Horizontal ruling segments that place grid lines are at least this long. Title "
        "glyphs at 16-18pt bold have strokes up to ~15pt and neighbouring strokes nearly touch."))
    v_rule_min_pt: float = Field(14.0, gt=0, description=(
        "Vertical ruling segments at least this tall: a row is rarely under 15pt, text is < 10pt."))
    h_border_min_pt: float = Field(10.0, gt=0, description=(
        "Whether a cell border is drawn is read with shorter kernels (a border can be as "
        "short as one narrow cell); text never sits on a grid line."))
    v_border_min_pt: float = Field(10.0, gt=0, description="Vertical counterpart of h_border_min_pt.")
    h_line_min_total_pt: float = Field(40.0, gt=0, description=(
        "A horizontal grid line needs this much rule length in all (stacked strokes and "
        "underlines are short)."))
    v_line_min_total_pt: float = Field(16.0, gt=0, description="Vertical counterpart of h_line_min_total_pt.")
    line_merge_pt: float = Field(2.5, ge=0, description="Rule positions closer than this are one grid line.")
    border_drawn: float = Field(0.5, gt=0, le=1, description=(
        "A cell border counts as drawn when rule pixels cover this share of it."))
    border_ambiguous: tuple[float, float] = Field((0.2, 0.75), description=(
        "A border whose coverage lies between these is ambiguous (the grid is 'not clear')."))
    open_side_min_pt: float = Field(6.0, ge=0, description=(
        "A table printed without its outer sides keeps its outer column (row) where two or "
        "more of its rules run on together at least this far past its last inner rule: "
        "their ends are its edge (as ExtractionSettings.open_side_min_width for the text layer)."))
    table_min_w_pt: float = Field(60.0, gt=0, description="A table's box is at least this wide ...")
    table_min_h_pt: float = Field(15.0, gt=0, description="... and this tall.")


class OcrSettings(_Settings):
    """The OCR page strategy (extractors/ocr.py): rendering, the RapidOCR engine, and
    how a document's scanned pages are spread over the run's worker processes."""

    enabled: bool = Field(True, description=(
        "Read pages the router sends to OCR. When off, such pages are reported as not read "
        "and the document is partial."))
    dpi: int = Field(200, ge=72, le=600, description=(
        "Render resolution. 200 dpi puts 9pt body text at ~25 px glyph height, close to the "
        "48 px line height the PP-OCR recognizer is trained on after its own resize, and 1pt "
        "rules at ~3 px, which survive blur and JPEG; 150 dpi starts confusing 6/8/9 and ','/'.' "
        "in small digits, and 300 dpi costs 2.25x the pixels (memory and OpenCV time) without "
        "better recognition. An A4 page is 1654x2339 = 3.9 MB gray."))
    max_pixels: int = Field(24_000_000, ge=1_000_000, description=(
        "Upper bound on rendered pixels per page (memory bound for oversized pages); the scale "
        "is lowered to fit."))
    workers: int = Field(0, ge=0, description=(
        "Pages of one scanned document read at the same time, each by a worker process of "
        "the run (0: as many as the run has, extract's --workers). The run's workers keep their "
        "OCR engine from page to page and document to document: no process is started for OCR ..."))
    parallel_min_pages: int = Field(3, ge=1, description=(
        "... and a document's OCR pages are spread over them only from this many pages on "
        "(fewer are read in the document's own worker, with no round trip)."))
    threads: int = Field(1, ge=0, description=(
        "onnxruntime (and OpenCV) threads per engine (0: one per core). 1: the run's worker "
        "processes are the parallelism, one page each; more threads per worker would "
        "oversubscribe the cores. Pool threads never spin-wait for work."))
    cpu_mem_arena: bool = Field(True, description=(
        "onnxruntime's CPU memory arena: buffers are kept and reused from one recognition "
        "batch to the next instead of being allocated again (~8% less CPU for the same "
        "text; a worker's peak stays well under limits.memory_mb)."))
    rec_batch: int = Field(6, ge=1, description=(
        "Recognition batch size (line crops per model call; sorted by width, each batch padded "
        "to its widest). 6 against 16: the same text, ~7% less CPU (less padding) and a third "
        "less peak memory (a batch of wide prose lines needed ~300 MiB more)."))
    det_max_side: int = Field(1280, ge=320, description=(
        "Detection (a page without a clear grid, a scanned cover, a table area whose grid is "
        "unclear) runs on the image scaled so that its longer side is at most this (px). At "
        "2000 a whole A4 page at 200 dpi took ~600 MiB of activations, and a long scan's "
        "worker ran past limits.memory_mb; at 1280, 9-point text is still ~14 px high."))
    rec_min_width: int = Field(160, ge=16, description=(
        "Width (px, at the recognizer's 48 px height) every batch is padded to at least. "
        "rapidocr's 320 (PaddleOCR's training shape) makes a 2-digit cell cost as much as a "
        "7-character line; table cells are short, so a smaller floor saves most of the "
        "recognizer's time without changing what it reads (the model is convolutional + CTC)."))
    reread_scale: float = Field(2.0, ge=1, description="A numeric cell whose text does not parse is re-read at this upscale.")
    unparsed_confidence: float = Field(0.3, ge=0, le=1, description=(
        "Confidence given at most to a numeric cell that still does not parse."))
    min_text_score: float = Field(0.5, ge=0, le=1, description=(
        "Text boxes under this recognition score are dropped (detection + recognition)."))
    paddle_det_model_dir: str | None = Field(None, description=(
        "Optional PaddleOCR (paddle inference) detection model; used only with paddle_rec_model_dir."))
    paddle_rec_model_dir: str | None = Field(None, description="Optional PaddleOCR recognition model directory.")
    paddle_rec_keys_path: str | None = Field(None, description="Optional character dictionary for that model.")
    grid: OcrGridSettings = Field(default_factory=OcrGridSettings, description="Ruled-grid finder sizes.")


class LimitSettings(_Settings):
    """What one document may cost (flows/pipeline.py enforces them: each document runs in
    a supervised worker process that is killed and replaced when it overruns). A document
    stopped by a limit is published as ``failed`` with the limit in its error; a page
    stopped by the page limit leaves the document ``partial``."""

    document_seconds: float = Field(60.0, gt=0, description=(
        "Wall time for one document (extract + normalize) in the workers, counted while any of "
        "its tasks runs (the pages of a long scan read side by side count once, "
        "flows/dispatch.py); past it the worker is killed and replaced. A 33-page text-layer "
        "document of the corpus takes ~4 s on one core; raise it for long scanned documents "
        "(OCR takes ~1.5 s of CPU a page)."))
    page_seconds: float = Field(20.0, gt=0, description=(
        "Wall time for reading one page (route + table finding, or OCR). An alarm in the "
        "worker interrupts the page's Python work, the page is reported and the document goes "
        "on; time spent inside C code (PDFium, zlib, OpenCV) is caught by document_seconds."))
    memory_mb: int = Field(1024, ge=128, description=(
        "Resident memory (MiB) of one document worker; a worker past it is killed (its RSS is "
        "watched every 50 ms). A text-layer document needs < 200 MiB, an OCR worker ~600 MiB; "
        "two workers at the limit plus the parent stay under 2.5 GB."))
    max_stream_mb: int = Field(256, ge=1, description=(
        "Largest decoded size (MiB) of one PDF stream. A 2 KB stream can inflate to GiBs "
        "(a decompression bomb); a 600 dpi A4 RGB image is ~100 MiB. Checked before PDFium "
        "sees the file and inside pdfminer's decoder."))
    max_decoded_mb: int = Field(2048, ge=1, description=(
        "Largest decoded size (MiB) of all the Flate streams of one document together."))
    max_file_mb: int = Field(512, ge=1, description=(
        "Largest file (MiB) accepted at all; refused before its bytes are read (the harvest "
        "refuses downloads over a source's max_bytes, 100 MiB by default)."))
    documents_per_worker: int = Field(25, ge=0, description=(
        "A worker process is replaced after this many tasks (0: never): a document, or one "
        "page of a long scan (flows/dispatch.py). Memory that an allocator keeps after big "
        "documents cannot add up to the memory limit."))


class CompactionSettings(_Settings):
    """How the one-file-per-document layout is folded into few large files per dataset
    (datasets/compact.py): after a run (``cnbudget extract``, ``ingest``, ``harvest``) and
    by ``cnbudget compact``."""

    auto: bool = Field(True, description=(
        "Compact at the end of every run that leaves at least min_documents documents in "
        "one-file-per-document form (False: only `cnbudget compact` does)."))
    min_documents: int = Field(100, ge=1, description=(
        "A run compacts when this many documents (or more) are in per-document files: below "
        "it a query reads those few files about as fast, and small runs stay cheap."))
    documents_per_file: int = Field(500, ge=1, description=(
        "Documents per compacted file (per dataset and fiscal year). Re-publishing a document "
        "that is in a compacted file rewrites that file (1-2 s for 500 documents), while "
        "each file adds ~1 ms to a query: 10,000 documents make ~20 files per dataset."))
    row_group_rows: int = Field(122_880, ge=1_024, description=(
        "Rows per row group of a compacted file (DuckDB's own size). A filter on the columns "
        "a file is ordered by (schemas/contract.py CLUSTER_BY) skips whole row groups by "
        "their min/max; smaller groups skip more but cost more per group read."))
    writers: int = Field(3, ge=1, description=(
        "Group files read and written at once by a compaction (threads; DuckDB and pyarrow "
        "release the GIL). Reading thousands of small files is mostly per-file work that "
        "one query does on one core; a few at a time keep every core busy."))
    lock_wait_seconds: float = Field(900.0, ge=0, description=(
        "How long a publish or a compaction waits for another one writing the same output "
        "(they never interleave); compacting 10,000 documents takes well under a minute."))


class ExtractionSettings(_Settings):
    """Everything extraction can be told; the defaults are what the tests and figures use."""

    strategy: Literal[TEXT_STRATEGIES] = Field(DEFAULT_TEXT_STRATEGY, description=(
        "Text-layer strategy that finds ruled tables: 'pdfium' (default: the PDF's own ruling "
        "lines and characters read through PDFium, in C, see extractors/pdfium_text.py), "
        "'pdfplumber' (the same table code fed by pdfminer's parse, in Python: the reference "
        "pdfium is compared with, several times slower; benchmarks/compare_backends.py finds "
        "the same rows on every corpus document) or 'camelot' (Camelot lattice: renders the "
        "page and finds lines in the image; slower, a second opinion for pages whose rulings "
        "are odd). "
        "Pages the router sends to OCR are read by the OCR strategy either way."))
    camelot_fallback_min_edges: int = Field(0, ge=0, description=(
        "Fall back to Camelot lattice on a page where pdfplumber finds no table although the "
        "page draws at least this many ruling segments (0 disables the fallback)."))
    snap_tolerance: float = Field(3.0, ge=0, description=(
        "Coordinates closer than this (points) are the same grid line; ruling lines in "
        "WPS/Office PDFs are ~1pt-wide filled rectangles whose two edges both count."))
    open_side_min_width: float = Field(6.0, ge=0, description=(
        "A table printed without its outer sides (or top and bottom) keeps its outer column "
        "(row) where two or more of its rules run on together at least this far (points) "
        "past the last rule crossing them: their ends are its edge."))
    edge_min_length: float = Field(3.0, ge=0, description=(
        "Ruling segments shorter than this (points) are ignored (tick marks, dots)."))
    white_threshold: float = Field(0.95, gt=0, le=1, description=(
        "A ruling or background rectangle painted at least this light (gray/RGB, or at most "
        "1 - this much CMYK ink) does not print: WPS paints a white rectangle behind every cell."))
    rule_max_slope: float = Field(0.02, ge=0, le=0.2, description=(
        "A ruling segment counts as a horizontal (vertical) rule when it rises (leans) at "
        "most this much per unit of length (0.02 is about 1 degree): rules drawn through a "
        "scaling transform carry float noise, vectorised scans a slight skew."))
    upright_min_share: float = Field(0.5, gt=0, le=1, description=(
        "A page whose glyphs are turned (a table drawn sideways, an upright page given "
        "/Rotate 90) is read in the frame where they stand upright when at least this share "
        "of its glyphs is turned the same way."))
    ruled_grid_min_lines: int = Field(3, ge=2, description=(
        "A page draws a ruled grid when at least this many horizontal rules each meet this "
        "many vertical ones and the other way round; such a page with no table found is "
        "reported (the document is then partial, or failed when it has no table at all)."))
    ruled_grid_gap: float = Field(6.0, ge=0, description=(
        "Rules that stop up to this many points short of each other still meet in that "
        "grid test (what a reader sees, not what the table finder can join)."))
    min_rows: int = Field(1, ge=1, description="A table needs at least this many rows ...")
    min_cols: int = Field(2, ge=1, description="... and columns (a 1x1 box is a text frame).")
    word_gap: float = Field(3.0, ge=0, description=(
        "Chars further apart horizontally than this (points) within a line are separate "
        "words; between two CJK characters no space is ever inserted."))
    line_overlap: float = Field(0.5, gt=0, le=1, description=(
        "Two chars whose vertical centres differ by less than this fraction of their height "
        "are on the same text line."))
    join_x_tolerance: float = Field(6.0, ge=0, description=(
        "Continuation across pages: the next page's first table joins the previous page's "
        "last table when their left/right borders match within this many points ..."))
    join_column_match: float = Field(0.6, ge=0, le=1, description=(
        "... and at least this share of its column lines match the previous fragment's."))
    max_header_rows: int = Field(5, ge=0, description=(
        "Header rows are the leading rows without any amount or code, at most this many."))
    metadata_pages: int = Field(3, ge=0, description=(
        "Pages whose text is read for document metadata (cover, first titles)."))
    skip_text_only_pages: bool = Field(True, description=(
        "Skip, without parsing, pages that PDFium sees drawing nothing but usable text (no "
        "ruling, no image: no table and no scan can be on them). The text pages of a "
        "disclosure (说明, 名词解释) are a third of it; see extractors/pagescan.py."))
    routing: RoutingSettings = Field(default_factory=RoutingSettings, description="Which pages OCR reads.")
    ocr: OcrSettings = Field(default_factory=OcrSettings, description="The OCR strategy.")
    limits: LimitSettings = Field(default_factory=LimitSettings, description=(
        "Time, memory and size limits per document and page."))
    compaction: CompactionSettings = Field(default_factory=CompactionSettings, description=(
        "Folding per-document files into few large files after a run."))


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "settings"
        got = err.get("input")
        shown = "" if isinstance(got, dict) or err["type"] == "missing" else f" (got {got!r})"
        msg = "unknown setting" if err["type"] == "extra_forbidden" else err["msg"]
        parts.append(f"{where}: {msg}{shown}")
    return "; ".join(parts)


def validated(model: type[_Settings], data: dict[str, Any]):
    """model(**data), or SettingsError naming every bad field."""
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise SettingsError(_describe(e)) from None


def load_settings(path: str | os.PathLike | None = None, **overrides: Any) -> ExtractionSettings:
    """Settings from a YAML/JSON file (None: the defaults), with overrides on top
    (nested ones as dicts). Raises SettingsError with a readable message."""
    data: Any = {}
    if path is not None:
        try:
            data = read_config_file(path, "settings file") or {}
        except ConfigFileError as e:
            raise SettingsError(str(e)) from None
        if not isinstance(data, dict):
            raise SettingsError(f"{path}: a settings file must hold a mapping of setting names to values")
    base = validated(ExtractionSettings, data)
    return base.with_(**{k: v for k, v in overrides.items() if v is not None}) if overrides else base


DEFAULT_SETTINGS = ExtractionSettings()
