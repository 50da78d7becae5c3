"""Records passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from its file, with where its publication date came from."""

    article_id: str
    path: str
    title: str
    text: str
    published: date | None
    published_from: str  # metadata, html, text, option, unknown
    source: str = ""
    url: str = ""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression: its words, offsets in the text (end exclusive) and TIMEX3 type and value."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str
    basis: str = "explicit"  # explicit: the words alone fix the value; relative: resolved against an anchor


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file or record that could not be used, with the stage that refused it."""

    path: str
    stage: str
    message: str


@dataclass(unsafe_hash=True, slots=True)  # not frozen: a frozen class sets each field by a call, on every mention
class ActorMention:
    """Words in a text that name an actor, with the actor's canonical name, kind and country."""

    text: str
    start: int
    end: int
    actor: str  # canonical name: "Russia", "NATO", "Vladimir Putin"
    actor_type: str  # state, person, organization, group
    country: str  # the state or organisation the actor belongs to (itself for states and organisations)


@dataclass(frozen=True, slots=True)
class Share:
    """A part of the input that a task reads itself: a whole file, or the records of a JSONL, CSV or JSON list file
    between two offsets."""

    path: str
    start: int = 0
    end: int = -1  # the byte after the range; -1: the whole file, read by its format's reader
    lines: int = 0  # the file's lines before `start`, a CSV file's header included
    records: int = 0  # the file's records before `start`: lines of JSONL, data rows of CSV
    last: bool = True  # the file's last share

    @property
    def whole(self) -> bool:
        """Whether the share is the whole file."""
        return self.end < 0
