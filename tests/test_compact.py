"""Compaction (issue 12): per-document files folded into few large files per dataset and
fiscal year without changing a row, a compacted document published again replaced in
place, a compaction stopped at any step leaving the same rows, and one writer at a time."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from cnbudget.datasets import layout
from cnbudget.datasets.compact import compact, compact_after_run
from cnbudget.datasets.layout import COMPACTED_DIR, JOURNAL_DIR, PER_DOCUMENT
from cnbudget.datasets.views import connect
from cnbudget.demo.replicate import load_templates, replica, replica_id
from cnbudget.demo.samples import write_sample_set
from cnbudget.extractors.settings import DEFAULT_SETTINGS
from cnbudget.flows.cli import main
from cnbudget.flows.datadir import DataDirLocked
from cnbudget.flows.pipeline import extract_to_parquet
from cnbudget.flows.publish import publish
from cnbudget.schemas.contract import CLUSTER_BY


def _rows(con_or_root, name: str) -> list[tuple]:
    """Every row of a dataset, sorted: equal lists are equal multisets of rows."""
    con = con_or_root if isinstance(con_or_root, duckdb.DuckDBPyConnection) else connect(con_or_root)
    return con.execute(f'SELECT * FROM "{name}" ORDER BY ALL').fetchall()


def snapshot(root: Path) -> dict[str, list[tuple]]:
    con = connect(root)
    return {name: _rows(con, name) for name in PER_DOCUMENT}


def raw_snapshot(root: Path) -> dict[str, list[tuple]]:
    """The rows through the contract's own read expression (no cnbudget code)."""
    con = duckdb.connect()
    return {name: con.execute(f"SELECT * FROM read_parquet('{root}/{name}/**/*.parquet', hive_partitioning=true, "
                              f"union_by_name=true) ORDER BY ALL").fetchall() for name in PER_DOCUMENT}


def arrow_types(root: Path) -> dict[str, set[tuple[str, str, bool]]]:
    """(column, Arrow type, nullable) of every file of every dataset, as pyarrow reads them."""
    return {name: {(f.name, str(f.type), f.nullable) for p in (root / name).rglob("*.parquet")
                   for f in pq.read_schema(p)} for name in PER_DOCUMENT}


def leftovers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp") or p.parent.name == JOURNAL_DIR]


