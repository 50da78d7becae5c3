"""Events: a trigger lexicon read clause by clause gives each event's type, status, actors, topic and date."""

from __future__ import annotations

import csv
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate, chain, compress, count
from pathlib import Path

from pipeline.model import ActorMention, Article, Timex
from pipeline.timex import tense, value_span
from pipeline.turns import first_person_mentions, turn_at, turns

_RESOURCES = Path(__file__).parent / "resources"
STATUSES = ("negated", "conditional", "planned", "ongoing", "occurred")  # when cues disagree, the first wins
_DATED_TYPES = frozenset({"DATE", "TIME"})  # durations and sets never date an event
_MAX_GAP = 3  # "~" in a phrase: up to three words in between
_COARSE = frozenset({"year", "decade"})  # precisions that name a period rather than the day of an act
_COARSE_REACH = 40  # characters: a year further from the trigger dates something else in the clause
_REFERENCE_DAYS = 31  # a day named longer before publication is history, not the narrative's day
_POSSESSIVE = re.compile(r"['’]s\s+(?:\w+[^\S\n]+){0,2}$")  # "Russia's (brutal) attack": 's, then up to two words
_OTHER_TOPIC = "other"
_STATEMENT = "STATEMENT"  # the type of reporting verbs
_REQUEST = "REQUEST"  # the type of a statement that obliges someone


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in a text: its offsets and the label its lexicon gives it."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Dating:
    """An event's date: TIMEX3 value, first and last day, precision, words and basis."""

    value: str | None
    start: date | None
    end: date | None
    precision: str
    text: str
    basis: str


class Lexicon:
    """Phrases matched on word tokens; where several start at the same token, the longest wins.

    A phrase is words apart by spaces: "~" stands for up to three words, "*" in a word for any letters.
    A lexicon searched over whole texts (`whole_texts`) finds where its phrases may begin once per text;
    others look only at the words of each span they are asked about.
    """

    def __init__(self, entries: list[tuple[str, str]], whole_texts: bool = False) -> None:
        self.whole_texts = whole_texts
        # each phrase: its tokens, its label, and whether it is plain words (no "~", no "*")
        self.by_first: dict[str, list[tuple[list[str], str, bool]]] = {}
        self.wild_first: list[tuple[list[str], str, bool]] = []
        # Where a phrase may begin: at its first word, or where its first two words stand when both are plain.
        self.openers: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        for phrase, label in sorted(entries, key=lambda entry: (-len(entry[0].split()), -len(entry[0]))):
            parts = phrase.split()
            tokens = [_normal(t) for part in parts for t in ([part] if part == "~" else _PATTERN.findall(part))]
            entry = (tokens, label, all(map(_is_plain, tokens)))
            if "*" in tokens[0]:
                self.wild_first.append(entry)
                continue
            self.by_first.setdefault(tokens[0], []).append(entry)
            if len(tokens) > 1 and _is_plain(tokens[0]) and _is_plain(tokens[1]):
                self.pairs.add((tokens[0], tokens[1]))
            else:
                self.openers.add(tokens[0])

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every phrase in text[start:end], left to right, without overlaps."""
        article = _article_words(text)
        first, last = article.word_range(start, len(text) if end is None else end)
        hits: list[Hit] = []
        covered = -1
        for i in article.phrase_starts(self, first, last):
            if i <= covered:
                continue
            found = self._match_at(article.words, i, last)
            if found is not None:
                covered, label = found
                hits.append(Hit(article.starts[i], article.ends[covered], label))
        return hits

    def may_occur(self, text: str, start: int, end: int) -> bool:
        """False when no phrase can begin in text[start:end], so that find would find none there."""
        article = _article_words(text)
        return bool(article.phrase_starts(self, *article.word_range(start, end)))

    def _match_at(self, words: list[str], i: int, last: int) -> tuple[int, str] | None:
        """The last word index and label of the first (longest) phrase that matches at word i, before word last."""
        for tokens, label, plain in chain(self.by_first.get(words[i], ()), self.wild_first):
            if plain:  # most phrases: compare the words at once
                found = i + len(tokens) - 1
                if found < last and words[i : found + 1] == tokens:
                    return found, label
            elif (found := _match(tokens, words, i, last)) is not None:
                return found, label
        return None


_WORD = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")  # words (with inner apostrophes and hyphens) and marks
_PATTERN = re.compile(r"[\w*]+(?:['’-][\w*]+)*|[^\w\s*]")  # the same in phrases, where "*" is a wildcard
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # a text's words between the spaces around them


class _Words:
    """A text's words as lexicons read them: offsets, normal forms, and where each lexicon's phrases may begin."""

    def __init__(self, text: str) -> None:
        lowered = _normal(text)
        if len(lowered) == len(text):
            # Lower case keeps each character a word character, a space, an apostrophe or hyphen, or another
            # mark, so the normal text splits into the same words at the same offsets, without match objects.
            parts = _WORD_SPLIT.split(lowered)
            bounds = list(accumulate(map(len, parts), initial=0))
            self.starts, self.ends, self.words = bounds[1:-1:2], bounds[2::2], parts[1::2]
        else:  # a letter whose lower case is longer: normalise word by word
            matches = list(_WORD.finditer(text))
            self.starts = [match.start() for match in matches]
            self.ends = [match.end() for match in matches]
            self.words = [_normal(match.group()) for match in matches]
        self._phrase_starts: dict[Lexicon, list[int]] = {}

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """The index of the first word inside text[start:end] and the index after the last one."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        while last > first and self.ends[last - 1] > end:
            last -= 1
        return first, last

    def phrase_starts(self, lexicon: Lexicon, first: int, last: int) -> list[int]:
        """The indices of the words from first to last (excluded) at which one of the lexicon's phrases may begin."""
        found = self._phrase_starts.get(lexicon)
        if found is None:
            if not lexicon.whole_texts:
                return self._phrase_starts_in(lexicon, first, last)
            found = self._phrase_starts[lexicon] = self._phrase_starts_in(lexicon, 0, len(self.words))
        return found[bisect_left(found, first) : bisect_left(found, last)]

    def _phrase_starts_in(self, lexicon: Lexicon, first: int, last: int) -> list[int]:
        """The phrase starts of words first to last (excluded), read word by word (most words begin none)."""
        if lexicon.wild_first:
            return list(range(first, last))
        words, openers, pairs = self.words, lexicon.openers, lexicon.pairs
        return [
            i for i in compress(count(first), map(lexicon.by_first.__contains__, words[first:last]))
            if words[i] in openers or (words[i], words[i + 1] if i + 1 < len(words) else "") in pairs
        ]


