"""Personal data printed on forms (填报人, 联系电话, 项目负责人 …) is never published.

Redaction goes by what a field is, not by one form's layout. A personal field has a
label of one of two families, *person* (填报人, 联系人, 项目负责人姓名, 项目单位负责人,
经办人, 审核人, 姓名 …) and *phone* (联系电话, 手机号码, 办公电话, 固定电话, 联系方式 …),
or both at once (联系人及电话, 负责人/电话). Its value is printed

- in the same cell, after a colon or a space ("填报人：张三", "项目负责人 张伟"; the
  space is often lost when the text is read, so a label followed directly by what reads
  as a name, "项目负责人张伟", counts too),
- in the cell to the right of a cell holding only the label,
- or, when the label has no value cell beside it (labels in one row), in the cell below,
  and further down the same column while the cells read as names or numbers (a list with
  a 项目负责人 column).

``redact_document`` blanks those values and keeps the labels, so a reader sees that a
value was withheld; then it removes the names it found from every text of the document
(a name repeated in free text, "请联系张三"), and phone numbers in every printed form
(+86, area codes with brackets or a dash, extensions 转/分机/-, spaced groups, full-width
digits) and e-mail addresses from every text cell, table title and document field.

An amount is never blanked: a cell that reads as an amount (an 11-digit or 8-digit yuan
figure looks like a phone number) is left alone unless it is the value of a personal
label, or groups its digits as only a mobile number does (138 1234 5678, +86…).
"""
from __future__ import annotations

import re

from cnbudget.schemas.model import Cell, Document, Table
from cnbudget.schemas.text import CJK, compact, has_cjk

from .amounts import parse_amount

# --------------------------------------------------------------------------- labels

# Who a person label names: <role>人 (填报人, 项目负责人 …), with an optional 姓名.
_PERSON = r"(?:(?:填报|填表|联系|负责|经办|审核|审批|复核|制表|统计|分管)人(?:员)?(?:姓名)?|姓名)"
# A phone label: 联系电话, 办公电话, 固定电话, 手机号码, 联系方式, 座机 … (电话费 is not one:
# a label-only cell must end with the label).
_PHONE = (r"(?:(?:联系|办公|固定|单位|移动|值班|联系人|负责人|填报人|经办人)?(?:电话|号码)(?:号码)?"
          r"|手机(?:号码|号)?|联系方式|通讯方式|座机|传真|(?:电子)?邮箱)")
# Both in one label: 联系人及电话, 联系人及联系方式, 负责人/电话, 姓名及电话.
_BOTH = _PERSON + r"(?:及|和|与|/|、)?" + _PHONE
# What a label-only cell may print before the role: 项目负责人, 项目单位负责人 …
_QUALIFIER = r"(?:项目实施单位|项目单位|实施单位|主管部门|预算单位|填报单位|本单位|项目|单位|部门|财务|业务|数据|绩效)?"
_NOTE = r"(?:\([^()]{0,8}\))?"  # 联系方式(座机), 项目负责人(签字)

_LABEL_ONLY = re.compile(rf"^{_QUALIFIER}(?P<label>{_BOTH}|{_PHONE}|{_PERSON}){_NOTE}:?$")
# A label inside a text, with what separates it from its value (colon or white space).
_LABEL_IN_TEXT = re.compile(rf"(?P<label>{_BOTH}|{_PHONE}|{_PERSON}){_NOTE}(?P<sep>\s*:\s*|\s+)?")

PERSON, PHONE_FAMILY, BOTH = "person", "phone", "both"


def _family(label: str) -> str:
    if re.fullmatch(_BOTH, label):
        return BOTH
    return PERSON if re.fullmatch(_PERSON, label) else PHONE_FAMILY


def label_of(text: str) -> tuple[str, str] | None:
    """(label, the rest of the cell) when text is a personal-data label alone, or a label
    with its value after a colon: "填报人：张三" -> ("填报人", "张三"); "电话费" -> None."""
    t = compact(text)
    m = _LABEL_ONLY.match(t)
    if m:
        return m.group("label"), ""
    m = re.match(rf"^{_QUALIFIER}(?P<label>{_BOTH}|{_PHONE}|{_PERSON}){_NOTE}:", t)
    return (m.group("label"), t[m.end():]) if m else None


def is_personal_label(text: str | None) -> bool:
    """Whether a cell holds only a personal-data label (填报人, 联系电话, 联系人及电话 …)."""
    return bool(_LABEL_ONLY.match(compact(text)))


# --------------------------------------------------------------------------- values

