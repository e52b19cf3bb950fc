"""The corpus benchmark's own helpers: column-number rows and the hand-read TSV files."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_corpus.py"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_corpus", _PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_corpus"] = mod  # dataclasses look their module up there
    try:
        spec.loader.exec_module(mod)
        yield mod
    finally:
        sys.modules.pop("eval_corpus", None)


@pytest.mark.parametrize("texts", [
    ["栏次", "1", "2", "3"],
    ["**", "1", "2", "3", "4", "5"],
    ["**", "**", "1", "2"],
    ["**", "1"],
    ["行次", ""],
    ["甲", "乙", "1", "2", "3"],
    ["", "1", "2", "3"],
    ["项目", "", "1", "2", "3=4+5", "4", "5"][2:],
    ["＊＊", "１", "２", "３"],
])
def test_column_number_rows(ev, texts):
    assert ev.is_column_number_row(texts)


@pytest.mark.parametrize("texts", [
    [],
    ["", ""],
    ["合计", "1", "2", "3"],              # a label: an amount row
    ["1", "3", "5"],                      # not a run of column numbers
    ["1", "2"],                           # too short without a marker
    ["201", "一般公共服务支出", "3.00"],
    ["14.93", "0.00", "9.03"],
])
def test_not_column_number_rows(ev, texts):
    assert not ev.is_column_number_row(texts)


def test_labels_tsv_empty_means_null(ev, tmp_path):
    (tmp_path / "labels.tsv").write_text(
        "file_name\tdepartment\tregion\tfiscal_year\tdoc_type\tbudget_scope\n"
        "a.pdf\tX局\t\t2026\tbudget\t\n", encoding="utf-8")
    want, src = ev.expected_metadata(tmp_path)
    assert src == "labels.tsv"
    assert want == {"a.pdf": ("X局", None, 2026, "budget", None)}


def test_expected_dict_without_labels(ev, tmp_path):
    name = next(iter(ev.EXPECTED))
    (tmp_path / name).write_bytes(b"%PDF-")
    want, src = ev.expected_metadata(tmp_path)
    assert want == {name: ev.EXPECTED[name]} and "EXPECTED" in src


def test_kinds_tsv(ev, tmp_path):
    assert ev.hand_kinds(tmp_path) is None
    (tmp_path / "kinds.tsv").write_text(
        "file_name\tpage\ttable_kind\ttitle\tnote\n"
        "a.pdf\t15\tincome\t收入预算总表\t\n"
        "a.pdf\t15\texpenditure\t支出预算总表\t\n", encoding="utf-8")
    rows = ev.hand_kinds(tmp_path)
    assert [(r["page"], r["table_kind"]) for r in rows] == [(15, "income"), (15, "expenditure")]
