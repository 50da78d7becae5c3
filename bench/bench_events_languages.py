"""Events read from ML-Crisis articles per language: events per article, share with a source, words per second."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.records import text_events  # noqa: E402

_CRISIS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ml_crisis"


def sample(language: str, per_topic: int) -> list[tuple[str, date]]:
    """The first articles of each topic folder (by day, then name), with their publication days."""
    found = []
    for topic in sorted(p for p in (_CRISIS / language).iterdir() if p.is_dir() and p.name != "reference"):
        files = sorted(topic.glob("*/*.txt"))[:per_topic]
        found += [(f.read_text(encoding="utf-8"), date.fromisoformat(f.parent.name)) for f in files]
    return found


def measure(language: str, articles: list[tuple[str, date]]) -> dict[str, float]:
    """Events per article, the share of events with a source, and words per second."""
    words = sum(len(text.split()) for text, _ in articles)
    began = time.perf_counter()
    events = [e for text, published in articles for e in text_events(text, published, language)]
    seconds = time.perf_counter() - began
    sourced = sum(1 for e in events if e["sources"])
    return {"articles": len(articles), "events_per_article": len(events) / len(articles),
            "with_source": sourced / max(1, len(events)), "words_per_second": words / seconds}


def main() -> None:
    """Print the figures of each language."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("languages", nargs="*", default=["es", "fr", "it"])
    parser.add_argument("--per-topic", type=int, default=25)
    args = parser.parse_args()
    for language in args.languages:
        articles = sample(language, args.per_topic)
        measure(language, articles[:2])  # warm-up: resources read once
        figures = measure(language, articles)
        print(language, " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