# Printed forms are matched on a copy of the text with full-width digits and signs made
# ASCII one character for one, so that a match's span cuts the original.
_HALF = str.maketrans("０１２３４５６７８９（）＋－：　—", "0123456789()+-: -")
_EXT = r"(?:\s?(?:转|分机|ext\.?|x|#|-)\s?\d{1,5}(?!\d))?"
_MOBILE = r"(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d){8}"
_LANDLINE = r"(?:\+?86[-\s]?)?(?:\(0\d{2,3}\)\s?|0\d{2,3}[-\s])\d{3,4}[-\s]?\d{4}" + _EXT
# bounded, and anchored where the address starts: no scan of a long run of digits
_EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"
# A number followed by a unit is an amount or a quantity, not a phone number.
_NOT_A_QUANTITY = (r"(?![\d.%]|\s*(?:万|元|亿|千|个|人|件|次|套|台|户|平方|米|年|月|日|号|页|天|小时|分|公里|吨|辆|所|家|项|批"
                   r"|km|m|kg|t))")
# Phone numbers in free text: any of the forms, a bare 8-digit local number (a span of
# years such as 2016-2020 is not one), an area code run into the number (02162345678).
_LOCAL = r"(?!(?:19|20)\d\d[-\s](?:19|20)\d\d)\d{4}[-\s]?\d{4}"
# (a bare run glued to Latin letters is part of a code, "51142424R000000031207", not a number)
PHONE = re.compile(rf"(?<![\d.,])(?:{_LANDLINE}|{_MOBILE}|(?<![A-Za-z])(?:0\d{{9,11}}|{_LOCAL})(?![A-Za-z]))"
                   + _NOT_A_QUANTITY
                   + rf"|{_EMAIL}", re.IGNORECASE)
# In a cell that is not free text, only the unmistakable forms: an area code with a
# bracket or a dash, a mobile number with +86 or grouped 3-4-4, an e-mail address.
_PHONE_STRICT = re.compile(rf"(?<![\d.,])(?:{_LANDLINE}|\+?86[-\s]?1[3-9]\d(?:[-\s]?\d){{8}}"
                           rf"|1[3-9]\d[-\s]\d{{4}}[-\s]\d{{4}})(?![\d.,])|{_EMAIL}", re.IGNORECASE)
_GROUPED_MOBILE = re.compile(r"(?<![\d.,])(?:\+?86[-\s]?1[3-9]\d(?:[-\s]?\d){8}|1[3-9]\d[-\s]\d{4}[-\s]\d{4})(?![\d.,])")
# What a phone value may print around its digits (no decimal point: 45025.23 is money).
_PHONE_VALUE = re.compile(r"^(?:[\d\s()+\-转分机#x/;、]|ext\.?)*$", re.IGNORECASE)

# Common surnames (single and compound): a name run into other text without a separator
# ("项目负责人张伟", "负责人杨帆同志牵头") is recognised by its surname. Surnames that
# usually open an ordinary word after a role noun (应, 和, 全, 时, 明 …) are left out.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁"
    "任沈姚卢姜崔钟谭陆汪范廖石金贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱覃戴莫孔"
    "汤温康施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞柳祝符舒阮柯梅童凌毕裴霍涂苗谷翁冉骆蓝辛"
    "靳柴蒙鲍喻祁蒲滕饶牟艾尤穆卓缪芦褚娄窦戚岑费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇"
    "桑郎甄丛仲虞敖巩佘池麻苑迟邝")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                      "长孙", "宇文", "司徒", "夏侯", "端木", "独孤", "南宫", "西门", "申屠", "澹台")
# Words that follow a name in running text: they end it.
_AFTER_NAME = ("同志", "先生", "女士", "老师", "主任", "科长", "处长", "局长", "书记", "经理", "负责",
               "牵头", "组织", "联系", "电话", "手机", "等", "为", "是", "和", "及", "同", "的", "在", "对")
# Values of a person field that are not names.
_NOT_NAMES = frozenset({"同上", "见上", "暂无", "不详", "待定", "本人", "另行", "空缺", "签字", "盖章", "签章",
                        "见附件", "未填", "未填写"})
_ORG_END = re.compile(r"(?:委员会|中心|会|局|院|厅|委|办|室|所|站|队|部|处|科|校|馆|社|府|署|组|股)$")
_NAME_CHARS = rf"[{CJK}·•]"


def _surname_len(s: str) -> int:
    if s[:2] in _COMPOUND_SURNAMES:
        return 2
    return 1 if s[:1] in _SURNAMES else 0


