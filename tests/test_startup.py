"""Start-up (issue 13): the command line imports what each command needs and nothing more;
pandas only where a DataFrame is needed; jieba's dictionary once per process and only
when indicators exist; one extraction worker forked from the process that already
imported the pipeline when that is safe.

Every check runs in a fresh interpreter (a subprocess), so that what it imports is its
own. Nothing here is timed: benchmarks/bench_startup.py measures the times.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

# What `cnbudget --help` must not load: each costs 50 ms to 0.7 s of start-up.
HEAVY = ("pydantic", "pandas", "pyarrow", "duckdb", "pdfplumber", "pdfminer", "pypdfium2", "numpy", "jieba",
         "prefect", "rich", "cv2", "onnxruntime", "importlib.metadata")


def run_python(code: str, timeout: float = 300) -> dict:
    """Run code in a fresh interpreter; it prints one JSON object last, returned."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_importing_the_cli_loads_nothing_heavy():
    out = run_python(f"""
        import json, sys
        import cnbudget.flows.cli
        print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))
    """)
    assert out == []


def test_help_version_and_every_commands_help_load_nothing_heavy():
    out = run_python(f"""
        import contextlib, io, json, sys
        from cnbudget.flows.cli import main

        codes, shown = {{}}, {{}}
        runs = [["--help"], ["--version"]] + [[name, "--help"] for name in sorted(main.commands)]
        for args in runs:
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                try:
                    main(args, prog_name="cnbudget")
                except SystemExit as e:
                    codes[" ".join(args)] = e.code
            shown[" ".join(args)] = buf.getvalue()
        loaded = sorted(m for m in {HEAVY!r} if m in sys.modules)
        print(json.dumps({{"codes": codes, "shown": shown, "loaded": loaded}}))
    """)
    assert len(out["codes"]) >= 10 and set(out["codes"].values()) == {0}, out["codes"]
    assert "Usage: cnbudget extract" in out["shown"]["extract --help"]
    from cnbudget.extractors.strategy_names import DEFAULT_TEXT_STRATEGY

    assert f"[default: {DEFAULT_TEXT_STRATEGY}]" in " ".join(out["shown"]["extract --help"].split())
    assert out["loaded"] == [], f"`--help` loaded {out['loaded']}"


def test_version_is_the_installed_distributions():
    from importlib.metadata import PackageNotFoundError, version

    from cnbudget.flows import __version__

    try:
        installed = version("cnbudget")
    except PackageNotFoundError:
        pytest.skip("cnbudget is not installed")
    assert __version__ == installed


def test_the_command_line_offers_the_settings_strategies():
    from cnbudget.extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
    from cnbudget.extractors.strategy_names import DEFAULT_TEXT_STRATEGY, TEXT_STRATEGIES

    assert DEFAULT_SETTINGS.strategy == DEFAULT_TEXT_STRATEGY
    assert set(ExtractionSettings.model_fields["strategy"].annotation.__args__) == set(TEXT_STRATEGIES)


def test_publishing_does_not_load_pandas_and_pandas_still_works_after(tmp_path):
    out = run_python(f"""
        import json, sys
        from cnbudget.flows.publish import publish
        from cnbudget.schemas.contract import to_table

        doc_id = "ab" * 32
        publish({str(tmp_path)!r}, doc_id, {{"documents": [{{"doc_id": doc_id, "file_name": "a.pdf", "status": "ok"}}]}})
        after_publish = "pandas" in sys.modules
        frame = to_table("documents", [{{"doc_id": doc_id, "file_name": "a.pdf", "status": "ok"}}]).to_pandas()
        print(json.dumps({{"after_publish": after_publish, "rows": len(frame), "frame": type(frame).__name__}}))
    """)
    assert out == {"after_publish": False, "rows": 1, "frame": "DataFrame"}


