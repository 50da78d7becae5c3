"""What names no event though it holds a trigger: a habit, an act only owed, a description, a story off politics, a
commentator's word (a sentence's parts that name none, a heading or a question, are `silent_parts`')."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.act_status import in_scope
from pipeline.clauses import HABITUAL, STATEMENT, UNREAL, Rules
from pipeline.gazetteer import gazetteer
from pipeline.lexicon import HYPHENS, WORD, Hit, normal
from pipeline.model import ActorMention
from pipeline.trigger_tense import past, perfect, said_now

OFF_POLITICS = "off politics"  # the topic of stories with no political side (`topics.csv`)
_STORY_LEAD = 2  # sentences before an event's own that still tell its story
_KIND_REACH = 6  # words of a relative clause, after its relative word, that still tell what a kind of act does
_DOER_REACH = 1  # words (an adverb) between a doer's relative word and the verb that tells what the doer does
_LINK_REACH = 20  # characters before a noun of a practice that hold the word joining it to another
_FLIGHT_REACH = 60  # characters before a trigger of flight that hold its populace's noun and the words between
_COUNT_REACH = 2  # words before a populace's noun that may count it ("10 other people")
_CROWD = 1000  # a count of people at least that makes a flow of people, no one party's journey
_NUMBER = re.compile(r"\d[\d,]*$")  # a count written in digits, with its separators ("200,000")
_NUMBER_CHARACTERS = 12  # characters of a count written in digits, its separators counted
_INTRODUCTION = 160  # characters after a person's name that may hold the description introducing them
# marks that end such a description
_INTRODUCTION_END = re.compile(r"[,;:()\"“”«»]|''|``|\.(?=\s+[A-Z])|\n")
_POLICY_QUALIFIERS = 2  # words before a policy's object that qualify it ("ongoing", "exchange"), and before its verb
# that may hold an auxiliary or an infinitive's marker ("will continue to support")
_CHARGE = "ACCUSE"  # the type of a charge, told as an event whoever makes it ("those accused by the witness")


def no_event(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether a cue makes the trigger no event: a habit or a general truth ("will **always** support", "**every
    day** ... meet"), save a hostile act, a pattern of abuse that event data record ("soldiers **routinely** beat
    detainees"); an act only owed, supposed or wondered about ("**must** accept", "**could have** explained",
    "**whether** Russia is violating")."""
    for cue in rules.cues.find(text, *clause):
        kind, scope = cue.label.split(":")
        silenced = kind == UNREAL or (kind == HABITUAL and trigger.label not in rules.hostile)
        if silenced and in_scope(text, cue, trigger, scope, rules):
            return True
    return _of_a_kind(rules, text, clause, trigger) or _policy(rules, text, clause, trigger) or _practice(
        rules, text, trigger)


