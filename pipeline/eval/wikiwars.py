"""Reader for the WikiWars TIMEX3 conversion: TimeML narratives read without a publication date."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.eval import timeml
from pipeline.eval.corpus import GoldDoc

# The corpus keeps the same 22 documents twice in TimeML (all of them, and a training/test split):
# these folder names mark it, since its files are otherwise plain TimeML.
CONVERSION, SPLIT = "syntime-timeml", "syntime-split"


def recognises(path: Path) -> bool:
    """Whether the path is the WikiWars folder, or a folder or file inside its TIMEX3 conversion."""
    return bool(_files(path))


def read(path: Path) -> list[GoldDoc]:
    """Read every WikiWars document under the path; the DCT is the download date, so it is dropped."""
    # Wikipedia's dates are anchored to earlier dates in the narrative, not to the day it was saved.
    return [replace(timeml.read_file(file), dct=None) for file in sorted(_files(path))]


def _files(path: Path) -> list[Path]:
    """The TimeML files of the conversion at or under the path (the full set for the corpus folder)."""
    if (path / CONVERSION).is_dir():
        path = path / CONVERSION
    elif not {CONVERSION, SPLIT} & set(path.resolve().parts):
        return []
    return timeml.files(path)
