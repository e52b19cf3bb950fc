"""Listing pages: the links a portal's listing page offers, each with its text and the
publication date printed beside it, the page title and ``<base href>``; and the
decoding of a page's bytes to text.

The markup is tokenized by lxml (libxml2's HTML parser, in C), a well-kept library that
recovers from malformed markup in linear time, where ``html.parser`` takes minutes on
some malformed pages (a run of unclosed ``<a `` tags) or raises (``<![``). Its parser
target streams start tags, end tags and text to ``_ListingTarget``, so the rule that
finds each link's date is unchanged; BeautifulSoup would only wrap the same parser,
html5lib is pure Python and slow, and selectolax's HTML5 tree building moves content."""
from __future__ import annotations

import re
from datetime import date
from typing import Any, NamedTuple

from lxml import etree

from .urls import BadURL, clean_url, scheme_of

DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\d)")
NOT_LINKS = frozenset({"javascript", "mailto", "tel", "sms", "data", "about", "blob"})  # schemes of no document
BLOCK_TAGS = {"li", "tr", "p", "div", "dd", "dt", "table", "ul", "ol", "br", "hr", "section", "article",
              "h1", "h2", "h3", "h4", "h5", "h6", "body", "tbody", "thead"}


def find_date(text: str | None) -> str | None:
    """The first valid date printed in text, as YYYY-MM-DD (2024-03-05, 2024/3/5,
    2024.03.05, 2024年3月5日)."""
    for m in DATE_RE.finditer(text or ""):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            continue
    return None


class _ListingTarget:
    """lxml parser target collecting links, their text, the page title, <base href>,
    and a token stream used to find the date printed next to each link."""

    def __init__(self) -> None:
        self.title_parts: list[str] = []
        self.base: str | None = None
        self.links: list[dict] = []  # {"href", "text", "title"}
        self.tokens: list[tuple[str, Any]] = []  # ("t", text) | ("a", index) | ("b", None)
        self._in_title = False
        self._skip = 0
        self._open_link: dict | None = None
        self._pending: list[str] = []  # libxml2 reports one run of text in several pieces

    # lxml's target interface ------------------------------------------------
    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._flush_text()
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "base" and attrib.get("href"):
            self.base = attrib["href"]
        elif tag == "a" and attrib.get("href"):
            self._open_link = {"href": attrib["href"].strip(), "text": [], "title": attrib.get("title")}
            self.links.append(self._open_link)
            self.tokens.append(("a", len(self.links) - 1))
        if tag in BLOCK_TAGS:
            self.tokens.append(("b", None))

    def end(self, tag: str) -> None:
        self._flush_text()
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag == "a":
            self._open_link = None
        if tag in BLOCK_TAGS:
            self.tokens.append(("b", None))

    def data(self, data: str) -> None:
        self._pending.append(data)

    def comment(self, text: str) -> None:  # a comment separates runs of text
        self._flush_text()

    def pi(self, target: str, data: str | None = None) -> None:
        self._flush_text()

    def close(self) -> "_ListingTarget":
        self._flush_text()
        return self

    # ------------------------------------------------------------------------
    def _flush_text(self) -> None:
        if not self._pending:
            return
        data = "".join(self._pending)
        self._pending.clear()
        if self._skip:
            return
        if self._in_title:
            self.title_parts.append(data)
        elif self._open_link is not None:
            self._open_link["text"].append(data)
        elif data.strip():
            self.tokens.append(("t", data))

    def dates(self) -> dict[int, str]:
        """Link index -> date printed beside it: the text after the link (up to the
        next link or block boundary), else the text opening the block before the first
        link, else the link's own text. One pass over the tokens."""
        out: dict[int, str] = {}
        opening: list[str] = []  # text opening the segment: text after a link is that link's
        seg_links: list[tuple[int, list[str]]] = []  # (link index, text after it) in this segment

        def flush() -> None:
            for n, (idx, after) in enumerate(seg_links):
                d = (find_date(" ".join(after)) or (find_date(" ".join(opening)) if n == 0 else None)
                     or find_date("".join(self.links[idx]["text"])))
                if d:
                    out[idx] = d
            opening.clear()
            seg_links.clear()

        for kind, value in self.tokens:
            if kind == "b":
                flush()
            elif kind == "a":
                seg_links.append((value, []))
            elif seg_links:
                seg_links[-1][1].append(value)
            else:
                opening.append(value)
        flush()
        return out


def decode_page(body: bytes, content_type: str | None) -> str:
    """HTML bytes to text: the charset of the header, else of a <meta>, else UTF-8,
    else GB18030 (common on Chinese portals)."""
    candidates = []
    m = re.search(r"charset=([\w-]+)", content_type or "", re.I)
    if m:
        candidates.append(m[1])
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.I)
    if m:
        candidates.append(m[1].decode("ascii", "ignore"))
    candidates += ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            return body.decode("gb18030" if enc.lower() in ("gb2312", "gbk") else enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace")


def _clean(text: str | None) -> str | None:
    t = re.sub(r"\s+", " ", text or "").strip()
    return t or None


def _tokenize(html: str) -> _ListingTarget:
    # Already text: handed to libxml2 as UTF-8 and said to be so, so that a <meta
    # charset> in the page cannot make it decode the text a second time.
    parser = etree.HTMLParser(target=_ListingTarget(), encoding="utf-8", huge_tree=True, no_network=True)
    parser.feed(html.encode("utf-8", "replace"))
    return parser.close()


class Listing(NamedTuple):
    """What a listing page offers: its title, its links (``{"url", "text", "date"}``,
    absolute, without fragment), the hrefs that could not be used
    (``{"href", "text", "date", "error"}``), how many links were left unread beyond
    ``max_links``, and why its ``<base href>`` was ignored, if it was."""

    title: str | None
    links: list[dict]
    problems: list[dict]
    unread: int = 0
    base_error: str | None = None


def parse_listing(html: str, page_url: str, max_links: int | None = None) -> Listing:
    """The title, links and unusable hrefs of a listing page at ``page_url`` (the URL
    that answered, after redirects: relative links resolve against it, or against a
    valid ``<base href>``). Scripts, mail and phone links and links to the page itself
    (#…) are not links to follow and are left out silently; another scheme (ftp:, file:,
    a Windows path C:\…) is a link that cannot be followed, listed in ``problems``.
    At most ``max_links`` links are kept; the rest are counted in ``unread``."""
    p = _tokenize(html)
    problems: list[dict] = []
    base, base_error = page_url, None
    if p.base:
        try:
            base = clean_url(p.base, base=page_url)
        except BadURL as e:  # as browsers do: an unusable <base> is ignored
            base_error = f"<base href> {p.base[:200]!r} ignored: {e}"
    dates = p.dates()
    links: list[dict] = []
    read = unread = 0
    for i, ln in enumerate(p.links):
        href = ln["href"]
        if not href or href.startswith("#") or scheme_of(href) in NOT_LINKS:
            continue
        if max_links is not None and read >= max_links:
            unread += 1
            continue
        read += 1
        text = _clean("".join(ln["text"])) or _clean(ln.get("title"))
        try:
            links.append({"url": clean_url(href, base=base), "text": text, "date": dates.get(i)})
        except BadURL as e:
            problems.append({"href": href, "text": text, "date": dates.get(i), "error": f"malformed URL: {e}"})
    return Listing(_clean("".join(p.title_parts)), links, problems, unread, base_error)
