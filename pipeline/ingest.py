"""Ingest: find article files, decode them and turn every record into an Article."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.model import Article, ReadError

ARTICLE_SUFFIXES = frozenset({".txt", ".json", ".jsonl", ".csv", ".html", ".htm", ".xml", ".rss", ".atom"})
SIDECAR_SUFFIX = ".meta.json"
MAX_FILE_BYTES = 200 * 1024 * 1024  # larger files are refused, not read into memory
MAX_ARTICLE_CHARS = 2_000_000  # a record longer than this is refused: no news article is that long
MAX_DATE_CHARS = 100  # a metadata "date" longer than this is prose, not worth a dateparser call
EARLIEST_PUBLISHED = date(1800, 1, 1)  # dates outside these bounds are placeholders (0001-01-01, 9999-12-31) or typos
LATEST_PUBLISHED = date(2199, 12, 31)
MIN_PAGE_WORDS = 10  # fewer words than this in a page's main text is navigation, not an article
METADATA_FIELDS = ("title", "published", "source", "url", "language")

Record = Article | ReadError


UNEXPECTED = "unexpected failure: "  # the start of the message of an error no reader foresaw


class IngestError(Exception):
    """A file that cannot be read at all; its message is what the user sees."""


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
    try:
        yield from reader(path, published)
    except IngestError as error:
        yield ReadError(str(path), "ingest", str(error))
    except OSError as error:
        yield ReadError(str(path), "ingest", error.strerror or str(error))
    except Exception as error:  # a parser library failing on input nobody foresaw costs this file, not the build
        yield ReadError(str(path), "ingest", f"{UNEXPECTED}{type(error).__name__}: {error}")


# --- decoding -------------------------------------------------------------------------------------

# Control characters, and the replacement character that undecodable UTF-16 turns into.
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE_BYTES = 8192  # the start of a file that tells text from binary
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def read_text(path: Path) -> str:
    """Decode a file as UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252; refuse binary."""
    text = decode(read_bytes(path))
    if not text.strip():
        raise IngestError("empty file")
    return text


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, refused before reading when it is over the size limit."""
    _check_size(path)
    return path.read_bytes()


def _check_size(path: Path) -> None:
    """Refuse a file over the size limit before reading it."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise IngestError(f"file is larger than the {MAX_FILE_BYTES // 2**20} MB limit")


def read_lines(path: Path) -> Iterator[str]:
    """A file's lines, decoded one at a time: a large file of records is never held whole."""
    # Read whole, a 30 MB file of records held about four times its size (bytes, text, lines) at once.
    _check_size(path)
    with path.open("rb") as file:
        head = file.read(_SAMPLE_BYTES)
        if head.startswith(_UTF16_BOMS) or not head.strip():  # UTF-16 is not split at b"\n"; empty files say so
            yield from read_text(path).splitlines()
            return
        decode(head)  # refuses binary content, as a whole file would be
        file.seek(0)
        for number, line in enumerate(file):
            yield _decoded_line(line.removesuffix(b"\n").removesuffix(b"\r"), first=number == 0)


def _decoded_line(data: bytes, first: bool) -> str:
    """One line as UTF-8 (its BOM dropped on the first line), else as Windows-1252."""
    try:
        return data.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="latin-1-fallback")


