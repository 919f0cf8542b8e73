"""`sitemap`: sitemap indexes, URL sets and Google News sitemaps (sitemaps.org protocol).

options:
  since        date; skip pages (and whole child sitemaps) whose `lastmod` is older. The
               run's `since` (its data interval) also applies; the later of the two wins.
               Entries without `lastmod` are kept.
  url_pattern  regular expression; only page URLs it matches become leads.
  max_depth    how deep sitemap indexes may nest (default 2: index → index → URL set).
  court        {name, document_type}: hints for every page (a court's own sitemap).
News sitemap entries give `news:title` and `news:publication_date` as title and date hints.
Gzipped sitemaps (`.xml.gz`) are inflated up to the protocol's 50 MB limit.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urljoin

from lxml import etree
from pydantic import Field

from etl.connectors import Connector, CourtHints, DiscoverError, Options, latest, parse_moment, register, wanted
from etl.fetch import HttpFetcher, Lead

NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the protocol's limit for one uncompressed sitemap
GZIP_MAGIC = b"\x1f\x8b"


class SitemapOptions(Options):
    since: date | None = None
    url_pattern: re.Pattern | None = None
    max_depth: int = Field(2, ge=1, le=5)
    court: CourtHints | None = None


@dataclass
class Entry:
    loc: str
    lastmod: datetime | None
    hints: dict = field(default_factory=dict)


def _inflate(body: bytes, url: str) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, MAX_SITEMAP_BYTES + 1)
    except zlib.error as err:
        raise DiscoverError(f"{url}: corrupt gzip sitemap: {err}") from err
    if len(data) > MAX_SITEMAP_BYTES or inflater.unconsumed_tail:
        raise DiscoverError(f"{url}: sitemap larger than {MAX_SITEMAP_BYTES} bytes once inflated")
    return data


def _text(element, path: str) -> str | None:
    value = element.findtext(path)
    return value.strip() if value and value.strip() else None


def parse_sitemap(body: bytes, url: str) -> tuple[str, list[Entry]]:
    """("sitemapindex" | "urlset", entries with absolute `loc`); DiscoverError if it is neither."""
    if body.startswith(GZIP_MAGIC):
        body = _inflate(body, url)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as err:
        raise DiscoverError(f"{url}: malformed sitemap: {err}") from err
    if root is None:
        raise DiscoverError(f"{url}: malformed sitemap: empty document")
    kind = etree.QName(root).localname
    if kind not in ("sitemapindex", "urlset"):
        raise DiscoverError(f"{url}: not a sitemap (root element <{kind}>)")
    entries = []
    for element in root.iterfind("{*}sitemap" if kind == "sitemapindex" else "{*}url"):
        loc = _text(element, "{*}loc")
        if not loc:
            continue
        hints = {}
        news = element.find(f"{NEWS}news")
        if news is not None:
            published = parse_moment(_text(news, f"{NEWS}publication_date"))
            hints = {"title": _text(news, f"{NEWS}title"), "published_at": published.isoformat() if published else None}
        entries.append(Entry(urljoin(url, loc), parse_moment(_text(element, "{*}lastmod")), {k: v for k, v in hints.items() if v}))
    return kind, entries


@register("sitemap")
class SitemapConnector(Connector):
    Options = SitemapOptions

    def discover(self, fetcher: HttpFetcher, since: datetime | date | None = None) -> Iterator[Lead]:
        floor = latest(self.options.since, since)
        visited: set[str] = set()
        pages: set[str] = set()
        for url in self.source.entry_urls:
            yield from self._walk(url, fetcher, floor, 0, visited, pages)

    def _walk(self, url, fetcher, floor, depth, visited, pages) -> Iterator[Lead]:
        if url in visited:
            return
        visited.add(url)
        kind, entries = parse_sitemap(fetcher.get(url).body, url)
        for entry in entries:
            if floor and entry.lastmod and entry.lastmod < floor:
                continue
            if kind == "sitemapindex":
                if depth + 1 > self.options.max_depth:
                    raise DiscoverError(f"{url}: sitemap indexes nest deeper than max_depth {self.options.max_depth}")
                yield from self._walk(entry.loc, fetcher, floor, depth + 1, visited, pages)
            elif entry.loc not in pages and wanted(entry.loc, self.options.url_pattern):
                pages.add(entry.loc)
                yield Lead(url=entry.loc, source=self.source.id, hints=self._hints(entry))

    def _hints(self, entry: Entry) -> dict:
        return {**entry.hints, **(self.options.court.as_hints() if self.options.court else {})}