def _is_name(token: str, gated: bool = False) -> bool:
    """A person's name: 2 to 4 CJK characters (a 维吾尔 name with ·, longer), not an office
    or a word such as 同上; ``gated``: its surname must be a common one."""
    t = re.sub(r"\s", "", token)
    if not re.fullmatch(rf"{_NAME_CHARS}{{2,12}}", t) or t in _NOT_NAMES or _ORG_END.search(t):
        return False
    if "·" not in t and "•" not in t and len(t) > 4:
        return False
    return _surname_len(t) > 0 if gated else True


def _name_in_run(run: str) -> int:
    """Length of the name that opens a run of CJK text printed with no separator after a
    person label ("杨帆同志牵头…"), or 0 when the run does not open with a common surname."""
    k = _surname_len(run)
    if not k or len(run) < k + 1:
        return 0
    for n in (k + 1, k + 2):  # given names are one or two characters
        if len(run) == n or any(run.startswith(w, n) for w in _AFTER_NAME):
            return n
    return min(len(run), k + 2)  # no telling where it ends: the longer name is withheld


def _value_tokens(text: str) -> list[str]:
    """Name-like tokens of a value cell: "张三、李四" -> ["张三", "李四"]; numbers dropped."""
    t = PHONE.sub(" ", text.translate(_HALF))
    return [w for w in re.split(r"[^" + CJK + r"·•]+", re.sub(r"(?<=[" + CJK + r"])\s+(?=[" + CJK + r"])", "", t))
            if _is_name(w)]


