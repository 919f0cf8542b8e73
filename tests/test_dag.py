"""The Airflow DAG, run for real with `airflow dags test` against the real node."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
AIRFLOW = str(Path(sys.executable).parent / "airflow")


@pytest.fixture(scope="module")
def airflow_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("airflow")
    env = airflow_env(home)
    subprocess.run([AIRFLOW, "db", "migrate"], env=env, check=True, capture_output=True, timeout=600)
    return home


def airflow_env(home: Path, **extra) -> dict:
    return {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        **extra,
    }


def test_ingest_dag_indexes_the_sample_site(airflow_home, casefile_env, sample_feed_sources, tmp_path, es):
    sources_file = tmp_path / "sources.yaml"
    sources_file.write_text(yaml.safe_dump({"sources": [s.model_dump(mode="json", exclude_defaults=True) | {"allow_private": True} for s in sample_feed_sources]}))
    env = airflow_env(airflow_home, CASEFILE_SOURCES=str(sources_file))
    result = subprocess.run(
        [AIRFLOW, "dags", "test", "casefile_ingest", "2024-06-01"], env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    alias = casefile_env["alias"]
    es.indices.refresh(index=alias)
    hits = es.search(index=alias, query={"match": {"text": "provisional measures"}}, size=50)["hits"]["hits"]
    assert {h["_source"]["source"] for h in hits} >= {"hague-ledger", "court-decisions"}
    assert es.count(index=alias)["count"] >= 12
