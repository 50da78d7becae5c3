"""Command line: `python -m pipeline.eval timex DIR`, `... timelines DIR` and `... events PATH`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the evaluation named by the first argument."""
    argv = sys.argv[1:] if argv is None else argv
    commands = {
        "timex": "pipeline.eval.timex_eval",
        "timelines": "pipeline.eval.timelines",
        "events": "pipeline.eval.events_eval",
    }
    if not argv or argv[0] not in commands:
        print(f"usage: python -m pipeline.eval {{{','.join(commands)}}} PATH [options]", file=sys.stderr)
        return 2
    from importlib import import_module

    return import_module(commands[argv[0]]).main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
