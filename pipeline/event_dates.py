"""Event dates: the date of an event's own clause, else (for a noun named as known) that of the act told before,
else the narrative's reference day (a planned trip's period for what is to come), else the publication."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

import regex

from pipeline.antecedents import closed_relative
from pipeline.clauses import STATEMENT, Rules
from pipeline.preceding import word_before
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import Timex
from pipeline.next_clause import next_clause_dating
from pipeline.timex import value_span
from pipeline.timex.values import write

_DATED_TYPES = frozenset({"DATE", "TIME"})  # durations and sets never date an event
_COARSE = frozenset({"year", "decade", "century"})  # precisions that name a period rather than the day of an act
_COARSE_REACH = 40  # characters: a year (decade, century) further from the trigger dates something else
_REFERENCE_DAYS = 31  # a day named longer before publication is history, not the narrative's day
_NOUN_REACH = 25  # characters before a date within which the noun of the act it dates and a preposition stand
_MODIFIED_NOUN_REACH = 25  # characters from a qualifying date to the noun it qualifies ("May 24 national elections")
_RANGE_REACH = 30  # characters after a range's first day within which its last day is written
_BOUND_REACH = 20  # characters before a date within which a bound's words stand ("prior to")
_BOUND_WORDS = 3  # words of the longest bound
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n")  # a blank line ends a paragraph
_COMPOUND = regex.compile(r"\p{L}+[-‐]\p{L}+")  # words joined by a hyphen into one, in every alphabet
_DASH_END = regex.compile(r"[-–]\s*(\d{1,2})\b")  # "May 24-27": the last day after a dash
_DASHES = ("-", "–")  # between a range's first day and its last
CONSULT = "CONSULT"  # the event type of visits, trips and meetings
_TRIP_REACH = 80  # characters before a range of days within which the trip it is of is told
_ASIDE_REACH = 40  # characters after its sentence's first act within which a day is that act's own
FIGURE = regex.compile(r"\d")  # a date with a figure names its day in full, not by a weekday or "yesterday"


@dataclass(unsafe_hash=True, slots=True)  # not frozen: a frozen class sets each field by a call, on every dating
class Dating:
    """An event's date: TIMEX3 value, first and last day, precision, words and basis."""

    value: str | None
    start: date | None
    end: date | None
    precision: str
    text: str
    basis: str


def dating_of(timex: Timex) -> Dating | None:
    """A temporal expression as an event date, or None for durations, sets and values without days."""
    if timex.type not in _DATED_TYPES:
        return None
    start, end, precision = value_span(timex.value)
    if start is None or end is None or precision is None:
        return None
    # An event's date is the day, not the time of day: "2021-08-04TMO" dates an event to 2021-08-04.
    value = timex.value[:10] if precision == "day" else timex.value
    return Dating(value, start, end, precision, timex.text, timex.basis)


def publication_dating(published: date | None) -> Dating:
    """The publication date as an event's date: no words in the text gave it."""
    if published is None:
        return Dating(None, None, None, "", "", "publication")
    return Dating(published.isoformat(), published, published, "day", "", "publication")


