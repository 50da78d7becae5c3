"""A well-known act named by its phrase ("Russia's invasion") has the sides it is known to have had."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.records import text_events

PUBLISHED = date(2022, 6, 1)


def sides(text: str, trigger: str, published: date = PUBLISHED) -> list[tuple[list[str], list[str]]]:
    """The sources and targets of the events a trigger word names in a text, in the order of the text."""
    return [(e["sources"], e["targets"]) for e in text_events(text, published) if e["trigger"] == trigger]


def test_a_well_known_act_whose_words_name_no_side_has_its_known_sides() -> None:
    assert sides("We have condemned the Russian invasion, and we still do.", "invasion") == [(["Russia"], ["Ukraine"])]
    text = "We applaud those who must endure this unprovoked Russian invasion."
    assert sides(text, "invasion") == [(["Russia"], ["Ukraine"])]
    assert [e["date"] for e in text_events(text, PUBLISHED) if e["trigger"] == "invasion"] == ["2022-02-24"]
    # an actor named as another party of the act takes its side
    text = "Thirty countries deliver assistance to Ukraine since Russia's invasion began."
    assert sides(text, "invasion") == [(["Russia"], ["Ukraine"])]
    assert sides("Tomorrow marks the 33rd anniversary of the Tiananmen Square massacre.", "massacre") == [
        (["China"], [])]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # a list of adjectives with commas, longer than a gap of three words
    ("We stand together against Russia’s premeditated, unprovoked, and unjustified attack.", "attack", "Russia"),
    ("Aid flows to Kyiv following Russia’s premeditated, unprovoked and unlawful invasion.", "invasion", "Russia"),
    ("Police officers rescue the victims of the Russian government’s brutal assault.", "assault", "Russia"),
    # the act named by its leader's name: he stays its source, the known day and target come with it
    ("They discussed the food crisis that President Putin’s invasion has deepened.", "invasion", "Vladimir Putin"),
    ("They discussed Putin’s premeditated, unprovoked and unjustified attack on the people of Ukraine.", "attack",
     "Vladimir Putin"),
    ("Roma fled in the face of President Putin’s unjustified and brutal attack on that country.", "attack",
     "Vladimir Putin"),
])
def test_a_long_phrase_of_a_well_known_act_has_its_known_sides_and_day(text: str, trigger: str, source: str) -> None:
    assert sides(text, trigger) == [([source], ["Ukraine"])]
    assert [e["date"] for e in text_events(text, PUBLISHED) if e["trigger"] == trigger] == ["2022-02-24"]


def test_the_sides_the_words_name_stay_and_another_act_has_none_known() -> None:
    assert sides("They discussed Russia's brutal invasion of Georgia.", "invasion") == [(["Russia"], ["Georgia"])]
    assert sides("They recalled Russia's 2008 invasion.", "invasion") == [(["Russia"], [])]
    # before the day the same words name an act only feared
    assert sides("Blinken warned against a further Russian invasion.", "invasion", date(2022, 2, 16)) == [
        (["Russia"], [])]


@pytest.mark.parametrize(("text", "published", "day"), [
    # going on in its first month, it is still the news of its beginning
    ("The ministers will discuss Russia's further invasion of Ukraine.", date(2022, 3, 14), "2022-02-24"),
    ("Citizens condemned the Kremlin's ongoing invasion of Ukraine.", date(2022, 2, 27), "2022-02-24"),
    # long after, what goes on is the state of things on the day of the telling
    ("They discussed the continued consequences of Russia's brutal invasion of Ukraine.", date(2022, 6, 6),
     "2022-06-06"),
])
def test_a_well_known_act_told_as_going_on_takes_its_first_day_only_in_its_first_month(
        text: str, published: date, day: str) -> None:
    assert [e["date"] for e in text_events(text, published) if e["trigger"] == "invasion"] == [day]
