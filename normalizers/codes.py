"""Subject codes (功能分类/经济分类 科目编码) and row labels of budget tables.

Plain functions over strings: no I/O.

A function-classification code is 类 3 digits + 款 2 + 项 2 (204 / 20406 / 2040607); an
economic-classification code is 3 + 2 (301 / 30101). Tables print them in one column
("2040607", "204 06 07") or in three columns 类 | 款 | 项 ("204", "06", "07"). Codes
never start with 0, which keeps row numbers such as "001" out.
"""
from __future__ import annotations

import re

from cnbudget.schemas.text import compact, nfkc, no_whitespace

LEVELS = {3: 1, 5: 2, 7: 3}  # digits -> subject_level (1 类, 2 款, 3 项)


def _norm(text: str | None) -> str:
    # NFKC only (not schemas.text.compact): the spaces of "204 06 07" separate code parts.
    return nfkc(text).strip()


def _digits(s: str) -> bool:
    # ASCII only: str.isdigit() also takes other scripts' digits (٢٠١), which NFKC keeps
    return s.isascii() and s.isdigit()


def _valid(code: str) -> bool:
    return _digits(code) and len(code) in LEVELS and code[0] != "0"


def subject_code(parts: list[str]) -> str | None:
    """The full code from the 类/款/项 cells of one row, or None when absent/invalid.

    ["204", "06", "07"] -> "2040607"; ["201", "", ""] -> "201"; ["2120101"] -> "2120101";
    ["204 06 07"] -> "2040607". A column may also repeat its parent's digits
    (["204", "20406", "2040607"]), which some layouts print. A gap (["201", "", "07"])
    or a wrong digit count is invalid.
    """
    cells = [re.sub(r"[\s\[\]【】]", "", _norm(p)) for p in parts]
    while cells and not cells[-1]:
        cells.pop()
    if not cells:
        return None
    if len(cells) == 1:
        return cells[0] if _valid(cells[0]) else None
    code = ""
    for i, cell in enumerate(cells):
        if not _digits(cell):
            return None
        if i == 0:
            code = cell
        elif len(cell) == 2:
            code += cell
        elif cell.startswith(code) and len(cell) == len(code) + 2:
            code = cell
        else:
            return None
        if len(code) != 3 + 2 * i:
            return None
    return code if _valid(code) else None


def subject_level(code: str | None) -> int | None:
    """3 digits -> 1 (类), 5 -> 2 (款), 7 -> 3 (项); anything else -> None."""
    return LEVELS.get(len(code)) if code and code.isdigit() else None


# "2010301 行政运行", "[2010301]行政运行", "【201】一般公共服务支出", "201 03 01 行政运行",
# "2010301行政运行": code, then an optional closing bracket / separator, then the name.
_CODE_NAME = re.compile(
    r"^[\[【(]?(?P<code>\d{3}(?:\s*\d{2}){0,2})(?!\d)[\]】)]?[\s:、.\-]*(?P<name>.*)$"
)


def split_code_name(text: str) -> tuple[str | None, str]:
    """Split a cell printing code and name together -> (code, name); (None, text) if none."""
    s = _norm(text)
    m = _CODE_NAME.match(s)
    if m:
        code = re.sub(r"\s", "", m.group("code"))
        if _valid(code):
            return code, no_whitespace(m.group("name"))
    return None, s


# Ordinal markers of rows named without codes, as printed (after NFKC). The parentheses
# are kept in the returned ordinal because they carry the level: 一、 > (一) > 1. > (1).
_CN_NUM = "一二三四五六七八九十百零〇"
# ①..⑳ and ❶..❿: ordinals, kept as printed by NFKC (which turns ① into a bare "1").
_CIRCLED = "".join(map(chr, [*range(0x2460, 0x2474), *range(0x2776, 0x2780)]))
_ORDINALS = (
    re.compile(rf"^第([{_CN_NUM}\d]+)[部分章节项条]?[、.:]?"),
    re.compile(rf"^([{_CN_NUM}]+)[、.:]"),
    re.compile(rf"^(\([{_CN_NUM}]+\))[、.]?"),
    re.compile(r"^(\(\d+\))[、.]?"),
    re.compile(r"^(\d+)(?:[、:]|\.(?!\d))"),  # "1." / "1、" but not "1.5"
    re.compile(rf"^([{_CIRCLED}])"),  # ①..⑳, ❶..
)
_SUB = re.compile(r"^其中[:：]?")


def row_label(text: str) -> tuple[str | None, str, bool]:
    """(ordinal or None, clean name, is_sub) for a row label without a code.

    "一、一般公共服务支出" -> ("一", "一般公共服务支出", False);
    "（一）基本支出" -> ("(一)", "基本支出", False); "1. 一般公共预算资金" -> ("1", ...);
    "其中：项目支出" -> (None, "项目支出", True). Whitespace inside names is dropped
    (Chinese labels are spaced out for layout only: "合  计").
    """
    s = compact(text, keep=_CIRCLED)  # circled numbers are ordinals: not NFKC'd to "1"
    is_sub = bool(_SUB.match(s))
    s = _SUB.sub("", s)
    ordinal = None
    for pat in _ORDINALS:
        m = pat.match(s)
        if m:
            ordinal, s = m.group(1), s[m.end():]
            break
    return ordinal, s, is_sub


# A total row: the (clean) label ends with one of these words.
_TOTAL = re.compile(r"(合计|总计|小计|共计|总合计)(数|金额)?[:]?$")


def is_total_label(text: str) -> bool:
    """合计/总计/小计/本年收入合计/收入总计/支出总计, "合  计", "一、合计" ..."""
    _, name, _ = row_label(text)
    return bool(_TOTAL.search(name))
