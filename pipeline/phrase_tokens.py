"""A lexicon phrase's tokens against a text's words: plain words, "*" wildcards within a word, "~" gaps of words."""

from __future__ import annotations

MAX_GAP = 3  # "~" in a phrase: up to three words in between


def is_plain(token: str) -> bool:
    """Whether a phrase's token stands for just itself: no gap, no wildcard."""
    return token != "~" and "*" not in token


def plain_second(tokens: list[str]) -> str:
    """A phrase's second word when it is plain, else "" (a phrase of one word, or a gap or wildcard second)."""
    return tokens[1] if len(tokens) > 1 and is_plain(tokens[1]) else ""


def fixed_words(tokens: list[str]) -> tuple[int, tuple[tuple[int, str], ...]]:
    """How many tokens a phrase has before its first gap, and the plain ones among them after the first, each with
    its place (", * * : * am et": 7, and ":" at 3, "am" at 5, "et" at 6): words the text must hold right there."""
    reach = tokens.index("~") if "~" in tokens else len(tokens)
    return reach, tuple((k, token) for k, token in enumerate(tokens[:reach]) if k and is_plain(token))


def match(tokens: list[str], words: list[str], i: int, last: int, lemmas: list[str]) -> int | None:
    """The index of the last word when the phrase's tokens match the words from i on (before last), else None."""
    for k, head in enumerate(tokens):
        if head == "~":
            return _match_gap(tokens[k + 1 :], words, i, last, lemmas)
        if i >= last or not (_word_matches(head, words[i]) or (lemmas and head == lemmas[i])):
            return None
        i += 1
    return i - 1


def _match_gap(tokens: list[str], words: list[str], i: int, last: int, lemmas: list[str]) -> int | None:
    """The last word index of the rest of a phrase after a gap of up to three words, the shortest gap first."""
    if tokens and is_plain(tokens[0]) and not lemmas and tokens[0] not in words[i : i + MAX_GAP + 1]:
        return None  # the word after the gap stands nowhere within its reach
    for skip in range(MAX_GAP + 1):
        # a gap that runs past the clause or over a mark fails, and so does every longer one
        if skip and (i + skip > last or not words[i + skip - 1][0].isalnum()):
            return None
        found = match(tokens, words, i + skip, last, lemmas)
        if found is not None:
            return found
    return None


def _word_matches(pattern: str, word: str) -> bool:
    """A phrase word against a text word; "*" in the pattern stands for one or more letters."""
    if "*" not in pattern:
        return pattern == word
    prefix, suffix = pattern.split("*", 1)
    return len(word) > len(prefix) + len(suffix) and word.startswith(prefix) and word.endswith(suffix)
