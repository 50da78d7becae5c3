"""An act told as running up to the day of the telling ("protests since February 24", "assistance to date"): a span
that ends now, on no single day the text names; so is one told as recent, upcoming or of an earlier period."""

from __future__ import annotations

import re
from functools import cache

from pipeline.clauses import Rules, word_tuples
from pipeline.event_dates import Dating
from pipeline.known_acts import dated_beside
from pipeline.lexicon import WORD, Hit, Lexicon, normal, spelled_out, words_lexicon, written_between
from pipeline.model import Timex
from pipeline.objects import POSSESSIVE_MARK

_REACH = 80  # characters after a trigger within which the words of a span up to now still qualify it
_WORDS = 14  # words after a trigger at most before such a cue ("assistance ... reaches more than $1.7 billion since")
_CLAUSE_END = re.compile(r"[,;:()\"“”]|\.(?!\d)|\n")  # a mark that ends the trigger's phrase ("$1.7" goes on)
_RECORD_REACH = 50  # characters before a trigger within which a word of a record stands ("the seventh nation to sign")
_PHRASE_REACH = 50  # characters before a trigger within which the words of its phrase stand
_PHRASE_WORDS = 4  # words of a phrase before its trigger at most ("since those secretaries both visited")
_ABBREVIATION = re.compile(r"(?:\w\.)+")  # "U.S.": a word whose full stops end no phrase
_OPENING_WORDS = 2  # words before a phrase that still opens its sentence ("Similarly, in the run-up to the war")
_BOUND_GAP = 2  # characters between a cue and the date it opens ("since August 2017"): that date is the span's start
_SENTENCE_REACH = 160  # characters before a trigger within which its sentence's opening phrase stands


@cache
def _cues(language: str) -> frozenset[tuple[str, ...]]:
    """The language's words of a span up to now (up_to_now.txt), as tuples of normal words."""
    return word_tuples(language, "up_to_now.txt")


@cache
def _stretches(language: str) -> Lexicon:
    """The language's phrases of a stretch up to now (perfect_spans.txt): they count only with a present perfect."""
    return words_lexicon(language, "perfect_spans.txt", "stretch")


@cache
def _records(language: str) -> frozenset[str]:
    """The language's words of a record (records.txt): "the first visit since" is one act on its own day."""
    return frozenset(word for words in word_tuples(language, "records.txt") for word in words)


@cache
def _words(language: str, name: str) -> frozenset[str]:
    """The words of a one-word-a-line resource (span_openers.txt, upcoming.txt), as normal words."""
    return frozenset(words[0] for words in word_tuples(language, name) if len(words) == 1)


@cache
def _eras(language: str) -> Lexicon:
    """The language's phrases of an earlier period (eras.txt)."""
    return words_lexicon(language, "eras.txt", "era")


