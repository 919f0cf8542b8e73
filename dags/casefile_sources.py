"""One DAG per source in sources.yaml: casefile_<source id>.

    plan ─► fetch_extract ─► enrich ─► dedupe_index ─► report
            (both mapped over batches)

Only wiring: each task calls one `etl.runs` function. `fetch_extract` runs fetch →
extract → language for one batch, `enrich` adds entities and dates, `dedupe_index` runs
exact and near-duplicate detection and indexing over the batches in order (so copies
resolve the same way on every run).
Batches travel as files (CASEFILE_BATCH_URL, any fsspec URL); XComs carry paths and counts.
A broken sources.yaml fails this file's import with one message naming the file, source
and field.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pendulum
from airflow.sdk import CronDataIntervalTimetable, dag, get_current_context, task

from etl import batches, runs
from etl.elastic.connection import connect
from etl.settings import index_alias
from etl.sources import Source, load_sources

SOURCES_FILE = Path(os.environ.get("CASEFILE_SOURCES", Path(__file__).resolve().parents[1] / "sources.yaml"))
BATCH_SIZE = int(os.environ.get("CASEFILE_BATCH_SIZE", "50"))
AIRFLOW_CONNECTION = "elasticsearch_default"


def run_context() -> tuple[str, runs.Interval]:
    context = get_current_context()
    return context["run_id"], runs.Interval(context["data_interval_start"], context["data_interval_end"])


def elasticsearch():
    return connect(airflow_conn_id=AIRFLOW_CONNECTION)


def dag_id(source: Source) -> str:
    return f"casefile_{source.id.replace('-', '_')}"


def source_dag(source: Source):
    @dag(
        dag_id=dag_id(source),
        # Data intervals, not bare trigger times: each run owns [start, end) of the source.
        schedule=CronDataIntervalTimetable(source.schedule, timezone="UTC"),
        start_date=pendulum.datetime(2000, 1, 1, tz="UTC"),  # before any backfill an operator may ask for
        catchup=False,
        max_active_runs=1,  # runs of one source share its failure records and politeness budget
        tags=["casefile", source.kind, source.type],
        default_args={
            "owner": "casefile",
            "retries": 3,
            "retry_delay": pendulum.duration(minutes=2),
            "retry_exponential_backoff": True,
        },
        doc_md=f"Collects source `{source.id}` ({source.type}, {source.kind}) listed in {SOURCES_FILE}.",
    )
    def source_pipeline():
        @task
        def plan() -> dict:
            run_id, interval = run_context()
            folder = batches.batch_dir(f"{source.id}-{run_id}")
            return {**runs.plan(elasticsearch(), source, index_alias(), folder, interval, BATCH_SIZE), "started": time.time()}

        @task
        def lead_files(planned: dict) -> list[str]:
            return planned["lead_files"]

        @task
        def fetch_extract(lead_file: str) -> dict:
            return runs.collect(source, lead_file)

        @task
        def enrich(collected: dict) -> dict:
            return runs.enrich(collected)

        @task
        def dedupe_index(planned: dict, enriched: list[dict]) -> list[dict]:
            return runs.index_all(elasticsearch(), source, index_alias(), planned, list(enriched))

        @task
        def report(planned: dict, summaries: list[dict]) -> dict:
            run_id, interval = run_context()
            result = runs.make_report(source.id, run_id, interval, planned, summaries, planned["started"])
            runs.record_report(elasticsearch(), index_alias(), result)
            for failure in result["failures"]:
                print(f"failed {failure}")
            return {k: v for k, v in result.items() if k != "failures"}

        planned = plan()
        enriched = enrich.expand(collected=fetch_extract.expand(lead_file=lead_files(planned)))
        report(planned, dedupe_index(planned, enriched))

    return source_pipeline()


for _source in load_sources(SOURCES_FILE):
    globals()[dag_id(_source)] = source_dag(_source)
