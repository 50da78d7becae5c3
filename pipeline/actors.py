"""Actor mentions: states, organisations, groups and people, found by one automaton and resolved in the article.

Finding (all words are data under ``resources/en/actors/``):

- Gazetteer aliases (states with capitals, demonyms and government metonyms; organisations;
  groups; people) are matched case-sensitively on whole words by one Aho-Corasick automaton.
  Overlaps go to the leftmost, then longest match. An alias listed under ``aliases_when_named``
  ("the alliance") counts only within 600 characters after the actor is named another way; an alias with
  several actors in ``ambiguous.csv`` ("Brussels") takes the one whose cue words are in its
  sentence, else the first listed; phrases in ``blocked.csv`` ("New Mexico") hide what they contain.
- A title from ``titles.csv`` (after optional modifiers, with an optional "for/of/to ..." part)
  followed by a capitalised name is a person. Their country is, in order: the gazetteer's for the
  publication date (term of office); a state or organisation written right before the title
  ("German Chancellor", "Ukraine's Foreign Minister", "NATO Secretary-General") or in its "of"
  part; the title's own default (a bare "Secretary of State" is the United States); else empty.
  A name of one word is a known person with that surname (in office first, then of the title's
  kind: "Secretary Austin"; the first word is a surname only for states listed in
  ``family_name_first.txt``: "Foreign Minister Wang"), else kept as written unless it follows a
  "for ..." part, a comma or a lowercase title, where a lone word is rarely a name.
- A person's one-word alias ("Osmani") right after another capitalised word that is none of the
  person's first names nor a name stopword names someone else ("Bujar Osmani") and is dropped.
- A capitalised two-word name of ten letters or more within edit distance 2 of a known person's
  two-word alias with the same initials is that person ("Voldomyr Zelenskiy" -> Volodymyr
  Zelensky).

Resolving later mentions within the article:

- A surname alone refers to the person named in full earlier or later in the article (skipped
  when two people share it, and for last words under four letters: "Park Jin", "Kim").
- "the <demonym>? <description>" ("the Russian leader", "the U.S. official", "the Secretary")
  refers to the one person named earlier of that country whose role is of the description's kind
  and, where ``descriptions.csv`` names roles, holds one of them ("the chancellor"); when two
  or more fit, it stays unresolved. Some descriptions ("official") need the demonym.
- "He" or "She" opening a sentence (outside quotation marks) refers to the subject of the
  previous sentence, its first person named outside quotation marks, only when that sentence
  names no other person the pronoun could mean (same or unknown gender) and the subject's known
  gender does not contradict the pronoun. Anything else stays unresolved.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick

from pipeline.model import ActorMention
from pipeline.sentences import split

_DATA = Path(__file__).parent / "resources" / "en" / "actors"
_FAR_PAST = date(1900, 1, 1)
_FAR_FUTURE = date(2100, 1, 1)


@dataclass(frozen=True, slots=True)
class _Alias:
    """What one gazetteer alias names: an actor (empty when blocked), with its conditions."""

    actor: str
    when_named: bool = False
    cues: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _Term:
    """A person's office: role, the state or organisation served, and the dates it covers."""

    role: str
    kind: str
    country: str
    start: date
    end: date


@dataclass(slots=True)
class _Gazetteer:
    """Everything loaded from the data files, built once."""

    types: dict[str, str] = field(default_factory=dict)  # actor -> state, organization, group, person
    countries: dict[str, str] = field(default_factory=dict)  # actor -> its fixed country
    terms: dict[str, list[_Term]] = field(default_factory=lambda: defaultdict(list))
    genders: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[_Alias]] = field(default_factory=lambda: defaultdict(list))
    by_initials: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    first_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # person -> first words
    family_first: frozenset[str] = frozenset()  # states whose people write the family name first
    title_kinds: dict[str, tuple[str, str]] = field(default_factory=dict)  # title -> (kind, country)
    descriptions: dict[str, tuple[frozenset[str], tuple[str, ...], bool]] = field(default_factory=dict)


