"""The stages chained: discover → fetch → extract → language → dedupe → index.

Each function here is one task of the Airflow DAG and one step of `casefile run`; a
failure of one address is recorded with its stage and reason, and the run goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from elasticsearch import Elasticsearch

from etl.connectors import Connector, DiscoverError, connector_for
from etl.dedupe import dedupe_exact
from etl.document import Document
from etl.elastic.index import ensure_index, ids_by_content_hash, index_documents
from etl.extract import ExtractError, extract
from etl.failures import Failure, FailureStore
from etl.fetch import FetchError, HttpFetcher, Lead
from etl.language import with_language
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


@dataclass
class RunSummary:
    sources: list[str] = field(default_factory=list)
    discovered: int = 0
    fetched: int = 0
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
        for name in ("discovered", "fetched", "extracted", "duplicates", "indexed", "failed", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures += other.failures


def fetcher_for(source: Source) -> HttpFetcher:
    politeness = source.politeness
    return HttpFetcher(politeness.connect_timeout, politeness.read_timeout, politeness.max_bytes)


def discover(source: Source, retry: Iterable[Failure] = ()) -> tuple[list[Lead], list[Failure]]:
    """The source's current leads plus the addresses that failed last time."""
    connector = connector_for(source)
    leads, failures = [], []
    try:
        leads = list(connector.discover(fetcher_for(source)))
    except (DiscoverError, FetchError) as err:
        failures.append(Failure(url=source.entry_urls[0] if source.entry_urls else source.id, source=source.id, stage="discover", reason=str(err)))
    seen = {lead.url for lead in leads}
    for failure in retry:
        if failure.stage != "discover" and failure.url not in seen:
            leads.append(Lead(url=failure.url, source=source.id, hints=failure.hints))
    return leads, failures


def build_document(lead: Lead, source: Source, connector: Connector, fetcher: HttpFetcher, batch: Batch) -> None:
    """fetch → extract → language for one lead, into `batch` as a document or a failure."""
    try:
        raw = connector.retrieve(lead, fetcher)
    except FetchError as err:
        batch.failures.append(Failure(url=lead.url, source=source.id, stage="fetch", reason=err.reason, hints=lead.hints))
        return
    batch.fetched += 1
    try:
        document = extract(raw, lead, kind=source.kind)
    except ExtractError as err:
        batch.failures.append(Failure(url=lead.url, source=source.id, stage="extract", reason=str(err), hints=lead.hints))
        return
    batch.documents.append(with_language(document, hint=source.language))


def build_documents(source: Source, leads: Iterable[Lead], progress: Progress = _no_progress) -> Batch:
    connector, fetcher, batch = connector_for(source), fetcher_for(source), Batch()
    for lead in leads:
        before = len(batch.failures)
        build_document(lead, source, connector, fetcher, batch)
        progress("failed" if len(batch.failures) > before else "extracted", 1)
    return batch


def dedupe_and_index(client: Elasticsearch, alias: str, documents: list[Document]) -> tuple[list[str], list[Document], dict[str, str]]:
    """Returns (indexed ids, duplicates, {url: indexing error})."""
    unique, duplicates = dedupe_exact(documents, known=lambda hashes: ids_by_content_hash(client, alias, hashes))
    result = index_documents(client, unique, alias)
    return result.indexed, duplicates, result.errors


def start_run(client: Elasticsearch, source: Source, alias: str) -> tuple[list[Lead], list[Failure]]:
    """Prepare the index and discover what to collect, including last run's failures."""
    ensure_index(client, alias)
    store = FailureStore(client, alias)
    store.ensure()
    return discover(source, retry=store.pending(source.id))


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
    batch = build_documents(source, leads, progress)
    summary = finish_run(client, source, alias, leads, batch, failures)
    summary.seconds = time.monotonic() - started
    return summary


def run_sources(client: Elasticsearch, sources: Iterable[Source], alias: str, progress: Progress = _no_progress) -> RunSummary:
    summary = RunSummary()
    for source in sources:
        summary.add(run_source(client, source, alias, progress))
    return summary
