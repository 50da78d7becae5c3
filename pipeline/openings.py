"""Openings: the phrases that open a sentence before its main subject ("In Kabul, ...", "During his visit to Kyiv,
...", "Coinciding with the meeting, ..."), whose actors are no subject of the main clause."""

from __future__ import annotations

import re

from pipeline.clauses import Rules
from pipeline.gazetteer import is_demonym
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import ActorMention
from pipeline.objects import POSSESSIVE_MARK, head_subject
from pipeline.timex import tag, tense

_COMMA = re.compile(",")  # the commas after a trigger, one of which may close the phrase it opens


def after_opening(rules: Rules, text: str, start: int, before: list[ActorMention]) -> list[ActorMention]:
    """The actors after a phrase that opens the clause with a preposition or a verb's form (`introductions`) and a
    comma closes, where any follow it ("In addition to discussing Peru-U.S. relations, Deputy Secretary Sherman
    commended": Sherman commends; "Coinciding with the meeting of the Coalition, the United States is designating")."""
    comma = opening_end(rules, text, start, before) - 1
    after = [m for m in before if m.start > comma] if comma >= start else []
    # "In Brussels, Belgium, June 14-15, Lewis will meet": the state right after the place is its country
    if len(after) > 1 and after[0].actor_type == "state" and text[after[0].end : after[0].end + 1] == "," and any(
            m.end == comma for m in before) and not text[comma + 1 : after[0].start].strip():
        after = after[1:]
    return after or before


def opening_end(rules: Rules, text: str, start: int, before: list[ActorMention]) -> int:
    """Where the main clause begins after such a phrase, right after its comma, where an actor follows it; else
    `start` ("After they had lost the town, Russian forces began shelling": "they" is no subject of the shelling)."""
    opening = WORD.match(text, start)
    if not before or opening is None or not (normal(opening.group()) in rules.prepositions or _introduces(
            rules, opening.group())) or before[0].start <= opening.start():
        return start  # "Under Secretary Bass, Ambassador Jones, and ...": a title's word, not a preposition
    comma = text.find(",", start, before[-1].start)
    return comma + 1 if comma >= 0 else start


def in_opening(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, before: list[ActorMention],
    after: list[ActorMention],
) -> list[ActorMention]:
    """The actors after a trigger that stand in the phrase it opens its clause with, where a comma after the trigger
    closes it ("After Russia's attacks on Kharkiv, Odesa, and Kyiv, Japan sent aid": the cities, not Japan, the main
    clause's subject): a condition's, a comparison's or a date clause's word opens it ("As Russia attacked Kyiv,
    Peru ..."), or a preposition or a verb's form of `introductions` before the trigger and only its possessors,
    peoples and words of no tense, no auxiliary nor pronoun ("In response to Russia's invasion, ..."; not "In
    December he called for", "At least four people died in the clashes, ..."); all of them where the trigger stands
    in no such phrase, where the main clause tells an act of the same type again, save a meeting or a statement
    ("In addition to military assistance, we provide financial support to Ukraine"), and for an act whose state
    only suffers it (`reached.txt`: "As protests spread, the regime cracked down"), whose target the phrase seldom
    names."""
    first = WORD.match(text, clause[0])
    if trigger.label in rules.reached or first is None or first.start() >= trigger.start or (
            not first.group()[:1].isupper() or "," in text[clause[0] : trigger.start]):
        return after
    if text.find(",", trigger.end, clause[1]) < 0:
        return after  # no comma closes a phrase the trigger would stand in
    opener = normal(first.group())
    if not (rules.conditions.find(text, *first.span()) or opener in rules.comparisons or opener in rules.date_clauses):
        raw = WORD.findall(text, first.end(), trigger.start)
        if not (opener in rules.prepositions or _introduces(rules, first.group())) or any(
                (low := normal(word)) in rules.auxiliaries or low in rules.pronouns or tense(word, "", rules.language)
                for word in raw
        ) or any(not POSSESSIVE_MARK.match(text, m.end) and not is_demonym(m.text, rules.language) for m in before):
            return after
    commas = [comma.start() for comma in _COMMA.finditer(text, trigger.end, clause[1])]
    closing = commas[0]
    # a list of names goes on past a comma up to the item its coordinator joins ("Kharkiv, Odesa, and Kyiv,")
    for start, end in zip(commas, commas[1:]):
        raw = WORD.findall(text, start + 1, end)
        if not raw or not all(normal(word) in rules.coordinators or normal(word) in rules.determiners
                              or not word.islower() for word in raw):
            break
        if {normal(word) for word in raw} & rules.coordinators:
            closing = end
            break
    # "In addition to military assistance, we provide financial support to Ukraine": the main clause goes on with the
    # same act; not a meeting or a statement, which each have parties of their own
    if trigger.label not in rules.venue_events and any(
            hit.label == trigger.label for hit in rules.triggers.find(text, closing, clause[1])):
        return after
    return [m for m in after if m.end <= closing]


