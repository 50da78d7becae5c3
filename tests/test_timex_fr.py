"""French dates: the rules of pipeline/resources/fr/timex, on the engine every language shares."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timex import tag

PUBLISHED = date(2011, 2, 10)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday with a day of a month the text does not name: the recent month whose day it is
        ("Le mardi 25, la foule a manifesté.", [("Le mardi 25", "2011-01-25")]),
        ("La foule a manifesté vendredi 28.", [("vendredi 28", "2011-01-28")]),
        ("La foule a défilé mardi 1er, puis mercredi 2.",
         [("mardi 1er", "2011-02-01"), ("mercredi 2", "2011-02-02")]),
        ("Le vendredi 4 ; l'appel a circulé.", [("Le vendredi 4", "2011-02-04")]),
        # a count after a weekday is no day, nor is the day of "un vendredi 13"
        ("Les combats ont fait lundi 23 morts.", [("lundi", "2011-02-07")]),
        ("Ils sont arrivés un vendredi 13 à Paris.", [("vendredi", "2011-02-04")]),
        # the first day of a range written with its weekday takes the month written after the last
        ("Samedi 5 et dimanche 6 février, la foule a manifesté.",
         [("Samedi 5", "2011-02-05"), ("dimanche 6 février", "2011-02-06")]),
        ("Du 25 au 28 janvier, la foule a manifesté.", [("Du 25", "2011-01-25"), ("28 janvier", "2011-01-28")]),
        # weekdays and day words by the tense and the word that says which one
        ("Dimanche dernier, la foule a manifesté.", [("Dimanche dernier", "2011-02-06")]),
        ("Ce vendredi, la foule manifestera.", [("vendredi", "2011-02-11")]),
        ("Avant-hier, la foule a manifesté.", [("Avant-hier", "2011-02-08")]),
        ("Mardi 25 janvier, la foule a manifesté.", [("Mardi 25 janvier", "2011-01-25")]),
        ("Le 25 janvier dernier, la foule a manifesté.", [("Le 25 janvier dernier", "2011-01-25")]),
        # the future of an irregular verb is no past: the weekday to come
        ("La réunion se tiendra mardi à Londres.", [("mardi", "2011-02-15")]),
        ("Le ministre ira lundi à Rome.", [("lundi", "2011-02-14")]),
        ("Le président fera samedi une déclaration.", [("samedi", "2011-02-12")]),
    ],
)
def test_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, "fr")] == expected
