"""Exact numbers from OCR: per-column clean-up of amount cells.

Recognition models confuse a few glyph pairs in digit strings (O/0, l/1, full-width
，/。 for , and .), drop or double a thousands separator, or read the "-" of an empty
amount as 一. A column that is mostly numeric is a column of amounts (or codes), so its
cells are normalised with that knowledge and checked with the same parser the
normalizers use (normalizers.amounts.parse_amount); a cell that still does not parse is
handed back for a second reading, and else flagged with a low confidence.
"""
from __future__ import annotations

import re

from cnbudget.normalizers.amounts import parse_amount
from cnbudget.schemas.text import compact, has_cjk

# glyphs OCR puts where a digit or separator was printed, inside a number
_DIGIT_LOOKALIKES = str.maketrans({
    "O": "0", "o": "0", "D": "0", "Q": "0", "〇": "0", "○": "0",
    "l": "1", "I": "1", "|": "1", "i": "1", "!": "1", "丨": "1",
    "Z": "2", "z": "2", "S": "5", "s": "5", "B": "8", "g": "9", "q": "9",
    "，": ",", "、": ",", "。": ".", "．": ".", "·": ".", "'": ",", "`": ",",
})
_DASHES = {"一", "—", "–", "－", "_", "——", "--", "-", "一一", "ー", "~", "～"}
_NUMERIC_SHAPE = re.compile(r"^[-−(（]?[\d,.]+[)）%]?$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def looks_numeric(text: str) -> bool:
    """Whether an OCR'd cell reads as an amount/code once look-alikes are fixed."""
    s = compact(text)
    if not s or has_cjk(s):  # a cell that is clearly text (CJK) is never "fixed" into a number
        return False
    fixed = s.translate(_DIGIT_LOOKALIKES)
    return bool(_NUMERIC_SHAPE.match(fixed)) and sum(ch.isdigit() for ch in fixed) >= max(1, len(fixed) // 2)


def normalise_number(text: str, use_grouping: bool | None = None, decimals: int | None = None) -> str:
    """An OCR'd amount in the form the text layer prints it.

    ``use_grouping``: the column prints thousands separators (re-inserted when OCR lost
    them, removed when it invented them); ``decimals``: digits after the point that the
    column prints (a lost point before them is restored only when the digit count
    then gives an amount that parses)."""
    s = compact(text)
    if s in _DASHES:
        return "-"
    if has_cjk(s) or not any(ch.isdigit() for ch in s):
        return text.strip()  # text, or marks with no digit at all ("。。。", "ooo"): left alone
    s = s.translate(_DIGIT_LOOKALIKES)
    s = s.replace("−", "-").replace("（", "(").replace("）", ")")
    neg = ""
    if s.startswith("-") and len(s) > 1:
        neg, s = "-", s[1:]
    # a separator read as "." where the column groups thousands: 1.234.567.89
    if use_grouping and s.count(".") > 1:
        head, _, tail = s.rpartition(".")
        s = head.replace(".", ",") + "." + tail
    s = re.sub(r",{2,}", ",", s).strip(",")
    s = s.replace(",.", ".").replace(".,", ".")
    if decimals and "." not in s and "," in s:
        head, _, tail = s.rpartition(",")
        if len(tail) == decimals:  # the decimal point read as a comma
            s = head + "." + tail
    if use_grouping is not None:
        intpart, dot, frac = s.partition(".")
        digits = intpart.replace(",", "")
        if digits.isdigit():
            if use_grouping and len(digits) > 3:
                intpart = f"{int(digits):,}" if not digits.startswith("0") else intpart
            elif not use_grouping:
                intpart = digits
            s = intpart + dot + frac
    return neg + s


def parses(text: str) -> bool:
    """A clean amount, a percentage, a code or an explicit blank ("-")."""
    p = parse_amount(text)
    return p.value is not None or p.blank is not None


def column_style(texts: list[str]) -> tuple[bool, bool | None, int | None]:
    """(is_numeric, uses_grouping, decimals) of a column from its body cell texts."""
    filled = [compact(t) for t in texts if compact(t)]
    if not filled:
        return False, None, None
    nums = [s for s in filled if looks_numeric(s)]
    dashes = [s for s in filled if s in _DASHES]
    if len(nums) < 2 or (len(nums) + len(dashes)) < 0.6 * len(filled):
        return False, None, None
    fixed = [s.translate(_DIGIT_LOOKALIKES) for s in nums]
    big = [s for s in fixed if len(s.split(".")[0].lstrip("-(").replace(",", "")) > 3]
    grouping = (sum(1 for s in big if "," in s) >= 0.5 * len(big)) if big else None
    decs = [len(s.rpartition(".")[2]) for s in fixed if "." in s]
    decimals = max(set(decs), key=decs.count) if len(decs) >= 0.5 * len(fixed) and decs else None
    return True, grouping, decimals
