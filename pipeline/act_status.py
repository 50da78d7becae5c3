"""An event's status from its clause's cues, with what the acts around it say of it: asked for, or named as known."""

from __future__ import annotations

from pipeline.clauses import Rules, in_scope, status
from pipeline.event_dates import known_noun
from pipeline.lexicon import Hit

_ENDED = "ongoing:object"  # the label of a cue that names an act as what is to end ("end its attacks")


def act_status(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, following: tuple[int, int] | None, asked: bool
) -> str:
    """The event's status: its clause's cues (`clauses.status`), save that an act asked for is only planned, unless
    it is what is asked to end, and an act named as known has begun."""
    kind = status(rules, text, clause, trigger, following)
    if asked and (kind == "occurred" or kind == "ongoing" and not _to_end(rules, text, clause, trigger)):
        return "planned"  # "called for an immediate withdrawal": asked for, not done
    if kind == "planned" and known_noun(rules, text, trigger):
        return "ongoing"  # "committed to helping them defend themselves against these Houthi attacks": already begun
    return kind


def _to_end(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is the object of an ending ("urged Gadhafi to stop attacking his people"): what is asked is
    the ending, the act goes on."""
    return any(cue.label == _ENDED and in_scope(text, cue, trigger, "object", rules)
               for cue in rules.cues.find(text, *clause))
