"""Search for analysts and the CLI: full-text query, filters, highlighted snippets, facets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from elasticsearch import Elasticsearch

# Language sub-fields exist only where the node has the analyzers; a missing field is
# simply not searched.
TEXT_FIELDS = ["title^3", "title.en^3", "title.fr^3", "title.ar^3", "description^2", "text", "text.en", "text.fr", "text.ar"]
HIT_FIELDS = ["id", "title", "url", "canonical_url", "source", "kind", "language", "published_at", "cluster_id", "duplicate_of"]


@dataclass
class SearchRequest:
    query: str
    source: str | None = None
    language: str | None = None
    since: date | None = None
    until: date | None = None
    size: int = 10


def build_query(request: SearchRequest) -> dict[str, Any]:
    filters: list[dict] = []
    if request.source:
        filters.append({"term": {"source": request.source}})
    if request.language:
        filters.append({"term": {"language": request.language}})
    if request.since or request.until:
        bounds = {}
        if request.since:
            bounds["gte"] = request.since.isoformat()
        if request.until:
            bounds["lte"] = request.until.isoformat()
        filters.append({"range": {"published_at": bounds}})
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
}


def search(client: Elasticsearch, alias: str, request: SearchRequest) -> dict[str, Any]:
    """`{"total": N, "hits": [...], "facets": {"source": {...}, "language": {...}, "year": {...}}}`."""
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
