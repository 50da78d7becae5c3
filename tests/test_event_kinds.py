"""An event row's type and status: what a reporting verb only carries, and what a release does as it speaks."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.records import text_events

PUBLISHED = date(2022, 3, 21)


def kinds(text: str) -> list[tuple[str, str]]:
    """The type and status of a text's events, in order."""
    return [(e["event_type"], e["status"]) for e in text_events(text, PUBLISHED)]


@pytest.mark.parametrize("text, found", [
    ("The minister reiterated the United Kingdom’s continued steadfast support for Moldova.",
     [("SUPPORT", "occurred")]),
    ("The envoy expressed Canada's unwavering solidarity with the people of Chile.", [("SUPPORT", "occurred")]),
    ("The minister reaffirmed Japan's strong condemnation of the missile launch.", [("ACCUSE", "occurred")]),
    ("The envoy conveyed Canada's deep gratitude for Peru's leadership.", [("SUPPORT", "occurred")]),
    ("The minister expressed outrage over the sham trial.", [("ACCUSE", "occurred")]),
])
def test_a_stance_a_reporting_verb_carries_is_one_event_of_its_type(text: str, found: list[tuple[str, str]]) -> None:
    assert kinds(text) == found


@pytest.mark.parametrize("text", [
    "The minister said NATO support would continue.",  # what is said, with its own subject
    "The minister stressed that Chile's support for the plan will grow.",
    "The minister expressed concern that the talks could stall.",  # a worry, no accusation
])
def test_a_statement_of_what_another_does_stays_a_statement(text: str) -> None:
    assert kinds(text)[0] == ("STATEMENT", "occurred")


@pytest.mark.parametrize("text, found", [
    ("Today the Department of the Treasury is designating two shipping firms in Oman.", [("SANCTION", "occurred")]),
    ("I am announcing a new visa restriction policy.", [("STATEMENT", "occurred")]),
    ("The government is providing shelter to the refugees.", [("AID", "ongoing")]),  # an act that goes on
])
def test_an_act_a_release_performs_as_it_speaks_has_occurred(text: str, found: list[tuple[str, str]]) -> None:
    assert kinds(text) == found


@pytest.mark.parametrize("text, found", [
    ("The United States will support the Afghan people with humanitarian assistance.", [("AID", ["Afghanistan"])]),
    ("Canada is supporting Ukraine, including through security assistance.", [("AID", ["Ukraine"])]),
    ("Germany will support the Afghan people with new ideas.", [("SUPPORT", ["Afghanistan"])]),
])
def test_support_given_by_way_of_assistance_is_aid(text: str, found: list[tuple[str, list[str]]]) -> None:
    assert [(e["event_type"], e["targets"]) for e in text_events(text, PUBLISHED)] == found


@pytest.mark.parametrize("text, found", [
    ("The minister will join a trilateral meeting with Japan.", ["CONSULT"]),
    ("Thousands of students joined the protests in Cairo.", ["PROTEST"]),
    ("Lithuania joined the coalition.", ["COOPERATE"]),
])
def test_what_is_joined_decides_the_type_of_joining(text: str, found: list[str]) -> None:
    assert [e["event_type"] for e in text_events(text, PUBLISHED)] == found


@pytest.mark.parametrize("text", [
    "The committee called Sunday for a cease-fire between the government and the rebels.",
    "The minister called Monday on Russia to withdraw its troops.",
])
def test_a_call_with_its_day_inside_is_a_request(text: str) -> None:
    assert kinds(text)[0] == ("REQUEST", "occurred")


@pytest.mark.parametrize("text, found", [
    ("NATO sought consensus to take over the mission.", [("CONSULT", "occurred")]),
    ("NATO did not provide details on casualties.", [("STATEMENT", "negated")]),
])
def test_seeking_consensus_consults_and_giving_details_states(text: str, found: list[tuple[str, str]]) -> None:
    assert kinds(text) == found


@pytest.mark.parametrize("text, found", [
    ("The minister joined statements on press freedom and on the rights of migrants.", ["STATEMENT"]),
    ("My delegation is honoured to be joining you today.", ["CONSULT"]),
])
def test_joining_a_statement_states_and_joining_those_met_consults(text: str, found: list[str]) -> None:
    assert [e["event_type"] for e in text_events(text, PUBLISHED)] == found


@pytest.mark.parametrize("text, found", [
    ("The ministers called upon the junta to end the violence, withdraw its troops, and release the detainees.",
     [("REQUEST", "occurred"), ("RETREAT", "planned"), ("CONCEDE", "planned")]),
    ("The agency issued Withhold Release Orders for cotton imported from the region.", [("SANCTION", "occurred")]),
    ("The spokesman denied any link between the ministry and the militia.", [("STATEMENT", "occurred")]),
])
def test_a_phrase_decides_the_act_its_trigger_names(text: str, found: list[tuple[str, str]]) -> None:
    assert kinds(text) == found


def test_an_act_done_until_now_and_to_go_on_is_ongoing() -> None:
    text = "We have been and will continue to coordinate closely with our partners."
    assert kinds(text) == [("COOPERATE", "ongoing")]


@pytest.mark.parametrize("text, found", [
    ("The envoy reinforced U.S. support for the Afghan people.", ["SUPPORT"]),
    ("The minister reinforced our shared commitment to promoting prosperity.", ["SUPPORT"]),
    ("The delegation reinforced our determination to help Moldova.", ["STATEMENT"]),
    ("Gadhafi reinforced his troops around Misrata.", ["MOBILIZE"]),  # a force reinforced stays a mobilisation
])
def test_reinforcing_a_stance_is_no_mobilisation(text: str, found: list[str]) -> None:
    assert [e["event_type"] for e in text_events(text, PUBLISHED)] == found


def test_naming_an_ally_is_no_sanction() -> None:
    text = "In 2004, Canada designated Chile a major non-NATO ally."
    assert [e["event_type"] for e in text_events(text, PUBLISHED)] == ["COOPERATE"]


@pytest.mark.parametrize("text, found", [
    ("The foundation will host the minister in delivering an address on trade policy.", [("STATEMENT", "planned")]),
    ("The president delivered a televised speech to the nation.", [("STATEMENT", "occurred")]),
    ("The envoy will deliver keynote remarks at the forum.", [("STATEMENT", "planned")]),
    ("The ambassador delivered an ultimatum to the rebels.", [("THREATEN", "occurred")]),
    ("Canada delivered food aid to the flooded towns.", [("AID", "occurred")]),  # what is delivered decides
])
def test_what_is_delivered_decides_the_act(text: str, found: list[tuple[str, str]]) -> None:
    assert kinds(text) == found


@pytest.mark.parametrize("text, found", [
    ("The donors provided technical support to the central bank.", "AID"),
    ("The ministers pledged continued support for Moldova.", "SUPPORT"),
    ("The envoy voiced strong support for the peace talks.", "SUPPORT"),  # backing stays backing
])
def test_support_that_is_given_is_aid(text: str, found: str) -> None:
    assert found in [e["event_type"] for e in text_events(text, PUBLISHED)]


@pytest.mark.parametrize("text, found", [
    ("Soldiers fired warning shots into the air.", [("warning shots", "THREATEN")]),
    ("The army announced without warning that it had dissolved parliament.", [("announced", "STATEMENT")]),
    ("They are building an early warning system.", []),
])
def test_a_warning_that_is_no_statement(text: str, found: list[tuple[str, str]]) -> None:
    assert [(e["trigger"], e["event_type"]) for e in text_events(text, PUBLISHED)] == found
