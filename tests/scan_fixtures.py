"""Scanned-page fixtures made from text PDFs.

A text PDF's page is rendered at ``dpi`` (grayscale), degraded the way office scanners
and fax-era archives degrade a page — a slight rotation (≤ 1°), blur, Gaussian sensor
noise, lossy JPEG (quality ~60) — and wrapped back into a PDF page of the same size in
points that holds nothing but that image. Because the source is a text PDF, its own text
layer (``extract_document`` on the original) is the gold for the OCR of the scan.

Used by tests/test_ocr.py and benchmarks/bench_ocr.py. Deterministic for a given seed.
"""
from __future__ import annotations

import io
import os
import random
from pathlib import Path
from typing import Iterable

import numpy as np

DEFAULT_DPI = 200


def degrade(gray: np.ndarray, *, angle: float = 0.6, blur: float = 0.7, noise: float = 8.0,
            seed: int = 0) -> np.ndarray:
    """A clean grayscale page image as a scanner would return it (before JPEG)."""
    import cv2

    h, w = gray.shape
    out = gray
    if angle:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if noise:
        rng = np.random.default_rng(seed)
        out = np.clip(out.astype(np.float32) + rng.normal(0, noise, out.shape), 0, 255).astype(np.uint8)
    return out


def scan_page_jpeg(src_pdf: str | os.PathLike, page_number: int, *, dpi: int = DEFAULT_DPI,
                   angle: float = 0.6, blur: float = 0.7, noise: float = 8.0,
                   jpeg_quality: int = 60, seed: int = 0) -> tuple[bytes, tuple[float, float]]:
    """JPEG bytes of one degraded page (1-based) and the page size in points."""
    import cv2
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src_pdf))
    try:
        page = pdf[page_number - 1]
        size = page.get_size()
        bitmap = page.render(scale=dpi / 72.0, grayscale=True)
        gray = np.array(bitmap.to_numpy(), copy=True)
        if gray.ndim == 3:
            gray = gray[:, :, 0]
        bitmap.close()
        page.close()
    finally:
        pdf.close()
    img = degrade(gray, angle=angle, blur=blur, noise=noise, seed=seed)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality])
    assert ok
    return buf.tobytes(), size


def make_scan_pdf(src_pdf: str | os.PathLike, out_pdf: str | os.PathLike, pages: Iterable[int] | None = None,
                  *, dpi: int = DEFAULT_DPI, max_angle: float = 1.0, blur: float = 0.7, noise: float = 8.0,
                  jpeg_quality: int = 60, seed: int = 0, keep_text_pages: bool = False) -> list[int]:
    """Write out_pdf with the given pages (1-based; all when None) of src_pdf as scans.

    With ``keep_text_pages`` the output has every page of the source, the listed ones
    replaced by their scans (a mixed document); otherwise only the scans, in order.
    Each scan gets its own rotation in [-max_angle, max_angle]. Returns the page
    numbers of the scans in the output.
    """
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    src = pdfium.PdfDocument(str(src_pdf))
    n = len(src)
    src.close()
    wanted = sorted(set(pages)) if pages is not None else list(range(1, n + 1))
    order = list(range(1, n + 1)) if keep_text_pages else wanted
    rng = random.Random(seed)

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    scans: list[tuple[int, int]] = []  # (position in output, source page)
    for pos, p in enumerate(order, 1):
        if p in wanted:
            angle = rng.uniform(-max_angle, max_angle)
            jpg, (w, h) = scan_page_jpeg(src_pdf, p, dpi=dpi, angle=angle, blur=blur, noise=noise,
                                         jpeg_quality=jpeg_quality, seed=seed * 1000 + p)
            c.setPageSize((w, h))
            c.drawImage(ImageReader(io.BytesIO(jpg)), 0, 0, width=w, height=h)
            scans.append((pos, p))
        else:
            c.setPageSize((10, 10))  # placeholder, replaced by the text page below
        c.showPage()
    c.save()
    if not keep_text_pages:
        Path(out_pdf).write_bytes(buf.getvalue())
        return [pos for pos, _ in scans]

    # Mixed document: the text pages come from the source itself (their text layer intact).
    scan_doc = pdfium.PdfDocument(buf.getvalue())
    src = pdfium.PdfDocument(str(src_pdf))
    out = pdfium.PdfDocument.new()
    scan_at = {pos for pos, _ in scans}
    for pos in range(1, len(order) + 1):
        if pos in scan_at:
            out.import_pages(scan_doc, [pos - 1])
        else:
            out.import_pages(src, [order[pos - 1] - 1])
    with open(out_pdf, "wb") as f:
        out.save(f)
    out.close()
    scan_doc.close()
    src.close()
    return [pos for pos, _ in scans]


# --------------------------------------------------------------------------- scoring

def _norm_text(t: str | None) -> str:
    import re
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", t or ""))


def _cells_by_page(doc, pages: Iterable[int]) -> dict[int, list]:
    want = set(pages)
    out: dict[int, list] = {p: [] for p in want}
    for t in doc.tables:
        for c in t.cells:
            if c.page in want:
                out[c.page].append((c, t.unit))
    return out


def score_ocr(gold_doc, ocr_doc, page_map: dict[int, int]) -> dict:
    """Cell-level agreement of an OCR'd document with the text-layer gold.

    ``page_map``: OCR page -> gold page. Cells are paired by position (each one's centre
    inside the other's box, same page). Cell-text F1 is over non-empty cells, texts
    compared after NFKC and whitespace removal (the text layer keeps a PDF's own spaces,
    OCR does not see them); a pair counts as a match when the texts are equal.
    Numeric exactness: of the gold cells holding an amount (parse_amount gives a value),
    the share whose paired OCR cell parses to the same value.
    """
    from cnbudget.normalizers.amounts import parse_amount

    gold = _cells_by_page(gold_doc, page_map.values())
    pred = _cells_by_page(ocr_doc, page_map.keys())
    n_gold = n_pred = matched = 0
    num_total = num_exact = 0
    misses: list[tuple] = []
    for op, gp in page_map.items():
        gcells, pcells = gold[gp], pred[op]
        n_gold += sum(1 for c, _ in gcells if _norm_text(c.text))
        n_pred += sum(1 for c, _ in pcells if _norm_text(c.text))
        for g, gunit in gcells:
            gx, gy = (g.x0 + g.x1) / 2, (g.y0 + g.y1) / 2
            pair = None
            for p, punit in pcells:
                px, py = (p.x0 + p.x1) / 2, (p.y0 + p.y1) / 2
                if p.x0 <= gx <= p.x1 and p.y0 <= gy <= p.y1 and g.x0 <= px <= g.x1 and g.y0 <= py <= g.y1:
                    pair = p
                    break
            gt = _norm_text(g.text)
            pt = _norm_text(pair.text) if pair is not None else None
            if gt and pt == gt:
                matched += 1
            elif gt or pt:
                misses.append((op, g.row, g.col, g.text, pair.text if pair is not None else None))
            gv = parse_amount(g.text).value
            if gv is not None:
                num_total += 1
                if pair is not None and parse_amount(pair.text).value == gv:
                    num_exact += 1
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall, "gold_cells": n_gold, "ocr_cells": n_pred,
            "numeric_cells": num_total, "numeric_exact": num_exact,
            "numeric_exact_share": num_exact / num_total if num_total else 1.0, "misses": misses}
