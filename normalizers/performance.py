"""Performance forms (绩效目标表, 绩效自评表) -> indicators, projects, self_evaluations rows.

Plain functions over the typed Document: no I/O. Each public function takes the document
and optionally one table id (``None`` = every table of the document) and returns rows
keyed by the contract's column names (schemas/contract.py INDICATORS, PROJECTS,
SELF_EVALUATIONS), ready for ``to_table``.

How a form is read:
- A table may hold several forms: real disclosures print one form per project with the
  same title, and the extractor joins same-titled tables on consecutive pages. A row
  labelled 项目名称 starts a new form (project context, levels and column map reset).
- The indicator grid starts at the row holding 一级指标 and 二级指标; the header rows
  below it (指标值 / 近两年指标值 / 2019年 …) are read until a row holds anything else; a
  row numbering the columns (1 | 2 | 3 …) closes them.
  Columns are found by header words, merged header cells counting for every column they
  cover: name = 三级指标 | 指标内容 | 指标名称 | 具体指标 (else 绩效指标); target = 预期当年实现值 >
  年度目标值 > 年度指标值 > 目标值 > 指标值; priors = 近两年 / 前年 / 上年 / a year;
  actual = 全年完成值 | 实际完成值; score = 得分 | 自评分; basis = 指标值确定依据 |
  绩效标准 | 备注 | 评(计)分标准.
- 一级/二级 cells merged over several rows (or left blank, as OCR prints them) carry down.
- A target that does not parse is kept raw with parsed False: never guessed.
- Rows labelled 填报人, 联系人, 联系电话/方式, 项目负责人, 负责人 are skipped whole; names
  read from them and phone-number patterns are blanked from every free-text field
  (``redact``).
- Amounts are converted to yuan with the table's unit (a header "(万元)" overrides);
  execution_rate is a ratio (98.91% -> 0.9891).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from cnbudget.normalizers.amounts import parse_amount, parse_unit
from cnbudget.normalizers.indicators import (
    indicator_key,
    indicator_keywords,
    is_level1_name,
    level1,
    level2,
    parse_target,
    split_weight,
)
# the numbering rule name_form strips for the key (private there: one rule, shared on purpose)
from cnbudget.normalizers.indicators import ENUM_PREFIX
from cnbudget.normalizers.privacy import is_personal_label, redact
from cnbudget.schemas import identifiers
from cnbudget.schemas.model import Cell, Document, Table
from cnbudget.schemas.text import compact, is_column_number_row, nfkc

PERFORMANCE_KINDS = ("dept_performance_targets", "project_performance_targets", "performance_self_evaluation")

# --------------------------------------------------------------------------- text helpers


@functools.lru_cache(maxsize=1 << 14)  # asked of the same cell texts over and over
def _label(s: str | None) -> str:
    """A row label without spaces, trailing colon, score note: "产出 指标 (40分)" -> "产出指标"."""
    s = compact(s).rstrip(":")
    return re.sub(r"\(\d+(\.\d+)?分\)$", "", s)



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


# A head naming the target's comparison or its direction (比较 / 比较符 / 比较方式 / 比较类型 /
# 符号 / 运算符 / 关系 / 方向 / 指标方向 / 指标性质 …): the comparator column of a split target.
# Matched as a whole head only, so 比较基准 / 方向性说明 stay other columns.
_SPLIT_COMPARATOR = r"指标性质|(指标)?方向|比较(符号?|方式|关系|类型)?|(运算|关系)符号?|符号|关系"
_HEADER_WORD = re.compile(
    r"^(年度绩效指标|项目年度绩效指标|绩效指标|一级指标|二级指标|三级指标|指标名称|指标内容|具体指标.*|"
    r"(年度)?指标值|(年度)?目标值|绩效标准|近两年指标值|\d{4}年|前年|上年|预期当年实现值|备注|指标值确定依据|"
    r"指标分类|指标类型|指标类别|全年完成值|实际完成值|(自评)?得分|自评分|(分值|权重)(\((%|分)\))?|未完成原因.*|绩效指标描述|评\(?[扣计]?\)?分标准|"
    rf"{_SPLIT_COMPARATOR}|数值|计量单位|度量单位|指标值内容|指标值类型|指标解释|指标值说明|指标说明|偏差原因.*|(年度)?绩效指标名称)$"
)
# The sub-heads of a target printed over columns (比较符 | 数值 | 计量单位, 符号 | 数值 | 单位,
# 比较方式 | 数值 | 单位 …), in any order, under a merged 指标值 / 目标值 or not: the comparator's,
# the value's and the unit's.
_SPLIT_VALUE = r"数值|值|(年度)?指标值|(年度)?目标值"
_SPLIT_UNIT = r"计量单位|度量单位|单位"
_SPLIT_SUBHEAD = re.compile(rf"^({_SPLIT_COMPARATOR}|{_SPLIT_VALUE}|{_SPLIT_UNIT})$")


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


# The head of a column numbering the rows (序号 | 绩效指标 | 指标值): part of a header row.
_ROW_NUMBER_HEADS = ("序号", "编号")
_NAME_HEADER = re.compile(r"^(三级指标|(年度)?绩效指标名称|指标名称|具体指标)$")
_TARGET_HEADER = re.compile(r"^((年度|预期)?指标值|(年度)?目标值|预期当年实现值)")


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
    return bool(labels & {"绩效指标", "年度绩效指标"}) and all(_HEADER_WORD.match(x) or x in _ROW_NUMBER_HEADS
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


# The budget stage a money figure is read at, one vocabulary wherever the stage is named:
# a column head (年初预算数 | 全年预算数 | 全年执行数), a turned block's row label, a row led
# by its stage, a label | value pair or sentence, or fused into a part's label
# (财政拨款全年预算数, 年初财政拨款). "opening": the budget set at the year's start;
# "year": the full-year budget — the adjusted one (调整后预算数, 预算数（调整后）) is what is
# executed against, so it wins over 年初预算 / 当年预算 printed beside it; "executed": what
# was spent (执行数, 实际支出数). A bare 预算 names no stage (a form's money word).
_STAGES = (
    ("opening", r"年初预算(数|金额)?|预算(数|金额)?\(年初\)"),
    ("year", r"(全年)?预算(数|金额)|全年预算|调整后(全年)?预算(数|金额)?|(全年)?预算(数|金额)?\(调整后\)"),
    ("executed", r"(全年|实际|预算)?执行(数|金额)?|(全年)?实际支出(数|金额)"),
)
_STAGE_RX = tuple((stage, re.compile(rf"^({words})$")) for stage, words in _STAGES)
# (全年预算数（A） / 全年执行数(B): the letters a self-evaluation names its columns by)
_STAGE_NOTE = re.compile(r"(\([A-Za-z]\)|[A-Za-z])$")


def budget_stage(label: str | None) -> str | None:
    """The budget stage a label names ("opening", "year", "executed"), else None."""
    x = _STAGE_NOTE.sub("", _key(label))
    return next((stage for stage, rx in _STAGE_RX if rx.match(x)), None)


# The money block of a form, wherever it sits: label -> _Form attribute. A value is the
# next cell of the row, or the cell below the label where labels head columns.
# The multi-year sum is named by its period (实施期, 中期, 项目期, 项目周期, 总) before a money
# word; the year's by the year (年度, 当年, 本年, 2024年) before one. A bare 项目资金 is the
# block's own label, and 资金总额 alone the year's sum (the forms that print one sum), as is
# 项目金额 (a form printing one amount beside the project's name; 本年度项目金额 too). The period or the year
# may follow the money word in brackets instead (项目总金额（实施期）, 资金总额（年度）).
_PERIOD_WORD = r"((项目)?实施期|(项目)?中期|项目期|项目周期|实施周期|项目全周期|全周期|项目总|总)"
# (the project may name itself before its year: 本项目年度预算, 该项目年度资金)
_YEAR_WORD = r"((本|该)?项目)?(年度|当年度?|本年度?|(19|20)\d{2}年度?)"
_MONEY_WORD = r"(资金总额|资金合计|资金|总额|总金额|金额|总预算|预算|预算总额|总投资|投资)"
# What a 申报表 asks for: 申请金额 / 申报资金 is the year's sum (after a period word, the total's);
# after a year word the money word may go unsaid (本年度申请, 2025年申报).
_REQUEST_WORD = r"(申请|申报)(资金总额|资金|金额|数)"
# A part is named under its sum as 其中, or with the sum it is part of: 本年度资金中：财政拨款,
# 年度资金中的财政拨款, 年度资金总额其中：上年结转 (the year's sum; a period's would be the total's);
# a part the whole sum is comes as 全部为 / 均为 (本项目年度预算18.00万元，全部为财政拨款18.00万元).
_WHEREOF = rf"(其中:?|全部为|全部是|均为|全额为|{_YEAR_WORD}?{_MONEY_WORD}(其中|中的?):?)"
_MONEY_LABELS = (
    (re.compile(rf"^(项目资金总额|项目总额|{_PERIOD_WORD}({_MONEY_WORD}|{_REQUEST_WORD})"
                rf"|(项目)?{_MONEY_WORD}\({_PERIOD_WORD}内?\))$"), "total"),
    # (本年安排 / 本年度预算安排: what the year arranges is the year's sum; 年度项目资金 /
    # 本年度项目预算: the year's project money, as is a bare 项目预算 — no period word)
    (re.compile(rf"^(资金总额|总额|{_YEAR_WORD}({_MONEY_WORD}|预算数|预算资金|预算金额|(预算)?安排(资金|数)?)|预算数|预算金额|(?:{_YEAR_WORD})?项目(预算)?金额|项目预算数?"
                rf"|{_YEAR_WORD}项目(预算|资金)"
                rf"|{_YEAR_WORD}?{_REQUEST_WORD}|{_YEAR_WORD}(申请|申报)|(项目)?{_MONEY_WORD}\({_YEAR_WORD}\))$"), "amount"),
    # (本年拨款 / 本年财政拨款 beside 上年结转: what is appropriated this year is the fiscal part)
    # (本年财政资金 / 年度财政资金 too: a year word before any fiscal word — never a period's)
    (re.compile(rf"^{_WHEREOF}?({_YEAR_WORD}?(财政拨款(资金)?|财政资金|财政性资金)|(本年|当年)度?拨款)(小计|合计)?$"),
     "fiscal"),
    # (上年结转结余 / 上年结转和结余 / 以前年度结转 / 结转资金: carried all the same)
    (re.compile(rf"^{_WHEREOF}?((上年|以前年度)结转(和?结余)?(资金)?|结转(结余)?资金)$"), "carried"),
)
# A bare sum (总额, 资金总额) is the year's only where the form or list prints no year's own
# sum beside it; beside one (本年预算, 当年预算, 年度预算, 本年安排 …) it is the project's total.
_BARE_SUM = re.compile(r"^(资金)?总额$")
_YEAR_SUM = re.compile(rf"^{_YEAR_WORD}")


def _money_label(key: str, beside: Iterable[str] = ()) -> str | None:
    """What a money label names ("total", "amount", "fiscal", "carried"; else None), read
    with the labels printed beside it (its row's, or its fellow sub-heads')."""
    attr = next((attr for rx, attr in _MONEY_LABELS if rx.match(key)), None)
    if attr == "amount" and _BARE_SUM.match(key) and any(
            _YEAR_SUM.match(b) and not _BARE_SUM.match(b)
            and _list_amount(b) for b in beside):
        return "total"
    return attr


# A part's label with a budget stage fused to it, after (财政拨款全年预算数, 上年结转的执行数)
# or before, maybe without its 预算 (年初财政拨款, 全年财政拨款): the part at that stage.
_STAGE_WORDS = "|".join(words for _, words in _STAGES)
_STAGE_FUSED = (re.compile(rf"^(?P<part>.+?)的?(?P<stage>{_STAGE_WORDS})$"),
                re.compile(rf"^(?P<stage>年初|全年|调整后|{_STAGE_WORDS})的?(?P<part>.+)$"))


def _staged_part(key: str) -> tuple[str, str] | None:
    """(part, stage) for a source part's label naming its stage (("fiscal", "year") for
    其中：财政拨款全年预算数); None for any other label."""
    rest = re.sub(r"^其中:?", "", key)
    for rx in _STAGE_FUSED:
        m = rx.match(rest)
        stage = m and budget_stage(m["stage"] + ("预算" if m["stage"] in ("年初", "全年", "调整后") else ""))
        if stage and (part := _money_label(m["part"])) in ("fiscal", "carried"):
            return part, stage
    return None


# The number of an item in a list of sources (9.上年结转, (九)上年结转, 九、上年结转).
_ITEM_NUMBER = re.compile(r"^(\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
# A line of a sources list naming a kind of 财政拨款 income (1.一般公共预算财政拨款收入,
# 2.政府性基金预算财政拨款收入, 国有资本经营预算财政拨款收入; the first may be led by 其中：,
# the lines being the sum's parts): the fiscal money is the sum of
# those printing an amount (their 其中：申请当年预算拨款 lines are parts, never added); a line
# naming its kind may leave out 收入 (其中：一般公共预算财政拨款). A source not named 财政拨款
# (一般公共预算, 政府性基金, 专项债券, 上级补助) is never fiscal.
_FISCAL_INCOME = re.compile(r"^(其中:?)?((一般公共预算|政府性基金预算?|国有资本经营预算)财政拨款(收入)?|财政拨款收入)$")
# Header fields printed as label | value.
_TEXT_LABELS = (
    (re.compile(r"^项目(属性|性质)$"), "nature"),
    (re.compile(r"^项目(类别|类型|分类)$"), "category"),
    (re.compile(r"^(项目)?(起止时间|起止日期|实施期限|实施周期|项目期限|执行期限|项目期)$"), "period"),
    (re.compile(r"^(项目)?(年度)?(绩效|总体)?目标$|^(项目)?年度(总体)?绩效目标$|^绩效目标$"), "goal"),
)
_NAME_LABELS = ("项目名称",)
# The department-wide form's header field (部门整体支出绩效自评表 has no 项目名称).
_DEPT_LABEL = re.compile(r"^(部门|单位|部门\(单位\))名称$|^部门\(单位\)$")
_DEPT_TITLE = re.compile(r"部门整体|整体支出")
# Self-evaluation results: the grade (优/良/中/差, or spelled out) and the total score.
_GRADE_LABEL = re.compile(r"^(自评|综合|绩效|评价)?(等[次级]|评价|结论)(等[次级]|结果|结论)?$"
                          r"|^(绩效|项目|综合)?自评(等[次级]|结论|结果)")
_GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
           "差": "差", "较差": "差", "不合格": "差"}
_TOTAL_LABEL = re.compile(r"^(总分|合计得分|总得分|自评总分|综合得分)$")
_CODE_LABELS = ("项目代码", "项目编码", "编码", "项目编号")
# A project printed as "<code>-<name>" in its 项目名称 cell: a code of letters and digits
# (six or more, a digit among them) before a dash, the name after it.
_CODE_NAME = re.compile(r"^(?P<code>(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{6,})\s*[-—－_]\s*(?P<name>[^\d\s].*)$")
# The sum closing a money block listed by source (财政拨款, 上年结转, 合计).
_SUM_LABEL = re.compile(r"^(合计|小计|资金合计|合计金额)$")
# A cell holding one figure (an amount or a rate), not a label.
_FIGURE = re.compile(r"^-?[\d,]+(\.\d+)?%?$")
# An amount in a value cell, its unit after the number ("1,250,000.00元").
_FIGURE_AMOUNT = re.compile(r"^-?[\d,]+(\.\d+)?(%|万元|元)?$")
# A list of projects (单位名称 | 项目名称 | 金额 | 绩效目标 …): column header words.
_LIST_NAME = re.compile(r"^(一级|二级)?项目名称$")
# The implementing unit's column of a list (单位名称 | 项目名称 | …): part of a project's identity.
_LIST_OWNER = re.compile(r"^(预算|实施|项目|填报|主管|申报)?单位(名称)?$")
# A list's money column is headed as a form's money is labelled (_money_label: 本年预算,
# 申请资金, 项目总金额 …). The list-only allowance, the one difference: a list may head the
# year's column with a bare word a form never labels its sum with (金额, 资金, 项目资金,
# 预算资金, 预算安排, 资金金额: in a form they head its sources' figures or name its block),
# and a head may print a note in brackets after its money word (预算金额（千元）).
_LIST_ONLY_AMOUNT = re.compile(rf"^{_YEAR_WORD}?(金额|资金金额|预算安排|预算资金|项目资金|资金)$")
_HEAD_NOTE = re.compile(r"\([^()]*\)$")
_LIST_GOAL = re.compile(r"^(项目)?(年度)?(总体)?(绩效|总体)?目标(内容)?$|(绩效|总体|年度)目标")
# One cell per indicator (Guangdong): "1-产出指标；11-数量指标；<name>；…；年度指标值:…".
_ONE_CELL = re.compile(r"^\s*\d+\s*-\s*([^;]*?指标)\s*;\s*\d+\s*-\s*([^;]*?指标)\s*;\s*([^;]+?)\s*;(.*)$", re.S)
_NAME_PREFIX = re.compile(r"^(?:指标\s*\d+\s*[:：]|\d+\s*[:：])\s*")
# A second numbered item inside a cell ("1、破案560宗；2、逮捕200人"): a list, kept whole.
_MORE_ITEMS = re.compile(r"[;；。,，\s](?:\d+[、.:：](?!\d)|[(（]\d+[)）]|[②-⑳])")


def indicator_name(name: str) -> str:
    """The printed name without its numbering prefix ("指标1：", "1.", "（1）", "一、", "①"),
    with the rule ``name_form`` uses for the key; a cell listing several numbered items
    keeps its numbering (stripping the first number alone would misstate it).

    Not yet applied to the published ``name``: tests/test_performance.py matches the seed
    gold by printed name (72 of 620 gold names are numbered), so the switch waits for
    that matcher to compare names in this form."""
    text = name.strip()
    if _MORE_ITEMS.search(nfkc(text)):
        return text
    for _ in range(2):  # "1、指标内容：…": a number, then a label
        m = ENUM_PREFIX.match(text)
        if m is None and ENUM_PREFIX.match(nfkc(text)):  # ⑩, fullwidth digits: NFKC only then
            text = nfkc(text)
            m = ENUM_PREFIX.match(text)
        if m is None or m.end() >= len(text):
            break
        text = text[m.end():].strip()
    return text


_GRADE_WORDS = r"(优秀|良好|中等|合格|不合格|较差|优|良|中|差)"
# A grade stated in a conclusion's prose: "项目自评得分97.08分，自评等级为优。"
_GRADE_IN_PROSE = re.compile(rf"(?:等[级次]|评价结果|评级)(?:为|是|:)?[\"'“‘]?{_GRADE_WORDS}(?![\u4e00-\u9fff])")


def _grade(text: str | None) -> str | None:
    """优/良/中/差 from a printed grade ("良", "良好", "优秀（90分以上）"), or from the
    sentence of a 评价结论 that states it ("自评等级为优")."""
    s = compact(text)
    if s in _GRADES:
        return _GRADES[s]
    m = re.match(rf"^{_GRADE_WORDS}(?![\u4e00-\u9fff])", s) or _GRADE_IN_PROSE.search(s)
    return _GRADES[m.group(1)] if m else None


# A grade printed as a letter: "A", "B级", "C等".
_GRADE_LETTER = re.compile(r"^([A-Ea-e])(级|等)?$")
# The key a form prints for its letters: "A为优（90分及以上）", "B：良好", "C（中）", "D-差".
_LETTER_KEY = re.compile(rf"(?<![A-Za-z])([A-E])(?:级|等)?(?:为|是|表示|代表|对应|:|=|-|—|\()\(?{_GRADE_WORDS}"
                         rf"(?![\u4e00-\u9fff])")


def _letter_key(texts) -> dict[str, str]:
    """Letter -> 优/良/中/差 as the key printed among ``texts`` states it (empty where none is
    printed: a letter is never read through a guessed key)."""
    key: dict[str, str] = {}
    for text in texts:
        for m in _LETTER_KEY.finditer(compact(text)):
            key.setdefault(m.group(1), _GRADES[m.group(2)])
    return key


def _key(text: str | None) -> str:
    """A label without spaces, colon, score note or unit: "年度资金总额（万元）：" -> "年度资金总额"."""
    return re.sub(r"\((万?元|万元)\)$", "", _label(text)).rstrip(":")


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
    """The unit a money label of the block's rows above row r prints (项目总投资（万元）),
    or the block's own label (项目资金（万元） leading the first row, blank cells under it),
    the nearest first; None past the block (a row of the indicator grid's header)."""
    for rr in range(r - 1, max(r - 8, -1), -1):
        if _is_indicator_header(g, rr):
            return None
        for cell in g.row_cells(rr):
            if len(compact(cell.text)) <= 16 and parse_unit(cell.text) \
                    and (_money_label(_key(cell.text)) is not None or _MONEY_BLOCK.match(_key(cell.text))):
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
            or re.match(r"^(项目)?(代码|编码)$", nxt)
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
        incomes = tuple(c.col for c in under if _FISCAL_INCOME.match(_ITEM_NUMBER.sub("", _key(c.text))))
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
                                        and _FISCAL_INCOME.match(_ITEM_NUMBER.sub("", _key(c.text))))
    return cols


