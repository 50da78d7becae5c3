"""An event's status and type: how far a negation reaches, what ending an act says of it, an act named as known."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.records import text_events

PUBLISHED = date(2022, 3, 21)


def statuses(text: str) -> dict[str, str]:
    """The status of each of a text's events, by its trigger."""
    return {e["trigger"]: e["status"] for e in text_events(text, PUBLISHED)}


@pytest.mark.parametrize("text, trigger, found", [
    # the negation is the handing over's: the killing it passes on the way is no less done
    ("Crowds gathered because the police did not hand over the bodies of those killed.", "killed", "occurred"),
    ("Crowds gathered because the police did not hand over the bodies of those killed.", "hand over", "negated"),
    ("The rebels did not attend the meeting in Cairo.", "meeting", "negated"),  # the first act after it
    ("Much has changed not only in Paris since the two envoys visited.", "visited", "occurred"),
    ("The mayor says he has never seen such an attack on the city.", "attack", "occurred"),
    ("No one was wounded in the shelling of the port.", "wounded", "negated"),
    ("Though no one responsible for the bombing was punished, the court met.", "bombing", "occurred"),
])
def test_a_negation_reaches_the_first_act_after_it(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    ("Syria must immediately end its brutal attacks on Idlib.", "attacks", "ongoing"),
    ("The ministers urged Iran to halt its assault on the Kurdish towns.", "assault", "ongoing"),
    ("With no end to the clashes in sight, the envoy left Tripoli.", "clashes", "ongoing"),
    # an end that is no act's: "to that end" is a purpose
    ("We are committed to justice, and to that end have sanctioned ten officials.", "sanctioned", "occurred"),
    ("At the end of May, Chile imposed sanctions on the company.", "imposed", "occurred"),
])
def test_the_act_that_is_to_end_is_going_on(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


def test_sanctions_lifted_as_a_release_tells_it_are_lifted() -> None:
    text = "Today the Department of State is lifting sanctions on two former officials of Iran."
    assert statuses(text) == {"lifting": "occurred"}


@pytest.mark.parametrize("text", [
    "The president said the violence against peaceful protesters is unacceptable.",
    "It is unacceptable that hundreds of protesters remain in prison.",
])
def test_calling_an_act_unacceptable_accuses(text: str) -> None:
    assert "ACCUSE" in [e["event_type"] for e in text_events(text, PUBLISHED)]


def test_calling_demands_unacceptable_rejects_them() -> None:
    text = "The minister said that most of the demands were unacceptable."
    assert [e["event_type"] for e in text_events(text, PUBLISHED)] == ["STATEMENT", "REJECT"]


def test_an_act_named_as_known_is_no_plan() -> None:
    text = "Canada will continue to help Jordan defend itself against these Houthi attacks."
    assert statuses(text)["attacks"] == "ongoing"


@pytest.mark.parametrize("text, trigger", [
    ("We call again for the immediate and unconditional release of the two journalists.", "release"),
    ("The minister reiterated Canada's support for the unconditional release of the activists.", "release"),
    ("The ministers pressed for the immediate withdrawal of foreign troops from the region.", "withdrawal"),
])
def test_an_immediate_or_unconditional_act_is_one_asked_for(text: str, trigger: str) -> None:
    assert statuses(text)[trigger] == "planned"


def test_a_call_a_reporting_verb_carries_is_a_request() -> None:
    text = "The United Kingdom reiterates its call for all armed groups to leave the city."
    assert [e["event_type"] for e in text_events(text, PUBLISHED)] == ["REQUEST"]


@pytest.mark.parametrize("text, trigger, found", [
    ("Reporters would be allowed to visit the camp, the officials added.", "added", "occurred"),
    ("The army did not fire on the crowd, a witness said.", "said", "occurred"),
    ("If the talks fail, the rebels could march on the capital, the envoy said.", "said", "occurred"),
    ("The convoy will reach the border on Monday, he said.", "said", "occurred"),
    ("The minister would not say whether the envoy had resigned.", "say", "negated"),  # the saying's own cues
])
def test_a_report_that_closes_its_sentence_keeps_none_of_what_it_reports_cues(
        text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    ("On May 15, the minister will travel to Rome, joined by the trade envoy.", "joined", "planned"),
    ("The envoy will lead the delegation, supported by two deputy ministers.", "supported", "planned"),
    ("The envoy will praise the initiatives announced by the ministers last year.", "announced", "occurred"),
])
def test_a_participle_after_a_comma_keeps_the_time_of_its_clause(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    ("The envoy called for an immediate end to the siege of the port.", "siege", "ongoing"),
    ("The council called on the government to stop detaining journalists.", "detaining", "ongoing"),
    ("The council called on the government to stop detaining journalists and release those held.", "release",
     "planned"),
    ("The envoy called for the withdrawal of the troops.", "withdrawal", "planned"),
])
def test_an_act_asked_to_end_goes_on(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    ("The Under Secretary's meetings will address energy security and trade.", "meetings", "planned"),
    ("The envoy's discussions will focus on a lasting ceasefire.", "discussions", "planned"),
    ("This visit will reaffirm the alliance.", "visit", "occurred"),
    ("U.S. assistance will benefit thousands of families.", "assistance", "occurred"),
    ("The minister said the killing will be investigated.", "killing", "occurred"),
])
def test_a_meeting_that_is_the_subject_of_a_plan_is_still_to_be_held(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    ("The new package will bring the total U.S. humanitarian assistance to Chad to $90 million.", "assistance",
     "occurred"),
    ("This funding will bring total aid to the region to $12 million since 2019.", "aid", "occurred"),
    ("The new package will bring more assistance to Chad.", "assistance", "planned"),
])
def test_a_sum_a_plan_brings_to_a_total_is_of_acts_done(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    ("She will thank Norway for providing refuge to the families.", "providing", "occurred"),
    ("He will also thank Chile for generously welcoming the displaced.", "welcoming", "occurred"),
    ("I want to thank you again for your generous hosting of the talks.", "hosting", "occurred"),
    ("She will thank Peru for its leadership in hosting the talks.", "hosting", "occurred"),
    ("The minister commended Peru's firm calls for the withdrawal of the troops.", "withdrawal", "planned"),
])
def test_an_act_thanked_for_is_done_whatever_plan_the_thanks_are(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    ("She stressed that any attack would be met with severe costs and urged Iran to return to talks.", "urged",
     "occurred"),
    ("The envoy said the offer was not enough and called on the government to resume the talks.", "called on",
     "occurred"),
    ("He offered continued support for the recovery and highlighted the donation of vaccines.", "highlighted",
     "occurred"),
    ("The ministers would meet in Oslo and sign the accord.", "sign", "conditional"),
])
def test_a_second_verb_in_the_past_keeps_none_of_the_cues_before_its_coordinator(
    text: str, trigger: str, found: str
) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    # how long an act told in the present perfect has lasted: it still holds
    ("Students have marched in the capital for more than three weeks.", "marched", "ongoing"),
    ("The alliance has supported the island for over twenty years.", "supported", "ongoing"),
    ("Students marched in the capital for three weeks.", "marched", "occurred"),  # a past span is over
    ("The envoys have said the town has been under siege for weeks.", "said", "occurred"),  # what is said lasts
    ("The junta has suspended the charter and a council will rule for six months.", "suspended", "occurred"),
    ("The donors have pledged aid for the next five years.", "pledged", "occurred"),  # a span ahead
    # a relative clause right after an act's noun that tells it as going on
    ("Reporters waited outside the talks that are going on in Oslo.", "talks", "ongoing"),
    ("Reporters described the protests that have shaken the region for two months.", "protests", "ongoing"),
    ("Reporters described the protests that are spreading to the ports.", "protests", "ongoing"),
    ("The minister welcomed the states that are hosting refugees.", "hosting", "ongoing"),
    ("The police said the bombing that is being investigated was planned abroad.", "bombing", "occurred"),
    ("Voters backed the parties that are promoting a protest on Sunday.", "protest", "occurred"),
])
def test_an_act_told_as_lasting_goes_on(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    # "may" right before the act, through an auxiliary or an adverb, makes it only possible
    ("Reports suggest the president may soon step down.", "step down", "conditional"),
    ("Hundreds of people may have been killed in the shelling.", "killed", "conditional"),
    ("The minister may deliver remarks to the parliament on Friday.", "deliver remarks", "conditional"),
    ("Restrictions may be lifted for firms that cease their support.", "lifted", "conditional"),
    # a "may" that does not stand right before the act leaves it as told
    ("Observers fear the unrest may spread, the envoy said on Monday.", "said", "occurred"),
    # a negation after it still denies the act
    ("The two sides may not meet in Geneva this week.", "meet", "negated"),
])
def test_an_act_that_may_happen_is_conditional(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    # a capitalised cue after a word is a word of a name: no negation, no condition
    ("The charity Doctors Without Borders said its team reached Misrata.", "said", "occurred"),
    ("Former minister Theresa May said the talks had failed.", "said", "occurred"),
    # one that opens a speaker's turn or is shouted is still a cue
    ("SMITH: Never said that.", "said", "negated"),
    ("You will NEVER denounce the true enemy.", "denounce", "negated"),
])
def test_a_cue_that_is_a_word_of_a_name_is_no_cue(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    # a commitment that stands now holds to what goes on
    ("The United States remains committed to supporting Ukraine.", "supporting", "ongoing"),
    ("We remain firmly committed to imposing costs on the regime.", "imposing", "ongoing"),
    # an act the other side must join is still to come
    ("The United States remains committed to a lasting peace agreement.", "peace agreement", "planned"),
    # a commitment made, not one that stands, is a plan; an act told in the past is done
    ("The United States is committed to supporting Ukraine.", "supporting", "planned"),
    ("We remain committed to freeing the citizens detained abroad.", "detained", "occurred"),
])
def test_a_standing_commitment_holds_to_what_goes_on(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    # a cue reads the same contracted as written out
    ("You'll be joining the talks in Geneva.", "joining", "planned"),
    ("We’ll meet the Foreign Minister tomorrow.", "meet", "planned"),
    ("They won't meet the Foreign Minister.", "meet", "negated"),
    ("The rebels didn't attend the meeting in Cairo.", "meeting", "negated"),
    ("We're asking for aid for the refugees.", "asking", "ongoing"),
    ("I'm looking forward to discussing trade with the minister.", "discussing", "planned"),
    ("We are going to ask him to leave.", "ask", "planned"),
])
def test_a_cue_reads_the_same_contracted(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    # an act whose own verb, right after it, tells it goes on
    ("Meanwhile, the demonstrations continue in the capital.", "demonstrations", "ongoing"),
    ("The fighting continues along the northern front.", "fighting", "ongoing"),
    ("Tourists stay away if the protests continue.", "protests", "conditional"),  # a condition still wins
    ("Demonstrations continued into the night.", "Demonstrations", "occurred"),  # told in the past: done that night
    # a progressive with adverbs between its auxiliary and the act
    ("The regime has been systematically and brutally attacking its own people.", "attacking", "ongoing"),
    ("Forces are indiscriminately shelling the port.", "shelling", "ongoing"),
    ("The course was originally going to be delivered by the college.", "delivered", "planned"),
    ("The Secretary noted continuing U.S. support for the talks.", "noted", "occurred"),  # the support's word
])
def test_an_act_told_as_going_on_by_its_verb_or_a_progressive_goes_on(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found


@pytest.mark.parametrize("text, trigger, found", [
    # what plans or preparations are for is still to be held, however known its name
    ("The two leaders reviewed plans for the NATO Summit in Madrid.", "Summit", "planned"),
    ("He came to prepare the visit of his president to Washington.", "visit", "planned"),
    ("Officials began preparing for talks with the rebels.", "talks", "planned"),
    ("Plans for more food deliveries are being made, and food has been delivered.", "delivered", "occurred"),
])
def test_what_plans_are_for_is_still_to_be_held(text: str, trigger: str, found: str) -> None:
    assert statuses(text)[trigger] == found
