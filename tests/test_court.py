"""Court metadata: from a source's hints, else from the document's title and title block."""

import hashlib
import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from etl.court import court_metadata
from etl.document import Court
from etl.extract import extract
from etl.fetch import Lead, Raw, read_local_file, utcnow
from fixtures.documents import sample_court_order_pdf
from fixtures.server import FIXTURE_SOURCES

SAMPLE_ORDER_HTML = Path(__file__).parents[1] / "etl/sample_site/site/court/decisions/2023-11-16-order-provisional-measures.html"
FIXTURE_DECISIONS = FIXTURE_SOURCES.parent / "site/decisions"
CAT_CASE = "Application of the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"
ICJ_ORDER = Court(
    name="International Court of Justice",
    case_name=f"{CAT_CASE} (Canada and the Netherlands v. Syrian Arab Republic)",
    document_type="order",
    decision_date=date(2023, 11, 16),
    parties=["Canada", "Netherlands", "Syrian Arab Republic"],
)


def text_document(text: str, hints: dict | None = None, kind: str = "court"):
    url = "https://court.example/documents/1.txt"
    raw = Raw(url=url, final_url=url, status=200, content_type="text/plain; charset=utf-8", body=text.encode(), fetched_at=utcnow())
    return extract(raw, Lead(url=url, source="t", hints=hints or {}), kind=kind)


def test_sample_order_page():
    raw = read_local_file(SAMPLE_ORDER_HTML, url="https://court.example/decisions/2023-11-16-order-provisional-measures")
    document = extract(raw, Lead(url=raw.url, source="court-decisions"), kind="court")
    # the page's date line is dropped by the main-text extraction; the title still has it
    assert document.court == ICJ_ORDER


def test_sample_order_pdf():
    url = "https://court.example/decisions/2023-11-16-order-provisional-measures.pdf"
    raw = Raw(url=url, final_url=url, status=200, content_type="application/pdf", body=sample_court_order_pdf(), fetched_at=utcnow())
    document = extract(raw, Lead(url=url, source="court-decisions"), kind="court")
    assert document.court == ICJ_ORDER.model_copy(update={"case_number": "General List No. 188"})


@pytest.mark.parametrize(
    "file, expected",
    [
        ("2023-12-05-judgment-haddad.html", Court(
            name="European Court of Human Rights", case_name="Haddad v. Ruritania", case_number="No. 41234/20",
            document_type="judgment", decision_date=date(2023, 12, 5), parties=["Haddad", "Ruritania"])),
        ("2024-01-10-decision-warrant.pdf", Court(
            name="International Criminal Court", case_name="The Prosecutor v. John Doe", case_number="ICC-01/99-01/24",
            document_type="decision", decision_date=date(2024, 1, 10), parties=["Prosecutor", "John Doe"])),
        # "No. 2024/15" is the press release's number, and its headline's "Northland v.
        # Ruritania" does not make "The Court fixes time-limits..." a party
        ("2024-02-27-press-release.html", Court(
            name="International Court of Justice", document_type="press release", decision_date=date(2024, 2, 27))),
    ],  # fmt: skip
)
def test_fixture_court_documents(file, expected):
    raw = read_local_file(FIXTURE_DECISIONS / file, url=f"https://court.example/{file}")
    assert extract(raw, Lead(url=raw.url, source="t"), kind="court").court == expected


def test_source_hints_win_and_defaults_only_fill_gaps():
    hints = {
        "court": {"name": "Cour internationale de Justice", "case_number": "188", "decision_date": "2023-11-16T00:00:00Z", "parties": "A v. B and C"},
        "court_defaults": {"name": "Some Other Court", "document_type": "press release"},
    }
    document = text_document("INTERNATIONAL COURT OF JUSTICE\nORDER\nThe Court indicates measures.", hints)
    assert document.court == Court(
        name="Cour internationale de Justice", case_number="188", document_type="order",  # the text's "ORDER" beats the default
        decision_date=date(2023, 11, 16), parties=["A", "B", "C"],
    )  # fmt: skip
    assert text_document("Notes of a hearing\nNothing more.", {"court_defaults": {"document_type": "summary"}}).court.document_type == "summary"


def test_only_court_documents_get_a_court_and_empty_is_none():
    assert text_document("INTERNATIONAL COURT OF JUSTICE\nORDER", kind="news").court is None
    assert text_document("Minutes of a meeting\nThe members discussed the budget.").court is None


