"""Whether an Arabic word looks like a name rather than an everyday word.

Arabic has no capitals, and no statistical NER model is installable here, so a village, a
quarter or a foreign surname that no list holds looks like any other word. Its letters
still tell: a transliterated name ("روبكونا", "تشولوتيكا", "سيلانغور") is spelt unlike
Arabic words with their suffixes ("ساحته", "مسؤوليتهم", "اعتصامات"). A naive Bayes model
over letter n-grams, trained when first used on the committed lists (names of towns and
given names against the most frequent words and their suffixed forms), scores a word by
the log-odds that it is a name.

Native Arabic place names ("خراطة", "بعقلين") read as words: the score finds mostly
transliterations. `given_names` uses it for people no list knows (two such words in a row,
outside a place's context: "مبويسا ماخوبو") and to end a name before an everyday word;
`arabic_places` to carry a place on through its second word ("تانجونغ بريوك").
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from etl.entities.gazetteer import normalize
from etl.entities.lexicon import arabic_given_names, arabic_towns, common_words, transliterated_given_names, word_ranks

# Log-odds above which a word is a name (chosen on the dev sets: of the words after "في",
# every everyday word of four letters or more scored under it).
NAME_LIKENESS = 7.0
# ... and above which a word before such a name reads as its given name ("فلورا", "توبي";
# not "تلال", "لاجئون").
GIVEN_NAME_LIKENESS = 2.0
# ... and under which a rare word is spelt as an everyday one: a participle, a verbal noun,
# a verb with its object ("منظورة", "إخفاقات"; native family names score above it: "بلعيد").
EVERYDAY_WORD_LIKENESS = -12.0
MIN_LETTERS = 4
# How many of the most frequent words also give suffixed forms to learn from ("ساحته").
SUFFIXED_WORDS = 6000
SUFFIXES = ("ه", "ها", "هم", "هما", "ي", "نا", "ات", "ين", "ون", "وا", "يون", "يين", "ا")
# Conjunctions and verb prefixes glued to the front ("ويجوز", "فغادر").
PREFIXES = ("و", "ف", "ب", "ل")
NGRAM_SIZES = (1, 2, 3)


def looks_like_a_name(word: str) -> bool:
    """An indefinite word of four letters or more, no frequent word, spelt like a name."""
    return (
        len(word) >= MIN_LETTERS
        and not word.startswith("ال")
        and word not in common_words("ar")
        and name_likeness(word) >= NAME_LIKENESS
    )


@lru_cache(maxsize=65536)
def name_likeness(word: str) -> float:
    """Log-odds that the (normalized) word is a name rather than an everyday word."""
    names, words, vocabulary = _model()
    score = 0.0
    for gram in _ngrams(word):
        score += math.log((names.counts[gram] + 1) / (names.total + vocabulary))
        score -= math.log((words.counts[gram] + 1) / (words.total + vocabulary))
    return score + math.log(names.examples / words.examples)


class _Counts:
    def __init__(self, examples: set[str]) -> None:
        self.examples = len(examples)
        self.counts: Counter[str] = Counter(gram for word in examples for gram in _ngrams(word))
        self.total = sum(self.counts.values())


@lru_cache(maxsize=1)
def _model() -> tuple[_Counts, _Counts, int]:
    names = {word for name, _ in arabic_towns() for word in _words(name)}
    names |= set(arabic_given_names()) | transliterated_given_names()
    ranks = word_ranks("ar")
    frequent = [word for word in sorted(ranks, key=ranks.__getitem__) if not word.startswith("ال")]
    words = set(frequent) | {word + suffix for word in frequent[:SUFFIXED_WORDS] if len(word) > 2 for suffix in SUFFIXES}
    words |= {prefix + word for word in frequent for prefix in PREFIXES}
    words -= names
    name_counts, word_counts = _Counts(names), _Counts(words)
    return name_counts, word_counts, len(set(name_counts.counts) | set(word_counts.counts))


def _words(name: str) -> list[str]:
    return [normalize(word) for word in name.split() if not word.startswith("ال")]


def _ngrams(word: str) -> list[str]:
    marked = f"^{word}$"
    return [marked[i:i + n] for n in NGRAM_SIZES for i in range(len(marked) - n + 1)]
