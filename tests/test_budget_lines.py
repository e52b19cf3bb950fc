"""budget_lines and validations: the real corpus, generated disclosures, the Shenzhen seed."""
from __future__ import annotations

import copy
import re
from decimal import Decimal
from pathlib import Path

import pytest

from cnbudget.normalizers.amounts import parse_amount, parse_unit
from cnbudget.normalizers.budget_lines import MEASURES, budget_lines, measure_of
from cnbudget.normalizers.validate import (
    IDENTITY_CHECKS, SUBTOTAL_CHECKS, identity_pass_rate, validate,
)
from cnbudget.schemas.contract import BUDGET_LINES, to_table
from cnbudget.schemas.identifiers import table_id as table_id_of
from cnbudget.schemas.model import Cell, Document, Table

from conftest import extracted

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SEEDS = SHARED / "seeds"

WANLI_25 = "上海市普陀区人民政府万里街道办事处25年预算.pdf"
OFFICE_UNIT_25 = "上海市普陀区人民政府办公室单位25年预算.pdf"
FINANCE_FINAL_24 = "上海市普陀区财政局2024年度部门决算.pdf"


def _corpus_names() -> list[str]:
    return sorted(p.name for p in CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []


def _lines(doc: Document) -> list[dict]:
    return budget_lines(doc, table_id=lambda t: table_id_of(doc.doc_id, t.seq))


def _validations(doc: Document, lines: list[dict]) -> list[dict]:
    return validate(doc, lines, table_id=lambda t: table_id_of(doc.doc_id, t.seq))


def _kind(lines, kind):
    return [x for x in lines if x["table_kind"] == kind]


def _one(lines, **kw):
    hits = [x for x in lines if all(x.get(k) == v for k, v in kw.items())]
    assert len(hits) == 1, (kw, hits[:3])
    return hits[0]


# --------------------------------------------------------------------------- unit


def test_measure_canonical_from_header_path():
    assert measure_of(("支出预算", "合计")) == "total"
    assert measure_of(("支出预算", "基本支出")) == "basic"
    assert measure_of(("一般公共预算基本支出", "公用经费")) == "public_funds"
    assert measure_of(("本年支出", "小计")) == "expenditure"
    assert measure_of(("本年收入", "预算数"), side_headers=True) == "budget"
    assert measure_of(("收入", "决算数"), side_headers=True) == "final"
    assert measure_of(("财政拨款“三公”经费", "合计", "决算数")) == "total"
    assert measure_of(("“三公”经费预算数", "公务用车购置及运行费", "小计")) == "vehicles"
    assert measure_of(("“三公”经费预算数", "公务用车购置及运行费", "购置费")) == "vehicle_purchase"
    assert measure_of(("2024年机关运行经费预算数",)) == "operating_costs"
    assert measure_of(("本年收入合计",)) == "total"
    assert measure_of(("年初结转和结余",)) == "carryover_begin"
    assert measure_of(("一般性经费拨款",)) == "general_funds"
    assert measure_of(("自筹资金",)) == "other"
    ids = [m for m, _, _ in MEASURES]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z_]+", m) for m in ids)


def _toy_table() -> Table:
    """A 元 table with 类/款/项 columns, a 合计 row, "-" and empty cells and a repeated
    header on page 2."""
    rows = [
        [("项目", 4, True), None, None, None, ("支出预算", 3, True), None, None],
        [("科目编码", 3, True), None, None, ("科目名称", 1, True), ("合计", 1, True),
         ("基本支出", 1, True), ("项目支出", 1, True)],
        ["类", "款", "项", "", "", "", ""],
        ["201", "", "", "一般公共服务支出", "300.50", "100.00", "200.50"],
        ["201", "03", "", "政府办公厅（室）及相关机构事务", "300.50", "100.00", "200.50"],
        ["201", "03", "01", "行政运行", "100.00", "100.00", "-"],
        ["201", "03", "02", "一般行政管理事务", "200.50", "", "200.50"],
        [("合计", 4, False), None, None, None, "300.50", "100.00", "200.50"],
    ]
    cells = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None:
                continue
            text, span, hdr = v if isinstance(v, tuple) else (v, 1, r < 3)
            cells.append(Cell(1, r, c, 1, span, text, 0, 0, 0, 0, is_header=hdr))
    return Table(1, 1, 1, "支出预算总表", "expenditure", "单位：元", "yuan", "text",
                 len(rows), 7, 3, "test", 0.0, 0, cells)


