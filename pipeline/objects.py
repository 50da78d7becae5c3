"""Objects: which actors after a trigger are its targets, its doer ("sanctions by the West", "the support of Turkey"), and
which are only its place or its matter."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pipeline.clauses import STATEMENT, Rules
from pipeline.preceding import line_before, word_before
from pipeline.gazetteer import quote_marks
from pipeline.lexicon import WORD, Hit, normal, read_words
from pipeline.matters import TOPIC, matter_role
from pipeline.model import ActorMention
from pipeline.qualifiers import before_title, qualifies_noun, titled

POSSESSIVE_MARK = re.compile(r"['’]")  # "the United States’ support", "Russia's forces": a possessor, not a subject
_SPEAKER_WORDS = 4  # words of a speaker after its actor's name: "Foreign Ministry", "'s foreign ministry"
_SPEAKER_REACH = 60  # characters from an actor to its reporting verb
_OBJECT_REACH = 6  # words from a trigger to its object named again ("killing of thousands of civilians in Ukraine")
_AMOUNT_REACH = 40  # characters before an actor that hold an amount, its word of origin and determiners
_CLAUSE_MARKS = frozenset(",;:")  # marks between a party named before a mutual act and its trigger: another clause's
_TITLE_REACH = 80  # characters of a title between a preposition and the name it governs
_PLACE_WORDS = 4  # words from a hostile act to the place it happens in ("in Baghdad, Iraq")
_LISTED_HEAD = 4  # words of a listed object before its coordinator ("the Amhara regional forces, and")


def after_role(rules: Rules, text: str, trigger: Hit, mention: ActorMention) -> str:
    """The role of an actor after the trigger: a target, except in what a speaker says ("said Russia will ...")
    where only the addressee is one ("told Reuters", "said to the Council"); a place where a meeting or a statement
    happens ("met Michel in Brussels") is none."""
    if trigger.label in rules.venue_events and at_venue(rules, text, mention):
        return "other"
    if attributes(rules, text, mention):
        return "other"  # "... killed during the protests, Navi Pillay said Tuesday": who tells it, not who is reached
    if text.startswith("-", mention.end) and _doer_compound(rules, text, mention):
        return "other"  # "clarification on the demolition of U.S.-funded buildings": who paid for them, not who is asked
    if normal(mention.text) in rules.determiners:
        return "other"  # "consult with officials on our joint efforts": a possessor of what is named, not its object
    if trigger.label in rules.cooperative and _amount_origin(rules, text, mention):
        return "other"  # "assistance includes $51 million from USAID": the amount's giver, not its recipient
    if trigger.label == STATEMENT and _in_report(rules, text, trigger, mention):
        return "other"  # "said it had a responsibility to arrest Gadhafi": what is said, not whom it is said to
    matter = matter_role(rules, text, trigger, mention) if trigger.label in rules.venue_events else None
    if matter is not None and matter != TOPIC:
        return matter
    # what a statement is about after a word of stakes is resolved once the side met is known (`told_matters`)
    reached = "target" if matter is None else matter
    if trigger.label != STATEMENT or is_object(rules, text, mention):
        return reached
    addressed = normal(text[trigger.start : trigger.end]) in rules.addressed
    return reached if addressed and not text[trigger.end : mention.start].strip() else "other"


def _amount_origin(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether a word of origin (`origins.txt`) and determiners only stand between a sum of money, a currency sign
    and a number among the four words before the origin word, and the mention ("$51 million from the State
    Department", "€10 million from the EU"; not "evacuate 215 Greeks from Egypt"): the mention gives the sum."""
    words = [normal(word) for word in WORD.findall(line_before(text, mention.start, _AMOUNT_REACH))]
    while words and words[-1] in rules.determiners:
        words.pop()
    if len(words) < 2 or words[-1] not in rules.origins:
        return False
    sum_words = words[-5:-1]
    return any(unicodedata.category(word[0]) == "Sc" for word in sum_words) and any(
        word[0].isdigit() for word in sum_words)


@cache
def _doer_compounds(language: str) -> frozenset[str]:
    """The words a hyphen joins to an actor to say it did what they name to a thing (doer_compounds.txt)."""
    return frozenset(normal(word) for word in read_words(language, "doer_compounds.txt"))


