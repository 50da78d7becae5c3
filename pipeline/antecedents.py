"""Antecedents: the actors right before a word that borrows them as its subject, those coordinated with them, and
the relative clause of persons set off by commas between an antecedent and its own verb."""

from __future__ import annotations

import re

from pipeline.clauses import Rules, line_before
from pipeline.gazetteer import is_demonym
from pipeline.lexicon import WORD, normal
from pipeline.model import ActorMention
from pipeline.objects import is_object

_AFTER_COMMA = re.compile(r",\s*(\w+(?:['’-]\w+)*)")  # the word right after a comma, as WORD reads it


def antecedent(
    rules: Rules, text: str, start: int, mentions: list[ActorMention], subject: list[ActorMention]
) -> list[ActorMention]:
    """The subject a clause borrows: after a relative pronoun of persons, the actors right before it ("Ruto, who
    visited"), none after a word in lower case ("those who support"), else the sentence's (after an unknown name)."""
    opening = WORD.match(text, start)
    if opening is None or normal(opening.group()) not in rules.relatives:
        return subject
    before = [m for m in mentions if m.end <= start]
    gap = text[before[-1].end : start].strip(" ,") if before else "-"
    if not gap or (gap.isalpha() and gap.islower() and is_demonym(before[-1].text, rules.language)):
        return coordinated_before(rules, text, before)  # "Russian citizens who": a people's adjective names them
    words = WORD.findall(line_before(text, start, 40))
    return [] if words and words[-1].islower() else subject


def coordinated_before(rules: Rules, text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The last actor before a trigger with those coordinated with it ("the United States and France"); not one a
    preposition governs before a comma and a coordinator, which close a clause of its own ("They exchanged views on
    Iran, and the Secretary underscored")."""
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        joint = text[mention.end : group[0].start]
        if joint.strip(" ,").lower() not in rules.coordinators and mention.start != group[0].start:
            break
        if "," in joint and is_object(rules, text, mention) and not is_object(rules, text, group[0]):
            break
        group.insert(0, mention)
    return group


def closed_relative(rules: Rules, text: str, opening: int, verb: int) -> int:
    """The comma that closes a relative clause of persons opening at `opening` after a comma, right before its
    antecedent's verb at `verb` ("Ghonim, who was freed Monday by the police, said"), else -1."""
    first = WORD.match(text, opening)
    if first is None or normal(first.group()) not in rules.relatives or not text[:opening].rstrip().endswith(","):
        return -1
    within = text[opening:verb].rstrip()
    comma = within.rfind(",")
    # "..., who was freed Monday, has said": only the verb's auxiliaries stand between the comma and the verb
    verbal = rules.auxiliaries | rules.perfect
    if comma < 0 or not all(normal(word) in verbal for word in WORD.findall(within, comma + 1)):
        return -1
    return opening + comma


def in_closed_relative(rules: Rules, text: str, sentence: tuple[int, int], mention: ActorMention) -> bool:
    """Whether an actor lies in a relative clause of persons set off by commas before its antecedent's verb, a trigger
    of the sentence ("Ghonim, who was freed by Egyptian authorities, said"): the relative clause's, not the verb's."""
    if not any(normal(word) in rules.relatives for word in _AFTER_COMMA.findall(text, sentence[0], mention.start)):
        return False  # most sentences: no comma before the actor sets off a relative clause
    openings = [word.start() for word in WORD.finditer(text, sentence[0], mention.start)
                if normal(word.group()) in rules.relatives]
    if not openings:
        return False
    return any(closed_relative(rules, text, openings[-1], hit.start) >= mention.end
               for hit in rules.triggers.find(text, mention.end, sentence[1]) if hit.label != "-")
