"""robots.txt rules per origin (urllib.robotparser), read once per fetcher and kept for its
life — one run of a source.

How a robots.txt answer is read follows RFC 9309: a 4xx means there are no rules; a 5xx or
an unreachable file means everything is disallowed until it can be read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: parse at least the first 500 KiB


class RobotsUnreachable(Exception):
    """robots.txt could not be read (network failure, refused address, ...)."""


RobotsFetch = Callable[[str], tuple[int, bytes]]  # robots.txt URL -> (status, body); may raise RobotsUnreachable


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"


class RobotsRules:
    def __init__(self, fetch: RobotsFetch, user_agent: str):
        self.fetch = fetch
        self.user_agent = user_agent
        self._parsers: dict[str, tuple[RobotFileParser, str | None]] = {}
        self._lock = threading.Lock()

    def _parser(self, origin: str) -> tuple[RobotFileParser, str | None]:
        with self._lock:  # one read per origin, even when threads ask at once
            if origin not in self._parsers:
                self._parsers[origin] = self._read(origin)
            return self._parsers[origin]

    def _read(self, origin: str) -> tuple[RobotFileParser, str | None]:
        parser = RobotFileParser(f"{origin}/robots.txt")
        try:
            status, body = self.fetch(f"{origin}/robots.txt")
        except RobotsUnreachable as err:
            parser.disallow_all = True
            return parser, f"robots.txt could not be read ({err}), which means everything is disallowed"
        if 400 <= status < 500:
            parser.allow_all = True
        elif status >= 500:
            parser.disallow_all = True
            return parser, f"robots.txt answered HTTP {status}, which means everything is disallowed"
        else:
            parser.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace").splitlines())
        return parser, None

    def refusal(self, url: str) -> str | None:
        """None when the rules of the URL's origin allow it, else why they do not."""
        origin = origin_of(url)
        parser, unreadable = self._parser(origin)
        if parser.can_fetch(self.user_agent, url):
            return None
        agent = self.user_agent.split("/")[0]
        because = unreadable or f"disallowed by {origin}/robots.txt for user-agent {agent}"
        return f"{because} (set respect_robots: false on the source to override)"

    def crawl_delay(self, url: str) -> float | None:
        parser, _ = self._parser(origin_of(url))
        delay = parser.crawl_delay(self.user_agent)
        return float(delay) if delay is not None else None
