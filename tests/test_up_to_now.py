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


def test_an_upcoming_act_with_no_day_of_its_own_is_not_dated_by_the_publication() -> None:
    text = "The Deputy Secretary thanked Cambodia for coordinating the upcoming U.S.-ASEAN Special Summit."
    assert dates(text, "Summit") == [None]  # a mark inside "U.S.-ASEAN" ends no phrase
    assert dates("The Secretary noted his upcoming travel to Fiji.", "travel to") == [None]
    assert dates("The Secretary will travel to Fiji.", "travel to") == ["2022-03-04"]


def test_an_act_a_span_up_to_now_starts_from_has_no_day_of_its_own() -> None:
    assert dates("A lot has changed in Melbourne since those secretaries both visited.", "visited") == [None]
    text = "He has been missing since PRC authorities abducted him in 1995."
    assert dates(text, "abducted") == ["1995"]  # a date of its own stays
    assert dates("Those secretaries visited Melbourne.", "visited") == ["2022-03-04"]


def test_an_act_told_in_the_past_perfect_has_no_day_of_the_narrative() -> None:
    for text, trigger, dated in [
        ("On Tuesday, rebels entered the town. Officials said the forces had retreated.", "retreated", None),
        ("Officials said 600 people had been killed in the city.", "killed", None),
        ("He said the forces had retreated on Monday.", "retreated", "2022-02-28"),  # a day of its own stays
        ("On Tuesday, rebels entered the town. The forces retreated.", "retreated", "2022-03-01"),
    ]:
        assert dates(text, trigger) == [dated], text


def test_an_act_placed_in_an_earlier_period_has_no_day_of_the_narrative() -> None:
    for text, trigger, dated in [
        ("On Tuesday, rebels entered the town. In the run-up to the war, the minister warned his colleagues.",
         "warned", None),
        ("Similarly, in the months before the war, the envoy visited Paris.", "visited", None),  # opening the sentence
        ("Only months after the council accused the regime of torture, it lifted the embargo.", "accused", None),
        ("The police arrested him years ago.", "arrested", None),  # in the trigger's clause, after it
        ("In the Soviet era, the authorities imprisoned the poet.", "imprisoned", None),
        ("In the run-up to the war, the minister warned his colleagues on March 1.", "warned", "2022-03-01"),
        ("The minister, who spoke before the war, resigned on Monday.", "resigned", "2022-02-28"),  # its own day
        ("Rebels, who fought before the war, met the envoy.", "met", "2022-03-04"),  # set off by commas
        ("At the time, the minister warned his colleagues.", "warned", None),
        ("The minister warned his colleagues at the time of the attack.", "warned", "2022-03-04"),  # opens no sentence
        ("The minister warned his colleagues.", "warned", "2022-03-04"),
    ]:
        assert dates(text, trigger) == [dated], text
