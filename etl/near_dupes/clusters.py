"""Near-duplicate clusters: connected components of "these two texts are near-duplicates".

Two documents are near-duplicates when they share an LSH band and the estimated
Jaccard similarity of their shingle sets reaches the threshold. A cluster is a
connected component of that relation over every document ever clustered, so the
result does not depend on the order documents arrive in, nor on which worker sees
them: a run over A, B, C together and three runs over A, then B, then C give the
same clusters.

Every document gets `cluster_id` = the id of the cluster's earliest member (by
`published_at`, ties and unknown dates by id, unknown dates last) and `duplicate_of`
= that id, or None for the earliest member itself. When a batch links stored
clusters together, or brings a copy published earlier than the cluster's earliest
known member, the stored members are relabelled to the new earliest id (the store
rewrites them), so the invariant holds for every document, not only the new ones.

Limits: a document re-processed with a text changed so much that it leaves its
cluster does not split the cluster it leaves (the others keep its id until they are
re-processed); two workers clustering two copies of the same new story at the very
same moment can each found a cluster — the next batch that touches either copy (a
re-run, or a third copy) merges them.
"""

from __future__ import annotations

import itertools
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Protocol

from etl.document import Document
from etl.near_dupes.sketch import Sketch, sketch_text

THRESHOLD_VARIABLE = "CASEFILE_NEAR_DUP_THRESHOLD"
# Measured on our own variations of the sample site's articles (not on the evaluation
# set): a copy with one paragraph of five dropped and 5% of its words changed scores
# about 0.58; a follow-up story that reuses two background paragraphs of five about 0.27;
# distinct stories on the same topic under 0.05.
DEFAULT_THRESHOLD = 0.4

_LATEST = datetime.max.replace(tzinfo=timezone.utc)


class ThresholdError(ValueError):
    pass


def near_dup_threshold() -> float:
    """The similarity at which two documents are near-duplicates (`CASEFILE_NEAR_DUP_THRESHOLD`)."""
    value = os.environ.get(THRESHOLD_VARIABLE)
    if value is None or not value.strip():
        return DEFAULT_THRESHOLD
    try:
        return checked_threshold(float(value))
    except ValueError:
        raise ThresholdError(f"{THRESHOLD_VARIABLE} must be a number above 0 and at most 1, got {value!r}") from None


def checked_threshold(threshold: float) -> float:
    if not 0 < threshold <= 1:
        raise ThresholdError(f"near-duplicate threshold must be above 0 and at most 1, got {threshold}")
    return threshold


@dataclass(frozen=True)
class Member:
    """A clustered document as the store knows it."""

    id: str
    cluster_id: str
    published_at: datetime | None


@dataclass(frozen=True)
class Entry(Member):
    sketch: Sketch


class ClusterStore(Protocol):
    """Where cluster state lives. Documents of the batch being clustered are passed as
    `exclude`: their new version replaces whatever the store holds for them."""

    def sharing_bands(self, bands: set[str], exclude: set[str]) -> list[Entry]: ...

    def members(self, cluster_ids: set[str], exclude: set[str]) -> list[Member]: ...

    def save(self, entries: list[Entry], relabelled: list[Member]) -> None:
        """Store the batch's entries and move `relabelled` stored members to their new cluster."""
        ...


def age(member: Member | Document) -> tuple[datetime, str]:
    """Sort key: earliest first; no date sorts last; ties by id so every worker agrees."""
    published = member.published_at
    if published is None:
        return _LATEST, member.id
    return (published if published.tzinfo else published.replace(tzinfo=timezone.utc)), member.id


class _Components:
    """Union-find over batch documents and stored cluster labels."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, node: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        self.parent[self.find(a)] = self.find(b)


def _band_index(items: Iterable[tuple[str, Sketch]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for key, sketch in items:
        for band in sketch.bands:
            index[band].append(key)
    return index


def _link(sketches: dict[str, Sketch], store: ClusterStore, batch_ids: set[str], threshold: float) -> _Components:
    """Components over the batch's documents and the stored clusters they are near-duplicates of."""
    components = _Components()
    for doc_id in batch_ids:
        components.find(("doc", doc_id))
    batch_bands = _band_index(sketches.items())
    candidate_pairs = {pair for doc_ids in batch_bands.values() for pair in itertools.combinations(sorted(doc_ids), 2)}
    for a, b in candidate_pairs:
        if sketches[a].similarity(sketches[b]) >= threshold:
            components.union(("doc", a), ("doc", b))
    for entry in store.sharing_bands(set(batch_bands), exclude=batch_ids):
        for doc_id in {d for band in entry.sketch.bands for d in batch_bands.get(band, ())}:
            if sketches[doc_id].similarity(entry.sketch) >= threshold:
                components.union(("doc", doc_id), ("cluster", entry.cluster_id))
    return components


