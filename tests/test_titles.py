"""Table titles, units and joining across pages (extractors/page.find_heading,
extractors/assemble.group_fragments).

Generated PDFs vary one layout at a time: a title drawn inside the grid's first rows, a
title written after the table in the PDF's text stream, a title with a bracketed note
under a table-number line, a number beside the title, a year line between the title and
the table, a title left at the foot of the page before, a title under its table; two
different untitled tables on consecutive pages (they must not join), a real
continuation (it must), and a wide sheet printed as pages of the same rows with other
columns (joined side by side). Real-file checks run on ../shared/corpus/cities.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from cnbudget.demo.drawing import PlacedCell, PdfWriter, draw_grid, draw_text
from cnbudget.extractors.document import extract_document
from cnbudget.extractors.geometry import GridCell
from cnbudget.extractors.page import Fragment, FragmentCell, find_heading, is_table_label, lift_caption_rows, title_of_line

from conftest import extracted

ROW_H = 20.0
X0 = 60.0


# --------------------------------------------------------------------------- drawing


def _cells(rows: list[list[str]], widths: list[float], top: float, x0: float = X0) -> list[PlacedCell]:
    """Ruled cells for rows of texts; a row of one text spans the whole width."""
    out = []
    y = top
    for r, texts in enumerate(rows):
        x = x0
        if len(texts) == 1:
            out.append(PlacedCell(r, 0, 1, len(widths), texts[0], x, y, sum(widths), ROW_H))
        else:
            for c, (t, w) in enumerate(zip(texts, widths)):
                out.append(PlacedCell(r, c, 1, 1, t, x, y, w, ROW_H, align="l" if c < 2 else "r"))
                x += w
        y += ROW_H
    return out


def _pdf(path: Path, pages) -> Path:
    """pages: one callable per page, drawing on (canvas, page_height)."""
    buf = io.BytesIO()
    w = PdfWriter(buf, "titles test")
    for draw in pages:
        _, ph = w.new_page(True)
        draw(w.c, ph)
    w.finish()
    path.write_bytes(buf.getvalue())
    return path


def _text(c, ph, y, text, x=X0, size=11.0, align="l"):
    draw_text(c, x, ph - y, text, size, align)


WIDTHS3 = [90.0, 200.0, 120.0]
FUNCTION_HEADER = ["科目编码", "科目名称", "金额"]
FUNCTION_ROWS = [["201", "一般公共服务支出", "1,200.00"], ["20101", "人大事务", "1,200.00"],
                 ["2010101", "行政运行", "1,200.00"], ["208", "社会保障和就业支出", "300.00"],
                 ["20805", "行政事业单位养老支出", "300.00"]]
ECONOMIC_ROWS = [["301", "工资福利支出", "900.00"], ["30101", "基本工资", "500.00"],
                 ["30102", "津贴补贴", "400.00"], ["302", "商品和服务支出", "600.00"],
                 ["30201", "办公费", "600.00"]]


def _table_page(lines: list[tuple[float, str]], rows: list[list[str]], widths=WIDTHS3, top=130.0,
                table_first: bool = False):
    """A page drawing text lines (y, text) and a ruled table; table_first writes the
    table into the content stream before the lines (as Excel exports do)."""
    def draw(c, ph):
        if not table_first:
            for y, t in lines:
                _text(c, ph, y, t)
        draw_grid(c, ph, _cells(rows, widths, top))
        if table_first:
            for y, t in lines:
                _text(c, ph, y, t)
    return draw


def _tables(path: Path):
    doc = extract_document(path)
    assert doc.status == "ok", doc.error
    return doc.tables


def _texts(t) -> list[str]:
    return [c.text for c in t.cells if c.text]


# --------------------------------------------------------------------------- title lines


@pytest.mark.parametrize("line, title", [
    ("财政拨款支出表（功能科目）", "财政拨款支出表（功能科目）"),
    ("一般公共预算支出表（按经济分类）", "一般公共预算支出表（按经济分类）"),
    ("收支总表（预算表1）", "收支总表（预算表1）"),
    ("2023年部门收支总表(2023年度)", "2023年部门收支总表(2023年度)"),
    ("收入预算总表 部门：某某厅", "收入预算总表"),
    ("表11：2026年市级部门项目支出绩效表", "表11：2026年市级部门项目支出绩效表"),
    ("公开05表", None), ("表7", None), ("附表3", None), ("预算01表", None), ("部门公开表9", None),
    ("第二部分 2026年度部门预算表", None), ("注：本表为空表", None), ("（2023年度）", None),
    ("单位：万元", None), ("具体情况见下表。", None), ("目 录", None),
])
def test_title_of_line(line, title):
    assert title_of_line(line) == title


def test_table_labels():
    for label in ("公开05表", "表7", "表.15-2", "附表3", "预算01表", "部门公开表9", "表 1", "附件2"):
        assert is_table_label(label), label
    assert not is_table_label("收支总表")


def _frag(above=(), below=(), grid=()):
    return Fragment(1, (0, 0, 1, 1), [0, 1], [0, 1], [], 0, lines_above=list(above),
                    lines_below=list(below), grid_lines=list(grid))


def test_find_heading_sources_and_unit():
    h = find_heading(_frag(["某局2026年部门预算公开", "公开05表", "财政拨款支出表（功能科目）",
                            "部门：某局 单位：万元"]))
    assert (h.title, h.unit, h.where, h.label) == ("财政拨款支出表（功能科目）", "wan_yuan", "above", "公开05表")
    # A grid caption is nearer the table than the lines above it.
    h = find_heading(_frag(["第二部分 2026年度部门预算表"], grid=["收支总表（预算表1）", "预算单位：某局", "单位：万元"]))
    assert (h.title, h.unit, h.where) == ("收支总表（预算表1）", "wan_yuan", "grid")
    # Only a number: it is the title, as a label.
    h = find_heading(_frag(["公开07表", "单位：元"]))
    assert (h.title, h.unit, h.where) == ("公开07表", "yuan", "label")
    # Carried from the foot of the previous page, when the page has nothing of its own.
    h = find_heading(_frag(["- 3 -"]), carried=["收入总表", "单位：万元"])
    assert (h.title, h.unit, h.where) == ("收入总表", "wan_yuan", "previous page")
    h = find_heading(_frag(below=["收入总表", "单位：元"]), below=True)
    assert (h.title, h.unit, h.where) == ("收入总表", "yuan", "below")


def _grid_fragment(rows: list[list[str]]) -> Fragment:
    """A fragment of 3 columns; a row of one text is one cell spanning them."""
    xs, ys = [0.0, 10.0, 20.0, 30.0], [float(10 * i) for i in range(len(rows) + 1)]
    cells = []
    for r, texts in enumerate(rows):
        spans = [(0, 3)] if len(texts) == 1 else [(c, 1) for c in range(3)]
        for (c, span), t in zip(spans, texts):
            cells.append(FragmentCell(GridCell(r, c, 1, span, (xs[c], ys[r], xs[c + span], ys[r + 1])), t))
    return Fragment(1, (xs[0], ys[0], xs[-1], ys[-1]), xs, ys, cells, 0)


def test_lift_caption_rows_from_the_grid():
    f = _grid_fragment([["本年政府性基金预算支出表(预算表8)"], ["预算单位：某局", "", "单位：万元"],
                        ["科目编码", "科目名称", "金额"], ["229", "其他支出", "1.00"]])
    lift_caption_rows(f)
    assert f.grid_lines == ["本年政府性基金预算支出表(预算表8)", "预算单位：某局", "单位：万元"]
    assert f.row_texts() == [("科目编码", "科目名称", "金额"), ("229", "其他支出", "1.00")]
    assert (f.ys[0], f.bbox[1], f.n_rows) == (20.0, 20.0, 2)
    h = find_heading(f)
    assert (h.title, h.unit, h.where) == ("本年政府性基金预算支出表(预算表8)", "wan_yuan", "grid")
    # A header spanning the table is not a caption; nor is an owner line alone.
    for first in (["财政拨款“三公”经费"], ["部门名称：某局"]):
        f = _grid_fragment([first, ["科目编码", "科目名称", "金额"], ["229", "其他支出", "1.00"]])
        lift_caption_rows(f)
        assert f.grid_lines == [] and f.n_rows == 3


# --------------------------------------------------------------------------- generated layouts


def test_title_inside_the_grid(tmp_path):
    rows = [["收支总表（预算表1）"], ["预算单位：示例局", "", "单位：万元"], FUNCTION_HEADER] + FUNCTION_ROWS
    path = _pdf(tmp_path / "grid.pdf", [_table_page([(90, "第二部分 2026年度部门预算表")], rows)])
    [t] = _tables(path)
    assert t.title == "收支总表（预算表1）"
    assert (t.unit, t.unit_raw) == ("wan_yuan", "单位：万元")
    assert t.n_rows == 1 + len(FUNCTION_ROWS)
    assert not {"收支总表（预算表1）", "预算单位：示例局", "单位：万元"} & set(_texts(t))
    assert [c.text for c in t.rows_cells()[0]] == FUNCTION_HEADER
    assert t.header_rows == 1


def test_title_after_the_table_in_text_order(tmp_path):
    lines = [(80, "一般公共预算支出表"), (110, "编制单位：示例局    单位：元")]
    path = _pdf(tmp_path / "excel.pdf", [_table_page(lines, [FUNCTION_HEADER] + FUNCTION_ROWS, table_first=True)])
    [t] = _tables(path)
    assert t.title == "一般公共预算支出表"
    assert t.unit == "yuan"


def test_bracketed_note_under_a_table_number(tmp_path):
    lines = [(40, "示例局2026年度部门预算公开"), (62, "公开05表"), (85, "财政拨款支出表（功能科目）"),
             (110, "部门：示例局    单位：万元")]
    path = _pdf(tmp_path / "note.pdf", [_table_page(lines, [FUNCTION_HEADER] + FUNCTION_ROWS)])
    [t] = _tables(path)
    assert t.title == "财政拨款支出表（功能科目）"
    assert t.unit == "wan_yuan"
    assert t.table_kind != "other"


def test_table_number_beside_and_below_the_title(tmp_path):
    def beside(c, ph):
        _text(c, ph, 85, "公开07表")
        _text(c, ph, 85, "一般公共预算支出预算表（功能科目）", x=300)
        draw_grid(c, ph, _cells([FUNCTION_HEADER] + FUNCTION_ROWS, WIDTHS3, 130))

    below = _table_page([(70, "部门整体支出绩效目标表"), (90, "部门公开表9"), (110, "单位：万元")],
                        [["项目", "数量", "金额"], ["甲", "1", "2.00"], ["乙", "3", "4.00"]])
    path = _pdf(tmp_path / "beside.pdf", [beside, below])
    t1, t2 = _tables(path)
    assert "一般公共预算支出预算表（功能科目）" in t1.title
    assert t1.table_kind == "general_public_function"
    assert t2.title == "部门整体支出绩效目标表"


def test_year_and_owner_lines_between_title_and_table(tmp_path):
    lines = [(60, "部门收支总表"), (82, "（2023年度）"), (104, "编制部门：示例局"), (118, "单位：元")]
    path = _pdf(tmp_path / "year.pdf", [_table_page(lines, [["项目", "预算数", "决算数"], ["收入", "1.00", "2.00"]],
                                                    top=135)])
    [t] = _tables(path)
    assert t.title == "部门收支总表"
    assert t.unit == "yuan"


def test_title_below_the_table(tmp_path):
    def draw(c, ph):
        draw_grid(c, ph, _cells([FUNCTION_HEADER] + FUNCTION_ROWS, WIDTHS3, 80))
        _text(c, ph, 230, "政府性基金预算支出表")
        _text(c, ph, 250, "单位：万元")
    [t] = _tables(_pdf(tmp_path / "below.pdf", [draw]))
    assert t.title == "政府性基金预算支出表"
    assert t.unit == "wan_yuan"


def test_title_at_the_foot_of_the_page_before(tmp_path):
    def first(c, ph):
        _text(c, ph, 90, "一般公共预算支出表（按功能分类）")
        _text(c, ph, 110, "单位：万元")
        draw_grid(c, ph, _cells([FUNCTION_HEADER] + FUNCTION_ROWS, WIDTHS3, 130))
        _text(c, ph, ph - 60, "一般公共预算支出表（按经济分类）")  # its table starts overleaf
        _text(c, ph, ph - 40, "单位：元")

    second = _table_page([], ECONOMIC_ROWS, top=60)
    t1, t2 = _tables(_pdf(tmp_path / "orphan.pdf", [first, second]))
    assert (t1.page_first, t1.page_last, t2.page_first) == (1, 1, 2)
    assert t2.title == "一般公共预算支出表（按经济分类）"
    assert t2.unit == "yuan"
    assert t2.table_kind == "general_public_basic_economic"


def test_two_untitled_tables_on_consecutive_pages_do_not_join(tmp_path):
    titled = _table_page([(90, "财政拨款支出表（功能科目）"), (110, "单位：万元")], [FUNCTION_HEADER] + FUNCTION_ROWS)
    # Same ruling, no title: its own header band says it has other columns.
    other_header = _table_page([], [["经济科目编码", "经济科目名称", "金额"]] + ECONOMIC_ROWS, top=60)
    tables = _tables(_pdf(tmp_path / "header.pdf", [titled, other_header]))
    assert [(t.page_first, t.page_last) for t in tables] == [(1, 1), (2, 2)]

    # No title and no header: the codes start over (3xx, then 合计 and 2xx again).
    economic = _table_page([(90, "财政拨款基本支出表（经济科目）"), (110, "单位：万元")], [FUNCTION_HEADER] + ECONOMIC_ROWS)
    restart = _table_page([], [["", "合计", "1,500.00"]] + FUNCTION_ROWS, top=60)
    tables = _tables(_pdf(tmp_path / "restart.pdf", [economic, restart]))
    assert [(t.page_first, t.page_last) for t in tables] == [(1, 1), (2, 2)]


def test_a_real_continuation_joins(tmp_path):
    more = [["2080501", "行政单位离退休", "100.00"], ["2080502", "事业单位离退休", "200.00"],
            ["221", "住房保障支出", "50.00"], ["22102", "住房改革支出", "50.00"]]
    last = [["2210201", "住房公积金", "50.00"]]
    title = [(90, "一般公共预算支出表（按功能分类）"), (110, "单位：万元")]
    pages = [_table_page(title, [FUNCTION_HEADER] + FUNCTION_ROWS),
             _table_page(title, [FUNCTION_HEADER] + more),   # same title, header repeated
             _table_page([(40, "- 3 -")], last, top=60)]      # no title, no header
    [t] = _tables(_pdf(tmp_path / "cont.pdf", pages))
    assert (t.page_first, t.page_last) == (1, 3)
    assert t.n_rows == 1 + len(FUNCTION_ROWS) + 1 + len(more) + len(last)
    assert sorted(t.header_row_indices()) == [0, 1 + len(FUNCTION_ROWS)]
    assert t.title == "一般公共预算支出表（按功能分类）"


LABELS = [["201", "一般公共服务支出"], ["20101", "人大事务"], ["2010101", "行政运行"],
          ["208", "社会保障和就业支出"], ["20805", "行政事业单位养老支出"]]


def _wide_pages(repeat_labels: bool):
    """A sheet too wide for the paper, printed as two pages: the same rows, the left
    columns then the right ones (optionally repeating the label columns)."""
    left = [["科目编码", "科目名称", "合计", "财政拨款"]] + [l + ["10.00", "10.00"] for l in LABELS]
    right = [["事业收入", "经营收入", "其他收入"]] + [["1.00", "2.00", "3.00"] for _ in LABELS]
    widths_r = [110.0, 110.0, 110.0]
    if repeat_labels:
        right = [h + r for h, r in zip([["科目编码", "科目名称"]] + LABELS, right)]
        widths_r = [90.0, 200.0] + widths_r
    title = [(90, "收入预算总表"), (110, "单位：元")]
    return [_table_page(title, left, widths=[90.0, 200.0, 120.0, 120.0]),
            _table_page(title, right, widths=widths_r, top=130.0)]


@pytest.mark.parametrize("repeat_labels", [False, True])
def test_wide_sheet_split_by_columns_joins_side_by_side(tmp_path, repeat_labels):
    [t] = _tables(_pdf(tmp_path / "wide.pdf", _wide_pages(repeat_labels)))
    assert (t.page_first, t.page_last) == (1, 2)
    assert t.n_rows == 1 + len(LABELS)          # the same rows, not more rows
    assert t.n_cols == 4 + 3 + (2 if repeat_labels else 0)
    grid = t.grid()
    assert grid[0][-3:] == ["事业收入", "经营收入", "其他收入"]
    for r, label in enumerate(LABELS, start=1):
        assert grid[r][1] == label[1]
        assert grid[r][-3:] == ["1.00", "2.00", "3.00"]
    assert t.header_row_indices() == {0}
    right = [c for c in t.cells if c.page == 2]
    assert all(c.col >= 4 for c in right)


def test_wide_sheet_down_then_across(tmp_path):
    """Excel's default order: the left columns page by page, then the right ones."""
    top_labels, rest_labels = LABELS[:3], LABELS[3:]
    title = [(90, "收入预算总表"), (110, "单位：元")]
    wl = [90.0, 200.0, 120.0]
    wr = [110.0, 110.0]
    pages = [
        _table_page(title, [["科目编码", "科目名称", "合计"]] + [l + ["10.00"] for l in top_labels], widths=wl),
        _table_page([], [l + ["10.00"] for l in rest_labels], widths=wl, top=60),
        _table_page(title, [["事业收入", "其他收入"]] + [["1.00", "2.00"] for _ in top_labels], widths=wr),
        _table_page([], [["3.00", "4.00"] for _ in rest_labels], widths=wr, top=60),
    ]
    [t] = _tables(_pdf(tmp_path / "tiles.pdf", pages))
    assert (t.page_first, t.page_last) == (1, 4)
    assert (t.n_rows, t.n_cols) == (1 + len(LABELS), 5)
    grid = t.grid()
    assert grid[0] == ["科目编码", "科目名称", "合计", "事业收入", "其他收入"]
    assert [row[1] for row in grid[1:]] == [l[1] for l in LABELS]
    assert [row[3:] for row in grid[1:]] == [["1.00", "2.00"]] * 3 + [["3.00", "4.00"]] * 2


