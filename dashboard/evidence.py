"""Evidence: an event's sentence with its date and actor words marked, and how its date was read."""

from __future__ import annotations

import html
from datetime import date

import pandas as pd

MARK_STYLE = {"date": "background:#ffe08a", "actor": "background:#bfe3ff"}


def find_spans(text: str, words: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Where each (words, kind) occurs in the text, case-insensitive, earliest and longest first, no overlaps."""
    found = []
    lowered = text.lower()
    for phrase, kind in words:
        needle = phrase.strip().lower()
        start = lowered.find(needle) if needle else -1
        while start >= 0:
            found.append((start, start + len(needle), kind))
            start = lowered.find(needle, start + len(needle))
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def highlight(text: str, words: list[tuple[str, str]]) -> str:
    """The text as safe HTML: every character escaped, the matched words wrapped in <mark>."""
    pieces = []
    position = 0
    for start, end, kind in find_spans(text, words):
        pieces.append(html.escape(text[position:start]))
        pieces.append(f'<mark class="{kind}" style="{MARK_STYLE[kind]}">{html.escape(text[start:end])}</mark>')
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def event_words(record: dict) -> list[tuple[str, str]]:
    """The date words and every actor's words of an event, tagged by kind."""
    words = [(record.get("date_text") or "", "date")]
    words += [(row["text"] or row["actor"], "actor") for row in record.get("actor_words", [])]
    return words


def derivation(record: dict) -> str:
    """How the event's date was read, in one line: "'next month' in an article of 2021-12-21 -> 2022-01"."""
    published = _day(record.get("published"))
    value = record["date"]
    words = record.get("date_text") or ""
    basis = record.get("date_basis")
    if basis == "publication" or not words:
        return f"no date in the sentence: the article's publication date {published} -> {value}"
    if basis == "relative":
        return f"'{words}' in an article of {published} -> {value} ({record['precision']})"
    return f"'{words}' written in full -> {value} ({record['precision']})"


def web_link(url: str | None) -> str | None:
    """The url if it is an http(s) link, else None (an article may carry `javascript:` or file links)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _day(value: object) -> str:
    """A date-like cell as YYYY-MM-DD, or 'unknown'."""
    if value is None or (not isinstance(value, (str, date)) and pd.isna(value)):
        return "unknown"
    return str(pd.Timestamp(value).date())
