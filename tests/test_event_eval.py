"""Event scores: PLOVER gold records (type, source, target) and TimeML event anchors (dates), with their gate."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from pipeline.eval import anchors, plover
from pipeline.eval.events_eval import score_anchors, score_plover
from pipeline.records import text_events
from tests.shared import shared

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))
PINNED = [(corpus, metric, value) for corpus, metrics in BASELINE["events"].items() for metric, value in metrics.items()]

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "documentation"},
    {"id": "R1", "event": "DEMAND", "text": "Poland demanded that Russia admit the killings.",
     "source": [{"actorText": "Poland", "code": "POL"}], "target": [{"actorText": "Russia", "code": "RUS"}]},
    {"id": "R2", "event": "FIGHT", "text": "Israeli tanks shelled positions in Gaza.",
     "source": [{"actorText": "Israeli", "code": "ISR"}], "target": "diplomatic"},
    {"id": "R3", "event": "AGREE", "text": "Japan will give a grant to Kenya.",
     "source": {"actorText": "Japan", "code": "JAP"}, "target": [{"actorText": "Kenya", "code": "KEN"}]},
]

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-14" functionInDocument="CREATION_TIME">1998-08-14</TIMEX3></DCT>
<TEXT>Clinton <EVENT eid="e1" class="I_ACTION">condemned</EVENT> the attack on <TIMEX3 tid="t1" type="DATE"
value="1998-08-13">Thursday</TIMEX3>. Officials <EVENT eid="e2" class="REPORTING">said</EVENT> more was coming.
Nobody <EVENT eid="e3" class="OCCURRENCE">slept</EVENT> in <TIMEX3 tid="t2" type="DURATION" value="P1D">a day</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/><MAKEINSTANCE eiid="ei2" eventID="e2"/><MAKEINSTANCE eiid="ei3" eventID="e3"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t0"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t2"/>
</TimeML>
"""


def test_plover_records_are_read_with_todays_labels_and_iso_codes(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    records = plover.read(path)
    assert [(r.record_id, r.event_type, set(r.sources), set(r.targets)) for r in records] == [
        ("R1", "REQUEST", {"POL"}, {"RUS"}), ("R2", "ASSAULT", {"ISR"}, set()), ("R3", "AGREE", {"JPN"}, {"KEN"})]


def test_plover_scores_type_source_and_target_of_the_coded_event(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    tally = score_plover(path)
    assert (tally.records, tally.with_source, tally.with_target) == (3, 3, 2)
    assert tally.scores() == {"type": 1.0, "source": 1.0, "target": 1.0}, tally.misses


@pytest.mark.parametrize(("event_type", "status", "coded"), [
    ("AID", "planned", "AGREE"), ("CONSULT", "planned", "AGREE"), ("AID", "occurred", "AID"),
    ("SANCTION", "conditional", "THREATEN"), ("PROTEST", "planned", "THREATEN"), ("REJECT", "planned", "REJECT"),
    ("AGREE", "negated", "REJECT"), ("ASSAULT", "negated", "ASSAULT"),
])
def test_plover_codes_intentions_by_their_own_types(event_type: str, status: str, coded: str) -> None:
    assert plover.plover_type({"event_type": event_type, "status": status}) == coded


def test_a_record_whose_type_is_missed_scores_no_actor() -> None:
    record = plover.Record("R", "Russia rejected the plan.", "AGREE", frozenset({"RUS"}), frozenset())
    tally = plover.Tally()
    plover.score(record, text_events(record.text, None), {"Russia": "RUS"}, tally)
    assert (tally.type_right, tally.source_right) == (0, 0) and len(tally.misses) == 1


def test_timeml_anchors_tie_events_to_calendar_dates_only(tmp_path: Path) -> None:
    (tmp_path / "doc.tml").write_text(TIMEML, encoding="utf-8")
    [doc] = anchors.read(tmp_path)
    assert [(doc.text[a.start : a.end], a.value) for a in doc.anchors] == [
        ("condemned", "1998-08-13"), ("said", "1998-08-14")]
    tally = score_anchors(tmp_path)
    # "Officials said", after a sentence of Thursday, takes the narrative's Thursday: the one miss
    assert (tally.gold, tally.reported, tally.right, tally.publication_right) == (2, 2, 1, 1)
    assert len(tally.misses) == 1 and "'said' gold 1998-08-14 found 1998-08-13" in tally.misses[0]


@cache
def _scores(corpus: str) -> dict[str, float]:
    """The event scores on one gold corpus, computed once per test session."""
    path = shared(f"eval/{corpus}")
    tally = score_plover(path) if path.suffix == ".json" else score_anchors(path)
    return tally.scores()


@pytest.mark.parametrize(("corpus", "metric", "pinned"), PINNED, ids=[f"{c}:{m}" for c, m, _ in PINNED])
def test_event_score_holds(corpus: str, metric: str, pinned: float) -> None:
    reached = _scores(corpus)[metric]
    assert reached >= pinned - BASELINE["tolerance"], f"{corpus} {metric} fell to {reached:.3f} (pinned {pinned:.3f})"
