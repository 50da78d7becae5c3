"""Actor mentions: states, organisations, groups and people, found by one automaton and resolved in the article.

Finding (all words are data under ``resources/<language>/actors/``):

- Gazetteer aliases (states with capitals, demonyms and government metonyms; organisations;
  groups; people) are matched case-sensitively on whole words by one Aho-Corasick automaton.
  Overlaps go to the leftmost, then longest match. An alias listed under ``aliases_when_named``
  ("the alliance") counts only within 600 characters after the actor is named another way or, so
  named, called by such an alias (one that several actors list, "the agency", stands for the one
  mentioned last); an alias with several actors in ``ambiguous.csv`` ("Brussels")
  takes the one whose cue words are in its sentence, else the first listed; phrases in
  ``blocked.csv`` ("New Mexico") hide what they contain.
- A title from ``titles.csv`` (after optional modifiers, with an optional "for/of/to ..." part)
  followed by a capitalised name is a person. Their country is, in order: the gazetteer's for the
  publication date (term of office); a state or organisation written right before the title
  ("German Chancellor", "Ukraine's Foreign Minister", "NATO Secretary-General") or in its "of"
  part; the title's own default (a bare "Secretary of State" is the United States); else, but for
  diplomats and officers of organisations, the one state the sentence names by name or people (not
  by its capital alone: a city is where one meets); else empty.
  A name of one word is a known person with that surname (in office first, then of the title's
  kind: "Secretary Austin"; the first word is a surname only for states listed in
  ``family_name_first.txt``: "Foreign Minister Wang"), else kept as written unless it follows a
  "for ..." part, a comma or a lowercase title, where a lone word is rarely a name.
- A capitalised name of two to four words before a comma, an article and a description ("Roland Lavoie, a
  spokesman for NATO") is a person of the description's kind, serving the state or organisation it names.
- A person's one-word alias ("Osmani") right after another capitalised word that is none of the
  person's first names nor a name stopword names someone else ("Bujar Osmani") and is dropped.
- A capitalised two-word name of ten letters or more within edit distance 2 of a known person's
  two-word alias with the same initials is that person ("Voldomyr Zelenskiy" -> Volodymyr
  Zelensky).

Later mentions ("Blinken", "the Secretary", "she") are resolved in `coreference`; a bare "the government" stands
for the state whose government was named last (`governments`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

import regex

from pipeline import coreference, designees, governments, speakers
from pipeline.gazetteer import Gazetteer, gazetteer
from pipeline.mentions import (
    COLLECTIVE, WORD_BEFORE, Hit, adjacent_before, leftmost_longest, matches, merge, named_only,
)
from pipeline.model import ActorMention
from pipeline.sentences import split

_ANY_WORD_BEFORE = regex.compile(r"(\w+)[^\S\n]+$")
# A capitalised two-word name at each capital (overlapping ones too: "Joe Biden Said" has two). The capital
# is matched first, then the word before it checked, so that the regex engine skips to the capitals quickly.
_PAIR = regex.compile(r"\p{Lu}(?<![\w-]\p{Lu})(?=(\p{Ll}+[^\S\n]+\p{Lu}[\w'’-]*\p{Ll})(?![\w-]))")
# Matching runs on a copy with odd spaces made plain: one character for one, so offsets hold.
_ODD_SPACES = ("\u00a0", "\u2007", "\u2009", "\u202f")
# Kinds of title (titles.csv) whose holders often serve a state other than the one their sentence names:
# an ambassador is posted abroad, an organisation's officer serves no state.
_ABROAD_KINDS = ("diplomat", "org")


def _plain(text: str) -> str:
    """The text with odd spaces made plain (str.replace is much faster than str.translate on non-ASCII text)."""
    for space in _ODD_SPACES:
        text = text.replace(space, " ")
    return text


def _found(gaz: Gazetteer, text: str) -> dict[str, list[tuple[int, str]]]:
    """Each kind's words found in the text, as (last index, word) in the order of the text."""
    found: dict[str, list[tuple[int, str]]] = {"alias": [], "title": [], "description": []}
    for last, (word, kinds) in gaz.automaton.iter(text):
        for kind in kinds:
            found[kind].append((last, word))
    return found


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


