"""Header bands, column-number rows and the measure model: which amount columns add up
to which total, and the checks that use only those.

Unit tests on rows and header paths, generated PDFs that print a column-number row (栏次
and ** forms, repeated on a continuation page), an "of which" column and a 三公 table
with 会议费/培训费 beside it, and checks on the real disclosures of other provinces
(../shared/corpus/cities, skipped when absent)."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from cnbudget.demo.tables import TableSpec, plain_row, write_tables_pdf
from cnbudget.extractors.assemble import header_row_count
from cnbudget.extractors.document import extract_document
from cnbudget.normalizers.budget_lines import (Column, basis_of, budget_lines, measure_model, measure_of,
                                               segment_basis, table_layout)
from cnbudget.schemas.text import is_column_number_row
from cnbudget.normalizers.validate import validate
from cnbudget.schemas.contract import BUDGET_LINES, VALIDATIONS, to_table
from cnbudget.schemas.model import Cell, Document, Table

from conftest import CORPUS, extracted

CITIES = CORPUS / "cities"


# ======================================================================== column-number rows

@pytest.mark.parametrize("texts", [
    ["栏次", "1", "2", "3"],                          # Jiangsu 国有资本经营预算支出预算表
    ["栏次", "", "1", "2", "3"],                      # 栏次 spanning the label columns
    ["**", "1", "2", "3", "4", "5"],                  # Zhejiang
    ["**", "**", "1", "2", "3"],
    ["**", "1"],                                      # one amount column
    ["＊＊", "１", "２", "３"],                        # full-width
    ["**", "**", "**", "**"],                         # a row of markers only
    ["甲", "乙", "1", "2", "3"],                      # 决算 templates
    ["项目", "", "1", "2", "3=4+5", "4", "5"],        # formulas of column numbers
    ["1", "2", "3", "4=2+3"],
    ["项目", "A", "B", "C"],                          # column letters
    ["栏次", "", "1", "栏次", "", "2"],               # two-sided summary
    ["行次", "1", "2"],
    ["(1)", "(2)", "(3)"],
    ["栏次", "1", "2", "4"],                          # a marked row with a column left out
])
def test_column_number_rows(texts):
    assert is_column_number_row(texts)


@pytest.mark.parametrize("texts", [
    [], ["", ""],
    ["合计", "1", "2", "3"],                  # a labelled row of small amounts
    ["3", "7", "2"],                          # not a run of column numbers
    ["1", "3", "5"],
    ["1", "2"],                               # too short without a marker or label
    ["201", "一般公共服务支出", "3.00"],
    ["1.00", "2.00", "3.00"],                 # amounts, not column numbers
    ["1,234", "2", "3"],
    ["项目"], ["栏次", "金额"],               # header words
])
def test_not_column_number_rows(texts):
    assert not is_column_number_row(texts)


class _Rows:
    """Stand-in for a page fragment: header_row_count reads its row texts only."""

    def __init__(self, rows):
        self.rows = [tuple(r) for r in rows]

    def row_texts(self):
        return self.rows


def test_header_band_closes_on_its_column_numbers():
    hdr = [("科目编码", "科目名称", "合计", "基本支出", "", "项目支出"),
           ("", "", "", "人员经费", "公用经费", "")]
    data = [("2010101", "行政运行", "10.00", "6.00", "4.00", "0.00")]
    assert header_row_count(_Rows(hdr + data), 5) == 2
    assert header_row_count(_Rows(hdr + [("**", "**", "1", "2", "3", "4")] + data), 5) == 3
    assert header_row_count(_Rows(hdr + [("栏次", "", "1", "2", "3", "4")] + data), 5) == 3
    # an empty table: header and column numbers, no data row
    assert header_row_count(_Rows(hdr + [("**", "**", "1", "2", "3", "4")]), 5) == 3
    # column numbers heading a fragment (a continuation page printing only them)
    assert header_row_count(_Rows([("**", "**", "1", "2", "3", "4")] + data), 5) == 1


def _table(rows: list[list[str]], pages: list[int], header: int, kind="general_public_function",
           spans: dict[tuple[int, int], tuple[int, int]] | None = None) -> Table:
    """A table from rows of texts (a None text: slot covered by a span)."""
    spans = spans or {}
    cells = []
    for r, texts in enumerate(rows):
        for c, t in enumerate(texts):
            if t is None:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            cells.append(Cell(page=pages[r], row=r, col=c, row_span=rs, col_span=cs, text=t,
                              x0=0, y0=0, x1=0, y1=0, is_header=r < header))
    return Table(seq=1, page_first=pages[0], page_last=pages[-1], title="一般公共预算支出表",
                 table_kind=kind, unit_raw="单位：万元", unit="wan_yuan", method="text",
                 n_rows=len(rows), n_cols=len(rows[0]), header_rows=header, strategy="pdfplumber",
                 whitespace=0.0, unassigned_chars=0, cells=cells)


HEAD = [["科目编码", "科目名称", "合计", "基本支出", None, "项目支出"],
        [None, None, None, "人员经费", "公用经费", None]]
HEAD_SPANS = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (1, 2), (0, 5): (2, 1)}
NUMS = ["**", "**", "1", "2", "3", "4"]


def test_header_paths_leave_column_numbers_out():
    rows = HEAD + [NUMS, ["2010101", "行政运行", "10.00", "6.00", "4.00", "0.00"]]
    t = _table(rows, [1] * 4, header=3, spans=HEAD_SPANS)
    lay = table_layout(t, "budget", 2026)
    assert lay.skip_rows == {0, 1, 2}
    paths = [c.measure_raw for s in lay.segments for c in s.of_role("amount")]
    assert paths == ["合计", "基本支出/人员经费", "基本支出/公用经费", "项目支出"]


def test_column_numbers_not_flagged_are_skipped_under_repeated_headers():
    """Neither flagged nor identical to the first page's: the column numbers under a
    repeated header, or atop a continuation page, are still not data."""
    body = [["2010101", "行政运行", "10.00", "6.00", "4.00", "0.00"],
            ["2010102", "一般行政管理事务", "5.00", "0.00", "0.00", "5.00"]]
    rows = HEAD + [NUMS] + body[:1] + HEAD + [["**", "**", "1", "2", "3", "4"]] + body[1:] \
        + [["栏次", "", "1", "2", "3", "4"]] + body[:1]
    pages = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3]
    spans = dict(HEAD_SPANS)
    spans.update({(r + 4, c): v for (r, c), v in HEAD_SPANS.items()})
    t = _table(rows, pages, header=2, spans=spans)  # only the first header flagged
    lay = table_layout(t, "budget", 2026)
    assert {2, 4, 5, 6, 8} <= lay.skip_rows
    lines = budget_lines_of(t)
    assert {x["row"] for x in lines} == {3, 7, 9}


def budget_lines_of(table: Table, doc_type="budget", year=2026):
    doc = Document(doc_id="d" * 64, file_name="x.pdf", tables=[table], doc_type=doc_type, fiscal_year=year)
    return budget_lines(doc)


# ======================================================================== measure model

def test_new_measure_words():
    assert measure_of(("基本支出", "人员支出")) == "personnel"
    assert measure_of(("基本支出", "日常公用支出")) == "public_funds"
    assert measure_of(("事业单位经营支出",)) == "operating_expenditure"
    assert measure_of(("会议费",)) == "meeting"
    assert measure_of(("培训费",)) == "training"
    assert measure_of(("2026年政府采购项目", "小计")) == "procurement"
    assert measure_of(("“三公”经费", "小计")) == "total"
    assert measure_of(("本年收入", "财政专户管理资金")) == "special_account"
    assert measure_of(("上年结转结余", "单位资金")) == "unit_funds"
    assert measure_of(("当年预算", "小计")) == "total"
    assert measure_of(("结转下年资金",)) == "carryover_end"


@pytest.mark.parametrize("seg, want", [
    ("预算数", "budget"), ("2026年预算数", "budget"), ("2026年预算", "budget"),
    ("年初预算数", "budget"), ("全年预算数", "budget"), ("“三公”经费预算数", "budget"),
    ("决算数", "final"), ("执行数", "final"), ("2026年决算数", "final"),
    ("2025年预算数", "prior_year"), ("上年预算数", "prior_year"), ("上年执行数", "prior_year"),
    ("上年数", "prior_year"), ("调整预算数", "adjusted"), ("调整后预算数", "adjusted"),
    ("比上年增减", "other"), ("增减额", "other"), ("增长率(%)", "other"),
    # words that name a thing, not a basis
    ("一般公共预算", None), ("收入预算", None), ("上年结转结余", None), ("合计", None),
    ("2026年政府采购项目", None), ("国有资本经营预算", None),
])
def test_segment_basis(seg, want):
    assert segment_basis(seg, 2026) == want


def test_basis_of_path_and_document_default():
    assert basis_of(("合计",), "final") == "final"
    assert basis_of(("财政拨款“三公”经费", "合计", "预算数"), "final") == "budget"
    assert basis_of(("本年收入", "一般公共预算"), "final") == "final"


def _model(paths: list[tuple[str, ...]], default="budget", year=2026) -> dict[str, Column]:
    cols = [Column(i, p, "amount") for i, p in enumerate(paths)]
    for c in cols:
        c.measure = measure_of(c.path)
    measure_model(cols, default, year)
    return {c.measure_raw: c for c in cols}


def _parts(m: dict[str, Column], total: str) -> list[str]:
    t = m[total].col
    return [k for k, c in m.items() if c.component_of == t]


def test_of_which_columns_are_memo():
    """Shenzhen 支出总表: 政府采购 is a cut across the total, 其中… parts of it."""
    m = _model([("支出总计",), ("基本支出",), ("项目支出",), ("事业单位经营支出",),
                ("2026年政府采购项目", "小计"),
                ("2026年政府采购项目", "其中:预留给中小企业的项目资金规模"),
                ("2026年政府采购项目", "其中:预留给小型、微型企业的项目资金规模")])
    assert _parts(m, "支出总计") == ["基本支出", "项目支出", "事业单位经营支出"]
    assert m["支出总计"].measure_role == "total"
    assert m["基本支出"].measure_role == "component"
    assert {m[k].measure_role for k in m if "政府采购" in k} == {"memo"}
    assert all(m[k].component_of is None for k in m if "其中" in k)


def test_three_public_total_leaves_meeting_and_training_out():
    """Jiangsu cities: “三公”经费合计 beside 会议费 and 培训费, which are not 三公."""
    m = _model([("“三公”经费合计",), ("因公出国(境)费",), ("公务用车购置及运行维护费", "小计"),
                ("公务用车购置及运行维护费", "公务用车购置费"),
                ("公务用车购置及运行维护费", "公务用车运行维护费"), ("公务接待费",),
                ("会议费",), ("培训费",)])
    assert _parts(m, "“三公”经费合计") == ["因公出国(境)费", "公务用车购置及运行维护费/小计", "公务接待费"]
    assert _parts(m, "公务用车购置及运行维护费/小计") == [
        "公务用车购置及运行维护费/公务用车购置费", "公务用车购置及运行维护费/公务用车运行维护费"]
    assert m["会议费"].measure_role == m["培训费"].measure_role == "item"
    assert m["公务用车购置及运行维护费/小计"].measure_role == "total"


def test_a_bare_total_over_three_public_and_meetings_sums_them_all():
    """Jiangsu province prints 合计 = “三公”经费小计 + 会议费 + 培训费: a total that does
    not name 三公 takes every sibling."""
    m = _model([("合计",), ("“三公”经费", "小计"), ("“三公”经费", "因公出国(境)费"),
                ("“三公”经费", "公务接待费"), ("会议费",), ("培训费",)])
    assert _parts(m, "合计") == ["“三公”经费/小计", "会议费", "培训费"]
    assert _parts(m, "“三公”经费/小计") == ["“三公”经费/因公出国(境)费", "“三公”经费/公务接待费"]


def test_three_public_total_over_funding_groups():
    """长春: “三公”经费合计 = 当年预算/小计 + 上年结转结余/小计 (groups holding 三公 items)."""
    m = _model([("“三公”经费合计",), ("当年预算", "小计"), ("当年预算", "因公出国(境)费"),
                ("当年预算", "公务接待费"), ("上年结转结余", "小计"),
                ("上年结转结余", "因公出国(境)费"), ("上年结转结余", "公务接待费")])
    assert _parts(m, "“三公”经费合计") == ["当年预算/小计", "上年结转结余/小计"]


def test_alternative_total_is_not_a_component():
    """Beijing: 扣除基建项目后预算数 is the same total without capital construction."""
    m = _model([("项目支出总数",), ("扣除基建项目后预算数",), ("财政拨款",), ("其他资金",)])
    assert _parts(m, "项目支出总数") == ["财政拨款", "其他资金"]
    assert m["扣除基建项目后预算数"].measure_role == "alternative"
    assert m["项目支出总数"].measure_role == "total"
    assert m["项目支出总数"].measure == "project"


def test_memo_words():
    m = _model([("合计",), ("基本支出",), ("项目支出",), ("其中:政府采购",), ("另列:基建支出",),
                ("含上年结转",)])
    assert _parts(m, "合计") == ["基本支出", "项目支出"]
    assert {m[k].measure_role for k in ("其中:政府采购", "另列:基建支出", "含上年结转")} == {"memo"}


def test_other_basis_columns_never_add_up():
    m = _model([("合计",), ("基本支出",), ("项目支出",), ("上年预算数",), ("比上年增减",)])
    assert _parts(m, "合计") == ["基本支出", "项目支出"]
    assert (m["上年预算数"].basis, m["上年预算数"].measure_role) == ("prior_year", "item")
    assert (m["比上年增减"].basis, m["比上年增减"].measure_role) == ("other", "item")
    # basis printed under each column: one tree per basis
    m = _model([("合计", "上年预算数"), ("合计", "预算数"), ("基本支出", "上年预算数"),
                ("基本支出", "预算数"), ("项目支出", "上年预算数"), ("项目支出", "预算数")])
    assert _parts(m, "合计/预算数") == ["基本支出/预算数", "项目支出/预算数"]
    assert _parts(m, "合计/上年预算数") == ["基本支出/上年预算数", "项目支出/上年预算数"]
    assert m["合计/上年预算数"].basis == "prior_year"


def test_final_accounts_template_with_three_figures_and_a_comparison():
    """Central 决算 templates: 年初预算数 | 全年预算数 | 决算数, each 小计 = 基本 + 项目, then
    决算数与全年预算数对比 (增减额, 增减率): three trees that never mix, and changes that
    add up to nothing."""
    groups = ("年初预算数", "全年预算数", "决算数")
    m = _model([(g, leaf) for g in groups for leaf in ("小计", "基本支出", "项目支出")]
               + [("决算数与全年预算数对比", "增减额"), ("决算数与全年预算数对比", "增减率(%)")],
               default="final", year=2024)
    for g in groups:
        assert _parts(m, f"{g}/小计") == [f"{g}/基本支出", f"{g}/项目支出"]
    assert [m[f"{g}/小计"].basis for g in groups] == ["budget", "budget", "final"]
    for k in ("决算数与全年预算数对比/增减额", "决算数与全年预算数对比/增减率(%)"):
        assert (m[k].basis, m[k].measure_role, m[k].component_of) == ("other", "item", None)


def test_final_accounts_basis():
    m = _model([("财政拨款“三公”经费", "合计", "预算数"), ("财政拨款“三公”经费", "合计", "决算数"),
                ("财政拨款“三公”经费", "因公出国(境)费", "预算数"),
                ("财政拨款“三公”经费", "因公出国(境)费", "决算数"),
                ("财政拨款“三公”经费", "公务接待费", "预算数"),
                ("财政拨款“三公”经费", "公务接待费", "决算数")], default="final", year=2024)
    assert m["财政拨款“三公”经费/合计/预算数"].basis == "budget"
    assert m["财政拨款“三公”经费/合计/决算数"].basis == "final"
    assert _parts(m, "财政拨款“三公”经费/合计/决算数") == [
        "财政拨款“三公”经费/因公出国(境)费/决算数", "财政拨款“三公”经费/公务接待费/决算数"]


# ======================================================================== generated PDFs

def _pdf(tmp_path: Path, name: str, specs: list[TableSpec]) -> Path:
    return write_tables_pdf(tmp_path / name, specs, name, cover="深圳市示例局2026年部门预算", cover_size=22)


def _wan(x: int) -> str:
    """Hundredths of 万元 as printed: 123456 -> "1,234.56"."""
    return f"{Decimal(x) / 100:,.2f}"


def _leaves(n: int) -> list[tuple[str, str, int, int]]:
    """n 项 rows: code, name, and two amounts in hundredths of 万元."""
    return [(f"20{1 + i // 30:02d}{1 + i % 30:02d}01", f"事务{i + 1}", 1000 + 37 * i, 500 + 11 * i)
            for i in range(n)]


def _state_capital_lanci(n: int) -> TableSpec:
    """Jiangsu's 国有资本经营预算支出预算表: 栏次 | 1 | 2 | 3 under the header."""
    header = [(0, 0, 1, 2, "项目"), (0, 2, 2, 1, "本年支出合计"), (0, 3, 2, 1, "基本支出"),
              (0, 4, 2, 1, "项目支出"), (1, 0, 1, 1, "功能分类科目编码"), (1, 1, 1, 1, "科目名称"),
              (2, 0, 1, 2, "栏次"), (2, 2, 1, 1, "1"), (2, 3, 1, 1, "2"), (2, 4, 1, 1, "3")]
    rows = _leaves(n)
    body = [[(0, 2, "合计"), (2, 1, _wan(sum(a + b for _, _, a, b in rows))),
             (3, 1, _wan(sum(a for _, _, a, _ in rows))), (4, 1, _wan(sum(b for *_, b in rows)))]]
    body += [plain_row([code, name, _wan(a + b), _wan(a), _wan(b)]) for code, name, a, b in rows]
    return TableSpec("国有资本经营预算支出预算表", "state_capital", "单位：万元", "wan_yuan",
                     "部门：深圳市示例局", [90, 150, 90, 90, 90], header, 3, body,
                     ["l", "l", "r", "r", "r"])


