"""Property-based fuzzing (hypothesis) of the parsers that read untrusted text: the amount
parser, the classification-code parser, the performance-target parser, the source
registry loader, and the redaction of personal data. Properties: no input (any text, any bytes) raises; what is returned is
in range (an amount fits the contract's decimal128(20, 2), a code has 3/5/7 digits, a
target value is a finite number); printed values round-trip. What fuzzing found is kept
below as explicit regression tests.

Bounded for CI: a fixed number of examples per property, derandomized so that a run is
reproducible (the whole file takes a few seconds). For an exploratory run with random
inputs set CNBUDGET_FUZZ_EXAMPLES, e.g. ``CNBUDGET_FUZZ_EXAMPLES=20000 pytest
tests/test_fuzz_parsers.py``."""
from __future__ import annotations

import math
import os
import string
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from cnbudget.harvest.registry import RegistryError, dump_registry, load_registry
from cnbudget.normalizers.amounts import AMOUNT_LIMIT, parse_amount
from cnbudget.normalizers.codes import is_total_label, row_label, split_code_name, subject_code
from cnbudget.normalizers.indicators import parse_target
from cnbudget.schemas.contract import AMOUNT, COMPARATORS

_EXPLORE = os.environ.get("CNBUDGET_FUZZ_EXAMPLES")
FUZZ = settings(max_examples=int(_EXPLORE or 250), deadline=None, database=None, derandomize=not _EXPLORE,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
# each registry example writes and reads a file: fewer of them
FUZZ_FILES = settings(FUZZ, max_examples=int(_EXPLORE or 100))

# Text as budget tables print it: digits in both widths, separators, signs, units,
# comparators, LaTeX from OCR, ordinals, and long digit runs; mixed with arbitrary text.
_PRINTED = (list("0123456789０１２３４５６７８９.,，．-－—+()（）[]【】%‰ \u3000\n\t$\\{}:：、;；~～/")
            + list("万千元亿≥≤<>=≧≦一二三四五六七八九十零前第名位个人次件年月日内以上下及不低于高小大等达到至少多是否显著提升率类款项合计其中：")
            + ["\\leq", "\\geq", "\\%", "\\text{", "9" * 25, "1" * 19, "0" * 20, "e5", "E-3", "NaN", "Infinity",
               "٣", "𝟘", "²"])
printed = st.lists(st.sampled_from(_PRINTED), max_size=24).map("".join)
any_text = st.one_of(st.text(), printed,
                     st.binary(max_size=64).map(lambda b: b.decode("utf-8", "surrogateescape")),
                     st.binary(max_size=64).map(lambda b: b.decode("gb18030", "replace")))
UNITS = st.sampled_from(["yuan", "wan_yuan", "qian_yuan", None])


def _fits_contract(value: Decimal) -> bool:
    pa.array([value], AMOUNT)  # raises when it does not fit
    return value.as_tuple().exponent == -2 and abs(value) < AMOUNT_LIMIT


# --------------------------------------------------------------------------- amounts


@FUZZ
@given(any_text, UNITS)
@example("1" + "0" * 18, "yuan")  # 10^18 yuan: one more digit than decimal128(20, 2) holds
@example("1" * 27, "yuan")  # 27 digits: beyond Decimal's default 28-digit context once scaled
@example("999999999999999999.995", "yuan")  # rounds up to 10^18
@example("99999999999999.99", "wan_yuan")  # fits in 万元, not once in yuan
@example("1" * 5000, "yuan")
@example("0." + "4" * 60 + "5", "yuan")
def test_amount_parser_never_raises_and_stays_in_range(text, unit):
    p = parse_amount(text, unit)
    assert p.raw == text
    assert p.value is None or _fits_contract(p.value)
    assert p.value is None or p.blank is None


@FUZZ
@given(st.decimals(min_value=-AMOUNT_LIMIT + Decimal("0.01"), max_value=AMOUNT_LIMIT - Decimal("0.01"), places=2),
       st.sampled_from(["{:f}", "{:,.2f}", "{:.2f}元"]))
def test_printed_amounts_round_trip(value, fmt):
    text = fmt.format(value)
    if value < 0 and fmt == "{:,.2f}":
        text = f"({fmt.format(-value)})"  # accounting negative
    assert parse_amount(text, "yuan").value == value
    full_width = text.translate(str.maketrans("0123456789,.", "０１２３４５６７８９，．"))
    assert parse_amount(full_width, "yuan").value == value


@FUZZ
@given(st.decimals(min_value=0, max_value=Decimal("99999999999999.999999"), places=6))
def test_wan_yuan_scales_exactly(value):
    assert parse_amount(f"{value:f}", "wan_yuan").value == (value * 10000).quantize(Decimal("0.01"))


@FUZZ
@given(st.integers(min_value=10 ** 18, max_value=10 ** 40), UNITS)
def test_amounts_beyond_the_contract_are_not_amounts(n, unit):
    p = parse_amount(str(n), unit)
    assert p.value is None and p.blank is None and p.raw == str(n)


# --------------------------------------------------------------------------- codes


@FUZZ
@given(st.lists(any_text, max_size=4))
@example(["٢٠١"])  # other scripts' digits were returned as a code
@example(["٢٠١ 一般公共服务支出"])
def test_code_parser_never_raises_and_gives_valid_codes(parts):
    code = subject_code(parts)
    assert code is None or (code.isascii() and code.isdigit() and len(code) in (3, 5, 7) and code[0] != "0")
    for p in parts:
        c, name = split_code_name(p)
        assert c is None or (c.isascii() and c.isdigit() and len(c) in (3, 5, 7) and c[0] != "0")
        assert isinstance(name, str)
        ordinal, clean, is_sub = row_label(p)
        assert isinstance(clean, str) and isinstance(is_sub, bool)
        assert isinstance(is_total_label(p), bool)


codes = st.from_regex(r"\A[1-9][0-9]{2}(?:[0-9]{2}(?:[0-9]{2})?)?\Z")


@FUZZ
@given(codes, st.sampled_from(["", " ", "、", "]"]))
def test_codes_round_trip(code, sep):
    assert subject_code([code]) == code
    assert subject_code([code[:3], code[3:5], code[5:7]]) == code
    assert subject_code([" ".join(filter(None, [code[:3], code[3:5], code[5:7]]))]) == code
    assert split_code_name(f"{code}{sep}行政运行") == (code, "行政运行")


# --------------------------------------------------------------------------- targets


@FUZZ
@given(any_text)
@example("前" + "9" * 5000 + "名")  # was ValueError: int() refuses 4300+ digits
def test_target_parser_never_raises(text):
    t = parse_target(text)
    assert t.parsed == (t.comparator is not None)
    assert t.comparator is None or t.comparator in COMPARATORS
    assert t.raw == text
    if t.comparator == "qualitative":
        assert t.value is None and t.qualitative
    if t.comparator == "range":
        assert t.value is not None and t.upper is not None and t.value <= t.upper


@pytest.mark.parametrize("text", ["≥" + "9" * 400 + "%", "9" * 400 + "-" + "9" * 401])
def test_target_values_are_finite(text):
    t = parse_target(text)
    assert all(v is None or math.isfinite(v) for v in (t.value, t.upper))


@FUZZ
@given(st.integers(min_value=0, max_value=10 ** 9) | st.decimals(min_value=0, max_value=10 ** 6, places=2),
       st.sampled_from([("≥", ">="), ("≤", "<="), (">", ">"), ("<", "<"), ("不低于", ">="), ("不超过", "<=")]),
       st.sampled_from(["%", "人次", "件", "万元", ""]))
def test_printed_targets_round_trip(n, comparator, unit):
    word, comp = comparator
    t = parse_target(f"{word}{n}{unit}")
    assert (t.comparator, t.value, t.unit or "") == (comp, float(n), unit)


@FUZZ
@given(st.integers(min_value=0, max_value=10 ** 6), st.integers(min_value=0, max_value=10 ** 6))
def test_printed_ranges_round_trip(a, b):
    lo, hi = min(a, b), max(a, b)
    t = parse_target(f"{lo}%-{hi}%")
    assert (t.comparator, t.value, t.upper, t.unit) == ("range", lo, hi, "%")


# --------------------------------------------------------------------------- redaction

_FORM_WORDS = st.sampled_from(["填报人", "联系人及电话", "项目负责人", "手机号码", "：", ":", " ", "张伟", "欧阳雪",
                               "13812345678", "(021)6234", "5678", "转806", "+86", "、", "/", "（", "）", "@a.cn"])
form_text = st.one_of(any_text, st.lists(_FORM_WORDS, max_size=16).map("".join))


@FUZZ
@given(form_text, st.lists(form_text, min_size=1, max_size=4))
def test_redaction_never_raises_and_only_removes(text, row):
    from cnbudget.normalizers.privacy import redact, redact_table
    from cnbudget.schemas.model import Cell, Table

    out = redact(text, {"张伟"})
    assert isinstance(out, str) and len(out) <= len(text)
    cells = [Cell(page=1, row=r, col=c, row_span=1, col_span=1, text=t, x0=c, y0=r, x1=c + 1, y1=r + 1)
             for r in range(2) for c, t in enumerate(row)]
    table = Table(seq=1, page_first=1, page_last=1, title=text, table_kind="other", unit_raw=None, unit=None,
                  method="text", n_rows=2, n_cols=len(row), header_rows=0, strategy="test", whitespace=0.0,
                  unassigned_chars=0, cells=cells)
    redact_table(table)
    assert all(len(c.text) <= len(t) for c, t in zip(cells, row + row))


# --------------------------------------------------------------------------- registry


def _load(path: Path):
    """The sources, or None for a file refused with a readable RegistryError (one line)."""
    try:
        return load_registry(path)
    except RegistryError as e:
        assert "\n" not in str(e) and "Traceback" not in str(e)
        return None


@pytest.fixture
def reg_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("registry")


@FUZZ_FILES
@given(st.binary(max_size=400), st.sampled_from(["sources.yaml", "sources.json"]))
@example("sources:\n  - name: 普陀\n".encode("gbk"), "sources.yaml")  # GBK bytes
@example(b"[" * 400 + b"]" * 400, "sources.yaml")  # deep nesting (PyYAML slows quadratically: reported)
@example(b"[" * 1500 + b"]" * 1500, "sources.json")
@example(b"\xef\xbb\xbfsources: []", "sources.yaml")  # a BOM
def test_registry_loader_refuses_any_bytes_in_one_line(reg_dir, data, name):
    path = reg_dir / name
    path.write_bytes(data)
    _load(path)


_YAML_TOKENS = (["sources:", "\n", "\n  - ", "  ", "- ", ": ", "name: a", "name: 普陀", "start_urls:",
                 "[http://127.0.0.1:8765/]", "http://", "127.0.0.1:99999", "[::1", "timeout: .inf",
                 "rate_limit: -1", "max_bytes: 1e400", "retries: 1e9", "follow: '('", "documents: '\\.pdf$'",
                 "{", "}", "[", "]", "&a ", "*a", "!!python/object/apply:os.system ['true']", "!!binary AAAA",
                 "<<: *a", "~", "null", "'", '"', "#", "\t", "\ufeff", "\x00", "%YAML 1.2\n---\n"]
                + list(string.punctuation))


@FUZZ_FILES
@given(st.lists(st.sampled_from(_YAML_TOKENS), max_size=40).map("".join))
def test_registry_loader_refuses_any_yaml_in_one_line(reg_dir, text):
    path = reg_dir / "sources.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _load(path)


_NUMBERS = st.one_of(st.integers(min_value=-10, max_value=10 ** 12), st.floats(allow_nan=True, allow_infinity=True))
sources = st.fixed_dictionaries(
    {"name": st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_.-]{0,10}\Z"),
     "start_urls": st.lists(st.builds("http://127.0.0.1:{}/{}.html".format,
                                      st.integers(min_value=0, max_value=70000),
                                      st.text(string.ascii_lowercase, max_size=5)), min_size=1, max_size=2)},
    optional={"region": st.text(max_size=8), "rate_limit": _NUMBERS, "timeout": _NUMBERS, "retries": _NUMBERS,
              "max_bytes": _NUMBERS, "concurrency": _NUMBERS, "follow": st.sampled_from([r"list_\d+\.html", "("]),
              "allowed_hosts": st.lists(st.sampled_from(["example.gov.cn", "[::1", "a:99999", "", "b/c"]),
                                        max_size=2)})