def _gazetteer_hits(gaz: Gazetteer, text: str, spans: list[tuple[int, int]], aliases: list[tuple[int, str]]) -> list[Hit]:
    """Every whole-word alias match, ambiguous ones settled by cue words in their sentence."""
    hits = []
    for last, alias in aliases:
        start, end = last - len(alias) + 1, last + 1
        if not _whole_word(text, start, end):
            continue
        entries = gaz.aliases[alias]
        entry = entries[0]
        if all(a.when_named for a in entries):  # "the agency": the one of them named last, settled in named_only
            hits.append(Hit(start, end, entry.actor, when_named=True, others=tuple(a.actor for a in entries[1:])))
            continue
        if len(entries) > 1:
            s, e = _sentence_at(spans, start)
            window = text[s:e]
            entry = max(entries, key=lambda a: len(a.cues.findall(window)) if a.cues else 0)
        if _other_first_name(gaz, text, start, alias, entry.actor):
            continue
        # "ethnic Albanians in Serbia" are a people, not the Albanian state: the words name no actor
        actor = "" if gaz.types.get(entry.actor) == "state" and _people_word_before(gaz, text, start) else entry.actor
        hits.append(Hit(start, end, actor, when_named=entry.when_named))
    return hits


def _people_word_before(gaz: Gazetteer, text: str, start: int) -> bool:
    """True when a word that makes a demonym name a people ("ethnic") stands right before the position."""
    tail = text[max(0, start - 16) : start].lower()
    return any(tail.endswith(f"{word} ") and not tail[-len(word) - 2 : -len(word) - 1].isalnum()
               for word in gaz.grammar.get("people_words", ()))


def _other_first_name(gaz: Gazetteer, text: str, start: int, alias: str, actor: str) -> bool:
    """True when a person's one-word alias follows a capitalised word that is not their first name ("Bujar Osmani")."""
    if " " in alias or actor not in gaz.first_names:
        return False
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    word = before.group(1) if before else ""
    return bool(word) and word not in gaz.not_first_names and word not in gaz.first_names[actor]


def _fuzzy_hits(gaz: Gazetteer, text: str) -> list[Hit]:
    """Capitalised two-word names that are near misspellings of known people."""
    hits = []
    for match in _PAIR.finditer(text):
        start, end = match.start(), match.end(1)
        name = text[start:end]
        if name in gaz.aliases:
            continue
        person = gaz.near_person(name)
        if person:
            hits.append(Hit(start, end, person, priority=2))
    return hits


def _title_hits(
    gaz: Gazetteer,
    text: str,
    gazetteer_hits: list[Hit],
    published: date | None,
    openings: list[tuple[int, str]],
    spans: list[tuple[int, int]],
) -> list[Hit]:
    """People named after a title, with the country their title's context gives."""
    # the longest name ending at each place: "Republic of Korea", not the "Korea" it ends with
    hits_by_end = {hit.end: hit for hit in sorted(gazetteer_hits, key=lambda h: -h.start) if hit.actor}
    others = sorted((h for h in gazetteer_hits if gaz.types.get(h.actor) in COLLECTIVE), key=lambda h: h.start)
    other_starts = [h.start for h in others]
    hits = []
    for match in matches(gaz.title, openings, text):
        title = match.group("title")
        name = match.group("name")
        start, end = match.span("name")
        nearby = others[max(0, bisect_left(other_starts, start) - 3) : bisect_left(other_starts, end)]
        if any(_inside(start, end, h) for h in nearby):
            continue  # "Minister of Saudi Arabia": the "name" is part of a state's
        prefix = adjacent_before(gaz, hits_by_end, text, match.start())
        start = prefix.start if prefix else match.start()
        country = prefix.actor if prefix else _qualifier_country(gaz, match, gazetteer_hits)
        base = gaz.base_title(title)
        kind, default = gaz.title_kinds.get(base, gaz.title_kinds.get(base.title(), ("official", "")))
        # "King Abdullah", "Pope Francis": some people are known by title and name together
        actor = gaz.exact_person(f"{base} {name}") or gaz.known_person(name) or gaz.by_surname(name, kind, published) or name
        if actor == name and " " not in name and (match.group("qual") or match.group("comma") or title[0].islower()):
            continue  # a lone unknown word after "for ...", a comma or a lowercase title is rarely a name
        if actor == name and not country:  # "President Bush": two Presidents Bush, one country
            country = gaz.surname_country(name, published)
        if actor == name and not country and not default and kind not in _ABROAD_KINDS:
            country = _sole_state(gaz, text, others, _sentence_at(spans, start))
        hits.append(Hit(start, match.end(), actor, priority=0, country=country or default, kind=kind, role=base))
    return hits


