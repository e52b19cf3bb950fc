"""A configurable bad web server on 127.0.0.1, for the harvest's network tests.

Each path answers with a script of ``Answer``s, one per request (the last repeats):
a status, headers and body, sent as a server that misbehaves would send them: bytes
trickled at a given rate (headers or body), silence before anything, a connection
reset partway through the body, or raw bytes that are no HTTP at all. Every request is
logged (path, status answered, whether it was conditional, when it came), so tests can
count what the client asked for.

Written on ``socketserver`` rather than ``http.server`` because it must send what no
well-behaved server would: half a header block, a Location header that is not a URL.
Test modules import ``Answer`` and ``MisbehavingServer`` from here. Nothing leaves the loopback interface."""
from __future__ import annotations

import hashlib
import socket
import socketserver
import struct
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from urllib.parse import quote, unquote, urlsplit


LAST_MODIFIED = formatdate(1735689600, usegmt=True)  # 2025-01-01, fixed


@dataclass
class Answer:
    """One response, and how badly it is delivered."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    validators: bool = False  # send ETag / Last-Modified and answer 304 to a matching conditional request
    delay: float = 0.0  # seconds of silence before the first byte
    header_rate: float | None = None  # bytes per second for the status line and headers
    body_rate: float | None = None  # bytes per second for the body
    reset_after: int | None = None  # close the connection after this many body bytes
    raw: bytes | None = None  # sent verbatim instead of a response


@dataclass
class Hit:
    path: str
    status: int | None  # None for a raw answer
    conditional: bool
    at: float  # time.monotonic() when the request came


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class MisbehavingServer:
    """A web server on 127.0.0.1:<ephemeral port> whose every path follows a script;
    use as a context manager. Unscripted paths answer 404."""

    def __init__(self) -> None:
        self.scripts: dict[str, list[Answer]] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:  # one request per connection (Connection: close)
                try:
                    server._serve(self.connection, self.rfile)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, socket.timeout, OSError):
                    pass

        class TCPServer(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._tcp = TCPServer(("127.0.0.1", 0), Handler)
        self._thread: threading.Thread | None = None

    # script -------------------------------------------------------------------
    def route(self, path: str, *answers: Answer, **one) -> str:
        """Script a path: the answers in turn (the last repeats), or one Answer made of
        the keyword arguments. Returns the path's URL."""
        script = list(answers) or [Answer(**one)]
        self.scripts["/" + path.lstrip("/")] = script
        return self.url(path)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}" + quote("/" + path.lstrip("/"))

    @property
    def port(self) -> int:
        return self._tcp.server_address[1]

    def requests(self, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if path is None or h.path == "/" + path.lstrip("/")]

    def reset_log(self) -> None:
        with self._lock:
            self.hits.clear()

    # life ----------------------------------------------------------------------
    def __enter__(self) -> "MisbehavingServer":
        self._thread = threading.Thread(target=self._tcp.serve_forever, name="misbehaving-server", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stopping.set()  # ends every trickle in progress
        self._tcp.shutdown()
        self._tcp.server_close()

    # serving -------------------------------------------------------------------
    def _send(self, conn: socket.socket, data: bytes, rate: float | None) -> None:
        if not rate:
            conn.sendall(data)
            return
        step = max(1, int(rate / 10))  # ten sends a second
        for i in range(0, len(data), step):
            if self._stopping.is_set():
                raise ConnectionAbortedError
            conn.sendall(data[i:i + step])
            time.sleep(step / rate)

    def _serve(self, conn: socket.socket, rfile) -> None:
        request_line = rfile.readline(65537).decode("latin-1").strip()
        headers: dict[str, str] = {}
        while True:
            line = rfile.readline(65537)
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        parts = request_line.split()
        path = unquote(urlsplit(parts[1]).path) if len(parts) >= 2 else "/"
        conditional = "if-none-match" in headers or "if-modified-since" in headers
        with self._lock:
            script = self.scripts.get(path)
            n = sum(1 for h in self.hits if h.path == path)
            answer = (script[min(n, len(script) - 1)] if script
                      else Answer(404, b"<h1>404</h1>", content_type="text/html"))
            etag = '"' + hashlib.sha1(answer.body).hexdigest()[:16] + '"'
            not_modified = (answer.validators and answer.status == 200 and conditional
                            and (headers.get("if-none-match") == etag
                                 or headers.get("if-modified-since") == LAST_MODIFIED))
            status = None if answer.raw is not None else (304 if not_modified else answer.status)
            self.hits.append(Hit(path, status, conditional, time.monotonic()))
        if answer.delay:
            self._stopping.wait(answer.delay)
        if answer.raw is not None:
            conn.sendall(answer.raw)
            return
        body = b"" if not_modified or status == 304 else answer.body
        lines = [f"HTTP/1.1 {status} {_reason(status)}"]
        head = {"Connection": "close", "Content-Length": str(len(body))}
        if answer.content_type and not not_modified:
            head["Content-Type"] = answer.content_type
        if answer.validators:
            head.update({"ETag": etag, "Last-Modified": LAST_MODIFIED})
        head.update(answer.headers)
        lines += [f"{k}: {v}" for k, v in head.items()]
        self._send(conn, ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace"), answer.header_rate)
        if answer.reset_after is not None:
            conn.sendall(body[:answer.reset_after])
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()  # with SO_LINGER 0: a reset, not an orderly end
            return
        self._send(conn, body, answer.body_rate)
