"""Kinds of document: an article's kind read from its title by the ordered rules of `document_kinds.csv`."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

RULES = Path(__file__).with_name("document_kinds.csv")
OTHER_KIND = "other"  # a title no rule matches


@lru_cache(maxsize=4)
def rules(path: Path = RULES) -> tuple[tuple[str, str], ...]:
    """The (kind, pattern) rules in file order; the first whose pattern is found in a title names its kind."""
    with path.open(encoding="utf-8", newline="") as handle:
        found = tuple((row["kind"].strip(), row["pattern"].strip()) for row in csv.DictReader(handle))
    for kind, pattern in found:
        re.compile(pattern)  # a broken rule fails here, with its pattern in the message, not in a query
        if not kind:
            raise ValueError(f"{path}: a rule without a kind ({pattern!r})")
    return found


def kind_of(title: str | None, path: Path = RULES) -> str:
    """The kind of the document a title names (case-insensitive), OTHER_KIND when no rule matches."""
    for kind, pattern in rules(path):
        if re.search(pattern, title or "", re.IGNORECASE):
            return kind
    return OTHER_KIND


def kind_sql(column: str = "title", path: Path = RULES) -> str:
    """The same rules as one SQL CASE over `column` (a fixed column name; the rules are quoted as literals)."""
    quote = lambda text: "'" + text.replace("'", "''") + "'"  # noqa: E731
    cases = " ".join(f"WHEN regexp_matches(coalesce({column}, ''), {quote(pattern)}, 'i') THEN {quote(kind)}"
                     for kind, pattern in rules(path))
    return f"CASE {cases} ELSE {quote(OTHER_KIND)} END" if cases else quote(OTHER_KIND)
