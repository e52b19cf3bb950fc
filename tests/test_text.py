"""schemas.text (the shared text vocabulary) and schemas.identifiers."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from cnbudget.schemas.contract import UNITS
from cnbudget.schemas.identifiers import table_id, table_namer
from cnbudget.schemas.text import (
    CJK, CJK_EXT_A, HEADER_UNIT, UNIT_ANNOUNCEMENT, UNIT_CODES, UNIT_WORDS, cjk_spaces, compact,
    has_cjk, is_wide, join_cjk_spaces, nfkc, no_whitespace, unit_of,
)

# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize("text, out", [
    ("１２３４．５６", "1234.56"),
    ("（万元）", "(万元)"),
    ("单位：元", "单位:元"),
    ("１，２３４", "1,234"),
    ("ＡＢＣ", "ABC"),
    ("合\u3000计", "合 计"),  # ideographic space -> space (not removed: that is compact)
    ("", ""),
    (None, ""),
])
def test_nfkc(text, out):
    assert nfkc(text) == out


def test_nfkc_keep():
    assert nfkc("①收入") == "1收入"
    assert nfkc("①（一）", keep="①") == "①(一)"
    assert nfkc("335m²，３", keep="²³") == "335m²,3"
    assert nfkc(None, keep="²") == ""


@pytest.mark.parametrize("text, out", [
    (" 合  计 ", "合计"),
    ("合\u3000计", "合计"),
    ("一般\t公共\n服务", "一般公共服务"),
    ("１，２３４．５", "1,234.5"),
    ("预算数 （万元）", "预算数(万元)"),
    (None, ""),
])
def test_compact(text, out):
    assert compact(text) == out


def test_compact_keep_and_no_whitespace():
    assert compact(" ① 合 计", keep="①") == "①合计"
    assert no_whitespace(" 单位： 万 元\n") == "单位：万元"  # no NFKC: the colon stays full width
    assert no_whitespace(None) == ""


# --------------------------------------------------------------------------- CJK


@pytest.mark.parametrize("text, out", [
    ("一般公共服务支出", True),
    ("2024年", True),
    ("1,234.56", False),
    ("（）：，", False),  # full-width punctuation is no ideograph
    ("abc", False),
    ("\u3400", False),  # Extension A is outside the basic class
    ("", False),
    (None, False),
])
def test_has_cjk(text, out):
    assert has_cjk(text) is out


def test_cjk_classes():
    assert re.fullmatch(f"[{CJK}]+", "部门预算")
    assert re.fullmatch(f"[{CJK}{CJK_EXT_A}]", "\u3400")
    assert all(is_wide(c) for c in "部（），。“”‘’、")
    assert not any(is_wide(c) for c in "a1(),. ")


def test_join_cjk_spaces():
    assert join_cjk_spaces("部 门 收 支 总 表") == "部门收支总表"
    assert join_cjk_spaces("2024 年 部门 预算") == "2024 年部门预算"  # spaces by digits stay
    assert join_cjk_spaces("“ 三 公 ” 经 费", extra="“”") == "“三公”经费"
    assert join_cjk_spaces("“ 三 公 ” 经 费") == "“ 三公 ” 经费"
    assert join_cjk_spaces("收入 （ 万元 ）", extra="（）") == "收入（万元）"
    assert cjk_spaces("“”") is cjk_spaces("“”")  # compiled once


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize("text, unit", [
    ("单位：万元", "wan_yuan"),
    ("金额单位:元", "yuan"),
    ("单位: 千元", "qian_yuan"),
    ("单位 ： 万元", "wan_yuan"),
    ("单位：万 元", "wan_yuan"),
    ("单位万元", "wan_yuan"),
    ("预算数（万元）", "wan_yuan"),
    ("预算数(万元)", "wan_yuan"),
    ("(万元)", "wan_yuan"),
    ("（ 千元 ）", "qian_yuan"),
    ("【元】", "yuan"),
    ("[万元]", "wan_yuan"),
    ("部门公开表9 单位：万元", "wan_yuan"),
    ("填报单位：某某局        单位：元", "yuan"),
    ("(元) 单位：万元", "wan_yuan"),  # an announcement wins over a bracketed unit
    ("亿元", None),
    ("单位：亿元", None),
    ("(亿元)", None),
    ("单位：人", None),
    ("单位名称：上海市普陀区司法局", None),
    ("万元", None),  # a bare word announces nothing
    ("", None),
    (None, None),
])
def test_unit_of(text, unit):
    assert unit_of(text) == unit
    assert unit is None or unit in UNITS


def test_unit_patterns_keep_the_printed_form():
    """The extractor records the unit as printed: the patterns match raw text too."""
    m = UNIT_ANNOUNCEMENT.search("部门收支总表   金额单位： 万元")
    assert m.group(0) == "金额单位： 万元" and UNIT_CODES[m.group(1)] == "wan_yuan"
    m = HEADER_UNIT.search("本年预算数（ 元 ）")
    assert m.group(0) == "（ 元 ）" and UNIT_CODES[m.group(1)] == "yuan"


def test_unit_words():
    assert set(UNIT_CODES.values()) <= set(UNITS)
    words = [w for w, _ in UNIT_WORDS]
    # longest first, so that a suffix match takes 万元 before 元
    assert all(not b.endswith(a) or len(a) > len(b) for i, a in enumerate(words) for b in words[i + 1:])
    assert UNIT_CODES == {"元": "yuan", "万元": "wan_yuan", "千元": "qian_yuan"}


# --------------------------------------------------------------------------- identifiers


def test_table_id():
    doc_id = "0123456789abcdef" + "f" * 48
    assert table_id(doc_id, 1) == "0123456789abcdef-t001"
    assert table_id(doc_id, 42) == "0123456789abcdef-t042"
    assert table_id(doc_id, 1234) == "0123456789abcdef-t1234"
    assert table_id("abc", 7) == "abc-t007"  # short ids (tests, unreadable files) kept whole


def test_table_namer():
    doc_id = "fedcba9876543210" + "0" * 48
    t = SimpleNamespace(seq=3)  # anything with a seq, as a Table
    assert table_namer(doc_id)(t) == table_id(doc_id, 3) == "fedcba9876543210-t003"


def test_publish_uses_the_one_table_id():
    from cnbudget.flows.publish import table_id_of

    assert table_id_of is table_id
