"""Builds etl/entities/lexicons/common_words_<lang>.txt: the most frequent words of English,
French and Arabic, from `wordfreq` (Robyn Speer; word lists Apache-2.0 / CC-BY-SA 4.0).

The entity rules use them to tell a name from an everyday word where capitals cannot:
a capitalised heading word ("Contexte :", "Communiqué de presse") is no place, and an
Arabic given name followed by a rare word ("مازن دباغ") is a person, where one followed
by a common word ("كامل الأراضي") is not.

Run once when the lists should change (the result is committed):
    pip install wordfreq==3.1.1 && python scripts/build_common_words.py
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list

SIZES = {"en": 10_000, "fr": 10_000, "ar": 20_000}
OUTPUT_DIR = Path(__file__).resolve().parents[1] / "etl" / "entities" / "lexicons"


def main() -> None:
    for language, size in SIZES.items():
        words = top_n_list(language, size)
        path = OUTPUT_DIR / f"common_words_{language}.txt"
        header = f"# The {size} most frequent {language} words of wordfreq 3.1.1 (word lists CC-BY-SA 4.0); built by scripts/build_common_words.py, do not edit by hand."
        path.write_text("\n".join([header] + words) + "\n", encoding="utf-8")
        print(f"{path}: {len(words)} words")


if __name__ == "__main__":
    main()
