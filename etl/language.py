"""The language stage: langdetect, seeded so that the same text always gets the same answer."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

from etl.document import Document

DetectorFactory.seed = 0
MIN_PROBABILITY = 0.5
MIN_LETTERS = 15  # below this, langdetect answers confidently and often wrongly ("ICJ order" → Italian)


def detect_language(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of `text`, or `hint` (the source's declared language) when the text
    is too short or too mixed to tell."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return hint
    try:
        best = detect_langs(text[:5000])[0]
    except LangDetectException:
        return hint
    if best.prob < MIN_PROBABILITY:
        return hint
    return best.lang


def with_language(document: Document, hint: str | None = None) -> Document:
    sample = f"{document.title or ''}\n{document.text}"
    return document.model_copy(update={"language": detect_language(sample, hint)})
