"""casefile_reindex: build the next index version from mappings/, copy the documents and
switch the alias atomically; the previous version is kept until a run sets
`delete_previous`; `enrich` re-enriches every document on the way. Triggered by hand (no
schedule), e.g. after a mapping change or an improved enrichment stage.

Only wiring over `etl.elastic.reindex`, the same functions as `casefile reindex`.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, get_current_context, task

from etl.elastic.connection import connect
from etl.elastic.reindex import delete_previous_versions, reindex
from etl.enrich import reenrich
from etl.settings import index_alias


@dag(
    dag_id="casefile_reindex",
    schedule=None,
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["casefile", "maintenance"],
    default_args={"owner": "casefile", "retries": 0},
    params={
        "delete_previous": Param(False, type="boolean", description="Delete the versions the alias no longer points to"),
        "enrich": Param(False, type="boolean", description="Find entities and dates again with the current code while copying"),
    },
    doc_md=__doc__,
)
def casefile_reindex():
    @task
    def switch_to_next_version() -> dict:
        client = connect(airflow_conn_id="elasticsearch_default")
        params = get_current_context()["params"]
        result = reindex(client, index_alias(), transform=reenrich if params["enrich"] else None)
        if params["delete_previous"]:
            result["deleted"] = delete_previous_versions(client, index_alias())
        return result

    switch_to_next_version()


casefile_reindex()
