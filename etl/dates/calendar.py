"""Calendar bounds: what a day, a month, a year or a range of them covers, and
how a partial or relative expression lands on the calendar given the publication date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

Precision = Literal["day", "month", "year", "range"]

MIN_YEAR, MAX_YEAR = 1800, 2099


@dataclass(frozen=True)
class Bounds:
    start: date
    end: date
    precision: Precision


@dataclass(frozen=True)
class Parts:
    """The calendar fields an expression states; what it leaves out comes from context."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


def day_bounds(year: int, month: int, day: int) -> Bounds | None:
    try:
        value = date(year, month, day)
    except ValueError:  # 31 June, 29 February of a common year
        return None
    return Bounds(value, value, "day")


def month_bounds(year: int, month: int) -> Bounds:
    return Bounds(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")


def year_bounds(year: int) -> Bounds:
    return Bounds(date(year, 1, 1), date(year, 12, 31), "year")


def years_bounds(first: int, last: int) -> Bounds:
    return Bounds(date(first, 1, 1), date(last, 12, 31), "range")


def plausible_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def bounds_of(parts: Parts, published: date | None) -> Bounds | None:
    """Bounds of what `parts` state; without a year, the latest occurrence that began on or
    before publication (news report the past: "on June 30" in a November article)."""
    if parts.year is not None:
        if not plausible_year(parts.year):
            return None
        if parts.month is None:
            return year_bounds(parts.year) if parts.day is None else None
        if parts.day is None:
            return month_bounds(parts.year, parts.month)
        return day_bounds(parts.year, parts.month, parts.day)
    if parts.month is None or published is None:
        return None
    for year in (published.year, published.year - 1):
        bounds = bounds_of(replace(parts, year=year), None)
        if bounds is not None and bounds.start <= published:
            return bounds
    return None


def upcoming_occurrence(published: date, parts: Parts) -> Bounds | None:
    """The first occurrence not over by publication, for the future: "will open on 8 March"."""
    for year in (published.year, published.year + 1):
        bounds = bounds_of(replace(parts, year=year), None)
        if bounds is not None and bounds.end >= published:
            return bounds
    return None


def previous_occurrence(published: date, parts: Parts) -> Bounds | None:
    """"last November", "novembre dernier", "16 نوفمبر الماضي": the latest one before
    the publication month (or day, for a day)."""
    for year in (published.year, published.year - 1):
        bounds = bounds_of(replace(parts, year=year), None)
        if bounds is not None and (bounds.end < published if parts.day else bounds.end < published.replace(day=1)):
            return bounds
    return None


def next_occurrence(published: date, parts: Parts) -> Bounds | None:
    for year in (published.year, published.year + 1):
        bounds = bounds_of(replace(parts, year=year), None)
        if bounds is not None and bounds.start > published:
            return bounds
    return None


def range_bounds(first: Parts, last: Parts, published: date | None) -> Bounds | None:
    """"16 to 18 November 2023", "March to June 2012", "2011–2018": the end states what the
    start leaves out; the two ends must be in order and not overlap."""
    if last.day is not None and last.month is None:
        return None
    if first.day is not None and first.month is None:
        if last.day is None:
            return None
        first = replace(first, month=last.month)
    if first.month is None and first.year is None:
        return None
    if last.year is None and first.year is not None:
        last = replace(last, year=first.year)
        end = bounds_of(last, None)
        if end is not None and first.month is not None and end.start < bounds_of(first, None).start:
            end = bounds_of(replace(last, year=first.year + 1), None)
    else:
        end = bounds_of(last, published)
    if end is None:
        return None
    if first.year is None:
        first = replace(first, year=end.start.year)
        start = bounds_of(first, None)
        if start is not None and start.end >= end.start:  # "December to March 2012" starts the year before
            start = bounds_of(replace(first, year=first.year - 1), None)
    else:
        start = bounds_of(first, None)
    if start is None or start.end >= end.start:
        return None
    return Bounds(start.start, end.end, "range")


def weekday_date(published: date, weekday: int, direction: Literal["recent", "before", "after"]) -> date:
    """The weekday nearest publication: "recent" the latest on or before it (a Friday article's
    "Friday" is that day), "before" strictly earlier ("last Friday"), "after" strictly later
    ("next Friday", "will rule on Friday")."""
    if direction == "after":
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    back = (published.weekday() - weekday) % 7
    if direction == "before":
        back = back or 7
    return published - timedelta(days=back)


def shifted(published: date, unit: Literal["day", "month", "year"], amount: int) -> Bounds:
    """The day, month or year `amount` units from publication (negative: before)."""
    if unit == "day":
        day = published + timedelta(days=amount)
        return Bounds(day, day, "day")
    if unit == "month":
        moved = published + relativedelta(months=amount)
        return month_bounds(moved.year, moved.month)
    return year_bounds(published.year + amount)
