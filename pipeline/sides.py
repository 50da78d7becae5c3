"""Sides of an event beyond its clause: the parties "They" refers back to, the side a source is on, the adversary
beside a cooperative act and the unnamed side of a state's own affairs."""

from __future__ import annotations

from pipeline.antecedents import named_with
from pipeline.clauses import STATEMENT, Rules
from pipeline.gazetteer import actor_type, grammar, is_demonym
from pipeline.governing import qualifier
from pipeline.hostile_courses import COURSE_REACH, possesses_hostile_course, reached_by_hostile_course
from pipeline.lexicon import WORD, Hit, normal, words_between
from pipeline.model import ActorMention
from pipeline.nominal_agents import unknown_agent
from pipeline.objects import at_venue
from pipeline.qualifiers import qualifies_noun
from pipeline.roles import POSSESSIVE_MARK
from pipeline.timex import tense

_QUALIFIERS = 3  # words that only qualify a noun of no doer ("Contesting rallies", "the pro-Mubarak demonstrations")
_VENUE_WORDS = 2  # words from an act to the place it happens in ("arrested in the Gaza Strip")
_TALK = "CONSULT"  # the type of a meeting, a call or talks
_BACK_REACH = 30  # characters before a talk where the word that refers back to it stands
_HOST_REACH = 60  # characters after a meeting's trigger where the officials it meets are named


def parties_phrase(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, mentions: list[ActorMention], sourced: bool
) -> Hit | None:
    """The subject that refers back to the two sides of an earlier event: a participants phrase before the trigger
    in its clause, with no actor there nor a source (`sourced`: "They also discussed") or after a coordinator after
    an object ("met Hayashi and they condemned"), or a co-parties phrase after the last actor there, a source ("Deputy
    Secretary Sherman and her counterparts condemned"); else None."""
    before = [m for m in mentions if clause[0] <= m.start < trigger.start]
    if not before:
        return None if sourced else next(iter(rules.participants.find(text, clause[0], trigger.start)), None)
    found = rules.participants.find(text, before[-1].end, trigger.start) if rules.participants.may_occur(
        text, before[-1].end, trigger.start) else []
    # "spoke with Foreign Minister Hayashi and they jointly condemned": after an actor past the subject, not one
    # joined to it ("The Deputy Secretary and the two vice ministers")
    if found and len(before) > 1 and (joined := WORD.findall(text, before[-1].end, found[0].start)) and all(
            normal(w) in rules.coordinators for w in joined):
        return found[0]
    if not sourced or not rules.co_parties.may_occur(text, before[-1].end, trigger.start):
        return None  # most clauses: no other side joined to the subject
    return next(iter(rules.co_parties.find(text, before[-1].end, trigger.start)), None)


def with_parties(
    rules: Rules, trigger: Hit, cast: list[tuple[ActorMention, str]], parties: list[tuple[ActorMention, str]], at: int
) -> list[tuple[ActorMention, str]]:
    """The cast of an event whose subject, at offset `at`, refers back to the parties of an earlier one (named in
    no words here): each party keeps its side in a mutual event, the clause's actors being its matter; else the
    parties act together."""
    names = {m.actor for m, _ in parties}
    borrowed = [(ActorMention("", at, at, m.actor, m.actor_type, m.country), role) for m, role in parties]
    own = [(m, role) for m, role in cast if m.actor not in names]
    if trigger.label in rules.mutual:
        return borrowed + [(m, "other") for m, _ in own]
    return [(m, "source") for m, _ in borrowed] + own


def parties_stay(sources: list[ActorMention], parties: list[tuple[ActorMention, str]], release: bool) -> bool:
    """Whether an event keeps the sides of the last meeting in view for a later "They": one of them acts on, or, in
    a government's own `release` (a readout tells one meeting), no other side is told (no doer, or one of a side's
    state: "The United States recently announced a donation")."""
    if not parties or not sources and not release:
        return False
    if not release:
        return {m.actor for m in sources} <= {m.actor for m, _ in parties}
    return {m.country or m.actor for m in sources} <= {m.country or m.actor for m, _ in parties}


