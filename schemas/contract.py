"""The output data contract (v1 of ../shared/DESIGN.md) as Arrow schemas.

This module is the one place that names a column. Each dataset is one Arrow schema; the
required columns of the design come first, the extras cnbudget adds follow. Amounts are
yuan as decimal128(20, 2); pages are 1-based; rows and columns of a table 0-based.

Every column is declared with its meaning (``COLUMN_DOCS``) and every enumerated column
with its vocabulary (``VOCABULARIES``: value -> meaning). docs/data-dictionary.md is
generated from them (``cnbudget dictionary``), so they are also the reader's documentation.
No column is named with an SQL keyword (a query never needs quotes).
"""
from __future__ import annotations

import sys

import pyarrow as pa

AMOUNT = pa.decimal128(20, 2)

# --------------------------------------------------------------------------- vocabularies
# value -> meaning; the tuples below are the allowed values, in this order.

DOC_TYPE = {
    "budget": "预算: the plan for a year (部门预算 / 单位预算)",
    "final_accounts": "决算: the accounts after the year (部门决算 / 单位决算)",
    "performance_targets": "绩效目标: performance targets of projects or of the whole department",
    "performance_self_evaluation": "绩效自评: the self-evaluation after the year",
    "other": "a disclosure of none of these kinds",
}
BUDGET_SCOPE = {
    "department": "部门: a department consolidated with its units (主管部门); a department's figures "
                  "include its units' figures, so never add the two",
    "unit": "单位: one budget unit alone",
}
STATUS = {
    "ok": "extracted completely",
    "partial": "something went wrong (a page, OCR, a normalizer); what was read is published and "
               "`error` says what was not",
    "failed": "nothing could be read (not a PDF, encrypted, truncated, unreadable); `error` says why",
}
UNIT = {
    "yuan": "元",
    "wan_yuan": "万元 (10,000 元)",
    "qian_yuan": "千元 (1,000 元)",
}
METHOD = {
    "text": "read from the PDF's text layer",
    "ocr": "read from the rendered page by OCR (RapidOCR); cells carry a confidence",
}
TABLE_KIND = {
    "income_expenditure_summary": "财务收支预算总表, 收入支出决算总表, 收支预算总表 (two-sided: income left, "
                                  "expenditure right)",
    "income": "收入预算(总)表, 收入决算表",
    "expenditure": "支出预算(总)表, 支出决算表",
    "fiscal_appropriation_summary": "财政拨款收支预算总表, 财政拨款收入支出决算总表 (two-sided)",
    "general_public_function": "一般公共预算(财政拨款)支出(功能分类/决算/情况)表",
    "general_public_basic_economic": "一般公共预算基本支出(经济分类)表, 基本支出预算表",
    "government_fund": "政府性基金预算(财政拨款)支出表 …",
    "state_capital": "国有资本经营预算支出表 …",
    "three_public": "“三公”经费 (and 机关运行经费) 表",
    "procurement": "政府采购预算表 …",
    "project_expenditure": "项目支出预算表",
    "transfer_payment": "上级专项转移支付 … 表",
    "performance_management_projects": "部门预算绩效管理项目情况表",
    "dept_performance_targets": "部门整体支出绩效目标表",
    "project_performance_targets": "项目支出绩效目标(填报)表",
    "performance_self_evaluation": "项目支出绩效自评表 (and 部门整体 self-evaluation forms)",
    "other": "any other table (部门决算单位构成 lists, prose tables …)",
}
COMPARATOR = {
    ">=": "at least value (≥, 不低于, 不少于, 至少, …以上)",
    "<=": "at most value (≤, 不高于, 不超过, …以内, 前N名)",
    ">": "more than value (>, 大于, 高于, 超过)",
    "<": "less than value (<, 小于, 低于)",
    "=": "exactly value (a bare number: 100%, 1993件)",
    "range": "between value and upper (90%-100%, ≤100%，>97%)",
    "qualitative": "a phrase, no number (显著提升, 是, 优良): kept in `qualitative`",
}
LEVEL_1 = {
    "output": "产出指标",
    "effect": "效益指标 / 效果指标",
    "satisfaction": "满意度指标",
    "input": "投入指标 / 运行成本 (older forms)",
    "process": "过程管理 / 管理效率 (older forms)",
    "other": "a first-level name that is none of these",
}
LEVEL_2 = {
    "quantity": "数量指标",
    "quality": "质量指标",
    "timeliness": "时效指标",
    "cost": "成本指标",
    "economic": "经济效益",
    "social": "社会效益",
    "ecological": "生态效益",
    "sustainability": "可持续影响",
    "satisfaction": "服务对象满意度",
    "other": "a second-level name that is none of these",
}
CHECK_STATUS = {
    "pass": "the identity holds within the rounding tolerance",
    "fail": "it does not: expected and actual differ (see detail)",
}
# Which figure of the year an amount column holds (normalizers.budget_lines, "measure model").
BASIS = {
    "budget": "this year's budget (预算数; the default in a 预算)",
    "final": "this year's final figure (决算数, 执行数; the default in a 决算)",
    "prior_year": "an earlier year's figure (上年预算数, 上年执行数, 2024年预算数 in a 2025 document)",
    "adjusted": "an adjusted budget (调整预算数)",
    "other": "a difference or another figure (增减, 增长率 …)",
}
# How an amount column adds up.
MEASURE_ROLE = {
    "total": "sums other columns of its table (合计, 总计, 小计, …总数)",
    "component": "an additive part of a total: component_of names that total's measure_raw",
    "memo": "“of which” (其中…, 政府采购 beside 支出总计): a part of some figure, never added to "
            "its neighbours",
    "alternative": "another figure of the same total (扣除…后, 不含…)",
    "item": "stands alone: part of no total printed in the table (会议费 beside “三公”经费合计, "
            "the one 预算数 column of a summary table)",
}
# budget_lines.measure: what an amount column holds, from its header path (normalizers.
# budget_lines.MEASURES holds the header words of each; a test keeps the two the same).
MEASURE = {
    "total": "合计 / 总计 / 小计 column, and the “三公”经费 total",
    "basic": "基本支出 (staff and running costs)",
    "project": "项目支出 (projects)",
    "personnel": "人员经费 / 人员支出",
    "public_funds": "公用经费 / 日常公用支出 (running costs)",
    "fiscal_appropriation": "财政拨款(收入)",
    "business_income": "事业收入",
    "operating_income": "(事业单位)经营收入",
    "other_income": "其他收入",
    "superior_subsidy": "上级补助收入",
    "subordinate_remittance": "附属单位上缴收入",
    "remittance_to_superior": "上缴上级支出",
    "operating_expenditure": "(事业单位)经营支出",
    "subsidy_to_subordinate": "对附属单位补助支出",
    "general_public": "一般公共预算(拨款) (part of fiscal_appropriation)",
    "government_fund": "政府性基金预算(拨款) (part of fiscal_appropriation)",
    "state_capital": "国有资本经营预算(拨款) (part of fiscal_appropriation)",
    "general_funds": "一般性经费拨款 (part of general_public; Shenzhen)",
    "special_funds": "财政专项资金拨款 (part of general_public; Shenzhen)",
    "investment_funds": "政府投资项目拨款 (part of general_public; Shenzhen)",
    "special_account": "财政专户管理资金(拨款)",
    "unit_funds": "单位资金 (a unit's own funds: 事业收入, 经营收入 …)",
    "carryover_begin": "年初结转和结余 / 上年结转",
    "carryover_end": "年末结转和结余 / 结转下年",
    "income": "本年收入 (a column or side that says only 收入)",
    "expenditure": "本年支出 (a column or side that says only 支出)",
    "abroad": "三公: 因公出国（境）费",
    "reception": "三公: 公务接待费",
    "vehicles": "三公: 公务用车购置及运行(维护)费",
    "vehicle_purchase": "三公: 公务用车购置费",
    "vehicle_operation": "三公: 公务用车运行(维护)费",
    "meeting": "会议费 (printed beside 三公, not part of it)",
    "training": "培训费 (printed beside 三公, not part of it)",
    "operating_costs": "机关运行经费",
    "procurement": "政府采购",
    # Generic: the header names only the basis of the figure, not what it is. The row's
    # subject says what it is; `basis` says which figure (a summary table's one amount
    # column is `budget` in a 预算 and `amount` or `final` in a 决算).
    "budget": "a column headed only 预算数 / 预算金额 / 项目金额: the figure of the row's subject",
    "final": "a column headed only 决算数 / 执行数: the figure of the row's subject",
    "amount": "a column headed only 金额 / 数额: the figure of the row's subject",
    "other": "a header none of the above matches (measure_raw keeps it)",
}
FETCH_STATUS = {
    "new": "bytes never seen before",
    "changed": "the URL now serves other bytes",
    "unchanged": "not modified (304) or the same bytes again",
    "duplicate": "bytes already met under another URL",
    "failed": "not fetched, or not a PDF (error says why)",
}

