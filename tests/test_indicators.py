import re
from pathlib import Path

import pytest

from cnbudget.normalizers.indicators import (
    COMPARATORS_OUT,
    count_unparsed,
    indicator_key,
    indicator_keywords,
    level1,
    level2,
    parse_target,
)
from cnbudget.schemas.contract import COMPARATORS, LEVEL1, LEVEL2

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.parametrize(
    "raw, comparator, value, upper, unit",
    [
        ("≥95%", ">=", 95, None, "%"),
        ("≤100%，>97%", "range", 97, 100, "%"),
        ("=100.00(%)", "=", 100, None, "%"),
        ("≥13459.00(平方米)", ">=", 13459, None, "平方米"),
        ("1993件", "=", 1993, None, "件"),
        ("30 天", "=", 30, None, "天"),
        ("1300万页", "=", 1300, None, "万页"),
        ("大于90%", ">", 90, None, "%"),
        ("小于3%", "<", 3, None, "%"),
        ("等于240", "=", 240, None, None),
        ("》95%", ">=", 95, None, "%"),
        ("不低于80%", ">=", 80, None, "%"),
        ("不少于100人", ">=", 100, None, "人"),
        ("至少1次", ">=", 1, None, "次"),
        ("不高于5%", "<=", 5, None, "%"),
        ("不超过30天", "<=", 30, None, "天"),
        ("低于2%", "<", 2, None, "%"),
        ("高于90%", ">", 90, None, "%"),
        ("95%以上", ">=", 95, None, "%"),
        ("95%及以上", ">=", 95, None, "%"),
        ("5%以下", "<=", 5, None, "%"),
        ("控制在0%以内", "<=", 0, None, "%"),
        ("2小时内", "<=", 2, None, "小时"),
        ("达到90%", ">=", 90, None, "%"),
        ("前10名", "<=", 10, None, "名"),
        ("前十", "<=", 10, None, "名"),
        ("全市前六", "<=", 6, None, "名"),
        ("第10名", "=", 10, None, "名"),
        ("100%", "=", 100, None, "%"),
        ("<10%", "<", 10, None, "%"),
        ("0", "=", 0, None, None),
        ("95%", "=", 95, None, "%"),
        ("-10%", "=", -10, None, "%"),
        ("1,300件", "=", 1300, None, "件"),
        ("≥831 人", ">=", 831, None, "人"),
        (r"$\leq 100\%$", "<=", 100, None, "%"),
        (r"$\geq 89\%$", ">=", 89, None, "%"),
        (r"$\ge$ 90\%", ">=", 90, None, "%"),
        (r"$\le 3\%$", "<=", 3, None, "%"),
        ("≧93.01%", ">=", 93.01, None, "%"),
        ("≦5%", "<=", 5, None, "%"),
        ("＞90%", ">", 90, None, "%"),
        ("＜5%", "<", 5, None, "%"),
        ("≥=95%", ">=", 95, None, "%"),
        (">=95%", ">=", 95, None, "%"),
        ("９５％", "=", 95, None, "%"),
        ("≥９０．５％", ">=", 90.5, None, "%"),
        ("90%-100%", "range", 90, 100, "%"),
        ("90%～100%", "range", 90, 100, "%"),
        ("90~100", "range", 90, 100, None),
        ("90-100分", "range", 90, 100, "分"),
        ("[90,100]", "range", 90, 100, None),
        ("(90,100]", "range", 90, 100, None),
        ("97%<预算完成率≦100%", "range", 97, 100, "%"),
        ("目标值：≥99%", ">=", 99, None, "%"),
        ("≥1 年", ">=", 1, None, "年"),
        ("8小时内恢复", "<=", 8, None, "小时"),
        ("2小时之内到达", "<=", 2, None, "小时"),
        ("季度结束后15日内", "<=", 15, None, "日"),  # an event, 后, a duration, 内
        ("结案后30日内", "<=", 30, None, "日"),
        ("每学期开学后1个月内", "<=", 1, None, "个月"),
        ("执行预算率 ≤ 10 0%", "<=", 100, None, "%"),
        (r"执行预算率 \leq 1 00%", "<=", 100, None, "%"),
    ],
)
def test_parse_target_numbers(raw, comparator, value, upper, unit):
    t = parse_target(raw)
    assert t.parsed and t.raw == raw
    assert (t.comparator, t.value, t.upper, t.unit) == (comparator, value, upper, unit)
    assert t.comparator in COMPARATORS


