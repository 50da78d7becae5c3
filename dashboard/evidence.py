"""Evidence: an event's sentence and its neighbours, trigger, date and actor words marked, and how its date was read."""

from __future__ import annotations

import html
from datetime import date

import pandas as pd

MARK_STYLE = {"date": "background:#ffe08a", "actor": "background:#bfe3ff",
              "trigger": "background:#c8f0c0;font-weight:600"}
CONTEXT_STYLE = "color:#6b7280"  # the sentences around the evidence, shown fainter than it

Span = tuple[int, int, str]


def find_spans(text: str, words: list[tuple[str, str]], fixed: list[Span] | tuple[Span, ...] = ()) -> list[Span]:
    """Where each (words, kind) occurs in the text, case-insensitive, earliest and longest first, no overlaps.

    `fixed` spans (known offsets, such as the trigger's) are kept first; found words overlapping them are dropped.
    """
    found = []
    lowered = text.lower()
    for phrase, kind in words:
        needle = phrase.strip().lower()
        start = lowered.find(needle) if needle else -1
        while start >= 0:
            found.append((start, start + len(needle), kind))
            start = lowered.find(needle, start + len(needle))
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[Span] = [span for span in fixed if 0 <= span[0] < span[1] <= len(text)]
    for span in found:
        if all(span[1] <= other[0] or span[0] >= other[1] for other in kept):
            kept.append(span)
    return sorted(kept)


def highlight(text: str, words: list[tuple[str, str]], fixed: list[Span] | tuple[Span, ...] = ()) -> str:
    """The text as safe HTML: every character escaped, the matched words (and `fixed` spans) wrapped in <mark>."""
    pieces = []
    position = 0
    for start, end, kind in find_spans(text, words, fixed):
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


def trigger_spans(record: dict) -> list[Span]:
    """The trigger's place in the sentence from its offsets; builds without them get it found by its words."""
    keys = ("trigger_start", "trigger_end", "sentence_start")
    start, end, sentence_start = (_offset(record.get(key)) for key in keys)
    if start is not None and end is not None and sentence_start is not None:
        return [(start - sentence_start, end - sentence_start, "trigger")]
    words = record.get("trigger") or ""
    return [(s, e, "trigger") for s, e, _ in find_spans(record.get("sentence") or "", [(words, "trigger")])[:1]]


def evidence_html(record: dict) -> str:
    """The sentence before (faint), the event's sentence with its words marked, the sentence after (faint)."""
    marked = highlight(record["sentence"], event_words(record), trigger_spans(record))
    before, after = (html.escape(record.get(key) or "") for key in ("before", "after"))
    faint = f'<span style="{CONTEXT_STYLE}">{{}}</span>'
    return " ".join(part for part in (faint.format(before) if before else "", marked,
                                      faint.format(after) if after else "") if part)


def date_sentence_html(record: dict) -> str | None:
    """The other sentence the date words came from, with them marked; None when they are in the event's sentence."""
    sentence = record.get("date_sentence")
    return highlight(sentence, [(record.get("date_text") or "", "date")]) if sentence else None


def derivation(record: dict) -> str:
    """How the event's date was read, in one line: "'next month' in an article of 2021-12-21 -> 2022-01"."""
    published = _day(record.get("published"))
    value = record["date"]
    words = record.get("date_text") or ""
    basis = record.get("date_basis")
    if basis == "publication" or not words:
        return f"no date in the sentence: the article's publication date {published} -> {value}"
    where = " (from another sentence of the article" + (", shown below)" if record.get("date_sentence") else ")")
    where = where if record.get("date_elsewhere") else ""
    if basis == "relative":
        return f"'{words}'{where} in an article of {published} -> {value} ({record['precision']})"
    return f"'{words}'{where} written in full -> {value} ({record['precision']})"


def last_selection(selections: dict[str, list[str]], last: str | None) -> list[str]:
    """The event ids of the widget selected last, else of any widget that still holds a selection."""
    if selections.get(last or ""):
        return selections[last]
    return next((ids for ids in selections.values() if ids), [])


def article_html(record: dict) -> str:
    """The article's title, outlet and publication date as safe HTML."""
    outlet = html.escape(record.get("source") or "unknown outlet")
    title = html.escape(record.get("title") or "(untitled article)")
    published = _day(record.get("published"))
    return f'<div class="article"><b>{title}</b><br><small>{outlet} · published {published}</small></div>'


def roles_line(record: dict) -> str:
    """Who acts on whom: "Russia → Ukraine", other actors after a semicolon, "none" without actors."""
    by_role: dict[str, list[str]] = {"source": [], "target": [], "other": []}
    for row in record.get("actor_words", []):
        by_role.setdefault(row["role"], []).append(row["actor"])
    line = " → ".join(", ".join(by_role[role]) for role in ("source", "target") if by_role[role])
    others = ", ".join(by_role["other"])
    return "; ".join(part for part in (line, others and f"also {others}") if part) or "none"


def web_link(url: str | None) -> str | None:
    """The url if it is an http(s) link, else None (an article may carry `javascript:` or file links)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _offset(value: object) -> int | None:
    """An offset cell as an int, or None when the build has none (NULL, NaN)."""
    if value is None or pd.isna(value):
        return None
    return int(value)


def _day(value: object) -> str:
    """A date-like cell as YYYY-MM-DD, or 'unknown'."""
    if value is None or (not isinstance(value, (str, date)) and pd.isna(value)):
        return "unknown"
    return str(pd.Timestamp(value).date())
