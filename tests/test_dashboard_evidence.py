"""The evidence panel: marked date and actor words, escaped text, and how each date was read."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard import evidence


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("NATO will meet Russia next month.", [("next month", "date"), ("NATO", "actor"), ("Russia", "actor")],
         [(0, 4, "actor"), (15, 21, "actor"), (22, 32, "date")]),
        ("Russia and russia", [("Russia", "actor")], [(0, 6, "actor"), (11, 17, "actor")]),
        ("the United States said", [("United States", "actor"), ("States", "actor")], [(4, 17, "actor")]),
        ("no words here", [("", "date"), ("Kyiv", "actor")], []),
    ],
)
def test_find_spans(text: str, words: list[tuple[str, str]], expected: list[tuple[int, int, str]]) -> None:
    assert evidence.find_spans(text, words) == expected


def test_highlight_escapes_everything_but_its_own_marks() -> None:
    text = '<script>alert(1)</script> Russia said "on <b>Monday</b>" & left'
    out = evidence.highlight(text, [("Monday", "date"), ("Russia", "actor")])
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "&lt;b&gt;" in out and "&amp; left" in out
    assert '<mark class="date" style="background:#ffe08a">Monday</mark>' in out
    assert out.count("<mark") == 2


def test_event_words_come_from_date_text_and_actor_text() -> None:
    record = {"date_text": "next month", "actor_words": [{"actor": "NATO", "text": "the Alliance"},
                                                         {"actor": "Russia", "text": ""}]}
    assert evidence.event_words(record) == [("next month", "date"), ("the Alliance", "actor"), ("Russia", "actor")]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"date": "2022-01", "date_text": "next month", "date_basis": "relative", "precision": "month",
          "published": date(2021, 12, 21)}, "'next month' in an article of 2021-12-21 -> 2022-01 (month)"),
        ({"date": "2022-02-24", "date_text": "February 24, 2022", "date_basis": "explicit", "precision": "day",
          "published": date(2022, 3, 1)}, "'February 24, 2022' written in full -> 2022-02-24 (day)"),
        ({"date": "2022-03-02", "date_text": "", "date_basis": "publication", "precision": "day",
          "published": date(2022, 3, 2)},
         "no date in the sentence: the article's publication date 2022-03-02 -> 2022-03-02"),
        ({"date": "2022", "date_text": "last year", "date_basis": "relative", "precision": "year",
          "published": None}, "'last year' in an article of unknown -> 2022 (year)"),
    ],
)
def test_derivation_explains_the_date(record: dict, expected: str) -> None:
    assert evidence.derivation(record) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://www.state.gov/x/", "https://www.state.gov/x/"), ("HTTP://example.org", "HTTP://example.org"),
     ("javascript:alert(1)", None), ("file:///etc/passwd", None), ("", None), (None, None)],
)
def test_only_web_links_are_offered(url: str | None, expected: str | None) -> None:
    assert evidence.web_link(url) == expected
