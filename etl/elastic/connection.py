"""The Elasticsearch connection: `ES_URL` (+ `ES_API_KEY` or `ES_USERNAME`/`ES_PASSWORD`,
`ES_VERIFY_CERTS=false` to opt out of TLS verification), or else the local node
that `casefile es start` manages."""

from __future__ import annotations

import os
from dataclasses import dataclass

from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions

from etl.elastic import local_node


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
        verify_certs=os.environ.get("ES_VERIFY_CERTS", "true").lower() not in {"0", "false", "no"},
    )


def local_config(start: bool) -> EsConfig | None:
    node = local_node.start() if start else local_node.running()
    if node is None:
        return None
    return EsConfig(url=node.url, username=node.username, password=node.password)


def resolve_config(start_local: bool = False) -> EsConfig:
    config = config_from_env() or local_config(start_local)
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


def connect(start_local: bool = False) -> Elasticsearch:
    """A client that has answered once; otherwise `ElasticsearchUnavailable` naming the URL."""
    config = resolve_config(start_local)
    client = client_for(config)
    try:
        client.info()
    except es_exceptions.AuthenticationException as err:
        raise ElasticsearchUnavailable(f"Elasticsearch at {config.url} refused the credentials: {err.message}") from err
    except (es_exceptions.ConnectionError, es_exceptions.ConnectionTimeout) as err:
        raise ElasticsearchUnavailable(f"Elasticsearch at {config.url} is unreachable: {err.message}") from err
    return client
