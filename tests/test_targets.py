"""Targets (指标值), indicator keys and levels, held to gold read by hand.

GOLD holds real target strings as printed: from the seeds (../shared/seeds, read with
test_indicators.seed_targets), the cities' forms (长春 项目支出绩效目标表 prints the
comparator and unit inside the value: ">=2次", "<=17万元", ">=100 百分比") and the five
Shanghai targets the issue names. comparator None = must stay raw (never guessed).
"""
from __future__ import annotations

import pytest

from cnbudget.normalizers.indicators import (
    indicator_key,
    indicator_keywords,
    level1,
    level2,
    name_form,
    parse_target,
    split_weight,
)
from cnbudget.schemas.contract import COMPARATORS, LEVEL1, LEVEL2

Q = "qualitative"

# (raw, comparator, value, upper, unit)
GOLD: list[tuple[str, str | None, float | None, float | None, str | None]] = [
    # the forms
    ("补贴对象生活改善度不低于80%", ">=", 80, None, "%"),
    ("开展至少1次团体心理治疗", ">=", 1, None, "次"),
    ("不低于50人次的个体心理咨询辅导", ">=", 50, None, "人次"),
    ("满意率100%", "=", 100, None, "%"),
    ("党员群众满意度不少于80%", ">=", 80, None, "%"),
    (">=2次", ">=", 2, None, "次"),
    ("‹=17万元", "<=", 17, None, "万元"),
    ("›=95%", ">=", 95, None, "%"),
    (">=100百分比", ">=", 100, None, "%"),
    ("≥95%", ">=", 95, None, "%"),
    ("≤100%，>97%", "range", 97, 100, "%"),
    ("=100.00(%)", "=", 100, None, "%"),
    ("1300万页", "=", 1300, None, "万页"),
    ("大于90%", ">", 90, None, "%"),
    ("前10名", "<=", 10, None, "名"),
    (r"$\leq 100\%$", "<=", 100, None, "%"),
    # split columns joined by the form reader (指标方向 + 指标值 + 计量单位, 指标性质 + 指标值)
    ("≥ 95 %", ">=", 95, None, "%"),
    ("≤ 17 万元", "<=", 17, None, "万元"),
    ("＝ 100 %", "=", 100, None, "%"),
    ("定性 优良", Q, None, None, None),
    ("定性 是", Q, None, None, None),
    ("定量 ≥ 90 %", ">=", 90, None, "%"),
    ("≥ 2 次", ">=", 2, None, "次"),
    ("≥ 100 百分比", ">=", 100, None, "%"),
    ("= 是", Q, None, None, None),
    ("90 % - 100 %", "range", 90, 100, "%"),
    # 长春 项目支出绩效目标表 (comparator and unit inside the value)
    (">=12次", ">=", 12, None, "次"), ("<=116 万元", "<=", 116, None, "万元"),
    ("<=17万 元", "<=", 17, None, "万元"), (">=100 百分比", ">=", 100, None, "%"),
    ("<=18人", "<=", 18, None, "人"), ("<=250 万元", "<=", 250, None, "万元"),
    (">=100 分", ">=", 100, None, "分"), ("<=16.56 万元", "<=", 16.56, None, "万元"),
    # qualitative values
    ("是", Q, None, None, None), ("否", Q, None, None, None), ("达标", Q, None, None, None),
    ("显著提升", Q, None, None, None), ("有效提升", Q, None, None, None), ("优良", Q, None, None, None),
    ("逐步提高", Q, None, None, None), ("良好", Q, None, None, None), ("及时", Q, None, None, None),
    # seeds (Wuhan, Ezhou, Shenzhen, 高新区): every 4th distinct target cell, names dropped
    ("100%", "=", 100, None, "%"), ("25%", "=", 25, None, "%"),
    ("-22.87%", "=", -22.87, None, "%"), ("≤96.87%", "<=", 96.87, None, "%"),
    ("≤54.27%", "<=", 54.27, None, "%"), ("≤2.83%", "<=", 2.83, None, "%"),
    (r"$\leq 100\%$, $>98\%$", "range", 98, 100, "%"), ("≤ 0", "<=", 0, None, None),
    ("100套", "=", 100, None, "套"), ("20000", "=", 20000, None, None), ("98%", "=", 98, None, "%"),
    (r"\geq 5", ">=", 5, None, None), ("1993件", "=", 1993, None, "件"), ("240个", "=", 240, None, "个"),
    ("12", "=", 12, None, None), ("等于12", "=", 12, None, None), ("10376条", "=", 10376, None, "条"),
    ("等于4个", "=", 4, None, "个"), ("86", "=", 86, None, None), ("10次", "=", 10, None, "次"),
    ("4次", "=", 4, None, "次"), ("99%", "=", 99, None, "%"), ("30 个", "=", 30, None, "个"),
    ("6.00", "=", 6, None, None), ("38,314,700.00", "=", 38314700, None, None),
    ("6个", "=", 6, None, "个"), ("162,191,000.00", "=", 162191000, None, None),
    ("248次", "=", 248, None, "次"), ("20.00", "=", 20, None, None), ("9个", "=", 9, None, "个"),
    ("=0%", "=", 0, None, "%"), ("≥831 人", ">=", 831, None, "人"), ("≥831 套", ">=", 831, None, "套"),
    ("329 个", "=", 329, None, "个"), ("≤3%", "<=", 3, None, "%"), ("421 台", "=", 421, None, "台"),
    ("82 路", "=", 82, None, "路"), (r"$\geq 30\%$", ">=", 30, None, "%"),
    ("2105 人（以当年实际在编民警数为准）", "=", 2105, None, "人"), ("360 人次", "=", 360, None, "人次"),
    ("90 人", "=", 90, None, "人"), ("≥5项", ">=", 5, None, "项"), ("3713 个点位", "=", 3713, None, "个点位"),
    ("≥1%", ">=", 1, None, "%"), ("1073.856 万元。", "=", 1073.856, None, "万元"),
    (r"$\geq 86\%$", ">=", 86, None, "%"), (r"$\geq 50\%$", ">=", 50, None, "%"),
    ("40744 平方米", "=", 40744, None, "平方米"), ("3、13 人", "=", 13, None, "人"),
    ("144 人", "=", 144, None, "人"), ("≥60 次", ">=", 60, None, "次"), ("982个", "=", 982, None, "个"),
    ("≤10次", "<=", 10, None, "次"), ("85套", "=", 85, None, "套"), ("≥93%", ">=", 93, None, "%"),
    ("8 套", "=", 8, None, "套"), ("33 台", "=", 33, None, "台"), ("≥60%", ">=", 60, None, "%"),
    ("10 台", "=", 10, None, "台"), ("≥50%", ">=", 50, None, "%"), ("≥4 次", ">=", 4, None, "次"),
    ("≥150 条/月", ">=", 150, None, "条/月"), ("22 人", "=", 22, None, "人"), ("160 条", "=", 160, None, "条"),
    ("5 个会场", "=", 5, None, "个会场"), ("1300 台", "=", 1300, None, "台"), ("2%", "=", 2, None, "%"),
    ("15次", "=", 15, None, "次"), ("70 件", "=", 70, None, "件"), ("≥180 次", ">=", 180, None, "次"),
    ("60 门", "=", 60, None, "门"), ("135 宗", "=", 135, None, "宗"), ("达到 100%", ">=", 100, None, "%"),
    ("大于 80%", ">", 80, None, "%"), ("180 人", "=", 180, None, "人"), ("3 人", "=", 3, None, "人"),
    ("275 人", "=", 275, None, "人"), ("≥120 人", ">=", 120, None, "人"), ("40 人", "=", 40, None, "人"),
    ("≥20000 本", ">=", 20000, None, "本"), ("500 宗以上", ">=", 500, None, "宗"), ("20 个", "=", 20, None, "个"),
    ("≥75%", ">=", 75, None, "%"), ("1000 本以上", ">=", 1000, None, "本"), ("48 次以上", ">=", 48, None, "次"),
    ("2400 份以上", ">=", 2400, None, "份"), ("300 台", "=", 300, None, "台"), ("30000G", "=", 30000, None, "G"),
    ("1 台", "=", 1, None, "台"), ("406 套", "=", 406, None, "套"), ("16 个", "=", 16, None, "个"),
    ("≥3 宗", ">=", 3, None, "宗"), ("4 套", "=", 4, None, "套"), ("≥97%", ">=", 97, None, "%"),
    ("≥60 条", ">=", 60, None, "条"), ("335m ²", "=", 335, None, "m²"), ("2、≥98%；", ">=", 98, None, "%"),
    ("5 个", "=", 5, None, "个"), ("16 次", "=", 16, None, "次"), ("6 个", "=", 6, None, "个"),
    ("≥20%", ">=", 20, None, "%"), ("75%", "=", 75, None, "%"), ("13台", "=", 13, None, "台"),
    # more word forms seen in the seeds and cities
    ("不低于95%", ">=", 95, None, "%"), ("不少于12次", ">=", 12, None, "次"), ("不超过5个工作日", "<=", 5, None, "个工作日"),
    ("≤5个工作日", "<=", 5, None, "个工作日"), ("100%以上", ">=", 100, None, "%"), ("3天以内", "<=", 3, None, "天"),
    ("≥90分", ">=", 90, None, "分"), ("≤30天", "<=", 30, None, "天"), ("＜5%", "<", 5, None, "%"),
    ("≥1000户", ">=", 1000, None, "户"), ("≥500平方米", ">=", 500, None, "平方米"), ("24小时", "=", 24, None, "小时"),
    ("全年开展不少于4次培训", ">=", 4, None, "次"), ("组织不少于2场专题讲座", ">=", 2, None, "场"),
    ("办结率不低于95%", ">=", 95, None, "%"), ("群众满意率≥90%", ">=", 90, None, "%"),
    ("服务对象满意度95%", "=", 95, None, "%"),
    # the blind layouts (四川, 安徽, 云南): a verb before the number, a reference before it
    ("延长10年以上", ">=", 10, None, "年"), ("稳定在50%以上", ">=", 50, None, "%"),
    ("不低于当地低保标准的1.3倍", ">=", 1.3, None, "倍"),
    # blind3 (河北): a comparator, a verb, then the count
    ("至少开展4次", ">=", 4, None, "次"), ("不少于组织3场", ">=", 3, None, "场"),
    # must stay raw: no comparator marks which number is the target, or more than one target
    ("50人以上群体事件预警率", None, None, None, None), ("110投诉占110总警情比", None, None, None, None),
    ("至少登记1次，数据来源市局每月通报。", None, None, None, None),
    ("高于平均水平2个百分点", None, None, None, None), ("不低于上年5%", None, None, None, None),
    ("2个全景、4个人脸、4个车辆", None, None, None, None), ("2个派出所的维修完善", None, None, None, None),
    ("2019 年完成建设投入使用，全年按线索经营运行", None, None, None, None),
    ("2020 年全年", None, None, None, None), ("3. 2G 设备在线率", None, None, None, None),
    ("完成率100%", None, None, None, None), ("2020年底前完成", None, None, None, None),
    ("初任培训 2 次, 日常培训 1 次", None, None, None, None), ("2500/2000", None, None, None, None),
    ("11月底", None, None, None, None), ("—", None, None, None, None), ("", None, None, None, None),
]


