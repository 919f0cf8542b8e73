"""The stages chained: discover → fetch → extract → language → dedupe → index.

Each function here is one task of the Airflow DAG and one step of `casefile run`; a
failure of one address is recorded with its stage and reason, and the run goes on.
"""

from __future__ import annotations

import time
from datetime import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from elasticsearch import Elasticsearch

from etl.connectors import Connector, DiscoverError, connector_for
from etl.dedupe import dedupe_exact
from etl.document import Document
from etl.elastic.index import ensure_index, ids_by_content_hash, index_documents
from etl.enrich import enrich
from etl.extract import ExtractError, extract
from etl.failures import Failure, FailureStore
from etl.fetch import FetchError, HttpFetcher, Lead
from etl.language import with_language
from etl.near_dupes import ElasticClusterStore, assign_clusters
from etl.sources import Source

Progress = Callable[[str, int], None]  # (event, amount): "fetched", "extracted", "failed", ...


def _no_progress(event: str, amount: int = 1) -> None:
    pass


@dataclass
class Batch:
    """What the fetch and extract stages produced for some leads."""

    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    fetched: int = 0
    unchanged: int = 0  # leads whose document, made from the same bytes, is already indexed: not processed again


@dataclass
class RunSummary:
    sources: list[str] = field(default_factory=list)
    discovered: int = 0
    fetched: int = 0
    unchanged: int = 0
    extracted: int = 0
    duplicates: int = 0
    indexed: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.indexed / self.seconds if self.seconds else 0.0

    def add(self, other: "RunSummary") -> None:
        self.sources += other.sources
        for name in ("discovered", "fetched", "unchanged", "extracted", "duplicates", "indexed", "failed", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures += other.failures


INDEXED_SHA256 = "indexed_sha256"  # hint: SHA-256 of the bytes the indexed document of this URL was built from


def fetcher_for(source: Source) -> HttpFetcher:
    return HttpFetcher.for_source(source)


def discover(source: Source, retry: Iterable[Failure] = (), since: datetime | None = None) -> tuple[list[Lead], list[Failure]]:
    """The source's current leads (changed since `since`, where the source can tell) plus
    the addresses that failed last time."""
    connector = connector_for(source)
    leads, failures = [], []
    try:
        leads = list(connector.discover(fetcher_for(source), since=since))
    except (DiscoverError, FetchError) as err:
        failures.append(Failure(url=source.entry_urls[0] if source.entry_urls else source.id, source=source.id, stage="discover", reason=str(err)))
    seen = {lead.url for lead in leads}
    for failure in retry:
        if failure.stage != "discover" and failure.url not in seen:
            leads.append(Lead(url=failure.url, source=source.id, hints=failure.hints))
    return leads, failures


def mark_indexed(client: Elasticsearch, alias: str, leads: list[Lead]) -> None:
    """Note on each lead the capture its indexed document was built from, if there is one:
    an unchanged resource whose document is already in this index is not processed again,
    while a fresh index, or a lead whose last processing failed, gets it processed."""
    urls = sorted({lead.url for lead in leads})
    indexed: dict[str, str] = {}
    for start in range(0, len(urls), 1000):
        chunk = urls[start : start + 1000]
        response = client.search(index=alias, query={"terms": {"url": chunk}}, source=["url", "capture.sha256"], size=len(chunk))
        for hit in response["hits"]["hits"]:
            digest = (hit["_source"].get("capture") or {}).get("sha256")
            if digest:
                indexed[hit["_source"]["url"]] = digest
    for lead in leads:
        lead.hints.pop(INDEXED_SHA256, None)
        if lead.url in indexed:
            lead.hints[INDEXED_SHA256] = indexed[lead.url]


def build_document(lead: Lead, source: Source, connector: Connector, fetcher: HttpFetcher, batch: Batch) -> None:
    """fetch → extract → language for one lead, into `batch` as a document or a failure."""
    try:
        raw = connector.retrieve(lead, fetcher)
    except FetchError as err:
        batch.failures.append(Failure(url=lead.url, source=source.id, stage="fetch", reason=err.reason, hints=lead.hints))
        return
    if raw.capture and raw.capture.sha256 == lead.hints.get(INDEXED_SHA256):
        batch.unchanged += 1  # the index holds the document made from these very bytes (web, file or WARC record)
        return
    batch.fetched += 1
    try:
        document = extract(raw, lead, kind=source.kind)
    except ExtractError as err:
        batch.failures.append(Failure(url=lead.url, source=source.id, stage="extract", reason=str(err), hints=lead.hints))
        return
    batch.documents.append(with_language(document, hint=source.language))


def enrich_batch(batch: Batch) -> Batch:
    """entities, dates (the enrichment stage) for every document of a batch."""
    batch.documents = [enrich(document) for document in batch.documents]
    return batch


def build_documents(source: Source, leads: Iterable[Lead], progress: Progress = _no_progress) -> Batch:
    connector, fetcher, batch = connector_for(source), fetcher_for(source), Batch()
    for lead in leads:
        failed, unchanged = len(batch.failures), batch.unchanged
        build_document(lead, source, connector, fetcher, batch)
        progress("failed" if len(batch.failures) > failed else "unchanged" if batch.unchanged > unchanged else "extracted", 1)
    return batch


def dedupe_and_index(client: Elasticsearch, alias: str, documents: list[Document]) -> tuple[list[str], list[Document], dict[str, str]]:
    """Returns (indexed ids, duplicates, {url: indexing error})."""
    unique, duplicates = dedupe_exact(documents, known=lambda hashes: ids_by_content_hash(client, alias, hashes))
    unique = assign_clusters(unique, ElasticClusterStore(client, alias))
    result = index_documents(client, unique, alias)
    return result.indexed, duplicates, result.errors


def start_run(client: Elasticsearch, source: Source, alias: str, since: datetime | None = None) -> tuple[list[Lead], list[Failure]]:
    """Prepare the index and discover what to collect, including last run's failures."""
    ensure_index(client, alias)
    store = FailureStore(client, alias)
    store.ensure()
    leads, failures = discover(source, retry=store.pending(source.id), since=since)
    mark_indexed(client, alias, leads)
    return leads, failures


def finish_run(
    client: Elasticsearch, source: Source, alias: str, leads: list[Lead], batch: Batch, failures: list[Failure]
) -> RunSummary:
    """De-duplicate and index the batch, then record failures and forget fixed ones."""
    indexed, duplicates, index_errors = dedupe_and_index(client, alias, batch.documents)
    failures = failures + batch.failures + [
        Failure(url=url, source=source.id, stage="index", reason=reason) for url, reason in index_errors.items()
    ]
    store = FailureStore(client, alias)
    failures = [store.record(failure) for failure in failures]
    failed_urls = {failure.url for failure in failures}
    store.clear([lead.url for lead in leads if lead.url not in failed_urls])
    return RunSummary(
        sources=[source.id],
        discovered=len(leads),
        fetched=batch.fetched,
        unchanged=batch.unchanged,
        extracted=len(batch.documents),
        duplicates=len(duplicates),
        indexed=len(indexed),
        failed=len(failures),
        failures=failures,
    )


def run_source(client: Elasticsearch, source: Source, alias: str, progress: Progress = _no_progress) -> RunSummary:
    started = time.monotonic()
    leads, failures = start_run(client, source, alias)
    progress("discovered", len(leads))
    batch = enrich_batch(build_documents(source, leads, progress))
    summary = finish_run(client, source, alias, leads, batch, failures)
    summary.seconds = time.monotonic() - started
    return summary


def run_sources(client: Elasticsearch, sources: Iterable[Source], alias: str, progress: Progress = _no_progress) -> RunSummary:
    summary = RunSummary()
    for source in sources:
        summary.add(run_source(client, source, alias, progress))
    return summary
