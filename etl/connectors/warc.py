"""`warc`: import from WARC files (a news crawl, an earlier capture), each HTTP response
record as a document, at the record's target URI and with the body as it was captured.

options:
  path           a .warc / .warc.gz file, or a folder of them (relative to the sources file).
  content_types  media types imported (default: HTML, PDF, plain text); others are skipped,
                 as are non-200 responses, requests, metadata and revisit records.
  url_pattern    regular expression; only target URIs it matches are imported.
With `since`, records captured (WARC-Date) before it are skipped. Each lead's hints name
the WARC file, the record's offset and its WARC-Record-ID; each document's `capture` is
that record, so it can be cited and verified like a capture casefile made itself.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from pydantic import Field
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from etl.connectors import Connector, DiscoverError, LocalPath, Options, latest, parse_moment, register, wanted
from etl.document import Capture
from etl.fetch import FetchError, HttpFetcher, Lead, Raw, media_type, utcnow

WARC_SUFFIXES = (".warc", ".warc.gz")


class WarcOptions(Options):
    path: LocalPath
    content_types: list[str] = Field(default_factory=lambda: ["text/html", "application/xhtml+xml", "application/pdf", "text/plain"])
    url_pattern: re.Pattern | None = None


def warc_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(WARC_SUFFIXES))
    raise DiscoverError(f"{path}: no such WARC file or folder")


@register("warc")
class WarcConnector(Connector):
    Options = WarcOptions

    def discover(self, fetcher: HttpFetcher, since: datetime | date | None = None) -> Iterator[Lead]:
        floor = latest(since)
        for path in warc_files(self.options.path):
            try:
                with path.open("rb") as stream:
                    records = ArchiveIterator(stream)
                    for record in records:
                        lead = self._lead(record, path, records.get_record_offset(), floor)
                        if lead:
                            yield lead
            except (ArchiveLoadFailed, ValueError, AttributeError, EOFError, zlib.error) as err:  # warcio on damaged input
                raise DiscoverError(f"{path}: not a readable WARC file: {err}") from err

    def _lead(self, record, path: Path, offset: int, floor: datetime | None) -> Lead | None:
        if record.rec_type != "response" or record.http_headers is None:
            return None
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        content_type = media_type(record.http_headers.get_header("Content-Type") or "")
        captured = parse_moment(record.rec_headers.get_header("WARC-Date"))
        if (
            record.http_headers.get_statuscode() != "200"
            or content_type not in self.options.content_types
            or not uri.startswith(("http://", "https://"))
            or not wanted(uri, self.options.url_pattern)
            or (floor and captured and captured < floor)
        ):
            return None
        hints = {"warc_file": str(path), "warc_offset": offset, "warc_record_id": record.rec_headers.get_header("WARC-Record-ID")}
        return Lead(url=uri, source=self.source.id, hints=hints)

    def retrieve(self, lead: Lead, fetcher: HttpFetcher) -> Raw:
        """The response as captured, read from its record (nothing is fetched). Its capture
        is that record: the SHA-256 of the payload as received, and where to find it."""
        path, offset = Path(lead.hints["warc_file"]), lead.hints["warc_offset"]
        record, received = self._read(lead, path, offset, decoded=False)
        _, body = self._read(lead, path, offset, decoded=True)
        status = int(record.http_headers.get_statuscode())
        content_type = record.http_headers.get_header("Content-Type")
        captured = parse_moment(record.rec_headers.get_header("WARC-Date")) or utcnow()
        capture = Capture(
            sha256=hashlib.sha256(received).hexdigest(),
            warc_file=str(path.resolve()),
            warc_record_id=record.rec_headers.get_header("WARC-Record-ID"),
            fetched_at=captured,
            status=status,
            final_url=lead.url,
            content_type=content_type,
        )
        return Raw(
            url=lead.url,
            final_url=lead.url,
            status=status,
            content_type=content_type,
            body=body,
            fetched_at=captured,
            headers=dict(record.http_headers.headers),
            capture=capture,
        )

    def _read(self, lead: Lead, path: Path, offset: int, decoded: bool):
        """(record, payload) at `offset`: as received, or with its HTTP encodings undone."""
        limit = self.source.politeness.max_bytes
        try:
            with path.open("rb") as stream:
                stream.seek(offset)
                record = next(iter(ArchiveIterator(stream)))
                if record.rec_headers.get_header("WARC-Target-URI") != lead.url:
                    raise FetchError(lead.url, f"{path} changed: the record at offset {offset} is not this URL's")
                payload = (record.content_stream() if decoded else record.raw_stream).read(limit + 1)
        except (OSError, ArchiveLoadFailed, StopIteration, ValueError, AttributeError, EOFError, zlib.error) as err:
            raise FetchError(lead.url, f"cannot read its record from {path}: {err}") from err
        if len(payload) > limit:
            raise FetchError(lead.url, f"record body larger than {limit} bytes")
        return record, payload
