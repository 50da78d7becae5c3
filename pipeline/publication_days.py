"""How an event's day stands to its article's publication day: the same day or the one before, the next day, the
next day of a live page, a schedule published ahead of its day."""

from __future__ import annotations

from datetime import date

from pipeline.clauses import Rules
from pipeline.event_dates import Dating
from pipeline.model import Article, Timex
from pipeline.timex import live_page, told_ahead


def scheduled(rules: Rules, article: Article) -> bool:
    """Whether an article is a schedule published ahead of its day ("Public Schedule – August 5, 2021")."""
    title = article.title.lower()
    return any(words in title for words in rules.schedule_titles)


def within_a_day(dating: Dating, published: date | None) -> bool:
    """Whether a dating's day is the publication day or the day before (True when either is unknown)."""
    return dating.start is None or published is None or 0 <= (published - dating.start).days <= 1


def next_day(dating: Dating, published: date | None) -> bool:
    """Whether a dating is the one day after publication: an evening's story quotes the next morning's paper
    ("said in an editorial on Saturday, April 25" in a story filed on the Friday night)."""
    return (dating.precision == "day" and dating.start is not None and published is not None
            and (dating.start - published).days == 1)


def live_next_day(article: Article, found: tuple[Timex, Dating] | None, dating: Dating) -> bool:
    """Whether a dating is the day after publication on a live page updated past its date, its clause telling of
    nothing to come: that day's news, told as it happens, neither expected nor a past act anchored on the wrong day."""
    language = article.language or "en"
    return next_day(found[1] if found else dating, article.published) and live_page(article.text, language) and (
        found is None or not told_ahead(article.text, found[0], language))
