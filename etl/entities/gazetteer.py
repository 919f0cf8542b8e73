"""The domain gazetteers (`gazetteer/*.yaml`): names of courts, UN bodies, treaties,
facilities, armed forces, NGOs, media, people, places and group words, per language.

Each entry is one real-world entity with the names it goes by in English, French and
Arabic. Matching an alias tells the domain layer the entity's type and which other
mentions in the document are the same entity; the name shown is still the one the
document uses (see `canonicalisation`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from etl.document import ENTITY_TYPES

GAZETTEER_DIR = Path(__file__).parent / "gazetteer"
LANGUAGES = ("en", "fr", "ar")

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTER_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"})


class GazetteerError(ValueError):
    pass


def normalize(text: str) -> str:
    """The form names are compared in: case, typographic quotes and Arabic spelling
    variants (hamza seats, alif maqsura, ta marbuta, diacritics) ignored."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_LETTER_FORMS)


def is_acronym(alias: str) -> bool:
    """All-caps short forms ("ICJ", "U.N.", "M3I") are matched case-sensitively, so
    that "UN" never matches the French article "un"."""
    letters = alias.replace(".", "").replace("-", "")
    return len(letters) <= 6 and " " not in alias and letters.upper() == letters and any(c.isupper() for c in letters)


@dataclass
class Entry:
    id: str
    type: str
    names: dict[str, list[str]] = field(default_factory=dict)

    def aliases(self, language: str) -> list[str]:
        own = self.names.get(language, [])
        if language == "ar" or language == "en" or self.type in ("NORP", "GPE", "LOC"):
            return own
        # Names of organisations, people and courts are often used untranslated in French
        # ("Human Rights Watch", "Jaysh al-Islam"); group words and places never are.
        return own + [alias for alias in self.names.get("en", []) if alias not in own]


def french_forms(adjective: str) -> list[str]:
    """Feminine and plural forms of a French nationality adjective in the masculine singular."""
    if adjective.endswith("en"):  # "syrien", "européen", "uruguayen": the n doubles
        return [adjective, adjective + "ne", adjective + "s", adjective + "nes"]
    if adjective.endswith(("ais", "ois")):
        return [adjective, adjective + "e", adjective + "es"]
    if adjective.endswith("e"):
        return [adjective, adjective + "s"]
    if adjective.endswith(("i", "a")):
        return [adjective, adjective + "s", adjective + "e", adjective + "es"]
    return [adjective, adjective + "e", adjective + "s", adjective + "es"]


def _arabic_forms(nisba: str) -> list[str]:
    """Inflections of an Arabic group word: a nisba (سوري → سورية، سوريون، السوريين،
    and the duals سوريان، سوريتين ...), a participle or noun ending in a consonant (مسلم →
    المسلمة، مسلمون), or a transliterated name that only takes the article (روهينغا →
    الروهينغا)."""
    if " " in nisba:
        return [nisba]
    if nisba.endswith(("ا", "و", "ه", "ة")):
        stems = [nisba]
    else:
        stems = [nisba, nisba + "ة", nisba + "ون", nisba + "ين", nisba + "ات", nisba + "ان", nisba + "تان", nisba + "تين"]
    return stems + ["ال" + form for form in stems if not form.startswith("ال")]


def _group_word_forms(language: str, aliases: list[str]) -> list[str]:
    """All forms of a NORP entry: the canonical one inflected, then the listed irregular
    ones (inflected too in Arabic, where they are nisbas as well; in French they take
    the plural: "bosniaque", "bosniaques")."""
    canonical, *irregular = aliases
    if language == "fr":
        plurals = [form + "s" for form in irregular if " " not in form and not form.endswith(("s", "x"))]
        forms = french_forms(canonical) + irregular + plurals
    elif language == "ar":
        forms = [form for alias in aliases for form in _arabic_forms(alias)]
    else:
        forms = aliases
    return list(dict.fromkeys(forms))


