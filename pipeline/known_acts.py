"""Acts named as known ("the bombing", "Russia's invasion"): whether a trigger names one, and the date it takes, that
of the act of its kind the article told before or the day a well-known act began."""

from __future__ import annotations

from datetime import date

from pipeline.clauses import Rules
from pipeline.event_dates import Dating, after
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import Timex
from pipeline.named_acts import named_act

_NOUN_PHRASE_REACH = 50  # characters before an event noun within which the words of its phrase stand
_NOUN_WORDS = 4  # words of the longest phrase before an event noun ("Russia's premeditated and unprovoked")
_STEM_LETTERS = 4  # letters two forms of one word share at least ("inva-sion", "inva-ded")
_BESIDE_REACH = 25  # characters from a trigger within which the words of its own date stand


def told_before(text: str, trigger: Hit, told: list[tuple[str, str, Dating]], published: date | None) -> Dating | None:
    """For an event noun named as known ("the bombing", "Russia's invasion", see `known_noun`): the date of the last
    act of its type and stem ("bombed", "invaded") the article told before with a date of its own, not after
    publication."""
    word = normal(text[trigger.start : trigger.end])
    return next((d for label, other, d in reversed(told)
                 if label == trigger.label and _same_stem(word, other) and not after(d.start, published)), None)


def dated_beside(text: str, trigger: Hit, dating: Dating) -> bool:
    """Whether the words of a trigger's date stand right beside it: the date of a known noun's clause is surely the
    act's own only then ("condemned the bombing on Friday" dates the condemning)."""
    beside = text[max(0, trigger.start - _BESIDE_REACH) : trigger.end + _BESIDE_REACH]
    return bool(dating.text) and dating.text in beside


def of_another_act(rules: Rules, text: str, trigger: Hit, found: tuple[Timex, Dating]) -> bool:
    """Whether the day of a known act's clause is told before another act's words that come before it, away from its
    own ("met him earlier today and expressed condolences regarding the terrorist attacks"): that act's day."""
    timex, dating = found
    return timex.end <= trigger.start and not dated_beside(text, trigger, dating) and any(
        hit.label != "-" for hit in rules.triggers.find(text, timex.end, trigger.start))


def _same_stem(word: str, other: str) -> bool:
    """Whether two words open with the same letters, enough of them to be one word's forms ("invasion", "invaded")."""
    shared = next((i for i, (a, b) in enumerate(zip(word, other)) if a != b), min(len(word), len(other)))
    return shared >= _STEM_LETTERS


def well_known(rules: Rules, text: str, trigger: Hit, published: date | None, dating: Dating | None,
               told: list[tuple[str, str, Dating]]) -> Dating | None:
    """The day a well-known act began, where the trigger names it by a phrase of the language's dated events ("Russia's
    unprovoked invasion of Ukraine", "the Tiananmen Square massacre") in a text published on or after that day, rather
    than the `dating` of its clause; the text's own date stays where it stands beside the trigger or holds that day
    ("the 1988 bombing of Pan Am Flight 103"), and so does one of the same act `told` before ("the Lockerbie
    bombing")."""
    act = named_act(rules, text, trigger)
    # before that day the same words name another act, or one only feared ("a further invasion of Ukraine")
    if act is None or after(act.day, published) or dating is not None and dated_beside(text, trigger, dating):
        return dating
    own = dating or told_before(text, trigger, told, published)
    if own is not None and own.start is not None and own.end is not None and own.start <= act.day <= own.end:
        return own
    return Dating(act.value, act.day, act.day, "day", text[act.start : act.end], "explicit")


def known_noun(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether a trigger is an event noun named as known: a definite word among the few right before it, no mark,
    other determiner nor status word ("could not attack") nearer ("the Russian invasion", "Russia's unprovoked
    invasion", not "a new attack")."""
    if normal(text[trigger.start : trigger.end]) not in rules.known_events:
        return False
    before = list(WORD.finditer(text, max(0, trigger.start - _NOUN_PHRASE_REACH), trigger.start))[-_NOUN_WORDS:]
    for match in reversed(before):
        word = normal(match.group())
        # an entry that opens with an apostrophe is an ending: "'s" stands for "Russia's"
        if any(word == d or (d[0] == "'" and word.endswith(d)) for d in rules.definite):
            return not rules.cues.find(text, match.end(), trigger.start)
        if not word[0].isalnum() or word in rules.determiners:
            return False
    return False
