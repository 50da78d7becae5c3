"""Coreference: later mentions of an actor resolved within the article (surnames, descriptions, pronouns).

- A surname alone refers to the person named in full earlier or later in the article (skipped
  when two people share it, and for last words under four letters: "Park Jin", "Kim"); one opening with a particle
  ("al-Obeidy") is capitalised where it opens a sentence.
- "the <demonym>? <description>" ("the Russian leader", "the U.S. official", "the Secretary")
  refers to the one person named earlier of that country whose role is of the description's kind
  and, where ``descriptions.csv`` names roles, holds one of them ("the chancellor"); when two
  or more fit, it stays unresolved, save that the bare words of the title of the office an outlet's texts mean
  ("the Secretary" in a State Department release) are its holder's, though another's title holds them ("UK Foreign
  Secretary Truss"). Some descriptions ("official") need the demonym. One after capitalised words
  ("the Deputy Secretary and First Vice Foreign Minister") is the one person named with exactly that title.
- A subject pronoun of ``grammar.toml`` ("He", "She") opening a sentence (outside quotation marks) refers to
  the last person named who can be it: going back over the last three sentences that named an actor, the first
  person not known to be of another gender in the nearest sentence that has one (its subject stays the topic).
  A sentence naming actors but no person ends the search, save one opening with a word that refers back
  (``continuing_subjects``: "This includes providing ... to Gavi"); anything else stays unresolved.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from pipeline.gazetteer import Gazetteer
from pipeline.lexicon import HYPHENS
from pipeline.mentions import WORD_BEFORE, Hit, adjacent_before, matches, overlaps

_LOOKBACK = 3  # sentences naming an actor, back to which a pronoun may refer

_WORD_START = re.compile(r"(?<![\w-])")  # matches (empty) where no word character or hyphen comes before
_WORD_END = re.compile(r"(?![\w-])")  # matches (empty) where no word character or hyphen follows
_NAME_GOES_ON = re.compile(r"[^\S\n]+[^\W\d_]")  # a space and a word (its case checked), on the same line
_QUOTE_CLOSED = r"(?<![\w.,!?;:]{mark})"  # no word or stop right before a mark that opens a quotation (checked after
# the mark, so that the search still skips to the marks quickly)
_MODIFIERS = re.compile(r"[^\W\d_][\w-]*")  # a word that may modify a title ("First", "Vice")
_OPENERS = ("", "\n", ".", "!", "?", '"', "“", "”")  # what stands before a sentence's first word


@cache
def _patterns(gaz: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Quoted speech, subject pronouns (either case), an article ending before a description and a word joining it
    to one before ("the Secretary and Foreign Minister"), from the grammar."""
    words = gaz.grammar
    # a mark that may close a quotation closes one where it follows a word or a stop ('... age," she said' goes on
    # with what a line before opened): it opens none
    closing = {b for _, b in words["quotes"]}
    marks = [(re.escape(a) + (_QUOTE_CLOSED.format(mark=re.escape(a)) if a in closing else ""), re.escape(b))
             for a, b in words["quotes"]]
    quotes = "|".join(f"{a}[^{b}\n]*{b}?" for a, b in marks) or "(?!)"
    pronouns = "|".join(_either_case(p) for p in words["pronouns"]) or "(?!)"
    articles = "|".join(_either_case(a) for a in words["articles"])
    article = rf"(?<![\w-])(?:{articles})\s+$" if articles else r"$"  # no articles: a description stands alone
    joiners = "|".join(re.escape(word) for word in words.get("description_joiners", ())) or "(?!)"
    return (re.compile(quotes), re.compile(rf"(?<![\w-])(?:{pronouns})(?![\w-])"), re.compile(article),
            re.compile(rf"\s+(?:{joiners})\s+$"))


def _either_case(word: str) -> str:
    """A regex for a word with its first letter in either case."""
    return f"[{re.escape(word[0].upper())}{re.escape(word[0].lower())}]{re.escape(word[1:])}"


@dataclass(slots=True)
class Person:
    """What the article says about one person: country and kind of role."""

    country: str
    kind: str
    role: str
    gender: str

    def fits(self, kinds: frozenset[str], roles: tuple[str, ...]) -> bool:
        """True when the person's role is of one of the kinds and, if roles are given, names one of them."""
        kind_ok = "any" in kinds or self.kind in kinds
        return kind_ok and (not roles or any(_holds(self.role.lower(), role) for role in roles))


