"""Provenance: every response is archived in WARC files with its request and a SHA-256 of the
body, documents carry their `capture`, and a capture can be verified — tampering shows."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import threading
import time
import zlib
from pathlib import Path

import pytest
from fixtures.fetching import loopback_fetcher
from fixtures.scripted_server import Answer, ScriptedServer
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from etl.captures import CaptureStore, sha256_hex, verify_capture
from etl.cli import app
from etl.fetch import FetchError

HTML = {"Content-Type": "text/html; charset=utf-8"}
ARTICLE = (
    b"<html><head><title>Chamber rules on admissibility</title></head><body><article>"
    b"<h1>Chamber rules on admissibility</h1>"
    b"<p>The pre-trial chamber found the application admissible and ordered the registry to notify the parties.</p>"
    b"<p>Counsel for the victims welcomed the decision, which follows two years of written submissions.</p>"
    b"</article></body></html>"
)


@pytest.fixture
def server():
    with ScriptedServer() as running:
        running.routes["/article"] = Answer(body=ARTICLE, headers=HTML)
        running.routes["/moved"] = Answer(301, headers={"Location": "/article"})
        yield running


def records(path: Path) -> list[dict]:
    """Each record's type, WARC headers and payload, in file order."""
    found = []
    with path.open("rb") as warc:
        for record in ArchiveIterator(warc, check_digests="raise"):  # warcio checks every digest on the way
            found.append({"type": record.rec_type, "headers": dict(record.rec_headers.headers),
                          "http": record.http_headers, "payload": record.raw_stream.read()})
    return found


def gzip_members(data: bytes) -> list[bytes]:
    members = []
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(member.decompress(data))
        data = member.unused_data
    return members


