"""Date expressions in a document's text, with inclusive calendar bounds.

The conventions are those of the evaluation set's guide (eval/GUIDELINES.md, section 2).
`find_dates` finds, in English, French and Arabic (all three when the language is unknown or
another one; numbers in any language):

- days: "16 November 2023", "November 16, 2023", "1er mars 2011", "16 تشرين الثاني/نوفمبر 2023",
  "16/11/2023" (day first, unless the first number cannot be a month), "2023-11-16" → "day";
- months: "March 2011", "mars 2011", "آذار/مارس 2011" → the whole month, "month";
- years: "2019" after "in", "en", "عام" or alone ("the 2013 attacks"), unless its neighbours make
  it a label or a count ("Resolution 2139", "S/2011/123", "No. 1089/2021", "ECLI:NL:2023:12",
  "more than 2000 detainees") → "year";
- ranges: "from 2011 to 2018", "between 2012 and 2015", "2011–2018", "2011–18", "from March to June
  2012", "16-18 November 2023", "November 16-18, 2023", "de 2011 à 2018", "du 16 au 18 novembre
  2023", "بين عامي 2009 و2019", "من آذار إلى حزيران 2012", decades ("the 1990s", "les années
  1990") → "range", from the first day of the first end to the last day of the last.

The span is the date itself: "on Thursday" → "Thursday", "يوم الخميس" → "الخميس", "عام 2013" →
"2013"; a range keeps its connectors, a relative expression its modifier ("last year").

With a publication date it also resolves what depends on it (without one these are skipped,
never guessed):

- weekdays ("Thursday's decision", "mercredi", "الخميس"): the latest such day on or before
  publication, so "Friday" in a Friday article is that very day; strictly before it after
  "last"/"dernier"/"الماضي"; strictly after it after "next"/"prochain"/"المقبل" or when the
  sentence speaks of the future ("a verdict is expected on Friday", "doit se prononcer lundi",
  "من المقرر");
- a day or month without its year ("on June 30", "le 3 mars", "in October", "في آذار"): the
  year of a day or month stated with its year shortly before in the same paragraph ("On 8 June
  2021 … On 10 October"); otherwise the latest occurrence on or before publication, or the next
  one on or after it when the sentence speaks of the future;
- "last November", "novembre dernier", "نوفمبر الماضي": the latest one before the publication
  month; "August last year", "août de l'année dernière", "آب من العام الماضي": that month of the
  previous year;
- today / aujourd'hui / ce jour / اليوم, yesterday / hier / أمس, tomorrow / demain / غداً, the
  day before yesterday / avant-hier / أول أمس → a day;
- "last/this/next month" and "year" and their French and Arabic forms; "two years ago", "il y a
  trois mois", "قبل عامين".

Not dates, as the guide sets: times of day, durations ("for three years", "pendant deux ans"),
ages, vague expressions ("in recent years") and week-based ones ("last week").
"""

from __future__ import annotations

from datetime import date, datetime

from etl.dates import grammar, spans
from etl.dates.lexicon import LANGUAGES
from etl.document import DateMention, DateRange


def find_dates(text: str, language: str | None, published_at: datetime | date | None) -> list[DateMention]:
    """Every date expression in `text`, in text order, with character offsets into `text`."""
    if not isinstance(text, str):
        raise TypeError(f"find_dates needs the document text as a str, got {type(text).__name__}")
    if published_at is not None and not isinstance(published_at, date):
        raise TypeError(f"find_dates needs the publication date as a datetime or date, got {published_at!r}")
    published = published_at.date() if isinstance(published_at, datetime) else published_at
    languages = (language,) if language in LANGUAGES else LANGUAGES
    neutral = grammar.neutral_candidates(text)
    candidates = []
    for code in languages:
        own = spans.with_stated_years(text, neutral + grammar.candidates(text, code, published))
        own += spans.with_weekdays(text, own)
        candidates += own + spans.ranges(text, own, code, published)
    return [
        DateMention(
            text=text[candidate.start : candidate.end],
            char_start=candidate.start,
            char_end=candidate.end,
            start=bounds.start,
            end=bounds.end,
            precision=bounds.precision,
            range=DateRange(gte=bounds.start, lte=bounds.end),
        )
        for candidate, bounds in spans.select(text, list(dict.fromkeys(candidates)), published)
    ]
