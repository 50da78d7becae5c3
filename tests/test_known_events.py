"""Event nouns named as known ("the bombing", "Russia's invasion") take the date of the act the article told before."""

from __future__ import annotations

from datetime import date

from pipeline.records import text_events

PUBLISHED = date(2022, 3, 4)  # a Friday
BOMBED = "Gunmen bombed the embassy in Nairobi on Monday, killing twelve people.\n\n"


def dates(text: str, trigger: str) -> list[str]:
    """The dates of the events a trigger word names in a text, in the order of the text."""
    return [e["date"] for e in text_events(text, PUBLISHED) if e["trigger"] == trigger]


def test_a_noun_named_as_known_takes_the_date_of_the_act_told_before() -> None:
    text = BOMBED + "The council met on Thursday. Its members said the bombing was a crime."
    assert dates(text, "bombing") == ["2022-02-28"]  # not the Thursday the narrative went on to


def test_an_act_named_as_new_or_of_another_word_keeps_the_narratives_day() -> None:
    text = BOMBED + ("The council met on Thursday. Its members said a bombing was a crime. "
                     "Police said the attack was long planned.")
    assert dates(text, "bombing") == ["2022-03-03"]
    assert dates(text, "attack") == ["2022-03-03"]


def test_a_known_noun_dated_by_the_verb_that_governs_it_is_told_no_date_of_its_own() -> None:
    text = BOMBED + ("The council discussed the bombing at length during a closed session on Thursday. "
                     "Its members later said the bombing was a crime.")
    assert dates(text, "bombing") == ["2022-03-03", "2022-02-28"]


def test_a_verb_after_a_status_word_is_no_noun_named_as_known() -> None:
    text = ("Gunmen attacked the embassy in Nairobi on Monday.\n\n"
            "The council met on Thursday. It said the gunmen could not attack again.")
    assert dates(text, "attack") == ["2022-03-03"]


def test_a_year_in_the_phrase_of_an_act_named_as_known_is_its_own() -> None:
    text = ("Police arrested a man in connection with the bombings of the American embassies in Kenya and Tanzania "
            "last year.")
    assert dates(text, "bombings") == ["2021"]


def test_an_act_named_as_known_with_no_day_of_its_own_is_not_dated_by_the_publication() -> None:
    # the text tells of today: the invasion it names as known was done before, on a day it does not give
    assert dates("Blinken spoke with Kuleba today. They discussed the junta's invasion.", "invasion") == [None]
    assert dates("The Secretary raised the killing of a journalist.", "killing") == [None]
    assert dates("Blinken spoke with Kuleba today. They discussed Russia's buildup on the border.", "buildup") == [None]
    # a story of an earlier day names what was done on it
    assert dates("Rebels fought troops on Tuesday. The attack killed 20 soldiers.", "attack") == ["2022-03-01"]


def test_a_well_known_act_named_by_its_phrase_takes_the_day_it_began() -> None:
    text = "Blinken spoke today with Kuleba about Russia's premeditated, unprovoked, and unjustified attack on Ukraine."
    assert dates(text, "attack") == ["2022-02-24"]  # not the day of the call
    assert dates("Blinken met Kuleba today. They discussed Russia's invasion of Ukraine.", "invasion") == ["2022-02-24"]
    # the invader named before the noun, adjectives between, names the act as well
    assert dates("Blinken spoke with Kuleba today. They discussed Russia's invasion.", "invasion") == ["2022-02-24"]
    assert dates("We have condemned the Russian invasion, and we still do.", "invasion") == ["2022-02-24"]
    assert dates("They discussed Russia's brutal further invasion.", "invasion") == ["2022-02-24"]
    # a list of adjectives, commas and "and" between, before the noun without its object
    for words in ("premeditated, unprovoked, and unjustified", "cruel, needless and unlawful", "cruel and needless"):
        assert dates(f"We help Ukraine defend itself against Russia's {words} attack.", "attack") == ["2022-02-24"]
        assert dates(f"Ukrainians defend their land from Russia's {words} invasion.", "invasion") == ["2022-02-24"]
    assert dates("Tomorrow marks the 33rd anniversary of the Tiananmen Square massacre.", "massacre") == ["1989-06-04"]
    # a later mention of the same act refers back to it
    assert dates("Blinken discussed Russia's invasion of Ukraine. Allies condemned the invasion.", "invasion") == [
        "2022-02-24", "2022-02-24"]


