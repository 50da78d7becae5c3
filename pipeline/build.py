"""Build: run every stage over a folder of articles and write the contract's tables."""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import shutil
import time
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache, partial
from itertools import accumulate, groupby
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

# The stages are imported here, before any fork, so that worker processes share them.
from pipeline import actors, events, ingest, limits, sentences, store, timex
from pipeline.model import Article, ReadError, Timex

CHUNK_SIZE = 32  # articles per task sent to a worker: large enough to amortise the hand-over

Progress = Callable[[int, int], None]
Rows = dict[str, list[dict]]
Tables = dict[str, pa.Table]
ANALYSED_TABLES = ("mentions", "analysed")  # the tables of a batch staged as they come; events go by month


@dataclass(slots=True)
class Batch:
    """A chunk's results: its tables in Arrow (events and their actors tagged by month), its errors as rows."""

    tables: Tables
    errors: list[dict] = field(default_factory=list)


@dataclass(slots=True)
class Summary:
    """What a build did, for the closing line and for callers."""

    articles: int = 0
    events: int = 0
    errors: int = 0
    seconds: float = 0.0
    reused: int = 0
    error_rows: list[ReadError] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary printed at the end of a build."""
        reused = f" ({self.reused:,} unchanged)" if self.reused else ""
        return (
            f"{self.articles:,} articles{reused}, {self.events:,} events, {self.errors:,} errors "
            f"in {self.seconds:.1f} s"
        )


# --- one article -------------------------------------------------------------------------------------


def analyse(article: Article) -> Rows:
    """Run the stages on one article; a stage that fails becomes an errors row, not a crash."""
    stage = "timex"
    try:
        with limits.time_budget(limits.ARTICLE_SECONDS):  # a runaway pattern costs one article, not the build
            timexes = timex.tag(article.text, article.published, article.language)
            stage = "sentences"
            spans = sentences.split(article.text)
            stage = "actors"
            mentions = actors.find_actors(article.text, article.published, spans)
            stage = "events"
            event_rows, actor_rows = events.extract_events(article, timexes, mentions, spans)
    except Exception as error:  # one article's failure must not stop the build
        message = f"{article.article_id}: {type(error).__name__}: {error}"
        return {"errors": [error_row(ReadError(article.path, stage, message))]}
    return {
        "mentions": mention_rows(article, timexes),
        "events": event_rows,
        "event_actors": actor_rows,
        "analysed": [{"article_id": article.article_id, "fingerprint": fingerprint(article)}],
    }


def analyse_chunk(chunk: list[Article]) -> Batch:
    """Analyse a chunk of articles (the unit of work sent to a worker process), its rows made Arrow tables."""
    # Converted here, in the worker, the rows cost the main process neither their unpickling (dates and
    # dicts are slow to rebuild, Arrow buffers are not) nor their conversion: most of its work.
    results = [analyse(article) for article in chunk]
    rows = {table: [row for result in results for row in result.get(table, [])]
            for table in ("events", "event_actors", *ANALYSED_TABLES, "errors")}
    tables = {table: pa.Table.from_pylist(rows[table], schema=_schemas(table)[table]) for table in ANALYSED_TABLES}
    tables["events"], tables["event_actors"] = by_month(
        pa.Table.from_pylist(rows["events"], schema=store.SCHEMAS["events"]),
        pa.Table.from_pylist(rows["event_actors"], schema=store.SCHEMAS["event_actors"]),
    )
    return Batch(tables, rows["errors"])


def article_row(article: Article) -> dict:
    """The articles table's row for an article."""
    return {
        "article_id": article.article_id,
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "published_from": article.published_from,
        "language": article.language,
        "n_chars": len(article.text),
        "sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
    }


def mention_rows(article: Article, timexes: list[Timex]) -> list[dict]:
    """The mentions table's rows: every temporal expression with the days its value covers."""
    rows = []
    for number, found in enumerate(timexes, 1):
        first, last, precision = timex.value_span(found.value)
        rows.append(
            {
                "article_id": article.article_id,
                "mention_id": f"{article.article_id}#t{number}",
                "text": found.text,
                "start": found.start,
                "end": found.end,
                "type": found.type,
                "value": found.value,
                "date_start": first,
                "date_end": last,
                "precision": precision,
            }
        )
    return rows


def error_row(error: ReadError) -> dict:
    """The errors table's row for a file or record that could not be used."""
    return {"path": error.path, "stage": error.stage, "message": error.message}


# --- reading -----------------------------------------------------------------------------------------


def read_articles(
    files: Iterable[Path], published: date | None, on_error: Callable[[ReadError], None], on_file: Callable[[Path], None]
) -> Iterator[Article]:
    """Every article of the files, with unique ids; errors go to on_error as they are met."""
    seen: dict[str, int] = {}
    for path in files:
        for record in ingest.read_path(path, published):
            if isinstance(record, ReadError):
                on_error(record)
            else:
                yield _unique(record, seen)
        on_file(path)


