"""Shares: the input cut into parts that tasks read themselves, whole files or JSONL, CSV and JSON list files a few
records at a time."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, NamedTuple

from pipeline import decoding
from pipeline.decoding import UTF16_BOMS, IngestError, decode
from pipeline.model import Share

RECORDS_PER_SHARE = 32  # records (or small whole files) a task reads and analyses: enough to amortise the hand-over
JSONL_HEAD_BYTES = 8192  # what `decoding.read_lines` looks at to tell text from binary
CSV_HEAD_BYTES = 4 * 8192  # at least the characters `decoding.decode` looks at, however wide they are


class Cut(NamedTuple):
    """A record boundary of a file: its byte offset, and the lines and records before it."""

    offset: int
    lines: int
    records: int


def plan(files: Iterable[Path], size: int = RECORDS_PER_SHARE) -> Iterator[tuple[Share, ...]]:
    """The shares of every file in order, a task's worth at a time: a range of records, or up to `size` whole files."""
    group: list[Share] = []
    for path in files:
        for share in shares_of(path, size):
            if share.whole:
                group.append(share)
            if group and (not share.whole or len(group) == size):
                yield tuple(group)
                group = []
            if not share.whole:
                yield (share,)
    if group:
        yield tuple(group)


def shares_of(path: Path, size: int = RECORDS_PER_SHARE) -> list[Share]:
    """A file's shares: ranges of `size` records of a JSONL, CSV or JSON list file that can be cut, else the whole
    file."""
    cutter = CUTTERS.get(path.suffix.lower())
    cuts = cutter(path, size) if cutter else None
    ranges = [(first, after) for first, after in zip(cuts or [], (cuts or [])[1:]) if after.offset > first.offset]
    if len(ranges) < 2:  # nothing to cut, or one range: the file's own reader reads it whole
        return [Share(str(path))]
    return [
        Share(str(path), first.offset, after.offset, first.lines, first.records, last=number == len(ranges))
        for number, (first, after) in enumerate(ranges, 1)
    ]


def jsonl_cuts(path: Path, size: int) -> list[Cut] | None:
    """Boundaries every `size` lines of a JSONL file, or None where its reader must read it whole."""
    if not _plain_text(path, JSONL_HEAD_BYTES):
        return None
    cuts, offset, number = [Cut(0, 0, 0)], 0, 0
    with path.open("rb") as file:
        for number, line in enumerate(file, 1):  # bytes split at b"\n", as `decoding.read_lines` splits them
            offset += len(line)
            if number % size == 0:
                cuts.append(Cut(offset, number, number))
    return [*cuts, Cut(offset, number, number)]


def csv_cuts(path: Path, size: int) -> list[Cut] | None:
    """Boundaries every `size` data rows of a CSV file, or None where its reader must read it whole.

    The rows are found by the csv module itself, which reads a line at a time and never past a record's last
    line: a boundary is where it stopped. Only plain UTF-8 with \\n or \\r\\n line ends is cut, where a range
    decodes and splits into lines as the whole file does; a broken row ends the cutting (its range stops there).
    """
    if not _plain_text(path, CSV_HEAD_BYTES):
        return None
    csv.field_size_limit(decoding.MAX_FILE_BYTES)
    with path.open("rb") as file:
        lines = Utf8Lines(file)
        reader = csv.reader(lines)
        try:
            if "text" not in _columns(next(reader, [])):
                return None
            cuts, records = [Cut(lines.offset, reader.line_num, 0)], 0
            for row in reader:
                records += bool(row)  # a blank line is no row: csv.DictReader skips it unnumbered
                if row and records % size == 0:
                    cuts.append(Cut(lines.offset, reader.line_num, records))
        except csv.Error:  # read from the last boundary, the range stops where the whole file would
            pass
        except ValueError:  # not UTF-8, or a lone \r: cut, it would not read as the whole file reads
            return None
    return [*cuts, Cut(path.stat().st_size, 0, 0)]


