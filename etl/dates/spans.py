"""From overlapping candidates to the expressions kept: a year stated just before lent to a
date that omits it, weekdays joined to the date they introduce, two dates joined into a range
("from 2011 to 2018", "du 16 au 18 novembre", "بين عامي 2011 و2013"), implausible numbers
dropped, and the longest expression kept where several overlap."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from etl.dates.calendar import Bounds, bounds_of, range_bounds
from etl.dates.context import plausible
from etl.dates.grammar import LEFT
from etl.dates.readers import Candidate

MAX_GAP = 16  # characters between the two ends of a range, or a weekday and its date
ANCHOR_REACH = 250  # how far back, within the paragraph, a full date lends its year

AR_YEAR_WORD = r"(?:(?:ال)?(?:عام|سنة)|عامي|العامين|سنتي)\s+"
# (between the two ends, between them when the range must open with "between"/"entre"/"بين")
CONNECTORS = {
    "en": (r"\s*[-–—]\s*|\s+(?i:to|until|till|through|thru)\s+", r"\s+(?i:and)\s+"),
    "fr": (r"\s*[-–—]\s*|\s+(?i:à|au|jusqu['’](?:à|au|en))\s+", r"\s+(?i:et)\s+"),
    "ar": (rf"\s*[-–—]\s*|\s+(?:إلى|الى|حتى|لغاية|وحتى|وإلى|والى|ولغاية)\s+(?:{AR_YEAR_WORD})?", rf"\s+و\s*(?:{AR_YEAR_WORD})?"),
}
# Words that open a range and belong to its text: (any range, one joined by "and"/"et"/"و").
OPENERS = {
    "en": (r"(?i:\b(?:from|between)\s+)$", r"(?i:\bbetween\s+)$"),
    "fr": (r"(?i:\b(?:de|du|des|entre)\s+|\bd['’])$", r"(?i:\bentre\s+)$"),
    "ar": (
        rf"{LEFT}(?:من|منذ|(?:ما\s+)?بين)\s+(?:{AR_YEAR_WORD}|(?:شهري|يومي)\s+)?$",
        rf"{LEFT}(?:ما\s+)?بين\s+(?:{AR_YEAR_WORD}|(?:شهري|يومي)\s+)?$",
    ),
}
WEEKDAY_TO_DATE = re.compile(r"\s*[,،]?\s*(?:(?i:the|le)\s+|الموافق\s+)?")


@cache
def _compiled(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    to, and_ = CONNECTORS[language]
    opener, between = OPENERS[language]
    return re.compile(to), re.compile(and_), re.compile(opener), re.compile(between)


def _following(candidates: list[Candidate], starts: list[int], end: int) -> Iterator[Candidate]:
    """Candidates starting within MAX_GAP characters after `end` (`candidates` sorted by start)."""
    index = bisect.bisect_left(starts, end)
    while index < len(candidates) and candidates[index].start <= end + MAX_GAP:
        yield candidates[index]
        index += 1


def with_stated_years(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A day or month without its year takes the year of the last day or month stated with
    its year shortly before, in the same paragraph ("On 8 June 2021 … On 10 October, the
    Court …"). A bare year does not lend: "a party since 2004 … the hearing in October" speaks
    of two moments."""
    stating = sorted(
        (c for c in candidates if c.parts is not None and c.parts.year is not None and c.parts.month is not None and plausible(text, c)),
        key=lambda c: c.end,
    )
    ends = [c.end for c in stating]
    result = []
    for candidate in candidates:
        parts = candidate.parts
        # One already set for the future ("the verdict is expected on 27 May") keeps that.
        if parts is not None and parts.year is None and parts.month is not None and candidate.standalone and candidate.bounds is None:
            anchor = _anchor(text, stating, ends, candidate.start)
            if anchor is not None:
                candidate = replace(candidate, lent_year=anchor.parts.year, bounds=None)
        result.append(candidate)
    return result


def _anchor(text: str, stating: list[Candidate], ends: list[int], start: int) -> Candidate | None:
    index = bisect.bisect_right(ends, start) - 1
    if index < 0 or start - stating[index].end > ANCHOR_REACH or "\n" in text[stating[index].end : start]:
        return None
    return stating[index]


def with_weekdays(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Thursday, 16 November 2023", "jeudi 16 novembre", "الخميس 16 نوفمبر": one expression."""
    dated = sorted((c for c in candidates if c.parts is not None and c.parts.day is not None and c.parts.month is not None), key=lambda c: c.start)
    starts = [c.start for c in dated]
    joined = []
    for weekday in (c for c in candidates if c.weekday):
        for day in _following(dated, starts, weekday.end):
            if WEEKDAY_TO_DATE.fullmatch(text, weekday.end, day.start):
                joined.append(replace(day, start=weekday.start))
    return joined


def ranges(text: str, candidates: list[Candidate], language: str, published: date | None) -> list[Candidate]:
    to, and_, opener, between = _compiled(language)
    ends = sorted((c for c in candidates if c.parts is not None), key=lambda c: c.start)
    starts = [c.start for c in ends]
    found = []
    for first in ends:
        before = text[max(0, first.start - 30) : first.start]
        opened, opened_between = opener.search(before), between.search(before)
        for last in _following(ends, starts, first.end):
            if to.fullmatch(text, first.end, last.start):
                opening = opened
            elif and_.fullmatch(text, first.end, last.start) and opened_between:
                opening = opened_between
            else:
                continue
            bounds = range_bounds(first.parts, last.completed(), published)  # the start takes the end's year
            if bounds is None:
                continue
            start = first.start - (len(opening.group(0)) if opening else 0)
            found.append(Candidate(start, last.end, bounds=bounds, bare=first.bare and last.bare and not opening))
    return found


def _resolved(candidate: Candidate, published: date | None) -> Bounds | None:
    if candidate.bounds is not None:
        return candidate.bounds
    if candidate.parts is not None and candidate.standalone:
        return bounds_of(candidate.completed(), published)
    return None


def select(text: str, candidates: list[Candidate], published: date | None) -> list[tuple[Candidate, Bounds]]:
    """Plausible, resolvable candidates; where several overlap, the longest (then the first)."""
    resolved = []
    for candidate in candidates:
        bounds = _resolved(candidate, published)
        if bounds is not None and plausible(text, candidate):
            resolved.append((candidate, bounds))
    resolved.sort(key=lambda item: (item[0].start - item[0].end, item[0].start))
    kept: list[tuple[Candidate, Bounds]] = []  # in text order, never overlapping
    starts: list[int] = []
    for candidate, bounds in resolved:
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and kept[index - 1][0].end > candidate.start:
            continue
        if index < len(kept) and kept[index][0].start < candidate.end:
            continue
        kept.insert(index, (candidate, bounds))
        starts.insert(index, candidate.start)
    return kept
