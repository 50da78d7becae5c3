"""The narrative's reference day: the day an event without a date of its own is told on, the last day its text
named before it that the narrative goes on from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pipeline.event_dates import FIGURE, Dating, Datings, after, recent
from pipeline.lexicon import WORD
from pipeline.model import Timex

_LEAD_REACH = 400  # characters of a text's opening within which its lead stands
_OPENING_WORDS = 1  # words before a date that opens its sentence ("In August 2021, ...")
_NEXT_REACH = 600  # characters after an undated lead within which the story's first day is named


def reference_dating(datings: Datings, before: int, published: date | None, lead: bool = True,
                     past: Callable[[], bool] | None = None) -> Dating | None:
    """The narrative's reference date at an offset: the last day named earlier, not in the future nor long past. A
    day named in an earlier paragraph, before the story's day (the first day the article names), was an aside: a
    later paragraph that names no day goes back to the story's day ("Albright announced on Monday ..." in a story of
    Tuesday, then a paragraph on what the envoys said); a lead told before any day, the story's day named next; a
    day of the month told after an act of its sentence, before the publication's day named last ("met today ...
    thanked him for the flight on May 16"), an aside the next sentences do not go back to; for an act told in the
    `past`, the period over that opens its paragraph."""
    if past is not None and (opened := _paragraph_period(datings, before, published)) is not None and past():
        return opened
    told = [(t, d) for t, d in datings.starting_before(before)
            if t.end <= before and _narrates(datings, t, d, published) and not datings.continues_list(t, d)]
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
    if timex is None or last is None or timex.start in datings.perfect_bounds:
        # "Since Friday, the city has been free of ..., he said": a day a state is told since is no day the narrative
        # is told on, but a bound of what holds up to the telling, the publication's
        return None
    if datings.paragraph(timex.start) != datings.paragraph(before):
        story = next(d for t, d in datings.items if _narrates(datings, t, d, published))  # at worst the last itself
        last = story if story.start and last.start and story.start > last.start else last
    return Dating(last.value, last.start, last.end, last.precision, last.text, "relative")


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


def _narrates(datings: Datings, timex: Timex, dating: Dating, published: date | None) -> bool:
    """Whether a date may be the narrative's day: a day, not after publication nor long before it, that qualifies
    no noun, opens no range and is no known act's day ("an attack on March 27")."""
    return (dating.precision == "day" and not after(dating.start, published) and recent(dating.start, published)
            and not datings.modifies(timex) and not datings.opens_range(timex) and not datings.of_known_act(timex))
