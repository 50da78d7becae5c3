"""Properties of the temporal tagger on any text: no crash, sound spans, well-formed values, no blow-up."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import timex
from pipeline.model import Timex

ROOT = Path(__file__).resolve().parents[1]

# TIMEX3 values (TimeML 1.2.1 as TempEval-3 uses them): years, decades (199), centuries (20), BC years,
# months, days, ISO weeks and weekends, quarters, halves, seasons, X for unknown digits.
_N = r"(?:X|[0-9])"
_DAY_PART = r"(?:-(?:0[1-9]|1[0-2]|XX)-(?:0[1-9]|[12][0-9]|3[01]|XX)|-W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)-[1-7X])"
_TIME_PART = (r"T(?:MO|AF|EV|NI|DT|XX|(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?)?"
              r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)")
_WITHIN_YEAR = (rf"(?:{_DAY_PART}|-(?:0[1-9]|1[0-2]|XX)|-W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)(?:-WE)?"
                r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))")
DATE_VALUE = rf"(?:BC)?(?:{_N}{{4}}{_WITHIN_YEAR}?|{_N}{{2,3}})"
TIME_VALUE = rf"(?:BC)?{_N}{{4}}{_DAY_PART}{_TIME_PART}"
_AMOUNT = r"(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+|X)"
DURATION_VALUE = (rf"P(?=[0-9.XT])(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|ML))*"
                  rf"(?:T(?=[0-9.X])(?:{_AMOUNT}[HMS])+)?")
REFERENCE = r"(?:PRESENT|PAST|FUTURE)_REF"
VALUES = {
    "DATE": re.compile(rf"{DATE_VALUE}|{REFERENCE}"),
    "TIME": re.compile(rf"{TIME_VALUE}|{REFERENCE}"),
    "DURATION": re.compile(DURATION_VALUE),
    "SET": re.compile(rf"{DURATION_VALUE}|{DATE_VALUE}|{TIME_VALUE}|{_TIME_PART}"),
}


@pytest.mark.parametrize(
    ("kind", "value", "valid"),
    [
        ("DATE", "2021-12-21", True), ("DATE", "2021-W50", True), ("DATE", "2022-01", True),
        ("DATE", "2021-Q4", True), ("DATE", "2021-WI", True), ("DATE", "2022", True), ("DATE", "199", True),
        ("DATE", "20", True), ("DATE", "PRESENT_REF", True), ("DATE", "XXXX-XX-XX", True),
        ("DATE", "2021-W50-WE", True), ("DATE", "BC0499", True), ("DATE", "1989-WXX", True),
        ("TIME", "2021-12-21T15:00", True), ("TIME", "2021-12-21TMO", True), ("TIME", "1998-11-20T19:30Z", True),
        ("DURATION", "P8Y", True), ("DURATION", "PT2H", True), ("DURATION", "P1DE", True),
        ("DURATION", "PXY", True), ("DURATION", "P2.5Y", True), ("DURATION", "P1Y6M", True),
        ("SET", "P1Y", True), ("SET", "XXXX-WXX-1", True), ("SET", "TNI", True),
        ("DATE", "2021-13", False), ("DATE", "2021-12-32", False), ("DATE", "21-12-2021", False),
        ("DATE", "2021-W54", False), ("DATE", "P8Y", False), ("DATE", "", False), ("DATE", "2021-12-21T", False),
        ("TIME", "2021-12-21", False), ("TIME", "2021-12-21T25:00", False),
        ("DURATION", "P", False), ("DURATION", "8Y", False), ("DURATION", "PY8", False), ("DURATION", "PT", False),
        ("DURATION", "2021", False), ("SET", "every year", False), ("DATE", "NOW", False),
    ],
)
def test_value_pattern(kind: str, value: str, valid: bool) -> None:
    assert bool(VALUES[kind].fullmatch(value)) == valid


def check(text: str, published: date | None) -> list[Timex]:
    """Tag the text and assert the properties every result must have."""
    found = timex.tag(text, published)
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text), t
        assert t.start >= previous_end, f"{t} overlaps the expression before it"
        assert t.text == text[t.start:t.end]
        assert t.type in VALUES, t
        assert VALUES[t.type].fullmatch(t.value), f"ill-formed {t.type} value {t.value!r} for {t.text!r}"
        assert t.basis in ("explicit", "relative"), t
        timex.value_span(t.value)
        previous_end = t.end
    return found


WORDS = [
    "January", "Feb.", "march", "March", "May", "may", "June", "Sept", "December", "dec", "Monday", "Tue.",
    "Wednesday", "we", "Sunday", "spring", "summer", "fall", "winter", "today", "yesterday", "tomorrow", "tonight",
    "now", "recently", "future", "past", "present", "day", "days", "week", "weeks", "weekend", "month", "months",
    "quarter", "year", "years", "decade", "decades", "century", "centuries", "hour", "hours", "minutes", "morning",
    "afternoon", "evening", "night", "noon", "midnight", "a.m.", "pm", "GMT", "ago", "later", "earlier", "before",
    "after", "since", "until", "next", "last", "this", "that", "the", "following", "previous", "coming", "early",
    "mid", "mid-", "late", "end", "beginning", "of", "in", "on", "at", "by", "for", "every", "each", "annually",
    "daily", "weekly", "first", "second", "third", "fourth", "two", "eight", "twelve", "dozen", "a", "few", "several",
    "half", "fiscal", "FY", "Q3", "H1", "BC", "AD", "'90s", "1990s", "2000s", "th", "st", "nd", "%", "$", "per",
    "cent", "score", "+", "(", ")", "’", "—",
]
SEPARATORS = [" ", " ", " ", "", "-", "/", ".", ", ", ":", "\n", "\n\n", "'"]
NUMBERS = st.one_of(st.integers(0, 40), st.integers(1000, 2100), st.integers(0, 10**12)).map(str)
DATEISH = st.lists(
    st.tuples(st.one_of(st.sampled_from(WORDS), NUMBERS), st.sampled_from(SEPARATORS)).map("".join),
    max_size=40,
).map("".join)
PUBLISHED = st.one_of(st.none(), st.dates())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), published=PUBLISHED)
def test_any_text(text: str, published: date | None) -> None:
    check(text, published)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DATEISH, published=PUBLISHED)
@example(text="Monday morning ", published=None)  # a part of an unknown day is a TIME, as of a known one
def test_dateish_text(text: str, published: date | None) -> None:
    check(text, published)


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.text(max_size=30), *(st.from_regex(pattern, fullmatch=True) for pattern in VALUES.values())))
def test_value_span_never_raises(value: str) -> None:
    first, last, precision = timex.value_span(value)
    assert (first is None) == (last is None) == (precision is None)
    if first is not None and last is not None:
        assert first <= last


def test_check_sees_expressions() -> None:
    # The generated properties would pass trivially for a tagger that found nothing.
    found = check("Talks began on 21 December 2021.", date(2021, 12, 21))
    assert [(t.text, t.type, t.value) for t in found] == [("21 December 2021", "DATE", "2021-12-21")]


SIZE = 100_000
ADVERSARIAL = {
    "digits": "7" * SIZE,
    "repeated the": "the " * (SIZE // 4),
    "repeated months": "January February March April May June July August September October November December " * 1200,
    "repeated may": "may May " * (SIZE // 8),
    "spaces": " " * SIZE,
    "mixed whitespace": "\n \t\r" * (SIZE // 4),
    "slashes": "1/" * (SIZE // 2),
    "hyphens": "12-" * (SIZE // 3),
    "numbers and units": "12 years 3 months " * (SIZE // 18),
    "one long word": "a" * SIZE,
}


@pytest.fixture(scope="module")
def baseline_seconds() -> float:
    """CPU seconds the tagger takes on ordinary text of the same length: news, or a chronology, whichever is slower."""
    article = (ROOT / "data" / "articles" / "000_23b5830eeb6bd709.txt").read_text(encoding="utf-8")
    # Inputs dense with expressions are slower per character for honest reasons (one result each): the densest
    # adversarial inputs ("may May ...") are measured against prose as dense with months, not against news.
    ordinary = [article, "On 21 December 2021, talks resumed; ", "talks in May and June; "]
    timex.tag("warm-up on 21 December 2021", date(2021, 12, 21))
    return max(_seconds((text * (SIZE // len(text) + 1))[:SIZE]) for text in ordinary)


def _seconds(text: str) -> float:
    """CPU seconds to tag the text: other jobs on the machine do not count, as they would in wall time."""
    start = time.process_time()
    timex.tag(text, date(2021, 12, 21))
    return time.process_time() - start


@pytest.mark.slow
@pytest.mark.parametrize("name", ADVERSARIAL)
def test_adversarial_input_finishes(name: str, baseline_seconds: float) -> None:
    start = time.process_time()
    check(ADVERSARIAL[name][:SIZE], date(2021, 12, 21))
    elapsed = time.process_time() - start
    # A generous guard: catastrophic backtracking is orders of magnitude slower, not a few times.
    assert elapsed < 10 * baseline_seconds, f"{name}: {elapsed:.2f}s against {baseline_seconds:.2f}s for ordinary text"
