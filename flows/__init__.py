"""Orchestration: the CLI and the flows that wire extractors, normalizers and publishing."""

# The one place the version is written: pyproject.toml reads it from here (a constant,
# so that `cnbudget --version` and every import of it cost no importlib.metadata lookup).
__version__ = "0.1.0"
