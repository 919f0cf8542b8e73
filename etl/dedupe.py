"""The exact de-duplication stage: the same canonical URL, or the same normalized text,
is one document. The first copy seen (earliest published within a batch, or the one
already indexed) is kept; later copies point to it with `duplicate_of`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone

from etl.document import Document

KnownHashes = Callable[[list[str]], dict[str, str]]  # content hash -> id of the indexed copy

_LATEST = datetime.max.replace(tzinfo=timezone.utc)


def dedupe_exact(documents: Iterable[Document], known: KnownHashes | None = None) -> tuple[list[Document], list[Document]]:
    """Split a batch into (unique, duplicates)."""
    by_id: dict[str, Document] = {}
    for document in documents:
        by_id.setdefault(document.id, document)  # same canonical URL: one document
    ordered = sorted(by_id.values(), key=lambda d: d.published_at or _LATEST)
    indexed = known([d.content_sha256 for d in ordered]) if known else {}
    keeper: dict[str, str] = {}
    unique, duplicates = [], []
    for document in ordered:
        original = indexed.get(document.content_sha256) or keeper.get(document.content_sha256)
        if original and original != document.id:
            duplicates.append(document.model_copy(update={"duplicate_of": original}))
        else:
            keeper[document.content_sha256] = document.id
            unique.append(document)
    return unique, duplicates
