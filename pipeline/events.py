"""Events: each trigger of a sentence's clauses an event, with its type, status, actors, topic and date."""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from pipeline.acts_told_before import doers_told_before, targets_told_before
from pipeline.act_status import act_status, standing, thanks_for
from pipeline.antecedents import in_closed_relative
from pipeline.clauses import STATEMENT, Rules, clause_triggers, clauses, rules
from pipeline.date_offsets import offset_dating
from pipeline.event_dates import Dating, Datings, after, clause_dating, dated_span, publication_dating
from pipeline.known_acts import dated_beside, known_noun, of_another_act, told_before, well_known
from pipeline import trigger_tense, up_to_now
from pipeline.furniture import own_sentences
from pipeline.governments import NamedGovernments
from pipeline.governing import asked_after, before_later_acts, characterised, commits, demands, governs
from pipeline.governing import names_act, ungoverned, without_light_verbs
from pipeline.infinitives import infinitive_targets
from pipeline.named_acts import begun_lately, with_known_sides
from pipeline.lexicon import WORD, Hit, normal, spelled_out, written_between
from pipeline.matters import told_matters
from pipeline.model import ActorMention, Article, Timex
from pipeline.non_events import OFF_POLITICS, commentators, described, no_event, off_politics
from pipeline.objects import doer_told_before, first_object, hostile_places
from pipeline.openings import introduced_cast, opening_places
from pipeline.publication_days import live_next_day, next_day, scheduled, within_a_day
from pipeline.reference_days import reference_dating
from pipeline.roles import addressees, event_actors, outlet_act, outlet_subject, reported_subject, sentence_subject
from pipeline.sides import adversaries_untargeted, borrowed_at, domestic_side, host_side, meeting_sides, met_before
from pipeline.sides import names_no_doer, parties_phrase, parties_stay, thanked_doers, with_parties, without_own_side
from pipeline.silent_parts import silent_spans
from pipeline.speakers import closes_report, named_speaker, named_subject, quotation_speaker, report_words
from pipeline.speakers import attributes_quotation, reported_speech
from pipeline.turns import listeners, outlet_voice, programme_talk, shared_with_listener, signatories, turn_at, turns
from pipeline.turns import with_speakers

_OTHER_TOPIC = "other"
_REQUEST = "REQUEST"  # the type of a statement that obliges someone
_KNOWN_REACH = 70  # characters after an act named as known within which a year is its own
_PARTIES_REACH = 2  # sentences: "They also discussed" refers back to a meeting told this far before at most


def sentence_topics(rules: Rules, text: str, start: int, end: int, hits: list[Hit] | None = None) -> list[str]:
    """The topics a text names (or its topic `hits`), the most often named first (the first named on a tie); the
    words of stories off politics only tell those apart and give no event its topic."""
    found = rules.topics.find(text, start, end) if hits is None else hits
    counts = Counter(hit.label for hit in found if hit.label != OFF_POLITICS)
    return sorted(counts, key=lambda label: -counts[label])  # a Counter keeps first-named order for ties


def event_id(article_id: str, sentence_start: int, trigger_start: int) -> str:
    """A stable identifier: the same article, sentence and trigger give the same id in every build."""
    key = f"{article_id}:{sentence_start}:{trigger_start}".encode()
    return hashlib.sha1(key, usedforsecurity=False).hexdigest()[:16]