DOC_TYPES = tuple(DOC_TYPE)
BUDGET_SCOPES = tuple(BUDGET_SCOPE)
STATUSES = tuple(STATUS)
UNITS = tuple(UNIT)
METHODS = tuple(METHOD)
TABLE_KINDS = tuple(TABLE_KIND)
COMPARATORS = tuple(COMPARATOR)
LEVEL1 = tuple(LEVEL_1)
LEVEL2 = tuple(LEVEL_2)
CHECK_STATUSES = tuple(CHECK_STATUS)
BASES = tuple(BASIS)
MEASURE_ROLES = tuple(MEASURE_ROLE)
MEASURES = tuple(MEASURE)
FETCH_STATUSES = tuple(FETCH_STATUS)

# Validation rules (validations.rule), see normalizers/validate.py.
RULE = {
    "subtotal_lei": "a 类 (3-digit code) = the sum of its 款 printed below it",
    "subtotal_kuan": "a 款 (5 digits) = the sum of its 项 (7 digits)",
    "total_of_classes": "the table's 合计/总计 row = the sum of its 类 rows",
    "basic_plus_project": "per row: 合计 = 基本支出 + 项目支出",
    "row_components": "per row: a total column = the sum of its component columns (measure_role)",
    "three_public_sum": "“三公”经费合计 = 因公出国（境） + 公务接待 + 公务用车购置及运行",
    "two_sided_totals": "two-sided summaries: 收入总计 = 支出总计",
    "required_tables": "Shanghai 预算/决算: the nine standard tables are present (detail lists the missing)",
    "amounts_parsed": "every amount cell of a table reads as an amount (page/row: the first that does not)",
    "indicator_targets_parsed": "every indicator target of a form parses (page/row: the first that does not)",
}
RULES = tuple(RULE)