def _unique(article: Article, seen: dict[str, int]) -> Article:
    """The article, its id suffixed when an earlier article of the run took it."""
    count = seen.get(article.article_id, 0) + 1
    seen[article.article_id] = count
    return article if count == 1 else replace(article, article_id=f"{article.article_id}~{count}")


def chunked(articles: Iterable[Article], size: int = CHUNK_SIZE) -> Iterator[list[Article]]:
    """Articles in lists of `size`, the last one shorter."""
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# An article that takes every stage through its language resources.
_WARM_UP = Article("warm-up", "", "", "Talks between Russia and NATO resumed in Geneva on Monday, 21 December 2021.",
                   date(2021, 12, 21), "option")


def prepare_stages() -> None:
    """Load every stage's language resources in this process, before worker processes are forked from it."""
    # Resources load on first use. Loaded here, the forked workers share them instead of each loading its
    # own: the tagger's grammar alone takes over half a second to compile, and Arrow imports pandas (a
    # third of a second) the first time it converts rows.
    analyse_chunk([_WARM_UP])


def analysed(chunks: Iterable[list[Article]], workers: int) -> Iterator[Batch]:
    """Analyse chunks on `workers` processes, a bounded number in flight, results in input order."""
    if workers <= 1:
        yield from map(analyse_chunk, chunks)
        return
    prepare_stages()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future] = deque()
        for chunk in chunks:
            pending.append(pool.submit(analyse_chunk, chunk))
            if len(pending) >= 2 * workers:  # keeps memory flat however large the input
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


# --- incremental rebuilds ---------------------------------------------------------------------------

CACHE = "cache"  # DIR/cache/: per-article results before de-duplication, for incremental rebuilds


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """A digest of the pipeline's code and language resources: results cached under other rules are stale."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix != ".pyc" and "eval" not in path.relative_to(package).parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(article: Article) -> str:
    """What an article's results depend on: its text, its metadata and the rules in force."""
    parts = (article.text, str(article.published), article.title, article.source, article.url, rules_digest())
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def previous_fingerprints(out: Path) -> dict[str, str]:
    """Article id -> fingerprint of the articles an earlier build of `out` analysed."""
    path = out / CACHE / "analysed.parquet"
    if not path.exists():
        return {}
    table = pq.read_table(path)
    return dict(zip(table.column("article_id").to_pylist(), table.column("fingerprint").to_pylist()))


def previous_rows(out: Path, article_ids: set[str]) -> Batch | None:
    """The earlier build's mentions, events and event actors of the given articles (None for no articles)."""
    if not article_ids:
        return None
    wanted = [("article_id", "in", sorted(article_ids))]  # read only those rows, not whole tables
    events_table = pq.read_table(out / CACHE / "events.parquet", filters=wanted, schema=store.SCHEMAS["events"])
    event_ids = sorted(set(events_table["event_id"].to_pylist()))
    actors_table = (
        pq.read_table(out / CACHE / "event_actors.parquet", filters=[("event_id", "in", event_ids)],
                      schema=store.SCHEMAS["event_actors"])
        if event_ids else store.SCHEMAS["event_actors"].empty_table()
    )
    mentions = pq.read_table(out / "mentions.parquet", filters=wanted, schema=store.SCHEMAS["mentions"])
    return Batch({"mentions": mentions, **dict(zip(("events", "event_actors"), by_month(events_table, actors_table)))})


# --- writing -----------------------------------------------------------------------------------------


