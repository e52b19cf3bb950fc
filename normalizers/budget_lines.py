"""Budget / final-accounts tables -> ``budget_lines`` rows: one row per amount cell.

Plain functions over the typed model (no I/O, nothing from flows/). The table id of a
row is given by the caller (``table_id=``, a function of the table); without it the one
format of ``cnbudget.schemas.identifiers.table_id`` is used, as the tables dataset does.

How a table is read (``table_layout``):

1. Header rows: the leading run of rows flagged ``Cell.is_header`` plus following rows
   that carry no amount, no code and no total/ordinal label (tables whose header the
   extractor did not flag, e.g. empty 政府性基金 tables). Repeated headers on continuation
   pages (flagged, or printed exactly like a header row) are skipped; the 类/款/项 label
   row is a header row (when it also carries the 合计 amounts, as in 收入决算表, it is data
   and its 类/款/项 words are simply not codes). A row numbering the columns (栏次 | 1 | 2 | 3,
   ** | ** | 1 | 2, 甲 | 乙 | 1 | 2=3+4: ``schemas.text.is_column_number_row``) closes the header
   band; printed again under a repeated header or atop a continuation page it is skipped
   too. It is never data and never part of a header path.
2. Each column gets its header path (the header cells covering it, top to bottom; a slot
   no cell covers inherits its left neighbour within the same parent, for grids that lost
   their spans such as tab-separated text) and a role: ``code`` (编码/类/款/项), ``label``
   (名称, 项目, or mostly text), ``org`` (预算单位/单位名称: Shenzhen tables name the unit on
   the total row and, without a name column, the items in that column), ``qualifier``
   (年度), ``skip`` (行次/序号) or ``amount``.
3. Columns form segments ``[code…] label [amount…]``: a label/code column after an amount
   column starts a new one. Two-sided summaries (收支总表: 收入 on the left, 支出 on the
   right) are two segments whose top header cell names the side.

Per data row and segment: subject_code from the code columns (three columns 类|款|项,
one column, or "2010301 行政运行" in the name cell; a 1-digit 款/项 printed as "2" is
read "02"), subject_name (whitespace removed), subject_level from the code length, else
from the row's ordinal rank in the segment (一、 > （一） > 1. > （1）, the highest style
present is level 1; at most 3), is_total for 合计/总计/小计 rows (and the unit row of
Shenzhen tables), and one row per amount column: amount_yuan exact (``parse_amount``
with the table unit, overridden by a unit in the column header such as 预算数（万元）),
amount_raw as printed, blank = "blank" for an empty cell or the printed dash ("-", "—")
with amount_yuan null; blank = "unparsed" for a cell with digits that do not read as an
amount (an OCR slip, "1,2a4.00"): kept, never guessed, and counted by validate. Cells
holding text that is not an amount are not emitted. A row
with no label, no code and only blank cells (ruled filler rows) is not emitted.

Measures: ``measure_raw`` is the column's header path joined by "/"; ``measure`` is the
canonical id of ``MEASURES`` (first table below) found by walking the path from its leaf
up: generic words (小计, 预算数, 决算数, 金额) defer to their parent; when only generic words
remain (or the parent is a side header 本年收入/支出 of a two-sided summary), the generic
id (budget/final/amount; 小计 -> total) is used; an unknown leaf gives "other".

Measure model (``measure_model``, per segment): ``basis`` says which figure of the year a
column holds (budget / final / prior_year / adjusted / other, from words such as 预算数,
决算数, 上年预算数, 2025年预算数 in a 2026 document, 调整预算数, 增减; an unmarked column
holds the document's: 预算 -> budget, 决算 -> final). ``measure_role`` says how it adds
up: total (合计/总计/小计/…总数), component (an additive part of the total named by
``component_of``, its measure_raw), memo ("of which": 其中…, 政府采购 beside 支出总计),
alternative (扣除基建项目后预算数 beside 项目支出总数) or item (part of no printed total:
会议费 and 培训费 beside “三公”经费合计, 上年预算数 beside this year's 合计). validate sums
only the components of a total.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Callable

from cnbudget.schemas.identifiers import table_namer
from cnbudget.schemas.model import Cell, Document, Table
from cnbudget.schemas.text import HEADER_UNIT, compact, is_column_number_row

from .amounts import parse_amount, parse_unit
from .codes import (is_total_label, row_label, split_code_name, subject_code,
                    subject_level)

# Tables whose amounts are budget lines.
BUDGET_TABLE_KINDS = frozenset({
    "income_expenditure_summary", "income", "expenditure", "fiscal_appropriation_summary",
    "general_public_function", "general_public_basic_economic", "government_fund",
    "state_capital", "three_public", "project_expenditure", "transfer_payment",
})
TWO_SIDED_KINDS = frozenset({"income_expenditure_summary", "fiscal_appropriation_summary"})

# Canonical measures: (id, pattern on one normalized header segment, meaning). The
# pattern is matched with fullmatch against the segment after NFKC, whitespace and
# quotes removed, a leading year ("2024年") and a trailing unit ("(万元)") stripped.
MEASURES: tuple[tuple[str, str, str], ...] = (
    ("total", r"合计|总计|(本年)?(收入|支出)(合计|总计)|支出预算合计|"
              r"三公经费(财政拨款)?(预算数?)?(总额|合计)?", "合计/总计 column (and the 三公经费 total)"),
    ("basic", r"基本支出(合计|总数)?", "基本支出 (staff and running costs)"),
    ("project", r"项目支出(合计|总数)?", "项目支出 (projects)"),
    ("personnel", r"人员(经费|支出)(合计)?", "人员经费 / 人员支出"),
    ("public_funds", r"(日常)?公用(经费|支出)(合计)?", "公用经费 / 日常公用支出 (running costs)"),
    ("fiscal_appropriation", r"财政(预算)?拨款(收入)?", "财政拨款收入"),
    ("business_income", r"事业收入", "事业收入"),
    ("operating_income", r"(事业单位)?经营收入", "(事业单位)经营收入"),
    ("other_income", r"其他收入", "其他收入"),
    ("superior_subsidy", r"上级补助收入", "上级补助收入"),
    ("subordinate_remittance", r"附属单位上缴收入", "附属单位上缴收入"),
    ("remittance_to_superior", r"上缴上级支出", "上缴上级支出"),
    ("operating_expenditure", r"(事业单位)?经营支出", "(事业单位)经营支出"),
    ("subsidy_to_subordinate", r"对附属单位补助支出", "对附属单位补助支出"),
    ("general_public", r"一般公共预算(财政)?(拨款)?(资金|支出|收入)?", "一般公共预算 (拨款)"),
    ("government_fund", r"政府性基金(预算)?(财政)?(拨款)?(资金|支出|收入)?", "政府性基金预算 (拨款)"),
    ("state_capital", r"国有资本经营预算(财政)?(拨款)?(资金|支出|收入)?", "国有资本经营预算 (拨款)"),
    # Shenzhen splits 一般公共预算拨款 by how the money is granted
    ("general_funds", r"一般性经费拨款", "一般性经费拨款 (part of 一般公共预算拨款)"),
    ("special_funds", r"财政专项资金拨款", "财政专项资金拨款 (part of 一般公共预算拨款)"),
    ("investment_funds", r"政府投资项目拨款", "政府投资项目拨款 (part of 一般公共预算拨款)"),
    ("special_account", r"财政专户(管理资金)?(拨款|收入)?|专户资金(结转结余)?",
     "财政专户管理资金 (拨款)"),
    ("unit_funds", r"单位资金(结转结余)?", "单位资金 (a unit's own funds: 事业收入, 经营收入 …)"),
    ("carryover_begin", r"年初结转和结余|上年结余、?结转|上年结转(结余)?", "年初结转和结余"),
    ("carryover_end", r"年末结转和结余|结转下年(资金)?", "年末结转和结余"),
    ("income", r"本年收入|收入", "本年收入"),
    ("expenditure", r"本年支出|支出", "本年支出"),
    ("abroad", r"因公出国\(境\)费(用)?", "三公: 因公出国（境）费"),
    ("reception", r"公务接待费", "三公: 公务接待费"),
    ("vehicles", r"公务用车购置及运行(维护)?费", "三公: 公务用车购置及运行(维护)费"),
    ("vehicle_purchase", r"(公务用车)?购置费", "三公: 公务用车购置费"),
    ("vehicle_operation", r"(公务用车)?运行(维护)?费", "三公: 公务用车运行(维护)费"),
    ("meeting", r"会议费", "会议费 (printed beside 三公, not part of it)"),
    ("training", r"培训费", "培训费 (printed beside 三公, not part of it)"),
    ("operating_costs", r"机关运行经费(支出)?(预算数|决算数)?", "机关运行经费"),
    ("procurement", r"(政府)?采购(项目)?(预算|金额)?", "政府采购"),
)
UNPARSED = "unparsed"
# A cell in an amount column that holds digits is meant to be an amount.
_UNPARSED = re.compile(r"\d")

# Measures that are parts of another: a header that prints parent and part side by side
# (flattened) is not a sum of its columns.
PART_OF: dict[str, str] = {
    "general_public": "fiscal_appropriation", "government_fund": "fiscal_appropriation",
    "state_capital": "fiscal_appropriation", "general_funds": "general_public",
    "special_funds": "general_public", "investment_funds": "general_public",
}


def is_part_of(measure: str, other: str) -> bool:
    """True when measure is (transitively) a part of other."""
    while measure in PART_OF:
        measure = PART_OF[measure]
        if measure == other:
            return True
    return False


# Generic words: they say the basis of a figure, not what it is.
GENERIC: tuple[tuple[str, str], ...] = (
    ("subtotal", r"小计"),
    ("budget", r"(全年|当年|本年|编制)?预算(数|金额|额)?|项目金额"),
    ("final", r"(全年)?决算(数)?|执行数"),
    ("amount", r"金额|数额"),
)
_MEASURE_RES = [(mid, re.compile(pat)) for mid, pat, _ in MEASURES]
_GENERIC_RES = [(mid, re.compile(pat)) for mid, pat in GENERIC]
# Header segments that make a column total its siblings.
TOTAL_WORDS = re.compile(r"小计|.*(合计|总计|总数|总额)数?")

_SIDE_INCOME = re.compile(r"^(本年|财政拨款)?收入(预算)?$")
_SIDE_EXPENDITURE = re.compile(r"^(本年|财政拨款)?支出(预算)?$")


def norm_text(text: str | None) -> str:
    """``schemas.text.compact`` (NFKC, no whitespace: Chinese labels are spaced for layout
    only), plus "/" -> "／": deliberately unlike compact, so that header paths can be
    joined with "/"."""
    return compact(text).replace("/", "／")


# A unit in brackets ending a header segment ("预算数(万元)"), from the one unit grammar.
_TRAILING_UNIT = re.compile(f"(?:{HEADER_UNIT.pattern})$")


def _segment_key(seg: str) -> str:
    s = re.sub(r"[“”\"'‘’]", "", seg)
    s = re.sub(r"^\d{4}年(度)?", "", s)
    s = _TRAILING_UNIT.sub("", s)
    return s


def measure_of(path: tuple[str, ...] | list[str], side_headers: bool = False) -> str:
    """Canonical measure id of a header path (see the module doc)."""
    generic = None
    for i in range(len(path) - 1, -1, -1):
        key = _segment_key(path[i])
        if side_headers and i == 0 and (_SIDE_INCOME.match(key) or _SIDE_EXPENDITURE.match(key)):
            break
        g = next((mid for mid, rx in _GENERIC_RES if rx.fullmatch(key)), None)
        if g:
            generic = generic or g
            continue
        m = next((mid for mid, rx in _MEASURE_RES if rx.fullmatch(key)), None)
        return m or "other"
    if generic == "subtotal":
        return "total"
    return generic or "other"


def is_total_header(seg: str) -> bool:
    return bool(TOTAL_WORDS.fullmatch(_segment_key(seg)))


# --------------------------------------------------------------------------- layout


@dataclass
class Column:
    col: int
    path: tuple[str, ...]  # normalized header texts, top to bottom
    role: str  # code | label | org | qualifier | skip | amount
    unit: str | None = None  # amount columns: unit after header override
    measure: str | None = None
    basis: str | None = None  # amount columns: BASES (which figure of the year)
    measure_role: str | None = None  # amount columns: MEASURE_ROLES
    component_of: int | None = None  # the total column this column adds up into

    @property
    def measure_raw(self) -> str:
        return "/".join(self.path)


@dataclass
class Segment:
    columns: list[Column] = field(default_factory=list)
    side: str | None = None

    def of_role(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]


@dataclass
class Layout:
    header_rows: list[int]  # the first header block, used for paths
    skip_rows: set[int]  # all header rows (incl. repeated ones)
    segments: list[Segment]
    cover: dict[tuple[int, int], Cell]
    classification: str | None


def _cover(table: Table) -> dict[tuple[int, int], Cell]:
    cover: dict[tuple[int, int], Cell] = {}
    for c in table.cells:
        for r in range(c.row, c.row + max(1, c.row_span)):
            for k in range(c.col, c.col + max(1, c.col_span)):
                cover.setdefault((r, k), c)
    return cover


def _looks_code(s: str) -> bool:
    return bool(re.fullmatch(r"\d{3}(\d{2}){0,2}", s)) and s[0] != "0"


def _row_has_data(table: Table, cells: list[Cell]) -> bool:
    """A row with an amount, a code, or a total/ordinal label is data, not header."""
    nonempty = [c for c in cells if norm_text(c.text)]
    if not nonempty:
        return False
    for c in nonempty:
        t = norm_text(c.text)
        if parse_amount(t).value is not None or _looks_code(t):
            return True
    if nonempty[0].col != 0:
        return False  # a label starts a data row; 小计 under a parent header does not
    first = norm_text(nonempty[0].text)
    ordinal, _, _ = row_label(first)
    return ordinal is not None or is_total_label(first)


def _lonely_total(cells: list[Cell]) -> bool:
    """A flagged row that only prints 合计 in its first cell (empty total row of a template)."""
    texts = [norm_text(c.text) for c in cells]
    nonempty = [t for t in texts if t]
    return (len(nonempty) == 1 and cells and cells[0].col == 0 and texts[0] == nonempty[0]
            and is_total_label(nonempty[0]) and len(cells) > 1)


def _is_column_numbers(cells: list[Cell]) -> bool:
    return is_column_number_row([c.text for c in cells])


def _header_rows(table: Table, rows: list[list[Cell]]) -> list[int]:
    flagged = table.header_row_indices()
    out: list[int] = []
    r = 0
    while r < table.n_rows and r in flagged and not (out and _lonely_total(rows[r])):
        out.append(r)
        r += 1
    while r < table.n_rows and rows[r] and any(norm_text(c.text) for c in rows[r]) \
            and (not _row_has_data(table, rows[r]) or _is_column_numbers(rows[r])):
        out.append(r)
        r += 1
    return out


def _paths(table: Table, header: list[int], cover) -> list[tuple[str, ...]]:
    """Header path of each column; uncovered slots inherit their left neighbour within
    the same parent (spans lost, as in tab-separated text)."""
    n = table.n_cols
    gov: list[list[Cell | None]] = []
    for i, r in enumerate(header):
        row_gov: list[Cell | None] = []
        for c in range(n):
            cell = cover.get((r, c))
            if cell is None and c > 0:
                left = row_gov[c - 1]
                same_parent = i == 0 or gov[i - 1][c] is gov[i - 1][c - 1]
                if left is not None and left.row == r and same_parent:
                    cell = left
            row_gov.append(cell)
        gov.append(row_gov)
    paths = []
    for c in range(n):
        seen: list[Cell] = []
        for i in range(len(header)):
            cell = gov[i][c]
            if cell is not None and norm_text(cell.text) and all(cell is not s for s in seen):
                seen.append(cell)
        paths.append(tuple(norm_text(s.text) for s in seen))
    return paths


_CODE_HDR = re.compile(r"编码|代码|编号")
_SKIP_HDR = re.compile(r"行次|栏次|序号")
_ORG_HDR = re.compile(r"(预算)?单位(名称)?|预算单位|单位名称")
_LABEL_HDR = re.compile(r".*名称.*|项目|科目|项目名称|收入项目|支出项目|采购项目")


def _role(path: tuple[str, ...], values: list[str]) -> str:
    if any(_CODE_HDR.search(p) for p in path) or (path and path[-1] in ("类", "款", "项")):
        return "code"
    if any(_SKIP_HDR.search(p) for p in path):
        return "skip"
    leaf = path[-1] if path else ""
    if leaf in ("年度", "年份"):
        return "qualifier"
    if _ORG_HDR.fullmatch(leaf):
        return "org"
    if _LABEL_HDR.fullmatch(leaf):
        return "label"
    vals = [v for v in values if v]
    # a figure too large for the contract is still a figure: its column is an amount column
    texts = [v for v in vals if (a := parse_amount(v)).value is None and a.blank is None and not a.oversized]
    if vals and len(texts) * 2 > len(vals):
        return "label"
    if not path and not vals:
        return "skip"
    return "amount"


# --------------------------------------------------------------------------- measure model
#
# Which amount columns add up to which. A table prints totals (合计/总计/小计/总数) beside
# the columns they sum, and beside them columns that must not be added to anything:
# "of which" figures (其中…, 政府采购 beside 支出总计: a cut across the total), variants of a
# total (扣除基建项目后预算数), items printed beside a total without being part of it (会议费,
# 培训费 beside “三公”经费合计) and figures of another basis (上年预算数, 调整预算数, 增减).

# measure_role of an amount column (schemas.contract.MEASURE_ROLES):
#   total        sums other columns of its table (合计, 总计, 小计, …总数)
#   component    an additive part of a total column (component_of names it)
#   memo         "of which": a part of some figure, not additive with its neighbours
#   alternative  another figure of the same total (扣除…后, 不含…)
#   item         stands alone: part of no total printed in the table
# basis (schemas.contract.BASES): budget, final, prior_year, adjusted, other (增减 …).
DOC_BASIS = {"budget": "budget", "final_accounts": "final"}  # what an unmarked column holds

# A header segment stating the basis: "预算数", "2025年预算数", "上年执行数", "调整预算数",
# "决算数", "2026年预算"; a bare word inside a name ("一般公共预算") states nothing.
_BASIS_STATEMENT = re.compile(
    r"(?P<when>(?P<year>\d{4})年度?|(?P<prior>上年度?)|本年度?|当年|年初|全年)?(?P<adjusted>调整后?)?"
    r"(?:全年)?(?:预算)?(?P<kind>预算|决算|执行|完成|实际)(?P<suffix>数|额|金额)?$")
_PRIOR_FIGURE = re.compile(r"上年度?(数|金额)?")
_CHANGE = re.compile(r"增减|增长|变动|差额|比上年|同比")
# A segment that says nothing but the basis of the figures under it or above it: "预算数",
# "决算数", "2024年决算数", "全年预算", "上年预算数", "调整预算数", "年初预算数", "执行数",
# "增减", "金额". A group named "当年预算" (this year's money beside 上年结转结余) is a part.
_BASIS_ONLY = re.compile(
    r"(?:\d{4}年度?|上年度?|年初|全年)?(?:调整后?)?(?:全年)?(?:预算|决算|执行|完成)数|"
    r"(?:\d{4}年度?)?(?:全年)?(?:预算|决算)|上年度?数|金额|"
    r"(?:比上年)?(?:增减|增长|变动|差额)(?:额|数|率|幅度)?%?")

# Columns beside a total that are not additive parts of it.
_MEMO = re.compile(r"^(其中|含|内含|包含|包括)|政府采购|另列")
_ALTERNATIVE = re.compile(r"扣除|剔除|不含|不包括|除.+外")

# Totals whose parts the domain fixes (../shared/DESIGN.md): 三公经费 = 因公出国（境）费 +
# 公务接待费 + 公务用车购置及运行费, and 公务用车购置及运行费 = 购置费 + 运行(维护)费. A column
# beside such a total holding none of its parts (会议费, 培训费, 机关运行经费) is an item.
COMPOSITIONS: tuple[tuple[re.Pattern, frozenset[str]], ...] = (
    (re.compile(r"公务用车购置及运行"), frozenset({"vehicles", "vehicle_purchase", "vehicle_operation"})),
    (re.compile(r"三公"), frozenset({"abroad", "reception", "vehicles", "vehicle_purchase",
                                      "vehicle_operation"})),
)


def _plain(seg: str) -> str:
    """A header segment without quotes and trailing unit, year kept."""
    return _TRAILING_UNIT.sub("", re.sub(r"[“”\"'‘’]", "", seg))


def segment_basis(seg: str, fiscal_year: int | None = None) -> str | None:
    """The basis a header segment states (BASES), or None when it states none."""
    s = _plain(seg)
    if _CHANGE.search(s):
        return "other"
    if _PRIOR_FIGURE.fullmatch(s):
        return "prior_year"
    m = _BASIS_STATEMENT.search(s)
    if not m or not (m["when"] or m["adjusted"] or m["suffix"] or m.start() == 0):
        return None
    if m["prior"]:
        return "prior_year"
    if m["year"] and fiscal_year and int(m["year"]) != fiscal_year:
        return "prior_year" if int(m["year"]) < fiscal_year else "other"
    if m["adjusted"]:
        return "adjusted"
    return "budget" if m["kind"] == "预算" else "final"


def basis_of(path: tuple[str, ...], default: str | None = None,
             fiscal_year: int | None = None) -> str | None:
    """The basis of a column: stated by its header path (the segment nearest the leaf
    that states one), else the document's (预算 -> budget, 决算 -> final)."""
    for seg in reversed(path):
        b = segment_basis(seg, fiscal_year)
        if b:
            return b
    return default


