"""Personal data printed on forms (填报人, 联系电话, 项目负责人 …) is never published.

Forms print a label cell followed by the person's name or number in the cell to its
right (or both in one cell: "填报人：张三"). ``redact_document`` blanks those values in
every table before anything is published, then removes the names it found, and phone
numbers, from every text cell of the document, so that a name repeated in a free-text
cell ("项目负责人张三同志牵头…") goes too.

A cell holding only a number is never scrubbed outside a contact row: an 11-digit or
8-digit amount in yuan is far likelier there than a phone number.
"""
from __future__ import annotations

import re

from cnbudget.schemas.model import Cell, Document, Table
from cnbudget.schemas.text import compact, has_cjk

PERSONAL_LABELS = (
    "填报人", "填表人", "联系人", "项目联系人", "联系电话", "联系方式", "电话", "手机",
    "项目负责人", "负责人", "单位负责人", "财务负责人", "经办人", "审核人", "制表人",
)
_LABEL = re.compile(r"^(%s)(:?)" % "|".join(sorted(PERSONAL_LABELS, key=len, reverse=True)))

# Phone numbers in free text. A number followed by a unit is an amount or a quantity.
_NOT_A_QUANTITY = r"(?![\d.%]|\s*(?:万|元|亿|千|个|人|件|次|套|台|户|平方|米|年|月|日|号|页|天|小时|分))"
PHONE = re.compile(
    r"(?<![\d.])(?:"
    r"1[3-9]\d{9}"  # mobile
    r"|(?:\(?0\d{2,3}\)?[-－—\s]?)\d{7,8}"  # area code + number
    r"|\d{8}"  # local 8-digit number
    r")" + _NOT_A_QUANTITY
)
# Outside free text only unmistakable forms: a mobile number, or an area code with a dash.
_PHONE_STRICT = re.compile(
    r"(?<![\d.,])(?:1[3-9]\d{9}|\(?0\d{2,3}\)?[-－—]\d{7,8})(?![\d.,])"
)
_NUMERIC = re.compile(r"^[\d\s,，.．%\-－—()（）]*$")


def label_of(text: str) -> tuple[str, str] | None:
    """(label, value printed after it) when text is a personal-data label, alone or
    followed by a colon and its value ("电话费" is not a label)."""
    t = compact(text)
    m = _LABEL.match(t)
    if not m or (t[m.end():] and not m.group(2)):
        return None
    return m.group(1), t[m.end():]


def redact(text: str | None, names: set[str] | tuple[str, ...] = ()) -> str | None:
    """Blank phone numbers (any form, quantities excepted) and the given names in a
    free-text value: "联系电话：0711-3752722" -> "联系电话："; "64082240元" is kept."""
    if text is None:
        return None
    out = PHONE.sub("", text)
    for n in names:
        if n and len(n) >= 2:
            out = out.replace(n, "")
    return out


def _contact_pairs(table: Table) -> list[tuple[Cell | None, Cell]]:
    """(label cell, value cell) of every contact field in the table; the label cell is
    None when label and value share one cell."""
    pairs: list[tuple[Cell | None, Cell]] = []
    for row in table.rows_cells():
        cells = [c for c in row if c.text.strip()]
        for k, c in enumerate(cells):
            lab = label_of(c.text)
            if lab is None:
                continue
            label, rest = lab
            if rest and len(rest) <= 20:
                pairs.append((None, c))
            elif not rest and k + 1 < len(cells) and label_of(cells[k + 1].text) is None:
                pairs.append((c, cells[k + 1]))
    return pairs


def personal_names(doc: Document) -> set[str]:
    """Names printed as the value of a name label (填报人, 负责人 …) anywhere in doc."""
    names: set[str] = set()
    for t in doc.tables:
        for label_cell, value in _contact_pairs(t):
            text = value.text if label_cell is not None else label_of(value.text)[1]
            text = compact(text)
            if text and not re.search(r"\d", text) and len(text) <= 8:
                names.add(text)
    return names


def redact_table(table: Table, names: set[str] = frozenset()) -> int:
    """Blank personal data in table in place; returns how many cells were changed."""
    changed = 0
    contact_values = set()
    for label_cell, value in _contact_pairs(table):
        contact_values.add(id(value))
        new = "" if label_cell is not None else label_of(value.text)[0]
        if value.text != new:
            value.text, changed = new, changed + 1
    for c in table.cells:
        if id(c) in contact_values or not c.text:
            continue
        if has_cjk(c.text):
            new = redact(c.text, names)
        elif _NUMERIC.match(c.text):
            continue  # an amount
        else:
            new = _PHONE_STRICT.sub("", c.text)
        if new != c.text:
            c.text, changed = new.strip(), changed + 1
    return changed


def redact_document(doc: Document) -> int:
    """Blank personal data in every table of doc, in place; returns cells changed."""
    names = personal_names(doc)
    return sum(redact_table(t, names) for t in doc.tables)