def extract_events(article: Article, timexes: list[Timex], actors: list[ActorMention],
                   sentences: list[tuple[int, int]]) -> tuple[list[dict], list[dict]]:
    """The article's `events` rows and `event_actors` rows, one event per trigger clause."""
    text, language_rules = article.text, rules(article.language or "en")
    datings = Datings(timexes, text, language_rules, sentences, article.published)
    topic_hits = language_rules.topics.find(text, 0, len(text))
    topic_starts = [hit.start for hit in topic_hits]
    article_topics = sentence_topics(language_rules, text, 0, len(text), topic_hits)
    mentions = sorted(actors, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    speaking = turns(text, article.published, article.language or "en")
    turn_starts = [t.start for t in speaking]
    addressed = listeners(speaking)  # "you" in a conversation of two: the other speaker
    outlet = outlet_voice(article)  # "we" in a government's own release: that government
    signed = signatories(article)  # "we" in a joint statement: the governments its title names
    # a listing page's excerpts, readers' comments and the site's notices are no text of the article
    sentences = own_sentences(text, sentences, article.language or "en")
    events: list[dict] = []
    roles: list[dict] = []
    parties: tuple[int, list[tuple[ActorMention, str]]] = (-_PARTIES_REACH - 1, [])  # the last two-sided cast
    governing = NamedGovernments(article.language or "en", text, sentences, mentions, article.published)
    told: list[tuple[str, str, Dating]] = []  # type, word and own date of each event its clause dates, in order
    pundits = commentators(language_rules, text, mentions)  # "Juan Cole, a historian": their word is no act
    for number, sentence in enumerate(sentences):
        if not language_rules.triggers.may_occur(text, *sentence):
            continue  # most sentences name no event: their clauses and actors need no reading
        turn = turn_at(speaking, turn_starts, sentence[0]) if speaking else None
        if turn is not None and turn.silent:
            continue  # a journalist's question, a moderator's procedure: no event
        parts = clauses(language_rules, text, *sentence)
        # "What has he said?", a heading: no event; read only where a trigger word stands at all
        silent = silent_spans(language_rules, text, *sentence) if any(
            language_rules.triggers.find(text, *clause) for clause in parts) else []
        triggered = [clause_triggers(language_rules, text, clause, silent) for clause in parts]
        if not any(triggered):
            continue  # half the sentences a trigger may begin in hold none: their speakers and places need no reading
        nearby = mentions[bisect_left(mention_starts, sentence[0]) : bisect_right(mention_starts, sentence[1])]
        in_sentence = [m for m in nearby if m.end <= sentence[1]]
        if turn is not None and turn.speaker is not None:
            in_sentence = with_speakers(text, sentence, in_sentence, [turn.speaker], article.language or "en",
                                        addressed=addressed.get(turn.speaker.actor))
        # "'We condemn the attack,' Kuleba said": in what is quoted, "we" is the speaker's side
        quotation = quotation_speaker(language_rules, text, sentence, in_sentence) if turn is None else None
        quoted = in_sentence
        if quotation:
            quoted = with_speakers(text, quotation[0], in_sentence, [quotation[1]], article.language or "en")
        opening, compared = opening_places(language_rules, text, sentence[0], in_sentence)
        subject = sentence_subject(language_rules, text, sentence, in_sentence, opening)
        places = [] if compared else opening
        if turn is None and (outlet is not None or signed):
            # the outlet's "we" acts in its own clause only: "we honour those who were detained" is not ours
            voices = [outlet] if outlet is not None else signed
            in_sentence = with_speakers(text, sentence, in_sentence, voices, article.language or "en", unquoted=True)
        topics: list[str] | None = None  # the sentence's, read at its first event
        # a weather or sports item of a news page: no event but one a state's actor does
        off = off_politics(topic_hits, topic_starts, sentences, number)
        first_event, first_role = len(events), len(roles)
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for clause, following, found in zip(parts, [*parts[1:], None], triggered):
            earlier: Hit | None = None  # the clause's last trigger that is no statement
            asking: Hit | None = None  # the clause's last trigger that asks ("called on X to ...")
            said: Hit | None = None  # the clause's last reporting verb: what follows it is what is said
            acts = without_light_verbs(language_rules, text, found, in_sentence)
            for trigger in acts:
                if described(language_rules, text, sentence, trigger, in_sentence):
                    continue  # "the negotiated settlement", "Grant Shapps", "U.S.-backed leaders": no event of its own
                if no_event(language_rules, text, clause, trigger):
                    continue  # "will always support": a habit or a general truth; "must accept": only owed
                if ungoverned(language_rules, text, sentence, trigger, triggered):
                    continue  # "public support for the war": an attitude held, which no act of the clause tells
                reports = trigger.label == STATEMENT
                if reports and demands(language_rules, text, trigger, sentence, in_sentence):
                    trigger = Hit(trigger.start, trigger.end, _REQUEST)  # "said Sudan must return": a demand
                # "pledged to continue providing": a commitment governs an act of its own subject
                governed = earlier is not None and governs(language_rules, text, earlier, trigger, in_sentence) and (
                    not commits(language_rules, text, earlier, trigger))
                # "raised the tragic killing of": an act only named is no act of the clause's subject either
                named = governed or names_act(language_rules, text, clause, trigger, acts, in_sentence)
                asked = governed and earlier is not None and earlier.label in language_rules.asking
                if asking is not None and not asked:
                    asked = asked_after(language_rules, text, asking, trigger, in_sentence)
                asking = trigger if trigger.label in language_rules.asking else asking
                earlier = earlier if trigger.label == STATEMENT else trigger
                # "The Ministers reaffirmed ...": the sides of the last meeting told, else a joint text's signatories
                recent = parties[1] if number - parties[0] <= _PARTIES_REACH else [(m, "source") for m in signed]
                spoken = quoted if quotation and quotation[0][0] <= trigger.start < quotation[0][1] else in_sentence
                cast, own = _cast(language_rules, text, (sentence, clause, following), trigger, spoken,
                                  subject, named, None if reports else said, recent)
                cast = told_matters(cast, parties[1])  # "met with Zelenska. ... the commitment to Ukraine's victory"
                said = trigger if reports else said
                if (reason := thanks_for(language_rules, text, clause, trigger)) is not None:
                    cast = thanked_doers(text, reason, trigger, cast, spoken)  # "thank Kosovo for providing refuge"
                subject = own or subject  # the sides of a meeting told before act for this trigger only
                if outlet is not None and turn is None and not any(role == "source" for _, role in cast) and (
                        outlet_act(language_rules, text, clause, trigger)
                        or outlet_subject(language_rules, text, sentence, trigger)):
                    # "These individuals are being designated", "This assistance will help": the government acts
                    cast = [(replace(outlet, text="", start=trigger.start, end=trigger.start), "source"), *cast]
                sources = [m for m, role in cast if role == "source"]
                if reports and sources and pundits and all(
                        pundits.get(m.actor, sentence[1]) < sentence[0] for m in sources):
                    continue  # "Cole noted" after "Juan Cole, a historian": a commentator's word tells no political act
                if not sources and (reports or trigger.label in language_rules.asking) and programme_talk(
                        turn, text, clause[0], trigger, article.language or "en"):
                    continue  # "BLITZER: can I just ask one question": a programme's own talk
                # "Putin said ..., adding ...": one act of one source, however many verbs report it;
                # "Donfried called on Russia ..., saying ...": the participle reports the act already listed.
                key = (trigger.label, tuple(m.actor for m in sources))
                opens_clause = not text[clause[0] : trigger.start].strip()
                if key in seen or (trigger.label == STATEMENT and opens_clause and key[1] in {k[1] for k in seen}):
                    continue
                seen.add(key)
                if places and trigger.label in language_rules.domestic and not sources:
                    # "In Cuba, journalists are arrested": a state's own affairs are done by the state they happen in
                    cast = [(places[0], "source"), *[(m, role) for m, role in cast if m.actor != places[0].actor]]
                # named in no words: no sentence subject
                side = domestic_side(language_rules, text, trigger, cast, named, asked,
                                     names_no_doer(language_rules, text, clause, trigger))
                if named and not governed and trigger.label in language_rules.domestic and not side and all(
                        role == "other" for _, role in cast):
                    # "Iran quelled the demonstrations": the state's own affairs its subject only names, done there
                    own_cast = _cast(language_rules, text, (sentence, clause, following), trigger, spoken, subject,
                                     False, None if reports else said, recent)[0]
                    own_side = domestic_side(language_rules, text, trigger, own_cast, False, asked)
                    side = [(m, "target") for m, _ in own_side]
                cast = hostile_places(language_rules, text, trigger, cast + side)
                cast += host_side(language_rules, text, trigger, places, cast)
                cast = without_own_side(language_rules, text, trigger, cast)
                cast = first_object(language_rules, text, trigger, cast)
                cast = infinitive_targets(language_rules, text, trigger, cast)  # "called for Russia to withdraw"
                cast = before_later_acts(language_rules, text, trigger, acts, cast)
                cast = with_known_sides(language_rules, text, trigger, article.published, cast)  # "Russia's invasion"
                cast += doer_told_before(language_rules, text, trigger, cast, mentions)  # "condemned the launches"
                if trigger.label in language_rules.reached and not any(role == "target" for _, role in cast) and (
                        state := governing.against(trigger.start)):  # "The protests grew": against the government told
                    cast.append((ActorMention("", trigger.start, trigger.start, state, "state", state), "target"))
                if turn is not None and turn.speaker is not None:
                    cast += shared_with_listener(text, cast, addressed.get(turn.speaker.actor),
                                                 trigger.label in language_rules.mutual, article.language or "en")
                if off and not any(m.country for m, _ in cast):
                    continue
                # "Journalists would be able to see her, they added": the cues of what is reported are its own
                kind = act_status(language_rules, text, report_words(text, sentence, clause, trigger), trigger,
                                  following, asked)
                # "spoke with Chung. ... discussed ways to": a readout's talk goes on with the side met; not at a stop
                # a sentence opens with ("In Warsaw, Chollet will discuss"), nor a talk denied or in a conversation
                met = [] if places or turn is not None or kind == "negated" else met_before(
                    language_rules, text, clause, trigger, cast, recent)
                since = sentences[max(number - 1, 0)][0]  # the acts of its sentence and the one before go on
                cast += met + targets_told_before(language_rules, text, clause, trigger, cast, events, roles, since)
                cast += doers_told_before(language_rules, text, clause, trigger, cast, events, roles, since)
                event, actor_rows = _event(article, datings, cast, sentence, clause, kind, trigger, told,
                                           outlet is not None or bool(signed), bool(places))
                if topics is None:
                    topics = sentence_topics(language_rules, text, *sentence) or article_topics[:1] or [_OTHER_TOPIC]
                event.update(topic=topics[0], topics=list(topics))  # each row owns its list
                events.append(event)
                roles.extend(actor_rows)
                if met or own and all(m.start == m.end for m in own):
                    parties = (number, parties[1])  # "They ..." again: the same sides stay in view
                elif trigger.label in language_rules.mutual and (
                        sides := meeting_sides(language_rules, text, trigger, cast)):
                    parties = (number, sides)
                elif parties_stay(sources, parties[1], outlet is not None):
                    parties = (number, parties[1])  # one side acts on: "They also discussed" still means the two
        adversaries_untargeted(language_rules, text, events[first_event:], roles[first_role:], in_sentence)
    return events, roles


def _cast(
    rules: Rules, text: str, spans: tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None], trigger: Hit,
    mentions: list[ActorMention], subject: list[ActorMention], governed: bool, said: Hit | None,
    parties: list[tuple[ActorMention, str]],
) -> tuple[list[tuple[ActorMention, str]], list[ActorMention]]:
    """A trigger's actors with their roles, and the sources its own words name. `spans` are its sentence, clause
    and the clause after; `said` the reporting verb before it in its clause; `parties` the sides of the meeting
    told just before, which a subject like "They" refers back to."""
    sentence, clause, following = spans
    # "said Russia will withdraw": Russia withdraws, not the speaker
    spoken = None if said is None else reported_subject(rules, text, said, trigger, clause, mentions)
    cast = introduced_cast(rules, text, sentence, trigger, mentions) or event_actors(
        rules, text, mentions, spoken or clause, trigger, [] if spoken else subject, governed)
    if following is not None and trigger.label != STATEMENT:
        cast += addressees(rules, text, mentions, following, cast, trigger)
    if trigger.label != STATEMENT and (doer := characterised(rules, text, clause, trigger, mentions)) is not None:
        # "condemned the DPRK's launches as a violation": the DPRK violates, not the one who condemns
        cast = [(doer, "source"), *[(m, "other" if role == "source" else role) for m, role in cast
                                    if m.actor != doer.actor]]
    quoted = trigger.label == STATEMENT and attributes_quotation(rules, text, sentence, trigger)
    if (reported := reported_speech(rules, text, sentence, trigger, mentions, quoted)) is not None:
        # "'In the U.S. you vote them out,' Sabra said", "..., says Kinninmont": who is named is not who reports it
        closing, who = reported
        cast = [(m, "other" if role == "source" and m.end <= closing else role) for m, role in cast]
        # "'...,' said Deputy Secretary Sherman": the actor right after the verb speaks, else a name unknown
        speaker = next((m for m, _ in cast if m.start >= trigger.end and not text[trigger.end : m.start].strip()), who)
        if not any(role == "source" for _, role in cast) and (
                speaker or (speaker := named_speaker(rules, text, closing, trigger, clause[1]))):
            cast = [(speaker, "source"), *[(m, role) for m, role in cast if m.actor != speaker.actor]]
    if trigger.label == STATEMENT and not any(role == "source" and m.start >= clause[0] for m, role in cast) and (
            name := named_subject(rules, text, clause, trigger)):
        # "while Il Manifesto said": a speaker the gazetteer does not know, not the sentence's subject
        cast = [(name, "source"), *[(m, "other" if role == "source" else role) for m, role in cast]]
    own = [m for m, role in cast if role == "source"]
    # "met with Truss ..., where they reiterated": a subject carried into the sentence that told the meeting yields
    sourced = bool(own) and (any(m.start >= clause[0] for m in own) or all(m.start < sentence[0] for m, _ in parties))
    if parties and not governed and (phrase := parties_phrase(rules, text, clause, trigger, mentions, sourced)):
        cast = with_parties(rules, trigger, cast, parties, phrase.start)  # "They also discussed ..."
        # "They agreed ..., condemned ...": the sides the phrase names are the subject of the sentence's later clauses
        own = [m for m, _ in cast if m.start == m.end == phrase.start]
    elif parties and not governed and not own and (at := borrowed_at(clause, trigger, subject)) is not None:
        cast = with_parties(rules, trigger, cast, parties, at)  # "The senior officials discussed ..., and reaffirmed"
        own = [m for m, _ in cast if m.start == m.end == at]
    # "Ghonim, who was freed by Egyptian authorities, said ... to negotiate": the doer of a relative clause set off by
    # commas before its antecedent's verb is no subject of the sentence's later clauses
    return cast, [m for m in own if not in_closed_relative(rules, text, sentence, m)]


