"""Failures that survive a run: every address that failed a stage is kept, with its reason,
in the `<alias>-failures` index (so every worker sees it) and retried on the next run of
its source; a success removes it."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from elasticsearch import Elasticsearch, NotFoundError
from pydantic import BaseModel, Field

from etl.elastic.index import MAPPINGS_DIR
from etl.fetch import utcnow


class Failure(BaseModel):
    url: str
    source: str
    stage: str
    reason: str
    attempts: int = 1
    first_failed_at: datetime = Field(default_factory=utcnow)
    last_failed_at: datetime = Field(default_factory=utcnow)
    hints: dict[str, Any] = Field(default_factory=dict)


def _failure_id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:32]


class FailureStore:
    def __init__(self, client: Elasticsearch, alias: str):
        self.client = client
        self.index = f"{alias}-failures"

    def ensure(self) -> None:
        if not self.client.indices.exists(index=self.index):
            body = json.loads((MAPPINGS_DIR / "failures.json").read_text())
            self.client.indices.create(index=self.index, mappings=body["mappings"])

    def record(self, failure: Failure) -> Failure:
        try:
            previous = Failure.model_validate(self.client.get(index=self.index, id=_failure_id(failure.url))["_source"])
            failure = failure.model_copy(
                update={"attempts": previous.attempts + 1, "first_failed_at": previous.first_failed_at}
            )
        except NotFoundError:
            pass
        self.client.index(index=self.index, id=_failure_id(failure.url), document=failure.model_dump(mode="json"))
        return failure

    def clear(self, urls: list[str]) -> None:
        for url in urls:
            try:
                self.client.delete(index=self.index, id=_failure_id(url))
            except NotFoundError:
                pass

    def pending(self, source: str) -> list[Failure]:
        self.client.indices.refresh(index=self.index)
        response = self.client.search(index=self.index, query={"term": {"source": source}}, size=10_000)
        return [Failure.model_validate(hit["_source"]) for hit in response["hits"]["hits"]]
