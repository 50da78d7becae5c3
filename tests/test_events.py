"""Events from short texts with hand-made temporal expressions and actor mentions."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from pipeline.dedup import KEY, dedupe, duplicate_keys
from pipeline.events import extract_events
from pipeline.model import ActorMention, Article, Timex
from pipeline.store import SCHEMAS

DAY = date(2022, 3, 10)

# Actor words the tests mark in their texts: canonical name, type, country.
ACTORS = {
    "Russia": ("Russia", "state", "Russia"),
    "Moscow": ("Russia", "state", "Russia"),
    "Ukraine": ("Ukraine", "state", "Ukraine"),
    "the United States": ("United States", "state", "United States"),
    "Washington": ("United States", "state", "United States"),
    "NATO": ("NATO", "organization", "NATO"),
    "Putin": ("Vladimir Putin", "person", "Russia"),
    "Macron": ("Emmanuel Macron", "person", "France"),
    "Blinken": ("Antony Blinken", "person", "United States"),
    "Kuleba": ("Dmytro Kuleba", "person", "Ukraine"),
    "Poland": ("Poland", "state", "Poland"),
}


def mentions(text: str) -> list[ActorMention]:
    """Every occurrence of the known actor words in the text."""
    found = []
    for words, (actor, kind, country) in ACTORS.items():
        start = text.find(words)
        while start >= 0:
            found.append(ActorMention(words, start, start + len(words), actor, kind, country))
            start = text.find(words, start + 1)
    return sorted(found, key=lambda m: m.start)


def timexes(text: str, marked: list[tuple[str, str, str, str]]) -> list[Timex]:
    """Temporal expressions given as (words, type, value, basis), located in the text."""
    return [Timex(w, text.index(w), text.index(w) + len(w), t, v, b) for w, t, v, b in marked]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentences ending at ". " (the texts here need nothing finer)."""
    spans, start = [], 0
    for part in text.split(". "):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


def run(
    text: str, marked: list[tuple[str, str, str, str]] | None = None, published: date | None = DAY
) -> tuple[list[dict], list[dict]]:
    """The events and event actors of a one-article text."""
    article = Article("a1", "a1.txt", "A title", text, published, "metadata" if published else "unknown")
    return extract_events(article, timexes(text, marked or []), mentions(text), sentences(text))


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Russia summoned the British ambassador.", ["ACCUSE"]),
        ("Poland expelled three Russian diplomats.", ["SANCTION"]),
        ("Blinken met with Kuleba in Brussels.", ["CONSULT"]),
        ("The two ministers agreed to meet in Geneva.", ["AGREE"]),
        ("Blinken held talks with Kuleba to discuss the crisis.", ["CONSULT"]),
        ("Blinken called on Moscow to pull back its troops.", ["REQUEST"]),
        ("The spokesman said that talks will take place in April.", ["STATEMENT", "CONSULT"]),
        ("the United States imposed sanctions on the bank.", ["SANCTION"]),
        ("The convoy was met with resistance.", []),
        ("Artillery shelled the city and killed four people.", ["ASSAULT"]),
        ("The weather was mild.", []),
        # a noun after a trigger says what that event is about
        ("Blinken discussed continued support to Ukraine.", ["CONSULT"]),
        ("Blinken welcomed the truce and humanitarian assistance.", ["SUPPORT"]),
        ("Russia and Ukraine agreed to a ceasefire.", ["AGREE"]),
        ("U.S. assistance reached Kharkiv.", ["AID"]),
        ("Trucks delivered medical supplies to Kharkiv.", ["AID"]),
        ("Supply chain shortages worsened.", []),
        # "seeks to", a passive "be met" and idioms name no event
        ("Moscow seeks to divide NATO.", []),
        ("Ukraine's security concerns should be also met.", []),
        ("It provided an opportunity to talk.", []),
        ("Ukraine is strong at the negotiating table.", []),
        ("The film tells the story of a soldier.", []),
        ("Russia and Ukraine must meet their obligations.", []),
        ("Aid will help meet the basic needs of refugees.", ["AID"]),
        # lifting a blockade or a siege is a military retreat, not a blockade and a concession
        ("Russia lifted its three-week blockade of the port.", ["RETREAT"]),
        ("Russia lifted sanctions on the bank.", ["CONCEDE"]),
        # giving an update is a briefing; encouragement a reporting verb carries is support; denying people their
        # rights is repression
        ("The Secretary provided an update on efforts to hold Russia accountable.", ["STATEMENT"]),
        ("The Secretary expressed his encouragement for the negotiations.", ["SUPPORT", "CONSULT"]),
        ("The government is denying residents the rights it has guaranteed.", ["COERCE"]),
        # patrols are a show of force
        ("The governor ordered patrols by police and soldiers.", ["MOBILIZE"]),
    ],
)
def test_event_types(text: str, types: list[str]) -> None:
    events, _ = run(text)
    assert [e["event_type"] for e in events] == types


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russia attacked the port.", "occurred"),
        ("Russia did not attack the port.", "negated"),
        ("There was no meeting.", "negated"),
        ("Russia will hold talks.", "planned"),
        ("NATO plans to deploy more troops.", "planned"),
        ("Washington would impose sanctions.", "conditional"),
        ("In the event of an invasion, NATO would deploy more troops.", "conditional"),
        ("Absent a deal, Washington will impose sanctions.", "conditional"),
        ("Blinken looks forward to our discussions with Kuleba.", "planned"),
        ("Russian forces are shelling the city.", "ongoing"),
        ("Russian forces continued shelling the city.", "ongoing"),
        ("The regime's sustained crackdown on journalists drew criticism.", "ongoing"),
        ("Russian forces were attacked.", "occurred"),
        # sanctions a release imposes as it is read; a meeting one travels to; a visit one would like to speak of
        ("Today, the Department of State is imposing sanctions on the bank.", "occurred"),
        ("The Secretary is traveling to Paris for a meeting with NATO ministers.", "planned"),
        ("I would like to thank the minister for hosting this meeting.", "occurred"),
        ("I think if you added up all the refugees, they would outnumber Spain.", "conditional"),
    ],
)
def test_status(text: str, status: str) -> None:
    events, _ = run(text)
    assert [e["status"] for e in events][:1] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers highlighted their commitment to impose costs if Russia continues its war.",
        "If NATO attacked the town, rebels said it would be the second attack this week.",
    ],
)
def test_a_condition_bears_on_what_is_said_not_on_the_saying(text: str) -> None:
    events, _ = run(text)
    said = [e["status"] for e in events if e["event_type"] == "STATEMENT"]
    assert said == ["occurred"]
    assert "conditional" in [e["status"] for e in events if e["event_type"] != "STATEMENT"]


