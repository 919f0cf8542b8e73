"""From raw spans (model and domain layer) to the document's entities with canonical names.

1. Clean each span: leading articles, titles and descriptors ("President", "city of",
   "القاضية"), possessive endings, quotes and Arabic proclitics come off.
2. Suppress false spans: numbers and dates, lower-case words, a person named like an
   institution ("Research Center"), all-caps headings that match nothing else.
3. Re-type model spans by their head word (a "... Court" is a COURT, a "... Statute"
   a LAW, a "... Prison" a FAC) and map model labels to `ENTITY_TYPES`.
4. Merge with the domain layer: a gazetteer or rule span wins over the model spans it
   overlaps, except that a longer model name keeps a place or group word nested in it
   ("Syrian" in "Syrian Air Force").
5. Group mentions of one entity: same gazetteer entry, same name, an acronym and the
   name it abbreviates ("ICJ", "International Court of Justice"; also "Name (ACR)"),
   a surname after the full name ("Assad" after "Bashar al-Assad": each short mention
   goes to the full name mentioned most recently before it, else to the most frequent
   one, so "Maher al-Assad" and "Bashar al-Assad" stay two people).
6. Name each entity by its longest form in the document (an acronym only when the full
   name never appears); group words (NORP) by their dictionary form in the document's
   language ("Syrians" → "Syrian", "syriennes" → "syrien", "السوريين" → "سوري").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import get_lang_class

from etl.document import Entity, Mention
from etl.dates.lexicon import EN_MONTHS, WEEKDAYS
from etl.entities.gazetteer import Gazetteer, french_forms, is_acronym, load_gazetteer, normalize, normalize_quotes
from etl.entities.lexicon import (
    VERY_FREQUENT, arabic_given_names_also_words, arabic_town_names, common_words, country_names, given_names, latin_towns, transliterated_given_names,
    without_accents, word_ranks,
)
from etl.entities.rules import (
    AR_COMPOUND_NAME_STARTS, AR_DEFINITE_GIVEN_NAMES, AR_NAME_FOLLOWERS, AR_REGIME_WORDS, AR_STATE_WORDS, AR_STOPWORDS, AR_TITLE_COMPLEMENTS, AR_TITLES,
    AR_WORSHIP_TITLES, MEDIA_WORDS, ORG_HEADS_EN,
    UPPER_LETTERS, arabic_rule_words,
)

MODEL_LABELS = {
    "PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP",
    "LAW": "LAW", "MISC": None,
}
# French (and most WikiNER-trained) models have one LOC label for countries, cities and regions.
MODEL_LABELS_BY_LANGUAGE = {"fr": {"LOC": "GPE"}}

ARTICLES_BY_LANGUAGE = {"en": {"the", "a", "an"}, "fr": {"le", "la", "les", "l'", "l’", "un", "une"}}
# Where the article is part of the name: cities (guidelines), and a title that is never written without it.
ARTICLE_KEPT = {"the hague", "la haye", "le caire", "le monde", "le figaro", "la croix"}
TITLES = {
    # English
    "president", "vice", "vice-president", "prime", "minister", "foreign", "judge", "judges", "justice", "presiding", "prosecutor",
    "chief", "deputy", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "general", "gen.",
    "brigadier", "major", "colonel", "col.", "lieutenant", "lt.", "captain", "sergeant", "sheikh", "ayatollah", "secretary-general",
    "inspector", "sub-inspector", "constable", "superintendent", "brigadier-general", "lieutenant-colonel", "major-general",
    "secretary", "ambassador", "envoy", "special", "rapporteur", "high", "commissioner", "king", "queen", "prince", "emir",
    "former", "late", "then-president", "defendant", "accused", "lawyer", "attorney", "counsel", "dictator", "leader",
    "commander", "officer", "doctor", "registrar", "senator", "spokesperson", "spokesman", "spokeswoman", "director",
    "magistrate", "senior", "chairman", "chairwoman", "chairperson", "mayor", "governor", "marshal", "admiral", "corporal",
    "sgt.", "capt.", "maj.", "sir", "dame", "lord", "lady", "baroness", "imam", "archbishop", "bishop", "cardinal", "pope", "rabbi", "activist",
    "journalist", "survivor", "witness", "ex-president", "warlord", "rebel", "militia", "opposition", "lawmaker", "datu", "lance",
    # the ranks of the rank and file: "Fusilier Gary Bartlam", "Private Lynndie England"
    "private", "pte", "pte.", "fusilier", "trooper", "gunner", "sapper", "rifleman", "guardsman", "lance-corporal", "bombardier",
    "airman", "seaman", "cpl.", "l/cpl",
    # French
    "m.", "mme", "mlle", "me", "président", "présidente", "juge", "juges", "procureur", "procureure", "général", "colonel", "maître",
    "docteur", "ministre", "ancien", "ancienne", "chef", "l'ex-président", "ex-président", "avocat", "avocate", "dictateur",
    "rapporteur", "rapporteuse", "secrétaire", "envoyé", "haut-commissaire", "commissaire", "accusé", "accusée",
    "magistrat", "magistrate", "capitaine", "lieutenant", "sergent", "commandant", "directeur", "directrice", "maire",
    "soldat", "caporal", "caporal-chef", "adjudant", "adjudant-chef", "sous-lieutenant", "sous-officier", "gendarme",
    "gouverneur", "professeur", "pr", "dr", "sénateur", "député", "députée", "porte-parole", "cheikh", "opposant",
    "opposante", "militant", "militante", "journaliste", "chef", "l'ancien", "l'ancienne", "feu",
    "ambassadeur", "ambassadrice", "l'ambassadeur", "l'ambassadrice", "inspecteur", "l'inspecteur",
    # professions written before a name: "L'écrivain Ken Saro-Wiwa", "the poet ..."
    "écrivain", "écrivaine", "l'écrivain", "l'écrivaine", "poète", "romancier", "romancière", "historien", "historienne",
    "photographe", "blogueur", "blogueuse", "writer", "poet", "novelist", "historian", "photographer", "blogger",
}
DESCRIPTOR_PREFIXES = (
    "affaire ", "city of ", "town of ", "province of ", "state of ", "district of ", "region of ", "ville de ", "province de ",
    "région de ", "département de ", "département du ", "district de ", "district du ", "wilaya de ", "préfecture de ",
    "préfecture du ", "territoire de ", "village de ", "village of ", "municipality of ", "état de ", "état du ",
    "région des ", "région du ", "péninsule de ", "péninsule d'",
    "massacre de ", "massacre d'", "massacre du ", "massacres de ", "massacres d'", "massacres du ",
    "tuerie de ", "tuerie d'", "tuerie du ", "tueries de ", "tueries d'", "tueries du ",
    "génocide au ", "génocide en ", "génocide du ", "génocide des ",
    "copyright ", "© ",  # boilerplate: "Copyright Agence Presse Équateur"
    # a court's press office signs its releases: "Service de communication de la cour d'appel de Paris"
    "service de communication de la ", "service de communication du ", "service de communication de l'",
    "service de presse de la ", "service de presse du ", "service de presse de l'", "pôle spécialisé du ",
    "pôle spécialisé de la ", "site internet de la ", "site internet du ", "communications service of the ",
    "press office of the ", "press service of the ", "press release - ", "press release – ", "communiqué - ", "communiqué – ",
    "canton de ", "canton du ", "canton d'",
)
# A press office named alone, in a release's contact line, is no entity of the story ...
DESCRIPTIONS_NOT_NAMES = {
    "communications service", "press office", "press service", "service de communication", "service de presse",
    "communiqué", "communiqué de presse", "press release", "service", "service de la communication",
    # ... and state security, in lower case, is what a service does, not its name
    "sûreté de l'état", "sûreté de l’état",
    # ... and a court's chambers named alone ("Press Release - Chambers") are none in particular
    "chambers", "chamber",
    # ... and a trial's jury is the court's, no body of its own
    "هيئة المحلفين", "jury", "the jury",
}
# Lower-case words a model span may end on that describe the name before them ("Awami League party").
TRAILING_DESCRIPTORS = {"party", "group", "militia", "movement", "organisation", "organization", "network", "rebels", "forces"}
# A law's number: its year is part of its name ("Law No. 7 of 2014", "loi n° 21 de 2015", "القانون رقم 38 لسنة 2012")
# ... or its date: "loi du 16 juin 1993"
LAW_DATE = re.compile(r"^(?:loi|décret) du \d+(?:er)? \w+$")
LAW_NUMBER = re.compile(r"(?:\bNo\.?|\bn°|رقم|عدد) ?[\d.\-/]+ (?:of|de|لسنة|لعام)$")
# French bodies named with the country they work in
FR_BODIES_OF_A_COUNTRY = {
    "mission", "bureau", "opération", "collectif", "institution", "union", "réseau", "initiative", "observatoire",
    "ligue", "coalition", "commission", "comité", "association", "fonds", "programme",
}
# A name never ends on these ("Reed Brody of", "Geneva Conventions of [1949]", "... de la").
TRAILING_FUNCTION_WORDS = {"of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "les", "et", "d'", "l'", "d", "l", "à", "و"}
# Where a body is, after its name: "Société tunisienne de l'électricité et du gaz [à Gabès]".
# ... or what it is then: "Parti socialiste destourien [au pouvoir]", "gouvernement [en exil]"
FRENCH_LOCATION_TAIL = re.compile(r" à [A-ZÀ-Ö][\w'’-]*$| au pouvoir$| en exil$")
# A capitalised name word: "Gombo", "Al-Marimi", "Mas'ud"
NAME_WORD = rf"[{UPPER_LETTERS}][\w'’-]+"
CURRENCY_CODES = {"EUR", "USD", "GBP", "CHF", "CAD", "XOF", "XAF"}
# a copyright line's words, which the models read as a body's name
RIGHTS_RESERVED = {"tous droits réservés", "all rights reserved"}
POST_NOMINALS = {"KC", "QC", "SC", "MP", "OBE", "CBE", "KBE", "MBE", "Esq.", "Esq", "PhD", "Ph.D."}
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "upper", "lower"}
REGION_DESCRIPTORS = {"province", "governorate", "region", "oblast", "regency"}
# (and a regime is its ruler's whatever the case: "the Assad Regime's prisons")
DIVISIONS_NAMED_BY_THEIR_PLACE = (" regency", " oblast", " regime")
DESCRIPTOR_SUFFIXES = (" province", " governorate", " region", " oblast", " regency", " city", " regime", " government", " administration", " massacre")
AR_DESCRIPTORS = {normalize(word) for word in ("مدينة", "صحيفة", "قناة", "ريف", "بلدة", "محافظة", "قرية", "منطقة", "نظام", "حي", "ناحية", "ولاية")}
AR_TITLE_WORDS = {normalize(word) for word in AR_TITLES + AR_TITLE_COMPLEMENTS}
AR_OUTLET_DESCRIPTORS = {normalize(word) for word in ("قناة", "صحيفة")}
# Countries named like an everyday adjective ("مالي": financial), named only after a
# preposition, a direction or a word for a state.
AR_COUNTRIES_ALSO_ADJECTIVES = {normalize("مالي")}
AR_BEFORE_A_COUNTRY = re.compile(
    r"(?:^|\s)[وف]?(?:في|من|إلى|الى|مع|بين|عن|على|شمال|جنوب|شرق|غرب|وسط|دولة|جمهورية|حكومة|عاصمة|حدود|شمالي|جنوبي|و|ب|ل)\s*$"
)
ARABIC_COMPOUND_STARTS = {normalize(word) for word in AR_COMPOUND_NAME_STARTS}
FAMILY_AFTER = re.compile(r"^\s*(?:family|families|clan|dynasty)\b", re.IGNORECASE)
FAMILY_BEFORE = re.compile(r"(?:\bfamille|\bclan|عائلة|أسرة|آل)\s*$", re.IGNORECASE)

NUMBER_OR_DATE_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "février", "mars", "avril", "mai",
    "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "of", "de", "the", "le", "and", "et", "to", "au", "à",
    "dernier", "dernière", "prochain", "prochaine", "last", "next",  # "Mercredi dernier"
}
INSTITUTION_WORDS = {
    "center", "centre", "court", "council", "committee", "commission", "university", "institute", "institution",
    "ministry", "office", "agency", "association", "organisation", "organization", "network", "group", "tribunal",
    "chamber", "prison", "hospital", "army", "forces", "watch", "international", "foundation", "union", "party", "bureau",
    "department", "directorate", "branch", "police", "mechanism", "initiative", "archive", "programme", "program",
    "news", "agence", "cour", "comité", "conseil", "ministère", "centre", "réseau", "fédération", "ligue", "parquet",
}
# Capitalised common nouns of legal and news writing: alone, or only with each other, they
# describe ("the Respondent", "the Order", "l'État", "Research Center"), they do not name.
GENERIC_WORDS = INSTITUTION_WORDS | {
    "article", "order", "application", "statute", "respondent", "applicant", "complainant", "claimant", "decision",
    "judgment", "judgement", "ruling", "verdict", "party", "parties", "states", "senate", "registry", "registrar",
    "convention", "protocol", "charter", "summary", "annex", "communication", "requérant", "requérante", "décision",
    "arrêt", "état", "états", "etat", "etats", "étranger", "étrangère", "partie", "parties", "ordonnance", "statut",
    "requête", "plaignant", "tribunal", "cour", "chambre", "président", "présidente", "gouvernement", "ministère",
    "research", "studies", "national", "general", "central", "public", "special", "federal", "supreme", "high", "regional",
    "district", "criminal", "human", "rights", "justice", "security", "state", "legal", "media", "press", "new", "appeals", "higher",
    "appeal", "trial", "government", "regime", "prosecutor", "prosecution", "intelligence", "military", "detention",
    "judges", "judge", "registry", "members", "bench", "presidency", "release", "statement",
    # a treaty body's and a court's documents: "the Views", "Amended Complaint", "DENIED"
    "views", "complaint", "amended", "motion", "petition", "petitioner", "denied", "granted", "dismissed",
}
# Head words of French organisations the French model reads as places (LOC) when the name is long.
FR_ORG_HEADS_READ_AS_PLACES = {"département", "direction", "ministère", "comité", "commission", "office", "agence", "service", "conseil", "bureau", "association", "ligue", "fédération", "union", "mouvement", "parti", "front", "gouvernement", "collectif", "institut", "fondation", "presse"}
UNIQUE_COURT_KINDS = {"supreme", "constitutional", "security", "police", "national", "high"}
COURT_STAFF = {"judges", "judge", "registry", "registrar", "members", "bench", "presidency", "president"}
COURT_WORDS = {"court", "tribunal", "cour", "courts", "tribunals", "chambers"}
LAW_FIRST = {"convention", "conventions", "statute", "charter", "covenant", "treaty", "protocol", "code", "statut", "charte", "pacte", "traité", "protocole", "loi", "law", "declaration", "déclaration"}
LAW_LAST = {"statute", "act", "charter", "convention", "conventions", "covenant", "treaty", "code", "protocol", "protocols", "law"}
FAC_FIRST = {"prison", "aéroport", "hôpital", "camp", "palais", "palace", "detention", "complexe", "théâtre", "musée", "cathédrale", "mosquée", "stade"}
FAC_LAST = {
    "prison", "jail", "airport", "airfield", "hospital", "camp", "base", "airbase", "palace", "detention", "barracks", "stadium", "complex",
    "theatre", "theater", "museum", "cathedral", "mosque", "arena", "plaza",
}
# First words of armed groups' Arabic names, transliterated ("supporters", "front", "army", "brigade" ...).
ARMED_GROUP_FIRST = {"ansar", "jabhat", "jaish", "jaysh", "liwa", "harakat", "katibat", "hayat", "hay'at", "ahrar", "faylaq", "saraya", "asa'ib", "kata'ib", "jamaat", "jama'at"}
FORCE_WORDS = {"army", "movement", "front", "party", "forces", "brigade", "militia", "battalion", "regiment", "police"}
REGION_LAST = {"region", "province", "oblast", "governorate", "prefecture"}
FAC_CENTRES = {"centre", "center", "facility"}
FAC_KINDS = {"correctional", "detention", "rehabilitation", "reform", "holding", "interrogation"}
LOC_LAST = {"river", "lake", "sea", "ocean", "mountains", "valley", "desert", "peninsula", "gulf", "delta", "plateau", "basin", "plains", "highlands", "marshes", "street", "avenue", "boulevard", "square", "park"}
LOC_FIRST = {"lake", "mount", "lac", "fleuve", "mer", "mont", "monts", "golfe", "rue"}
# A model span starting with one of these lost its head ("de la Justice" of "ministère de la Justice").
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "baroness", "m", "mme", "mlle"}
POSSESSIVES = {"my", "our", "his", "her", "their", "your", "ma", "mon", "mes", "notre", "nos", "votre", "vos", "leur", "leurs", "sa", "son", "ses"}
LEADING_FUNCTION_WORDS = {"de", "du", "des", "d'", "of", "for", "and", "et", "à", "au", "aux", "in", "en"}
ACRONYM_STOPWORDS = {"of", "the", "for", "and", "on", "in", "to", "against", "de", "des", "du", "la", "le", "l", "d", "pour", "et", "sur", "aux", "au", "à", "en", "contre"}
NAME_PARTICLES = {"al", "el", "ad", "as", "ash", "ar", "ibn", "bin", "de", "du", "von", "van", "der", "la", "le"}
MAX_TOKENS = 12
NUMBERED_PARTS = {"article", "articles", "paragraph", "paragraphs", "rule", "rules", "section", "sections", "règle", "alinéa", "para.", "art.", "chapter", "chapitre"}


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    origin: str  # "gazetteer", "rule" or "model"
    entry: str | None = None
    form: str = ""  # the name as it should be shown (Arabic article restored)

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Candidate") -> bool:
        return self.start <= other.start and other.end <= self.end and self.length > other.length


def _words(text: str) -> list[str]:
    return text.split()


# "Pre-Trial Chamber I." ends a sentence: the full stop is no initial's.
CHAMBER_NUMBER_AT_END = re.compile(r"(?:Chamber|Panel|Senate|[Cc]hambre|préliminaire|instance|Protocol)\s+[IVX]+\.$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, quotes, brackets and trailing punctuation and possessives."""
    changed = True
    while changed and start < end:
        changed = False
        span = text[start:end]
        stripped = span.lstrip(" \t\n\"'«»“”‘’()[]-–—,;:.،؛")
        if len(stripped) != len(span):
            start += len(span) - len(stripped)
            changed = True
        span = text[start:end]
        for ending in ("'s", "’s", "'", "’"):
            if span.endswith(ending) and len(span) > len(ending):
                end -= len(ending)
                changed = True
                break
        span = text[start:end]
        stripped = span.rstrip(" \t\n\"«»“”‘()[]-–—,;:!?،؛")
        if stripped.endswith(".") and (CHAMBER_NUMBER_AT_END.search(stripped) or not re.search(r"(?:\b[A-Z]|\.[A-Z]|\b(?:Jr|Sr|St|Co|Inc|Ltd|D\.C)|(?:^|\s)[\u0621-\u064a])\.$", stripped)):
            stripped = stripped[:-1]
        if len(stripped) != len(span):
            end -= len(span) - len(stripped)
            changed = True
    return start, end