class Staging:
    """Tables written batch by batch in a hidden folder of the output, moved into place at the end."""

    PREFIX = ".staging-"
    BATCH_ROWS = 20_000  # rows held per table before they go to disk: converting tiny batches is slow

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(f"{self.PREFIX}*"):  # left by a build that was killed
            shutil.rmtree(stale, ignore_errors=True)
        self.folder = out / f"{self.PREFIX}{os.getpid()}"
        self.folder.mkdir()
        self.buffers: dict[str, list[list[dict] | pa.Table]] = {}  # rows made in this process, tables from workers
        self.counts: Counter[str] = Counter()  # rows buffered, by table
        self.writers: dict[str, pq.ParquetWriter] = {}

    def append(self, table: str, rows: list[dict] | pa.Table) -> None:
        """Add rows to a staged table: dicts, or an Arrow table of its schema."""
        if not len(rows):
            return
        buffer = self.buffers.setdefault(table, [])
        if isinstance(rows, pa.Table):
            buffer.append(rows)
        elif buffer and isinstance(buffer[-1], list):
            buffer[-1].extend(rows)
        else:
            buffer.append(list(rows))
        self.counts[table] += len(rows)
        if self.counts[table] >= self.BATCH_ROWS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        """Write a table's buffered rows to its staged file."""
        buffer = self.buffers.pop(table, [])
        if not self.counts.pop(table, 0):
            return
        schema = _schemas(table)[table]
        if table not in self.writers:
            self.writers[table] = pq.ParquetWriter(self.folder / f"{table}.parquet", schema)
        parts = [part if isinstance(part, pa.Table) else pa.Table.from_pylist(part, schema=schema) for part in buffer]
        self.writers[table].write_table(pa.concat_tables(parts))

    def finish(self, table: str) -> Path | None:
        """Close a staged table's file and return its path (None when nothing was staged)."""
        self._flush(table)
        writer = self.writers.pop(table, None)
        if writer is None:
            return None
        writer.close()
        return self.folder / f"{table}.parquet"

    def discard(self) -> None:
        """Remove everything staged."""
        for writer in self.writers.values():
            writer.close()
        self.writers.clear()
        shutil.rmtree(self.folder, ignore_errors=True)


def _schemas(table: str) -> dict:
    """The schema family a staged table belongs to: the contract's tables or the cache's."""
    return store.CACHE_SCHEMAS if table == "analysed" else store.SCHEMAS


UNDATED = "undated"  # the month of events without a date
BUCKETS = 1024  # hash buckets of the duplicate key: a month too large to hold is de-duplicated a range at a time
BUCKET = "_bucket"  # the staged column that holds an event's bucket
MONTH = "_month"  # the column that holds an event's month until it is staged in that month


def use_system_allocator() -> None:
    """Let Arrow allocate through malloc, which hands freed memory back to the system."""
    # Arrow's default mimalloc pool keeps the pages of every month de-duplicated so far: the build's
    # memory would grow with its input instead of staying at one piece's worth.
    pa.set_memory_pool(pa.system_memory_pool())


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """The C library's malloc_trim, where it has one (glibc)."""
    return getattr(ctypes.CDLL(ctypes.util.find_library("c")), "malloc_trim", None)


def release_freed_memory() -> None:
    """Hand the memory freed inside malloc's heap back to the system."""
    # glibc returns only the top of its heap by itself: the pages a flushed batch freed in the middle
    # stay resident, and the build's memory grows with its input (70 MB of 450 at 5,000 articles).
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def month_of(day: date | None) -> str:
    """The partition of an event dated `day`: YYYY/MM, or UNDATED."""
    return f"{day.year:04d}/{day.month:02d}" if day else UNDATED


