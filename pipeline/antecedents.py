"""Antecedents: the actors right before a word that borrows them as its subject, those coordinated or listed with
them, and the relative clause of persons set off by commas between an antecedent and its own verb."""

from __future__ import annotations

import re

from pipeline.clauses import Rules
from pipeline.preceding import line_before
from pipeline.gazetteer import is_demonym
from pipeline.lexicon import WORD, normal
from pipeline.model import ActorMention
from pipeline.objects import is_object
from pipeline.qualifiers import before_title

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


def named_with(rules: Rules, text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The first actor with those a list of names joins to it, each a side of its own ("spoke with French MFA
    Secretary General Delattre, German MFA State Secretary Michaelis, and ..."): only titles ("Ministry of Foreign
    Affairs and Trade Secretary"), commas and coordinators between, not a purpose ("met French Ambassador Delattre to
    discuss Ukraine")."""
    group = mentions[:1]
    for mention in mentions[1:]:
        commas = [i for i in range(group[-1].end, mention.start) if text[i] == ","]
        if any(before_title(rules, text, end, start) for start, end in zip(
                [group[-1].end, *(i + 1 for i in commas)], [*commas, mention.start])):
            break
        group.append(mention)
    return group


def listed_sides(
    rules: Rules, text: str, before: list[ActorMention], sources: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The actors a list of names joins to a talk's first source, before its trigger: those of its own side, who
    act with it ("Harris, Secretary Blinken, and Under Secretary Nuland met"), and those of other sides, whom it
    meets ("Sherman, Japanese Vice Foreign Minister Mori, and ROK Vice Foreign Minister Choi will hold a joint
    meeting"); none where no coordinator closes the list, an apposition saying who the source is ("Valerie Amos,
    U.N. under-secretary-general, met")."""
    first = next((i for i, m in enumerate(before) if sources and m is sources[0]), None)
    end = sources[0].end if first is not None else 0
    if first is None or text[end : end + 3].lstrip()[:1] != ",":
        return [], []
    group = named_with(rules, text, before[first:])
    words = WORD.findall(text, end, group[-1].start) if len(group) > 1 else []
    if not any(normal(word) in rules.coordinators for word in words):
        return [], []
    own = {m.country or m.actor for m in sources}
    return ([m for m in group[1:] if (m.country or m.actor) in own and m not in sources],
            [m for m in group if (m.country or m.actor) not in own])
