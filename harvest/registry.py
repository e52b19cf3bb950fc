"""The source registry: which portals the nightly harvest crawls, and how politely.

A YAML file with one entry per portal (see ../shared/DESIGN.md and README.md, "Nightly harvesting")::

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
        max_bytes: 104857600           # largest document accepted
        headers: {User-Agent: "cnbudget-harvest"}
        timeout: 30                    # seconds per request
        retries: 3                     # further attempts on timeouts, resets and 5xx
        backoff: 1.0                   # first retry delay, doubled each attempt

``load_registry(path)`` validates the file with pydantic and raises
``RegistryError`` whose message names the file, the source and the field at fault.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from cnbudget.schemas.config_file import ConfigFileError, read_config_file

DEFAULT_USER_AGENT = "cnbudget-harvest (+https://github.com/; budget disclosures research)"
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,47}$")


class RegistryError(ValueError):
    """A source registry file that cannot be used; the message says where and why."""


def host_of(url: str) -> str:
    """``host[:port]`` of a URL, lower case (the unit of politeness and of permission)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


class Source(BaseModel):
    """One portal of the registry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="short identifier, also the file name of its `sources` rows")
    region: str | None = None
    start_urls: list[str] = Field(min_length=1)
    follow: str | None = Field(default=None, description="regex on the URL of further listing pages")
    documents: str = Field(default=r"\.pdf$", description="regex on the URL of documents")
    allowed_hosts: list[str] = Field(default_factory=list)
    rate_limit: float = Field(default=1.0, gt=0, description="requests per second per host")
    concurrency: int = Field(default=2, ge=1, le=32, description="requests in flight per host")
    max_pages: int = Field(default=200, ge=1)
    max_bytes: int = Field(default=100 * 1024 * 1024, ge=1024)
    headers: dict[str, str] = Field(default_factory=dict)
    timeout: float = Field(default=30.0, gt=0)
    retries: int = Field(default=3, ge=0, le=10)
    backoff: float = Field(default=1.0, ge=0)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME_RE.match(v):
            raise ValueError("must be 1-48 letters, digits, '_', '-' or '.', starting with a letter or digit")
        return v

    @field_validator("start_urls")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        for u in v:
            parts = urlsplit(u)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"{u!r} is not an absolute http(s) URL")
        return v

    @field_validator("follow", "documents")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as e:
                raise ValueError(f"invalid regular expression {v!r}: {e}") from None
        return v

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, v: list[str]) -> list[str]:
        out = []
        for h in v:
            h = h.strip().lower()
            if not h or "/" in h:
                raise ValueError(f"{h!r} is not a host name (give 'example.gov.cn' or 'example.gov.cn:8080')")
            out.append(h)
        return out

    @model_validator(mode="after")
    def _distinct_patterns(self) -> "Source":
        if self.follow is not None and self.follow == self.documents:
            raise ValueError("'follow' and 'documents' are the same pattern: listing pages and documents "
                             "could not be told apart")
        return self

    # ----------------------------------------------------------------- derived

    @property
    def start_hosts(self) -> set[str]:
        return {host_of(u) for u in self.start_urls}

    def host_allowed(self, url: str) -> bool:
        """True for the start URLs' hosts and the allowed hosts. An allowed host given
        without a port allows every port of that host name."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        hp = host_of(url)
        if hp in self.start_hosts or hp in self.allowed_hosts:
            return True
        return (parts.hostname or "").lower() in self.allowed_hosts

    def is_document(self, url: str) -> bool:
        return re.search(self.documents, url) is not None

    def is_listing(self, url: str) -> bool:
        return self.follow is not None and re.search(self.follow, url) is not None

    def request_headers(self) -> dict[str, str]:
        h = {"User-Agent": DEFAULT_USER_AGENT}
        h.update(self.headers)
        return h


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> "Registry":
        seen: set[str] = set()
        for s in self.sources:
            if s.name in seen:
                raise ValueError(f"source name {s.name!r} is used twice")
            seen.add(s.name)
        return self


def _where(loc: tuple[Any, ...], data: Any) -> str:
    """'source 'putuo' (#1), field rate_limit' from a pydantic error location."""
    parts: list[str] = []
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        name = None
        try:
            name = data["sources"][loc[1]].get("name")
        except Exception:  # noqa: BLE001 - best effort only
            pass
        parts.append(f"source #{loc[1] + 1}" + (f" ({name!r})" if name else ""))
        rest = loc[2:]
    else:
        rest = loc
    if rest:
        parts.append("field " + ".".join(str(x) for x in rest))
    return ", ".join(parts) or "top level"


def parse_registry(data: Any, origin: str = "<registry>") -> list[Source]:
    """Validate already-parsed YAML data; ``origin`` names it in error messages."""
    if isinstance(data, list):  # a bare list of sources is accepted too
        data = {"sources": data}
    if not isinstance(data, dict) or "sources" not in data:
        raise RegistryError(f"{origin}: expected a mapping with a 'sources' list at the top level")
    try:
        return list(Registry.model_validate(data).sources)
    except ValidationError as e:
        lines = []
        for err in e.errors():
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown field (a typo?)"
            lines.append(f"  {_where(tuple(err['loc']), data)}: {msg}")
        raise RegistryError(f"{origin}: invalid source registry:\n" + "\n".join(lines)) from None


def load_registry(path: str | os.PathLike) -> list[Source]:
    """The sources of a registry YAML file, validated."""
    try:
        data = read_config_file(path, "source registry")
    except ConfigFileError as e:
        raise RegistryError(str(e)) from None
    return parse_registry(data, str(path))


def dump_registry(sources: list[Source], path: str | os.PathLike) -> Path:
    """Write sources as a registry file (used by the demo)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    data = {"sources": [s.model_dump(exclude_defaults=True) for s in sources]}
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return p