def own_files(root: Path) -> int:
    return sum(len(layout.document_files(root, name)) for name in PER_DOCUMENT)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The generated samples extracted: one file per document and dataset, 6 documents."""
    inbox = tmp_path_factory.mktemp("samples")
    write_sample_set(inbox)
    out = tmp_path_factory.mktemp("extracted") / "parquet"
    extract_to_parquet([inbox], out, workers=1)
    return out


@pytest.fixture(scope="module")
def samples(extracted, tmp_path_factory):
    """The extracted samples plus replicas of them over three more fiscal years and
    departments: 24 documents."""
    out = tmp_path_factory.mktemp("replicated") / "parquet"
    shutil.copytree(extracted, out)
    templates = load_templates(out)
    for n in range(18):
        rows = replica(templates[n % len(templates)], replica_id(n), f"上海市普陀区示例局{n % 4}", 2021 + n % 3)
        publish(out, replica_id(n), {name: t.to_pylist() for name, t in rows.items()})
    return out


@pytest.fixture
def out(samples, tmp_path):
    dest = tmp_path / "parquet"
    shutil.copytree(samples, dest)
    return dest


def test_compaction_changes_no_row_and_no_type(out):
    before, raw_before, types_before = snapshot(out), raw_snapshot(out), arrow_types(out)
    report = compact(out, documents_per_file=4)
    assert report.documents == 24 and own_files(out) == 0 and not leftovers(out)
    assert snapshot(out) == before and raw_snapshot(out) == raw_before == before
    types_after = arrow_types(out)
    for name in PER_DOCUMENT:
        assert types_after[name] <= types_before[name], name  # same types, every column nullable
    # few files, by fiscal year: every group holds one year's documents
    groups = layout.group_files(out, "documents")
    assert len(groups) == len(report.groups) < 24 / 2
    for group, path in groups.items():
        year, _ = layout.parse_group(group)
        assert set(pq.read_table(path, columns=["fiscal_year"]).column(0).to_pylist()) == {year}
        assert pq.read_metadata(path).num_rows <= 4


def test_compacting_again_tops_up_groups_and_changes_nothing_else(out):
    compact(out, documents_per_file=4)
    before = snapshot(out)
    assert compact(out, documents_per_file=4).documents == 0 and snapshot(out) == before
    templates = load_templates(out)
    for n in range(100, 105):  # five more documents of a year that has a group not full
        rows = replica(templates[0], replica_id(n), "上海市普陀区新局", 2021)
        publish(out, replica_id(n), {name: t.to_pylist() for name, t in rows.items()})
    expected = snapshot(out)
    report = compact(out, documents_per_file=4)
    assert report.documents == 5 and snapshot(out) == expected and own_files(out) == 0
    sizes = [pq.read_metadata(p).num_rows for g, p in layout.group_files(out, "documents").items()
             if g.startswith("fy2021-")]
    assert sum(sizes) == 6 + 5 and max(sizes) <= 4


def test_a_compacted_document_published_again_is_replaced_in_its_group(out):
    compact(out, documents_per_file=4)
    doc_id = replica_id(3)
    group = layout.grouped_documents(out)[doc_id]
    before = raw_snapshot(out)
    rows = {name: t.to_pylist() for name, t in replica(load_templates(out)[1], doc_id, "上海市普陀区改名局", 2022).items()}
    rows["cells"] = rows["cells"][:5]
    rows.pop("budget_lines", None)
    publish(out, doc_id, rows)
    after = raw_snapshot(out)  # the contract's glob: right at once, no compaction needed
    assert not list(out.rglob(f"{doc_id}.parquet")) and layout.grouped_documents(out)[doc_id] == group
    for name in PER_DOCUMENT:
        idx = [d[0] for d in duckdb.connect().execute(f"SELECT * FROM read_parquet('{out}/{name}/**/*.parquet', "
                                                      "union_by_name=true) LIMIT 0").description].index("doc_id")
        mine = [r for r in after[name] if r[idx] == doc_id]
        others = [r for r in after[name] if r[idx] != doc_id]
        assert others == [r for r in before[name] if r[idx] != doc_id], name
        assert len(mine) == len(rows.get(name, [])), name
    # published again with the same rows: nothing doubles
    publish(out, doc_id, rows)
    assert raw_snapshot(out) == after and snapshot(out) == after


def _cluster_keys(path: Path, keys: tuple[str, ...]) -> list[tuple]:
    """The cluster key values of a file's rows, in file order (None sorts first)."""
    t = pq.read_table(path, columns=list(keys))
    return [tuple((v is not None, v or "") for v in row) for row in zip(*(t.column(k).to_pylist() for k in keys))]


def test_budget_lines_groups_are_ordered_for_filters_also_after_a_republish(out):
    keys = CLUSTER_BY["budget_lines"]
    compact(out, documents_per_file=4, row_group_rows=64)
    files = layout.group_files(out, "budget_lines")
    assert files
    for path in files.values():
        found = _cluster_keys(path, keys)
        assert found == sorted(found), path.name
        meta = pq.read_metadata(path)
        assert meta.num_row_groups > 1 and all(meta.row_group(i).num_rows <= 64 for i in range(meta.num_row_groups))
    # a query filtering on the leading keys reads few of a file's row groups: their min/max tell
    path = max(files.values(), key=lambda p: pq.read_metadata(p).num_row_groups)
    meta = pq.read_metadata(path)
    column = meta.schema.to_arrow_schema().get_field_index("measure")
    ranges = [(meta.row_group(i).column(column).statistics.min, meta.row_group(i).column(column).statistics.max)
              for i in range(meta.num_row_groups)]
    assert sum(1 for lo, hi in ranges if lo <= "total" <= hi) < len(ranges) / 2
    # a document published again: its group file stays ordered
    doc_id = replica_id(5)
    group = layout.grouped_documents(out)[doc_id]
    rows = {name: t.to_pylist() for name, t in replica(load_templates(out)[2], doc_id, "上海市普陀区改名局", 2023).items()}
    publish(out, doc_id, rows)
    found = _cluster_keys(layout.group_file(out, "budget_lines", group), keys)
    assert found == sorted(found)


def test_a_compaction_that_fails_writing_leaves_the_same_rows_and_no_temporary_file(out, monkeypatch):
    """A write fails in a worker thread while others are under way (a full disk): the
    compaction raises, the groups swapped in before stay, the others' temporary files go."""
    from cnbudget.datasets import compact as compact_module

    before = snapshot(out)
    write, calls = compact_module.write_group_file, []

    def failing(con, dataset, paths, dest, *args):
        calls.append(dest)
        if len(calls) == 12:
            raise OSError(28, "No space left on device")
        write(con, dataset, paths, dest, *args)

    monkeypatch.setattr(compact_module, "write_group_file", failing)
    with pytest.raises(OSError, match="No space left"):
        compact(out, documents_per_file=3, writers=3)
    assert not leftovers(out) and snapshot(out) == before and raw_snapshot(out) == before
    assert 0 < own_files(out)  # some groups were not folded
    monkeypatch.setattr(compact_module, "write_group_file", write)
    compact(out, documents_per_file=3)
    assert snapshot(out) == before and own_files(out) == 0 and not leftovers(out)


