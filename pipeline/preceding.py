"""The words before a position in a text, within its line: what governs the words that follow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lexicon import WORD, normal

if TYPE_CHECKING:
    from pipeline.clauses import Rules


def line_before(text: str, end: int, reach: int) -> str:
    """Up to `reach` characters before `end`, within its line: a byline's "Secretary of State" above "We condemn"
    governs nothing in the next line."""
    start = max(0, end - reach)
    return text[max(start, text.rfind("\n", start, end) + 1) : end]


def word_before(rules: Rules, text: str, position: int) -> str:
    """The word that governs what starts at a position: the last of the two words before it that is no
    determiner ("with **the** signing" gives "with"), normalised; "" when there is none."""
    words = [normal(word) for word in WORD.findall(line_before(text, position, 30))[-2:]]
    while words and words[-1] in rules.determiners:
        words.pop()
    return words[-1] if words else ""
