"""A language's event rules, and what they find in a clause: its triggers and its clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from pipeline.lexicon import WORD, Hit, Lexicon, normal, phrases, read_rows, read_words, row_phrases, words_lexicon
from pipeline.preceding import word_before
from pipeline.purposes import after_light_verb, fulfilled

STATUSES = ("negated", "conditional", "planned", "ongoing", "occurred")  # when cues disagree, the first wins
_MEANS = 6  # words of a means itself at most: "with ~ assistance", "today's ~ meeting"
_QUALIFIERS = 6  # words between a reporting verb and the noun it carries: "the United States’ continued steadfast"
POSSESSIVE = re.compile(r"['’]s?$")  # a possessor's ending, or the mark alone as a word of its own
_INNER_MARKS = frozenset({"'", "’", "."})  # marks within a possessor or an abbreviation ("the U.S.’")
HABITUAL = "habitual"  # the cues of a habit or a general truth: no status, no event ("will always support")
UNREAL = "unreal"  # the cues of an act only owed, supposed or wondered about: no status, no event ("must accept")
STATEMENT = "STATEMENT"  # the type of reporting verbs


@dataclass(frozen=True, slots=True)
class Rules:
    """A language's event rules (and its code), one field per resource file of `resources/<language>/events/`:
    the README there says what each holds."""

    language: str
    triggers: Lexicon
    topics: Lexicon
    cues: Lexicon
    breaks: Lexicon
    complements: Lexicon
    object_clauses: Lexicon
    conditions: Lexicon
    unnamed: Lexicon
    closing_speakers: Lexicon  # unnamed sources only where they close a report after a comma
    present: frozenset[str]
    present_subjects: frozenset[str]
    recent: frozenset[str]
    perfect: frozenset[str]
    light_verbs: frozenset[str]
    determiners: frozenset[str]
    obligations: Lexicon
    circumstances: frozenset[str]
    coordinators: frozenset[str]
    prepositions: frozenset[str]
    venues: frozenset[str]
    comparisons: frozenset[str]
    purposes: frozenset[str]
    matters: frozenset[str]
    stakes: frozenset[str]
    counterparts: frozenset[str]
    partners: frozenset[str]
    venue_events: frozenset[str]
    objects: frozenset[str]
    performative: frozenset[str]
    unfulfilled: frozenset[tuple[str, ...]]
    carried: dict[str, frozenset[str]]  # "verb" -> reporting verbs that carry a noun; event type -> its nouns
    means: Lexicon  # "verb:group": verbs whose sense their means decides; "TYPE:group": the means that give it
    pronouns: frozenset[str]
    auxiliaries: frozenset[str]
    feelings: frozenset[str]
    sympathies: frozenset[str]  # "expressed his condolences": feelings a statement offers the side it is told to
    relatives: frozenset[str]
    participles: Lexicon
    reduced: frozenset[str]  # "those killed": a participle after one names those it was done to
    agents: frozenset[str]
    agent_nouns: frozenset[tuple[str, ...]]  # (article, noun): "the support"
    agent_phrases: dict[str, frozenset[str]]  # kind ("adverb", "group") -> words about a passive's agent word
    speakers: tuple[str, ...]
    domestic: frozenset[str]
    reached: frozenset[str]  # types of the domestic ones the state they happen in only suffers ("protests in Libya")
    party_nouns: frozenset[str]  # "the Libyan people", "U.S. forces": a state's qualifier names a party of it
    datives: frozenset[str]
    participants: Lexicon
    co_parties: Lexicon  # "and her counterparts": the other side of the last meeting, after one side
    mutual: frozenset[str]
    addressed: frozenset[str]
    reporting: frozenset[str]
    range_joiners: frozenset[str]
    schedule_titles: tuple[str, ...]
    bounds: frozenset[tuple[str, ...]]
    perfect_bounds: frozenset[tuple[str, ...]]
    hostile: frozenset[str]
    sited: frozenset[str]  # types of acts that reach ones named where they are: that place is no target
    background: frozenset[str]  # types of acts a release names as done, without a day, as background
    asking: frozenset[str]
    outlet_acts: frozenset[str]
    outlet_subjects: dict[str, frozenset[str]]  # kind ("noun", "opening") -> its words
    owners: dict[str, frozenset[str]]  # kind ("pronoun", "complement") -> its words
    commitments: dict[str, frozenset[str]]  # kind ("verb", "marker", "ending") -> its words
    infinitives: dict[str, frozenset[str]]  # kind ("opener", "marker", "subordinator") -> its words
    hostile_courses: Lexicon
    introductions: frozenset[str]
    cooperative: frozenset[str]
    questions: dict[str, frozenset[str]]  # kind ("end", "closing", "opening", "word") -> its marks or words
    headings: dict[str, frozenset[str]]  # kind ("end", "minor") -> its marks or words
    date_clauses: frozenset[str]
    first_objects: frozenset[tuple[str, ...]]
    hosts: frozenset[tuple[str, ...]]
    place_compounds: frozenset[str]
    origins: frozenset[str]
    definite: frozenset[str]
    indefinite: frozenset[str]  # indefinite articles: "the risk of **a** wider war"
    known_events: frozenset[str]
    attributive: frozenset[str]
    dated_events: Lexicon  # phrases of well-known acts, labelled by the day each began and its sides
    offsets: dict[str, str]  # "after" -> "after": a noun after an interval and the word is that much earlier
    dated_words: frozenset[str]  # the words of those phrases: a trigger among them may be one
    kinds_of_acts: dict[str, frozenset[str]]  # kind ("noun", "relative") -> its words
    characterisations: frozenset[tuple[str, ...]]  # "as a": what opens naming what an act told before is


@cache
def rules(language: str) -> Rules:
    """The event rules of a language, read from its resource files."""
    return Rules(
        language=language,
        # triggers are looked for in every sentence, topics in the whole article: both read whole texts
        triggers=phrases(language, "triggers.csv", "event_type", whole_texts=True),
        topics=phrases(language, "topics.csv", "topic", whole_texts=True),
        # a cue reads the same contracted: "you'll be joining" is planned as "you will be joining" is; cues are asked
        # of every clause, and so read whole texts too
        cues=phrases(language, "status.csv", "status", "scope", whole_texts=True, spelled=True),
        breaks=words_lexicon(language, "clause_breaks.txt", "break", ("list_marks.txt", "list")),
        complements=words_lexicon(language, "complements.txt", "complement"),
        object_clauses=words_lexicon(language, "object_clauses.txt", "object"),
        conditions=words_lexicon(language, "conditions.txt", "condition"),
        unnamed=words_lexicon(language, "unnamed.txt", "unnamed"),
        closing_speakers=words_lexicon(language, "closing_speakers.txt", "unnamed"),
        present=frozenset(word.lower() for word in read_words(language, "present.txt")),
        present_subjects=_word_set(language, "present_subjects.txt"),
        recent=_word_set(language, "recent.txt"),
        perfect=_word_set(language, "perfect.txt"),
        light_verbs=_word_set(language, "light_verbs.txt"),
        determiners=_word_set(language, "determiners.txt"),
        obligations=words_lexicon(language, "obligations.txt", "obligation"),
        circumstances=_word_set(language, "circumstances.txt"),
        coordinators=frozenset(word.lower() for word in read_words(language, "coordinators.txt")),
        prepositions=frozenset(word.lower() for word in read_words(language, "prepositions.txt")),
        venues=_word_set(language, "venues.txt"),
        comparisons=_word_set(language, "comparisons.txt"),
        purposes=_word_set(language, "purposes.txt"),
        matters=_word_set(language, "matters.txt"),
        stakes=_word_set(language, "stakes.txt"),
        counterparts=_word_set(language, "counterparts.txt"),
        partners=_word_set(language, "partners.txt"),
        venue_events=frozenset(read_words(language, "venue_events.txt")),
        objects=frozenset(word.lower() for word in read_words(language, "objects.txt")),
        carried=_kinds(language, "carried.csv"),
        means=phrases(language, "means.csv", "kind", "group"),
        performative=_word_set(language, "performative.txt"),
        unfulfilled=word_tuples(language, "unfulfilled.txt"),
        pronouns=frozenset(word.lower() for word in read_words(language, "pronouns.txt")),
        auxiliaries=frozenset(word.lower() for word in read_words(language, "auxiliaries.txt")),
        feelings=_word_set(language, "feelings.txt"),
        sympathies=_word_set(language, "sympathies.txt"),
        relatives=_word_set(language, "relatives.txt"),
        participles=words_lexicon(language, "participles.txt", "participle"),
        reduced=_word_set(language, "reduced.txt"),
        agents=frozenset(word.lower() for word in read_words(language, "agents.txt")),
        agent_nouns=word_tuples(language, "agent_nouns.txt"),
        agent_phrases=_kinds(language, "agent_phrases.csv"),
        speakers=tuple(phrase.lower() for phrase in read_words(language, "speakers.txt")),
        domestic=frozenset(read_words(language, "domestic.txt")),
        reached=frozenset(read_words(language, "reached.txt")),
        party_nouns=_word_set(language, "party_nouns.txt"),
        datives=_word_set(language, "datives.txt"),
        participants=words_lexicon(language, "participants.txt", "participants"),
        co_parties=words_lexicon(language, "co_parties.txt", "co_parties"),
        mutual=frozenset(read_words(language, "mutual.txt")),
        addressed=_word_set(language, "addressed.txt"),
        reporting=_word_set(language, "reporting.txt"),
        range_joiners=_word_set(language, "range_joiners.txt"),
        schedule_titles=tuple(line.lower() for line in read_words(language, "schedule_titles.txt")),
        bounds=word_tuples(language, "bounds.txt"),
        perfect_bounds=word_tuples(language, "perfect_bounds.txt"),
        hostile=frozenset(read_words(language, "hostile.txt")),
        sited=frozenset(read_words(language, "sited.txt")),
        background=frozenset(read_words(language, "background.txt")),
        asking=frozenset(read_words(language, "asking.txt")),
        commitments=_kinds(language, "commitments.csv"),
        infinitives=_kinds(language, "infinitives.csv"),
        outlet_acts=_word_set(language, "outlet_acts.txt"),
        outlet_subjects=_kinds(language, "outlet_subjects.csv"),
        owners=_kinds(language, "owners.csv"),
        hostile_courses=words_lexicon(language, "hostile_courses.txt", "hostile"),
        introductions=_word_set(language, "introductions.txt"),
        cooperative=frozenset(read_words(language, "cooperative.txt")),
        questions=_kinds(language, "questions.csv"),
        headings=_kinds(language, "headings.csv"),
        date_clauses=_word_set(language, "date_clauses.txt"),
        first_objects=word_tuples(language, "first_objects.txt"),
        hosts=word_tuples(language, "hosts.txt"),
        place_compounds=_word_set(language, "place_compounds.txt"),
        origins=_word_set(language, "origins.txt"),
        definite=_word_set(language, "definite.txt"),
        indefinite=_word_set(language, "indefinite.txt"),
        known_events=_word_set(language, "known_events.txt"),
        attributive=_word_set(language, "attributive.txt"),
        dated_events=phrases(language, "dated_events.csv", "date", "source", "target"),
        offsets={normal(row["word"]): row["relation"] for row in read_rows(language, "offsets.csv")},
        dated_words=frozenset(normal(word) for row in read_rows(language, "dated_events.csv")
                              for phrase in row_phrases(row) for word in WORD.findall(phrase)),
        kinds_of_acts=_kinds(language, "kinds_of_acts.csv"),
        characterisations=word_tuples(language, "characterisations.txt"),
    )


def _word_set(language: str, name: str) -> frozenset[str]:
    """The words of a resource file of a language, normalised."""
    return frozenset(normal(word) for word in read_words(language, name))


def _kinds(language: str, name: str) -> dict[str, frozenset[str]]:
    """The phrases of a CSV resource by the kind its `kind` column gives them, in normal form."""
    kinds: dict[str, set[str]] = {}
    for row in read_rows(language, name):
        kinds.setdefault(row["kind"], set()).update(normal(phrase) for phrase in row_phrases(row))
    return {kind: frozenset(found) for kind, found in kinds.items()}


def word_tuples(language: str, name: str) -> frozenset[tuple[str, ...]]:
    """The phrases of a word-list resource as tuples of normal words, for checking the words that end a span."""
    return frozenset(tuple(normal(word) for word in line.split()) for line in read_words(language, name))


def clauses(rules: Rules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a sentence: spans between clause-opening words and marks, a list mark's only after a trigger."""
    cuts = [start]
    for hit in rules.breaks.find(text, start, end):
        if _acronym(text[hit.start : hit.end]):
            continue  # "met with WHO Director-General Tedros": an organisation's initials, no relative pronoun
        if hit.label != "list" or any(t.label != "-" for t in rules.triggers.find(text, start, hit.start)):
            cuts.append(hit.start)
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], end]) if text[a:b].strip()]


