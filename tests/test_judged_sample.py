"""100 State Department events judged by hand: what was judged right must still be produced the same way."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from pipeline.analysis import analyse
from pipeline.ingest import read_path
from pipeline.model import Article
from tests.shared import shared

ROOT = Path(__file__).resolve().parents[1]
CORPUS = "corpora/state_dept/demo_diplomacy_subset.jsonl"
with (ROOT / "tests" / "fixtures" / "judged_sample.csv").open(encoding="utf-8", newline="") as handle:
    JUDGED = list(csv.DictReader(handle))
ASPECTS = ("date", "actors", "type")


def test_the_sample_is_complete() -> None:
    assert len(JUDGED) == 100 and len({row["event_id"] for row in JUDGED}) == 100
    assert all(row[f"{aspect}_right"] in ("0", "1") for row in JUDGED for aspect in ASPECTS)


@cache
def _events() -> dict[str | tuple[str, int, str], dict]:
    """Events of the judged articles, extracted again, by event id and by article, sentence and type."""
    wanted = {row["article_id"] for row in JUDGED}
    articles = [a for a in read_path(shared(CORPUS)) if isinstance(a, Article) and a.article_id in wanted]
    events = [event for a in articles for event in analyse(a).get("events", [])]
    # An event is known by its id, else by its sentence and type: the id follows the trigger's offset, and a
    # better trigger of the same event ("impose" rather than its object "sanctions") moves it.
    by_place = {(e["article_id"], e["sentence_start"], e["event_type"]): e for e in reversed(events)}
    return {**by_place, **{event["event_id"]: event for event in events}}


def _judged_right(row: dict[str, str]) -> list[str]:
    """The aspects of a judged event that were right."""
    return [aspect for aspect in ASPECTS if row[f"{aspect}_right"] == "1"]


@pytest.mark.parametrize("row", [r for r in JUDGED if _judged_right(r)], ids=lambda row: row["event_id"])
def test_what_was_right_is_still_produced(row: dict[str, str]) -> None:
    events = _events()
    event = events.get(row["event_id"]) or events.get((row["article_id"], int(row["sentence_start"]), row["event_type"]))
    assert event is not None, f"event {row['event_id']} of {row['article_id']} is no longer extracted"
    found = {"date": event["date"] or "", "actors": "|".join(event["actors"]), "type": event["event_type"]}
    expected = {"date": row["date"], "actors": row["actors"], "type": row["event_type"]}
    right = _judged_right(row)
    if "actors" in right and row["actors"]:
        # Right actors stay, the source first; an actor found since (a target then missed) may join them.
        judged = row["actors"].split("|")
        assert event["actors"][:1] == judged[:1] and set(judged) <= set(event["actors"]), event["actors"]
        right = [aspect for aspect in right if aspect != "actors"]
    assert {a: found[a] for a in right} == {a: expected[a] for a in right}
    assert event["sentence_start"] == int(row["sentence_start"])
