"""An event's status from its clause's cues, with what the acts around it say of it: asked for, named as known, or
the subject of a plan."""

from __future__ import annotations

from functools import cache

from pipeline.clauses import HABITUAL, STATEMENT, STATUSES, UNREAL, Rules, clause_triggers, qualifies
from pipeline.governing import second_predicate
from pipeline.known_acts import known_noun
from pipeline.lexicon import WORD, Hit, Lexicon, normal, read_words, words_lexicon
from pipeline.trigger_tense import perfect

_ENDED = "ongoing:object"  # the label of a cue that names an act as what is to end ("end its attacks")
_REACH, _WORDS = 50, 4  # characters and words before an act's noun that hold its phrase ("This additional disaster")
_AHEAD = "planned:subject"  # the label of a cue of a plan that also bears on the act right before it, its subject
_GOING_ON = "ongoing:antecedent"  # a cue that opens a relative clause telling its antecedent as going on
_STANDING = "ongoing:standing"  # a cue of a commitment that stands now ("remains committed to supporting")
_SUMMED = "occurred:first"  # a cue that names the first act after it as a sum of those done up to now
_PREPARED = "planned:next"  # a cue of the plans or preparations for the first act after it ("plans for the summit")


def act_status(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, following: tuple[int, int] | None, asked: bool
) -> str:
    """The event's status: its clause's cues (`clause_status`), save that an act asked for is only planned, unless
    it is what is asked to end, an act thanked for is done, a second verb in the past is read from its coordinator
    on, and an act named as known has begun, unless it is what plans are for."""
    kind = clause_status(rules, text, clause, trigger, following)
    joint = None if kind == "occurred" else second_predicate(rules, text, clause, trigger)
    if joint is not None:  # "would be met with costs and urged Russia to": the cues before the "and" are not its own
        kind = clause_status(rules, text, (joint, clause[1]), trigger, following)
    if kind == "occurred" and _told_going_on(rules, text, trigger, following):
        return "ongoing"  # "the investigations that are going on": the relative clause tells the act goes on
    if kind == "occurred" and _subject_of_plan(rules, text, clause, trigger):
        return "planned"  # "the Special Envoy's discussions will focus on a ceasefire": still to be held
    if kind == "planned" and _thanked_for(rules, text, clause, trigger):
        return "occurred"  # "she will thank Kosovo for providing refuge": the thanks are planned, the refuge given
    if asked and (kind == "occurred" or kind == "ongoing" and not _to_end(rules, text, clause, trigger)):
        return "planned"  # "called for an immediate withdrawal": asked for, not done
    if kind == "planned" and known_noun(rules, text, trigger) and not _prepared(rules, text, clause, trigger):
        return "ongoing"  # "committed to helping them defend themselves against these Houthi attacks": already begun
    return kind


