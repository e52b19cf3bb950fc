"""Sample files that cannot be processed: an HTML error page named .pdf, a truncated PDF
and an encrypted PDF; each gold document says status "failed"."""
from __future__ import annotations

import io
import os
from pathlib import Path

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
