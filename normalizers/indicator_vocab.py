"""Reviewed vocabulary for performance indicators: units of target values and the
synonyms ``indicator_key`` may merge. Data only; the rules that use it are in
``normalizers/indicators.py``.

Every entry here is a whole name or a whole term that means the same indicator in
every form we have seen (the seeds, the Shanghai forms, the cities). A pair that only
*usually* means the same thing does not belong here: a key that merges two different
indicators is worse than no key. Add an entry only with a must-merge pair in
tests/test_targets.py, and check the must-stay-apart pairs still pass.
"""
from __future__ import annotations

# Units printed in words that mean a symbol: ">=100百分比" is ">= 100 %". 百分点
# (percentage points) is a different unit and is kept as printed.
UNIT_ALIASES: dict[str, str] = {
    "百分比": "%",
    "百分率": "%",
}

# Count and measure units that may be followed by the thing counted ("开展至少1次团体
# 心理治疗", "不低于50人次的个体心理咨询辅导"). Longest first where one is the start of
# another (人次 before 人, 万元 before 元 is not needed: 万 is not a unit alone).
COUNT_UNITS: tuple[str, ...] = (
    "万人次", "人次", "户次", "次", "个", "人", "名", "万元", "元", "天", "日", "小时", "分钟",
    "件", "户", "平方米", "米", "公里", "场", "项", "期", "篇", "家", "所", "份", "台",
    "套", "辆", "座", "处", "条", "批", "册", "本", "班", "课时", "学时", "周", "个月", "月",
    "年", "倍", "%",
)

# Markers printed in a 指标性质 / 指标值类型 column that the form reader joins into
# target_raw before the value ("定性 优良", "定量 ≥ 95 %"): they say how the value is
# read, not what it is.
KIND_MARKERS: tuple[str, ...] = ("定性", "定量")

# Whole-term synonyms at the end of a name: the measure word, printed two ways for
# the same measure. "命案侦破率" and "命案破案率" are the same rate.
TERM_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("满意率", "满意度"),
    ("侦破率", "破案率"),
    ("破获率", "破案率"),
    ("及时性", "及时率"),
)

# Whole-name synonyms (after the term synonyms): the standard satisfaction indicator
# of the 2018+ templates (服务对象满意度) printed with the group that is served. Only the
# whole name merges: "党员群众满意度" names a narrower group and keeps its own key.
# 辖区居民满意度 is not here: residents are not always the ones a department serves.
NAME_SYNONYMS: dict[str, str] = {
    name: "服务对象满意度"
    for name in (
        "社会公众或服务对象满意度",
        "社会公众满意度",
        "公众满意度",
        "群众满意度",
        "人民群众满意度",
        "受益群众满意度",
        "受益对象满意度",
    )
}
