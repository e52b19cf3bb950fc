"""Harvesting disclosures from portals: plain functions and classes, no Prefect inside
(the flows in ``cnbudget.flows.nightly`` add tasks, retries and schedules). One module
per job:

* ``registry``: the source registry (which portals, how politely, within which
  limits, whom to notify), validated YAML.
* ``urls``: hrefs, ``<base>``, redirect targets and start URLs checked and resolved
  (``clean_url``), hosts read (``host_of``).
* ``records``: the values the jobs hand each other (Link, CrawlResult, FetchResult,
  HarvestStats).
* ``http``: the HTTP client, a deadline per URL, retries (Retry-After honoured up to a
  cap), redirects to allowed hosts only, per-host limits, conditional requests.
* ``listing``: a listing page's links, their texts and dates (HTML parsing, decoding).
* ``crawl``: walking a portal's listing pages.
* ``fetch``: downloading one document into the store and recording it; the
  revalidation policy (``needs_request``).
* ``store``: the content-addressed raw documents (``BlobStore``).
* ``manifest``: what the harvest knows, in SQLite (``Manifest``).
* ``sources_dataset``: the rows of the ``sources`` dataset, from the manifest.
"""
from .crawl import crawl
from .fetch import fetch, file_name_of, needs_request
from .http import HostLimiter, make_client, retry_after_seconds
from .listing import Listing, find_date, parse_listing
from .manifest import Manifest
from .records import CrawlResult, FetchResult, HarvestStats, Link
from .registry import (DEFAULT_USER_AGENT, Registry, RegistryError, Source, dump_registry, load_registry,
                       parse_registry, read_registry)
from .sources_dataset import source_rows
from .store import BlobStore
from .urls import BadURL, clean_url, host_of

__all__ = [
    "BlobStore", "CrawlResult", "FetchResult", "HarvestStats", "HostLimiter", "Link", "Manifest",
    "crawl", "fetch", "make_client", "needs_request", "retry_after_seconds", "source_rows",
    "Source", "Registry", "RegistryError", "load_registry", "read_registry", "dump_registry", "parse_registry",
    "host_of", "clean_url", "BadURL",
    "DEFAULT_USER_AGENT", "file_name_of", "find_date", "parse_listing", "Listing",
]
