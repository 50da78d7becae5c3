"""Matters: what a meeting or a statement is about, and the parties its words still name ("discussed Belarus with
Kuleba", "commitment to working with the Holy See")."""

from __future__ import annotations

from pipeline.clauses import Rules
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import ActorMention

MATTER = "matter"  # the role of an actor a meeting or statement is about, while its other roles are read
PARTNER = "partner"  # the role of an actor "with" joins to the words of a meeting's matter, while its parties are read
TOPIC = "topic"  # the role of what a statement is about, while the sides of the meeting told before are unknown


def matter_role(rules: Rules, text: str, trigger: Hit, mention: ActorMention) -> str | None:
    """MATTER where the mention is what a mutual act is about: after a word of matters ("about Russia's war", the
    trigger "discussed" itself), or after a word of purpose followed by a word in lower case ("spoke with Kuleba to
    discuss Russia's buildup"; not "travel to Kyiv", "met on Monday with"); PARTNER where a counterpart's
    preposition stands right before it after a word of matters ("discussed Belarus with Kuleba"): the party met,
    unless the parties are named otherwise. What a statement is about after a word of matters is none of its targets
    ("expressed concern about the PRC's military presence"), save the parties a word of partners joins to it ("about
    working with the Holy See"); after a word of stakes it is TOPIC ("reaffirmed the commitment to Ukraine's
    sovereignty", see `told_matters`); after a word of purpose it may be the one addressed, as a meeting's."""
    words = WORD.findall(text, trigger.end, mention.start)
    matter = MATTER if trigger.label in rules.mutual or _partner(rules, words) else "other"
    if any(normal(word) in rules.matters for word in WORD.findall(text, trigger.start, trigger.end) + words):
        return PARTNER if words and normal(words[-1]) in rules.counterparts else matter
    if trigger.label not in rules.mutual and any(normal(word) in rules.stakes for word in words) and not (
            normal(words[-1]) in rules.counterparts or _partner(rules, words)):
        return TOPIC  # "reaffirmed the commitment to Ukraine's sovereignty": the matter, or the side met
    return MATTER if any(
        normal(word) in rules.purposes and following[:1].islower() and normal(following) not in rules.determiners
        for word, following in zip(words, words[1:])
    ) else None


def _partner(rules: Rules, words: list[str]) -> bool:
    """Whether a word of `partners.txt` opens the list the words before a mention end in: only determiners,
    coordinators, commas and names stand after it ("between the United States, the Republic of Korea, and")."""
    near = [normal(word) for n, word in enumerate(words) if not word[:1].isupper() and not (
        0 < n < len(words) - 1 and words[n - 1][:1].isupper() and words[n + 1][:1].isupper())]  # "Republic of Korea"
    while near and (near[-1] in rules.determiners or near[-1] in rules.coordinators or near[-1] == ","):
        near.pop()
    return bool(near) and near[-1] in rules.partners


def told_matters(cast: list[tuple[ActorMention, str]], parties: list[tuple[ActorMention, str]]
                 ) -> list[tuple[ActorMention, str]]:
    """The cast with what a statement is about resolved: a target where it is of the side met in the meeting told
    before ("met with Zelenska. The Secretary emphasized the commitment to Ukraine's victory": Ukraine is spoken to),
    else only the statement's matter ("spoke with Rau. ... reaffirmed the commitment to Ukraine's sovereignty").
    The side met is the target of that meeting, or the sources of other states than the statement's own where both
    sides acted together ("Blinken and Chung condemned ...")."""
    own = {m.country or m.actor for m, role in cast if role == "source"}
    # "Blinken and Chung condemned the DPRK's launches": where both sides acted together, the side met is theirs
    two_sides = len({m.country or m.actor for m, role in parties if role == "source"}) > 1
    met = {side for m, role in parties if role == ("source" if two_sides else "target") and (
        m.country or m.actor) not in own for side in (m.actor, m.country) if side}
    # a state is met in its people; a group or a person of it ("ISIS-K in Afghanistan") only in itself
    # no meeting's sides told ("spoke with foreign ministers of ASEAN" is read as none): it may be the one addressed
    return [(m, role if role != TOPIC else "target" if m.actor in met or not parties else "other") for m, role in cast]
