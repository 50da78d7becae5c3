"""Sentence spans over raw text: one regex pass finds the breaks, a word list vetoes abbreviations.

A sentence ends at a blank line (always), or at ".", "!", "?" or "…" (with any closing quotes
and brackets after it) followed by white space and a capital (of any alphabet), digit or opening quote. A
full stop does not end one after a single capital initial ("Antony J. Blinken") or an abbreviation listed
in the language's ``resources/<language>/abbreviations.txt`` (English's where it has none) ("U.S.", "Gen."; "No." only before a number), also as the
last part of a hyphenated word ("Mekong-U.S. Partnership"), or a word matching one of the file's patterns (a line
"~" and a regular expression: German's ordinal numbers, "am 3. März"). Other dotted
acronyms end a sentence ("in Washington, D.C. The talks").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_RESOURCES = Path(__file__).parent / "resources"

# Every break opens with one of a few characters, so that the regex engine skips to them quickly; the
# word before a stop is found afterwards (white space before a blank line is trimmed off the sentence).
_BREAK = re.compile(
    r"""
    [\n.!?…]
    (?:
      (?<=\n)(?P<para>[^\S\n]*\n\s*)                         # a blank line
    | (?<=[.!?…])[.!?…]*                                   # the stop ending a word, and any more
      [\"'”’»)\]]*                                         # closing quotes stay in the sentence
      (?=\s+[\"'“‘«„(\[`]{0,2}(?P<next>\w))                # the next sentence starts big (checked after);
                                                           # "``" opens a quotation in tokenised corpora
    )
    """,
    re.VERBOSE,
)
_INITIAL = re.compile(r"[^\W\d_]\.")  # one letter and a stop; its case is checked in code
_JOINED = re.compile(r"[-–—/]")
_LEADING = "\"'“‘«([-–—"


@cache
def _abbreviations(language: str) -> tuple[frozenset[str], frozenset[str], re.Pattern[str] | None]:
    """Words with a full stop that never end a sentence, those that do not before a number, and the patterns."""
    path = _RESOURCES / language / "abbreviations.txt"
    path = path if path.exists() else _RESOURCES / "en" / "abbreviations.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    words = [e for e in entries if not e.startswith("~")]
    always = frozenset(e for e in words if not e.endswith(" 1"))
    numbered = frozenset(e.removesuffix(" 1") for e in words if e.endswith(" 1"))
    patterns = [e[1:].strip() for e in entries if e.startswith("~")]
    return always, numbered, re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _is_abbreviation(word: str, following: str, language: str) -> bool:
    """True when the word before a full stop is an initial or an abbreviation (before what follows)."""
    word = _JOINED.split(word.lstrip(_LEADING))[-1]  # "Mekong-U.S. Partnership": the last part decides
    always, numbered, patterns = _abbreviations(language)
    initial = _INITIAL.fullmatch(word) is not None and word[0].isupper()
    matched = patterns is not None and patterns.fullmatch(word) is not None
    return word in always or (word in numbered and following.isdigit()) or initial or matched


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


def split(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Sentence spans (start, end exclusive) over the text, white space trimmed, empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(text):
        following = match.group("next")
        if match.group("para") is not None:
            end = match.start()
        elif not (following.isupper() or following.isdigit()):
            continue  # a small letter goes on the sentence: "e.g. this", "3.5 per cent"
        elif text[match.start()] == "." and _is_abbreviation(_word(text, match.start()), following, language):
            continue
        else:
            end = match.end()
        spans.append(_strip(text, start, end))
        start = match.end()
    spans.append(_strip(text, start, len(text)))
    return [(s, e) for s, e in spans if e > s]
