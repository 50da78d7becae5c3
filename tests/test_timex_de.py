"""German dates: one engine, the rules of pipeline/resources/de/timex, inflected words read through the lemmatiser."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timex import tag

PUBLISHED = date(2021, 12, 21)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        ("Der Vertrag wurde am 3. März 2021 unterzeichnet.", "3. März 2021", "DATE", "2021-03-03"),
        ("Die Gespräche begannen am 21.12.2021 in Genf.", "21.12.2021", "DATE", "2021-12-21"),
        ("Im Jänner 2020 schneite es.", "Jänner 2020", "DATE", "2020-01"),  # Austrian and South Tyrolean
        ("Anfang März 2022 soll verhandelt werden.", "Anfang März 2022", "DATE", "2022-03"),
        ("Er kam gestern an.", "gestern", "DATE", "2021-12-20"),
        ("Das Abkommen ist bis heute nicht ratifiziert.", "heute", "DATE", "2021-12-21"),  # up to the day of writing
        ("Die Delegation reist morgen ab.", "morgen", "DATE", "2021-12-22"),
        ("Am Morgen fielen Schüsse.", "Morgen", "TIME", "2021-12-21TMO"),  # the morning, not tomorrow
        ("Die Sitzung beginnt um 17.30 Uhr.", "17.30 Uhr", "TIME", "2021-12-21T17:30"),
        ("Der Gipfel findet nächste Woche statt.", "nächste Woche", "DATE", "2021-W52"),
        ("Das war im vergangenen Jahr.", "vergangenen Jahr", "DATE", "2020"),  # inflected: vergangene
        ("Im Juni des vergangenen Jahres kam es zum Streit.", "Juni des vergangenen Jahres", "DATE", "2020-06"),
        ("Die Preise stiegen heuer kräftig.", "heuer", "DATE", "2021"),
        ("Der Umsatz lag über dem des Vorjahres.", "des Vorjahres", "DATE", "2020"),
        ("Das war in den 90er Jahren anders.", "den 90er Jahren", "DATE", "199"),
        ("Ein Erbe des 19. Jahrhunderts.", "des 19. Jahrhunderts", "DATE", "18"),
        ("Das Bild stammt aus der ersten Hälfte des 15. Jahrhunderts.", "der ersten Hälfte des 15. Jahrhunderts",
         "DATE", "14"),
        ("Die Verhandlungen dauerten zwei Jahre.", "zwei Jahre", "DURATION", "P2Y"),
        ("Sie leben seit drei Jahrzehnten hier.", "drei Jahrzehnten", "DURATION", "P3DE"),  # KRAUTS writes P3DE
        ("Er wartete seit Jahren darauf.", "Jahren", "DURATION", "PXY"),
        ("Die Kämpfe dauerten wochenlang.", "wochenlang", "DURATION", "PXW"),
        ("Der Rat tagt jedes Jahr in Wien.", "jedes Jahr", "SET", "P1Y"),
        ("Die Zeitung erscheint täglich.", "täglich", "SET", "P1D"),
        ("Der Lohn beträgt zehn Euro pro Stunde.", "pro Stunde", "SET", "PT1H"),
        ("Die Lage ist derzeit ruhig.", "derzeit", "DATE", "PRESENT_REF"),
        ("Damals regierte noch der Kaiser.", "Damals", "DATE", "PAST_REF"),
        ("Der Umsatz im ersten Quartal 2021 stieg.", "ersten Quartal 2021", "DATE", "2021-Q1"),
    ],
)
def test_expression(text: str, words: str, type_: str, value: str) -> None:
    found = tag(text, PUBLISHED, "de")
    assert [(t.text, t.type, t.value) for t in found] == [(words, type_, value)]
    assert text[found[0].start:found[0].end] == words


@pytest.mark.parametrize("text", ["Er ist mit 18 Jahren ausgewandert.", "Sie ist 20 Jahre alt.",
                                  "Der Haushalt beträgt 2000 Euro.", "Die Vergehen vergingen nicht."])
def test_ages_amounts_and_look_alikes_are_no_dates(text: str) -> None:
    assert tag(text, PUBLISHED, "de") == []


def test_the_next_day_follows_the_narrative() -> None:
    text = "Am 3. März 2009 begann der Prozess. Am nächsten Tag sagte der Zeuge aus."
    assert [t.value for t in tag(text, PUBLISHED, "de")] == ["2009-03-03", "2009-03-04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the days of a list share the month written after the last one
        ("Die Messe ist am 2., 3. und 9. Mai 2022 geöffnet.",
         [("2", "DATE", "2022-05-02"), ("3", "DATE", "2022-05-03"), ("9. Mai 2022", "DATE", "2022-05-09")]),
        # so do the times of a range with their "Uhr"
        ("Geöffnet von 9.30 bis 12 Uhr.", [("9.30", "TIME", "2021-12-21T09:30"), ("12 Uhr", "TIME", "2021-12-21T12:00")]),
        # both ends of a range of years
        ("Der Maler (1901-1977) lebte in Meran.", [("1901", "DATE", "1901"), ("1977", "DATE", "1977")]),
        # a weekday and a part of the day written as one word
        ("Am Freitagabend wurde gewählt.", [("Freitagabend", "TIME", "2021-12-17TEV")]),
        # a duration in two units
        ("Er saß drei Jahre und vier Monate in Haft.", [("drei Jahre und vier Monate", "DURATION", "P3Y4M")]),
        # the part of the current year or week
        ("Anfang des Jahres wurde gebaut.", [("Anfang des Jahres", "DATE", "2021")]),
        # a vague span ahead is the future; one looking back stays a duration
        ("In den kommenden Jahren wird gebaut.", [("kommenden Jahren", "DATE", "FUTURE_REF")]),
        ("In den vergangenen Jahren wurde gebaut.", [("den vergangenen Jahren", "DURATION", "PXY")]),
        # rates and the parts of every day
        ("Der Rat tagt zweimal im Monat.", [("zweimal im Monat", "SET", "P1M")]),
        ("Er arbeitet nachts.", [("nachts", "SET", "PT1NI")]),
        # both years of a pair, a year of the sixteenth century, the part of the week without its preposition
        ("Er wurde Weltmeister (2005/2010).", [("2005", "DATE", "2005"), ("2010", "DATE", "2010")]),
        ("Las Casas schrieb 1550 darüber.", [("1550", "DATE", "1550")]),
        # a year of three digits after "Jahr"
        ("Die Kirche wurde im Jahr 799 geweiht.", [("Jahr 799", "DATE", "0799")]),
        ("Zu Beginn der Woche wurde verhandelt.", [("Beginn der Woche", "DATE", "2021-W51")]),
        # a day after or before the one last told of
        ("Am 4. Mai 2010 brannte es. Tags darauf kam die Polizei.",
         [("4. Mai 2010", "DATE", "2010-05-04"), ("Tags darauf", "DATE", "2010-05-05")]),
        ("Am 4. Mai 2010 brannte es. Am Folgetag kam die Polizei.",
         [("4. Mai 2010", "DATE", "2010-05-04"), ("Folgetag", "DATE", "2010-05-05")]),
        # a glance back to the day before moves the story no further back
        ("Am 4. Mai 2010 siegte sie wie schon am Tag zuvor und verteidigte den Titel vom Vortag.",
         [("4. Mai 2010", "DATE", "2010-05-04"), ("Tag zuvor", "DATE", "2010-05-03"),
          ("Vortag", "DATE", "2010-05-03")]),
        # the period figures are reported for, a year before; South Tyrol's "Trimester" is a quarter
        ("Im zweiten Quartal 2021 stieg der Umsatz gegenüber dem gleichen Zeitraum des Vorjahres.",
         [("zweiten Quartal 2021", "DATE", "2021-Q2"), ("dem gleichen Zeitraum des Vorjahres", "DATE", "2020-Q2")]),
        ("Im ersten Trimester 2020 sank der Absatz.", [("ersten Trimester 2020", "DATE", "2020-Q1")]),
        # the first count of a range takes the unit after the last, and the second count is no age
        ("Das dauert sechs bis acht Jahre.", [("sechs", "DURATION", "P6Y"), ("acht Jahre", "DURATION", "P8Y")]),
        # the evening of the day told of
        ("Am 4. Mai 2010 kam er an. Abends ging er ins Theater.",
         [("4. Mai 2010", "DATE", "2010-05-04"), ("Abends", "TIME", "2010-05-04TEV")]),
        # "heute" with a clock time in its clause is the day of writing
        ("Heute um 18.30 Uhr spricht der Minister.",
         [("Heute", "DATE", "2021-12-21"), ("18.30 Uhr", "TIME", "2021-12-21T18:30")]),
        # "heute" opening a report after its dateline is the day of writing
        ("Berlin (dpa) - Heute tritt der Bundestag zusammen.", [("Heute", "DATE", "2021-12-21")]),
        # "früher" after a count compares, it tells no past
        ("Die Wahl findet ein Jahr früher statt.", [("ein Jahr", "DURATION", "P1Y")]),
    ],
)
def test_lists_ranges_compounds_and_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, PUBLISHED, "de")] == expected


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        # an adjective between the count and the unit
        ("Er saß 17 lange Jahre in Haft.", "17 lange Jahre", "DURATION", "P17Y"),
        ("Er wohnte lange Jahre in Bozen.", "lange Jahre", "DURATION", "PXY"),
        # a count of a compound whose last part is a unit
        ("Der Urlaub entspricht 30 Arbeitstagen.", "30 Arbeitstagen", "DURATION", "P30D"),
        ("Ein knappes Jahr verging.", "Ein knappes Jahr", "DURATION", "P1Y"),
        ("Es regnete an zwei aufeinanderfolgenden Tagen.", "zwei aufeinanderfolgenden Tagen", "DURATION", "P2D"),
        ("Er wartete eine halbe Stunde.", "eine halbe Stunde", "DURATION", "PT0.5H"),
        ("Das Spiel lief noch dreieinhalb Minuten.", "dreieinhalb Minuten", "DURATION", "PT3.5M"),
        # "mit" and "von" before units other than years, months and weeks start no age
        ("Er siegte mit zwölf Sekunden Vorsprung.", "zwölf Sekunden", "DURATION", "PT12S"),
        ("Der Antrag wird innerhalb von 30 Tagen behandelt.", "30 Tagen", "DURATION", "P30D"),
        ("Die Firma hat langjährige Kunden.", "langjährige", "DURATION", "PXY"),
        ("So leben Menschen seit Jahrtausenden.", "Jahrtausenden", "DURATION", "PXL"),
        ("Die Wirtschaft wächst erst in der zweiten Jahreshälfte.", "der zweiten Jahreshälfte", "DATE", "2021-H2"),
        ("Wir beginnen um neun Uhr.", "neun Uhr", "TIME", "2021-12-21T09:00"),
        # a part of the day after a clock time sets its half of the day
        ("Der Zug kam um 8 Uhr abends an.", "8 Uhr", "TIME", "2021-12-21T20:00"),
        ("Gegen 3 Uhr morgens fiel ein Schuss.", "3 Uhr", "TIME", "2021-12-21T03:00"),
        ("Der Club trifft sich jeden zweiten Donnerstag.", "jeden zweiten Donnerstag", "SET", "XXXX-WXX-4"),
        ("In früheren Zeiten war das anders.", "früheren Zeiten", "DATE", "PAST_REF"),
        ("In der vergangenen Zeit wurde viel gebaut.", "der vergangenen Zeit", "DATE", "PAST_REF"),
        # the future and the past as adverbials; a holiday of two words
        ("Das Netz soll in Zukunft wachsen.", "Zukunft", "DATE", "FUTURE_REF"),
        ("Das gab es in der Vergangenheit oft.", "der Vergangenheit", "DATE", "PAST_REF"),
        ("Gebaut wird die Schule von morgen.", "morgen", "DATE", "FUTURE_REF"),
        ("Von morgen an gilt das Gesetz.", "morgen", "DATE", "2021-12-22"),
        ("Am Heiligen Abend schneite es.", "Heiligen Abend", "DATE", "2021-12-24"),
        # a clock time after "um" needs no "Uhr"
        ("Der zweite Lauf beginnt um 12.15 in Meran.", "12.15", "TIME", "2021-12-21T12:15"),
        # "ab" marks no future: the perfect tense decides
        ("Ich habe ab dem 20. Juli trainiert.", "20. Juli", "DATE", "2021-07-20"),
        # the simple past of a strong verb points back ("findet im Februar statt" would be the coming one)
        ("Der Gipfel fand im Februar statt.", "Februar", "DATE", "2021-02"),
        # a part of a named day
        ("In der Nacht des 14. August 2020 brannte die Halle.", "Nacht des 14. August 2020", "TIME", "2020-08-14TNI"),
        # an adjective between the shift and its unit or season
        ("Nach diesem strengen Winter blühen die Wiesen.", "diesem strengen Winter", "DATE", "2021-WI"),
        ("Im vergangenen schwierigen Jahr sank der Umsatz.", "vergangenen schwierigen Jahr", "DATE", "2020"),
        # "Morgen" opening a sentence without an article is tomorrow, not the morning
        ("Morgen beginnt der Prozess.", "Morgen", "DATE", "2021-12-22"),
        ('Er sagte: "Morgen wird gewählt."', "Morgen", "DATE", "2021-12-22"),
    ],
)
def test_adjectives_ages_halves_hours_and_references(text: str, words: str, type_: str, value: str) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, PUBLISHED, "de")] == [(words, type_, value)]


@pytest.mark.parametrize("text", ["Mit elf Wochen wurde das Kind krank.", "Der 16 Jahre jüngere Bruder kam mit.",
                                  "Rund 1500 Azubis legen die Prüfung ab.",
                                  "Kinder bis 15 Jahre zahlen nichts.", "Ein Mann von knapp über 20 Jahren kam.", "Die Zukunft der Stadt ist offen.",
                                  "Der Markt findet an 12 Montagen statt.", 'Sie lachte: "April, April!"',
                                  "Früher oder später fällt die Entscheidung.",
                                  "Der Ofen heizt auf 1200 bis 1500 Grad.",
                                  "Sie siegte im Winter-Biathlon.", "Das Sommer- und Herbstprogramm ist gedruckt.",
                                  "Der Verein lädt zum Spiele-Montag.", "Im Jahr 500 Besucher zählt das Museum.",
                                  "Kinder zwischen sechs und elf Jahren spielen mit.",
                                  "Das Mindestalter steigt von 16 Jahren auf 18 Jahre."])
def test_ages_in_weeks_age_gaps_and_counts_are_no_dates(text: str) -> None:
    assert tag(text, PUBLISHED, "de") == []


def test_this_day_is_the_day_last_told_of() -> None:
    text = "Am 1. Oktober 2003 sprach sie im Bundestag. An diesem Tag wurde es still."
    assert [t.value for t in tag(text, PUBLISHED, "de")] == ["2003-10-01", "2003-10-01"]


def test_a_weekday_told_in_the_present_after_tomorrow_is_one_of_the_days_ahead() -> None:
    """German tells the coming days in the present: a diary of the week goes on from "morgen", not back from it."""
    text = "Morgen fliegt sie nach Rom. Am Freitag trifft sie den Papst, am Samstag geht es zurück."
    assert [t.value for t in tag(text, PUBLISHED, "de")] == ["2021-12-22", "2021-12-24", "2021-12-25"]
    far = "Die Delegation reist morgen ab." + " Sie trifft dort Vertreter der Regierung." * 20 + " Am Freitag ist Ruhe."
    assert [t.value for t in tag(far, PUBLISHED, "de")] == ["2021-12-22", "2021-12-17"]


def test_a_weekday_heads_a_compound_only_with_a_part_of_the_day() -> None:
    assert tag("Das Freitagsgebet fiel aus.", PUBLISHED, "de") == []
    assert tag("Jugendliche unter 20 Jahren reisen gern.", PUBLISHED, "de") == []  # an age



@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # "ist" is the present as often as the perfect: no tense, the nearest 1 June
        ("Am 1. Juni ist die Ausstellung wieder geöffnet.", "1. Juni", "2022-06-01"),
        # the past subjunctive tells of what did not happen, in the past
        ("Am 1. Juni wäre er achtzig Jahre alt geworden.", "1. Juni", "2021-06-01"),
        ("Am 1. Juni hätten die Bauern ernten können.", "1. Juni", "2021-06-01"),
        # the auxiliary of a subordinate clause stands at its end, far from the date
        ("Über viele Jahre lieferten die Bauern an die Molkerei, bis mit dem 1. Juni die neue Partnerschaft "
         "zwischen den beiden großen Genossenschaften des Tals begonnen hat.", "1. Juni", "2021-06-01"),
    ],
)
def test_the_tense_of_the_clause_picks_the_year(text: str, words: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(text, PUBLISHED, "de")]
    assert (words, value) in found, found


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Am Palmsonntag 2021 zogen die Pilger in die Stadt.", "Palmsonntag 2021", "2021-03-28"),
        ("Zu Ostern 2015 kam er zurück.", "Ostern 2015", "2015-04-05"),
        ("Am Karfreitag 1995 blieben die Läden zu.", "Karfreitag 1995", "1995-04-14"),
        ("An Pfingsten 2019 war das Wetter schlecht.", "Pfingsten 2019", "2019-06-09"),
        ("Zu Fronleichnam 2020 fiel die Prozession aus.", "Fronleichnam 2020", "2020-06-11"),
    ],
)
def test_the_feasts_that_move_with_easter(text: str, words: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, "de")] == [(words, value)]