@dataclass(slots=True)
class _Hit:
    """A candidate mention before overlaps are settled; priority breaks ties between equal spans."""

    start: int
    end: int
    actor: str
    priority: int = 1
    when_named: bool = False
    country: str = ""  # for people found by title only
    kind: str = ""
    role: str = ""


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV data file."""
    with open(_DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _words(name: str) -> list[str]:
    """Non-comment lines of a TXT data file."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _split_list(cell: str | None) -> list[str]:
    """A |-separated cell as a list."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _date(cell: str, default: date) -> date:
    """An ISO date cell, or the default when empty."""
    return date.fromisoformat(cell) if cell else default


def _add(gaz: _Gazetteer, alias: str, entry: _Alias) -> None:
    """Register an alias with its twins: capitalised ("The Kremlin") and with typographic apostrophes."""
    capitalised = alias[0].upper() + alias[1:]
    for form in {alias, capitalised, alias.replace("'", "’"), capitalised.replace("'", "’")}:
        if entry not in gaz.aliases[form]:
            gaz.aliases[form].append(entry)


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    """One regex matching any cue word as a whole word."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b")


def _load() -> _Gazetteer:
    """Read every data file into one gazetteer."""
    gaz = _Gazetteer(family_first=frozenset(_words("family_name_first.txt")))
    for row in _rows("titles.csv"):
        gaz.title_kinds[row["title"]] = (row["kind"], row["country"])
    for row in _rows("descriptions.csv"):
        roles = tuple(role.lower() for role in _split_list(row["roles"]))
        gaz.descriptions[row["phrase"]] = (frozenset(_split_list(row["kinds"])), roles, row["needs_country"] == "yes")
    ambiguous: dict[str, list[_Alias]] = defaultdict(list)
    for row in _rows("ambiguous.csv"):
        ambiguous[row["alias"]].append(_Alias(row["actor"], cues=_cue_pattern(_split_list(row["cues"]))))
    for row in _rows("states.csv"):
        name = row["name"]
        gaz.types[name], gaz.countries[name] = "state", name
        for column in ("aliases", "demonyms", "capitals", "metonyms"):
            for alias in [name] * (column == "aliases") + _split_list(row[column]):
                _add(gaz, alias, _Alias(name))
    for row in _rows("organizations.csv"):
        name = row["name"]
        gaz.types[name], gaz.countries[name] = "organization", row["country"] or name
        for alias in [name, *_split_list(row["aliases"])]:
            _add(gaz, alias, _Alias(name))
        for alias in _split_list(row["aliases_when_named"]):
            _add(gaz, alias, _Alias(name, when_named=True))
    for row in _rows("groups.csv"):
        name = row["name"]
        gaz.types[name], gaz.countries[name] = "group", row["country"]
        for alias in [name, *_split_list(row["aliases"])]:
            _add(gaz, alias, _Alias(name))
    for row in _rows("people.csv"):
        _load_person(gaz, row)
    for row in _rows("blocked.csv"):
        _add(gaz, row["phrase"], _Alias(""))
    for alias, entries in ambiguous.items():
        gaz.aliases[alias] = entries
    return gaz


@cache
def state_codes() -> dict[str, str]:
    """The ISO 3166 alpha-3 code of each state of the gazetteer, by canonical name."""
    return {row["name"]: row["code"] for row in _rows("states.csv") if row["code"]}


