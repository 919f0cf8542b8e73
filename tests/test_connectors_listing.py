"""`listing` connector: CSS-selected document links, followed through pagination."""

from datetime import date, datetime

import pytest

from etl.connectors import DiscoverError, connector_for
from etl.sources import SourceConfigError
from fixtures.server import fetcher_in, loopback_source, serve_routes, static_routes

PRESS = {"item": "li.result", "links": "a.result-title", "date": "time, span.date", "date_order": "DMY", "next": "a[rel=next]"}
HTML = "text/html; charset=utf-8"


def listing_source(url, **options):
    return loopback_source(id="press-list", type="listing", kind="court", url=url, options=options)


def discover(source, tmp_path, since=None):
    return list(connector_for(source).discover(fetcher_in(source, tmp_path), since=since))


def day(lead):
    return datetime.fromisoformat(lead.hints["published_at"]).date()


def test_pages_followed_until_the_listing_loops(fixture_site, tmp_path):
    leads = discover(listing_source(f"{fixture_site}/press/index.html", **PRESS), tmp_path)
    assert [lead.url.removeprefix(fixture_site) for lead in leads] == [
        "/decisions/2024-02-27-press-release.html",
        "/decisions/2024-01-10-decision-warrant.pdf",  # root-relative link
        "/decisions/2023-12-05-judgment-haddad.html",  # page 2; its repeat of the press release is dropped
        "/docs/2019-archived-brief.txt",  # page 3, whose "next" leads back to page 1: the end
    ]
    assert leads[0].hints["title"] == "The Court fixes time-limits in Northland v. Ruritania"
    assert [day(lead) for lead in leads] == [date(2024, 2, 27), date(2024, 1, 10), date(2023, 12, 5), date(2019, 3, 14)]


def test_max_pages_and_no_next_selector(fixture_site, tmp_path):
    two_pages = discover(listing_source(f"{fixture_site}/press/index.html", **{**PRESS, "max_pages": 2}), tmp_path)
    assert len(two_pages) == 3
    first_page_only = discover(listing_source(f"{fixture_site}/press/index.html", links="ul.results a"), tmp_path)
    assert len(first_page_only) == 2  # the javascript: link is not a document
    assert first_page_only[0].hints == {"title": "The Court fixes time-limits in Northland v. Ruritania"}


def test_since_skips_old_documents_and_stops_paginating(tmp_path):
    def page(items, next_page=None):
        rows = "".join(f'<li><a href="/d/{name}.html">{name}</a> <time datetime="{when}">{when}</time></li>' for name, when in items)
        pager = f'<a class="next" href="{next_page}">next</a>' if next_page else ""
        return (HTML, f"<html><body><ul>{rows}</ul>{pager}</body></html>".encode())

    pages = {
        "/list?page=1": page([("new", "2024-03-01"), ("older", "2023-06-01")], "/list?page=2"),
        "/list?page=2": page([("old", "2023-01-01"), ("oldest", "2022-01-01")], "/list?page=3"),
        "/list?page=3": page([("ancient", "2020-01-01")]),
    }
    with serve_routes(static_routes(pages)) as (base, requests):
        source = listing_source(f"{base}/list?page=1", item="li", links="a", date="time", next="a.next", since="2023-01-01")
        leads = discover(source, tmp_path, since=datetime.fromisoformat("2024-01-01T00:00:00+00:00"))
    assert [lead.url.removeprefix(base) for lead in leads] == ["/d/new.html"]
    assert "/list?page=3" not in [path for path, _ in requests]  # page 2 was all older: no further


def test_court_defaults_become_hints(fixture_site, tmp_path):
    source = listing_source(f"{fixture_site}/press/index.html", links="a.result-title", court={"name": "International Court of Justice", "document_type": "press release"})
    leads = discover(source, tmp_path)
    assert leads[0].hints["court_defaults"] == {"name": "International Court of Justice", "document_type": "press release"}


def test_unreadable_listing_page(tmp_path):
    with serve_routes(static_routes({"/empty": (HTML, b"")})) as (base, _):
        with pytest.raises(DiscoverError, match=r"/empty: unreadable listing page"):
            discover(listing_source(f"{base}/empty", links="a"), tmp_path)


@pytest.mark.parametrize(
    "options, field, reason",
    [
        ({}, "options.links", "Field required"),
        ({"links": "a[href"}, "options.links", "not a valid CSS selector"),
        ({"links": "a", "next": "::nope("}, "options.next", "not a valid CSS selector"),
        ({"links": "a", "date": "time"}, "options", "set 'item' too"),
        ({"links": "a", "max_pages": 0}, "options.max_pages", "greater than or equal to 1"),
        ({"links": "a", "date_order": "DDMM"}, "options.date_order", "Input should be"),
    ],
)
def test_wrong_options_name_source_and_field(options, field, reason):
    with pytest.raises(SourceConfigError, match=rf"source 'press-list': field '{field}': .*{reason}"):
        connector_for(listing_source("http://127.0.0.1:9/list", **options))
