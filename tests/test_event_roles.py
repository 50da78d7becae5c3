"""Who acts on whom: the target a condition, a passive phrase, an ambiguous city or a state's own affairs names."""

from __future__ import annotations

from datetime import date

from pipeline.records import text_events

PUBLISHED = date(2022, 3, 4)


def test_a_passive_phrase_makes_its_subject_the_target() -> None:
    sources, targets = roles("A Peruvian diplomat has been put under investigation in Chile.", "ACCUSE")
    assert "Peru" not in sources and "Peru" in targets


def test_an_ambiguous_city_is_the_state_its_sentence_names() -> None:
    assert roles("Syrian troops shelled Tripoli, the north Lebanese port.", "ASSAULT")[1] == ["Lebanon"]
    assert roles("Rebels shelled Tripoli on Monday.", "ASSAULT")[1] == ["Libya"]
