"""casefile_ingest: every source in sources.yaml through discover → build → index → report.

Only wiring: each task calls one etl function; batches travel as files, XComs are paths
and counts.
"""

from __future__ import annotations

import os
from pathlib import Path

import pendulum
from airflow.sdk import dag, get_current_context, task

SOURCES_FILE = Path(os.environ.get("CASEFILE_SOURCES", Path(__file__).resolve().parents[1] / "sources.yaml"))


@dag(
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["casefile"],
    default_args={"retries": 2, "retry_delay": pendulum.duration(minutes=5), "retry_exponential_backoff": True},
    doc_md=__doc__,
)
def casefile_ingest():
    @task
    def source_ids() -> list[str]:
        from etl.sources import load_sources

        return [source.id for source in load_sources(SOURCES_FILE)]

    @task
    def discover(source_id: str) -> dict:
        from etl.batches import batch_dir, write_failures, write_leads
        from etl.elastic.connection import connect
        from etl.pipeline import start_run
        from etl.settings import index_alias
        from etl.sources import source_by_id

        source = source_by_id(SOURCES_FILE, source_id)
        leads, failures = start_run(connect(), source, index_alias())
        folder = batch_dir(f"{get_current_context()['run_id']}-{source_id}")
        return {
            "source": source_id,
            "leads": str(write_leads(folder / "leads.jsonl", leads)),
            "failures": str(write_failures(folder / "discover-failures.jsonl", failures)),
        }

    @task
    def build(step: dict) -> dict:
        from etl.batches import read_leads, write_documents, write_failures
        from etl.pipeline import build_documents
        from etl.sources import source_by_id

        source = source_by_id(SOURCES_FILE, step["source"])
        batch = build_documents(source, read_leads(Path(step["leads"])))
        folder = Path(step["leads"]).parent
        return {
            **step,
            "documents": str(write_documents(folder / "documents.jsonl", batch.documents)),
            "build_failures": str(write_failures(folder / "build-failures.jsonl", batch.failures)),
            "fetched": batch.fetched,
        }

    @task
    def index(step: dict) -> dict:
        from etl.batches import read_documents, read_failures, read_leads
        from etl.elastic.connection import connect
        from etl.pipeline import Batch, finish_run
        from etl.settings import index_alias
        from etl.sources import source_by_id

        source = source_by_id(SOURCES_FILE, step["source"])
        batch = Batch(read_documents(Path(step["documents"])), read_failures(Path(step["build_failures"])), step["fetched"])
        summary = finish_run(
            connect(), source, index_alias(), read_leads(Path(step["leads"])), batch, read_failures(Path(step["failures"]))
        )
        return {
            "source": source.id,
            **{k: getattr(summary, k) for k in ("discovered", "fetched", "extracted", "duplicates", "indexed", "failed")},
            "failures": [f"{f.stage}: {f.url}: {f.reason}" for f in summary.failures],
        }

    @task
    def report(summaries: list[dict]) -> dict:
        totals = {k: sum(s[k] for s in summaries) for k in ("discovered", "fetched", "extracted", "duplicates", "indexed", "failed")}
        for summary in summaries:
            print(f"{summary['source']}: " + ", ".join(f"{k} {summary[k]}" for k in totals))
            for failure in summary["failures"]:
                print(f"  failed {failure}")
        return totals

    report(index.expand(step=build.expand(step=discover.expand(source_id=source_ids()))))


casefile_ingest()
