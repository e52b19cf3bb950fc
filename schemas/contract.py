"""The output data contract (v1 of ../shared/DESIGN.md) as Arrow schemas.

This module is the one place that names a column. Each dataset is one Arrow schema; the
required columns of the design come first, the extras cnbudget adds follow. Amounts are
yuan as decimal128(20, 2); pages are 1-based; rows and columns of a table 0-based.
"""
from __future__ import annotations

import pyarrow as pa

AMOUNT = pa.decimal128(20, 2)

DOC_TYPES = ("budget", "final_accounts", "performance_targets", "performance_self_evaluation", "other")
BUDGET_SCOPES = ("department", "unit")
STATUSES = ("ok", "partial", "failed")
UNITS = ("yuan", "wan_yuan", "qian_yuan")
METHODS = ("text", "ocr")
TABLE_KINDS = (
    "income_expenditure_summary",
    "income",
    "expenditure",
    "fiscal_appropriation_summary",
    "general_public_function",
    "general_public_basic_economic",
    "government_fund",
    "state_capital",
    "three_public",
    "procurement",
    "project_expenditure",
    "transfer_payment",
    "performance_management_projects",
    "dept_performance_targets",
    "project_performance_targets",
    "performance_self_evaluation",
    "other",
)
COMPARATORS = (">=", "<=", ">", "<", "=", "range", "qualitative")
LEVEL1 = ("output", "effect", "satisfaction", "input", "process", "other")
LEVEL2 = (
    "quantity", "quality", "timeliness", "cost", "economic", "social", "ecological",
    "sustainability", "satisfaction", "other",
)
CHECK_STATUSES = ("pass", "fail")
# budget_lines: which figure of the year a column holds, and how it adds up (see
# normalizers.budget_lines, "measure model").
BASES = ("budget", "final", "prior_year", "adjusted", "other")
MEASURE_ROLES = ("total", "component", "memo", "alternative", "item")


def _schema(*cols: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(name, typ) for name, typ in cols])


DOCUMENTS = _schema(
    ("doc_id", pa.string()),
    ("file_name", pa.string()),
    ("source_url", pa.string()),
    ("title", pa.string()),
    ("department", pa.string()),
    ("region", pa.string()),
    ("fiscal_year", pa.int32()),
    ("doc_type", pa.string()),
    ("budget_scope", pa.string()),
    ("page_count", pa.int32()),
    ("ocr_page_count", pa.int32()),
    ("status", pa.string()),
    ("error", pa.string()),
    # extras
    ("file_size", pa.int64()),
    ("table_count", pa.int32()),
    ("processed_at", pa.timestamp("s", tz="UTC")),
    ("cnbudget_version", pa.string()),
)

TABLES = _schema(
    ("table_id", pa.string()),
    ("doc_id", pa.string()),
    ("seq", pa.int32()),
    ("page_first", pa.int32()),
    ("page_last", pa.int32()),
    ("title", pa.string()),
    ("table_kind", pa.string()),
    ("unit_raw", pa.string()),
    ("unit", pa.string()),
    ("method", pa.string()),
    ("n_rows", pa.int32()),
    ("n_cols", pa.int32()),
    # extras: the parsing report
    ("header_rows", pa.int32()),
    ("strategy", pa.string()),
    ("whitespace", pa.float32()),
    ("unassigned_chars", pa.int32()),
)

CELLS = _schema(
    ("table_id", pa.string()),
    ("doc_id", pa.string()),
    ("page", pa.int32()),
    ("row", pa.int32()),
    ("col", pa.int32()),
    ("row_span", pa.int32()),
    ("col_span", pa.int32()),
    ("text", pa.string()),
    ("x0", pa.float32()),
    ("y0", pa.float32()),
    ("x1", pa.float32()),
    ("y1", pa.float32()),
    ("confidence", pa.float32()),
    # extras
    ("is_header", pa.bool_()),
)

BUDGET_LINES = _schema(
    ("doc_id", pa.string()),
    ("table_id", pa.string()),
    ("row", pa.int32()),
    ("department", pa.string()),
    ("fiscal_year", pa.int32()),
    ("table_kind", pa.string()),
    ("subject_code", pa.string()),
    ("subject_name", pa.string()),
    ("subject_level", pa.int8()),
    ("measure", pa.string()),
    ("measure_raw", pa.string()),
    # budget / final / prior_year / adjusted / other: which figure of the year the column holds
    ("basis", pa.string()),
    ("amount_yuan", AMOUNT),
    # extras
    # How the column adds up (MEASURE_ROLES): total (sums other
    # columns), component (a part of the total named by component_of), memo ("of which",
    # 其中 / 政府采购: not additive), alternative (another figure of a total: 扣除…后),
    # item (part of no printed total: 会议费 beside “三公”经费合计).
    ("measure_role", pa.string()),
    ("component_of", pa.string()),  # measure_raw of the total a component adds into
    ("col", pa.int32()),
    ("page", pa.int32()),
    ("side", pa.string()),  # income | expenditure for two-sided summaries, else null
    ("classification", pa.string()),  # function | economic | null
    ("is_total", pa.bool_()),
    ("amount_raw", pa.string()),
    ("blank", pa.string()),  # how an absent amount was printed: "blank", "-", "—"
)