def _acronym(word: str) -> bool:
    """Whether a word is written in capitals only, as initials are ("WHO"), not as a sentence's first word is."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def clause_triggers(
    rules: Rules, text: str, clause: tuple[int, int], silent: list[tuple[int, int]] | None = None
) -> list[Hit]:
    """The triggers that start events in a clause: one per event type, complements left out, none within the
    sentence's parts that name no event (`silent`, see `silent_parts.silent_spans`)."""
    hits = rules.triggers.find(text, *clause)  # a phrase labelled "-" is no trigger: it hides the shorter ones
    hits = [hit for hit in hits if not any(a < hit.end and hit.start < b for a, b in silent or ())]
    hits = fulfilled(rules, text, _carried(rules, text, clause, hits))
    hits = _by_means(rules, text, clause, hits)
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
            or _ends_with(text, previous.end, after_light_verb(rules, text, previous, hit.start), tied)
            or normal(text[hit.start : hit.end]) in rules.objects
        )
        same = next((k for k in kept if k.label == hit.label), None)
        if not is_complement and same is None:
            kept.append(hit)
        elif not is_complement and _circumstantial(rules, text, same) and not _circumstantial(rules, text, hit):
            kept[kept.index(same)] = hit  # "With the signing of ..., they have agreed": the verb is the event
        # What a speaker says is an event of its own: "said it will withdraw" is a STATEMENT and a RETREAT.
        previous = None if hit.label == STATEMENT else hit
    return kept