def test_each_event_takes_the_date_of_its_own_clause() -> None:
    text = "Blinken said on March 9 that talks will take place in April."
    marked = [("March 9", "DATE", "2022-03-09", "relative"), ("April", "DATE", "2022-04", "relative")]
    events, _ = run(text, marked)
    got = [(e["event_type"], e["date"], e["precision"], e["date_start"], e["date_end"], e["date_text"], e["status"])
           for e in events]
    assert got == [
        ("STATEMENT", "2022-03-09", "day", date(2022, 3, 9), date(2022, 3, 9), "March 9", "occurred"),
        ("CONSULT", "2022-04", "month", date(2022, 4, 1), date(2022, 4, 30), "April", "planned"),
    ]


@pytest.mark.parametrize(
    ("text", "marked", "expected"),
    [
        # a full date in the text: its basis is explicit
        ("Russia attacked on 24 February 2022.", [("24 February 2022", "DATE", "2022-02-24", "explicit")],
         ("2022-02-24", "explicit", "24 February 2022")),
        # durations and sets never date an event: the publication date does
        ("Blinken talked with Kuleba for three hours.", [("three hours", "DURATION", "PT3H", "explicit")],
         ("2022-03-10", "publication", "")),
        ("Blinken meets Kuleba every week.", [("every week", "SET", "P1W", "explicit")],
         ("2022-03-10", "publication", "")),
        # a sentence without a date takes the day the narrative set earlier
        ("On Monday, Russia attacked Kharkiv. Ukraine condemned the attack.",
         [("Monday", "DATE", "2022-03-07", "relative")],
         ("2022-03-07", "relative", "Monday")),
        # a future day is not the narrative's reference date
        ("Talks are due on March 20. Ukraine condemned the plan.", [("March 20", "DATE", "2022-03-20", "relative")],
         ("2022-03-10", "publication", "")),
        # a day named long before publication is history, not the narrative's day
        ("On August 9, 2020, Russia attacked Kharkiv. Ukraine condemned the plan.",
         [("August 9, 2020", "DATE", "2020-08-09", "explicit")],
         ("2022-03-10", "publication", "")),
        # a period over before publication that opens a paragraph is the time its later past acts are told of
        ("Three months ago, Ukraine closed the embassy. Ukraine pledged its support.",
         [("Three months ago", "DATE", "2021-12", "relative")], ("2021-12", "relative", "Three months ago")),
        # ... but not when it does not open its sentence
        ("Ukraine said it closed the embassy three months ago. Ukraine pledged its support.",
         [("three months ago", "DATE", "2021-12", "relative")], ("2022-03-10", "publication", "")),
        # a year far from the trigger in a long clause dates something else
        ("Blinken announced funding that brings the total given to Ukraine to $5 million for Fiscal Year 2022.",
         [("Fiscal Year 2022", "DATE", "2022", "explicit")],
         ("2022-03-10", "publication", "")),
        # a year beside the trigger dates it
        ("Russia annexed Crimea in 2014.", [("2014", "DATE", "2014", "explicit")], ("2014", "explicit", "2014")),
        # values without days (PRESENT_REF) give no date
        ("Russia now rejects the offer.", [("now", "DATE", "PRESENT_REF", "relative")],
         ("2022-03-10", "publication", "")),
    ],
)
def test_date_of_the_last_event(
    text: str, marked: list[tuple[str, str, str, str]], expected: tuple[str, str, str]
) -> None:
    events, _ = run(text, marked)
    last = events[-1]
    assert (last["date"], last["date_basis"], last["date_text"]) == expected


