"""Temporal tagger: find temporal expressions and normalise them to TIMEX3 values."""

from __future__ import annotations

from datetime import date

import regex

from pipeline.model import Timex
from pipeline.timex.context import Context
from pipeline.timex.grammar import Grammar, load
from pipeline.timex.normalise import resolve
from pipeline.timex.scan import matches
from pipeline.timex.tense_cues import cue_of, tense as clause_tense
from pipeline.timex.values import value_span

__all__ = ["live_page", "tag", "tense", "told_ahead", "value_span"]

_NAME_REACH = 40  # characters before an expression read for a name's head word
_DIGIT = regex.compile(r"\d")


def tag(text: str, published: date | None, language: str = "en") -> list[Timex]:
    """Every temporal expression in the text, in order, with its value against the publication date."""
    grammar = load(language)
    context = Context(grammar, text, published, last=published, last_day=published,
                      live=live_page(text, language))
    found = []
    for match, rule in matches(text, grammar):
        if grammar.name_head and _in_name(text, match, grammar):
            continue  # "piazza 25 aprile", "Movimiento 6 de abril": part of a name, no date
        resolved = resolve(match, grammar.rules[rule], context)
        if resolved is not None:
            found.append(Timex(match.group(), match.start(), match.end(), resolved.type, resolved.value,
                               resolved.basis))
    return found


def live_page(text: str, language: str = "en") -> bool:
    """Whether a text is a live page updated past the day it is dated ("(Update 8 p.m. ET)")."""
    stamp = load(language).live_update
    return stamp is not None and stamp.search(text) is not None


def told_ahead(text: str, timex: Timex, language: str = "en") -> bool:
    """Whether the tense cues of an expression's clause tell of what is to come ("will run until 8 a.m. Monday")."""
    grammar = load(language)
    span = regex.compile(f"(?s).{{{timex.end - timex.start}}}").match(text, timex.start)  # the expression as a match
    return span is not None and clause_tense(Context(grammar, text, None, None, None), span) > 0


def _in_name(text: str, match: regex.Match[str], grammar: Grammar) -> bool:
    """Whether a name's head word stands right before the expression's number ("Plaza 2 de Mayo", not "el puente el 2")."""
    number = _DIGIT.search(text, match.start(), match.end())
    end = number.start() if number else match.start()  # the words the expression opens with must join the name
    return grammar.name_head.search(text, max(0, end - _NAME_REACH), end) is not None


def tense(word: str, before: str = "", language: str = "en") -> int:
    """By the tagger's tense cues: -1 when a word marks the past ("launched", "met"), +1 the future, 0 neither."""
    return cue_of(load(language), word.lower(), before.lower())
