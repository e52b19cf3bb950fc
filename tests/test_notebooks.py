"""The analyst notebooks (Jupytext percent scripts in notebooks/) run top to bottom on
published datasets, as a script runs every cell in order, and draw their figures."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from sample_outputs import publish_samples, write_sample_pdfs

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """One department's budgets of 2024 and 2025, targets of two departments in two cities."""
    root = tmp_path_factory.mktemp("notebooks")
    publish_samples(write_sample_pdfs(root / "pdfs"), root / "parquet", tampered=None)
    return root / "parquet"


def _run(notebook: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MPLBACKEND": "Agg"}  # no screen: figures are saved, not shown
    return subprocess.run([sys.executable, str(NOTEBOOKS / notebook), *args], capture_output=True, text=True,
                          env=env, timeout=300)


def _figures(folder: Path) -> list[Path]:
    found = sorted(folder.glob("*.png"))
    for f in found:
        with Image.open(f) as im:
            assert im.width > 300 and im.height > 150
    return found


def test_notebooks_are_percent_scripts_without_outputs():
    assert not list(NOTEBOOKS.glob("*.ipynb")), "outputs are not committed: keep notebooks as percent scripts"
    scripts = sorted(NOTEBOOKS.glob("*.py"))
    assert len(scripts) >= 3
    for s in scripts:
        assert s.read_text(encoding="utf-8").startswith("# %% [markdown]"), s.name


def test_department_budget_over_years(outputs, tmp_path):
    r = _run("department_budget_over_years.py", str(outputs), "--figures", str(tmp_path))
    assert r.returncode == 0, r.stderr[-3000:]
    assert "上海市普陀区示例局 (department), read in 2 year(s)" in r.stdout
    assert "2024 预算" in r.stdout and "2025 预算" in r.stdout
    assert [f.name for f in _figures(tmp_path)] == ["basic_and_project.png", "composition_by_class.png"]


def test_department_named_that_has_no_data_is_one_line(outputs, tmp_path):
    r = _run("department_budget_over_years.py", str(outputs), "--department", "没有的局")
    assert r.returncode == 1 and "Traceback" not in r.stderr and "没有的局" in r.stderr


def test_indicator_across_departments_and_cities(outputs, tmp_path):
    r = _run("indicator_across_departments.py", str(outputs), "--figures", str(tmp_path))
    assert r.returncode == 0, r.stderr[-3000:]
    assert "in 2 departments, 2 cities" in r.stdout
    assert "上海市普陀区" in r.stdout and "杭州市" in r.stdout
    assert _figures(tmp_path)


def test_budget_overview(outputs):
    r = _run("budget_overview.py", str(outputs))
    assert r.returncode == 0, r.stderr[-3000:]
