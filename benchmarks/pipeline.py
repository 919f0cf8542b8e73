"""Throughput and memory of each stage, on the sample site pages and the evaluation set.

    python benchmarks/pipeline.py [--repeat N]

Prints, per stage, documents per second (median of N passes) and the process's peak
resident memory after the stage. Models are loaded before timing (a warm-up pass), so
the figures are steady-state per-document costs, not start-up.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from etl.dates import find_dates
from etl.document import Document, content_sha256, document_id
from etl.entities import find_entities
from etl.extract import extract
from etl.fetch import Lead, read_local_file
from etl.language import with_language
from etl.near_dupes import MemoryClusterStore, assign_clusters
from etl.sample_site.server import SITE_ROOT

REPO = Path(__file__).resolve().parents[1]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, count: int, repeat: int, work: Callable[[], object]) -> None:
    work()  # warm-up: loads models, fills caches
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    median = statistics.median(seconds)
    print(f"{label:<28} {count:>5} docs  {count / median:>9.1f} docs/s  {1000 * median / count:>8.2f} ms/doc  peak {peak_mib():>7.1f} MiB")


def eval_documents() -> list[Document]:
    documents = []
    for path in sorted((REPO / "eval" / "documents").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        url = f"https://eval.example/{path.stem}"
        documents.append(Document(id=document_id(url), url=url, canonical_url=url, source="eval", text=text, content_sha256=content_sha256(text)))
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat

    pages = [p for p in sorted(SITE_ROOT.rglob("*")) if p.suffix in {".html", ".pdf"} and p.name != "index.html"]
    raws = [read_local_file(p) for p in pages]
    kinds = ["court" if "/court/" in str(p) else "news" for p in pages]
    timed("extract (HTML, PDF)", len(raws), repeat, lambda: [extract(r, Lead(url=r.url, source="bench"), kind=k) for r, k in zip(raws, kinds)])

    documents = [with_language(d) for d in eval_documents()]
    timed("language", len(documents), repeat, lambda: [with_language(d) for d in documents])
    timed("entities", len(documents), repeat, lambda: [find_entities(d.text, d.language) for d in documents])
    timed("dates", len(documents), repeat, lambda: [find_dates(d.text, d.language, None) for d in documents])
    timed("near-duplicates (memory)", len(documents), repeat, lambda: assign_clusters(documents, MemoryClusterStore()))
    chars = sum(len(d.text) for d in documents)
    print(f"evaluation set: {len(documents)} documents, {chars} characters; sample site: {len(raws)} pages")


if __name__ == "__main__":
    main()
