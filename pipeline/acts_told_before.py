"""Targets of an act beyond its clause: those of the last act of its type told just before, which a later one that
names none goes on with ("provided $500 million to Ukraine. This additional funding will provide food ...", "the
following 11 individuals are being designated")."""

from __future__ import annotations

from functools import cache

from pipeline.clauses import Rules
from pipeline.lexicon import WORD, Hit, Lexicon, normal, words_lexicon
from pipeline.model import ActorMention

_AID, _SANCTION = "AID", "SANCTION"  # the types of an act of aid and of a designation or sanction
_REFERENCE = "reference"  # the label of the words that open a phrase naming ones told before
_SUBJECT_WORDS = 6  # words from the opening of a passive's subject to its participle ("These ... are being designated")
_SUBJECT_REACH = 80  # characters of those words


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
        earlier = _last_act(events, roles, trigger, since)
        # another donor: its recipients are its own
        if not sources <= {row["country"] or row["actor"] for row in earlier if row["role"] == "source"}:
            return []
    elif trigger.label == _SANCTION and _refers_back(rules, text, clause, trigger):
        earlier = _last_act(events, roles, trigger, since)
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


def _last_act(events: list[dict], roles: list[dict], trigger: Hit, since: int) -> list[dict]:
    """The actor rows of the last act of the trigger's type told before it from `since` on; none if there is none."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event["sentence_start"] < since:
            return []
        if event["event_type"] == trigger.label and event["trigger_start"] < trigger.start:
            return _rows_of(roles, event["event_id"], {later["event_id"] for later in events[index + 1 :]})
    return []


def _rows_of(roles: list[dict], event_id: str, later: set[str]) -> list[dict]:
    """The actor rows of a recent event, read back from the last row past those of the `later` events."""
    rows: list[dict] = []
    for row in reversed(roles):
        if row["event_id"] == event_id:
            rows.append(row)
        elif row["event_id"] not in later:
            break  # an earlier event's: the rows of an event follow each other
    return rows[::-1]