def borrowed_at(clause: tuple[int, int], trigger: Hit, subject: list[ActorMention]) -> int | None:
    """Where a phrase of this clause before the trigger names the sides of the last meeting that an earlier verb took
    as its subject ("The senior officials discussed ..., and reaffirmed support": a later verb's too); else None."""
    if subject and all(clause[0] <= m.start == m.end < trigger.start for m in subject):
        return subject[0].start
    return None


def met_before(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, cast: list[tuple[ActorMention, str]],
    parties: list[tuple[ActorMention, str]],
) -> list[tuple[ActorMention, str]]:
    """The side met in the meeting told just before, as targets of a talk that names no party met ("spoke with
    Foreign Minister Chung. Secretary Blinken ... discussed ways to deepen cooperation": with Chung), where its sources
    are all of the side that met it and the talk is a verb of what is talked about (`matters.txt`), a noun a word of
    `definite.txt` refers back with ("In these meetings") or a statement of feelings offered (`sympathies.txt`, up to
    three words in lower case between: "expressed his condolences"). Not a talk with others a counterpart's word
    names after it before any purpose ("will meet with business representatives"), nor one at a trip's stop."""
    sources = {m.actor for m, role in cast if role == "source"}
    words = WORD.findall(text, trigger.end, clause[1])[:4] if trigger.label == STATEMENT and sources else []
    offered = any(normal(w) in rules.sympathies and all(v.islower() for v in words[:i]) for i, w in enumerate(words))
    if trigger.label != _TALK and not offered or not sources or any(role == "target" for _, role in cast):
        return []
    if not sources <= {m.actor for m, role in parties if role == "source"}:
        return []  # another doer, or the side met acting on its own ("The Foreign Minister discussed ...")
    before = [normal(word) for word in WORD.findall(text, max(clause[0], trigger.start - _BACK_REACH), trigger.start)]
    # a noun in capitals names an event of its own ("the Summit of the Americas"), not the talk told before
    spoken = offered or any(normal(w) in rules.matters for w in WORD.findall(text, trigger.start, trigger.end)) or (
        text[trigger.start].islower() and any(
            before[-1:] == [d] or d[0] == "'" and before[-1:] and before[-1].endswith(d) for d in rules.definite))
    if not spoken:
        return []
    after = next(iter(rules.triggers.find(text, trigger.end, clause[1])), None)
    for word in (normal(word) for word in WORD.findall(text, trigger.end, after.start if after else clause[1])):
        if word in rules.counterparts:
            return []  # "will meet with senior officials": the party is named, if by no actor
        if word in rules.purposes:
            break  # "discussed opportunities to continue collaborating with partners": another act's party
    named = {m.actor for m, role in cast if not offered or role != "other"}  # "Dendias ..., and the Secretary"
    return [(ActorMention("", trigger.start, trigger.start, m.actor, m.actor_type, m.country), "target")
            for m, role in parties if role == "target" and m.actor not in named]