def test_toy_table_lines_and_checks():
    doc = Document("f" * 64, "toy.pdf", department="上海市普陀区示例局", fiscal_year=2025,
                   doc_type="budget", region="上海市普陀区", tables=[_toy_table()])
    lines = _lines(doc)
    to_table("budget_lines", lines)  # keys and types fit the contract
    assert set(lines[0]) <= set(BUDGET_LINES.names)
    r = _one(lines, row=5, measure="total")
    assert (r["subject_code"], r["subject_level"], r["subject_name"]) == ("2010301", 3, "行政运行")
    assert r["measure_raw"] == "支出预算/合计" and r["amount_yuan"] == Decimal("100.00")
    dash = _one(lines, row=5, measure="project")
    assert dash["amount_yuan"] is None and dash["blank"] == "-" and dash["amount_raw"] == "-"
    empty = _one(lines, row=6, measure="basic")
    assert empty["amount_yuan"] is None and empty["blank"] == "blank"
    tot = _one(lines, row=7, measure="total")
    assert tot["is_total"] and tot["subject_code"] is None and tot["subject_name"] == "合计"
    assert not any(x["row"] < 3 for x in lines)  # header rows are no data
    v = _validations(doc, lines)
    to_table("validations", v)
    assert {x["rule"] for x in v} >= {"subtotal_lei", "subtotal_kuan", "total_of_classes",
                                       "basic_plus_project", "required_tables"}
    assert all(x["status"] == "pass" for x in v if x["rule"] != "required_tables")
    req = _one(v, rule="required_tables")
    assert req["status"] == "fail" and "three_public" in req["detail"]

    # a wrong 项 breaks its 款, and 合计 = 基本 + 项目 on its row
    bad = copy.deepcopy(doc)
    [cell] = [c for c in bad.tables[0].cells if c.row == 6 and c.col == 4]
    cell.text = "210.50"
    fails = [x for x in _validations(bad, _lines(bad)) if x["status"] == "fail"]
    assert {x["rule"] for x in fails} == {"subtotal_kuan", "basic_plus_project", "required_tables"}
    kuan = _one(fails, rule="subtotal_kuan")
    assert (kuan["expected"], kuan["actual"]) == ("310.50", "300.50")
    assert "20103" in kuan["detail"] and "2010302" in kuan["detail"]


def test_identity_pass_rate():
    rows = [{"rule": "subtotal_kuan", "status": "pass"}] * 3 + \
           [{"rule": "subtotal_lei", "status": "fail"}, {"rule": "required_tables", "status": "fail"}]
    assert identity_pass_rate(rows) == 0.75
    assert identity_pass_rate([]) != identity_pass_rate([])  # NaN: nothing checked


# --------------------------------------------------------------------------- corpus


@pytest.mark.corpus
def test_shanghai_budget_lines():
    doc = extracted(WANLI_25)
    lines = _lines(doc)
    to_table("budget_lines", lines)
    exp = _kind(lines, "expenditure")
    r = _one(exp, subject_code="2010507", measure="total")
    assert r["subject_level"] == 3 and r["subject_name"] == "专项普查活动"
    assert r["amount_yuan"] == Decimal("438300.00") and r["classification"] == "function"
    assert _one(exp, subject_code="20105", measure="basic")["subject_level"] == 2
    assert _one(exp, subject_code="201", measure="project")["subject_level"] == 1
    measures = {(x["measure_raw"], x["measure"]) for x in lines}
    assert {("支出预算/合计", "total"), ("支出预算/基本支出", "basic"),
            ("支出预算/项目支出", "project"), ("收入预算/财政拨款收入", "fiscal_appropriation"),
            ("收入预算/事业收入", "business_income"),
            ("收入预算/事业单位经营收入", "operating_income"), ("收入预算/其他收入", "other_income"),
            ("一般公共预算基本支出/人员经费", "personnel"),
            ("一般公共预算基本支出/公用经费", "public_funds"),
            ("财政拨款支出/一般公共预算", "general_public"),
            ("财政拨款支出/政府性基金预算", "government_fund"),
            ("财政拨款支出/国有资本经营预算", "state_capital"),
            ("本年收入/预算数", "budget"), ("“三公”经费预算数/因公出国(境)费", "abroad"),
            ("“三公”经费预算数/公务用车购置及运行费/运行费", "vehicle_operation"),
            ("机关运行经费预算数", "operating_costs")} <= measures
    tot = _one(exp, is_total=True, measure="basic")
    assert tot["subject_name"] == "合计" and tot["amount_yuan"] == Decimal("101341746.00")
    # two-sided summary: sides, ordinals, totals
    summ = _kind(lines, "income_expenditure_summary")
    assert {x["side"] for x in summ} == {"income", "expenditure"}
    inc = _one(summ, side="income", subject_name="财政拨款收入")
    assert inc["subject_level"] == 1 and inc["amount_yuan"] == Decimal("189767551.00")
    assert _one(summ, side="income", subject_name="一般公共预算资金")["subject_level"] == 2
    assert _one(summ, side="expenditure", subject_name="支出总计")["is_total"]
    assert _one(summ, side="income", subject_name="事业收入")["blank"] == "blank"
    assert all(x["side"] is None for x in lines if x["table_kind"] not in
               ("income_expenditure_summary", "fiscal_appropriation_summary"))
    # 三公 in 万元
    three = _one(_kind(lines, "three_public"), measure="total")
    assert three["amount_yuan"] == Decimal("379100.00") and three["amount_raw"] == "37.91"
    # no header text became data
    assert not any(x["subject_name"] in ("类", "款", "项", "项目") for x in lines)