def _right(raw, comparator, value, upper, unit) -> bool:
    t = parse_target(raw)
    if comparator is None:
        return not t.parsed and t.comparator is None and t.value is None
    return t.parsed and (t.comparator, t.value, t.upper, t.unit) == (comparator, value, upper, unit)


def test_gold_is_large_enough():
    assert len(GOLD) >= 150
    assert len({g[0] for g in GOLD}) == len(GOLD), "duplicate gold rows"


@pytest.mark.parametrize("raw, comparator, value, upper, unit", GOLD)
def test_gold_target(raw, comparator, value, upper, unit):
    t = parse_target(raw)
    assert _right(raw, comparator, value, upper, unit), (raw, t)
    assert t.raw == raw
    assert t.comparator is None or t.comparator in COMPARATORS


def test_gold_share():
    right = sum(_right(*g) for g in GOLD)
    assert right / len(GOLD) >= 0.95


@pytest.mark.parametrize("raw, text", [("定性 优良", "优良"), ("= 是", "是"), ("显著提升", "显著提升")])
def test_qualitative_text(raw, text):
    assert parse_target(raw).qualitative == text


# --------------------------------------------------------------------------- keys

MUST_MERGE = [
    ("命案破案率", "命案侦破率"),
    ("群众满意度", "服务对象满意度"),
    ("群众满意率", "群众满意度"),
    ("社会公众或服务对象满意度", "服务对象满意率"),
    ("1、命案破案率", "指标 2：命案侦破率"),
    ("指标1：资金执行率", "资金执行率"),
    ("（一）预算执行率", "预算执行率"),
    ("信访、投诉处理及时率", "信访投诉处理及时率"),
    ("信访投诉 处理及时率", "信访投诉处理及时率"),
    ("“三公”经费控制率", "三公经费控制率"),
    ("ＰＭ２.５浓度", "PM2.5浓度"),
    ("办件处理及时性", "办件处理及时率"),
    ("1、指标内容：队伍战斗力；", "队伍战斗力"),
]
MUST_STAY_APART = [
    # the corruptions: the key must not turn a name into another one
    ("党员群众满意度", "党员服务对象满意度"),
    ("党员群众满意度", "服务对象满意度"),
    ("居民依法、理性参与公众事务的能力增强", "居民依法、理性参与服务对象事务的能力增强"),
    ("寒托班、暑托班开设班级数", "寒托班、暑托班开设班数"),
    ("寒托班、暑托班开设班级数", "寒托班开设班级数"),
    ("命案破案率", "枪案破案率"),
    ("资产完好率", "资产利用率"),
    ("辖区居民满意度", "服务对象满意度"),
    ("上访群众满意度", "服务对象满意度"),
    ("临聘人员满意度", "服务对象满意度"),
    ("PM2.5浓度", "PM25浓度"),
    ("公众号发布篇数", "服务对象号发布篇数"),
    ("群众安全感", "服务对象安全感"),
    ("受理群众来信件数", "受理来信件数"),
    ("培训人次", "培训人数"),
]


