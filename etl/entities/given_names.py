"""People named without a title: a popular given name followed by one to four surnames.

The statistical models split or mistype names they have not seen ("Mame Mandiaye Niang"
read as two people, "Catalina Díaz Gómez" as an organisation), and Arabic has no model
here at all. A given name from the lexicon (`given_names.txt`, see
`scripts/build_given_names.py`) followed by capitalised words (Latin script) or by name
words (Arabic) is a person. Words that belong to other kinds of names (places, group
words, institutions, titles, months) end the name, and a given name that is itself such a
word ("Jordan", "Chad", "Justice") starts none.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from etl.entities.canonicalisation import ARABIC_COMPOUND_STARTS, ARABIC_DEFINITE_GIVEN_NAMES, GENERIC_WORDS, NUMBER_OR_DATE_WORDS, SLAVIC_OR_TURKIC_SURNAME, TITLES
from etl.entities.gazetteer import load_gazetteer, normalize
from etl.entities.lexicon import (
    VERY_FREQUENT,
    arabic_given_names_also_words,
    common_words,
    conjunction_or_preposition_and_word,
    given_names,
    latin_towns,
    transliterated_given_names,
    word_ranks,
)
from etl.entities.name_likeness import EVERYDAY_WORD_LIKENESS, GIVEN_NAME_LIKENESS, looks_like_a_name, name_likeness
from etl.entities.rules import (
    AR_DISTRICT_DESCRIPTORS,
    AR_FACILITY_HEADS,
    AR_GEOGRAPHIC_HEADS,
    AR_ORG_HEADS,
    AR_PLACE_BODIES,
    AR_STOPWORDS,
    AR_TITLE_COMPLEMENTS,
    AR_TITLES,
    AR_TOWN_DESCRIPTORS,
    AWARD_WORDS,
    BUILDINGS_EN,
    COURT_KINDS_EN,
    DOMAIN_SPANS,
    FAC_LAST_EN,
    LAW_HEADS_EN,
    MEDIA_WORDS,
    ORG_HEADS_EN,
    SENTENCE_OPENERS_EN,
)

MAX_SURNAMES = 4
# Rank under which an Arabic word after a foreign given name is a word, not its surname
# ("مسؤول" 3,481; "ليون" 7,971; "سانتوس" 10,802, "غارسيا" 14,888)
FOREIGN_SURNAME_RANK = 8000
# Particles inside Latin-script names, as written: "María del Socorro", "Bashar al-Assad".
LATIN_PARTICLES = {"de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "la", "le", "bin", "ben", "ibn", "abu", "al", "el", "y", "arap", "-"}
# Capitalised as a name is: "Díaz", "McDonald", "O'Brien"; not an acronym ("UN") or a number.
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]*(?:['’]?[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zà-öø-ÿā-ž]+)*$")
# Arabic words that end a name: the rules' (prepositions, verbs of saying ...) and a few more.
ARABIC_STOPWORDS = {normalize(word) for word in AR_STOPWORDS + ["و", "بنت", "ابن", "اللذين", "وهو", "وهي", "ليس"]}
# Verbs of saying, and what follows a speaker's name: "وقال ... إن"، "أكدت ...، ".
ARABIC_SPEECH_VERBS = {
    normalize(word) for word in (
        "قال", "قالت", "أكد", "أكدت", "أوضح", "أوضحت", "صرح", "صرحت", "أعلن", "أعلنت", "اعتبر", "اعتبرت", "رأى", "رأت",
        "أشار", "أشارت", "أضاف", "أضافت", "ذكر", "ذكرت", "شدد", "شددت", "أفاد", "أفادت", "كتب", "كتبت", "روى", "روت",
    )
}
ARABIC_SPEECH_ENDS = {normalize(word) for word in ("إن", "أن", "إنه", "إنها", "إنهم", "أنه", "أنها", "أنهم", "،", ":", "لـ", "في")}
ARABIC_TITLES = {normalize(word) for word in AR_TITLES}
ARABIC_SON_OF = normalize("بن")
ARABIC_MOTHER_OF = normalize("أم")  # also "or": a name only before a given name
ARABIC_KUNYA_STARTS = {ARABIC_MOTHER_OF, normalize("أبو")}
ARABIC_COMMAS = {"،", ","}
# particles of European names written in Arabic ("فان", "دي", "دو"); not "لا", "لو" (no, if)
ARABIC_NAME_PARTICLES = {normalize(word) for word in ("فان", "فون", "دي", "دو", "دا", "دن", "دير", "دوس", "ديل")}
ARABIC_NAMED_PLACES = {normalize(word) for word in AR_FACILITY_HEADS + ["سجن", "قاعدة", "حي", "شارع", "ساحة", "مسجد", "جامع"]}
ARABIC_NAMED_AFTER = ARABIC_NAMED_PLACES | {normalize("فرع")}
# Words before a place's name: "محكمة مقاطعة [بازار كورغون]" names a town, not someone.
ARABIC_PLACE_HEADS = {normalize(word) for word in AR_TOWN_DESCRIPTORS + AR_DISTRICT_DESCRIPTORS + AR_GEOGRAPHIC_HEADS + ["مقاطعة", "إقليم", "ولاية", "بلدتي", "قريتي"]}
ARABIC_TITLE_COMPLEMENTS = {normalize(word) for word in AR_TITLE_COMPLEMENTS}
# "عبد الله" ends a name, though "حزب الله" makes "الله" a word of a listed name
ALLAH = normalize("الله")
# Names that take "الله" after them: "نصر الله", "فضل الله", "جاب الله"
ARABIC_NAMES_WITH_ALLAH = {normalize(word) for word in ("نصر", "فضل", "جاب", "عطا", "خير", "حسب", "عوض", "جار", "رزق", "فتح", "ضيف", "سعد", "حمد", "عبيد")}
ARABIC_BODY_LINKS = {normalize(word) for word in ("في", "لدى")}
# Normalizing merges some of them with names ("على" "on" and "علي" "Ali"): compared as written.
ARABIC_STOPWORDS_AS_WRITTEN = {"على", "إلى", "الى", "عن", "من", "في", "أمام", "امام"}


def not_first_names(language: str) -> frozenset[str]:
    """Normalized words that start no person's name: one-word names of places, groups and
    organisations ("Jordan", "Chad"), and the titles, institution and date words of the rules."""
    return frozenset({name for name in _other_names(language) if " " not in name} | _rule_words(language))


def not_surnames(language: str) -> frozenset[str]:
    """Normalized words that are no surnames: the words of every listed name that is not a
    person's, and the titles, institution words and date words of the rules. In Arabic,
    the name of whom a branch or a building is named after is still a family name ("فرع
    الخطيب": "بلال محمد الخطيب")."""
    words = set()
    for name in _other_names(language):
        parts = name.split()
        words.update(parts[:1] if language == "ar" and parts[0] in ARABIC_NAMED_AFTER else parts)
    return frozenset(words | _rule_words(language))


def _other_names(language: str) -> set[str]:
    """Normalized listed names of everything but people, hyphens read as spaces."""
    return {
        normalize(alias).replace("-", " ")
        for entry in load_gazetteer().entries.values()
        if entry.type != "PERSON"
        for alias in entry.aliases(language)
    }


def _rule_words(language: str) -> set[str]:
    if language == "ar":
        return {normalize(word) for word in AR_TITLES + AR_TITLE_COMPLEMENTS + AR_ORG_HEADS + AR_PLACE_BODIES}
    words = TITLES | GENERIC_WORDS | NUMBER_OR_DATE_WORDS | set(MEDIA_WORDS + ORG_HEADS_EN + LAW_HEADS_EN + COURT_KINDS_EN + SENTENCE_OPENERS_EN + FAC_LAST_EN + BUILDINGS_EN + AWARD_WORDS)
    return {normalize(word) for word in words} | {"no", "nos"}  # "C.P. No. 12" is a case number


class GivenNamePeople:
    """Adds PERSON spans to the domain layer's spans."""

    def __init__(self, language: str, not_first_names: frozenset[str], not_surnames: frozenset[str]):
        self.language = language
        self.not_surnames = not_surnames
        self.first_names = given_names() - not_first_names
        self.common_words = common_words(language)

    def __call__(self, doc: Doc) -> Doc:
        found = self._arabic(doc) if self.language == "ar" else self._latin(doc)
        if found:
            doc.spans[DOMAIN_SPANS] = list(doc.spans[DOMAIN_SPANS]) + found
        return doc

    def _latin(self, doc: Doc) -> list[Span]:
        spans, i = [], 0
        while i < len(doc):
            token = doc[i]
            # a given name, or initials ("J.L. de Villiers"), before surnames
            first = (token.norm_ in self.first_names and CAPITALISED.match(token.text)) or INITIALS.match(token.text)
            end = self._latin_surnames(doc, i + 1) if first else i + 1
            # a town named like a person ("Bobo-Dioulasso") is the town
            if end > i + 1 and doc[i:end].text not in latin_towns():
                spans.append(Span(doc, i, end, label="PERSON"))
            i = end
        return spans

    def _latin_surnames(self, doc: Doc, start: int) -> int:
        end = position = start
        for _ in range(MAX_SURNAMES):
            particles = 0
            while position < len(doc) and doc[position].text in LATIN_PARTICLES and particles < 2:
                position += 1
                particles += 1
            if position >= len(doc) or not self._latin_surname(doc[position]):
                break
            position += 1
            end = position
        return end

    def _latin_surname(self, token) -> bool:
        return bool(CAPITALISED.match(token.text)) and token.norm_ not in self.not_surnames and len(token.text) > 1

    def _arabic(self, doc: Doc) -> list[Span]:
        """A given name, then another ("محمد حمدان", "عبد الرحيم محمد") or a rare word
        ("مازن دباغ"), then a third name word if one follows; or a given name and any
        name word where the name visibly ends, at punctuation or "و" ("سميرة الخليل
        وناظم حمادي،"). Arabic has no capitals, and a given name alone, or before a common
        word, is too often an everyday word ("أمام", "كامل الأراضي") to mark a name."""
        spans, i = [], 0
        # Where each name the domain layer found ends, and where it starts: a title may head it.
        bodies: dict[int, int] = {}
        for span in doc.spans[DOMAIN_SPANS]:
            if span.label_ in ("ORG", "COURT", "GPE"):
                bodies[span.end] = min(span.start, bodies.get(span.end, span.start))
        # A listed name is no one's given name: "أبو ظبي" (a place), not "أبو" + a name.
        listed_starts = {span.start for span in doc.spans[DOMAIN_SPANS] if span.id_ and span.label_ != "PERSON"}
        # but a group word may be a given name: "العربي ق.", "سنية بن عمار"
        group_words = {span.start for span in doc.spans[DOMAIN_SPANS] if span.label_ == "NORP" and len(span) == 1}
        while i < len(doc):
            if i in listed_starts and not (i in group_words and self._named_by_initial_or_father(doc, i)):
                i += 1
                continue
            end = self._arabic_given_name(doc, i, after_conjunction=True)
            # a given name that is also a group word, and its father's: "سنية بن عمار"
            by_father = end is None and i in group_words and self._named_by_initial_or_father(doc, i) and _initial_end(doc, i + 1) is None
            if by_father:
                end = i + 3 if doc[i + 1].norm_ == ARABIC_SON_OF else i + 2
            elif end is None and _initial_end(doc, i + 1) is not None:
                # a name that is also a word is a name before an initial: "نور ب.", "العربي ق."
                definite = doc[i].norm_ in ARABIC_DEFINITE_GIVEN_NAMES
                end = i + 1 if definite else self._arabic_given_name(doc, i, after_conjunction=True, also_words=True)
            # A second given name may be one that is also a word ("علي حسن خليل"): the first vouches for it.
            # (not after "و": "فوزي ومينا" are two people)
            second = self._arabic_given_name(doc, end, also_words=True) if end is not None and end < len(doc) and _joined(doc[end]) else None
            if by_father:
                pass
            elif end is not None and (initial_end := _initial_end(doc, end)) is not None:
                # "أحمد ك.": a court's initial for the surname; "ستيفن م. شويبل": a middle one
                end = initial_end + 1 if initial_end < len(doc) and self._arabic_rare_word(doc[initial_end]) else initial_end
            elif end is not None and end < len(doc) and _arabic_name_word(doc[end]) and (initial_end := _initial_end(doc, end + 1)) is not None:
                end = initial_end  # "محمد الأمين ب."
            elif second is not None:
                # a chain of given names, the father's and grandfather's ("عمر حسن أحمد البشير")
                while second < len(doc) and second - i < MAX_SURNAMES and _joined(doc[second]) and self._arabic_given_name(doc, second, also_words=True) == second + 1:
                    second += 1
                end = second + 1 if second < len(doc) and _joined(doc[second]) and self._arabic_third_name(doc[second]) else second
                if end == second + 1 and doc[second].norm_ in ARABIC_COMPOUND_STARTS and end < len(doc) and (self._arabic_surname(doc[end]) or doc[end].norm_ == ALLAH):
                    end += 1  # "محمد سعيد عبد الكاني": the family name is a compound too
            elif end is not None and self._foreign_surname_with_waw(doc, i, end):
                end += 1
            elif end is not None and end < len(doc) and self._arabic_rare_word(doc[end]):
                end += 1
                # a third word: rare, or a given name even if also a word ("فرحان عبدي نور")
                # (not after "و": "محمد مختاري [ومحمد] جعفر بوينده" are two people)
                # (and a rare word spelt like an everyday one is not: "فيليب كارسنتي [منظورة]", pending)
                if end < len(doc) and _joined(doc[end]) and ((self._arabic_rare_word(doc[end]) and name_likeness(doc[end].norm_) > EVERYDAY_WORD_LIKENESS)
                                                             or self._arabic_given_name(doc, end, also_words=True) == end + 1):
                    end += 1
            elif end is not None and end + 1 < len(doc) and self._arabic_surname(doc[end]) and _name_ends(doc[end + 1]):
                end += 1
            elif end == i + 1 and self._arabic_rare_family_name(doc, end):
                end += 1  # "علي السمودي": a family name with the article that is no word
            elif end is not None and self._arabic_family_name_between_commas(doc, i, end):
                end += 1
            elif end is not None and self._arabic_kunya(doc, i, end):
                pass  # "أم خالد" alone: the kunya is the whole name
            elif end is not None and self._arabic_particle_tail(doc, end) > end:
                end = self._arabic_particle_tail(doc, end)  # "كريستين فان دن فينغارت"
            elif end is not None and end + 2 < len(doc) and _joined(doc[end]) and _arabic_name_word(doc[end]) and doc[end + 1].norm_ == ARABIC_SON_OF:
                end += 1  # "محمد الأمين بن شنب": a second name before the father's or family's, taken below
            elif (speaker_end := self._arabic_speaker(doc, i)) is not None:
                end = speaker_end
            elif (holder_end := self._arabic_title_holder(doc, i, bodies)) is not None:
                end = holder_end
            elif self._transliterated_name(doc, i):
                end = i + 2  # "تيمور إيرغاشيف", "فاديم بويتشينكو", "مبويسا ماخوبو"
                while end < len(doc) and end - i < MAX_SURNAMES and self._arabic_rare_word(doc[end]) and looks_like_a_name(doc[end].norm_):
                    end += 1
                # the name's start, when it goes back one word, spelt as a name even if news
                # often writes it ("[جونسون] موغوا كيماني", "القاضية [سانجي] مماسينونو موناغينغ")
                if spans and spans[-1].end == i:
                    i = spans.pop().start
                elif i > 0 and _joined(doc[i]) and _arabic_name_word(doc[i - 1]) and word_ranks("ar").get(doc[i - 1].norm_, VERY_FREQUENT) >= VERY_FREQUENT \
                        and not doc[i - 1].norm_.startswith("ال") and name_likeness(doc[i - 1].norm_) >= GIVEN_NAME_LIKENESS:
                    i -= 1
            elif end is None and (word_end := self._name_that_is_also_a_word(doc, i)) is not None:
                end = word_end
            elif end is not None and self._foreign_surnames(doc, i, end) > end:
                pass  # "بيدرو غارسيا أريدوندو": extended below
            elif self._arabic_given_name(doc, i, also_words=True) == i + 1 and self._arabic_given_name(doc, i + 1) == i + 3:
                # a name that is also a word, before a compound one: "سلام عبد الأمير", and
                # the father's name after it: "إسلام عبد الفتاح حلمي"
                end = i + 3
                if end < len(doc) and _joined(doc[end]) and (self._arabic_given_name(doc, end) == end + 1 or self._arabic_rare_family_name(doc, end)):
                    end += 1
            else:
                i += 1
                continue
            end = self._foreign_surnames(doc, i, self._arabic_particle_tail(doc, end))
            if end < len(doc) and doc[end].norm_ == ALLAH and doc[end - 1].norm_ in ARABIC_NAMES_WITH_ALLAH:
                end += 1  # "سلمى نصر الله": the family name is a compound with "الله"
            end = _initial_end(doc, end) or end  # "محمد الأمين ب."
            end = _son_of_end(doc, end)
            slavic = end == i + 2 and SLAVIC_OR_TURKIC_SURNAME.search(doc[i + 1].text)  # "بسجن رادويكو ريبانوفيتش": a sentence
            if i > 0 and doc[i - 1].norm_ in ARABIC_NAMED_PLACES and not slavic:
                i = end
                continue  # "سد أبو منصور", "سجن بئر أحمد": a facility named after someone or somewhere
            end = next((k for k in range(i + 1, end) if conjunction_or_preposition_and_word(doc[k].text)), end)  # "جان دومينيك [برصاص] مسلح"
            spans.append(Span(doc, i, end, label="PERSON"))
            i = end
        return spans

    def _name_that_is_also_a_word(self, doc: Doc, i: int) -> int | None:
        """Where a name whose given name is also a word ends, when a rare family name, or a
        compound one, closes the clause after it: "مؤسس الحزب كمال جنبلاط،", "نبيه أبو شقرا:"."""
        if self._arabic_given_name(doc, i, also_words=True) != i + 1 or i + 2 >= len(doc) or not _joined(doc[i + 1]):
            return None
        end = i + 3 if doc[i + 1].norm_ in ARABIC_COMPOUND_STARTS and _arabic_name_word(doc[i + 2]) else i + 2
        if end == i + 2 and not self._arabic_rare_word(doc[i + 1]):
            return None
        return end if end == len(doc) or doc[end].is_punct else None

    def _foreign_surnames(self, doc: Doc, i: int, end: int) -> int:
        """A name that starts with a foreign given name goes on through words that are no
        frequent Arabic words, its transliterated surnames ("بيدرو غارسيا أريدوندو", "خوان
        مانويل سانتوس"): "غارسيا" is frequent in news, but as a name. Transliterations never
        end in "ة": "جان [ثلاثية]" is a trilogy."""
        if doc[i].norm_ not in transliterated_given_names():
            return end
        ranks = word_ranks("ar")
        while end < len(doc) and end - i <= MAX_SURNAMES and _joined(doc[end]) and self._arabic_surname(doc[end]) \
                and not doc[end].norm_.startswith("ال") and not doc[end].text.endswith("ة") \
                and ranks.get(doc[end].norm_, FOREIGN_SURNAME_RANK) >= FOREIGN_SURNAME_RANK:
            end += 1
        return end

    def _named_by_initial_or_father(self, doc: Doc, i: int) -> bool:
        """Whether the word at `i` goes on with an initial ("العربي ق.") or, being a given
        name, with "بن" and a name ("سنية بن عمار") or a rare family name ("سنية الزغلامي")."""
        if _initial_end(doc, i + 1) is not None:
            return True
        if doc[i].norm_ not in given_names():
            return False
        return (i + 2 < len(doc) and doc[i + 1].norm_ == ARABIC_SON_OF and _arabic_name_word(doc[i + 2])) or self._arabic_rare_family_name(doc, i + 1)

    def _arabic_particle_tail(self, doc: Doc, end: int) -> int:
        """A European name's particles and the name after them: "كريستين [فان دن فينغارت]",
        "مارك بيران [دو بريشامبو]"."""
        position = end
        while position < len(doc) and doc[position].norm_ in ARABIC_NAME_PARTICLES and position - end < 2:
            position += 1
        if position > end and position < len(doc) and self._arabic_rare_word(doc[position]):
            return position + 1
        return end

    def _arabic_speaker(self, doc: Doc, i: int) -> int | None:
        """Where the name of the one who speaks ends, for two or three name words between a
        verb of saying and what is said ("وقال مازن درويش إن ...", "أوضحت ناليدي باندور أن
        ..."); None when the words are not name-like (a title, a definite noun, an everyday
        word: "وقال مسؤولون أمميون إن")."""
        if i == 0 or _bare_verb(doc[i - 1].norm_) not in ARABIC_SPEECH_VERBS:
            return None
        first = doc[i]
        given = first.norm_ in self.first_names | arabic_given_names_also_words()  # "وقال كريم حداد إن"
        if first.norm_.startswith("ال") or not self._arabic_surname(first) or (first.norm_ in self.common_words and not given):
            return None
        for end in (i + 2, i + 3):
            words = doc[i + 1:end]
            # after a given name, any name word: "وقال سامر الخطيب إن" (a listed branch is also named "الخطيب")
            name_words = all(self._arabic_surname(word) for word in words) or (given and all(_arabic_name_word(word) for word in words))
            if end < len(doc) and doc[end].norm_ in ARABIC_SPEECH_ENDS and name_words:
                return end
        return None

    def _arabic_family_name_between_commas(self, doc: Doc, i: int, end: int) -> bool:
        """A given name and any one name word set off by commas: "مدير الرابطة، سامر الخطيب، إن"."""
        return (
            end == i + 1 and i > 0 and doc[i - 1].text in ARABIC_COMMAS and end + 1 < len(doc)
            and _arabic_name_word(doc[end]) and doc[end + 1].text in ARABIC_COMMAS
        )

    def _arabic_kunya(self, doc: Doc, i: int, end: int) -> bool:
        """"أم خالد", "أبو أيمن" alone, where the name visibly ends: a parent named after a child."""
        return (
            end == i + 2 and doc[i].norm_ in ARABIC_KUNYA_STARTS and doc[i + 1].norm_ in self.first_names
            and (end == len(doc) or _name_ends(doc[end]) or doc[end].norm_ in ARABIC_STOPWORDS | ARABIC_SPEECH_ENDS)
        )

    def _arabic_title_holder(self, doc: Doc, i: int, bodies: dict[int, int]) -> int | None:
        """Where the name of a body's office-holder ends, for two or three name words after
        a title and the body's name ("الأمين العام لحزب الله حسن نصر الله قد ...", "رئيس مجلس
        النواب نبيه بري وأحد ..."), up to where the name visibly ends; else None."""
        body_start = bodies.get(i)
        if not body_start:
            return None
        # bodies joined by "في", "لدى": "الممثلة الدائمة للبنان لدى مكتب الأمم المتحدة في جنيف ..."
        while body_start > 1 and doc[body_start - 1].norm_ in ARABIC_BODY_LINKS and bodies.get(body_start - 1):
            body_start = bodies[body_start - 1]
        title = body_start - 1
        while title > 0 and doc[title].norm_ in ARABIC_TITLE_COMPLEMENTS:
            title -= 1  # "الأمين العام ...", "الممثلة الدائمة ..."
        first = doc[i]
        if doc[title].norm_ not in ARABIC_TITLES or first.norm_.startswith("ال") or not _arabic_name_word(first):
            return None
        if word_ranks("ar").get(first.norm_, VERY_FREQUENT) < VERY_FREQUENT and first.norm_ not in self.first_names | arabic_given_names_also_words():
            return None  # "رئيس الحزب جلسة ...": a noun, not a name
        # Any name word after the first, even one a listed name uses ("نصر الله").
        for end in (i + 3, i + 2):
            if end > len(doc) or not all(_arabic_name_word(word) for word in doc[i + 1:end]):
                continue
            if end == len(doc) or _name_ends(doc[end]) or doc[end].norm_ in ARABIC_STOPWORDS | ARABIC_SPEECH_ENDS:
                return end
        return None

    def _arabic_given_name(self, doc: Doc, i: int, after_conjunction: bool = False, also_words: bool = False) -> int | None:
        """Where the given name starting at token `i` ends, or None; `after_conjunction`:
        also one written with "و" ("وناظم"), which only a name's first word can be;
        `also_words`: also a name that is a frequent word ("حسن")."""
        if i >= len(doc) or doc[i].text in ARABIC_STOPWORDS_AS_WRITTEN:
            return None
        token = doc[i]
        norm = token.norm_
        if norm in ARABIC_COMPOUND_STARTS and i + 1 < len(doc) and doc[i + 1].is_alpha and (
            doc[i + 1].norm_ not in ARABIC_STOPWORDS or (doc[i + 1].text not in ARABIC_STOPWORDS_AS_WRITTEN and doc[i + 1].norm_ in self.first_names)
        ):
            return i + 2  # (written "علي", the name is no "على")
        if norm == ARABIC_MOTHER_OF and i + 1 < len(doc) and doc[i + 1].norm_ in self.first_names:
            return i + 2  # "أم خالد": a mother named after her son
        if norm in self.first_names or (also_words and norm in arabic_given_names_also_words()):
            return i + 1
        # Only a name that is no everyday word: "ويبقى" is "and remains", not "and Yabqa";
        # unless a name follows and the word as written is none ("وبلال محمد"، "وبيتر
        # كويمانس"; but "وجود فتيان" is "the presence of boys").
        if after_conjunction and norm[:1] == "و" and norm[1:] in self.first_names and token._.proclitic == 0 \
                and (norm[1:] not in self.common_words or (norm not in self.common_words and self._arabic_name_follows(doc, i + 1))):
            token._.proclitic = 1  # "وناظم": the name starts after the conjunction
            token.norm_ = norm[1:]
            return i + 1
        return None

    def _arabic_name_follows(self, doc: Doc, i: int) -> bool:
        """A given name, a compound one ("وعائشة عبد الهادي") or a rare word at token `i`."""
        return i < len(doc) and (self._arabic_given_name(doc, i) is not None or self._arabic_rare_word(doc[i]))

    def _transliterated_name(self, doc: Doc, i: int) -> bool:
        """A name word that is no frequent word before a rare one spelt as a transliterated
        family name: with the ending of Slavic and Turkic ones ("-ov", "-ev", "-enko", "-ić"),
        as Arabic writes them, or with letters Arabic words do not have ("ماخوبو")."""
        if i + 1 >= len(doc) or not self._arabic_rare_word(doc[i + 1]):
            return False
        first, second = doc[i], doc[i + 1].norm_
        slavic_or_turkic = SLAVIC_OR_TURKIC_SURNAME.search(doc[i + 1].text)
        # (the first word, too, is spelt rather like a name than like a verb or a plural:
        # not "[رددوا] أناشيد", "[بلدات] توربو")
        if not slavic_or_turkic and not (looks_like_a_name(second) and name_likeness(first.norm_) >= GIVEN_NAME_LIKENESS):
            return False
        if i > 0 and doc[i - 1].norm_ in ARABIC_PLACE_HEADS:
            return False
        if second[:1] in ("ب", "ل") and second[1:] in self.common_words:
            return False  # "أبوابه بأرشيف": a preposition and a word ("with an archive")
        return _arabic_name_word(first) and not first.norm_.startswith("ال") and first.norm_ not in self.common_words and len(first.norm_) > 2 and not first.text.endswith(("ه", "هم"))

    def _foreign_surname_with_waw(self, doc: Doc, i: int, end: int) -> bool:
        """Whether the word after a foreign given name is its surname though it starts with
        "و", as transliterations of "W" do ("أغنيس وانجيرو", "توماس ويلسون"): neither the
        word nor what follows the "و" is a frequent word or a given name ("جون وماري",
        "جون ووالدته" are two people, or a person and another)."""
        if end != i + 1 or end >= len(doc) or doc[i].norm_ not in transliterated_given_names():
            return False
        token = doc[end]
        norm = token.norm_
        return (token.is_alpha and token._.proclitic == 0 and norm.startswith("و") and len(norm) > 4 and not token.text.endswith("ة")
                and word_ranks("ar").get(norm, FOREIGN_SURNAME_RANK) >= FOREIGN_SURNAME_RANK and norm[1:] not in self.common_words
                and norm[1:] not in self.first_names and norm not in self.first_names and norm[1:] not in self.not_surnames)

    def _arabic_rare_word(self, token) -> bool:
        """A word outside the language's frequent words: in news, most often a family name
        or a transliterated one."""
        return _joined(token) and self._arabic_surname(token) and len(token.norm_) > 2 and token.norm_ not in self.common_words and not token.norm_.startswith("ال")

    def _arabic_rare_family_name(self, doc: Doc, i: int) -> bool:
        """A word with the article after a given name that is no frequent word, with or
        without the article ("السمودي", "الهذلول"; not "الأرض", "الجديدة")."""
        if i >= len(doc) or not _joined(doc[i]):
            return False
        norm = doc[i].norm_
        return (
            norm.startswith("ال") and len(norm) >= 5 and self._arabic_surname(doc[i])
            and norm not in self.common_words and norm[2:] not in self.common_words
        )

    def _arabic_third_name(self, token) -> bool:
        """A word after two given names that goes on the name: a family name, not an everyday
        word ("أمانويل وليد [عشرين]"); frequent family names are written with the article
        ("الأسد", "الخطيب")."""
        norm = token.norm_
        if norm in ARABIC_COMPOUND_STARTS:
            return True  # "خالد عمر بن رمضان": the family name is a compound
        also_name = norm in self.first_names or norm in arabic_given_names_also_words()
        everyday = norm in self.common_words and not norm.startswith("ال") and not also_name
        return self._arabic_surname(token) and not everyday

    def _arabic_surname(self, token) -> bool:
        norm = token.norm_
        if norm.startswith("و") and norm not in self.first_names:
            return False  # "and ...": the name has ended ("مازن دباغ ونجله")
        return token.is_alpha and token.text not in ARABIC_STOPWORDS_AS_WRITTEN and norm not in ARABIC_STOPWORDS and norm not in self.not_surnames and not norm.startswith(("لل", "بال"))


def _arabic_name_word(token) -> bool:
    norm = token.norm_
    return token.is_alpha and token.text not in ARABIC_STOPWORDS_AS_WRITTEN and norm not in ARABIC_STOPWORDS and not norm.startswith(("و", "لل", "بال"))


def _son_of_end(doc: Doc, end: int) -> int:
    """A name goes on through "بن" and the father's or family's name ("محمد الأمين بن شنب",
    "زين العابدين بن علي": written with "ي", "علي" is a name, not "على")."""
    if end + 1 < len(doc) and doc[end].norm_ == ARABIC_SON_OF and _joined(doc[end]) and (_arabic_name_word(doc[end + 1]) or doc[end + 1].text == "علي"):
        return end + 2
    return end


def _joined(token) -> bool:
    """Whether a word goes on the name before it: not one with "و" (and), which starts another."""
    return token._.proclitic == 0 and not (token.text.startswith("و") and not token.norm_.startswith("و"))


def _bare_verb(norm: str) -> str:
    """A verb without the conjunction before it ("وقال" → "قال")."""
    return norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in ARABIC_SPEECH_VERBS else norm


def _name_ends(token) -> bool:
    """Punctuation or a word joined by "و" after a name word: the name is over."""
    return token.is_punct or (token.norm_[:1] == "و" and len(token.norm_) > 2)


def _initial_end(doc: Doc, i: int) -> int | None:
    """Where an initial (a single Arabic letter and a full stop, one token or two) that
    starts at token `i` ends, or None."""
    if i < len(doc) and len(doc[i].text) == 2 and doc[i].text[0].isalpha() and doc[i].text[1] == ".":
        return i + 1
    if i + 1 < len(doc) and len(doc[i].text) == 1 and doc[i].is_alpha and doc[i + 1].text == ".":
        return i + 2
    return None


@Language.factory("casefile_given_names", default_config={"language": "en"})
def _given_name_people(nlp: Language, name: str, language: str) -> GivenNamePeople:
    return GivenNamePeople(language, not_first_names(language), not_surnames(language))
