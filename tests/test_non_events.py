"""Sentences that name no event of their own: a direct question, a habit or a general truth, an act only owed,
supposed or wondered about ("must accept", "could have explained"), a participle that qualifies a noun ("the
negotiated settlement"), a word of a name ("Grant Shapps"), a heading, a remark to the one addressed ("as you said"),
what a duty or a capacity is for ("a forum to discuss")."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.records import text_events

PUBLISHED = date(2022, 3, 21)


def triggers(text: str) -> list[str]:
    """The triggers of a text's events, in order."""
    return [e["trigger"] for e in text_events(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "What has the minister said about the talks?",
    "Will Russia withdraw its troops from the border?",
    "MR SMITH: Did the two ministers discuss the sanctions?",
    "Why haven’t they been invited to the summit?",
    "BLITZER: Ease tensions?",  # a question of a few words, with no question word
    "MR PRICE: Say that again?",
])
def test_a_direct_question_names_no_event(text: str) -> None:
    assert triggers(text) == []


def test_a_quoted_question_leaves_the_asking_to_the_speaker() -> None:
    assert triggers('One planner asked: "Will the rebels attack the city?"') == ["asked"]


@pytest.mark.parametrize("text, found", [
    ("INTERVIEWER: Do you accept any responsibility for the attack.", []),  # a transcript's question with a full stop
    ("Will you meet the foreign minister next week.", []),
    ("When we met in Paris, Russia agreed to talks.", ["met", "agreed"]),  # a question's word, no inverted verb
    ("He asked: do they meet today.", ["asked", "meet"]),  # a verb in lower case goes on the sentence
])
def test_a_question_told_by_its_inverted_verb_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("You are still saying that?", ["saying"]),  # a statement said as a question: no question word opens it
    ("The ministers discussed sanctions?", ["discussed"]),  # longer than a few words: a statement said as a question
    ("Russia attacked Kyiv on Monday.", ["attacked"]),
])
def test_a_sentence_that_asks_nothing_keeps_its_events(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text", [
    "The United States will always support the people of Ukraine.",
    "Canada and Mexico regularly discuss trade.",
    "Every day, officials meet with the envoys in Geneva.",
    "We have always said it.",
    "There are usually thugs outside a protest.",  # what there usually is
])
def test_a_habit_names_no_event(text: str) -> None:
    assert triggers(text) == []


def test_a_hostile_habit_is_a_pattern_event_data_record() -> None:
    assert [e["event_type"] for e in text_events("Soldiers routinely attack the villages.", PUBLISHED)] == ["ASSAULT"]


