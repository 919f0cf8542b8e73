"""`api` connector: paginated JSON, field mapping, a token from the environment."""

import json
import re
from datetime import date
from urllib.parse import parse_qsl, urlsplit

import pytest

from etl.connectors import DiscoverError, connector_for
from etl.extract import extract
from etl.fetch import FetchError
from etl.sources import Credentials, SourceConfigError
from fixtures.server import fetcher_in, loopback_source, serve_routes

TOKEN = "s3cret-token-for-tests"
OPINIONS = [
    {"id": n, "caption": f"Case {n} v. Ruritania", "filed": f"2024-0{n}-15", "docket": f"No. {n}00/24", "file": f"/opinions/{n}.txt"}
    for n in range(1, 6)
]
FIELDS = {
    "url": "file",
    "title": "caption",
    "published_at": "filed",
    "court.case_name": "caption",
    "court.case_number": "docket",
    "court.decision_date": "filed",
}
JSON = {"Content-Type": "application/json"}


def opinions_api(path, headers):
    """Three ways to paginate the same five opinions; every API call needs the token."""
    parts = urlsplit(path)
    query = dict(parse_qsl(parts.query))
    if parts.path.startswith("/opinions/"):
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, f"Opinion {parts.path}\n\nThe court rules on the application.".encode()
    if parts.path == "/robots.txt":
        return 404, {}, b""
    if headers.get("Authorization") != f"Token {TOKEN}":
        return 401, JSON, b'{"detail": "Invalid token."}'
    if parts.path == "/paged":
        page = int(query.get("page", 1))
        return 200, JSON, json.dumps({"data": {"items": OPINIONS[(page - 1) * 2 : page * 2]}}).encode()
    if parts.path == "/cursor":
        start = int(query.get("cursor") or 0)
        following = start + 2 if start + 2 < len(OPINIONS) else None
        return 200, JSON, json.dumps({"results": OPINIONS[start : start + 2], "meta": {"next_cursor": following}}).encode()
    if parts.path == "/offset":
        start = int(query.get("start", 0))
        return 200, JSON, json.dumps(OPINIONS[start : start + 2]).encode()
    if parts.path == "/text":
        return 200, JSON, b"this is not json"
    return 404, JSON, b"{}"


@pytest.fixture
def api(monkeypatch):
    monkeypatch.setenv("OPINIONS_API_TOKEN", TOKEN)
    with serve_routes(opinions_api) as server:
        yield server


def api_source(url, env="OPINIONS_API_TOKEN", **options):
    return loopback_source(
        id="opinions", type="api", kind="court", url=url, credentials=Credentials(env=env),
        options={"fields": FIELDS, "auth_scheme": "Token", **options},
    )  # fmt: skip


def discover(source, tmp_path, since=None):
    return list(connector_for(source).discover(fetcher_in(source, tmp_path), since=since))


def test_next_url_pages_with_court_fields(fixture_site, tmp_path):
    fields = {
        "url": "download_url", "title": "caseName", "court.name": "court", "court.case_name": "caseName",
        "court.case_number": "docketNumber", "court.decision_date": "dateFiled", "court.document_type": "documentType",
        "court.parties": "parties",
    }  # fmt: skip
    source = loopback_source(id="fixture-api", type="api", kind="court", url=f"{fixture_site}/api/opinions.json",
                             options={"results": "results", "next_url": "next", "fields": fields})  # fmt: skip
    leads = discover(source, tmp_path)
    assert [lead.url.removeprefix(fixture_site) for lead in leads] == [  # relative URLs resolved; no URL, no lead
        "/decisions/2023-12-05-judgment-haddad.html",
        "/decisions/2024-01-10-decision-warrant.pdf",
        "/decisions/2024-02-27-press-release.html",
    ]
    assert leads[0].hints == {
        "title": "Haddad v. Ruritania",
        "court": {
            "name": "European Court of Human Rights", "case_name": "Haddad v. Ruritania", "case_number": "No. 41234/20",
            "decision_date": "2023-12-05", "document_type": "judgment", "parties": ["Samira Haddad", "Ruritania"],
        },
    }  # fmt: skip
    assert "case_number" not in leads[2].hints["court"]  # null in the record
    document = extract(connector_for(source).retrieve(leads[2], fetcher_in(source, tmp_path)), leads[2], kind="court")
    assert document.court.name == "International Court of Justice"
    assert document.court.parties == ["Northland", "Ruritania"]  # "Northland v. Ruritania" in the record


