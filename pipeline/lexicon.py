"""Lexicons: phrases of a language's resource files found on a text's word tokens."""

from __future__ import annotations

import csv
import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, chain, compress, count, repeat
from pathlib import Path

from pipeline.phrase_tokens import fixed_words, is_plain, match, plain_second

_RESOURCES = Path(__file__).parent / "resources"
_INDEXED_SPAN = 1000  # a span this long is read from where each first word stands, rather than word by word
_Entry = tuple[list[str], str, bool, bool, int, tuple[tuple[int, str], ...]]  # a phrase as `Lexicon` reads it


@dataclass(unsafe_hash=True, slots=True)  # not frozen: a frozen class sets each field by a call, on every hit made
class Hit:
    """A phrase found in a text: its offsets and the label its lexicon gives it (never changed once made)."""

    start: int
    end: int
    label: str


class Lexicon:
    """Phrases matched on word tokens; where several start at the same token, the longest wins.

    A phrase is words apart by spaces: "~" stands for up to three words, "*" in a word for any letters; a phrase
    opening with "^" matches only at the first word of the span searched (a clause's first word).
    With a `language` whose `events/matching.toml` says `lemmas = true`, a plain phrase word also matches every
    word of the text with that lemma ("заявить" finds "заявила"), by the lemmatiser's dictionary.
    A lexicon searched over whole texts (`whole_texts`), or over more than one span of a text, finds where its
    phrases may begin once per text; others look only at the words of the span they are asked about.
    A lexicon that reads contractions (`spelled`) reads each word of its phrases and of the text as the words it
    contracts (`spelled_out`: "we'll" as "we will"), so that a cue written out also finds its contraction.
    """

    def __init__(
        self, entries: list[tuple[str, str]], whole_texts: bool = False, language: str = "", spelled: bool = False
    ) -> None:
        self.whole_texts = whole_texts
        self.language = language if language and lemmatised(language) else ""
        self.spelled = language if spelled else ""
        # each phrase: its tokens, its label, whether it is plain words (no "~", no "*"), whether it opens the span,
        # and its tokens before the first gap with the plain words among them (`fixed_words`)
        self.by_first: dict[str, list[_Entry]] = {}
        self.wild_first: list[_Entry] = []
        # Where a phrase may begin: at its first word, or where its first two words stand when both are plain.
        self.openers: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        for phrase, label in sorted(entries, key=lambda entry: (-len(entry[0].split()), -len(entry[0]))):
            parts = phrase.split()
            opening = parts[0] == "^"
            parts = parts[opening:]
            tokens = [normal(t) for part in parts for t in ([part] if part == "~" else _PATTERN.findall(part))]
            if self.spelled:
                tokens = [word for t in tokens for word in (spelled_out(t, language) if is_plain(t) else [t])]
            # a phrase with a gap or a wildcard is matched word by word, after a quick look at its fixed plain words
            entry = (tokens, label, all(map(is_plain, tokens)), opening, *fixed_words(tokens))
            if "*" in tokens[0]:
                self.wild_first.append(entry)
                continue
            self.by_first.setdefault(tokens[0], []).append(entry)
            if is_plain(tokens[0]) and plain_second(tokens):
                self.pairs.add((tokens[0], tokens[1]))
            else:
                self.openers.add(tokens[0])
        # The phrases that may match at a word, by the word and the one after it: those whose second word is that
        # word or any (`by_one`: no plain second word), in the order above, so that the same phrase wins.
        self.by_one: dict[str, list[_Entry]] = {}
        self.by_pair: dict[tuple[str, str], list[_Entry]] = {}
        for word, entries in self.by_first.items():
            self.by_one[word] = [e for e in entries if not plain_second(e[0])]
            for second in {plain_second(e[0]) for e in entries} - {""}:
                self.by_pair[word, second] = [e for e in entries if plain_second(e[0]) in ("", second)]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every phrase in text[start:end], left to right, without overlaps."""
        article = _article_words(text).spelled(self.spelled)
        key = (self, start, end)
        if key not in article.found:  # a clause's cues are asked for by each reader of its status
            article.found[key] = self._find(article, start, end)
        return list(article.found[key])

    def _find(self, article: _Words, start: int, end: int | None) -> list[Hit]:
        """Every phrase in the article's words from start to end, left to right, without overlaps."""
        first, last = article.word_range(start, len(article.text) if end is None else end)
        hits: list[Hit] = []
        covered = -1
        words, lemmas = article.words, article.lemmas(self.language)
        for i in article.phrase_starts(self, first, last):
            if i <= covered:
                continue
            found = self._match_at(words, lemmas, i, last, i == first)
            if found is not None:
                covered, label = found
                hits.append(Hit(article.starts[i], article.ends[covered], label))
        return hits

    def may_occur(self, text: str, start: int, end: int) -> bool:
        """False when no phrase can begin in text[start:end], so that find would find none there."""
        article = _article_words(text).spelled(self.spelled)
        return bool(article.phrase_starts(self, *article.word_range(start, end)))

    def _match_at(
        self, words: list[str], lemmas: list[str], i: int, last: int, opens: bool
    ) -> tuple[int, str] | None:
        """The last word index and label of the first (longest) phrase that matches at word i, before word last
        (`opens`: word i is the first of the span searched)."""
        if lemmas:  # a word or its lemma begins a phrase, whatever follows
            first = self.by_first.get(words[i], ())
            if lemmas[i] != words[i]:
                first = [*first, *self.by_first.get(lemmas[i], ())]
        else:
            first = self.by_pair.get((words[i], words[i + 1] if i + 1 < len(words) else ""))
            first = self.by_one.get(words[i], ()) if first is None else first
        for tokens, label, plain, opening, reach, fixed in chain(first, self.wild_first):
            if opening and not opens:
                continue
            found = i + len(tokens) - 1
            if plain and not lemmas:  # most phrases: compare the words at once
                if found < last and words[i : found + 1] == tokens:
                    return found, label
            elif plain:
                if found < last and all(t in (words[k], lemmas[k]) for k, t in enumerate(tokens, i)):
                    return found, label
            elif fixed and not lemmas and (i + reach > last or any(words[i + k] != t for k, t in fixed)):
                continue  # "is it ~ hard to" at "is going", ", * * : * am et" at a comma with no colon three words on
            elif (found := match(tokens, words, i, last, lemmas)) is not None:
                return found, label
        return None


