"""The eval gate: scores on the gold corpora in ../shared/eval must not fall below the pinned baseline."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from pathlib import Path

import pytest

from pipeline.eval.scoring import Scores
from pipeline.eval.timex_eval import score_folder
from tests.shared import shared

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))
TOLERANCE = BASELINE["tolerance"]
PINNED = [(corpus, metric, value) for corpus, metrics in BASELINE["timex"].items() for metric, value in metrics.items()]


@cache
def _scores(corpus: str) -> Scores:
    """The tagger's scores on one corpus, computed once per test session."""
    return score_folder(shared(f"eval/{corpus}"))


@pytest.mark.parametrize(("corpus", "metric", "pinned"), PINNED, ids=[f"{c}:{m}" for c, m, _ in PINNED])
def test_score_holds(corpus: str, metric: str, pinned: float) -> None:
    reached = asdict(_scores(corpus))[metric]
    assert reached >= pinned - TOLERANCE, f"{corpus} {metric} fell to {reached:.3f} (pinned {pinned:.3f})"


def test_baseline_names_known_metrics() -> None:
    known = set(Scores.__dataclass_fields__)
    assert {metric for _, metric, _ in PINNED} <= known
