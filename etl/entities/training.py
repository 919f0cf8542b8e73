"""Fine-tuning the English and French NER models on this domain's text.

The statistical models (`en_core_web_sm`, `fr_core_news_sm`) were trained on general news
and web text; here they miss or mistype the names of courts, camps, armed groups,
transliterated people and small places. Their NER is fine-tuned on two kinds of text,
each mention marked with its type and exact span:

* silver text: the development evaluation sets (`eval/dev*`, never a held-out set). A
  document's mentions are those casefile finds whose entity the gold lists (so the
  short forms too: "Assad" after "Bashar al-Assad"), plus every other gold name where it
  stands in the text;
* training text written for the project (`training/ner/*.jsonl`), every mention marked
  inline as `[[TYPE|words]]`.

Only the NER component's weights change; `models.py` loads them over the installed
model's (`domain_ner/<lang>/`). `scripts/train_ner.py` rebuilds them.

Arabic has no model to fine-tune: its NER (`arabic_reading.py`) is trained from scratch on
the same two kinds of text, each word tagged with the domain layer's reading of it.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, filter_spans, minibatch

from etl.document import Entity
from etl.entities import find_entities_batch
from etl.entities.arabic_reading import new_pipeline, stem_start, tagged_doc
from etl.entities.models import ARABIC_PROCLITICS, DOMAIN_NER_DIR
from etl.evaluate import as_document, comparable_name, load_set

INLINE_MARK = re.compile(r"\[\[(PERSON|ORG|COURT|LAW|FAC|GPE|LOC|NORP)\|([^\[\]|]+?)\]\]")
# casefile's types as the base models' labels: English models have OntoNotes' labels, with
# courts among organisations (the domain layer retypes them by their head word); French
# models have WikiNER's four, places and buildings alike under LOC. A group's adjective
# is no WikiNER name: the nationality lists find those.
MODEL_LABEL_OF = {
    "en": {"PERSON": "PERSON", "ORG": "ORG", "COURT": "ORG", "LAW": "LAW", "FAC": "FAC", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP"},
    "fr": {"PERSON": "PER", "ORG": "ORG", "COURT": "ORG", "LAW": "MISC", "FAC": "LOC", "GPE": "LOC", "LOC": "LOC", "NORP": None},
}


@dataclass
class MarkedDocument:
    text: str
    mentions: list[tuple[int, int, str]]  # (start, end, casefile type)


def parse_marked(marked: str) -> MarkedDocument:
    """The plain text of `[[TYPE|words]]`-marked text, with each mark's offsets in it."""
    text, mentions, last = [], [], 0
    length = 0
    for mark in INLINE_MARK.finditer(marked):
        before = marked[last:mark.start()]
        text.append(before)
        start = length + len(before)
        text.append(mark.group(2))
        length = start + len(mark.group(2))
        mentions.append((start, length, mark.group(1)))
        last = mark.end()
    text.append(marked[last:])
    return MarkedDocument("".join(text), mentions)


def marked_documents(paths: Iterable[Path], language: str) -> list[MarkedDocument]:
    """The documents of `language` in JSON-lines files of {"language", "text"} records."""
    documents = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                record = json.loads(line)
                if record["language"] == language:
                    document = parse_marked(record["text"])
                    if "[[" in document.text:
                        raise ValueError(f"{path}:{number}: a mark is not of the form [[TYPE|words]]")
                    documents.append(document)
    return documents


def silver_documents(set_dirs: Iterable[Path], language: str) -> list[MarkedDocument]:
    """Development evaluation documents with their mentions (see the module docstring)."""
    documents = []
    for set_dir in set_dirs:
        if "holdout" in Path(set_dir).name:
            raise ValueError(f"{set_dir}: a held-out set is never training text")
        for gold in load_set(Path(set_dir)):
            if gold.record.language != language:
                continue
            text = as_document(gold).text
            wanted = {(entity.type, comparable_name(entity.name)): entity for entity in gold.record.entities}
            mentions, found = [], set()
            for entity in find_entities_batch([text], language, arabic_reading=False)[0]:
                key = (entity.type, comparable_name(entity.name))
                if key in wanted:
                    found.add(key)
                    mentions += [(stem_start(text, mention.start) if language == "ar" else mention.start, mention.end, entity.type) for mention in entity.mentions]
            for key, entity in wanted.items():
                if key not in found:
                    mentions += [(start, end, entity.type) for start, end in _places_of(entity.name, text, language)]
            documents.append(MarkedDocument(text, _without_overlaps(mentions)))
    return documents


