"""No personal data in any dataset: the form layouts of demo/personal_forms.py (label and
value in one cell, to the right, in the row below, a 负责人 column, name and number in one
cell, phone numbers in every printed form) run through the whole pipeline, and no planted
name or number appears in any string of any Parquet file, while the forms' indicators and
amounts (some of them phone-shaped) still come out. Plus the redaction rules one by one."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cnbudget.demo.personal_forms import write_personal_forms
from cnbudget.flows.pipeline import extract_to_parquet
from cnbudget.normalizers.privacy import is_personal_label, label_of, personal_names, redact, redact_table
from cnbudget.schemas.model import Cell, Document, Table


def _digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def _subscriber(printed: str) -> str:
    """The digits that identify a printed phone number: the mobile number, or the local
    number without area code, +86 and extension."""
    q = re.sub(r"^\+?86[-\s]?", "", unicodedata.normalize("NFKC", printed))
    m = re.match(r"\(?0\d{2,3}\)?[-\s]?(\d{3,4}[-\s]?\d{4})", q)
    return _digits(m.group(1)) if m else _digits(q)[:11]


def _strings(root: Path) -> list[tuple[str, str, str]]:
    """(dataset, column, value) of every string in every Parquet file under root."""
    out = []
    for f in sorted(root.rglob("*.parquet")):
        t = pq.read_table(f)
        for name in t.column_names:
            typ = t.schema.field(name).type
            values = t[name].to_pylist()
            if pa.types.is_string(typ) or pa.types.is_large_string(typ):
                out += [(f.parent.name, name, v) for v in values if v]
            elif pa.types.is_list(typ) and pa.types.is_string(typ.value_type):
                out += [(f.parent.name, name, " ".join(x for x in v if x)) for v in values if v]
    return out


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("personal")
    forms = write_personal_forms(root / "in")
    summary = extract_to_parquet([root / "in"], root / "out")
    return forms, summary, root / "out"


def test_no_planted_name_or_phone_number_in_any_dataset(published):
    forms, summary, out = published
    assert len(forms) >= 10 and summary.ok == len(forms)
    planted = [v for f in forms for v in f.names + f.phones]
    assert len(planted) >= 30
    phones = [p for f in forms for p in f.phones]
    assert all(_subscriber(p) not in _digits(q) for p in phones for q in phones if q != p)  # a hit is this one
    strings = _strings(out)
    assert {d for d, _, _ in strings} >= {"documents", "tables", "cells", "indicators", "projects", "budget_lines"}
    leaks = []
    for form in forms:
        for name in form.names:
            leaks += [(form.layout, name, d, c, v) for d, c, v in strings if name in re.sub(r"\s", "", v)]
        for phone in form.phones:
            core = _subscriber(phone)
            leaks += [(form.layout, phone, d, c, v) for d, c, v in strings if core in _digits(v)]
    assert not leaks, leaks[:10]


def test_forms_keep_their_indicators_amounts_and_labels(published):
    forms, _, out = published
    docs = pq.read_table(out / "documents").to_pylist()
    doc_of = {d["file_name"]: d["doc_id"] for d in docs}
    indicators = pq.read_table(out / "indicators").to_pylist()
    money = [(r["doc_id"], r["amount_yuan"]) for r in pq.read_table(out / "projects").to_pylist()]
    money += [(r["doc_id"], r["amount_yuan"]) for r in pq.read_table(out / "budget_lines").to_pylist()]
    for form in forms:
        doc_id = doc_of[form.path.name]
        got = {i["name"] for i in indicators if i["doc_id"] == doc_id}
        assert set(form.indicators) <= got, form.layout
        for amount in form.amounts:  # phone-shaped amounts (13512345678, 63345678) included
            assert (doc_id, amount) in money, (form.layout, amount)
    cells = " ".join(c for _, c, _ in [("", r["text"], "") for r in pq.read_table(out / "cells").to_pylist()])
    for label in ("项目负责人姓名", "手机号码", "联系人及电话", "项目单位负责人", "固定电话", "填报人", "审核人"):
        assert label in cells, label  # a reader sees that a value was withheld


# --------------------------------------------------------------------------- rules


def _table(texts: list[list[str]], header_rows: int = 0) -> Table:
    cells = [Cell(page=1, row=r, col=c, row_span=1, col_span=1, text=t, x0=c, y0=r, x1=c + 1, y1=r + 1,
                  is_header=r < header_rows)
             for r, row in enumerate(texts) for c, t in enumerate(row)]
    return Table(seq=1, page_first=1, page_last=1, title="表", table_kind="other", unit_raw=None,
                 unit=None, method="text", n_rows=len(texts), n_cols=len(texts[0]), header_rows=header_rows,
                 strategy="test", whitespace=0.0, unassigned_chars=0, cells=cells)


def _grid(t: Table) -> list[list[str]]:
    return [[c.text for c in row] for row in t.rows_cells()]


@pytest.mark.parametrize("label", ["填报人", "项目负责人", "项目负责人姓名", "项目单位负责人", "经办人", "审核人",
                                   "联系电话", "手机号码", "办公电话", "固定电话", "联系人及电话", "负责人/电话",
                                   "联系方式（座机）", "联系人：", "姓名"])
def test_label_families(label):
    assert is_personal_label(label)


@pytest.mark.parametrize("text", ["电话费", "项目负责人制度落实率", "联系人数", "负责人员培训", "项目名称", "合计"])
def test_not_labels(text):
    assert not is_personal_label(text)


def test_label_of_keeps_the_old_contract():
    assert label_of("填报人：张三") == ("填报人", "张三")
    assert label_of("联系电话") == ("联系电话", "")
    assert label_of("电话费") is None


@pytest.mark.parametrize("printed", [
    "13812345678", "+86 139 1234 5678", "+86-186-2345-6789", "138-2345-6789", "138 1234 5678",
    "0571-87654321-8023", "021-52345678转806", "(021)62345678", "（010）6523 4567转123", "0755-8371 2496",
    "１５９１２３４５６７８", "85393899", "02162345678", "zhang.wei@example.gov.cn",
])
def test_phone_numbers_in_every_printed_form_leave_free_text(printed):
    out = redact(f"如有疑问请致电{printed}。")
    assert out == "如有疑问请致电。", out


@pytest.mark.parametrize("text", ["经费64082240元，目标值为5000件", "完成13812345678元投资", "培训300人次",
                                  "2025年12月31日前完成", "比上年增长12.5%", "“十三五”规划（2016-2020）年"])
def test_quantities_in_free_text_are_kept(text):
    assert redact(text) == text


@pytest.mark.parametrize("text, want", [
    ("项目负责人 张伟", "项目负责人 "),
    ("项目负责人张伟", "项目负责人"),
    ("联系人及电话：王芳 13712345678", "联系人及电话："),
    ("经办人：孙磊　办公电话：0755-8371 2496", "经办人：　办公电话："),
    ("经办人：孙磊办公电话：0755-8371 2496", "经办人：办公电话："),
    ("由项目负责人杨帆同志牵头实施", "由项目负责人同志牵头实施"),
    ("项目负责人：张三、李四", "项目负责人："),
    ("联系人：郑浩（13911112222）", "联系人："),
    ("负责人：负责项目总体协调", "负责人：负责项目总体协调"),  # not a name: kept
    ("项目负责人制度落实率", "项目负责人制度落实率"),
])
def test_values_after_a_label_in_the_same_cell(text, want):
    assert redact(text) == want


def test_value_to_the_right_and_labels_kept():
    t = _table([["项目负责人姓名", "李娜", "手机号码", "+86 139 1234 5678"],
                ["项目单位负责人", "赵强", "固定电话", "(021)62345678"]])
    redact_table(t)
    assert _grid(t) == [["项目负责人姓名", "", "手机号码", ""], ["项目单位负责人", "", "固定电话", ""]]


def test_labels_in_one_row_values_in_the_row_below():
    t = _table([["填报人", "联系人", "联系电话", "备注"],
                ["刘洋", "陈静", "0571-87654321-8023", "无"],
                ["一级指标", "二级指标", "三级指标", "指标值"]])
    redact_table(t)
    assert _grid(t) == [["填报人", "联系人", "联系电话", "备注"], ["", "", "", "无"],
                        ["一级指标", "二级指标", "三级指标", "指标值"]]


def test_a_column_headed_by_a_personal_label():
    t = _table([["项目名称", "项目负责人", "金额", "联系电话"],
                ["档案数字化加工", "胡军", "350000", "186 1234 5678"],
                ["执法装备购置", "朱琳", "12800000", "13698765432"],
                ["合计", "", "13150000", ""]], header_rows=1)
    redact_table(t)
    assert [r[1] for r in _grid(t)] == ["项目负责人", "", "", ""]
    assert [r[2] for r in _grid(t)] == ["金额", "350000", "12800000", "13150000"]
    assert [r[3] for r in _grid(t)] == ["联系电话", "", "", ""]


def test_a_form_row_read_as_a_header_keeps_its_value_beside_the_label():
    t = _table([["部门（单位）名称", "鄂州市公安局", "填报人", "程果", "联系电话", "0711-3752722"],
                ["部门总体资金情况", "财政拨款", "49824.92", "100%", "45025.23", "31844.95"]], header_rows=1)
    redact_table(t)
    assert _grid(t) == [["部门（单位）名称", "鄂州市公安局", "填报人", "", "联系电话", ""],
                        ["部门总体资金情况", "财政拨款", "49824.92", "100%", "45025.23", "31844.95"]]


def test_phone_shaped_amounts_are_never_blanked():
    t = _table([["科目名称", "合计", "基本支出", "项目支出"],
                ["行政运行", "13512345678", "13449000000", "63345678"],
                ["说明", "预算13512345678元", "", ""]])
    redact_table(t)
    assert _grid(t)[1] == ["行政运行", "13512345678", "13449000000", "63345678"]
    assert _grid(t)[2][1] == "预算13512345678元"


def test_names_found_in_a_field_leave_every_other_text():
    doc = Document(doc_id="x", file_name="x.pdf", title="马丽同志的报告")
    doc.tables = [_table([["联系人", "马  丽", "手机", "１５９１２３４５６７８"],
                          ["说明", "请联系马丽，或马 丽", "", ""]])]
    assert personal_names(doc) == {"马丽"}
    from cnbudget.normalizers.privacy import redact_document
    redact_document(doc)
    assert _grid(doc.tables[0]) == [["联系人", "", "手机", ""], ["说明", "请联系，或", "", ""]]
    assert doc.title == "同志的报告"
