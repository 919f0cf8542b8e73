"""Named entities: who, which court, where, under which law.

spaCy statistical NER where a model is installed, plus a domain layer in every
language (gazetteers and patterns for courts, UN bodies, treaties, facilities, armed
forces, NGOs, media, people and places), then per-document canonical names. See
README.md beside this file for what each language gets.
"""

from __future__ import annotations

from collections.abc import Iterable

from etl.document import ENTITY_TYPES, Entity
from etl.entities.acronyms import with_defined_long_forms
from etl.entities.arabic_places import arabic_places_by_position
from etl.entities.arabic_reading import read_again
from etl.entities.canonicalisation import candidates_from, group, to_entities, without_unlisted_group_words
from etl.entities.gazetteer import load_gazetteer
from etl.entities.models import DOMAIN_SPANS, pipeline_for
from etl.entities.towns import (
    correct_towns,
    downtowns_and_islands_by_their_name,
    missed_towns,
    one_word_names_no_list_knows,
    people_read_as_places,
    places_named_by_their_first_word,
    places_read_as_people,
    type_places_by_context,
)

# spaCy works on pieces of at most this many characters, cut at paragraph breaks, so a
# long judgment costs memory in proportion to a page, not to the whole text.
CHUNK_CHARS = 20_000


def _chunks(text: str) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text`, cut after blank lines (or lines) where possible."""
    pieces, start = [], 0
    while start < len(text):
        end = min(start + CHUNK_CHARS, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def find_entities_batch(texts: Iterable[str], language: str | None, arabic_reading: bool = True) -> list[list[Entity]]:
    """`find_entities` for many texts of one language, through spaCy's batched `pipe`.
    Arabic entities are read again by `arabic_reading` unless `arabic_reading` is false
    (its training reads the domain layer alone)."""
    texts = list(texts)
    pipeline = pipeline_for(language)
    gazetteer = load_gazetteer()
    jobs = [(index, offset, piece) for index, text in enumerate(texts) for offset, piece in _chunks(text)]
    candidates: list[list] = [[] for _ in texts]
    docs = pipeline.nlp.pipe(piece for _, _, piece in jobs)
    for (index, offset, _), doc in zip(jobs, docs):
        found = candidates_from(doc, list(doc.spans[DOMAIN_SPANS]), gazetteer, pipeline.language, pipeline.model is not None)
        if pipeline.model is not None:
            correct_towns(found, doc.text)
            found += missed_towns(doc, found)
            places_read_as_people(found, doc.text)
            people_read_as_places(found, doc.text)
            places_named_by_their_first_word(found, doc.text)
            type_places_by_context(found, doc.text)
            downtowns_and_islands_by_their_name(found, doc.text)
            one_word_names_no_list_knows(found, doc.text)
            found = without_unlisted_group_words(found, doc.text)
        elif pipeline.language == "ar":
            found += arabic_places_by_position(doc.text, found, first_chunk=offset == 0)
        found = with_defined_long_forms(found, doc.text)
        for candidate in found:
            candidate.start += offset
            candidate.end += offset
            candidates[index].append(candidate)
    entities = [to_entities(group(found, text), text, gazetteer, pipeline.language) for found, text in zip(candidates, texts)]
    if arabic_reading and pipeline.language == "ar" and pipeline.model is None:
        entities = [read_again(found, text) for found, text in zip(entities, texts)]
    return entities


def find_entities(text: str, language: str | None) -> list[Entity]:
    """Entities of `text` (ISO 639-1 `language` selects the model), each with its
    canonical name and every mention as character offsets into `text`."""
    return find_entities_batch([text], language)[0]


def entity_names(entities: list[Entity]) -> dict[str, list[str]]:
    """Canonical names per lower-case type (`entity_names.person`, ...), for facets."""
    names: dict[str, list[str]] = {}
    for kind in ENTITY_TYPES:
        found = [entity.name for entity in entities if entity.type == kind]
        if found:
            names[kind.lower()] = sorted(set(found))
    return names
