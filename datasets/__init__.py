"""Reading the published datasets: DuckDB views (``views``), queries (``query``), exports
(``export``), one table as printed (``table_grid``) and the data dictionary
(``dictionary``). Plain functions over an output root; the CLI commands are in
``cnbudget.flows.cli_data``."""
