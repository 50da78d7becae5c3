"""Actors, events and sentences in German, French, Spanish, Italian, Russian and Ukrainian, read through the
public functions with each language's resource files (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.actors import find_actors
from pipeline.records import text_events
from pipeline.sentences import split

DAY = date(2023, 3, 1)


@pytest.mark.parametrize(
    ("language", "text", "words", "actor"),
    [
        ("ru", "Делегация России прибыла в Женеву.", "России", "Russia"),
        ("ru", "Переговоры с Россией зашли в тупик.", "Россией", "Russia"),
        ("ru", "Из Москвы пришёл ответ.", "Москвы", "Russia"),
        ("ru", "Посол находился в Киеве.", "Киеве", "Ukraine"),
        ("ru", "Власти Украины не ответили.", "Украины", "Ukraine"),
        ("ru", "В Кремле промолчали.", "Кремле", "Russia"),
        ("ru", "Представитель ООН выступил.", "ООН", "United Nations"),
        ("ru", "Российские дипломаты покинули зал.", "Российские", "Russia"),
        ("uk", "Делегація України прибула до Женеви.", "України", "Ukraine"),
        ("uk", "Переговори з Росією зупинилися.", "Росією", "Russia"),
        ("uk", "На Банковій промовчали.", "Банковій", "Ukraine"),
        ("uk", "Рішення НАТО оголосили ввечері.", "НАТО", "NATO"),
        ("de", "Das Kanzleramt schwieg dazu.", "Kanzleramt", "Germany"),
        ("de", "Die Delegation reiste nach Moskau.", "Moskau", "Russia"),
        ("de", "Die russischen Diplomaten verließen den Saal.", "russischen", "Russia"),
        ("de", "Der Sprecher der Vereinten Nationen äußerte sich.", "Vereinten Nationen", "United Nations"),
        ("fr", "Le Quai d'Orsay n'a pas réagi.", "Quai d'Orsay", "France"),
        ("fr", "La délégation est arrivée au Caire.", "Caire", "Egypt"),
        ("fr", "Les diplomates allemands sont partis.", "allemands", "Germany"),
        ("fr", "L'OTAN a tenu une réunion.", "OTAN", "NATO"),
        ("es", "La Moncloa guardó silencio.", "La Moncloa", "Spain"),
        ("es", "La Casa Rosada no respondió.", "Casa Rosada", "Argentina"),
        ("es", "La ONU pidió calma en Trípoli.", "Trípoli", "Libya"),
        ("es", "Los diplomáticos egipcios se marcharon.", "egipcios", "Egypt"),
        ("it", "Palazzo Chigi non ha commentato.", "Palazzo Chigi", "Italy"),
        ("it", "La delegazione è arrivata a Mosca.", "Mosca", "Russia"),
        ("it", "Il Cremlino ha taciuto.", "Cremlino", "Russia"),
        ("it", "I diplomatici libici sono partiti.", "libici", "Libya"),
    ],
)
def test_actor_names_resolve_to_english_canonical_names(language: str, text: str, words: str, actor: str) -> None:
    found = [(m.text, m.actor) for m in find_actors(text, DAY, language=language)]
    assert (words, actor) in found


@pytest.mark.parametrize(
    ("language", "text", "actor", "country"),
    [
        ("ru", "Министр иностранных дел России Иван Петров прибыл в Берлин.", "Иван Петров", "Russia"),
        ("uk", "Міністр оборони України Петро Іваненко прибув до Берліна.", "Петро Іваненко", "Ukraine"),
        ("de", "Der französische Außenminister Jean Dupont reiste nach Rom.", "Jean Dupont", "France"),
        ("fr", "Le ministre allemand Klaus Weber est arrivé à Paris.", "Klaus Weber", "Germany"),
        ("es", "El presidente egipcio, Ahmed Farouk, viajó a Madrid.", "Ahmed Farouk", "Egypt"),
        ("it", "Il ministro libico Omar Salem è arrivato a Roma.", "Omar Salem", "Libya"),
    ],
)
def test_a_title_and_a_state_name_an_unknown_person_s_country(language: str, text: str, actor: str, country: str) -> None:
    people = [(m.actor, m.country) for m in find_actors(text, DAY, language=language) if m.actor_type == "person"]
    assert (actor, country) in people


@pytest.mark.parametrize(
    ("language", "text", "event_type", "status", "source"),
    [
        ("ru", "Россия заявила о готовности к диалогу.", "STATEMENT", "occurred", "Russia"),
        ("ru", "Москва пригрозила Киеву новыми санкциями.", "THREATEN", "occurred", "Russia"),
        ("ru", "Украина не будет вести переговоры с Россией.", "CONSULT", "negated", "Ukraine"),
        ("uk", "Україна засудила обстріл Харкова.", "ACCUSE", "occurred", "Ukraine"),
        ("uk", "Польща надасть Україні військову допомогу.", "AID", "occurred", "Poland"),
        ("de", "Frankreich verurteilte den Angriff scharf.", "ACCUSE", "occurred", "France"),
        ("de", "Polen lehnte den Vorschlag ab.", "REJECT", "occurred", "Poland"),
        ("fr", "L'Égypte a condamné l'attaque contre le convoi.", "ACCUSE", "occurred", "Egypt"),
        ("fr", "Le Maroc va rencontrer l'Algérie la semaine prochaine.", "CONSULT", "planned", "Morocco"),
        ("es", "Egipto rechazó la propuesta de Libia.", "REJECT", "occurred", "Egypt"),
        ("es", "Túnez expulsó al embajador libio.", "SANCTION", "occurred", "Tunisia"),
        ("it", "L'Italia ha condannato l'attacco.", "ACCUSE", "occurred", "Italy"),
        ("it", "La Francia ha imposto sanzioni alla Libia.", "SANCTION", "occurred", "France"),
    ],
)
def test_triggers_in_each_language_make_events(language: str, text: str, event_type: str, status: str, source: str) -> None:
    events = [(e["event_type"], e["status"], tuple(e["sources"])) for e in text_events(text, DAY, language)]
    assert (event_type, status, (source,)) in events


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("ru", "Кремль обвинил Вашингтон.", "Кремль"),
        ("fr", "Le Kremlin a accusé Washington.", "Kremlin"),
    ],
)
def test_event_actors_keep_the_words_of_the_text(language: str, text: str, words: str) -> None:
    events = text_events(text, DAY, language)
    assert any(a["text"] == words and a["actor"] == "Russia" for e in events for a in e["actors"]["source"])


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Переговоры начались. Они закончились.", 2),
        ("ru", "В 2014 г. переговоры не начались. Москва молчала.", 2),
        ("uk", "Зустріч відбулася. Сторони розійшлися.", 2),
        ("de", "Die Gespräche, z.B. in Genf, begannen. Sie endeten.", 2),
        ("es", "Las conversaciones en EE.UU. comenzaron. Terminaron ayer.", 2),
    ],
)
def test_sentences_end_before_a_capital_of_any_alphabet(language: str, text: str, expected: int) -> None:
    assert len(split(text, language)) == expected


def test_a_language_without_resources_reads_no_words_as_events() -> None:
    assert text_events("これは日本語の記事です。東京で会談が行われた。", DAY, "ja") == []


@pytest.mark.parametrize(
    ("language", "published", "text", "words", "value"),
    [
        # a year joined by a preposition ("del 2009") belongs to the date
        ("it", date(2011, 12, 27), "Il 12 giugno del 2009 fu arrestato.", "Il 12 giugno del 2009", "2009-06-12"),
        ("it", date(2011, 12, 27), "Nel luglio del 2010 cambiò tutto.", "luglio del 2010", "2010-07"),
        # the first of the month written as an ordinal
        ("fr", date(2013, 7, 5), "Le 1er juillet, l'armée a parlé.", "Le 1er juillet", "2013-07-01"),
        ("fr", date(2013, 7, 5), "Le traité du 1er mars 2012 tient.", "1er mars 2012", "2012-03-01"),
        ("it", date(2013, 7, 5), "Il 1º luglio il governo è caduto.", "Il 1º luglio", "2013-07-01"),
        # ... or as a word
        ("fr", date(2013, 7, 5), "Le premier juillet, l'armée a parlé.", "Le premier juillet", "2013-07-01"),
        ("fr", date(2013, 7, 5), "Samedi premier juin, ils ont défilé.", "Samedi premier juin", "2013-06-01"),
        ("fr", date(2013, 7, 5), "Le Premier ministre a parlé en juin.", "juin", "2013-06"),
        ("it", date(2013, 7, 5), "Il primo aprile del 2010 è partito.", "Il primo aprile del 2010", "2010-04-01"),
        ("it", date(2013, 7, 5), "Lo scorso primo maggio è arrivato.", "Lo scorso primo maggio", "2013-05-01"),
        ("it", date(2013, 7, 5), "Il primo ministro è partito a giugno.", "giugno", "2013-06"),
        # a weekday that does not fall on the day in the nearest year names another year, or none near
        ("it", date(2012, 11, 15), "Lunedì 5 novembre si è votato.", "Lunedì 5 novembre", "2012-11-05"),
        ("it", date(2012, 11, 15), "Il bollettino di giovedì 5 novembre.", "giovedì 5 novembre", "XXXX-11-05"),
        ("fr", date(2013, 1, 10), "Le sommet du samedi 5 janvier s'est tenu.", "samedi 5 janvier", "2013-01-05"),
        ("fr", date(2013, 12, 20), "Le sommet du samedi 5 janvier s'est tenu.", "samedi 5 janvier", "2013-01-05"),
        # tense words of the past and the future choose the year of a date written without one
        ("it", date(2011, 12, 27), "Il 18 maggio sono stati arrestati.", "Il 18 maggio", "2011-05-18"),
        ("it", date(2011, 12, 27), "Il 18 maggio si terrà il vertice.", "Il 18 maggio", "2012-05-18"),
        ("fr", date(2013, 1, 10), "Le 18 mai, la police manifestait.", "Le 18 mai", "2012-05-18"),
        ("fr", date(2013, 1, 10), "Le 18 mai, le parlement votera.", "Le 18 mai", "2013-05-18"),
        ("it", date(2011, 12, 27), "Il 18 maggio la polizia arrestò tre uomini.", "Il 18 maggio", "2011-05-18"),
        ("it", date(2011, 12, 27), "Il 18 maggio i deputati voteranno.", "Il 18 maggio", "2012-05-18"),
        ("fr", date(2013, 6, 25), "Une marche est prévue le 30 décembre.", "le 30 décembre", "2013-12-30"),
        ("fr", date(2013, 6, 25), "Le 20 décembre, la foule avait envahi la place.", "Le 20 décembre", "2012-12-20"),
        ("it", date(2013, 6, 25), "Una marcia è prevista il 30 dicembre.", "il 30 dicembre", "2013-12-30"),
        # the accent of a tense written as an apostrophe
        ("it", date(2013, 6, 25), "Il 30 dicembre si concludera' la tregua.", "Il 30 dicembre", "2013-12-30"),
        ("it", date(2013, 6, 25), "Il 20 dicembre l'esercito attacco' la citta'.", "Il 20 dicembre", "2012-12-20"),
        # nouns that end like a verb's tense ("front", "retrait", "perciò") are no tense cue
        ("fr", date(2013, 6, 25), "Sur le front, le 30 décembre, la trêve.", "le 30 décembre", "2012-12-30"),
        ("fr", date(2013, 6, 25), "Le retrait du 30 décembre.", "30 décembre", "2012-12-30"),
        ("it", date(2013, 6, 25), "Perciò il 30 dicembre la tregua.", "il 30 dicembre", "2012-12-30"),
        # "dernier", "prochain", "scorso", "prossimo" say which one: before or after publication
        ("fr", date(2013, 7, 5), "Le décret du 22 novembre dernier tient.", "22 novembre dernier", "2012-11-22"),
        ("fr", date(2013, 7, 5), "Le congrès du 15 septembre prochain.", "15 septembre prochain", "2013-09-15"),
        ("fr", date(2013, 7, 5), "Il est venu en mars dernier.", "mars dernier", "2013-03"),
        ("it", date(2013, 7, 5), "Il decreto dello scorso 22 novembre.", "dello scorso 22 novembre", "2012-11-22"),
        ("it", date(2013, 7, 5), "Il 25 gennaio scorso c'era la folla.", "Il 25 gennaio scorso", "2013-01-25"),
        ("it", date(2013, 7, 5), "Lo scorso martedì ha parlato.", "Lo scorso martedì", "2013-07-02"),
        # a month after a preposition ("en juin", "mi-juin", "nel giugno")
        ("fr", date(2013, 7, 5), "Il a été élu en juin.", "juin", "2013-06"),
        ("fr", date(2013, 7, 5), "Mi-juin, il a parlé.", "juin", "2013-06"),
        ("it", date(2013, 7, 5), "È stato eletto nel giugno scorso.", "giugno scorso", "2013-06"),
        # the next day, the day before, the same day: counted from the last day told of
        ("fr", date(2013, 7, 5), "Le 1er juillet, il a parlé. Le lendemain, il a fui.", "Le lendemain", "2013-07-02"),
        ("fr", date(2013, 7, 5), "Le 3 juillet, il a parlé. La veille, il a écrit.", "La veille", "2013-07-02"),
        ("fr", date(2013, 7, 5), "Le 2 juillet, il a parlé. Le même jour, il a fui.", "Le même jour", "2013-07-02"),
        ("fr", date(2013, 7, 5), "Le 2 juillet, il a parlé. Ce jour-là, il a écrit.", "Ce jour-là", "2013-07-02"),
        ("fr", date(2013, 7, 5), "Le 2 juillet, il parla. Le jour suivant, il a fui.", "Le jour suivant", "2013-07-03"),
        ("it", date(2013, 7, 5), "Il 1º luglio parlò. Il giorno dopo è uscito.", "Il giorno dopo", "2013-07-02"),
        ("it", date(2013, 7, 5), "Il 3 luglio parlò. Il giorno prima era uscito.", "Il giorno prima", "2013-07-02"),
        ("it", date(2013, 7, 5), "Il 2 luglio parlò. Lo stesso giorno è uscito.", "Lo stesso giorno", "2013-07-02"),
        ("it", date(2013, 7, 5), "Il 2 luglio ha parlato. Quel giorno è partito.", "Quel giorno", "2013-07-02"),
        ("it", date(2013, 7, 5), "Il 1º luglio ha parlato. L'indomani è partito.", "indomani", "2013-07-02"),
        # a count of units later, counted from the last date told of
        ("fr", date(2013, 7, 10), "Le 3 juillet, il a parlé. Deux jours plus tard, il a fui.", "Deux jours plus tard",
         "2013-07-05"),
        ("fr", date(2013, 7, 10), "Le 3 juillet, il parla. Trois jours après, il fuit.", "Trois jours après",
         "2013-07-06"),
        ("it", date(2013, 7, 10), "Il 3 luglio parlò. Due giorni dopo, è uscito.", "Due giorni dopo", "2013-07-05"),
        ("it", date(2013, 7, 10), "Il 3 luglio parlò. Tre giorni più tardi uscì.", "Tre giorni più tardi",
         "2013-07-06"),
        # the parts of the day of publication written as one word
        ("it", date(2013, 7, 5), "Stamattina hanno sparato.", "Stamattina", "2013-07-05TMO"),
        ("it", date(2013, 7, 5), "Il ministro parlerà stasera.", "stasera", "2013-07-05TEV"),
        ("it", date(2013, 7, 5), "Stanotte c'è stato un temporale.", "Stanotte", "2013-07-05TNI"),
        ("it", date(2013, 7, 5), "Ieri l'altro è arrivato.", "Ieri l'altro", "2013-07-03"),
        # the first day of a range takes the month and year written after the last
        ("fr", date(2013, 7, 5), "Le vote, les 16 et 17 juin, a été serré.", "les 16", "2013-06-16"),
        ("fr", date(2013, 7, 5), "Du 3 au 5 mars 2010, il a neigé.", "Du 3", "2010-03-03"),
        ("fr", date(2013, 7, 5), "Les 15-16 mars, il a neigé.", "16 mars", "2013-03-16"),
        ("it", date(2013, 7, 5), "Il voto, il 16 e 17 giugno, è stato teso.", "il 16", "2013-06-16"),
        ("it", date(2013, 7, 5), "Dal 3 al 5 marzo del 2010 ha nevicato.", "Dal 3", "2010-03-03"),
        ("it", date(2013, 7, 5), "Il convegno del 1-2 dicembre 2017.", "2 dicembre 2017", "2017-12-02"),
        # every day of a list takes the month written after the last
        ("fr", date(2013, 8, 26), "Ils ont manifesté les 3, 7 et 26 juillet.", "les 3", "2013-07-03"),
        ("fr", date(2013, 8, 26), "Ils ont manifesté les 3, 7 et 26 juillet.", "7", "2013-07-07"),
        ("fr", date(2013, 8, 26), "Ils ont voté le 3, le 4 et le 5 juillet.", "le 3", "2013-07-03"),
        ("it", date(2013, 7, 5), "Si è votato il 3, 4 e 5 marzo 2010.", "il 3", "2010-03-03"),
        ("it", date(2013, 7, 5), "Si è votato il 3, 4 e 5 marzo 2010.", "4", "2010-03-04"),
        ("it", date(2013, 7, 5), "Si è votato il 3, il 4 e il 5 marzo.", "il 3", "2013-03-03"),
        # a weekday with a part of the day, then its date: that part of the dated day
        ("it", date(2011, 12, 27), "Nessuna traccia da domenica pomeriggio 18 dicembre.",
         "domenica pomeriggio 18 dicembre", "2011-12-18TAF"),
        ("fr", date(2011, 12, 27), "Il est parti dimanche soir 18 décembre.", "dimanche soir 18 décembre",
         "2011-12-18TEV"),
        ("fr", date(2011, 12, 27), "Il est parti le dimanche soir, 18 décembre.", "le dimanche soir, 18 décembre",
         "2011-12-18TEV"),
    ],
)
def test_dates_of_french_and_italian_texts(language: str, published: date, text: str, words: str, value: str) -> None:
    from pipeline.timex import tag

    found = [(t.text, t.value) for t in tag(text, published, language)]
    assert (words, value) in found, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the day after or before an event named by a noun is no day the text tells of
        ("fr", "Au lendemain de la révolution, il est parti."),
        ("fr", "À la veille du scrutin, il a parlé."),
        ("it", "All'indomani della rivoluzione è partito."),
        ("it", "Il giorno dopo la rivoluzione è partito."),
        # a count of days after an event named by a noun is a span
        ("fr", "Trois jours après l'attaque, il a parlé."),
        ("it", "Tre giorni dopo l'attacco ha parlato."),
        # a vague count of units later is no date
        ("fr", "Quelques jours plus tard, il est parti."),
        ("it", "Alcuni giorni dopo, è partito."),
        # "Mars" the planet
        ("fr", "La sonde vers la planète Mars est partie."),
        ("fr", "La conquête de Mars commence."),
    ],
)
def test_words_of_french_and_italian_texts_that_name_no_day(language: str, text: str) -> None:
    from pipeline.timex import tag

    assert [t.text for t in tag(text, date(2013, 7, 5), language) if t.type in ("DATE", "TIME")] == []