def test_decision_date_is_not_taken_from_the_body_and_fills_published_at():
    body = "1. On 8 June 2023, the Applicants filed an Application instituting proceedings against the Respondent State, which is the subject of this text."
    undated = text_document(f"INTERNATIONAL COURT OF JUSTICE\nORDER\n{body}")
    assert undated.court.decision_date is None and undated.published_at is None
    dated = text_document(f"INTERNATIONAL COURT OF JUSTICE\nTHE HAGUE, 16 November 2023.\nORDER\n{body}")
    assert dated.court.decision_date == date(2023, 11, 16)
    assert dated.published_at == datetime(2023, 11, 16, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "title_block, parties, case_name",
    [
        ("(BOSNIA AND HERZEGOVINA v. SERBIA AND MONTENEGRO)", ["Bosnia and Herzegovina", "Serbia and Montenegro"], "(Bosnia and Herzegovina v. Serbia and Montenegro)"),
        ("ALLEGED VIOLATIONS\n(THE GAMBIA v. MYANMAR)", ["Gambia", "Myanmar"], "Alleged Violations (The Gambia v. Myanmar)"),
        ("Affaire relative à la torture (Canada et Pays-Bas c. République arabe syrienne)", ["Canada", "Pays-Bas", "République arabe syrienne"], "Affaire relative à la torture (Canada et Pays-Bas c. République arabe syrienne)"),
        ("THE PROSECUTOR v. ALI MUHAMMAD ALI ABD-AL-RAHMAN", ["Prosecutor", "Ali Muhammad Ali Abd-Al-Rahman"], "The Prosecutor v. Ali Muhammad Ali Abd-Al-Rahman"),
    ],
)
def test_parties_and_case_name(title_block, parties, case_name):
    court = text_document(f"{title_block}\nJUDGMENT\nThe Court delivers its judgment.").court
    assert (court.parties, court.case_name) == (parties, case_name)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Judgment of November 16, 2023", date(2023, 11, 16)),
        ("Paris, le 1er décembre 2023", date(2023, 12, 1)),
        ("Koblenz, 13. Januar 2022", date(2022, 1, 13)),
        ("Date: 2024-01-10", date(2024, 1, 10)),
        ("Date: 31 February 2024", None),
    ],
)
def test_decision_date_forms(line, expected):
    assert text_document(f"Court record\n{line}\nDECISION\nText.").court.decision_date == expected


@pytest.mark.parametrize(
    "text, number",
    [
        ("No.: ICC-01/14-01/21\nDate: 9 July 2021", "ICC-01/14-01/21"),
        ("CASE OF X v. Y\n(Application no. 12345/20)", "No. 12345/20"),
        ("Case No. IT-95-5/18-T", "IT-95-5/18-T"),
        ("General List No. 178", "General List No. 178"),
        ("Press release No. 2024/15", None),
    ],
)
def test_case_numbers(text, number):
    document = text_document(f"Record\n{text}\nDECISION")
    assert court_metadata(document, {}).case_number == number


def test_process_court_pdf_url_prints_pages_court_and_capture(sample_site, monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from etl.cli import app

    monkeypatch.setenv("CASEFILE_HOME", str(tmp_path))
    monkeypatch.setenv("CASEFILE_ALLOW_PRIVATE", "1")
    url = f"{sample_site}/court/decisions/2023-11-16-order-provisional-measures.pdf"
    result = CliRunner().invoke(app, ["process", url, "--json"])  # the command: no --kind
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["kind"] == "court", "recognised as a court record by its title block"
    # the server names the PDF's public address in a Link header: identity does not depend on the port
    assert document["canonical_url"] == "https://court.example/decisions/2023-11-16-order-provisional-measures.pdf"
    assert [page["number"] for page in document["pages"]] == [1, 2, 3]
    first_page = document["text"][document["pages"][0]["start"] : document["pages"][0]["end"]]
    assert first_page.startswith("INTERNATIONAL COURT OF JUSTICE")
    assert document["court"] == ICJ_ORDER.model_copy(update={"case_number": "General List No. 188"}).model_dump(mode="json")
    capture = document["capture"]
    assert capture["sha256"] == hashlib.sha256(sample_court_order_pdf()).hexdigest()
    assert capture["warc_file"] and capture["warc_record_id"] and capture["content_type"] == "application/pdf"


def test_process_leaves_a_news_article_news(sample_site, monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from etl.cli import app

    monkeypatch.setenv("CASEFILE_HOME", str(tmp_path))
    monkeypatch.setenv("CASEFILE_ALLOW_PRIVATE", "1")
    result = CliRunner().invoke(app, ["process", f"{sample_site}/ledger/2023/11/17/icj-orders-end-to-torture.html", "--json"])
    document = json.loads(result.stdout)
    assert (document["kind"], document["court"]) == ("news", None)