@FUZZ_FILES
@given(st.lists(sources, min_size=1, max_size=3))
def test_registry_round_trips_or_is_refused(reg_dir, entries):
    path = reg_dir / "sources.yaml"
    try:
        text = yaml.safe_dump({"sources": entries}, allow_unicode=True)
    except yaml.YAMLError:
        assume(False)
    path.write_text(text, encoding="utf-8")
    loaded = _load(path)
    if loaded is None:
        return
    for s in loaded:
        assert all(math.isfinite(v) for v in (s.rate_limit, s.timeout, s.deadline, s.backoff))
    again = _load(dump_registry(loaded, reg_dir / "again.yaml"))
    assert again == loaded


# --------------------------------------------------------------------------- regressions


def test_a_document_with_amounts_beyond_the_contract_keeps_every_line(tmp_path):
    """10^18 yuan crashed publishing, 27 digits dropped every budget line of the document:
    both are kept raw as "unparsed" and the other lines survive."""
    import pyarrow.parquet as pq

    from cnbudget.demo.tables import TableSpec, plain_row, write_tables_pdf
    from cnbudget.flows.pipeline import extract_to_parquet

    header = [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"), (0, 3, 1, 1, "基本支出"),
              (0, 4, 1, 1, "项目支出")]
    huge, longer = "1" + "0" * 18, "123456789012345678901234567"
    body = [plain_row(["201", "一般公共服务支出", "300.00", "100.00", "200.00"]),
            plain_row(["20101", "人大事务", huge, "100.00", "200.00"]),
            plain_row(["2010101", "行政运行", longer, "100.00", "200.00"]),
            plain_row(["", "合计", "300.00", "100.00", "200.00"])]
    spec = TableSpec("2025年部门支出预算表", "expenditure", "单位：元", "yuan", "编制部门：示例局",
                     [70, 130, 160, 90, 90], header, 1, body, ["c", "l", "r", "r", "r"])
    write_tables_pdf(tmp_path / "in" / "big.pdf", [spec], "示例局2025年部门预算") if (tmp_path / "in").mkdir() is None else None
    summary = extract_to_parquet([tmp_path / "in"], tmp_path / "out")
    assert summary.failed == 0 and summary.documents == 1
    lines = pq.read_table(tmp_path / "out" / "budget_lines").to_pylist()
    assert len(lines) == 12  # 4 rows x 3 amount columns: nothing dropped
    kept_raw = {(x["amount_raw"], x["blank"], x["amount_yuan"]) for x in lines if x["amount_yuan"] is None}
    assert kept_raw == {(huge, "unparsed", None), (longer, "unparsed", None)}
    checks = pq.read_table(tmp_path / "out" / "validations").to_pylist()
    parsed = [c for c in checks if c["rule"] == "amounts_parsed"]
    assert parsed and parsed[0]["status"] == "fail" and huge in parsed[0]["detail"]
