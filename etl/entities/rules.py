"""Token patterns of the domain layer, for names no list can hold: national courts named
after their town, chambers of international courts, senates of German courts, numbered
intelligence branches, and (in Arabic, which has no statistical model here) people
introduced by a title.

Patterns match on NORM, which `models` sets to the `gazetteer.normalize`d form (and,
in Arabic, without attached proclitics), so one spelling covers the variants.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from etl.dates.lexicon import FR_MONTHS
from etl.entities.gazetteer import normalize
from etl.entities.lexicon import arabic_given_names, given_names

DOMAIN_SPANS = "domain"  # doc.spans key the domain layer writes to

# A chamber's number may carry the full stop of a sentence it ends ("Chambre préliminaire I.").
ROMAN_NUMBER = {"ORTH": {"REGEX": r"^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.?$"}}
ROMAN_NUMBER_OPTIONAL = dict(ROMAN_NUMBER, OP="?")
# ... or a letter: the ICC's "Pre-Trial Chamber A" sits for offences against the court.
CHAMBER_NUMBER_OPTIONAL = {"ORTH": {"REGEX": r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|A|B)\.?$"}, "OP": "?"}
ORDINALS_EN = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"]
# Capitalised only because they open a sentence ("At Saydnaya prison ..."): never the start of a name.
PREPOSITIONS_EN = ["at", "in", "on", "from", "near", "to", "of", "by", "after", "before", "inside", "outside", "into", "across", "with", "for", "under", "since", "during", "as", "while", "when"]
DETERMINERS_EN = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "which", "whose", "each", "every", "any"]
COURT_KINDS_EN = [
    "district", "regional", "higher", "appeals", "appellate", "supreme", "federal", "criminal", "military", "special",
    "high", "administrative", "constitutional", "assize", "assizes", "judicial", "magistrates", "magistrates'", "county",
    "circuit", "state", "national", "provincial", "cantonal", "juvenile", "security", "field", "terrorism", "counter-terrorism",
    "first", "instance", "operational", "garrison",
]

NOT_TOWNS_EN = ["judge", "judges", "president", "prosecutor", "chamber", "senate", "on", "in", "of", "for", "and", "said", "ruled", "found", "has", "had", "was", "is", "will", "today", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MEDIA_WORDS = [
    "wire", "observer", "times", "post", "herald", "tribune", "journal", "gazette", "monitor", "chronicle", "telegraph", "dispatch",
    "courier", "standard", "guardian", "independent", "examiner", "inquirer", "desk", "reporter", "newsline", "syndication",
    "newswire", "service", "ledger", "bulletin", "press", "médias", "presse", "infos", "hebdo", "dépêches", "écho", "news", "newsdesk", "info", "magazine", "weekly", "daily",
]

# Capital letters of the Latin names in the documents, Turkish and Slavic ones too ("Şırnak",
# "Čelebići"), for patterns that test a word's first letter
UPPER_LETTERS = "A-ZÀ-ÖØ-ÞŞİĞŠŽČĆŁŚŹŻŘĐ"
FR_COURT_WORDS = [
    "judiciaire", "correctionnel", "administratif", "administrative", "militaire", "pénal", "pénale", "fédéral", "fédérale",
    "régional", "supérieur", "d'", "appel", "assises", "grande", "instance", "spéciale", "spécial", "criminelle",
    "départementale", "de", "district", "première", "régionale", "haute", "criminel", "suprême", "constitutionnelle",
    "municipal", "provincial", "cantonal", "civil", "opérationnelle", "opérationnel", "garnison", "permanent", "oral", "orale",
]


US_OPTIONAL = {"ORTH": {"IN": ["US", "U.S."]}, "OP": "?"}


def _court_patterns_en() -> list[list[dict]]:
    # "Higher" in "the Higher Regional Court" is no town.
    town = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + COURT_KINDS_EN + ["court", "chamber"]}}
    return [
        # "Koblenz Higher Regional Court", "Stockholm District Court"
        [town, {"NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "court"}],
        # the one town whose article is part of its name: "The Hague District Court"
        [{"NORM": "the"}, {"NORM": "hague"}, {"NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "court"}],
        # German usage puts the town last: "Higher Regional Court Koblenz"
        [{"NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "court"}, {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + NOT_TOWNS_EN}}],
        # "Court of Appeal of Paris", "Court of Cassation" (not "in": "[High] Court of Uganda in Gulu")
        [{"NORM": "court"}, {"NORM": "of"}, {"IS_TITLE": True, "OP": "+"}, {"NORM": "of"}, {"IS_TITLE": True}],
        [{"NORM": "court"}, {"NORM": "of"}, {"NORM": {"IN": ["appeal", "appeals", "cassation", "justice", "assizes", "arbitration"]}}],
        # "Kyivskyi District Court of Kharkiv": a district's court, then its city
        [town, {"NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "court"}, {"NORM": "of"}, {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + NOT_TOWNS_EN}}],
        # a court's circuit or district: "United States Court of Appeals for the Third Circuit",
        # "District Court for the Eastern District of Pennsylvania"
        # (the country's acronym in front: "US District Court for ...")
        [US_OPTIONAL, {"IS_TITLE": True, "OP": "+"}, {"NORM": "court"}, {"NORM": "of", "OP": "?"}, {"IS_TITLE": True, "OP": "?"}, {"NORM": "for"}, {"NORM": "the"},
         {"IS_TITLE": True, "OP": "+"}, {"NORM": {"IN": ["circuit", "district"]}}, {"NORM": "of", "OP": "?"}, {"IS_TITLE": True, "OP": "?"}, {"IS_TITLE": True, "OP": "?"}],  # "... of New York"
        [US_OPTIONAL, {"IS_TITLE": True, "OP": "+"}, {"NORM": "court"}, {"NORM": "for"}, {"NORM": "the"}, {"NORM": "district"}, {"NORM": "of"}, {"IS_TITLE": True, "OP": "+"}],
        [{"ORTH": {"IN": ["US", "U.S."]}}, {"NORM": "court"}, {"NORM": "of"}, {"NORM": "appeals"}, {"NORM": "for"}, {"NORM": "the"},
         {"IS_TITLE": True, "OP": "+"}, {"NORM": "circuit"}],
        # ... and for a service: "United States Court of Appeals for the Armed Forces"
        [US_OPTIONAL, {"IS_TITLE": True, "OP": "+"}, {"NORM": "court"}, {"NORM": "of"}, {"NORM": {"IN": ["appeals", "appeal"]}}, {"NORM": "for"}, {"NORM": "the"},
         {"IS_TITLE": True, "NORM": {"NOT_IN": ["district"]}}, {"IS_TITLE": True, "OP": "*"}],
        # "United States Court of Appeals for the District of Columbia Circuit"
        [US_OPTIONAL, {"IS_TITLE": True, "OP": "+"}, {"NORM": "court"}, {"NORM": "of"}, {"NORM": "appeals"}, {"NORM": "for"}, {"NORM": "the"},
         {"NORM": "district"}, {"NORM": "of"}, {"IS_TITLE": True}, {"NORM": "circuit"}],
        # numbered courts: "Anti-Terrorism Court No. 1"
        [{"IS_TITLE": True, "OP": "?"}, {"ORTH": "-", "OP": "?"}, {"IS_TITLE": True}, {"NORM": "court"}, {"NORM": {"IN": ["no", "no."]}}, {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True}],
        # "Trincomalee Magistrate's Court"
        [town, {"NORM": "magistrate"}, {"ORTH": {"IN": ["'s", "’s"]}}, {"NORM": "court"}],
        # "Helsinki Court of Appeal", "Svea Court of Appeal"
        [town, {"NORM": "court"}, {"NORM": "of"}, {"NORM": {"IN": ["appeal", "appeals", "cassation"]}}],
        # "Supreme Court of Kenya", "High Court of Justice", "Supreme Court of the Philippines"
        [{"IS_TITLE": True, "NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "court"}, {"NORM": "of"}, {"NORM": "the", "IS_LOWER": True, "OP": "?"}, {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + NOT_TOWNS_EN}, "OP": "+"}],
        # "Supreme Court of the Republic of Indonesia"
        [{"IS_TITLE": True, "NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "court"}, {"NORM": "of"}, {"NORM": "the"}, {"NORM": "republic"}, {"NORM": "of"},
         {"NORM": "the", "IS_LOWER": True, "OP": "?"}, {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + NOT_TOWNS_EN}, "OP": "+"}],
        # a national court's chamber named by its kinds: "National Criminal Chamber"
        [{"IS_TITLE": True, "NORM": {"IN": COURT_KINDS_EN}}, {"IS_TITLE": True, "NORM": {"IN": COURT_KINDS_EN}, "OP": "+"}, {"NORM": "chamber"}],
        # ICC chambers: "Pre-Trial Chamber II", "Trial Chamber I", "Appeals Chamber"
        [{"NORM": "pre"}, {"NORM": "-"}, {"NORM": "trial"}, {"NORM": "chamber"}, CHAMBER_NUMBER_OPTIONAL],
        [{"NORM": "trial"}, {"NORM": "chamber"}, ROMAN_NUMBER],
        [{"NORM": "appeals"}, {"NORM": "chamber"}],
        # German courts sit in numbered senates: "1st Criminal Senate", "State Protection Senate"
        [{"NORM": {"IN": ORDINALS_EN}, "OP": "?"}, {"NORM": "criminal"}, {"NORM": "senate"}],
        [{"NORM": "state"}, {"NORM": "protection"}, {"NORM": "senate"}],
    ]


def _court_patterns_fr() -> list[list[dict]]:
    # (a town written as one token with lower-case parts too: "Port-au-Prince")
    town = {"ORTH": {"REGEX": rf"^[{UPPER_LETTERS}][\w'’-]*$"}}
    return [
        # "tribunal judiciaire de Paris", "cour d'appel de Paris", "cour d'assises de Paris"
        # (numbered where a town has several: "22e cour d'assises d'Ankara")
        [{"NORM": {"REGEX": r"^\d+(?:e|re|ère|ème)$"}, "OP": "?"}, {"NORM": {"IN": ["haute", "grande"]}, "OP": "?"}, {"NORM": {"IN": ["tribunal", "cour"]}},
         {"NORM": {"IN": FR_COURT_WORDS}, "OP": "+"}, {"NORM": {"IN": ["de", "d'", "du"]}}, town, {"IS_TITLE": True, "OP": "?"}],
        # ... of a département named with its article: "cour d'assises de la Seine-Saint-Denis"
        [{"NORM": {"IN": ["tribunal", "cour"]}}, {"NORM": {"IN": FR_COURT_WORDS}, "OP": "+"}, {"NORM": "de"}, {"NORM": {"IN": ["la", "l'"]}}, town],
        # "Cour suprême de la République d'Ouzbékistan"
        [{"NORM": "cour"}, {"NORM": {"IN": ["suprême", "constitutionnelle"]}}, {"NORM": "de"}, {"NORM": "la"}, {"NORM": "république"}, {"NORM": {"IN": ["de", "d'", "du"]}},
         {"NORM": {"IN": ["la", "l'"]}, "OP": "?"}, town],
        # a hyphenated town ("Aix-en-Provence"), hyphens written without spaces
        [{"NORM": {"IN": ["tribunal", "cour"]}}, {"NORM": {"IN": FR_COURT_WORDS}, "OP": "+"}, {"NORM": {"IN": ["de", "d'", "du"]}}, {"IS_TITLE": True, "SPACY": False}, {"ORTH": "-", "SPACY": False}, {"IS_ALPHA": True}],
        # a chamber of first instance is named by its number ("Chambre préliminaire II"); the
        # Appeals Chamber is the only one ("Chambre d'appel")
        # "Haute Cour de justice", "Haute Cour du Kenya"
        [{"NORM": "haute"}, {"NORM": "cour"}, {"NORM": "de"}, {"NORM": "justice"}],
        [{"NORM": "haute"}, {"NORM": "cour"}, {"NORM": {"IN": ["du", "de", "d'"]}}, {"NORM": "la", "OP": "?"}, town],
        [{"NORM": "chambre"}, {"NORM": "préliminaire"}, ROMAN_NUMBER],
        [{"NORM": "chambre"}, {"NORM": "de"}, {"NORM": "première"}, {"NORM": "instance"}, ROMAN_NUMBER],
        [{"NORM": "chambre"}, {"NORM": "d'"}, {"NORM": "appel"}],
        # the chambers of the Cour de cassation and of a cour d'appel
        [{"NORM": "chambre"}, {"NORM": {"IN": ["criminelle", "civile", "sociale", "commerciale"]}}],
        [{"NORM": "chambre"}, {"NORM": "de"}, {"NORM": "l'"}, {"NORM": "instruction"}],
        # a chamber or a specialised unit of a named court: "pôle crimes contre l'humanité du
        # tribunal judiciaire de Paris", "chambre de l'instruction de la cour d'appel de Paris"
        [{"NORM": {"IN": ["pôle", "chambre"]}}, {"IS_LOWER": True, "POS": {"NOT_IN": ["VERB", "AUX"]}, "OP": "+"}, {"NORM": {"IN": ["du", "de"]}}, {"NORM": "la", "OP": "?"},
         {"NORM": {"IN": ["tribunal", "cour"]}}, {"NORM": {"IN": FR_COURT_WORDS}, "OP": "+"}, {"NORM": {"IN": ["de", "d'", "du"]}}, town],
        [{"NORM": "assemblée"}, {"NORM": "plénière"}, {"NORM": "de"}, {"NORM": "la"}, {"NORM": "cour"}, {"NORM": "de"}, {"NORM": "cassation"}],
        [{"NORM": "chambre"}, {"NORM": {"IN": ["criminelle", "civile", "sociale", "commerciale"]}}, {"NORM": "de"}, {"NORM": "la"}, {"NORM": "cour"}, {"NORM": "de"}, {"NORM": "cassation"}],
        [{"NORM": {"IN": ["1re", "1ère", "2e", "3e", "4e", "5e", "6e"]}, "OP": "?"}, {"NORM": "sénat"}, {"NORM": "pénal"}],
        # numbered chambers of French courts: "16e chambre correctionnelle", "1re chambre civile"
        # a town's court named by the town alone: "tribunal d'El Harrach", "tribunal de Sidi M'Hamed"
        [{"NORM": "tribunal"}, {"NORM": {"IN": ["de", "d'"]}}, town, {"IS_TITLE": True, "OP": "?"}],
        # a court named after its district, then its town: "tribunal Solomianskyï de Kiev"
        [{"NORM": {"IN": ["tribunal", "cour"]}}, {"IS_TITLE": True}, {"NORM": {"IN": ["de", "d'"]}}, town],
        [{"NORM": {"REGEX": r"^\d+(?:e|re|ère)$"}}, {"NORM": "chambre"}, {"NORM": {"IN": ["correctionnelle", "civile", "criminelle", "sociale", "commerciale", "administrative", "pénale"]}}],
        # a court of cassation's chambers, of a federal one too: "Chambre fédérale de cassation
        # pénale", "Chambre de cassation pénale de la Cour suprême de justice"
        [{"NORM": "chambre"}, {"NORM": {"IN": ["fédérale", "nationale"]}, "OP": "?"}, {"NORM": "de"}, {"NORM": "cassation"}, {"NORM": {"IN": ["pénale", "civile"]}, "OP": "?"}],
        [{"NORM": "chambre"}, {"NORM": "de"}, {"NORM": "cassation"}, {"NORM": {"IN": ["pénale", "civile"]}}, {"NORM": "de"}, {"NORM": "la"}, {"NORM": "cour"},
         {"NORM": "suprême"}, {"NORM": "de", "OP": "?"}, {"NORM": "justice", "OP": "?"}],
        [{"NORM": "cour"}, {"NORM": "suprême"}, {"NORM": "de"}, {"NORM": "justice"}],
        # a country's high court: "Cour suprême de justice de l'Uruguay", "Cour constitutionnelle du Bénin"
        [{"NORM": "cour"}, {"NORM": {"IN": ["suprême", "constitutionnelle"]}}, {"NORM": "de", "OP": "?"}, {"NORM": "justice", "OP": "?"},
         {"NORM": {"IN": ["de", "d'", "du"]}}, {"NORM": {"IN": ["la", "l'"]}, "OP": "?"}, town],
    ]


def _media_patterns_en() -> list[list[dict]]:
    """Outlets named "<Words> Observer", "<Words> Wire", "<Words> Times", "<Words> Desk"
    (and in French "<Words> Médias", "<Words> Presse")."""
    word = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + MEDIA_WORDS}}
    # ("Lakeside Press Service": a media word inside too)
    more = {"IS_TITLE": True, "OP": "?"}
    return [[word, more, more, {"IS_TITLE": True, "NORM": {"IN": MEDIA_WORDS}}]]


GEO_LAST_EN = [
    "river", "lake", "sea", "ocean", "mountains", "mountain", "hills", "valley", "desert", "peninsula", "gulf", "bay", "delta",
    "plateau", "basin", "strait", "island", "islands", "plains", "plain", "highlands", "marshes", "steppe", "coast", "corridor",
    "street", "avenue", "boulevard", "square",
]
GEO_FIRST_EN = ["lake", "mount", "river", "gulf", "bay", "isle"]
GEO_FIRST_FR = [
    "lac", "fleuve", "rivière", "mer", "golfe", "mont", "monts", "massif", "désert", "île", "îles", "vallée", "plateau", "détroit", "océan",
    "rue", "avenue", "boulevard", "río", "rio", "bassin",
    # "forêt de Katyn", "carrefour de Netzarim", "porte de Vincennes", "poche de Medak", "bande de Gaza"
    "forêt", "carrefour", "porte", "poche", "bande", "delta", "plaine",
]
FAC_LAST_EN = [
    "prison", "jail", "camp", "airport", "airfield", "airbase", "airstrip", "hospital", "barracks", "stadium", "penitentiary",
    "complex", "crossing", "cemetery", "bridge", "checkpoint", "mine", "station", "terminus", "courthouse", "palace",
]
# A school or a centre named by its place is a building when its kind says so: "Murambi
# Technical School", "Arusha International Conference Centre" (not "Centre for Justice").
FAC_BY_KIND_EN = (["technical", "primary", "secondary", "conference", "health", "medical"], ["school", "centre", "center"])
# Buildings named with a capitalised head only ("Sidi Yahia Mosque", not "a Catholic mosque"); a
# "Church" is most often the institution.
BUILDINGS_EN = [
    "mosque", "cathedral", "museum", "parish", "dam", "hotel",
    # the venues attacks and raids hit: "Holey Artisan Bakery", "Jaffna Public Library"
    "bakery", "café", "cafe", "restaurant", "supermarket", "theatre", "theater", "nightclub", "library", "cinema",
    # "Manchester Arena", "Rana Plaza" (a building; "Plaza de Mayo", head first, is a square)
    "arena", "plaza",
]
# Words between a facility's name and its head: "Blida military prison", "Châteauneuf detention centre".
FAC_KINDS_EN = ["military", "central", "detention", "security", "federal", "state", "main", "women's", "juvenile"]
FAC_CENTRES_EN = ["centre", "center", "facility"]
# A station named by its place and its kind: "Gulshan Police Station", "Remera police station".
STATION_KINDS_EN = ["police", "railway", "train", "bus", "metro"]
# Prizes and awards are no people ("Nobel Peace Prize").
AWARD_WORDS = ["prize", "award", "medal"]
FAC_FIRST_FR = [
    "prison", "camp", "aéroport", "hôpital", "caserne", "stade", "complexe", "centre", "maison", "bagne", "pont", "théâtre", "musée", "cathédrale",
    "église", "mosquée", "colonie", "raffinerie", "usine", "mausolée", "séminaire", "synagogue", "école", "commissariat", "mine",
    "paroisse", "barrage", "temple", "chu",
]
# What follows the head word before the place: "centre pénitentiaire de", "maison d'arrêt de".
FAC_KINDS_FR = [
    "pénitentiaire", "centrale", "judiciaire", "militaire", "arrêt", "détention", "régional", "universitaire", "général", "civil", "central",
    # "école technique de Murambi", "église catholique de Kabarondo", "barrage hydroélectrique de Chixoy"
    "technique", "primaire", "secondaire", "catholique", "protestante", "adventiste", "hydroélectrique",
    # "hôpital de district de Kumba", "centre de santé de Luvungi", "stade municipal de Qamichli"
    "district", "santé", "municipal", "municipale", "médical", "médicale",
    # a camp of a force: "camp de gendarmerie d'Abobo", "camp commando d'Abobo"
    "gendarmerie", "commando",
]
# Head words of organisation names built as "<Head> of/for <Capitalised words>".
ORG_HEADS_EN = [
    "office", "ministry", "mission", "commission", "committee", "council", "fund", "agency", "programme", "program",
    "institute", "university", "centre", "center", "association", "foundation", "bureau", "directorate", "department",
    "service", "network", "coalition", "union", "league", "movement", "front", "army", "forces", "party",
    "organisation", "organization", "authority", "assembly", "board", "corps", "brigade", "division", "unit", "panel",
    "group", "society", "alliance", "initiative", "observatory", "academy", "college", "school",
    "project", "campaign", "archive", "archives", "trust", "forum", "platform", "collective", "syndicate", "diocese",
    "archdiocese", "guard", "gendarmerie", "navy", "regiment", "battalion", "secretariat", "company", "corporation",
    # companies: "Ali Enterprises", "Fana Broadcasting Corporate"
    "enterprises", "corporate", "broadcasting", "industries", "holdings", "textiles", "garments", "mills", "limited",
]
# Not "in", "and" or "to": "Security Council in New York", "Council of Europe and Amnesty".
ORG_LINKS_EN = ["of", "for", "on", "against"]


def _place_and_facility_patterns_en(group_words: list[str]) -> list[tuple[str, list[dict]]]:
    """"Naf River", "Lake Kivu", "Nuba Mountains"; "Kampong Chhnang airfield", "Insein Prison"."""
    name = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + PREPOSITIONS_EN + GEO_LAST_EN + FAC_LAST_EN}}
    more = {"IS_TITLE": True, "NORM": {"NOT_IN": GEO_LAST_EN + FAC_LAST_EN}, "OP": "*"}
    kind = {"NORM": {"IN": FAC_KINDS_EN}, "IS_LOWER": True}
    return [
        # the place a massacre is named after: "the Accomarca massacre" (the word after comes off)
        ("GPE", [name, {"IS_TITLE": True, "OP": "?"}, {"NORM": "massacre", "IS_LOWER": True}]),
        ("LOC", [name, more, {"IS_TITLE": True, "NORM": {"IN": GEO_LAST_EN}}]),
        ("LOC", [{"IS_TITLE": True, "NORM": {"IN": GEO_FIRST_EN}}, name, {"IS_TITLE": True, "OP": "?"}]),
        ("FAC", [name, more, {"NORM": {"IN": FAC_LAST_EN}}]),
        ("FAC", [name, more, {"NORM": {"IN": BUILDINGS_EN}, "IS_TITLE": True}]),
        ("FAC", [name, more, {"NORM": {"IN": FAC_BY_KIND_EN[0]}, "IS_TITLE": True}, {"NORM": {"IN": FAC_BY_KIND_EN[1]}, "IS_TITLE": True}]),
        # a police or railway station: "Gulshan Police Station"
        ("FAC", [name, more, {"NORM": {"IN": STATION_KINDS_EN}, "IS_TITLE": True}, {"NORM": "station", "IS_TITLE": True}]),
        # a church named by its place or saint is a building ("Motael Church", "Kibuye Catholic
        # Church", "Church of Our Lady Mary of Zion"); a group word's church is the institution
        # ("Catholic Church").
        ("FAC", [dict(name, NORM={"NOT_IN": DETERMINERS_EN + PREPOSITIONS_EN + group_words}), {"IS_TITLE": True, "NORM": {"IN": group_words}, "OP": "?"},
                 {"IS_TITLE": True, "NORM": "church"}]),
        # a Korean village: "No Gun Ri", "Chu Gok Ri" ("-ri" is the word for village)
        ("GPE", [name, {"IS_TITLE": True, "OP": "*"}, {"ORTH": "Ri"}]),
        # a South Asian city's quarter: "Johar Town", "Faisal Town" (a listed "Cape Town" wins)
        ("LOC", [name, {"IS_TITLE": True, "NORM": "town"}]),
        ("FAC", [{"IS_TITLE": True, "NORM": "church"}, {"NORM": "of"}, {"NORM": {"IN": ["our", "st", "st.", "saint", "the"]}}, {"IS_TITLE": True, "OP": "+"},
                 {"NORM": "of", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}]),
        ("FAC", [name, more, kind, {"NORM": {"IN": FAC_LAST_EN}, "IS_LOWER": True}]),
        # ... and a police or railway station in lower case: "Remera police station"
        ("FAC", [name, more, {"NORM": {"IN": STATION_KINDS_EN}, "IS_LOWER": True}, {"NORM": "station", "IS_LOWER": True}]),
        ("FAC", [name, more, {"NORM": "detention", "IS_LOWER": True}, {"NORM": {"IN": FAC_CENTRES_EN}, "IS_LOWER": True}]),
        # a building named head first: "Museum of Free Derry", "Palace of Justice",
        # "Metropolitan Cathedral of San Salvador" (not a church: "Church of England" is a body)
        ("FAC", [{"IS_TITLE": True, "OP": "*"}, {"IS_TITLE": True, "NORM": {"IN": ["museum", "palace", "cathedral", "basilica"]}}, {"NORM": "of"}, {"NORM": "the", "OP": "?"},
                 {"IS_TITLE": True, "OP": "+"}]),
    ]


def _law_patterns_fr(group_words: list[str]) -> list[list[dict]]:
    """"Code pénal", "Code pénal centrafricain", "code de procédure pénale", "Pacte de San José", "Charte de Banjul"."""
    instrument = {"IS_TITLE": True, "NORM": {"IN": ["convention", "pacte", "charte", "statut", "protocole", "traité"]}}
    # a numbered law or decree, named by its number: "loi n° 18.831", "décret-loi n° 2011-69"
    numbered = [{"LOWER": {"IN": ["loi", "décret", "ordonnance", "dahir"]}}, {"LOWER": {"IN": ["n°", "no", "nº"]}},
                {"ORTH": {"REGEX": r"^\d[\d.]*$"}}, {"ORTH": {"IN": ["-", "/"]}, "SPACY": False, "OP": "?"}, {"ORTH": {"REGEX": r"^\d+$"}, "OP": "?"},
                {"LOWER": "de", "OP": "?"}, {"ORTH": {"REGEX": r"^(?:19|20)\d\d$"}, "OP": "?"}]
    dated = [{"LOWER": {"IN": ["loi", "décret"]}}, {"LOWER": "du"}, {"ORTH": {"REGEX": r"^(?:[12]?\d|3[01])(?:er)?$"}},
             {"LOWER": {"IN": FRENCH_MONTHS}}, {"ORTH": {"REGEX": r"^(?:1[89]|20)\d\d$"}}]
    return [
        [{"NORM": "code"}, {"NORM": {"IN": ["pénal", "civil"]}}, {"NORM": {"IN": group_words + ["militaire"]}, "OP": "?"}],
        [{"NORM": "code"}, {"NORM": "de"}, {"NORM": "procédure"}, {"NORM": "pénale"}],
        [{"NORM": "code"}, {"NORM": "de"}, {"NORM": "justice"}, {"NORM": "militaire"}],
        # "la Constitution", a country's, written with a capital (in lower case, "la constitution
        # de partie civile" is a filing)
        [{"ORTH": "Constitution"}, {"LOWER": {"IN": ["fédérale", "provisoire", "transitoire"]}, "OP": "?"}],
        [instrument, {"NORM": {"IN": ["de", "d'", "du"]}}, {"IS_TITLE": True, "OP": "+"}],
        numbered,
        [{"LOWER": "décret"}, {"ORTH": "-"}] + numbered,
        # a law named by its date: "loi du 16 juin 1993", "décret du 1er mars 2004"
        dated,
        # with its title, to the end of the clause: "... relative à la répression des violations graves de ..."
        dated + [{"LOWER": {"IN": ["relative", "relatif", "portant"]}}, {"IS_PUNCT": False, "IS_LOWER": True, "OP": "{1,12}"}],
    ]


# (the dates layer's names: "février" and "fevrier")
FRENCH_MONTHS = [name for names, _ in FR_MONTHS.values() for name in names]
FR_OUTLET_HEADS = ["courrier", "écho", "echo", "quotidien", "journal", "gazette", "tribune", "observateur", "messager", "voix", "nouvelles", "dépêches", "dépêche"]


def _place_and_facility_patterns_fr() -> list[tuple[str, list[dict]]]:
    """"lac Kivu", "fleuve Congo", "mer Rouge"; "hôpital de Panzi", "prison d'Evin"."""
    # a town, hyphenated ones in one token ("Port-au-Prince")
    town = {"ORTH": {"REGEX": rf"^[{UPPER_LETTERS}][\w'’-]+$"}}
    # a name's second word with the Arabic article: "Nahr al-Bared", "Bourj el-Barajneh"
    with_article = [{"LOWER": {"IN": ["al", "el", "ad", "ed", "ar", "as", "ash", "ech", "az", "at", "an", "en"]}, "SPACY": False}, {"ORTH": "-", "SPACY": False}, {"IS_TITLE": True}]
    return [
        ("LOC", [{"NORM": {"IN": GEO_FIRST_FR}}, {"NORM": {"IN": ["de", "du", "des", "d'"]}, "OP": "?"}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}]),
        ("LOC", [{"NORM": {"IN": GEO_FIRST_FR}}, {"NORM": "de"}, {"NORM": {"IN": ["la", "l'"]}}, {"IS_TITLE": True}]),  # "île de la Cité"
        ("FAC", [{"NORM": {"IN": FAC_FIRST_FR}}, {"NORM": {"IN": ["de", "du", "d'"]}}, {"NORM": "la", "OP": "?"}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}]),
        ("FAC", [{"NORM": {"IN": FAC_FIRST_FR}}, {"NORM": {"IN": ["de", "du", "d'"]}}, {"NORM": "l'", "OP": "?"}, {"IS_TITLE": True}] + with_article),
        # named after someone or something: "théâtre Colón", "prison Evin", "hôpital Kasr el-Aïni"
        ("FAC", [{"NORM": {"IN": FAC_FIRST_FR}, "IS_LOWER": True}, {"IS_TITLE": True, "POS": "PROPN"}, {"IS_TITLE": True, "POS": "PROPN", "OP": "?"}]),
        ("FAC", [{"NORM": {"IN": FAC_FIRST_FR}, "IS_LOWER": True}, {"IS_TITLE": True, "POS": "PROPN"}] + with_article),
        ("FAC", [{"NORM": {"IN": FAC_FIRST_FR}, "IS_LOWER": True}, {"IS_TITLE": True}, {"ORTH": "-"}, {"IS_TITLE": True}]),
        ("FAC", [{"NORM": "palais"}, {"NORM": "de"}, {"NORM": "justice"}, {"NORM": {"IN": ["de", "d'", "du"]}}, town]),
        # ministries, written in lower case with a capitalised field: "ministère de la Politique
        # territoriale et de la Mémoire démocratique"
        # ("ministère des Droits de l'homme")
        ("ORG", [{"LOWER": "ministère"}, {"LOWER": "des"}, {"LOWER": "droits"}, {"LOWER": "de"}, {"LOWER": {"IN": ["l'", "l’"]}}, {"LOWER": "homme"}]),
        ("ORG", [{"LOWER": "ministère"}, {"LOWER": {"IN": ["de", "du", "des"]}}, {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}, {"IS_TITLE": True}, {"IS_LOWER": True, "POS": "ADJ", "OP": "*"},
                 {"LOWER": "et", "OP": "?"}, {"LOWER": {"IN": ["de", "du", "des"]}, "OP": "?"}, {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}, {"IS_TITLE": True, "OP": "?"}, {"IS_LOWER": True, "POS": "ADJ", "OP": "*"}]),
        # outlets named "<paper> de/du/des <Name>": "Courrier des Andes", "Quotidien du Palais"
        ("ORG", [{"IS_TITLE": True, "LOWER": {"IN": FR_OUTLET_HEADS}}, {"LOWER": {"IN": ["de", "du", "des", "d'"]}}, {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}]),
        # "Dépêche Méditerranée", "Courrier International"
        ("ORG", [{"IS_TITLE": True, "LOWER": {"IN": FR_OUTLET_HEADS}}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}]),
        # "Dépêches d'Afrique centrale"
        ("ORG", [{"IS_TITLE": True, "LOWER": {"IN": FR_OUTLET_HEADS}}, {"LOWER": {"IN": ["de", "du", "des", "d'"]}}, {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}, {"IS_TITLE": True}, {"IS_LOWER": True, "POS": "ADJ"}]),
        ("ORG", [{"IS_TITLE": True, "LOWER": {"IN": FR_OUTLET_HEADS}}, {"LOWER": {"IN": ["de", "du", "des", "d'"]}}, {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}, {"IS_TITLE": True}, {"LOWER": {"IN": ["de", "du", "d'"]}}, {"IS_TITLE": True}]),
        # the place a massacre is named after: "massacre d'Accomarca" (the words before come off)
        ("GPE", [{"NORM": {"IN": ["massacre", "massacres", "tuerie", "tueries"]}}, {"NORM": {"IN": ["de", "d'", "du"]}}, {"LOWER": {"IN": ["la", "le", "les"]}, "OP": "?"}, dict(town, LOWER={"NOT_IN": ["la", "le", "les"]})]),
        # a town's prosecution service: "parquet de Port-au-Prince", "parquet général de Paris"
        ("ORG", [{"NORM": "parquet"}, {"NORM": {"IN": ["général", "national", "fédéral"]}, "OP": "?"}, {"NORM": {"IN": ["de", "d'"]}}, town]),
        # a square: "place Babour"
        ("LOC", [{"LOWER": "place"}, {"IS_TITLE": True, "POS": "PROPN"}]),
        # "place du Peuple", "promenade des Anglais" (not "à la place de": instead of)
        ("LOC", [{"LOWER": {"IN": ["place", "promenade", "quai", "esplanade"]}}, {"LOWER": {"IN": ["du", "des"]}}, {"IS_TITLE": True}]),
        # a town's bar and university: "barreau de Şırnak", "université d'Antananarivo"
        ("ORG", [{"NORM": {"IN": ["barreau", "université"]}}, {"NORM": {"IN": ["de", "d'"]}}, town]),
        ("ORG", [{"NORM": {"IN": ["barreau", "université"]}}, {"NORM": {"IN": ["de", "d'"]}}, town, {"IS_TITLE": True}]),  # "université d'Aïn Shams"
        # ... and one named after someone or something, with its town: "université Panthéon-Assas",
        # "université Cheikh-Anta-Diop de Dakar"
        *[("ORG", [{"LOWER": "université"}, town] + hyphenated + of_town) for hyphenated in ([], [{"ORTH": "-"}, town]) for of_town in ([], [{"NORM": {"IN": ["de", "d'"]}}, town])],
        # a public facility, then its town: "hôpital d'État de Cizre"
        ("FAC", [{"NORM": {"IN": FAC_FIRST_FR}}, {"NORM": {"IN": ["de", "d'"]}}, {"IS_TITLE": True}, {"NORM": {"IN": ["de", "d'"]}}, town]),
        # named after someone, then the town: "hôpital Habib Bourguiba de Sfax"
        ("FAC", [{"NORM": {"IN": FAC_FIRST_FR}}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}, {"NORM": {"IN": ["de", "d'"]}}, {"IS_TITLE": True}]),
        ("FAC", [{"NORM": {"IN": FAC_FIRST_FR}}, {"NORM": {"IN": ["d'", "de"]}, "OP": "?"}, {"NORM": {"IN": FAC_KINDS_FR}}, {"NORM": {"IN": ["de", "du", "d'"]}}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}]),
        # a referral hospital: "hôpital général de référence de Rutshuru"
        ("FAC", [{"NORM": "hôpital"}, {"NORM": {"IN": FAC_KINDS_FR}, "OP": "?"}, {"NORM": "de"}, {"NORM": "référence"}, {"NORM": {"IN": ["de", "du", "d'"]}}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}]),
    ]


# First words of countries named in two words after one of one word ("South Sudan").
COUNTRY_PREFIXES_EN = ["south", "north", "east", "west", "central", "democratic", "united"]


def _institution_patterns_en(country_words: list[str]) -> list[tuple[str, list[dict]]]:
    """"Office of Public Counsel for the Defence", "Ministry of Defence", "Trust Fund
    for Victims": capitalised words around an organisation head,
    joined by "of", "for", "on". The longest match wins in `canonicalisation`."""
    word = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + PREPOSITIONS_EN}}
    head = {"IS_TITLE": True, "NORM": {"IN": ORG_HEADS_EN}}
    link = {"NORM": {"IN": ORG_LINKS_EN}, "IS_LOWER": True}
    tail = [link, {"NORM": "the", "IS_LOWER": True, "OP": "?"}, {"IS_TITLE": True, "OP": "+"}]
    # "and" joins capitalised words inside a name only where an acronym in brackets shows
    # where the name ends ("Group for the Support of Islam and Muslims (JNIM)"); the bracket
    # comes off in `canonicalisation`. Elsewhere "and" joins two names.
    defined = [{"NORM": "and"}, {"IS_TITLE": True, "OP": "+"}, {"ORTH": "("}]
    # A mandate or a body named after its country ends with it: "Group of Independent Experts
    # on the Human Rights Situation in Belarus", "Central Council of Yazidis in Germany".
    in_country = [
        {"NORM": "in"}, {"NORM": "the", "OP": "?"}, {"IS_TITLE": True, "NORM": {"IN": COUNTRY_PREFIXES_EN}, "OP": "?"},
        {"NORM": {"IN": country_words}, "IS_TITLE": True},
    ]
    # an owner's acronym in front: "UN Panel of Experts", "UN Commission of Inquiry"
    owner = {"ORTH": {"IN": ["UN", "EU", "AU", "ICC", "OSCE", "OHCHR", "UNHCR", "OPCW"]}}
    # A list of capitalised words, after the head's preposition or before the head:
    # "Commission for Reception, Truth and Reconciliation", "Truth, Reconciliation and
    # Reparations Commission". (A listed name or a person the list runs into ends it, in
    # `canonicalisation`.)
    listed = [{"IS_TITLE": True, "OP": "+"}, {"ORTH": ","}, {"IS_TITLE": True, "OP": "+"}, {"NORM": "and"}, {"IS_TITLE": True, "OP": "+"}]
    listed_word = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + PREPOSITIONS_EN + ORG_HEADS_EN + ["police"]}}
    list_tail = [link, {"NORM": "the", "IS_LOWER": True, "OP": "?"}] + listed
    and_tail = [link, {"NORM": "the", "IS_LOWER": True, "OP": "?"}, {"IS_TITLE": True, "OP": "+"}, {"NORM": "and"}, {"IS_TITLE": True, "OP": "+"}]
    named = [
        [word, {"IS_TITLE": True, "OP": "*"}, head] + tail + tail, [word, {"IS_TITLE": True, "OP": "*"}, head] + tail,
        [head] + tail + tail, [head] + tail, [owner, head] + tail, [owner, head] + tail + tail,
        [head] + list_tail, [word, {"IS_TITLE": True, "OP": "*"}, head] + list_tail, [head] + and_tail,
        # "Civic Council of Popular and Indigenous Organizations of Honduras"
        [word, {"IS_TITLE": True, "OP": "*"}, head] + and_tail + tail, [word, {"IS_TITLE": True, "OP": "*"}, head] + and_tail,
        # (the listed words are no heads themselves: "Greater Manchester Police, British
        # Transport Police and North West Ambulance Service" are three bodies)
        [listed_word, {"ORTH": ","}, dict(listed_word, OP="+"), {"NORM": "and"}, {"IS_TITLE": True, "OP": "*"}, head],
        [listed_word, dict(listed_word, OP="*"), {"NORM": "and"}, {"IS_TITLE": True, "OP": "*"}, head],
    ]
    # an office named after its holder: "Attorney General's Office", "Ombudsman's Office"
    holders_office = [word, {"IS_TITLE": True, "OP": "*"}, {"ORTH": {"IN": ["'s", "’s"]}}, {"IS_TITLE": True, "NORM": "office"}]
    # a body of people named in the plural possessive: "Tilak Vihar Riot Widows' Welfare
    # Society", "Morazán Victims' Legal Collective"
    peoples_body = [word, {"IS_TITLE": True, "OP": "*"}, {"ORTH": {"REGEX": "s$"}, "IS_TITLE": True}, {"ORTH": {"IN": ["'", "’"]}}, {"IS_TITLE": True, "OP": "*"}, head]
    # a country's official name: "Islamic Republic of Mauritania", "Federal Republic of Nigeria"
    state = [
        {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + PREPOSITIONS_EN}, "OP": "*"},
        {"IS_TITLE": True, "NORM": {"IN": ["republic", "kingdom", "state", "federation", "emirate", "sultanate"]}},
        {"NORM": "of"}, {"NORM": "the", "OP": "?"}, {"NORM": {"IN": country_words}, "IS_TITLE": True},
    ]
    return [("ORG", pattern + ending) for pattern in named for ending in ([], defined, in_country)] + [("ORG", holders_office), ("ORG", peoples_body), ("GPE", state)]


# Head words of French organisation names, capitalised, whose complement is written in
# lower case: "Ligue tunisienne pour la défense des droits de l'homme".
FR_ORG_HEADS = [
    "ligue", "comité", "association", "union", "fédération", "confédération", "collectif", "commission", "conseil",
    "direction", "observatoire", "centre", "office", "agence", "mouvement", "front", "parti", "syndicat", "fondation", "auditorat",
    "institut", "bureau", "haut-commissariat", "ministère", "service", "organisation", "réseau", "coalition", "alliance",
    "mission", "programme", "fonds", "groupe", "plateforme", "initiative", "société", "gouvernement", "brigade", "opération",
    "académie", "armée", "forces", "secrétariat", "délégation", "autorité", "rassemblement", "coordination", "régiment",
    "organe", "forum", "instance", "université", "observatoire",
]
FR_LAW_HEADS = ["convention", "pacte", "charte", "statut", "protocole", "traité", "déclaration", "accord"]
FR_NAME_PARTICIPLES = ["unies", "unis", "armé", "armée", "armés", "armées", "forcée", "forcées", "forcés", "spécialisé", "spécialisée", "associés", "unifié", "unifiée", "unifiés", "unifiées"]
FR_ORG_LINKS = ["de", "des", "du", "d'", "pour", "contre", "sur", "aux", "au", "à"]
# Words that end a name's complement: times ("en mars"), and the back-references that follow
# a name ("... de l'ONU a estimé").
FR_NOT_IN_NAMES = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "année", "ans", "an", "mois", "jour", "jours", "semaine", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    # parts of compound prepositions: "au titre de l'article", "au sein de", "à la suite de"
    "titre", "article", "articles", "sein", "suite", "cours", "cadre", "égard", "part", "lors", "nom", "fois", "cas",
]


def _named_by_complements_fr(head: dict, group_words: list[str]) -> list[list[dict]]:
    """A capitalised head word, its adjectives, then one to four complements
    ("pour la défense", "des droits", "de l'homme"), each a noun with its adjectives.
    "et" joins two lower-case complements ("Centre d'études et de recherches
    scientifiques", "Charte pour la paix et la réconciliation nationale").
    The tagger tells nouns and adjectives; the longest match wins in `canonicalisation`."""
    adjectives = {"POS": "ADJ", "LOWER": {"NOT_IN": FR_NOT_IN_NAMES}, "OP": "*"}
    # A name written in capitals has capitalised qualifiers the tagger may read as proper
    # nouns: "Agence Francophone d'Information Judiciaire".
    qualifier = {"IS_TITLE": True, "POS": {"IN": ["ADJ", "PROPN"]}}
    # participles of names the tagger reads as verbs: "Nations unies", "forces armées"
    participle = {"LOWER": {"IN": FR_NAME_PARTICIPLES}, "OP": "?"}
    article = {"LOWER": {"IN": ["la", "le", "l'", "les"]}, "OP": "?"}
    noun = {"POS": {"IN": ["NOUN", "PROPN"]}, "IS_ALPHA": True, "LOWER": {"NOT_IN": FR_NOT_IN_NAMES}}
    # a lower-case noun, hyphenated ones too ("non-répétition")
    lower_noun = {"POS": {"IN": ["NOUN", "PROPN"]}, "ORTH": {"REGEX": r"^[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*$"}, "LOWER": {"NOT_IN": FR_NOT_IN_NAMES}}
    link = {"LOWER": {"IN": FR_ORG_LINKS}}
    # "à" before a town says where the body is, not what it is ("... du gaz à Gabès"); "au"
    # before a country says whom a mission is for ("Mission de la SADC au Mozambique").
    named_link = {"LOWER": {"IN": [word for word in FR_ORG_LINKS if word != "à"]}}
    proper_noun = {"POS": {"IN": ["NOUN", "PROPN"]}, "ORTH": {"REGEX": rf"^[{UPPER_LETTERS}]"}, "LOWER": {"NOT_IN": FR_NOT_IN_NAMES}}
    complement = [link, article, lower_noun, adjectives, participle]
    named_complement = [named_link, article, proper_noun, adjectives, participle]
    capitalised = [named_link, article, dict(noun, IS_TITLE=True), qualifier]
    joined = [{"LOWER": "et"}, {"LOWER": {"IN": FR_ORG_LINKS}, "OP": "?"}, article, lower_noun, adjectives, participle]
    listed = [{"ORTH": ","}, {"LOWER": {"IN": FR_ORG_LINKS}, "OP": "?"}, article, lower_noun, adjectives]
    # A group word the tagger reads as a noun ends the name: "Union des patriotes congolais".
    group = {"LOWER": {"IN": group_words}, "OP": "?"}
    patterns = []
    # a group word right after the head, whatever the tagger says ("Ligue tunisienne pour ..."),
    # or after its adjectives ("Union générale tunisienne du travail")
    for start in ([head, group, adjectives], [head, qualifier], [head, adjectives, {"LOWER": {"IN": group_words}}]):
        for count in range(1, 5):
            for complements in itertools.product((complement, named_complement, capitalised), repeat=count):
                patterns.append(start + [token for part in complements for token in part] + [group])
        patterns += [start + complement * count + joined + complement * more for count in (1, 2) for more in (0, 1, 2, 3)]
        # a list: "pour la prévention, la sanction et l'élimination de la violence", "pour la
        # clarification de la vérité, la coexistence et la non-répétition"
        patterns += [start + complement * count + listed + joined + complement * more for count in (1, 2) for more in (0, 1, 2)]
    # capitalised words joined by "et": "Commission Vérité et Justice", "Instance Équité et Réconciliation"
    patterns.append([head, {"IS_TITLE": True}, {"LOWER": "et"}, {"IS_TITLE": True}])
    return patterns


# Bodies of people that a plural names alone ("مؤسسة الشهداء"), unlike an agency or a
# directorate ("مديرية المخابرات" is part of a longer name).
AR_PEOPLES_BODIES = ["مؤسسة", "رابطة", "جمعية", "اتحاد", "نقابة", "لجنة", "هيئة"]
# "المخفيين قسراً": the forcibly disappeared, in the names of their laws and bodies.
FORCIBLY = {"NORM": normalize("قسرا"), "OP": "?"}
AR_ORG_HEADS = [
    "وكالة", "منظمة", "لجنة", "رابطة", "مركز", "المركز", "شبكة", "الشبكة", "هيئة", "جمعية", "مؤسسة", "المؤسسة", "النيابة",
    "مكتب", "مجلس", "اتحاد", "تحالف", "حزب", "وزارة", "جامعة", "بعثة", "برنامج", "صندوق", "فريق", "حركة", "جبهة", "قوات",
    "جيش", "الجيش", "مفوضية", "المفوضية", "آلية", "الآلية", "معهد", "المعهد", "جهاز", "إدارة", "مديرية", "شعبة",
    "اللجنة", "الهيئة", "المنظمة", "الجمعية", "البعثة", "الحركة", "الرابطة", "الجبهة", "سلاح", "وحدة",
    "المكتب", "المديرية", "الإدارة", "الصندوق", "البرنامج", "الاتحاد", "الحزب", "الوزارة", "الوحدة", "المجلس", "دائرة", "التحالف", "نيابة", "قوى", "القيادة", "قيادة",
    "مرصد", "المرصد", "منتدى", "المنتدى", "مبادرة", "المبادرة", "مصلحة", "المصلحة", "التجمع", "ائتلاف", "الائتلاف", "أمانة", "الأمانة",
    "ديوان", "الديوان", "منبر", "المنبر", "الحرس", "حرس", "الدرك", "شرطة", "الشرطة", "حكومة",
]
# An organisation, a court or a relief society after "و" is another name ("... الإريترية
# والقوات ...", "وزارة الصحة والهلال الأحمر"), not a second portfolio or a joined word.
AR_OTHER_NAME_HEADS = AR_ORG_HEADS + ["ال" + word for word in AR_ORG_HEADS if not word.startswith("ال")] + ["المحكمة", "الهلال", "الصليب"]


AR_PERSON_TITLES_NOT_IN_NAMES = [
    "القاضي", "القاضية", "السيد", "السيدة", "الدكتور", "الدكتورة", "المحامي", "المحامية", "العميد", "العقيد", "المقدم",
    "الرائد", "النقيب", "الجنرال", "المشير", "المتعلقة", "المتعلق",
]


def _arabic_org_patterns(group_words: list[str], place_words: list[str], country_words: list[str], common: list[str]) -> list[list[dict]]:
    """An organisation word in construct with two or more definite words: "وكالة ... للأنباء",
    "النيابة الوطنية لمكافحة الإرهاب". One definite word is usually a description ("هيئة المحكمة").
    Prepositions that normalize to an article-like form ("إلى" → "الي") end the name."""
    head = {"NORM": {"IN": [normalize(word) for word in AR_ORG_HEADS]}}
    # A head in construct with an indefinite noun has no article: "المنظمة رضية ..." is no name.
    indefinite_head = {"NORM": {"IN": [normalize(word) for word in AR_ORG_HEADS if not word.startswith("ال")]}}
    # (a person's title after a body's name is a member's, "النيابة العامة القاضي ..."; "المتعلقة"
    # relates what follows to the name, "وثائق المديرية العامة للأمن الخارجي المتعلقة بالقضية")
    stop = _arabic_stopwords() + [normalize(word) for word in AR_PERSON_TITLES_NOT_IN_NAMES]
    # A word that had "و" before it starts the next name ("... الإنسان والمركز السوري"):
    # definite words are taken only without an undone proclitic, which DomainNorms undoes
    # on listed names and organisation words only.
    definite = {"NORM": {"REGEX": "^(ال|لل)", "NOT_IN": stop}, "_": {"proclitic": 0}}
    prepositional = {"NORM": {"REGEX": "^(ال|لل|ل)", "NOT_IN": stop}, "_": {"proclitic": 0}}
    # "بال..." continues a name ("المعني بالاحتجاز التعسفي"); the rule never ends on it.
    # "وال..." joins a word that is no name of its own ("للمفقودين والمخفيين قسراً").
    # ("غير" negates the adjective after it: "جهاز مكافحة الهجرة غير الشرعية")
    more = {"NORM": {"REGEX": "^(ال|لل|بال|وال)|^غير$", "NOT_IN": [word for word in stop if word != normalize("غير")]}, "OP": "*", "_": {"proclitic": 0}}
    # (by its written form: DomainNorms may have undone the "و" of a listed word, "والمفقودين")
    joined = [{"ORTH": {"REGEX": "^و(ال|لل)"}, "NORM": {"NOT_IN": stop + [normalize(word) for word in AR_OTHER_NAME_HEADS]}}, FORCIBLY]
    # An indefinite noun in construct before the definite words: "رابطة حقوق الإنسان".
    # Not a word after "و" ("الجيش وقوات ..."), another head or a compound name ("عبد").
    # ("مركز احتجاز ..." is a detention centre, a facility)
    not_nouns = stop + group_words + place_words + [normalize(word) for word in AR_ORG_HEADS + AR_COMPOUND_NAME_STARTS + ["احتجاز"]]
    # Nor a word after a preposition ("التحالف بقيادة السعودية" is led by, not named).
    # Nor a verb with its object ("تحالف تقوده الولايات المتحدة": a coalition the US leads).
    noun = {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!ال|لل|ب|و)(?![يت].*(?:ه|ها|هم)$)", "NOT_IN": not_nouns}, "_": {"proclitic": 0}}
    # Ending on the first definite word, the chain must look like a name: no verb (يـ، تـ)
    # for the noun ("آلية تساعد العائلات"), no preposition on the last word.
    short_noun = dict(noun, NORM={"REGEX": "^(?!ال|لل|ب|و|ي|ت)", "NOT_IN": not_nouns})
    # verbal nouns that begin like a verb: "بعثة تقصي الحقائق", "مكتب تنسيق الشؤون"
    verbal_noun = {"NORM": {"IN": [normalize(word) for word in ("تقصي", "تنسيق", "تحقيق", "تعزيز", "تنمية", "توثيق", "تحرير")]}}
    last = {"NORM": {"REGEX": "^(ال|لل)", "NOT_IN": stop}, "_": {"proclitic": 0}}
    # A UN body's mandate: "بعثة تقصي الحقائق ... بشأن السودان".
    concerning = [{"NORM": normalize("بشأن")}, {"NORM": {"IN": place_words}}]
    # "... المعني بالسودان": a mandate named by its country
    # (the preposition comes off like a proclitic: "بالسودان" reads as "السودان")
    concerned = [{"NORM": {"IN": [normalize("المعني"), normalize("المعنية")]}}, {"NORM": {"IN": _definite(place_words)}}]
    # a mandate's subject: "... المعنية بحالات الاختفاء القسري"
    subject = [{"NORM": {"IN": [normalize("المعني"), normalize("المعنية")]}}, {"ORTH": {"REGEX": "^ب(?!ال)"}, "IS_ALPHA": True}, last, more]
    # A noun in construct with "ل" after the name's adjectives: "... السامية لشؤون اللاجئين".
    # (by its written form: the "ل" of a listed word is undone in NORM, "لتقصي")
    construct = {"ORTH": {"REGEX": "^ل(?!ل)"}, "NORM": {"NOT_IN": stop}, "IS_ALPHA": True}
    # The object of a verbal noun: "اللجنة الاستثنائية للدفاع عن المكتسبات الديمقراطية".
    # Only after verbal nouns that take a preposition ("للوقاية من التعذيب", "للبحث في جرائم
    # الإرهاب"): "الهيئة الوطنية للمفقودين عن الأمل" names nothing.
    # (NORM may have the "ل" undone: "للدفاع" reads "الدفاع" where that word is listed.)
    verbal_nouns = ("دفاع", "بحث", "كشف", "تحري", "إبلاغ", "وقاية", "تحقيق", "حماية")
    about_nouns = {"NORM": {"IN": [normalize(prefix + word) for word in verbal_nouns for prefix in ("لل", "ال")]}}
    # (compared as written: "على" normalizes like the name "علي")
    preposition = {"ORTH": {"IN": ["عن", "من", "في", "على"]}}
    # a second verbal noun joined by "و": "للبحث والتعرف على المفقودين"
    joined_about = {"NORM": {"IN": [normalize("وال" + word) for word in verbal_nouns + ("تعرف",)]}, "OP": "?"}
    about = [about_nouns, joined_about, preposition, last, more]
    about_construct = [about_nouns, joined_about, preposition, noun, last, more]
    # "للتحقيق في أحداث فض الاعتصام"
    about_two_nouns = [about_nouns, joined_about, preposition, noun, noun, last, more]
    # A place's army or council with an adjective (a nisba): "جيش لبنان الجنوبي", "قوات سوريا
    # الديمقراطية"; not "جامعة أمستردام التسجيلات", the university and an object.
    of_place = [indefinite_head, {"NORM": {"IN": place_words}}, {"NORM": {"REGEX": "^ال.*(ي|يه|ية)$", "NOT_IN": stop}, "_": {"proclitic": 0}}]
    # A body named after its country ends with it: "لجنة أهالي المخطوفين والمفقودين في لبنان".
    in_country = [{"NORM": normalize("في")}, {"NORM": {"IN": country_words}}]
    peoples_body = {"NORM": {"IN": [normalize(word) for word in AR_PEOPLES_BODIES]}}
    families = {"NORM": {"IN": [normalize(word) for word in ("أسر", "ذوي", "أهالي", "عائلات", "أمهات")]}, "OP": "?"}
    victims = {"NORM": {"IN": [normalize(word) for word in ("ضحايا", "شهداء", "مفقودي", "معتقلي", "مختطفي")]}}
    victims_word = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}, "_": {"proclitic": 0}}
    return [
        [head, definite, prepositional, more, last],
        [head, definite, prepositional, more, last] + in_country,
        [head, definite, prepositional] + subject,
        [head, definite, prepositional, more] + joined,
        [indefinite_head, noun, definite, more] + joined,
        [indefinite_head, noun, definite, more] + joined + in_country,
        [indefinite_head, noun, definite, more, last] + in_country,
        [indefinite_head, short_noun, definite] + in_country,
        [head, definite, prepositional, more, construct, last, more],
        [head, definite, prepositional, more, construct, last, more] + concerning,
        # "البعثة المستقلة لتقصي الحقائق بشأن ليبيا": an adjective, then a noun in construct with "ل"
        [head, definite, construct, last, more] + concerning,
        [head, definite] + about,
        [head, definite] + about_construct,
        [head, definite, more] + about, [head, definite, more] + about_construct, [head, definite, more] + about_two_nouns,
        [head] + about,
        # one plural word names a body of people: "مؤسسة الشهداء", "رابطة المعتقلين"
        [{"NORM": {"IN": [normalize(word) for word in AR_PEOPLES_BODIES]}}, {"NORM": {"REGEX": "^ال.*(ين|ون|ات|اء)$", "NOT_IN": stop}, "_": {"proclitic": 0}}],
        # victims' families and survivors: "رابطة أسر ضحايا تفجير زوبي", "جمعية ذوي ضحايا حلبجة",
        # "رابطة الناجين من سجن تدمر"
        [peoples_body, families, victims, victims_word, {"NORM": {"REGEX": "^ال", "NOT_IN": stop}, "_": {"proclitic": 0}, "OP": "?"}],
        [peoples_body, families, victims, victims_word, {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!ال|لل|و|ب)", "NOT_IN": stop + common}}],
        [peoples_body, {"NORM": {"REGEX": "^ال.*(ين|ون)$", "NOT_IN": stop}, "_": {"proclitic": 0}}, {"ORTH": "من"},
         {"NORM": {"IN": [normalize(word) for word in ("سجن", "معتقل", "مخيم", "مجزرة")]}}, {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}],
        # ... and their nationality: "نقابة الصحفيين الفلسطينيين"
        [{"NORM": {"IN": [normalize(word) for word in AR_PEOPLES_BODIES]}}, {"NORM": {"REGEX": "^ال.*(ين|ون|ات|اء)$", "NOT_IN": stop}, "_": {"proclitic": 0}},
         {"NORM": {"REGEX": "^ال.*(يين|يون|يات)$", "NOT_IN": stop}, "_": {"proclitic": 0}}],
        # what a front or a movement would free: "الجبهة الشعبية لتحرير فلسطين"
        [head, definite, {"ORTH": {"REGEX": "^ل(?!ل)"}, "IS_ALPHA": True, "NORM": {"NOT_IN": stop}}, {"NORM": {"IN": [word for word in place_words if not word.startswith("ال")]}}],
        # a ministry needs one word: "وزارة الصحة"; so do parliaments and cabinets
        [{"NORM": normalize("وزارة")}, definite],
        # ... and takes a second portfolio after "و": "وزارة الصحة والسكان", "وزارة التربية والتعليم"
        [{"NORM": normalize("وزارة")}, definite, dict(definite, OP="?"), joined[0]],
        # ... and a state's ministry says which state: "وزارة الصحة بولاية شمال دارفور"
        [{"NORM": normalize("وزارة")}, definite, {"ORTH": "بولاية"}, {"NORM": {"IN": place_words}}],
        [{"NORM": normalize("وزارة")}, definite, {"ORTH": "بولاية"}, {"NORM": {"IN": [normalize(word) for word in AR_DIRECTIONS]}}, {"NORM": {"IN": place_words}}],
        [{"NORM": normalize("مجلس")}, {"NORM": {"IN": [normalize(word) for word in ("النواب", "الشعب", "الشيوخ", "الوزراء", "الأمة", "الشورى")]}}],
        of_place,
        # a province's or a city's command: "قيادة عمليات بغداد", "مديرية أمن تونجلي", "قيادة شرطة نينوى"
        [{"NORM": {"IN": [normalize(word) for word in ("قيادة", "مديرية")]}}, {"NORM": {"IN": [normalize(word) for word in ("عمليات", "شرطة", "أمن")]}},
         {"NORM": {"IN": place_words}}],
        # a body named after its town: "رابطة ذاكرة داريا"
        [{"NORM": {"IN": [normalize(word) for word in AR_PEOPLES_BODIES]}}, noun, {"NORM": {"IN": place_words}}],
        # a noun in construct inside the name: "اللجنة الدولية لخبراء حقوق الإنسان"
        [head, definite, prepositional, noun, last, more, last],
        [head, definite, prepositional, noun, last],
        [head, definite, prepositional, noun, last] + concerning,
        [head, definite, prepositional],
        [indefinite_head, noun, definite, more, last],
        [indefinite_head, short_noun, {"NORM": {"REGEX": "^ال", "NOT_IN": stop}}],
        [indefinite_head, verbal_noun, {"NORM": {"REGEX": "^ال", "NOT_IN": stop}}, more],
        [indefinite_head, noun, definite, more] + concerning,
        [indefinite_head, noun, definite, more] + concerned,
        [head, definite, more] + concerning,
    ]


AR_PLACE_BODIES = ["جامعة", "معهد", "وزارة", "بلدية", "شرطة"]


def _arabic_institution_of_place_patterns(place_words: list[str], common: list[str]) -> list[list[dict]]:
    """A university, ministry or institute named after its city or country: "جامعة أمستردام";
    a town's public prosecution."""
    head = {"NORM": {"IN": [normalize(word) for word in AR_PLACE_BODIES]}}
    # a town's council is named by the town, listed or not: "بلدية قانا"
    town = {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!ال|لل|و)", "NOT_IN": _arabic_stopwords() + common}}
    # ... and its elected council: "المجلس البلدي مصراتة", "المجلس البلدي لمدينة ..."
    council = [{"NORM": normalize("المجلس")}, {"NORM": normalize("البلدي")}]
    # a university, foundation or institute named by words that are no everyday words:
    # "جامعة بيرزيت", "جامعة قرطاج", "معهد عكيفوت"
    named = {"NORM": {"IN": [normalize(word) for word in ("جامعة", "مؤسسة", "معهد")]}}  # (not "مركز": in Egypt also a district)
    return [
        [head, {"NORM": {"IN": place_words}}], [{"NORM": normalize("بلدية")}, town], council + [{"NORM": {"IN": place_words}}], council + [town],
        [named, town, dict(town, OP="?")],
        # a town's public prosecution, named with it: "النيابة العامة في بوجمبورا"
        [{"NORM": normalize("النيابة")}, {"NORM": normalize("العامة")}, {"NORM": "في"}, {"NORM": {"IN": place_words}}],
    ]


# Capitalised only because they open a sentence ("Yesterday Criminal Code reform ...").
SENTENCE_OPENERS_EN = [
    "yesterday", "today", "then", "but", "and", "however", "meanwhile", "also", "now", "later", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "new", "under", "a", "an",
]
LAW_HEADS_EN = ["act", "code", "law", "statute", "convention", "charter", "protocol", "covenant", "treaty", "decree", "constitution", "agreement", "accord", "regulation"]
AR_LAW_HEADS = ["قانون", "اتفاقية", "اتفاقيات", "معاهدة", "ميثاق", "بروتوكول", "مرسوم", "العهد"]


# "No. 7 of 2014", "No. 2015-26", "No. 1-58-377", "No. 26/2000"
LAW_NUMBER_EN = [
    {"ORTH": {"IN": ["No.", "No", "no."]}}, {"ORTH": ".", "OP": "?"}, {"ORTH": {"REGEX": r"^\d[\d.]*(?:/\d+)?$"}},
    {"ORTH": "-", "OP": "?"}, {"ORTH": {"REGEX": r"^\d+$"}, "OP": "?"}, {"ORTH": "-", "OP": "?"}, {"ORTH": {"REGEX": r"^\d+$"}, "OP": "?"},
    {"NORM": "of", "OP": "?"}, {"ORTH": {"REGEX": r"^(?:19|20)\d\d$"}, "OP": "?"},
]


def _law_patterns_en() -> list[list[dict]]:
    """Named instruments no list holds: "<Capitalised words> Act/Code/Law/Convention"
    ("Anti-Terrorism Law", "International Crimes Act") and "<Convention/Law/Statute>
    on/for/against/of <Capitalised words>" ("Law on Specialist Chambers")."""
    word = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + PREPOSITIONS_EN + LAW_HEADS_EN + SENTENCE_OPENERS_EN}}
    # (not a participle that opens the sentence: "Applying Government Regulation No. 3/2002, ...")
    numbered_first = dict(word, ORTH={"REGEX": "^(?!.*ing$)"})
    hyphenated = [{"IS_TITLE": True, "SPACY": False}, {"ORTH": "-", "SPACY": False}]
    head = {"IS_TITLE": True, "NORM": {"IN": LAW_HEADS_EN}}
    tail = [{"NORM": {"IN": ORG_LINKS_EN}, "IS_LOWER": True}, {"NORM": "the", "IS_LOWER": True, "OP": "?"}, {"IS_TITLE": True, "OP": "+"}]
    # "Optional Protocol to the International Covenant on Civil and Political Rights"
    protocol_to = [{"IS_TITLE": True, "NORM": {"IN": ["optional", "additional"]}, "OP": "?"}, {"IS_TITLE": True, "NORM": "protocol"}, {"NORM": "to"}, {"NORM": "the"}]
    return [
        protocol_to + [{"IS_TITLE": True, "OP": "+"}] + tail,
        protocol_to + [{"IS_TITLE": True, "OP": "+"}] + tail + [{"NORM": "and"}, {"IS_TITLE": True, "OP": "+"}],
        # "Additional Protocol I"
        [word, {"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head, ROMAN_NUMBER_OPTIONAL],
        # "Criminal Code of Ukraine", "General Amnesty Law for the Consolidation of Peace"
        [word, {"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head] + tail,
        [word, {"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head] + tail + tail,
        # "African Charter on the Rights and Welfare of the Child"
        [word, {"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head] + tail + [{"NORM": "and"}, {"IS_TITLE": True, "OP": "+"}] + tail,
        hyphenated + [{"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head],
        # "Inter-American Convention on Forced Disappearance of Persons"
        hyphenated + [{"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head] + tail,
        hyphenated + [{"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head] + tail + tail,
        [head] + tail,
        [head] + tail + tail,  # "Constitution of the Republic of Uganda"
        [head] + tail + tail + tail,  # "Law on the Expiry of the Punitive Claims of the State"
        # "Taking of Hostages Act", "Prevention of Terrorism Act", "Coroners and Justice Act 2009"
        [word, {"NORM": {"IN": ["of", "and"]}}, {"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "+"}, head, {"ORTH": {"REGEX": r"^(?:19|20)\d\d$"}, "OP": "?"}],
        # by its number, and its year: "Republic Act No. 9346", "Federal Law No. 7 of 2014", "Coroners and Justice Act 2009"
        [numbered_first, {"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head] + LAW_NUMBER_EN,
        [head] + LAW_NUMBER_EN,  # "Law No. 20 of 2009"
        [head] + LAW_NUMBER_EN + tail,  # "Law No. 26/2000 on Human Rights Courts"
        [head] + tail + LAW_NUMBER_EN,  # "Law on Criminal Proceedings No. 23 of 1971"
        hyphenated + [{"IS_TITLE": True, "NORM": {"NOT_IN": LAW_HEADS_EN + DETERMINERS_EN}, "OP": "*"}, head] + LAW_NUMBER_EN,  # "Anti-Terrorism Law No. 13 of 2005"
        # "Eighth Amendment to the United States Constitution"
        [word, {"IS_TITLE": True, "NORM": "amendment"}, {"NORM": "to"}, {"NORM": "the"}, {"IS_TITLE": True, "OP": "+"}],
        # "Law on Specialist Chambers and Specialist Prosecutor's Office"
        [head] + tail + [{"NORM": "and"}, {"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": ["'s", "’s"]}}, {"IS_TITLE": True, "OP": "+"}],
        [head] + tail + [{"NORM": "and"}, {"IS_TITLE": True, "OP": "+"}],
    ]


def _arabic_law_patterns(place_words: list[str], town_words: list[str], group_words: list[str]) -> list[list[dict]]:
    """"قانون العقوبات", "قانون مكافحة الإرهاب", "اتفاقية مناهضة التعذيب", "اتفاقيات جنيف",
    "العهد الدولي الخاص بالحقوق المدنية والسياسية": an instrument word in construct with
    definite words, or with a noun that is itself in construct with one, or with a place."""
    stop = _arabic_stopwords()
    head = {"NORM": {"IN": [normalize(word) for word in AR_LAW_HEADS]}}
    definite = {"NORM": {"REGEX": "^(ال|بال|لل)", "NOT_IN": stop}}
    # (an article, a paragraph or another law after "و" is cited beside the law, not part of its name)
    cited = [normalize(word) for word in ("والمادة", "والمواد", "والفقرة", "والبند", "والدستور", "والقانون", "والمرسوم")]
    # (what was done with the instrument describes it: "اتفاقية السلام الشامل [الموقعة] عام 2005")
    acts = [normalize(word) for word in ("الموقعة", "الموقع", "المبرمة", "المبرم", "المعتمدة", "المعتمد", "المعدل", "المعدلة", "الصادر", "الصادرة", "النافذ", "النافذة", "الساري", "السارية", "المتعلقة", "المتعلق")]
    more = {"NORM": {"REGEX": "^(ال|بال|لل|وال)", "NOT_IN": stop + cited + acts}, "OP": "*", "_": {"proclitic": 0}}
    noun = {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!ال|لل|ي|ت)", "NOT_IN": stop}}
    # a numbered law or decree: "القانون رقم 38 لسنة 2012", "المرسوم عدد 69 لسنة 2011"
    numbered = [{"NORM": {"IN": [normalize(word) for word in ("رقم", "عدد")]}}, {"LIKE_NUM": True},
                {"NORM": {"IN": [normalize(word) for word in ("لسنة", "لعام")]}}, {"LIKE_NUM": True}]
    definite_law = {"NORM": {"IN": [normalize(word) for word in ("القانون", "المرسوم", "الأمر")]}}
    law_word = {"NORM": {"IN": [normalize(word) for word in ("القانون", "المرسوم", "الأمر", "قانون", "مرسوم")]}}
    # "اتفاق" is any agreement; only a place names one ("اتفاق الطائف").
    agreement = {"NORM": normalize("اتفاق")}
    # what a law is against: "قانون الجرائم ضد الإنسانية وجرائم الحرب"
    against = [{"NORM": normalize("ضد")}, definite, {"ORTH": {"REGEX": "^و"}, "IS_ALPHA": True, "OP": "?"}, {"NORM": {"REGEX": "^ال", "NOT_IN": stop}, "OP": "?"}]
    return [
        [head, definite, more, FORCIBLY],
        [head, noun, definite, more],
        [head, definite, more] + against,
        [head, {"NORM": {"IN": place_words}}],
        [agreement, {"NORM": {"IN": place_words + town_words}}],
        # ... or a peace named by its place or its kind: "اتفاق سلام دارفور", "اتفاق سلام شرق
        # السودان", "اتفاق السلام الشامل" (not "اتفاق السلام" alone)
        [agreement, {"NORM": normalize("سلام")}, {"NORM": {"IN": [normalize(word) for word in AR_DIRECTIONS]}, "OP": "?"},
         {"NORM": {"IN": place_words + town_words}}],
        [agreement, {"NORM": normalize("السلام")}, {"NORM": {"REGEX": "^ال", "NOT_IN": stop + cited + acts}, "OP": "+"}],
        # (a law with a name is named without its number: "قانون المحكمة الجنائية العراقية العليا")
        [definite_law, {"NORM": {"REGEX": "^ال", "NOT_IN": stop}, "OP": "*"}] + numbered,
        [law_word] + numbered,
        # a country's constitution: "الدستور المصري", "دستور جمهورية باكستان الإسلامية"
        [{"NORM": normalize("الدستور")}, {"NORM": {"IN": _definite(group_words)}}],
        [{"NORM": normalize("دستور")}, {"NORM": {"IN": [normalize(word) for word in AR_STATE_WORDS + ["دولة"]]}},
         {"NORM": {"IN": [word for word in place_words if not word.startswith("ال")]}},
         {"NORM": {"IN": [normalize(word) for word in AR_REGIME_WORDS]}, "OP": "*"}],
    ]


def _anonymised_person_patterns(common: list[str]) -> list[list[dict]]:
    """People named by a first name and the initial of their surname, as German and French
    courts publish defendants and witnesses: "Alaa M.", "Bai L.". A Roman numeral ("Chamber
    I.") is no initial."""
    name = {"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + PREPOSITIONS_EN + SENTENCE_OPENERS_EN + ["chamber", "chambre", "article", "section"]}}
    initial = {"ORTH": {"REGEX": r"^[A-HJ-UWYZ]\.$"}}
    # ... and a middle initial is no surname's: "Oliver W. Wanger" (not "Hanadi K. Elle a ...",
    # nor "Selon M. Mazen Darwish": a frequent word before "M." is no first name)
    pronouns = ["elle", "il", "elles", "ils", "on", "nous", "ce", "cette", "ces", "le", "la", "les", "un", "une", "she", "he", "they", "it", "we"]
    surname = dict(name, NORM={"NOT_IN": name["NORM"]["NOT_IN"] + pronouns})
    first = dict(name, NORM={"NOT_IN": name["NORM"]["NOT_IN"] + [word for word in common if word not in given_names()]})
    return [[name, initial], [name, name, initial], [first, initial, surname]]


UNIT_WORDS_EN = ["brigade", "division", "regiment", "battalion", "army", "corps", "squadron", "company", "group", "detachment", "unit"]
# A company named by the radio alphabet: "Charlie Company", "Bravo Troop"
RADIO_ALPHABET = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "kilo", "lima", "mike", "november", "oscar", "papa", "sierra", "tango"]
UNIT_WORDS_FR = ["brigade", "division", "régiment", "bataillon", "armée", "corps", "escadron", "compagnie"]
# The parts of a country, and the words of a state's official name ("جمهورية باكستان الإسلامية")
AR_DIRECTIONS = ["شمال", "جنوب", "شرق", "غرب", "وسط"]
AR_STATE_WORDS = ["جمهورية", "مملكة", "سلطنة"]
AR_REGIME_WORDS = ["الإسلامية", "العربية", "الديمقراطية", "الاتحادية", "الشعبية", "الهاشمية"]
AR_UNIT_WORDS = ["الفرقة", "فرقة", "اللواء", "لواء", "الكتيبة", "كتيبة", "الفوج", "فوج", "الفيلق", "فيلق", "السرب", "سرب"]
# a unit's arm, written after its number: "الكتيبة 102 مشاة"
AR_UNIT_ARMS = ["مشاة", "مدرعة", "مدرع", "ميكا", "مدفعية", "مظلات", "مغاوير", "صاعقة", "دبابات"]


def _unit_patterns() -> list[list[dict]]:
    """Numbered units: "Branch 251", "53rd Anti-Aircraft Missile Brigade", "4e division
    blindée", "الفرقة الجوية 22", "اللواء 50" (with a number "اللواء" is a brigade, not a general)."""
    ordinal_en = {"ORTH": {"REGEX": r"^\d+(?:st|nd|rd|th)$"}}
    ordinal_fr = {"ORTH": {"REGEX": r"^\d+(?:e|re|ère)$"}}
    unit_ar = {"NORM": {"IN": [normalize(word) for word in AR_UNIT_WORDS]}}
    return [
        [{"NORM": {"IN": ["branch", "branche"]}}, {"LIKE_NUM": True}],
        [{"NORM": normalize("الفرع")}, {"LIKE_NUM": True}],
        [{"NORM": normalize("فرع")}, {"LIKE_NUM": True}],
        # a branch named and numbered: "فرع المداهمة 215", "فرع فلسطين 235"
        [{"NORM": {"IN": [normalize("فرع"), normalize("الفرع")]}}, {"IS_ALPHA": True}, {"LIKE_NUM": True}],
        # hyphens inside: "53rd Anti-Aircraft Missile Brigade"
        [ordinal_en, {"ORTH": {"REGEX": r"^(?:[A-Z][\w'’]*|-)$"}, "OP": "*"}, {"IS_TITLE": True, "NORM": {"IN": UNIT_WORDS_EN}}],
        # ... and the corps or the force it belongs to: "4th Battalion of the Rajputana Rifles"
        [ordinal_en, {"IS_TITLE": True, "NORM": {"IN": UNIT_WORDS_EN}}, {"NORM": "of"}, {"NORM": "the", "OP": "?"}, {"IS_TITLE": True, "OP": "+"}],
        # ... or written after a comma: "1st Battalion, Parachute Regiment", "3rd Battalion, 1st Marines"
        [ordinal_en, {"IS_TITLE": True, "NORM": {"IN": UNIT_WORDS_EN}}, {"ORTH": ","}, dict(ordinal_en, OP="?"), {"IS_TITLE": True, "OP": "*"},
         {"IS_TITLE": True, "NORM": {"IN": UNIT_WORDS_EN + ["marines", "rifles", "guards", "infantry", "fusiliers", "dragoons"]}}],
        [ordinal_fr, {"NORM": {"IN": UNIT_WORDS_FR}}, {"IS_LOWER": True, "IS_ALPHA": True, "NORM": {"NOT_IN": ["de", "du", "des", "la", "le", "et", "a", "est"]}, "OP": "?"}],
        # ... and its arm or its name: "27e bataillon d'infanterie", "4e division blindée de la Garde Kantemirovskaïa"
        [ordinal_fr, {"NORM": {"IN": UNIT_WORDS_FR}}, {"IS_LOWER": True, "IS_ALPHA": True, "NORM": {"NOT_IN": ["de", "du", "des", "la", "le", "et", "a", "est"]}, "OP": "?"},
         {"NORM": {"IN": ["d'", "de"]}}, {"NORM": {"IN": ["infanterie", "artillerie", "chasseurs", "parachutistes", "commandos", "marine", "gendarmerie", "blindés"]}}],
        [ordinal_fr, {"NORM": {"IN": UNIT_WORDS_FR}}, {"IS_LOWER": True, "IS_ALPHA": True, "NORM": {"NOT_IN": ["de", "du", "des", "la", "le", "et", "a", "est"]}, "OP": "?"},
         {"NORM": {"IN": ["de", "du"]}}, {"NORM": "la", "OP": "?"}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}],
        [unit_ar, {"NORM": {"REGEX": "^ال"}, "OP": "?"}, {"LIKE_NUM": True}],
        # ... and its arm after the number: "الكتيبة 102 مشاة", "اللواء 65 ميكا"
        [unit_ar, {"NORM": {"REGEX": "^ال"}, "OP": "?"}, {"LIKE_NUM": True}, {"NORM": {"IN": [normalize(word) for word in AR_UNIT_ARMS]}}],
        # a battalion named after its commander: "كتيبة خميس", "كتائب القذافي" (not "اللواء": also a general)
        [{"NORM": {"IN": [normalize(word) for word in ("كتيبة", "كتائب", "سرايا")]}}, {"IS_ALPHA": True, "NORM": {"NOT_IN": _arabic_stopwords()}, "_": {"proclitic": 0}}],
        [{"IS_TITLE": True, "NORM": {"IN": RADIO_ALPHABET}}, {"IS_TITLE": True, "NORM": {"IN": ["company", "troop", "battery"]}}],
        # numbered after its name: "Air Defence Artillery Battalion 06"
        [{"IS_TITLE": True, "OP": "+"}, {"IS_TITLE": True, "NORM": {"IN": ["battalion", "brigade", "regiment", "squadron"]}}, {"ORTH": {"REGEX": r"^\d+$"}}],
        # a named battalion written in lower case: "Aidar battalion", "Azov regiment"
        [{"IS_TITLE": True, "NORM": {"NOT_IN": DETERMINERS_EN + PREPOSITIONS_EN + SENTENCE_OPENERS_EN}}, {"IS_LOWER": True, "NORM": {"IN": ["battalion", "regiment", "brigade", "militia"]}}],
        # "National Police", "Islamic Police", "Federal Police"
        [{"IS_TITLE": True, "NORM": {"IN": ["national", "islamic", "federal", "military", "judicial", "state", "border", "civil"]}}, {"IS_TITLE": True, "NORM": "police"}],
    ]


AR_TITLES = [
    "الرئيس", "الرئيسة", "رئيس", "القاضي", "القاضية", "المدعي", "المدعية", "اللواء", "العميد", "العقيد", "المقدم",
    "الرائد", "النقيب", "الجنرال", "السيد", "السيدة", "الدكتور", "الدكتورة", "المحامي", "المحامية", "الناشط", "الناشطة",
    "الصحفي", "الصحفية", "الصحافي", "الصحافية", "المؤرخ", "المؤرخة", "مأمور", "المتهم", "المتهمة", "الضابط", "الطبيب", "الطبيبة", "الأمين", "الوزير",
    "وزير", "المبعوث", "المفوض", "المفوضة", "المقرر", "المقررة", "الشاهد", "الشاهدة", "الملازم", "المعتقل", "المعتقلة",
    "السجين", "الضحية", "الأستاذ", "الشيخ", "الزعيم", "الزعيمة", "القائد", "القيادي", "زعيم", "قائد", "بقيادة", "برئاسة",
    "المتحدث", "المتحدثة", "الناطق", "الناطقة", "المدير", "المديرة", "مدير", "مديرة", "رئيسة", "نائب", "وزيرة", "الوزيرة",
    "المستشار", "المستشارة", "السفير", "السفيرة", "الملك", "الأمير", "المشير",
    "الباحث", "الباحثة", "المحقق", "المحققة", "منسق", "منسقة", "المنسق", "المنسقة", "الجراح", "الجراحة", "عضو",
    "عضوة", "عضوا", "العضو", "المراسل", "المراسلة", "المصور", "الكاتب", "الكاتبة", "الممثل", "الممثلة", "المندوب",
    "المندوبة", "المطران", "الأب", "الراهب", "البابا", "الأنبا", "الكاردينال", "البطريرك", "الراهبة", "الأم", "الرقيب", "العريف", "الجندي", "الشرطي", "المسؤول", "المسؤولة",
    "مستشار", "مستشارة", "الخبير", "الخبيرة", "خبير", "خبيرة", "الناجي", "الناجية", "الطالب", "الطالبة", "النائب",
]
# Given names written with the article (Maghreb, Libya, Sudan): a name may start with them.
AR_DEFINITE_GIVEN_NAMES = [
    "الصديق", "الطاهر", "الهادي", "المهدي", "الحبيب", "المنصف", "الصادق", "البشير", "الطيب", "المختار",
    "الحسين", "الحسن", "العباس", "الفاتح", "المعتصم", "المبروك", "الناصر", "العربي", "الشريف", "السنوسي",
]
AR_TITLE_COMPLEMENTS = [
    "العام", "العامة", "السابق", "السابقة", "الأسبق", "الأسبقة", "بالإنابة", "الأول", "الخاص", "الخاصة", "السامي", "السامية",
    "الخارجية", "الدفاع", "الداخلية", "العدل", "الأعلى", "التنفيذي", "التنفيذية", "المساعد", "المساعدة", "الرسمي", "الرسمية",
    "الحالي", "الحالية", "الأركان", "الجمهورية", "الوزراء", "المتقاعد", "الركن", "سابق", "سابقة", "الدائم", "الدائمة",
    "آنذاك", "حينها", "حينذاك",
]
# Words that end a name: prepositions, conjunctions, pronouns, common verbs of reporting.
AR_STOPWORDS = [
    "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أنه", "بأن", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "قد",
    "لقد", "كان", "كانت", "قال", "قالت", "أكد", "أكدت", "وقال", "وقالت", "بعد", "قبل", "خلال", "منذ", "حتى", "بين", "أمام",
    "عند", "لدى", "ضد", "حول", "ثم", "أو", "أي", "كل", "غير", "بشأن", "إنه", "وأن", "عام", "يوم", "هو", "هي", "بن",
    "أيضا", "أيضاً", "كما", "لكن", "بينما", "حيث", "إذ", "وفق", "عبر", "دون", "التابع", "التابعة", "التابعين",
    "باسم",  # "المتحدث باسم ...": the spokesperson of, not someone named Bassem
    # times ("المؤسسة العام الماضي", "... اليوم") and descriptions after a name ("قانون العفو
    # العام الصادر", "الدولة الطرف", "المركز الصحي الوحيد")
    "الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "اليوم", "أمس", "الصادر", "الصادرة", "الطرف", "الوحيد",
    "الوحيدة", "الأخير", "الأخيرة", "نفسه", "نفسها", "الحاكم", "الحاكمة",
    # particles that begin with "ل" like a preposition on a noun
    "لم", "لن", "لا", "له", "لها", "لهم", "لذلك", "لأن", "لكي", "ليس", "ليست",
    "الواقع", "الواقعة",  # "located": "مركز احتجاز العدلية الواقع في ..."
    "النظام",  # "قوات النظام السوري": the regime's forces, a description
    # weekdays after a name ("... على المفقودين الاثنين"); "الجمعة" and "الأحد" are also words of names
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "السبت",
    # prepositions of place and number ("مخيم قرب الحدود" is a camp near the border)
    "قرب", "قرابة", "نحو", "حوالي", "داخل", "خارج",
    # prepositions of time ("شكري بلعيد [غداة] اغتياله")
    "غداة", "عشية", "عقب", "إثر",
]
AR_COMPOUND_NAME_STARTS = ["عبد", "أبو", "ابو", "أبي", "بن"]
# Particles that follow a name where a sentence goes on ("... محمد شاندي عثمان في مؤتمر"):
# a three-word name before one of them is taken, the particle is cut off again.
AR_NAME_FOLLOWERS = ["في", "من", "إلى", "على", "عن", "مع", "إن", "أن", "بأن", "خلال", "أمام", "بعد", "قبل"]


def _arabic_stopwords() -> list[str]:
    return [normalize(word) for word in AR_STOPWORDS]


def _arabic_person_patterns(place_words: list[str], group_words: list[str], country_words: list[str]) -> list[list[dict]]:
    """A title ("القاضية", "اللواء", "وزير العدل الغامبي") followed by two to four name words.

    The span includes the title; `canonicalisation` strips it. Up to two definite words
    may qualify the title ("المدعية العامة بالإنابة", "وزير العدل"); the name's first word
    never has the article. A third word is taken when it is a family name with the
    article (بشار حافظ الأسد) or follows a compound first name (عبد السلام محمود); a
    transliterated name of three words (نزهت شميم خان) only when punctuation ends it,
    the one place where Arabic marks where a name stops."""
    title = {"NORM": {"IN": [normalize(word) for word in AR_TITLES]}}
    stop = _arabic_stopwords() + [normalize(word) for word in AR_TITLES] + group_words
    qualifier = {"NORM": {"REGEX": "^(ال|بال)", "NOT_IN": stop + place_words}, "OP": "?"}
    complement = {"NORM": {"IN": [normalize(word) for word in AR_TITLE_COMPLEMENTS]}, "OP": "?"}
    group_word = {"NORM": {"IN": group_words}, "OP": "?"}
    # "رئيسة هيئة المحكمة" is the presiding judge of the bench, not someone named "هيئة".
    # nor a country ("الممثلة الدائمة للبنان ..."; a city may be a given name: "سانتياغو")
    not_first = stop + country_words + [normalize(w) for w in AR_TITLE_COMPLEMENTS + AR_ORG_HEADS + AR_PLACE_BODIES + ["هيئة", "محكمة", "دائرة", "طوال"]]
    first = {"IS_ALPHA": True, "NORM": {"NOT_IN": not_first, "REGEX": "^(?!ال)"}}
    definite_first = {"NORM": {"IN": [normalize(word) for word in AR_DEFINITE_GIVEN_NAMES]}}
    name = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop, "REGEX": "^(?!بال|لل)"}}  # "بالقرار" is no name
    family = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop, "REGEX": "^ال"}}
    compound = {"NORM": {"IN": [normalize(word) for word in AR_COMPOUND_NAME_STARTS]}}
    end = {"ORTH": {"IN": ["،", ".", ":", "؛", ")", "(", "\"", "»"]}}
    follower = {"NORM": {"IN": [normalize(word) for word in AR_NAME_FOLLOWERS]}}
    # (a word with "و" starts the next clause: "الرئيس حسني مبارك [وآلاف] من أنصاره")
    indefinite = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop, "REGEX": "^(?!ال|لل|بال)"}, "ORTH": {"REGEX": "^(?!و)"}}
    prefix = [title, complement, qualifier, complement, group_word, complement]  # "الرئيس الأوزبكي آنذاك ..."
    return [
        prefix + [first, name],
        prefix + [definite_first, name],
        prefix + [first, name, family],
        prefix + [compound, name, name],
        prefix + [first, compound, name],  # "إدوار أبو جودة", "محمد عبد الله"
        # the father's or family's name after "بن" ("علي" is written as no "على"): "زين العابدين بن علي"
        prefix + [first, name, {"NORM": normalize("بن")}, {"IS_ALPHA": True, "ORTH": {"NOT_IN": ["على", "في", "من", "إلى", "عن", "أن"]}}],
        prefix + [first, name, dict(name, ORTH={"REGEX": "^(?!و)"}), end],  # ("الطبيب هوغو سبادافورا [وقتله].")
        prefix + [first, name, indefinite, follower],
    ]


def _arabic_court_patterns(place_words: list[str], group_words: list[str], town_words: list[str]) -> list[list[dict]]:
    """"محكمة الاستئناف في باريس", "محكمة جنايات باريس", "المحكمة العليا"; a court named
    only by a nationality ("المحكمة الفرنسية") is a group word, not a court name."""
    court = {"NORM": {"IN": [normalize("محكمة"), normalize("المحكمة")]}}
    qualifier_words = [normalize(w) for w in ["الاستئناف", "استئناف", "الجنايات", "جنايات", "النقض", "التمييز", "العليا", "الدستورية", "الإقليمية", "الجزائية", "العسكرية", "الابتدائية", "الميدانية", "الجنائية", "الاتحادية", "الفيدرالية", "الإدارية", "المقاطعة", "مقاطعة", "أمن", "الدولة", "المتخصصة", "الخاصة", "الجزئية", "الدائمة", "المركزية", "المحلية", "الصلح", "الجلسات", "طوارئ"]]
    qualifier = {"NORM": {"IN": qualifier_words}, "OP": "+"}
    place = {"NORM": {"IN": place_words + town_words}}
    # An indefinite qualifier is in construct with what follows, the seat: "محكمة جنايات الكرخ".
    construct = {"NORM": {"IN": [normalize(w) for w in ["جنايات", "استئناف", "جنح", "بداية", "مقاطعة", "تحقيق"]]}}
    seat = {"IS_ALPHA": True, "NORM": {"NOT_IN": _arabic_stopwords() + qualifier_words + group_words}}
    # ICC chambers: "الدائرة التمهيدية الثانية", "الدائرة الابتدائية الأولى", "دائرة الاستئناف"
    chamber = {"NORM": {"IN": [normalize(w) for w in ["الدائرة", "دائرة"]]}}
    chamber_kind = {"NORM": {"IN": [normalize(w) for w in ["التمهيدية", "الابتدائية", "الاستئنافية", "الاستئناف", "الاستئنافات"]]}}
    # a national court's numbered chamber: "الدائرة الجنائية السابعة", "الهيئة الجزائية الأولى"
    criminal_chamber = [{"NORM": {"IN": [normalize(w) for w in ["الدائرة", "الهيئة", "الغرفة"]]}},
                        {"NORM": {"IN": [normalize(w) for w in ["الجنائية", "الجزائية", "المدنية"]]}}]
    ordinal = {"NORM": {"IN": [normalize(w) for w in ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]]}, "OP": "?"}
    # ... and its letter: "الدائرة التمهيدية أ", "الدائرة الابتدائية الخامسة (أ)"
    letter = {"ORTH": {"IN": ["أ", "ب"]}}
    return [
        [chamber, chamber_kind, ordinal],
        criminal_chamber + [{"NORM": ordinal["NORM"]}],
        # "محكمة تحقيق الكرخ الأولى"
        [court, construct, seat, {"NORM": ordinal["NORM"]}],
        [chamber, chamber_kind, ordinal, letter],
        [chamber, chamber_kind, ordinal, {"ORTH": "("}, letter, {"ORTH": ")"}],
        [court, qualifier],
        [court, qualifier, {"NORM": "في"}, place],
        [court, qualifier, place],
        [court, construct, seat],
        # an appeal of that kind: "محكمة جنح مستأنف الخانكة"
        [court, construct, {"NORM": {"IN": [normalize(w) for w in ["مستأنف", "مستأنفة"]]}}, seat],
        # a part of a city: "محكمة شمال بنغازي", "محكمة جنوب القاهرة"
        [{"NORM": normalize("محكمة")}, {"NORM": {"IN": [normalize(w) for w in AR_DIRECTIONS]}}, place],
        # German and Dutch usage names the seat first: "محكمة كوبلنز الإقليمية العليا".
        [court, seat, qualifier],
        # a town's court: "محكمة البليدة"
        [{"NORM": normalize("محكمة")}, place],
    ]


# Not "سجن" or "قاعدة": also "imprisonment" and "rule" ("سجن امرأة" is no prison).
AR_FACILITY_HEADS = [
    "مخيم", "معسكر", "معتقل", "مطار", "مستشفى", "مشفى", "فندق", "مدرسة", "مرفأ", "ميناء", "ثكنة", "منفذ", "معبر", "سد", "مسجد", "جامع",
    "كنيسة", "كاتدرائية", "متحف", "مسرح", "معبد", "مرقد", "ضريح", "قاعة", "مشرحة", "ملعب", "سفارة", "دارة",
]
# Places of worship are named with everyday words and titles too: "مسجد الروضة", "جامع النور",
# "مسجد الإمام الرضا", "مرقد الإمامين العسكريين".
AR_WORSHIP_HEADS = ["مسجد", "جامع", "مرقد", "ضريح"]
AR_WORSHIP_TITLES = ["الإمام", "الإمامين", "الشيخ", "السيدة", "النبي"]
AR_FACILITY_KINDS = ["البلدي", "الإقليمي", "الإقليمية", "العسكري", "العسكرية", "الجوية", "الجوي", "الدولي", "البحرية", "المركزي", "المركزية", "التعليمي", "الجامعي", "الوطني", "الحكومي", "العام", "الجهوي", "التخصصي", "الميداني", "العالمي", "الريفي", "المدني", "العمومي"]
AR_FACILITY_NOT_NAMES = [
    "سري", "سرية", "مركزي", "جديد", "عسكري", "مدني", "آخر", "كبير", "واحد", "للنازحين", "اللاجئين", "للاجئين",
    "ميداني", "ميدانية", "ابتدائية", "ثانوية", "حكومي", "حكومية", "خاص", "خاصة", "محلي", "محلية", "ثالث", "ثان", "تابع", "تابعة",
    "جديدة", "كبيرة", "صغيرة", "محكمة", "المحكمة",  # "قاعة محكمة": a courtroom
]


AR_TOWN_DESCRIPTORS = ["مدينة", "بلدة", "قرية", "محافظة"]
AR_GEOGRAPHIC_HEADS = ["جزيرة", "جزر", "نهر", "بحيرة", "صحراء", "سهل", "هضبة", "خليج", "بادية", "ساحة", "بحر", "شارع", "ميدان", "كورنيش", "وادي", "جبل"]
AR_DISTRICT_DESCRIPTORS = ["حي", "منطقة", "ناحية"]
# First words of two-word Arabic place names: "دير الزور", "خان شيخون", "رأس العين".
AR_PLACE_NAME_STARTS = ["دير", "خان", "سيدي", "كفر", "رأس", "جسر", "تل", "عين", "بئر", "بيت", "جبل", "وادي", "سوق", "معرة", "قصر", "باب", "ود"]


AR_STREET_HEADS = ["شارع", "ميدان", "ساحة"]


def _arabic_named_place_patterns(group_words: list[str], place_words: list[str], common: list[str]) -> list[tuple[str, list[dict]]]:
    """"مدينة الميادين", "بلدة اللطامنة", "محافظة دير الزور": after "city/town/village of"
    comes a place's name, whatever else the word may mean (the descriptor is dropped from
    the name). An indefinite common word is a description instead ("مدينة كبيرة")."""
    descriptor = {"NORM": {"IN": [normalize(word) for word in AR_TOWN_DESCRIPTORS]}}
    district = {"NORM": {"IN": [normalize(word) for word in AR_DISTRICT_DESCRIPTORS]}}
    stop = _arabic_stopwords() + group_words
    definite = {"IS_ALPHA": True, "NORM": {"REGEX": "^ال", "NOT_IN": stop}, "_": {"proclitic": 0}}
    rare = {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!ال|لل|بال|و)", "NOT_IN": stop + common}}
    start = {"NORM": {"IN": [normalize(word) for word in AR_PLACE_NAME_STARTS]}}
    name_word = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}
    rules = []
    for label, head in (("GPE", descriptor), ("LOC", district)):
        rules += [(label, [head, definite]), (label, [head, rare]), (label, [head, start, name_word])]
    # Islands, rivers, deserts, seas, streets and squares: the geographic word is part of the
    # name ("جزر مجنون", "نهر الفرات", "شبه جزيرة الفاو", "ميدان التحرير").
    geographic = {"NORM": {"IN": [normalize(word) for word in AR_GEOGRAPHIC_HEADS]}}
    natural = {"NORM": {"IN": [normalize(word) for word in AR_GEOGRAPHIC_HEADS if word not in AR_STREET_HEADS]}}
    street = {"NORM": {"IN": [normalize(word) for word in AR_STREET_HEADS]}}
    # (an everyday word after a street's word is a description, "شارع جانبي", "ساحة مكشوفة";
    # a place's is its name, "شارع طرابلس")
    described = sorted(set(word for word in common if not word.startswith("ال")) - set(place_words))
    street_name = {"IS_ALPHA": True, "NORM": {"NOT_IN": stop + described}}
    peninsula = [{"NORM": normalize("شبه")}, {"NORM": normalize("جزيرة")}]
    rules += [("LOC", [natural, name_word]), ("LOC", [street, street_name]), ("LOC", peninsula + [name_word])]
    # a square or street named after a man: "ميدان عبد المنعم رياض", "شارع محمد محمود", "شارع الشيخ ريحان"
    rules.append(("LOC", [geographic, {"NORM": normalize("عبد")}, name_word, dict(name_word, OP="?")]))
    first_name = {"NORM": {"IN": arabic_given_names() + [normalize("الشيخ")]}}
    rules.append(("LOC", [street, first_name, {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!و)", "NOT_IN": stop}}]))
    return rules


# Security bodies named by what they do, not by whose they are: "الشرطة العسكرية", "الدرك
# الملكي", "الوقاية المدنية", "القوات المساعدة". With a nationality ("الجيش السوري",
# "القوات الحكومية") they are descriptions.
AR_SECURITY_HEADS = ["الشرطة", "الحرس", "الدرك", "الوقاية", "المخابرات", "الاستخبارات", "القوات", "الجيش", "الأمن"]
AR_SECURITY_FUNCTIONS = [
    "العسكرية", "العسكري", "الملكية", "الملكي", "المدنية", "المدني", "الوطنية", "الوطني", "الجوية", "الداخلي", "السياسي",
    "الجنائية", "القضائية", "الثوري", "الجمهوري", "المساعدة", "المسلحة", "الخاصة", "البحرية", "الاتحادية", "الاتحادي",
]


def _definite(words: list[str]) -> list[str]:
    """The words written with the article: "المصرية", not "مصري" (normalized forms)."""
    return [word for word in words if word.startswith("ال")]


def _arabic_security_body_patterns(group_words: list[str]) -> list[list[dict]]:
    # (not after "ل": "للقوات المسلحة" is the complement of a longer name)
    head = {"NORM": {"IN": [normalize(word) for word in AR_SECURITY_HEADS]}, "ORTH": {"REGEX": "^(?!لل)"}}
    # the coast guard is named with its country: "خفر السواحل الليبي"
    coast_guard = [{"NORM": normalize("خفر")}, {"NORM": normalize("السواحل")}, {"NORM": {"REGEX": "^ال.*(ي|يه)$"}, "OP": "?"}]
    function = {"NORM": {"IN": [normalize(word) for word in AR_SECURITY_FUNCTIONS]}}
    # (two functions: "القوات المسلحة الملكية"; a function, then the state's: "القوات المسلحة المصرية")
    nationality = {"NORM": {"IN": _definite(group_words)}}
    return [[head, function, dict(function, OP="?")], [head, function, nationality], coast_guard]


AR_OUTLET_HEADS = ["موقع", "نشرة", "خدمة", "بوابة", "شبكة", "وكالة", "قناة", "إذاعة", "مجلة", "صحيفة"]


def _arabic_outlet_patterns() -> list[list[dict]]:
    """Outlets named with a borrowed media word ("الأفق برس", "الجسر نيوز", "المدار نت"),
    after what they are ("وكالة النيل والساحل"), or named, then called what they are
    ("موقع الشمال الغربي الإخباري", "بانتيو إف إم")."""
    media = {"NORM": {"IN": [normalize(word) for word in ("برس", "نيوز", "نت", "بوست", "تايمز")]}}
    name = {"IS_ALPHA": True, "NORM": {"REGEX": "^ال", "NOT_IN": _arabic_stopwords()}, "_": {"proclitic": 0}}
    kind = {"NORM": {"IN": [normalize(word) for word in ("وكالة", "شبكة", "إذاعة", "قناة", "موقع")]}}
    # named after places or things, joined by "و": "وكالة النيل والساحل", "وكالة أنباء خليج البنغال",
    # "شبكة أخبار وادي النيل", "راديو فريش"
    agency = {"NORM": {"IN": [normalize(word) for word in ("وكالة", "شبكة", "إذاعة", "موقع")]}}
    news = {"NORM": {"IN": [normalize(word) for word in ("أنباء", "أخبار")]}}
    joined = {"ORTH": {"REGEX": "^وال"}, "IS_ALPHA": True}
    word = {"IS_ALPHA": True, "NORM": {"NOT_IN": _arabic_stopwords()}, "_": {"proclitic": 0}}
    heads = [normalize(word) for word in AR_OUTLET_HEADS]
    outlet = {"NORM": {"IN": heads}}
    return [
        [name, media], [kind, {"IS_ALPHA": True, "NORM": {"NOT_IN": _arabic_stopwords()}}, media],
        # (as written: NORM may have the "ل" undone, "الأنباء" being a listed word)
        [agency, name, joined, {"ORTH": {"IN": ["للأنباء", "للانباء"]}, "OP": "?"}],
        [agency, news, word, {"IS_ALPHA": True, "NORM": {"REGEX": "^ال", "NOT_IN": _arabic_stopwords()}, "OP": "?"}],
        [{"NORM": normalize("راديو")}, word],
        # named, then called what they are: "موقع الشمال الغربي الإخباري", "وكالة باب المندب
        # للأنباء", "(إذاعة) بانتيو إف إم"
        [outlet, dict(word, OP="{1,3}"), {"NORM": {"IN": [normalize(word) for word in ("الإخباري", "الإخبارية")]}}],
        [agency, dict(word, OP="{1,3}"), {"ORTH": {"IN": ["للأنباء", "للانباء"]}}],
        [dict(word, NORM={"NOT_IN": _arabic_stopwords() + heads}, OP="{1,2}"), {"ORTH": {"IN": ["إف", "اف"]}}, {"ORTH": {"IN": ["إم", "ام"]}}],
    ]


def _arabic_facility_patterns(town_words: list[str], group_words: list[str], common: list[str]) -> list[list[dict]]:
    """"مخيم زمزم", "معتقل غوانتانامو": a facility word in construct with an indefinite name; a
    definite word after it ("مخيم النازحين") is usually a description, unless it is a town
    ("مطار الريان", "معتقل الخيام", "مستشفى اللطامنة")."""
    stop = _arabic_stopwords()
    head = {"NORM": {"IN": [normalize(word) for word in AR_FACILITY_HEADS]}}
    worship = {"NORM": {"IN": [normalize(word) for word in AR_WORSHIP_HEADS]}}
    # (a place of two words is named whole below: "سجن بئر أحمد"; "مخيم تل الزعتر" is its place's)
    name = {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!ال|لل)", "NOT_IN": stop + [normalize(w) for w in AR_FACILITY_NOT_NAMES + AR_PLACE_NAME_STARTS]}}
    town = {"NORM": {"IN": town_words}}
    # A camp named after a town is where people live, not a building: "مخيم" takes no town.
    built = {"NORM": {"IN": [normalize(word) for word in AR_FACILITY_HEADS if word != "مخيم"] + [normalize("سجن"), normalize("قاعدة")]}}
    # "مطار حماة العسكري", "قاعدة الشعيرات الجوية": the kind of facility ends its name.
    kind = {"NORM": {"IN": [normalize(word) for word in AR_FACILITY_KINDS]}}
    base = {"NORM": {"IN": [normalize("قاعدة")]}}
    # "سجن" is also "imprisonment" and "قاعدة" a rule: with neither a kind nor a town, their
    # name is a rare word ("سجن المرناقية", "قاعدة سبايكر"), a place name of two words ("سجن
    # بئر أحمد") or a security service's ("سجن الأمن السياسي").
    prison = {"NORM": normalize("سجن")}
    rare = {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!لل|بال|و)", "NOT_IN": stop + common + group_words}}
    place_start = {"NORM": {"IN": [normalize(word) for word in AR_PLACE_NAME_STARTS + AR_COMPOUND_NAME_STARTS]}}
    service = {"NORM": {"IN": [normalize(word) for word in ("الأمن", "المخابرات", "الشرطة")]}}
    service_kind = {"NORM": {"REGEX": "^(ال|وال)", "NOT_IN": stop}, "OP": "?"}
    # "المستشفى السعودي", "المتحف الوطني"
    described = [{"NORM": {"IN": [normalize(word) for word in ("المستشفى", "المتحف")]}}, {"NORM": {"IN": group_words + [normalize("الوطني")]}}]
    return [
        [head, name], [head, name, kind], [base, {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}, kind], [prison, name, kind],
        [built, town], [built, town, kind], [prison, rare], [base, rare],
        # a place or a person of two words: "سجن بئر أحمد", "سد أبو منصور"
        [built, place_start, {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}, {"NORM": {"REGEX": "^ال.*(ي|يه|ية)$", "NOT_IN": stop}, "OP": "?"}],
        [built, place_start, {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}, kind],
        # named after a person: "مسجد عمر مكرم", "مستشفى كمال عدوان", "مطار رفيق الحريري"
        [head, {"NORM": {"IN": arabic_given_names()}}, {"IS_ALPHA": True, "NORM": {"REGEX": "^(?!و)", "NOT_IN": stop + common}}],
        # a rare definite word is a place's name too: "منفذ المنذرية"
        [built, {"IS_ALPHA": True, "NORM": {"REGEX": "^ال", "NOT_IN": stop + common + group_words}, "_": {"proclitic": 0}}],
        [prison, service, service_kind], described,
        # a medical centre and a metro or railway station: "مركز مصراتة الطبي", "محطة مترو مالبيك",
        # "محطة قطارات أنقرة المركزية"
        [{"NORM": normalize("مركز")}, {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}, {"NORM": {"IN": [normalize("الطبي"), normalize("الطبية")]}}],
        [{"NORM": normalize("محطة")}, {"NORM": {"IN": [normalize(word) for word in ("مترو", "قطارات", "قطار", "القطارات", "القطار")]}},
         {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}, dict(kind, OP="?")],
        # a name and a rare family or place name with the article: "سجن نقرة السلمان"
        [built, name, {"IS_ALPHA": True, "NORM": {"REGEX": "^ال", "NOT_IN": stop + common + group_words}, "_": {"proclitic": 0}}],
        # its security level: "سجن طرة شديد الحراسة"
        [prison, name, {"NORM": normalize("شديد")}, {"NORM": normalize("الحراسة")}],
        # what a described hospital is for: "المستشفى السعودي للولادة"
        described + [{"ORTH": {"REGEX": "^لل"}, "IS_ALPHA": True}],
        # named after a king or a prince: "مطار الملك فهد الدولي"
        [built, {"NORM": {"IN": [normalize(word) for word in ("الملك", "الأمير", "الشيخ", "السلطان")]}}, name, dict(kind, OP="?")],
        [worship, {"IS_ALPHA": True, "NORM": {"REGEX": "^ال", "NOT_IN": stop + group_words + [normalize(w) for w in AR_WORSHIP_TITLES]}, "_": {"proclitic": 0}}],
        # a palace named by what it houses: "قصر العدل", "قصر السلام" ("قصر" with a name is also a town's start)
        [{"NORM": normalize("قصر")}, {"NORM": {"IN": [normalize(w) for w in ("العدل", "السلام", "الشعب", "الرئاسة", "الرئاسي", "الضيافة", "المؤتمرات", "الثقافة", "الأمم")]}}],
        [worship, {"NORM": {"IN": [normalize(word) for word in AR_WORSHIP_TITLES]}}, {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}],
        # a police station named by its district, a new or an old one too: "مركز شرطة مطاي",
        # "قسم شرطة العدوة", "قسم شرطة مصر الجديدة"
        [{"NORM": {"IN": [normalize("مركز"), normalize("قسم")]}}, {"NORM": normalize("شرطة")}, {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}},
         {"NORM": {"IN": [normalize(word) for word in ("الجديدة", "الجديد", "القديمة", "القديم")]}, "OP": "?"}],
        # ... and numbered in a city of several: "قسم شرطة ثان المحلة الكبرى"
        [{"NORM": normalize("قسم")}, {"NORM": normalize("شرطة")}, {"NORM": {"IN": [normalize(word) for word in ("أول", "ثان", "ثاني", "ثالث", "رابع")]}},
         {"IS_ALPHA": True, "NORM": {"NOT_IN": stop}}, {"NORM": {"REGEX": "^ال", "NOT_IN": stop}, "OP": "?"}],
        # a prison complex: "مجمع سجون بدر"
        [{"NORM": normalize("مجمع")}, {"NORM": normalize("سجون")}, name],
        # "مركز احتجاز العدلية", "مركز الاحتجاز في ..."
        [{"NORM": normalize("مركز")}, {"NORM": {"IN": [normalize("احتجاز"), normalize("توقيف")]}}, {"IS_ALPHA": True, "NORM": {"NOT_IN": stop + common}}],
    ]


def _arabic_church_patterns(group_words: list[str]) -> list[tuple[str, list[dict]]]:
    """A church named by its confession is the institution ("الكنيسة القبطية الأرثوذكسية"); one
    named by its saint is a building ("كنيسة سانت تريزا", "كنيسة مار إلياس")."""
    confession = {"NORM": {"IN": _definite(group_words)}}
    saint = {"NORM": {"IN": [normalize(word) for word in ("سانت", "القديس", "القديسة", "مار", "السيدة", "سيدة")]}}
    name = {"IS_ALPHA": True, "NORM": {"NOT_IN": _arabic_stopwords()}}
    church = {"NORM": {"IN": [normalize("كنيسة"), normalize("كاتدرائية")]}}
    return [("ORG", [{"NORM": normalize("الكنيسة")}, confession, dict(confession, OP="?")]), ("FAC", [church, saint, name])]


def arabic_rule_words() -> frozenset[str]:
    """Normalized words the Arabic rules start from (titles, organisation and court words),
    so a proclitic attached to them ("ووزير", "وبقيادة") is undone like one on a listed name."""
    return frozenset(normalize(word) for word in AR_TITLES + AR_ORG_HEADS + AR_FACILITY_HEADS + AR_PLACE_BODIES + AR_GEOGRAPHIC_HEADS + AR_TOWN_DESCRIPTORS + AR_SECURITY_HEADS + AR_LAW_HEADS + AR_OUTLET_HEADS + ["محكمة", "الكنيسة", "المحكمة", "المستشفى", "المتحف", "مجمع", "كتيبة", "كتائب", "سرايا", "القانون", "المرسوم", "الدستور"])


class RuleVocabulary(NamedTuple):
    """Normalized one-word names the rules test tokens against, in the rules' language."""
    place_words: list[str]  # the gazetteer's places
    group_words: list[str]  # the gazetteer's group words (NORP)
    common_words: list[str]  # the language's most frequent words
    town_words: list[str]  # towns beyond the gazetteer (Arabic)
    country_words: list[str]  # the gazetteer's countries


def _national_red_cross_patterns(language: str, group_words: list[str]) -> list[list[dict]]:
    """A country's Red Cross or Red Crescent society, named with its nationality: "Egyptian
    Red Crescent", "Croissant-Rouge tunisien", "الصليب الأحمر اللبناني"."""
    if language == "ar":
        nationality = {"NORM": {"IN": _definite(group_words)}}
        return [[{"NORM": {"IN": [normalize("الهلال"), normalize("الصليب")]}}, {"NORM": normalize("الأحمر")}, nationality]]
    if language == "fr":
        nationality = {"LOWER": {"IN": group_words}, "IS_LOWER": True}
        split = [{"LOWER": {"IN": ["croissant", "croix"]}}, {"ORTH": "-"}, {"LOWER": "rouge"}]
        return [split + [nationality], [{"LOWER": {"IN": ["croissant-rouge", "croix-rouge"]}}, nationality]]
    return [[{"IS_TITLE": True, "LOWER": {"IN": group_words}}, {"ORTH": "Red"}, {"ORTH": {"IN": ["Crescent", "Cross"]}}]]


# Spanish and Portuguese heads that English and French texts keep untranslated
IBERIAN_FACILITY_HEADS = ["hospital", "casa", "palacio", "palácio", "cárcel", "penal", "penitenciaría", "estadio", "estádio", "iglesia", "igreja", "hotel"]
IBERIAN_ORG_HEADS = ["movimiento", "movimento", "frente", "partido", "ejército", "exército", "comisión", "comissão", "fundación", "fundação", "asociación", "associação"]


def _iberian_name_patterns() -> list[tuple[str, list[dict]]]:
    """Names written in Spanish or Portuguese, head first: "Hospital de la Divina Providencia",
    "Casa del Florero" (buildings), "Movimiento 19 de Abril" (a body). The models read them as
    people."""
    of = [{"LOWER": {"IN": ["de", "del", "da", "do", "dos", "das"]}}, {"LOWER": {"IN": ["la", "los", "las"]}, "OP": "?"}]
    name = {"IS_TITLE": True, "OP": "+"}
    facility, body = {"IS_TITLE": True, "LOWER": {"IN": IBERIAN_FACILITY_HEADS}}, {"IS_TITLE": True, "LOWER": {"IN": IBERIAN_ORG_HEADS}}
    return [
        ("FAC", [facility, *of, name]),
        ("FAC", [facility, *of, name, *of, name]),  # "Casa de Detenção de São Paulo"
        ("ORG", [body, *of, name]),
        ("ORG", [body, *of, name, *of, name]),  # "Fundación de Antropología Forense de Guatemala"
        ("ORG", [body, name]),  # "Partido Revolucionario Institucional", "Frente Amplio"
        ("ORG", [body, {"LIKE_NUM": True}, {"LOWER": "de"}, {"IS_TITLE": True}]),
    ]


def rule_patterns(language: str, vocabulary: RuleVocabulary) -> list[dict]:
    """Token patterns for `language`, as SpanRuler patterns (no `id`: the name is read
    from the document)."""
    place_words, group_words, common_words, town_words, country_words = vocabulary
    rules: list[tuple[str, list[dict]]] = [("ORG", pattern) for pattern in _unit_patterns() + _national_red_cross_patterns(language, group_words)]
    if language == "fr":
        rules += [("COURT", pattern) for pattern in _court_patterns_fr()]
        rules += _place_and_facility_patterns_fr()
        rules += [("LAW", pattern) for pattern in _law_patterns_fr(group_words)]
        # a country's official name: "République orientale de l'Uruguay", "Royaume du Maroc"
        state = {"IS_TITLE": True, "LOWER": {"IN": ["république", "royaume", "état", "fédération", "émirat", "sultanat"]}}
        rules += [("GPE", [state, {"POS": "ADJ", "IS_LOWER": True, "OP": "*"}, {"LOWER": {"IN": ["de", "du", "d'"]}}, {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}, {"NORM": {"IN": country_words}}])]
        rules += [("ORG", pattern) for pattern in _media_patterns_en()]  # "Sahel Horizon Médias"
        # prosecution services named by their adjectives: "Parquet national antiterroriste", "Parquet spécial"
        rules += [("ORG", [{"IS_TITLE": True, "LOWER": "parquet"}, {"POS": "ADJ", "IS_LOWER": True, "OP": "+"}])]
        # "Comité des droits de l'homme des Nations unies", "Charte pour la paix et la réconciliation nationale"
        rules += [("ORG", pattern) for pattern in _named_by_complements_fr({"IS_TITLE": True, "LOWER": {"IN": FR_ORG_HEADS}}, group_words)]
        rules += [("LAW", pattern) for pattern in _named_by_complements_fr({"IS_TITLE": True, "LOWER": {"IN": FR_LAW_HEADS}}, group_words)]
    elif language == "ar":
        rules += [("COURT", pattern) for pattern in _arabic_court_patterns(place_words, group_words, town_words)]
        rules += [("PERSON", pattern) for pattern in _arabic_person_patterns(place_words, group_words, country_words)]
        rules += [("ORG", pattern) for pattern in _arabic_org_patterns(group_words, place_words, country_words, list(common_words)) + _arabic_institution_of_place_patterns(place_words + list(town_words), list(common_words))]
        rules += [("ORG", pattern) for pattern in _arabic_outlet_patterns() + _arabic_security_body_patterns(group_words)]
        rules += [("FAC", pattern) for pattern in _arabic_facility_patterns(place_words + list(town_words), group_words, list(common_words))]
        rules += _arabic_church_patterns(group_words)
        rules += _arabic_named_place_patterns(group_words, place_words + list(town_words), list(common_words))
        # a state's official name: "الجمهورية التونسية", "الجمهورية الإسلامية الموريتانية"
        state = {"NORM": {"IN": [normalize(word) for word in ("الجمهورية", "المملكة", "جمهورية", "مملكة")]}}
        regime = {"NORM": {"IN": [normalize(word) for word in AR_REGIME_WORDS]}, "OP": "*"}
        nationality = {"NORM": {"IN": [word for word in group_words if word.startswith("ال") and word.endswith("يه")]}}
        rules += [("GPE", [state, regime, nationality])]
        # ... or with the country's name: "جمهورية مصر العربية", "مملكة كمبوديا" ("دولة ليبيا" is
        # Libya: the word says state, not which kind)
        union = {"NORM": {"IN": [normalize(word) for word in AR_STATE_WORDS]}}
        country = {"NORM": {"IN": [word for word in place_words if not word.startswith("ال")]}}
        rules += [("GPE", [union, country, regime])]
        rules += [("LAW", pattern) for pattern in _arabic_law_patterns(place_words, town_words, group_words)]
    else:
        rules += [("COURT", pattern) for pattern in _court_patterns_en()]
        # a country's police force: "Bolivian Police", "Kenya Police"
        rules += [("ORG", [{"IS_TITLE": True, "NORM": {"IN": group_words}}, {"IS_TITLE": True, "NORM": "police"}])]
        rules += [("ORG", [{"IS_TITLE": True, "OP": "?"}, {"IS_TITLE": True, "NORM": {"IN": country_words}}, {"IS_TITLE": True, "NORM": "police"}])]
        rules += [("ORG", pattern) for pattern in _media_patterns_en()]
        rules += [("LAW", pattern) for pattern in _law_patterns_en()]
        rules += _place_and_facility_patterns_en(group_words) + _institution_patterns_en(country_words)
    if language != "ar":
        rules += [("PERSON", pattern) for pattern in _anonymised_person_patterns(list(common_words))] + _iberian_name_patterns()
    return [{"label": label, "pattern": pattern} for label, pattern in rules]