def _load_person(gaz: _Gazetteer, row: dict[str, str]) -> None:
    """Add one office of a person, with the person's aliases and spelling index."""
    name = row["name"]
    kind = gaz.title_kinds.get(row["role"], ("official", ""))[0]
    gaz.types[name] = "person"
    gaz.genders[name] = row["gender"]
    gaz.terms[name].append(
        _Term(row["role"], kind, row["country"], _date(row["start"], _FAR_PAST), _date(row["end"], _FAR_FUTURE))
    )
    for alias in [name, *_split_list(row["aliases"])]:
        _add(gaz, alias, _Alias(name))
        parts = alias.split()
        if len(parts) >= 2:
            gaz.by_surname[parts[-1]].add(name)
            gaz.first_names[name].add(parts[0])
            if row["country"] in gaz.family_first:  # "Wang Yi": the family name comes first
                gaz.by_surname[parts[0]].add(name)
        if len(parts) == 2 and (alias, name) not in gaz.by_initials[(parts[0][0], parts[1][0])]:
            gaz.by_initials[(parts[0][0], parts[1][0])].append((alias, name))


def _automaton(words: dict[str, Iterable[str]]) -> ahocorasick.Automaton:
    """One automaton finding every occurrence of the words of each kind; each reports itself and its kinds."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for kind, listed in words.items():
        for word in listed:
            kinds[word].add(kind)
    automaton = ahocorasick.Automaton()
    for word, its_kinds in kinds.items():
        automaton.add_word(word, (word, frozenset(its_kinds)))
    automaton.make_automaton()
    return automaton


def _title_words(gaz: _Gazetteer) -> tuple[list[str], list[str]]:
    """The title modifiers and the titles (as listed and in lower case), each the longest first."""
    titles = sorted({form for t in gaz.title_kinds for form in (t, t.lower())}, key=len, reverse=True)
    return sorted(_words("title_modifiers.txt"), key=len, reverse=True), titles


def _title_regex(gaz: _Gazetteer) -> re.Pattern[str]:
    """Title, optional "for/of/to ..." part, then a capitalised name of one to four words."""
    modifiers, titles = _title_words(gaz)
    stop = "|".join(map(re.escape, _words("name_stopwords.txt")))
    honorific = "|".join(map(re.escape, sorted(_words("honorifics.txt"), key=len, reverse=True)))
    word = r"[A-Z][\w.'’-]*"
    space = r"[^\S\n]+"  # names and titles never run across lines
    token = rf"(?!(?:{stop})\b)[A-Z][a-z][\w-]*(?:['’][A-Z][\w-]*)?"
    particle = r"(?:(?:bin|bint|ibn|al|el|von|van|der|den|de|da|del|di|du|la|le)[^\S\n]+)"
    return re.compile(
        rf"(?<![\w-])(?P<title>(?:(?:{'|'.join(map(re.escape, modifiers))})[^\S\n]*)*"
        rf"(?:{'|'.join(map(re.escape, titles))}))"
        rf"(?P<qual>{space}(?P<prep>for|of|on|to|in){space}(?:the{space})?{word}"
        rf"(?:,?{space}(?:(?:and|of|the|for|on|in){space})*{word})*?)?"
        rf"(?P<comma>,?){space}(?:(?:{honorific}){space})?"
        rf"(?P<name>{token}(?:{space}[A-Z]\.)*(?:{space}{particle}*{token}){{0,3}})"
        r"(?![\w-])(?![^\S\n]+[A-Z][a-z])"
    )


def _description_regex(gaz: _Gazetteer) -> re.Pattern[str]:
    """Descriptions that may refer back to a person ("leader", "official", "Secretary")."""
    phrases = sorted(gaz.descriptions, key=len, reverse=True)
    # "the leader of al-Qaida" names someone else than the leader already mentioned
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w-])(?!\s+(?:of|for)\b)")


_GAZ = _load()
# words that may stand before a surname without being a first name: "Secretary Blinken", "When Blinken"
_NOT_FIRST_NAMES = frozenset(_words("name_stopwords.txt")).union(
    *(title.split() for title in _GAZ.title_kinds), _words("title_modifiers.txt")
)
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[^\S\n]+$")
_TITLE = _title_regex(_GAZ)
_DESCRIPTION = _description_regex(_GAZ)
# Gazetteer aliases, and the words every match of the title and description regexes begins with (the regexes
# are tried only where one does): one automaton finds them all in one pass over the text.
_AUTOMATON = _automaton(
    {
        "alias": _GAZ.aliases,
        "title": [word for words in _title_words(_GAZ) for word in words],
        "description": _GAZ.descriptions,
    }
)
# A capitalised two-word name at each capital (overlapping ones too: "Joe Biden Said" has two). The capital
# is matched first, then the word before it checked, so that the regex engine skips to the capitals quickly.
_PAIR = re.compile(r"[A-Z](?<![\w-][A-Z])(?=([a-z]+[^\S\n]+[A-Z][\w'’-]*[a-z])(?![\w-]))")
_WORD_START = re.compile(r"(?<![\w-])")  # matches (empty) where no word character or hyphen comes before
_WORD_END = re.compile(r"(?![\w-])")  # matches (empty) where no word character or hyphen follows
_QUOTE = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_NAMED_WITHIN = 600  # characters: "the alliance" far from "NATO" is often another alliance
_COLLECTIVE = ("state", "organization")  # what may stand before a title or inside a name
_THE = re.compile(r"[Tt]he\s+$")
# Matching runs on a copy with odd spaces made plain: one character for one, so offsets hold.
_ODD_SPACES = ("\u00a0", "\u2007", "\u2009", "\u202f")


def _term(name: str, published: date | None) -> _Term:
    """The person's office on the publication date, else the latest before it, else the first."""
    terms = sorted(_GAZ.terms[name], key=lambda t: t.start)
    if published is None:
        return terms[-1]
    current = [t for t in terms if t.start <= published <= t.end]
    if current:
        return current[-1]
    before = [t for t in terms if t.end < published]
    return before[-1] if before else terms[0]


