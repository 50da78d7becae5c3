"""Queries: the dashboard's filters and aggregates as parameterised SQL over DuckDB."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd
import pyarrow as pa

OTHER = "(other)"
PRECISE = ("day",)  # what "hide imprecise dates" keeps
LIKE_SPECIAL = "%_\\"  # wildcards and the escape character of a LIKE pattern
FREQUENCIES = ("month", "week")
ROLE_OF = {"any": None, "source": "source", "target": "target"}  # fixed SQL strings, never user input
OPPOSITE = {None: None, "source": "target", "target": "source"}
NONE = "(none)"
COARSE = "coarser date, spread"  # the counts chart's key for events wider than a period
SPREAD_DAYS = 731  # the widest date the counts chart spreads over its periods: two years
TABLE_COLUMNS = (  # in the order the table shows them
    "date", "precision", "actors", "event_type", "topic", "status", "sentence", "date_text", "source", "url",
    "title", "n_sources", "date_start", "date_end", "event_id",
)
SAFE_URL = "CASE WHEN regexp_matches(url, '^https?://', 'i') THEN url END AS url"
# Fixed SQL for each groupable dimension: user values only ever travel as parameters.
DIMENSIONS = {
    "event_type": "event_type",
    "topic": "topic",
    "status": "status",
    "month": "month",
    "actor": "actors[1]",
    "outlet": "source",
    "kind": "kind",
    "language": "language",
}


@dataclass(frozen=True, slots=True)
class Filters:
    """Every dashboard filter; empty means "no restriction". All of them intersect."""

    actors: tuple[str, ...] = ()
    role: str = "any"  # the part `actors` play: "any", "source" or "target"
    partners: tuple[str, ...] = ()  # the other side: with `actors`, a pair (A ↔ B, or A → B by role)
    topics: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    statuses: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # kinds of document (document_kinds.csv)
    languages: tuple[str, ...] = ()  # ISO 639-1 codes
    search: str = ""
    precise_only: bool = False
    with_actors: bool = False


def where(filters: Filters) -> tuple[str, list[object]]:
    """A WHERE clause over `events` and its parameters."""
    clauses: list[str] = []
    params: list[object] = []

    def add(clause: str, *values: object) -> None:
        clauses.append(clause)
        params.extend(values)

    if filters.actors:
        add(*_playing(filters.actors, ROLE_OF[filters.role]))
    if filters.partners:
        add(*_playing(filters.partners, OPPOSITE[ROLE_OF[filters.role]] if filters.actors else None))
    if filters.topics:
        add(_any_of("topics", len(filters.topics)), *filters.topics)
    for column, values in (("event_type", filters.event_types), ("month", filters.months),
                           ("status", filters.statuses), ("source", filters.outlets), ("kind", filters.kinds),
                           ("language", filters.languages)):
        if values:
            add(f"list_contains(?::VARCHAR[], {column})", list(values))
    if filters.date_from:
        add("date_end >= ?", filters.date_from)
    if filters.date_to:
        add("date_start <= ?", filters.date_to)
    if filters.search.strip():
        add(*_search(filters.search.strip()))
    if filters.precise_only:
        add("list_contains(?::VARCHAR[], precision)", list(PRECISE))
    if filters.with_actors:
        add("len(actors) > 0")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _playing(actors: tuple[str, ...], role: str | None) -> tuple[object, ...]:
    """Events where any of `actors` takes part, in `role` when one is given (`source` or `target`)."""
    if role is None:
        return (_any_of("actors", len(actors)), *actors)
    return (f"event_id IN (SELECT event_id FROM event_actors WHERE role = '{role}' AND list_contains(?, actor))",
            list(actors))


def _any_of(column: str, n: int) -> str:
    """`column` (a list) holds any of n parameters; one list_contains each is several times faster than list_has_any."""
    return "(" + " OR ".join([f"list_contains({column}, ?)"] * n) + ")"


def _search(text: str) -> tuple[str, str, str]:
    """Case-insensitive substring search over sentence and title: the clause and its two parameters."""
    if not any(char in text for char in LIKE_SPECIAL):
        # ILIKE with an ESCAPE clause is about 8x slower on a million rows: use it only when it is needed.
        return "(sentence ILIKE ? OR title ILIKE ?)", f"%{text}%", f"%{text}%"
    pattern = "%" + "".join("\\" + char if char in LIKE_SPECIAL else char for char in text) + "%"
    return "(sentence ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\')", pattern, pattern


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> pd.DataFrame:
    """Run a query on its own cursor (the connection is shared between sessions) and return a DataFrame."""
    return con.cursor().execute(sql, params or []).df()


def count(con: duckdb.DuckDBPyConnection, filters: Filters) -> int:
    """How many events the filters keep."""
    clause, params = where(filters)
    return int(con.cursor().execute(f"SELECT count(*) FROM events{clause}", params).fetchone()[0])


def options(con: duckdb.DuckDBPyConnection, field: str, filters: Filters | None = None) -> pd.DataFrame:
    """A filter's choices with their number of events (`value`, `n`), most frequent first, among the filtered events."""
    clause, params = where(filters or Filters())
    kept = f"(SELECT * FROM events{clause})"
    expressions = {
        "actor": f"SELECT actor AS value, count(DISTINCT event_id) AS n FROM event_actors "
                 f"WHERE event_id IN (SELECT event_id FROM {kept}) GROUP BY 1",
        "topic": f"SELECT unnest(topics) AS value, count(*) AS n FROM {kept} GROUP BY 1",
    }
    sql = expressions.get(field) or f"SELECT {DIMENSIONS[field]} AS value, count(*) AS n FROM {kept} GROUP BY 1"
    order = "value" if field == "month" else "n DESC, value"
    return frame(con, f"SELECT * FROM ({sql}) WHERE value IS NOT NULL AND value <> '' ORDER BY {order}", params)


