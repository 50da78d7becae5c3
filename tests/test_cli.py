"""Command line: exit codes, messages and output formats of `python -m pipeline`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run `python -m pipeline` with arguments, capturing its output."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=cwd, input=stdin, capture_output=True, text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=300,
    )


def test_build_prints_a_summary_and_names_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "Talks were held in Vienna on Monday."}\nnot json\n')
    result = run("build", str(tmp_path), "--out", str(tmp_path / "out"), "--published", "2022-03-01")
    assert result.returncode == 0, result.stderr
    assert f"{tmp_path / 'a.jsonl'}:2" in result.stderr
    assert "Traceback" not in result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("1 articles,") and "1 errors" in last and " s " in last


def test_build_with_nothing_readable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr


def test_build_of_a_missing_path_exits_1_naming_it(tmp_path: Path) -> None:
    result = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "nowhere: no such file or folder" in result.stderr


@pytest.mark.parametrize(
    "args",
    [("build", "--published", "21/12/2021"), ("build", "--workers", "0"), ("frobnicate",), (),
     ("timex", "--language", "../en")],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2 and "usage:" in result.stderr and "Traceback" not in result.stderr


def test_build_defaults_to_the_bundled_articles(tmp_path: Path) -> None:
    result = run("build", "--out", str(tmp_path / "out"))
    assert result.returncode == 0 and result.stdout.startswith("1 articles,")


def test_timex_reads_standard_input_and_prints_json_lines() -> None:
    text = "Talks will take place next month, Donfried said on December 21."
    result = run("timex", "--published", "2021-12-21", stdin=text)
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"text": "next month", "start": 22, "end": 32, "type": "DATE", "value": "2022-01"} in found
    assert all(set(item) == {"text", "start", "end", "type", "value"} for item in found)
    assert all(text[item["start"] : item["end"]] == item["text"] for item in found)


def test_timex_reads_a_file_and_reports_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("It happened in 1998.")
    assert json.loads(run("timex", str(path)).stdout)["value"] == "1998"
    missing = run("timex", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1 and "nope.txt" in missing.stderr


def test_timex_reads_with_the_rules_of_the_language_given() -> None:
    text = "会谈于21.12.2021举行。Talks were held on December 21."
    given = [json.loads(line)["text"] for line in run("timex", "--language", "zh", stdin=text).stdout.splitlines()]
    assert given == ["21.12.2021"]  # a language without resources: numeric dates alone
    english = [json.loads(line)["text"] for line in run("timex", "--language", "en", stdin=text).stdout.splitlines()]
    assert english == ["December 21"]
