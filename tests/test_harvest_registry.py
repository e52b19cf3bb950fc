"""The source registry: loading, validation with clear messages, the round trip, and
the host rules it decides (cnbudget.harvest.registry)."""
from __future__ import annotations

import pytest

from cnbudget.harvest.registry import (DEFAULT_USER_AGENT, RegistryError, Source, dump_registry, host_of,
                                       load_registry, parse_registry)


def test_registry_loads_and_validates(tmp_path):
    good = tmp_path / "ok.yaml"
    good.write_text('sources:\n  - name: putuo\n    region: 上海市普陀区\n'
                    '    start_urls: ["http://127.0.0.1:8765/index.html"]\n'
                    '    follow: "list_\\\\d+\\\\.html"\n    documents: "\\\\.pdf$"\n    rate_limit: 0.5\n',
                    encoding="utf-8")
    (src,) = load_registry(good)
    assert src.name == "putuo" and src.rate_limit == 0.5 and src.is_listing("http://x/list_2.html")
    assert src.host_allowed("http://127.0.0.1:8765/a.pdf") and not src.host_allowed("http://127.0.0.1:9999/a.pdf")
    assert not src.host_allowed("http://other.example/a.pdf")
    # round trip
    assert load_registry(dump_registry([src], tmp_path / "rt.yaml")) == [src]


@pytest.mark.parametrize("body, expected", [
    ("sources:\n  - name: a\n", "field start_urls: Field required"),
    ("sources:\n  - name: a\n    start_urls: [x]\n", "not an absolute http(s) URL"),
    ("sources:\n  - name: a\n    start_urls: ['http://h/']\n    follow: '('\n", "invalid regular expression"),
    ("sources:\n  - name: a\n    start_urls: ['http://h/']\n    rate_limt: 1\n", "rate_limt: unknown field"),
    ("sources:\n  - name: a\n    start_urls: ['http://h/']\n    rate_limit: 0\n", "greater than 0"),
    ("sources:\n  - {name: a, start_urls: ['http://h/']}\n  - {name: a, start_urls: ['http://h/']}\n", "used twice"),
    ("sources: [\n", "not valid YAML"),
    ("hello: 1\n", "'sources' list"),
])
def test_registry_errors_are_clear(tmp_path, body, expected):
    f = tmp_path / "bad.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(RegistryError) as e:
        load_registry(f)
    assert str(f) in str(e.value) and expected in str(e.value)
    if "name: a" in body and "used twice" not in expected:
        assert "source #1 ('a')" in str(e.value)


def test_registry_missing_file(tmp_path):
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "nope.yaml")


def test_hosts_and_headers():
    assert host_of("HTTP://Example.GOV.cn:8080/a.pdf") == "example.gov.cn:8080"
    assert host_of("https://example.gov.cn/a.pdf") == "example.gov.cn"
    src = Source(name="s", start_urls=["http://a.example/index.html"], allowed_hosts=[" B.example ", "c.example:81"],
                 headers={"Accept-Language": "zh-CN"})
    assert src.allowed_hosts == ["b.example", "c.example:81"]
    assert src.host_allowed("http://b.example:8443/x.pdf")  # a host without a port allows every port
    assert src.host_allowed("http://c.example:81/x.pdf") and not src.host_allowed("http://c.example:82/x.pdf")
    assert not src.host_allowed("ftp://a.example/x.pdf")
    assert src.request_headers() == {"User-Agent": DEFAULT_USER_AGENT, "Accept-Language": "zh-CN"}


def test_parse_registry_accepts_a_bare_list():
    (src,) = parse_registry([{"name": "a", "start_urls": ["http://h/"]}], "inline")
    assert src.name == "a" and src.documents == r"\.pdf$" and not src.is_listing("http://h/list_2.html")
    with pytest.raises(RegistryError,
                       match=r"(?s)^inline: .*source #1 \('a'\): 'follow' and 'documents' are the same pattern"):
        parse_registry([{"name": "a", "start_urls": ["http://h/"], "follow": "x", "documents": "x"}], "inline")
