"""De-duplication: one event reported by several articles made one row, month by month, in pieces that fit memory.

Events are staged by month (their duplicates share their date, hence their month) and, within a month, by a
hash bucket of their duplicate key: a month too large to hold is de-duplicated a range of buckets at a time.
The interface: `by_month` tags a batch (in the workers), `MonthParts.append` stages it, `MonthParts.finish`
ends the staging, `joined` gives the pieces raw and de-duplicated.
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import accumulate, groupby
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc

from pipeline import memory, store
from pipeline.lexicon import normal as _normal  # trigger words compared as the trigger lexicon compares them

Tables = dict[str, pa.Table]

KEY = "_key"  # a column that holds the events' duplicate keys where they were computed before


def dedupe(events: pa.Table, event_actors: pa.Table) -> tuple[pa.Table, pa.Table]:
    """One row per event reported by several articles (same date, type and actors), all sources kept.

    The events' duplicate keys are read from their KEY column when they have one (it is dropped).
    """
    if KEY in events.column_names:
        keys = events[KEY].to_pylist()
        events = events.drop_columns([KEY])
    else:
        keys = duplicate_keys(events)
    articles = events["article_id"].to_pylist()
    first: dict[str, int] = {}
    sources: dict[str, set[str]] = defaultdict(set)
    for i in pc.sort_indices(events, sort_keys=_REPORT_ORDER).to_pylist():
        first.setdefault(keys[i], i)  # the earliest report stands for them all
        sources[keys[i]].add(articles[i])
    kept = sorted(first.values())
    merged = [sorted(sources[keys[i]]) for i in kept]
    table = events.take(pa.array(kept, pa.int64()))
    table = _replace(table, "sources", pa.array(merged, pa.list_(pa.string())))
    table = _replace(table, "n_sources", pa.array([len(ids) for ids in merged], pa.int64()))
    return table, event_actors.filter(pc.is_in(event_actors["event_id"], value_set=table["event_id"]))


# The earliest report first; one of unknown date last.
_REPORT_ORDER = [(name, "ascending", "at_end") for name in ("published", "article_id", "sentence_start")]


def duplicate_keys(events: pa.Table) -> list[str]:
    """What makes two reports one event: day, type and actor set, or, for a coarser date, the trigger words too.

    "2021 AID United States" is many stories; an event without actors is its own.
    """
    names = ("event_id", "date", "precision", "event_type", "actors", "trigger")
    columns = (events[name].to_pylist() for name in names)
    return [
        f"{day}|{kind}|{'|'.join(sorted(actors))}" + ("" if precision == "day" else f"|{_normal(trigger or '')}")
        if actors and day else f"id:{event_id}"
        for event_id, day, precision, kind, actors, trigger in zip(*columns)
    ]


def _replace(table: pa.Table, name: str, column: pa.Array) -> pa.Table:
    """The table with one column's values replaced."""
    return table.set_column(table.schema.get_field_index(name), name, column)


UNDATED = "undated"  # the month of events without a date
BUCKETS = 1024  # hash buckets of the duplicate key: a month too large to hold is de-duplicated a range at a time
BUCKET = "_bucket"  # the staged column that holds an event's bucket
MONTH = "_month"  # the column that holds an event's month until it is staged in that month


def month_of(day: date | None) -> str:
    """The partition of an event dated `day`: YYYY/MM, or UNDATED."""
    return f"{day.year:04d}/{day.month:02d}" if day else UNDATED


