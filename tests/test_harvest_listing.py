"""Listing pages: links, their texts and the dates printed beside them, the page title,
<base href>, pagination links, decoding, malformed markup and large pages
(cnbudget.harvest.listing)."""
from __future__ import annotations

import time

import pytest

from cnbudget.harvest.listing import decode_page, find_date, parse_listing


def test_listing_links_titles_and_dates():
    html = """<html><head><title> 预算公开 </title></head><body>
    <ul><li><a href="a.pdf">甲局2025年预算</a><span>2025-02-10</span></li>
        <li><span>[2024/3/5]</span> <a href="/b.pdf">乙局决算</a></li></ul>
    <table><tr><td><a href="c.pdf#page=2">丙</a></td><td>2024年12月1日</td></tr></table>
    <p><a href="d.pdf">丁</a> 2023.01.02 <a href="e.pdf">戊</a> 2023-13-40</p>
    <a href="javascript:void(0)">x</a></body></html>"""
    title, links, *_ = parse_listing(html, "http://h/list/index.html")
    assert title == "预算公开"
    got = {ln["url"]: (ln["text"], ln["date"]) for ln in links}
    assert got == {
        "http://h/list/a.pdf": ("甲局2025年预算", "2025-02-10"),
        "http://h/b.pdf": ("乙局决算", "2024-03-05"),
        "http://h/list/c.pdf": ("丙", "2024-12-01"),
        "http://h/list/d.pdf": ("丁", "2023-01-02"),
        "http://h/list/e.pdf": ("戊", None),  # an impossible date is no date
    }
    assert find_date("发布时间：2025年1月9日") == "2025-01-09"


def test_base_href_pagination_and_fallback_texts():
    html = """<html><head><base href="/files/2025/"><title>目录</title>
    <script>var s = '<a href="script.pdf">2020-01-01</a>';</script><style>a{}</style></head><body>
    <div class="list"><a href="a.pdf" title="甲局2025年部门预算"><img src="pdf.png"></a></div>
    <div class="list"><a href="b.pdf">乙局（2025年3月6日发布）</a></div>
    <div class="list"><a href="http://other.example/c.pdf#x">丙</a></div>
    <div class="pager">第1页 <a href="list_2.html">下一页</a> <a href="#top">顶部</a>
    <a href="mailto:a@b.cn">信箱</a> <a href="tel:123">电话</a> <a href="  ../list_9.html ">末页</a></div>
    </body></html>"""
    title, links, *_ = parse_listing(html, "http://h/list/index.html")
    assert title == "目录"
    assert links == [
        {"url": "http://h/files/2025/a.pdf", "text": "甲局2025年部门预算", "date": None},  # the title attribute
        {"url": "http://h/files/2025/b.pdf", "text": "乙局（2025年3月6日发布）", "date": "2025-03-06"},  # own text
        {"url": "http://other.example/c.pdf", "text": "丙", "date": None},
        {"url": "http://h/files/2025/list_2.html", "text": "下一页", "date": None},
        {"url": "http://h/files/list_9.html", "text": "末页", "date": None},
    ]


def test_date_belongs_to_the_nearest_link_in_its_block():
    html = """<ul><li>2025-01-01 <a href="a.pdf">甲</a> <a href="b.pdf">乙</a> 2025-01-03</li>
    <li><a href="c.pdf">丙</a></li><li>2025-01-04</li></ul>"""
    _, links, *_ = parse_listing(html, "http://h/")
    # the text opening a block is the first link's; text after a link is that link's;
    # a date in the next block is nobody's
    assert [(ln["text"], ln["date"]) for ln in links] == [("甲", "2025-01-01"), ("乙", "2025-01-03"), ("丙", None)]


@pytest.mark.parametrize("html", [
    "",
    "   ",
    "no markup at all 2025-01-01",
    "<a href='a.pdf'>甲</a> 2024-05-06</div></span></li>",  # stray end tags
    "<ul><li><a href='a.pdf'>甲</a> 2024-05-06<li><a href='b.pdf'>乙</a></ul>",  # optional end tags
    "<p><font><a href=a.pdf>甲</font> 2024-05-06",  # unclosed and misnested
    "<a href=a.pdf>甲<!-- unclosed comment 2024-05-06",
    "<a href=a.pdf\x00>甲\x00</a>\ufffd<<>>&&amp;&#xZZ;",
    '<a href="a.pdf" <a href="b.pdf">x</a>',
    "<" * 1000 + "<a href=a.pdf>甲</a>" + "</div>" * 1000,
    "<div>" * 5000 + "<a href=a.pdf>甲</a> 2024-05-06",  # very deep nesting
    "<![" * 100 + "<a href=a.pdf>甲</a>",  # html.parser raised AssertionError here
])
def test_malformed_markup_is_tolerated(html):
    title, links, *_ = parse_listing(html, "http://h/")
    assert title is None
    for ln in links:
        assert ln["url"].startswith("http://h/") and set(ln) == {"url", "text", "date"}
    if "2024-05-06" in html and "<!--" not in html:
        assert links[0]["url"] == "http://h/a.pdf" and links[0]["date"] == "2024-05-06"


def test_large_listing_parses_in_linear_time():
    # 150,000 links in one block: the date search used to rescan the block for every link
    n = 150_000
    html = "<html><body><p>" + "".join(f'<a href="/d/{i}.pdf">文件{i}</a> 2025-02-{i % 28 + 1:02d} '
                                       for i in range(n)) + "</p></body></html>"
    t0 = time.process_time()
    _, links, *_ = parse_listing(html, "http://h/list/")
    assert len(links) == n and links[-1] == {"url": f"http://h/d/{n - 1}.pdf", "text": f"文件{n - 1}",
                                             "date": f"2025-02-{(n - 1) % 28 + 1:02d}"}
    assert time.process_time() - t0 < 60  # about 5 s on a 2-core CI machine; minutes when quadratic


@pytest.mark.parametrize("junk", ["<a " * 40_000, "</" * 40_000, "<?" * 40_000])
def test_pathological_markup_parses_in_linear_time(junk):
    t0 = time.process_time()
    parse_listing(junk + "<a href=a.pdf>甲</a>", "http://h/")
    assert time.process_time() - t0 < 10  # a fraction of a second; html.parser took minutes on the first


@pytest.mark.parametrize("body, content_type, expected", [
    ("预算公开".encode("utf-8"), "text/html; charset=UTF-8", "预算公开"),
    ("预算公开".encode("gb18030"), "text/html; charset=gb2312", "预算公开"),  # GB2312/GBK read as GB18030
    ('<meta charset="gbk"><title>预算公开</title>'.encode("gb18030"), "text/html",
     '<meta charset="gbk"><title>预算公开</title>'),
    ('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">预算'.encode("gb18030"), None,
     '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">预算'),
    ("预算公开".encode("utf-8"), "text/html; charset=no-such-codec", "预算公开"),  # unknown label: UTF-8
    ("预算公开".encode("gb18030"), None, "预算公开"),  # not UTF-8: GB18030
    ("预算公开".encode("gb18030"), "text/html; charset=utf-8", "预算公开"),  # a wrong header that cannot decode
])
def test_decode_page(body, content_type, expected):
    assert decode_page(body, content_type) == expected


def test_decoded_page_is_not_decoded_twice():
    # the text already decoded still says charset=gb2312: the parser must not re-decode it
    page = decode_page('<meta charset="gb2312"><title>预算公开</title><a href="a.pdf">甲局</a>'.encode("gb18030"), None)
    assert parse_listing(page, "http://h/")[:2] == ("预算公开", [{"url": "http://h/a.pdf", "text": "甲局", "date": None}])