@pytest.mark.parametrize("a, b", MUST_MERGE)
def test_key_merges(a, b):
    assert indicator_key(a) == indicator_key(b)


@pytest.mark.parametrize("a, b", MUST_STAY_APART)
def test_key_keeps_apart(a, b):
    assert indicator_key(a) != indicator_key(b)


@pytest.mark.parametrize(
    "name", ["党员群众满意度", "居民依法、理性参与公众事务的能力增强", "寒托班、暑托班开设班级数", "上访群众满意度"]
)
def test_key_keeps_every_content_character(name):
    # Outside the synonym list, the key is the printed name less spaces and punctuation.
    assert indicator_key(name) == name_form(name) == "".join(ch for ch in name if ch not in "、 ")


def test_keywords_follow_the_key():
    assert indicator_keywords("党员群众满意度") == ["党员", "群众", "满意度"]
    assert "服务对象" not in indicator_keywords("居民依法、理性参与公众事务的能力增强")
    assert indicator_keywords("群众的满意度") == ["服务对象", "满意度"]


# --------------------------------------------------------------------------- levels

@pytest.mark.parametrize(
    "raw, l1",
    [("产出指标（50分）", "output"), ("效益指标(30%)", "effect"), ("满意度指标（10分）", "satisfaction"),
     ("成本指标(20分)", "input"), ("1-产出指标", "output"), ("成本指标", "input")],
)
def test_level1_with_weight(raw, l1):
    assert level1(raw) == l1 and l1 in LEVEL1


