"""An act told as running up to the day of the telling ("protests since February 24") has no single day."""

from __future__ import annotations

from tests.test_known_events import dates


def test_an_act_told_since_a_day_or_to_date_has_no_single_day() -> None:
    text = "Thousands were detained for taking part in protests since February 24."
    assert dates(text, "protests") == [None]
    assert dates("Officials outlined efforts to coordinate supply chains to date.", "coordinate") == [None]
    text = "Our total assistance for this response reaches more than $1.7 billion since August 2017."
    assert dates(text, "assistance") == [None]  # not the month the span starts from


def test_a_record_and_another_verbs_span_keep_the_day() -> None:
    assert dates("This visit marked the first dialogue between them since 2015.", "visit") == ["2022-03-04"]
    text = "She noted the $3 billion in assistance the United States has provided since then."
    assert dates(text, "noted") == ["2022-03-04"]
