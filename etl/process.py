"""Every stage except indexing, for ad-hoc inputs (`casefile process`): local files or URLs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etl.dedupe import dedupe_exact
from etl.document import Document
from etl.enrich import enrich
from etl.extract import ExtractError, extract
from etl.fetch import FetchError, HttpFetcher, Lead, read_local_file
from etl.language import with_language
from etl.near_dupes import MemoryClusterStore, assign_clusters, follow_originals


@dataclass
class InputError:
    input: str
    reason: str


def process_one(item: str, url: str | None = None, source: str = "adhoc", kind: str = "auto") -> Document:
    """One local path or URL through fetch → extract → language → enrich. Raises FetchError/ExtractError."""
    if item.startswith(("http://", "https://")):
        raw = HttpFetcher(source=source).get(item)
    elif "://" in item:
        raise FetchError(item, "only http and https URLs, or local paths, can be processed")
    else:
        raw = read_local_file(Path(item), url=url)
    document = extract(raw, Lead(url=raw.url, source=source), kind=kind)
    return enrich(with_language(document))


def process_inputs(items: list[str], url: str | None = None, source: str = "adhoc", kind: str = "auto") -> list[Document | InputError]:
    """Results in input order; batch stages (de-duplication, near-duplicate clusters) run across all inputs as in a run."""
    if url and len(items) != 1:
        raise ValueError("--url gives the original address of a single local file")
    results: list[Document | InputError] = []
    for item in items:
        try:
            results.append(process_one(item, url=url, source=source, kind=kind))
        except (FetchError, ExtractError) as err:
            results.append(InputError(item, getattr(err, "reason", str(err))))
    documents = [r for r in results if isinstance(r, Document)]
    unique, duplicates = dedupe_exact(documents)
    unique = assign_clusters(unique, MemoryClusterStore())
    marked = {d.id: d for d in unique + follow_originals(duplicates, unique)}
    return [marked.get(r.id, r) if isinstance(r, Document) else r for r in results]
