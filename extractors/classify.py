"""Table kind from a table's title (and its header text as evidence).

`classify_table(title, header_text)` returns one of `schemas.contract.TABLE_KINDS`.

Titles are messy: years ("2025年", "(2020 年度)"), numbering ("表.1", "部门公开表9",
"附表3", "公开05表", "(预算表1)", "5．"), owner prefixes ("部门", "预算单位", "市级部门"),
quotes around 三公 (straight, curly, or split on their own line as "“ ”") and stray spaces
between characters. They are normalised first (spaces, quotes, years, numbering dropped;
owner prefixes may stay since rules search rather than anchor; bracketed notes such as
（按经济分类） or （功能科目） stay, they name the classification).

Every province names the same tables its own way (收支总表 / 收支预算总表 / 收入支出决算总表
/ 收支总体情况表 …), so the rules match the words that identify a kind, not whole names:
the fund (政府性基金, 国有资本经营), the topic (三公, 政府采购, 绩效), the classification
(经济分类/经济科目 → economic; 一般公共预算 or 财政拨款支出 → function), the scope
(财政拨款收支 → appropriation summary) and last the generic 收支 / 收入 / 支出. The rules
are ordered, the first match wins, so the more specific words come first.

The header is evidence too:
- when the title says nothing (missing, a bare number such as 公开05表, a part heading
  such as 部门预算表), the header decides: a title printed inside the grid (a header
  cell ending in 表), else its column words (HEADER_RULES);
- when the title names a prose section (…情况说明) the header decides, else "other";
- when the title leaves the classification implicit (一般公共预算支出表, 项目支出表) and
  the header names it (经济分类科目; 绩效目标 / 一级指标), the header refines the kind.
Pure function: no I/O.
"""
from __future__ import annotations

import re

from cnbudget.schemas.text import UNIT_ANNOUNCEMENT, nfkc

# Characters dropped before matching: whitespace and every kind of quote/bracket that
# decorates 三公 or a project name.
_DROP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉]+")
_NUM = r"[0-9一二三四五六七八九十]+(-\d+)*"
# Numbering and boilerplate removed anywhere in the title (after NFKC, so full-width
# digits, dots and parentheses are already ASCII).
_NOISE = [
    re.compile(r"\(?(19|20)\d{2}年度?\)?"),                     # 2025年 (2020年度): first,
    re.compile(r"\((部门公开|公开|预算|决算|附)?表?\d+(-\d+)*表?\)"),  # (预算表1) (公开05表)
    re.compile(r"(部门公开|公开|预算|决算|附)?表\.?\d+(-\d+)*[:.、]?"),  # 表.1 表11: 预算表1
    re.compile(r"(部门公开|部门|公开|预算|决算|附)\d+(-\d+)*表"),       # 公开05表 预算01表
    re.compile(r"^表" + _NUM + r"[:.、]?"),                      # 表一
    re.compile(r"附件\d+(\.\d+)*[:：]?"),                        # 附件1.1
    re.compile(r"^\d+(-\d+)*[.、:)]?"),                         # 1. 5． 10、 (leading)
    re.compile(r"^[一二三四五六七八九十]+、"),                  # 一、
    re.compile(r"^\(?[一二三四五六七八九十]+\)"),               # (一)
    re.compile(r"^第[一二三四五六七八九十]+部分"),
    UNIT_ANNOUNCEMENT,                                         # 单位:万元 (金额单位:元)
]

# Section headings that are never a table, whatever is printed under them: the table of
# contents, the 决算 list of member units, the glossary.
NOT_A_TABLE = r"目录|单位构成|名词解释"
# Prose sections ("…情况说明"): a table printed under one is known by its header alone.
PROSE_SECTION = r"说明$"

