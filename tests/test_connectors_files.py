"""`files` connector and documents beyond HTML: PDFs (text per page, scanned, corrupt),
plain text, and unsupported types, from a folder on disk."""

import hashlib
import shutil
from datetime import datetime, timezone

import pytest

from etl.connectors import DiscoverError, connector_for
from etl.extract import ExtractError, extract
from etl.fetch import Lead, Raw, utcnow
from etl.pipeline import build_documents
from etl.sources import Source, load_sources
from fixtures.documents import ICJ_ORDER_PAGES, SAMPLE_ORDER_PDF, sample_court_order_pdf, scanned_pdf
from fixtures.server import FIXTURE_SOURCES

FILES = FIXTURE_SOURCES.parent / "files"


@pytest.fixture
def archive(tmp_path):
    """A backfill folder: HTML and text from the fixtures, a court order PDF, a CSV."""
    folder = tmp_path / "archive"
    shutil.copytree(FILES, folder / "notes")
    (folder / "orders").mkdir()
    (folder / "orders" / "order.pdf").write_bytes(sample_court_order_pdf())
    (folder / "figures.csv").write_text("year,cases\n2023,41\n")
    return folder


def pdf_raw(body: bytes) -> Raw:
    url = "http://127.0.0.1:9/order.pdf"
    return Raw(url=url, final_url=url, status=200, content_type="application/pdf", body=body, fetched_at=utcnow())


def test_folder_of_html_pdf_and_text(archive):
    source = Source(id="archive", type="files", kind="court", options={"path": str(archive)})
    connector = connector_for(source)
    leads = list(connector.discover(fetcher=None))
    assert [lead.url.rsplit("/archive/", 1)[1] for lead in leads] == [
        "figures.csv", "notes/hearing-notes.html", "notes/ngo-submission.txt", "orders/order.pdf",
    ]  # fmt: skip
    documents = {lead.url.rsplit("/", 1)[1]: extract(connector.retrieve(lead, None), lead, kind="court") for lead in leads[1:]}
    assert documents["hearing-notes.html"].title.startswith("Trial monitoring notes")
    assert documents["ngo-submission.txt"].title == "Submission to the Committee against Torture (fictional NGO, for casefile tests)"
    order = documents["order.pdf"]
    assert [page.number for page in order.pages] == [1, 2, 3]
    assert order.court.case_number == "General List No. 188"
    assert order.capture.sha256 == hashlib.sha256(sample_court_order_pdf()).hexdigest()


def test_unsupported_type_is_recorded_with_its_content_type(archive, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_HOME", str(tmp_path / "home"))
    source = Source(id="archive", type="files", options={"path": str(archive), "pattern": "*.csv"})
    batch = build_documents(source, connector_for(source).discover(fetcher=None))
    [failure] = batch.failures
    assert (failure.stage, failure.reason) == ("extract", "unsupported content type 'text/csv'")
    assert failure.url.endswith("/archive/figures.csv")


def test_pdf_text_is_kept_page_by_page():
    document = extract(pdf_raw(sample_court_order_pdf()), Lead(url="http://127.0.0.1:9/order.pdf", source="t"), kind="court")
    for page, blocks in zip(document.pages, ICJ_ORDER_PAGES, strict=True):
        page_text = " ".join(document.text[page.start : page.end].split())
        assert blocks[-1][1][:60] in page_text  # each page's last paragraph is found on that page...
        others = [p for p in ICJ_ORDER_PAGES if p is not blocks]
        assert not any(other[-1][1][:60] in page_text for other in others)  # ...and only there
    assert document.pages[0].start == 0 and document.pages[-1].end == len(document.text)
    assert all(a.end < b.start for a, b in zip(document.pages, document.pages[1:]))
    assert document.title.startswith("Order of 16 November 2023")  # PDF metadata
    assert document.published_at == datetime(2023, 11, 16, 14, 0, tzinfo=timezone.utc)


def test_committed_sample_pdf_is_what_the_builder_makes():
    assert SAMPLE_ORDER_PDF.read_bytes() == sample_court_order_pdf()
    assert SAMPLE_ORDER_PDF.stat().st_size < 50_000


def test_scanned_pdf_is_refused_not_indexed_empty():
    with pytest.raises(ExtractError, match=r"PDF has no text layer \(2 pages, probably scanned\); OCR is not available"):
        extract(pdf_raw(scanned_pdf(pages=2)), Lead(url="http://127.0.0.1:9/scan.pdf", source="t"))


@pytest.mark.parametrize(
    "damage, reason",
    [
        (lambda pdf: pdf[: len(pdf) // 2], "corrupt or unreadable PDF: "),  # truncated download
        (lambda pdf: b"%PDF-1.7\n" + b"\x00garbage" * 50, "corrupt or unreadable PDF: "),
        (lambda pdf: b"", "corrupt or unreadable PDF: Cannot read an empty file"),
        # a damaged content stream: pypdf would return part of page 1 and carry on
        (lambda pdf: pdf[:600] + bytes(b ^ 0xFF for b in pdf[600:1400]) + pdf[1400:], "corrupt PDF: page 1 cannot be fully decoded"),
    ],
)
def test_corrupt_pdf_is_refused_with_reason(damage, reason):
    with pytest.raises(ExtractError) as err:
        extract(pdf_raw(damage(sample_court_order_pdf())), Lead(url="http://127.0.0.1:9/order.pdf", source="t"))
    assert str(err.value).startswith(reason)


def test_base_url_and_path_relative_to_the_sources_file(tmp_path):
    shutil.copytree(FILES, tmp_path / "backfill")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: backfill\n    type: files\n    options: {path: backfill, base_url: 'https://ngo.example/docs'}\n"
    )
    [source] = load_sources(tmp_path / "sources.yaml")
    assert source.options["path"] == str(tmp_path / "backfill")
    connector = connector_for(source)
    leads = list(connector.discover(fetcher=None))
    assert [lead.url for lead in leads] == ["https://ngo.example/docs/hearing-notes.html", "https://ngo.example/docs/ngo-submission.txt"]
    document = extract(connector.retrieve(leads[1], None), leads[1])
    assert document.canonical_url == "https://ngo.example/docs/ngo-submission.txt"


def test_missing_folder_and_bad_options(tmp_path):
    with pytest.raises(DiscoverError, match=r"nowhere: not a folder"):
        list(connector_for(Source(id="gone", type="files", options={"path": str(tmp_path / "nowhere")})).discover(None))
    with pytest.raises(ValueError, match=r"source 'gone': field 'options.path': Field required"):
        connector_for(Source(id="gone", type="files", options={}))
    with pytest.raises(ValueError, match=r"field 'options.base_url': Value error, must be an http\(s\) URL"):
        connector_for(Source(id="gone", type="files", options={"path": "x", "base_url": "ftp://files.example/"}))