PROJECTS = _schema(
    ("doc_id", pa.string()),
    ("department", pa.string()),
    ("fiscal_year", pa.int32()),
    ("project_name", pa.string()),
    ("project_code", pa.string()),
    ("unit_name", pa.string()),  # the implementing unit a project list prints per row (单位名称), else NULL
    ("amount_yuan", AMOUNT),  # the year's budget (年度资金总额 / 项目当年预算 / a list's 金额)
    ("total_amount_yuan", AMOUNT),  # 项目资金总额 / 项目总预算 (all years)
    ("fiscal_amount_yuan", AMOUNT),  # 其中：财政拨款 / 财政资金
    ("carried_over_yuan", AMOUNT),  # 其中：上年结转
    ("nature", pa.string()),  # 项目属性/性质 as printed: 经常性项目, 阶段性项目, 一次性 …
    ("category", pa.string()),  # 项目类别/类型 as printed: 特定目标类, 其他运转类 …
    ("start_date", pa.string()),  # 起止时间 / 实施期限 start as printed, normalized to YYYY-MM[-DD] when it parses
    ("end_date", pa.string()),
    ("goal", pa.string()),  # 年度目标 / 绩效目标 / 总体目标 text of the form or list row
    # extras
    ("table_id", pa.string()),
    ("source_kind", pa.string()),
)

INDICATORS = _schema(
    ("doc_id", pa.string()),
    ("table_id", pa.string()),
    ("department", pa.string()),
    ("fiscal_year", pa.int32()),
    ("project_name", pa.string()),
    ("level1", pa.string()),
    ("level1_raw", pa.string()),
    ("level2", pa.string()),
    ("level2_raw", pa.string()),
    ("name", pa.string()),
    ("target_raw", pa.string()),
    ("comparator", pa.string()),
    ("value", pa.float64()),
    ("upper", pa.float64()),
    ("unit", pa.string()),
    ("qualitative", pa.string()),
    ("actual_raw", pa.string()),
    ("actual_value", pa.float64()),
    ("score", pa.float64()),
    ("basis", pa.string()),
    # extras
    ("row", pa.int32()),
    ("parsed", pa.bool_()),
    ("weight", pa.float64()),  # the indicator's 分值 / 权重 where the form prints one
    ("deviation", pa.string()),  # 偏差原因及改进措施 of a self-evaluation row
    ("prior_values", pa.string()),
    ("indicator_key", pa.string()),
    ("keywords", pa.list_(pa.string())),
)

SELF_EVALUATIONS = _schema(
    ("doc_id", pa.string()),
    ("department", pa.string()),
    ("fiscal_year", pa.int32()),
    ("project_name", pa.string()),
    ("budget_yuan", AMOUNT),
    ("executed_yuan", AMOUNT),
    ("execution_rate", pa.float64()),
    ("score", pa.float64()),
    ("grade", pa.string()),
    # extras
    ("table_id", pa.string()),
)

VALIDATIONS = _schema(
    ("doc_id", pa.string()),
    ("table_id", pa.string()),
    ("page", pa.int32()),  # where a person verifies the check: the total's cell (1-based page)
    ("row", pa.int32()),  # and its table row (0-based); null for document/table-wide checks
    ("check", pa.string()),
    ("status", pa.string()),
    ("expected", pa.string()),
    ("actual", pa.string()),
    ("detail", pa.string()),
)

# Added by the harvest (harvest/sources_dataset.py): one row per URL a source's portal listed, with
# what the portal says about the document beside what the document itself says (the
# document wins; a disagreement is kept in `disagreement`). Written per source as
# OUT/sources/<source_name>.parquet from the harvest manifest.
SOURCES = _schema(
    ("doc_id", pa.string()),  # null when no bytes were ever fetched
    ("source_name", pa.string()),
    ("url", pa.string()),
    ("link_text", pa.string()),
    ("page_title", pa.string()),
    ("published", pa.date32()),
    ("fetched_at", pa.timestamp("s", tz="UTC")),
    ("status", pa.string()),
    ("error", pa.string()),
    ("http_status", pa.int32()),
    ("etag", pa.string()),
    ("last_modified", pa.string()),
    # extras
    ("final_url", pa.string()),
    ("file_name", pa.string()),
    ("checked_at", pa.timestamp("s", tz="UTC")),
    ("portal_fiscal_year", pa.int32()),
    ("portal_doc_type", pa.string()),
    ("doc_title", pa.string()),
    ("doc_fiscal_year", pa.int32()),
    ("doc_type", pa.string()),
    ("disagreement", pa.string()),
)
FETCH_STATUSES = ("new", "changed", "unchanged", "duplicate", "failed")

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

ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("documents", "doc_type"): DOC_TYPES,
    ("documents", "budget_scope"): BUDGET_SCOPES,
    ("documents", "status"): STATUSES,
    ("tables", "unit"): UNITS,
    ("tables", "method"): METHODS,
    ("tables", "table_kind"): TABLE_KINDS,
    ("budget_lines", "table_kind"): TABLE_KINDS,
    ("budget_lines", "basis"): BASES,
    ("budget_lines", "measure_role"): MEASURE_ROLES,
    ("indicators", "comparator"): COMPARATORS,
    ("indicators", "level1"): LEVEL1,
    ("indicators", "level2"): LEVEL2,
    ("validations", "status"): CHECK_STATUSES,
    ("sources", "status"): FETCH_STATUSES,
    ("sources", "doc_type"): DOC_TYPES,
    ("sources", "portal_doc_type"): DOC_TYPES,
}


def to_table(dataset: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts keyed by column name) as an Arrow table of the dataset's schema.

    Unknown keys are an error (a column not declared here must not be published);
    missing keys become nulls. Enumerated columns are checked.
    """
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
