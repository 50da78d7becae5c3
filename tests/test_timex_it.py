"""Italian dates: the rules of pipeline/resources/it/timex, on the engine every language shares."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timex import tag

PUBLISHED = date(2011, 2, 10)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday with a day of a month the text does not name: the recent month whose day it is
        ("Lunedì 7 sono stati sparati colpi.", [("Lunedì 7", "2011-02-07")]),
        ("La folla ha manifestato venerdì 28.", [("venerdì 28", "2011-01-28")]),
        ("Lunedì 24, spiega il ministro.", [("Lunedì 24", "2011-01-24")]),
        # a count after a weekday is no day, nor is the day of "un venerdì 17"
        ("Il bilancio di lunedì 23 morti.", [("lunedì", "2011-02-07")]),
        ("Scelse un venerdì 17 per partire.", [("venerdì", "2011-02-04")]),
        # the accent of a weekday written as an apostrophe
        ("Giovedi' 3 febbraio e' stato aggredito.", [("Giovedi' 3 febbraio", "2011-02-03")]),
        ("Venerdi' scorso e' stato arrestato.", [("Venerdi' scorso", "2011-02-04")]),
        # the first day of a range takes the month written after the last, with "l'" or a weekday before a day
        ("Fra il 7 e l'8 febbraio la folla ha manifestato.",
         [("Fra il 7", "2011-02-07"), ("8 febbraio", "2011-02-08")]),
        ("Tra il 15 e il 17 gennaio la folla ha manifestato.",
         [("Tra il 15", "2011-01-15"), ("il 17 gennaio", "2011-01-17")]),
        ("Sabato 5 e domenica 6 febbraio si è votato.",
         [("Sabato 5", "2011-02-05"), ("domenica 6 febbraio", "2011-02-06")]),
        # weekdays and day words by the tense and the word that says which one
        ("Il 17 gennaio scorso la folla ha manifestato.", [("Il 17 gennaio scorso", "2011-01-17")]),
        ("Giovedì scorso la folla ha manifestato.", [("Giovedì scorso", "2011-02-03")]),
        ("L'altro ieri la folla ha manifestato.", [("L'altro ieri", "2011-02-08")]),
    ],
)
def test_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, "it")] == expected