class Datings:
    """An article's dated expressions in the order of the text, found by offset without reading them all."""

    def __init__(self, timexes: list[Timex], text: str = "", rules: Rules | None = None,
                 sentences: list[tuple[int, int]] | None = None, published: date | None = None) -> None:
        self.text, self.rules, self.published = text, rules, published
        self.sentence_starts = sorted(start for start, _ in sentences or [])
        self.items: list[tuple[Timex, Dating]] = []
        self.perfect_bounds: set[int] = set()  # starts of dates a present perfect is told since ("since February 24")
        for timex in sorted(timexes, key=lambda t: t.start):
            if (dating := dating_of(timex)) is None:
                continue
            bound = self._bound(timex)
            if bound != "any":  # "until May 5", "prior to 2022": a bound of an event, never its date
                self.items.append((timex, dating))
            if bound == "perfect":
                self.perfect_bounds.add(timex.start)
        self.starts = [t.start for t, _ in self.items]
        self.intervals = {t.end: t for t in timexes if t.type == "DURATION"}  # by where each ends
        self._modifiers: dict[int, bool] = {}
        self._acts: dict[int, bool] = {}
        self.stretches: dict[int, Dating | None] = {}  # by start: the period of a stretch a day closes, if any
        # the story's day and the days the narrative may go on from (`reference_days`), read at the first event
        self.narrative: tuple[Dating | None, list[tuple[Timex, Dating]]] | None = None
        # where each paragraph after the first opens
        self.paragraphs = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]

    def _bound(self, timex: Timex) -> str:
        """Which bound the words right before a date make it: "any" ("until May 5"), "perfect" ("since February
        24", for an event told in the present perfect), or ""."""
        if self.rules is None or not (self.rules.bounds or self.rules.perfect_bounds):
            return ""
        words = tuple(normal(word) for word in WORD.findall(self.text, max(0, timex.start - _BOUND_REACH), timex.start))
        ends = {words[-n:] for n in range(1, _BOUND_WORDS + 1) if len(words) >= n}
        return "any" if ends & self.rules.bounds else "perfect" if ends & self.rules.perfect_bounds else ""

    def modifies(self, timex: Timex) -> bool:
        """Whether a day qualifies a noun ("the May 24 launch"): it dates its own event, not the narrative."""
        if timex.start not in self._modifiers:
            self._modifiers[timex.start] = self.rules is not None and _modifies(self.rules, self.text, timex)
        return self._modifiers[timex.start]

    def owns_object(self, timex: Timex, dating: Dating, trigger: Hit) -> bool:
        """Whether a day right after a trigger owns the noun after it by a determiner's ending, an entry opening with
        an apostrophe ("condemned Thursday's attack", "said Wednesday's attacks would be investigated"): the day of
        what the object names, not of the act done about it; the publication's own day ("says tonight's edition")
        is of both."""
        if self.rules is None or timex.start < trigger.end or self.text[trigger.end : timex.start].strip() or (
                dating.precision == "day" and dating.start == self.published):
            return False
        return any(normal(self.text[timex.end : timex.end + len(d) + 1]) == d + " " and (noun := WORD.match(
            self.text, timex.end + len(d) + 1)) is not None and noun.group()[0].isalpha()
            for d in self.rules.determiners if d[0] == "'")

    def of_known_act(self, timex: Timex) -> bool:
        """Whether a day follows a noun of a known act and a preposition ("offered condolences on the
        murder of two officers in a terrorist attack on March 27"): that act's day, an aside of the narrative."""
        if timex.start not in self._acts:
            self._acts[timex.start] = self.rules is not None and _act_day(self.rules, self.text, timex)
        return self._acts[timex.start]

    def opens_range(self, timex: Timex) -> bool:
        """Whether a day opens a range of days ("July 25-26"): a span, not one day the narrative goes on from."""
        return self.text[timex.end : timex.end + 1] in _DASHES

    def continues_list(self, timex: Timex, dating: Dating) -> bool:
        """Whether a bare day follows, within a range's reach, a day of its month ("June 29 and 30"): one of a list."""
        i = bisect_left(self.starts, timex.start) - 1
        if not timex.text.isdigit() or i < 0 or dating.start is None:
            return False
        before, earlier = self.items[i]
        return (before.end + _RANGE_REACH > timex.start and earlier.precision == "day" and earlier.start is not None
                and earlier.start.replace(day=1) == dating.start.replace(day=1))

    def span(self, timex: Timex, dating: Dating) -> tuple[date, date] | None:
        """The first and last day of a range a day opens ("May 24-27", "May 24 to 27", "March 28 to April 2")."""
        first = dating.start
        if first is None or dating.precision != "day" or self.rules is None:
            return None
        if dash := _DASH_END.match(self.text, timex.end):
            return _last_day(first, int(dash.group(1)))
        words = WORD.findall(self.text, timex.end, timex.end + _RANGE_REACH)
        i = bisect_left(self.starts, timex.end)  # the next dated expression, "April 2" of "March 28 to April 2"
        following = self.items[i] if i < len(self.items) and self.starts[i] < timex.end + _RANGE_REACH and (
            self.items[i][1].precision == "day") else None
        joined = len(words) >= 2 and normal(words[0]) in self.rules.range_joiners
        if following and (joined or self.text[timex.end : following[0].start].strip() in _DASHES or (
                # "May 31-June 8" across a month's end; "talks in Doha on June 29 and 30": days of one month listed
                len(words) >= 2 and normal(words[0]) in self.rules.coordinators
                and self.continues_list(*following) and following[0].text == words[1])):
            last = following[1].start
            return (first, last) if last and last > first else None
        return _last_day(first, int(words[1])) if joined and words[1].isdigit() and len(words[1]) <= 2 else None

    def planned_span(self, before: int, published: date | None, ahead: bool = True) -> Dating | None:
        """For a planned event the text gives no day of: the week, month or year holding the last range of days
        ahead of publication told before it (a trip "from May 24-27", then "In Amman, she will meet ...") or of a trip
        under way at publication; for a done one (not `ahead`), of the last range over by publication, within a month
        of it ("visited Tunisia on March 23-27", then "She also met ...")."""
        for timex, dating in reversed(self.starting_before(before)):
            if published is None or dating.start is None or (not recent(dating.start, published) if ahead else (
                    dating.start > published or not recent(dating.start, published))):
                continue
            # a range ahead of publication opens on a day ahead of it, save a trip's under way ("will travel to Bali
            # and Bangkok July 6-11" told on July 9): what is still to come of it is on one of its days
            under_way = ahead and dating.start < published
            span = self.span(timex, dating) if under_way or not ahead else None
            if under_way and (span is None or span[1] < published or not self._trip(timex)):
                continue
            if not ahead and span is not None and (span[1] > published or not self._trip(timex)):
                continue  # a range still going on at publication, or no trip's: it holds no act told after it
            if (period := self.period(timex, dating)) is not None:
                return Dating(period.value, period.start, period.end, period.precision, period.text, "relative")
        return None

    def _trip(self, timex: Timex) -> bool:
        """Whether a visit, a trip or a meeting is told right before a date ("visited Tunisia on March 23-27")."""
        return self.rules is not None and any(hit.label == CONSULT for hit in self.rules.triggers.find(
            self.text, max(0, timex.start - _TRIP_REACH), timex.start))

    def period(self, timex: Timex, dating: Dating) -> Dating | None:
        """The week, month or year holding the range of days a day opens ("travel to Algiers from March 9 to 10"):
        no one day of it holds what is done over the range."""
        span = self.span(timex, dating)
        return None if span is None else holding(*span, timex.text, dating.basis)

    def aside(self, timex: Timex, dating: Dating, earlier: Dating | None) -> bool:
        """Whether a day earlier than the narrative's day told before it in its paragraph stands after an act's words
        of its sentence ("spoke today ... thanked him for the flight on May 16"): the day of what that act is about,
        not a day the narrative goes back to; one that opens its sentence ("On Monday, ...") is."""
        if self.rules is None or earlier is None or earlier.start is None or dating.start is None or (
                dating.start >= earlier.start) or not FIGURE.search(dating.text):
            return False
        opening = self.sentence(timex.start)
        acts = [hit for hit in self.rules.triggers.find(self.text, opening, timex.start) if hit.label != "-"]
        # the first act's own day, right after its words ("We met in Washington on the 16th of February", "French
        # jets struck targets in eastern Libya on March 19"), takes the narrative back
        return len(acts) > 1 or bool(acts) and timex.start - acts[0].end > _ASIDE_REACH

    def sentence(self, offset: int) -> int:
        """Where the sentence an offset lies in opens (0 when the text's sentences are not known)."""
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def paragraph(self, offset: int) -> int:
        """The number of the paragraph an offset lies in, counted from 0."""
        return bisect_right(self.paragraphs, offset)

    def opens_paragraph(self, sentence: int) -> bool:
        """Whether a sentence (by where it opens) is its paragraph's first."""
        i = bisect_right(self.paragraphs, sentence) - 1
        opening = self.paragraphs[i] if i >= 0 else 0
        return bisect_left(self.sentence_starts, opening) == bisect_left(self.sentence_starts, sentence)

    def told_of(self, clause_start: int) -> list[tuple[Timex, Dating]]:
        """The date a clause tells of when it opens with a word of the language's date clauses right after that date,
        a comma between at most ("on Thursday, when police arrested ..."): the time of that clause's events."""
        first = WORD.match(self.text, clause_start)
        i = bisect_left(self.starts, clause_start) - 1
        if self.rules is None or first is None or normal(first.group()) not in self.rules.date_clauses or i < 0:
            return []
        timex, dating = self.items[i]
        if self.text[timex.end : clause_start].strip(" ,"):
            return []
        while i > 0 and self.continues_list(*self.items[i]):  # "On June 29 and 30, ...": the list's first day
            i -= 1
        return [self.items[i]]

    def within(self, start: int, end: int) -> list[tuple[Timex, Dating]]:
        """The dated expressions that lie inside text[start:end]."""
        found = self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
        return [(t, d) for t, d in found if t.end <= end]

    def starting_before(self, offset: int) -> list[tuple[Timex, Dating]]:
        """The dated expressions that begin before an offset."""
        return self.items[: bisect_left(self.starts, offset)]


