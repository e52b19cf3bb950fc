"""The nightly commands as an operator runs them, one process each: arguments checked
before any work (one line, exit 2), exit codes by class, run logs and records, the data
directory's lock (exit 4), Ctrl-C and SIGTERM (workers and child servers ended, nothing
half-written, no traceback), `cnbudget portal`, and `serve` with the stock Prefect CLI
against the server it starts. Everything listens on 127.0.0.1 only."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from cnbudget.demo.portal import PortalServer, sample_portal
from cnbudget.demo.samples import write_sample_set
from cnbudget.flows.datadir import DataDirLock
from cnbudget.flows.runtime import port_is_free
from cnbudget.harvest import Source, dump_registry
from webhook_receiver import Receiver

CLI = [sys.executable, "-m", "cnbudget.flows.cli"]


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return {**env, **extra}


def _run(args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True, env=_env(), timeout=600,
                          **kw)


def _one_line(r: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> Path:
    """Twelve distinct small PDFs (the samples, and copies made distinct by a comment)."""
    d = tmp_path_factory.mktemp("pdfs")
    golds = write_sample_set(d)
    good = [d / g.file_name for g in golds if g.status != "failed"]
    for f in [p for p in d.iterdir() if p not in good]:
        f.unlink()
    for i, f in enumerate(list(good)[:4]):
        for k in (1, 2):
            (d / f"copy{k}-{i}.pdf").write_bytes(f.read_bytes() + f"\n% copy {k}\n".encode())
    return d


# --------------------------------------------------------------------------- arguments


def test_bad_arguments_are_one_line_and_exit_2(tmp_path, pdfs):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("no PDF here")
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    a_file = tmp_path / "file"
    a_file.write_text("x")
    reg = dump_registry([Source(name="x", start_urls=["http://127.0.0.1:9/"])], tmp_path / "s.yaml")
    cases = [
        (["extract", tmp_path / "missing.pdf"], "no such file"),
        (["extract", empty], "no PDF"),
        (["extract", fifo], "not a regular file"),
        (["extract", pdfs, "--out", a_file], "not a folder"),
        (["extract", pdfs, "--out", a_file / "sub"], "cannot write"),
        (["ingest", tmp_path / "missing", "--data", tmp_path / "d"], "no such file"),
        (["harvest", "--sources", tmp_path / "none.yaml", "--data", tmp_path / "d"], "none.yaml"),
        (["harvest", "--sources", reg, "--data", a_file], "not a folder"),
        (["harvest", "--sources", reg, "--workers", "0"], "--workers"),
        (["harvest"], "--sources"),
    ]
    for args, expected in cases:
        r = _run(args)
        assert r.returncode == 2, (args, r.stderr)
        assert expected in _one_line(r), (args, r.stderr)
    assert not (tmp_path / "d" / "manifest.sqlite").exists()  # nothing was done


def test_serve_checks_the_schedule_before_starting_a_server(tmp_path):
    reg = dump_registry([Source(name="x", start_urls=["http://127.0.0.1:9/"])], tmp_path / "s.yaml")
    r = _run(["serve", "--sources", reg, "--data", tmp_path / "d", "--cron", "61 * * * *"])
    assert r.returncode == 2 and "--cron" in _one_line(r)
    assert not list((tmp_path / "d").rglob("*.db")) and not (tmp_path / "d" / "logs").exists()


# --------------------------------------------------------------------------- runs


def test_harvest_runs_without_prefect_and_leaves_a_log_and_record(tmp_path):
    with sample_portal(tmp_path / "portal") as portal:
        reg = dump_registry([portal.source()], tmp_path / "sources.yaml")
        first = _run(["harvest", "--sources", reg, "--data", tmp_path / "d"])
        second = _run(["harvest", "--sources", reg, "--data", tmp_path / "d"])
    for r in (first, second):
        assert r.returncode == 1, r.stderr  # the portal's broken link and HTML page: some documents failed
        assert "Traceback" not in r.stderr and "View at" not in r.stdout + r.stderr
        assert "state: COMPLETED; exit code 1" in r.stdout  # the summary is on stdout
    assert "extracted: 5 document(s): 5 ok" in first.stdout
    assert "0 bytes downloaded" in second.stdout and "extracted: 0 document(s)" in second.stdout
    logs = tmp_path / "d" / "logs"
    records = [json.loads(p.read_text()) for p in sorted(logs.glob("harvest-*.json"))]
    assert [r["state"] for r in records] == ["COMPLETED", "COMPLETED"] and records[1]["exit_code"] == 1
    assert "extracted: 0 document(s)" in Path(records[1]["log"]).read_text()
    assert not list((tmp_path / "d").rglob("*.db"))  # no Prefect database: no server was started


def test_unreachable_source_exits_3(tmp_path):
    with PortalServer() as dead:
        url = dead.url("index.html")
    reg = dump_registry([Source(name="down", start_urls=[url], retries=0, timeout=0.5)], tmp_path / "s.yaml")
    r = _run(["harvest", "--sources", reg, "--data", tmp_path / "d"])
    assert r.returncode == 3 and "state: FAILED (source down unreachable)" in r.stdout


def test_a_second_process_on_the_same_data_directory_exits_4(tmp_path):
    reg = dump_registry([Source(name="x", start_urls=["http://127.0.0.1:9/"])], tmp_path / "s.yaml")
    with DataDirLock(tmp_path / "d", "harvest"):
        r = _run(["harvest", "--sources", reg, "--data", tmp_path / "d"])
    assert r.returncode == 4 and "is in use by another cnbudget process (pid" in _one_line(r)


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                    found.add(int(stat.parent.name))
                    todo.append(int(stat.parent.name))
            except (OSError, ValueError, IndexError):
                pass
    return found


def _alive(pids: set[int]) -> set[int]:
    out = set()
    for p in pids:
        try:
            if Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
                out.add(p)
        except OSError:
            pass
    return out


def _start_ingest(pdfs: Path, data: Path) -> tuple[subprocess.Popen, set[int]]:
    proc = subprocess.Popen(CLI + ["ingest", str(pdfs), "--data", str(data), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    deadline = time.monotonic() + 120
    kids: set[int] = set()
    while time.monotonic() < deadline:  # until its workers are extracting
        logs = list((data / "logs").glob("ingest-*.log")) if (data / "logs").is_dir() else []
        if logs and "to extract" in logs[0].read_text():
            kids = _descendants(proc.pid)
            if len(kids) >= 2:
                break
        time.sleep(0.1)
    return proc, kids


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_ends_the_workers_and_leaves_nothing_half_written(pdfs, tmp_path):
    data = tmp_path / "d"
    proc, kids = _start_ingest(pdfs, data)
    assert kids, "no worker process seen"
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "Traceback" not in err and "interrupted" in err
    deadline = time.monotonic() + 10
    while _alive(kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(kids), "worker processes left behind"
    record = json.loads(next((data / "logs").glob("ingest-*.json")).read_text())
    assert record["state"] == "INTERRUPTED" and record["exit_code"] == 143
    # the lock is free, and a new run finishes the work with nothing partial left
    r = _run(["ingest", pdfs, "--data", data])
    assert r.returncode == 0, r.stderr
    parquet = data / "parquet"
    assert not list(parquet.rglob(".*.tmp")) and not list(parquet.glob(".publish/*.json"))
    assert len([f for f in (parquet / "documents").glob("*.parquet") if not f.name.startswith("_")]) == 13


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_second_ctrl_c_ends_quietly(pdfs, tmp_path):
    proc, kids = _start_ingest(pdfs, tmp_path / "d")
    proc.send_signal(signal.SIGINT)
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Traceback" not in err, err
    deadline = time.monotonic() + 10
    while _alive(kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(kids)


def test_portal_command_serves_the_sample_portal(tmp_path):
    proc = subprocess.Popen(CLI + ["portal", "--dir", str(tmp_path / "p"), "--port", "0"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())
    try:
        line = proc.stdout.readline()
        assert line.startswith("sample portal on http://127.0.0.1:"), line + proc.stderr.read()
        url = line.split()[3].rstrip(";")
        assert httpx.get(url, trust_env=False).status_code == 200
        assert "start_urls" in (tmp_path / "p" / "sources.yaml").read_text()
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "Traceback" not in err


def _wait_for(proc: subprocess.Popen, text: str, timeout: float) -> str:
    """Lines of proc's stdout up to the one holding text."""
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
        seen.append(line)
        if text in line:
            return "".join(seen)
    raise AssertionError(f"{text!r} not printed: {''.join(seen)}{proc.stderr.read() if proc.poll() else ''}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_serve_runs_visible_in_the_stock_prefect_cli(tmp_path):
    """`serve` starts a Prefect server; a run of an unreachable source ends FAILED there
    (`prefect flow-run ls` lists it) and notifies; SIGTERM stops runs and server, exit 0."""
    with PortalServer() as dead:
        url = dead.url("index.html")
    port = next(p for p in range(14300, 14400) if port_is_free(p))
    data = tmp_path / "d"
    with Receiver() as rx:
        reg = dump_registry([Source(name="down", start_urls=[url], retries=0, timeout=0.5)], tmp_path / "s.yaml",
                            notify=[f"{rx.base}/hook"])
        proc = subprocess.Popen(CLI + ["serve", "--sources", str(reg), "--data", str(data), "--api-port", str(port)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
                                start_new_session=True)
        try:
            banner = _wait_for(proc, "serving deployment 'nightly/cnbudget-nightly'", 240)
            assert "UI:" not in banner and "View at" not in banner
            api = f"http://127.0.0.1:{port}/api"
            stock = _env(PREFECT_API_URL=api, PREFECT_HOME=str(tmp_path / "client"), COLUMNS="250")
            prefect = [sys.executable, "-m", "prefect"]
            r = subprocess.run(prefect + ["deployment", "run", "nightly/cnbudget-nightly"], capture_output=True,
                               text=True, env=stock, timeout=120)
            assert r.returncode == 0, r.stdout + r.stderr
            posts = rx.wait_for(1, timeout=240)
            assert posts and posts[0][1]["state"] == "FAILED", posts
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                ls = subprocess.run(prefect + ["flow-run", "ls", "--state", "FAILED"], capture_output=True,
                                    text=True, env=stock, timeout=120)
                assert ls.returncode == 0, ls.stdout + ls.stderr  # no HTTP 422
                if "nightly" in ls.stdout and "FAILED" in ls.stdout:
                    break
                time.sleep(1)
            else:
                raise AssertionError(ls.stdout)
            kids = _descendants(proc.pid)
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in out + err, (out + err)[-3000:]
    assert "source down could not be reached" in out + err  # the run's log lines are shown
    assert not _alive(kids) and port_is_free(port)
    assert json.loads(next((data / "logs").glob("harvest-*.json")).read_text())["state"] == "FAILED"


def _ephemeral_port() -> int:
    """A port the kernel just handed out on 127.0.0.1 (free, outside any fixed range)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api_call(client: httpx.Client, method: str, path: str, **kwargs) -> httpx.Response:
    """One call to the Prefect API as Prefect's own client makes it: a busy SQLite-backed
    server answers 429/502/503 for a moment, and the client tries again with a pause."""
    deadline = time.monotonic() + 60
    while True:
        answer = client.request(method, path, **kwargs)
        if answer.status_code not in (429, 502, 503) or time.monotonic() > deadline:
            return answer
        time.sleep(1)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_serve_ui_shows_the_deployment_and_its_runs(pdfs, tmp_path):
    """`serve --ui` on 127.0.0.1: the UI's page answers, it is pointed at this server's own
    API (not Prefect's default port), and what it shows, read through that API as the page
    does, is this data folder's deployment and a run of it that harvested a small portal
    (started as the UI's "Run" button does); SIGTERM stops it all, exit 0."""
    from cnbudget.demo.portal import listing_page

    pdf = sorted(pdfs.glob("*.pdf"))[0]
    data = tmp_path / "d"
    with PortalServer() as portal:
        portal.add("docs/a.pdf", pdf.read_bytes(), "application/pdf")
        portal.add("index.html", listing_page("公开目录", [("/docs/a.pdf", "示例局2025年部门预算", "2025-02-01")], None, 1))
        reg = dump_registry([Source(name="small", start_urls=[portal.url("index.html")], retries=0)],
                            tmp_path / "s.yaml")
        port = _ephemeral_port()
        proc = subprocess.Popen(CLI + ["serve", "--sources", str(reg), "--data", str(data), "--api-port", str(port),
                                       "--ui"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=_env(), start_new_session=True)
        try:
            _wait_for(proc, "serving deployment 'nightly/cnbudget-nightly'", 240)
            base, api = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port}/api"
            assert f"Prefect API: {api}; UI: {base}" in _wait_for(proc, "UI:", 10)
            with httpx.Client(base_url=base, trust_env=False, timeout=30) as ui:
                page = ui.get("/", headers={"Accept": "text/html"}, follow_redirects=True)
                assert page.status_code == 200 and "text/html" in page.headers["content-type"]
                assert "<title>Prefect Server</title>" in page.text
                assert ui.get("/ui-settings").json()["api_url"] == api  # the page calls this server
                deadline = time.monotonic() + 60
                while not (deps := _api_call(ui, "POST", "/api/deployments/filter", json={}).json()):  # the runner registers it
                    assert time.monotonic() < deadline
                    time.sleep(0.5)
                (dep,) = deps
                assert dep["name"] == "cnbudget-nightly" and dep["parameters"]["data"] == str(data.resolve())
                created = _api_call(ui, "POST", f"/api/deployments/{dep['id']}/create_flow_run", json={})
                assert created.status_code in (200, 201), created.text
                run = created.json()
                deadline, state = time.monotonic() + 240, {"type": None}
                while state["type"] not in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
                    assert time.monotonic() < deadline, state
                    time.sleep(1)
                    answer = _api_call(ui, "GET", f"/api/flow_runs/{run['id']}")
                    if answer.status_code == 200:  # a busy server may answer 5xx for a moment
                        state = answer.json()["state"] or state
                assert state["type"] == "COMPLETED", state
                shown = {r["id"]: r for r in _api_call(ui, "POST", "/api/flow_runs/filter", json={}).json()}  # the runs page
                assert shown[run["id"]]["deployment_id"] == dep["id"]
                assert shown[run["id"]]["state"]["type"] == "COMPLETED"
                query = {"logs": {"flow_run_id": {"any_": [run["id"]]}}, "limit": 200}  # the run's page
                deadline = time.monotonic() + 60
                while True:  # the run's log lines reach the API in batches
                    logs = [r["message"] for r in _api_call(ui, "POST", "/api/logs/filter", json=query).json()]
                    if any("extracted: 1 document(s)" in m for m in logs) or time.monotonic() > deadline:
                        break
                    time.sleep(0.5)
                assert any("extracted: 1 document(s)" in m for m in logs), logs
                assert any(m.startswith("a.pdf: ") for m in logs), logs  # the document, by name
            kids = _descendants(proc.pid)
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in out + err, (out + err)[-3000:]
    assert not _alive(kids) and port_is_free(port)
    docs = [f for f in (data / "parquet" / "documents").glob("*.parquet") if f.name != "_empty.parquet"]
    assert len(docs) == 1
