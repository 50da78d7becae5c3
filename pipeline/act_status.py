"""An event's status from its clause's cues, with what the acts around it say of it: asked for, or named as known."""

from __future__ import annotations

from pipeline.clauses import Rules, status
from pipeline.known_acts import known_noun
from pipeline.lexicon import Hit


def act_status(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, following: tuple[int, int] | None, asked: bool
) -> str:
    """The event's status: its clause's cues (`clauses.status`), save that an act asked for is only planned and an
    act named as known has begun."""
    kind = status(rules, text, clause, trigger, following)
    if asked and kind in ("occurred", "ongoing"):
        return "planned"  # "called for an immediate withdrawal": asked for, not done
    if kind == "planned" and known_noun(rules, text, trigger):
        return "ongoing"  # "committed to helping them defend themselves against these Houthi attacks": already begun
    return kind
