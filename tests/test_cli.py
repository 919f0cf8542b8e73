"""The CLI as a user runs it: a real process, real node, real sample site."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from etl.document import Document
from etl.sample_site.server import SITE_ROOT

CASEFILE = [sys.executable, "-m", "etl.cli"]


def casefile(*args, env=None, check=True):
    result = subprocess.run([*CASEFILE, *args], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"casefile {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def test_process_json_prints_one_document_per_input_in_order():
    ledger = SITE_ROOT / "ledger/2023/11/17/icj-orders-end-to-torture.html"
    french = SITE_ROOT / "ledger/2024/05/24/cour-assises-paris-condamnation-par-defaut.html"
    result = casefile("process", str(french), str(ledger), "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["language"] for d in lines] == ["fr", "en"]
    for line in lines:
        Document.model_validate(line)  # exactly the indexed fields, nothing more
        assert {"id", "url", "canonical_url", "source", "title", "text", "language", "published_at", "content_sha256"} <= set(line)
    assert lines[1]["canonical_url"] == "https://hague-ledger.example/2023/11/17/icj-orders-end-to-torture"
    assert lines[1]["published_at"].startswith("2023-11-17")


def test_process_url_option_names_the_original_address(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Court hears witnesses\n\nThe court heard three witnesses on torture in detention.")
    [line] = casefile("process", str(page), "--url", "https://example.org/hearing", "--json").stdout.splitlines()
    assert json.loads(line)["url"] == "https://example.org/hearing"


def test_process_reports_bad_input_and_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A short note on the trial in Koblenz, written for this test.")
    result = casefile("process", str(tmp_path / "missing.html"), str(good), "--json", check=False)
    assert result.returncode == 1
    assert "missing.html" in result.stderr and "cannot read file" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_demo_twice_leaves_the_same_documents_and_search_json(casefile_env, es):
    alias = casefile_env["alias"]
    first = casefile("demo")
    assert "indexed" in first.stdout and "documents match 'torture'" in first.stdout
    ids = sorted(h["_id"] for h in es.search(index=alias, size=100)["hits"]["hits"])
    casefile("demo")
    assert sorted(h["_id"] for h in es.search(index=alias, size=100)["hits"]["hits"]) == ids

    payload = json.loads(casefile("search", "torture", "--json", "--size", "3").stdout)
    assert set(payload) == {"total", "hits", "facets"} and payload["total"] >= 3 and len(payload["hits"]) == 3
    assert {"hague-ledger", "levant-courier"} <= set(payload["facets"]["source"])
    narrowed = json.loads(casefile("search", "torture", "--json", "--since", "2024-01-01", "--source", "hague-ledger").stdout)
    assert narrowed["total"] >= 1
    assert all(h["published_at"] >= "2024" and h["source"] == "hague-ledger" for h in narrowed["hits"])

    filtered = json.loads(casefile("search", "", "--json", "--entity", "Bashar al-Assad", "--mentions-since", "2013-08-01", "--mentions-until", "2013-08-31").stdout)
    assert filtered["total"] >= 1 and all(h["source"] == "hague-ledger" for h in filtered["hits"])

    status = casefile("es", "status").stdout
    assert f"documents: {len(ids)}" in status and "version: 9." in status


def test_run_over_a_sources_file(casefile_env, sample_site, tmp_path, es):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - {{id: court, type: feed, kind: court, url: '{sample_site}/court/feed.xml', allow_private: true}}\n")
    result = casefile("run", "--sources", str(sources), "--source", "court")
    assert "indexed" in result.stdout
    hits = es.search(index=casefile_env["alias"], query={"term": {"source": "court"}})["hits"]["hits"]
    assert hits and all(h["_source"]["kind"] == "court" for h in hits)


def test_unreachable_elasticsearch_is_one_clear_message(casefile_env):
    result = casefile("search", "torture", env={"ES_URL": "http://127.0.0.1:9"}, check=False)
    assert result.returncode == 1
    assert "Elasticsearch at http://127.0.0.1:9 is unreachable" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_sources_file_names_file_source_and_field(tmp_path, casefile_env):
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - {id: x, type: feed, kind: gossip}\n")
    result = casefile("run", "--sources", str(sources), check=False)
    assert result.returncode == 1 and f"{sources}: source 'x': field 'kind'" in result.stderr


@pytest.mark.parametrize("command", [[], ["es"], ["search"], ["process"], ["run"], ["demo"]])
def test_help_everywhere(command):
    assert "Usage" in casefile(*command, "--help").stdout
