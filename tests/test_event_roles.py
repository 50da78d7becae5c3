"""Who acts on whom: conditions, passive phrases, ambiguous cities, a state's own affairs, first objects, opening
places, peoples' adjectives and relative clauses."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.clauses import rules
from pipeline.model import ActorMention
from pipeline.objects import is_object
from pipeline.records import text_events

PUBLISHED = date(2022, 3, 4)


def roles(text: str, event_type: str) -> tuple[list[str], list[str]]:
    """The sources and targets of the only event of a type in a text."""
    found = [e for e in text_events(text, PUBLISHED) if e["event_type"] == event_type]
    assert len(found) == 1, [(e["trigger"], e["event_type"]) for e in text_events(text, PUBLISHED)]
    return found[0]["sources"], found[0]["targets"]


def test_a_threat_targets_the_subject_of_its_condition() -> None:
    assert roles("Azerbaijan threatened to close the border if Armenia rejects the proposal.", "THREATEN") == (
        ["Azerbaijan"], ["Armenia"])
    assert roles("Peru will impose sanctions unless the Bolivian government changes course.", "SANCTION")[1] == [
        "Bolivia"]


def test_a_condition_whose_subject_is_a_pronoun_or_the_own_side_targets_no_one() -> None:
    assert roles("Norway is ready to negotiate if we see progress with Chile.", "CONSULT")[1] == []
    assert roles("Japan will meet if Japanese officials agree.", "CONSULT")[1] == []
    assert roles("The envoy asked if Kenya would help.", "REQUEST")[1] == []  # a question, no condition


def test_a_passive_phrase_makes_its_subject_the_target() -> None:
    sources, targets = roles("A Peruvian diplomat has been put under investigation in Chile.", "ACCUSE")
    assert "Peru" not in sources and "Peru" in targets


def test_a_verb_in_the_progressive_has_no_passive_agent() -> None:
    # "by Russia" is the agent of "affected", not of the announcing
    assert roles("Peru is announcing aid to those affected by Russia’s invasion.", "STATEMENT")[0] == ["Peru"]
    assert roles("Kyiv was attacked by Russia.", "ASSAULT") == (["Russia"], ["Ukraine"])


def test_an_ambiguous_city_is_the_state_its_sentence_names() -> None:
    assert roles("Syrian troops shelled Tripoli, the north Lebanese port.", "ASSAULT")[1] == ["Lebanon"]
    assert roles("Rebels shelled Tripoli on Monday.", "ASSAULT")[1] == ["Libya"]


def test_a_state_s_own_affairs_may_target_its_own_capital() -> None:
    assert roles("Chilean truckers said they would blockade Santiago.", "COERCE") == (["Chile"], ["Chile"])
    blockade = "Angry Chilean truckers blockaded Santiago and the port of Mendoza in Argentina."
    assert roles(blockade, "COERCE")[1][:1] == ["Chile"]
    assert roles("Russian forces detained Ukrainian civilians in Russian-occupied Kherson.", "COERCE")[1] == ["Ukraine"]


def test_thanks_and_urging_target_their_first_object_and_those_listed_with_it() -> None:
    assert roles("Kenya thanked Ghana for its leadership on Mali's transition.", "SUPPORT") == (["Kenya"], ["Ghana"])
    assert roles("Peru urged Chile and the Bolivian government to end the dispute with Paraguay.", "REQUEST") == (
        ["Peru"], ["Chile", "Bolivia"])
    assert roles("Norway congratulated Fiji, Samoa, and Tonga on joining the Pacific alliance with Japan.",
                 "SUPPORT")[1] == ["Fiji", "Samoa", "Tonga"]


def test_a_place_a_meeting_reaches_across_is_no_party_of_it() -> None:
    assert roles("Kenya held talks on stability across Somalia.", "CONSULT") == (["Kenya"], [])
    assert roles("Kenya held talks on water throughout the region with Uganda.", "CONSULT")[1] == ["Uganda"]


def test_a_welcome_targets_the_one_welcomed_and_those_listed_with_it() -> None:
    assert roles("Kenya welcomes the announcement by the African Union on the truce in Sudan.", "SUPPORT")[1] == [
        "African Union"]
    assert roles("Kenya welcomed the envoys of the Ghanaian government, Nigeria, and Togo to the summit on Mali.",
                 "SUPPORT")[1] == ["Ghana", "Nigeria", "Togo"]


def test_a_condemnation_targets_the_one_condemned_not_the_victim_of_its_act() -> None:
    assert roles("Kenya condemned Eritrea's unprovoked attack on Ethiopia.", "ACCUSE") == (["Kenya"], ["Eritrea"])


def test_the_place_of_a_condemned_attack_is_no_one_condemned() -> None:
    assert roles("Chile condemned the terrorist attack in Lima, Peru.", "ACCUSE") == (["Chile"], [])
    assert roles("Chile condemned the attacks in Peru and Bolivia.", "ACCUSE")[1] == []
    # a state's own affairs are done by the state they happen in
    assert roles("Chile condemned the crackdown in Peru.", "ACCUSE")[1] == ["Peru"]


@pytest.mark.parametrize(("text", "event_type", "targets"), [
    ("Four French journalists were arrested in Nairobi.", "COERCE", ["France"]),  # done by Kenya, there
    ("Two Chilean activists were detained in Bolivia last week.", "COERCE", ["Chile"]),
    ("The Houthis’ offensive risks more fighting throughout Yemen.", "ASSAULT", []),
    ("Chilean troops launched attacks in Peru.", "ASSAULT", ["Peru"]),  # another state's place is reached
])
def test_the_place_of_a_hostile_act_its_own_state_does_there_is_no_target(
        text: str, event_type: str, targets: list[str]) -> None:
    assert roles(text, event_type)[1] == targets


@pytest.mark.parametrize(("text", "targets"), [
    ("Kenya is designating three traffickers operating across Ghana, Mali, and Niger.", []),
    ("Kenya is designating two Hizballah financiers operating in Ghana.", ["Hizballah"]),
    ("Kenya designated one Ghana-based al-Qa'ida facilitator.", ["al-Qa'ida"]),
    ("Kenya is designating four entities located in Ghana and the UAE.", []),
    ("Kenya is designating two Malian officials located in Ghana.", ["Mali"]),  # their own state is reached
    ("Kenya imposed sanctions on Ghana.", ["Ghana"]),
    ("Kenya also designated companies operating in Ghana's gold mining industry.", ["Ghana"]),  # a possessor
])
def test_where_the_ones_a_sanction_reaches_are_is_no_target(text: str, targets: list[str]) -> None:
    assert roles(text, "SANCTION")[1] == targets


def test_a_people_s_adjective_before_a_hostile_course_names_no_target_of_support() -> None:
    assert roles("Kenya voiced support for the efforts of Ghana to end the Malian aggression.", "SUPPORT")[1] == [
        "Ghana"]
    assert roles("Kenya emphasized its commitment to Ghana and its victory against Malian aggression.",
                 "STATEMENT")[1] == ["Ghana"]


def test_an_actor_after_a_later_act_joined_by_a_coordinator_is_that_act_s() -> None:
    assert roles("Kenya met with Ghana on Monday and condemned Mali's missile launches.", "CONSULT")[1] == ["Ghana"]
    assert roles("Kenya reaffirmed support for Ghana and called on Mali to end the blockade.", "SUPPORT")[1] == [
        "Ghana"]
    # two acts with one object: "the abduction and killing of Ghanaians"
    assert roles("The militia is responsible for the abduction and killing of Ghanaians.", "COERCE")[1] == ["Ghana"]


def test_an_actor_after_a_second_verb_in_the_past_is_no_target_of_the_first_act() -> None:
    assert roles("Kenya reaffirmed its support for Ghana's sovereignty and committed to holding Mali accountable.",
                 "SUPPORT")[1] == ["Ghana"]
    assert roles("Kenya sent aid to Ghana and reaffirmed the strength of its partnership with Mali.", "AID")[1] == [
        "Ghana"]
    # no second verb: "refugees and displaced persons"; a shared object: "ties with and opened an embassy in Accra"
    assert roles("Kenya sent aid to refugees and displaced persons in Ghana.", "AID")[1] == ["Ghana"]
    assert roles("Kenya established diplomatic ties with and opened an embassy in Accra.", "SUPPORT")[1] == ["Ghana"]


def test_the_side_a_hostile_act_or_course_reaches_is_no_target_of_a_sanction_on_another() -> None:
    assert roles("Kenya will impose sanctions on Mali for its aggression against Ghana.", "SANCTION")[1] == ["Mali"]
    text = "Kenya is ready to impose sanctions in the event of a further Malian invasion of Ghana."
    assert roles(text, "SANCTION")[1] == ["Mali"]  # the invasion, only feared, is no event but a hostile course
    assert not [e for e in text_events(text, PUBLISHED) if e["event_type"] == "ASSAULT"]
    assert roles("Kenya called for an end to the war against Ghana and for Mali to withdraw.", "REQUEST")[1] == [
        "Mali"]


def test_a_possessive_word_after_a_trigger_is_no_target() -> None:
    text = "MR PRICE: The Counselor will consult with Ghanaian officials on our joint efforts.\n"
    assert roles(text, "CONSULT")[1] == ["Ghana"]


def test_the_place_that_opens_a_sentence_is_no_subject() -> None:
    assert roles("In Kenya, the delegation will meet with Tanzanian officials.", "CONSULT") == ([], ["Tanzania"])
    assert roles("And in Peru, a senior official will visit the port.", "CONSULT")[0] == []
    assert roles("Farmers in Chile, instead of tending to their crops, have fled.", "RETREAT")[0] == ["Chile"]


def test_the_state_of_an_opening_place_is_met_when_its_officials_are() -> None:
    assert roles("In Nairobi, she will meet with Kenyan and AU officials.", "CONSULT") == (
        [], ["Kenya", "African Union"])
    assert roles("In Ghana, the delegation will meet with senior Ghanaian officials.", "CONSULT")[1] == ["Ghana"]
    # the state of a person met is met already; a place named after the trigger stays a place
    assert roles("In Accra, she will meet with President Nana Akufo-Addo of Ghana.", "CONSULT")[1] == [
        "Nana Akufo-Addo"]
    assert roles("Kenya discussed the war in Sudan and the suffering of the Sudanese people.", "CONSULT")[1] == []


@pytest.mark.parametrize(("text", "targets"), [
    ("In Kenya and Ghana, Envoy Lee Smith will meet with senior officials.", ["Kenya", "Ghana"]),
    ("In the Netherlands and Chile, Envoy Lee Smith will meet with government counterparts.",
     ["Netherlands", "Chile"]),
])
def test_each_state_an_opening_lists_is_met_when_its_officials_are(text: str, targets: list[str]) -> None:
    assert roles(text, "CONSULT")[1] == targets


def test_they_refers_back_to_the_sides_met_not_to_those_a_later_act_of_the_sentence_reaches() -> None:
    text = "Kenya met with Ghana to continue coordinating assistance to Mali. They agreed to expand trade."
    assert roles(text, "AGREE") == (["Kenya"], ["Ghana"])
    text = ("The Kenyan minister met today in Accra with Ghanaian Foreign Minister Ayorkor Botchwey. "
            "They agreed to expand trade.")
    assert roles(text, "AGREE") == (["Kenya"], ["Ayorkor Botchwey"])


def test_the_participants_are_the_sides_of_the_meeting_told_before() -> None:
    assert roles("Kenya met with Ghana on Monday. Participants agreed to expand trade.", "AGREE") == (
        ["Kenya"], ["Ghana"])


@pytest.mark.parametrize("text, event_type, sources", [
    # "they" after the meeting its own sentence tells: both sides, not only the subject carried from the first clause
    ("Minister Ruto met with Foreign Minister Ayorkor Botchwey in Accra, where they reiterated their support for Chad.",
     "SUPPORT", ["William Ruto", "Ayorkor Botchwey"]),
    ("Minister Ruto spoke with Foreign Minister Ayorkor Botchwey and they jointly condemned the coup.", "ACCUSE",
     ["William Ruto", "Ayorkor Botchwey"]),
    # a "they" of others, after no meeting of this sentence, borrows no sides
    ("Minister Ruto met with Foreign Minister Botchwey. Kenya backs the people of Chad as they defend their land.",
     "SUPPORT", ["Kenya"]),
])
def test_they_after_a_meeting_of_the_same_sentence_are_its_sides(text: str, event_type: str,
                                                                   sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


@pytest.mark.parametrize("text, targets", [
    # the same donor goes on telling the aid it gave: its recipients are those named before
    ("Japan provided $40 million to Kenya on Monday. Japan will also provide $5 million in food aid.", ["Kenya"]),
    # another donor gives its own aid; a donor named nowhere may be anyone's
    ("Japan provided $40 million to Kenya on Monday. Norway will also provide $5 million in food aid.", []),
    ("Japan provided $40 million to Kenya on Monday. The funds were then provided to farmers.", []),
    # the aid told before names no recipient either: none to go on with
    ("Japan has provided $40 million in all. Japan will also provide $5 million in food aid.", []),
])
def test_later_aid_of_the_same_donor_goes_to_the_recipients_named_before(text: str, targets: list[str]) -> None:
    found = [e for e in text_events(text, PUBLISHED) if e["event_type"] == "AID"]
    assert found[-1]["targets"] == targets, [(e["trigger"], e["sources"], e["targets"]) for e in found]


@pytest.mark.parametrize("text, targets", [
    # those designated are named as ones told before: the designation reaches the targets of the one before
    ("Japan sanctioned Iran on Monday. The following five officials are being designated under the law.", ["Iran"]),
    ("Japan sanctioned Iran on Monday. These individuals and companies are being designated under the law.", ["Iran"]),
    ("Japan sanctioned Iran on Monday. Japan will also sanction these firms.", ["Iran"]),
    # new designees, named by no reference back: none taken
    ("Japan sanctioned Iran on Monday. Japan is designating five officials under the law.", []),
    # a designation with a target of its own keeps it
    ("Japan sanctioned Iran on Monday. These firms sanctioned Kenya.", ["Kenya"]),
])
def test_a_designation_of_ones_named_before_reaches_the_targets_of_the_one_before(
        text: str, targets: list[str]) -> None:
    found = [e for e in text_events(text, PUBLISHED) if e["event_type"] == "SANCTION"]
    assert found[-1]["targets"] == targets, [(e["trigger"], e["sources"], e["targets"]) for e in found]


@pytest.mark.parametrize("text, sources", [
    # the act named again by its noun after a definite word: the one act, waged by its doer named before
    ("NATO launched an attack on a depot near Sirte on Monday. The attack destroyed six tanks.", ["NATO"]),
    ("Iran conducted an attack on a tanker on Monday. There is no justification for this attack.", ["Iran"]),
    # another noun, no definite word, or the earlier doer hit now: maybe another's act
    ("NATO launched an attack on a depot near Sirte on Monday. The shelling destroyed six tanks.", []),
    ("NATO launched an attack on a depot near Sirte on Monday. Heavy attacks destroyed six tanks.", []),
    ("NATO launched an attack on a depot near Sirte on Monday. The attacks on NATO went on.", []),
])
def test_a_hostile_act_named_again_is_waged_by_the_doer_of_the_one_before(text: str, sources: list[str]) -> None:
    found = [e for e in text_events(text, PUBLISHED) if e["event_type"] == "ASSAULT"]
    assert found[-1]["sources"] == sources, [(e["trigger"], e["sources"], e["targets"]) for e in found]


def test_you_in_a_conversation_of_two_is_the_other_speaker() -> None:
    text = ("SECRETARY BLINKEN: It is a great pleasure to meet with you today.\n"
            "FOREIGN MINISTER KULEBA: Thank you, Tony.\n")
    assert roles(text, "CONSULT")[1] == ["Dmytro Kuleba"]
    # a briefing's "you" are the journalists who ask
    assert roles("MR PRICE: I will meet with you tomorrow.\nQUESTION: Will you?\n", "CONSULT") == (["Ned Price"], [])


def test_a_state_s_own_affairs_are_done_by_the_state_that_opens_the_sentence() -> None:
    assert roles("In Cuba, journalists were arrested.", "COERCE") == (["Cuba"], ["Cuba"])


@pytest.mark.parametrize("text, event_type, expected", [
    # a place only compared with: no subject, and what the sentence tells does not happen there
    ("As in Cuba, journalists were arrested in Peru.", "COERCE", (["Peru"], ["Peru"])),
    ("As in Chile, the protest movement in Bolivia is growing.", "PROTEST", ([], ["Bolivia"])),
    ("While in Cuba, journalists were arrested.", "COERCE", (["Cuba"], ["Cuba"])),
])
def test_a_place_an_opening_phrase_only_compares_with_is_where_nothing_happens(
        text: str, event_type: str, expected: tuple[list[str], list[str]]) -> None:
    assert roles(text, event_type) == expected


def test_a_people_s_adjective_before_a_named_act_is_its_doer() -> None:
    assert roles("Kenya condemned the Ugandan missile attacks on Kisumu.", "ASSAULT")[0] == ["Uganda"]
    assert roles("Aid reached Tanzania despite a further Ugandan invasion of Kenya.", "ASSAULT") == (
        ["Uganda"], ["Kenya"])
    # a subject of several words is found as before: "Bosnian Serbs", "Chilean and Peruvian officials"
    assert roles("Chilean and Peruvian officials met in Lima.", "CONSULT")[0] == ["Chile", "Peru"]


@pytest.mark.parametrize("text, event_type, sources", [
    ("The Kremlin spreads false claims about UK sanctions.", "SANCTION", ["United Kingdom"]),
    ("Kenyan troops were subject to US air attack.", "ASSAULT", ["United States"]),
    ("Kenya is the largest recipient of U.S. aid.", "AID", ["United States"]),
    # the state's own official who tells of its act stays its doer; a verb in the past has its own subject
    ("Secretary Blinken outlined U.S. assistance to Kenya.", "AID", ["Antony Blinken"]),
    ("The EU and the UK designated Maria Zakharova.", "SANCTION", ["European Union", "United Kingdom"]),
    # a meeting a state's initials qualify is one it may only host
    ("Kenya attended the U.S. summit.", "CONSULT", ["Kenya"]),
])
def test_a_state_s_initials_before_a_noun_of_an_act_name_its_doer(
        text: str, event_type: str, sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


def test_a_relative_clause_of_persons_has_its_antecedent_as_subject() -> None:
    assert roles("Kenya thanked Tanzania and Rwanda, who sent aid to Uganda.", "AID")[0] == ["Tanzania", "Rwanda"]
    assert roles("Kenya welcomed the journalists who criticized Uganda.", "ACCUSE") == ([], ["Uganda"])
    assert roles("Police detained Chilean students who protested in Santiago.", "PROTEST")[0] == ["Chile"]


def test_an_act_a_commitment_governs_is_its_subject_s_own() -> None:
    assert roles("Chile and Peru pledged to continue providing assistance to Haiti.", "AID") == (["Chile", "Peru"], [
        "Haiti"])
    assert roles("Kenya agreed on the need to continue urging Sudan to withdraw its forces.", "REQUEST")[0] == ["Kenya"]
    # an act the commitment names, not one of its subject: "agreed the attack", "engage in a dialogue"
    assert roles("Kenya and Chile agreed the attack by gunmen showed the need for unity.", "ASSAULT")[0] == []


def test_what_a_reporting_verb_says_names_no_target_of_the_statement() -> None:
    assert roles("Ortega said the council had sold a shipment of oil to Peru.", "STATEMENT")[1] == []
    assert roles("Ortega said it had a duty to arrest Maduro and his allies.", "STATEMENT")[1] == []
    assert roles("Lavrov said to the Security Council that the talks were over.", "STATEMENT")[1] == [
        "UN Security Council"]


def test_the_support_of_an_actor_is_its_own() -> None:
    assert roles("We appreciate the support of the Governments of Chile, Peru, and Bolivia in securing the truce.",
                 "SUPPORT") == (["Chile", "Peru", "Bolivia"], [])
    assert roles("Chile thanked Peru for its support of Ukraine.", "SUPPORT")[1] == ["Peru"]  # the thanking only


@pytest.mark.parametrize("text, sources", [
    ("Chile welcomed the visit of President Boric to Lima.", ["Gabriel Boric"]),
    ("Peru welcomes the visit of Deputy Prime Minister and Foreign Minister, Gabriel Boric, to Lima.",
     ["Gabriel Boric"]),
    ("Chile condemned the visit of Boric to Taiwan.", ["Gabriel Boric"]),
])
def test_the_visit_of_an_actor_is_its_own_not_the_welcomer_s(text: str, sources: list[str]) -> None:
    assert roles(text, "CONSULT")[0] == sources


@pytest.mark.parametrize("text, sources", [
    ("Protesters demanded the resignation of President Mubarak.", ["Hosni Mubarak"]),
    ("Chile called for the complete withdrawal of Peruvian forces from Bolivia.", ["Peru"]),
])
def test_the_one_who_resigns_or_withdraws_is_the_doer_not_the_one_who_asks(text: str, sources: list[str]) -> None:
    assert roles(text, "RETREAT")[0] == sources


def test_actors_listed_by_semicolons_all_act() -> None:
    assert roles("Kenya; Ghana, a member of the council; and Togo condemned the coup.", "ACCUSE")[0] == [
        "Kenya", "Ghana", "Togo"]
    assert roles("President Ruto; Foreign Minister Amir Dardari, envoy for relocation; and other senior officials met "
                 "yesterday with Ghana.", "CONSULT") == (["William Ruto", "Amir Dardari"], ["Ghana"])
    assert roles("Kenya condemned the coup; Ghana praised the vote.", "SUPPORT")[0] == ["Ghana"]  # a clause each
    # after a trigger a list mark parts clauses: the places of a trip are no one's subject
    assert "Togo" not in roles("President Ruto will travel to Accra, Ghana; Lome, Togo; and Abuja, Nigeria to express "
                               "support for peace.", "SUPPORT")[0]


def test_the_agent_of_a_noun_is_listed_with_those_coordinated() -> None:
    assert roles("The committee announced by President Biden and Prime Minister Kishida met.", "STATEMENT")[0] == [
        "Joe Biden", "Fumio Kishida"]


def test_a_phrase_that_opens_the_sentence_names_no_doer() -> None:
    assert roles("In addition to discussing Peru-Chile trade, President Boric praised the Ecuadorian people.",
                 "SUPPORT")[0] == ["Gabriel Boric"]
    assert roles("At the June 14 NATO Summit, Chile and Peru endorsed the proposals.", "AGREE")[0] == ["Chile", "Peru"]


@pytest.mark.parametrize(("text", "sources"), [
    # a pronoun no actor resolves, closing what it reports or set between commas, speaks: no actor of what it says
    ("Sunday was calm. The government attacked Misrata, she said.", []),
    ("Sunday was calm. Chilean forces entered the town on Monday, he added.", []),
    ("Sunday was calm. Bolivia, they said, has two choices.", []),
    # what is said opens with the same pronoun, resolved: the same person speaks
    ("Michelle Bachelet spoke on Monday. She stands by her daughter, she said.", ["Michelle Bachelet"]),
    # a speaker named right after the comma speaks
    ("Chilean forces entered the town on Monday, Kuleba said.", ["Dmytro Kuleba"]),
])
def test_a_pronoun_that_closes_a_report_is_no_actor_of_what_it_reports(text: str, sources: list[str]) -> None:
    assert roles(text, "STATEMENT")[0] == sources


def test_unnamed_speakers_after_what_they_say_are_no_actor_of_it() -> None:
    assert roles("Chilean forces entered the town on Monday, witnesses said.", "STATEMENT")[0] == []
    assert roles("Chilean forces entered the town on Monday, a witness said.", "STATEMENT")[0] == []
    assert roles("Peru's officials said the talks failed.", "STATEMENT")[0] == ["Peru"]
    # the officials listed with named ones do not make the speakers unnamed: each one named speaks
    assert roles("Blinken, Ambassador Jones, and senior officials said the talks failed.", "STATEMENT")[0] == [
        "Antony Blinken", "Jones"]


@pytest.mark.parametrize(("text", "event_type", "sources"), [
    # unnamed only where they close what they report after a comma: no actor of what they report speaks it
    ("Chilean forces fired on the crowd in Santiago, activists said.", "STATEMENT", []),
    ("Chilean forces entered the town on Monday, a court official told CNN.", "STATEMENT", []),
    ("Chilean forces entered the town on Monday, police have said.", "STATEMENT", []),
    # a party noun says whose: "a government official" is often the one of the state the report is about
    ("Chilean forces entered the town on Monday, a government official said.", "STATEMENT", ["Chile"]),
    # a qualifier of another noun, which speaks: not an unnamed speaker
    ("Chilean forces entered the town on Monday, the rebel leader added.", "STATEMENT", ["Chile"]),
    # elsewhere they are no speakers: the actors before them still act
    ("Chilean forces fired on the activists in Santiago.", "ASSAULT", ["Chile"]),
])
def test_closing_speakers_are_unnamed_only_after_what_they_report(text: str, event_type: str,
                                                                  sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


def test_the_speaker_of_an_attribution_is_no_target_of_what_is_reported() -> None:
    assert roles("Up to 300 people may have been killed in the protests, Chilean President Gabriel Boric said Tuesday.",
                 "PROTEST")[1] == []
    assert roles("Peru shelled the border posts of Bolivia, the Chilean Foreign Ministry told reporters.",
                 "ASSAULT")[1] == ["Bolivia"]
    assert roles("The talks with Chile failed, Peru said.", "CONSULT")[1] == ["Chile"]


def test_an_act_an_article_names_after_a_reporting_verb_is_no_act_of_the_speaker() -> None:
    assert roles("Lavrov said the suspension of gas exports had cost billions.", "SANCTION")[0] == []
    assert roles("Lavrov announced the suspension of gas exports.", "SANCTION")[0] == ["Sergey Lavrov"]


def test_those_a_participle_names_are_its_targets_and_no_actor_before_it_its_source() -> None:
    assert roles("Kenya offered condolences to the families of those killed in the attack.", "ASSAULT") == ([], [])


def test_a_people_s_adjective_and_its_noun_with_a_possessive_own_the_act() -> None:
    assert roles("Kenya condemned the Russian government’s premeditated, unprovoked attack on Ukraine.", "ASSAULT")[
        0] == ["Russia"]


def test_the_state_named_right_after_an_opening_place_is_where_it_is_not_who_acts() -> None:
    assert roles("In Bangkok, Thailand, Secretary Blinken will meet with Prime Minister Prayut.", "CONSULT")[0] == [
        "Antony Blinken"]


def test_every_state_listed_as_the_subject_acts() -> None:
    assert roles("The EU, Japan, and New Zealand have designated Maria Zakharova.", "SANCTION") == (
        ["European Union", "Japan", "New Zealand"], ["Maria Zakharova"])
    assert roles("Germany, the United Kingdom, and Japan condemned Russia.", "ACCUSE") == (
        ["Germany", "United Kingdom", "Japan"], ["Russia"])
    # in talks, one listed after the first may be the side met: only those coordinated act together there
    assert roles("Special Representative Kim, Director-General Funakoshi, and Foreign Minister Kuleba will attend "
                 "the meeting.", "CONSULT")[0] == ["Sung Kim"]


@pytest.mark.parametrize("text, event_type, sources", [
    ("Diplomats from Chile, Peru, and Bolivia condemned the coup.", "ACCUSE", ["Chile", "Peru", "Bolivia"]),
    ("Senior officials from Kenya, Ghana, and Nigeria met in Accra.", "CONSULT", ["Kenya", "Ghana", "Nigeria"]),
    ("Experts from Norway and Sweden criticised the plan.", "ACCUSE", ["Norway", "Sweden"]),
])
def test_the_states_an_origin_lists_before_the_trigger_all_act(text: str, event_type: str, sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


def test_an_act_named_as_what_another_is_is_done_by_that_act_s_doer() -> None:
    text = "Secretary Blinken condemned Russia’s invasion of Ukraine as a flagrant violation of international law."
    assert roles(text, "REJECT")[0] == ["Russia"]
    assert roles("Foreign Minister Kuleba condemned the Iranian missile launch as a clear violation of the accord.",
                 "REJECT")[0] == ["Iran"]


def test_the_place_that_opens_a_sentence_is_met_in_its_unnamed_officials() -> None:
    assert roles("In Peru, the Counselor will meet with senior government officials to discuss trade.", "CONSULT")[
        1] == ["Peru"]
    assert roles("In Washington, the Peruvian Foreign Minister will meet with senior officials.", "CONSULT")[1] == [
        "United States"]
    assert roles("In Lima, the Counselor will meet with officials from Chile.", "CONSULT")[1] == ["Chile"]


@pytest.mark.parametrize("text, targets", [
    ("The Counselor will meet in Peru with government, opposition, and business leaders to discuss trade.", ["Peru"]),
    ("In Chile, the Envoy will meet with senior leaders within and outside government to discuss trade.", ["Chile"]),
    ("The Envoy will meet in Chile with senior officials from Bolivia.", ["Bolivia"]),
    ("Secretary Blinken will meet in Washington with senior officials.", []),
])
def test_the_place_a_meeting_is_held_in_is_met_in_its_officials_however_qualified(
        text: str, targets: list[str]) -> None:
    assert roles(text, "CONSULT")[1] == targets


def test_a_place_a_hyphen_joins_to_based_is_no_party_met() -> None:
    assert roles("The Counselor met with the heads of the Nairobi-based agencies of the UN.", "CONSULT")[1] == [
        "United Nations"]


def test_a_person_the_gazetteer_does_not_know_is_the_target_of_a_designation() -> None:
    assert roles("Today Peru is designating Ramiro Tallet Ugarte as a terrorist.", "SANCTION")[1] == [
        "Ramiro Tallet Ugarte"]
    assert roles("Marta Ilvesa and Oskar Rennet are each being designated for being relatives of a banker.",
                 "SANCTION")[1] == ["Marta Ilvesa", "Oskar Rennet"]
    # a company's name goes on in lower case, and a capitalised cue is a word of a name
    assert roles("Peru is designating Lumen Cargo shipping services today.", "SANCTION")[1] == []
    assert roles("Peru added them to the Specially Designated Nationals and Blocked Persons list.", "SANCTION")[
        1] == []


def test_every_designee_of_a_list_a_comma_joins_is_a_target() -> None:
    assert roles("Peru has designated Marta Ilvesa, Oskar Rennet, and Liis Tamm for aiding a banker.",
                 "SANCTION")[1] == ["Marta Ilvesa", "Oskar Rennet", "Liis Tamm"]
    assert roles("Today Peru is designating Ramiro Tallet, Ines Quispe and Rosa Mamani as terrorists.",
                 "SANCTION")[1] == ["Ramiro Tallet", "Ines Quispe", "Rosa Mamani"]
    # an apposition after the comma names no one more
    assert roles("Today Peru is designating Ramiro Tallet, the leader of a cartel.", "SANCTION")[1] == [
        "Ramiro Tallet"]
    # a list that opens with no person's name is one of outlets or companies
    assert roles("Today Peru is designating Radio-1, Canal Uno, and TVP for spreading lies.", "SANCTION")[1] == []


def test_the_agent_of_a_reduced_passive_after_a_noun_of_an_act_is_its_source() -> None:
    assert roles("This brings the assistance provided by Peru to Chile to $5 million.", "AID") == (["Peru"], ["Chile"])
    # the subject's meeting, which another hosts
    assert roles("Ecuador participated in a meeting hosted by Bolivia.", "CONSULT")[0] == ["Ecuador"]


@pytest.mark.parametrize(("text", "event_type", "sources"), [
    # an adverb between a participle trigger and its agent word
    ("Chile welcomes the proposal announced today by Peruvian President Ana Quispe.", "STATEMENT", ["Ana Quispe"]),
    ("Chile studied the plan announced Sunday by Bolivia.", "STATEMENT", ["Bolivia"]),
    # a group of the agent's own body between the agent word and the agent
    ("Two Chilean reporters were arrested by members of the Peruvian army.", "COERCE", ["Peru"]),
])
def test_the_agent_of_a_passive_past_an_adverb_or_within_its_group_is_its_source(
        text: str, event_type: str, sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


@pytest.mark.parametrize(("text", "sources"), [
    ("The Chilean journalist had just been freed by kidnappers.", []),  # a doer named, no state's
    ("Chilean reporters were arrested by police.", ["Chile"]),  # a government's stand-in: the state's own affairs
    ("Chilean reporters were arrested by a Col. Rojas.", ["Chile"]),  # a name the gazetteer misses
])
def test_a_state_is_no_doer_of_its_own_affairs_where_the_agent_names_another(text: str, sources: list[str]) -> None:
    assert roles(text, "COERCE" if "arrested" in text else "CONCEDE")[0] == sources


def test_supporters_of_an_actor_are_no_agent_of_its_own() -> None:
    assert roles("Chilean reporters were attacked by supporters of Ana Quispe.", "ASSAULT")[0] != ["Ana Quispe"]


def test_the_agent_after_the_object_of_a_noun_of_an_act_is_its_source() -> None:
    # not the one who speaks of the act
    assert roles("Ecuador spoke with Peru about the unprovoked attack against Chile by Bolivia's forces.",
                 "ASSAULT") == (["Bolivia"], ["Chile"])
    assert roles("The Ministers condemned the invasion of Chile by Bolivia.", "ASSAULT") == (["Bolivia"], ["Chile"])


@pytest.mark.parametrize("text, event_type, targets", [
    ("The Foreign Minister of Peru stressed the need for a united response to Russia's war against Ukraine.",
     "STATEMENT", []),
    # what a meeting is about is no party of it either
    ("The Foreign Minister of Peru will also discuss the impact of Bolivia's brutal invasion of Chile.", "CONSULT", []),
    ("Peru will meet with Ecuador to discuss support for refugees fleeing Bolivia's invasion of Chile.", "CONSULT",
     ["Ecuador"]),
])
def test_whom_a_hostile_course_reaches_is_no_addressee_of_a_statement_nor_party_met(
    text: str, event_type: str, targets: list[str]
) -> None:
    assert roles(text, event_type)[1] == targets


def test_whom_a_hostile_course_reaches_is_still_addressed_where_named_apart_from_it() -> None:
    # named also where no hostile course reaches it
    assert roles("The Foreign Minister of Peru emphasized Peru's commitment to Ukraine's sovereignty in the face of "
                 "Russia's aggression in Ukraine.", "STATEMENT")[1] == ["Ukraine"]


def test_the_one_a_cooperative_act_comes_from_is_its_source() -> None:
    assert roles("We are grateful for the strong support from Chile for our bid.", "SUPPORT")[0] == ["Chile"]
    assert roles("Peru welcomed the statement from Chile.", "STATEMENT") == (["Chile"], [])


def test_an_actor_a_hyphen_joins_to_what_it_made_or_arranged_is_no_target() -> None:
    assert roles("The Secretary noted support for Libya's UN-facilitated political process.", "SUPPORT")[1] == [
        "Libya"]
    assert roles("Iranian networks support UN-designated entities such as PCI.", "SUPPORT") == (["Iran"], [])
    # what an actor funded stays its own: its demolition harms it
    assert roles("She raised the demolition of two U.S.-funded buildings.", "COERCE")[1] == ["United States"]


def test_an_organisation_the_gazetteer_does_not_know_is_the_target_of_its_designation() -> None:
    assert roles("- OOO Transoil is being designated for being owned by a sanctioned person.", "SANCTION")[1] == [
        "OOO Transoil"]
    assert roles("The United States is imposing sanctions on Saydnaya Military Prison.", "SANCTION") == (
        ["United States"], ["Saydnaya Military Prison"])
    # a capitalised word alone, or with no word of an organisation at either end, is none
    assert roles("The United States is imposing sanctions on Russian Oligarchs.", "SANCTION")[1] == ["Russia"]


@pytest.mark.parametrize(("text", "targets"), [
    # a single word that an apposition or a word of a name's end follows
    ("Today Peru is designating Zorvex, a virtual currency exchange.", ["Zorvex"]),
    ("Peru sanctioned Kelmobank, one of the largest banks.", ["Kelmobank"]),
    # named after a description of what is reached, and joined to it by a list
    ("Peru is sanctioning the largest darknet market, Vantora, and the virtual currency exchange Zorvex.",
     ["Vantora", "Zorvex"]),
    ("Peru is designating the executives of two important banks, Kelmobank and Trenbank; and others.",
     ["Kelmobank", "Trenbank"]),
    ("Peru is designating one Chile-based entity, Halvor Shipping Trading JSC, for shipping oil.",
     ["Halvor Shipping Trading JSC"]),  # where it is based is no target
    # a description holding a verb is a clause: no designee follows it
    ("The prisons designated today were shown in the pictures provided by Vantora, a defector.", []),
    # a day, and a legal form alone, name no organisation
    ("Peru imposed sanctions on Friday, a minister said.", []),
    ("Peru is also designating Halvor Shipping, Co. Ltd., for shipping oil.", ["Halvor Shipping"]),
])
def test_an_organisation_a_designation_describes_or_lists_is_its_target(text: str, targets: list[str]) -> None:
    assert roles(text, "SANCTION")[1] == targets


@pytest.mark.parametrize(("text", "event_type", "target"), [
    # named before the trigger as no party of it, and again as its object: the object is the target
    ("Peru and Chile condemned Russia's actions and called for Russia to withdraw its forces.", "REQUEST", "Russia"),
    ("Peru sent aid to Ukraine in the face of Russia's attacks on population centers in Ukraine.", "ASSAULT",
     "Ukraine"),
])
def test_an_actor_named_again_as_the_object_of_the_trigger_is_its_target(
        text: str, event_type: str, target: str) -> None:
    assert target in roles(text, event_type)[1]


def test_a_place_right_after_the_trigger_named_again_is_where_it_happens() -> None:
    # "fighting in western Libya": where the fighting is, after Libya named as no party of it
    assert roles("Peru sent aid to Libya despite the fighting in western Libya.", "ASSAULT")[1] == []


def test_an_act_asked_of_others_has_no_side_of_the_asker_s_state() -> None:
    # the release is for others to grant: the state of the Secretary, who asks for it, is no side of it
    assert roles("Secretary Blinken called on ASEAN to urge the end of violence and the release of all those "
                 "unjustly detained.", "CONCEDE")[1] == []
    assert roles("Peru called on Chile to end the detention of all those unjustly detained.", "COERCE")[1] == []


@pytest.mark.parametrize(("text", "event_type"), [
    # a people's adjective or a name's initials qualifying a noun further on: that noun is the object, not the state
    ("He said the scope of the U.S. involvement will be limited and Obama continues to reject any possibility of "
     "sending in U.S. ground troops.", "REJECT"),
    ("Peru faulted Libya's regime and asked pilots to bomb Libyan citizens.", "REQUEST"),
    # the agent of the act named in the object is its doer
    ("Peru faulted Gadhafi's regime and denounced the killings of civilians by Gadhafi's troops.", "ASSAULT"),
    # one named right after a reporting verb speaks
    ("Journalists were killed in Libya, Robert Mahoney says.", "STATEMENT"),
])
def test_an_actor_named_again_but_not_as_the_object_is_no_target(text: str, event_type: str) -> None:
    assert roles(text, event_type)[1] == []


def test_a_people_s_adjective_right_after_the_trigger_names_its_object() -> None:
    text = "Peru condemned the violence by Egyptian police and called on the Egyptian government to restrain them."
    assert roles(text, "REQUEST")[1] == ["Egypt"]


def test_our_meeting_in_a_conversation_of_two_targets_the_other_speaker() -> None:
    text = ("SECRETARY BLINKEN: Good morning. It is a pleasure to welcome Foreign Minister Rau.\n"
            "FOREIGN MINISTER RAU: Thank you, Tony. I am very happy that we can continue our dialogue today.")
    assert roles(text, "CONSULT") == (["Poland"], ["Antony Blinken"])


def test_a_title_alone_and_departments_together_name_their_holder_and_their_state() -> None:
    # "the Counselor" is the one person named before with that title
    assert roles("Counselor Derek Chollet arrived in Kyiv. The Counselor voiced appreciation for Ukraine.",
                 "STATEMENT")[0] == ["Derek Chollet"]
    # "the Departments of State and the Treasury" act for their state
    assert roles("Today, the Departments of State and the Treasury are imposing sanctions on Rostec.", "SANCTION")[
        0] == ["United States"]


@pytest.mark.parametrize(("text", "targets"), [
    # a sum from a side names its giver, not whom the aid reaches
    ("Peru said the assistance includes $30 million from the Chilean Foreign Ministry.", []),
    ("Peru said the assistance includes €5 million from Chile for Haiti.", ["Haiti"]),
    # no sum: those the aid moves from a place
    ("Peru sent the assistance to 200 refugees from Chile.", ["Chile"]),
])
def test_a_sum_from_a_side_names_the_giver_of_aid_not_its_recipient(text: str, targets: list[str]) -> None:
    assert roles(text, "AID")[1] == targets


@pytest.mark.parametrize(("text", "event_type", "sources"), [
    # the one thanked or praised did what the thanks are for, not the one who thanks
    ("The Secretary will thank Chile for hosting refugees from Peru.", "CONSULT", ["Chile"]),
    ("Norway commended Ghana for mediating the talks.", "CONSULT", ["Ghana"]),
    ("Peru expressed its appreciation to Chile for hosting the summit.", "CONSULT", ["Chile"]),
    # the act a quality thanked for shows in: done by its possessor
    ("Kenya thanked the Prime Minister for Ghana's principled stance in condemning Mali's coup.", "ACCUSE", ["Ghana"]),
    ("Norway praised Chile for its leadership in mediating the talks.", "CONSULT", ["Chile"]),
    # no actor named as the one thanked: the cast stays
    ("Senator Jane Smith, thank you for meeting with us.", "CONSULT", ["Jane Smith"]),
])
def test_an_act_thanked_for_is_done_by_the_one_thanked(text: str, event_type: str, sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


@pytest.mark.parametrize(("text", "targets"), [
    ("Kenya discussed Somalia’s March 3 and March 9 missile launches. Kenya condemned the launches.", ["Somalia"]),
    ("Peru called Chile about Bolivia’s latest missile launch. Peru condemned these missile launches.", ["Bolivia"]),
    ("Kenya discussed the weather. Kenya condemned the launches.", []),  # no doer told before
])
def test_a_condemned_act_told_before_with_its_possessor_targets_that_doer(text: str, targets: list[str]) -> None:
    assert roles(text, "ACCUSE")[1] == targets


@pytest.mark.parametrize(("text", "event_type", "sources"), [
    # an act the clause only names, the object of a word that is no trigger nor light verb: not its subject's
    ("Norway raised the tragic killing of a journalist in Peru.", "ASSAULT", []),
    ("Kenya stressed the importance of concluding the investigations into the death.", "ACCUSE", []),
    ("Chile conveyed condolences for the terrorist attacks in Peru.", "ASSAULT", []),
    ("Japan stands firmly with Norway in the face of this attack.", "ASSAULT", []),
    # the noun phrase an article opens, a noun of quantity between, after a preposition
    ("Chile expressed condolences regarding the recent wave of terrorist attacks in Peru.", "ASSAULT", []),
    ("Kenya voiced concern about the series of deadly bombings in Somalia.", "ASSAULT", []),
    # a light verb or word carries its subject's own act, as does a possessor
    ("Peru conducted the attack on the border post.", "ASSAULT", ["Peru"]),
    ("Kenya held a protest outside the embassy.", "PROTEST", ["Kenya"]),
    ("Chile was implicated in the bombing of the embassy.", "ASSAULT", ["Chile"]),
    ("Norway raised Peru's brutal crackdown.", "COERCE", ["Peru"]),
    ("Peru launched a wave of attacks on the border posts.", "ASSAULT", ["Peru"]),
    ("Chile endured a week of attacks by Peru.", "ASSAULT", ["Peru"]),
    # a meeting named so is still its subject's, and so is a statement
    ("Kenya will travel to Oslo for a meeting of the donors.", "CONSULT", ["Kenya"]),
])
def test_an_act_a_clause_only_names_is_no_act_of_its_subject(text: str, event_type: str, sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


def test_a_state_s_own_affairs_its_subject_only_names_still_happen_in_that_state() -> None:
    assert roles("Kenya quelled the demonstrations with tear gas.", "PROTEST") == ([], ["Kenya"])


@pytest.mark.parametrize(("text", "event_type", "sources"), [
    # a group or organisation named as a modifier of an act's noun does the act
    ("Kenya will help Uganda defend itself against these Houthi attacks.", "ASSAULT", ["Houthis"]),
    ("Peru welcomed the NATO airstrikes on the port.", "ASSAULT", ["NATO"]),
    ("Chile backed the OAS resolution calling for free elections in Peru.", "REQUEST", ["OAS"]),
    # not a body named before a clause of its own
    ("Norway worked with the United Nations to provide food to Peru.", "AID", ["Norway"]),
])
def test_a_group_named_as_a_modifier_of_an_act_s_noun_is_its_doer(
        text: str, event_type: str, sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


def test_a_state_named_as_a_modifier_of_an_act_s_noun_is_not_its_doer() -> None:
    assert "Iraq" not in roles("Kenya condemned the Iraq invasion.", "ASSAULT")[0]  # it may only say where


@pytest.mark.parametrize(("text", "event_type", "sources"), [
    # a capital after a determiner qualifies a noun: it says where, and is no doer of the act
    ("Lima said the Oslo bombings were a crime against all.", "ASSAULT", []),
    ("The paper's Lima bureau chief said the talks failed.", "STATEMENT", []),
    # a capital that stands for its state's government, or qualifies a party of it, still acts
    ("Lima said the talks failed.", "STATEMENT", ["Peru"]),
    ("The Lima government said the talks failed.", "STATEMENT", ["Peru"]),
    ("The Lima regime staged rallies in support of its leader.", "PROTEST", ["Peru"]),
])
def test_a_capital_that_qualifies_a_noun_names_where_not_who(text: str, event_type: str, sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


@pytest.mark.parametrize(("text", "sources"), [
    # protests whose noun only words that qualify it stand before are done by people unnamed, not the state there
    ("Contesting rallies in Peru's second city were largely peaceful.", []),
    ("Mass protests have been organized online in Chile.", []),
    ("The pro-Boric demonstrations in Santiago were peaceful.", []),
    # a doer named before the noun still protests
    ("Chilean students held mass protests in Santiago.", ["Chile"]),
])
def test_protests_of_no_named_doer_are_no_state_s(text: str, sources: list[str]) -> None:
    assert roles(text, "PROTEST")[0] == sources


def test_whom_a_prefix_joins_to_an_act_s_noun_is_no_doer_of_it() -> None:
    assert roles("Police dispersed the anti-Boric protest in Santiago.", "PROTEST")[0] == []
    # a verb after the compound: the compound's noun acts ("then-President Boric attacked")
    assert roles("Peru accused Chile of having then-Minister Jara assassinated.", "ASSAULT")[0] != []


def test_a_body_a_story_keeps_calling_by_its_description_is_the_doer_far_from_its_name() -> None:
    text = ("The International Criminal Court issued warrants on Monday. "
            + "The court said the case was strong. " * 30 + "The court is not asking NATO to arrest the suspects.")
    assert roles(text, "REQUEST")[0] == ["ICC"]


def test_a_description_several_bodies_share_names_the_one_mentioned_last_as_doer() -> None:
    text = ("UNHCR staff worked with the International Organization for Migration. "
            "The agency said it will evacuate them.")
    assert roles(text, "STATEMENT")[0] == ["IOM"]


@pytest.mark.parametrize(("text", "event_type", "targets"), [
    # the party a call or a lunch was held with, named before the act that says what it was for
    ("Secretary Blinken held a call yesterday with Chilean Minister of Foreign Affairs Antonia Urrejola to discuss "
     "trade.", "CONSULT", ["Antonia Urrejola"]),
    ("Deputy Secretary Sherman will have a working lunch with Foreign Minister Antonia Urrejola and meet with senior "
     "officials.", "CONSULT", ["Antonia Urrejola"]),
    # an act before the counterpart's word owns the party, unless a purpose joins the trigger to it
    # (the purpose of a call is no act of its own: "spoke with ... to continue coordinating" is one CONSULT)
    ("Secretary Blinken signed an agreement today with Foreign Minister Antonia Urrejola to continue coordinating aid "
     "to Peru.", "COOPERATE", ["Antonia Urrejola", "Peru"]),
    # not what is only kept with, nor one a clause's mark parts from the trigger
    ("Peru, in keeping with the EU's new law, hosted a summit.", "CONSULT", []),
    ("Peru tried to avert war with Chile and, at a meeting in Lima, discussed trade.", "CONSULT", []),
])
def test_a_party_a_mutual_act_meets_may_be_named_before_its_trigger(
        text: str, event_type: str, targets: list[str]) -> None:
    assert roles(text, event_type)[1] == targets


@pytest.mark.parametrize("text, event_type, sources", [
    # the state whose government or leader was named last stands behind a bare "the government", "the army"
    ("The Chilean government rejected the plan on Monday. The government says it wants to negotiate.", "CONSULT",
     ["Chile"]),
    ("President Ruto addressed Kenya on Monday. The regime did not concede to the principal demand.", "CONCEDE",
     ["Kenya"]),
    ("Peru's army moved north. Later, the army shelled the town.", "ASSAULT", ["Peru"]),
    # its police and security men too ("riot police" names no riot)
    ("President Ruto addressed Kenya on Monday. Later, the police shelled the town.", "ASSAULT", ["Kenya"]),
    ("President Ruto addressed Kenya on Monday. Riot police shelled the town.", "ASSAULT", ["Kenya"]),
    ("President Ruto addressed Kenya on Monday. Security men said the town was calm.", "STATEMENT", ["Kenya"]),
    # two states' governments named together: whose is unclear
    ("The Peruvian government urged the Chilean government to talk. The government says it wants to negotiate.",
     "CONSULT", []),
    # another state named since the government: the story may have moved on
    ("The Chilean government met in May. Bolivia held talks too. The army shelled the town.", "ASSAULT", []),
    # no government named at all
    ("The government says it wants to negotiate.", "CONSULT", []),
])
def test_a_bare_government_is_the_state_whose_government_was_named_last(
        text: str, event_type: str, sources: list[str]) -> None:
    assert roles(text, event_type)[0] == sources


def test_a_government_spokesman_named_in_apposition_speaks_for_himself() -> None:
    assert "Chile" not in roles("The Chilean government met. The government spokesman, Juan Soto, denied the claim.",
                                "REJECT")[0]


def test_a_bare_government_acting_in_its_own_affairs_targets_not_its_own_state() -> None:
    assert roles("President Ruto spoke. The regime did not concede to the demand.", "CONCEDE")[1] == []


@pytest.mark.parametrize(("text", "event_type", "sources", "targets"), [
    # initials in capitals are an organisation's, no relative pronoun that opens a clause
    ("Secretary Blinken met with World Health Organization (WHO) Director-General Dr. Tedros Adhanom Ghebreyesus to "
     "discuss health.", "CONSULT", ["Antony Blinken"], ["Tedros Adhanom Ghebreyesus", "WHO"]),
])
def test_initials_open_no_clause(text: str, event_type: str, sources: list[str], targets: list[str]) -> None:
    assert [sorted(found) for found in roles(text, event_type)] == [sources, targets]


@pytest.mark.parametrize(("text", "name", "governed"), [
    ("Peru wrote to the Treasury’s Office of Foreign Assets Control.", "Office of Foreign Assets Control", True),
    # a capitalised opening word, a place without a title, a list: no title stands between
    ("In Kazakhstan Secretary Blinken met Tileuberdi.", "Blinken", False),
    ("Peru spoke at the White House Robert Gibbs said.", "Robert Gibbs", False),
    ("Peru spoke with Japan and Chile Foreign Minister Urrejola said.", "Urrejola", False),
])
def test_a_name_a_preposition_governs_through_its_title_is_an_object(text: str, name: str, governed: bool) -> None:
    start = text.index(name)
    mention = ActorMention(name, start, start + len(name), name, "person", "")
    assert is_object(rules("en"), text, mention) is governed


@pytest.mark.parametrize(("text", "event_type", "sources", "targets"), [
    # the subject of an infinitive clause does its act, not the one who asks for it
    ("Peru advocates for the WHO to invite Taiwan.", "REQUEST", ["WHO"], ["Taiwan"]),
    ("Peru has long pushed for Chile and Bolivia to attack Paraguay.", "ASSAULT", ["Chile", "Bolivia"], ["Paraguay"]),
    # the act that asks is aimed at that subject alone, not at what it is asked to do
    ("Peru called for Kenya to meet with Ethiopia.", "REQUEST", ["Peru"], ["Kenya"]),
    ("Peru called for the UN Security Council to impose sanctions against Libya.", "REQUEST", ["Peru"],
     ["UN Security Council"]),
    # a preposition of circumstance right before an actor and a verb in the past opens that actor's own clause
    ("Peru sent food to Chile after Bolivia invaded Paraguay.", "ASSAULT", ["Bolivia"], ["Paraguay"]),
    ("Peru has sent aid since Bolivia and Chile attacked Paraguay.", "ASSAULT", ["Bolivia", "Chile"], ["Paraguay"]),
    ("Peru has sent aid since Bolivia launched its invasion of Paraguay.", "ASSAULT", ["Bolivia"], ["Paraguay"]),
])
def test_the_subject_of_an_infinitive_clause_does_its_act_and_is_asked(
    text: str, event_type: str, sources: list[str], targets: list[str]
) -> None:
    assert roles(text, event_type) == (sources, targets)


@pytest.mark.parametrize(("text", "sources"), [
    ("Okafor, who was released Monday by Nigerian police, said the talks must resume.", []),
    ("Amara Diallo, who fled Mali in 2012, said the border is closed.", ["Amara Diallo"]),
    ("President Ruto, who visited Uganda last week, said the summit was a success.", ["William Ruto"]),
    # the verb's auxiliaries may stand between the closing comma and the verb
    ("Okafor, who was released Monday by Nigerian police, has said the talks must resume.", []),
])
def test_the_actors_of_a_relative_clause_before_the_verb_are_no_speakers(text: str, sources: list[str]) -> None:
    assert roles(text, "STATEMENT")[0] == sources


@pytest.mark.parametrize(("text", "event_type", "sources"), [
    # the doer of such a relative clause is no subject of the sentence's later clauses either
    ("Okafor, who was released Monday by Nigerian police, said it is time to negotiate.", "CONSULT", []),
    ("Okafor, who was released by Nigerian police, has said it is time to negotiate.", "CONSULT", []),
    # the antecedent, an actor, still is
    ("President Ruto, who visited Uganda last week, said it is time to negotiate.", "CONSULT", ["William Ruto"]),
])
def test_the_actors_of_a_relative_clause_before_the_verb_are_no_subject_of_the_sentence(
    text: str, event_type: str, sources: list[str]
) -> None:
    assert roles(text, event_type)[0] == sources


def test_an_actor_a_preposition_governs_in_an_earlier_coordinated_clause_is_no_speaker() -> None:
    text = ("Secretary Blinken met Foreign Minister Lapid. They exchanged views on Iran, and the Secretary "
            "underscored the strong commitment to Israel’s security.")
    assert roles(text, "STATEMENT")[0] == ["Antony Blinken"]


@pytest.mark.parametrize(("text", "event_type", "targets"), [
    # the act of a phrase that opens the sentence reaches no actor of the main clause after its comma
    ("In response to Chile's attack, Peru imposed sanctions on Bolivia.", "ASSAULT", []),
    ("After the Chilean invasion, Kenya imposed sanctions on Bolivia.", "ASSAULT", []),
    ("As Chile attacked Peru, Kenya condemned Bolivia.", "ASSAULT", ["Peru"]),
    # its list goes on past a comma up to the item its coordinator joins
    ("After Chile's attacks on Peru, Bolivia, and Ecuador, Kenya sent aid.", "ASSAULT", ["Peru", "Bolivia", "Ecuador"]),
    # not a main clause after a preposition: a pronoun, an auxiliary or a past verb stands before the trigger
    ("In December he called for the resignation of the UN secretary general, Kofi Annan.", "REQUEST", ["Kofi Annan"]),
    ("At least four people died in the clashes with Chile, Peru said.", "ASSAULT", ["Chile"]),
])
def test_an_opening_phrase_s_act_reaches_no_actor_of_the_main_clause(
        text: str, event_type: str, targets: list[str]) -> None:
    assert roles(text, event_type)[1] == targets



@pytest.mark.parametrize("text, targets", [
    # a state's own leader named beside the side its hostile act reaches is none of its targets
    ("Russia's attack on Georgia drew costs on Putin.", ["Georgia"]),
    # with no other side, what the words give stays
    ("Russia attacked Putin.", ["Vladimir Putin"]),
])
def test_a_states_hostile_act_spares_its_own_leaders_beside_another_side(text: str, targets: list[str]) -> None:
    assert roles(text, "ASSAULT")[1] == targets


@pytest.mark.parametrize(("text", "targets"), [
    ("The minister expressed concern about Turkey's new border checks.", []),
    ("The envoy voiced concerns regarding the presence of ISIS in the region.", []),
    ("The minister expressed concern about cooperation with Japan.", ["Japan"]),
])
def test_what_a_statement_is_about_is_none_of_its_targets(text: str, targets: list[str]) -> None:
    assert roles(text, "STATEMENT")[1] == targets


@pytest.mark.parametrize(("text", "targets"), [
    # after a word of stakes the matter is only the side met in the meeting told before
    ("Secretary Blinken spoke today with Polish Foreign Minister Rau. The Secretary reaffirmed the commitment to "
     "Ukraine's sovereignty.", []),
    ("Secretary Blinken met today with Ukrainian Foreign Minister Kuleba. The Secretary reaffirmed the commitment to "
     "Ukraine's sovereignty.", ["Ukraine"]),
    ("Secretary Blinken spoke today with Polish Foreign Minister Rau. The Secretary stressed the importance of "
     "ASEAN centrality.", []),
    # a party a word of partners joins to it is still met
    ("Secretary Blinken spoke today with Polish Foreign Minister Rau. The Secretary reaffirmed the commitment to "
     "working with Japan.", ["Japan"]),
])
def test_a_statement_s_stake_is_a_target_only_of_the_side_met(text: str, targets: list[str]) -> None:
    assert roles(text, "STATEMENT")[1] == targets
