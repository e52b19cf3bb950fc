"""What an operator sees of a run, in process and without Prefect: its outcome (state and
exit code by class), its log and record under DATA/logs, the data directory's lock, and
notifications sent to a receiver on 127.0.0.1."""
from __future__ import annotations

import json

import pytest

from cnbudget.demo.portal import PortalServer
from cnbudget.flows.datadir import DataDirLock, DataDirLocked
from cnbudget.flows.nightly import nightly_run
from cnbudget.flows.notify import send_notifications
from cnbudget.flows.report import DEFAULT_MAX_FAILED_SHARE, ExitCode, run_outcome
from cnbudget.flows.runlog import RunLog, run_logger
from cnbudget.harvest import Source, dump_registry
from webhook_receiver import Receiver


def _result(links=10, fetch_failed=0, processed=0, failed=0, crashed=0, unreachable=()):
    sources = {"a": {"links": links, "reachable": not unreachable}}
    return {"harvest": {"sources": sources, "unreachable": list(unreachable),
                        "failures": [("a", f"http://x/{i}.pdf", "HTTP 404") for i in range(fetch_failed)]},
            "process": {"processed": processed, "failed": failed, "errors": ["boom"] * crashed}}


def test_outcome_by_class():
    assert run_outcome(_result()).exit_code == ExitCode.OK and run_outcome(_result()).state == "COMPLETED"
    some = run_outcome(_result(links=10, fetch_failed=2))  # a portal's dead links: reported, not FAILED
    assert (some.state, some.exit_code) == ("COMPLETED", ExitCode.DOCUMENTS_FAILED)
    many = run_outcome(_result(links=4, fetch_failed=1, processed=3, failed=3))  # 4 of 7 documents
    assert (many.state, many.exit_code) == ("FAILED", ExitCode.DOCUMENTS_FAILED) and "4 of 7" in many.reasons[0]
    assert run_outcome(_result(links=4, fetch_failed=1, processed=3, failed=3), max_failed_share=0.6).state \
        == "COMPLETED"
    down = run_outcome(_result(links=0, unreachable=["a"]))
    assert (down.state, down.exit_code, down.reasons) == ("FAILED", ExitCode.SOURCE_UNREACHABLE,
                                                          ["source a unreachable"])
    ingest = run_outcome({"processed": 2, "failed": 0, "errors": ["x.pdf: crashed"]})  # a crash counts
    assert ingest.exit_code == ExitCode.DOCUMENTS_FAILED and 0 < DEFAULT_MAX_FAILED_SHARE < 1


def test_data_directory_lock_is_exclusive_and_names_its_holder(tmp_path):
    with DataDirLock(tmp_path, "harvest"):
        with pytest.raises(DataDirLocked, match=r"in use by another cnbudget process \(pid \d+, harvest"):
            DataDirLock(tmp_path, "ingest").acquire()
    with DataDirLock(tmp_path, "ingest"):  # released
        pass


def test_run_log_and_record(tmp_path):
    failures = []
    with RunLog(tmp_path, "harvest", {"x": 1}, console=False, on_failure=failures.append) as rl:
        run_logger().info("hello %s", "there")
        rl.summary(["summary line"])
        rl.finish("FAILED", 3, ["source a unreachable"], summary={"n": 1})
    text = rl.path.read_text()
    assert "hello there" in text and "summary line" in text
    record = json.loads(rl.record_path.read_text())
    assert record["state"] == "FAILED" and record["exit_code"] == 3 and record["parameters"] == {"x": 1}
    assert failures and failures[0]["log"] == str(rl.path)

    with pytest.raises(KeyboardInterrupt):
        with RunLog(tmp_path, "ingest", console=False) as rl2:
            raise KeyboardInterrupt
    assert json.loads(rl2.record_path.read_text())["state"] == "INTERRUPTED"
    assert json.loads(rl2.record_path.read_text())["exit_code"] == 130


def test_notifications_webhook_and_apprise(tmp_path):
    record = {"command": "harvest", "state": "FAILED", "exit_code": 3, "reasons": ["source a unreachable"],
              "seconds": 2.0, "started_at": "2025-01-01T02:00:00+00:00", "log": "/data/logs/x.log"}
    with Receiver() as rx:
        with PortalServer() as dead:
            dead_url = dead.url("hook")  # nothing listens there once stopped: logged, not raised
        port = rx.base.rsplit(":", 1)[1]
        n = send_notifications([f"{rx.base}/hook", f"json://127.0.0.1:{port}/apprise", dead_url], record)
        posts = rx.wait_for(2)
    assert n == 2
    by_path = dict(posts)
    assert by_path["/hook"]["state"] == "FAILED" and by_path["/hook"]["reasons"] == ["source a unreachable"]
    assert "harvest FAILED" in by_path["/apprise"]["title"] and "source a unreachable" in by_path["/apprise"]["message"]


def test_plain_run_of_an_unreachable_source_fails_records_and_notifies(tmp_path):
    with PortalServer() as dead:
        url = dead.url("index.html")
    with Receiver() as rx:
        reg = dump_registry([Source(name="down", start_urls=[url], retries=0, timeout=0.5)], tmp_path / "s.yaml",
                            notify=[f"{rx.base}/hook"])
        result = nightly_run(reg, tmp_path / "data", console=False)
        posts = rx.wait_for(1)
    assert result["outcome"] == {"state": "FAILED", "exit_code": 3, "reasons": ["source down unreachable"]}
    assert posts and posts[0][1]["state"] == "FAILED" and posts[0][1]["log"] == result["log"]
    logs = tmp_path / "data" / "logs"
    record = json.loads(next(logs.glob("harvest-*.json")).read_text())
    assert record["state"] == "FAILED" and "down: UNREACHABLE" in next(logs.glob("harvest-*.log")).read_text()


def test_a_locked_data_directory_is_refused(tmp_path):
    reg = dump_registry([Source(name="x", start_urls=["http://127.0.0.1:9/"])], tmp_path / "s.yaml")
    with DataDirLock(tmp_path / "data", "harvest"):
        with pytest.raises(DataDirLocked):
            nightly_run(reg, tmp_path / "data", console=False)
    assert not (tmp_path / "data" / "logs").exists()  # refused before anything was written
