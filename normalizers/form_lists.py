"""Performance forms printed as lists: one row per project (项目名称 | 单位 | 金额 | 目标 …).

The list header and its columns, the owner (implementing unit) of a row, the project rows of
a list table, and the rows of a self-evaluation summary list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from cnbudget.normalizers.amounts import parse_unit
from cnbudget.schemas.model import Cell, Document, Table
from cnbudget.schemas.text import compact
from cnbudget.normalizers.form_vocabulary import (
    _CODE_LABELS, _CODE_NAME, _FISCAL_INCOME, _HEADER_WORD, _LIST_GOAL, _LIST_NAME,
    _LIST_OWNER, _MONEY_LABELS, _NAME_HEADER, _RATE_HEAD, _ROW_NUMBER_HEADS, _SUM_LABEL, _TEXT_LABELS,
    _key, _label, _list_money, _money_label, _part_key, budget_stage,
)
from cnbudget.normalizers.form_grid import _Grid
from cnbudget.normalizers.form_money import _float, _money, _rate


@dataclass
class _ListCols:
    """Columns of a project list (one row or merged block per project)."""

    name: int
    amount: int | None
    unit: str
    goal: int | None
    owner: int | None = None  # 单位名称 column
    current: Cell | None = None  # the name cell of the project being read
    merged: bool = False  # the list merges a project's cells over its rows
    owner_name: str | None = None  # the unit of the rows being read (a merged cell or the last printed)
    fiscal: int | None = None  # sub-heads under a money head printed over two rows (合计 | 财政拨款 | …)
    carried: int | None = None
    # the columns of …财政拨款收入 sources (一般公共预算 | 政府性基金预算), no 财政拨款 column
    # heading them: their sum is the fiscal part, as a form's lines are (_FISCAL_INCOME)
    fiscal_incomes: tuple[int, ...] = ()
    height: int = 1  # rows of the header
    total: int | None = None  # the project's total (项目总金额 / 项目总额) beside the year's column
    total_label: str | None = None
    executed: int | None = None  # a self-evaluation list: 全年执行数 and 执行率 beside 全年预算数
    rate: int | None = None
    code: int | None = None  # 项目编码 / 项目代码 / 项目编号: the project's code, never money


def _project_code(text: str | None) -> str | None:
    """A code printed in a list's code column, as printed (letters, digits, dashes), else None."""
    code = compact(text or "")
    return code if re.fullmatch(r"(?=[0-9A-Za-z-]*\d)[0-9A-Za-z-]{4,}", code) else None


def _name_and_code(text: str) -> tuple[str, str | None]:
    """A list's name cell: "<code>-<name>" (the rule a form's 项目名称 follows) split, else as printed."""
    coded = _CODE_NAME.match(compact(text))
    return (coded.group("name"), coded.group("code")) if coded else (text.strip(), None)


