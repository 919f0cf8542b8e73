"""Language detection on the short and mixed texts news and court documents contain."""

import subprocess
import sys

import pytest

from etl.language import detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Judges ordered the release of the detainees.", "en"),
        ("Les juges ont ordonné la libération des détenus.", "fr"),
        ("أمر القضاة بالإفراج عن المعتقلين.", "ar"),
    ],
)
def test_short_sentences(text, expected):
    assert detect_language(text) == expected


def test_too_short_to_tell_is_no_guess():
    assert detect_language("ICJ order") is None
    assert detect_language("ICJ order", hint="en") == "en"


def test_short_text_without_signal_takes_the_sources_hint():
    assert detect_language("2023 — 16/11", hint="fr") == "fr"
    assert detect_language("", hint="ar") == "ar"


def test_mixed_text_gets_its_dominant_language():
    english = (
        "The trial chamber heard closing statements on Monday. Defence lawyers argued that the "
        "prosecution had not proved command responsibility, while victims' representatives asked "
        "the judges to order reparations for the families of the disappeared. "
    )
    french_quote = "« Nous attendons justice depuis dix ans », a déclaré une avocate."
    assert detect_language(english * 3 + french_quote) == "en"
    arabic = "قالت المحكمة إن الأدلة كافية لإدانة المتهم بارتكاب جرائم ضد الإنسانية في السجن. "
    assert detect_language(arabic * 3 + "The verdict can be appealed.") == "ar"


def test_the_same_text_gets_the_same_answer_in_every_process():
    # langdetect is random unless seeded; the seed is set when etl.language is imported
    ambiguous = "Procès Paris Damascus Koblenz justice torture victims"
    code = f"from etl.language import detect_language; print(detect_language({ambiguous!r}))"
    answers = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout for _ in range(3)}
    assert len(answers) == 1
