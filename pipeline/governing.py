"""How the acts of one clause bear on each other: which governs which, a demand, a light verb, a commitment, an ask."""

from __future__ import annotations

from itertools import islice

from pipeline.clauses import STATEMENT, Rules
from pipeline.preceding import word_before
from pipeline.purposes import only_words
from pipeline.gazetteer import grammar
from pipeline.known_acts import known_noun
from pipeline.lexicon import WORD, Hit, normal, words_between, written_between
from pipeline.model import ActorMention
from pipeline.objects import POSSESSIVE_MARK
from pipeline.timex import tense

_CHARACTERISED_REACH = 8  # words from an act's possessor to the "as a" that names what the act is
_NAMED_QUALIFIERS = 4  # words between a named act's article and its noun ("the tragic killing", "these Houthi attacks")
_LIGHT_WORDS = 3  # words of the longest light verb ("took part in")
_VERB_REACH = 3  # words before a verb that hold its subject pronoun, adverbs between ("We very much support")


def characterised(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, mentions: list[ActorMention]
) -> ActorMention | None:
    """The doer of an act a clause opens by naming what an act told right before it is: the possessor of that act
    ("condemned the DPRK's launches as a violation of ...", "Russia's invasion of Ukraine as a flagrant violation":
    the DPRK and Russia violate, not the one who condemns); None where the clause opens otherwise or no possessor
    stands close before it."""
    opening = WORD.search(text, clause[0], trigger.start)
    if opening is None or not any(normal(opening.group()) == phrase[0] for phrase in rules.characterisations):
        return None  # most clauses: no naming
    words = [normal(word) for word in written_between(text, clause[0], trigger.start)]
    phrase = next((p for p in rules.characterisations if tuple(words[: len(p)]) == p), None)
    # "as a clear violation": only qualifying words between; not "as a sign of support", "as the partner"
    if phrase is None or any(not w.isalpha() or w in rules.determiners or w in rules.prepositions
                             for w in words[len(phrase) :]):
        return None
    for mention in reversed([m for m in mentions if m.end <= clause[0]]):
        gap = WORD.findall(text, mention.end, clause[0])
        if len(gap) > _CHARACTERISED_REACH or any(word in ",;" for word in gap[1:]):
            return None
        # "the DPRK's launches", "the DPRK ballistic missile launch": a possessor, or a name that qualifies the noun
        previous = WORD.findall(text, max(0, mention.start - 12), mention.start)[-1:]
        if POSSESSIVE_MARK.match(text, mention.end) or (
                previous and normal(previous[0]) in rules.determiners and gap and gap[0].islower()):
            return mention
    return None


def demands(
    rules: Rules, text: str, trigger: Hit, sentence: tuple[int, int], mentions: list[ActorMention]
) -> bool:
    """Whether what a speaker says obliges an actor ("said that Sudan must return ..."): a demand, not a statement."""
    if not rules.obligations.may_occur(text, trigger.end, sentence[1]):
        return False
    cue = rules.obligations.find(text, trigger.end, sentence[1])
    return bool(cue) and any(trigger.end <= m.start and m.end <= cue[0].start for m in mentions)


def without_light_verbs(rules: Rules, text: str, hits: list[Hit], mentions: list[ActorMention]) -> list[Hit]:
    """The triggers less the light verbs whose object is a trigger: "imposed a curfew" is one event, a curfew."""
    return [
        hit for hit, following in zip(hits, [*hits[1:], None])
        if following is None
        or normal(text[hit.start : hit.end]) not in rules.light_verbs
        or not governs(rules, text, hit, following, mentions)
    ]


