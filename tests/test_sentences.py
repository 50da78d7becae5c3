"""Sentence spans: abbreviations, initials, quotes and paragraph breaks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.sentences import split


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks began. They ended.", ["Talks began.", "They ended."]),
        ("The U.S. Embassy opened. Staff left.", ["The U.S. Embassy opened.", "Staff left."]),
        ("Gen. Mark Milley spoke. He left.", ["Gen. Mark Milley spoke.", "He left."]),
        ("Talks on Jan. 10 failed. New ones follow.", ["Talks on Jan. 10 failed.", "New ones follow."]),
        ("Mr. Smith and Ms. Jones met. They agreed.", ["Mr. Smith and Ms. Jones met.", "They agreed."]),
        ("Resolution No. 2231 applies. Iran objects.", ["Resolution No. 2231 applies.", "Iran objects."]),
        ("Q: Is it over? A: No. We will see.", ["Q: Is it over?", "A: No.", "We will see."]),
        ("He flew to Washington, D.C. The talks began.", ["He flew to Washington, D.C.", "The talks began."]),
        ("MR. PRICE: Good afternoon.", ["MR. PRICE: Good afternoon."]),
        ("Secretary Antony J. Blinken spoke. He left.", ["Secretary Antony J. Blinken spoke.", "He left."]),
        ("He said: “We agree.” Then he left.", ["He said: “We agree.”", "Then he left."]),
        ('She said "no." Talks stalled.', ['She said "no."', "Talks stalled."]),
        ("He agreed.'' ``We will vote,'' he said.", ["He agreed.''", "``We will vote,'' he said."]),
        ("Will they meet? Nobody knows! Really.", ["Will they meet?", "Nobody knows!", "Really."]),
        ("Flurry Of Diplomacy\n\nRussia acted.", ["Flurry Of Diplomacy", "Russia acted."]),
        ("the talks ended in the U.S.\n\nThe next day", ["the talks ended in the U.S.", "The next day"]),
        ("Prices rose 2.5 percent. Markets fell.", ["Prices rose 2.5 percent.", "Markets fell."]),
        ("He met officials, e.g. the envoy. Then he left.", ["He met officials, e.g. the envoy.", "Then he left."]),
        ("It ended. (Officials confirmed it.) Then more.", ["It ended.", "(Officials confirmed it.)", "Then more."]),
        ("no capital after this. stays one", ["no capital after this. stays one"]),
        ("Antony J.\nBlinken spoke. He left.", ["Antony J.\nBlinken spoke.", "He left."]),
        ("By Secretary—Antony J. Blinken. Next.", ["By Secretary—Antony J. Blinken.", "Next."]),
        ("The Mekong-U.S. Partnership met. It ended.", ["The Mekong-U.S. Partnership met.", "It ended."]),
        ("the Japan–U.S. Dialogue. Then talks.", ["the Japan–U.S. Dialogue.", "Then talks."]),
        ("", []),
        ("  \n\n  ", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_offsets_into_the_raw_text() -> None:
    text = "  First one.  Second one.\n\n\nThird one.  "
    spans = split(text)
    assert spans == [(2, 12), (14, 25), (28, 38)]
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


WORDS = ["Talks", "ended", "U.S.", "Gen.", "J.", "No.", "5", "He", "said", "“Yes.”", "?", "!", ".", "\n\n", " "]


@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_spans_are_ordered_disjoint_and_trimmed(text: str) -> None:
    spans = split(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    assert all("\n\n" not in text[s:e] for s, e in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German ordinal's full stop ends no sentence; a year's does
        ("Der Vertrag kam am 3. März. Danach war Ruhe.", ["Der Vertrag kam am 3. März.", "Danach war Ruhe."]),
        ("Ein Erbe des 19. Jahrhunderts. Das bleibt.", ["Ein Erbe des 19. Jahrhunderts.", "Das bleibt."]),
        ("Er starb im Jahr 2019. Danach war Ruhe.", ["Er starb im Jahr 2019.", "Danach war Ruhe."]),
        ("Am 3. und 4. Oktober wird gefeiert.", ["Am 3. und 4. Oktober wird gefeiert."]),
    ],
)
def test_split_german_ordinals(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split(text, "de")] == expected


def test_ordinals_end_english_sentences() -> None:
    assert sentences("They won 3. Then they lost.") == ["They won 3.", "Then they lost."]
