"""Money on performance forms: units, figures, dates and rates, and the places money prints.

A money label's budget stage (a stage column, a stage row, a stage pair), period and year heads
over sums, money sentences in one cell (资金总额:100万元,其中财政拨款:80万元), lines of a
资金来源 list, year columns, and the 当年预算 row figure. Writes what it reads into a _Form.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from cnbudget.normalizers.amounts import parse_amount, parse_unit
from cnbudget.normalizers.indicators import parse_target
from cnbudget.schemas.model import Cell, Table
from cnbudget.schemas.text import compact
from cnbudget.normalizers.form_vocabulary import (
    _FIGURE, _HEADER_WORD, _MONEY_LABELS, _NAME_LABELS, _PERIOD_WORD, _SUM_LABEL,
    _YEAR_WORD, _key, _money_label, _part_key, _staged_part, budget_stage,
)
from cnbudget.normalizers.form_grid import (
    _Form, _Grid, _cell_below, _figure_under_head, _is_indicator_header,
)


def _unit_of(table: Table, label: str) -> str:
    return parse_unit(label) or table.unit or "yuan"


def _row_unit(g: _Grid, table: Table, r: int, col: int | None = None, head: Cell | None = None) -> str:
    """The unit of a row of the money block: a short label of the row (or the block label
    merged over it, 项目资金（万元）) printing one, else the head of the value's column
    ``col`` (资金来源 | 金额（万元） over the source rows), else the table's. For a value read
    under its ``head`` (heads in row r, amounts in the row below), a short label of the
    amounts' row names their unit too (资金来源 | 资金总额 | 财政拨款 over 金额（万元） | figures).
    On a form printing no unit of its own, a row printing none is in the unit the block's
    money labels above it print (项目总投资（万元） | … over 上年结转 | 140.00)."""
    below = head.row + max(head.row_span, 1) if head is not None else None
    for rr in (r, below) if below is not None and below < g.n_rows else (r,):
        for cell in g.cover[rr]:
            if cell is not None and len(compact(cell.text)) <= 16 and parse_unit(cell.text):
                return parse_unit(cell.text)
    return (_column_unit(g, r, col) if col is not None else None) or table.unit \
        or _block_unit(g, r) or "yuan"


def _block_unit(g: _Grid, r: int) -> str | None:
    """The unit a money label of the block's rows above row r prints (项目总投资（万元）, or a
    stage label, 全年预算数（万元） | v | 全年执行数（万元） | v over 其中：财政拨款 | v pairs),
    or the block's own label (项目资金（万元） leading the first row, blank cells under it),
    the nearest first; None past the block (a row of the indicator grid's header)."""
    for rr in range(r - 1, max(r - 8, -1), -1):
        if _is_indicator_header(g, rr):
            return None
        for cell in g.row_cells(rr):
            if len(compact(cell.text)) <= 16 and parse_unit(cell.text) \
                    and (_money_label(_key(cell.text)) is not None or _MONEY_BLOCK.match(_key(cell.text))
                         or budget_stage(cell.text) is not None):
                return parse_unit(cell.text)
    return None


def _column_unit(g: _Grid, r: int, col: int) -> str | None:
    """The unit the head of a column of figures prints (金额（万元） above 合计 / 财政拨款 /
    上年结转 amounts): the first cell above row r in the column that is no figure, where
    it is a short head naming a unit."""
    for rr in range(r - 1, max(r - 16, -1), -1):
        above = g.cover[rr][col]
        text = above.text.strip() if above is not None else ""
        if not text or _figure_or_dash(text):
            continue
        return parse_unit(text) if len(compact(text)) <= 16 else None
    return None


def _money(text: str | None, unit: str) -> Decimal | None:
    if not text:
        return None
    return parse_amount(text, unit).value


def _dates(text: str) -> tuple[str | None, str | None]:
    """Start and end of a printed period: 2025.1.1-2025.12.31, 2025年1月至2025年12月 …"""
    found = re.findall(r"((?:19|20)\d{2})[年.\-/](\d{1,2})(?:[月.\-/](\d{1,2}))?", compact(text))  # compact: a wrapped line splits "20 25"
    out = []
    for y, m, d in found[:2]:
        out.append(f"{y}-{int(m):02d}" + (f"-{int(d):02d}" if d else ""))
    if not out:
        years = re.findall(r"(?:19|20)\d{2}", text)
        out = years[:2]
    return (out[0] if out else None, out[1] if len(out) > 1 else None)


def _float(text: str | None) -> float | None:
    s = compact(text).rstrip("分")
    try:
        return float(s.replace(",", "")) if s else None
    except ValueError:
        return None


def _rate(text: str | None) -> float | None:
    s = compact(text)
    if not s:
        return None
    try:
        if s.endswith("%"):
            return float(Decimal(s[:-1].replace(",", "")) / 100)
        v = Decimal(s)
        return float(v / 100) if v > 1 else float(v)
    except (InvalidOperation, ValueError):
        return None


def _actual_value(text: str | None) -> float | None:
    if not text:
        return None
    t = parse_target(text)
    return t.value if t.parsed and t.comparator not in ("qualitative", "range") else None


def _row_stage(cells: list[Cell]) -> str | None:
    """The budget stage (see budget_stage) of the nearest stage label among ``cells`` (a
    row's cells left of a part: 年初预算数 | 150 | 其中：财政拨款 | 150, then the 全年预算数
    and 全年执行数 rows alike, the parts printed in it being that stage's); None where the
    row prints no stage label before the part."""
    return next((stage for cell in reversed(cells) if (stage := budget_stage(cell.text))), None)


def _stage_pair(cells: list[Cell], k: int, stage: str) -> tuple[Cell, Cell] | None:
    """The stage label | figure pair naming ``stage`` right of the part's label cells[k]
    in its row (其中：当年财政拨款 | 年初预算数（万元） | 3,200.00 | 全年预算数（万元） | 3,380.00 |
    …): the row's label says the part, the pair's label its stage. None where another
    money label comes first (the pairs are another part's) or none names the stage."""
    for j in range(k + 1, len(cells) - 1):
        if budget_stage(cells[j].text) == stage and _FIGURE.match(compact(cells[j + 1].text)):
            return cells[j], cells[j + 1]
        if _money_label(_part_key(cells[j].text)):
            return None
    return None


def _stage_column_figure(g: _Grid, r: int, cells: list[Cell], k: int) -> str | None:
    """The part's figure in the column of the 全年预算数 pair of a row of stage pairs above
    it (年初预算数 | 1,180.00 | 全年预算数 | 1,246.80 | 全年执行数 | … over 其中：财政拨款 |
    1,180.00 | — | 1,246.80, or the label printed again before the 全年 figure): a figure's
    stage is its column's (the pair's above it), its part its row label's (the nearest
    non-figure cell left of it). None where the part's first figure stands under no other
    stage's pair figure, or the cell in the 全年 column is another label's ("—" where the
    part prints no amount there)."""
    part = _money_label(_part_key(cells[k].text))
    if k + 1 >= len(cells) or not _figure_or_dash(cells[k + 1].text) or not cells[k + 1].text.strip():
        return None
    for rr in range(r - 1, max(r - 4, -1), -1):
        row = g.row_cells(rr)
        pairs = {c.col: (budget_stage(c.text), n) for c, n in zip(row, row[1:])
                 if budget_stage(c.text) and _FIGURE.match(compact(n.text))}
        if not pairs:
            continue
        year = next((n for stage, n in pairs.values() if stage == "year"), None)
        if year is None or not any(stage != "year" and n.col == cells[k + 1].col for stage, n in pairs.values()):
            return None
        cell = g.start[r][year.col]
        left = next((c for c in reversed(cells) if c.col < year.col and not _figure_or_dash(c.text)), None)
        if cell is None or not _figure_or_dash(cell.text) or left is None \
                or _money_label(_part_key(left.text)) != part:
            return None
        return cell.text.strip() or None
    return None


def _printed_per_stage(g: _Grid, part: Cell) -> bool:
    """Whether the part's label prints again in a row near it (年初预算数 | … | 其中：财政拨款 |
    …, then the 全年预算数 and 全年执行数 rows alike): each stage row's part is that stage's.
    A part printed once after a stage's pair (全年执行数 | … | 其中：财政拨款 | …, pairs two a
    row) is the budget's, as a form's money part is."""
    x = _key(part.text)
    return any(c is not part and _key(c.text) == x
               for rr in range(max(part.row - 4, 0), min(part.row + 5, g.n_rows)) for c in g.row_cells(rr))


def _sum_on_left(cells: list[Cell]) -> bool | None:
    """Whether the nearest money sum among ``cells`` (a row's cells left of a part) is the
    multi-year one; None where the row prints no sum before the part."""
    for cell in reversed(cells):
        x = _key(cell.text)
        for rx, attr in _MONEY_LABELS[:2]:
            if rx.match(x):
                return attr == "total"
    return None


_PERIOD_HEAD = re.compile(rf"^{_PERIOD_WORD}$")
_YEAR_HEAD = re.compile(rf"^{_YEAR_WORD}$")


def _read_period_heads(g: _Grid, table: Table, r: int, cell: Cell, form: _Form) -> None:
    """A sum label heading sub-heads that name its periods (资金总额 over 中期 | 年度): the
    figure under each is the multi-year sum (total) or the year's (amount)."""
    below = r + max(cell.row_span, 1)
    if below + 1 >= g.n_rows:
        return
    for c in range(cell.col, cell.col + max(cell.col_span, 1)):
        head = g.start[below][c]
        if head is None:
            continue
        x = _key(head.text)
        attr = "total" if _PERIOD_HEAD.match(x) else "amount" if _YEAR_HEAD.match(x) else None
        figure = _cell_below(g, head)
        if attr is None or getattr(form, attr) is not None or not figure or not _FIGURE.match(compact(figure)):
            continue
        money = _money(figure, parse_unit(head.text) or parse_unit(cell.text) or _row_unit(g, table, r))
        if money is not None:
            setattr(form, attr, money)
            form.money_heads[head.col] = attr


def _year_head_cell(g: _Grid, r: int, label: Cell, form: _Form) -> Cell | None:
    """The cell of row r under the year's sum heading a column right of ``label`` (rows of
    资金来源 against 实施期 | 年度 columns), where the form heads its money that way."""
    for col, attr in sorted(form.money_heads.items()):
        if attr != "amount" or col <= label.col:
            continue
        cell = g.cover[r][col]
        if cell is not None and cell is not label and cell.row == r and \
                (_FIGURE.match(compact(cell.text)) or compact(cell.text) in ("—", "-", "")):
            return cell
    return None


# A money block's own label (项目资金, 资金来源, 资金（万元）) leading its row of column heads.
_BLOCK_WORDS = r"(项目)?资金(来源|构成|情况)?"
_MONEY_BLOCK = re.compile(rf"^{_BLOCK_WORDS}$")


def _read_bare_period_heads(g: _Grid, table: Table, r: int, cells: list[Cell], form: _Form) -> bool:
    """A money block's label heading bare period words beside it (项目资金 | 中期 | 年度 over
    rows 资金总额 / 其中：财政资金 / 其他资金): each column is that period's money, as under
    中期资金 | 年度资金 heads: its sum (the first figure below it) the total or the year's,
    and the parts of the rows below read in the 年度 column (_year_head_cell), never the
    中期 one. Whether row r heads its money that way."""
    keys = [_key(c.text) for c in cells]
    if len(cells) < 3 or not _MONEY_BLOCK.match(keys[0]):
        return False
    heads = [(c, "total" if _PERIOD_HEAD.match(x) else "amount") for c, x in zip(cells[1:], keys[1:])
             if _PERIOD_HEAD.match(x) or _YEAR_HEAD.match(x)]
    if len(heads) != len(cells) - 1 or {attr for _, attr in heads} != {"total", "amount"}:
        return False
    for head, attr in heads:
        form.money_heads[head.col] = attr
        figure = _figure_under_head(g, head)
        money = _money(figure, parse_unit(head.text) or parse_unit(cells[0].text)
                       or _row_unit(g, table, r, head.col)) if figure else None
        if money is not None and getattr(form, attr) is None:
            setattr(form, attr, money)
    return True


# (the label may open with the year it names: 2025年度资金总额：…)
_MONEY_PAIR = re.compile(r"^(?P<label>((19|20)\d{2}年度?)?[^\d]{2,16}?):?(?P<num>[\d,]+(?:\.\d+)?)(?P<unit>万元|元)?$")


# The money block's own label (项目资金) printed with a figure in a sentence: the project's sum.
_BLOCK_SUM = re.compile(r"^项目资金$")
# Lines of one cell (年度资金总额：x万元 / 其中：财政拨款：y万元 / 其他资金：z万元) run
# together once read: where the whole text is such label-figure lines and nothing else (a
# goal sentence naming an amount is not), each line is a pair; a line may print no amount
# (上年结转：— / 其他资金：). A unit in a line's label (年度资金总额（万元）：x) goes after its
# figure, as printed on the other lines.
_MONEY_LINE = re.compile(r"((19|20)\d{2}年度?)?[^\d;()。、,\-—–]{2,16}?(?::?[\d,]+(?:\.\d+)?(?:万元|元)?|:?[\-—–]+|:$)")
_MONEY_LINES = re.compile(rf"(?:{_MONEY_LINE.pattern}){{2,}}")
_LABEL_UNIT = re.compile(r"\((万元|元)\):?([\d,]+(?:\.\d+)?)")


# The block's own label opening a money sentence, a label (not a figure) after its colon
# (项目资金：总额36.00万元，其中：…; 资金情况（万元）：资金总额52.00，…): it names what
# follows, and a unit printed with it is the figures'.
_SENTENCE_HEAD = re.compile(rf"^{_BLOCK_WORDS}(\((万元|元)\))?:(?=[^\d,.])")


def _money_sentence(text: str, unit: str) -> dict[str, Decimal]:
    """Money written as label：value text ("项目资金总额：1,200.00万元，年度资金总额：480.00万元
    （其中财政拨款480.00万元）"): attribute -> amount, only where the text opens with such a
    pair (a goal paragraph mentioning an amount is no money block). A part (财政拨款, 上年结转)
    after the multi-year sum is that sum's: the year's, printed after the year's sum, is
    preferred. 项目资金：… is the year's sum, or the total beside a year's sum of its own."""
    pairs = []
    text = compact(text)
    if head := _SENTENCE_HEAD.match(text):  # (项目资金：总额36.00万元，其中：…)
        text, unit = text[head.end():], parse_unit(head.group()) or unit
    text = _LABEL_UNIT.sub(r":\2\1", text)
    if _MONEY_LINES.fullmatch(text):
        text = ";".join(m.group() for m in _MONEY_LINE.finditer(text))
    for seg in re.split(r"[;()。、]|(?<!\d),|,(?!\d)", text):
        m = _MONEY_PAIR.match(seg)
        # (项目资金：… is a bare sum, the year's or the total as the rest of the text says)
        attr = "block" if m and _BLOCK_SUM.match(_key(m.group("label"))) \
            else next((a for rx, a in _MONEY_LABELS if m and rx.match(_key(m.group("label")))), None)
        if m and attr is None:  # a self-evaluation's 全年预算数… / 全年执行数… sentence
            label = _key(m.group("label"))
            stage, staged = budget_stage(label), _staged_part(label)
            attr = "amount" if stage == "year" else "executed" if stage == "executed" \
                else staged[0] if staged and staged[1] == "year" \
                else "other stage" if stage or staged else None  # (年初预算数：…, a money pair not read)
        if attr is None:
            if not pairs and seg:
                return {}  # the text does not open with a money pair
            continue
        pairs.append((attr, m.group("num"), m.group("unit")))
    block = "total" if any(attr == "amount" for attr, _, _ in pairs) else "amount"
    pairs = [(block if attr == "block" else attr, num, u) for attr, num, u in pairs]
    scope, found = None, {}
    for attr, num, u in pairs:
        if attr in ("total", "amount"):
            scope = attr
        money = _money(num + (u or ""), unit)  # (万元 after the number wins)
        if money is not None and attr != "other stage" and (attr not in found or scope != "total"):
            found[attr] = money
    return found


def _read_money_text(g: _Grid, table: Table, r: int, cell: Cell, form: _Form) -> None:
    """Money written as label：value text in one cell (see _money_sentence)."""
    for attr, money in _money_sentence(cell.text, _row_unit(g, table, r)).items():
        if getattr(form, attr) is None:
            setattr(form, attr, money)


def _is_source_row(cells: list[Cell]) -> bool:
    """A money block heading its sources in a row (资金来源 | 一般公共预算 | … | 合计,
    资金（元） | 合计 | 一般公共预算 | 中央补助资金, or 合计 | 财政拨款 | 上年结转): its 合计 is
    the year's sum."""
    keys = [_key(c.text) for c in cells]
    return any(_MONEY_BLOCK.match(x) for x in keys) or \
        any(rx.match(x) for x in keys for rx, _ in _MONEY_LABELS[2:])


def _closes_source_column(g: _Grid, cell: Cell) -> bool:
    """A 合计 closing sources listed down its column (资金来源 | 金额 heads, then 中央 / 省级 /
    市级 … rows, then 合计): a 资金来源 head above it in the column, before any grid or
    name label."""
    for rr in range(cell.row - 1, max(cell.row - 12, -1), -1):
        above = g.cover[rr][cell.col]
        x = _key(above.text) if above is not None else ""
        # (资金来源名称 | 金额 heads too; a bare 来源 / 收入来源 head beside 金额, under the block's
        # 资金来源 label merged down, with the 合计 atop its sources as well as under them)
        if re.match(r"^((资金|收入)?来源|资金构成)(名称|渠道|类别)?$", x):
            return True
        if not x or x in _NAME_LABELS or _HEADER_WORD.match(x) or _SUM_LABEL.match(x):
            return False
    return False


def _opens_source_column(g: _Grid, cell: Cell) -> bool:
    """A 合计 atop sources stacked down its column (项目金额（万元） merged down over 合计 /
    财政资金 / 上年结余, each with its figure): the label right under it names a source part."""
    x = _part_key(_cell_below(g, cell))
    return any(rx.match(x) for rx, _ in _MONEY_LABELS[2:])


# A column head naming one year of a multi-year money block (资金总额 | 2025年 | 2026年 | 2027年).
_YEAR_COLUMN = re.compile(r"^((?:19|20)\d{2})年度?$")


def _read_year_columns(g: _Grid, table: Table, r: int, cells: list[Cell], k: int, form: _Form,
                       fiscal_year: int | None) -> bool:
    """A sum heading a column beside two or more per-year columns (资金总额 | 2025年 | 2026年 |
    2027年, 资金来源 rows below): the sum adds the years, so it is the multi-year total; the
    column of the document's year holds the year's sum, and the rows of 财政拨款 / 上年结转
    are read in it. Whether row r heads its money that way (the sum cell ``cells[k]``)."""
    years = [(c, int(m.group(1))) for c in cells[k + 1:] if (m := _YEAR_COLUMN.match(_key(c.text)))]
    if len(years) < 2:
        return False
    unit = parse_unit(cells[k].text) or _row_unit(g, table, r)
    for head, attr in [(cells[k], "total"), *((c, "amount") for c, year in years if year == fiscal_year)]:
        form.money_heads[head.col] = attr
        figure = _cell_below(g, head)
        money = _money(figure, parse_unit(head.text) or unit) if figure and _FIGURE.match(compact(figure)) else None
        if money is not None and getattr(form, attr) is None:
            setattr(form, attr, money)
    return True


# The row of this year's own money in a block whose rows split the year's sum (合计 /
# 其中：当年预算 / 上年结转): the fiscal part read there leaves the carried money apart, as
# a self-evaluation's 其中：当年财政拨款 row does.
_CURRENT_ROW = re.compile(r"^(其中:?)?(当年|本年度?|当年度)(预算|安排)(数|资金)?$")


def _figure_or_dash(text: str) -> bool:
    """A cell of a money block holding a figure or printing no amount ("—", "-", blank)."""
    return bool(_FIGURE.match(compact(text))) or parse_amount(text, "yuan").blank is not None


def _budget_row_figure(g: _Grid, head: Cell, current_row: bool = False) -> str | None:
    """The figure under a money head in the row labelled 全年预算数 (or 调整后预算数) of a
    turned block: money heads across (年度资金总额 | 其中：财政拨款 | 其他资金), the periods
    down (年初预算数 / 全年预算数 / 全年执行数), so the first figure below the head is the
    年初 one; with ``current_row`` (the fiscal part's head) also the row of this year's own
    money (其中：当年预算). A "—" above that row does not end the column. None where no
    such row is printed right under the head (or it prints no amount there)."""
    for r in range(head.row + max(head.row_span, 1), min(g.n_rows, head.row + 8)):
        under = g.cover[r][head.col]
        if under is None or under.row != r or not _figure_or_dash(under.text):
            return None
        label = _row_label(g, r, head.col)
        key = _key(label.text) if label is not None else ""
        if budget_stage(key) == "year" or (current_row and _CURRENT_ROW.match(key)):
            return under.text.strip() if _FIGURE.match(compact(under.text)) else None
    return None


def _heads_stage_rows(g: _Grid, head: Cell) -> bool:
    """Whether the row right under a money head is led by a budget stage label (年初预算数 |
    3,600.00 | 1,200.00 …): a turned block, whose first figure under the head is no year's."""
    r = head.row + max(head.row_span, 1)
    label = _row_label(g, r, head.col) if r < g.n_rows else None
    return label is not None and budget_stage(label.text) is not None


def _row_label(g: _Grid, r: int, col: int) -> Cell | None:
    """The label of row r for a figure in column ``col``: the nearest cell left of it printing
    text that is no figure (the figures of the heads before it are skipped)."""
    return next((c for c in reversed(g.row_cells(r)) if c.col < col and c.text.strip()
                 and not _figure_or_dash(c.text)), None)
