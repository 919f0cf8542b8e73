"""Search for analysts and the CLI: full-text query, filters, highlighted snippets, facets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from elasticsearch import Elasticsearch

# Language sub-fields exist only where the node has the analyzers; a missing field is
# simply not searched.
TEXT_FIELDS = ["title^3", "title.en^3", "title.fr^3", "title.ar^3", "description^2", "text", "text.en", "text.fr", "text.ar"]
HIT_FIELDS = ["id", "title", "url", "canonical_url", "source", "kind", "language", "published_at", "cluster_id", "duplicate_of", "court"]
ENTITY_FIELDS = ["entity_names.person", "entity_names.org", "entity_names.gpe", "entity_names.loc", "entity_names.fac", "entity_names.court", "entity_names.law", "entity_names.norp"]


@dataclass
class SearchRequest:
    query: str
    source: str | None = None
    language: str | None = None
    since: date | None = None
    until: date | None = None
    size: int = 10
    entity: str | None = None  # a canonical name, of any type
    mentions_since: date | None = None  # the text mentions a date on or after this day…
    mentions_until: date | None = None  # …and on or before this one
    cluster: str | None = None  # copies of one story


def _bounds(first: date | None, last: date | None) -> dict[str, str]:
    """Inclusive range bounds for the days given."""
    return {key: day.isoformat() for key, day in (("gte", first), ("lte", last)) if day}


def build_query(request: SearchRequest) -> dict[str, Any]:
    filters: list[dict] = []
    if request.source:
        filters.append({"term": {"source": request.source}})
    if request.language:
        filters.append({"term": {"language": request.language}})
    if request.since or request.until:
        filters.append({"range": {"published_at": _bounds(request.since, request.until)}})
    if request.entity:
        filters.append({"bool": {"should": [{"term": {field: request.entity}} for field in ENTITY_FIELDS], "minimum_should_match": 1}})
    if request.mentions_since or request.mentions_until:
        # dates.range holds each expression's calendar span; it must lie inside the window, so
        # "from 2011 to 2018" is not a mention of August 2013, while "21 August 2013" is
        window = {"relation": "within", **_bounds(request.mentions_since, request.mentions_until)}
        filters.append({"range": {"dates.range": window}})
    if request.cluster:
        filters.append({"term": {"cluster_id": request.cluster}})
    must = (
        {"simple_query_string": {"query": request.query, "fields": TEXT_FIELDS, "default_operator": "and"}}
        if request.query.strip()
        else {"match_all": {}}
    )
    return {"bool": {"must": [must], "filter": filters}}


FACETS = {
    "source": {"terms": {"field": "source", "size": 20}},
    "language": {"terms": {"field": "language", "size": 20}},
    "year": {"date_histogram": {"field": "published_at", "calendar_interval": "year", "format": "yyyy", "min_doc_count": 1}},
    "kind": {"terms": {"field": "kind", "size": 5}},
    "person": {"terms": {"field": "entity_names.person", "size": 10}},
    "court": {"terms": {"field": "entity_names.court", "size": 10}},
}


def search(client: Elasticsearch, alias: str, request: SearchRequest) -> dict[str, Any]:
    """`{"total": N, "hits": [...], "facets": {"source", "language", "year", "kind", "person", "court"}}`."""
    response = client.search(
        index=alias,
        query=build_query(request),
        size=request.size,
        source=HIT_FIELDS,
        highlight={
            "fields": {"text": {"fragment_size": 160, "number_of_fragments": 2}, "title": {"number_of_fragments": 0}},
            "pre_tags": ["«"],
            "post_tags": ["»"],
        },
        aggregations=FACETS,
        track_total_hits=True,
    )
    hits = [
        {**hit["_source"], "score": hit["_score"], "highlights": [f for fs in hit.get("highlight", {}).values() for f in fs]}
        for hit in response["hits"]["hits"]
    ]
    facets = {
        name: {bucket.get("key_as_string", bucket["key"]): bucket["doc_count"] for bucket in agg["buckets"]}
        for name, agg in response["aggregations"].items()
    }
    return {"total": response["hits"]["total"]["value"], "hits": hits, "facets": facets}
