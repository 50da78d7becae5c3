"""The README's commands exist as documented, and its score tables are the pinned scores."""

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


BASELINE = __import__("json").loads((ROOT / "tests" / "eval_baseline.json").read_text())
# The README's date tables, row by row: the words that open a row and the corpus it reports.
DATE_ROWS = {
    "TimeBank (183 documents)": "tempeval3/TBAQ-cleaned/TimeBank",
    "AQUAINT (73)": "tempeval3/TBAQ-cleaned/AQUAINT",
    "MEANTIME English": "meantime_en",
    "WikiWars (22": "wikiwars",
    "German, KRAUTS Die Zeit": "krauts_de/KRAUTS_DieZeit",
    "German, KRAUTS Dolomiten": "krauts_de/KRAUTS_Dolomiten-100",
    "Spanish TimeBank": "xtn_es/timebank",
    "Spanish MEANTIME": "xtn_es/meantime",
    "Ukrainian WikiWarsUA": "wikiwars_uk",
}


def readme_row(opening: str) -> list[str]:
    """The cells of the README table row that opens with these words, bold marks removed."""
    line = next(line for line in README.splitlines() if line.startswith(f"| {opening}"))
    return [cell.strip().strip("*") for cell in line.strip("|").split("|")]


@pytest.mark.parametrize(("opening", "corpus"), DATE_ROWS.items())
def test_readme_date_scores_are_the_pinned_ones(opening: str, corpus: str) -> None:
    # the README shows the scores measured, which the gate keeps within its tolerance of the pins
    cells = readme_row(opening)
    pinned = BASELINE["timex"][corpus]
    shown = [float(cells[1]), float(cells[2]), float(cells[3])]
    expected = [pinned["strict_f1"], pinned["relaxed_f1"], pinned["value_f1"]]
    assert all(abs(a - b) <= BASELINE["tolerance"] for a, b in zip(shown, expected)), (shown, expected)


def test_readme_event_row_scores_are_the_pinned_ones() -> None:
    cells = readme_row("now (`python -m pipeline.eval events ../shared/eval/plover_gsr/PLOVER_GSR_dev.json`)")
    pinned = BASELINE["events"]["plover_gsr/PLOVER_GSR_dev.json"]
    assert [float(c) for c in cells[1:4]] == [pinned["type"], pinned["source"], pinned["target"]]
