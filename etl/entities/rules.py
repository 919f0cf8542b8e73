"""Token patterns of the domain layer, for names no list can hold: national courts named
after their town, chambers of international courts, senates of German courts, numbered
intelligence branches, and (in Arabic, which has no statistical model here) people
introduced by a title.

Patterns match on NORM, which `models` sets to the `gazetteer.normalize`d form (and,
in Arabic, without attached proclitics), so one spelling covers the variants.
"""

from __future__ import annotations

from etl.entities.gazetteer import normalize

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
ORDINALS_EN = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"]
DETERMINERS_EN = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "which", "whose", "each", "every", "any"]
COURT_KINDS_EN = [
    "district", "regional", "higher", "appeals", "appellate", "supreme", "federal", "criminal", "military", "special",
    "high", "administrative", "constitutional", "assize", "assizes", "judicial", "magistrates", "magistrates'", "county",
    "circuit", "state", "national", "provincial", "cantonal", "juvenile", "security", "field", "terrorism", "counter-terrorism",
]

NOT_TOWNS_EN = ["judge", "judges", "president", "prosecutor", "chamber", "senate", "on", "in", "of", "for", "and", "said", "ruled", "found", "has", "had", "was", "is", "will", "today", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MEDIA_WORDS = ["wire", "observer", "times", "post", "herald", "tribune", "journal", "gazette", "monitor", "chronicle", "telegraph", "dispatch", "courier", "standard", "guardian", "independent", "examiner", "inquirer"]

FR_COURT_WORDS = [
    "judiciaire", "correctionnel", "administratif", "administrative", "militaire", "pénal", "pénale", "fédéral", "fédérale",
    "régional", "supérieur", "d'", "appel", "assises", "grande", "instance", "spéciale", "spécial", "criminelle",
    "départementale", "de", "district", "première", "régionale", "haute",
]


def _court_patterns_en() -> list[list[dict]]:
    town = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + ["court", "chamber"]}}
    return [
        # "Koblenz Higher Regional Court", "Stockholm District Court"
        [town, {"NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "court"}],
        # German usage puts the town last: "Higher Regional Court Koblenz"
        [{"NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "court"}, {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + NOT_TOWNS_EN}}],
        # "Court of Appeal of Paris", "Court of Cassation"
        [{"NORM": "court"}, {"NORM": "of"}, {"IS_TITLE": True, "OP": "+"}, {"NORM": {"IN": ["of", "in"]}}, {"IS_TITLE": True}],
        [{"NORM": "court"}, {"NORM": "of"}, {"NORM": {"IN": ["appeal", "appeals", "cassation", "justice", "assizes", "arbitration"]}}],
        # ICC chambers: "Pre-Trial Chamber II", "Trial Chamber I", "Appeals Chamber"
        [{"NORM": "pre"}, {"NORM": "-"}, {"NORM": "trial"}, {"NORM": "chamber"}, {"NORM": {"IN": ROMAN}, "OP": "?"}],
        [{"NORM": "trial"}, {"NORM": "chamber"}, {"NORM": {"IN": ROMAN}}],
        [{"NORM": "appeals"}, {"NORM": "chamber"}],
        # German courts sit in numbered senates: "1st Criminal Senate", "State Protection Senate"
        [{"NORM": {"IN": ORDINALS_EN}, "OP": "?"}, {"NORM": "criminal"}, {"NORM": "senate"}],
        [{"NORM": "state"}, {"NORM": "protection"}, {"NORM": "senate"}],
    ]


def _court_patterns_fr() -> list[list[dict]]:
    town = {"IS_TITLE": True}
    return [
        # "tribunal judiciaire de Paris", "cour d'appel de Paris", "cour d'assises de Paris"
        [{"NORM": {"IN": ["haute", "grande"]}, "OP": "?"}, {"NORM": {"IN": ["tribunal", "cour"]}}, {"NORM": {"IN": FR_COURT_WORDS}, "OP": "+"}, {"NORM": {"IN": ["de", "d'", "du"]}}, town],
        # a hyphenated town ("Aix-en-Provence"), hyphens written without spaces
        [{"NORM": {"IN": ["tribunal", "cour"]}}, {"NORM": {"IN": FR_COURT_WORDS}, "OP": "+"}, {"NORM": {"IN": ["de", "d'", "du"]}}, {"IS_TITLE": True, "SPACY": False}, {"ORTH": "-", "SPACY": False}, {"IS_ALPHA": True}],
        [{"NORM": "chambre"}, {"NORM": {"IN": ["préliminaire", "d'", "de"]}}, {"NORM": {"IN": ["appel", "première"]}, "OP": "?"}, {"NORM": "instance", "OP": "?"}, {"NORM": {"IN": ROMAN}, "OP": "?"}],
        [{"NORM": {"IN": ["1re", "1ère", "2e", "3e", "4e", "5e", "6e"]}, "OP": "?"}, {"NORM": "sénat"}, {"NORM": "pénal"}],
    ]


def _media_patterns_en() -> list[list[dict]]:
    """Outlets named "<Words> Observer", "<Words> Wire", "<Words> Times"."""
    word = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + MEDIA_WORDS}}
    return [[word, {"IS_TITLE": True, "NORM": {"NOT_IN": MEDIA_WORDS}, "OP": "?"}, {"IS_TITLE": True, "NORM": {"IN": MEDIA_WORDS}}]]


AR_ORG_HEADS = ["وكالة", "منظمة", "لجنة", "رابطة", "مركز", "المركز", "شبكة", "الشبكة", "هيئة", "جمعية", "مؤسسة", "المؤسسة", "النيابة", "مكتب", "مجلس", "اتحاد", "تحالف", "حزب"]


def _arabic_org_patterns(group_words: list[str]) -> list[list[dict]]:
    """An organisation word in construct with two or more definite words: "وكالة ... للأنباء",
    "النيابة الوطنية لمكافحة الإرهاب". One definite word is usually a description ("هيئة المحكمة")."""
    head = {"NORM": {"IN": [normalize(word) for word in AR_ORG_HEADS]}}
    definite = {"NORM": {"REGEX": "^(ال|لل)"}}
    prepositional = {"NORM": {"REGEX": "^(ال|لل|ل)"}}
    return [[head, definite, prepositional, {"NORM": {"REGEX": "^(ال|لل)"}, "OP": "*"}]]


def _unit_patterns() -> list[list[dict]]:
    return [
        [{"NORM": {"IN": ["branch", "branche"]}}, {"LIKE_NUM": True}],
        [{"NORM": normalize("الفرع")}, {"LIKE_NUM": True}],
        [{"NORM": normalize("فرع")}, {"LIKE_NUM": True}],
    ]


AR_TITLES = [
    "الرئيس", "الرئيسة", "رئيس", "القاضي", "القاضية", "المدعي", "المدعية", "اللواء", "العميد", "العقيد", "المقدم",
    "الرائد", "النقيب", "الجنرال", "السيد", "السيدة", "الدكتور", "الدكتورة", "المحامي", "المحامية", "الناشط", "الناشطة",
    "الصحفي", "الصحفية", "الصحافي", "الصحافية", "المتهم", "المتهمة", "الضابط", "الطبيب", "الطبيبة", "الأمين", "الوزير",
    "وزير", "المبعوث", "المفوض", "المفوضة", "المقرر", "المقررة", "الشاهد", "الشاهدة", "الملازم", "المعتقل", "المعتقلة",
    "السجين", "الضحية", "الأستاذ", "الشيخ",
]
AR_TITLE_COMPLEMENTS = ["العام", "العامة", "السابق", "السابقة", "الأول", "الخاص", "الخاصة", "السامي", "السامية", "الخارجية", "الدفاع", "الداخلية"]
# Words that end a name: prepositions, conjunctions, pronouns, common verbs of reporting.
AR_STOPWORDS = [
    "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أنه", "بأن", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "قد",
    "لقد", "كان", "كانت", "قال", "قالت", "أكد", "أكدت", "وقال", "وقالت", "بعد", "قبل", "خلال", "منذ", "حتى", "بين", "أمام",
    "عند", "لدى", "ضد", "حول", "ثم", "أو", "أي", "كل", "غير", "بشأن", "إنه", "وأن", "عام", "يوم", "هو", "هي", "بن",
]
AR_COMPOUND_NAME_STARTS = ["عبد", "أبو", "ابو", "أبي", "بن"]


def _arabic_person_patterns(group_words: list[str]) -> list[list[dict]]:
    """A title ("القاضية", "اللواء", "الرئيس السوري") followed by two or three name words.

    The span includes the title; `canonicalisation` strips it. A third word is taken
    only when it is a family name with the article (بشار حافظ الأسد) or follows a
    compound first name (عبد السلام محمود)."""
    title = {"NORM": {"IN": [normalize(word) for word in AR_TITLES]}}
    complement = {"NORM": {"IN": [normalize(word) for word in AR_TITLE_COMPLEMENTS]}, "OP": "?"}
    group_word = {"NORM": {"IN": group_words}, "OP": "?"}
    stop = [normalize(word) for word in AR_STOPWORDS + AR_TITLES + AR_TITLE_COMPLEMENTS] + group_words
    first = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop, "REGEX": "^(?!ال)"}}
    name = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}
    family = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop, "REGEX": "^ال"}}
    compound = {"NORM": {"IN": [normalize(word) for word in AR_COMPOUND_NAME_STARTS]}}
    prefix = [title, complement, group_word]
    return [
        prefix + [first, name],
        prefix + [first, name, family],
        prefix + [compound, name, name],
    ]


