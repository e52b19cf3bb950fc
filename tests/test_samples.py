"""The sample-disclosure generator: PDFs open, text extracts as Chinese, output is
deterministic, every table page holds a ruled table matching the gold, and the gold's
accounting identities hold."""
from __future__ import annotations

from collections import Counter

import pdfplumber
import pytest

from cnbudget.demo import fonts
from cnbudget.demo.amounts import parse_amount
from cnbudget.demo.broken import make_encrypted_pdf, make_junk_pdf, make_truncated_pdf
from cnbudget.demo.budgets import make_budget_pdf
from cnbudget.demo.final_accounts import make_final_accounts_pdf
from cnbudget.demo.gold import GoldTable
from cnbudget.demo.samples import write_sample_set


@pytest.fixture(scope="module")
def budget(tmp_path_factory):
    p = tmp_path_factory.mktemp("s") / "budget.pdf"
    return p, make_budget_pdf(p)


@pytest.fixture(scope="module")
def unit_budget(tmp_path_factory):
    p = tmp_path_factory.mktemp("s") / "unit.pdf"
    return p, make_budget_pdf(p, department="上海市普陀区示例中心", scope="unit",
                              unit="wan_yuan", n_function_rows=14, seed=2)


@pytest.fixture(scope="module")
def final(tmp_path_factory):
    p = tmp_path_factory.mktemp("s") / "final.pdf"
    return p, make_final_accounts_pdf(p)


ALL = ["budget", "unit_budget", "final"]


def _norm(s: str | None) -> str:
    return "".join((s or "").split())


def test_font_found_and_clear_error_when_missing(monkeypatch):
    assert fonts.find_cjk_font().endswith(".ttf")
    monkeypatch.setattr(fonts, "FONT_CANDIDATES", ["/nonexistent/x.ttf"])
    monkeypatch.delenv("CNBUDGET_CJK_FONT", raising=False)
    with pytest.raises(fonts.FontNotFoundError, match="fonts-droid-fallback"):
        fonts.find_cjk_font()


@pytest.mark.parametrize("name", ALL)
def test_opens_and_page_count(name, request):
    path, gold = request.getfixturevalue(name)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == gold.page_count
    assert gold.file_name == path.name
    for t in gold.tables:
        assert 1 <= t.page_first <= t.page_last <= gold.page_count
        assert t.pages() == list(range(t.page_first, t.page_last + 1))


def test_cover_and_titles_extract_as_chinese(budget, unit_budget, final):
    path, gold = budget
    with pdfplumber.open(path) as pdf:
        cover = pdf.pages[0].extract_text()
        assert "上海市普陀区2025年区级部门预算" in cover
        assert "预算主管部门：上海市普陀区示例局" in cover
        for t in gold.tables:
            text = pdf.pages[t.page_first - 1].extract_text()
            assert t.title in _norm(text), t.title
            assert "编制部门：上海市普陀区示例局" in text
            assert t.unit_raw in text
    assert gold.title == "上海市普陀区2025年区级部门预算"
    assert (gold.doc_type, gold.budget_scope, gold.fiscal_year) == ("budget", "department", 2025)

    path, gold = unit_budget
    with pdfplumber.open(path) as pdf:
        cover = pdf.pages[0].extract_text()
        assert "上海市普陀区2025年区级单位预算" in cover
        assert "预算单位：上海市普陀区示例中心" in cover
        assert "单位：万元" in pdf.pages[gold.tables[0].page_first - 1].extract_text()
    assert gold.tables[0].unit == "wan_yuan" and gold.budget_scope == "unit"

    path, gold = final
    with pdfplumber.open(path) as pdf:
        cover = pdf.pages[0].extract_text()
        assert "上海市示例局" in cover and "2024 年度部门决算" in cover
        for t in gold.tables:
            assert t.title in _norm(pdf.pages[t.page_first - 1].extract_text())
            page = pdf.pages[t.page_first - 1]
            assert page.width > page.height  # landscape
    assert [t.table_kind for t in gold.tables] == [
        "income_expenditure_summary", "income", "expenditure"]
    assert all(t.unit == "wan_yuan" for t in gold.tables)