def _doer_compound(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether a hyphen joins the mention to a word of the language's doer compounds ("U.S.-funded buildings",
    "a U.S.-brokered truce"): the actor only qualifies a thing, and the act after it is not done to it."""
    word = WORD.match(text, mention.end + 1)
    return word is not None and normal(word.group()) in _doer_compounds(rules.language)


def attributes(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether the mention speaks the attribution of what comes before it: a comma right before it, a reporting verb
    after it and its own words ("..., Navi Pillay said Tuesday", "..., the Chilean Foreign Ministry told reporters",
    "..., Russia's foreign ministry said")."""
    if text.rfind(",", max(0, mention.start - _SPEAKER_REACH), mention.start) < 0:
        return False  # most actors: no comma a few words before them
    previous = ""
    for number, word in enumerate(WORD.finditer(text, mention.end, mention.end + _SPEAKER_REACH)):
        token = normal(word.group())
        if (token in rules.reporting or token in rules.addressed) and word.group().islower():
            # not a possessor's qualifier: "Russia's stated commitment"
            return not (number == 2 and previous == "s") and _after_comma(rules, text, mention.start)
        previous = token
        if number == _SPEAKER_WORDS or not (token.isalnum() or POSSESSIVE_MARK.fullmatch(token)) or (
                token in rules.prepositions or token in rules.purposes):
            return False  # most actors: a mark or a word of another kind after them ("Belgium on May 2 to brief")
    return False


def _after_comma(rules: Rules, text: str, start: int) -> bool:
    """Whether a comma opens the phrase of words that `start` stands in, a few words back at most, quotation marks
    aside (", Libyan government spokesman Moussa Ibrahim", ",' Kuleba")."""
    quotes = quote_marks(rules.language)
    line = line_before(text, start, _SPEAKER_REACH)
    for word in reversed(list(WORD.finditer(line))[-_SPEAKER_WORDS * 2 :]):
        if word.group() == ",":
            return not line[word.end() : word.end() + 1].isalnum()  # not a figure's: "the 1,600 soldiers"
        if not word.group()[0].isalnum() and word.group() not in quotes and not POSSESSIVE_MARK.fullmatch(word.group()):
            return False
    return False


def _in_report(rules: Rules, text: str, trigger: Hit, mention: ActorMention) -> bool:
    """Whether the mention is only named in what a reporting verb says ("said the council had sold oil to China",
    "said it had a responsibility to arrest Gadhafi"): not the one spoken to right after the verb ("said to
    reporters"), nor the agent of an act that is asked ("said they wanted an exit by Mubarak")."""
    if normal(text[trigger.start : trigger.end]) not in rules.reporting:
        return False
    words = [normal(word) for word in WORD.findall(text, trigger.end, mention.start)]
    if words and words[0] in rules.prepositions and set(words[1:]) <= rules.determiners:
        return False
    return not set(words[-2:]) & rules.agents


def first_object(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """The cast with only the trigger's first object and those listed with it as its targets, where the trigger is
    one of `first_objects.txt` ("thanked Peru for its support in addressing the Venezuela crisis": Peru only)."""
    if tuple(normal(word) for word in WORD.findall(text, trigger.start, trigger.end)) not in rules.first_objects:
        return cast
    # the object is none of the source's own side ("congratulated him ... our shared interests in Somalia")
    own = {m.country or m.actor for m, role in cast if role == "source"}
    after = sorted((m for m, _ in cast if m.start >= trigger.end), key=lambda m: m.start)
    targets = {id(m) for m, role in cast if role == "target" and (m.country or m.actor) not in own}
    first = next((i for i, m in enumerate(after) if id(m) in targets), None)
    if first is None:
        return cast
    later = {id(m) for m in after[first:]} - {id(m) for m in listed(rules, text, after[first:], commas=True)}
    if at_venue(rules, text, after[first]) and _act_before(rules, text, trigger.end, after[first].start):
        later = {id(m) for m in after[first:]}  # "condemn the terrorist attack in Elad, Israel": where it is, not whom
    return [(m, "other" if role == "target" and id(m) in later else role) for m, role in cast]


def hostile_places(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """The cast of a hostile act less its targets that are only where it happens: a state named after the trigger
    and a preposition of `venues.txt` where all its sources are of that state ("the Houthis' offensive ... fighting
    throughout Yemen"; "French journalists were arrested in Cairo" by Egypt targets France), save the only target of a
    state's own affairs; one a source from elsewhere acts in is reached ("Russia's war in Ukraine"). An act of
    `sited.txt` loses the places where the ones it reaches are (`_where_they_are`)."""
    if trigger.label in rules.sited:
        return _where_they_are(rules, text, trigger, cast)
    if trigger.label not in rules.hostile:
        return cast
    sides = {m.country or m.actor for m, role in cast if role == "source"}
    places = [m for m, role in cast if role == "target" and m.start >= trigger.end and m.start < m.end and m.country
              and sides == {m.country} and _right_after(rules, text, trigger, m) and at_venue(rules, text, m)]
    if not places or trigger.label in rules.domestic and all(
            any(m is p for p in places) for m, role in cast if role == "target"):
        return cast  # "In Cuba, journalists were arrested": a state's own affairs reach its own unnamed people
    return [(m, "other" if role == "target" and any(m is p for p in places) else role) for m, role in cast]


def _where_they_are(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]]
) -> list[tuple[ActorMention, str]]:
    """The cast less the targets after the trigger that say where the ones it reaches are (`_placed`: "financiers
    operating across Indonesia"), with the states listed with them ("..., Syria, and Turkey")."""
    after = sorted((m for m, role in cast if role == "target" and m.start >= trigger.end and m.start < m.end),
                   key=lambda m: m.start)
    places: set[int] = set()
    for number, mention in enumerate(after):
        if id(mention) not in places and mention.actor_type == "state" and _placed(rules, text, mention):
            places |= {id(m) for m in listed(rules, text, after[number:], commas=True) if m.actor_type == "state"}
    return [(m, "other" if role == "target" and id(m) in places else role) for m, role in cast]


