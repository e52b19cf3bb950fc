"""OCR of pages without a usable text layer (the router, extractors/routing.py, says
which; the OCR page strategy, extractors/strategies.OcrStrategy, calls ``ocr_pages``).

Reading: ``ocr_page_fragments(pdf_path, page_number)`` renders the page with pypdfium2
(grayscale, ``OcrSettings.dpi``), straightens it, finds each ruled table with OpenCV
(extractors/ocr_grid.py), recognises every cell's text lines with the recognition model
alone (no detection: the grid already says where the text is), cleans numeric columns
(extractors/ocr_numbers.py) and returns the same ``Fragment`` objects the text layer
gives (PDF points, top-left origin), with ``method="ocr"`` and a confidence per cell, so
assemble.group_fragments/build_table join, title and classify them exactly as they do
text tables. Where a grid is not clear, the table's area goes through detection +
recognition and the text boxes are assigned to cells. The band above each table
(title, 单位：元) is cut into text lines by projection and read with the recognizer
into ``lines_above`` (detection + recognition only where the band holds something
other than text lines, or for a page without tables whose text is wanted).

Engine: one RapidOCR instance per process (lazy, module level), kept for the life of
the process, so that a pipeline worker builds it once for every page and document it
reads. onnxruntime runs the PP-OCR models shipped inside the rapidocr wheel, given by
explicit path so that nothing is ever downloaded, in sessions built here (1 intra-op
thread by default, no spin-waiting); a PaddleOCR (paddle inference) backend is used
only when model directories are configured. Pages are read in the calling process:
a batch spreads the pages of a long scan over its warm worker processes
(flows/dispatch.py).
"""
from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cnbudget.schemas.text import cjk_spaces

from .geometry import GridCell, join_parts
from .page import Fragment, FragmentCell, lift_caption_rows
from .settings import OcrSettings
from . import ocr_grid
from .ocr_numbers import column_style, normalise_number, parses

log = logging.getLogger(__name__)


DEFAULT_OCR_SETTINGS = OcrSettings()

# --------------------------------------------------------------------------- engine

_ENGINE = None
_ENGINE_KEY = None
ENGINE_CREATED = 0  # engines built in this process (tests check it stays 1)


def _models_dir() -> Path:
    import rapidocr
    return Path(rapidocr.__file__).resolve().parent / "models"


def _bundled(kind: str) -> str:
    """The wheel's bundled onnx model for 'det', 'rec' or 'cls' (error if absent: we
    never let rapidocr download one)."""
    d = _models_dir()
    pattern = {"det": "*det*.onnx", "rec": "*rec*.onnx", "cls": "*cls*.onnx"}[kind]
    found = sorted(d.glob(pattern))
    if not found:
        raise RuntimeError(f"rapidocr's bundled {kind} model not found in {d}; cnbudget never "
                           "downloads models: reinstall the rapidocr wheel")
    return str(found[-1])


# onnxruntime session options. One engine per worker process, and the run's worker
# processes are the parallelism (flows/dispatch.py): intra-op threads default to 1
# (OcrSettings.threads). Threads of a pool spin while waiting for work by default,
# which on a loaded machine takes cores from the other workers: never here.
_SPIN_ENTRIES = {"session.intra_op.allow_spinning": "0", "session.inter_op.allow_spinning": "0"}
_MODEL_SECTIONS = {"det": "Det", "rec": "Rec"}


def _threads(settings: OcrSettings) -> int:
    return settings.threads or max(1, os.cpu_count() or 1)


