"""Word lists built from well-kept public data (see `scripts/build_*.py`, which say where
each comes from and how it was filtered): popular given names, Arabic names of towns,
names of countries, and the most frequent words per language. They are committed, so nothing downloads at
run time; all hold `gazetteer.normalize`d forms except the towns, kept as written."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from etl.entities.gazetteer import normalize

LEXICONS_DIR = Path(__file__).parent / "lexicons"
# Rank under which an Arabic word is an everyday word before it is a name ("مسؤول", not "درويش").
VERY_FREQUENT = 3000


def _lines(name: str) -> list[str]:
    lines = (LEXICONS_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Popular given names (built), names from other languages in Arabic script and Arabic
    names the built list misses (both hand-written)."""
    written = {normalize(name) for name in _lines("given_names_ar_extra.txt")}
    return frozenset(_lines("given_names.txt")) | written | transliterated_given_names()


@lru_cache(maxsize=1)
def transliterated_given_names() -> frozenset[str]:
    """Given names from other languages in Arabic script ("بيدرو", "خوان"), hand-written."""
    return frozenset(normalize(name) for name in _lines("given_names_ar_transliterated.txt"))


@lru_cache(maxsize=1)
def arabic_given_names() -> list[str]:
    """The given names in Arabic script, sorted (for token patterns)."""
    return sorted(name for name in given_names() if "\u0621" <= name[:1] <= "\u064a")


@lru_cache(maxsize=1)
def arabic_given_names_also_words() -> frozenset[str]:
    """Arabic given names that are also frequent words ("كريم" generous): names after a title."""
    return frozenset(_lines("given_names_also_words_ar.txt"))


@lru_cache(maxsize=None)
def common_words(language: str) -> frozenset[str]:
    """The language's most frequent words (empty for a language without a list)."""
    return frozenset(word_ranks(language))


@lru_cache(maxsize=None)
def word_ranks(language: str) -> dict[str, int]:
    """The language's most frequent words with their rank (0 the most frequent)."""
    path = LEXICONS_DIR / f"common_words_{language}.txt"
    if not path.is_file():
        return {}
    ranks: dict[str, int] = {}
    for rank, word in enumerate(_lines(path.name)):
        ranks.setdefault(normalize(word), rank)
    return ranks


ARABIC_DIVISION_WORDS = {"ولاية", "محافظة", "مدينة", "منطقة", "بلدية", "مقاطعة", "إقليم", "قضاء", "ناحية"}


@lru_cache(maxsize=1)
def arabic_towns() -> list[tuple[str, str]]:
    """(name, GeoNames id) pairs. GeoNames also gives a few names with their division's
    word ("ولاية باتنة", "محافظة ..."); the town is named without it, and found by its own name."""
    pairs = [tuple(line.split("\t")) for line in _lines("arabic_places.txt")]
    return [(name, geonameid) for name, geonameid in pairs if name.split(" ", 1)[0] not in ARABIC_DIVISION_WORDS]


@lru_cache(maxsize=1)
def arabic_town_names() -> frozenset[str]:
    """The towns' names, normalized."""
    return frozenset(normalize(name) for name, _ in arabic_towns())


@lru_cache(maxsize=1)
def districts() -> frozenset[str]:
    """Latin-script names of towns that are districts of a much larger city ("Abobo")."""
    names = _lines("districts.txt")
    return frozenset(names) | {without_accents(name) for name in names}


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """English names of countries, as written: which of the gazetteer's places are countries."""
    return frozenset(_lines("countries.txt"))


@lru_cache(maxsize=1)
def latin_towns() -> dict[str, int]:
    """Town names in Latin script, as written and without accents ("Reykjavik" for
    "Reykjavík", as English often writes it), with the population of the largest."""
    towns: dict[str, int] = {}
    for name, population in (line.split("\t") for line in _lines("latin_places.txt")):
        for spelling in (name, without_accents(name)):
            towns[spelling] = max(int(population), towns.get(spelling, 0))
    return towns


def without_accents(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


def conjunction_or_preposition_and_word(written: str) -> bool:
    """Whether an Arabic word is "و" (and) or "ب" (with, by) and an everyday word more
    frequent than the whole, not a name: "وقتله", "برصاص", not "وليد", "وانجيرو" or "باري"
    ("ب" + "اري", too short a word to tell). A person's name ends before it."""
    word = normalize(written)
    ranks = word_ranks("ar")
    rest = word[1:]
    return word[:1] in ("و", "ب") and len(rest) >= 4 and rest in ranks and ranks[rest] < ranks.get(word, len(ranks)) and word not in given_names()
