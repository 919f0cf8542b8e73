"""Near-duplicate clusters with the in-process store: sketches, cluster semantics, `process`."""

from datetime import datetime, timezone

import pytest

from etl.document import Document, content_sha256, document_id
from etl.near_dupes import MemoryClusterStore, ThresholdError, assign_clusters, near_dup_threshold
from etl.near_dupes.sketch import shingles, sketch_from_hashvalues, sketch_text
from etl.process import process_inputs
from fixtures.sample_pages import COURIER_ICJ, KOBLENZ_VERDICT, KOBLENZ_WITNESS, LEDGER_ICJ, extract_sample_site

@pytest.fixture(scope="module")
def sample_documents():
    return extract_sample_site()


def clusters(documents):
    return {d.id: (d.cluster_id, d.duplicate_of) for d in documents}


def test_syndicated_copy_joins_the_earlier_original(sample_documents):
    original, copy = sample_documents[LEDGER_ICJ], sample_documents[COURIER_ICJ]
    assert original.published_at < copy.published_at
    result = clusters(assign_clusters([copy, original], MemoryClusterStore()))
    assert result == {original.id: (original.id, None), copy.id: (original.id, original.id)}


def test_distinct_stories_on_the_same_topic_stay_apart(sample_documents):
    witness, verdict = sample_documents[KOBLENZ_WITNESS], sample_documents[KOBLENZ_VERDICT]
    assert "Koblenz" in witness.text and "Koblenz" in verdict.text
    result = clusters(assign_clusters([witness, verdict], MemoryClusterStore()))
    assert result == {witness.id: (witness.id, None), verdict.id: (verdict.id, None)}


def test_whole_sample_site_has_exactly_one_cluster_of_two(sample_documents):
    result = assign_clusters(sample_documents.values(), MemoryClusterStore())
    grouped = {}
    for document in result:
        grouped.setdefault(document.cluster_id, set()).add(document.id)
    assert sorted(len(members) for members in grouped.values() if len(members) > 1) == [2]
    assert grouped[sample_documents[LEDGER_ICJ].id] == {sample_documents[LEDGER_ICJ].id, sample_documents[COURIER_ICJ].id}


def test_batches_in_any_order_give_the_clusters_of_one_run(sample_documents):
    documents = list(sample_documents.values())
    one_run = clusters(assign_clusters(documents, MemoryClusterStore()))
    for order in (documents[::-1], documents[1::2] + documents[::2]):
        store = MemoryClusterStore()
        for start in range(0, len(order), 3):
            assign_clusters(order[start : start + 3], store)
        # Earlier batches' members may have been relabelled since: the store holds the outcome.
        assert {e.id: (e.cluster_id, None if e.cluster_id == e.id else e.cluster_id) for e in store.entries.values()} == one_run


def test_an_earlier_copy_arriving_later_relabels_the_stored_cluster(sample_documents):
    original, copy = sample_documents[LEDGER_ICJ], sample_documents[COURIER_ICJ]
    store = MemoryClusterStore()
    assert clusters(assign_clusters([copy], store)) == {copy.id: (copy.id, None)}
    assert clusters(assign_clusters([original], store)) == {original.id: (original.id, None)}
    assert store.entries[copy.id].cluster_id == original.id


def test_reprocessing_a_batch_keeps_its_clusters(sample_documents):
    documents = list(sample_documents.values())
    store = MemoryClusterStore()
    first = clusters(assign_clusters(documents, store))
    assert clusters(assign_clusters(documents[:4], store)) == {d.id: first[d.id] for d in documents[:4]}
    assert clusters(assign_clusters(documents, store)) == first


PARAGRAPHS = [
    "Judges in the northern city heard three former guards describe the registry kept at the gate of the prison.",
    "A forensic archivist explained how water damage had made several ledgers unreadable before they were copied.",
    "Defence counsel asked for an adjournment so that an expert of their own could examine the original volumes.",
    "Relatives waiting outside said they had travelled overnight by bus to hear the names of the missing read aloud.",
    "The presiding judge set the next hearing for the spring and ordered the volumes sealed until then.",
]


def text_document(name, paragraphs, day):
    text = "\n".join(PARAGRAPHS[i] for i in paragraphs)
    url = f"https://outlet.example/{name}"
    return Document(
        id=document_id(url), url=url, canonical_url=url, source="s", text=text,
        content_sha256=content_sha256(text), published_at=datetime(2024, 3, day, tzinfo=timezone.utc),
    )


def test_a_document_linking_two_clusters_merges_them_under_the_earliest():
    first, last = text_document("first", [0, 1, 2], 1), text_document("last", [2, 3, 4], 5)
    bridge = text_document("bridge", [1, 2, 3], 3)
    store = MemoryClusterStore()
    assert clusters(assign_clusters([first, last], store)) == {first.id: (first.id, None), last.id: (last.id, None)}
    assert clusters(assign_clusters([bridge], store)) == {bridge.id: (first.id, first.id)}
    assert store.entries[last.id].cluster_id == first.id


def test_threshold_comes_from_the_environment_and_is_checked(monkeypatch, sample_documents):
    monkeypatch.delenv("CASEFILE_NEAR_DUP_THRESHOLD", raising=False)
    assert near_dup_threshold() == 0.4
    monkeypatch.setenv("CASEFILE_NEAR_DUP_THRESHOLD", "0.95")
    pair = [sample_documents[LEDGER_ICJ], sample_documents[COURIER_ICJ]]
    assert {d.cluster_id for d in assign_clusters(pair, MemoryClusterStore())} == {d.id for d in pair}
    for bad in ("high", "0", "1.5"):
        monkeypatch.setenv("CASEFILE_NEAR_DUP_THRESHOLD", bad)
        with pytest.raises(ThresholdError, match="CASEFILE_NEAR_DUP_THRESHOLD"):
            near_dup_threshold()


def test_shingles_ignore_case_punctuation_and_diacritics():
    assert shingles("Assad’s  REGIME, said") == shingles("assad's regime said")
    assert shingles("تثبّت المحكمة القرار") == shingles("تثبت المحكمة القرار")
    assert shingles("one two") == {"one two"} and shingles("…") == set()


def test_stored_signature_round_trips_with_the_same_bands():
    sketch = sketch_text(" ".join(PARAGRAPHS))
    restored = sketch_from_hashvalues(sketch.hashvalues)
    assert restored.bands == sketch.bands and restored.similarity(sketch) == 1.0
    with pytest.raises(ValueError, match="expected 128"):
        sketch_from_hashvalues(sketch.hashvalues[:5])


def test_process_clusters_across_its_inputs_and_exact_copies_follow(tmp_path, sample_documents):
    inputs = {
        "original.txt": sample_documents[LEDGER_ICJ].text,
        "exact-copy.txt": sample_documents[LEDGER_ICJ].text.upper(),
        "syndicated.txt": sample_documents[COURIER_ICJ].text,
        "other-story.txt": sample_documents[KOBLENZ_WITNESS].text,
    }
    for name, text in inputs.items():
        (tmp_path / name).write_text(text)
    results = process_inputs([str(tmp_path / name) for name in inputs])
    original, exact_copy, syndicated, other = results
    assert exact_copy.content_sha256 == original.content_sha256 and exact_copy.id != original.id
    assert original.cluster_id == exact_copy.cluster_id == syndicated.cluster_id != other.cluster_id == other.id
    earliest = original.cluster_id
    assert [d.duplicate_of for d in results if d.id == earliest] == [None]
    assert all(d.duplicate_of == earliest for d in (original, exact_copy, syndicated) if d.id != earliest)
