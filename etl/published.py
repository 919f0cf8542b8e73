"""When a page was published: the page's own metadata first, then what its source said
(feed, sitemap, API hints), then dated elements of the page body, then the URL.

Metadata keeps the time and the publisher's UTC offset ("2023-11-17T09:30:00+01:00"); the
later steps only know a day, taken as midnight UTC. Court documents are dated by their
decision (`decided_at`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import dateparser
import htmldate
import lxml.html
from lxml.etree import ParserError

from etl.dates.lexicon import LANGUAGES

# In the order they are trusted. Open Graph's article:published_time is the most widely used
# and the most precise; Dublin Core and the bare "date" names are often a day only.
PROPERTY_METAS = ("article:published_time", "og:published_time", "og:article:published_time")
NAME_METAS = (
    "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
    "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "citation_publication_date",
    "citation_date", "parsely-pub-date", "sailthru.date",
)
ARTICLE_TYPES = {"article", "newsarticle", "reportagenews", "analysisnewsarticle", "blogposting", "report", "legislation"}
# A declared date is absolute and complete; naming the languages spares dateparser from
# trying all of its ~200 locales on a value it cannot read (seconds per value).
FREE_FORM = {"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
EMPTY_PAGE = "<html><body></body></html>"
LATEST_PLAUSIBLE = timedelta(days=2)  # a date further in the future is a typo or an event date


def published_at(html: str, url: str | None, hints: Mapping[str, Any] | None = None) -> datetime | None:
    """The publication moment of the page `html` fetched from `url`, or None when nothing
    says. `hints` are what the source said about the page (`hints["published_at"]`)."""
    tree = _parse(html)
    return (
        (_from_metadata(tree) if tree is not None else None)
        or _moment((hints or {}).get("published_at"))
        or (_from_body(tree) if tree is not None else None)
        or _from_url(url)
    )


def decided_at(published: datetime | None, decision_date: date) -> datetime:
    """A court document's date is its decision's: the publication moment when it falls on
    that day (it carries the time), else the decision day at midnight UTC (a page or PDF is
    often put online, or regenerated, days after the decision)."""
    if published is not None and published.date() == decision_date:
        return published
    return datetime.combine(decision_date, time.min, tzinfo=timezone.utc)


def _parse(html: str) -> lxml.html.HtmlElement | None:
    if not html or not html.strip():
        return None
    try:
        return lxml.html.fromstring(html)
    except (ParserError, ValueError):  # ValueError: a str with an XML encoding declaration
        try:
            return lxml.html.fromstring(html.encode("utf-8"))
        except ParserError:
            return None


def _from_metadata(tree: lxml.html.HtmlElement) -> datetime | None:
    for value in _metadata_values(tree):
        moment = _moment(value)
        if moment is not None:
            return moment
    return None


def _metadata_values(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Declared publication dates, most trusted first."""
    metas = [(meta.get("property") or meta.get("name") or "").strip().lower() for meta in tree.iter("meta")]
    contents = [meta.get("content") for meta in tree.iter("meta")]
    for wanted in PROPERTY_METAS:
        yield from (content for key, content in zip(metas, contents) if key == wanted and content)
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        yield element.get("content") or element.get("datetime") or element.text_content()
    yield from _json_ld_dates(tree)
    for wanted in NAME_METAS:
        yield from (content for key, content in zip(metas, contents) if key == wanted and content)
    for element in tree.xpath("//time[@pubdate][@datetime] | (//article//time[@datetime])[1]"):
        yield element.get("datetime")


def _json_ld_dates(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """datePublished of the page's schema.org objects, articles before anything else."""
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except (json.JSONDecodeError, TypeError):
            continue
        found += list(_dated_objects(data))
    found.sort(key=lambda item: not item[0])
    yield from (value for _, value in found)


def _dated_objects(data: Any) -> Iterator[tuple[bool, str]]:
    if isinstance(data, list):
        for item in data:
            yield from _dated_objects(item)
    elif isinstance(data, dict):
        if isinstance(data.get("datePublished"), str):
            types = data.get("@type")
            types = types if isinstance(types, list) else [types]
            yield any(str(kind).lower() in ARTICLE_TYPES for kind in types), data["datePublished"]
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            yield from _dated_objects(data.get(key))


def _moment(value: Any) -> datetime | None:
    """An ISO 8601 value with its offset kept, or a free-form one ("17 November 2023 09:30",
    "17 novembre 2023") read by dateparser; naive values are taken as UTC."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time.min)
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            moment = dateparser.parse(text, languages=list(LANGUAGES), settings=FREE_FORM)
        if moment is None:
            return None
    else:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    if moment > datetime.now(timezone.utc) + LATEST_PLAUSIBLE:
        return None
    return moment


def _from_body(tree: lxml.html.HtmlElement) -> datetime | None:
    """Dated elements of the page (bylines, date classes, <time>, <abbr>), as htmldate reads
    them. Its free-text search stays off: with original_date it would pick the oldest date the
    article mentions. The URL is withheld (`url=""` stops htmldate from reading the canonical
    link's) because it is the next, weaker step."""
    return _midnight(htmldate.find_date(tree, url="", original_date=True, extensive_search=False))


def _from_url(url: str | None) -> datetime | None:
    """A /2023/11/17/ or 2023-11-17 path, as htmldate reads URLs (given an empty page, it reads nothing else)."""
    if not url:
        return None
    return _midnight(htmldate.find_date(EMPTY_PAGE, url=url, extensive_search=False))


def _midnight(day: str | None) -> datetime | None:
    return datetime.combine(date.fromisoformat(day), time.min, tzinfo=timezone.utc) if day else None