def test_jieba_loads_only_for_documents_with_indicators(tmp_path):
    out = run_python(f"""
        import json, sys
        from pathlib import Path
        from cnbudget.demo.budgets import make_budget_pdf
        from cnbudget.demo.performance import make_performance_targets_pdf
        from cnbudget.flows.pipeline import _Job, extract_and_normalize
        from cnbudget.extractors.settings import DEFAULT_SETTINGS

        seen = {{}}
        for name, make in (("budget", make_budget_pdf), ("targets", make_performance_targets_pdf)):
            path = Path({str(tmp_path)!r}) / (name + ".pdf")
            make(path)
            doc, rows = extract_and_normalize(_Job(path, name * 4), DEFAULT_SETTINGS)
            seen[name] = [len(rows.get("indicators", [])), "jieba" in sys.modules]
        print(json.dumps(seen))
    """)
    assert out["budget"] == [0, False]
    assert out["targets"][0] > 0 and out["targets"][1] is True


def test_jieba_dictionary_is_loaded_once_per_process():
    out = run_python("""
        import json
        import jieba

        from cnbudget.normalizers import segmenter

        # the word table comes from jieba's own load, or from cnbudget's cache of it
        loads = []
        initialize = jieba.Tokenizer.initialize
        def counted(self, *a, **k):
            if not self.initialized:
                loads.append(id(self))
            return initialize(self, *a, **k)
        jieba.Tokenizer.initialize = counted
        read_cache = segmenter._read_cache
        def counted_read(path):
            found = read_cache(path)
            if found is not None:
                loads.append(path)
            return found
        segmenter._read_cache = counted_read

        from cnbudget.extractors.metadata import _is_place_name
        from cnbudget.normalizers.indicators import indicator_keywords

        words = indicator_keywords("1、信访投诉处理及时率")
        place = _is_place_name("苏州市")
        words2 = indicator_keywords("服务对象满意度")
        print(json.dumps({"loads": len(loads), "words": words, "words2": words2, "place": place,
                          "leaked": jieba.dt.FREQ.get("及时率")}))
    """)
    assert out["loads"] == 1
    assert out["words"] == ["信访", "投诉", "处理", "及时率"] and out["words2"] == ["服务对象", "满意度"]
    assert out["place"] is True
    assert out["leaked"] is None  # the words indicators add stay in their own tokenizer


def test_workers_fork_from_a_single_threaded_parent_and_from_the_forkserver_otherwise():
    out = run_python("""
        import json, os, threading
        import multiprocessing.forkserver as fs
        from cnbudget.extractors.settings import DEFAULT_SETTINGS
        from cnbudget.flows.supervise import Supervisor

        def server():
            return fs._forkserver._forkserver_pid is not None

        seen = {}
        with Supervisor(1, DEFAULT_SETTINGS.limits) as sup:
            seen["single"] = [sup.result(sup.submit(os.getppid)) == os.getpid(), server()]
        stop = threading.Event()
        busy = threading.Thread(target=stop.wait)  # a progress bar's thread, say
        busy.start()
        try:
            with Supervisor(1, DEFAULT_SETTINGS.limits) as sup:
                seen["threaded"] = [sup.result(sup.submit(os.getppid)) == os.getpid(), server()]
        finally:
            stop.set()
        print(json.dumps(seen))
    """)
    assert out["single"] == [True, False]  # forked from here: no forkserver started
    assert out["threaded"] == [False, True]  # a child of the forkserver


def test_extract_of_one_document_loads_no_dataframe_database_or_prefect(tmp_path):
    out = run_python(f"""
        import json, sys
        from pathlib import Path
        from cnbudget.demo.budgets import make_budget_pdf
        from cnbudget.flows.cli import main

        pdf = Path({str(tmp_path)!r}) / "budget.pdf"
        make_budget_pdf(pdf, n_function_rows=8)
        try:
            main(["extract", str(pdf), "--out", str(pdf.parent / "out"), "--quiet"], prog_name="cnbudget")
        except SystemExit as e:
            code = e.code
        loaded = sorted(m for m in ("pandas", "duckdb", "pyarrow.compute", "jieba", "prefect", "cv2", "onnxruntime")
                        if m in sys.modules)
        print(json.dumps({{"code": code, "loaded": loaded}}))
    """)
    assert out == {"code": 0, "loaded": []}