@lru_cache(maxsize=4)  # every lexicon reads the same article, clause by clause
def _article_words(text: str) -> _Words:
    """The words of a text, read once."""
    return _Words(text)


def _normal(token: str) -> str:
    """A token as phrases are compared: lower case, one kind of apostrophe."""
    return token.lower().replace("’", "'")


def _is_plain(token: str) -> bool:
    """Whether a phrase's token stands for just itself: no gap, no wildcard."""
    return token != "~" and "*" not in token


def _match(tokens: list[str], words: list[str], i: int, last: int) -> int | None:
    """The index of the last word when the phrase's tokens match the words from i on (before last), else None."""
    for k, head in enumerate(tokens):
        if head == "~":
            return _match_gap(tokens[k + 1 :], words, i, last)
        if i >= last or not _word_matches(head, words[i]):
            return None
        i += 1
    return i - 1


def _match_gap(tokens: list[str], words: list[str], i: int, last: int) -> int | None:
    """The last word index of the rest of a phrase after a gap of up to three words, the shortest gap first."""
    for skip in range(_MAX_GAP + 1):
        # a gap that runs past the clause or over a mark fails, and so does every longer one
        if skip and (i + skip > last or not words[i + skip - 1][0].isalnum()):
            return None
        found = _match(tokens, words, i + skip, last)
        if found is not None:
            return found
    return None


def _word_matches(pattern: str, word: str) -> bool:
    """A phrase word against a text word; "*" in the pattern stands for one or more letters."""
    if "*" not in pattern:
        return pattern == word
    prefix, suffix = pattern.split("*", 1)
    return len(word) > len(prefix) + len(suffix) and word.startswith(prefix) and word.endswith(suffix)


def _resource(language: str, name: str) -> Path:
    """A resource file of the language, or of English where the language has none."""
    path = _RESOURCES / language / "events" / name
    return path if path.exists() else _RESOURCES / "en" / "events" / name


