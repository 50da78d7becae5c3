"""Roles: which of a sentence's actors are an event's source and targets, clause by clause."""

from __future__ import annotations

import re

from pipeline.antecedents import antecedent, closed_relative, coordinated_before, in_closed_relative, listed_sides
from pipeline.clauses import STATEMENT, Rules
from pipeline.gazetteer import grammar, is_demonym
from pipeline.governing import qualifier
from pipeline.infinitives import clause_subject
from pipeline.lexicon import WORD, Hit, normal, words_between, written_between
from pipeline.model import ActorMention
from pipeline.nominal_agents import doer_word_after, names_agent, nominal_agent
from pipeline.matters import MATTER, PARTNER
from pipeline.objects import POSSESSIVE_MARK, after_role, at_venue, head_subject, is_object, listed, object_again
from pipeline.objects import object_of, party_before, receiver
from pipeline.qualifiers import initials, names_place, prefixed
from pipeline.openings import after_opening, in_opening, opening_end
from pipeline.speakers import attribution_speakers, speaker_after, unnamed_speaker
from pipeline.timex import tense

_DOER_KINDS = ("group", "organization")  # actors a modifier before an act's noun names as its doer
_MODIFIER_WORDS = 2  # words in lower case between such a modifier and the noun ("Houthi missile attacks")
_SUBJECT_WORDS = 5  # words of a subject before its noun ("This latest tranche of humanitarian assistance")
_PASSIVE_SUBJECT_REACH = 8  # words from a passive's subject to its participle ("a Polish goalkeeper is said to be jailed")
# "Russia's (unprovoked, brutal) attack": 's, then up to four words, the last with no comma ("efforts, working")
_OWNER_NOUN = re.compile(r"[^\S\n]+(\w+)(?=['’]s[^\S\n])")  # "Russian government's ": the noun a people's word qualifies
_OWNED_MODIFIERS = 4  # words a possessive pronoun's commas may join before its noun, as `_POSSESSIVE` allows
_POSSESSIVE = re.compile(r"['’]s[^\S\n]+(?:(?:[\w-]+,?[^\S\n]+){0,3}[\w-]+[^\S\n]+)?$")


