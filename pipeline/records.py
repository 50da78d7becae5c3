"""One text's events as flat records: what `python -m pipeline events` prints and the event scorers read."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from pipeline.model import Article

RECORD_FIELDS = (
    "trigger", "trigger_start", "trigger_end", "event_type", "status", "date", "date_start", "date_end",
    "precision", "date_text", "date_basis", "sources", "targets", "others", "sentence_start", "sentence",
)


def text_events(text: str, published: date | None, language: str = "en") -> list[dict]:
    """The events of one text read with the build's stages, each with its actors by role."""
    return article_events(Article("text", "-", "", text, published, "option" if published else "unknown", language=language))


def article_events(article: Article) -> list[dict]:
    """The events of one article read with the build's stages, each with its actors by role."""
    from pipeline.analysis import analyse

    rows = analyse(article)
    if rows.get("errors"):
        raise ValueError(rows["errors"][0]["message"])
    roles: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for actor in rows["event_actors"]:
        roles[actor["event_id"]][actor["role"]].append(actor)
    return [_record(event, roles[event["event_id"]]) for event in rows["events"]]


def _record(event: dict, roles: dict[str, list[dict]]) -> dict:
    """An event row as a record: dates in ISO form, actors as canonical names by role."""
    record = {name: event.get(name) for name in RECORD_FIELDS if name in event}
    for name in ("date_start", "date_end"):
        record[name] = event[name].isoformat() if event[name] else None
    record["sources"] = [actor["actor"] for actor in roles["source"]]
    record["targets"] = [actor["actor"] for actor in roles["target"]]
    record["others"] = [actor["actor"] for actor in roles["other"]]
    record["actors"] = {role: [_actor(actor) for actor in actors] for role, actors in roles.items()}
    return record


def _actor(row: dict) -> dict:
    """An actor of a record: canonical name, kind, state or organisation, and the words in the text."""
    return {"actor": row["actor"], "actor_type": row["actor_type"], "country": row["country"], "text": row["text"]}
