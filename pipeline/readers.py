"""Readers: one per input format (text, JSON, JSON lines, CSV, saved page, feed), and the Article a record makes."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.decoding import (
    MAX_FILE_BYTES, IngestError, decode, read_bytes, read_lines, read_range, read_range_lines, read_text,
)
from pipeline.language import language_of
from pipeline.model import Article, ReadError, Share
from pipeline.outlets import outlet
from pipeline.shares import csv_columns, json_items
from pipeline.published import (
    date_warning, has_time_of_day, local_day, parse_published, resolve_published, stated_date,
)

SIDECAR_SUFFIX = ".meta.json"
MAX_ARTICLE_CHARS = 2_000_000  # a record longer than this is refused: no news article is that long
MIN_PAGE_WORDS = 10  # fewer words than this in a page's main text is navigation, not an article
METADATA_FIELDS = ("title", "published", "source", "url", "language")

Record = Article | ReadError


def article_records(
    fields: dict,
    *,
    path: Path,
    default_id: str,
    option: date | None,
    page_date: date | None = None,
) -> Iterator[Record]:
    """Yield a record's Article (or why it cannot be one), after a warning if its metadata date is unusable."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        yield ReadError(str(path), "ingest", f"{default_id}: no text")
        return
    if len(text) > MAX_ARTICLE_CHARS:
        yield ReadError(str(path), "ingest", f"{default_id}: text longer than {MAX_ARTICLE_CHARS:,} characters")
        return
    metadata = fields.get("published")
    if warning := date_warning(metadata, path, default_id):
        yield warning
    published, origin = resolve_published(metadata, page_date, text, option)
    language = language_of(text, _text_field(fields, "language"))
    home = outlet(_text_field(fields, "source"), _text_field(fields, "url"), language)
    if origin == "metadata" and home is not None and (day := local_day(metadata, home.zone)):
        published = day  # an outlet's texts say "today" of its home's day, not of the UTC day it is stamped with
    if origin == "metadata" and has_time_of_day(metadata) and (stated := stated_date(_text_field(fields, "title"))):
        # A timestamp's UTC day can be a day off the article's own: "Press Briefing – June 2, 2022", 2:17 p.m.
        # EDT, is stamped 2022-06-03T00:54Z. Where the title states its day, a day apart, that day wins.
        if abs((stated - published).days) == 1:
            published, origin = stated, "text"
    yield Article(
        article_id=_text_field(fields, "id") or default_id,
        path=str(path),
        title=_text_field(fields, "title"),
        text=text,
        published=published,
        published_from=origin,
        source=_text_field(fields, "source"),
        url=_link(_text_field(fields, "url")),
        language=language,
    )


def _text_field(fields: dict, name: str) -> str:
    """A metadata field as a stripped string ('' when absent or null)."""
    value = fields.get(name)
    return "" if value is None else str(value).strip()


