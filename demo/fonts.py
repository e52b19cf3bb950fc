"""The fonts of the sample PDFs: the CJK TrueType font (found on disk, registered with
reportlab once) and the choice of font for each character of a string, so that mixed
CJK/Latin text is drawn and measured run by run."""
from __future__ import annotations

import os
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


FONT_NAME = "DroidSansFallbackFull"
FONT_PACKAGE = "fonts-droid-fallback"
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
]


class FontNotFoundError(RuntimeError):
    """The CJK font needed to draw sample PDFs is not installed."""


def find_cjk_font() -> str:
    """Path of the CJK TrueType font used for the samples.

    ``CNBUDGET_CJK_FONT`` overrides the search. Raises ``FontNotFoundError`` naming the
    Debian package that provides the font when it is missing.
    """
    env = os.environ.get("CNBUDGET_CJK_FONT")
    candidates = ([env] if env else []) + FONT_CANDIDATES
    for p in candidates:
        if p and Path(p).is_file():
            return p
    raise FontNotFoundError(
        "CJK font DroidSansFallbackFull.ttf not found (looked in: "
        + ", ".join(candidates)
        + f"). Install the Debian package '{FONT_PACKAGE}' "
        f"(apt-get install {FONT_PACKAGE}) or set CNBUDGET_CJK_FONT to a CJK .ttf file."
    )


def register_font() -> str:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, find_cjk_font()))
    return FONT_NAME


LATIN_FONT = "Helvetica"  # digits, Latin letters and punctuation the CJK font lacks
# The CJK font lacks ≤ ≥ and Helvetica's encoding has none either (they would print as
# "£" / "‡"); targets such as "≤100%" need them: DejaVu Sans (Debian fonts-dejavu-core)
# draws the symbols the other two lack, where it is installed.
SYMBOL_FONT = "DejaVuSans"
SYMBOL_FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _cjk_chars() -> dict[int, int]:
    return pdfmetrics.getFont(FONT_NAME).face.charToGlyph


def _symbol_font() -> str:
    if SYMBOL_FONT in pdfmetrics.getRegisteredFontNames():
        return SYMBOL_FONT
    if Path(SYMBOL_FONT_PATH).is_file():
        pdfmetrics.registerFont(TTFont(SYMBOL_FONT, SYMBOL_FONT_PATH))
        return SYMBOL_FONT
    return LATIN_FONT


def text_runs(text: str) -> list[tuple[str, str]]:
    """Split text into (font, run) pieces: CJK font where it has the glyph, else Latin
    (symbols beyond Latin-1 from the symbol font)."""
    cmap = _cjk_chars()
    runs: list[tuple[str, str]] = []
    for ch in text:
        if ord(ch) in cmap:
            font = FONT_NAME
        elif ord(ch) < 0x2000:
            font = LATIN_FONT
        else:
            font = _symbol_font()
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def text_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(r, f, size) for f, r in text_runs(text))