def before_later_acts(
    rules: Rules, text: str, trigger: Hit, acts: list[Hit], cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """The cast less the targets named after a later act of the clause that a coordinator joins to the trigger's
    after words of its own: they are that act's ("met Kwon on June 8 and condemned the DPRK's launches": the DPRK
    is condemned, not met; not "commitment to support Ukraine", nor a shared object: "threatening or violating
    Ukraine's sovereignty")."""
    later = [act.start for act in acts if act.start >= trigger.end
             and word_before(rules, text, act.start) in rules.coordinators
             and not all(normal(word) in rules.coordinators for word in WORD.findall(text, trigger.end, act.start))]
    reached = [m.start for m, role in cast if role == "target" and m.start >= trigger.end]
    if reached and trigger.label != STATEMENT:  # "stressed ... and noted our support for Iraq": one statement goes on
        later += _second_predicates(rules, text, trigger, max(reached))
    if not later:
        return cast
    return [(m, "other" if role == "target" and any(start < m.start for start in later) else role) for m, role in cast]


def _second_predicates(rules: Rules, text: str, trigger: Hit, end: int) -> list[int]:
    """The starts of the verbs in the past that a coordinator joins after the trigger and words of its own, up to
    `end`, each with a determiner or preposition after it: a second predicate of the subject, not an object of the
    trigger ("support for Ukraine's sovereignty **and committed** to holding the Kremlin accountable", "supporting
    Ukraine against Russia's invasion, **and reaffirmed** the partnership with the AU"; not "refugees and displaced
    persons", a passive's participles: "detained, interrogated, and imprisoned by authorities in China")."""
    span = text[trigger.end : end].lower()
    starts = []
    for joint in rules.coordinators:
        at = span.find(f" {joint} ")  # most objects: no coordinator among them
        while at >= 0:
            before = WORD.findall(text, trigger.end, trigger.end + at)[-1:]
            # not an object the two verbs share: "established ties with and opened an embassy in Tehran"
            if before and normal(before[0]) not in rules.prepositions:
                words = list(islice(WORD.finditer(text, trigger.end + at + len(joint) + 1, end), 2))
                if len(words) == 2 and _past_predicate(rules, joint, words[0].group(), normal(words[1].group())):
                    starts.append(words[0].start())
            at = span.find(f" {joint} ", at + 1)
    return starts


def _past_predicate(rules: Rules, joint: str, verb: str, after: str) -> bool:
    """Whether a word after a coordinator is a verb in the past with a determiner or a preposition after it."""
    return verb.islower() and (after in rules.determiners or after in rules.prepositions - rules.agents) and tense(
        verb, joint, rules.language) < 0


def governs(rules: Rules, text: str, earlier: Hit, trigger: Hit, mentions: list[ActorMention]) -> bool:
    """Whether a trigger is the object of an earlier one ("condemned the attack"), not a verb of the same
    subject ("attacked and killed"): no actor, coordinator or mark between them."""
    if any(earlier.end <= m.start and m.end <= trigger.start for m in mentions):
        return False
    return only_words(rules, text, earlier.end, trigger.start)


def commits(rules: Rules, text: str, earlier: Hit, trigger: Hit) -> bool:
    """Whether a commitment governs an act of its own subject, a verb ("agreed to coordinate", "pledged to continue
    providing"), not an act it names ("agreed the attack demonstrates", "agreed to engage in a dialogue")."""
    kinds = rules.commitments
    if normal(text[earlier.start : earlier.end]) not in kinds.get("verb", ()):
        return False
    before = WORD.findall(text, earlier.end, trigger.start)[-1:]
    if before and normal(before[0]) in kinds.get("marker", ()):
        return True  # "to coordinate"
    first = WORD.match(text, trigger.start)
    ending = first is not None and any(normal(first.group()).endswith(end) for end in kinds.get("ending", ()))
    return ending and not (before and normal(before[0]) in rules.determiners)  # "providing", not "a meeting"


def asked_after(rules: Rules, text: str, asking: Hit, trigger: Hit, mentions: list[ActorMention]) -> bool:
    """Whether a trigger later in the clause of a trigger that asks is what is asked for ("called on the junta to end
    the violence, restore democracy and **release** those detained"): a complement word ("to") between, no
    preposition of circumstance ("to refrain from looting **during** this protest"), no subject of its own ("...
    backed by the Council, the United States is **imposing**"), not an act named as known ("held accountable for
    **these killings**"), no statement."""
    if trigger.label == STATEMENT or not rules.complements.find(text, asking.end, trigger.start):
        return False
    between = {normal(word) for word in WORD.findall(text, asking.end, trigger.start)}
    subject = next((m for m in reversed(mentions) if asking.end <= m.start and m.end <= trigger.start), None)
    verb = WORD.findall(text, subject.end, trigger.start) if subject is not None else []
    if verb and all(normal(word) in rules.auxiliaries for word in verb):
        return False  # "the United States is imposing": its own subject and auxiliary, not "the UN consultations"
    return not between & rules.circumstances and not known_noun(rules, text, trigger)


def second_predicate(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> int | None:
    """Where the coordinator opens that joins a trigger as a verb in the past, its object right after it (a
    determiner or a name), to what its subject did before ("emphasized that an invasion would be met with costs
    **and urged** Russia to pursue diplomacy"): no modal nor plan before it governs such a form; None otherwise (a
    passive's participle: "would be condemned and sanctioned by")."""
    before = words_between(text, clause[0], trigger.start)[-1:]
    after = WORD.findall(text, trigger.end, clause[1])[:1]
    first = WORD.match(text, trigger.start)
    if not before or normal(before[0].group()) not in rules.coordinators or not after or first is None:
        return None  # most triggers: no coordinator right before
    verb, joint = first.group(), normal(before[0].group())
    if not verb.islower() or not (normal(after[0]) in rules.determiners or after[0][0].isupper()):
        return None
    return before[0].start() if tense(verb, joint, rules.language) < 0 else None


def names_act(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, acts: list[Hit], mentions: list[ActorMention]
) -> bool:
    """Whether a trigger is the noun of an act its clause only names, which its subject does not do: after an article
    or a demonstrative and at most four words that qualify it (no actor, no word of a tense), the object of a word
    that is neither a trigger of the clause nor a light verb ("raised the tragic killing of", "concluding the
    investigations", "condolences for the terrorist attacks"; not "launched an invasion", "took part in the
    protests"), and only a preposition's where a noun and a word of `partitive_prepositions` come between ("regarding
    the recent wave of terrorist attacks"; not "endured a week of attacks"). A meeting, an agreement or a statement
    so named is still its subject's ("will travel to Brussels for a meeting", "said in a statement")."""
    if trigger.label == STATEMENT or trigger.label in rules.mutual:
        return False
    articles = set(grammar(rules.language).get("apposition_articles", ())) | (rules.definite - rules.determiners)
    partitive = grammar(rules.language).get("partitive_prepositions", ())  # "the recent wave of terrorist attacks"
    words = words_between(text, clause[0], trigger.start)
    at, counted = len(words) - 1, False
    while at >= 0 and len(words) - 1 - at < _NAMED_QUALIFIERS:
        if qualifier(rules, words[at].group(), articles):
            at -= 1
        elif not counted and at >= 2 and normal(words[at].group()) in partitive and (
                words[at - 1].group().islower() and qualifier(rules, words[at - 1].group(), articles)):
            at, counted = at - 2, True  # the phrase the article opens names them
        else:
            break
    if at < 1 or normal(words[at].group()) not in articles:
        return False  # most triggers: a verb, or a noun no article names
    first = WORD.match(text, trigger.start)
    if first is None or tense(first.group(), "", rules.language):
        return False  # "the parties agreed": a verb
    endings = rules.commitments.get("ending", ())
    if at < len(words) - 1 and any(normal(first.group()).endswith(end) for end in endings) and (
            normal(first.group()) not in rules.known_events):
        return False  # "a resolution condemning": a verb's form after a noun, not "the tragic killing"
    if rules.cues.find(text, words[at].end(), trigger.start):
        return False  # "a complete lunatic would support": a verb after its subject
    if any(words[at].end() <= m.start and m.end <= trigger.start for m in mentions) or any(
            m.start >= trigger.end and not text[trigger.end : m.start].strip() for m in mentions):
        return False  # "the Egyptian Foreign Ministry says", "leaders accuse Gadhafi": the subject and its verb
    governor = words[at - 1]
    word = normal(governor.group())
    if counted and (word in partitive or word not in rules.prepositions | rules.matters):
        return False  # "floated the idea of bombing", "into the fourth month of a campaign of airstrikes": its own
    if not word.isalpha() or not governor.group().islower() or word in rules.coordinators or any(
            normal(w.group()) in rules.auxiliaries for w in words[max(0, at - 2) : at]):
        return False  # "this is (also) an attack", "the end of violence, and the release": no object of a word
    if any(act.end == governor.end() for act in acts):
        return False  # "announced the withdrawal": a trigger's object is that trigger's to weigh (see `governs`)
    light = [normal(w.group()) for w in words[max(0, at - _LIGHT_WORDS) : at]]
    return not any(" ".join(light[i:]) in rules.light_verbs for i in range(len(light)))


def qualifier(rules: Rules, word: str, articles: set[str]) -> bool:
    """Whether a word surely qualifies a noun between its article and it: a word of no mark, article, determiner,
    preposition, coordinator, pronoun, auxiliary, tense nor a verb's ending ("the tragic", not "the parties had",
    "a resolution offering")."""
    low = normal(word)
    return word[0].isalnum() and not (
        low in articles or low in rules.determiners or low in rules.prepositions or low in rules.coordinators
        or low in rules.pronouns or low in rules.auxiliaries or tense(word, "", rules.language)
        or any(low.endswith(end) for end in rules.commitments.get("ending", ())))


def ungoverned(
    rules: Rules, text: str, span: tuple[int, int], trigger: Hit, acts: list[list[Hit]]
) -> bool:
    """Whether a trigger is the noun of a standing attitude (`standing`: "support"), a preposition or a mark right
    after it, that neither an earlier trigger of its sentence (`span`; `acts`: its clauses' triggers) nor a word that
    tells it (`voicing`: "underscore", "offered", "increase", "appreciate", "messages") governs ("public **support**
    for the war", "part of broader U.S. **support** for the region", "issues of **support**"): an attitude held, no
    act ("will underscore U.S. support for", "offered support for", "appreciate the support of" stay events, and so
    does one that goes with another act, an `accompanying` word before it: "with the support of Belarus"). A subject
    pronoun among the words right before makes it a verb ("We very much support as well")."""
    kinds = rules.kinds_of_acts
    if normal(text[trigger.start : trigger.end]) not in kinds.get("standing", ()):
        return False  # most triggers name no standing attitude
    after = WORD.search(text, trigger.end, span[1])
    if after is not None and after.group()[0].isalnum() and normal(after.group()) not in rules.prepositions:
        return False  # "support Ukraine", "support is needed": a verb, or a noun its own verb tells of
    if any(act.end <= trigger.start for clause in acts for act in clause):
        return False  # "highlighted U.S. support for", "reaffirmed the commitment to ... and support for"
    # the sentence, not the clause: "as" and "that" open clauses ("provide shelter, as well as support for", "thank
    # you for that support")
    before = [normal(word) for word in WORD.findall(text, span[0], trigger.start)]
    near = before[-_VERB_REACH:]
    if any(word in rules.auxiliaries | rules.pronouns | rules.purposes for word in near):
        return False  # "we support", "to support", "We very much support": a verb
    # "with the support of Belarus": support that goes with the act of its sentence, not "deal with issues of support"
    if any(word in kinds.get("accompanying", ()) and not set(near[at + 1 :]) & rules.prepositions
           for at, word in enumerate(near)):
        return False
    return not any(word in kinds.get("voicing", ()) for word in before)
