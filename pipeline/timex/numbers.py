"""Numbers, ordinals, years and centuries written in words or digits, read through a language's grammar."""

from __future__ import annotations

from datetime import date

import regex

from pipeline.timex.grammar import Grammar


def number(text: str, grammar: Grammar) -> float | None:
    """A count written in digits or words ("twenty-four", "two and a half"); None when vague."""
    text = " ".join(text.lower().split())
    total = 0.0
    spaced = text.replace("-", " ")  # "two-and-a-half" as "two and a half"
    for fraction, value in grammar.words.get("fraction", {}).items():
        if spaced.endswith(" " + fraction):
            total, text = float(str(value)), text[:-len(fraction) - 1]
            break
    for part in text.split("-"):
        value = grammar.lookup("number", part)
        if not isinstance(value, (int, float)):
            try:
                value = float(part)
            except ValueError:
                return None
        total += value
    return total


def ordinal(group: str, text: str, grammar: Grammar) -> int:
    """A position written as an ordinal word ("third") or with digits ("20th"), read through the group's class."""
    value = grammar.lookup(group, text)
    return int(value) if isinstance(value, int) else int(regex.sub(r"\D", "", text))


def spoken_year(text: str, grammar: Grammar) -> int:
    """A year read aloud: "nineteen ninety-six" is 19 x 100 + 96, "two thousand and one" 2000 + 1."""
    words = [w for w in regex.split(r"[\s-]+", text.lower()) if w in grammar.words["number"]]
    values = [int(str(grammar.lookup("number", w))) for w in words]
    if len(values) > 1 and values[1] == 1000:
        return values[0] * 1000 + sum(values[2:])
    return values[0] * 100 + sum(values[1:])


def century(fields: dict[str, str], anchor: date | None, grammar: Grammar) -> int:
    """The ordinal of a century; one counted from the end ("the last century") is counted back from the anchor's."""
    nth = ordinal("century", fields["century"], grammar)
    if nth > 0:
        return nth
    if anchor is None:
        raise ValueError("a century counted back from no date")
    return anchor.year // 100 + 1 + nth
