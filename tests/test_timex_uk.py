"""Ukrainian dates: inflected month and unit words read through simplemma's dictionary, anchored to the narrative."""

from __future__ import annotations

import pytest

from pipeline.timex import tag


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("1 вересня 1939 року Німеччина напала на Польщу.", [("1 вересня 1939", "1939-09-01")]),
        ("Наступ почався 1 вересня 1939 року. 17 вересня вступили радянські війська.",
         [("1 вересня 1939", "1939-09-01"), ("17 вересня", "1939-09-17")]),
        ("У червні 1941 почалася війна. У жовтні бої йшли під Москвою.",
         [("червні 1941", "1941-06"), ("жовтні", "1941-10")]),
        ("Бої почалися 1 вересня 1939. Наступного дня фронт прорвали.",
         [("1 вересня 1939", "1939-09-01"), ("Наступного дня", "1939-09-02")]),
        ("На початку березня 1940 підписали мир.", [("початку березня 1940", "1940-03")]),
        ("Облога тривала три тижні.", [("три тижні", "P3W")]),
        ("Це сталося 22 червня 1941. Через три дні місто впало.",
         [("22 червня 1941", "1941-06-22"), ("Через три дні", "1941-06-25")]),
    ],
)
def test_narrative(text: str, values: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, None, "uk")] == values


def test_a_year_counted_as_a_number_is_no_duration() -> None:
    assert [(t.text, t.type) for t in tag("Це було в 1936 році.", None, "uk")] == [("1936", "DATE")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a range of days: its first day is a date of the month written after it
        ("Бої 23 — 27 лютого 1942 тривали.", [("23", "1942-02-23"), ("27 лютого 1942", "1942-02-27")]),
        ("Переговори 11-12 лютого 1945 закінчилися.", [("11", "1945-02-11"), ("12 лютого 1945", "1945-02-12")]),
        # years before the Common Era
        ("У 449 до н. е. афіняни уклали мир.", [("449 до н. е.", "BC0449")]),
        ("У 478 році до н. е. виник союз.", [("478 році до н. е.", "BC0478")]),
        ("Книгу написано в 440-430 роках до н. е.", [("440", "BC0440"), ("430 роках до н. е.", "BC0430")]),
        ("Навесні 490 до н. е. перси висадилися.", [("Навесні 490 до н. е.", "BC0490-SP")]),
    ],
)
def test_ranges_of_days_and_years_before_the_era(text: str, values: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, None, "uk")] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("У 1956-1957 роках бої тривали.", [("1956", "1956"), ("1957", "1957")]),  # a range of years: two dates
        ("Наступ почався 14.5.1918 на світанку.", [("14.5.1918", "1918-05-14")]),  # a one-digit month
    ],
)
def test_ranges_of_years_and_short_numeric_dates(text: str, values: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, None, "uk")] == values
