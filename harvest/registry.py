"""The source registry: which portals the nightly harvest crawls, how politely, within
which limits, and whom to tell when a run fails.

A YAML file with one entry per portal (see ../shared/DESIGN.md and README.md, "Nightly harvesting")::

    notify: ["https://hooks.example.org/cnbudget"]   # webhook or Apprise URLs (default none)
    sources:
      - name: putuo
        region: 上海市普陀区
        start_urls: ["http://127.0.0.1:8765/index.html"]
        follow: "list_\\\\d+\\\\.html"   # links to more listing pages (regex on the URL)
        documents: "\\\\.pdf$"          # links to disclosures (regex on the URL)
        allowed_hosts: []              # hosts besides the start URLs' that may be fetched
        rate_limit: 1.0                # requests per second per host
        concurrency: 2                 # requests in flight per host
        max_pages: 200                 # listing pages per run
        max_links: 10000               # links read per listing page
        max_documents: 2000            # documents requested per run
        max_bytes: 104857600           # largest document accepted
        max_page_bytes: 5242880        # largest listing page accepted
        headers: {User-Agent: "cnbudget-harvest"}
        timeout: 30                    # seconds of silence accepted (connect, each read)
        deadline: 300                  # seconds for one URL, all attempts and waits included
        retries: 3                     # further attempts on timeouts, resets, 429 and 5xx
        backoff: 1.0                   # first retry delay, doubled each attempt
        retry_after_max: 120           # longest Retry-After honoured (seconds)
        revalidate_after_days: 7       # an unchanged listing entry's document is re-requested after this

``load_registry(path)`` validates the file with pydantic and raises
``RegistryError`` whose one-line message names the file, the source and the field at
fault; ``read_registry(path)`` gives the whole file (sources and notification targets).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from cnbudget.schemas.config_file import ConfigFileError, read_config_file

from .urls import BadURL, clean_url, host_of, scheme_of

__all__ = ["DEFAULT_USER_AGENT", "Registry", "RegistryError", "Source", "dump_registry", "host_of",
           "load_registry", "parse_registry", "read_registry"]

DEFAULT_USER_AGENT = "cnbudget-harvest (+https://github.com/; budget disclosures research)"
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,47}$")
HEADER_NAME_RE = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an RFC 9110 token
HEADER_VALUE_RE = re.compile(r"^[\t\x20-\x7e]*$")  # printable ASCII: httpx sends header values as ASCII
MAX_ERRORS_SHOWN = 5


class RegistryError(ValueError):
    """A source registry file that cannot be used; the message says where and why."""


def _finite(**kw: Any) -> Any:
    """A float field that refuses inf and NaN (a YAML `.inf` timeout is a mistake)."""
    return Field(allow_inf_nan=False, **kw)


_ORIGIN_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")


@lru_cache(maxsize=4096)  # asked for every link of every page: a page names few origins
def _origin_allowed(origin: str, start_hosts: frozenset[str], allowed_hosts: tuple[str, ...]) -> bool:
    try:
        parts = urlsplit(origin)
        parts.port  # noqa: B018 - raises for a port out of range
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    hp = host_of(origin)
    return hp in start_hosts or hp in allowed_hosts or parts.hostname in allowed_hosts


class Source(BaseModel):
    """One portal of the registry. Every limit has a documented default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="short identifier, also the file name of its `sources` rows")
    region: str | None = None
    start_urls: list[str] = Field(min_length=1, description="absolute http(s) URLs; a #fragment is dropped")
    follow: str | None = Field(default=None, description="regex on the URL of further listing pages")
    documents: str = Field(default=r"\.pdf$", description="regex on the URL of documents")
    allowed_hosts: list[str] = Field(default_factory=list)
    rate_limit: float = _finite(default=1.0, gt=0, le=1000, description="requests per second per host")
    concurrency: int = Field(default=2, ge=1, le=32, description="requests in flight per host")
    max_pages: int = Field(default=200, ge=1, le=100_000, description="listing pages per run")
    max_links: int = Field(default=10_000, ge=1, le=1_000_000,
                           description="links read per listing page; the rest are counted and reported")
    max_documents: int = Field(default=2000, ge=1, le=1_000_000,
                               description="documents requested per run; the rest wait for the next run")
    max_bytes: int = Field(default=100 * 1024 * 1024, ge=1024, le=10 * 1024 ** 3,
                           description="largest document accepted")
    max_page_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, le=1024 ** 3,
                                description="largest listing page accepted")
    headers: dict[str, str] = Field(default_factory=dict)
    timeout: float = _finite(default=30.0, gt=0, le=3600,
                             description="seconds of silence accepted: to connect, and between bytes")
    deadline: float = _finite(default=300.0, gt=0, le=86_400,
                              description="seconds for one URL, headers and body, every attempt, redirect "
                                          "and retry wait included (300: 100 MiB at 350 kB/s)")
    retries: int = Field(default=3, ge=0, le=10)
    backoff: float = _finite(default=1.0, ge=0, le=3600, description="first retry delay, doubled each time")
    retry_after_max: float = _finite(default=120.0, ge=0, le=86_400,
                                     description="longest Retry-After (429/503) honoured; a longer one is "
                                                 "recorded as the link's failure and retried next run")
    revalidate_after_days: float = _finite(default=7.0, ge=0, le=3650,
                                           description="a document whose listing entry is unchanged is "
                                                       "re-requested only once its last request is this old")

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME_RE.match(v):
            raise ValueError("must be 1-48 letters, digits, '_', '-' or '.', starting with a letter or digit")
        return v

    @field_validator("start_urls")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        out = []
        for u in v:
            try:
                out.append(clean_url(u))
            except BadURL as e:
                raise ValueError(f"{u!r} is not an absolute http(s) URL: {e}") from None
        return out

    @field_validator("follow", "documents")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except (re.error, RecursionError, OverflowError) as e:
                raise ValueError(f"invalid regular expression {v!r}: {e}") from None
        return v

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, v: list[str]) -> list[str]:
        out = []
        for h in v:
            h = h.strip().lower()
            hint = "give 'example.gov.cn' or 'example.gov.cn:8080'"
            if not h or "/" in h:
                raise ValueError(f"{h!r} is not a host name ({hint})")
            try:
                clean_url(f"http://{h}/")
            except BadURL as e:
                raise ValueError(f"{h!r} is not a host name: {e} ({hint})") from None
            out.append(h)
        return out

    @field_validator("headers")
    @classmethod
    def _headers(cls, v: dict[str, str]) -> dict[str, str]:
        for name, value in v.items():
            if not HEADER_NAME_RE.match(name):
                raise ValueError(f"{name!r} is not a header name")
            if not HEADER_VALUE_RE.match(value):
                raise ValueError(f"header {name}: only printable ASCII can be sent (no line breaks)")
        return v

    @model_validator(mode="after")
    def _distinct_patterns(self) -> "Source":
        if self.follow is not None and self.follow == self.documents:
            raise ValueError("'follow' and 'documents' are the same pattern: listing pages and documents "
                             "could not be told apart")
        return self

    # ----------------------------------------------------------------- derived

    @cached_property
    def start_hosts(self) -> frozenset[str]:
        return frozenset(host_of(u) for u in self.start_urls)

    def host_allowed(self, url: str) -> bool:
        """True for the start URLs' hosts and the allowed hosts. An allowed host given
        without a port allows every port of that host name."""
        m = _ORIGIN_RE.match(url)
        if not m:
            return False
        return _origin_allowed(m[0].lower(), self.start_hosts, tuple(self.allowed_hosts))

    def is_document(self, url: str) -> bool:
        return re.search(self.documents, url) is not None

    def is_listing(self, url: str) -> bool:
        return self.follow is not None and re.search(self.follow, url) is not None

    @cached_property
    def fetch_fingerprint(self) -> str:
        """A digest of the fields that decide whether a document is accepted (hosts,
        size cap, request headers): a link refused under other settings is asked again."""
        fields = {"allowed_hosts": sorted(self.allowed_hosts), "max_bytes": self.max_bytes,
                  "headers": self.request_headers()}
        return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:16]

    def request_headers(self) -> dict[str, str]:
        h = {"User-Agent": DEFAULT_USER_AGENT}
        h.update(self.headers)
        return h