def _practice(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether the trigger is a noun of a practice (`practice` in `kinds_of_acts.csv`: "dialogue"), in lower case,
    right after a word that joins it to another practice or names it as a means (`practice_link`: "the path of
    diplomacy and dialogue", "the only path forward is through dialogue"): the practice, no act of it."""
    kinds = rules.kinds_of_acts
    if normal(text[trigger.start : trigger.end]) not in kinds.get("practice", ()) or not text[trigger.start].islower():
        return False
    before = WORD.findall(text, max(0, trigger.start - _LINK_REACH), trigger.start)[-1:]
    return bool(before) and normal(before[0]) in kinds.get("practice_link", ())


def _of_a_kind(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is what a kind of act does, in a relative clause right after its noun ("activities
    **that** undermine, destabilize, or **threaten** the order", "**anyone who** is **telling** you"), or what a doer
    does as a rule, in the present ("four **entities that support** Iran's oil trade"): a description, no act done."""
    kinds = rules.kinds_of_acts
    opening = WORD.search(text, *clause)
    if opening is None or normal(opening.group()) not in kinds.get("relative", ()):
        return False  # most clauses open with no relative word: no need to read before them
    before = WORD.findall(text, max(0, clause[0] - 40), clause[0])[-2:]
    noun = normal(before[-1]) if before else ""
    if noun not in kinds.get("noun", ()) and noun not in kinds.get("doer", ()):
        return False
    if len(before) == 2 and before[0][0].isupper() and before[1][0].isupper():
        return False  # the last word of a name ("the Palestinian Authority that had been severed"): no kind of act
    between = WORD.findall(text, opening.end(), trigger.start)
    if noun in kinds.get("noun", ()):
        return len(between) <= _KIND_REACH
    # "entities that support Iran's petrochemical trade": what a doer does as a rule, in the present, describes it;
    # "the group that attacked the embassy" or "entities that have provided support" tell of acts done, "a witness
    # who says" reports, and a hostile habit is a pattern of abuse that event data record, as `no_event` keeps it
    if trigger.label == STATEMENT or trigger.label in rules.hostile:
        return False
    return (len(between) <= _DOER_REACH and all(normal(word) not in rules.auxiliaries for word in between)
            and not past(text, trigger, rules.language) and not perfect(rules, text, trigger))


def _policy(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is a verb of a stance held in the present (`policy`: "supports", or one of `standing` after
    the speaker's subject: "We support"), no auxiliary nor infinitive's marker before it, whose object is a kind of
    thing (`generic`) that only words in lower case qualify, no determiner ("the United States **supports** ongoing
    efforts to", "**supports** exchange programs that"): a policy that stands, no act done ("strongly supports all of
    these efforts", "support Ukraine" stay events)."""
    kinds = rules.kinds_of_acts
    word = normal(text[trigger.start : trigger.end])
    if word not in kinds.get("policy", ()) and (word not in kinds.get("standing", ()) or not said_now(
            rules, text, trigger, rules.language)):
        return False  # most triggers name no stance held in the present ("We support"): no need to read around them
    closed = rules.determiners | rules.prepositions | rules.pronouns | rules.coordinators | rules.auxiliaries
    for word in WORD.findall(text, trigger.end, clause[1])[: _POLICY_QUALIFIERS + 1]:
        low = normal(word)
        if low in kinds.get("generic", ()):
            break
        if not word.isalpha() or not word.islower() or low in closed:
            return False  # "supports Ukraine", "supports all of", "supports the declarations": a particular object
    else:
        return False
    markers = rules.infinitives.get("marker", ())
    return not any(normal(word) in rules.auxiliaries or normal(word) in markers
                   for word in WORD.findall(text, clause[0], trigger.start)[-_POLICY_QUALIFIERS:])


def described(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit, mentions: list[ActorMention]) -> bool:
    """Whether a trigger only describes: a participle qualifying a noun, a word of a name or title, half of a
    compound."""
    return (_attributive(rules, text, sentence, trigger) or _in_name(trigger, mentions)
            or _in_title(rules, text, sentence, trigger) or _compound_modifier(text, trigger, mentions)
            or _qualifies(rules, text, trigger) or _shown(rules, text, sentence, trigger)
            or _charged(rules, text, sentence, trigger) or _whom(rules, text, sentence, trigger)
            or _displaced(rules, text, sentence, trigger))


def _displaced(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a trigger of flight tells of a populace fleeing, its noun right before it or before a few words of
    `fleeing` only (relative words, auxiliaries: "200,000 **people have fled** Libya", "**those who are fleeing** the
    war", "**refugees fleeing** the conflict"): a flow of people, no act of a political actor. A leader, a state's
    forces or anyone named who flees ("Ben Ali fled the country", "the police fled") stays an event."""
    kinds = rules.kinds_of_acts
    if normal(WORD.match(text, trigger.start).group()) not in kinds.get("flight", ()):
        return False  # most triggers tell no flight: no need to read before them
    before = list(WORD.finditer(text, max(sentence[0], trigger.start - _FLIGHT_REACH), trigger.start))
    while before and normal(before[-1].group()) in kinds.get("fleeing", ()):
        before.pop()
    if not before or normal(before[-1].group()) not in kinds.get("populace", ()):
        return False
    # "his mother and 10 other people fleeing Cuba", "199 people fleeing the war" on a boat: a group counted in
    # fewer than a thousand is one party's journey, told as an event; a flow of people is counted in thousands
    # ("6.1 million people" is a crowd: a populace's word of number, "million", counts it in thousands)
    counting = before[-1 - _COUNT_REACH : -1]
    counted = [word for word in counting if word.group()[:1].isdigit()]
    if not counted or any(normal(word.group()) in kinds.get("populace", ()) for word in counting):
        return True
    number = _NUMBER.search(text[max(0, counted[-1].end() - _NUMBER_CHARACTERS) : counted[-1].end()])
    return number is None or int(re.sub(r"\D", "", number.group())) >= _CROWD


def _whom(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a trigger is a passive participle (`participles.txt`) right after a doer's noun in lower case, its agent
    right after it, that tells which doers are meant, a relative clause with no relative word ("designating entities,
    particularly **those backed by** Russian intelligence services", "armed **groups supported by** the militia"): a
    description of them, no act told. A hostile act stays an event ("**those killed by** the police"), and so do a
    report and a charge ("those accused by the witness")."""
    if trigger.label in (STATEMENT, _CHARGE) or trigger.label in rules.hostile:
        return False
    before = _tokens_before(text, sentence, trigger, 1)
    if not before or not before[0].islower() or normal(before[0]) not in rules.kinds_of_acts.get("doer", ()):
        return False  # most triggers follow no doer's noun: no need to read their form
    after = _word_after(text, trigger)
    return after is not None and normal(after.group()) in rules.agents and any(
        hit.start == trigger.start for hit in rules.participles.find(text, trigger.start, trigger.end))


def _charged(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a trigger is a participle with the word that names a charge right after it, with no auxiliary before it
    ("the U.S. **soldier accused of** leaking the cables", "six **activists accused of** plotting an uprising"): a
    verb that puts the one it charges between itself and that word ("accused Russia of") is here a clause that
    describes a suspect, no accusation told. After an auxiliary, a coordinator, a name or a verb of `linking` ("was
    accused of", "arrested and accused of", "Gadhafi accused of", "stood accused of") it stays an event."""
    kinds = rules.kinds_of_acts
    after = _word_after(text, trigger)
    if after is None or f"{normal(text[trigger.start : trigger.end])} {normal(after.group())}" not in kinds.get(
            "charge", ()):
        return False  # most triggers name no charge: no need to read before them
    before = _tokens_before(text, sentence, trigger, 2)
    if not before:
        return False  # "Accused of ...": a sentence's opening names no noun it describes
    # "was also accused of", "have been widely criticised for": an auxiliary one of the last two words is a passive
    verbal = rules.auxiliaries | rules.coordinators | rules.pronouns | kinds.get("linking", frozenset())
    if any(normal(word) in verbal for word in before):
        return False
    word = before[-1]
    if word == ",":
        return True  # "Donald Payne, 34, of the Regiment, accused of the manslaughter": an apposition
    # a noun in lower case ("the men"); not a name ("Gadhafi accused of" heads a story of an accusation) nor a word
    # with an apostrophe ("He's accused of", a contracted auxiliary)
    return word[0].islower() and word.isalpha()


def _shown(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a trigger tells what an act named right before it as its subject shows ("His **appointment
    underscores** our commitment", "This **action underscores** the risks", "the **trip supports** our goals"): what
    the act means, said of it, no act of its own (the appointment or the action is the event)."""
    kinds = rules.kinds_of_acts
    if normal(WORD.match(text, trigger.start).group()) not in kinds.get("shows", ()):
        return False  # most triggers are no verb of what something shows: no need to read before them
    before = _tokens_before(text, sentence, trigger, 2)
    if not before or normal(before[-1]) not in kinds.get("showing", ()):
        return False
    # "the Platform for Action supports": a capitalised word inside the sentence is the last word of a name, no act
    return before[-1][0].islower() or not text[sentence[0] : text.rfind(before[-1], sentence[0], trigger.start)].strip()


def _in_name(trigger: Hit, mentions: list[ActorMention]) -> bool:
    """Whether a trigger is a word of a longer name of an actor ("Mr **Grant** Shapps", "the Organization for Security
    and **Cooperation** in Europe"): a name, no act."""
    return any(m.start <= trigger.start and trigger.end <= m.end and m.end - m.start > trigger.end - trigger.start
               for m in mentions)


def _in_title(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a trigger is a capitalised word of a title inside a sentence: one that opens it, after a word in lower
    case and before a capitalised one ("the Office of **Sanctions** Coordination", "Envoy for **Hostage** Affairs"), or
    one a `link` word joins to a capitalised word before it ("the Federal Bureau of **Investigation**", "a Commission
    of **Inquiry**"): a word of a name the gazetteer does not know, no act. The last word of a name ("the NATO
    **Summit** in Madrid") stays an event, and so does a word inside a longer run of capitals ("the High-Level
    **Pledging** Event")."""
    if not text[trigger.start : trigger.end][:1].isupper():
        return False  # most triggers are written in lower case: no need to read around them
    before = _tokens_before(text, sentence, trigger, 2)
    if len(before) == 2 and normal(before[1]) in rules.headings.get("link", ()) and before[0][0].isupper():
        return True
    after = WORD.search(text, trigger.end, sentence[1])
    if after is None or text[trigger.end : after.start()] != " " or not after.group()[0].isupper():
        return False
    return bool(before) and before[-1][0].islower()


def _compound_modifier(text: str, trigger: Hit, mentions: list[ActorMention]) -> bool:
    """Whether a trigger is the second half of a compound whose first half names an actor ("Kremlin-backed")."""
    return text[trigger.start - 1 : trigger.start] in HYPHENS and any(m.end == trigger.start - 1 for m in mentions)


def _qualifies(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether a trigger is the first noun of a compound whose head is a thing, no act ("**sanctions** evasion",
    "financial **support** networks", "the **sanctions** architecture"), or a verb of a belief
    with the word after it ("the United States **recognizes that** respect for ... is essential"): no event."""
    if text[trigger.end : trigger.end + 1] != " ":
        return False  # a mark or the sentence's end after the trigger: no compound
    after = WORD.match(text, trigger.end + 1)
    if after is None:
        return False
    word, kinds = normal(after.group()), rules.kinds_of_acts
    told = f"{normal(text[trigger.start : trigger.end])} {word}"
    return word in kinds.get("qualified", ()) or told in kinds.get("belief", ())


def _attributive(rules: Rules, text: str, sentence: tuple[int, int], trigger: Hit) -> bool:
    """Whether a trigger is a participle that qualifies the noun or name after it ("the **negotiated** settlement",
    "with **sanctioned** individuals", "a **designated** NGO", "**Bombed** buildings remain"): a description, no act of
    its own."""
    before = _tokens_before(text, sentence, trigger, 3)
    if before[-1:] == [","] and len(before) > 1 and normal(before[-2]) not in rules.prepositions:
        before = before[:-1]  # "an immediate, indefinite, negotiated ceasefire": the adjectives of one noun
    if (normal(before[-1]) if before else "^") not in rules.attributive:
        return False  # most triggers follow a subject or an auxiliary: no need to read on
    after = WORD.search(text, trigger.end, sentence[1])
    if after is None or text[trigger.end : after.start()].strip() or not after.group()[0].isalpha():
        return False  # a mark or nothing after it: no noun it qualifies ("a designated NGO" is qualified)
    word = normal(after.group())
    if word in rules.prepositions | rules.agents | rules.coordinators | rules.determiners | rules.auxiliaries \
            or rules.breaks.find(text, after.start(), after.end()):
        return False  # "the detained in Cairo", "the killed and wounded": the participle's own words follow
    return any(hit.start == trigger.start and hit.end == trigger.end
               for hit in rules.participles.find(text, trigger.start, trigger.end))


def commentators(rules: Rules, text: str, mentions: list[ActorMention]) -> dict[str, int]:
    """The people the gazetteer does not know whom the article introduces as commentators, by a word of their role
    (`commentator` in `kinds_of_acts.csv`) right before their name ("weapons expert Loren Thompson") or in the words
    after it, from a comma or a preposition to the next comma, or by a capitalised word of their institution's name
    (`commentary`: "Emile Hokayem, with the International Institute for Strategic Studies"): an analyst, an academic,
    a think tank's fellow, whose word tells no political act. One named with a title of office ("Finance Minister
    Samir Radwan, a former economist") holds a political role. Each with the offset where they are introduced; read
    once per article."""
    kinds = rules.kinds_of_acts
    roles, institutions = kinds.get("commentator", frozenset()), kinds.get("commentary", frozenset())
    if not roles and not institutions:
        return {}
    known = gazetteer(rules.language).types  # a known person holds a political role whatever the text calls them
    titled = {m.actor for m in mentions if m.text.endswith(m.actor) and len(m.text[: -len(m.actor)].split()) > 1}
    found: dict[str, int] = {}
    for mention in mentions:
        if mention.actor_type != "person" or mention.actor in known or mention.actor in found or not (
                mention.text[:1].isupper()) or mention.actor in titled:
            continue  # "he": a pronoun introduces no one
        before = WORD.findall(text, max(0, mention.start - 30), mention.start)[-1:]
        if before and normal(before[0]) in roles:
            found[mention.actor] = mention.start  # "historian William Blair"
            continue
        start = WORD.match(text, mention.end + (text[mention.end : mention.end + 1] == " "))
        if start is None or start.group() != "," and normal(start.group()) not in rules.prepositions:
            continue  # "Juan Cole told": no description follows
        end = _INTRODUCTION_END.search(text, start.end(), mention.end + _INTRODUCTION)
        if any(normal(word) in roles or word[0].isupper() and normal(word) in institutions
               for word in WORD.findall(text, start.end(), end.start() if end else start.end())):
            found[mention.actor] = mention.start
    return found


def off_politics(topics: list[Hit], starts: list[int], sentences: list[tuple[int, int]], number: int) -> bool:
    """Whether the story of sentence `number` is off politics: it and the `_STORY_LEAD` sentences before it name
    topics, all of them `OFF_POLITICS` ("forecasters", "Super Bowl"). `topics` are the text's topic hits, in order,
    `starts` their starts; a news page runs its weather and sports items between political stories, which the
    topics of the sentences just before tell apart, where a sentence alone often names no topic."""
    start, end = sentences[max(0, number - _STORY_LEAD)][0], sentences[number][1]
    named = topics[bisect_left(starts, start) : bisect_left(starts, end)]
    return bool(named) and all(hit.label == OFF_POLITICS for hit in named)


def _tokens_before(text: str, sentence: tuple[int, int], trigger: Hit, count: int) -> list[str]:
    """The last tokens (at most `count`) of the sentence within 30 characters before a trigger, as written."""
    return WORD.findall(text, max(sentence[0], trigger.start - 30), trigger.start)[-count:]


def _word_after(text: str, trigger: Hit) -> re.Match[str] | None:
    """The word right after a trigger and one space, or None where no space follows it."""
    return WORD.match(text, trigger.end + 1) if text[trigger.end : trigger.end + 1] == " " else None
