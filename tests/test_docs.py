"""The README's commands exist as documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.cli import parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def documented(command: str) -> list[str]:
    """The options the README shows for `python -m pipeline <command>`."""
    line = next(line for line in README.splitlines() if f"-m pipeline {command}" in line)
    return re.findall(r"--[a-z-]+", line)


@pytest.mark.parametrize("command", ["build", "timex", "events"])
def test_readme_options_are_the_cli_options(command: str) -> None:
    subparsers = parser()._subparsers._group_actions[0].choices  # argparse keeps them here
    accepted = {option for action in subparsers[command]._actions for option in action.option_strings}
    assert set(documented(command)) <= accepted


@pytest.mark.parametrize("target", ["run", "test"])
def test_readme_make_targets_exist(target: str) -> None:
    assert f"make {target}" in README
    assert re.search(rf"^{target}:", (ROOT / "Makefile").read_text(), re.MULTILINE)


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()
