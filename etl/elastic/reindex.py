"""Zero-downtime reindex: the next version `<alias>-vN+1` is created from the template in
`mappings/`, the documents are copied (client-side scan + bulk, which works on every
distribution — the minimal one has neither server-side `_reindex` nor the data-stream
API that `helpers.reindex` asks), and the alias moves in one
atomic `_aliases` call, so searches see either the old version or the new one, never
neither. The previous version stays until `delete_previous_versions`.

Documents written to the old version while the copy runs would be missed: run it between
ingestion runs (the DAGs' max_active_runs=1 and a paused schedule make that easy).

Documents are not processed again while the bytes they were made from are unchanged, so
an improved enrichment stage reaches the documents already indexed only through a
reindex that re-enriches them (`casefile reindex --enrich`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from elasticsearch import Elasticsearch, helpers

from etl.elastic.index import ensure_index, indices_behind, versioned_index


def versions(client: Elasticsearch, alias: str) -> dict[int, str]:
    pattern = re.compile(rf"^{re.escape(alias)}-v(\d+)$")
    names = client.indices.get(index=f"{alias}-v*", expand_wildcards="all") if client.indices.exists(index=f"{alias}-v*") else {}
    return {int(m.group(1)): name for name in names if (m := pattern.match(name))}


def reindex(client: Elasticsearch, alias: str, transform: Callable[[dict], dict] | None = None) -> dict:
    """Copy the alias's documents into a new version built from the current template and
    switch the alias to it; `transform`, if given, rewrites each document on the way
    (`etl.enrich.reenrich` runs the enrichment stage again). Returns {"from", "to", "documents"}."""
    ensure_index(client, alias)  # installs the current template, which the new version takes
    [current] = indices_behind(client, alias)
    target = versioned_index(alias, max(versions(client, alias)) + 1)
    client.indices.create(index=target)
    rewrite = transform or (lambda source: source)
    copies = ({"_index": target, "_id": hit["_id"], "_source": rewrite(hit["_source"])} for hit in helpers.scan(client, index=current, size=500))
    helpers.bulk(client, copies, chunk_size=500)
    client.indices.refresh(index=target)
    expected = client.count(index=current)["count"]
    actual = client.count(index=target)["count"]
    if actual != expected:
        client.indices.delete(index=target)
        raise RuntimeError(f"reindex of {current} into {target} copied {actual} of {expected} documents; alias left on {current}")
    client.indices.update_aliases(
        actions=[
            {"remove": {"index": current, "alias": alias}},
            {"add": {"index": target, "alias": alias, "is_write_index": True}},
        ]
    )
    return {"from": current, "to": target, "documents": actual}


def delete_previous_versions(client: Elasticsearch, alias: str) -> list[str]:
    """Delete every version the alias no longer points to."""
    live = set(indices_behind(client, alias))
    stale = [name for name in versions(client, alias).values() if name not in live]
    if stale:
        client.indices.delete(index=",".join(stale))
    return stale
