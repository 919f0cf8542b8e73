from datetime import date, datetime, timedelta, timezone

import pytest

from etl.dates import find_dates
from etl.extract import extract
from etl.fetch import Lead, read_local_file
from etl.language import with_language
from etl.published import decided_at, published_at
from etl.sample_site.server import SITE_ROOT

CET = timezone(timedelta(hours=1))
DATED_URL = "https://news.example/2023/11/20/court-rules"
PLAIN_URL = "https://news.example/story/court-rules"


def page(head="", body="", text="<p>The court ruled on the application brought on 8 June 2023.</p>"):
    return f"<html><head><title>Court rules</title>{head}</head><body><article>{body}{text}</article></body></html>"


META = '<meta property="article:published_time" content="2023-11-17T09:30:00+01:00">'
BYLINE = '<p class="byline">By A. Writer</p><p class="date">Published 18 November 2023</p>'


def test_metadata_keeps_time_and_offset():
    assert published_at(page(META), PLAIN_URL, {}) == datetime(2023, 11, 17, 9, 30, tzinfo=CET)
    assert published_at(page(META), PLAIN_URL, {}).utcoffset() == timedelta(hours=1)


def test_chain_order_metadata_then_body_then_url():
    assert published_at(page(META, BYLINE), DATED_URL, {}) == datetime(2023, 11, 17, 9, 30, tzinfo=CET)
    assert published_at(page("", BYLINE), DATED_URL, {}) == datetime(2023, 11, 18, tzinfo=timezone.utc)
    assert published_at(page(), DATED_URL, {}) == datetime(2023, 11, 20, tzinfo=timezone.utc)
    assert published_at(page(), PLAIN_URL, {}) is None


def test_source_hints_come_after_metadata_and_before_the_body():
    hints = {"published_at": "2023-11-19T07:00:00+00:00"}
    assert published_at(page(META, BYLINE), DATED_URL, hints) == datetime(2023, 11, 17, 9, 30, tzinfo=CET)
    assert published_at(page("", BYLINE), DATED_URL, hints) == datetime(2023, 11, 19, 7, tzinfo=timezone.utc)


def test_dates_mentioned_in_the_article_are_not_publication_dates():
    text = "<p>On 8 June 2023 Canada filed; on 10 October 2023 the court heard the parties.</p>"
    assert published_at(page(text=text), PLAIN_URL, {}) is None


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<meta property="og:published_time" content="2023-11-17T09:30:00+01:00">', "", datetime(2023, 11, 17, 9, 30, tzinfo=CET)),
        ('<meta itemprop="datePublished" content="2023-11-17T08:30:00Z">', "", datetime(2023, 11, 17, 8, 30, tzinfo=timezone.utc)),
        ('<meta name="date" content="2023-11-17">', "", datetime(2023, 11, 17, tzinfo=timezone.utc)),
        ('<meta name="DC.date.issued" content="2023-11-17">', "", datetime(2023, 11, 17, tzinfo=timezone.utc)),
        ('<meta name="pubdate" content="17 November 2023 09:30">', "", datetime(2023, 11, 17, 9, 30, tzinfo=timezone.utc)),
        ("", '<time datetime="2023-11-17T09:30:00+01:00">17 Nov</time>', datetime(2023, 11, 17, 9, 30, tzinfo=CET)),
    ],
)
def test_metadata_forms(head, body, expected):
    assert published_at(page(head, body), PLAIN_URL, {}) == expected


def test_json_ld_prefers_the_article_over_other_objects():
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "datePublished": "2001-01-01"},
        {"@type": "NewsArticle", "headline": "Court rules", "datePublished": "2023-11-17T13:15:00+02:00"}]}</script>"""
    assert published_at(page(head), PLAIN_URL, {}) == datetime(2023, 11, 17, 13, 15, tzinfo=timezone(timedelta(hours=2)))


def test_open_graph_wins_over_dublin_core_and_unreadable_values_are_skipped():
    head = '<meta name="dcterms.date" content="2023-11-16"><meta property="article:published_time" content="not a date">'
    assert published_at(page(head + META), PLAIN_URL, {}) == datetime(2023, 11, 17, 9, 30, tzinfo=CET)
    assert published_at(page(head), PLAIN_URL, {}) == datetime(2023, 11, 16, tzinfo=timezone.utc)


def test_future_metadata_is_not_a_publication_date():
    future = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
    assert published_at(page(f'<meta property="article:published_time" content="{future}">'), DATED_URL, {}) == datetime(2023, 11, 20, tzinfo=timezone.utc)


def test_empty_or_broken_html_falls_back_to_the_url():
    assert published_at("", DATED_URL, {}) == datetime(2023, 11, 20, tzinfo=timezone.utc)
    assert published_at("<<<>>>", None, None) is None


def test_court_documents_are_dated_by_their_decision():
    published = datetime(2023, 11, 16, 15, tzinfo=CET)
    assert decided_at(published, date(2023, 11, 16)) == published
    assert decided_at(datetime(2024, 1, 5, tzinfo=timezone.utc), date(2023, 11, 16)) == datetime(2023, 11, 16, tzinfo=timezone.utc)
    assert decided_at(None, date(2023, 11, 16)) == datetime(2023, 11, 16, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("ledger/2023/11/17/icj-orders-end-to-torture.html", datetime(2023, 11, 17, 9, 30, tzinfo=CET)),
        ("ledger/2024/05/24/cour-assises-paris-condamnation-par-defaut.html", datetime(2024, 5, 24, 19, 40, tzinfo=timezone(timedelta(hours=2)))),
        ("courier/news/justice/world-court-tells-damascus-to-halt-torture.html", datetime(2023, 11, 17, 13, 15, tzinfo=timezone(timedelta(hours=2)))),
    ],
)
def test_sample_site_pages(path, expected):
    html = (SITE_ROOT / path).read_text()
    result = published_at(html, f"https://sample.example/{path}", {})
    assert result == expected
    assert result.utcoffset() == expected.utcoffset()


def test_extracted_news_page_keeps_its_time_and_resolves_its_dates():
    raw = read_local_file(SITE_ROOT / "ledger/2023/11/17/icj-orders-end-to-torture.html", url="https://hague-ledger.example/2023/11/17/icj-orders-end-to-torture")
    document = with_language(extract(raw, Lead(url=raw.url, source="ledger")))
    assert document.published_at == datetime(2023, 11, 17, 9, 30, tzinfo=CET)
    assert document.as_json()["published_at"] == "2023-11-17T09:30:00+01:00"
    dates = {(m.text, m.start.isoformat(), m.precision) for m in find_dates(document.text, document.language, document.published_at)}
    assert {("16 November 2023", "2023-11-16", "day"), ("Thursday", "2023-11-16", "day"), ("from 2011 to 2018", "2011-01-01", "range")} <= dates


def test_extracted_court_decision_is_dated_by_its_decision():
    raw = read_local_file(SITE_ROOT / "court/decisions/2023-11-16-order-provisional-measures.html", url="https://court.example/decisions/2023-11-16-order-provisional-measures")
    document = extract(raw, Lead(url=raw.url, source="court"), kind="court")
    assert document.court.decision_date == date(2023, 11, 16)
    assert document.published_at == datetime(2023, 11, 16, 15, tzinfo=CET)