def _reads_as(text: str, family: str, gated: bool) -> bool:
    """Whether a cell reads as the value of a field of this family: names, or a number."""
    t = text.translate(_HALF).strip()
    if not t:
        return False
    if family != PERSON and _PHONE_VALUE.match(t) and len(re.findall(r"\d", t)) >= 7:
        return True
    if family != PHONE_FAMILY:
        parts = [p for p in re.split(r"[、,，/;；\s]+", re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", t)) if p]
        return bool(parts) and all(_is_name(p, gated) for p in parts)
    return False


# --------------------------------------------------------------------------- text


_INNER_SEP = re.compile(r"[\s、/()]*")
_NUMBER_VALUE = re.compile(rf"(?:{_LANDLINE}|{_MOBILE}|{_EMAIL}|\d[\d\s-]{{5,40}}\d){_NOT_A_QUANTITY}", re.IGNORECASE)
_NAME_RUN = re.compile(rf"{_NAME_CHARS}{{1,13}}")  # a name is shorter: 13 tells it runs on


def _inline_spans(text: str) -> tuple[list[tuple[int, int]], set[str]]:
    """Spans of the values printed after a personal label inside text, and the names
    among them that are certain (set off from what follows, or followed by a title)."""
    t = text.translate(_HALF)
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for m in _LABEL_IN_TEXT.finditer(t):
        family, start = _family(m.group("label")), m.end()
        pos = end = start
        set_off = bool(m.group("sep"))  # a colon or a space after the label
        while pos < len(t):
            j = _INNER_SEP.match(t, pos).end() if end > start else pos
            number = _NUMBER_VALUE.match(t, j)
            if number:
                pos = end = number.end()
                continue
            if family == PHONE_FAMILY or (end > start and j == pos):
                break  # a phone field holds no name; a name never runs on to the previous value
            run = _NAME_RUN.match(t, j)
            if not run:
                break
            run = run.group()
            next_label = _LABEL_IN_TEXT.search(run)
            run = run[:next_label.start()] if next_label else run  # "孙磊办公电话：…"
            if not run:
                break
            if (set_off or end > start) and len(run) <= 4:
                n = len(run)  # a short run set off by the label's colon: the value
                if _is_name(run):
                    names.add(run)
            else:
                n = _name_in_run(run)
                if not n:
                    break
                if n == len(run) or any(run.startswith(w, n) for w in _AFTER_NAME):
                    names.add(run[:n])
            pos = end = j + n
        if end > start:
            if t[end:end + 1] == ")" and t[start:end].count("(") > t[start:end].count(")"):
                end += 1  # "郑浩（13911112222）": the number's bracket goes with it
            spans.append((start, end))
    return spans, names


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """text without the (sorted, disjoint) spans."""
    if not spans:
        return text
    out, at = [], 0
    for a, b in sorted(spans):
        out.append(text[at:max(a, at)])
        at = max(at, b)
    out.append(text[at:])
    return "".join(out)


def _remove_names(text: str, names: set[str] | frozenset[str] | tuple[str, ...]) -> str:
    for n in sorted(names, key=len, reverse=True):
        if n and len(n) >= 2:
            text = re.sub(r"\s*".join(map(re.escape, n)), "", text)
    return text


def redact(text: str | None, names: set[str] | tuple[str, ...] = ()) -> str | None:
    """Free text without the values of personal labels, phone numbers in any printed form
    (quantities excepted) and the given names: "联系电话：0711-3752722" -> "联系电话：";
    "由项目负责人杨帆同志牵头" -> "由项目负责人同志牵头"; "64082240元" is kept."""
    if text is None:
        return None
    spans, _ = _inline_spans(text)
    out = _cut(text, spans)
    out = _cut(out, [m.span() for m in PHONE.finditer(out.translate(_HALF))])
    return _remove_names(out, names)


def _redact_cell_text(text: str, names) -> str:
    """One cell: free text (it holds CJK) fully; otherwise an amount is kept, and only the
    unmistakable phone forms are removed."""
    if has_cjk(text):
        out = redact(text, names)
        if out == text:
            return text
        lab = label_of(out)  # "填报人：李四" -> "填报人", as a label-only cell prints it
        return lab[0] if lab and not lab[1] and compact(out).endswith(":") else out.strip()
    p = parse_amount(text)
    # an amount, unless its digits are grouped as only a mobile number's are
    pattern = _GROUPED_MOBILE if p.value is not None or p.blank is not None else _PHONE_STRICT
    spans = [m.span() for m in pattern.finditer(text.translate(_HALF))]
    return _cut(text, spans).strip() if spans else text


# --------------------------------------------------------------------------- tables


def _slots(table: Table) -> dict[tuple[int, int], Cell]:
    """(row, col) -> the cell printed over that slot (merged cells cover several)."""
    occ: dict[tuple[int, int], Cell] = {}
    for c in table.cells:
        for r in range(c.row, c.row + max(1, c.row_span)):
            for k in range(c.col, c.col + max(1, c.col_span)):
                occ.setdefault((r, k), c)
    return occ


def field_values(table: Table) -> list[Cell]:
    """The cells holding the value of a label-only cell: to its right, else (a label
    beside another label, or heading a column) below it, and further down its column
    while the cells read as names or numbers."""
    occ = _slots(table)
    values: list[Cell] = []
    seen: set[int] = set()
    for c in table.cells:
        m = _LABEL_ONLY.match(compact(c.text))
        if not m:
            continue
        family = _family(m.group("label"))
        right = occ.get((c.row, c.col + max(1, c.col_span)))
        r, first = c.row + max(1, c.row_span), True
        below = occ.get((r, c.col))
        # On a form the value is beside its label, unless the label stands beside another
        # label ("联系电话 | 备注" over "0571-… | 无") or heads a column ("项目负责人 | 金额"
        # in a header row over "胡军 | 350000"): then what is below reads as the value,
        # and what is beside it does not, or is a column heading too.
        beside = right is not None and right is not c and not is_personal_label(right.text)
        if beside and below is not None and below is not c and _reads_as(below.text, family, gated=True) \
                and (not _reads_as(right.text, family, gated=True) or c.is_header and right.is_header):
            beside = False
        if beside:
            if id(right) not in seen:
                seen.add(id(right))
                values.append(right)
            continue
        while (below := occ.get((r, c.col))) is not None and below is not c:
            if below.text.strip():
                if is_personal_label(below.text) or not _reads_as(below.text, family, gated=not first):
                    break
                if id(below) not in seen:
                    seen.add(id(below))
                    values.append(below)
                first = False
            r = below.row + max(1, below.row_span)
    return values


def personal_names(doc: Document) -> set[str]:
    """Names printed as the value of a person field anywhere in doc."""
    names: set[str] = set()
    for t in doc.tables:
        for v in field_values(t):
            names.update(_value_tokens(v.text))
        for c in t.cells:
            if c.text:
                names |= _inline_spans(c.text)[1]
    return names


def redact_table(table: Table, names: set[str] = frozenset()) -> int:
    """Blank personal data in table in place; returns how many cells were changed."""
    changed = 0
    values = {id(v) for v in field_values(table)}
    for c in table.cells:
        if not c.text:
            continue
        new = "" if id(c) in values else _redact_cell_text(c.text, names)
        if new != c.text:
            c.text, changed = new, changed + 1
    for attr in ("title", "unit_raw"):
        old = getattr(table, attr)
        if old:
            setattr(table, attr, redact(old, names))
    table.caption = [redact(line, names) for line in table.caption]
    return changed


def redact_document(doc: Document) -> int:
    """Blank personal data in every table and text field of doc, in place; returns the
    number of cells changed."""
    names = personal_names(doc)
    for attr in ("title", "department", "region"):
        old = getattr(doc, attr)
        if old:
            setattr(doc, attr, redact(old, names))
    return sum(redact_table(t, names) for t in doc.tables)
