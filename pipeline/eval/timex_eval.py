"""`python -m pipeline.eval timex DIR [--errors]`: score the temporal tagger on a gold folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline import timex
from pipeline.eval.corpus import GoldDoc, read_corpus
from pipeline.eval.scoring import Counts, Error, Scores, match, scores
from pipeline.model import Timex


def evaluate(docs: list[GoldDoc]) -> Counts:
    """Tag every document against its creation time and sum the match counts."""
    total = Counts()
    for doc in docs:
        total.add(match(doc.name, doc.timexes, timex.tag(doc.text, doc.dct)))
    return total


def score_folder(path: Path) -> Scores:
    """The TempEval-3 scores of the tagger on a gold folder."""
    return scores(evaluate(read_corpus(path)))


def main(argv: list[str]) -> int:
    """Print the scores table (and the error list with --errors); 2 when the folder holds no gold."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.eval timex")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    try:
        docs = read_corpus(args.folder)
    except ValueError as error:
        parser.error(str(error))
    counts = evaluate(docs)
    if args.errors:
        for error in counts.errors:
            print(_describe(error))
    print(_table(args.folder.name, len(docs), counts, scores(counts)))
    return 0


def _describe(error: Error) -> str:
    """One tab-separated line: document, kind, gold and system text/type/value."""
    return f"{error.doc}\t{error.kind}\t{_show(error.gold)}\t{_show(error.system)}"


def _show(timex: Timex | None) -> str:
    """An expression's words, type and value, or `-` when there is none."""
    return "-" if timex is None else f"{timex.text!r} {timex.type} {timex.value}"


def _table(name: str, n_docs: int, counts: Counts, s: Scores) -> str:
    """The scores as a small aligned table."""
    rows = [
        ("corpus", f"{name} ({n_docs} docs, {counts.gold} gold, {counts.system} system)"),
        ("strict P/R/F1", f"{s.strict_p:.3f} / {s.strict_r:.3f} / {s.strict_f1:.3f}"),
        ("relaxed P/R/F1", f"{s.relaxed_p:.3f} / {s.relaxed_r:.3f} / {s.relaxed_f1:.3f}"),
        ("value accuracy", f"{s.value_accuracy:.3f}"),
        ("type accuracy", f"{s.type_accuracy:.3f}"),
        ("value F1", f"{s.value_f1:.3f}"),
    ]
    return "\n".join(f"{label:<16}{value}" for label, value in rows)
