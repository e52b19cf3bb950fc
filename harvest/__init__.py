"""Harvesting disclosures from portals: plain functions and classes, no Prefect inside
(the flows in ``cnbudget.flows.nightly`` add tasks, retries and schedules). One module
per job:

* ``registry``: the source registry (which portals, how politely), validated YAML.
* ``records``: the values the jobs hand each other (Link, CrawlResult, FetchResult,
  HarvestStats).
* ``http``: the HTTP client, retries, redirects to allowed hosts only, per-host limits,
  conditional requests.
* ``listing``: a listing page's links, their texts and dates (HTML parsing, decoding).
* ``crawl``: walking a portal's listing pages.
* ``fetch``: downloading one document into the store and recording it.
* ``store``: the content-addressed raw documents (``BlobStore``).
* ``manifest``: what the harvest knows, in SQLite (``Manifest``).
* ``sources_dataset``: the rows of the ``sources`` dataset, from the manifest.
"""
from .crawl import crawl
from .fetch import fetch, file_name_of
from .http import HostLimiter, make_client
from .listing import find_date, parse_listing
from .manifest import Manifest
from .records import CrawlResult, FetchResult, HarvestStats, Link
from .registry import DEFAULT_USER_AGENT, RegistryError, Source, dump_registry, host_of, load_registry, parse_registry
from .sources_dataset import source_rows
from .store import BlobStore

__all__ = [
    "BlobStore", "CrawlResult", "FetchResult", "HarvestStats", "HostLimiter", "Link", "Manifest",
    "crawl", "fetch", "make_client", "source_rows",
    "Source", "RegistryError", "load_registry", "dump_registry", "parse_registry", "host_of",
    "DEFAULT_USER_AGENT", "file_name_of", "find_date", "parse_listing",
]
