"""kibana/casefile.ndjson against the index template, and `setup_kibana`'s HTTP client.

Kibana cannot run here, so the client is tested against a *recording server*: a plain
loopback HTTP server that keeps each request and answers with a body the test chooses. It
checks the request our code sends and how our code reads answers; it is not a Kibana."""

from __future__ import annotations

import copy
import json
import re
import threading
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.elastic.index import MAPPINGS_DIR, index_template
from etl.kibana import SAVED_OBJECTS_FILE, KibanaSetupError, read_saved_objects, setup_kibana

# ---------------------------------------------------------------- the mapping's field names

FIELD_KEYS = {"sourceField", "fieldName", "field", "timeFieldName", "breakdownField", "timeField"}
LENS_DOCUMENT_COUNT = "___records___"  # Lens' name for "count of documents", not a field


def mapping_fields() -> tuple[set[str], set[str]]:
    """(every searchable field path including sub-fields like title.raw, paths under nested objects)."""
    languages = json.loads((MAPPINGS_DIR / "documents.languages.json").read_text())
    properties = index_template("casefile-documents", {languages["requires_module"]})["template"]["mappings"]["properties"]
    fields, nested = set(), set()

    def walk(props: dict, prefix: str, in_nested: bool) -> None:
        for name, spec in props.items():
            path = f"{prefix}{name}"
            inside = in_nested or spec.get("type") == "nested"
            if "properties" in spec:
                walk(spec["properties"], f"{path}.", inside)
                continue
            fields.add(path)
            fields.update(f"{path}.{sub}" for sub in spec.get("fields", {}))
            if inside:
                nested.update({path, *(f"{path}.{sub}" for sub in spec.get("fields", {}))})

    walk(properties, "", False)
    return fields, nested


# ---------------------------------------------------------------- field references in saved objects

KQL_FIELD = re.compile(r"(?<![\w.])([A-Za-z_][\w.]*)\s*:")
KQL_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
PAINLESS_DOC = re.compile(r"doc\[['\"]([^'\"]+)['\"]\]")


def kql_fields(query: str) -> list[str]:
    """Field names in a KQL query (`field : value`, `field:(a or b)`); quoted values are ignored."""
    return KQL_FIELD.findall(KQL_QUOTED.sub('""', query))


def decoded(value):
    """Kibana keeps nested JSON as strings (panelsJSON, searchSourceJSON, runtimeFieldMap…)."""
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def field_references(obj: dict) -> list[tuple[str, str]]:
    """(where, field) for every field the saved object names, found by walking its attributes."""
    found: list[tuple[str, str]] = []

    def walk(node, where: str) -> None:
        node = decoded(node)
        if isinstance(node, dict):
            if node.get("language") == "kuery" and isinstance(node.get("query"), str):
                found.extend((f"{where}.query", name) for name in kql_fields(node["query"]))
            if isinstance(node.get("source"), str) and where.endswith("script"):
                found.extend((f"{where}.source", name) for name in PAINLESS_DOC.findall(node["source"]))
            for key, value in node.items():
                here = f"{where}.{key}"
                if key in FIELD_KEYS and isinstance(value, str):
                    if not (value == LENS_DOCUMENT_COUNT and node.get("operationType") == "count"):
                        found.append((here, value))
                elif key in {"columns", "secondaryFields"} and isinstance(value, list):
                    found.extend((here, name) for name in value if isinstance(name, str))
                    walk([item for item in value if not isinstance(item, str)], here)  # e.g. Lens table columns
                elif key == "sort" and isinstance(value, list):
                    found.extend((here, pair[0]) for pair in value if isinstance(pair, list) and pair and isinstance(pair[0], str))
                else:
                    walk(value, here)
        elif isinstance(node, list):
            for position, item in enumerate(node):
                walk(item, f"{where}[{position}]")

    walk(obj["attributes"], f"{obj['type']}/{obj['id']}")
    return found


def runtime_fields(objects: list[dict]) -> set[str]:
    """Fields the data view itself defines (runtimeFieldMap), usable like mapped ones."""
    return {
        name
        for obj in objects
        if obj["type"] == "index-pattern"
        for name in json.loads(obj["attributes"].get("runtimeFieldMap") or "{}")
    }


def unknown_fields(objects: list[dict]) -> list[str]:
    fields, _ = mapping_fields()
    known = fields | runtime_fields(objects)
    return [f"{where}: {name}" for obj in objects for where, name in field_references(obj) if name not in known]


@pytest.fixture(scope="module")
def saved_objects() -> list[dict]:
    return read_saved_objects(SAVED_OBJECTS_FILE)


def by_type(objects: list[dict], kind: str) -> list[dict]:
    return [obj for obj in objects if obj["type"] == kind]