WORD = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")  # words (with inner apostrophes and hyphens) and marks
HYPHENS = ("-", "‐")  # that join the words of a compound in every alphabet
_PATTERN = re.compile(r"[\w*]+(?:['’-][\w*]+)*|[^\w\s*]")  # the same in phrases, where "*" is a wildcard
_WORD_SPLIT = re.compile(f"({WORD.pattern})")  # a text's words between the spaces around them


class _Words:
    """A text's words as lexicons read them: offsets, normal forms, and where each lexicon's phrases may begin."""

    def __init__(self, text: str) -> None:
        lowered = normal(text)
        if len(lowered) == len(text):
            # Lower case keeps each character a word character, a space, an apostrophe or hyphen, or another
            # mark, so the normal text splits into the same words at the same offsets, without match objects.
            parts = _WORD_SPLIT.split(lowered)
            bounds = list(accumulate(map(len, parts), initial=0))
            self.starts, self.ends, self.words = bounds[1:-1:2], bounds[2::2], parts[1::2]
        else:  # a letter whose lower case is longer: normalise word by word
            matches = list(WORD.finditer(text))
            self.starts = [match.start() for match in matches]
            self.ends = [match.end() for match in matches]
            self.words = [normal(match.group()) for match in matches]
        self._phrase_starts: dict[Lexicon, list[int]] = {}
        self.found: dict[tuple[Lexicon, int, int | None], list[Hit]] = {}  # each lexicon's hits in a span, once
        self.written: list[str] | None = None  # the words as written, read when first asked for
        self.text = text
        self._lemmas: dict[str, list[str]] = {}
        self._spelled: dict[str, _Words] = {}
        self._places: dict[str, list[int]] | None = None  # the indices of each word, read when first asked for
        # a text's own words serve every lexicon, a copy read through contractions only the few that read them
        self.indexed = True
        self._asked: set[Lexicon] = set()  # the lexicons asked about one span of the text so far

    def spelled(self, language: str) -> _Words:
        """The words with each contraction of the language read as the words it stands for, each over its own
        letters ("we" over "we", "will" over "'ll"); themselves without a language or where none is contracted."""
        if not language:
            return self
        if language not in self._spelled:
            endings = tuple(ending for ending, _, _ in _contractions(language))
            # most texts hold no contraction: only words with an ending are read, and the rest kept as they are
            contracted = [(i, parts) for i in compress(count(), map(str.endswith, self.words, repeat(endings)))
                          if len(parts := spelled_out(self.words[i], language)) > 1]
            if not contracted:
                self._spelled[language] = self
            else:
                spelled = self._spelled[language] = _Words.__new__(_Words)
                spelled.__dict__.update(
                    self.__dict__, _phrase_starts={}, found={}, written=None, _lemmas={}, _spelled={}, _places=None,
                    _asked=set(), indexed=False)
                spelled.starts, spelled.ends, spelled.words = [], [], []
                done = 0
                for i, (host, word) in contracted:
                    # the host keeps the word's first letters, the contracted word its ending's
                    spelled.starts += self.starts[done:i] + [self.starts[i], self.starts[i] + len(host)]
                    spelled.ends += self.ends[done:i] + [self.starts[i] + len(host), self.ends[i]]
                    spelled.words += self.words[done:i] + [host, word]
                    done = i + 1
                spelled.starts += self.starts[done:]
                spelled.ends += self.ends[done:]
                spelled.words += self.words[done:]
        return self._spelled[language]

    def lemmas(self, language: str) -> list[str]:
        """The words' lower-cased lemmas in a language (read once), or [] without one."""
        if not language:
            return []
        if language not in self._lemmas:
            self._lemmas[language] = [
                _lemma(self.text[s:e], language) for s, e in zip(self.starts, self.ends, strict=True)
            ]
        return self._lemmas[language]

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """The index of the first word inside text[start:end] and the index after the last one."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        while last > first and self.ends[last - 1] > end:
            last -= 1
        return first, last

    def phrase_starts(self, lexicon: Lexicon, first: int, last: int) -> list[int]:
        """The indices of the words from first to last (excluded) at which one of the lexicon's phrases may begin."""
        found = self._phrase_starts.get(lexicon)
        if found is None and lexicon.language:
            found = self._phrase_starts[lexicon] = self._lemma_starts(lexicon)
        if found is None:
            if not self._read_whole(lexicon, last - first):
                return self._phrase_starts_in(lexicon, first, last)
            found = self._phrase_starts[lexicon] = self._indexed_starts(lexicon)
        return found[bisect_left(found, first) : bisect_left(found, last)]

    def _read_whole(self, lexicon: Lexicon, span: int) -> bool:
        """Whether to find the lexicon's phrase starts in the whole text at once (whole texts, long or second span)."""
        if lexicon.whole_texts or span >= _INDEXED_SPAN or lexicon in self._asked:
            return True
        self._asked.add(lexicon)
        return False

    def _lemma_starts(self, lexicon: Lexicon) -> list[int]:
        """The indices of the words at which a phrase may begin by the word or by its lemma."""
        if lexicon.wild_first:
            return list(range(len(self.words)))
        first = lexicon.by_first
        return [i for i, (w, l) in enumerate(zip(self.words, self.lemmas(lexicon.language))) if w in first or l in first]

    def _phrase_starts_in(self, lexicon: Lexicon, first: int, last: int) -> list[int]:
        """The phrase starts of words first to last (excluded), read word by word (most words begin none)."""
        if lexicon.wild_first:
            return list(range(first, last))
        words, openers, pairs = self.words, lexicon.openers, lexicon.pairs
        return [
            i for i in compress(count(first), map(lexicon.by_first.__contains__, words[first:last]))
            if words[i] in openers or (words[i], words[i + 1] if i + 1 < len(words) else "") in pairs
        ]

    def _indexed_starts(self, lexicon: Lexicon) -> list[int]:
        """The phrase starts of all the words, read where each of the lexicon's first words stands in the text."""
        if lexicon.wild_first:
            return list(range(len(self.words)))
        if not self.indexed:  # an index of all the words would serve this lexicon alone: read them one by one
            return self._phrase_starts_in(lexicon, 0, len(self.words))
        if self._places is None:
            self._places = {}
            for i, word in enumerate(self.words):
                self._places.setdefault(word, []).append(i)
        words, pairs, starts = self.words, lexicon.pairs, []
        for word in self._places.keys() & lexicon.by_first.keys():  # a pair's first word begins only its pairs
            starts += self._places[word] if word in lexicon.openers else [
                i for i in self._places[word] if (word, words[i + 1] if i + 1 < len(words) else "") in pairs]
        starts.sort()
        return starts


