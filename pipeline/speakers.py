"""Who speaks: the actor who speaks a sentence's quotation ("'We ...,' Kuleba said") or what a comma closes before
an inverted verb ("..., says Jane Kinninmont"), and speakers the gazetteer
does not know: the name that attributes a quotation ("'...,' Bergen said") or opens a clause before its reporting
verb ("while Il Manifesto said"), and the people named where a speaker stands, found with the other actors ("Talha
Jwaili, a rebel fighter, told"); unnamed speakers ("analysts said", "..., witnesses said"), who lend no actor; and
the subject of an attribution after a comma ("..., the Spanish foreign ministry said")."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from pipeline import mentions
from pipeline.clauses import STATEMENT, Rules, rules as language_rules
from pipeline.designees import designee_places
from pipeline.gazetteer import Gazetteer, gazetteer, grammar, quote_marks
from pipeline.lexicon import WORD, Hit, Lexicon, normal, words_between
from pipeline.model import ActorMention
from pipeline.name_patterns import named_before

_MAX_NAME_WORDS = 4  # "Pierre Panet-Raymond", "Craig Kloner": names are short
_SPEAKER_REACH = 2  # words between a reporting verb and its speaker ("Kuleba told reporters", "said on Monday")
_APPOSITION = 160  # characters of an apposition between a name and its verb ("Talha Jwaili, a rebel fighter,")
_NAME_REACH = 60  # characters of a name of up to four words
_SPEAKER_WORDS = 4  # words at most between the comma and a reporting verb that closes its sentence ("the sources")
_CLOSING_WORDS = 2  # words at most after such a verb ("told reporters", "said Monday")
_GOVERNED_REACH = 4  # words before a name read for a preposition that makes it the object of a phrase


def named_speaker(rules: Rules, text: str, quotation_end: int, trigger: Hit, end: int) -> ActorMention | None:
    """The person who speaks a quotation ending at `quotation_end`, named right before the reporting verb ("'...,'
    Bergen said") or right after it ("'...,' said Craig Kloner, an analyst"); None where the words are no name, and
    in languages whose every noun is capitalised (the grammar's `speaker_names`)."""
    if not grammar(rules.language).get("speaker_names"):
        return None
    between = list(WORD.finditer(text, quotation_end, trigger.start))
    if any(word.group()[0].isalnum() for word in between):
        return _name(rules, text, [w for w in between if w.group()[0].isalnum()], trigger.start)
    after = []
    for word in WORD.finditer(text, trigger.end, end):
        if not word.group()[0].isalnum() or (after and text[after[-1].end() : word.start()].strip()):
            break
        after.append(word)
    return _name(rules, text, after, None) if len(after) >= 2 else None


def named_subject(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> ActorMention | None:
    """The speaker named by two to four capitalised words that open a clause right before its reporting verb
    ("Peter Bergen said", "while Il Manifesto said"): no actor of the sentence speaks there."""
    if not grammar(rules.language).get("speaker_names"):
        return None
    words = [w for w in words_between(text, clause[0], trigger.start) if w.group()[0].isalnum()]
    name = words[-_MAX_NAME_WORDS:]
    while name and not name[0].group()[:1].isupper():
        name = name[1:]
    opening = [normal(w.group()) for w in words[: len(words) - len(name)]]
    if len(name) < 2 or any(not rules.breaks.find(word) for word in opening):
        return None  # the words before the name are a clause's opening word ("while") or none
    return _name(rules, text, name, trigger.start)


def unknown_speakers(language: str, text: str, hits: list[mentions.Hit]) -> list[mentions.Hit]:
    """People the gazetteer does not know, where a name of two to four capitalised words stands as a speaker: right
    before a reporting verb, or before an apposition before one ("Talha Jwaili, a rebel fighter, told"), right after
    an inverted one ('...," said Marie Colvin') or a source's opening words ("according to David King"), before a
    relative pronoun of persons ("Hanan Muhammad, who was evacuated"); or whose last word speaks alone ("Addario told");
    or named as a designation's object (`designees`: "designating Anton Thulin").
    Every mention of such a name is one; mentions of its last word alone are resolved later, as surnames are."""
    cues = _cues(language)
    if cues is None:
        return []
    gaz, rules = gazetteer(language), language_rules(language)
    spans = sorted((h.start, h.end) for h in hits)
    starts = [start for start, _ in spans]

    def name_at(start: int, end: int) -> str:
        """The name text[start:end] holds, less the words that open its sentence, if it names no known actor."""
        words = list(WORD.finditer(text, start, end))
        while words and not _name_word(rules, gaz.not_first_names, words[0].group()):
            words.pop(0)  # "Meanwhile", "But" open the sentence, not the name
        if not words or not all(_name_word(rules, frozenset(), w.group()) for w in words[1:]):
            return ""
        start, end = words[0].start(), words[-1].end()
        if any(e > start for _, e in spans[max(0, bisect_left(starts, end) - 8) : bisect_left(starts, end)]):
            return ""  # a known actor's words, or a title's name
        if _continued(rules, text, start) or gaz.known_person(text[start:end]):
            return ""  # "the Associated Press", "Official Moy"; "Vladimir Putn", a known person misspelt
        return text[start:end]

    speaking = {name for cue in cues.words.find(text) for place in _speaker_places(cues, rules, gaz, text, cue)
                if (name := name_at(*place))}
    # "designating Anton Thulin": one a designation reaches is an actor too
    speaking |= {name for place in designee_places(language, gaz, text) if (name := name_at(*place))}
    full = {name for name in speaking if " " in name}
    for last in speaking - full:  # "Addario told": the "Lynsey Addario" named before
        full |= {name for place in named_before(text, last, _NAME_REACH) if " " in (name := name_at(*place))}
    found = []
    for name in full:
        at = text.find(name)
        while at >= 0:
            if name_at(at, at + len(name)) == name and not text[at + len(name) : at + len(name) + 1].isalnum():
                found.append(mentions.Hit(at, at + len(name), name, priority=0))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda hit: hit.start)


@dataclass(frozen=True, slots=True)
class _Cues:
    """The words beside which a speaker's name stands, from a language's triggers and actor grammar."""

    words: Lexicon  # any of them
    verbs: frozenset[str]  # reporting verbs of one word, with the speaker before them
    inverted: frozenset[str]  # reporting verbs with the speaker after them, after a quotation or a comma
    openers: frozenset[str]  # a source's opening words ("according to")
    marks: frozenset[str]  # quotation marks and the comma, which stand before an inverted verb


@cache
def _cues(language: str) -> _Cues | None:
    """A language's speaker cues; None where a capitalised name is no cue (the grammar's `speaker_names`)."""
    words = grammar(language)
    if not words.get("speaker_names"):
        return None
    rules = language_rules(language)
    verbs = {entry[0][0] for entries in rules.triggers.by_first.values() for entry in entries
             if entry[1] == STATEMENT and len(entry[0]) == 1 and entry[2]}
    inverted, openers = set(words.get("inverted_speakers", ())), set(words.get("source_openers", ()))
    # one pass over the words the event triggers read anyway
    pattern = Lexicon([(word, "cue") for word in {*verbs, *rules.relatives, *inverted, *openers}], whole_texts=True)
    marks = quote_marks(language) | {","}
    return _Cues(pattern, frozenset(verbs), frozenset(inverted), frozenset(openers), marks)


def _speaker_places(
    cues: _Cues, rules: Rules, gaz: Gazetteer, text: str, cue: Hit
) -> list[tuple[int, int]]:
    """Where the name a cue word introduces stands: right before a reporting verb (or before the apposition in commas
    before it) or before a comma and a relative pronoun; right after an inverted verb or a source's opening words."""
    word, places = normal(text[cue.start : cue.end]), []
    end = cue.start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    mark = text[end - 1 : end]
    if word in rules.relatives or word in cues.verbs:
        if mark == ",":
            # "Hanan Muhammad, who"; "Talha Jwaili, a rebel fighter, told"
            opening = end - 1 if word in rules.relatives else text.rfind(",", max(0, end - _APPOSITION), end - 1)
            end = opening if opening >= 0 and "\n" not in text[opening:end] else -1
        elif word in rules.relatives:
            end = -1
        named = None
        for named in gaz.name.finditer(text, max(0, end - _NAME_REACH), end) if end > 0 else ():
            pass  # the last name before the cue
        # not "The grandmother of Elian Gonzalez said": she speaks; nor "Militants loyal to Iraq's Al-Qaeda frontman
        # Abu Musab al-Zarqawi said": a preposition governs the noun the name is in apposition to
        if named is not None and named.end() == end and not _governed(rules, text, named.start()):
            places.append(named.span())
    if (word in cues.inverted and mark in cues.marks) or word in cues.openers:
        start = cue.end
        while text[start : start + 1] == " ":
            start += 1
        if (named := gaz.name.match(text, start)) is not None:
            places.append(named.span())  # '...," said Marie Colvin', "according to David King"
    return places


def _governed(rules: Rules, text: str, start: int) -> bool:
    """Whether a preposition governs a name: right before it ("the grandmother **of** Elian Gonzalez"), or before the
    capitalised or possessive words of a noun it is in apposition to ("loyal **to** Iraq's Al-Qaeda frontman Abu
    Musab al-Zarqawi"; not "After the sermon Sheikh Ani told", where an article stands between)."""
    words = WORD.findall(text, max(0, start - _GOVERNED_REACH * 24), start)
    if len(words) > 1 and words[-1].islower() and words[-2][:1].isupper() and normal(words[-1]) not in (
            rules.prepositions):
        words.pop()  # the noun the name is in apposition to, after a capitalised word ("Al-Qaeda frontman")
    while words and words[-1][:1].isupper():
        words.pop()
    return bool(words) and normal(words[-1]) in rules.prepositions


def _name_word(rules: Rules, stop: frozenset[str], word: str) -> bool:
    """Whether a capitalised word may be part of a person's name: no acronym, pronoun (nor one with its verb: "I’m"),
    determiner or word of `stop` (a title's or a stopword, which open no name: "Official Moy", but "David King")."""
    lower = normal(word)
    return not ((len(word) > 1 and word.isupper()) or word in stop or lower in rules.pronouns
                or lower in rules.determiners or lower.split("'")[0] in rules.pronouns)


def _continued(rules: Rules, text: str, start: int) -> bool:
    """Whether the word before a name makes it part of another: an article ("the Associated Press") or a capitalised
    word that opens no clause ("Official Moy", "Bureau Official"); marks and words in lower case do not."""
    before = WORD.findall(text[max(0, start - 30) : start].split("\n")[-1])
    if not before or not before[-1][0].isalpha():
        return False
    word = normal(before[-1])
    if word in rules.determiners:
        return True
    return before[-1][0].isupper() and not (word in rules.prepositions or word in rules.coordinators
                                            or rules.breaks.find(before[-1]))


def _name(rules: Rules, text: str, words: list, verb: int | None) -> ActorMention | None:
    """A person named by `words` (adjacent, before the verb at `verb` or after a verb), if every one may be part
    of a name: capitalised, no acronym or label ("CNN", "MR"), no pronoun, determiner, title or stopword."""
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    if verb is not None and text[words[-1].end() : verb].strip():
        return None
    stop = gazetteer(rules.language).not_first_names
    for word in (w.group() for w in words):
        if not (word[:1].isupper() and _name_word(rules, stop, word)) or rules.unnamed.find(word) or rules.breaks.find(
                word):
            return None
    start, end = words[0].start(), words[-1].end()
    return ActorMention(text[start:end], start, end, text[start:end], "person", "")


def quotation_speaker(
    rules: Rules, text: str, sentence: tuple[int, int], mentions: list[ActorMention]
) -> tuple[tuple[int, int], ActorMention] | None:
    """A quotation of the sentence and the actor who speaks it: the one named right before or after the reporting
    verb outside it ("'We condemn ...,' Kuleba said", "Lavrov said: 'We will ...'"), or an unknown name there."""
    span = _quotation(rules, text, sentence)
    if span is None:
        return None
    outside = [m for m in mentions if not (span[0] <= m.start < span[1])]
    for verb in rules.triggers.find(text, *sentence):
        if verb.label != STATEMENT or span[0] <= verb.start < span[1]:
            continue
        before = [m for m in outside if m.end <= verb.start and _within_reach(text, m.end, verb.start)]
        after = [m for m in outside if m.start >= verb.end and _within_reach(text, verb.end, m.start)]
        if before or after:
            return span, (before[-1:] or after)[0]
        end = span[0] if span[0] > verb.end else sentence[1]
        if (unknown := named_speaker(rules, text, span[1], verb, end)) is not None:
            return span, unknown
    return None


def reported_speech(
    rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit, mentions: list[ActorMention], quoted: bool
) -> tuple[int, ActorMention | None] | None:
    """Where what a reporting verb after it reports ends, and the person who speaks it if named after an inverted
    verb: the last quotation mark where it is `quoted` ("'...,' Sabra said"), else the comma before an inverted verb
    whose person right after it speaks, the name closed by a mark ("Libya has good relations with Zimbabwe, says Jane
    Kinninmont, a fellow"); not the object of a subject's verb after its apposition ("Levin, the chairman, said
    Britain, France and Arab nations would", "Liberalism, said Berlin, is valuable": no person)."""
    if quoted:
        return max(i for i in range(sentence[0], trigger.start) if text[i] in quote_marks(rules.language)), None
    cues = _cues(rules.language)
    comma = sentence[0] + len(text[sentence[0] : trigger.start].rstrip()) - 1
    if cues is None or trigger.label != STATEMENT or comma <= sentence[0] or text[comma] != "," or normal(
            text[trigger.start : trigger.end]) not in cues.inverted:
        return None
    speaker = next((m for m in mentions if m.start >= trigger.end), None)
    if speaker is None or speaker.actor_type != "person" or text[trigger.end : speaker.start].strip() or (
            speaker.end > sentence[1]):
        return None
    rest = text[speaker.end : sentence[1]].lstrip()
    return (comma, speaker) if rest[:1] in ("", ",", ".", ";", "!", "?") else None


def _quotation(rules: Rules, text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The first quotation of the sentence, from its opening mark to its closing one (or the sentence's end)."""
    for opening, closing in grammar(rules.language).get("quotes", ()):
        start = text.find(opening, *sentence)
        if start >= 0:
            end = text.find(closing, start + 1, sentence[1])
            return start, end + 1 if end >= 0 else sentence[1]
    return None


def _within_reach(text: str, start: int, end: int) -> bool:
    """Whether few enough words stand between a reporting verb and a speaker for the one to speak the other."""
    return sum(1 for word in WORD.finditer(text, start, end) if word.group()[0].isalnum()) <= _SPEAKER_REACH


def unnamed_speaker(rules: Rules, text: str, start: int, trigger: Hit, before: list[ActorMention]) -> bool:
    """Whether unnamed sources ("officials") act before the trigger, not those of a named actor ("Moroccan
    officials")."""
    if not rules.unnamed.may_occur(text, start, trigger.start):
        return False
    named = {m.end for m in before}
    return any(
        not any(text[end : hit.start].isspace() for end in named if end < hit.start)
        for hit in rules.unnamed.find(text, start, trigger.start)
    )


def speaker_after(rules: Rules, text: str, before: list[ActorMention], trigger: Hit, stop: int) -> bool:
    """Whether unnamed sources after the last actor and a comma speak right before the trigger ("the forces approached
    the city, witnesses said"; not "Russia's officials said", "Jones and officials thanked"), or a subject pronoun no
    actor resolves, where it and its reporting verb close the sentence or stand between commas ("..., she said.",
    "Mubarak, they said, has"); `before` are the actors before the trigger, `stop` ends its clause."""
    end = before[-1].end
    unnamed = [(hit.start, hit.end) for hit in rules.unnamed.find(text, end, trigger.start)] if (
        rules.unnamed.may_occur(text, end, trigger.start)) else []
    for start, stop_word in sorted(unnamed + _pronoun_speakers(rules, text, before, trigger, stop)
                                   + _closing_speakers(rules, text, end, trigger)):
        comma = text.rfind(",", end, start)
        between = WORD.findall(text, comma + 1, start) + WORD.findall(text, stop_word, trigger.start)
        # not listed with named ones ("Bass, Ambassador Jones, and senior officials thanked")
        if comma >= 0 and all(word.isalpha() and word.islower() and word not in rules.coordinators for word in between):
            return True
    return False


def _closing_speakers(rules: Rules, text: str, end: int, trigger: Hit) -> list[tuple[int, int]]:
    """The spans of words of `closing_speakers` right before a reporting verb, or its auxiliaries, after a comma
    ("..., a court official told CNN", "..., police have said"); not the qualifier of another noun ("the rebel
    leader voiced"), nor one a party noun qualifies ("..., a government official said": the government is often
    the one its report is about)."""
    if trigger.label != STATEMENT or not rules.closing_speakers.may_occur(text, end, trigger.start):
        return []
    spans, auxiliaries = [], rules.auxiliaries | rules.perfect
    for hit in rules.closing_speakers.find(text, end, trigger.start):
        comma = text.rfind(",", end, hit.start)
        if all(normal(word) in auxiliaries for word in WORD.findall(text, hit.end, trigger.start)) and not any(
                normal(word) in rules.party_nouns for word in WORD.findall(text, comma + 1, hit.start)):
            spans.append((hit.start, hit.end))
    return spans


def _pronoun_speakers(
    rules: Rules, text: str, before: list[ActorMention], trigger: Hit, stop: int
) -> list[tuple[int, int]]:
    """The span of a subject pronoun right after a comma and before a reporting verb that closes what it reports
    (at most two words after it, then the clause's end or a comma), save where what it reports opens with the same
    pronoun resolved ("She stands by her daughter, she said": the same person); a pronoun resolved to its actor is
    a mention of its own, after the last actor before the trigger, so one found here names no one known."""
    if trigger.label != STATEMENT:
        return []
    after = WORD.findall(text, trigger.end, stop)
    closing = after[: after.index(",")] if "," in after else after
    if sum(1 for word in closing if word[0].isalnum()) > _CLOSING_WORDS:
        return []
    words = list(WORD.finditer(text, before[-1].end, trigger.start))
    if len(words) < 2 or words[-2].group() != "," or normal(words[-1].group()) not in rules.pronouns:
        return []
    if any(normal(m.text) == normal(words[-1].group()) for m in before):
        return []
    return [words[-1].span()]


def attribution_speakers(
    rules: Rules, text: str, found: list[ActorMention], before: list[ActorMention], trigger: Hit
) -> list[ActorMention]:
    """The speakers of an attribution a comma sets after what it reports ("Varela will head home to Spain, the Spanish
    foreign ministry said"): the actors between the last comma and the reporting verb, with only determiners and words
    in lower case about them, where none is of the subject `found` before nor the comma right after it ("The United
    States, France and Germany said")."""
    if trigger.label != STATEMENT or not found:
        return []
    comma = text.rfind(",", found[-1].end, trigger.start)
    speakers = [m for m in before if m.start > comma] if comma > found[-1].end else []
    if not speakers or any(m in found for m in speakers):
        return []
    words = WORD.findall(text, comma + 1, speakers[0].start) + WORD.findall(text, speakers[-1].end, trigger.start)
    if len(words) > _SPEAKER_REACH * 2 or not all(w.isalpha() and (w.islower() or normal(w) in rules.determiners)
                                                     for w in words):
        return []
    return speakers


def report_words(text: str, sentence: tuple[int, int], clause: tuple[int, int], trigger: Hit) -> tuple[int, int]:
    """The words whose cues bear on a trigger: its clause, save for a report that closes its sentence after a comma,
    told by its own words after that comma, not those of what it reports."""
    if trigger.label == STATEMENT and closes_report(text, sentence, trigger):
        return max(clause[0], text.rfind(",", sentence[0], trigger.start)), clause[1]
    return clause


def closes_report(text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a reporting trigger closes its sentence after what it reports, its speaker after a comma (", the
    sources said.", ", officials said Monday.")."""
    comma = text.rfind(",", sentence[0], trigger.start)
    if comma <= sentence[0]:
        return False
    # a comma right before the verb closes an apposition ("Thomson, in India to talk to tourism leaders, said")
    return (0 < _words(text, comma, trigger.start) <= _SPEAKER_WORDS
            and _words(text, trigger.end, sentence[1]) <= _CLOSING_WORDS)


def _words(text: str, start: int, end: int) -> int:
    """The number of words in text[start:end], marks left out."""
    return sum(1 for token in WORD.findall(text, start, end) if token[0].isalnum())


def attributes_quotation(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a reporting trigger follows the quotation its sentence opens with ("'Freedom ...,' he told CNN"), or
    one a line before opened, closed right before it ('It would be a terrible option," said Rogers')."""
    opening = text[sentence[0] : trigger.start].strip()
    marks = quote_marks(rules.language)
    closed = len(opening) > 2 and opening[-1] in marks and opening[-2] in ",.!?"
    return bool(opening) and (opening[0] in marks or closed) and any(mark in marks for mark in opening[1:])
