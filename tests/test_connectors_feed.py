"""`feed` connector: RSS and Atom over loopback, malformed feeds, `since`."""

from datetime import date

import pytest

from etl.connectors import DiscoverError, connector_for
from etl.sources import SourceConfigError
from fixtures.server import fetcher_in, loopback_source, serve_routes, static_routes

RSS_1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://127.0.0.1/"><title>Tribunal notices</title><link>http://127.0.0.1/</link><description>d</description></channel>
  <item rdf:about="/notices/2.html"><title>Second notice</title><link>/notices/2.html</link><dc:date>2024-02-01T10:00:00Z</dc:date></item>
  <item rdf:about="/notices/1.html"><title>First notice</title><link>/notices/1.html</link><dc:date>2023-10-01T10:00:00Z</dc:date></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Chamber decisions</title><id>tag:court.example,2024:feed</id><updated>2024-02-01T00:00:00Z</updated>
  <entry><title>Decision on detention review</title><id>tag:court.example,2024:1</id><link href="/decisions/7.html"/>
    <updated>2024-02-01T00:00:00Z</updated><author><name>Registry</name></author></entry>
</feed>"""


def feed_source(url):
    return loopback_source(id="notices", type="feed", url=url)


def discover(source, tmp_path, since=None):
    return list(connector_for(source).discover(fetcher_in(source, tmp_path), since=since))


def test_rss_1_and_atom_with_relative_links_and_since(tmp_path):
    pages = {"/rss1.xml": ("application/rdf+xml", RSS_1), "/atom.xml": ("application/atom+xml", ATOM)}
    with serve_routes(static_routes(pages)) as (base, _):
        leads = discover(feed_source(f"{base}/rss1.xml"), tmp_path)
        assert [(lead.url, lead.hints["title"]) for lead in leads] == [
            (f"{base}/notices/2.html", "Second notice"),
            (f"{base}/notices/1.html", "First notice"),
        ]
        assert [lead.url for lead in discover(feed_source(f"{base}/rss1.xml"), tmp_path, since=date(2024, 1, 1))] == [f"{base}/notices/2.html"]
        [atom] = discover(feed_source(f"{base}/atom.xml"), tmp_path)
    assert atom.url == f"{base}/decisions/7.html"
    assert atom.hints == {"title": "Decision on detention review", "author": "Registry", "published_at": "2024-02-01T00:00:00+00:00"}


@pytest.mark.parametrize(
    "content_type, body",
    [
        ("application/rss+xml", b"<?xml version='1.0'?><rss version='2.0'><channel><title>cut off mid-"),
        ("text/html", b"<html><head><title>Maintenance</title></head><body><p>Back soon</p></body></html>"),
        ("application/xml", b""),
    ],
    ids=["truncated", "html-instead-of-feed", "empty"],
)
def test_malformed_feed_is_a_clear_discover_error(tmp_path, content_type, body):
    with serve_routes(static_routes({"/feed.xml": (content_type, body)})) as (base, _):
        with pytest.raises(DiscoverError) as err:
            discover(feed_source(f"{base}/feed.xml"), tmp_path)
    assert str(err.value).startswith(f"{base}/feed.xml: malformed feed: ")


def test_feed_takes_no_options():
    with pytest.raises(SourceConfigError, match="source 'notices': field 'options.selector': Extra inputs are not permitted"):
        connector_for(loopback_source(id="notices", type="feed", url="http://127.0.0.1:9/f", options={"selector": "a"}))
