"""The walk over one performance table: label | value fields, indicator rows, money, forms.

_read_table reads a table top to bottom into forms (_Read); _read_fields reads one row's
label | value pairs; label:value pairs printed inside one cell are split first.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from cnbudget.normalizers.amounts import parse_unit
from cnbudget.normalizers.indicators import (
    indicator_key, indicator_keywords, level1, level2, parse_target,
)
from cnbudget.normalizers.privacy import is_personal_label
from cnbudget.schemas.model import Cell, Document, Table
from cnbudget.schemas.text import compact, is_column_number_row, nfkc
from cnbudget.normalizers.form_vocabulary import (
    _CODE_LABELS, _CODE_NAME, _DEPT_LABEL, _DEPT_TITLE, _FIGURE, _FIGURE_AMOUNT, _FISCAL_INCOME,
    _GRADE_LABEL, _GRADE_LETTER, _HEADER_WORD, _ITEM_NUMBER, _MONEY_LABELS, _NAME_LABELS,
    _ONE_CELL, _RESULTS_LABEL, _SUM_LABEL, _TEXT_LABELS, _TOTAL_LABEL, _UNIT_FIELD, _grade,
    _is_field_label, _is_header_label, _is_label, _is_level_text, _key, _label, _letter_key,
    _money_label, _part_key, _staged_part, budget_stage, indicator_name,
)
from cnbudget.normalizers.form_grid import (
    _ColMap, _Form, _Grid, _Read, _cell_below, _colmap, _cut_cell_text, _ends_page,
    _figure_under_head, _header_rows, _is_indicator_header, _label_value, _value_col,
)
from cnbudget.normalizers.form_money import (
    _MONEY_BLOCK, _MONEY_PAIR, _actual_value, _budget_row_figure, _heads_stage_rows, _closes_source_column, _opens_source_column, _dates, _float,
    _is_source_row, _money, _money_sentence, _printed_per_stage, _rate, _read_bare_period_heads,
    _read_money_text, _read_period_heads, _read_year_columns, _row_stage, _row_unit,
    _stage_column_figure, _stage_pair, _sum_on_left, _unit_of, _year_head_cell,
)
from cnbudget.normalizers.form_lists import (
    _ListCols, _NOT_PROJECTS, _field_row, _list_header, _name_and_code, _owner_text, _project_code,
)


# An amount printed at the end of a form's title: "…项目绩效目标表（86.40万元）".
_TITLE_AMOUNT = re.compile(r"\(\s*(?P<amount>[\d,]+(?:\.\d+)?\s*(?:万元|元))\s*\)\s*$")


def _title_amount(title: str | None) -> Decimal | None:
    m = _TITLE_AMOUNT.search(nfkc(title or "").strip())
    return _money(m.group("amount"), "yuan") if m else None


def _title_project(title: str | None) -> str | None:
    if not title:
        return None
    t = _TITLE_AMOUNT.sub("", nfkc(title).strip()).strip()
    t = re.sub(r"^\s*\d+\s*[.、]\s*", "", t)
    # a table-number label (表11：, 预算表12, (预算表11)) is never part of the name
    t = re.sub(r"^(预算)?表\s*\d+\s*[:：]?\s*|\(?(预算)?表\s*\d+\)?$", "", t).strip()
    m = re.match(r"^(.*?)(?:项目)?(?:支出)?绩效(?:目标|自评)(?:申报|填报)?表$", t)
    if not m:
        return None
    name = re.sub(r"^\(?(19|20)\d{2}年度?\)?", "", m.group(1)).strip()
    if re.search(r"(19|20)\d{2}年度?$", name):
        return None  # "<部门>2025年项目支出绩效目标表": the owner and the year, no project
    if not name or re.search(r"部门|整体|单位|市级|省级|区级|县级", name) and len(name) <= 8:
        return None
    return name


# "项目名称：村级公益事业奖补  实施单位：…": a form's project named in a caption line printed
# between its title and its grid (several short forms to a page), up to the next field's
# label (the line's spaces may be gone: the label words end the name).
_CAPTION_NAME = re.compile(r"项目名称\s*:\s*(?P<name>.+?)\s*(?=(?:(?:实施|项目|主管|预算|填报|申报|编制|建设|责任)?"
                           r"(?:单位|部门)(?:名称)?|项目(?:编码|代码|编号)|(?:项目)?负责人|联系人|联系电话|金额单位)\s*:|$)")


def _caption_project(table: Table) -> tuple[str | None, str | None]:
    """(name, code) of the project a caption line above the grid names, else (None, None)."""
    for line in table.caption:
        m = _CAPTION_NAME.search(nfkc(line))
        if m:
            name = m.group("name").strip()
            coded = _CODE_NAME.match(compact(name))
            return (coded.group("name"), coded.group("code")) if coded else (name, None)
    return None, None


def _one_cell_indicator(text: str) -> dict | None:
    """An indicator printed whole in one cell: levels, name, then labelled values."""
    s = nfkc(text).replace("；", ";")
    m = _ONE_CELL.match(s)
    if not m:
        return None
    rest = m.group(4)
    values = dict(re.findall(r"([^;:]*?指标值)\s*:\s*([^;]*)", rest))
    year = next((v for k, v in values.items() if "年度" in k), None)
    period = next((v for k, v in values.items() if "实施周期" in k or "总体" in k), None)
    target = (year if year is not None else period or "").strip()
    return {"l1": m.group(1).strip(), "l2": m.group(2).strip(), "name": m.group(3).strip(),
            "target": target, "priors": f"实施周期={period.strip()}" if period and year is not None else None}


def _read_fields(g: _Grid, table: Table, r: int, cells: list[Cell], form: _Form, in_grid: bool,
                 year_col: int | None = None, fiscal_year: int | None = None, year_unit: str | None = None) -> None:
    """Header fields and money of a form, read from label | value pairs of row r. Where
    the form heads its money columns (年初预算数 | 全年预算数 | 全年执行数 …, a
    self-evaluation), a money row's amount is the one under 全年预算数 (``year_col``), not
    the first figure after its label (in the unit its heads' row prints, ``year_unit``);
    where it heads them by year, the year's is the one under the document's year
    (``fiscal_year``)."""
    if not in_grid and year_col is None and _read_bare_period_heads(g, table, r, cells, form):
        return
    for k, cell in enumerate(cells):
        x = _key(cell.text)
        if len(x) > 16:
            if not in_grid:
                _read_money_text(g, table, r, cell, form)
            continue
        if not in_grid and (_SUM_LABEL.match(x) or any(rx.match(x) for rx, _ in _MONEY_LABELS[:2])) \
                and _read_year_columns(g, table, r, cells, k, form, fiscal_year):
            continue
        staged = _staged_part(x) if not in_grid else None
        if staged is not None:
            # 财政拨款全年预算数 | 1,480.00 beside 其中：财政拨款 | 1,500.00 (the 年初 one):
            # the part's 全年预算数, named so, is the year's; 年初财政拨款 / 财政拨款执行数
            # are another stage's, never read as the year's
            v = _label_value(g, r, cells, k) if staged[1] == "year" else None
            money = _money(v, parse_unit(cell.text) or _row_unit(g, table, r, _value_col(cells, k, v))) \
                if v and _FIGURE.match(compact(v)) else None
            if money is not None:
                setattr(form, staged[0], money)
            continue
        if not in_grid and _FISCAL_INCOME.match(_ITEM_NUMBER.sub("", x)):
            # (under money heads, 年初预算数 | 全年预算数 | 全年执行数, the line's amount is its
            # 全年预算数, as the sum's is; a blank there prints no amount)
            # (under 中期资金 | 年度资金 heads, the line's 年度 figure: _year_head_cell)
            under = g.cover[r][year_col] if year_col is not None else _year_head_cell(g, r, cell, form)
            if under is not None and under is not cell:
                v = under.text.strip()
                money = _money(v, parse_unit(cell.text) or year_unit or _row_unit(g, table, r, under.col)) \
                    if v and _FIGURE.match(compact(v)) else None
            else:
                v = _label_value(g, r, cells, k)
                money = _money(v, parse_unit(cell.text) or _row_unit(g, table, r, _value_col(cells, k, v))) \
                    if v and _FIGURE.match(compact(v)) else None
                # (the lines heading a row of sources, their figures below: 资金总额 |
                # 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 单位资金; the stages
                # down, 年初 / 全年 / 执行 rows, the line's is its 全年预算数 row's figure)
                below = (_budget_row_figure(g, cell) if _heads_stage_rows(g, cell)
                         else _figure_under_head(g, cell)) if money is None else None
                if below:
                    money = _money(below, parse_unit(cell.text) or _row_unit(g, table, r, None, cell))
            if money is not None and (form.fiscal is None or form.fiscal_incomes):  # (a 财政拨款 line wins)
                form.fiscal_incomes[(r, cell.col)] = money
                form.fiscal = sum(form.fiscal_incomes.values())
            continue
        if not in_grid:
            for rx, attr in _MONEY_LABELS:
                # a part may be a numbered item of a sources list (1.财政拨款 … 9.上年结转)
                if not rx.match(x if attr in ("total", "amount") else _ITEM_NUMBER.sub("", x)):
                    continue
                if attr == "amount" and _money_label(x, [_key(c.text) for c in cells]) == "total":
                    attr = "total"  # (总额 beside 本年预算 in its row)
                under_total = False
                if attr in ("total", "amount"):
                    form.money_scope[cell.col] = attr
                    wanted = getattr(form, attr) is None
                else:  # 其中：财政拨款 / 上年结转 under a 实施期 sum: the year's own, printed
                    # under the 年度 sum, replaces it (a lone one is the year's: 420 = 400 + 20).
                    # Its sum is the nearest one left of it in the row (sums side by side,
                    # each followed by its parts), else the one heading its column (stacked).
                    left = _sum_on_left(cells[:k])
                    under_total = left if left is not None else form.money_scope.get(cell.col) == "total"
                    stage = _row_stage(cells[:k])  # (in a 年初 / 执行 row: that stage's part)
                    if stage in ("opening", "executed") and _printed_per_stage(g, cell):
                        continue
                    if stage in ("opening", "executed"):  # (printed once: the budget's part)
                        stage = None
                    wanted = getattr(form, attr) is None or stage == "year" \
                        or (attr in form.period_parts and not under_total)
                if attr in ("total", "amount") and year_col is None:
                    _read_period_heads(g, table, r, cell, form)  # 资金总额 over 中期 | 年度
                    wanted = wanted and getattr(form, attr) is None
                if wanted:
                    under = g.cover[r][year_col] if year_col is not None else None
                    if under is None and attr in ("fiscal", "carried"):
                        under = _year_head_cell(g, r, cell, form)
                    turned = _budget_row_figure(g, cell, attr == "fiscal") if under is None else None
                    paired = _stage_pair(cells, k, "year") if under is None and not turned \
                        and attr in ("fiscal", "carried") else None
                    turned = turned or (paired[1].text.strip() if paired else None)
                    if under is None and not turned and attr in ("fiscal", "carried"):
                        turned = _stage_column_figure(g, r, cells, k)  # (parts under stage pairs)
                    v = under.text.strip() if under is not None and under is not cell \
                        else turned or _label_value(g, r, cells, k)
                    beside = under.col if under is not None else _value_col(cells, k, v)
                    unit = parse_unit(cell.text) or (parse_unit(paired[0].text) if paired else None) \
                        or (year_unit if under is not None and year_col is not None else None) or _row_unit(
                        g, table, r, beside, cell if beside is None and not turned else None)
                    money = _money(v, unit) if v and re.search(r"\d", v) else None
                    nxt = cells[k + 1].text.strip() if k + 1 < len(cells) else None
                    if money is not None and under is None and v != nxt and not turned:  # the value below the label
                        form.money_heads[cell.col] = attr
                    if money is None and under is None:  # heads in a row, amounts below them
                        below = _figure_under_head(g, cell)
                        money = _money(below, parse_unit(cell.text) or _row_unit(g, table, r, None, cell)) \
                            if below else None
                        if money is not None:
                            form.money_heads[cell.col] = attr
                    if money is not None:
                        setattr(form, attr, money)
                        if attr == "total":
                            form.total_label = x
                        if under_total:
                            form.period_parts.add(attr)
                        else:
                            form.period_parts.discard(attr)
            if _SUM_LABEL.match(x) and form.amount is None and (
                    form.fiscal is not None or form.carried is not None or _is_source_row(cells)
                    or _closes_source_column(g, cell) or _opens_source_column(g, cell)):
                v = _label_value(g, r, cells, k)  # 资金来源 | 金额: 财政拨款, 上年结转, then 合计
                if not (v and _FIGURE.match(compact(v))):
                    # 合计 | 一般公共预算 | 中央补助资金: sources the reader has no label for
                    # head the row beside it; the 合计's figure is the one below it
                    v = _cell_below(g, cell)
                money = _money(v, parse_unit(cell.text) or _row_unit(g, table, r, _value_col(cells, k, v))) \
                    if v and _FIGURE.match(compact(v)) else None
                if money is not None:
                    form.amount = money
        for rx, attr in _TEXT_LABELS:
            if not rx.match(x):
                continue
            if in_grid and attr == "goal":
                continue
            v = _label_value(g, r, cells, k)
            if not v:
                continue
            if attr == "period":
                if form.start_date is None:
                    form.start_date, form.end_date = _dates(v)
                    form.period_text = v
            elif getattr(form, attr) is None:
                setattr(form, attr, v)


# A cell printing its label and value together ("项目名称：…", "资金总额：286.50万元",
# "全年预算数：…元；全年执行数：…元"): each segment is read as label | value.
_INLINE_PAIR = re.compile(r"^(?P<label>[^\d:]{2,14}):(?P<value>[^:]+)$")


def _split_inline(cells: list[Cell]) -> list[Cell]:
    """The row's cells with each inline label：value cell read as two cells (label, value)
    at its own place, so the label | value rules apply wherever the value is printed. A
    cell is split only where every segment is such a pair and the first label is known
    (a goal sentence with a colon stays whole)."""
    out: list[Cell] = []
    for cell in cells:
        text = compact(cell.text)
        money = _money_pair(text)  # "其中：财政拨款256.50万元": a money label, its figure
        if money and len(text) <= 30:
            out.extend(replace(cell, text=x) for x in money)
            continue
        segments = _inline_segments(cell.text)
        pairs = [_segment_pair(x) for x in segments]
        if not segments or not all(pairs) or not _is_field_label(pairs[0][0]):
            out.append(cell)
            continue
        for pair in pairs:
            out.extend(replace(cell, text=x) for x in pair)
    return out


def _inline_segments(text: str) -> list[str]:
    """A cell's segments: split at ";", and where a known field label and its colon follow
    a value with no separator ("项目名称：城区道路清扫保洁预算金额：1,280.00万元", two fields
    on one line, the space between them lost): the longest label ending right before the
    colon opens the next segment, after a value that is no sentence; a unit's field
    (实施单位, 主管部门) is such a label: "项目名称：课后服务实施单位：…" names 课后服务."""
    segments: list[str] = []
    for part in compact(text).split(";"):
        start = 0
        for colon in (m.start() for m in re.finditer(":", part)):
            # (a value that is a sentence, "绩效目标：完成清扫，资金总额：…", is never cut)
            label_at = next((i for i in range(max(start + 1, colon - 14), colon - 1)
                             if ":" in part[start:i] and not re.search(r"[,.。、!?]", part[start:i])
                             and (_is_field_label(part[i:colon]) or _UNIT_FIELD.match(part[i:colon]))), None)
            if label_at is not None:
                segments.append(part[start:label_at])
                start = label_at
        segments.append(part[start:])
    return [x for x in segments if x]


def _segment_pair(segment: str) -> tuple[str, str] | None:
    """A segment of an inline cell as (label, value): a money label with its figure, the
    colon optional ("其中：财政拨款1,032.00万元。" closing a money sentence), else label：value."""
    money = _money_pair(segment.rstrip("。"))
    if money is not None:
        return money
    m = _INLINE_PAIR.match(segment)
    return (m.group("label"), m.group("value")) if m else None


def _money_pair(text: str) -> tuple[str, str] | None:
    """(label, figure) of a money label printed with its amount ("其中:财政拨款256.50万元")."""
    m = _MONEY_PAIR.match(text)
    if m is None or not any(rx.match(_key(m.group("label"))) for rx, _ in _MONEY_LABELS):
        return None
    return m.group("label"), m.group("num") + (m.group("unit") or "")


def _read_table(doc: Document, table: Table) -> _Read:
    g = _Grid(table)
    forms: list[_Form] = [_Form(project_name=_title_project(table.title))]
    if forms[0].project_name is None:
        forms[0].project_name, forms[0].project_code = _caption_project(table)
    forms[0].dept_wide = forms[0].project_name is None and bool(_DEPT_TITLE.search(compact(table.title)))
    names: set[str] = set()
    cm: _ColMap | None = None
    lm: _ListCols | None = None
    pending: _Form | None = None  # a list's project whose name prints on the next page
    l1 = l2 = None
    budget_cols: dict[str, int] = {}
    budget_row = -1  # the row heading 全年预算数 / 全年执行数 columns
    budget_unit: str | None = None  # the unit that row prints (年度预算数（万元） | 年初预算 | …)
    long_block = False  # the grid rows are under a 长期绩效指标 label merged down beside them
    row_named: _Form | None = None  # the form a 项目名称 row named (not the table's title)
    r = 0
    while r < g.n_rows:
        cells = _split_inline([c for c in g.row_cells(r) if c.text.strip()])
        labels = [_label(c.text) for c in cells]
        form = forms[-1]
        # Contact fields: never read; keep the names to blank them elsewhere. A row that
        # also prints other fields (项目名称 | … | 项目负责人 | …) is read without them.
        if any(is_personal_label(x) for x in labels):
            contact: set[int] = set()
            for k, x in enumerate(labels):
                if is_personal_label(x):
                    contact.add(k)
                    if k + 1 < len(cells) and not _is_label(cells[k + 1].text):
                        contact.add(k + 1)
                        if not re.search(r"\d", cells[k + 1].text):
                            names.add(cells[k + 1].text.strip())
            keep = [k for k in range(len(cells)) if k not in contact]
            if not any(_is_label(cells[k].text) or _DEPT_LABEL.match(labels[k]) for k in keep):
                r += 1
                continue
            cells, labels = [cells[k] for k in keep], [labels[k] for k in keep]
        # A list of projects (with or without an indicator grid beside it).
        header = _list_header(g, table, r)
        if header is not None:
            again = lm is not None  # the list's header printed again on top of a later page
            if again:
                header.current, header.owner_name, header.merged = lm.current, lm.owner_name, lm.merged
            lm = header
            # the grid's own header row: the list's first, or one under a head merged
            # over it (项目名称 | 项目资金 | 绩效指标 over 资金总额 … | 一级指标 | 二级指标 …)
            grid = next((r + i for i in range(lm.height)
                         if r + i < g.n_rows and _is_indicator_header(g, r + i)), None)
            if grid is not None:
                # (the list's own header rows count whole: their money sub-heads 资金总额 |
                # 财政拨款 share a row with the target's 符号 | 值 | 单位, which the grid's
                # header count alone would stop before)
                nh = max(grid - r + _header_rows(g, grid), lm.height)
                cm = _colmap(g, r, nh)
                r += max(nh, lm.height)  # (money sub-heads under the list's own header rows)
            else:
                cm = None
                r += lm.height
            if r < g.n_rows and is_column_number_row([c.text for c in g.row_cells(r) if c.text.strip()]):
                r += 1  # (the row numbering the list's columns under its heads, 1 | 2 | … | 10)
            if not again:  # a page's first rows carry the levels of the page before
                l1 = l2 = None
            continue
        if lm is not None and (_is_indicator_header(g, r) or _field_row(cells)
                               or (_is_label(g.text(r, lm.name) or "")
                                   and not any(_FIGURE_AMOUNT.match(compact(c.text)) for c in cells))
                               or _MONEY_BLOCK.match(_key(g.text(r, lm.name) or ""))):
            # a grid headed in a row of its own under the "list", a form's field (年度目标 |
            # <goal>), or a label where a name would be, printing no figure (more labels over
            # their values: 年度预算资金 | 其中：财政资金 | 其他资金 over the amounts, 年度绩效目标
            # over the goal): that was one form's heads over their values (项目名称 | 项目金额,
            # or 项目名称 | 项目编码 | 实施单位, over 社区网格化服务管理 | …); the row is the form's own.
            # So is a money block's own label where a name would be (项目资金（万元） merged across
            # over 资金总额 | 财政拨款 | … and their amounts): a block of the form, never a project.
            lm = None
        project_row = False  # the row names a project of a list stacked over its grid: no indicator
        if lm is not None:
            lm.owner_name = _owner_text(g, r, lm.owner) or lm.owner_name  # a blank cell: the unit goes on
            cell = g.cover[r][lm.name]
            # (the list's head stacked over the grid's in the same columns, 项目名称 over
            # 一级指标: a level printed in the name column is an indicator's, the row naming
            # the project is the project's alone)
            stacked = cm is not None and lm.name in (cm.l1, cm.l2, cm.name)
            if cell is not None and cell.text.strip() and cell is not lm.current \
                    and re.search(r"[\u4e00-\u9fff]", cell.text) and not _NOT_PROJECTS.match(_label(cell.text)) \
                    and not (stacked and _is_level_text(cell.text)) and not _RESULTS_LABEL.match(_key(cell.text)):
                lm.current = cell
                project_row = stacked
                lm.merged = lm.merged or cell.row_span > 1
                # (its code glued to the name, "<code>-<name>", or in a code column of its own)
                name, code = _name_and_code(cell.text)
                if lm.code is not None and lm.code != lm.name:
                    code = _project_code(g.text(r, lm.code)) or code
                if pending is not None:  # its first rows ended the previous page, unnamed
                    form, pending = pending, None
                    form.project_name = name
                else:
                    form = _Form(project_name=name, unit_name=lm.owner_name)
                    forms.append(form)
                    l1 = l2 = None
                form.project_code = form.project_code or code
                for col, attr in ((lm.amount, "amount"), (lm.total, "total"), (lm.fiscal, "fiscal"),
                                  (lm.carried, "carried"), (lm.executed, "executed")):
                    if col is not None and getattr(form, attr) is None:
                        setattr(form, attr, _money(g.text(r, col), lm.unit))
                if lm.amount is not None and form.amount is None:
                    # the money column's cell stacking label：figure lines (资金总额：186.00 /
                    # 其中：财政拨款：150.00 / 上年结转：…): read as a form's pairs, in the head's unit
                    for attr, money in _money_sentence(g.text(r, lm.amount), lm.unit).items():
                        if attr in ("amount", "total", "fiscal", "carried") and getattr(form, attr) is None:
                            setattr(form, attr, money)
                incomes = [m for col in lm.fiscal_incomes if (m := _money(g.text(r, col), lm.unit)) is not None]
                if incomes and form.fiscal is None:
                    form.fiscal = sum(incomes)
                if lm.rate is not None and form.rate is None:
                    form.rate = _rate(g.text(r, lm.rate))
                if lm.total is not None and form.total_label is None:
                    form.total_label = lm.total_label  # (项目总额 alone is the year's: _project_sum_as_year)
                if lm.goal is not None and form.goal is None:
                    form.goal = g.text(r, lm.goal) or None
            elif cell is not None and cell is not lm.current and cell.row == r and not cell.text.strip() \
                    and (lm.merged or lm.current is None) and _ends_page(g, cell):
                # A merged project cell cut by a page break, its name printed in the part on
                # the next page: these rows belong to the project named there (so are the
                # list's first rows, under no name yet, where its first cell is cut so).
                lm.current = cell
                form = pending = _Form(unit_name=lm.owner_name)
                forms.append(form)
                l1 = l2 = None
            elif (cell is None or not cell.text.strip()) and lm.goal is not None and form.project_name:
                more = g.text(r, lm.goal)  # a goal continued on the next line or page
                if more:
                    form.goal = (form.goal or "") + more
        k_name = next((k for k, x in enumerate(labels) if x in _NAME_LABELS), None)
        # 项目名称：… printed in one cell across the grid, under its header ("项目名称：城区道路
        # 清扫保洁 预算金额：1,280.00万元", one table for all projects): the next project's form
        # opens there and the grid's columns go on; its money is read in that line (a 项目名称 |
        # <name> row, label and value in cells of their own, opens a form with a grid of its own)
        across = k_name is not None and k_name + 1 < len(cells) and cm is not None and cm.name is not None \
            and cells[k_name].col == cells[k_name + 1].col and _spans_target(g, r, cm)
        if lm is None and k_name is not None and k_name + 1 < len(cells) and not _is_indicator_header(g, r):
            name = cells[k_name + 1].text.strip()
            under = _cell_below(g, cells[k_name])
            if _is_header_label(name) and under and not _is_header_label(under) and not _FIGURE.match(compact(under)):
                # 项目名称 | 主管部门 | 实施单位 printed as a row of labels, their values in the
                # row under them: the name is the cell under 项目名称, never the label beside it
                name = under
            coded = _CODE_NAME.match(compact(name))  # "51142424R000000031207-农村公路日常养护"
            if coded:
                name = coded.group("name")
            if form.indicators or (form.project_name and form.amount is not None):
                form = _Form()
                forms.append(form)
            form.project_name, form.dept_wide = name, False
            row_named = form
            if coded and form.project_code is None:
                form.project_code = coded.group("code")
            cm, l1, l2, budget_cols = cm if across else None, None, None, {}
        # A department-wide form (部门（单位）名称 | <department>, no 项目名称). Right under a
        # project's name, before its money and grid, the field names the project's unit (a
        # 二级单位's form: 项目名称, then 单位名称 | <unit> | 主管部门 | <department>).
        k_dept = next((k for k, x in enumerate(labels) if _DEPT_LABEL.match(x)), None)
        unit_field = form is row_named and not (form.indicators or form.dept_wide or form.amount is not None
                                                or form.score is not None)
        if lm is None and k_dept is not None and k_name is None and k_dept + 1 < len(cells) and not unit_field:
            if form.indicators or form.project_name:
                form = _Form()
                forms.append(form)
                cm, l1, l2, budget_cols = None, None, None, {}
            form.dept_wide = True
        # A self-evaluation form may start with its 自评等次/自评得分 line: a second such
        # line (the field already read) is the next form's; printed under the grid
        # (总分, then 自评等级) it is this form's.
        if (form.indicators or form.project_name) and (
                ((form.grade or form.grade_letter) and any(re.match(r"(绩效|项目|综合)?自评等[次级]", x) for x in labels))
                or (form.score is not None and any(re.match(r"自评得分", x) for x in labels))):
            form = _Form()
            forms.append(form)
            cm, l1, l2, budget_cols = None, None, None, {}
        # Label/value pairs anywhere in the row: code, header fields, money, grade, score.
        results = False  # the row holds the form's grade or total: never an indicator
        if lm is None:
            # (a banner row across the grid, under a 项目名称 line across it, prints that
            # project's fields: "资金总额：126.00万元 其中：财政拨款：110.00万元", 年度绩效目标：…)
            banner = cm is not None and cm.name is not None and _spans_target(g, r, cm)
            _read_fields(g, table, r, cells, form, cm is not None and not across and not banner, budget_cols.get("a"),
                         doc.fiscal_year, budget_unit)
        for k, x in enumerate(labels):
            nxt = cells[k + 1].text.strip() if k + 1 < len(cells) else None
            if x in _CODE_LABELS and nxt and not _label(nxt) in _NAME_LABELS:
                if re.fullmatch(r"[\dA-Za-z-]+", compact(nxt)):
                    form.project_code = compact(nxt)
            head, _, inline = x.partition(":")
            if _RESULTS_LABEL.match(_key(head)) and form.grade is None:
                form.grade = next((gr for gr in (_grade(c.text) for c in cells[k + 1:]) if gr), None)
                results = results or form.grade is not None
            if _GRADE_LABEL.match(head):  # 自评等级 | 良, 综合评价：优, or 评价等级 heading the grade
                grade = _grade(inline) or _grade(nxt)
                if grade is None and nxt is None and not _is_indicator_header(g, r):  # (not a grid's 评价 column)
                    grade = _grade(_cell_below(g, cells[k]))
                letter = None if grade else _GRADE_LETTER.match(compact(inline or nxt))
                if grade:
                    form.grade = grade
                    results = True
                elif letter:  # read at the end of the table, through the key it prints
                    form.grade_letter = letter.group(1).upper()
                    results = True
            m = re.search(r"自评得分:?([\d.]+)?", x)
            if m:  # (自评得分 | 100 | 97.75 under 分值 | 得分: the grid's 得分 column's figure)
                in_scores = _float(g.text(r, cm.score)) if cm is not None and cm.score is not None \
                    and cm.score > cells[k].col else None
                form.score = _float(m.group(1)) if m.group(1) else in_scores if in_scores is not None \
                    else (_float(nxt) if nxt else form.score)
            under_scores = x == "合计" and cm is not None and cm.score is not None  # 合计 under the scoring grid
            if (_TOTAL_LABEL.match(x) or under_scores) and form.score is None:  # 总分 | 100 | 87.5: the 得分 column
                form.score = _total_score(g, r, cells[k + 1:], cm)
                results = results or form.score is not None
        # 全年预算数(A) / 全年执行数(B) / 执行率: label | value pairs, or column heads
        # with the 年度资金总额 row below them; outside the grid also the plain 预算数 |
        # 执行数 | 执行率 heads of a 预算执行情况 block.
        for k, c in enumerate(cells):
            x = _label(c.text)
            # (in a grid or list only a head naming the full year, 全年预算数 / 全年执行数: a
            # plain 预算数 there is a column of its own)
            stage = budget_stage(c.text) if (cm is None and lm is None) or x.startswith("全年") else None
            # (执行率得分 / 执行率分值 heads the rate's score, not the rate)
            what = "a" if stage == "year" else "b" if stage == "executed" else \
                "rate" if "执行率" in x and not re.search(r"执行率(得分|分值|分)", x) and cm is None else None
            if what is None:
                continue
            nxt = cells[k + 1].text if k + 1 < len(cells) else ""
            rate = re.match(r"^[\d.]+%", compact(nxt)) if what == "rate" else None
            if rate:  # "94.40%（权重10分，得分9.44）": the rate, then a note
                form.rate = _rate(rate.group(0))
            elif not _FIGURE_AMOUNT.match(compact(nxt)):
                budget_cols[what] = _year_sub_head(g, c) if what == "a" else c.col
                budget_row = r
                budget_unit = next((parse_unit(h.text) for h in cells
                                    if len(compact(h.text)) <= 16 and parse_unit(h.text)), None)
            elif what == "rate":
                form.rate = _rate(nxt)
            elif _money_label(_part_key(cells[0].text)) in ("fiscal", "carried") \
                    and budget_stage(cells[1].text):
                # (a part's row of stage pairs, 上年结转 | 年初预算数 | 0.00 | 全年预算数 | 80.00:
                # the part's stage figures, see _read_fields; a part printing its own figure,
                # 其中：财政拨款 | 286.00 | 全年执行数 | 262.50, leaves the pair after it the form's)
                continue
            else:
                # (in the unit its label prints, else its row's: the block label merged
                # down beside the stacked stage rows, 项目资金（万元）, else the table's)
                setattr(form, "amount" if what == "a" else "executed",
                        _money(nxt, parse_unit(c.text) or _row_unit(g, table, r, cells[k + 1].col)))
        # Stage heads printed under the grid (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 above
        # 总分) end it: the rows under them are the money block's, read as money, never indicators.
        if budget_row == r and cm is not None and lm is None and form.indicators and not _is_indicator_header(g, r):
            cm = None
        # (or, with no row label, the amounts printed right below the heads; or in the row
        # of the block's sum, 总额 / 资金总额 — or 合计 above its sources' rows, before the
        # grid — above its 其中 rows)
        # (项目名称 among the heads: the row below opens with the name under it, then the figures)
        below_heads = r == budget_row + 1 and bool(cells) and (
            bool(_FIGURE.match(compact(cells[0].text))) or _key(g.text(budget_row, cells[0].col)) in _NAME_LABELS)
        # (the block's label merged down from the sum's row, 资金情况（元） beside the money
        # rows with their heads above it — a page break between — leads no row: the next cell does)
        leads = cells[:2] if len(cells) > 1 and cells[0].row_span > 1 and not _FIGURE.match(compact(cells[0].text)) \
            else cells[:1]
        lead = leads[-1] if leads else None
        sum_row = any(_label(c.text).startswith("年度资金总额") or bool(_MONEY_LABELS[1][0].match(_key(c.text)))
                      or (cm is None and bool(_SUM_LABEL.match(_key(c.text)))) for c in leads)
        if budget_cols and (sum_row or below_heads):
            unit = (parse_unit(lead.text) or parse_unit(cells[0].text)) if not below_heads else None
            unit = unit or budget_unit or (_unit_of(table, cells[0].text) if not below_heads else _row_unit(g, table, r))
            for key, c in budget_cols.items():
                cell = g.cover[r][c]
                if cell is None or ((cell is cells[0] or cell is lead) and not below_heads):  # (the row's label)
                    continue
                if cell.row < r:  # a head merged down beside the amounts: no figure of its own
                    continue
                if key == "a":
                    form.amount = _money(cell.text, unit)
                elif key == "b":
                    form.executed = _money(cell.text, unit)
                else:
                    form.rate = _rate(cell.text)
        # Indicators printed one per cell.
        whole = [ind for ind in (_one_cell_indicator(c.text) for c in cells) if ind]
        if whole:
            for ind in whole:
                form.indicators.append(_indicator_fields(r, ind["l1"], ind["l2"], ind["name"], ind["target"],
                                                         ind["target"], priors=ind["priors"]))
            r += 1
            continue
        # The indicator grid. Its header printed again within the same form (on top of a
        # continuation page) keeps the levels: their merged cells may print on the other page.
        if _is_indicator_header(g, r):
            nh = _header_rows(g, r)
            if cm is None:
                l1 = l2 = None
            cm = _colmap(g, r, nh)
            long_block = _is_long_block(_block_label(g, r, cm, new_only=False) or _title_above(g, r))
            r += nh
            continue
        if results:
            r += 1
            continue
        if cm is not None and is_column_number_row([c.text for c in cells]):
            r += 1  # (A | B | C … or 1 | 2 | 3 … printed again on top of a page: no indicator, no level)
            continue
        if cm is not None and cm.name is not None and not project_row:
            label = _block_label(g, r, cm, new_only=True)
            if label:  # (a blank part of the label's cell, cut by a page break, goes on)
                long_block = _is_long_block(label)
            t1 = g.text(r, cm.l1) or _cut_cell_text(g, r, cm.l1, cm.name)
            t2 = g.text(r, cm.l2) or _cut_cell_text(g, r, cm.l2, cm.name)
            # (a head merged over the grid, 年度绩效指标, repeated on a later page above the
            # header rows, is no level: the level cut by the break goes on under it)
            if t1 and not _HEADER_WORD.match(_label(t1)):
                l1 = t1
            if t2 and not _HEADER_WORD.match(_label(t2)):
                l2 = t2
            name = g.text(r, cm.name)
            if name and _label(name) not in ("不适用", "") and not _HEADER_WORD.match(_label(name)) \
                    and not _spans_target(g, r, cm):
                form.indicators.append(_indicator_row(g, r, cm, l1, l2, name))
                if long_block:
                    form.indicators[-1]["_long"] = True
        r += 1
    return _finish_forms(table, forms, names)


def _finish_forms(table: Table, forms: list[_Form], names: set[str]) -> _Read:
    """The forms of a table once its rows are read: 长期 rows dropped beside a 年度 block,
    letter grades keyed, money printed only in the title or a caption line filled in."""
    for f in forms:  # a 长期 block's rows are no targets where the form prints its 年度 block
        if any(not i.get("_long") for i in f.indicators):
            f.indicators = [i for i in f.indicators if not i.get("_long")]
        for i in f.indicators:
            i.pop("_long", None)
    for f in forms:
        _project_sum_as_year(f)
    if any(f.grade_letter and not f.grade for f in forms):  # letter grades: the key the table prints
        key = _letter_key([c.text for c in table.cells] + list(table.caption))
        for f in forms:
            f.grade = f.grade or key.get(f.grade_letter or "")
    if len(forms) > 1 and _is_empty(forms[0]):
        forms.pop(0)  # the title named no form of its own: the table lists other projects
    title_amount = _title_amount(table.title)
    if title_amount is not None and forms and forms[0].amount is None and not forms[0].dept_wide:
        forms[0].amount = title_amount  # the amount printed only in the form's title
    if forms and not forms[0].dept_wide:  # money printed only in a caption line above the grid
        for line in table.caption:       # ("项目资金：356.80万元（其中：财政拨款320.00万元…）")
            for attr, money in _money_sentence(line, table.unit or "yuan").items():
                if getattr(forms[0], attr) is None:
                    setattr(forms[0], attr, money)
    # (a part of a form printing only its result, 总分 | 自评等级, is kept: it continues the form)
    return _Read([f for f in forms if f.project_name or f.indicators or f.amount is not None
                  or f.score is not None or f.grade], names)


# The project's own sum, named by no period (项目资金总额, 项目总额, 项目总金额, 项目总预算),
# as against 实施期资金总额; 项目总投资 is a capital project's whole cost, no year's.
_PROJECT_SUM = re.compile(r"^项目(资金)?总(额|金额|预算|资金)$")
# A printed period of more than one year: "3年", "三年" (dates in two years count too).
_MULTI_YEAR = re.compile(r"^([2-9]|[1-9]\d|[两二三四五六七八九十])年")


def _project_sum_as_year(form: _Form) -> None:
    """A form printing the project's sum (项目资金总额) as its only sum, for no period longer
    than a year, prints the year's money: that sum is the year's, not a multi-year total."""
    if form.amount is not None or form.total is None or not _PROJECT_SUM.match(form.total_label or ""):
        return
    years = {d[:4] for d in (form.start_date, form.end_date) if d}
    if len(years) > 1 or _MULTI_YEAR.match(compact(form.period_text)):
        return
    form.amount, form.total = form.total, None


# The label merged down beside a block of grid rows naming it the multi-year one
# (长期绩效指标, 中期绩效指标 …), as against the 年度绩效指标 block printed after it.
_LONG_BLOCK = re.compile(r"^(长期|中长期|中期|实施期|项目期)(绩效)?(指标|目标)")


def _is_long_block(label: str | None) -> bool:
    return bool(label and _LONG_BLOCK.match(_label(label)))


def _block_label(g: _Grid, r: int, cm: _ColMap, new_only: bool) -> str | None:
    """Text of the label cell left of the grid's columns in row r (the block's label
    merged down beside its rows); with ``new_only`` only a cell starting in row r."""
    first = min((c for c in (cm.l1, cm.l2, cm.name) if c is not None), default=0)
    for c in range(first):
        cell = g.cover[r][c]
        if cell is None or (new_only and cell.row != r):
            continue
        if cell.text.strip():
            return cell.text.strip()
    return None


def _title_above(g: _Grid, r: int) -> str | None:
    """Text of a block title printed across the grid right above its header row r
    (中期绩效指标（2024年-2026年） over one header, 年度绩效指标 over the next)."""
    if r == 0:
        return None
    cells = [c for c in g.row_cells(r - 1) if c.text.strip()]
    if len(cells) == 1 and cells[0].col_span * 2 >= g.n_cols:
        return cells[0].text.strip()
    return None


def _spans_target(g: _Grid, r: int, cm: _ColMap) -> bool:
    """Whether row r's name cell also covers the target column: a title or note printed
    across the grid (a second form's title between two forms), never an indicator."""
    if cm.target is None or cm.target_in_name:
        return False
    cell = g.cover[r][cm.target]
    return cell is not None and cell is g.cover[r][cm.name]


def _year_sub_head(g: _Grid, head: Cell) -> int:
    """The year's column under a 预算数 head merged over stage sub-heads (预算数 over 年初 |
    全年, or 调整前 | 调整后): the sub-head whose words read with the head's as the year's stage
    (全年 + 预算数 = 全年预算数); else the head's own column."""
    r = head.row + max(head.row_span, 1)
    if head.col_span <= 1 or r >= g.n_rows:
        return head.col
    subs = [c for c in g.row_cells(r) if head.col <= c.col < head.col + head.col_span and c.text.strip()]
    staged = [c for c in subs if budget_stage(_key(c.text) + _key(head.text)) == "year"]
    return staged[0].col if len(staged) == 1 and len(subs) > 1 else head.col


def _is_empty(form: _Form) -> bool:
    """A form that collected nothing but a name (the one a table's title names)."""
    return not form.indicators and all(getattr(form, a) is None for a in (
        "project_code", "goal", "nature", "category", "start_date",
        "amount", "total", "fiscal", "carried", "executed", "score", "grade"))


_SYMBOLS = {"大于等于": "≥", "小于等于": "≤", "大于": ">", "小于": "<", "等于": "=", "≥": "≥", "≤": "≤",
            ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<", "＝": "=", "定性": "", "定量": ""}


def _total_score(g: _Grid, r: int, after: list[Cell], cm: _ColMap | None) -> float | None:
    """The score of a 总分 row: its cell in the grid's 得分 column, else the last number
    after the label (分值 100 comes before 得分). Where the label is merged over the 分值
    column and two figures follow it (总分 … | 100 | 95.50 under 得分 | 偏差原因), they are the
    分值 total then the 得分 total printed one column on: the last is the score."""
    figures = [c for c in after if _float(c.text) is not None]
    if cm is not None and cm.score is not None and cm.weight is not None and cm.weight < cm.score \
            and len(figures) == 2 and figures[0].col == cm.score and _float(g.text(r, cm.weight)) is None:
        return _float(figures[1].text)
    if cm is not None and cm.score is not None and _float(g.text(r, cm.score)) is not None:
        return _float(g.text(r, cm.score))
    numbers = [_float(c.text) for c in after if _float(c.text) is not None]
    return numbers[-1] if numbers else None


def _split_target(g: _Grid, r: int, cm: _ColMap) -> tuple[str, str, str | None]:
    """(target as printed, text to parse, unit read apart) of a row: the value cell, or the
    comparator, value and unit columns joined in reading order; parsed as
    comparator+value+unit. A unit counting per N (1/10万) would run into the figure
    (180 + 1/10万 reads 1801): it is read apart, the unit of the parsed figure."""
    parts = {c: g.text(r, c) for c in (cm.comparator, cm.target, cm.content, cm.unit) if c is not None}
    raw = "".join(parts[c] for c in sorted(parts) if parts[c])
    value = "".join(x for x in (g.text(r, cm.target), g.text(r, cm.content)) if x)
    cmp_text = compact(g.text(r, cm.comparator)) if cm.comparator is not None else ""
    unit = compact(g.text(r, cm.unit)) if cm.unit is not None else ""
    symbol = _SYMBOLS.get(nfkc(cmp_text), cmp_text if len(cmp_text) <= 4 else "")
    text = compact(value)
    if symbol and text and not re.match(r"^[<>≤≥=＝]", nfkc(text)):
        text = symbol + text
    if unit and re.match(r"\d", unit):
        return raw, text, unit
    if unit and text and not text.endswith(unit):
        text += unit
    return raw, text, None


def _indicator_row(g: _Grid, r: int, cm: _ColMap, l1: str | None, l2: str | None, name: str) -> dict:
    unit_apart = None
    if cm.target_in_name:
        raw = parse_text = name
    else:
        raw, parse_text, unit_apart = _split_target(g, r, cm)
    priors = []
    for c, lab in cm.priors:
        v = g.text(r, c)
        if v:
            priors.append(f"{lab}={v}")
    basis = " ".join(x for x in (g.text(r, c) for c in cm.basis) if x) or None
    actual = g.text(r, cm.actual) if cm.actual is not None else None
    row = _indicator_fields(r, l1, l2, name, raw, parse_text, priors=";".join(priors) or None, basis=basis,
                            actual=actual)
    if unit_apart and row["value"] is not None and row["unit"] is None:
        row["unit"] = unit_apart
    row["score"] = _float(g.text(r, cm.score)) if cm.score is not None else None
    row["weight"] = _float(g.text(r, cm.weight)) if cm.weight is not None else None
    row["deviation"] = g.text(r, cm.deviation) if cm.deviation is not None else None
    return row


def _indicator_fields(r: int, l1: str | None, l2: str | None, name: str, raw: str, parse_text: str, *,
                      priors: str | None = None, basis: str | None = None, actual: str | None = None) -> dict:
    t = parse_target(parse_text or "")
    return {
        "row": r,
        "level1": level1(l1) if l1 else None, "level1_raw": l1,
        "level2": level2(l2) if l2 else None, "level2_raw": l2,
        "name": indicator_name(name), "target_raw": raw or None,
        "comparator": t.comparator, "value": t.value, "upper": t.upper, "unit": t.unit,
        "qualitative": t.qualitative, "parsed": bool(t.parsed),
        "actual_raw": actual or None, "actual_value": _actual_value(actual),
        "score": None, "weight": None, "deviation": None,
        "basis": basis, "prior_values": priors,
        "indicator_key": indicator_key(name) or None, "keywords": indicator_keywords(name),
    }
