"""Decoding: a file's bytes as text (UTF-8, UTF-16 with BOM, Windows-1252), refused when binary or too large."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

MAX_FILE_BYTES = 200 * 1024 * 1024  # larger files are refused, not read into memory


class IngestError(Exception):
    """A file that cannot be read at all; its message is what the user sees."""


# Control characters, and the replacement character that undecodable UTF-16 turns into.
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
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
    check_size(path)
    return path.read_bytes()


def check_size(path: Path) -> None:
    """Refuse a file over the size limit before reading it."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise IngestError(f"file is larger than the {MAX_FILE_BYTES // 2**20} MB limit")


def read_lines(path: Path) -> Iterator[str]:
    """A file's lines, decoded one at a time: a large file of records is never held whole."""
    # Read whole, a 30 MB file of records held about four times its size (bytes, text, lines) at once.
    check_size(path)
    with path.open("rb") as file:
        head = file.read(_SAMPLE_BYTES)
        if head.startswith(UTF16_BOMS) or not head.strip():  # UTF-16 is not split at b"\n"; empty files say so
            yield from read_text(path).splitlines()
            return
        decode(head)  # refuses binary content, as a whole file would be
        file.seek(0)
        for number, line in enumerate(file):
            yield _decoded_line(line.removesuffix(b"\n").removesuffix(b"\r"), first=number == 0)


def read_range_lines(path: Path, start: int, end: int) -> Iterator[str]:
    """The lines between two byte offsets of a file of records, decoded one at a time as `read_lines` decodes them."""
    data = read_range(path, start, end)
    lines = data.split(b"\n")
    if data.endswith(b"\n"):
        lines.pop()
    for number, line in enumerate(lines if data else []):
        yield _decoded_line(line.removesuffix(b"\r"), first=start == 0 and number == 0)


def read_range(path: Path, start: int, end: int) -> bytes:
    """The bytes of a file between two offsets, refused when the file is over the size limit."""
    check_size(path)
    with path.open("rb") as file:
        file.seek(start)
        return file.read(end - start)


def _decoded_line(data: bytes, first: bool) -> str:
    """One line as UTF-8 (its BOM dropped on the first line), else as Windows-1252."""
    try:
        return data.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="latin-1-fallback")


def decode(data: bytes) -> str:
    """Turn bytes into text, or raise IngestError when they are not text."""
    if data.startswith(UTF16_BOMS):
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
