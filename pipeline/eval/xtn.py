"""Reader for the XTN token format (Spanish TimeBank, MEANTIME es): token, BIO type, value; a DCT line per document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import regex

from pipeline.eval.corpus import GoldDoc
from pipeline.model import Timex

_DCT = regex.compile(r'\*!-DCTVALUE="([^"]*)"-!\*')


def recognises(path: Path) -> bool:
    """Whether the path is an XTN `.tsv` file, or a folder holding some."""
    return any(_DCT.match(file.read_text(encoding="utf-8")[:64]) for file in _files(path))


def read(path: Path) -> list[GoldDoc]:
    """Every document of every XTN file at or under the path."""
    return [doc for file in _files(path) for doc in read_file(file)]


def read_file(file: Path) -> list[GoldDoc]:
    """The documents of one file: tokens joined by spaces, a sentence a line, gold expressions from the BIO labels."""
    docs: list[GoldDoc] = []
    for number, block in enumerate(_DCT.split(file.read_text(encoding="utf-8"))[1:]):
        if number % 2 == 0:
            dct = _date(block)
            continue
        docs.append(_document(f"{file.stem}-{len(docs) + 1:03d}", block, dct))
    return docs


def _document(name: str, block: str, dct: date | None) -> GoldDoc:
    """One document from its lines of `token<TAB>label<TAB>value` (blank lines between sentences)."""
    parts: list[str] = []
    timexes: list[Timex] = []
    open_at: tuple[int, str, str] | None = None  # start, type, value of the expression being read
    length = 0
    for line in block.splitlines()[1:]:  # the first line is the rest of the DCT line
        fields = line.split("\t")
        if len(fields) < 3:
            open_at = _close(open_at, parts, length, timexes)
            if parts and parts[-1] != "\n":
                parts.append("\n")
                length += 1
            continue
        token, label, value = fields[:3]
        if open_at and not label.startswith("I-"):
            open_at = _close(open_at, parts, length, timexes)
        if parts and parts[-1] != "\n":
            parts.append(" ")
            length += 1
        if label.startswith("B-") or (label.startswith("I-") and not open_at):
            open_at = (length, label[2:], value)
        parts.append(token)
        length += len(token)
    _close(open_at, parts, length, timexes)
    return GoldDoc(name=name, text="".join(parts), dct=dct, timexes=timexes)


def _close(open_at: tuple[int, str, str] | None, parts: list[str], end: int, timexes: list[Timex]) -> None:
    """Record the expression being read, if any, as ending at `end`."""
    if open_at:
        start, kind, value = open_at
        text = "".join(parts)[start:end]
        timexes.append(Timex(text, start, end, kind, value))
    return None


def _date(value: str) -> date | None:
    """The creation date, or None when it is no ISO date."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _files(path: Path) -> list[Path]:
    """The `.tsv` files at or under the path."""
    if path.is_file():
        return [path] if path.suffix == ".tsv" else []
    return sorted(path.rglob("*.tsv")) if path.is_dir() else []