def _label(batch: dict[str, Document], components: _Components, store: ClusterStore) -> tuple[dict[str, str], list[Member]]:
    """Each component is labelled with its earliest member's id: the label of every batch
    document, and the stored members whose label changes."""
    linked_labels = {label for kind, label in components.parent if kind == "cluster"}
    stored_members = store.members(linked_labels, exclude=set(batch)) if linked_labels else []
    groups: dict[tuple[str, str], list[Member | Document]] = defaultdict(list)
    for doc_id, document in batch.items():
        groups[components.find(("doc", doc_id))].append(document)
    for member in stored_members:
        groups[components.find(("cluster", member.cluster_id))].append(member)
    label_of: dict[str, str] = {}
    relabelled: list[Member] = []
    for group in groups.values():
        label = min(group, key=age).id
        for item in group:
            if isinstance(item, Document):
                label_of[item.id] = label
            elif item.cluster_id != label:
                relabelled.append(replace(item, cluster_id=label))
    return label_of, relabelled


def assign_clusters(documents: Iterable[Document], store: ClusterStore, threshold: float | None = None) -> list[Document]:
    """Set `cluster_id` and `duplicate_of` on every document (returned in the given order)
    and record the batch in `store`. `threshold` defaults to `near_dup_threshold()`."""
    threshold = near_dup_threshold() if threshold is None else checked_threshold(threshold)
    batch = {document.id: document for document in documents}
    sketches = {doc_id: sketch for doc_id, document in batch.items() if (sketch := sketch_text(document.text))}
    label_of, relabelled = _label(batch, _link(sketches, store, set(batch), threshold), store)
    store.save(
        [Entry(doc_id, label_of[doc_id], batch[doc_id].published_at, sketch) for doc_id, sketch in sketches.items()],
        relabelled,
    )
    return [
        document.model_copy(update={"cluster_id": label_of[doc_id], "duplicate_of": None if label_of[doc_id] == doc_id else label_of[doc_id]})
        for doc_id, document in batch.items()
    ]


def follow_originals(duplicates: Iterable[Document], clustered: Iterable[Document]) -> list[Document]:
    """Exact duplicates (set aside before clustering) join their original's cluster and point
    to its earliest member; a duplicate whose original is not among `clustered` is unchanged."""
    cluster_of = {document.id: document.cluster_id for document in clustered}
    return [
        duplicate.model_copy(update={"cluster_id": cluster_of[duplicate.duplicate_of], "duplicate_of": cluster_of[duplicate.duplicate_of]})
        if duplicate.duplicate_of in cluster_of
        else duplicate
        for duplicate in duplicates
    ]


class MemoryClusterStore:
    """Cluster state in this process only: `casefile process` and the evaluation use it to
    cluster their inputs exactly as a run would."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.by_band: dict[str, set[str]] = defaultdict(set)

    def sharing_bands(self, bands: set[str], exclude: set[str]) -> list[Entry]:
        ids = set().union(*(self.by_band.get(band, set()) for band in bands)) - exclude
        return [self.entries[doc_id] for doc_id in sorted(ids)]

    def members(self, cluster_ids: set[str], exclude: set[str]) -> list[Member]:
        return [
            Member(e.id, e.cluster_id, e.published_at)
            for e in self.entries.values()
            if e.cluster_id in cluster_ids and e.id not in exclude
        ]

    def save(self, entries: list[Entry], relabelled: list[Member]) -> None:
        for entry in entries:
            if previous := self.entries.get(entry.id):
                for band in previous.sketch.bands:
                    self.by_band[band].discard(entry.id)
            self.entries[entry.id] = entry
            for band in entry.sketch.bands:
                self.by_band[band].add(entry.id)
        for member in relabelled:
            self.entries[member.id] = replace(self.entries[member.id], cluster_id=member.cluster_id)
