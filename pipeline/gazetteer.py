"""The actor gazetteer: states, organisations, groups, people, titles and descriptions from a language's files.

Read lazily, once per language. The lists of actors (states, organisations, groups, people, ambiguous and blocked
phrases) are English's with the language's own rows added, CLDR's names of states and capitals (babel) and, where
its `grammar.toml` says `inflect`, every form of its words; word lists (titles, stopwords, grammar) are the
language's own, English's where it has none. Canonical names are English in every language, so that one filter
finds the reports of all.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick
import regex

from pipeline import localised, name_patterns
from pipeline.spelling import edit_distance, letters, letters_apart
from pipeline.model import ActorMention

_RESOURCES = Path(__file__).parent / "resources"
_FAR_PAST = date(1900, 1, 1)
_FAR_FUTURE = date(2100, 1, 1)
_NEAR = 2  # edits: a two-word name this close to a known person's, with the same initials, is that person
_ENTITIES = ("states.csv", "organizations.csv", "groups.csv", "people.csv", "ambiguous.csv", "blocked.csv")


@dataclass(frozen=True, slots=True)
class Alias:
    """What one gazetteer alias names: an actor (empty when blocked), with its conditions."""

    actor: str
    when_named: bool = False
    cues: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """A person's office: role, the state or organisation served, and the dates it covers."""

    role: str
    kind: str
    country: str
    start: date
    end: date


@dataclass(eq=False, slots=True)
class Gazetteer:
    """Everything read from a language's actor files, with the patterns that find its words in a text."""

    types: dict[str, str] = field(default_factory=dict)  # actor -> state, organization, group, person
    countries: dict[str, str] = field(default_factory=dict)  # actor -> its fixed country
    terms: dict[str, list[Term]] = field(default_factory=lambda: defaultdict(list))
    genders: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[Alias]] = field(default_factory=lambda: defaultdict(list))
    capitals: set[str] = field(default_factory=set)  # aliases that name a state by its capital city
    demonyms: set[str] = field(default_factory=set)  # aliases that name a state by its people: "Russian", "Afghans"
    by_initials: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    first_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # person -> first words
    family_first: frozenset[str] = frozenset()  # states whose people write the family name first
    title_kinds: dict[str, tuple[str, str]] = field(default_factory=dict)  # title -> (kind, country)
    descriptions: dict[str, tuple[frozenset[str], tuple[str, ...], bool]] = field(default_factory=dict)
    # words that may stand before a surname without being a first name: "Secretary Blinken", "When Blinken"
    not_first_names: frozenset[str] = frozenset()
    grammar: dict = field(default_factory=dict)  # the words of the patterns: grammar.toml
    title: regex.Pattern[str] = regex.compile("(?!)")  # a title, then a name
    apposition: regex.Pattern[str] = regex.compile("(?!)")  # a name, a comma and an article, before a description
    name: regex.Pattern[str] = regex.compile("(?!)")  # a capitalised name of one to four words
    description: re.Pattern[str] = re.compile("(?!)")  # words that may refer back to a person
    # Aliases, and the words every match of the title and description patterns begins with (the patterns
    # are tried only where one does): one automaton finds them all in one pass over the text.
    automaton: ahocorasick.Automaton | None = None

    def term(self, name: str, published: date | None) -> Term:
        """The person's office on the publication date, else the latest before it, else the first."""
        terms = sorted(self.terms[name], key=lambda t: t.start)
        if published is None:
            return terms[-1]
        current = [t for t in terms if t.start <= published <= t.end]
        if current:
            return current[-1]
        before = [t for t in terms if t.end < published]
        return before[-1] if before else terms[0]

    def in_office(self, name: str, published: date | None) -> bool:
        """True when one of the person's terms covers the publication date (or it is unknown)."""
        return published is None or any(t.start <= published <= t.end for t in self.terms[name])

    def exact_person(self, name: str) -> str:
        """The canonical name of a known person written exactly this way, or ''."""
        return next((e.actor for e in self.aliases.get(name, ()) if self.types.get(e.actor) == "person"), "")

    def known_person(self, name: str) -> str:
        """The canonical name of a known person written this way, exactly or nearly, or ''."""
        return self.exact_person(name) or self.near_person(name)

    def near_person(self, name: str) -> str:
        """The known person whose two-word alias is within two edits with the same initials, or ''."""
        return _near_person(self, name)

    def by_surname(self, name: str, kind: str, published: date | None) -> str:
        """The one known person with this surname, preferring those in office and of the title's kind, or ''."""
        candidates = sorted(self.surnames.get(name, ()))
        for narrowed in (
            [p for p in candidates if self.in_office(p, published) and self.term(p, published).kind == kind],
            [p for p in candidates if self.in_office(p, published)],
            candidates,
        ):
            if narrowed:
                return narrowed[0] if len(narrowed) == 1 else ""
        return ""

    def surname_country(self, name: str, published: date | None) -> str:
        """The state or organisation that every known person of this surname serves, or '' ("President Bush")."""
        countries = {self.term(person, published).country for person in self.surnames.get(name, ())}
        return countries.pop() if len(countries) == 1 else ""

    def base_title(self, title: str) -> str:
        """The title without its modifiers, in the casing titles.csv uses when one matches."""
        return _base_title(self, title)


