"""Builds etl/entities/lexicons/given_names.txt, the given-name lexicon of the entity rules.

Source: the first names of `names-dataset` (Philippe Rémy, Apache-2.0; names and their
popularity rank per country, from public profiles). A name is kept when it ranks in the
top RANK of at least one country, is one word of Latin or Arabic letters, and is not a
common word of English or French (spaCy's stop words) or of Arabic (`wordfreq`):
popularity alone would also let in "Said", "Will" or "ولد". The file holds `gazetteer.normalize`d forms, one per line.

Run once when the lexicon should change (the result is committed, nothing downloads at
run time):
    pip install names-dataset==3.3.1 wordfreq==3.1.1 && python scripts/build_given_names.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from names_dataset import NameDataset
from wordfreq import top_n_list
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS

from etl.entities.gazetteer import normalize

RANK = 1000
RANK_ALSO_WORDS = 300
# Arabic has no capitals to tell a name from a word, and the source lists many everyday
# words as first names ("ولد" boy, "أنا" I): an Arabic name among the COMMON_ARABIC most
# frequent words is kept only if it is one of these names, which are rarely anything else.
COMMON_ARABIC = 3000
# Given names that are everyday words less frequent than that, but read as words too often
# ("أمل" hope, "إسلام" Islam, "كامل" complete; "باسم" is also "in the name of").
ARABIC_WORDS_TOO = (
    "أمل إيمان نور سلام حسن كريم جميل سعيد أمين عادل إسلام أسد أم أبو منى رحمة هدى وفاء حياة صباح فرح نصر عز بدر شمس "
    "قمر ماجد رشيد سالم ناصر مجد فضل خير عزيز حكيم كمال جمال نبيل شريف لطيف حبيب عيد فجر أمير منصور فائز حر حرة "
    "رئيس قائد صالح كامل باسم مصر ليبيا سوريا جنيف دولة عدالة حماية"
).split()
ARABIC_NAMES_ALSO_FREQUENT = (
    "محمد أحمد علي يوسف حسين إبراهيم ابراهيم محمود عمر مصطفى سليمان عثمان فيصل طارق فهد إسماعيل عيسى يحيى موسى عباس "
    "سلمان خليل بشار ماهر رامي سامر وائل وليد هشام زياد رياض عماد إياد أيمن أسامة حمزة عمار عمرو أنس مريم فاطمة زينب "
    "عائشة خديجة ليلى هالة رنا ريم سارة ساره عبدالله عبدالعزيز سعود سعد خالد"
).split()
OUTPUT = Path(__file__).resolve().parents[1] / "etl" / "entities" / "lexicons" / "given_names.txt"
ALSO_WORDS_OUTPUT = OUTPUT.with_name("given_names_also_words_ar.txt")
ARABIC_NAME = re.compile(r"^[\u0621-\u064a]{2,}$")


def is_latin_name(name: str) -> bool:
    """One capitalised word of Latin letters, accents included ("Uğur", "Łukasz")."""
    return (
        len(name) > 2
        and name[0].isupper()
        and name[1:].islower()
        and all(char.isalpha() and unicodedata.name(char, "").startswith("LATIN") for char in name)
    )


def popular(first_names: dict, rank: int) -> set[str]:
    return {name for name, facts in first_names.items() if facts.get("rank") and min(facts["rank"].values()) <= rank}


def main() -> None:
    stop_words = {normalize(word) for word in ENGLISH_STOP_WORDS | FRENCH_STOP_WORDS}
    first_names = NameDataset().first_names
    names = {
        normalize(name)
        for name in popular(first_names, RANK)
        if is_latin_name(name) or ARABIC_NAME.match(name)
    }
    names -= stop_words
    words_too = {normalize(word) for word in ARABIC_WORDS_TOO}
    frequent_arabic = {normalize(word) for word in top_n_list("ar", COMMON_ARABIC)} - {normalize(name) for name in ARABIC_NAMES_ALSO_FREQUENT}
    # An Arabic first name never carries the article: "العربي", "السلام" are words.
    everyday = {
        name
        for name in names
        if ARABIC_NAME.match(name)
        and (name in frequent_arabic or name in words_too or name.startswith("ال") or (name[0] == "و" and name[1:] in frequent_arabic))
    }
    names -= everyday
    # Kept apart: after a title ("الوزير كريم ...") these are names all the same.
    popular_everyday = sorted(name for name in everyday & {normalize(n) for n in popular(first_names, RANK_ALSO_WORDS)} if not name.startswith("ال"))
    ALSO_WORDS_OUTPUT.write_text("\n".join([
        f"# Arabic given names (top {RANK_ALSO_WORDS} of a country in names-dataset 3.3.1) that are also frequent words;",
        "# names only after a title. Built by scripts/build_given_names.py, do not edit by hand.",
    ] + popular_everyday) + "\n", encoding="utf-8")
    header = [
        f"# Given names: top {RANK} in at least one country of names-dataset 3.3.1 (Apache-2.0),",
        "# normalized; built by scripts/build_given_names.py, do not edit by hand.",
    ]
    OUTPUT.write_text("\n".join(header + sorted(names)) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(names)} names")


if __name__ == "__main__":
    main()