def _list_header(g: _Grid, table: Table, r: int) -> _ListCols | None:
    """A row heading a list of projects: 项目名称 beside other column words (金额, 绩效目标,
    一级指标 …), never a label | value pair (项目名称 | <the project>)."""
    cells = [c for c in g.row_cells(r) if c.text.strip()]
    keys = [_key(c.text) for c in cells]
    k = next((i for i, x in enumerate(keys) if _LIST_NAME.match(x)), None)
    if k is None or k + 1 >= len(cells):
        return None
    nxt = keys[k + 1]
    money = [_list_money(x, keys) for x in keys]
    amount = next((c for c, x in zip(cells, money) if x == "amount"), None)
    if amount is None:  # 合计 | 财政拨款 | 其他资金: a sum headed beside its parts
        amount = next((c for j, c in enumerate(cells) if j > k and _SUM_LABEL.match(keys[j])
                       and any(x in ("fiscal", "carried") for x in money[j + 1:])), None)
    if amount is None:  # a self-evaluation list: 项目名称 | 全年预算数 | 全年执行数 | 执行率
        amount = next((c for j, c in enumerate(cells) if j > k and budget_stage(c.text) == "year"), None)
    if amount is None and "total" not in money and cells[k].row_span > 1:
        # a head in other words (资金情况, 资金安排) merged over money sub-heads, 项目名称 merged
        # down beside them (a form's 项目名称 | <name> is one row): the money head
        amount = next((c for c in cells[k + 1:] if c.col_span > 1
                       and c.row + max(c.row_span, 1) < r + cells[k].row_span and _heads_money(g, c)), None)
    goal = next((c for c, x in zip(cells, keys) if _LIST_GOAL.match(x)), None)
    owner = next((c for c, x in zip(cells, keys) if _LIST_OWNER.match(x)), None)
    # (项目总金额 / 项目总额 / 总投资: the project's total, a money column as the year's is)
    total = next((c for c, x in zip(cells, money) if x == "total"), None)
    # 项目名称 | <a column word>; a unit's column (实施单位) counts only beside an amount or
    # goal column: 项目名称 | <name> | 实施单位 | <unit> is a form's field row
    if not (money[k + 1] in ("amount", "total") or cells[k + 1] is amount
            or _LIST_GOAL.match(nxt) or _HEADER_WORD.match(nxt)
            or nxt in _CODE_LABELS
            or (_LIST_OWNER.match(nxt) and (amount is not None or goal is not None))
            # (项目名称 | 项目类别 / 项目属性 / 项目期限 beside a money or goal column, the row
            # numbering its projects (序号) or heading the grid beside them too: each project's
            # field in a column of its own; without those, one form's heads over its values)
            or (any(rx.match(nxt) for rx, attr in _TEXT_LABELS if attr != "goal")
                and (amount is not None or goal is not None)
                and (keys[0] in _ROW_NUMBER_HEADS or any(_HEADER_WORD.match(x) for x in keys)))):
        return None
    unit = next((parse_unit(c.text) for c in (amount, total) if c is not None and parse_unit(c.text)),
                None) or table.unit or "yuan"
    cols = _ListCols(cells[k].col, amount.col if amount is not None else None, unit,
                     goal.col if goal is not None else None, owner.col if owner is not None else None)
    cols.height = max(max(c.row_span, 1) for c in cells)
    code = next((c for c, x in zip(cells, keys) if x in _CODE_LABELS), None)
    cols.code = code.col if code is not None else None
    executed = next((c for c in cells if budget_stage(c.text) == "executed"), None) if amount is not None else None
    rate = next((c for c in cells if _RATE_HEAD.match(_key(c.text))), None) if executed is not None else None
    cols.executed = executed.col if executed is not None else None
    cols.rate = rate.col if rate is not None else None
    if total is not None:
        cols.total, cols.total_label = total.col, keys[cells.index(total)]
    if amount is not None and cols.height > 1:  # the money head split over sub-heads below it
        subs = {}
        under = [c for c in (g.row_cells(r + max(amount.row_span, 1)) if r + max(amount.row_span, 1) < g.n_rows else [])
                 if amount.col <= c.col < amount.col + max(amount.col_span, 1)]
        for c in under:
            key = _key(c.text)
            attrs = [attr for rx, attr in ((_SUM_LABEL, "amount"), *_MONEY_LABELS) if rx.match(key)]
            if _money_label(key, [_key(x.text) for x in under]) == "total":
                attrs = ["total"]  # (总额 beside 本年预算)
            attr = next((a for a in attrs if a not in subs), None)
            if attr is not None:
                subs[attr] = c.col
        incomes = tuple(c.col for c in under if _FISCAL_INCOME.match(_part_key(c.text)))
        if incomes and "fiscal" not in subs:
            cols.fiscal_incomes = incomes
        if subs:
            cols.amount = subs.get("amount")
            cols.fiscal, cols.carried = subs.get("fiscal"), subs.get("carried")
            cols.total = subs.get("total", cols.total)
            if "total" in subs:
                cols.total_label = next(_key(c.text) for c in g.row_cells(r + max(amount.row_span, 1))
                                        if c.col == subs["total"])
    first_sum = min((c.col for c in (amount, total) if c is not None), default=None)
    if first_sum is not None and cols.fiscal is None and cols.carried is None:
        # parts headed in the list's own row beside the sum (资金总额 | 财政拨款 | 其他资金), or
        # under a 其中 head merged over them (资金总额 | 其中 over 财政拨款 | 上年结转)
        heads = [c for i in range(cols.height) if r + i < g.n_rows for c in g.row_cells(r + i)]
        for rx, attr in _MONEY_LABELS[2:]:
            part = next((c for c in heads if rx.match(_key(c.text)) and c.col > first_sum), None)
            if part is not None:
                setattr(cols, attr, part.col)
        if cols.fiscal is None and not cols.fiscal_incomes:
            cols.fiscal_incomes = tuple(c.col for c in heads if c.col > first_sum
                                        and _FISCAL_INCOME.match(_part_key(c.text)))
    return cols


