"""Test settings shared by the whole suite."""

import os

from hypothesis import settings

# CI replays the same examples on every run, so that a red build always points at a change in the code;
# new examples are explored on developers' machines (and by bench/fuzz_ingest.py for long sessions).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