def _is_basis_only(seg: str) -> bool:
    """A segment that only says the basis ("预算数", "2024年决算数", "增减", "金额"): it splits
    the header into separate trees rather than naming a part."""
    return bool(_BASIS_ONLY.fullmatch(_plain(seg)))


def _aside(seg: str) -> str | None:
    """memo / alternative when a header segment names a figure that is not an additive
    part of its level, else None."""
    key = _segment_key(seg)
    if _MEMO.search(key):
        return "memo"
    if _ALTERNATIVE.search(key):
        return "alternative"
    return None


def _composition(total_seg: str, prefix: tuple[str, ...]) -> frozenset[str] | None:
    """The measures a total may sum when the domain fixes them: named by the total itself
    ("“三公”经费合计") or, for a bare 合计/小计, by the group it closes."""
    for seg in (total_seg, *prefix[-1:]):
        key = _segment_key(seg)
        for rx, members in COMPOSITIONS:
            if rx.search(key):
                return members
    return None


def measure_model(columns: list[Column], default_basis: str | None = None,
                  fiscal_year: int | None = None) -> None:
    """Set basis, measure_role and component_of of one segment's amount columns.

    The header paths form a tree; segments that only state a basis (预算数 / 决算数 /
    上年预算数 / 增减) split it into one tree per basis, so figures of different bases
    never add up. In a tree, a node's total is its child named 合计/总计/小计/…总数; the
    total's components are its sibling nodes (a sibling group counts through its own
    total, or else through its parts), leaving out memo and alternative siblings,
    siblings of another basis, and, for a total the domain fixes (三公), siblings that
    hold none of its parts.
    """
    by_col = {c.col: c for c in columns}
    trees: dict[tuple[str, ...], dict[int, tuple[str, ...]]] = defaultdict(dict)
    for c in columns:
        c.basis = basis_of(c.path, default_basis, fiscal_year)
        c.measure_role, c.component_of = "item", None
        basis_segs = tuple(s for s in c.path if len(c.path) > 1 and _is_basis_only(s))
        trees[basis_segs][c.col] = tuple(s for s in c.path if s not in basis_segs)
    aside: dict[int, str] = {}
    for tree in trees.values():
        _tree_roles(tree, by_col, aside)
    for c in columns:
        if c.col in aside:
            c.measure_role = aside[c.col]
        elif c.measure_role != "total" and c.component_of is not None:
            c.measure_role = "component"