def _event(
    article: Article, datings: Datings, cast: list[tuple[ActorMention, str]], sentence: tuple[int, int],
    clause: tuple[int, int], kind: str, trigger: Hit, told: list[tuple[str, str, Dating]], release: bool = False,
    stop: bool = False,
) -> tuple[dict, list[dict]]:
    """One event row (without topics) and its actor rows; an event its own clause dates joins those `told`; a
    government's own `release` names others' hostile acts as the background of what it tells; a sentence opened by
    its place ("In Vienna, she will meet ...") tells a `stop` of a trip."""
    text, language, language_rules = article.text, article.language or "en", rules(article.language or "en")
    # "remains committed to supporting Yemen": a commitment that stands now, of its day, not the narrative's
    held = kind == "ongoing" and standing(language_rules, text, clause, trigger)
    past = (kind == "planned" or held) and trigger_tense.past(text, trigger, article.language or "en") and (
        not trigger_tense.passive_participle(language_rules, text, trigger))
    if past:
        kind, held = "occurred", False  # "The very next month, Russia launched ...": a past act is never planned
    # The narrative's reference day is a past day: it dates neither what is still to come nor what is said now
    # ("analysts say" is dated by the publication, not by the Friday the article told of before).
    perfect = trigger_tense.perfect(language_rules, text, trigger)
    # "The United States calls for ...": a phrase's first word tells its tense
    first = WORD.match(text, trigger.start)
    present = first is not None and first.group().lower() in language_rules.present or perfect or (
        kind != "planned" and trigger_tense.said_now(language_rules, text, trigger, article.language or "en")) or held
    # an attribution ("'...,' Benotman told CNN", "..., the sources said") takes no day of what it reports
    attribution = trigger.label == STATEMENT and (
        attributes_quotation(language_rules, text, sentence, trigger) or closes_report(text, sentence, trigger))
    narrative = None if kind == "planned" or present else reference_dating(
        datings, sentence[0] if attribution else clause[0], article.published, lead=not attribution, act=trigger.start,
        past=None if attribution or kind != "occurred" else lambda: trigger_tense.past(text, trigger, language))
    if narrative is not None and attribution:
        # it reports words said for the article: on its day or the day before, not on the Sunday the story told of
        narrative = narrative if within_a_day(narrative, article.published) else None
    # a planned event the text gives no day of, after a range of days ahead: the trip's week or month,
    # and a done one after a range of days over by then ("visited Tunisia on March 23-27", then "She also met ..."),
    # save in a day's schedule, whose acts are that day's whatever trips it lists
    planned = datings.planned_span(trigger.start, article.published) if kind == "planned" else (
        datings.planned_span(trigger.start, article.published, ahead=False) if kind == "occurred" and narrative is None
        and not present and not scheduled(language_rules, article) else None)
    # "since February 24, the United States has committed $30 million in assistance": a sum up to now
    told_since = perfect or bool(datings.perfect_bounds) and any(
        part in language_rules.perfect for word in written_between(text, clause[0], trigger.start)
        for part in spelled_out(normal(word), language_rules.language))
    # "Kopp's car was found last month, the FBI said": an attribution's own days come after it ("said Monday")
    own = dated_span(language_rules, text, (trigger.start, clause[1]) if attribution else clause, trigger)
    # "the bombings of U.S. embassies in Kenya and Tanzania last year": a year in a known act's phrase is its own
    known = known_noun(language_rules, text, trigger)
    found = clause_dating(datings, own, trigger, told_since, _KNOWN_REACH if known else 0)
    if known and found and of_another_act(language_rules, text, trigger, found):
        found = None  # "met earlier today and expressed condolences regarding the attacks": the meeting's day
    # "The United States condemns ... the attempt ... last year": a day over before publication is not of what is done
    # in the present, but of what it is done about (a report keeps it: "Kerry says Monday ..." is news's present)
    if found and present and not perfect and trigger.label != STATEMENT and after(article.published, found[1].end):
        found = None
    # "will travel to Paris June 24-27": no one day of a range holds what is done over it, its period does
    undated = up_to_now.no_day(language_rules, text, trigger, found, perfect, kind)  # "since May 2", "the upcoming"
    dating = None if found is None or undated else datings.period(*found) or found[1]
    if known and found is not None and found[0].end <= trigger.start and datings.intervals:
        # "today, one year after these demonstrations": the demonstrations are a year before that day
        dating = offset_dating(language_rules, text, trigger, datings.intervals, found) or dating
    # "spoke today about Russia's attack on Ukraine": a well-known act's own day, not today's; one told as going on
    # keeps the day told, save in its first month, still the news of its beginning ("the ongoing invasion")
    if kind != "ongoing" or begun_lately(language_rules, text, trigger, article.published):
        dating = well_known(language_rules, text, trigger, article.published, dating, told if known else [])
    if dating is not None and (not known or dated_beside(text, trigger, dating)):
        told.append((trigger.label, normal(text[trigger.start : trigger.end]), dating))
    # "discussed Russia's invasion", "raised the killing of ...": an act named as known, done and told before the text
    # began, is no act of the day the text is about; without a day of its own it has none
    # "Authorities have jailed the opposition" in a government's release: an act of a background type told as done,
    # without a day of its own, is what the release speaks about, not news of its day as in a report
    of_background = release and trigger.label in language_rules.background and found is None
    told_as_done = of_background and (perfect or trigger_tense.past(text, trigger, article.language or "en"))
    # "the support you have been providing to us" in a government's release: an act going on since before the telling,
    # with no day of its own, is on no one day (a news report's "rebels have been shelling the city" is the day's news)
    lasting = release and kind == "ongoing" and found is None and trigger_tense.perfect_progressive(
        language_rules, text, trigger)
    # "Officials said the forces had retreated": an act before the narrative's time; one its sentence tells after a
    # day ("The Times reported Thursday that its reporters had been released") is close to that day
    prior = found is None and kind == "occurred" and not datings.within(sentence[0], trigger.start) and (
        trigger_tense.pluperfect(language_rules, text, trigger))
    # "In the run-up to the war, Goldsmith warned": an earlier period's act ("..., he said" is of the telling's day)
    earlier = found is None and kind != "planned" and not present and not attribution and (
        up_to_now.of_earlier_period(language_rules, text, sentence[0], clause, trigger))
    background = undated or prior or lasting or earlier or kind == "occurred" and (known or told_as_done) and (
        narrative is None or narrative.start == article.published) or (
        # "In Vienna, she will meet", "plans for the NATO Summit": a planned stop or known act, on a day not given
        (stop or known) and kind == "planned" and found is None and planned is None)
    # "the bombing" after "bombed ... on Friday": the act told before, not the narrative's day
    fallback = publication_dating(None) if background else (
        narrative or planned or publication_dating(article.published))
    dating = dating or (told_before(text, trigger, told, article.published) if known else None) or fallback
    if kind == "occurred" and dating.start == article.published and scheduled(language_rules, article):
        kind = "planned"  # "2:30 p.m. Secretary Blinken meets with ..." in the day's public schedule
    # a range ahead of publication is still to come, even when the week or month that holds it began before
    if kind in ("occurred", "ongoing") and after((found[1] if found else dating).start, article.published) and (
            not live_next_day(article, found, dating)):
        past = past or trigger_tense.past(text, trigger, article.language or "en")  # read only where it matters
        if not past:
            kind = "planned"  # a date after publication can only be expected
        elif dating.basis == "relative" and not (trigger.label == STATEMENT and next_day(dating, article.published)):
            # A past act after publication: its words were anchored on the wrong day ("the very next month"
            # after a date the text named long before); the narrative's day or the publication dates it instead.
            dating = narrative or publication_dating(article.published)
    identifier = event_id(article.article_id, sentence[0], trigger.start)
    event = {
        "event_id": identifier, "article_id": article.article_id, "published": article.published,
        "date": dating.value, "date_start": dating.start, "date_end": dating.end, "precision": dating.precision,
        "date_text": dating.text, "date_basis": dating.basis, "status": kind,
        "trigger": text[trigger.start : trigger.end], "trigger_start": trigger.start, "trigger_end": trigger.end,
        "event_type": trigger.label,
        "actors": list(dict.fromkeys(m.actor for m, _ in cast)),
        "countries": list(dict.fromkeys(m.country for m, _ in cast if m.country)),
        "sentence": text[sentence[0] : sentence[1]],
        "sentence_start": sentence[0],
        "title": article.title, "source": article.source, "url": article.url,
    }
    rows = [
        {"event_id": identifier, "actor": m.actor, "actor_type": m.actor_type, "country": m.country,
         "role": role, "text": m.text}
        for m, role in cast
    ]
    return event, rows
