"""The parts of a sentence that name no event though they hold triggers: a heading, a direct question, a news page's
headlines and highlights."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from itertools import compress

from pipeline.clauses import Rules
from pipeline.lexicon import WORD, normal, written_tokens

_HEADING_WORDS = 12  # a longer run of capitalised words is a sentence of names, no heading
_RUN_HEADLINES = 2  # headlines at least before the sentence's own words that make a run of them, not a stray capital
_HEADLINE_WORDS = 2  # words of a headline at least
_ELLIPSIS_WORDS = 3  # words of a question at most that asks without a question word ("Ease tensions?")


def silent_spans(rules: Rules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a sentence that name no event: a direct question, a heading and a news page's highlights (see
    `question`, `heading`, `highlights`)."""
    spans = [span for span in (heading(rules, text, start, end), question(rules, text, start, end)) if span]
    # a run of headlines before a dateline is the story's own highlights, read as `highlights` reads them
    return spans + (highlights(rules, text, start, end) or [span for span in [headlines(rules, text, start, end)]
                                                             if span])


def headlines(rules: Rules, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run of headlines a news page prints around its story, read into the sentence they open with no mark that
    parts them ("Rome captive 'says Iraq sparked plot' Security chiefs fear new wave of assaults Huge hunt for bomb
    mastermind One of the men accused ..."): at least `_RUN_HEADLINES` short parts, up to `_HEADING_WORDS` words each,
    every one after the first opening with a capital that the page writes mostly in lower case ("Security", "Huge",
    "One": no name) right after a word in lower case that is no `minor` word, or after the quotation mark that closes
    one; None without such a run. Headlines of other stories, or of this one, tell no event of the sentence."""
    bounds = _boundaries(text)
    if bisect_left(bounds, end) - bisect_right(bounds, start) < _RUN_HEADLINES:
        return None  # most sentences hold too few words that may open a headline: no need to read them
    minor, closing = rules.headings.get("minor", frozenset()), rules.headings.get("stop", frozenset())
    words, parts, last, before = 0, 0, None, ("", "")
    for match in WORD.finditer(text, start, end):
        token = match.group()
        first = token[0]
        if first.isupper() and words and _parts(before, minor, closing) and (
                _common(text, token) or text.startswith(":", match.end())):
            if not _HEADLINE_WORDS <= words <= _HEADING_WORDS:
                break
            parts, last, words = parts + 1, match.start(), 0
        if first.isalnum():
            words += 1
            if words > _HEADING_WORDS:
                break  # a part too long for a headline: any later break would end the run here
        # a straight double quote after a space opens a quotation ('said "The'): it closes no headline
        before = (before[1], "" if token == '"' and text[match.start() - 1 : match.start()].isspace() else token)
    return (start, last) if parts >= _RUN_HEADLINES and last is not None else None


def _parts(before: tuple[str, str], minor: frozenset[str], closing: frozenset[str]) -> bool:
    """Whether the last tokens may end a headline: a word in lower case that is no minor word ("assaults"), or a
    closing mark after one ("plot '")."""
    word = before[0] if before[1] in closing else before[1]
    return word[:1].islower() and normal(word) not in minor and (before[1] in closing or word == before[1])


def _common(text: str, token: str) -> bool:
    """Whether the page writes the capitalised word more often in lower case: a common word, no name."""
    cases = _cases(text)
    return cases[token.lower()] > cases[token]


@lru_cache(maxsize=4)
def _boundaries(text: str) -> list[int]:
    """Where the page's words that may open a headline begin: capitalised, and common or before a colon."""
    starts, tokens = written_tokens(text)
    cases = _cases(text)
    common = {token for token, n in cases.items() if token[:1].isupper() and cases.get(token.lower(), 0) > n}
    found = set(compress(range(len(tokens)), map(common.__contains__, tokens)))
    # a colon right after a token (no space between) follows the token before it
    found.update(i - 1 for i in compress(range(len(tokens)), map(":".__eq__, tokens))
                 if i and not text[starts[i] - 1].isspace() and tokens[i - 1][:1].isupper())
    return [starts[i] for i in sorted(found)]


@lru_cache(maxsize=4)
def _cases(text: str) -> Counter[str]:
    """How often the page writes each token, as written (a long text's hash is kept, so the cache costs little;
    marks and numbers are counted too, never asked for)."""
    return Counter(written_tokens(text)[1])


def highlights(rules: Rules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What runs before a news agency's dateline in its sentence ("... NATO chief says Gadhafi's regime 'has no
    future' Tripoli, Libya (CNN) -- New airstrikes shook ..."): the page's title and story highlights, run together
    with no mark that parts them, which sum up what the story's body tells and name no event of their own; save a
    hostile act, the attack or killing that is the story's news, which event data record however it is told. The
    parts of that run around its hostile triggers, none without a dateline."""
    lowered = text[start:end].lower()
    found = [at for mark in rules.headings.get("dateline", ()) if (at := lowered.find(mark)) > 0]
    if not found:
        return []  # most sentences hold no dateline
    spans, at = [], start
    for hit in rules.triggers.find(text, start, start + min(found)):
        if hit.label in rules.hostile:
            spans.append((at, hit.start))
            at = hit.end
    return [span for span in [*spans, (at, start + min(found))] if span[0] < span[1]]


def heading(rules: Rules, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The heading that opens a sentence ("Support for Ukraine and Our Allies: The Request includes ..."), or that is
    the whole sentence, left open by any mark that closes a sentence ("The Thriving Economic Relationship Supports
    Our Workers"): up to `_HEADING_WORDS` words, each capitalised or a minor word, before a mark that ends a heading
    or the sentence's end; None without one."""
    kinds, words = rules.headings, 0
    stops = kinds.get("stop")  # a language that lists none leaves every sentence closed
    closed = stops is None or text[start:end].rstrip()[-1:] in stops
    if closed and not any(mark in text[start:end] for mark in kinds.get("end", ())):
        return None  # a closed sentence with no mark that ends a heading: no need to read the words
    for match in WORD.finditer(text, start, end):
        if any(text.startswith(mark, match.start()) for mark in kinds.get("end", ())):
            return (start, match.start()) if words else None
        token = match.group()
        if token[0].isalnum():
            words += 1
            written = token[0].isupper() or token[0].isdigit() or normal(token) in kinds.get("minor", ())
            if words > _HEADING_WORDS or not written:
                return None
    return None if closed or not words else (start, end)


def question(rules: Rules, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The direct question that ends a sentence, from where it opens (the sentence's start, or after a colon or
    an opening quotation mark: 'asked: "Will they ...?"') to its end; None when the sentence asks nothing.
    A question opens with a question word or an inverted verb ("Why", "Will"); a statement said with a
    question mark ("You're still saying that?") asks nothing here, but a question of a few words does ("Ease
    tensions?", "More sanctions?")."""
    kinds = rules.questions
    if not any(mark in text[start:end] for mark in kinds.get("end", ())):
        return _inverted(kinds, text, start, end)  # "Paxman: Do you accept any responsibility at all ... ."
    tokens = [(m.start(), normal(m.group())) for m in WORD.finditer(text, start, end)]
    while tokens and tokens[-1][1] in kinds.get("closing", ()):
        tokens.pop()
    if not tokens or tokens[-1][1] not in kinds.get("end", ()):
        return None
    openings = kinds.get("opening", frozenset())
    asked = next(((tokens[i][0], end) for i in reversed(range(len(tokens))) if tokens[i][1] in kinds.get("word", ())
                  and (i == 0 or tokens[i - 1][1] in openings)), None)
    if asked is None:  # "BLITZER: Ease tensions?": a question of a few words, with neither subject nor verb of its own
        opened = next((i + 1 for i in reversed(range(len(tokens))) if tokens[i][1] in openings), 0)
        words = [token for token in tokens[opened:] if token[1][0].isalnum()]
        if words and len(words) <= _ELLIPSIS_WORDS:
            asked = (words[0][0], end)
    return asked


def _inverted(kinds: dict[str, frozenset[str]], text: str, start: int, end: int) -> tuple[int, int] | None:
    """The question a transcript closes with a full stop, told by its verb before its pronoun subject ("Paxman: **Do
    you** accept any responsibility ... ."), from that verb to the sentence's end; None when it is no such question.
    The verb opens the sentence or follows an `opening` mark, as a question's word does: "When we met" asks nothing."""
    subjects = kinds.get("subject", frozenset())
    if not subjects:
        return None  # a language that lists no subject pronoun finds no such question
    opens = [start] + [at + 1 for mark in kinds.get("opening", ()) if (at := text.find(mark, start, end)) >= 0]
    for at in opens:
        verb = WORD.search(text, at, end)
        if verb is None or normal(verb.group()) not in kinds.get("inverted", ()) or not verb.group()[0].isupper():
            continue  # most sentences open with no verb, and a lower-case one goes on a sentence ("said: do")
        subject = WORD.match(text, verb.end() + 1) if text[verb.end() : verb.end() + 1] == " " else None
        if subject is not None and normal(subject.group()) in subjects:
            return verb.start(), end
    return None
