"""jieba over cnbudget's word table (normalizers/segmenter.py): the same words as jieba
over its own dict, from a cache that loads in a fraction of the time."""
from __future__ import annotations

import os

import pytest

from cnbudget.normalizers import segmenter
from cnbudget.normalizers.segmenter import WordCounts, _read_cache, _write_cache

TABLE = {"满": 0, "满意": 120, "满意度": 30, "服": 0, "服务": 900, "服务对象": 12, "度": 50}


def test_word_counts_answer_as_the_dict_does():
    counts = WordCounts.of(TABLE)
    for key in list(TABLE) + ["", "满意度高", "象", "服务对"]:
        assert (key in counts) == (key in TABLE), key
        assert counts.get(key) == TABLE.get(key) and counts.get(key, -1) == TABLE.get(key, -1)
        if key in TABLE:
            assert counts[key] == TABLE[key]
        else:
            with pytest.raises(KeyError):
                counts[key]


def test_words_added_to_a_copy_stay_in_that_copy():
    base = WordCounts.of(TABLE)
    mine = base.own_copy()
    mine["破案率"], mine["破"] = 5, 0
    mine["满意"] = 7
    assert mine["破案率"] == 5 and mine["满意"] == 7 and "破" in mine
    assert "破案率" not in base and base["满意"] == 120 and "破案率" not in base.own_copy()


def test_cache_round_trip_and_a_damaged_cache_is_not_read(tmp_path):
    path = str(tmp_path / "words.cache")
    _write_cache(path, WordCounts.of(TABLE), 1062)
    table, total = _read_cache(path)
    assert total == 1062 and all(table[k] == v for k, v in TABLE.items()) and "象" not in table
    data = open(path, "rb").read()
    open(path, "wb").write(data[:-8])  # a count cut off
    assert _read_cache(path) is None
    open(path, "wb").write(b"something else\n")
    assert _read_cache(path) is None
    os.remove(path)
    assert _read_cache(path) is None


def test_segmentation_is_jiebas_own():
    """The tokenizer over the word table cuts every text as jieba's tokenizer over its
    own dict does (with and without the HMM), the indicator words added included."""
    jieba = pytest.importorskip("jieba")
    from cnbudget.normalizers.indicators import _USER_WORDS

    ours = segmenter.tokenizer(_USER_WORDS)
    assert isinstance(ours.FREQ, WordCounts)
    ref = jieba.Tokenizer()
    ref.check_initialized()  # jieba's dict, as jieba loads it
    for word in _USER_WORDS:
        ref.add_word(word)
    assert ours.total == ref.total
    texts = ["群众满意度", "服务对象满意度不低于95%", "案件按时办结率", "1、信访、投诉处理及时率", "PM2.5年均浓度",
             "社区矫正对象再犯罪率控制在0.2%以内", "公共法律服务实体平台覆盖率", "完成全年审计项目计划", "群众的满意度",
             "上海市普陀区司法局2025年部门预算", "一般公共预算财政拨款支出决算表（按功能分类科目）",
             "道路运输安全生产事故发生率下降", "科技型中小企业评价入库数量≥2000家"]
    for text in texts:
        for hmm in (False, True):
            assert ours.lcut(text, HMM=hmm) == ref.lcut(text, HMM=hmm), text
    from jieba import posseg

    for text in ("上海市普陀区", "湖州市卫生健康委员会"):
        assert segmenter.tag_words(text) == [(p.word, p.flag) for p in posseg.POSTokenizer(ref).cut(text)]
