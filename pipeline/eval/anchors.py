"""TimeML event anchors: the calendar date to which a TLINK ties each EVENT, and how often the pipeline's date agrees."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.eval import timeml

ANCHORING = frozenset({"IS_INCLUDED", "SIMULTANEOUS"})  # the time includes the event, or is its time
_CALENDAR = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]))?")  # a day, month, week, quarter or year


@dataclass(frozen=True, slots=True)
class Anchor:
    """A gold event's extent in the text and the calendar value of the time that includes it."""

    start: int
    end: int
    value: str


@dataclass(slots=True)
class AnchoredDoc:
    """A document's text, creation date and event anchors."""

    name: str
    text: str
    dct: date | None
    dct_value: str
    anchors: list[Anchor]


@dataclass(slots=True)
class AnchorTally:
    """Gold anchors, those the pipeline reported an event for, those it dated right, and the publication baseline."""

    gold: int = 0
    reported: int = 0
    right: int = 0
    publication_right: int = 0
    publication_right_reported: int = 0
    misses: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        """Accuracy over reported anchors, coverage, and the accuracy of dating every event by its publication day."""
        return {
            "accuracy": self.right / max(self.reported, 1),
            "coverage": self.reported / max(self.gold, 1),
            "publication_accuracy": self.publication_right / max(self.gold, 1),
            "publication_accuracy_reported": self.publication_right_reported / max(self.reported, 1),
        }


def read(path: Path) -> list[AnchoredDoc]:
    """Every TimeML document under the folder with its event anchors, sorted by name."""
    return [read_file(file) for file in sorted(timeml.files(path))]


def read_file(file: Path) -> AnchoredDoc:
    """One TimeML file: its text, creation date and the anchors of its events to calendar dates."""
    root = ET.parse(file).getroot()
    doc, extents = timeml.read_with_events(file, root)
    values = {t.get("tid"): t.get("value", "") for t in root.iter("TIMEX3") if t.get("type") == "DATE"}
    instances = {i.get("eiid"): i.get("eventID") for i in root.iter("MAKEINSTANCE")}
    anchors: dict[tuple[int, int], str] = {}
    for link in root.iter("TLINK"):
        event = instances.get(link.get("eventInstanceID"))
        value = values.get(link.get("relatedToTime"), "")
        if link.get("relType") in ANCHORING and event in extents and _CALENDAR.fullmatch(value):
            anchors.setdefault(extents[event], value)
    dct_value = next((t.get("value", "")[:10] for t in root.iter("TIMEX3")
                      if t.get("functionInDocument") == "CREATION_TIME"), "")
    found = [Anchor(start, end, value) for (start, end), value in sorted(anchors.items())]
    return AnchoredDoc(doc.name, doc.text, doc.dct, dct_value, found)


def score(doc: AnchoredDoc, events: list[dict], tally: AnchorTally) -> None:
    """Add one document: each anchor against the date of the event whose trigger overlaps it."""
    for anchor in doc.anchors:
        tally.gold += 1
        by_publication = anchor.value == doc.dct_value
        tally.publication_right += by_publication
        event = next((e for e in events if e["trigger_start"] < anchor.end and anchor.start < e["trigger_end"]), None)
        if event is None:
            continue
        tally.reported += 1
        tally.publication_right_reported += by_publication
        if event["date"] == anchor.value:
            tally.right += 1
        else:
            tally.misses.append(
                f"{doc.name} {doc.text[anchor.start:anchor.end]!r} gold {anchor.value} found {event['date']} "
                f"({event['date_basis']}, {event['date_text']!r}) | {event['sentence'].strip()[:160]}"
            )
