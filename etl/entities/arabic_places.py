"""Arabic places no list knows, read from where they stand.

Arabic has no statistical model here and no capitals, so a village or a quarter that
neither the gazetteer nor GeoNames knows is found only by its context. Two contexts
name a place whatever the word may otherwise mean:

- a dateline, the first words of the body before a date, an outlet in brackets or a
  dash: "بور، 15 تشرين الثاني/نوفمبر 2016 (وكالة ...) -", "صور – شبكة ...",
  "طشقند/أوش - ..." (each of several places);
- a massacre, named by its place, with the places listed after it: "مجزرة الرايس",
  "مجازر بن طلحة والرايس وبني مسوس";
- villages or towns named in a list after the plural (or dual) of their word: "قرى
  إنتازايين وباكورات وويستان", "بلدتي كفرنبل وحاس" (the singular, "قرية كولوغون", is a rule
  of `rules.py`).

Names a list or a rule already found keep their type; the others are towns (GPE). A place
found goes on through a word after it spelt as a transliterated name (`name_likeness`):
"تانجونغ بريوك".
"""

from __future__ import annotations

import re

from etl.entities.canonicalisation import SLAVIC_OR_TURKIC_SURNAME, Candidate
from etl.entities.gazetteer import normalize
from etl.entities.lexicon import common_words
from etl.entities.name_likeness import looks_like_a_name
from etl.entities.rules import AR_PLACE_NAME_STARTS, AR_STOPWORDS

WORD = r"[\u0621-\u064a]+"
# first words of two-word names: "دير ياسين", "بن طلحة", "بني مسوس"
NAME_STARTS = frozenset(normalize(word) for word in AR_PLACE_NAME_STARTS + ["بن", "بني", "أبو", "أم"])
# what a body's first line names when it is no dateline: "بيان صحفي – لاهاي", "ملخص الحكم (ترجمة ...)"
DOCUMENT_LABELS = frozenset(normalize(word) for word in ("بيان", "ملخص", "نص", "تقرير", "قرار", "حكم", "إعلان", "رسالة", "مذكرة", "عاجل", "تحديث", "خبر"))
# one to three words (or several places joined by "/"), then a date, a bracket or a dash
DATELINE = re.compile(rf"^({WORD}(?: {WORD}){{0,2}}(?:/{WORD}(?: {WORD}){{0,2}})*)(?:، ?\d| ?\(| [–-] )")
DATELINE_LINES = 3
MASSACRE = re.compile(r"(?:^|(?<=\s))[وبل]?(?:ال)?(?:مجزرة|مذبحة|مجازر|مذابح)\s+")
TOWNS = re.compile(r"(?:^|(?<=\s))[وبلف]?(?:قرى|بلدات|قريتي|قريتا|بلدتي|بلدتا)\s+")
NAME = re.compile(rf"({WORD})(?: ({WORD}))?")
# "... والرايس وبني مسوس": the next place of a list
LIST_JOINT = re.compile(r"\s*(?:،\s*)?و")
# a verb with its object ("مجزرة ارتكبتها", "المجازر التي تشهدها"), not a name
VERB_WITH_OBJECT = re.compile(r"(?:ها|هم)$")
# function words (with the times that may follow "the massacre": "غداة", "عقب", "إثر")
STOPWORDS = frozenset(normalize(word) for word in AR_STOPWORDS)


def arabic_places_by_position(text: str, found: list[Candidate], first_chunk: bool) -> list[Candidate]:
    """Places of a dateline (in the first chunk only), of massacres and of lists of villages
    that no candidate covers."""
    _with_second_words(text, found)
    spans = (_dateline_places(text) if first_chunk else []) + _listed_places(MASSACRE, text) + _listed_places(TOWNS, text)
    added: list[Candidate] = []
    for start, end in spans:
        if not any(c.start < end and start < c.end for c in found + added):
            added.append(Candidate(start, end, "GPE", "rule", form=text[start:end]))
    return added


def _dateline_places(text: str) -> list[tuple[int, int]]:
    title_end = text.find("\n")
    lines = [m for m in re.finditer(r"^.+$", text[title_end + 1:], re.MULTILINE)][:DATELINE_LINES] if title_end >= 0 else []
    for line in lines:
        match = DATELINE.match(line.group())
        if match is None or normalize(match.group(1).split()[0]) in DOCUMENT_LABELS or _everyday_phrase(match.group(1)):
            continue
        offset = title_end + 1 + line.start()
        spans, start = [], offset
        for name in match.group(1).split("/"):
            spans.append((start, start + len(name)))
            start += len(name) + 1
        return spans
    return []


def _everyday_phrase(name: str) -> bool:
    """Words that are all everyday words name a body or a heading ("السلطة القضائية"); a
    town's one word may also be a word ("صور", Tyre), and so may the words after a place
    name's first word ("كفر قاسم")."""
    words = [re.sub(r"^ال", "", normalize(word)) for word in name.replace("/", " ").split()]
    if len(words) < 2 or normalize(name.split()[0]) in NAME_STARTS:
        return False  # ("كفر قاسم")
    return all(word in common_words("ar") or "ال" + word in common_words("ar") for word in words)


def _listed_places(heads: re.Pattern, text: str) -> list[tuple[int, int]]:
    """The places named after each match of `heads`, one or several joined by "و"."""
    spans = []
    for head in heads.finditer(text):
        position, listed = head.end(), False
        while (end := _name_end(text, position, listed)) is not None:
            spans.append((position, end))
            joint = LIST_JOINT.match(text, end)
            if joint is None:
                break
            position, listed = joint.end(), True
    return spans


def _name_end(text: str, position: int, listed: bool = False) -> int | None:
    """Where the place's name that starts at `position` ends, if a name starts there. A
    first "و" is "and" unless the list's own "و" came just before (`listed`): "وويستان"."""
    match = NAME.match(text, position)
    if match is None:
        return None
    first = normalize(match.group(1))
    if first in NAME_STARTS and match.group(2):
        return match.end(2)
    if first in common_words("ar") or first in STOPWORDS or (first.startswith("و") and not listed) or VERB_WITH_OBJECT.search(match.group(1)):
        return None
    return match.end(1)


NEXT_WORD = re.compile(rf" ({WORD})")


def _with_second_words(text: str, found: list[Candidate]) -> None:
    """A place goes on through a word after it spelt as a transliterated name, no other
    name's: "تانجونغ [بريوك]", "أكاكي [كاليتي]" (a list knows the first word as a town)."""
    for candidate in found:
        if candidate.type not in ("GPE", "LOC"):
            continue
        after = NEXT_WORD.match(text, candidate.end)
        # (not a word with "و", the next name's; nor a person's surname, hyphenated or Slavic:
        # "تشيلي [إيبوي-أوسوجي]" is a judge)
        if after is None or after.group(1).startswith("و") or text[after.end():after.end() + 1] == "-" or SLAVIC_OR_TURKIC_SURNAME.search(after.group(1)):
            continue
        if looks_like_a_name(normalize(after.group(1))) and not any(c.start < after.end() and after.start(1) < c.end for c in found):
            candidate.end = after.end()
            candidate.form = text[candidate.start:candidate.end]
