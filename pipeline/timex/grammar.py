"""Load a language's temporal patterns and word classes, and compile them into one pattern per trigger key."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick
import regex

from pipeline.timex.inflect import inflected

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
_PLACEHOLDER = regex.compile(r"\{([a-z_][a-z_0-9]*)\}")
_GROUP_NAME = regex.compile(r"\(\?P<(\w+)>")  # "(?P<year>": its name is no word of the pattern


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern's meaning: how its value is built, its TIMEX3 type and its anchor."""

    name: str
    kind: str
    type: str
    anchor: str  # "publication" or "narrative"
    groups: frozenset[str]  # the named groups of its pattern: the only ones a match of it can set
    moves_story: bool = True  # False: its date is no day the narrative goes on from (the start of a range)


@dataclass(frozen=True, slots=True)
class Grammar:
    """A language's compiled patterns, the rule of each alternative, and its word classes."""

    patterns: dict[frozenset[str], regex.Pattern[str]]  # by trigger key: the rules that key can start
    rule_groups: dict[frozenset[str], tuple[tuple[int, str], ...]]  # by trigger key: (group number, rule)
    rules: dict[str, Rule]  # by the name of the group that wraps the rule's pattern
    words: dict[str, dict[str, object]]  # class -> lower-cased word -> value
    groups: dict[str, str]  # named group -> word class it is read through
    cues: dict[str, int]  # lower-cased tense cue (one or two words) -> 1 future, -1 past, 0 not a cue
    endings: tuple[tuple[str, int, int], ...]  # (ending, least length, cue): regular tense forms ("played": past)
    passive: frozenset[str]  # after these a past participle is no past cue
    since: frozenset[str]  # words right before a date that put it in the past at any distance ("since January 28")
    cue_words: int  # words read on each side of an expression for its tense
    tense_reach: dict[str, int]  # by precision (day, month): days within which tense, not nearness, picks a year
    token: regex.Pattern[str]  # a word, for reading cues
    previous_token: regex.Pattern[str]  # the last word of a stretch of text, in group 1
    sentence_end: regex.Pattern[str]
    possessive_act: regex.Pattern[str] | None  # after an expression: it owns an act past by nature ("Monday's attack")
    triggers: ahocorasick.Automaton  # lower-cased trigger word -> (length, trigger key)
    lookback: int  # words before a trigger where an expression may start
    starters: frozenset[str]  # lower-cased words an expression may begin with before its trigger
    duration_units: dict[str, tuple[float, str]]  # unit -> (factor, letter) a duration is written in (DE: 10, Y)
    fractions_down: bool = False  # a fraction of a day or clock unit written in the next smaller unit (PT30M)
    compound_heads: frozenset[str] = frozenset()  # classes whose words also trigger as a compound's first part
    name_head: regex.Pattern[str] | None = None  # a name's head word ending a text ("plaza", "rue du"): no date follows
    live_update: regex.Pattern[str] | None = None  # a live page's update stamp: the page runs past its date

    def lookup(self, group: str, text: str) -> object:
        """The value of a group's text: from its word class, else the text as a number."""
        word_class = self.words.get(self.groups.get(group, ""), {})
        key = " ".join(text.lower().split())
        if key in word_class:
            return word_class[key]
        try:
            return int(text)
        except ValueError:
            return text


FALLBACK = "numeric"  # the rules of a language without a folder of its own: numeric dates alone


@lru_cache(maxsize=64)  # asked per word by the event stages: the folder test once per language, not per call
def load(language: str = "en") -> Grammar:
    """The compiled resources of a language, or the numeric-only rules where it has none."""
    known = regex.fullmatch(r"[a-z]{2,3}", language) and (RESOURCES / language / "timex").is_dir()
    return _load(language if known else FALLBACK)


