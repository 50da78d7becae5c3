"""Accuracy and speed of language detectors that ship their model, on eval texts of known language."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: `python bench/bench_language.py`

from pipeline.language import detect  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
# (language, files): up to 40 documents of each, cut into a long (1,000 characters) and a short (100) sample
SOURCES = [("de", "krauts_de/KRAUTS_DieZeit_raw-text/*"), ("de", "krauts_de/KRAUTS_Dolomiten-100_raw-text/*"),
           ("uk", "wikiwars_uk/in/*"), ("es", "ml_crisis/es/*/*/*.txt"), ("fr", "ml_crisis/fr/*/*/*.txt"),
           ("it", "ml_crisis/it/*/*/*.txt"), ("en", "tempeval3/TBAQ-cleaned/TimeBank/*.tml")]


def samples() -> list[tuple[str, str, str]]:
    """(language, length label, text) for every document read."""
    found = []
    for language, pattern in SOURCES:
        for file in sorted(EVAL.glob(pattern))[:40]:
            text = " ".join(re.sub(r"<[^>]+>", " ", file.read_text(encoding="utf-8", errors="replace")).split())
            found += [(language, "long", text[200:1200]), (language, "short", text[200:300])]
    return found


def candidates() -> dict[str, Callable[[str], str]]:
    """The project's detector and every other one installed."""
    found: dict[str, Callable[[str], str]] = {"py3langid (pipeline.language)": detect}
    try:
        from lingua import LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_all_languages().build()
        found["lingua, all languages"] = lambda t: (r.iso_code_639_1.name.lower() if (r := lingua.detect_language_of(t)) else "")
    except ImportError:
        print("lingua-language-detector not installed: left out")
    try:
        import langdetect

        langdetect.DetectorFactory.seed = 0
        found["langdetect"] = langdetect.detect
    except ImportError:
        print("langdetect not installed: left out")
    return found


def main() -> int:
    """Print each detector's accuracy on long and short samples and its milliseconds per text."""
    texts = samples()
    if not texts:
        print(f"{EVAL} is absent: nothing to measure")
        return 0
    print(f"{len(texts)} samples in {len({t[0] for t in texts})} languages")
    for name, run in candidates().items():
        run("warm-up text of a few words")
        right = {"long": 0, "short": 0}
        started = time.process_time()
        for language, length, text in texts:
            right[length] += run(text) == language
        ms = (time.process_time() - started) / len(texts) * 1000
        half = len(texts) / 2
        print(f"{name:32s} long {right['long'] / half:.3f}  short {right['short'] / half:.3f}  {ms:.2f} ms/text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
