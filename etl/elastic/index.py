"""The index stage: template, versioned index and alias from `mappings/`, then bulk indexing."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from elasticsearch import Elasticsearch, helpers

from etl.document import Document
from etl.settings import index_alias

MAPPINGS_DIR = Path(__file__).resolve().parents[2] / "mappings"


def node_modules(client: Elasticsearch) -> set[str]:
    info = client.nodes.info(metric="modules")
    return {module["name"] for node in info["nodes"].values() for module in node.get("modules", [])}


def index_template(alias: str, modules: set[str]) -> dict:
    """The template body for `alias`, with language sub-fields where the node can analyse them."""
    template = json.loads((MAPPINGS_DIR / "documents.json").read_text())
    template.pop("_comment")
    template["index_patterns"] = [pattern.format(index=alias) for pattern in template["index_patterns"]]
    languages = json.loads((MAPPINGS_DIR / "documents.languages.json").read_text())
    if languages["requires_module"] in modules:
        properties = template["template"]["mappings"]["properties"]
        for field_name, subfields in languages["fields"].items():
            properties[field_name].setdefault("fields", {}).update(copy.deepcopy(subfields))
    return template


def versioned_index(alias: str, version: int) -> str:
    return f"{alias}-v{version}"


def indices_behind(client: Elasticsearch, alias: str) -> list[str]:
    if not client.indices.exists_alias(name=alias):
        return []
    return sorted(client.indices.get_alias(name=alias))


def ensure_index(client: Elasticsearch, alias: str | None = None) -> str:
    """Install the template and, on first use, `<alias>-v1` behind `alias`. Returns the alias."""
    alias = alias or index_alias()
    client.indices.put_index_template(name=alias, **index_template(alias, node_modules(client)))
    if not indices_behind(client, alias):
        first = versioned_index(alias, 1)
        if not client.indices.exists(index=first):
            client.indices.create(index=first)
        client.indices.put_alias(index=first, name=alias, is_write_index=True)
    return alias


@dataclass
class IndexResult:
    indexed: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # document url -> reason


def index_documents(client: Elasticsearch, documents: Iterable[Document], alias: str | None = None) -> IndexResult:
    """Bulk-index by stable id, so re-runs replace rather than duplicate."""
    alias = alias or index_alias()
    by_id = {doc.id: doc for doc in documents}
    actions = ({"_index": alias, "_id": doc.id, "_source": doc.as_json()} for doc in by_id.values())
    result = IndexResult()
    for ok, item in helpers.streaming_bulk(client, actions, raise_on_error=False, raise_on_exception=False, chunk_size=200):
        outcome = item["index"]
        doc = by_id[outcome["_id"]]
        if ok:
            result.indexed.append(doc.id)
        else:
            error = outcome.get("error", {})
            reason = error.get("reason", str(error)) if isinstance(error, dict) else str(error)
            result.errors[doc.url] = f"indexing refused: {reason}"
    client.indices.refresh(index=alias)
    return result


def ids_by_content_hash(client: Elasticsearch, alias: str, hashes: list[str]) -> dict[str, str]:
    """Already-indexed documents with these normalized-text hashes: {hash: id}."""
    if not hashes:
        return {}
    response = client.search(
        index=alias,
        query={"terms": {"content_sha256": sorted(set(hashes))}},
        source=["content_sha256", "id"],
        size=len(set(hashes)),
    )
    return {hit["_source"]["content_sha256"]: hit["_source"]["id"] for hit in response["hits"]["hits"]}
