"""`warc` connector: response records of WARC files become documents, cited by record."""

import gzip
import hashlib
import io
import shutil
from datetime import date, datetime, timezone

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from etl.captures import verify_capture
from etl.connectors import DiscoverError, connector_for
from etl.extract import extract
from etl.fetch import FetchError
from etl.sources import Source
from fixtures.documents import FIXTURE_WARC, fixture_decision_pdf, fixture_warc

CRAWLED = [
    "https://regional-monitor.example/2024/03/04/survivors-file-complaint",
    "https://regional-monitor.example/briefs/un-commission-report.txt",
    "https://court.example/decisions/2024-01-10-decision-warrant.pdf",
]


def warc_source(path, **options):
    return Source(id="news-crawl", type="warc", kind="news", options={"path": str(path), **options})


def leads_of(source, since=None):
    return list(connector_for(source).discover(fetcher=None, since=since))


def test_response_records_become_documents():
    source = warc_source(FIXTURE_WARC)
    leads = leads_of(source)
    # requests, the 404, the image, the revisit and the warcinfo record are skipped
    assert [lead.url for lead in leads] == CRAWLED
    connector = connector_for(source)
    raws = [connector.retrieve(lead, None) for lead in leads]
    assert raws[2].body == fixture_decision_pdf()
    assert raws[0].fetched_at == datetime(2024, 3, 4, 12, 0, tzinfo=timezone.utc)  # WARC-Date, not now
    documents = [extract(raw, lead) for raw, lead in zip(raws, leads)]
    assert documents[0].title == "Survivors' group files torture complaint in Berlin"
    assert documents[0].canonical_url == "https://regional-monitor.example/2024/03/04/survivors-file-complaint"
    assert documents[1].title == "UN commission publishes report on enforced disappearances"
    assert [page.number for page in documents[2].pages] == [1, 2]
    capture = documents[2].capture
    assert (capture.warc_file, capture.warc_record_id) == (str(FIXTURE_WARC.resolve()), leads[2].hints["warc_record_id"])
    assert capture.sha256 == hashlib.sha256(fixture_decision_pdf()).hexdigest()
    assert verify_capture(capture).ok


def test_committed_warc_is_what_the_builder_makes():
    assert FIXTURE_WARC.read_bytes() == fixture_warc()


def test_folder_pattern_and_since(tmp_path):
    (tmp_path / "2024").mkdir()
    shutil.copy(FIXTURE_WARC, tmp_path / "2024" / "crawl-a.warc.gz")
    (tmp_path / "2024" / "crawl-b.warc").write_bytes(gzip.decompress(FIXTURE_WARC.read_bytes()))  # uncompressed copy
    (tmp_path / "notes.txt").write_text("not a WARC file, not read")
    assert len(leads_of(warc_source(tmp_path))) == 6
    assert [lead.url for lead in leads_of(warc_source(tmp_path / "2024" / "crawl-b.warc", url_pattern=r"\.(pdf|txt)$"))] == CRAWLED[1:]
    recent = leads_of(warc_source(FIXTURE_WARC), since=date(2024, 3, 5))
    assert [lead.url for lead in recent] == CRAWLED[1:]  # the article was captured on 4 March


def test_encoded_payload_is_decoded_and_hashed_as_received(tmp_path):
    page = b"<html><body><article><p>" + b"Encoded transfer of a court press release. " * 20 + b"</p></article></body></html>"
    encoded = gzip.compress(page, mtime=0)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(encoded), encoded)
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")], protocol="HTTP/1.1"
    )
    writer.write_record(writer.create_warc_record("https://court.example/press/1", "response", payload=io.BytesIO(chunked), http_headers=headers))
    (tmp_path / "encoded.warc.gz").write_bytes(buffer.getvalue())
    source = warc_source(tmp_path / "encoded.warc.gz")
    [lead] = leads_of(source)
    raw = connector_for(source).retrieve(lead, None)
    assert raw.body == page
    assert raw.capture.sha256 == hashlib.sha256(chunked).hexdigest()
    assert verify_capture(raw.capture).ok


def test_oversized_record_and_changed_file(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    shutil.copy(FIXTURE_WARC, path)
    small = Source(id="news-crawl", type="warc", options={"path": str(path)}, politeness={"max_bytes": 1000})
    lead = leads_of(small)[2]
    with pytest.raises(FetchError, match="record body larger than 1000 bytes"):
        connector_for(small).retrieve(lead, None)
    lead.hints["warc_offset"] = leads_of(small)[0].hints["warc_offset"]
    with pytest.raises(FetchError, match="changed: the record at offset .* is not this URL's"):
        connector_for(warc_source(path)).retrieve(lead, None)


@pytest.mark.parametrize(
    "body",
    [b"<html>not-a-warc</html>\n", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 100\r\n\r\nshort"],
)
def test_unreadable_or_missing_warc(tmp_path, body):
    broken = tmp_path / "broken.warc"
    broken.write_bytes(body)
    with pytest.raises(DiscoverError, match=r"broken.warc: not a readable WARC file"):
        leads_of(warc_source(broken))
    with pytest.raises(DiscoverError, match=r"gone: no such WARC file or folder"):
        leads_of(warc_source(tmp_path / "gone"))