def test_a_continuation_with_the_same_row_lines_is_not_a_side_by_side_part(tmp_path):
    """Templates that print every page's table at the same place (Shenzhen): a next page
    of rows has the row lines of the page before, yet other row labels."""
    title = [(90, "一般公共预算支出表（按功能分类）"), (110, "单位：万元")]
    more = [["2080501", "行政单位离退休", "100.00"], ["2080502", "事业单位离退休", "200.00"],
            ["221", "住房保障支出", "50.00"], ["22102", "住房改革支出", "50.00"], ["2210201", "住房公积金", "50.00"]]
    pages = [_table_page(title, [FUNCTION_HEADER] + FUNCTION_ROWS), _table_page(title, [FUNCTION_HEADER] + more)]
    [t] = _tables(_pdf(tmp_path / "same_lines.pdf", pages))
    assert (t.n_rows, t.n_cols) == (12, 3)


# --------------------------------------------------------------------------- real files (cities)


def _city(name: str):
    return extracted(f"cities/{name}")


def _table_on(doc, page: int, contains: str):
    found = [t for t in doc.tables if t.page_first <= page <= t.page_last and contains in (t.title or "")]
    assert found, [(t.page_first, t.page_last, t.title) for t in doc.tables]
    return found[0]


@pytest.mark.parametrize("name, pages, title", [
    ("无锡_无锡市应急管理局_2026_部门预算.pdf", (16, 17), "财政拨款支出表（功能科目）"),
    ("无锡_无锡市统计局_2026_部门预算.pdf", (14, 15), "财政拨款支出表（功能科目）"),
    ("苏州_苏州市审计局_2026_部门预算.pdf", (14, 14), "财政拨款支出表（功能科目）"),
    ("苏州_苏州市交通运输局_2026_部门预算.pdf", (14, 15), "财政拨款支出表（功能科目）"),
    ("苏州_苏州市科学技术局_2026_单位预算.pdf", (18, 19), "财政拨款支出表（功能科目）"),
    ("江苏_江苏省人民检察院_2019_部门预算.pdf", (16, 16), "财政拨款支出预算表（功能科目）"),
    ("江苏_江苏省人民检察院_2019_部门预算.pdf", (17, 17), "财政拨款基本支出预算表（经济科目）"),
    ("江苏_江苏省人民检察院_2019_部门预算.pdf", (18, 18), "一般公共预算支出预算表（功能科目）"),
    ("江苏_江苏省人民检察院_2019_部门预算.pdf", (18, 19), "一般公共预算基本支出预算表（经济科目）"),
    ("深圳_深圳市统计局_2026_部门预算.pdf", (27, 28), "一般公共预算支出表（按功能分类）"),
    ("深圳_深圳市统计局_2026_部门预算.pdf", (29, 31), "一般公共预算支出表（按经济分类）"),
    ("深圳_深圳市规划和自然资源局盐田管理局_2026_部门预算.pdf", (29, 31), "一般公共预算支出表（按功能分类）"),
    ("深圳_深圳市规划和自然资源局盐田管理局_2026_部门预算.pdf", (32, 34), "一般公共预算支出表（按经济分类）"),
])
def test_cities_titles_with_notes_and_numbers(name, pages, title):
    doc = _city(name)
    t = _table_on(doc, pages[0], title)
    assert t.title == title
    assert (t.page_first, t.page_last) == pages
    assert t.unit == "wan_yuan"


def test_changchun_titles_inside_the_grid():
    doc = _city("长春_长春市信访局_2026_部门预算.pdf")
    by_page = {t.page_first: t for t in doc.tables}
    for page, title in [(6, "收支总表（预算表1）"), (8, "支出总表（预算表3）"), (9, "财政拨款收支总表(预算表4)"),
                        (11, "本年一般公共预算基本支出表(预算表6)")]:
        t = by_page[page]
        assert t.title == title
        assert t.unit == "wan_yuan"
        texts = _texts(t)
        assert title not in texts and "单位：万元" not in texts
    assert [c.text for c in by_page[6].rows_cells()[0] if c.text] == ["收入", "支出"]


def test_shanghai_excel_titles_found_by_position():
    """Excel exports write the title after the table body in the text stream."""
    doc = _city("上海_上海市医疗保险事业管理中心_2026_单位预算.pdf")
    assert [t.title for t in doc.tables][:2] == ["2026年预算单位财务收支预算总表", "2026年预算单位收入预算总表"]
    assert all(t.title for t in doc.tables)
