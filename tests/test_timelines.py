"""Timeline17 date F1: reading a collection, rejoining tokens, ranking days and scoring them."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from pipeline.eval.timelines import (
    Result,
    date_f1,
    detokenise,
    main,
    rank,
    read_article,
    read_collections,
    score_folder,
    tally,
)
from tests.shared import shared

D = date.fromisoformat


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("Rebels took the town on Feb . 17 , 2011 .", "Rebels took the town on Feb. 17, 2011."),
        ("Gadhafi 's son said it is n't over ( yet ) .", "Gadhafi's son said it isn't over (yet)."),
        ("It cost $ 5 million , or 10 % .", "It cost $5 million, or 10%."),
    ],
)
def test_detokenise(tokens: str, text: str) -> None:
    assert detokenise(tokens) == text


@pytest.mark.parametrize(
    ("ranked", "timeline", "f1"),
    [
        (["2011-01-01", "2011-01-02"], ["2011-01-01", "2011-01-02"], 1.0),
        (["2011-01-01", "2011-01-03", "2011-01-02"], ["2011-01-01", "2011-01-02"], 0.5),  # only the top k count
        (["2011-01-05"], ["2011-01-01", "2011-01-02"], 0.0),
        (["2011-01-01"], ["2011-01-01", "2011-01-02"], 2 / 3),  # fewer days than the timeline: P 1, R 1/2
    ],
)
def test_date_f1(ranked: list[str], timeline: list[str], f1: float) -> None:
    assert date_f1([D(d) for d in ranked], frozenset(D(d) for d in timeline)) == pytest.approx(f1)


@pytest.mark.parametrize(
    ("published", "order"),
    [
        ({D("2011-01-01"): 1, D("2011-01-03"): 1}, ["2011-01-02", "2011-01-01", "2011-01-03"]),  # a tie: the earlier
        ({D("2011-01-01"): 1, D("2011-01-03"): 4}, ["2011-01-02", "2011-01-03", "2011-01-01"]),  # ... or the busier
        ({D("2011-01-02"): 1, D("2011-01-03"): 1}, ["2011-01-02", "2011-01-03"]),  # before the first article: out
        ({D("2011-01-01"): 1, D("2011-01-02"): 1}, ["2011-01-02", "2011-01-01"]),  # after the last article: out
        ({}, ["2011-01-02", "2011-01-01", "2011-01-03"]),  # no publication days: no period to keep to
    ],
)
def test_rank_puts_most_votes_first(published: dict[date, int], order: list[str]) -> None:
    votes = Counter({D("2011-01-03"): 2, D("2011-01-02"): 5, D("2011-01-01"): 2})
    assert rank(votes, Counter(published)) == [D(day) for day in order]


@pytest.mark.parametrize(
    ("votes", "order"),
    [
        ({"2011-01-01": 3, "2011-01-02": 1, "2011-01-03": 2}, ["2011-01-01", "2011-01-03", "2011-01-02"]),
        ({"2011-01-01": 1, "2011-01-02": 3}, ["2011-01-02"]),  # reported less than the first day: before the story
        ({"2011-01-01": 2, "2011-01-02": 2}, ["2011-01-02"]),  # ... or as often
        ({"2010-12-31": 5, "2011-01-02": 1}, ["2011-01-02"]),  # two days before: background
    ],
)
def test_rank_opens_the_period_a_day_early_when_the_first_articles_report_it_most(
        votes: dict[str, int], order: list[str]) -> None:
    published = Counter({D("2011-01-02"): 1, D("2011-01-03"): 1})
    assert rank(Counter({D(d): n for d, n in votes.items()}), published) == [D(day) for day in order]


@pytest.mark.parametrize(
    ("numbered", "published", "order"),
    [
        ({}, {D("2011-01-01"): 1, D("2011-01-03"): 1}, ["2011-01-01", "2011-01-03"]),  # a tie: the earlier
        ({D("2011-01-03"): 1}, {D("2011-01-01"): 1, D("2011-01-03"): 1}, ["2011-01-03", "2011-01-01"]),  # by number
        ({D("2011-01-03"): 1}, {D("2011-01-01"): 4, D("2011-01-03"): 1}, ["2011-01-03", "2011-01-01"]),  # not busier
        ({D("2011-01-01"): 1, D("2011-01-03"): 1}, {D("2011-01-01"): 1, D("2011-01-03"): 4},
         ["2011-01-03", "2011-01-01"]),  # both by number: the busier
    ],
)
def test_rank_breaks_a_tie_by_the_days_written_by_their_number(
        numbered: dict[date, int], published: dict[date, int], order: list[str]) -> None:
    votes = Counter({D("2011-01-01"): 2, D("2011-01-03"): 2})
    assert rank(votes, Counter(published), Counter(numbered)) == [D(day) for day in order]


@pytest.mark.parametrize(
    ("passages", "counts", "numbered", "recalled"),
    [
        ([("2011-03-04", "Rebels took the port on March 4.", "March 4")], {"2011-03-04": 1}, {"2011-03-04": 1},
         {"2011-03-04": 1}),
        ([("2011-03-04", "Rebels took the port on Friday.", "Friday")], {"2011-03-04": 1}, {}, {"2011-03-04": 1}),
        # one report however often the article names the day, by its number if once so
        ([("2011-03-04", "Rebels took the port on Friday.", "Friday"),
          ("2011-03-04", "The port fell on March 4.", "March 4")], {"2011-03-04": 1}, {"2011-03-04": 1},
         {"2011-03-04": 1}),
        # the day of publication is reported, not looked back to
        ([("2011-03-06", "Rebels hold the port today.", "today")], {"2011-03-06": 1}, {}, {}),
        # a day after the one following publication is a plan, not a report
        ([("2011-03-09", "Talks open on March 9.", "March 9")], {}, {}, {}),
    ],
)
def test_tally_counts_reports_those_naming_the_day_by_its_number_and_those_looking_back(
        passages: list[tuple[str, str, str]], counts: dict[str, int], numbered: dict[str, int],
        recalled: dict[str, int]) -> None:
    reports = [(D("2011-03-06"), [(D(day), passage, words) for day, passage, words in passages])]
    expected = tuple(Counter({D(d): n for d, n in table.items()}) for table in (counts, numbered, recalled))
    assert tally(reports) == expected


@pytest.mark.parametrize(
    ("published", "recalled", "order"),
    [
        ({}, {}, ["2011-01-01", "2011-01-03"]),  # a tie: the earlier
        ({}, {D("2011-01-03"): 1}, ["2011-01-03", "2011-01-01"]),  # ... or the one later articles look back to
        ({D("2011-01-01"): 2}, {D("2011-01-03"): 1}, ["2011-01-01", "2011-01-03"]),  # ... or the busier in all
        ({D("2011-01-01"): 1}, {D("2011-01-03"): 2}, ["2011-01-03", "2011-01-01"]),
    ],
)
def test_rank_breaks_a_tie_by_the_articles_out_on_a_day_or_looking_back_to_it(
        published: dict[date, int], recalled: dict[date, int], order: list[str]) -> None:
    votes = Counter({D("2011-01-01"): 2, D("2011-01-03"): 2})
    period = Counter({D("2010-12-31"): 1, D("2011-01-04"): 1, **published})
    assert rank(votes, period, Counter(), Counter(recalled)) == [D(day) for day in order]


def _collection(root: Path) -> Path:
    """A tiny collection in Timeline17's layout: two days of tokenised articles and a timeline."""
    folder = root / "Crisis_test"
    articles = {
        "2011-03-01/1.htm.txt": "Rebels attacked the port on March 1 , 2011 .\nThe army fought back .\n",
        "2011-03-02/2.htm.txt": "Troops shelled the town on March 1 , 2011 .\n",
        "2011-03-05/3.htm.txt": "Ministers met in Cairo on March 4 , 2011 .\nThey agreed to talk again .\n",
    }
    for name, text in articles.items():
        (folder / "InputDocs" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "InputDocs" / name).write_text(text, encoding="utf-8")
    (folder / "timelines").mkdir()
    (folder / "timelines" / "tl1.txt").write_text(
        "2011-03-01\nRebels attack the port .\n" + "-" * 32 + "\n2011-03-04\nMinisters meet .\n" + "-" * 32 + "\n",
        encoding="utf-8",
    )
    return root


