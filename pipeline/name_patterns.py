"""The patterns that find titled names, appositions and descriptions, built from a language's actor words."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import ahocorasick
import regex


# capitalised words that end right before a last word, which may be a name's first ones ("Lynsey " before "Addario")
_NAMED_BEFORE = regex.compile(r"(?<![\w'’.-])(?:\p{Lu}\p{Ll}[\w'’-]*[^\S\n]+){1,3}\Z")
_WORD_GOES_ON = regex.compile(r"[\w'’-]")


def automaton(words: dict[str, Iterable[str]]) -> ahocorasick.Automaton:
    """One automaton finding every occurrence of the words of each kind; each reports itself and its kinds."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for kind, listed in words.items():
        for word in listed:
            kinds[word].add(kind)
    found = ahocorasick.Automaton()
    for word, its_kinds in kinds.items():
        found.add_word(word, (word, frozenset(its_kinds)))
    found.make_automaton()
    return found


def title_forms(titles: Iterable[str]) -> list[str]:
    """The titles as listed, in lower case and capitalised, the longest first."""
    # capitalised where a sentence opens with one ("Президент России")
    forms = {form for t in titles for form in (t, t.lower(), t[:1].upper() + t[1:])}
    return sorted(forms, key=len, reverse=True)


def either(words: Iterable[str]) -> str:
    """A regex alternation of literal words, the longest first ("(?!)" when there are none)."""
    return "|".join(map(regex.escape, sorted(words, key=len, reverse=True))) or "(?!)"


def title_regex(
    grammar: dict, stopwords: list[str], honorifics: list[str], modifiers: list[str], titles: list[str],
    collective: list[str],
) -> regex.Pattern[str]:
    """Title, an optional qualifier ("for/of/to ...", or a state's name where the grammar allows), then a
    capitalised name of one to four words, which may open with initials ("spokesman P.J. Crowley")."""
    stop = either(stopwords)
    word = r"\p{Lu}[\w.'’-]*"
    space = r"[^\S\n]+"  # names and titles never run across lines
    token = rf"(?!(?:{stop})\b)\p{{Lu}}\p{{Ll}}[\w-]*(?:['’]\p{{Lu}}[\w-]*)?"
    particle = rf"(?:(?:{either(grammar['name_particles'])}){space})"
    prepositional = (
        rf"(?P<prep>{either(grammar['title_prepositions'])}){space}(?:(?:{either(grammar['articles'])}){space})?{word}"
        rf"(?:,?{space}(?:(?:{either(grammar['qualifier_joiners'])}){space})*{word})*?"
    )
    # "президент России", "le président russe": a state or organisation named right after the title
    named = r"|\L<collective>" if grammar.get("qualifier_names") else ""
    repeat = "+?" if named else ""  # "le ministre russe des Affaires étrangères": a name, then a prepositional part
    return regex.compile(
        rf"(?<![\w-])(?P<title>(?:(?:{either(modifiers)})[^\S\n]*)*(?:{either(titles)}))"
        rf"(?P<qual>(?:{space}(?:{prepositional}{named})){repeat})?"
        rf"(?P<comma>,?){space}(?:(?:{either(honorifics)}){space})?"
        rf"(?P<name>(?:\p{{Lu}}\.(?:[^\S\n]?\p{{Lu}}\.)+{space})?{token}(?:{space}\p{{Lu}}\.)*(?:{space}{particle}*{token}){{0,3}})"
        r"(?![\w-])(?![^\S\n]+\p{Lu}\p{Ll})",
        **({"collective": collective} if named else {}),
    )


def apposition_regex(grammar: dict, stopwords: list[str]) -> regex.Pattern[str]:
    """A capitalised name of two to four words, a comma, an article and up to three words, ending where a
    description begins ("Roland Lavoie, a spokesman"); searched in the text before each description."""
    articles = grammar.get("apposition_articles", [])
    if not articles:
        return regex.compile("(?!)")
    token = rf"(?!(?:{either(stopwords)})\b)\p{{Lu}}\p{{Ll}}[\w-]*"
    particle = rf"(?:(?:{either(grammar['name_particles'])})[^\S\n]+)"
    return regex.compile(
        rf"(?<![\w-])(?P<name>{token}(?:[^\S\n]+{particle}*{token}){{1,3}})[^\S\n]*,[^\S\n]+"
        rf"(?:{either(articles)})[^\S\n]+(?:[\w'’.-]+[^\S\n]+){{0,3}}$"
    )


def name_regex(grammar: dict, stopwords: list[str]) -> regex.Pattern[str]:
    """A capitalised name of one to four words no capitalised word continues ("Talha Jwaili", "Addario"), as a speaker
    the gazetteer does not know is named."""
    token = rf"(?!(?:{either(stopwords)})\b)\p{{Lu}}\p{{Ll}}[\w-]*(?:['’]\p{{Lu}}[\w-]*)?"
    # a particle stands apart or joined by a hyphen to the word it opens ("Eman al-Obeidy")
    particle = rf"(?:(?:{either(grammar['name_particles'])})(?:[^\S\n]+|-(?=\p{{Lu}})))"
    return regex.compile(rf"(?<![\w'’.-]){token}(?:[^\S\n]+{particle}*{token}){{0,3}}(?![\w'’-])(?![^\S\n]+\p{{Lu}})")


def description_regex(phrases: Iterable[str], blockers: list[str]) -> re.Pattern[str]:
    """Descriptions that may refer back to a person ("leader", "official", "Secretary")."""
    longest_first = sorted(phrases, key=len, reverse=True)
    # "the leader of al-Qaida" names someone else than the leader already mentioned
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, longest_first)) + rf")(?![\w-])(?!\s+(?:{either(blockers)})\b)"
    )


def named_before(text: str, last: str, reach: int) -> list[tuple[int, int]]:
    """The spans of `last` as a word after one to three capitalised words (`reach` characters at most), left to
    right, without overlaps: "Lynsey Addario" for "Addario"."""
    # one precompiled pattern read back from each occurrence: a pattern per surname costs a compile each
    places, done, at = [], 0, text.find(last)
    while at >= 0:
        end = at + len(last)
        before = None if _WORD_GOES_ON.match(text, end) else _NAMED_BEFORE.search(text, max(done, at - reach), at)
        if before:
            places.append((before.start(), end))
            done = end
        at = text.find(last, max(at + 1, done))
    return places
