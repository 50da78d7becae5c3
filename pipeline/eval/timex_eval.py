"""`python -m pipeline.eval timex DIR [--language L] [--errors]`: score the temporal tagger on a gold folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline import timex
from pipeline.eval import timeml
from pipeline.eval.corpus import GoldDoc, read_corpus
from pipeline.eval.scoring import Counts, Error, Scores, match, scores
from pipeline.language import detect
from pipeline.model import Timex

# Other systems' TimeML output beside a gold folder, by the suffix of their folder (KRAUTS ships HeidelTime's).
OTHER_SYSTEMS = {"HeidelTime": "_Heideltime"}


def evaluate(docs: list[GoldDoc], language: str | None = None) -> Counts:
    """Tag every document against its creation time, in the language given or detected, and sum the counts."""
    total = Counts()
    for doc in docs:
        total.add(match(doc.name, doc.timexes, timex.tag(doc.text, doc.dct, language or detect(doc.text))))
    return total


def score_folder(path: Path, language: str | None = None) -> Scores:
    """The TempEval-3 scores of the tagger on a gold folder."""
    return scores(evaluate(read_corpus(path), language))


def other_systems(path: Path) -> dict[str, Path]:
    """The folders of other systems' output on the same documents, found beside the gold folder."""
    found = {name: path.with_name(path.name + suffix) for name, suffix in OTHER_SYSTEMS.items()}
    return {name: folder for name, folder in found.items() if folder.is_dir()}


def evaluate_output(docs: list[GoldDoc], folder: Path) -> Counts:
    """Score another system's TimeML files (named as the gold ones, over the same text) by the same code."""
    total = Counts()
    for doc in docs:
        output = timeml.read_file(folder / doc.name)
        if output.text != doc.text:
            raise ValueError(f"{folder / doc.name}: its text differs from the gold document's")
        total.add(match(doc.name, doc.timexes, output.timexes))
    return total


def main(argv: list[str]) -> int:
    """Print the scores table (and the error list with --errors); 2 when the folder holds no gold."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.eval timex")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", help="ISO 639-1 code of the documents (default: detected in each)")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    try:
        docs = read_corpus(args.folder)
    except ValueError as error:
        parser.error(str(error))
    counts = evaluate(docs, args.language)
    if args.errors:
        for error in counts.errors:
            print(_describe(error))
    print(_table(args.folder.name, len(docs), counts, scores(counts)))
    for name, folder in other_systems(args.folder).items():
        theirs = evaluate_output(docs, folder)
        print(_table(f"{args.folder.name}, {name}'s output", len(docs), theirs, scores(theirs)))
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