@pytest.mark.corpus
def test_final_accounts_lines():
    doc = extracted(FINANCE_FINAL_24)
    lines = _lines(doc)
    income = _kind(lines, "income")
    # the 合计 row shares its row with the 类/款/项 labels; 万元 -> exact yuan
    tot = _one(income, is_total=True, measure="total")
    assert tot["amount_raw"] == "2,946.25" and tot["amount_yuan"] == Decimal("29462500.00")
    assert tot["measure_raw"] == "本年收入合计" and tot["subject_code"] is None
    assert _one(income, subject_code="2010601", measure="fiscal_appropriation")["subject_level"] == 3
    summ = _kind(lines, "income_expenditure_summary")
    assert _one(summ, side="income", subject_name="本年收入合计")["amount_yuan"] == Decimal("29462500.00")
    assert {x["measure"] for x in summ} == {"final"}
    econ = _kind(lines, "general_public_basic_economic")
    assert _one(econ, subject_code="30101")["classification"] == "economic"
    assert {x["subject_name"] for x in econ if x["is_total"]} == {"人员经费合计", "公用经费合计"}
    three = _kind(lines, "three_public")
    assert {x["measure_raw"] for x in three if x["measure"] == "reception"} == {
        "财政拨款“三公”经费/公务接待费/预算数", "财政拨款“三公”经费/公务接待费/决算数"}


@pytest.mark.corpus
def test_unit_budget_summary_with_nested_columns():
    lines = _lines(extracted(OFFICE_UNIT_25))
    summ = _kind(lines, "income_expenditure_summary")
    r = _one(summ, side="expenditure", subject_name="支出总计", measure="personnel")
    assert r["measure_raw"] == "本年支出/预算数/基本支出/人员经费"
    assert r["amount_yuan"] == Decimal("22473997.81")


@pytest.mark.corpus
def test_corpus_identities():
    names = _corpus_names()
    if not names:
        pytest.skip(f"real corpus not available ({CORPUS})")
    allv, n_lines = [], 0
    for name in names:
        doc = extracted(name)
        lines = _lines(doc)
        n_lines += len(lines)
        to_table("budget_lines", lines)
        v = _validations(doc, lines)
        to_table("validations", v)
        allv += v
        for x in v:
            if x["status"] == "fail":
                print("FAIL", name, x["table_id"], x["rule"], x["expected"], x["actual"], x["detail"])
        if doc.status != "failed" and doc.doc_type in ("budget", "final_accounts"):
            assert _one(v, rule="required_tables")["status"] == "pass", name
    subtotal = [x for x in allv if x["rule"] in SUBTOTAL_CHECKS]
    rate = identity_pass_rate(allv)
    print(f"{n_lines} lines, {len(subtotal)} subtotal identities, pass rate {rate:.4f}; "
          f"all identities {identity_pass_rate(allv, IDENTITY_CHECKS):.4f}")
    assert len(subtotal) > 500
    assert rate >= 0.995


