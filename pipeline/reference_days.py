"""The narrative's reference day: the day an event without a date of its own is told on, the last day its text
named before it that the narrative goes on from."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

import regex

from pipeline.clauses import word_tuples
from pipeline.event_dates import CONSULT, FIGURE, Dating, Datings, after, holding, recent
from pipeline.lexicon import WORD, normal
from pipeline.model import Timex
from pipeline.turns import voices

_LEAD_REACH = 400  # characters of a text's opening within which its lead stands
_OPENING_WORDS = 1  # words before a date that opens its sentence ("In August 2021, ...")
_NEXT_REACH = 600  # characters after an undated lead within which the story's first day is named
_STRETCH_DAYS = 7  # days a visit or talks whose length the text does not give may have lasted
_LENGTH = regex.compile(r"P(\d+)([DW])")  # a length in days or weeks ("two days", "six-day", "a week")
_LENGTH_DAYS = {"D": 1, "W": 7}
_CLOSING_WORDS = 5  # words at most from a closing word to the visit or talks it closes ("returned Friday from a trip")
_BOUND_REACH = 800  # characters before a day a state is told since within which the day the narrative is on is named
_INTRODUCTION_WORDS = 2  # words before an act in the phrase that opens its sentence ("During our meetings")


@cache
def _closings(language: str) -> frozenset[str]:
    """The language's words that tell a stretch of days closed (closings.txt), as normal words."""
    return frozenset(words[0] for words in word_tuples(language, "closings.txt") if len(words) == 1)


def reference_dating(datings: Datings, before: int, published: date | None, lead: bool = True,
                     past: Callable[[], bool] | None = None, act: int | None = None) -> Dating | None:
    """The narrative's reference date at an offset: the last day named earlier, not in the future nor long past. A
    day named in an earlier paragraph, before the story's day (the first day the article names), was an aside: a
    later paragraph that names no day goes back to the story's day ("Albright announced on Monday ..." in a story of
    Tuesday, then a paragraph on what the envoys said); a lead told before any day, the story's day named next; a
    day of the month told after an act of its sentence, before the publication's day named last ("met today ...
    thanked him for the flight on May 16"), an aside the next sentences do not go back to; for an act told in the
    `past`, the period over that opens its paragraph."""
    if past is not None and (opened := _paragraph_period(datings, before, published)) is not None and past():
        return opened
    story, days = _narrative(datings, published)
    told = [(t, d) for t, d in days[: bisect_left(days, before, key=lambda pair: pair[0].start)] if t.end <= before]
    if any(d.precision == "week" for _, d in told) and (past is None or not past()):
        told = [(t, d) for t, d in told if d.precision == "day"]  # what is not told done is of no week told before
    # from the last: the first that qualifies is wanted, an aside skipped for the day told before it
    timex, last = next(((t, d) for i, (t, d) in enumerate(reversed(told))
                        if not _aside_of(datings, t, d, told[: len(told) - 1 - i], published, before)), (None, None))
    if (timex is None or last is None) and lead and not datings.starting_before(before):
        # a `lead` that names no day is of the story's day the next lines give by a word, the day of publication or
        # the one before ("..., the communist leadership warned." then "said a government communique, read Wednesday
        # night"); a day of the month in figures, or an earlier day, is more often an aside's ("which began on April 2")
        timex, last = next(((t, d) for t, d in datings.items[:1] if before <= _LEAD_REACH and t.start - before <=
                            _NEXT_REACH and not FIGURE.search(d.text) and _narrates(datings, t, d, published)
                            and (published is None or d.start is None or (published - d.start).days <= 1)),
                           (None, None))
    if timex is not None and timex.start in datings.perfect_bounds:
        # "Since Friday, the city has been free of ..., he said": a day a state is told since is no day the narrative
        # is told on, but a bound of what holds up to the telling: the day named just before it goes on ("On Tuesday,
        # Lavoie said ..."), else the publication's
        timex, last = next(((t, d) for t, d in reversed(told) if t.start < timex.start and t.start not in
                            datings.perfect_bounds and timex.start - t.end <= _BOUND_REACH), (None, None))
    if timex is None or last is None:
        return None
    if datings.paragraph(timex.start) != datings.paragraph(before):
        # the story's day is at worst the last day itself, which narrates
        last = story if story and story.start and last.start and story.start > last.start else last
    # "returned on June 3 from travel to ...", then "During his trip, he met ...": a done act on some day of the trip
    # (what goes on is told as it stands on the closing day: "the fighting in Marib")
    if past is not None and datings.sentence(timex.start) != datings.sentence(before) and not _names_stretch(
            datings, act) and (stretch := closed_stretch(datings, timex, last)):
        return stretch
    return Dating(last.value, last.start, last.end, last.precision, last.text, "relative")


def _names_stretch(datings: Datings, act: int | None) -> bool:
    """Whether an act's words stand in the phrase of introduction that opens its sentence ("During our meetings,
    ..."): the stretch itself, named as the release closed it on its day."""
    if act is None or datings.rules is None:
        return False
    words = WORD.findall(datings.text, datings.sentence(act), act)
    return 0 < len(words) <= _INTRODUCTION_WORDS and normal(words[0]) in datings.rules.introductions