@lru_cache(maxsize=4)  # every lexicon reads the same article, clause by clause
def _article_words(text: str) -> _Words:
    """The words of a text, read once."""
    return _Words(text)


@lru_cache(maxsize=64)  # the words from a clause's start to its trigger are read by several readers of the trigger
def words_between(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The word tokens of text[start:end] (`WORD` matches), read once for all the readers of the same span."""
    return tuple(WORD.finditer(text, start, end))


@lru_cache(maxsize=64)  # several readers of a trigger compare the words before it in its clause as written
def written_between(text: str, start: int, end: int) -> tuple[str, ...]:
    """The word tokens of text[start:end] as written (`WORD.findall`), read once for all the readers of the span."""
    return tuple(match.group() for match in words_between(text, start, end))


def written_tokens(text: str) -> tuple[list[int], list[str]]:
    """The starts of a text's tokens (words, numbers and marks) and the tokens as written, as lexicons read them."""
    words = _article_words(text)
    if words.written is None:
        words.written = list(map(text.__getitem__, map(slice, words.starts, words.ends)))
    return words.starts, words.written


def normal(token: str) -> str:
    """A token as phrases are compared: lower case, one kind of apostrophe."""
    return token.lower().replace("’", "'")


@cache
def lemmatised(language: str) -> bool:
    """Whether a language's phrases match by lemma (its `events/matching.toml` says `lemmas = true`)."""
    path = _RESOURCES / language / "events" / "matching.toml"
    return path.exists() and bool(tomllib.loads(path.read_text(encoding="utf-8")).get("lemmas", False))


@lru_cache(maxsize=200_000)  # news repeats its words
def _lemma(word: str, language: str) -> str:
    """A word's lower-cased lemma by simplemma's dictionary for the language (the word itself when unknown)."""
    import simplemma

    return normal(simplemma.lemmatize(word, lang=language))


def resource(language: str, name: str) -> Path:
    """A resource file of the language, or of English where the language has none."""
    path = _RESOURCES / language / "events" / name
    return path if path.exists() else _RESOURCES / "en" / "events" / name


def read_rows(language: str, name: str) -> list[dict[str, str]]:
    """The rows of a CSV resource."""
    with resource(language, name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _contractions(language: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """A language's contraction endings (`contractions.csv`): each with the word it stands for and the words it
    contracts with (none: any word), longest first."""
    rows = [(normal(row["ending"]), normal(row["word"]), frozenset(
        normal(host.strip()) for host in row["hosts"].split(";") if host.strip()))
        for row in read_rows(language, "contractions.csv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@lru_cache(maxsize=16384)
def spelled_out(word: str, language: str) -> tuple[str, ...]:
    """A normal word as the words it contracts ("we've" -> "we", "have"; "hasn't" -> "has", "not"), else itself: a
    tense, an auxiliary or a negation reads the same written either way (cached: asked for every word before a
    trigger)."""
    for ending, full, hosts in _contractions(language):
        host = word[: -len(ending)]
        if host and word.endswith(ending) and (not hosts or host in hosts):
            return host, full
    return (word,)


def read_words(language: str, name: str) -> list[str]:
    """The lines of a word-list resource, without comments."""
    return word_lines(resource(language, name))


def word_lines(path: Path) -> list[str]:
    """The lines of a word-list file, stripped, without blank lines and comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def words_lexicon(language: str, name: str, label: str, *more: tuple[str, str]) -> Lexicon:
    """A lexicon of a word-list resource's phrases, each labelled the same, with those of `more` (file, label)."""
    files = [(name, label), *more]
    return Lexicon([(words, tag) for file, tag in files for words in read_words(language, file)], language=language)


def row_phrases(row: dict[str, str]) -> list[str]:
    """The phrases of a CSV resource's row: its `phrases` column, separated by ";"."""
    return [phrase.strip() for phrase in row["phrases"].split(";") if phrase.strip()]


def phrases(language: str, name: str, *columns: str, whole_texts: bool = False, spelled: bool = False) -> Lexicon:
    """A lexicon from a CSV whose `phrases` column holds phrases separated by ";", labelled by the columns (`spelled`:
    read through contractions)."""
    return Lexicon([
        (phrase, ":".join(row[c] for c in columns)) for row in read_rows(language, name) for phrase in row_phrases(row)
    ], whole_texts, language, spelled)