def _link(url: str) -> str:
    """The URL, or '' when clicking it could run code or open a local file (javascript:, data:, file:)."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:  # an unbalanced "[" in the host part
        return ""
    return url if scheme in ("", "http", "https") else ""


# --- one reader per format -------------------------------------------------------------------------


def read_txt(path: Path, option: date | None) -> Iterator[Record]:
    """A plain text: first non-empty line the title, the rest the text; metadata from a sidecar."""
    lines = read_text(path).splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.strip())
    body = "".join(lines[first + 1 :]).strip("\r\n")
    fields = {"title": lines[first].strip(), "text": body or lines[first].strip()}
    fields.update(_sidecar(path))
    yield from article_records(fields, path=path, default_id=path.stem, option=option)


def _sidecar(path: Path) -> dict:
    """The metadata fields of `<file>.meta.json` beside a text file, if there is one."""
    sidecar = path.with_name(path.name + ".meta.json")
    if not sidecar.exists():
        sidecar = path.with_suffix(SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(decode(read_bytes(sidecar)))
    except (ValueError, IngestError) as error:
        raise IngestError(f"unreadable metadata {sidecar.name}: {error}") from None
    if not isinstance(meta, dict):
        raise IngestError(f"metadata {sidecar.name} is not a JSON object")
    return {key: meta[key] for key in METADATA_FIELDS + ("id",) if meta.get(key) is not None}


def read_json(path: Path, option: date | None, share: Share | None = None) -> Iterator[Record]:
    """A JSON object, or a list of objects, each an article (the share's items of a list, or all)."""
    if share is None:
        data = _parse_json(read_text(path))
        records, first = data if isinstance(data, list) else [data], 1
    else:  # whole items between two boundaries: the cut parsed them all, so they parse again
        text = read_range(path, share.start, share.end).decode("utf-8")
        records, first = [value for _, _, value in json_items(text)], share.records + 1
    for number, record in enumerate(records, first):
        default_id = path.stem if share is None and len(records) == 1 else f"{path.stem}-{number}"
        if isinstance(record, dict):
            yield from article_records(record, path=path, default_id=default_id, option=option)
        else:
            yield ReadError(str(path), "ingest", f"record {number}: not a JSON object")


def read_jsonl(path: Path, option: date | None, share: Share | None = None) -> Iterator[Record]:
    """One JSON object a line (of the share's lines, or of all); a bad line is an error, the others are still read."""
    lines = read_lines(path) if share is None else read_range_lines(path, share.start, share.end)
    for number, line in enumerate(lines, 1 if share is None else share.lines + 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = _parse_json(line)
        except IngestError as error:
            yield ReadError(where, "ingest", str(error))
            continue
        if not isinstance(record, dict):
            yield ReadError(where, "ingest", "not a JSON object")
            continue
        for found in article_records(record, path=path, default_id=f"{path.stem}-{number}", option=option):
            yield _located(found, where)


def _parse_json(text: str) -> object:
    """Parse JSON; any failure is an IngestError saying where and why."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}" if error.lineno > 1 else f"column {error.colno}"
        raise IngestError(f"broken JSON at {where}: {error.msg}") from None
    except RecursionError:
        raise IngestError("JSON nested too deeply") from None
    except ValueError:  # the one other failure of json.loads: an integer of more than 4,300 digits
        raise IngestError("broken JSON: a number too long to read") from None


def read_csv(path: Path, option: date | None, share: Share | None = None) -> Iterator[Record]:
    """A CSV with a header row and a `text` column (the share's rows, or all); a bad row is an error, the others are read."""
    csv.field_size_limit(MAX_FILE_BYTES)
    if share is not None:  # the rows between two record boundaries, under the header's names
        text = read_range(path, share.start, share.end).decode("utf-8")  # the cut checked the whole file was UTF-8
        reader = csv.DictReader(io.StringIO(text, newline=""), fieldnames=csv_columns(path))
        yield from _csv_records(reader, path, option, share)
        return
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    if "text" not in columns:
        raise IngestError(f"no 'text' column in the header (columns: {', '.join(columns) or 'none'})")
    reader.fieldnames = columns
    yield from _csv_records(reader, path, option, Share(str(path)))


def _csv_records(reader: csv.DictReader, path: Path, option: date | None, share: Share) -> Iterator[Record]:
    """The articles of a CSV reader's rows, numbered from the share's first row and line; stops at broken CSV."""
    try:
        for number, row in enumerate(reader, share.records + 1):
            if None in row:  # more cells than the header names
                row.pop(None)
            for found in article_records(row, path=path, default_id=f"{path.stem}-{number}", option=option):
                yield _located(found, f"{path}:{share.lines + reader.line_num}")
    except csv.Error as error:
        yield ReadError(f"{path}:{share.lines + reader.line_num}", "ingest", f"broken CSV: {error}")


def _located(record: Record, where: str) -> Record:
    """Point a record's error at its line rather than at the whole file."""
    return ReadError(where, record.stage, record.message) if isinstance(record, ReadError) else record


def read_html(path: Path, option: date | None) -> Iterator[Record]:
    """A saved web page: its main text, title and date, read with trafilatura (and htmldate)."""
    import trafilatura  # imported here: it takes a second and only HTML needs it

    page = read_text(path)
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if document is None or len((document.text or "").split()) < MIN_PAGE_WORDS:
        raise IngestError("no article text found in the page")
    fields = {"text": document.text, "title": document.title, "url": document.url, "source": document.sitename}
    page_date = parse_published(document.date) if document.date else None
    yield from article_records(fields, path=path, default_id=path.stem, option=option, page_date=page_date)


def read_feed(path: Path, option: date | None) -> Iterator[Record]:
    """An RSS or Atom feed: one article per item; an item without text is an error."""
    import feedparser

    feed = feedparser.parse(read_text(path).encode("utf-8"))
    if not feed.entries:
        reason = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        raise IngestError(f"not an RSS/Atom feed, or a feed without items{reason}")
    for number, entry in enumerate(feed.entries, 1):
        for found in _feed_article(entry, path, number, option):
            yield _located(found, f"{path}#item{number}")


def _feed_article(entry: dict, path: Path, number: int, option: date | None) -> Iterator[Record]:
    """Turn one feed item into an Article; its HTML content is reduced to text."""
    content = entry.get("content") or []
    html = content[0].get("value", "") if content else entry.get("summary", "")
    text = _html_to_text(html)
    fields = {
        "id": entry.get("id"),
        "title": entry.get("title"),
        "text": text,
        "url": entry.get("link"),
        "published": _feed_published(entry),
    }
    return article_records(fields, path=path, default_id=f"{path.stem}-{number}", option=option)


def _feed_published(entry: dict) -> str | None:
    """An item's date as feedparser read it, else its raw text (which then earns a warning)."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    raw = entry.get("published") or entry.get("updated")
    try:
        return date(*stamp[:3]).isoformat() if stamp else raw
    except ValueError:  # feedparser turns "0000-00-00" into year -1 and keeps year 10000: no date holds them
        return raw


def _html_to_text(html: str) -> str:
    """Plain text of an HTML fragment, paragraphs kept apart."""
    from lxml import etree, html as lxml_html

    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    try:
        tree = lxml_html.fromstring(html)
    except etree.ParserError:  # markup without any element, such as a lone comment
        return ""
    for block in tree.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n\n" + (block.tail or "")
    return re.sub(r"\n{3,}", "\n\n", tree.text_content()).strip()


READERS = {
    ".txt": read_txt,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
