"""The shared text vocabulary of extractors and normalizers: one place for how printed
Chinese text is normalised, what counts as a CJK character, and how a money unit
(元 / 万元 / 千元) is announced.

Plain functions and constants over strings: no I/O, nothing imported from the rest of
cnbudget, so every layer may use it.

Normalisation:
- ``nfkc(text)``: Unicode NFKC (full-width digits, letters and punctuation such as
  ``１２３``, ``（）``, ``：``, ``，`` become ASCII; ``\\u3000`` becomes a space); None is "".
- ``no_whitespace(text)``: every run of white space removed, nothing else changed
  (Chinese labels are spaced for layout only: "合  计" is 合计).
- ``compact(text)``: both, the comparison form of a cell or label.

CJK:
- ``CJK`` is the character-class body of the CJK Unified Ideographs ("\\u4e00-\\u9fff"),
  for building patterns (``f"[{CJK}]"``); ``CJK_EXT_A`` adds Extension A (rare
  characters an OCR model may still return). ``has_cjk(text)`` tells whether text holds
  an ideograph.
- ``WIDE`` (and ``is_wide``): ideographs, CJK and full-width punctuation and curly quotes:
  text that is never separated by a space.
- ``cjk_spaces(extra)`` / ``join_cjk_spaces(text, extra)``: white space between two
  ideographs (or characters of ``extra``) is layout, not text.

Units: one grammar for where a table announces its money unit.
- ``UNIT_ANNOUNCEMENT``: "单位：万元", "金额单位:元", "单位 ： 千元", "单位万元" (the colon,
  full- or half-width, may be left out);
- ``HEADER_UNIT``: a unit in brackets, as in a column header "预算数（万元）", "(元)",
  "【万元】", "[千元]";
- ``UNIT_CODES`` maps the printed word to the contract's unit (yuan, wan_yuan, qian_yuan),
  ``UNIT_WORDS`` is the same, longest word first (for suffix matching: 万元 before 元);
- ``unit_of(text)``: the canonical unit a title line or header cell announces, or None
  (亿元, 人, no unit). Both patterns also match text as printed (spaces around the colon
  and inside the brackets are allowed), so the extractor can keep the printed form.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# --------------------------------------------------------------------------- normalisation

_WHITESPACE = re.compile(r"\s+")


def nfkc(text: str | None, keep: str = "") -> str:
    """NFKC of text ("" for None): "１２３（万元）：" -> "123(万元):".

    ``keep``: characters left as printed because NFKC would lose their meaning (the
    circled ① of an ordinal would become a bare "1", the ² of "m²" a "2"). With ``keep``
    the text is normalised one character at a time, as the callers that need it always
    did (which leaves combining sequences uncomposed)."""
    if not keep:
        return unicodedata.normalize("NFKC", text or "")
    return "".join(c if c in keep else unicodedata.normalize("NFKC", c) for c in text or "")


def no_whitespace(text: str | None) -> str:
    """Text with every run of white space removed ("" for None); no other change."""
    return _WHITESPACE.sub("", text or "")


@functools.lru_cache(maxsize=1 << 16)
def compact(text: str | None, keep: str = "") -> str:
    """NFKC and no white space at all: the comparison form of a cell, label or line.

    " 合  计 " -> "合计"; "１，２３４．５" -> "1,234.5"; ``keep`` as for ``nfkc``.
    Remembered: the normalizers ask it about the same cell texts over and over (on the
    corpus, 840,000 calls for 38,000 cells)."""
    return no_whitespace(nfkc(text, keep))


# --------------------------------------------------------------------------- CJK

# Character-class bodies (put them inside [...]).
CJK = "\u4e00-\u9fff"  # CJK Unified Ideographs: every character of a budget table
CJK_EXT_A = "\u3400-\u4dbf"  # CJK Unified Ideographs Extension A (rare characters)
CJK_SYMBOLS = "\u3000-\u303f"  # CJK symbols and punctuation: 、。〈〉《》「」【】〔〕 …
FULL_WIDTH = "\uff00-\uffef"  # half- and full-width forms: （），：；０-９Ａ-Ｚ …
# Everything printed full width: CJK radicals to ideographs (2E80-9FFF, which holds
# CJK_SYMBOLS and CJK_EXT_A), compatibility ideographs, full-width forms, curly quotes.
WIDE = "\u2e80-\u9fff" + CJK_SYMBOLS + "\uf900-\ufaff" + FULL_WIDTH + "\u201c\u201d\u2018\u2019"

_CJK_CHAR = re.compile(f"[{CJK}]")
_WIDE_CHAR = re.compile(f"[{WIDE}]")


def has_cjk(text: str | None) -> bool:
    """Whether text holds a CJK ideograph (the basic block ``CJK``)."""
    return bool(_CJK_CHAR.search(text or ""))


def is_wide(ch: str) -> bool:
    """CJK ideographs and full-width punctuation: text that never takes a space."""
    return bool(_WIDE_CHAR.match(ch))


@functools.lru_cache(maxsize=None)
def cjk_spaces(extra: str = "") -> re.Pattern[str]:
    """The pattern of white space between two ideographs; ``extra`` (a character-class
    body) adds characters that count as ideographs on either side, e.g. quotes or
    full-width punctuation printed between spaced-out characters."""
    cls = f"[{CJK}{extra}]"
    return re.compile(rf"(?<={cls})\s+(?={cls})")


def join_cjk_spaces(text: str, extra: str = "") -> str:
    """Text with the white space between ideographs removed (letter-spaced titles such
    as "部 门 收 支 总 表"); spaces next to Latin letters and digits stay."""
    return cjk_spaces(extra).sub("", text)


# --------------------------------------------------------------------------- money units

# printed unit word -> canonical unit (schemas.contract UNITS), longest word first
UNIT_WORDS: tuple[tuple[str, str], ...] = (("万元", "wan_yuan"), ("千元", "qian_yuan"), ("元", "yuan"))
UNIT_CODES: dict[str, str] = dict(UNIT_WORDS)

_UNIT_WORD = "(" + "|".join(w for w, _ in UNIT_WORDS) + ")"
# "单位：万元", "金额单位:元", "单位 ： 千元", "单位万元"; group 1 is the unit word.
UNIT_ANNOUNCEMENT = re.compile(r"(?:金额)?单位\s*[：:]?\s*" + _UNIT_WORD)
# "（万元）", "(元)", "[千元]", "【万元】" (as in 预算数（万元）); group 1 is the unit word.
HEADER_UNIT = re.compile(r"[（(\[［【]\s*" + _UNIT_WORD + r"\s*[)）\]］】]")
# A unit word printed bare at the end of a caption line (no 单位：), as in the owner line
# "507-湖州市卫生健康委员会　　　万元" (the unit right-aligned; the gap between wide glyphs is
# not kept in the text). Unambiguous forms only: the word set apart by a space after text
# that is not a figure ("共计 5.00 万元" is not), or right after an organisation's name
# (…委员会万元, …局元), never in a sentence. Group 1 is the unit word.
_ORG_SUFFIX = r"(?:委员会|中心|会|局|院|厅|委|办|室|所|站|队|部|处|校|馆|社|府|署|园|台|团)"
BARE_CAPTION_UNIT = re.compile(
    r"^(?:[^。；;，,：:]{2,40}?[^\s\d.,，%％]\s+|(?:[0-9A-Za-z]+\s*[-－—]\s*)?[\u4e00-\u9fff（）()]{2,30}?" + _ORG_SUFFIX + r")"
    + _UNIT_WORD + r"\s*$")


def unit_of(text: str | None) -> str | None:
    """The money unit announced in a title line or header cell, or None.

    "单位：元" -> "yuan", "单位:万元" / "预算数（万元）" / "(万元)" -> "wan_yuan",
    "单位：千元" -> "qian_yuan"; anything else (亿元, 人, no unit) -> None. An
    announcement ("单位：…") wins over a bracketed unit in the same text; the text is
    compared in its ``compact`` form, so spacing and full-width forms do not matter.
    """
    s = compact(text)
    for pat in (UNIT_ANNOUNCEMENT, HEADER_UNIT):
        m = pat.search(s)
        if m:
            return UNIT_CODES[m.group(1)]
    return None


# --------------------------------------------------------------------------- column-number rows

# Many templates number their columns in a row under the header: "栏次 | 1 | 2 | 3",
# "** | ** | 1 | 2 | 3" (Zhejiang), "甲 | 乙 | 1 | 2 | 3=1+2" (决算), "项目 | A | B | C".
# Markers that open such a row (or fill the label columns) …
_COLNUM_MARK = re.compile(r"栏次|行次|栏号|列次|[*＊]+")
# … words that stand in the label columns beside the numbers (甲/乙 number the label
# columns of 决算 templates) …
_COLNUM_LABEL = re.compile(r"项目|序号|[甲乙丙丁戊己庚辛]")
# … and a column number or letter, alone or as a formula of them ("4=2+3", "(5)", "C=A+B").
_COLNUM = re.compile(r"\(?(\d{1,2}|[A-Z])\)?(?:[=+\-−×*/]\(?(?:\d{1,2}|[A-Z])\)?)*")


def _column_numbers_consecutive(nums: list[int]) -> bool:
    """1, 2, 3 … (a two-sided summary may start again at 1 on its right side)."""
    return all(b == a + 1 or b == 1 for a, b in zip(nums, nums[1:]))


def is_column_number_row(texts: list[str] | tuple[str, ...]) -> bool:
    """A row that numbers the columns above it rather than holding amounts.

    Every printed cell is a marker (栏次, 行次, **), a label-column word (项目, 序号, 甲/乙)
    or a small column number or letter (A, B, C) / a formula of them; and either
    a marker is present (with numbers, or alone as in a row of "**"), or, without one, the
    numbers run on consecutively: at least 2 beside a label word, at least 3 alone (so a
    data row of small amounts "3 | 7 | 2" is not taken for one).
    """
    nums: list[int] = []
    marked = labelled = False
    toks = [compact(t) for t in texts]
    toks = [t for t in toks if t]
    if not toks:
        return False
    for t in toks:
        if _COLNUM_MARK.fullmatch(t):
            marked = True
        elif _COLNUM_LABEL.fullmatch(t):
            labelled = True
        elif m := _COLNUM.fullmatch(t):
            n = m.group(1)
            nums.append(int(n) if n.isdigit() else ord(n) - ord("A") + 1)
        else:
            return False
    if marked:  # 栏次 | 1 | 2 | 4 (a column left out) is still a row of column numbers
        return bool(nums) or all(_COLNUM_MARK.fullmatch(t) for t in toks)
    return _column_numbers_consecutive(nums) and len(nums) >= (2 if labelled else 3)
