"""Measured quality: casefile's own stages scored against a hand-annotated evaluation set.

The set (`eval/` by default; see eval/README.md and eval/GUIDELINES.md) is a folder with
`gold.jsonl` — one record per document: id, file, language, kind, published_at, gold
entities, gold dates and a near-duplicate cluster label — and the documents it names
(title on the first line, a blank line, the body). A document is the whole file, so the
stages read the whole file as the document's text.

`evaluate(set_dir)` runs language detection, entity recognition, date resolution (with
the gold `published_at` as the publication date) and near-duplicate clustering (over the
whole set, as one run would) and returns a `Report`:

- entities: per document, the set of (type, name) pairs; counts summed over documents
  (micro-average), overall, per type and per language. Names are compared after Unicode
  NFC, whitespace collapsing and typographic apostrophes made plain — nothing else.
- dates: per document, the set of distinct (text, start, end, precision). A predicted
  expression matches a gold one when its character span overlaps an occurrence of the
  gold text (occurrences lying inside a longer gold expression excepted, as the
  guidelines list those separately) and its start, end and precision are equal;
  recall is the share of gold expressions found, precision the share of predicted ones
  that match. Each gold and each predicted expression matches at most once.
- near-duplicates: pairs of documents in the same cluster, predicted vs gold.
- language: share of documents whose detected language is the gold one.

A stage whose module is not there yet is reported as not measured, with the reason,
never scored.
"""

from __future__ import annotations

import importlib
import itertools
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from etl.dedupe import dedupe_exact
from etl.document import Document, DateMention, Entity, content_sha256
from etl.language import with_language
from etl.near_dupes import MemoryClusterStore, assign_clusters, follow_originals


class EvaluationSetError(ValueError):
    """The evaluation set cannot be read; the message names the file and the reason."""


class GoldEntity(BaseModel):
    type: str
    name: str


class GoldDate(BaseModel):
    text: str
    start: date
    end: date
    precision: Literal["day", "month", "year", "range"]


class GoldRecord(BaseModel):
    id: str
    file: str
    language: str
    kind: Literal["news", "court"]
    published_at: date
    entities: list[GoldEntity]
    dates: list[GoldDate]
    cluster: str | None


@dataclass
class GoldDocument:
    record: GoldRecord
    title: str
    text: str  # the whole file

    @property
    def published_at(self) -> datetime:
        return datetime.combine(self.record.published_at, time(), tzinfo=timezone.utc)


