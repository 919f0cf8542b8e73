"""Secrets a source needs (API tokens), looked up where `credentials` says: an environment
variable, or an Airflow connection (its password, or `token` in its extra). Never stored in
sources.yaml, never logged."""

from __future__ import annotations

import os

from etl.sources import Credentials


class SecretUnavailable(RuntimeError):
    pass


def _from_airflow(conn_id: str, source_id: str) -> str | None:
    try:
        from airflow.sdk import BaseHook
        from airflow.sdk.exceptions import AirflowNotFoundException
    except ImportError as err:
        raise SecretUnavailable(f"source {source_id!r}: credentials.airflow_connection needs Airflow installed") from err
    try:
        conn = BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        return None
    return conn.password or conn.extra_dejson.get("token")


def resolve_secret(credentials: Credentials, source_id: str) -> str:
    """The secret, or `SecretUnavailable` naming the source and where it was looked for."""
    if credentials.env:
        secret = os.environ.get(credentials.env)
        where = f"environment variable {credentials.env} (credentials.env)"
    elif credentials.airflow_connection:
        secret = _from_airflow(credentials.airflow_connection, source_id)
        where = f"Airflow connection {credentials.airflow_connection!r} (credentials.airflow_connection; its password or extra 'token')"
    else:
        raise SecretUnavailable(f"source {source_id!r}: credentials names neither env nor airflow_connection")
    if not secret:
        raise SecretUnavailable(f"source {source_id!r}: no secret in {where}")
    return secret