def date_bounds(con: duckdb.DuckDBPyConnection) -> tuple[date, date] | None:
    """The first and last day any event covers, or None when there are no events."""
    first, last = con.cursor().execute("SELECT min(date_start), max(date_end) FROM events").fetchone()
    return (first, last) if first else None


def date_window(con: duckdb.DuckDBPyConnection, filters: Filters, share: float = 0.01) -> tuple[date, date] | None:
    """The span holding all but the earliest and latest `share` of the filtered events: the charts' first view."""
    clause, params = where(filters)
    sql = f"SELECT quantile_disc(date_start, ?), quantile_disc(date_end, ?) FROM events{clause}"
    first, last = con.cursor().execute(sql, [share, 1 - share, *params]).fetchone()
    return (first, last) if first else None


def page(con: duckdb.DuckDBPyConnection, filters: Filters, size: int = 100, number: int = 1) -> pd.DataFrame:
    """One page of the filtered events: newest first within the build's reporting period, later plans after it."""
    clause, params = where(filters)
    # Only web links become clickable: a `javascript:` url from an article must not reach a link cell.
    columns = ", ".join(SAFE_URL if column == "url" else column for column in TABLE_COLUMNS)
    # A plan for 2063 is not the news of the period the build covers: dates past its last article come last.
    sql = (f"SELECT {columns} FROM events{clause} "
           f"ORDER BY date_start > (SELECT max(published) FROM events), date_start DESC, event_id LIMIT ? OFFSET ?")
    return frame(con, sql, [*params, size, size * (number - 1)])


def filtered(con: duckdb.DuckDBPyConnection, filters: Filters) -> pa.Table:
    """Every filtered event with every contract column, its actors by role, its outlet and its kind of document, as
    Arrow (the downloads)."""
    clause, params = where(filters)
    sql = f"""
        WITH kept AS (SELECT * EXCLUDE (month) FROM events{clause}),
        roles AS (
            SELECT event_id,
                   list(actor ORDER BY actor) FILTER (WHERE role = 'source') AS source_actors,
                   list(actor ORDER BY actor) FILTER (WHERE role = 'target') AS target_actors
            FROM event_actors WHERE event_id IN (SELECT event_id FROM kept) GROUP BY event_id
        )
        SELECT kept.* EXCLUDE (kind), coalesce(source_actors, []) AS source_actors,
               coalesce(target_actors, []) AS target_actors, source AS outlet, kind AS document_kind
        FROM kept LEFT JOIN roles USING (event_id) ORDER BY date_start, event_id
    """
    return con.cursor().sql(sql, params=params).to_arrow_table()