def test_unknown_publication_date_leaves_undated_events_without_date() -> None:
    events, _ = run("Russia attacked the port.", published=None)
    assert [(e["date"], e["date_start"], e["date_basis"]) for e in events] == [(None, None, "publication")]


def test_a_date_after_publication_makes_the_event_planned() -> None:
    events, _ = run("Blinken meets Kuleba on March 20.", [("March 20", "DATE", "2022-03-20", "relative")])
    assert [e["status"] for e in events] == ["planned"]


@pytest.mark.parametrize(
    ("text", "actors", "roles"),
    [
        ("the United States and Russia will hold talks with NATO.",
         ["United States", "Russia", "NATO"], ["source", "source", "target"]),
        ("Putin spoke with Macron.", ["Vladimir Putin", "Emmanuel Macron"], ["source", "target"]),
        ("In Moscow, Putin criticized NATO.", ["Vladimir Putin", "Russia", "NATO"], ["source", "other", "target"]),
        # a passive's agent is the source, its subject the target
        ("Blinken was met by Kuleba in Kyiv.", ["Dmytro Kuleba", "Antony Blinken"], ["source", "target"]),
        ("Kuleba was warmly met by the United States.", ["United States", "Dmytro Kuleba"], ["source", "target"]),
        # an actor after a subject pronoun is no source
        ("We will target Putin's war machine with sanctions.", ["Vladimir Putin"], ["other"]),
        ("I told Macron that talks matter.", ["Emmanuel Macron"], ["target"]),
        # the possessor of a trigger is its source
        ("Russia's brutal attack on Ukraine continues.", ["Russia", "Ukraine"], ["source", "target"]),
        # the aid Macron praised is what his praise is about, not an event of its own: Poland is praised, not Ukraine
        ("Macron praised Poland's generous aid to Ukraine.", ["Emmanuel Macron", "Poland", "Ukraine"],
         ["source", "target", "other"]),
    ],
)
def test_actors_and_roles(text: str, actors: list[str], roles: list[str]) -> None:
    events, rows = run(text)
    assert events[0]["actors"] == actors
    assert [r["role"] for r in rows if r["event_id"] == events[0]["event_id"]] == roles


def test_a_clause_without_subject_takes_the_sentence_subject() -> None:
    events, _ = run("Putin criticized NATO, saying Ukraine was a threat.")
    assert [(e["event_type"], e["actors"][:1]) for e in events] == [("ACCUSE", ["Vladimir Putin"])]
    events, _ = run("Putin criticized NATO, which Macron said was a threat.")
    assert [(e["event_type"], e["actors"][:1]) for e in events] == [
        ("ACCUSE", ["Vladimir Putin"]),
        ("STATEMENT", ["Emmanuel Macron"]),
    ]


def test_a_possessor_is_the_source_of_its_own_event_only() -> None:
    events, rows = run("Blinken condemned Russia's attack on Ukraine.")
    sources = {e["event_type"]: [r["actor"] for r in rows if r["event_id"] == e["event_id"] and r["role"] == "source"]
               for e in events}
    assert sources == {"ACCUSE": ["Antony Blinken"], "ASSAULT": ["Russia"]}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Macron spoke to Putin; sanctions followed.", ["Emmanuel Macron"]),
        # after a subject pronoun the first actor is no subject, unless the speaker speaks for it
        ("I spoke to Macron; sanctions followed.", []),
        ("I speak on behalf of Poland; sanctions followed.", ["Poland"]),
    ],
)
def test_the_sentence_subject_of_a_clause_without_its_own(text: str, actors: list[str]) -> None:
    events, _ = run(text)
    assert [e["actors"] for e in events if e["event_type"] == "SANCTION"] == [actors]


def test_one_source_reporting_twice_in_a_sentence_is_one_statement() -> None:
    events, _ = run("Putin said the offer stands, adding that Moscow was patient.")
    assert [e["event_type"] for e in events] == ["STATEMENT"]