VOCABULARIES: dict[str, dict[str, str]] = {
    "doc_type": DOC_TYPE, "budget_scope": BUDGET_SCOPE, "status": STATUS, "unit": UNIT,
    "method": METHOD, "table_kind": TABLE_KIND, "comparator": COMPARATOR, "level1": LEVEL_1,
    "level2": LEVEL_2, "check_status": CHECK_STATUS, "basis": BASIS, "measure_role": MEASURE_ROLE,
    "measure": MEASURE, "rule": RULE, "fetch_status": FETCH_STATUS,
}

# --------------------------------------------------------------------------- datasets

DATASET_DOCS: dict[str, str] = {}  # dataset -> what one row is
COLUMN_DOCS: dict[str, dict[str, str]] = {}  # dataset -> column -> meaning
REQUIRED: dict[str, tuple[str, ...]] = {}  # dataset -> the design's required columns


def _dataset(name: str, row: str, required: list[tuple[str, pa.DataType, str]],
             extras: list[tuple[str, pa.DataType, str]] = ()) -> pa.Schema:
    """The Arrow schema of a dataset, recording what a row is and each column's meaning."""
    cols = [*required, *extras]
    DATASET_DOCS[name] = row
    COLUMN_DOCS[name] = {col: doc for col, _, doc in cols}
    REQUIRED[name] = tuple(col for col, _, _ in required)
    return pa.schema([pa.field(col, typ) for col, typ, _ in cols])


_DOC_ID = ("doc_id", pa.string(), "the document: sha256 hex of its file's bytes (documents.doc_id)")
_TABLE_ID = ("table_id", pa.string(), "the table: first 16 hex digits of doc_id, '-t' and its number "
                                      "(\"3fa2…9c01-t007\"); joins tables, cells and every normalized dataset")
