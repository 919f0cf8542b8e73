"""Kibana for analysts: import the saved objects in `kibana/casefile.ndjson` (a data view on
the alias, saved searches, Lens charts and a dashboard) through Kibana's saved-objects API.

Credentials come from the environment: `KIBANA_API_KEY`, or `KIBANA_USERNAME` +
`KIBANA_PASSWORD`, falling back to `ES_API_KEY` or `ES_USERNAME` + `ES_PASSWORD` (Kibana
accepts the Elasticsearch users). TLS certificates are verified unless
`KIBANA_VERIFY_CERTS=false`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests

SAVED_OBJECTS_FILE = Path(__file__).resolve().parents[1] / "kibana" / "casefile.ndjson"
DATA_VIEW_TYPE = "index-pattern"
IMPORT_PATH = "/api/saved_objects/_import"
_FALSE = {"0", "false", "no"}


class KibanaSetupError(RuntimeError):
    """Raised with one sentence an operator can act on, naming the Kibana URL."""


@dataclass(frozen=True)
class SavedObject:
    type: str
    id: str
    title: str


def read_saved_objects(path: Path = SAVED_OBJECTS_FILE) -> list[dict]:
    """The saved objects in an NDJSON file; a line that is not one is reported with its number."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise KibanaSetupError(f"{path}: cannot read the saved objects: {err.strerror}") from err
    objects = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise KibanaSetupError(f"{path}:{number}: not JSON: {err.msg}") from err
        missing = [key for key in ("type", "id", "attributes") if key not in obj] if isinstance(obj, dict) else ["an object"]
        if missing:
            raise KibanaSetupError(f"{path}:{number}: a saved object needs {', '.join(missing)}")
        objects.append(obj)
    if not objects:
        raise KibanaSetupError(f"{path}: no saved objects in the file")
    return objects


def for_alias(objects: list[dict], alias: str) -> list[dict]:
    """The objects with the data view searching `alias`; ids (and so every reference) stay."""
    return [
        {**obj, "attributes": {**obj["attributes"], "title": alias}} if obj["type"] == DATA_VIEW_TYPE else obj
        for obj in objects
    ]


def auth_from_env() -> tuple[dict[str, str], tuple[str, str] | None]:
    """(extra headers, basic auth) from the environment, Kibana's own variables first."""
    for api_key_var, user_var, password_var in (
        ("KIBANA_API_KEY", "KIBANA_USERNAME", "KIBANA_PASSWORD"),
        ("ES_API_KEY", "ES_USERNAME", "ES_PASSWORD"),
    ):
        if api_key := os.environ.get(api_key_var):
            return {"Authorization": f"ApiKey {api_key}"}, None
        if username := os.environ.get(user_var):
            return {}, (username, os.environ.get(password_var, ""))
    return {}, None


def verify_certs() -> bool:
    return os.environ.get("KIBANA_VERIFY_CERTS", "true").lower() not in _FALSE


def _reason(response: requests.Response) -> str:
    """Kibana's own message when it sent one (JSON `message`), else the start of the body."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:200] or response.reason
    if isinstance(body, dict) and body.get("message"):
        return str(body["message"])
    return json.dumps(body)[:200]


def _cause(err: requests.RequestException) -> str:
    """The underlying reason (refused, timed out, name unknown) without urllib3's retry wrapper."""
    wrapped = err.args[0] if err.args else err
    return str(getattr(wrapped, "reason", wrapped))


def _import_error(error: dict) -> str:
    title = (error.get("meta") or {}).get("title") or error.get("title") or ""
    detail = error.get("error") or {}
    reason = detail.get("message") or detail.get("type", "unknown error")
    missing = [f"{ref.get('type')} {ref.get('id')}" for ref in detail.get("references", [])]
    if missing:
        reason += f" ({', '.join(missing)})"
    return f"{error.get('type')} {error.get('id')}{f' ({title})' if title else ''}: {reason}"


def setup_kibana(
    kibana_url: str,
    alias: str | None = None,
    saved_objects: Path = SAVED_OBJECTS_FILE,
    timeout: float = 60,
) -> list[SavedObject]:
    """Import (overwriting) the saved objects into Kibana at `kibana_url`; returns what Kibana
    reports it created or replaced. `alias` retargets the data view (default: as in the file)."""
    parts = urlsplit(kibana_url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise KibanaSetupError(f"{kibana_url!r} is not a Kibana URL (expected http(s)://host:port)")
    objects = read_saved_objects(saved_objects)
    if alias:
        objects = for_alias(objects, alias)
    body = "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects).encode()
    headers, basic_auth = auth_from_env()
    url = kibana_url.rstrip("/") + IMPORT_PATH
    try:
        response = requests.post(
            url,
            params={"overwrite": "true"},
            files={"file": (saved_objects.name, body, "application/ndjson")},
            headers={"kbn-xsrf": "true", **headers},  # Kibana refuses writes without kbn-xsrf
            auth=basic_auth,
            verify=verify_certs(),
            timeout=timeout,
        )
    except requests.exceptions.SSLError as err:
        raise KibanaSetupError(
            f"Kibana at {kibana_url}: TLS certificate not verified ({_cause(err)}); set KIBANA_VERIFY_CERTS=false to opt out"
        ) from err
    except (requests.ConnectionError, requests.Timeout) as err:
        raise KibanaSetupError(f"Kibana at {kibana_url} is unreachable: {_cause(err)}") from err
    if response.status_code == 401:
        raise KibanaSetupError(
            f"Kibana at {kibana_url} refused the credentials (HTTP 401: {_reason(response)}); "
            "set KIBANA_USERNAME/KIBANA_PASSWORD or KIBANA_API_KEY"
        )
    if response.status_code == 403:
        raise KibanaSetupError(
            f"Kibana at {kibana_url}: this user may not import saved objects (HTTP 403: {_reason(response)})"
        )
    if not response.ok:
        raise KibanaSetupError(f"Kibana at {kibana_url} answered HTTP {response.status_code} to {IMPORT_PATH}: {_reason(response)}")
    try:
        result = response.json()
        succeeded = result["successResults"] if result.get("success") else None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise KibanaSetupError(
            f"Kibana at {kibana_url} did not answer like the saved-objects import API: {response.text.strip()[:200]!r}"
        ) from None
    if succeeded is None:
        failures = result.get("errors") or []
        listed = "; ".join(_import_error(error) for error in failures) or _reason(response)
        raise KibanaSetupError(f"Kibana at {kibana_url} refused {len(failures)} of {len(objects)} saved objects: {listed}")
    return [
        SavedObject(type=item["type"], id=item.get("destinationId") or item["id"], title=(item.get("meta") or {}).get("title", ""))
        for item in succeeded
    ]
