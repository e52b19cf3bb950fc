from decimal import Decimal

import pytest

from cnbudget.normalizers.amounts import ParsedAmount, is_amount, parse_amount, parse_unit
from cnbudget.schemas.contract import UNITS


@pytest.mark.parametrize(
    "text, unit",
    [
        ("单位：元", "yuan"),
        ("单位:万元", "wan_yuan"),
        ("单位：千元", "qian_yuan"),
        ("单位 ： 万元", "wan_yuan"),
        ("单位：万 元", "wan_yuan"),
        ("预算数（万元）", "wan_yuan"),
        ("预算数(万元)", "wan_yuan"),
        ("金额单位：万元", "wan_yuan"),
        ("(万元)", "wan_yuan"),
        ("【元】", "yuan"),
        ("填报单位：某某局        单位：元", "yuan"),
        ("部门公开表9 单位：万元", "wan_yuan"),
        ("单位：亿元", None),
        ("单位：人", None),
        ("单位名称：上海市普陀区司法局", None),
        ("", None),
        ("一般公共服务支出", None),
    ],
)
def test_parse_unit(text, unit):
    assert parse_unit(text) == unit
    assert unit is None or unit in UNITS


@pytest.mark.parametrize(
    "text, unit, value",
    [
        ("1234.5", "yuan", "1234.50"),
        ("1,234.56", "yuan", "1234.56"),
        ("1，234.56", "yuan", "1234.56"),
        ("64,230.00", "wan_yuan", "642300000.00"),
        ("12.345678", "wan_yuan", "123456.78"),
        ("0.01", "wan_yuan", "100.00"),
        ("3.5", "qian_yuan", "3500.00"),
        ("１２３４．５", "yuan", "1234.50"),
        ("１，２３４", "yuan", "1234.00"),
        (" 1 234.00 ", "yuan", "1234.00"),
        ("1234.5\u3000", "yuan", "1234.50"),
        ("-12.5", "yuan", "-12.50"),
        ("－12.5", "yuan", "-12.50"),
        ("- 12.5", "yuan", "-12.50"),
        ("(12.50)", "yuan", "-12.50"),
        ("（12.50）", "yuan", "-12.50"),
        ("(1.5)", "wan_yuan", "-15000.00"),
        ("0", "yuan", "0.00"),
        ("0.00", "wan_yuan", "0.00"),
        ("-0.00", "yuan", "0.00"),
        ("12.345", "yuan", "12.35"),  # half up to the cent
        ("100元", "wan_yuan", "100.00"),  # an explicit unit in the cell wins
        ("5万元", "yuan", "50000.00"),
        ("2千元", None, "2000.00"),
        ("58.92%", "wan_yuan", "58.92"),  # a percentage is stripped, not scaled
        ("1234", None, "1234.00"),  # no table unit: yuan
        (".5", "yuan", "0.50"),
        ("99999999999999.99", "wan_yuan", "999999999999999900.00"),
    ],
)
def test_parse_amount(text, unit, value):
    p = parse_amount(text, unit)
    assert p == ParsedAmount(Decimal(value), None, text)
    assert p.value.as_tuple().exponent == -2  # quantized to the cent
    assert is_amount(text)


def test_exact_scaling_no_float():
    # 0.1 + 0.2 style float noise must not appear: 万元 with many decimals stays exact.
    assert parse_amount("0.0001", "wan_yuan").value == Decimal("1.00")
    assert parse_amount("1.23456789", "wan_yuan").value == Decimal("12345.68")


@pytest.mark.parametrize(
    "text, blank",
    [("", ""), ("   ", ""), ("\u3000", ""), ("-", "-"), ("－", "-"), ("—", "—"), ("--", "--"),
     ("——", "——"), ("/", "/"), (" - ", "-"), (None, "")],
)
def test_blanks(text, blank):
    p = parse_amount(text, "wan_yuan")
    assert p.value is None and p.blank == blank
    assert not is_amount(text)


@pytest.mark.parametrize(
    "text",
    ["一般公共服务支出", "2019年", "合计", "12.5.3", "1,2", "12,34.5", "△12.5", "12-5", "abc", "1e5", "%"],
)
def test_not_an_amount(text):
    p = parse_amount(text)
    assert p.value is None and p.blank is None and p.raw == text
    assert not is_amount(text)
