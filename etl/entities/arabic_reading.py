"""Arabic: a statistical NER that reads the domain layer's entities and corrects them.

No pre-trained Arabic NER can be installed from the registries reachable here, and one
trained from scratch on this project's Arabic text read names worse than the domain layer
(F1 0.63 against 0.79 on fresh development sets). This model is trained on the same kind
of text, but every word carries the domain layer's reading as a feature (`B-GPE`, `I-ORG`,
`O` in `Token.tag_`), so it starts from the rules and learns where they go wrong: names in
contexts no rule knows, spans cut short or run on, types confused, false names. Its spans
replace the domain layer's entities; a span that is exactly one of their mentions keeps
that entity's canonical name.

Words are split from their proclitics (و، ف، ب، ل، ك) before the model reads them, so that
"وبيروت" and "بيروت" are the same word to it and a name's span never takes in a
conjunction or a preposition.

Three models trained alike but for their random seed read each text, and a span stands
when two of them agree on it and on its type: one model alone varies with its seed by
about half a point of F1, and the vote is better than any of them. Their weights are in
`domain_ner/ar/seed<n>/` (`training.py` and `scripts/train_ner.py` rebuild them).
Without them, or when `CASEFILE_SPACY_MODEL_AR` names a model, the domain layer's entities
are kept as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from etl.document import Entity, Mention
from etl.entities.canonicalisation import AR_OUTLET_DESCRIPTORS
from etl.entities.gazetteer import load_gazetteer, normalize
from etl.entities.lexicon import arabic_town_names, common_words, conjunction_or_preposition_and_word, given_names, word_ranks
from etl.entities.models import ARABIC_PROCLITICS, DOMAIN_NER_DIR, RARE
from etl.entities.rules import AR_OTHER_NAME_HEADS, AR_TOWN_DESCRIPTORS

WEIGHTS_DIR = DOMAIN_NER_DIR / "ar"
OUTSIDE = "O"
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
ARTICLE_AFTER_LAM = re.compile(r"([وف]?ل)ل\w\w")
WORD_OR_SIGN = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671-\u06D3\w]+|\S")
# The NER's own token-to-vector layer, with the domain layer's tag of each word as a fifth feature.
NER_CONFIG = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": 96,
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"],
                "rows": [5000, 1000, 2500, 2500, 100],
                "include_static_vectors": False,
            },
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 96, "depth": 4, "window_size": 1, "maxout_pieces": 3},
        },
    }
}


class ProcliticSplitter:
    """Whitespace and punctuation tokens, with a word's proclitics as tokens of their own."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces, position = [], [], 0
        for match in WORD_OR_SIGN.finditer(text):
            self._gap(text[position:match.start()], words, spaces)
            for piece in _pieces(match.group()):
                words.append(piece)
                spaces.append(False)
            position = match.end()
        self._gap(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    @staticmethod
    def _gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        if gap.startswith(" ") and words:
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)


def _pieces(word: str) -> list[str]:
    """A word, or its proclitics and the rest. "لل" is always "ل" + the article without its
    alif ("للمحكمة"). Otherwise, of the ways to split a word, one that leaves a known word
    more frequent than the whole ("و" + "بغداد", not "وب" + "غداد"; "وكيل" stays whole); a
    known word stays whole ("بيروت"); an unknown name loses what looks like a proclitic,
    the same way wherever it stands ("كفرسوسة" is "ك" + "فرسوسة" everywhere)."""
    if not ARABIC_LETTER.match(word):
        return [word]
    contracted = ARTICLE_AFTER_LAM.match(word)
    if contracted:
        return [*contracted.group(1), word[contracted.end(1):]]
    splits = [proclitic for proclitic in ARABIC_PROCLITICS if word.startswith(proclitic) and len(word) - len(proclitic) >= 2]
    known, ranks, whole = _known_words(), word_ranks("ar"), normalize(word)
    for proclitic in splits:
        rest = normalize(word[len(proclitic):])
        if rest in known and ranks.get(rest, RARE) <= ranks.get(whole, RARE):
            return [*proclitic, word[len(proclitic):]]
    if not splits or whole in known:
        return [word]
    return [*splits[0], word[len(splits[0]):]]


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    return common_words("ar") | arabic_town_names() | given_names()


