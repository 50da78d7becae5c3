"""Publication dates: a metadata date read, an article's dateline, and which source of a date wins."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from pipeline.model import ReadError

MAX_DATE_CHARS = 100  # a metadata "date" longer than this is prose, not worth a dateparser call
EARLIEST_PUBLISHED = date(1800, 1, 1)  # dates outside these bounds are placeholders (0001-01-01, 9999-12-31) or typos
LATEST_PUBLISHED = date(2199, 12, 31)


@lru_cache(maxsize=4096)
def parse_published(value: str) -> date | None:
    """Read a metadata date: ISO 8601 directly, other explicit formats through dateparser; None if implausible."""
    value = value.strip()
    if not value or len(value) > MAX_DATE_CHARS:
        return None
    try:
        found: date | None = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        found = _parse_explicit(value)
    return found if found and EARLIEST_PUBLISHED <= found <= LATEST_PUBLISHED else None


def _parse_explicit(value: str) -> date | None:
    """A date written out in full ("21 Dec 2021"), never a relative one ("yesterday") read against today."""
    import dateparser  # loaded only when a record carries a non-ISO date: it costs a second to import

    settings = {"STRICT_PARSING": True, "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def dateline_date(text: str) -> date | None:
    """The explicit full date of the article's dateline, if its opening lines give one."""
    from pipeline.timex import tag

    head = text[:300]
    for timex in tag(head, None):
        if timex.type == "DATE" and timex.basis == "explicit" and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value):
            return parse_published(timex.value)
    return None


_YEAR = re.compile(r"\b1[89]\d\d\b|\b2[01]\d\d\b")  # texts without a year state no full date: not tagged


def has_time_of_day(metadata: object) -> bool:
    """Whether a metadata date is a timestamp ("2022-06-03T00:54:00Z") rather than a day."""
    return isinstance(metadata, str) and bool(re.match(r"\d{4}-\d\d-\d\d[T ]\d", metadata.strip()))


def local_day(metadata: object, zone: str) -> date | None:
    """The day a timestamp with a UTC offset falls on in a time zone ("2021-05-21T01:10:41+00:00" is May 20 in
    Washington, where a release of that evening says "today"); None for a bare day, a naive time or no zone."""
    if not zone or not has_time_of_day(metadata):
        return None
    try:
        stamp = datetime.fromisoformat(str(metadata).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp.astimezone(ZoneInfo(zone)).date() if stamp.tzinfo is not None else None


def stated_date(title: str) -> date | None:
    """The full date an article's title states ("Department Press Briefing – June 2, 2022"), if any.

    Only the title: the first lines of a text often date what it tells of ("will release ... on July 1").
    """
    return dateline_date(title) if _YEAR.search(title) else None


def date_warning(metadata: object, path: Path, default_id: str) -> ReadError | None:
    """A warning for a metadata date that is given but unusable: the article is kept, the date dropped."""
    if metadata is None or not str(metadata).strip() or parse_published(str(metadata)):
        return None
    shown = str(metadata)[:40]
    return ReadError(
        str(path), "ingest", f"{default_id}: published {shown!r} is not a date from {EARLIEST_PUBLISHED.year} "
        f"to {LATEST_PUBLISHED.year}; ignored, the article is kept"
    )


def resolve_published(
    metadata: object, page_date: date | None, text: str, option: date | None
) -> tuple[date | None, str]:
    """Metadata first, then the page, then the text's dateline, then the command line option."""
    if metadata is not None and (found := parse_published(str(metadata))):
        return found, "metadata"
    if page_date is not None:
        return page_date, "html"
    if found := dateline_date(text):
        return found, "text"
    if option is not None:
        return option, "option"
    return None, "unknown"