def _places_of(name: str, text: str, language: str) -> list[tuple[int, int]]:
    """Where `name` stands in `text` as whole words; in Arabic after any proclitics too,
    and after "ل" that swallowed the article's alif ("للمحكمة")."""
    patterns = [re.escape(name)]
    if language == "ar":
        patterns = [f"(?:{'|'.join(ARABIC_PROCLITICS)})?({re.escape(name)})"]
        if name.startswith("ال"):
            patterns.append(f"[وف]?ل({re.escape(name[1:])})")
    places = []
    for pattern in patterns:
        for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", text):
            group = 1 if match.re.groups else 0
            places.append((match.start(group), match.end(group)))
    return places


def _without_overlaps(mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept, end = [], -1
    for mention in sorted(mentions, key=lambda m: (m[0], m[0] - m[1])):
        if mention[0] >= end:
            kept.append(mention)
            end = mention[1]
    return kept


def fine_tune_ner(base: str, documents: list[MarkedDocument], language: str, epochs: int = 20, seed: int = 0) -> Language:
    """`base` (an installed spaCy model) with its NER trained further on `documents`."""
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = spacy.load(base)
    labels = MODEL_LABEL_OF[language]
    examples = []
    for document in documents:
        doc = nlp.make_doc(document.text)
        spans = [doc.char_span(start, end, label=labels[kind], alignment_mode="contract") for start, end, kind in document.mentions if labels[kind]]
        spans = filter_spans([span for span in spans if span is not None])
        examples.append(Example.from_dict(doc, {"entities": [(span.start_char, span.end_char, span.label_) for span in spans]}))
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for _ in range(epochs):
            random.shuffle(examples)
            for batch in minibatch(examples, size=8):
                nlp.update(batch, drop=0.3, sgd=optimizer)
    return nlp


def domain_readings(documents: list[MarkedDocument]) -> list[list[Entity]]:
    """The domain layer's entities of each Arabic document, which `train_arabic_reading` tags
    its words with."""
    return find_entities_batch([document.text for document in documents], "ar", arabic_reading=False)


def train_arabic_reading(documents: list[MarkedDocument], epochs: int = 20, seed: int = 0, readings: list[list[Entity]] | None = None) -> Language:
    """A new Arabic NER (`arabic_reading.py`) trained on `documents`, each word tagged
    with the domain layer's reading of it (`readings`, from `domain_readings`, when the
    models that vote together share one)."""
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = new_pipeline()
    rule_entities = readings if readings is not None else domain_readings(documents)
    examples = []
    for document, entities in zip(documents, rule_entities):
        doc, _ = tagged_doc(nlp, document.text, entities)
        spans = [doc.char_span(start, end, label=kind, alignment_mode="contract") for start, end, kind in document.mentions]
        spans = filter_spans([span for span in spans if span is not None and span.text.strip()])
        examples.append(Example.from_dict(doc, {"entities": [(span.start_char, span.end_char, span.label_) for span in spans]}))
    nlp.initialize(lambda: examples)
    optimizer = nlp.create_optimizer()
    for _ in range(epochs):
        random.shuffle(examples)
        for batch in minibatch(examples, size=compounding(4.0, 16.0, 1.001)):
            nlp.update(batch, drop=0.2, sgd=optimizer)
    return nlp


def save_ner(nlp: Language, name: str, directory: Path = DOMAIN_NER_DIR) -> Path:
    """Writes the NER weights to `directory/name`, where `models.py` (a language's code) or
    `arabic_reading.py` (a seed's) loads them from."""
    target = directory / name
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(target, exclude=["vocab"])
    return target
