"""Measured quality: floors on the evaluation sets in eval/, and the scoring rules on tiny inputs.

eval/ (and eval/dev2 to dev19) were used while the entity and date rules were developed, so
their figures are optimistic; eval/holdout to holdout7 were written by annotators
who saw neither the code nor the other sets, and nobody has looked at their errors: their
floors are the honest ones."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from etl.document import DateMention, DateRange, Entity
from etl.evaluate import (
    TARGETS,
    EvaluationSetError,
    GoldDate,
    GoldEntity,
    Score,
    _stage,
    cluster_pairs,
    evaluate,
    load_set,
    score_dates,
    score_entities,
    set_score,
)

EVAL_SET = Path(__file__).resolve().parents[1] / "eval"

# Floors about 0.03 under what casefile reaches on eval/, so a regression fails CI.
# Measured: near-duplicate pairs precision 1.000 and recall 1.000 (7 gold pairs), language 1.000.
NEAR_DUP_PRECISION_FLOOR = 0.97
NEAR_DUP_RECALL_FLOOR = 0.97
LANGUAGE_ACCURACY_FLOOR = 0.97
# Measured: entities F1 0.999, dates recall 1.000.
ENTITIES_F1_FLOOR = 0.96
DATES_RECALL_FLOOR = 0.97

# Floors about 0.03 under what casefile reaches on the held-out sets, written blind to the
# code; nobody has looked at their errors. Measured (entities F1 / dates recall; near-dup
# pairs 1.0 / 1.0 and language 1.0 on all fifteen): holdout 0.948 / 0.932, holdout2 0.934 /
# 0.990, holdout3 0.947 / 0.976, holdout4 0.913 / 0.969, holdout5 0.888 / 0.974, holdout6
# 0.890 / 0.990, holdout7 0.862 / 0.983, holdout8 0.860 / 0.986, holdout9 0.870 / 0.924,
# holdout10 0.852 / 0.957, holdout11 0.888 / 0.956, holdout12 0.876 / 0.964, holdout13
# 0.820 / 0.949, holdout14 0.882 / 0.985, holdout15 0.843 / 0.948. Pooled, entities stay
# under the 0.90 target (0.884).
HOLDOUT_FLOORS = {
    "holdout": {"entities_f1": 0.94, "dates_recall": 0.90},
    "holdout2": {"entities_f1": 0.91, "dates_recall": 0.96},
    "holdout3": {"entities_f1": 0.92, "dates_recall": 0.94},
    "holdout4": {"entities_f1": 0.89, "dates_recall": 0.94},
    "holdout5": {"entities_f1": 0.88, "dates_recall": 0.94},
    "holdout6": {"entities_f1": 0.88, "dates_recall": 0.96},
    "holdout7": {"entities_f1": 0.86, "dates_recall": 0.95},
    "holdout8": {"entities_f1": 0.88, "dates_recall": 0.95},
    "holdout9": {"entities_f1": 0.85, "dates_recall": 0.89},
    "holdout10": {"entities_f1": 0.86, "dates_recall": 0.93},
    "holdout11": {"entities_f1": 0.87, "dates_recall": 0.92},
    "holdout12": {"entities_f1": 0.87, "dates_recall": 0.93},
    "holdout13": {"entities_f1": 0.81, "dates_recall": 0.92},
    "holdout14": {"entities_f1": 0.88, "dates_recall": 0.95},
    "holdout15": {"entities_f1": 0.85, "dates_recall": 0.92},
    "holdout16": {"entities_f1": 0.85, "dates_recall": 0.95},
    "holdout17": {"entities_f1": 0.82, "dates_recall": 0.92},
    "holdout18": {"entities_f1": 0.82, "dates_recall": 0.94},
    "holdout19": {"entities_f1": 0.89, "dates_recall": 0.91},
}
HOLDOUT_PAIR_AND_LANGUAGE_FLOORS = {"near_dup_precision": 0.97, "near_dup_recall": 0.97, "language": 0.97}


@pytest.fixture(scope="module")
def report():
    return evaluate(EVAL_SET)


def test_near_duplicate_pairs_floor(report):
    pairs = report.near_duplicates.overall
    assert pairs.tp + pairs.fn == 7, "the gold set has 7 pairs of syndicated copies"
    assert pairs.precision >= NEAR_DUP_PRECISION_FLOOR and pairs.recall >= NEAR_DUP_RECALL_FLOOR, pairs


def test_language_floor(report):
    assert report.language_accuracy >= LANGUAGE_ACCURACY_FLOOR, report.language_errors


def test_entities_floor(report):
    assert report.entities.overall is not None, report.entities.unavailable
    assert report.entities.overall.f1 >= ENTITIES_F1_FLOOR, report.entities.as_json()


def test_dates_floor(report):
    assert report.dates.overall is not None, report.dates.unavailable
    assert report.dates.overall.recall >= DATES_RECALL_FLOOR, report.dates.as_json()


@pytest.mark.parametrize("name", sorted(HOLDOUT_FLOORS))
def test_holdout_floors(name):
    holdout = evaluate(EVAL_SET / name)
    figures = {
        "entities_f1": holdout.entities.overall.f1,
        "dates_recall": holdout.dates.overall.recall,
        "near_dup_precision": holdout.near_duplicates.overall.precision,
        "near_dup_recall": holdout.near_duplicates.overall.recall,
        "language": holdout.language_accuracy,
    }
    floors = HOLDOUT_FLOORS[name] | HOLDOUT_PAIR_AND_LANGUAGE_FLOORS
    assert all(figures[field] >= floor for field, floor in floors.items()), figures


def test_score_ratios():
    score = Score(tp=3, fp=1, fn=2)
    assert (score.precision, score.recall) == (0.75, 0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert (Score().precision, Score().recall, Score().f1) == (1.0, 1.0, 1.0)
    assert (Score(fn=2).precision, Score(fn=2).recall, Score(fn=2).f1) == (0.0, 0.0, 0.0)
    assert set_score({1, 2, 3}, {2, 3, 4, 5}) == Score(tp=2, fp=2, fn=1)


def test_entities_compare_type_and_name_per_document():
    gold = [
        GoldEntity(type="COURT", name="cour d'appel de Paris"),
        GoldEntity(type="PERSON", name="Bashar al-Assad"),
        GoldEntity(type="GPE", name="Syria"),
    ]
    predicted = [
        Entity(type="COURT", name="cour d’appel  de Paris"),  # typographic apostrophe, double space
        Entity(type="PERSON", name="Bashar al-Assad"),
        Entity(type="PERSON", name="Bashar al-Assad"),  # listed twice: still one pair
        Entity(type="ORG", name="Syria"),  # right name, wrong type
        Entity(type="GPE", name="Damascus"),
    ]
    overall, by_type = score_entities(gold, predicted)
    assert overall == Score(tp=2, fp=2, fn=1)
    assert by_type["GPE"] == Score(tp=0, fp=1, fn=1) and by_type["ORG"] == Score(tp=0, fp=1, fn=0)
    assert by_type["COURT"] == Score(tp=1) and by_type["PERSON"] == Score(tp=1)


def mention(text, document, start, end, precision, occurrence=0):
    char_start = -1
    for _ in range(occurrence + 1):
        char_start = document.index(text, char_start + 1)
    return DateMention(
        text=text, char_start=char_start, char_end=char_start + len(text), start=date.fromisoformat(start),
        end=date.fromisoformat(end), precision=precision, range=DateRange(gte=date.fromisoformat(start), lte=date.fromisoformat(end)),
    )


def test_dates_match_by_overlapping_span_and_equal_bounds():
    text = "In 2013 the attacks began. On Thursday, 16 November 2023, the court recalled the attack of 21 August 2013."
    gold = [
        GoldDate(text="2013", start=date(2013, 1, 1), end=date(2013, 12, 31), precision="year"),
        GoldDate(text="Thursday", start=date(2023, 11, 16), end=date(2023, 11, 16), precision="day"),
        GoldDate(text="16 November 2023", start=date(2023, 11, 16), end=date(2023, 11, 16), precision="day"),
        GoldDate(text="21 August 2013", start=date(2013, 8, 21), end=date(2013, 8, 21), precision="day"),
    ]
    predicted = [
        mention("On Thursday", text, "2023-11-16", "2023-11-16", "day"),  # wider span, overlaps: found
        mention("16 November 2023", text, "2023-11-01", "2023-11-30", "month"),  # wrong bounds
        mention("2013", text, "2013-01-01", "2013-12-31", "year", occurrence=1),  # inside "21 August 2013", not the gold "2013"
        mention("21 August 2013", text, "2013-08-21", "2013-08-21", "day"),
    ]
    assert score_dates(text, gold, predicted) == Score(tp=2, fp=2, fn=2)
    repeated = predicted[:1] + [mention("On Thursday", text, "2023-11-16", "2023-11-16", "day")]
    assert score_dates(text, gold[1:2], repeated) == Score(tp=1), "the same expression found twice is one"


def test_near_duplicate_pairs_come_from_shared_labels():
    assert cluster_pairs({"a": "x", "b": "x", "c": "x", "d": None, "e": "y"}) == {
        frozenset("ab"), frozenset("ac"), frozenset("bc"),
    }


def test_a_missing_stage_is_reported_not_scored():
    assert _stage("etl.no_such_stage", "find") == (None, "etl.no_such_stage does not exist yet")
    assert _stage("etl.document", "find_nothing") == (None, "etl.document has no find_nothing() yet")


STORY = [
    "Prosecutors in the regional court read out the indictment against a former prison director on Monday.",
    "The accused is charged with ordering beatings of detainees in the basement cells between 2012 and 2014.",
    "Eleven former prisoners are due to testify, several of them by video link from other European countries.",
    "The defence said the director had held a purely administrative post and never entered the cell blocks.",
]


def write_set(folder: Path, records: list[tuple[dict, str]]) -> Path:
    (folder / "documents").mkdir(parents=True)
    lines = []
    for record, text in records:
        (folder / record["file"]).write_text(text, encoding="utf-8")
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def record(doc_id, language, cluster, dates=()):
    return {
        "id": doc_id, "file": f"documents/{doc_id}.txt", "language": language, "kind": "news",
        "published_at": "2024-03-12", "entities": [], "dates": list(dates), "cluster": cluster,
    }


@pytest.fixture
def tiny_set(tmp_path):
    wire = "Trial of former prison director opens\n\n" + "\n".join(STORY)
    copy = "Former prison chief goes on trial\n\n" + "\n".join(STORY[:3]).replace("Eleven", "Twelve") + "\nCopyright 2024 Example Wire."
    other = "Survivors ask for a memorial at the former prison\n\n" + (
        "Families of people who died at the prison asked the city council to turn the building into a memorial. "
        "The council said it would consult historians and former detainees before deciding the future of the site."
    )
    french = "Ouverture du procès d'un ancien directeur de prison\n\n" + (
        "Le procès d'un ancien directeur de prison s'est ouvert lundi devant la cour régionale. "
        "Onze anciens détenus doivent témoigner, dont plusieurs par liaison vidéo depuis d'autres pays européens."
    )
    return write_set(tmp_path / "set", [
        (record("wire", "en", "trial"), wire),
        (record("copy", "en", "trial"), copy),
        (record("other", "en", None), other),
        (record("french", "fr", None), french),
    ])


def test_evaluate_a_small_set_end_to_end(tiny_set):
    result = evaluate(tiny_set)
    assert result.documents == 4
    assert result.near_duplicates.overall == Score(tp=1, fp=0, fn=0)
    assert result.language_accuracy == 1.0
    checks = result.checks()
    assert [(t.field, t.metric) for t, _, _ in checks] == [(t.field, t.metric) for t in TARGETS]
    assert [met for t, _, met in checks if t.field in ("near_duplicates", "language")] == [True, True, True]


def test_evaluate_command_prints_json(tiny_set):
    result = subprocess.run(
        [sys.executable, "-m", "etl.cli", "evaluate", "--set", str(tiny_set), "--json"],
        capture_output=True, text=True, env=os.environ, timeout=600, check=True,
    )
    printed = json.loads(result.stdout)
    assert printed["documents"] == 4 and printed["near_duplicates"]["recall"] == 1.0
    assert {(t["field"], t["metric"]) for t in printed["targets"]} == {(t.field, t.metric) for t in TARGETS}


def test_bad_sets_are_named_with_the_reason(tmp_path):
    with pytest.raises(EvaluationSetError, match="gold.jsonl: not found"):
        load_set(tmp_path)
    bad_line = write_set(tmp_path / "bad-line", [(record("a", "en", None), "Title\n\nBody text.")])
    with (bad_line / "gold.jsonl").open("a") as gold:
        gold.write('{"id": "b"}\n')
    with pytest.raises(EvaluationSetError, match=r"gold.jsonl:2: not a valid gold record"):
        load_set(bad_line)
    missing_date = record("a", "en", None, [{"text": "May 2020", "start": "2020-05-01", "end": "2020-05-31", "precision": "month"}])
    with pytest.raises(EvaluationSetError, match="'May 2020' does not occur"):
        load_set(write_set(tmp_path / "date", [(missing_date, "Title\n\nNothing dated here.")]))
    with pytest.raises(EvaluationSetError, match="expected a title line, a blank line"):
        load_set(write_set(tmp_path / "layout", [(record("a", "en", None), "Title directly followed by the body.")]))
    result = subprocess.run([sys.executable, "-m", "etl.cli", "evaluate", "--set", str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert result.returncode == 1 and "nowhere/gold.jsonl: not found" in result.stderr
