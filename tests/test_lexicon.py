"""Phrases with gaps and wildcards, found on a text's words."""

from __future__ import annotations

import pytest

from pipeline.lexicon import Lexicon

PHRASES = [("is it ~ hard to", "hard"), ("is *ing", "ing"), ("we ~ agree that", "agree"), ("thank ~ for", "thanks")]


@pytest.mark.parametrize(("text", "labels"), [
    ("Is it hard to say?", ["hard"]),  # an empty gap
    ("Is it not very hard to say?", ["hard"]),  # a gap of two words
    ("Is going hard to say?", ["ing"]),  # the first plain words differ: the gap phrase is no match
    ("We all agree that it works.", ["agree"]),
    ("We do not really agree that it works.", ["agree"]),  # three words: the gap's reach
    ("We do not really ever agree that it works.", []),  # four words: beyond it
    ("We, all of us, agree that it works.", []),  # a gap runs over no mark
    ("I thank Poland for its help.", ["thanks"]),
    ("I thank Poland and all of Europe for its help.", []),
])
def test_a_gap_stands_for_up_to_three_words_and_a_wildcard_for_letters(text: str, labels: list[str]) -> None:
    assert [hit.label for hit in Lexicon(PHRASES).find(text)] == labels
