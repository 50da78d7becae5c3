"""Russian dates: table tests, the explicit and counted ones cross-checked against dateparser's Russian data."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from dateparser.date import DateDataParser

from pipeline.timex import tag
from pipeline.timex.values import write

PUBLISHED = date(2021, 12, 21)  # a Tuesday

# Sentence and the words of its one expression: dateparser, reading those words in Russian against the same
# publication date, gives the day and the period the value must name.
CROSS_CHECKED = [
    ("3 марта 2021 года президент подписал указ.", "3 марта 2021 года"),
    ("Договор был подписан 10.05.2019 в Минске.", "10.05.2019"),
    ("Переговоры прошли 15 июня, сообщил МИД.", "15 июня"),
    ("Война началась 1 сентября 1939 года.", "1 сентября 1939 года"),
    ("Три года назад он был в Москве.", "Три года назад"),
    ("Через два дня начнутся переговоры.", "Через два дня"),
    ("Вчера министр заявил об этом.", "Вчера"),
    ("Посол прибыл позавчера.", "позавчера"),
    ("Делегация прилетела в пятницу.", "пятницу"),
]


def _dateparser_value(words: str) -> str:
    """The TIMEX3 value dateparser's Russian data gives the words, at the period it reads them at."""
    base = datetime(PUBLISHED.year, PUBLISHED.month, PUBLISHED.day)
    data = DateDataParser(languages=["ru"], settings={"RELATIVE_BASE": base}).get_date_data(words)
    assert data.date_obj is not None, words
    return write(data.date_obj.date(), data.period)


@pytest.mark.parametrize(("text", "words"), CROSS_CHECKED)
def test_agrees_with_dateparser(text: str, words: str) -> None:
    found = tag(text, PUBLISHED, "ru")
    assert [(t.text, t.value) for t in found] == [(words, _dateparser_value(words))]


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        # what dateparser leaves unread: inflected months alone, shifted units, parts of a month
        ("Переговоры пройдут в январе.", "январе", "DATE", "2022-01"),
        ("На прошлой неделе министр заявил об этом.", "прошлой неделе", "DATE", "2021-W50"),
        ("Встреча состоится в следующем месяце.", "следующем месяце", "DATE", "2022-01"),
        ("В начале сентября 1939 года началась война.", "начале сентября 1939 года", "DATE", "1939-09"),
        ("Саммит пройдёт в пятницу.", "пятницу", "DATE", "2021-12-24"),  # future tense: the coming one
        ("Вчера вечером произошёл взрыв.", "Вчера вечером", "TIME", "2021-12-20TEV"),
        ("Сейчас ситуация спокойная.", "Сейчас", "DATE", "PRESENT_REF"),
        ("Переговоры длились пять дней.", "пять дней", "DURATION", "P5D"),
        ("В 2020 году экономика упала.", "2020 году", "DATE", "2020"),
    ],
)
def test_expression(text: str, words: str, type_: str, value: str) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, PUBLISHED, "ru")] == [(words, type_, value)]


@pytest.mark.parametrize("text", ["Армия насчитывала 1500 солдат.", "В зале было 2000 человек."])
def test_counts_are_no_years(text: str) -> None:
    assert tag(text, PUBLISHED, "ru") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a range of days: its first day is a date of the month written after it
        ("Бои 23 — 27 февраля 1942 года шли.", [("23", "1942-02-23"), ("27 февраля 1942 года", "1942-02-27")]),
        ("Переговоры 11-12 февраля 1945 года закончились.",
         [("11", "1945-02-11"), ("12 февраля 1945 года", "1945-02-12")]),
        # years before the Common Era
        ("В 449 до н. э. афиняне заключили мир.", [("449 до н. э.", "BC0449")]),
        ("Книга написана в 440-430 годах до н. э.", [("440", "BC0440"), ("430 годах до н. э.", "BC0430")]),
    ],
)
def test_ranges_of_days_and_years_before_the_era(text: str, values: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, "ru")] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("В 1956-1957 годах бои шли.", [("1956", "1956"), ("1957", "1957")]),  # a range of years: two dates
        ("Наступление началось 14.5.1918 на рассвете.", [("14.5.1918", "1918-05-14")]),  # a one-digit month
    ],
)
def test_ranges_of_years_and_short_numeric_dates(text: str, values: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, "ru")] == values
