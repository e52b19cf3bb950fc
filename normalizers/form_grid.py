"""A performance table as a grid of cells, its indicator-header rows and column map, and the
state one pass over a form collects (_Form, _Read).

Header rows and column heads (split target heads: 指标性质 | 指标值 | 计量单位 under one 指标值),
the cut and repeated cells of page breaks, and the label | value cell lookups the readers share.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from cnbudget.normalizers.indicators import is_level1_name
from cnbudget.schemas.model import Cell, Table
from cnbudget.schemas.text import compact, is_column_number_row
from cnbudget.normalizers.form_vocabulary import (
    _FIGURE, _FIGURE_AMOUNT, _HEADER_WORD, _LIST_GOAL, _LIST_NAME, _LIST_OWNER, _NAME_HEADER, _ROW_NUMBER_HEADS,
    _SPLIT_COMPARATOR, _SPLIT_SUBHEAD, _SPLIT_UNIT, _SUM_LABEL, _TARGET_HEADER, _is_label, _key, _label,
    _list_money,
)


# --------------------------------------------------------------------------- grid access


class _Grid:
    """Cells by slot: ``start[r][c]`` is the cell printed from (r, c) (None where a merged
    cell covers the slot or nothing is printed); ``cover[r][c]`` the cell covering it."""

    def __init__(self, table: Table):
        self.n_rows, self.n_cols = table.n_rows, table.n_cols
        self.start: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        self.cover: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in table.cells:
            if 0 <= c.row < self.n_rows and 0 <= c.col < self.n_cols:
                self.start[c.row][c.col] = c
            for r in range(c.row, min(c.row + max(c.row_span, 1), self.n_rows)):
                for k in range(c.col, min(c.col + max(c.col_span, 1), self.n_cols)):
                    self.cover[r][k] = c

    def text(self, r: int, c: int | None) -> str | None:
        """Text of the cell starting at (r, c); None where covered or absent."""
        if c is None:
            return None
        cell = self.start[r][c]
        return cell.text.strip() if cell is not None else None

    def row_cells(self, r: int) -> list[Cell]:
        return [c for c in self.start[r] if c is not None]


@dataclass
class _ColMap:
    l1: int | None = None
    l2: int | None = None
    name: int | None = None
    target: int | None = None
    priors: list[tuple[int, str]] = field(default_factory=list)
    actual: int | None = None
    score: int | None = None
    basis: list[int] = field(default_factory=list)
    target_in_name: bool = False
    # a target split over columns: comparator (指标性质/方向), unit (计量/度量单位), 指标值内容
    comparator: int | None = None
    unit: int | None = None
    content: int | None = None
    weight: int | None = None  # 分值 / 权重
    deviation: int | None = None  # 偏差原因及改进措施


def _header_rows(g: _Grid, r0: int) -> int:
    """How many rows from r0 form the indicator header: rows of header words, and the row
    numbering the columns under them (1 | 2 | 3 …) that closes the header."""
    n = 1
    while r0 + n < g.n_rows:
        cells = [c for c in g.row_cells(r0 + n) if c.text.strip()]
        if cells and is_column_number_row([c.text for c in cells]):
            return n + 1
        # (a row of split-target sub-heads counts: 符号 | 数值 | 单位 under 指标值)
        if not cells or not all(_HEADER_WORD.match(_label(c.text)) or _SPLIT_SUBHEAD.match(_label(c.text))
                                for c in cells) \
                or (len(cells) == 1 and not _HEADER_WORD.match(_label(cells[0].text))):
            break
        n += 1
    return n


# An indicator's kind (定量 / 定性), as some templates print under 指标性质 beside the value.
_KIND_WORD = re.compile(r"^定[量性](指标)?$")


def _kind_words_only(g: _Grid, first: int, col: int) -> bool:
    """Whether a column headed like a comparator (指标性质) holds the indicators' kind —
    定量 / 定性 words only, 定量 among them — rather than ≥ / ≤ / 定性 comparators."""
    texts = [compact(c.text) for r in range(first, min(g.n_rows, first + 60))
             if (c := g.start[r][col]) is not None and c.text.strip()]
    return bool(texts) and all(_KIND_WORD.match(t) for t in texts) and any(t.startswith("定量") for t in texts)


def _colmap(g: _Grid, r0: int, nh: int) -> _ColMap:
    htext = []
    last = []
    # (the row numbering the columns, 1 | 2 | 3 …, closing the header heads nothing: a
    # sub-head above it, 单位 under 指标值, is its column's last head)
    numbered = nh > 1 and is_column_number_row([c.text for c in g.row_cells(r0 + nh - 1) if c.text.strip()])
    for c in range(g.n_cols):
        parts, prev = [], None
        for r in range(r0, r0 + nh - numbered):
            cell = g.cover[r][c]
            if cell is not None and cell is not prev:
                parts.append(_label(cell.text))
            prev = cell
        htext.append(" ".join(p for p in parts if p))
        last.append(parts[-1] if parts else "")
    m = _ColMap()

    def find(pattern: str, exclude: set[int] = set()) -> int | None:
        rx = re.compile(pattern)
        for c, t in enumerate(htext):
            if c not in exclude and rx.search(t):
                return c
        return None

    m.l1 = find(r"一级指标")
    m.l2 = find(r"二级指标")
    m.name = find(r"三级指标|指标内容|指标名称|具体指标")
    kind = find(r"^指标(类型|类别|分类)$", {x for x in (m.l1, m.l2, m.name) if x is not None})
    if kind is not None and (m.l1 is None or m.l2 is None):
        # a level column headed only 指标类型: 一级 if a 一级 name is printed in it
        names = [g.start[r][kind].text for r in range(r0 + nh, min(g.n_rows, r0 + nh + 60))
                 if g.start[r][kind] is not None]
        if m.l1 is None and (m.l2 is not None or any(is_level1_name(x) for x in names)):
            m.l1 = kind
        elif m.l2 is None:
            m.l2 = kind
    if m.name is None:  # names headed 绩效指标 (指标类别 | 绩效指标 | 指标值, or names alone)
        m.name = find(r"^(年度)?绩效指标$", {x for x in (m.l1, m.l2) if x is not None})
    used = {x for x in (m.l1, m.l2, m.name) if x is not None}
    m.actual = find(r"全年完成值|实际完成值|完成值|实际值", used)
    # (执行率得分, the budget execution's score beside a list's money, scores no indicator)
    m.score = find(r"得分|自评分", used | {c for c, t in enumerate(htext) if "执行率" in t})
    used |= {x for x in (m.actual, m.score) if x is not None}
    # 分值/权重 is the indicator's weight; a form printing 分值 without 得分 scores nothing.
    m.weight = find(r"分值|权重", used)
    m.deviation = find(r"偏差原因|未完成原因", used)
    # (sub-heads are matched as the last head of their column: 符号 under 指标值 reads "指标值 符号")
    m.comparator = find(rf"指标性质|指标方向|比较符|比较关系|比较方式|(^|\s)({_SPLIT_COMPARATOR})$", used)
    if m.comparator is not None and _kind_words_only(g, r0 + nh, m.comparator):
        used.add(m.comparator)  # (指标性质 | 定量 / 定性: the indicator's kind, no comparator)
        m.comparator = None
    m.unit = find(r"计量单位|度量单位|(^|\s)单位$", used)
    m.content = find(r"指标值内容", used)
    used |= {x for x in (m.weight, m.deviation, m.comparator, m.unit, m.content) if x is not None}
    used |= {c for c, t in enumerate(htext) if re.search(r"指标值类型|指标解释|指标值说明|指标说明", t)}
    basis_rx = re.compile(r"确定依据|绩效标准|备注|评\(?[扣计]?\)?分标准")
    m.basis = [c for c, t in enumerate(htext) if c not in used and basis_rx.search(t)]
    used |= set(m.basis)
    prior_rx = re.compile(r"近两年|前年|上年")
    # (a split target's value column may be headed only 数值 / 值, with no 指标值 over it)
    split = m.comparator is not None or m.unit is not None
    for pat in (r"预期当年实现值", r"年度目标值", r"年度指标值", r"目标值", r"指标值",
                *((r"(^|\s)(数值|值)$",) if split else ())):
        c = next((c for c, t in enumerate(htext)
                  if c not in used and re.search(pat, t) and not prior_rx.search(t)
                  and not re.fullmatch(r"\d{4}年", last[c])), None)
        if c is not None:
            m.target = c
            break
    used.add(m.target)
    for c, t in enumerate(htext):
        if c not in used and (prior_rx.search(t) or re.search(r"\d{4}年", last[c])):
            m.priors.append((c, re.sub(r"^(\d{4})年$", r"\1", last[c])))
    if m.target is None and m.content is not None:
        m.target, m.content = m.content, None
    if m.target is None and m.name is not None and "指标值" in htext[m.name]:
        m.target_in_name = True
    return m


def _is_indicator_header(g: _Grid, r: int) -> bool:
    """The grid's header row: 一级+二级指标, or (forms printing only 三级 names) a name
    column beside a target column; a name column headed only 绩效指标 counts where every
    cell of the row is a header word (绩效指标 | 年度指标值 | 实际完成值 | 得分 …), since
    绩效指标 is also the label merged down beside a whole grid."""
    labels = {_label(c.text) for c in g.row_cells(r)}
    if "一级指标" in labels and "二级指标" in labels:
        return True
    # (a target split over columns may be headed by its sub-heads alone, no 指标值 over them:
    # 二级指标 | 三级指标 | 符号 | 数值 | 单位; its 数值 beside a comparator or unit head is the target)
    split = "数值" in labels and any(re.fullmatch(rf"{_SPLIT_COMPARATOR}|{_SPLIT_UNIT}", x) for x in labels)
    if not split and not any(_TARGET_HEADER.match(x) for x in labels):
        return False
    if any(_NAME_HEADER.match(x) for x in labels):
        return True
    # (a project list's header names its indicator columns beside the project's own: 序号 |
    # 项目名称 | 项目金额 | 其中：财政拨款 | 项目绩效目标 | 绩效指标 | 指标值, no level columns)
    keys = [_key(x) for x in labels if x]
    listed = any(_LIST_NAME.match(x) for x in keys)
    return bool(labels & {"绩效指标", "年度绩效指标"}) and all(
        _HEADER_WORD.match(x) or x in _ROW_NUMBER_HEADS
        or (listed and (_LIST_NAME.match(_key(x)) or _LIST_GOAL.match(_key(x)) or _LIST_OWNER.match(_key(x))
                        or _list_money(_key(x), keys) is not None))
        for x in labels if x)


# --------------------------------------------------------------------------- forms


@dataclass
class _Form:
    """What a pass over one table collects, one form (project) at a time."""

    project_name: str | None = None
    project_code: str | None = None
    unit_name: str | None = None  # the implementing unit a list prints per row (单位名称)
    amount: Decimal | None = None  # year budget, yuan
    total: Decimal | None = None
    fiscal: Decimal | None = None
    carried: Decimal | None = None
    executed: Decimal | None = None
    rate: float | None = None
    score: float | None = None
    grade: str | None = None
    grade_letter: str | None = None  # a grade printed as a letter (A / B), read through the form's key
    nature: str | None = None
    category: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    goal: str | None = None
    dept_wide: bool = False  # a 部门整体 form: its rows carry no project name
    indicators: list[dict] = field(default_factory=list)
    # column -> "total" / "amount": which sum a money column's 其中 rows break down, where
    # 实施期 and 年度 money print side by side; and the parts read under a 实施期 sum
    # (replaced by the same part printed under the 年度 sum, when the form prints one)
    money_scope: dict[int, str] = field(default_factory=dict)
    period_parts: set[str] = field(default_factory=set)
    # column -> "total" / "amount" where a sum heads a column (实施期资金总额 | 年度资金总额 over
    # rows of 资金来源): a part labelled left of them is read in the 年度 column
    money_heads: dict[int, str] = field(default_factory=dict)
    total_label: str | None = None  # the label the multi-year sum was read under
    # (row, column) -> amount of each …财政拨款收入 line of a sources list, down a column or
    # across a row of heads (their sum is the fiscal money)
    fiscal_incomes: dict[tuple[int, int], Decimal] = field(default_factory=dict)
    period_text: str | None = None  # the printed 项目期限 / 起止时间


@dataclass
class _Read:
    forms: list[_Form]
    names: set[str]  # personal names met in contact rows


def _label_value(g: _Grid, r: int, cells: list[Cell], k: int) -> str | None:
    """The value of the label cells[k]: the next cell of the row unless it is a label
    itself, else the cell below."""
    if k + 1 < len(cells):
        nxt = cells[k + 1].text.strip()
        if nxt and not _is_label(nxt):
            return nxt
    c = cells[k]
    below = _row_under(g, c)
    if below < g.n_rows:
        cell = g.start[below][c.col]
        if cell is not None and cell.text.strip() and not _is_label(cell.text):
            return cell.text.strip()
    return None


def _row_under(g: _Grid, head: Cell) -> int:
    """The row printing what ``head`` heads: the one right under it, or, where that row
    numbers the columns (1 | 2 | 3 | 4 | 5, 栏次 | 1 | 2 under the money heads), the next."""
    below = head.row + max(head.row_span, 1)
    if below + 1 < g.n_rows and is_column_number_row([c.text for c in g.row_cells(below) if c.text.strip()]):
        return below + 1
    return below


def _value_col(cells: list[Cell], k: int, value: str | None) -> int | None:
    """The column of the value read beside the label cells[k] (the next cell printing it);
    None where it was read below the label (whose own text heads it)."""
    if value is not None and k + 1 < len(cells) and cells[k + 1].text.strip() == value:
        return cells[k + 1].col
    return None


def _ends_page(g: _Grid, cell: Cell) -> bool:
    """Whether the row after ``cell`` is printed on a later page (the cell ends its page)."""
    nxt = cell.row + max(cell.row_span, 1)
    pages = [c.page for c in g.row_cells(nxt)] if nxt < g.n_rows else []
    return bool(pages) and min(pages) > cell.page


def _cut_cell_text(g: _Grid, r: int, col: int | None, name_col: int) -> str | None:
    """The text of a merged level cell cut by a page break that printed it in its lower
    part: the cell starting at (r, col) is ruled on top, blank and ends its page, and the
    next page's grid (below a repeated header) starts with an indicator row whose cell in
    that column prints a level. The rows above the break are that level's, not the one
    above them. (The other way round, a blank cell topping the next page, the carried
    level is right.) A grid printing a repeated level once and leaving the cells below it
    blank (one ruled cell a row, not merged) cuts no cell: its blank is the level above."""
    cell = g.start[r][col] if col is not None else None
    if cell is None or cell.text.strip() or not _ends_page(g, cell) or _blank_repeats(g, col, name_col, r):
        return None
    nxt = cell.row + max(cell.row_span, 1)
    if _is_indicator_header(g, nxt):  # (heads merged down over a row of money sub-heads count)
        nxt += max(_header_rows(g, nxt), *(max(c.row_span, 1) for c in g.row_cells(nxt)))
    top = g.start[nxt][col] if nxt < g.n_rows else None
    if top is None or top.page <= cell.page or not top.text.strip() or _is_label(top.text) \
            or not g.text(nxt, name_col):
        return None
    return top.text.strip()


def _blank_repeats(g: _Grid, col: int, name_col: int, other_than: int) -> bool:
    """Whether the grid leaves a repeated level blank in ``col``: an indicator row other
    than ``other_than``, within a page and under another indicator row, whose level cell
    is a blank one-row cell of its own."""
    for rr in range(1, g.n_rows):
        cell, above = g.start[rr][col], g.cover[rr - 1][col]
        if rr == other_than or cell is None or cell.text.strip() or cell.row_span > 1 or above is None:
            continue
        if above.page == cell.page and not _ends_page(g, cell) and g.text(rr, name_col) \
                and g.text(rr - 1, name_col) and not _is_label(g.text(rr - 1, name_col)):
            return True
    return False


def _cell_below(g: _Grid, cell: Cell) -> str | None:
    """Text of the cell printed right below ``cell`` (same first column; a row of column
    numbers between them left out)."""
    below = _row_under(g, cell)
    if below < g.n_rows and g.start[below][cell.col] is not None:
        return g.start[below][cell.col].text.strip()
    return None


def _figure_under_head(g: _Grid, cell: Cell) -> str | None:
    """The figure printed under a money head: right below it, or, where the head spans
    sub-heads (财政拨款 over 小计 | 一般公共预算 | 政府性基金), below its 小计 / 合计 one.
    (A figure printed with its unit, 130.00万元, is a figure too: _money reads the unit.)"""
    below = _cell_below(g, cell)
    if below and _FIGURE_AMOUNT.match(compact(below)):
        return below
    row = cell.row + max(cell.row_span, 1)
    for col in range(cell.col, cell.col + max(cell.col_span, 1)) if row < g.n_rows else ():
        sub = g.start[row][col]
        if sub is not None and _SUM_LABEL.match(_key(sub.text)):
            figure = _cell_below(g, sub)
            return figure if figure and _FIGURE.match(compact(figure)) else None
    return None
