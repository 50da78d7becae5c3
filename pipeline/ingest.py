"""Ingest: find article files and read each into Articles, a file or record that cannot be used into a ReadError."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from pipeline.decoding import MAX_FILE_BYTES, IngestError, decode
from pipeline.model import ReadError, Share
from pipeline.published import EARLIEST_PUBLISHED, LATEST_PUBLISHED, dateline_date, parse_published
from pipeline.readers import MAX_ARTICLE_CHARS, READERS, SIDECAR_SUFFIX, Record, read_csv, read_json, read_jsonl

__all__ = [  # the names callers read from here, wherever they are defined
    "ARTICLE_SUFFIXES", "EARLIEST_PUBLISHED", "LATEST_PUBLISHED", "MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "UNEXPECTED",
    "IngestError", "Record", "dateline_date", "decode", "discover", "is_article_file", "parse_published", "read_path",
    "read_share",
]

ARTICLE_SUFFIXES = frozenset(READERS)
RANGE_READERS = {".jsonl": read_jsonl, ".csv": read_csv, ".json": read_json}  # readers of ranges (see shares)
UNEXPECTED = "unexpected failure: "  # the start of the message of an error no reader foresaw


def discover(inputs: Iterable[Path]) -> Iterator[Path | ReadError]:
    """Yield every article file under the inputs, folders searched recursively, in a stable order."""
    for root in inputs:
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if is_article_file(path):
                    yield path
        elif root.is_file():
            yield root
        else:
            yield ReadError(str(root), "ingest", "no such file or folder")


def is_article_file(path: Path) -> bool:
    """True for a file whose extension is an article format (sidecar metadata excluded)."""
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.lower().endswith(SIDECAR_SUFFIX)


def read_path(path: Path, published: date | None = None) -> Iterator[Record]:
    """Yield the articles of one file, and a ReadError for each file or record that cannot be used."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield ReadError(str(path), "ingest", f"unsupported file type {path.suffix or '(none)'}")
        return
    yield from guarded(path, reader(path, published))


def read_share(share: Share, published: date | None = None) -> Iterator[Record]:
    """Yield the articles of one share of the input: a whole file, or the records of a range of a file of records."""
    path = Path(share.path)
    if share.whole:
        yield from read_path(path, published)
    else:
        yield from guarded(path, RANGE_READERS[path.suffix.lower()](path, published, share))


def guarded(path: Path, records: Iterator[Record]) -> Iterator[Record]:
    """The records of a file; a failure to read it ends them with a ReadError that says why."""
    try:
        yield from records
    except IngestError as error:
        yield ReadError(str(path), "ingest", str(error))
    except OSError as error:
        yield ReadError(str(path), "ingest", error.strerror or str(error))
    except Exception as error:  # a parser library failing on input nobody foresaw costs this file, not the build
        yield ReadError(str(path), "ingest", f"{UNEXPECTED}{type(error).__name__}: {error}")
