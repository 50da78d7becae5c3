"""Hostile courses ("Russia's unprovoked war", "aggression against Ukraine"): who wages one and whom it reaches."""

from __future__ import annotations

from pipeline.clauses import Rules
from pipeline.gazetteer import is_demonym
from pipeline.lexicon import WORD, normal
from pipeline.model import ActorMention
from pipeline.preceding import word_before
from pipeline.roles import POSSESSIVE_MARK

COURSE_REACH = 70  # characters from a possessor to its noun ("'s unprovoked, unjustified, and premeditated war")
_COURSE_MODIFIERS = 5  # words from a possessor to its noun, the possessive's own "s" included
_MODIFIER_MARKS = frozenset("'’,")  # the marks that may stand between a possessor and its noun


def reached_by_hostile_course(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether the mention is what a hostile course reaches: a course, a preposition and determiners right before it
    ("its unlawful aggression against Ukraine", "the war in the Donbas")."""
    if word_before(rules, text, mention.start) not in rules.prepositions:
        return False  # most mentions: no preposition before them
    start = max(0, mention.start - COURSE_REACH)
    course = next(iter(reversed(rules.hostile_courses.find(text, start, mention.start))), None)
    if course is None:
        return False
    words = [normal(word) for word in WORD.findall(text, course.end, mention.start)]
    # "aggression by Russia": the agent wages it
    return bool(words) and words[0] in rules.prepositions - rules.agents and all(
        word in rules.determiners for word in words[1:])


def possesses_hostile_course(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether the mention is the possessor of a hostile course ("Russia's unprovoked, unjustified war"), or the
    people's adjective before one ("the Russian aggression against Ukraine")."""
    if not POSSESSIVE_MARK.match(text, mention.end) and not is_demonym(mention.text, rules.language):
        return False
    course = next(iter(rules.hostile_courses.find(text, mention.end, mention.end + COURSE_REACH)), None)
    if course is None:
        return False
    between = WORD.findall(text, mention.end, course.start)  # the possessive's marks, then its adjectives
    words = [normal(word) for word in between if word[0].isalnum()]
    return (
        all(word[0].isalnum() or word in _MODIFIER_MARKS for word in between)
        and len(words) <= _COURSE_MODIFIERS and not any(word in rules.prepositions for word in words)
    )