def _strip_leading(text: str, start: int, end: int, language: str, kind: str = "") -> tuple[int, int]:
    """Drop leading articles, titles and descriptors, word by word; titles only before
    people ("Attorney General's Office", "General Amnesty Law" keep theirs)."""
    while start < end:
        span = text[start:end]
        lowered = span.lower()
        if any(lowered.startswith(kept) for kept in ARTICLE_KEPT):
            return start, end
        for prefix in DESCRIPTOR_PREFIXES:
            if lowered.startswith(prefix):
                start += len(prefix)
                break
        else:
            match = re.match(r"(l['’]|d['’])", lowered)
            if match and len(span) > 2:
                start += match.end()
                continue
            first = span.split(maxsplit=1)
            if len(first) < 2:
                return start, end
            word = first[0]
            key = normalize(word) if language == "ar" else word.lower().rstrip(",")
            # (a lower-case title is a role, whatever the span: "ministre de la Justice")
            titled = key in TITLES and (kind in ("", "PERSON", "MISC") or word[:1].islower())
            # West African usage: "Cheikh" capitalised is a given name ("Cheikh Tidiane Gadio");
            # the title is "cheikh" in French and "Sheikh" in English
            titled = titled and not (word == "Cheikh" and language in ("en", "fr"))
            droppable = key in _articles(language) or titled if language != "ar" else _is_arabic_leading_word(key, kind in ("", "PERSON", "MISC"))
            if language == "ar" and kind in ("", "PERSON") and _given_name_also_group_word(key, first[1]):
                droppable = False  # "العربي ق.", "سنية بن عمار"
            if not droppable:
                return start, end
            start += len(word)
            start, end = _trim(text, start, end)
    return start, end


def _articles(language: str) -> set[str]:
    return ARTICLES_BY_LANGUAGE.get(language, ARTICLES_BY_LANGUAGE["en"])


@lru_cache(maxsize=2)
def _arabic_leading_words(person: bool) -> frozenset[str]:
    """Words before an Arabic name that are not part of it: descriptors, and before a
    person titles and the nationality of a title ("الرئيس السوري بشار الأسد"); a state's
    name keeps its "الجمهورية"."""
    return frozenset(AR_DESCRIPTORS | ((AR_TITLE_WORDS | listed_group_words("ar")) if person else set()))


def _given_name_also_group_word(word: str, rest: str) -> bool:
    """Whether `word`, a group word, is the given name of a person named `word` `rest`:
    an initial, "بن" or a family name follows ("العربي ق.", "سنية بن عمار", "سنية
    الزغلامي"), not another given name ("السوري بشار الأسد")."""
    if word not in listed_group_words("ar") or not (word in given_names() or word in ARABIC_DEFINITE_GIVEN_NAMES):
        return False
    follower = normalize(rest.split()[0])
    return bool(ARABIC_INITIAL.fullmatch(rest)) or follower in ("بن", "بنت") or (follower.startswith("ال") and follower not in given_names())


def _is_arabic_leading_word(word: str, person: bool = True) -> bool:
    """A title or descriptor, also with a conjunction or preposition attached ("ووزير" →
    "وزير", "بمدينة" → "مدينة")."""
    leading = _arabic_leading_words(person)
    return word in leading or any(word.startswith(proclitic) and word[len(proclitic):] in leading for proclitic in ("وب", "ول", "و", "ف", "ب", "ل", "ك"))


