"""`api`: a paginated JSON API, each record mapped to a lead (for example a court-opinion
search API that returns case name, court, date, docket number and a download URL).

options:
  results       dotted path to the list of records in a response ("" when the response is
                the list itself); digits index lists: "data.hits.0".
  fields        hint name → dotted path in a record. Hint names: url, title, published_at,
                author, court.name, court.case_name, court.case_number, court.decision_date,
                court.document_type, court.parties. Court fields become `hints["court"]`.
  url_template  instead of fields.url: "https://example.org/doc?i={columns.itemid}".
  params        query parameters of the first request.
  pagination, at most one of:
    next_url                   dotted path to the next page's URL (absolute or relative);
    cursor_path + cursor_param the next cursor, sent back as that query parameter;
    page_param (+ first_page)  a page number counted up until a page has no records;
    offset_param               a record offset counted up by each page's size.
  max_pages     pages read at most (default 10).
  since         date; records whose published_at is older are skipped. With `since_param`
                the later of it and the run's `since` is also sent to the API as YYYY-MM-DD.
  auth_scheme   Authorization scheme for the token (default Bearer; CourtListener: Token).
The token comes from the source's `credentials`: an environment variable (`env`) or an
Airflow connection (`airflow_connection`: its password, or `token` in its extra); it
is sent in the Authorization header of API requests only (not to download URLs), and never
written to logs, errors or hints.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from pydantic import Field, model_validator

from etl.secrets import SecretUnavailable, resolve_secret
from etl.connectors import Connector, DiscoverError, Options, dated_before, latest, register
from etl.fetch import HttpFetcher, Lead, Raw

HintName = Literal[
    "url", "title", "published_at", "author",
    "court.name", "court.case_name", "court.case_number", "court.decision_date", "court.document_type", "court.parties",
]  # fmt: skip
TEMPLATE_FIELD = re.compile(r"\{([^{}]+)\}")


class ApiOptions(Options):
    results: str = ""
    fields: dict[HintName, str] = Field(default_factory=dict)
    url_template: str | None = None
    params: dict[str, str | int] = Field(default_factory=dict)
    next_url: str | None = None
    cursor_path: str | None = None
    cursor_param: str | None = None
    page_param: str | None = None
    first_page: int = 1
    offset_param: str | None = None
    max_pages: int = Field(10, ge=1, le=10_000)
    since: date | None = None
    since_param: str | None = None
    auth_scheme: str = "Bearer"

    @model_validator(mode="after")
    def _consistent(self) -> "ApiOptions":
        if bool(self.fields.get("url")) == bool(self.url_template):
            raise ValueError("give the document URL as exactly one of fields.url or url_template")
        if bool(self.cursor_path) != bool(self.cursor_param):
            raise ValueError("cursor pagination needs both cursor_path and cursor_param")
        modes = [name for name in ("next_url", "cursor_path", "page_param", "offset_param") if getattr(self, name)]
        if len(modes) > 1:
            raise ValueError(f"choose one way to paginate, not {' and '.join(modes)}")
        return self


def dig(data: Any, path: str) -> Any:
    """The value at a dotted path ("a.b.0.c"), or None where the path leads nowhere."""
    for part in filter(None, path.split(".")):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


def with_params(url: str, params: dict[str, Any]) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True)) | {k: str(v) for k, v in params.items()}
    return urlunsplit(parts._replace(query=urlencode(query)))


def _hint_value(value: Any, many: bool) -> str | list[str] | None:
    """A record value as a hint: text (numbers as text), or a list of texts where `many`."""
    if many and isinstance(value, list):
        return [str(item) for item in value if isinstance(item, (str, int)) and str(item).strip()] or None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


@register("api")
class ApiConnector(Connector):
    Options = ApiOptions

    def discover(self, fetcher: HttpFetcher, since: datetime | date | None = None) -> Iterator[Lead]:
        floor = latest(self.options.since, since)
        headers = self._auth_headers()
        for entry_url in self.source.entry_urls:
            yield from self._pages(entry_url, fetcher, headers, floor)

    def _pages(self, entry_url: str, fetcher: HttpFetcher, headers: dict, floor: datetime | None) -> Iterator[Lead]:
        options = self.options
        first = dict(options.params)
        if options.since_param and floor:
            first[options.since_param] = floor.date().isoformat()
        position = options.first_page if options.page_param else 0
        if options.page_param or options.offset_param:
            first[options.page_param or options.offset_param] = position
        url = with_params(entry_url, first) if first else entry_url
        requested: set[str] = set()
        while url and url not in requested and len(requested) < options.max_pages:
            requested.add(url)
            raw = fetcher.get(url, headers=headers)
            data = self._json(raw)
            records = self._records(data, url)
            for record in records:
                lead = self._lead(record, raw.final_url)
                if lead and not dated_before(lead, floor):
                    yield lead
            if options.next_url:
                link = dig(data, options.next_url)
                url = urljoin(raw.final_url, link) if isinstance(link, str) and link else None
            elif options.cursor_path:
                cursor = dig(data, options.cursor_path)
                url = with_params(url, {options.cursor_param: cursor}) if cursor not in (None, "") else None
            elif (options.page_param or options.offset_param) and records:
                position += 1 if options.page_param else len(records)
                url = with_params(url, {options.page_param or options.offset_param: position})
            else:
                url = None

    def _auth_headers(self) -> dict[str, str]:
        credentials = self.source.credentials
        if credentials is None:
            return {}
        try:
            token = resolve_secret(credentials, self.source.id)
        except SecretUnavailable as err:
            raise DiscoverError(str(err)) from err
        return {"Authorization": f"{self.options.auth_scheme} {token}"}

    @staticmethod
    def _json(raw: Raw) -> Any:
        try:
            return json.loads(raw.body)
        except ValueError as err:
            raise DiscoverError(f"{raw.final_url}: response is not JSON: {err}") from err

    def _records(self, data: Any, url: str) -> list:
        records = dig(data, self.options.results)
        if not isinstance(records, list):
            raise DiscoverError(f"{url}: results path {self.options.results!r} does not lead to a list")
        return records

    def _lead(self, record: Any, page_url: str) -> Lead | None:
        if not isinstance(record, dict):
            return None
        hints: dict[str, Any] = {}
        for name, path in self.options.fields.items():
            value = _hint_value(dig(record, path), many=name == "court.parties")
            if value:
                group, _, key = name.rpartition(".")
                (hints.setdefault(group, {}) if group else hints)[key] = value
        target = hints.pop("url", None) or self._from_template(record)
        if not target:
            return None
        target = urljoin(page_url, target)
        return Lead(url=target, source=self.source.id, hints=hints) if target.startswith(("http://", "https://")) else None

    def _from_template(self, record: dict) -> str | None:
        if not self.options.url_template:
            return None
        values = {path: dig(record, path) for path in TEMPLATE_FIELD.findall(self.options.url_template)}
        if any(value in (None, "") for value in values.values()):
            return None
        return TEMPLATE_FIELD.sub(lambda match: str(values[match.group(1)]), self.options.url_template)
