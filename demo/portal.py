"""A bundled sample disclosure portal served on 127.0.0.1 (for the demo and tests).

``PortalServer`` is a small static web server (http.server in a thread, ephemeral
port, loopback only) over an in-memory site, speaking ETag / Last-Modified and
answering conditional requests with 304. It counts every request, and can be told to
misbehave on a path: answer slowly, fail with 500 a number of times, redirect.

``sample_portal(dir)`` builds the sample site from ``cnbudget.demo.samples.write_sample_set``:
three listing pages (index.html, list_2.html, list_3.html) with publication dates
printed beside the links, every sample PDF, one PDF under two URLs, a broken link
(404), an HTML error page served as ``.pdf`` and a link to a foreign host that must
never be fetched::

    with sample_portal("data/portal") as portal:
        print(portal.url("index.html"))
"""
from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from cnbudget.harvest import Source

from .samples import write_sample_set

LAST_MODIFIED = formatdate(1735689600, usegmt=True)  # 2025-01-01, fixed: the site is static


@dataclass
class Resource:
    body: bytes
    content_type: str
    status: int = 200
    etag: str = ""

    def __post_init__(self) -> None:
        self.etag = self.etag or '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class RequestLog:
    method: str
    path: str
    status: int
    bytes: int
    conditional: bool


@dataclass
class _Behaviour:
    delay: float = 0.0  # seconds before answering
    fail_times: int = 0  # answer 500 this many times first
    redirect: str | None = None


class _QuietServer(ThreadingHTTPServer):
    """A client closing its keep-alive connection is normal, not an error to print."""

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            return
        super().handle_error(request, client_address)


