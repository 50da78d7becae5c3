"""Designees: where a person the gazetteer does not know is named as the one a designation or a sanction reaches
("the Department of the Treasury is designating Anton Thulin", "Gennady Nikolayevich Timchenko is being
designated"), so that the name becomes an actor as a speaker's does, and where an organisation's name is ("OOO Transoil
is being designated", "sanctions on Saydnaya Military Prison")."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from pipeline.clauses import Rules
from pipeline.clauses import rules as language_rules
from pipeline.gazetteer import Gazetteer
from pipeline.lexicon import WORD, Lexicon, normal, phrases, read_rows, read_words, row_phrases
from pipeline.lexicon import Hit as Cue
from pipeline.mentions import Hit

_NAME_REACH = 60  # characters of a name of up to four words
_BEFORE, _AFTER = "before", "after"  # the side of its name a cue stands on
_FOLLOWING = "following"  # the words that may follow a designee's name
_GAP = 8  # characters between two names of a list (", and ")
_ORGANISATION = "organization"  # the kind of an actor of the gazetteer's organisations
_MARKS = frozenset(",;.:(")  # marks that may end a name of a list
# a description of up to 100 characters, in one clause, that opens and ends with a word in lower case (or a number)
# and a comma or a colon closes: "two key Russian financial institutions:", "three Belarusian officials,"
# or that no mark closes, right before a name: "the virtual currency exchange Garantex"
_PLAIN_DESCRIBED = regex.compile(r"[\p{Ll}\d][^,:;.()\n]{0,100}?(?<=\p{Ll})(?=[^\S\n]+\p{Lu})")
_DESCRIBED = regex.compile(r"[\p{Ll}\d][^,:;.()\n]{0,100}?(?<=\p{Ll})[,:](?=[^\S\n]+\p{Lu})")
# a run of up to six capitalised words ("OOO Transoil", "Saydnaya Military Prison", "Triliance Petrochemical Co")
_CAPITALISED = regex.compile(r"(?<![\w'’.-])\p{Lu}[\w&-]*(?:[^\S\n]+\p{Lu}[\w&-]*){0,5}(?![\w'’-])")


@cache
def _cues(language: str) -> Lexicon:
    """A language's designation cues, labelled by the side of the name they stand on, and the words that may follow
    a name (designations.csv)."""
    return phrases(language, "designations.csv", "side")


@cache
def _act_cues(language: str) -> Lexicon:
    """A language's designation cues alone, without the common words that may follow a name (designations.csv)."""
    rows = read_rows(language, "designations.csv")
    return Lexicon([(phrase, row["side"]) for row in rows if row["side"] != _FOLLOWING for phrase in row_phrases(row)],
                   language=language)


@lru_cache(maxsize=2)
def _cue_hits(language: str, text: str) -> list[Cue]:
    """The designation cues of a text in lower case, read once for its persons and its organisations."""
    return [hit for hit in _act_cues(language).find(text) if text[hit.start].islower()]


def designee_places(language: str, gaz: Gazetteer, text: str) -> list[tuple[int, int]]:
    """Where a designee's name of two words or more stands: right after a cue of `before` ("designating Anton
    Thulin", "sanctions on ..."), or right before one of `after` ("Natalya Browning are each being designated"),
    with the names a comma or a coordinator joins to it ("Elena Petrovna Timchenko and Natalya Browning", "Farhad
    Hoomer, Siraaj Miller, and Peter Charles Mbaga are being designated") where the cue's own is a person's (not
    "designating Russia-1, Channel One, and NTV"); no word of the name may be one
    of the gazetteer's name stopwords ("Saydnaya Military Prison" names no person)."""
    places: list[tuple[int, int]] = []
    cues, joints = _cues(language), language_rules(language).coordinators
    for cue in _cue_hits(language, text):  # not "the list of Specially Designated Nationals": a word of a name
        if cue.label == _BEFORE:
            named = gaz.name.match(text, _past_spaces(text, cue.end))
            spans = [named.span()] if named is not None and _person_name(gaz, text, *named.span()) else []
            while spans and (joint := _joined(text, spans[-1][1], gaz, joints, after=True)) is not None:
                spans.append(joint)
        else:
            end = len(text[: cue.start].rstrip(" "))
            spans = [found.span() for found in gaz.name.finditer(text, max(0, end - _NAME_REACH), end)][-1:]
            spans = [span for span in spans if span[1] == end and _person_name(gaz, text, *span)]
            while spans and (joint := _joined(text, spans[0][0], gaz, joints, after=False)) is not None:
                spans.insert(0, joint)
        if spans and not _ends_name(cues, text, spans[-1][1]):
            continue  # "designating Pioneer Ship management PTE LTD": the name goes on in words in lower case
        places += [span for span in spans if _person_name(gaz, text, *span)]
    return places