@pytest.mark.parametrize(
    "path, options",
    [
        ("/paged", {"results": "data.items", "page_param": "page"}),
        ("/cursor", {"results": "results", "cursor_path": "meta.next_cursor", "cursor_param": "cursor"}),
        ("/offset", {"results": "", "offset_param": "start"}),
    ],
)
def test_pagination_modes_with_token(api, tmp_path, path, options):
    base, requests = api
    leads = discover(api_source(f"{base}{path}", **options), tmp_path)
    assert [lead.url for lead in leads] == [f"{base}/opinions/{n}.txt" for n in range(1, 6)]
    assert leads[0].hints == {
        "title": "Case 1 v. Ruritania", "published_at": "2024-01-15",
        "court": {"case_name": "Case 1 v. Ruritania", "case_number": "No. 100/24", "decision_date": "2024-01-15"},
    }  # fmt: skip
    api_calls = [headers for path, headers in requests if not path.startswith("/robots")]
    assert api_calls and all(headers["Authorization"] == f"Token {TOKEN}" for headers in api_calls)


def test_since_goes_to_the_api_and_filters(api, tmp_path):
    base, requests = api
    source = api_source(f"{base}/paged", results="data.items", page_param="page", since_param="filed_after", params={"q": "torture"})
    leads = discover(source, tmp_path, since=date(2024, 3, 1))
    assert [lead.url.removeprefix(base) for lead in leads] == ["/opinions/3.txt", "/opinions/4.txt", "/opinions/5.txt"]
    first = next(path for path, _ in requests if path.startswith("/paged"))
    assert dict(parse_qsl(urlsplit(first).query)) == {"q": "torture", "filed_after": "2024-03-01", "page": "1"}


def test_documents_are_fetched_without_the_token(api, tmp_path):
    base, requests = api
    source = api_source(f"{base}/offset", results="", offset_param="start")
    connector = connector_for(source)
    lead = next(iter(connector.discover(fetcher_in(source, tmp_path))))
    raw = connector.retrieve(lead, fetcher_in(source, tmp_path))
    assert raw.body.startswith(b"Opinion /opinions/1.txt")
    assert "Authorization" not in dict(requests)["/opinions/1.txt"]


def test_token_is_never_in_errors(api, monkeypatch, tmp_path):
    base, _ = api
    monkeypatch.setenv("OPINIONS_API_TOKEN", "wrong-" + TOKEN)
    with pytest.raises(FetchError) as err:
        discover(api_source(f"{base}/paged", results="data.items"), tmp_path)
    assert "401" in str(err.value) and TOKEN not in str(err.value)
    monkeypatch.delenv("OPINIONS_API_TOKEN")
    with pytest.raises(DiscoverError, match="source 'opinions': no secret in environment variable OPINIONS_API_TOKEN \\(credentials.env\\)"):
        discover(api_source(f"{base}/paged", results="data.items"), tmp_path)


def test_token_from_an_airflow_connection(api, monkeypatch, tmp_path):
    base, _ = api
    monkeypatch.setenv("AIRFLOW_CONN_OPINIONS_API", json.dumps({"conn_type": "http", "password": TOKEN}))
    source = api_source(f"{base}/paged", results="data.items").model_copy(update={"credentials": Credentials(airflow_connection="opinions_api")})
    assert discover(source, tmp_path), "the API answered with the connection's token"
    monkeypatch.delenv("AIRFLOW_CONN_OPINIONS_API")
    with pytest.raises(DiscoverError, match="no secret in Airflow connection 'opinions_api'"):
        discover(source, tmp_path)


def test_bad_responses_name_url_and_reason(api, tmp_path):
    base, _ = api
    with pytest.raises(DiscoverError, match=rf"{base}/text: response is not JSON"):
        discover(api_source(f"{base}/text"), tmp_path)
    with pytest.raises(DiscoverError, match=r"results path 'data.hits' does not lead to a list"):
        discover(api_source(f"{base}/paged", results="data.hits"), tmp_path)


def test_url_template_builds_document_addresses(api, tmp_path):
    base, _ = api
    source = api_source(f"{base}/cursor", results="results", cursor_path="meta.next_cursor", cursor_param="cursor",
                        fields={"title": "caption"}, url_template="/opinions/{id}.txt")  # fmt: skip
    leads = discover(source, tmp_path)
    assert [lead.url for lead in leads][:2] == [f"{base}/opinions/1.txt", f"{base}/opinions/2.txt"]


@pytest.mark.parametrize(
    "options, field, reason",
    [
        ({"fields": {"title": "caption"}}, "options", "exactly one of fields.url or url_template"),
        ({"fields": {"url": "file", "court.judge": "judge"}}, "options.fields.court.judge.[key]", "Input should be 'url'"),
        ({"fields": {"url": "file"}, "next_url": "next", "page_param": "page"}, "options", "not next_url and page_param"),
        ({"fields": {"url": "file"}, "cursor_path": "meta.cursor"}, "options", "needs both cursor_path and cursor_param"),
        ({"fields": {"url": "file"}, "max_pages": "many"}, "options.max_pages", "valid integer"),
    ],
)
def test_wrong_options_name_source_and_field(options, field, reason):
    source = loopback_source(id="opinions", type="api", url="http://127.0.0.1:9/api", options=options)
    with pytest.raises(SourceConfigError, match=rf"source 'opinions': field '{re.escape(field)}': .*{reason}"):
        connector_for(source)