def _sole_state(gaz: Gazetteer, text: str, collective: list[Hit], sentence: tuple[int, int]) -> str:
    """The one state a sentence names, if it names exactly one, by its name or people rather than only by its
    capital (a city is where one meets, not whose one is): an unknown office holder's state ("President Avril
    resigned to allow Haiti's first elections", not "met Prime Minister Egede in Washington")."""
    inside = [h for h in collective if sentence[0] <= h.start < sentence[1] and gaz.types.get(h.actor) == "state"]
    states = {h.actor for h in inside}
    if len(states) != 1 or all(text[h.start : h.end] in gaz.capitals for h in inside):
        return ""
    return states.pop()


def _apposition_hits(
    gaz: Gazetteer, text: str, hits: list[Hit], spans: list[tuple[int, int]], openings: list[tuple[int, str]]
) -> list[Hit]:
    """People named before a description in apposition ("Roland Lavoie, a spokesman", "Moussa Ibrahim, a Libyan
    government spokesman"): their kind from the description, their country from an actor inside it or the sentence."""
    starts = sorted(h.start for h in hits)
    collective = [h for h in hits if gaz.types.get(h.actor) in COLLECTIVE]
    articles = gaz.grammar.get("apposition_articles", ())
    found = []
    for last, phrase in openings:  # each a description's words ("spokesman for NATO" too: no blockers here)
        start, end = last - len(phrase) + 1, last + 1
        comma = text.rfind(",", max(0, start - 40), start)  # the description follows a comma closely, or is none
        between = text[comma + 1 : start].split() if comma >= 0 else []
        if not 1 <= len(between) <= 4 or between[0].lower() not in articles:
            continue  # ", a spokesman", ", the provincial governor": an article opens an apposition
        if not _whole_word(text, start, end):
            continue
        if (before := gaz.apposition.search(text, max(0, comma - 80), start)) is None:
            continue
        if any(before.start("name") <= s < before.end("name") for s in starts[: bisect_right(starts, before.end())]):
            continue  # a known person or a state's name: found already
        word = _ANY_WORD_BEFORE.search(text, max(0, before.start() - 20), before.start())
        if word and word.group(1).lower() in gaz.grammar["articles"]:
            continue  # "in the Rixos Hotel, a government official said": a place, and a speaker of its own
        kind = min(gaz.descriptions[phrase][0], default="official")
        inside = [h for h in collective if before.end("name") <= h.start and h.end <= end]
        inside += [h for h in collective if _qualifies(gaz, text, end, h)]  # "a spokesman for NATO"
        country = inside[0].actor if inside else ""
        if not country and kind not in _ABROAD_KINDS:
            country = _sole_state(gaz, text, collective, _sentence_at(spans, start))
        found.append(Hit(before.start("name"), before.end("name"), before.group("name"), priority=0,
                         country=country, kind=kind, role=phrase))
    return found