def test_deterministic_bytes(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    make_budget_pdf(a)
    make_budget_pdf(b)
    assert a.read_bytes() == b.read_bytes()
    make_final_accounts_pdf(a)
    make_final_accounts_pdf(b)
    assert a.read_bytes() == b.read_bytes()
    make_budget_pdf(b, seed=5)
    assert a.read_bytes() != b.read_bytes()


@pytest.mark.parametrize("name", ALL)
def test_ruled_table_on_every_table_page_matches_gold(name, request):
    """pdfplumber finds a ruled table on each table page, with the gold's texts."""
    path, gold = request.getfixturevalue(name)
    with pdfplumber.open(path) as pdf:
        for t in gold.tables:
            for pno in t.pages():
                page = pdf.pages[pno - 1]
                found = page.find_tables()
                assert found, (t.title, pno)
                for tb in found:  # inside the page margins
                    assert tb.bbox[0] >= 40 and tb.bbox[2] <= page.width - 40
                    assert tb.bbox[1] >= 40 and tb.bbox[3] <= page.height - 40
                got = Counter(_norm(x) for tb in found for row in tb.extract()
                              for x in row if x)
                want = Counter(_norm(c.text) for c in t.cells if c.page == pno and c.text)
                assert +got == +want, (t.title, pno, got - want, want - got)
                n_rows_here = len({c.row for c in t.cells if c.page == pno})
                assert sum(len(tb.rows) for tb in found) == n_rows_here


def test_gold_grid_is_consistent(budget, unit_budget, final):
    for _, gold in (budget, unit_budget, final):
        for t in gold.tables:
            covered = Counter()
            for c in t.cells:
                for r in range(c.row, c.row + c.row_span):
                    for k in range(c.col, c.col + c.col_span):
                        covered[(r, k)] += 1
            assert set(covered) == {(r, k) for r in range(t.n_rows) for k in range(t.n_cols)}
            assert max(covered.values()) == 1
            assert t.header_rows >= 1
            assert all(c.is_header for c in t.cells if c.row < t.header_rows)


def test_layout_features(budget):
    _, gold = budget
    exp = gold.table("expenditure")
    assert exp.header_rows == 3 and exp.n_cols == 7
    assert 2 <= exp.page_last - exp.page_first + 1 <= 3
    # the header is repeated on continuation pages with its own row numbers
    for pno in exp.pages()[1:]:
        on_page = [c for c in exp.cells if c.page == pno]
        first_row = min(c.row for c in on_page)
        assert {c.text for c in on_page if c.row == first_row} == {"项目", "支出预算"}
        assert all(c.is_header for c in on_page if c.row < first_row + 3)
    assert exp.grid()[3][0] == "合计"
    codes = [(r[0], r[1], r[2], r[3]) for r in exp.grid()]
    assert ("201", "03", "01", "行政运行") in codes

    gp = gold.table("general_public_function")
    assert gp.page_last > gp.page_first
    for pno in gp.pages()[1:]:
        assert not any(c.is_header for c in gp.cells if c.page == pno)
    assert "机关事业单位基本养老保险缴费支出" in [c.text for c in gp.cells]

    eco = gold.table("general_public_basic_economic")
    last = [c for c in eco.cells if c.page == eco.page_last]
    assert {c.row for c in last} == {eco.n_rows - 1}
    assert all(c.text == "" for c in last) and len(last) == eco.n_cols
    assert "机关事业单位基本养老保险缴费" in [c.text for c in eco.cells]

    tp = gold.table("three_public")
    assert tp.unit_raw == "单位：万元" and tp.unit == "wan_yuan" and tp.header_rows == 3
    assert any(c.col_span == 3 and c.text == "公务用车购置及运行费" for c in tp.cells)

    summ = gold.table("income_expenditure_summary")
    assert summ.n_cols == 4
    assert [c.text for c in summ.cells if c.row == 0] == ["本年收入", "本年支出"]
    texts = [c.text for t in gold.tables for c in t.cells]
    assert "-" in texts and "0" in texts and "" in texts
    assert any("," in x and x.endswith(tuple("0123456789")) and "." in x for x in texts)


def _amounts(row, cols):
    return [parse_amount(row[k]) for k in cols]


def _check_code_table(t: GoldTable, name_col: int, amount_cols: list[int],
                      n_code_cols: int, row_sum: bool = True):
    """类 = sum of its 款, 款 = sum of its 项 (or economic 类 = sum of 款), 合计 = sum of
    类, and first amount column = sum of the others (when row_sum)."""
    grid = t.grid()
    body = [r for i, r in enumerate(grid) if not any(
        c.is_header for c in t.cells if c.row == i)]
    total = [r for r in body if r[0] == "合计"]
    assert len(total) == 1
    lines = [r for r in body if r[0] and r[0].isdigit()]
    assert lines
    depth = lambda r: sum(1 for k in range(n_code_cols) if r[k])  # noqa: E731
    code = lambda r: "".join(r[k] for k in range(n_code_cols))  # noqa: E731
    for r in lines + total:
        v = _amounts(r, amount_cols)
        if row_sum:
            assert v[0] == sum(v[1:]), r
    for r in lines:
        d = depth(r)
        if d == n_code_cols:
            continue
        children = [x for x in lines if depth(x) == d + 1 and code(x).startswith(code(r))]
        assert children, r
        sums = [sum(col) for col in zip(*[_amounts(x, amount_cols) for x in children])]
        assert sums == _amounts(r, amount_cols), r
    tops = [x for x in lines if depth(x) == 1]
    sums = [sum(col) for col in zip(*[_amounts(x, amount_cols) for x in tops])]
    assert sums == _amounts(total[0], amount_cols)


@pytest.mark.parametrize("name", ["budget", "unit_budget"])
def test_budget_identities(name, request):
    _, gold = request.getfixturevalue(name)
    exp = gold.table("expenditure")
    _check_code_table(exp, 3, [4, 5, 6], 3)
    _check_code_table(gold.table("general_public_function"), 3, [4, 5, 6], 3)
    _check_code_table(gold.table("government_fund"), 3, [4, 5, 6], 3)
    eco = gold.table("general_public_basic_economic")
    _check_code_table(eco, 2, [3, 4, 5], 2)

    def total_row(t):
        return next(r for r in t.grid() if r[0] == "合计")

    # 基本支出 of the general public budget = economic-classification total
    assert parse_amount(total_row(gold.table("general_public_function"))[5]) == \
        parse_amount(total_row(eco)[3])
    # summary: income total = expenditure total = 支出预算总表 合计; 类 lines agree
    summ = gold.table("income_expenditure_summary").grid()
    last = summ[-1]
    assert last[0] == "收入总计" and last[2] == "支出总计"
    assert last[1] == last[3] == total_row(exp)[4]
    body = summ[2:-1]
    inc = [parse_amount(r[1]) for r in body]
    assert inc[0] == inc[1] + inc[2] + inc[3]  # 财政拨款 = its three parts
    assert inc[0] + sum(inc[4:]) == parse_amount(last[1])
    assert sum(parse_amount(r[3]) for r in body) == parse_amount(last[3])
    leis = [(r[3], r[4]) for r in exp.grid() if r[0] and r[0].isdigit() and not r[1]]
    assert [(r[2].split("、", 1)[1], r[3]) for r in body if r[2]] == leis
    # 三公 = 出国 + 接待 + 用车; 用车 = 购置 + 运行
    tp = gold.table("three_public").grid()[-1]
    v = [parse_amount(x) for x in tp]
    assert v[0] == v[1] + v[2] + v[3] and v[3] == v[4] + v[5]


def test_final_accounts_identities(final):
    _, gold = final
    inc = gold.table("income")
    exp = gold.table("expenditure")
    _check_code_table(inc, 3, list(range(4, inc.n_cols)), 3)
    _check_code_table(exp, 3, list(range(4, exp.n_cols)), 3)
    summ = gold.table("income_expenditure_summary").grid()
    rows = {r[0]: r for r in summ}
    tot_in = parse_amount(rows["本年收入合计"][2])
    tot_out = parse_amount(rows["本年收入合计"][5])
    assert tot_in == parse_amount(next(r for r in inc.grid() if r[0] == "合计")[4])
    assert tot_out == parse_amount(next(r for r in exp.grid() if r[0] == "合计")[4])
    opening = parse_amount(rows["年初结转和结余"][2])
    closing = parse_amount(rows["年初结转和结余"][5])
    assert parse_amount(rows["总计"][2]) == tot_in + opening
    assert parse_amount(rows["总计"][5]) == tot_out + closing
    assert rows["总计"][2] == rows["总计"][5]


def test_broken_files(tmp_path):
    junk = tmp_path / "junk.pdf"
    g = make_junk_pdf(junk)
    assert not junk.read_bytes().startswith(b"%PDF") and g.status == "failed"

    trunc = tmp_path / "trunc.pdf"
    make_truncated_pdf(trunc)
    full = tmp_path / "full.pdf"
    make_budget_pdf(full)
    data = trunc.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" not in data
    assert len(data) == len(full.read_bytes()) // 2
    assert not list(tmp_path.glob("*.tmp"))

    enc = tmp_path / "enc.pdf"
    make_encrypted_pdf(enc)
    with pytest.raises(Exception):
        with pdfplumber.open(enc) as pdf:
            pdf.pages[0].extract_text()
    with pdfplumber.open(enc, password="secret") as pdf:
        assert "区级部门预算" in pdf.pages[0].extract_text()


def test_write_sample_set(tmp_path):
    golds = write_sample_set(tmp_path / "samples")
    files = sorted(p.name for p in (tmp_path / "samples").iterdir())
    assert files == sorted(g.file_name for g in golds)
    kinds = Counter((g.doc_type, g.budget_scope) for g in golds)
    assert kinds[("budget", "department")] >= 2
    assert kinds[("budget", "unit")] == 1
    assert kinds[("final_accounts", "department")] == 1
    assert sum(g.status == "failed" for g in golds) == 1
    unit = next(g for g in golds if g.budget_scope == "unit")
    assert unit.tables[0].unit == "wan_yuan"
