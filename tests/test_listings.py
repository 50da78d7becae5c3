"""Listing pages: excerpts of other articles ending in a "read more" link are not the page's own report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.furniture import excerpts, is_excerpt, outside
from pipeline.records import text_events


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("Il ministro ha incontrato oggi il suo omologo...leggi tutto »", "it", True),
        ("Talks resumed in Geneva on Monday, officials said… Read more", "en", True),
        ("Les négociations reprennent à Genève. Lire la suite →", "fr", True),
        ("Las conversaciones se reanudan en Ginebra [leer más]", "es", True),
        ("Il ministro ha letto tutto il rapporto.", "it", False),
        ("Analysts urged readers to read more carefully.", "en", False),
        ("She said she wanted to spread more", "en", False),  # "read more" must stand as words of its own
        ("Talks resumed in Geneva... Read more", "xx", False),  # a language without the list finds none
    ],
)
def test_a_line_ending_in_a_read_more_link_is_an_excerpt(line: str, language: str, expected: bool) -> None:
    assert is_excerpt(line, language) is expected


def test_excerpts_are_the_lines_of_a_listing_and_spans_in_them_are_left_out() -> None:
    text = "Own report.\nTeaser one... read more »\nOwn again.\nTeaser two… Read more\n"
    found = excerpts(text, "en")
    assert [text[a:b] for a, b in found] == ["Teaser one... read more »", "Teaser two… Read more"]
    spans = [(0, 11), (12, 37), (38, 48), (49, 70)]
    assert outside(spans, found) == [(0, 11), (38, 48)]
    assert outside(spans, []) == spans


def test_an_excerpt_on_a_listing_page_gives_no_event() -> None:
    own = "Russia and Ukraine signed an agreement on March 3, 2022."
    excerpt = "Russia attacked Ukraine on February 24, 2022, officials said... read more »"
    events = text_events(f"{own}\n{excerpt}\n", date(2022, 3, 4))
    assert events and {e["sentence"] for e in events} == {own}
    # the same sentence outside a listing gives its events: the attack of its day, the officials' words of the article's
    alone = text_events(f"{excerpt.removesuffix('... read more »')}.\n", date(2022, 3, 4))
    assert {e["trigger"]: e["date"] for e in alone} == {"attacked": "2022-02-24", "said": "2022-03-04"}


def test_crisis_reading_counts_a_repeated_passage_once_and_no_plan(tmp_path: Path) -> None:
    from pipeline.eval import ml_crisis

    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "egypt.txt").write_text("2011-02-11\nMubarak dimite.\n" + "-" * 32 + "\n", encoding="utf-8")
    sidebar = "Il ministro annuncia il piano per il 3 febbraio 2011 davanti al Parlamento."
    articles = {
        "2011-02-12": [f"Mubarak si è dimesso l'11 febbraio 2011.\n{sidebar}",
                       f"Il presidente ha lasciato il potere l'11 febbraio 2011.\n{sidebar}",
                       f"La piazza ha festeggiato a lungo dopo l'annuncio.\n{sidebar}"],
        "2011-02-01": ["Le elezioni si terranno il 10 febbraio 2011, dice il governo del Cairo."],
    }
    for day, texts in articles.items():
        for number, text in enumerate(texts):
            (tmp_path / "egypt" / day).mkdir(parents=True, exist_ok=True)
            (tmp_path / "egypt" / day / f"{number}.txt").write_text(text, encoding="utf-8")
    votes, _, _ = ml_crisis.tally((day, ml_crisis.mentioned_days(path, day))
                                  for path, day in ml_crisis.read_collection(tmp_path, "egypt")[0])
    # the sidebar three pages repeat is one report; the election named ten days ahead is a plan
    assert votes == {date(2011, 2, 11): 2, date(2011, 2, 3): 1}


@pytest.mark.parametrize(
    ("stamp", "report"),
    [
        ("Publié le 24 septembre 2012 à 12h40 - Mis à jour le 25 septembre 2012",
         "Les rebelles ont pris la ville le 20 septembre 2012."),
        ("Mis à jour le 25/09/2012 | 10:45", "Les rebelles ont pris la ville le 20 septembre 2012."),
        ("Par Jeanne Martin Publié le 24 septembre 2012 à 12h40 - Mis à jour le 25 septembre 2012 à 08h10",
         "Les rebelles ont pris la ville le 20 septembre 2012."),
        ("Paul Durand — 24 septembre 2012 à 23h49 — mis à jour le 25 septembre 2012 à 9h07",
         "Les rebelles ont pris la ville le 20 septembre 2012."),
        ("Questo articolo è stato pubblicato il 25 settembre 2012 alle ore 13:57.",
         "I ribelli hanno preso la città il 20 settembre 2012."),
        ("(Aggiornato alle 04:28 del 25 settembre 2012)", "I ribelli hanno preso la città il 20 settembre 2012."),
        ("Publicado el 25 de septiembre de 2012", "Los rebeldes tomaron la ciudad el 20 de septiembre de 2012."),
    ],
)
def test_crisis_reading_leaves_out_a_pages_stamp_of_its_publication(tmp_path: Path, stamp: str, report: str) -> None:
    from pipeline.eval import ml_crisis

    path = tmp_path / "page.txt"
    path.write_text(f"{stamp}\n{report}\n", encoding="utf-8")
    assert [day for day, _, _ in ml_crisis.mentioned_days(path, date(2012, 9, 25))] == [date(2012, 9, 20)]
