"""The tense around an expression, read from the cue words of its clause."""

from __future__ import annotations

from itertools import islice

import regex

from pipeline.timex.context import Context
from pipeline.timex.grammar import Grammar

_CHARS_PER_WORD = 12  # how far `cue_words` words reach at most, for the clause around an expression


def tense(context: Context, match: regex.Match[str]) -> int:
    """+1 when the clause's tense cue nearest before the expression (else after it) is future, -1 past, 0 none; -1 for
    the day of an act past by its nature that the expression owns (the tense resource's `possessive_act`)."""
    grammar, text, start, end = context.grammar, context.text, match.start(), match.end()
    if grammar.possessive_act is not None and grammar.possessive_act.match(text, end):
        return -1  # "whoever is behind Monday's bombing will be found": an act named as the day's is done by then
    reach = _CHARS_PER_WORD * grammar.cue_words
    stops = [m.end() for m in grammar.sentence_end.finditer(text, max(0, start - reach), start)]
    before = list(grammar.token.finditer(text, stops[-1] if stops else max(0, start - reach), start))
    for word in reversed(before[-grammar.cue_words:]):
        if sign := _sign(context, word):
            return sign
    stop = grammar.sentence_end.search(text, end, min(len(text), end + reach))
    after = grammar.token.finditer(text, end, stop.start() if stop else end + reach)
    for word in islice(after, grammar.cue_words):
        if sign := _sign(context, word):
            return sign
    return 0


def since(context: Context, match: regex.Match[str]) -> bool:
    """Whether the word or two right before the expression set a past it counts from ("since January 28")."""
    if not context.grammar.since:
        return False  # a language without such words: no need to read the word before
    previous = context.grammar.previous_token.search(context.text, max(0, match.start() - 30), match.start())
    if previous is None:
        return False
    word = previous.group(1).lower()
    return word in context.grammar.since or f"{_word_before(context, previous)} {word}" in context.grammar.since


def _sign(context: Context, word: regex.Match[str]) -> int:
    """The tense cue of a word of the text: +1 future, -1 past, 0 none (worked out once per word)."""
    if word.start() not in context.signs:
        context.signs[word.start()] = cue_of(context.grammar, word.group().lower(), _word_before(context, word))
    return context.signs[word.start()]


def _word_before(context: Context, word: regex.Match[str]) -> str:
    """The lower-cased word just before a word, if it is in the same stretch of text."""
    previous = context.grammar.previous_token.search(context.text, max(0, word.start() - 30), word.start())
    return previous.group(1).lower() if previous else ""


def cue_of(grammar: Grammar, word: str, before: str) -> int:
    """+1, -1 or 0 for a word given the word before it ("plans to", "is expected")."""
    sign = grammar.cues.get(f"{before} {word}", grammar.cues.get(word))
    if sign is None:
        sign = next((cue for ending, length, cue in grammar.endings if len(word) >= length and word.endswith(ending)), None)
    if sign and sign < 0 and before in grammar.passive:
        return 0  # "to be held", "is expected": voice, not tense
    return sign or 0
