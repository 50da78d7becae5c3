"""TempEval-3 Task A scoring, the TimeML reader and the `timex` evaluation command."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.eval import timeml
from pipeline.eval.scoring import Counts, match, scores
from pipeline.eval.timex_eval import main
from pipeline.model import Timex


def t(start: int, end: int, value: str = "2021-12-21", type_: str = "DATE") -> Timex:
    """An expression at the given offsets (its words do not matter to the scorer)."""
    return Timex("x" * (end - start), start, end, type_, value)


@pytest.mark.parametrize(
    ("gold", "system", "strict", "relaxed", "value", "type_"),
    [
        ([t(0, 5)], [t(0, 5)], 1, 1, 1, 1),  # identical
        ([t(0, 5)], [t(2, 9)], 0, 1, 1, 1),  # overlapping extents match relaxed only
        ([t(0, 5)], [t(5, 9)], 0, 0, 0, 0),  # touching is not overlapping
        ([t(0, 5, "2021-W50")], [t(0, 5, "2021-12-21")], 1, 1, 0, 1),  # no credit for a close value
        ([t(0, 5, "P8Y", "DURATION")], [t(0, 5, "P8Y", "DATE")], 1, 1, 1, 0),  # right value, wrong type
        ([t(0, 10)], [t(0, 4), t(5, 10)], 0, 1, 1, 1),  # one-to-one: one system expression pairs
        ([t(0, 4), t(5, 10)], [t(0, 10)], 0, 1, 1, 1),  # ...and one gold expression
        ([t(0, 4), t(5, 10)], [t(3, 10), t(0, 4)], 1, 2, 2, 2),  # exact pairs are made first
    ],
)
def test_match_counts(gold: list[Timex], system: list[Timex], strict: int, relaxed: int, value: int,
                      type_: int) -> None:
    counts = match("doc", gold, system)
    assert (counts.strict, counts.relaxed, counts.value, counts.type) == (strict, relaxed, value, type_)
    assert (counts.gold, counts.system) == (len(gold), len(system))


def test_scores_follow_tempeval3() -> None:
    # 4 gold, 5 system; 3 relaxed matches of which 2 strict; 2 right values and 3 right types.
    counts = Counts(gold=4, system=5, strict=2, relaxed=3, value=2, type=3)
    s = scores(counts)
    assert (s.strict_p, s.strict_r) == pytest.approx((2 / 5, 2 / 4))
    assert (s.relaxed_p, s.relaxed_r) == pytest.approx((3 / 5, 3 / 4))
    assert s.relaxed_f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert s.value_accuracy == pytest.approx(2 / 3)
    assert s.value_f1 == pytest.approx(2 / 3 * s.relaxed_f1)
    assert s.type_accuracy == pytest.approx(1.0)


def test_scores_of_nothing_are_zero() -> None:
    assert scores(Counts()).value_f1 == 0.0


def test_errors_name_each_disagreement() -> None:
    gold = [t(0, 5, "2022-01"), t(10, 15), t(20, 25)]
    system = [t(0, 7, "2021-01"), t(20, 25), t(30, 33)]
    kinds = sorted(e.kind for e in match("doc", gold, system).errors)
    assert kinds == ["extent", "missed", "spurious", "value"]


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>talks</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-12-21" functionInDocument="CREATION_TIME">21 Dec</TIMEX3></DCT>
<TEXT>
Envoys &amp; ministers <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-12-20">yesterday</TIMEX3> \
and will meet again <TIMEX3 tid="t2" type="DATE" value="2022-01">next month</TIMEX3> for \
<TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A folder holding one small TimeML document."""
    (tmp_path / "talks.tml").write_text(TIMEML, encoding="utf-8")
    return tmp_path


def test_timeml_reader_gives_text_offsets_and_creation_time(folder: Path) -> None:
    assert timeml.recognises(folder)
    (doc,) = timeml.read(folder)
    assert doc.dct == date(2021, 12, 21)
    assert doc.text.startswith("\nEnvoys & ministers met yesterday")
    assert [(x.text, x.type, x.value) for x in doc.timexes] == [
        ("yesterday", "DATE", "2021-12-20"), ("next month", "DATE", "2022-01"), ("two days", "DURATION", "P2D")]
    assert all(doc.text[x.start:x.end] == x.text for x in doc.timexes)


def test_timeml_reader_refuses_other_folders(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("no gold here", encoding="utf-8")
    assert not timeml.recognises(tmp_path)


def test_evaluation_command_prints_the_table(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(folder), "--errors"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "value F1        1.000"  # the tagger gets this small text right
    assert any(line.startswith("relaxed P/R/F1  1.000 / 1.000 / 1.000") for line in lines)


def test_evaluation_command_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([str(tmp_path)])
    assert exit_.value.code == 2
