"""The page router: which page strategy reads each page.

Pages with a usable text layer go to the text-layer strategy the settings name; a page
that is a scan, draws its text as outlines, or carries a garbage text layer (left by an
earlier bad OCR) goes to OCR. The reason is kept in ``Document.page_routes``. The
thresholds are ``ExtractionSettings.routing``.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from cnbudget.schemas.text import CJK, CJK_EXT_A, CJK_SYMBOLS, FULL_WIDTH

from .settings import ExtractionSettings, RoutingSettings

DEFAULT_ROUTING = RoutingSettings()

# Ideographs, counting Extension A: an OCR model may return rare characters.
_CJK = re.compile(f"[{CJK}{CJK_EXT_A}]")
_PLAUSIBLE_CLASS = (f"{CJK}{CJK_EXT_A}{CJK_SYMBOLS}{FULL_WIDTH}" r"0-9A-Za-z\s"
                    r"\.,:;%()\[\]\-+/*'\"“”‘’《》、，。：；（）！？…—·<>=≥≤#&_@")
_IMPLAUSIBLE = re.compile(f"[^{_PLAUSIBLE_CLASS}]")  # counted in one pass over a page's text


def route_page(page, settings: ExtractionSettings) -> str | None:
    """Why a pdfplumber page must be read by OCR (its route), or None when its text
    layer serves."""
    return needs_ocr(page, settings.routing)


def _image_cover(page) -> float:
    area = float(page.width * page.height) or 1.0
    covered = 0.0
    for im in page.images:
        x0, x1 = max(im["x0"], 0), min(im["x1"], page.width)
        t, b = max(im["top"], 0), min(im["bottom"], page.height)
        covered += max(x1 - x0, 0) * max(b - t, 0)
    return min(covered / area, 1.0)


@functools.lru_cache(maxsize=8192)  # a page repeats its glyphs: judged once each
def _unusable_char(text: str) -> bool:
    if not text:
        return True
    if text.startswith("(cid:"):
        return True
    for ch in text:
        o = ord(ch)
        if 0xE000 <= o <= 0xF8FF or o == 0xFFFD or (o < 32 and ch not in "\t\n\r"):
            return True
        if unicodedata.category(ch) in ("Co", "Cn", "Cs"):
            return True
    return False


def garbage_text(texts: list[str], settings: RoutingSettings = DEFAULT_ROUTING) -> str | None:
    """Why a page's characters (one string per glyph) are no usable text layer, or None."""
    if not texts:
        return None
    bad = sum(1 for t in texts if _unusable_char(t))
    if bad / len(texts) >= settings.garbage_share:
        return f"garbage text layer: {bad}/{len(texts)} chars unmapped/private-use/cid"
    joined = "".join(texts)
    junk = len(_IMPLAUSIBLE.findall(joined))
    if junk / len(joined) >= settings.garbage_share:
        return f"garbage text layer: {junk}/{len(joined)} chars are neither CJK nor common symbols"
    return None


def needs_ocr(page, settings: RoutingSettings = DEFAULT_ROUTING) -> str | None:
    """Why a pdfplumber page must be read by OCR, or None when its text layer serves.

    - "scan": images cover most of the page and there is (almost) no text;
    - "outlines": no text but many curves / tiny filled paths (glyphs as vector art);
    - "garbage text layer": most chars are private-use/unmapped glyphs, "(cid:N)",
      replacement characters, or the text is junk on an image page or lacks any CJK;
    - "image with text layer but no ruling": a scan with an invisible OCR layer whose
      table rules exist only in the image (the text layer alone gives no table).
    """
    chars = page.chars
    n_chars = sum(1 for c in chars if c["text"].strip())
    cover = _image_cover(page) if page.images else 0.0
    if n_chars <= settings.scan_max_chars:
        if cover >= settings.scan_image_cover:
            return f"scan: image covers {cover:.0%} of the page, {n_chars} chars"
        if n_chars == 0:
            paths = len(page.curves) + sum(
                1 for r in page.rects if r.get("fill") and (r["x1"] - r["x0"]) < 8 and (r["bottom"] - r["top"]) < 8)
            if paths >= settings.outline_min_paths:
                return f"outlines: no text, {paths} curves/small filled paths"
        return None
    if n_chars >= settings.garbage_min_chars:
        texts = [c["text"] for c in chars if c["text"].strip()]
        why = garbage_text(texts, settings)
        if why:
            return why
        joined = "".join(texts)
        cjk = len(_CJK.findall(joined))
        if cover >= settings.scan_image_cover and cjk / len(joined) < 0.05 and sum(ch.isalpha() for ch in joined) > 0.5 * len(joined):
            return "garbage text layer: Latin junk over a page image that should be Chinese"
    if cover >= settings.scan_image_cover and len(page.edges) < 4:
        return f"image with text layer but no ruling: image covers {cover:.0%}"
    return None