def _entries_from(path: Path) -> list[Entry]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise GazetteerError(f"{path.name}: not valid YAML: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise GazetteerError(f"{path.name}: expected a mapping with 'type' and a list of 'entries'")
    entries = []
    for number, raw in enumerate(data["entries"], start=1):
        kind = raw.get("type", data.get("type"))
        if kind not in ENTITY_TYPES:
            raise GazetteerError(f"{path.name} entry {number}: type {kind!r} is not one of {ENTITY_TYPES}")
        names = {}
        for language in LANGUAGES:
            aliases = raw.get(language) or []
            if not all(isinstance(alias, str) and alias.strip() for alias in aliases):
                raise GazetteerError(f"{path.name} entry {number}: {language} names must be non-empty strings")
            if kind == "NORP" and aliases:
                aliases = _group_word_forms(language, aliases)
            names[language] = aliases
        if not any(names.values()):
            raise GazetteerError(f"{path.name} entry {number}: no names")
        first = next(aliases[0] for aliases in names.values() if aliases)
        entries.append(Entry(id=f"{path.stem}:{first}", type=kind, names=names))
    return entries


@dataclass
class Gazetteer:
    entries: dict[str, Entry]

    def patterns(self, language: str, make_tokens) -> list[dict]:
        """SpanRuler patterns for `language`: acronyms as exact token sequences, other
        names as phrases compared in `normalize`d form. The first entry to claim a
        normalized name keeps it (places are loaded before group words, so the Arabic
        "سورية" stays Syria and is not read as the feminine adjective)."""
        patterns, claimed = [], set()
        for entry in self.entries.values():
            for alias in entry.aliases(language):
                key = normalize(alias)
                if key in claimed:
                    continue
                claimed.add(key)
                if is_acronym(alias):
                    patterns.append({"label": entry.type, "pattern": [{"ORTH": token} for token in make_tokens(alias)], "id": entry.id})
                    if len(alias) >= 5 and alias.isalpha():
                        # French and British writing capitalise long acronyms like names: "Unicef", "Unesco"
                        patterns.append({"label": entry.type, "pattern": [{"ORTH": alias.capitalize()}], "id": entry.id})
                else:
                    patterns.append({"label": entry.type, "pattern": alias, "id": entry.id})
        return patterns

    def town_patterns(self, language: str, towns: list[tuple[str, str]], excluded: frozenset[str]) -> list[dict]:
        """Phrase patterns for `towns` ((name, GeoNames id) pairs) that no entry names and
        that are not `excluded` words (given names, titles)."""
        listed = self.normalized_aliases(language)
        return [
            {"label": "GPE", "pattern": name, "id": f"geonames:{geonameid}"}
            for name, geonameid in towns
            if normalize(name) not in listed and normalize(name) not in excluded
        ]

    def group_entry_spelled(self, surface: str, language: str) -> str | None:
        """The NORP entry with an alias written exactly `surface` ("suisse", which
        compared case-blind is also the country "Suisse"), or None."""
        return next((entry.id for entry in self.entries.values() if entry.type == "NORP" and surface in entry.aliases(language)), None)

    def normalized_aliases(self, language: str) -> frozenset[str]:
        """Every name of the language, `normalize`d: what a phrase pattern matches."""
        return frozenset(normalize(alias) for entry in self.entries.values() for alias in entry.aliases(language))

    def exact_aliases(self, language: str) -> frozenset[str]:
        return frozenset(normalize_quotes(alias) for entry in self.entries.values() for alias in entry.aliases(language))

    def words(self, language: str) -> frozenset[str]:
        """Every normalized word of the language's names (used to undo Arabic proclitics)."""
        return frozenset(word for entry in self.entries.values() for alias in entry.aliases(language) for word in normalize(alias).split())

    def canonical_group_word(self, entry_id: str, language: str) -> str | None:
        """NORP entries are named by their fixed canonical form in the document's language."""
        entry = self.entries.get(entry_id)
        if entry is None or entry.type != "NORP":
            return None
        aliases = entry.names.get(language) or entry.names.get("en")
        return aliases[0] if aliases else None


def normalize_quotes(text: str) -> str:
    return text.translate(_QUOTES)


# Loaded in this order: places first, so that their names win over group words.
FILES = ("places", "courts", "un_bodies", "governments", "treaties", "facilities", "forces", "ngos", "media", "companies", "people", "nationalities")


@lru_cache(maxsize=1)
def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    present = {path.stem: path for path in directory.glob("*.yaml")}
    ordered = [present.pop(name) for name in FILES if name in present] + sorted(present.values())
    entries: dict[str, Entry] = {}
    for path in ordered:
        for entry in _entries_from(path):
            entries.setdefault(entry.id, entry)
    return Gazetteer(entries)