def _data(language: str, name: str) -> Path:
    """A language's actor file, or English's where the language has none."""
    path = _RESOURCES / language / "actors" / name
    return path if path.exists() else _RESOURCES / "en" / "actors" / name


def _rows(language: str, name: str) -> list[dict[str, str]]:
    """Rows of a CSV data file; a list of actors is English's with the language's own rows after it."""
    files = [_data(language, name)]
    if name in _ENTITIES and language != "en" and files[0].parent.parent.name == language:
        files.insert(0, _data("en", name))
    rows = []
    for path in files:
        with open(path, encoding="utf-8", newline="") as handle:
            rows += list(csv.DictReader(handle))
    return rows


@cache
def grammar(language: str) -> dict:
    """The words of the actor finder's patterns (grammar.toml): prepositions, articles, pronouns, quotes…"""
    return tomllib.loads(_data(language, "grammar.toml").read_text(encoding="utf-8"))


@cache
def quote_marks(language: str) -> frozenset[str]:
    """The quotation marks of a language, opening and closing, from its actor grammar's pairs."""
    return frozenset(mark for pair in grammar(language).get("quotes", ()) for mark in pair)


def _words(language: str, name: str) -> list[str]:
    """Non-comment lines of a TXT data file."""
    lines = _data(language, name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _split_list(cell: str | None) -> list[str]:
    """A |-separated cell as a list."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _date(cell: str, default: date) -> date:
    """An ISO date cell, or the default when empty."""
    return date.fromisoformat(cell) if cell else default


def _add(gaz: Gazetteer, alias: str, entry: Alias) -> None:
    """Register an alias with its twins: capitalised ("The Kremlin") and with typographic apostrophes."""
    capitalised = alias[0].upper() + alias[1:]
    for form in {alias, capitalised, alias.replace("'", "’"), capitalised.replace("'", "’")}:
        if entry not in gaz.aliases[form]:
            gaz.aliases[form].append(entry)


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    """One regex matching any cue word as a whole word."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b")


