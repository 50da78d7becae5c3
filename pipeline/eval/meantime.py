"""Reader for MEANTIME CAT XML: the annotated sentences rebuilt from tokens, with gold TIMEX3 and creation time."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from pipeline.eval.corpus import GoldDoc
from pipeline.model import Timex

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
# MEANTIME annotates only the title (sentence 0), the dateline (1) and the next four sentences;
# later sentences would turn every expression the tagger finds there into a false positive.
ANNOTATED_SENTENCES = 6
TITLE, DATELINE = 0, 1


@dataclass(frozen=True, slots=True)
class Spacing:
    """How a language's tokens are rejoined: tokens that attach to their left or right neighbour."""

    no_space_before: frozenset[str]
    no_space_after: frozenset[str]
    replace: dict[str, str]


def recognises(path: Path) -> bool:
    """Whether the folder (or file) holds MEANTIME CAT documents."""
    return any(_files(path))


def read(path: Path) -> list[GoldDoc]:
    """Read every CAT document under the folder (or the one file), sorted by path."""
    return [read_file(file) for file in sorted(_files(path))]


def read_file(file: Path) -> GoldDoc:
    """Read one CAT document: title and annotated sentences as text, the dateline as creation time."""
    root = ET.parse(file).getroot()
    tokens = [t for t in root.iter("token") if int(t.get("sentence", "0")) < ANNOTATED_SENTENCES]
    # The dateline is document metadata, as the DCT element is in TimeML: kept out of the text.
    text, offsets = _join([t for t in tokens if int(t.get("sentence", "0")) != DATELINE],
                          spacing_rules(root.get("lang", "en")))
    timexes: list[Timex] = []
    dct: date | None = None
    for element in root.iter("TIMEX3"):
        anchors = [a.get("t_id", "") for a in element.iter("token_anchor")]
        if anchors and all(a in offsets for a in anchors):
            start, end = min(offsets[a][0] for a in anchors), max(offsets[a][1] for a in anchors)
            timexes.append(Timex(text[start:end], start, end, element.get("type", ""), element.get("value", "")))
        elif dct is None and _in_dateline(tokens, anchors):
            # The creation time: a few documents mark it as a plain date or give a malformed value.
            dct = _day(element.get("value", "")) or _parse_day(_words(tokens, anchors))
    timexes.sort(key=lambda t: t.start)
    return GoldDoc(name=root.get("doc_name", file.stem), text=text, dct=dct, timexes=timexes)


def _files(path: Path) -> list[Path]:
    """The CAT documents (`.xml` files whose root is `Document`) at or under the path."""
    if path.is_file():
        return [path] if _is_cat(path) else []
    return [file for file in path.rglob("*.xml") if _is_cat(file)] if path.is_dir() else []


def _is_cat(file: Path) -> bool:
    """Whether the XML file's root element is a CAT `Document` (reads only its first tag)."""
    try:
        with file.open("rb") as handle:
            _, element = next(ET.iterparse(handle, events=("start",)))
    except (ET.ParseError, StopIteration, OSError):
        return False
    return element.tag == "Document"


def _join(tokens: list[ET.Element], spacing: Spacing) -> tuple[str, dict[str, tuple[int, int]]]:
    """The tokens as running text (a blank line after the title) and each token's offsets by id."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    previous: ET.Element | None = None
    for token in tokens:
        word = token.text or ""
        if previous is not None:
            separator = _separator(previous, token, spacing)
            parts.append(separator)
            length += len(separator)
        shown = spacing.replace.get(word, word)
        offsets[token.get("t_id", "")] = (length, length + len(shown))
        parts.append(shown)
        length += len(shown)
        previous = token
    return "".join(parts), offsets


def _separator(left: ET.Element, right: ET.Element, spacing: Spacing) -> str:
    """The spacing between two neighbouring tokens."""
    if left.get("sentence") != right.get("sentence"):
        return "\n\n" if int(left.get("sentence", "0")) == TITLE else " "
    if right.text in spacing.no_space_before or left.text in spacing.no_space_after:
        return ""
    return " "


def _in_dateline(tokens: list[ET.Element], anchors: list[str]) -> bool:
    """Whether every anchored token lies in the dateline."""
    wanted = set(anchors)
    return {int(t.get("sentence", "-1")) for t in tokens if t.get("t_id") in wanted} == {DATELINE}


def _words(tokens: list[ET.Element], anchors: list[str]) -> str:
    """The anchored tokens' words, space-separated."""
    wanted = set(anchors)
    return " ".join(t.text or "" for t in tokens if t.get("t_id") in wanted)


def _day(value: str) -> date | None:
    """The calendar day a TIMEX3 value starts with, or None."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _parse_day(words: str) -> date | None:
    """The day an explicit date written out in words names (dateparser: one isolated date string)."""
    import dateparser

    parsed = dateparser.parse(words, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


@cache
def spacing_rules(language: str) -> Spacing:
    """The language's token-joining rules, from `resources/<language>/eval/detokenize.json`."""
    rules = json.loads((RESOURCES / language / "eval" / "detokenize.json").read_text(encoding="utf-8"))
    return Spacing(frozenset(rules["no_space_before"]), frozenset(rules["no_space_after"]), rules["replace"])