def holding(first: date, last: date, text: str, basis: str) -> Dating | None:
    """The week, month, quarter or year that holds the days from `first` to `last`, or None across a year's turn
    ("December 30 to January 2": its first day dates it)."""
    granularity = next((g for g in ("week", "month", "quarter", "year") if write(first, g) == write(last, g)), None)
    if granularity is None:
        return None
    value = write(first, granularity)
    start, end, precision = value_span(value)
    return Dating(value, start, end, precision or granularity, text, basis)


def _act_day(rules: Rules, text: str, timex: Timex) -> bool:
    """Whether a date follows a known act's noun and a preposition, and no verb has that noun as its object: in
    "condemned the attack on Thursday" the day may be the condemning's."""
    words = list(WORD.finditer(text, max(0, timex.start - _NOUN_REACH), timex.start))[-2:]
    # "protests Tuesday" without a preposition may date the verb before them ("incited protests Tuesday")
    if len(words) < 2 or normal(words[0].group()) not in rules.known_events or (
            normal(words[1].group()) not in rules.prepositions):
        return False
    before = list(WORD.finditer(text, max(0, words[0].start() - _NOUN_REACH), words[0].start()))
    while before and normal(before[-1].group()) in rules.determiners:
        before.pop()
    return not before or not any(hit.label != "-" and hit.end == before[-1].end()
                                 for hit in rules.triggers.find(text, before[-1].start(), before[-1].end()))