def event_actors(
    rules: Rules, text: str, mentions: list[ActorMention], clause: tuple[int, int], trigger: Hit,
    subject: list[ActorMention], governed: bool = False,
) -> list[tuple[ActorMention, str]]:
    """The event's actors with roles: the subject before the trigger is the source, later actors are targets.

    A clause without its own subject ("..., saying that") takes `subject`, the sentence's; an actor
    after a subject pronoun ("we will target Putin's war machine") is no source; "Russia's attack"
    has Russia as source; a passive ("was met by Kuleba") has its agent as source, its subject as target.
    A `governed` trigger, the object of an earlier one ("condemned the attack"), has no subject of its own.
    """
    in_clause = [m for m in mentions if clause[0] <= m.start and m.end <= clause[1]]
    before = [m for m in in_clause if m.end <= trigger.start]
    # "Ghonim, who was freed by Egyptian authorities, said": the actors of a relative clause set off by commas before
    # the trigger are its own verb's; the antecedent before it is the trigger's subject
    closed = closed_relative(rules, text, clause[0], trigger.start)
    within = [m for m in before if m.start < closed]
    if within:
        before, subject = before[len(within) :], [m for m in subject if m.end <= clause[0]]
    # "After Russia's invasion, the EU imposed sanctions": the main clause's actors are none of the opening's act
    after = in_opening(rules, text, clause, trigger, before, [m for m in in_clause if m.start >= trigger.end])
    agent = _agent(rules, text, clause, trigger, after)
    nominal = agent is None and (agent := nominal_agent(rules, text, trigger, after, not before)) is not None
    if agent is not None:
        # "Kyiv was attacked by Russia": the passive's subject is the target; "Ukraine condemned the attacks by
        # Russia": the actors before a noun's agent are not the noun's
        # "a pledge by Saudi Arabia and the UAE", "the support of Saudi Arabia, Jordan, and Oman": the agent of a noun
        # with those listed with it, save a pronoun that opens the next clause ("by Grundberg, and we call on")
        group = listed(rules, text, after[after.index(agent) :], commas=doer_word_after(rules, text, trigger))
        sources = [m for m in group if m is agent or normal(m.text) not in rules.pronouns] if nominal else [agent]
        roles = [*[(m, "source") for m in sources], *[(m, "other" if nominal else "target") for m in before]]
    elif _passive(rules, text, clause, trigger):
        # "Three Iraqi civilians have been killed": the subject suffers the act, whose doer goes unnamed
        sources = []
        near = [m for m in before if len(WORD.findall(text, m.end, trigger.start)) <= _PASSIVE_SUBJECT_REACH]
        previous = WORD.findall(text, max(0, trigger.start - 12), trigger.start)[-1:]
        if previous and normal(previous[0]) in rules.reduced:
            near = []  # "condolences to the families of those killed": those it was done to, named by no actor
        roles = [(m, "target") for m in head_subject(rules, text, near)]
    else:
        # "advocate for the WHO to invite Taiwan": the infinitive clause's own subject acts
        owners = _possessor(rules, text, before, trigger)
        if owners and not _state_initials(rules, text, owners[0], trigger):
            sources = owners
        else:
            sources = clause_subject(rules, text, before, trigger.start) or ([] if governed else _own_subject(
                rules, text, clause, before, antecedent(rules, text, clause[0], mentions, subject), trigger))
            # "Moy outlined U.S. assistance": the state's own people who tell of its act are named closer as its doers
            if owners and (not sources or any((m.country or m.actor) != owners[0].actor for m in sources)):
                sources = owners
        roles = [(m, "source") for m in sources]
    joined, co = listed_sides(rules, text, before, sources) if trigger.label in rules.mutual else ([], [])
    sources, roles = sources + joined, roles + [(m, "source") for m in joined]  # "Harris, Blinken, and Mori met"
    # "gave the Ivory Coast ... aid", "held a call with Park Jin to discuss": the receiver or the party met
    roles += [(m, "other") for m in within] + [(m, "target" if any(m is c for c in co) or receiver(
        rules, text, m) or party_before(rules, text, trigger, m, sources) else "other")
        for m in before if m not in sources]
    roles += [(m, after_role(rules, text, trigger, m)) for m in after if m not in sources]
    # what a meeting is about is no party of it, unless the words name no party ("meet officials at INDOPACOM to
    # discuss U.S. strategy": the United States is the only side met) nor another state or organisation before the
    # trigger ("host Hayashi and Chung for a Trilateral Meeting to address threats from the DPRK"); the two sides
    # of a mutual act may both be its sources ("Blinken and Kuleba discussed ...")
    two_sides = trigger.label in rules.mutual and len({m.country or m.actor for m in sources}) > 1
    named = {m.country or m.actor for m, role in roles if role == "other" and m.end <= trigger.start} - {
        m.country or m.actor for m in sources}
    roles = _matter_roles(roles, named, two_sides)
    # an actor named twice keeps its first role, save that a state's own affairs may aim at the state whose people
    # act, named again as the trigger's object ("French farmers would blockade Paris", not "Russian-held"), and that
    # a place named before the trigger is met when named again as its party ("In Warsaw, she will meet with Polish
    # officials"; not "the war in Yemen and the suffering of the Yemeni people", both after it), and that one named
    # before as no party is reached when named again as the trigger's object ("condemned Russia's actions and called
    # for Russia to cease")
    again = after[0] if after and trigger.label in rules.domestic and object_of(text, trigger, after[0]) else None
    unique: dict[tuple[str, str], tuple[ActorMention, str]] = {}
    # "King Abdullah II of Jordan": Jordan is met already, in its king
    met = {m.country for m, role in roles if role == "target" and m.country != m.actor}
    for mention, role in roles:
        key = (mention.actor, role if mention is again else "")
        first, first_role = unique.setdefault(key, (mention, role))
        if first_role == "other" and role == "target" and mention.actor not in met and first.end <= trigger.start and (
                at_venue(rules, text, first) or object_again(rules, text, trigger, mention, after)):
            unique[key] = (mention, role)
    return list(unique.values())


def _matter_roles(roles: list[tuple[ActorMention, str]], named: set[str],
                  two_sides: bool) -> list[tuple[ActorMention, str]]:
    """The roles with a meeting's matter resolved. One "with" joins to its matter is the party met unless the parties
    are named before it ("Blinken and Hayashi discussed cooperation with Korea", "spoke with Hayashi about cooperation
    with Korea"; not "discussed Belarus with Kuleba"). Then what a meeting is about is its target only where no party
    is named, and no actor before the trigger but of its own state or the source's (`named`: "host Hayashi and Chung
    for a Meeting")."""
    roles = [(m, role if role != PARTNER else "other" if two_sides or any(
        r == "target" and other.end <= m.start for other, r in roles) else "target") for m, role in roles]
    party = two_sides or any(role == "target" for _, role in roles)
    return [(m, role if role != MATTER else "other" if party or named - {m.country or m.actor} else "target")
            for m, role in roles]