# Ordered (pattern, kind): first match wins. Patterns run on the normalised title.
TITLE_RULES: list[tuple[str, str]] = [
    # 1. Performance forms. They also say 项目支出 / 部门 / 预算, so they go first; within
    #    them, self-evaluation and department-wide targets before project targets, and the
    #    list of projects under 绩效管理 before the catch-all 绩效 (项目支出绩效表,
    #    项目绩效情况表, 绩效目标申报表 …: a table about performance is a target table).
    (r"自评|绩效评价", "performance_self_evaluation"),
    (r"整体(支出)?绩效|部门(\(单位\))?绩效目标", "dept_performance_targets"),
    (r"绩效目标", "project_performance_targets"),
    (r"绩效管理", "performance_management_projects"),
    (r"绩效", "project_performance_targets"),
    # 2. Topic tables. They also say 财政拨款 / 一般公共预算 / 支出, so before those.
    (r"三公|机关运行经费|因公出国", "three_public"),
    (r"政府采购", "procurement"),
    (r"转移支付", "transfer_payment"),
    # 3. Fund tables. They say 财政拨款收入支出 too, so before the appropriation summary.
    (r"政府性基金", "government_fund"),
    (r"国有资本经营", "state_capital"),
    # 4. Classification: economic (经济分类 / 经济科目, or the 基本支出 of 一般公共预算)
    #    before function (一般公共预算 … 支出, with or without 功能分类).
    (r"一般公共预算.*基本支出|基本支出.*经济|经济(分类|科目)", "general_public_basic_economic"),
    (r"一般公共预算.*项目支出", "project_expenditure"),  # 一般公共预算财政拨款项目支出决算表
    (r"一般公共预算", "general_public_function"),
    # 5. Appropriations: the two-sided summary (财政拨款收支 / 收入支出), then the
    #    appropriation's expenditure by function (财政拨款支出(预算)表（功能科目）).
    (r"财政拨款收入?支出?", "fiscal_appropriation_summary"),
    (r"财政拨款支出", "general_public_function"),
    # 6. What is left names a side of the budget: basic or project expenditure, both sides
    #    (收支总表, 收入支出决算总表, 收支总体情况表, 财务收支预算总表), income, expenditure.
    (r"基本支出", "general_public_basic_economic"),  # 基本支出(预算/总)表
    (r"项目支出", "project_expenditure"),  # 项目支出(预算/总)表, 项目支出及其他支出预算表
    (r"收入?支出?", "income_expenditure_summary"),
    (r"收入", "income"),  # 收入(预算/决算/总)表, 收入总体情况表
    (r"支出", "expenditure"),  # 支出(预算/决算/总)表, 本年支出总体情况表
]

# Column words, used when the title says nothing. Header words are generic
# (一般公共预算 appears in most budget headers), so these rules are stricter; ordered
# like the title rules.
HEADER_RULES: list[tuple[str, str]] = [
    (r"全年执行数|自评|得分", "performance_self_evaluation"),
    (r"部门总体资金|部门职能概述|整体绩效目标", "dept_performance_targets"),
    (r"[一二三]级指标|指标值|绩效指标|绩效目标", "project_performance_targets"),
    (r"三公|因公出国|公务接待", "three_public"),
    # the columns of a purchase list (an expenditure table may have a 政府采购项目 column)
    (r"采购品目|采购目录|采购(组织)?形式|采购方式", "procurement"),
    # two-sided, with the appropriation's funds as columns
    (r"财政拨款收入.*财政拨款支出|(^| )收 ?入 (.* )?支 ?出 .*一般公共预算.*政府性基金",
     "fiscal_appropriation_summary"),
    # two-sided: 收入 and 支出 as column groups (收入 | 支出, 本年收入 … 本年支出); a fund's
    # flow (年初结转和结余 本年收入 本年支出 年末结转和结余) does not say which fund
    (r"^(?!.*年初结转).*((^| )收 ?入 (.* )?支 ?出( |$)|本年收入.*本年支出|收入总计.*支出总计)",
     "income_expenditure_summary"),
    (r"经济分类|经济科目", "general_public_basic_economic"),
    (r"政府性基金预算支出", "government_fund"),
    (r"国有资本经营预算支出", "state_capital"),
    # income: the sources of revenue as columns, no expenditure columns beside them
    (r"^(?!.*(基本支出|项目支出|支出总计|支出合计|支出项目)).*"
     r"((^| )收入(预算|决算)( |$)|事业收入|上级补助收入|附属单位上缴收入)", "income"),
    # all-funds expenditure: what only the department's own money pays for
    (r"(^| )支出(预算|决算)( |$)|事业单位经营支出|上缴上级支出|对附属单位补助支出|经营支出",
     "expenditure"),
    (r"一般公共预算支出|功能分类|功能科目", "general_public_function"),
    # a list of projects: project name with its unit or level
    (r"项目名称.*(单位名称|项目单位|[一二]级项目|项目编码|项目代码)"
     r"|(单位名称|项目单位|[一二]级项目).*项目名称", "project_expenditure"),
    # subject codes with basic and project columns and nothing else: the function table
    (r"科目(编码|代码|名称).*基本支出.*项目支出", "general_public_function"),
]

