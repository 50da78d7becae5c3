"""Named acts: a well-known act a trigger names by a phrase of the language's dated events ("Russia's unprovoked
invasion", "the Tiananmen Square massacre"), with the day it began and the sides it is known to have had."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.clauses import Rules
from pipeline.event_dates import recent
from pipeline.gazetteer import actor_type
from pipeline.lexicon import Hit, normal
from pipeline.model import ActorMention

_DATED_REACH = 60  # characters either side of a trigger within which the phrase of a well-known act it names lies
# ("Russia’s premeditated, unprovoked, and unjustified attack": 51 before its noun)


@dataclass(frozen=True, slots=True)
class NamedAct:
    """The words of a well-known act, the day it began (as written and as a date) and its known source and target."""

    start: int
    end: int
    value: str
    day: date
    source: str
    target: str


def named_act(rules: Rules, text: str, trigger: Hit) -> NamedAct | None:
    """The well-known act whose phrase holds the trigger (dated_events.csv), or None."""
    if normal(text[trigger.start : trigger.end]) not in rules.dated_words:
        return None  # most triggers are none of those phrases' words: no search
    hit = next((hit for hit in rules.dated_events.find(text, max(0, trigger.start - _DATED_REACH),
                                                        trigger.end + _DATED_REACH)
                if hit.start <= trigger.start and trigger.end <= hit.end), None)
    if hit is None:
        return None
    value, source, target = hit.label.split(":")
    return NamedAct(hit.start, hit.end, value, date.fromisoformat(value), source, target)


def begun_lately(rules: Rules, text: str, trigger: Hit, published: date | None) -> bool:
    """Whether a trigger names a well-known act that began within a month before publication."""
    act = named_act(rules, text, trigger)
    return act is not None and published is not None and act.day <= published and recent(act.day, published)


def with_known_sides(rules: Rules, text: str, trigger: Hit, published: date | None,
                     cast: list[tuple[ActorMention, str]]) -> list[tuple[ActorMention, str]]:
    """The cast of a well-known act with the sides it is known to have had where its words name none ("this
    unprovoked Russian invasion" is Ukraine's invasion, "since Russia's invasion began" too): an actor named as
    another party of the act takes its side, else one named in no words joins; a side the words name stays
    ("Russia's invasion of Georgia"), and a phrase with a figure ("Russia's 2008 invasion") or a text published
    before that day ("a further invasion of Ukraine") names another act."""
    act = named_act(rules, text, trigger)
    if act is None or published is None or published < act.day or any(c.isdigit() for c in text[act.start : act.end]):
        return cast
    for side, role in ((act.source, "source"), (act.target, "target")):
        if not side or any(r == role for _, r in cast) or any(m.actor == side and r != "other" for m, r in cast):
            continue
        named = next((m for m, r in cast if m.actor == side), None)
        cast = [(m, role if m is named else r) for m, r in cast] if named is not None else [
            *cast, (ActorMention("", trigger.start, trigger.start, side, actor_type(side, rules.language) or "state",
                                 side), role)]
    return cast
