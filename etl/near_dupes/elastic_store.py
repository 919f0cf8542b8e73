"""Cluster state in Elasticsearch, so every worker (Airflow task, CLI run) clusters against
the same history: one record per document in `<alias>-minhash` (mappings/minhash.json);
candidates come from a terms query on band keys, and relabelled members are rewritten
both there and in the documents index."""

from __future__ import annotations

import json
from datetime import datetime

from elasticsearch import BadRequestError, Elasticsearch, helpers

from etl.elastic.index import MAPPINGS_DIR
from etl.near_dupes.clusters import Entry, Member
from etl.near_dupes.sketch import sketch_from_hashvalues

# Band keys per terms query: far below Elasticsearch's default limit of 65,536 terms.
TERMS_PER_QUERY = 10_000


class ClusterStoreError(RuntimeError):
    pass


def _published(source: dict) -> datetime | None:
    value = source.get("published_at")
    return datetime.fromisoformat(value) if value else None


class ElasticClusterStore:
    def __init__(self, client: Elasticsearch, alias: str):
        self.client = client
        self.alias = alias
        self.index = f"{alias}-minhash"
        self.ensure()

    def ensure(self) -> None:
        if self.client.indices.exists(index=self.index):
            return
        body = json.loads((MAPPINGS_DIR / "minhash.json").read_text())
        try:
            self.client.indices.create(index=self.index, settings=body["settings"], mappings=body["mappings"])
        except BadRequestError as err:
            if err.error != "resource_already_exists_exception":  # another worker created it first
                raise

    def _scan(self, field: str, values: list[str], exclude: set[str], source: list[str]) -> list[dict]:
        hits = []
        for start in range(0, len(values), TERMS_PER_QUERY):
            query = {"bool": {"filter": [{"terms": {field: values[start : start + TERMS_PER_QUERY]}}]}}
            if exclude:
                query["bool"]["must_not"] = [{"terms": {"id": sorted(exclude)}}]
            hits += [hit["_source"] for hit in helpers.scan(self.client, index=self.index, query={"query": query}, _source=source)]
        return hits

    def sharing_bands(self, bands: set[str], exclude: set[str]) -> list[Entry]:
        found = {}
        for source in self._scan("bands", sorted(bands), exclude, ["id", "cluster_id", "published_at", "signature"]):
            found[source["id"]] = Entry(source["id"], source["cluster_id"], _published(source), sketch_from_hashvalues(source["signature"]))
        return [found[doc_id] for doc_id in sorted(found)]

    def members(self, cluster_ids: set[str], exclude: set[str]) -> list[Member]:
        sources = self._scan("cluster_id", sorted(cluster_ids), exclude, ["id", "cluster_id", "published_at"])
        return [Member(s["id"], s["cluster_id"], _published(s)) for s in sources]

    def save(self, entries: list[Entry], relabelled: list[Member]) -> None:
        actions = [
            {
                "_index": self.index,
                "_id": entry.id,
                "_source": {
                    "id": entry.id,
                    "cluster_id": entry.cluster_id,
                    "published_at": entry.published_at.isoformat() if entry.published_at else None,
                    "bands": list(entry.sketch.bands),
                    "signature": entry.sketch.hashvalues,
                },
            }
            for entry in entries
        ]
        for member in relabelled:
            actions.append({"_op_type": "update", "_index": self.index, "_id": member.id, "doc": {"cluster_id": member.cluster_id}})
            duplicate_of = None if member.cluster_id == member.id else member.cluster_id
            actions.append(
                {"_op_type": "update", "_index": self.alias, "_id": member.id, "doc": {"cluster_id": member.cluster_id, "duplicate_of": duplicate_of}}
            )
        if not actions:
            return
        failed = []
        for ok, item in helpers.streaming_bulk(self.client, actions, raise_on_error=False, raise_on_exception=False, refresh="wait_for"):
            outcome = next(iter(item.values()))
            never_indexed = outcome.get("_index") != self.index and outcome.get("status") == 404  # its indexing failed
            if not ok and not never_indexed:
                failed.append(f"{outcome.get('_id')}: {outcome.get('error')}")
        if failed:
            raise ClusterStoreError(f"could not record near-duplicate clusters in {self.index}: " + "; ".join(failed[:5]))