def points(
    con: duckdb.DuckDBPyConnection, filters: Filters, lane: str, colour: str, limit: int, lanes: int = 30
) -> pd.DataFrame:
    """The timeline's marks: one row per event with its lane, colour and hover text (at most `limit`)."""
    clause, params = where(filters)
    # `kept` is used twice, so DuckDB materialises it: it carries only the columns the marks need.
    sql = f"""
        WITH kept AS (
            SELECT event_id, date_start, date_end, precision, date, date_text, sentence, title, source,
                   array_to_string(actors, ', ') AS actor_list, coalesce({DIMENSIONS[lane]}, '(none)') AS lane_value,
                   coalesce({DIMENSIONS[colour]}, '(none)') AS colour
            FROM events{clause}
        ),
        busiest AS (SELECT lane_value FROM kept GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?)
        SELECT * EXCLUDE (lane_value),
               CASE WHEN lane_value IN (SELECT lane_value FROM busiest) THEN lane_value ELSE '{OTHER}' END AS lane
        FROM kept ORDER BY date_start, event_id LIMIT ?
    """
    return frame(con, sql, [*params, lanes, limit])


def lane_counts(
    con: duckdb.DuckDBPyConnection, filters: Filters, lane: str, colour: str, freq: str, lanes: int = 30
) -> pd.DataFrame:
    """Events per lane and period with their commonest colour and every colour's count (`lane`, `period`, `colour`,
    `n`, `breakdown`): the zoomed-out view."""
    clause, params = where(filters)
    # Count first, then fold the quieter lanes into OTHER over the small grouped result; one bubble per lane and
    # period (coloured by its commonest value) keeps the browser's work small and the bubbles from overlapping.
    sql = f"""
        WITH grouped AS (
            SELECT coalesce({DIMENSIONS[lane]}, '(none)') AS lane_value, {_period(freq)} AS period,
                   coalesce({DIMENSIONS[colour]}, '(none)') AS colour, count(*) AS n
            FROM events{clause} GROUP BY ALL
        ),
        busiest AS (SELECT lane_value FROM grouped GROUP BY 1 ORDER BY sum(n) DESC, 1 LIMIT ?),
        folded AS (
            SELECT CASE WHEN lane_value IN (SELECT lane_value FROM busiest) THEN lane_value ELSE '{OTHER}' END AS lane,
                   period, colour, sum(n) AS n
            FROM grouped GROUP BY ALL
        )
        SELECT lane, period, arg_max(colour, n) AS colour, sum(n)::BIGINT AS n,
               string_agg(colour || ' ' || n, ' · ' ORDER BY n DESC, colour) AS breakdown
        FROM folded GROUP BY lane, period ORDER BY period, lane
    """
    return frame(con, sql, [*params, lanes])


def counts_over_time(con: duckdb.DuckDBPyConnection, filters: Filters, freq: str, by: str) -> pd.DataFrame:
    """Events per period (`period`, `key`, `n`): those dated within one period stacked by a dimension, the coarser
    ones (a quarter, a year, a week across two months) spread evenly over the periods they cover, under COARSE;
    events dated only to a decade or a century are left out (a thousand slivers of one event say nothing)."""
    clause, params = where(filters)
    sql = f"""
        WITH kept AS (
            SELECT {_period(freq)} AS first, {_period(freq, 'date_end')} AS last, date_start, date_end,
                   coalesce({DIMENSIONS[by]}, '{NONE}') AS key
            FROM events{clause}
        ),
        spread AS (
            SELECT unnest(periods)::DATE AS period, 1.0 / len(periods) AS share
            FROM (SELECT generate_series(first::TIMESTAMP, last::TIMESTAMP, INTERVAL 1 {freq}) AS periods
                  FROM kept WHERE last > first AND date_end - date_start <= {SPREAD_DAYS})
        )
        SELECT first AS period, key, count(*)::DOUBLE AS n FROM kept WHERE last = first GROUP BY ALL
        UNION ALL SELECT period, '{COARSE}' AS key, sum(share) AS n FROM spread GROUP BY ALL
        ORDER BY period, key
    """
    return frame(con, sql, params)


