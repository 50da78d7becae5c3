"""A trigger's tense read from its own words: past, present perfect, or told as the speaker speaks."""

from __future__ import annotations

from functools import cache, lru_cache

from pipeline.clauses import Rules, word_tuples
from pipeline.lexicon import WORD, Hit, normal, spelled_out
from pipeline.timex import tense


@cache
def _pluperfect(language: str) -> frozenset[str]:
    """The language's auxiliaries of the past perfect (pluperfect.txt), as normal words."""
    return frozenset(words[0] for words in word_tuples(language, "pluperfect.txt") if len(words) == 1)


@lru_cache(maxsize=64)  # each trigger's tense is asked several ways
def words_before(language: str, text: str, start: int) -> tuple[str, ...]:
    """The last two words before a place, normal, a contraction spelled out ("we've provided": "we", "have"): the
    words its tense, auxiliaries and negation are read from."""
    words = WORD.findall(text, max(0, start - 24), start)
    return tuple(part for word in words for part in spelled_out(normal(word), language))[-2:]


def past(text: str, trigger: Hit, language: str) -> bool:
    """Whether a trigger's first word is in the past tense ("launched", "met"), by the tagger's tense cues."""
    first = WORD.match(text, trigger.start)
    before = WORD.findall(text, max(0, trigger.start - 30), trigger.start)[-1:]
    return first is not None and tense(first.group(), before[0] if before else "", language) < 0


def said_now(rules: Rules, text: str, trigger: Hit, language: str) -> bool:
    """Whether a trigger's verb follows the speaker's own subject, one word between at most, in no past form ("We
    strongly condemn this act", "I urge"): an act of the telling, not of the day the text last named."""
    before = words_before(rules.language, text, trigger.start)
    # one adverb may stand between, no auxiliary ("we were told") nor mark
    between = before[-1:] if len(before) == 2 and before[0] in rules.present_subjects else ()
    if not (before and before[-1] in rules.present_subjects or between and between[0].isalpha()
            and between[0] not in rules.auxiliaries and between[0] not in rules.perfect):
        return False  # most triggers follow no such word: no tense read
    return not past(text, trigger, language)


def perfect(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether a trigger is in the present perfect: an auxiliary of it right before ("has provided"), or before the
    passive's auxiliary ("have been arrested")."""
    previous = words_before(rules.language, text, trigger.start)
    return bool(previous) and previous[-1] in rules.perfect or (
        len(previous) == 2 and previous[0] in rules.perfect and previous[1] in rules.auxiliaries)


def perfect_progressive(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether a trigger in the present perfect has an auxiliary between ("have been providing"): read with an
    `ongoing` status, an act begun before the telling that still goes on."""
    previous = words_before(rules.language, text, trigger.start)
    return len(previous) == 2 and previous[1] in rules.auxiliaries and previous[0] in rules.perfect


def pluperfect(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether a trigger is in the past perfect ("had fled", "had been killed"): an act before the time its text tells
    of, on none of the days the narrative names."""
    previous = words_before(rules.language, text, trigger.start)
    words = _pluperfect(rules.language)
    return bool(previous) and previous[-1] in words or (
        len(previous) == 2 and previous[0] in words and previous[1] in rules.auxiliaries)


def passive_participle(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether a trigger in a past form is a participle that opens a phrase after a comma, its agent after it ("will
    travel to Paris, joined by Secretary Raimondo"): it tells of the subject at the time of its clause, no past of
    its own ("initiatives announced by world leaders" is another's earlier act)."""
    after = WORD.findall(text, trigger.end, min(len(text), trigger.end + 12))[:1]
    opened = text[max(0, trigger.start - 8) : trigger.start].rstrip().endswith(",")
    return opened and bool(after) and normal(after[0]) in rules.agents