def _general_public_stars(n: int) -> TableSpec:
    """Zhejiang's 一般公共预算支出表: ** | ** | 1 | 2 | 3 | 4 | 5 under the header."""
    header = [(0, 0, 2, 1, "科目编码"), (0, 1, 2, 1, "科目名称"), (0, 2, 2, 1, "合计"),
              (0, 3, 1, 3, "基本支出"), (0, 6, 2, 1, "项目支出"),
              (1, 3, 1, 1, "小计"), (1, 4, 1, 1, "人员经费"), (1, 5, 1, 1, "日常公用支出")]
    header += [(2, c, 1, 1, t) for c, t in enumerate(["**", "**", "1", "2", "3", "4", "5"])]
    body = []
    for code, name, a, b in _leaves(n):
        p, g = a * 2 // 3, a - a * 2 // 3
        body.append(plain_row([code, name, _wan(a + b), _wan(a), _wan(p), _wan(g), _wan(b)]))
    return TableSpec("2026年市级部门一般公共预算支出表", "general_public_function", "单位：万元",
                     "wan_yuan", "部门：深圳市示例局", [70, 120, 65, 65, 65, 65, 65], header, 3, body,
                     ["l", "l", "r", "r", "r", "r", "r"])


def _expenditure_of_which() -> TableSpec:
    """Shenzhen's 支出总表: 政府采购项目 (with 其中 columns) beside 支出总计."""
    header = [(0, 0, 2, 1, "科目编码"), (0, 1, 2, 1, "科目名称"), (0, 2, 2, 1, "支出总计"),
              (0, 3, 2, 1, "基本支出"), (0, 4, 2, 1, "项目支出"), (0, 5, 1, 3, "2026年政府采购项目"),
              (1, 5, 1, 1, "小计"), (1, 6, 1, 1, "其中：中小企业"), (1, 7, 1, 1, "其中：小微企业")]
    body = []
    for code, name, a, b in _leaves(6):
        proc = (a + b) // 4
        body.append(plain_row([code, name, _wan(a + b), _wan(a), _wan(b), _wan(proc),
                               _wan(proc // 2), _wan(proc // 5)]))
    return TableSpec("支出总表", "expenditure", "单位：万元", "wan_yuan", "部门：深圳市示例局",
                     [60, 100, 60, 55, 55, 60, 60, 60], header, 2, body, ["l", "l"] + ["r"] * 6)


def _three_public_with_meetings(consistent: bool = True) -> TableSpec:
    """Jiangsu cities: 会议费 and 培训费 printed beside “三公”经费合计."""
    header = [(0, 0, 2, 1, "“三公”经费合计"), (0, 1, 2, 1, "因公出国（境）费"),
              (0, 2, 1, 3, "公务用车购置及运行维护费"), (0, 5, 2, 1, "公务接待费"),
              (0, 6, 2, 1, "会议费"), (0, 7, 2, 1, "培训费"),
              (1, 2, 1, 1, "小计"), (1, 3, 1, 1, "公务用车购置费"), (1, 4, 1, 1, "公务用车运行维护费")]
    total = "14.93" if consistent else "15.93"
    body = [plain_row([total, "0.00", "9.03", "0.00", "9.03", "5.90", "1.30", "8.98"])]
    title = "一般公共预算“三公”经费、会议费、培训费支出表"
    return TableSpec(title if consistent else title.replace("支出表", "支出预算表"), "three_public",
                     "单位：万元", "wan_yuan", "部门：深圳市示例局",
                     [65, 60, 60, 60, 65, 60, 55, 55], header, 2, body, ["r"] * 8)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    specs = [_state_capital_lanci(60), _general_public_stars(70), _expenditure_of_which(),
             _three_public_with_meetings(), _three_public_with_meetings(consistent=False)]
    path = _pdf(tmp_path_factory.mktemp("measures"), "measures.pdf", specs)
    doc = extract_document(path)
    lines = budget_lines(doc)
    return doc, lines, validate(doc, lines)


def _titled(doc, word: str) -> list[Table]:
    return [t for t in doc.tables if word in (t.title or "")]


def _rows_texts(table: Table) -> dict[int, list[str]]:
    return {r: [c.text for c in cells] for r, cells in enumerate(table.rows_cells())}


@pytest.mark.parametrize("word, marker", [("国有资本经营", "栏次"), ("一般公共预算支出表", "**")])
def test_generated_column_number_rows_are_header_on_every_page(generated, word, marker):
    doc, lines, _ = generated
    (t,) = _titled(doc, word)
    assert t.page_last > t.page_first  # the table runs on, its header repeated
    assert t.header_rows == 3  # two header rows and the column numbers
    texts = _rows_texts(t)
    colnum_rows = {r for r, tx in texts.items() if is_column_number_row(tx)}
    pages = {min(c.page for c in t.rows_cells()[r]) for r in colnum_rows}
    assert pages == set(range(t.page_first, t.page_last + 1))
    assert all(c.is_header for c in t.cells if c.row in colnum_rows)
    assert texts[min(colnum_rows)][0] == marker
    mine = [x for x in lines if x["table_id"].endswith(f"-t{t.seq:03d}")]
    assert mine and not {x["row"] for x in mine} & colnum_rows
    assert not any("栏次" in (x["measure_raw"] or "") or "**" in (x["measure_raw"] or "") for x in mine)


def test_generated_checks_pass_without_column_numbers(generated):
    doc, lines, checks = generated
    by_title = {t.seq: t.title for t in doc.tables}
    fails = [v for v in checks if v["status"] == "fail"]
    # only the deliberately wrong 三公 table fails
    assert {by_title[int(v["table_id"][-3:])] for v in fails} == {
        "一般公共预算“三公”经费、会议费、培训费支出预算表"}
    kinds = Counter(v["rule"] for v in checks if v["status"] == "pass")
    assert kinds["basic_plus_project"] > 60 and kinds["row_components"] > 60


def test_generated_of_which_column(generated):
    doc, lines, checks = generated
    (t,) = _titled(doc, "支出总表")
    mine = [x for x in lines if x["table_id"].endswith(f"-t{t.seq:03d}")]
    roles = {x["measure_raw"]: (x["measure_role"], x["component_of"]) for x in mine}
    assert roles["2026年政府采购项目/小计"] == ("memo", None)
    assert roles["2026年政府采购项目/其中:中小企业"] == ("memo", None)
    assert roles["基本支出"] == ("component", "支出总计")
    tid = mine[0]["table_id"]
    rc = [v for v in checks if v["table_id"] == tid and v["rule"] == "basic_plus_project"]
    assert len(rc) == 6 and all(v["status"] == "pass" for v in rc)


def test_generated_three_public_with_meetings(generated):
    doc, lines, checks = generated
    good, bad = sorted(_titled(doc, "会议费"), key=lambda t: t.seq)
    tid_good = next(x["table_id"] for x in lines if x["table_id"].endswith(f"-t{good.seq:03d}"))
    tp = [v for v in checks if v["table_id"] == tid_good and v["rule"] == "three_public_sum"]
    assert len(tp) == 2 and all(v["status"] == "pass" for v in tp)
    roles = {x["measure_raw"]: x["measure_role"] for x in lines if x["table_id"] == tid_good}
    assert roles["会议费"] == roles["培训费"] == "item"
    # a 三公 total that does not add up fails, pointing at the printed cell
    tid_bad = next(x["table_id"] for x in lines if x["table_id"].endswith(f"-t{bad.seq:03d}"))
    (f,) = [v for v in checks if v["table_id"] == tid_bad and v["status"] == "fail"]
    assert f["rule"] == "three_public_sum"
    assert (f["page"], f["row"]) == (bad.page_first, 2)
    assert (f["expected"], f["actual"]) == ("149300.00", "159300.00")
    to_table("validations", checks)
    to_table("budget_lines", lines)
    assert {"page", "row"} <= set(VALIDATIONS.names)
    assert {"basis", "measure_role", "component_of"} <= set(BUDGET_LINES.names)


# ======================================================================== real files (cities)

def _city(name: str):
    return extracted(f"cities/{name}")


def _city_names() -> list[str]:
    return sorted(p.name for p in CITIES.glob("*.pdf")) if CITIES.is_dir() else []


def _checked(doc):
    lines = budget_lines(doc)
    return lines, validate(doc, lines)


@pytest.mark.parametrize("name", [
    "无锡_无锡市应急管理局_2026_部门预算.pdf",     # 栏次 | 1 | 2 | 3
    "杭州_杭州市交通运输局_2026_部门预算.pdf",     # ** | 1 | 2 …
    "湖州_湖州市卫生健康委员会_2026_部门预算.pdf",  # ** on every continuation page
    "苏州_苏州市审计局_2026_部门预算.pdf",
])
def test_cities_publish_no_column_number_line(name):
    doc = _city(name)
    lines, _ = _checked(doc)
    rows = {}
    for i, t in enumerate(doc.tables):
        for r, cells in enumerate(t.rows_cells()):
            rows[(t.seq, r)] = [c.text for c in cells]
    seqs = {x["table_id"]: int(x["table_id"][-3:]) for x in lines}
    bad = [x for x in lines if is_column_number_row(rows[(seqs[x["table_id"]], x["row"])])]
    assert not bad, bad[:3]
    flagged = [(t.seq, r) for t in doc.tables for r, tx in _rows_texts(t).items()
               if is_column_number_row(tx)]
    assert flagged  # the document prints column numbers …
    for seq, r in flagged:  # … and each of them is in the header band
        t = doc.tables[seq - 1]
        assert all(c.is_header for c in t.rows_cells()[r]), (seq, r)


@pytest.mark.parametrize("name", [
    "深圳_深圳市统计局_2026_部门预算.pdf", "深圳_深圳市公安局交通警察局_2026_部门预算.pdf",
    "苏州_苏州市审计局_2026_部门预算.pdf", "无锡_无锡市统计局_2026_部门预算.pdf",
    "湖州_湖州市卫生健康委员会_2026_部门预算.pdf",
])
def test_cities_whose_numbers_add_up_fail_no_check(name):
    doc = _city(name)
    lines, checks = _checked(doc)
    fails = [v for v in checks if v["status"] == "fail"]
    assert not fails, fails[:3]
    assert sum(v["rule"] in ("row_components", "basic_plus_project", "three_public_sum")
               for v in checks) > 10


def test_cities_of_which_and_meetings_are_not_components():
    lines, _ = _checked(_city("深圳_深圳市统计局_2026_部门预算.pdf"))
    proc = {x["measure_role"] for x in lines if "政府采购" in (x["measure_raw"] or "")}
    assert proc == {"memo"}
    lines, _ = _checked(_city("苏州_苏州市审计局_2026_部门预算.pdf"))
    side = {x["measure_role"] for x in lines if x["measure_raw"] in ("会议费", "培训费")}
    assert side == {"item"}


# The printed numbers of these do not add up: the checks must keep failing, each with the
# table, page, row and both numbers a person needs to see it.
REAL = [
    ("长春_长春市信访局_2026_部门预算.pdf", {8, 11}),
    ("杭州_杭州市交通运输局_2026_部门预算.pdf", {30}),
    ("上海_上海市审计局_2026_单位预算.pdf", {7}),
]


@pytest.mark.parametrize("name, pages", REAL)
def test_cities_real_inconsistencies_still_fail(name, pages):
    doc = _city(name)
    _, checks = _checked(doc)
    fails = [v for v in checks if v["status"] == "fail"]
    assert {v["page"] for v in fails} == pages
    for v in fails:
        assert v["table_id"] and v["row"] is not None
        assert Decimal(v["expected"]) != Decimal(v["actual"])


def test_every_city_failure_carries_page_and_row():
    names = _city_names()
    if not names:
        pytest.skip("cities corpus not available")
    for name in names:
        _, checks = _checked(_city(name))
        for v in checks:
            if v["status"] == "fail" and v["rule"] != "required_tables":
                assert v["page"] is not None and v["row"] is not None, (name, v)
