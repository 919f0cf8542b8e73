"""`casefile backfill`: the DAG's steps for one source over [since, until), in one process,
without a scheduler — and resumable.

A journal folder under CASEFILE_HOME/backfills/ keeps the plan (the batch files of leads)
and a marker per indexed batch. Interrupted at any point (Ctrl-C, a killed process,
Elasticsearch down), the same command picks up at the first batch not marked done; a batch
half-indexed before the interruption is indexed again, which is harmless because document
ids are stable. Nothing is lost, nothing is duplicated.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from elasticsearch import Elasticsearch

from etl import batches, runs
from etl.settings import casefile_home
from etl.sources import Source

Progress = Callable[[str, int, int], None]  # (stage, batches done, batches in all)


def journal_dir(source_id: str, since: date, until: date, alias: str) -> Path:
    return casefile_home() / "backfills" / f"{alias}-{source_id}-{since.isoformat()}-{until.isoformat()}"


def interval(since: date, until: date) -> runs.Interval:
    """[since, until] as whole days: until is inclusive, as an operator says it."""
    start = datetime.combine(since, datetime.min.time(), tzinfo=timezone.utc)
    return runs.Interval(start, datetime.combine(until + timedelta(days=1), datetime.min.time(), tzinfo=timezone.utc))


def backfill(
    client: Elasticsearch, source: Source, alias: str, since: date, until: date, batch_size: int = 50,
    progress: Progress = lambda stage, done, total: None,
) -> dict:
    """Run (or resume) the backfill; returns the run report."""
    started = time.time()
    journal = journal_dir(source.id, since, until, alias)
    done_dir = journal / "done"
    done_dir.mkdir(parents=True, exist_ok=True)
    plan_file = journal / "plan.json"
    window = interval(since, until)
    if plan_file.exists():
        planned = json.loads(plan_file.read_text())
    else:
        planned = runs.plan(client, source, alias, str(journal), window, batch_size)
        plan_file.write_text(json.dumps(planned))  # written last: a plan on disk is a whole plan
    summaries = [json.loads(p.read_text()) for p in sorted(done_dir.glob("*.json"))]
    lead_files = planned["lead_files"]
    progress("index", len(summaries), len(lead_files))
    for number, lead_file in enumerate(lead_files):
        marker = done_dir / f"{number:05d}.json"
        if marker.exists():
            continue
        collected = runs.enrich(runs.collect(source, lead_file))
        earlier = batches.read_failures(planned["discover_failures"]) if number == 0 else []
        summary = runs.index_batch(client, source, alias, collected, earlier)
        marker.write_text(json.dumps(summary))
        summaries.append(summary)
        progress("index", len(summaries), len(lead_files))
    return runs.make_report(source.id, f"backfill-{since}-{until}", window, planned, summaries, started)