def test_range_keeps_strictness():
    t = parse_target("≤100%，>97%")
    assert (t.lower_strict, t.upper_strict) == (True, False)
    t = parse_target("(90,100]")
    assert (t.lower_strict, t.upper_strict) == (True, False)
    t = parse_target("90%-100%")
    assert (t.lower_strict, t.upper_strict) == (False, False)


@pytest.mark.parametrize("raw", ["显著提升", "是", "否", "有所提升", "合格", "优", "不适用", "目标 1: 显著提升"])
def test_parse_target_qualitative(raw):
    t = parse_target(raw)
    assert t.parsed and t.comparator == "qualitative" and t.value is None
    assert t.qualitative and not re.search(r"\d|:", t.qualitative)


@pytest.mark.parametrize(
    "raw",
    ["", "—", "-", "初任培训 2 次, 日常培训 1 次", "2020年底前完成", "50人以上群体事件预警率", "2500/2000", "≥", "完成率100%",
     "11月底", "2024年11月底前", "每月10日前"],  # date deadlines, not durations
)
def test_parse_target_unparsed_is_not_guessed(raw):
    t = parse_target(raw)
    assert not t.parsed and t.comparator is None and t.value is None and t.raw == raw


def test_count_unparsed():
    assert count_unparsed(["≥95%", "显著提升", "2500/2000", ""]) == 2


def test_comparators_are_the_contracts():
    assert set(COMPARATORS_OUT) == set(COMPARATORS)


@pytest.mark.parametrize(
    "raw, want",
    [
        ("产出指标", "output"), ("产出指标 ", "output"), ("(产出指标一)", "output"), ("产出", "output"),
        ("效益指标", "effect"), ("效果指标", "effect"), ("效 益", "effect"), ("社会效应", "effect"),
        ("满意度指标", "satisfaction"), ("满意度", "satisfaction"),
        ("投入指标", "input"), ("运行成本", "input"), ("成本指标", "input"),
        ("过程指标", "process"), ("管理效率", "process"), ("履职效能", "output"),
        ("", "other"), (None, "other"), ("测算明细", "other"),
    ],
)
def test_level1(raw, want):
    assert level1(raw) == want and want in LEVEL1


@pytest.mark.parametrize(
    "raw, want",
    [
        ("数量指标", "quantity"), ("产出数量指标", "quantity"), ("数量", "quantity"),
        ("质量指标", "quality"), ("质 量 指 标", "quality"),
        ("时效指标", "timeliness"), ("工作时效", "timeliness"),
        ("成本指标", "cost"), ("经济成本指标", "cost"), ("社会成本指标", "cost"),
        ("生态环境成本指标", "cost"),
        ("经济效益指标", "economic"), ("经济效益", "economic"),
        ("社会效益指标", "social"), ("社会效益", "social"),
        ("生态效益指标", "ecological"),
        ("可持续影响指标", "sustainability"), ("可持续发展影响", "sustainability"),
        ("可持续性影响", "sustainability"),
        ("服务对象满意度指标", "satisfaction"), ("社会公众或服务对象满意度指标", "satisfaction"),
        ("服务对象满意度 指标", "satisfaction"),
        ("测算明细", "other"), ("", "other"),
    ],
)
def test_level2(raw, want):
    assert level2(raw) == want and want in LEVEL2


