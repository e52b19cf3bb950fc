"""The source registry: loading, validation with clear messages, the round trip, and
the host rules it decides (cnbudget.harvest.registry)."""
from __future__ import annotations

import os

import pytest

from cnbudget.harvest.registry import (DEFAULT_USER_AGENT, RegistryError, Source, dump_registry, host_of,
                                       load_registry, parse_registry, read_registry)


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


# --------------------------------------------------------------------------- hostile files, limits


def _load_error(tmp_path, body: str | bytes, name: str = "bad.yaml") -> str:
    f = tmp_path / name
    f.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    with pytest.raises(RegistryError) as e:
        load_registry(f)
    msg = str(e.value)
    assert msg.startswith(f"{f}: ") and "\n" not in msg  # one readable line, naming the file
    return msg


SOURCE = "sources:\n  - name: a\n    start_urls: ['http://h/']\n"


@pytest.mark.parametrize("body, expected", [
    (("sources:\n  - name: a\n    region: 上海市\n    start_urls: ['http://h/']\n").encode("gbk"),
     "not UTF-8 text (byte 0xc9 on line 3); save it as UTF-8"),
    ("sources: " + "[" * 20_000 + "]" * 20_000, "not valid YAML: nested too deeply"),
    (SOURCE + "    headers: " + "{a: " * 20_000 + "1" + "}" * 20_000, "nested too deeply"),
    ("sources:\n  - name: a\n    start_urls: ['http://h:99999/']\n", "Port out of range 0-65535"),
    ("sources:\n  - name: a\n    start_urls: ['http://[::1/x']\n", "Invalid IPv6 URL"),
    ("sources:\n  - name: a\n    start_urls: ['http://h:0/']\n", "port 0"),
    (SOURCE + "    allowed_hosts: ['files.example:99999']\n", "field allowed_hosts: 'files.example:99999' is not a host name: Port out of range"),
    (SOURCE + "    timeout: .inf\n", "field timeout: Input should be a finite number"),
    (SOURCE + "    timeout: .nan\n", "field timeout: Input should be a finite number"),
    (SOURCE + "    timeout: -1\n", "field timeout: Input should be greater than 0"),
    (SOURCE + "    timeout: 100000\n", "field timeout: Input should be less than or equal to 3600"),
    (SOURCE + "    deadline: .inf\n", "field deadline: Input should be a finite number"),
    (SOURCE + "    deadline: 0\n", "field deadline: Input should be greater than 0"),
    (SOURCE + "    rate_limit: .inf\n", "field rate_limit: Input should be a finite number"),
    (SOURCE + "    backoff: -.inf\n", "field backoff: Input should be a finite number"),
    (SOURCE + "    retry_after_max: -5\n", "field retry_after_max: Input should be greater than or equal to 0"),
    (SOURCE + "    revalidate_after_days: .nan\n", "field revalidate_after_days: Input should be a finite number"),
    (SOURCE + "    max_links: 0\n", "field max_links: Input should be greater than or equal to 1"),
    (SOURCE + "    max_documents: -1\n", "field max_documents: Input should be greater than or equal to 1"),
    (SOURCE + "    headers: {User-Agent: 研究}\n", "header User-Agent: only printable ASCII"),
    (SOURCE + "    headers: {'Bad Name': x}\n", "'Bad Name' is not a header name"),
    (SOURCE + "    headers: {X: \"a\\r\\nInjected: 1\"}\n", "no line breaks"),
    ("sources:\n  - name: a\n    start_urls: ['http://h/']\n    follow: '" + "(" * 200 + "'\n", "invalid regular expression"),
    ("notify: ['not a url']\n" + SOURCE, "notify #1: not a webhook or Apprise URL"),
    ("notify: ['https://hooks.example:99999/t0ken']\n" + SOURCE, "notify #1: https://hooks.example:99999/… is not a valid"),
    ("notify: ['tgram://', 'x']\n" + SOURCE, "notify #1: tgram://… is not a webhook or Apprise URL: nothing after '://'"),
    ("notify: ['json://h/a', 'json://h/a']\n" + SOURCE, "json://h/… is listed twice"),
    ("notify: https://h/\n" + SOURCE, "field notify: Input should be a valid list"),
])
def test_hostile_registries_give_one_readable_line(tmp_path, body, expected):
    assert expected in _load_error(tmp_path, body)


def test_deeply_nested_json_and_many_errors(tmp_path):
    assert "not valid JSON: nested too deeply" in _load_error(tmp_path, "[" * 100_000, "bad.json")
    many = "sources:\n" + "".join(f"  - {{name: s{i}, start_urls: ['http://h:9999{i}/']}}\n" for i in range(9))
    msg = _load_error(tmp_path, many)
    assert msg.count("Port out of range") == 5 and msg.endswith("(and 4 more)")


def test_notification_secrets_stay_out_of_errors(tmp_path):
    msg = _load_error(tmp_path, "notify: ['tgram://123456:SECRETTOKEN/-1001', 'https://u:pw@h:99999/s3cret']\n" + SOURCE)
    assert "SECRET" not in msg and "pw" not in msg and "s3cret" not in msg


def test_a_registry_path_that_is_not_a_file(tmp_path):
    assert "not a regular file" in _load_error_path(tmp_path)
    if hasattr(os, "mkfifo"):  # reading a FIFO would block forever
        fifo = tmp_path / "fifo.yaml"
        os.mkfifo(fifo)
        with pytest.raises(RegistryError, match="not a regular file"):
            load_registry(fifo)


def _load_error_path(tmp_path) -> str:
    with pytest.raises(RegistryError) as e:
        load_registry(tmp_path)  # a directory
    return str(e.value)


def test_notify_targets_and_defaults(tmp_path):
    f = tmp_path / "reg.yaml"
    targets = ["https://hooks.example.org/cnbudget", "tgram://bottoken/ChatID", "json://127.0.0.1:8080/hook"]
    dump_registry([Source(name="a", start_urls=["http://h/index.html#main"])], f, notify=targets)
    reg = read_registry(f)
    assert reg.notify == targets and reg.sources[0].start_urls == ["http://h/index.html"]  # fragment dropped
    assert read_registry(dump_registry(reg.sources, tmp_path / "plain.yaml")).notify == []  # default: none
    src = reg.sources[0]
    assert (src.deadline, src.retry_after_max, src.revalidate_after_days, src.max_links, src.max_documents,
            src.max_page_bytes) == (300.0, 120.0, 7.0, 10_000, 2000, 5 * 1024 * 1024)
