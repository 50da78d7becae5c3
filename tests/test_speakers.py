"""Who speaks: an attribution's own subject."""

from __future__ import annotations

from datetime import date

from pipeline.records import text_events

PUBLISHED = date(2011, 5, 9)


def sources(text: str, trigger: str) -> list[str]:
    """The sources of the only event of a trigger in a text."""
    found = [e for e in text_events(text, PUBLISHED) if e["trigger"] == trigger]
    assert len(found) == 1, [(e["trigger"], e["sources"]) for e in text_events(text, PUBLISHED)]
    return found[0]["sources"]


def test_an_attribution_after_a_comma_is_spoken_by_its_own_subject() -> None:
    assert sources("Lavrov will travel to Madrid, the Spanish foreign ministry said.", "said") == ["Spain"]
    # a list of the subject's is no attribution
    assert sources("The United States, France and Germany said they would act.", "said")[:1] == ["United States"]
