"""Incremental rebuilds: which articles an earlier build analysed, under which rules, and its rows of them."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import store
from pipeline.model import Article

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


class Stamp(NamedTuple):
    """The list of articles an earlier build analysed: its path, and its size and time to tell a newer one apart."""

    path: str
    size: int
    modified: int


def stamp(out: Path) -> Stamp | None:
    """The stamp of the list of articles an earlier build of `out` analysed, or None when there is none."""
    path = out / CACHE / "analysed.parquet"
    if not path.exists():
        return None
    status = path.stat()
    return Stamp(str(path), status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=1)
def previous_fingerprints(listed: Stamp | None) -> dict[str, str]:
    """Article id -> fingerprint of the articles an earlier build analysed, read once per process (and per list)."""
    if listed is None:
        return {}
    table = pq.read_table(listed.path)
    return dict(zip(table.column("article_id").to_pylist(), table.column("fingerprint").to_pylist()))


def previous_rows(out: Path, article_ids: set[str]) -> dict[str, pa.Table] | None:
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
    return {"mentions": mentions, "events": events_table, "event_actors": actors_table}
