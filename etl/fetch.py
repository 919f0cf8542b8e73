"""The fetch stage: a `Lead` (an address a source points at) becomes a `Raw` (the bytes and
how they were obtained)."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import requests


USER_AGENT = "casefile/0.1 (+https://github.com/casefile/casefile; document archiving for human-rights research)"


class FetchError(RuntimeError):
    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass
class Lead:
    """An address to collect, with what the source already told us about it (feed title,
    date, API fields) as `hints`."""

    url: str
    source: str
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass
class Raw:
    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    fetched_at: datetime
    headers: dict[str, str] = field(default_factory=dict)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


class HttpFetcher:
    """GET over HTTP(S) with a descriptive User-Agent, timeouts and a size cap."""

    def __init__(self, connect_timeout: float = 10, read_timeout: float = 30, max_bytes: int = 25_000_000):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.timeout = (connect_timeout, read_timeout)
        self.max_bytes = max_bytes

    def get(self, url: str) -> Raw:
        if not url.startswith(("http://", "https://")):
            raise FetchError(url, "only http and https URLs are fetched")
        try:
            with self.session.get(url, timeout=self.timeout, stream=True) as response:
                body = self._read_capped(url, response)
        except requests.RequestException as err:
            raise FetchError(url, f"request failed: {err.__class__.__name__}: {err}") from err
        if response.status_code >= 400:
            raise FetchError(url, f"HTTP {response.status_code} {response.reason}")
        return Raw(
            url=url,
            final_url=response.url,
            status=response.status_code,
            content_type=response.headers.get("Content-Type", "application/octet-stream"),
            body=body,
            fetched_at=utcnow(),
            headers=dict(response.headers),
        )

    def _read_capped(self, url: str, response: requests.Response) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"response larger than {self.max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)


def read_local_file(path: Path, url: str | None = None) -> Raw:
    """A file on disk as if fetched; `url` is its original address when known."""
    path = Path(path)
    try:
        body = path.read_bytes()
    except OSError as err:
        raise FetchError(str(path), f"cannot read file: {err.strerror}") from err
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    address = url or path.resolve().as_uri()
    return Raw(url=address, final_url=address, status=200, content_type=content_type, body=body, fetched_at=utcnow())