# A list's 执行率 head (never 执行率得分, the rate's score).
_RATE_HEAD = re.compile(r"^(预算)?执行率(\(%\))?$")
# A results row's label naming the score and the grade together (总分及自评等级): its grade
# is the grade word printed in the row.
_RESULTS_LABEL = re.compile(r"^(总分|自评总分|总得分|综合得分|自评得分)(及|和|与|、)(自评|评价|绩效)?(等级|等次|结果)$")

# A unit's field label (主管部门, 实施单位, 预算单位名称 …).
_UNIT_FIELD = re.compile(r"^(预算|实施|项目|填报|主管|申报|归口)?(单位|部门)(名称)?$")


def _is_header_label(text: str) -> bool:
    """A form's header field label (项目编码, 主管部门, 实施单位, money, goal …), not a value."""
    return _is_field_label(text) or bool(_UNIT_FIELD.match(_key(text)))


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


def _list_amount(key: str) -> bool:
    """A list's head naming the year's money: a form's year's label or a list-only word
    (_LIST_ONLY_AMOUNT), maybe with a note in brackets after it."""
    return any(_LIST_ONLY_AMOUNT.match(x) or _money_label(x) == "amount" for x in {key, _HEAD_NOTE.sub("", key)})


def _list_money(key: str, beside: Iterable[str] = ()) -> str | None:
    """What a list's column head names, as a form's money label would: "total" (项目总金额),
    "amount" (the year's: 本年预算, 年度资金, 本年安排 …), "fiscal" or "carried"; else None.
    ``beside``: the heads printed with it (a bare 总额 beside 本年预算 is the total)."""
    attr = _money_label(key, beside)
    return "amount" if attr is None and _list_amount(key) else attr