# --------------------------------------------------------------------------- samples


@pytest.fixture(scope="module")
def sample_docs(tmp_path_factory):
    from cnbudget.extractors.document import extract_document
    from cnbudget.demo.samples import write_sample_set

    d = tmp_path_factory.mktemp("bl_samples")
    golds = write_sample_set(d)
    return [extract_document(str(d / g.file_name)) for g in golds if g.status != "failed"]


def test_samples_identities_all_pass(sample_docs):
    allv = []
    for doc in sample_docs:
        lines = _lines(doc)
        assert bool(lines) == (doc.doc_type in ("budget", "final_accounts")), doc.file_name
        allv += _validations(doc, lines)
    ident = [x for x in allv if x["rule"] in IDENTITY_CHECKS]
    fails = [x for x in ident if x["status"] == "fail"]
    for x in fails:
        print("FAIL", x)
    assert len([x for x in ident if x["rule"] in SUBTOTAL_CHECKS]) > 200
    assert {x["rule"] for x in ident} >= {"subtotal_lei", "subtotal_kuan", "total_of_classes",
                                           "basic_plus_project", "three_public_sum",
                                           "two_sided_totals", "row_components"}
    assert not fails
    assert identity_pass_rate(allv) == 1.0


def test_samples_units(sample_docs):
    unit_doc = next(d for d in sample_docs if "示例中心" in d.file_name)  # 万元 tables
    for x in _lines(unit_doc):
        if x["amount_yuan"] is None:
            continue
        assert x["amount_yuan"] == parse_amount(x["amount_raw"], "wan_yuan").value


# --------------------------------------------------------------------------- Shenzhen seed

_SEED_KINDS = (("财政拨款收支", "fiscal_appropriation_summary"),
               ("收支预算总表", "income_expenditure_summary"),
               ("基本支出", "general_public_basic_economic"), ("项目支出预算", "project_expenditure"),
               ("收入预算", "income"), ("支出预算表", "expenditure"),
               ("一般公共预算支出", "general_public_function"), ("政府性基金", "government_fund"),
               ("国有资本", "state_capital"), ("转移支付", "transfer_payment"), ("三公", "three_public"))


def seed_document(path: Path) -> Document:
    """The tables of a seed text (tab-separated rows, spans lost) as a Document: one Table
    per "表.N", its page blocks joined; leading header rows keep only printed cells."""
    tables, cur, title, unit_raw, new = [], None, None, None, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            if cur is None or new:
                cur = {"title": title, "unit_raw": unit_raw, "rows": []}
                tables.append(cur)
                new = False
            cur["rows"].append(line.split("\t"))
            continue
        s = line.strip()
        if re.match(r"^表\.\s*\d+", s):
            new, title = True, None
        elif s.startswith(("单位：", "单位:")):
            unit_raw = s
        elif s and not s.startswith("单位名称") and title is None and new:
            title = s
    out = []
    for seq, t in enumerate(tables, 1):
        n_cols = max(len(r) for r in t["rows"])
        cells, in_header = [], True
        for i, r in enumerate(t["rows"]):
            r = r + [""] * (n_cols - len(r))
            if any(parse_amount(x).value is not None for x in r):
                in_header = False
            for j, text in enumerate(r):
                if in_header and not text.strip():
                    continue
                cells.append(Cell(1, i, j, 1, 1, text.strip(), 0, 0, 0, 0))
        kind = next((k for w, k in _SEED_KINDS if t["title"] and w in t["title"]), "other")
        out.append(Table(seq, 1, 1, t["title"], kind, t["unit_raw"], parse_unit(t["unit_raw"] or ""),
                         "text", len(t["rows"]), n_cols, 0, "seed", 0.0, 0, cells))
    return Document("0" * 64, path.name, department="深圳市公安局罗湖分局", fiscal_year=2020,
                    doc_type="budget", region="深圳市罗湖区", tables=out)