def json_cuts(path: Path, size: int) -> list[Cut] | None:
    """Boundaries every `size` items of a file holding one JSON list, or None where its reader must read it whole.

    Every item is parsed here once, so only a file that `json.loads` would read as a list is cut, and a range
    holds whole items; only plain UTF-8 is cut, where byte offsets are found from character offsets.
    """
    if not _plain_text(path, JSONL_HEAD_BYTES):
        return None
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
        opening = _JSON_SPACE.match(text).end()
        if not text.startswith("[", opening):
            return None
        cuts, last_end, byte, at = [], opening + 1, len(data) - len(text.encode("utf-8")), 0
        for number, (start, end, _) in enumerate(json_items(text, opening + 1)):
            if number % size == 0:  # count bytes and lines only from one boundary to the next
                byte += len(text[at:start].encode("utf-8"))
                lines = (cuts[-1].lines if cuts else 0) + text.count("\n", at, start)
                cuts.append(Cut(byte, lines, number))
                at = start
            last_end, records = end, number + 1
    except (ValueError, RecursionError):  # broken JSON, a number too long, nesting too deep: read whole, as refused
        return None
    if not cuts or not _JSON_CLOSING.fullmatch(text, last_end):
        return None
    byte += len(text[at:last_end].encode("utf-8"))
    return [*cuts, Cut(byte, cuts[-1].lines + text.count("\n", at, last_end), records)]


def json_items(text: str, at: int = 0) -> Iterator[tuple[int, int, object]]:
    """The items of a JSON list from an offset past its "[" (or in a range of them): start, end and value of each, up
    to the closing "]" or the text's end; a ValueError where the text is not such items."""
    decoder = json.JSONDecoder()
    at = _JSON_SPACE.match(text, at).end()
    while at < len(text) and text[at] != "]":
        value, end = decoder.raw_decode(text, at)
        yield at, end, value
        at = _JSON_SPACE.match(text, end).end()
        if text.startswith(",", at):
            at = _JSON_SPACE.match(text, at + 1).end()
            if text.startswith("]", at):
                raise ValueError("a comma before the closing bracket")
        elif at < len(text) and text[at] != "]":
            raise ValueError("no comma between two items")


_JSON_SPACE = re.compile(r"[ \t\n\r]*")  # the whitespace JSON allows between tokens
_JSON_CLOSING = re.compile(r"[ \t\n\r]*\][ \t\n\r]*")  # a list's end, and nothing after it


def csv_columns(path: Path) -> list[str]:
    """The column names of a CSV file's header, stripped and lower-cased."""
    with path.open("rb") as file:
        return _columns(next(csv.reader(Utf8Lines(file)), []))


def _columns(header: list[str]) -> list[str]:
    """Column names as the CSV reader matches them."""
    return [name.strip().lower() for name in header]


class Utf8Lines:
    """A binary file's lines as UTF-8 text, with the offset reached; a ValueError for what a cut could not keep."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.offset = 0

    def __iter__(self) -> Utf8Lines:
        """The lines themselves."""
        return self

    def __next__(self) -> str:
        """The next line, its end kept."""
        raw = self.file.readline()
        if not raw:
            raise StopIteration
        text = raw.decode("utf-8-sig" if self.offset == 0 else "utf-8")  # UnicodeDecodeError is a ValueError
        self.offset += len(raw)
        if "\r" in text and (text.count("\r") > 1 or not text.endswith("\r\n")):
            raise ValueError("a line end other than \\n or \\r\\n")  # the whole file's reader splits lines there
        return text


def _plain_text(path: Path, head_bytes: int) -> bool:
    """Whether a file is within the size limit and its start is text in an 8-bit encoding (else read whole)."""
    if path.stat().st_size > decoding.MAX_FILE_BYTES:
        return False
    with path.open("rb") as file:
        head = file.read(head_bytes)
    if head.startswith(UTF16_BOMS):
        return False
    try:
        return bool(decode(head).strip())
    except IngestError:
        return False


CUTTERS = {".jsonl": jsonl_cuts, ".csv": csv_cuts, ".json": json_cuts}