# ---------------------------------------------------------------- the NDJSON itself

def test_every_line_is_a_saved_object_with_a_stable_casefile_id():
    lines = SAVED_OBJECTS_FILE.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.strip() for line in lines)
    objects = [json.loads(line) for line in lines]
    for obj in objects:
        assert {"type", "id", "attributes", "references", "typeMigrationVersion", "coreMigrationVersion"} <= set(obj), obj.get("id")
        assert obj["id"].startswith("casefile-"), obj["id"]
        assert obj["attributes"].get("title"), obj["id"]
    assert len({(o["type"], o["id"]) for o in objects}) == len(objects), "duplicate saved object ids"


def test_the_objects_the_issue_asks_for(saved_objects):
    [data_view] = by_type(saved_objects, "index-pattern")
    assert data_view["attributes"]["title"] == "casefile-documents"
    assert data_view["attributes"]["timeFieldName"] == "published_at"

    queries = {obj["id"]: json.loads(obj["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])["query"]["query"] for obj in by_type(saved_objects, "search")}
    assert any(kql_fields(q) == ["kind"] and '"court"' in q for q in queries.values())
    assert any(kql_fields(q) == ["kind"] and '"news"' in q for q in queries.values())
    assert any(kql_fields(q) == ["entity_names.person"] for q in queries.values())

    [dashboard] = by_type(saved_objects, "dashboard")
    on_dashboard = {ref["id"] for ref in dashboard["references"]}
    charted = {
        column["sourceField"]
        for obj in by_type(saved_objects, "lens")
        if obj["id"] in on_dashboard
        for layer in obj["attributes"]["state"]["datasourceStates"]["formBased"]["layers"].values()
        for column in layer["columns"].values()
    }
    assert {"published_at", "source", "kind", "entity_names.person", "entity_names.org", "places", "entity_names.court", "language"} <= charted
    court_table = [obj for obj in by_type(saved_objects, "search") if obj["id"] in on_dashboard]
    assert court_table and {"court.name", "court.case_name", "court.document_type", "court.decision_date"} <= set(court_table[0]["attributes"]["columns"])


def test_places_join_countries_and_other_locations(saved_objects):
    [data_view] = by_type(saved_objects, "index-pattern")
    script = json.loads(data_view["attributes"]["runtimeFieldMap"])["places"]["script"]["source"]
    assert set(PAINLESS_DOC.findall(script)) == {"entity_names.gpe", "entity_names.loc"}


def test_every_referenced_field_exists_in_the_index_template(saved_objects):
    references = [ref for obj in saved_objects for ref in field_references(obj)]
    # The walk must see the fields the objects are built on, or this test would pass on nothing.
    assert len(references) >= 30, references
    kinds = {where.rsplit(".", 1)[-1].split("[")[0] for where, _ in references}
    assert {"sourceField", "timeFieldName", "columns", "sort", "query", "source"} <= kinds, kinds
    assert unknown_fields(saved_objects) == []


def test_a_misspelt_field_anywhere_is_reported(saved_objects):
    """The checker itself: each kind of reference, broken on purpose, is caught."""
    def broken(mutate) -> list[str]:
        objects = copy.deepcopy(saved_objects)
        mutate(objects)
        return unknown_fields(objects)

    def lens_column(objects):
        lens = by_type(objects, "lens")[0]
        layer = next(iter(lens["attributes"]["state"]["datasourceStates"]["formBased"]["layers"].values()))
        next(c for c in layer["columns"].values() if c["operationType"] == "terms")["sourceField"] = "entity_names.persons"

    def search_query(objects):
        search = by_type(objects, "search")[0]
        source = json.loads(search["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
        source["query"]["query"] = 'courtname : "ICC"'
        search["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"] = json.dumps(source)

    def runtime_script(objects):
        view = by_type(objects, "index-pattern")[0]
        view["attributes"]["runtimeFieldMap"] = view["attributes"]["runtimeFieldMap"].replace("entity_names.loc", "entity_names.location")

    mutations = {
        "lens": lens_column,
        "search query": search_query,
        "search column": lambda objects: by_type(objects, "search")[0]["attributes"]["columns"].append("court.judge"),
        "sort": lambda objects: by_type(objects, "search")[1]["attributes"]["sort"].__setitem__(0, ["published", "desc"]),
        "time field": lambda objects: by_type(objects, "index-pattern")[0]["attributes"].__setitem__("timeFieldName", "published"),
        "runtime field script": runtime_script,
    }
    for what, mutate in mutations.items():
        assert len(broken(mutate)) == 1, what


def test_lens_never_aggregates_nested_fields(saved_objects):
    """Terms on `entities.*` (nested) would silently count nothing; entity_names.* is for that."""
    _, nested = mapping_fields()
    assert nested, "the template should have nested entities"
    used = {name for obj in by_type(saved_objects, "lens") for _, name in field_references(obj)}
    assert not used & nested


def test_references_resolve(saved_objects):
    ids = {(obj["type"], obj["id"]) for obj in saved_objects}
    for obj in saved_objects:
        names = {ref["name"] for ref in obj["references"]}
        for ref in obj["references"]:
            assert (ref["type"], ref["id"]) in ids, f"{obj['id']} references missing {ref['type']} {ref['id']}"
        if obj["type"] == "lens":
            layers = obj["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]
            assert {f"indexpattern-datasource-layer-{layer}" for layer in layers} <= names, obj["id"]
        if obj["type"] == "search":
            source = json.loads(obj["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
            assert source["indexRefName"] in names, obj["id"]
        if obj["type"] == "dashboard":
            panels = json.loads(obj["attributes"]["panelsJSON"])
            assert len(panels) >= 8
            for panel in panels:
                ref = next(r for r in obj["references"] if r["name"] == f"{panel['panelIndex']}:{panel['panelRefName']}")
                assert ref["type"] == panel["type"]
            cells = [(p["gridData"]["x"], p["gridData"]["y"], p["gridData"]["w"], p["gridData"]["h"]) for p in panels]
            assert all(x + w <= 48 for x, _, w, _ in cells), "the dashboard grid is 48 columns wide"


def test_a_broken_file_is_reported_with_its_line(tmp_path):
    path = tmp_path / "objects.ndjson"
    path.write_text('{"type": "search", "id": "a", "attributes": {}}\n{"type": "lens", "id": "b"\n')
    with pytest.raises(KibanaSetupError, match=r"objects.ndjson:2: not JSON"):
        read_saved_objects(path)
    path.write_text('{"type": "search", "attributes": {}}\n')
    with pytest.raises(KibanaSetupError, match=r"objects.ndjson:1: a saved object needs id"):
        read_saved_objects(path)


# ---------------------------------------------------------------- setup_kibana over HTTP

class RecordingServer:
    """Loopback HTTP server that records requests and replies with a chosen status and body.
    Not a Kibana: it only lets the tests see what our client sends and how it reads replies."""

    def __init__(self):
        self.requests: list[dict] = []
        self.reply: tuple[int, str, str] = (200, "application/json", "{}")
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                recorder.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                status, content_type, text = recorder.reply
                payload = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def answer(self, status: int, body, content_type: str = "application/json") -> None:
        self.reply = (status, content_type, body if isinstance(body, str) else json.dumps(body))

    def uploaded(self, index: int = -1) -> tuple[str, bytes]:
        """(file name, file bytes) of the multipart field `file` in a recorded request."""
        request = self.requests[index]
        head = f"Content-Type: {request['headers']['Content-Type']}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(head + request["body"])
        [part] = [p for p in message.iter_parts() if p.get_param("name", header="content-disposition") == "file"]
        return part.get_filename(), part.get_payload(decode=True)


@pytest.fixture
def recorder():
    server = RecordingServer()
    thread = threading.Thread(target=server.server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def clean_auth_env(monkeypatch):
    for name in ("KIBANA_API_KEY", "KIBANA_USERNAME", "KIBANA_PASSWORD", "ES_API_KEY", "ES_USERNAME", "ES_PASSWORD", "KIBANA_VERIFY_CERTS"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def import_success(objects: list[dict]) -> dict:
    """A reply in the documented shape of POST /api/saved_objects/_import."""
    return {
        "success": True,
        "successCount": len(objects),
        "successResults": [{"type": o["type"], "id": o["id"], "meta": {"title": o["attributes"]["title"]}, "overwrite": True} for o in objects],
    }


def test_setup_posts_the_ndjson_as_a_multipart_file_with_xsrf_header(recorder, clean_auth_env, saved_objects):
    clean_auth_env.setenv("KIBANA_USERNAME", "analyst")
    clean_auth_env.setenv("KIBANA_PASSWORD", "s3cret")
    recorder.answer(200, import_success(saved_objects))

    created = setup_kibana(recorder.url + "/")

    [request] = recorder.requests
    url = urlsplit(request["path"])
    assert url.path == "/api/saved_objects/_import"
    assert parse_qs(url.query) == {"overwrite": ["true"]}
    assert request["headers"]["kbn-xsrf"] == "true"
    assert request["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert request["headers"]["Authorization"] == "Basic YW5hbHlzdDpzM2NyZXQ="  # analyst:s3cret
    name, payload = recorder.uploaded()
    assert name == "casefile.ndjson"
    sent = [json.loads(line) for line in payload.decode().splitlines()]
    assert sent == saved_objects
    assert [(s.type, s.id) for s in created] == [(o["type"], o["id"]) for o in saved_objects]
    assert created[-1].title == saved_objects[-1]["attributes"]["title"]


def test_setup_points_the_data_view_at_the_configured_alias(recorder, clean_auth_env, saved_objects):
    recorder.answer(200, import_success(saved_objects))
    setup_kibana(recorder.url, alias="casefile-staging")
    sent = [json.loads(line) for line in recorder.uploaded()[1].decode().splitlines()]
    [view] = by_type(sent, "index-pattern")
    assert view["attributes"]["title"] == "casefile-staging"
    assert view["id"] == by_type(saved_objects, "index-pattern")[0]["id"]  # references stay valid
    assert [o for o in sent if o["type"] != "index-pattern"] == [o for o in saved_objects if o["type"] != "index-pattern"]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"KIBANA_API_KEY": "a2V5"}, "ApiKey a2V5"),
        ({"ES_USERNAME": "casefile", "ES_PASSWORD": "pw"}, "Basic Y2FzZWZpbGU6cHc="),
        ({"ES_API_KEY": "ZXM=", "ES_USERNAME": "ignored"}, "ApiKey ZXM="),
        ({"KIBANA_USERNAME": "kb", "KIBANA_PASSWORD": "x", "ES_API_KEY": "ZXM="}, "Basic a2I6eA=="),
    ],
)
def test_credentials_come_from_the_environment(recorder, clean_auth_env, saved_objects, env, expected):
    for name, value in env.items():
        clean_auth_env.setenv(name, value)
    recorder.answer(200, import_success(saved_objects))
    setup_kibana(recorder.url)
    assert recorder.requests[-1]["headers"]["Authorization"] == expected


def test_refused_credentials_name_the_url_and_the_reason(recorder, clean_auth_env):
    recorder.answer(401, {"statusCode": 401, "error": "Unauthorized", "message": "[security_exception] unable to authenticate user"})
    with pytest.raises(KibanaSetupError) as refused:
        setup_kibana(recorder.url)
    assert recorder.url in str(refused.value)
    assert "HTTP 401" in str(refused.value) and "unable to authenticate user" in str(refused.value)


def test_import_errors_list_each_refused_object(recorder, clean_auth_env, saved_objects):
    recorder.answer(200, {
        "success": False,
        "successCount": len(saved_objects) - 1,
        "errors": [{
            "type": "lens", "id": "casefile-lens-languages", "meta": {"title": "Languages"},
            "error": {"type": "missing_references", "references": [{"type": "index-pattern", "id": "casefile-documents"}]},
        }],
    })
    with pytest.raises(KibanaSetupError) as refused:
        setup_kibana(recorder.url)
    message = str(refused.value)
    assert recorder.url in message and f"refused 1 of {len(saved_objects)}" in message
    assert "lens casefile-lens-languages (Languages): missing_references (index-pattern casefile-documents)" in message


def test_an_answer_that_is_not_the_import_api_is_reported(recorder, clean_auth_env):
    recorder.answer(200, "<html>login</html>", content_type="text/html")
    with pytest.raises(KibanaSetupError, match="did not answer like the saved-objects import API"):
        setup_kibana(recorder.url)
    recorder.answer(500, {"statusCode": 500, "message": "An internal server error occurred."})
    with pytest.raises(KibanaSetupError, match=r"answered HTTP 500 .*internal server error"):
        setup_kibana(recorder.url)


def test_unreachable_kibana_and_bad_urls(clean_auth_env):
    with pytest.raises(KibanaSetupError, match="is not a Kibana URL"):
        setup_kibana("localhost:5601")
    with ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) as closed:
        port = closed.server_address[1]  # bound, then closed below: nothing listens there
    with pytest.raises(KibanaSetupError, match=rf"Kibana at http://127.0.0.1:{port} is unreachable: .*refused"):
        setup_kibana(f"http://127.0.0.1:{port}")


def test_cli_prints_what_it_created(recorder, clean_auth_env, saved_objects):
    clean_auth_env.setenv("CASEFILE_INDEX", "casefile-documents")
    recorder.answer(200, import_success(saved_objects))
    result = CliRunner().invoke(app, ["kibana", "setup", "--kibana-url", recorder.url], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for obj in saved_objects:
        assert obj["id"] in result.output and obj["attributes"]["title"] in result.output
    assert "index-pattern" in result.output and "dashboard" in result.output

    recorder.answer(401, {"message": "unable to authenticate user"})
    result = CliRunner().invoke(app, ["kibana", "setup", "--kibana-url", recorder.url])
    assert result.exit_code == 1
    assert "refused the credentials" in result.output and "Traceback" not in result.output
