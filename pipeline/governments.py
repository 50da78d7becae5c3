"""A state's government named without the state ("the government", "the regime", "the army"): the state whose
government, forces or leader the article named last close before, none where two states' were named together.

The words are data (``grammar.toml``): ``government_stand_ins`` are the bare phrases, ``government_nouns`` the
nouns that, right after a state's name, people or possessive ("the Libyan government", "Egypt's army") or before
one of ``country_prepositions`` and the state ("the government of Libya"), name its government. A state's head,
minister or officer named by the article ("Gadhafi", "Prime Minister Ahmed Shafik") names its government too, and
so does a phrase resolved already: a story that keeps saying "the regime" goes on meaning the same state.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TypeVar

import regex

from pipeline import coreference
from pipeline.gazetteer import Gazetteer, gazetteer
from pipeline.mentions import Hit, overlaps
from pipeline.model import ActorMention
from pipeline.name_patterns import either

_NOUN_REACH = 40  # characters before a state within which a government noun and a preposition stand
_REACH = 1500  # characters back to the government named last: further off, a story has often moved on
_GOVERNING_KINDS = ("head", "minister", "defence", "military")  # titles.csv kinds of office holders who govern
# words in lower case and a comma before a name in apposition
_WORD = regex.compile(r"\w+")
_APPOSED = regex.compile(r"(?:[^\S\n]+\p{Ll}+)*,[^\S\n]*")
_Named = TypeVar("_Named", Hit, ActorMention)  # what names an actor: a gazetteer's hit or an article's mention


@dataclass(frozen=True, slots=True)
class _Patterns:
    stand_in: regex.Pattern[str]
    noun_after: regex.Pattern[str]  # a government noun right after a state ("'s government")
    noun_before: regex.Pattern[str]  # a government noun and a preposition right before a state ("government of ")
    nouns: tuple[str, ...]  # the government nouns in lower case, to look for before a state at all
    stand_ins: tuple[str, ...]  # the stand-ins in lower case, to look for in a text at all
    continuing: frozenset[str]  # words that refer back to what was told ("these")


@cache
def _patterns(language: str) -> _Patterns | None:
    """The language's patterns, or None where its grammar lists no stand-ins."""
    grammar = gazetteer(language).grammar
    stand_ins, nouns = grammar.get("government_stand_ins", ()), grammar.get("government_nouns", ())
    if not stand_ins or not nouns:
        return None
    # a stand-in opening a sentence has its first letter upper-cased ("The regime did not concede")
    phrases = [variant for phrase in stand_ins for variant in (phrase, phrase[:1].upper() + phrase[1:])]
    possessives = either(grammar.get("possessives", ()))
    articles = either(grammar["articles"])
    prepositions = either(grammar["country_prepositions"])
    return _Patterns(
        # not "the government-run television": a compound's first word names no actor
        regex.compile(rf"(?<![\w-])(?:{either(phrases)})(?![\w-])"),
        regex.compile(rf"(?:{possessives})?[^\S\n]+(?:{either(nouns)})(?![\w-])"),
        regex.compile(rf"(?<![\w-])(?:{either(nouns)})[^\S\n]+(?:{prepositions})[^\S\n]+"
                      rf"(?:(?:{articles})[^\S\n]+)?$",
                      regex.IGNORECASE),
        tuple(noun.lower() for noun in nouns),
        tuple(phrase.lower() for phrase in stand_ins),
        frozenset(grammar.get("continuing_subjects", ())),
    )


def _governments(gaz: Gazetteer, text: str, hits: Sequence[_Named],
                 office: Callable[[_Named], tuple[str, str] | None], patterns: _Patterns) -> list[tuple[int, int, str]]:
    """Where the text names a state's government: (start, end, state), in the order of the text; `office` gives the
    kind and state of a person's office ("Mubarak": a head of Egypt), None for an actor that is no known person."""
    found = []
    for hit in hits:
        held = office(hit)
        if held is not None:
            if held[0] in _GOVERNING_KINDS and gaz.types.get(held[1]) == "state":
                found.append((hit.start, hit.end, held[1]))
        # "the Egyptian government", "the government of Egypt", or "the regime" resolved already
        elif gaz.types.get(hit.actor) == "state" and (text[hit.start : hit.end].lower() in patterns.stand_ins or (
                patterns.noun_after.match(text, hit.end)) or _noun_before(patterns, text, hit.start)):
            found.append((hit.start, hit.end, hit.actor))
    return found