def of_earlier_period(rules: Rules, text: str, opening: int, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether a phrase of an earlier period opens a trigger's sentence (at `opening`) before it or stands in its
    clause, no mark nor other act's words between ("in the run-up to the war, Goldsmith warned", "only months after
    the US accused", "jailed him years ago"): a done act of that period, on no day the text names; one set off by a
    mark is another act's period ("Rebels, who fought before the war, met ..."), and so is one after another act's
    words ("blamed the bombs on the coup 40 years ago": the coup's)."""
    for hit in _eras(rules.language).find(text, opening, clause[1]):
        if hit.start < trigger.start and len(WORD.findall(text, opening, hit.start)) <= _OPENING_WORDS:
            return True
        # a phrase that ends with its mark ("At the time, ...") only opens a sentence
        start, end = (hit.end, trigger.start) if hit.end <= trigger.start else (trigger.end, hit.start)
        if hit.start >= clause[0] and text[hit.end - 1].isalnum() and not _CLAUSE_END.search(text, start, end) and (
                not any(other.label != "-" for other in rules.triggers.find(text, start, end))):
            return True
    return False


def no_day(rules: Rules, text: str, trigger: Hit, found: tuple[Timex, Dating] | None, perfect: bool,
           kind: str = "occurred") -> bool:
    """Whether an act is on no one day the text names: with no date in its clause, a recent act ("the recent
    statement"), one a span up to now starts from ("since those secretaries both visited") or an upcoming one ("the
    upcoming Special Summit"); or a done act that runs up to now, not told in the present perfect (a sum up to now,
    of the telling, or one a planned act adds to)."""
    if kind == "planned":
        # "This drawdown will bring total assistance to $8.7 billion since the beginning of this Administration": the
        # sum the coming act adds to runs up to now, on no one day, not the day of the telling
        return found is None and told_recently(_words(rules.language, "upcoming.txt"), text, trigger) or (
            not perfect and runs_up_to_now(rules, text, trigger, found[0] if found else None))
    if kind != "occurred":
        return False
    # "met earlier today and expressed her condolences regarding the recent wave of attacks": a day of the clause
    # told before a recent act's words, not beside them, is another act's ("the recent protests started February 15"
    # keeps it)
    recent = (found is None or found[0].end <= trigger.start and not dated_beside(text, trigger, found[1])) and (
        told_recently(rules.recent, text, trigger))
    return recent or found is None and told_recently(
        _words(rules.language, "span_openers.txt"), text, trigger) or runs_up_to_now(
        rules, text, trigger, found[0] if found else None, perfect)


def told_recently(words: frozenset[str], text: str, trigger: Hit) -> bool:
    """Whether one of `words` (the language's recent acts) stands in a trigger's phrase, no mark but an apostrophe
    between ("the recent AUKUS Leaders' Statement", "recently spoke"): on no day the text names."""
    start = max(0, trigger.start - _PHRASE_REACH)
    if not any(word in text[start : trigger.start].lower() for word in words):
        return False  # most phrases hold none of the words: no words are read
    # words as spaces part them: a mark inside one ("upcoming U.S.-ASEAN Summit") ends no phrase, one at its edge does
    for token in reversed(text[start : trigger.start].split()[-_PHRASE_WORDS:]):
        if normal(token) in words:
            return True
        if not token[0].isalnum() or not (token[-1].isalnum() or POSSESSIVE_MARK.fullmatch(token[-1])
                                          or _ABBREVIATION.fullmatch(token)):
            return False
    return False


def runs_up_to_now(rules: Rules, text: str, trigger: Hit, found: Timex | None, perfect: bool = False) -> bool:
    """Whether a word of a span up to now follows a trigger in its phrase, no mark between, and the only date its
    clause gives is the one that span starts from ("protests since February 24", "partners added since the last
    Ministerial"): the act has no one day, while another day of its clause and a record ("This visit marked the first
    dialogue since 2015") keep theirs. A trigger in the present perfect is a sum up to now with such words after it or
    opening its sentence ("So far, 148 countries have ratified"), save a bound of perfect_bounds.txt, dated as told
    ("since February 24, the United States has provided")."""
    language = rules.language
    cues = _cues(language) - rules.perfect_bounds if perfect else _cues(language)
    if perfect and found is None and _opens_sentence(cues, text, trigger):
        return True
    if perfect and _over_stretch(rules, text, trigger, found):
        return True
    after = text[trigger.end : trigger.end + _REACH]
    lowered = after.lower()
    if not cues or not any(" ".join(cue) in lowered for cue in cues):
        return False  # most phrases hold none of the words: no words are read
    before = text[max(0, trigger.start - _RECORD_REACH) : trigger.start]
    if start := list(_CLAUSE_END.finditer(before)):
        before = before[start[-1].end() :]
    if any(normal(word) in _records(language) for word in WORD.findall(before)):
        return False  # "the first visit since", "the seventh nation to sign ... since": one act, a record
    if end := _CLAUSE_END.search(after):
        after = after[: end.start()]
    words = [(m.end(), normal(m.group())) for m in WORD.finditer(after)][:_WORDS]
    for i, (_, word) in enumerate(words):
        if any(part in rules.perfect for part in spelled_out(word, language)):
            return False  # "noted the assistance the United States has provided since then": that verb's span
        for cue in cues:
            if tuple(word for _, word in words[i : i + len(cue)]) == cue:
                if any(word in _records(language) for _, word in words[:i]):
                    return False  # "This visit marked the first dialogue since": a record between
                cue_end = trigger.end + words[i + len(cue) - 1][0]
                return found is None or 0 <= found.start - cue_end <= _BOUND_GAP
    return False


def _over_stretch(rules: Rules, text: str, trigger: Hit, found: Timex | None) -> bool:
    """Whether a phrase of a stretch up to now follows a trigger in the present perfect in its clause, no mark nor
    other verb's perfect between, or opens its sentence, set off by a comma ("have been killed over the past two
    weeks", "In recent days, protesters have gathered"), and the clause names no day but the stretch's own: a sum
    over the stretch, on no one day."""
    stretches = _stretches(rules.language)
    end = trigger.end + _REACH
    if mark := _CLAUSE_END.search(text, trigger.end, end):
        end = mark.start()
    hits: list[Hit] = []
    if stretches.may_occur(text, trigger.end, end):  # most phrases hold none: no clause word is read
        if breaks := rules.breaks.find(text, trigger.end, end):
            end = breaks[0].start  # "have said that over the past week ...": what is said holds the stretch
        hits = stretches.find(text, trigger.end, end)
    if hits and any(part in rules.perfect for word in written_between(text, trigger.end, hits[0].start)
                    for part in spelled_out(normal(word), rules.language)):
        hits = []  # "have said rebels have killed 300 in the past week": that verb's stretch
    if not hits:
        start = max(0, trigger.start - _SENTENCE_REACH)
        opening = max(text.rfind(mark, start, trigger.start) for mark in ".;:\n")
        if opening < 0 and start > 0 or not stretches.may_occur(text, opening + 1, trigger.start):
            return False  # the sentence opens further back, or no stretch stands before the trigger
        hits = [hit for hit in stretches.find(text, opening + 1, trigger.start)
                if len(WORD.findall(text, opening + 1, hit.start)) <= _OPENING_WORDS
                and text[hit.end : hit.end + 2].lstrip().startswith(",")]
    return bool(hits) and (found is None or found.start < hits[0].end and hits[0].start < found.end)


def _opens_sentence(cues: frozenset[tuple[str, ...]], text: str, trigger: Hit) -> bool:
    """Whether a word of a span up to now opens a trigger's sentence, set off by a comma ("So far, 148 countries have
    ratified", "To date, we have provided")."""
    start = max(0, trigger.start - _PHRASE_REACH)
    opening = max(text.rfind(mark, start, trigger.start) for mark in ".;:\n")
    if opening < 0 and start > 0:
        return False  # the sentence opens further back than a phrase reaches
    words = [normal(word) for word in WORD.findall(text[opening + 1 : trigger.start])]
    return any(tuple(words[: len(cue)]) == cue for cue in cues)