def decode(data: bytes) -> str:
    """Turn bytes into text, or raise IngestError when they are not text."""
    if data.startswith(_UTF16_BOMS):
        return _checked(data.decode("utf-16", errors="replace"))
    try:
        return _checked(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            # A file cut inside its last character: keep the text, drop the broken tail.
            return _checked(data[: error.start].decode("utf-8-sig"))
    # Not UTF-8: news files of that kind are almost always Windows-1252 (a superset of Latin-1's
    # printable range); the five bytes it leaves undefined are read as Latin-1.
    return _checked(data.decode("cp1252", errors="latin-1-fallback"))


codecs.register_error("latin-1-fallback", lambda error: (error.object[error.start : error.end].decode("latin-1"), error.end))


def _checked(text: str) -> str:
    """Refuse text in which control characters are common: it is binary data in disguise."""
    sample = text[:_SAMPLE_BYTES]
    if sample and len(_NOT_TEXT.findall(sample)) > len(sample) // 100 + 2:
        raise IngestError("not a text file (binary content)")
    return text


# --- publication dates ----------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def parse_published(value: str) -> date | None:
    """Read a metadata date: ISO 8601 directly, other explicit formats through dateparser; None if implausible."""
    value = value.strip()
    if not value or len(value) > MAX_DATE_CHARS:
        return None
    try:
        found: date | None = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        found = _parse_explicit(value)
    return found if found and EARLIEST_PUBLISHED <= found <= LATEST_PUBLISHED else None


def _parse_explicit(value: str) -> date | None:
    """A date written out in full ("21 Dec 2021"), never a relative one ("yesterday") read against today."""
    import dateparser  # loaded only when a record carries a non-ISO date: it costs a second to import

    settings = {"STRICT_PARSING": True, "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def dateline_date(text: str) -> date | None:
    """The explicit full date of the article's dateline, if its opening lines give one."""
    from pipeline.timex import tag

    head = text[:300]
    for timex in tag(head, None):
        if timex.type == "DATE" and timex.basis == "explicit" and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value):
            return parse_published(timex.value)
    return None


_YEAR = re.compile(r"\b1[89]\d\d\b|\b2[01]\d\d\b")  # texts without a year state no full date: not tagged


def _has_time_of_day(metadata: object) -> bool:
    """Whether a metadata date is a timestamp ("2022-06-03T00:54:00Z") rather than a day."""
    return isinstance(metadata, str) and bool(re.match(r"\d{4}-\d\d-\d\d[T ]\d", metadata.strip()))


def _stated_date(title: str) -> date | None:
    """The full date an article's title states ("Department Press Briefing – June 2, 2022"), if any.

    Only the title: the first lines of a text often date what it tells of ("will release ... on July 1").
    """
    return dateline_date(title) if _YEAR.search(title) else None


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
    if warning := _date_warning(metadata, path, default_id):
        yield warning
    published, origin = _resolve_published(metadata, page_date, text, option)
    if origin == "metadata" and _has_time_of_day(metadata) and (stated := _stated_date(_text_field(fields, "title"))):
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
        language=_text_field(fields, "language") or "en",
    )


def _date_warning(metadata: object, path: Path, default_id: str) -> ReadError | None:
    """A warning for a metadata date that is given but unusable: the article is kept, the date dropped."""
    if metadata is None or not str(metadata).strip() or parse_published(str(metadata)):
        return None
    shown = str(metadata)[:40]
    return ReadError(
        str(path), "ingest", f"{default_id}: published {shown!r} is not a date from {EARLIEST_PUBLISHED.year} "
        f"to {LATEST_PUBLISHED.year}; ignored, the article is kept"
    )


def _resolve_published(
    metadata: object, page_date: date | None, text: str, option: date | None
) -> tuple[date | None, str]:
    """Metadata first, then the page, then the text's dateline, then the command line option."""
    if metadata is not None and (found := parse_published(str(metadata))):
        return found, "metadata"
    if page_date is not None:
        return page_date, "html"
    if found := dateline_date(text):
        return found, "text"
    if option is not None:
        return option, "option"
    return None, "unknown"


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


# --- readers, one per format ------------------------------------------------------------------------


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


def read_json(path: Path, option: date | None) -> Iterator[Record]:
    """A JSON object, or a list of objects, each an article."""
    data = _parse_json(read_text(path))
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, 1):
        default_id = path.stem if len(records) == 1 else f"{path.stem}-{number}"
        if isinstance(record, dict):
            yield from article_records(record, path=path, default_id=default_id, option=option)
        else:
            yield ReadError(str(path), "ingest", f"record {number}: not a JSON object")


def read_jsonl(path: Path, option: date | None) -> Iterator[Record]:
    """One JSON object a line; a bad line is an error, the others are still read."""
    for number, line in enumerate(read_lines(path), 1):
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


def read_csv(path: Path, option: date | None) -> Iterator[Record]:
    """A CSV with a header row and a `text` column; a bad row is an error, the others are still read."""
    csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    if "text" not in columns:
        raise IngestError(f"no 'text' column in the header (columns: {', '.join(columns) or 'none'})")
    reader.fieldnames = columns
    try:
        for number, row in enumerate(reader, 1):
            if None in row:  # more cells than the header names
                row.pop(None)
            for found in article_records(row, path=path, default_id=f"{path.stem}-{number}", option=option):
                yield _located(found, f"{path}:{reader.line_num}")
    except csv.Error as error:
        yield ReadError(f"{path}:{reader.line_num}", "ingest", f"broken CSV: {error}")


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