@pytest.mark.parametrize(
    "raw, l2",
    [("数量指标（20分）", "quantity"), ("11-数量指标", "quantity"), ("经济成本指标(10分)", "cost"),
     ("服务对象满意度指标（10分）", "satisfaction"), ("社会效益指标(15%)", "social")],
)
def test_level2_with_weight(raw, l2):
    assert level2(raw) == l2 and l2 in LEVEL2


@pytest.mark.parametrize(
    "raw, label, weight",
    [("产出指标（50分）", "产出指标", 50.0), ("效益指标(30%)", "效益指标", 30.0), ("满意度指标 (10 分)", "满意度指标", 10.0),
     ("产出指标", "产出指标", None), ("(产出指标一)", "(产出指标一)", None), ("1-产出指标", "产出指标", None),
     ("11-数量指标", "数量指标", None), (None, None, None), ("", None, None)],
)
def test_split_weight(raw, label, weight):
    assert split_weight(raw) == (label, weight)


@pytest.mark.parametrize(
    "raw, comparator, value, unit",
    [("不高于10/10万", "<=", 10, "/10万"), ("≤17.8/10万", "<=", 17.8, "/10万"), ("5/千人", "=", 5, "/千人"),
     ("10/100", None, None, None)],
)
def test_rate_per_round_base_is_a_unit(raw, comparator, value, unit):
    # 孕产妇死亡率 不高于10/10万: a rate per 100,000 keeps its base as the unit; a bare
    # fraction (10/100) names no base and stays raw
    t = parse_target(raw)
    assert (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize(
    "raw, comparator, value, unit",
    [("≤5.8万元/平方公里", "<=", 5.8, "万元/平方公里"), ("≥120万元/平方公里", ">=", 120, "万元/平方公里"),
     ("≥20元/平方米", ">=", 20, "元/平方米"), ("≥30公斤/亩", ">=", 30, "公斤/亩"),
     ("≥1000人次/年", ">=", 1000, "人次/年"), ("不高于10/10万", "<=", 10, "/10万")],
)
def test_compound_unit_with_a_slash(raw, comparator, value, unit):
    # 单位面积治理成本 ≤5.8万元/平方公里: a unit per a unit (amount per area, per year) is read
    # whole however long its two halves; a rate per a round base keeps its own reading
    t = parse_target(raw)
    assert (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize(
    "raw, comparator, value, unit",
    [("确保100%", "=", 100, "%"), ("确保0起", "=", 0, "起"), ("确保不高于2起", "<=", 2, "起"),
     ("确保不低于98%", ">=", 98, "%"), ("力争达到95%", ">=", 95, "%"), ("确保控制在48小时以内", "<=", 48, "小时")],
)
def test_assurance_word_before_a_target(raw, comparator, value, unit):
    # 工程验收合格率 确保100%, 安全事故 确保0起: 确保/力争 (an assurance or an aim) before the
    # value adds no comparison; what follows it is the target
    t = parse_target(raw)
    assert (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize("raw", ["每季度末前", "每季度首月底前", "每月底前", "年底前完成", "每半年末前",
                                 "每学期结束前", "每学年末前", "季度结束前完成"])
def test_deadline_by_a_period_end_stays_raw(raw):
    # 补助资金发放时间 每季度末前: a deadline at a period's end (年底 / 季度末 / 月底 前), like
    # "2024年11月底前", has no comparator and is no qualitative phrase either
    t = parse_target(raw)
    assert not t.parsed and t.comparator is None and t.value is None


@pytest.mark.parametrize(
    "raw, comparator, value, unit",
    [("≤5吨/平方公里·月", "<=", 5, "吨/平方公里·月"), ("≤0.35千克标准煤/平方米·年", "<=", 0.35, "千克标准煤/平方米·年"),
     ("≥2.5万元/人·年", ">=", 2.5, "万元/人·年"), ("≤120千瓦·时/吨", "<=", 120, "千瓦·时/吨")],
)
def test_unit_per_a_product_of_units(raw, comparator, value, unit):
    # 城区降尘量 ≤5吨/平方公里·月: either half of a unit per a unit may be a product of
    # units joined by a middle dot (平方公里·月, 千瓦·时), read whole as one unit
    t = parse_target(raw)
    assert (t.comparator, t.value, t.unit) == (comparator, value, unit)


@pytest.mark.parametrize("raw", ["每季度末", "每月底", "年底完成", "每半年末"])
def test_period_end_without_qian_is_a_deadline_left_raw(raw):
    # 季度考核完成时间 每季度末: a period's end printed without 前 is the same deadline as
    # 每季度末前 — no comparator, no quality word
    t = parse_target(raw)
    assert not t.parsed and t.comparator is None and t.value is None and t.qualitative is None


@pytest.mark.parametrize(
    "raw, comparator, value, unit",
    [("稳定在8.6万亩以上", ">=", 8.6, "万亩"), ("维持在1.2万人以下", "<=", 1.2, "万人"),
     ("保持在3.5万吨以上", ">=", 3.5, "万吨"), ("稳定在95%以上", ">=", 95, "%")],
)
def test_keep_at_verb_before_a_bounded_quantity(raw, comparator, value, unit):
    # 粮食播种面积 稳定在8.6万亩以上: 稳定在 / 维持在 / 保持在 (keep at) say nothing of the
    # comparison; the quantity with its 以上 / 以下 is read as printed alone (≥ 8.6 万亩)
    t = parse_target(raw)
    assert (t.comparator, t.value, t.unit) == (comparator, value, unit)
