"""Command line: `build` a folder of articles into tables, print the `timex` expressions or the `events` of a text."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from pipeline.executors import Executor, LocalProcesses, WorkersLost

DEFAULT_INPUT = Path("data/articles")
DEFAULT_OUT = Path("data/build")


def iso_date(value: str) -> date:
    """An argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def positive(value: str) -> int:
    """An argparse type for a whole number of at least 1."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {value!r}")
    return int(value)


def language_code(value: str) -> str:
    """An argparse type for an ISO 639-1 language code (`de`, `uk`)."""
    from pipeline.language import normalise

    if not (code := normalise(value)):
        raise argparse.ArgumentTypeError(f"not an ISO 639-1 language code: {value!r}")
    return code


def parser() -> argparse.ArgumentParser:
    """The argument parser of `python -m pipeline`."""
    main = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="read articles and write the event tables")
    build.add_argument("inputs", nargs="*", type=Path, metavar="INPUT", help=f"files or folders (default {DEFAULT_INPUT})")
    build.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR", help=f"output folder (default {DEFAULT_OUT})")
    build.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD", help="publication date when nothing else gives one")
    build.add_argument("--workers", type=positive, metavar="N",
                       help="processes, local or of the local Dask cluster (default: all cores)")
    build.add_argument("--full", action="store_true", help="analyse every article again, even those unchanged since the last build")
    build.add_argument("--engine", choices=("local", "dask"), default="local", help="local processes, or a Dask cluster")
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="the Dask scheduler's address (with --engine dask; default: a local cluster of --workers)")

    timex = commands.add_parser("timex", help="print the temporal expressions of one text as JSON lines")
    timex.add_argument("file", nargs="?", default="-", metavar="FILE", help="a text file, or - for standard input")
    timex.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD", help="the text's publication date")
    timex.add_argument("--language", type=language_code, metavar="L",
                       help="ISO 639-1 code of the text's language (default: detected; en for a text too short to tell)")
    events = commands.add_parser("events", help="print the events of one text as JSON lines")
    events.add_argument("file", nargs="?", default="-", metavar="FILE", help="a text file, or - for standard input")
    events.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD", help="the text's publication date")
    events.add_argument("--language", type=language_code, metavar="L",
                        help="ISO 639-1 code of the text's language (default: detected; en for a text too short to tell)")
    return main


def refused(args: argparse.Namespace) -> str | None:
    """Why a combination of build options cannot be honoured, or None."""
    if args.scheduler and args.engine != "dask":
        return "--scheduler names a Dask scheduler: add --engine dask"
    if args.scheduler and args.workers:
        return "--workers sizes a local cluster; the cluster at --scheduler has the workers it was started with"
    return None


@contextmanager
def executor_of(args: argparse.Namespace) -> Iterator[Executor]:
    """The executor the options ask for: local processes, or a Dask cluster for as long as the build runs."""
    if args.engine != "dask":
        yield LocalProcesses(args.workers or os.cpu_count() or 1)
        return
    from pipeline.distributed import DaskExecutor, connected

    with connected(args.scheduler, args.workers) as client:
        yield DaskExecutor(client)


def run_build(args: argparse.Namespace) -> int:
    """Build the tables; exit 0 when it ran, 1 when no article could be read."""
    from tqdm import tqdm

    from pipeline.build import build
    from pipeline.memory import use_system_allocator

    use_system_allocator()  # this process's choice, made where it starts (see pipeline.memory)
    inputs = args.inputs or [DEFAULT_INPUT]
    bar = tqdm(unit=" files", disable=None, file=sys.stderr, leave=False)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    def report(error) -> None:
        bar.write(f"error: {error.path}: {error.message}", file=sys.stderr)

    try:
        with executor_of(args) as executor:
            summary = build(inputs, args.out, args.published, progress=progress, on_error=report, full=args.full,
                            executor=executor)
    except WorkersLost as error:  # the engine's own failure, told in one line
        bar.close()
        print(f"error: {error}; {args.out} keeps its previous tables", file=sys.stderr)
        return 1
    bar.close()
    print(f"{summary.line()} -> {args.out}")
    return 0 if summary.articles else 1


def read_text(file: str) -> str | None:
    """The text of a file, or of standard input for "-"; None (the error said) when it cannot be read."""
    from pipeline.ingest import IngestError, decode

    try:
        return decode(sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes())
    except (OSError, IngestError) as error:
        print(f"error: {file}: {getattr(error, 'strerror', None) or error}", file=sys.stderr)
        return None


def run_timex(args: argparse.Namespace) -> int:
    """Print one JSON object per temporal expression of the text."""
    from pipeline.language import language_of
    from pipeline.timex import tag

    text = read_text(args.file)
    if text is None:
        return 1
    for found in tag(text, args.published, language_of(text, args.language or "")):
        record = {"text": found.text, "start": found.start, "end": found.end, "type": found.type, "value": found.value}
        print(json.dumps(record, ensure_ascii=False))
    return 0


def run_events(args: argparse.Namespace) -> int:
    """Print one JSON object per event of the text."""
    from pipeline.language import language_of
    from pipeline.records import text_events

    text = read_text(args.file)
    if text is None:
        return 1
    try:
        found = text_events(text, args.published, language_of(text, args.language or ""))
    except ValueError as error:  # the analysis ran over its time limit or failed on this text
        print(f"error: {args.file}: {error}", file=sys.stderr)
        return 1
    for event in found:
        print(json.dumps(event, ensure_ascii=False))
    return 0


COMMANDS = {"build": run_build, "timex": run_timex, "events": run_events}


def main(argv: list[str] | None = None) -> int:
    """Run the command named on the command line."""
    main_parser = parser()
    args = main_parser.parse_args(argv)
    if args.command == "build" and (reason := refused(args)):
        main_parser.error(reason)  # exits with status 2, the contract's usage error
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
