"""The enrichment stage and its place in the pipeline: every processed document carries
its entities and the per-type name facets."""

from __future__ import annotations

from etl.document import Document, content_sha256, document_id
from etl.enrich import enrich
from etl.process import process_one

STORY = (
    "Court orders Syria to preserve evidence\n\n"
    "The International Court of Justice (ICJ) on Thursday ordered Syria to prevent torture. "
    "Canada and the Netherlands brought the case against the government of Bashar al-Assad. "
    "Assad did not send a delegation to The Hague."
)


def _document(text: str, language: str) -> Document:
    url = "https://news.example.org/2023/11/icj-order"
    return Document(
        id=document_id(url), url=url, canonical_url=url, source="test", text=text, language=language,
        content_sha256=content_sha256(text),
    )


def test_enrich_fills_entities_and_name_facets():
    enriched = enrich(_document(STORY, "en"))
    by_name = {entity.name: entity for entity in enriched.entities}
    assert by_name["International Court of Justice"].type == "COURT"
    assert [m.text for m in by_name["Bashar al-Assad"].mentions] == ["Bashar al-Assad", "Assad"]
    assert enriched.entity_names["court"] == ["International Court of Justice"]
    assert {"Canada", "Netherlands", "Syria", "The Hague"} <= set(enriched.entity_names["gpe"])
    assert enriched.text == STORY  # offsets refer to this text, untouched


def test_enrich_uses_the_documents_language():
    text = "La Cour pénale internationale (CPI) siège à La Haye ; Bachar al-Assad n'y a jamais comparu."
    enriched = enrich(_document(text, "fr"))
    assert {("COURT", "Cour pénale internationale"), ("GPE", "La Haye"), ("PERSON", "Bachar al-Assad")} <= {
        (e.type, e.name) for e in enriched.entities
    }


def test_processed_file_carries_entities_in_its_json(tmp_path):
    path = tmp_path / "icj-order.txt"
    path.write_text(STORY, encoding="utf-8")
    document = process_one(str(path), url="https://news.example.org/2023/11/icj-order")
    assert document.language == "en"
    as_json = document.as_json()
    court = next(e for e in as_json["entities"] if e["name"] == "International Court of Justice")
    assert court["type"] == "COURT"
    assert all(document.text[m["start"]:m["end"]] == m["text"] for m in court["mentions"])
    assert "Bashar al-Assad" in as_json["entity_names"]["person"]