def new_pipeline(vocab: Vocab | None = None) -> Language:
    nlp = spacy.blank("ar", vocab=vocab or True)
    nlp.tokenizer = ProcliticSplitter(nlp.vocab)
    nlp.add_pipe("ner", config=NER_CONFIG)
    return nlp


@lru_cache(maxsize=1)
def trained_pipelines() -> tuple[Language, ...]:
    """The models of `WEIGHTS_DIR/<member>/`, each trained with its own seed, on one
    vocabulary so that they can read copies of one tagged doc."""
    pipelines = []
    for member in sorted(path for path in WEIGHTS_DIR.glob("*") if (path / "model").is_file()):
        nlp = new_pipeline(pipelines[0].vocab if pipelines else None)
        nlp.get_pipe("ner").from_disk(member, exclude=["vocab"])
        pipelines.append(nlp)
    return tuple(pipelines)


def tagged_doc(nlp: Language, text: str, entities: list[Entity]) -> tuple[Doc, dict[tuple[int, int], Entity]]:
    """`text` as tokens tagged with the entities' mentions, and the entity of each mention's tokens."""
    doc = nlp.make_doc(text)
    for token in doc:
        token.tag_ = OUTSIDE
    entity_at = {}
    for entity in entities:
        for mention in entity.mentions:
            span = doc.char_span(stem_start(text, mention.start), mention.end, alignment_mode="expand")
            if span is None:
                continue
            entity_at[(span.start, span.end)] = entity
            for index, token in enumerate(span):
                token.tag_ = ("B-" if index == 0 else "I-") + entity.type
    return doc, entity_at


def stem_start(text: str, start: int) -> int:
    """Where a mention's name starts: the domain layer's "للمحكمة" is read as "ل" + "لمحكمة",
    as the model's proclitic tokens and the marked training text write it."""
    return start + 1 if text.startswith("لل", start) else start


def read_again(entities: list[Entity], text: str) -> list[Entity]:
    """The entities of Arabic `text` as the models read them, given the domain layer's
    `entities`: the spans most of the models agree on, type included."""
    pipelines = trained_pipelines()
    if not pipelines:
        return entities
    doc, entity_at = tagged_doc(pipelines[0], text, entities)
    votes: Counter[tuple[int, int, str]] = Counter()
    for nlp in pipelines:
        votes.update((span.start, span.end, span.label_) for span in nlp.get_pipe("ner")(doc.copy()).ents)
    agreed = [Span(doc, start, end, label=label) for (start, end, label), count in votes.most_common() if 2 * count > len(pipelines)]
    found: dict[tuple[str, str], Entity] = {}
    read_up_to = 0
    for span in sorted(filter_spans(agreed), key=lambda span: span.start):
        if span.start < read_up_to:
            continue  # inside a ministry's portfolios
        span = _person_before_a_word(span) if span.label_ == "PERSON" else span
        span = _ministry_with_its_portfolios(span) if span.label_ == "ORG" else span
        span = _listed_name_cut_short(span, entity_at)
        read_up_to = span.end
        known = entity_at.get((span.start, span.end))
        name = known.name if known else _name_as_written(text, span.start_char, span.end_char, span.label_)
        entity = found.setdefault((span.label_, normalize(name)), Entity(type=span.label_, name=name))
        entity.mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text))
    return sorted(_with_short_names_merged(list(found.values())), key=lambda entity: entity.mentions[0].start)


def _person_before_a_word(span: Span) -> Span:
    """A person's span that runs on into "و" or "ب" and an everyday word ends before them, as
    the domain layer's do ("هوغو سبادافورا [وقتله]"); the models read a proclitic as a word
    of its own ("وقتله" is read "و" + "قتله", "وليد" "و" + "ل" + "يد")."""
    doc = span.doc
    for token in span[1:]:
        if token.text not in ("و", "ب") or not doc[token.i - 1].whitespace_ or token.whitespace_:
            continue
        end = token.i
        while end < len(doc) and not doc[end].whitespace_:
            end += 1
        if conjunction_or_preposition_and_word(doc[token.i:end + 1].text):
            return Span(doc, span.start, token.i, label=span.label_)
    return span


