"""The fetch stage: a `Lead` (an address a source points at) becomes a `Raw` (the bytes and
how they were obtained).

`HttpFetcher` reads URLs that third parties wrote, so it is careful with them, and it is a
polite guest on the sites it reads:
- every destination is vetted after DNS resolution, on every redirect hop, and the
  connection pinned to the vetted address (`etl.netguard`); only http and https;
- robots.txt is honoured per origin (`etl.robots`) unless a source explicitly opts out;
- per-host rate and concurrency limits (`etl.throttle`); retries with exponential backoff
  that honour Retry-After on 429 and 503; connect and read timeouts;
- caps on the bytes received and on the bytes after decompression (`etl.decompress`), and
  an allowlist of content types;
- headers carrying credentials (Authorization, Cookie) are dropped once a redirect leaves
  the origin they were meant for; the session keeps no cookies and reads no ~/.netrc;
- a URL fetched before is asked for conditionally (ETag / Last-Modified from its last
  capture): an unchanged resource comes back as a `Raw` marked `unchanged`, with the bytes
  read back from the archive, so callers that need them (a feed) still have them;
- every response it reads is archived with its request (`etl.captures`), and the `Raw`
  carries the `capture` of its bytes.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http.cookiejar import DefaultCookiePolicy
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from etl.captures import CaptureError, CaptureStore, Exchange
from etl.decompress import DecompressError, decode_content
from etl.document import Capture
from etl.netguard import PINNED_ADDRESS, AddressGuard, AddressPolicy, GuardError, Network, PinnedAdapter, Resolver, system_resolver
from etl.robots import RobotsRules, RobotsUnreachable
from etl.settings import allow_private_addresses
from etl.throttle import HostThrottle

if TYPE_CHECKING:
    from etl.sources import Source

log = logging.getLogger(__name__)

USER_AGENT = "casefile/0.1 (+https://github.com/casefile/casefile; document archiving for human-rights research)"
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf;q=0.9,text/plain;q=0.8,application/json;q=0.8,*/*;q=0.1"
ACCEPT_ENCODING = "gzip, deflate"  # exactly what etl.decompress undoes
ACCEPTED_TYPES = frozenset({
    "text/html", "application/xhtml+xml",
    "application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/pdf", "text/plain", "application/json",
    "application/gzip", "application/x-gzip",  # compressed sitemaps (.xml.gz); the sitemap connector inflates them
})
# What servers say when they do not say: accepted only when the body turns out to be a PDF,
# as court sites often serve their PDFs this way.
UNDECLARED_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/force-download", "application/download"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
MAX_REDIRECTS = 10
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay is honoured up to this many seconds
CHUNK = 64 * 1024


class FetchError(RuntimeError):
    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class HostError(FetchError):
    """The host is not connected to at all: its address is refused, or its name does not resolve."""


class _Transient(Exception):
    """A failure worth another attempt (timeout, broken connection)."""


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
    body: bytes  # content-decoded
    fetched_at: datetime
    headers: dict[str, str] = field(default_factory=dict)
    capture: Capture | None = None
    unchanged: bool = False  # the resource is the same as at its last capture (`capture`)


@dataclass
class _Reply:
    """The answer for one URL of a redirect chain, fresh or read back from the archive."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes  # as received
    capture: Capture
    unchanged: bool = False

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def accepted_type(media: str) -> bool:
    return media in ACCEPTED_TYPES or (media.startswith("application/") and media.endswith(("+xml", "+json")))


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds to wait: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - (now or utcnow())).total_seconds())


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


def same_origin(first: str, second: str) -> bool:
    """Whether credentials meant for `first` may go to `second`: the same host and port,
    or the same host upgraded from http to https on the default ports."""
    a, b = urlsplit(first), urlsplit(second)
    if a.hostname != b.hostname:
        return False
    if (a.scheme, a.port) == (b.scheme, b.port):
        return True
    return a.scheme == "http" and b.scheme == "https" and a.port in (None, 80) and b.port in (None, 443)


