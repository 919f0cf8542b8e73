"""Per-host politeness: a cap on requests in flight and a minimum interval between request
starts, shared by all threads using one fetcher."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    next_start: float = 0.0
    min_interval: float = 0.0  # from robots.txt Crawl-delay, when it asks for more
    lock: threading.Lock = field(default_factory=threading.Lock)


class HostThrottle:
    def __init__(self, requests_per_second: float, concurrency: int):
        if requests_per_second <= 0 or concurrency < 1:
            raise ValueError("requests_per_second must be > 0 and concurrency >= 1")
        self.interval = 1.0 / requests_per_second
        self.concurrency = concurrency
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(threading.BoundedSemaphore(self.concurrency))
            return self._hosts[host]

    def slow_down(self, host: str, seconds: float) -> None:
        """Space requests to `host` at least `seconds` apart (robots.txt Crawl-delay)."""
        state = self._host(host)
        with state.lock:
            state.min_interval = max(state.min_interval, seconds)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold one of the host's request slots, starting no sooner than its interval allows."""
        state = self._host(host)
        with state.slots:
            with state.lock:
                now = time.monotonic()
                start = max(now, state.next_start)
                state.next_start = start + max(self.interval, state.min_interval)
            if start > now:
                time.sleep(start - now)
            yield
