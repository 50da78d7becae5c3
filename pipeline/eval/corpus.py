"""Gold documents shared by the date scorers, and the reader chosen for a corpus folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.model import Timex


@dataclass(slots=True)
class GoldDoc:
    """A text with its anchor date and its gold temporal expressions (offsets into `text`)."""

    name: str
    text: str
    dct: date | None
    timexes: list[Timex] = field(default_factory=list)


def read_corpus(path: Path) -> list[GoldDoc]:
    """Read a folder of gold documents in whichever format it holds (TimeML, MEANTIME CAT, WikiWars)."""
    from pipeline.eval import inline, meantime, timeml, wikiwars, xtn

    # WikiWars first: its files are TimeML too, but it must be read without their creation time.
    for reader in (wikiwars, timeml, meantime, xtn, inline):
        if reader.recognises(path):
            return reader.read(path)
    raise ValueError(f"{path}: no TimeML, MEANTIME, WikiWars, XTN or inline TIMEX3 documents found")
