"""How the samples print numbers: amounts in cents formatted as "1,097,073.43" (and read
back), random splits of a total, and Chinese ordinals (一、二、… 二十)."""
from __future__ import annotations

import random


def fmt_amount(cents: int, zero: str = "") -> str:
    """"1,097,073.43" from 109707343 cents; ``zero`` is printed for 0."""
    if cents == 0:
        return zero
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}"


def parse_amount(text: str | None) -> int:
    """Inverse of fmt_amount: cents; blank, "-" and "0" read as 0."""
    t = (text or "").replace(",", "").strip()
    if t in ("", "-", "0"):
        return 0
    neg = t.startswith("-")
    t = t.lstrip("-")
    whole, _, frac = t.partition(".")
    v = int(whole) * 100 + int((frac + "00")[:2])
    return -v if neg else v


def split_amount(rng: random.Random, total: int, n: int, min_share: float = 0.02) -> list[int]:
    """Split integer ``total`` into n non-negative integer parts summing to total."""
    if n <= 0:
        return []
    ws = [min_share + rng.random() for _ in range(n)]
    s = sum(ws)
    parts = [int(total * w / s) for w in ws]
    parts[0] += total - sum(parts)
    return parts


CN_NUM = "一二三四五六七八九十"


def cn_ordinal(i: int) -> str:
    """1 -> 一, 11 -> 十一, 20 -> 二十 (i < 100)."""
    if i <= 10:
        return CN_NUM[i - 1]
    if i < 20:
        return "十" + CN_NUM[i - 11]
    t, u = divmod(i, 10)
    return CN_NUM[t - 1] + "十" + (CN_NUM[u - 1] if u else "")