@pytest.mark.parametrize(
    "a, b",
    [
        ("命案破案率", "命案侦破率"),
        ("群众满意度", "服务对象满意度"),
        ("社会公众满意度", "服务对象满意度"),
        ("公众满意度", "群众满意度"),
        ("社会公众或服务对象满意度", "服务对象满意率"),
        ("1、命案破案率", "指标 2：命案侦破率"),
        ("信访、投诉处理及时率", "信访投诉处理及时率"),
    ],
)
def test_indicator_key_same(a, b):
    assert indicator_key(a) == indicator_key(b)


@pytest.mark.parametrize("a, b", [("命案破案率", "枪案破案率"), ("资产完好率", "资产利用率")])
def test_indicator_key_different(a, b):
    assert indicator_key(a) != indicator_key(b)


def test_indicator_keywords():
    assert indicator_keywords("命案侦破率") == ["命案", "破案率"]
    assert indicator_keywords("群众的满意度") == ["服务对象", "满意度"]
    assert indicator_keywords("") == []
    assert indicator_key("刑拘犯罪嫌疑人完成率") == indicator_key("刑拘犯罪嫌疑人完成率")


# --------------------------------------------------------------------------- seeds

# Start of an indicator table: its header row names the 一级指标 column (003 prints
# "一级" and "指标" on two lines). It ends at the first line outside a table (no tab),
# such as the next table's title; a short tab-less line is a wrapped header cell.
_TABLE_START = re.compile(r"一级\s*指标|^\s*一级\s*$")
# A 指标值 cell starts like a value (a number, a comparator sign or word, OCR LaTeX, a
# rank), where an indicator name or a label starts with words.
_VALUE_START = re.compile(
    r"^(?:[-+]?\d|[≥≤≧≦<>=＞＜》$\\]|不低于|不少于|不高于|不超过|大于|小于|高于|低于|等于|至少|达到|前|第)"
)
_NOT_VALUE = re.compile(r"^\d{4}\s*年度?$|^\d+\s*月(底|末)$")  # column headers (years, 资金支出计划)
_ORDINAL = re.compile(r"^\d{1,2}\s*(?:、|\.(?!\d))\s*")  # "1、" before a list item (a name or a value)


def seed_targets(text: str) -> list[str]:
    out, inside = [], False
    for line in text.splitlines():
        if _TABLE_START.search(line):
            inside = True
            continue
        if "\t" not in line:
            if len(line.strip()) > 6:
                inside = False
            continue
        if not inside:
            continue
        for cell in line.split("\t"):
            c = cell.strip()
            if c and len(c) <= 24 and _VALUE_START.match(_ORDINAL.sub("", c)) and not _NOT_VALUE.match(c):
                out.append(c)
    return out


def test_seed_targets_parse():
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip(f"no seed texts at {SEEDS}")
    targets = [t for f in files for t in seed_targets(f.read_text(encoding="utf-8"))]
    assert len(targets) >= 200, "the seed scan found too few target cells"
    unparsed = [t for t in targets if not parse_target(t).parsed]
    rate = 1 - len(unparsed) / len(targets)
    assert rate >= 0.95, f"{rate:.1%} of {len(targets)} parse; unparsed: {sorted(set(unparsed))[:40]}"


@pytest.mark.parametrize("raw,comparator,value,unit", [
    ("不晚于11月", "<=", 11, "月"),  # "no later than": a comparator word, not a date deadline
    ("不迟于3个工作日", "<=", 3, "个工作日"),
    ("不早于10月", ">=", 10, "月"),
])
def test_no_later_than_reads_as_a_bound(raw, comparator, value, unit):
    t = parse_target(raw)
    assert (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize("raw", ["≤上年", "<上年水平", "＜上年"])
def test_sign_before_an_unquantified_reference_is_qualitative(raw):
    t = parse_target(raw)
    assert (t.comparator, t.parsed) == ("qualitative", True)
    assert "上年" in t.qualitative and t.qualitative[0] in "≤<"  # the sign stays in the text
