"""Fuzz the ingest readers, the CSV writer and the date readers: their property tests with many more examples.

Usage: .venv/bin/python bench/fuzz_ingest.py [EXAMPLES] [PYTEST -k EXPRESSION]
(default 100,000 examples of every property in tests/test_io_properties.py; prints hypothesis's statistics).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    """Run the properties with EXAMPLES examples each; exit with pytest's status."""
    examples = argv[0] if argv else "100000"
    selected = ["-k", argv[1]] if len(argv) > 1 else []
    command = [
        sys.executable, "-m", "pytest", "tests/test_io_properties.py", *selected, "-q", "-p", "no:cacheprovider",
        "--hypothesis-show-statistics", "-W", "ignore::DeprecationWarning",
    ]
    return subprocess.call(command, cwd=ROOT, env={**os.environ, "FUZZ_EXAMPLES": examples})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
