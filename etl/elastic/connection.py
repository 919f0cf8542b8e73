"""The Elasticsearch connection, resolved the same way for the CLI and the DAGs:

1. in Airflow tasks, the Airflow connection `elasticsearch_default` (through the
   Elasticsearch provider's hook) when it is defined;
2. `ES_URL` (+ `ES_API_KEY` or `ES_USERNAME`/`ES_PASSWORD`, `ES_VERIFY_CERTS=false` to opt
   out of TLS verification);
3. the local node that `casefile es start` manages.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions

from etl.elastic import local_node


_FALSE = {"0", "false", "no"}


class ElasticsearchUnavailable(RuntimeError):
    """Raised with one sentence an operator can act on."""


@dataclass(frozen=True)
class EsConfig:
    url: str
    api_key: str | None = None
    username: str | None = None
    password: str | None = None
    verify_certs: bool = True


def config_from_env() -> EsConfig | None:
    url = os.environ.get("ES_URL")
    if not url:
        return None
    return EsConfig(
        url=url,
        api_key=os.environ.get("ES_API_KEY"),
        username=os.environ.get("ES_USERNAME"),
        password=os.environ.get("ES_PASSWORD"),
        verify_certs=os.environ.get("ES_VERIFY_CERTS", "true").lower() not in _FALSE,
    )


AIRFLOW_CONNECTION = "elasticsearch_default"


def config_from_airflow(conn_id: str = AIRFLOW_CONNECTION) -> EsConfig | None:
    """The Airflow connection `conn_id`, or None when Airflow or the connection is absent.

    Host, port, login and password as usual; `extra` may hold `scheme` (http/https),
    `api_key` and `verify_certs`."""
    try:
        from airflow.providers.elasticsearch.hooks.elasticsearch import ElasticsearchSQLHook
        from airflow.sdk.exceptions import AirflowNotFoundException
    except ImportError:
        return None
    try:
        conn = ElasticsearchSQLHook.get_connection(conn_id)
    except AirflowNotFoundException:
        return None
    extra = conn.extra_dejson
    schemes = [extra.get("scheme"), conn.schema, conn.conn_type]
    scheme = next((s for s in schemes if s in {"http", "https"}), "http")
    return EsConfig(
        url=f"{scheme}://{conn.host}:{conn.port or 9200}",
        api_key=extra.get("api_key"),
        username=conn.login or None,
        password=conn.password or None,
        verify_certs=str(extra.get("verify_certs", "true")).lower() not in _FALSE,
    )


def local_config(start: bool) -> EsConfig | None:
    node = local_node.start() if start else local_node.running()
    if node is None:
        return None
    return EsConfig(url=node.url, username=node.username, password=node.password)


def resolve_config(start_local: bool = False, airflow_conn_id: str | None = None) -> EsConfig:
    """The one place that decides which cluster casefile talks to (order in the module doc)."""
    config = (airflow_conn_id and config_from_airflow(airflow_conn_id)) or config_from_env() or local_config(start_local)
    if config is None:
        raise ElasticsearchUnavailable(
            "No Elasticsearch configured: set ES_URL (see README) or run `casefile es start`."
        )
    return config


def client_for(config: EsConfig) -> Elasticsearch:
    options: dict = {"request_timeout": 30, "verify_certs": config.verify_certs}
    if config.api_key:
        options["api_key"] = config.api_key
    elif config.username:
        options["basic_auth"] = (config.username, config.password or "")
    return Elasticsearch(config.url, **options)


def connect(start_local: bool = False, airflow_conn_id: str | None = None) -> Elasticsearch:
    """A client that has answered once; otherwise `ElasticsearchUnavailable` naming the URL."""
    config = resolve_config(start_local, airflow_conn_id)
    client = client_for(config)
    try:
        client.info()
    except es_exceptions.AuthenticationException as err:
        raise ElasticsearchUnavailable(f"Elasticsearch at {config.url} refused the credentials: {err.message}") from err
    except (es_exceptions.ConnectionError, es_exceptions.ConnectionTimeout) as err:
        raise ElasticsearchUnavailable(f"Elasticsearch at {config.url} is unreachable: {err.message}") from err
    return client