def _ort_session(kind: str, settings: OcrSettings):
    """An onnxruntime session for the bundled 'det' or 'rec' model, with the options
    rapidocr would give it (log level, all graph optimisations, the CPU provider's arena
    strategy) and what its configuration cannot say: no spin-waiting; the memory arena
    as OcrSettings.cpu_mem_arena says for recognition, never for detection (its input is a
    whole page or table area, of a new shape each time: an arena would keep every one's
    buffers for the life of the worker)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 4
    opts.enable_cpu_mem_arena = settings.cpu_mem_arena and kind != "det"
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.intra_op_num_threads = _threads(settings)
    opts.inter_op_num_threads = 1
    for key, value in _SPIN_ENTRIES.items():
        opts.add_session_config_entry(key, value)
    return ort.InferenceSession(_bundled(kind), sess_options=opts,
                                providers=[("CPUExecutionProvider", {"arena_extend_strategy": "kSameAsRequested"})])


def _give_sessions(engine, settings: OcrSettings, kinds: tuple[str, ...]) -> None:
    """Hand the engine our own sessions for the models it has not loaded yet (rapidocr
    takes a ready ``session`` in a model's configuration, and loads each model on first
    use: det is never loaded for a page whose grids are all clear)."""
    if settings.paddle_det_model_dir and settings.paddle_rec_model_dir:
        return  # the paddle backend builds its own predictors
    from omegaconf import flag_override

    for kind in kinds:
        loaded = engine.text_det if kind == "det" else engine.text_rec
        section = engine.cfg[_MODEL_SECTIONS[kind]]
        if loaded is None and section.get("session") is None:
            with flag_override(engine.cfg, "allow_objects", True):  # a session is no config value
                section.session = _ort_session(kind, settings)


def get_engine(settings: OcrSettings = DEFAULT_OCR_SETTINGS):
    """The process's RapidOCR engine, created on first use and kept for the life of the
    process: a pipeline worker reads every document's and every page's OCR with it."""
    global _ENGINE, _ENGINE_KEY, ENGINE_CREATED
    key = (settings.threads, settings.cpu_mem_arena, settings.rec_batch, settings.rec_min_width, settings.det_max_side,
           settings.min_text_score, settings.paddle_det_model_dir, settings.paddle_rec_model_dir)
    if _ENGINE is not None and _ENGINE_KEY == key:
        return _ENGINE
    import cv2
    from rapidocr import RapidOCR  # heavy import, only when a page needs OCR

    # OpenCV's own thread pool sized like onnxruntime's (the same pixels either way)
    cv2.setNumThreads(_threads(settings))
    params = {
        "Global.log_level": "error",
        "Global.use_cls": False,  # table text is never upside down
        "Global.text_score": settings.min_text_score,
        "Rec.rec_batch_num": settings.rec_batch,
        "Rec.rec_img_shape": [3, 48, settings.rec_min_width],
        # "max": never upscale a band to 736 px on its short side; cap the long side
        "Det.limit_type": "max",
        "Det.limit_side_len": settings.det_max_side,
    }
    if settings.paddle_det_model_dir and settings.paddle_rec_model_dir:
        from rapidocr import EngineType  # paddle itself is imported by rapidocr, lazily
        params.update({
            "Det.engine_type": EngineType.PADDLE, "Det.model_dir": settings.paddle_det_model_dir,
            "Rec.engine_type": EngineType.PADDLE, "Rec.model_dir": settings.paddle_rec_model_dir,
            "Cls.model_path": _bundled("cls"),
        })
        if settings.paddle_rec_keys_path:
            params["Rec.rec_keys_path"] = settings.paddle_rec_keys_path
    else:
        params.update({"Det.model_path": _bundled("det"), "Rec.model_path": _bundled("rec"),
                       "Cls.model_path": _bundled("cls")})
    _ENGINE = RapidOCR(params=params)
    _ENGINE_KEY = key
    ENGINE_CREATED += 1
    return _ENGINE


def _rec_model(settings: OcrSettings):
    engine = get_engine(settings)
    _give_sessions(engine, settings, ("rec",))
    return engine._load_rec_model()


def warm_engine(settings: OcrSettings = DEFAULT_OCR_SETTINGS) -> None:
    """Build the engine and load its recognition model now (detection stays lazy)."""
    _rec_model(settings)


def _full_engine(settings: OcrSettings):
    """The engine with both det and rec sessions (detection + recognition)."""
    engine = get_engine(settings)
    _give_sessions(engine, settings, ("det", "rec"))
    return engine


def recognize(images: list[np.ndarray], settings: OcrSettings = DEFAULT_OCR_SETTINGS) -> list[tuple[str, float]]:
    """Text and score of each single-line grayscale crop (recognition model only)."""
    if not images:
        return []
    import cv2
    from rapidocr.ch_ppocr_rec import TextRecInput

    rec = _rec_model(settings)
    bgr = [cv2.cvtColor(im, cv2.COLOR_GRAY2BGR) for im in images]
    out = rec(TextRecInput(img=bgr))
    return [(t or "", float(s or 0.0)) for t, s in zip(out.txts, out.scores)]


def detect_recognize(gray: np.ndarray, settings: OcrSettings = DEFAULT_OCR_SETTINGS
                     ) -> list[tuple[tuple[float, float, float, float], str, float]]:
    """Text boxes (x0, y0, x1, y1 in the image's pixels), text and score: detection +
    recognition on one image."""
    import cv2

    if gray.size == 0 or min(gray.shape[:2]) < 8:
        return []
    res = _full_engine(settings)(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR), use_det=True, use_cls=False, use_rec=True)
    boxes = getattr(res, "boxes", None)
    txts = getattr(res, "txts", None)
    if boxes is None or txts is None:
        return []
    out = []
    for box, txt, score in zip(boxes, txts, res.scores):
        b = np.asarray(box)
        out.append(((float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 0].max()), float(b[:, 1].max())),
                    txt, float(score)))
    return out


# --------------------------------------------------------------------------- pages

@dataclass
class OcrPage:
    """What OCR made of one page."""

    page: int
    fragments: list[Fragment] = field(default_factory=list)
    skew: float = 0.0
    seconds: float = 0.0
    error: str | None = None
    # the page's text lines (for document metadata), only when asked for: the bands
    # above its tables, or all of a page without tables (a scanned cover)
    lines: list[str] = field(default_factory=list)


def render_gray(pdf, page_number: int, dpi: int, max_pixels: int) -> tuple[np.ndarray, float, float, float]:
    """(grayscale image, px per point, page width pt, page height pt) of a 1-based page of
    an open pypdfium2 document."""
    page = pdf[page_number - 1]
    try:
        w, h = page.get_size()
        scale = dpi / 72.0
        if w * h * scale * scale > max_pixels:
            scale = (max_pixels / (w * h)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            arr = bitmap.to_numpy()
            gray = np.array(arr[:, :, 0] if arr.ndim == 3 else arr, copy=True)
        finally:
            bitmap.close()
    finally:
        page.close()
    return gray, scale, float(w), float(h)


def _erase_rules(bw: np.ndarray, grids: list[ocr_grid.Grid], px_per_pt: float) -> np.ndarray:
    """Ink mask with the tables' grid lines blanked (a band around each line), so a
    cell's text is all that is left; text itself is never touched (a 一 or a dash that
    a morphological rule filter would take for a rule survives)."""
    ink = bw.copy()
    half = max(2, int(round(1.3 * px_per_pt)))
    for g in grids:
        # the borders of every cell box: a merged cell has no line through it (its text,
        # centred across the rows it spans, sits right where that line would be)
        for r, c, rs, cs in g.cells:
            x0, x1 = int(round(g.xs[c])), int(round(g.xs[c + cs]))
            y0, y1 = int(round(g.ys[r])), int(round(g.ys[r + rs]))
            for x in (x0, x1):
                ink[max(y0 - half, 0):y1 + half + 1, max(x - half, 0):x + half + 1] = 0
            for y in (y0, y1):
                ink[max(y - half, 0):y + half + 1, max(x0 - half, 0):x1 + half + 1] = 0
    return ink


def _cell_interior(box: tuple[int, int, int, int], px_per_pt: float) -> tuple[int, int, int, int] | None:
    x0, y0, x1, y1 = box
    inset = max(2, int(round(1.5 * px_per_pt)))
    cx0, cy0, cx1, cy1 = x0 + inset, y0 + inset, x1 - inset, y1 - inset
    if cx1 - cx0 < 3 or cy1 - cy0 < 3:
        return None
    return cx0, cy0, cx1, cy1


def _cells_lines(ink: np.ndarray, boxes: list[tuple[int, int, int, int]], px_per_pt: float,
                 typical: float | None = None) -> tuple[list[list[tuple[int, int, int, int]]], float]:
    """Text line boxes (page pixels) inside each cell box, and the text line height that
    decides what is one line (measured over all the cells together unless given)."""
    interiors = [_cell_interior(b, px_per_pt) for b in boxes]
    runs = [ocr_grid.row_runs(ink[i[1]:i[3], i[0]:i[2]], px_per_pt) if i else [] for i in interiors]
    if typical is None:
        typical = ocr_grid.typical_line_height([r for rs in runs for r in rs], px_per_pt)
    out = []
    for inner, rs in zip(interiors, runs):
        if not inner or not rs:
            out.append([])
            continue
        cx0, cy0, cx1, cy1 = inner
        lines = ocr_grid.text_line_boxes(ink[cy0:cy1, cx0:cx1], px_per_pt, typical, rs)
        out.append([(lx0 + cx0, ly0 + cy0, lx1 + cx0, ly1 + cy0) for lx0, ly0, lx1, ly1 in lines])
    return out, typical


def _split_wide_gaps(ink: np.ndarray, line: tuple[int, int, int, int], gap: float
                     ) -> list[tuple[int, int, int, int]]:
    """A text line cut where its ink leaves a horizontal gap wider than gap pixels
    (编制单位：… far left, 单位：元 far right)."""
    x0, y0, x1, y1 = line
    cols = np.flatnonzero((ink[y0:y1, x0:x1] > 0).any(axis=0))
    if cols.size == 0:
        return []
    parts, start, prev = [], cols[0], cols[0]
    for c in cols[1:]:
        if c - prev > gap:
            parts.append((x0 + int(start), y0, x0 + int(prev) + 1, y1))
            start = c
        prev = c
    parts.append((x0 + int(start), y0, x0 + int(prev) + 1, y1))
    return parts


def _band_lines(gray: np.ndarray, ink: np.ndarray, y0: int, y1: int, typical: float, px_per_pt: float,
                settings: OcrSettings) -> list[str]:
    """Text lines printed in a horizontal band of the page (title, 单位：元 above a
    table), found by projection and read with the recognizer only; a band with something
    that is not plain text lines (a stamp, a logo: taller than 3 lines) goes through
    detection + recognition instead."""
    if y1 - y0 < 4:
        return []
    W = gray.shape[1]
    region = (0, y0, W, y1)
    lines, _ = _cells_lines(ink, [region], px_per_pt, typical)
    lines = lines[0]
    if any(l[3] - l[1] > 3 * typical for l in lines):
        return _lines_from_boxes(detect_recognize(gray[y0:y1], settings))
    segs_per_line = [_split_wide_gaps(ink, l, 1.5 * typical) for l in lines]
    crops = [_pad_crop(gray, seg, px_per_pt) for segs in segs_per_line for seg in segs]
    texts = iter(recognize(crops, settings))
    out = []
    for segs in segs_per_line:
        parts = [next(texts) for _ in segs]
        text = join_parts(_clean_text(t) for t, score in parts if score >= settings.min_text_score)
        if text:
            out.append(text)
    return out


# Air around a text line crop (points): context taken from the image, then a white
# border. The recognizer reads a line scaled to 48 px high, so every pixel of horizontal
# padding costs model time, while vertical air shrinks the line (glyphs at ~half the
# height still read exactly on the corpus scans, and the line costs ~20% less).
CROP_PAD_H_PT, CROP_PAD_W_PT = 2.0, 1.0
CROP_BORDER_H_PT, CROP_BORDER_W_PT = 2.0, 1.0


def _pad_crop(gray: np.ndarray, line: tuple[int, int, int, int], px_per_pt: float, scale: float = 1.0,
              limit: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """A text line's crop for the recognizer: a little context from the page (never
    outside ``limit``, the cell interior, so no rule is included) and a white margin."""
    import cv2

    x0, y0, x1, y1 = line
    ph = max(2, int(round(CROP_PAD_H_PT * px_per_pt)))
    pw = max(2, int(round(CROP_PAD_W_PT * px_per_pt)))
    bh = max(2, int(round(CROP_BORDER_H_PT * px_per_pt)))
    bw = max(2, int(round(CROP_BORDER_W_PT * px_per_pt)))
    H, W = gray.shape
    lx0, ly0, lx1, ly1 = limit if limit else (0, 0, W, H)
    crop = gray[max(y0 - ph, ly0, 0):min(y1 + ph, ly1, H), max(x0 - pw, lx0, 0):min(x1 + pw, lx1, W)]
    # white margin so glyphs never touch the crop edge (the recognizer likes some air)
    crop = cv2.copyMakeBorder(crop, bh, bh, bw, bw, cv2.BORDER_CONSTANT, value=255)
    if scale != 1.0:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return crop


# Spaces between ideographs or full-width punctuation (OCR boxes split a line there).
_SPACE_IN_CJK = cjk_spaces("（）“”、，：；")


# The recognizer reads a small ‰ as "%o" (its training alphabet has ‰ rarely): after a
# figure it is per mille, as printed (≤0.9‰).
_PER_MILLE = re.compile(r"(?<=\d)\s*%[oO0](?![A-Za-z\d])")


def _clean_text(t: str) -> str:
    t = _SPACE_IN_CJK.sub("", t.strip())
    t = _PER_MILLE.sub("‰", t)
    # the text layer prints ASCII parentheses/colon as the PDF has them; OCR may return
    # either width: keep what was recognised, but drop stray spaces
    return re.sub(r"\s{2,}", " ", t)


def _lines_from_boxes(boxes: list[tuple[tuple[float, float, float, float], str, float]]) -> list[str]:
    """Detected text boxes -> visual lines (top to bottom), boxes left to right."""
    items = sorted(boxes, key=lambda b: (b[0][1] + b[0][3]) / 2)
    lines: list[list] = []
    for b in items:
        mid = (b[0][1] + b[0][3]) / 2
        h = b[0][3] - b[0][1]
        if lines:
            lm = sum((x[0][1] + x[0][3]) / 2 for x in lines[-1]) / len(lines[-1])
            lh = max(x[0][3] - x[0][1] for x in lines[-1])
            if abs(mid - lm) < 0.5 * max(h, lh):
                lines[-1].append(b)
                continue
        lines.append([b])
    return [join_parts(_clean_text(x[1]) for x in sorted(line, key=lambda x: x[0][0])) for line in lines]


def _table_from_grid(gray, ink, grid: ocr_grid.Grid, px_per_pt: float, settings: OcrSettings):
    """Cells (row, col, rs, cs, pixel box) and their text/confidence for one grid."""
    xs, ys = grid.xs, grid.ys
    cells = []
    for r, c, rs, cs in grid.cells:
        box = (int(round(xs[c])), int(round(ys[r])), int(round(xs[c + cs])), int(round(ys[r + rs])))
        cells.append([r, c, rs, cs, box, "", 1.0])
    if grid.clear:
        crops, owners = [], []
        per_cell_lines, typical = _cells_lines(ink, [c[4] for c in cells], px_per_pt)
        for i, (cell, lines) in enumerate(zip(cells, per_cell_lines)):
            for line in lines:
                crops.append(_pad_crop(gray, line, px_per_pt, limit=_cell_interior(cell[4], px_per_pt)))
                owners.append((i, line))
        results = recognize(crops, settings)
        del crops
        per_cell: dict[int, list[tuple[str, float, tuple]]] = {}
        for (i, line), (txt, score) in zip(owners, results):
            per_cell.setdefault(i, []).append((txt, score, line))
        for i, parts in per_cell.items():
            cells[i][5] = join_parts(_clean_text(t) for t, _, _ in parts)
            cells[i][6] = min(s for _, s, _ in parts)
            cells[i].append([line for _, _, line in parts])
    else:
        typical = None
        x0, y0, x1, y1 = (int(round(v)) for v in grid.bbox)
        boxes = detect_recognize(gray[y0:y1, x0:x1], settings)
        per_cell: dict[int, list] = {}
        for (bx0, by0, bx1, by1), txt, score in boxes:
            cx, cy = x0 + (bx0 + bx1) / 2, y0 + (by0 + by1) / 2
            for i, cell in enumerate(cells):
                cb = cell[4]
                if cb[0] <= cx < cb[2] and cb[1] <= cy < cb[3]:
                    per_cell.setdefault(i, []).append(((x0 + bx0, y0 + by0, x0 + bx1, y0 + by1), txt, score))
                    break
        for i, boxes_i in per_cell.items():
            cells[i][5] = join_parts(_lines_from_boxes(boxes_i))
            cells[i][6] = min(b[2] for b in boxes_i)
            cells[i].append([tuple(int(v) for v in b[0]) for b in boxes_i])
    return cells, typical


def _fix_numeric_columns(gray, cells, n_header_guess: int, px_per_pt: float, settings: OcrSettings) -> None:
    """Per-column clean-up of amounts; cells that do not parse are re-read, else flagged."""
    by_col: dict[int, list] = {}
    for cell in cells:
        if cell[2] == 1 and cell[3] == 1 and cell[0] >= n_header_guess:
            by_col.setdefault(cell[1], []).append(cell)
    reread = []
    for col, cs in by_col.items():
        numeric, grouping, decimals = column_style([c[5] for c in cs])
        if not numeric:
            continue
        for c in cs:
            if not c[5]:
                continue
            fixed = normalise_number(c[5], grouping, decimals)
            if fixed != c[5]:
                c[5] = fixed
            if not parses(c[5]) and len(c) > 7 and len(c[7]) == 1:
                reread.append((c, grouping, decimals))
            elif not parses(c[5]):
                c[6] = min(c[6], settings.unparsed_confidence)
    if not reread:
        return
    crops = [_pad_crop(gray, c[7][0], px_per_pt, scale=settings.reread_scale,
                       limit=_cell_interior(c[4], px_per_pt)) for c, _, _ in reread]
    for (c, grouping, decimals), (txt, score) in zip(reread, recognize(crops, settings)):
        fixed = normalise_number(_clean_text(txt), grouping, decimals)
        if parses(fixed):
            c[5], c[6] = fixed, min(c[6], score)
        else:
            c[6] = min(c[6], settings.unparsed_confidence)


def _header_guess(cells) -> int:
    """Leading rows with no numeric cell (the numeric clean-up leaves headers alone)."""
    from .ocr_numbers import looks_numeric
    rows: dict[int, list[str]] = {}
    for c in cells:
        rows.setdefault(c[0], []).append(c[5])
    for r in sorted(rows):
        if any(looks_numeric(t) for t in rows[r]):
            return r
    return 0


def ocr_page_image(gray: np.ndarray, px_per_pt: float, page_number: int, page_height_pt: float,
                   settings: OcrSettings = DEFAULT_OCR_SETTINGS, want_text: bool = False) -> OcrPage:
    """Fragments of one page image (any resolution: px_per_pt says which)."""
    t0 = time.perf_counter()
    result = OcrPage(page_number)
    bw = ocr_grid.binarize(gray)
    skew = ocr_grid.estimate_skew(bw, px_per_pt)
    if abs(skew) > 0.05:
        gray = ocr_grid.rotate(gray, skew)
        bw = ocr_grid.binarize(gray)
    result.skew = round(skew, 3)
    grids = ocr_grid.find_grids(gray, px_per_pt, bw, settings.grid)
    ink = _erase_rules(bw, grids, px_per_pt)
    del bw
    upper = 0
    fragments = []
    margin = int(round(2 * px_per_pt))
    for grid in grids:
        cells, typical = _table_from_grid(gray, ink, grid, px_per_pt, settings)
        _fix_numeric_columns(gray, cells, _header_guess(cells), px_per_pt, settings)
        top = int(grid.ys[0]) - margin
        typical = typical or 9.0 * px_per_pt
        lines_above = _band_lines(gray, ink, upper, top, typical, px_per_pt, settings)
        upper = int(grid.ys[-1]) + margin
        xs = [x / px_per_pt for x in grid.xs]
        ys = [y / px_per_pt for y in grid.ys]
        fcells = []
        for r, c, rs, cs, _box, text, conf, *_ in cells:
            gc = GridCell(r, c, rs, cs, (xs[c], ys[r], xs[c + cs], ys[r + rs]))
            fcells.append(FragmentCell(gc, text, confidence=round(conf, 4)))
        fcells.sort(key=lambda fc: (fc.grid.row, fc.grid.col))
        fragments.append(Fragment(page_number, (xs[0], ys[0], xs[-1], ys[-1]), xs, ys, fcells, 0,
                                  lines_above=[l for l in lines_above if l], page_height=page_height_pt,
                                  method="ocr"))
    if fragments:
        fragments[0].first_on_page = True
        fragments[-1].last_on_page = True
        for f in fragments:  # caption rows drawn inside the grid, as for the text layer
            lift_caption_rows(f)
    if want_text:
        result.lines = ([l for f in fragments for l in f.lines_above + f.grid_lines] if fragments
                        else [l for l in _lines_from_boxes(detect_recognize(gray, settings)) if l])
    result.fragments = fragments
    result.seconds = time.perf_counter() - t0
    return result


def ocr_page_fragments(pdf_path: str | os.PathLike, page_number: int,
                       settings: OcrSettings = DEFAULT_OCR_SETTINGS, want_text: bool = False) -> OcrPage:
    """Render a 1-based page of a PDF and read its ruled tables (see ocr_page_image)."""
    import pypdfium2 as pdfium

    t0 = time.perf_counter()
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        gray, scale, _w, h = render_gray(pdf, page_number, settings.dpi, settings.max_pixels)
    finally:
        pdf.close()
    result = ocr_page_image(gray, scale, page_number, h, settings, want_text)
    result.seconds = time.perf_counter() - t0
    return result


def ocr_page(pdf_path: str | os.PathLike, page_number: int, settings: OcrSettings = DEFAULT_OCR_SETTINGS,
             want_text: bool = False) -> OcrPage:
    """ocr_page_fragments, with a failure kept on the page (``OcrPage.error``): one bad
    page must not lose the others."""
    try:
        return ocr_page_fragments(pdf_path, page_number, settings, want_text)
    except Exception as e:  # noqa: BLE001 - reported on the page
        log.debug("OCR of page %s failed", page_number, exc_info=True)
        return OcrPage(page_number, error=f"{type(e).__name__}: {str(e)[:160]}")


def ocr_pages(pdf_path: str | os.PathLike, pages: list[int],
              settings: OcrSettings = DEFAULT_OCR_SETTINGS, text_pages: int = 0) -> list[OcrPage]:
    """OCR the given 1-based pages in this process, in order, with its one engine.
    Pages up to ``text_pages`` also return their text lines (``OcrPage.lines``). A
    batch spreads the pages of a long scan over its warm worker processes page by page
    (flows/dispatch.py); no process is ever started for OCR here."""
    return [ocr_page(pdf_path, p, settings, p <= text_pages) for p in sorted(pages)]