def _redacted(url: str) -> str:
    """A notification URL shown without what may be a secret (tokens, passwords, paths)."""
    scheme = scheme_of(url) or "?"
    rest = url.split("://", 1)[1] if "://" in url else ""
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1].split("?", 1)[0]
    return f"{scheme}://{host}/…" if host else f"{scheme}://…"


def _notify_target(target: str) -> str:
    """A webhook (http/https, checked like any URL) or an Apprise URL (scheme://…)."""
    t = target.strip()
    scheme = scheme_of(t)
    if not scheme or "://" not in t:
        raise ValueError("not a webhook or Apprise URL (give https://host/path, or an Apprise URL such as "
                         "tgram://token/chat)")
    if not t.split("://", 1)[1]:
        raise ValueError(f"{_redacted(t)} is not a webhook or Apprise URL: nothing after '://'")
    if scheme in ("http", "https"):
        try:
            clean_url(t)
        except BadURL as e:
            raise ValueError(f"{_redacted(t)} is not a valid webhook URL: {e}") from None
    return t


class Registry(BaseModel):
    """A registry file: the sources, and where to send word of a failed run."""

    model_config = ConfigDict(extra="forbid")
    sources: list[Source] = Field(min_length=1)
    notify: list[Annotated[str, AfterValidator(_notify_target)]] = Field(default_factory=list,
                              description="webhook URLs (http/https, a JSON POST) or Apprise URLs "
                                          "(tgram://…, mailto://…, json://…) told when a run fails; default none")

    @field_validator("notify")
    @classmethod
    def _distinct_targets(cls, v: list[str]) -> list[str]:
        for i, target in enumerate(v):
            if target in v[:i]:
                raise ValueError(f"{_redacted(target)} is listed twice")
        return v

    @model_validator(mode="after")
    def _unique(self) -> "Registry":
        seen: set[str] = set()
        for s in self.sources:
            if s.name in seen:
                raise ValueError(f"source name {s.name!r} is used twice")
            seen.add(s.name)
        return self


