"""`listing`: an HTML page that lists documents (decisions, press releases), followed
through its pagination, as court and NGO sites publish them. Selectors are CSS (lxml +
cssselect).

options:
  links        selector of the document links (an <a href>, or an element holding one). Required.
  item         selector of each listed document's block; `links`, `title` and `date` are
               then looked up inside it (needed for `title` and `date`).
  title        selector of the title text (default: the link's text).
  date         selector of the date: its `datetime` attribute, or its text (dateparser).
  date_order   DMY | MDY | YMD, for numeric dates such as 05/06/2023.
  next         selector of the next-page link; without it only the first page is read.
  max_pages    pages read at most (default 10).
  url_pattern  regular expression; only document URLs it matches become leads.
  since        date; documents dated before it are skipped, and pagination stops at a page
               whose documents are all older (listings run newest first). The run's `since`
               also applies; the later wins. Undated documents are kept.
  court        {name, document_type}: hints for every document (e.g. a press-release list).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
import datetime as dt
from typing import Annotated, Literal
from urllib.parse import urljoin

import dateparser
import lxml.html
from cssselect import GenericTranslator, SelectorError
from lxml import etree
from pydantic import AfterValidator, Field, model_validator

from etl.connectors import Connector, CourtHints, DiscoverError, Options, dated_before, latest, register, wanted
from etl.fetch import HttpFetcher, Lead


def _css(selector: str) -> str:
    try:
        GenericTranslator().css_to_xpath(selector)
    except SelectorError as err:
        raise ValueError(f"not a valid CSS selector: {err}") from None
    return selector


Selector = Annotated[str, AfterValidator(_css)]


class ListingOptions(Options):
    links: Selector
    item: Selector | None = None
    title: Selector | None = None
    date: Selector | None = None
    date_order: Literal["DMY", "MDY", "YMD"] | None = None
    next: Selector | None = None
    max_pages: int = Field(10, ge=1, le=1000)
    url_pattern: re.Pattern | None = None
    since: dt.date | None = None  # `dt.`: the field `date` shadows the type here
    court: CourtHints | None = None

    @model_validator(mode="after")
    def _item_for_title_and_date(self) -> "ListingOptions":
        if (self.title or self.date) and not self.item:
            raise ValueError("'title' and 'date' are looked up inside 'item': set 'item' too")
        return self


def _words(element) -> str:
    return " ".join(element.text_content().split())


def _first(element, selector: str | None):
    found = element.cssselect(selector) if selector else []
    return found[0] if found else None


def _href(element) -> str | None:
    if element.get("href"):
        return element.get("href")
    anchor = _first(element, "a[href]")
    return anchor.get("href") if anchor is not None else None


@register("listing")
class ListingConnector(Connector):
    Options = ListingOptions

    def discover(self, fetcher: HttpFetcher, since: dt.datetime | dt.date | None = None) -> Iterator[Lead]:
        floor = latest(self.options.since, since)
        seen: set[str] = set()
        for start in self.source.entry_urls:
            url, pages = start, set()
            while url and url not in pages and len(pages) < self.options.max_pages:
                pages.add(url)
                page = self._page(url, fetcher)
                listed = list(self._leads(page))
                for lead in listed:
                    if lead.url not in seen and not dated_before(lead, floor):
                        seen.add(lead.url)
                        yield lead
                if listed and all(dated_before(lead, floor) for lead in listed):
                    break  # a whole page older than `since`: the rest of the listing is older still
                url = self._next(page)

    def _page(self, url: str, fetcher: HttpFetcher):
        raw = fetcher.get(url)
        try:
            return lxml.html.fromstring(raw.body, base_url=raw.final_url)
        except (etree.ParserError, ValueError) as err:
            raise DiscoverError(f"{url}: unreadable listing page: {err}") from err

    def _leads(self, page) -> Iterator[Lead]:
        options = self.options
        blocks = page.cssselect(options.item) if options.item else page.cssselect(options.links)
        for block in blocks:
            link = _first(block, options.links) if options.item else block
            href = _href(link) if link is not None else None
            target = urljoin(page.base_url, href.strip()) if href else None  # base: the page's address after redirects
            if not target or not target.startswith(("http://", "https://")) or not wanted(target, options.url_pattern):
                continue
            title = _first(block, options.title) if options.title else link
            hints = {"title": _words(title) if title is not None else None, "published_at": self._date(block)}
            hints = {k: v for k, v in hints.items() if v}
            yield Lead(url=target, source=self.source.id, hints={**hints, **(options.court.as_hints() if options.court else {})})

    def _date(self, block) -> str | None:
        element = _first(block, self.options.date) if self.options.date else None
        if element is None:
            return None
        text = element.get("datetime") or _words(element)
        settings = {"RETURN_AS_TIMEZONE_AWARE": True, "TO_TIMEZONE": "UTC", "PREFER_DAY_OF_MONTH": "first"}
        if self.options.date_order:
            settings["DATE_ORDER"] = self.options.date_order
        parsed = dateparser.parse(text, settings=settings) if text else None
        return parsed.isoformat() if parsed else None

    def _next(self, page) -> str | None:
        link = _first(page, self.options.next) if self.options.next else None
        href = _href(link) if link is not None else None
        return urljoin(page.base_url, href.strip()) if href else None
