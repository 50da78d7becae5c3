"""Properties of the edges: any bytes read as articles or errors, any text through CSV and back, dates sane."""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from pipeline import ingest, store
from pipeline.model import Article, ReadError
from pipeline.timex import tag, value_span

# FUZZ_EXAMPLES=100000 turns these properties into a fuzzing session (bench/fuzz_ingest.py).
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # the contract's list, kept apart from the code's own
ORIGINS = {"metadata", "html", "text", "option", "unknown"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
# TIMEX3 values: dates to the minute or part of day, weeks and weekdays, quarters, seasons, decades, durations.
TIMEX_VALUE = re.compile(
    r"(\d{4}|XXXX)(-(\d\d|XX)(-(\d\d|XX)(T\d\d(:\d\d)?|T(MO|AF|EV|NI))?)?|-W(\d\d|XX)(-[1-7]|-WE)?|-Q[1-4X]"
    r"|-(SP|SU|FA|WI))?|\d{1,3}|P(?!$)((\d+(\.\d+)?|X)[YMWD])*(T((\d+(\.\d+)?|X)[HMS])+)?|PRESENT_REF|PAST_REF|FUTURE_REF"
)
KEYS = st.sampled_from(["text", "id", "title", "published", "source", "url", "language", "other"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40) | st.sampled_from(
        ["2021-12-21", "December 21, 2021", "0000-00-00", "February 30, 2021", "yesterday", "javascript:x"]
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=12,
)
TEXTS = st.text(max_size=300) | st.sampled_from(["", " ", "=SUM(A1)", "VIENNA, March 4, 2022 - Talks.", "<p>x</p>"])
_WORK = tempfile.TemporaryDirectory(prefix="io-properties-")  # removed when the test run ends
WORK = Path(_WORK.name)


@st.composite
def article_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name and bytes: random, text in some encoding, or a format's shape with fuzzed contents."""
    suffix = draw(st.sampled_from(sorted(ingest.ARTICLE_SUFFIXES)))
    shape = draw(st.sampled_from(["bytes", "text", "json", "jsonl", "csv", "markup"]))
    if shape == "bytes":
        data = draw(st.binary(max_size=1000))
    elif shape == "text":
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
        data = draw(TEXTS).encode(encoding, errors="replace")
    elif shape in ("json", "jsonl"):
        records = draw(st.lists(JSON_VALUES, max_size=4))
        data = ("\n".join(map(json.dumps, records)) if shape == "jsonl" else json.dumps(records)).encode()
    elif shape == "csv":
        header = ",".join(draw(st.lists(KEYS, min_size=1, max_size=4)))
        rows = draw(st.lists(st.lists(TEXTS, max_size=5).map(lambda cells: ",".join(map(json.dumps, cells))), max_size=4))
        data = "\n".join([header, *rows]).encode()
    else:
        item = "<item><title>{}</title><description>{}</description><pubDate>{}</pubDate></item>"
        items = draw(st.lists(st.tuples(TEXTS, TEXTS, TEXTS).map(lambda t: item.format(*t)), max_size=3))
        data = f'<?xml version="1.0"?><rss version="2.0"><channel>{"".join(items)}</channel></rss>'.encode()
    cut = draw(st.integers(min_value=0, max_value=len(data)))
    return suffix, data[:cut] if draw(st.booleans()) else data


@PROPERTY
@given(article_files())
@example((".txt", b"\xff\xfe" + bytes(range(256))))
@example((".rss", b'<rss><channel><item><description>&lt;!-- c --&gt;</description></item></channel></rss>'))
@example((".json", b'{"text": "x", "n": ' + b"1" * 5000 + b"}"))
@example((".atom", b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><updated>0000-01-01T00:00:00Z</updated>'
          b"<content>x</content></entry></feed>"))
def test_readers_turn_any_bytes_into_articles_or_errors(file: tuple[str, bytes]) -> None:
    suffix, data = file
    path = WORK / f"fuzz{suffix}"
    path.write_bytes(data)
    for record in ingest.read_path(path):
        if isinstance(record, ReadError):
            assert record.path.startswith(str(path)) and record.message
            assert not record.message.startswith(ingest.UNEXPECTED), record.message
        else:
            assert isinstance(record, Article) and record.text.strip()
            assert len(record.text) <= ingest.MAX_ARTICLE_CHARS and record.published_from in ORIGINS
            assert record.published is None or ingest.EARLIEST_PUBLISHED <= record.published <= ingest.LATEST_PUBLISHED
            assert not re.match(r"(?i)\s*(javascript|data|file|vbscript):", record.url)


TEXT_COLUMNS = [name for name, kind in zip(store.SCHEMAS["events"].names, store.SCHEMAS["events"].types)
                if str(kind) == "string"]
LIST_COLUMNS = [name for name, kind in zip(store.SCHEMAS["events"].names, store.SCHEMAS["events"].types)
                if str(kind).startswith("list")]
CELLS = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30) | st.sampled_from(
    ["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "'=x", "a,b", 'say "no"', "line\nbreak", "", " "]
)


def spreadsheet_safe(cell: str) -> str:
    """What a text cell must read as in the CSV: itself, or itself after a ' when it would start a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


@PROPERTY
@given(st.lists(st.tuples(st.lists(CELLS, min_size=len(TEXT_COLUMNS), max_size=len(TEXT_COLUMNS)),
                          st.lists(st.lists(CELLS, max_size=3), min_size=len(LIST_COLUMNS), max_size=len(LIST_COLUMNS))),
                min_size=1, max_size=5))
def test_csv_round_trips_any_text_with_formulas_escaped(rows: list[tuple[list[str], list[list[str]]]]) -> None:
    records = [dict(zip(TEXT_COLUMNS, texts)) | dict(zip(LIST_COLUMNS, lists)) for texts, lists in rows]
    data = pa.Table.from_pylist(records, schema=store.SCHEMAS["events"])
    back = pd.read_csv(io.BytesIO(store.csv_bytes(data)), dtype=str, keep_default_na=False)
    assert list(back.columns) == store.SCHEMAS["events"].names and len(back) == len(records)
    for number, record in enumerate(records):
        for column in TEXT_COLUMNS:
            assert back.loc[number, column] == spreadsheet_safe(record[column]), column
        for column in LIST_COLUMNS:
            assert back.loc[number, column] == spreadsheet_safe(store.LIST_SEPARATOR.join(record[column])), column


@PROPERTY
@given(st.text(max_size=120) | st.dates().map(date.isoformat) | st.dates().map(lambda d: d.strftime("%B %d, %Y")))
@example("9999-12-31")
@example("yesterday")
def test_parse_published_gives_a_plausible_date_or_none(value: str) -> None:
    found = ingest.parse_published(value)
    assert found is None or ingest.EARLIEST_PUBLISHED <= found <= ingest.LATEST_PUBLISHED


@PROPERTY
@given(st.text(max_size=200), st.dates().map(lambda d: d.strftime("%d %B %Y")) | st.sampled_from(
    ["February 30, 2021", "31/31/2021", "0000-00-00", "Dec. 31, 9999", "in the year 99999"]))
def test_dateline_gives_a_plausible_date_or_none(text: str, dateline: str) -> None:
    found = ingest.dateline_date(f"VIENNA, {dateline} - {text}")
    assert found is None or ingest.EARLIEST_PUBLISHED <= found <= ingest.LATEST_PUBLISHED


@PROPERTY
@given(st.text(max_size=200) | st.lists(st.sampled_from(
    ["on", "March", "4", "2022", "next", "week", "the", "1990s", "12/03/2021", "-", "Q3", "since", "last", "year",
     "two", "days", "ago", "every", "Monday", "at", "3", "p.m.", "2021-02-30", ",", "February", "29", "early"]
)).map(" ".join), st.none() | st.dates(min_value=date(1800, 1, 1), max_value=date(2199, 12, 31)))
def test_tagger_offsets_types_and_values_are_well_formed(text: str, published: date | None) -> None:
    for found in tag(text, published):
        assert text[found.start : found.end] == found.text and found.type in TIMEX_TYPES
        assert TIMEX_VALUE.fullmatch(found.value), found.value
        value_span(found.value)


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2021",
        "31/31/2021",
        "0000-00-00",
        "in the year 99999",
        "2021-13-45",
        "29 February 2021",
    ],
)
def test_tagger_never_gives_an_impossible_day(text: str) -> None:
    for found in tag(f"The envoys met on {text}.", date(2021, 12, 21)):
        if re.fullmatch(r"\d{4}-\d\d-\d\d", found.value):
            assert value_span(found.value)[2] == "day", found


@pytest.mark.parametrize(("published", "value"), [(date(2021, 3, 5), "XXXX-02-29"), (date(2020, 3, 5), "2020-02-29")])
def test_a_leap_day_without_its_year_is_never_put_in_a_common_year(published: date, value: str) -> None:
    [found] = tag("The envoys met on February 29.", published)
    assert found.value == value


@pytest.mark.parametrize("text", ["the '90s", "in '95"])
def test_two_digit_years_in_the_first_century_stay_well_formed(text: str) -> None:
    for found in tag(text, date(79, 1, 1)):
        assert re.fullmatch(r"\d{3,4}", found.value), found
