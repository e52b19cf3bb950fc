"""Performance indicators (绩效指标): target values, level taxonomy, canonical names.

Plain functions over strings: no I/O. jieba is loaded once per process, lazily, quietly
(normalizers/segmenter.py), as a tokenizer of its own so the words added here do not
leak into other users of jieba.

Target values (指标值) -> ``TargetParse``. Decisions:
- comparator is one of ">=", "<=", ">", "<", "=", "range", "qualitative"; it is None
  (with parsed=False) when the text is neither a recognised number form nor a clear
  qualitative phrase. Nothing is guessed; ``raw`` keeps the text.
- "range": ``value`` is the lower bound, ``upper`` the upper bound. Whether each bound
  is inclusive is kept in ``lower_strict`` / ``upper_strict`` (False = inclusive): the
  contract has no column for it, target_raw keeps it anyway. "≤100%，>97%" -> range
  97..100, lower_strict=True, upper_strict=False. "90%-100%", "90~100", "[90,100]"
  are inclusive on both ends; "(90,100]" follows interval notation.
- "》" is a common typo/OCR confusion for "≥" (both sit on the same key in Chinese input
  methods, and a doubled ">" has no other meaning in a target) -> ">=". "《" is not
  mapped: we have not seen it used as "≤".
- Word forms: 不低于/不少于/不小于/至少/达到/大于等于/…以上 -> ">="; 不高于/不超过/不大于/
  至多/最多/不晚于/不迟于/…以内/…以下 -> "<=" (不早于 -> ">="; "不晚于11月" is a bound, a bare
  "11月底前" a deadline); 大于/高于/超过/多于 -> ">"; 小于/低于/少于 -> "<";
  等于 -> "=". "以上"/"以下" include the number in Chinese usage (法律/统计 convention).
- Ranks: "前10名" (top 10) -> "<=" 10 unit "名" (a rank not worse than 10);
  "第10名" -> "=" 10 "名". Chinese numerals 一..十 are read in these rank forms.
- Units are kept as printed, magnitude words included: "1300万页" -> value 1300, unit
  "万页". Scaling would mix counts and money conventions (万元 is handled in amounts),
  and keeping the printed unit makes value+unit round-trip to the text.
- A bare number is "=" ("100%", "1993件", "0").
- Comparator and unit written into the value cell parse like split columns joined:
  ">=2次", "‹=17万元" (the single angle quote ‹/› is a "<"/">" typed in a word
  processor), ">=100百分比" (unit 百分比 -> "%"), "≥ 95 %", "≤ 17 万元"; a 指标性质 word
  printed before the value ("定性 优良", "定量 ≥95%") is dropped; "=是" is qualitative, and so
  is a sign before a reference the cell does not quantify ("≤上年", like "不高于上年").
- A sentence around the target parses only when a comparator marks the number: the
  name restated before it ("补贴对象生活改善度不低于80%", "党员群众满意度不少于80%"), an
  action before it or the thing counted after a count unit ("开展至少1次团体心理治疗",
  "不低于50人次的个体心理咨询辅导"), a reference between comparator and number ("不低于当地
  低保标准的1.3倍": >= 1.3 倍), a verb before a number closed by 以上/以下/以内 ("延长10年
  以上", "稳定在50%以上"). Without a comparator only a satisfaction name may
  precede a bare number ("满意率100%": a satisfaction rate can only be the measure
  itself); "X完成率100%" restates the target as a share of a plan the cell does not
  print and stays raw, as do "2个派出所的维修完善" and "至少登记1次，数据来源…".
- A duration counted from an event is a time limit: "季度结束后15日内", "结案后30日内",
  "每学期开学后1个月内" -> "<=" 15 "日" (an event, 后, a number with a duration unit, 内).
  A date deadline ("2024年11月底前", "每月10日前", a period's end without a date: "每季度末前",
  "年底前完成") has no comparator and stays raw.
- A share followed by the word saying it is reached ("100%完成", "95%达标", "100%到位")
  is that share: "=" 100 "%".
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from cnbudget.normalizers.indicator_vocab import (
    COUNT_UNITS,
    KIND_MARKERS,
    NAME_SYNONYMS,
    TERM_SYNONYMS,
    UNIT_ALIASES,
)
from cnbudget.normalizers.segmenter import tokenizer
from cnbudget.schemas.text import CJK, compact, has_cjk, nfkc, no_whitespace

# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class TargetParse:
    comparator: str | None
    value: float | None = None
    upper: float | None = None
    unit: str | None = None
    qualitative: str | None = None
    parsed: bool = False
    raw: str = ""
    lower_strict: bool = False  # range only: lower bound excluded (">97%")
    upper_strict: bool = False  # range only: upper bound excluded ("<100%")


COMPARATORS_OUT = (">=", "<=", ">", "<", "=", "range", "qualitative")

# Text rewrites applied before matching, in order (LaTeX from OCR, symbol variants).
_REWRITES: tuple[tuple[str, str], ...] = (
    (r"\$", ""),
    (r"\\(?:text|mathrm|rm)\{([^}]*)\}", r"\1"),
    (r"\\(?:leqslant|leq|le)(?![a-z])", "≤"),
    (r"\\(?:geqslant|geq|ge)(?![a-z])", "≥"),
    (r"\\(?:lt)(?![a-z])", "<"),
    (r"\\(?:gt)(?![a-z])", ">"),
    (r"\\%", "%"),
    (r"\\[,;!: ]", ""),
    (r"[≧⩾]", "≥"),
    (r"[≦⩽]", "≤"),
    (r"》", "≥"),
    (r"\u2039", "<"),  # ‹
    (r"\u203a", ">"),  # ›
    (r">=|=>|≥=", "≥"),
    (r"<=|=<|≤=", "≤"),
    (r"[~～〜]", "~"),
    (r"[—–]", "-"),
    (r"[。;]+$", ""),
)

# Comparator words/symbols printed before the number; longest first.
_PREFIX: tuple[tuple[str, str], ...] = (
    ("大于或等于", ">="), ("大于等于", ">="), ("不低于", ">="), ("不少于", ">="),
    ("不小于", ">="), ("不早于", ">="), ("至少", ">="), ("达到", ">="), ("达", ">="), ("≥", ">="),
    ("小于或等于", "<="), ("小于等于", "<="), ("不高于", "<="), ("不超过", "<="),
    ("不大于", "<="), ("不多于", "<="), ("不晚于", "<="), ("不迟于", "<="), ("至多", "<="), ("最多", "<="), ("≤", "<="),
    ("大于", ">"), ("高于", ">"), ("超过", ">"), ("多于", ">"), (">", ">"),
    ("小于", "<"), ("低于", "<"), ("少于", "<"), ("<", "<"),
    ("等于", "="), ("=", "="),
)
# Comparator words printed after the number (and unit).
_SUFFIX: tuple[tuple[str, str], ...] = (
    ("及以上", ">="), ("以上", ">="), ("及以下", "<="), ("以下", "<="), ("以内", "<="),
    ("之内", "<="), ("内", "<="),  # "2小时内"
)
# Filler words around a target that carry no meaning for the comparison; an assurance or an
# aim (确保/力争) may lead them: "确保100%", "确保控制在48小时以内"; so may a verb of keeping
# a level (保持在/稳定在/维持在, "稳定在8.6万亩以上": the 以上 after the number compares).
_FILLER = re.compile(r"^(?:确保|力争)?(?:控制在|控制|保持在|保持|稳定在|维持在|为|在)?")
# A label printed in the value cell before the value: "目标值：≥95%", "目标 1: 显著提升".
# A list ordinal before the value: "1、≥98%；" (but not the "1." of "1.5").
_LABEL = re.compile(r"^(?:(?:年度)?目标值?|指标值|预期值|目标)\d*[:]|^\d{1,2}(?:、|\.(?!\d))")
# A remark in brackets after the value: "2105人（以当年实际在编民警数为准）".
_REMARK = re.compile(r"^(?P<value>.*\D)\((?P<remark>[^()]{4,})\)$")

_NUM = r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?"
# A unit: no digits, no comparator symbols, short. "(%)" and "(平方米)" are unwrapped.
_UNIT = r"[^\d<>≤≥=~,\[\]()\-]{1,6}"
# ...that is not the rest of a sentence ("2020年底前完成" is not "= 2020 年底前完成").
# "率" ends a name ("2G设备在线率"), "全" a period ("2020年全年"): neither is in a unit.
_NOT_UNIT = re.compile(r"[前后底内完成实现开展达确保率全]")
# A unit may carry its alternative in brackets: "85万羽(头)" (birds or head of livestock).
# A rate per a round base is a unit too: "10/10万" (maternal deaths per 100,000), "5/千人".
_PER_BASE = r"/\d*[十百千万亿][^\d<>≤≥=~,\[\]()\-/]{0,3}"
# A unit per a unit is one unit however long its halves: "万元/平方公里", "人次/年"; a half
# may be a product of units joined by a middle dot: "吨/平方公里·月", "千瓦·时/吨".
_UNIT_FACTOR = r"[^\d<>≤≥=~,\[\]()\-/·・]{1,5}"
_UNIT_PRODUCT = rf"{_UNIT_FACTOR}(?:[·・]{_UNIT_FACTOR})*"
_PER_UNIT = rf"{_UNIT_PRODUCT}/{_UNIT_PRODUCT}"
_QUANT = re.compile(rf"^(?P<num>{_NUM})(?:\((?P<punit>[^()\d]{{1,8}})\)|(?P<unit>{_PER_BASE}|{_PER_UNIT}|{_UNIT}(?:\([^()\d]{{1,4}}\))?))?$")

_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_RANK = re.compile(r"^(?:排名|全[市省区国])?(?P<kind>前|第)(?P<num>\d+|[一二两三四五六七八九十]{1,3})(?P<unit>名|位)?$")


def _cn_int(s: str) -> int | None:
    """一..九十九 (enough for ranks); digits pass through."""
    if s.isdigit():
        return int(s) if len(s) <= 9 else None  # a rank; int() refuses 4300+ digits
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGITS.get(tens, 1) if tens else 1
        return t * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(s)


def _normalize_target(raw: str) -> str:
    # NFKC except superscripts that are units ("335m²" must not become m2); white space
    # goes only after the rewrites, which read "\ " (a LaTeX space) as one token.
    s = nfkc((raw or "").strip(), keep="²³")
    for pat, rep in _REWRITES:
        s = re.sub(pat, rep, s)
    s = no_whitespace(s)
    s = _LABEL.sub("", s)
    for marker in KIND_MARKERS:  # "定性优良" (split 指标性质 + 指标值 columns joined)
        if s.startswith(marker) and len(s) > len(marker):
            return s[len(marker):]
    return s


def _quantity(s: str) -> tuple[float, str | None] | None:
    """"95%" -> (95.0, "%"); "13459.00(平方米)" -> (13459.0, "平方米"); else None."""
    m = _QUANT.match(s)
    if not m:
        return None
    unit = m.group("punit") or m.group("unit")
    if unit and _NOT_UNIT.search(unit):
        return None
    return float(m.group("num").replace(",", "")), _unit(unit)


def _unit(unit: str | None) -> str | None:
    return UNIT_ALIASES.get(unit, unit) if unit else None


def _bound(s: str) -> tuple[str, float, str | None] | None:
    """One comparator + quantity: "≥95%", "不少于100人", "95%以上", "100%"."""
    s = _FILLER.sub("", s)
    for word, comp in _SUFFIX:
        if s.endswith(word) and len(s) > len(word):
            q = _quantity(_strip_prefix(s[: -len(word)])[1])
            return (comp, *q) if q else None
    comp, rest = _strip_prefix(s)
    q = _quantity(rest)
    return (comp or "=", *q) if q else None


def _strip_prefix(s: str) -> tuple[str | None, str]:
    for word, comp in _PREFIX:
        if s.startswith(word):
            return comp, _FILLER.sub("", s[len(word):])
    return None, s


def _range(s: str) -> TargetParse | None:
    # Interval notation "[90,100]", "(90,100]".
    m = re.match(rf"^([\[(])({_NUM})(%?),({_NUM})(%?)([\])])({_UNIT})?$", s)
    if m:
        lo, hi = float(m.group(2)), float(m.group(4))
        unit = m.group(3) or m.group(5) or m.group(7)
        return _mk_range(lo, hi, unit, m.group(1) == "(", m.group(6) == ")")
    # "90%-100%", "90~100", "90至100分", "90%到100%".
    m = re.match(rf"^({_NUM})({_UNIT})?(?:~|-|至|到)({_NUM})({_UNIT})?$", s)
    if m and m.group(2) in (None, m.group(4), "%"):
        lo, hi = float(m.group(1)), float(m.group(3))
        if lo <= hi:
            return _mk_range(lo, hi, m.group(4) or m.group(2), False, False)
    # Two bounds: "≤100%,>97%", ">97%且≤100%".
    parts = re.split(r"[,、]|且|并且|和", s)
    if len(parts) == 2:
        a, b = _bound(parts[0]), _bound(parts[1])
        if a and b and a[0] != "=" and b[0] != "=" and (a[2] == b[2] or None in (a[2], b[2])):
            lows = [x for x in (a, b) if x[0] in (">", ">=")]
            highs = [x for x in (a, b) if x[0] in ("<", "<=")]
            if len(lows) == 1 and len(highs) == 1 and lows[0][1] <= highs[0][1]:
                lo, hi = lows[0], highs[0]
                return _mk_range(lo[1], hi[1], lo[2] or hi[2], lo[0] == ">", hi[0] == "<")
    # Chained "97%<x≤100%" (the middle is a name or a variable).
    m = re.match(rf"^({_NUM})(%?)(<|≤)[^\d<>≤≥]*(<|≤)({_NUM})(%?)$", s)
    if m:
        lo, hi = float(m.group(1)), float(m.group(5))
        if lo <= hi:
            return _mk_range(lo, hi, m.group(2) or m.group(6) or None, m.group(3) == "<", m.group(4) == "<")
    return None


def _mk_range(lo: float, hi: float, unit: str | None, lo_strict: bool, hi_strict: bool) -> TargetParse:
    return TargetParse("range", lo, hi, _unit(unit), None, True, lower_strict=lo_strict, upper_strict=hi_strict)


def parse_target(raw: str) -> TargetParse:
    """Parse a target (指标值) such as "≥95%", "≤100%，>97%", "1993件", "显著提升"."""
    text = raw if raw is not None else ""
    s = _normalize_target(text)
    if not s:
        return TargetParse(None, raw=text)
    t = _parse_normalized(s, text)
    if not t.parsed and (m := _REMARK.match(s)):
        u = _parse_normalized(m.group("value"), text)
        if u.parsed and u.comparator != "qualitative":  # only a number may shed a remark
            t = u
    # A figure beyond float range ("≥999…9%", 400 digits) is no target anyone printed on
    # purpose: kept raw, unparsed, rather than published as inf.
    if any(v is not None and not math.isfinite(v) for v in (t.value, t.upper)):
        return TargetParse(None, raw=text)
    return t


def _parse_normalized(s: str, text: str = "") -> TargetParse:
    r = _range(s)
    if r:
        return TargetParse(**{**r.__dict__, "raw": text})
    m = _RANK.match(s)
    if m:
        n = _cn_int(m.group("num"))
        if n is not None:
            comp = "<=" if m.group("kind") == "前" else "="
            return TargetParse(comp, float(n), None, m.group("unit") or "名", None, True, text)
    b = _bound(s)
    if b:
        comp, value, unit = b
        return TargetParse(comp, value, None, unit, None, True, text)
    if _PERIOD_END_DEADLINE.match(s):  # "每季度末前", "年底前完成": a deadline, as "11月底前" is
        return TargetParse(None, raw=text)
    if not re.search(r"\d", s) and has_cjk(s):
        # "=是", "＝ 达标": a symbol "=" before a qualitative value adds nothing.
        q = re.sub(r"^[=≥]", "", s)
        if has_cjk(q[:1]):
            return TargetParse("qualitative", None, None, None, q, True, text)
        # "≤上年", "<上年水平": a sign before a reference the cell does not quantify is a
        # stated direction, as "不高于上年" is; the sign is kept in the text.
        if q[:1] in "≤<>" and has_cjk(q[1:2]):
            return TargetParse("qualitative", None, None, None, q, True, text)
    # "8小时内恢复", "2小时之内到达": a time limit followed by what must happen within it.
    m = _WITHIN_THEN.match(s)
    if m:
        return _parse_normalized(m.group(1), text)
    # "季度结束后15日内", "收到申请后3个工作日内办结": an event, 后, then the time limit.
    m = _AFTER_EVENT_WITHIN.match(s)
    if m:
        return TargetParse("<=", float(m.group("num")), None, m.group("unit"), None, True, text)
    # "执行预算率≤100%": the indicator's name printed again before a symbol comparator.
    m = _NAME_THEN_SYMBOL.match(s)
    if m:
        return _parse_normalized(m.group(1), text)
    # "100%完成": a share, then the word saying it is reached.
    m = _SHARE_THEN_DONE.match(s)
    if m:
        return _parse_normalized(m.group(1), text)
    return _in_sentence(s, text)


def _in_sentence(s: str, text: str) -> TargetParse:
    """A target inside a short sentence: "补贴对象生活改善度不低于80%", "开展至少1次团体
    心理治疗", "不低于当地低保标准的1.3倍", "延长10年以上", "满意率100%". Only where a
    comparator (or a satisfaction name) marks which number is the target; otherwise
    unparsed."""
    m = _SENTENCE.match(s)
    if m and (m.group("before") or m.group("after") or m.group("ref")):
        comp = _COMPARATOR_WORDS[m.group("cmp")]
        return TargetParse(comp, float(m.group("num")), None, _unit(m.group("unit")), None, True, text)
    m = _CMP_VERB_COUNT.match(s)
    if m:
        comp = _COMPARATOR_WORDS[m.group("cmp")]
        return TargetParse(comp, float(m.group("num")), None, _unit(m.group("unit")), None, True, text)
    m = _SENTENCE_SUFFIX.match(s)
    if m:
        comp = dict(_SUFFIX)[m.group("cmp")]
        return TargetParse(comp, float(m.group("num")), None, _unit(m.group("unit")), None, True, text)
    m = _SATISFACTION_THEN_NUMBER.match(s)
    if m:
        q = _quantity(m.group(1))
        if q:
            return TargetParse("=", q[0], None, q[1], None, True, text)
    return TargetParse(None, raw=text)


# A deadline at the end (or start) of a period, printed without a date: "每季度末前",
# "每季度首月底前", "每月底前", "年底前完成", "次年初前", a school's "每学期结束前" — no
# comparison, no quality word; the period's end names the deadline with its 前 left unsaid
# too ("每季度末", "年底完成").
_PERIOD_END_DEADLINE = re.compile(
    r"^(每|本|当|次|下)?(年度?|半年|季度?|月份?|旬|周|学期|学年)(首月|末月)?(底|末|初|结束)(前|之前|以前)?"
    r"(完成|发放|拨付|下达|兑付|兑现|到位|办结|报送|上报)?$")
_WITHIN_THEN = re.compile(r"^(\d+(?:\.\d+)?[^\d]{1,4}?(?:之内|以内|内))"
                          r"(?:到达|到场|恢复|完成|办结|处置|响应|处理|解决|反馈|答复|修复)$")
# A duration counted from an event ("结案后30日内"); a date ("11月底前", "每月10日前") is a
# deadline, not a duration, and has no 后 before its number.
_DURATION_UNIT = r"个工作日|工作日|个小时|小时|分钟|个月|月|周|日|天|年"
_AFTER_EVENT_WITHIN = re.compile(
    rf"^[{CJK}]{{1,16}}后(?P<num>\d+(?:\.\d+)?)(?P<unit>{_DURATION_UNIT})(?:之内|以内|内)"
    r"(?:到达|到场|恢复|完成|办结|处置|响应|处理|解决|反馈|答复|修复|拨付|发放|兑付|到位)?$")
_NAME_THEN_SYMBOL = re.compile(rf"^[{CJK}]{{2,12}}([<>≤≥=].*\d.*)$")
_SHARE_THEN_DONE = re.compile(r"^(\d+(?:\.\d+)?%)(?:完成|达标|到位|落实|覆盖)$")
# Comparator words and symbols that may sit inside a sentence (not "达": too common a
# character inside words such as 达标/到达).
_COMPARATOR_WORDS: dict[str, str] = {w: c for w, c in _PREFIX if w != "达"}
_SENTENCE_UNITS = "|".join(map(re.escape, COUNT_UNITS + tuple(UNIT_ALIASES)))
# (a multiple or share of a named reference may sit between the comparator and the number:
# "不低于当地低保标准的1.3倍")
_SENTENCE = re.compile(
    rf"^(?P<before>[{CJK}]{{0,16}}?)"
    rf"(?P<cmp>{'|'.join(map(re.escape, _COMPARATOR_WORDS))})"
    rf"(?P<ref>[{CJK}]{{1,16}}的)?"
    rf"(?P<num>\d+(?:\.\d+)?)"
    rf"(?P<unit>{_SENTENCE_UNITS})"
    rf"(?:的)?(?P<after>[{CJK}]{{0,20}})$"
)
# A comparator word, a verb, then a count closing the sentence: "至少开展4次", "不少于组织
# 3场". Only a count (no %, nothing after the unit): "高于平均水平2个百分点" and "不低于
# 上年5%" compare with a reference the cell does not quantify, and stay raw.
_CMP_VERB_COUNT = re.compile(
    rf"^[{CJK}]{{0,8}}?(?P<cmp>{'|'.join(map(re.escape, _COMPARATOR_WORDS))})"
    rf"[{CJK}]{{1,4}}?(?P<num>\d+(?:\.\d+)?)"
    rf"(?P<unit>{'|'.join(re.escape(u) for u in COUNT_UNITS if u != '%')})$"
)
# A comparator word after the number closing the sentence, a verb before it: "延长10年以上",
# "稳定在50%以上" (the word after the number marks it, as "以上" does alone).
_SENTENCE_SUFFIX = re.compile(
    rf"^[{CJK}]{{1,8}}?(?P<num>\d+(?:\.\d+)?)(?P<unit>{_SENTENCE_UNITS})"
    rf"(?P<cmp>{'|'.join(re.escape(w) for w, _ in _SUFFIX if len(w) > 1)})$"
)
_SATISFACTION_THEN_NUMBER = re.compile(rf"^[{CJK}]{{0,12}}满意[度率]((?:\d+(?:\.\d+)?)%)$")


def count_unparsed(raws) -> int:
    """How many of the given target strings do not parse."""
    return sum(not parse_target(r).parsed for r in raws)


# --------------------------------------------------------------------------- levels

# Ordered: the first pattern found in the (space-free) text wins. Order matters where
# words overlap: "服务对象满意度" is satisfaction (not social), "经济成本" cost (not economic).
LEVEL1_RULES: tuple[tuple[str, str], ...] = (
    ("满意", "satisfaction"),
    ("产出", "output"),
    ("履职", "output"),  # 湖北 部门整体: 履职效能 = the department's outputs
    ("效益", "effect"),
    ("效果", "effect"),
    ("效应", "effect"),  # 湖北: 社会效应
    ("可持续", "effect"),  # 湖北: 可持续发展能力 (可持续影响 sits under 效益)
    ("投入", "input"),
    ("成本", "input"),  # 运行成本 (湖北), and 成本指标 where it is a 一级指标 since 2021
    ("过程", "process"),
    ("管理", "process"),  # 管理效率
)
LEVEL2_RULES: tuple[tuple[str, str], ...] = (
    ("满意", "satisfaction"),
    ("成本", "cost"),  # before 经济/社会/生态: 经济成本, 社会成本, 生态环境成本
    ("经费控制", "cost"),  # 湖北 部门整体 (运行成本): 公用经费控制 = keeping running costs down
    ("数量", "quantity"),
    ("质量", "quality"),
    ("时效", "timeliness"),
    ("及时", "timeliness"),
    ("进度", "timeliness"),
    ("经济", "economic"),
    ("社会", "social"),
    ("生态", "ecological"),
    ("环境", "ecological"),
    ("可持续", "sustainability"),
)


def _classify(raw: str | None, rules: tuple[tuple[str, str], ...]) -> str:
    s = compact(raw)
    for word, level in rules:
        if word in s:
            return level
    return "other"


# A level printed with its weight: "产出指标（50分）", "效益指标(30%)"; and with the code of
# Guangdong's one-cell rows: "1-产出指标", "11-数量指标".
_LEVEL_WEIGHT = re.compile(r"^(?P<label>.*?)\s*\(\s*(?P<weight>\d+(?:\.\d+)?)\s*(?:分|%)\s*\)$")
_LEVEL_CODE = re.compile(r"^\d{1,3}\s*-\s*(?=\D)")


def split_weight(raw: str | None) -> tuple[str | None, float | None]:
    """A level cell -> (label without weight or code, weight as printed in 分 or %).
    "产出指标（50分）" -> ("产出指标", 50.0); "11-数量指标" -> ("数量指标", None);
    blank -> (None, None): a missing level stays missing."""
    s = nfkc(raw or "").strip()
    if not s:
        return None, None
    s = _LEVEL_CODE.sub("", s)
    m = _LEVEL_WEIGHT.match(s)
    if m and m.group("label"):
        return m.group("label"), float(m.group("weight"))
    return s, None


# 一级 names printed whole; 成本指标 is not here: it is a 一级 of the 2021+ templates and a
# 二级 of the older ones, so it tells neither.
_LEVEL1_NAME = re.compile(r"^(产出|效益|效果|满意度|投入|过程)(指标)?$")


def is_level1_name(raw: str | None) -> bool:
    """Whether a level cell names a 一级 (产出指标, 效益指标（30分）, 满意度): a column headed
    only 指标类型 holds either level, and its names tell which."""
    label, _ = split_weight(raw)
    return bool(label and _LEVEL1_NAME.match(compact(label)))


def level1(raw: str | None) -> str:
    """一级指标 text -> output / effect / satisfaction / input / process / other."""
    return _classify(raw, LEVEL1_RULES)


def level2(raw: str | None) -> str:
    """二级指标 text -> quantity / quality / timeliness / cost / economic / social /
    ecological / sustainability / satisfaction / other."""
    return _classify(raw, LEVEL2_RULES)


# --------------------------------------------------------------------------- names

# Tokens that add no meaning to an indicator's name (keywords only: the key keeps them).
STOP_WORDS = frozenset("的 和 及 与 或 对 等 、 , . : ; ( ) 《 》 “ ” \" ' 指标 情况 年度 本年 全年".split())
# Domain words kept whole by the tokenizer.
_USER_WORDS = (
    "破案率", "满意度", "服务对象", "完成率", "及时率", "合格率", "覆盖率", "执行率",
    "达标率", "完好率", "到位率", "处置率", "管控率", "知晓率", "安全感", "结案率",
)
# Numbering before a name: "指标1：", "指标 2:", "1、", "1.", "(1)", "（一）", "一、", "①".
# A numeral and 、 before another numeral and its class word is a range of classes, no
# numbering ("四、五类危桥", "一、二级医院"; "1、2级" is kept by the digit rule alike).
ENUM_PREFIX = re.compile(
    r"^(?:指标\s*\d+\s*[:：]|[(（]\s*(?:\d+|[一二三四五六七八九十]+)\s*[)）]|\d+[、.](?!\d)"
    r"|[一二三四五六七八九十]+、(?![一二三四五六七八九十]+[类级等星档])|[①-⑳]|指标(?:名称|内容)\s*[:：])\s*"
)


def _tokenizer():
    return tokenizer(_USER_WORDS)  # jieba's dictionary: loaded once per process, on first use


def _is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PZ" and ch != "%"


def name_form(name: str | None) -> str:
    """The printed name with only its form normalised: NFKC, numbering prefix, spaces and
    punctuation removed ("1、信访、投诉处理及时率" -> "信访投诉处理及时率"). A decimal point
    between digits is kept ("PM2.5"). No word is inserted, dropped or replaced."""
    s = nfkc(name or "").strip()
    for _ in range(2):  # "1、指标内容：…": a number, then a label
        s = ENUM_PREFIX.sub("", s)  # before the spaces go: "1. 5个" vs "1.5个"
    out = []
    for i, ch in enumerate(s):
        between_digits = ch == "." and 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()
        if not _is_punctuation(ch) or between_digits:
            out.append(ch)
    return "".join(out)


def _canonical_name(form: str) -> str:
    """Apply the reviewed synonyms: the measure term at the end, then the whole name."""
    for term, canonical in TERM_SYNONYMS:
        if form.endswith(term):
            form = form[: -len(term)] + canonical
            break
    return NAME_SYNONYMS.get(form, form)


def indicator_key(name: str) -> str:
    """A canonical key: the name's form normalised (``name_form``) and mapped through the
    reviewed synonym list (``indicator_vocab``). "命案侦破率" and "命案破案率" share a key,
    and "群众满意度" and "服务对象满意度"; "党员群众满意度" keeps its own."""
    return _canonical_name(name_form(name))


def indicator_keywords(name: str) -> list[str]:
    """Content words of an indicator name, for search: the canonical name tokenised, stop
    words dropped. A name that is a synonym once its stop words are gone ("群众的满意度")
    takes the canonical name's words."""
    s = indicator_key(name)
    if not s:
        return []
    words = _content_words(s)
    canonical = _canonical_name("".join(words))
    if canonical != "".join(words):
        words = _content_words(canonical)
    return words


def _content_words(s: str) -> list[str]:
    out: list[str] = []
    for tok in _tokenizer().lcut(s, HMM=False):
        tok = tok.strip()
        if tok and tok not in STOP_WORDS and not re.fullmatch(r"\W+", tok) and tok not in out:
            out.append(tok)
    return out
