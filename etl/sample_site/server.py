"""Serves the bundled sample site over loopback HTTP, so the demo and the tests ingest it
through the same fetch path as real sources. Feeds name their links `__BASE__/...`; the
server writes in the origin it is actually listening on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from etl.sources import Politeness, Source

SITE_ROOT = Path(__file__).parent / "site"
PLACEHOLDER = b"__BASE__"
PDF_ORIGINS = {"court": "https://court.example"}  # site section → the public origin its PDFs name as canonical


class SampleSiteHandler(SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.suffix == ".xml" and path.is_file():
            body = path.read_bytes().replace(PLACEHOLDER, self.server.base_url.encode())
            self.send_response(200)
            self.send_header("Content-Type", "application/xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def end_headers(self) -> None:
        # A PDF cannot carry <link rel="canonical">; its server declares the public address in
        # an HTTP Link header instead (RFC 6596), so the PDF's identity does not depend on the port.
        section, _, rest = self.path.lstrip("/").partition("/")
        if self.path.endswith(".pdf") and section in PDF_ORIGINS:
            self.send_header("Link", f'<{PDF_ORIGINS[section]}/{rest}>; rel="canonical"')
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # keep demo and test output quiet
        pass


DEMO_PORT = 8754  # fixed, so a failure recorded by one demo run is retried at the same address by the next


def _bind(port: int, root: Path) -> ThreadingHTTPServer:
    return ThreadingHTTPServer(("127.0.0.1", port), partial(SampleSiteHandler, directory=str(root)))


@contextmanager
def serve_sample_site(port: int = 0, root: Path = SITE_ROOT) -> Iterator[str]:
    """Serve the site (or another folder laid out like it) on 127.0.0.1:`port` (a free one
    if 0 or if `port` is taken); yields its base URL."""
    try:
        server = _bind(port, root)
    except OSError:
        server = _bind(0, root)
    server.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.base_url
    finally:
        server.shutdown()
        server.server_close()


LOOPBACK_PACE = Politeness(requests_per_second=50, concurrency=4)  # our own server: no need to wait


def sample_sources(base_url: str) -> list[Source]:
    """The sample site's three feeds, as sources; loopback addresses must be allowed here."""
    feeds = [("hague-ledger", "news", "ledger/feed.xml"), ("levant-courier", "news", "courier/feed.xml"), ("court-decisions", "court", "court/feed.xml")]
    return [
        Source(id=source_id, type="feed", kind=kind, url=f"{base_url}/{path}", allow_private=True, politeness=LOOPBACK_PACE)
        for source_id, kind, path in feeds
    ]
