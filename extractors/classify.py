"""Table kind from a table's title (and, failing that, its header text).

`classify_table(title, header_text)` returns one of `schemas.contract.TABLE_KINDS`.
Titles are messy: years ("2025年", "(2020 年度)"), numbering ("表.1", "部门公开表9",
"附表3", "5．"), owner prefixes ("部门", "预算单位"), quotes around 三公 (straight, curly,
or split on their own line as "“ ”") and stray spaces between characters. They are
normalised first (spaces, quotes, years, numbering dropped; owner prefixes may stay since
rules search rather than anchor), then matched against ordered rules: the first match wins,
so the more specific patterns come first (政府性基金…财政拨款收入支出 before
财政拨款收支; 一般公共预算基本支出 before 一般公共预算; 财政拨款收支 before 收支总表).
Pure function: no I/O.
"""
from __future__ import annotations

import re

from cnbudget.schemas.text import UNIT_ANNOUNCEMENT, nfkc

# Characters dropped before matching: whitespace and every kind of quote/bracket that
# decorates 三公 or a project name.
_DROP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉]+")
# Numbering and boilerplate removed anywhere in the title (after NFKC, so full-width
# digits, dots and parentheses are already ASCII).
_NOISE = [
    re.compile(r"\(?(19|20)\d{2}年度?\)?"),                     # 2025年 (2020年度): first,
    re.compile(r"(部门公开|公开|附)?表\.?\d+(-\d+)*"),        # so 表.1 2025年 splits right
    re.compile(r"附件\d+(\.\d+)*"),                            # 附件1.1
    re.compile(r"^\d+(-\d+)*[.、)]?"),                         # 1. 5． 10、 (leading)
    re.compile(r"^[一二三四五六七八九十]+、"),                  # 一、
    re.compile(r"^\(?[一二三四五六七八九十]+\)"),               # (一)
    re.compile(r"^第[一二三四五六七八九十]+部分"),
    UNIT_ANNOUNCEMENT,                                         # 单位:万元 (金额单位:元)
]

# Ordered (pattern, kind): first match wins. Patterns run on the normalised title.
TITLE_RULES: list[tuple[str, str]] = [
    # Not tables at all: table of contents, the 决算 list of member units, prose sections.
    (r"目录|单位构成|名词解释|说明$", "other"),
    # Performance forms mention 项目支出/部门, so they go before the budget tables.
    (r"自评", "performance_self_evaluation"),
    (r"整体(支出)?绩效目标|部门(\(单位\))?绩效目标", "dept_performance_targets"),
    (r"绩效目标", "project_performance_targets"),
    (r"绩效管理", "performance_management_projects"),
    # 三公 tables often say 财政拨款 or 一般公共预算: match them before those rules.
    (r"三公|机关运行经费|因公出国", "three_public"),
    (r"政府采购", "procurement"),
    (r"转移支付", "transfer_payment"),
    # Fund tables say 财政拨款收入支出 too: before the fiscal appropriation summary.
    (r"政府性基金", "government_fund"),
    (r"国有资本经营", "state_capital"),
    (r"一般公共预算.*基本支出|基本支出.*经济分类|经济分类", "general_public_basic_economic"),
    (r"一般公共预算", "general_public_function"),
    (r"财政拨款收(入)?支(出)?", "fiscal_appropriation_summary"),
    (r"基本支出", "general_public_basic_economic"),  # Shenzhen 基本支出预算表
    (r"项目支出", "project_expenditure"),
    (r"收(入)?支(出)?(预算|决算)?总?表|收支总体情况|财务收支", "income_expenditure_summary"),
    (r"收入(预算|决算)?总?表", "income"),
    (r"支出(预算|决算)?总?表", "expenditure"),
]

# Header rows, used only when the title says nothing. Header words are generic
# (一般公共预算 appears in most budget headers), so these rules are stricter.
HEADER_RULES: list[tuple[str, str]] = [
    (r"全年执行数|自评|得分", "performance_self_evaluation"),
    (r"部门总体资金|部门职能概述|整体绩效目标", "dept_performance_targets"),
    (r"[一二三]级指标|指标值|绩效指标", "project_performance_targets"),
    (r"三公|因公出国|公务接待", "three_public"),
    (r"政府采购|采购品目|采购目录", "procurement"),
    (r"财政拨款收入.*财政拨款支出", "fiscal_appropriation_summary"),
    (r"本年收入.*本年支出|收入总计.*支出总计", "income_expenditure_summary"),
    (r"经济分类", "general_public_basic_economic"),
    (r"政府性基金预算支出", "government_fund"),
    (r"国有资本经营预算支出", "state_capital"),
    (r"一般公共预算支出|功能分类", "general_public_function"),
]

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


def classify_table(title: str | None, header_text: str = "") -> str:
    """Return the table_kind of a table from its title, else from its header text."""
    norm = normalize_title(title)
    kind = _first(_TITLE_RULES, norm) if norm else None
    if kind is not None:
        return kind
    header = _DROP.sub("", nfkc(header_text))
    if header:
        kind = _first(_HEADER_RULES, header)
        if kind is not None:
            return kind
    return "other"