class HttpFetcher:
    """GET over HTTP(S), politely and safely, archiving what it reads (see the module docs).

    Safe to share between threads. `allow_private=None` follows `CASEFILE_ALLOW_PRIVATE`.
    `resolver` and `allowed_networks` exist for setups that resolve names their own way or
    open one private range instead of all of them.
    """

    def __init__(
        self,
        connect_timeout: float = 10,
        read_timeout: float = 30,
        max_bytes: int = 25_000_000,
        *,
        source: str = "adhoc",
        requests_per_second: float = 1.0,
        concurrency: int = 2,
        respect_robots: bool = True,
        allow_private: bool | None = None,
        allowed_networks: tuple[Network, ...] = (),
        resolver: Resolver = system_resolver,
        retries: int = 3,
        backoff_base: float = 1.0,
        max_retry_wait: float = 60.0,
        max_ratio: float = 100.0,
        max_seconds: float = 300.0,
        verify: bool | str = True,
        captures: CaptureStore | None = None,
    ):
        self.source = source
        self.timeout = (connect_timeout, read_timeout)
        self.max_bytes = max_bytes
        self.max_ratio = max_ratio
        self.max_seconds = max_seconds
        self.retries = retries
        self.backoff_base = backoff_base
        self.max_retry_wait = max_retry_wait
        self.captures = captures or CaptureStore()
        self.throttle = HostThrottle(requests_per_second, concurrency)
        self.robots = RobotsRules(self._fetch_robots, USER_AGENT) if respect_robots else None
        private = allow_private_addresses() if allow_private is None else allow_private
        adapter = PinnedAdapter(AddressGuard(AddressPolicy(private, tuple(allowed_networks)), resolver))
        self.session = requests.Session()
        self.session.trust_env = False  # no proxy (it would resolve names itself), no ~/.netrc credentials
        self.session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))  # stateless: no cookie kept or sent
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING})
        self.session.verify = verify
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    @classmethod
    def for_source(cls, source: "Source", **overrides: Any) -> "HttpFetcher":
        """A fetcher with the source's politeness, robots and private-address settings, archiving
        under the source's id."""
        politeness = source.politeness
        settings: dict[str, Any] = {
            "connect_timeout": politeness.connect_timeout,
            "read_timeout": politeness.read_timeout,
            "max_bytes": politeness.max_bytes,
            "source": source.id,
            "requests_per_second": politeness.requests_per_second,
            "concurrency": politeness.concurrency,
            "respect_robots": source.respect_robots,
            "allow_private": source.allow_private or allow_private_addresses(),
        }
        return cls(**{**settings, **overrides})

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Raw:
        """GET `url`, following redirects. `headers` (an API token, say) go to the URL's
        origin only: those carrying credentials are dropped if a redirect leaves it."""
        return self._follow(url, dict(headers or {}), robots_file=False)

    # -- one URL, through its redirects ------------------------------------------------

    def _follow(self, url: str, headers: dict[str, str], robots_file: bool) -> Raw:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                reply = self._visit(current, headers, robots_file)
            except FetchError as err:
                if current == url:
                    raise
                raise FetchError(url, f"redirected to {current}: {err.reason}") from err
            location = reply.header("Location")
            if reply.status not in REDIRECT_STATUSES or not location:
                return self._raw(url, current, reply, robots_file)
            target = urljoin(current, location)
            if not same_origin(url, target):
                headers = {name: value for name, value in headers.items() if name.lower() not in CREDENTIAL_HEADERS}
            current = target
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _visit(self, url: str, headers: dict[str, str], robots_file: bool) -> _Reply:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, "only http and https URLs are fetched")
        if not parts.hostname:
            raise FetchError(url, "no host in the URL")
        if self.robots is not None and not robots_file:
            self._obey_robots(url)
        return self._exchange(url, headers, check_type=not robots_file)

    def _obey_robots(self, url: str) -> None:
        try:
            refusal = self.robots.refusal(url)
        except HostError as err:  # the host itself is off limits: say that, not that robots.txt was unreadable
            raise HostError(url, err.reason) from err
        if refusal:
            raise FetchError(url, refusal)
        delay = self.robots.crawl_delay(url)
        if delay:
            self.throttle.slow_down(_host_key(url), min(delay, MAX_CRAWL_DELAY))

    def _fetch_robots(self, robots_url: str) -> tuple[int, bytes]:
        try:
            raw = self._follow(robots_url, {}, robots_file=True)
        except HostError:
            raise
        except FetchError as err:
            raise RobotsUnreachable(err.reason) from err
        return raw.status, raw.body

    def _raw(self, url: str, final_url: str, reply: _Reply, robots_file: bool) -> Raw:
        if not robots_file and not 200 <= reply.status < 300:
            raise FetchError(url, f"HTTP {reply.status} {reply.reason}".rstrip())
        try:
            body = decode_content(reply.body, reply.header("Content-Encoding"), self.max_bytes, self.max_ratio)
        except DecompressError as err:
            raise FetchError(url, str(err)) from err
        content_type = reply.header("Content-Type") or ""
        if not robots_file and media_type(content_type) in UNDECLARED_TYPES and not body.startswith(b"%PDF-"):
            raise FetchError(url, f"refused content type {content_type or '(none)'!r}: the body is not a PDF either")
        return Raw(
            url=url,
            final_url=final_url,
            status=reply.status,
            content_type=content_type or "application/octet-stream",
            body=body,
            fetched_at=utcnow(),
            headers=dict(reply.headers),
            capture=reply.capture,
            unchanged=reply.unchanged,
        )

    # -- one request, conditional and archived -----------------------------------------

    def _exchange(self, url: str, headers: dict[str, str], check_type: bool) -> _Reply:
        previous = self.captures.latest(url)
        conditional = previous.conditional_headers() if previous else {}
        exchange = self._send_with_retries(url, {**headers, **conditional}, check_type)
        if exchange.status == 304 and conditional:
            try:
                stored = self.captures.load(previous.capture)
            except CaptureError as err:
                log.warning("%s: archived copy unusable (%s); fetching it again in full", url, err)
                previous = None  # so the fresh copy is archived, not referred to the broken one
                exchange = self._send_with_retries(url, headers, check_type)
            else:
                self.captures.record_revisit(self.source, exchange, previous)
                return _Reply(previous.capture.status or 200, "", stored.headers, stored.body, previous.capture, unchanged=True)
        if exchange.status == 200 and previous and exchange.sha256 == previous.capture.sha256:
            self.captures.record_revisit(self.source, exchange, previous)
            return _Reply(200, exchange.reason, exchange.response_headers, exchange.body, previous.capture, unchanged=True)
        capture = self.captures.record(self.source, exchange)
        return _Reply(exchange.status, exchange.reason, exchange.response_headers, exchange.body, capture)

    def _send_with_retries(self, url: str, headers: dict[str, str], check_type: bool) -> Exchange:
        attempt = 0
        while True:
            try:
                exchange = self._send(url, headers, check_type)
            except _Transient as err:
                if attempt >= self.retries:
                    raise FetchError(url, f"{err} (after {attempt + 1} attempts)") from err
                delay = self._backoff(attempt)
            else:
                if exchange.status not in RETRY_STATUSES or attempt >= self.retries:
                    return exchange
                self.captures.record(self.source, exchange)
                delay = retry_after_seconds(exchange.header("Retry-After"))
                if delay is None:
                    delay = self._backoff(attempt)
                elif delay > self.max_retry_wait:
                    raise FetchError(
                        url,
                        f"HTTP {exchange.status}: the server asks to wait {delay:.0f} s before retrying, more than "
                        f"the {self.max_retry_wait:g} s this fetcher waits (it is tried again next run)",
                    )
            time.sleep(delay)
            attempt += 1

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff_base * 2**attempt, self.max_retry_wait)

    def _send(self, url: str, headers: dict[str, str], check_type: bool) -> Exchange:
        connect_timeout, read_timeout = self.timeout
        with self.throttle.slot(_host_key(url)):
            try:
                response = self.session.get(url, headers=headers, timeout=self.timeout, stream=True, allow_redirects=False)
            except GuardError as err:
                raise HostError(url, str(err)) from err
            except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema, requests.exceptions.MissingSchema) as err:
                raise FetchError(url, f"invalid URL: {err}") from err
            except requests.exceptions.SSLError as err:
                raise FetchError(url, f"TLS failed: {err}") from err
            except requests.exceptions.ConnectTimeout as err:
                raise _Transient(f"connect timed out after {connect_timeout:g} s") from err
            except requests.exceptions.ReadTimeout as err:
                raise _Transient(f"read timed out after {read_timeout:g} s") from err
            except requests.RequestException as err:
                raise _Transient(f"connection failed: {err}") from err
            with response:
                if check_type and 200 <= response.status_code < 300:
                    self._check_type(url, response.headers.get("Content-Type", ""))
                body = self._read_body(url, response)
        return Exchange(
            url=url,
            request_headers=list(response.request.headers.items()),
            status=response.status_code,
            reason=response.reason or "",
            http_version=getattr(response.raw, "version_string", "HTTP/1.1"),
            response_headers=list(response.raw.headers.items()),
            body=body,
            fetched_at=utcnow(),
            address=getattr(response.request, PINNED_ADDRESS, None),
        )

    def _check_type(self, url: str, content_type: str) -> None:
        media = media_type(content_type)
        if not accepted_type(media) and media not in UNDECLARED_TYPES:
            raise FetchError(
                url, f"refused content type {media!r}: only HTML, XML (feeds, sitemaps), PDF, plain text and JSON are fetched"
            )

    def _read_body(self, url: str, response: requests.Response) -> bytes:
        """The body as received (transfer framing removed, Content-Encoding kept), capped."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"response larger than {self.max_bytes} bytes (Content-Length {declared})")
        chunks, size = [], 0
        deadline = time.monotonic() + self.max_seconds
        try:
            for chunk in response.raw.stream(CHUNK, decode_content=False):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(url, f"response larger than {self.max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(url, f"response took longer than {self.max_seconds:g} s to arrive")
                chunks.append(chunk)
        except urllib3.exceptions.ReadTimeoutError as err:
            raise _Transient(f"read timed out after {self.timeout[1]:g} s") from err
        except (urllib3.exceptions.HTTPError, OSError) as err:
            raise _Transient(f"connection broke while reading: {err}") from err
        return b"".join(chunks)


def read_local_file(path: Path, url: str | None = None) -> Raw:
    """A file on disk as if fetched; `url` is its original address when known. Its capture
    records the file's SHA-256 (there is no WARC record: the file itself is the copy)."""
    path = Path(path)
    try:
        body = path.read_bytes()
    except OSError as err:
        raise FetchError(str(path), f"cannot read file: {err.strerror}") from err
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    address = url or path.resolve().as_uri()
    read_at = utcnow()
    capture = Capture(sha256=hashlib.sha256(body).hexdigest(), fetched_at=read_at, final_url=address, content_type=content_type)
    return Raw(url=address, final_url=address, status=200, content_type=content_type, body=body, fetched_at=read_at, capture=capture)