def _strip_trailing(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing descriptor written in lower case ("Idlib province"; "Davao City"
    and "Abyei Area Administration" are names), post-nominal letters ("Karim Khan KC")
    and a year ("© Levant Wire 2024")."""
    written = text[start:end]
    for suffix in DESCRIPTOR_SUFFIXES:
        # (a regency or an oblast is named by its place whatever the case: "Paniai Regency";
        # "Northern province" keeps its word: a direction alone names nothing)
        ending = written.lower() if suffix in DIVISIONS_NAMED_BY_THEIR_PLACE else written
        if ending.endswith(suffix) and len(written) > len(suffix) and not set(written[: -len(suffix)].lower().replace("-", " ").split()) <= DIRECTIONS:
            return _trim(text, start, end - len(suffix))
    head, _, last = text[start:end].rpartition(" ")
    # (a law's year stays: "القانون رقم 38 لسنة 2012", "Coroners and Justice Act 2009", "Law No. 7 of 2014")
    dated = re.fullmatch(r"(?:19|20)\d\d", last) and not (head.endswith(" Act") or LAW_NUMBER.search(head) or LAW_DATE.search(head))
    dropped = last in POST_NOMINALS or dated or last in TRAILING_DESCRIPTORS or last in TRAILING_FUNCTION_WORDS
    if head.strip() and dropped:
        return _strip_trailing(text, *_trim(text, start, start + len(head)))
    return start, end


TATWEEL = "\u0640"
ARABIC_INITIAL = re.compile(r"[\u0621-\u064a]\.")


def _in_construct(surface: str) -> bool:
    """Whether the first word of an Arabic name is in construct with the second: a definite
    noun follows ("لجنة الاتحاد"), not a definite adjective ("اللجنة الدولية")."""
    words = surface.split()
    return len(words) > 1 and normalize(words[1]).startswith("ال") and not _arabic_adjective(normalize(words[1]))


def _arabic_form(text: str, start: int, end: int, proclitic: int, bare: str | None) -> tuple[int, str]:
    """(mention start, name): the proclitic is cut off the mention; an article merged
    into "لل" is restored in the name as `bare`, the first word's normalized form without
    it, says ("للأمم المتحدة" → "الأمم المتحدة", "للواء 50" → "اللواء 50")."""
    start += proclitic
    while start < end and text[start] == TATWEEL:
        start += 1  # "لـوكالة": the proclitic drawn out with a tatweel
    surface = text[start:end]
    if bare and surface.startswith("لل"):
        restored = "ال" + surface[1:] if normalize("ال" + surface[1:]).startswith(bare) else "ال" + surface[2:]
        return start, restored
    return start, surface


def clean(text: str, start: int, end: int, language: str, origin: str, kind: str = "") -> tuple[int, int] | None:
    start, end = _trim(text, start, end)
    if origin == "gazetteer" and language == "ar":
        # "قناة الجزيرة" is listed whole (alone, "الجزيرة" is also Gezira or an island), and
        # named without the descriptor, like any outlet ("صحيفة").
        words = text[start:end].split(maxsplit=1)
        if len(words) == 2 and normalize(words[0]) in AR_OUTLET_DESCRIPTORS:
            start, end = _trim(text, start + len(words[0]), end)
    elif origin == "gazetteer":
        # "The New York Times" is listed under "New York Times", "the Gambia" under "Gambia";
        # "The Hague" keeps its article.
        words = text[start:end].split(maxsplit=1)
        if len(words) == 2 and words[0].lower() in _articles(language) and text[start:end].lower() not in ARTICLE_KEPT:
            start, end = _trim(text, start + len(words[0]), end)
    elif origin != "gazetteer":
        end = _through_a_country_name(text, start, _before_unbalanced_bracket(text, start, end))
        start = _after_a_towns_possessive(text, start, end) if kind in ("GPE", "LOC", "FAC", "ORG") else start
        start = _from_a_hyphenated_start(text, start) if language != "ar" else start
        if language == "fr":
            start = _after_a_courts_division(text, _after_an_agencys_dispatch(text, start, end), end)
            end = _through_a_french_state(text, start, end)
        start, end = _strip_leading(text, start, end, language, kind)
        start, end = _strip_trailing(text, start, end)
        if language == "en" and origin == "model":
            end = _before_lower_case_tail(text, start, _before_lower_case_verb(text, start, end))
            if kind in ("ORG", "COURT", "LAW"):
                end = _through_a_title_case_tail(text, start, end)
        if language == "en":
            start, end = _after_nationality_of_a_ministry(text, start, end), _before_a_date(text, start, end)
        if language in ("en", "fr") and kind in ("ORG", "COURT"):
            end = _through_of_a_country(text, end, language)
        if language == "en" and kind in ("ORG", "COURT"):
            end = _through_of_a_state(text, end)
        if kind == "PERSON" and language != "ar":
            end = _through_a_hyphenated_given_name(text, start, end)
        if kind == "PERSON" and text[end - 3:end] in (" Jr", " Sr") and text[end:end + 1] == ".":
            end += 1  # the model leaves the abbreviation's full stop out: "Andal Ampatuan Sr."
        if language == "fr" and kind in ("ORG", "MISC", ""):
            located = FRENCH_LOCATION_TAIL.search(text, start, end)
            end = located.start() if located and len(text[start:located.start()].split()) > 1 else end
        start, end = _trim(text, start, end)
        if kind in ("ORG", "COURT", ""):
            end = _before_case_against_a_person(text, start, end)
        if language == "ar" and kind in ("ORG", "COURT", "FAC", "LAW") and origin == "rule" and not _named_after_an_imam(text[start:end]):
            end = _before_arabic_object(text, start, end)
        if language == "ar" and kind == "ORG":
            end = _before_arabic_stance(text, start, end)
        if language == "ar" and kind == "PERSON":
            start = _after_by_the_name(text, start, end)
            start = _skip_arabic_title_object(text, start, end)
            end = _cut_arabic_follower(text, start, end)
            end = _cut_everyday_arabic_word(text, start, end)
    if kind == "ORG" and language != "ar" and (suffix := COMPANY_SUFFIX.match(text, end)):
        end = suffix.end()  # a listed company's name goes on through its legal form
    return (start, end) if start < end else None


# A company's legal form, after the country of a subsidiary: "Anvil Mining Limited",
# "Anvil Mining Congo SARL"
COMPANY_SUFFIX = re.compile(r"(?: [A-Z][a-z]+)? (?:Limited|Ltd\.?|Inc\.|plc|PLC|SARL|SAS|S\.A\.|LLC|GmbH|AG)\b")


# "عرّفت نفسها باسم أم عمّار": after these, "باسم" is "by the name", not the given name Basim.
ARABIC_WORSHIP_TITLES = frozenset(normalize(word) for word in AR_WORSHIP_TITLES)
# ... and after "submitted", it is "in the name of": "الاستئناف المقدم باسم عبد الباسط المقرحي".
AR_CALLED_BY = frozenset(normalize(word) for word in (
    "نفسه", "نفسها", "المعروف", "المعروفة", "الملقب", "الملقبة", "اسمه", "اسمها", "المقدم", "المقدمة", "قدم", "قدمت",
))


# Slavic and Turkic family names as Arabic writes them ("-ov", "-ev", "-enko", "-ić", "-ski")
SLAVIC_OR_TURKIC_SURNAME = re.compile(r"(?:وف|يف|وفا|يفا|ينكو|يتش|سكي)$")


AR_COURT_WORDS = frozenset(normalize(word) for word in ("محكمة", "المحكمة"))
# Kinds every country's courts share; the courts of cassation, the supreme and the
# constitutional ones are each a country's one ("محكمة النقض")
AR_COURT_KINDS_ALONE = frozenset(normalize(word) for word in (
    "الاستئناف", "الجنايات", "الجنائية", "الجزئية", "الإقليمية", "الخاصة", "الابتدائية", "العسكرية", "الجزائية",
))
AR_WEEKDAYS = frozenset(normalize(day) for names in WEEKDAYS["ar"] for day in names)
LATIN_WEEKDAYS = frozenset(day.lower() for language in ("en", "fr") for names in WEEKDAYS[language] for day in names)
AR_DISEASE_WORDS = frozenset(normalize(word) for word in ("فيروس", "جائحة", "وباء", "متحور"))


def _a_time_or_a_disease(surface: str, before: str, after: str) -> bool:
    following, preceding = after.split()[:1], before.split()[-1:]
    if normalize(surface) == normalize("ليل") and following and normalize(following[0]) in AR_WEEKDAYS:
        return True
    return bool(preceding) and normalize(preceding[0]) in AR_DISEASE_WORDS


def _given_name_as_an_adjective(words: list[str], before: str) -> bool:
    """A given name that is also a feminine adjective ("أمنية", security), after the noun it
    qualifies; or a plural noun before a nisba adjective ("آيات قرآنية", Qur'anic verses)."""
    first, second = normalize(words[0]), normalize(words[1])
    preceding = before.split()[-1:]
    after_a_noun = bool(preceding) and preceding[0].endswith(("ة", "ات")) and not preceding[0].startswith("ال")
    nisba = second.endswith("يه") and second not in given_names()
    return (first == normalize("أمنية") and after_a_noun) or (first == normalize("آيات") and nisba)


def _imprisonment_of_a_person(words: list[str], after: str) -> bool:
    following = after.split(maxsplit=1)
    slavic = bool(following) and SLAVIC_OR_TURKIC_SURNAME.search(following[0].rstrip("،,.")) is not None
    return len(words) == 2 and normalize(words[0]).endswith("سجن") and (normalize(words[1]) in given_names() or slavic)


AR_OF_THE_COURT = frozenset(normalize(word) for word in ("للمحكمة", "المحكمة"))
AR_BODIES_OF_A_MAN = frozenset(normalize(word) for word in ("قوات", "كتائب", "ميليشيات", "ميليشيا", "حكومة", "نظام"))
AR_TITLES_BEFORE_A_NAME = frozenset(normalize(word) for word in ("الرئيس", "المعزول", "المخلوع", "الراحل", "السابق", "العقيد", "الفريق", "المشير", "الملك"))


def _named_after_a_man(words: list[str]) -> bool:
    """A force or a government in construct with a man, his titles first: "قوات معمر القذافي"."""
    if len(words) < 3 or normalize(words[0]) not in AR_BODIES_OF_A_MAN:
        return False
    rest = [normalize(word) for word in words[1:]]
    while rest and rest[0] in AR_TITLES_BEFORE_A_NAME:
        rest = rest[1:]
    return len(rest) >= 2 and rest[0] in given_names()


AR_AGE_VERBS = frozenset(normalize(word) for word in ("ناهز", "يناهز", "يقارب", "قارب", "يتجاوز", "تجاوز"))


def _named_after_an_imam(surface: str) -> bool:
    """"مسجد الإمام الرضا": the word after the title is the imam's name, however everyday."""
    words = surface.split()
    return len(words) == 3 and normalize(words[1]) in ARABIC_WORSHIP_TITLES


def _after_by_the_name(text: str, start: int, end: int) -> int:
    words = text[start:end].split(" ", 1)
    before = text[:start].split()
    if len(words) == 2 and words[0] == "باسم" and before and normalize(before[-1]) in AR_CALLED_BY:
        return start + len(words[0]) + 1
    return start


def _after_a_courts_division(text: str, start: int, end: int) -> int:
    """"pôle spécialisé dans les crimes contre l'humanité du tribunal de grande instance de
    Paris": the court the division belongs to (a division named as such stays: "pôle crimes
    contre l'humanité du tribunal judiciaire de Paris")."""
    division = re.match(r"pôle spécialisé [^,;]*? d(?:u|e la) (?=(?:tribunal|cour)\b)", text[start:end], re.IGNORECASE)
    return start + division.end() if division else start


def _after_an_agencys_dispatch(text: str, start: int, end: int) -> int:
    """"Dépêche Agence Ouest-Info", "Dépêche AFIJ reprise par ...": an agency's dispatch, in
    boilerplate, names the agency ("La Dépêche du Sud" is a newspaper)."""
    dispatch = re.match(r"Dépêche (?:de l['’])?(?=Agence |[A-Z]{2,}\b)", text[start:end])
    return start + dispatch.end() if dispatch else start


def _after_a_towns_possessive(text: str, start: int, end: int) -> int:
    """"Hargeisa's Koodbuur" is the district of Koodbuur, in Hargeisa."""
    owner = re.fullmatch(r"([A-Z][\w-]+)['’]s (?=[A-Z][\w-]+$).*", text[start:end])
    return start + owner.end() if owner and owner.group(1) in latin_towns() else start


HYPHENATED_START = re.compile(r"(?:[A-ZÀ-Ý][\w'’]*|[a-zà-ÿ]{1,3})(?:-(?:[A-ZÀ-Ý][\w'’]*|[a-zà-ÿ]{1,3}))*-$")


def _through_a_hyphenated_given_name(text: str, start: int, end: int) -> int:
    """An East Asian given name goes on through its hyphen, which the models cut at: "Lee
    Choon[-shik]", "Moon Jae[-in]", "Chen Shui[-bian]"; not "Smith[-led]"."""
    syllable = HYPHENATED_SYLLABLE.match(text, end)
    if syllable is None or " " not in text[start:end] or syllable.group(1) in HYPHEN_SUFFIX_WORDS:
        return end
    return syllable.end()


# A romanised syllable after a hyphen, and the words English and French join to a name by one
HYPHENATED_SYLLABLE = re.compile(r"-([a-z]{1,5})\b(?![-'’])")
HYPHEN_SUFFIX_WORDS = frozenset((
    "led", "based", "era", "backed", "born", "style", "type", "like", "owned", "run", "linked", "allied",
    "aligned", "free", "wide", "made", "held", "old", "year", "day", "ist", "ite", "ism", "esque", "ian",
    "ci", "là", "il", "elle", "ils", "on", "t", "vous", "nous", "je", "tu", "le", "la", "les", "lui", "y", "en",
))


def _from_a_hyphenated_start(text: str, start: int) -> int:
    """A rule that matched from the last part of a hyphenated name starts with the name:
    "[Port-au-]Prince Court of Appeal"."""
    before = HYPHENATED_START.search(text, max(0, start - 40), start)
    if before is None or before.end() != start or not before.group()[0].isupper():
        return start
    return before.start() if before.start() == 0 or not text[before.start() - 1].isalnum() else start


@lru_cache(maxsize=1)
def _country_name_tails() -> dict[str, str]:
    """The first words of each country of several words, with what completes them:
    "Côte" → " d'Ivoire", "Bosnia and" → " Herzegovina"."""
    tails = {}
    for name in country_names():
        words = name.split(" ")
        for cut in range(1, len(words)):
            tails[" ".join(words[:cut])] = " " + " ".join(words[cut:])
    return tails


def _through_a_country_name(text: str, start: int, end: int) -> int:
    """A span cut inside a country's name goes on to its end: "Republican Forces of Côte [d'Ivoire]"."""
    for head, tail in _country_name_tails().items():
        if text.endswith(head, start, end) and (end - len(head) == start or text[end - len(head) - 1] == " ") \
                and text.startswith(tail, end) and not text[end + len(tail):end + len(tail) + 1].isalpha():
            return end + len(tail)
    return end


OF_THE = {"en": re.compile(r" of (?:the )?"), "fr": re.compile(r" (?:de la |de l['’]|du |de |d['’]|des )")}


def _through_of_a_country(text: str, end: int, language: str) -> int:
    """A body of a country is named with it: "Ministry of Information and Security [of the
    Islamic Republic of Iran]", "Parquet militaire principal [de la Fédération de Russie]"."""
    of = OF_THE[language].match(text, end)
    return _through_a_whole_name(text, end, of.end(), _countries_longest_first(language)) if of else end


def _through_of_a_state(text: str, end: int) -> int:
    """A state's or a province's court or body is named with it, as a country's is: "Court of
    Justice [of the State of Bahia]", "Public Prosecutor's Office [of Bahia]"."""
    of = STATE_OF.match(text, end)
    return _through_a_whole_name(text, end, of.end(), _states_longest_first()) if of else end


def _through_a_whole_name(text: str, end: int, position: int, names: list[str]) -> int:
    """The end of the first of `names` (longest first) written whole at `position`, after the
    "of" that follows a name ending at `end`; else `end`. Not a possessive, which names the
    place's own body ("Branch 335 of [Syria's] Military Intelligence")."""
    for name in names:
        after = text[position + len(name):position + len(name) + 1]
        if text.startswith(name, position) and not after.isalpha() and after not in ("'", "’"):
            return position + len(name)
    return end


STATE_OF = re.compile(r" of (?:the State of |the Province of )?")


@lru_cache(maxsize=1)
def _states_longest_first() -> list[str]:
    """The English names of first-level divisions (`provinces.yaml`)."""
    names = {alias for entry in load_gazetteer().entries.values() if entry.id.startswith("provinces:") for alias in entry.aliases("en")}
    return sorted(names, key=len, reverse=True)


@lru_cache(maxsize=None)
def _countries_longest_first(language: str) -> list[str]:
    """The names of countries in `language`, with the long forms the gazetteer lists for
    them ("Islamic Republic of Iran", "Fédération de Russie")."""
    english = set(country_names())
    names = set(english) if language == "en" else set()
    for entry in load_gazetteer().entries.values():
        if entry.type == "GPE" and english.intersection(entry.aliases("en")):
            names.update(entry.aliases(language))
    return sorted(names, key=len, reverse=True)


FRENCH_STATE_WORDS = ("République", "Royaume", "État", "Etat", "Principauté", "Fédération", "Émirat", "Sultanat")
# "... de la République [démocratique du Congo]", "... de l'État [de São Paulo]"
FRENCH_STATE_TAIL = re.compile(r"(?: [a-zéèêô]+){0,2} (?:de la |de l'|de l’|du |de |d'|d’)[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)?")


def _through_a_french_state(text: str, start: int, end: int) -> int:
    """A French name cut after a state's word goes on to the state's name: "ministère de
    l'Intérieur de la République [de Serbie]", "ministère public de l'État [de São Paulo]"."""
    if not text[start:end].endswith(FRENCH_STATE_WORDS):
        return end
    tail = FRENCH_STATE_TAIL.match(text, end)
    return tail.end() if tail else end


def _before_case_against_a_person(text: str, start: int, end: int) -> int:
    """A body's name takes "against" ("Committee against Torture"), a case does not: "the
    Office of the Military Attorney General [against Hassan Adan Isaq]"."""
    against = text.find(" against ", start, end)
    if against < 0:
        return end
    following = text[against + len(" against "):end].split()
    return against if following and normalize(following[0]) in given_names() else end


# Lower-case words that English names hold: "Committee on the Elimination of ...",
# "Tribunal for the former Yugoslavia", "Hassan bin Talal", "Convention to Prevent and
# Punish Torture". Any other lower-case word inside a model's span is the sentence going on.
EN_NAME_LINKS = frozenset(
    "of the and for on in to against or at by from with upon under between a an former "
    "de du des la le les da do dos das di del y e al el bin ibn bint abu von van der den ter".split()
)


def _before_lower_case_verb(text: str, start: int, end: int) -> int:
    """"[Somali National Movement] entered Hargeisa and Burao": the model's span runs on
    through a verb; the name ends before the first lower-case word no name holds."""
    for word in re.finditer(r"\S+", text[start:end]):
        bare = word.group().strip(",.;:'\"()")
        if word.start() > 0 and bare.isalpha() and bare.islower() and bare not in EN_NAME_LINKS:
            return start + word.start()
    return end


# A capitalised run after a body's name, joined by these, goes on with the name: "Hong Kong
# Alliance [in Support of Patriotic Democratic Movements of China]". "in" alone names a place
# ("the Department of Defense in Iraq").
EN_TITLE_JOINS = re.compile(r" (?:for|on|by|to|of|in Support of|in Defence of|in Defense of)(?: the)? ")
EN_TITLE_WORD = re.compile(r"(?:[A-Z][\w'’-]*|of|the|and|for|on|to|against|by)(?=[ ,.;:)]|$)")
EN_DATE_WORDS = frozenset(
    [day for names in WEEKDAYS["en"] for day in names] + [month for names, _ in EN_MONTHS.values() for month in names]
)
# "... on Thursday", "... in March": where a day or a month follows, the name has ended
EN_DATE_TAIL = re.compile(r" (?:on|in|at|by|since|until|from|last|this|next) (?:%s)\b" % "|".join(sorted(EN_DATE_WORDS)))
ORG_HEADS = frozenset(ORG_HEADS_EN)


def _through_a_title_case_tail(text: str, start: int, end: int) -> int:
    """A body's name the model cuts before a capitalised tail goes on through it: "Presidential
    Commission for Coordinating [the Executive's Policy on Human Rights]". The tail must end on
    a capitalised word and name no day or month ("the Ministry of Justice on Monday"); a name
    that starts with a person's is the person's ("Lawyer Sifiso Ncube [of the Matabeleland Memory
    Trust]"), unless a body's head word shows it is a body's ("Hong Kong Alliance")."""
    join = EN_TITLE_JOINS.match(text, end)
    name = text[start:end].split(" ")
    person = name[0].lower() in TITLES or (normalize(name[0]) in given_names() and not {word.lower() for word in name} & ORG_HEADS)
    if not join or person:
        return end
    words, position = [], join.end()
    while (word := EN_TITLE_WORD.match(text, position)) is not None:
        words.append(word.group())
        position = word.end() + 1
        if text[word.end():word.end() + 1] != " ":
            break
    while words and not words[-1][0].isupper():
        words.pop()
    if not words or not words[0][0].isupper() or any(word.strip("'’s") in EN_DATE_WORDS for word in words):
        return end
    return join.end() + len(" ".join(words))


def _before_a_date(text: str, start: int, end: int) -> int:
    """"the [Department of Defense] on Thursday": a day or a month ends the name."""
    tail = EN_DATE_TAIL.search(text, start, end)
    return tail.start() if tail else end


def _after_nationality_of_a_ministry(text: str, start: int, end: int) -> int:
    """"the Algerian Ministry of National Defence" is the Ministry of National Defence, of an
    Algerian state: the nationality is a group word of its own."""
    words = text[start:end].split(" ", 2)
    if len(words) == 3 and words[1] == "Ministry" and words[0].lower() in listed_group_words("en"):
        return start + len(words[0]) + 1
    return start


def _before_lower_case_tail(text: str, start: int, end: int) -> int:
    """English names end on a capitalised word: "Iranian prison" is a group word and a noun."""
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].isalpha() and words[-1].islower():
        words.pop()
    return start + len(" ".join(words))


def _before_unbalanced_bracket(text: str, start: int, end: int) -> int:
    """A closing bracket with no opening one in the span ends the name before it
    ("Agence Ouest-Afrique Presse) - Le" is the tail of a dateline's parenthesis), and so
    does an opening one left open ("Islamic Maghreb (AQIM": the acronym is another mention)."""
    depth, opened = 0, []
    for position in range(start, end):
        if text[position] == "(":
            depth += 1
            opened.append(position)
        elif text[position] == ")":
            if depth == 0:
                return position
            depth -= 1
            opened.pop()
    return opened[0] if opened else end


AR_FOLLOWERS = frozenset(normalize(word) for word in AR_NAME_FOLLOWERS)


def _cut_arabic_follower(text: str, start: int, end: int) -> int:
    """The particle a person rule matched after the name ("عثمان في") is not part of it."""
    head, _, last = text[start:end].rpartition(" ")
    # (a name after "بن" is a name: written "علي", it is no "على")
    named_after_father = last == "علي" and normalize(head.split()[-1]) == "بن" if head else False
    return start + len(head.rstrip()) if head and normalize(last) in AR_FOLLOWERS and not named_after_father else end


ARABIC_DEFINITE_GIVEN_NAMES = frozenset(normalize(word) for word in AR_DEFINITE_GIVEN_NAMES)
ARABIC_PRONOUN_SUFFIX = re.compile("(ته|تها|تهم|هما|هم)$")


def _cut_everyday_arabic_word(text: str, start: int, end: int) -> int:
    """A title rule's last word that is a frequent word and no name ("السيد سعيد مسؤول
    عن ..." is Said, responsible for ...) is not part of the name."""
    head, _, last = text[start:end].rpartition(" ")
    key = normalize(last)
    if head and normalize(head.split()[-1]) in ARABIC_COMPOUND_STARTS:
        return end  # the word after "أبو" or "عبد" is the name's, whatever it means: "طلال أبو رحمة"
    very_frequent = word_ranks("ar").get(key, VERY_FREQUENT) < VERY_FREQUENT  # "مسؤول", not "درويش"
    # (a given name and one word set off by a comma is a name: "وقالت الباحثة سلمى عودة، من ...")
    set_off = len(head.split()) == 1 and normalize(head) in given_names() and text[end:end + 2].lstrip()[:1] in ("،", ",") and key[:1] not in ("ي", "ت")
    if head and very_frequent and _everyday_arabic_word(last) and not key.startswith("ال") and not set_off:
        return start + len(head.rstrip())
    # A body's head word is no family name: "أمر الملك الحسين بن طلال الجيش بدخول عمّان"
    if head and key.startswith("ال") and key in arabic_rule_words() and key not in ARABIC_DEFINITE_GIVEN_NAMES:
        return start + len(head.rstrip())
    # A preposition joined to a frequent word ("بيمبا بأفعال", "آمنة لإيصال") is no name's.
    ranks = word_ranks("ar")
    # (not a Maghrebi family name: "نعيمة بوطالب")
    if head and key[:1] in ("ب", "ل") and key[1:] in ranks and key not in ranks and key not in given_names() and not key.startswith("بو"):
        return start + len(head.rstrip())
    # A transliterated name takes no Arabic family name with the article: after a word no
    # frequency list knows, a known definite word is the verb's object ("القاضي توماس
    # بويرغنتال الفتوى"); ordinals and the like stay ("تواضروس الثاني").
    before = normalize(head.split()[-1]) if head else ""
    foreign = before and before not in ranks and before not in given_names() and key not in ARABIC_PLAIN_ADJECTIVES
    if foreign and key.startswith("ال") and (key in ranks or key[2:] in ranks) and _everyday_arabic_word(last):
        return start + len(head.rstrip())
    # A frequent feminine noun with the article is the verb's object, not a family name
    # ("دان فؤاد السنيورة الغارة"): family names of that shape are rare words ("الخصاونة").
    if head and key.startswith("ال") and last.endswith("ة") and _everyday_arabic_word(last[2:]):
        return start + len(head.rstrip())
    # After a name of two words or more, a verb ("نجلاء حسين تنتظر") or a noun with an
    # attached pronoun ("هانس غروندبرغ إحاطته") begins the sentence's next part.
    plain = key[1:] if key[:1] in ("ف", "و") and key[1:2] in ("ي", "ت") else key  # "فتنتظر": "then she waits"
    verb = plain[:1] in ("ي", "ت") and (_everyday_arabic_word(last) or plain in common_words("ar"))
    pronoun = ARABIC_PRONOUN_SUFFIX.search(key) is not None and key not in given_names()
    # ... or a verb in the past, plural ("محمد مرسي أوقفوا")
    plural = key.endswith("وا") and key not in given_names() and (key in ranks or key[:-2] in ranks)
    return start + len(head.rstrip()) if len(head.split()) >= 2 and (verb or pronoun or plural) else end


@lru_cache(maxsize=1)
def _arabic_name_adjectives() -> frozenset[str]:
    """Definite words that follow another definite word in a listed Arabic name: the
    adjectives names take ("الدائمة", "العليا", "الأحمر")."""
    words = set()
    for entry in load_gazetteer().entries.values():
        for alias in entry.aliases("ar"):
            keys = [normalize(word) for word in alias.split()]
            words.update(b for a, b in zip(keys, keys[1:]) if a.startswith("ال") and b.startswith("ال"))
    return frozenset(words)


# Adjectives names take that no rule of form tells: ordinals and a few others
ARABIC_PLAIN_ADJECTIVES = frozenset(normalize(word) for word in [
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
    "الكبير", "الصغير", "الجديد", "الجديدة", "القديم", "الأحرار", "الأعلى", "الأكبر", "الأوسط",
    # ("العام" is also "the year": "... العام الماضي")
    "الشامل", "الشاملة", "الكامل", "الكاملة", "الدائم", "الدائمة", "العليا", "الكبرى", "العظمى", "الصغرى", "الوسطى",
    "الحر", "الحرة", "العادل", "العادلة", "العامة", "الخاصة",
])
# Nouns in "-ية" whose stem in "-ي" is another word ("قضي" is a verb): no nisba
ARABIC_NOUNS_IN_IYA = frozenset(normalize(word) for word in [
    "القضية", "الضحية", "الهوية", "الحرية", "العملية", "الاتفاقية", "الولاية", "الحماية", "الأغلبية",
    "الرؤية", "التسوية", "البنية", "النية", "التغطية", "الشكوى",
])


# Participles that name people, not qualities: after a body's name they are the verb's
# object ("أحالت النيابة العامة [المتهمين] إلى المحاكمة")
ARABIC_PARTICIPLES_OF_PEOPLE = frozenset(normalize(stem + ending) for stem in (
    "المتهم", "المعتقل", "المحتجز", "المدان", "المتظاهر", "المواطن", "المحام",
) for ending in ("", "ين", "ون", "ة", "ات"))


def _arabic_adjective(key: str) -> bool:
    """Whether a definite word (normalized) can qualify the definite noun before it."""
    if key in ARABIC_PARTICIPLES_OF_PEOPLE:
        return False
    owned = re.search("(هم|هما)$", key)  # "الجيش البنغلاديشي [التزامهم]": their commitment, a noun
    if owned and (key[:owned.start()] in word_ranks("ar") or key[2:owned.start()] in word_ranks("ar")):
        return False
    if key in _arabic_name_adjectives() or key in listed_group_words("ar") or key in ARABIC_PLAIN_ADJECTIVES or key.startswith("الم"):
        return True  # listed, a group word, or a participle ("المسلحة", "المستقلة")
    if key.endswith(("ي", "ين", "ون", "يات")):
        return True  # a masculine nisba ("الدولي"), a sound plural ("البارزين")
    ranks, bare = word_ranks("ar"), key[2:]
    if key.endswith("يه"):
        # a feminine nisba is "-ية" whose masculine "-ي" is a word ("الدولية", "الإخبارية"), or
        # a rare word ("الاسكتلندية")
        masculine = key[:-2] + "ي"
        return key not in ARABIC_NOUNS_IN_IYA and (masculine in ranks or masculine[2:] in ranks or (key not in ranks and bare not in ranks))
    # a known word is a noun here; an unknown one may be the name's own
    return key not in ranks and bare not in ranks


@lru_cache(maxsize=1)
def _arabic_place_words() -> frozenset[str]:
    return arabic_town_names() | load_gazetteer().words("ar")


def _begins_next_part(key: str, written: str) -> bool:
    """Whether a word after a name's adjective is no part of it: not a preposition, an
    article or a conjunction's word, a letter or number, an adverb ("قسراً") or a town (the
    council of "المجلس البلدي مصراتة")."""
    word = written.split()[0] if written.split() else ""
    # (a word that only looks like a proclitic and a word is a word: "فتحت" opened)
    proclitic = key.startswith(("ال", "لل")) or (key.startswith(("ل", "ب", "و", "ف")) and key not in word_ranks("ar"))
    return (
        len(key) > 2 and word.isalpha() and not proclitic
        and key not in ARABIC_FUNCTION_WORDS_IN_NAMES and not word.endswith("اً") and key not in _arabic_place_words()
    )


ARABIC_FUNCTION_WORDS_IN_NAMES = frozenset(normalize(word) for word in AR_STOPWORDS + ["بشأن", "لدى", "ضد", "غير", "حول", "إلى"])
ARABIC_OBJECT_AFTER = frozenset(normalize(word) for word in ["المعني", "المعنية"])


def _before_arabic_object(text: str, start: int, end: int) -> int:
    """Where an Arabic organisation's name ends when a rule ran on into what follows it.
    In a chain of nouns only the last carries the article, so after a definite word only an
    adjective can still be part of the name: in "أيدت دائرة الاستئناف الإدانة" the noun
    "الإدانة" is the verb's object, and in "أطلق حرس الحدود الإسرائيلي النار" so is "النار".
    A verbal noun after "ب" ("بالتحقيق") begins a complement, except after "المعنية"
    ("اللجنة المعنية بالتحقيق" is "concerned with"); a town after it is where a court sits
    ("محكمة الاستئناف بالرباط")."""
    words = [(match.start(), normalize(match.group())) for match in re.finditer(r"\S+", text[start:end])]
    if len(words) > 1 and words[-1][1] == normalize("غير"):
        return _before_arabic_object(text, start, start + len(text[start:start + words[-1][0]].rstrip()))  # "... غير أن": however
    for index, ((_, previous), (offset, key)) in enumerate(zip(words, words[1:])):
        if not previous.startswith(("ال", "وال")):
            continue
        # an adjective closes the chain of nouns: a plain word after it begins the next part
        # of the sentence ("حزب الشعوب الديمقراطي صلاح الدين دميرطاش", "حكومة الوحدة الوطنية
        # اعترضوا القارب")
        closed = index > 0 and previous.endswith(("ي", "يه")) and _arabic_adjective(previous) and _begins_next_part(key, text[start + offset:end])
        if closed or (key.startswith("ال") and not _arabic_adjective(key)) or (key.startswith("بالت") and len(key) > 5 and previous not in ARABIC_OBJECT_AFTER):
            # what is left of "اللجنة السلطات ..." is a description ("the committee"), no name
            return start if index == 0 else start + len(text[start:start + offset].rstrip())
    return end


# What a party or a body is to the state, said after its name: "حزب الشعب الجمهوري
# [المعارض]", "الحزب الوطني الديمقراطي [المنحل]" (not "... في المعارضة", in opposition).
AR_STANCES = frozenset(normalize(word) for word in ("المعارض", "المعارضة", "الحاكم", "المحظور", "المحظورة", "المنحل", "المنحلة"))


def _before_arabic_stance(text: str, start: int, end: int) -> int:
    head, _, last = text[start:end].rpartition(" ")
    if head and normalize(last) in AR_STANCES and normalize(head.rsplit(" ", 1)[-1]) != normalize("في"):
        return start + len(head.rstrip())
    return end


def _skip_arabic_title_object(text: str, start: int, end: int) -> int:
    """What a title governs is not the name ("رئيس البعثة محمد ..." → "محمد ..."): an
    Arabic first name never carries the article, so definite words before a two-word
    name are dropped."""
    words = text[start:end].split()
    # (group words qualify a title too: "وزيرة الخارجية الجنوب أفريقية ...")
    while len(words) > 2 and (re.match("^(ال|بال|لل)", normalize(words[0])) or normalize(words[0]) in listed_group_words("ar")) \
            and not _given_name_also_group_word(normalize(words[0]), " ".join(words[1:])) \
            and not (normalize(words[0]) in ARABIC_DEFINITE_GIVEN_NAMES and normalize(words[1]) == "بن") \
            and normalize(words[0]) not in transliterated_given_names():  # "الملك الحسين بن طلال"; "أليخاندرو" is no article
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    return start


def without_unlisted_group_words(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The lists hold the field's group words; the model's others are surnames or places
    ("Oweidat", "Mandali"). Run after the places among them are found."""
    return [c for c in candidates if not (c.origin == "model" and c.type == "NORP" and normalize(text[c.start:c.end]) not in listed_group_words())]


@lru_cache(maxsize=None)
def listed_group_words(language: str | None = None) -> frozenset[str]:
    """The gazetteer's group words (NORP names, inflected), normalized: of one language, or of all."""
    languages = (language,) if language else ("en", "fr", "ar")
    entries = load_gazetteer().entries.values()
    return frozenset(normalize(alias) for entry in entries if entry.type == "NORP" for code in languages for alias in entry.aliases(code))


# A language's name between these and the end of a phrase is the language: "testified in
# English.", "traduit en arabe et en kurde"; not "held in Turkish custody".
LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|from|en|vers l'|de l') ?$")
LANGUAGE_AFTER = re.compile(r"^(?:[,.;:)]|\s+(?:and|or|et|ou|by|par|with|avec)\b|\s*$)")
LANGUAGE_NAMES = {
    "english", "french", "arabic", "kurdish", "russian", "ukrainian", "spanish", "german", "dutch", "swedish", "turkish",
    "persian", "farsi", "hebrew", "portuguese", "italian", "chinese", "anglais", "français", "arabe", "kurde", "russe",
    "ukrainien", "espagnol", "allemand", "néerlandais", "suédois", "turc", "persan", "hébreu", "portugais", "italien",
}


def _names_a_language(candidate: Candidate, text: str) -> bool:
    surface = text[candidate.start:candidate.end]
    return (
        surface.lower() in LANGUAGE_NAMES
        and LANGUAGE_BEFORE.search(text[max(0, candidate.start - 12):candidate.start]) is not None
        and LANGUAGE_AFTER.match(text[candidate.end:candidate.end + 8]) is not None
    )


def _adjective_of_an_unnamed_country(surface: str, text: str) -> bool:
    """Whether a group word is also an everyday adjective ("مالية", financial) in a text
    that never names its country ("في مالي")."""
    bare = re.sub(r"^ال", "", normalize(surface))
    for country in AR_COUNTRIES_ALSO_ADJECTIVES:
        if re.fullmatch(rf"{country}(?:ه|ا|ون|ين|ات)?", bare):
            normalized = normalize(text)
            named = (AR_BEFORE_A_COUNTRY.search(normalized[max(0, m.start() - 12):m.start()]) for m in re.finditer(rf"(?<!\w){country}(?!\w)", normalized))
            return not any(named)
    return False


def _is_false(candidate: Candidate, text: str, language: str) -> bool:
    """Spans that are not names of entities, whatever the model said."""
    surface = text[candidate.start:candidate.end]
    words = _words(surface)
    if not any(char.isalpha() for char in surface) or "\n" in surface:
        return True
    if all(word.lower().strip(".,") in NUMBER_OR_DATE_WORDS or not any(c.isalpha() for c in word) for word in words):
        return True
    family = FAMILY_AFTER.match(text[candidate.end:candidate.end + 20]) or FAMILY_BEFORE.search(text[max(0, candidate.start - 12):candidate.start])
    if family and candidate.type != "NORP":
        return True  # "the Assad family"; but "Syrian families" are Syrian
    if language == "ar" and candidate.type == "PERSON" and candidate.origin == "rule" and _preposition_and_known_word(words[0]):
        return True  # "المقررة الخاصة المعنية [باستقلال القضاة]": a mandate's subject after a title, no name
    if language == "ar" and candidate.type == "PERSON" and candidate.origin == "rule" and _everyday_arabic_word(words[0]):
        # A title followed by a verb or noun ("وزير سابق تصدر بحقه", "اعترف بنقل المختطفات"), not
        # by a name; a less frequent first word before less frequent ones is a name ("أنتوني
        # بلينكن", "نبيه بري").
        if _very_frequent_arabic_word(words[0]) or all(_very_frequent_arabic_word(word) for word in words[1:]):
            return True
        if any(_preposition_and_frequent_word(word) for word in words[1:]):
            return True  # "المتهم اعترف بنقل المختطفات": a verb and its object
    if language == "ar" and candidate.type == "PERSON" and candidate.origin == "rule" and _and_an_everyday_word(words[0]):
        return True  # "مقتل مأمور القسم ونائبه": "and his deputy" after a title, no name
    if language == "ar" and candidate.type == "COURT" and len(words) == 2 and normalize(words[0]) in AR_COURT_WORDS and normalize(words[1]) in AR_COURT_KINDS_ALONE \
            and not text[candidate.end:candidate.end + 4].lstrip().startswith(("ب", "في", "ل")):
        return True  # "محكمة الاستئناف", "المحكمة الجنائية" alone: a kind of court, not which one ("... بتونس" names it)
    if language == "fr" and candidate.type == "ORG" and re.fullmatch(r"[Bb]ureau d(?:e |')[A-ZÀ-Ý][\w'’-]+", surface):
        return True  # "(Bureau de Buea)": an agency's desk in a town signs a dispatch; the town is the name
    if language == "en" and candidate.type == "COURT" and words[-1] in ("court", "courts", "tribunal"):
        return True  # "a Sudanese military court": English courts are named in capitals
    if words[0] in CURRENCY_CODES:
        return True  # "a fine of EUR 30,000": an amount
    if surface.lower() in DESCRIPTIONS_NOT_NAMES:
        return True
    if language == "ar" and candidate.type == "GPE" and _a_time_or_a_disease(surface, text[max(0, candidate.start - 12):candidate.start], text[candidate.end:candidate.end + 12]):
        return True  # "ليل الجمعة" is Friday night, not Lille; "جائحة كورونا" no Corona, California
    if language == "ar" and candidate.type == "FAC" and candidate.origin == "rule" and _imprisonment_of_a_person(words, text[candidate.end:]):
        return True  # "قضت المحكمة بسجن رادويكو ريبانوفيتش": a sentence, not a prison
    if language == "ar" and candidate.type == "ORG" and len(words) > 1 and normalize(words[-1]) in AR_OF_THE_COURT:
        return True  # "المكتب الإعلامي للمحكمة", "أمانة سر المحكمة": the court's own offices, which its releases sign
    if language == "ar" and candidate.type == "PERSON" and len(words) == 2 and AR_TITLE_WORDS & {normalize(words[1]), "ال" + normalize(words[1])}:
        return True  # "فضيلة المفتي": an honorific before a title, nobody's name
    if language == "ar" and candidate.type == "PERSON" and len(words) == 2 and _given_name_as_an_adjective(words, text[max(0, candidate.start - 12):candidate.start]):
        return True  # "حراسة أمنية مشددة", "آيات قرآنية": a noun and its adjectives
    if language == "ar" and candidate.type == "ORG" and candidate.origin == "rule" and _named_after_a_man(words):
        return True  # "قوات معمر القذافي", "حكومة الرئيس المعزول عمر البشير": the name is the person's
    if language == "ar" and candidate.type == "PERSON" and len(words) > 1 and normalize(words[0]) == "عمر" and normalize(words[1]) in AR_AGE_VERBS:
        return True  # "عن عمر ناهز 86 عاماً": at the age of, not Omar
    if candidate.type == "PERSON" and re.fullmatch(r"[A-Z]\.", surface):
        return True  # an initial left alone once a title came off ("Witness M.")
    if candidate.type == "NORP" and _names_a_language(candidate, text):
        return True  # "in English", "en arabe": a language, not a group
    if language == "ar" and normalize(surface) in AR_COUNTRIES_ALSO_ADJECTIVES and not AR_BEFORE_A_COUNTRY.search(text[max(0, candidate.start - 12):candidate.start]):
        return True  # "دعم مالي" is financial support; "في مالي" is Mali
    if language == "ar" and candidate.type == "NORP" and _adjective_of_an_unnamed_country(surface, text):
        return True  # "تعويضات مالية" are financial where no Mali is named
    if candidate.origin != "model":
        return False
    if all(word.lower() in TITLES for word in words):
        return True  # "M.", "Mme": a title whose name the model left out
    if len(words) > MAX_TOKENS or words[0].lower() in NUMBERED_PARTS or surface in POST_NOMINALS:
        return True  # a run-on span, or a provision ("Article 30"), not a name
    if len(surface) == 1 or surface.lower().rstrip(".") in RIGHTS_RESERVED:
        return True  # a provision's letter ("article 1er, F, a)"), a copyright line
    if language != "ar" and not any(char.isupper() for char in surface):
        return True  # lower-case words are descriptions, not names ("the court", "tribunal")
    if language != "ar" and words[0] in LEADING_FUNCTION_WORDS:
        return True  # the tail of a name whose head the model missed
    if language != "ar" and len(words) > 1 and words[0].lower() in POSSESSIVES and words[1].islower():
        return True  # "Ma mère", "Our son" in a quotation: somebody's relative, no name
    if language != "ar" and len(words) == 2 and candidate.type not in ("LAW", "FAC") and any(word.lower() in LATIN_WEEKDAYS for word in words):
        return True  # "Bloody Sunday", "Jeudi noir": a day that names an event, not a body
    if _in_shouted_line(text, candidate) or (len(words) > 1 and _shouted(surface) and not all(is_acronym(word) for word in words)):
        return True  # an all-caps heading
    if all(word.lower() in GENERIC_WORDS for word in words) and not (_court_named_by_kind(candidate, words) or _body_named_by_kind(candidate, words)):
        return True  # a description in capitals ("Research Center", "the Order"), not a name
    if words[0].lower() in COURT_STAFF and all(word.lower() in GENERIC_WORDS | {"of", "the"} for word in words):
        return True  # "the Judges of the Court", "the Registry of the Court" describe the court's people
    if len(words) == 1 and (_capitalised_common_word(candidate, text, language) or _stop_word(surface, language)):
        return True
    return False


def _and_an_everyday_word(word: str) -> bool:
    """"ونائبه": the conjunction and a frequent word, no given name ("وليد", "وفاء" are)."""
    key = normalize(word)
    return key[:1] == "و" and key not in given_names() and key[1:] in common_words("ar") and key[1:] not in given_names()


def _preposition_and_frequent_word(word: str) -> bool:
    """"بنقل": a preposition on a very frequent word, which no name's word is."""
    key = normalize(word)
    return key[:1] in ("ب", "ل", "ك") and word_ranks("ar").get(key[1:], VERY_FREQUENT) < VERY_FREQUENT and key not in given_names()


def _preposition_and_known_word(word: str) -> bool:
    """"باستقلال", "لشؤون": "ب" or "ل" on a known word, the whole no word or name of its own
    ("بيتي", "لبنى" are)."""
    key, ranks = normalize(word), word_ranks("ar")
    return key[:1] in ("ب", "ل") and key[1:] in ranks and key not in ranks and key not in given_names()


def _very_frequent_arabic_word(word: str) -> bool:
    """An everyday word among the most frequent ones: less frequent words are often
    foreign names ("أنتوني", "كاري")."""
    return word_ranks("ar").get(normalize(word), VERY_FREQUENT) < VERY_FREQUENT and _everyday_arabic_word(word)


def _court_named_by_kind(candidate: Candidate, words: list[str]) -> bool:
    """"Supreme Court", "State Security Court": a kind of court a country has only one of
    names it; "District Court" or "Higher Regional Court" refers back to a named one."""
    lowered = [word.lower() for word in words]
    return (
        candidate.type in ("COURT", "ORG") and len(words) >= 2 and lowered[-1] == "court"
        and all(word[:1].isupper() for word in words) and bool(UNIQUE_COURT_KINDS & set(lowered))
    )


def _body_named_by_kind(candidate: Candidate, words: list[str]) -> bool:
    """Three capitalised words or more that end on an institution's head name a body, not
    a court: "National Intelligence Agency", "Public Prosecution Service"; so do a
    government's departments named by their field ("Justice Department", "Public Ministry")."""
    if candidate.type == "ORG" and len(words) == 2 and words[-1].lower() in ("department", "ministry"):
        return True
    return candidate.type == "ORG" and len(words) >= 3 and words[-1].lower() in INSTITUTION_WORDS - COURT_WORDS - {"chamber"}


def _everyday_arabic_word(word: str) -> bool:
    """A frequent word that is no given name and does not begin one ("عبد", "أبو")."""
    key = normalize(word)
    names = given_names() | arabic_given_names_also_words() | ARABIC_DEFINITE_GIVEN_NAMES
    return key in common_words("ar") and key not in names and key not in ARABIC_COMPOUND_STARTS


def _stop_word(word: str, language: str) -> bool:
    """A pronoun or other function word the model mistook for a name ("Elle" after a full stop)."""
    try:
        return word.lower() in get_lang_class(language).Defaults.stop_words
    except ImportError:
        return False


# (after a bullet or an item's number or letter too: "- Réviser", "2. Garantir", "a) Envisager")
LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*]|\(?(?:\d{1,2}|[a-z])[.)])?[ \t]*$")
ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:the|le|la|les|l['’])\s*$", re.IGNORECASE)


# After a full stop: "… la mine. Transporté à l'hôpital, …" is capitalised as a sentence's first word.
SENTENCE_START = re.compile(r"[.!?;:]\s+$")


def _capitalised_common_word(candidate: Candidate, text: str, language: str) -> bool:
    """An everyday word capitalised as a heading ("Contexte :", "Communiqué de presse") or
    as an institution after an article ("La Défense", "Le Procureur"): no name of its own.
    Names that are also frequent words are in the gazetteer, whose spans win anyway."""
    if normalize(text[candidate.start:candidate.end]) not in common_words(language):
        return False
    before = text[max(0, candidate.start - 20):candidate.start]
    return bool(LINE_START.search(before) or ARTICLE_BEFORE.search(before) or SENTENCE_START.search(before))


def _tagged_common_word_opening(doc: Doc, candidate: Candidate, text: str, language: str) -> bool:
    """A one-word span opening a sentence or a line, or after an article, that the tagger
    reads as a verb, noun or adjective ("Diffusées ...", "Constatations du Comité", "Le
    Greffier en chef"): capitalised by position or by deference only.
    (Only where a tagger runs: the French pipeline keeps its morphologizer.)"""
    tokens = doc.char_span(candidate.start, candidate.end)
    if tokens is None or len(tokens) != 1 or not tokens[0].text[1:].islower():
        return False  # ("TotalEnergies": capitals inside make a name)
    # Anywhere in French, a plural common noun before a lower-case word, whatever the tagger
    # reads: "aux Casques bleus"
    word = tokens[0].text.lower()
    if language == "fr" and word.endswith(("s", "x")) and word[:-1] in common_words("fr") and LOWER_WORD_AFTER.match(text, candidate.end):
        return True
    before = text[max(0, candidate.start - 20):candidate.start]
    return tokens[0].pos_ in COMMON_WORD_TAGS and bool(LINE_START.search(before) or SENTENCE_START.search(before) or ARTICLE_BEFORE.search(before))


LOWER_WORD_AFTER = re.compile(r" [a-zà-ÿ]{3,}")


COMMON_WORD_TAGS = {"VERB", "AUX", "NOUN", "ADJ", "ADV"}


def _in_shouted_line(text: str, candidate: Candidate) -> bool:
    """Whether the span sits on an all-caps line (a heading or a banner)."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    letters = [c for c in text[line_start:line_end if line_end >= 0 else len(text)] if c.isalpha() and c.lower() != c.upper()]
    # A "v." between the parties of a caption does not make a heading less of one.
    return len(letters) > 10 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


COMPANY_LAST = {"enterprises", "corporate", "industries", "holdings", "textiles", "garments", "mills", "limited", "ltd", "inc"}


def _retype(candidate: Candidate, surface: str) -> str | None:
    """The type a model span's head word gives it, or None to drop it."""
    words = [word.lower().strip(".,'’") for word in _words(surface)]
    first, last = words[0], words[-1]
    kind = candidate.type
    if any(word in COURT_WORDS for word in words) and kind in ("ORG", "GPE", "LOC", "FAC", "MISC", "PERSON", "NORP"):
        return "COURT"
    if (first in LAW_FIRST or last in LAW_LAST) and len(words) > 1 and kind in ("ORG", "MISC", "LAW", "PERSON", "NORP", "GPE", "LOC"):
        return "LAW"
    if first in HONORIFICS and len(words) > 1 and kind in ("ORG", "GPE", "LOC", "NORP", "FAC", "MISC"):
        return "PERSON"  # "Lady Hale": an honorific names a person (the title comes off later)
    if (last in FAC_LAST or first in FAC_FIRST) and len(words) > 1 and kind in ("ORG", "GPE", "LOC", "MISC", "PERSON", "FAC"):
        return "FAC"
    if (last in LOC_LAST or first in LOC_FIRST) and len(words) > 1 and kind in ("GPE", "ORG", "PERSON", "FAC", "MISC"):
        return "LOC"  # "Naf River", "lac Kivu"
    if last in MEDIA_WORDS and len(words) > 1 and kind in ("PERSON", "GPE", "LOC", "MISC", "FAC"):
        return "ORG"  # "Levant Observer" is an outlet
    if last in COMPANY_LAST and len(words) > 1 and kind in ("PERSON", "GPE", "LOC", "MISC", "FAC"):
        return "ORG"  # "Ali Enterprises" is a company
    if first in ARMED_GROUP_FIRST and len(words) > 1 and kind in ("PERSON", "GPE", "LOC", "MISC", "FAC", "NORP"):
        return "ORG"  # "Ansar Eddine", "Liwa al-Quds": armed groups named in Arabic
    if last in ("jr", "sr") and len(words) > 1 and kind in ("ORG", "GPE", "LOC", "NORP", "MISC"):
        return "PERSON"  # "Datu Andal Ampatuan Sr."
    if kind == "PERSON" and any(word in INSTITUTION_WORDS for word in words):
        return "ORG" if len(words) >= 3 else None  # "Research Center" is nobody
    if kind == "MISC":
        return "ORG" if any(word in INSTITUTION_WORDS for word in words) and len(words) >= 2 else None
    if kind == "FAC" and last in FORCE_WORDS:
        return "ORG"  # "Sudan People's Liberation Army" is no building
    if kind in ("ORG", "LOC") and last in REGION_LAST and len(words) > 1:
        return "GPE"  # "Xinjiang Uyghur Autonomous Region", "Northern Province": provinces are GPEs
    if kind == "ORG" and last in FAC_CENTRES and any(word in FAC_KINDS for word in words):
        return "FAC"  # "Swaqa Correctional and Rehabilitation Centre"
    if kind in ("GPE", "LOC") and first in FR_ORG_HEADS_READ_AS_PLACES and len(words) >= 2:
        return "ORG"  # "Département du renseignement et de la sécurité" is no place
    return kind


def retype_by_head(surface: str) -> str | None:
    """The type a name's head word gives it ("... Court" a court, "Statut ..." a law), or
    None when its words say nothing."""
    kind = _retype(Candidate(0, 0, "ORG", "model"), surface)
    return kind if kind != "ORG" else None


def _resolve_domain(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Longest domain spans win; on a tie, a gazetteer entry beats a rule. A rule span that
    starts with a listed name of its type and runs on past it is dropped: the list knows
    where the name ends ("مجلس الأمن الدولي" in "مجلس الأمن الدولي الوضع", "Office of the
    Prosecutor" in "Office of the Prosecutor Karim Khan")."""
    listed = [c for c in candidates if c.entry is not None]
    candidates = [c for c in candidates if not _government_of_listed_place(c, listed, text)]
    candidates = [_before_joined_listed(c, listed, text) if c.origin == "rule" else c for c in candidates]
    candidates = [c for c in candidates if c.entry is not None or not (_runs_past_listed(c, listed, text) or _cuts_into_listed(c, listed))]
    # (on a tie between rules, a building's beats a body's: "مركز مصراتة الطبي" is a hospital)
    ordered = sorted(candidates, key=lambda c: (-c.length, c.entry is None, c.start, c.type != "FAC"))
    kept: list[Candidate] = []
    for candidate in ordered:
        if not any(candidate.overlaps(other) for other in kept):
            kept.append(candidate)
    return kept


ARABIC_GOVERNMENT = normalize("حكومة")


def _government_of_listed_place(rule: Candidate, listed: list[Candidate], text: str) -> bool:
    """"حكومة المملكة العربية السعودية" is the country's government: the name is the
    country's ("the government" describes, as in the guidelines)."""
    head, _, rest = text[rule.start:rule.end].partition(" ")
    return rule.origin == "rule" and normalize(head) == ARABIC_GOVERNMENT and any(
        place.type == "GPE" and place.start == rule.end - len(rest) and place.end == rule.end for place in listed
    )


JOINING_BEFORE = re.compile(r"(?:,| and| et| و)\s*$")


def _before_joined_listed(rule: Candidate, listed: list[Candidate], text: str) -> Candidate:
    """A rule's list of words ends before a listed name it joins with "and" or a comma: that
    is another name ("Ministry of Justice and [Human Rights Watch]"). (A rule that starts
    with a listed name and runs on is dropped by `_runs_past_listed`.)"""
    if rule.type == "PERSON":
        return rule
    for other in sorted(listed, key=lambda c: c.start):
        if rule.start < other.start and other.end <= rule.end and other.type not in ("GPE", "LOC", "NORP"):
            joint = JOINING_BEFORE.search(text, rule.start, other.start)
            if joint:
                start, end = _trim(text, rule.start, joint.start())
                return Candidate(start, end, rule.type, rule.origin, form=text[start:end])
    return rule


def _cuts_into_listed(rule: Candidate, listed: list[Candidate]) -> bool:
    """A rule span that starts inside a listed name of its type and runs on past it has cut
    the name in two ("[Federal] Court of Justice in Karlsruhe")."""
    return any(other.start < rule.start < other.end < rule.end and other.type == rule.type for other in listed)


# What French appends to a UN body's name to say whose it is: part of the full name.
UN_OWNER_FR = re.compile(r" des Nations (?:unies|Unies)$")
# A country's act named after a treaty: "Geneva Conventions Act".
DOMESTIC_ACT = re.compile(r" (?:Act|Law|Code)")
# A listed short name that goes on with a subject is another instrument: "African Charter
# [on the Rights and Welfare of the Child]".
INSTRUMENT_SUBJECT = re.compile(r" (?:on|for|against|to) (?:the )?[A-Z]")
# ... and a body named after its country is also named without it ("مجلس شورى الدولة [في لبنان]").
OWNER_COUNTRY = re.compile(r"(?<=\S) (?:في|in(?: the)?) \S+$")


def _runs_past_listed(rule: Candidate, listed: list[Candidate], text: str) -> bool:
    # A one-word listed name may begin a longer one ("Schiphol" airport, "Schiphol Judicial Complex");
    # "Comité des droits de l'homme des Nations unies" is the listed committee's full name,
    # and "Code pénal centrafricain" a country's code, "Code pénal militaire" the army's; a
    # listed person's name may go on with a surname ("Jean-Pierre Bemba Gombo").
    groups = {(c.start, c.end) for c in listed if c.type == "NORP"}
    return any(
        other.start == rule.start and other.end < rule.end and other.type == rule.type and " " in other.form
        and not UN_OWNER_FR.fullmatch(text[other.end:rule.end]) and (other.end + 1, rule.end) not in groups
        and not DOMESTIC_ACT.fullmatch(text[other.end:rule.end])
        and not (rule.type == "LAW" and (INSTRUMENT_SUBJECT.match(text[other.end:rule.end]) or text[other.end:rule.end] == " militaire"))
        and not (rule.type == "PERSON" and re.fullmatch(" " + NAME_WORD, text[other.end:rule.end]))
        for other in listed
    )


def _merge(domain: list[Candidate], model: list[Candidate], text: str, language: str) -> list[Candidate]:
    """Domain spans win over the model spans they overlap, except nested places and group
    words in a longer organisation name ("Syrian Air Force"); a person span around a group
    word ("Cham Muslims") is the group word."""
    dropped: set[int] = set()
    merged: list[Candidate] = []
    for candidate in model:
        overlapping = [d for d in domain if d.overlaps(candidate)]
        if not overlapping:
            merged.append(candidate)
        elif all(candidate.contains(d) and d.type in ("GPE", "LOC", "NORP") for d in overlapping) and candidate.type not in ("GPE", "LOC", "NORP", "PERSON"):
            merged.append(candidate)
            dropped.update(id(d) for d in overlapping)
        elif _model_extends_rule(candidate, overlapping, text):
            # The model saw more of the name than a rule did ("People's Mojahedin Organization of Iran").
            merged.append(candidate)
            dropped.update(id(d) for d in overlapping)
        elif candidate.type == "PERSON" and all(candidate.contains(d) and d.type == "PERSON" and (d.entry is None or _surname_after_listed(d, candidate, text)) for d in overlapping) \
                and not _ends_sentence_inside(candidate, overlapping, text):
            # The model saw a longer name than a rule did ("Haisam Omar Sakhanh", not "Omar Sakhanh").
            merged.append(candidate)
            dropped.update(id(d) for d in overlapping)
        elif candidate.type == "PERSON" and _extends_person_rule(candidate, overlapping, text):
            # The rule stopped inside a long name the model read on ("Abu Agila Mohammad
            # Mas'ud Kheir [Al-Marimi]"): the person runs from the rule's start to the model's end.
            rule = overlapping[0]
            rule.end, rule.form = candidate.end, text[rule.start:candidate.end]
        elif candidate.type == "PERSON" and _surname_like_place(candidate, overlapping, text):
            merged.append(candidate)
            dropped.update(id(d) for d in overlapping)
        elif candidate.type == "PERSON" and (_first_name_like_group_word(candidate, overlapping, text) or _first_name_like_province(candidate, overlapping, text)):
            merged.append(candidate)
            dropped.update(id(d) for d in overlapping)
        elif candidate.type == "PERSON":
            # "ICC Prosecutor Karim Khan": the person is what is left beside the court.
            remainder = _remainder(candidate, overlapping, text, language)
            if remainder is not None:
                merged.append(remainder)
    return merged + [d for d in domain if id(d) not in dropped]


def _model_extends_rule(candidate: Candidate, overlapping: list[Candidate], text: str) -> bool:
    """Whether a model span holds rule spans of its type and adds capitalised words to them,
    places or group words among them ("Agence Presse Équateur" around "Agence Presse")."""
    same = [d for d in overlapping if d.type == candidate.type and d.entry is None]
    nested = all(candidate.contains(d) and (d in same or d.type in ("GPE", "LOC", "NORP")) for d in overlapping)
    return bool(same) and nested and _capitalised_extension(candidate, same, text)


def _surname_after_listed(listed: Candidate, candidate: Candidate, text: str) -> bool:
    """A listed person's name the model reads on with a surname: "Jean-Pierre Bemba Gombo"."""
    return listed.start == candidate.start and re.fullmatch(" " + NAME_WORD, text[listed.end:candidate.end]) is not None


def _extends_person_rule(candidate: Candidate, overlapping: list[Candidate], text: str) -> bool:
    if len(overlapping) != 1:
        return False
    rule = overlapping[0]
    tail = text[rule.end:candidate.end]
    return (
        rule.type == "PERSON" and rule.entry is None and rule.start < candidate.start < rule.end < candidate.end
        and re.fullmatch(rf"(?: {NAME_WORD}){{1,2}}", tail) is not None
    )


def _cut_before_other_name(rule: Candidate, others: list[Candidate], text: str) -> Candidate:
    """A rule's name that runs into a person or a listed name ends before it:
    "Gouvernement d'union nationale [de Fayez] al-Sarraj", "المفوضية المصرية للحقوق
    والحريات [والمبادرة] المصرية للحقوق الشخصية"."""
    if rule.origin != "rule" or rule.type == "PERSON":
        return rule
    other = next((o for o in others if rule.start < o.start < rule.end < o.end), None)
    if other is None:
        return rule
    start, end = _strip_trailing(text, *_trim(text, rule.start, other.start))
    if len(text[start:end].split()) < 2:
        return rule
    return Candidate(start, end, rule.type, rule.origin, form=text[start:end])


CAPITALISED_WORDS = re.compile(rf"^(?:\s*(?:[{UPPER_LETTERS}][\w’'-]*|['’]s))+\s*$")


def _ends_sentence_inside(candidate: Candidate, inside: list[Candidate], text: str) -> bool:
    """Whether a rule's name ends a sentence inside the model span ("Hanadi K. Elle ...")."""
    end = max(d.end for d in inside)
    return text[end - 1] == "." and end < candidate.end


def _capitalised_extension(candidate: Candidate, inside: list[Candidate], text: str) -> bool:
    """Whether what the model span adds around the rule spans is capitalised words only."""
    start, end = min(d.start for d in inside), max(d.end for d in inside)
    if _ends_sentence_inside(candidate, inside, text):
        return False
    extra = [part for part in (text[candidate.start:start], text[end:candidate.end]) if part.strip()]
    return bool(extra) and all(CAPITALISED_WORDS.match(part) for part in extra)


def _surname_like_place(person: Candidate, overlapping: list[Candidate], text: str) -> bool:
    """"Geoffrey Nice": a given name, then a place's name, is a person."""
    first = text[person.start:person.end].split()[0]
    return normalize(first) in given_names() and all(
        d.type in ("GPE", "LOC") and person.contains(d) and d.start > person.start for d in overlapping
    )


def _first_name_like_group_word(person: Candidate, overlapping: list[Candidate], text: str) -> bool:
    """"Christian Ritscher": a group word followed by one surname is a first name; with
    more words ("Yazidi Nadia Murad") it describes the person."""
    if len(overlapping) != 1 or overlapping[0].type != "NORP" or overlapping[0].start != person.start:
        return False
    rest = text[overlapping[0].end:person.end].split()
    return len(rest) == 1 and rest[0][:1].isupper() and len(_words(text[person.start:overlapping[0].end])) == 1


PLACE_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|at|of|from|to|near|à|de|d'|dans|du|vers|près)\s*)$", re.IGNORECASE)


def _first_name_like_province(person: Candidate, overlapping: list[Candidate], text: str) -> bool:
    """"Naâma Asfari": a province's name followed by one surname, where no preposition
    calls for a place, is a person's first name."""
    if len(overlapping) != 1 or not (overlapping[0].entry or "").startswith("provinces:") or overlapping[0].start != person.start:
        return False
    rest = text[overlapping[0].end:person.end].split()
    before = text[max(0, person.start - 8):person.start]
    surname = len(rest) == 1 and rest[0][:1].isupper() and rest[0].lower() not in common_words("en") | common_words("fr")  # not "Gedaref State"
    return surname and len(_words(text[person.start:overlapping[0].end])) == 1 and not PLACE_PREPOSITION_BEFORE.search(before)


def _remainder(candidate: Candidate, overlapping: list[Candidate], text: str, language: str) -> Candidate | None:
    start = max([candidate.start] + [d.end for d in overlapping if d.end <= candidate.end])
    if start >= candidate.end or any(d.overlaps(Candidate(start, candidate.end, "", "")) for d in overlapping):
        return None
    cleaned = clean(text, start, candidate.end, language, "model")
    if cleaned is None or not text[cleaned[0]].isupper():
        return None
    remainder = Candidate(cleaned[0], cleaned[1], "PERSON", "model", form=text[cleaned[0]:cleaned[1]])
    return None if _is_false(remainder, text, language) else remainder


def candidates_from(doc: Doc, domain_spans: list[Span], gazetteer: Gazetteer, language: str, statistical: bool) -> list[Candidate]:
    """Cleaned, typed and merged candidates of one spaCy doc (offsets into `doc.text`)."""
    text = doc.text
    exact = gazetteer.exact_aliases(language)
    domain: list[Candidate] = []
    for span in domain_spans:
        origin = "gazetteer" if span.id_ else "rule"
        surface = text[span.start_char:span.end_char]
        kind, entry = span.label_, span.id_ or None
        if language == "en" and origin == "gazetteer" and _lower_case_head(surface) and normalize_quotes(surface) not in exact:
            continue  # "the Syrian army" describes; "Syrian Army" names
        if language != "ar" and origin == "gazetteer" and surface.lower() == surface:
            if normalize_quotes(surface) not in exact:
                continue  # a lower-case phrase that happens to spell a name ("state security")
            if kind in ("GPE", "LOC"):
                # Places are capitalised; in lower case the word is the group's ("la justice suisse").
                entry = gazetteer.group_entry_spelled(surface, language)
                if entry is None:
                    continue
                kind = "NORP"
        if language == "ar" and kind == "GPE" and surface.endswith(("اً", "ًا")):
            # "ألبانياً" is "as an Albanian", no Albania: the nisba with the accusative ending
            group = gazetteer.group_entry_spelled(surface[:-2], language) or gazetteer.group_entry_spelled(surface[1:-2], language)  # ("وسورياً")
            kind, entry = ("NORP", group) if group else (kind, entry)
        if origin == "rule":
            span = whole_words(span)  # "Office of the [Co]-Prosecutors": a rule ends on a word, not half of one
        candidate = _candidate(doc, text, span, kind, origin, entry, language)
        if candidate is not None and not _is_false(candidate, text, language):
            if kind == "NORP" and _group_word_names_a_region(candidate, text, language):
                candidate.type, candidate.entry = "GPE", None  # "in Tigray", "في أمهرة": the people's region
            media = candidate.form.split()[-1].lower() in MEDIA_WORDS  # "Continental Court Reporter"
            if origin == "rule" and kind == "ORG" and not media and retype_by_head(candidate.form) == "COURT":
                candidate.type = "COURT"  # "Gauteng Division of the High Court of South Africa"
            domain.append(candidate)
    model: list[Candidate] = []
    if statistical:
        labels = {**MODEL_LABELS, **MODEL_LABELS_BY_LANGUAGE.get(language, {})}
        for whole in doc.ents:
            if whole.label_ not in labels:
                continue
            whole = _with_hyphenated_syllable(whole) if labels[whole.label_] == "PERSON" else whole
            for span in _two_joined_names(_parties(whole_words(whole)), exact):
                candidate = _candidate(doc, text, span, labels[whole.label_] or "MISC", "model", None, language)
                if candidate is None or _is_false(candidate, text, language) or _tagged_common_word_opening(doc, candidate, text, language):
                    continue
                kind = _retype(candidate, text[candidate.start:candidate.end])
                if kind in ("ORG", "PERSON", "FAC", "NORP") and _named_for_a_massacre(candidate, text):
                    kind = "GPE"
                if DOTTED_INITIALS.fullmatch(candidate.form) and candidate.form not in DOTTED_ACRONYMS:
                    kind = "PERSON"  # "M.O.B.": an anonymised complainant
                if kind is not None and named_as_a_person(candidate, text):
                    kind = "PERSON"
                if kind == "PERSON" and candidate.type != "PERSON":
                    # read as a person only now: its title comes off as a person's does ("Lady Hale")
                    candidate.start, candidate.end = _strip_leading(text, candidate.start, candidate.end, language, kind)
                    candidate.form = text[candidate.start:candidate.end]
                if kind is not None:
                    candidate.type = kind
                    model.append(candidate)
        # a span the cleaning carried through a name's tail holds the model's spans inside it
        model = [c for c in model if not any(o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start for o in model)]
    # (not places: a rule may end inside a place of several words, "Court of Appeal of The [Hague]")
    others = [c for c in domain + model if c.type == "PERSON" or (c.entry is not None and c.type not in ("GPE", "LOC"))]
    domain = _resolve_domain([_cut_before_other_name(d, others, text) for d in domain], text)
    if language == "ar":
        domain = _with_arabic_seats(domain, text, gazetteer)
    merged = _join_split_people(_first_name_read_as_a_town(_merge(domain, model, text, language), text), text)
    merged = _protocols_with_their_treaty(merged, text)
    if language != "ar":
        _with_unread_first_name(merged, text, language)
        merged = _people_listed_after_a_title(merged, text)
    if language == "fr":
        merged = _with_french_countries(merged, text)
    return _named_in_the_body(merged, text)


# What joins a protocol to the treaty it adds to: "Additional Protocol I to the Geneva
# Conventions", "Protocole additionnel I aux Conventions de Genève".
PROTOCOL_JOINTS = {" to the ", " aux ", " à la ", " au ", " se rapportant au ", " se rapportant à la "}


def _protocols_with_their_treaty(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A protocol and the treaty it adds to, written in one run, are one instrument."""
    laws = sorted((c for c in candidates if c.type == "LAW"), key=lambda c: c.start)
    absorbed = set()
    for protocol, treaty in zip(laws, laws[1:]):
        if id(protocol) in absorbed or not re.search(r"\bProto(?:col|cole)\b", protocol.form) or text[protocol.end:treaty.start] not in PROTOCOL_JOINTS:
            continue
        protocol.end, protocol.form, protocol.entry = treaty.end, text[protocol.start:treaty.end], None
        absorbed.add(id(treaty))
    return [c for c in candidates if id(c) not in absorbed]


# "en Libye", "au Mali", "aux Comores": where a French body works, part of its name
FRENCH_IN_COUNTRY = {" en ", " au ", " aux "}


def _with_french_countries(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A French body's name goes on with the country it works in: "Mission d'appui des
    Nations unies [en Libye]", "Initiative pour la justice et la redevabilité [au Nigeria]"."""
    places = {c.start: c for c in candidates if c.type == "GPE"}
    for body in candidates:
        head = text[body.start:body.end].split(" ", 1)[0].lower()
        if body.type != "ORG" or body.entry is not None or head not in FR_BODIES_OF_A_COUNTRY:
            continue
        for joint in FRENCH_IN_COUNTRY:
            place = places.get(body.end + len(joint))
            if place is not None and text[body.end:place.start] == joint and place in candidates:
                body.end, body.form = place.end, text[body.start:place.end]
                candidates.remove(place)
                break
    return candidates


def _title_case_heading(text: str) -> int:
    """The end of the first line when it is written in title case ("Twin Blasts Kill Dozens
    in Mogadishu"), where every word is capitalised and capitals tell no names; else 0."""
    end = text.find("\n")
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text[:end]) if len(word) > 3]
    if end <= 0 or len(words) < 4:
        return 0
    return end if sum(word[0].isupper() for word in words) >= 0.8 * len(words) else 0


def _named_in_the_body(candidates: list[Candidate], text: str) -> list[Candidate]:
    """In a title-case heading a name is what the body also names: a span there is cut to
    its longest first words the body also writes ("Aleppo University [on First Day of
    Exams]"), and dropped if the body writes none ("Rights Group Demands Inquiry");
    listed names and states' official names ("Federal Republic of Nigeria") stand."""
    heading = _title_case_heading(text)
    if not heading:
        return candidates
    body = text[heading:]
    kept = []
    for candidate in candidates:
        if candidate.start >= heading or candidate.entry is not None or (candidate.type == "GPE" and COUNTRY_IN_FULL.match(candidate.form)):
            kept.append(candidate)
            continue
        words = list(re.finditer(r"\S+", text[candidate.start:candidate.end]))
        for last in reversed(words):
            prefix = re.sub(r"['’]s?$", "", text[candidate.start:candidate.start + last.end()].rstrip(",.:;"))
            if re.search(rf"(?<!\w){re.escape(prefix)}(?!\w)", body):
                candidate.end = candidate.start + len(prefix)
                candidate.form = prefix
                kept.append(candidate)
                break
    return kept


PLURAL_TITLES = r"(?:Judges|judges|juges|Juges|magistrats|Messrs\.?|MM\.)"
# A plural title and the names it lists so far: "Judges Higgins, Koroma and ", "des juges Owada, ".
PEOPLE_LISTED_AFTER_TITLE = re.compile(
    rf"\b{PLURAL_TITLES}\s+(?:{NAME_WORD}(?:[ -]{NAME_WORD})*\s*(?:,|\band\b|\bet\b)\s*)*$"
)
# A byline: "Reporting by Wanjiku Kamau", "editing by ..."
BYLINE_BEFORE = re.compile(r"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]eported|[Ww]ritten|[Ee]dited) by\s+$")
# An age in apposition: "said Tolera Gemechu, 19, from ..."
AGE_AFTER = re.compile(r"^,\s*\d{1,3}(?:,|\.\s)")


PEOPLE_LIST_AFTER_TITLE = re.compile(
    rf"\b{PLURAL_TITLES}\s+({NAME_WORD}(?:[ -]{NAME_WORD})*(?:\s*(?:,|\band\b|\bet\b)\s*{NAME_WORD}(?:[ -]{NAME_WORD})*)+)"
)
LIST_SEPARATOR = re.compile(r"\s*(?:,|\band\b|\bet\b)\s*")


def _people_listed_after_a_title(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Every name a plural title lists is a person's, those the model left out too ("des
    juges [Higgins], Koroma et Owada")."""
    found = []
    for listing in PEOPLE_LIST_AFTER_TITLE.finditer(text):
        start = listing.start(1)
        for name in LIST_SEPARATOR.split(listing.group(1)):
            start = text.index(name, start)
            person = Candidate(start, start + len(name), "PERSON", "rule", None, name)
            if name.lower() not in TITLES and not any(person.overlaps(other) for other in candidates + found):
                found.append(person)
            start += len(name)
    return candidates + found


def named_as_a_person(candidate: Candidate, text: str) -> bool:
    """Words around a name that only a person's takes: a plural title listing it ("composée
    des juges Higgins, Koroma et Owada"), a byline, an age in apposition."""
    before = text[max(0, candidate.start - 160):candidate.start]
    return bool(PEOPLE_LISTED_AFTER_TITLE.search(before) or BYLINE_BEFORE.search(before) or AGE_AFTER.match(text[candidate.end:candidate.end + 8]))


# One or two capitalised words between two parts of a person's name ("Nazhat [Shameem] Khan").
SPLIT_NAME_GAP = re.compile(rf"^ (?:{NAME_WORD} ){{1,2}}$")


# A people's name where a place stands is its region: "in Tigray,", "en Amhara.", "في تيغراي".
REGION_BEFORE = {
    "en": re.compile(r"\b(?:in|from|into|across)\s+$"),
    "fr": re.compile(r"\b(?:en|au|dans le|dans la)\s+$"),
    "ar": re.compile(r"(?:(?:^|\s)(?:في|من|إلى|الى|إقليم|منطقة|ولاية|شمال|جنوب|شرق|غرب|وسط)\s+|(?:^|\s)[وف]?[بل])$"),
}
REGION_AFTER = re.compile(r"^(?:\s*[,.;:)]|\s+(?:and|or|et|ou|region|state|région)\b|\s*$)")


def _group_word_names_a_region(candidate: Candidate, text: str, language: str) -> bool:
    surface = text[candidate.start:candidate.end]
    before = REGION_BEFORE.get(language)
    if before is None or not before.search(text[max(0, candidate.start - 12):candidate.start]):
        return False
    if language == "ar":
        return not surface.startswith("ال")  # (an adjective follows a noun, never a preposition)
    return bool(REGION_AFTER.match(text[candidate.end:candidate.end + 12])) and surface[:1].isupper()


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
DOTTED_ACRONYMS = {"U.S.", "U.N.", "U.K.", "E.U.", "D.C.", "U.S.A.", "U.A.E."}
MASSACRE_AFTER = re.compile(r"^['’]?s?\s+(?:massacres?|killings|siege|mass grave)\b")
MASSACRE_BEFORE = re.compile(r"\b(?:massacres?|tueries?|siège) (?:de |d['’]|du )$")


# Bodies whose mandate is a country: "بعثة التحقق في كوسوفو"; a ministry or a movement "in" a
# country is only there ("وزارة الداخلية في المملكة العربية السعودية")
ARABIC_MANDATE_HEADS = frozenset(normalize(word) for word in ("مكتب", "بعثة", "لجنة", "فريق", "مفوضية", "المفوضية", "آلية", "هيئة"))


def _with_arabic_seats(domain: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """An Arabic body's name goes on with its seat after "ب" ("محكمة الاستئناف بالرباط",
    "جمعية قدماء المقاومين ببنزرت"); a mission or an office with its country after "في" or "إلى"
    ("مكتب الأمم المتحدة المشترك لحقوق الإنسان في جمهورية الكونغو الديمقراطية", "مكتب المبعوث
    الخاص ... إلى اليمن"). A city after "في" says where a body met."""
    places = {(c.start, c.end): c for c in domain if c.type in ("GPE", "LOC")}
    countries = country_names()
    for body in [c for c in domain if c.origin == "rule" and c.type in ("ORG", "COURT")]:
        mandate = normalize(body.form.split()[0]) in ARABIC_MANDATE_HEADS
        for (start, end), place in places.items():
            between = text[body.end:start]
            entry = gazetteer.entries.get(place.entry or "")  # (towns beyond the gazetteer have GeoNames ids)
            country = entry is not None and bool(countries & set(entry.aliases("en")))
            if between == " ب" or (between in (" في ", " إلى ") and country and mandate):
                body.end, body.form = end, body.form + text[body.end:end]
                domain.remove(places.pop((start, end)))
                break
    return domain


def _named_for_a_massacre(candidate: Candidate, text: str) -> bool:
    """"the El Mozote massacre", "le massacre d'Accomarca": what names a massacre is its place."""
    if len(candidate.form.split()) > 3:
        return False
    return bool(MASSACRE_AFTER.match(text[candidate.end:candidate.end + 16]) or MASSACRE_BEFORE.search(text[max(0, candidate.start - 14):candidate.start]))


def _first_name_read_as_a_town(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A first name that also names a town, right before a surname the model read apart,
    is the person's: "[Milan] [Milutinović]" (not a country: "Jordan" stands alone). So is
    a word the model alone took for a town, no list knows, before a person's name:
    "[Abdelbaset] [Ali Mohmed al-Megrahi]"."""
    by_start = {c.start: c for c in candidates if c.origin == "model" and c.type in ("PERSON", "ORG") and " " not in c.form}
    people = {c.start: c for c in candidates if c.type == "PERSON"}
    for town in [c for c in candidates if c.type == "GPE" and " " not in c.form and c.form not in country_names()]:
        unknown = town.origin == "model" and town.entry is None and town.form not in latin_towns() and town.form.istitle()
        if unknown and by_start.get(town.end + 1) is None and town.end + 1 in people:
            by_start[town.end + 1] = people[town.end + 1]
        surname = by_start.get(town.end + 1)
        if surname is not None and text[town.end] == " " and (normalize(town.form) in given_names() or unknown) and surname.form[0].isupper():
            candidates.remove(town)
            surname.start, surname.form, surname.type = town.start, text[town.start:surname.end], "PERSON"
    return candidates


def _join_split_people(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The model sometimes reads one name as two people with a word it left out between
    them; with nothing else there, they are one person."""
    people = sorted((c for c in candidates if c.type == "PERSON" and c.origin == "model"), key=lambda c: c.start)
    for first, second in zip(people, people[1:]):
        gap = text[first.end:second.start]
        if SPLIT_NAME_GAP.match(gap) and not any(first.end < c.start < second.start for c in candidates):
            candidates.remove(first)
            second.start, second.form = first.start, text[first.start:second.end]
    return candidates


ELIDED_ARTICLE = re.compile(r"^[LDld]['’][a-zà-ÿ]")
# A capitalised word right before a name: "said [Eulises] Mena Rentería", "Judge [Awn] Shawkat Al-Khasawneh".
WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“«]))([A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?) $")


def _with_unread_first_name(candidates: list[Candidate], text: str, language: str) -> None:
    """The model often leaves out a first name it does not know and keeps the surnames;
    a capitalised word before a person's name that is no word of the language, no title
    and no other name is the first name."""
    common = common_words(language)
    for person in candidates:
        if person.type != "PERSON" or person.entry is not None:
            continue
        before = WORD_BEFORE.search(text, max(0, person.start - 40), person.start)
        if before is None:
            continue
        word = before.group(1)
        key = word.lower()
        # ("Al" before a given name is the name's: "Al Amin Khalifa Fhimah")
        arabic_al = word == "Al" and person.form.split()[0].lower() in given_names()
        if (key in common or without_accents(key) in common or any(part in TITLES for part in key.split("-")) or word.endswith(("'", "’"))) and not arabic_al:
            continue  # (nor a possessive: "Victims' Legal Collective")
        if language == "fr" and ELIDED_ARTICLE.match(word):
            continue  # a role after an elided article at a sentence's start: "L'opposante Victoire Ingabire"
        if any(other is not person and other.start <= before.start(1) < other.end for other in candidates):
            continue
        person.start, person.form = before.start(1), text[before.start(1):person.end]


def _lower_case_head(surface: str) -> bool:
    words = surface.split()
    return len(words) > 1 and words[-1].islower()


CAPTION_SEPARATORS = {"v", "v.", "vs", "vs.", "c.", "contre", "versus"}
# A dateline or a heading joins names the model may read as one: "Santiago — La Cour suprême".
SPAN_BREAKS = {"—", "–", "|", ":", ";"}


def _two_joined_names(spans: list[Span], listed: frozenset[str]) -> list[Span]:
    """The model reads two one-word names joined by "and" as one ("Agok and Turalei",
    "Osh and Jalal-Abad"): they are two, unless listed whole ("Trinidad and Tobago")."""
    split: list[Span] = []
    for span in spans:
        joints = [token.i for token in span if token.lower_ in ("and", "et")]
        if len(joints) == 1 and normalize_quotes(span.text) not in listed:
            left, right = span.doc[span.start:joints[0]], span.doc[joints[0] + 1:span.end]
            if _one_word_name(left) and _one_word_name(right):
                split += [left, right]
                continue
        split.append(span)
    return split


ARABIC_ARTICLES_LATIN = {"al", "el", "ad", "ed", "ar", "as", "ash", "az", "at", "an", "en"}


def _name_part(token: Token) -> bool:
    """A capitalised word, or an Arabic one (Arabic script has no capitals)."""
    return token.is_title or (token.is_alpha and "\u0621" <= token.text[0] <= "\u064a")


def whole_words(span: Span) -> Span:
    """The span widened to the name words the tokenizer cuts at a hyphen: the model's
    "[Bazar]-Korgon", a town's "Jalal - Abad", a rule's "Office of the [Co]-Prosecutors" or
    "[جان-]بيير بيمبا غومبو"."""
    doc, start, end = span.doc, span.start, span.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and _name_part(doc[end + 1]):
        end += 2
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
            and (_name_part(doc[start - 2]) or doc[start - 2].lower_ in ARABIC_ARTICLES_LATIN):
        start -= 2  # ... and the Arabic article: "[al-]Safwa Hospital"
    return doc[start:end]


def _with_hyphenated_syllable(span: Span) -> Span:
    """A Korean given name's second syllable is written in lower case after a hyphen, and
    the model stops before it: "Moon Jae[-in]", "Park Jeong[-ae]"."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].is_lower and len(doc[end + 1].text) <= 3 and doc[end + 1].text not in ("era", "led", "run"):
        return Span(doc, span.start, end + 2, label=span.label_)
    return span


def _one_word_name(span: Span) -> bool:
    """A capitalised word, hyphenated ones too, which the tokenizer splits ("Jalal-Abad")."""
    return len(span) > 0 and span[0].is_title and " " not in span.text and not span.text.endswith("-")


def _parties(span: Span) -> list[Span]:
    """A case caption ("Haddad v. Denmark", "X c. Suisse") names each party separately; a
    dash or colon separates names as well."""
    # (separators are written in lower case: "C." and "V." are initials, "Raul C. Pangalangan")
    cuts = [token.i for token in span if (token.text in CAPTION_SEPARATORS or token.text in SPAN_BREAKS) and span.start < token.i < span.end - 1]
    if not cuts:
        return [span]
    doc, bounds = span.doc, [span.start] + cuts + [span.end]
    return [doc[bounds[k] + (k > 0):bounds[k + 1]] for k in range(len(bounds) - 1) if bounds[k] + (k > 0) < bounds[k + 1]]


def _candidate(doc: Doc, text: str, span: Span, kind: str, origin: str, entry: str | None, language: str) -> Candidate | None:
    cleaned = clean(text, span.start_char, span.end_char, language, origin, kind)
    if cleaned is None:
        return None
    start, end = cleaned
    if kind in ("ORG", "PERSON", "FAC") and text[end:span.end_char].strip().lower() in REGION_DESCRIPTORS:
        kind = "GPE"  # "Paniai Regency", read as an organisation, is the regency of Paniai
    if language == "ar":
        token = next((t for t in span if t.idx == start), None)
        proclitic = token._.proclitic if token is not None else 0
        elided = token is not None and token.norm_.startswith("ال") and normalize(token.text[proclitic:]).startswith("لل")
        if elided and _in_construct(text[start:end]):
            # "للجنة الاتحاد الأفريقي": "ل" + "لجنة", in construct with what follows, has no article
            start, form = start + proclitic + 1, text[start + proclitic + 1:end]
        else:
            start, form = _arabic_form(text, start, end, proclitic, token.norm_ if elided else None)
    else:
        form = text[start:end]
    return Candidate(start, end, kind, origin, entry, form)


class _Groups:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _name_tokens(form: str) -> list[str]:
    tokens = [t for t in re.split(r"[\s\-‐]+", normalize(form).replace(".", " ")) if t]
    return [t[2:] if t.startswith("ال") and len(t) > 3 else t for t in tokens if t not in NAME_PARTICLES]


ROMAN_NUMERAL = re.compile(r"^[IVX]+\.?$")


def _initials(form: str) -> set[str]:
    # A chamber's number is no initial: "Chambre préliminaire I" is not the "CPI".
    words = [w for w in re.split(r"[\s\-’']+", form) if w and not ROMAN_NUMERAL.match(w)]
    content = [w for w in words if w.lower() not in ACRONYM_STOPWORDS]
    return {"".join(w[0] for w in content).upper(), "".join(w[0] for w in words).upper()}


def _acronym_key(form: str) -> str:
    return form.replace(".", "").upper()


def _feminine_group_words(candidates: list[Candidate]) -> None:
    """"سورية" is Syria, or the feminine of "سوري": where the document writes the country
    otherwise ("سوريا"), it is the group word ("منظمة سورية")."""
    gazetteer = load_gazetteer()
    spellings: dict[str, set[str]] = {}
    for c in candidates:
        if c.type == "GPE" and c.entry:
            spellings.setdefault(c.entry, set()).add(normalize(c.form))
    for c in candidates:
        if c.type != "GPE" or not c.entry or len(spellings[c.entry]) < 2:
            continue
        group_entry = gazetteer.group_entry_spelled(c.form, "ar")
        if group_entry is not None:
            c.type, c.entry = "NORP", group_entry


def group(candidates: list[Candidate], text: str) -> list[list[Candidate]]:
    candidates = sorted(candidates, key=lambda c: c.start)
    _feminine_group_words(candidates)
    groups = _Groups(len(candidates))
    by_key: dict[str, int] = {}
    _people_named_by_their_surname(candidates)
    short = _short_person_names(candidates)
    for i, candidate in enumerate(candidates):
        # A surname shared by several people ("Assad") is linked mention by mention below.
        # A group word is not the place it is spelled like ("suisse", "Suisse").
        # "Comité des droits de l'homme" is the "Comité des droits de l'homme des Nations unies".
        form = OWNER_COUNTRY.sub("", UN_OWNER_FR.sub("", candidate.form)) if candidate.type == "ORG" else candidate.form
        form_key = None if i in short else f"form:{normalize(form)}" + (":NORP" if candidate.type == "NORP" else "")
        for key in (f"entry:{candidate.entry}" if candidate.entry else None, form_key):
            if key is None:
                continue
            if key in by_key:
                groups.union(i, by_key[key])
            else:
                by_key[key] = i
    _link_acronyms(candidates, groups, text)
    _link_short_person_names(candidates, groups, short)
    _link_anonymised_names(candidates, groups)
    _link_shortened_names(candidates, groups)
    _link_names_cut_short(candidates, groups)
    _link_facility_places(candidates, groups)
    _link_countries_named_in_full(candidates, groups)
    members: dict[int, list[Candidate]] = {}
    for i, candidate in enumerate(candidates):
        members.setdefault(groups.find(i), []).append(candidate)
    return list(members.values())


COUNTRY_IN_FULL = re.compile(
    r"^(?:[A-Z][\w-]* )*(?:Republic|Kingdom|State|Federation|Emirate|Sultanate|Commonwealth) of (?:the )?(.+)$"
    r"|^(?:République|Royaume|État|Fédération|Émirat|Sultanat)(?: [a-zéèêàâîôûç-]+)* (?:de la |de l'|de l’|du |d'|d’|de )(.+)$"
    rf"|^(?:{'|'.join(AR_STATE_WORDS + ['اتحاد', 'دولة'])}) (.+?)(?: (?:{'|'.join(AR_REGIME_WORDS)}))*$"
)


def _link_countries_named_in_full(candidates: list[Candidate], groups: "_Groups") -> None:
    """"Islamic Republic of Mauritania" is "Mauritania"."""
    places = {normalize(c.form): i for i, c in enumerate(candidates) if c.type == "GPE"}
    for i, candidate in enumerate(candidates):
        match = COUNTRY_IN_FULL.match(candidate.form) if candidate.type == "GPE" else None
        short = normalize(next(part for part in match.groups() if part)) if match else None
        if short in places:
            groups.union(i, places[short])


def _link_acronyms(candidates: list[Candidate], groups: _Groups, text: str) -> None:
    long_forms = [(i, c) for i, c in enumerate(candidates) if len(_words(c.form)) > 1]
    spelled_out = {c.entry for _, c in long_forms if c.entry is not None}
    for i, candidate in enumerate(candidates):
        if not is_acronym(candidate.form):
            continue
        key = _acronym_key(candidate.form)
        for j, other in long_forms:
            # "the International Court of Justice (ICJ)" states the link outright.
            defined = re.match(r"\s*\(\s*" + re.escape(candidate.form) + r"\s*\)", text[other.end:other.end + len(candidate.form) + 6])
            # A listed acronym whose listed full name the document uses is that entity ("CPI"
            # the court, not the "Chambre de première instance" whose initials it also spells).
            if defined or (key in _initials(other.form) and candidate.entry not in spelled_out):
                groups.union(i, j)


def _people_named_by_their_surname(candidates: list[Candidate]) -> None:
    """A model span of another type whose last word is used alone as a person's name
    ("Almamo Manneh" read as an organisation, then "Manneh said") is that person."""
    surnames = {_name_tokens(c.form)[0] for c in candidates if c.type == "PERSON" and len(_name_tokens(c.form)) == 1}
    for candidate in candidates:
        words = _words(candidate.form)
        if (
            candidate.origin == "model"
            and candidate.type in ("ORG", "GPE", "LOC", "FAC")
            and 2 <= len(words) <= 4
            and all(word[:1].isupper() and word.lower().strip("'’") not in GENERIC_WORDS | set(MEDIA_WORDS) for word in words)
            and _name_tokens(candidate.form)[-1:] and _name_tokens(candidate.form)[-1] in surnames
        ):
            candidate.type = "PERSON"


def _link_shortened_names(candidates: list[Candidate], groups: "_Groups") -> None:
    """An organisation or court named again with an adjective left out ("سلاح الجو السوري"
    after "سلاح الجو العربي السوري"): same first and last word, the other words in order;
    a facility named again without its kind ("سجن بادوش" after "سجن بادوش المركزي")."""
    named = [(i, c.type, normalize(c.form).split()) for i, c in enumerate(candidates) if c.type in ("ORG", "COURT", "FAC")]
    for i, kind, short in named:
        for j, other_kind, full in named:
            if kind != other_kind or not 2 <= len(short) < len(full):
                continue
            same_ends = short[0] == full[0] and short[-1] == full[-1]
            kind_left_out = kind == "FAC" and full[:len(short)] == short
            if (same_ends or kind_left_out) and _only_adjectives_left_out(short, full):
                groups.union(i, j)
                break


def _link_names_cut_short(candidates: list[Candidate], groups: "_Groups") -> None:
    """A body, court, law or facility named again by the start or the end of its full name
    ("Chambre de cassation pénale" in a heading, "... de la Cour suprême de justice" in the
    body; "Court of Appeal" after "Svea Court of Appeal", one word shorter: "Parachute Regiment"
    is not its "1st Battalion, Parachute Regiment") when exactly one fuller name in the
    document holds it. A name the gazetteer lists is an entity of its own ("United Nations")."""
    named = [(i, c.type, c.form.split()) for i, c in enumerate(candidates) if c.type in ("ORG", "COURT", "LAW", "FAC")]
    for i, kind, short in named:
        if candidates[i].entry is not None or len(short) < 2:
            continue
        fuller = {" ".join(full): j for j, other_kind, full in named
                  if other_kind == kind and len(full) > len(short) and (full[:len(short)] == short or (len(full) == len(short) + 1 and full[1:] == short))}
        if len(fuller) == 1:
            groups.union(i, next(iter(fuller.values())))


def _only_adjectives_left_out(short: list[str], full: list[str]) -> bool:
    """Whether `short` is `full` without some of its Arabic definite adjectives: not
    "cour d'assises de Paris" for "cour d'assises d'appel de Paris", another court."""
    remaining = iter(full)
    if not all(word in remaining for word in short):
        return False
    left_out = list(full)
    for word in short:
        left_out.remove(word)
    return all(word.startswith("ال") for word in left_out)


ANONYMISED = re.compile(r"^(.+) ([A-Z])\.$")


def _link_anonymised_names(candidates: list[Candidate], groups: "_Groups") -> None:
    """"Bai L." is how a court names Bai Lowe: the same first name(s), the surname's initial."""
    for i, candidate in enumerate(candidates):
        match = ANONYMISED.match(candidate.form) if candidate.type == "PERSON" else None
        if not match:
            continue
        first, initial = match.groups()
        for j, other in enumerate(candidates):
            if j != i and other.type == "PERSON" and other.form.startswith(first + " ") and other.form.split()[-1].startswith(initial) and not ANONYMISED.match(other.form):
                groups.union(i, j)
                break


def _short_person_names(candidates: list[Candidate]) -> dict[int, list[int]]:
    """{index of a short name: indices of the fuller names it ends (a surname) or, when
    only one full name fits, begins (a first name) or has inside (a middle name)}. A one-word model span of another
    type that is a person's surname ("Duterte" read as an organisation) is that person."""
    people = [(j, _name_tokens(c.form)) for j, c in enumerate(candidates) if c.type == "PERSON"]
    short = {}
    for i, candidate in enumerate(candidates):
        tokens = _name_tokens(candidate.form)
        if not tokens or not (candidate.type == "PERSON" or (candidate.origin == "model" and len(tokens) == 1 and candidate.type != "NORP")):
            continue
        fuller = [j for j, other in people if len(other) > len(tokens) and other[-len(tokens):] == tokens]
        if not fuller and candidate.type == "PERSON":
            first = {normalize(candidates[j].form): j for j, other in people if len(other) > len(tokens) and other[:len(tokens)] == tokens}
            fuller = list(first.values()) if len(first) == 1 else []
        if not fuller and len(tokens) == 1:
            # a middle name used alone: "Kilolo" after "Aimé Kilolo Musamba"
            middle = {normalize(candidates[j].form): j for j, other in people if len(other) >= 3 and tokens[0] in other[1:-1]}
            fuller = list(middle.values()) if len(middle) == 1 else []
        if fuller:
            candidate.type = "PERSON"
            short[i] = fuller
    return short


def _link_short_person_names(candidates: list[Candidate], groups: _Groups, short: dict[int, list[int]]) -> None:
    for i, indices in short.items():
        candidate = candidates[i]
        fuller = [(j, candidates[j]) for j in indices]
        roots = {groups.find(j) for j, _ in fuller}
        if len(roots) == 1:
            groups.union(i, fuller[0][0])
            continue
        before = [(other.start, j) for j, other in fuller if other.start < candidate.start]
        if before:
            groups.union(i, max(before)[1])
        else:
            counts = Counter(groups.find(j) for j, _ in fuller)
            best = max(counts, key=lambda root: (counts[root], -min(o.start for j, o in fuller if groups.find(j) == root)))
            groups.union(i, best)


FACILITY_WORDS = {"prison", "jail", "camp", "airport", "hospital", "military", "central", "detention", "centre", "center", "de", "d'", "du", "سجن", "مخيم", "مطار", "مشفي", "مستشفي", "العسكري", "المركزي"}


def _link_facility_places(candidates: list[Candidate], groups: _Groups) -> None:
    """"Saydnaya" after "Saydnaya prison" is the prison, as people who were held there say."""
    facilities = {}
    for j, candidate in enumerate(candidates):
        if candidate.type == "FAC":
            core = tuple(word for word in normalize(candidate.form).split() if word not in FACILITY_WORDS)
            if core:
                facilities.setdefault(core, j)
    for i, candidate in enumerate(candidates):
        if candidate.type in ("GPE", "LOC"):
            j = facilities.get(tuple(normalize(candidate.form).split()))
            if j is not None and candidates[j].start < candidate.start:
                candidate.type = "FAC"
                groups.union(i, j)


def _type_of(members: list[Candidate]) -> str:
    for origin in ("gazetteer", "rule"):
        typed = [m.type for m in members if m.origin == origin]
        if typed:
            return Counter(typed).most_common(1)[0][0]
    counts = Counter(m.type for m in members)
    return max(counts, key=lambda kind: (counts[kind], -next(m.start for m in members if m.type == kind)))


def _name_of(members: list[Candidate], kind: str, gazetteer: Gazetteer, language: str, text: str) -> str:
    if kind == "NORP":
        for member in members:
            canonical = gazetteer.canonical_group_word(member.entry, language) if member.entry else None
            if canonical:
                aliases = _aliases(gazetteer, member.entry, language)
                if language == "en":
                    return _group_word_used(canonical, aliases, members)
                if language == "ar":
                    return _arabic_group_word_spelled(canonical, aliases, members)
                return _french_group_word_used(canonical, aliases, members) if language == "fr" else canonical
    forms = [m.form for m in members]
    # (of two forms of one length, the one with more capitals: "Vukovar Hospital", not "Vukovar hospital")
    name = max(forms, key=lambda form: (not is_acronym(form), not _all_caps_word(form), len(form), sum(c.isupper() for c in form), -forms.index(form)))
    # A capital that only a line's or a sentence's start gives is not the name's: the heading's
    # "Tribunal de première instance de Bruxelles" is the body's "tribunal de première instance ...".
    lowered = name[:1].lower() + name[1:]
    if lowered in forms and all(_capitalised_by_position(m, text) for m in members if m.form == name):
        name = lowered
    if kind in ("GPE", "LOC") and name.isupper() and len(name) > 3:
        # A place known only from an all-caps dateline ("PARIS —", "LA HAYE —") is written
        # as a name: as the gazetteer spells it, else in title case unless it is an acronym.
        listed = next((alias for m in members if m.entry for alias in _aliases(gazetteer, m.entry, language) if normalize(alias) == normalize(name) and not alias.isupper()), None)
        if listed or _all_caps_word(name):
            return listed or name.title()
    if language == "fr" and kind in ("GPE", "LOC"):
        # a city whose name holds its article keeps it after "au", "du", "à": "au Caire" → "Le Caire"
        entries = {m.entry for m in members if m.entry}
        with_article = next((alias for entry in entries for alias in _aliases(gazetteer, entry, language)
                             if alias.lower() in ARTICLE_KEPT and alias.split(" ", 1)[-1] == name), None)
        return with_article or name
    return name


def _capitalised_by_position(member: Candidate, text: str) -> bool:
    """Whether the mention starts a line or a sentence, where any word takes a capital."""
    before = text[max(0, member.start - 3):member.start].rstrip(" «“\"'")
    return member.form[:1].isupper() and member.form[1:2].islower() and (not before or before[-1] in "\n.!?")


def _arabic_group_word_spelled(canonical: str, aliases: list[str], members: list[Candidate]) -> str:
    """The canonical nisba as the document spells it: "قرغيزي" where it writes "قرغيزيين",
    "قيرغيزي" where it writes "القيرغيز..."; other forms (broken plurals) give the canonical."""
    used = [re.sub(r"^[وفبل]?ال", "", normalize(m.form)) for m in members]
    for alias in [canonical] + [a for a in aliases if a.endswith("ي")]:
        if any(form.startswith(normalize(alias)) for form in used):
            return alias
    return canonical


def _group_word_used(canonical: str, aliases: list[str], members: list[Candidate]) -> str:
    """The canonical group word, unless the document only uses another singular form of it:
    "Serbs" are "Serb", not "Serbian"."""
    used = {m.form.lower() for m in members}
    for alias in [canonical] + aliases:
        singular_used = alias.lower() in used and not alias.lower().endswith("s")
        if singular_used or alias.lower() + "s" in used:
            return alias
    return canonical


def _french_group_word_used(canonical: str, aliases: list[str], members: list[Candidate]) -> str:
    """The canonical French group word, unless the document only uses another masculine
    singular form of it and its inflections ("qatarien", not "qatari")."""
    used = {m.form.lower() for m in members}
    if used & set(french_forms(canonical)):
        return canonical
    return next((alias for alias in _french_masculine(aliases) if used & set(french_forms(alias))), canonical)


def _french_masculine(aliases: list[str]) -> list[str]:
    """The listed forms no other listed form inflects and that are no irregular feminine
    ("turque" of "turc"): masculine singular ones ("bosniaque" beside "bosnien")."""
    derived = {form for alias in aliases for form in french_forms(alias) if form != alias}
    canonical = aliases[0]
    feminine = {stem + ending for stem in (canonical[:-1] + "que", canonical + "que") for ending in ("", "s")}  # "turc": "turque", "grec": "grecque"
    feminine |= {alias for alias in aliases if alias != canonical and without_accents(alias) in french_forms(canonical)}  # "ouzbèke" of "ouzbek"
    return [alias for alias in aliases if alias not in derived and alias not in feminine]


def _aliases(gazetteer: Gazetteer, entry_id: str, language: str) -> list[str]:
    entry = gazetteer.entries.get(entry_id)
    return entry.aliases(language) if entry else []


def _all_caps_word(form: str) -> bool:
    """Capitals throughout but no acronym: a dateline or a heading ("LEIDSCHENDAM", "THE HAGUE")."""
    return not is_acronym(form) and any(c.isupper() for c in form) and form.upper() == form


def _shouted(form: str) -> bool:
    return len(_words(form)) > 1 and any(c.isupper() for c in form) and form.upper() == form


def to_entities(groups: list[list[Candidate]], text: str, gazetteer: Gazetteer, language: str) -> list[Entity]:
    entities = []
    for members in groups:
        kind = _type_of(members)
        members = sorted(members, key=lambda m: m.start)
        mentions = [Mention(start=m.start, end=m.end, text=text[m.start:m.end]) for m in members]
        entities.append(Entity(type=kind, name=_name_of(members, kind, gazetteer, language, text), mentions=mentions))
    return sorted(entities, key=lambda e: e.mentions[0].start)
