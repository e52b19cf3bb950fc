"""Text-layer extraction on the real disclosures of ../shared/corpus."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import corpus_file, extracted

WANLI_24 = "上海市普陀区人民政府万里街道办事处24年预算.pdf"
COMMERCE_UNIT_25 = "上海市普陀区商务委员会单位25年预算.pdf"
FINANCE_FINAL_24 = "上海市普陀区财政局2024年度部门决算.pdf"
JUNK = "1769936993037-517864627.pdf"

SHANGHAI_BUDGET_KINDS = [
    "income_expenditure_summary", "income", "expenditure", "fiscal_appropriation_summary",
    "general_public_function", "government_fund", "state_capital", "general_public_basic_economic",
    "three_public",
]
FINAL_ACCOUNTS_KINDS = [
    "other",  # 部门决算单位构成
    "income_expenditure_summary", "income", "expenditure", "fiscal_appropriation_summary",
    "general_public_function", "general_public_basic_economic", "three_public", "government_fund",
    "state_capital",
]


def _table(doc, title_part: str):
    [t] = [t for t in doc.tables if t.title and title_part in t.title]
    return t


def _row_texts(t, row: int) -> list[str]:
    return [c.text for c in sorted((c for c in t.cells if c.row == row), key=lambda c: c.col)]


@pytest.mark.parametrize("name", [
    WANLI_24, "上海市普陀区人民政府万里街道办事处25年预算.pdf", "上海市普陀区人民政府办公室25年预算.pdf",
    "上海市普陀区人民政府办公室单位25年预算.pdf", "上海市普陀区商务委员会25年预算.pdf", COMMERCE_UNIT_25,
])
def test_budget_tables_are_the_nine_standard_ones(name):
    doc = extracted(name)
    assert doc.status == "ok", doc.error
    assert [t.table_kind for t in doc.tables] == SHANGHAI_BUDGET_KINDS
    # every table has a title and a unit; the 三公 table alone is in 万元
    assert all(t.title and t.unit for t in doc.tables)
    assert [t.unit for t in doc.tables] == ["yuan"] * 8 + ["wan_yuan"]


@pytest.mark.parametrize("name", [FINANCE_FINAL_24, "附件2：部门决算模板.pdf"])
def test_final_accounts_tables(name):
    doc = extracted(name)
    assert [t.table_kind for t in doc.tables] == FINAL_ACCOUNTS_KINDS
    assert all(t.unit == "wan_yuan" for t in doc.tables[1:])


def test_table_continuing_over_five_pages_is_one_table():
    t = _table(extracted(WANLI_24), "部门收入预算总表")
    assert (t.page_first, t.page_last) == (11, 15)
    assert t.n_cols == 9 and t.header_rows == 3
    assert Counter(c.page for c in t.cells).keys() == {11, 12, 13, 14, 15}
    # the last page holds only the 合计 row, printed across the four code/name columns
    [total] = [c for c in t.cells if c.page == 15 and c.text == "合计"]
    assert (total.col, total.col_span) == (0, 4)
    assert _row_texts(t, total.row) == ["合计", "156,211,123", "156,211,123", "0", "0", "0"]
    # rows are numbered continuously across pages
    rows_by_page = {p: sorted({c.row for c in t.cells if c.page == p}) for p in range(11, 16)}
    for a, b in zip(range(11, 15), range(12, 16)):
        assert rows_by_page[b][0] == rows_by_page[a][-1] + 1


def test_repeated_header_on_continuation_pages_is_flagged():
    t = _table(extracted(WANLI_24), "一般公共预算支出功能分类预算表")
    assert (t.page_first, t.page_last) == (22, 26)
    for page in range(23, 27):
        first_row = min(c.row for c in t.cells if c.page == page)
        top = [c for c in t.cells if c.page == page and c.row == first_row]
        assert all(c.is_header for c in top)
        assert "项目" in [c.text for c in top]
    data = [c for c in t.cells if c.page == 23 and not c.is_header]
    assert data and not any(c.text == "项目" for c in data)


def test_merged_header_cells_have_spans():
    t = _table(extracted(COMMERCE_UNIT_25), "财务收支预算总表")
    cells = {c.text: c for c in t.cells if c.is_header}
    assert (cells["本年收入"].col_span, cells["本年支出"].col_span) == (2, 5)
    assert cells["项目"].row_span == 3
    assert (cells["合计"].row_span, cells["基本支出"].col_span) == (2, 2)
    assert _row_texts(t, t.n_rows - 1)[:4] == ["收入总计", "371,514,655.00", "支出总计", "371,514,655.00"]


def test_empty_row_spilling_onto_a_page_joins_its_table():
    doc = extracted(FINANCE_FINAL_24)
    t = _table(doc, "财政拨款收入支出决算总表")
    assert (t.page_first, t.page_last) == (12, 14)
    assert [c.text for c in t.cells if c.page == 14] == [""] * 7
    assert _row_texts(t, 0) == ["收入", "支出"]


def test_multiline_cells_are_joined_and_codes_stay_in_their_columns():
    t = _table(extracted(FINANCE_FINAL_24), "收入决算表")
    texts = [c.text for c in t.cells]
    assert "机关事业单位基本养老保险缴费支出" in texts
    assert "本年收入合计" in texts and "附属单位上缴收入" in texts
    row = next(r for r in range(t.n_rows) if _row_texts(t, r)[:3] == ["208", "05", "05"])
    assert _row_texts(t, row)[3:6] == ["机关事业单位基本养老保险缴费支出", "160.75", "160.75"]


def test_cells_carry_page_coordinates_inside_the_page():
    doc = extracted(WANLI_24)
    for t in doc.tables:
        for c in t.cells:
            assert 0 <= c.x0 < c.x1 <= 842 and 0 <= c.y0 < c.y1 <= 842
            assert t.page_first <= c.page <= t.page_last


def test_cell_text_matches_pdfplumber_on_every_table_page():
    """Against plain pdfplumber on the same pages (its text per cell, whitespace
    ignored), wherever pdfplumber's own table is a real ruled one."""
    pdfplumber = pytest.importorskip("pdfplumber")
    norm = lambda s: re.sub(r"\s+", "", s or "")
    tp = fp = fn = 0
    for name in [WANLI_24, COMMERCE_UNIT_25, FINANCE_FINAL_24]:
        doc = extracted(name)
        ours: dict[int, Counter] = {}
        for t in doc.tables:
            for c in t.cells:
                if norm(c.text):
                    ours.setdefault(c.page, Counter())[norm(c.text)] += 1
        with pdfplumber.open(corpus_file(name)) as pdf:
            for page_no in ours:
                ref = Counter(norm(x) for tb in pdf.pages[page_no - 1].extract_tables()
                              for row in tb for x in row if norm(x))
                o = ours[page_no]
                if sum((ref - o).values()) > 3:
                    # pdfplumber's invisible-rectangle table swallowed the title lines
                    ref = ref - Counter({k: v for k, v in (ref - o).items() if "表" in k or "单位" in k})
                tp += sum((o & ref).values()); fp += sum((o - ref).values()); fn += sum((ref - o).values())
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.99, f1


def test_junk_file_is_a_failed_document_with_a_reason():
    doc = extracted(JUNK)
    assert doc.status == "failed"
    assert doc.error.startswith("not a PDF")
    assert doc.tables == [] and len(doc.doc_id) == 64
