"""Infinitive clauses with a subject of their own ("called for Russia to withdraw", "advocate for the WHO to invite
Taiwan"): that subject does the act of the clause, and is whom the act that asks for it is aimed at. So does the
subject of a clause a subordinator opens with no mark before it ("sent aid after Russia invaded")."""

from __future__ import annotations

from pipeline.clauses import Rules
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import ActorMention
from pipeline.objects import listed
from pipeline.timex import tense

_REACH = 3  # words from a trigger to the subject ("demand is for Mubarak to", "called for the Kremlin to")


def clause_subject(rules: Rules, text: str, mentions: list[ActorMention], end: int) -> list[ActorMention]:
    """The subject of the infinitive clause whose verb stands at `end`: the actors after an `opener` ("for") and
    determiners, listed with one another, and right before a `marker` ("to"); or those right before a verb in the
    past after a `subordinator` ("since Russia launched", "after the junta seized": a clause of its own, not the main
    clause's object); none where the words differ."""
    kinds = rules.infinitives
    before = [m for m in mentions if m.end <= end]
    if not before:
        return []
    between = [normal(w) for w in WORD.findall(text, before[-1].end, end)]
    infinitive = between in [[marker] for marker in kinds.get("marker", ())]
    verb = WORD.match(text, end)
    if not infinitive and (between or verb is None or tense(verb.group(), "", rules.language) >= 0):
        return []  # most triggers: no "to" right after an actor, nor a verb in the past
    group = [before[-1]]
    for mention in reversed(before[:-1]):  # "for Armenia and Azerbaijan to": each listed acts
        # "since Bolivia and Chile attacked": a subordinate clause's subjects are coordinated, not listed ("after
        # Mubarak spoke Thursday, Gibbs said" is another clause's)
        if listed(rules, text, [mention, *group], commas=infinitive)[-1:] != group[-1:]:
            break
        group.insert(0, mention)
    opening = WORD.findall(text, max(0, group[0].start - 40), group[0].start)
    words = [normal(w) for w in opening]
    while words and words[-1] in rules.determiners:
        words.pop()
    openers = kinds.get("opener" if infinitive else "subordinator", ())
    return group if words and words[-1] in openers else []


def infinitive_targets(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """The cast of a trigger that asks ("called for Russia to withdraw from Ukraine", "the demand is for Mubarak to
    resign") with the subject of the infinitive clause right after it as its only target, those listed with it
    aside: the others named in that clause are what is asked for, no party of the asking."""
    if trigger.label not in rules.asking:
        return cast
    after = sorted((m for m, _ in cast if m.start >= trigger.end), key=lambda m: m.start)
    for index, mention in enumerate(after):
        subject = clause_subject(rules, text, after[: index + 1], _marker_end(text, mention.end))
        if subject:
            break
    else:
        return cast
    if len(WORD.findall(text, trigger.end, subject[0].start)) > _REACH:
        return cast  # far from the trigger: another clause's ("called for talks, and for Russia to ...")
    inside = {id(m) for m in subject}
    later = {id(m) for m in after if m.start >= subject[0].start} - inside
    return [(m, "target" if id(m) in inside else "other" if id(m) in later else role) for m, role in cast]


def _marker_end(text: str, start: int) -> int:
    """Where the word after `start` ends (the marker "to" right after an actor), or `start` where none follows."""
    word = WORD.search(text, start)
    return word.end() if word is not None else start