def _listed_name_cut_short(span: Span, entity_at: dict[tuple[int, int], Entity]) -> Span:
    """Where the models cut a listed name short by two words or more ("نظام روما الأساسي
    [للمحكمة الجنائية الدولية]") and the domain layer found the whole, the whole stands. Not a
    shorter difference: the guidelines leave out a descriptor or a group word that some listed
    aliases carry ("تنظيم القاعدة", "المحكمة العليا الأمريكية")."""
    listed = _listed_names()
    for (start, end), entity in entity_at.items():
        if entity.type == span.label_ and start == span.start and end >= span.end + 2:
            if normalize(span.doc[start:end].text) in listed:
                return Span(span.doc, start, end, label=span.label_)
    return span


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    return load_gazetteer().normalized_aliases("ar")


def _ministry_with_its_portfolios(span: Span) -> Span:
    """A ministry's span runs on through the portfolios joined by "و", each with its adjectives,
    as ministries are named ("وزارة الداخلية [والجماعات المحلية]", "وزارة الخارجية [وشؤون
    الكومنولث]"); not into a name of its own ("وزارة الداخلية والهلال الأحمر")."""
    doc = span.doc
    if normalize(span[0].text) != normalize("وزارة"):
        return span
    end = span.end
    while end + 1 < len(doc) and doc[end].text == "و" and not doc[end].whitespace_ and doc[end + 1].tag_ == OUTSIDE:
        portfolio = doc[end + 1].text
        if not portfolio.startswith("ال") and portfolio != "شؤون" or normalize(portfolio) in NOT_A_PORTFOLIO:
            break
        end += 2
        if portfolio == "شؤون" and end < len(doc) and doc[end].text.startswith("ال"):
            end += 1  # "شؤون الكومنولث"
        adjectives = 0
        while end < len(doc) and adjectives < 2 and doc[end].tag_ == OUTSIDE and MINISTRY_ADJECTIVE.match(doc[end].text):
            end, adjectives = end + 1, adjectives + 1
    return Span(doc, span.start, end, label=span.label_) if end > span.end else span


NOT_A_PORTFOLIO = frozenset(normalize(word) for word in AR_OTHER_NAME_HEADS)
# A definite adjective: "المحلية", "الدولي", "السودانية"
MINISTRY_ADJECTIVE = re.compile(r"^ال\w+(ي|ية)$")


def _name_as_written(text: str, start: int, end: int, kind: str) -> str:
    name = text[start:end]
    # "للمحكمة": "ل" + "المحكمة", the article's alif dropped
    if name.startswith("ل") and start > 0 and text[start - 1] == "ل":
        name = "ا" + name
    first, _, rest = name.partition(" ")
    if rest and normalize(first) in NAMELESS_DESCRIPTORS.get(kind, ()):
        name = rest  # the guidelines name "صحيفة الأطلسين" "الأطلسين", "مدينة غزة" "غزة"
    return _nisba(name) if kind == "NORP" else name


# Descriptors the guidelines leave out of a name, by the name's type; not "قناة" before a
# place ("قناة السويس", a canal), nor "منطقة" ("منطقة أبيي" is the Abyei Area's name).
NAMELESS_DESCRIPTORS = {
    "ORG": AR_OUTLET_DESCRIPTORS,
    "GPE": {normalize(word) for word in AR_TOWN_DESCRIPTORS + ["ولاية"]},
}
# A nisba's feminine and plural endings, longest first: "تشيلية", "تشيليون", "تشيليين", "تشيليات"
NISBA_ENDINGS = ("يون", "يين", "يات", "ية")


def _nisba(word: str) -> str:
    """A group word the lists do not know, named as the guidelines name group words: the
    masculine singular indefinite nisba ("التشيليين" → "تشيلي")."""
    if " " in word:
        return word
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    for ending in NISBA_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + "ي"
    return word


def _with_short_names_merged(entities: list[Entity]) -> list[Entity]:
    """A person named by the last words of another's name is that person ("الأسد", "بشار الأسد")."""
    people = [entity for entity in entities if entity.type == "PERSON"]
    kept = []
    for entity in entities:
        short = normalize(entity.name)
        longer = [other for other in people if other is not entity and normalize(other.name).endswith(" " + short)] if entity.type == "PERSON" else []
        if len(longer) == 1:
            longer[0].mentions.extend(entity.mentions)
            longer[0].mentions.sort(key=lambda mention: mention.start)
        else:
            kept.append(entity)
    return kept