def _where(loc: tuple[Any, ...], data: Any) -> str:
    """'source #1 ('putuo'), field rate_limit' from a pydantic error location."""
    parts: list[str] = []
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        name = None
        try:
            name = data["sources"][loc[1]].get("name")
        except Exception:  # noqa: BLE001 - best effort only
            pass
        parts.append(f"source #{loc[1] + 1}" + (f" ({name!r})" if isinstance(name, str) else ""))
        rest = loc[2:]
    elif len(loc) >= 2 and loc[0] == "notify" and isinstance(loc[1], int):
        parts.append(f"notify #{loc[1] + 1}")
        rest = loc[2:]
    else:
        rest = loc
    if rest:
        parts.append("field " + ".".join(str(x) for x in rest))
    return ", ".join(parts) or "top level"


def _validate(data: Any, origin: str) -> Registry:
    if isinstance(data, list):  # a bare list of sources is accepted too
        data = {"sources": data}
    if not isinstance(data, dict) or "sources" not in data:
        raise RegistryError(f"{origin}: expected a mapping with a 'sources' list at the top level")
    try:
        return Registry.model_validate(data)
    except ValidationError as e:
        errors = e.errors(include_input=False, include_url=False)
        reasons = []
        for err in errors[:MAX_ERRORS_SHOWN]:
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown field (a typo?)"
            reasons.append(f"{_where(tuple(err['loc']), data)}: {msg}")
        more = len(errors) - MAX_ERRORS_SHOWN
        line = "; ".join(reasons) + (f" (and {more} more)" if more > 0 else "")
        raise RegistryError(f"{origin}: invalid source registry: {' '.join(line.split())}") from None
    except RecursionError:
        raise RegistryError(f"{origin}: invalid source registry: nested too deeply") from None


def parse_registry(data: Any, origin: str = "<registry>") -> list[Source]:
    """Validate already-parsed YAML data; ``origin`` names it in error messages."""
    return list(_validate(data, origin).sources)


def read_registry(path: str | os.PathLike) -> Registry:
    """A registry file, validated: its sources and notification targets."""
    try:
        data = read_config_file(path, "source registry")
    except ConfigFileError as e:
        raise RegistryError(str(e)) from None
    return _validate(data, str(path))


def load_registry(path: str | os.PathLike) -> list[Source]:
    """The sources of a registry YAML file, validated."""
    return list(read_registry(path).sources)


def dump_registry(sources: list[Source], path: str | os.PathLike, notify: list[str] | None = None) -> Path:
    """Write sources (and notification targets) as a registry file (used by the demo)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {"notify": list(notify)} if notify else {}
    data["sources"] = [s.model_dump(exclude_defaults=True) for s in sources]
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return p

