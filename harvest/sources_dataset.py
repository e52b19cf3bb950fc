"""The ``sources`` dataset: one row per URL a source's portal listed, with what the
portal said about it (link text, page title, publication date, a fiscal year and a
document type read from the link text) beside what the document itself says, and a
note where the two disagree (the document wins). Written from the manifest, which is
the truth; the Parquet file is its snapshot, rewritten after every run by the flows
(``cnbudget.flows.publish.publish_sources``)."""
from __future__ import annotations

import re
from datetime import date, datetime

from .fetch import file_name_of
from .manifest import Manifest

YEAR_RE = re.compile(r"(?<!\d)(20\d{2})\s*年|(?<![\d年])(\d{2})\s*年")
PORTAL_DOC_TYPES = (("决算", "final_accounts"), ("自评", "performance_self_evaluation"),
                    ("绩效目标", "performance_targets"), ("预算", "budget"))


def portal_year(text: str | None) -> int | None:
    """The fiscal year a link text names: '2025年', '25年'."""
    m = YEAR_RE.search(text or "")
    if not m:
        return None
    return int(m[1]) if m[1] else 2000 + int(m[2])


def portal_doc_type(text: str | None) -> str | None:
    for word, kind in PORTAL_DOC_TYPES:
        if word in (text or ""):
            return kind
    return None


def disagreement(link_text: str | None, doc: dict | None) -> str | None:
    """What the portal says that the document contradicts (the document wins)."""
    if not doc or doc.get("status") == "failed":
        return None
    notes = []
    py, dy = portal_year(link_text), doc.get("fiscal_year")
    if py and dy and py != dy:
        notes.append(f"fiscal_year: portal {py}, document {dy}")
    pt, dt = portal_doc_type(link_text), doc.get("doc_type")
    if pt and dt and dt != "other" and pt != dt:
        notes.append(f"doc_type: portal {pt}, document {dt}")
    return "; ".join(notes) or None


def _ts(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


def source_rows(manifest: Manifest, source_name: str) -> list[dict]:
    """The ``sources`` dataset rows of one source: one per URL seen, with what the
    portal said beside what the document says."""
    rows = []
    for u in manifest.urls(source_name):
        doc = manifest.processed(u["sha256"]) if u["sha256"] else None
        rows.append({
            "doc_id": u["sha256"], "source_name": source_name, "url": u["url"],
            "link_text": u["link_text"], "page_title": u["page_title"],
            "published": date.fromisoformat(u["published"]) if u["published"] else None,
            "fetched_at": _ts(u["fetched_at"]), "status": u["status"], "error": u["error"],
            "http_status": u["http_status"], "etag": u["etag"], "last_modified": u["last_modified"],
            "final_url": u["final_url"], "file_name": file_name_of(u["url"]),
            "checked_at": _ts(u["checked_at"]), "portal_fiscal_year": portal_year(u["link_text"]),
            "portal_doc_type": portal_doc_type(u["link_text"]),
            "doc_title": doc.get("title") if doc else None,
            "doc_fiscal_year": doc.get("fiscal_year") if doc else None,
            "doc_type": doc.get("doc_type") if doc else None,
            "disagreement": disagreement(u["link_text"], doc),
        })
    return rows