def closed_stretch(datings: Datings, timex: Timex, dating: Dating) -> Dating | None:
    """The period holding a visit, trip or talks a day is the closing day of, its sentence telling of both with a
    word of closing ("returned on June 3 from travel to Oman", "Today, the consultations concluded after two days"):
    what the next sentences tell was done on some day of it, not on its last. Its length is the sentence's duration,
    else at most a week (a day early in a month leaves the month unsure: the year holds it)."""
    if timex.start in datings.stretches:
        return datings.stretches[timex.start]
    datings.stretches[timex.start] = found = None
    rules, text, last = datings.rules, datings.text, dating.start
    opening = datings.sentence(timex.start)
    i = bisect_right(datings.sentence_starts, timex.start)
    end = datings.sentence_starts[i] if i < len(datings.sentence_starts) else len(text)
    closings = _closings(rules.language) if rules is not None else frozenset()
    if rules is None or last is None or not closings or not any(w in text[opening:end].lower() for w in closings):
        return None  # most sentences hold no word of closing: nothing more is read
    words = list(WORD.finditer(text, opening, end))
    starts = [word.start() for word in words]
    closing = [i for i, word in enumerate(words) if normal(word.group()) in closings]
    # the stretch's own words beside the closing word ("concluded their visit", "returned on June 3 from travel to"),
    # not a finding's ("the launches, which the government has concluded were tests")
    stretches = [bisect_right(starts, hit.start) - 1
                 for hit in rules.triggers.find(text, opening, end) if hit.label == CONSULT] if closing else []
    if any(abs(i - j) <= _CLOSING_WORDS for i in closing for j in stretches):
        lengths = [_LENGTH.fullmatch(t.value) for t in datings.intervals.values() if opening <= t.start < end]
        length = next((int(m.group(1)) * _LENGTH_DAYS[m.group(2)] for m in lengths if m), _STRETCH_DAYS)
        if length > 1:
            found = holding(last - timedelta(days=length - 1), last, dating.text, "relative")
    datings.stretches[timex.start] = found
    return found


def _paragraph_period(datings: Datings, before: int, published: date | None) -> Dating | None:
    """The period over before publication that opens the paragraph an offset lies in, in an earlier sentence and
    the last date before it ("Three months ago, we lowered our flag ... We underscored our commitment"): the time the
    paragraph's past acts are of; an old day opens one act's sentence, not a period (a day is left to the narrative),
    and a date after a sentence's subject ("President Biden last year committed ...") is that act's own."""
    earlier = datings.starting_before(before)
    if not earlier or published is None:
        return None
    timex, dating = earlier[-1]
    opening = datings.sentence(timex.start)
    if dating.precision == "day" or dating.end is None or dating.end >= published or timex.end > before or (
            opening == datings.sentence(before)) or datings.paragraph(timex.start) != datings.paragraph(before) or (
            not datings.opens_paragraph(opening)) or (
            len(WORD.findall(datings.text, opening, timex.start)) > _OPENING_WORDS):
        return None
    if datings.modifies(timex) or datings.of_known_act(timex) or timex.start in datings.perfect_bounds:
        return None
    return Dating(dating.value, dating.start, dating.end, dating.precision, dating.text, "relative")


def _aside_of(datings: Datings, timex: Timex, dating: Dating, told: list[tuple[Timex, Dating]],
              published: date | None, before: int) -> bool:
    """Whether a day is an aside, for the sentences after its own, of the publication's day the narrative told last
    before it in the same paragraph ("met today ..."): a report's narrative told on an earlier day ("said Tuesday")
    goes on with the days it names, and the rest of its own sentence is of its act ("signed on May 21, which
    provides ...")."""
    return bool(told) and told[-1][1].start == published and (
        datings.paragraph(told[-1][0].start) == datings.paragraph(timex.start)) and (
        datings.sentence(before) != datings.sentence(timex.start)) and datings.aside(timex, dating, told[-1][1])


def _narrative(datings: Datings, published: date | None) -> tuple[Dating | None, list[tuple[Timex, Dating]]]:
    """The story's day (the first that may be the narrative's, `_narrates`) and, in the order of the text, every day
    the narrative may go on from, a later day of a list ("June 29 and 30") not among them: read once per article, not
    for each event (`published` is the article's)."""
    if datings.narrative is None:
        narrating = [(t, d) for t, d in datings.items if _narrates(datings, t, d, published)]
        days = [d for _, d in narrating if d.precision == "day"]
        datings.narrative = (days[0] if days else None,
                             [(t, d) for t, d in narrating if not datings.continues_list(t, d)])
    return datings.narrative


def _narrates(datings: Datings, timex: Timex, dating: Dating, published: date | None) -> bool:
    """Whether a date may be the narrative's day: a day, not after publication nor long before it, that qualifies
    no noun, opens no range and is no known act's day ("an attack on March 27"); or the week publication is in ("This
    week, I represented the United States at ...", then "I also announced ...": what is told done is of that week)."""
    this_week = dating.precision == "week" and published is not None and dating.start is not None and (
        dating.end is not None and dating.start <= published <= dating.end) and _opens_sentence(datings, timex)
    return ((dating.precision == "day" or this_week) and not after(dating.start, published)
            and recent(dating.start, published) and not datings.modifies(timex) and not datings.opens_range(timex)
            and not datings.of_known_act(timex))


def _opens_sentence(datings: Datings, timex: Timex) -> bool:
    """Whether a date ends the phrase that opens its sentence, a comma and the writer's own first person right after
    it ("This week, I ...", "In my meetings this week, we ..."): the time of what the writer goes on to tell of their
    own acts, not of a noun ("the launch this week of", "this week's ministerial") nor a report of others' acts."""
    after = WORD.match(datings.text, timex.end + 2)
    return datings.text[timex.end : timex.end + 2] == ", " and "," not in datings.text[
        datings.sentence(timex.start) : timex.start] and after is not None and voices(
        datings.rules.language if datings.rules else "en").first_person.get(after.group()) in ("speaker", "party")
