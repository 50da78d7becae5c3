"""Small contract-shaped builds for the dashboard's tests, written from hand-made rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import store

# (event_id, published, date, start, end, precision, date_text, basis, status, type, topics, actors, sentence)
EVENTS = [
    ("e1", date(2022, 2, 20), "2022-02-24", date(2022, 2, 24), date(2022, 2, 24), "day", "February 24", "explicit",
     "occurred", "ASSAULT", ["security"], ["Russia", "Ukraine"], "Russia attacked Ukraine on February 24."),
    ("e2", date(2022, 2, 20), "2022-02", date(2022, 2, 1), date(2022, 2, 28), "month", "this month", "relative",
     "occurred", "CONSULT", ["diplomacy"], ["United States", "Russia"],
     "The United States met Russia this month in Geneva."),
    ("e3", date(2021, 12, 21), "2022-01", date(2022, 1, 1), date(2022, 1, 31), "month", "next month", "relative",
     "planned", "CONSULT", ["diplomacy", "security"], ["NATO", "Russia"], "NATO will meet Russia next month."),
    ("e4", date(2022, 3, 2), "2022-03-02", date(2022, 3, 2), date(2022, 3, 2), "day", "", "publication",
     "occurred", "SANCTION", ["economy"], ["European Union", "Russia"],
     "=HYPERLINK(\"x\") The European Union imposed sanctions on Russia."),
    ("e5", date(2022, 3, 10), "2022-Q2", date(2022, 4, 1), date(2022, 6, 30), "quarter", "in the second quarter",
     "relative", "conditional", "AID", ["economy"], ["United States", "Ukraine"],
     "If Congress agrees, the United States will send <b>aid</b> to Ukraine in the second quarter."),
    ("e6", date(2022, 3, 15), "2022-03-14", date(2022, 3, 14), date(2022, 3, 14), "day", "March 14", "explicit",
     "occurred", "STATEMENT", ["diplomacy"], ["Volodymyr Zelensky", "NATO"],
     "Volodymyr Zelensky spoke to NATO on March 14."),
]
ACTOR_TYPES = {"Volodymyr Zelensky": ("person", "Ukraine")}


def event_rows(prefix: str = "") -> list[dict]:
    """The fixture events as contract rows (ids prefixed so that two builds can be told apart)."""
    rows = []
    for eid, published, value, start, end, precision, words, basis, status, kind, topics, actors, sentence in EVENTS:
        rows.append({
            "event_id": prefix + eid, "article_id": f"a-{prefix}{eid}", "published": published, "date": value,
            "date_start": start, "date_end": end, "precision": precision, "date_text": words, "date_basis": basis,
            "status": status, "event_type": kind, "topic": topics[0], "topics": topics, "actors": actors,
            "countries": [ACTOR_TYPES.get(actor, ("state", actor))[1] for actor in actors],
            "sentence": sentence, "sentence_start": 0, "title": f"Press release {prefix}{eid}",
            "source": "Example Wire", "url": f"https://example.org/{prefix}{eid}", "n_sources": 1,
            "sources": [f"a-{prefix}{eid}"],
        })
    return rows


def actor_rows(events: list[dict]) -> list[dict]:
    """The long form of the events' actors: the first is the source, the rest targets."""
    rows = []
    for row in events:
        for position, actor in enumerate(row["actors"]):
            kind, country = ACTOR_TYPES.get(actor, ("state", actor))
            words = actor if actor in row["sentence"] else actor.split()[-1]
            rows.append({
                "event_id": row["event_id"], "actor": actor, "actor_type": kind, "country": country,
                "role": "source" if position == 0 else "target", "text": words,
            })
    return rows


def article_rows(events: list[dict]) -> list[dict]:
    """One article per event."""
    return [
        {"article_id": row["article_id"], "path": f"{row['article_id']}.txt", "title": row["title"],
         "source": row["source"], "url": row["url"], "published": row["published"], "published_from": "metadata",
         "language": "en", "n_chars": len(row["sentence"]), "sha256": "0" * 64}
        for row in events
    ]


def tables(prefix: str = "") -> dict[str, pa.Table]:
    """The fixture's tables with the contract's columns."""
    events = event_rows(prefix)
    rows = {"events": events, "event_actors": actor_rows(events), "articles": article_rows(events),
            "mentions": [], "errors": []}
    return {name: pa.Table.from_pylist(table_rows, schema=store.SCHEMAS[name]) for name, table_rows in rows.items()}


def write_tables(folder: Path, data: dict[str, pa.Table]) -> Path:
    """Write tables as a local build does: one Parquet file each, and events also as CSV."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in data.items():
        pq.write_table(table, folder / f"{name}.parquet")
    (folder / "events.csv").write_bytes(store.csv_bytes(data["events"]))
    return folder


def write_build(folder: Path, prefix: str = "") -> Path:
    """Write the fixture as a build folder of single Parquet files."""
    return write_tables(folder, tables(prefix))


def write_partitioned_build(folder: Path) -> Path:
    """Write the fixture as a distributed build would: each table a hive-partitioned folder (year=/month=)."""
    for name, arrow in tables().items():
        if name == "events":
            starts = arrow["date_start"].to_pylist()
            arrow = arrow.append_column("year", pa.array([d.year for d in starts]))
            arrow = arrow.append_column("month", pa.array([d.month for d in starts]))
            pq.write_to_dataset(arrow, folder / name, partition_cols=["year", "month"])
        else:
            pq.write_to_dataset(arrow, folder / name)
    return folder


def write_large_build(folder: Path, copies: int) -> Path:
    """The fixture's events repeated `copies` times under new ids: enough events for the overview's bubbles."""
    events = [row for copy in range(copies) for row in event_rows(f"c{copy}-")]
    rows = {"events": events, "event_actors": actor_rows(events), "articles": article_rows(events),
            "mentions": [], "errors": []}
    return write_tables(folder, {name: pa.Table.from_pylist(table_rows, schema=store.SCHEMAS[name])
                                 for name, table_rows in rows.items()})


# Titles of several kinds of document and articles in three languages, for the kind and language filters.
KINDS = {"e1": ("Department Press Briefing – February 24, 2022", "en"),
         "e2": ("Secretary Blinken’s Call with Russian Foreign Minister Lavrov", "de"),
         "e3": ("Joint Statement on the NATO-Russia Council", "fr"),
         "e4": ("Fact Sheet: Sanctions on Russia", "de"),
         "e5": ("Humanitarian Assistance to Ukraine", "en"),
         "e6": ("Swedish National Day", "en")}


def write_kinds_build(folder: Path) -> Path:
    """The fixture with titles of several kinds of document and articles in English, German and French."""
    events = event_rows()
    for row in events:
        row["title"] = KINDS[row["event_id"]][0]
    articles = article_rows(events)
    for row in articles:
        row["language"] = KINDS[row["article_id"].removeprefix("a-")][1]
    rows = {"events": events, "event_actors": actor_rows(events), "articles": articles, "mentions": [], "errors": []}
    return write_tables(folder, {name: pa.Table.from_pylist(table_rows, schema=store.SCHEMAS[name])
                                 for name, table_rows in rows.items()})
