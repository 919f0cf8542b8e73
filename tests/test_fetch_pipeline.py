"""The pipeline over the sample site: documents carry their capture, and a second run fetches
nothing twice and processes nothing again when nothing changed — unless the index lacks it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from etl.captures import CaptureStore, verify_capture
from etl.cli import app
from etl.pipeline import INDEXED_SHA256, build_documents, run_sources, start_run

MISSING = "/ledger/2024/02/01/missing-page.html"  # the sample feed links one page that is not there


@pytest.fixture
def ledger(sample_feed_sources):
    return [source for source in sample_feed_sources if source.id == "hague-ledger"]


def test_run_twice_fetches_and_indexes_once_and_captures_verify(es, casefile_env, sample_feed_sources):
    first = run_sources(es, sample_feed_sources, casefile_env["alias"])
    second = run_sources(es, sample_feed_sources, casefile_env["alias"])
    assert first.indexed > 0 and [MISSING in failure.url for failure in first.failures] == [True]
    assert first.unchanged == 0
    assert (second.indexed, second.failed) == (0, 1)  # the missing page is asked for again
    # only leads without a document of their own (the syndicated copy) are looked at again
    assert second.unchanged == first.indexed and second.fetched == first.fetched - first.indexed

    es.indices.refresh(index=casefile_env["alias"])
    hit = es.search(index=casefile_env["alias"], query={"term": {"source": "court-decisions"}}, size=1)["hits"]["hits"][0]
    assert hit["_source"]["capture"]["warc_file"].startswith("court-decisions/")
    assert verify_capture(CaptureStore().capture_of_record(hit["_source"]["capture"]["warc_record_id"])).ok
    result = CliRunner().invoke(app, ["capture", "verify", hit["_id"]])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"OK {hit['_source']['capture']['warc_record_id']}")


def test_a_fresh_index_gets_everything_from_the_archive(es, casefile_env, alias, ledger):
    first = run_sources(es, ledger, alias)
    es.indices.delete(index=",".join(es.indices.get(index=f"{alias}-*")))  # as if the index were new

    again = run_sources(es, ledger, alias)
    assert again.unchanged == 0 and again.indexed == first.indexed


def test_a_lead_is_processed_again_when_its_document_is_not_from_this_capture(es, casefile_env, alias, ledger):
    [source] = ledger
    run_sources(es, ledger, alias)
    leads, _ = start_run(es, source, alias)
    indexed = [lead for lead in leads if INDEXED_SHA256 in lead.hints]
    assert indexed and MISSING not in " ".join(lead.url for lead in indexed)
    indexed[0].hints[INDEXED_SHA256] = "0" * 64  # the digest of some older bytes

    batch = build_documents(source, leads)
    assert batch.unchanged == len(indexed) - 1
    assert indexed[0].url in [document.url for document in batch.documents]
