"""A run of one source over one data interval, as steps that hand batch files to each other.

The per-source DAGs run these steps as tasks (collect mapped over batches, so a source with
10,000 new documents fans out across workers); `casefile backfill` runs the same steps in
one process with a journal, so it can resume.

    plan ─► collect (per batch) ─► enrich (per batch) ─► index (batches in order) ─► report
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from elasticsearch import Elasticsearch

from etl import batches
from etl.elastic.index import MAPPINGS_DIR
from etl.failures import Failure
from etl.fetch import Lead
from etl.enrich import enrich as enrich_document
from etl.pipeline import Batch, RunSummary, build_documents, finish_run, start_run
from etl.sources import Source

COUNTS = ("discovered", "fetched", "unchanged", "extracted", "duplicates", "indexed", "failed")


@dataclass(frozen=True)
class Interval:
    """The half-open data interval [start, end) a run is responsible for."""

    start: datetime
    end: datetime

    def admits(self, lead: Lead) -> bool:
        """A lead dated inside the interval, or one whose date the source did not give
        (it cannot be placed, so every run takes it; stable ids make that harmless)."""
        published = lead.hints.get("published_at")
        if not published:
            return True
        moment = datetime.fromisoformat(str(published).replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return self.start <= moment < self.end


def plan(client: Elasticsearch, source: Source, alias: str, run_dir: str, interval: Interval | None, batch_size: int) -> dict:
    """Discover the leads of `interval` (plus last runs' failures) and split them into batch files."""
    leads, failures = start_run(client, source, alias, since=interval.start if interval else None)
    if interval:
        leads = [lead for lead in leads if interval.admits(lead)]
    lead_files = [
        batches.write_leads(f"{run_dir}/leads-{number:05d}.jsonl", leads[offset : offset + batch_size])
        for number, offset in enumerate(range(0, len(leads), batch_size))
    ]
    return {
        "source": source.id,
        "lead_files": lead_files,
        "discover_failures": batches.write_failures(f"{run_dir}/discover-failures.jsonl", failures),
        "discovered": len(leads),
    }


def collect(source: Source, lead_file: str) -> dict:
    """fetch → extract → language for one batch of leads."""
    batch = build_documents(source, batches.read_leads(lead_file))
    stem = lead_file.removesuffix(".jsonl").replace("/leads-", "/documents-")
    return {
        "lead_file": lead_file,
        "documents": batches.write_documents(f"{stem}.jsonl", batch.documents),
        "failures": batches.write_failures(f"{stem}.failures.jsonl", batch.failures),
        "fetched": batch.fetched,
        "unchanged": batch.unchanged,
    }


def enrich(collected: dict) -> dict:
    """entities and dates for one collected batch, in place of its documents file."""
    documents = [enrich_document(document) for document in batches.read_documents(collected["documents"])]
    batches.write_documents(collected["documents"], documents)
    return collected


def index_batch(client: Elasticsearch, source: Source, alias: str, collected: dict, earlier_failures: list[Failure] = ()) -> dict:
    """dedupe → index for one collected batch; records its failures."""
    batch = Batch(
        batches.read_documents(collected["documents"]),
        batches.read_failures(collected["failures"]),
        collected["fetched"],
        collected["unchanged"],
    )
    summary = finish_run(client, source, alias, batches.read_leads(collected["lead_file"]), batch, list(earlier_failures))
    return summary_dict(summary)


def index_all(client: Elasticsearch, source: Source, alias: str, planned: dict, collected: list[dict]) -> list[dict]:
    """Index batches in plan order, so duplicates resolve the same way on every run."""
    discover_failures = batches.read_failures(planned["discover_failures"])
    order = {path: n for n, path in enumerate(planned["lead_files"])}
    summaries = []
    for n, step in enumerate(sorted(collected, key=lambda c: order[c["lead_file"]])):
        summaries.append(index_batch(client, source, alias, step, discover_failures if n == 0 else ()))
    if not collected and discover_failures:
        summaries.append(summary_dict(finish_run(client, source, alias, [], Batch(), discover_failures)))
    return summaries


def summary_dict(summary: RunSummary) -> dict:
    return {
        **{name: getattr(summary, name) for name in COUNTS},
        "failures": [f"{f.stage}: {f.url}: {f.reason}" for f in summary.failures],
    }


def totals(summaries: list[dict]) -> dict:
    result = {name: sum(s[name] for s in summaries) for name in COUNTS if name != "discovered"}
    result["failures"] = [failure for s in summaries for failure in s["failures"]]
    return result


def record_report(client: Elasticsearch, alias: str, report: dict) -> dict:
    """Keep the run's report in `<alias>-runs` (counts, failures, duration), for operators and Kibana."""
    index = f"{alias}-runs"
    if not client.indices.exists(index=index):
        mapping = json.loads((MAPPINGS_DIR / "runs.json").read_text())["mappings"]
        client.indices.create(index=index, mappings=mapping)
    client.index(index=index, id=f"{report['source']}:{report['run_id']}", document=report, refresh=True)
    return report


def make_report(source_id: str, run_id: str, interval: Interval | None, planned: dict, summaries: list[dict], started: float) -> dict:
    return {
        "source": source_id,
        "run_id": run_id,
        "interval_start": interval.start.isoformat() if interval else None,
        "interval_end": interval.end.isoformat() if interval else None,
        "discovered": planned["discovered"],
        **totals(summaries),
        "finished_at": datetime.now(timezone.utc).isoformat(),
        "duration_seconds": round(time.time() - started, 3),
    }