# A header cell that is the table's own title printed inside the grid:
# "收支总表（预算表1）", "本年一般公共预算支出表(预算表5)".
_TITLE_CELL = re.compile(r"表(\([^()]*\))*$")
_TITLE_CELLS_LOOKED_AT = 3  # a title inside the grid is its first row: the first cells

# The header refines a title that leaves the classification implicit.
_ECONOMIC_HEADER = re.compile(r"经济分类|经济科目")
_FUNCTION_HEADER = re.compile(r"功能分类|功能科目")
_PERFORMANCE_HEADER = re.compile(r"[一二三]级指标|指标值|绩效指标|绩效目标")

_NOT_A_TABLE = re.compile(NOT_A_TABLE)
_PROSE = re.compile(PROSE_SECTION)
_TITLE_RULES = [(re.compile(p), k) for p, k in TITLE_RULES]
_HEADER_RULES = [(re.compile(p), k) for p, k in HEADER_RULES]


def normalize_title(title: str | None) -> str:
    """The title reduced to the words that identify the table."""
    if not title:
        return ""
    t = nfkc(title)  # full-width digits, （）, ． -> ASCII
    t = _DROP.sub("", t)
    prev = None
    while prev != t:  # strip layered prefixes such as "表.1 2025年"
        prev = t
        for rx in _NOISE:
            t = rx.sub("", t)
    return t


def _first(rules, text: str) -> str | None:
    for rx, kind in rules:
        if rx.search(text):
            return kind
    return None


def _header_words(header_text: str) -> str:
    """Header cells NFKC'd, quotes dropped, one space between cells (kept so that rules
    can tell a cell 收入 from a word inside a cell)."""
    cells = (_DROP.sub("", c) for c in nfkc(header_text).split())
    return " ".join(c for c in cells if c)


def _title_in_header(header: str) -> str | None:
    """The kind of a title printed as the first cell(s) of the grid, if any."""
    for cell in header.split(" ")[:_TITLE_CELLS_LOOKED_AT]:
        if len(cell) >= 4 and _TITLE_CELL.search(cell):
            norm = normalize_title(cell)
            if norm and not _NOT_A_TABLE.search(norm) and not _PROSE.search(norm):
                kind = _first(_TITLE_RULES, norm)
                if kind is not None:
                    return kind
    return None


def kind_from_header(header_text: str) -> str | None:
    """The kind the header alone shows (a title inside the grid, else column words)."""
    header = _header_words(header_text)
    if not header:
        return None
    return _title_in_header(header) or _first(_HEADER_RULES, header)


def _refine(kind: str, header_text: str) -> str:
    """A title kind made precise by the header: a function-table title over economic
    classification columns is the economic table; a project table whose columns are
    performance targets is the target table."""
    if not header_text:
        return kind
    header = _DROP.sub("", nfkc(header_text))
    if kind == "general_public_function" and _ECONOMIC_HEADER.search(header) \
            and not _FUNCTION_HEADER.search(header):
        return "general_public_basic_economic"
    if kind == "project_expenditure" and _PERFORMANCE_HEADER.search(header):
        return "project_performance_targets"
    return kind


def classify_table(title: str | None, header_text: str = "") -> str:
    """Return the table_kind of a table from its title, with its header text as evidence
    (see the module docstring for when the header decides)."""
    norm = normalize_title(title)
    if norm and _NOT_A_TABLE.search(norm):
        return "other"
    if norm and _PROSE.search(norm):
        return kind_from_header(header_text) or "other"
    kind = _first(_TITLE_RULES, norm) if norm else None
    if kind is not None:
        return _refine(kind, header_text)
    return kind_from_header(header_text) or "other"
