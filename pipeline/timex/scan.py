"""Find the expressions of a text: trigger words first, then the patterns only where they could start."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from pipeline.timex.grammar import Grammar

_WORD = regex.compile(r"(?<![\w.'’-])[\w'‘’$][\w.'’]*")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")  # scripts that write no space before a number
_CHARS_PER_WORD = 12  # how far back `lookback` words reach at most


def matches(text: str, grammar: Grammar) -> Iterator[tuple[regex.Match[str], str]]:
    """Non-overlapping matches of the grammar with the rule of each, leftmost first, longest at each start."""
    # One pass of Aho-Corasick finds the trigger words; the patterns of a trigger's key are then
    # tried at a few word starts before it instead of at every character (most text holds no date).
    # dateparser.search_dates is no help here: it gives no offsets, keeps prepositions in its spans,
    # reads "We" as Wednesday and "may" as May, and runs some 30 times slower; the explicit dates it
    # could parse are already taken apart by the patterns' named groups, so it is not called at all.
    done = 0
    tried: dict[frozenset[str], int] = {}  # per key: the last trigger whose starts were all tried in vain
    for start, key in _trigger_starts(text, grammar):
        while start >= done:
            lo = max(done, tried.get(key, -1) + 1, start - _CHARS_PER_WORD * grammar.lookback)
            match = _first_match(text, grammar, key, lo, start)
            if match is None:
                tried[key] = start
                break
            yield match, next(name for number, name in grammar.rule_groups[key] if match.start(number) >= 0)
            done = match.end()


def _trigger_starts(text: str, grammar: Grammar) -> Iterator[tuple[int, frozenset[str]]]:
    """Start offsets and keys of trigger words standing as words (or digit runs), in order."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters ("İ"): keep offsets aligned
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    hits = sorted((end - length + 1, -length, end, key) for end, (length, key) in grammar.triggers.iter(lowered))
    previous = -1
    for start, _, end, key in hits:
        before = lowered[start - 1] if start else " "
        after = lowered[end + 1] if end + 1 < len(lowered) else " "
        if (before.isalpha() and not _UNSPACED.match(before)) or (
                lowered[start].isdigit() and (before.isdigit() or _inside_number(lowered, start))):
            continue
        # a word that goes on past the trigger is another word, unless the language writes the
        # trigger's class as the head of compounds (German "Montagabend"): the patterns then decide
        if lowered[end].isalpha() and after.isalpha() and not lowered[start].isdigit() and not (
                key & grammar.compound_heads):
            continue
        if start != previous:  # the longest trigger at a start speaks for it
            previous = start
            yield start, key


def _inside_number(text: str, start: int) -> bool:
    """Whether the digits at `start` continue a number, date or time ("1/2", "3.5", "10:30", "1,000")."""
    if start < 2 or text[start - 1] not in "/.:," or not text[start - 2].isdigit():
        return False
    # after a year and a slash a second number starts: a pair of years ("2005/2010"), the patterns decide
    head = text[max(0, start - 6):start - 1]
    return not (text[start - 1] == "/" and head[-4:].isdigit() and len(head) >= 4 and not head[:-4].isdigit())


def _first_match(text: str, grammar: Grammar, key: frozenset[str], lo: int, trigger: int) -> regex.Match[str] | None:
    """The leftmost match from the last `lookback` words before the trigger (those that may start one)."""
    words = list(_WORD.finditer(text, lo, trigger))[-grammar.lookback:]
    candidates = [w.start() for w in words
                  if w.group().lower().rstrip(".") in grammar.starters or w.group()[:1].isdigit()]
    pattern = grammar.patterns[key]
    for position in [*candidates, trigger]:
        match = pattern.match(text, position)
        if match and match.end() > position:
            return match
    return None