def _read_rows(language: str, name: str) -> list[dict[str, str]]:
    """The rows of a CSV resource."""
    with _resource(language, name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _read_words(language: str, name: str) -> list[str]:
    """The lines of a word-list resource, without comments."""
    lines = _resource(language, name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _phrases(language: str, name: str, *columns: str, whole_texts: bool = False) -> Lexicon:
    """A lexicon from a CSV whose `phrases` column holds phrases separated by ";", labelled by the columns."""
    return Lexicon([
        (phrase.strip(), ":".join(row[c] for c in columns))
        for row in _read_rows(language, name)
        for phrase in row["phrases"].split(";")
        if phrase.strip()
    ], whole_texts)


@dataclass(frozen=True, slots=True)
class Rules:
    """A language's event rules: triggers ("-" labels a phrase that is no trigger), topics, status cues
    ("status:scope"), clause-opening words, complement words, words that open an object clause, the words that
    join actors, the words of unnamed sources, triggers in the present tense, light verbs, the determiners
    before a date that qualifies a noun, the words that oblige (a statement that obliges is a REQUEST), the
    prepositions of circumstance, prepositions,
    object nouns, subject pronouns, passive auxiliaries, the words that introduce a passive's agent and
    the phrases by which a speaker speaks for an actor."""

    triggers: Lexicon
    topics: Lexicon
    cues: Lexicon
    breaks: Lexicon
    complements: Lexicon
    object_clauses: Lexicon
    unnamed: Lexicon
    present: frozenset[str]
    light_verbs: frozenset[str]
    determiners: frozenset[str]
    obligations: Lexicon
    circumstances: frozenset[str]
    coordinators: frozenset[str]
    prepositions: frozenset[str]
    objects: frozenset[str]
    pronouns: frozenset[str]
    auxiliaries: frozenset[str]
    agents: frozenset[str]
    speakers: tuple[str, ...]


@cache
def rules(language: str) -> Rules:
    """The event rules of a language, read from its resource files."""
    return Rules(
        # triggers are looked for in every sentence, topics in the whole article: both read whole texts
        triggers=_phrases(language, "triggers.csv", "event_type", whole_texts=True),
        topics=_phrases(language, "topics.csv", "topic", whole_texts=True),
        cues=_phrases(language, "status.csv", "status", "scope"),
        breaks=Lexicon([(word, "break") for word in _read_words(language, "clause_breaks.txt")]),
        complements=Lexicon([(word, "complement") for word in _read_words(language, "complements.txt")]),
        object_clauses=Lexicon([(word, "object") for word in _read_words(language, "object_clauses.txt")]),
        unnamed=Lexicon([(word, "unnamed") for word in _read_words(language, "unnamed.txt")]),
        present=frozenset(word.lower() for word in _read_words(language, "present.txt")),
        light_verbs=frozenset(_normal(word) for word in _read_words(language, "light_verbs.txt")),
        determiners=frozenset(_normal(word) for word in _read_words(language, "determiners.txt")),
        obligations=Lexicon([(words, "obligation") for words in _read_words(language, "obligations.txt")]),
        circumstances=frozenset(_normal(word) for word in _read_words(language, "circumstances.txt")),
        coordinators=frozenset(word.lower() for word in _read_words(language, "coordinators.txt")),
        prepositions=frozenset(word.lower() for word in _read_words(language, "prepositions.txt")),
        objects=frozenset(word.lower() for word in _read_words(language, "objects.txt")),
        pronouns=frozenset(word.lower() for word in _read_words(language, "pronouns.txt")),
        auxiliaries=frozenset(word.lower() for word in _read_words(language, "auxiliaries.txt")),
        agents=frozenset(word.lower() for word in _read_words(language, "agents.txt")),
        speakers=tuple(phrase.lower() for phrase in _read_words(language, "speakers.txt")),
    )


# --- clauses and triggers ----------------------------------------------------------------------------


def clauses(rules: Rules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence text[start:end]: spans between clause-opening words and marks."""
    cuts = sorted({start, *(hit.start for hit in rules.breaks.find(text, start, end) if hit.start > start)})
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], end]) if text[a:b].strip()]


def clause_triggers(rules: Rules, text: str, clause: tuple[int, int]) -> list[Hit]:
    """The triggers that start events in a clause: one per event type, complements left out."""
    hits = rules.triggers.find(text, *clause)  # a phrase labelled "-" is no trigger: it hides the shorter ones
    if len(hits) < 2:  # a lone trigger completes none: its complement words do not matter
        return [hit for hit in hits if hit.label != "-"]
    tied = {hit.end for hit in rules.complements.find(text, *clause)}
    kept: list[Hit] = []
    previous: Hit | None = None
    for hit in (h for h in hits if h.label != "-"):
        # "agreed to meet", "talks to discuss", "discuss inviting": the later trigger completes the earlier;
        # "discussed continued support": a noun after a trigger is what that event is about.
        is_complement = previous is not None and (
            not text[previous.end : hit.start].strip()
            or _ends_with(text, previous.end, hit.start, tied)
            or _normal(text[hit.start : hit.end]) in rules.objects
        )
        same = next((k for k in kept if k.label == hit.label), None)
        if not is_complement and same is None:
            kept.append(hit)
        elif not is_complement and _circumstantial(rules, text, same) and not _circumstantial(rules, text, hit):
            kept[kept.index(same)] = hit  # "With the signing of ..., they have agreed": the verb is the event
        # What a speaker says is an event of its own: "said it will withdraw" is a STATEMENT and a RETREAT.
        previous = None if hit.label == _STATEMENT else hit
    return kept


def _circumstantial(rules: Rules, text: str, hit: Hit) -> bool:
    """Whether a trigger is a noun after a preposition ("with the signing", "after talks"), not the clause's verb."""
    words = [_normal(word) for word in _WORD.findall(text, max(0, hit.start - 30), hit.start)[-2:]]
    while words and words[-1] in rules.determiners:
        words.pop()
    return bool(words) and words[-1] in rules.circumstances


def _ends_with(text: str, start: int, end: int, tied: set[int]) -> bool:
    """True when text[start:end] ends, before white space, with a complement word."""
    stripped = len(text[start:end].rstrip())
    return start + stripped in tied


# --- status ------------------------------------------------------------------------------------------


def status(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, following: tuple[int, int] | None = None
) -> str:
    """The event's status from the cues of its clause: negated, conditional, planned, ongoing or occurred.

    A clause that opens with a cue of the whole clause ("..., unless Baghdad accepts") bears on the one before it.
    """
    found = set()
    for cue in rules.cues.find(text, *clause):
        kind, scope = cue.label.split(":")
        if _in_scope(text, cue, trigger, scope):
            found.add(kind)
    if following is not None:
        opening = text[following[0] : following[1]].lstrip()
        start = following[1] - len(opening)
        found.update(
            cue.label.split(":")[0] for cue in rules.cues.find(text, start, min(start + 20, following[1]))
            if cue.start == start and cue.label.endswith(":clause")
        )
    return next(kind for kind in STATUSES if kind in found or kind == "occurred")


def _in_scope(text: str, cue: Hit, trigger: Hit, scope: str) -> bool:
    """Whether a cue bears on the trigger: right before it, around it, before it in the clause, or anywhere."""
    if scope == "adjacent":
        return cue.end <= trigger.start and not text[cue.end : trigger.start].strip()
    if scope == "around":
        return cue.start <= trigger.start < cue.end
    if scope == "before":
        return cue.end <= trigger.start
    return True


# --- dates -------------------------------------------------------------------------------------------


def dating_of(timex: Timex) -> Dating | None:
    """A temporal expression as an event date, or None for durations, sets and values without days."""
    if timex.type not in _DATED_TYPES:
        return None
    start, end, precision = value_span(timex.value)
    if start is None or end is None or precision is None:
        return None
    # An event's date is the day, not the time of day: "2021-08-04TMO" dates an event to 2021-08-04.
    value = timex.value[:10] if precision == "day" else timex.value
    return Dating(value, start, end, precision, timex.text, timex.basis)


def publication_dating(published: date | None) -> Dating:
    """The publication date as an event's date: no words in the text gave it."""
    if published is None:
        return Dating(None, None, None, "", "", "publication")
    return Dating(published.isoformat(), published, published, "day", "", "publication")


class Datings:
    """An article's dated expressions in the order of the text, found by offset without reading them all."""

    def __init__(self, timexes: list[Timex], text: str = "", rules: Rules | None = None) -> None:
        self.items = [(t, d) for t in sorted(timexes, key=lambda t: t.start) if (d := dating_of(t))]
        self.starts = [t.start for t, _ in self.items]
        self.text, self.rules = text, rules
        self._modifiers: dict[int, bool] = {}

    def modifies(self, timex: Timex) -> bool:
        """Whether a day qualifies a noun ("the May 24 launch"): it dates its own event, not the narrative."""
        if timex.start not in self._modifiers:
            self._modifiers[timex.start] = self.rules is not None and _modifies(self.rules, self.text, timex)
        return self._modifiers[timex.start]

    def within(self, start: int, end: int) -> list[tuple[Timex, Dating]]:
        """The dated expressions that lie inside text[start:end]."""
        found = self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
        return [(t, d) for t, d in found if t.end <= end]

    def starting_before(self, offset: int) -> list[tuple[Timex, Dating]]:
        """The dated expressions that begin before an offset."""
        return self.items[: bisect_left(self.starts, offset)]


def _modifies(rules: Rules, text: str, timex: Timex) -> bool:
    """Whether a date stands between a determiner and a noun ("the May 24 launch", "Russia's February 24 invasion")."""
    before = [_normal(word) for word in _WORD.findall(text, max(0, timex.start - 20), timex.start)[-1:]]
    after = _WORD.match(text, timex.end + 1) if text[timex.end : timex.end + 1] == " " else None
    if not before or after is None or not after.group()[0].isalpha():
        return False
    # an entry that opens with an apostrophe is an ending: "'s" stands for "Russia's"
    return any(before[0] == d or (d[0] == "'" and before[0].endswith(d)) for d in rules.determiners)


def clause_dating(datings: Datings, clause: tuple[int, int], trigger: Hit) -> Dating | None:
    """The date in the event's own clause nearest its trigger; a year only right beside the trigger."""
    inside = [
        (t, d) for t, d in datings.within(*clause)
        if d.precision not in _COARSE or _distance(t, trigger) <= _COARSE_REACH
    ]
    if not inside:
        return None
    return min(inside, key=lambda pair: _distance(pair[0], trigger))[1]


def _distance(timex: Timex, trigger: Hit) -> int:
    """Characters between a temporal expression and a trigger."""
    return max(timex.start - trigger.end, trigger.start - timex.end, 0)


def reference_dating(datings: Datings, before: int, published: date | None) -> Dating | None:
    """The narrative's reference date at an offset: the last day named earlier, not in the future nor long past."""
    earlier = (
        d for t, d in reversed(datings.starting_before(before))  # from the last: the first that qualifies is wanted
        if t.end <= before and d.precision == "day" and not _after(d.start, published) and _recent(d.start, published)
        and not datings.modifies(t)
    )
    last = next(earlier, None)
    if last is None:
        return None
    return Dating(last.value, last.start, last.end, last.precision, last.text, "relative")


def _recent(day: date | None, published: date | None) -> bool:
    """Whether a day lies within a month before publication (True when either is unknown)."""
    return day is None or published is None or (published - day).days <= _REFERENCE_DAYS


def _after(day: date | None, published: date | None) -> bool:
    """Whether a day lies after the publication date (False when either is unknown)."""
    return day is not None and published is not None and day > published


# --- actors and topics -------------------------------------------------------------------------------


def event_actors(
    rules: Rules,
    text: str,
    mentions: list[ActorMention],
    clause: tuple[int, int],
    trigger: Hit,
    subject: list[ActorMention],
    governed: bool = False,
) -> list[tuple[ActorMention, str]]:
    """The event's actors with roles: the subject before the trigger is the source, later actors are targets.

    A clause without its own subject ("..., saying that") takes `subject`, the sentence's; an actor
    after a subject pronoun ("we will target Putin's war machine") is no source; "Russia's attack"
    has Russia as source; a passive ("was met by Kuleba") has its agent as source, its subject as target.
    A `governed` trigger, the object of an earlier one ("condemned the attack"), has no subject of its own.
    """
    in_clause = [m for m in mentions if clause[0] <= m.start and m.end <= clause[1]]
    before = [m for m in in_clause if m.end <= trigger.start]
    after = [m for m in in_clause if m.start >= trigger.end]
    agent = _agent(rules, text, clause, trigger, after)
    if agent is not None:
        sources, before = [agent], [m for m in before if m is not agent]
        roles = [(agent, "source"), *[(m, "target") for m in before]]
    else:
        sources = _possessor(text, before, trigger) or (
            [] if governed else _own_subject(rules, text, clause[0], before, subject, trigger))
        roles = [(m, "source") for m in sources]
        roles += [(m, "other") for m in before if m not in sources]
    roles += [(m, _after_role(rules, text, trigger, m)) for m in after if m not in sources]
    unique: dict[str, tuple[ActorMention, str]] = {}
    for mention, role in roles:
        unique.setdefault(mention.actor, (mention, role))  # an actor named twice keeps its first role
    return list(unique.values())


def _demands(
    rules: Rules, text: str, trigger: Hit, sentence: tuple[int, int], mentions: list[ActorMention]
) -> bool:
    """Whether what a speaker says obliges an actor ("said that Sudan must return ..."): a demand, not a statement."""
    if not rules.obligations.may_occur(text, trigger.end, sentence[1]):
        return False
    cue = rules.obligations.find(text, trigger.end, sentence[1])
    return bool(cue) and any(trigger.end <= m.start and m.end <= cue[0].start for m in mentions)


def _without_light_verbs(rules: Rules, text: str, hits: list[Hit], mentions: list[ActorMention]) -> list[Hit]:
    """The triggers less the light verbs whose object is a trigger: "imposed a curfew" is one event, a curfew."""
    return [
        hit for hit, following in zip(hits, [*hits[1:], None])
        if following is None
        or _normal(text[hit.start : hit.end]) not in rules.light_verbs
        or not _governs(rules, text, hit, following, mentions)
    ]


def _governs(rules: Rules, text: str, earlier: Hit, trigger: Hit, mentions: list[ActorMention]) -> bool:
    """Whether a trigger is the object of an earlier one ("condemned the attack"), not a verb of the same
    subject ("attacked and killed"): no actor, coordinator or mark between them."""
    between = _WORD.findall(text, earlier.end, trigger.start)
    if any(earlier.end <= m.start and m.end <= trigger.start for m in mentions):
        return False
    return not any(_normal(word) in rules.coordinators or not word[0].isalnum() for word in between)


def _after_role(rules: Rules, text: str, trigger: Hit, mention: ActorMention) -> str:
    """The role of an actor after the trigger: a target, except in what a speaker says ("said Russia will ...")
    where only the addressee is one ("told Reuters", "said to the Council")."""
    if trigger.label != _STATEMENT or _is_object(rules, text, mention):
        return "target"
    return "other" if text[trigger.end : mention.start].strip() else "target"


def _addressees(
    rules: Rules, text: str, mentions: list[ActorMention], following: tuple[int, int], cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """Targets of a trigger without any, from the object clause after it: "demanded that the US cancel" targets the US."""
    if any(role == "target" for _, role in cast) or not rules.object_clauses.find(text, following[0], following[0] + 12):
        return []
    named = {m.actor for m, _ in cast}
    inside = [m for m in mentions if following[0] <= m.start and m.end <= following[1]]
    return [(m, "target") for m in _subject(rules, text, inside) if m.actor not in named]


def _own_subject(
    rules: Rules, text: str, start: int, before: list[ActorMention], subject: list[ActorMention], trigger: Hit
) -> list[ActorMention]:
    """The clause's subject actors (none when a pronoun stands before them), else the sentence's."""
    found = _subject(rules, text, before)
    if found and _pronoun_before(rules, text, start, found[0].start):
        return []  # "we will target Putin's war machine": the unnamed "we" acts, not Putin
    if not found and _unnamed_speaker(rules, text, start, trigger, before):
        return []  # "analysts have said": unnamed speakers borrow no actor of the sentence
    return found or [m for m in subject if m.end <= trigger.start]


def _unnamed_speaker(rules: Rules, text: str, start: int, trigger: Hit, before: list[ActorMention]) -> bool:
    """Whether unnamed sources ("officials") act before the trigger, not those of a named actor ("Moroccan officials")."""
    if not rules.unnamed.may_occur(text, start, trigger.start):
        return False
    named = {m.end for m in before}
    return any(
        not any(text[end : hit.start].isspace() for end in named if end < hit.start)
        for hit in rules.unnamed.find(text, start, trigger.start)
    )


def _sentence_subject(rules: Rules, text: str, start: int, mentions: list[ActorMention]) -> list[ActorMention]:
    """The sentence's first actor, for clauses without a subject; none after a pronoun unless spoken for."""
    if not mentions:
        return []
    if _pronoun_before(rules, text, start, mentions[0].start) and not _speaks_for(rules, text, mentions[0]):
        return []
    return mentions[:1]


def _speaks_for(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether a phrase tying the speaker to the actor ("on behalf of") stands right before the mention."""
    before = " ".join(_normal(word) for word in _WORD.findall(text, max(0, mention.start - 40), mention.start))
    return any(before.endswith(phrase) for phrase in rules.speakers)


def _pronoun_before(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether a subject pronoun stands in text[start:end]."""
    return any(_normal(word) in rules.pronouns for word in _WORD.findall(text, start, end))


def _possessor(text: str, before: list[ActorMention], trigger: Hit) -> list[ActorMention]:
    """The actor whose possessive governs the trigger ("Russia's brutal attack"), as a one-item list."""
    if before and _POSSESSIVE.match(text, before[-1].end, trigger.start):
        return [before[-1]]
    return []


def _agent(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, after: list[ActorMention]
) -> ActorMention | None:
    """The agent of a passive trigger ("was met by Kuleba"): the first later actor after an agent word."""
    words = _WORD.findall(text, clause[0], trigger.start)[-2:]
    if not any(_normal(word) in rules.auxiliaries for word in words):
        return None
    for mention in after:
        # "by Kuleba", "by the Secretary": the agent word is one of the last two before the actor
        if any(_normal(word) in rules.agents for word in _WORD.findall(text, trigger.end, mention.start)[-2:]):
            return mention
    return None


def _subject(rules: Rules, text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The first actor before the trigger that is no object of a preposition, with those coordinated with it."""
    heads = [i for i, m in enumerate(before) if not _is_object(rules, text, m)]
    if not heads:
        return []
    group = [before[heads[0]]]
    for mention in before[heads[0] + 1 :]:
        joint = text[group[-1].end : mention.start].strip(" ,").lower()
        if joint not in rules.coordinators:  # "the United States and Russia", not "Putin ... NATO"
            break
        group.append(mention)
    return group


def _is_object(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether one of the two words before the mention is a preposition ("with Russia", "to the UN")."""
    words = _WORD.findall(text[max(0, mention.start - 40) : mention.start])[-2:]
    return any(_normal(word) in rules.prepositions for word in words)


def sentence_topics(rules: Rules, text: str, start: int, end: int) -> list[str]:
    """The topics a text names, the most often named first (the first named on a tie)."""
    counts = Counter(hit.label for hit in rules.topics.find(text, start, end))
    return sorted(counts, key=lambda label: -counts[label])  # a Counter keeps first-named order for ties


# --- events of an article ----------------------------------------------------------------------------


def event_id(article_id: str, sentence_start: int, trigger_start: int) -> str:
    """A stable identifier: the same article, sentence and trigger give the same id in every build."""
    key = f"{article_id}:{sentence_start}:{trigger_start}".encode()
    return hashlib.sha1(key, usedforsecurity=False).hexdigest()[:16]


def extract_events(
    article: Article, timexes: list[Timex], actors: list[ActorMention], sentences: list[tuple[int, int]]
) -> tuple[list[dict], list[dict]]:
    """The article's `events` rows and `event_actors` rows, one event per trigger clause."""
    text, language_rules = article.text, rules(article.language or "en")
    datings = Datings(timexes, text, language_rules)
    article_topics = sentence_topics(language_rules, text, 0, len(text))
    mentions = sorted(actors, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    speaking = turns(text, article.published, article.language or "en")
    turn_starts = [t.start for t in speaking]
    events: list[dict] = []
    roles: list[dict] = []
    for sentence in sentences:
        if not language_rules.triggers.may_occur(text, *sentence):
            continue  # most sentences name no event: their clauses and actors need no reading
        turn = turn_at(speaking, turn_starts, sentence[0]) if speaking else None
        if turn is not None and turn.silent:
            continue  # a journalist's question, a moderator's procedure: no event
        nearby = mentions[bisect_left(mention_starts, sentence[0]) : bisect_right(mention_starts, sentence[1])]
        in_sentence = [m for m in nearby if m.end <= sentence[1]]
        if turn is not None and turn.speaker is not None:
            in_sentence = _with_speaker(text, sentence, in_sentence, turn.speaker, article.language or "en")
        subject = _sentence_subject(language_rules, text, sentence[0], in_sentence)
        topics: list[str] | None = None  # the sentence's, read at its first event
        seen: set[tuple[str, tuple[str, ...]]] = set()
        parts = clauses(language_rules, text, *sentence)
        for clause, following in zip(parts, [*parts[1:], None]):
            earlier: Hit | None = None  # the clause's last trigger that is no statement
            for trigger in _without_light_verbs(language_rules, text, clause_triggers(language_rules, text, clause), in_sentence):
                if trigger.label == _STATEMENT and _demands(language_rules, text, trigger, sentence, in_sentence):
                    trigger = Hit(trigger.start, trigger.end, _REQUEST)  # "said Sudan must return": a demand
                governed = earlier is not None and _governs(language_rules, text, earlier, trigger, in_sentence)
                earlier = earlier if trigger.label == _STATEMENT else trigger
                cast = event_actors(language_rules, text, in_sentence, clause, trigger, subject, governed)
                if following is not None and trigger.label != _STATEMENT:
                    cast += _addressees(language_rules, text, in_sentence, following, cast)
                sources = [m for m, role in cast if role == "source"]
                subject = sources or subject
                # "Putin said ..., adding ...": one act of one source, however many verbs report it;
                # "Donfried called on Russia ..., saying ...": the participle reports the act already listed.
                key = (trigger.label, tuple(m.actor for m in sources))
                opens_clause = not text[clause[0] : trigger.start].strip()
                if key in seen or (trigger.label == _STATEMENT and opens_clause and key[1] in {k[1] for k in seen}):
                    continue
                seen.add(key)
                kind = status(language_rules, text, clause, trigger, following)
                event, actor_rows = _event(article, datings, cast, sentence, clause, kind, trigger)
                if topics is None:
                    topics = sentence_topics(language_rules, text, *sentence) or article_topics[:1] or [_OTHER_TOPIC]
                event.update(topic=topics[0], topics=list(topics))  # each row owns its list
                events.append(event)
                roles.extend(actor_rows)
    return events, roles


def _past(text: str, trigger: Hit, language: str) -> bool:
    """Whether a trigger's first word is in the past tense ("launched", "met"), by the tagger's tense cues."""
    first = _WORD.match(text, trigger.start)
    before = _WORD.findall(text, max(0, trigger.start - 30), trigger.start)[-1:]
    return first is not None and tense(first.group(), before[0] if before else "", language) < 0


def _with_speaker(
    text: str, sentence: tuple[int, int], mentions: list[ActorMention], speaker: ActorMention, language: str
) -> list[ActorMention]:
    """A turn's sentence's mentions with the speaker's first-person words ("I", "we") among them."""
    taken = {(m.start, m.end) for m in mentions}
    added = [m for m in first_person_mentions(text, *sentence, speaker, language) if (m.start, m.end) not in taken]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _event(
    article: Article,
    datings: Datings,
    cast: list[tuple[ActorMention, str]],
    sentence: tuple[int, int],
    clause: tuple[int, int],
    kind: str,
    trigger: Hit,
) -> tuple[dict, list[dict]]:
    """One event row (without topics) and its actor rows."""
    text, language_rules = article.text, rules(article.language or "en")
    past = kind == "planned" and _past(text, trigger, article.language or "en")
    if past:
        kind = "occurred"  # "The very next month, Russia launched ...": a past act is never planned
    # The narrative's reference day is a past day: it dates neither what is still to come nor what is said now
    # ("analysts say" is dated by the publication, not by the Friday the article told of before).
    present = _normal(text[trigger.start : trigger.end]) in language_rules.present
    narrative = None if kind == "planned" or present else reference_dating(datings, clause[0], article.published)
    dating = clause_dating(datings, clause, trigger) or narrative or publication_dating(article.published)
    if kind in ("occurred", "ongoing") and _after(dating.start, article.published):
        past = past or _past(text, trigger, article.language or "en")  # read only where it matters
        if not past:
            kind = "planned"  # a date after publication can only be expected
        elif dating.basis == "relative":
            # A past act after publication: its words were anchored on the wrong day ("the very next month"
            # after a date the text named long before); the narrative's day or the publication dates it instead.
            dating = narrative or publication_dating(article.published)
    identifier = event_id(article.article_id, sentence[0], trigger.start)
    event = {
        "event_id": identifier,
        "article_id": article.article_id,
        "published": article.published,
        "date": dating.value,
        "date_start": dating.start,
        "date_end": dating.end,
        "precision": dating.precision,
        "date_text": dating.text,
        "date_basis": dating.basis,
        "status": kind,
        "trigger": text[trigger.start : trigger.end],
        "trigger_start": trigger.start,
        "trigger_end": trigger.end,
        "event_type": trigger.label,
        "actors": [m.actor for m, _ in cast],
        "countries": list(dict.fromkeys(m.country for m, _ in cast if m.country)),
        "sentence": text[sentence[0] : sentence[1]],
        "sentence_start": sentence[0],
        "title": article.title,
        "source": article.source,
        "url": article.url,
    }
    rows = [
        {"event_id": identifier, "actor": m.actor, "actor_type": m.actor_type, "country": m.country,
         "role": role, "text": m.text}
        for m, role in cast
    ]
    return event, rows
