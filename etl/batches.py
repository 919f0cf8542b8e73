"""Batch files: how stages hand large data to each other between Airflow tasks (JSON lines),
so only small paths travel as XComs. They live under `CASEFILE_BATCH_URL` — any fsspec URL
(`s3://bucket/casefile`, `gs://…`, a shared mount), by default `CASEFILE_HOME/batches`."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable

import fsspec

from etl.document import Document
from etl.failures import Failure
from etl.fetch import Lead
from etl.settings import casefile_home


def batch_root() -> str:
    return os.environ.get("CASEFILE_BATCH_URL") or str(casefile_home() / "batches")


def batch_dir(run_id: str) -> str:
    """A folder (URL) for one run's batches; created when it is local."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in run_id)
    path = f"{batch_root().rstrip('/')}/{safe}"
    fs, _, [local] = fsspec.get_fs_token_paths(path)
    fs.makedirs(local, exist_ok=True)
    return path


def exists(path: str) -> bool:
    fs, _, [local] = fsspec.get_fs_token_paths(path)
    return fs.exists(local)


def write_lines(path: str, rows: Iterable[dict]) -> str:
    """Write all rows, then move into place, so a reader never sees half a batch."""
    tmp = f"{path}.tmp"
    with fsspec.open(tmp, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    fs, _, [local_tmp] = fsspec.get_fs_token_paths(tmp)
    fs.mv(local_tmp, fsspec.get_fs_token_paths(path)[2][0])
    return path


def read_lines(path: str) -> list[dict]:
    with fsspec.open(path, "r", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def write_leads(path: str, leads: list[Lead]) -> str:
    return write_lines(path, ({"url": l.url, "source": l.source, "hints": l.hints} for l in leads))


def read_leads(path: str) -> list[Lead]:
    return [Lead(**row) for row in read_lines(path)]


def write_documents(path: str, documents: list[Document]) -> str:
    return write_lines(path, (d.as_json() for d in documents))


def read_documents(path: str) -> list[Document]:
    return [Document.model_validate(row) for row in read_lines(path)]


def write_failures(path: str, failures: list[Failure]) -> str:
    return write_lines(path, (f.model_dump(mode="json") for f in failures))


def read_failures(path: str) -> list[Failure]:
    return [Failure.model_validate(row) for row in read_lines(path)]