def _carried(rules: Rules, text: str, clause: tuple[int, int], hits: list[Hit]) -> list[Hit]:
    """The triggers with each reporting verb that only carries the stance or feeling it names as its object made one
    event of that object's type ("reiterated the United States' steadfast support" is one SUPPORT)."""
    verbs = rules.carried.get("verb", frozenset())
    said = [hit for hit in hits if hit.label == STATEMENT and normal(text[hit.start : hit.end]) in verbs]
    if not said:
        return hits
    nouns = {noun: kind for kind, words in rules.carried.items() if kind != "verb" for noun in words}
    for verb in said:
        # the noun is at most `_QUALIFIERS` words on (each may bring a mark): no need to read the clause to its end
        for match in islice(WORD.finditer(text, verb.end, clause[1]), 2 * _QUALIFIERS + 2):
            label = nouns.get(normal(match.group()))
            if label is not None:
                if qualifies(rules, text, verb.end, match.start()):
                    merged = Hit(verb.start, match.end(), label)
                    hits = [merged if hit is verb else hit for hit in hits
                            if hit is verb or not verb.start < hit.end <= match.end()]
                break
    return hits


def _words_on(text: str, start: int, end: int, count: int) -> int:
    """Where the `count`-th word from `start` ends (at most `end`)."""
    ends = [word.end() for word in islice(WORD.finditer(text, start, end), count)]
    return ends[-1] if ends else start