@pytest.mark.parametrize("text, found", [
    ("The government must accept the terms of the truce.", []),
    ("They will have to support whatever the council decides.", []),
    ("The minister could have explained the plan to the envoys.", []),
    ("The two governments can cooperate on trade.", []),
    ("The envoys discussed whether Russia is violating its commitments.", ["discussed"]),
    ("Iran must immediately release the tanker, the minister said.", ["said"]),  # the demand, no release
    ("The government accepted the terms of the truce.", ["accepted"]),
    ("A nuclear war cannot be won and must never be fought.", []),
    ("Citizens should not travel to the region.", []),
    ("Families should not be evicted from their homes.", []),
    ("The police did not detain the families.", ["detain"]),  # an act denied is still told
    ("The allies met to change course before more civilians are killed.", ["met"]),  # a loss only feared
    ("The rebels attacked the town before the troops arrived.", ["attacked"]),
    ("We need to support the people of Ukraine.", []),  # a need, no support given
    ('"I hope all the fighting will settle down," he says.', ["says"]),  # a wish
    ('"I am afraid it will be one big massacre here," he said.', ["said"]),  # a fear
    ("We hope it will enable families to travel to see loved ones.", []),
    ("The envoys hoped to meet Kuleba next week.", ["meet"]),  # a plan told of others stays planned
])
def test_an_act_only_owed_supposed_or_wondered_about_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Bombed buildings remain in ruins.", []),
    ("The envoy backed a negotiated settlement of the conflict.", ["backed"]),
    ("Banks must screen their dealings with sanctioned firms.", []),
    ("Russia bombed buildings in Kharkiv.", ["bombed"]),
    ("The buildings were bombed by Russia.", ["bombed"]),
    ("Refugees may be referred by a designated NGO.", []),  # a name qualified
    ("The front cooperates with other designated terrorist groups.", ["cooperates"]),
    ("The people deserve a government that protects their universally recognized rights.", []),
    ("The Treasury designated Hizballah financiers.", ["designated"]),
    ("They discussed the provision of additional coordinated assistance to Ukraine.", ["discussed"]),
    ("The envoy urged an immediate, indefinite, negotiated ceasefire.", ["urged"]),
    ("The envoy urged a durable negotiated settlement.", ["urged"]),
    ("They warned that further escalation would be met with massive, coordinated costs.", ["warned"]),
    ("Reporters were not allowed into hospitals where wounded students were taken.", []),
])
def test_a_participle_that_qualifies_a_noun_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Poland gave shelter to those fleeing the war.", []),
    ("Moldova hosts refugees seeking international protection.", ["hosts"]),
    ("Russian forces fled Kherson on Friday.", ["fled"]),
])
def test_people_described_by_their_flight_name_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Almost 300,000 people have fled the country, the agency said.", ["said"]),
    ("The ministry gave shelter to those who are fleeing the war.", []),
    ("Aid reached the civilians fleeing the city.", ["Aid"]),
    ("Thousands of residents had fled by Sunday.", []),
    ("More than 2.5 million people have fled the region.", []),
    ("The president fled the country on Friday.", ["fled"]),  # a leader's flight
    ("The police fled when the crowd arrived.", ["fled"]),  # a state's force
    ("His wife and 12 other people fleeing the island drowned.", ["fleeing"]),  # one party's journey, counted
])
def test_a_flow_of_people_fleeing_is_no_act_of_a_party(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Japan is the largest donor of humanitarian and development assistance to Ukraine.", []),
    ("Japan is the largest donor, providing $1 billion in assistance to Ukraine.", ["providing"]),
])
def test_a_standing_role_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


def test_a_word_of_a_name_names_no_event() -> None:
    events = text_events("Mr Grant Shapps met Kuleba.", PUBLISHED)
    assert [(e["trigger"], e["sources"]) for e in events] == [("met", ["Grant Shapps"])]


@pytest.mark.parametrize("text, found", [
    ("The new Office of Sanctions Coordination will oversee the work.", []),
    ("Roger Carstens, the Special Presidential Envoy for Hostage Affairs, met Kuleba.", ["met"]),
    ("The two leaders reviewed plans for the NATO Summit in Madrid.", ["Summit"]),  # the name's last word
    ("The Federal Bureau of Investigation briefed its Ukrainian partners.", []),  # a word a link joins to a name
    ("The Council created a Commission of Inquiry.", []),
    ("Investigation of the attack continues.", ["Investigation", "attack"]),  # a sentence's first word
])
def test_a_word_of_a_title_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


def test_an_act_told_once_is_an_event() -> None:
    assert triggers("The United States supported the people of Ukraine.") == ["supported"]