@dataclass
class Score:
    """Counts of one comparison; the ratios are 1.0 when there was nothing to find and
    nothing was found, 0.0 when only one side is empty."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @staticmethod
    def _ratio(hits: int, total: int, other_total: int) -> float:
        if total:
            return hits / total
        return 1.0 if other_total == 0 else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp, self.tp + self.fn)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn, self.tp + self.fp)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


def set_score(gold: Iterable, predicted: Iterable) -> Score:
    gold, predicted = set(gold), set(predicted)
    return Score(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted))


@dataclass
class FieldScores:
    """One field: overall counts and breakdowns, or why it was not measured."""

    overall: Score | None = None
    by_type: dict[str, Score] = field(default_factory=dict)
    by_language: dict[str, Score] = field(default_factory=dict)
    unavailable: str | None = None

    def count(self, score: Score, language: str, types: dict[str, Score] | None = None) -> None:
        self.overall = self.overall or Score()
        self.overall.add(score)
        self.by_language.setdefault(language, Score()).add(score)
        for name, typed in (types or {}).items():
            self.by_type.setdefault(name, Score()).add(typed)

    def as_json(self) -> dict:
        if self.overall is None:
            return {"unavailable": self.unavailable}
        result = self.overall.as_json()
        if self.by_type:
            result["by_type"] = {name: score.as_json() for name, score in sorted(self.by_type.items())}
        if self.by_language:
            result["by_language"] = {name: score.as_json() for name, score in sorted(self.by_language.items())}
        return result


@dataclass(frozen=True)
class Target:
    field: str
    metric: str
    minimum: float


TARGETS = (
    Target("entities", "f1", 0.90),
    Target("dates", "recall", 0.90),
    Target("near_duplicates", "precision", 0.95),
    Target("near_duplicates", "recall", 0.90),
    Target("language", "accuracy", 0.98),
)


@dataclass
class Report:
    documents: int
    entities: FieldScores
    dates: FieldScores
    near_duplicates: FieldScores
    language_accuracy: float
    language_errors: list[dict] = field(default_factory=list)  # {"id", "gold", "detected"}

    def value(self, target: Target) -> float | None:
        if target.field == "language":
            return self.language_accuracy
        overall = getattr(self, target.field).overall
        return getattr(overall, target.metric) if overall else None

    def checks(self) -> list[tuple[Target, float | None, bool]]:
        """Each target with the value reached (None when not measured) and whether it is met."""
        return [(t, v, v is not None and v >= t.minimum) for t in TARGETS for v in [self.value(t)]]

    def as_json(self) -> dict:
        return {
            "documents": self.documents,
            "entities": self.entities.as_json(),
            "dates": self.dates.as_json(),
            "near_duplicates": self.near_duplicates.as_json(),
            "language": {"accuracy": self.language_accuracy, "errors": self.language_errors},
            "targets": [
                {"field": t.field, "metric": t.metric, "minimum": t.minimum, "value": v, "met": met} for t, v, met in self.checks()
            ],
        }


def load_set(set_dir: Path) -> list[GoldDocument]:
    gold_path = set_dir / "gold.jsonl"
    if not gold_path.is_file():
        raise EvaluationSetError(f"{gold_path}: not found (an evaluation set is a folder with gold.jsonl and its documents)")
    documents, seen = [], set()
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = GoldRecord.model_validate_json(line)
        except ValidationError as err:
            raise EvaluationSetError(f"{gold_path}:{number}: not a valid gold record: {err}") from None
        if record.id in seen:
            raise EvaluationSetError(f"{gold_path}:{number}: id {record.id!r} appears twice")
        seen.add(record.id)
        documents.append(_read_document(set_dir, record))
    if not documents:
        raise EvaluationSetError(f"{gold_path}: no records")
    return documents


def _read_document(set_dir: Path, record: GoldRecord) -> GoldDocument:
    path = set_dir / record.file
    if not path.is_file():
        raise EvaluationSetError(f"{path}: not found (file of gold record {record.id!r})")
    text = path.read_text(encoding="utf-8")
    title, blank, body = text.partition("\n\n")
    if not blank or "\n" in title.strip() or not body.strip():
        raise EvaluationSetError(f"{path}: expected a title line, a blank line, then the body")
    for gold in record.dates:
        if gold.text not in text:
            raise EvaluationSetError(f"{path}: gold date text {gold.text!r} does not occur in the document")
    return GoldDocument(record, title.strip(), text)


def as_document(gold: GoldDocument) -> Document:
    return Document(
        id=gold.record.id,
        url=f"eval:{gold.record.file}",
        canonical_url=f"eval:{gold.record.file}",
        source="eval",
        kind=gold.record.kind,
        title=gold.title,
        text=gold.text,
        published_at=gold.published_at,
        content_sha256=content_sha256(gold.text),
    )


def _stage(module: str, name: str) -> tuple[Callable | None, str | None]:
    """A stage function, or why it is missing. Imported here, not at the top, so the other
    fields are still measured while a stage is being built."""
    try:
        return getattr(importlib.import_module(module), name), None
    except ModuleNotFoundError as err:
        if err.name != module:
            raise
        return None, f"{module} does not exist yet"
    except AttributeError:
        return None, f"{module} has no {name}() yet"


def comparable_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name).replace("\u2019", "'").replace("\u02bc", "'")
    return " ".join(name.split())


def entity_pairs(entities: Iterable[GoldEntity | Entity]) -> set[tuple[str, str]]:
    return {(entity.type, comparable_name(entity.name)) for entity in entities}


def score_entities(gold: Iterable[GoldEntity], predicted: Iterable[Entity]) -> tuple[Score, dict[str, Score]]:
    """Overall and per-type counts for one document."""
    gold_pairs, predicted_pairs = entity_pairs(gold), entity_pairs(predicted)
    types = {kind for kind, _ in gold_pairs | predicted_pairs}
    by_type = {
        kind: set_score({p for p in gold_pairs if p[0] == kind}, {p for p in predicted_pairs if p[0] == kind}) for kind in types
    }
    return set_score(gold_pairs, predicted_pairs), by_type


def gold_spans(text: str, gold: list[GoldDate]) -> dict[str, list[tuple[int, int]]]:
    """Where each gold date text stands on its own: its occurrences, except those inside an
    occurrence of a longer gold text (the guidelines list a contained text separately
    only for its own occurrences)."""
    occurrences = {}
    for expression in {g.text for g in gold}:
        found, start = [], text.find(expression)
        while start != -1:
            found.append((start, start + len(expression)))
            start = text.find(expression, start + 1)
        occurrences[expression] = found
    spans = {}
    for expression, found in occurrences.items():
        longer = [span for other, others in occurrences.items() if len(other) > len(expression) for span in others]
        standalone = [(s, e) for s, e in found if not any(ls <= s and e <= le for ls, le in longer)]
        spans[expression] = standalone or found
    return spans


def score_dates(text: str, gold: list[GoldDate], predicted: Iterable[DateMention]) -> Score:
    """Counts for one document (see the module docstring for the matching rule)."""
    gold_items = list({(g.text, g.start, g.end, g.precision): g for g in gold}.values())
    spans = gold_spans(text, gold_items)
    distinct: dict[tuple, DateMention] = {}
    for mention in sorted(predicted, key=lambda m: m.char_start):
        distinct.setdefault((mention.text, mention.start, mention.end, mention.precision), mention)
    unmatched = list(distinct.values())
    found = 0
    for item in gold_items:
        for mention in unmatched:
            same_value = (mention.start, mention.end, mention.precision) == (item.start, item.end, item.precision)
            overlaps = any(mention.char_start < e and s < mention.char_end for s, e in spans[item.text])
            if same_value and overlaps:
                unmatched.remove(mention)
                found += 1
                break
    return Score(tp=found, fp=len(unmatched), fn=len(gold_items) - found)


def cluster_pairs(clusters: dict[str, str | None]) -> set[frozenset[str]]:
    """Unordered pairs of documents with the same cluster label (None = no cluster)."""
    members: dict[str, list[str]] = {}
    for doc_id, label in clusters.items():
        if label is not None:
            members.setdefault(label, []).append(doc_id)
    return {frozenset(pair) for group in members.values() for pair in itertools.combinations(sorted(group), 2)}


def predicted_clusters(documents: list[Document]) -> dict[str, str | None]:
    """Clusters as `casefile process` over the whole set would give them."""
    unique, duplicates = dedupe_exact(documents)
    clustered = assign_clusters(unique, MemoryClusterStore())
    return {d.id: d.cluster_id for d in clustered + follow_originals(duplicates, clustered)}


def evaluate(set_dir: Path) -> Report:
    """Score casefile's stages on the evaluation set in `set_dir` (see the module docstring)."""
    golds = load_set(set_dir)
    documents = [with_language(as_document(gold)) for gold in golds]
    find_entities, entities_missing = _stage("etl.entities", "find_entities")
    find_dates, dates_missing = _stage("etl.dates", "find_dates")
    entities, dates = FieldScores(unavailable=entities_missing), FieldScores(unavailable=dates_missing)
    errors = []
    for gold, document in zip(golds, documents):
        language = gold.record.language
        if document.language != language:
            errors.append({"id": gold.record.id, "gold": language, "detected": document.language})
        if find_entities:
            overall, by_type = score_entities(gold.record.entities, find_entities(document.text, document.language))
            entities.count(overall, language, by_type)
        if find_dates:
            predicted = find_dates(document.text, document.language, gold.published_at)
            dates.count(score_dates(document.text, gold.record.dates, predicted), language)
    gold_pairs = cluster_pairs({gold.record.id: gold.record.cluster for gold in golds})
    near_duplicates = FieldScores(overall=set_score(gold_pairs, cluster_pairs(predicted_clusters(documents))))
    return Report(
        documents=len(golds),
        entities=entities,
        dates=dates,
        near_duplicates=near_duplicates,
        language_accuracy=1 - len(errors) / len(golds),
        language_errors=errors,
    )