def _holds(office: str, role: str) -> bool:
    """Whether an office's title holds a role's words as whole words ("deputy secretary" in "deputy secretary of
    state", not in "deputy secretary-general", a compound of its own)."""
    at = office.find(role)
    while at >= 0:
        end = at + len(role)
        if (at == 0 or not office[at - 1].isalnum()) and (end == len(office) or not (
                office[end].isalnum() or office[end] in HYPHENS)):
            return True
        at = office.find(role, at + 1)
    return False


def known_person(gaz: Gazetteer, name: str, published: date | None) -> Person:
    """What the gazetteer knows of a person on a day: the country, kind and role of the office, and gender."""
    term = gaz.term(name, published)
    return Person(term.country, term.kind, term.role, gaz.genders.get(name, ""))


def people(gaz: Gazetteer, hits: list[Hit], published: date | None) -> dict[str, Person]:
    """Each person the hits name, with country and role kind (gazetteer term first, then title)."""
    people: dict[str, Person] = {}
    for hit in hits:
        if hit.actor in gaz.terms:
            people.setdefault(hit.actor, known_person(gaz, hit.actor, published))
        elif hit.priority == 0 and hit.actor not in people:
            people[hit.actor] = Person(hit.country, hit.kind, hit.role, "")
    return people


def surname_hits(gaz: Gazetteer, text: str, hits: list[Hit]) -> list[Hit]:
    """Bare surnames of the people named in full, where only one of them has that surname."""
    owners: dict[str, set[str]] = defaultdict(set)
    given: dict[str, set[str]] = defaultdict(set)  # the first names before each surname in the full names
    for hit in hits:
        if hit.actor in gaz.terms or hit.priority == 0:
            for name in (hit.actor, text[hit.start : hit.end]):
                if len(name.split()) >= 2:
                    owners[name.split()[-1]].add(hit.actor)
                    given[name.split()[-1]].update(w for w in name.split()[:-1] if w not in gaz.not_first_names)
    # short last words are often given names written last ("Park Jin") or shared ones ("Kim")
    # "al-Obeidy" is written "Al-Obeidy" where it opens a sentence: one surname, whoever else bears it
    for surname in [s for s in owners if _surname(gaz, s) and not s[:1].isupper()]:
        owners[surname[:1].upper() + surname[1:]] |= owners[surname]
        owners[surname] = owners[surname[:1].upper() + surname[1:]]
    surnames = {s: next(iter(a)) for s, a in owners.items() if len(a) == 1 and _surname(gaz, s) and len(s) >= 4}
    # Left to right without overlaps, at each place the longest surname that is a whole word there
    # (what one regex alternation of them would find, without compiling a regex per article).
    longest: dict[int, str] = {}
    before_names: dict[int, str] = {}  # surnames a capitalised word follows, kept if they stand alone elsewhere
    standing: set[str] = set()  # "Foreign Minister Erywan" makes "Erywan Yusof" his; "Qiu Hong" never "Hong Kong"
    for surname in surnames:
        start = text.find(surname)
        while start >= 0:
            end = start + len(surname)
            if _WORD_START.match(text, start) and _WORD_END.match(text, end):
                if (more := _NAME_GOES_ON.match(text, end)) and more.group()[-1].isupper():
                    before_names[start] = surname
                else:
                    owner = surnames[surname]
                    if len(owner) == len(surname) or text[max(0, end - len(owner)) : end] != owner:
                        standing.add(surname)
                    longest[start] = max(longest.get(start, ""), surname, key=len)
            start = text.find(surname, start + 1)
    for start, surname in before_names.items():
        if surname in standing:
            longest[start] = max(longest.get(start, ""), surname, key=len)
    found: list[Hit] = []
    for start in sorted(longest):
        other = WORD_BEFORE.search(text, max(0, start - 30), start)
        # a capitalised word that opens its sentence may be any word ("Later Lenz spoke")
        first = other.group(1) if other and text[max(0, other.start() - 3) : other.start()].strip(" ")[-1:] not in (
            _OPENERS) else ""
        if first and first not in gaz.not_first_names and given[longest[start]] and first not in given[longest[start]]:
            continue  # "Rafik Hariri" after "Saad Hariri": a first name of someone else ("CNES President Baptiste": none)
        if not found or start >= found[-1].end:
            found.append(Hit(start, start + len(longest[start]), surnames[longest[start]], priority=3))
    return found


def _surname(gaz: Gazetteer, word: str) -> bool:
    """Whether a name's last word may stand alone for it: capitalised, or a particle joined to a capitalised word by a
    hyphen ("al-Obeidy")."""
    particle, _, rest = word.partition("-")
    return word[:1].isupper() or particle in gaz.grammar.get("name_particles", ()) and rest[:1].isupper()