def _arabic_court_patterns(place_words: list[str], group_words: list[str]) -> list[list[dict]]:
    """"محكمة الاستئناف في باريس", "محكمة جنايات باريس", "المحكمة العليا"; a court named
    only by a nationality ("المحكمة الفرنسية") is a group word, not a court name."""
    court = {"NORM": {"IN": [normalize("محكمة"), normalize("المحكمة")]}}
    qualifier_words = [normalize(w) for w in ["الاستئناف", "استئناف", "الجنايات", "جنايات", "النقض", "التمييز", "العليا", "الدستورية", "الإقليمية", "الجزائية", "العسكرية", "الابتدائية", "الميدانية", "الجنائية", "الاتحادية", "الفيدرالية", "الإدارية", "المقاطعة", "مقاطعة", "أمن", "الدولة"]]
    qualifier = {"NORM": {"IN": qualifier_words}, "OP": "+"}
    place = {"NORM": {"IN": place_words}}
    return [
        [court, qualifier],
        [court, qualifier, {"NORM": "في"}, place],
        [court, qualifier, place],
    ]


def rule_patterns(language: str, place_words: list[str], group_words: list[str]) -> list[dict]:
    """Token patterns for `language`, as SpanRuler patterns (no `id`: the name is read
    from the document)."""
    rules: list[tuple[str, list[dict]]] = [("ORG", pattern) for pattern in _unit_patterns()]
    if language == "fr":
        rules += [("COURT", pattern) for pattern in _court_patterns_fr()]
    elif language == "ar":
        rules += [("COURT", pattern) for pattern in _arabic_court_patterns(place_words, group_words)]
        rules += [("PERSON", pattern) for pattern in _arabic_person_patterns(group_words)]
        rules += [("ORG", pattern) for pattern in _arabic_org_patterns(group_words)]
    else:
        rules += [("COURT", pattern) for pattern in _court_patterns_en()]
        rules += [("ORG", pattern) for pattern in _media_patterns_en()]
    return [{"label": label, "pattern": pattern} for label, pattern in rules]
