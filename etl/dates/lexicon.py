"""The words date expressions are made of, per language.

Month names are written out here rather than taken from dateparser's locale data because
that data lacks the Levantine Arabic months (آذار, تشرين الثاني, …) that Syrian and Lebanese
sources use, and because its English and French abbreviations ("mar", "jeu") would match
ordinary words.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "fr", "ar")

DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"  # ASCII, Arabic-Indic and Persian digits; int() reads all three

# Month spellings. The first list of each language holds full names, which may stand alone
# ("in March", "en mars", "في آذار"); the second holds forms that only count next to a day or a year.
EN_MONTHS = {
    1: (["January"], ["Jan.", "Jan"]),
    2: (["February"], ["Feb.", "Feb"]),
    3: (["March"], ["Mar."]),
    4: (["April"], ["Apr.", "Apr"]),
    5: (["May"], []),
    6: (["June"], ["Jun."]),
    7: (["July"], ["Jul."]),
    8: (["August"], ["Aug.", "Aug"]),
    9: (["September"], ["Sept.", "Sep.", "Sept", "Sep"]),
    10: (["October"], ["Oct.", "Oct"]),
    11: (["November"], ["Nov.", "Nov"]),
    12: (["December"], ["Dec.", "Dec"]),
}
FR_MONTHS = {
    1: (["janvier"], ["janv."]),
    2: (["février", "fevrier"], ["févr.", "fév."]),
    3: (["mars"], []),
    4: (["avril"], ["avr."]),
    5: (["mai"], []),
    6: (["juin"], []),
    7: (["juillet"], ["juil."]),
    8: (["août", "aout"], []),
    9: (["septembre"], ["sept."]),
    10: (["octobre"], ["oct."]),
    11: (["novembre"], ["nov."]),
    12: (["décembre", "decembre"], ["déc."]),
}
# Gregorian names as written in Egypt and the Gulf, the Levant (Syriac names) and the Maghreb.
AR_MONTHS = {
    1: (["يناير", "كانون الثاني", "كانون ثاني"], ["جانفي"]),
    2: (["فبراير", "شباط"], ["فيفري"]),
    3: (["مارس", "آذار", "اذار", "أذار"], []),
    4: (["أبريل", "ابريل", "إبريل", "نيسان"], ["أفريل", "افريل"]),
    5: (["مايو", "أيار", "ايار"], ["ماي"]),
    6: (["يونيو", "يونيه", "يونية", "حزيران"], ["جوان"]),
    7: (["يوليو", "يوليه", "يولية", "تموز"], ["جويلية"]),
    8: (["أغسطس", "اغسطس"], ["آب", "أوت", "اوت", "غشت"]),
    9: (["سبتمبر", "أيلول", "ايلول"], ["شتنبر"]),
    10: (["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "تشرين أول"], []),
    11: (["نوفمبر", "تشرين الثاني", "تشرين ثاني"], ["نونبر"]),
    12: (["ديسمبر", "كانون الأول", "كانون الاول", "كانون أول"], ["دجنبر"]),
}
MONTHS = {"en": EN_MONTHS, "fr": FR_MONTHS, "ar": AR_MONTHS}
# Full names that are also common words ("May" the verb and the surname, "March" the noun,
# "مارس" "he practised"): a month only next to a day, a year, or a cue ("in May").
AMBIGUOUS_MONTHS = {"May", "March", "مارس"}

# Monday is 0, as in date.weekday().
WEEKDAYS = {
    "en": [["Monday"], ["Tuesday"], ["Wednesday"], ["Thursday"], ["Friday"], ["Saturday"], ["Sunday"]],
    "fr": [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
    "ar": [
        ["الاثنين", "الإثنين"],
        ["الثلاثاء"],
        ["الأربعاء", "الاربعاء"],
        ["الخميس"],
        ["الجمعة"],
        ["السبت"],
        ["الأحد", "الاحد"],
    ],
}

# Small counts written as words, for "two years ago", "il y a trois ans".
NUMBER_WORDS = {
    "en": {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10},
}

# Words right before a number that make it a label, not a year: "Resolution 2139", "Article 2011",
# "No. 2012", "Branch 2015". Matched case-insensitively against the text just before the number.
LABEL_WORDS = {
    "en": [
        "resolutions?", "res\\.", "articles?", "arts?\\.", "paras?\\.", "paragraphs?", "pages?", "pp?\\.", "nos?\\.",
        "numbers?", "cases?", "files?", "applications?", "rules?", "sections?", "chapters?", "law", "decree",
        "directive", "regulation", "room", "cells?", "branch", "brigade", "division", "unit", "battalion",
        "flight", "route", "items?", "annex", "footnote", "note", "vol\\.", "volume", "exhibit", "counts?", "doc\\.",
    ],
    "fr": [
        "résolutions?", "articles?", "art\\.", "alinéas?", "paragraphes?", "pages?", "pp?\\.", "n°", "nº", "no",
        "numéros?", "affaires?", "dossiers?", "requêtes?", "règles?", "chapitres?", "sections?", "loi", "décret",
        "arrêté", "branche", "salle", "cellules?", "brigade", "division", "unité", "vol\\.", "tome", "annexe",
        "note", "pièces?", "cote",
    ],
    "ar": [
        "القرار", "قرار", "رقم", "المادة", "مادة", "المواد", "الفقرة", "فقرة", "البند", "بند", "الصفحة", "صفحة",
        "ص\\.?", "الفرع", "فرع", "القضية", "قضية", "الملف", "ملف", "المرسوم", "مرسوم", "الغرفة", "الزنزانة",
        "الفرقة", "الكتيبة", "الدعوى",
    ],
}
# "resolution" a few words back still labels the number: "قرار مجلس الأمن 2139", "resolution of the Council 2118".
DISTANT_LABEL_WORDS = ["resolutions?", "résolutions?", "قرار", "القرار", "قرارات"]
LABEL_SIGNS = "#№§"

# Before a number, these make it a quantity: "more than 2000", "près de 2000", "نحو 2000".
QUANTITY_WORDS = {
    "en": ["more than", "less than", "fewer than", "at least", "nearly", "almost", "some", "a total of", "an estimated", "estimated"],
    "fr": ["plus de", "moins de", "près de", "environ", "quelque", "au moins", "au total", "un total de"],
    "ar": ["أكثر من", "اكثر من", "أقل من", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يزيد عن", "ما يزيد على", "ما لا يقل عن"],
}
# After a number, these make it a count: "2000 detainees", "2000 personnes", "2000 معتقل".
COUNTED_NOUNS = {
    "en": [
        "people", "persons", "civilians", "detainees", "prisoners", "victims", "dead", "deaths", "bodies", "cases",
        "complaints", "pages", "documents", "files", "photographs", "photos", "images", "men", "women", "children",
        "families", "soldiers", "troops", "fighters", "members", "officers", "refugees", "migrants", "witnesses",
        "survivors", "dollars", "euros", "pounds", "km", "kilometres", "kilometers", "miles", "metres", "meters",
        "times", "votes", "hours", "signatures", "names", "records", "individuals", "killed", "missing", "pieces",
    ],
    "fr": [
        "personnes", "civils", "détenus", "prisonniers", "victimes", "morts", "corps", "cas", "plaintes", "pages",
        "documents", "dossiers", "photos", "photographies", "images", "hommes", "femmes", "enfants", "familles",
        "soldats", "combattants", "membres", "réfugiés", "témoins", "survivants", "dollars", "euros", "km",
        "kilomètres", "fois", "voix", "heures", "noms", "tués", "disparus",
    ],
    "ar": [
        "شخص", "أشخاص", "مدني", "مدنيا", "مدنياً", "معتقل", "معتقلا", "معتقلاً", "سجين", "سجينا", "ضحية", "قتيل",
        "قتيلا", "قتيلاً", "جثة", "صورة", "وثيقة", "صفحة", "حالة", "شكوى", "دولار", "يورو", "كيلومتر", "كم", "مرة",
        "امرأة", "طفل", "عائلة", "عنصر", "جندي", "شاهد", "ناج", "صوت", "مفقود",
    ],
}
# Right before a number, these make it a year whatever follows: "in 2000 detainees were…" is rare,
# "in 2000" common.
YEAR_CUES = {
    "en": ["in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "early", "late", "mid-", "pre-", "post-", "throughout", "circa", "year", "summer", "winter", "spring", "autumn", "fall"],
    "fr": ["en", "depuis", "jusqu'en", "jusqu’en", "dès", "avant", "après", "de", "durant", "pendant", "fin", "début", "mi-", "l'an", "année", "été", "hiver", "printemps", "automne"],
    "ar": ["في", "منذ", "حتى", "قبل", "بعد", "خلال", "مطلع", "أواخر", "منتصف", "نهاية", "بداية", "صيف", "شتاء", "ربيع", "خريف"],
}


def words_pattern(words: list[str]) -> str:
    """An alternation that tries longer words first, so "Sept." wins over "Sep"; a space
    inside a name ("تشرين الثاني") matches any run of whitespace."""
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in sorted(set(words), key=len, reverse=True))


def _month_table() -> dict[str, int]:
    table = {}
    for months in MONTHS.values():
        for number, (full, short) in months.items():
            for word in full + short:
                table[_month_key(word)] = number
    return table


def _month_key(word: str) -> str:
    return " ".join(word.casefold().rstrip(".").split())


MONTH_NUMBERS = _month_table()


def month_number(word: str) -> int:
    return MONTH_NUMBERS[_month_key(word)]


def weekday_number(word: str) -> int:
    key = word.casefold()
    for names in WEEKDAYS.values():
        for number, spellings in enumerate(names):
            if key in (spelling.casefold() for spelling in spellings):
                return number
    raise KeyError(word)
