"""`sources.yaml`: the sources casefile collects from, validated on load.

A mistake is reported as `FILE: source 'ID': field 'NAME': reason`. Each source's
`options` are checked by its connector type's options model. Relative paths in options
are relative to the sources file. `${CASEFILE_...}` in a string value is replaced by that
environment variable (for example the base URL of a locally served fixture site); other
variables are never expanded, so a sources file cannot pull secrets into URLs or logs.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
ENV_REFERENCE = re.compile(r"\$\{([^}]*)\}")
EXPANDED_PREFIX = "CASEFILE_"


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


def field_problems(err: ValidationError, *prefix: str) -> list[str]:
    """`field 'a.b': reason` for each error, its location under `prefix` (e.g. "options")."""
    return [
        f"field {'.'.join([*prefix, *map(str, error['loc'])]) or '(entry)'!r}: {error['msg']}" for error in err.errors()
    ]


def _where(entry: Any, index: int) -> str:
    if isinstance(entry, dict) and entry.get("id"):
        return f"source {entry['id']!r}"
    return f"source #{index + 1}"


def _expand_env(value: Any, field: str, problems: list[str]) -> Any:
    """`${CASEFILE_X}` replaced in every string below `value`; misses go to `problems`."""
    if isinstance(value, dict):
        return {k: _expand_env(v, f"{field}.{k}" if field else str(k), problems) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand_env(v, f"{field}.{i}", problems) for i, v in enumerate(value)]
    if not isinstance(value, str):
        return value

    def substitute(match: re.Match) -> str:
        name = match.group(1)
        if not name.startswith(EXPANDED_PREFIX):
            problems.append(f"field {field!r}: only {EXPANDED_PREFIX}* environment variables are expanded, not ${{{name}}}")
            return ""
        if name not in os.environ:
            problems.append(f"field {field!r}: environment variable {name} is not set")
        return os.environ.get(name, "")

    return ENV_REFERENCE.sub(substitute, value)


def _validated(entry: Any, base_dir: Path | None) -> tuple[Source | None, list[str]]:
    """One entry as a Source with options normalised by its connector, or its problems."""
    from etl.connectors import validate_options

    problems: list[str] = []
    if isinstance(entry, dict):
        entry = _expand_env(entry, "", problems)
    try:
        source = Source.model_validate(entry)
    except ValidationError as err:
        return None, problems + field_problems(err)
    try:
        source.options = validate_options(source.type, source.options, {"base_dir": base_dir})
    except ValidationError as err:
        problems += field_problems(err, "options")
    return (None if problems else source), problems


def parse_sources(entries: Any, origin: str, base_dir: Path | None = None) -> list[Source]:
    """Validated sources; `base_dir` anchors relative paths in options (the file's folder)."""
    if not isinstance(entries, list):
        raise SourceConfigError(f"{origin}: expected a top-level 'sources:' list")
    problems = []
    sources = []
    for index, entry in enumerate(entries):
        source, found = _validated(entry, base_dir)
        problems += [f"{_where(entry, index)}: {problem}" for problem in found]
        if source:
            sources.append(source)
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
    return parse_sources((data or {}).get("sources"), str(path), base_dir=Path(path).resolve().parent)


def source_by_id(path: Path, source_id: str) -> Source:
    for source in load_sources(path):
        if source.id == source_id:
            return source
    raise SourceConfigError(f"{path}: no source with id {source_id!r}")
