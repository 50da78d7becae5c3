"""Page furniture: what a saved page holds beside its article names no event of the article.

- Readers' comments run from the first comment mark (`events/comment_marks.txt`: "| Reply") to the page's end.
- A sentence holding a phrase of a site's own notices (`events/notices.txt`: "Terms of Service") is the site's; a
  phrase written after "^" only where it opens the sentence (a video's caption stamped "updated: ...").
- A listing page's excerpts of other articles are lines ending in the language's "read more" link
  (`read_more.txt`: "…leggi tutto »"): another article's opening, cut short and shown without its own date, whose
  "today" is not the page's. A language without the file has no excerpts found.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from pipeline.lexicon import WORD, Hit, Lexicon, read_words, word_lines

_RESOURCES = Path(__file__).parent / "resources"
_TRAILING = regex.compile(r"[^\p{L}\p{N}]+$")  # the arrow, ellipsis or bracket after the link's words
_LINE = regex.compile(r"[^\n]+")
_OPENING = "opening"  # the label of a notice that is one only at a sentence's start


@cache
def _endings(language: str) -> tuple[str, ...]:
    """The language's "read more" phrases, lower-cased (none when it lists none)."""
    path = _RESOURCES / language / "read_more.txt"
    return tuple(line.lower() for line in word_lines(path)) if path.exists() else ()


def is_excerpt(line: str, language: str) -> bool:
    """True when the line ends in one of the language's "read more" links, its words standing alone."""
    line = line.rstrip()
    tail = _TRAILING.search(line, max(0, len(line) - 12)) if line and not line[-1].isalnum() else None
    head = (line[: tail.start()] if tail else line).lower()
    for ending in _endings(language):
        if head.endswith(ending):
            before = head[: len(head) - len(ending)]
            if not before or not (before[-1].isalnum() or before[-1] == "_"):
                return True
    return False


def excerpts(text: str, language: str) -> list[tuple[int, int]]:
    """The offsets of the text's lines that are excerpts of other articles, in order."""
    endings = _endings(language)
    lowered = text.lower()
    if not any(ending in lowered for ending in endings):
        return []  # most pages list no excerpt: no line need be read
    return [match.span() for match in _LINE.finditer(text) if is_excerpt(match.group(), language)]


def outside(spans: list[tuple[int, int]], excluded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (sorted, apart) that begin in none of the excluded ones."""
    if not excluded:
        return spans
    starts = [start for start, _ in excluded]
    kept = []
    for span in spans:
        i = bisect_right(starts, span[0]) - 1
        if i < 0 or span[0] >= excluded[i][1]:
            kept.append(span)
    return kept


@dataclass(frozen=True, slots=True)
class Furniture:
    """A language's marks of page furniture: phrases of site notices and the marks of readers' comments."""

    # a sentence holding one is a notice of the site ("our Terms of Service"); one labelled `_OPENING` only where it
    # opens the sentence
    notices: Lexicon
    # the first one opens the readers' comments, which run to the end of the page; each lexicon holds the marks
    # that share the set of marks they are written with ("|", ","), looked for only in a page holding them all
    comments: tuple[tuple[frozenset[str], Lexicon], ...]


@cache
def furniture(language: str) -> Furniture:
    """The page furniture rules of a language, from its resource files (English where it has none)."""
    by_marks: dict[frozenset[str], list[tuple[str, str]]] = {}
    for phrase in read_words(language, "comment_marks.txt"):
        marks = frozenset(token for token in WORD.findall(phrase) if not token[0].isalnum() and token != "*")
        by_marks.setdefault(marks, []).append((phrase, "comment"))
    return Furniture(
        notices=Lexicon([(phrase.removeprefix("^ "), _OPENING if phrase.startswith("^ ") else "notice")
                         for phrase in read_words(language, "notices.txt")], language=language),
        comments=tuple((marks, Lexicon(phrases, language=language)) for marks, phrases in by_marks.items()),
    )


def comments_start(text: str, language: str) -> int:
    """Where a page's readers' comments begin: at its first comment mark, else at its end."""
    # comments follow the article on every page that has them, so the first mark ends the article's own text;
    # a page without a bar needs no search for the marks written with one (", 2011 at 1:32 pm |")
    firsts = [found[0].start for marks, lexicon in furniture(language).comments
              if all(mark in text for mark in marks) and (found := lexicon.find(text))]
    return min(firsts, default=len(text))


def is_notice(text: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence text[start:end] is a notice of the site, not the article's."""
    return any(_holds(text, start, hit) for hit in furniture(language).notices.find(text, start, end))


def _holds(text: str, start: int, hit: Hit) -> bool:
    """Whether a notice found in the sentence that begins at `start` makes it the site's."""
    return hit.label != _OPENING or not text[start : hit.start].strip()


def own_sentences(text: str, sentences: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """The sentences of the article's own text: no listing excerpt, readers' comment or site notice."""
    comments = comments_start(text, language)
    hits = furniture(language).notices.find(text)  # one pass over the text
    notices = [hit.start for hit in hits]

    def holds_notice(start: int, end: int) -> bool:
        i = bisect_left(notices, start)
        return i < len(notices) and notices[i] < end and any(_holds(text, start, hit) for hit in hits[i:]
                                                             if hit.start < end)

    return [span for span in outside(sentences, excerpts(text, language))
            if span[1] <= comments and not holds_notice(*span)]
