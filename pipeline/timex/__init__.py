"""Temporal tagger: find temporal expressions and normalise them to TIMEX3 values."""

from __future__ import annotations

from datetime import date

from pipeline.model import Timex
from pipeline.timex.context import Context
from pipeline.timex.grammar import load
from pipeline.timex.normalise import resolve
from pipeline.timex.scan import matches
from pipeline.timex.tense_cues import cue_of
from pipeline.timex.values import value_span

__all__ = ["tag", "tense", "value_span"]


def tag(text: str, published: date | None, language: str = "en") -> list[Timex]:
    """Every temporal expression in the text, in order, with its value against the publication date."""
    grammar = load(language)
    context = Context(grammar, text, published, last=published, last_day=published)
    found = []
    for match, rule in matches(text, grammar):
        resolved = resolve(match, grammar.rules[rule], context)
        if resolved is not None:
            found.append(Timex(match.group(), match.start(), match.end(), resolved.type, resolved.value,
                               resolved.basis))
    return found



def tense(word: str, before: str = "", language: str = "en") -> int:
    """By the tagger's tense cues: -1 when a word marks the past ("launched", "met"), +1 the future, 0 neither."""
    return cue_of(load(language), word.lower(), before.lower())
