"""Who speaks: transcripts' speaker turns ("MR PRICE: ..."), the outlet that publishes in its own voice, and
the first-person words that stand for them."""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from pipeline import actors, coreference, gazetteer
from pipeline.clauses import rules as event_rules
from pipeline.lexicon import WORD, Hit, normal, read_words
from pipeline.model import ActorMention, Article
from pipeline.outlets import outlet

_DASHES = ("-", "–", "—")  # between the states of a compound ("U.S.-EU", "Canada-Mexico-United States")

_RESOURCES = Path(__file__).parent / "resources"
# A label in capitals at the start of a line, then a colon: the typography of transcripts in every alphabet.
_LABEL = re.compile(r"(?=[^\W\d_]*[^\W\d_a-z])[^\W\d\sa-z][^\W\da-z]*(?:[ .'’-]+[^\W\da-z]+)*")
_COLON = re.compile(r":[ \t]")  # a label's colon: labels are looked for only before one
_LONGEST_LABEL = 80
_OPENING_LINES = 1000  # characters at the start of a text where the line naming who releases it stands


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker's turn: where it starts, its label, the actor who speaks (None when unknown), and whether it is silent."""

    start: int
    label: str
    speaker: ActorMention | None
    silent: bool


@dataclass(frozen=True, slots=True)
class Voices:
    """A language's transcript rules: labels of turns that report no event, first-person words and whom they mean."""

    silent: frozenset[str]
    first_person: dict[str, str]  # word -> "speaker" (I, my), "party" (we: the speaker's side) or "addressee" (you)
    first_person_words: re.Pattern[str]  # those words, whole
    joint_titles: tuple[str, ...]  # words of a title of a text several parties sign: no outlet speaks in it
    signatory_lines: tuple[str, ...]  # words of the opening line that names who releases a joint text


@cache
def voices(language: str) -> Voices:
    """The transcript rules of a language, from its resource files (English where it has none)."""
    folder = _RESOURCES / language / "events"
    folder = folder if (folder / "silent_turns.txt").exists() else _RESOURCES / "en" / "events"
    lines = (folder / "silent_turns.txt").read_text(encoding="utf-8").splitlines()
    with (folder / "first_person.csv").open(encoding="utf-8", newline="") as handle:
        first_person = {row["word"]: row["stands_for"] for row in csv.DictReader(handle)}
    words = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(first_person, key=len, reverse=True))) + r")\b")
    silent = frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    joint_titles = tuple(line.lower() for line in read_words(language, "joint_titles.txt"))
    signatory_lines = tuple(line.lower() for line in read_words(language, "signatory_lines.txt"))
    return Voices(silent, first_person, words, joint_titles, signatory_lines)


def turns(text: str, published: date | None, language: str) -> list[Turn]:
    """The speaker turns of a transcript, in order; none for an article that is not one."""
    rules = voices(language)
    found = []
    for colon in _COLON.finditer(text):
        start = text.rfind("\n", 0, colon.start()) + 1
        words = text[start : colon.start()].rstrip()
        if len(words) > _LONGEST_LABEL or not _LABEL.fullmatch(words):
            continue
        label = " ".join(words.split())
        silent = label in rules.silent
        found.append(Turn(start, label, None if silent else _speaker(label, published, language), silent))
    return found


@lru_cache(maxsize=4096)  # a transcript names its few speakers again at every turn
def _speaker(label: str, published: date | None, language: str) -> ActorMention | None:
    """The actor a label names: a title and name ("SECRETARY BLINKEN"), a surname after an honorific ("MR PRICE"),
    else the state or organisation an unnamed speaker serves ("SENIOR STATE DEPARTMENT OFFICIAL")."""
    words = label.title()
    found = actors.find_actors(words, published, language=language, speakers_named=False)
    person = next((m for m in found if m.actor_type == "person"), None)
    if person is None and " " in words:
        person = gazetteer.person_by_surname(words.split()[-1], published, language)
    return person or next((m for m in found if m.actor_type in ("state", "organization")), None)