_DEPARTMENT = ("department", pa.string(), "the document's department, canonical (上海市普陀区司法局)")
_FISCAL_YEAR = ("fiscal_year", pa.int32(), "the year the document is about (a 2024 决算 reports on 2024)")
_ROW = ("row", pa.int32(), "0-based row in the logical table (rows continue across pages)")
_PAGE = ("page", pa.int32(), "1-based page it is printed on")

DOCUMENTS = _dataset("documents", "source document (one per distinct file content)", [
    _DOC_ID,
    ("file_name", pa.string(), "base name of the file as given or downloaded (the first name met)"),
    ("source_url", pa.string(), "where the harvest downloaded it; null for local files"),
    ("title", pa.string(), "the document's title from its cover"),
    _DEPARTMENT,
    ("region", pa.string(), "the government it belongs to (上海市普陀区; 中央 for central organs)"),
    _FISCAL_YEAR,
    ("doc_type", pa.string(), "what kind of disclosure it is"),
    ("budget_scope", pa.string(), "department (consolidated) or unit; null where it does not apply"),
    ("page_count", pa.int32(), "pages in the PDF"),
    ("ocr_page_count", pa.int32(), "pages read by OCR"),
    ("status", pa.string(), "how extraction went"),
    ("error", pa.string(), "what went wrong, one readable line per problem; null when ok"),
], [
    ("error_stage", pa.string(), "where the error that decided the status arose: file, page, ocr, normalize, "
                                 "limit (time, memory or decoded size), crash or publish"),
    ("file_size", pa.int64(), "bytes"),
    ("table_count", pa.int32(), "tables published"),
    ("processed_at", pa.timestamp("s", tz="UTC"), "when it was extracted"),
    ("cnbudget_version", pa.string(), "the cnbudget version that extracted it"),
])

TABLES = _dataset("tables", "logical table (fragments on consecutive pages joined into one)", [
    _TABLE_ID,
    _DOC_ID,
    ("seq", pa.int32(), "1-based order of the table in its document"),
    ("page_first", pa.int32(), "1-based first page"),
    ("page_last", pa.int32(), "1-based last page"),
    ("title", pa.string(), "the printed title (公开05表 and similar numbers dropped); null when none"),
    ("table_kind", pa.string(), "what the table is, from its title (its header when the title says little)"),
    ("unit_raw", pa.string(), "the unit as printed (单位：万元)"),
    ("unit", pa.string(), "the unit of its amounts"),
    ("method", pa.string(), "how it was read"),
    ("n_rows", pa.int32(), "rows of the grid"),
    ("n_cols", pa.int32(), "columns of the grid"),
], [
    ("header_rows", pa.int32(), "leading header rows of the first fragment"),
    ("strategy", pa.string(), "the page strategy that read it: pdfplumber, camelot or ocr"),
    ("whitespace", pa.float32(), "share of the grid's cells that are empty (0-1)"),
    ("unassigned_chars", pa.int32(), "characters inside the table's box that fell in no cell"),
])

CELLS = _dataset("cells", "printed cell (a merged cell is one row with its spans)", [
    _TABLE_ID,
    _DOC_ID,
    ("page", pa.int32(), "1-based page the cell is printed on"),
    _ROW,
    ("col", pa.int32(), "0-based column in the table's column grid"),
    ("row_span", pa.int32(), "rows the cell covers (1 unless merged)"),
    ("col_span", pa.int32(), "columns the cell covers (1 unless merged)"),
    ("text", pa.string(), "the text as a reader reads it (wrapped lines joined)"),
    ("x0", pa.float32(), "left edge, PDF points from the page's left"),
    ("y0", pa.float32(), "top edge, PDF points from the page's top"),
    ("x1", pa.float32(), "right edge"),
    ("y1", pa.float32(), "bottom edge"),
    ("confidence", pa.float32(), "1.0 for the text layer; the OCR score for scanned cells"),
], [
    ("is_header", pa.bool_(), "a header row (also set on headers repeated on continuation pages)"),
])

