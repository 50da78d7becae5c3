"""Languages without resources: numeric dates alone, and nothing crashes on right-to-left or CJK text."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timex import tag

PUBLISHED = date(2021, 12, 21)


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("وقّع الطرفان الاتفاق في 2021-12-20 في جنيف", "ar", [("2021-12-20", "2021-12-20")]),
        ("הפגישה נערכה ב-20.12.2021 בירושלים", "he", [("20.12.2021", "2021-12-20")]),
        ("会谈于20.12.2021举行，下一轮定于2022/01/05。", "zh", [("20.12.2021", "2021-12-20"), ("2022/01/05", "2022-01-05")]),
        ("会谈于12月20日举行", "zh", []),  # words of a language without resources are not read
        ("Die Gespräche fanden am 2021-12-20 statt.", "xx", [("2021-12-20", "2021-12-20")]),
    ],
)
def test_numeric_dates_in_languages_without_resources(text: str, language: str, found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, PUBLISHED, language)] == found


@pytest.mark.parametrize("language", ["../en", "EN", "", "en/../de"])
def test_a_language_code_is_never_a_path(language: str) -> None:
    assert tag("Talks were held on December 20.", PUBLISHED, language) == []


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
@pytest.mark.parametrize("text", ["\u202eمرحبا 2021-12-20\u202c", "第二次会议2021年12月20日", "\u0000\ufeff\u200f", "ｌａｓｔ ｙｅａｒ"])
def test_nothing_crashes_on_other_scripts(text: str, language: str) -> None:
    for found in tag(text, PUBLISHED, language):
        assert text[found.start:found.end] == found.text