@cache
def _load(language: str) -> Grammar:
    """Read and compile the resources in one folder (once per process)."""
    folder = RESOURCES / language / "timex"
    words = tomllib.loads((folder / "words.toml").read_text(encoding="utf-8"))
    spec = tomllib.loads((folder / "patterns.toml").read_text(encoding="utf-8"))
    tense = tomllib.loads((folder / "tense.toml").read_text(encoding="utf-8"))
    morphology = folder / "morphology.toml"
    if morphology.is_file():  # classes whose entries stand for every inflected form of their lemma
        words = inflected(language, words, tomllib.loads(morphology.read_text(encoding="utf-8"))["classes"])
    alternatives = {name: _word_alternation(entries) for name, entries in words.items()}
    if clash := set(spec["macros"]) & set(alternatives):
        raise ValueError(f"names both a macro and a word class: {sorted(clash)}")
    expanded = {f"rule{i}": _expand(r["pattern"], spec["macros"], alternatives) for i, r in enumerate(spec["rule"])}
    rules = {name: Rule(r["name"], r["kind"], r["type"], r.get("anchor", "publication"),
                        frozenset(_GROUP_NAME.findall(expanded[name])), r.get("moves_story", True))
             for name, r in zip(expanded, spec["rule"])}
    outlines = {f"rule{i}": _expand(r["pattern"], spec["macros"], None) for i, r in enumerate(spec["rule"])}
    keys = _trigger_keys(spec["scan"], words)
    starters = frozenset([w.lower() for name in spec["scan"]["starter_classes"] for w in words[name]]
                         + spec["scan"]["starters"])
    patterns = {key: _compile(expanded, _rules_for(key, outlines, words, starters)) for key in set(keys.values())}
    return Grammar(
        patterns=patterns,
        rule_groups={key: tuple((number, name) for name, number in pattern.groupindex.items() if name in rules)
                     for key, pattern in patterns.items()},
        rules=rules,
        words={name: {k.lower(): v for k, v in entries.items()} for name, entries in words.items()},
        groups=spec["groups"],
        cues=_cues(tense, words),
        endings=tuple((ending, length, sign) for ending, length, sign in tense.get("endings", [])),
        passive=frozenset(w.lower() for name in tense["passive"] for w in words[name]),
        since=frozenset(regex.sub(r"\s+", " ", w.lower()) for name in tense.get("since", []) for w in words[name]),
        cue_words=tense["words"],
        tense_reach=tense["reach_days"],
        token=regex.compile(tense["token"]),
        previous_token=regex.compile(f"({tense['token']})\\W*$"),
        sentence_end=regex.compile(tense["sentence_end"]),
        possessive_act=regex.compile(tense["possessive_act"], regex.IGNORECASE) if "possessive_act" in tense else None,
        triggers=_automaton(keys),
        lookback=spec["scan"]["lookback"],
        starters=starters,
        duration_units={unit: (factor, letter) for unit, (factor, letter) in spec.get("duration_units", {}).items()},
        fractions_down=spec.get("duration_fractions", {}).get("smaller_unit", False),
        compound_heads=frozenset(spec["scan"].get("compound_heads", [])),
        name_head=_name_head(alternatives),
        live_update=regex.compile(spec["live_update"]) if "live_update" in spec else None,
    )


def _name_head(alternatives: dict[str, str]) -> regex.Pattern[str] | None:
    """The end of a text that makes the date after it part of a name: a street's, a square's, a movement's.

    "Plaza 2 de Mayo", "rue du 4 Septembre", "Movimiento 6 de abril": the class `name_head` holds the head words,
    `name_link` the articles and prepositions that may join them to the date.
    """
    if "name_head" not in alternatives:
        return None
    link = f"(?:{alternatives['name_link']}\\s+)?" if "name_link" in alternatives else ""
    return regex.compile(f"(?<![\\w-]){alternatives['name_head']}\\s+{link}\\Z", regex.IGNORECASE)


