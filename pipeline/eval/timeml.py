"""Reader for TimeML folders (TimeBank, AQUAINT, TempEval-3): text, creation time and gold TIMEX3."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from pipeline.eval.corpus import GoldDoc
from pipeline.model import Timex


def recognises(path: Path) -> bool:
    """Whether the folder (or file) holds TimeML documents (`read_corpus` asks the WikiWars reader first)."""
    return bool(files(path))


def read(path: Path) -> list[GoldDoc]:
    """Read every TimeML document under the folder (or the one file), sorted by name."""
    return [read_file(file) for file in sorted(files(path))]


def read_file(file: Path) -> GoldDoc:
    """Read one TimeML file: the `<TEXT>` content with the gold offsets of its TIMEX3 elements."""
    return read_with_events(file, ET.parse(file).getroot())[0]


def read_with_events(file: Path, root: ET.Element) -> tuple[GoldDoc, dict[str, tuple[int, int]]]:
    """A parsed TimeML file as a gold document, with the offsets of its EVENT elements by `eid`."""
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{file}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[Timex] = []
    events: dict[str, tuple[int, int]] = {}
    _walk(body, parts, timexes, events)
    return GoldDoc(name=file.name, text="".join(parts), dct=_creation_time(root), timexes=timexes), events


def files(path: Path) -> list[Path]:
    """The `.tml` files at or under the path."""
    if path.is_file():
        return [path] if path.suffix == ".tml" else []
    return list(path.rglob("*.tml")) if path.is_dir() else []


def _walk(element: ET.Element, parts: list[str], timexes: list[Timex], events: dict[str, tuple[int, int]]) -> None:
    """Append the element's text to `parts`, recording each TIMEX3 and EVENT with its offsets."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, timexes, events)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        text = "".join(parts)[start:]
        timexes.append(Timex(text, start, start + len(text), element.get("type", ""), element.get("value", "")))
    elif element.tag == "EVENT":
        events[element.get("eid", "")] = (start, sum(map(len, parts)))


def _creation_time(root: ET.Element) -> date | None:
    """The document creation time: the TIMEX3 whose functionInDocument is CREATION_TIME."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                return date.fromisoformat(timex.get("value", "")[:10])
            except ValueError:
                return None
    return None