def _qualifies(gaz: Gazetteer, text: str, end: int, hit: Hit) -> bool:
    """Whether the hit follows a description ending at `end` after one of its prepositions ("for NATO")."""
    if not 0 < hit.start - end < 30:
        return False
    words = text[end : hit.start].split()
    return len(words) in (1, 2) and words[0] in gaz.grammar.get("apposition_prepositions", ()) and all(
        word in gaz.grammar["articles"] for word in words[1:])


def _inside(start: int, end: int, hit: Hit) -> bool:
    """True when a name starts inside the hit or lies within it ("Santiago Cafiero" only begins with one)."""
    return hit.start < start < hit.end or (hit.start <= start and end <= hit.end)


def _qualifier_country(gaz: Gazetteer, match: re.Match[str], hits: list[Hit]) -> str:
    """The state or organisation named in an "of ..." part of a title ("Minister of Foreign Affairs of Ukraine"),
    or right after it where the grammar allows ("президент России")."""
    if match.group("qual") is None or (
        match.group("prep") not in gaz.grammar["country_prepositions"] and not gaz.grammar.get("qualifier_names")
    ):
        return ""
    inside = [h for h in hits if match.start("qual") <= h.start and h.end <= match.end("qual") and h.actor]
    return next((h.actor for h in inside if gaz.types.get(h.actor) in ("state", "organization")), "")


def _mention(gaz: Gazetteer, text: str, hit: Hit, people: dict[str, coreference.Person]) -> ActorMention:
    """The public record for a hit."""
    if hit.actor in people:
        kind, country = "person", people[hit.actor].country
    else:
        # an organisation the gazetteer does not know is of the kind its finder gives ("OOO Transoil")
        kind, country = gaz.types.get(hit.actor, hit.kind), gaz.countries.get(hit.actor, hit.country)
    return ActorMention(text[hit.start : hit.end], hit.start, hit.end, hit.actor, kind, country)


def find_actors(
    text: str, published: date | None, sentences: list[tuple[int, int]] | None = None, language: str = "en",
    office_holder: str = "", speakers_named: bool = True,
) -> list[ActorMention]:
    """Every actor mention in the text, non-overlapping, sorted by start; people's countries as of `published`.

    `sentences` are the text's sentence spans when the caller has them already (else they are split here);
    `office_holder` is the known person the outlet's texts call by a bare title ("the Secretary"), if any;
    `speakers_named` finds people the gazetteer does not know where a speaker stands (not in a label or a title).
    """
    gaz = gazetteer(language)
    spans = split(text, language) if sentences is None else sentences
    plain = _plain(text)
    found = _found(gaz, plain)
    named = _gazetteer_hits(gaz, plain, spans, found["alias"])
    titles = _title_hits(gaz, plain, named, published, found["title"], spans)
    titles += _apposition_hits(gaz, plain, named + titles, spans, found["description"])
    if speakers_named:  # "Talha Jwaili, a rebel fighter, told"
        titles += speakers.unknown_speakers(language, plain, named + titles)
        # "OOO Transoil is being designated"
        titles += designees.organisation_designees(language, gaz, plain, named + titles)
    hits = leftmost_longest(named + titles + _fuzzy_hits(gaz, plain))
    hits = coreference.unify_surnames(named_only(hits), plain)
    hits = merge(hits, coreference.surname_hits(gaz, plain, hits))
    people = coreference.people(gaz, hits, published)
    holder = None
    if office_holder:
        holder = office_holder, coreference.known_person(gaz, office_holder, published)
        people.setdefault(*holder)
    hits = coreference.description_hits(gaz, plain, hits, people, found["description"], holder)
    hits = coreference.pronoun_hits(gaz, plain, spans, hits, people)
    # after the pronouns, which a sentence naming a government but no person would stop short
    hits = governments.government_hits(gaz, language, plain, spans, hits, people)  # "the regime"
    return [_mention(gaz, text, hit, people) for hit in hits]