def meeting_sides(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """The two sides of a mutual event, which a later "They" refers back to: its sources and its first target with
    those of the same state ("met French Ambassador Delattre to discuss Ukraine": Delattre and France, not Ukraine,
    the matter); none where that target is no partner met but the object of a preposition other than a
    counterpart's ("coordinating assistance to Ukraine", "hosting of Afghans") or its host's ("a meeting hosted by
    Kim"), so the sides told before stay. With no target, sources of two states or more are the sides, the first
    one's against the other's ("The Secretary and Foreign Minister discussed": each keeps a side, as when one met the
    other), or, of three states or more, all acting together."""
    sources = [(m, role) for m, role in cast if role == "source"]
    targets = [m for m, role in cast if role == "target"]
    states = len({m.country or m.actor for m, _ in sources})
    if not targets and states > 2:
        return sources  # "Officials from the US, Australia, India, and Japan met": no two sides, all act together
    if not targets and states > 1:
        first = sources[0][0].country or sources[0][0].actor
        return [(m, "source" if (m.country or m.actor) == first else "target") for m, _ in sources]
    if not sources or not targets:
        return []
    # "met today in Brussels with Bjoern Seibert, Head of Cabinet of President von der Leyen": a counterpart's
    # preposition stands before the target, whatever others stand there too
    governing = {word for word in (normal(w) for w in WORD.findall(text, trigger.end, targets[0].start))
                 if word in rules.prepositions}
    side = targets[0].country or targets[0].actor
    if governing and not governing & rules.counterparts and not _host(rules, text, trigger, cast, side):
        return []
    named = named_with(rules, text, targets)
    return sources + [(m, "target") for m in targets if any(m is n for n in named) or side in (m.country, m.actor)]


def _host(rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]], side: str) -> bool:
    """Whether the side met is the meeting's host, named by its agent word ("a trilateral meeting hosted by Republic
    of Korea Special Representative Kim"): the first actor after that word is of that side, no source's (not "travel
    to Paris, joined by Trade Representative Tai", one's own companion; not "Convened by the United States")."""
    words = list(WORD.finditer(text, trigger.end, min(m.start for m, role in cast if role == "target")))
    agent = next((w.end() for w in words if normal(w.group()) in rules.agents), None)
    first = next((m for m, _ in sorted(cast, key=lambda c: c[0].start) if agent is not None and m.start >= agent), None)
    sides = {m.country or m.actor for m, role in cast if role == "source"}
    return first is not None and side in (first.country, first.actor) and side not in sides


def without_own_side(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """The cast less its targets of the state or organisation a source serves where the event has other targets:
    the Secretary "spoke with Foreign Minister González Laya" of Spain does not also speak with the United States.
    A state's own affairs keep it, and so does an event whose only target it is ("met officials at INDOPACOM"),
    save a statement: one side does not address itself ("Blinken affirmed the partnership between the U.S. and
    Brunei" is addressed to no one), and save a one-sided act of sources of one state whose own state is named
    only as a qualifier of a noun ("will offer U.S. support to the governments", "an integrated U.S. strategy"):
    what is the state's own, not whom its act reaches."""
    if trigger.label in rules.domestic:
        return cast
    # an office holder acts for a state towards others; a group's acts at home aim at its own state too
    own = {m.country for m, role in cast if role == "source" and m.actor_type == "person" and m.country}
    if trigger.label == STATEMENT:
        own |= {m.country or m.actor for m, role in cast if role == "source"}
    # "Russia's attack on Ukraine and ... costs on Putin": a state's hostile act does not aim at its own leaders
    # beside another side
    leaders = {m.actor for m, role in cast if role == "source" and m.actor_type == "state"} - own if (
        trigger.label in rules.hostile) else set()
    own_targets = [m for m, role in cast if role == "target" and ((m.country or m.actor) in own or (
        m.actor_type == "person" and m.country in leaders))]
    others = [m for m, role in cast if role == "target" and not any(m is t for t in own_targets)]
    if not own_targets or (not others and trigger.label != STATEMENT and not _own_qualifier(
            rules, text, trigger, cast, own_targets)):
        return cast
    return [(m, "other" if role == "target" and any(m is t for t in own_targets) else role) for m, role in cast]


def _own_qualifier(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]], own_targets: list[ActorMention]
) -> bool:
    """Whether the only targets of a one-sided act that is not hostile, of one state's sources, are that state named
    as the qualifier of a noun that names none of its parties (`party_nouns.txt`): "offer U.S. support", "reiterated
    the U.S. position", not "the Egyptian government should allow" nor "attacking the Libyan people"."""
    if trigger.label in rules.mutual or trigger.label in rules.hostile or not rules.party_nouns:
        return False  # a language that lists no party nouns keeps its own side
    if len({m.country or m.actor for m, role in cast if role == "source"}) != 1:
        return False  # "Both leaders condemned the ongoing Taliban attacks": two sides, each with its own
    for mention in own_targets:
        noun = WORD.match(text, mention.end + 1)
        if not qualifies_noun(rules, text, mention) or noun is None or normal(noun.group()) in rules.party_nouns:
            return False
        # a people named by another of its words and an ending ("Egyptians protesting"): the people, no qualifier
        name = mention.text
        if any(is_demonym(name[:cut], rules.language) for cut in range(len(name) - 2, len(name))):
            return False
    return True


