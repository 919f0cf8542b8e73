from datetime import datetime, timezone

from etl.dedupe import dedupe_exact
from etl.document import Document, content_sha256, document_id
from etl.language import detect_language
from etl.urls import canonicalize


def test_canonicalize_drops_tracking_fragment_default_port_and_sorts_query():
    assert canonicalize("HTTPS://Example.ORG:443/a/b?utm_source=rss&z=1&a=2#top") == "https://example.org/a/b?a=2&z=1"
    assert canonicalize("http://example.org") == "http://example.org/"
    assert canonicalize("http://127.0.0.1:8080/x?fbclid=1") == "http://127.0.0.1:8080/x"


def test_document_id_is_stable_across_tracking_variants():
    assert document_id("https://example.org/a?utm_medium=feed") == document_id("https://EXAMPLE.org/a")


def test_language_detection_repeats_and_falls_back_to_hint():
    french = "La Cour a ordonné à la Syrie de prendre toutes les mesures pour prévenir la torture."
    assert {detect_language(french) for _ in range(5)} == {"fr"}
    assert detect_language("عقدت المحكمة جلسة للنظر في القضية") == "ar"
    assert detect_language("12345 !!!", hint="en") == "en"


def doc(url, text, day):
    return Document(
        id=document_id(url), url=url, canonical_url=canonicalize(url), source="s", text=text,
        content_sha256=content_sha256(text), published_at=datetime(2023, 11, day, tzinfo=timezone.utc),
    )


def test_exact_duplicates_keep_the_earliest_copy():
    first = doc("https://a.example/1", "The same   story.", 2)
    copy = doc("https://b.example/9", "the same story.", 5)
    same_url = doc("https://a.example/1?utm_source=x", "Other text", 7)
    other = doc("https://c.example/3", "A different story.", 3)
    unique, duplicates = dedupe_exact([first, copy, same_url, other])
    assert [d.url for d in unique] == ["https://a.example/1", "https://c.example/3"]
    assert [(d.url, d.duplicate_of) for d in duplicates] == [("https://b.example/9", first.id)]


def test_exact_duplicate_of_an_indexed_document():
    copy = doc("https://b.example/9", "Known text", 5)
    unique, duplicates = dedupe_exact([copy], known=lambda hashes: {copy.content_sha256: "indexed-id"})
    assert unique == [] and duplicates[0].duplicate_of == "indexed-id"
