"""Recipients of aid beyond its clause: those of the act of aid told just before, which a later one that names none
goes on with ("provided $500 million to Ukraine. This additional funding will provide food ...")."""

from __future__ import annotations

from pipeline.clauses import Rules
from pipeline.lexicon import Hit
from pipeline.model import ActorMention

_AID = "AID"  # the type of an act of aid


def aid_told_before(
    rules: Rules, trigger: Hit, cast: list[tuple[ActorMention, str]], events: list[dict], roles: list[dict],
    since: int,
) -> list[tuple[ActorMention, str]]:
    """The targets of the last act of aid told before `trigger` from `since` on (its sentence and the one before),
    as targets of an act of aid that names none and whose sources (by state) are among that act's: a donor tells one
    package of aid over several sentences. None where that last act names no recipient either."""
    sources = {m.country or m.actor for m, role in cast if role == "source"}
    if trigger.label != _AID or not sources or any(role == "target" for _, role in cast):
        return []  # no donor named: "the weapons were provided" may be another's
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event["sentence_start"] < since:
            return []
        if event["event_type"] != _AID or event["trigger_start"] >= trigger.start:
            continue
        earlier = _rows_of(roles, event["event_id"], {later["event_id"] for later in events[index + 1 :]})
        if not sources <= {row["country"] or row["actor"] for row in earlier if row["role"] == "source"}:
            return []  # another donor: its recipients are its own
        named = {m.actor for m, _ in cast}
        return [(ActorMention("", trigger.start, trigger.start, row["actor"], row["actor_type"], row["country"]),
                 "target") for row in earlier if row["role"] == "target" and row["actor"] not in named]
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