def by_month(events_table: pa.Table, actors_table: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Events and their actors tagged with their event's month and bucket, the events with their duplicate key."""
    # Called in the workers: the main process only groups the rows (MonthParts) and reads the keys (dedupe).
    month = pa.array([month_of(day) for day in events_table["date_start"].to_pylist()], pa.string())
    keys = duplicate_keys(events_table)
    # every report of one event has the same key, hence the same bucket
    bucket = pa.array([zlib.crc32(key.encode("utf-8")) % BUCKETS for key in keys], pa.int16())
    event_of_actor = pc.index_in(actors_table["event_id"], value_set=events_table["event_id"])
    return (
        events_table.append_column(KEY, pa.array(keys, pa.string()))
        .append_column(MONTH, month).append_column(BUCKET, bucket),
        actors_table.append_column(MONTH, month.take(event_of_actor)).append_column(BUCKET, bucket.take(event_of_actor)),
    )


class StoredBatch(NamedTuple):
    """A month's rows staged on disk: one record batch of a file."""

    path: Path
    index: int


Part = StoredBatch | pa.Table  # a month's rows from one batch of events, on disk or held in memory


class MonthParts:
    """Events and their actors staged in one folder per month, so that each month is de-duplicated alone."""

    BATCH_ROWS = 50_000  # events held in memory (under 100 MB) before they go to disk, a record batch per month
    PIECE_ROWS = 20_000  # events de-duplicated at once (about 100 MB): a larger month is read a bucket range at a time

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.held: dict[str, list[pa.Table]] = {"events": [], "event_actors": []}  # tagged by `by_month`
        self.held_events = 0
        self.spills = 0
        self.parts: dict[tuple[str, str], list[Part]] = defaultdict(list)  # (table, month) -> its parts
        self.counts: Counter[str] = Counter()  # month -> events staged
        self.ranges: dict[tuple[str, str], dict[range, Path]] = {}  # (table, month) -> a file per bucket range

    def append(self, events_table: pa.Table, actors_table: pa.Table) -> None:
        """Stage events and their actors, tagged by `by_month`."""
        self.held["events"].append(events_table)
        self.held["event_actors"].append(actors_table)
        self.held_events += events_table.num_rows
        if self.held_events >= self.BATCH_ROWS:
            self._part(on_disk=True)

    def finish(self) -> None:
        """Stage the last events held, in memory, and split each month too large to de-duplicate at once."""
        self._part(on_disk=False)
        for month in self.months():
            if len(ranges := self.pieces(month)) > 1:
                for table in ("events", "event_actors"):
                    self._split(table, month, ranges)

    def _part(self, on_disk: bool) -> None:
        """Split the held events and actors by month, into parts written to disk or kept in memory."""
        for table, held in self.held.items():
            if not held or not (rows := pa.concat_tables(held)).num_rows:
                continue
            months = rows[MONTH].to_pylist()
            order = sorted(range(len(months)), key=months.__getitem__)  # stable: a month's rows keep their order
            rows = rows.drop_columns([MONTH]).combine_chunks()  # one chunk: else each take below joins them anew
            runs = [(month, sum(1 for _ in run)) for month, run in groupby(months[i] for i in order)]
            starts = accumulate((size for _, size in runs), initial=0)
            # taken, not sliced from one sorted table: Arrow writes a slice of a list of strings with the
            # strings before it, and a slice in memory keeps the whole table alive
            month_rows = [rows.take(pa.array(order[start : start + size], pa.int64()))
                          for start, (_, size) in zip(starts, runs)]
            parts = self._stored(month_rows, table) if on_disk else month_rows
            for (month, size), part in zip(runs, parts):
                if table == "events":
                    self.counts[month] += size
                self.parts[table, month].append(part)
        self.held = {table: [] for table in self.held}
        self.held_events = 0
        self.spills += 1
        memory.release_freed_memory()

    def _stored(self, month_rows: list[pa.Table], table: str) -> list[StoredBatch]:
        """Each month's rows written to one file, a record batch each: a file per month would make thousands."""
        path = self.folder / table / f"{self.spills:08d}.arrow"
        path.parent.mkdir(parents=True, exist_ok=True)
        with _staged_file(path, month_rows[0].schema) as writer:
            for part in month_rows:  # one record batch a month: its index is where the part is found
                writer.write_batch(part.combine_chunks().to_batches()[0])
        return [StoredBatch(path, index) for index in range(len(month_rows))]

    def _split(self, table: str, month: str, ranges: list[range]) -> None:
        """Rewrite a month's parts as one file per bucket range, in their order.

        Read whole, each part would be read once per range: as often as the month has pieces, which grow
        with the input, so that a build's cost would grow with the square of its size.
        """
        if not (parts := self.parts.pop((table, month), [])):
            return
        paths = [self.folder / table / month / f"range-{buckets.start:04d}.arrow" for buckets in ranges]
        paths[0].parent.mkdir(parents=True, exist_ok=True)
        writers: list[ipc.RecordBatchFileWriter] = []
        try:
            for part in parts:
                rows = _loaded(part)
                writers = writers or [_staged_file(path, rows.schema) for path in paths]
                for writer, buckets in zip(writers, ranges):
                    writer.write_table(_in_buckets(rows, buckets))
        finally:
            for writer in writers:
                writer.close()
        self.ranges[table, month] = dict(zip(ranges, paths))

    def months(self) -> list[str]:
        """Every month that has events, in order (the undated partition alone when there are none)."""
        return sorted(self.counts) or [UNDATED]

    def pieces(self, month: str) -> list[range]:
        """The bucket ranges a month is de-duplicated in: one, unless it holds more than PIECE_ROWS events."""
        count = max(1, -(-self.counts[month] // self.PIECE_ROWS))
        bounds = [BUCKETS * k // count for k in range(count + 1)]
        return [range(low, high) for low, high in zip(bounds, bounds[1:])]

    def read(self, table: str, month: str, buckets: range = range(BUCKETS)) -> pa.Table:
        """A month's staged rows of a table whose events fall in a range of buckets (events with their keys)."""
        if (table, month) in self.ranges:
            return _loaded(self.ranges[table, month][buckets]).drop_columns([BUCKET])
        parts = [_in_buckets(_loaded(part), buckets) for part in self.parts.get((table, month), [])]
        return pa.concat_tables(parts).drop_columns([BUCKET]) if parts else store.SCHEMAS[table].empty_table()


def _staged_file(path: Path, schema: pa.Schema) -> ipc.RecordBatchFileWriter:
    """A writer of a staged file of a month's rows."""
    # Arrow's own format, uncompressed, not Parquet: a month is staged as many small batches, each written
    # once and read once, and decoding or decompressing costs per buffer, not per byte. Arrow writes them
    # ten times and reads them five times as fast; they take four times Parquet's space, for the build's time.
    return ipc.new_file(path, schema)


def _loaded(part: Part | Path) -> pa.Table:
    """A staged part, or a whole staged file, read from disk if it went there."""
    if isinstance(part, pa.Table):
        return part
    if isinstance(part, StoredBatch):
        with pa.OSFile(str(part.path)) as file:
            return pa.Table.from_batches([ipc.open_file(file).get_batch(part.index)])
    with pa.OSFile(str(part)) as file:
        return ipc.open_file(file).read_all()


def _in_buckets(part: pa.Table, buckets: range) -> pa.Table:
    """The rows of a staged part whose events fall in a range of buckets."""
    if len(buckets) == BUCKETS:  # a month read in one piece: every row
        return part
    bucket = part[BUCKET]
    return part.filter(pc.and_(pc.greater_equal(bucket, buckets.start), pc.less(bucket, buckets.stop)))


def pieces(months: MonthParts) -> Iterator[tuple[str, Tables]]:
    """Each month's staged events and actors, a piece at a time (by table)."""
    for month in months.months():
        for buckets in months.pieces(month):
            yield month, {table: months.read(table, month, buckets) for table in ("events", "event_actors")}


def _deduplicated(raw: Tables) -> Tables:
    """Staged events and actors, de-duplicated (by table)."""
    return dict(zip(raw, dedupe(raw["events"], raw["event_actors"])))


def joined(months: MonthParts, rows: int) -> Iterator[tuple[Tables, Tables]]:
    """Consecutive pieces joined until they hold `rows` events, raw and de-duplicated: fewer, larger steps.

    Duplicates share their date, so they always share a month and a bucket: de-duplicated together,
    pieces give what each gives alone.
    """
    held: list[Tables] = []
    count = 0
    for _, raw in pieces(months):
        held.append(raw)
        count += raw["events"].num_rows
        if count >= rows:
            yield _joined_and_deduplicated(held)
            held, count = [], 0
    if held:
        yield _joined_and_deduplicated(held)


def _joined_and_deduplicated(held: list[Tables]) -> tuple[Tables, Tables]:
    """Pieces as one set of tables, raw and de-duplicated."""
    raw = {table: pa.concat_tables([piece[table] for piece in held]) for table in held[0]}
    return raw, _deduplicated(raw)