def by_month(events_table: pa.Table, actors_table: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Events and their actors tagged with their event's month and bucket, the events with their duplicate key."""
    # Called in the workers: the main process only groups the rows (MonthParts) and reads the keys (events.dedupe).
    month = pa.array([month_of(day) for day in events_table["date_start"].to_pylist()], pa.string())
    keys = events.duplicate_keys(events_table)
    # every report of one event has the same key, hence the same bucket
    bucket = pa.array([zlib.crc32(key.encode("utf-8")) % BUCKETS for key in keys], pa.int16())
    event_of_actor = pc.index_in(actors_table["event_id"], value_set=events_table["event_id"])
    return (
        events_table.append_column(events.KEY, pa.array(keys, pa.string()))
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
        release_freed_memory()

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


def write_outputs(staging: Staging, months: MonthParts, out: Path) -> int:
    """De-duplicate the events, write every table and the cache, move them into place.

    Only a few pieces of months are in memory at a time (see `joined`). Returns the number of events kept.
    """
    ready = staging.folder / "ready"
    (ready / CACHE).mkdir(parents=True)
    kept = _write_events(months, ready)
    for table in ("articles", "mentions", "errors"):
        _finish(staging, table, ready / f"{table}.parquet")
    _finish(staging, "analysed", ready / CACHE / "analysed.parquet")
    for name in ("events.parquet", "event_actors.parquet", "articles.parquet", "mentions.parquet", "errors.parquet"):
        os.replace(ready / name, out / name)
        shutil.rmtree(out / name.removesuffix(".parquet"), ignore_errors=True)  # an earlier partitioned copy
    os.replace(ready / "events.csv", out / "events.csv")
    (out / CACHE).mkdir(exist_ok=True)
    # The list of analysed articles goes last: a build killed before it leaves the old list, whose rows are kept.
    for name in ("events.parquet", "event_actors.parquet", "analysed.parquet"):
        os.replace(ready / CACHE / name, out / CACHE / name)
    return kept


def pieces(months: MonthParts) -> Iterator[tuple[str, Tables]]:
    """Each month's staged events and actors, a piece at a time (by table)."""
    for month in months.months():
        for buckets in months.pieces(month):
            yield month, {table: months.read(table, month, buckets) for table in ("events", "event_actors")}


def deduplicated(months: MonthParts) -> Iterator[tuple[str, Tables, Tables]]:
    """Each month's staged events and actors, a piece at a time, before and after de-duplication (by table)."""
    for month, raw in pieces(months):
        yield month, raw, _deduplicated(raw)


def _deduplicated(raw: Tables) -> Tables:
    """Staged events and actors, de-duplicated (by table)."""
    return dict(zip(raw, events.dedupe(raw["events"], raw["event_actors"])))


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


def _write_events(months: MonthParts, ready: Path) -> int:
    """Write the events and their actors (and, before de-duplication, the cache's copy) month by month."""
    targets = {
        ("events", False): ready / "events.parquet",
        ("event_actors", False): ready / "event_actors.parquet",
        ("events", True): ready / CACHE / "events.parquet",
        ("event_actors", True): ready / CACHE / "event_actors.parquet",
    }
    writers = {key: pq.ParquetWriter(path, store.SCHEMAS[key[0]]) for key, path in targets.items()}
    kept = 0
    try:
        with store.csv_writer(ready / "events.csv", "events") as csv:
            for raw, deduped in joined(months, MonthParts.PIECE_ROWS):
                for table in raw:
                    writers[table, True].write_table(raw[table].select(store.SCHEMAS[table].names))
                    writers[table, False].write_table(deduped[table])
                csv.write_table(store.csv_ready(deduped["events"]))
                kept += len(deduped["events"])
    finally:
        for writer in writers.values():
            writer.close()
    return kept


def _finish(staging: Staging, table: str, target: Path) -> None:
    """Move a staged table to `target`, or write it empty when nothing was staged."""
    path = staging.finish(table)
    if path is None:
        schemas = _schemas(table)
        pq.write_table(schemas[table].empty_table(), target)
    else:
        os.replace(path, target)


# --- the whole build ---------------------------------------------------------------------------------


def build(
    inputs: list[Path],
    out: Path,
    published: date | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    full: bool = False,
) -> Summary:
    """Read every article under `inputs`, analyse those that changed and write the tables into `out`."""
    started = time.perf_counter()
    use_system_allocator()
    summary = Summary()
    known = {} if full else previous_fingerprints(out)
    reused: set[str] = set()
    staging = Staging(out)
    months = MonthParts(staging.folder / "by-month")
    found = list(ingest.discover(inputs))
    files = [path for path in found if isinstance(path, Path)]
    done_files = 0

    record_error = partial(record_read_error, summary=summary, staging=staging, on_error=on_error)

    def file_done(_: Path) -> None:
        nonlocal done_files
        done_files += 1
        if progress:
            progress(done_files, len(files))

    def needs_analysis(article: Article) -> bool:
        staging.append("articles", [article_row(article)])
        summary.articles += 1
        mark = fingerprint(article)
        if known.get(article.article_id) == mark:
            reused.add(article.article_id)
            staging.append("analysed", [{"article_id": article.article_id, "fingerprint": mark}])
            return False
        return True

    try:
        for missing in (item for item in found if isinstance(item, ReadError)):
            record_error(missing)
        articles = (a for a in read_articles(files, published, record_error, file_done) if needs_analysis(a))
        for batch in analysed(chunked(articles), workers):
            stage(batch, staging, months, summary, on_error)
        if (previous := previous_rows(out, reused)) is not None:
            stage(previous, staging, months, summary, on_error)
        months.finish()
        summary.events = write_outputs(staging, months, out)
        summary.errors = len(summary.error_rows)
    finally:
        staging.discard()
    summary.reused = len(reused)
    summary.seconds = time.perf_counter() - started
    return summary


def stage(
    batch: Batch, staging: Staging, months: MonthParts, summary: Summary, on_error: Callable[[ReadError], None] | None
) -> None:
    """Stage a batch (events and their actors by month, the other tables as they come) and count its errors."""
    months.append(batch.tables["events"], batch.tables["event_actors"])
    for table in ANALYSED_TABLES:
        if table in batch.tables:
            staging.append(table, batch.tables[table])
    staging.append("errors", batch.errors)
    for row in batch.errors:
        count_error(ReadError(**row), summary, on_error)


def record_read_error(
    error: ReadError, summary: Summary, staging: Staging, on_error: Callable[[ReadError], None] | None
) -> None:
    """Stage and count a file or record that could not be read."""
    staging.append("errors", [error_row(error)])
    count_error(error, summary, on_error)


def count_error(error: ReadError, summary: Summary, on_error: Callable[[ReadError], None] | None) -> None:
    """Count an error and tell the caller."""
    summary.error_rows.append(error)
    if on_error:
        on_error(error)
