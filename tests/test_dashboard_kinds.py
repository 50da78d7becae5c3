"""Kinds of document read from titles by the rule file, and the kind and language filters over a build."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dashboard import data, kinds, queries
from dashboard.queries import Filters
from tests.dashboard_fixtures import KINDS, write_kinds_build

EXPECTED = {"e1": "press briefing", "e2": "call or meeting readout", "e3": "joint statement", "e4": "fact sheet",
            "e5": "assistance announcement", "e6": "statement"}


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    """A connection over the fixture build with titles of several kinds and three languages."""
    return data.connect((write_kinds_build(tmp_path_factory.mktemp("kinds")),))


@pytest.mark.parametrize("event_id", sorted(EXPECTED))
def test_titles_name_their_kind_of_document(event_id: str) -> None:
    assert kinds.kind_of(KINDS[event_id][0]) == EXPECTED[event_id]


def test_a_title_no_rule_matches_is_other() -> None:
    assert kinds.kind_of("Artemis Accords") == kinds.OTHER_KIND and kinds.kind_of(None) == kinds.OTHER_KIND


def test_the_rules_live_in_a_data_file_first_match_wins(tmp_path: Path) -> None:
    rules = tmp_path / "kinds.csv"
    rules.write_text("kind,pattern\nbriefing,briefing\nreadout,call with|briefing\n", encoding="utf-8")
    assert kinds.kind_of("A briefing and a call with Kyiv", rules) == "briefing"
    assert kinds.kind_of("A Call With Kyiv", rules) == "readout"
    broken = tmp_path / "broken.csv"
    broken.write_text("kind,pattern\nbad,(unclosed\n", encoding="utf-8")
    with pytest.raises(Exception, match="unclosed|missing"):
        kinds.rules(broken)


def test_sql_and_python_read_titles_alike() -> None:
    con = duckdb.connect()
    titles = [title for title, _ in KINDS.values()] + ["Nothing to see", "It's a briefing with 'quotes'"]
    found = con.execute(f"SELECT {kinds.kind_sql('t')} FROM unnest(?) AS titles(t)", [titles]).fetchall()
    assert [row[0] for row in found] == [kinds.kind_of(title) for title in titles]


def test_events_carry_their_kind_and_their_articles_language(con: duckdb.DuckDBPyConnection) -> None:
    rows = dict(con.execute("SELECT event_id, kind || ' ' || language FROM events").fetchall())
    assert rows == {event_id: f"{EXPECTED[event_id]} {KINDS[event_id][1]}" for event_id in EXPECTED}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(kinds=("press briefing", "fact sheet")), {"e1", "e4"}),
        (Filters(languages=("de",)), {"e2", "e4"}),
        (Filters(languages=("de", "fr"), kinds=("fact sheet", "joint statement")), {"e3", "e4"}),
        (Filters(languages=("en",), actors=("Ukraine",)), {"e1", "e5"}),
    ],
)
def test_kind_and_language_filters(con: duckdb.DuckDBPyConnection, filters: Filters, expected: set[str]) -> None:
    assert set(queries.filtered(con, filters).column("event_id").to_pylist()) == expected
    assert queries.count(con, filters) == len(expected)


def test_kind_and_language_facets_count_the_filtered_events(con: duckdb.DuckDBPyConnection) -> None:
    languages = dict(queries.options(con, "language", Filters(actors=("Russia",))).itertuples(index=False))
    assert languages == {"de": 2, "en": 1, "fr": 1}
    documents = dict(queries.options(con, "kind", Filters(languages=("de",))).itertuples(index=False))
    assert documents == {"call or meeting readout": 1, "fact sheet": 1}


def test_downloads_name_the_kind_of_document(con: duckdb.DuckDBPyConnection) -> None:
    table = queries.filtered(con, Filters(languages=("fr",)))
    assert table.column("document_kind").to_pylist() == ["joint statement"]
    assert "kind" not in table.column_names and "month" not in table.column_names