def addressees(
    rules: Rules, text: str, mentions: list[ActorMention], following: tuple[int, int],
    cast: list[tuple[ActorMention, str]], trigger: Hit) -> list[tuple[ActorMention, str]]:
    """Targets of a trigger without any, from the clause after it: the subject of an object clause ("demanded that
    the US cancel" targets the US), or of the condition an act is made to hang on ("threatened to stop negotiations
    if the United States goes ahead" targets the United States; not a question: "asked if"), save the act's own side
    and a pronoun ("if we think")."""
    if any(role == "target" for _, role in cast):
        return []
    opening = (following[0], following[0] + 12)
    demand = bool(rules.object_clauses.find(text, *opening))
    condition = not demand and trigger.label not in rules.asking and bool(rules.conditions.find(text, *opening))
    if not demand and not condition:
        return []
    named = {m.actor for m, _ in cast}
    inside = [m for m in mentions if following[0] <= m.start and m.end <= following[1]]
    if condition and inside and not _opens_condition(rules, text, following[0], inside[0]):
        return []  # "see if we could find ways to work together, particularly Afghanistan": "we" is its subject
    own = {m.country or m.actor for m, role in cast if role == "source"}
    return [(m, "target") for m in head_subject(rules, text, inside) if m.actor not in named and not (condition and (
        (m.country or m.actor) in own or normal(text[m.start : m.end]) in rules.pronouns))]


def _opens_condition(rules: Rules, text: str, start: int, mention: ActorMention) -> bool:
    """Whether the mention is the subject that opens a condition: only its word and determiners stand before it."""
    words = [normal(word) for word in WORD.findall(text, start, mention.start)]
    return bool(words) and all(word in rules.determiners for word in words[1:])


def _own_subject(rules: Rules, text: str, clause: tuple[int, int], before: list[ActorMention],
                 subject: list[ActorMention], trigger: Hit) -> list[ActorMention]:
    """The clause's subject actors (none when a pronoun stands before them), else the sentence's."""
    start = clause[0]
    noun = WORD.match(text, trigger.start)
    if before and prefixed(text, before[-1]) and not text[before[-1].end : trigger.start].strip() and (
            noun is not None and not tense(noun.group(), "", rules.language)):
        return []  # "the pro-Mubarak demonstrations", "anti-Gadhafi protests": whom the act is for, its doers unnamed
    # "The EU, UK, and Japan designated": all listed act; in talks those after the first may be the side met
    found = head_subject(rules, text, after_opening(rules, text, start, before), trigger.label not in rules.mutual)
    if found and names_place(rules, text, found[0]):
        return []  # "the London attacks", "the London bureau chief said": a city says where, the noun names who
    if found and _pronoun_before(rules, text, opening_end(rules, text, start, before), found[0].start):
        if not text[before[-1].end : trigger.start].strip() and not is_object(rules, text, before[-1]):
            return coordinated_before(rules, text, before)  # "as you will have seen, President Biden announced"
        # "we will target Putin's war machine": the unnamed "we" acts, not Putin; "They agreed Ukraine's sovereignty
        # must be respected, condemned ...": the sides "They" refers back to (mentions of no words there) act
        return [m for m in subject if m.start == m.end and start <= m.start < found[0].start]
    if not found and unnamed_speaker(rules, text, start, trigger, before) or found and speaker_after(
            rules, text, before, trigger, clause[1]):
        return []  # "analysts have said", "Gadhafi's forces approached, witnesses said": unnamed speakers act
    # "Varela will head home to Spain, the Spanish foreign ministry said": the attribution's own subject speaks
    return attribution_speakers(rules, text, found, before, trigger) or found or [
        m for m in subject if m.end <= trigger.start]