def unify_surnames(hits: list[Hit], text: str) -> list[Hit]:
    """Rename people known only by one word of their name to the one full name the article gives: their surname
    ("Deputy Secretary Sherman"), or any word of a full name told with the same title, or one that holds it,
    whatever the name's order ("Foreign Minister Retno" after "Foreign Minister Retno Marsudi", "Vice Foreign Minister
    Choi" after "First Vice Foreign Minister Choi Jong Kun"), also where the gazetteer knows another of that name out
    of office ("First Vice Foreign Minister Cho" after "... Cho Hyundong", not a later Foreign Minister Cho)."""
    full: dict[str, set[str]] = defaultdict(set)
    words: dict[str, set[str]] = defaultdict(set)  # each word of a full name -> the full names it is in
    roles: dict[str, set[str]] = defaultdict(set)  # each full name -> the titles it is told with
    named_in_full = [hit.priority == 0 and " " in hit.actor and text[hit.start : hit.end].endswith(
        hit.actor.split()[-1]) for hit in hits]  # not "Cho" the gazetteer takes for another Cho
    for hit, told in zip(hits, named_in_full):
        if told:
            full[hit.actor.split()[-1]].add(hit.actor)
            for word in hit.actor.split():
                words[word].add(hit.actor)
            roles[hit.actor].add(hit.role.lower())
    for hit, told in zip(hits, named_in_full):
        word = text[hit.start : hit.end].rsplit(None, 1)[-1] if hit.priority == 0 and not told else ""
        if word in words:
            if len(full.get(word, ())) == 1:
                hit.actor = next(iter(full[word]))
            # a word that is in one full name only, told with the same title: a given name or a family name
            elif len(named := words[word]) == 1 and any(
                    _holds(role, hit.role.lower()) for role in roles[next(iter(named))]):
                hit.actor = next(iter(named))
    return hits


def description_hits(
    gaz: Gazetteer, text: str, hits: list[Hit], people: dict[str, Person], openings: list[tuple[int, str]],
    holder: tuple[str, Person] | None = None,
) -> list[Hit]:
    """Resolve "the <demonym>? <description>" to the one earlier person who fits, else to the `holder` of the
    office the outlet's texts mean by a bare title ("the Secretary") where it fits; absorb the demonym."""
    hits_by_end = {hit.end: hit for hit in hits}
    persons = [h for h in hits if h.actor in people]
    person_starts = [h.start for h in persons]
    result = list(hits)
    articled: set[int] = set()  # where descriptions after an article end: one joined to them shares it
    for match in matches(gaz.description, openings, text):
        start = match.start()
        adjective = adjacent_before(gaz, hits_by_end, text, start)
        if adjective:
            start = adjective.start
        the, joined = _introduced(gaz, text, start)
        modifiers = ""
        if not (the or joined) and not adjective:  # "the Deputy Secretary and First Vice Foreign Minister"
            start, modifiers = _modified(gaz, text, start)
            the, joined = _introduced(gaz, text, start)
        opening = the.start() if the else start if joined and joined.start() in articled else None
        if opening is None or overlaps(persons, person_starts, start, match.end()):
            continue
        if match.group()[:1].isupper() and (more := _NAME_GOES_ON.match(text, match.end())) and (
                more.group()[-1].isupper()):
            continue  # "the Deputy Foreign Minister": the first words of a longer title, someone else's
        articled.add(match.end())
        kinds, roles, needs_country = gaz.descriptions[match.group()]
        if needs_country and not adjective:
            continue  # "the official announcement"
        fitting = {
            h.actor for h in persons
            if h.end <= opening
            # a modified title is the one person's named with exactly that title ("Vice Foreign Minister Mori")
            and (_titled(text, h, modifiers, match.group()) if modifiers else people[h.actor].fits(kinds, roles)
                 and (not adjective or people[h.actor].country == adjective.actor))
        }
        # the bare words of the holder's own title mean the holder also where another fits ("the Secretary" after
        # "UK Foreign Secretary Elizabeth Truss"; not "the Foreign Minister", another's title)
        own = holder is not None and holder[0] in fitting and _holds(holder[1].role.lower(), match.group().lower())
        if holder and (not fitting or own) and not adjective and not modifiers and holder[1].fits(kinds, roles):
            fitting = {holder[0]}
        if len(fitting) == 1:
            result = [h for h in result if not (adjective and h is adjective)]
            result.append(Hit(opening, match.end(), fitting.pop(), priority=4))
    return sorted(result, key=lambda h: h.start)