def actor_pairs(
    con: duckdb.DuckDBPyConnection, filters: Filters, limit: int = 15, people: bool = False
) -> pd.DataFrame:
    """Who acts on whom (`source`, `target`, `n` events) among the most active: states and organisations, a person
    counted as their country or organisation unless `people`; sources acting together (talks, meetings with no
    target) count each way."""
    clause, params = where(filters)
    who = "actor" if people else "coalesce(nullif(country, ''), actor)"
    sql = f"""
        WITH kept AS (SELECT event_id FROM events{clause}),
        roles AS (
            SELECT DISTINCT a.event_id, {who} AS actor, a.role FROM event_actors a JOIN kept USING (event_id)
        ),
        targeted AS (SELECT DISTINCT event_id FROM roles WHERE role <> 'source'),
        pairs AS (
            SELECT s.actor AS source, o.actor AS target, count(DISTINCT s.event_id) AS n
            FROM roles s JOIN roles o ON s.event_id = o.event_id AND s.actor <> o.actor
            WHERE s.role = 'source'
              AND (o.role <> 'source' OR (o.role = 'source' AND s.event_id NOT IN (SELECT event_id FROM targeted)))
            GROUP BY ALL
        ),
        top AS (
            SELECT actor FROM (SELECT source AS actor, n FROM pairs UNION ALL SELECT target, n FROM pairs)
            GROUP BY actor ORDER BY sum(n) DESC, actor LIMIT ?
        )
        SELECT * FROM pairs WHERE source IN (SELECT actor FROM top) AND target IN (SELECT actor FROM top)
        ORDER BY n DESC, source, target
    """
    return frame(con, sql, [*params, limit])


def top_actors(con: duckdb.DuckDBPyConnection, filters: Filters, freq: str, limit: int = 8) -> pd.DataFrame:
    """Events per period for the most frequent actors (`period`, `actor`, `n`)."""
    clause, params = where(filters)
    sql = f"""
        WITH kept AS (SELECT event_id, {_period(freq)} AS period FROM events{clause}),
        mentions AS (SELECT DISTINCT k.event_id, k.period, a.actor FROM kept k JOIN event_actors a USING (event_id)),
        top AS (SELECT actor FROM mentions GROUP BY actor ORDER BY count(*) DESC, actor LIMIT ?)
        SELECT period, actor, count(*) AS n FROM mentions WHERE actor IN (SELECT actor FROM top)
        GROUP BY ALL ORDER BY period, actor
    """
    return frame(con, sql, [*params, limit])


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    """One event with its article's file, the words that named each actor and where its date words stand."""
    rows = frame(con, "SELECT e.* EXCLUDE (month, kind), a.path FROM events e LEFT JOIN articles a USING (article_id) "
                      "WHERE e.event_id = ? LIMIT 1", [event_id])
    if rows.empty:
        return None
    record = rows.iloc[0].to_dict()
    words = frame(con, "SELECT actor, role, text FROM event_actors WHERE event_id = ? ORDER BY role, actor", [event_id])
    record["actor_words"] = words.to_dict("records")
    record["date_offset"] = date_offset(con, record)
    return record


def date_offset(con: duckdb.DuckDBPyConnection, record: dict) -> int | None:
    """Where the event's date words stand in its article: the mention in its sentence, else the nearest one."""
    words = record.get("date_text") or ""
    if not words:
        return None
    start = int(record["sentence_start"])
    sql = """SELECT start FROM mentions WHERE article_id = ? AND lower(text) = lower(?)
             ORDER BY (start >= ? AND start < ?) DESC, abs(start - ?) LIMIT 1"""
    found = con.cursor().execute(sql, [record["article_id"], words, start, start + len(record["sentence"]), start])
    row = found.fetchone()
    return int(row[0]) if row else None


def _period(freq: str, column: str = "date_start") -> str:
    """The SQL for the first day of the week or month of an event's first (or last) day (fixed strings only)."""
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown frequency {freq!r}")
    return f"date_trunc('{freq}', {column})::DATE"
