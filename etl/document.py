"""The one document model.

A `Document` is what every stage passes along, what `casefile process --json`
prints and what is indexed; `mappings/` describes exactly these fields and
`tests/test_mapping.py` keeps the two in step.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from etl.urls import canonicalize

Kind = Literal["news", "court"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(Strict):
    start: int
    end: int
    text: str


class Entity(Strict):
    type: str
    name: str
    mentions: list[Mention] = Field(default_factory=list)


class DateRange(Strict):
    gte: date
    lte: date


class DateMention(Strict):
    """A date expression found in the text, with inclusive calendar bounds.

    `range` repeats `start`..`end` as an Elasticsearch date_range so one
    query finds documents that mention any day of, say, August 2013.
    """

    text: str
    char_start: int
    char_end: int
    start: date
    end: date
    precision: Literal["day", "month", "year", "range"]
    range: DateRange


class Court(Strict):
    name: str | None = None
    case_name: str | None = None
    case_number: str | None = None
    document_type: str | None = None
    decision_date: date | None = None
    parties: list[str] = Field(default_factory=list)


class Capture(Strict):
    """Where the raw bytes behind a document are kept, so an analyst can cite them."""

    sha256: str
    warc_file: str | None = None
    warc_record_id: str | None = None
    fetched_at: datetime
    status: int | None = None
    final_url: str | None = None
    content_type: str | None = None


class Page(Strict):
    """A page of the original (PDF) as a character span of `text`."""

    number: int
    start: int
    end: int


class Document(Strict):
    id: str
    url: str
    canonical_url: str
    source: str
    kind: Kind = "news"
    title: str | None = None
    author: str | None = None
    description: str | None = None
    text: str
    language: str | None = None
    published_at: datetime | None = None
    content_sha256: str
    pages: list[Page] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    entity_names: dict[str, list[str]] = Field(default_factory=dict)
    dates: list[DateMention] = Field(default_factory=list)
    court: Court | None = None
    capture: Capture | None = None
    cluster_id: str | None = None
    duplicate_of: str | None = None

    def as_json(self) -> dict:
        """The JSON form, exactly as indexed."""
        return self.model_dump(mode="json")


def document_id(canonical_url: str) -> str:
    """Stable id: a re-run or an updated page replaces, never duplicates."""
    return hashlib.sha256(canonicalize(canonical_url).encode()).hexdigest()[:32]


def normalized_text(text: str) -> str:
    """Text reduced to what identifies content: case and whitespace ignored."""
    return " ".join(text.casefold().split())


def content_sha256(text: str) -> str:
    return hashlib.sha256(normalized_text(text).encode()).hexdigest()


ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "COURT", "LAW", "NORP")