BUDGET_LINES = _dataset("budget_lines", "amount cell of a budget or final-accounts table", [
    _DOC_ID,
    _TABLE_ID,
    _ROW,
    _DEPARTMENT,
    _FISCAL_YEAR,
    ("doc_type", pa.string(), "the document's doc_type: budget (预算) and final_accounts (决算) figures "
                              "never mix when filtered on it"),
    ("budget_scope", pa.string(), "the document's scope: a department's figures include its units', "
                                  "so filter on one scope before summing"),
    ("table_kind", pa.string(), "the table's kind"),
    ("subject_code", pa.string(), "function/economic classification code, digits only: 类 3, 款 5, 项 7 "
                                  "(\"204 06 07\" in three columns becomes \"2040607\"); null when "
                                  "none is printed"),
    ("subject_name", pa.string(), "the row's label (一般公共服务支出), whitespace removed"),
    ("subject_level", pa.int8(), "1 类 / 2 款 / 3 项, from the code, else from the ordinal style "
                                 "(一、 > （一） > 1.)"),
    ("measure", pa.string(), "what the column holds, canonical (see the measure vocabulary)"),
    ("measure_raw", pa.string(), "the column's header path as printed, joined by /"),
    ("basis", pa.string(), "which figure of the year the column holds"),
    ("amount_yuan", AMOUNT, "the amount in yuan, exact (万元/千元 converted); null when blank"),
], [
    ("measure_role", pa.string(), "how the column adds up"),
    ("component_of", pa.string(), "for a component: the measure_raw of the total it adds into"),
    ("col", pa.int32(), "0-based column of the amount cell"),
    _PAGE,
    ("side", pa.string(), "income or expenditure in two-sided summaries; else null"),
    ("classification", pa.string(), "function (功能分类, codes 2xx) or economic (经济分类, 3xx/5xx); null "
                                    "when unknown"),
    ("is_total", pa.bool_(), "a 合计/总计/小计 row"),
    ("amount_raw", pa.string(), "the cell as printed"),
    ("blank", pa.string(), "why amount_yuan is null: \"blank\" (empty), \"-\" or \"—\" as printed, "
                           "\"unparsed\" (digits that do not read as an amount); null when it has one"),
])

PROJECTS = _dataset("projects", "project of a department-year", [
    _DOC_ID,
    _DEPARTMENT,
    _FISCAL_YEAR,
    ("project_name", pa.string(), "项目名称 as printed"),
    ("project_code", pa.string(), "项目编码 where printed"),
    ("unit_name", pa.string(), "the implementing unit a project list prints per row (单位名称), else null"),
    ("amount_yuan", AMOUNT, "the year's budget (年度资金总额 / 项目当年预算 / a list's 金额)"),
    ("total_amount_yuan", AMOUNT, "项目资金总额 / 项目总预算 (all years)"),
    ("fiscal_amount_yuan", AMOUNT, "其中：财政拨款 / 财政资金"),
    ("carried_over_yuan", AMOUNT, "其中：上年结转"),
    ("nature", pa.string(), "项目属性/性质 as printed: 经常性项目, 阶段性项目, 一次性 …"),
    ("category", pa.string(), "项目类别/类型 as printed: 特定目标类, 其他运转类 …"),
    ("start_date", pa.string(), "起止时间 / 实施期限 start as printed, YYYY-MM[-DD] when it parses"),
    ("end_date", pa.string(), "its end, the same way"),
    ("goal", pa.string(), "年度目标 / 绩效目标 / 总体目标 text"),
], [
    _TABLE_ID,
    ("source_kind", pa.string(), "table_kind of the table it comes from"),
])

