"""Outlets of the resource list: whom an article's source or address speaks for, its office and its home time zone."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.lexicon import read_rows


@dataclass(frozen=True, slots=True)
class Outlet:
    """An outlet known by words of its source or address ("state.gov", "u.s. department of state")."""

    words: str
    actor: str  # the government or organisation it speaks for
    office: str  # the office whose holder its texts call by a bare title ("the Secretary"), or ''
    zone: str  # the time zone of its home (IANA), in which its timestamps' days are read, or ''


@cache
def _outlets(language: str) -> tuple[Outlet, ...]:
    """The outlets of a language's list; outlets are the same in every language unless one lists its own."""
    rows = read_rows(language, "outlets.csv")
    return tuple(Outlet(row["outlet"].lower(), row["actor"], row["office"], row["zone"]) for row in rows)


def outlet(source: str, url: str, language: str) -> Outlet | None:
    """The outlet of the list an article comes from, by words of its source or address; None if unknown."""
    where = f"{source} {url}".lower()
    return next((known for known in _outlets(language) if known.words in where), None)