def sentence_subject(
    rules: Rules, text: str, sentence: tuple[int, int], mentions: list[ActorMention], places: list[ActorMention]
) -> list[ActorMention]:
    """The sentence's first actor after its opening `places` (see `opening_places`), for clauses without a subject;
    none after a pronoun unless spoken for, nor one of a relative clause set off by commas before the verb of an
    antecedent no actor names ("Ghonim, who was freed by Egyptian authorities, said it is time to negotiate")."""
    start = sentence[0]
    # "In Kazakhstan, the delegation will meet": the place of an opening phrase is no subject; "Rebels in the Ivory
    # Coast dismissed" has the rebels' place stand for them
    first = next((m for m in mentions if not places or m.start > places[-1].end), None)
    if first is None or in_closed_relative(rules, text, sentence, first):
        return []
    if _pronoun_before(rules, text, start, first.start) and not _speaks_for(rules, text, first):
        return []
    return [m for m in mentions if m.start == first.start]  # a joint statement's "we": each signatory


def _speaks_for(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether a phrase tying the speaker to the actor ("on behalf of") stands right before the mention."""
    before = " ".join(normal(word) for word in WORD.findall(text, max(0, mention.start - 40), mention.start))
    return any(before.endswith(phrase) for phrase in rules.speakers)


def reported_subject(
    rules: Rules, text: str, said: Hit, trigger: Hit, clause: tuple[int, int], mentions: list[ActorMention]
) -> tuple[int, int] | None:
    """The clause of a trigger in what a speaker says where it opens with a subject of its own ("said Russia will
    withdraw", "told Kuleba the United States would send aid"): the words after the reporting verb and its
    addressee. None where it does not ("said it will", "announced a suspension", "reiterated the United States'
    support": a possessor, no subject): the speaker may then act."""
    start = said.end
    if normal(text[said.start : said.end]) in rules.addressed:
        start = next((m.end for m in mentions if m.start >= said.end and not text[said.end : m.start].strip()), start)
    first = next((m for m in mentions if m.start >= start), None)
    if normal(text[said.start : said.end]) in rules.reporting and (first is None or first.start >= trigger.end):
        # "Zlitni said the suspension of oil exports had ...": an act an article names heads what is said, not the
        # speaker's act (not "announced the suspension", "said its support")
        opening = [normal(word) for word in WORD.findall(text, start, trigger.start)]
        if opening and opening[0] in grammar(rules.language).get("apposition_articles", ()) and all(
                word.isalpha() for word in opening) and len(opening) <= _SUBJECT_WORDS:
            return start, clause[1]
    if first is None or first.end > trigger.start or POSSESSIVE_MARK.match(text, first.end):
        return None
    if normal(text[first.start : first.end]) in rules.determiners:
        return None  # "reaffirming our support": a possessive word that stands for an actor is no subject either
    opening = [normal(word) for word in WORD.findall(text, start, first.start)]
    return (start, clause[1]) if all(word in rules.determiners for word in opening) else None


def _pronoun_before(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether a subject pronoun stands in text[start:end]."""
    return not rules.pronouns.isdisjoint(map(normal, WORD.findall(text, start, end)))


def _possessor(rules: Rules, text: str, before: list[ActorMention], trigger: Hit) -> list[ActorMention]:
    """The actor whose possessive governs the trigger ("Russia's premeditated, unprovoked attack"), as a one-item
    list: only adjectives stand between ("Ukraine's borders, and the two discussed" has a determiner, "Malawi's calls
    for the withdrawal" a preposition, "Burma's transition, and release" a coordinator last). A people's adjective
    right before the trigger, or one word in lower case before it, is one too ("the Iranian missile attacks"), as is a
    first-person possessive of another side than the subject's ("the DPRK ... will be part of our discussions")."""
    if not before:
        return []
    end = before[-1].end
    # "the Russian government's unprovoked attack": a people's adjective and its noun in lower case own it
    # a state's initials qualify a noun as its people's adjective does ("U.S. sanctions", "the DPRK missile launches")
    people = is_demonym(before[-1].text, rules.language) or _state_initials(rules, text, before[-1], trigger)
    noun = _OWNER_NOUN.match(text, end, trigger.start) if people else None
    end = noun.end(1) if noun is not None and noun.group(1).islower() else end
    words = [normal(word) for word in WORD.findall(text, end, trigger.start) if word[0].isalnum()]
    if end == before[-1].end and people:
        between = text[before[-1].end : trigger.start].strip()
        if between and not (between.isalpha() and between.islower()):
            return []  # "the Russian military buildup", not "the Russian – a further invasion"
        # "Bosnian Serbs demanded", "U.S. and Cuban officials met": a subject of more words, the subject's to find
        if len(before) > 1 and (not text[before[-2].end : before[-1].start].strip()
                                or len(coordinated_before(rules, text, before)) > 1):
            return []
        owners = [before[-1]]
    elif _POSSESSIVE.match(text, end, trigger.start):
        words, owners = words[1:], [before[-1]]  # less the possessive's ending
    elif normal(before[-1].text) in rules.determiners and len(words) < _SUBJECT_WORDS and "," not in text[
            end : trigger.start] and not any(m.country == before[-1].country for m in before[:-1]):
        owners = [before[-1]]  # not "with our assistance, have defended" nor "I am looking forward to our discussions"
    elif (owner := _pronoun_owner(rules, text, before, trigger) or _doer_modifier(rules, text, before, trigger)):
        return [owner]
    else:
        return []
    if any(word in rules.determiners or word in rules.prepositions or word in rules.pronouns for word in words):
        # "Russia's war and its attacks": a possessive pronoun nearer the trigger may still refer back to the owner
        return [owner] if (owner := _pronoun_owner(rules, text, before, trigger)) is not None else []
    if words and words[-1] in rules.coordinators:
        return []  # "protect Afghanistan's infrastructure, protect civilians, and cooperate": a verb of the subject
    return owners


def _state_initials(rules: Rules, text: str, mention: ActorMention, trigger: Hit) -> bool:
    """Whether the mention is a state's initials that qualify the trigger's noun as a people's adjective does, right
    before it or one word in lower case before it ("U.S. sanctions", "a US napalm attack"; not "the U.S.'s", nor the
    subject of a verb in the past: "the UK designated"), save a meeting's, which a state may only host ("the ASEAN-U.S.
    Summit")."""
    between, first = text[mention.end : trigger.start].strip(), WORD.match(text, trigger.start)
    return mention.actor_type == "state" and initials(mention) and trigger.label not in rules.mutual and (
        not between or between.isalpha() and between.islower()) and not POSSESSIVE_MARK.match(text, mention.end) and (
        first is not None and not tense(first.group(), "", rules.language))


def _doer_modifier(rules: Rules, text: str, before: list[ActorMention], trigger: Hit) -> ActorMention | None:
    """A group or organisation named as a modifier of the trigger's noun, right after an article, a determiner or a
    preposition, at most two words in lower case between ("these Houthi attacks", "the Taliban missile offensive"):
    its doer; not a state, whose name before a noun may only say where ("the Iraq invasion"), nor a meeting or
    statement a body only hosts ("the NATO summit"), nor a verb ("the Taliban attacked")."""
    last = before[-1]
    between = WORD.findall(text, last.end, trigger.start)
    if last.actor_type not in _DOER_KINDS or trigger.label == STATEMENT or trigger.label in rules.mutual or len(
            between) > _MODIFIER_WORDS:
        return None
    articles = set(grammar(rules.language).get("apposition_articles", ())) | rules.definite
    # "the United Nations to provide", "the ICC sought the arrest": words of a clause between, no modifier
    if any(not (char.isalpha() or char == " ") for char in text[last.end : trigger.start]) or not all(
            word.islower() and qualifier(rules, word, articles) for word in between):
        return None  # "Taliban, attacks", "Taliban-led attacks": a mark between
    previous = WORD.findall(text, max(0, last.start - 20), last.start)[-1:]
    articles |= rules.prepositions
    first = WORD.match(text, trigger.start)
    if not previous or normal(previous[0]) not in articles or first is None or tense(first.group(), "", rules.language):
        return None
    return last


def _pronoun_owner(rules: Rules, text: str, before: list[ActorMention], trigger: Hit) -> ActorMention | None:
    """The actor a possessive pronoun of a thing (`owners`' pronouns) right before the trigger refers back to, the
    last one before it ("impose on Russia's economy in response to its unlawful invasion", "press the Kremlin to end
    its brutal attacks": Russia), where only adjectives stand between pronoun and trigger; none where that actor is a
    person, a people's adjective, part of a compound ("its blame-all-on-America narrative") or the complement of a
    noun ("violate the sovereignty of Ukraine with its attacks": the subject's own)."""
    kinds, last = rules.owners, before[-1]
    words = [normal(word) for word in WORD.findall(text, last.end, trigger.start)]
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in kinds.get("pronoun", ())), None)
    if at is None or last.actor_type == "person" or is_demonym(last.text, rules.language):
        return None
    rest = words[at + 1 :]
    modifiers = [word for word in rest if word != ","]  # "its brutal, full-scale invasion": commas join as after 's
    if rest[-1:] == [","] or "," in rest and len(modifiers) > _OWNED_MODIFIERS or any(
            not word.replace("-", "").isalpha() or word in rules.determiners or word in rules.prepositions
            or word in rules.pronouns or word in rules.auxiliaries for word in modifiers) or (
            rest and rest[-1] in rules.coordinators):
        return None  # "its sovereignty, threaten", "its attacks and withdrawing", "its envoy was evacuated"
    if "-" in (text[last.start - 1 : last.start], text[last.end : last.end + 1]) or normal(last.text) in (
            rules.determiners):
        return None
    # "in the face of Russia's war and its attacks": a possessor is no noun's complement, whatever stands before it
    previous = WORD.findall(text, max(0, last.start - 20), last.start)[-1:]
    complement = previous and normal(previous[0]) in kinds.get("complement", ()) and not POSSESSIVE_MARK.match(
        text, last.end)
    return None if complement else last


def outlet_act(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether a trigger is an act a government's own release tells in the passive, naming no doer, that is its own
    ("These individuals are being designated"): a participle of `outlet_acts` right after an auxiliary (not "headed
    by sanctioned individuals")."""
    before = written_between(text, clause[0], trigger.start)[-1:]
    return normal(text[trigger.start : trigger.end]) in rules.outlet_acts and bool(before) and (
        normal(before[0]) in rules.auxiliaries)


def outlet_subject(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a noun of an act a government's own release tells as its own (`outlet_subjects`) heads its
    sentence's subject, naming no doer: an opening word and words in lower case before it ("This critical
    assistance will support ...", "The humanitarian assistance includes ..."; not "These entities provide")."""
    kinds = rules.outlet_subjects
    if normal(text[trigger.start : trigger.end]) not in kinds.get("noun", ()):
        return False
    words = WORD.findall(text, sentence[0], trigger.start)
    return 0 < len(words) <= _SUBJECT_WORDS and normal(words[0]) in kinds.get("opening", ()) and all(
        word.isalpha() and word.islower() for word in words[1:])


def _agent(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit,
           after: list[ActorMention]) -> ActorMention | None:
    """The agent of a passive trigger, a participle ("was met by Kuleba", "were witnessed and welcomed by Nelson"; not
    "are announcing aid to those affected by Russia's invasion"): the first later actor after an agent word."""
    words = written_between(text, clause[0], trigger.start)[-4:]
    if words and normal(words[-1]) in rules.coordinators:
        words = words[:-2]  # "were witnessed and welcomed by": the auxiliary of the first participle serves both
    if not any(normal(word) in rules.auxiliaries for word in words[-2:]) or not any(
            hit.start == trigger.start for hit in rules.participles.find(text, trigger.start, trigger.end)):
        return None
    for mention in after:
        # "by Kuleba", "by the Secretary": the agent word one of the last two before it; "by members of the police"
        between = [normal(word) for word in WORD.findall(text, trigger.end, mention.start)]
        agent = next((i for i in range(len(between) - 1, -1, -1) if between[i] in rules.agents), None)
        if agent is not None and (agent >= len(between) - 2 or names_agent(rules, between[agent:])):
            return mention
    return None


def _passive(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is a participle right after an auxiliary ("were killed", "has been met") or a word of
    `reduced` ("those killed"), or the agent of one, after its word and at most two in lower case ("has been hit by
    unprecedented sanctions")."""
    words = words_between(text, clause[0], trigger.start)
    agent = next((i for i in range(len(words) - 1, max(len(words) - 4, 1), -1)
                  if normal(words[i].group()) in rules.agents), None)
    if agent is not None and all(w.group().islower() for w in words[agent + 1 :]):
        words, participle = words[: agent - 1], words[agent - 1]
        if normal(participle.group()) in rules.feelings:
            return False  # "We are horrified by the attacks": the cause of a feeling, not an act upon us
        start, end = participle.span()
    else:
        start, end = trigger.start, trigger.end
    if not words or not (normal(words[-1].group()) in rules.auxiliaries or normal(words[-1].group()) in rules.reduced):
        return False  # "were killed", "those killed in the uprising": no auxiliary, no passive
    return any(hit.start == start for hit in rules.participles.find(text, start, end))
