"""Sample files that cannot be processed: an HTML error page named .pdf, a truncated PDF
and an encrypted PDF; each gold document says status "failed". Below them, the hostile
files of issue 11 (``HOSTILE``): decompression bomb, corrupt xref, byte flip, huge grid,
deep nesting, out-of-contract amounts, a non-UTF-8 name, a FIFO, a device."""
from __future__ import annotations

import io
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.pdfgen import canvas as rl_canvas

from .budgets import make_budget_pdf
from .drawing import PORTRAIT, bold_text
from .fonts import register_font
from .gold import GoldDocument


def make_junk_pdf(path: str | os.PathLike) -> GoldDocument:
    """Non-PDF bytes (an HTML error page) under a .pdf name."""
    Path(path).write_bytes(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head>"
        "<body><h1>页面不存在</h1><p>您访问的页面已删除或不存在。</p></body></html>\n"
        .encode("utf-8"))
    return GoldDocument(Path(path).name, None, None, None, None, None, None, 0, [],
                        status="failed")


def make_truncated_pdf(path: str | os.PathLike, **kw) -> GoldDocument:
    """A real sample budget cut in half (starts with %PDF, no xref/trailer)."""
    p = Path(path)
    full = p.with_name(p.name + ".full.tmp")
    try:
        make_budget_pdf(full, **kw)
        data = full.read_bytes()
    finally:
        if full.exists():
            full.unlink()
    p.write_bytes(data[: len(data) // 2])
    return GoldDocument(p.name, None, None, None, None, None, None, 0, [], status="failed")


def make_encrypted_pdf(path: str | os.PathLike, user_password: str = "secret",
                       owner_password: str = "owner") -> GoldDocument:
    """A one-page disclosure encrypted with a user password (cannot be opened without)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    register_font()
    enc = StandardEncryption(user_password, ownerPassword=owner_password, strength=128)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=PORTRAIT, invariant=1, encrypt=enc)
    pw, ph = PORTRAIT
    bold_text(c, pw / 2, ph * 0.62, "上海市普陀区2025年区级部门预算", 24)
    c.showPage()
    c.save()
    Path(path).write_bytes(buf.getvalue())
    return GoldDocument(Path(path).name, None, None, None, None, None, None, 1, [],
                        status="failed")


# --------------------------------------------------------------------------- hostile files
# Files built to break a batch (issue 11): each maker writes one at ``path`` and returns
# it. ``HOSTILE`` lists them with the outcome a batch must give each.


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (numbered from 1, object 1 the catalog) with a
    correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _one_page_pdf(content: bytes, filters: list[str] = (), resources: bytes = b"<< >>",
                  extra: list[bytes] = (), size: tuple[float, float] = (595, 842)) -> bytes:
    """A one-page PDF (A4 unless ``size``) drawing ``content`` (already encoded with
    ``filters``); objects in ``extra`` are numbered from 5."""
    names = b"".join(b"/" + f.encode() for f in filters)
    stream = (b"<< /Length %d" % len(content) + (b" /Filter [" + names + b"]" if filters else b"")
              + b" >>\nstream\n" + content + b"\nendstream")
    return _raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Resources " % size + resources
                     + b" /Contents 4 0 R >>",
                     stream, *extra])


def make_empty_pdf(path: str | os.PathLike) -> Path:
    """A zero-byte file named .pdf."""
    Path(path).write_bytes(b"")
    return Path(path)


def make_decompression_bomb(path: str | os.PathLike, inflated: int = 1 << 30) -> Path:
    """A ~2.3 KB PDF whose page content inflates to ``inflated`` bytes (1 GiB of spaces,
    Flate-encoded twice)."""
    payload = zlib.compress(zlib.compress(b" " * inflated, 9), 9)
    Path(path).write_bytes(_one_page_pdf(payload, ["FlateDecode", "FlateDecode"]))
    return Path(path)


def make_huge_grid(path: str | os.PathLike, n: int = 400, step: float = 6.0) -> Path:
    """A ~6 KB one-page PDF ruling an n x n grid (n = 400: 160,000 cells of ``step``
    points, wider than the grid-line snap tolerance), every cell empty: a table
    finder's worst case."""
    x0 = y0 = 20.0
    size = n * step
    lines = [b"0.2 w"]
    for i in range(n + 1):
        v = b"%g" % (x0 + i * step)
        lines.append(v + b" %g m " % y0 + v + b" %g l S" % (y0 + size))
        lines.append(b"%g " % x0 + v + b" m %g " % (x0 + size) + v + b" l S")
    page = (2 * x0 + size, 2 * y0 + size)
    Path(path).write_bytes(_one_page_pdf(zlib.compress(b"\n".join(lines), 9), ["FlateDecode"], size=page))
    return Path(path)


def make_deep_nesting(path: str | os.PathLike, depth: int = 3000) -> Path:
    """A PDF whose one page sits ``depth`` levels down its page tree (past Python's
    recursion limit in pdfminer's tree walk), drawing 100,000 nested arrays and a form
    XObject that draws itself."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):  # objects 2 .. depth+1: /Pages nodes, each the parent of the next
        me = 2 + level
        parent = b" /Parent %d 0 R" % (me - 1) if level else b""
        objs.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (me + 1, parent))
    page = 2 + depth
    content = zlib.compress(b"[" * 100_000 + b"]" * 100_000 + b" /Fx Do BT /F1 12 Tf 72 720 Td (deep) Tj ET", 9)
    objs.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                b" /Resources << /XObject << /Fx %d 0 R >> >> >>" % (page - 1, page + 1, page + 2))
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /Fx %d 0 R >> >>"
                b" /Length 6 >>\nstream\n/Fx Do\nendstream" % (page + 2))
    Path(path).write_bytes(_raw_pdf(objs))
    return Path(path)


def make_corrupt_xref_pdf(path: str | os.PathLike, source: str | os.PathLike | None = None) -> Path:
    """A real PDF (a sample budget unless ``source`` is given) whose xref table points
    every object at twice its offset: pdfminer trusts the table and finds no page,
    PDFium rebuilds the table and reads them all."""
    p = Path(path)
    data = Path(source).read_bytes() if source else _sample_bytes(p)
    start = int(re.search(rb"startxref\s+(\d+)", data[-1024:]).group(1))
    table = re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (2 * int(m.group(1)), m.group(2)),
                   data[start:])
    p.write_bytes(data[:start] + table)
    return p


def make_byte_flipped_pdf(path: str | os.PathLike) -> Path:
    """A sample budget with one bit flipped in its first page's /Type /Page (→ /Pcge):
    PDFium refuses to load that page in its pre-scan, pdfminer reads the others."""
    p = Path(path)
    data = bytearray(_sample_bytes(p))
    at = data.index(b"/Type /Page\n") + len(b"/Type /P")
    data[at] ^= 0x02  # 'a' -> 'c'
    p.write_bytes(bytes(data))
    return p


def _amount_table_pdf(path: Path, amount: str) -> Path:
    from .tables import TableSpec, plain_row, write_tables_pdf

    body = [plain_row(["201", "一般公共服务支出", amount]),
            plain_row(["20101", "人大事务", amount]),
            plain_row(["", "合计", amount])]
    spec = TableSpec("2025年部门支出预算表", "expenditure", "单位：元", "yuan", "编制部门：上海市普陀区示例局",
                     [80, 200, 200], [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计")],
                     1, body, ["l", "l", "r"])
    return write_tables_pdf(path, [spec], "上海市普陀区示例局2025年部门预算")


def make_amount_overflow_pdf(path: str | os.PathLike) -> Path:
    """A budget table printing 1,000,000,000,000,000,000.00 元 (10^18 yuan: beyond the
    contract's decimal128(20,2))."""
    return _amount_table_pdf(Path(path), "1,000,000,000,000,000,000.00")


def make_amount_27_digits_pdf(path: str | os.PathLike) -> Path:
    """A budget table printing an amount of 27 integer digits."""
    return _amount_table_pdf(Path(path), "123456789012345678901234567.00")


def make_non_utf8_name(folder: str | os.PathLike) -> Path:
    """A valid sample budget under a GBK-encoded file name (预算.pdf), which is not UTF-8."""
    p = Path(os.fsdecode(os.fsencode(str(folder)) + b"/" + "示例预算".encode("gbk") + b".pdf"))
    p.write_bytes(_sample_bytes(p))
    return p


def make_fifo(path: str | os.PathLike) -> Path:
    """A named pipe under a .pdf name: reading it blocks until someone writes."""
    os.mkfifo(path)
    return Path(path)


def make_device_link(path: str | os.PathLike, device: str = "/dev/zero") -> Path:
    """A .pdf name linked to a device that never ends."""
    os.symlink(device, path)
    return Path(path)


def make_directory_named_pdf(path: str | os.PathLike) -> Path:
    """A directory called x.pdf (given where a file is expected)."""
    Path(path).mkdir()
    return Path(path)


_SAMPLES: dict[str, bytes] = {}


def _sample_bytes(p: Path) -> bytes:
    """The bytes of a generated sample budget (built once per process)."""
    if "budget" not in _SAMPLES:
        tmp = p.with_name(f".{p.name}.sample.tmp")
        try:
            make_budget_pdf(tmp, department="上海市普陀区样本局", seed=11)
            _SAMPLES["budget"] = tmp.read_bytes()
        finally:
            tmp.unlink(missing_ok=True)
    return _SAMPLES["budget"]


@dataclass(frozen=True)
class Hostile:
    """A hostile file kind: its maker (a file name in a folder -> the path it wrote) and
    what a batch must make of it."""

    name: str
    make: Callable[[Path], Path]
    expect: str  # "failed", "partial", "failed|partial", "refused", "kept" (any status, rows kept)
    note: str


HOSTILE: list[Hostile] = [
    Hostile("junk", lambda d: (make_junk_pdf(d / "junk.pdf"), d / "junk.pdf")[1], "failed", "HTML under .pdf"),
    Hostile("empty", lambda d: make_empty_pdf(d / "empty.pdf"), "failed", "zero bytes"),
    Hostile("truncated", lambda d: (make_truncated_pdf(d / "truncated.pdf"), d / "truncated.pdf")[1], "failed",
            "cut in half"),
    Hostile("encrypted", lambda d: (make_encrypted_pdf(d / "encrypted.pdf"), d / "encrypted.pdf")[1], "failed",
            "user password"),
    Hostile("byte-flipped", lambda d: make_byte_flipped_pdf(d / "flipped.pdf"), "failed|partial",
            "PDFium refuses a page in its pre-scan"),
    Hostile("bomb", lambda d: make_decompression_bomb(d / "bomb.pdf"), "failed", "2.3 KB -> 1 GiB"),
    Hostile("corrupt-xref", lambda d: make_corrupt_xref_pdf(d / "xref.pdf"), "ok",
            "pdfminer sees no page; read from PDFium's repaired copy"),
    Hostile("huge-grid", lambda d: make_huge_grid(d / "grid.pdf"), "failed|partial", "400 x 400 ruled cells"),
    Hostile("deep-nesting", lambda d: make_deep_nesting(d / "nested.pdf"), "failed|partial",
            "a page 3000 levels down its page tree, nested arrays, a self-drawing form"),
    Hostile("amount-1e18", lambda d: make_amount_overflow_pdf(d / "amount_1e18.pdf"), "kept",
            "10^18 yuan: beyond decimal128(20,2)"),
    Hostile("amount-27-digits", lambda d: make_amount_27_digits_pdf(d / "amount_27.pdf"), "kept",
            "a 27-digit amount"),
    Hostile("non-utf8-name", make_non_utf8_name, "ok", "a GBK file name"),
    Hostile("fifo", lambda d: make_fifo(d / "fifo.pdf"), "refused", "a named pipe"),
    Hostile("dev-zero", lambda d: make_device_link(d / "zero.pdf"), "refused", "a link to /dev/zero"),
]
