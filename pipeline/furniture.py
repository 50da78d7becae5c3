"""Page furniture: what a saved page holds beside its article (site notices, readers' comments) names no event."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.lexicon import Lexicon, words_lexicon


@dataclass(frozen=True, slots=True)
class Furniture:
    """A language's marks of page furniture: phrases of site notices and the marks of readers' comments."""

    notices: Lexicon  # a sentence holding one is a notice of the site ("our Terms of Service")
    comments: Lexicon  # the first one opens the readers' comments, which run to the end of the page


@cache
def furniture(language: str) -> Furniture:
    """The page furniture rules of a language, from its resource files (English where it has none)."""
    return Furniture(
        notices=words_lexicon(language, "notices.txt", "notice"),
        comments=words_lexicon(language, "comment_marks.txt", "comment"),
    )


def comments_start(text: str, language: str) -> int:
    """Where a page's readers' comments begin: at its first comment mark, else at its end."""
    # comments follow the article on every page that has them, so the first mark ends the article's own text
    found = furniture(language).comments.find(text)
    return found[0].start if found else len(text)


def is_notice(text: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence text[start:end] is a notice of the site, not the article's."""
    return bool(furniture(language).notices.find(text, start, end))