def _tree_roles(tree: dict[int, tuple[str, ...]], cols: dict[int, Column], aside: dict[int, str]) -> None:
    def under(prefix: tuple[str, ...]) -> list[int]:
        return [c for c, p in tree.items() if p[:len(prefix)] == prefix]

    def children(prefix: tuple[str, ...]) -> list[str]:
        seen: list[str] = []
        for c in sorted(tree):
            p = tree[c]
            if len(p) > len(prefix) and p[:len(prefix)] == prefix and p[len(prefix)] not in seen:
                seen.append(p[len(prefix)])
        return seen

    def total_of(prefix: tuple[str, ...]) -> int | None:
        for c, p in tree.items():
            if len(p) == len(prefix) + 1 and p[:-1] == prefix and is_total_header(p[-1]):
                return c
        return None

    def parts(prefix: tuple[str, ...]) -> list[int] | None:
        """Columns summing to a node: itself, its total, or its children's parts."""
        exact = [c for c, p in tree.items() if p == prefix]
        if exact:
            return exact[:1]
        t = total_of(prefix)
        if t is not None:
            return [t]
        out: list[int] = []
        for s in children(prefix):
            if _aside(s):
                continue
            sub = parts(prefix + (s,))
            if sub is None:
                return None
            out += sub
        return out or None

    def walk(prefix: tuple[str, ...]) -> None:
        kids = children(prefix)
        for s in kids:
            if role := _aside(s):
                for c in under(prefix + (s,)):
                    aside.setdefault(c, role)
        t = total_of(prefix)
        if t is not None:
            cols[t].measure_role = "total"
            members = _composition(tree[t][-1], prefix)
            comps: list[int] = []
            for s in kids:
                node = prefix + (s,)
                if s == tree[t][-1] or _aside(s):
                    continue
                if {cols[c].basis for c in under(node)} != {cols[t].basis}:
                    continue  # 上年预算数, 增减 beside this year's total
                if members is not None and not any(cols[c].measure in members for c in under(node)):
                    continue  # 会议费 beside “三公”经费合计
                sub = parts(node)
                if sub is None:
                    comps = []
                    break
                comps += sub
            for c in comps:
                cols[c].component_of = t
        for s in kids:
            if any(len(p) > len(prefix) + 1 and p[:len(prefix) + 1] == prefix + (s,) for p in tree.values()):
                walk(prefix + (s,))

    walk(())