def test_read_collections(tmp_path: Path) -> None:
    [collection] = read_collections(_collection(tmp_path))
    assert collection.name == "Crisis_test"
    assert collection.timeline == {D("2011-03-01"), D("2011-03-04")}
    assert sorted(day for _, day in collection.articles) == [D("2011-03-01"), D("2011-03-02"), D("2011-03-05")]


def test_read_article_gives_one_sentence_a_line(tmp_path: Path) -> None:
    [collection] = read_collections(_collection(tmp_path))
    article, spans = read_article(*collection.articles[0])
    lines = [article.text[a:b] for a, b in spans]
    assert lines == ["Rebels attacked the port on March 1, 2011.", "The army fought back."]
    assert article.published == D("2011-03-01")


def test_main_prints_each_collection_and_the_mean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(_collection(tmp_path)), "--workers", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["Crisis_test", "3", "2", "1.000", "1.000", "0.500"]
    assert lines[2].split()[0] == "mean"


def test_main_refuses_a_folder_without_collections(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path)])
    assert stopped.value.code == 2


BASELINE = json.loads((Path(__file__).resolve().parent / "eval_baseline.json").read_text(encoding="utf-8"))
PINNED = [(name, metric, value) for name, metrics in BASELINE["timelines"].items() for metric, value in metrics.items()]


@cache
def _results() -> dict[str, Result]:
    """Every Timeline17 collection scored once per test session."""
    return {result.name: result for result in score_folder(shared("eval/timeline17"))}


@pytest.mark.slow
@pytest.mark.parametrize(("collection", "metric", "pinned"), PINNED, ids=[f"{c}:{m}" for c, m, _ in PINNED])
def test_timeline_score_holds(collection: str, metric: str, pinned: float) -> None:
    shared(f"eval/timeline17/{collection}")
    reached = {"date_f1": _results()[collection].f1, "found": _results()[collection].found}[metric]
    assert reached >= pinned - BASELINE["tolerance"], f"{collection} {metric} fell to {reached:.3f} (pinned {pinned})"


def test_ml_crisis_reads_a_language_folder_and_ranks_named_days(tmp_path: Path) -> None:
    from pipeline.eval import ml_crisis

    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "egypt.txt").write_text("2011-02-11\nMubarak dimite.\n" + "-" * 32 + "\n", encoding="utf-8")
    for day, text in [("2011-02-10", "Mubarak dimitirá el 11 de febrero de 2011, mañana."),
                      ("2011-02-12", "El presidente se fue el 11 de febrero de 2011.")]:
        (tmp_path / "egypt" / day).mkdir(parents=True)
        (tmp_path / "egypt" / day / "a.txt").write_text(text, encoding="utf-8")
    [result] = ml_crisis.score_folder(tmp_path)
    assert (result.name, result.n_articles, result.n_days) == (f"{tmp_path.name}/egypt", 2, 1)
    assert (result.f1, result.pubcount_f1) == (1.0, 0.0)  # both name February 11; neither was published on it
