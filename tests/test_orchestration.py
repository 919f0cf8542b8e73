"""Issue 5: DAGs per source, idempotent interval runs, resumable backfill, reindex, one
configuration. Everything against the real node and real Airflow."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml
from elasticsearch import helpers

from etl.elastic.connection import EsConfig, resolve_config
from etl.elastic.index import indices_behind
from etl.elastic.reindex import delete_previous_versions, reindex
from etl.enrich import reenrich
from etl.pipeline import run_sources

REPO = Path(__file__).resolve().parents[1]
AIRFLOW = str(Path(sys.executable).parent / "airflow")


def airflow_env(home: Path, **extra) -> dict:
    return {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        **extra,
    }


def dagbag(sources_file: Path, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("CASEFILE_SOURCES", str(sources_file))
    return DagBag(dag_folder=str(REPO / "dags"))


def write_sources(path: Path, sources) -> Path:
    path.write_text(yaml.safe_dump({"sources": [s.model_dump(mode="json", exclude_defaults=True) | {"allow_private": True} for s in sources]}))
    return path


def test_one_dag_per_source_plus_reindex_and_no_import_errors(monkeypatch):
    from etl.sources import load_sources

    bag = dagbag(REPO / "sources.yaml", monkeypatch)
    assert bag.import_errors == {}
    expected = {f"casefile_{s.id.replace('-', '_')}" for s in load_sources(REPO / "sources.yaml")} | {"casefile_reindex"}
    assert set(bag.dag_ids) == expected
    some = bag.dags[sorted(expected - {"casefile_reindex"})[0]]
    assert some.max_active_runs == 1 and "casefile" in some.tags
    assert some.default_args["retries"] >= 1 and some.default_args["retry_exponential_backoff"]
    assert [t.task_id for t in some.topological_sort()] == ["plan", "lead_files", "fetch_extract", "enrich", "dedupe_index", "report"]


def test_a_broken_source_entry_is_one_clear_import_error(monkeypatch, tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - {id: broken, type: feed, kind: rumour, url: 'https://example.org/feed'}\n")
    bag = dagbag(bad, monkeypatch)
    [(path, message)] = bag.import_errors.items()
    assert path.endswith("casefile_sources.py")
    assert f"{bad}: source 'broken': field 'kind'" in message
    assert "casefile_reindex" in bag.dag_ids, "the rest of the DAG folder still loads"


@pytest.fixture(scope="module")
def airflow_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("airflow")
    subprocess.run([AIRFLOW, "db", "migrate"], env=airflow_env(home), check=True, capture_output=True, timeout=600)
    return home


def test_source_dag_over_three_intervals_twice_changes_nothing_the_second_time(
    airflow_home, casefile_env, sample_feed_sources, tmp_path, es
):
    ledger = [s.model_copy(update={"schedule": "@yearly"}) for s in sample_feed_sources if s.id == "hague-ledger"]
    env = airflow_env(airflow_home, CASEFILE_SOURCES=str(write_sources(tmp_path / "sources.yaml", ledger)), CASEFILE_BATCH_SIZE="3")
    alias = casefile_env["alias"]

    def run_intervals() -> list[int]:
        counts = []
        for year in (2023, 2024, 2025):  # a manual run of logical date D covers the interval that ends at D
            result = subprocess.run(
                [AIRFLOW, "dags", "test", "casefile_hague_ledger", f"{year}-01-01"], env=env, capture_output=True, text=True, timeout=900
            )
            assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
            es.indices.refresh(index=alias)
            counts.append(es.count(index=alias)["count"])
        return counts

    first = run_intervals()
    assert first[0] < first[1] < first[2], f"each interval adds its own year's articles: {first}"
    years = {h["_source"]["published_at"][:4] for h in es.search(index=alias, size=100)["hits"]["hits"]}
    assert years == {"2022", "2023", "2024"}, (first, sorted((h["_source"]["published_at"], h["_source"]["url"][-40:]) for h in es.search(index=alias, size=100)["hits"]["hits"]))
    assert run_intervals() == [first[2]] * 3
    reports = es.search(index=f"{alias}-runs", size=20)["hits"]["hits"]
    assert len(reports) == 6 and all(r["_source"]["duration_seconds"] > 0 for r in reports)


def test_reindex_under_concurrent_searches_loses_no_search(es, alias, sample_feed_sources):
    run_sources(es, sample_feed_sources, alias)
    expected = es.count(index=alias)["count"]
    outcomes, stop = [], threading.Event()

    def search_loop():
        while not stop.is_set():
            try:
                outcomes.append(es.search(index=alias, query={"match_all": {}}, size=0, track_total_hits=True)["hits"]["total"]["value"])
            except Exception as err:  # any failed search is the defect this test looks for
                outcomes.append(err)

    searcher = threading.Thread(target=search_loop)
    searcher.start()
    try:
        result = reindex(es, alias)
    finally:
        time.sleep(0.2)
        stop.set()
        searcher.join()
    assert result == {"from": f"{alias}-v1", "to": f"{alias}-v2", "documents": expected}
    assert len(outcomes) > 5 and all(outcome == expected for outcome in outcomes), set(map(str, outcomes))
    assert indices_behind(es, alias) == [f"{alias}-v2"]
    assert es.indices.exists(index=f"{alias}-v1"), "the previous version is kept until told"
    assert delete_previous_versions(es, alias) == [f"{alias}-v1"]
    assert not es.indices.exists(index=f"{alias}-v1")


def test_one_function_resolves_the_connection_for_cli_and_dags(monkeypatch):
    monkeypatch.setenv("ES_URL", "http://127.0.0.1:9201")
    monkeypatch.setenv("ES_USERNAME", "cli")
    monkeypatch.setenv("ES_PASSWORD", "secret")
    monkeypatch.delenv("AIRFLOW_CONN_ELASTICSEARCH_DEFAULT", raising=False)
    cli = EsConfig(url="http://127.0.0.1:9201", username="cli", password="secret")
    assert resolve_config() == cli
    assert resolve_config(airflow_conn_id="elasticsearch_default") == cli, "no Airflow connection: the environment"
    monkeypatch.setenv("AIRFLOW_CONN_ELASTICSEARCH_DEFAULT", "elasticsearch://dag:p%40ss@es.internal:9243?scheme=https&verify_certs=false")
    assert resolve_config(airflow_conn_id="elasticsearch_default") == EsConfig(
        url="https://es.internal:9243", username="dag", password="p@ss", verify_certs=False
    )
    assert resolve_config() == cli, "the CLI keeps using the environment"


def backfill_command(sources_file: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "etl.cli", "backfill", "--sources", str(sources_file), "--source", "hague-ledger",
            "--since", "2022-01-01", "--until", "2024-12-31", "--batch-size", "2", *extra]


def test_backfill_killed_midway_resumes_to_the_same_documents(casefile_env, sample_feed_sources, tmp_path, es, monkeypatch):
    # A slow rate limit keeps the run long enough to kill it between batches.
    ledger = [s.model_copy(update={"politeness": s.politeness.model_copy(update={"requests_per_second": 2})}) for s in sample_feed_sources if s.id == "hague-ledger"]
    sources_file = write_sources(tmp_path / "sources.yaml", ledger)
    alias = casefile_env["alias"]
    journal = casefile_env["home"] / "backfills" / f"{alias}-hague-ledger-2022-01-01-2024-12-31" / "done"

    process = subprocess.Popen(backfill_command(sources_file), env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 300
    while not (journal.exists() and list(journal.glob("*.json"))) and time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_at_kill = len(list(journal.glob("*.json")))
    plan = json.loads((journal.parent / "plan.json").read_text())
    assert 0 < done_at_kill < len(plan["lead_files"]), "killed midway"

    resumed = subprocess.run(backfill_command(sources_file), env=os.environ.copy(), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    es.indices.refresh(index=alias)
    resumed_ids = sorted(h["_id"] for h in es.search(index=alias, size=100)["hits"]["hits"])

    other_alias = f"{alias}-clean"
    monkeypatch.setenv("CASEFILE_INDEX", other_alias)
    try:
        clean = subprocess.run(backfill_command(sources_file), env=os.environ.copy(), capture_output=True, text=True, timeout=600)
        assert clean.returncode == 0, clean.stderr
        es.indices.refresh(index=other_alias)
        clean_ids = sorted(h["_id"] for h in es.search(index=other_alias, size=100)["hits"]["hits"])
    finally:
        for name in es.indices.get(index=f"{other_alias}*"):
            es.indices.delete(index=name)
        es.indices.delete_index_template(name=other_alias)
    assert resumed_ids == clean_ids and len(clean_ids) >= 8


def test_airflow_backfill_create_plans_runs_of_a_source_dag(airflow_home, sample_feed_sources, tmp_path):
    ledger = [s.model_copy(update={"schedule": "@monthly"}) for s in sample_feed_sources if s.id == "hague-ledger"]
    env = airflow_env(airflow_home, CASEFILE_SOURCES=str(write_sources(tmp_path / "sources.yaml", ledger)))
    subprocess.run([AIRFLOW, "dags", "reserialize"], env=env, check=True, capture_output=True, timeout=600)
    result = subprocess.run(
        [AIRFLOW, "backfill", "create", "--dag-id", "casefile_hague_ledger", "--from-date", "2023-01-01", "--to-date", "2023-06-30", "--dry-run"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    planned = [line for line in result.stdout.splitlines() if line.startswith("| 2023-")]
    assert len(planned) >= 5, result.stdout  # one run per month of the window


def test_reindex_with_enrich_brings_indexed_documents_up_to_the_current_enrichment(es, alias, sample_feed_sources):
    run_sources(es, sample_feed_sources, alias)
    es.indices.refresh(index=alias)
    hits = es.search(index=alias, query={"match_all": {}}, size=100)["hits"]["hits"]
    enriched = {hit["_id"]: hit["_source"]["entities"] for hit in hits}
    assert any(enriched.values()), "the sample documents name people, courts and places"
    # Documents as an older enrichment stage left them: no entities, no dates.
    stale = [{"_op_type": "update", "_index": alias, "_id": doc_id, "doc": {"entities": [], "entity_names": {}, "dates": []}} for doc_id in enriched]
    helpers.bulk(es, stale, refresh=True)
    result = reindex(es, alias, transform=reenrich)
    es.indices.refresh(index=alias)
    after = {hit["_id"]: hit["_source"]["entities"] for hit in es.search(index=alias, query={"match_all": {}}, size=100)["hits"]["hits"]}
    assert result["documents"] == len(enriched) and after == enriched