def _plain(text: str) -> str:
    """The text with odd spaces made plain (str.replace is much faster than str.translate on non-ASCII text)."""
    for space in _ODD_SPACES:
        text = text.replace(space, " ")
    return text


def _found(text: str) -> dict[str, list[tuple[int, str]]]:
    """Each kind's words found in the text, as (last index, word) in the order of the text."""
    found: dict[str, list[tuple[int, str]]] = {"alias": [], "title": [], "description": []}
    for last, (word, kinds) in _AUTOMATON.iter(text):
        for kind in kinds:
            found[kind].append((last, word))
    return found


def _matches(pattern: re.Pattern[str], openings: list[tuple[int, str]], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), the pattern tried only where one of its openings (which begin every match) begins."""
    end = 0
    for start in sorted({last - len(word) + 1 for last, word in openings}):
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match


def _whole_word(text: str, start: int, end: int) -> bool:
    """True when the span neither starts nor ends inside a word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _sentence_at(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    """The sentence span holding a position (the position alone when it lies between sentences)."""
    i = bisect_right(spans, (position, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= position < spans[i][1]:
        return spans[i]
    return position, position + 1


def _gazetteer_hits(text: str, spans: list[tuple[int, int]], aliases: list[tuple[int, str]]) -> list[_Hit]:
    """Every whole-word alias match, ambiguous ones settled by cue words in their sentence."""
    hits = []
    for last, alias in aliases:
        start, end = last - len(alias) + 1, last + 1
        if not _whole_word(text, start, end):
            continue
        entries = _GAZ.aliases[alias]
        entry = entries[0]
        if len(entries) > 1:
            s, e = _sentence_at(spans, start)
            window = text[s:e]
            entry = max(entries, key=lambda a: len(a.cues.findall(window)) if a.cues else 0)
        if _other_first_name(text, start, alias, entry.actor):
            continue
        hits.append(_Hit(start, end, entry.actor, when_named=entry.when_named))
    return hits


def _other_first_name(text: str, start: int, alias: str, actor: str) -> bool:
    """True when a person's one-word alias follows a capitalised word that is not their first name ("Bujar Osmani")."""
    if " " in alias or actor not in _GAZ.first_names:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word = before.group(1) if before else ""
    return bool(word) and word not in _NOT_FIRST_NAMES and word not in _GAZ.first_names[actor]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once every path exceeds the limit."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@cache
def _letters(alias: str) -> Counter[str]:
    """How often each character occurs in a known alias."""
    return Counter(alias)


def _letters_apart(a: Counter[str], b: Counter[str]) -> int:
    """A lower bound of the edit distance, cheap to compute: the longer word's surplus letters each need an edit."""
    longer, shorter = (a, b) if a.total() >= b.total() else (b, a)
    return (longer - shorter).total()


@lru_cache(maxsize=65536)  # news repeats its names
def _near_person(name: str) -> str:
    """The known person whose two-word alias is within distance 2 with the same initials, or ''."""
    parts = name.split()
    if len(parts) != 2 or len(name) < 10:  # short names differ by little: "Park Jun" is not "Park Jin"
        return ""
    limit = 2
    best, best_distance = "", limit + 1
    letters = Counter(name)
    for alias, person in _GAZ.by_initials.get((parts[0][0], parts[1][0]), ()):
        if abs(len(alias) - len(name)) <= limit and _letters_apart(letters, _letters(alias)) <= limit:
            distance = _edit_distance(name, alias, limit)
            if distance < best_distance:
                best, best_distance = person, distance
    return best


def _fuzzy_hits(text: str) -> list[_Hit]:
    """Capitalised two-word names that are near misspellings of known people."""
    hits = []
    for match in _PAIR.finditer(text):
        start, end = match.start(), match.end(1)
        name = text[start:end]
        if name in _GAZ.aliases:
            continue
        person = _near_person(name)
        if person:
            hits.append(_Hit(start, end, person, priority=2))
    return hits


def _adjacent_before(hits_by_end: dict[int, _Hit], text: str, position: int) -> _Hit | None:
    """A state or organisation mention ending right before a position ("Russian ", "Ukraine's ")."""
    # ") " for "Republic of Korea (ROK) Special Representative"; " 's " for tokenised text
    for gap in (" ", "’s ", "'s ", " 's ", " ’s ", ") "):
        hit = hits_by_end.get(position - len(gap))
        if hit and text[position - len(gap) : position] == gap and _GAZ.types.get(hit.actor) in _COLLECTIVE:
            return hit
    return None


def _title_hits(
    text: str, gazetteer_hits: list[_Hit], published: date | None, openings: list[tuple[int, str]]
) -> list[_Hit]:
    """People named after a title, with the country their title's context gives."""
    hits_by_end = {hit.end: hit for hit in gazetteer_hits if hit.actor}
    others = sorted((h for h in gazetteer_hits if _GAZ.types.get(h.actor) in _COLLECTIVE), key=lambda h: h.start)
    other_starts = [h.start for h in others]
    hits = []
    for match in _matches(_TITLE, openings, text):
        title = match.group("title")
        name = match.group("name")
        start, end = match.span("name")
        nearby = others[max(0, bisect_left(other_starts, start) - 3) : bisect_left(other_starts, end)]
        if any(_inside(start, end, h) for h in nearby):
            continue  # "Minister of Saudi Arabia": the "name" is part of a state's
        prefix = _adjacent_before(hits_by_end, text, match.start())
        start = prefix.start if prefix else match.start()
        country = prefix.actor if prefix else _qualifier_country(match, gazetteer_hits)
        base = _base_title(title)
        kind, default = _GAZ.title_kinds.get(base, _GAZ.title_kinds.get(base.title(), ("official", "")))
        # "King Abdullah", "Pope Francis": some people are known by title and name together
        actor = _exact_person(f"{base} {name}") or _known_person(name) or _by_surname(name, kind, published) or name
        if actor == name and " " not in name and (match.group("qual") or match.group("comma") or title[0].islower()):
            continue  # a lone unknown word after "for ...", a comma or a lowercase title is rarely a name
        hits.append(_Hit(start, match.end(), actor, priority=0, country=country or default, kind=kind, role=base))
    return hits


def _inside(start: int, end: int, hit: _Hit) -> bool:
    """True when a name starts inside the hit or lies within it ("Santiago Cafiero" only begins with one)."""
    return hit.start < start < hit.end or (hit.start <= start and end <= hit.end)


@lru_cache(maxsize=4096)
def _base_title(title: str) -> str:
    """The title without its modifiers, in the casing titles.csv uses when one matches."""
    for candidate in sorted(_GAZ.title_kinds, key=len, reverse=True):
        if title.lower().endswith(candidate.lower()):
            return candidate
    return title


def _qualifier_country(match: re.Match[str], hits: list[_Hit]) -> str:
    """The state or organisation named in an "of ..." part of a title ("Minister of Foreign Affairs of Ukraine")."""
    if match.group("prep") != "of":
        return ""
    inside = [h for h in hits if match.start("qual") <= h.start and h.end <= match.end("qual") and h.actor]
    return next((h.actor for h in inside if _GAZ.types.get(h.actor) in ("state", "organization")), "")


def _known_person(name: str) -> str:
    """The canonical name of a known person written this way, exactly or nearly, or ''."""
    return _exact_person(name) or _near_person(name)


def _exact_person(name: str) -> str:
    """The canonical name of a known person written exactly this way, or ''."""
    return next((e.actor for e in _GAZ.aliases.get(name, ()) if _GAZ.types.get(e.actor) == "person"), "")


def _by_surname(name: str, kind: str, published: date | None) -> str:
    """The one known person with this surname, preferring those in office and of the title's kind, or ''."""
    candidates = sorted(_GAZ.by_surname.get(name, ()))
    for narrowed in (
        [p for p in candidates if _in_office(p, published) and _term(p, published).kind == kind],
        [p for p in candidates if _in_office(p, published)],
        candidates,
    ):
        if narrowed:
            return narrowed[0] if len(narrowed) == 1 else ""
    return ""


def person_by_surname(surname: str, published: date | None) -> ActorMention | None:
    """The one known person with this surname (in office on the date first), as a mention without words, or None."""
    name = _by_surname(surname, "", published)
    if not name:
        return None
    return ActorMention("", 0, 0, name, "person", _term(name, published).country)


def actor_type(name: str) -> str:
    """The kind of a canonical actor of the gazetteer (state, organization, group, person), or ''."""
    return _GAZ.types.get(name, "")


def _in_office(name: str, published: date | None) -> bool:
    """True when one of the person's terms covers the publication date (or it is unknown)."""
    return published is None or any(t.start <= published <= t.end for t in _GAZ.terms[name])


def _leftmost_longest(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits: at each place the longest, ties to the lowest priority number."""
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end, h.priority)):
        if not chosen or hit.start >= chosen[-1].end:
            chosen.append(hit)
    return chosen


def _named_only(hits: list[_Hit]) -> list[_Hit]:
    """Drop blocked phrases, and context-only aliases whose actor is not named shortly before them."""
    named: dict[str, int] = {}  # actor -> end of its latest plain mention
    kept = []
    for hit in hits:
        if not hit.actor:
            continue
        if not hit.when_named:
            named[hit.actor] = hit.end
            kept.append(hit)
        elif hit.start - named.get(hit.actor, -_NAMED_WITHIN) < _NAMED_WITHIN:
            kept.append(hit)
    return kept


@dataclass(slots=True)
class _Person:
    """What the article says about one person: country and kind of role."""

    country: str
    kind: str
    role: str
    gender: str

    def fits(self, kinds: frozenset[str], roles: tuple[str, ...]) -> bool:
        """True when the person's role is of one of the kinds and, if roles are given, names one of them."""
        kind_ok = "any" in kinds or self.kind in kinds
        return kind_ok and (not roles or any(role in self.role.lower() for role in roles))


def _people(hits: list[_Hit], published: date | None) -> dict[str, _Person]:
    """Each person the hits name, with country and role kind (gazetteer term first, then title)."""
    people: dict[str, _Person] = {}
    for hit in hits:
        if hit.actor in _GAZ.terms:
            term = _term(hit.actor, published)
            people.setdefault(hit.actor, _Person(term.country, term.kind, term.role, _GAZ.genders.get(hit.actor, "")))
        elif hit.priority == 0 and hit.actor not in people:
            people[hit.actor] = _Person(hit.country, hit.kind, hit.role, "")
    return people


def _surname_hits(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Bare surnames of the people named in full, where only one of them has that surname."""
    owners: dict[str, set[str]] = defaultdict(set)
    for hit in hits:
        if hit.actor in _GAZ.terms or hit.priority == 0:
            for name in (hit.actor, text[hit.start : hit.end]):
                if len(name.split()) >= 2:
                    owners[name.split()[-1]].add(hit.actor)
    # short last words are often given names written last ("Park Jin") or shared ones ("Kim")
    surnames = {s: next(iter(a)) for s, a in owners.items() if len(a) == 1 and s[:1].isupper() and len(s) >= 4}
    # Left to right without overlaps, at each place the longest surname that is a whole word there
    # (what one regex alternation of them would find, without compiling a regex per article).
    longest: dict[int, str] = {}
    for surname in surnames:
        start = text.find(surname)
        while start >= 0:
            if _WORD_START.match(text, start) and _WORD_END.match(text, start + len(surname)):
                longest[start] = max(longest.get(start, ""), surname, key=len)
            start = text.find(surname, start + 1)
    found: list[_Hit] = []
    for start in sorted(longest):
        if not found or start >= found[-1].end:
            found.append(_Hit(start, start + len(longest[start]), surnames[longest[start]], priority=3))
    return found


def _unify_surnames(hits: list[_Hit]) -> list[_Hit]:
    """Rename people known only by surname ("Deputy Secretary Sherman") to the one full name the article gives."""
    full: dict[str, set[str]] = defaultdict(set)
    for hit in hits:
        if hit.priority == 0 and " " in hit.actor:
            full[hit.actor.split()[-1]].add(hit.actor)
    for hit in hits:
        if hit.priority == 0 and " " not in hit.actor and len(full.get(hit.actor, ())) == 1:
            hit.actor = next(iter(full[hit.actor]))
    return hits


def _overlaps(hits: list[_Hit], starts: list[int], start: int, end: int) -> bool:
    """True when the span overlaps one of the hits (sorted and not overlapping each other; `starts` are theirs)."""
    i = bisect_left(starts, end)
    return i > 0 and hits[i - 1].end > start  # of the hits starting before the span ends, the last ends last


def _merge(chosen: list[_Hit], extra: list[_Hit]) -> list[_Hit]:
    """Add hits that overlap none already chosen."""
    starts = [h.start for h in chosen]
    merged = list(chosen)
    for hit in _leftmost_longest(extra):
        if not _overlaps(chosen, starts, hit.start, hit.end):
            merged.append(hit)
    return sorted(merged, key=lambda h: h.start)


def _description_hits(
    text: str, hits: list[_Hit], people: dict[str, _Person], openings: list[tuple[int, str]]
) -> list[_Hit]:
    """Resolve "the <demonym>? <description>" to the latest earlier person who fits; absorb the demonym."""
    hits_by_end = {hit.end: hit for hit in hits}
    persons = [h for h in hits if h.actor in people]
    person_starts = [h.start for h in persons]
    result = list(hits)
    for match in _matches(_DESCRIPTION, openings, text):
        start = match.start()
        adjective = _adjacent_before(hits_by_end, text, start)
        if adjective:
            start = adjective.start
        the = _THE.search(text, max(0, start - 5), start)
        if not the or _overlaps(persons, person_starts, start, match.end()):
            continue
        kinds, roles, needs_country = _GAZ.descriptions[match.group()]
        if needs_country and not adjective:
            continue  # "the official announcement"
        fitting = {
            h.actor for h in persons
            if h.end <= the.start()
            and people[h.actor].fits(kinds, roles)
            and (not adjective or people[h.actor].country == adjective.actor)
        }
        if len(fitting) == 1:
            result = [h for h in result if not (adjective and h is adjective)]
            result.append(_Hit(the.start(), match.end(), fitting.pop(), priority=4))
    return sorted(result, key=lambda h: h.start)


def _quoted(text: str) -> Callable[[int], bool]:
    """A test for whether a position lies inside quoted speech (within one paragraph)."""
    quotes = [m.span() for m in _QUOTE.finditer(text)]
    starts = [start for start, _ in quotes]

    def inside(position: int) -> bool:
        i = bisect_right(starts, position) - 1
        return i >= 0 and quotes[i][0] < position < quotes[i][1]

    return inside


def _pronoun_hits(text: str, spans: list[tuple[int, int]], hits: list[_Hit], people: dict[str, _Person]) -> list[_Hit]:
    """Resolve the first "he"/"she" of a sentence outside quotes, before any person it names, to the subject
    of the last sentence that named an actor outside quotes ("“…,” she said", "Meanwhile, she said")."""
    quoted = _quoted(text)
    persons = [h for h in hits if h.actor in people and not quoted(h.start)]
    starts = [h.start for h in persons]
    named = [h.start for h in hits if not quoted(h.start)]  # any actor: "Russia acted." ends the person's reach
    added: list[_Hit] = []
    previous: list[str] = []  # persons named outside quotes in the last sentence that named an actor, in order
    for s, e in spans:
        inside = persons[bisect_left(starts, s) : bisect_left(starts, e)]
        found = [h.actor for h in inside]
        pronoun = next((m for m in _PRONOUN.finditer(text, s, e) if not quoted(m.start())), None)
        antecedent = ""
        if pronoun and not any(h.start < pronoun.start() for h in inside):
            antecedent = _antecedent(previous, _PRONOUN_GENDER[pronoun.group().lower()], people)
        if antecedent:
            added.append(_Hit(pronoun.start(), pronoun.end(), antecedent, priority=5))
            found.insert(0, antecedent)
        if found or bisect_left(named, s) < bisect_left(named, e):
            previous = found
    return sorted(hits + added, key=lambda h: h.start)


def _antecedent(persons: list[str], gender: str, people: dict[str, _Person]) -> str:
    """The subject of the previous sentence, when it names no other person the pronoun could mean."""
    if not persons or people[persons[0]].gender not in ("", gender):
        return ""
    rivals = {p for p in persons[1:] if p != persons[0] and people[p].gender in ("", gender)}
    return "" if rivals else persons[0]


def _mention(text: str, hit: _Hit, people: dict[str, _Person]) -> ActorMention:
    """The public record for a hit."""
    if hit.actor in people:
        kind, country = "person", people[hit.actor].country
    else:
        kind, country = _GAZ.types[hit.actor], _GAZ.countries[hit.actor]
    return ActorMention(text[hit.start : hit.end], hit.start, hit.end, hit.actor, kind, country)


def find_actors(
    text: str, published: date | None, sentences: list[tuple[int, int]] | None = None
) -> list[ActorMention]:
    """Every actor mention in the text, non-overlapping, sorted by start; people's countries as of `published`.

    `sentences` are the text's sentence spans when the caller has them already (else they are split here).
    """
    spans = split(text) if sentences is None else sentences
    plain = _plain(text)
    found = _found(plain)
    gazetteer = _gazetteer_hits(plain, spans, found["alias"])
    titles = _title_hits(plain, gazetteer, published, found["title"])
    hits = _leftmost_longest(gazetteer + titles + _fuzzy_hits(plain))
    hits = _unify_surnames(_named_only(hits))
    hits = _merge(hits, _surname_hits(plain, hits))
    people = _people(hits, published)
    hits = _description_hits(plain, hits, people, found["description"])
    hits = _pronoun_hits(plain, spans, hits, people)
    return [_mention(text, hit, people) for hit in hits]