def _page_of(cells: list[Cell]) -> int | None:
    return min((c.page for c in cells), default=None)


def table_layout(table: Table, doc_type: str | None = None, fiscal_year: int | None = None) -> Layout:
    """The reading of a table (module doc); doc_type and fiscal_year give the basis of
    columns that do not print one (see ``basis_of``)."""
    rows = table.rows_cells()
    cover = _cover(table)
    header = _header_rows(table, rows)
    flagged = table.header_row_indices()
    def sig(r: int) -> tuple:
        return tuple((c.col, norm_text(c.text)) for c in rows[r] if norm_text(c.text))

    sigs = {sig(r) for r in header} - {()}
    skip = set(header) | flagged
    for r in range(table.n_rows):
        if r not in skip and sig(r) in sigs:
            skip.add(r)  # a header repeated on a continuation page
        elif r not in skip and _is_column_numbers(rows[r]) and (
                r == 0 or r - 1 in skip or _page_of(rows[r]) != _page_of(rows[r - 1])):
            skip.add(r)  # column numbers under a (repeated) header or atop a page
    # Column numbers name no column: they are left out of the header paths.
    paths = _paths(table, [r for r in header if not _is_column_numbers(rows[r])], cover)
    data_rows = [r for r in range(table.n_rows) if r not in skip]
    columns = []
    for c in range(table.n_cols):
        values = []
        for r in data_rows:
            cell = cover.get((r, c))
            if cell is not None and cell.row == r and cell.col == c:
                values.append(norm_text(cell.text))
        columns.append(Column(c, paths[c], _role(paths[c], values)))

    segments: list[Segment] = []
    cur = Segment()
    for col in columns:
        if col.role == "skip":
            continue
        if col.role != "amount" and cur.of_role("amount"):
            segments.append(cur)
            cur = Segment()
        cur.columns.append(col)
    if cur.columns:
        segments.append(cur)

    two_sided = table.table_kind in TWO_SIDED_KINDS and len(segments) >= 2
    if two_sided:
        for seg in segments:
            top = seg.columns[0].path[0] if seg.columns[0].path else ""
            if _SIDE_INCOME.match(top):
                seg.side = "income"
            elif _SIDE_EXPENDITURE.match(top):
                seg.side = "expenditure"
    default_basis = DOC_BASIS.get(doc_type or "")
    for seg in segments:
        for col in seg.of_role("amount"):
            col.unit = table.unit
            for p in reversed(col.path):
                u = parse_unit(p)
                if u:
                    col.unit = u
                    break
            col.measure = measure_of(col.path, side_headers=seg.side is not None)
        measure_model(seg.of_role("amount"), default_basis, fiscal_year)

    all_hdr = "".join("".join(p) for p in paths)
    classification = None
    if "经济分类" in all_hdr or table.table_kind == "general_public_basic_economic":
        classification = "economic"
    elif "功能分类" in all_hdr or any(c.role == "code" for c in columns):
        classification = "function"
    return Layout(header, skip, segments, cover, classification)