def test_countries_follow_the_actors() -> None:
    events, _ = run("Putin spoke with Macron.")
    assert events[0]["countries"] == ["Russia", "France"]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Washington imposed sanctions on Russian banks.", ["sanctions"]),
        ("NATO said Ukraine could join NATO one day.", ["NATO enlargement"]),
        ("Blinken met Kuleba. They discussed sanctions, new sanctions and military aid.",
         ["sanctions", "military aid"]),
        ("Blinken met Kuleba.", ["other"]),
    ],
)
def test_topics_of_the_last_event(text: str, topics: list[str]) -> None:
    events, _ = run(text)
    assert events[-1]["topics"][:2] == topics


def test_a_sentence_without_topic_takes_the_article_topic() -> None:
    events, _ = run("Blinken met Kuleba. The sanctions on Russia stay, and more sanctions come.")
    assert (events[0]["topic"], events[0]["topics"]) == ("sanctions", ["sanctions"])


def test_rows_have_the_contract_columns_and_stable_ids() -> None:
    text = "Putin spoke with Macron. Russia attacked the port."
    events, rows = run(text)
    again, _ = run(text)
    deduped_only = {"n_sources", "sources"}
    assert all(set(e) == set(SCHEMAS["events"].names) - deduped_only for e in events)
    assert all(set(r) == set(SCHEMAS["event_actors"].names) for r in rows)
    assert [e["event_id"] for e in events] == [e["event_id"] for e in again]
    assert len({e["event_id"] for e in events}) == len(events)
    assert {r["event_id"] for r in rows} <= {e["event_id"] for e in events}


def _event(event_id: str, article: str, day: str, kind: str, actors: list[str]) -> dict:
    """A minimal events row for de-duplication."""
    return {"event_id": event_id, "article_id": article, "published": date.fromisoformat(day), "date": day,
            "event_type": kind, "actors": actors, "sentence_start": 0}


@pytest.mark.parametrize("keys_given", [False, True], ids=["keys computed", "keys in a column"])
def test_dedupe_merges_the_same_event_across_articles_and_keeps_every_source(keys_given: bool) -> None:
    events = pa.Table.from_pylist([
        _event("e1", "b", "2022-03-01", "CONSULT", ["Antony Blinken", "Dmytro Kuleba"]),
        _event("e2", "a", "2022-03-01", "CONSULT", ["Dmytro Kuleba", "Antony Blinken"]),
        _event("e3", "c", "2022-03-01", "CONSULT", ["Antony Blinken", "Dmytro Kuleba"]),
        _event("e4", "a", "2022-03-02", "CONSULT", ["Antony Blinken", "Dmytro Kuleba"]),  # another day
        _event("e5", "a", "2022-03-01", "SUPPORT", ["Antony Blinken", "Dmytro Kuleba"]),  # another type
        _event("e6", "a", "2022-03-01", "ASSAULT", []),  # no actors: never merged
        _event("e7", "b", "2022-03-01", "ASSAULT", []),
    ], schema=SCHEMAS["events"])
    actors = pa.Table.from_pylist([{"event_id": f"e{n}", "actor": "Antony Blinken"} for n in range(1, 5)])
    if keys_given:  # as the build stages them: computed where the events were found
        events = events.append_column(KEY, pa.array(duplicate_keys(events), pa.string()))
    kept, kept_actors = dedupe(events, actors)
    assert kept.schema == SCHEMAS["events"]
    assert sorted(kept["event_id"].to_pylist()) == ["e2", "e4", "e5", "e6", "e7"]
    merged = kept.to_pandas().set_index("event_id")
    assert list(merged.loc["e2", "sources"]) == ["a", "b", "c"]
    assert merged.loc["e2", "n_sources"] == 3
    assert merged.loc["e4", "n_sources"] == 1
    assert sorted(kept_actors["event_id"].to_pylist()) == ["e2", "e4"]


def test_dedupe_keeps_the_earliest_report_and_one_of_unknown_publication_last() -> None:
    reports = [_event(name, name[0], "2022-03-01", "CONSULT", ["NATO"]) for name in ("undated", "late", "early")]
    for report, published in zip(reports, (None, date(2022, 3, 3), date(2022, 3, 2))):
        report["published"] = published
    kept, _ = dedupe(pa.Table.from_pylist(reports, schema=SCHEMAS["events"]), SCHEMAS["event_actors"].empty_table())
    assert kept["event_id"].to_pylist() == ["early"] and kept["sources"].to_pylist() == [["e", "l", "u"]]


def test_dedupe_of_nothing_is_nothing() -> None:
    kept, kept_actors = dedupe(SCHEMAS["events"].empty_table(), SCHEMAS["event_actors"].empty_table())
    assert kept.schema == SCHEMAS["events"] and kept.num_rows == 0 == kept_actors.num_rows
