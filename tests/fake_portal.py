"""A fake portal on 127.0.0.1 for the harvest and nightly tests, and its fixtures.

Test modules load it with ``pytest_plugins = ["fake_portal"]`` for the fixtures
``sample_files`` and ``portal``; nothing leaves the loopback interface."""
from __future__ import annotations

import pytest

from cnbudget.demo.portal import PortalServer, listing_page
from cnbudget.demo.samples import write_sample_set
from cnbudget.harvest import Source


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory) -> dict[str, bytes]:
    d = tmp_path_factory.mktemp("samples")
    golds = [g for g in write_sample_set(d) if g.doc_type != "performance_targets"]  # 4 PDFs + junk
    return {g.file_name: (d / g.file_name).read_bytes() for g in golds}


def _good(files: dict[str, bytes]) -> list[tuple[str, bytes]]:
    return [(n, b) for n, b in sorted(files.items()) if b.startswith(b"%PDF")]


class FakePortal:
    """Three listing pages; four PDFs, one of them under two URLs; a 404; an HTML page
    served as .pdf; a slow PDF (times out); a PDF answering 500 once; a link to another
    host (a second server) that must never be fetched."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.server = PortalServer()
        self.foreign = PortalServer()
        good = _good(files)
        junk = next(b for b in files.values() if not b.startswith(b"%PDF"))
        self.pdfs = {f"docs/d{i}.pdf": body for i, (_, body) in enumerate(good)}
        for path, body in self.pdfs.items():
            self.server.add(path, body, "application/pdf")
        self.server.add("mirror/copy-of-d0.pdf", good[0][1], "application/pdf")
        self.server.add("docs/error.pdf", junk, "application/pdf")
        self.server.add("docs/slow.pdf", good[1][1], "application/pdf")
        self.server.slow("docs/slow.pdf", 2.0)
        self.server.add("docs/flaky.pdf", good[2][1], "application/pdf")  # same bytes as d2: a duplicate
        self.server.flaky("docs/flaky.pdf", 1)
        self.foreign.add("elsewhere.pdf", good[3][1], "application/pdf")
        p1 = [("/docs/d0.pdf", "示例局2025年部门预算", "2025-02-01"), ("/docs/d1.pdf", "司法局2025年部门预算", "2025-02-02")]
        p2 = [("/docs/d2.pdf", "示例中心2025年单位预算", "2025-02-03"), ("/mirror/copy-of-d0.pdf", "转载", "2025-02-04"),
              ("/docs/missing.pdf", "已删除", "2025-02-05")]
        p3 = [("/docs/d3.pdf", "示例局2024年度部门决算", "2025-02-06"), ("/docs/error.pdf", "坏文件", "2025-02-07"),
              ("/docs/slow.pdf", "慢文件", "2025-02-08"), ("/docs/flaky.pdf", "偶尔出错", "2025-02-09")]
        self.server.add("index.html", listing_page("公开目录", p1, "list_2.html", 1))
        self.server.add("list_2.html", listing_page("公开目录", p2, "list_3.html", 2))
        self.server.add("list_3.html", listing_page("公开目录", p3, None, 3,
                                                    f'<p><a href="{self.foreign.url("elsewhere.pdf")}">外站</a></p>'))

    def source(self, **kw) -> Source:
        base = dict(name="fake", region="上海市普陀区", start_urls=[self.server.url("index.html")],
                    follow=r"list_\d+\.html$", documents=r"\.pdf$", rate_limit=200, concurrency=4,
                    timeout=0.5, retries=1, backoff=0.01)
        base.update(kw)
        return Source(**base)

    def __enter__(self):
        self.server.start()
        self.foreign.start()
        return self

    def __exit__(self, *exc):
        self.server.stop()
        self.foreign.stop()


@pytest.fixture
def portal(sample_files):
    with FakePortal(sample_files) as p:
        yield p