@cache
def gazetteer(language: str = "en") -> Gazetteer:
    """A language's gazetteer, read from its data files the first time it is asked for."""
    gaz = _load(language)
    gaz.grammar = grammar(language)
    if language != "en":
        _localise(gaz, language)
    stopwords, modifiers = _words(language, "name_stopwords.txt"), _words(language, "title_modifiers.txt")
    titles = name_patterns.title_forms(gaz.title_kinds)
    gaz.not_first_names = frozenset(stopwords).union(*(title.split() for title in gaz.title_kinds), modifiers)
    collective = [a for a, found in gaz.aliases.items() if gaz.types.get(found[0].actor) in ("state", "organization")]
    honorifics = _words(language, "honorifics.txt")
    gaz.title = name_patterns.title_regex(gaz.grammar, stopwords, honorifics, modifiers, titles, collective)
    gaz.description = name_patterns.description_regex(gaz.descriptions, gaz.grammar["description_blockers"])
    gaz.apposition = name_patterns.apposition_regex(gaz.grammar, stopwords)
    gaz.name = name_patterns.name_regex(gaz.grammar, stopwords)
    words = {"alias": gaz.aliases, "title": modifiers + titles, "description": gaz.descriptions}
    gaz.automaton = name_patterns.automaton(words)
    return gaz


@cache
def state_codes(language: str = "en") -> dict[str, str]:
    """The ISO 3166 alpha-3 code of each state of the gazetteer, by canonical name."""
    return {row["name"]: row["code"] for row in _rows(language, "states.csv") if row["code"]}


def person_by_surname(surname: str, published: date | None, language: str = "en") -> ActorMention | None:
    """The one known person with this surname (in office on the date first), as a mention without words, or None."""
    gaz = gazetteer(language)
    name = gaz.by_surname(surname, "", published)
    if not name:
        return None
    return ActorMention("", 0, 0, name, "person", gaz.term(name, published).country)


@lru_cache(maxsize=1024)
def office_holder(role: str, country: str, published: date | None, language: str = "en") -> str:
    """The one known person holding an office of a state or organisation on a day ("Secretary of State" of the
    United States), or ''."""
    gaz = gazetteer(language)
    holders = {person for person, terms in gaz.terms.items() for t in terms
               if t.role == role and t.country == country and published is not None and t.start <= published <= t.end}
    return holders.pop() if len(holders) == 1 else ""


def actor_type(name: str, language: str = "en") -> str:
    """The kind of a canonical actor of the gazetteer (state, organization, group, person), or ''."""
    return gazetteer(language).types.get(name, "")


def is_demonym(words: str, language: str = "en") -> bool:
    """Whether words name a state by its people or their adjective ("Russian", "the Afghans" without the article)."""
    return words in gazetteer(language).demonyms


def _load(language: str) -> Gazetteer:
    """Read every data file of a language into one gazetteer."""
    gaz = Gazetteer(family_first=frozenset(_words(language, "family_name_first.txt")))
    for row in _rows(language, "titles.csv"):
        gaz.title_kinds[row["title"]] = (row["kind"], row["country"])
    for row in _rows(language, "descriptions.csv"):
        roles = tuple(role.lower() for role in _split_list(row["roles"]))
        gaz.descriptions[row["phrase"]] = (frozenset(_split_list(row["kinds"])), roles, row["needs_country"] == "yes")
    ambiguous: dict[str, list[Alias]] = defaultdict(list)
    for row in _rows(language, "ambiguous.csv"):
        ambiguous[row["alias"]].append(Alias(row["actor"], cues=_cue_pattern(_split_list(row["cues"]))))
    for row in _rows(language, "states.csv"):
        name = row["name"]
        gaz.types[name], gaz.countries[name] = "state", name
        for column in ("aliases", "demonyms", "capitals", "metonyms"):
            for alias in [name] * (column == "aliases") + _split_list(row[column]):
                _add(gaz, alias, Alias(name))
        gaz.capitals.update(_split_list(row["capitals"]))
        gaz.demonyms.update(_split_list(row["demonyms"]))
    for row in _rows(language, "organizations.csv"):
        name = row["name"]
        gaz.types[name], gaz.countries[name] = "organization", row["country"] or name
        for alias in [name, *_split_list(row["aliases"])]:
            _add(gaz, alias, Alias(name))
        for alias in _split_list(row["aliases_when_named"]):
            _add(gaz, alias, Alias(name, when_named=True))
    for row in _rows(language, "groups.csv"):
        name = row["name"]
        gaz.types[name], gaz.countries[name] = "group", row["country"]
        for alias in [name, *_split_list(row["aliases"])]:
            _add(gaz, alias, Alias(name))
    for row in _rows(language, "people.csv"):
        _load_person(gaz, row)
    for row in _rows(language, "blocked.csv"):
        _add(gaz, row["phrase"], Alias(""))
    for alias, entries in ambiguous.items():
        gaz.aliases[alias] = entries
    return gaz


