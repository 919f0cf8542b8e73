"""Places the English and French models miss or mistype.

A town the model has not seen comes out as an organisation or a person ("Poltava",
"Mayadin") or not at all ("Kursk"). The GeoNames list (`lexicons/latin_places.txt`, see
`scripts/build_places.py`) corrects the first: a model span that is exactly a town's name
is a place when the model said place, organisation, facility or group, or said person of a
town of at least BIG_TOWN people or where the words before it place it ("in Mayadin");
names that are also given names are not on the list. A district of a much larger city
("Abobo" in Abidjan, `lexicons/districts.txt`) is a location, not a town. A capitalised
word that names a town of at least BIG_TOWN people, or a smaller one named beside another
place ("Hargeisa and Burao"), and that nothing else claimed is added as a place.

Places no list knows are typed by the words around them. A name the model calls a person
is a place after "in" or "à", or in a list with a place ("Zamalka, Ein Tarma and ...").
"A district of the capital", "the Korvani neighbourhood", "dans le quartier de", "la colline
de", "Meskar district", and in French an article ("la Mwogo", a river) make a location; "a
farming village", "le village de", "Narathiwat province", "the provinces of" a town. One such cue types every mention of the name.

The model also reads people as places ("apporté à Saïd Kouachi"): a name it calls a place
that starts with a given name and that no list knows as a town is a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from etl.entities.canonicalisation import TITLES, Candidate, listed_group_words, named_as_a_person, whole_words
from etl.entities.gazetteer import normalize
from etl.entities.lexicon import districts, given_names, latin_towns, without_accents

BIG_TOWN = 100_000
_DISTRICT_WORDS = (
    r"(?:districts?|neighbou?rhoods?|suburbs?|townships?|quarters?|sectors?|hills?|quartiers?|faubourgs?|banlieues?|cantons?"
    r"|arrondissements?|secteurs?|territoires?|collines?)"
)
_TOWN_WORDS = r"(?:villages?|towns?|ville|localité|bourgade)"
_OF = r"(?:of|de|d['’]|du)"
# A district: "the Korvani neighbourhood", "Meskar district" (lower case: "Olvek District"
# is cut by the span itself), "Bantalay, a district of", "dans le quartier de Batanjo" —
# but "a district of Montería" and "un quartier d'Abidjan" name the city.
# French also sets the name beside the word: "le quartier Sidi Abid", "le quartier voisin de Sabra".
DISTRICT_AFTER = re.compile(r"^\s+(?:district|neighbou?rhood|suburb|township|territory|quarter|sector|hill)\b")
DISTRICT_BEFORE = re.compile(rf"\b(?:the|le|la|du|au)\s+{_DISTRICT_WORDS}(?:\s+voisine?)?\s+(?:{_OF}\s*)?$", re.IGNORECASE)
DISTRICT_APPOSITION = re.compile(rf"^,\s+(?:a|an|un|une)\s+(?:[\w-]+\s+){{0,3}}?{_DISTRICT_WORDS}\b")
# (countries take one too, but the gazetteer types them)
FRENCH_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:la|le|du|au)\s+$")
DIVISION_BEFORE = re.compile(r"\b(?:département|région|province|préfecture|commune|ville|état|territoire|district|canton)\s+(?:de\s+la|du|de\s+l['’])\s*$", re.IGNORECASE)
FRENCH_DIRECTIONS = {"nord", "sud", "est", "ouest", "centre", "extrême"}
TOWN_BEFORE = re.compile(rf"\b{_TOWN_WORDS}\s+{_OF}\s*$", re.IGNORECASE)
TOWN_APPOSITION = re.compile(rf"^,\s+(?:a|an|un|une)\s+(?:[\w-]+\s+){{0,3}}?{_TOWN_WORDS}\b")
# A province is a GPE like the towns (guidelines): "Narathiwat province", "the provinces of Pattani, ..."
_PROVINCE_WORDS = r"(?:provinces?|governorates?|prefectures?|wilayas?|préfectures?)"
PROVINCE_AFTER = re.compile(rf"^\s+{_PROVINCE_WORDS}\b")
PROVINCE_BEFORE = re.compile(rf"\b{_PROVINCE_WORDS}\s+{_OF}\s*$", re.IGNORECASE)
DISTRICT_SUFFIX = " District"
PLACE_OR_MISREAD = {"GPE", "LOC", "PERSON", "ORG"}
# "in Ein Tarma", "à Sidi Fredj": where a person seldom stands (unlike "from", "to" or "by"
# alone, which the moves of people make places: "fled from Mayadin to ...").
PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|dans|près de|à"
    # where people live or go: "residents of Kishkiyeh", "fled from Mayadin to Abu Hamam", "east of Homs"
    r"|(?:villages?|towns?|residents|inhabitants|people|outskirts|families) of|(?:north|south|east|west)(?:ern)? of"
    r"|(?:fled|moved|returned|displaced|marched|advanced|withdrew|travell?ed|deported|transferred)(?: (?:north|south|east|west)(?:wards?)?)? (?:from|to|into|towards)"
    r"|(?:from|to) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:to|and))\s+$"
)
# "in Assad's view", "in Gul Bano v. Federation of Pakistan": a person after all.
PERSON_AFTER = re.compile(r"^(?:['’]s\b| v\.?\s)")
# a capitalised word, with an article of Spanish or Arabic place names ("El Mozote", "Al-Hawban")
ONE_WORD_PLACE = re.compile(r"(?:(?:El|La|Al|As|Ad|Ar|An)[ -])?[A-ZÀ-Þ][a-zà-ÿ'’-]+")
# one-word bodies that do stand after "in" ("in Hamas", "in Parliament")
NOT_PLACES = {"parliament", "congress", "government", "hamas", "hezbollah", "fatah", "nato", "interpol", "europol", "court", "council"}
LIST_JOINT = re.compile(r"\s*(?:,|,? and|,? et)\s*")
AND_JOINT = re.compile(r"\b(?:and|et)\b")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|from|near|at|outside|around|of|to|à|de|d'|en|dans|vers|près de)\s+$", re.IGNORECASE)


def correct_towns(candidates: list[Candidate], text: str) -> None:
    towns = latin_towns()
    for candidate in candidates:
        name = text[candidate.start:candidate.end]
        if candidate.origin != "model" or name not in towns:
            continue
        if candidate.type in ("GPE", "LOC"):
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
        word = whole_words(doc[token.i:token.i + 1])
        if not token.is_title or word.start != token.i:
            continue  # (the second part of a hyphenated word was read with its first)
        start, end, name = word.start_char, word.end_char, word.text
        if name in towns and (towns[name] >= BIG_TOWN or _joined_to_a_place(doc.text, start, found + missed)) \
                and not any(c.start < end and start < c.end for c in found):
            missed.append(Candidate(start, end, _place_type(name), "model", form=name))
    return missed


def _joined_to_a_place(text: str, start: int, found: list[Candidate]) -> bool:
    """A smaller town is named beside another place: "Hargeisa and Burao"."""
    joint = re.search(r"(?:,|,? and|,? et)\s+$", text[max(0, start - 8):start])
    before = start - len(joint.group()) if joint else -1
    return any(c.end == before and c.type == "GPE" for c in found)


def type_places_by_context(candidates: list[Candidate], text: str) -> None:
    """Type the model's places (and places it misread as people or organisations) by the
    words around any of their mentions; listed and rule-made names keep their type."""
    decided: dict[str, str] = {}
    for candidate in candidates:
        if candidate.origin != "model" or candidate.type not in PLACE_OR_MISREAD:
            continue
        name = text[candidate.start:candidate.end]
        if name.endswith(DISTRICT_SUFFIX) and name[: -len(DISTRICT_SUFFIX)].istitle():
            candidate.end -= len(DISTRICT_SUFFIX)
            name = candidate.form = text[candidate.start:candidate.end]
            decided.setdefault(name, "LOC")
        before = text[max(0, candidate.start - 30):candidate.start]
        kind = _context_type(before, text[candidate.end:candidate.end + 60])
        if kind and (candidate.type != "PERSON" or " " not in name):
            decided.setdefault(name, kind)
        elif candidate.type == "GPE" and " " not in name and name not in latin_towns() and _river_or_region(name, before) \
                and not _ends_a_state_named_in_full(name, candidates, text):
            decided.setdefault(name, "LOC")  # "la Mwogo", "du Rif": French towns take no article, rivers and regions do
    for candidate in candidates:
        kind = decided.get(text[candidate.start:candidate.end])
        if kind and candidate.origin == "model" and candidate.type in PLACE_OR_MISREAD:
            candidate.type = kind


def _ends_a_state_named_in_full(name: str, candidates: list[Candidate], text: str) -> bool:
    """"du Congo" where the text names the "République démocratique du Congo": the state, named short."""
    return any(other.type == "GPE" and text[other.start:other.end].endswith(" " + name) for other in candidates)


def _river_or_region(name: str, before: str) -> bool:
    """An unknown French place with an article, unless the article belongs to a division's
    word ("département du Donga-Mantung") or the name is made of directions ("le Nord-Ouest",
    a province of Cameroon)."""
    if not FRENCH_ARTICLE_BEFORE.search(before) or DIVISION_BEFORE.search(before):
        return False
    return not set(name.lower().replace("-", " ").split()) <= FRENCH_DIRECTIONS


def _context_type(before: str, after: str) -> str | None:
    if DISTRICT_AFTER.match(after) or DISTRICT_BEFORE.search(before) or DISTRICT_APPOSITION.match(after):
        return "LOC"
    if TOWN_BEFORE.search(before) or TOWN_APPOSITION.match(after) or PROVINCE_AFTER.match(after) or PROVINCE_BEFORE.search(before):
        return "GPE"
    return None


def places_read_as_people(candidates: list[Candidate], text: str) -> None:
    """A name the model calls a person is a place after "in" or "à", or in a list with a
    place ("Zamalka, Ein Tarma and ..."), unless it starts with a given name ("à Sadi
    Bugingo") or is owned or a party ("in Assad's ..."); so are its other mentions. So is
    one it calls a group the lists do not know ("Khanaqin, Mandali and Badra") or a one-word
    organisation ("Foua and Kefraya"), and a one-word "organisation" after "in" ("in
    Mullivaikkal", "in El Mozote")."""
    people = [
        c for c in candidates
        if c.origin == "model" and (
            c.type == "PERSON" or (c.type == "NORP" and normalize(text[c.start:c.end]) not in listed_group_words())
            or (c.type == "ORG" and ONE_WORD_PLACE.fullmatch(text[c.start:c.end]) and normalize(text[c.start:c.end]) not in NOT_PLACES)
        )
    ]
    places: set[str] = set()
    for _ in range(3):  # a list's places are found one after another
        listed_places = [c for c in candidates if c.type in ("GPE", "LOC")]
        for candidate in people:
            name = text[candidate.start:candidate.end]
            if PERSON_AFTER.match(text[candidate.end:candidate.end + 4]) or (len(name.split()) > 1 and normalize(name.split()[0]) in given_names()):
                continue
            if _after_a_place_cue(candidate, text) or _listed_with_a_place(candidate, listed_places, text):
                places.add(name)
        found = [c for c in people if text[c.start:c.end] in places and c.type not in ("GPE", "LOC")]
        for candidate in found:
            candidate.type = _place_type(text[candidate.start:candidate.end])
        if not found:
            break
    for candidate in candidates:
        name = text[candidate.start:candidate.end]
        if candidate.origin == "model" and candidate.type == "ORG" and ONE_WORD_PLACE.fullmatch(name) and normalize(name) not in NOT_PLACES:
            if _after_a_place_cue(candidate, text) and not PERSON_AFTER.match(text[candidate.end:candidate.end + 4]):
                candidate.type = _place_type(name)


# First words of Arabic place names as English and French write them: "Tall al-Zaatar",
# "Aïn el-Heloué", "Wadi Halfa", "Ras al-Khaimah", "Jurf al-Sakhar", "Beni Messous"; the model reads the
# two words as a person's. (Not "Abu" or "Sidi": people's names begin with them too.)
ARABIC_PLACE_STARTS_LATIN = {
    "tall", "tell", "tal", "ain", "aïn", "ein", "nahr", "wadi", "oued", "jisr", "bourj", "burj", "deir", "dayr", "ras",
    "khan", "bir", "kafr", "kfar", "beit", "bayt", "mazraat", "jurf", "hay", "hayy", "haï", "souk", "suq", "bab", "jabal", "jebel", "djebel",
    "beni", "béni", "bani",  # "Beni Messous", "Bani Walid"
}
# the quarters of a town, and mountains ("Jabal al-Ashrafieh", a hill of Amman; "Jebel Marra")
ARABIC_QUARTER_STARTS_LATIN = {"hay", "hayy", "haï", "souk", "suq", "bab", "jabal", "jebel", "djebel"}
# "the camp of", "camp de réfugiés palestiniens de": a camp's name
CAMP_BEFORE = re.compile(r"\bcamps?\b(?:\s+(?:of|de|d['’]|du|for|réfugiés|refugee|palestiniens|palestinian))*\s+$", re.IGNORECASE)


# First words of towns that are also given names: "San Pedro Limón", "Cap-Haïtien"
PLACE_FIRST_WORDS = {"san", "santa", "santo", "são", "sao", "cap", "mar", "rio", "río", "puerto", "porto", "villa", "ciudad"}
# where a street or a square is named after someone: "boulevard Richard-Lenoir"
STREET_BEFORE = re.compile(r"(?:rue|avenue|boulevard|place|quai|porte|street|square|road)\s+(?:de\s+|du\s+)?$", re.IGNORECASE)


def people_read_as_places(candidates: list[Candidate], text: str) -> None:
    """A name the model calls a place is a person when it starts with a given name and no
    list knows it as a town ("le soutien apporté à Saïd Kouachi, Chérif Kouachi et Amedy
    Coulibaly"): towns seldom take a first name. The surname alone, elsewhere, is the
    person's too ("aidé Coulibaly")."""
    surnames = set()
    for candidate in candidates:
        name = text[candidate.start:candidate.end]
        words = name.split()
        if candidate.origin != "model" or candidate.type not in ("GPE", "LOC") or candidate.entry is not None or not 2 <= len(words) <= 4:
            continue
        first = normalize(words[0])
        given = first in given_names() or without_accents(first) in given_names()
        if not given or first in PLACE_FIRST_WORDS or not all(word[:1].isupper() for word in words):
            continue
        if name in latin_towns() or words[-1] in latin_towns() or STREET_BEFORE.search(text, max(0, candidate.start - 20), candidate.start):
            continue
        candidate.type = "PERSON"
        surnames.add(words[-1])
    for candidate in candidates:
        if candidate.origin == "model" and candidate.type in ("GPE", "LOC") and text[candidate.start:candidate.end] in surnames:
            candidate.type = "PERSON"


def places_named_by_their_first_word(candidates: list[Candidate], text: str) -> None:
    """A person, organisation or town read whose first word begins Arabic place names
    ("Tall al-Zaatar", "Wadi Halfa") is a place, typed by the words around it ("the Ain
    Zara district"), else a location when a quarter or a camp, else a town; so are its
    other mentions."""
    places: dict[str, str] = {}
    for candidate in candidates:
        name = text[candidate.start:candidate.end]
        words = name.replace("-", " ").split()
        if candidate.entry is None and candidate.type in ("PERSON", "ORG", "GPE") and len(words) >= 2 and words[0].lower() in ARABIC_PLACE_STARTS_LATIN:
            before = text[max(0, candidate.start - 60):candidate.start]
            kind = _context_type(before[-30:], text[candidate.end:candidate.end + 60])
            quarter = words[0].lower() in ARABIC_QUARTER_STARTS_LATIN or CAMP_BEFORE.search(before)
            if candidate.type != "GPE" or kind or CAMP_BEFORE.search(before):  # (a town stays one, unless a camp's)
                places.setdefault(name, kind or ("LOC" if quarter else "GPE"))
    for candidate in candidates:
        kind = places.get(text[candidate.start:candidate.end])
        if kind and candidate.entry is None and candidate.type in ("PERSON", "ORG", "GPE"):
            candidate.type = kind


def downtowns_and_islands_by_their_name(candidates: list[Candidate], text: str) -> None:
    """"centre de Casablanca", "centre du Mali" say where in a town or a country, and "île de
    Manus" which island: the name is the place's, as the guidelines drop "city of" ("centre de
    détention ..." and a capitalised "Centre de ..." are a building's or a body's, "île de la
    Cité" is a name)."""
    for candidate in candidates:
        surface = text[candidate.start:candidate.end]
        named = DOWNTOWN.match(surface) or ISLAND.match(surface)
        if named and candidate.entry is None and candidate.type in ("FAC", "GPE", "LOC"):
            candidate.start += named.start("place")
            place = named.group("place")
            candidate.type, candidate.form = "LOC" if named.re is ISLAND else _place_type(place), place


_CAPITALISED_WORDS = r"(?P<place>[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,3})$"
DOWNTOWN = re.compile(r"centre(?:-ville)? (?:de la |de l['’]|du |de |d['’])" + _CAPITALISED_WORDS)
ISLAND = re.compile(r"île (?:de |d['’])" + _CAPITALISED_WORDS)


def _after_a_place_cue(candidate: Candidate, text: str) -> bool:
    return PLACE_BEFORE.search(text[max(0, candidate.start - 40):candidate.start]) is not None


def _listed_with_a_place(candidate: Candidate, places: list[Candidate], text: str) -> bool:
    """Whether the name stands in a list with a place: joined to it by "and", or by a comma
    with the list going on past the name ("Zamalka, Ein Tarma and ..."); a comma alone
    may end a fronted phrase ("Aux États-Unis, Lafarge avait ...")."""
    goes_on = LIST_JOINT.match(text, candidate.end) is not None
    for place in places:
        joint = None
        if place.end <= candidate.start:
            joint = LIST_JOINT.fullmatch(text[place.end:candidate.start])
        elif candidate.end <= place.start:
            joint = LIST_JOINT.fullmatch(text[candidate.end:place.start])
        if joint and (AND_JOINT.search(joint.group()) or goes_on):
            return True
    return False


# A nickname's cue before a person named by one word: "known as Caesar", "alias Latoni", "dit Mazangué".
NICKNAME_BEFORE = re.compile(r"\b(?:known as|alias|dit|named|called)\s*$", re.IGNORECASE)
# kin, before a first name alone: "son épouse Dafroza", "her son Jerome"
KIN = {
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow", "nephew", "niece", "cousin",
    "épouse", "mari", "fils", "fille", "frère", "sœur", "mère", "père", "veuve", "neveu", "nièce",
}


# Lower-case words a place's name is followed by, unlike a body's used as a modifier ("Lonmin board")
LINKS_AFTER_A_PLACE = {
    "in", "on", "at", "and", "or", "of", "to", "from", "near", "where", "which", "was", "were", "is", "had", "has",
    "during", "after", "before", "since", "until", "et", "à", "en", "dans", "où", "qui", "est", "au",
}


BODY_WORDS = {
    "company", "firm", "group", "militia", "party", "movement", "unit", "battalion", "brigade", "newspaper", "agency",
    "network", "organisation", "organization", "société", "entreprise", "groupe", "milice", "parti", "mouvement", "journal",
}


def one_word_names_no_list_knows(candidates: list[Candidate], text: str) -> None:
    """A person the model names by one word, which no fuller name in the document
    contains, that is no given name, nobody's kin, no title's bearer and no nickname, is
    rather a place the lists do not know ("hamlets of Zot", "the Rusizi"): a location
    after "the", else a town. So is an organisation of one word ("villages near
    Mullivaikkal"), unless an article, a modifier's place or a description shows a body
    ("the Pentagon", "a Lonmin board member", "the company Lonmin", "Rusich, a group")."""
    fuller = {word for c in candidates if c.type not in ("GPE", "LOC", "FAC") and " " in c.form for word in c.form.split()}
    for candidate in candidates:
        name = candidate.form
        if candidate.origin != "model" or candidate.type not in ("PERSON", "ORG") or candidate.entry is not None or " " in name or "." in name:
            continue
        if candidate.type == "ORG" and (name.isupper() or not name[1:].islower() or normalize(name) in NOT_PLACES):
            continue  # an acronym ("CACI") or a body's one-word name written as such
        before = text[max(0, candidate.start - 30):candidate.start]
        previous = before.split()[-1] if before.split() else ""
        # (only inside a clause, after a lower-case word: "hamlets of Zot"; at a sentence's or
        # a list's start it is as often someone or a company: "Aux États-Unis, Lafarge avait")
        if not (previous.isalpha() and previous.islower()) or previous in TITLES | KIN:
            continue
        following = re.findall(r"[\w'’]+|,", text[candidate.end:candidate.end + 30])
        modifier = bool(following) and following[0].isalpha() and following[0].islower() and following[0] not in LINKS_AFTER_A_PLACE
        described = following[:2] in ([",", "a"], [",", "an"]) or previous in BODY_WORDS
        if candidate.type == "ORG" and (previous in ("the", "la", "le", "les") or modifier or described):
            # "the Pentagon", "a former Lonmin board member", "the company Lonmin", "Rusich, a
            # sabotage group": a body, by its article, as a modifier or as described
            continue
        if name in fuller or normalize(name) in given_names() or NICKNAME_BEFORE.search(before) or named_as_a_person(candidate, text):
            continue
        candidate.type = "LOC" if previous in ("the", "la", "le") else "GPE"