def _field_row(cells: list[Cell]) -> bool:
    """A row opening with a form's header field beside its value (年度目标 | <goal>, 项目期限 |
    2025年): never a project of a list, whose rows open with a name."""
    return len(cells) > 1 and bool(cells[1].text.strip()) \
        and any(rx.match(_key(cells[0].text)) for rx, _ in _TEXT_LABELS)


def _heads_money(g: _Grid, head: Cell) -> bool:
    """Whether the sub-heads right under a merged head name a sum (合计, 项目总额, 本年预算 …)."""
    r = head.row + max(head.row_span, 1)
    return r < g.n_rows and any(
        head.col <= c.col < head.col + head.col_span
        and (_SUM_LABEL.match(_key(c.text)) or _list_money(_key(c.text)) in ("total", "amount"))
        for c in g.row_cells(r))


def _owner_text(g: _Grid, r: int, col: int | None) -> str | None:
    """The unit named in row r's 单位名称 cell (merged over its projects' rows), or None."""
    if col is None:
        return None
    cell = g.cover[r][col]
    text = cell.text.strip() if cell is not None else ""
    if not re.search(r"[\u4e00-\u9fff]", text) or _NOT_PROJECTS.match(_label(text)) or _LIST_OWNER.match(_key(text)):
        return None
    return text


def _find_col(g: _Grid, header_rows: range, pattern: str) -> int | None:
    rx = re.compile(pattern)
    for r in header_rows:
        for c in g.row_cells(r):
            if rx.search(_label(c.text)):
                return c.col
    return None


# (a note merged across the foot of a list, 注： / 说明： / 填报说明：…, names no project either)
_NOT_PROJECTS = re.compile(r"^(合计|总计|小计|一般性项目|政府投资项目|其他项目|专项项目|基本支出|项目支出|序号"
                           r"|(注|说明|填报说明|备注)\d*:.*)$")


def _list_projects(doc: Document, tid: str, table: Table) -> list[dict]:
    """Projects of a list table: 项目支出预算表, 政府采购, 绩效管理项目情况表, 自评结果汇总."""
    g = _Grid(table)
    hdr = range(0, max(table.header_rows, 1))
    name_col = _find_col(g, hdr, r"^(项目名称|采购项目|项目)$")
    if name_col is None:
        name_col = 0
    owner_col = _find_col(g, hdr, _LIST_OWNER.pattern)
    code_col = _find_col(g, hdr, "^(" + "|".join(_CODE_LABELS) + ")$")
    owner = None
    amount_col = None
    if table.table_kind != "procurement":
        amount_col = _find_col(g, hdr, r"^(总计|合计|项目金额|金额|预算数|预算金额|项目预算|全年预算数)")
        if amount_col is not None:
            # a merged 预算金额 over 合计/…: its first sub-column
            amount_col = amount_col
    unit = table.unit
    if amount_col is not None:
        for r in hdr:
            cell = g.cover[r][amount_col]
            if cell is not None and parse_unit(cell.text):
                unit = parse_unit(cell.text)
    out = []
    for r in range(len(hdr), g.n_rows):
        owner = _owner_text(g, r, owner_col) or owner  # a blank cell: the unit goes on
        name = g.text(r, name_col)
        if not name or _NOT_PROJECTS.match(_label(name)) or compact(name) == compact(doc.department) \
                or _HEADER_WORD.match(_label(name)):
            continue
        if not re.search(r"[\u4e00-\u9fff]", name) or _LIST_NAME.match(_label(name)):
            continue  # placeholders (**, 1-2-3) and a header repeated on a later page
        amount = _money(g.text(r, amount_col), unit or "yuan") if amount_col is not None else None
        name, code = _name_and_code(name)
        if code_col is not None and code_col != name_col:
            code = _project_code(g.text(r, code_col)) or code
        row = _project_row(doc, tid, table, name, code, amount, None)
        row["unit_name"] = owner
        out.append(row)
    return out