def _steps(out: Path, per_file: int) -> list[tuple[str, str]]:
    seen = []
    compact(out, documents_per_file=per_file, step=lambda what, path: seen.append((what, path)))
    return seen


def _stops(steps: list[tuple[str, str]]) -> list[int]:
    """Where to stop a compaction: in every group, at its first and last file written, its
    journal, its first and last rename, and its first, middle and last removal (a stop
    between two steps of a kind leaves the same state as any other stop between them)."""
    stops, runs = set(), []
    for i, (what, _) in enumerate(steps):
        if runs and runs[-1][0] == what:
            runs[-1][1].append(i)
        else:
            runs.append((what, [i]))
    for _, idx in runs:
        stops.update({idx[0], idx[len(idx) // 2], idx[-1]})
    return sorted(stops)


class Stop(BaseException):
    """What a crash looks like to the code: nothing after it runs."""


def test_a_compaction_stopped_at_any_step_leaves_the_same_rows(extracted, tmp_path):
    before = snapshot(extracted)
    probe = tmp_path / "probe"
    shutil.copytree(extracted, probe)
    steps = _steps(probe, 3)
    assert {what for what, _ in steps} == {"write", "journal", "rename", "remove"}
    assert sum(1 for what, _ in steps if what == "journal") >= 3  # several groups
    for k in _stops(steps):
        case = tmp_path / f"case{k}"
        shutil.copytree(extracted, case)

        def stop(what, path, n=[0]):
            n[0] += 1
            if n[0] > k:
                raise Stop()

        with pytest.raises(Stop):
            compact(case, documents_per_file=3, step=stop)
        assert snapshot(case) == before, f"read after a stop at step {k}: {steps[k]}"
        assert raw_snapshot(case) == before, k  # the read finished what the journal said
        compact(case, documents_per_file=3)
        assert snapshot(case) == before and own_files(case) == 0 and not leftovers(case), k
        shutil.rmtree(case)


KILLER = textwrap.dedent("""
    import os, signal, sys
    from cnbudget.datasets.compact import compact
    at, seen = int(sys.argv[2]), [0]
    def step(what, path):
        seen[0] += 1
        if seen[0] > at:
            os.kill(os.getpid(), signal.SIGKILL)
    compact(sys.argv[1], documents_per_file=3, step=step)
""")


def test_a_compaction_killed_at_each_kind_of_step_leaves_the_same_rows(extracted, tmp_path):
    out = extracted
    before = snapshot(out)
    probe = tmp_path / "probe"
    shutil.copytree(out, probe)
    steps = _steps(probe, 3)
    first = {}
    for i, (what, _) in enumerate(steps):
        first.setdefault(what, i)
    # killed while writing, right after the journal, between renames, between removals
    for k in sorted({first["write"] + 1, first["journal"] + 1, first["rename"] + 1, first["remove"] + 3}):
        case = tmp_path / f"kill{k}"
        shutil.copytree(out, case)
        r = subprocess.run([sys.executable, "-c", KILLER, str(case), str(k)], capture_output=True, text=True)
        assert r.returncode == -signal.SIGKILL, r.stderr
        assert snapshot(case) == before, f"killed at step {k}: {steps[k]}"
        compact(case, documents_per_file=3)
        assert snapshot(case) == before and own_files(case) == 0 and not leftovers(case)


HOLDER = textwrap.dedent("""
    import sys, time
    from cnbudget.datasets.layout import writing
    with writing(sys.argv[1], "test", 0):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
""")


def test_a_compaction_and_a_publish_never_interleave(out):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(out), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DataDirLocked, match="in use by another cnbudget process"):
            compact(out, wait_seconds=0.2)
        rows = {name: t.to_pylist() for name, t in replica(load_templates(out)[0], "e" * 64, None, 2020).items()}
        with pytest.raises(DataDirLocked):
            publish(out, "e" * 64, rows, lock_wait_seconds=0.2)
        assert not list(out.rglob("e" * 64 + ".parquet"))
        r = CliRunner().invoke(main, ["compact", "--data", str(out), "--wait", "0"])
        assert r.exit_code == 4 and "in use" in r.stderr
    finally:
        holder.kill()
        holder.wait()
    publish(out, "e" * 64, rows, lock_wait_seconds=5)
    assert compact(out, wait_seconds=5).documents == 25


PUBLISHER = textwrap.dedent("""
    import sys
    from cnbudget.demo.replicate import load_templates, replica, replica_id
    from cnbudget.flows.publish import publish
    out, first, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    templates = load_templates(sys.argv[4])
    for i in range(first, first + n):
        rows = replica(templates[i % len(templates)], replica_id(i), "上海市普陀区并发局", 2030 + i % 2)
        publish(out, replica_id(i), {k: t.to_pylist() for k, t in rows.items()})
""")


def test_publishing_while_compacting_loses_and_doubles_nothing(out, samples, tmp_path):
    compact(out, documents_per_file=5)
    # another process publishes 16 new documents and 6 already compacted ones again
    # while this one compacts over and over
    new = subprocess.Popen([sys.executable, "-c", PUBLISHER, str(out), "200", "16", str(samples)])
    again = subprocess.Popen([sys.executable, "-c", PUBLISHER, str(out), "0", "6", str(samples)])
    folded = 0
    while new.poll() is None or again.poll() is None:
        folded += compact(out, documents_per_file=5).documents
        time.sleep(0.1)  # the lock is not fair: let the publishers in
    assert new.returncode == 0 and again.returncode == 0 and folded  # compactions ran between publishes
    compact(out, documents_per_file=5)
    con = connect(out)
    counts = dict(con.execute("SELECT doc_id, count(*) FROM documents GROUP BY ALL").fetchall())
    assert len(counts) == 24 + 16 and set(counts.values()) == {1}
    # every document's rows exactly once: as many as its template has
    expected = tmp_path / "expected"
    shutil.copytree(samples, expected)
    templates = load_templates(samples)
    for i in list(range(200, 216)) + list(range(6)):
        rows = replica(templates[i % len(templates)], replica_id(i), "上海市普陀区并发局", 2030 + i % 2)
        publish(expected, replica_id(i), {k: t.to_pylist() for k, t in rows.items()})
    assert snapshot(out) == snapshot(expected) and own_files(out) == 0


def test_compaction_after_a_run_waits_for_enough_documents(out):
    settings = DEFAULT_SETTINGS.compaction
    assert compact_after_run(out, settings).documents == 0 and own_files(out) > 0  # 24 < 100
    assert compact_after_run(out, settings.model_copy(update={"auto": False})) is None
    report = compact_after_run(out, settings.model_copy(update={"min_documents": 20}))
    assert report.documents == 24 and own_files(out) == 0


def test_a_run_compacts_at_its_end(tmp_path):
    (tmp_path / "in").mkdir()
    for i in range(3):  # files that are no PDF: failed documents, published with their documents row
        (tmp_path / "in" / f"junk{i}.pdf").write_bytes(b"not a PDF %d" % i)
    settings = DEFAULT_SETTINGS.with_(compaction={"min_documents": 3})
    summary = extract_to_parquet([tmp_path / "in"], tmp_path / "out", settings=settings, workers=1)
    assert summary.failed == 3 and summary.compaction.startswith("compaction: 3 document(s)")
    assert not layout.document_files(tmp_path / "out", "documents")
    assert len(_rows(tmp_path / "out", "documents")) == 3


def test_an_ingest_run_compacts_at_its_end(tmp_path):
    from cnbudget.flows.nightly import ingest_run

    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"junk{i}.pdf").write_bytes(b"not a PDF either %d" % i)
    settings = DEFAULT_SETTINGS.with_(compaction={"min_documents": 3})
    result = ingest_run([tmp_path / "in"], tmp_path / "data", settings=settings, console=False)
    assert result["compaction"].startswith("compaction: 3 document(s)")
    out = tmp_path / "data" / "parquet"
    assert not layout.document_files(out, "documents") and len(_rows(out, "documents")) == 3


def test_cli_compact(out):
    r = CliRunner().invoke(main, ["compact", "--data", str(out), "--documents-per-file", "10"])
    assert r.exit_code == 0 and r.stderr.startswith("compaction: 24 document(s) folded into")
    assert all(p.parent.name == COMPACTED_DIR or p.name.startswith("_") for p in out.rglob("*.parquet")
               if p.parent.parent.name in PER_DOCUMENT or p.parent.name in PER_DOCUMENT)
    r = CliRunner().invoke(main, ["compact", "--data", str(out / "missing")])
    assert r.exit_code == 2 and "no such directory" in r.stderr
