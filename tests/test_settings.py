"""The one settings object: documented defaults, validation with readable errors, files,
and the CLI options that reach every entry point."""
from __future__ import annotations

import pickle
import typing

import pytest
from click.testing import CliRunner

from cnbudget.extractors import strategies
from cnbudget.extractors.settings import (DEFAULT_SETTINGS, TEXT_STRATEGIES, ExtractionSettings, OcrSettings,
                                          SettingsError, load_settings)
from cnbudget.flows.cli import main


def _models(model=ExtractionSettings):
    yield model
    for f in model.model_fields.values():
        if isinstance(f.annotation, type) and issubclass(f.annotation, type(DEFAULT_SETTINGS).__mro__[1]):
            yield from _models(f.annotation)


def test_every_setting_is_documented():
    for model in _models():
        for name, f in model.model_fields.items():
            assert f.description and len(f.description) > 10, f"{model.__name__}.{name} has no description"


def test_ocr_settings_are_nested_in_the_one_settings_object():
    assert isinstance(DEFAULT_SETTINGS.ocr, OcrSettings)
    assert DEFAULT_SETTINGS.ocr.dpi == 200 and DEFAULT_SETTINGS.ocr.grid.h_rule_min_pt == 30.0
    assert DEFAULT_SETTINGS.routing.scan_image_cover == 0.5


def test_bad_values_give_one_readable_line_naming_each_field():
    with pytest.raises(SettingsError) as e:
        load_settings(None, strategy="lattice", ocr={"dpi": 10, "grid": {"border_drawn": 2}}, nonsense=1)
    msg = str(e.value)
    assert "strategy: Input should be 'pdfplumber', 'pdfium' or 'camelot' (got 'lattice')" in msg
    assert "ocr.dpi: Input should be greater than or equal to 72 (got 10)" in msg
    assert "ocr.grid.border_drawn:" in msg and "nonsense: unknown setting" in msg
    assert "\n" not in msg


def test_settings_files_yaml_and_json(tmp_path):
    y = tmp_path / "s.yaml"
    y.write_text("strategy: camelot\nocr:\n  dpi: 300\n  workers: 2\n", encoding="utf-8")
    s = load_settings(y)
    assert (s.strategy, s.ocr.dpi, s.ocr.workers, s.ocr.rec_batch) == ("camelot", 300, 2, 6)  # rec_batch: the default
    j = tmp_path / "s.json"
    j.write_text('{"routing": {"garbage_share": 0.5}}', encoding="utf-8")
    assert load_settings(j).routing.garbage_share == 0.5
    assert load_settings(y, strategy="pdfplumber").strategy == "pdfplumber"  # an option beats the file
    (tmp_path / "bad.yaml").write_text("ocr: [1, 2", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid"):
        load_settings(tmp_path / "bad.yaml")
    (tmp_path / "list.yaml").write_text("- 1\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="mapping"):
        load_settings(tmp_path / "list.yaml")
    with pytest.raises(SettingsError, match="cannot read"):
        load_settings(tmp_path / "missing.yaml")


def test_settings_are_frozen_picklable_and_copied_with_validation():
    s = DEFAULT_SETTINGS.with_(ocr={"dpi": 300})
    assert s.ocr.dpi == 300 and s.ocr.workers == DEFAULT_SETTINGS.ocr.workers and DEFAULT_SETTINGS.ocr.dpi == 200
    assert pickle.loads(pickle.dumps(s)) == s
    with pytest.raises(Exception):
        s.strategy = "camelot"  # frozen
    with pytest.raises(SettingsError):
        s.with_(ocr={"dpi": 5})
    assert s.model_dump(exclude_defaults=True) == {"ocr": {"dpi": 300}}


def test_text_strategies_match_the_registry():
    text = {n for n, cls in strategies.STRATEGIES.items() if cls.method == "text"}
    assert text == set(TEXT_STRATEGIES)
    assert set(typing.get_args(ExtractionSettings.model_fields["strategy"].annotation)) == text
    assert strategies.STRATEGIES["ocr"].method == "ocr"


@pytest.mark.parametrize("command", [["extract", "x.pdf"], ["ingest", "x.pdf"], ["harvest", "--sources", "s.yaml"],
                                     ["serve", "--sources", "s.yaml"]])
def test_every_entry_point_takes_settings_and_rejects_bad_ones_readably(tmp_path, command):
    bad = tmp_path / "bad.yaml"
    bad.write_text("ocr:\n  dpi: 5\n", encoding="utf-8")
    r = CliRunner().invoke(main, command + ["--settings", str(bad)])
    assert r.exit_code == 2, r.output
    assert "ocr.dpi: Input should be greater than or equal to 72 (got 5)" in r.output
    assert "Traceback" not in r.output
    r = CliRunner().invoke(main, command + ["--help"])
    assert "--settings" in r.output and "--strategy" in r.output