def _ends_name(cues: Lexicon, text: str, end: int) -> bool:
    """Whether a designee's name may end at `end`: a mark or a word of `following` comes next ("Anton Thulin as a
    Specially Designated Global Terrorist", "Djibo – also known as"), or a cue of `after`."""
    word = WORD.match(text, _past_spaces(text, end))
    if word is None or not word.group()[0].isalnum():
        return True
    return any(hit.start == word.start() and hit.label in (_FOLLOWING, _AFTER) for hit in cues.find(
        text, word.start(), word.end() + _NAME_REACH))


def _past_spaces(text: str, at: int) -> int:
    """Where the next word after `at` starts, past up to three spaces."""
    return at + len(text[at : at + 3]) - len(text[at : at + 3].lstrip(" "))


def _joined(text: str, at: int, gaz: Gazetteer, joints: frozenset[str], after: bool) -> tuple[int, int] | None:
    """The span of the name that a comma, a coordinator or both join to the one ending (`after`) or starting at
    `at` ("Farhad Hoomer, Siraaj Miller", "Elena Petrovna Timchenko and Natalya Browning")."""
    if after:
        named = gaz.name.match(text, _gap_end(text, at, joints))
        return named.span() if named is not None and named.start() > at else None
    found = [m.span() for m in gaz.name.finditer(text, max(0, at - _GAP - _NAME_REACH), max(0, at - 1))
             if m.end() < at and _gap_end(text, m.end(), joints) == at]
    return found[-1] if found else None


def _gap_end(text: str, at: int, joints: frozenset[str]) -> int:
    """Where the next name may start after a comma, a coordinator or both right after `at`; `at` if neither."""
    rest = text[at : at + _GAP]
    gap = rest[1:] if rest.startswith(",") else rest
    gap = gap.lstrip(" ")
    word = WORD.match(gap)
    if word is not None and word.group().lower() in joints:
        gap = gap[word.end() :].lstrip(" ")
    elif not rest.startswith(","):
        return at
    return at + len(rest) - len(gap)