def adversaries_untargeted(
    rules: Rules, text: str, events: list[dict], rows: list[dict], mentions: list[ActorMention]
) -> None:
    """In place, for one sentence's events and actor rows: an actor that is the source of a hostile act, or the
    possessor of a hostile course (`mentions`' "Moscow's war"), is no target of a cooperative act beside it
    ("support for Ukraine in the face of Russia's invasion" does not support Russia)."""
    kinds = {event["event_id"]: event["event_type"] for event in events}
    targets: dict[str, set[str]] = {}
    for row in rows:
        if row["role"] == "target":
            targets.setdefault(row["event_id"], set()).add(row["actor"])
    if not targets:
        return  # most sentences: nothing to take back
    # a hostile course is looked for only where the sentence may name one
    courses = bool(mentions) and rules.hostile_courses.may_occur(
        text, max(0, mentions[0].start - COURSE_REACH), mentions[-1].end + COURSE_REACH)
    hostile = {row["actor"] for row in rows if row["role"] == "source" and kinds[row["event_id"]] in rules.hostile}
    if courses:
        hostile |= {m.actor for m in mentions if possesses_hostile_course(rules, text, m)}
    # the side a hostile act or course reaches is no target of a sanction or a demand aimed at another ("sanctions
    # in the event of a further Russian invasion of Ukraine", "to hold Russia to account for its aggression against
    # Ukraine" do not sanction Ukraine)
    neither = rules.cooperative | rules.hostile
    victims: set[str] = set()
    if any(len(actors) > 1 and kinds[event] not in neither for event, actors in targets.items()):
        victims = {row["actor"] for row in rows if row["role"] == "target" and kinds[row["event_id"]] in rules.hostile}
        if courses:
            victims |= {m.actor for m in mentions if reached_by_hostile_course(rules, text, m)}
    # nor is whom a hostile course reaches, wherever the sentence names it, whom a statement addresses or a meeting
    # meets, both only about it ("reaffirmed the need for a response to the Russian government's war against
    # Ukraine" is addressed to no one, "will discuss the impact of Russia's invasion of Ukraine" meets no one; not
    # "commitment to Ukraine's sovereignty in the face of Russia's aggression in Ukraine")
    spoken_of: set[str] = set()
    if courses and rules.venue_events & {kinds[event] for event in targets}:
        reached = [(m.actor, reached_by_hostile_course(rules, text, m)) for m in mentions]
        spoken_of = {actor for actor, by in reached if by} - {actor for actor, by in reached if not by}
    for row in rows:
        kind, actor = kinds[row["event_id"]], row["actor"]
        if row["role"] != "target":
            continue
        if actor in hostile and kind in rules.cooperative:
            row["role"] = "other"
        elif actor in victims - hostile and kind not in neither and targets[row["event_id"]] - victims:
            row["role"] = "other"
        elif actor in spoken_of - hostile and kind in rules.venue_events:
            row["role"] = "other"


