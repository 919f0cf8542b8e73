"""Batch files: how stages hand large data to each other between Airflow tasks (JSON lines
in a folder under CASEFILE_HOME), so only small paths travel as XComs."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from etl.document import Document
from etl.failures import Failure
from etl.fetch import Lead
from etl.settings import casefile_home


def batch_dir(run_id: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in run_id)
    path = casefile_home() / "batches" / safe
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_lines(path: Path, rows: Iterable[dict]) -> Path:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    tmp.replace(path)  # readers never see half a batch
    return path


def read_lines(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def write_leads(path: Path, leads: list[Lead]) -> Path:
    return write_lines(path, ({"url": l.url, "source": l.source, "hints": l.hints} for l in leads))


def read_leads(path: Path) -> list[Lead]:
    return [Lead(**row) for row in read_lines(path)]


def write_documents(path: Path, documents: list[Document]) -> Path:
    return write_lines(path, (d.as_json() for d in documents))


def read_documents(path: Path) -> list[Document]:
    return [Document.model_validate(row) for row in read_lines(path)]


def write_failures(path: Path, failures: list[Failure]) -> Path:
    return write_lines(path, (f.model_dump(mode="json") for f in failures))


def read_failures(path: Path) -> list[Failure]:
    return [Failure.model_validate(row) for row in read_lines(path)]
