"""Orchestration: the CLI and the flows that wire extractors, normalizers and publishing."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cnbudget")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
