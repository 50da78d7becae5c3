"""An event's status from its clause's cues, with what the acts around it say of it: asked for, named as known, or
the subject of a plan."""

from __future__ import annotations

from functools import cache

from pipeline.clauses import STATEMENT, Rules, clause_triggers, in_scope, status
from pipeline.governing import second_predicate
from pipeline.known_acts import known_noun
from pipeline.lexicon import WORD, Hit, Lexicon, normal, words_lexicon

_ENDED = "ongoing:object"  # the label of a cue that names an act as what is to end ("end its attacks")
_REACH, _WORDS = 50, 4  # characters and words before an act's noun that hold its phrase ("This additional disaster")
_AHEAD = "planned:subject"  # the label of a cue of a plan that also bears on the act right before it, its subject


def act_status(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, following: tuple[int, int] | None, asked: bool
) -> str:
    """The event's status: its clause's cues (`clauses.status`), save that an act asked for is only planned, unless
    it is what is asked to end, an act thanked for is done, a second verb in the past is read from its coordinator on, and an act named as known has begun."""
    kind = status(rules, text, clause, trigger, following)
    joint = None if kind == "occurred" else second_predicate(rules, text, clause, trigger)
    if joint is not None:  # "would be met with costs and urged Russia to": the cues before the "and" are not its own
        kind = status(rules, text, (joint, clause[1]), trigger, following)
    if kind == "occurred" and _subject_of_plan(rules, text, clause, trigger):
        return "planned"  # "the Special Envoy's discussions will focus on a ceasefire": still to be held
    if kind == "planned" and _thanked_for(rules, text, clause, trigger):
        return "occurred"  # "she will thank Kosovo for providing refuge": the thanks are planned, the refuge given
    if asked and (kind == "occurred" or kind == "ongoing" and not _to_end(rules, text, clause, trigger)):
        return "planned"  # "called for an immediate withdrawal": asked for, not done
    if kind == "planned" and known_noun(rules, text, trigger):
        return "ongoing"  # "committed to helping them defend themselves against these Houthi attacks": already begun
    return kind


def _to_end(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is the object of an ending ("urged Gadhafi to stop attacking his people"): what is asked is
    the ending, the act goes on."""
    return any(cue.label == _ENDED and in_scope(text, cue, trigger, "object", rules)
               for cue in rules.cues.find(text, *clause))


def _subject_of_plan(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether an event held somewhere, a meeting (`venue_events.txt`), is the subject of a plan's cue right after
    it ("the Deputy's meetings will include", "talks scheduled for May"): held ahead, unlike aid just given whose
    effects are foretold ("U.S. assistance will benefit Syrians"), a done act whose sequel is ("the killing will be
    investigated") or a statement's words ("his statement will appear"); not one that refers back ("this visit
    will"), whose own telling before says whether it is done."""
    if trigger.label not in rules.venue_events or trigger.label == STATEMENT or _refers_back(rules, text, trigger):
        return False
    return any(cue.label == _AHEAD and trigger.end <= cue.start and not text[trigger.end : cue.start].strip()
               for cue in rules.cues.find(text, trigger.end, clause[1]))


def _refers_back(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether a definite word that is no article nor possessive, a demonstrative, opens the trigger's noun phrase
    ("**This** additional assistance"): the act is one told before."""
    for match in reversed(list(WORD.finditer(text, max(0, trigger.start - _REACH), trigger.start))[-_WORDS:]):
        word = normal(match.group())
        if word in rules.definite or word in rules.determiners or not word[0].isalnum():
            return word in rules.definite and word not in rules.determiners
    return False


@cache
def _reasons(language: str) -> Lexicon:
    """The phrases of thanks or praise that end with the word naming what they are for (`reasons.txt`)."""
    return words_lexicon(language, "reasons.txt", "reason")


def _thanked_for(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is what thanks or praise before it are for, only words that qualify it between ("thank
    Poland for generously welcoming refugees"), the one thanked naming no act ("commended Malawi's calls for the
    withdrawal" praises a call, and the withdrawal is still asked for)."""
    return any(
        in_scope(text, reason, trigger, "object", rules)
        and not clause_triggers(rules, text, (text.find(" ", reason.start, reason.end), reason.end))
        for reason in _reasons(rules.language).find(text, clause[0], trigger.start)
    )
