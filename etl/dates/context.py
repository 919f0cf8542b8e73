"""Whether a number that looks like a date is one: "Resolution 2139", "ICC-01/14-01/21",
"S/2011/123", "ECLI:NL:2023:12", "more than 2000 detainees" and "page 2011" are not."""

from __future__ import annotations

import re
from functools import cache

from etl.dates.lexicon import COUNTED_NOUNS, DIGIT, DISTANT_LABEL_WORDS, LABEL_SIGNS, LABEL_WORDS, QUANTITY_WORDS, YEAR_CUES
from etl.dates.readers import Candidate

IDENTIFIER_MARKS = "/.:#№°º_\\+$€£¥%"


def _all(table: dict[str, list[str]]) -> list[str]:
    return [word for words in table.values() for word in words]


def _escaped(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    label = "|".join(_all(LABEL_WORDS))
    return {
        # "Resolution No. 2139", "Law n° 2012", and the later numbers of "Articles 2012 and 2013"
        "label": re.compile(
            rf"(?i)(?:(?<!\w)(?:{label})|[{LABEL_SIGNS}])\s*(?:(?:no\.?|n°|nº|رقم)\s*)?"
            rf"(?:{DIGIT}+(?:\s*,\s*|\s+(?:and|or|et|ou)\s+|\s+و\s*))*$"
        ),
        "distant_label": re.compile(rf"(?i)(?<!\w)(?:{'|'.join(DISTANT_LABEL_WORDS)})(?:\s+\S+){{1,4}}\s+$"),
        "quantity": re.compile(rf"(?i)(?<!\w)(?:{_escaped(_all(QUANTITY_WORDS))})\s+$"),
        "counted": re.compile(rf"(?i)^\s+(?:{_escaped(_all(COUNTED_NOUNS))})(?!\w)"),
        "year_cue": re.compile(rf"(?i)(?:^|(?<=\W))(?:{_escaped(_all(YEAR_CUES))})\s*$"),
        "number_before": re.compile(r"\d\s+$"),
        "number_after": re.compile(r"^\s+\d"),
    }


def _latin_or_digit(char: str) -> bool:
    """Letters of other scripts may touch a number: Arabic writes "و2015", "2011م"."""
    return char.isdigit() or (char.isalpha() and char.isascii())


def _identifier_before(text: str, start: int) -> bool:
    """A character glued to the number's left makes it part of a code or a reference."""
    if start == 0:
        return False
    left = text[start - 1]
    if left in IDENTIFIER_MARKS:
        return True
    if left in "-–‐":  # "ICC-2011" or "14-2011" are codes, "mid-2011" and "pre-2011" are years
        before = text[start - 2] if start >= 2 else ""
        return before.isdigit() or before.isupper() or before in "/-"
    return _latin_or_digit(left)


def _identifier_after(text: str, end: int) -> bool:
    if end >= len(text):
        return False
    right = text[end]
    if _latin_or_digit(right) or right in "/:%°_\\€$£":
        return True
    return right in ".,-–" and end + 1 < len(text) and text[end + 1].isdigit()  # "2011.5", "2011-3"


def plausible(text: str, candidate: Candidate) -> bool:
    if text[candidate.start].isdigit() and _identifier_before(text, candidate.start):
        return False
    if text[candidate.end - 1].isdigit() and _identifier_after(text, candidate.end):
        return False
    if not candidate.bare:
        return True
    patterns = _patterns()
    before = text[max(0, candidate.start - 60) : candidate.start]
    after = text[candidate.end : candidate.end + 40]
    year_cue = bool(patterns["year_cue"].search(before))
    if patterns["label"].search(before) or (patterns["distant_label"].search(before) and not year_cue):
        return False
    if patterns["number_before"].search(before[-3:]) or patterns["number_after"].search(after[:3]):
        return False  # a run of numbers: a phone number, a table row, a reference
    if not text[candidate.start : candidate.end].isdigit():
        return True  # a count is one number: "2011-2018 records" are records of those years
    if patterns["quantity"].search(before):
        return False
    return year_cue or not patterns["counted"].search(after)