@cache
def _means_verbs(language: str) -> dict[str, str]:
    """The verbs of `means.csv` whose sense their means decides, each with the group of its means."""
    rows = (row for row in read_rows(language, "means.csv") if row["kind"] == "verb")
    return {normal(verb): row["group"] for row in rows for verb in row_phrases(row)}


def _by_means(rules: Rules, text: str, clause: tuple[int, int], hits: list[Hit]) -> list[Hit]:
    """The triggers with each verb whose sense the means it names decides given the means' type ("support Ukraine
    **with security assistance**" is AID), keeping the verb's span so the actors around it stay its own."""
    retyped = []
    for hit in hits:
        # only a verb of the list looks for its means, and only after it: most clauses name none
        group = _means_verbs(rules.language).get(normal(text[hit.start : hit.end]))
        way = None if group is None else next(
            (kind for found in rules.means.find(text, hit.end, _words_on(text, hit.end, clause[1], _QUALIFIERS + _MEANS))
             for kind, of in [found.label.split(":", 1)]
             # the means belongs to the nearest verb before it: "the support of Congress to provide us with funding"
             if kind != "verb" and of == group and len(WORD.findall(text, hit.end, found.start)) <= _QUALIFIERS
             and not any(hit.end <= other.start < found.start for other in hits)), None)
        retyped.append(hit if way is None else Hit(hit.start, hit.end, way))
    return retyped


def qualifies(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] only qualifies the noun after it: at most `_QUALIFIERS` words, no mark (save an
    abbreviation's), preposition, coordinator or pronoun, and names only as a possessor ("the United States’",
    "Canada's"): "said NATO support would continue" is a statement."""
    tokens = WORD.findall(text, start, end)
    words = [token for token in tokens if token[0].isalnum()]
    if len(words) > _QUALIFIERS or any(not token[0].isalnum() and token not in _INNER_MARKS for token in tokens):
        return False
    if any(normal(word) in rules.prepositions | rules.coordinators | rules.pronouns for word in words):
        return False
    named = [i for i, token in enumerate(tokens) if token[0].isupper()]
    owned = [i for i, token in enumerate(tokens) if POSSESSIVE.search(token)]
    return not named or bool(owned and owned[-1] >= named[-1])


def _circumstantial(rules: Rules, text: str, hit: Hit) -> bool:
    """Whether a trigger is a noun after a preposition ("with the signing", "after talks"), not the clause's verb."""
    return word_before(rules, text, hit.start) in rules.circumstances


def _ends_with(text: str, start: int, end: int, tied: set[int]) -> bool:
    """True when text[start:end] ends, before white space, with a complement word."""
    return start + len(text[start:end].rstrip()) in tied
