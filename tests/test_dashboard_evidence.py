"""The evidence panel: marked date and actor words, escaped text, and how each date was read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard import articles, evidence


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


ARTICLE_TEXT = ("The talks were announced on May 24. Russia and Ukraine met in Istanbul. "
                "Both sides agreed to meet again. No date was set.")


def article_record(tmp_path: Path, **extra: object) -> dict:
    """An event of a one-article JSONL file: 'Russia and Ukraine met', dated by words of the sentence before."""
    path = tmp_path / "talks.jsonl"
    path.write_text(json.dumps({"id": "talks-1", "title": "Talks", "text": ARTICLE_TEXT}) + "\n", encoding="utf-8")
    sentence = "Russia and Ukraine met in Istanbul."
    start = ARTICLE_TEXT.index(sentence)
    return {"article_id": "talks-1", "path": str(path), "sentence": sentence, "sentence_start": start,
            "date_text": "May 24", "date_offset": ARTICLE_TEXT.index("May 24"), **extra}


def test_context_gives_neighbours_and_the_date_sentence(tmp_path: Path) -> None:
    record = articles.with_context(article_record(tmp_path))
    assert record["before"] == "The talks were announced on May 24."
    assert record["after"] == "Both sides agreed to meet again."
    assert record["date_sentence"] == "The talks were announced on May 24." and record["date_elsewhere"]
    assert "another sentence" in evidence.derivation({**record, "date": "2022-05-24", "date_basis": "explicit",
                                                      "precision": "day", "published": date(2022, 6, 3)})
    assert '<mark class="date"' in evidence.date_sentence_html(record)


def test_context_is_empty_when_the_article_file_is_gone(tmp_path: Path) -> None:
    record = articles.with_context(article_record(tmp_path, path=str(tmp_path / "gone.jsonl")))
    assert record["before"] == record["after"] == "" and record["date_sentence"] is None
    assert record["date_elsewhere"]  # still said, though the sentence cannot be shown


def test_trigger_is_marked_from_its_offsets_or_its_words() -> None:
    sentence = "Russia and Ukraine met in Istanbul."
    record = {"sentence": sentence, "sentence_start": 100, "trigger": "met", "trigger_start": 119,
              "trigger_end": 122, "date_text": "",
              "actor_words": [{"actor": "Russia", "text": "Russia", "role": "source"}]}
    html_text = evidence.evidence_html({**record, "before": "Before.", "after": "After."})
    assert '<mark class="trigger" style="background:#c8f0c0;font-weight:600">met</mark>' in html_text
    assert html_text.index("Before.") < html_text.index("Russia") < html_text.index("After.")
    without_offsets = {**record, "trigger_start": None, "trigger_end": float("nan")}
    assert evidence.trigger_spans(without_offsets) == [(19, 22, "trigger")]


@pytest.mark.parametrize(
    ("last", "expected"),
    [("table", ["row"]), ("timeline", ["mark"]), (None, ["mark"]), ("gone", ["mark"])],
)
def test_the_last_selection_wins(last: str | None, expected: list[str]) -> None:
    assert evidence.last_selection({"timeline": ["mark"], "table": ["row"]}, last) == expected
    assert evidence.last_selection({"timeline": [], "table": ["row"]}, "timeline") == ["row"]


def test_article_and_roles_are_told() -> None:
    record = {"title": "<Talks>", "source": "State", "published": date(2022, 6, 3),
              "actor_words": [{"actor": "Russia", "role": "source"}, {"actor": "Ukraine", "role": "target"},
                              {"actor": "Turkey", "role": "other"}]}
    assert evidence.article_html(record) == (
        '<div class="article"><b>&lt;Talks&gt;</b><br><small>State · published 2022-06-03</small></div>')
    assert evidence.roles_line(record) == "Russia → Ukraine; also Turkey"
    assert evidence.roles_line({"actor_words": []}) == "none"
