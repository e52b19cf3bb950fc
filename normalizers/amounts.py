"""Amounts and units as printed in budget tables -> exact yuan.

Plain functions over strings: no I/O. Amounts become ``Decimal`` quantized to 0.01
yuan (the contract's decimal128(20, 2)); scaling from 万元/千元 is done in Decimal,
never through float, so 64,230.00 万元 is exactly 642300000.00 yuan.

Decisions:
- An absent amount ("", "-", "—", "--", "/", whitespace) gives value None and ``blank``
  = what was printed after normalisation ("" for an empty cell, "-" for "－").
- Negative forms: "-12.5", "－12.5", "(12.50)", "（12.50）". "△12.5" is NOT read as
  negative: △ marks negatives in Japanese accounting and in some Chinese statistics, but
  we found no budget disclosure that uses it, so it is reported as "not an amount" for a
  person to look at rather than guessed.
- A trailing "万元"/"千元"/"元" printed in the cell overrides the table unit (it says
  which unit that number is in); a trailing "%" is stripped and the number is returned
  unscaled (a percentage is not money: the caller decides what to do with it).
- An amount the contract cannot hold (decimal128(20, 2): 10¹⁸ yuan or more, after
  scaling) is not an amount: value None, like any text that does not read as one, so the
  caller keeps it raw (budget_lines flags it "unparsed") and nothing downstream overflows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

from cnbudget.schemas.contract import AMOUNT
from cnbudget.schemas.text import UNIT_WORDS, compact, unit_of

CENT = Decimal("0.01")
# Amounts must stay below this (in absolute value) to fit the contract's decimal128(20, 2).
AMOUNT_LIMIT = Decimal(10) ** (AMOUNT.precision - AMOUNT.scale)

# unit name -> factor to yuan
FACTORS: dict[str, Decimal] = {"yuan": Decimal(1), "wan_yuan": Decimal(10000), "qian_yuan": Decimal(1000)}

# What an empty amount cell may hold (after NFKC and whitespace removal).
_BLANKS = frozenset({"", "-", "--", "---", "—", "——", "–", "/", "\\", "…", "……", "-/-"})

# A plain number: strict thousands grouping so "1,2" (two numbers?) is not an amount.
_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")


# The money unit announced in a title line or header cell ("单位：万元", "预算数（万元）"),
# or None: the one unit grammar of schemas.text.
parse_unit = unit_of


@dataclass(frozen=True)
class ParsedAmount:
    value: Decimal | None  # yuan, quantized to 0.01; None when blank or not an amount
    blank: str | None  # how an absent amount was printed ("", "-", "—", ...), else None
    raw: str  # the text as given
    oversized: bool = False  # a number too large for the contract: value None, still a figure


def parse_amount(text: str, unit: str | None = "yuan") -> ParsedAmount:
    """Parse one amount cell; ``unit`` is the table's unit (None is taken as yuan)."""
    raw = text if text is not None else ""
    s = compact(raw)
    if s in _BLANKS:
        return ParsedAmount(None, s, raw)
    factor = FACTORS[unit or "yuan"]
    if s.endswith("%"):
        s, factor = s[:-1], Decimal(1)
    else:
        for word, u in UNIT_WORDS:
            if s.endswith(word):
                s, factor = s[: -len(word)], FACTORS[u]
                break
    negative = False
    if len(s) > 2 and s[0] == "(" and s[-1] == ")":  # accounting negative (12.50)
        s, negative = s[1:-1], True
    if s[:1] in "+-" and len(s) > 1:
        negative, s = negative ^ (s[0] == "-"), s[1:]
    if not _NUMBER.fullmatch(s):
        return ParsedAmount(None, None, raw)
    digits = s.replace(",", "")
    if len(digits.split(".")[0].lstrip("0")) > AMOUNT.precision:
        return ParsedAmount(None, None, raw, oversized=True)  # far beyond the contract: no arithmetic on it
    # exact: enough precision for every printed digit times the unit (at most 10⁴)
    exact = Context(prec=len(digits) + AMOUNT.precision + 8, rounding=ROUND_HALF_UP)
    value = exact.multiply(Decimal(digits), factor)
    if negative:
        value = -value
    value = value.quantize(CENT, context=exact)
    if abs(value) >= AMOUNT_LIMIT:
        return ParsedAmount(None, None, raw, oversized=True)  # does not fit decimal128(20, 2): kept raw
    if value == 0:
        value = abs(value)  # no "-0.00"
    return ParsedAmount(value, None, raw)


def is_amount(text: str) -> bool:
    """True when the text is a number (blanks such as "-" are not amounts)."""
    return parse_amount(text).value is not None
