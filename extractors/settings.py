"""Every tunable of text-layer extraction, in one object with documented defaults."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractionSettings:
    # Strategy that finds ruled tables on a page: "pdfplumber" (default: fast, reads the
    # PDF's own ruling lines) or "camelot" (Camelot lattice: renders the page and finds
    # lines in the image; slower, a second opinion for pages whose rulings are odd).
    strategy: str = "pdfplumber"
    # Fall back to Camelot lattice on a page where pdfplumber finds no table although
    # the page draws at least this many ruling segments (0 disables the fallback).
    camelot_fallback_min_edges: int = 0
    # Coordinates closer than this (points) are the same grid line; ruling lines in
    # WPS/Office PDFs are ~1pt-wide filled rectangles whose two edges both count.
    snap_tolerance: float = 3.0
    # Ruling segments shorter than this (points) are ignored (tick marks, dots).
    edge_min_length: float = 3.0
    # A table needs at least this many rows and columns (a 1x1 box is a text frame).
    min_rows: int = 1
    min_cols: int = 2
    # Chars further apart horizontally than this (points) within a line are separate
    # words; between two CJK characters no space is ever inserted.
    word_gap: float = 3.0
    # Two chars whose vertical centres differ by less than this fraction of their
    # height are on the same text line.
    line_overlap: float = 0.5
    # Continuation across pages: the next page's first table joins the previous page's
    # last table when their left/right borders match within this many points and at
    # least this share of its column lines match the previous fragment's.
    join_x_tolerance: float = 6.0
    join_column_match: float = 0.6
    # Header rows are the leading rows without any amount or code, at most this many.
    max_header_rows: int = 5
    # Pages whose text is read for document metadata (cover, first titles).
    metadata_pages: int = 3
    # Skip, without parsing, pages that PDFium sees drawing nothing but usable text (no
    # ruling, no image: no table and no scan can be on them). The text pages of a
    # disclosure (说明, 名词解释) are a third of it; see extractors/pagescan.py.
    skip_text_only_pages: bool = True


DEFAULT_SETTINGS = ExtractionSettings()
