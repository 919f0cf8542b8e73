"""Names that a document defines by the acronym in brackets after them:
"Office central de répression du banditisme (OCRB)", "Documentation and Security
Directorate (DDS)".

The models often find only part of such a name ("Association des victimes" of "Association
des victimes, parents et amis du 28 septembre 2009 (AVIPA)"). The long form is found as
Schwartz and Hearst describe (PSB 2003): the shortest run of words before the bracket
whose letters contain the acronym's letters in order, the first one starting the first
word. It replaces the partial names inside it, and `canonicalisation` links the acronym
to it.
"""

from __future__ import annotations

import re

from etl.entities.canonicalisation import CURRENCY_CODES, Candidate, retype_by_head

# An acronym has two capitals at least ("ICC", "ECtHR"); "(Tribunals)" is a word in brackets.
DEFINITION = re.compile(r"\(\s*[«\"“]?\s*([A-Z][a-z]*[A-Z][A-Za-z]{0,8})\s*[»\"”]?\s*\)")
SENTENCE_BREAK = re.compile(r"[.;:!?\n]\s")


def _long_form_start(words_text: str, acronym: str) -> int | None:
    """Where, in `words_text` (the text before the bracket), the long form of `acronym` starts."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    position = len(words_text) - 1
    for index in range(len(letters) - 1, -1, -1):
        while position >= 0 and (
            words_text[position].lower() != letters[index]
            or (index == 0 and position > 0 and words_text[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
    return position + 1


def _capitalised_start(text: str, window_start: int, start: int, letter: str) -> int | None:
    """A name starts with a capital: when the shortest long form does not ("documentation
    et de la sécurité (DDS)"), the nearest capitalised word before it with the acronym's
    first letter does ("Direction de la documentation ...")."""
    for match in reversed(list(re.finditer(rf"(?<!\w){re.escape(letter.upper())}\w*", text[window_start:start + 1]))):
        return window_start + match.start()
    return None


def defined_long_forms(text: str) -> list[tuple[int, int]]:
    """(start, end) of every long form an acronym in brackets defines."""
    found = []
    for match in DEFINITION.finditer(text):
        acronym = match.group(1)
        if acronym in CURRENCY_CODES:
            continue  # "20,000 euros (EUR)" names a currency, not a body
        end = match.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        window_start = max(0, end - 12 * len(acronym) - 40)
        breaks = list(SENTENCE_BREAK.finditer(text, window_start, end))
        window_start = breaks[-1].end() if breaks else window_start
        start = _long_form_start(text[window_start:end], acronym)
        if start is None:
            continue
        start = _capitalised_start(text, window_start, start + window_start, acronym[0])
        if start is None:
            continue
        words = text[start:end].split()
        if 2 <= len(words) <= 3 * len(acronym):
            found.append((start, end))
    return found


def with_defined_long_forms(candidates: list[Candidate], text: str) -> list[Candidate]:
    """`candidates` with each defined long form as one organisation, court or law, and
    without the partial names inside it. A name already reaching outside it stays."""
    for start, end in defined_long_forms(text):
        inside = [c for c in candidates if start <= c.start and c.end <= end]
        if any(c.start < end and start < c.end for c in candidates if c not in inside):
            continue
        if any(c.start == start and c.end == end for c in inside):
            continue
        kind = retype_by_head(text[start:end]) or "ORG"
        candidates = [c for c in candidates if c not in inside] + [Candidate(start, end, kind, "rule", form=text[start:end])]
    return candidates
