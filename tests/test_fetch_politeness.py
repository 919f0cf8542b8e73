"""The fetcher as a guest: robots.txt, per-host rate and concurrency limits, retries that
honour Retry-After, timeouts, and conditional GET so nothing unchanged is downloaded twice."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from fixtures.fetching import loopback_fetcher
from fixtures.scripted_server import Answer, ScriptedServer, Seen
from warcio.archiveiterator import ArchiveIterator

from etl.fetch import FetchError, retry_after_seconds

HTML = {"Content-Type": "text/html; charset=utf-8"}
PAGE = b"<html><body><p>A page.</p></body></html>"
TEXT = {"Content-Type": "text/plain"}


@pytest.fixture
def server():
    with ScriptedServer() as running:
        yield running


def sequence(*answers: Answer):
    """A route answering with each of `answers` in turn, then the last one again."""
    remaining = list(answers)

    def answer(seen: Seen) -> Answer:
        return remaining.pop(0) if len(remaining) > 1 else remaining[0]

    return answer


# -- robots.txt ----------------------------------------------------------------------------


def test_robots_disallow_is_honoured_and_read_once(server, tmp_path):
    server.routes["/robots.txt"] = Answer(body=b"User-agent: *\nDisallow: /private/\n", headers=TEXT)
    server.routes["/public"] = server.routes["/private/file"] = Answer(body=PAGE, headers=HTML)
    fetcher = loopback_fetcher(tmp_path)
    fetcher.get(f"{server.base_url}/public")
    with pytest.raises(FetchError) as refused:
        fetcher.get(f"{server.base_url}/private/file")
    assert refused.value.reason == (
        f"disallowed by {server.base_url}/robots.txt for user-agent casefile "
        "(set respect_robots: false on the source to override)"
    )
    fetcher.get(f"{server.base_url}/public")
    assert server.hits("/private/file") == []
    assert len(server.hits("/robots.txt")) == 1


def test_robots_rules_for_casefile_by_name(server, tmp_path):
    server.routes["/robots.txt"] = Answer(body=b"User-agent: otherbot\nDisallow:\n\nUser-agent: casefile\nDisallow: /\n", headers=TEXT)
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    with pytest.raises(FetchError, match="disallowed by"):
        loopback_fetcher(tmp_path).get(f"{server.base_url}/page")


def test_a_source_may_opt_out_of_robots_explicitly(server, tmp_path):
    server.routes["/robots.txt"] = Answer(body=b"User-agent: *\nDisallow: /\n", headers=TEXT)
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    assert loopback_fetcher(tmp_path, respect_robots=False).get(f"{server.base_url}/page").body == PAGE
    assert server.hits("/robots.txt") == []


def test_missing_robots_allows_and_failing_robots_disallows(server, tmp_path):
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    assert loopback_fetcher(tmp_path / "a").get(f"{server.base_url}/page").body == PAGE  # robots.txt is a 404

    server.routes["/robots.txt"] = Answer(500, b"oops", TEXT)
    with pytest.raises(FetchError, match="robots.txt answered HTTP 500, which means everything is disallowed"):
        loopback_fetcher(tmp_path / "b", retries=0).get(f"{server.base_url}/page")


def test_crawl_delay_spaces_requests(server, tmp_path):
    server.routes["/robots.txt"] = Answer(body=b"User-agent: *\nCrawl-delay: 1\n", headers=TEXT)
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    fetcher = loopback_fetcher(tmp_path)  # would allow 1000 requests a second
    for _ in range(2):
        fetcher.get(f"{server.base_url}/page")
    first, second = server.hits("/page")
    assert second.at - first.at >= 0.99


# -- rate and concurrency --------------------------------------------------------------


def test_requests_per_second_per_host(server, tmp_path):
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    fetcher = loopback_fetcher(tmp_path, requests_per_second=5, respect_robots=False)
    started = time.monotonic()
    for _ in range(6):
        fetcher.get(f"{server.base_url}/page")
    assert time.monotonic() - started >= 5 * 0.2 - 0.01


@pytest.mark.parametrize("concurrency", [1, 2])
def test_concurrency_per_host_across_threads(server, tmp_path, concurrency):
    server.routes["/slow"] = Answer(body=PAGE, headers=HTML, delay=0.2)
    fetcher = loopback_fetcher(tmp_path, concurrency=concurrency, respect_robots=False)
    threads = [threading.Thread(target=fetcher.get, args=(f"{server.base_url}/slow",)) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(server.hits("/slow")) == 5
    assert server.max_in_flight == concurrency


# -- retries and timeouts --------------------------------------------------------------


def test_429_waits_as_long_as_retry_after_says(server, tmp_path):
    server.routes["/busy"] = sequence(Answer(429, b"slow down", {**TEXT, "Retry-After": "1"}), Answer(body=PAGE, headers=HTML))
    raw = loopback_fetcher(tmp_path, respect_robots=False).get(f"{server.base_url}/busy")
    first, second = server.hits("/busy")
    assert raw.body == PAGE
    assert second.at - first.at >= 1.0


def test_retry_after_as_an_http_date():
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=90), usegmt=True), now) == 90
    assert retry_after_seconds(format_datetime(now - timedelta(seconds=5), usegmt=True), now) == 0
    assert retry_after_seconds("7", now) == 7
    assert retry_after_seconds("soon", now) is None


def test_retry_after_beyond_the_cap_gives_up_at_once(server, tmp_path):
    server.routes["/busy"] = Answer(429, b"", {**TEXT, "Retry-After": "3600"})
    started = time.monotonic()
    with pytest.raises(FetchError, match="asks to wait 3600 s before retrying, more than the 60 s"):
        loopback_fetcher(tmp_path, respect_robots=False).get(f"{server.base_url}/busy")
    assert time.monotonic() - started < 5
    assert len(server.hits("/busy")) == 1


def test_503_then_success_with_exponential_backoff(server, tmp_path):
    server.routes["/flaky"] = sequence(Answer(503, b"", TEXT), Answer(503, b"", TEXT), Answer(body=PAGE, headers=HTML))
    raw = loopback_fetcher(tmp_path, respect_robots=False, backoff_base=0.1).get(f"{server.base_url}/flaky")
    first, second, third = (seen.at for seen in server.hits("/flaky"))
    assert raw.body == PAGE
    assert second - first >= 0.1 and third - second >= 0.2


def test_persistent_503_fails_after_the_retries(server, tmp_path):
    server.routes["/down"] = Answer(503, b"", TEXT)
    with pytest.raises(FetchError, match="HTTP 503 Service Unavailable"):
        loopback_fetcher(tmp_path, respect_robots=False, retries=2).get(f"{server.base_url}/down")
    assert len(server.hits("/down")) == 3


def test_read_timeout(server, tmp_path):
    server.routes["/stalls"] = Answer(body=PAGE, headers=HTML, delay=1.5)
    fetcher = loopback_fetcher(tmp_path, read_timeout=0.3, retries=1, respect_robots=False)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"read timed out after 0.3 s \(after 2 attempts\)"):
        fetcher.get(f"{server.base_url}/stalls")
    assert time.monotonic() - started < 1.5
    assert len(server.hits("/stalls")) == 2


# -- conditional GET -------------------------------------------------------------------


def revisit_profiles(folder) -> list[str]:
    profiles = []
    for path in sorted((folder / "captures").rglob("*.warc.gz")):
        with path.open("rb") as warc:
            profiles += [r.rec_headers.get_header("WARC-Profile") for r in ArchiveIterator(warc) if r.rec_type == "revisit"]
    return profiles


def etag_route(version: dict):
    def answer(seen: Seen) -> Answer:
        tag = f'"{version["tag"]}"'
        if seen.headers.get("if-none-match") == tag:
            return Answer(304, headers={"ETag": tag})
        return Answer(body=version["body"], headers={**HTML, "ETag": tag})

    return answer


def test_etag_304_comes_back_unchanged_with_the_archived_bytes(server, tmp_path):
    version = {"tag": "v1", "body": PAGE}
    server.routes["/page"] = etag_route(version)
    first = loopback_fetcher(tmp_path).get(f"{server.base_url}/page")
    again = loopback_fetcher(tmp_path).get(f"{server.base_url}/page")  # a later run: a new fetcher
    assert not first.unchanged and again.unchanged
    assert again.body == PAGE and again.content_type == HTML["Content-Type"]
    assert again.capture == first.capture  # the bytes are where they were first archived
    assert server.hits("/page")[1].headers["if-none-match"] == '"v1"'
    assert revisit_profiles(tmp_path) == ["http://netpreserve.org/warc/1.1/revisit/server-not-modified"]

    version.update(tag="v2", body=PAGE.replace(b"A page", b"A new page"))
    changed = loopback_fetcher(tmp_path).get(f"{server.base_url}/page")
    assert not changed.unchanged and b"A new page" in changed.body
    assert changed.capture.warc_record_id != first.capture.warc_record_id


def test_last_modified_is_sent_back_as_if_modified_since(server, tmp_path):
    stamp = "Wed, 01 May 2024 10:00:00 GMT"

    def answer(seen: Seen) -> Answer:
        if seen.headers.get("if-modified-since") == stamp:
            return Answer(304)
        return Answer(body=PAGE, headers={**HTML, "Last-Modified": stamp})

    server.routes["/page"] = answer
    loopback_fetcher(tmp_path).get(f"{server.base_url}/page")
    assert loopback_fetcher(tmp_path).get(f"{server.base_url}/page").unchanged


def test_same_bytes_without_validators_are_recorded_as_a_revisit(server, tmp_path):
    server.routes["/feed"] = Answer(body=b"<rss/>", headers={"Content-Type": "application/rss+xml"})
    first = loopback_fetcher(tmp_path).get(f"{server.base_url}/feed")
    again = loopback_fetcher(tmp_path).get(f"{server.base_url}/feed")
    assert again.unchanged and again.body == b"<rss/>" and again.capture == first.capture
    assert revisit_profiles(tmp_path) == ["http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"]


def test_lost_archive_means_a_full_download(server, tmp_path):
    server.routes["/page"] = etag_route({"tag": "v1", "body": PAGE})
    first = loopback_fetcher(tmp_path).get(f"{server.base_url}/page")
    (tmp_path / "captures" / first.capture.warc_file).unlink()
    again = loopback_fetcher(tmp_path).get(f"{server.base_url}/page")
    assert not again.unchanged and again.body == PAGE
    assert [seen.headers.get("if-none-match") for seen in server.hits("/page")] == [None, '"v1"', None]
