"""The strict mapping in mappings/ and the Document model describe the same fields."""

import json
import typing
from datetime import date, datetime

from pydantic import BaseModel

from etl.document import Document
from etl.elastic.index import MAPPINGS_DIR, index_template

SCALARS = {str: {"keyword", "text"}, int: {"integer", "long"}, datetime: {"date"}, date: {"date"}}


def model_fields(model: type[BaseModel]) -> dict:
    """Field name -> nested dict for sub-models, or the python type."""
    fields = {}
    for name, info in model.model_fields.items():
        annotation = info.annotation
        args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
        inner = args[0]
        if typing.get_origin(inner) is list:
            inner = typing.get_args(inner)[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            fields[name] = model_fields(inner)
        else:
            fields[name] = inner
    return fields


def test_mapping_has_exactly_the_document_fields():
    mapping = index_template("casefile-documents", modules=set())["template"]["mappings"]
    assert mapping["dynamic"] == "strict"

    def compare(fields: dict, properties: dict, path: str = ""):
        expected = set(fields)
        if path == "":
            expected.discard("entity_names")  # a dict of per-type name lists, mapped per type below
        assert set(properties) - {"entity_names"} == expected, f"mapping and model differ at {path or 'top level'}"
        for name, kind in fields.items():
            if name == "entity_names" and path == "":
                continue
            prop = properties[name]
            if kind == {"gte": date, "lte": date}:
                assert prop["type"] == "date_range", f"{path}{name} should be a date_range"
            elif isinstance(kind, dict):
                assert "properties" in prop, f"{path}{name} should be an object in the mapping"
                compare(kind, prop["properties"], f"{path}{name}.")
            elif kind in SCALARS:
                assert prop["type"] in SCALARS[kind], f"{path}{name}: {prop['type']} for {kind}"

    compare(model_fields(Document), mapping["properties"])


def test_entity_name_facets_cover_every_entity_type():
    from etl.document import ENTITY_TYPES

    mapping = index_template("x", modules=set())["template"]["mappings"]["properties"]["entity_names"]["properties"]
    assert set(mapping) == {t.lower() for t in ENTITY_TYPES}
    assert all(field["type"] == "keyword" for field in mapping.values())


def test_language_subfields_only_where_the_node_has_analyzers():
    minimal = index_template("x", modules={"x-pack-core"})["template"]["mappings"]["properties"]
    full = index_template("x", modules={"analysis-common", "x-pack-core"})["template"]["mappings"]["properties"]
    assert "fields" not in minimal["text"] or "en" not in minimal["text"]["fields"]
    assert full["text"]["fields"]["fr"]["analyzer"] == "french"
    assert full["title"]["fields"]["raw"]["type"] == "keyword"


def test_mapping_files_are_valid_json():
    for path in MAPPINGS_DIR.glob("*.json"):
        json.loads(path.read_text())
