"""Towns the English and French models miss or mistype.

A town the model has not seen comes out as an organisation or a person ("Poltava",
"Mayadin") or not at all ("Kursk"). The GeoNames list (`lexicons/latin_places.txt`, see
`scripts/build_places.py`) corrects the first: a model span that is exactly a town's
name is a place when the model said organisation, facility or group, or said person
of a town of at least BIG_TOWN people or where the words before it place it ("in
Mayadin"); names that are also given names are not on the list. A district of a much
larger city ("Abobo" in Abidjan, `lexicons/districts.txt`) is a location, not a town. A capitalised word that names a town
of at least BIG_TOWN people and that nothing else claimed is added as a place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from etl.entities.canonicalisation import Candidate
from etl.entities.lexicon import districts, latin_towns

BIG_TOWN = 100_000
LOCATIVE_BEFORE = re.compile(r"\b(?:in|from|near|at|outside|around|of|to|à|de|d'|en|dans|vers|près de)\s+$", re.IGNORECASE)


def correct_towns(candidates: list[Candidate], text: str) -> None:
    towns = latin_towns()
    for candidate in candidates:
        name = text[candidate.start:candidate.end]
        if candidate.origin != "model" or candidate.type == "LOC" or name not in towns:
            continue
        if candidate.type == "GPE":
            candidate.type = _place_type(name)
            continue
        big = towns[name] >= BIG_TOWN
        if candidate.type != "PERSON" or big or LOCATIVE_BEFORE.search(text[max(0, candidate.start - 12):candidate.start]):
            candidate.type = _place_type(name)


def _place_type(name: str) -> str:
    """A town is a GPE; a district of a larger city is a LOC (guidelines: "districts and
    neighbourhoods")."""
    return "LOC" if name in districts() else "GPE"


def missed_towns(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    towns = latin_towns()
    missed = []
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        if token.is_title and towns.get(token.text, 0) >= BIG_TOWN and not any(c.start < end and start < c.end for c in found):
            missed.append(Candidate(start, end, _place_type(token.text), "model", form=token.text))
    return missed
