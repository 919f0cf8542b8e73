"""`sitemap` connector against the fixture site and made-up sitemaps on loopback."""

import gzip
from datetime import date, datetime, timezone

import pytest

from etl.connectors import DiscoverError, connector_for
from etl.connectors.sitemap import MAX_SITEMAP_BYTES, parse_sitemap
from etl.sources import SourceConfigError
from fixtures.documents import FIXTURE_ARCHIVE_SITEMAP
from fixtures.server import fetcher_in, loopback_source, serve_routes, static_routes

XML = "application/xml"


def sitemap_source(url, **options):
    return loopback_source(id="court-sitemap", type="sitemap", kind="court", url=url, options=options)


def discover(source, tmp_path, since=None):
    return list(connector_for(source).discover(fetcher_in(source, tmp_path), since=since))


def paths(leads, base):
    return [lead.url.removeprefix(base) for lead in leads]


def test_index_children_news_hints_and_duplicates(fixture_site, tmp_path):
    # `since` 2020 skips the archive child sitemap (lastmod 2019) without fetching it
    leads = discover(sitemap_source(f"{fixture_site}/sitemap-index.xml", since="2020-01-01"), tmp_path)
    assert paths(leads, fixture_site) == [
        "/docs/news-1.html",
        "/docs/news-2.html",
        "/decisions/2024-02-27-press-release.html",  # listed twice in its sitemap, one lead
        "/decisions/2024-01-10-decision-warrant.pdf",
        "/decisions/2023-12-05-judgment-haddad.html",
        "/press/index.html",
    ]
    news = leads[1].hints
    assert news["title"] == "Strasbourg judges find violation in Ruritanian detention case"
    assert datetime.fromisoformat(news["published_at"]) == datetime(2023, 12, 6, 15, 30, tzinfo=timezone.utc)
    assert leads[2].hints == {}  # a plain URL set gives no hints


def test_lastmod_filter_takes_the_later_of_option_and_run(fixture_site, tmp_path):
    source = sitemap_source(f"{fixture_site}/sitemap-index.xml", since="2020-01-01")
    leads = discover(source, tmp_path, since=date(2024, 1, 1))
    # news-2 (2023-12-06) and the Haddad judgment (2023-12-05) are older; the listing page
    # has no lastmod and is kept
    assert paths(leads, fixture_site) == [
        "/docs/news-1.html",
        "/decisions/2024-02-27-press-release.html",
        "/decisions/2024-01-10-decision-warrant.pdf",
        "/press/index.html",
    ]


def test_url_pattern_and_court_defaults(fixture_site, tmp_path):
    source = sitemap_source(
        f"{fixture_site}/sitemap-decisions.xml", url_pattern=r"\.pdf$", court={"name": "International Criminal Court"}
    )
    [lead] = discover(source, tmp_path)
    assert lead.url == f"{fixture_site}/decisions/2024-01-10-decision-warrant.pdf"
    assert lead.hints == {"court_defaults": {"name": "International Criminal Court"}}


def test_gzipped_sitemap_is_inflated():
    kind, entries = parse_sitemap(FIXTURE_ARCHIVE_SITEMAP.read_bytes(), "http://127.0.0.1:9/sitemap-archive.xml.gz")
    assert kind == "urlset"
    assert [(e.loc, e.lastmod) for e in entries] == [
        ("http://127.0.0.1:9/docs/2019-archived-brief.txt", datetime(2019, 3, 14, tzinfo=timezone.utc))
    ]


def test_gzip_bomb_is_refused():
    bomb = gzip.compress(b"<urlset>" + b" " * (MAX_SITEMAP_BYTES + 1024) + b"</urlset>", compresslevel=9)
    assert len(bomb) < 100_000
    with pytest.raises(DiscoverError, match="larger than 52428800 bytes once inflated"):
        parse_sitemap(bomb, "http://127.0.0.1:9/bomb.xml.gz")


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    body = f"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY leak SYSTEM "file://{secret}">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://127.0.0.1:9/a?x=&leak;</loc></url></urlset>""".encode()
    kind, entries = parse_sitemap(body, "http://127.0.0.1:9/sitemap.xml")
    assert "TOP-SECRET" not in entries[0].loc


@pytest.mark.parametrize(
    "body, reason",
    [
        (b"<?xml version='1.0'?><urlset><url><loc>http://x/</loc></url>", "malformed sitemap"),
        (b"", "malformed sitemap"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel/></rss>", "not a sitemap (root element <rss>)"),
    ],
)
def test_bad_sitemaps_name_url_and_reason(tmp_path, body, reason):
    with serve_routes(static_routes({"/sitemap.xml": (XML, body)})) as (base, _):
        with pytest.raises(DiscoverError) as err:
            discover(sitemap_source(f"{base}/sitemap.xml"), tmp_path)
    assert str(err.value).startswith(f"{base}/sitemap.xml: {reason}")


def test_nesting_is_bounded_and_loops_are_cut(tmp_path):
    def index(child):
        return (XML, f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>{child}</loc></sitemap></sitemapindex>".encode())

    pages = {"/a.xml": index("/b.xml"), "/b.xml": index("/c.xml"), "/c.xml": index("/a.xml")}
    with serve_routes(static_routes(pages)) as (base, requests):
        assert discover(sitemap_source(f"{base}/a.xml", max_depth=3), tmp_path) == []  # c → a: already read
        assert [path for path, _ in requests if path.endswith(".xml")] == ["/a.xml", "/b.xml", "/c.xml"]
        with pytest.raises(DiscoverError, match="nest deeper than max_depth 1"):
            discover(sitemap_source(f"{base}/a.xml", max_depth=1), tmp_path)


@pytest.mark.parametrize(
    "options, field",
    [({"since": "last tuesday"}, "options.since"), ({"url_pattern": "(["}, "options.url_pattern"), ({"depth": 2}, "options.depth")],
)
def test_wrong_options_name_source_and_field(options, field):
    with pytest.raises(SourceConfigError, match=rf"source 'court-sitemap': field '{field}'"):
        connector_for(sitemap_source("http://127.0.0.1:9/sitemap.xml", **options))
