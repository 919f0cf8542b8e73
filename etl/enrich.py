"""The enrichment stage: what an analyst filters on, read from the text.

Runs after the language stage (the detected language selects the models) and before
de-duplication and indexing.
"""

from __future__ import annotations

from etl.dates import find_dates
from etl.document import Document
from etl.entities import entity_names, find_entities


def enrich(document: Document) -> Document:
    entities = find_entities(document.text, document.language)
    dates = find_dates(document.text, document.language, document.published_at)
    return document.model_copy(update={"entities": entities, "entity_names": entity_names(entities), "dates": dates})


def reenrich(source: dict) -> dict:
    """An indexed document (its JSON form) with entities and dates found again by the
    current code: for `casefile reindex --enrich` after the enrichment stage improved."""
    return enrich(Document.model_validate(source)).as_json()
