"""Date expressions as patterns, per language, each with the reader that says what a match
states (`etl.dates.readers`). The patterns over-generate on purpose where the context decides
(bare numbers, bare day numbers and month names): `etl.dates.spans` and `etl.dates.context`
keep what holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from etl.dates.lexicon import AMBIGUOUS_MONTHS, MONTHS, NUMBER_WORDS, WEEKDAYS, words_pattern
from etl.dates.lexicon import DIGIT as D
from etl.dates.readers import (
    Candidate,
    Reader,
    ago,
    day_range,
    decade,
    in_relative_year,
    numeric,
    relative_occurrence,
    shift,
    short_year_range,
    stated,
    unit_shift,
    weekday,
)


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    read: Reader


# Arabic attaches و ف ب ل to the next word ("وفي", "لعام", "و2015"); elsewhere a date starts a word.
LEFT = r"(?:(?<=\b[وفبل])|(?<!\w))"
RIGHT = r"(?!\w)"
YEAR = rf"(?P<year>{D}{{4}})"

EN_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|won't|(?:is|are)\s+(?:due|expected|scheduled|set|to))\b|'ll\b|\bplans?\s+to\b"
)
FR_FUTURE = re.compile(
    r"(?i)\b(?:doit|doivent|devra|devront|devrait|devraient|sera|seront|va|vont|aura\s+lieu|prévue?s?|(?:est|sont)\s+attendue?s?"
    r"|rendra|rendront|prononcera|tiendra|ouvrira|reprendra|commencera|débutera|statuera|se\s+prononcera)\b"
)
AR_FUTURE = re.compile(r"سوف|من\s+المقرر|من\s+المنتظر|من\s+المتوقع")


def _months(language: str, kind: str = "all") -> str:
    """Month names of `language`: "all" spellings, "full" names, or "plain" full names that
    are months even without a cue word."""
    words = []
    for full, short in MONTHS[language].values():
        words += full if kind != "all" else full + short
    if kind == "plain":
        words = [word for word in words if word not in AMBIGUOUS_MONTHS]
    return _cased(language, words)


def _weekdays(language: str) -> str:
    return _cased(language, [word for spellings in WEEKDAYS[language] for word in spellings])


def _cased(language: str, words: list[str]) -> str:
    """English names are capitalised or in capitals ("16 NOVEMBER 2023" in court headings);
    French ones take any case; Arabic has none."""
    if language == "en":
        return f"(?:{words_pattern(words + [word.upper() for word in words])})"
    if language == "fr":
        return f"(?i:{words_pattern(words)})"
    return f"(?:{words_pattern(words)})"


def _compile(rules: list[tuple[str, Reader]]) -> list[Rule]:
    return [Rule(re.compile(pattern), read) for pattern, read in rules]


@cache
def neutral_rules() -> list[Rule]:
    """Numbers every language writes alike."""
    return _compile([
        (rf"{LEFT}(?P<n1>{D}{{1,2}})(?P<sep>[./-])(?P<n2>{D}{{1,2}})(?P=sep){YEAR}{RIGHT}", numeric(day_first=True)),
        (rf"{LEFT}{YEAR}(?P<sep>[./-])(?P<n1>{D}{{1,2}})(?P=sep)(?P<n2>{D}{{1,2}}){RIGHT}", numeric(day_first=False)),
        (rf"{LEFT}{YEAR}\s*[-–]\s*(?P<yy>{D}{{2}}){RIGHT}", short_year_range),
        (rf"{LEFT}{YEAR}{RIGHT}", stated(bare=True)),
        (rf"{LEFT}(?P<day>{D}{{1,2}}){RIGHT}", stated(standalone=False)),
    ])


@cache
def english_rules() -> list[Rule]:
    month, full, plain = _months("en"), _months("en", "full"), _months("en", "plain")
    day = rf"(?P<day>{D}{{1,2}})(?:st|nd|rd|th)?"
    cue = r"(?i:\b(?:in|since|until|till|by|from|during|through|throughout|before|after|early|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)\s+|\bmid-)"
    which = r"(?P<which>(?i:last|this|next))"
    count = rf"(?P<count>{words_pattern(list(NUMBER_WORDS['en']))}|{D}{{1,2}})"
    return _compile([
        (rf"(?<!\w){day}(?:\s+of)?\s+(?P<month>{month}),?\s+(?:of\s+)?{YEAR}{RIGHT}", stated()),
        (rf"(?<!\w)(?P<month>{month})\s+{day},?\s+{YEAR}{RIGHT}", stated()),
        (rf"(?<!\w)(?P<month>{month}),?\s+(?:of\s+)?{YEAR}{RIGHT}", stated()),
        (rf"(?<!\w){day}(?:\s+of)?\s+(?P<month>{month}){RIGHT}", stated(future_cue=EN_FUTURE)),
        (rf"(?<!\w)(?P<month>{month})\s+{day}{RIGHT}", stated(future_cue=EN_FUTURE)),
        (rf"(?<!\w)(?P<month>{month})\s+{day}\s*(?:[-–—]|\s(?:to|through)\s)\s*(?P<day2>{D}{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{YEAR})?{RIGHT}", day_range),
        (rf"{cue}(?P<expr>(?P<month>{full})){RIGHT}", stated(future_cue=EN_FUTURE)),
        (rf"(?<!\w)(?P<month>{plain}){RIGHT}", stated(future_cue=EN_FUTURE)),
        (rf"(?<!\w)(?P<month>{full}){RIGHT}", stated(standalone=False)),
        (rf"(?<!\w){which}\s+(?P<month>{full}){RIGHT}", relative_occurrence),
        (rf"(?<!\w)(?:{day}\s+(?:of\s+)?)?(?P<month>{full})\s+(?:of\s+)?{which}\s+(?i:year){RIGHT}", in_relative_year),
        (rf"(?<!\w)(?P<month>{full})\s+{day},?\s+(?:of\s+)?{which}\s+(?i:year){RIGHT}", in_relative_year),
        (rf"(?<!\w)(?P<decade>{D}{{3}}0)['’]?s{RIGHT}", decade),
        (rf"(?<!\w)(?:(?P<which>(?i:last|past|this|next))\s+)?(?P<weekday>{_weekdays('en')}){RIGHT}", weekday(EN_FUTURE)),
        (r"(?i:\bthe\s+day\s+before\s+yesterday\b)", shift("day", -2)),
        (r"(?i:\bthe\s+day\s+after\s+tomorrow\b)", shift("day", 2)),
        (r"(?i:\byesterday\b)", shift("day", -1)),
        (r"(?i:\btoday\b)", shift("day", 0)),
        (r"(?i:\btomorrow\b)", shift("day", 1)),
        (r"(?i:\b(?P<which>last|this|next)\s+(?P<unit>month|year)\b)", unit_shift),
        (rf"(?i:\b{count}\s+(?P<unit>days?|months?|years?)\s+ago\b)", ago("en")),
    ])


@cache
def french_rules() -> list[Rule]:
    month, full = _months("fr"), _months("fr", "full")
    day = rf"(?P<day>1er|{D}{{1,2}})"
    last_or_next = r"(?P<which>(?i:dernier|dernière|prochain|prochaine))"
    relative_year = r"(?i:(?:de\s+)?l['’](?:année|an)\s+(?P<which>dernière|dernier|passée|passé|prochaine|prochain))"
    count = rf"(?P<count>{words_pattern(list(NUMBER_WORDS['fr']))}|{D}{{1,2}})"
    return _compile([
        (rf"(?<!\w){day}\s+(?P<month>{month})\s+{YEAR}{RIGHT}", stated()),
        (rf"(?<!\w)(?P<month>{month})\s+{YEAR}{RIGHT}", stated()),
        (rf"(?<!\w){day}\s+(?P<month>{month}){RIGHT}", stated(future_cue=FR_FUTURE)),
        (rf"(?<!\w)(?P<month>{full}){RIGHT}", stated(future_cue=FR_FUTURE)),  # French month names are no other word
        (rf"(?<!\w)(?:{day}\s+)?(?P<month>{full})\s+{last_or_next}{RIGHT}", relative_occurrence),
        (rf"(?<!\w)(?:{day}\s+)?(?P<month>{full})\s+{relative_year}{RIGHT}", in_relative_year),
        (rf"(?i:\bannées\s+)(?P<decade>{D}{{3}}0){RIGHT}", decade),
        (rf"(?<!\w)(?P<weekday>{_weekdays('fr')})(?:\s+{last_or_next})?{RIGHT}", weekday(FR_FUTURE)),
        (r"(?i:\bavant-hier\b)", shift("day", -2)),
        (r"(?i:\baprès-demain\b)", shift("day", 2)),
        (r"(?i:\bhier\b)", shift("day", -1)),
        (r"(?i:\baujourd['’]hui\b|\bce\s+jour\b(?!\s*-?\s*là))", shift("day", 0)),
        (r"(?i:\bdemain\b)", shift("day", 1)),
        (r"(?i:\ble\s+(?P<unit>mois)\s+(?P<which>dernier|passé|prochain)\b)", unit_shift),
        (r"(?i:\bl['’](?P<unit>année|an)\s+(?P<which>dernière|dernier|passée|passé|prochaine|prochain)\b)", unit_shift),
        (r"(?i:\bce\s+(?P<unit>mois)(?:-ci)?(?P<which>)(?!\w))", unit_shift),
        (r"(?i:\bcette\s+(?P<unit>année)(?P<which>)(?!\w))", unit_shift),
        (rf"(?i:\bil\s+y\s+a\s+{count}\s+(?P<unit>ans?|années?|mois|jours?)\b)", ago("fr")),
    ])


AR_PAST = "الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|السابق|السابقة"
AR_NEXT = "المقبل|المقبلة|القادم|القادمة"
AR_THIS = "الجاري|الجارية|الحالي|الحالية"


def _arabic_weekday_misread(match: re.Match) -> bool:
    """الأحد عشر is "the eleven"; الاثنين is also "the two" ("كلا الاثنين", "بين الاثنين")."""
    text, start, end = match.string, match.start("weekday"), match.end()
    name = match.group("weekday")
    if name in ("الأحد", "الاحد") and re.match(r"\s+عشر", text[end:]):
        return True
    if name in ("الاثنين", "الإثنين") and not match.group("day_word"):
        return bool(re.search(r"(?:كلا|بين|هذين)\s+$", text[max(0, start - 8) : start]) or re.match(r"\s*(?:معا|منهما|منهم)", text[end:]))
    return False


def _arabic_day_misread(match: re.Match) -> bool:
    """اليوم followed by a definite word is "the day …" ("اليوم العالمي", "اليوم التالي"),
    not today."""
    return bool(re.match(r"\s*(?:ال|نفس|ذات)", match.string[match.end() :]))


@cache
def arabic_rules() -> list[Rule]:
    month_words = _months("ar")
    both_names = rf"(?:\s*[/(\-–]\s*(?:{month_words})\s*\)?)?"  # "تشرين الثاني/نوفمبر", "آذار (مارس)"
    month = rf"(?P<month>{month_words}){both_names}"
    full = rf"(?P<month>{_months('ar', 'full')}){both_names}"
    plain = rf"(?P<month>{_months('ar', 'plain')}){both_names}"
    day = rf"(?P<day>{D}{{1,2}})"
    year = rf"(?:(?:من\s+)?(?:ال)?(?:عام|سنة)\s+)?{YEAR}(?:\s?م)?"
    cue = r"(?:في|منذ|خلال|حتى|مطلع|أوائل|اوائل|أواخر|اواخر|أواسط|منتصف|بداية|نهاية|شهر)"
    which = rf"(?P<which>{AR_PAST}|{AR_NEXT})"
    relative_year = rf"(?:من\s+)?(?:العام|السنة)\s+(?P<which>{AR_PAST}|{AR_NEXT}|{AR_THIS})"
    units = r"(?P<unit>الشهر|العام|السنة)"
    return _compile([
        (rf"{LEFT}{day}\s+(?:من\s+)?(?:شهر\s+)?{month}\s*[،,]?\s*{year}{RIGHT}", stated()),
        (rf"{LEFT}(?:شهر\s+)?(?P<expr>{month}\s*[،,]?\s*{year}){RIGHT}", stated()),
        (rf"{LEFT}{day}\s+(?:من\s+)?(?:شهر\s+)?{month}{RIGHT}", stated(future_cue=AR_FUTURE)),
        (rf"{LEFT}{cue}\s+(?P<expr>{month}){RIGHT}", stated(future_cue=AR_FUTURE)),
        (rf"{LEFT}{plain}{RIGHT}", stated(future_cue=AR_FUTURE)),
        (rf"{LEFT}{full}{RIGHT}", stated(standalone=False)),
        (rf"{LEFT}(?:{day}\s+(?:من\s+)?)?(?:شهر\s+)?{month}\s+{which}{RIGHT}", relative_occurrence),
        (rf"{LEFT}(?:{day}\s+(?:من\s+)?)?(?:شهر\s+)?{month}\s+{relative_year}{RIGHT}", in_relative_year),
        (rf"{LEFT}(?:ال)?(?:عام|سنة|عامي)\s+(?P<expr>{YEAR})(?:\s?م)?{RIGHT}", stated()),
        (rf"{LEFT}(?P<expr>{YEAR})\s?م{RIGHT}", stated()),  # "2011م", the Gregorian year
        (
            rf"{LEFT}(?:(?P<day_word>يوم|اليوم)\s+)?(?P<expr>(?P<weekday>{_weekdays('ar')})(?:\s+(?P<which>{AR_PAST}|{AR_NEXT}))?){RIGHT}",
            weekday(AR_FUTURE, _arabic_weekday_misread),
        ),
        (rf"{LEFT}(?:أول\s+(?:من\s+)?|قبل\s+)(?:أمس|امس){RIGHT}", shift("day", -2)),
        (rf"{LEFT}(?:الأمس|أمس|امس){RIGHT}", shift("day", -1)),
        (rf"{LEFT}اليوم{RIGHT}", shift("day", 0, _arabic_day_misread)),
        (rf"{LEFT}بعد\s+غد{RIGHT}", shift("day", 2)),
        (rf"{LEFT}(?:غدا|غداً|غدًا){RIGHT}", shift("day", 1)),
        (rf"{LEFT}{units}\s+(?P<which>{AR_PAST}|{AR_NEXT}|{AR_THIS}){RIGHT}", unit_shift),
        (rf"{LEFT}(?:هذا|هذه)\s+{units}(?P<which>){RIGHT}", unit_shift),
        (rf"{LEFT}قبل\s+(?P<unit>يومين|شهرين|عامين|سنتين){RIGHT}", ago("ar")),
        (rf"{LEFT}قبل\s+(?P<unit>يوم|شهر|عام|سنة){RIGHT}(?!\s*{D})", ago("ar")),
        (rf"{LEFT}قبل\s+(?P<count>{D}{{1,2}})\s+(?P<unit>أيام|ايام|أشهر|اشهر|شهور|سنوات|أعوام|اعوام){RIGHT}", ago("ar")),
    ])


RULES = {"en": english_rules, "fr": french_rules, "ar": arabic_rules}


def _read(rules: list[Rule], text: str, published: date | None) -> list[Candidate]:
    found = []
    for rule in rules:
        for match in rule.pattern.finditer(text):
            candidate = rule.read(match, published)
            if candidate is not None:
                found.append(candidate)
    return found


def candidates(text: str, language: str, published: date | None) -> list[Candidate]:
    """Every expression `language`'s rules see in `text`, overlapping ones included."""
    return _read(RULES[language](), text, published)


def neutral_candidates(text: str) -> list[Candidate]:
    return _read(neutral_rules(), text, None)
