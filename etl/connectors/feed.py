"""`feed`: RSS 0.9x/1.0/2.0 and Atom feeds (feedparser), following each entry to its page."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import datetime, timezone

import feedparser

from etl.connectors import Connector, DiscoverError, register
from etl.fetch import HttpFetcher, Lead


def _entry_time(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).isoformat()


def leads_from_feed(body: bytes, feed_url: str, source_id: str) -> list[Lead]:
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise DiscoverError(f"{feed_url}: malformed feed: {parsed.get('bozo_exception')}")
    leads = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        hints = {"title": entry.get("title"), "author": entry.get("author"), "published_at": _entry_time(entry)}
        leads.append(Lead(url=link, source=source_id, hints={k: v for k, v in hints.items() if v}))
    return leads


@register("feed")
class FeedConnector(Connector):
    def discover(self, fetcher: HttpFetcher) -> Iterator[Lead]:
        for feed_url in self.source.entry_urls:
            raw = fetcher.get(feed_url)
            yield from leads_from_feed(raw.body, feed_url, self.source.id)