def host_side(
    rules: Rules, text: str, trigger: Hit, places: list[ActorMention], cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """The states of the places where a meeting is held, met where its only object is those places' unnamed
    officials (`hosts.txt`): the places that open the sentence ("In Thailand, Counselor Chollet will meet with senior
    officials" targets Thailand; "In the Netherlands and Sweden, ..." both) or one a venue's preposition names right
    after the trigger ("will meet in Georgia with government, opposition, and civil society leaders"); not the
    source's own state, nor where a target is named."""
    if trigger.label not in rules.mutual or not rules.hosts or any(r == "target" for _, r in cast):
        return []
    start = trigger.end
    if (held := _place_after(rules, text, trigger, cast)) is not None:
        places, start = [held], held.end
    own = {m.country or m.actor for m, role in cast if role == "source"}
    if not places or any(place.country in own for place in places):
        return []  # "In Washington, the Secretary will meet with officials": the source's own officials
    raw = WORD.findall(text, start, start + _HOST_REACH)
    words = [normal(word) for word in raw]
    if words[:1] and words[0] in rules.counterparts:
        raw, words = raw[1:], words[1:]
    # "government, opposition, and civil society leaders": words in lower case may qualify the officials met
    for begin, word in enumerate(raw):
        for end in range(begin + 1, len(words)):
            # "senior officials to discuss", "officials, civil society", "leaders within and outside government":
            # not "officials from Ukraine"
            follower = words[end]
            if tuple(words[begin:end]) in rules.hosts and (
                    follower in rules.purposes or not follower[0].isalnum() or follower in rules.coordinators
                    or follower in rules.prepositions - rules.origins):
                return [(place, "target") for place in places]
        if not (word == "," or word.islower() and word.isalpha() or words[begin] in rules.coordinators) or (
                words[begin] in rules.prepositions or words[begin] in rules.purposes):
            break
    return []


def _place_after(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]]
) -> ActorMention | None:
    """The state a venue's preposition and determiners name right after a meeting's trigger ("meet in Georgia with
    officials"), else None."""
    after = [m for m, _ in sorted(cast, key=lambda c: c[0].start) if m.start >= trigger.end and m.start < m.end]
    if not after or after[0].actor_type != "state":
        return None
    words = [normal(word) for word in WORD.findall(text, trigger.end, after[0].start)]
    return after[0] if words[:1] and words[0] in rules.venues and all(
        word in rules.determiners for word in words[1:]) else None


def domestic_side(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]], governed: bool = False,
    asked: bool = False, headless: bool = False,
) -> list[tuple[ActorMention, str]]:
    """The side an event of a state's own affairs leaves unnamed: the named side's state or organisation
    ("Algerian landowners began a hunger strike" targets Algeria), as a mention without words. A `governed`
    event ("lifted a blockade on Palestinian lorries") has a source the words do not give: none is assumed; an
    `asked` one ("called on the junta to release those detained") is none of its asker's own affairs, so the asker's
    state is no side of it; a `headless` one, a noun no doer's word stands before (see `names_no_doer`), of a type
    the state it happens in only suffers (`reached.txt`: "as protests in Libya began"), has no source assumed. An
    unnamed source is the state of the place named right after the act ("an American journalist was arrested in
    Russia": Russia, not the United States); an act of `reached` naming several states has none unless the first is
    where it happens ("rallies against Egypt in the U.S."; not "rioted at a jail in East Timor's capital"), and one
    whose agent word names a doer in no actor's words, a state's or not, none ("was freed by kidnappers")."""
    if trigger.label not in rules.domestic:
        return []
    sources = [m for m, role in cast if role == "source"]
    targets = [m for m, role in cast if role == "target"]
    if bool(sources) == bool(targets):
        return []
    named, missing = (sources, "target") if sources else (targets, "source")
    if asked or missing == "source" and (governed or headless and trigger.label in rules.reached):
        return []
    if missing == "source" and unknown_agent(rules, text, trigger):
        return []  # "was freed by kidnappers": a doer the words name, no state's
    if missing == "source":
        # "was detained in Iran": the state of the place right after the act does it, not the foreigners' state
        named = [m for m in named if at_venue(rules, text, m) and len(
            WORD.findall(text, trigger.end, m.start)) <= _VENUE_WORDS] or named
        if trigger.label in rules.reached and len({m.country for m in named if m.country}) > 1 and not at_venue(
                rules, text, named[0]):
            return []  # "Protesting Egypt in the U.S.": no one state protests; "rioted in East Timor's capital" there
    country = next((m.country for m in named if m.country), "")
    stand_ins = {phrase.lower() for phrase in grammar(rules.language).get("government_stand_ins", ())}
    if not country or all(m.text.lower() in stand_ins for m in named):
        return []  # "the regime did not concede": the government acts, its own state is no other side
    # canonical names are English in every language: the English gazetteer knows each one's kind
    kind = actor_type(country) or "state"
    return [(ActorMention("", named[0].start, named[0].start, country, kind, country), missing)]