def _last_day(first: date, day: int) -> tuple[date, date] | None:
    """The range from a first day to a later day of its month, or of the next month ("May 30-2")."""
    try:
        last = first.replace(day=day) if day > first.day else date(
            first.year + first.month // 12, first.month % 12 + 1, day)
    except ValueError:
        return None
    return first, last


def _modifies(rules: Rules, text: str, timex: Timex) -> bool:
    """Whether a date stands between a determiner and a noun ("the May 24 launch", "Russia's February 24 invasion")."""
    before = [normal(word) for word in WORD.findall(text, max(0, timex.start - 20), timex.start)[-1:]]
    after = WORD.match(text, timex.end + 1) if text[timex.end : timex.end + 1] == " " else None
    if after is None or not after.group()[0].isalpha():
        return False
    if _COMPOUND.fullmatch(timex.text):
        return True  # "third-quarter results", "the late-November trip": a compound made one word qualifies its noun
    if not before:
        return False
    # an entry that opens with an apostrophe is an ending: "'s" stands for "Russia's"
    return any(before[0] == d or (d[0] == "'" and before[0].endswith(d)) for d in rules.determiners)


def clause_dating(datings: Datings, clause: tuple[int, int], trigger: Hit, perfect: bool = False,
                  reach: int = 0) -> tuple[Timex, Dating] | None:
    """The date in the event's own clause nearest its trigger (its words and dating), or the date the clause tells
    of ("on Thursday, when ..."); a year, decade or century only right beside the trigger (or `reach` characters
    after it: "challenges of the 21st century" further on dates no meeting); a date that qualifies a noun only for
    the event that noun names ("condemned the May 24 launch" is not of May 24), nor one that owns the trigger's object
    ("condemned Thursday's attack"); for a trigger in the present `perfect`, no date it is told since; with a
    `reach`, else one of a relative clause right after the trigger."""
    told_of = datings.told_of(clause[0])
    # "in 1968, when the Soviets invaded": a year the clause tells of is as near as the clause's opening word
    opening = trigger.start - clause[0] <= _COARSE_REACH
    inside = [
        (t, d) for t, d in told_of + datings.within(*clause)
        if (d.precision not in _COARSE or 0 <= t.start - trigger.end <= reach or _distance(t, trigger) <= _COARSE_REACH
            or (opening and (t, d) in told_of))
        and not (perfect and t.start in datings.perfect_bounds)
        and (not datings.modifies(t) or 0 <= trigger.start - t.end <= _MODIFIED_NOUN_REACH)
        and not datings.owns_object(t, d, trigger)
    ]
    # "on June 29 and 30": a later day of a list, written without its month, dates no event apart from the first day
    inside = [(t, d) for t, d in inside if not datings.continues_list(t, d)]
    if not inside:
        return next_clause_dating(datings, clause[1], trigger, reach)
    if not (inside := [(t, d) for t, d in inside if not _closed_relative(datings, clause[0], t, trigger)]):
        return None
    if trigger.label != STATEMENT and datings.rules is not None and (said := next((
            hit for hit in reversed(datings.rules.triggers.find(datings.text, clause[0], trigger.start))
            if hit.label == STATEMENT), None)) is not None:
        # "said Sunday he resigned his position on Saturday": a day right after the reporting verb is the saying's,
        # where the trigger has a day of its own after a preposition, no other act's words between ("agreed to meet
        # on Saturday"), and none only after a noun ("welcomed a call Friday")
        saying = [(t, d) for t, d in inside
                  if 0 <= t.start - said.end <= _MODIFIED_NOUN_REACH and not datings.modifies(t)]
        own = [(t, d) for t, d in inside if (t, d) not in saying and not _other_act(datings, t, trigger)
               and word_before(datings.rules, datings.text, t.start) in datings.rules.prepositions]
        inside = own if saying and own else inside
    return min(inside, key=lambda pair: _distance(pair[0], trigger))


def _closed_relative(datings: Datings, opening: int, timex: Timex, trigger: Hit) -> bool:
    """Whether a date lies in a relative clause set off by commas before its antecedent's verb, the trigger ("Ghonim,
    who was freed Monday after being held for 10 days, said"): the relative clause's act's day."""
    if datings.rules is None:
        return False
    comma = closed_relative(datings.rules, datings.text, opening, trigger.start)
    return comma >= timex.end and "," not in datings.text[timex.end : comma]


def _other_act(datings: Datings, timex: Timex, trigger: Hit) -> bool:
    """Whether the words of another act stand between a trigger and a date ("agreed to meet on Saturday")."""
    start, end = (trigger.end, timex.start) if timex.start >= trigger.end else (timex.end, trigger.start)
    return datings.rules is not None and any(hit.label != "-" for hit in datings.rules.triggers.find(
        datings.text, start, end))


def dated_span(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> tuple[int, int]:
    """The part of a trigger's clause whose dates may be its own: for a reporting trigger, up to the next event of
    what is said ("Officials said the president met Sununu on Sunday": Sunday is the meeting's, not the saying's);
    an event right after the verb, a determiner at most between, is its own object ("told a news conference on
    Tuesday")."""
    if trigger.label != STATEMENT:
        return clause
    if (opening := _said_clause(rules, text, trigger, clause[1])) is not None:
        clause = clause[0], opening
    for hit in rules.triggers.find(text, trigger.end, clause[1]):
        between = (normal(word) for word in WORD.findall(text, trigger.end, hit.start))
        if hit.label != "-" and not all(word in rules.determiners for word in between):
            return clause[0], hit.start
    return clause


def _said_clause(rules: Rules, text: str, trigger: Hit, end: int) -> int | None:
    """Where what a reporting verb says opens with a subject pronoun or a word of an object clause right after the
    verb ("said she sent a plane on Wednesday", "said that on Friday"): the dates from there on are of what is said."""
    if normal(text[trigger.start : trigger.end]) not in rules.reporting:
        return None
    first = WORD.search(text, trigger.end, end)
    if first is None or text[trigger.end : first.start()].strip():
        return None
    said = normal(first.group()) in rules.pronouns or bool(rules.object_clauses.find(text, *first.span()))
    return first.start() if said else None


def _distance(timex: Timex, trigger: Hit) -> int:
    """Characters between a temporal expression and a trigger."""
    return max(timex.start - trigger.end, trigger.start - timex.end, 0)


def recent(day: date | None, published: date | None) -> bool:
    """Whether a day lies within a month before publication (True when either is unknown)."""
    return day is None or published is None or (published - day).days <= _REFERENCE_DAYS


def after(day: date | None, published: date | None) -> bool:
    """Whether a day lies after the publication date (False when either is unknown)."""
    return day is not None and published is not None and day > published


# --- actors and topics -------------------------------------------------------------------------------