INDICATORS = _dataset("indicators", "performance indicator (三级指标) of a target or self-evaluation form", [
    _DOC_ID,
    _TABLE_ID,
    _DEPARTMENT,
    _FISCAL_YEAR,
    ("project_name", pa.string(), "the project; null for department-wide targets"),
    ("level1", pa.string(), "一级指标, canonical; null when the form prints none"),
    ("level1_raw", pa.string(), "一级指标 as printed"),
    ("level2", pa.string(), "二级指标, canonical; null when the form prints none"),
    ("level2_raw", pa.string(), "二级指标 as printed"),
    ("name", pa.string(), "三级指标: the indicator, without numbering (指标1：, ①)"),
    ("target_raw", pa.string(), "指标值 as printed (split columns joined in reading order)"),
    ("comparator", pa.string(), "the target's comparison; null when it does not parse"),
    ("value", pa.float64(), "the target's number (the lower bound of a range)"),
    ("upper", pa.float64(), "the upper bound of a range"),
    ("unit", pa.string(), "the target's unit as printed (%, 件, 万页)"),
    ("qualitative", pa.string(), "the phrase of a qualitative target"),
    ("actual_raw", pa.string(), "全年完成值 / 实际完成值 as printed (self-evaluations)"),
    ("actual_value", pa.float64(), "its number where it reads as one"),
    ("score", pa.float64(), "得分 (self-evaluations)"),
    ("basis", pa.string(), "指标值设定依据: why the target is what it is"),
], [
    _ROW,
    ("parsed", pa.bool_(), "the target parsed; false: kept raw, never guessed (counted in validations)"),
    ("weight", pa.float64(), "分值 / 权重 where the form prints one"),
    ("deviation", pa.string(), "偏差原因及改进措施 of a self-evaluation row"),
    ("prior_values", pa.string(), "earlier years' values printed beside the target, label=value;…"),
    ("indicator_key", pa.string(), "the name without numbering or punctuation, through a reviewed synonym "
                                   "list: the same indicator across departments and cities"),
    ("keywords", pa.list_(pa.string()), "jieba keywords of the name"),
])

SELF_EVALUATIONS = _dataset("self_evaluations", "project or department-wide self-evaluation", [
    _DOC_ID,
    _DEPARTMENT,
    _FISCAL_YEAR,
    ("project_name", pa.string(), "the project; null for a 部门整体 form"),
    ("budget_yuan", AMOUNT, "全年预算数 (A)"),
    ("executed_yuan", AMOUNT, "全年执行数 (B)"),
    ("execution_rate", pa.float64(), "执行率 B/A as a ratio (0.95, not 95)"),
    ("score", pa.float64(), "得分, or the 总分 row"),
    ("grade", pa.string(), "自评等级 / 综合评价 as printed: 优, 良, 中, 差"),
], [
    _TABLE_ID,
])

VALIDATIONS = _dataset("validations", "check of an accounting identity or of completeness", [
    _DOC_ID,
    ("table_id", pa.string(), "the table checked; null for document-wide checks (required_tables)"),
    ("page", pa.int32(), "where a person verifies it: 1-based page of the total checked (of the first "
                         "unread cell for *_parsed); null for document-wide checks"),
    ("row", pa.int32(), "0-based table row of the total checked; null for document/table-wide checks"),
    ("rule", pa.string(), "the check"),
    ("status", pa.string(), "pass or fail"),
    ("expected", pa.string(), "the sum of the addends in yuan (a count for *_parsed, the kinds for "
                              "required_tables)"),
    ("actual", pa.string(), "the printed total in yuan (likewise)"),
    ("detail", pa.string(), "readable: which rows and columns, the tolerance and the difference"),
])

# Added by the harvest (harvest/sources_dataset.py): one row per URL a source's portal listed, with
# what the portal says about the document beside what the document itself says (the
# document wins; a disagreement is kept in `disagreement`). Written per source as
# OUT/sources/<source_name>.parquet from the harvest manifest.
SOURCES = _dataset("sources", "URL a portal listed (written by the harvest)", [
    ("doc_id", pa.string(), "the document fetched from it; null when no bytes were ever fetched"),
    ("source_name", pa.string(), "the registry entry that listed it"),
    ("url", pa.string(), "the link"),
    ("link_text", pa.string(), "the link's text on the listing page"),
    ("page_title", pa.string(), "the listing page's title"),
    ("published", pa.date32(), "publication date the listing prints beside the link"),
    ("fetched_at", pa.timestamp("s", tz="UTC"), "when its bytes were last downloaded"),
    ("status", pa.string(), "what the last fetch found"),
    ("error", pa.string(), "why it failed"),
    ("http_status", pa.int32(), "the last HTTP status"),
    ("etag", pa.string(), "ETag for conditional requests"),
    ("last_modified", pa.string(), "Last-Modified for conditional requests"),
], [
    ("final_url", pa.string(), "the URL after redirects"),
    ("file_name", pa.string(), "the file name it was stored under"),
    ("checked_at", pa.timestamp("s", tz="UTC"), "when it was last checked"),
    ("portal_fiscal_year", pa.int32(), "the year the link text names"),
    ("portal_doc_type", pa.string(), "the doc_type the link text names"),
    ("doc_title", pa.string(), "the document's own title"),
    ("doc_fiscal_year", pa.int32(), "the document's own fiscal year"),
    ("doc_type", pa.string(), "the document's own doc_type"),
    ("disagreement", pa.string(), "where the portal and the document disagree (the document wins)"),
])