# --------------------------------------------------------------------------- rows

_ORDINAL_RANK = (
    (re.compile(r"^第"), 0),
    (re.compile(r"^[一二三四五六七八九十百零〇]+$"), 1),
    (re.compile(r"^\([一二三四五六七八九十百零〇]+\)$"), 2),
    (re.compile(r"^\d+$"), 3),
    (re.compile(r"^\(\d+\)$"), 4),
)


def _ordinal_style(ordinal: str | None) -> int | None:
    if not ordinal:
        return None
    for rx, rank in _ORDINAL_RANK:
        if rx.match(ordinal):
            return rank
    return 5  # circled numbers


def _code_parts(texts: list[str]) -> list[str]:
    """Pad a 1-digit 款/项 printed without its leading zero ("2" -> "02")."""
    out = []
    for i, t in enumerate(texts):
        out.append("0" + t if i > 0 and re.fullmatch(r"\d", t) else t)
    return out


def table_lines(doc: Document, table: Table, table_id: str,
                layout: Layout | None = None) -> list[dict]:
    """The budget_lines rows of one table."""
    layout = layout or table_layout(table, doc.doc_type, doc.fiscal_year)
    out: list[dict] = []
    dept_key = norm_text(doc.department) if doc.department else None
    for seg in layout.segments:
        code_cols = [c.col for c in seg.of_role("code")]
        label_cols = [c.col for c in seg.of_role("label")]
        org_cols = [c.col for c in seg.of_role("org")]
        qual_cols = [c.col for c in seg.of_role("qualifier")]
        amount_cols = seg.of_role("amount")
        if not amount_cols:
            continue
        raw_of = {c.col: c.measure_raw or None for c in amount_cols}
        seg_first_col = min(c.col for c in seg.columns)
        seg_rows = []
        first_data = True
        for r in range(table.n_rows):
            if r in layout.skip_rows:
                continue
            label_cell = layout.cover.get((r, label_cols[0])) if label_cols else None
            label = norm_text(label_cell.text) if label_cell is not None else ""
            if label_cell is not None and label_cell.col < seg_first_col:
                label = ""  # a cell of the previous segment spanning into this one
            org = ""
            for oc in org_cols:
                cell = layout.cover.get((r, oc))
                if cell is not None and cell.row == r:
                    org = norm_text(cell.text)
            is_org_row = False
            if not label and org:
                label, is_org_row = org, True
            parts = []
            for cc in code_cols:
                cell = layout.cover.get((r, cc))
                if cell is not None and cell.row == r and cell.col == cc and \
                        (not label_cols or cell.col + cell.col_span - 1 < label_cols[0]):
                    parts.append(norm_text(cell.text))
                else:
                    parts.append("")
            code = subject_code(_code_parts(parts)) if any(parts) else None
            if label_cell is not None and label_cell.col in code_cols and not label:
                label = norm_text(label_cell.text)
            if not label and code_cols and not code:
                # a merged label such as 合计 spanning the code columns only
                first = layout.cover.get((r, code_cols[0]))
                if first is not None and first.row == r:
                    t = norm_text(first.text)
                    if t and not re.fullmatch(r"[\d类款项…\.]*", t):
                        label = t
            if code is None and label:
                c2, name2 = split_code_name(label)
                if c2:
                    code, label = c2, name2
            ordinal, clean, _sub = row_label(label) if label else (None, "", False)
            name = clean if (ordinal is not None and code is None) else label
            quals = []
            for qc in qual_cols:
                cell = layout.cover.get((r, qc))
                if cell is not None and cell.row == r and norm_text(cell.text):
                    quals.append(norm_text(cell.text))
            if quals:
                name = " ".join([name] + quals) if name else " ".join(quals)
            cells = []
            for col in amount_cols:
                cell = layout.cover.get((r, col.col))
                if cell is not None and (cell.row != r or cell.col != col.col):
                    continue  # covered by a span from above/left
                raw = cell.text if cell is not None else ""
                p = parse_amount(raw, col.unit)
                if p.value is None and p.blank is None:
                    if not _UNPARSED.search(raw):
                        continue  # text, not an amount
                    p = replace(p, blank=UNPARSED)  # digits that do not parse: flagged
                cells.append((col, cell, raw, p))
            if not cells:
                continue
            if not label and code is None and all(p.value is None for *_, p in cells):
                continue  # ruled filler row
            is_total = bool(label) and (is_total_label(label) or (
                is_org_row and (first_data or (dept_key and dept_key in label))))
            first_data = False
            seg_rows.append((r, code, name or None, ordinal, is_total, cells))

        styles = sorted({s for (_, code, _, o, _, _) in seg_rows
                         if code is None and (s := _ordinal_style(o)) is not None})
        for r, code, name, ordinal, is_total, cells in seg_rows:
            level = subject_level(code)
            if level is None and code is None and not is_total:
                s = _ordinal_style(ordinal)
                if s is not None:
                    level = min(3, styles.index(s) + 1)
            classification = None
            if code:
                classification = layout.classification or (
                    "function" if code[0] == "2" else "economic" if code[0] in "35" else None)
            for col, cell, raw, p in cells:
                blank = None
                if p.value is None:
                    blank = "blank" if p.blank == "" else p.blank
                out.append({
                    "doc_id": doc.doc_id,
                    "table_id": table_id,
                    "row": r,
                    "department": doc.department,
                    "fiscal_year": doc.fiscal_year,
                    "doc_type": doc.doc_type,
                    "budget_scope": doc.budget_scope,
                    "table_kind": table.table_kind,
                    "subject_code": code,
                    "subject_name": name,
                    "subject_level": level,
                    "measure": col.measure,
                    "measure_raw": col.measure_raw or None,
                    "basis": col.basis,
                    "measure_role": col.measure_role,
                    "component_of": raw_of.get(col.component_of),
                    "amount_yuan": p.value,
                    "col": col.col,
                    "page": cell.page if cell is not None else None,
                    "side": seg.side,
                    "classification": classification,
                    "is_total": is_total,
                    "amount_raw": raw,
                    "blank": blank,
                })
    return out


def budget_lines(doc: Document, table_id: Callable[[Table], str] | None = None,
                 layouts: dict[int, Layout] | None = None) -> list[dict]:
    """budget_lines rows (keys = the BUDGET_LINES columns) of every budget/accounts table.

    ``table_id(table)`` names a table as the tables dataset does; without it
    ``cnbudget.schemas.identifiers.table_id`` of the document and the table's seq.
    ``layouts``, when given, receives each table's reading by its seq, for
    ``validate`` to check the same reading without making it again.
    """
    tid = table_id or table_namer(doc.doc_id)
    out: list[dict] = []
    for table in doc.tables:
        if table.table_kind in BUDGET_TABLE_KINDS:
            layout = table_layout(table, doc.doc_type, doc.fiscal_year)
            if layouts is not None:
                layouts[table.seq] = layout
            out.extend(table_lines(doc, table, tid(table), layout))
    return out
