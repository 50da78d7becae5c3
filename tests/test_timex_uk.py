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
