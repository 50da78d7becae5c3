"""Matters: what a meeting or a statement is about, and the parties its words still name ("discussed Belarus with
Kuleba", "commitment to working with the Holy See")."""

from __future__ import annotations

from pipeline.clauses import Rules
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import ActorMention

MATTER = "matter"  # the role of an actor a meeting or statement is about, while its other roles are read
PARTNER = "partner"  # the role of an actor "with" joins to the words of a meeting's matter, while its parties are read


def matter_role(rules: Rules, text: str, trigger: Hit, mention: ActorMention) -> str | None:
    """MATTER where the mention is what a mutual act is about: after a word of matters ("about Russia's war", the
    trigger "discussed" itself), or after a word of purpose followed by a word in lower case ("spoke with Kuleba to
    discuss Russia's buildup"; not "travel to Kyiv", "met on Monday with"); PARTNER where a counterpart's
    preposition stands right before it after a word of matters ("discussed Belarus with Kuleba"): the party met,
    unless the parties are named otherwise. What a statement is about after a word of matters is none of its targets
    ("expressed concern about the PRC's military presence"), save the parties a word of partners joins to it ("about
    working with the Holy See"); after a word of purpose it may be the one addressed, as a meeting's."""
    words = WORD.findall(text, trigger.end, mention.start)
    matter = MATTER if trigger.label in rules.mutual or _partner(rules, words) else "other"
    if any(normal(word) in rules.matters for word in WORD.findall(text, trigger.start, trigger.end) + words):
        return PARTNER if words and normal(words[-1]) in rules.counterparts else matter
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
