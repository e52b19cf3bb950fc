"""URLs as the harvest meets them: hrefs of listing pages, ``<base href>``, redirect
``Location`` headers, start URLs of the registry. ``clean_url`` resolves one against
its base and either returns an absolute http(s) URL the client can request (fragment
removed) or raises ``BadURL`` with a readable reason, so that one malformed link is
recorded against that link and never stops the page or the source it is on.

``host_of`` never raises: a URL whose host cannot be read has host ``""``, which no
source allows."""
from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import httpx

MAX_URL_LENGTH = 8192  # what common servers accept in a request line; longer is a broken page
WEB_SCHEMES = ("http", "https")
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_INNER_WHITESPACE = re.compile(r"[\t\n\r]")  # browsers drop these inside URLs (WHATWG URL)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HOST_RE = re.compile(r"^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?$")


class BadURL(ValueError):
    """A URL that cannot be requested; the message says why."""


def scheme_of(href: str) -> str | None:
    """The scheme an href names (lower case), or None for a relative reference."""
    m = _SCHEME_RE.match(href.strip())
    return m[1].lower() if m else None


@lru_cache(maxsize=1024)  # a page links to a handful of hosts, thousands of times
def _host_problem(hostname: str) -> str | None:
    """Why a host name (as urlsplit gives it: lower case, no brackets) cannot be
    requested, or None."""
    if ":" in hostname:  # an IPv6 literal
        try:
            ipaddress.IPv6Address(hostname.split("%", 1)[0])
        except ValueError:
            return f"invalid IPv6 address [{hostname}]"
        return None
    try:
        ascii_host = httpx.URL(f"http://{hostname}/").raw_host.decode("ascii")  # IDNA, as it will be sent
    except (httpx.InvalidURL, UnicodeError, ValueError):
        return f"invalid host name {hostname!r}"
    if not _HOST_RE.match(ascii_host.lower()):
        return f"invalid host name {hostname!r}"
    return None


def clean_url(href: str, base: str | None = None) -> str:
    """``href`` resolved against ``base`` as an absolute http(s) URL without fragment.

    Raises BadURL for anything a client could not request: an unreadable IPv6 literal,
    a port outside 1-65535, no host or an invalid one, another scheme, control
    characters, or a URL longer than MAX_URL_LENGTH."""
    h = _INNER_WHITESPACE.sub("", href.strip())
    if len(h) > MAX_URL_LENGTH:
        raise BadURL(f"longer than {MAX_URL_LENGTH} characters")
    try:
        url = urljoin(base, h) if base else h
        parts = urlsplit(url)
        port = parts.port  # raises for a port out of range or not a number
    except ValueError as e:
        raise BadURL(str(e)) from None
    if parts.scheme.lower() not in WEB_SCHEMES:
        raise BadURL(f"not an http(s) URL (scheme {parts.scheme or 'missing'!r})")
    if not parts.hostname:
        raise BadURL("no host")
    if port == 0:
        raise BadURL("port 0")
    problem = _host_problem(parts.hostname)
    if problem:
        raise BadURL(problem)
    bad = _CONTROL.search(url)
    if bad:  # httpx refuses these; anything else it percent-encodes
        raise BadURL(f"control character {bad[0]!r} at position {bad.start()}")
    if len(url) > MAX_URL_LENGTH:
        raise BadURL(f"longer than {MAX_URL_LENGTH} characters")
    return url.partition("#")[0]


def host_of(url: str) -> str:
    """``host[:port]`` of a URL, lower case (the unit of politeness and of permission);
    ``""`` when the URL has no readable host."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return ""
    return f"{host}:{port}" if port else host