@pytest.fixture(scope="module")
def shenzhen():
    files = sorted(SEEDS.glob("004_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip(f"seed 004 not available at {SEEDS}")
    doc = seed_document(files[0])
    return doc, _lines(doc)


def test_shenzhen_summary_two_sided_names_only(shenzhen):
    doc, lines = shenzhen
    summ = [x for x in _kind(lines, "income_expenditure_summary")]
    assert {x["side"] for x in summ} == {"income", "expenditure"}
    assert {x["measure_raw"] for x in summ} == {"收入/2020年预算数", "支出/2020年预算数"}
    pub = _one(summ, side="expenditure", subject_name="公共安全支出")
    assert pub["amount_yuan"] == Decimal("1214236400.00") and pub["subject_code"] is None
    assert _one(summ, side="income", subject_name="收入总计")["is_total"]
    assert not any(x["subject_name"] in ("收入", "支出", "项目") for x in summ)  # repeated header


def test_shenzhen_basic_and_project_tables(shenzhen):
    doc, lines = shenzhen
    econ = _kind(lines, "general_public_basic_economic")
    unit_row = _one(econ, subject_name="深圳市公安局罗湖分局", measure="total")
    assert unit_row["is_total"] and unit_row["amount_yuan"] == Decimal("926238600.00")
    wage = _one(econ, subject_name="基本工资", measure="total")
    assert not wage["is_total"] and wage["amount_yuan"] == Decimal("373320200.00")
    proj = _kind(lines, "project_expenditure")
    row = _one(proj, subject_name="警务辅助专项经费", measure="total")
    assert row["amount_yuan"] == Decimal("285650100.00") and not row["is_total"]
    func = _kind(lines, "general_public_function")
    assert _one(func, subject_code="2040201", measure="basic")["subject_level"] == 3
    three = _kind(lines, "three_public")
    assert {x["subject_name"] for x in three} == {"深圳市公安局罗湖分局 2019", "深圳市公安局罗湖分局 2020"}
    v = _validations(doc, lines)
    sub = [x for x in v if x["rule"] in SUBTOTAL_CHECKS | {"basic_plus_project", "three_public_sum",
                                                            "two_sided_totals"}]
    assert sub and all(x["status"] == "pass" for x in sub), [x for x in sub if x["status"] == "fail"]
    assert not any(x["rule"] == "required_tables" for x in v)  # not a Shanghai document


def test_an_amount_that_does_not_parse_is_kept_raw_flagged_and_counted(sample_docs):
    doc = copy.deepcopy(next(d for d in sample_docs if d.doc_type == "budget"))
    table = next(t for t in doc.tables if t.table_kind == "expenditure")
    before = {x["rule"]: x for x in _validations(doc, _lines(doc)) if x["rule"] == "amounts_parsed"}
    assert before and before["amounts_parsed"]["status"] == "pass"
    cell = next(c for c in table.cells if re.fullmatch(r"[\d,]+\.\d\d", c.text) and c.row > table.header_rows + 2)
    cell.text = cell.text[:2] + "a" + cell.text[3:]  # an OCR slip
    lines = _lines(doc)
    tid = table_id_of(doc.doc_id, table.seq)
    [bad] = [x for x in lines if x["table_id"] == tid and x["row"] == cell.row and x["col"] == cell.col]
    assert bad["amount_yuan"] is None and bad["blank"] == "unparsed" and bad["amount_raw"] == cell.text
    checks = _validations(doc, lines)
    [flag] = [x for x in checks if x["rule"] == "amounts_parsed" and x["table_id"] == bad["table_id"]]
    assert flag["status"] == "fail" and cell.text in flag["detail"]
    assert int(flag["expected"]) - int(flag["actual"]) == 1
    # the identities through that cell are not reported as broken: the amount is unknown
    assert not [x for x in checks if x["status"] == "fail" and x["rule"] in IDENTITY_CHECKS]


def test_a_column_whose_every_figure_is_beyond_the_contract_keeps_its_lines(tmp_path):
    """A table whose only figures are too large for decimal128(20,2) is still a budget
    table: every line is kept raw as unparsed, none is dropped (hostile-batch find)."""
    from cnbudget.demo.broken import make_amount_27_digits_pdf, make_amount_overflow_pdf
    from cnbudget.extractors.document import extract_document
    from cnbudget.flows.pipeline import dataset_rows

    for make in (make_amount_overflow_pdf, make_amount_27_digits_pdf):
        pdf = make(tmp_path / f"{make.__name__}.pdf")
        rows = dataset_rows(extract_document(pdf))["budget_lines"]
        assert len(rows) == 3
        assert all(r["amount_yuan"] is None and r["blank"] == "unparsed" for r in rows)
