"""PLOVER gold standard records: each sentence's coded event type, source and target states, and their scores."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

# PLOVER 0.5 labels that PLOVER has since renamed or merged.
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Codes of the records that ISO 3166 writes otherwise.
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
ORGANIZATION_CODES = frozenset({"IGO", "NGO"})
MILITANT_CODE = "IMG"
# PLOVER 0.5 codes an announced act by its intent: a cooperative act still to come is AGREE (a planned
# meeting, a promised grant), a conflictual act still to come is THREATEN ("said they would blockade Paris",
# "will boycott ... unless"), a cooperative act refused is REJECT.
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
CONFLICTUAL = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST", "REJECT"})
INTENDED = frozenset({"planned", "conditional"})


@dataclass(frozen=True, slots=True)
class Record:
    """One coded sentence: its text, event type (today's PLOVER name) and the codes of its sources and targets."""

    record_id: str
    text: str
    event_type: str
    sources: frozenset[str]
    targets: frozenset[str]


@dataclass(slots=True)
class Tally:
    """Right answers and questions asked for type, source and target, with the records that went wrong."""

    type_right: int = 0
    records: int = 0
    source_right: int = 0
    with_source: int = 0
    target_right: int = 0
    with_target: int = 0
    misses: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        """Type, source and target accuracy."""
        return {
            "type": self.type_right / max(self.records, 1),
            "source": self.source_right / max(self.with_source, 1),
            "target": self.target_right / max(self.with_target, 1),
        }


def read(path: Path) -> list[Record]:
    """The event records of a gold standard file (its documentation records left out)."""
    records = []
    for raw in json.loads(path.read_text(encoding="utf-8")):
        if raw.get("event") in (None, "DOCUMENT") or not raw.get("text"):
            continue
        event_type = RENAMED.get(raw["event"], raw["event"])
        records.append(Record(raw["id"], raw["text"].strip(), event_type, _codes(raw.get("source")), _codes(raw.get("target"))))
    return records


def _codes(actors: object) -> frozenset[str]:
    """The actor codes of a source or target field (a few records hold a bare string: no code)."""
    if isinstance(actors, dict):
        actors = [actors]
    if not isinstance(actors, list):
        return frozenset()
    codes = (actor.get("code") for actor in actors if isinstance(actor, dict))
    return frozenset(OLD_CODES.get(code, code) for code in codes if code)


def plover_type(event: dict) -> str:
    """An event's type as PLOVER 0.5 codes it, from the pipeline's type and status."""
    if event["status"] in INTENDED and event["event_type"] in COOPERATIVE:
        return "AGREE"
    if event["status"] in INTENDED and event["event_type"] in CONFLICTUAL - {"REJECT"}:
        return "THREATEN"
    if event["status"] == "negated" and event["event_type"] in COOPERATIVE | {"AGREE"}:
        return "REJECT"  # refusing to cooperate: "failed to reach agreement", "will not accept"
    return event["event_type"]


def actor_codes(actors: list[dict], state_codes: dict[str, str]) -> set[str]:
    """The codes of an event's actors: the ISO code of each one's state, IGO/NGO for organisations, IMG for an
    armed group of no state (CAMEO's international militarised group)."""
    codes = set()
    for actor in actors:
        country = actor["country"] or actor["actor"]
        if country in state_codes:
            codes.add(state_codes[country])
        elif actor["actor_type"] == "group":
            codes.add(MILITANT_CODE)
        elif country and actor["actor_type"] != "person":  # a person of no known state or organisation: no code
            codes |= ORGANIZATION_CODES
    return codes


def score(record: Record, events: list[dict], state_codes: dict[str, str], tally: Tally) -> None:
    """Add one record: its type found among the events, its sources and targets among that event's roles."""
    tally.records += 1
    tally.with_source += bool(record.sources)
    tally.with_target += bool(record.targets)
    coded = [event for event in events if plover_type(event) == record.event_type]
    tally.type_right += bool(coded)
    sources = set().union(*(actor_codes(e["actors"].get("source", []), state_codes) for e in coded))
    targets = set().union(*(actor_codes(e["actors"].get("target", []), state_codes) for e in coded))
    source_right = bool(record.sources & sources)
    target_right = bool(record.targets & targets)
    tally.source_right += source_right
    tally.target_right += target_right
    if not coded or (record.sources and not source_right) or (record.targets and not target_right):
        found = "; ".join(f"{plover_type(e)} {e['trigger']!r} {e['sources']}->{e['targets']}" for e in events)
        tally.misses.append(
            f"{record.record_id} {record.event_type} {sorted(record.sources)}->{sorted(record.targets)} "
            f"type {'ok' if coded else 'MISS'} src {'ok' if source_right or not record.sources else 'MISS'} "
            f"tar {'ok' if target_right or not record.targets else 'MISS'} | found: {found or '-'}\n    {record.text}"
        )
