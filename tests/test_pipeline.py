"""The whole path, web page to search hit, against the real node and the sample site."""

from datetime import date

from etl.elastic.search import SearchRequest, search
from etl.failures import FailureStore
from etl.pipeline import run_sources

BOILERPLATE = ["Accept all", "cookies", "Related stories", "Sign up for", "Reply", "Share on"]


def all_documents(es, alias):
    response = es.search(index=alias, query={"match_all": {}}, size=100)
    return [hit["_source"] for hit in response["hits"]["hits"]]


def test_sample_site_ends_up_searchable_and_reruns_change_nothing(es, alias, sample_feed_sources):
    first = run_sources(es, sample_feed_sources, alias)
    assert first.indexed >= 12 and first.extracted == first.fetched
    assert [f.url.split("?")[0].rsplit("/", 1)[-1] for f in first.failures] == ["missing-page.html"]
    assert "404" in first.failures[0].reason and first.failures[0].stage == "fetch"

    documents = all_documents(es, alias)
    assert len(documents) == first.indexed
    assert len({d["canonical_url"] for d in documents}) == len(documents)
    assert all(d["canonical_url"].startswith("https://") and "utm_" not in d["canonical_url"] for d in documents)
    for document in documents:
        leaked = [phrase for phrase in BOILERPLATE if phrase in document["text"]]
        assert not leaked, f"{document['url']} kept boilerplate {leaked}"
        assert document["title"] and document["published_at"] and document["language"]

    result = search(es, alias, SearchRequest(query="provisional measures torture"))
    assert result["total"] >= 1 and any("torture" in h.lower() for hit in result["hits"] for h in hit["highlights"])
    assert {"source", "language", "year"} <= set(result["facets"])

    second = run_sources(es, sample_feed_sources, alias)
    assert len(all_documents(es, alias)) == len(documents)
    assert sorted(d["id"] for d in all_documents(es, alias)) == sorted(d["id"] for d in documents)
    [retried] = second.failures
    assert retried.attempts == 2, "a failed page is tried again on the next run"


def test_failures_survive_the_run_and_clear_on_success(es, alias, sample_feed_sources):
    ledger = [s for s in sample_feed_sources if s.id == "hague-ledger"]
    run_sources(es, ledger, alias)
    store = FailureStore(es, alias)
    [pending] = store.pending("hague-ledger")
    assert pending.url.split("?")[0].endswith("missing-page.html")
    store.clear([pending.url])
    assert store.pending("hague-ledger") == []


def test_french_article_is_detected_and_searchable_by_language(es, alias, sample_feed_sources):
    run_sources(es, sample_feed_sources, alias)
    result = search(es, alias, SearchRequest(query="cour d'assises", language="fr"))
    assert result["total"] == 1 and result["hits"][0]["language"] == "fr"
    assert search(es, alias, SearchRequest(query="cour d'assises", language="en"))["total"] == 0


def test_search_by_entity_mentioned_date_and_cluster(es, alias, sample_feed_sources):
    run_sources(es, sample_feed_sources, alias)

    by_person = search(es, alias, SearchRequest(query="", entity="Bashar al-Assad", size=50))
    titles = [hit["title"] for hit in by_person["hits"]]
    assert any("arrest warrants for Assad" in title for title in titles)
    assert by_person["facets"]["person"]["Bashar al-Assad"] == by_person["total"]
    court = search(es, alias, SearchRequest(query="", entity="International Court of Justice", size=50))
    assert {"court-decisions", "hague-ledger", "levant-courier"} <= {hit["source"] for hit in court["hits"]}

    # "documents that mention a date in August 2013": the Paris warrants concern the attacks of that month
    august = search(es, alias, SearchRequest(query="", mentions_since=date(2013, 8, 1), mentions_until=date(2013, 8, 31), size=50))
    assert any("arrest warrants for Assad" in hit["title"] for hit in august["hits"])
    assert all(hit["source"] != "court-decisions" for hit in august["hits"])
    november = search(es, alias, SearchRequest(query="", mentions_since=date(2023, 11, 16), mentions_until=date(2023, 11, 16), size=50))
    assert {"hague-ledger", "levant-courier"} <= {hit["source"] for hit in november["hits"]}, "Thursday's decision → 16 November 2023"

    [original] = [d for d in all_documents(es, alias) if d["canonical_url"].endswith("/2023/11/17/icj-orders-end-to-torture")]
    copies = search(es, alias, SearchRequest(query="", cluster=original["cluster_id"], size=50))
    assert sorted(hit["source"] for hit in copies["hits"]) == ["hague-ledger", "levant-courier"]
    [copy] = [hit for hit in copies["hits"] if hit["source"] == "levant-courier"]
    assert copy["duplicate_of"] == original["id"] and original["duplicate_of"] is None
