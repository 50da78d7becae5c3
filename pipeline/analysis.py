"""Analysis: the stages run on one article, and on a chunk of articles made Arrow tables."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pyarrow as pa

from pipeline import actors, dedup, events, incremental, limits, sentences, store, timex, turns
from pipeline.dedup import Tables
from pipeline.model import Article, ReadError, Timex

Rows = dict[str, list[dict]]
ANALYSED_TABLES = ("mentions", "analysed")  # the tables of a batch staged as they come; events go by month


@dataclass(slots=True)
class Batch:
    """A chunk's results: its tables in Arrow (events and their actors tagged by month), its errors as rows."""

    tables: Tables
    errors: list[dict] = field(default_factory=list)


def analyse(article: Article) -> Rows:
    """Run the stages on one article; a stage that fails becomes an errors row, not a crash."""
    stage = "timex"
    try:
        with limits.time_budget(limits.ARTICLE_SECONDS):  # a runaway pattern costs one article, not the build
            language = article.language or "en"
            timexes = timex.tag(article.text, article.published, language)
            stage = "sentences"
            spans = sentences.split(article.text, language)
            stage = "actors"
            holder = turns.office_holder(article)  # "the Secretary" of a State Department release
            mentions = actors.find_actors(article.text, article.published, spans, language, holder)
            stage = "events"
            event_rows, actor_rows = events.extract_events(article, timexes, mentions, spans)
    except Exception as error:  # one article's failure must not stop the build
        message = f"{article.article_id}: {type(error).__name__}: {error}"
        return {"errors": [error_row(ReadError(article.path, stage, message))]}
    return {
        "mentions": mention_rows(article, timexes),
        "events": event_rows,
        "event_actors": actor_rows,
        "analysed": [{"article_id": article.article_id, "fingerprint": incremental.fingerprint(article)}],
    }


def analyse_chunk(chunk: list[Article]) -> Batch:
    """Analyse a chunk of articles (those of a task that changed), its rows made Arrow tables."""
    # Converted here, in the worker, the rows cost the main process neither their unpickling (dates and
    # dicts are slow to rebuild, Arrow buffers are not) nor their conversion: most of its work.
    results = [analyse(article) for article in chunk]
    rows = {table: [row for result in results for row in result.get(table, [])]
            for table in ("events", "event_actors", *ANALYSED_TABLES, "errors")}
    tables = {table: pa.Table.from_pylist(rows[table], schema=store.schema_of(table)) for table in ANALYSED_TABLES}
    tables["events"], tables["event_actors"] = dedup.by_month(
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
