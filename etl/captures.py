"""Provenance: every HTTP response the fetcher reads is kept in WARC files (warcio) with the
request that asked for it, and listed in a small SQLite capture index.

Layout under `CASEFILE_HOME/captures/`:
  `<source>/<YYYY-MM-DD>.warc.gz`  one file per source and UTC day; records are appended
                                   (one gzip member each, under a file lock, so threads and
                                   processes can share it)
  `index.sqlite`                   a row per response or revisit record: where it is, the
                                   SHA-256 of its body, and the ETag / Last-Modified that
                                   make the next fetch of its URL conditional
`Capture.warc_file` is relative to the captures folder, so the folder can be moved whole.

The SHA-256 is of the body exactly as received (transfer framing removed, Content-Encoding
kept: what the server sent), and is written as the record's `WARC-Payload-Digest:
sha256:<hex>` as well as indexed. Request records keep every header except credentials
(Authorization, Proxy-Authorization, Cookie), whose values are replaced by "(redacted)".

A re-check that finds nothing new stores no second copy: a 304 Not Modified becomes a
`revisit` record (profile server-not-modified), a 200 whose body hashes like the last copy
a `revisit` (identical-payload-digest); both name the record that holds the bytes
(`WARC-Refers-To`), and the capture of the document stays that record.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import re
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordbuilder import RecordBuilder
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParserException
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from etl.document import Capture
from etl.settings import casefile_home

WARC_VERSION = "1.1"
NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
REDACTED_REQUEST_HEADERS = {"authorization", "proxy-authorization", "cookie"}
READ_ERRORS = (OSError, ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError)
SCHEMA = """
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS captures (
    record_id     TEXT PRIMARY KEY,
    record_type   TEXT NOT NULL,     -- response | revisit
    source        TEXT NOT NULL,
    url           TEXT NOT NULL,     -- the URL this response answered (one redirect hop)
    status        INTEGER NOT NULL,
    content_type  TEXT,
    sha256        TEXT NOT NULL,     -- of the body as received; a revisit's: of the body it refers to
    warc_file     TEXT NOT NULL,     -- relative to the captures folder
    warc_offset   INTEGER NOT NULL,
    warc_length   INTEGER NOT NULL,
    fetched_at    TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    refers_to     TEXT               -- a revisit's: the response record holding the bytes
);
CREATE INDEX IF NOT EXISTS captures_by_url ON captures (url, fetched_at);
"""


class CaptureError(RuntimeError):
    pass


def captures_root() -> Path:
    return casefile_home() / "captures"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    name = name.lower()
    return next((value for key, value in headers if key.lower() == name), None)


@dataclass
class Exchange:
    """One HTTP request and the response to it, as sent and as received."""

    url: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    http_version: str
    response_headers: list[tuple[str, str]]
    body: bytes  # as received: transfer framing removed, Content-Encoding not undone
    fetched_at: datetime
    address: str | None = None  # the IP address connected to
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        self.sha256 = sha256_hex(self.body)

    def header(self, name: str) -> str | None:
        return _header(self.response_headers, name)


@dataclass
class Previous:
    """The last good answer for a URL: the capture holding its bytes, and its validators."""

    capture: Capture
    etag: str | None
    last_modified: str | None

    def conditional_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass
class Stored:
    """A response read back from a WARC file."""

    headers: list[tuple[str, str]]
    body: bytes


@dataclass
class Verification:
    record_id: str | None
    url: str | None
    ok: bool
    detail: str


def _software() -> str:
    try:
        return f"casefile/{version('casefile')}"
    except PackageNotFoundError:
        return "casefile"


def _warc_date(moment: datetime) -> str:
    return datetime_to_iso_date(moment.astimezone(timezone.utc).replace(tzinfo=None), use_micros=True)


def _safe_name(source: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", source).lstrip(".") or "unnamed"


def _archived_response_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    # the body is stored de-chunked, so the framing header is kept under another name
    return [
        ("X-Archive-Orig-Transfer-Encoding" if name.lower() == "transfer-encoding" else name, value)
        for name, value in headers
    ]


def _archived_request_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, "(redacted)" if name.lower() in REDACTED_REQUEST_HEADERS else value) for name, value in headers]


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class CaptureStore:
    def __init__(self, root: Path | None = None):
        self.root = Path(root) if root is not None else captures_root()
        self._builder = RecordBuilder(warc_version=WARC_VERSION)
        self._lock = threading.Lock()
        # threads sharing a store create the schema once: switching the journal to WAL needs
        # the database to itself, and two threads racing to do it fail with "database is locked"
        self._schema_lock = threading.Lock()
        self._schema_ready = False

    # -- writing -----------------------------------------------------------------------

    def record(self, source: str, exchange: Exchange) -> Capture:
        """Archive a response with its request; returns its capture."""
        response = self._builder.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),
            http_headers=self._response_headers(exchange),
            warc_headers_dict=self._warc_headers(exchange, {"WARC-Payload-Digest": f"sha256:{exchange.sha256}"}),
        )
        capture = Capture(
            sha256=exchange.sha256,
            warc_record_id=response.rec_headers.get_header("WARC-Record-ID"),
            fetched_at=exchange.fetched_at,
            status=exchange.status,
            final_url=exchange.url,
            content_type=exchange.header("Content-Type"),
        )
        warc_file, (offset, length) = self._append(source, exchange, response)
        capture.warc_file = warc_file
        self._index(source, capture, "response", offset, length, exchange.header("ETag"), exchange.header("Last-Modified"), None)
        return capture

    def record_revisit(self, source: str, exchange: Exchange, previous: Previous) -> None:
        """Archive a re-check that found the bytes of `previous` (a 304, or a 200 with the
        same body): headers only, referring to the record that holds the bytes."""
        original = previous.capture
        refers = {
            "WARC-Refers-To": original.warc_record_id,
            "WARC-Refers-To-Target-URI": original.final_url,
            "WARC-Refers-To-Date": _warc_date(original.fetched_at),
        }
        if exchange.status == 304:
            revisit = self._builder.create_warc_record(
                exchange.url,
                "revisit",
                http_headers=self._response_headers(exchange),
                warc_headers_dict=self._warc_headers(exchange, {"WARC-Profile": NOT_MODIFIED_PROFILE, **refers}),
            )
        else:
            revisit = self._builder.create_revisit_record(
                exchange.url,
                f"sha256:{original.sha256}",
                original.final_url,
                refers["WARC-Refers-To-Date"],
                http_headers=self._response_headers(exchange),
                warc_headers_dict=self._warc_headers(exchange, {"WARC-Refers-To": original.warc_record_id}),
            )
        warc_file, (offset, length) = self._append(source, exchange, revisit)
        checked = original.model_copy(
            update={"warc_file": warc_file, "warc_record_id": revisit.rec_headers.get_header("WARC-Record-ID"),
                    "fetched_at": exchange.fetched_at, "status": exchange.status}
        )
        self._index(
            source, checked, "revisit", offset, length,
            exchange.header("ETag") or previous.etag, exchange.header("Last-Modified") or previous.last_modified,
            original.warc_record_id,
        )

    def _response_headers(self, exchange: Exchange) -> StatusAndHeaders:
        return StatusAndHeaders(
            f"{exchange.status} {exchange.reason}".strip(),
            _archived_response_headers(exchange.response_headers),
            protocol=exchange.http_version,
        )

    def _warc_headers(self, exchange: Exchange, extra: dict[str, str]) -> dict[str, str]:
        headers = {"WARC-Date": _warc_date(exchange.fetched_at), **extra}
        if exchange.address:
            headers["WARC-IP-Address"] = exchange.address
        return headers

    def _request_record(self, exchange: Exchange, concurrent_to: str):
        http = StatusAndHeaders(
            f"GET {_request_target(exchange.url)} HTTP/1.1",
            _archived_request_headers(exchange.request_headers),
            is_http_request=True,
        )
        return self._builder.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=http,
            warc_headers_dict=self._warc_headers(exchange, {"WARC-Concurrent-To": concurrent_to}),
        )

    def _append(self, source: str, exchange: Exchange, record) -> tuple[str, tuple[int, int]]:
        """Append `record` and its request record to the day's file; returns the file
        (relative) and the record's (offset, length)."""
        request = self._request_record(exchange, record.rec_headers.get_header("WARC-Record-ID"))
        relative = f"{_safe_name(source)}/{exchange.fetched_at.astimezone(timezone.utc):%Y-%m-%d}.warc.gz"
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, path.open("ab") as out:
            fcntl.flock(out, fcntl.LOCK_EX)  # other processes append to the same file
            try:
                out.seek(0, io.SEEK_END)
                writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
                if out.tell() == 0:
                    writer.write_record(writer.create_warcinfo_record(
                        path.name, {"software": _software(), "format": "WARC File Format 1.1",
                                    "description": f"responses fetched for source {source}"}
                    ))
                offset = out.tell()
                writer.write_record(record)
                length = out.tell() - offset
                writer.write_record(request)
                out.flush()
            finally:
                fcntl.flock(out, fcntl.LOCK_UN)
        return relative, (offset, length)

    # -- the index ---------------------------------------------------------------------

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.root.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.root / "index.sqlite", timeout=30)) as db:
            db.row_factory = sqlite3.Row
            with self._schema_lock:
                if not self._schema_ready:
                    db.executescript(SCHEMA)
                    self._schema_ready = True
            with db:
                yield db

    def _index(self, source, capture: Capture, record_type, offset, length, etag, last_modified, refers_to) -> None:
        with self._db() as db:
            db.execute(
                "INSERT INTO captures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (capture.warc_record_id, record_type, source, capture.final_url, capture.status, capture.content_type,
                 capture.sha256, capture.warc_file, offset, length, capture.fetched_at.isoformat(), etag,
                 last_modified, refers_to),
            )

    def _row(self, record_id: str) -> sqlite3.Row | None:
        with self._db() as db:
            return db.execute("SELECT * FROM captures WHERE record_id = ?", (record_id,)).fetchone()

    @staticmethod
    def _capture(row: sqlite3.Row) -> Capture:
        return Capture(
            sha256=row["sha256"], warc_file=row["warc_file"], warc_record_id=row["record_id"],
            fetched_at=datetime.fromisoformat(row["fetched_at"]), status=row["status"], final_url=row["url"],
            content_type=row["content_type"],
        )

    def latest(self, url: str) -> Previous | None:
        """The last good answer (200, or 304 confirming one) recorded for `url`."""
        with self._db() as db:
            row = db.execute(
                "SELECT * FROM captures WHERE url = ? AND status IN (200, 304) ORDER BY fetched_at DESC, rowid DESC LIMIT 1",
                (url,),
            ).fetchone()
        if row is None:
            return None
        original = self._row(row["refers_to"]) if row["refers_to"] else row
        if original is None:
            return None
        return Previous(self._capture(original), row["etag"], row["last_modified"])

    def capture_of_record(self, record_id: str) -> Capture:
        """The capture of an indexed record; a revisit resolves to the record it refers to."""
        row = self._row(_record_id(record_id))
        if row is None:
            raise CaptureError(f"no capture with WARC record id {record_id} in {self.root / 'index.sqlite'}")
        if row["refers_to"]:
            row = self._row(row["refers_to"]) or row
        return self._capture(row)

    # -- reading and verifying ---------------------------------------------------------

    def _path(self, warc_file: str) -> Path:
        path = Path(warc_file)
        return path if path.is_absolute() else self.root / path

    def _read(self, capture: Capture) -> tuple[list[tuple[str, str]], bytes]:
        """HTTP headers and body of the capture's record: found at its indexed offset,
        else by reading the file through."""
        if not capture.warc_file or not capture.warc_record_id:
            raise CaptureError(f"capture of {capture.final_url} names no WARC record")
        path = self._path(capture.warc_file)
        row = self._row(capture.warc_record_id)
        if row is not None and row["warc_file"] == capture.warc_file:
            try:
                with path.open("rb") as warc:
                    warc.seek(row["warc_offset"])
                    found = _find(ArchiveIterator(warc), capture.warc_record_id, first_only=True)
                if found is not None:
                    return found
            except READ_ERRORS:
                pass  # the file changed since it was indexed: look through all of it
        try:
            with path.open("rb") as warc:
                found = _find(ArchiveIterator(warc), capture.warc_record_id)
        except READ_ERRORS as err:
            raise CaptureError(f"{path}: cannot read: {err}") from err
        if found is None:
            raise CaptureError(f"{path}: no response record {capture.warc_record_id}")
        return found

    def load(self, capture: Capture) -> Stored:
        """The stored response of a capture, checked against its SHA-256."""
        headers, body = self._read(capture)
        if sha256_hex(body) != capture.sha256:
            raise CaptureError(f"{capture.warc_file}: record {capture.warc_record_id} no longer matches its sha256")
        return Stored(headers, body)

    def verify(self, capture: Capture) -> Verification:
        try:
            _, body = self._read(capture)
        except CaptureError as err:
            return Verification(capture.warc_record_id, capture.final_url, False, str(err))
        actual = sha256_hex(body)
        if actual != capture.sha256:
            return Verification(capture.warc_record_id, capture.final_url, False,
                                f"sha256 {actual} does not match the recorded {capture.sha256}")
        return Verification(capture.warc_record_id, capture.final_url, True, f"sha256 {actual}")

    def verify_file(self, path: Path) -> list[Verification]:
        """Every response record of a WARC file against the SHA-256 the index recorded for
        it (or, for a record the index does not know, its own WARC-Payload-Digest)."""
        results = []
        try:
            with Path(path).open("rb") as warc:
                for record in ArchiveIterator(warc):
                    if record.rec_type != "response":
                        continue
                    record_id = record.rec_headers.get_header("WARC-Record-ID")
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    actual = sha256_hex(record.raw_stream.read())
                    expected = self._expected_sha256(record_id, record.rec_headers.get_header("WARC-Payload-Digest"))
                    if expected is None:
                        results.append(Verification(record_id, url, False, "no sha256 recorded for this record"))
                    elif actual != expected:
                        results.append(Verification(record_id, url, False, f"sha256 {actual} does not match the recorded {expected}"))
                    else:
                        results.append(Verification(record_id, url, True, f"sha256 {actual}"))
        except READ_ERRORS as err:
            results.append(Verification(None, None, False, f"{path}: cannot read: {err}"))
        return results

    def _expected_sha256(self, record_id: str, payload_digest: str | None) -> str | None:
        row = self._row(record_id)
        if row is not None:
            return row["sha256"]
        algorithm, _, value = (payload_digest or "").partition(":")
        return value.lower() if algorithm.lower() == "sha256" and len(value) == 64 else None