def names_no_doer(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether a trigger is a noun no doer's word stands before: it opens its clause, or an article or a
    preposition or a word that opens a clause stands right before it ("Protests in Iran have spread", "as protests
    in Libya began", "we've seen the protests out of Tunisia"; not "ethnic Albanians demonstrated", "continued
    their hunger strike", "are continuing a hunger strike", "Prisoners rioted"), words that only qualify the noun
    between ("Contesting rallies in Alexandria", "the pro-Mubarak demonstrations", "Mass protests")."""
    articles = set(grammar(rules.language).get("apposition_articles", ())) | rules.definite
    words = list(words_between(text, clause[0], trigger.start))
    noun = WORD.match(text, trigger.start)
    qualifiers = 0
    # a verb ("Prisoners rioted") has a subject of its own, whether the gazetteer knows it or not
    while noun is not None and not tense(noun.group(), "", rules.language) and words and qualifiers < _QUALIFIERS:
        word = words[-1].group()
        opening = len(words) == 1  # the clause's first word, capitalised where it opens the sentence
        # a participle that opens the sentence qualifies the noun too ("Contesting rallies", "Growing protests")
        participle = opening and word[:1].isupper() and normal(word).endswith(
            tuple(rules.commitments.get("ending", ())))
        if not (participle or qualifier(rules, word, articles)) or not (
                word.islower() or opening and len(word) > 1 or "-" in word and word[:1].islower()):
            break
        words.pop()
        qualifiers += 1
    before = words[-1:]
    if not before:
        return True
    word = normal(before[0].group())
    # the definite article names a known act ("the protests"), an indefinite one the subject's own ("continuing a
    # hunger strike")
    if word in rules.prepositions or word in rules.definite and word in grammar(rules.language).get(
            "apposition_articles", ()):
        return True
    return any(hit.start == before[0].start() for hit in rules.breaks.find(text, *before[0].span()))  # "as protests"


def thanked_doers(
    text: str, reason: Hit, trigger: Hit, cast: list[tuple[ActorMention, str]], mentions: list[ActorMention]
) -> list[tuple[ActorMention, str]]:
    """The cast of an act that thanks or praise (`reason`, "thanked Kosovo for") are for: the one thanked did it,
    or the possessor named before the act ("thanked the Prime Minister for Jamaica's stance in condemning"), not
    the one who thanks ("will thank Kosovo for providing refuge": Kosovo provides); where no actor is named there
    ("Senator Schumer, thank you for meeting with us"), the cast stays."""
    owners = [m for m in mentions if reason.end <= m.start and m.end <= trigger.start and m.start < m.end
              and POSSESSIVE_MARK.match(text, m.end)]
    doers = owners[-1:] or [m for m in mentions if reason.start < m.start and m.end <= reason.end]
    if not doers:
        return cast
    # "thank Secretary Blinken and his colleagues": the phrase's actors may be named twice, as person and state
    names = {m.actor for m in doers}
    rest = [(m, "other" if role == "source" else role) for m, role in cast if m.actor not in names]
    return [*[(m, "source") for m in doers], *rest]