@lru_cache(maxsize=256)  # a collection comes from a few outlets
def _outlet_actor(source: str, url: str, language: str) -> ActorMention | None:
    """The actor an outlet of the resource list speaks for."""
    known = outlet(source, url, language)
    # canonical names are English
    found = actors.find_actors(known.actor, None, language="en", speakers_named=False) if known else []
    return found[0] if found else None


def office_holder(article: Article) -> str:
    """The person an outlet's texts call by a bare title ("the Secretary" in a State Department release): the
    holder of the outlet's office on the publication day, or ''."""
    known = outlet(article.source, article.url, article.language or "en")
    if known is None or not known.office:
        return ""
    return gazetteer.office_holder(known.office, known.actor, article.published, article.language or "en")


def outlet_voice(article: Article) -> ActorMention | None:
    """The government or organisation an article's outlet publishes for ("U.S. Department of State"), if any;
    none in a text several parties sign ("Joint Statement on Belarus")."""
    if _joint(article):
        return None
    return _outlet_actor(article.source, article.url, article.language or "en")


def _joint(article: Article) -> bool:
    """Whether an article's title marks a text several parties sign ("Joint Statement on Belarus")."""
    title = article.title.lower()
    return any(words in title for words in voices(article.language or "en").joint_titles)


def signatories(article: Article) -> list[ActorMention]:
    """The states and organisations a joint text's title names as its signatories, whose "we" it speaks: those
    before the words of its matter ("G7 Foreign Ministers' Statement on Russia", "Joint Statement from the
    European Union, the United States, and the United Kingdom on ...") and those joined by a dash ("Joint
    Statement on the U.S.-EU Energy Council"); where the title names none, those its opening line names as
    releasing it in the same way ("... was released by the Governments of Canada and the United States on the
    occasion of ..."); none where no joint title marks the text."""
    if not _joint(article):
        return []
    chosen = _signing(article, article.title) or _signing(article, _releasing_line(article), people=True)
    return list({m.actor: m for m in chosen}.values())


def _signing(article: Article, words: str, people: bool = False) -> list[ActorMention]:
    """The states and organisations named before the words of a text's matter, or joined by a dash; with
    `people`, the state or organisation of each person named there too ("released by Secretary Blinken")."""
    language = article.language or "en"
    named = actors.find_actors(words, article.published, language=language, speakers_named=False)
    named = [_party(m, language) if people else m for m in named]
    named = [m for m in named if m.actor_type in ("state", "organization")]
    rules = event_rules(language)
    matter = next((w.start() for w in WORD.finditer(words) if normal(w.group()) in rules.purposes | rules.matters
                   and not any(m.start <= w.start() < m.end for m in named)), len(words))
    joined = {i for i, m in enumerate(named) for o in named[i + 1 : i + 2] if words[m.end : o.start] in _DASHES}
    return [m for i, m in enumerate(named) if m.end <= matter or i in joined or i - 1 in joined]


def _releasing_line(article: Article) -> str:
    """The words after those that say who releases a text, to the end of their line, in its opening ("The
    following statement was released by the Governments of ..."), or ''."""
    opening = article.text[:_OPENING_LINES]
    lowered = opening.lower()
    found = [(lowered.find(words), words) for words in voices(article.language or "en").signatory_lines]
    start, words = min(((i, w) for i, w in found if i >= 0), default=(-1, ""))
    if start < 0:
        return ""
    end = opening.find("\n", start)
    return opening[start + len(words) : end if end >= 0 else len(opening)]


def turn_at(found: list[Turn], starts: list[int], offset: int) -> Turn | None:
    """The turn an offset of the text belongs to (None before the first)."""
    i = bisect_right(starts, offset) - 1
    return found[i] if i >= 0 else None


_TALK_REACH = 3  # words before a trigger that may hold its doer, a pronoun, and the verbs leading to it ("you want to")
_TALKING = ("speaker", "addressee")


