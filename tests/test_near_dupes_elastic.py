"""Near-duplicate state in Elasticsearch: separate workers see the same clusters (real node)."""

import pytest

from etl.elastic.connection import client_for
from etl.elastic.index import ensure_index, index_documents
from etl.near_dupes import ElasticClusterStore, MemoryClusterStore, assign_clusters
from etl.pipeline import run_sources
from fixtures.sample_pages import COURIER_ICJ, KOBLENZ_WITNESS, LEDGER_ICJ, extract_sample_site

@pytest.fixture(scope="module")
def sample_documents():
    return extract_sample_site()


def worker(es_config, alias):
    """A store as another worker would open it: its own client, its own store object."""
    return ElasticClusterStore(client_for(es_config), alias)


def stored(es, alias):
    es.indices.refresh(index=f"{alias}-minhash")
    response = es.search(index=f"{alias}-minhash", query={"match_all": {}}, size=100, source=["id", "cluster_id"])
    return {hit["_source"]["id"]: hit["_source"]["cluster_id"] for hit in response["hits"]["hits"]}


def test_a_second_worker_finds_the_first_workers_original(es_config, es, alias, sample_documents):
    original, copy, other = (sample_documents[p] for p in (LEDGER_ICJ, COURIER_ICJ, KOBLENZ_WITNESS))
    [first] = assign_clusters([original], worker(es_config, alias))
    [second, unrelated] = assign_clusters([copy, other], worker(es_config, alias))
    assert (first.cluster_id, first.duplicate_of) == (original.id, None)
    assert (second.cluster_id, second.duplicate_of) == (original.id, original.id)
    assert (unrelated.cluster_id, unrelated.duplicate_of) == (other.id, None)
    assert stored(es, alias) == {original.id: original.id, copy.id: original.id, other.id: other.id}


def test_an_earlier_copy_indexed_later_repoints_the_indexed_copy(es_config, es, alias, sample_documents):
    original, copy = sample_documents[LEDGER_ICJ], sample_documents[COURIER_ICJ]
    ensure_index(es, alias)
    index_documents(es, assign_clusters([copy], worker(es_config, alias)), alias)
    [clustered] = assign_clusters([original], worker(es_config, alias))
    assert (clustered.cluster_id, clustered.duplicate_of) == (original.id, None)
    indexed_copy = es.get(index=alias, id=copy.id)["_source"]
    assert (indexed_copy["cluster_id"], indexed_copy["duplicate_of"]) == (original.id, original.id)
    assert stored(es, alias)[copy.id] == original.id


def test_workers_in_batches_agree_with_one_in_process_run(es_config, es, alias, sample_documents):
    documents = list(sample_documents.values())[::-1]
    one_run = {d.id: d.cluster_id for d in assign_clusters(documents, MemoryClusterStore())}
    for start in range(0, len(documents), 4):
        assign_clusters(documents[start : start + 4], worker(es_config, alias))
    assert stored(es, alias) == one_run


def test_a_run_over_the_sample_site_indexes_the_cluster_and_keeps_it_on_rerun(es, alias, sample_feed_sources):
    def cluster_fields():
        response = es.search(index=alias, query={"match_all": {}}, size=100, source=["canonical_url", "cluster_id", "duplicate_of"])
        return {hit["_source"]["canonical_url"]: (hit["_source"]["cluster_id"], hit["_source"]["duplicate_of"]) for hit in response["hits"]["hits"]}

    summary = run_sources(es, sample_feed_sources, alias)
    assert summary.indexed, [failure.reason for failure in summary.failures]
    first = cluster_fields()
    [(ledger_cluster, ledger_points_to)] = [f for url, f in first.items() if "icj-orders-end-to-torture" in url]
    [courier] = [f for url, f in first.items() if "world-court-tells-damascus-to-halt-torture" in url]
    assert ledger_points_to is None and courier == (ledger_cluster, ledger_cluster)
    assert all(cluster for cluster, _ in first.values()), "every indexed document has a cluster_id"
    same_story = es.search(index=alias, query={"term": {"cluster_id": ledger_cluster}}, source=["canonical_url"])["hits"]["hits"]
    assert sorted(hit["_source"]["canonical_url"].split("/")[2] for hit in same_story) == ["hague-ledger.example", "levant-courier.example"]

    run_sources(es, sample_feed_sources, alias)
    assert cluster_fields() == first
