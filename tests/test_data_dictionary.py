"""docs/data-dictionary.md is generated from schemas/contract.py and kept current; every
column has a meaning, every enumerated column a vocabulary, and the vocabularies are the
values the normalizers write."""
from __future__ import annotations

from pathlib import Path

from cnbudget.datasets.dictionary import DEFAULT_PATH, render
from cnbudget.normalizers import budget_lines
from cnbudget.normalizers.validate import IDENTITY_CHECKS
from cnbudget.schemas import contract

ROOT = Path(__file__).resolve().parents[1]


def test_data_dictionary_is_current():
    path = ROOT / DEFAULT_PATH
    assert path.exists(), f"{DEFAULT_PATH} missing: run `cnbudget dictionary`"
    assert path.read_text(encoding="utf-8") == render(), \
        f"{DEFAULT_PATH} is stale: run `cnbudget dictionary` after changing schemas/contract.py"


def test_every_column_and_value_has_a_meaning():
    for name, schema in contract.DATASETS.items():
        assert contract.DATASET_DOCS[name]
        assert list(contract.COLUMN_DOCS[name]) == schema.names, name
        assert all(doc.strip() for doc in contract.COLUMN_DOCS[name].values()), name
        assert set(contract.REQUIRED[name]) <= set(schema.names)
    for (name, col), vocab in contract.ENUM_VOCABULARY.items():
        assert col in contract.DATASETS[name].names, (name, col)
        assert all(m.strip() for m in contract.VOCABULARIES[vocab].values()), vocab


def test_the_measure_vocabulary_is_what_budget_lines_writes():
    written = {mid for mid, _, _ in budget_lines.MEASURES}
    written |= {gid for gid, _ in budget_lines.GENERIC if gid != "subtotal"}  # 小计 alone reads as total
    written.add("other")  # a header nothing matches
    assert written == set(contract.MEASURES)


def test_the_rule_vocabulary_is_what_validate_writes():
    assert set(contract.RULES) == IDENTITY_CHECKS | {"required_tables", "amounts_parsed",
                                                      "indicator_targets_parsed"}


def test_dictionary_documents_every_dataset_column_and_vocabulary():
    text = render()
    for name, schema in contract.DATASETS.items():
        assert f"\n## {name}\n" in text
        for col in schema.names:
            assert f"\n| {col} | " in text, (name, col)
    for vocab, values in contract.VOCABULARIES.items():
        assert f"\n### {vocab}\n" in text
        for v in values:
            assert f"| `{v}` |" in text, (vocab, v)