def _record_id(value: str) -> str:
    """A WARC record id in its stored form, `<urn:uuid:...>`, however it was typed."""
    value = value.strip()
    return value if value.startswith("<") else f"<{value}>"


def _find(records: ArchiveIterator, record_id: str, first_only: bool = False) -> tuple[list[tuple[str, str]], bytes] | None:
    for record in records:
        if record.rec_headers.get_header("WARC-Record-ID") == record_id and record.rec_type == "response":
            return (record.http_headers.headers if record.http_headers else []), record.raw_stream.read()
        if first_only:
            return None
    return None


def verify_capture(capture: Capture, store: CaptureStore | None = None) -> Verification:
    """Re-read a capture's WARC record and check its body against the recorded SHA-256."""
    return (store or CaptureStore()).verify(capture)


def document_capture(client, alias: str, document_id: str) -> Capture:
    """The capture recorded on an indexed document."""
    hits = client.search(index=alias, query={"ids": {"values": [document_id]}}, source=["capture"], size=1)["hits"]["hits"]
    if not hits:
        raise CaptureError(f"no document with id {document_id!r} in {alias}")
    capture = hits[0]["_source"].get("capture")
    if not capture:
        raise CaptureError(f"document {document_id} has no capture (it was not fetched over HTTP)")
    return Capture.model_validate(capture)
