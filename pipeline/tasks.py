"""Tasks: a build's unit of work, run wherever its workers are: read a share of the input, analyse what changed."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import pyarrow as pa

from pipeline import incremental, ingest, store
from pipeline.analysis import Batch, analyse_chunk, article_row, error_row
from pipeline.model import Article, ReadError, Share


@dataclass(frozen=True, slots=True)
class Task:
    """What a task reads (its shares of the input) and what it needs to know to read and analyse them."""

    shares: tuple[Share, ...]
    published: date | None = None  # the build's --published
    previous: incremental.Stamp | None = None  # the articles an earlier build analysed, whose rows it keeps
    renames: tuple[tuple[int, str], ...] = ()  # (article's number in the task, its id) where an earlier task took the id


@dataclass(slots=True)
class Done:
    """A task's results: its batch of tables (articles included), its articles' ids as read, those kept from before."""

    task: Task
    batch: Batch
    ids: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)


def run(task: Task) -> Done:
    """Read the task's shares, analyse the articles that changed since the last build, and hand back the tables."""
    known = incremental.previous_fingerprints(task.previous)
    articles, ids, errors = read(task)
    unchanged = [a for a in articles if known and known.get(a.article_id) == incremental.fingerprint(a)]
    kept = {article.article_id for article in unchanged}
    batch = analyse_chunk([article for article in articles if article.article_id not in kept])
    batch.tables["articles"] = pa.Table.from_pylist([article_row(a) for a in articles], schema=store.SCHEMAS["articles"])
    reused = [{"article_id": a.article_id, "fingerprint": known[a.article_id]} for a in unchanged]
    batch.tables["analysed"] = pa.concat_tables(
        [batch.tables["analysed"], pa.Table.from_pylist(reused, schema=store.schema_of("analysed"))]
    )
    batch.errors = errors + batch.errors
    return Done(task, batch, ids, [article.article_id for article in unchanged])


def read(task: Task) -> tuple[list[Article], list[str], list[dict]]:
    """The task's articles (renamed as it says), their ids as read, and its errors rows."""
    renames = dict(task.renames)
    articles: list[Article] = []
    ids: list[str] = []
    errors: list[dict] = []
    for share in task.shares:
        for record in ingest.read_share(share, task.published):
            if isinstance(record, ReadError):
                errors.append(error_row(record))
                continue
            ids.append(record.article_id)
            if (new_id := renames.get(len(ids) - 1)) is not None:
                record = replace(record, article_id=new_id)
            articles.append(record)
    return articles, ids, errors


def file_count(task: Task) -> int:
    """How many files the task finishes (a file cut into ranges is finished by its last)."""
    return sum(share.last for share in task.shares)