def standing(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether a commitment that stands now bears on the trigger ("the United States remains committed to supporting
    Yemen"): what it holds to goes on as the text is written, of its day, not of a day the narrative told before; an
    act the other side must join, a mutual one, is still to come."""
    return trigger.label not in rules.mutual and any(
        cue.label == _STANDING and in_scope(text, cue, trigger, "before", rules) and not _in_name(text, cue)
        for cue in rules.cues.find(text, *clause))


def _prepared(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is what plans or preparations are for ("reviewed plans for the NATO Summit"): held ahead,
    however known its name."""
    return any(cue.label == _PREPARED and in_scope(text, cue, trigger, "next", rules)
               for cue in rules.cues.find(text, *clause))


def _to_end(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is the object of an ending ("urged Gadhafi to stop attacking his people"): what is asked is
    the ending, the act goes on."""
    return any(cue.label == _ENDED and in_scope(text, cue, trigger, "object", rules)
               for cue in rules.cues.find(text, *clause))


def _told_going_on(rules: Rules, text: str, trigger: Hit, following: tuple[int, int] | None) -> bool:
    """Whether the clause right after the trigger, nothing between, is a relative clause that opens with a cue of
    its antecedent going on ("the protests that are spreading", "the talks that are under way"); not a passive one ("the
    attack that is being investigated": the attack is done)."""
    if following is None or text[trigger.end : following[0]].strip(" ,"):
        return False
    opening = text[following[0] : following[1]].lstrip(" ,")
    start = following[1] - len(opening)
    return any(cue.start == start and cue.label == _GOING_ON for cue in rules.cues.find(text, start, following[1]))


def _subject_of_plan(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether an event held somewhere, a meeting (`venue_events.txt`), is the subject of a plan's cue right after
    it ("the Deputy's meetings will include", "talks scheduled for May"): held ahead, unlike aid just given whose
    effects are foretold ("U.S. assistance will benefit Syrians"), a done act whose sequel is ("the killing will be
    investigated") or a statement's words ("his statement will appear"); not one that refers back ("this visit
    will"), whose own telling before says whether it is done."""
    if trigger.label not in rules.venue_events or trigger.label == STATEMENT or _refers_back(rules, text, trigger):
        return False
    return any(cue.label == _AHEAD and trigger.end <= cue.start and not text[trigger.end : cue.start].strip()
               for cue in rules.cues.find(text, trigger.end, clause[1]))


def _refers_back(rules: Rules, text: str, trigger: Hit) -> bool:
    """Whether a definite word that is no article nor possessive, a demonstrative, opens the trigger's noun phrase
    ("**This** additional assistance"): the act is one told before."""
    for match in reversed(list(WORD.finditer(text, max(0, trigger.start - _REACH), trigger.start))[-_WORDS:]):
        word = normal(match.group())
        if word in rules.definite or word in rules.determiners or not word[0].isalnum():
            return word in rules.definite and word not in rules.determiners
    return False


@cache
def _reasons(language: str) -> Lexicon:
    """The phrases of thanks or praise that end with the word naming what they are for (`reasons.txt`)."""
    return words_lexicon(language, "reasons.txt", "reason")


def _thanked_for(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> bool:
    """Whether the trigger is what thanks or praise before it are for (see `thanks_for`)."""
    return thanks_for(rules, text, clause, trigger) is not None


def thanks_for(rules: Rules, text: str, clause: tuple[int, int], trigger: Hit) -> Hit | None:
    """The phrase of thanks or praise the trigger is what for, only words that qualify it between ("thank Poland for
    generously welcoming refugees"), the one thanked naming no act ("commended Malawi's calls for the withdrawal"
    praises a call, and the withdrawal is still asked for); else None."""
    return next((
        reason for reason in _reasons(rules.language).find(text, clause[0], trigger.start)
        if (in_scope(text, reason, trigger, "object", rules) or _shown_in(rules, text, reason, trigger))
        and not clause_triggers(rules, text, (text.find(" ", reason.start, reason.end), reason.end))), None)


def _shown_in(rules: Rules, text: str, reason: Hit, trigger: Hit) -> bool:
    """Whether the trigger is the act in which the quality thanked for shows, its noun and a word of
    `reason_links.txt` between, only words that qualify that noun before it ("thanked the Prime Minister for
    Jamaica's principled stance in condemning")."""
    words = list(WORD.finditer(text, reason.end, trigger.start))
    if len(words) < 2 or normal(words[-1].group()) not in _links(rules.language):
        return False
    noun = words[-2].group()
    return noun.isalpha() and noun.islower() and qualifies(rules, text, reason.end, words[-2].start())


@cache
def _links(language: str) -> frozenset[str]:
    """The words that join a quality thanked for to the act it shows in (`reason_links.txt`)."""
    return frozenset(read_words(language, "reason_links.txt"))


def clause_status(
    rules: Rules, text: str, clause: tuple[int, int], trigger: Hit, following: tuple[int, int] | None = None
) -> str:
    """The event's status from the cues of its clause alone: negated, conditional, planned, ongoing or occurred; a
    clause that opens with a cue of the whole clause ("..., unless Baghdad accepts") bears on the one before it."""
    found = set()
    for cue in rules.cues.find(text, *clause):
        if _in_name(text, cue):
            continue
        kind, scope = cue.label.split(":")
        bears = kind not in (HABITUAL, UNREAL) and in_scope(text, cue, trigger, scope, rules)
        if bears and cue.label == _SUMMED:
            return "occurred"  # "will bring the total assistance to $1 billion": the plan adds to acts already done
        if bears and not _performed(rules, text, trigger, scope) and not _said_under(text, cue, trigger, kind, scope):
            # "remains committed to a durable peace agreement": an act the other side must join is still to come
            found.add("planned" if cue.label == _STANDING and trigger.label in rules.mutual else kind)
    # "They highlighted their commitment to impose costs if Russia continues": the saying is done, what it says is
    # conditional.
    if following is not None and trigger.label != STATEMENT:
        opening = text[following[0] : following[1]].lstrip()
        start = following[1] - len(opening)
        found.update(
            cue.label.split(":")[0] for cue in rules.cues.find(text, start, min(start + 20, following[1]))
            if cue.start == start and cue.label.endswith(":clause")
        )
    return next(kind for kind in STATUSES if kind in found or kind == "occurred")


def _in_name(text: str, cue: Hit) -> bool:
    """Whether a cue is a word of a name: capitalised, not all in capitals, right after a word ("Doctors **Without**
    Borders", "Theresa **May**", "in **May** talks were held"); not one that opens a sentence, a quotation or a
    speaker's turn ("CAMERON: **We'll** discuss", "**Never** said that") nor one shouted ("will **NEVER** denounce")."""
    word = text[cue.start : cue.end]
    before = text[: cue.start].rstrip()
    return word[0].isupper() and not word.isupper() and bool(before) and before[-1].isalnum()


def _said_under(text: str, cue: Hit, trigger: Hit, kind: str, scope: str) -> bool:
    """Whether a condition of the whole clause bears only on what a reporting verb says ("If the strike was NATO's,
    rebels said it would be the second"): the saying itself has occurred. A condition the verb stands in ("if you
    added up the refugees") is its own."""
    if trigger.label != STATEMENT or kind != "conditional" or scope != "clause":
        return False
    return cue.start > trigger.start or "," in text[cue.end : trigger.start]


def _performed(rules: Rules, text: str, trigger: Hit, scope: str) -> bool:
    """Whether a cue around the trigger is the progressive of an act its own words perform ("the Treasury is
    designating", "I am announcing"): done as the text tells it, not going on."""
    return scope == "around" and normal(text[trigger.start : trigger.end]) in rules.performative


def _lasting(rules: Rules, text: str, cue: Hit, trigger: Hit) -> bool:
    """Whether a span of time after a trigger in the present perfect is how long its act has lasted, no mark nor
    coordinator between ("have rallied in Tahrir Square for more than two weeks"); not what a report says ("have
    said they have been under siege for weeks") nor a later act's ("has suspended the constitution and the
    government will run the country for six months")."""
    if trigger.label == STATEMENT or cue.start < trigger.end or not perfect(rules, text, trigger):
        return False
    between = [normal(word) for word in WORD.findall(text, trigger.end, cue.start)]
    return all(word[0].isalnum() and word not in rules.coordinators for word in between)


def in_scope(text: str, cue: Hit, trigger: Hit, scope: str, rules: Rules | None = None) -> bool:
    """Whether a cue bears on the trigger: right before it, around it, first after it, on it as its object (words
    that only qualify it between: "end its brutal attacks"), first after it with no mark between, before it in its
    clause or as the verb right after it, before it in its clause, or anywhere."""
    if rules is not None and scope in ("first", "object"):  # "didn't hand over the bodies of those killed": all done
        return cue.end <= trigger.start and (qualifies(rules, text, cue.end, trigger.start) if scope == "object"
                                             else not clause_triggers(rules, text, (cue.end, trigger.start)))
    if rules is not None and scope == "next":  # "plans for the NATO Summit", not "plans are made, and food delivered"
        return all(word[0].isalnum() for word in WORD.findall(text, cue.end, trigger.start)) and in_scope(
            text, cue, trigger, "first", rules)
    if scope == "adjacent":
        return cue.end <= trigger.start and not text[cue.end : trigger.start].strip()
    if scope == "predicate":  # "continues its attacks", and the act's own verb right after it: "the protests continue"
        return cue.end <= trigger.start or cue.start >= trigger.end and not text[trigger.end : cue.start].strip()
    if scope == "around":
        return cue.start <= trigger.start < cue.end
    if scope == "perfect":  # "have rallied for more than two weeks": a state up to now that still holds
        return rules is not None and _lasting(rules, text, cue, trigger)
    if scope == "antecedent":  # "countries that are hosting refugees", as "around" does, and the act the relative
        return cue.start <= trigger.start < cue.end  # clause follows (`_told_going_on`)
    return scope not in ("before", "subject", "standing") or cue.end <= trigger.start