def _load_person(gaz: Gazetteer, row: dict[str, str]) -> None:
    """Add one office of a person, with the person's aliases and spelling index (a row without a role: aliases)."""
    name = row["name"]
    gaz.types[name] = "person"
    if row.get("role"):
        kind = gaz.title_kinds.get(row["role"], ("official", ""))[0]
        gaz.genders[name] = row["gender"]
        gaz.terms[name].append(
            Term(row["role"], kind, row["country"], _date(row["start"], _FAR_PAST), _date(row["end"], _FAR_FUTURE))
        )
    for alias in [name, *_split_list(row["aliases"])]:
        _add(gaz, alias, Alias(name))
        parts = alias.split()
        if len(parts) >= 2:
            gaz.surnames[parts[-1]].add(name)
            gaz.first_names[name].add(parts[0])
            if row.get("country") in gaz.family_first:  # "Wang Yi": the family name comes first
                gaz.surnames[parts[0]].add(name)
        if len(parts) == 2 and (alias, name) not in gaz.by_initials[(parts[0][0], parts[1][0])]:
            gaz.by_initials[(parts[0][0], parts[1][0])].append((alias, name))


def _localise(gaz: Gazetteer, language: str) -> None:
    """Add CLDR's names of states and capitals in the language, then the inflected forms of its own words."""
    english = set(gazetteer("en").aliases)
    codes = {row["name"]: row["code"] for row in _rows("en", "states.csv") if row["code"]}
    capitals = {row["name"]: _split_list(row["capitals"]) for row in _rows("en", "states.csv")}
    for names in (localised.territory_names(language, codes), localised.capital_names(language, capitals)):
        for state, aliases in names.items():
            for alias in aliases:
                _add(gaz, alias, Alias(state))
    if not gaz.grammar.get("inflect"):
        return
    native = [alias for alias in gaz.aliases if alias not in english]
    for alias, forms in localised.inflections(language, native + list(gaz.title_kinds)).items():
        for form in forms:
            if alias in gaz.title_kinds:
                gaz.title_kinds.setdefault(form, gaz.title_kinds[alias])
            if alias in gaz.aliases and form not in gaz.aliases:
                gaz.aliases[form] = list(gaz.aliases[alias])


@lru_cache(maxsize=65536)  # news repeats its names
def _near_person(gaz: Gazetteer, name: str) -> str:
    """The known person whose two-word alias is within two edits with the same initials, or ''."""
    parts = name.split()
    if len(parts) != 2 or len(name) < 10:  # short names differ by little: "Park Jun" is not "Park Jin"
        return ""
    best, best_distance = "", _NEAR + 1
    counts = Counter(name)
    for alias, person in gaz.by_initials.get((parts[0][0], parts[1][0]), ()):
        if abs(len(alias) - len(name)) <= _NEAR and letters_apart(counts, letters(alias)) <= _NEAR:
            distance = edit_distance(name, alias, _NEAR)
            if distance < best_distance:
                best, best_distance = person, distance
    return best


@lru_cache(maxsize=4096)
def _base_title(gaz: Gazetteer, title: str) -> str:
    """The title without its modifiers, in the casing titles.csv uses when one matches."""
    for candidate in sorted(gaz.title_kinds, key=len, reverse=True):
        if title.lower().endswith(candidate.lower()):
            return candidate
    return title