def test_a_well_known_act_keeps_the_texts_own_date_and_names_nothing_before_its_day() -> None:
    # the text's own year holds the day: it stays
    assert dates("Libya was implicated in the 1988 bombing of Pan Am Flight 103.", "bombing") == ["1988"]
    # before the day, the same words name an act feared, not the one that began on it
    feared = [e["date"] for e in text_events("Blinken discussed the threat of a further Russian invasion of Ukraine.",
                                             date(2022, 2, 16)) if e["trigger"] == "invasion"]
    assert feared != ["2022-02-24"]


def test_an_act_named_an_interval_before_the_day_told_is_dated_that_interval_earlier() -> None:
    text = "It is unacceptable that today, one year after these demonstrations, 700 protesters remain in jail."
    assert [e["date"] for e in text_events(text, date(2022, 7, 11)) if e["trigger"] == "demonstrations"] == ["2021"]
    assert dates("On Monday, two months after the invasion, the army held the city.", "invasion") == ["2021-12"]
    # a day that qualifies the noun itself is the act's own
    bombings = [e["date"] for e in text_events("A month before the July 7 bombings, officials warned of attacks.",
                                               date(2005, 8, 1)) if e["trigger"] == "bombings"]
    assert bombings == ["2005-07-07"]


def test_a_recent_act_with_no_day_of_its_own_is_not_dated_by_the_publication() -> None:
    assert dates("Both welcomed the recent AUKUS Leaders' Statement.", "Statement") == [None]
    assert dates("Kerry recently visited Germany to discuss climate policy.", "visited") == [None]
    # a day of its own stays, and a mark ends the phrase
    assert dates("Kerry recently visited Germany on March 1.", "visited") == ["2022-03-01"]
    assert dates("In recent weeks, Kerry visited Germany.", "visited") == ["2022-03-04"]


def test_a_day_told_before_a_recent_act_is_another_acts() -> None:
    for text, trigger, dated in [
        ("She spoke on Tuesday with the minister about Qatar's recent pledge of aid to Lebanon.", "pledge", None),
        ("She met him on Tuesday and expressed condolences regarding the recent wave of attacks.", "attacks", None),
        ("Since the recent protests in the capital started February 15, officials resigned.", "protests", "2022-02-15"),
        ("They condemned the recent March 1 attack.", "attack", "2022-03-01"),  # beside its words: its own
    ]:
        assert dates(text, trigger) == [dated], text


def test_a_day_told_before_another_acts_words_is_not_a_known_acts() -> None:
    for text, trigger, dated in [
        ("The Secretary spoke today with the minister to condemn Russia's attacks on Ukrainian cities.", "attacks",
         None),
        ("On Tuesday, residents said they were opposed to the protests.", "protests", None),
        ("On Tuesday, the bombing killed five people.", "bombing", "2022-03-01"),  # no other act between: its own
        ("The minister condemned the bombing on Tuesday.", "bombing", "2022-03-01"),
    ]:
        assert dates(text, trigger) == [dated], text


def test_a_relative_clause_right_after_an_act_named_as_known_dates_it() -> None:
    text = "Sherman met Bar Lev on Wednesday. She sent condolences for the attacks that killed ten people last year."
    assert dates(text, "attacks") == ["2021"]  # not the Wednesday of the meeting
    text = "Sherman met Bar Lev on Wednesday. She conveyed condolences for the attacks that have gone on since May 2."
    assert dates(text, "attacks") == ["2022-03-02"]  # the day the span starts from is not theirs


def test_a_summit_named_as_known_is_dated_like_other_known_acts() -> None:
    text = "The two leaders reviewed plans for the NATO Summit in Madrid."
    assert dates(text, "Summit") == [None]  # not the publication day it is not held on
    text = "On December 9-10, 2021, President Biden hosted leaders in Washington. At the Summit, we announced a plan."
    assert dates(text, "Summit") == [None]
    assert dates("The leaders reviewed plans for a summit on March 20.", "summit") == ["2022-03-20"]  # its own day
