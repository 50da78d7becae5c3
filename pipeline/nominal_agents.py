"""Nominal agents: the doer an act's noun names after it ("sanctions by the West", "the support of Turkey",
"assistance provided by the United States", "the attack against Ukraine by Russia")."""

from __future__ import annotations

from functools import cache

from pipeline.clauses import Rules
from pipeline.preceding import line_before
from pipeline.clauses import rules as rules_of
from pipeline.gazetteer import grammar
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import ActorMention
from pipeline.qualifiers import before_title

_REDUCED_WORDS = 2  # words of a reduced passive between a noun and its agent word ("provided today by")
_GROUP_WORDS = 3  # words of a group's noun and its preposition after an agent word ("by members of")
_AGENT_CHARACTERS = 40  # characters after a trigger that hold its agent word and the doer's first words
_STAND_IN_WORDS = 2  # words of a government's stand-in without its article ("secret police")
_OF_AGENT_WORDS = 4  # "of" to the doer of a noun: "the support of the Governments of Saudi Arabia"


def agent_phrase(rules: Rules, text: str, trigger: Hit, end: int, reduced: bool = True) -> bool:
    """Whether text[trigger.end:end], between a noun of an act and an actor, names the act's agent: an agent word and
    determiners ("sanctions by the West"), a cooperative act's word of origin and determiners ("support from the
    United States", `origins.txt`), or where `reduced`, after a participle (`participles.txt`) and at most one more
    word in lower case, a reduced passive ("assistance provided by the United States", "sanctions imposed today by
    Peru"; not "rejected recent calls by Belarus", "violated a ban by Aoun"); a trigger that is itself the participle
    may have adverbs of `agent_phrases.csv` before its agent word ("the offer announced today by Frederiksen")."""
    words = list(WORD.finditer(text, trigger.end, end))
    if words and normal(words[0].group()) in rules.origins and trigger.label in rules.cooperative:
        return all(normal(word.group()) in rules.determiners for word in words[1:])
    agents = [i for i, word in enumerate(words[: _REDUCED_WORDS + 1]) if normal(word.group()) in rules.agents]
    agent = agents[0] if agents else None
    if agent is None or not names_agent(rules, [normal(word.group()) for word in words[agent:]]):
        return False
    passive = words[:agent]
    # "the offer announced today by Frederiksen": the trigger is the participle, an adverb between it and its agent
    adverbs = rules.agent_phrases.get("adverb", frozenset())
    if passive and all(normal(word.group()) in adverbs for word in passive) and any(
            hit.start == trigger.start for hit in rules.participles.find(text, trigger.start, trigger.end)):
        return True
    return not passive or reduced and all(word.group().isalpha() and word.group().islower() for word in passive) and (
        any(hit.start == passive[0].start() for hit in rules.participles.find(text, *passive[0].span())))


def names_agent(rules: Rules, words: list[str]) -> bool:
    """Whether normal words from an agent word up to an actor name that actor as the agent: determiners after the
    word ("by the West"), or a group of the actor's own body with them (`agent_phrases.csv`: "by members of the
    secret police" is the secret police's act; not "by supporters of Mubarak")."""
    after = words[1:]
    groups = rules.agent_phrases.get("group", frozenset())
    opening = next((i for i, word in enumerate(after) if word not in rules.determiners), len(after))
    size = next((n for n in range(1, _GROUP_WORDS + 1) if " ".join(after[opening : opening + n]) in groups), 0)
    return all(word in rules.determiners for word in after[opening + size :])


def nominal_agent(
    rules: Rules, text: str, trigger: Hit, after: list[ActorMention], reduced: bool
) -> ActorMention | None:
    """The agent after a trigger that names an act ("sanctions by the West"; "aid provided by Peru": `reduced`), or
    after its object ("the attack against Ukraine by Russia")."""
    words = [normal(word) for word in WORD.findall(text, trigger.end, after[0].start)] if after else []
    if after and agent_phrase(rules, text, trigger, after[0].start, reduced):
        return after[0]  # not "participated in a trilateral meeting hosted by Kim Gunn": the subject's meeting
    # "the visit of Alternate Prime Minister and Foreign Minister, Yair Lapid": a title of any length after "of"
    if words[:1] and words[0] in _doer_words(rules) and (len(words) <= _OF_AGENT_WORDS or _titled_after(
            rules, text, trigger, after[0])) and _agent_noun(rules, text, trigger):
        return after[0]  # "the support of Turkey", "the support of the Governments of Saudi Arabia": Turkey supports
    if len(after) > 1 and words[:1] and words[0] in rules.prepositions and set(words[1:]) <= rules.determiners:
        # "the attack against Ukraine by Russia": the agent after the act's object
        by = [normal(word) for word in WORD.findall(text, after[0].end, after[1].start)]
        if by[:1] and by[0] in rules.agents and names_agent(rules, by):
            return after[1]
    return None


def _titled_after(rules: Rules, text: str, trigger: Hit, mention: ActorMention) -> bool:
    """Whether all words from the trigger to the mention are a title's ("of Alternate Prime Minister and")."""
    return before_title(rules, text, mention.start, trigger.end) is None


def _doer_words(rules: Rules) -> frozenset[str]:
    """The prepositions after a noun of an act that name its doer ("the support **of** Turkey"), if the language lists
    such nouns (agent_nouns.txt); none otherwise."""
    return frozenset(grammar(rules.language).get("doer_prepositions", ())) if rules.agent_nouns else frozenset()


def doer_word_after(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether the word right after a trigger names its doer ("the support **of** Saudi Arabia, Jordan, and Oman")."""
    words = WORD.findall(text, trigger.end, trigger.end + 20)
    return bool(words) and normal(words[0]) in _doer_words(rules)


def _agent_noun(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether the trigger is a noun whose "of" names its doer, after its article and at most two words in lower case
    ("the continued support of our allies"; not "its support of Ukraine", "in support of Ukraine")."""
    noun = normal(text[trigger.start : trigger.end])
    words = WORD.findall(line_before(text, trigger.start, 40))[-3:]
    for i, word in enumerate(words):
        if (normal(word), noun) in rules.agent_nouns and all(w.isalpha() and w.islower() for w in words[i + 1 :]):
            return True
    return False


def unknown_agent(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether an agent word right after the trigger names a doer no actor stands for, nor a government's stand-in
    ("freed by kidnappers"; not "arrested by police", "detained by the authorities")."""
    written = WORD.findall(text, trigger.end, trigger.end + _AGENT_CHARACTERS)
    words = [normal(word) for word in written]
    if not words or words[0] not in rules.agents:
        return False
    opening = next((i for i, word in enumerate(words) if i and word not in rules.determiners), len(words))
    doer = words[opening:]
    stand_ins = _stand_ins(rules.language)
    # a name the gazetteer does not know may be the state's own ("detained by a Col. Hassan, a security agent")
    return bool(doer) and written[opening].isalpha() and written[opening].islower() and not any(
        " ".join(doer[:n]) in stand_ins for n in range(1, _STAND_IN_WORDS + 1))


@cache
def _stand_ins(language: str) -> frozenset[str]:
    """A language's government stand-ins without their article ("police" for "the police")."""
    determiners = rules_of(language).determiners
    phrases = grammar(language).get("government_stand_ins", ())
    return frozenset(" ".join(w for i, w in enumerate(words) if i or w not in determiners) for words in (
        [normal(word) for word in WORD.findall(phrase)] for phrase in phrases))