@pytest.mark.parametrize("text, found", [
    ("Support for Ukraine and Its Neighbours: The budget includes funds for the border guards.", []),
    ("Uprising in Egypt -- Mohamed ElBaradei is returning to Cairo.", []),
    ("Promoting Accountability: The Department of State has designated two officials.", ["designated"]),
    ("Officer faked shooting story: the police arrested him.", ["shooting", "arrested"]),  # a sentence, no heading
    # a heading alone, left open by any mark that closes a sentence
    ("Working Together to Strengthen European Security\n\nThe allies met in Brussels.", ["met"]),
    ("Russia attacked Ukraine\n\nThe allies met in Brussels.", ["attacked", "met"]),
])
def test_a_heading_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    # a news page's title and highlights, run together before its dateline, sum up the story its body tells
    ("Rebels say the army fled the town Protesters urge the president to resign Tripoli, Libya (CNN) -- The "
     "president met opposition leaders on Monday.", ["met"]),
    ("Leaders call for talks Cairo, Egypt -LRB- CNN -RRB- -- Protesters marched on Friday.", ["marched"]),
    # a hostile act in them is the story's news, which event data record however it is told
    ("Rebels are killed in fighting, medics say Cairo, Egypt (CNN) -- Protesters marched on Friday.",
     ["killed", "marched"]),
    ("The minister said (CNN) that talks had begun.", ["said", "talks"]),  # no dateline: no dash after the agency
])
def test_a_news_pages_highlights_before_its_dateline_name_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Signed by the following ministers or their equivalents:", []),  # the line that opens a joint text's signatories
    ("The two ministers signed the agreement in Vienna.", ["signed"]),
])
def test_the_line_of_a_joint_texts_signatories_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("We have just arrived, as you noted, at a critical time.", []),
    ("MR SMITH: As you said yourself, these issues date back years.", []),
    ("As President Biden said, the alliance will hold.", ["said"]),  # a statement made before, by someone named
])
def test_a_remark_to_the_one_addressed_names_no_statement(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The council is a regional forum to discuss trade.", []),
    ("I am not in a position to provide more details.", []),
    ("The sanctions restrict Iran's ability to seek loans abroad.", ["sanctions"]),
    ("The minister met Kuleba to discuss trade.", ["met"]),  # a purpose of an act told: one event
    ("The Secretary emphasized the importance of defending democratic values.", ["emphasized"]),
    ("Instead of welcoming the voices of the people, the regime jailed them.", ["jailed"]),  # an act not done
    ("Firms that stay in the region could run a high risk of violating the law.", []),
    ("The no-fly zone protects civilians from being killed by the regime.", []),  # an act prevented
    ("Civilians were killed by the regime.", ["killed"]),
    ("There is always the possibility of attacks.", []),  # an act only possible
    ("The prospect of negotiations remains remote.", []),
    ("The ministers reiterated their shared priority to provide shelter to refugees.", ["reiterated"]),  # a priority
    ("The envoys are looking at new ways to support the farmers.", []),  # a means to an act
    ("Nobody knew how to negotiate with the generals.", []),
    ("The envoy will address several issues, including efforts to urge the junta to free detainees.", []),  # a topic
    ("The minister highlighted our efforts to urge the junta to free detainees.", ["highlighted", "urge"]),
    ("The mayor said it was a polite way of saying no.", ["said"]),
    ("There may be some kind of truce before the winter.", []),  # a kind of act
    ("The villagers are angry at the lack of support from the capital.", []),  # an act lacking
    ("The envoy urged all states to refrain from providing weapons to the militia.", ["urged"]),  # refrained from
    ("They stressed the importance of supporting the farmers and sanctioning the cartel.", ["stressed"]),  # joined
    ("They stressed the importance of trade and condemned the cartel.", ["stressed", "condemned"]),  # another form
    ("The envoys noted the importance of an immediate, lasting ceasefire.", ["noted"]),  # an article, adjectives
    ("The minister warned of the risk of a wider war in the region.", ["warned"]),
    ("Officials discussed the possibility of a meeting next week.", ["discussed"]),
    ("The strikes came in response to an attack on the city.", ["attack"]),  # "to" is a preposition there
    ("By way of an answer, Smith says he had no choice.", ["says"]),  # a name after the comma opens a clause
    ("The resolution protects civilians under threat of attack.", []),  # only feared or hoped for
    ("For fear of expulsion, the family stayed home.", []),
    ("Hopes for a lasting ceasefire rose this week.", []),
    ("The envoys weighed tools available to support the farmers of Peru.", []),  # a means to an act
    ("The envoys weighed new tools to support the farmers of Peru.", []),
])
def test_what_a_duty_or_a_capacity_is_for_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The minister stressed the importance of a strong collective response to condemn the invasion.",
     ["stressed", "invasion"]),
    ("They emphasized the importance of Transatlantic unity to support Ukraine.", ["emphasized"]),
    ("The strikes came in response to shelling of the city.", ["shelling"]),  # a gerund after a preposition
])
def test_a_response_to_an_act_is_what_it_is_for(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Chile has a duty to provide humanitarian assistance to Peru.", []),  # the noun of the verb's own type
    ("The envoys discussed ways to impose sanctions on the cartel.", ["discussed"]),
    ("Failure to provide an accounting will sow division.", []),  # an act not done
    ("The council is a forum to coordinate assistance to refugees.", []),  # an object noun
    ("Chile has the authority to condemn the attack on Peru.", ["attack"]),  # an act of its own, named
    ("Chile has a duty to provide shelter, and Peru imposed sanctions on the cartel.", ["imposed"]),
])
def test_the_act_a_silenced_verb_governs_is_silenced_with_it(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The minister spoke with Kuleba to continue coordinating assistance to refugees.", ["spoke with"]),
    ("The envoy will travel to Lima to continue talks on trade.", ["travel to"]),
    ("The ministers agreed on the need to continue providing aid to the farmers.", ["agreed", "providing"]),
    ("The army continued attacking the city.", ["attacking"]),
])
def test_a_purpose_after_a_light_verb_completes_the_meeting_told(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("I think when people say we have to be consistent everywhere, this is wrong.", []),
    ("Some have said the plan came too late.", []),
    ("The minister said the plan came too late.", ["said"]),
])
def test_talk_of_no_one_named_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The minister stressed the urgency of robust international support for Yemen.", ["stressed"]),
    ("The funding will provide food, shelter, logistics and other support to Yemen.", ["provide"]),
    ("The envoy's trip supports U.S. commitments to press freedom.", []),
    ("Russia's flagrant disregard for international law demands a severe response.", []),
    ("Germany supports Ukraine.", ["supports"]),
    ("The protesters demanded a response from the government.", ["demanded"]),
])
def test_support_in_general_and_a_thing_that_asks_name_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Gadhafi's forces have the support of thousands of armed volunteers.", []),
    ("Germany is seen as less self-interested in Libya than, say, the French.", []),
    ("The government bears responsibility for unhindered access to humanitarian assistance.", []),
    ("The United States provided humanitarian assistance to Ethiopia.", ["provided"]),
])
def test_a_standing_backing_a_filler_and_access_to_aid_name_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Public support for the war has fallen sharply.", []),
    ("The partnership is part of broader Canadian support for the region.", []),
    ("The company is working to deal with issues of support.", []),
    ("The envoy will underscore enduring British support for Moldova's reforms.", ["support"]),
    ("The minister offered continued Japanese support for the recovery.", ["support"]),
    ("We also appreciate the support of the Governments of Chile and Peru.", ["support"]),
    ("We very much support as well the efforts at reform.", ["support"]),
    ("The rebels took the town with the support of NATO.", ["support"]),
])
def test_a_standing_attitude_no_act_tells_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("We will continue to need the steadfast support of the United States.", []),
    ("Nearly 500,000 returnees are in need of humanitarian assistance.", []),
    ("Gates warned that the rebels still need significant training and assistance.", ["warned"]),
    ("The law allows sanctions on those supporting Russia's invasion.", ["sanctions", "invasion"]),
    ("The law allows sanctions on those providing material support to terrorists.", ["sanctions"]),
    ("The talks will cover our shared interest in supporting Ukraine.", ["talks"]),
    ("The United States will provide the support Ukraine needs.", ["provide the support"]),
])
def test_a_need_an_interest_and_people_described_by_their_support_name_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The ministers opposed all activities that undermine, destabilize, or threaten the order.", ["opposed"]),
    ("The sanctions target officials involved in actions that threaten the sovereignty of Ukraine.", ["sanctions"]),
    ("Anyone who is telling you he is one of the leaders is not right.", []),
    ("The militia seized the town, which troops attacked on Monday.", ["seized", "attacked"]),  # no kind of act
    ("Zuma said the strikes exceeded the authority that the resolution granted.", ["said"]),
    ("The ties with the Palestinian Authority that Israel severed were restored.", ["severed"]),  # a name
])
def test_what_a_kind_of_act_does_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The Treasury sanctioned three companies that support the regime's oil trade.", ["sanctioned"]),
    ("The law punishes those who provide weapons to the militia.", []),
    ("Delegates came from countries that strongly support the peace plan.", []),
    ("The ministers met with a charity, an organization that provides food to refugees.", ["met"]),
    ("Sanctions were imposed on a firm that provided funds to the militia.", ["Sanctions", "provided"]),  # done
    ("Sanctions were imposed on a firm that has provided funds to the militia.", ["Sanctions", "provided"]),
    ("The minister spoke with a man who says the police beat him.", ["spoke with", "says"]),  # a report
    ("The ministers condemned the groups that attack civilians.", ["condemned", "attack"]),  # a pattern of abuse
])
def test_what_a_doer_does_in_the_present_describes_it(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("His appointment underscores our commitment to peace in the region.", []),
    ("This action highlights the risks of trading with the regime.", []),
    ("These efforts reflect our support for a negotiated settlement.", []),
    ("The Secretary underscores our commitment to peace in the region.", ["underscores"]),  # a speaker
    # another word before the verb
    ("Her visit to Kyiv underscores our support.", ["visit to", "underscores our support"]),
    ("The Platform for Action supports the talks.", ["supports", "talks"]),  # the last word of a name
    ("Today's action imposes visa restrictions on the officials.", ["imposes"]),  # no verb of what it shows
])
def test_what_an_act_shows_said_of_it_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The officer accused of leaking the documents appeared in court.", []),
    ("Prosecutors dropped the charges against four activists accused of plotting a coup.", []),
    ("Sergeant Jones, of the Royal Regiment, accused of mistreating prisoners, faces a court martial.", []),
    ("The company is widely criticised for its record.", ["criticised"]),  # an auxiliary two words before
    ("The three men were accused of helping the gunmen.", ["accused"]),  # a passive
    ("The journalist was arrested, beaten and accused of spying.", ["arrested", "accused"]),  # a coordinated passive
    ("The ministry stood accused of hiding the report.", ["accused"]),  # a verb of `linking`
    ("Moscow accused of shelling the plant.", ["accused"]),  # a name: a story of an accusation
    ("Russia accused Ukraine of shelling the plant.", ["accused"]),  # the verb with the one it charges
])
def test_a_suspect_described_by_the_charge_names_no_accusation(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The Treasury designated six firms, particularly those backed by the security services.", ["designated"]),
    ("Officials said armed groups supported by the militia blew up a depot.", ["said", "blew up"]),
    ("The police did not return the bodies of those killed by the army.", ["killed"]),  # a hostile act
    ("Among those accused by the witness is a police officer.", ["accused"]),  # a charge
    ("The minister met those who backed the plan.", ["met", "backed"]),  # a relative word, a past act
    ("The rebels were backed by Iran.", ["backed"]),  # a passive after its auxiliary
])
def test_doers_told_by_what_they_do_or_undergo_name_no_act(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("There is no sign that the departure of the leader is on offer.", []),
    ("Fighters flashed the victory sign as they drove past.", []),
    ("A protester held up a cardboard sign.", []),
    ("The vote gave another sign of the government's weakness.", []),
    ("The president will sign the agreement on Monday.", ["sign"]),  # the verb
    ("The minister refused to sign the treaty.", ["refused"]),
])
def test_a_sign_that_is_a_thing_names_no_agreement(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The vote took place peacefully, and that is to be welcomed.", []),
    ("The government welcomed the vote.", ["welcomed"]),
])
def test_what_deserves_praise_is_no_praise_given(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The Secretary condemned the launches, which were in violation of UN Security Council resolutions.",
     ["condemned"]),
    ("Russia is in breach of the treaty.", []),
    ("Russia violated the treaty.", ["violated"]),
])
def test_a_state_of_violation_names_no_act_of_violating(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The allies work to counter sanctions evasion.", []),
    ("The designations disrupt the financial support networks of the group.", []),
    ("The order is a counterterrorism sanctions authority.", []),  # a legal power, no sanction
    ("The allies imposed sanctions on the network.", ["imposed"]),  # the noun after a preposition: no compound
    ("Genuine humanitarian aid providers are heroic organizations.", []),
    ("The agency delivered aid to recipients in the region.", ["delivered"]),
    # a word of a post's title: "visiting professor" names the post, no visit
    ("Jane Roe is a visiting professor of law at the university.", []),
    ("The minister is visiting Cairo.", ["visiting"]),
])
def test_a_trigger_that_qualifies_the_noun_after_it_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The ministry recognizes that respect for the rights of women is essential.", []),
    ("We recognise that the talks will be hard.", ["talks"]),  # what is held true may still name an act
    ("Portugal recognized the United States in 1791.", ["recognized"]),  # recognising a state is an act
])
def test_a_verb_of_belief_names_no_act(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Let me just say that the ministers met Kuleba on Monday.", ["met"]),  # a speaker's opening, no statement
    ("The people had a say in choosing their leaders.", []),  # "a say": a noun, no act of saying
    ("The detainees are said to be in government custody.", []),  # told by no one named
    ("Some say the war could drag on for months; others say it will end soon.", []),  # views of no one named
    ("Some said they were beaten.", ["said"]),  # what people told stays told
    ("The government must listen to the legitimate demands of the people.", []),  # what people want, no request
    ("The protesters demanded new elections.", ["demanded"]),
    ("Our alliances are something we took for granted.", []),  # an idiom, no aid granted
    ("The minister said the ministers met Kuleba.", ["said", "met"]),
    ("The ministry granted asylum to the dissidents.", ["granted"]),
    ("I think we also agree that democracies must deliver.", []),  # an opinion shared, no agreement reached
    ("I couldn't agree more.", []),
    ("The ministers agreed that the talks should resume.", ["agreed", "talks"]),
])
def test_an_idiom_of_talk_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("I think it is fair to say that this is a difficult time.", ["say"]),  # the speaker says it
    ("It's still too early to say whether the rebels will retreat.", []),
    ("It is almost impossible to meet the envoys in the capital.", []),  # only possible or not, no meeting
    ("Impossible to say when the president will leave.", []),
    ("It's important to support the transition process.", []),  # a view of what matters, no support given
    ("It's a pleasure to meet with you.", ["meet"]),  # the meeting the words greet takes place
    ("It was agreed to meet again in May.", ["agreed"]),
])
def test_an_act_an_impersonal_judgement_weighs_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("For more information, please visit www.example.gov.", []),  # a web address, no visit
    ("For further updates, visit https://www.example.gov/news.", []),
    ("The envoy will visit Kyiv next week.", ["visit"]),
    ("You said it extremely well.", []),  # a remark praised, no statement
    ("I couldn't have said it any better.", []),
    ("The minister said it would resume the dialogue.", ["said", "dialogue"]),
])
def test_a_web_address_and_a_remark_praised_name_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The parties seized the opportunity to end the war.", []),  # an idiom, no seizure
    ("Rebels seized the town.", ["seized"]),
    ("The speech struck a popular chord.", []),  # an idiom, no strike
    ("The missile struck a hospital.", ["struck"]),
    ("These commitments provide a firm foundation for cooperation.", []),  # a thing that gives ground, no aid
    ("The agency provided food to refugees.", ["provided"]),
    ("Prices rose with growing demand for grain.", []),  # what a market wants, no request
    ("The protesters demanded new elections.", ["demanded"]),
    ("Guards carried assault rifles.", []),  # arms named after what they do, no assault
    ("The rebels used attack helicopters.", []),
    ("Troops assaulted the town.", ["assaulted"]),
    ("The allies stand ready to impose sanctions in the event of a further invasion.", ["impose"]),  # only feared
    ("In case of an attack, citizens should seek shelter.", []),
    ("In the event of a ceasefire, the envoys will meet in Geneva.", ["ceasefire", "meet"]),
])
def test_an_idiom_or_a_thing_named_after_an_act_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The new order allows for sanctions to be imposed on the smugglers.", []),  # what a text makes possible
    ("The treaty provides for sanctions against any party that breaks it.", []),
    ("Our immediate priority is to support the relief effort.", []),  # a goal named, no act
    ("His task is to meet the rebel leaders, the spokesman said.", ["said"]),
    ("The Treasury designated the two groups as terrorist organisations.", ["designated"]),
    ("Progress on their Summit commitments was slow.", []),  # a summit's name qualifies the commitments
])
def test_what_a_text_allows_or_a_goal_names_is_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Dana Holloway, a professor at a university in Ohio, spoke on Monday. Holloway said the army would split.", []),
    ("Defense expert Dana Holloway spoke on Monday. Holloway said the army is divided.", []),
    ("Dana Holloway, with the Institute for Desert Studies, spoke. Holloway said the regime was weakening.", []),
    ("Dana Holloway, a professor of politics, said the regime was weakening.", ["said"]),  # introduced as it speaks
    ("Dana Holloway, a rebel fighter, spoke. Holloway said the army fired on the crowd.", ["said", "fired on"]),
    ("Dana Holloway, who leads the opposition party, spoke. Holloway said the regime was weakening.", ["said"]),
])
def test_a_commentators_word_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Jane Roe joins us now from Cairo.", []),
    ("I'm joined here in London by John Doe.", []),
    ("We're joined by two experts.", []),
    ("I'm Jane Roe in Atlanta, joined by my colleague John Doe in Cairo.", []),
    ("John Doe, thanks for joining us.", []),
    ("Chile joined us in calling for a ceasefire.", ["joined", "calling for"]),  # a state that joins an act
])
def test_a_broadcasts_sign_on_of_a_guest_names_no_event(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The people of Chile have demonstrated time and time again that they want peace.", []),
    ("Russia has shelled Kharkiv time and time again.", ["shelled"]),  # a hostile habit is recorded
])
def test_an_act_done_time_and_time_again_is_a_habit(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("Canada supports regional efforts to improve the camps.", []),  # a kind of thing backed: a policy
    ("The United Kingdom supports exchange programs that connect students.", []),
    ("We support regional initiatives that help farmers.", []),  # the speaker's own stance
    ("Norway supports Ukraine.", ["supports"]),  # a particular side backed
    ("We strongly support all of these efforts.", ["support"]),  # particular efforts, a determiner
    ("Kenya will support programs that help farmers.", ["support"]),  # an act to come
    ("Japan continues to support international efforts to investigate.", ["support"]),
])
def test_a_stance_held_towards_a_kind_of_thing_is_a_policy(text: str, found: list[str]) -> None:
    assert triggers(text) == found


@pytest.mark.parametrize("text, found", [
    ("The only path to peace in Yemen is through dialogue and compromise.", []),  # a means: the practice
    ("We urge Russia to choose the path of diplomacy and dialogue.", ["urge"]),  # joined to another practice
    ("Kenya and Ethiopia opened a dialogue on border security.", ["dialogue"]),  # a dialogue held
    ("The DPRK should engage in dialogue with Japan.", ["dialogue"]),  # the act asked for
])
def test_a_noun_of_a_practice_joined_to_another_names_no_act(text: str, found: list[str]) -> None:
    assert triggers(text) == found