def _is_level_text(text: str) -> bool:
    """A level's name (产出指标, 数量指标, 社会效益指标, 满意度), never a project's."""
    label, _ = split_weight(text)
    return bool(label) and (is_level1_name(label) or bool(re.search(r"指标$", compact(label)))
                            or bool(_HEADER_WORD.match(_label(label))))


def _owner_text(g: _Grid, r: int, col: int | None) -> str | None:
    """The unit named in row r's 单位名称 cell (merged over its projects' rows), or None."""
    if col is None:
        return None
    cell = g.cover[r][col]
    text = cell.text.strip() if cell is not None else ""
    if not re.search(r"[\u4e00-\u9fff]", text) or _NOT_PROJECTS.match(_label(text)) or _LIST_OWNER.match(_key(text)):
        return None
    return text


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
    sub-heads (财政拨款 over 小计 | 一般公共预算 | 政府性基金), below its 小计 / 合计 one."""
    below = _cell_below(g, cell)
    if below and _FIGURE.match(compact(below)):
        return below
    row = cell.row + max(cell.row_span, 1)
    for col in range(cell.col, cell.col + max(cell.col_span, 1)) if row < g.n_rows else ():
        sub = g.start[row][col]
        if sub is not None and _SUM_LABEL.match(_key(sub.text)):
            figure = _cell_below(g, sub)
            return figure if figure and _FIGURE.match(compact(figure)) else None
    return None


def _is_label(text: str) -> bool:
    x = _key(text)
    return bool(x in _NAME_LABELS or x in _CODE_LABELS or _HEADER_WORD.match(x)
                or any(rx.match(x) for rx, _ in _MONEY_LABELS) or any(rx.match(x) for rx, _ in _TEXT_LABELS)
                or is_personal_label(x))


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
        if _money_label(_ITEM_NUMBER.sub("", _key(cells[j].text))):
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
    part = _money_label(_ITEM_NUMBER.sub("", _key(cells[k].text)))
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
                or _money_label(_ITEM_NUMBER.sub("", _key(left.text))) != part:
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
_MONEY_BLOCK = re.compile(r"^(项目)?资金(来源|构成|情况)?$")


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


def _money_sentence(text: str, unit: str) -> dict[str, Decimal]:
    """Money written as label：value text ("项目资金总额：1,200.00万元，年度资金总额：480.00万元
    （其中财政拨款480.00万元）"): attribute -> amount, only where the text opens with such a
    pair (a goal paragraph mentioning an amount is no money block). A part (财政拨款, 上年结转)
    after the multi-year sum is that sum's: the year's, printed after the year's sum, is
    preferred. 项目资金：… is the year's sum, or the total beside a year's sum of its own."""
    pairs = []
    text = _LABEL_UNIT.sub(r":\2\1", compact(text))
    if _MONEY_LINES.fullmatch(text):
        text = ";".join(m.group() for m in _MONEY_LINE.finditer(text))
    for seg in re.split(r"[;()。、]|(?<!\d),|,(?!\d)", text):
        m = _MONEY_PAIR.match(seg)
        attr = next((a for rx, a in _MONEY_LABELS if m and rx.match(_key(m.group("label")))), None)
        if m and attr is None:  # a self-evaluation's 全年预算数… / 全年执行数… sentence
            label = _key(m.group("label"))
            stage, staged = budget_stage(label), _staged_part(label)
            attr = "amount" if stage == "year" else "executed" if stage == "executed" \
                else staged[0] if staged and staged[1] == "year" \
                else "block" if _BLOCK_SUM.match(label) \
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
    return any(re.match(r"^(项目)?资金(来源|构成|情况)?$", x) for x in keys) or \
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
        label = next((c for c in reversed(g.row_cells(r)) if c.col < head.col and c.text.strip()
                      and not _figure_or_dash(c.text)), None)  # (the figures of the heads before)
        key = _key(label.text) if label is not None else ""
        if budget_stage(key) == "year" or (current_row and _CURRENT_ROW.match(key)):
            return under.text.strip() if _FIGURE.match(compact(under.text)) else None
    return None


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
                if money is None and (below := _figure_under_head(g, cell)):
                    # (the lines heading a row of sources, their figures below: 资金总额 |
                    # 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 单位资金)
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
                    or _closes_source_column(g, cell)):
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


def _is_field_label(label: str) -> bool:
    """A label the form reader knows as a header field, money, result or budget head."""
    x = _key(label)
    return bool(_is_label(x) or _DEPT_LABEL.match(x) or _GRADE_LABEL.match(x) or _TOTAL_LABEL.match(x)
                or re.match(r"^(全年)?(预算|执行)数|执行率$", x) or budget_stage(x) is not None
                or re.match(r"^(项目)?(单位|负责人)$", x))


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
        first = labels[0] if labels else ""
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
            first = labels[0] if labels else ""
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
                                   and not any(_FIGURE_AMOUNT.match(compact(c.text)) for c in cells))):
            # a grid headed in a row of its own under the "list", a form's field (年度目标 |
            # <goal>), or a label where a name would be, printing no figure (more labels over
            # their values: 年度预算资金 | 其中：财政资金 | 其他资金 over the amounts, 年度绩效目标
            # over the goal): that was one form's heads over their values (项目名称 | 项目金额,
            # or 项目名称 | 项目编码 | 实施单位, over 社区网格化服务管理 | …); the row is the form's own
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
                if pending is not None:  # its first rows ended the previous page, unnamed
                    form, pending = pending, None
                    form.project_name = cell.text.strip()
                else:
                    form = _Form(project_name=cell.text.strip(), unit_name=lm.owner_name)
                    forms.append(form)
                    l1 = l2 = None
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
            elif _money_label(_ITEM_NUMBER.sub("", _key(cells[0].text))) in ("fiscal", "carried") \
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


# The project's own sum, named by no period (项目资金总额, 项目总额), as against 实施期资金总额.
_PROJECT_SUM = re.compile(r"^项目(资金)?总额$")
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


def _split_target(g: _Grid, r: int, cm: _ColMap) -> tuple[str, str]:
    """(target as printed, text to parse) of a row: the value cell, or the comparator,
    value and unit columns joined in reading order; parsed as comparator+value+unit."""
    parts = {c: g.text(r, c) for c in (cm.comparator, cm.target, cm.content, cm.unit) if c is not None}
    raw = "".join(parts[c] for c in sorted(parts) if parts[c])
    value = "".join(x for x in (g.text(r, cm.target), g.text(r, cm.content)) if x)
    cmp_text = compact(g.text(r, cm.comparator)) if cm.comparator is not None else ""
    unit = compact(g.text(r, cm.unit)) if cm.unit is not None else ""
    symbol = _SYMBOLS.get(nfkc(cmp_text), cmp_text if len(cmp_text) <= 4 else "")
    text = compact(value)
    if symbol and text and not re.match(r"^[<>≤≥=＝]", nfkc(text)):
        text = symbol + text
    if unit and text and not text.endswith(unit):
        text += unit
    return raw, text


def _indicator_row(g: _Grid, r: int, cm: _ColMap, l1: str | None, l2: str | None, name: str) -> dict:
    if cm.target_in_name:
        raw = parse_text = name
    else:
        raw, parse_text = _split_target(g, r, cm)
    priors = []
    for c, lab in cm.priors:
        v = g.text(r, c)
        if v:
            priors.append(f"{lab}={v}")
    basis = " ".join(x for x in (g.text(r, c) for c in cm.basis) if x) or None
    actual = g.text(r, cm.actual) if cm.actual is not None else None
    row = _indicator_fields(r, l1, l2, name, raw, parse_text, priors=";".join(priors) or None, basis=basis,
                            actual=actual)
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


# --------------------------------------------------------------------------- public API


def _table_id(doc: Document, table: Table) -> str:
    return identifiers.table_id(doc.doc_id, table.seq)


def _tables(doc: Document, table_id: str | None) -> list[tuple[str, Table]]:
    out = [(_table_id(doc, t), t) for t in doc.tables]
    return [x for x in out if table_id is None or x[0] == table_id]


def _is_indicator_table(table: Table) -> bool:
    if table.table_kind in PERFORMANCE_KINDS:
        return True
    words = {_label(c.text) for c in table.cells[:400]}
    if "一级指标" in words and "二级指标" in words:
        return True
    return table.table_kind == "other" and _has_form_labels(table)


def _has_form_labels(table: Table) -> bool:
    """An untitled part of a performance form, known by its labels wherever they sit: an
    indicator grid's header row (二级指标 | 三级指标 | 指标值), or a form's header block
    (项目名称 | <name> beside 资金来源 / 项目属性 / 绩效目标 labels)."""
    g = _Grid(table)
    if any(_is_indicator_header(g, r) for r in range(min(g.n_rows, 40))):
        return True
    keys = [_key(c.text) for c in table.cells[:200]]
    return "项目名称" in keys and any(
        re.match(r"^资金(来源|构成)$", x) or any(rx.match(x) for rx, _ in _TEXT_LABELS) for x in keys)


def _doc_forms(doc: Document) -> dict[int, list[_Form]]:
    """The forms of each performance table of doc (by table seq). A table without a title
    whose first rows name no project (the indicator part of a form printed as a separate
    grid below its header block) continues the form the table before it ended with. Forms
    printed one after another down the pages under one title and one 单位：万元 line: a
    form table with no title and no unit of its own, right after a form table (on its page
    or the next), is in that table's unit."""
    out: dict[int, list[_Form]] = {}
    last: _Form | None = None
    before: Table | None = None  # the form table printed right before, as read (its unit)
    for table in doc.tables:
        if not _is_indicator_table(table):
            before = None
            continue
        if before is not None and table.unit is None and not compact(table.title) \
                and table.page_first <= before.page_last + 1:
            table = replace(table, unit=before.unit, unit_raw=before.unit_raw)
        before = table
        forms = _read_table(doc, table).forms
        first = forms[0] if forms else None
        if first is not None and last is not None and not compact(table.title) \
                and not first.project_name and not first.dept_wide:
            first.project_name, first.dept_wide = last.project_name, last.dept_wide
        out[table.seq] = forms
        if forms:
            last = forms[-1]
    return out


def _personal_names(doc: Document) -> set[str]:
    names: set[str] = set()
    for t in doc.tables:
        if _is_indicator_table(t):
            names |= _read_table(doc, t).names
    return names


def indicators(doc: Document, table_id: str | None = None) -> list[dict]:
    """INDICATORS rows of every performance table of doc (or of the one table given)."""
    rows: list[dict] = []
    names = _personal_names(doc)
    forms_of = _doc_forms(doc)
    for tid, table in _tables(doc, table_id):
        if not _is_indicator_table(table):
            continue
        dept_wide = table.table_kind == "dept_performance_targets"
        for form in forms_of.get(table.seq, []):
            for ind in form.indicators:
                row = {"doc_id": doc.doc_id, "table_id": tid, "department": doc.department,
                       "fiscal_year": doc.fiscal_year,
                       "project_name": None if dept_wide or form.dept_wide else form.project_name, **ind}
                for k in ("name", "basis", "target_raw", "actual_raw", "level1_raw", "level2_raw", "prior_values"):
                    row[k] = redact(row[k], names)
                rows.append(row)
    return rows


def _find_col(g: _Grid, header_rows: range, pattern: str) -> int | None:
    rx = re.compile(pattern)
    for r in header_rows:
        for c in g.row_cells(r):
            if rx.search(_label(c.text)):
                return c.col
    return None


_NOT_PROJECTS = re.compile(r"^(合计|总计|小计|一般性项目|政府投资项目|其他项目|专项项目|基本支出|项目支出|序号)$")


def _list_projects(doc: Document, tid: str, table: Table) -> list[dict]:
    """Projects of a list table: 项目支出预算表, 政府采购, 绩效管理项目情况表, 自评结果汇总."""
    g = _Grid(table)
    hdr = range(0, max(table.header_rows, 1))
    name_col = _find_col(g, hdr, r"^(项目名称|采购项目|项目)$")
    if name_col is None:
        name_col = 0
    owner_col = _find_col(g, hdr, _LIST_OWNER.pattern)
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
        row = _project_row(doc, tid, table, name, None, amount, None)
        row["unit_name"] = owner
        out.append(row)
    return out


def _project_row(doc, tid, table, name, code, amount, total) -> dict:
    return {"doc_id": doc.doc_id, "department": doc.department, "fiscal_year": doc.fiscal_year,
            "project_name": name.strip(), "project_code": code, "unit_name": None, "amount_yuan": amount,
            "total_amount_yuan": total, "fiscal_amount_yuan": None, "carried_over_yuan": None, "nature": None,
            "category": None, "start_date": None, "end_date": None, "goal": None,
            "table_id": tid, "source_kind": table.table_kind}


def _form_project(doc: Document, tid: str, table: Table, f: _Form) -> dict:
    row = _project_row(doc, tid, table, f.project_name, f.project_code, f.amount, f.total)
    row.update({"unit_name": f.unit_name, "fiscal_amount_yuan": f.fiscal, "carried_over_yuan": f.carried, "nature": f.nature,
                "category": f.category, "start_date": f.start_date, "end_date": f.end_date, "goal": f.goal})
    return row


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


# Amounts of one project read from two tables agree within the rounding of a 万元 figure
# printed to two decimals (a list in 万元, a form in 元).
_SAME_AMOUNT_YUAN = Decimal("50")
_AMOUNTS = ("amount_yuan", "total_amount_yuan", "fiscal_amount_yuan", "carried_over_yuan")


def _digits(amount: Decimal) -> int:
    """The significant digits of an amount in yuan: 1,580,012.00 has 7, 15,800,000.00
    (158.00 万元) 3."""
    return len(amount.normalize().as_tuple().digits)


def _same_project(a: dict, b: dict) -> bool:
    """Two rows of one name are one project unless what both print disagrees: the unit,
    the code or an amount (two units' projects often share a name: 教学及学生管理经费)."""
    code_a, code_b = compact(a.get("project_code")), compact(b.get("project_code"))
    if code_a and code_b and code_a != code_b:
        return False
    unit_a, unit_b = compact(a.get("unit_name")), compact(b.get("unit_name"))
    if unit_a and unit_b and not (unit_a.startswith(unit_b) or unit_b.startswith(unit_a)):
        return False  # (a unit's name cut at a cell's edge is still that unit)
    for k in _AMOUNTS:
        if a.get(k) is not None and b.get(k) is not None and abs(a[k] - b[k]) > _SAME_AMOUNT_YUAN:
            return False
    return True


def projects(doc: Document, table_id: str | None = None) -> list[dict]:
    """PROJECTS rows: one per project of the document, from project/procurement/performance
    tables. Rows of one name merge (each filling the other's blanks, the fuller figure of an
    amount both print winning) unless their unit, code or amounts conflict (``_same_project``)."""
    rows: list[dict] = []
    forms_of = _doc_forms(doc)
    for tid, table in _tables(doc, table_id):
        kind = table.table_kind
        if kind in ("project_expenditure", "procurement", "performance_management_projects") or \
                (kind == "performance_self_evaluation" and _is_summary(table)):
            rows.extend(_list_projects(doc, tid, table))
        elif _is_indicator_table(table) and kind != "dept_performance_targets":
            for f in forms_of.get(table.seq, []):
                if f.project_name:
                    rows.append(_form_project(doc, tid, table, f))
    by_name: dict[str, list[dict]] = {}
    out: list[dict] = []
    for r in rows:
        seen = by_name.setdefault(compact(r["project_name"]), [])
        cur = next((s for s in seen if _same_project(s, r)), None)
        if cur is None:
            seen.append(r)
            out.append(r)
            continue
        for k, v in r.items():
            if cur.get(k) is None and v is not None:
                cur[k] = r[k]
            elif k in _AMOUNTS and v is not None and _digits(v) > _digits(cur[k]):
                cur[k] = v  # (one amount both print, the fuller figure: a form's 元 over a list's 万元)
        if len(r.get("unit_name") or "") > len(cur.get("unit_name") or ""):
            cur["unit_name"] = r["unit_name"]  # the whole name over one cut at a cell's edge
    return out


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


def self_evaluations(doc: Document, table_id: str | None = None) -> list[dict]:
    """SELF_EVALUATIONS rows from 项目支出绩效自评表 forms and 自评结果 summary tables.

    With table_id None, one row per project of the document: a form's values win, the
    summary fills what the form lacks."""
    rows: list[dict] = []
    forms_of = _doc_forms(doc)
    for tid, table in _tables(doc, table_id):
        if table.table_kind != "performance_self_evaluation":
            continue
        if _is_summary(table):
            rows.extend(_summary_rows(doc, tid, table))
            continue
        for f in forms_of.get(table.seq, []):
            if not (f.project_name or f.dept_wide) or (f.amount is None and f.score is None and f.grade is None):
                continue  # a department-wide form publishes project_name null
            rate = f.rate
            if rate is None and f.amount and f.executed is not None:
                rate = float((f.executed / f.amount).quantize(Decimal("0.0001")))
            rows.append({"doc_id": doc.doc_id, "department": doc.department, "fiscal_year": doc.fiscal_year,
                         "project_name": None if f.dept_wide else f.project_name,
                         "budget_yuan": f.amount, "executed_yuan": f.executed,
                         "execution_rate": rate, "score": f.score, "grade": f.grade, "table_id": tid})
    if table_id is not None:
        return rows
    best: dict[str, dict] = {}
    for r in sorted(rows, key=lambda r: _is_summary_row(doc, r)):
        key = compact(r["project_name"] or "")  # one department-wide row per document
        if key not in best:
            best[key] = dict(r)
        else:
            for k, v in r.items():
                if best[key].get(k) is None and v is not None:
                    best[key][k] = v
    return list(best.values())


def _is_summary_row(doc: Document, row: dict) -> bool:
    t = next((t for t in doc.tables if _table_id(doc, t) == row["table_id"]), None)
    return bool(t is not None and _is_summary(t))
