"""What a matched date expression states: a `Candidate` with its calendar parts ("16 November
2023", "March 2011", a bare "16" that only counts as one end of a range) or with bounds already
resolved against the publication day (weekdays, "yesterday", "last month")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from etl.dates.calendar import (
    Bounds,
    Parts,
    bounds_of,
    next_occurrence,
    previous_occurrence,
    range_bounds,
    shifted,
    upcoming_occurrence,
    weekday_date,
    years_bounds,
)
from etl.dates.lexicon import NUMBER_WORDS, month_number, weekday_number


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    parts: Parts | None = None
    """What the text states; set when the expression can be one end of a range."""
    bounds: Bounds | None = None
    """Set when the expression is resolved on its own (relative ones need the publication day)."""
    standalone: bool = True
    """False for a bare day number or month name, which is a date only as one end of a range."""
    weekday: bool = False
    """A weekday name, which may introduce a full date ("Thursday, 16 November 2023")."""
    bare: bool = False
    """Only digits (a year, "2011-2018", "16/11/2023"): the words around it decide."""
    lent_year: int | None = None
    """For a date without its year, the year a date stated just before it lends it."""

    def completed(self) -> Parts | None:
        """The parts with the lent year filled in."""
        if self.parts is None or self.parts.year is not None or self.lent_year is None:
            return self.parts
        return replace(self.parts, year=self.lent_year)


Reader = Callable[[re.Match, date | None], Candidate | None]

PAST_WORDS = {"last", "past", "dernier", "dernière", "passé", "passée", "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة"}
NEXT_WORDS = {"next", "prochain", "prochaine", "المقبل", "المقبلة", "القادم", "القادمة"}
UNITS = {
    "day": "day", "days": "day", "jour": "day", "jours": "day", "يوم": "day", "يومين": "day", "أيام": "day", "ايام": "day",
    "month": "month", "months": "month", "mois": "month", "الشهر": "month", "شهر": "month", "شهرين": "month",
    "أشهر": "month", "اشهر": "month", "شهور": "month",
    "year": "year", "years": "year", "an": "year", "ans": "year", "année": "year", "années": "year", "العام": "year",
    "السنة": "year", "عام": "year", "سنة": "year", "عامين": "year", "سنتين": "year", "سنوات": "year", "أعوام": "year", "اعوام": "year",
}
DUALS = {"يومين", "شهرين", "عامين", "سنتين"}  # Arabic dual: "قبل عامين", two years ago


def _group(match: re.Match, name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _span(match: re.Match) -> tuple[int, int]:
    """The expression without the words that only introduced it ("on", "in", "يوم", "عام")."""
    return match.span("expr") if _group(match, "expr") is not None else match.span()


def _int(match: re.Match, name: str) -> int | None:
    value = _group(match, name)
    if value is None:
        return None
    if value.casefold() == "1er":
        return 1
    return int(re.sub(r"\D", "", value))


def _parts(match: re.Match) -> Parts:
    month = _group(match, "month")
    return Parts(year=_int(match, "year"), month=month_number(month) if month else None, day=_int(match, "day"))


def _direction(word: str | None) -> int:
    """-1 for "last", +1 for "next", 0 for "this" or nothing."""
    word = (word or "").casefold()
    return -1 if word in PAST_WORDS else 1 if word in NEXT_WORDS else 0


def _sentence_before(match: re.Match, limit: int = 80) -> str:
    before = match.string[max(0, match.start() - limit) : match.start()]
    return re.split(r"[.!?؟\n]\s", before)[-1]


def stated(standalone: bool = True, bare: bool = False, future_cue: re.Pattern | None = None) -> Reader:
    """Days, months and years as written. Without a year, and in a sentence that speaks of the
    future ("will open on 8 March"), the next occurrence; otherwise the latest one
    (`etl.dates.calendar.bounds_of`) unless a year stated just before applies (`etl.dates.spans`)."""

    def read(match: re.Match, published: date | None) -> Candidate | None:
        parts = _parts(match)
        if parts.day is not None and not 1 <= parts.day <= 31:
            return None
        bounds = None
        if parts.year is None and standalone and published and future_cue and future_cue.search(_sentence_before(match)):
            bounds = upcoming_occurrence(published, parts)
        return Candidate(*_span(match), parts=parts, bounds=bounds, standalone=standalone, bare=bare)

    return read


def numeric(day_first: bool) -> Reader:
    """"16/11/2023", "16.11.2023": day first, as in the UN, European and Arab sources of this
    domain, unless the first number cannot be a month and the second can; "2023-11-16"
    (ISO, `day_first=False`) is year-month-day."""

    def read(match: re.Match, published: date | None) -> Candidate | None:
        first, second = _int(match, "n1"), _int(match, "n2")
        day, month = (first, second) if day_first else (second, first)
        if day_first and month > 12 >= day:
            day, month = month, day
        parts = Parts(year=_int(match, "year"), month=month, day=day)
        if bounds_of(parts, None) is None:
            return None
        return Candidate(*match.span(), parts=parts, bare=True)

    return read


def decade(match: re.Match, published: date | None) -> Candidate | None:
    """"the 1990s", "les années 1990": ten years."""
    first = _int(match, "decade")
    return Candidate(*_span(match), bounds=years_bounds(first, first + 9))


def short_year_range(match: re.Match, published: date | None) -> Candidate | None:
    """"2011–18": the second year written with its last two digits."""
    first = _int(match, "year")
    last = first // 100 * 100 + _int(match, "yy")
    if last <= first:
        return None
    return Candidate(*match.span(), bounds=years_bounds(first, last), bare=True)


def day_range(match: re.Match, published: date | None) -> Candidate | None:
    """"November 16-18, 2023": one month, two days."""
    month, year = month_number(match.group("month")), _int(match, "year")
    bounds = range_bounds(Parts(year, month, _int(match, "day")), Parts(year, month, _int(match, "day2")), published)
    return Candidate(*match.span(), bounds=bounds) if bounds else None


def relative_occurrence(match: re.Match, published: date | None) -> Candidate | None:
    """"last November", "novembre dernier", "16 نوفمبر الماضي": the latest before publication;
    "next March" the first after it."""
    if published is None:
        return None
    parts, direction = _parts(match), _direction(match.group("which"))
    if direction < 0:
        bounds = previous_occurrence(published, parts)
    elif direction > 0:
        bounds = next_occurrence(published, parts)
    else:  # "this March"
        bounds = bounds_of(parts, published)
    return Candidate(*_span(match), bounds=bounds) if bounds else None


def in_relative_year(match: re.Match, published: date | None) -> Candidate | None:
    """"August last year", "août de l'année dernière", "آب/أغسطس من العام الماضي"."""
    if published is None:
        return None
    year = published.year + _direction(match.group("which"))
    parts = _parts(match)
    bounds = bounds_of(Parts(year, parts.month, parts.day), None)
    return Candidate(*_span(match), bounds=bounds) if bounds else None


def weekday(future_cue: re.Pattern, misread: Callable[[re.Match], bool] = lambda match: False) -> Reader:
    """A weekday is the latest one on or before publication ("Thursday's decision" in a Friday
    article is the day before; "on Friday" in it is that day), strictly before it after "last",
    and strictly after it after "next" or in a sentence about the future ("a verdict is expected
    on Friday"). Without a publication day it only serves to introduce a full date."""

    def read(match: re.Match, published: date | None) -> Candidate | None:
        if misread(match):
            return None
        bounds = None
        if published is not None:
            direction = _direction(_group(match, "which"))
            if direction == 0 and future_cue.search(_sentence_before(match)):
                direction = 1
            mode = "before" if direction < 0 else "after" if direction > 0 else "recent"
            day = weekday_date(published, weekday_number(match.group("weekday")), mode)
            bounds = Bounds(day, day, "day")
        return Candidate(*_span(match), bounds=bounds, weekday=True)

    return read


def shift(unit: str, amount: int, misread: Callable[[re.Match], bool] = lambda match: False) -> Reader:
    """A fixed step from publication: "yesterday" is one day back, "today" none."""

    def read(match: re.Match, published: date | None) -> Candidate | None:
        if published is None or misread(match):
            return None
        return Candidate(*_span(match), bounds=shifted(published, unit, amount))

    return read


def unit_shift(match: re.Match, published: date | None) -> Candidate | None:
    """"last month", "l'an dernier", "العام الماضي", "this year": the calendar month or year
    one step from (or containing) publication."""
    if published is None:
        return None
    unit = UNITS[match.group("unit").casefold()]
    return Candidate(*_span(match), bounds=shifted(published, unit, _direction(match.group("which"))))


def ago(language: str) -> Reader:
    """"two years ago", "il y a trois mois", "قبل عامين": the day, month or year that far back."""

    def read(match: re.Match, published: date | None) -> Candidate | None:
        if published is None:
            return None
        unit_word = match.group("unit").casefold()
        count = (_group(match, "count") or "").casefold()
        if not count:
            amount = 2 if unit_word in DUALS else 1
        elif count in NUMBER_WORDS.get(language, {}):
            amount = NUMBER_WORDS[language][count]
        else:
            amount = int(count)
        return Candidate(*_span(match), bounds=shifted(published, UNITS[unit_word], -amount))

    return read
