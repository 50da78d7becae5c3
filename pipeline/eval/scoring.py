"""TempEval-3 Task A scoring: strict and relaxed extent F1, value and type accuracy, value F1."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.model import Timex


@dataclass(frozen=True, slots=True)
class Error:
    """One disagreement: kind is missed, spurious, value, type or extent; gold or system may be absent."""

    doc: str
    kind: str
    gold: Timex | None
    system: Timex | None


@dataclass(slots=True)
class Counts:
    """Match counts summed over documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[Error] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Add another document's counts to these."""
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


@dataclass(frozen=True, slots=True)
class Scores:
    """The TempEval-3 figures; value F1 (value accuracy x relaxed F1) ranks systems."""

    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_accuracy: float
    value_f1: float
    type_accuracy: float


def match(doc: str, gold: list[Timex], system: list[Timex]) -> Counts:
    """Pair gold and system expressions one-to-one (identical extents first, then overlaps) and count."""
    pairs = _pairs(gold, system)
    counts = Counts(gold=len(gold), system=len(system), relaxed=len(pairs))
    for g, s in pairs:
        counts.strict += (g.start, g.end) == (s.start, s.end)
        counts.value += g.value == s.value
        counts.type += g.type == s.type
        for kind, wrong in (("extent", (g.start, g.end) != (s.start, s.end)), ("value", g.value != s.value),
                            ("type", g.type != s.type)):
            if wrong:
                counts.errors.append(Error(doc, kind, g, s))
    paired_gold = {id(g) for g, _ in pairs}
    paired_system = {id(s) for _, s in pairs}
    counts.errors += [Error(doc, "missed", g, None) for g in gold if id(g) not in paired_gold]
    counts.errors += [Error(doc, "spurious", None, s) for s in system if id(s) not in paired_system]
    return counts


def scores(counts: Counts) -> Scores:
    """Precision, recall and F1 for strict and relaxed extents, with value and type accuracy."""
    strict_p, strict_r, strict_f1 = _prf(counts.strict, counts.system, counts.gold)
    relaxed_p, relaxed_r, relaxed_f1 = _prf(counts.relaxed, counts.system, counts.gold)
    value_accuracy = _ratio(counts.value, counts.relaxed)
    return Scores(strict_p, strict_r, strict_f1, relaxed_p, relaxed_r, relaxed_f1, value_accuracy,
                  value_accuracy * relaxed_f1, _ratio(counts.type, counts.relaxed))


def _pairs(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs: identical extents first, then the largest overlaps, each expression used once."""
    exact = {(s.start, s.end): s for s in system}
    pairs = [(g, exact[(g.start, g.end)]) for g in gold if (g.start, g.end) in exact]
    used_gold = {id(g) for g, _ in pairs}
    used_system = {id(s) for _, s in pairs}
    overlaps = sorted(
        ((_overlap(g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
         if id(g) not in used_gold and id(s) not in used_system and _overlap(g, s) > 0),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    for _, gi, si in overlaps:
        if id(gold[gi]) not in used_gold and id(system[si]) not in used_system:
            pairs.append((gold[gi], system[si]))
            used_gold.add(id(gold[gi]))
            used_system.add(id(system[si]))
    return pairs


def _overlap(a: Timex, b: Timex) -> int:
    """Characters the two extents share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and their harmonic mean."""
    precision, recall = _ratio(correct, predicted), _ratio(correct, gold)
    return precision, recall, _ratio(2 * precision * recall, precision + recall)


def _ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, 0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0