def _project_row(doc, tid, table, name, code, amount, total) -> dict:
    return {"doc_id": doc.doc_id, "department": doc.department, "fiscal_year": doc.fiscal_year,
            "project_name": name.strip(), "project_code": code, "unit_name": None, "amount_yuan": amount,
            "total_amount_yuan": total, "fiscal_amount_yuan": None, "carried_over_yuan": None, "nature": None,
            "category": None, "start_date": None, "end_date": None, "goal": None,
            "table_id": tid, "source_kind": table.table_kind}


def _is_summary(table: Table) -> bool:
    """A list of evaluated projects: 项目名称 heads a column in the same row as 得分 or
    自评等级 (a form prints 项目名称 | <name> as a field, its scores further down)."""
    rows: dict[int, set[str]] = {}  # labels covering each row (a head merged down counts)
    for c in table.cells[:200]:
        for r in range(c.row, c.row + max(c.row_span, 1)):
            rows.setdefault(r, set()).add(_label(c.text))
    words = set().union(*rows.values()) if rows else set()
    # (a list whose projects carry their indicator rows, 三级指标 | 年度指标值 beside the
    # money, is read as forms: _list_header)
    return "一级指标" not in words and not any(_NAME_HEADER.match(w) for w in words) and any(
        "项目名称" in ws and any(w.startswith("得分") or w == "自评等级" for w in ws) for ws in rows.values())


def _summary_rows(doc: Document, tid: str, table: Table) -> list[dict]:
    g = _Grid(table)
    hdr = range(0, max(table.header_rows, 1))
    cols = {k: _find_col(g, hdr, p) for k, p in (
        ("name", r"^项目名称$"), ("budget", r"^预算数|^全年预算数"), ("executed", r"执行数"),
        ("score", r"^(自评)?得分"), ("grade", r"等级|等次"), ("rate", r"执行率"))}
    out = []
    for r in range(len(hdr), g.n_rows):
        name = g.text(r, cols["name"])
        if not name or _NOT_PROJECTS.match(_label(name)):
            continue

        def unit_for(k):
            c = cols[k]
            cell = g.cover[hdr[0]][c] if c is not None else None
            return parse_unit(cell.text) if cell is not None and parse_unit(cell.text) else (table.unit or "yuan")

        budget = _money(g.text(r, cols["budget"]), unit_for("budget")) if cols["budget"] is not None else None
        executed = _money(g.text(r, cols["executed"]), unit_for("executed")) if cols["executed"] is not None else None
        rate = _rate(g.text(r, cols["rate"])) if cols["rate"] is not None else None
        if rate is None and budget and executed is not None:
            rate = float((executed / budget).quantize(Decimal("0.0001")))
        grade = g.text(r, cols["grade"]) if cols["grade"] is not None else None
        out.append({"doc_id": doc.doc_id, "department": doc.department, "fiscal_year": doc.fiscal_year,
                    "project_name": name, "budget_yuan": budget, "executed_yuan": executed,
                    "execution_rate": rate, "score": _float(g.text(r, cols["score"])) if cols["score"] is not None else None,
                    "grade": grade if grade in ("优", "良", "中", "差") else None, "table_id": tid})
    return out