def programme_talk(turn: Turn | None, text: str, clause_start: int, trigger: Hit, language: str) -> bool:
    """Whether "I" or "you" of a turn no actor speaks in does the act just before it ("BLITZER: can **I** just ask
    one question", "DAMON: **you** would say"): the programme's own talk between its anchors and guests, no event."""
    if turn is None or turn.speaker is not None or turn.silent:
        return False
    first_person = voices(language).first_person
    words = WORD.findall(text, max(clause_start, trigger.start - 8 * _TALK_REACH), trigger.start)[-_TALK_REACH:]
    return any(first_person.get(word) in _TALKING for word in words)


def listeners(found: list[Turn]) -> dict[str, ActorMention]:
    """Whom each speaker's "you" addresses: the other speaker of a transcript two known speakers hold ("SECRETARY
    BLINKEN: ... FOREIGN MINISTER KULEBA: ..."); none elsewhere (a briefing's "you" are journalists)."""
    speakers = {t.speaker.actor: t.speaker for t in found if t.speaker is not None and not t.silent}
    if len(speakers) != 2:
        return {}
    first, second = speakers.values()
    return {first.actor: second, second.actor: first}


def shared_with_listener(
    text: str, cast: list[tuple[ActorMention, str]], listener: ActorMention | None, mutual: bool, language: str
) -> list[tuple[ActorMention, str]]:
    """The listener as the target of a mutual act of the speaker's "we" or "our" with no other party ("our meeting
    today", "continue our dialogue" in a conversation of two): the act is the two speakers' own."""
    party_words = {word for word, meant in voices(language).first_person.items() if meant == "party"}
    sources = [m for m, role in cast if role == "source"]
    if listener is None or not mutual or any(role == "target" for _, role in cast) or not sources or not all(
            text[m.start : m.end] in party_words for m in sources) or listener.actor in {m.actor for m in sources}:
        return []
    return [(replace(listener, text="", start=sources[0].start, end=sources[0].start), "target")]


def first_person_mentions(
    text: str, start: int, end: int, speaker: ActorMention, language: str, unquoted: bool = False,
    addressed: ActorMention | None = None,
) -> list[ActorMention]:
    """The speaker's first-person words in text[start:end] as mentions of the speaker or of the speaker's party,
    and the second-person ones as mentions of the one `addressed`; `unquoted`: only those outside quotation marks
    (an outlet's own voice, not the people it quotes)."""
    rules = voices(language)
    stands_for = rules.first_person
    party = _party(speaker, language)
    words = list(rules.first_person_words.finditer(text, start, end))
    # most sentences hold no first-person word: read the article's quotations only for those that do
    inside_quotes = coreference.quoted(gazetteer.gazetteer(language), text) if unquoted and words else None
    found = []
    for word in words:
        if inside_quotes is not None and inside_quotes(word.start()):
            continue
        meant = stands_for.get(word.group())
        actor = speaker if meant == "speaker" else party if meant == "party" else addressed if (
            meant == "addressee") else None
        if actor is not None:
            found.append(ActorMention(word.group(), word.start(), word.end(), actor.actor, actor.actor_type, actor.country))
    return found


def _party(speaker: ActorMention, language: str) -> ActorMention:
    """The state or organisation a speaker speaks for with "we" (the speaker when none is known)."""
    if speaker.actor_type != "person" or not speaker.country:
        return speaker
    kind = gazetteer.actor_type(speaker.country, language) or "state"
    return replace(speaker, actor=speaker.country, actor_type=kind)  # the speaker's words stand for it


def with_speakers(
    text: str,
    sentence: tuple[int, int],
    mentions: list[ActorMention],
    speakers: list[ActorMention],
    language: str,
    unquoted: bool = False,
    addressed: ActorMention | None = None,
) -> list[ActorMention]:
    """A sentence's mentions with its speakers' first-person words ("I", "we") among them, a mention of each
    speaker where several speak as one (a joint statement's "we"; `unquoted`: only words outside quotation
    marks), and the second-person ones ("you") of the one `addressed`."""
    taken = {(m.start, m.end) for m in mentions}
    spoken = [m for one in speakers for m in first_person_mentions(text, *sentence, one, language, unquoted, addressed)]
    added = [m for m in spoken if (m.start, m.end) not in taken]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
