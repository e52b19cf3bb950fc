"""The names of the text-layer page strategies and the default one, without pydantic.

The command line offers them in `--strategy` and its help (flows/cli.py), which must not
import the settings models to print `cnbudget --help`; ``ExtractionSettings.strategy``
(extractors/settings.py) takes its choices and default from here, and
extractors/strategies.py registers a class under each name.
"""

TEXT_STRATEGIES = ("pdfplumber", "pdfium", "camelot")
# pdfium: the same tables, cells and rows as pdfplumber on every corpus document
# (benchmarks/compare_backends.py) at a fraction of the CPU; pdfplumber is the reference.
DEFAULT_TEXT_STRATEGY = "pdfium"
