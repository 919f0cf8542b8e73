"""Shared fixtures. Integration tests talk to a real Elasticsearch node: the cluster at
ES_URL when set, otherwise the local node (started once per test session, reused after)."""

from __future__ import annotations

import os
import tempfile
import uuid

import pytest

# Airflow reads its home when first imported (DagBag in test_orchestration): keep it out of ~/airflow.
os.environ.setdefault("AIRFLOW_HOME", tempfile.mkdtemp(prefix="casefile-airflow-"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")

from etl.elastic import local_node
from etl.elastic.connection import EsConfig, client_for, config_from_env
from etl.sample_site.server import sample_sources, serve_sample_site

# The local node stays where it always is, reused across sessions; everything else a test
# run writes (captures, conditional-GET state, batches, backfill journals) goes to a
# session folder, so no run sees another's "unchanged" pages.
NODE_CACHE = local_node.node_root().parent
os.environ["CASEFILE_HOME"] = tempfile.mkdtemp(prefix="casefile-home-")


@pytest.fixture(scope="session")
def node_cache():
    return NODE_CACHE


@pytest.fixture(scope="session")
def es_config() -> EsConfig:
    config = config_from_env()
    if config is None:
        node = local_node.start(NODE_CACHE)
        config = EsConfig(url=node.url, username=node.username, password=node.password)
    return config


@pytest.fixture(scope="session")
def es(es_config):
    return client_for(es_config)


@pytest.fixture
def alias(es):
    """A fresh index alias for one test; its indices and template are removed afterwards."""
    name = f"casefile-test-{uuid.uuid4().hex[:8]}"
    yield name
    created = list(es.indices.get(index=f"{name}-*", expand_wildcards="all"))
    if created:
        es.indices.delete(index=",".join(created))  # by name: the node refuses wildcard deletes
    if es.indices.exists_index_template(name=name):
        es.indices.delete_index_template(name=name)


@pytest.fixture
def casefile_env(monkeypatch, tmp_path, es_config, alias):
    """Environment for CLI and DAG runs: this cluster, this test's alias, a private state folder."""
    monkeypatch.setenv("ES_URL", es_config.url)
    monkeypatch.setenv("ES_USERNAME", es_config.username or "")
    monkeypatch.setenv("ES_PASSWORD", es_config.password or "")
    monkeypatch.setenv("CASEFILE_INDEX", alias)
    monkeypatch.setenv("CASEFILE_HOME", str(tmp_path / "home"))
    return {"alias": alias, "home": tmp_path / "home"}


@pytest.fixture(scope="session")
def sample_site():
    with serve_sample_site() as base_url:
        yield base_url


@pytest.fixture
def sample_feed_sources(sample_site):
    return sample_sources(sample_site)


@pytest.fixture(scope="session")
def fixture_site():
    """Base URL of tests/fixtures/site, the connector fixtures, served over loopback."""
    from fixtures.server import serve_fixture_site

    with serve_fixture_site() as base_url:
        yield base_url