def tamper(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes inside a WARC file as an editor would: its records stay one gzip member
    each (as WARC readers require), only the text differs."""
    members = gzip_members(path.read_bytes())
    assert sum(old in member for member in members) == 1
    path.write_bytes(b"".join(gzip.compress(member.replace(old, new)) for member in members))


def test_response_and_request_are_archived_with_sha256(server, tmp_path):
    raw = loopback_fetcher(tmp_path).get(f"{server.base_url}/moved")
    capture = raw.capture
    assert re.fullmatch(r"test-source/\d{4}-\d{2}-\d{2}\.warc\.gz", capture.warc_file)
    assert capture.sha256 == sha256_hex(ARTICLE)
    assert (capture.status, capture.final_url, capture.content_type) == (200, f"{server.base_url}/article", HTML["Content-Type"])
    assert raw.final_url == capture.final_url and raw.url == f"{server.base_url}/moved"

    written = records(tmp_path / "captures" / capture.warc_file)
    assert written[0]["type"] == "warcinfo"
    targets = [(r["type"], r["headers"].get("WARC-Target-URI", "").removeprefix(server.base_url)) for r in written[1:]]
    assert targets == [("response", "/robots.txt"), ("request", "/robots.txt"), ("response", "/moved"),
                       ("request", "/moved"), ("response", "/article"), ("request", "/article")]
    response, request = written[5], written[6]
    assert response["headers"]["WARC-Record-ID"] == capture.warc_record_id
    assert response["headers"]["WARC-Payload-Digest"] == f"sha256:{capture.sha256}"
    assert response["headers"]["WARC-IP-Address"] == "127.0.0.1"
    assert response["payload"] == ARTICLE
    assert response["http"].get_header("Content-Type") == HTML["Content-Type"]
    assert request["headers"]["WARC-Concurrent-To"] == capture.warc_record_id
    assert request["http"].get_header("User-Agent").startswith("casefile/")


def test_failed_and_retried_responses_are_archived_too(server, tmp_path):
    server.routes["/gone"] = Answer(410, b"gone", {"Content-Type": "text/plain"})
    with pytest.raises(FetchError, match="HTTP 410 Gone"):
        loopback_fetcher(tmp_path).get(f"{server.base_url}/gone")
    [warc] = (tmp_path / "captures").rglob("*.warc.gz")
    statuses = [r["http"].get_statuscode() for r in records(warc) if r["type"] == "response"]
    assert statuses == ["404", "410"]  # robots.txt, then the page


def test_verify_capture_and_tampering(server, tmp_path):
    store = CaptureStore(tmp_path / "captures")
    capture = loopback_fetcher(tmp_path, captures=store).get(f"{server.base_url}/article").capture
    result = verify_capture(capture, store)
    assert result.ok and result.detail == f"sha256 {capture.sha256}"

    tamper(tmp_path / "captures" / capture.warc_file, b"found the application admissible", b"found the application inadmissible"[:32])
    result = verify_capture(capture, store)
    assert not result.ok
    assert result.detail.startswith("sha256 ") and f"does not match the recorded {capture.sha256}" in result.detail


def test_verify_reports_an_unreadable_file(server, tmp_path):
    store = CaptureStore(tmp_path / "captures")
    capture = loopback_fetcher(tmp_path, captures=store).get(f"{server.base_url}/article").capture
    path = tmp_path / "captures" / capture.warc_file
    with sqlite3.connect(tmp_path / "captures" / "index.sqlite") as index:
        [(offset,)] = index.execute("SELECT warc_offset FROM captures WHERE record_id = ?", (capture.warc_record_id,))
    path.write_bytes(path.read_bytes()[: offset + 100])  # the article's record cut short
    assert not verify_capture(capture, store).ok
    path.unlink()
    result = verify_capture(capture, store)
    assert not result.ok and result.detail.startswith(f"{path}: cannot read")


def test_verify_a_whole_file(server, tmp_path):
    store = CaptureStore(tmp_path / "captures")
    capture = loopback_fetcher(tmp_path, captures=store).get(f"{server.base_url}/article").capture
    path = tmp_path / "captures" / capture.warc_file
    assert [r.ok for r in store.verify_file(path)] == [True, True]  # robots.txt and the article
    tamper(path, b"welcomed", b"rejected")
    results = {r.record_id: r.ok for r in store.verify_file(path)}
    assert results[capture.warc_record_id] is False and sum(results.values()) == 1


def test_capture_verify_command(server, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CASEFILE_ALLOW_PRIVATE", "1")
    capture = loopback_fetcher(tmp_path, captures=CaptureStore()).get(f"{server.base_url}/article").capture
    path = tmp_path / "home" / "captures" / capture.warc_file
    runner = CliRunner()

    ok = runner.invoke(app, ["capture", "verify", capture.warc_record_id])
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.startswith(f"OK {capture.warc_record_id} {server.base_url}/article")
    assert runner.invoke(app, ["capture", "verify", capture.warc_record_id.strip("<>")]).exit_code == 0
    assert runner.invoke(app, ["capture", "verify", str(path)]).exit_code == 0

    tamper(path, b"two years", b"ten years")
    bad = runner.invoke(app, ["capture", "verify", capture.warc_record_id])
    assert bad.exit_code == 1 and bad.stdout.startswith(f"MISMATCH {capture.warc_record_id}")
    assert runner.invoke(app, ["capture", "verify", str(path)]).exit_code == 1

    unknown = runner.invoke(app, ["capture", "verify", "<urn:uuid:00000000-0000-0000-0000-000000000000>"])
    assert unknown.exit_code == 1 and "no capture with WARC record id" in unknown.stderr


def test_process_refuses_a_private_url_unless_allowed(server, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CASEFILE_ALLOW_PRIVATE", raising=False)
    runner = CliRunner()
    refused = runner.invoke(app, ["process", f"{server.base_url}/article", "--json"])
    assert refused.exit_code == 1
    message = " ".join(refused.stderr.split())
    assert f"{server.base_url}/article: refused: 127.0.0.1 is a private address (loopback); set allow_private: true" in message
    assert server.seen == []

    monkeypatch.setenv("CASEFILE_ALLOW_PRIVATE", "1")
    allowed = runner.invoke(app, ["process", f"{server.base_url}/article", "--json"])
    assert allowed.exit_code == 0, allowed.output
    capture = json.loads(allowed.stdout)["capture"]
    assert capture["sha256"] == sha256_hex(ARTICLE) and capture["final_url"] == f"{server.base_url}/article"
    assert (tmp_path / "home" / "captures" / capture["warc_file"]).is_file()
    assert capture["warc_file"].startswith("adhoc/")


def test_local_files_carry_the_sha256_of_their_bytes(tmp_path):
    from etl.fetch import read_local_file

    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    raw = read_local_file(page, url="https://example.org/page")
    assert raw.capture.sha256 == sha256_hex(ARTICLE) and raw.capture.warc_file is None
    assert raw.capture.final_url == "https://example.org/page"


def test_deflate_bodies_are_hashed_as_received(server, tmp_path):
    compressed = zlib.compress(ARTICLE)
    server.routes["/deflated"] = Answer(body=compressed, headers={**HTML, "Content-Encoding": "deflate"})
    raw = loopback_fetcher(tmp_path).get(f"{server.base_url}/deflated")
    assert raw.body == ARTICLE and raw.capture.sha256 == sha256_hex(compressed)
    assert verify_capture(raw.capture, CaptureStore(tmp_path / "captures")).ok


def test_threads_sharing_a_new_store_create_its_index_once(tmp_path, monkeypatch):
    # Switching a new index to WAL needs the database to itself: a second thread doing it
    # while the first writes fails with "database is locked". It must happen once.
    import etl.captures

    schema_runs = []
    connect = sqlite3.connect

    class SlowSchema(sqlite3.Connection):
        def executescript(self, script):
            schema_runs.append(script)
            time.sleep(0.05)  # widen the window in which other threads could start it too
            return super().executescript(script)

    monkeypatch.setattr(etl.captures.sqlite3, "connect", lambda *args, **kwargs: connect(*args, factory=SlowSchema, **kwargs))
    store = CaptureStore(tmp_path)
    start, errors = threading.Barrier(8), []

    def look_up():
        start.wait()
        try:
            store.latest("https://example.org/page")
        except sqlite3.Error as error:
            errors.append(error)

    threads = [threading.Thread(target=look_up) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(schema_runs) == 1, (errors, len(schema_runs))
