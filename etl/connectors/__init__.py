"""Source connectors, registered by type name (the `type:` of a source in sources.yaml).

A connector discovers `Lead`s (addresses with hints) and retrieves each as `Raw` bytes;
everything after that is shared by all sources. To add a type: subclass `Connector`,
decorate it with `@register("name")`, and import its module at the bottom of this file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from etl.fetch import HttpFetcher, Lead, Raw

if TYPE_CHECKING:
    from etl.sources import Source


class DiscoverError(RuntimeError):
    pass


class Connector:
    def __init__(self, source: "Source"):
        self.source = source

    def discover(self, fetcher: HttpFetcher) -> Iterator[Lead]:
        raise NotImplementedError

    def retrieve(self, lead: Lead, fetcher: HttpFetcher) -> Raw:
        return fetcher.get(lead.url)


_REGISTRY: dict[str, type[Connector]] = {}


def register(name: str):
    def add(cls: type[Connector]) -> type[Connector]:
        _REGISTRY[name] = cls
        return cls

    return add


def connector_types() -> set[str]:
    return set(_REGISTRY)


def connector_for(source: "Source") -> Connector:
    return _REGISTRY[source.type](source)


from etl.connectors import feed, files  # noqa: E402,F401  (registers the built-in types)