def _placed(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether the mention says where someone is: a hyphen and a word of `place_compounds.txt` after it ("Iran-based"),
    or such a word and a preposition of `venues.txt` before it, an article between or not ("located in the UAE"); not
    a possessor, whose state the ones named are of ("companies operating in Russia's mining industry")."""
    if text.startswith("-", mention.end):
        return _compound_place(rules, text, mention)
    words = [normal(word) for word in WORD.findall(line_before(text, mention.start, 40))[-3:]]
    if words and words[-1] in rules.determiners:
        words.pop()
    return not POSSESSIVE_MARK.match(text, mention.end) and len(words) >= 2 and words[-1] in rules.venues and (
        words[-2] in rules.place_compounds)


def _compound_place(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether a word of `place_compounds.txt` follows the hyphen right after the mention ("the Rome-based")."""
    compound = WORD.match(text, mention.end + 1)
    return compound is not None and normal(compound.group()) in rules.place_compounds


def _right_after(rules: Rules, text: str, trigger: Hit, mention: ActorMention) -> bool:
    """Whether a preposition of `venues.txt` opens the few words between the trigger and the mention ("attacks in
    Indonesia", "bombings in Baghdad, Iraq"; not "threatened to institute a curfew in Algiers")."""
    words = WORD.findall(text, trigger.end, mention.start)
    return 0 < len(words) <= _PLACE_WORDS and normal(words[0]) in rules.venues


def _act_before(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether a hostile act's trigger stands in text[start:end] ("the terrorist attack" before "in Elad"); not a
    state's own affairs, which the state they happen in does ("condemned the crackdown in Libya" condemns Libya)."""
    return any(hit.label in rules.hostile and hit.label not in rules.domestic
               for hit in rules.triggers.find(text, start, end))


def listed(rules: Rules, text: str, mentions: list[ActorMention], commas: bool = False) -> list[ActorMention]:
    """The first mention with those coordinated with it ("the United States and Russia"), or with `commas` also
    those listed by commas and articles ("Japan, Korea, and Australia", "Afghan leaders and the Taliban")."""
    group = mentions[:1]
    for mention in mentions[1:]:
        joint = text[group[-1].end : mention.start].strip(" ,").lower()
        # "Bass; Ambassador Jones, Coordinator for Relocation; and": a list mark lists actors, what it follows apart
        marks = [hit.end for hit in rules.breaks.find(text, group[-1].end, mention.start) if hit.label == "list"]
        listed = (commas or bool(marks)) and _listing(rules, text, max(marks, default=group[-1].end), mention.start)
        # not "Putin ... NATO"; one word may name several (a joint statement's "we")
        if joint not in rules.coordinators and mention.start != group[-1].start and not listed:
            break
        group.append(mention)
    return group


def _listing(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between two actors, lists them: articles and a coordinator or comma ("and the"),
    with at most four words of the first before it and no preposition ("Afghan leaders and the Taliban", "the ASEAN
    Secretariat, the United Kingdom"; not "Peru for its support")."""
    words = [normal(word) for word in WORD.findall(text, start, end) if word[0].isalnum() or word == ","]
    items: list[list[str]] = [[]]  # the words between joints: the end of each item listed, the next one's articles
    for word in words:
        if word in rules.coordinators or word == ",":
            items.append([])
        else:
            items[-1].append(word)
    listed = [item for item in items[:-1] if item]  # "the Amhara regional forces" between two actors
    return set(items[-1]) <= rules.determiners and all(
        len(item) <= _LISTED_HEAD and not set(item) & (rules.prepositions | rules.purposes) for item in listed)


def receiver(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether the mention is the receiver of a verb of giving before the trigger ("gave the Ivory Coast ... aid")."""
    return word_before(rules, text, mention.start) in rules.datives


def party_before(rules: Rules, text: str, trigger: Hit, mention: ActorMention, sources: list[ActorMention]) -> bool:
    """Whether the mention is the party a mutual act meets, named before its trigger after its subject by a word of
    `counterparts.txt` ("Blinken held a call with Minister of Foreign Affairs Park Jin to discuss"): only capitalised
    words, marks and the words that join a title's qualifier stand between that word and the mention, which owns
    nothing after it, and no other act nor a mark of a clause between the mention and the trigger. Where an act stands
    before that word, the party is that act's ("welcomed ... at a news conference with Prince Salman"), unless a
    purpose joins the trigger to it ("signed an agreement with Truss to continue coordinating")."""
    named = [m for m in sources if m.start < m.end]
    if trigger.label not in rules.mutual or not named or mention.start < max(m.end for m in named):
        return False
    subject_end = max(m.end for m in named)
    opening = before_title(rules, text, mention.start, subject_end)  # the word before the title of the one met
    counterpart = opening.start() if opening and normal(opening.group()) in rules.counterparts else None
    words = WORD.findall(text, mention.end, trigger.start)
    if counterpart is None or POSSESSIVE_MARK.match(text, mention.end) or rules.triggers.find(
            text, mention.end, trigger.start) or any(word in _CLAUSE_MARKS for word in words):
        return False  # "in keeping with the EU's new law", "war with Iran and, at a meeting": no party met
    if not rules.triggers.find(text, subject_end, counterpart):
        return True
    return any(normal(word) in rules.purposes and following[:1].islower() and normal(following) not in (
        rules.determiners) for word, following in zip(words, words[1:]))


def at_venue(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether a preposition of place stands right before the mention, or before an article that does ("in the"),
    or before the place the mention follows after a comma ("in Brussels, Belgium"), or whether the mention is the
    place a hyphen joins to a word of `place_compounds` ("the Rome-based agencies")."""
    if text.startswith("-", mention.end) and _compound_place(rules, text, mention):
        return True
    words = WORD.findall(line_before(text, mention.start, 60))
    if words and words[-1] == ",":
        words.pop()
        while words and words[-1][:1].isupper():
            words.pop()
    words = [normal(word) for word in words[-2:]]
    return bool(words) and (words[-1] in rules.venues or (
        len(words) == 2 and words[0] in rules.venues and words[1] in rules.determiners))


def object_of(text: str, trigger: Hit, mention: ActorMention) -> bool:
    """Whether the mention follows the trigger with only words between, no mark, and modifies no word after it by a
    hyphen ("detained American journalists", "blockade Paris"; not "in Russian-occupied Kherson")."""
    return all(word[0].isalnum() for word in WORD.findall(text, trigger.end, mention.start)) and not text.startswith(
        "-", mention.end)


def is_object(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether one of the two words before the mention is a preposition ("with Russia", "to the UN"), or one in lower
    case before its title ("with WHO Director-General Dr. Tedros"; not "In Kazakhstan Secretary Blinken met")."""
    if any(normal(word) in rules.prepositions for word in WORD.findall(line_before(text, mention.start, 40))[-2:]):
        return True
    line = line_before(text, mention.start, _TITLE_REACH)
    opening = before_title(rules, text, mention.start, mention.start - len(line), False)
    return bool(opening and opening.group().islower() and (
        opening.group() in rules.prepositions and titled(rules, text, opening.end(), mention.end)))


def object_again(rules: Rules, text: str, trigger: Hit, mention: ActorMention, after: list[ActorMention]) -> bool:
    """Whether a mention after the trigger is its object, near it: right after it, or after a preposition with only
    words and no mark or actor between ("called for Russia to cease", "attacks on population centers in Ukraine");
    one that qualifies a noun after it only right after the trigger or its preposition ("call on the Egyptian
    government"; not "sending in U.S. ground troops")."""
    words = [normal(word) for word in WORD.findall(text, trigger.end, mention.start)]
    if len(words) > _OBJECT_REACH or not object_of(text, trigger, mention):
        return False
    if any(word in rules.venues for word in words[:2]):
        return False  # "fighting in western Libya", "protests in Cairo": where the act is, not whom it reaches
    if any(trigger.end <= m.start and m.end <= mention.start for m in after):
        return False  # "opposing Russia's war in Ukraine": the object is the other actor's act
    if any(word in rules.agents for word in words):
        return False  # "the killings of civilians by Gadhafi's troops": the doer, no object
    if normal(text[trigger.start : trigger.end]) in rules.reporting and not is_object(rules, text, mention):
        return False  # "killed in Libya, Robert Mahoney says": one after a reporting verb speaks or is spoken of
    direct = set(words) <= rules.determiners | rules.prepositions
    if not direct and qualifies_noun(rules, text, mention):
        return False  # "asked to bomb Libyan citizens": the noun it qualifies is the object, not its state
    return set(words) <= rules.determiners or is_object(rules, text, mention)


def head_subject(rules: Rules, text: str, before: list[ActorMention], commas: bool = False) -> list[ActorMention]:
    """The first actor before the trigger that no preposition governs, with those coordinated (`commas`: listed)."""
    heads = [i for i, m in enumerate(before) if not is_object(rules, text, m)]
    if not heads:
        return []
    # "Senior officials from the United States, Australia, India, and Japan met": the actors an origin governs, all
    # listed, are the people of the subject, who act; not the first ungoverned one of that list alone
    origin = next((j for j in range(heads[0]) if _origin_before(rules, text, before[j])), None)
    if origin is not None and before[heads[0]] in (group := _full_list(rules, text, before[origin:])):
        return group
    return listed(rules, text, before[heads[0] :], commas)


def _full_list(rules: Rules, text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The first mention with those listed after it, where a coordinator joins the last ("A, B, and C"; not "from
    Japan, the Philippines will")."""
    group = listed(rules, text, mentions, True)
    last = text[group[-2].end : group[-1].start].strip(" ,").lower().split() if len(group) > 1 else []
    return group if last[:1] and last[0] in rules.coordinators else group[:1]


def _origin_before(rules: Rules, text: str, mention: ActorMention) -> bool:
    """Whether one of the two words before the mention introduces where its people come from ("officials from")."""
    return any(normal(word) in rules.origins for word in WORD.findall(line_before(text, mention.start, 40))[-2:])


_DOER_REACH = 2000  # characters back within which the act a condemnation names was told with its doer
_STEM = 4  # letters two forms of an act's noun share ("launch", "launches")
_ACT_WORDS = 4  # words between a determiner and the act's noun ("these ballistic missile launches")
# words from a possessor to the act's noun ("the DPRK's February 26 and March 4 ballistic missile launches")
_OWNED_WORDS = 8


def doer_told_before(
    rules: Rules, text: str, trigger: Hit, cast: list[tuple[ActorMention, str]], mentions: list[ActorMention]
) -> list[tuple[ActorMention, str]]:
    """The doer of the act a trigger of `first_objects.txt` names as known with no actor of its own ("condemned the
    launches"), where the article told that act before with its possessor ("the DPRK's March 5 ballistic missile
    launch"): that possessor is the trigger's target, as a mention without words."""
    if any(role == "target" for _, role in cast) or tuple(
            normal(word) for word in WORD.findall(text, trigger.start, trigger.end)) not in rules.first_objects:
        return []
    words = [normal(word) for word in WORD.findall(text, trigger.end, trigger.end + 80)][: _ACT_WORDS + 1]
    if not words or words[0] not in rules.definite:
        return []
    noun = next((word for word in words[1:] if word in rules.known_events), None)
    if noun is None or any(not word.isalpha() for word in words[1 : words.index(noun)]):
        return []
    for mention in reversed([m for m in mentions if trigger.start - _DOER_REACH <= m.start and m.end < trigger.start]):
        if not POSSESSIVE_MARK.match(text, mention.end):
            continue  # most mentions: no possessor
        owned = [normal(word) for word in WORD.findall(text, mention.end, mention.end + 80)]
        owned = [word for word in owned if word.isalnum() and word != "s"][:_OWNED_WORDS]
        if any(word[:_STEM] == noun[:_STEM] for word in owned if len(word) >= _STEM):
            return [(ActorMention("", trigger.start, trigger.start, mention.actor, mention.actor_type, mention.country),
                     "target")]
    return []
