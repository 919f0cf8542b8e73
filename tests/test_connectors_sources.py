"""The fixture sources file (one source of every connector type) end to end, and what
loading a sources file adds for connectors: options checked by the connector's model,
paths relative to the file, `${CASEFILE_...}` expansion."""

import pytest

from etl.connectors import connector_for
from etl.extract import extract
from etl.pipeline import run_sources
from etl.sources import SourceConfigError, load_sources
from fixtures.server import FIXTURE_SOURCES, fetcher_in

TYPES = ["feed", "sitemap", "listing", "api", "files", "warc"]


@pytest.fixture
def fixture_sources(fixture_site, monkeypatch):
    monkeypatch.setenv("CASEFILE_FIXTURE_BASE", fixture_site)
    return load_sources(FIXTURE_SOURCES)


def test_every_type_discovers_and_extracts(fixture_sources, fixture_site, tmp_path):
    assert [source.type for source in fixture_sources] == TYPES
    assert fixture_sources[0].url == f"{fixture_site}/feed.xml"
    assert fixture_sources[-1].options["path"] == str(FIXTURE_SOURCES.parent / "crawl")
    for source in fixture_sources:
        connector, fetcher = connector_for(source), fetcher_in(source, tmp_path)
        leads = list(connector.discover(fetcher))
        documents = [extract(connector.retrieve(lead, fetcher), lead, kind=source.kind) for lead in leads]
        assert documents and all(document.text for document in documents), source.id
        decisions = [document for document in documents if source.kind == "court" and "/decisions/" in document.url]
        assert all(document.court.name and document.court.decision_date for document in decisions), source.id


def test_run_over_the_fixture_sources_indexes_court_metadata(fixture_sources, casefile_env, es, alias):
    summary = run_sources(es, fixture_sources, alias)
    assert summary.failed == 0, summary.failures
    assert summary.discovered == 17  # 11 documents, some listed by several sources
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == 10  # the crawl's copy of the ICC decision is a duplicate
    hits = es.search(index=alias, query={"term": {"court.case_number": "ICC-01/99-01/24"}})["hits"]["hits"]
    assert hits and hits[0]["_source"]["court"]["parties"] == ["Prosecutor", "John Doe"]
    assert [page["number"] for page in hits[0]["_source"]["pages"]] == [1, 2]

    # Nothing changed: nothing is downloaded or indexed again. Only the exact duplicate,
    # which has no document of its own, is looked at again (from its archived copy).
    again = run_sources(es, fixture_sources, alias)
    assert (again.indexed, again.failed, again.duplicates) == (0, 0, 1)
    assert again.unchanged == summary.discovered - 1 and again.fetched == 1


def write(tmp_path, text):
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    return path


def test_environment_expansion_is_explicit(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_MIRROR", "http://127.0.0.1:8754")
    monkeypatch.setenv("HOME_SECRET", "do-not-leak")
    [source] = load_sources(write(tmp_path, "sources:\n  - {id: mirror, type: feed, url: '${CASEFILE_MIRROR}/court/feed.xml'}\n"))
    assert source.url == "http://127.0.0.1:8754/court/feed.xml"
    with pytest.raises(SourceConfigError) as err:
        load_sources(write(tmp_path, "sources:\n  - {id: leak, type: feed, url: 'http://x.example/?k=${HOME_SECRET}'}\n"))
    assert "source 'leak': field 'url': only CASEFILE_* environment variables are expanded, not ${HOME_SECRET}" in str(err.value)
    assert "do-not-leak" not in str(err.value)
    monkeypatch.delenv("CASEFILE_MIRROR")
    with pytest.raises(SourceConfigError, match="source 'mirror': field 'url': environment variable CASEFILE_MIRROR is not set"):
        load_sources(write(tmp_path, "sources:\n  - {id: mirror, type: feed, url: '${CASEFILE_MIRROR}/court/feed.xml'}\n"))


def test_options_are_checked_on_load(tmp_path):
    path = write(tmp_path, """
sources:
  - id: icj-press
    type: listing
    url: https://www.icj-cij.org/press-releases
    options: {links: "a[href", max_pages: 0}
  - id: icc-sitemap
    type: sitemap
    url: https://www.icc-cpi.int/sitemap.xml
    options: {since: yesterday-ish}
""")
    with pytest.raises(SourceConfigError) as err:
        load_sources(path)
    problems = str(err.value).splitlines()
    assert problems[0].startswith(f"{path}: source 'icj-press': field 'options.links': Value error, not a valid CSS selector")
    assert problems[1].startswith(f"{path}: source 'icj-press': field 'options.max_pages': Input should be greater than or equal to 1")
    assert problems[2].startswith(f"{path}: source 'icc-sitemap': field 'options.since': Input should be a valid date")
