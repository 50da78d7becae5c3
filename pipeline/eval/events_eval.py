"""`python -m pipeline.eval events PATH [--errors]`: PLOVER gold records (a .json file) or TimeML event anchors (a folder)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.gazetteer import state_codes
from pipeline.eval import anchors, plover
from pipeline.records import text_events


def score_plover(path: Path) -> plover.Tally:
    """The pipeline's events of every gold record scored on type, source and target."""
    tally, codes = plover.Tally(), state_codes()
    for record in plover.read(path):
        plover.score(record, text_events(record.text, None), codes, tally)
    return tally


def score_anchors(path: Path) -> anchors.AnchorTally:
    """The pipeline's event dates of every TimeML document against the gold anchors of its events."""
    tally = anchors.AnchorTally()
    for doc in anchors.read(path):
        anchors.score(doc, text_events(doc.text, doc.dct), tally)
    return tally


def main(argv: list[str]) -> int:
    """Print the scores (and every miss with --errors)."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.eval events")
    parser.add_argument("path", type=Path, help="a PLOVER gold standard .json file, or a folder of TimeML files")
    parser.add_argument("--errors", action="store_true", help="list every record or anchor the pipeline got wrong")
    args = parser.parse_args(argv)
    if not args.path.exists():
        parser.error(f"{args.path} does not exist")
    if args.path.suffix == ".json":
        tally = score_plover(args.path)
        counts = {"type": (tally.type_right, tally.records), "source": (tally.source_right, tally.with_source),
                  "target": (tally.target_right, tally.with_target)}
    else:
        tally = score_anchors(args.path)
        counts = {"accuracy": (tally.right, tally.reported), "coverage": (tally.reported, tally.gold),
                  "publication_accuracy": (tally.publication_right, tally.gold)}
    if args.errors:
        print("\n".join(tally.misses))
    print(f"{'measure':<22} {'score':>6}  right / asked")
    for name, value in tally.scores().items():
        right, asked = counts.get(name, (None, None))
        detail = f"{right} / {asked}" if right is not None else ""
        print(f"{name:<22} {value:6.3f}  {detail}")
    return 0
