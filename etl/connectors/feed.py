"""`feed`: RSS 0.9x/1.0/2.0 and Atom feeds (feedparser), following each entry to its page.

No options. With `since`, entries dated before it are skipped (undated ones are kept).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, timezone

import feedparser

from etl.connectors import Connector, DiscoverError, latest, register
from etl.fetch import HttpFetcher, Lead


def _entry_time(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)


def leads_from_feed(body: bytes, feed_url: str, source_id: str, since: datetime | None = None) -> list[Lead]:
    parsed = feedparser.parse(body, response_headers={"content-location": feed_url})  # resolves relative links
    if (parsed.bozo or not parsed.get("version")) and not parsed.entries:
        reason = parsed.get("bozo_exception") or "not an RSS or Atom document"
        raise DiscoverError(f"{feed_url}: malformed feed: {reason}")
    leads = []
    for entry in parsed.entries:
        link = entry.get("link")
        published = _entry_time(entry)
        if not link or (since and published and published < since):
            continue
        hints = {
            "title": entry.get("title"),
            "author": entry.get("author"),
            "published_at": published.isoformat() if published else None,
        }
        leads.append(Lead(url=link, source=source_id, hints={k: v for k, v in hints.items() if v}))
    return leads


@register("feed")
class FeedConnector(Connector):
    def discover(self, fetcher: HttpFetcher, since: datetime | date | None = None) -> Iterator[Lead]:
        for feed_url in self.source.entry_urls:
            raw = fetcher.get(feed_url)
            yield from leads_from_feed(raw.body, feed_url, self.source.id, latest(since))
