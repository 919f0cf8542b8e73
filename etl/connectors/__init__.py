"""Source connectors, registered by type name (the `type:` of a source in sources.yaml).

A connector discovers `Lead`s (addresses with hints) and retrieves each as `Raw` bytes;
everything after that is shared by all sources. To add a type: subclass `Connector`,
give it an `Options` model (its `options:` in sources.yaml, validated on load), decorate
it with `@register("name")`, and import its module at the bottom of this file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, ValidationInfo

from etl.fetch import HttpFetcher, Lead, Raw

if TYPE_CHECKING:
    from etl.sources import Source


class DiscoverError(RuntimeError):
    pass


class Options(BaseModel):
    """A connector's `options:`; unknown keys are mistakes, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


def _anchored(path: Path, info: ValidationInfo) -> Path:
    base_dir = (info.context or {}).get("base_dir")
    path = path.expanduser()
    return path if path.is_absolute() or base_dir is None else Path(base_dir) / path


LocalPath = Annotated[Path, AfterValidator(_anchored)]
"""A path option; relative paths in a sources file are relative to that file's folder."""


class CourtHints(Options):
    """What a court source says about all its documents (`options.court`). These are
    defaults for `etl.court`: an API's per-record fields and the document's own title
    block say more, and win."""

    name: str | None = None
    document_type: str | None = None

    def as_hints(self) -> dict:
        defaults = self.model_dump(exclude_none=True)
        return {"court_defaults": defaults} if defaults else {}


class Connector:
    Options: type[BaseModel] = Options

    def __init__(self, source: "Source"):
        from etl.sources import SourceConfigError, field_problems

        self.source = source
        try:
            self.options = self.Options.model_validate(source.options)
        except ValidationError as err:
            problems = field_problems(err, "options")
            raise SourceConfigError("\n".join(f"source {source.id!r}: {problem}" for problem in problems)) from None

    def discover(self, fetcher: HttpFetcher, since: datetime | date | None = None) -> Iterator[Lead]:
        """The source's leads. `since` (the start of the run's data interval, when the
        scheduler knows it) skips what the source dates before it; undated leads are kept."""
        raise NotImplementedError

    def retrieve(self, lead: Lead, fetcher: HttpFetcher) -> Raw:
        return fetcher.get(lead.url)


def validate_options(source_type: str, options: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
    """The options normalised by the type's model (relative paths made absolute against
    `context['base_dir']`); raises `ValidationError` naming the option."""
    model = _REGISTRY[source_type].Options
    return model.model_validate(options, context=context).model_dump(mode="json", exclude_unset=True)


def as_utc(value: datetime | date | None) -> datetime | None:
    """A date or datetime as an aware UTC datetime (a date means its first instant)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def latest(*moments: datetime | date | None) -> datetime | None:
    """The latest of the given lower bounds (a source's `since` option and the run's)."""
    known = [as_utc(moment) for moment in moments if moment is not None]
    return max(known) if known else None


def parse_moment(value: str | None) -> datetime | None:
    """An ISO 8601 / W3C datetime ("2023-11-16", "2023-11-16T15:00:00+01:00", "...Z") in UTC."""
    try:
        return as_utc(datetime.fromisoformat(value.strip())) if value else None
    except ValueError:
        return None


def dated_before(lead: Lead, floor: datetime | None) -> bool:
    """Whether the lead's `published_at` hint is known and earlier than `floor`."""
    published = parse_moment(lead.hints.get("published_at"))
    return bool(floor and published and published < floor)


def wanted(url: str, pattern: re.Pattern | None) -> bool:
    return pattern is None or pattern.search(url) is not None


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


from etl.connectors import api, feed, files, listing, sitemap, warc  # noqa: E402,F401  (registers the built-in types)