def _person_name(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may be a person's name: two words or more, none of them a name stopword."""
    words = WORD.findall(text, start, end)
    return len(words) >= 2 and not any(word in gaz.not_first_names for word in words)


@cache
def _organisation_words(language: str) -> frozenset[str]:
    """A language's words that open or close an organisation's name: legal forms and heads (organisation_words.txt)."""
    return frozenset(read_words(language, "organisation_words.txt"))


def organisation_designees(language: str, gaz: Gazetteer, text: str, known: list[Hit]) -> list[Hit]:
    """Organisations the gazetteer does not know (none of the `known` hits, nor the surname of a known person),
    where a run of capitalised words stands where a cue of `before` names what it reaches (`_name_starts`: "sanctions on Saydnaya Military Prison", "two key
    banks: Sberbank") or right before a cue of `after` ("OOO Transoil is being designated"): a run that opens or
    closes with one of the language's organisation words ("**OOO** Transoil", "Alfa **Bank**"), or after a cue of
    `before` a single word that a comma or a word of `following` ends ("designating Garantex, a virtual currency
    exchange"), with the names a comma or a coordinator joins to it ("Sberbank and Gazprombank"; not the legal form
    in "Golden Warrior Shipping, Co. Ltd."); no single word may be a name stopword ("sanctions on Friday, ...")."""
    words = _organisation_words(language)
    if not words:
        return []
    cues, rules = _cues(language), language_rules(language)
    joints = rules.coordinators
    # "designated Ghafari as": a known person's surname alone is left to be resolved to them; a legal form alone
    # is the end of the name before it ("Golden Warrior Shipping, Co. Ltd.")
    surnames = words | {text[hit.start : hit.end].split()[-1] for hit in known if " " in text[hit.start : hit.end]}
    found: list[Hit] = []
    for cue in _cue_hits(language, text):
        if cue.label == _BEFORE:
            starts, joined, listed = _name_starts(rules, text, cue.end), False, []
            while (named := next((
                    m for at in starts if (m := _CAPITALISED.match(text, at)) is not None
                    and m.group() not in gaz.not_first_names | surnames and _organisation(words, cues, text, m, joined)),
                    None)) is not None:
                listed.append(Hit(named.start(), named.end(), named.group(), kind=_ORGANISATION))
                if (at := _gap_end(text, named.end(), joints)) == named.end():
                    break
                # "Hydra, and the virtual currency exchange Garantex"
                starts, joined = _name_starts(rules, text, at), True
            else:
                # "designating Radio-1, Canal Uno, and TVP": a name the list joins right on is none, so neither is it
                if joined and _CAPITALISED.match(text, starts[0]) is not None:
                    listed = []
            found += listed
            continue
        end = len(text[: cue.start].rstrip(" "))
        named = next((m for m in _CAPITALISED.finditer(text, max(0, end - _NAME_REACH), end) if m.end() == end), None)
        name = [] if named is None else named.group().split()
        if len(name) > 1 and (name[0] in words or name[-1] in words):
            found.append(Hit(named.start(), named.end(), named.group(), kind=_ORGANISATION))
    spans = sorted((hit.start, hit.end) for hit in known)
    return [hit for hit in found if not any(start < hit.end and hit.start < end for start, end in spans)]


def _organisation(words: frozenset[str], cues: Lexicon, text: str, named: regex.Match[str], joined: bool) -> bool:
    """Whether a run of capitalised words that a cue of `before` reaches names an organisation: it opens or closes
    with an organisation word, or is a single word that a comma, a word of `following` or a cue of `after` ends (or
    any mark, when a list joins it: "Sberbank and Gazprombank;")."""
    name = named.group().split()
    rest = text[named.end() : named.end() + 1]
    if len(name) > 1:
        return name[0] in words or name[-1] in words
    if rest == "," or (joined and rest in _MARKS):
        return True
    word = WORD.match(text, _past_spaces(text, named.end()))
    return word is not None and word.group()[0].isalpha() and word.group()[0].islower() and _ends_name(
        cues, text, named.end())


def _name_starts(rules: Rules, text: str, at: int) -> list[int]:
    """Where the names a cue of `before` ending at `at` reaches may start: right after it, and after a description
    of what it reaches that a comma or a colon closes, when the description opens and ends with a word in lower case
    ("sanctions on two key Russian financial institutions: Sberbank", "sanctioning the world's largest darknet market
    for Russian speakers, Hydra"), or before a name that no mark parts from it ("the virtual currency exchange
    Garantex"); a description holds no auxiliary, agent's word or relative pronoun: it is a clause then ("the
    prisons designated today were highlighted in the pictures provided by Caesar")."""
    start = _past_spaces(text, at)
    verbal = rules.auxiliaries | rules.agents | rules.relatives
    return [start] + [_past_spaces(text, found.end()) for found in (_DESCRIBED.match(text, start),
                                                                     _PLAIN_DESCRIBED.match(text, start))
                      if found and not any(normal(word) in verbal for word in WORD.findall(found.group()))]