def _noun_before(patterns: _Patterns, text: str, start: int) -> bool:
    """Whether a government noun and a preposition stand right before a position ("the government of Libya")."""
    lowered = text[max(0, start - _NOUN_REACH) : start].lower()
    # most states follow no government noun: the pattern is only tried where one stands
    return any(noun in lowered for noun in patterns.nouns) and bool(
        patterns.noun_before.search(text, max(0, start - _NOUN_REACH), start))


def _sentence(spans: list[tuple[int, int]], position: int) -> int:
    """The index of the sentence holding a position (of the one before, between sentences)."""
    return bisect_right(spans, (position, float("inf"))) - 1


def government_hits(gaz: Gazetteer, language: str, text: str, spans: list[tuple[int, int]], hits: list[Hit],
                    people: dict[str, coreference.Person]) -> list[Hit]:
    """The hits with each bare government phrase resolved to its state, where one state's government was named
    last within reach and no other state's in the same sentence as it."""
    patterns = _patterns(language)
    if patterns is None:
        return hits
    lowered = text.lower()
    # most texts hold no stand-in: a look for its words in lower case is cheaper than the pattern
    found = list(patterns.stand_in.finditer(text)) if any(phrase in lowered for phrase in patterns.stand_ins) else []
    if not found:
        return hits
    named = _governments(gaz, text, hits, lambda hit: (p.kind, p.country) if (p := people.get(hit.actor)) else None,
                         patterns)
    starts = [hit.start for hit in hits]
    states = [hit for hit in hits if gaz.types.get(hit.actor) == "state"]
    persons = [hit for hit in hits if hit.actor in people]
    added = []
    for match in found:
        start, end = match.span()
        if overlaps(hits, starts, start, end):
            continue
        if any(0 <= s.start - end <= 5 for s in states):  # "the government of Libya": the state names itself
            continue
        if gaz.description.match(text, end + 1) or any(
                0 < p.start - end < 40 and _APPOSED.fullmatch(text, end, p.start) for p in persons):
            continue  # "the government spokesman, Musa Ibrahim", "the army chief of staff, General Peter Schoomaker"
        state = _named_last(named, states, spans, start)
        if state:
            added.append(Hit(start, end, state, priority=5))
            named.append((start, end, state))
            named.sort()
    return sorted(hits + added, key=lambda h: h.start)


def _named_last(named: list[tuple[int, int, str]], states: list[Hit] | list[ActorMention],
                spans: list[tuple[int, int]], position: int) -> str:
    """The state whose government was named last before a position and within reach, where no other state's was
    named in the same sentence as it and no other state since; else ""."""
    before = [n for n in named if n[1] <= position and position - n[1] < _REACH]
    if not before:
        return ""
    last = before[-1]
    sentence = _sentence(spans, last[0])
    # "Obama said the Libyan government must go. The government ...": two states' governments, whose is unclear;
    # "Biden called on Iran's government to follow Egypt's example. ... the military": another state named since
    if any(n[2] != last[2] and _sentence(spans, n[0]) == sentence for n in before) or any(
            s.actor != last[2] and last[1] <= s.start < position for s in states):
        return ""
    return last[2]


class NamedGovernments:
    """The states' governments an article's mentions name, read once per article at the first question."""

    def __init__(self, language: str, text: str, spans: list[tuple[int, int]], mentions: list[ActorMention],
                 published: date | None) -> None:
        self._args = language, text, spans, mentions, published
        self._found: tuple[list[tuple[int, int, str]], list[ActorMention]] | None = None

    def against(self, start: int) -> str:
        """The state whose government the article named last before an act that starts at `start` (see
        `_named_last`), the government a protest naming no target is against; "" where a word of
        ``continuing_subjects`` among the two before it refers back to acts told before ("these new demonstrations"),
        whose own telling says whom they were against."""
        language, text, spans, mentions, published = self._args
        patterns = _patterns(language)
        if patterns is None or any(word.lower() in patterns.continuing for word in _WORD.findall(
                text, max(0, start - 30), start)[-2:]):
            return ""
        if self._found is None:
            gaz = gazetteer(language)

            def office(m: ActorMention) -> tuple[str, str] | None:
                """A named person's office on the publication day, and the state it is of."""
                known = m.actor_type == "person" and m.actor in gaz.terms
                return (gaz.term(m.actor, published).kind, m.country) if known else None

            states = [m for m in mentions if gaz.types.get(m.actor) == "state"]
            self._found = _governments(gaz, text, mentions, office, patterns), states
        return _named_last(*self._found, spans, start)