DATASETS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "tables": TABLES,
    "cells": CELLS,
    "budget_lines": BUDGET_LINES,
    "projects": PROJECTS,
    "indicators": INDICATORS,
    "self_evaluations": SELF_EVALUATIONS,
    "validations": VALIDATIONS,
    "sources": SOURCES,
}

# dataset -> the columns a compacted file's rows are ordered by (datasets/compact.py), so
# that a filter on them reads few row groups (DuckDB skips the others by their min/max):
# budget lines are summed over one kind of figure, then by department.
CLUSTER_BY: dict[str, tuple[str, ...]] = {
    "budget_lines": ("doc_type", "budget_scope", "basis", "measure", "department"),
}

# (dataset, column) -> the name of its vocabulary in VOCABULARIES
ENUM_VOCABULARY: dict[tuple[str, str], str] = {
    ("documents", "doc_type"): "doc_type",
    ("documents", "budget_scope"): "budget_scope",
    ("documents", "status"): "status",
    ("tables", "unit"): "unit",
    ("tables", "method"): "method",
    ("tables", "table_kind"): "table_kind",
    ("budget_lines", "doc_type"): "doc_type",
    ("budget_lines", "budget_scope"): "budget_scope",
    ("budget_lines", "table_kind"): "table_kind",
    ("budget_lines", "measure"): "measure",
    ("budget_lines", "basis"): "basis",
    ("budget_lines", "measure_role"): "measure_role",
    ("projects", "source_kind"): "table_kind",
    ("indicators", "comparator"): "comparator",
    ("indicators", "level1"): "level1",
    ("indicators", "level2"): "level2",
    ("validations", "rule"): "rule",
    ("validations", "status"): "check_status",
    ("sources", "status"): "fetch_status",
    ("sources", "doc_type"): "doc_type",
    ("sources", "portal_doc_type"): "doc_type",
}
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    key: tuple(VOCABULARIES[vocab]) for key, vocab in ENUM_VOCABULARY.items()}


_pandas_probe_done = False


def _arrow_without_pandas() -> None:
    """pyarrow's first conversion of a Python list imports pandas (~0.3 s of CPU) only to
    ask whether the list is a pandas object, which rows never are; nothing that
    publishes needs a DataFrame. So its first conversion here is made while pandas
    cannot be imported, and pyarrow records pandas as absent. It still imports pandas
    the moment pandas is asked for (``Table.to_pandas``, ``Table.from_pandas``). Once
    per process, and only while nothing has imported pandas yet."""
    global _pandas_probe_done
    if _pandas_probe_done:
        return
    _pandas_probe_done = True
    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _NoPandas)
    try:
        pa.array([], pa.null())
    finally:
        sys.meta_path.remove(_NoPandas)


class _NoPandas:
    """An import finder under which pandas cannot be imported (see _arrow_without_pandas)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition(".")[0] == "pandas":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def to_table(dataset: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts keyed by column name) as an Arrow table of the dataset's schema.

    Unknown keys are an error (a column not declared here must not be published);
    missing keys become nulls. Enumerated columns are checked.
    """
    _arrow_without_pandas()
    schema = DATASETS[dataset]
    names = set(schema.names)
    for r in rows:
        extra = set(r) - names
        if extra:
            raise ValueError(f"{dataset}: undeclared columns {sorted(extra)}")
    validate_enums(dataset, rows)
    cols = {name: [r.get(name) for r in rows] for name in schema.names}
    return pa.Table.from_pydict(cols, schema=schema)


def validate_enums(dataset: str, rows: list[dict]) -> None:
    for (ds, col), allowed in ENUMS.items():
        if ds != dataset:
            continue
        for r in rows:
            v = r.get(col)
            if v is not None and v not in allowed:
                raise ValueError(f"{dataset}.{col}: {v!r} is not one of {allowed}")