class PortalServer:
    """A static site on 127.0.0.1:<ephemeral port>; use as a context manager."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the sample portal serves on the loopback interface only")
        self.resources: dict[str, Resource] = {}
        self.behaviours: dict[str, _Behaviour] = {}
        self.log: list[RequestLog] = []
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0  # requests being answered (a slow answer is logged when it ends)
        self._httpd = _QuietServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # site --------------------------------------------------------------------
    def add(self, path: str, body: bytes | str, content_type: str | None = None, status: int = 200) -> str:
        """Serve body at path (unquoted, leading '/'); returns the absolute URL."""
        if isinstance(body, str):
            body = body.encode("utf-8")
            content_type = content_type or "text/html; charset=utf-8"
        path = "/" + path.lstrip("/")
        self.resources[path] = Resource(body, content_type or "application/pdf", status)
        return self.url(path)

    def slow(self, path: str, seconds: float) -> None:
        self.behaviours.setdefault("/" + path.lstrip("/"), _Behaviour()).delay = seconds

    def flaky(self, path: str, times: int = 1) -> None:
        self.behaviours.setdefault("/" + path.lstrip("/"), _Behaviour()).fail_times = times

    def redirect(self, path: str, location: str) -> None:
        self.behaviours.setdefault("/" + path.lstrip("/"), _Behaviour()).redirect = location

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + quote("/" + path.lstrip("/"))

    # counters ----------------------------------------------------------------
    def requests(self, path: str | None = None) -> list[RequestLog]:
        with self._lock:
            return [r for r in self.log if path is None or r.path == "/" + path.lstrip("/")]

    def bytes_sent(self) -> int:
        with self._lock:
            return sum(r.bytes for r in self.log)

    def reset_log(self) -> None:
        """Forget every request so far, once those being answered are logged."""
        self.wait_idle()
        with self._lock:
            self.log.clear()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until no request is being answered, so the log holds every request made so
        far (a client that gave up on a slow answer returns before the server logs it)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._in_flight == 0, timeout)

    # server ------------------------------------------------------------------
    def start(self) -> "PortalServer":
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="sample-portal", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "PortalServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _handler_class(self):
        portal = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
                      conditional: bool = False) -> None:
                path = unquote(urlsplit(self.path).path)
                try:
                    self.send_response(status)
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if body and self.command != "HEAD":
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                with portal._lock:
                    portal.log.append(RequestLog(self.command, path, status,
                                                 len(body) if self.command != "HEAD" else 0, conditional))

            def do_GET(self) -> None:  # noqa: N802
                with portal._idle:
                    portal._in_flight += 1
                try:
                    self._answer()
                finally:
                    with portal._idle:
                        portal._in_flight -= 1
                        portal._idle.notify_all()

            def _answer(self) -> None:
                path = unquote(urlsplit(self.path).path)
                if path == "/":
                    path = "/index.html"
                b = portal.behaviours.get(path)
                conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
                if b:
                    if b.delay:
                        time.sleep(b.delay)
                    with portal._lock:
                        fail = b.fail_times > 0
                        if fail:
                            b.fail_times -= 1
                    if fail:
                        return self._send(500, b"<h1>500 Internal Server Error</h1>",
                                          {"Content-Type": "text/html"}, conditional)
                    if b.redirect:
                        return self._send(302, b"", {"Location": b.redirect}, conditional)
                res = portal.resources.get(path)
                if res is None:
                    return self._send(404, "<html><body><h1>404 页面不存在</h1></body></html>".encode(),
                                      {"Content-Type": "text/html; charset=utf-8"}, conditional)
                headers = {"Content-Type": res.content_type, "ETag": res.etag, "Last-Modified": LAST_MODIFIED}
                inm = self.headers.get("If-None-Match")
                if res.status == 200 and ((inm and res.etag in [t.strip() for t in inm.split(",")])
                                          or (not inm and self.headers.get("If-Modified-Since") == LAST_MODIFIED)):
                    return self._send(304, b"", {"ETag": res.etag, "Last-Modified": LAST_MODIFIED}, conditional)
                return self._send(res.status, res.body, headers, conditional)

            do_HEAD = do_GET

        return Handler


# --------------------------------------------------------------------------- the sample site


@dataclass
class PortalDoc:
    path: str  # where it is served
    text: str  # link text
    published: str
    file: Path | None = None  # None for a link that is broken


@dataclass
class SamplePortal:
    server: PortalServer
    pages: list[str]
    docs: list[PortalDoc]
    files: list[Path] = field(default_factory=list)

    def __enter__(self) -> "SamplePortal":
        self.server.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.stop()

    def url(self, path: str) -> str:
        return self.server.url(path)

    def source(self, name: str = "sample-portal", **kw) -> Source:
        """A registry entry for this portal (fast politeness settings: it is local)."""
        defaults = dict(name=name, region="上海市普陀区", start_urls=[self.url("index.html")],
                        follow=r"list_\d+\.html$", documents=r"\.pdf$", rate_limit=200.0, concurrency=4,
                        timeout=5.0, retries=2, backoff=0.05)
        defaults.update(kw)
        return Source(**defaults)


def listing_page(title: str, items: list[tuple[str, str, str]], next_href: str | None, page_no: int,
                 extra: str = "") -> str:
    """A listing page in the usual shape of a 预决算公开 column: a list of links with a
    date beside each, and a pager."""
    lis = "\n".join(f'    <li><a href="{href}" target="_blank">{text}</a><span class="date">{d}</span></li>'
                    for href, text, d in items)
    pager = f'<a href="{next_href}">下一页</a>' if next_href else ""
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n"
            f"<h1>{title}</h1>\n<ul class=\"list\">\n{lis}\n</ul>\n{extra}\n"
            f"<div class=\"pager\">第{page_no}页 {pager}</div>\n</body></html>\n")


def sample_portal(directory: str | os.PathLike, port: int = 0) -> SamplePortal:
    """Generate the sample disclosures into directory and build the sample portal over
    them (not started: use it as a context manager)."""
    d = Path(directory)
    golds = write_sample_set(d)
    files = [d / g.file_name for g in golds]
    good = [f for f in files if "损坏" not in f.name]
    junk = next(f for f in files if "损坏" in f.name)  # an HTML error page named .pdf
    title = "预决算公开 - 上海市普陀区人民政府"
    docs = [
        PortalDoc("files/2025/" + good[0].name, "上海市普陀区示例局2025年部门预算", "2025-02-10", good[0]),
        PortalDoc("files/2025/" + good[1].name, "上海市普陀区司法局2025年部门预算", "2025-02-11", good[1]),
        # page 2: the portal's own description disagrees with the document (year)
        PortalDoc("files/2025/" + good[2].name, "上海市普陀区示例中心2024年单位预算", "2025-02-12", good[2]),
        PortalDoc("files/2024/" + good[3].name, "上海市示例局2024年度部门决算", "2025-09-01", good[3]),
        PortalDoc("files/2025/" + good[4].name, "上海市普陀区示例局2025年项目支出绩效目标", "2025-02-20", good[4]),
        # the same bytes under a second URL
        PortalDoc("mirror/" + quote_name(good[0].name), "示例局2025年部门预算（转载）", "2025-02-15", good[0]),
        # page 3: a broken link and an HTML error page served as .pdf
        PortalDoc("files/2025/已删除的文件.pdf", "上海市普陀区已撤回2025年部门预算", "2025-03-01", None),
        PortalDoc("files/2025/" + junk.name, "上海市普陀区损坏文件2025年部门预算", "2025-03-02", junk),
    ]
    server = PortalServer(port=port)
    for doc in docs:
        if doc.file is not None:
            server.add(doc.path, doc.file.read_bytes(), "application/pdf")
    pages = ["index.html", "list_2.html", "list_3.html"]
    groups = [docs[0:2], docs[2:6], docs[6:8]]
    for i, (page, group) in enumerate(zip(pages, groups)):
        nxt = pages[i + 1] if i + 1 < len(pages) else None
        extra = ""
        if i == len(pages) - 1:  # a document on a host outside the registry: never fetched
            extra = '<p>转载：<a href="http://portal.invalid/files/外站预算.pdf">外站2025年预算</a> 2025-03-05</p>'
        server.add(page, listing_page(title, [(quote("/" + x.path), x.text, x.published) for x in group],
                                      nxt, i + 1, extra))
    return SamplePortal(server, pages, docs, files)


def quote_name(name: str) -> str:
    """A stable ASCII alias for a file name (the mirror serves it under another name)."""
    return "doc-" + hashlib.sha1(name.encode()).hexdigest()[:10] + ".pdf"
