"""Qualifiers: actors named only as a word that qualifies a noun after it ("Libyan citizens", "the London attacks",
"the pro-Mubarak demonstrations"), no doer of what the noun names."""

from __future__ import annotations

import re
from functools import cache

from pipeline.clauses import Rules, rules as language_rules
from pipeline.preceding import line_before
from pipeline.gazetteer import gazetteer, grammar, is_demonym
from pipeline.lexicon import WORD, normal
from pipeline.model import ActorMention


def qualifies_noun(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether the mention qualifies a noun after it: a people's adjective or a name's initials before a word in lower
    case that no function word is ("Libyan citizens", "U.S. ground troops"; not "Syrians in need", "NATO and")."""
    return (is_demonym(mention.text, rules.language) or initials(mention)) and bool(_noun_after(rules, text, mention))


def initials(mention: ActorMention) -> bool:
    """Whether the mention is written as a name's initials ("U.S.", "UK", "DPRK"), which may qualify a noun."""
    return mention.text.replace(".", "").isupper()


def names_place(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether the mention is a capital city's name that qualifies a noun after it, no party of its state ("the London
    attacks", "the channel's London bureau chief"; not "the Moscow government", "Moscow said"): after a determiner
    it says where, and is no doer of what the noun names."""
    if mention.text not in gazetteer(rules.language).capitals:
        return False
    # a capital that stands for its state's government takes no determiner ("Moscow says"; "the London attacks")
    before = WORD.findall(line_before(text, mention.start, 30))[-1:]
    endings = tuple(word for word in rules.determiners if word.startswith("'"))
    if not before or normal(before[0]) not in rules.determiners and not normal(before[0]).replace(
            "’", "'").endswith(endings):
        return False
    word = _noun_after(rules, text, mention)
    return bool(word) and word not in rules.party_nouns


def _noun_after(rules: Rules, text: str, mention: ActorMention) -> str:
    """The word in lower case right after the mention that no function word is, normalised; "" where there is none."""
    following = WORD.match(text, mention.end + 1) if text[mention.end : mention.end + 1] == " " else None
    word = following.group() if following else ""
    functional = rules.determiners | rules.prepositions | rules.coordinators | rules.relatives | rules.venues
    return normal(word) if word.isalpha() and word.islower() and normal(word) not in functional else ""


def prefixed(text: str, mention: ActorMention) -> bool:
    """Whether a prefix in lower case stands joined to the mention by a hyphen ("pro-Mubarak", "anti-Gadhafi"): the
    compound says whom a thing is for or against."""
    if text[mention.start - 1 : mention.start] != "-":
        return False
    prefix = WORD.findall(text, max(0, mention.start - 12), mention.start - 1)[-1:]
    return bool(prefix) and prefix[0].isalpha() and prefix[0].islower()


def before_title(rules: Rules, text: str, start: int, stop: int, lists: bool = True) -> re.Match[str] | None:
    """The word before the title that ends at `start`, back to `stop`: capitalised words, brackets, determiners and the
    words that join a title's qualifier are the title ("with Republic of Korea (ROK) Minister of Foreign Affairs");
    unless `lists`, no coordinator ("with Japan and Korea": Korea's title is no "Japan and")."""
    joiners = _title_joiners(rules.language, lists)
    for word in reversed(list(WORD.finditer(text, stop, start))):
        if not (word.group()[:1].isupper() or normal(word.group()) in joiners or word.group() in "()"):
            return word
    return None


@cache
def _title_joiners(language: str, lists: bool) -> frozenset[str]:
    """The words in lower case that a title holds: its qualifier's joiners and determiners, and unless `lists` no
    coordinator (read once: asked before every name)."""
    words = language_rules(language)
    joiners = frozenset(grammar(language).get("qualifier_joiners", ())) | words.determiners
    return joiners if lists else joiners - words.coordinators


def titled(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a word of a title of `titles.csv` ("Foreign Minister of Japan Hayashi")."""
    words = _title_words(rules.language)
    return any(word in words for word in WORD.findall(text, start, end))


@cache
def _title_words(language: str) -> frozenset[str]:
    """The capitalised words of the language's titles, as written there (not "of", "the")."""
    return frozenset(word for title in gazetteer(language).title_kinds for word in title.split() if word[:1].isupper())
