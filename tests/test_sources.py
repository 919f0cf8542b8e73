import pytest

from etl.sources import SourceConfigError, load_sources


def write(tmp_path, text):
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    return path


def test_valid_file_loads(tmp_path):
    path = write(tmp_path, """
sources:
  - id: un-news
    type: feed
    url: https://news.un.org/feed/subscribe/en/news/topic/human-rights/feed/rss.xml
    language: en
    politeness: {requests_per_second: 0.5}
""")
    [source] = load_sources(path)
    assert source.id == "un-news" and source.kind == "news" and source.politeness.requests_per_second == 0.5


@pytest.mark.parametrize(
    "entry, expected",
    [
        ("    type: feed\n    kind: blog\n", "source 'bad-one': field 'kind'"),
        ("    type: carrier-pigeon\n", "source 'bad-one': field 'type': Value error, unknown source type 'carrier-pigeon'"),
        ("    type: feed\n    colour: red\n", "source 'bad-one': field 'colour': Extra inputs are not permitted"),
        ("    type: feed\n    politeness: {requests_per_second: -1}\n", "source 'bad-one': field 'politeness.requests_per_second'"),
    ],
)
def test_errors_name_file_source_and_field(tmp_path, entry, expected):
    path = write(tmp_path, "sources:\n  - id: bad-one\n" + entry)
    with pytest.raises(SourceConfigError) as err:
        load_sources(path)
    assert str(err.value).startswith(f"{path}: ")
    assert expected in str(err.value)


def test_duplicate_ids_and_missing_file(tmp_path):
    path = write(tmp_path, "sources:\n  - {id: a, type: feed}\n  - {id: a, type: feed}\n")
    with pytest.raises(SourceConfigError, match="source 'a': field 'id': used more than once"):
        load_sources(path)
    with pytest.raises(SourceConfigError, match="no such file"):
        load_sources(tmp_path / "nope.yaml")


def test_shipped_sources_file_is_valid():
    from pathlib import Path

    sources = load_sources(Path(__file__).parents[1] / "sources.yaml")
    assert sources and all(s.entry_urls or s.type in ("files", "warc") for s in sources)
