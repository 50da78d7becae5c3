"""Reader for inline-TIMEX3 narratives in `keyinline/*.key.xml` (WikiWarsUA): read without a creation time."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from pipeline.eval.corpus import GoldDoc
from pipeline.eval.timeml import inline
from pipeline.model import Timex


def recognises(path: Path) -> bool:
    """Whether the path is such a corpus folder, its `keyinline` folder, or one of its files."""
    return bool(_files(path))


def read(path: Path) -> list[GoldDoc]:
    """Every document: the `<TEXT>` with its gold; `<DATETIME>` is the download time, so no anchor is kept."""
    docs = []
    for file in _files(path):
        body = ET.parse(file).getroot().find("TEXT")
        if body is None:
            raise ValueError(f"{file}: no <TEXT> element")
        text, timexes = inline(body)
        docs.append(GoldDoc(name=file.name, text=text, dct=None, timexes=[_trimmed(t) for t in timexes if t.text.strip()]))
    return docs


def _trimmed(timex: Timex) -> Timex:
    """The expression without the spaces some annotations take in at either end ("вересня ")."""
    lead = len(timex.text) - len(timex.text.lstrip())
    words = timex.text.strip()
    return replace(timex, text=words, start=timex.start + lead, end=timex.start + lead + len(words))


def _files(path: Path) -> list[Path]:
    """The `.key.xml` files at or under the path."""
    if path.is_file():
        return [path] if path.name.endswith(".key.xml") else []
    folder = path / "keyinline" if (path / "keyinline").is_dir() else path
    return sorted(folder.glob("*.key.xml")) if folder.is_dir() else []