def _introduced(gaz: Gazetteer, text: str, start: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The article right before a description at `start`, else the word joining it to one before ("and")."""
    the = _patterns(gaz)[2].search(text, max(0, start - 8), start)
    return the, None if the else _patterns(gaz)[3].search(text, max(0, start - 8), start)


def _modified(gaz: Gazetteer, text: str, start: int) -> tuple[int, str]:
    """Where the fewest capitalised words right before a description begin after an article or a joining word,
    with those words ("and First Vice Foreign Minister": "First Vice"); `start` and "" when none do."""
    words = list(_MODIFIERS.finditer(text, max(0, start - 40), start))
    at = start
    for count, word in enumerate(reversed(words), 1):
        if not word.group()[0].isupper() or text[word.end() : at] != " ":
            break
        at = word.start()
        the, joined = _introduced(gaz, text, at)
        if the or joined:
            return at, " ".join(w.group() for w in words[len(words) - count :])
    return start, ""


def _titled(text: str, hit: Hit, modifiers: str, description: str) -> bool:
    """Whether a person is named with exactly a modified title ("First Vice Foreign Minister Cho Hyun-dong")."""
    before = " " + " ".join(text[max(0, hit.start - 60) : hit.start].split()).lower()
    named = " ".join(text[hit.start : hit.end].split()).lower()
    return before.endswith(f" {modifiers.lower()}") and named.startswith(f"{description.lower()} ")


def quoted(gaz: Gazetteer, text: str) -> Callable[[int], bool]:
    """A test for whether a position lies inside quoted speech (within one paragraph)."""
    quotes = [m.span() for m in _patterns(gaz)[0].finditer(text)]
    starts = [start for start, _ in quotes]

    def inside(position: int) -> bool:
        i = bisect_right(starts, position) - 1
        return i >= 0 and quotes[i][0] < position < quotes[i][1]

    return inside


def pronoun_hits(
    gaz: Gazetteer, text: str, spans: list[tuple[int, int]], hits: list[Hit], people: dict[str, Person]
) -> list[Hit]:
    """Resolve the first "he"/"she" of a sentence outside quotes, before any person it names, to the subject
    of the last sentence that named an actor outside quotes ("“…,” she said", "Meanwhile, she said")."""
    inside_quotes = quoted(gaz, text)
    genders = {word.lower(): gender for word, gender in gaz.grammar["pronouns"].items()}
    persons = [h for h in hits if h.actor in people and not inside_quotes(h.start)]
    starts = [h.start for h in persons]
    named = [h.start for h in hits if not inside_quotes(h.start)]  # any actor: "Russia acted." ends the person's reach
    pronouns = [m for m in _patterns(gaz)[1].finditer(text) if not inside_quotes(m.start())]
    pronoun_starts = [m.start() for m in pronouns]
    added: list[Hit] = []
    history: list[list[str]] = []  # persons named outside quotes in each sentence that named an actor, in order
    for s, e in spans:
        inside = persons[bisect_left(starts, s) : bisect_left(starts, e)]
        found = [h.actor for h in inside]
        first = bisect_left(pronoun_starts, s)
        pronoun = pronouns[first] if first < len(pronouns) and pronoun_starts[first] < e else None
        antecedent = ""
        if pronoun and not any(h.start < pronoun.start() for h in inside):
            antecedent = _antecedent(history[-_LOOKBACK:], genders[pronoun.group().lower()], people)
        if antecedent:
            added.append(Hit(pronoun.start(), pronoun.end(), antecedent, priority=5))
            found.insert(0, antecedent)
        if found or (bisect_left(named, s) < bisect_left(named, e) and not _continues(gaz, text, s)):
            history.append(found)
    return sorted(hits + added, key=lambda h: h.start)


def _continues(gaz: Gazetteer, text: str, start: int) -> bool:
    """Whether a sentence opens with a word that refers back to what was told ("This includes providing ... to
    Gavi"): the actors it names are no new topic, so a later "He" still reaches the person named before."""
    first = re.match(r"[\w'’-]+", text[start : start + 20].lstrip())
    return first is not None and first.group().lower() in gaz.grammar.get("continuing_subjects", ())


def _antecedent(history: list[list[str]], gender: str, people: dict[str, Person]) -> str:
    """The last person named who can be the pronoun: going back sentence by sentence, the first persons that
    include one not known to be of another gender, and there the first of them, the subject, which stays the
    topic ("Blinken spoke with President Castillo. He thanked Peru"). A sentence naming actors but no person
    ends the search ("Putin spoke. Russia acted. He left")."""
    for persons in reversed(history):
        if not persons:
            return ""
        fitting = [p for p in persons if people[p].gender in ("", gender)]
        if fitting:  # else "Colvin said. … Gadhafi's soldiers were killed. … she said": she is not Gadhafi
            return fitting[0]
    return ""
