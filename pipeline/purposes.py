"""Purposes: a trigger that a duty, a capacity or a purpose is for names no event ("the duty to impose"), nor does
the act it governs as its own ("a duty to provide assistance"); a meeting's purpose after a light verb completes it."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.lexicon import WORD, Hit, normal
from pipeline.preceding import line_before

if TYPE_CHECKING:
    from pipeline.clauses import Rules

_PURPOSE_REACH = 40  # characters before a trigger that hold the noun of a duty or capacity and its "to"
_JOINED_REACH = 160  # characters before a joined trigger that hold the first act of a duty or capacity
_ENDING = 3  # letters two verbs in the same form end with ("standing" ... "condemning")
_SENTENCE_MARKS = ".;:!?"
_LIGHT_REACH = 16  # characters before a trigger that hold a light verb of one word and the space after it
_ADJECTIVES = 4  # words at most between an indefinite article and its noun ("an immediate, comprehensive")
_ARTICLE_REACH = 80  # characters before a trigger that hold such a phrase, its article and its adjectives
# (the article itself among the words of the _PURPOSE_REACH before it)


def fulfilled(rules: Rules, text: str, hits: list[Hit]) -> list[Hit]:
    """The triggers less those a duty, a capacity or a purpose is for (`_unfulfilled`) and the act each of them
    governs as its own, which it would have made one event with: the noun of its type or an object noun right after
    it, only words between ("a duty to impose **sanctions**", "ways to provide humanitarian **assistance**")."""
    kept: list[Hit] = []
    silenced: Hit | None = None
    for hit in hits:
        if silenced is not None and (hit.label == silenced.label or normal(text[hit.start : hit.end]) in (
                rules.objects)) and only_words(rules, text, silenced.end, hit.start):
            silenced = hit  # the noun stands for the silenced act: what it governs in turn is silenced too
            continue
        silenced = hit if _unfulfilled(rules, text, hit) else None
        if silenced is None:
            kept.append(hit)
    return kept


def only_words(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether only words stand between two offsets, no mark nor coordinator: an object right after its verb."""
    return all(word[0].isalnum() and normal(word) not in rules.coordinators for word in WORD.findall(text, start, end))


def _unfulfilled(rules: Rules, text: str, hit: Hit) -> bool:
    """Whether the trigger is what a duty, a capacity or a purpose is for ("the duty **to impose**", "a forum **to
    discuss**", "not in a position **to provide**"): what may or must be done, no event."""
    before = line_before(text, hit.start, _PURPOSE_REACH)
    tokens = before.split()
    if not tokens:
        return False
    last = normal(tokens[-1])
    if last in rules.coordinators:
        return _joined_unfulfilled(rules, text, hit)
    if last not in _last_words(rules.unfulfilled):
        # most triggers follow no "to" at all, nor an indefinite article: no need to read the words before
        indefinite = any(token.lower() in rules.indefinite for token in tokens[-_ADJECTIVES - 1 :])
        return indefinite and _weighed(rules, text, hit)
    words = tuple(normal(word) for word in WORD.findall(before))
    found = [phrase for phrase in rules.unfulfilled if words[len(words) - len(phrase) :] == phrase]
    if not found:
        return False
    # after an infinitive's marker a verb stands in its base form ("a strong response to condemn"); a gerund after
    # it is a preposition's object ("in response to shelling")
    first = normal(WORD.match(text, hit.start).group())
    gerund = any(first.endswith(end) for end in rules.commitments.get("ending", ()))
    return not gerund or any(phrase[-1] not in rules.infinitives.get("marker", ()) for phrase in found)


def _weighed(rules: Rules, text: str, hit: Hit) -> bool:
    """Whether a noun an indefinite article opens, only adjectives and their commas between, follows such a phrase
    ("noted the importance of **an** immediate, comprehensive ceasefire", "the risk of **a** wider war"): an act only
    weighed, no event; not after an infinitive's marker, a preposition there ("in response to an attack")."""
    written = WORD.findall(line_before(text, hit.start, _ARTICLE_REACH))
    words = [normal(word) for word in written]
    index, adjectives = len(words) - 1, 0
    while index >= 0 and words[index] not in rules.indefinite:
        if words[index] != ",":
            adjectives += 1
            if adjectives > _ADJECTIVES or not words[index][0].isalnum() or _closed(rules, words[index]) or (
                    words[index - 1] == "," and not written[index].islower()):
                return False  # a name after a comma opens a clause: "By way of an answer, Gardner says"
        index -= 1
    if index < 1 or words[index - 1] not in _last_words(rules.unfulfilled):
        return False
    markers = rules.infinitives.get("marker", ())
    return any(tuple(words[max(0, index - len(phrase)) : index]) == phrase and phrase[-1] not in markers
               for phrase in rules.unfulfilled)


def _joined_unfulfilled(rules: Rules, text: str, hit: Hit) -> bool:
    """Whether a trigger after a coordinator is a second act joined to the first that a duty, a capacity or a purpose
    is for, in the same form ("the importance of standing together ... and **condemning** the invasion"): no event
    either."""
    before = line_before(text, hit.start, _JOINED_REACH)
    before = before[max(before.rfind(mark) for mark in _SENTENCE_MARKS) + 1 :]  # within the trigger's sentence
    words = [normal(word) for word in WORD.findall(before)]
    ending = normal(WORD.findall(text, hit.start, hit.end)[0])[-_ENDING:]
    for index, word in enumerate(words[:-1]):
        if word.endswith(ending) and len(word) > _ENDING and any(
            tuple(words[max(0, index - len(phrase)) : index]) == phrase for phrase in rules.unfulfilled
        ):
            return True
    return False


def _closed(rules: Rules, word: str) -> bool:
    """Whether a word is of a closed class, never an adjective: a coordinator, preposition, determiner, relative,
    pronoun or auxiliary ("the prospect of a peace deal **would** be welcomed")."""
    return word in rules.coordinators or word in rules.prepositions or word in rules.determiners or (
        word in rules.relatives or word in rules.pronouns or word in rules.auxiliaries)


@cache
def _last_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The last words of phrases."""
    return frozenset(phrase[-1] for phrase in phrases if phrase)


def after_light_verb(rules: Rules, text: str, held: Hit, end: int) -> int:
    """Where a light verb right before `end` opens, after a meeting or a call (`venue_events.txt`) that it tells the
    purpose of ("spoke with Truss to **continue** coordinating", as "to coordinate": the call is the act), else `end`;
    after a commitment the act goes on as its own ("agreed on the need to continue providing assistance")."""
    if held.label not in rules.venue_events:
        return end
    last = list(WORD.finditer(text, max(held.end, end - _LIGHT_REACH), end))[-1:]
    whole = bool(last) and not text[last[0].start() - 1 : last[0].start()].isalnum()  # not "discontinue"'s end
    return last[0].start() if whole and normal(last[0].group()) in rules.light_verbs else end
