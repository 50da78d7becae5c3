"""Exports: the filtered events as CSV, JSON, Parquet and TimelineJS bytes, exactly as filtered, named after the filter.

Every tabular format escapes text cells that a spreadsheet would run as formulas, as the contract asks of
every download: spreadsheets import JSON and Parquet too.
"""

from __future__ import annotations

import html
import io
import json
import re
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.queries import Filters
from pipeline.store import csv_bytes, escape_formulas

FORMATS = {"CSV": ("csv", "text/csv"), "JSON": ("json", "application/json"),
           "Parquet": ("parquet", "application/vnd.apache.parquet"),
           "TimelineJS": ("timeline.json", "application/json")}
NAME_LIMIT = 120  # characters of a file name's filter part
UNSAFE = re.compile(r"[^\w.-]+")  # what may not stand in a file name (word characters, dots and dashes may)
# TimelineJS dates: which parts of the first day a precision names, and whether the slide spans to the last day.
DATE_PARTS = {"day": (("year", "month", "day"), False), "week": (("year", "month", "day"), True),
              "month": (("year", "month"), False), "quarter": (("year", "month"), True),
              "season": (("year", "month"), True), "half": (("year", "month"), True), "year": (("year",), False)}
COARSEST = (("year",), True)  # decades, centuries: a span of years


def file_name(filters: Filters, extension: str) -> str:
    """`events_Russia_with-Ukraine_2022-02.csv`: the download named after its filter."""
    parts = [*filters.actors, *(f"with-{actor}" for actor in filters.partners), *filters.topics,
             *filters.event_types, *filters.months, *filters.statuses, *filters.outlets,
             *filters.kinds, *filters.languages]
    if filters.date_from or filters.date_to:
        parts.append(f"{filters.date_from or ''}-to-{filters.date_to or ''}".strip("-"))
    if filters.search.strip():
        parts.append(f"q-{filters.search.strip()}")
    stem = "_".join(UNSAFE.sub("-", part).strip("-") for part in ["events", *parts])[:NAME_LIMIT].rstrip("_-")
    return f"{stem}.{extension}"


def to_csv(table: pa.Table) -> bytes:
    """CSV with list cells joined by '; ' and formula-like cells prefixed with ' (the pipeline's own writer)."""
    return csv_bytes(table)


def to_json(table: pa.Table) -> bytes:
    """A JSON array of objects; dates as YYYY-MM-DD, lists as arrays."""
    return json.dumps(escape_formulas(table).to_pylist(), default=str, ensure_ascii=False).encode("utf-8")


def to_parquet(table: pa.Table) -> bytes:
    """Parquet bytes with the table's own schema."""
    buffer = io.BytesIO()
    pq.write_table(escape_formulas(table), buffer)
    return buffer.getvalue()


def to_timelinejs(table: pa.Table, group: str = "actor") -> bytes:
    """TimelineJS's JSON: a slide per event, its evidence as text, its dates at the event's precision, grouped by
    the source actor (or `group="topic"`) so that each makes a row of the timeline."""
    rows = table.to_pylist()
    slides = [_slide(row, group) for row in rows]
    title = {"text": {"headline": "Diplomatic Event Timeline", "text": f"{len(slides):,} events"}}
    return json.dumps({"title": title, "events": slides}, ensure_ascii=False).encode("utf-8")


def _slide(row: dict, group: str) -> dict:
    """One event as a TimelineJS slide."""
    parts, spans = DATE_PARTS.get(row["precision"], COARSEST)
    slide = {"start_date": _date(row["date_start"], parts), "text": {"headline": _headline(row), "text": _text(row)},
             "group": _group(row, group), "unique_id": row["event_id"], "display_date": row["date"]}
    if spans:
        slide["end_date"] = _date(row["date_end"], parts)
    return slide


def _date(day: date, parts: tuple[str, ...]) -> dict:
    """A TimelineJS date object naming only the parts the precision knows (numbers, as its documentation shows)."""
    return {part: getattr(day, part) for part in parts}


def _headline(row: dict) -> str:
    """"CONSULT: Russia → Ukraine" (the event type and who acted on whom), escaped."""
    sources, targets = row.get("source_actors") or [], row.get("target_actors") or []
    who = " → ".join(", ".join(side) for side in (sources, targets) if side) or ", ".join(row.get("actors") or [])
    return html.escape(f"{row['event_type']}: {who}" if who else row["event_type"])


def _text(row: dict) -> str:
    """The evidence sentence and its article (a link only for web addresses), escaped."""
    article = html.escape(f"{row.get('title') or 'article'}")
    url = row.get("url") or ""
    if url.lower().startswith(("http://", "https://")):
        article = f'<a href="{html.escape(url, quote=True)}">{article}</a>'
    outlet = html.escape(row.get("source") or "")
    sentence = html.escape(row.get("sentence") or "")
    return f"<p>{sentence}</p><p>{article} · {outlet} · {row.get('published') or ''}</p>"


def _group(row: dict, group: str) -> str:
    """The slide's row: the source actor (else the first actor) or the topic; "(none)" when there is none."""
    if group == "topic":
        return row.get("topic") or "(none)"
    actors = (row.get("source_actors") or []) or (row.get("actors") or [])
    return actors[0] if actors else "(none)"


WRITERS = {"CSV": to_csv, "JSON": to_json, "Parquet": to_parquet, "TimelineJS": to_timelinejs}
