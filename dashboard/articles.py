"""Articles: an event's article text read back from its file, and the sentences around a place in it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.ingest import read_path
from pipeline.model import Article
from pipeline.sentences import split

DUPLICATE_MARK = "~"  # the build names a repeated article id `id~2`


@lru_cache(maxsize=16)
def _texts(path: str, modified: float) -> dict[str, str]:
    """Every article text in one input file by article id (`modified` makes an edited file a new entry)."""
    texts: dict[str, str] = {}
    for record in read_path(Path(path)):
        if isinstance(record, Article):
            texts.setdefault(record.article_id, record.text)
    return texts


def article_text(path: str | None, article_id: str) -> str | None:
    """The text of an article as the build read it, or None when its file is gone or no longer holds it."""
    if not path:
        return None
    file = Path(path)
    try:
        modified = file.stat().st_mtime
    except OSError:
        return None
    return _texts(str(file), modified).get(article_id.split(DUPLICATE_MARK)[0])


def sentence_span(text: str, offset: int) -> tuple[int, int] | None:
    """The span of the sentence holding `offset`, or None when it falls outside every sentence."""
    for start, end in split(text):
        if start <= offset < end:
            return start, end
    return None


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentences just before and just after the span start..end (empty at the article's edges)."""
    spans = split(text)
    before = [text[s:e] for s, e in spans if e <= start]
    after = [text[s:e] for s, e in spans if s >= end]
    return (before[-1] if before else ""), (after[0] if after else "")


def with_context(record: dict) -> dict:
    """The event record with the sentences `before` and `after` its own, and `date_sentence` when its date words
    stand in another sentence (all empty when the article's file cannot be read any more)."""
    start = int(record["sentence_start"])
    end = start + len(record["sentence"] or "")
    offset = record.get("date_offset")
    elsewhere = offset is not None and not start <= offset < end
    context = {"before": "", "after": "", "date_sentence": None, "date_elsewhere": elsewhere}
    text = article_text(record.get("path"), record["article_id"])
    if text is None or text[start:end] != record["sentence"]:
        return {**record, **context}
    context["before"], context["after"] = neighbours(text, start, end)
    span = sentence_span(text, offset) if elsewhere else None
    context["date_sentence"] = text[span[0]:span[1]] if span else None
    return {**record, **context}
