"""The language of an article: its metadata's ISO 639-1 code, else detected from its text."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

DEFAULT = "en"
MIN_LETTERS = 20  # fewer letters than this tell no language apart: the default is taken
_SAMPLE = 2000  # characters read: the start of a text tells its language as well as the whole
_LETTER = regex.compile(r"\p{L}")
_CODE = regex.compile(r"[a-z]{2}")


def language_of(text: str, metadata: str = "") -> str:
    """The metadata's language code when it is one, else the detected language, `en` for too short a text."""
    code = normalise(metadata)
    return code or detect(text)


def normalise(code: str) -> str:
    """An ISO 639-1 code from a metadata value such as `de`, `DE`, `de-AT` or `pt_BR`; empty if it is none."""
    head = regex.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    return head if _CODE.fullmatch(head) else ""


def detect(text: str) -> str:
    """The language the text is most likely written in (py3langid's model), `en` when too short to tell."""
    sample = text[:_SAMPLE]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return DEFAULT
    return str(_identifier().classify(sample)[0])


@cache
def _identifier() -> LanguageIdentifier:
    """The detector, its model loaded once per process (before workers fork, where the build loads stages)."""
    # py3langid: 97 languages in a 4 MB model shipped in the wheel, 0.2 ms a text; lingua was as accurate
    # on these texts but 10-20 times slower, langdetect 10 times slower (bench/bench_language.py).
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)
