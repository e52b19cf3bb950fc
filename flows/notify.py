"""Telling someone that a run failed: the ``notify`` URLs of the source registry.

* ``http://`` and ``https://`` URLs are webhooks: the run's JSON record (state, exit
  code, reasons, log path, summary) is POSTed to them with httpx.
* Any other scheme is an Apprise URL (``mailto://``, ``tgram://``, ``slack://``,
  ``json://`` …, see Apprise's documentation): a title and a short text are sent
  through Apprise, which already comes with Prefect, so no new dependency.

A notification that cannot be delivered is logged, never raised: a broken chat server
must not turn a finished harvest into a crash.
"""
from __future__ import annotations

import json
import socket
from typing import Iterable
from urllib.parse import urlsplit

from .runlog import run_logger

TIMEOUT = 10.0  # seconds per notification: a dead receiver must not hold the run


def notification_text(record: dict) -> tuple[str, str]:
    """(title, body) of a run's notification."""
    title = f"cnbudget {record['command']} {record['state']} on {socket.gethostname()}"
    lines = [*(f"- {r}" for r in record.get("reasons") or []),
             f"exit code {record['exit_code']}, {record['seconds']:.0f} s, started {record['started_at']}",
             f"log: {record['log']}"]
    return title, "\n".join(lines)


def _post_json(url: str, record: dict) -> None:
    import httpx

    body = json.dumps(record, ensure_ascii=False, default=str).encode("utf-8")
    with httpx.Client(timeout=TIMEOUT, trust_env=False, follow_redirects=False) as client:
        resp = client.post(url, content=body, headers={"Content-Type": "application/json",
                                                       "User-Agent": "cnbudget-notify"})
    if resp.status_code >= 300:
        raise RuntimeError(f"HTTP {resp.status_code}")


def _apprise(url: str, title: str, body: str) -> None:
    import apprise

    ap = apprise.Apprise()
    if not ap.add(url):
        raise RuntimeError("not a URL Apprise understands")
    if not ap.notify(title=title, body=body, notify_type=apprise.NotifyType.FAILURE):
        raise RuntimeError("Apprise could not deliver it")


def redacted(url: str) -> str:
    """A notification URL fit for a log line: scheme and host, no credentials or tokens."""
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1].split("?", 1)[0]  # no user:password, path or token
    return f"{scheme}://{host}/…"


def send_notifications(urls: Iterable[str], record: dict) -> int:
    """Send a run's record to every URL; how many were delivered."""
    title, body = notification_text(record)
    delivered = 0
    for url in dict.fromkeys(urls):  # each once, in order
        try:
            if urlsplit(url).scheme in ("http", "https"):
                _post_json(url, record)
            else:
                _apprise(url, title, body)
            delivered += 1
            run_logger().info("notified %s", redacted(url))
        except Exception as e:  # noqa: BLE001 - see the module docstring
            run_logger().warning("notification to %s failed: %s", redacted(url), e)
    return delivered
