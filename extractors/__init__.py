"""PDF -> typed tables. Plain functions over plain data: no orchestration in here."""
