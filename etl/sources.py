"""`sources.yaml`: the sources casefile collects from, validated on load.

A mistake is reported as `FILE: source 'ID': field 'NAME': reason`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class SourceConfigError(ValueError):
    pass


class Politeness(BaseModel):
    model_config = ConfigDict(extra="forbid")
    requests_per_second: float = Field(1.0, gt=0)
    concurrency: int = Field(2, ge=1)
    connect_timeout: float = Field(10, gt=0)
    read_timeout: float = Field(30, gt=0)
    max_bytes: int = Field(25_000_000, gt=0)


class Credentials(BaseModel):
    """Where a secret lives, never the secret itself."""

    model_config = ConfigDict(extra="forbid")
    env: str | None = None
    airflow_connection: str | None = None


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    type: str
    kind: Literal["news", "court"] = "news"
    url: str | None = None
    urls: list[str] = Field(default_factory=list)
    schedule: str = "@daily"
    language: str | None = None
    allow_private: bool = False
    respect_robots: bool = True
    politeness: Politeness = Field(default_factory=Politeness)
    credentials: Credentials | None = None
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _id_is_slug(cls, value: str) -> str:
        if not SOURCE_ID.match(value):
            raise ValueError("must be lower-case letters, digits, '-' or '_'")
        return value

    @field_validator("type")
    @classmethod
    def _type_is_registered(cls, value: str) -> str:
        from etl.connectors import connector_types

        if value not in connector_types():
            raise ValueError(f"unknown source type {value!r}; known: {', '.join(sorted(connector_types()))}")
        return value

    @property
    def entry_urls(self) -> list[str]:
        return ([self.url] if self.url else []) + self.urls


def _describe(error: dict, entries: list) -> str:
    loc = list(error["loc"])
    index = loc[0] if loc and isinstance(loc[0], int) else None
    if index is not None and isinstance(entries[index], dict) and entries[index].get("id"):
        where = f"source {entries[index]['id']!r}"
    else:
        where = f"source #{index + 1}" if index is not None else "sources"
    field_path = ".".join(str(part) for part in loc[1:]) or "(entry)"
    return f"{where}: field {field_path!r}: {error['msg']}"


def parse_sources(entries: Any, origin: str) -> list[Source]:
    if not isinstance(entries, list):
        raise SourceConfigError(f"{origin}: expected a top-level 'sources:' list")
    problems = []
    sources = []
    for index, entry in enumerate(entries):
        try:
            sources.append(Source.model_validate(entry))
        except ValidationError as err:
            problems += [_describe({**e, "loc": (index, *e["loc"])}, entries) for e in err.errors()]
    ids = [source.id for source in sources]
    problems += [f"source {dup!r}: field 'id': used more than once" for dup in sorted({i for i in ids if ids.count(i) > 1})]
    if problems:
        raise SourceConfigError("\n".join(f"{origin}: {problem}" for problem in problems))
    return sources


def load_sources(path: Path) -> list[Source]:
    try:
        data = yaml.safe_load(Path(path).read_text())
    except FileNotFoundError as err:
        raise SourceConfigError(f"{path}: no such file") from err
    except yaml.YAMLError as err:
        raise SourceConfigError(f"{path}: not valid YAML: {err}") from err
    return parse_sources((data or {}).get("sources"), str(path))


def source_by_id(path: Path, source_id: str) -> Source:
    for source in load_sources(path):
        if source.id == source_id:
            return source
    raise SourceConfigError(f"{path}: no source with id {source_id!r}")
