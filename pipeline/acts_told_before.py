"""Targets and doers of an act beyond its clause: those of the last act of its type told just before, which a later
one that names none goes on with ("provided $500 million to Ukraine. This additional funding will provide food ...",
"the following 11 individuals are being designated", "Iran conducted this attack. ... no justification for this
attack")."""

from __future__ import annotations

from functools import cache

from pipeline.clauses import Rules
from pipeline.lexicon import WORD, Hit, Lexicon, normal, words_lexicon
from pipeline.model import ActorMention

_AID, _SANCTION = "AID", "SANCTION"  # the types of an act of aid and of a designation or sanction
_REFERENCE = "reference"  # the label of the words that open a phrase naming ones told before
_SUBJECT_WORDS = 6  # words from the opening of a passive's subject to its participle ("These ... are being designated")
_SUBJECT_REACH = 80  # characters of those words
_TOLD = frozenset({"occurred", "ongoing"})  # the statuses of an act done, whose doer a later mention of it keeps
_PERSON = "person"  # the actor type of a person
_BEFORE_REACH = 24  # characters before a trigger its determiner stands in
_STEM = 4  # letters two forms of an act's noun share ("attack", "attacks", "attacked")


def targets_told_before(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, cast: list[tuple[ActorMention, str]],
    events: list[dict], roles: list[dict], since: int,
) -> list[tuple[ActorMention, str]]:
    """The targets an act of aid or a designation that names none takes from the last act of its type told from
    `since` on (its sentence and the one before): a donor tells one package of aid over several sentences, a release
    names those it designates and then designates "the following 11 individuals"."""
    if any(role == "target" for _, role in cast):
        return []
    if trigger.label == _AID:
        sources = {m.country or m.actor for m in (m for m, role in cast if role == "source")}
        if not sources:
            return []  # no donor named: "the weapons were provided" may be another's
        earlier = _last_act(events, roles, trigger, {_AID}, since)
        # another donor: its recipients are its own
        if not sources <= {row["country"] or row["actor"] for row in earlier if row["role"] == "source"}:
            return []
    elif trigger.label == _SANCTION and _refers_back(rules, text, clause, trigger):
        earlier = _last_act(events, roles, trigger, {_SANCTION}, since)
    else:
        return []
    named = {m.actor for m, _ in cast}
    return [(ActorMention("", trigger.start, trigger.start, row["actor"], row["actor_type"], row["country"]),
             "target") for row in earlier if row["role"] == "target" and row["actor"] not in named]


@cache
def _references(language: str) -> Lexicon:
    """The words that open a phrase naming ones told before (`named_before.txt`)."""
    return words_lexicon(language, "named_before.txt", _REFERENCE)


def _refers_back(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether those the act reaches are named as ones told before: a word of `named_before.txt` right after the
    trigger or its prepositions ("sanctions on **these** entities"), or opening the phrase before it, with no other
    determiner between ("**These** individuals and companies are being designated", "**this** designation")."""
    after = WORD.search(text, trigger.end, clause[1])
    while after is not None and normal(after.group()) in rules.prepositions:
        after = WORD.search(text, after.end(), clause[1])
    references = _references(rules.language)
    if after is not None and any(hit.start == after.start() for hit in references.find(text, after.start(), clause[1])):
        return True
    opening = max(clause[0], trigger.start - _SUBJECT_REACH)
    hits = [hit for hit in references.find(text, opening, trigger.start) if hit.end <= trigger.start]
    if not hits:
        return False
    between = WORD.findall(text, hits[-1].end, trigger.start)
    return len(between) <= _SUBJECT_WORDS and not any(
        normal(word) in rules.determiners or normal(word) in rules.definite for word in between)


def doers_told_before(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, cast: list[tuple[ActorMention, str]],
    events: list[dict], roles: list[dict], since: int,
) -> list[tuple[ActorMention, str]]:
    """The doers a hostile act that names none takes from the last hostile act of its type told from `since` on (its
    sentence and the one before), where a definite word names it again by the same noun ("NATO launched an attack on
    a house. **The attack** killed ..."): the one act, waged by the side that was told to do it."""
    if trigger.label not in rules.hostile or any(role == "source" for _, role in cast):
        return []
    before = WORD.findall(text, max(clause[0], trigger.start - _BEFORE_REACH), trigger.start)[-1:]
    if not before or normal(before[0]) not in rules.definite:
        return []  # "indiscriminate shelling", "two people were killed": maybe another's act
    index = _last_event(events, trigger, {trigger.label}, since, _TOLD)
    # "the bombing" after "an assault": another act; "the attack" after "launched an attack": the same
    if index is None or normal(text[trigger.start : trigger.end])[:_STEM] not in {
            normal(word)[:_STEM] for word in WORD.findall(events[index]["trigger"])}:
        return []
    earlier = _rows_of(roles, events, index)
    doers = [row for row in earlier if row["role"] == "source"]
    # a doer the earlier act only took from further back, or a person: a speaker or victim read as one too often
    if any(not row["text"] or row["actor_type"] == _PERSON for row in doers):
        return []
    hit = {name for m, role in cast if role == "target" for name in (m.actor, m.country) if name}
    if any(row["actor"] in hit or row["country"] in hit for row in doers):
        return []  # the earlier doer hit now: another act against it
    return [(ActorMention("", trigger.start, trigger.start, row["actor"], row["actor_type"], row["country"]),
             "source") for row in doers]


def _last_act(events: list[dict], roles: list[dict], trigger: Hit, types: set[str], since: int) -> list[dict]:
    """The actor rows of the last act of one of the `types` told before the trigger from `since` on; none if there is
    none."""
    index = _last_event(events, trigger, types, since)
    if index is None:
        return []
    return _rows_of(roles, events, index)


def _last_event(events: list[dict], trigger: Hit, types: set[str], since: int,
                kinds: frozenset[str] | None = None) -> int | None:
    """The index of the last event of one of the `types` (and of one of the `kinds` of status, if given) told before
    the trigger from `since` on."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event["sentence_start"] < since:
            return None
        if event["event_type"] in types and event["trigger_start"] < trigger.start and (
                kinds is None or event["status"] in kinds):
            return index
    return None


def _rows_of(roles: list[dict], events: list[dict], index: int) -> list[dict]:
    """The actor rows of a recent event (`events[index]`), read back from the last row past those of later events."""
    event_id, later = events[index]["event_id"], {event["event_id"] for event in events[index + 1 :]}
    rows: list[dict] = []
    for row in reversed(roles):
        if row["event_id"] == event_id:
            rows.append(row)
        elif row["event_id"] not in later:
            break  # an earlier event's: the rows of an event follow each other
    return rows[::-1]