def opening_places(
    rules: Rules, text: str, start: int, mentions: list[ActorMention]
) -> tuple[list[ActorMention], bool]:
    """The places of a phrase that opens the sentence and a comma closes ("In Kabul, ...", "And in Iraq, ...", "While
    in Geneva, ...", "In the Netherlands and Sweden, ..."; not "Farmers in Ukraine, instead of ..."): its first actor
    and the states listed with it, none where no such phrase opens the sentence; and whether the phrase only
    compares with them ("As in Tunisia, ...": they are no subject, yet no place of what the sentence tells)."""
    first = mentions[0] if mentions else None
    if first is None or first.start == first.end:
        return [], False
    places = [first]
    if first.actor_type == "state":  # "In Kabul, Ambassador Smith ...": only states are listed as places
        for mention in mentions[1:]:
            between = [normal(word) for word in WORD.findall(text, places[-1].end, mention.start)]
            if mention.actor_type != "state" or not between or not all(
                    word == "," or word in rules.coordinators or word in rules.determiners for word in between):
                break
            if len(places) == 1 and between == [","]:
                break  # "In Nairobi, Ghana and Togo ...": the place, then the clause's subject
            places.append(mention)
        while len(places) > 1 and not text[places[-1].end :].lstrip(" ").startswith(","):
            places.pop()  # "In Egypt and Jordan's capitals, ...": the list ends at the phrase's comma
    if not text[places[-1].end :].lstrip(" ").startswith(","):
        return [], False
    words = [normal(word) for word in WORD.findall(text, start, first.start) if word[0].isalnum()]
    while words and words[0] in rules.coordinators:
        words.pop(0)
    compared = False
    if len(words) > 1 and any(hit.label == "break" and hit.start == start for hit in rules.breaks.find(
            text, start, first.start)):
        compared = words[0] in rules.comparisons  # "As in Tunisia, the protest movement in Egypt": not told there
        words.pop(0)  # a word that opens a clause of its own before the place ("While in Geneva, she will meet")
    opens = bool(words) and words[0] in rules.venues and all(word in rules.determiners for word in words[1:])
    return (places, compared) if opens else ([], False)


def introduced_cast(
    rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit, mentions: list[ActorMention]
) -> list[tuple[ActorMention, str]] | None:
    """The cast of an event named by a sentence's opening phrase ("In a meeting with Defense Ministry officials,
    Putin took a sharper tone", "Expressing concern over the tension, the Secretary reiterated"): the main subject
    after its comma as source, the phrase's actors as targets; None when the trigger opens no such phrase."""
    # the sentence's first word, else the trigger's ("Underscoring our engagement, Blinken relayed")
    first = WORD.search(text, sentence[0], trigger.start) or WORD.match(text, trigger.start)
    if first is None or not _introduces(rules, first.group()):
        return None  # most sentences open with no such word: no need to read the others
    words = list(WORD.finditer(text, sentence[0], trigger.start))
    # "During this trip to ..., Secretary Blinken will": a word naming the act as known determines it too
    if not _determined(rules, text, trigger, words[1:]) or any(m.start <= first.start() < m.end for m in mentions):
        return None  # "Lenderking met": a name, no verb's form
    comma = text.find(",", trigger.end, sentence[1])
    subject = head_subject(rules, text, [m for m in mentions if m.start > comma]) if comma >= 0 else []
    if not subject:
        return None
    if normal(first.group()) not in rules.introductions and (any(
            normal(word) in rules.auxiliaries for word in WORD.findall(text, first.end(), comma)) or any(
            normal(word) not in rules.determiners for word in WORD.findall(text, comma + 1, subject[0].start))):
        # a verb's form is the subject itself where a verb follows it ("Fleeing was not an option, Addario said",
        # "Fighting raged on, as Gadhafi's forces tried"): the phrase is one where the subject follows its comma
        return None
    phrase = [m for m in mentions if trigger.end <= m.start and m.end <= comma]
    return [(m, "source") for m in subject] + [(m, "target") for m in phrase]


def _determined(rules: Rules, text: str, trigger: Hit, words: list[re.Match[str]]) -> bool:
    """Whether the words between an opening preposition and its noun only determine it: determiners, words naming it
    as known, and the days of a mutual act, whose sides are the main subject's ("In her July 26 meetings with ...";
    not "After the 1990 invasion of Kuwait, sanctions led", where an act of others is only told as background)."""
    loose = [w for w in words if normal(w.group()) not in rules.determiners | rules.definite]
    if not loose or trigger.label not in rules.mutual:
        return not loose
    days = tag(text[loose[0].start() : loose[-1].end()], None, rules.language)
    return sum(len(WORD.findall(day.text)) for day in days) == len(loose)


def _introduces(rules: Rules, word: str) -> bool:
    """Whether a word opens a phrase naming an event of the main subject after its comma: a preposition of
    `introductions`, or a verb form of one of its endings in lower case ("Coinciding with", "Underscoring")."""
    lower = normal(word)
    return lower in rules.introductions or word.isalpha() and word[1:].islower() and any(
        e[0] == "-" and lower.endswith(e[1:]) and len(lower) > len(e) + 2 for e in rules.introductions)
