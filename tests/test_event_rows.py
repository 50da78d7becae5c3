"""Event rows as a careful reader writes them down: trigger, source, targets, own date, one type."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.cli import main
from pipeline.dedup import dedupe
from pipeline.model import Article
from pipeline.records import article_events, text_events
from pipeline.store import SCHEMAS

PUBLISHED = date(2022, 3, 4)  # a Friday


def events_of(text: str, published: date | None = PUBLISHED) -> list[dict]:
    """The events of one text."""
    return text_events(text, published)


def one(text: str, event_type: str) -> dict:
    """The only event of a type in a text."""
    found = [e for e in events_of(text) if e["event_type"] == event_type]
    assert len(found) == 1, [(e["trigger"], e["event_type"]) for e in events_of(text)]
    return found[0]


def test_every_event_keeps_its_trigger_and_offsets() -> None:
    text = "Russia rejected the proposal on Monday. NATO allies met in Brussels and condemned the attack."
    found = events_of(text)
    assert [(e["trigger"], e["event_type"]) for e in found] == [
        ("rejected", "REJECT"), ("met", "CONSULT"), ("condemned", "ACCUSE"), ("attack", "ASSAULT")]
    assert all(text[e["trigger_start"] : e["trigger_end"]] == e["trigger"] for e in found)


@pytest.mark.parametrize(("text", "event_type", "status", "sources"), [
    # what a speaker says is an event of its own, with the speaker as its source
    ("Syria says it is willing to withdraw its troops from Lebanon.", "RETREAT", "planned", ["Syria"]),
    ("Hungary has said it will support the resolution.", "SUPPORT", "planned", ["Hungary"]),
    ("The rebels in Fiji said they will release Prime Minister Mahendra Chaudhry.", "CONCEDE", "planned", ["Fiji"]),
])
def test_reported_speech_holds_events_of_its_own(text: str, event_type: str, status: str, sources: list[str]) -> None:
    event = one(text, event_type)
    assert (event["status"], event["sources"]) == (status, sources)
    assert one(text, "STATEMENT")["sources"] == sources


@pytest.mark.parametrize(("text", "event_type", "targets"), [
    ("China on Tuesday demanded that the United States cancel the sale.", "REQUEST", ["United States"]),
    ("The United States demanded that North Korea abandon its nuclear programme.", "REQUEST", ["North Korea"]),
])
def test_the_subject_of_an_object_clause_is_the_target(text: str, event_type: str, targets: list[str]) -> None:
    assert one(text, event_type)["targets"] == targets


def test_a_statement_does_not_target_the_subject_of_what_it_says() -> None:
    assert one("Russia said on Tuesday that Sudan will return the helicopter.", "STATEMENT")["targets"] == []


@pytest.mark.parametrize("text", [
    "Analysts have said the buildup could be aimed at Ukraine, the United States and NATO.",
    "Officials said Russia would respond.",
])
def test_unnamed_sources_borrow_no_actor(text: str) -> None:
    assert one(text, "STATEMENT")["sources"] == []


def test_officials_of_a_named_state_speak_for_it() -> None:
    assert one("Russian officials said the talks would go on.", "STATEMENT")["sources"] == ["Russia"]


def test_a_date_with_a_time_of_day_dates_the_event_to_the_day() -> None:
    event = one("Ukraine and Russia met on Wednesday morning in Istanbul.", "CONSULT")
    assert (event["date"], event["precision"]) == ("2022-03-02", "day")


def test_what_is_said_now_is_dated_by_the_publication_not_the_narrative() -> None:
    text = "Russia attacked Kharkiv on Tuesday. The attack was a war crime, analysts say."
    attacked, say = (next(e for e in events_of(text) if e["trigger"] == word) for word in ("attacked", "say"))
    assert attacked["date"] == "2022-03-01"
    assert (say["date"], say["date_basis"]) == ("2022-03-04", "publication")


def test_a_century_far_from_the_trigger_dates_something_else() -> None:
    text = ("In Honolulu on March 12, Blinken will host Foreign Minister Hayashi and Foreign Minister Chung for a "
            "Trilateral Meeting to deepen our cooperation in addressing threats and confronting 21st century "
            "challenges.")
    assert one(text, "CONSULT")["date"] == "2022-03-12"


@pytest.mark.parametrize(("text", "trigger"), [
    # a statement in the present, a phrase's first word in the present too, is made now: not on the narrative's day
    ("Rebels attacked Aleppo yesterday. The United States calls for an immediate ceasefire.", "calls for"),
    # nor on the past day of what it is made about
    ("The United States condemns the attack on Kyiv last week.", "condemns"),
    # the speaker's own act told with its subject: "we condemn" is the statement's, not of the bombing's day
    ("A bomb killed 20 people in Togoga on March 2. We strongly condemn this reprehensible act.", "condemn"),
    ("A bomb killed 20 people in Togoga on March 2. We urge the authorities to allow medical access.", "urge"),
    # what a commitment that stands now holds to goes on as the text is written
    ("Russia attacked Kharkiv on Tuesday. The United States remains committed to supporting Ukraine.", "supporting"),
])
def test_what_is_done_in_the_present_is_dated_by_the_publication(text: str, trigger: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == "2022-03-04"


def test_what_the_speaker_did_keeps_the_day_told() -> None:
    # a past form after the speaker's subject is no act of the telling
    text = "The minister arrived on March 2. We met him the same afternoon."
    assert next(e for e in events_of(text) if e["trigger"] == "met")["date"] == "2022-03-02"


def _coarse(event_id: str, article: str, trigger: str) -> dict:
    """An events row dated to a year only."""
    return {"event_id": event_id, "article_id": article, "published": PUBLISHED, "date": "2021",
            "precision": "year", "event_type": "AID", "trigger": trigger, "actors": ["United States"],
            "sentence_start": 0}


def test_reports_dated_to_a_year_are_one_event_only_with_the_same_trigger() -> None:
    events = pa.Table.from_pylist(
        [_coarse("a", "x", "funding"), _coarse("b", "y", "assistance"), _coarse("c", "z", "Funding")],
        schema=SCHEMAS["events"])
    kept, _ = dedupe(events, SCHEMAS["event_actors"].empty_table())
    assert sorted(kept["n_sources"].to_pylist()) == [1, 2]


def test_events_command_prints_one_json_object_per_event(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Germany imposed sanctions on Russia on Monday.\n", encoding="utf-8")
    assert main(["events", str(article), "--published", "2022-03-04"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 1
    record = records[0]
    assert {"trigger", "trigger_start", "trigger_end", "event_type", "status", "date", "date_start", "date_end",
            "precision", "date_text", "sources", "targets", "sentence_start"} <= set(record)
    assert (record["trigger"], record["event_type"], record["date"]) == ("imposed", "SANCTION", "2022-02-28")
    assert (record["sources"], record["targets"]) == (["Germany"], ["Russia"])


def test_events_command_names_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["events", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_an_event_named_as_the_object_of_another_has_no_source_of_its_own() -> None:
    text = "Germany condemned the attack on Kyiv."
    assert one(text, "ACCUSE")["sources"] == ["Germany"]
    assert one(text, "ASSAULT")["sources"] == []
    assert one("Germany condemned Russia's attack on Kyiv.", "ASSAULT")["sources"] == ["Russia"]


def test_verbs_joined_by_a_coordinator_share_their_subject() -> None:
    text = "Russian forces shelled and attacked Kharkiv."
    assert [e["sources"] for e in events_of(text)] == [["Russia"]]  # one ASSAULT: one type per source and sentence


def test_a_light_verb_carries_the_event_it_governs() -> None:
    found = events_of("Turkish authorities imposed a curfew in Cizre.")
    assert [(e["trigger"], e["event_type"], e["sources"]) for e in found] == [("curfew", "COERCE", ["Turkey"])]
    assert [e["event_type"] for e in events_of("Canada imposed sanctions on Russia.")] == ["SANCTION"]


@pytest.mark.parametrize(("text", "expected"), [
    # a transcript's speaker is the source of what the turn says; "we" is the speaker's state
    ("MR PRICE: We condemned the attack.\n", [("condemned", ["United States"]), ("attack", [])]),
    ("SECRETARY BLINKEN: I met Foreign Minister Kuleba.\n", [("met", ["Antony Blinken"])]),
    # an official the label does not name speaks for the state or organisation it names
    ("SENIOR STATE DEPARTMENT OFFICIAL: We condemned the attack.\n", [("condemned", ["United States"]), ("attack", [])]),
    # a journalist's question and a moderator's procedure are no events
    ("QUESTION: Did Russia reject the talks?\n", []),
    ("MODERATOR: Secretary Blinken will meet the press.\n", []),
    # the "I" and "you" of a speaker no actor stands for talk in the programme: its anchors' and guests' own talk
    ("HARMON: Well, can I just ask one question to the minister before I let him go.\n", []),
    ("HARMON: And the talks went well, you would say.\n", [("talks", [])]),
    # what such a speaker tells of others is told
    ("HARMON: Russia said the talks went well.\n", [("said", ["Russia"]), ("talks", [])]),
])
def test_transcript_turns(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(e["trigger"], e["sources"]) for e in events_of("Department Press Briefing\n\n" + text)] == expected


@pytest.mark.parametrize("text", [
    "The May 24 launch was a provocation. Russia vetoed the resolution.",
    "Russia's February 28 attack was condemned. Russia vetoed the resolution.",
])
def test_a_date_that_qualifies_a_noun_is_no_narrative_date(text: str) -> None:
    assert (one(text, "REJECT")["date"], one(text, "REJECT")["date_basis"]) == ("2022-03-04", "publication")


def test_a_past_act_is_never_planned() -> None:
    text = "The two states signed a treaty in 2021. The very next month, Russia launched a full-scale invasion of Ukraine."
    event = one(text, "ASSAULT")
    assert event["status"] == "occurred" and event["date_start"] <= PUBLISHED.isoformat()


@pytest.mark.parametrize(("text", "sources", "targets"), [
    ("Russia said on Tuesday that Sudan must return the helicopter.", ["Russia"], ["Sudan"]),
    ("Putin criticized NATO, saying Ukraine must stay neutral.", ["Vladimir Putin"], ["Ukraine"]),
])
def test_a_statement_that_obliges_an_actor_is_a_demand(text: str, sources: list[str], targets: list[str]) -> None:
    event = one(text, "REQUEST")
    assert (event["sources"], event["targets"]) == (sources, targets)
    assert not [e for e in events_of(text) if e["event_type"] == "STATEMENT"]


@pytest.mark.parametrize(("text", "status"), [
    # "would" after a reporting verb is the future seen from the past, not a condition
    ("The United States announced on Wednesday it would impose sanctions on Albania.", "planned"),
    ("The United States would impose sanctions on Albania.", "conditional"),
    # a clause opening with "unless" or "if" bears on the one before it
    ("Israel will impose sanctions on Gaza unless Hamas releases the hostages.", "conditional"),
])
def test_status_of_what_is_announced_or_conditioned(text: str, status: str) -> None:
    assert one(text, "SANCTION")["status"] == status


def test_a_verb_is_the_event_rather_than_a_noun_that_sets_the_scene() -> None:
    text = "With the signing of the memorandum, Sudan and Chad have agreed to open the border."
    event = one(text, "AGREE")
    assert (event["trigger"], event["sources"]) == ("agreed", ["Sudan", "Chad"])


@pytest.mark.parametrize(("text", "event_type", "sources", "targets"), [
    # a state's own affairs: the side the words leave unnamed is the named side's state
    ("Kenyan farmers staged a protest outside parliament on Monday.", "PROTEST", ["Kenya"], ["Kenya"]),
    ("A journalist was detained in Belarus on Sunday.", "COERCE", ["Belarus"], ["Belarus"]),
    # an event governed by another has a source the words do not give: none is assumed
    ("Moscow eased the curfew in Georgian towns.", "COERCE", [], ["Georgia"]),
    # not a domestic type: an attack's unnamed target stays unnamed
    ("Russian forces launched an attack on Sunday.", "ASSAULT", ["Russia"], []),
    # a protest's noun no doer's word stands before names no protesters: its place's state only suffers it
    ("The protests in Peru have spread to the capital.", "PROTEST", [], ["Peru"]),
    ("Unions said that, as protests in Chile grew, the talks stalled.", "PROTEST", [], ["Chile"]),
    ("Dock workers in Chile were continuing a hunger strike on Monday.", "PROTEST", ["Chile"], ["Chile"]),
    # foreigners held where the act happens: the place's state holds them, not theirs, and is no target
    ("A Canadian engineer was detained in Iran on Sunday.", "COERCE", ["Iran"], ["Canada"]),
    # protests in several states: no one state protests
    ("Protests against Uganda broke out in the Kenyan capital.", "PROTEST", [], ["Uganda", "Kenya"]),
])
def test_the_unnamed_side_of_a_domestic_event_is_the_named_sides_state(
    text: str, event_type: str, sources: list[str], targets: list[str]
) -> None:
    event = one(text, event_type)
    assert (event["sources"], event["targets"]) == (sources, targets)


@pytest.mark.parametrize(("text", "targets"), [
    # a protest naming no one it is against: the government the text named last
    ("The Peruvian government raised fuel prices. The protests grew on Monday.", ["Peru"]),
    ("President Ruto addressed Kenya on Monday. Demonstrations continued into the night.", ["Kenya"]),
    # two states' governments named together: whose is unclear
    ("The Peruvian government urged the Chilean government to talk. The protests grew on Monday.", []),
    # protests referred back to: their own telling says whom they were against
    ("The Peruvian government raised fuel prices. It is unclear what sparked these new protests.", []),
])
def test_a_protest_naming_no_target_is_against_the_government_named_last(text: str, targets: list[str]) -> None:
    assert one(text, "PROTEST")["targets"] == targets


def test_the_receiver_of_a_verb_of_giving_is_the_target() -> None:
    event = one("Japan gave Sri Lanka 20 million dollars in aid.", "AID")
    assert (event["sources"], event["targets"]) == (["Japan"], ["Sri Lanka"])


STATE_DEPARTMENT = "U.S. Department of State"


def release_events(text: str, source: str, title: str = "Press Statement") -> list[dict]:
    """The events of a text published by an outlet under a title."""
    return article_events(Article("release", "-", title, text, PUBLISHED, "metadata", source=source))


@pytest.mark.parametrize(("source", "title", "sources"), [
    # a government's own release speaks in its own voice: its "we" is that government
    (STATE_DEPARTMENT, "Press Statement", ["United States"]),
    ("", "Press Statement", []),  # a newspaper's "we" is not a party to diplomacy
    (STATE_DEPARTMENT, "Joint Statement on Belarus", []),  # a joint statement's "we" are its signatories
])
def test_an_outlets_first_person_is_the_government_it_speaks_for(source: str, title: str, sources: list[str]) -> None:
    found = release_events("We condemn the Russian attack on Kyiv.", source, title)
    assert [e["sources"] for e in found if e["event_type"] == "ACCUSE"] == [sources]


@pytest.mark.parametrize(("source", "sources"), [(STATE_DEPARTMENT, ["United States"]), ("", [])])
def test_an_outlets_department_is_the_government_it_speaks_for(source: str, sources: list[str]) -> None:
    found = release_events("The Department is designating three oligarchs.", source)
    assert [e["sources"] for e in found if e["event_type"] == "SANCTION"] == [sources]


@pytest.mark.parametrize(("text", "source", "sources"), [
    # a government's release tells its own designations in the passive, naming no doer
    ("These individuals are being designated under Executive Order 14024.", STATE_DEPARTMENT, ["United States"]),
    ("These individuals are being designated under Executive Order 14024.", "", []),  # a newspaper's: unnamed
    ("The diplomats were expelled on Monday.", STATE_DEPARTMENT, []),  # an act others do as often
    ("Aid reached groups headed by individuals sanctioned in 2019.", STATE_DEPARTMENT, []),  # no auxiliary: no passive
])
def test_an_outlets_own_act_told_in_the_passive_is_the_governments(
    text: str, source: str, sources: list[str]
) -> None:
    found = release_events(text, source)
    assert [e["sources"] for e in found if e["event_type"] == "SANCTION"] == [sources]


@pytest.mark.parametrize(("text", "source", "sources"), [
    # a government's release names its own aid as a sentence's subject, naming no doer
    ("This critical assistance will support shelters in Haiti.", STATE_DEPARTMENT, ["United States"]),
    ("This critical assistance will support shelters in Haiti.", "", []),  # a newspaper's: unnamed
    ("These entities provide revenue to the junta.", STATE_DEPARTMENT, []),  # a verb whose subject is no aid
])
def test_an_outlets_own_aid_named_as_the_subject_is_the_governments(
    text: str, source: str, sources: list[str]
) -> None:
    found = release_events(text, source)
    assert [e["sources"] for e in found if e["event_type"] == "AID"] == [sources]


def test_a_first_person_possessive_before_a_noun_of_an_act_owns_it() -> None:
    found = release_events("Iran and the DPRK remain a threat, and that will be part of our discussions today.",
                           STATE_DEPARTMENT)
    assert [e["sources"] for e in found if e["event_type"] == "CONSULT"] == [["United States"]]
    # a comma closes the noun's phrase: the subject before it acts
    found = release_events("The Ukrainian people, with our security assistance, have defended their homeland.",
                           STATE_DEPARTMENT)
    assert [e["sources"] for e in found if e["trigger"] == "defended"] == [["Ukraine"]]


@pytest.mark.parametrize(("source", "text", "sources"), [
    # an outlet's texts call its principal by a bare title: the holder of its office on the day
    (STATE_DEPARTMENT, "The Secretary met Foreign Minister Kuleba.", ["Antony Blinken"]),
    ("https://www.defense.gov", "The Secretary met Foreign Minister Kuleba.", ["Lloyd Austin"]),
    ("", "The Secretary met Foreign Minister Kuleba.", []),  # a newspaper's "Secretary" is no one known
    # a secretary named before is the one meant
    (STATE_DEPARTMENT, "Lloyd Austin arrived. The Secretary met Foreign Minister Kuleba.", ["Lloyd Austin"]),
    # the holder is meant also where another's title holds the word ("UK Foreign Secretary Truss"), not by another's
    (STATE_DEPARTMENT, "Secretary Blinken thanked UK Foreign Secretary Truss. The Secretary met Foreign Minister "
                       "Kuleba.", ["Antony Blinken"]),
    (STATE_DEPARTMENT, "Secretary Blinken thanked Foreign Minister Kuleba. The Foreign Minister met Foreign Secretary "
                       "Truss.", ["Dmytro Kuleba"]),
])
def test_an_outlets_bare_title_is_its_office_holder(source: str, text: str, sources: list[str]) -> None:
    found = [e for e in release_events(text, source) if e["event_type"] == "CONSULT"]
    assert [e["sources"] for e in found] == [sources]


@pytest.mark.parametrize(("text", "trigger", "sources"), [
    # in what is quoted, "we" is the speaker's side and "I" the speaker
    ("“We condemn the attack,” Foreign Minister Kuleba said.", "condemn", ["Ukraine"]),
    ("Foreign Minister Lavrov said: “We reject the proposal.”", "reject", ["Russia"]),
    ("“I condemn the attack,” Bergen said.", "condemn", ["Bergen"]),
    # the speaker still speaks
    ("“We condemn the attack,” Foreign Minister Kuleba said.", "said", ["Dmytro Kuleba"]),
    ("“This crowns my work,” said Foreign Minister Kuleba.", "said", ["Dmytro Kuleba"]),
])
def test_a_quotations_first_person_is_its_speaker(text: str, trigger: str, sources: list[str]) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["sources"] == sources


@pytest.mark.parametrize(("text", "sources"), [
    # where the title names no signatory, the opening line that says who releases the text does
    ("The following statement was released by the Governments of Canada and Japan on the occasion of the "
     "summit.\n\nWe condemn the attack.", ["Canada", "Japan"]),
    ("The following statement was released by Secretary Blinken and Foreign Minister Kuleba.\n\nWe condemn the "
     "attack.", ["United States", "Ukraine"]),
    # what the line says the text is about signs nothing
    ("The following statement was released by the Governments of Canada and Japan on Syria.\n\nWe condemn the "
     "attack.", ["Canada", "Japan"]),
])
def test_a_joint_texts_opening_line_names_its_signatories(text: str, sources: list[str]) -> None:
    found = release_events(text, STATE_DEPARTMENT, "Joint Statement on the Situation")
    assert [e["sources"] for e in found if e["trigger"] == "condemn"] == [sources]


def test_first_person_words_quoted_in_a_release_are_not_the_outlets() -> None:
    found = release_events("Kuleba said: “We condemn the Russian attack.”", STATE_DEPARTMENT)
    assert "United States" not in [actor for e in found for actor in e["sources"]]


@pytest.mark.parametrize(("text", "event_type", "day"), [
    # a date that qualifies a noun dates the event that noun names, not the clause's other events
    ("Russia condemned the May 24 launch.", "ACCUSE", PUBLISHED.isoformat()),
    ("Japan protested over the May 24 launch.", "PROTEST", PUBLISHED.isoformat()),
    # a day that owns the object right after the trigger is the day of what the object names
    ("Russia condemned Tuesday's attack on its embassy.", "ACCUSE", PUBLISHED.isoformat()),
    ("The minister said Tuesday's attacks would be investigated.", "STATEMENT", PUBLISHED.isoformat()),
    ("Russia condemned last week's attack on its embassy.", "ACCUSE", PUBLISHED.isoformat()),
    # after a preposition it frames the act ("At this week's meeting, they agreed ...")
    ("Russia protested at Tuesday's meeting.", "PROTEST", "2022-03-01"),
    # the present perfect tells of a state up to now: the narrative's last day does not date it
    ("Russia attacked Kharkiv on March 2. The United States has provided aid to Ukraine.", "AID", PUBLISHED.isoformat()),
    ("Russia attacked Kharkiv on March 2. The United States then provided aid to Ukraine.", "AID", "2022-03-02"),
    # a contraction reads as the words it stands for: "we've" is "we have", "I'm" is "I am"
    ("Russia attacked Kharkiv on March 2. We've provided aid to Ukraine.", "AID", PUBLISHED.isoformat()),
    ("Russia attacked Kharkiv on March 2. They’ve been providing aid to Ukraine.", "AID", PUBLISHED.isoformat()),
    ("Russia attacked Kharkiv on March 2. I'm calling on Russia to withdraw.", "REQUEST", PUBLISHED.isoformat()),
])
def test_dates_that_belong_to_another_event_do_not_date_this_one(text: str, event_type: str, day: str) -> None:
    assert one(text, event_type)["date"] == day


@pytest.mark.parametrize(("text", "day"), [
    # a day of the month told after the acts of its sentence, earlier than the day the narrative told: an aside
    ("Blinken met Kuleba today. He thanked him for his help in arranging the first flight from Kyiv on March 2. "
     "Blinken discussed aid to Ukraine.", PUBLISHED.isoformat()),
    ("Blinken met Kuleba today. They welcomed the measures that Poland and NATO announced March 2. "
     "Blinken discussed aid to Ukraine.", PUBLISHED.isoformat()),
    # the day of its sentence's first act, right after its words, takes the narrative back
    ("Blinken met Kuleba today. The two met in Warsaw on March 2. They discussed aid to Ukraine.", "2022-03-02"),
    # a day told before the publication's own does not set an aside's bar
    ("Blinken met Kuleba on March 3. He thanked him for his help in arranging the first flight from Kyiv on March 2. "
     "Blinken discussed aid to Ukraine.", "2022-03-02"),
])
def test_an_earlier_day_told_aside_is_not_the_narratives(text: str, day: str) -> None:
    assert [e["date"] for e in events_of(text) if e["trigger"] == "discussed"] == [day]


@pytest.mark.parametrize("text", [
    "As I said, this is wrong.",  # a speaker pointing back to words already said
    "That is to say, nothing changes.",
    "One might say Europe, but I would say it is global.",
    "Please ask your questions now.",
    "(The briefing was concluded at 3:33 p.m.)",
])
def test_words_of_discourse_are_no_statements_or_requests(text: str) -> None:
    assert not [e for e in events_of(text) if e["event_type"] in ("STATEMENT", "REQUEST", "CONSULT")]


def test_a_sea_named_after_a_state_is_no_actor() -> None:
    assert one("Vietnam protested Chinese drills in the South China Sea.", "PROTEST")["targets"] == ["China"]
    assert one("Japan protested the drills in the East China Sea.", "PROTEST")["targets"] == ["Japan"]


def test_a_visit_over_a_range_of_days_is_dated_by_its_period_but_dates_nothing_after_it() -> None:
    visit = one("Sherman will travel to China from March 6-8.", "CONSULT")  # Sunday to Tuesday: two weeks, one month
    assert (visit["date"], visit["status"]) == ("2022-03", "planned")
    assert one("Sherman was in China on March 1-2. Russia condemned the sanctions.", "ACCUSE")["date"] == "2022-03-04"


@pytest.mark.parametrize(("text", "not_typed"), [
    ("Protesters were waving signs reading No to war.", "AGREE"),  # placards, not a signature
    ("The envoy has seen no signs of progress in Kyiv.", "AGREE"),
    ("Blinken and Jaishankar discussed cooperation on fighting the COVID-19 pandemic.", "ASSAULT"),  # a figure
    ("Egypt must allow the right to peaceful protest, Hague urged.", "PROTEST"),  # a right, not a protest
    ("Hamas called on Arabs to topple U.S.-backed leaders.", "SUPPORT"),  # a compound describes, names no act
])
def test_nouns_and_figures_that_look_like_triggers_name_no_event(text: str, not_typed: str) -> None:
    assert not_typed not in [e["event_type"] for e in events_of(text)]


def test_the_verb_a_look_alike_noun_comes_from_still_names_its_event() -> None:
    assert one("Russia signs a deal with China.", "AGREE")["sources"] == ["Russia"]
    assert one("Russian forces were fighting in Donbas during the pandemic.", "ASSAULT")["sources"] == ["Russia"]


MEETING = "Secretary Blinken met with Foreign Minister Kuleba of Ukraine on Monday. "


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), [
    # the sides of a meeting go on acting in what follows it: in talks each keeps its side, what they
    # discussed being no party
    (MEETING + "They also discussed Russia’s buildup.", "discussed", ["Antony Blinken"], ["Dmytro Kuleba", "Ukraine"]),
    (MEETING + "The two ministers agreed to meet again.", "agreed", ["Antony Blinken"], ["Dmytro Kuleba", "Ukraine"]),
    # in an act of another kind both sides act together, towards the clause's own actors
    (MEETING + "They condemned Russia.", "condemned", ["Antony Blinken", "Dmytro Kuleba", "Ukraine"], ["Russia"]),
    (MEETING + "The participants condemned Russia.", "condemned", ["Antony Blinken", "Dmytro Kuleba", "Ukraine"],
     ["Russia"]),
    (MEETING + "The envoys condemned Russia.", "condemned", ["Antony Blinken", "Dmytro Kuleba", "Ukraine"], ["Russia"]),
    # a noun inside what they discussed keeps its own actors
    (MEETING + "They discussed Russia’s full-scale invasion of Ukraine.", "invasion", ["Russia"], ["Ukraine"]),
    # and the sides go on acting in the sentence's later clauses
    (MEETING + "They agreed Ukraine’s borders must be respected, condemned Russia’s attacks.", "condemned",
     ["Antony Blinken", "Dmytro Kuleba", "Ukraine"], ["Russia"]),
    # two sides named as the sources of talks are its sides too, each keeping its own
    ("Secretary Blinken spoke with Foreign Minister Kuleba. Trade grew. The Secretary and Foreign Minister discussed "
     "trade. Prices fell. They agreed to meet again.", "agreed", ["Antony Blinken"], ["Dmytro Kuleba"]),
    # the sides stay in view while one of them acts on, however many sentences that takes
    (MEETING + "Secretary Blinken thanked Ukraine. The Secretary stressed reform. Foreign Minister Kuleba spoke of "
     "trade. They also discussed Russia’s buildup.", "discussed", ["Antony Blinken"], ["Dmytro Kuleba", "Ukraine"]),
    # "and his counterpart" joins the other side to the one named
    (MEETING + "Secretary Blinken and his counterpart condemned Russia.", "condemned",
     ["Antony Blinken", "Dmytro Kuleba", "Ukraine"], ["Russia"]),
    # every counterpart a list names is on the side met, not only the first one's state
    ("Secretary Blinken spoke with French Foreign Minister Le Drian, German Foreign Minister Baerbock, and Foreign "
     "Minister Kuleba of Ukraine. They condemned Russia.", "condemned",
     ["Antony Blinken", "Jean-Yves Le Drian", "Annalena Baerbock", "Dmytro Kuleba", "Ukraine"], ["Russia"]),
    # "the senior leaders" refer back to the sides too
    (MEETING + "The senior leaders condemned Russia.", "condemned", ["Antony Blinken", "Dmytro Kuleba", "Ukraine"],
     ["Russia"]),
    # a meeting's host is a side met, unlike a companion of one's own state
    ("Secretary Blinken and Foreign Minister Hayashi attended a meeting hosted by Foreign Minister Kuleba of "
     "Ukraine. They condemned Russia.", "condemned",
     ["Antony Blinken", "Yoshimasa Hayashi", "Dmytro Kuleba", "Ukraine"], ["Russia"]),
    ("Secretary Blinken will travel to Paris, joined by Secretary Raimondo. They will discuss trade.", "discuss",
     ["Antony Blinken"], ["France"]),
    # too far from the meeting, or a subject of its own: no borrowing
    (MEETING + "Trade grew. Prices fell. Taxes rose. They discussed Russia.", "discussed", [], ["Russia"]),
    (MEETING + "Russia and Belarus discussed sanctions.", "discussed", ["Russia", "Belarus"], []),
])
def test_they_refers_back_to_the_sides_of_the_last_meeting(
    text: str, trigger: str, sources: list[str], targets: list[str]
) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert (event["sources"], event["targets"]) == (sources, targets)


@pytest.mark.parametrize(("text", "release", "sources", "targets"), [
    # a government's readout tells one meeting: its sides stay in view while no other side acts, however far
    (MEETING + "The visit marked a new dialogue. Trade grew. Prices fell. The United States announced aid to Ukraine. "
     "The two leaders discussed trade.", True, ["Antony Blinken"], ["Dmytro Kuleba", "Ukraine"]),
    # officials of three states or more meeting are no two sides: all act together
    ("Senior officials from the United States, Australia, India, and Japan met virtually. The meeting built on a "
     "summit. Trade grew. They discussed trade.", True, ["United States", "Australia", "India", "Japan"],
     []),
    # a later verb of the clause the phrase opens has the same subject, past a list of what was discussed
    ("Senior officials from the United States, Australia, India, and Japan met virtually. The senior officials "
     "discussed peace in the Taiwan Strait, the crisis in Burma, and reaffirmed the Quad’s strong support for ASEAN.",
     True, ["United States", "Australia", "India", "Japan"], ["ASEAN"]),
    # not once another side acts, nor in a news report, where "they" may be anyone
    (MEETING + "The visit marked a new dialogue. Trade grew. Prices fell. Canada announced aid to Ukraine. "
     "The two leaders discussed trade.", True, [], []),
    (MEETING + "The visit marked a new dialogue. Trade grew. Prices fell. The United States announced aid to Ukraine. "
     "The two leaders discussed trade.", False, [], []),
])
def test_a_readout_keeps_the_sides_of_its_meeting_in_view(
    text: str, release: bool, sources: list[str], targets: list[str]
) -> None:
    article = Article(article_id="r", path="r", published_from="metadata", title="A readout", text=text,
                      published=PUBLISHED, source=STATE_DEPARTMENT if release else "CNN")
    event = [e for e in article_events(article) if e["trigger"].startswith(("discussed", "reaffirmed"))][-1]
    assert (event["sources"], event["targets"]) == (sources, targets)


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    # a readout's talk goes on with the side met while the same doer acts on
    (MEETING + "Secretary Blinken stressed reform and discussed ways to deepen trade.", "discussed",
     ["Dmytro Kuleba", "Ukraine"]),
    (MEETING + "In these meetings, the Secretary raised trade.", "meetings", ["Dmytro Kuleba", "Ukraine"]),
    # a counterpart's word after a purpose is another act's ("to continue working with partners")
    (MEETING + "Secretary Blinken discussed ways to continue working with partners.", "discussed",
     ["Dmytro Kuleba", "Ukraine"]),
    # each side a list of titled names joins is met, however its titles run ("Ministry of Trade and Industry")
    ("Secretary Blinken spoke with Ghanaian Foreign Minister Ayorkor Botchwey and Kenyan Ministry of Trade and "
     "Industry Secretary Alfred Mutua. Secretary Blinken discussed ways to deepen trade.", "discussed",
     ["Ayorkor Botchwey", "Kenya", "Alfred Mutua"]),
    # not a talk with others it names, nor one at a stop of a trip, nor one denied, nor a named event
    (MEETING + "The Secretary will also meet with business leaders.", "meet", []),
    (MEETING + "In Poland, Secretary Blinken will discuss trade.", "discuss", []),
    (MEETING + "Secretary Blinken would not discuss trade.", "discuss", []),
    (MEETING + "Secretary Blinken praised the Summit of the Americas.", "Summit", []),
    # another doer does not carry the meeting on
    (MEETING + "Prime Minister Trudeau discussed trade.", "discussed", []),
    # feelings offered in a readout are offered to the side met, even one named beside the doer before
    (MEETING + "The Secretary expressed his deepest condolences for the victims of the floods.", "expressed",
     ["Dmytro Kuleba", "Ukraine"]),
    (MEETING + "The Secretary and Foreign Minister Kuleba condemned Russia’s attacks on civilians, and the Secretary "
     "expressed sympathy for those killed.", "expressed", ["Dmytro Kuleba", "Ukraine"]),
    ("Secretary Blinken met with Foreign Minister Kuleba of Ukraine and conveyed condolences for the victims.",
     "conveyed", ["Dmytro Kuleba", "Ukraine"]),
    # not a plain statement, nor feelings of another doer
    (MEETING + "The Secretary reiterated the importance of trade.", "reiterated", []),
    (MEETING + "Prime Minister Trudeau expressed condolences for the victims.", "expressed", []),
])
def test_a_talk_of_a_readout_goes_on_with_the_side_met(text: str, trigger: str, targets: list[str]) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert event["targets"] == targets


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), [
    # those of other sides a list joins to a talk's subject are the sides it meets
    ("Secretary Blinken, Ghanaian Foreign Minister Ayorkor Botchwey, and Kenyan Foreign Minister Alfred Mutua will "
     "hold a joint meeting on trade.", "meeting", ["Antony Blinken"], ["Ayorkor Botchwey", "Alfred Mutua"]),
    # those of its own side meet with it
    ("Vice President Harris, Secretary Blinken, and Under Secretary Nuland met with Kenyan Foreign Minister Alfred "
     "Mutua.", "met", ["Kamala Harris", "Antony Blinken", "Victoria Nuland"], ["Alfred Mutua"]),
    ("Secretary Blinken, Deputy Secretary Sherman, and Kenyan Foreign Minister Alfred Mutua met in Nairobi.", "met",
     ["Antony Blinken", "Wendy Sherman"], ["Alfred Mutua"]),
    # not an apposition that says who the subject is, with no coordinator closing a list
    ("Secretary Blinken, U.N. envoy for trade, met reporters.", "met", ["Antony Blinken"], []),
])
def test_those_listed_with_a_talk_s_subject_are_met_or_meet_with_it(
    text: str, trigger: str, sources: list[str], targets: list[str]
) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert (event["sources"], event["targets"]) == (sources, targets)


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), [
    # what a speaker says has a subject of its own, which is neither the speaker's act nor its addressee
    ("Blinken said Russia will withdraw its troops.", "said", ["Antony Blinken"], []),
    ("Blinken said Russia will withdraw its troops.", "withdraw", ["Russia"], []),
    ("Blinken told Kuleba the United States would send aid.", "told", ["Antony Blinken"], ["Dmytro Kuleba"]),
    ("Blinken told Kuleba the United States would send aid.", "aid", ["United States"], []),
    # without a subject of its own, a pronoun or a possessor, the speaker may act
    ("Putin said he will attack Ukraine.", "attack", ["Vladimir Putin"], ["Ukraine"]),
    ("Russia announced a suspension of flights to Poland.", "suspension", ["Russia"], ["Poland"]),
    # the agent of a noun ("the attacks by Russia") is its source; the actors before the noun are not its targets
    ("Ukraine condemned the attacks by Russia.", "attacks", ["Russia"], []),
    ("Kyiv was attacked by Russia.", "attacked", ["Russia"], ["Ukraine"]),
])
def test_what_is_said_has_its_own_subject(text: str, trigger: str, sources: list[str], targets: list[str]) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert (event["sources"], event["targets"]) == (sources, targets)


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # a trip's programme: its stops are dated by the week, month or year that holds the trip, not the publication
    ("Blinken will travel to Jordan from March 7-10. In Amman, he will meet King Abdullah.", "meet", "2022-W10"),
    ("Blinken will travel to Seoul from March 30 to April 5. He will meet the Foreign Minister.", "meet", "2022"),
    ("Blinken will travel to Seoul from March 21 to 29. He will meet the Foreign Minister.", "meet", "2022-03"),
    ("Blinken will travel to Seoul from May 2 to June 6. He will meet the Foreign Minister.", "meet", "2022-Q2"),
    # a trip under way at publication holds what is still to come of it; another range under way does not
    ("Blinken will travel to Jordan from March 2-8. In Amman, he will meet King Abdullah.", "meet", "2022-03"),
    ("The fair is open from March 2-8. Blinken will meet King Abdullah.", "meet", "2022-03-04"),
    # a day of its own is the event's; a range long past dates no plan
    ("Blinken will travel to Jordan from March 7-10. On March 8, he will meet King Abdullah.", "meet", "2022-03-08"),
    ("Blinken travelled to Jordan from February 1-3. He will meet King Abdullah.", "meet", "2022-03-04"),
    # a stop the sentence opens with its place, no range told: on a day of the trip the text does not give
    ("Blinken will travel to Jordan and Egypt. In Amman, he will meet King Abdullah.", "meet", None),
    ("Blinken will travel to Poland. While in Warsaw, he will meet officials.", "meet", None),
    ("Blinken will travel to Jordan and Egypt. He will meet King Abdullah.", "meet", "2022-03-04"),
])
def test_a_planned_stop_of_a_trip_takes_the_trip_period(text: str, trigger: str, date: str | None) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == date


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # what is done over a range of days its clause names is dated by the period that holds the range
    ("In Amman, March 7-10, Blinken will meet King Abdullah.", "meet", "2022-W10"),
    ("Blinken met King Abdullah in Amman from March 1-2.", "met", "2022-W09"),
    # the trip itself too: no one day holds it
    ("Blinken will travel to Jordan March 7-10.", "travel to", "2022-W10"),
    # a past act is not of a range still to come, though the week that holds the range began before publication
    ("Blinken discussed the meeting in Berlin March 5-6.", "discussed", "2022-03-04"),
    # a range across the end of a month
    ("Blinken traveled to Poland February 28 – March 2.", "traveled to", "2022-W09"),
    ("Blinken will travel to Jordan March 31-April 2.", "travel to", "2022-W13"),
    ("Blinken will travel to Jordan May 31-June 8.", "travel to", "2022-Q2"),
    # a list of days of one month is done over them all; another month's day or a count after "and" is no such list
    ("Envoys held talks with the Taliban in Doha on February 23 and 24.", "talks", "2022-W08"),
    ("Envoys held talks with the Taliban in Doha on February 23 and March 2.", "talks", "2022-02-23"),
    ("Russia attacked Kyiv on February 26 and 10 people were killed.", "attacked", "2022-02-26"),
])
def test_an_event_over_a_range_of_days_takes_the_period_that_holds_it(text: str, trigger: str, date: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == date


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # a lead that names no day is of the story's day the next lines name by a word
    ("The Cuban leadership warned that nothing is certain.\n\nThe message was read Thursday night at a rally.",
     "warned", "2022-03-03"),
    # not by a day of the month in figures, nor by an earlier day: those are more often asides
    ("The United States supported the truce.\n\nThe truce, which began on March 3, holds.", "supported", "2022-03-04"),
    ("The Cuban leadership warned that nothing is certain.\n\nThe message was read Monday night at a rally.",
     "warned", "2022-03-04"),
    # nor the speaker of what the lead reports
    ("Williams was merged into Primerica, the companies said.\n\nThe board met Thursday.", "said", "2022-03-04"),
])
def test_a_lead_that_names_no_day_takes_the_storys_day_named_next(text: str, trigger: str, date: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == date


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # what a trip's readout tells after its range of days, over by publication, is of the period that holds it
    ("Zeya visited Tunisia on March 1-3.\n\nShe also met the Prime Minister.", "met", "2022-W09"),
    ("Zeya travelled to Chile from February 21 to 23. In Santiago, she announced new aid.", "announced", "2022-W08"),
    # a range still going on at publication, or a range long past, holds no act the text gives no day of
    ("Zeya is visiting Tunisia from March 3-6. She met the Prime Minister.", "met", "2022-03-04"),
    ("Zeya visited Tunisia on January 3-5. She met the Prime Minister.", "met", "2022-03-04"),
])
def test_a_done_act_after_a_past_range_of_days_takes_the_period_that_holds_it(text: str, trigger: str,
                                                                              date: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == date


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # what the next sentences tell of a visit or talks a day closed was done on some day of the stretch: the week,
    # month, quarter or year that holds its length, else a week up to that day
    ("Today, the consultations concluded after two days of talks.\n\nDuring the consultations, the delegation "
     "reiterated its support for Turkmenistan.", "reiterated its support", "2022-W09"),
    ("The Envoy returned on February 24 from travel to Oman. During his trip, he met the Sultan.", "met", "2022-02"),
    ("The Envoy returned on March 3 from travel to Oman. During his trip, he met the Sultan.", "met", "2022-Q1"),
    # the closing sentence's own act keeps its day, and a finding "concluded" closes no stretch
    ("The Envoy returned on March 3 from travel to Oman. During his trip, he met the Sultan.", "travel to",
     "2022-03-03"),
    ("On March 3, Kim called Liu to discuss the launches, which the government has concluded were tests. "
     "Kim condemned the launches.", "condemned", "2022-03-03"),
])
def test_an_act_during_a_closed_stretch_takes_the_period_that_holds_it(text: str, trigger: str, date: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == date


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    # an office holder meets a counterpart, not the state the office holder serves
    ("Secretary Blinken met with Foreign Minister Kuleba of Ukraine at the U.S. Mission.", "met", ["Dmytro Kuleba", "Ukraine"]),
    # where it is the only one, it stays: "met officials at INDOPACOM" meets the United States' own
    ("Secretary Blinken met with officials of the United States Navy.", "met", ["United States"]),
    # a group's act at home aims at its own state too
    ("Hamas rejected an invitation from Palestine and Israel.", "rejected", ["Palestine", "Israel"]),
    # nor, in a one-sided act, the state served named only as a qualifier of what is its own
    ("Chollet will offer U.S. support to the ministries in their reform efforts.", "support", []),
    ("Secretary of State Hillary Clinton reiterated the U.S. position that the leader must go.", "reiterated", []),
    # a qualifier of the state's people, forces or bodies stays its party; so does a hostile act's
    ("President Mubarak asked the Egyptian government to resign.", "asked", ["Egypt"]),
    ("President Gadhafi kept attacking the Libyan people.", "attacking", ["Libya"]),
])
def test_an_office_holder_does_not_target_the_state_served(text: str, trigger: str, targets: list[str]) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["targets"] == targets


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    # the source of a hostile act beside a cooperative one is its adversary, not its beneficiary
    ("Blinken reaffirmed U.S. support for Ukraine in the face of Russia’s invasion.", "reaffirmed U.S. support", ["Ukraine"]),
    ("Blinken reaffirmed U.S. support for Ukraine and Russia.", "reaffirmed U.S. support", ["Ukraine", "Russia"]),
    # so is the possessor of a hostile course, a noun that names no single event
    ("Blinken expressed support for Ukraine against Russia’s brutal and unjustified war.", "expressed support",
     ["Ukraine"]),
    ("Blinken reaffirmed U.S. support for Ukraine in the face of Moscow's war of choice.", "reaffirmed U.S. support",
     ["Ukraine"]),
    ("Blinken reaffirmed U.S. support for Russia’s neighbours against the war.", "reaffirmed U.S. support", ["Russia"]),
])
def test_an_adversary_is_no_target_of_support(text: str, trigger: str, targets: list[str]) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["targets"] == targets


@pytest.mark.parametrize(("text", "trigger", "named", "dates"), [
    # a date that bounds an event is not its date
    ("Prior to February 2022, the United States provided aid to Ukraine.", "provided", "2022-02", False),
    ("The ceasefire will hold until May 5, the ministers agreed.", "ceasefire", "2022-05-05", False),
    ("On February 24, Russia invaded Ukraine.", "invaded", "2022-02-24", True),
    # what has been done since a day is a sum up to now, not an act of that day
    ("Since February 24, the United States has provided $30 million to Moldova.", "provided", "2022-02-24", False),
    ("Since February 24, the United States has committed $30 million in assistance.", "assistance", "2022-02-24",
     False),
])
def test_a_bound_is_no_date(text: str, trigger: str, named: str, dates: bool) -> None:
    event = next(e for e in events_of(text, date(2022, 4, 27)) if e["trigger"] == trigger)
    assert (event["date"] == named) == dates


@pytest.mark.parametrize(("text", "trigger", "status", "day"), [
    # the sum a coming act brings up to now runs over no one day, not the day it is announced, and is of acts done
    ("This package will bring total U.S. aid to Moldova to $50 million since the start of the crisis.", "aid",
     "occurred", None),
    ("This package will bring total U.S. assistance to Moldova to over $50 million to date.", "assistance",
     "occurred", None),
    # a coming act on its own keeps the day of the telling
    ("The United States will provide new assistance to Moldova.", "provide", "planned", PUBLISHED.isoformat()),
])
def test_a_sum_up_to_now_a_planned_act_brings_has_no_day(text: str, trigger: str, status: str, day: str | None) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert (event["status"], event["date"]) == (status, day)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # a sum up to now told in the present perfect runs over no one day, whether its words follow it or open its
    # sentence
    ("So far, 40 countries have signed the treaty.", "signed", None),
    ("More than 200 people have been killed so far.", "killed", None),
    ("To date, the United States has provided $10 million in aid.", "provided", None),
    # a day of its own stays, and so does a bound the perfect is told since
    ("Twelve reporters have been killed so far in 2011.", "killed", "2011"),
    ("Since February 24, the United States has provided $10 million in aid.", "provided", PUBLISHED.isoformat()),
])
def test_a_sum_up_to_now_in_the_present_perfect_has_no_day(text: str, trigger: str, day: str | None) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert event["date"] == day


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # an act in the present perfect over a stretch up to now is a sum over it, whether the stretch follows it in its
    # clause or opens its sentence, and whatever day the stretch's own words name
    ("At least 300 people have been killed in the province over the past two weeks.", "killed", None),
    ("Opposition leaders have criticized the mission in recent days.", "criticized", None),
    ("Members of the panel have met with both sides over the past three months.", "met", None),
    ("Thousands of troops have amassed at the border in recent weeks.", "amassed", None),
    ("In recent weeks, the government has announced several new measures.", "announced", None),
    ("Over the last three months, the envoys have met with both sides.", "met", None),
    ("Twelve soldiers have been killed in the last week.", "killed", None),
    # in another tense, or in what a saying verb says, the stretch bounds nothing
    ("The army attacked the town over the past two weeks.", "attacked", PUBLISHED.isoformat()),
    ("The minister has said that over the past week rebels attacked the town.", "said", PUBLISHED.isoformat()),
    ("Officials have said rebels have killed 300 people in the past week.", "said", PUBLISHED.isoformat()),
    # one day, or a phrase that names no unit of time, is no stretch of days
    ("Ten people have been killed in the last 24 hours.", "killed", PUBLISHED.isoformat()),
    ("The rebels have attacked the town in recent fighting.", "attacked", PUBLISHED.isoformat()),
    ("The rebels have attacked the capital in the last throes of the war.", "attacked", PUBLISHED.isoformat()),
    # the clause's own day stays
    ("The rebels have attacked the town on Tuesday, the third attack in the past week.", "attacked", "2022-03-01"),
])
def test_an_act_in_the_present_perfect_over_a_stretch_up_to_now_has_no_day(text: str, trigger: str,
                                                                            day: str | None) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert event["date"] == day


@pytest.mark.parametrize(("text", "trigger", "sources"), [
    # an actor right before its verb is its subject, whatever pronoun comes before
    ("As many of you will have seen, President Biden announced new aid.", "announced", ["Joe Biden"]),
    ("As you know, the United States and France agreed on sanctions.", "agreed", ["United States", "France"]),
    # not one that a pronoun's verb governs
    ("We will sanction Putin’s cronies.", "sanction", []),
])
def test_the_actor_right_before_a_verb_is_its_subject(text: str, trigger: str, sources: list[str]) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["sources"] == sources


@pytest.mark.parametrize(("text", "sources"), [
    # who attributes a quotation speaks it, known to the gazetteer or not; who is named inside it does not
    ("“They are held in disdain,” Bergen said.", ["Bergen"]),
    ("“They have to tighten their belts,” said Craig Kloner, an analyst.", ["Craig Kloner"]),
    ("“In the U.S. you vote them out,” Sabra said.", ["Sabra"]),
    ("“Romania is an exemplary partner,” said Deputy Secretary Wendy Sherman.", ["Wendy Sherman"]),
    # a name that opens a clause before its reporting verb speaks too
    ("Officials in Rome said they were investigating, while Il Manifesto said she was safe.", ["Il Manifesto"]),
    ("Peter Bergen said the group was weak.", ["Peter Bergen"]),
    # no name: a pronoun, an unnamed official, a clause's opening word
    ("“Russia will pay,” the official said.", []),
    ("As Dan said, the talks will go on.", []),
    ("“Russia will pay,” he said.", []),
])
def test_an_unknown_speaker_is_named_by_the_words_before_or_after_the_verb(text: str, sources: list[str]) -> None:
    assert [e for e in events_of(text) if e["event_type"] == "STATEMENT"][-1]["sources"] == sources


@pytest.mark.parametrize(("text", "day"), [
    # a quotation's attribution is of the article's day (or the day before), not of a day told of earlier
    ("Rebels took Brega on Sunday. “Freedom will come,” Benotman told CNN.", "2011-02-25"),
    ("Rebels took Brega yesterday. “Freedom will come,” Benotman told CNN.", "2011-02-24"),
    ("Rebels took Brega on Sunday. Benotman told CNN that freedom would come.", "2011-02-20"),
])
def test_a_quotation_is_attributed_on_the_article_day(text: str, day: str) -> None:
    assert next(e for e in events_of(text, date(2011, 2, 25)) if e["trigger"] == "told")["date"] == day


@pytest.mark.parametrize(("text", "trigger", "sources"), [
    # a possessor acts in the noun its adjectives qualify
    ("Blinken condemned Russia’s premeditated, unprovoked, and unjustified attack on Ukraine.", "attack", ["Russia"]),
    ("Russia's rejection of the proposal surprised no one.", "rejection", ["Russia"]),
    # not in a verb or noun after a determiner, preposition or coordinator
    ("Blinken noted Malawi’s calls for the withdrawal of troops.", "withdrawal", []),
    ("The Taliban vowed to protect Afghanistan’s infrastructure, protect civilians, and cooperate.", "cooperate",
     ["Taliban"]),
    # a thing's possessive pronoun refers back to the last actor before it, not to the clause's subject
    ("The United States will impose costs on Russia's economy in response to its unlawful invasion of Ukraine.",
     "invasion", ["Russia"]),
    ("Blinken urged the Kremlin to end its brutal attacks.", "attacks", ["Russia"]),
    # its adjectives may be joined by commas and hyphens, as after "'s"
    ("U.S. aid to Kenya has grown since Russia launched its brutal and unprovoked full-scale invasion of Ukraine.",
     "invasion", ["Russia"]),
    ("U.S. aid to Kenya has grown since Russia launched its brutal, unprovoked invasion of Ukraine.", "invasion",
     ["Russia"]),
    # a possessor's own words end where the pronoun stands: "the face of Russia's war" makes no complement of Russia
    ("Blinken offered aid to Kenya in the face of Russia's brutal war and its inhumane attacks on Kenyan cities.",
     "attacks", ["Russia"]),
    # save the complement of a noun
    ("Russia continues to violate the sovereignty of Ukraine with its attacks.", "attacks", ["Russia"]),
])
def test_a_possessor_is_the_source_of_the_noun_it_qualifies(text: str, trigger: str, sources: list[str]) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["sources"] == sources


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    # a statement addresses no one of its speaker's side
    ("Secretary Blinken affirmed the strong partnership between the United States and Egypt.", "affirmed", []),
    ("Secretary Blinken told Foreign Minister Kuleba that aid would come.", "told", ["Dmytro Kuleba"]),
])
def test_a_statement_addresses_no_one_of_its_own_side(text: str, trigger: str, targets: list[str]) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["targets"] == targets


@pytest.mark.parametrize(("text", "trigger", "targets"), [
    # where a meeting or a statement takes place is none of its parties
    ("Blinken met with European Council President Charles Michel today in Brussels, Belgium.", "met",
     ["Charles Michel"]),
    ("Blinken and Kuleba discussed the humanitarian crisis in Burma.", "discussed", []),
    # nor what it is about, unless the words name no other side
    ("Secretary Blinken spoke today with Foreign Minister Kuleba to reaffirm support for Ukraine and to hold Russia "
     "accountable.", "spoke today with", ["Dmytro Kuleba"]),
    ("Deputy Secretary Sherman will meet with officials at INDOPACOM to discuss U.S. strategy.", "meet",
     ["United States"]),
    # but not where a party of another state stands before the trigger
    ("Secretary Blinken will host Kenyan Foreign Minister Raychelle Omamo for a Ministerial Meeting to address "
     "threats from Mali.", "Meeting", []),
    ("Secretary Blinken will travel to Kyiv and Warsaw to meet officials.", "travel to", ["Ukraine", "Poland"]),
    # what follows "about" or "discussed" is the matter, whatever its first word, but for who is met "with"
    ("Deputy Secretary Sherman spoke with Foreign Minister Kuleba about Belarus and NATO.", "spoke with",
     ["Dmytro Kuleba"]),
    ("Secretary Blinken discussed Belarus with Foreign Minister Kuleba.", "discussed", ["Dmytro Kuleba"]),
    # two sides that are both the subject are the parties, so the matter stays none
    ("Secretary Blinken and Foreign Minister Kuleba discussed steps to deliver weapons to Ukraine.", "discussed", []),
    # nor one "with" joins to the matter where the parties are named before it
    ("Secretary Blinken and Foreign Minister Kuleba discussed closer cooperation with Poland.", "discussed", []),
    ("Secretary Blinken spoke with Foreign Minister Kuleba to discuss his meeting with Foreign Minister Lavrov.",
     "spoke with", ["Dmytro Kuleba"]),
    ("Secretary Blinken discussed cooperation with Foreign Minister Kuleba.", "discussed", ["Dmytro Kuleba"]),
    # an attack in a place hits it
    ("Russia launched missile attacks in Ukraine.", "attacks", ["Ukraine"]),
])
def test_a_meeting_place_or_matter_is_no_party(text: str, trigger: str, targets: list[str]) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["targets"] == targets


def test_the_cause_of_a_feeling_is_no_act_upon_the_one_who_feels_it() -> None:
    event = next(e for e in events_of("Ukraine is horrified by the attacks.") if e["trigger"] == "attacks")
    assert "Ukraine" not in event["targets"]


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), [
    # a passive's subject suffers the act; with no agent named, the act has no source
    ("At least three Iraqi civilians have been killed in Baghdad.", "killed", [], ["Iraq"]),
    ("Saudi Arabia has been designated as a Country of Particular Concern.", "designated", [], ["Saudi Arabia"]),
    ("Kyiv was attacked by Russia.", "attacked", ["Russia"], ["Ukraine"]),
    # the auxiliary of a first participle serves the one coordinated with it
    ("The launch was watched and welcomed by NASA Administrator Bill Nelson.", "welcomed", ["Bill Nelson"], []),
    # a progressive after an auxiliary is active
    ("Russia was attacking Ukraine.", "attacking", ["Russia"], ["Ukraine"]),
    # an act named as a passive's agent befalls the subject too
    ("Russia has been hit by unprecedented sanctions.", "sanctions", [], ["Russia"]),
    ("Russia has been hit by Ukraine's sanctions.", "sanctions", ["Ukraine"], []),
])
def test_a_passive_subject_is_the_target(text: str, trigger: str, sources: list[str], targets: list[str]) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert (event["sources"], event["targets"]) == (sources, targets)


@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), [
    # a sentence's opening phrase names an event of its main subject, with the phrase's actors
    ("In a meeting with Defense Ministry officials, Putin took a sharper tone.", "meeting", ["Vladimir Putin"], []),
    ("After talks with Kuleba, Blinken pledged more aid.", "talks", ["Antony Blinken"], ["Dmytro Kuleba"]),
    ("In Brussels, Blinken met Kuleba.", "met", ["Antony Blinken"], ["Dmytro Kuleba"]),
    ("During this visit, Blinken praised Kuleba.", "visit", ["Antony Blinken"], []),
    # a meeting's days determine it too; an act of others only told before the main clause stays theirs
    ("In her May 3 talks with Kuleba, Deputy Secretary Sherman raised press freedom.", "talks", ["Wendy Sherman"],
     ["Dmytro Kuleba"]),
    ("During Tuesday's meeting, Blinken praised Kuleba.", "meeting", ["Antony Blinken"], []),
    ("After the 1990 invasion of Kuwait, Peru said little.", "invasion", [], ["Kuwait"]),
    # a verb's form may open it too, or be its event; its actors are no subject of the main clause
    ("Expressing concern over the tensions, Secretary Blinken urged restraint.", "Expressing", ["Antony Blinken"], []),
    ("Coinciding with a meeting of NATO, the United States is designating five individuals.", "designating",
     ["United States"], []),
    ("Following talks with France, Blinken met Kuleba.", "met", ["Antony Blinken"], ["Dmytro Kuleba"]),
    ("Through consultations with Kenya, the UN Special Envoy seeks a framework.", "consultations",
     ["United Nations"], ["Kenya"]),
    # not where the verb's form is the subject, a verb following it, nor where other words follow the comma
    ("Fleeing was not an option, Blinken said.", "Fleeing", [], []),
    ("Fighting raged near the border, as Russia attacked Ukraine.", "Fighting", [], []),
    # a pronoun inside the opening phrase is no subject of the main clause
    ("After they had lost the town, Russian forces began shelling Kyiv.", "shelling", ["Russia"], ["Ukraine"]),
    # nor where a name ends like one
    ("Lenderking met with officials of Yemen.", "met", ["Tim Lenderking"], ["Yemen"]),
])
def test_an_opening_phrase_names_an_event_of_the_main_subject(
    text: str, trigger: str, sources: list[str], targets: list[str]
) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert (event["sources"], event["targets"]) == (sources, targets)


@pytest.mark.parametrize(("title", "status"), [
    # a day's public schedule lists what is to come that day; another release tells what was done
    ("Public Schedule – August 5, 2021", "planned"),
    ("Secretary Blinken's Meeting with Foreign Minister Kuleba", "occurred"),
])
def test_a_schedule_lists_what_is_planned(title: str, status: str) -> None:
    article = Article(article_id="s", path="s", published_from="metadata", title=title, published=date(2021, 8, 5),
                      text="2:30 p.m. Secretary Blinken meets with Ukrainian Foreign Minister Dmytro Kuleba.")
    assert [e["status"] for e in article_events(article)] == [status]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # what a request governs is asked for, not done; what a condemnation governs was done
    ("Blinken called for an immediate withdrawal.", "withdrawal", "planned"),
    ("Blinken condemned the attack.", "attack", "occurred"),
    # each act the asking lists after its "to" is asked for, save one told as done or as a circumstance
    ("Blinken urged the junta to end the violence, restore democracy and release the detained activists.", "release",
     "planned"),
    ("Blinken urged Russia to pay for these killings in Bucha.", "killings", "occurred"),
    ("Blinken continues to call for the release of the two journalists.", "release", "planned"),  # still asked for
    # an act with its own subject after the asking is told, not asked for (imposed as the release is read: occurred)
    ("In response to reforms called for by the Council of Europe, the United States is imposing sanctions on two firms.",
     "imposing", "occurred"),
    ("Blinken urged the marchers to refrain from arson, looting and violence during the protest.", "protest",
     "occurred"),
])
def test_what_is_asked_for_is_planned(text: str, trigger: str, status: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["status"] == status


@pytest.mark.parametrize(("title", "sources"), [
    # a joint text's "we" are the states and organisations its title names before its matter, or joins by a dash
    ("G7 Foreign Ministers’ Statement on Russia’s War Against Ukraine", ["G7"]),
    ("Joint Statement on the U.S.-EU Energy Council", ["United States", "European Union"]),
    # a title that names only its matter names no signatory
    ("Joint Statement on the Situation in Libya", []),
])
def test_a_joint_statement_speaks_for_its_signatories(title: str, sources: list[str]) -> None:
    article = Article(article_id="j", path="j", published_from="metadata", title=title, published=date(2022, 5, 1),
                      text="We call on China to act.", source="U.S. Department of State", url="https://www.state.gov/j/")
    assert [e["sources"] for e in article_events(article)] == [sources]


def test_a_joint_statements_ministers_are_its_signatories() -> None:
    article = Article(article_id="j", path="j", published_from="metadata", published=date(2022, 5, 1),
                      title="Joint Statement of the United States and Germany on Support for Ukraine",
                      text="Trade grew. The Ministers welcomed the talks.", source="U.S. Department of State")
    assert next(e for e in article_events(article) if e["trigger"] == "welcomed")["sources"] == [
        "United States", "Germany"]


def test_a_paragraph_without_a_day_goes_back_to_the_story_day_after_an_aside_about_an_earlier_one() -> None:
    text = ("Russia attacked Kharkiv on Thursday.\n\nOn Tuesday, Ukraine had asked NATO for more weapons. "
            "Germany rejected the request.\n\nNATO condemned the attack.")
    dates = {e["trigger"]: e["date"] for e in events_of(text)}
    # the aside's Tuesday goes on through its paragraph, not into the next
    assert (dates["rejected"], dates["condemned"]) == ("2022-03-01", "2022-03-03")


def test_a_later_day_named_in_an_earlier_paragraph_stays_the_narrative_day() -> None:
    text = ("Ukraine asked NATO for weapons on Tuesday.\n\nRussia attacked Kharkiv on Thursday.\n\n"
            "NATO condemned the attack.")
    assert one(text, "ACCUSE")["date"] == "2022-03-03"


def test_a_day_of_what_is_said_does_not_date_the_saying() -> None:
    text = "Officials said Russia attacked Kharkiv on Tuesday."
    said, attacked = (next(e for e in events_of(text) if e["trigger"] == word) for word in ("said", "attacked"))
    assert (said["date"], attacked["date"]) == ("2022-03-04", "2022-03-01")


@pytest.mark.parametrize(("text", "said"), [
    # what is said opens with a subject pronoun or "that": its days, acts of the lexicon or not, are its own
    ("The protesters said they were planning a march on Tuesday.", "2022-03-04"),
    ("The minister said she sent a plane to Tripoli on Wednesday morning.", "2022-03-04"),
    ("Officials said that on Tuesday the city was calm.", "2022-03-04"),
    ("The general says he expects a pull-out next spring.", "2022-03-04"),
    # a day right after the reporting verb is the saying's
    ("The ministry said on Wednesday it sent a plane to Tripoli.", "2022-03-02"),
    ("The ministry said Wednesday that the city was calm.", "2022-03-02"),
])
def test_the_days_of_what_a_speaker_says_do_not_date_the_saying(text: str, said: str) -> None:
    assert next(e for e in events_of(text) if e["event_type"] == "STATEMENT")["date"] == said


def test_a_reporting_verbs_own_object_keeps_the_day_after_it() -> None:
    assert one("Kuleba told a news conference on Tuesday that Russia would pay.", "STATEMENT")["date"] == "2022-03-01"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("In contrast to Thursday, when Russia attacked Kharkiv, the city was calm on Friday.", "attacked", "2022-03-03"),
    ("Kavan lived in London from 1968, when the Soviets invaded Czechoslovakia.", "invaded", "1968"),
    ("In February, as protests in Libya began, Qaradawi issued a fatwa.", "protests", "2022-02"),
    # a year the clause tells of dates only the events near its opening word
    ("Kavan, who lived in London from 1968, when he fled the invasion of his country by the Soviet Union, until 1989, "
     "said he was hopeful.", "said", "2022-03-04"),
])
def test_a_clause_opened_right_after_a_date_tells_of_that_date(text: str, trigger: str, expected: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == expected


def test_a_clause_of_the_time_right_after_a_trigger_dates_it() -> None:
    text = "Khan spoke on Thursday. He warned when he opened the probe two months ago that the rebels are bound by law."
    assert next(e for e in events_of(text) if e["trigger"] == "warned")["date"] == "2022-01"
    text = "Khan spoke on Thursday. He succeeds Taylor, who stepped down as chairman and chief executive in January."
    assert next(e for e in events_of(text) if e["trigger"] == "stepped down")["date"] == "2022-01"
    # a name's year in a role after "as" is no act's date
    text = "Blinken spoke on Thursday. He welcomed Peru's designation as the host of APEC 2024."
    assert next(e for e in events_of(text) if e["trigger"] == "designation")["date"] != "2024"


def test_a_date_made_one_word_with_a_hyphen_qualifies_the_noun_after_it() -> None:
    # "third-quarter deliveries" are of the third quarter; the talks are of Tuesday
    assert one("Ukraine and Poland discussed third-quarter deliveries of weapons on Tuesday.", "CONSULT")["date"] == (
        "2022-03-01")


def test_a_report_closing_its_sentence_is_dated_like_a_quotations_attribution() -> None:
    text = "Russia attacked Kharkiv on Tuesday. The city had no warning of the attack, officials said."
    said = next(e for e in events_of(text) if e["trigger"] == "said")
    # words said for the article, not on the Tuesday the story told of
    assert (said["date"], said["date_basis"]) == ("2022-03-04", "publication")
    four = ("Russia attacked Kharkiv on Tuesday. "
            "The city had no warning of the attack, one senior Ukrainian official said.")
    assert next(e for e in events_of(four) if e["trigger"] == "said")["date"] == "2022-03-04"
    opening = "Russia attacked Kharkiv on Tuesday. Officials said the city had no warning of the attack."
    assert next(e for e in events_of(opening) if e["trigger"] == "said")["date"] == "2022-03-01"


def test_an_attribution_takes_no_day_of_what_it_reports_in_its_own_clause() -> None:
    text = "Russian troops shelled Kharkiv on Tuesday, officials said."
    dates = {e["trigger"]: e["date"] for e in events_of(text)}
    assert (dates["shelled"], dates["said"]) == ("2022-03-01", "2022-03-04")
    assert one("Russian troops shelled Kharkiv, officials said on Tuesday.", "STATEMENT")["date"] == "2022-03-01"


def test_a_day_after_publication_dates_a_past_act_of_the_next_mornings_paper() -> None:
    # a story filed on the Friday evening quotes the editorial of Saturday's paper
    said = next(e for e in events_of("The Times said in an editorial on Saturday, March 5: the court erred.")
                if e["trigger"] == "said")
    assert (said["date"], said["status"]) == ("2022-03-05", "occurred")


def test_the_day_of_an_attack_told_in_passing_is_no_day_of_the_narrative() -> None:
    text = ("Sherman met Levy earlier today. She offered condolences on the murder of two officers in a terrorist "
            "attack on March 3. Sherman also emphasized the importance of security.")
    assert [e["date"] for e in events_of(text) if e["trigger"] == "emphasized"] == ["2022-03-04"]


def test_the_day_of_a_launch_told_in_passing_is_no_day_of_the_narrative() -> None:
    text = ("Sherman spoke today with Geoana. They discussed steps made possible by the launch on March 1 in Vienna of a dialogue. "
            "They agreed on the importance of close coordination.")
    assert [e["date"] for e in events_of(text) if e["trigger"] == "agreed"] == ["2022-03-04"]


def test_the_day_after_an_attack_a_verb_has_as_its_object_may_be_the_verbs() -> None:
    # "condemned the attack on Thursday": the condemning may be of Thursday, and the narrative goes on from it
    said = [e["date"] for e in events_of("Clinton condemned the attack on Thursday. Officials said more was coming.")
            if e["trigger"] == "said"]
    assert said == ["2022-03-03"]


@pytest.mark.parametrize(("text", "trigger", "release", "day"), [
    # a government's release names others' hostile acts, done and told without a day, as what it speaks about
    ("The Secretary met the Minister today. Authorities have jailed the opposition.", "jailed", True, None),
    ("The Secretary met the Minister on Tuesday. Journalists have been arrested for their reporting.", "arrested",
     True, None),
    ("We call for the release of those unjustly detained.", "detained", True, None),
    ("The Minister said a journalist was killed in the attack.", "killed", True, None),
    # aid a release tells as given, without a day, is a sum given over time
    ("The Secretary met the Minister today. In Cambodia, the United States has provided more than $11 million.",
     "provided", True, None),
    ("We are grateful for the support that the U.S. Government has provided for the development of Moldova.",
     "provided", True, None),
    ("The United States provided $5 million in aid to Moldova on Tuesday.", "provided", True, "2022-03-01"),
    ("The United States has provided $5 million in aid to Moldova.", "provided", False, "2022-03-04"),
    # a day of its own stays, and a mobilisation is a posture that holds as the release is written
    ("Police detained the two journalists on Tuesday.", "detained", True, "2022-03-01"),
    ("Russian forces have deployed troops near the border.", "deployed", True, "2022-03-04"),
    # a news report's undated acts are the day's news
    ("Authorities have jailed the opposition.", "jailed", False, "2022-03-04"),
    # a present perfect passive is a state up to the telling, not of the day the narrative last named
    ("Troops shelled the town on Tuesday.\n\nAt least 40 people have been killed, officials said.", "killed", False,
     "2022-03-04"),
])
def test_a_release_names_hostile_acts_without_a_day_as_background(text: str, trigger: str, release: bool,
                                                                   day: str | None) -> None:
    article = Article(article_id="r", path="r", published_from="metadata", title="A statement", text=text,
                      published=PUBLISHED, source="U.S. Department of State" if release else "CNN")
    assert next(e for e in article_events(article) if e["trigger"] == trigger)["date"] == day


@pytest.mark.parametrize(("text", "trigger", "release", "day"), [
    # a government's release tells an act going on since before the telling, with no day of its own: no one day
    ("We are grateful for the support you have been providing to our people.", "providing", True, None),
    ("We thank Ghana for the aid that you’ve been providing to refugees.", "providing", True, None),
    # a day of its own stays, and a news report's act going on is the day's news
    ("Ghana has been providing aid to refugees this week.", "providing", True, "2022-W09"),
    ("Since Tuesday, Ghana has been providing aid to refugees.", "providing", True, None),
    ("Rebels have been shelling the town.", "shelling", False, "2022-03-04"),
])
def test_a_release_tells_an_act_going_on_since_before_it_on_no_day(text: str, trigger: str, release: bool,
                                                                  day: str | None) -> None:
    article = Article(article_id="r", path="r", published_from="metadata", title="A statement", text=text,
                      published=PUBLISHED, source="U.S. Department of State" if release else "CNN")
    assert next(e for e in article_events(article) if e["trigger"] == trigger)["date"] == day


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # a day right after the reporting verb is the saying's where what is said has a day of its own
    ("The ambassador said Thursday he resigned his post on Tuesday.", "resigned", "2022-03-01"),
    ("The ambassador said Thursday he resigned his post.", "resigned", "2022-03-03"),
    # not a day of another act between ("to meet on Saturday"), nor one a noun holds without a preposition
    ("The parties told reporters Thursday they agreed to meet on Saturday.", "agreed", "2022-03-03"),
    ("The minister told reporters Thursday he welcomed a call Tuesday by the envoy.", "welcomed", "2022-03-03"),
])
def test_a_day_right_after_the_reporting_verb_is_the_sayings(text: str, trigger: str, day: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == day


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # a day inside a relative clause set off by commas is that clause's, not its antecedent's verb's
    ("The envoy, who arrived in Cairo on Tuesday after a week in Amman, said talks would resume.", "said",
     "2022-03-04"),
    ("The envoy, who arrived in Cairo on Tuesday, told reporters the talks would resume.", "told", "2022-03-04"),
    # the verb's auxiliaries may stand between the closing comma and the verb
    ("The envoy, who arrived in Cairo on Tuesday, has said talks would resume.", "said", "2022-03-04"),
    # a day after the closing comma stays the verb's own
    ("The envoy, who arrived in Cairo last week, said on Tuesday that talks would resume.", "said", "2022-03-01"),
    # a relative clause not set off by commas holds no verb of its antecedent
    ("Those who protested on Tuesday were arrested.", "protested", "2022-03-01"),
])
def test_a_day_of_a_relative_clause_does_not_date_the_verb_after_it(text: str, trigger: str, day: str) -> None:
    assert next(e for e in events_of(text) if e["trigger"] == trigger)["date"] == day


@pytest.mark.parametrize(("text", "trigger", "day", "status"), [
    # a live page runs past its date (a Friday): a bare weekday on the day after is that Saturday
    ("(Update 9 p.m. ET) Russia and Ukraine met on Saturday in Istanbul.", "met", "2022-03-05", "occurred"),
    ("(Update 9 p.m. ET) Russia and Ukraine are holding talks Saturday in Istanbul.", "talks", "2022-03-05",
     "occurred"),
    ("(Update 9 p.m. ET) NATO ministers will meet on Saturday in Brussels.", "meet", "2022-03-05", "planned"),
    # two days after publication it is still the week before; without an update stamp, so is the next day
    ("(Update 9 p.m. ET) Russia and Ukraine met on Sunday in Istanbul.", "met", "2022-02-27", "occurred"),
    ("Russia and Ukraine met on Saturday in Istanbul.", "met", "2022-02-26", "occurred"),
    ("Update 9 p.m.: Russia and Ukraine met on Saturday in Istanbul.", "met", "2022-02-26", "occurred"),
])
def test_a_live_page_names_the_day_after_its_date_by_its_weekday(text: str, trigger: str, day: str,
                                                                  status: str) -> None:
    event = next(e for e in events_of(text) if e["trigger"] == trigger)
    assert (event["date"], event["status"]) == (day, status)


@pytest.mark.parametrize(("text", "day"), [
    # a day a state holds since is no day the narrative is told on: what follows is of the telling's day
    ("Since Tuesday, the city has been free of Russian forces, he said. Officials said more aid was coming.",
     PUBLISHED.isoformat()),
    ("The internet has been down since Wednesday. The woman said she would stay.", PUBLISHED.isoformat()),
    # a day an act is told on still carries to the next sentences
    ("Russian forces left the city on Tuesday. Officials said more aid was coming.", "2022-03-01"),
    # ... and past a day a state holds since, told close after it: the speaker goes on with what he told that day
    ("On Tuesday, a NATO spokesman said rebels held the coast. Since Friday, the city has been free of Russian forces. "
     "The spokesman said more aid was coming.", "2022-03-01"),
])
def test_a_day_a_state_holds_since_is_no_day_of_the_narrative(text: str, day: str) -> None:
    assert [e["date"] for e in events_of(text) if e["trigger"] == "said"][-1:] == [day]


@pytest.mark.parametrize(("text", "day"), [
    # the writer's own week opens the sentence: what the writer tells done after it is of that week
    ("This week, I represented the United States at the ASEAN meeting. I also announced new programs.", "2022-W09"),
    ("In my meetings this week, we discussed the crisis. I also announced new programs.", "2022-W09"),
    # a week that qualifies a noun, or others' acts reported after it, keep the publication's day
    ("Blinken met today with Kuleba. They discussed this week's ministerial. He also announced new aid.", "2022-03-04"),
    ("This week, protesters marched in the capital. The minister announced new programs.", "2022-03-04"),
])
def test_the_writers_own_week_dates_what_the_writer_tells_done(text: str, day: str) -> None:
    assert [e["date"] for e in events_of(text) if e["trigger"] == "announced"] == [day]


def test_the_day_that_owns_an_act_past_by_nature_is_past_in_a_future_sentence() -> None:
    # "whoever is behind Wednesday's bombing will be found": the bombing is done, and the attack told after it is it
    text = ("Officials say whoever is behind Wednesday's suicide bombing at the airport will be found and punished. "
            "The attack killed dozens of people.")
    events = {e["trigger"]: e for e in events_of(text)}
    assert (events["bombing"]["status"], events["bombing"]["date"]) == ("occurred", "2022-03-02")
    assert events["attack"]["date"] == "2022-03-02"