def _trigger_keys(scan: dict[str, list[str]], words: dict[str, dict[str, object]]) -> dict[str, frozenset[str]]:
    """Each trigger word (lower-cased) with its key: the classes it belongs to, itself, or `digit`."""
    keys: dict[str, set[str]] = {}
    for name in scan["trigger_classes"]:
        for word in words[name]:
            keys.setdefault(word.lower(), set()).add(name)
    for word in scan["trigger_words"]:
        keys.setdefault(word, set()).add(word)
    keys.update({digit: {"digit"} for digit in "0123456789"})
    return {word: frozenset(key) for word, key in keys.items()}


def _rules_for(key: frozenset[str], outlines: dict[str, str], words: dict[str, dict[str, object]],
               starters: frozenset[str]) -> list[str]:
    """The rules a trigger of this key can be part of: they use one of its classes, a word of them, or a digit."""
    entries = {w.lower() for name in key if name in words for w in words[name]} | (key - set(words))
    # a rule may spell a several-word entry ("the past") with its own spacing: match its other words
    vocabulary = {token for entry in entries for token in entry.split() if token not in starters or " " not in entry}
    literal = regex.compile(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, vocabulary)) + r")(?!\p{L})")
    classes = {f"{{{name}}}" for name in key}
    return [name for name, outline in outlines.items()
            if any(c in outline for c in classes) or ("digit" in key and regex.search(r"\\d|\[0-9", outline))
            or literal.search(_GROUP_NAME.sub("(", _PLACEHOLDER.sub(" ", outline)).lower())]


def _compile(expanded: dict[str, str], names: list[str]) -> regex.Pattern[str]:
    """One pattern holding the named rules, each in a group named after it."""
    # POSIX (leftmost-longest) matching: of the rules matching at a position the longest wins,
    # so the order of the rules does not decide between "December 21" and "December 21, 2021".
    return regex.compile("(?p)" + "|".join(f"(?P<{n}>{expanded[n]})" for n in names), regex.IGNORECASE)


def _automaton(keys: dict[str, frozenset[str]]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over the trigger words, each mapped to (length, key)."""
    automaton = ahocorasick.Automaton()
    for word, key in keys.items():
        automaton.add_word(word, (len(word), key))
    automaton.make_automaton()
    return automaton


def _expand(pattern: str, macros: dict[str, str], alternatives: dict[str, str] | None) -> str:
    """Replace `{name}` by its macro (expanded in turn) and by its word class's alternation (kept without them)."""
    def replace(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name in macros:
            return _expand(macros[name], macros, alternatives)
        if alternatives is None:
            return match.group()
        if name in alternatives:
            return alternatives[name]
        raise KeyError(f"unknown placeholder {{{name}}} in pattern {pattern!r}")

    return _PLACEHOLDER.sub(replace, pattern)


def _word_alternation(words: dict[str, object]) -> str:
    """A group matching any of the words; capitalised words (their first letter: "Christmas", "11-S") match only as
    written."""
    exact = [word for word in words if next((c for c in word if c.isalpha()), "").isupper()]
    folded = [word for word in words if word not in exact]
    branches = ([_prefix_tree(folded)] if folded else []) + ([f"(?-i:{_prefix_tree(exact)})"] if exact else [])
    return "(?:" + "|".join(branches) + ")"


def _prefix_tree(words: list[str]) -> str:
    """A pattern matching exactly the words, each common beginning written once ("ju(?:ne|ly)").

    The regex engine tries the alternatives of a group one after another: as a tree, a word list is
    left after a letter or two instead of after trying every word. This is a third of the matching time.
    """
    branches: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if word:
            branches.setdefault(word[0], []).append(word[1:])
    if not branches:
        return ""
    body = "|".join((r"\s+" if first == " " else regex.escape(first)) + _prefix_tree(rest)
                    for first, rest in branches.items())
    if "" in words:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def _cues(tense: dict[str, list[str]], words: dict[str, dict[str, object]]) -> dict[str, int]:
    """Tense cues by lower-cased words: +1 future, -1 past, 0 for look-alikes that are no cue."""
    sign = {"future": 1, "past": -1, "ignore": 0}
    return {regex.sub(r"\s+", " ", word.lower()): value
            for group, value in sign.items() for name in tense[group] for word in words[name]}
