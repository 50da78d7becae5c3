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
def _events() -> dict[str, dict]:
    """Events of the judged articles, extracted again, by event id."""
    wanted = {row["article_id"] for row in JUDGED}
    articles = [a for a in read_path(shared(CORPUS)) if isinstance(a, Article) and a.article_id in wanted]
    return {event["event_id"]: event for a in articles for event in analyse(a).get("events", [])}


def _judged_right(row: dict[str, str]) -> list[str]:
    """The aspects of a judged event that were right."""
    return [aspect for aspect in ASPECTS if row[f"{aspect}_right"] == "1"]


@pytest.mark.parametrize("row", [r for r in JUDGED if _judged_right(r)], ids=lambda row: row["event_id"])
def test_what_was_right_is_still_produced(row: dict[str, str]) -> None:
    event = _events().get(row["event_id"])
    assert event is not None, f"event {row['event_id']} of {row['article_id']} is no longer extracted"
    found = {"date": event["date"] or "", "actors": "|".join(event["actors"]), "type": event["event_type"]}
    expected = {"date": row["date"], "actors": row["actors"], "type": row["event_type"]}
    assert {a: found[a] for a in _judged_right(row)} == {a: expected[a] for a in _judged_right(row)}
    assert event["sentence_start"] == int(row["sentence_start"])
