"""Sentence spans over raw text: one regex pass finds the breaks, a word list vetoes abbreviations.

A sentence ends at a blank line (always), or at ".", "!", "?" or "…" (with any closing quotes
and brackets after it) followed by white space and a capital, digit or opening quote. A full stop
does not end one after a single capital initial ("Antony J. Blinken") or an abbreviation listed
in ``resources/en/abbreviations.txt`` ("U.S.", "Gen."; "No." only before a number), also as the
last part of a hyphenated word ("Mekong-U.S. Partnership"). Other dotted
acronyms end a sentence ("in Washington, D.C. The talks").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_RESOURCES = Path(__file__).parent / "resources" / "en"

# Every break opens with one of a few characters, so that the regex engine skips to them quickly; the
# word before a stop is found afterwards (white space before a blank line is trimmed off the sentence).
_BREAK = re.compile(
    r"""
    [\n.!?…]
    (?:
      (?<=\n)(?P<para>[^\S\n]*\n\s*)                         # a blank line
    | (?<=[.!?…])[.!?…]*                                   # the stop ending a word, and any more
      [\"'”’»)\]]*                                         # closing quotes stay in the sentence
      (?=\s+[\"'“‘«(\[]?(?P<next>[A-Z0-9]))                # the next sentence starts big
    )
    """,
    re.VERBOSE,
)
_INITIAL = re.compile(r"[A-Z]\.")
_JOINED = re.compile(r"[-–—/]")
_LEADING = "\"'“‘«([-–—"


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Words with a full stop that never end a sentence, and those that do not before a number."""
    lines = (_RESOURCES / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    entries = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    always = frozenset(e for e in entries if not e.endswith(" 1"))
    numbered = frozenset(e.removesuffix(" 1") for e in entries if e.endswith(" 1"))
    return always, numbered


def _is_abbreviation(word: str, following: str) -> bool:
    """True when the word before a full stop is an initial or an abbreviation (before what follows)."""
    word = _JOINED.split(word.lstrip(_LEADING))[-1]  # "Mekong-U.S. Partnership": the last part decides
    always, numbered = _abbreviations()
    return word in always or (word in numbered and following.isdigit()) or _INITIAL.fullmatch(word) is not None


def _word(text: str, stop: int) -> str:
    """The word a stop at this position ends, the stop included."""
    start = stop
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start : stop + 1]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to exclude the white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end exclusive) over the text, white space trimmed, empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(text):
        if match.group("para") is not None:
            end = match.start()
        elif text[match.start()] == "." and _is_abbreviation(_word(text, match.start()), match.group("next")):
            continue
        else:
            end = match.end()
        spans.append(_strip(text, start, end))
        start = match.end()
    spans.append(_strip(text, start, len(text)))
    return [(s, e) for s, e in spans if e > s]
