"""The seed article: every temporal expression found with the hand-annotated extent, type and value."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from pipeline import timex
from pipeline.ingest import read_path
from pipeline.model import Article, Timex

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed_timexes.json").read_text(encoding="utf-8"))


ARTICLE = next(read_path(ROOT / GOLD["article"]))
assert isinstance(ARTICLE, Article), ARTICLE
TEXT = ARTICLE.text  # everything after the title line, as the pipeline reads it
PUBLISHED = date.fromisoformat(GOLD["published"])


def _locate(words: str, occurrence: int) -> int:
    """The offset of the given occurrence (0 = first) of the words in the article text."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.find(words, start + 1)
        assert start >= 0, f"{words!r} occurs fewer than {occurrence + 1} times"
    return start


EXPECTED = [
    Timex(g["text"], start, start + len(g["text"]), g["type"], g["value"])
    for g in GOLD["timexes"]
    for start in [_locate(g["text"], g["occurrence"])]
]


@cache
def _tagged() -> dict[tuple[int, int], Timex]:
    """The tagger's expressions on the seed article, keyed by extent."""
    return {(t.start, t.end): t for t in timex.tag(TEXT, PUBLISHED)}


def test_fixture_agrees_with_the_article() -> None:
    assert ARTICLE.published == PUBLISHED
    assert len({(t.start, t.end) for t in EXPECTED}) == len(EXPECTED)


@pytest.mark.parametrize("gold", EXPECTED, ids=[f"{t.text}@{t.start}" for t in EXPECTED])
def test_expression(gold: Timex) -> None:
    found = _tagged().get((gold.start, gold.end))
    assert found is not None, f"missed {gold.text!r} at {gold.start} (context: {TEXT[gold.start - 40:gold.end + 20]!r})"
    assert (found.text, found.type, found.value) == (gold.text, gold.type, gold.value)


def test_no_spurious_expressions() -> None:
    gold = {(t.start, t.end) for t in EXPECTED}
    assert [t for extent, t in _tagged().items() if extent not in gold] == []
